//! A structured business calendar, a filing instant and a request's
//! problem, severity and language → `CalendarSpec::build` → `deadline`,
//! `Deadline::remaining_at`, `Deadline::is_overdue_at`,
//! `Calendar::business_time_between`.
//!
//! Invalid parts (times of day past 24:00, inverted or overlapping
//! intervals, an empty week, holidays outside years 1–9999, a zero
//! business-day length, instants out of range) must come back as typed
//! errors, never as panics. When a deadline is computed:
//! - the due instant is not before the filing instant;
//! - the budget is what the clock says (2/4/8 hours or the business day);
//! - at filing, the time remaining is the budget (on every clock);
//! - on a business clock the business time between filing and due is the
//!   budget, and the due instant is the earliest such instant;
//! - at the due instant nothing remains and it is not overdue; a nanosecond
//!   later it is;
//! - business time is additive over a third instant;
//! - the deadline is deterministic, and the calendar's JSON form reads back
//!   as its spec.
//!
//! Built calendars are memoised by spec (see `build`).
#![no_main]

use arbitrary::Arbitrary;
use chrono::{DateTime, NaiveDate, TimeDelta, Utc};
use csp_support::{
    Calendar, CalendarSpec, Clock, Error, Holiday, Interval, LanguageTag, ProblemKind, Severity,
    TimeOfDay, WeeklyHours, deadline,
};
use libfuzzer_sys::fuzz_target;

const ZONES: &[&str] = &[
    "Europe/Berlin",
    "America/New_York",
    "Asia/Tokyo",
    "America/Santiago",
    "Australia/Lord_Howe",
    "Asia/Kathmandu",
    "Pacific/Chatham",
    "UTC",
    "Europe/Dublin",
    "Pacific/Apia",
    "Pacific/Kiritimati",
    "America/St_Johns",
    "Antarctica/Troll",
    "Africa/Casablanca",
    "Asia/Tehran",
    "America/Sao_Paulo",
    "Europe/Moscow",
    "Mars/Olympus_Mons",
];
const PROBLEMS: &[ProblemKind] = &[
    ProblemKind::Technical,
    ProblemKind::Billing,
    ProblemKind::BillingDispute,
    ProblemKind::SubscriptionManagement,
    ProblemKind::SuspectedFraud,
];
const SEVERITIES: &[Severity] = &[Severity::A, Severity::B, Severity::C];
const LANGUAGES: &[&str] = &[
    "en", "en-GB", "EN-us", "de", "de-AT", "ja", "nl", "ru", "it",
];

/// A time of day, in any of several encodings, valid or not.
#[derive(Debug, Arbitrary)]
enum RawTime {
    /// Quarter hours (0..=96 is valid).
    Quarter(u8),
    /// Seconds since midnight (0..=86400 is valid).
    Seconds(u32),
    /// Hours, minutes, seconds as given.
    Hms(u32, u32, u32),
}

impl RawTime {
    fn build(&self) -> Result<TimeOfDay, Error> {
        match *self {
            RawTime::Quarter(q) => {
                let m = u32::from(q) * 15;
                TimeOfDay::hm(m / 60, m % 60)
            }
            RawTime::Seconds(s) => TimeOfDay::hms(s / 3600, s / 60 % 60, s % 60),
            RawTime::Hms(h, m, s) => TimeOfDay::hms(h, m, s),
        }
    }
}

#[derive(Debug, Arbitrary)]
struct RawInterval {
    start: RawTime,
    end: RawTime,
}

/// A holiday date.
#[derive(Debug, Arbitrary)]
enum RawDate {
    /// Days from the common era (any i32; most are out of chrono's range).
    Ce(i32),
    /// Days from the filing day (so holidays hit the deadline's path).
    NearFiling(i8),
}

#[derive(Debug, Arbitrary)]
struct RawHoliday {
    date: RawDate,
    closed: Option<RawInterval>,
}

/// The filing instant.
#[derive(Debug, Arbitrary)]
enum RawInstant {
    /// Any UTC seconds, with nanoseconds (most are out of range).
    Raw(i64, u32),
    /// Seconds in the precomputed window 1970–2100.
    Window(u32),
    /// Seconds anywhere in years 0–10000 (edges included).
    Years(u64, u32),
}

