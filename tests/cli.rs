//! The `csp-support` command-line tool, run as a user runs it.

#![cfg(feature = "cli")]

use std::io::Write as _;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

use csp_support::{Assessment, Outcome, samples};

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_csp-support"));
    c.current_dir(env!("CARGO_MANIFEST_DIR"));
    c
}

fn run(args: &[&str]) -> Output {
    bin().args(args).output().unwrap()
}

fn run_stdin(args: &[&str], input: &str) -> Output {
    let mut child = bin()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The tool may exit before reading (a bad argument): a closed pipe then
    // is expected, not a failure.
    let _ = child.stdin.take().unwrap().write_all(input.as_bytes());
    child.wait_with_output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

/// A file in the target directory's temp area, unique to this test.
fn temp_file(name: &str, contents: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("cli-tests");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, contents).unwrap();
    path
}

#[test]
fn check_runs_the_shipped_suite() {
    let o = run(&[
        "check",
        "tests/scenarios/dap.json",
        "tests/scenarios/gdap-2023.json",
        "tests/scenarios/gdap-2025.json",
    ]);
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(0), "{out}{}", stderr(&o));
    let last = out.lines().last().unwrap();
    assert!(last.ends_with(" passed, 0 failed"), "{out}");
    assert_eq!(out.lines().count(), 1, "{out}");
}

fn failing_scenario(name: &str) -> PathBuf {
    let request = samples::reseller_azure_gdap_2025().to_json();
    temp_file(
        name,
        &format!(
            r#"{{ "cases": [
                {{ "name": "reseller-azure", "request": {request},
                   "expect": {{ "outcome": "denied", "rules": ["AZURE-PROVIDER-ONLY"] }} }},
                {{ "name": "reseller-azure-at-least", "request": {request},
                   "expect": {{ "outcome": "denied", "rules": ["AZURE-PROVIDER-ONLY"], "match": "at_least" }} }}
            ] }}"#
        ),
    )
}

