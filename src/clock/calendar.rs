//! Business calendars: an IANA time zone, weekly business hours and holidays,
//! validated once and then asked clock questions without allocating. The
//! rules of the clock are documented on [`Calendar`].

use core::fmt;
use core::str::FromStr;

use chrono::{
    DateTime, Datelike, LocalResult, NaiveDate, NaiveDateTime, Offset, TimeDelta, TimeZone, Utc,
    Weekday,
};
use chrono_tz::{GapInfo, Tz};

use crate::Error;

const DAY: i64 = 86_400;
const DAY_U32: u32 = 86_400;
/// Days from 0001-01-01 (CE day 1) to 1970-01-01.
const CE_TO_EPOCH: i64 = 719_163;
/// 0001-01-01 as days since 1970-01-01.
const MIN_DAY: i64 = -719_162;
/// 9999-12-31 as days since 1970-01-01.
const MAX_DAY: i64 = 2_932_896;
/// The window in which offset changes are precomputed: 1970-01-01 to
/// 2100-01-01 (UTC seconds).
const WINDOW_START: i64 = 0;
const WINDOW_END: i64 = 4_102_444_800;
const SCAN_STEP: i64 = 4 * DAY;
/// Local days of the window treated as regular (a margin at both ends).
const FIRST_REGULAR_DAY: i64 = 2;
const END_REGULAR_DAY: i64 = WINDOW_END / DAY - 2;

/// A local wall-clock time of day, `00:00` to `24:00` (the end of the day),
/// to the second. Reads and prints `HH:MM` or `HH:MM:SS`.
///
/// ```
/// use csp_support::TimeOfDay;
/// let t: TimeOfDay = "09:30".parse()?;
/// assert_eq!(t.seconds(), 9 * 3600 + 30 * 60);
/// assert_eq!("24:00".parse::<TimeOfDay>()?, TimeOfDay::END_OF_DAY);
/// assert!("24:01".parse::<TimeOfDay>().is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TimeOfDay(u32);

impl TimeOfDay {
    /// `00:00`.
    pub const MIDNIGHT: TimeOfDay = TimeOfDay(0);
    /// `24:00`: the end of the day (the next day's `00:00`).
    pub const END_OF_DAY: TimeOfDay = TimeOfDay(DAY_U32);

    /// `hour:minute`, from `00:00` to `24:00`.
    ///
    /// # Errors
    ///
    /// [`Error::TimeOfDay`] when the time is not on the clock.
    pub fn hm(hour: u32, minute: u32) -> Result<TimeOfDay, Error> {
        TimeOfDay::hms(hour, minute, 0)
    }

    /// `hour:minute:second`, from `00:00:00` to `24:00:00`.
    ///
    /// # Errors
    ///
    /// [`Error::TimeOfDay`] when the time is not on the clock.
    pub fn hms(hour: u32, minute: u32, second: u32) -> Result<TimeOfDay, Error> {
        let secs = hour
            .checked_mul(3600)
            .and_then(|h| minute.checked_mul(60).and_then(|m| h.checked_add(m)))
            .and_then(|hm| hm.checked_add(second));
        match secs {
            Some(s) if minute < 60 && second < 60 && s <= DAY_U32 => Ok(TimeOfDay(s)),
            _ => Err(Error::TimeOfDay {
                text: format!("{hour:02}:{minute:02}:{second:02}"),
            }),
        }
    }

    /// Seconds since local midnight (`86400` for `24:00`).
    #[must_use]
    pub const fn seconds(self) -> u32 {
        self.0
    }
}

impl FromStr for TimeOfDay {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || Error::TimeOfDay { text: s.into() };
        let field = |p: &str| -> Result<u32, Error> {
            if p.len() == 2 && p.bytes().all(|b| b.is_ascii_digit()) {
                p.parse().map_err(|_| bad())
            } else {
                Err(bad())
            }
        };
        let mut parts = s.split(':');
        let (h, m, sec) = match (parts.next(), parts.next(), parts.next(), parts.next()) {
            (Some(h), Some(m), None, None) => (field(h)?, field(m)?, 0),
            (Some(h), Some(m), Some(sec), None) => (field(h)?, field(m)?, field(sec)?),
            _ => return Err(bad()),
        };
        TimeOfDay::hms(h, m, sec).map_err(|_| bad())
    }
}

impl fmt::Display for TimeOfDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (h, m, s) = (self.0 / 3600, self.0 / 60 % 60, self.0 % 60);
        if s == 0 {
            write!(f, "{h:02}:{m:02}")
        } else {
            write!(f, "{h:02}:{m:02}:{s:02}")
        }
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for TimeOfDay {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for TimeOfDay {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for TimeOfDay {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "TimeOfDay".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "A local time of day HH:MM or HH:MM:SS, 00:00 to 24:00",
            "pattern": "^[0-9]{2}:[0-9]{2}(:[0-9]{2})?$",
            "examples": ["09:00", "17:30", "24:00"]
        })
    }
}

/// A local wall-clock interval `[start, end)` of one day; `end` may be
/// `24:00`. Valid when `start < end` (checked by [`Interval::new`], when
/// reading JSON, and when a calendar is built).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Interval {
    /// The first instant.
    pub start: TimeOfDay,
    /// The end (exclusive).
    pub end: TimeOfDay,
}

impl Interval {
    /// `[start, end)`, checked: `start < end`.
    ///
    /// ```
    /// use csp_support::{Interval, TimeOfDay};
    /// let iv = Interval::new(TimeOfDay::hm(9, 0)?, TimeOfDay::hm(17, 0)?)?;
    /// assert_eq!(iv.to_string(), "09:00-17:00");
    /// assert!(Interval::new(TimeOfDay::hm(17, 0)?, TimeOfDay::hm(9, 0)?).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`Error::InvertedInterval`] when `end <= start`.
    pub fn new(start: TimeOfDay, end: TimeOfDay) -> Result<Interval, Error> {
        let iv = Interval { start, end };
        iv.check()?;
        Ok(iv)
    }

    fn check(self) -> Result<Span, Error> {
        if self.start < self.end {
            Ok(Span {
                start: self.start.0,
                end: self.end.0,
            })
        } else {
            Err(Error::InvertedInterval {
                start: self.start,
                end: self.end,
            })
        }
    }
}

/// Reads `{ "start": …, "end": … }` and checks it, so an inverted interval
/// is an error at its own path (`hours.monday[1]`).
#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Interval {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        /// The JSON form, before the check.
        #[derive(serde::Deserialize)]
        #[serde(deny_unknown_fields, rename = "Interval")]
        struct Form {
            start: TimeOfDay,
            end: TimeOfDay,
        }
        let Form { start, end } = Form::deserialize(d)?;
        Interval::new(start, end).map_err(serde::de::Error::custom)
    }
}

impl fmt::Display for Interval {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", self.start, self.end)
    }
}

/// Business hours per weekday: zero or more intervals each. Intervals of a
/// day may be given in any order; they must not overlap (touching intervals
/// merge). Reading JSON checks each day (an overlap is an error at the
/// day's path, `hours.wednesday`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct WeeklyHours {
    /// Monday.
    #[cfg_attr(feature = "serde", serde(default, deserialize_with = "day::<_, 0>"))]
    pub monday: Vec<Interval>,
    /// Tuesday.
    #[cfg_attr(feature = "serde", serde(default, deserialize_with = "day::<_, 1>"))]
    pub tuesday: Vec<Interval>,
    /// Wednesday.
    #[cfg_attr(feature = "serde", serde(default, deserialize_with = "day::<_, 2>"))]
    pub wednesday: Vec<Interval>,
    /// Thursday.
    #[cfg_attr(feature = "serde", serde(default, deserialize_with = "day::<_, 3>"))]
    pub thursday: Vec<Interval>,
    /// Friday.
    #[cfg_attr(feature = "serde", serde(default, deserialize_with = "day::<_, 4>"))]
    pub friday: Vec<Interval>,
    /// Saturday.
    #[cfg_attr(feature = "serde", serde(default, deserialize_with = "day::<_, 5>"))]
    pub saturday: Vec<Interval>,
    /// Sunday.
    #[cfg_attr(feature = "serde", serde(default, deserialize_with = "day::<_, 6>"))]
    pub sunday: Vec<Interval>,
}

impl WeeklyHours {
    /// The same interval Monday to Friday, nothing at the weekend.
    #[must_use]
    pub fn weekdays(interval: Interval) -> WeeklyHours {
        let day = vec![interval];
        WeeklyHours {
            monday: day.clone(),
            tuesday: day.clone(),
            wednesday: day.clone(),
            thursday: day.clone(),
            friday: day,
            saturday: Vec::new(),
            sunday: Vec::new(),
        }
    }

    /// The intervals of `day`.
    #[must_use]
    pub fn on(&self, day: Weekday) -> &[Interval] {
        match day {
            Weekday::Mon => &self.monday,
            Weekday::Tue => &self.tuesday,
            Weekday::Wed => &self.wednesday,
            Weekday::Thu => &self.thursday,
            Weekday::Fri => &self.friday,
            Weekday::Sat => &self.saturday,
            Weekday::Sun => &self.sunday,
        }
    }

