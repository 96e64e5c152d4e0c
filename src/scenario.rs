//! Policy tests as data: scenario files of named cases, each a request and
//! what is expected of its assessment.
//!
//! A team that uses this crate as the oracle of its own policy tests keeps
//! its cases in a JSON file and runs it in CI, with one line of Rust:
//!
//! ```no_run
//! #[test]
//! fn policy() {
//!     csp_support::scenario::run_scenario_file("tests/policy.json").unwrap().assert_passed();
//! }
//! ```
//!
//! or with the command-line tool: `csp-support check tests/policy.json`.
//! Every mismatch is one line, such as
//! `case reseller-azure: expected denied [AZURE-PROVIDER-ONLY], got allowed [FILER-PARTNER-TYPES, …]`.
//!
//! ## The file
//!
//! ```json
//! {
//!   "$schema": "../../schema/scenario.schema.json",
//!   "description": "Who may file Azure requests",
//!   "cases": [
//!     {
//!       "name": "reseller-azure",
//!       "description": "An indirect reseller cannot file for the customer's Azure subscription.",
//!       "request": { "edition": "gdap-2025", "partner": { "type": "indirect_reseller", "roles": ["admin_agent"] }, "…": "…" },
//!       "expect": {
//!         "outcome": "denied",
//!         "rules": ["FILER-PARTNER-TYPES", "AZURE-PROVIDER-ONLY"]
//!       }
//!     }
//!   ]
//! }
//! ```
//!
//! A case has a `name` (unique in the file), an optional `description`, the
//! question, and `expect`. The question is either a `request` (the JSON form
//! of [`Request`], see [`crate::json`]) or a `customer` question
//! (`{ "edition": …, "subscriptions": [{ "channel": "csp", "kind": "paid" }] }`,
//! answered by [`customer_options`]).
//!
//! `expect` holds:
//!
//! | field | meaning |
//! |---|---|
//! | `outcome` | `allowed`, `denied`, `not_covered` or `redirected` (required) |
//! | `rules` | the rule IDs of the decision (required) |
//! | `match` | `exactly` (the default): the decision cites these rules and no other; `at_least`: it cites at least these |
//! | `cites` | rule IDs the whole assessment cites at least (decision, route, plan and fee together) |
//! | `portal` | the route's portal: `azure_portal`, `microsoft365_admin_center`, `office365_admin_center`, or `null` for no portal |
//! | `plan` | the support plan: `{ "kind": "cloud_solution_provider" }` or `{ "kind": "own", "entitlement": "premier" }`, or `null` for none |
//! | `fee` | `none`, `charged`, `free`, or `null` for no fee answer |
//! | `options` | for a customer question: `contact_partner`, `open_request_with_microsoft` (exactly) |
//!
//! A field left out is not checked. Unknown fields are rejected, and a
//! malformed file is an [`Error::Json`] naming the field path (such as
//! `cases[3].request.partner.type`).

use chrono::{DateTime, Utc};
use std::collections::BTreeSet;
use std::fmt;
use std::path::Path;

use crate::json::parse;
use crate::{
    Assessment, CustomerOptions, Edition, Error, Fee, Outcome, Portal, Request, RuleSet,
    Subscription, SupportPlan, assess, customer_options,
};

/// A scenario file: named cases.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct ScenarioFile {
    /// The JSON Schema the file follows, for editors; ignored.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// What the file is about.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The cases, run in order.
    pub cases: Vec<Case>,
}

/// One named case: a question and what is expected of its answer.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Case {
    /// The case's name, unique in its file.
    pub name: String,
    /// What the case shows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// A request to assess (give this or `customer`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request: Option<Request>,
    /// The business calendar for the request's deadline (`SLA-*`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<crate::CalendarSpec>"))]
    pub calendar: Option<crate::Calendar>,
    /// A customer question (give this or `request`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer: Option<CustomerQuestion>,
    /// What is expected.
    pub expect: Expect,
}

