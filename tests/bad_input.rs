//! Bad input, class by class (issue 6): every class of bad input gets a
//! typed [`Error`] whose message names the field (or the value) and says
//! what is accepted. The catalogue is `docs/bad-input.md`; each test here is
//! named after its class there.

#![cfg(feature = "serde")]

use chrono::{DateTime, Datelike, NaiveDate, TimeDelta, TimeZone, Utc, Weekday};
use csp_support::scenario::run_scenarios;
use csp_support::*;
use serde_json::{Value, json};

// --- Helpers ---------------------------------------------------------------

/// The Azure sample request as a JSON value (a customer tenant with GDAP).
fn base() -> Value {
    serde_json::to_value(samples::direct_partner_azure()).unwrap()
}

/// `doc` with the field at `pointer` (`/a/b`) set to `v` (added if new).
fn with(mut doc: Value, pointer: &str, v: Value) -> String {
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    doc.pointer_mut(parent)
        .unwrap()
        .as_object_mut()
        .unwrap()
        .insert(key.to_owned(), v);
    doc.to_string()
}

/// `doc` without the field at `pointer` (`/a/b`).
fn without(mut doc: Value, pointer: &str) -> String {
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    doc.pointer_mut(parent)
        .unwrap()
        .as_object_mut()
        .unwrap()
        .remove(key)
        .unwrap();
    doc.to_string()
}

/// The path and message of a JSON error, with its Display.
fn json_error(r: Result<impl std::fmt::Debug, Error>) -> (String, String, String) {
    match r {
        Err(e @ Error::Json { .. }) => {
            let shown = e.to_string();
            let Error::Json { path, message } = e else {
                unreachable!()
            };
            (path, message, shown)
        }
        other => panic!("expected Error::Json, got {other:?}"),
    }
}

fn ssa() -> EntraRoles {
    EntraRoles::from([EntraRole::ServiceSupportAdministrator])
}

