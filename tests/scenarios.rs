//! The shipped scenario suite (`tests/scenarios/*.json`): every case passes,
//! per edition the suite's expectations cite every rule of the edition, and
//! every expectation of every case is checked (a mutated value fails it).

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
    for &edition in Edition::ALL {
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
    for &edition in Edition::ALL {
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

// --- No expectation is ignored -----------------------------------------------

use chrono::{DateTime, TimeDelta, Utc};
use csp_support::scenario::{Case, run_scenarios};
use csp_support::{
    CustomerOption, CustomerOptions, Fee, Outcome, OwnEntitlement, Portal, RuleId, SupportPlan,
    assess, assess_with_calendar, customer_options,
};
use serde_json::{Map, Value, json};

/// A case's true answer, every part an expectation can name.
struct Answer {
    outcome: Outcome,
    rules: RuleSet,
    all: RuleSet,
    portal: Option<Portal>,
    plan: Option<SupportPlan>,
    fee: Option<Fee>,
    due: Option<DateTime<Utc>>,
    options: CustomerOptions,
}

fn answer(case: &Case) -> Answer {
    if let Some(q) = &case.customer {
        let a = customer_options(q.edition, &q.subscriptions);
        return Answer {
            outcome: a.outcome,
            rules: a.rules,
            all: a.rules,
            portal: None,
            plan: None,
            fee: None,
            due: None,
            options: a.options,
        };
    }
    let request = case.request.as_ref().unwrap();
    let a = match &case.calendar {
        Some(calendar) => assess_with_calendar(request, calendar),
        None => Ok(assess(request)),
    }
    .unwrap();
    Answer {
        outcome: a.decision.outcome,
        rules: a.decision.rules,
        all: a.all_rules(),
        portal: a.route.as_ref().and_then(|r| r.portal),
        plan: a.plan.map(|p| p.plan),
        fee: a.fee.map(|f| f.fee),
        due: a.deadline.as_ref().map(|d| d.due_utc),
        options: CustomerOptions::default(),
    }
}

/// The first rule ID of the catalogue outside `set`.
fn rule_outside(set: RuleSet) -> RuleId {
    RuleId::ALL
        .iter()
        .copied()
        .find(|id| !set.contains(*id))
        .unwrap()
}

fn value<T: serde::Serialize>(v: T) -> Value {
    serde_json::to_value(v).unwrap()
}

/// Other valid values of `field` in `expect` that the true answer `a` does
/// not meet: each must make the case fail. `None` for a field this test
/// does not know (extend it with the field).
fn mutants(field: &str, expect: &Map<String, Value>, a: &Answer) -> Option<Vec<Value>> {
    let now = &expect[field];
    // The values other than the expected one and the true one.
    let others = |all: Vec<Value>, truth: Value| {
        all.into_iter()
            .filter(|v| v != now && *v != truth)
            .collect::<Vec<_>>()
    };
    let rules: RuleSet = serde_json::from_value(expect["rules"].clone()).unwrap();
    let at_least = expect.get("match") == Some(&json!("at_least"));
    Some(match field {
        "outcome" => others(
            Outcome::ALL.iter().copied().map(value).collect(),
            value(a.outcome),
        ),
        "rules" if at_least => vec![value(rules.union(RuleSet::of(&[rule_outside(a.rules)])))],
        "rules" => rules
            .iter()
            .map(|id| value(rules.without(id)))
            .chain([value(rules.union(RuleSet::of(&[rule_outside(rules)])))])
            .collect(),
        // `at_least` → `exactly` fails when the answer cites more; the other
        // way only relaxes the check (the `rules` mutants cover `exactly`).
        "match" if at_least && rules != a.rules => vec![json!("exactly")],
        "match" => vec![],
        "cites" => {
            let cites: RuleSet = serde_json::from_value(now.clone()).unwrap();
            vec![value(cites.union(RuleSet::of(&[rule_outside(a.all)])))]
        }
        "portal" => others(
            [None]
                .into_iter()
                .chain(Portal::ALL.iter().copied().map(Some))
                .map(value)
                .collect(),
            value(a.portal),
        ),
        "plan" => others(
            [None, Some(SupportPlan::CloudSolutionProvider)]
                .into_iter()
                .chain(
                    OwnEntitlement::ALL
                        .iter()
                        .copied()
                        .map(|entitlement| Some(SupportPlan::Own { entitlement })),
                )
                .map(value)
                .collect(),
            value(a.plan),
        ),
        "fee" => others(
            [None]
                .into_iter()
                .chain(Fee::ALL.iter().copied().map(Some))
                .map(value)
                .collect(),
            value(a.fee),
        ),
        "options" => {
            let all: Vec<CustomerOption> = CustomerOption::ALL.to_vec();
            let subsets = (0..1u32 << all.len()).map(|bits| {
                all.iter()
                    .enumerate()
                    .filter(|(i, _)| bits & (1 << i) != 0)
                    .map(|(_, o)| *o)
                    .collect::<CustomerOptions>()
            });
            others(subsets.map(value).collect(), value(a.options))
        }
        "due" => match a.due {
            Some(t) => vec![
                Value::Null,
                value(t + TimeDelta::nanoseconds(1)),
                value(t - TimeDelta::nanoseconds(1)),
            ],
            None => vec![json!("2026-11-16T10:00:00Z")],
        },
        _ => return None,
    })
}

/// Every expectation field of every shipped case is checked: for each one
/// the case has, another valid value the true answer does not meet makes
/// the case fail, so no field can be silently ignored again.
#[test]
fn every_expectation_of_every_shipped_case_is_checked() {
    let mut tried = 0;
    let mut relaxations = 0;
    for file in suite_files() {
        let doc: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
        for case_json in doc["cases"].as_array().unwrap() {
            let case: Case = serde_json::from_value(case_json.clone()).unwrap();
            let a = answer(&case);
            let expect = case_json["expect"].as_object().unwrap();
            let run = |expect: &Map<String, Value>| {
                let mut mutated = case_json.clone();
                mutated["expect"] = Value::Object(expect.clone());
                run_scenarios(&json!({ "cases": [mutated] }).to_string())
                    .unwrap_or_else(|e| panic!("{}: {e}", case.name))
            };
            assert!(run(expect).is_success(), "{}: {}", case.name, run(expect));
            for field in expect.keys() {
                let values = mutants(field, expect, &a).unwrap_or_else(|| {
                    panic!("{}: no mutants for `{field}`; extend `mutants`", case.name)
                });
                if field == "match" && values.is_empty() {
                    relaxations += 1;
                    continue;
                }
                assert!(!values.is_empty(), "{}: no mutant of `{field}`", case.name);
                for v in values {
                    let mut mutated = expect.clone();
                    mutated.insert(field.clone(), v.clone());
                    let report = run(&mutated);
                    assert_eq!(
                        report.failed(),
                        1,
                        "{} ({}): `{field}` = {v} passed; the field is not checked",
                        case.name,
                        file.display()
                    );
                    tried += 1;
                }
            }
        }
    }
    assert!(tried > 1_000, "{tried} mutants");
    // `match: exactly` given explicitly, or `at_least` where the answer
    // cites exactly the expected rules: no other value can fail.
    eprintln!("{tried} mutants failed their case; {relaxations} `match` fields only relax");
}