    /// The intervals of `day`, to change.
    pub fn on_mut(&mut self, day: Weekday) -> &mut Vec<Interval> {
        match day {
            Weekday::Mon => &mut self.monday,
            Weekday::Tue => &mut self.tuesday,
            Weekday::Wed => &mut self.wednesday,
            Weekday::Thu => &mut self.thursday,
            Weekday::Fri => &mut self.friday,
            Weekday::Sat => &mut self.saturday,
            Weekday::Sun => &mut self.sunday,
        }
    }
}

/// A holiday: a local date with no business time, or (with `closed`) a
/// partial holiday that closes one interval of that date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Holiday {
    /// The local date (years 1 to 9999, checked when reading JSON and when
    /// a calendar is built).
    #[cfg_attr(feature = "serde", serde(deserialize_with = "holiday_date"))]
    pub date: NaiveDate,
    /// For a partial holiday, the local interval that is closed; `None` for
    /// the whole day.
    #[cfg_attr(feature = "serde", serde(default))]
    pub closed: Option<Interval>,
}

impl Holiday {
    /// A whole-day holiday.
    #[must_use]
    pub const fn whole(date: NaiveDate) -> Holiday {
        Holiday { date, closed: None }
    }

    /// A partial holiday closing `closed` on `date`.
    #[must_use]
    pub const fn partial(date: NaiveDate, closed: Interval) -> Holiday {
        Holiday {
            date,
            closed: Some(closed),
        }
    }
}

/// The serde form of a [`Calendar`]: plain data, validated by
/// [`CalendarSpec::build`] (or `Calendar::try_from`). Reading it from JSON
/// checks each part where it stands, so an error names its path
/// (`time_zone`, `hours.monday[1]`, `hours.wednesday`, `holidays[3].date`,
/// `holidays[0].closed`, `business_day_length`; `hours` for a week with no
/// business time); the message is the one [`CalendarSpec::build`] gives.
///
/// ```
/// # #[cfg(feature = "serde")] {
/// use csp_support::CalendarSpec;
/// let spec: CalendarSpec = serde_json::from_str(r#"{
///     "time_zone": "Europe/Berlin",
///     "hours": { "monday": [{ "start": "09:00", "end": "17:00" }],
///                "friday": [{ "start": "09:00", "end": "13:00" }] },
///     "holidays": [{ "date": "2026-12-25" },
///                  { "date": "2026-12-24", "closed": { "start": "12:00", "end": "24:00" } }]
/// }"#)?;
/// let cal = spec.build()?;
/// assert_eq!(cal.business_day_length().num_hours(), 8);
/// # }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct CalendarSpec {
    /// The IANA time zone, such as `Europe/Berlin`.
    #[cfg_attr(feature = "serde", serde(deserialize_with = "known_zone"))]
    pub time_zone: String,
    /// Weekly business hours in local wall-clock time.
    #[cfg_attr(feature = "serde", serde(deserialize_with = "some_business_time"))]
    pub hours: WeeklyHours,
    /// Holidays, in any order; several entries for one date combine.
    #[cfg_attr(feature = "serde", serde(default))]
    pub holidays: Vec<Holiday>,
    /// The length of one business day (`SLA-NON-BREAK-FIX-ONE-BUSINESS-DAY`)
    /// as `HH:MM`, up to `24:00`; by default the longest scheduled business
    /// time of any weekday.
    #[cfg_attr(feature = "serde", serde(default, deserialize_with = "day_length"))]
    pub business_day_length: Option<TimeOfDay>,
}

/// The intervals of the `W`-th weekday (Monday first), checked for overlaps.
#[cfg(feature = "serde")]
fn day<'de, D: serde::Deserializer<'de>, const W: usize>(d: D) -> Result<Vec<Interval>, D::Error> {
    let intervals = <Vec<Interval> as serde::Deserialize>::deserialize(d)?;
    let weekday = WEEKDAYS.get(W).copied().unwrap_or(Weekday::Mon);
    normalise(weekday, &intervals).map_err(serde::de::Error::custom)?;
    Ok(intervals)
}

/// A holiday's date, checked against the supported range.
#[cfg(feature = "serde")]
fn holiday_date<'de, D: serde::Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
    let date = <NaiveDate as serde::Deserialize>::deserialize(d)?;
    if (MIN_DAY..=MAX_DAY).contains(&day_of(date)) {
        Ok(date)
    } else {
        Err(serde::de::Error::custom(Error::HolidayOutOfRange { date }))
    }
}

/// A time-zone name the compiled-in IANA database knows.
#[cfg(feature = "serde")]
fn known_zone<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    let name = <String as serde::Deserialize>::deserialize(d)?;
    match name.parse::<Tz>() {
        Ok(_) => Ok(name),
        Err(_) => Err(serde::de::Error::custom(Error::UnknownTimeZone { name })),
    }
}

/// Weekly hours with some business time (each interval is non-empty).
#[cfg(feature = "serde")]
fn some_business_time<'de, D: serde::Deserializer<'de>>(d: D) -> Result<WeeklyHours, D::Error> {
    let hours = <WeeklyHours as serde::Deserialize>::deserialize(d)?;
    if WEEKDAYS.iter().all(|wd| hours.on(*wd).is_empty()) {
        return Err(serde::de::Error::custom(Error::NoBusinessTime));
    }
    Ok(hours)
}

/// A business-day length other than zero.
#[cfg(feature = "serde")]
fn day_length<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<TimeOfDay>, D::Error> {
    match <Option<TimeOfDay> as serde::Deserialize>::deserialize(d)? {
        Some(length) if length.0 == 0 => Err(serde::de::Error::custom(Error::BusinessDayLength {
            length,
        })),
        other => Ok(other),
    }
}

impl CalendarSpec {
    /// Monday to Friday, 09:00–17:00, no holidays, in `time_zone`.
    #[must_use]
    pub fn standard(time_zone: &str) -> CalendarSpec {
        CalendarSpec {
            time_zone: time_zone.into(),
            hours: WeeklyHours::weekdays(STANDARD_HOURS),
            holidays: Vec::new(),
            business_day_length: None,
        }
    }

    /// Validates the spec and builds the calendar.
    ///
    /// # Errors
    ///
    /// [`Error::UnknownTimeZone`], [`Error::InvertedInterval`],
    /// [`Error::OverlappingIntervals`], [`Error::NoBusinessTime`],
    /// [`Error::HolidayOutOfRange`], [`Error::BusinessDayLength`].
    pub fn build(&self) -> Result<Calendar, Error> {
        let tz: Tz = self.time_zone.parse().map_err(|_| Error::UnknownTimeZone {
            name: self.time_zone.clone(),
        })?;
        let mut week: [Vec<Span>; 7] = Default::default();
        for (wd, slot) in WEEKDAYS.iter().zip(week.iter_mut()) {
            *slot = normalise(*wd, self.hours.on(*wd))?;
        }
        let day_secs = week.clone().map(|spans| total(&spans));
        let week_total: u64 = day_secs.iter().map(|s| u64::from(*s)).sum();
        if week_total == 0 {
            return Err(Error::NoBusinessTime);
        }
        let longest = day_secs.iter().copied().max().unwrap_or(0);
        let business_day = match self.business_day_length {
            None => longest,
            Some(len) if len.0 > 0 => len.0,
            Some(len) => return Err(Error::BusinessDayLength { length: len }),
        };
        let mut holidays = self.holidays.clone();
        holidays.sort_by_key(|h| h.date);
        let mut days: Vec<HolidayDay> = Vec::new();
        for h in &holidays {
            let day = day_of(h.date);
            if !(MIN_DAY..=MAX_DAY).contains(&day) {
                return Err(Error::HolidayOutOfRange { date: h.date });
            }
            let closed = match h.closed {
                Some(iv) => iv.check()?,
                None => Span {
                    start: 0,
                    end: DAY_U32,
                },
            };
            let same = days.last_mut().filter(|last| last.day == day);
            let spans = match same {
                Some(last) => {
                    last.spans = subtract(&last.spans, closed);
                    continue;
                }
                None => week
                    .get(weekday_index(day))
                    .map(|w| subtract(w, closed))
                    .unwrap_or_default(),
            };
            days.push(HolidayDay {
                day,
                spans,
                business: 0,
            });
        }
        let mut lost_prefix = Vec::with_capacity(days.len().saturating_add(1));
        let mut lost_sum = 0u64;
        lost_prefix.push(0);
        for h in &mut days {
            h.business = total(&h.spans);
            let nominal = day_secs.get(weekday_index(h.day)).copied().unwrap_or(0);
            lost_sum = lost_sum.saturating_add(u64::from(nominal.saturating_sub(h.business)));
            lost_prefix.push(lost_sum);
        }
        let mut prefix = [0u64; 15];
        let mut acc = 0u64;
        for (i, p) in prefix.iter_mut().enumerate().skip(1) {
            acc = acc.saturating_add(u64::from(
                day_secs.get(i.saturating_sub(1) % 7).copied().unwrap_or(0),
            ));
            *p = acc;
        }
        let (irregular, first_offset, regular_end) = changes(tz);
        let mut cal = Calendar {
            spec: self.clone(),
            tz,
            week,
            prefix,
            week_total,
            business_day,
            holidays: days,
            lost_prefix,
            irregular,
            first_offset,
            regular_end,
            stretches: Vec::new(),
            holiday_ends: Vec::new(),
        };
        cal.stretches = cal.index_stretches();
        cal.holiday_ends = cal.index_holidays();
        Ok(cal)
    }
}