impl RawInstant {
    fn instant(&self) -> Option<DateTime<Utc>> {
        // 0000-01-01 and 10000-01-01 in UTC seconds.
        const LO: i64 = -62_167_219_200;
        const HI: i64 = 253_402_300_800;
        match *self {
            RawInstant::Raw(s, n) => DateTime::from_timestamp(s, n % 1_000_000_000),
            RawInstant::Window(s) => DateTime::from_timestamp(i64::from(s), 0),
            RawInstant::Years(s, n) => {
                let span = u64::try_from(HI - LO).unwrap();
                let s = LO + i64::try_from(s % span).unwrap();
                DateTime::from_timestamp(s, n % 1_000_000_000)
            }
        }
    }
}

#[derive(Debug, Arbitrary)]
struct Input {
    zone: u8,
    /// Monday first; at most 4 intervals a day are used.
    week: [Vec<RawInterval>; 7],
    holidays: Vec<RawHoliday>,
    business_day_length: Option<RawTime>,
    filed: RawInstant,
    problem: u8,
    severity: u8,
    language: u8,
    /// A third instant, as an offset from the filing instant in seconds.
    probe: i32,
}

fn pick<T: Copy>(list: &[T], i: u8) -> T {
    list[usize::from(i) % list.len()]
}

/// The spec, or the typed error a bad time of day gives.
fn spec(input: &Input, filed: DateTime<Utc>) -> Result<CalendarSpec, Error> {
    let interval = |raw: &RawInterval| -> Result<Interval, Error> {
        // Built unchecked (fields are public): an inverted interval must be
        // caught by `build`.
        Ok(Interval {
            start: raw.start.build()?,
            end: raw.end.build()?,
        })
    };
    let mut hours = WeeklyHours::default();
    for (day, raw) in [
        chrono::Weekday::Mon,
        chrono::Weekday::Tue,
        chrono::Weekday::Wed,
        chrono::Weekday::Thu,
        chrono::Weekday::Fri,
        chrono::Weekday::Sat,
        chrono::Weekday::Sun,
    ]
    .into_iter()
    .zip(&input.week)
    {
        for iv in raw.iter().take(4) {
            hours.on_mut(day).push(interval(iv)?);
        }
    }
    let mut holidays = Vec::new();
    for h in input.holidays.iter().take(16) {
        let date = match h.date {
            RawDate::Ce(d) => NaiveDate::from_num_days_from_ce_opt(d),
            RawDate::NearFiling(d) => filed
                .date_naive()
                .checked_add_signed(TimeDelta::days(i64::from(d))),
        };
        let Some(date) = date else { continue };
        holidays.push(Holiday {
            date,
            closed: h.closed.as_ref().map(interval).transpose()?,
        });
    }
    Ok(CalendarSpec {
        time_zone: pick(ZONES, input.zone).to_owned(),
        hours,
        holidays,
        business_day_length: input
            .business_day_length
            .as_ref()
            .map(RawTime::build)
            .transpose()?,
    })
}

/// Built calendars by spec. Building precomputes a zone's offset changes
/// (about 20 ms under ASan), so each distinct spec is built once and reused
/// while the fuzzer mutates the rest of the input; every spec the fuzzer
/// reaches is still built (and its errors checked) once.
fn build(spec: &CalendarSpec) -> Result<Calendar, Error> {
    use std::cell::RefCell;
    use std::collections::HashMap;
    thread_local! {
        static BUILT: RefCell<HashMap<CalendarSpec, Result<Calendar, Error>>> =
            RefCell::new(HashMap::new());
    }
    BUILT.with(|built| {
        let mut built = built.borrow_mut();
        if let Some(r) = built.get(spec) {
            return r.clone();
        }
        if built.len() >= 4096 {
            built.clear();
        }
        let r = spec.build();
        built.insert(spec.clone(), r.clone());
        r
    })
}

