//! Inputs found by the fuzz targets (`fuzz/`, see TESTING.md), minimised,
//! kept as regression tests.

use chrono::{DateTime, Utc};
use csp_support::*;

/// `request_json`, minimised with `cargo fuzz tmin`: an allowed request
/// filed in 1725 on a Europe/Berlin calendar. Berlin kept local mean time
/// (+00:53:28) until 1893; the deadline's `due_local` was written in RFC
/// 3339 as `1725-11-16T14:53:28+00:53` (chrono rounds the offset to whole
/// minutes but not the wall-clock time), an instant 28 seconds off
/// `due_utc`, so the assessment did not read back as itself.
const LMT_BERLIN: &str = r#"{
 "request": {
  "edition": "dap",
  "partner": { "type": "advisor", "roles": [ "admin_agent" ] },
  "workload": "dynamics_crm_online",
  "tenant": { "kind": "customer", "delegated_admin": true },
  "problem": "technical",
  "severity": "b",
  "channel": "partner_center",
  "filed_at": "1725-11-16T10:00:00Z"
 },
 "calendar": {
  "time_zone": "Europe/Berlin",
  "hours": { "monday": [ { "start": "09:00", "end": "17:00" } ] },
  "holidays": [ { "date": "2026-12-24", "closed": { "start": "12:00", "end": "24:00" } } ]
 }
}"#;

fn request_and_calendar(json: &str) -> (Request, Calendar) {
    let doc: serde_json::Value = serde_json::from_str(json).unwrap();
    let request = Request::from_json(&doc["request"].to_string()).unwrap();
    let spec: CalendarSpec = serde_json::from_value(doc["calendar"].clone()).unwrap();
    (request, spec.build().unwrap())
}

#[test]
fn sla_deadline_in_local_mean_time_round_trips_as_json() {
    let (request, cal) = request_and_calendar(LMT_BERLIN);
    let a = assess_with_calendar(&request, &cal).unwrap();
    let d = a.deadline.unwrap();
    assert_eq!(d.due_utc.to_rfc3339(), "1725-11-16T14:00:00+00:00");
    // The local form names the same instant as the UTC one.
    assert_eq!(d.due_local.to_utc(), d.due_utc);
    assert_eq!(d.due_local.to_rfc3339(), "1725-11-16T14:53:00+00:53");
    assert_eq!(Assessment::from_json(&a.to_json()).unwrap(), a);
}

#[test]
fn sla_deadline_offset_with_seconds_rounds_to_the_nearest_minute_west_of_utc() {
    // New York's local mean time until 1883 is -04:56:02.
    let cal = Calendar::standard(chrono_tz::America::New_York);
    let filed: DateTime<Utc> = "1850-06-03T15:00:00Z".parse().unwrap();
    let lang: LanguageTag = "de".parse().unwrap();
    let d = deadline(ProblemKind::Billing, Severity::C, &lang, filed, &cal).unwrap();
    assert_eq!(d.due_local.to_utc(), d.due_utc);
    assert_eq!(
        d.due_local.offset().local_minus_utc(),
        -(4 * 3600 + 56 * 60)
    );
    let json = serde_json::to_string(&d).unwrap();
    assert_eq!(serde_json::from_str::<Deadline>(&json).unwrap(), d);
}