const STANDARD_HOURS: Interval = Interval {
    start: TimeOfDay(9 * 3600),
    end: TimeOfDay(17 * 3600),
};

const WEEKDAYS: [Weekday; 7] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
    Weekday::Sun,
];

/// A validated local interval in seconds since midnight.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Span {
    start: u32,
    end: u32,
}

impl Span {
    const fn len(self) -> u32 {
        self.end.saturating_sub(self.start)
    }
}

fn total(spans: &[Span]) -> u32 {
    spans.iter().map(|s| s.len()).fold(0, u32::saturating_add)
}

/// Sorts, checks and merges one weekday's intervals.
fn normalise(day: Weekday, intervals: &[Interval]) -> Result<Vec<Span>, Error> {
    let mut sorted = intervals.to_vec();
    sorted.sort_by_key(|iv| (iv.start, iv.end));
    let mut out: Vec<Span> = Vec::with_capacity(sorted.len());
    let mut prev: Option<Interval> = None;
    for iv in sorted {
        let span = iv.check()?;
        match (prev, out.last_mut()) {
            (Some(p), Some(last)) if span.start < last.end => {
                return Err(Error::OverlappingIntervals {
                    weekday: day,
                    first: p,
                    second: iv,
                });
            }
            (_, Some(last)) if span.start == last.end => last.end = span.end,
            _ => out.push(span),
        }
        prev = Some(iv);
    }
    Ok(out)
}

/// `spans` minus `closed`.
fn subtract(spans: &[Span], closed: Span) -> Vec<Span> {
    let mut out = Vec::with_capacity(spans.len().saturating_add(1));
    for s in spans {
        let before = Span {
            start: s.start,
            end: s.end.min(closed.start),
        };
        let after = Span {
            start: s.start.max(closed.end),
            end: s.end,
        };
        for part in [before, after] {
            if part.start < part.end {
                out.push(part);
            }
        }
    }
    out
}

/// Days since 1970-01-01 of a date.
fn day_of(date: NaiveDate) -> i64 {
    i64::from(date.num_days_from_ce()).saturating_sub(CE_TO_EPOCH)
}

/// Monday = 0 … Sunday = 6 (1970-01-01 was a Thursday).
fn weekday_index(day: i64) -> usize {
    usize::try_from(day.saturating_add(3).rem_euclid(7)).unwrap_or(0)
}

fn offset_at(tz: Tz, utc: i64) -> Option<i64> {
    let t = DateTime::from_timestamp(utc, 0)?;
    Some(i64::from(
        tz.offset_from_utc_datetime(&t.naive_utc())
            .fix()
            .local_minus_utc(),
    ))
}

/// An offset change in the window and the local days it touches: `[from,
/// to)` with a one-day margin on each side. Changes whose days meet are
/// merged (`single` false, resolved through the zone).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Change {
    from: i64,
    to: i64,
    /// The UTC instant of the (single) change.
    at: i64,
    /// The offset before it, seconds east of UTC.
    before: i64,
    /// The offset after it (after the last one, if merged).
    after: i64,
    single: bool,
}

/// The offset changes of the window and the offset at its start; `None`
/// if the zone could not be probed (then no day counts as regular).
/// `offset_at` gives a zone's offset (seconds east of UTC) at a UTC instant;
/// it is a parameter so that the index can be tested on made-up zones.
fn offset_changes(offset_at: impl Fn(i64) -> Option<i64>) -> Option<(Vec<Change>, i64)> {
    let mut out: Vec<Change> = Vec::new();
    let mut t = WINDOW_START;
    let first = offset_at(t)?;
    let mut off = first;
    while t < WINDOW_END {
        let next = t.saturating_add(SCAN_STEP);
        if offset_at(next)? == off {
            t = next;
            continue;
        }
        // The first instant in (t, next] off `off`: a change. The scan goes
        // on from there, so a second change within the step is found too
        // (a change and its undoing within one step are not seen at all;
        // the tz database has no two changes within 5 days in the window).
        let (mut lo, mut hi) = (t, next);
        while hi.saturating_sub(lo) > 1 {
            let mid = lo.saturating_add(hi.saturating_sub(lo) / 2);
            if offset_at(mid)? == off {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        let new_off = offset_at(hi)?;
        let before = hi.saturating_add(off).div_euclid(DAY);
        let after = hi.saturating_add(new_off).div_euclid(DAY);
        let from = before.min(after).saturating_sub(1);
        let to = before.max(after).saturating_add(2);
        match out.last_mut() {
            Some(last) if from <= last.to => {
                last.to = last.to.max(to);
                last.after = new_off;
                last.single = false;
            }
            _ => out.push(Change {
                from,
                to,
                at: hi,
                before: off,
                after: new_off,
                single: true,
            }),
        }
        t = hi;
        off = new_off;
    }
    Some((out, first))
}

/// The offset changes, the offset at 1970 and the end of the regular days.
fn changes(tz: Tz) -> (Vec<Change>, i64, i64) {
    changes_by(|t| offset_at(tz, t))
}

/// [`changes`] of the zone whose offsets `offset_at` gives.
fn changes_by(offset_at: impl Fn(i64) -> Option<i64> + Copy) -> (Vec<Change>, i64, i64) {
    match offset_changes(offset_at) {
        Some((changes, first)) => (changes, first, regular_end(offset_at)),
        None => (Vec::new(), 0, FIRST_REGULAR_DAY),
    }
}

/// Where the regular days end. The compiled tz database lists no offset
/// change after 2099 (its last is America/Adak, 2099-11-01), and past its
/// last change a zone keeps one offset for good; a zone that shows the same
/// offset in winter and summer of 2100 and 2101 and in 9999 is taken to be
/// fixed after the window. Any other zone is resolved day by day there.
fn regular_end(offset_at: impl Fn(i64) -> Option<i64>) -> i64 {
    const HALF_YEAR: i64 = 182 * DAY;
    const YEAR_9999: i64 = 253_383_811_200; // 9999-06-01
    let samples = [
        WINDOW_END,
        WINDOW_END.saturating_add(HALF_YEAR),
        WINDOW_END.saturating_add(2 * HALF_YEAR),
        WINDOW_END.saturating_add(3 * HALF_YEAR),
        YEAR_9999,
    ];
    let first = offset_at(WINDOW_END);
    if first.is_some() && samples.iter().all(|s| offset_at(*s) == first) {
        MAX_DAY.saturating_add(1)
    } else {
        END_REGULAR_DAY
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct HolidayDay {
    day: i64,
    spans: Vec<Span>,
    business: u32,
}

/// A validated business calendar: build it from a [`CalendarSpec`], or take
/// the [standard](Calendar::standard) Mon–Fri 09:00–17:00 in any zone.
///
/// Serialises as its spec; deserialising validates.
///
/// # The clock (`RULES.md`, "Clock details")
///
/// Business hours are local wall-clock intervals of the calendar's IANA
/// zone; `24:00` is allowed as an end and means the next day's `00:00`.
/// Business time is *real elapsed time*:
///
/// - a fall-back **fold** inside an interval counts twice (an interval
///   09:00–17:00 on a day whose clock repeats 02:00–03:00 is still 8 hours,
///   but 00:00–06:00 on that day is 7 hours), a spring-forward **gap** not
///   at all (00:00–06:00 over a skipped hour is 5 hours);
/// - an interval boundary that falls in a gap moves to the first instant
///   after the gap (the transition itself): business hours that start at
///   02:30 on a day whose clock jumps from 02:00 to 03:00 start at 03:00;
///   an interval lying wholly inside a gap is empty;
/// - a boundary in a fold takes the earlier instant as a start and the later
///   as an end, so an interval never loses time to a fold;
/// - the business time of a calendar is the *union* of its resolved
///   intervals: should two intervals overlap in real time after resolution
///   (an end in a fold taken late, the next start in the same fold taken
///   early), the overlap counts once.
///
/// Holidays are local dates: a whole-day holiday has no business time; a
/// partial holiday closes one local interval of that date (its other hours
/// stay open).
///
/// # Cost
///
/// [`Calendar::add_business_time`] and [`Calendar::business_time_between`]
/// never allocate, and from 1970 on their cost is (nearly) the same for an
/// hour as for decades, with any number of holidays: a few binary searches
/// and at most a few days resolved one by one.
/// At build time the calendar precomputes the nominal business seconds of
/// each weekday and of the week, the business time each holiday removes
/// (with prefix sums, found by binary search), and the local dates that a
/// UTC-offset change touches in 1970–2099 (found by probing the zone every
/// 4 days and bisecting; the tz database compiled in has no two transitions
/// closer than 6.9 days since 1970). Days away from such a change map to UTC
/// by one constant offset (*regular* days), so whole weeks and holiday-free
/// stretches are skipped arithmetically. After 2099 the compiled database
/// has no offset changes, so those days are regular too. Days near a change
/// are resolved one by one from the precomputed change (through the zone
/// where two changes lie within days of each other). The build also
/// indexes every run of regular days with the business time before it
/// (the days near each change resolved once, there), so a span crossing
/// many offset changes finds the run where it ends by binary search and
/// resolves only the days near its two ends.
/// Days before 1970 (and, in a zone whose offset is not fixed after the
/// window, after 2099) are resolved one by one through the zone: exact and
/// bounded, but their cost grows with the span until it reaches the
/// indexed window.
/// Supported local dates are the years 1 to 9999; a deadline beyond them is
/// [`Error::DeadlineOutOfRange`].
///
/// # Example
///
/// ```
/// use csp_support::Calendar;
/// let cal = Calendar::standard(chrono_tz::Europe::Berlin);
/// // Filed Friday 16:00 local (15:00 UTC): one business hour left that day.
/// let filed = "2026-03-06T15:00:00Z".parse()?;
/// let due = cal.add_business_time(filed, chrono::TimeDelta::hours(8))?;
/// assert_eq!(due.to_rfc3339(), "2026-03-09T15:00:00+00:00"); // Monday 16:00
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(
    feature = "serde",
    serde(try_from = "CalendarSpec", into = "CalendarSpec")
)]
pub struct Calendar {
    spec: CalendarSpec,
    tz: Tz,
    /// Merged local intervals per weekday, Monday first.
    week: [Vec<Span>; 7],
    /// `prefix[i]`: nominal seconds of the first `i` days from Monday, over
    /// two weeks.
    prefix: [u64; 15],
    week_total: u64,
    business_day: u32,
    /// Holiday dates, sorted, with their remaining intervals.
    holidays: Vec<HolidayDay>,
    /// `lost_prefix[i]`: nominal seconds removed by the first `i` holidays.
    lost_prefix: Vec<u64>,
    /// `holiday_ends[i]`: the position (see `Calendar::position`) at the
    /// end of the `i`-th holiday, so that the holiday where a budget runs
    /// out is found by one binary search over plain numbers.
    holiday_ends: Vec<u64>,
    /// The offset changes of 1970–2099 and the days they touch.
    irregular: Vec<Change>,
    /// The offset at the start of 1970.
    first_offset: i64,
    /// The end of the regular days: 2099 or, when the zone keeps one offset
    /// after the window, the end of year 9999.
    regular_end: i64,
    /// Every stretch of regular days, in order, with the business time
    /// before it: the index a long span jumps through.
    stretches: Vec<Stretch>,
}

/// A stretch of regular days `[from, to)` (one offset `off`), followed by
/// the irregular days up to the next stretch's `from`. `cum` is the business
/// time from the first stretch's `from` to this one's, counted exactly as the
/// day walk of `Calendar::due_secs` and `Calendar::measure` counts it
/// (regular days by arithmetic, irregular days resolved one by one from the
/// UTC end of the regular days before them), so a jump over any number of
/// stretches gives the walk's result to the second.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Stretch {
    from: i64,
    to: i64,
    off: i64,
    cum: u64,
    /// The business time of the regular days `[from, to)`.
    regular: u64,
    /// `holiday_index(from)` and `holiday_index(to)`.
    holidays: (usize, usize),
    /// The position (see `Calendar::position`) of `from`.
    pos: u64,
}

impl PartialEq for Calendar {
    fn eq(&self, other: &Self) -> bool {
        self.spec == other.spec
    }
}

impl Eq for Calendar {}

impl fmt::Debug for Calendar {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Calendar")
            .field("time_zone", &self.tz)
            .field("hours", &self.spec.hours)
            .field("holidays", &self.spec.holidays)
            .field("business_day_length", &self.business_day_length())
            .finish()
    }
}

impl TryFrom<CalendarSpec> for Calendar {
    type Error = Error;

    fn try_from(spec: CalendarSpec) -> Result<Self, Self::Error> {
        spec.build()
    }
}

impl From<Calendar> for CalendarSpec {
    fn from(cal: Calendar) -> Self {
        cal.spec
    }
}

/// Which end of an interval a local time is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Edge {
    Start,
    End,
}