/// The customer-side question of [`customer_options`].
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct CustomerQuestion {
    /// The edition (default `gdap-2025`).
    #[serde(default)]
    pub edition: Edition,
    /// The customer's subscriptions.
    pub subscriptions: Vec<Subscription>,
}

/// How the expected rule IDs are compared with the decision's.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub enum RulesMatch {
    /// The decision cites exactly these rules.
    #[default]
    Exactly,
    /// The decision cites at least these rules.
    AtLeast,
}

/// What is expected of a case's answer. A field left out is not checked.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Expect {
    /// The outcome.
    pub outcome: Outcome,
    /// The rule IDs of the decision.
    pub rules: RuleSet,
    /// How `rules` is compared (default `exactly`).
    #[serde(rename = "match", default)]
    pub rules_match: RulesMatch,
    /// Rule IDs the whole assessment cites at least (decision, route, plan, fee).
    #[serde(default, skip_serializing_if = "no_rules")]
    pub cites: RuleSet,
    /// The route's portal (`null`: no portal).
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<Portal>"))]
    pub portal: Option<Option<Portal>>,
    /// The support plan (`null`: no plan answer).
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<SupportPlan>"))]
    pub plan: Option<Option<SupportPlan>>,
    /// The fee (`null`: no fee answer).
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<Fee>"))]
    pub fee: Option<Option<Fee>>,
    /// For a customer question: the options, exactly.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<CustomerOptions>,
    /// The deadline's due instant (`null`: no deadline); needs the case's
    /// `calendar`.
    #[serde(
        default,
        with = "crate::instant::utc_present",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<DateTime<Utc>>"))]
    pub due: Option<Option<DateTime<Utc>>>,
}

fn no_rules(rules: &RuleSet) -> bool {
    rules.is_empty()
}

/// A field that is present (even as `null`) deserialises to `Some`.
fn present<'de, D, T>(d: D) -> Result<Option<Option<T>>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::Deserialize<'de>,
{
    <Option<T> as serde::Deserialize>::deserialize(d).map(Some)
}

/// The result of one case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseResult {
    /// The case's name.
    pub name: String,
    /// The edition it was decided under.
    pub edition: Edition,
    /// The rule IDs its expectation names (`rules` and `cites`).
    pub expected_rules: RuleSet,
    /// One line per mismatch, such as
    /// `case NAME: expected denied [AZURE-PROVIDER-ONLY], got allowed [...]`;
    /// empty when the case passed.
    pub mismatches: Vec<String>,
}

impl CaseResult {
    /// Whether the case passed.
    #[must_use]
    pub fn passed(&self) -> bool {
        self.mismatches.is_empty()
    }
}

/// The results of a scenario file, case by case.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ScenarioReport {
    /// Every case, in file order.
    pub cases: Vec<CaseResult>,
}

impl ScenarioReport {
    /// How many cases passed.
    #[must_use]
    pub fn passed(&self) -> usize {
        self.cases.iter().filter(|c| c.passed()).count()
    }

    /// How many cases failed.
    #[must_use]
    pub fn failed(&self) -> usize {
        self.cases.iter().filter(|c| !c.passed()).count()
    }

    /// Whether every case passed.
    #[must_use]
    pub fn is_success(&self) -> bool {
        self.cases.iter().all(CaseResult::passed)
    }

    /// Every mismatch line, case by case.
    pub fn mismatches(&self) -> impl Iterator<Item = &str> {
        self.cases
            .iter()
            .flat_map(|c| c.mismatches.iter().map(String::as_str))
    }

    /// Adds the cases of another report (another file).
    pub fn extend(&mut self, other: ScenarioReport) {
        self.cases.extend(other.cases);
    }

    /// `Ok` when every case passed; otherwise the report, whose `Display`
    /// lists every mismatch and the closing count.
    ///
    /// # Errors
    ///
    /// The report itself, when a case failed.
    pub fn into_result(self) -> Result<ScenarioReport, ScenarioReport> {
        if self.is_success() {
            Ok(self)
        } else {
            Err(self)
        }
    }

