//! Arbitrary bytes as a scenario file, the input of `csp-support check`.
//!
//! Properties, for every input:
//! - `run_scenarios` never panics and is deterministic;
//! - a file that cannot be run gives a one-line, escaped error line;
//!
//! and for every file that runs:
//! - it has at least one case, and passed + failed = cases;
//! - every mismatch line is one line without a raw control, bidi or
//!   separator character, and names its case;
//! - the report's `Display` and the `check` text output end with the true
//!   count, one line per mismatch before it;
//! - the JUnit XML parses (roxmltree) with the true counts;
//! - the file's own JSON form reads back unchanged, and its cases run
//!   again give the same results.
//!
//! The file name of the `check` rendering is the file's `$schema` string
//! when it has one, so the fuzzer reaches hostile file names too.
//!
//! Reading a business calendar builds it (its zone's offset changes for
//! 1970–2100, about 50 ms under ASan), and this target reads a file three
//! times; an input naming more than [`MAX_CALENDARS`] time zones is
//! skipped. Calendars themselves are fuzzed by `request_json` and
//! `calendar_deadline`.
#![no_main]

use csp_support::scenario::{CheckReport, FileRun, ScenarioFile, run_case, run_scenarios};
use libfuzzer_sys::fuzz_target;

/// The characters the crate's escaping rule never lets through raw.
fn is_unsafe(c: char) -> bool {
    let u = c as u32;
    matches!(u,
        0x00..=0x1F | 0x7F..=0x9F
        | 0x061C | 0x200E | 0x200F | 0x202A..=0x202E | 0x2066..=0x2069
        | 0x2028 | 0x2029 | 0xFEFF | 0xFDD0..=0xFDEF | 0xE0000..=0xE007F
    ) || (u & 0xFFFE) == 0xFFFE
}

/// How many calendars an input may name (`"time_zone"` keys).
const MAX_CALENDARS: usize = 2;

fn one_safe_line(s: &str) -> bool {
    !s.chars().any(is_unsafe)
}

fn check_junit(run: &CheckReport) {
    let xml = run.to_junit();
    let doc = roxmltree::Document::parse(&xml)
        .unwrap_or_else(|e| panic!("JUnit XML does not parse: {e}\n{xml}"));
    let root = doc.root_element();
    let count = |a: &str| root.attribute(a).and_then(|v| v.parse::<usize>().ok());
    let cases: usize = run
        .files
        .iter()
        .map(|f| f.result.as_ref().map_or(1, |r| r.cases.len()))
        .sum();
    assert_eq!(count("tests"), Some(cases), "{xml}");
    assert_eq!(count("failures"), Some(run.failed()), "{xml}");
    assert_eq!(count("errors"), Some(run.not_run()), "{xml}");
    let testcases = doc.descendants().filter(|n| n.has_tag_name("testcase")).count();
    assert_eq!(testcases, cases, "{xml}");
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if text.matches("time_zone").count() > MAX_CALENDARS {
        return;
    }
    // Determinism: an error is checked by running twice, a report by
    // running its cases again below (each read builds its calendars).
    let result = run_scenarios(text);
    let file: Option<ScenarioFile> = serde_json::from_str(text).ok();
    let name = file
        .as_ref()
        .and_then(|f| f.schema.clone())
        .unwrap_or_else(|| "policy.json".to_owned());
    let run = CheckReport::new(vec![FileRun::new(name, result.clone())]);

    // The text output: mismatch lines, then the true count.
    let out = run.to_text();
    let lines: Vec<&str> = out.split('\n').collect();
    assert_eq!(lines.last().copied(), Some(run.summary().as_str()), "{out}");
    assert_eq!(lines.len(), mismatch_lines(&run) + 1, "{out}");
    assert!(lines.iter().all(|l| one_safe_line(l)), "{out:?}");
    check_junit(&run);

    let report = match result {
        Err(e) => {
            assert_eq!(Err(e), run_scenarios(text), "run_scenarios is not deterministic");
            let errors: Vec<String> = run.error_lines().collect();
            assert_eq!(errors.len(), 1);
            assert!(one_safe_line(&errors[0]), "{:?}", errors[0]);
            assert!(!run.is_success());
            return;
        }
        Ok(report) => report,
    };
    assert!(!report.cases.is_empty(), "a file without cases ran");
    assert_eq!(report.passed() + report.failed(), report.cases.len());
    for case in &report.cases {
        for line in &case.mismatches {
            assert!(one_safe_line(line), "{line:?}");
            assert!(line.starts_with("case "), "{line}");
        }
    }
    let shown = report.to_string();
    let mismatches = report.mismatches().count();
    assert_eq!(shown.split('\n').count(), mismatches + 1, "{shown}");
    assert!(
        shown.ends_with(&format!("{} passed, {} failed", report.passed(), report.failed())),
        "{shown}"
    );

    // The file's own JSON form reads back unchanged (so it runs the same:
    // running is a function of the file).
    let file = file.expect("a file that runs parses as a ScenarioFile");
    let json = serde_json::to_string(&file).expect("a scenario file serialises");
    let back: ScenarioFile = serde_json::from_str(&json)
        .unwrap_or_else(|e| panic!("scenario JSON does not read back: {e}\n{json}"));
    assert_eq!(back, file, "scenario JSON round trip");
    // Deterministic: the cases run again give the same results.
    let again: Vec<_> = file.cases.iter().map(run_case).collect();
    assert_eq!(again, report.cases, "running is not deterministic");
});

/// Lines of the text output before the count.
fn mismatch_lines(run: &CheckReport) -> usize {
    run.files
        .iter()
        .filter_map(|f| f.result.as_ref().ok())
        .map(|r| r.mismatches().count())
        .sum()
}