/// How a local day maps to UTC.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mapping {
    /// One offset for the whole day (seconds east of UTC).
    Fixed(i64),
    /// Near one offset change: `(at, before, after)`.
    Change(i64, i64, i64),
    /// Near several changes, or outside the window: resolve each boundary
    /// through the zone.
    Exact,
}

fn out_of_range() -> Error {
    Error::DeadlineOutOfRange
}

impl Calendar {
    /// Monday to Friday, 09:00–17:00, no holidays, in `tz`.
    #[must_use]
    pub fn standard(tz: Tz) -> Calendar {
        let std = [Span {
            start: 9 * 3600,
            end: 17 * 3600,
        }];
        let day = 8 * 3600;
        let day_secs = [day, day, day, day, day, 0, 0];
        let (irregular, first_offset, regular_end) = changes(tz);
        let mut prefix = [0u64; 15];
        let mut acc = 0u64;
        for (p, s) in prefix.iter_mut().skip(1).zip(day_secs.iter().cycle()) {
            acc = acc.saturating_add(u64::from(*s));
            *p = acc;
        }
        let mut cal = Calendar {
            spec: CalendarSpec::standard(tz.name()),
            tz,
            week: [
                std.to_vec(),
                std.to_vec(),
                std.to_vec(),
                std.to_vec(),
                std.to_vec(),
                Vec::new(),
                Vec::new(),
            ],
            prefix,
            week_total: 5 * u64::from(day),
            business_day: day,
            holidays: Vec::new(),
            lost_prefix: vec![0],
            irregular,
            first_offset,
            regular_end,
            stretches: Vec::new(),
            holiday_ends: Vec::new(),
        };
        cal.stretches = cal.index_stretches();
        cal.holiday_ends = cal.index_holidays();
        cal
    }

    /// The IANA time zone.
    #[must_use]
    pub const fn time_zone(&self) -> Tz {
        self.tz
    }

    /// The spec it was built from.
    #[must_use]
    pub const fn spec(&self) -> &CalendarSpec {
        &self.spec
    }

    /// The length of one business day: as set on the calendar, or the
    /// longest scheduled (nominal) business time of any weekday.
    #[must_use]
    pub fn business_day_length(&self) -> TimeDelta {
        TimeDelta::seconds(i64::from(self.business_day))
    }

    /// The nominal business time of one week (without holidays or offset
    /// changes).
    #[must_use]
    pub fn weekly_business_time(&self) -> TimeDelta {
        TimeDelta::seconds(i64::try_from(self.week_total).unwrap_or(i64::MAX))
    }

    /// The instant by which `budget` of business time has elapsed after
    /// `start`: the earliest instant `x` with
    /// `business_time_between(start, x) == budget`. A zero budget gives
    /// `start`.
    ///
    /// # Errors
    ///
    /// [`Error::DeadlineOutOfRange`] when `start` or the result lies outside
    /// the years 1 to 9999, or `budget` is negative.
    pub fn add_business_time(
        &self,
        start: DateTime<Utc>,
        budget: TimeDelta,
    ) -> Result<DateTime<Utc>, Error> {
        if budget < TimeDelta::zero() {
            return Err(out_of_range());
        }
        if budget.is_zero() {
            self.check_instant(start)?;
            return Ok(start);
        }
        let (secs, frac) = split(start);
        let whole = u64::try_from(budget.num_seconds()).map_err(|_| out_of_range())?;
        let budget_frac = budget
            .checked_sub(&TimeDelta::seconds(budget.num_seconds()))
            .ok_or_else(out_of_range)?
            .subsec_nanos();
        let budget_frac = u32::try_from(budget_frac).map_err(|_| out_of_range())?;
        // Business time is a union of whole seconds; the fractions of the
        // start (if it lies in business time) and of the budget are carried
        // into the last business second.
        let start_frac = if frac > 0 && self.is_business_second(secs)? {
            frac
        } else {
            0
        };
        let nanos = u64::from(start_frac).saturating_add(u64::from(budget_frac));
        let extra_secs = nanos / 1_000_000_000;
        let rest = u32::try_from(nanos % 1_000_000_000).map_err(|_| out_of_range())?;
        let whole = whole.checked_add(extra_secs).ok_or_else(out_of_range)?;
        let due = if rest == 0 {
            if whole == 0 {
                secs
            } else {
                self.due_secs(secs, whole)?
            }
        } else {
            // The instant after `whole` seconds, then `rest` into the next
            // business second.
            let after = if whole == 0 {
                secs
            } else {
                self.due_secs(secs, whole)?
            };
            self.due_secs(after, 1)?
                .checked_sub(1)
                .ok_or_else(out_of_range)?
        };
        let out = DateTime::from_timestamp(due, rest).ok_or_else(out_of_range)?;
        self.check_instant(out)?;
        Ok(out)
    }

