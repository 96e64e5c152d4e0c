//! Zero heap allocations on the decision path: a counting global allocator
//! (per thread, since tests run in parallel) around `decide`, `assess`,
//! deadlines on a built calendar, and localised rendering (which allocates
//! only its output string).
//! `unsafe` is forbidden in the library, not here: a `GlobalAlloc` needs it.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use chrono::{DateTime, NaiveDate, TimeDelta, Utc};
use csp_support::i18n::Lang;
use csp_support::*;

fn at(s: &str) -> DateTime<Utc> {
    s.parse().unwrap()
}

struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<u64> = const { Cell::new(0) };
}

// SAFETY: delegates every call to the system allocator unchanged; it only
// counts allocations of the current thread.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let _ = ALLOCATIONS.try_with(|c| c.set(c.get() + 1));
        // SAFETY: same contract as the caller's.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let _ = ALLOCATIONS.try_with(|c| c.set(c.get() + 1));
        // SAFETY: same contract as the caller's.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// Allocations `f` makes on this thread.
fn allocations<R>(f: impl FnOnce() -> R) -> (u64, R) {
    let before = ALLOCATIONS.with(Cell::get);
    let r = f();
    (ALLOCATIONS.with(Cell::get) - before, r)
}

#[test]
fn counter_counts() {
    let (n, v) = allocations(|| vec![1u8; 16]);
    assert_eq!(n, 1);
    drop(v);
}

#[test]
fn decide_allocates_nothing() {
    let batch = samples::mixed_batch(256);
    for r in &batch {
        let (n, d) = allocations(|| decide(r));
        assert_eq!(d, decide(r));
        assert_eq!(n, 0, "decide allocated for {r:?}");
    }
}

#[test]
fn assess_allocates_nothing() {
    let batch = samples::mixed_batch(256);
    for r in &batch {
        let (n, a) = allocations(|| assess(r));
        assert_eq!(a, assess(r));
        assert_eq!(n, 0, "assess allocated for {r:?}");
    }
}

#[test]
fn computing_a_deadline_allocates_nothing() {
    let mut spec = CalendarSpec::standard("Europe/Berlin");
    spec.holidays = (1..=28)
        .map(|d| Holiday::whole(NaiveDate::from_ymd_opt(2026, 2, d).unwrap()))
        .collect();
    let cal = spec.build().unwrap();
    let de: LanguageTag = "de".parse().unwrap();
    let en = LanguageTag::english();
    let filed = at("2026-01-30T15:00:00.5Z");
    let now = at("2026-03-01T12:00:00Z");
    let before = ALLOCATIONS.with(Cell::get);
    for (problem, l) in [
        (ProblemKind::Technical, &en),
        (ProblemKind::Technical, &de),
        (ProblemKind::Billing, &de),
    ] {
        let d = deadline(problem, Severity::B, l, filed, &cal).unwrap();
        let _ = d.remaining_at(now, &cal).unwrap();
        let _ = d.is_overdue_at(now);
    }
    let _ = cal.business_time_between(filed, now).unwrap();
    let _ = cal
        .add_business_time(at("1950-03-01T00:00:00Z"), TimeDelta::hours(30))
        .unwrap();
    assert_eq!(ALLOCATIONS.with(Cell::get), before);
}

#[test]
fn rendering_allocates_only_the_output_string() {
    use std::fmt::Write;
    let assessments: Vec<Assessment> = samples::all().iter().map(|(_, r)| assess(r)).collect();
    // The counter sees allocations on this thread.
    let start = ALLOCATIONS.with(Cell::get);
    let probe = a_string();
    assert!(ALLOCATIONS.with(Cell::get) > start && !probe.is_empty());
    let mut out = String::with_capacity(1 << 20);
    let before = ALLOCATIONS.with(Cell::get);
    for a in &assessments {
        for &lang in Lang::ALL {
            write!(out, "{}", a.explain(lang)).unwrap();
            write!(out, "{}", a.decision.explain(lang)).unwrap();
        }
    }
    assert_eq!(ALLOCATIONS.with(Cell::get), before, "rendering allocated");
    assert!(out.len() < out.capacity());
}

#[inline(never)]
fn a_string() -> String {
    std::hint::black_box("probe").to_string()
}

#[test]
fn assess_with_calendar_allocates_nothing() {
    let cal = Calendar::standard(chrono_tz::Europe::Berlin);
    for mut r in samples::mixed_batch(128) {
        r.language = "de".parse().unwrap();
        let (n, a) = allocations(|| assess_with_calendar(&r, &cal));
        assert!(a.is_ok());
        assert_eq!(n, 0, "assess_with_calendar allocated for {r:?}");
    }
}
