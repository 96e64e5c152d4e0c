//! Properties of deadlines and business time, and a differential test
//! against a naive reference that walks the calendar minute by minute.
//!
//! Generators keep every interval boundary on a whole local minute and use
//! zones whose offsets (and changes) are whole minutes since 1970, so each
//! UTC minute is wholly inside or outside business time; filing instants and
//! budgets are at any second, and the reference handles the partial first
//! and last minute exactly. The two must agree on every case.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Datelike, LocalResult, NaiveDate, TimeDelta, TimeZone, Utc, Weekday};
use chrono_tz::Tz;
use csp_support::*;
use proptest::prelude::*;

const ZONES: &[&str] = &[
    "Europe/Berlin",
    "America/New_York",
    "Asia/Tokyo",
    "Australia/Sydney",
    "Australia/Lord_Howe", // 30-minute DST
    "America/St_Johns",    // -03:30 with DST
    "Asia/Kathmandu",      // +05:45
    "Pacific/Chatham",     // +12:45 with DST
    "America/Santiago",    // changes at midnight
    "America/Sao_Paulo",
    "Europe/London",
    "Asia/Tehran", // changed at midnight until 2022
    "UTC",
];

const WEEKDAYS: [Weekday; 7] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
    Weekday::Sun,
];

fn minute(m: u32) -> TimeOfDay {
    TimeOfDay::hm(m / 60, m % 60).unwrap()
}

/// 0–3 non-overlapping intervals on whole minutes.
fn arb_day() -> impl Strategy<Value = Vec<Interval>> {
    prop_oneof![
        1 => Just(Vec::new()),
        3 => proptest::collection::btree_set(arb_minute(), 2..=6).prop_map(|points| {
            let p: Vec<u32> = points.into_iter().collect();
            p.chunks_exact(2)
                .map(|c| Interval::new(minute(c[0]), minute(c[1])).unwrap())
                .collect()
        }),
    ]
}

/// A minute of the day, half the time one where clocks change somewhere
/// (00:00–04:00, 23:00–24:00).
fn arb_minute() -> impl Strategy<Value = u32> {
    prop_oneof![
        0u32..=1440,
        prop::sample::select(vec![
            0u32, 30, 60, 90, 120, 150, 180, 210, 240, 1380, 1410, 1440
        ]),
    ]
}

fn arb_hours() -> impl Strategy<Value = WeeklyHours> {
    proptest::collection::vec(arb_day(), 7).prop_filter_map("no business time", |days| {
        if days.iter().all(Vec::is_empty) {
            return None;
        }
        let mut h = WeeklyHours::default();
        for (wd, d) in WEEKDAYS.iter().zip(days) {
            *h.on_mut(*wd) = d;
        }
        Some(h)
    })
}

/// A filing instant at any second: anywhere in 1995–2045, in the months of
/// DST changes, or around the ends of the precomputed window (1970, 2100).
fn arb_filed(tz: Tz) -> impl Strategy<Value = i64> {
    let ts = |y0: i32, y1: i32| {
        let a = NaiveDate::from_ymd_opt(y0, 1, 1).unwrap();
        let b = NaiveDate::from_ymd_opt(y1, 1, 1).unwrap();
        a.and_hms_opt(0, 0, 0).unwrap().and_utc().timestamp()
            ..b.and_hms_opt(0, 0, 0).unwrap().and_utc().timestamp()
    };
    prop_oneof![
        3 => ts(1995, 2045),
        4 => (1995i32..2045, prop::sample::select(vec![3u32, 4, 9, 10, 11]), 1u32..=28, 0i64..86_400)
            .prop_map(|(y, m, d, s)| {
                NaiveDate::from_ymd_opt(y, m, d).unwrap().and_hms_opt(0, 0, 0).unwrap()
                    .and_utc().timestamp() + s
            }),
        1 => ts(1969, 1971),
        1 => ts(2099, 2101),
        6 => (1996i32..2044, 0usize..4, 0i64..(5 * 86_400), 0i64..86_400)
            .prop_map(move |(y, k, back, fallback)| {
                let tr = transitions(tz, y);
                match tr.get(k % tr.len().max(1)) {
                    Some(t) => t - back,
                    None => NaiveDate::from_ymd_opt(y, 3, 1).unwrap().and_hms_opt(0, 0, 0)
                        .unwrap().and_utc().timestamp() + fallback,
                }
            }),
    ]
}