    /// The business time between two instants: real elapsed time inside
    /// business hours, negative when `to` is before `from`. Additive:
    /// `between(a, b) + between(b, c) == between(a, c)`.
    ///
    /// ```
    /// use csp_support::Calendar;
    /// let cal = Calendar::standard(chrono_tz::America::New_York);
    /// // Friday 15:00 to Monday 11:00 (EST): 2 h + 2 h.
    /// let t = cal.business_time_between(
    ///     "2026-01-09T20:00:00Z".parse()?, "2026-01-12T16:00:00Z".parse()?)?;
    /// assert_eq!(t.num_hours(), 4);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`Error::DeadlineOutOfRange`] when an instant lies outside the years
    /// 1 to 9999.
    pub fn business_time_between(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<TimeDelta, Error> {
        if to < from {
            return self
                .business_time_between(to, from)
                .map(|d| TimeDelta::zero().checked_sub(&d).unwrap_or(d));
        }
        self.check_instant(from)?;
        self.check_instant(to)?;
        let (a, fa) = split(from);
        let (b, fb) = split(to);
        let whole = self.measure(a, b)?;
        let mut nanos = i128::from(whole).saturating_mul(1_000_000_000);
        if fa > 0 && self.is_business_second(a)? {
            nanos = nanos.saturating_sub(i128::from(fa));
        }
        if fb > 0 && self.is_business_second(b)? {
            nanos = nanos.saturating_add(i128::from(fb));
        }
        let secs = i64::try_from(nanos.div_euclid(1_000_000_000)).map_err(|_| out_of_range())?;
        let sub = u32::try_from(nanos.rem_euclid(1_000_000_000)).map_err(|_| out_of_range())?;
        TimeDelta::new(secs, sub).ok_or_else(out_of_range)
    }

    /// Whether `at` lies in business time.
    ///
    /// # Errors
    ///
    /// [`Error::DeadlineOutOfRange`] outside the years 1 to 9999.
    pub fn is_business_time(&self, at: DateTime<Utc>) -> Result<bool, Error> {
        self.check_instant(at)?;
        self.is_business_second(split(at).0)
    }

    fn check_instant(&self, at: DateTime<Utc>) -> Result<(), Error> {
        let day = self.local_day(at.timestamp())?;
        if (MIN_DAY..=MAX_DAY).contains(&day) {
            Ok(())
        } else {
            Err(out_of_range())
        }
    }

    fn is_business_second(&self, s: i64) -> Result<bool, Error> {
        Ok(self.measure(s, s.checked_add(1).ok_or_else(out_of_range)?)? > 0)
    }

    fn local_day(&self, utc: i64) -> Result<i64, Error> {
        let off = offset_at(self.tz, utc).ok_or_else(out_of_range)?;
        Ok(utc
            .checked_add(off)
            .ok_or_else(out_of_range)?
            .div_euclid(DAY))
    }

    /// The mapping of `day`, reusing `cache` (the end of a regular stretch
    /// and its offset) where it applies; a regular day also fills `cache`.
    fn mapping(&self, day: i64, cache: &mut Option<(i64, i64)>) -> Mapping {
        if let Some((end, off)) = *cache
            && day < end
        {
            return Mapping::Fixed(off);
        }
        if !(FIRST_REGULAR_DAY..self.regular_end).contains(&day) {
            return Mapping::Exact;
        }
        let i = self.irregular.partition_point(|c| c.to <= day);
        let next = self.irregular.get(i);
        match next {
            Some(c) if c.from <= day && c.single => Mapping::Change(c.at, c.before, c.after),
            Some(c) if c.from <= day => Mapping::Exact,
            _ => {
                let end = next.map_or(self.regular_end, |c| c.from);
                let off = match i.checked_sub(1).and_then(|p| self.irregular.get(p)) {
                    Some(prev) => prev.after,
                    None => self.first_offset,
                };
                *cache = Some((end, off));
                Mapping::Fixed(off)
            }
        }
    }

    /// The intervals of a local day: the holiday's, or the weekday's.
    fn spans_of(&self, day: i64) -> &[Span] {
        let i = self.holidays.partition_point(|h| h.day < day);
        match self.holidays.get(i) {
            Some(h) if h.day == day => &h.spans,
            _ => self
                .week
                .get(weekday_index(day))
                .map_or(&[][..], Vec::as_slice),
        }
    }

    /// A local time of `day` as a UTC instant, per the clock details.
    fn resolve(&self, day: i64, secs: u32, edge: Edge, mapping: Mapping) -> Result<i64, Error> {
        let local = day
            .checked_mul(DAY)
            .and_then(|d| d.checked_add(i64::from(secs)))
            .ok_or_else(out_of_range)?;
        match mapping {
            Mapping::Fixed(off) => return local.checked_sub(off).ok_or_else(out_of_range),
            Mapping::Change(at, before, after) => {
                let (lb, la) = (
                    at.checked_add(before).ok_or_else(out_of_range)?,
                    at.checked_add(after).ok_or_else(out_of_range)?,
                );
                let utc = if local < lb.min(la) {
                    local.checked_sub(before)
                } else if local >= lb.max(la) {
                    local.checked_sub(after)
                } else if la > lb {
                    // In the gap: the first instant after it.
                    Some(at)
                } else {
                    // In the fold: earlier as a start, later as an end.
                    match edge {
                        Edge::Start => local.checked_sub(before),
                        Edge::End => local.checked_sub(after),
                    }
                };
                return utc.ok_or_else(out_of_range);
            }
            Mapping::Exact => {}
        }
        let naive: NaiveDateTime = DateTime::from_timestamp(local, 0)
            .ok_or_else(out_of_range)?
            .naive_utc();
        match self.tz.from_local_datetime(&naive) {
            LocalResult::Single(t) => Ok(t.timestamp()),
            LocalResult::Ambiguous(early, late) => Ok(match edge {
                Edge::Start => early.timestamp(),
                Edge::End => late.timestamp(),
            }),
            LocalResult::None => GapInfo::new(&naive, &self.tz)
                .and_then(|g| g.end)
                .map(|t| t.timestamp())
                .ok_or_else(out_of_range),
        }
    }

    /// The UTC intervals of `day`, in order, each passed to `f`.
    fn for_each_interval(
        &self,
        day: i64,
        mapping: Mapping,
        mut f: impl FnMut(i64, i64) -> Option<i64>,
    ) -> Result<Option<i64>, Error> {
        for span in self.spans_of(day) {
            let a = self.resolve(day, span.start, Edge::Start, mapping)?;
            let b = self.resolve(day, span.end, Edge::End, mapping)?;
            if let Some(x) = f(a, b) {
                return Ok(Some(x));
            }
        }
        Ok(None)
    }

    /// Nominal business seconds of the days `[from, to)`, no holidays.
    fn nominal(&self, from: i64, to: i64) -> u64 {
        let n = to.saturating_sub(from).max(0);
        let weeks = u64::try_from(n / 7).unwrap_or(0);
        let rest = usize::try_from(n % 7).unwrap_or(0);
        let wd = weekday_index(from);
        let part = self
            .prefix
            .get(wd.saturating_add(rest))
            .copied()
            .unwrap_or(0)
            .saturating_sub(self.prefix.get(wd).copied().unwrap_or(0));
        weeks.saturating_mul(self.week_total).saturating_add(part)
    }

    /// Index of the first holiday on or after `day`.
    fn holiday_index(&self, day: i64) -> usize {
        self.holidays.partition_point(|h| h.day < day)
    }

    /// Business seconds of `[from, to)` on regular days, holidays included;
    /// `i0` is `holiday_index(from)`, `i1` is `holiday_index(to)`.
    fn business_days(&self, from: i64, to: i64, i0: usize, i1: usize) -> u64 {
        let lost = self
            .lost_prefix
            .get(i1)
            .copied()
            .unwrap_or(0)
            .saturating_sub(self.lost_prefix.get(i0).copied().unwrap_or(0));
        self.nominal(from, to).saturating_sub(lost)
    }

    /// Indexes the regular stretches of the window (see [`Stretch`]); built
    /// once per calendar. The irregular days between stretches (a few per
    /// offset change) are resolved here one by one, with the same clip
    /// to the running cursor as the day walks. Empty (no jumps, the walk
    /// alone) if a day could not be resolved.
    fn index_stretches(&self) -> Vec<Stretch> {
        let mut out: Vec<Stretch> = Vec::new();
        let mut cum = 0u64;
        let mut cursor = i64::MIN;
        let mut day = FIRST_REGULAR_DAY;
        while day < self.regular_end {
            let mut cache = None;
            let mapping = self.mapping(day, &mut cache);
            if let Mapping::Fixed(off) = mapping {
                let to = cache.map_or(day.saturating_add(1), |c| c.0);
                let (i0, i1) = (self.holiday_index(day), self.holiday_index(to));
                let regular = self.business_days(day, to, i0, i1);
                out.push(Stretch {
                    from: day,
                    to,
                    off,
                    cum,
                    regular,
                    holidays: (i0, i1),
                    pos: self.position(day, i0),
                });
                cum = cum.saturating_add(regular);
                // Where the walk's cursor stands after skipping the stretch.
                let Some(end) = to.checked_mul(DAY).and_then(|s| s.checked_sub(off)) else {
                    return Vec::new();
                };
                cursor = end;
                day = to;
                continue;
            }
            // Irregular days before the first stretch are not indexed (a
            // walk reaches the first stretch on its own).
            if !out.is_empty() {
                let walked = self.for_each_interval(day, mapping, |a, b| {
                    let a = a.max(cursor);
                    if b > a {
                        cum = cum.saturating_add(u64::try_from(b.saturating_sub(a)).unwrap_or(0));
                        cursor = b;
                    }
                    None
                });
                if walked.is_err() {
                    return Vec::new();
                }
            }
            day = day.saturating_add(1);
        }
        out
    }

    /// The stretch whose regular days hold `day`, and the indexed business
    /// time before `day`.
    fn stretch_at(&self, day: i64) -> Option<(usize, u64)> {
        let k = self
            .stretches
            .partition_point(|s| s.from <= day)
            .checked_sub(1)?;
        let s = self.stretches.get(k).filter(|s| day < s.to)?;
        let inside = self
            .position(day, self.holiday_index(day))
            .saturating_sub(s.pos);
        Some((k, s.cum.saturating_add(inside)))
    }

    /// For a walk that has consumed the regular days of `day`'s stretch
    /// with `left` business seconds still to go: the later stretch in which
    /// the budget runs out (in its regular days or the irregular days after
    /// it) and what is left at its start; `None` when it runs out in the
    /// irregular days right after `day`'s stretch (or the index does not
    /// cover `day`).
    fn jump_due(&self, day: i64, left: u64) -> Option<(Stretch, u64)> {
        let k = self
            .stretches
            .partition_point(|s| s.from <= day)
            .checked_sub(1)?;
        let here = self.stretches.get(k).filter(|s| day < s.to)?;
        let target = here.cum.checked_add(here.regular)?.checked_add(left)?;
        // The last stretch that starts strictly before the target: the
        // budget is reached after its start, and no later than the next one.
        let j = self
            .stretches
            .partition_point(|s| s.cum < target)
            .checked_sub(1)
            .filter(|j| *j > k)?;
        let s = *self.stretches.get(j)?;
        Some((s, target.saturating_sub(s.cum)))
    }

    /// For a measuring walk at the regular `day` that may count regular
    /// days up to `limit`: the last stretch starting after `day`'s own and
    /// no later than `limit`, and the business time from `day` to its start.
    fn jump_measure(&self, day: i64, limit: i64) -> Option<(Stretch, u64)> {
        let (k, before) = self.stretch_at(day)?;
        let m = self
            .stretches
            .partition_point(|s| s.from <= limit)
            .checked_sub(1)
            .filter(|m| *m > k)?;
        let s = *self.stretches.get(m)?;
        Some((s, s.cum.saturating_sub(before)))
    }

    /// The seconds-precise due instant: `budget > 0` business seconds after
    /// `start`.
    fn due_secs(&self, start: i64, budget: u64) -> Result<i64, Error> {
        let first = self.local_day(start)?;
        if first < MIN_DAY {
            return Err(out_of_range());
        }
        let mut cursor = start;
        let mut left = budget;
        let mut day = first.checked_sub(1).ok_or_else(out_of_range)?;
        let mut cache = None;
        loop {
            if day > MAX_DAY {
                return Err(out_of_range());
            }
            let mapping = self.mapping(day, &mut cache);
            let near_start = day <= first.saturating_add(1);
            if let (Mapping::Fixed(mut off), false) = (mapping, near_start) {
                let mut end = cache.map_or(day, |c| c.0).min(MAX_DAY.saturating_add(1));
                if let Some(due) = self.consume_regular(day, end, off, &mut left)? {
                    return Ok(due);
                }
                // The budget outlasts this stretch: skip whole stretches
                // (and the offset changes between them) by the index, to
                // the one where it runs out, instead of one by one.
                if let Some((s, rest)) = self.jump_due(day, left) {
                    (end, off, left) = (s.to.min(MAX_DAY.saturating_add(1)), s.off, rest);
                    if let Some(due) = self.consume_stretch(&s, end, &mut left)? {
                        return Ok(due);
                    }
                }
                cursor = end
                    .checked_mul(DAY)
                    .and_then(|s| s.checked_sub(off))
                    .ok_or_else(out_of_range)?;
                day = end;
                continue;
            }
            let found = self.for_each_interval(day, mapping, |a, b| {
                let a = a.max(cursor);
                if b <= a {
                    return None;
                }
                let avail = u64::try_from(b.saturating_sub(a)).unwrap_or(0);
                if left <= avail {
                    return a.checked_add(i64::try_from(left).ok()?);
                }
                left = left.saturating_sub(avail);
                cursor = b;
                None
            })?;
            if let Some(due) = found {
                return Ok(due);
            }
            day = day.checked_add(1).ok_or_else(out_of_range)?;
        }
    }

    /// Consumes the regular days `[from, to)` (offset `off`): the due
    /// instant if `left` runs out there, else subtracts their business time.
    fn consume_regular(
        &self,
        from: i64,
        to: i64,
        off: i64,
        left: &mut u64,
    ) -> Result<Option<i64>, Error> {
        let i0 = self.holiday_index(from);
        let i1 = self.holiday_index(to);
        let all = self.business_days(from, to, i0, i1);
        if all < *left {
            *left = left.saturating_sub(all);
            return Ok(None);
        }
        self.due_at(from, (i0, i1), self.position(from, i0), *left, off)
            .map(Some)
    }

    /// [`Calendar::consume_regular`] of the regular days of `s` up to `to`
    /// (its end, or the last supported day), from the index.
    fn consume_stretch(&self, s: &Stretch, to: i64, left: &mut u64) -> Result<Option<i64>, Error> {
        if to < s.to {
            return self.consume_regular(s.from, to, s.off, left);
        }
        if s.regular < *left {
            *left = left.saturating_sub(s.regular);
            return Ok(None);
        }
        self.due_at(s.from, s.holidays, s.pos, *left, s.off)
            .map(Some)
    }

    /// The instant `need > 0` business seconds after the start of the
    /// regular day `from` (position `start`, offset `off`), reached before
    /// the `i1`-th holiday's end or the end of the days the caller has
    /// checked it fits in; `(i0, i1)` are the holiday indexes of `from` and
    /// of that end.
    fn due_at(
        &self,
        from: i64,
        (i0, i1): (usize, usize),
        start: u64,
        need: u64,
        off: i64,
    ) -> Result<i64, Error> {
        // Positions turn the search into comparisons: the budget runs out at
        // `target`, in the first holiday k in [i0, i1) whose end reaches it,
        // or in the holiday-free days before it.
        let target = start.checked_add(need).ok_or_else(out_of_range)?;
        let ends = self.holiday_ends.get(i0..i1).ok_or_else(out_of_range)?;
        let k = i0.saturating_add(ends.partition_point(|e| *e < target));
        let (seg_start, seg_pos) = match k.checked_sub(1).filter(|p| *p >= i0) {
            Some(p) => (
                self.holidays
                    .get(p)
                    .ok_or_else(out_of_range)?
                    .day
                    .saturating_add(1),
                self.holiday_ends.get(p).copied().ok_or_else(out_of_range)?,
            ),
            None => (from, start),
        };
        let mut rest = target.saturating_sub(seg_pos);
        if let Some(h) = self.holidays.get(k).filter(|_| k < i1) {
            let free = self.nominal(seg_start, h.day);
            if free < rest {
                // Reached on the holiday itself.
                rest = rest.saturating_sub(free);
                return local_due(h.day, &h.spans, rest, off).ok_or_else(out_of_range);
            }
        }
        // Reached in the holiday-free stretch from `seg_start`: whole weeks
        // by division, then the day of the final week by the weekday
        // prefix sums (`1 <= rest <= week_total` there).
        let weeks = rest
            .saturating_sub(1)
            .checked_div(self.week_total)
            .ok_or_else(out_of_range)?;
        rest = rest.saturating_sub(weeks.saturating_mul(self.week_total));
        let weeks = i64::try_from(weeks).map_err(|_| out_of_range())?;
        let day = seg_start.saturating_add(weeks.saturating_mul(7));
        let wd = weekday_index(day);
        let base = self.prefix.get(wd).copied().ok_or_else(out_of_range)?;
        let week = self
            .prefix
            .get(wd.saturating_add(1)..=wd.saturating_add(7))
            .ok_or_else(out_of_range)?;
        // The first day of the week whose end reaches `rest`.
        let r = week.partition_point(|p| p.saturating_sub(base) < rest);
        let before = self
            .prefix
            .get(wd.saturating_add(r))
            .copied()
            .ok_or_else(out_of_range)?
            .saturating_sub(base);
        let spans = self
            .week
            .get(wd.saturating_add(r) % 7)
            .ok_or_else(out_of_range)?;
        let day = day.saturating_add(i64::try_from(r).map_err(|_| out_of_range())?);
        local_due(day, spans, rest.saturating_sub(before), off).ok_or_else(out_of_range)
    }

    /// The position of the start of `day`: the business time of the days
    /// from [`MIN_DAY`] to `day` on regular days, holidays included; `i` is
    /// `holiday_index(day)`. Differences of positions are
    /// [`Calendar::business_days`].
    fn position(&self, day: i64, i: usize) -> u64 {
        self.nominal(MIN_DAY, day)
            .saturating_sub(self.lost_prefix.get(i).copied().unwrap_or(0))
    }

    /// The positions at the end of each holiday (see `holiday_ends`); built
    /// once per calendar.
    fn index_holidays(&self) -> Vec<u64> {
        self.holidays
            .iter()
            .enumerate()
            .map(|(i, h)| self.position(h.day.saturating_add(1), i.saturating_add(1)))
            .collect()
    }

    /// Business seconds in `[a, b)`, `a <= b`.
    fn measure(&self, a: i64, b: i64) -> Result<u64, Error> {
        let first = self.local_day(a)?;
        let last = self.local_day(b)?;
        let mut cursor = a;
        let mut sum = 0u64;
        let mut day = first.checked_sub(1).ok_or_else(out_of_range)?;
        let stop = last.checked_add(1).ok_or_else(out_of_range)?;
        let mut cache = None;
        while day <= stop {
            let mapping = self.mapping(day, &mut cache);
            let inner = day > first.saturating_add(1) && day < last.saturating_sub(1);
            if let (Mapping::Fixed(off), true) = (mapping, inner) {
                // Skip whole stretches by the index; the stretch reached is
                // then taken as the walk would find it.
                let limit = last.saturating_sub(1);
                let leaves = cache.is_some_and(|c| c.0 < limit);
                if let Some((s, gained)) = leaves.then(|| self.jump_measure(day, limit)).flatten() {
                    sum = sum.saturating_add(gained);
                    cursor = s
                        .from
                        .checked_mul(DAY)
                        .and_then(|x| x.checked_sub(s.off))
                        .ok_or_else(out_of_range)?;
                    day = s.from;
                    cache = None;
                    continue;
                }
                let end = cache
                    .map_or(day, |c| c.0)
                    .min(last.saturating_sub(1))
                    .max(day.saturating_add(1));
                let i0 = self.holiday_index(day);
                let i1 = self.holiday_index(end);
                sum = sum.saturating_add(self.business_days(day, end, i0, i1));
                cursor = end
                    .checked_mul(DAY)
                    .and_then(|s| s.checked_sub(off))
                    .ok_or_else(out_of_range)?;
                day = end;
                continue;
            }
            self.for_each_interval(day, mapping, |x, y| {
                let lo = x.max(cursor);
                let hi = y.min(b);
                if hi > lo {
                    sum = sum.saturating_add(u64::try_from(hi.saturating_sub(lo)).unwrap_or(0));
                }
                cursor = cursor.max(y);
                None
            })?;
            day = day.checked_add(1).ok_or_else(out_of_range)?;
        }
        Ok(sum)
    }
}

/// The instant `rest` business seconds into `spans` of `day` (offset `off`).
fn local_due(day: i64, spans: &[Span], rest: u64, off: i64) -> Option<i64> {
    let mut rest = rest;
    for s in spans {
        let len = u64::from(s.len());
        if rest <= len {
            let local = day
                .checked_mul(DAY)?
                .checked_add(i64::from(s.start))?
                .checked_add(i64::try_from(rest).ok()?)?;
            return local.checked_sub(off);
        }
        rest = rest.saturating_sub(len);
    }
    None
}

/// Whole seconds (floor) and nanoseconds of an instant.
fn split(t: DateTime<Utc>) -> (i64, u32) {
    (t.timestamp(), t.timestamp_subsec_nanos())
}

/// The offset index behind the fast paths. Many of its mistakes would cost
/// only speed, not correctness (a day the index does not know is resolved
/// through the zone), so the public tests cannot see them; these can.
#[cfg(test)]
mod tests {
    use super::*;

