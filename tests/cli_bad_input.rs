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
    let tenant =
        format!("{{\"request\": {{\"tenant\": {{\"kind\": \"customer\", \"gdap\": {nested}}}}}}}");
    let o = run_stdin(&["assess"], tenant.as_bytes());
    assert_bad_input(
        &o,
        &["request.tenant.gdap[0][0]", "recursion limit exceeded"],
    );
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

// --- `check`: no false pass, no forged output (issue 14) -------------------

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

/// A scenario file of `cases` (JSON values).
fn scenario_file(name: &str, cases: Value) -> PathBuf {
    temp_file(name, json!({ "cases": cases }).to_string().as_bytes())
}

/// A case named `name` that passes (`pass`) or fails.
fn case(name: &str, pass: bool) -> Value {
    let rules = csp_support::assess(&samples::direct_partner_azure())
        .decision
        .rules;
    let outcome = if pass { "allowed" } else { "denied" };
    json!({ "name": name, "request": base(), "expect": { "outcome": outcome, "rules": rules } })
}

#[test]
fn cli_scenario_file_without_cases() {
    let path = scenario_file("no-cases.json", json!([]));
    let o = run(&["check", path.to_str().unwrap()]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(err.contains("no-cases.json: cases: "), "{err}");
    assert!(err.contains("at least one case"), "{err}");
    // The count says the file was not run, not `0 passed, 0 failed`.
    assert_eq!(stdout(&o), "0 passed, 0 failed, 1 file not run\n");
}

#[test]
fn cli_empty_scenario_file() {
    let path = temp_file("empty-scenario.json", b"");
    for format in ["text", "junit"] {
        let o = run(&["check", "--format", format, path.to_str().unwrap()]);
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(2), "{err}");
        assert!(err.contains("EOF while parsing"), "{err}");
        let summary = if format == "text" {
            stdout(&o)
        } else {
            err.lines().last().unwrap().to_owned() + "\n"
        };
        assert_eq!(summary, "0 passed, 0 failed, 1 file not run\n", "{format}");
    }
}