    /// Panics with every mismatch line when a case failed: the one line of
    /// a user's `#[test]`.
    ///
    /// # Panics
    ///
    /// When a case failed; that is its purpose, like `assert!`.
    #[track_caller]
    #[allow(clippy::panic)] // An assertion for tests: panicking is its job.
    pub fn assert_passed(&self) {
        if !self.is_success() {
            panic!("{self}");
        }
    }
}

/// The mismatch lines, then `N passed, M failed`.
impl fmt::Display for ScenarioReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for line in self.mismatches() {
            writeln!(f, "{line}")?;
        }
        write!(f, "{} passed, {} failed", self.passed(), self.failed())
    }
}

impl std::error::Error for ScenarioReport {}

/// Runs the cases of a scenario file given as JSON text.
///
/// ```
/// use csp_support::scenario::run_scenarios;
/// let request = csp_support::samples::reseller_azure_gdap_2025().to_json();
/// let file = format!(r#"{{ "cases": [
///   {{ "name": "reseller-azure", "request": {request},
///      "expect": {{ "outcome": "allowed", "rules": ["AZURE-PROVIDER-ONLY"], "match": "at_least" }} }}
/// ] }}"#);
/// let report = run_scenarios(&file)?;
/// assert_eq!(report.failed(), 1);
/// assert_eq!(
///     report.mismatches().next(),
///     Some("case reseller-azure: expected allowed at least [AZURE-PROVIDER-ONLY], \
///           got denied [FILER-PARTNER-TYPES, AZURE-PROVIDER-ONLY]")
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// [`Error::Json`] naming the field path when the file does not fit the
/// form, when a case names both or neither of `request` and `customer`, or
/// when two cases share a name. A case whose request is invalid (see
/// [`Request::validate`]) is a failed case, not an error.
pub fn run_scenarios(json: &str) -> Result<ScenarioReport, Error> {
    let file: ScenarioFile = parse(json).map_err(|e| name_the_case(json, e))?;
    check_shape(&file)?;
    Ok(ScenarioReport {
        cases: file.cases.iter().map(run_case).collect(),
    })
}

/// Reads and runs a scenario file.
///
/// # Errors
///
/// [`Error::Io`] when the file cannot be read; otherwise as
/// [`run_scenarios`].
pub fn run_scenario_file(path: impl AsRef<Path>) -> Result<ScenarioReport, Error> {
    let path = path.as_ref();
    let json = std::fs::read_to_string(path).map_err(|e| Error::Io {
        path: path.display().to_string(),
        message: e.to_string(),
    })?;
    run_scenarios(&json)
}

/// Adds the case's name to an error inside `cases[N]`, where it has one.
fn name_the_case(json: &str, e: Error) -> Error {
    let Error::Json { path, message } = e else {
        return e;
    };
    let name = path
        .strip_prefix("cases[")
        .and_then(|rest| rest.split_once(']'))
        .and_then(|(n, _)| n.parse::<usize>().ok())
        .and_then(|n| {
            let doc: serde_json::Value = serde_json::from_str(json).ok()?;
            let name = doc.get("cases")?.get(n)?.get("name")?.as_str()?;
            Some(name.to_owned())
        });
    match name {
        Some(name) => Error::Json {
            path,
            message: format!("{message} (case {name})"),
        },
        None => Error::Json { path, message },
    }
}

fn check_shape(file: &ScenarioFile) -> Result<(), Error> {
    let mut names = BTreeSet::new();
    for (i, case) in file.cases.iter().enumerate() {
        let path = format!("cases[{i}]");
        match (&case.request, &case.customer) {
            (Some(_), None) | (None, Some(_)) => {}
            _ => {
                return Err(Error::Json {
                    path,
                    message: format!(
                        "case {} must give exactly one of `request` and `customer`",
                        case.name
                    ),
                });
            }
        }
        if !names.insert(case.name.as_str()) {
            return Err(Error::Json {
                path: format!("{path}.name"),
                message: format!(
                    "case name {:?} is used twice; names must be unique",
                    case.name
                ),
            });
        }
    }
    Ok(())
}

