//! Memory stays within a small multiple of the input, on the valid path and
//! on every error path (issue 14: 10 MB of input took 508 MB when an error
//! was read again as a `serde_json::Value`). A global allocator tracks the
//! bytes live on the current thread and their peak, so the figures are
//! deterministic and independent of tests running beside this one.
//! `unsafe` is forbidden in the library, not here: a `GlobalAlloc` needs it.

#![cfg(feature = "serde")]

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use csp_support::scenario::run_scenarios;
use csp_support::*;
use serde_json::{Value, json};

struct Tracking;

thread_local! {
    static LIVE: Cell<isize> = const { Cell::new(0) };
    static PEAK: Cell<isize> = const { Cell::new(0) };
}

fn grow(by: isize) {
    let _ = LIVE.try_with(|live| {
        let now = live.get() + by;
        live.set(now);
        let _ = PEAK.try_with(|peak| peak.set(peak.get().max(now)));
    });
}

// SAFETY: delegates every call to the system allocator unchanged; it only
// counts the bytes of the current thread.
unsafe impl GlobalAlloc for Tracking {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        grow(layout.size() as isize);
        // SAFETY: same contract as the caller's.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        grow(-(layout.size() as isize));
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        grow(new_size as isize - layout.size() as isize);
        // SAFETY: same contract as the caller's.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Tracking = Tracking;

/// The most bytes `f` had allocated at once on this thread, beyond what
/// was live before it.
fn peak_of<R>(f: impl FnOnce() -> R) -> (usize, R) {
    let before = LIVE.with(Cell::get);
    PEAK.with(|p| p.set(before));
    let r = f();
    let peak = PEAK.with(Cell::get) - before;
    (usize::try_from(peak).unwrap_or(0), r)
}

const TEN_MB: usize = 10 * 1024 * 1024;
/// The bound of issue 14: 10 MB of input, at most 100 MB.
const HUNDRED_MB: usize = 100 * 1024 * 1024;

fn base() -> Value {
    serde_json::to_value(samples::direct_partner_azure()).unwrap()
}

/// A calendar of whole-day holidays filling about `bytes` of JSON.
fn calendar_of(bytes: usize) -> String {
    let holiday = r#"{"date":"2000-01-01"},"#;
    let n = bytes / holiday.len();
    let mut holidays = String::with_capacity(bytes + 64);
    holidays.push('[');
    for i in 0..n {
        // Distinct dates over the years 2000–2999 (day 1 to 28 of a month).
        let (y, m, d) = (2000 + i / 336 % 1000, 1 + i / 28 % 12, 1 + i % 28);
        holidays.push_str(&format!(r#"{{"date":"{y:04}-{m:02}-{d:02}"}},"#));
    }
    holidays.pop();
    holidays.push(']');
    format!(
        r#"{{"time_zone":"Europe/Berlin","hours":{{"monday":[{{"start":"09:00","end":"17:00"}}]}},"holidays":{holidays}}}"#
    )
}

/// A list of `bytes` of small numbers: the form that costs most as a
/// `serde_json::Value` (32 bytes and more per two bytes of text).
fn numbers(bytes: usize) -> String {
    let mut s = String::with_capacity(bytes + 2);
    s.push('[');
    s.push_str(&"0,".repeat(bytes / 2));
    s.pop();
    s.push(']');
    s
}

fn assert_bounded(what: &str, input: &str, peak: usize) {
    eprintln!(
        "{what}: {:.1} MB at peak for {:.1} MB of input",
        peak as f64 / 1048576.0,
        input.len() as f64 / 1048576.0
    );
    assert!(input.len() >= TEN_MB, "{what}: only {} bytes", input.len());
    assert!(
        peak <= HUNDRED_MB,
        "{what}: {} MB at peak for {} MB of input",
        peak / (1024 * 1024),
        input.len() / (1024 * 1024)
    );
}

#[test]
fn the_tracker_counts_bytes() {
    let (peak, v) = peak_of(|| vec![0u8; 1 << 20]);
    assert!((1 << 20..1 << 21).contains(&peak), "{peak}");
    drop(v);
}

#[test]
fn valid_input_of_10_mb() {
    // A request beside a 10 MB calendar (about 480,000 holidays), read and
    // built.
    let calendar = calendar_of(TEN_MB);
    let input = format!(r#"{{"request":{},"calendar":{calendar}}}"#, base());
    let (peak, parsed) = peak_of(|| AssessInput::from_json(&input).map(drop));
    parsed.unwrap();
    assert_bounded("valid wrapped input", &input, peak);
}

#[test]
fn a_number_for_an_enum_after_10_mb() {
    // The error is re-read for the accepted values.
    let mut doc = base();
    doc["severity"] = json!(2);
    let input = format!(r#"{{"calendar":{},"request":{doc}}}"#, calendar_of(TEN_MB));
    let (peak, e) = peak_of(|| AssessInput::from_json(&input).unwrap_err());
    let Error::Json { path, message } = e else {
        panic!("{e:?}")
    };
    assert_eq!(path, "request.severity");
    assert!(message.contains("accepted: one of `A`"), "{message}");
    assert_bounded("a number for an enum", &input, peak);
}

#[test]
fn a_10_mb_list_for_an_enum() {
    let input = base().to_string().replace(
        "\"severity\":\"b\"",
        &format!("\"severity\":{}", numbers(TEN_MB)),
    );
    let (peak, e) = peak_of(|| Request::from_json(&input).unwrap_err());
    let Error::Json { path, message } = e else {
        panic!("{e:?}")
    };
    assert_eq!(path, "severity");
    assert!(message.starts_with("invalid type: a list"), "{message}");
    assert_bounded("a list for an enum", &input, peak);
}

#[test]
fn an_error_inside_the_tenant_after_10_mb() {
    // The tenant is re-read for the path below it.
    let mut doc = base();
    doc["tenant"]["gdap"]["status"] = json!("live");
    let input = format!(r#"{{"calendar":{},"request":{doc}}}"#, calendar_of(TEN_MB));
    let (peak, e) = peak_of(|| AssessInput::from_json(&input).unwrap_err());
    let Error::Json { path, .. } = e else {
        panic!("{e:?}")
    };
    assert_eq!(path, "request.tenant.gdap.status");
    assert_bounded("an error inside the tenant", &input, peak);
}

#[test]
fn an_unknown_field_with_a_10_mb_list_of_numbers() {
    let input = base()
        .to_string()
        .replacen('{', &format!("{{\"padding\":{},", numbers(TEN_MB)), 1);
    let (peak, e) = peak_of(|| AssessInput::from_json(&input).unwrap_err());
    let Error::Json { path, .. } = e else {
        panic!("{e:?}")
    };
    assert_eq!(path, "padding");
    assert_bounded("an unknown field", &input, peak);
}

#[test]
fn a_10_mb_string_for_an_enum() {
    let input = base().to_string().replace(
        "\"workload\":\"azure\"",
        &format!("\"workload\":\"{}\"", "a ".repeat(TEN_MB / 2)),
    );
    let (peak, e) = peak_of(|| Request::from_json(&input).unwrap_err());
    assert!(e.to_string().len() < 1_500);
    assert_bounded("a string for an enum", &input, peak);
}

#[test]
fn a_bad_calendar_after_10_mb_of_holidays() {
    // The last holiday is out of range.
    let mut calendar = calendar_of(TEN_MB);
    calendar.insert_str(calendar.len() - "]}".len(), r#",{"date":"+10000-01-01"}"#);
    let input = format!(r#"{{"request":{},"calendar":{calendar}}}"#, base());
    let (peak, e) = peak_of(|| AssessInput::from_json(&input).unwrap_err());
    let Error::Json { path, .. } = e else {
        panic!("{e:?}")
    };
    assert!(
        path.starts_with("calendar.holidays[") && path.ends_with("].date"),
        "{path}"
    );
    assert_bounded("a bad calendar", &input, peak);
}

#[test]
fn a_scenario_file_of_10_mb() {
    // Valid: as many copies of one case as fit in 10 MB.
    let case = |i: usize| {
        json!({ "name": format!("c{i}"), "request": base(),
            "expect": { "outcome": "allowed", "rules": [], "match": "at_least" } })
        .to_string()
    };
    let one = case(0).len() + 1;
    let cases: Vec<String> = (0..TEN_MB / one + 1).map(case).collect();
    let input = format!(r#"{{"cases":[{}]}}"#, cases.join(","));
    drop(cases);
    let (peak, report) = peak_of(|| run_scenarios(&input).map(|r| r.cases.len()));
    assert!(report.unwrap() > 10_000);
    assert_bounded("a valid scenario file", &input, peak);
}
