//! The calendar as configured: [`CalendarSpec`], its serde forms and its
//! validation into a [`Calendar`].

use super::*;

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
pub(super) fn day<'de, D: serde::Deserializer<'de>, const W: usize>(
    d: D,
) -> Result<Vec<Interval>, D::Error> {
    let intervals = <Vec<Interval> as serde::Deserialize>::deserialize(d)?;
    let weekday = WEEKDAYS.get(W).copied().unwrap_or(Weekday::Mon);
    normalise(weekday, &intervals).map_err(serde::de::Error::custom)?;
    Ok(intervals)
}

/// A holiday's date, checked against the supported range.
#[cfg(feature = "serde")]
pub(super) fn holiday_date<'de, D: serde::Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
    let date = <NaiveDate as serde::Deserialize>::deserialize(d)?;
    if (MIN_DAY..=MAX_DAY).contains(&day_of(date)) {
        Ok(date)
    } else {
        Err(serde::de::Error::custom(Error::HolidayOutOfRange { date }))
    }
}

/// A time-zone name the compiled-in IANA database knows.
#[cfg(feature = "serde")]
pub(super) fn known_zone<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    let name = <String as serde::Deserialize>::deserialize(d)?;
    match name.parse::<Tz>() {
        Ok(_) => Ok(name),
        Err(_) => Err(serde::de::Error::custom(Error::UnknownTimeZone { name })),
    }
}

/// Weekly hours with some business time (each interval is non-empty).
#[cfg(feature = "serde")]
pub(super) fn some_business_time<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<WeeklyHours, D::Error> {
    let hours = <WeeklyHours as serde::Deserialize>::deserialize(d)?;
    if WEEKDAYS.iter().all(|wd| hours.on(*wd).is_empty()) {
        return Err(serde::de::Error::custom(Error::NoBusinessTime));
    }
    Ok(hours)
}

/// A business-day length other than zero.
#[cfg(feature = "serde")]
pub(super) fn day_length<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<Option<TimeOfDay>, D::Error> {
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

pub(super) const STANDARD_HOURS: Interval = Interval {
    start: TimeOfDay(9 * 3600),
    end: TimeOfDay(17 * 3600),
};

pub(super) const WEEKDAYS: [Weekday; 7] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
    Weekday::Sun,
];

pub(super) fn total(spans: &[Span]) -> u32 {
    spans.iter().map(|s| s.len()).fold(0, u32::saturating_add)
}

/// Sorts, checks and merges one weekday's intervals.
pub(super) fn normalise(day: Weekday, intervals: &[Interval]) -> Result<Vec<Span>, Error> {
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
pub(super) fn subtract(spans: &[Span], closed: Span) -> Vec<Span> {
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
