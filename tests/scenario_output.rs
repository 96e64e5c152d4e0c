//! `check` output carries names safely (issue 14): arbitrary strings as
//! case names, descriptions and file names through the text output and the
//! JUnit XML. The text's last line is the true count and every line is one
//! line; the XML parses (roxmltree), its counts are the true counts, and its
//! names read back, by the documented escape rule, as the names given.
//!
//! The escape rule is re-implemented here from its documentation (the
//! `scenario` module docs), independently of `src/util/escape.rs`.

#![cfg(feature = "serde")]

use std::collections::BTreeSet;

use csp_support::scenario::{CheckReport, FileRun, run_scenarios};
use csp_support::{assess, samples};
use proptest::prelude::*;
use serde_json::{Value, json};

/// The characters the rule writes as escapes: controls (C0, DEL, C1), bidi
/// controls, line and paragraph separators, the byte-order mark,
/// non-characters and tag characters.
fn is_unsafe(c: char) -> bool {
    let u = c as u32;
    matches!(u,
        0x00..=0x1F | 0x7F..=0x9F
        | 0x061C | 0x200E | 0x200F | 0x202A..=0x202E | 0x2066..=0x2069
        | 0x2028 | 0x2029 | 0xFEFF | 0xFDD0..=0xFDEF | 0xE0000..=0xE007F
    ) || (u & 0xFFFE) == 0xFFFE
}

/// The rule for terminal text: `\n`, `\r`, `\t`, `\\`, else `\u{hex}`.
fn escaped(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\\' => out.push_str("\\\\"),
            c if is_unsafe(c) => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

/// A case name as echoed: at most 200 characters, then how many bytes were
/// left out.
fn bounded(s: &str) -> String {
    match s.char_indices().nth(200) {
        Some((i, _)) => format!("{}… ({} more bytes)", &s[..i], s.len() - i),
        None => s.to_owned(),
    }
}

/// Reads the rule's escapes back.
fn unescape(t: &str) -> String {
    let mut out = String::new();
    let mut chars = t.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('t') => out.push('\t'),
            Some('\\') => out.push('\\'),
            Some('u') => {
                assert_eq!(chars.next(), Some('{'), "{t:?}");
                let hex: String = chars.by_ref().take_while(|c| *c != '}').collect();
                out.push(char::from_u32(u32::from_str_radix(&hex, 16).unwrap()).unwrap());
            }
            other => panic!("bad escape {other:?} in {t:?}"),
        }
    }
    out
}

/// Strings an attacker would pick, and arbitrary ones, some longer than
/// the 200 characters a name is cut to.
fn hostile() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[a-z \\n\\r\\t\\\\<>&\"'\\]\u{0}-\u{1f}\u{7f}-\u{9f}\u{202e}\u{2028}\u{feff}\u{fffe}\u{ffff}\u{1fffe}\u{e0041}…]{0,260}",
        Just("x\n3 passed, 0 failed".to_owned()),
        Just("\u{1b}[2K\r9 passed, 0 failed".to_owned()),
        Just("]]></failure><testcase name=\"forged\"/>".to_owned()),
    ]
}

/// One generated file: its name, and per case a name, a description and
/// whether it passes; or `None` cases for a file that cannot be run (the
/// name then sits in a bad value).
#[derive(Debug, Clone)]
struct GenFile {
    name: String,
    cases: Option<Vec<(String, String, bool)>>,
}

fn gen_file() -> impl Strategy<Value = GenFile> {
    let cases = prop::collection::vec((hostile(), hostile(), any::<bool>()), 1..5);
    (hostile(), prop::option::weighted(0.8, cases)).prop_map(|(name, cases)| GenFile {
        name,
        // Names unique in a file, as the form requires.
        cases: cases.map(|cases| {
            let mut seen = BTreeSet::new();
            cases
                .into_iter()
                .map(|(mut n, d, pass)| {
                    while !seen.insert(n.clone()) {
                        n.push('#');
                    }
                    (n, d, pass)
                })
                .collect()
        }),
    })
}

