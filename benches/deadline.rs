//! Deadline benchmarks on built calendars, and the scaling table of issue 5:
//! spans of an hour, a day, a month and a year, with 0, 10 and 200 holidays.
//!
//! `cargo bench --bench deadline`

use std::hint::black_box;

use chrono::{DateTime, Duration, NaiveDate, TimeDelta, Utc};
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
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

criterion_group!(benches, deadlines, scaling);
criterion_main!(benches);