fn at(s: &str) -> DateTime<Utc> {
    s.parse().unwrap()
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn nine_to_five() -> Interval {
    Interval::new(TimeOfDay::hm(9, 0).unwrap(), TimeOfDay::hm(17, 0).unwrap()).unwrap()
}

fn local() -> LanguageTag {
    "de".parse().unwrap()
}

// --- JSON: syntax and shape ------------------------------------------------

#[test]
fn malformed_json() {
    let (path, message, shown) = json_error(Request::from_json(r#"{ "partner": "#));
    assert_eq!(path, "partner");
    assert!(
        message.contains("EOF while parsing a value at line 1 column"),
        "{message}"
    );
    assert!(shown.starts_with("partner: EOF"), "{shown}");
    let (path, message, _) = json_error(Request::from_json(r#"{ "partner": } "#));
    assert_eq!(path, "partner");
    assert!(
        message.contains("expected value at line 1 column 14"),
        "{message}"
    );
}

#[test]
fn empty_document() {
    let (path, message, _) = json_error(Request::from_json(""));
    assert_eq!(path, ".");
    assert!(
        message.contains("EOF while parsing a value at line 1 column 0"),
        "{message}"
    );
}

#[test]
fn trailing_text() {
    let json = base().to_string() + " {}";
    let (path, message, _) = json_error(Request::from_json(&json));
    assert_eq!(path, ".");
    assert!(message.contains("trailing characters"), "{message}");
}

#[test]
fn document_not_an_object() {
    for doc in ["42", "\"request\"", "null", "true"] {
        let (path, message, _) = json_error(Request::from_json(doc));
        assert_eq!(path, ".", "{doc}");
        assert!(
            message.contains("expected struct Request"),
            "{doc}: {message}"
        );
    }
    let (_, message, _) = json_error(Request::from_json("42"));
    assert!(
        message.starts_with("invalid type: integer `42`, expected struct Request"),
        "{message}"
    );
    // A list is read as serde's positional form of a struct (see the
    // catalogue); its first element must then be an edition.
    let (path, message, _) = json_error(Request::from_json("[1, 2]"));
    assert_eq!(path, "[0]");
    assert!(message.contains("`gdap-2025`"), "{message}");
}

// --- JSON: unknown enum strings --------------------------------------------

#[test]
fn unknown_enum_string() {
    let json = with(base(), "/partner/type", json!("reseller"));
    let (path, message, shown) = json_error(Request::from_json(&json));
    assert_eq!(path, "partner.type");
    assert!(
        message.starts_with("unknown variant `reseller`"),
        "{message}"
    );
    assert!(
        message
            .contains("`direct_bill_partner`, `indirect_provider`, `indirect_reseller`, `advisor`"),
        "{message}"
    );
    assert!(
        shown.starts_with("partner.type: unknown variant"),
        "{shown}"
    );
}

#[test]
fn unknown_enum_string_in_a_list() {
    let json = with(base(), "/tenant/gdap/roles", json!(["directory_reader"]));
    let (path, message, _) = json_error(Request::from_json(&json));
    assert_eq!(path, "tenant.gdap.roles[0]");
    assert!(message.contains("`directory_readers`"), "{message}");
}

#[test]
fn unknown_enum_string_case_is_significant() {
    // snake_case only (severity aside, which also reads A/B/C).
    let json = with(base(), "/workload", json!("Azure"));
    let (path, message, _) = json_error(Request::from_json(&json));
    assert_eq!(path, "workload");
    assert!(message.contains("unknown variant `Azure`"), "{message}");
    assert!(message.contains("`azure`"), "{message}");
}

#[test]
fn unknown_edition() {
    let json = with(base(), "/edition", json!("gdap-2024"));
    let (path, message, _) = json_error(Request::from_json(&json));
    assert_eq!(path, "edition");
    assert!(message.contains("gdap-2024"), "{message}");
    assert!(message.contains("gdap-2025"), "{message}");
}

#[test]
fn unknown_tenant_kind() {
    let json = with(base(), "/tenant/kind", json!("partner"));
    let (path, message, _) = json_error(Request::from_json(&json));
    assert_eq!(path, "tenant.kind");
    assert!(
        message.contains("expected `customer` or `own`"),
        "{message}"
    );
}

#[test]
fn unknown_severity() {
    let json = with(base(), "/severity", json!("d"));
    let (path, message, _) = json_error(Request::from_json(&json));
    assert_eq!(path, "severity");
    assert!(
        message.contains("`a`") && message.contains("`critical`"),
        "{message}"
    );
}

// --- JSON: unknown and missing fields ---------------------------------------

#[test]
fn unknown_field_top_level() {
    let json = with(base(), "/priority", json!("high"));
    let (path, message, _) = json_error(Request::from_json(&json));
    assert_eq!(path, "priority");
    assert!(
        message.starts_with("unknown field `priority`, expected one of `edition`, `partner`"),
        "{message}"
    );
}

#[test]
fn unknown_field_nested() {
    let json = with(base(), "/tenant/gdap/state", json!("active"));
    let (path, message, _) = json_error(Request::from_json(&json));
    assert_eq!(path, "tenant.gdap.state");
    assert!(message.starts_with("unknown field `state`"), "{message}");
    assert!(message.contains("`status`"), "{message}");
}

#[test]
fn unknown_field_in_own_tenant() {
    let own = serde_json::to_value(samples::own_tenant_azure()).unwrap();
    let json = with(own, "/tenant/gdap", json!(null));
    let (path, message, _) = json_error(Request::from_json(&json));
    assert_eq!(path, "tenant.gdap");
    assert!(message.contains("unknown field `gdap`"), "{message}");
    assert!(message.contains("`entitlement`"), "{message}");
}

#[test]
fn missing_field_top_level() {
    let json = without(base(), "/workload");
    let (path, message, _) = json_error(Request::from_json(&json));
    assert_eq!(path, ".");
    assert!(message.contains("missing field `workload`"), "{message}");
}

#[test]
fn missing_field_nested() {
    let json = without(base(), "/tenant/gdap/ends_at");
    let (path, message, _) = json_error(Request::from_json(&json));
    assert_eq!(path, "tenant.gdap");
    assert!(message.contains("missing field `ends_at`"), "{message}");
}

#[test]
fn missing_tenant_kind() {
    let json = without(base(), "/tenant/kind");
    let (path, message, _) = json_error(Request::from_json(&json));
    assert_eq!(path, "tenant");
    assert!(message.contains("missing field `kind`"), "{message}");
}

#[test]
fn null_for_a_required_field() {
    let json = with(base(), "/filed_at", json!(null));
    let (path, message, _) = json_error(Request::from_json(&json));
    assert_eq!(path, "filed_at");
    assert!(message.contains("invalid type: null"), "{message}");
    assert!(message.contains("RFC 3339"), "{message}");
}

// --- JSON: wrong types --------------------------------------------------------

#[test]
fn wrong_type_number_for_enum() {
    let json = with(base(), "/severity", json!(2));
    let (path, message, _) = json_error(Request::from_json(&json));
    assert_eq!(path, "severity");
    assert!(
        message.starts_with("invalid type: a number, expected a string; accepted: one of `A`, `a`"),
        "{message}"
    );
}

#[test]
fn wrong_type_string_for_bool() {
    let json = with(base(), "/tenant/azure/is_provider", json!("yes"));
    let (path, message, _) = json_error(Request::from_json(&json));
    assert_eq!(path, "tenant.azure.is_provider");
    assert!(
        message.contains("invalid type: string \"yes\", expected a boolean"),
        "{message}"
    );
}

#[test]
fn wrong_type_string_for_list() {
    let json = with(base(), "/partner/roles", json!("admin_agent"));
    let (path, message, _) = json_error(Request::from_json(&json));
    assert_eq!(path, "partner.roles");
    assert!(
        message.contains("expected a list of PartnerCenterRole values without repeats"),
        "{message}"
    );
}

#[test]
fn wrong_type_object_for_string() {
    let json = with(base(), "/language", json!({ "tag": "de" }));
    let (path, message, _) = json_error(Request::from_json(&json));
    assert_eq!(path, "language");
    assert!(message.contains("invalid type: map"), "{message}");
}

// --- JSON: instants ----------------------------------------------------------

#[test]
fn instant_not_rfc3339() {
    let json = with(base(), "/filed_at", json!("16.11.2026 10:00"));
    let (path, message, _) = json_error(Request::from_json(&json));
    assert_eq!(path, "filed_at");
    assert!(
        message.contains("accepted: an RFC 3339 instant such as 2026-11-16T10:00:00Z"),
        "{message}"
    );
}

#[test]
fn instant_without_offset() {
    let json = with(
        base(),
        "/tenant/gdap/starts_at",
        json!("2026-01-01T00:00:00"),
    );
    let (path, message, _) = json_error(Request::from_json(&json));
    assert_eq!(path, "tenant.gdap.starts_at");
    assert!(
        message.contains("accepted: an RFC 3339 instant"),
        "{message}"
    );
}

#[test]
fn non_utc_offset_is_normalised_to_utc() {
    let json = with(base(), "/filed_at", json!("2026-11-16T10:00:00+02:00"));
    let request = Request::from_json(&json).unwrap();
    assert_eq!(request.filed_at, at("2026-11-16T08:00:00Z"));
    // Deterministic: the same instant however it is written, and written
    // back in UTC.
    for same in [
        "2026-11-16T08:00:00Z",
        "2026-11-16T03:00:00-05:00",
        "2026-11-16T08:00:00+00:00",
    ] {
        let other = Request::from_json(&with(base(), "/filed_at", json!(same))).unwrap();
        assert_eq!(other, request, "{same}");
    }
    assert!(request.to_json().contains("\"2026-11-16T08:00:00Z\""));
}

#[test]
fn instant_beyond_chronos_range_in_json() {
    let json = with(base(), "/filed_at", json!("+262144-01-01T00:00:00Z"));
    let (path, message, _) = json_error(Request::from_json(&json));
    assert_eq!(path, "filed_at");
    assert!(message.contains("a sign before the year"), "{message}");
    assert!(
        message.contains("accepted: an RFC 3339 instant"),
        "{message}"
    );
}

#[test]
fn instant_beyond_year_9999_in_json() {
    // Read nowhere: years are 0001 to 9999.
    for (text, reason) in [
        ("+10000-01-01T00:00:00Z", "a sign before the year"),
        ("10000-01-01T00:00:00Z", "more than four digits"),
        (
            "9999-12-31T23:30:00-01:00",
            "in UTC it lies outside the years 1 to 9999",
        ),
    ] {
        let json = with(base(), "/filed_at", json!(text));
        let (path, message, _) = json_error(Request::from_json(&json));
        assert_eq!(path, "filed_at", "{text}");
        assert!(message.contains(reason), "{text}: {message}");
        assert!(message.contains("years 0001 to 9999"), "{message}");
    }
}

#[test]
fn leap_second_in_json() {
    // RFC 3339 allows :60 only at the end of a UTC day's last minute; a UTC
    // instant cannot hold it, so it is refused rather than folded.
    for text in ["2026-12-31T23:59:60Z", "2026-11-16T10:30:60Z"] {
        let json = with(base(), "/filed_at", json!(text));
        let (path, message, _) = json_error(Request::from_json(&json));
        assert_eq!(path, "filed_at");
        assert!(message.contains("a leap second (:60)"), "{message}");
        assert!(message.contains("no leap second"), "{message}");
    }
}

/// Every leniency the RFC 3339 reader had, and why each is refused.
const LENIENT_INSTANTS: [(&str, &str); 12] = [
    (" 2026-11-16T10:00:00Z", "whitespace around it"),
    ("2026-11-16T10:00:00Z ", "whitespace around it"),
    (
        "2026-11-16 10:00:00Z",
        "a space between the date and the time",
    ),
    ("2026-11-16T10:00:00+0200", "an offset without a colon"),
    ("0000-11-16T10:00:00Z", "year 0000"),
    ("-0001-11-16T10:00:00Z", "a sign before the year"),
    ("+10000-11-16T10:00:00Z", "a sign before the year"),
    ("2026-11-16T10:30:60Z", "a leap second"),
    ("2026-12-31T23:59:60Z", "a leap second"),
    (
        "2026-11-16T10:00:00.1234567891Z",
        "more than 9 fraction digits",
    ),
    ("2026-11-16T10:00Z", "no seconds"),
    ("0001-01-01T00:30:00+01:00", "in UTC it lies outside"),
];

#[test]
fn instants_are_read_by_one_strict_grammar() {
    for (text, reason) in LENIENT_INSTANTS {
        let e = parse_instant(text).unwrap_err();
        assert!(
            matches!(&e, Error::Instant { reason: r, .. } if r.contains(reason)),
            "{text}: {e:?}"
        );
        assert!(
            e.to_string().contains("accepted: an RFC 3339 instant"),
            "{e}"
        );
    }
    // What the grammar reads: T/Z in either case, any offset, 1 to 9
    // fraction digits (Graph writes 7), years 0001 to 9999.
    for (text, utc) in [
        ("2026-11-16T10:00:00Z", "2026-11-16T10:00:00Z"),
        ("2026-11-16t10:00:00z", "2026-11-16T10:00:00Z"),
        ("2026-11-16T12:00:00+02:00", "2026-11-16T10:00:00Z"),
        ("2026-11-16T10:00:00-00:00", "2026-11-16T10:00:00Z"),
        (
            "2026-11-16T10:00:00.1234567Z",
            "2026-11-16T10:00:00.123456700Z",
        ),
        ("0001-01-01T00:00:00Z", "0001-01-01T00:00:00Z"),
        (
            "9999-12-31T23:59:59.999999999Z",
            "9999-12-31T23:59:59.999999999Z",
        ),
    ] {
        assert_eq!(
            parse_instant(text)
                .unwrap()
                .to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true),
            utc,
            "{text}"
        );
    }
}

#[test]
fn every_instant_the_crate_reads_follows_the_grammar() {
    let assessment = assess(&samples::direct_partner_azure()).to_json();
    let mut german = samples::direct_partner_office365();
    german.language = "de".parse().unwrap();
    let with_deadline =
        assess_with_calendar(&german, &Calendar::standard(chrono_tz::Europe::Berlin))
            .unwrap()
            .to_json();
    let due: Value = serde_json::from_str(&with_deadline).unwrap();
    let due_local = due["deadline"]["due_local"].as_str().unwrap().to_owned();
    let due_utc = due["deadline"]["due_utc"].as_str().unwrap().to_owned();
    let relationship = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/graph/relationship.json"
    ))
    .unwrap();
    let relationship: Value = serde_json::from_str(&relationship).unwrap();
    let case = |due: Value| {
        scenario(json!({ "name": "c1", "request": base(),
            "calendar": { "time_zone": "UTC", "hours": { "monday": [{ "start": "09:00", "end": "17:00" }] } },
            "expect": { "outcome": "allowed", "due": due } }))
    };
    for (text, reason) in LENIENT_INSTANTS {
        let bad = json!(text);
        let readers: Vec<(&str, Result<(), Error>)> = vec![
            (
                "filed_at",
                Request::from_json(&with(base(), "/filed_at", bad.clone())).map(drop),
            ),
            (
                "tenant.gdap.starts_at",
                Request::from_json(&with(base(), "/tenant/gdap/starts_at", bad.clone())).map(drop),
            ),
            (
                "tenant.gdap.ends_at",
                Request::from_json(&with(base(), "/tenant/gdap/ends_at", bad.clone())).map(drop),
            ),
            (
                "request.filed_at",
                AssessInput::from_json(
                    &json!({ "request":
                serde_json::from_str::<Value>(&with(base(), "/filed_at", bad.clone())).unwrap() })
                    .to_string(),
                )
                .map(drop),
            ),
            (
                "cases[0].expect.due",
                run_scenarios(&case(bad.clone())).map(drop),
            ),
            (
                "decision.valid_until.at",
                Assessment::from_json(&assessment.replace("2027-12-31T00:00:00Z", text)).map(drop),
            ),
            (
                "deadline.due_utc",
                Assessment::from_json(&with_deadline.replace(&due_utc, text)).map(drop),
            ),
            (
                "deadline.due_local",
                Assessment::from_json(&with_deadline.replace(&due_local, text)).map(drop),
            ),
            (
                "endDateTime",
                graph::parse_relationships(&with(
                    relationship.clone(),
                    "/endDateTime",
                    bad.clone(),
                ))
                .map(drop),
            ),
            (
                "createdDateTime",
                graph::parse_relationships(&with(
                    relationship.clone(),
                    "/createdDateTime",
                    bad.clone(),
                ))
                .map(drop),
            ),
        ];
        for (field, result) in readers {
            let e = result.expect_err(&format!("{field} read {text:?}"));
            let (path, message) = match &e {
                Error::Json { path, message } | Error::GraphPayload { path, message } => {
                    (path, message)
                }
                other => panic!("{field}: {other:?}"),
            };
            assert!(path.ends_with(field), "{text}: {path} is not {field}");
            assert!(message.contains(reason), "{field} {text}: {message}");
        }
    }
}

#[test]
fn due_instant_past_year_9999_in_utc() {
    // Filed 9999-12-31 18:30 in New York (23:30 UTC), English severity A:
    // due 20:30 local, which is 10000-01-01T01:30Z. An error, not +10000.
    let cal = Calendar::standard(chrono_tz::America::New_York);
    let e = deadline(
        ProblemKind::Technical,
        Severity::A,
        &LanguageTag::english(),
        at("9999-12-31T23:30:00Z"),
        &cal,
    )
    .unwrap_err();
    assert_eq!(e, Error::DeadlineOutOfRange);
    // An hour earlier it is due 9999-12-31T23:30Z: fine.
    let d = deadline(
        ProblemKind::Technical,
        Severity::A,
        &LanguageTag::english(),
        at("9999-12-31T21:30:00Z"),
        &cal,
    )
    .unwrap();
    assert_eq!(d.due_utc, at("9999-12-31T23:30:00Z"));
}

#[test]
fn instants_outside_the_years_are_never_written() {
    // Only a value built in Rust can hold one; serialising it is an error.
    for filed_at in [
        DateTime::<Utc>::MAX_UTC,
        DateTime::<Utc>::MIN_UTC,
        Utc.with_ymd_and_hms(10_000, 1, 1, 0, 0, 0).unwrap(),
        Utc.with_ymd_and_hms(0, 12, 31, 0, 0, 0).unwrap(),
    ] {
        let request = samples::direct_partner_azure()
            .to_builder()
            .filed_at(filed_at)
            .build();
        let e = serde_json::to_string(&request).unwrap_err();
        assert!(e.to_string().contains("outside the years 1 to 9999"), "{e}");
    }
}

// --- JSON: duplicated roles, language tags -----------------------------------

#[test]
fn duplicated_roles() {
    let json = with(
        base(),
        "/tenant/gdap/roles",
        json!(["directory_readers", "directory_readers"]),
    );
    let (path, message, _) = json_error(Request::from_json(&json));
    assert_eq!(path, "tenant.gdap.roles");
    assert!(
        message.contains("directory_readers is listed twice"),
        "{message}"
    );
}

#[test]
fn duplicated_partner_center_roles() {
    let json = with(
        base(),
        "/partner/roles",
        json!(["admin_agent", "admin_agent"]),
    );
    let (path, message, _) = json_error(Request::from_json(&json));
    assert_eq!(path, "partner.roles");
    assert!(message.contains("admin_agent is listed twice"), "{message}");
}

#[test]
fn bad_language_tag() {
    let e = "en_GB!".parse::<LanguageTag>().unwrap_err();
    assert!(matches!(&e, Error::LanguageTag { tag, .. } if tag == "en_GB!"));
    assert!(
        e.to_string().contains("accepted: tags such as en, en-GB"),
        "{e}"
    );
    let e = "und".parse::<LanguageTag>().unwrap_err();
    assert!(matches!(e, Error::LanguageTag { .. }));
}

#[test]
fn bad_language_tag_in_json() {
    let json = with(base(), "/language", json!("english please"));
    let (path, message, _) = json_error(Request::from_json(&json));
    assert_eq!(path, "language");
    assert!(
        message.contains("not a well-formed BCP 47 tag"),
        "{message}"
    );
}

// --- GDAP invariants ------------------------------------------------------

/// Reading a JSON request checks its GDAP relationship as the builder does:
/// an invalid one is a JSON error at `tenant.gdap` that says what the
/// builder would say.
fn gdap_json_error(json: &str, expected: Error) {
    let e = Request::from_json(json).unwrap_err();
    let Error::Json { path, message } = &e else {
        panic!("{e:?}")
    };
    assert_eq!(path, "tenant.gdap");
    assert!(
        message.contains(&expected.to_string()),
        "{message} / {expected}"
    );
}

#[test]
fn gdap_ends_before_it_starts() {
    let e = GdapRelationship::builder(at("2027-01-01T00:00:00Z"), at("2026-01-01T00:00:00Z"))
        .status(GdapStatus::Active)
        .roles(ssa())
        .user_roles(ssa())
        .auto_extend(AutoExtend::Off)
        .build()
        .unwrap_err();
    assert!(matches!(e, Error::GdapEndsBeforeStart { .. }));
    assert!(
        e.to_string().contains("the end must come after the start"),
        "{e}"
    );
}

#[test]
fn gdap_ends_when_it_starts() {
    let t = at("2026-01-01T00:00:00Z");
    let e = GdapRelationship::builder(t, t)
        .status(GdapStatus::Active)
        .roles(ssa())
        .user_roles(ssa())
        .auto_extend(AutoExtend::On)
        .build()
        .unwrap_err();
    assert!(matches!(e, Error::GdapEndsBeforeStart { .. }));
}

#[test]
fn gdap_ends_before_it_starts_in_json() {
    // Reading the JSON form checks the relationship as the builder does:
    // an invalid one cannot exist, so `assess` need not check again.
    let json = with(
        base(),
        "/tenant/gdap/ends_at",
        json!("2025-01-01T00:00:00Z"),
    );
    let e = Request::from_json(&json).unwrap_err();
    let Error::Json { path, message } = &e else {
        panic!("{e:?}")
    };
    assert_eq!(path, "tenant.gdap");
    assert!(
        message.contains("the end must come after the start"),
        "{message}"
    );
}

fn rel(
    starts_at: &str,
    span: TimeDelta,
    auto_extend: AutoExtend,
) -> Result<GdapRelationship, Error> {
    let start = at(starts_at);
    GdapRelationship::builder(start, start + span)
        .status(GdapStatus::Active)
        .roles(ssa())
        .user_roles(ssa())
        .auto_extend(auto_extend)
        .build()
}

const NS: TimeDelta = TimeDelta::nanoseconds(1);

#[test]
fn gdap_shorter_than_a_day() {
    // Exact: one nanosecond short of a day is too short, a day is not.
    let e = rel(
        "2026-01-01T00:00:00Z",
        TimeDelta::days(1) - NS,
        AutoExtend::On,
    )
    .unwrap_err();
    assert_eq!(
        e,
        Error::GdapSpanTooShort {
            starts_at: at("2026-01-01T00:00:00Z"),
            ends_at: at("2026-01-01T23:59:59.999999999Z"),
        }
    );
    let shown = e.to_string();
    assert!(
        shown.contains("starts_at") && shown.contains("ends_at"),
        "{shown}"
    );
    assert!(
        shown.contains("accepted: ends_at at least 1 day"),
        "{shown}"
    );
    // Half a second short (issue 14: whole seconds read it as a day), also
    // when the start has the fraction and the ends' whole seconds differ
    // by a day.
    for start in ["2026-01-01T00:00:00Z", "2026-01-01T00:00:00.5Z"] {
        let e = rel(start, TimeDelta::milliseconds(86_399_500), AutoExtend::Off);
        assert!(matches!(e, Err(Error::GdapSpanTooShort { .. })), "{e:?}");
    }
    rel("2026-01-01T00:00:00Z", TimeDelta::days(1), AutoExtend::Off).unwrap();
}

#[test]
fn gdap_longer_than_two_years_without_a_duration_is_valid() {
    // Only start and end known: the span may hold 180-day extensions, so it
    // has no upper bound, auto-extend on or off.
    for auto_extend in [AutoExtend::Off, AutoExtend::On] {
        for span in [
            TimeDelta::days(730),
            TimeDelta::days(730) + NS,
            TimeDelta::days(3650),
        ] {
            rel("2026-01-01T00:00:00Z", span, auto_extend).unwrap();
        }
    }
}

#[test]
fn gdap_duration_out_of_range() {
    let ok = rel(
        "2026-01-01T00:00:00Z",
        TimeDelta::days(731),
        AutoExtend::Off,
    )
    .unwrap();
    // The bounds are exact: P1D and P730D (= P2Y) are in, a second beyond
    // either is out (a duration has whole seconds).
    for text in ["P730DT1S", "P731D", "PT86399S", "PT23H59M59S", "P0D", "P3Y"] {
        let d: IsoDuration = text.parse().unwrap();
        let e = ok.with_duration(d).unwrap_err();
        assert_eq!(e, Error::GdapDurationOutOfRange { duration: d }, "{text}");
        assert!(
            e.to_string().contains("accepted: P1D to P730D (P2Y)"),
            "{e}"
        );
    }
    let day = rel("2026-01-01T00:00:00Z", TimeDelta::days(1), AutoExtend::Off).unwrap();
    day.with_duration("P1D".parse().unwrap()).unwrap();
    day.with_duration("PT24H".parse().unwrap()).unwrap();
    let two_years = rel(
        "2026-01-01T00:00:00Z",
        TimeDelta::days(730),
        AutoExtend::Off,
    )
    .unwrap();
    two_years.with_duration("P730D".parse().unwrap()).unwrap();
    two_years.with_duration("P2Y".parse().unwrap()).unwrap();
}

#[test]
fn gdap_span_does_not_fit_the_duration() {
    let d = IsoDuration::days(730);
    // The duration plus 0, 1, 2 extensions of 180 days fit, exactly.
    for k in 0..3 {
        let span = TimeDelta::days(730 + 180 * k);
        rel("2026-01-01T00:00:00Z", span, AutoExtend::On)
            .unwrap()
            .with_duration(d)
            .unwrap();
        // One nanosecond either side does not (issue 14: 730 days and
        // 0.999 s read as 730 days in whole seconds).
        for (start, off) in [
            ("2026-01-01T00:00:00Z", span - NS),
            ("2026-01-01T00:00:00Z", span + NS),
            ("2026-01-01T00:00:00Z", span + TimeDelta::milliseconds(999)),
            (
                "2026-01-01T00:00:00.999Z",
                span + TimeDelta::milliseconds(1),
            ),
            (
                "2026-01-01T00:00:00.5Z",
                span - TimeDelta::milliseconds(500),
            ),
        ] {
            let r = rel(start, off, AutoExtend::On).unwrap();
            let e = r.with_duration(d).unwrap_err();
            assert_eq!(
                e,
                Error::GdapSpanMisfit {
                    starts_at: r.starts_at(),
                    ends_at: r.ends_at(),
                    duration: d
                }
            );
        }
    }
    // Shorter than the duration, or not a whole extension beyond it.
    for days in [729, 731, 730 + 90] {
        let r = rel(
            "2026-01-01T00:00:00Z",
            TimeDelta::days(days),
            AutoExtend::On,
        )
        .unwrap();
        assert!(matches!(
            r.with_duration(d),
            Err(Error::GdapSpanMisfit { .. })
        ));
    }
    let e = rel("2026-01-01T00:00:00Z", TimeDelta::days(731), AutoExtend::On)
        .unwrap()
        .with_duration(d)
        .unwrap_err()
        .to_string();
    for says in [
        "starts_at",
        "ends_at",
        "duration P730D",
        "accepted: ends_at - starts_at equal to the duration plus a whole number (0 or more) of 180-day extensions, exactly",
    ] {
        assert!(e.contains(says), "{e}");
    }
}

#[test]
fn gdap_span_does_not_fit_the_duration_in_json() {
    // JSON carries Graph's duration; reading it checks the span against it.
    let json = with(base(), "/tenant/gdap/duration", json!("P730D"));
    let sample = samples::active_gdap(ssa());
    gdap_json_error(
        &json,
        Error::GdapSpanMisfit {
            starts_at: sample.starts_at(),
            ends_at: sample.ends_at(),
            duration: "P730D".parse().unwrap(),
        },
    );
    // The sample runs 2026-01-01 to 2027-12-31: 729 days.
    let json = with(base(), "/tenant/gdap/duration", json!("P729D"));
    let _ = assess(&Request::from_json(&json).unwrap());
    // A duration that is no ISO 8601 duration is a JSON error at its path.
    let json = with(base(), "/tenant/gdap/duration", json!("two years"));
    let (path, message, _) = json_error(Request::from_json(&json));
    assert_eq!(path, "tenant.gdap.duration");
    assert!(message.contains("ISO 8601 duration"), "{message}");
}

#[test]
fn gdap_duration_at_chronos_limits() {
    // The widest span chrono can hold: no overflow, and with no duration
    // it is a valid span; against a duration it is a misfit.
    let wide = GdapRelationship::builder(DateTime::<Utc>::MIN_UTC, DateTime::<Utc>::MAX_UTC)
        .status(GdapStatus::Active)
        .roles(ssa())
        .user_roles(ssa())
        .auto_extend(AutoExtend::Off)
        .build()
        .unwrap();
    let e = wide.with_duration(IsoDuration::days(730)).unwrap_err();
    assert!(matches!(e, Error::GdapSpanMisfit { .. }), "{e:?}");
    let e = wide
        .with_duration("P99999999999D".parse().unwrap())
        .unwrap_err();
    assert!(matches!(e, Error::GdapDurationOutOfRange { .. }), "{e:?}");
}

#[test]
fn gdap_global_administrator_with_auto_extend() {
    // Graph refuses to auto-extend a relationship with Global administrator:
    // contradictory input, not a decision.
    let ga = EntraRoles::from([
        EntraRole::GlobalAdministrator,
        EntraRole::HelpdeskAdministrator,
    ]);
    let start = at("2026-01-01T00:00:00Z");
    let end = at("2027-01-01T00:00:00Z");
    let e = GdapRelationship::builder(start, end)
        .status(GdapStatus::Active)
        .roles(ga)
        .user_roles(ga)
        .auto_extend(AutoExtend::On)
        .build()
        .unwrap_err();
    assert_eq!(e, Error::GdapGlobalAdministratorAutoExtend);
    let shown = e.to_string();
    assert!(shown.contains("auto_extend is on"), "{shown}");
    assert!(shown.contains("includes Global administrator"), "{shown}");
    assert!(shown.contains("accepted: auto_extend off"), "{shown}");
    // Off is fine, and so is auto-extension without Global administrator;
    // it counts also when Global administrator reaches no one.
    GdapRelationship::builder(start, end)
        .status(GdapStatus::Active)
        .roles(ga)
        .user_roles(ga)
        .auto_extend(AutoExtend::Off)
        .build()
        .unwrap();
    GdapRelationship::builder(start, end)
        .status(GdapStatus::Active)
        .roles(ssa())
        .user_roles(ssa())
        .auto_extend(AutoExtend::On)
        .build()
        .unwrap();
    let e = GdapRelationship::builder(start, end)
        .status(GdapStatus::Active)
        .roles(ga)
        .user_roles(EntraRoles::EMPTY)
        .auto_extend(AutoExtend::On)
        .build();
    assert_eq!(e, Err(Error::GdapGlobalAdministratorAutoExtend));
}

#[test]
fn gdap_global_administrator_with_auto_extend_in_json() {
    let json = with(
        base(),
        "/tenant/gdap/roles",
        json!(["global_administrator"]),
    );
    let json = with(
        serde_json::from_str(&json).unwrap(),
        "/tenant/gdap/user_roles",
        json!(["global_administrator"]),
    );
    let json = with(
        serde_json::from_str(&json).unwrap(),
        "/tenant/gdap/auto_extend",
        json!("on"),
    );
    gdap_json_error(&json, Error::GdapGlobalAdministratorAutoExtend);
}

#[test]
fn gdap_without_roles() {
    let e = GdapRelationship::builder(at("2026-01-01T00:00:00Z"), at("2027-01-01T00:00:00Z"))
        .status(GdapStatus::Active)
        .roles(EntraRoles::EMPTY)
        .user_roles(EntraRoles::EMPTY)
        .auto_extend(AutoExtend::Off)
        .build()
        .unwrap_err();
    assert_eq!(e, Error::GdapNoRoles);
    assert!(
        e.to_string().contains("at least one role is required"),
        "{e}"
    );
}

#[test]
fn gdap_without_roles_in_json() {
    let json = with(base(), "/tenant/gdap/roles", json!([]));
    let json = with(
        serde_json::from_str(&json).unwrap(),
        "/tenant/gdap/user_roles",
        json!([]),
    );
    gdap_json_error(&json, Error::GdapNoRoles);
}

#[test]
fn gdap_user_role_not_granted() {
    let e = GdapRelationship::builder(at("2026-01-01T00:00:00Z"), at("2027-01-01T00:00:00Z"))
        .status(GdapStatus::Active)
        .roles(ssa())
        .user_roles(EntraRoles::from([EntraRole::GlobalAdministrator]))
        .auto_extend(AutoExtend::Off)
        .build()
        .unwrap_err();
    assert_eq!(
        e,
        Error::GdapUserRoleNotGranted {
            role: EntraRole::GlobalAdministrator
        }
    );
    assert!(e.to_string().contains("must be a subset"), "{e}");
}

// --- Wrapped input and scenario files ---------------------------------------

#[test]
fn assess_input_wrapped_bad_value() {
    let json = json!({ "request": serde_json::from_str::<Value>(&with(base(), "/channel", json!("email"))).unwrap() });
    let (path, message, _) = json_error(AssessInput::from_json(&json.to_string()));
    assert_eq!(path, "request.channel");
    assert!(message.contains("`partner_center`"), "{message}");
}

#[test]
fn assess_input_unknown_field_beside_request() {
    // `calendar` is a field of the wrapped form; a misspelling is not.
    let json = json!({ "request": base(), "calender": {} });
    let (path, message, _) = json_error(AssessInput::from_json(&json.to_string()));
    assert_eq!(path, "calender");
    assert!(
        message.contains("unknown field `calender`, expected `request` or `calendar`"),
        "{message}"
    );
}

#[test]
fn assess_input_bare_bad_value() {
    let json = with(base(), "/problem", json!("outage"));
    let (path, message, _) = json_error(AssessInput::from_json(&json));
    assert_eq!(path, "problem");
    assert!(message.contains("`technical`"), "{message}");
}

fn scenario(case: Value) -> String {
    json!({ "cases": [case] }).to_string()
}

fn expect_allowed() -> Value {
    json!({ "outcome": "allowed", "rules": [] })
}

#[test]
fn scenario_bad_request_value() {
    let request: Value =
        serde_json::from_str(&with(base(), "/partner/type", json!("vendor"))).unwrap();
    let file = scenario(json!({ "name": "c1", "request": request, "expect": expect_allowed() }));
    let (path, message, _) = json_error(run_scenarios(&file));
    assert_eq!(path, "cases[0].request.partner.type");
    assert!(message.contains("`advisor`"), "{message}");
    assert!(message.ends_with("(case c1)"), "{message}");
}

#[test]
fn scenario_unknown_field() {
    let file = scenario(
        json!({ "name": "c1", "request": base(), "expect": expect_allowed(), "skip": true }),
    );
    let (path, message, _) = json_error(run_scenarios(&file));
    assert_eq!(path, "cases[0].skip");
    assert!(message.contains("unknown field `skip`"), "{message}");
}

#[test]
fn scenario_missing_expect() {
    let file = scenario(json!({ "name": "c1", "request": base() }));
    let (path, message, _) = json_error(run_scenarios(&file));
    assert_eq!(path, "cases[0]");
    assert!(message.contains("missing field `expect`"), "{message}");
}

#[test]
fn scenario_unknown_outcome() {
    let file = scenario(json!({ "name": "c1", "request": base(),
        "expect": { "outcome": "permitted", "rules": [] } }));
    let (path, message, _) = json_error(run_scenarios(&file));
    assert_eq!(path, "cases[0].expect.outcome");
    assert!(message.contains("`allowed`"), "{message}");
}

#[test]
fn scenario_both_request_and_customer() {
    let file = scenario(json!({ "name": "c1", "request": base(),
        "customer": { "edition": "gdap-2025", "subscriptions": [] }, "expect": expect_allowed() }));
    let (path, message, _) = json_error(run_scenarios(&file));
    assert_eq!(path, "cases[0]");
    assert!(
        message.contains("exactly one of `request` and `customer`"),
        "{message}"
    );
}

#[test]
fn scenario_duplicate_case_name() {
    let case = json!({ "name": "c1", "request": base(), "expect": expect_allowed() });
    let file = json!({ "cases": [case.clone(), case] }).to_string();
    let (path, message, _) = json_error(run_scenarios(&file));
    assert_eq!(path, "cases[1].name");
    assert!(message.contains("names must be unique"), "{message}");
}

#[test]
fn scenario_invalid_facts_are_an_error_at_their_path() {
    // A relationship that cannot exist cannot be read either: the file is
    // bad input at the relationship's path, saying what the builder says.
    let request: Value =
        serde_json::from_str(&with(base(), "/tenant/gdap/roles", json!([]))).unwrap();
    let request: Value =
        serde_json::from_str(&with(request, "/tenant/gdap/user_roles", json!([]))).unwrap();
    let file = scenario(json!({ "name": "c1", "request": request, "expect": expect_allowed() }));
    let (path, message, _) = json_error(run_scenarios(&file));
    assert_eq!(path, "cases[0].request.tenant.gdap");
    assert!(
        message.contains("at least one role is required"),
        "{message}"
    );
}

// --- Scenario expectations that cannot be checked (issue 14) ----------------

/// A customer question every edition answers (CSP subscriptions only).
fn customer_question() -> Value {
    json!({ "edition": "gdap-2025", "subscriptions": [{ "channel": "csp", "kind": "paid" }] })
}

fn expect_not_covered() -> Value {
    json!({ "outcome": "not_covered", "rules": ["CUSTOMER-TRIAL-PARTNER-ONLY", "CUSTOMER-PAID-EITHER"] })
}

/// A Monday-to-Friday 09:00–17:00 Berlin calendar as JSON.
fn berlin_calendar() -> Value {
    let day = json!([{ "start": "09:00", "end": "17:00" }]);
    json!({ "time_zone": "Europe/Berlin", "hours": {
        "monday": day, "tuesday": day, "wednesday": day, "thursday": day, "friday": day } })
}

/// Asserts that `file` is rejected at `path` with a message naming the
/// case `c1` and containing `needle`.
fn assert_rejected_at(file: &str, path: &str, needle: &str) {
    let (got, message, shown) = json_error(run_scenarios(file));
    assert_eq!(got, path, "{shown}");
    assert!(message.contains(needle), "{needle:?} not in {message}");
    assert!(message.ends_with("(case c1)"), "{message}");
    assert!(!shown.contains('\n'), "{shown}");
}

#[test]
fn scenario_customer_case_with_a_request_expectation() {
    // Each of these was silently ignored for a customer question: the case
    // passed whatever the value said.
    for (field, value) in [
        ("portal", json!("azure_portal")),
        ("portal", Value::Null),
        ("plan", json!({ "kind": "cloud_solution_provider" })),
        ("plan", Value::Null),
        ("fee", json!("charged")),
        ("fee", Value::Null),
        ("cites", json!(["ROUTE-TRACK"])),
        ("cites", json!([])),
        ("due", json!("2026-11-16T10:00:00Z")),
        ("due", Value::Null),
    ] {
        let mut expect = expect_not_covered();
        expect[field] = value;
        let file =
            scenario(json!({ "name": "c1", "customer": customer_question(), "expect": expect }));
        assert_rejected_at(
            &file,
            &format!("cases[0].expect.{field}"),
            &format!("`{field}` does not apply to a customer question"),
        );
    }
}

#[test]
fn scenario_customer_case_with_a_calendar() {
    let file = scenario(json!({ "name": "c1", "customer": customer_question(),
        "calendar": berlin_calendar(), "expect": expect_not_covered() }));
    assert_rejected_at(
        &file,
        "cases[0].calendar",
        "`calendar` does not apply to a customer question",
    );
}

#[test]
fn scenario_request_case_with_options() {
    for options in [json!([]), json!(["contact_partner"])] {
        let mut expect = expect_allowed();
        expect["options"] = options;
        let file = scenario(json!({ "name": "c1", "request": base(), "expect": expect }));
        assert_rejected_at(
            &file,
            "cases[0].expect.options",
            "`options` does not apply to a request",
        );
    }
}

#[test]
fn scenario_null_options() {
    // `null` is not a set of options: it was read as "not checked".
    let mut expect = expect_not_covered();
    expect["options"] = Value::Null;
    let file = scenario(json!({ "name": "c1", "customer": customer_question(), "expect": expect }));
    let (path, message, _) = json_error(run_scenarios(&file));
    assert_eq!(path, "cases[0].expect.options");
    assert!(message.contains("invalid type: null"), "{message}");
}

#[test]
fn scenario_due_without_a_calendar() {
    // Without a calendar there is no deadline: `due: null` passed whatever
    // the request, and an instant could never pass.
    for due in [Value::Null, json!("2026-11-16T12:00:00Z")] {
        let mut expect = expect_allowed();
        expect["due"] = due;
        let file = scenario(json!({ "name": "c1", "request": base(), "expect": expect }));
        assert_rejected_at(
            &file,
            "cases[0].expect.due",
            "`due` needs the case's `calendar`",
        );
    }
}

#[test]
fn scenario_without_cases() {
    let (path, message, _) = json_error(run_scenarios(r#"{ "cases": [] }"#));
    assert_eq!(path, "cases");
    assert!(message.contains("at least one case"), "{message}");
    let (path, _, _) = json_error(run_scenarios(r#"{ "description": "nothing" }"#));
    assert_eq!(path, ".");
}

#[test]
fn scenario_empty_file() {
    let (path, message, _) = json_error(run_scenarios(""));
    assert_eq!(path, ".");
    assert!(message.contains("EOF while parsing"), "{message}");
}

#[test]
fn scenario_report_without_cases_is_not_a_success() {
    let empty = scenario::ScenarioReport::default();
    assert!(!empty.is_success());
    assert_eq!(empty.to_string(), "0 passed, 0 failed, no cases");
    assert!(empty.clone().into_result().is_err());
    assert!(std::panic::catch_unwind(|| empty.assert_passed()).is_err());
}

#[test]
fn scenario_case_name_with_a_newline_cannot_forge_a_line() {
    let name = "c1: fine\n3 passed, 0 failed";
    let file = scenario(json!({ "name": name, "request": base(),
        "expect": { "outcome": "denied", "rules": [] } }));
    let report = run_scenarios(&file).unwrap();
    let shown = report.to_string();
    let lines: Vec<&str> = shown.lines().collect();
    assert_eq!(lines.len(), 2, "{shown}");
    assert!(
        lines[0].starts_with("case c1: fine\\n3 passed, 0 failed: expected denied []"),
        "{shown}"
    );
    assert_eq!(lines[1], "0 passed, 1 failed");
}

#[test]
fn scenario_case_name_with_controls_and_bidi_is_escaped() {
    let name = "c\u{1b}[2J\r\u{202e}\u{2028}\u{fffe}";
    let file = scenario(json!({ "name": name, "request": base(),
        "expect": { "outcome": "denied", "rules": [] } }));
    let report = run_scenarios(&file).unwrap();
    let line = report.mismatches().next().unwrap();
    assert!(
        line.starts_with("case c\\u{1b}[2J\\r\\u{202e}\\u{2028}\\u{fffe}: expected"),
        "{line}"
    );
}

#[test]
fn scenario_huge_case_name_is_echoed_bounded() {
    let name = "n".repeat(1_000_000);
    // A failed case: its line.
    let file = scenario(json!({ "name": name, "request": base(),
        "expect": { "outcome": "denied", "rules": [] } }));
    let report = run_scenarios(&file).unwrap();
    let line = report.mismatches().next().unwrap();
    assert!(line.len() < 2_000, "{} bytes", line.len());
    assert!(line.contains("(999800 more bytes)"), "{}", &line[..300]);
    // A bad value in the case: the error's `(case …)`.
    let request: Value =
        serde_json::from_str(&with(base(), "/partner/type", json!("vendor"))).unwrap();
    let file = scenario(json!({ "name": name, "request": request, "expect": expect_allowed() }));
    let (_, message, _) = json_error(run_scenarios(&file));
    assert!(message.len() < 2_000, "{} bytes", message.len());
    // The same name twice.
    let case = json!({ "name": name, "request": base(), "expect": expect_allowed() });
    let file = json!({ "cases": [case.clone(), case] }).to_string();
    let (path, message, _) = json_error(run_scenarios(&file));
    assert_eq!(path, "cases[1].name");
    assert!(message.len() < 2_000, "{} bytes", message.len());
}

// --- Calendars -------------------------------------------------------------

fn spec_json(v: Value) -> Result<Calendar, Error> {
    Calendar::from_json(&v.to_string())
}

fn weekday_spec() -> Value {
    json!({
        "time_zone": "Europe/Berlin",
        "hours": { "monday": [{ "start": "09:00", "end": "17:00" }] }
    })
}

#[test]
fn unknown_time_zone() {
    let e = CalendarSpec::standard("Europe/Atlantis")
        .build()
        .unwrap_err();
    assert_eq!(
        e,
        Error::UnknownTimeZone {
            name: "Europe/Atlantis".into()
        }
    );
    assert!(
        e.to_string().contains("accepted: an IANA time zone name"),
        "{e}"
    );
    // Abbreviations and offsets are not zone names.
    for name in ["CEST", "+02:00", "", "europe/berlin", "Europe/Berlin "] {
        let e = CalendarSpec::standard(name).build().unwrap_err();
        assert!(matches!(e, Error::UnknownTimeZone { .. }), "{name}: {e}");
    }
}

#[test]
fn unknown_time_zone_in_json() {
    let mut v = weekday_spec();
    v["time_zone"] = json!("Mars/Olympus_Mons");
    // In JSON, the error names its path; the message is the build error's.
    let (path, message, _) = json_error(spec_json(v));
    assert_eq!(path, "time_zone");
    assert!(
        message.starts_with(
            "unknown time zone \"Mars/Olympus_Mons\"; accepted: an IANA time zone name"
        ),
        "{message}"
    );
}

#[test]
fn calendar_without_business_time() {
    let spec = CalendarSpec {
        hours: WeeklyHours::default(),
        ..CalendarSpec::standard("UTC")
    };
    let e = spec.build().unwrap_err();
    assert_eq!(e, Error::NoBusinessTime);
    assert!(
        e.to_string()
            .contains("at least one weekday needs a non-empty interval"),
        "{e}"
    );
    let (path, message, _) = json_error(spec_json(json!({ "time_zone": "UTC", "hours": {} })));
    assert_eq!(path, "hours");
    assert!(
        message.starts_with(&Error::NoBusinessTime.to_string()),
        "{message}"
    );
}

#[test]
fn overlapping_intervals() {
    let mut spec = CalendarSpec::standard("UTC");
    let late = Interval::new(TimeOfDay::hm(16, 0).unwrap(), TimeOfDay::hm(18, 0).unwrap()).unwrap();
    spec.hours.on_mut(Weekday::Wed).push(late);
    let e = spec.build().unwrap_err();
    assert_eq!(
        e,
        Error::OverlappingIntervals {
            weekday: Weekday::Wed,
            first: nine_to_five(),
            second: late
        }
    );
    assert_eq!(
        e.to_string(),
        "business hours on Wed overlap: 09:00-17:00 and 16:00-18:00; intervals of a day must not overlap (touching is fine)"
    );
    // Touching intervals are fine.
    let mut spec = CalendarSpec::standard("UTC");
    spec.hours
        .on_mut(Weekday::Wed)
        .push(Interval::new(TimeOfDay::hm(17, 0).unwrap(), TimeOfDay::END_OF_DAY).unwrap());
    spec.build().unwrap();
}

#[test]
fn inverted_interval() {
    let e = Interval::new(TimeOfDay::hm(17, 0).unwrap(), TimeOfDay::hm(9, 0).unwrap()).unwrap_err();
    assert!(matches!(e, Error::InvertedInterval { .. }));
    assert!(
        e.to_string().contains("the end must come after the start"),
        "{e}"
    );
    // Reading JSON checks it where it stands.
    let mut v = weekday_spec();
    v["hours"]["monday"] = json!([{ "start": "17:00", "end": "09:00" }]);
    let (path, message, _) = json_error(spec_json(v));
    assert_eq!(path, "hours.monday[0]");
    assert!(
        message.starts_with("interval 17:00-09:00 ends at or before it starts"),
        "{message}"
    );
}

#[test]
fn bad_time_of_day() {
    for text in ["24:01", "9:00", "09:60", "09:00:60", "noon", "25:00"] {
        let e = text.parse::<TimeOfDay>().unwrap_err();
        assert_eq!(e, Error::TimeOfDay { text: text.into() });
        assert!(e.to_string().contains("accepted: HH:MM or HH:MM:SS"), "{e}");
    }
    let mut v = weekday_spec();
    v["hours"]["monday"] = json!([{ "start": "9am", "end": "17:00" }]);
    let (path, message, _) = json_error(spec_json(v));
    assert_eq!(path, "hours.monday[0].start");
    assert!(message.contains("accepted: HH:MM or HH:MM:SS"), "{message}");
}

#[test]
fn zero_business_day_length() {
    let spec = CalendarSpec {
        business_day_length: Some(TimeOfDay::MIDNIGHT),
        ..CalendarSpec::standard("UTC")
    };
    let e = spec.build().unwrap_err();
    assert!(matches!(e, Error::BusinessDayLength { .. }));
    assert!(e.to_string().contains("accepted: 00:00:01 to 24:00"), "{e}");
}

#[test]
fn calendar_unknown_field() {
    let mut v = weekday_spec();
    v["zone"] = json!("UTC");
    let (path, message, _) = json_error(spec_json(v));
    assert_eq!(path, "zone");
    assert!(message.contains("`time_zone`"), "{message}");
}

#[test]
fn calendar_unknown_weekday() {
    let mut v = weekday_spec();
    v["hours"]["mon"] = json!([]);
    let (path, message, _) = json_error(spec_json(v));
    assert_eq!(path, "hours.mon");
    assert!(message.contains("`monday`"), "{message}");
}

#[test]
fn calendar_missing_time_zone() {
    let (path, message, _) = json_error(spec_json(
        json!({ "hours": { "monday": [{ "start": "09:00", "end": "17:00" }] } }),
    ));
    assert_eq!(path, ".");
    assert!(message.contains("missing field `time_zone`"), "{message}");
}

#[test]
fn calendar_through_serde_validates() {
    // Deserialising a `Calendar` itself builds it: the build error's
    // message becomes serde's.
    let mut v = weekday_spec();
    v["time_zone"] = json!("Nowhere/Special");
    let e = serde_json::from_value::<Calendar>(v).unwrap_err();
    assert!(
        e.to_string()
            .contains("unknown time zone \"Nowhere/Special\""),
        "{e}"
    );
}

#[test]
fn holiday_outside_the_representable_range() {
    for d in [
        date(10_000, 1, 1),
        date(0, 12, 31),
        NaiveDate::MAX,
        NaiveDate::MIN,
    ] {
        let spec = CalendarSpec {
            holidays: vec![Holiday::whole(d)],
            ..CalendarSpec::standard("UTC")
        };
        let e = spec.build().unwrap_err();
        assert_eq!(e, Error::HolidayOutOfRange { date: d });
        assert!(
            e.to_string()
                .contains("accepted: dates in the years 1 to 9999"),
            "{e}"
        );
    }
    // The ends of the range are fine.
    let spec = CalendarSpec {
        holidays: vec![
            Holiday::whole(date(1, 1, 1)),
            Holiday::whole(date(9999, 12, 31)),
        ],
        ..CalendarSpec::standard("UTC")
    };
    spec.build().unwrap();
}

#[test]
fn holiday_outside_the_representable_range_in_json() {
    let mut v = weekday_spec();
    v["holidays"] = json!([{ "date": "+10000-01-01" }]);
    let (path, message, _) = json_error(spec_json(v));
    assert_eq!(path, "holidays[0].date");
    assert!(
        message.starts_with(
            &Error::HolidayOutOfRange {
                date: date(10_000, 1, 1)
            }
            .to_string()
        ),
        "{message}"
    );
    let mut v = weekday_spec();
    v["holidays"] = json!([{ "date": "2026-02-30" }]);
    let (path, _, _) = json_error(spec_json(v));
    assert_eq!(path, "holidays[0].date");
}

#[test]
fn partial_holiday_with_inverted_interval() {
    let spec = CalendarSpec {
        holidays: vec![Holiday {
            date: date(2026, 12, 24),
            closed: Some(Interval {
                start: TimeOfDay::hm(12, 0).unwrap(),
                end: TimeOfDay::hm(12, 0).unwrap(),
            }),
        }],
        ..CalendarSpec::standard("UTC")
    };
    assert!(matches!(
        spec.build().unwrap_err(),
        Error::InvertedInterval { .. }
    ));
}

// --- Deadlines at chrono's limits -------------------------------------------

#[test]
fn filing_instant_at_chronos_maximum() {
    let cal = Calendar::standard(chrono_tz::Europe::Berlin);
    let max = DateTime::<Utc>::MAX_UTC;
    for (problem, lang) in [
        (ProblemKind::Technical, LanguageTag::english()),
        (ProblemKind::Technical, local()),
        (ProblemKind::Billing, LanguageTag::english()),
    ] {
        let e = deadline(problem, Severity::A, &lang, max, &cal).unwrap_err();
        assert_eq!(e, Error::DeadlineOutOfRange, "{problem} {lang}");
        assert!(
            e.to_string()
                .contains("accepted: local dates in the years 1 to 9999")
        );
    }
    assert_eq!(cal.is_business_time(max), Err(Error::DeadlineOutOfRange));
    assert_eq!(
        cal.business_time_between(at("2026-01-01T00:00:00Z"), max),
        Err(Error::DeadlineOutOfRange)
    );
}

#[test]
fn filing_instant_at_chronos_minimum() {
    let cal = Calendar::standard(chrono_tz::America::New_York);
    let min = DateTime::<Utc>::MIN_UTC;
    for (problem, lang) in [
        (ProblemKind::Technical, LanguageTag::english()),
        (ProblemKind::Technical, local()),
        (ProblemKind::SubscriptionManagement, local()),
    ] {
        let e = deadline(problem, Severity::C, &lang, min, &cal).unwrap_err();
        assert_eq!(e, Error::DeadlineOutOfRange, "{problem} {lang}");
    }
    assert_eq!(cal.is_business_time(min), Err(Error::DeadlineOutOfRange));
    assert_eq!(
        cal.business_time_between(min, at("2026-01-01T00:00:00Z")),
        Err(Error::DeadlineOutOfRange)
    );
}

#[test]
fn deadline_past_the_representable_range() {
    let cal = Calendar::standard(chrono_tz::UTC);
    // Friday 9999-12-31, 16:00 UTC: 24x7 lands in year 10000.
    let filed = at("9999-12-31T16:00:00Z");
    let e = deadline(
        ProblemKind::Technical,
        Severity::C,
        &LanguageTag::english(),
        filed,
        &cal,
    )
    .unwrap_err();
    assert_eq!(e, Error::DeadlineOutOfRange);
    // Business hours: 1 hour left in 9999, then nothing.
    let e = deadline(ProblemKind::Technical, Severity::B, &local(), filed, &cal).unwrap_err();
    assert_eq!(e, Error::DeadlineOutOfRange);
    let e = deadline(ProblemKind::Billing, Severity::B, &local(), filed, &cal).unwrap_err();
    assert_eq!(e, Error::DeadlineOutOfRange);
    // Just inside: one business hour.
    let d = deadline(
        ProblemKind::Technical,
        Severity::A,
        &LanguageTag::english(),
        at("9999-12-31T20:00:00Z"),
        &cal,
    )
    .unwrap();
    assert_eq!(d.due_utc, at("9999-12-31T22:00:00Z"));
}

#[test]
fn deadline_past_the_range_in_a_zone_east_of_utc() {
    // 9999-12-31T22:00Z is already year 10000 in Tokyo (UTC+9): the local
    // date is what must lie in range.
    let cal = Calendar::standard(chrono_tz::Asia::Tokyo);
    let e = deadline(
        ProblemKind::Technical,
        Severity::A,
        &LanguageTag::english(),
        at("9999-12-31T13:00:00Z"),
        &cal,
    )
    .unwrap_err();
    assert_eq!(e, Error::DeadlineOutOfRange);
}

#[test]
fn filing_before_year_one() {
    let cal = Calendar::standard(chrono_tz::UTC);
    let filed = Utc.with_ymd_and_hms(0, 12, 31, 12, 0, 0).unwrap();
    for lang in [LanguageTag::english(), local()] {
        let e = deadline(ProblemKind::Technical, Severity::A, &lang, filed, &cal).unwrap_err();
        assert_eq!(e, Error::DeadlineOutOfRange, "{lang}");
    }
}

#[test]
fn negative_business_time_budget() {
    let cal = Calendar::standard(chrono_tz::UTC);
    assert_eq!(
        cal.add_business_time(at("2026-01-05T10:00:00Z"), TimeDelta::seconds(-1)),
        Err(Error::DeadlineOutOfRange)
    );
}

#[test]
fn huge_business_time_budget() {
    let cal = Calendar::standard(chrono_tz::UTC);
    assert_eq!(
        cal.add_business_time(at("2026-01-05T10:00:00Z"), TimeDelta::MAX),
        Err(Error::DeadlineOutOfRange)
    );
    // A budget that fits in time but not in the years left.
    assert_eq!(
        cal.add_business_time(at("2026-01-05T10:00:00Z"), TimeDelta::days(365 * 10_000)),
        Err(Error::DeadlineOutOfRange)
    );
}

// --- Huge inputs ------------------------------------------------------------

const TEN_MB: usize = 10 * 1024 * 1024;

#[test]
fn huge_request_file_with_a_huge_unknown_field() {
    let json = with(base(), "/padding", json!("x".repeat(TEN_MB)));
    assert!(json.len() > TEN_MB);
    let (path, message, shown) = json_error(Request::from_json(&json));
    assert_eq!(path, "padding");
    assert!(message.starts_with("unknown field `padding`"), "{message}");
    assert!(shown.len() < 1_000, "{} bytes", shown.len());
}

#[test]
fn huge_request_file_with_a_huge_enum_string() {
    let json = with(base(), "/workload", json!("a".repeat(TEN_MB)));
    let (path, message, _) = json_error(Request::from_json(&json));
    assert_eq!(path, "workload");
    // The message stays short, and still lists what is accepted.
    assert!(message.len() < 2_000, "{} bytes", message.len());
    assert!(message.contains("unknown variant"), "{}", &message[..100]);
    assert!(message.contains("`azure`"), "{message}");
}

#[test]
fn huge_request_file_with_a_huge_language_tag() {
    let json = with(base(), "/language", json!("de-".repeat(TEN_MB / 3)));
    let (path, message, _) = json_error(Request::from_json(&json));
    assert_eq!(path, "language");
    assert!(message.len() < 2_000, "{} bytes", message.len());
    assert!(message.contains("accepted: tags such as en"), "{message}");
}

#[test]
fn huge_request_file_with_a_huge_field_name() {
    let json = with(base(), &format!("/{}", "k".repeat(TEN_MB)), json!(1));
    let (path, message, shown) = json_error(Request::from_json(&json));
    // The first 200 characters, and how many bytes were left out.
    assert_eq!(path, format!("{}… (10485560 more bytes)", "k".repeat(200)));
    assert!(
        message.starts_with("unknown field `kkkk"),
        "{}",
        &message[..100]
    );
    assert!(message.contains("expected one of `edition`"), "{message}");
    assert!(shown.len() < 1_000, "{} bytes", shown.len());
}

#[test]
fn huge_request_file_of_whitespace() {
    let json = base().to_string() + &" ".repeat(TEN_MB);
    assert_eq!(
        Request::from_json(&json).unwrap(),
        samples::direct_partner_azure()
    );
}

#[test]
fn huge_list_of_repeated_roles() {
    let roles = vec![json!("admin_agent"); 1_000_000];
    let json = with(base(), "/partner/roles", Value::Array(roles));
    let (path, message, _) = json_error(Request::from_json(&json));
    assert_eq!(path, "partner.roles");
    assert!(message.contains("admin_agent is listed twice"), "{message}");
}

#[test]
fn deeply_nested_json() {
    let depth = 1_000_000;
    let nested = "[".repeat(depth) + &"]".repeat(depth);
    // As a field value, as the document, and wrapped.
    let as_field =
        base()
            .to_string()
            .replacen("\"filed_at\"", &format!("\"x\": {nested}, \"filed_at\""), 1);
    let (path, _, _) = json_error(Request::from_json(&as_field));
    assert_eq!(path, "x");
    // As the document: a list is read as a positional struct whose first
    // element must be an edition; reading the text again in place (never
    // as a whole `Value`, which the recursion limit would stop) finds the
    // accepted editions.
    for (path, message, _) in [
        json_error(Request::from_json(&nested)),
        json_error(AssessInput::from_json(&nested)),
    ] {
        assert_eq!(path, "[0]");
        assert!(
            message.starts_with("invalid type: a list, expected a string; accepted: one of `dap`"),
            "{message}"
        );
    }
    let wrapped = format!("{{\"request\": {nested}}}");
    let (path, message, _) = json_error(AssessInput::from_json(&wrapped));
    assert_eq!(path, "request[0]");
    assert!(message.contains("accepted: one of `dap`"), "{message}");
    // An edition given as a deep list: the same.
    let deep_field = format!("{{\"request\": {{\"edition\": {nested}}}}}");
    let (path, message, _) = json_error(AssessInput::from_json(&deep_field));
    assert_eq!(path, "request.edition");
    assert!(message.contains("accepted: one of `dap`"), "{message}");
    let (_, message, _) = json_error(run_scenarios(&format!("{{\"cases\": {nested}}}")));
    assert!(
        message.contains("recursion limit exceeded") || message.contains("invalid type"),
        "{message}"
    );
}

#[test]
fn deeply_nested_tenant() {
    // The tenant is read twice (for the deeper error path): both bounded.
    let depth = 100_000;
    let nested = "[".repeat(depth) + &"]".repeat(depth);
    let json = base().to_string().replacen(
        "\"kind\":\"customer\"",
        &format!("\"kind\":\"customer\",\"extra\":{nested}"),
        1,
    );
    assert_ne!(json, base().to_string());
    let (path, _, _) = json_error(Request::from_json(&json));
    assert!(path.starts_with("tenant"), "{path}");
}

/// `n` whole-day holidays, every day from 2000-01-01 on.
fn daily_holidays(n: usize) -> Vec<Holiday> {
    let first = date(2000, 1, 1);
    (0..n)
        .map(|i| Holiday::whole(first + TimeDelta::days(i64::try_from(i).unwrap())))
        .collect()
}

#[test]
fn hundred_thousand_holidays() {
    let n = 100_000;
    let holidays = daily_holidays(n);
    let last = holidays.last().unwrap().date; // 2273-10-15, a Thursday? checked below.
    let spec = CalendarSpec {
        holidays,
        ..CalendarSpec::standard("Europe/Berlin")
    };
    let cal = spec.build().unwrap();
    // Filed at the start of the holidays: the first business hours are the
    // first weekday after the last one.
    let filed = at("2000-01-03T09:00:00Z");
    let d = deadline(ProblemKind::Technical, Severity::B, &local(), filed, &cal).unwrap();
    let mut first_open = last.succ_opt().unwrap();
    while matches!(first_open.weekday(), Weekday::Sat | Weekday::Sun) {
        first_open = first_open.succ_opt().unwrap();
    }
    let expected = chrono_tz::Europe::Berlin
        .from_local_datetime(&first_open.and_hms_opt(13, 0, 0).unwrap())
        .unwrap()
        .with_timezone(&Utc);
    assert_eq!(d.due_utc, expected);
    // Business time across them all: none until the end.
    assert_eq!(
        cal.business_time_between(filed, expected),
        Ok(TimeDelta::hours(4))
    );
    // And the same calendar through JSON.
    let json = serde_json::to_string(&spec).unwrap();
    assert!(json.len() > 2_000_000);
    assert_eq!(Calendar::from_json(&json).unwrap(), cal);
}

#[test]
fn hundred_thousand_holidays_on_one_date() {
    // Repeats of one date combine (their closed intervals add up).
    let spec = CalendarSpec {
        holidays: vec![Holiday::partial(date(2026, 1, 5), nine_to_five()); 100_000],
        ..CalendarSpec::standard("UTC")
    };
    let cal = spec.build().unwrap();
    let d = deadline(
        ProblemKind::Technical,
        Severity::A,
        &local(),
        at("2026-01-05T08:00:00Z"),
        &cal,
    )
    .unwrap();
    assert_eq!(d.due_utc, at("2026-01-06T11:00:00Z"));
}

// --- Echoed input: one line, bounded ------------------------------------------

/// What a hostile value tries: forge a line of output, colour or clear the
/// terminal, reverse the text that follows, hide a NUL.
const HOSTILE: &str = "x\n3 passed, 0 failed\r\u{1b}[31mred\u{1b}[2J\u{202e}desrever\u{2028}\u{0}\u{85}\u{feff}\u{e0041}";

/// Whether `c` must never reach a terminal raw (controls, bidi controls,
/// line separators, BOM, non-characters, tag characters).
fn unsafe_char(c: char) -> bool {
    let u = c as u32;
    c.is_control()
        || matches!(u, 0x061C | 0x200E | 0x200F | 0x202A..=0x202E | 0x2066..=0x2069)
        || matches!(u, 0x2028 | 0x2029 | 0xFEFF | 0xFDD0..=0xFDEF | 0xE0000..=0xE007F)
        || (u & 0xFFFE) == 0xFFFE
}

fn assert_one_safe_line(shown: &str) {
    assert!(
        !shown.chars().any(unsafe_char),
        "a raw control, bidi or separator character: {shown:?}"
    );
}

/// `doc` with the field `key` of the object at `parent` set to `v`.
fn with_key(mut doc: Value, parent: &str, key: &str, v: Value) -> String {
    doc.pointer_mut(parent)
        .unwrap()
        .as_object_mut()
        .unwrap()
        .insert(key.to_owned(), v);
    doc.to_string()
}

/// The ways a string from the input reaches an error message.
fn placements(s: &str) -> Vec<(&'static str, Result<(), Error>)> {
    let own = serde_json::to_value(samples::own_tenant_azure()).unwrap();
    let cal = |zone: &str, monday: Value, holidays: Value| {
        json!({ "request": base(), "calendar": {
            "time_zone": zone, "hours": { "monday": monday }, "holidays": holidays } })
        .to_string()
    };
    let nine_five = json!([{ "start": "09:00", "end": "17:00" }]);
    let req = |json: String| Request::from_json(&json).map(drop);
    let input = |json: String| AssessInput::from_json(&json).map(drop);
    vec![
        ("enum value", req(with(base(), "/workload", json!(s)))),
        (
            "enum value in a list",
            req(with(base(), "/tenant/gdap/roles", json!([s]))),
        ),
        ("unknown field", req(with_key(base(), "", s, json!(1)))),
        (
            "unknown nested field",
            req(with_key(base(), "/tenant/gdap", s, json!(1))),
        ),
        (
            "unknown field in a tenant",
            req(with_key(base(), "/tenant", s, json!(1))),
        ),
        ("tenant kind", req(with(base(), "/tenant/kind", json!(s)))),
        (
            "own entitlement",
            req(with(own, "/tenant/entitlement", json!(s))),
        ),
        (
            "string for a boolean",
            req(with(base(), "/tenant/azure/is_provider", json!(s))),
        ),
        (
            "string for a list",
            req(with(base(), "/partner/roles", json!(s))),
        ),
        ("language tag", req(with(base(), "/language", json!(s)))),
        ("instant", req(with(base(), "/filed_at", json!(s)))),
        (
            "instant in a tenant",
            req(with(base(), "/tenant/gdap/ends_at", json!(s))),
        ),
        ("time zone", input(cal(s, nine_five.clone(), json!([])))),
        (
            "time of day",
            input(cal(
                "UTC",
                json!([{ "start": s, "end": "17:00" }]),
                json!([]),
            )),
        ),
        (
            "holiday date",
            input(cal("UTC", nine_five.clone(), json!([{ "date": s }]))),
        ),
        ("language tag (FromStr)", s.parse::<LanguageTag>().map(drop)),
        ("time of day (FromStr)", s.parse::<TimeOfDay>().map(drop)),
        (
            "time zone (build)",
            CalendarSpec::standard(s).build().map(drop),
        ),
        (
            "calendar (from_json)",
            Calendar::from_json(&json!({ "time_zone": s, "hours": {} }).to_string()).map(drop),
        ),
    ]
}

#[test]
fn echoed_input_cannot_forge_a_line_or_reach_the_terminal_raw() {
    for (place, result) in placements(HOSTILE) {
        let e = result.expect_err(place);
        let shown = e.to_string();
        assert_one_safe_line(&shown);
        // Where the value is echoed, what was escaped is still there, visibly.
        if shown.contains("3 passed") {
            assert!(shown.contains("x\\n3 passed"), "{place}: {shown}");
        }
        if let Error::Json { path, message } = &e {
            assert_one_safe_line(path);
            assert_one_safe_line(message);
        }
    }
}

#[test]
fn echoed_input_is_at_most_200_characters() {
    // Words with spaces: a word-wise cut would keep every one of them.
    let long = "word ".repeat(20_000);
    for (place, result) in placements(&long) {
        let shown = result.expect_err(place).to_string();
        assert_one_safe_line(&shown);
        // At most 200 characters (40 words) of the value each time it is
        // echoed: an unknown field's name is in its path and its message.
        let words = shown.matches("word").count();
        assert!(words <= 80, "{place}: {words} words echoed: {shown}");
        assert!(
            shown.len() < 1_500,
            "{place}: {} bytes: {shown}",
            shown.len()
        );
    }
}

#[test]
fn error_display_is_safe_whoever_built_the_error() {
    // The library's own Display escapes and bounds, even for an error a
    // caller builds from raw input.
    let long = format!("{HOSTILE}{}", "y".repeat(10_000));
    for e in [
        Error::Json {
            path: long.clone(),
            message: long.clone(),
        },
        Error::GraphPayload {
            path: long.clone(),
            message: long.clone(),
        },
        Error::LanguageTag {
            tag: long.clone(),
            reason: long.clone(),
        },
        Error::UnknownTimeZone { name: long.clone() },
        Error::TimeOfDay { text: long.clone() },
        Error::IsoDuration { text: long.clone() },
        Error::Io {
            path: long.clone(),
            source: std::sync::Arc::new(std::io::Error::other(long.clone())),
        },
        Error::ReportFormat {
            given: long.clone(),
        },
        Error::GraphRelationshipDate {
            status: long.clone(),
            field: "endDateTime",
        },
        Error::GraphRelationship {
            id: long.clone(),
            source: Box::new(Error::TimeOfDay { text: long.clone() }),
        },
    ] {
        let shown = e.to_string();
        assert_one_safe_line(&shown);
        // A value is echoed with at most 200 characters; a composed path or
        // message with at most 4,096 (a caller's error is not cut finer).
        assert!(shown.len() < 10_000, "{} bytes", shown.len());
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]

    #[test]
    fn any_echoed_string_is_one_safe_bounded_line(s in proptest::prelude::any::<String>()) {
        for (place, result) in placements(&s) {
            let Err(e) = result else { continue };
            let shown = e.to_string();
            proptest::prop_assert!(!shown.chars().any(unsafe_char), "{}: {:?}", place, shown);
            proptest::prop_assert!(shown.chars().count() < 1_500, "{}: {:?}", place, shown);
        }
    }
}

// --- Duplicate fields ----------------------------------------------------------

#[test]
fn duplicate_field_names_the_field() {
    let doc = base().to_string();
    let twice = |field: &str| {
        let pos = doc.find(&format!("\"{field}\":")).unwrap();
        let end = pos + doc[pos..].find([',', '}']).unwrap();
        format!("{},{}", &doc[..end], &doc[pos..])
    };
    for (field, path) in [
        ("workload", "workload"),
        ("severity", "severity"),
        ("type", "partner.type"),
        ("status", "tenant.gdap.status"),
        ("is_provider", "tenant.azure.is_provider"),
    ] {
        let (got, message, _) = json_error(Request::from_json(&twice(field)));
        assert_eq!(got, path, "{message}");
        assert!(
            message.contains(&format!("duplicate field `{field}`")),
            "{message}"
        );
        let wrapped = format!("{{\"request\": {}}}", twice(field));
        let (got, _, _) = json_error(AssessInput::from_json(&wrapped));
        assert_eq!(got, format!("request.{path}"));
    }
    let (got, message, _) = json_error(Calendar::from_json(
        r#"{ "time_zone": "UTC", "time_zone": "UTC", "hours": {} }"#,
    ));
    assert_eq!(got, "time_zone", "{message}");
}

// --- Calendar errors name their path ---------------------------------------------

#[test]
fn calendar_errors_name_the_path() {
    let nine_twelve = json!({ "start": "09:00", "end": "12:00" });
    let inverted = json!({ "start": "17:00", "end": "09:00" });
    let monday = json!([nine_twelve.clone()]);
    let cases = [
        (
            json!({ "time_zone": "Europe/Atlantis", "hours": { "monday": monday } }),
            "time_zone",
            "unknown time zone \"Europe/Atlantis\"",
        ),
        (
            json!({ "time_zone": "UTC", "hours": { "monday": [nine_twelve, inverted] } }),
            "hours.monday[1]",
            "interval 17:00-09:00 ends at or before it starts",
        ),
        (
            json!({ "time_zone": "UTC", "hours": { "wednesday": [
                { "start": "09:00", "end": "17:00" }, { "start": "16:00", "end": "18:00" } ] } }),
            "hours.wednesday",
            "business hours on Wed overlap: 09:00-17:00 and 16:00-18:00",
        ),
        (
            json!({ "time_zone": "UTC", "hours": { "monday": monday }, "holidays": [
                { "date": "2026-12-25" }, { "date": "2026-12-26" }, { "date": "2027-01-01" },
                { "date": "+10000-01-01" } ] }),
            "holidays[3].date",
            "holiday +10000-01-01 is out of range; accepted: dates in the years 1 to 9999",
        ),
        (
            json!({ "time_zone": "UTC", "hours": { "monday": monday }, "holidays": [
                { "date": "2026-12-24", "closed": inverted } ] }),
            "holidays[0].closed",
            "ends at or before it starts",
        ),
        (
            json!({ "time_zone": "UTC", "hours": { "monday": monday }, "business_day_length": "00:00" }),
            "business_day_length",
            "business-day length 00:00 is not valid",
        ),
        (
            json!({ "time_zone": "UTC", "hours": { "monday": [] } }),
            "hours",
            "the calendar has no business time in its week",
        ),
    ];
    for (calendar, path, needle) in cases {
        // Alone, through Calendar::from_json…
        let (got, message, _) = json_error(Calendar::from_json(&calendar.to_string()));
        assert_eq!(got, path, "{message}");
        assert!(message.contains(needle), "{message}");
        // …and beside a request, below `calendar`.
        let input = json!({ "request": base(), "calendar": calendar }).to_string();
        let (got, message, _) = json_error(AssessInput::from_json(&input));
        assert_eq!(got, format!("calendar.{path}"), "{message}");
        assert!(message.contains(needle), "{message}");
    }
}