fn offset(tz: Tz, s: i64) -> i32 {
    use chrono::Offset;
    tz.offset_from_utc_datetime(&utc(s).naive_utc())
        .fix()
        .local_minus_utc()
}

/// The offset changes of `tz` in `year`, to the second.
fn transitions(tz: Tz, year: i32) -> Vec<i64> {
    let start = NaiveDate::from_ymd_opt(year, 1, 1)
        .unwrap()
        .and_hms_opt(0, 0, 0)
        .unwrap()
        .and_utc()
        .timestamp();
    let mut out = Vec::new();
    for d in 0..366 {
        let (mut lo, mut hi) = (start + d * 86_400, start + (d + 1) * 86_400);
        if offset(tz, lo) == offset(tz, hi) {
            continue;
        }
        let o = offset(tz, lo);
        while hi - lo > 1 {
            let mid = (lo + hi) / 2;
            if offset(tz, mid) == o {
                lo = mid
            } else {
                hi = mid
            }
        }
        out.push(hi);
    }
    out
}

#[derive(Debug, Clone)]
struct Case {
    spec: CalendarSpec,
    filed: i64,
    budget: i64,
}

fn arb_case() -> impl Strategy<Value = Case> {
    prop::sample::select(ZONES).prop_flat_map(|zone| {
        let tz: Tz = zone.parse().unwrap();
        (
            Just(zone),
            arb_hours(),
            arb_filed(tz),
            proptest::collection::vec(
                (
                    -2i64..21,
                    prop::option::weighted(0.4, (0u32..1440, 1u32..=720)),
                ),
                0..6,
            ),
            1i64..=(10 * 3600),
        )
            .prop_map(|(zone, hours, filed, hol, budget)| {
                let tz: Tz = zone.parse().unwrap();
                let day0 = DateTime::from_timestamp(filed, 0)
                    .unwrap()
                    .with_timezone(&tz)
                    .date_naive();
                let holidays = hol
                    .into_iter()
                    .map(|(off, closed)| Holiday {
                        date: day0 + TimeDelta::days(off),
                        closed: closed.map(|(s, len)| {
                            Interval::new(minute(s), minute((s + len).min(1440))).unwrap()
                        }),
                    })
                    .collect();
                Case {
                    spec: CalendarSpec {
                        time_zone: zone.into(),
                        hours,
                        holidays,
                        business_day_length: None,
                    },
                    filed,
                    budget,
                }
            })
    })
}

fn weekly_secs(h: &WeeklyHours) -> i64 {
    WEEKDAYS
        .iter()
        .flat_map(|wd| h.on(*wd))
        .map(|iv| i64::from(iv.end.seconds() - iv.start.seconds()))
        .sum()
}

fn utc(s: i64) -> DateTime<Utc> {
    DateTime::from_timestamp(s, 0).unwrap()
}

// --- The naive reference --------------------------------------------------

/// Business time as a set of instants, straight from RULES.md: for each
/// local date, its intervals (holidays applied), each boundary resolved
/// through the zone (gap → first instant after it; fold → earlier start,
/// later end); an instant is business time when some interval of its date
/// or a neighbouring date holds it.
struct Reference {
    tz: Tz,
    week: HashMap<Weekday, Vec<(u32, u32)>>,
    holidays: BTreeMap<NaiveDate, Vec<Option<(u32, u32)>>>,
    cache: RefCell<HashMap<NaiveDate, Vec<(i64, i64)>>>,
}

impl Reference {
    fn new(spec: &CalendarSpec) -> Reference {
        let mut holidays: BTreeMap<NaiveDate, Vec<_>> = BTreeMap::new();
        for h in &spec.holidays {
            holidays
                .entry(h.date)
                .or_default()
                .push(h.closed.map(|c| (c.start.seconds(), c.end.seconds())));
        }
        Reference {
            tz: spec.time_zone.parse().unwrap(),
            week: WEEKDAYS
                .iter()
                .map(|wd| {
                    let spans = spec
                        .hours
                        .on(*wd)
                        .iter()
                        .map(|iv| (iv.start.seconds(), iv.end.seconds()))
                        .collect();
                    (*wd, spans)
                })
                .collect(),
            holidays,
            cache: RefCell::new(HashMap::new()),
        }
    }