#[test]
fn cli_customer_case_with_a_request_expectation() {
    let path = scenario_file(
        "customer-portal.json",
        json!([{ "name": "c1",
            "customer": { "edition": "gdap-2025", "subscriptions": [{ "channel": "csp", "kind": "paid" }] },
            "expect": { "outcome": "not_covered", "rules": ["CUSTOMER-TRIAL-PARTNER-ONLY", "CUSTOMER-PAID-EITHER"],
                        "portal": "azure_portal" } }]),
    );
    let o = run(&["check", path.to_str().unwrap()]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(
        err.contains("cases[0].expect.portal: `portal` does not apply to a customer question"),
        "{err}"
    );
    assert!(err.contains("(case c1)"), "{err}");
}

#[test]
fn cli_case_name_with_a_newline_cannot_forge_the_count() {
    let path = scenario_file(
        "forged-count.json",
        json!([case("x: ok\n3 passed, 0 failed", false)]),
    );
    let o = run(&["check", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2, "{out}");
    assert!(
        lines[0].contains("case x: ok\\n3 passed, 0 failed: expected denied"),
        "{out}"
    );
    assert_eq!(lines[1], "0 passed, 1 failed");
}

#[test]
fn cli_file_name_with_a_newline_cannot_forge_a_line() {
    let path = scenario_file(
        "forged\n9 passed, 0 failed\n.json",
        json!([case("c1", false)]),
    );
    let o = run(&["check", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2, "{out}");
    assert!(
        lines[0].contains("forged\\n9 passed, 0 failed\\n.json: case c1: expected"),
        "{out}"
    );
    assert_eq!(lines[1], "0 passed, 1 failed");
    // A file that cannot be read: one line on standard error.
    let o = run(&["check", "no/such\n1 passed, 0 failed"]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("no/such\\n1 passed, 0 failed"), "{err}");
}

#[test]
fn cli_junit_is_well_formed_for_any_name() {
    let names = [
        "c\u{1}",
        "c\u{1b}[31m",
        "c\u{fffe}",
        "c\u{ffff}",
        "c]]>&<\"'",
        "c\u{0}",
    ];
    let cases: Vec<Value> = names
        .iter()
        .enumerate()
        .map(|(i, n)| case(n, i % 2 == 0))
        .collect();
    let path = scenario_file("junit-names-\u{7}.json", Value::Array(cases));
    let o = run(&["check", "--format", "junit", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let xml = stdout(&o);
    let doc = roxmltree::Document::parse(&xml).unwrap_or_else(|e| panic!("{e}: {xml}"));
    let root = doc.root_element();
    assert_eq!(root.attribute("tests"), Some("6"));
    assert_eq!(root.attribute("failures"), Some("3"));
    let got: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("testcase"))
        .map(|n| n.attribute("name").unwrap())
        .collect();
    assert_eq!(
        got,
        [
            "c\\u{1}",
            "c\\u{1b}[31m",
            "c\\u{fffe}",
            "c\\u{ffff}",
            "c]]>&<\"'",
            "c\\u{0}"
        ]
    );
    assert_eq!(stderr(&o), "3 passed, 3 failed\n");
}

#[test]
fn cli_huge_case_name() {
    let name = "n".repeat(1_000_000);
    let path = scenario_file("huge-name.json", json!([case(&name, false)]));
    let o = run(&["check", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(o.stdout.len() < 2_000, "{} bytes", o.stdout.len());
    let o = run(&["check", "--format", "junit", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(o.stdout.len() < 4_000, "{} bytes", o.stdout.len());
    roxmltree::Document::parse(&stdout(&o)).unwrap();
}

/// Asserts exit status 2, nothing on stdout, and exactly one line on
/// stderr with no raw control, bidi or separator character.
fn assert_one_safe_line(o: &Output) {
    let err = stderr(o);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(
        o.stdout.is_empty(),
        "{}",
        String::from_utf8_lossy(&o.stdout)
    );
    assert_eq!(err.matches('\n').count(), 1, "{err:?}");
    assert!(err.ends_with('\n'), "{err:?}");
    let raw = err.trim_end_matches('\n');
    assert!(
        !raw.chars().any(|c| c.is_control()
            || matches!(c as u32, 0x061C | 0x200E | 0x200F | 0x202A..=0x202E | 0x2066..=0x2069 | 0x2028 | 0x2029 | 0xFEFF)),
        "{err:?}"
    );
}

const HOSTILE: &str = "x\n3 passed, 0 failed\r\u{1b}[2J\u{202e}desrever\u{2028}";

#[test]
fn cli_error_is_one_line_whatever_the_input_holds() {
    let mut doc = base();
    doc["workload"] = json!(HOSTILE);
    let o = run_stdin(&["assess"], doc.to_string().as_bytes());
    assert_one_safe_line(&o);
    assert!(
        stderr(&o).contains("x\\n3 passed, 0 failed\\r\\u{1b}[2J"),
        "{}",
        stderr(&o)
    );
    let mut doc = base();
    doc[HOSTILE] = json!(1);
    assert_one_safe_line(&run_stdin(&["assess"], doc.to_string().as_bytes()));
    let mut doc = base();
    doc["language"] = json!(HOSTILE);
    assert_one_safe_line(&run_stdin(&["assess"], doc.to_string().as_bytes()));
    let mut doc = base();
    doc["filed_at"] = json!(HOSTILE);
    assert_one_safe_line(&run_stdin(&["assess"], doc.to_string().as_bytes()));
    let calendar = json!({ "request": base(), "calendar": { "time_zone": HOSTILE, "hours": {} } });
    assert_one_safe_line(&run_stdin(&["assess"], calendar.to_string().as_bytes()));
    // A file name of the attacker's choosing.
    let o = run(&["assess", &format!("no/such/{HOSTILE}.json")]);
    assert_one_safe_line(&o);
    let o = run(&["check", &format!("no/such/{HOSTILE}.json")]);
    assert_one_safe_line(&o);
}

#[test]
fn cli_input_larger_than_the_limit() {
    let request = base().to_string();
    let big = format!("{request}{}", " ".repeat(2_000));
    let path = temp_file("over-the-limit.json", big.as_bytes());
    let file = path.to_str().unwrap();
    // A file and standard input alike.
    for o in [
        run(&["assess", "--max-input-bytes", "1000", file]),
        run_stdin(&["assess", "--max-input-bytes", "1000"], big.as_bytes()),
        run(&["check", "--max-input-bytes", "1000", file]),
        run(&["--max-input-bytes", "1000", "check", file]),
    ] {
        assert_bad_input(&o, &["larger than 1000 bytes", "--max-input-bytes"]);
    }
    let o = run(&[
        "readiness",
        "--max-input-bytes",
        "100",
        file,
        "--profile",
        file,
    ]);
    assert_bad_input(&o, &["larger than 100 bytes"]);
    // Raised, it is read.
    let o = run(&["assess", "--max-input-bytes", "1000000", file]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    // A limit of zero reads nothing.
    let o = run(&["assess", "--max-input-bytes", "0", file]);
    assert_bad_input(&o, &["larger than 0 bytes"]);
}

#[test]
fn cli_endless_input_ends_with_an_error() {
    let start = std::time::Instant::now();
    // As a file…
    let o = run(&["assess", "/dev/urandom"]);
    assert_bad_input(
        &o,
        &[
            "/dev/urandom",
            "larger than 16777216 bytes",
            "--max-input-bytes",
        ],
    );
    // …and as standard input.
    let urandom = std::fs::File::open("/dev/urandom").unwrap();
    let o = bin().args(["check", "-"]).stdin(urandom).output().unwrap();
    assert_bad_input(&o, &["<stdin>", "larger than 16777216 bytes"]);
    assert!(start.elapsed().as_secs() < 60, "{:?}", start.elapsed());
}

#[test]
fn cli_unreadable_file_prints_nothing_on_standard_output() {
    for args in [
        &["check", "no/such/policy.json"][..],
        &["check", "tests/scenarios/dap.json", "no/such/policy.json"][..],
        &[
            "check",
            "--format",
            "junit",
            "tests/scenarios/dap.json",
            "no/such/policy.json",
        ][..],
        &["check", "tests"][..],
        &["assess", "no/such/request.json"][..],
        &[
            "readiness",
            "no/such/export.json",
            "--profile",
            "no/such/profile.json",
        ][..],
        &[
            "readiness",
            "tests/fixtures/exports/partner",
            "no/such/export.json",
            "--profile",
            "tests/fixtures/exports/profile.json",
        ][..],
    ] {
        let o = run(args);
        assert_bad_input(&o, &["cannot read"]);
    }
}

#[test]
fn cli_standard_input_is_read_once() {
    let o = run_stdin(&["check", "-", "-"], b"{}");
    assert_bad_input(&o, &["standard input can be read only once"]);
    let o = run_stdin(&["readiness", "-", "--profile", "-"], b"{}");
    assert_bad_input(&o, &["standard input can be read only once"]);
}

#[test]
fn cli_bad_instant_flag() {
    let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/exports/");
    let profile = format!("{fixtures}profile.json");
    let export = format!("{fixtures}partner");
    for (at, reason) in [
        (
            "2026-11-16 10:00:00Z",
            "a space between the date and the time",
        ),
        ("2026-11-16T10:00:00+0200", "an offset without a colon"),
        ("+10000-01-01T00:00:00Z", "a sign before the year"),
        ("2026-12-31T23:59:60Z", "a leap second"),
    ] {
        let o = run(&["readiness", &export, "--profile", &profile, "--at", at]);
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(2), "{at}: {err}");
        assert!(o.stdout.is_empty());
        assert!(err.contains(reason), "{at}: {err}");
    }
}

#[test]
fn cli_lang_with_json_is_refused() {
    let o = run_stdin(
        &["assess", "--format", "json", "--lang", "de"],
        base().to_string().as_bytes(),
    );
    assert_bad_input(&o, &["--lang applies to --format text"]);
}

#[test]
fn cli_bad_flag_value_is_one_safe_line() {
    // clap's own errors (a bad value, an unknown flag) are one line too:
    // no usage block, the echoed value escaped.
    let o = run(&["matrix", "--edition", HOSTILE]);
    assert_one_safe_line(&o);
    assert!(
        stderr(&o).contains("accepted: dap, gdap-2023, gdap-2025"),
        "{}",
        stderr(&o)
    );
    let o = run(&["matrix", &format!("--{HOSTILE}")]);
    assert_one_safe_line(&o);
    let o = run(&["check", "--format", HOSTILE, "x.json"]);
    assert_one_safe_line(&o);
}