fuzz_target!(|input: Input| {
    let Some(filed) = input.filed.instant() else {
        return;
    };
    let spec = match spec(&input, filed) {
        Ok(spec) => spec,
        Err(e) => {
            assert!(matches!(e, Error::TimeOfDay { .. }), "{e:?}");
            return;
        }
    };
    let cal = match build(&spec) {
        Ok(cal) => cal,
        Err(e) => {
            assert!(
                matches!(
                    e,
                    Error::UnknownTimeZone { .. }
                        | Error::InvertedInterval { .. }
                        | Error::OverlappingIntervals { .. }
                        | Error::NoBusinessTime
                        | Error::HolidayOutOfRange { .. }
                        | Error::BusinessDayLength { .. }
                ),
                "{e:?}"
            );
            return;
        }
    };
    // The calendar's JSON form is its spec, and reads back unchanged.
    let json = serde_json::to_string(&cal).expect("a calendar serialises");
    let again: CalendarSpec = serde_json::from_str(&json).expect("a calendar's JSON reads back");
    assert_eq!(again, spec);

    let problem = pick(PROBLEMS, input.problem);
    let severity = pick(SEVERITIES, input.severity);
    let language: LanguageTag = pick(LANGUAGES, input.language).parse().unwrap();

    let result = deadline(problem, severity, &language, filed, &cal);
    assert_eq!(
        result,
        deadline(problem, severity, &language, filed, &cal),
        "deadline is not deterministic"
    );
    let d = match result {
        Ok(d) => d,
        Err(e) => {
            assert!(matches!(e, Error::DeadlineOutOfRange), "{e:?}");
            return;
        }
    };
    let budget = d.budget();
    assert!(d.due_utc >= filed, "due before filed: {d:?}");
    assert_eq!(d.filed_at, filed);
    assert!(!d.rules.is_empty());
    assert_eq!(
        d.due_local,
        d.due_utc.with_timezone(&d.due_local.timezone())
    );
    match d.clock {
        Clock::AroundTheClock => {
            assert!(problem.is_break_fix() && language.is_english());
            assert_eq!(
                budget,
                TimeDelta::hours(i64::from(severity.response_hours()))
            );
            assert_eq!(d.due_utc - filed, budget);
        }
        Clock::BusinessHours => {
            assert!(problem.is_break_fix() && !language.is_english());
            assert_eq!(
                budget,
                TimeDelta::hours(i64::from(severity.response_hours()))
            );
        }
        Clock::OneBusinessDay => {
            assert!(!problem.is_break_fix());
            assert_eq!(budget, cal.business_day_length());
        }
        other => panic!("a clock this target does not know: {other:?}"),
    }

    // At filing the whole budget remains, on every clock.
    assert_eq!(d.remaining_at(filed, &cal), Ok(budget), "{d:?}");
    // At the due instant nothing remains and it is not yet overdue.
    assert_eq!(
        d.remaining_at(d.due_utc, &cal),
        Ok(TimeDelta::zero()),
        "{d:?}"
    );
    assert!(!d.is_overdue_at(d.due_utc));
    assert!(!d.is_overdue_at(filed));
    if let Some(after) = d.due_utc.checked_add_signed(TimeDelta::nanoseconds(1)) {
        assert!(d.is_overdue_at(after));
    }

    if d.clock.counts_business_time() {
        assert_eq!(
            cal.business_time_between(filed, d.due_utc),
            Ok(budget),
            "{d:?}"
        );
        assert_eq!(
            cal.business_time_between(d.due_utc, filed),
            Ok(-budget),
            "antisymmetry {d:?}"
        );
        // The earliest such instant: a nanosecond earlier, less has elapsed.
        if budget > TimeDelta::zero()
            && let Some(before) = d.due_utc.checked_sub_signed(TimeDelta::nanoseconds(1))
        {
            let t = cal.business_time_between(filed, before).unwrap();
            assert!(t < budget, "due is not the earliest instant: {d:?}");
        }
    }

    // Additivity over a third instant, when it is in range.
    if let Some(probe) = filed.checked_add_signed(TimeDelta::seconds(i64::from(input.probe))) {
        let ab = cal.business_time_between(filed, probe);
        let bc = cal.business_time_between(probe, d.due_utc);
        if let (Ok(ab), Ok(bc)) = (ab, bc) {
            assert_eq!(
                ab + bc,
                budget_between(&cal, filed, d.due_utc),
                "additivity {d:?}"
            );
        }
        let r = d.remaining_at(probe, &cal);
        if d.clock == Clock::AroundTheClock {
            assert_eq!(r, Ok(d.due_utc - probe));
        }
        if let Ok(r) = r {
            assert_eq!(d.is_overdue_at(probe), probe > d.due_utc);
            if probe > d.due_utc {
                assert!(r <= TimeDelta::zero());
            } else {
                assert!(r >= TimeDelta::zero());
            }
        }
    }
});

fn budget_between(cal: &Calendar, a: DateTime<Utc>, b: DateTime<Utc>) -> TimeDelta {
    cal.business_time_between(a, b).unwrap()
}