    fn local_spans(&self, date: NaiveDate) -> Vec<(u32, u32)> {
        let mut spans = self.week[&date.weekday()].clone();
        for closed in self.holidays.get(&date).into_iter().flatten() {
            let (cs, ce) = closed.unwrap_or((0, 86_400));
            spans = spans
                .into_iter()
                .flat_map(|(s, e)| [(s, e.min(cs)), (s.max(ce), e)])
                .filter(|(s, e)| s < e)
                .collect();
        }
        spans
    }

    fn local_secs(&self, x: i64) -> i64 {
        utc(x)
            .with_timezone(&self.tz)
            .naive_local()
            .and_utc()
            .timestamp()
    }

    fn resolve(&self, date: NaiveDate, secs: u32, start: bool) -> i64 {
        let naive = date.and_hms_opt(0, 0, 0).unwrap() + TimeDelta::seconds(i64::from(secs));
        match self.tz.from_local_datetime(&naive) {
            LocalResult::Single(t) => t.timestamp(),
            LocalResult::Ambiguous(a, b) => {
                if start {
                    a.timestamp()
                } else {
                    b.timestamp()
                }
            }
            LocalResult::None => {
                // The first instant whose wall-clock time is at or after it.
                let want = naive.and_utc().timestamp();
                let mut u = want - 86_400;
                while self.local_secs(u) < want {
                    u += 60;
                }
                while self.local_secs(u - 1) >= want {
                    u -= 1;
                }
                u
            }
        }
    }

    fn utc_spans(&self, date: NaiveDate) -> Vec<(i64, i64)> {
        if let Some(v) = self.cache.borrow().get(&date) {
            return v.clone();
        }
        let v: Vec<(i64, i64)> = self
            .local_spans(date)
            .into_iter()
            .map(|(s, e)| (self.resolve(date, s, true), self.resolve(date, e, false)))
            .collect();
        self.cache.borrow_mut().insert(date, v.clone());
        v
    }

    fn is_business(&self, x: i64) -> bool {
        let d = utc(x).with_timezone(&self.tz).date_naive();
        [d.pred_opt().unwrap(), d, d.succ_opt().unwrap()]
            .into_iter()
            .any(|dd| self.utc_spans(dd).iter().any(|&(a, b)| a <= x && x < b))
    }

    /// Walks minute by minute (a partial first minute) until `budget`
    /// business seconds have passed.
    fn due(&self, filed: i64, budget: i64) -> i64 {
        let (mut t, mut acc) = (filed, 0);
        loop {
            let next = (t.div_euclid(60) + 1) * 60;
            if self.is_business(t) {
                if acc + (next - t) >= budget {
                    return t + (budget - acc);
                }
                acc += next - t;
            }
            t = next;
        }
    }

    fn between(&self, a: i64, b: i64) -> i64 {
        let (mut t, mut acc) = (a, 0);
        while t < b {
            let next = ((t.div_euclid(60) + 1) * 60).min(b);
            if self.is_business(t) {
                acc += next - t;
            }
            t = next;
        }
        acc
    }
}

