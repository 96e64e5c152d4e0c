//! The shipped scenario suite (`tests/scenarios/*.json`): every case passes,
//! and per edition the suite's expectations cite every rule of the edition.

#![cfg(feature = "serde")]

use std::path::PathBuf;

use csp_support::scenario::{ScenarioReport, run_scenario_file};
use csp_support::{Edition, RuleSet, rules_in};

fn suite_file(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/scenarios")
        .join(name)
}

/// Every `*.json` file of `tests/scenarios/`, sorted.
fn suite_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(suite_file(""))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
}

fn suite() -> ScenarioReport {
    let mut all = ScenarioReport::default();
    for file in suite_files() {
        all.extend(run_scenario_file(file).unwrap());
    }
    all
}

#[test]
fn every_scenario_file_passes() {
    let files = suite_files();
    assert!(files.len() >= 3, "{files:?}");
    for file in files {
        let report = run_scenario_file(&file).unwrap();
        assert!(report.is_success(), "{}:\n{report}", file.display());
    }
}

#[test]
fn each_edition_has_its_own_file() {
    for edition in Edition::ALL {
        let report = run_scenario_file(suite_file(&format!("{edition}.json"))).unwrap();
        assert!(report.cases.iter().all(|c| c.edition == edition));
        assert!(
            report.passed() >= 20,
            "{edition}: {} cases",
            report.passed()
        );
    }
}

#[test]
fn the_suite_cites_every_rule_of_every_edition() {
    let report = suite();
    for edition in Edition::ALL {
        let cited: RuleSet = report
            .cases
            .iter()
            .filter(|c| c.edition == edition)
            .fold(RuleSet::EMPTY, |acc, c| acc.union(c.expected_rules));
        let uncovered: RuleSet = rules_in(edition)
            .map(|r| r.id)
            .filter(|id| !cited.contains(*id))
            .collect();
        assert!(
            uncovered.is_empty(),
            "{edition}: no scenario cites {uncovered}"
        );
    }
}

#[test]
fn every_rule_the_suite_cites_holds_in_the_case_edition_or_is_a_customer_rule() {
    // A case must not expect a rule of another edition, except the
    // CUSTOMER-* rules that dap and gdap-2023 cite as lacking.
    for c in suite().cases {
        for id in c.expected_rules.iter() {
            let lacking_customer_rule = id.as_str().starts_with("CUSTOMER-");
            assert!(
                id.rule().holds_in(c.edition) || lacking_customer_rule,
                "case {} ({}) expects {id}, which does not hold in its edition",
                c.name,
                c.edition
            );
        }
    }
}
