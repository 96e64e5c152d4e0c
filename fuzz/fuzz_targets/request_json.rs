//! Arbitrary bytes as the JSON input of `csp-support assess`: a bare
//! request, `{ "request": … }`, or `{ "request": …, "calendar": … }` with a
//! business calendar (the calendar's serde form, `CalendarSpec`).
//!
//! Properties, for every input that parses:
//! - parsing, validation and assessment never panic;
//! - assessment is deterministic;
//! - every assessment cites at least one rule;
//! - the request and the assessment survive a JSON round trip unchanged;
//! - with a calendar, an allowed customer-tenant request gets a deadline that
//!   is not before its filing, and the calendar survives a round trip too.
//!
//! Built calendars are memoised by spec (see `build`).
#![no_main]

use csp_support::{
    AssessInput, Assessment, Calendar, CalendarSpec, Request, assess, assess_with_calendar,
};
use libfuzzer_sys::fuzz_target;

/// The input with a calendar next to the request (the fuzz target's own
/// form: `AssessInput` has no calendar field yet).
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct WithCalendar {
    request: Request,
    calendar: CalendarSpec,
}

fn check(request: &Request, calendar: Option<&Calendar>) {
    // The request's own JSON form reads back as the same request.
    let again = Request::from_json(&request.to_json()).unwrap_or_else(|e| {
        panic!(
            "request JSON does not read back: {e}\n{}",
            request.to_json()
        )
    });
    assert_eq!(&again, request, "request JSON round trip");

    let run = || match calendar {
        Some(cal) => assess_with_calendar(request, cal),
        None => Ok(assess(request)),
    };
    let first = run();
    assert_eq!(first, run(), "assessment is not deterministic");
    let Ok(a) = first else { return };
    assert!(!a.decision.rules.is_empty(), "decision cites no rule");
    assert!(!a.all_rules().is_empty(), "assessment cites no rule");

    let json = a.to_json();
    let back = Assessment::from_json(&json)
        .unwrap_or_else(|e| panic!("assessment JSON does not read back: {e}\n{json}"));
    assert_eq!(back, a, "assessment JSON round trip");

    if let Some(d) = &a.deadline {
        assert!(calendar.is_some(), "a deadline without a calendar");
        assert!(d.due_utc >= d.filed_at, "due before filed: {d:?}");
        assert!(!d.rules.is_empty());
    }
}

/// Built calendars by spec. Building precomputes a zone's offset changes
/// (about 20 ms under ASan), so each distinct spec is built once and reused
/// while the fuzzer mutates the rest of the input; every spec the fuzzer
/// reaches is still built (and its errors checked) once.
fn build(spec: &CalendarSpec) -> Result<Calendar, csp_support::Error> {
    use std::cell::RefCell;
    use std::collections::HashMap;
    thread_local! {
        static BUILT: RefCell<HashMap<CalendarSpec, Result<Calendar, csp_support::Error>>> =
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

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(input) = AssessInput::from_json(text) {
        check(&input.request, None);
    }
    if let Ok(WithCalendar { request, calendar }) = serde_json::from_str::<WithCalendar>(text) {
        // An invalid calendar is a typed error, never a panic.
        if let Ok(cal) = build(&calendar) {
            // A calendar serialises as its spec, which reads back unchanged.
            let json = serde_json::to_string(&cal).expect("a calendar serialises");
            let back: CalendarSpec = serde_json::from_str(&json)
                .unwrap_or_else(|e| panic!("calendar JSON does not read back: {e}\n{json}"));
            assert_eq!(&back, cal.spec(), "calendar JSON round trip");
            assert_eq!(back, calendar, "calendar JSON round trip");
            check(&request, Some(&cal));
        }
    }
});
