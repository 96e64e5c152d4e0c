//! Deadline benchmarks on built calendars, and the scaling table of issue 5:
//! spans of an hour, a day, a month and a year, with 0, 10 and 200 holidays.
//!
//! `cargo bench --bench deadline`
//!
//! Instruction counts without criterion (a shared machine's timings are
//! noisy): `DEADLINE_CELL=<group>/<name> DEADLINE_CALLS=<n>` runs one cell
//! `n` times and exits, for `valgrind --tool=callgrind`; the difference of
//! two runs (`n` = 1 and 10,001) divided by 10,000 is the cost of one call,
//! the calendar's build cancelling out. `DEADLINE_CELL=list` names the cells.

use std::hint::black_box;

use chrono::{DateTime, Duration, NaiveDate, TimeDelta, Utc};
use criterion::{BenchmarkId, Criterion, criterion_group};
use csp_support::{Calendar, CalendarSpec, Holiday, LanguageTag, ProblemKind, Severity, deadline};

fn at(s: &str) -> DateTime<Utc> {
    s.parse().unwrap_or_default()
}

/// Mon–Fri 09:00–17:00 in Berlin with `n` whole-day holidays spread over
/// 2026 (every other weekday from January on, so they fall inside spans).
fn berlin_with_holidays(n: usize) -> Calendar {
    let mut spec = CalendarSpec::standard("Europe/Berlin");
    let start = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap_or_default();
    spec.holidays = (0..n)
        .map(|i| Holiday::whole(start + Duration::days(i64::try_from(i).unwrap_or(0) * 7 / 5 + 1)))
        .collect();
    spec.build().expect("a valid calendar")
}

fn deadlines(c: &mut Criterion) {
    let cal = berlin_with_holidays(0);
    let en = LanguageTag::english();
    let de: LanguageTag = "de".parse().expect("a tag");
    let mut g = c.benchmark_group("deadline");
    // English: wall-clock arithmetic.
    let filed = at("2026-03-11T10:00:00Z");
    g.bench_function("english_24x7", |b| {
        b.iter(|| {
            deadline(
                ProblemKind::Technical,
                Severity::B,
                black_box(&en),
                black_box(filed),
                &cal,
            )
        })
    });
    // Local language within a day.
    g.bench_function("local_within_a_day", |b| {
        b.iter(|| {
            deadline(
                ProblemKind::Technical,
                Severity::B,
                black_box(&de),
                black_box(filed),
                &cal,
            )
        })
    });
    // One business day across a weekend (RULES.md: Fri 16:00 -> Mon 16:00).
    let friday = at("2026-03-13T15:00:00Z");
    g.bench_function("one_business_day_weekend", |b| {
        b.iter(|| {
            deadline(
                ProblemKind::Billing,
                Severity::C,
                black_box(&de),
                black_box(friday),
                &cal,
            )
        })
    });
    // A budget that crosses a year of calendar with 200 holidays.
    let busy = berlin_with_holidays(200);
    let jan = at("2026-01-02T10:00:00Z");
    let year = TimeDelta::hours(8 * 250);
    g.bench_function("year_200_holidays", |b| {
        b.iter(|| busy.add_business_time(black_box(jan), black_box(year)))
    });
    g.finish();
}

/// The scaling table: business time of an hour, a day, a month and a year,
/// added on calendars with 0, 10 and 200 holidays.
fn scaling(c: &mut Criterion) {
    let mut g = c.benchmark_group("deadline_scaling");
    let filed = at("2026-01-02T10:00:00Z");
    let spans = [
        ("hour", TimeDelta::hours(1)),
        ("day", TimeDelta::hours(8)),
        ("month", TimeDelta::hours(8 * 21)),
        ("year", TimeDelta::hours(8 * 250)),
    ];
    for holidays in [0usize, 10, 200] {
        let cal = berlin_with_holidays(holidays);
        for (name, span) in spans {
            g.bench_with_input(
                BenchmarkId::new(format!("{holidays}_holidays"), name),
                &span,
                |b, span| b.iter(|| cal.add_business_time(black_box(filed), black_box(*span))),
            );
        }
    }
    g.finish();
}

/// One call of a cell, giving the due instant.
type Cell = Box<dyn Fn() -> DateTime<Utc>>;

/// Every cell of the two tables as `(name, one call)`, for the
/// instruction-count mode (the same inputs as the criterion functions).
fn cells() -> Vec<(String, Cell)> {
    let mut out: Vec<(String, Cell)> = Vec::new();
    let cal = berlin_with_holidays(0);
    let filed = at("2026-03-11T10:00:00Z");
    let friday = at("2026-03-13T15:00:00Z");
    let due = |d: Result<csp_support::Deadline, csp_support::Error>| {
        d.map(|d| d.due_utc).unwrap_or_default()
    };
    for (name, lang, kind, sev, t) in [
        (
            "english_24x7",
            "en",
            ProblemKind::Technical,
            Severity::B,
            filed,
        ),
        (
            "local_within_a_day",
            "de",
            ProblemKind::Technical,
            Severity::B,
            filed,
        ),
        (
            "one_business_day_weekend",
            "de",
            ProblemKind::Billing,
            Severity::C,
            friday,
        ),
    ] {
        let cal = cal.clone();
        let lang: LanguageTag = lang.parse().expect("a tag");
        out.push((
            format!("deadline/{name}"),
            Box::new(move || due(deadline(kind, sev, black_box(&lang), black_box(t), &cal))),
        ));
    }
    let busy = berlin_with_holidays(200);
    let jan = at("2026-01-02T10:00:00Z");
    out.push((
        "deadline/year_200_holidays".into(),
        Box::new(move || {
            busy.add_business_time(black_box(jan), black_box(TimeDelta::hours(8 * 250)))
                .unwrap_or_default()
        }),
    ));
    for holidays in [0usize, 10, 200] {
        for (name, hours) in [
            ("hour", 1),
            ("day", 8),
            ("month", 8 * 21),
            ("year", 8 * 250),
        ] {
            let cal = berlin_with_holidays(holidays);
            out.push((
                format!("deadline_scaling/{holidays}_holidays/{name}"),
                Box::new(move || {
                    cal.add_business_time(black_box(jan), black_box(TimeDelta::hours(hours)))
                        .unwrap_or_default()
                }),
            ));
        }
    }
    out
}

criterion_group!(benches, deadlines, scaling);

fn main() {
    if let Ok(cell) = std::env::var("DEADLINE_CELL") {
        let calls: u64 = std::env::var("DEADLINE_CALLS")
            .ok()
            .and_then(|n| n.parse().ok())
            .unwrap_or(1);
        for (name, call) in cells() {
            if cell == "list" {
                println!("{name}");
            } else if name == cell {
                let mut last = DateTime::<Utc>::default();
                for _ in 0..calls {
                    last = black_box(call());
                }
                println!("{name}: {last}");
            }
        }
        return;
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
}