    fn utc(s: &str) -> i64 {
        s.parse::<DateTime<Utc>>().unwrap().timestamp()
    }

    fn day(s: &str) -> i64 {
        day_of(s.parse().unwrap())
    }

    /// A made-up zone: offset `offsets[i].1` from UTC instant `offsets[i].0`.
    fn zone(offsets: &'static [(i64, i64)]) -> impl Fn(i64) -> Option<i64> + Copy {
        move |t| {
            offsets
                .iter()
                .rev()
                .find(|(from, _)| *from <= t)
                .map(|(_, off)| *off)
        }
    }

    #[test]
    fn the_range_and_window_constants_are_the_dates_they_name() {
        assert_eq!(MIN_DAY, day("0001-01-01"));
        assert_eq!(MAX_DAY, day("9999-12-31"));
        assert_eq!((WINDOW_START, WINDOW_END), (0, utc("2100-01-01T00:00:00Z")));
        // Two days' margin at both ends of the window.
        assert_eq!(FIRST_REGULAR_DAY, day("1970-01-03"));
        assert_eq!(END_REGULAR_DAY, day("2099-12-30"));
    }

    #[test]
    fn berlin_index_lists_each_change_with_its_instant_and_offsets() {
        let (changes, first, end) = changes(chrono_tz::Europe::Berlin);
        assert_eq!(first, 3600);
        assert_eq!(end, MAX_DAY + 1);
        let spring = Change {
            from: day("2026-03-28"),
            to: day("2026-03-31"),
            at: utc("2026-03-29T01:00:00Z"),
            before: 3600,
            after: 7200,
            single: true,
        };
        let autumn = Change {
            from: day("2026-10-24"),
            to: day("2026-10-27"),
            at: utc("2026-10-25T01:00:00Z"),
            before: 7200,
            after: 3600,
            single: true,
        };
        assert!(changes.contains(&spring), "{changes:?}");
        assert!(changes.contains(&autumn), "{changes:?}");
        // Summer time since 1980: two single changes a year to 2099.
        assert_eq!(changes.len(), 2 * (2099 - 1980 + 1));
        assert!(changes.iter().all(|c| c.single));
        assert!(changes.windows(2).all(|w| w[0].to < w[1].from));
    }

