//! Bad input to the `csp-support` command-line tool: the message on
//! standard error names the field, the exit status is 2 (catalogue:
//! `docs/bad-input.md`).

#![cfg(feature = "cli")]

use std::io::Write as _;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

use csp_support::samples;
use serde_json::{Value, json};

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_csp-support"));
    c.current_dir(env!("CARGO_MANIFEST_DIR"));
    c
}

fn run(args: &[&str]) -> Output {
    bin().args(args).output().unwrap()
}

fn run_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = bin()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let _ = child.stdin.take().unwrap().write_all(input);
    child.wait_with_output().unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

/// A file in the target directory's temp area, unique to this test.
fn temp_file(name: &str, contents: &[u8]) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("cli-bad-input");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, contents).unwrap();
    path
}

fn base() -> Value {
    serde_json::to_value(samples::direct_partner_azure()).unwrap()
}

/// Asserts exit status 2, nothing on stdout, and stderr containing `needles`.
fn assert_bad_input(o: &Output, needles: &[&str]) {
    let err = stderr(o);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(
        o.stdout.is_empty(),
        "{}",
        String::from_utf8_lossy(&o.stdout)
    );
    assert!(err.starts_with("csp-support: "), "{err}");
    for n in needles {
        assert!(err.contains(n), "{n:?} not in {err}");
    }
    assert!(err.len() < 2_000, "{} bytes on stderr", err.len());
}

#[test]
fn cli_unknown_enum_string() {
    let mut doc = base();
    doc["partner"]["type"] = json!("reseller");
    let path = temp_file("unknown-enum.json", doc.to_string().as_bytes());
    let o = run(&["assess", path.to_str().unwrap()]);
    assert_bad_input(
        &o,
        &[
            "unknown-enum.json: partner.type: unknown variant `reseller`",
            "`indirect_reseller`",
        ],
    );
}

#[test]
fn cli_unknown_field() {
    let mut doc = base();
    doc["tenant"]["gdap"]["state"] = json!("active");
    let o = run_stdin(&["assess"], doc.to_string().as_bytes());
    assert_bad_input(
        &o,
        &[
            "<stdin>: tenant.gdap.state: unknown field `state`",
            "`status`",
        ],
    );
}

#[test]
fn cli_missing_field() {
    let mut doc = base();
    doc.as_object_mut().unwrap().remove("filed_at");
    let o = run_stdin(&["assess", "-"], doc.to_string().as_bytes());
    assert_bad_input(&o, &["<stdin>: .: missing field `filed_at`"]);
}

#[test]
fn cli_wrong_type() {
    let mut doc = base();
    doc["severity"] = json!(2);
    let o = run_stdin(&["assess"], doc.to_string().as_bytes());
    assert_bad_input(
        &o,
        &[
            "severity: invalid type: a number, expected a string",
            "`critical`",
        ],
    );
}

#[test]
fn cli_wrapped_request_names_the_path_below_request() {
    let mut doc = base();
    doc["workload"] = json!("aws");
    let o = run_stdin(
        &["assess"],
        json!({ "request": doc }).to_string().as_bytes(),
    );
    assert_bad_input(&o, &["request.workload: unknown variant `aws`", "`azure`"]);
}

#[test]
fn cli_malformed_json() {
    let o = run_stdin(&["assess"], b"{ \"partner\": ");
    assert_bad_input(&o, &["<stdin>: partner: EOF while parsing"]);
}

#[test]
fn cli_empty_input() {
    let o = run_stdin(&["assess"], b"");
    assert_bad_input(&o, &["<stdin>: .: EOF while parsing a value"]);
}

#[test]
fn cli_invalid_utf8() {
    let path = temp_file("latin1.json", b"{ \"language\": \"fran\xe7ais\" }");
    let o = run(&["assess", path.to_str().unwrap()]);
    assert_bad_input(
        &o,
        &[
            "cannot read",
            "latin1.json: stream did not contain valid UTF-8",
        ],
    );
}

#[test]
fn cli_missing_file() {
    let o = run(&["assess", "no/such/request.json"]);
    assert_bad_input(&o, &["cannot read no/such/request.json"]);
}

#[test]
fn cli_gdap_ends_before_it_starts() {
    let mut doc = base();
    doc["tenant"]["gdap"]["ends_at"] = json!("2025-01-01T00:00:00Z");
    let o = run_stdin(&["assess"], doc.to_string().as_bytes());
    assert_bad_input(
        &o,
        &[
            "GDAP relationship ends",
            "the end must come after the start",
        ],
    );
}

#[test]
fn cli_gdap_without_roles() {
    let mut doc = base();
    doc["tenant"]["gdap"]["roles"] = json!([]);
    doc["tenant"]["gdap"]["user_roles"] = json!([]);
    let o = run_stdin(&["assess"], doc.to_string().as_bytes());
    assert_bad_input(&o, &["grants no Microsoft Entra role"]);
}

#[test]
fn cli_duplicated_roles() {
    let mut doc = base();
    doc["tenant"]["gdap"]["roles"] = json!(["directory_readers", "directory_readers"]);
    let o = run_stdin(&["assess"], doc.to_string().as_bytes());
    assert_bad_input(
        &o,
        &["tenant.gdap.roles: directory_readers is listed twice"],
    );
}

#[test]
fn cli_huge_request_file() {
    let mut doc = base();
    doc["workload"] = json!("a".repeat(10 * 1024 * 1024));
    let path = temp_file("huge.json", doc.to_string().as_bytes());
    let o = run(&["assess", path.to_str().unwrap()]);
    assert_bad_input(
        &o,
        &["huge.json: workload: unknown variant", "bytes)", "`azure`"],
    );
}

#[test]
fn cli_deeply_nested_request() {
    let depth = 100_000;
    let nested = "[".repeat(depth) + &"]".repeat(depth);
    // A list where the request belongs is read as its positional form,
    // whose first element is the edition.
    let o = run_stdin(&["assess"], format!("{{\"request\": {nested}}}").as_bytes());
    assert_bad_input(&o, &["request[0]: invalid type: a list", "`gdap-2025`"]);
    // Inside a tenant, read whole for its `kind`: the recursion limit.
    let tenant = format!("{{\"request\": {{\"tenant\": {{\"kind\": \"customer\", \"gdap\": {nested}}}}}}}");
    let o = run_stdin(&["assess"], tenant.as_bytes());
    assert_bad_input(&o, &["request.tenant.gdap[0][0]", "recursion limit exceeded"]);
}

#[test]
fn cli_bad_scenario_file() {
    let mut request = base();
    request["channel"] = json!("email");
    let file = json!({ "cases": [{ "name": "c1", "request": request,
        "expect": { "outcome": "allowed", "rules": [] } }] });
    let path = temp_file("bad-scenario.json", file.to_string().as_bytes());
    let o = run(&["check", path.to_str().unwrap()]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(
        err.contains("cases[0].request.channel: unknown variant `email`"),
        "{err}"
    );
    assert!(err.contains("(case c1)"), "{err}");
}

#[test]
fn cli_unknown_edition() {
    let o = run(&["rules", "--edition", "gdap-2024"]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(err.contains("accepted: dap, gdap-2023, gdap-2025"), "{err}");
}