/// Runs one case.
#[must_use]
pub fn run_case(case: &Case) -> CaseResult {
    let expect = &case.expect;
    let mut out = CaseResult {
        name: case.name.clone(),
        edition: Edition::default(),
        expected_rules: expect.rules.union(expect.cites),
        mismatches: Vec::new(),
    };
    let mut fail = |what: fmt::Arguments<'_>| {
        out.mismatches.push(format!("case {}: {what}", case.name));
    };
    let expected = Expected(expect);
    match (&case.request, &case.customer) {
        (Some(request), _) => {
            let edition = request.edition;
            let assessed = match &case.calendar {
                Some(calendar) => crate::assess_with_calendar(request, calendar),
                None => assess(request),
            };
            match assessed {
                Err(e) => fail(format_args!("expected {expected}, got error: {e}")),
                Ok(a) => check_assessment(expect, &a, &mut fail),
            }
            out.edition = edition;
        }
        (None, Some(q)) => {
            let answer = customer_options(q.edition, &q.subscriptions);
            if answer.outcome != expect.outcome || !rules_match(expect, answer.rules) {
                fail(format_args!(
                    "expected {expected}, got {} {}",
                    answer.outcome, answer.rules
                ));
            }
            if expect.options.is_some_and(|o| o != answer.options) {
                let options = expect.options.unwrap_or_default();
                fail(format_args!(
                    "expected options {}, got {}",
                    list(options.iter()),
                    list(answer.options.iter())
                ));
            }
            out.edition = q.edition;
        }
        (None, None) => fail(format_args!("gives neither `request` nor `customer`")),
    }
    out
}

fn rules_match(expect: &Expect, got: RuleSet) -> bool {
    match expect.rules_match {
        RulesMatch::Exactly => got == expect.rules,
        RulesMatch::AtLeast => got.is_superset(expect.rules),
    }
}

fn check_assessment(expect: &Expect, a: &Assessment, fail: &mut impl FnMut(fmt::Arguments<'_>)) {
    let d = &a.decision;
    if d.outcome != expect.outcome || !rules_match(expect, d.rules) {
        fail(format_args!(
            "expected {}, got {} {}",
            Expected(expect),
            d.outcome,
            d.rules
        ));
    }
    let all = a.all_rules();
    if !all.is_superset(expect.cites) {
        let lacking: RuleSet = expect
            .cites
            .iter()
            .filter(|id| !all.contains(*id))
            .collect();
        fail(format_args!(
            "expected the assessment to cite {}, got {all} (lacking {lacking})",
            expect.cites
        ));
    }
    if let Some(portal) = expect.portal {
        let got = a.route.as_ref().and_then(|r| r.portal);
        if got != portal {
            fail(format_args!(
                "expected portal {}, got {}",
                opt(portal),
                opt(got)
            ));
        }
    }
    if let Some(plan) = expect.plan {
        let got = a.plan.map(|p| p.plan);
        if got != plan {
            fail(format_args!(
                "expected plan {}, got {}",
                opt(plan.map(PlanName)),
                opt(got.map(PlanName))
            ));
        }
    }
    if let Some(due) = expect.due {
        let got = a.deadline.as_ref().map(|d| d.due_utc);
        if got != due {
            fail(format_args!("expected due {}, got {}", opt(due), opt(got)));
        }
    }
    if let Some(fee) = expect.fee {
        let got = a.fee.map(|f| f.fee);
        if got != fee {
            fail(format_args!("expected fee {}, got {}", opt(fee), opt(got)));
        }
    }
}

/// `denied [A, B]`, or `denied at least [A]`.
struct Expected<'a>(&'a Expect);