    #[test]
    fn a_zone_without_changes_has_an_empty_index() {
        assert_eq!(
            changes(chrono_tz::Asia::Tokyo),
            (Vec::new(), 9 * 3600, MAX_DAY + 1)
        );
    }

    #[test]
    fn changes_within_days_of_each_other_merge() {
        const T: i64 = 1_000_000_000; // 2001-09-09T01:46:40Z
        let (changes, first, _) = changes_by(zone(&[(0, 0), (T, 3600), (T + DAY, 7200)]));
        assert_eq!(first, 0);
        assert_eq!(
            changes,
            vec![Change {
                from: T.div_euclid(DAY) - 1,
                to: (T + DAY + 7200).div_euclid(DAY) + 2,
                at: T,
                before: 0,
                after: 7200,
                single: false,
            }]
        );
        // Ten days apart they stay two.
        let (changes, _, _) = changes_by(zone(&[(0, 0), (T, 3600), (T + 10 * DAY, 0)]));
        assert_eq!(changes.len(), 2);
        assert!(changes.iter().all(|c| c.single));
    }

    #[test]
    fn the_window_ends_in_2100() {
        let inside = changes_by(zone(&[(0, 0), (WINDOW_END - DAY, 3600)])).0;
        assert_eq!(inside.len(), 1);
        assert_eq!(inside[0].at, WINDOW_END - DAY);
        // The scan's last step ends two days into 2100.
        let after = changes_by(zone(&[(0, 0), (WINDOW_END + 3 * DAY, 3600)])).0;
        assert_eq!(after, Vec::new());
        // A change right at the end is the last one the scan looks at.
        let at_end = zone(&[(0, 0), (WINDOW_END, 3600), (WINDOW_END + DAY, 7200)]);
        let listed = changes_by(at_end).0;
        let seen: Vec<_> = listed.iter().map(|c| (c.at, c.after, c.single)).collect();
        assert_eq!(seen, [(WINDOW_END, 3600, true)]);
    }

    #[test]
    fn a_zone_that_cannot_be_probed_has_no_regular_days() {
        assert_eq!(changes_by(|_| None), (Vec::new(), 0, FIRST_REGULAR_DAY));
        assert_eq!(regular_end(|_| None), END_REGULAR_DAY);
        // Probed in the window, but not after it.
        let (_, _, end) = changes_by(|t| (t < WINDOW_END + 7 * DAY).then_some(0));
        assert_eq!(end, END_REGULAR_DAY);
    }