/// The JSON text of a generated file.
fn file_json(f: &GenFile, request: &Value, rules: &Value) -> String {
    match &f.cases {
        Some(cases) => {
            let cases: Vec<Value> = cases
                .iter()
                .map(|(name, description, pass)| {
                    let outcome = if *pass { "allowed" } else { "denied" };
                    json!({ "name": name, "description": description, "request": request,
                            "expect": { "outcome": outcome, "rules": rules } })
                })
                .collect();
            json!({ "cases": cases }).to_string()
        }
        // The name as an unknown outcome: serde's message echoes it.
        None => json!({ "cases": [{ "name": f.name, "request": request,
                         "expect": { "outcome": f.name, "rules": [] } }] })
        .to_string(),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn check_output_carries_any_name_safely(files in prop::collection::vec(gen_file(), 1..5)) {
        let sample = samples::direct_partner_azure();
        let request = serde_json::to_value(&sample).unwrap();
        let rules = serde_json::to_value(assess(&sample).decision.rules).unwrap();
        let run = CheckReport::new(
            files
                .iter()
                .map(|f| FileRun::new(f.name.clone(), run_scenarios(&file_json(f, &request, &rules))))
                .collect(),
        );
        // The true counts.
        let ran: Vec<&(String, String, bool)> = files.iter().filter_map(|f| f.cases.as_ref()).flatten().collect();
        let passed = ran.iter().filter(|c| c.2).count();
        let failed = ran.len() - passed;
        let not_run = files.iter().filter(|f| f.cases.is_none()).count();
        for (f, r) in files.iter().zip(&run.files) {
            prop_assert_eq!(f.cases.is_some(), r.result.is_ok(), "{:?}", r.result);
        }
        let summary = match not_run {
            0 => format!("{passed} passed, {failed} failed"),
            1 => format!("{passed} passed, {failed} failed, 1 file not run"),
            n => format!("{passed} passed, {failed} failed, {n} files not run"),
        };

        // Text: one line per failed case, in order, then the count.
        let text = run.to_text();
        prop_assert!(!text.chars().any(|c| c != '\n' && is_unsafe(c)), "{:?}", text);
        let lines: Vec<&str> = text.split('\n').collect();
        prop_assert_eq!(lines.len(), failed + 1, "{:?}", text);
        prop_assert_eq!(*lines.last().unwrap(), summary.as_str());
        let expected_prefixes = files.iter().filter_map(|f| f.cases.as_ref().map(|c| (f, c))).flat_map(|(f, cases)| {
            cases.iter().filter(|c| !c.2).map(move |(name, _, _)| {
                format!("{}: case {}: expected denied [", escaped(&f.name), escaped(&bounded(name)))
            })
        });
        for (line, prefix) in lines.iter().zip(expected_prefixes) {
            prop_assert!(line.starts_with(&prefix), "{:?} does not start with {:?}", line, prefix);
        }
        // Standard error: one line per file not run.
        let errors: Vec<String> = run.error_lines().collect();
        prop_assert_eq!(errors.len(), not_run);
        for e in &errors {
            prop_assert!(!e.chars().any(is_unsafe), "{:?}", e);
        }

        // JUnit: well formed, true counts, names read back.
        let xml = run.to_junit();
        let doc = roxmltree::Document::parse(&xml).map_err(|e| TestCaseError::fail(format!("{e}: {xml:?}")))?;
        let root = doc.root_element();
        let count = |n: roxmltree::Node, a: &str| n.attribute(a).and_then(|v| v.parse::<usize>().ok());
        prop_assert_eq!(count(root, "tests"), Some(ran.len() + not_run));
        prop_assert_eq!(count(root, "failures"), Some(failed));
        prop_assert_eq!(count(root, "errors"), Some(not_run));
        let suites: Vec<_> = root.children().filter(|n| n.is_element()).collect();
        prop_assert_eq!(suites.len(), files.len());
        for ((suite, f), r) in suites.iter().zip(&files).zip(&run.files) {
            prop_assert_eq!(unescape(suite.attribute("name").unwrap()), f.name.clone());
            let testcases: Vec<_> = suite.children().filter(|n| n.has_tag_name("testcase")).collect();
            match (&f.cases, &r.result) {
                (Some(cases), Ok(_)) => {
                    prop_assert_eq!(testcases.len(), cases.len());
                    prop_assert_eq!(count(*suite, "failures"), Some(cases.iter().filter(|c| !c.2).count()));
                    for (tc, (name, _, pass)) in testcases.iter().zip(cases) {
                        prop_assert_eq!(unescape(tc.attribute("name").unwrap()), bounded(name));
                        prop_assert_eq!(unescape(tc.attribute("classname").unwrap()), f.name.clone());
                        let failure = tc.children().find(|n| n.has_tag_name("failure"));
                        prop_assert_eq!(failure.is_none(), *pass);
                        if let Some(failure) = failure {
                            // The mismatch line as composed: the name escaped once.
                            let message = failure.attribute("message").unwrap();
                            let prefix = format!("case {}: expected denied [", escaped(&bounded(name)));
                            prop_assert!(message.starts_with(&prefix), "{:?}", message);
                        }
                    }
                }
                (None, Err(e)) => {
                    prop_assert_eq!(testcases.len(), 1);
                    let error = testcases[0].children().find(|n| n.has_tag_name("error")).unwrap();
                    // The error's Display is already safe: written as it is.
                    prop_assert_eq!(error.attribute("message").unwrap(), e.to_string());
                }
                other => prop_assert!(false, "{:?}", other),
            }
        }
    }
}