impl fmt::Display for Expected<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let e = self.0;
        match e.rules_match {
            RulesMatch::Exactly => write!(f, "{} {}", e.outcome, e.rules),
            RulesMatch::AtLeast => write!(f, "{} at least {}", e.outcome, e.rules),
        }
    }
}

/// A plan as the scenario form spells it: `cloud_solution_provider`, `own premier`.
struct PlanName(SupportPlan);

impl fmt::Display for PlanName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            SupportPlan::CloudSolutionProvider => f.write_str("cloud_solution_provider"),
            SupportPlan::Own { entitlement } => write!(f, "own {entitlement}"),
        }
    }
}

fn opt<T: fmt::Display>(v: Option<T>) -> String {
    v.map_or_else(|| "none".to_owned(), |v| v.to_string())
}

fn list<T: fmt::Display>(items: impl Iterator<Item = T>) -> String {
    let items: Vec<String> = items.map(|i| i.to_string()).collect();
    format!("[{}]", items.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::samples;

    fn file_with(request: &Request, expect: &str) -> String {
        format!(
            r#"{{ "cases": [ {{ "name": "c", "request": {}, "expect": {expect} }} ] }}"#,
            request.to_json()
        )
    }

    #[test]
    fn public_types_are_send_and_sync() {
        fn check<T: Send + Sync>() {}
        check::<ScenarioFile>();
        check::<ScenarioReport>();
        check::<CaseResult>();
        check::<crate::matrix::Matrix>();
        check::<crate::matrix::MatrixDiff>();
        check::<crate::AssessInput>();
    }

    #[test]
    fn a_mismatch_reads_expected_then_got() {
        let json = file_with(
            &samples::direct_partner_azure(),
            r#"{ "outcome": "denied", "rules": ["AZURE-PROVIDER-ONLY"] }"#,
        );
        let report = run_scenarios(&json).unwrap();
        assert_eq!(
            report.mismatches().collect::<Vec<_>>(),
            [
                "case c: expected denied [AZURE-PROVIDER-ONLY], got allowed \
              [SCOPE-CLOUDS, SCOPE-WORKLOADS, SCOPE-PROBLEM-KINDS, FILER-PARTNER-TYPES, AZURE-PROVIDER-ONLY, FILER-ADMIN-AGENT-GDAP, AZURE-GDAP-RBAC, ROUTE-VIA-PARTNER-CENTER]"
            ]
        );
        assert_eq!(
            report.to_string().lines().last(),
            Some("0 passed, 1 failed")
        );
    }

    #[test]
    fn exactly_is_the_default_and_at_least_accepts_more() {
        let r = samples::reseller_azure_gdap_2025();
        let exact = file_with(
            &r,
            r#"{ "outcome": "denied", "rules": ["AZURE-PROVIDER-ONLY"] }"#,
        );
        assert_eq!(run_scenarios(&exact).unwrap().failed(), 1);
        let at_least = file_with(
            &r,
            r#"{ "outcome": "denied", "rules": ["AZURE-PROVIDER-ONLY"], "match": "at_least" }"#,
        );
        assert!(run_scenarios(&at_least).unwrap().is_success());
    }

    #[test]
    fn portal_plan_fee_and_cites_are_checked() {
        let json = file_with(
            &samples::direct_partner_azure(),
            r#"{ "outcome": "allowed", "rules": [], "match": "at_least",
                 "cites": ["ROUTE-TRACK", "FEE-M365-NONE"],
                 "portal": "microsoft365_admin_center", "plan": null, "fee": "none" }"#,
        );
        let report = run_scenarios(&json).unwrap();
        let lines: Vec<_> = report.mismatches().collect();
        assert_eq!(lines.len(), 4, "{lines:?}");
        assert!(lines[0].contains("lacking [FEE-M365-NONE]"), "{lines:?}");
        assert_eq!(
            lines[1],
            "case c: expected portal microsoft365_admin_center, got azure_portal"
        );
        assert_eq!(
            lines[2],
            "case c: expected plan none, got cloud_solution_provider"
        );
        assert_eq!(lines[3], "case c: expected fee none, got charged");
    }

    #[test]
    fn a_bad_value_names_its_path_and_the_accepted_values() {
        let json = file_with(
            &samples::direct_partner_azure(),
            r#"{ "outcome": "maybe", "rules": [] }"#,
        );
        let Err(Error::Json { path, message }) = run_scenarios(&json) else {
            panic!("expected a JSON error");
        };
        assert_eq!(path, "cases[0].expect.outcome");
        assert!(message.contains("not_covered"), "{message}");
        assert!(message.ends_with("(case c)"), "{message}");
    }

    #[test]
    fn an_error_inside_a_tenant_names_its_full_path() {
        let r = samples::direct_partner_azure()
            .to_json()
            .replace("\"active\"", "\"activ\"");
        let json = format!(
            r#"{{ "cases": [ {{ "name": "c", "request": {r}, "expect": {{ "outcome": "allowed", "rules": [] }} }} ] }}"#
        );
        let Err(Error::Json { path, message }) = run_scenarios(&json) else {
            panic!("expected a JSON error");
        };
        assert_eq!(path, "cases[0].request.tenant.gdap.status");
        assert!(message.contains("`approval_pending`"), "{message}");
        assert!(message.ends_with("(case c)"), "{message}");
    }

    #[test]
    fn an_unknown_field_is_rejected() {
        let json = file_with(
            &samples::direct_partner_azure(),
            r#"{ "outcome": "allowed", "rules": [], "outcom": "allowed" }"#,
        );
        let Err(Error::Json { path, message }) = run_scenarios(&json) else {
            panic!("expected a JSON error");
        };
        assert_eq!(path, "cases[0].expect.outcom");
        assert!(message.contains("unknown field"), "{message}");
    }

    #[test]
    fn duplicate_names_are_rejected() {
        let r = samples::direct_partner_azure().to_json();
        let json = format!(
            r#"{{ "cases": [
                {{ "name": "x", "request": {r}, "expect": {{ "outcome": "allowed", "rules": [], "match": "at_least" }} }},
                {{ "name": "x", "request": {r}, "expect": {{ "outcome": "allowed", "rules": [], "match": "at_least" }} }}
            ] }}"#
        );
        let Err(Error::Json { path, .. }) = run_scenarios(&json) else {
            panic!("expected a JSON error");
        };
        assert_eq!(path, "cases[1].name");
    }

    #[test]
    fn an_invalid_request_is_a_failed_case() {
        let mut r = samples::direct_partner_office365();
        if let crate::Tenant::Customer(crate::CustomerTenant { gdap: Some(g), .. }) = &mut r.tenant
        {
            g.ends_at = g.starts_at;
        }
        let json = file_with(
            &r,
            r#"{ "outcome": "allowed", "rules": [], "match": "at_least" }"#,
        );
        let report = run_scenarios(&json).unwrap();
        let line = report.mismatches().next().unwrap();
        assert!(
            line.starts_with(
                "case c: expected allowed at least [], got error: GDAP relationship ends"
            ),
            "{line}"
        );
    }

    #[test]
    fn customer_questions_are_cases() {
        let json = r#"{ "cases": [ { "name": "trial", "customer": { "edition": "gdap-2025",
            "subscriptions": [ { "channel": "csp", "kind": "paid" }, { "channel": "direct", "kind": "trial" } ] },
            "expect": { "outcome": "allowed", "rules": ["CUSTOMER-TRIAL-PARTNER-ONLY"],
                        "options": ["contact_partner", "open_request_with_microsoft"] } } ] }"#;
        let report = run_scenarios(json).unwrap();
        assert_eq!(
            report.mismatches().collect::<Vec<_>>(),
            [
                "case trial: expected options [contact_partner, open_request_with_microsoft], got [contact_partner]"
            ]
        );
    }
}