    #[test]
    fn regular_days_go_on_after_2100_only_if_every_sample_agrees() {
        assert_eq!(regular_end(|_| Some(3600)), MAX_DAY + 1);
        const HALF_YEAR: i64 = 182 * DAY;
        for sample in [
            WINDOW_END,
            WINDOW_END + HALF_YEAR,
            WINDOW_END + 2 * HALF_YEAR,
            WINDOW_END + 3 * HALF_YEAR,
            253_383_811_200,
        ] {
            let near = move |t: i64| Some(if (t - sample).abs() < DAY { 7200 } else { 3600 });
            assert_eq!(regular_end(near), END_REGULAR_DAY, "sample {sample}");
        }
    }

    #[test]
    fn days_map_through_the_index() {
        let cal = Calendar::standard(chrono_tz::Europe::Berlin);
        let mut cache = None;
        // A summer day: one offset until the day before the autumn change.
        assert_eq!(
            cal.mapping(day("2026-07-01"), &mut cache),
            Mapping::Fixed(7200)
        );
        assert_eq!(cache, Some((day("2026-10-24"), 7200)));
        // The cache answers for the rest of the stretch…
        assert_eq!(
            cal.mapping(day("2026-10-23"), &mut cache),
            Mapping::Fixed(7200)
        );
        // …and not past it: the change's days resolve through it.
        assert_eq!(
            cal.mapping(day("2026-10-25"), &mut cache),
            Mapping::Change(utc("2026-10-25T01:00:00Z"), 7200, 3600)
        );
        // Days near merged changes resolve through the zone.
        let mut merged = cal.clone();
        for c in &mut merged.irregular {
            c.single = false;
        }
        assert_eq!(merged.mapping(day("2026-10-25"), &mut None), Mapping::Exact);
        assert_eq!(
            merged.mapping(day("2026-07-01"), &mut None),
            Mapping::Fixed(7200)
        );
        let mut cache = None;
        assert_eq!(cal.mapping(day("1970-01-01"), &mut cache), Mapping::Exact);
        assert_eq!(
            cal.mapping(day("1970-01-05"), &mut cache),
            Mapping::Fixed(3600)
        );
        assert_eq!(cache, Some((day("1980-04-05"), 3600)));
    }

    /// Every day the index resolves agrees with the zone itself, over the
    /// days around each change an independent daily scan finds and a
    /// sample of the rest, in zones with 30-minute and whole-day changes.
    #[test]
    fn the_index_agrees_with_the_zone() {
        use chrono_tz::{America, Asia, Australia, Europe, Pacific};
        for tz in [
            Europe::Berlin,
            America::New_York,
            America::Santiago,
            Australia::Lord_Howe,
            Pacific::Apia,
            Pacific::Kiritimati,
            Asia::Kathmandu,
        ] {
            let cal = Calendar::standard(tz);
            let mut days = Vec::new();
            let mut prev = offset_at(tz, 0);
            for d in 0..WINDOW_END / DAY {
                let now = offset_at(tz, d * DAY + DAY / 2);
                if now != prev {
                    days.extend(d - 3..d + 3);
                } else if d % 61 == 0 {
                    days.push(d);
                }
                prev = now;
            }
            let mut fixed = 0;
            for d in days {
                let mapping = cal.mapping(d, &mut None);
                fixed += usize::from(matches!(mapping, Mapping::Fixed(_)));
                for secs in [0, 3600, 5400, 7200, 9000, 10_800, 43_200, 86_400] {
                    for edge in [Edge::Start, Edge::End] {
                        assert_eq!(
                            cal.resolve(d, secs, edge, mapping),
                            cal.resolve(d, secs, edge, Mapping::Exact),
                            "{tz} day {d} second {secs}"
                        );
                    }
                }
            }
            assert!(fixed > 0, "{tz}: no day mapped by the index");
        }
    }

    /// Business seconds of the standard calendar in the local days
    /// `[from, to)`: 8 hours per weekday (Berlin's changes fall at night).
    fn weekdays(from: i64, to: i64) -> u64 {
        (from..to).filter(|d| weekday_index(*d) < 5).count() as u64 * 8 * 3600
    }

    #[test]
    fn stretches_tile_the_regular_days_and_count_the_walk() {
        let tz = chrono_tz::Europe::Berlin;
        let cal = Calendar::standard(tz);
        let st = &cal.stretches;
        // One stretch before the first change and one after each.
        assert_eq!(st.len(), cal.irregular.len() + 1);
        assert_eq!(st[0].from, FIRST_REGULAR_DAY);
        assert_eq!(st.last().unwrap().to, MAX_DAY + 1);
        // Each stretch ends where a change's days begin; the next begins
        // where they end.
        for (pair, c) in st.windows(2).zip(&cal.irregular) {
            assert_eq!((pair[0].to, pair[1].from), (c.from, c.to), "{c:?}");
        }
        for s in st {
            assert_eq!(s.cum, weekdays(FIRST_REGULAR_DAY, s.from), "{s:?}");
            assert_eq!(s.regular, weekdays(s.from, s.to), "{s:?}");
            assert_eq!(Some(s.off), offset_at(tz, s.from * DAY + DAY / 2));
        }
    }

    /// A summer stretch of Berlin's standard calendar and its index.
    fn summer() -> (Calendar, usize) {
        let cal = Calendar::standard(chrono_tz::Europe::Berlin);
        let k = cal
            .stretches
            .iter()
            .position(|s| s.from <= day("2026-07-01") && day("2026-07-01") < s.to)
            .unwrap();
        (cal, k)
    }

    #[test]
    fn stretch_at_finds_the_day_and_the_time_before_it() {
        let (cal, k) = summer();
        let s = cal.stretches[k];
        let d = day("2026-07-01");
        assert_eq!(cal.stretch_at(d), Some((k, s.cum + weekdays(s.from, d))));
        assert_eq!(cal.stretch_at(s.from), Some((k, s.cum)));
        assert_eq!(cal.stretch_at(s.to - 1).map(|x| x.0), Some(k));
        // The change's own days and the days before the index: none.
        assert_eq!(cal.stretch_at(s.to), None);
        assert_eq!(cal.stretch_at(0), None);
    }

    #[test]
    fn jump_due_lands_in_the_stretch_where_the_budget_runs_out() {
        let (cal, k) = summer();
        let st = &cal.stretches;
        let d = day("2026-07-01");
        let done = st[k].cum + st[k].regular;
        // Runs out in the change's days right after the stretch: no jump.
        assert_eq!(cal.jump_due(d, 0), None);
        assert_eq!(cal.jump_due(d, st[k + 1].cum - done), None);
        // One second into the next stretch, and two stretches on.
        assert_eq!(
            cal.jump_due(d, st[k + 1].cum - done + 1),
            Some((st[k + 1], 1))
        );
        assert_eq!(
            cal.jump_due(d, st[k + 2].cum - done),
            Some((st[k + 1], st[k + 2].cum - st[k + 1].cum))
        );
        assert_eq!(
            cal.jump_due(d, st[k + 2].cum - done + 1),
            Some((st[k + 2], 1))
        );
        // Outside the index: none.
        assert_eq!(cal.jump_due(st[k].to, 1_000_000), None);
        assert_eq!(cal.jump_due(0, 1_000_000), None);
    }

    #[test]
    fn stretches_know_their_holidays_and_positions() {
        let mut spec = CalendarSpec::standard("Europe/Berlin");
        spec.holidays = vec![
            Holiday::whole(NaiveDate::from_ymd_opt(2026, 5, 1).unwrap()),
            Holiday::whole(NaiveDate::from_ymd_opt(2026, 12, 25).unwrap()),
        ];
        let cal = spec.build().unwrap();
        for s in &cal.stretches {
            let (i0, i1) = (cal.holiday_index(s.from), cal.holiday_index(s.to));
            assert_eq!(s.holidays, (i0, i1), "{s:?}");
            assert_eq!(s.pos, cal.position(s.from, i0), "{s:?}");
            assert_eq!(
                cal.position(s.to, i1) - s.pos,
                cal.business_days(s.from, s.to, i0, i1)
            );
        }
        for (i, h) in cal.holidays.iter().enumerate() {
            assert_eq!(cal.holiday_ends[i], cal.position(h.day + 1, i + 1));
        }
    }

    #[test]
    fn jump_measure_stops_at_the_last_stretch_before_the_limit() {
        let (cal, k) = summer();
        let st = &cal.stretches;
        let d = day("2026-07-01");
        let before = st[k].cum + weekdays(st[k].from, d);
        assert_eq!(cal.jump_measure(d, st[k].to), None);
        assert_eq!(
            cal.jump_measure(d, st[k + 1].from),
            Some((st[k + 1], st[k + 1].cum - before))
        );
        assert_eq!(
            cal.jump_measure(d, st[k + 2].from - 1),
            Some((st[k + 1], st[k + 1].cum - before))
        );
        assert_eq!(
            cal.jump_measure(d, st[k + 2].from),
            Some((st[k + 2], st[k + 2].cum - before))
        );
        assert_eq!(cal.jump_measure(0, st[k + 2].from), None);
    }
}