fn lang(s: &str) -> LanguageTag {
    s.parse().unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 160, ..ProptestConfig::default() })]

    /// The calendar and the minute-walking reference agree on the due
    /// instant and on business time between filing and any later instant.
    #[test]
    fn differential_against_the_minute_walk(case in arb_case(), probe in 0i64..(3 * 7 * 86_400)) {
        prop_assume!(weekly_secs(&case.spec.hours) * 3 >= case.budget);
        let cal = case.spec.build().unwrap();
        let reference = Reference::new(&case.spec);
        let due = cal.add_business_time(utc(case.filed), TimeDelta::seconds(case.budget)).unwrap();
        prop_assert_eq!(due.timestamp(), reference.due(case.filed, case.budget));
        prop_assert_eq!(due.timestamp_subsec_nanos(), 0);
        let until = case.filed + probe;
        prop_assert_eq!(
            cal.business_time_between(utc(case.filed), utc(until)).unwrap().num_seconds(),
            reference.between(case.filed, until)
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn due_is_never_before_filing(case in arb_case(), nanos in 0u32..1_000_000_000) {
        let cal = case.spec.build().unwrap();
        let filed = DateTime::from_timestamp(case.filed, nanos).unwrap();
        for problem in [ProblemKind::Technical, ProblemKind::Billing] {
            for l in ["en", "de"] {
                let d = deadline(problem, Severity::C, &lang(l), filed, &cal).unwrap();
                prop_assert!(d.due_utc >= filed);
                prop_assert!(!d.is_overdue_at(filed));
            }
        }
    }

    #[test]
    fn severity_a_is_due_no_later_than_b_no_later_than_c(case in arb_case(), nanos in 0u32..1_000_000_000) {
        let cal = case.spec.build().unwrap();
        let filed = DateTime::from_timestamp(case.filed, nanos).unwrap();
        for l in ["en", "ja"] {
            let due = |s| deadline(ProblemKind::Technical, s, &lang(l), filed, &cal).unwrap().due_utc;
            let (a, b, c) = (due(Severity::A), due(Severity::B), due(Severity::C));
            prop_assert!(a <= b && b <= c, "{} {} {} {}", l, a, b, c);
        }
    }

    #[test]
    fn english_due_is_filing_plus_budget_exactly(case in arb_case(), nanos in 0u32..1_000_000_000) {
        let cal = case.spec.build().unwrap();
        let filed = DateTime::from_timestamp(case.filed, nanos).unwrap();
        for s in [Severity::A, Severity::B, Severity::C] {
            let d = deadline(ProblemKind::Technical, s, &lang("en-US"), filed, &cal).unwrap();
            prop_assert_eq!(d.due_utc, filed + TimeDelta::hours(i64::from(s.response_hours())));
            prop_assert_eq!(d.remaining_at(filed, &cal).unwrap(), d.budget());
        }
    }

    #[test]
    fn business_time_from_filing_to_a_business_due_is_the_budget(case in arb_case(), nanos in 0u32..1_000_000_000) {
        let cal = case.spec.build().unwrap();
        let filed = DateTime::from_timestamp(case.filed, nanos).unwrap();
        for (problem, l) in [(ProblemKind::Technical, "de"), (ProblemKind::Billing, "en")] {
            let d = deadline(problem, Severity::B, &lang(l), filed, &cal).unwrap();
            prop_assert_eq!(cal.business_time_between(filed, d.due_utc).unwrap(), d.budget());
            prop_assert_eq!(d.remaining_at(filed, &cal).unwrap(), d.budget());
            prop_assert_eq!(d.remaining_at(d.due_utc, &cal).unwrap(), TimeDelta::zero());
            // The due instant is the earliest: a nanosecond before, time is left.
            let before = d.due_utc - TimeDelta::nanoseconds(1);
            prop_assert!(cal.business_time_between(filed, before).unwrap() < d.budget());
        }
    }

    #[test]
    fn adding_a_holiday_never_makes_a_deadline_earlier(
        case in arb_case(),
        off in -1i64..21,
        closed in prop::option::of((0u32..1440, 1u32..=720)),
    ) {
        let cal = case.spec.build().unwrap();
        let mut more = case.spec.clone();
        let day0 = utc(case.filed).with_timezone(&cal.time_zone()).date_naive();
        more.holidays.push(Holiday {
            date: day0 + TimeDelta::days(off),
            closed: closed.map(|(s, len)| Interval::new(minute(s), minute((s + len).min(1440))).unwrap()),
        });
        let cal2 = more.build().unwrap();
        let budget = TimeDelta::seconds(case.budget);
        let a = cal.add_business_time(utc(case.filed), budget).unwrap();
        let b = cal2.add_business_time(utc(case.filed), budget).unwrap();
        prop_assert!(a <= b, "{} > {}", a, b);
    }

    #[test]
    fn business_time_is_additive_over_consecutive_intervals(
        case in arb_case(),
        x in 0i64..(40 * 86_400),
        y in 0i64..(40 * 86_400),
        na in 0u32..1_000_000_000,
        nb in 0u32..1_000_000_000,
        nc in 0u32..1_000_000_000,
    ) {
        let cal = case.spec.build().unwrap();
        let a = DateTime::from_timestamp(case.filed, na).unwrap();
        let b = DateTime::from_timestamp(case.filed + x.min(y), nb).unwrap();
        let c = DateTime::from_timestamp(case.filed + x.max(y), nc).unwrap();
        let ab = cal.business_time_between(a, b).unwrap();
        let bc = cal.business_time_between(b, c).unwrap();
        let ac = cal.business_time_between(a, c).unwrap();
        prop_assert_eq!(ab + bc, ac);
        prop_assert_eq!(cal.business_time_between(c, a).unwrap(), -ac);
    }
}

/// Spans of most of a year, across both offset changes and holidays, agree
/// with the minute walk too (one fixed case per zone: the walk is slow).
#[test]
fn year_long_spans_agree_with_the_minute_walk() {
    for zone in [
        "Europe/Berlin",
        "America/New_York",
        "Asia/Tokyo",
        "Australia/Lord_Howe",
    ] {
        let mut spec = CalendarSpec::standard(zone);
        spec.hours = WeeklyHours::default();
        // 8 minutes on Mondays, 5 on Sunday nights where clocks change.
        spec.hours.monday = vec![Interval::new(minute(540), minute(548)).unwrap()];
        spec.hours.sunday = vec![Interval::new(minute(118), minute(123)).unwrap()];
        spec.holidays = (0..10)
            .map(|k| {
                Holiday::whole(
                    NaiveDate::from_ymd_opt(2026, 1, 5).unwrap() + TimeDelta::weeks(3 * k),
                )
            })
            .collect();
        let cal = spec.build().unwrap();
        let reference = Reference::new(&spec);
        let filed = NaiveDate::from_ymd_opt(2026, 1, 3)
            .unwrap()
            .and_hms_opt(7, 11, 13)
            .unwrap()
            .and_utc()
            .timestamp();
        let budget = 8 * 3600;
        let due = cal
            .add_business_time(utc(filed), TimeDelta::seconds(budget))
            .unwrap();
        assert_eq!(due.timestamp(), reference.due(filed, budget), "{zone}");
        assert!(due.timestamp() - filed > 200 * 86_400, "{zone}: {due}");
        assert_eq!(
            cal.business_time_between(utc(filed), due)
                .unwrap()
                .num_seconds(),
            reference.between(filed, due.timestamp()),
            "{zone}"
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    /// Budgets of up to two years across up to 250 holidays (whole and
    /// partial), where the deadline jumps through the calendar's index and
    /// finds the holiday and the day of the final week where the budget runs
    /// out: the business time from filing to the due instant is the budget,
    /// and a second before it some is still left.
    #[test]
    fn long_budgets_across_many_holidays_end_exactly(
        case in arb_case(),
        hol in proptest::collection::vec(
            (0i64..800, prop::option::weighted(0.3, (0u32..1440, 1u32..=720))),
            0..250,
        ),
        weeks in 0i64..104,
        extra in 1i64..(7 * 86_400),
    ) {
        let mut spec = case.spec.clone();
        let day0 = utc(case.filed).with_timezone(&spec.time_zone.parse::<Tz>().unwrap()).date_naive();
        spec.holidays.extend(hol.into_iter().map(|(off, closed)| Holiday {
            date: day0 + TimeDelta::days(off),
            closed: closed.map(|(s, len)| Interval::new(minute(s), minute((s + len).min(1440))).unwrap()),
        }));
        let cal = spec.build().unwrap();
        let budget = TimeDelta::seconds(weeks * weekly_secs(&spec.hours) + extra % weekly_secs(&spec.hours).max(1) + 1);
        let filed = utc(case.filed);
        let due = cal.add_business_time(filed, budget).unwrap();
        prop_assert_eq!(cal.business_time_between(filed, due).unwrap(), budget);
        let before = due - TimeDelta::seconds(1);
        prop_assert_eq!(cal.business_time_between(filed, before).unwrap(), budget - TimeDelta::seconds(1));
    }
}
