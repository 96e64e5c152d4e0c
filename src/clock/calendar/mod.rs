//! Business calendars: an IANA time zone, weekly business hours and holidays,
//! validated once and then asked clock questions without allocating. The
//! rules of the clock are documented on [`Calendar`].
//!
//! Here the public types; the spec and its validation in `spec`, what a
//! calendar precomputes (offset changes, stretches, holiday positions) and
//! how a day maps to UTC in `index`, deadlines and business time between
//! instants in `measure`.

use core::fmt;
use core::str::FromStr;

use chrono::{
    DateTime, Datelike, LocalResult, NaiveDate, NaiveDateTime, Offset, TimeDelta, TimeZone, Utc,
    Weekday,
};
use chrono_tz::{GapInfo, Tz};

use crate::Error;

mod index;
mod measure;
mod spec;

use index::{Change, changes, offset_at};
pub use spec::CalendarSpec;
#[cfg(feature = "serde")]
use spec::{day, holiday_date};

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

/// Days since 1970-01-01 of a date.
fn day_of(date: NaiveDate) -> i64 {
    i64::from(date.num_days_from_ce()).saturating_sub(CE_TO_EPOCH)
}

/// The UTC instant at which local `day` begins under offset `off`
/// (seconds east of UTC); `None` on overflow.
fn day_start(day: i64, off: i64) -> Option<i64> {
    day.checked_mul(DAY)?.checked_sub(off)
}

/// Monday = 0 … Sunday = 6 (1970-01-01 was a Thursday).
fn weekday_index(day: i64) -> usize {
    usize::try_from(day.saturating_add(3).rem_euclid(7)).unwrap_or(0)
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
/// and at most a few days resolved one by one (`BENCHMARKS.md` has the
/// figures).
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
/// resolves only the days near its two ends. An instant in a regular day
/// has a *coordinate*, the indexed business time before it (its run's,
/// the days of its run before its own, the part of its day before it):
/// business time between two such instants is a subtraction, and a
/// deadline from one is the instant whose coordinate is the start's plus
/// the budget, so an hour costs what a decade costs; only a deadline that
/// falls on a day near an offset change resolves that day. Inside a run a
/// deadline's day is found without walking: each holiday's *position* (the
/// business time from year 1 to its end, offset changes aside) is
/// precomputed, so the holiday where a budget runs out is one binary
/// search, whole weeks are a division and the day of the final week a
/// search in the weekday prefix sums.
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
    /// The UTC instant at which `from` begins.
    utc: i64,
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
}