#[test]
fn check_prints_one_line_per_failure_and_exits_1() {
    let file = failing_scenario("failing-text.json");
    let o = run(&["check", file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines,
        [
            format!(
                "{}: case reseller-azure: expected denied [AZURE-PROVIDER-ONLY], got denied [FILER-PARTNER-TYPES, AZURE-PROVIDER-ONLY]",
                file.display()
            )
            .as_str(),
            "1 passed, 1 failed"
        ]
    );
}

#[test]
fn check_writes_junit_xml() {
    let file = failing_scenario("failing-junit.json");
    let o = run(&["check", "--format", "junit", file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let xml = stdout(&o);
    assert!(
        xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"),
        "{xml}"
    );
    assert!(
        xml.contains(r#"<testsuites name="csp-support" tests="2" failures="1" errors="0">"#),
        "{xml}"
    );
    assert!(
        xml.contains(r#"<testcase name="reseller-azure-at-least""#),
        "{xml}"
    );
    assert!(xml.contains(r#"<failure message="case reseller-azure: expected denied [AZURE-PROVIDER-ONLY], got denied"#), "{xml}");
    assert_eq!(stderr(&o).trim(), "1 passed, 1 failed");
}

#[test]
fn check_names_the_bad_field_of_a_malformed_scenario_file() {
    let file = temp_file(
        "malformed-scenario.json",
        r#"{ "cases": [ { "name": "x", "request": { "partner": { "type": "reseller" } }, "expect": { "outcome": "allowed", "rules": [] } } ] }"#,
    );
    let o = run(&["check", file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("cases[0].request.partner.type"), "{err}");
    assert!(err.contains("indirect_reseller"), "{err}");
}

#[test]
fn check_reports_a_missing_file() {
    let o = run(&["check", "no/such/file.json"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("cannot read no/such/file.json"),
        "{}",
        stderr(&o)
    );
    // Nothing on standard output: no "0 passed, 0 failed" a CI job could
    // mistake for a run.
    assert_eq!(stdout(&o), "");
}

#[test]
fn assess_prints_the_assessment_as_json() {
    let file = temp_file("request.json", &samples::direct_partner_azure().to_json());
    let o = run(&["assess", file.to_str().unwrap(), "--format", "json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let a = Assessment::from_json(&stdout(&o)).unwrap();
    assert_eq!(a, csp_support::assess(&samples::direct_partner_azure()));
}

#[test]
fn assess_reads_standard_input_and_the_wrapped_form() {
    let request = samples::reseller_azure_gdap_2025().to_json();
    let o = run_stdin(
        &["assess", "-", "--format", "text"],
        &format!(r#"{{ "request": {request} }}"#),
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    // The library's explanation, as `Display` gives it.
    let expected = csp_support::assess(&samples::reseller_azure_gdap_2025()).to_string();
    assert_eq!(out.trim_end(), expected, "{out}");
    assert!(
        out.contains("[FILER-PARTNER-TYPES, AZURE-PROVIDER-ONLY]"),
        "{out}"
    );
}

#[test]
fn assess_explains_in_the_language_asked_for() {
    let request = samples::reseller_azure_gdap_2025();
    let o = run_stdin(
        &["assess", "--format", "text", "--lang", "de"],
        &request.to_json(),
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let expected = csp_support::assess(&request)
        .explain(csp_support::i18n::Lang::De)
        .to_string();
    assert_eq!(stdout(&o).trim_end(), expected);
    let bad = run_stdin(&["assess", "--lang", "not a tag!"], &request.to_json());
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("BCP 47"), "{}", stderr(&bad));
}

#[test]
fn assess_names_the_bad_field_and_the_accepted_values_with_exit_2() {
    let json = samples::direct_partner_office365()
        .to_json()
        .replace("\"direct_bill_partner\"", "\"reseller\"");
    let file = temp_file("bad-request.json", &json);
    let o = run(&["assess", file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stdout(&o).is_empty());
    let err = stderr(&o);
    assert!(err.starts_with("csp-support: "), "{err}");
    assert!(
        err.contains("partner.type: unknown variant `reseller`"),
        "{err}"
    );
    assert!(
        err.contains("`direct_bill_partner`, `indirect_provider`, `indirect_reseller`, `advisor`"),
        "{err}"
    );
}

#[test]
fn assess_rejects_unknown_fields() {
    let json = samples::direct_partner_office365().to_json().replacen(
        "\"workload\"",
        "\"priority\": 1, \"workload\"",
        1,
    );
    let o = run_stdin(&["assess"], &json);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("priority: unknown field `priority`"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn assess_reports_invalid_facts_with_exit_2() {
    let json = samples::direct_partner_office365()
        .to_json()
        .replace("2027-12-31T00:00:00Z", "2025-12-31T00:00:00Z");
    let o = run_stdin(&["assess"], &json);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("GDAP relationship ends"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn rules_lists_the_catalogue_of_an_edition() {
    let o = run(&["rules", "--edition", "dap"]);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    assert!(out.contains("ROUTE-NO-PHONE\n  There is no phone channel in this program.\n  dap: stated\n    cites 002_f4f19e632006098d.txt (ru)"), "{out}");
    assert!(!out.contains("SCOPE-MARKETPLACE-ISV"), "{out}");
    let all = stdout(&run(&["rules"]));
    for rule in csp_support::catalogue() {
        assert!(all.contains(&format!("{}\n", rule.id)), "{}", rule.id);
    }
}

#[test]
fn rules_as_json() {
    let o = run(&["rules", "--edition", "gdap-2025", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(
        v.as_array().unwrap().len(),
        csp_support::rules_in(csp_support::Edition::Gdap2025).count()
    );
}

#[test]
fn matrix_shows_every_cell() {
    let o = run(&["matrix", "--edition", "gdap-2025", "--format", "csv"]);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    assert_eq!(out.lines().count(), 1 + 4 * 6 * 2 * 4);
    assert!(out.contains("\ngdap-2025,indirect_reseller,office365,customer,partner_center,denied,FILER-PARTNER-TYPES\n"), "{out}");
    let md = stdout(&run(&["matrix", "--edition", "gdap-2023"]));
    assert!(md.contains("| indirect_reseller | office365 | customer | partner_center | allowed | SCOPE-CLOUDS SCOPE-WORKLOADS SCOPE-PROBLEM-KINDS FILER-PARTNER-TYPES FILER-ADMIN-AGENT-GDAP ROUTE-VIA-PARTNER-CENTER |"), "{md}");
}

#[test]
fn matrix_as_a_grid_has_one_column_per_workload() {
    let o = run(&["matrix", "--edition", "gdap-2025", "--format", "grid"]);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    assert!(out.contains("| advisor | customer | partner_center | denied (FILER-PARTNER-TYPES AZURE-PROVIDER-ONLY) | denied (FILER-PARTNER-TYPES) |"), "{out}");
}

#[test]
fn diff_shows_the_filer_change_for_indirect_resellers_and_advisors() {
    let o = run(&["diff", "gdap-2023", "gdap-2025"]);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    for p in ["indirect_reseller", "advisor"] {
        for w in [
            "office365",
            "dynamics_crm_online",
            "enterprise_mobility_suite",
        ] {
            let row = format!(
                "| {p} | {w} | customer | partner_center | allowed | SCOPE-CLOUDS SCOPE-WORKLOADS SCOPE-PROBLEM-KINDS FILER-PARTNER-TYPES FILER-ADMIN-AGENT-GDAP ROUTE-VIA-PARTNER-CENTER | denied | FILER-PARTNER-TYPES |"
            );
            assert!(out.contains(&row), "{row}\n{out}");
        }
    }
    assert!(!out.contains("| direct_bill_partner |"), "{out}");
}

#[test]
fn an_unknown_edition_is_an_error_listing_the_editions() {
    let o = run(&["matrix", "--edition", "gdap-2024"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("accepted: dap, gdap-2023, gdap-2025"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn schema_prints_the_checked_in_schemas() {
    for (form, file) in [
        ("request", "request.schema.json"),
        ("assess-input", "assess-input.schema.json"),
        ("assessment", "assessment.schema.json"),
        ("scenario", "scenario.schema.json"),
        ("profile", "profile.schema.json"),
    ] {
        let o = run(&["schema", form]);
        assert_eq!(o.status.code(), Some(0), "{form}");
        let checked_in = std::fs::read_to_string(
            PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("schema")
                .join(file),
        )
        .unwrap();
        assert_eq!(stdout(&o), checked_in, "{form}");
    }
}

#[test]
fn every_subcommand_has_help() {
    for sub in [
        "assess",
        "check",
        "rules",
        "matrix",
        "diff",
        "readiness",
        "schema",
        "completions",
        "man",
    ] {
        let o = run(&[sub, "--help"]);
        assert_eq!(o.status.code(), Some(0), "{sub}");
        assert!(stdout(&o).contains("Usage: csp-support"), "{sub}");
    }
    let o = run(&["--help"]);
    assert!(stdout(&o).contains("matrix"));
}

#[test]
fn the_outcome_of_the_sample_is_what_the_library_says() {
    // The tool adds nothing to the decision: same answer as the library.
    let file = temp_file("sample.json", &samples::phone_dap().to_json());
    let a = Assessment::from_json(&stdout(&run(&[
        "assess",
        file.to_str().unwrap(),
        "--format",
        "json",
    ])))
    .unwrap();
    assert_eq!(a.outcome(), Outcome::Denied);
}

#[test]
fn readiness_prints_a_table_from_exported_files() {
    let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/exports/");
    let profile = format!("{fixtures}profile.json");
    let export = format!("{fixtures}partner");
    let args = [
        "readiness",
        &export,
        "--profile",
        &profile,
        "--at",
        "2026-11-16T10:00:00Z",
    ];
    let o = run(&args);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stderr(&o), "");
    let md = stdout(&o);
    assert!(
        md.starts_with("# Support readiness (gdap-2025, 2026-11-16T10:00:00Z)"),
        "{md}"
    );
    assert!(md.contains("| Fabrikam, Inc. | fab1b2c3-0000-4000-8000-000000000002 | office365 |  | denied | terminated | FILER-ADMIN-AGENT-GDAP |"), "{md}");
    let mut csv_args = args.to_vec();
    csv_args.extend(["--format", "csv"]);
    let csv = stdout(&run(&csv_args));
    assert!(csv.lines().count() > 10, "{csv}");
    // The same files one by one give the same report.
    let mut files: Vec<String> = std::fs::read_dir(&export)
        .unwrap()
        .map(|e| e.unwrap().path().display().to_string())
        .collect();
    files.sort();
    let mut by_file: Vec<&str> = vec!["readiness"];
    by_file.extend(files.iter().map(String::as_str));
    by_file.extend(["--profile", &profile, "--at", "2026-11-16T10:00:00Z"]);
    assert_eq!(stdout(&run(&by_file)), md);
    // A profile is no export: reported, partial.
    let o = run(&["readiness", &profile, "--profile", &profile]);
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    // A missing file is bad input, nothing on standard output.
    let o = run(&["readiness", "no/such/file.json", "--profile", &profile]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(stdout(&o), "");
    // The help names every input form.
    let help = stdout(&run(&["readiness", "--help"]));
    for form in [
        "delegatedAdminRelationships",
        "accessAssignments",
        "$expand=accessAssignments",
        "@odata.nextLink",
        "az role",
        "roleAssignments",
        "transitiveMemberOf",
        "byte-order mark",
        "Exit status: 0 complete; 3 partial",
    ] {
        assert!(help.contains(form), "--help lacks {form}: {help}");
    }
}

#[test]
fn readiness_exits_3_when_partial_in_every_format_and_0_when_complete() {
    let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/exports/");
    let profile = format!("{fixtures}profile.json");
    let missing = format!("{fixtures}paged-missing");
    let complete = format!("{fixtures}partner");
    for format in ["text", "csv", "json", "html"] {
        let at = "2026-11-16T10:00:00Z";
        let o = run(&[
            "readiness",
            &missing,
            "--profile",
            &profile,
            "--at",
            at,
            "--format",
            format,
        ]);
        assert_eq!(o.status.code(), Some(3), "{format}: {}", stderr(&o));
        assert!(
            !stdout(&o).is_empty(),
            "{format}: the partial report is printed"
        );
        let err = stderr(&o);
        assert!(
            err.starts_with("csp-support: partial report: 1 input(s) not used"),
            "{err}"
        );
        assert!(
            err.contains("paged-missing/relationships-1.json: @odata.nextLink: "),
            "{err}"
        );
        let o = run(&[
            "readiness",
            &complete,
            "--profile",
            &profile,
            "--at",
            at,
            "--format",
            format,
        ]);
        assert_eq!(o.status.code(), Some(0), "{format}: {}", stderr(&o));
        assert_eq!(stderr(&o), "", "{format}");
    }
}

// --- Conventions (issue 13) -------------------------------------------------

/// A scenario file of one passing case.
fn passing_scenario() -> String {
    let request = samples::direct_partner_azure().to_json();
    format!(
        r#"{{ "cases": [ {{ "name": "azure", "request": {request},
            "expect": {{ "outcome": "allowed", "match": "at_least", "rules": ["AZURE-GDAP-RBAC"] }} }} ] }}"#
    )
}

#[test]
fn a_dash_reads_standard_input_wherever_a_file_is_read() {
    // check
    let o = run_stdin(&["check", "-"], &passing_scenario());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stdout(&o), "1 passed, 0 failed\n");
    // check, beside files; failures name standard input as <stdin>
    let failing = std::fs::read_to_string(failing_scenario("failing-beside-stdin.json")).unwrap();
    let o = run_stdin(&["check", "tests/scenarios/dap.json", "-"], &failing);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stdout(&o).starts_with("<stdin>: case reseller-azure: expected"),
        "{}",
        stdout(&o)
    );
    // assess, with a dash or nothing
    let request = samples::direct_partner_azure().to_json();
    for args in [&["assess", "-"][..], &["assess"][..]] {
        let o = run_stdin(args, &request);
        assert_eq!(o.status.code(), Some(0), "{args:?}: {}", stderr(&o));
    }
    // readiness, for the profile or an exported file
    let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/exports/");
    let profile = format!("{fixtures}profile.json");
    let export = format!("{fixtures}partner");
    let at = ["--at", "2026-11-16T10:00:00Z"];
    let by_file = stdout(&run(&[
        &["readiness", &export, "--profile", &profile][..],
        &at[..],
    ]
    .concat()));
    let o = run_stdin(
        &[&["readiness", &export, "--profile", "-"][..], &at[..]].concat(),
        &std::fs::read_to_string(&profile).unwrap(),
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stdout(&o), by_file);
    // One export file from standard input, the rest by name.
    let page2 = format!("{export}/relationships-2.json");
    let mut args: Vec<String> = vec!["readiness".into()];
    let mut files: Vec<String> = std::fs::read_dir(&export)
        .unwrap()
        .map(|e| e.unwrap().path().display().to_string())
        .collect();
    files.sort();
    for f in &files {
        args.push(if *f == page2 {
            "-".to_owned()
        } else {
            f.clone()
        });
    }
    args.extend([
        "--profile".into(),
        profile.clone(),
        at[0].into(),
        at[1].into(),
    ]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let o = run_stdin(&args, &std::fs::read_to_string(&page2).unwrap());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stdout(&o), by_file);
}

#[test]
fn text_is_the_default_format_everywhere_and_machine_forms_are_named() {
    let request = samples::reseller_azure_gdap_2025().to_json();
    let expected = csp_support::assess(&samples::reseller_azure_gdap_2025()).to_string();
    // assess: the explanation by default, JSON by name.
    let o = run_stdin(&["assess"], &request);
    assert_eq!(stdout(&o).trim_end(), expected);
    let o = run_stdin(&["assess", "--format", "json"], &request);
    assert!(Assessment::from_json(&stdout(&o)).is_ok(), "{}", stdout(&o));
    // Every subcommand with --format takes `text` for its default.
    let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/exports/");
    let profile = format!("{fixtures}profile.json");
    let export = format!("{fixtures}partner");
    let readiness = [
        "readiness",
        &export,
        "--profile",
        &profile,
        "--at",
        "2026-11-16T10:00:00Z",
    ];
    let commands: [&[&str]; 5] = [
        &["rules", "--edition", "dap"],
        &["matrix", "--edition", "gdap-2025"],
        &["diff", "gdap-2023", "gdap-2025"],
        &["check", "tests/scenarios/dap.json"],
        &readiness,
    ];
    for args in commands {
        let default = run(args);
        assert_eq!(
            default.status.code(),
            Some(0),
            "{args:?}: {}",
            stderr(&default)
        );
        let text = run(&[args, &["--format", "text"][..]].concat());
        assert_eq!(text.status.code(), Some(0), "{args:?}: {}", stderr(&text));
        assert_eq!(stdout(&text), stdout(&default), "{args:?}");
        assert!(
            !stdout(&default).trim_start().starts_with(['{', '[', '<']),
            "{args:?}"
        );
    }
    // The Markdown tables still answer to `markdown`.
    let md = run(&["matrix", "--edition", "gdap-2025", "--format", "markdown"]);
    assert_eq!(
        stdout(&md),
        stdout(&run(&["matrix", "--edition", "gdap-2025"]))
    );
}

#[test]
fn lang_explains_text_and_is_refused_for_json() {
    let request = samples::reseller_azure_gdap_2025();
    // With the default text format, --lang is what it says.
    let o = run_stdin(&["assess", "--lang", "de"], &request.to_json());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stdout(&o).starts_with("[gdap-2025] Abgelehnt"),
        "{}",
        stdout(&o)
    );
    // JSON carries identifiers, not prose: --lang there is refused, before
    // any input is read.
    let o = run_stdin(
        &["assess", "--format", "json", "--lang", "de"],
        &request.to_json(),
    );
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(stdout(&o), "");
    let err = stderr(&o);
    assert!(err.contains("--lang applies to --format text"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
}

#[test]
fn completions_come_from_the_clap_definition() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let o = run(&["completions", shell]);
        assert_eq!(o.status.code(), Some(0), "{shell}: {}", stderr(&o));
        let script = stdout(&o);
        for word in [
            "csp-support",
            "assess",
            "readiness",
            "max-input-bytes", // fish writes `-l max-input-bytes`
            "junit",
        ] {
            assert!(script.contains(word), "{shell} completions lack {word}");
        }
    }
    let o = run(&["completions", "tcsh"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn the_man_page_comes_from_the_clap_definition() {
    let o = run(&["man"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let page = stdout(&o);
    assert!(
        page.starts_with(".ie \\n(.g .ds Aq \\(aq") || page.contains(".TH csp-support"),
        "{page}"
    );
    for word in [
        "assess",
        "check",
        "rules",
        "matrix",
        "diff",
        "readiness",
        "schema",
        "max\\-input\\-bytes",
    ] {
        assert!(page.contains(word), "the man page lacks {word}");
    }
}
