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
//! A file has at least one case. A case has a `name` (unique in the file),
//! an optional `description`, the question, and `expect`. The question is
//! either a `request` (the JSON form of [`Request`], see [`crate::json`]),
//! with an optional business `calendar` for its deadline (the form of
//! [`crate::CalendarSpec`]), or a `customer` question
//! (`{ "edition": …, "subscriptions": [{ "channel": "csp", "kind": "paid" }] }`,
//! answered by [`customer_options`]).
//!
//! `expect` holds:
//!
//! | field | applies to | meaning |
//! |---|---|---|
//! | `outcome` | every case | `allowed`, `denied`, `not_covered` or `redirected` (required) |
//! | `rules` | every case | the rule IDs of the decision, or of the customer answer (required) |
//! | `match` | every case | `exactly` (the default): the answer cites these rules and no other; `at_least`: it cites at least these |
//! | `cites` | a request | rule IDs the whole assessment cites at least (decision, route, plan, fee and deadline together) |
//! | `portal` | a request | the route's portal: `azure_portal`, `microsoft365_admin_center`, `office365_admin_center`, or `null` for no portal |
//! | `plan` | a request | the support plan: `{ "kind": "cloud_solution_provider" }` or `{ "kind": "own", "entitlement": "premier" }`, or `null` for none |
//! | `fee` | a request | `none`, `charged`, `free`, `not_stated`, or `null` for no fee answer |
//! | `due` | a request with a `calendar` | the deadline's due instant (RFC 3339), or `null` for no deadline |
//! | `options` | a customer question | `contact_partner`, `open_request_with_microsoft`, exactly (`[]` for none) |
//!
//! A field left out is not checked; every case checks at least its
//! `outcome`. Nothing passes unchecked: a field that does not apply to the
//! case's question (`portal`, `plan`, `fee`, `cites` or `due` for a customer
//! question, `options` for a request, `due` without a `calendar`, a
//! `calendar` beside a customer question) is an [`Error::Json`] naming the
//! field and the case, and so is a file without cases. Unknown fields are
//! rejected too, and a malformed file is an [`Error::Json`] naming the field
//! path (such as `cases[3].request.partner.type`). The JSON Schema
//! (`csp-support schema scenario`, `schema/scenario.schema.json`) has one
//! shape per kind of case, so an editor flags a field that does not apply as
//! it is typed.
//!
//! ## Output that carries names safely
//!
//! Case names, file names and error texts come from input. Every line the
//! runner writes ([`CaseResult::mismatches`], [`ScenarioReport`]'s
//! `Display`, [`CheckReport::to_text`]) is one line whatever they hold: a
//! control, bidi, line- or paragraph-separator, non-character or tag
//! character is written as a visible `\u{…}` escape (`\n`, `\r`, `\t` as
//! such) and a backslash as `\\`, and a case name longer than 200
//! characters is cut, with a note of how many bytes were left out
//! (`… (N more bytes)`). [`CheckReport::to_junit`] writes the same strings
//! by the same rule, then as XML entities, so the report is well formed for
//! any name.

use chrono::{DateTime, Utc};
use std::collections::BTreeSet;
use std::fmt::{self, Write as _};
use std::path::Path;

use crate::json::parse;
use crate::util::escape::{echo, message, text, xml, xml_echo, xml_message};
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
    /// The cases, run in order; at least one.
    #[cfg_attr(feature = "schemars", schemars(length(min = 1)))]
    pub cases: Vec<Case>,
}

/// One named case: a question and what is expected of its answer.
///
/// Give exactly one of `request` and `customer`; the fields of `expect`
/// that apply depend on which (see the [module docs](self)).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Case {
    /// The case's name, unique in its file.
    pub name: String,
    /// What the case shows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// A request to assess (give this or `customer`).
    #[serde(
        default,
        deserialize_with = "some",
        skip_serializing_if = "Option::is_none"
    )]
    pub request: Option<Request>,
    /// The business calendar for the request's deadline (`SLA-*`); only with
    /// a `request`.
    #[serde(
        default,
        deserialize_with = "some",
        skip_serializing_if = "Option::is_none"
    )]
    pub calendar: Option<crate::Calendar>,
    /// A customer question (give this or `request`).
    #[serde(
        default,
        deserialize_with = "some",
        skip_serializing_if = "Option::is_none"
    )]
    pub customer: Option<CustomerQuestion>,
    /// What is expected.
    pub expect: Expect,
}

/// The customer-side question of [`customer_options`].
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct CustomerQuestion {
    /// The edition (required: there is no default edition).
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
#[non_exhaustive]
pub enum RulesMatch {
    /// The decision cites exactly these rules.
    #[default]
    Exactly,
    /// The decision cites at least these rules.
    AtLeast,
}

/// What is expected of a case's answer. A field left out (`None`) is not
/// checked; which fields apply depends on the case's question (see the
/// [module docs](self)).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Expect {
    /// The outcome.
    pub outcome: Outcome,
    /// The rule IDs of the decision (or of the customer answer).
    pub rules: RuleSet,
    /// How `rules` is compared (default `exactly`).
    #[serde(rename = "match", default)]
    pub rules_match: RulesMatch,
    /// For a request: rule IDs the whole assessment cites at least
    /// (decision, route, plan, fee, deadline).
    #[serde(
        default,
        deserialize_with = "some",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "schemars", schemars(with = "RuleSet"))]
    pub cites: Option<RuleSet>,
    /// For a request: the route's portal (`null`: no portal).
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<Portal>"))]
    pub portal: Option<Option<Portal>>,
    /// For a request: the support plan (`null`: no plan answer).
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<SupportPlan>"))]
    pub plan: Option<Option<SupportPlan>>,
    /// For a request: the fee (`null`: no fee answer).
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<Fee>"))]
    pub fee: Option<Option<Fee>>,
    /// For a customer question: the options, exactly (`[]`: none).
    #[serde(
        default,
        deserialize_with = "some",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "schemars", schemars(with = "CustomerOptions"))]
    pub options: Option<CustomerOptions>,
    /// For a request with a `calendar`: the deadline's due instant (`null`:
    /// no deadline).
    #[serde(
        default,
        with = "crate::facts::instant::utc_present",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<DateTime<Utc>>"))]
    pub due: Option<Option<DateTime<Utc>>>,
}

/// A field that is present (even as `null`) deserialises to `Some`.
fn present<'de, D, T>(d: D) -> Result<Option<Option<T>>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::Deserialize<'de>,
{
    <Option<T> as serde::Deserialize>::deserialize(d).map(Some)
}

/// A field that, when present, holds a value: `null` is an error rather
/// than "left out".
fn some<'de, D, T>(d: D) -> Result<Option<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::Deserialize<'de>,
{
    T::deserialize(d).map(Some)
}

/// The JSON Schema of a case: one shape per kind of question, so a field
/// that does not apply fails validation in an editor.
#[cfg(feature = "schemars")]
impl schemars::JsonSchema for Case {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Case".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        forms::CaseForm::json_schema(generator)
    }
}

/// Schema-only shapes of a case, one per kind of question.
#[cfg(feature = "schemars")]
#[allow(dead_code)] // Only their schemas are used; `Case` is what is read.
mod forms {
    use super::{CustomerQuestion, RulesMatch};
    use crate::{CustomerOptions, Fee, Outcome, Portal, Request, RuleSet, SupportPlan};
    use chrono::{DateTime, Utc};

    /// One named case: a request (without or with a business calendar) or
    /// a customer question, and what is expected of its answer. A field of
    /// `expect` that does not apply to the question is an error.
    #[derive(schemars::JsonSchema)]
    #[serde(untagged)]
    #[allow(clippy::large_enum_variant)]
    pub(super) enum CaseForm {
        Request(RequestCase),
        RequestWithCalendar(RequestWithCalendarCase),
        Customer(CustomerCase),
    }

    /// A request to assess, without a calendar (so no deadline and no `due`).
    #[derive(schemars::JsonSchema)]
    #[serde(deny_unknown_fields)]
    pub(super) struct RequestCase {
        /// The case's name, unique in its file.
        name: String,
        /// What the case shows.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        description: Option<String>,
        /// The request to assess.
        request: Request,
        /// What is expected of its assessment.
        expect: RequestExpect,
    }

    /// A request to assess with the business calendar of its deadline.
    #[derive(schemars::JsonSchema)]
    #[serde(deny_unknown_fields)]
    pub(super) struct RequestWithCalendarCase {
        /// The case's name, unique in its file.
        name: String,
        /// What the case shows.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        description: Option<String>,
        /// The request to assess.
        request: Request,
        /// The business calendar for the request's deadline (`SLA-*`).
        calendar: crate::CalendarSpec,
        /// What is expected of its assessment.
        expect: RequestWithCalendarExpect,
    }

    /// A customer question.
    #[derive(schemars::JsonSchema)]
    #[serde(deny_unknown_fields)]
    pub(super) struct CustomerCase {
        /// The case's name, unique in its file.
        name: String,
        /// What the case shows.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        description: Option<String>,
        /// The customer question.
        customer: CustomerQuestion,
        /// What is expected of its answer.
        expect: CustomerExpect,
    }

    /// What is expected of a request's assessment. A field left out is not
    /// checked.
    #[derive(schemars::JsonSchema)]
    #[serde(deny_unknown_fields)]
    pub(super) struct RequestExpect {
        /// The outcome.
        outcome: Outcome,
        /// The rule IDs of the decision.
        rules: RuleSet,
        /// How `rules` is compared (default `exactly`).
        #[serde(rename = "match", default)]
        rules_match: RulesMatch,
        /// Rule IDs the whole assessment cites at least (decision, route,
        /// plan, fee, deadline).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(with = "RuleSet")]
        cites: Option<RuleSet>,
        /// The route's portal (`null`: no portal).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        portal: Option<Portal>,
        /// The support plan (`null`: no plan answer).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        plan: Option<SupportPlan>,
        /// The fee (`null`: no fee answer).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        fee: Option<Fee>,
    }

    /// What is expected of a request's assessment with a calendar. A field
    /// left out is not checked.
    #[derive(schemars::JsonSchema)]
    #[serde(deny_unknown_fields)]
    pub(super) struct RequestWithCalendarExpect {
        /// The outcome.
        outcome: Outcome,
        /// The rule IDs of the decision.
        rules: RuleSet,
        /// How `rules` is compared (default `exactly`).
        #[serde(rename = "match", default)]
        rules_match: RulesMatch,
        /// Rule IDs the whole assessment cites at least (decision, route,
        /// plan, fee, deadline).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(with = "RuleSet")]
        cites: Option<RuleSet>,
        /// The route's portal (`null`: no portal).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        portal: Option<Portal>,
        /// The support plan (`null`: no plan answer).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        plan: Option<SupportPlan>,
        /// The fee (`null`: no fee answer).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        fee: Option<Fee>,
        /// The deadline's due instant (`null`: no deadline).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        due: Option<DateTime<Utc>>,
    }

    /// What is expected of a customer question's answer. A field left out
    /// is not checked.
    #[derive(schemars::JsonSchema)]
    #[serde(deny_unknown_fields)]
    pub(super) struct CustomerExpect {
        /// The outcome.
        outcome: Outcome,
        /// The rule IDs of the answer.
        rules: RuleSet,
        /// How `rules` is compared (default `exactly`).
        #[serde(rename = "match", default)]
        rules_match: RulesMatch,
        /// The options, exactly (`[]`: none).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(with = "CustomerOptions")]
        options: Option<CustomerOptions>,
    }
}

/// The result of one case.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct CaseResult {
    /// The case's name, as given.
    pub name: String,
    /// The edition it was decided under.
    pub edition: Edition,
    /// The rule IDs its expectation names (`rules` and `cites`).
    pub expected_rules: RuleSet,
    /// One line per mismatch, such as
    /// `case NAME: expected denied [AZURE-PROVIDER-ONLY], got allowed [...]`,
    /// with the name escaped and bounded (see the [module docs](self));
    /// empty when the case passed. [`CheckReport`] writes these lines as
    /// they are, so lines set by hand must keep to that rule.
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
#[non_exhaustive]
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

    /// Whether at least one case ran and every case passed. A report
    /// without cases is no success: it checked nothing.
    #[must_use]
    pub fn is_success(&self) -> bool {
        !self.cases.is_empty() && self.cases.iter().all(CaseResult::passed)
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

    /// `Ok` when it is a success (see [`is_success`](Self::is_success));
    /// otherwise the report, whose `Display` lists every mismatch and the
    /// closing count.
    ///
    /// # Errors
    ///
    /// The report itself, when a case failed or there were none.
    pub fn into_result(self) -> Result<ScenarioReport, ScenarioReport> {
        if self.is_success() {
            Ok(self)
        } else {
            Err(self)
        }
    }

    /// Panics with every mismatch line when a case failed or there were
    /// none: the one line of a user's `#[test]`.
    ///
    /// # Panics
    ///
    /// When a case failed or there were none; that is its purpose, like
    /// `assert!`.
    #[track_caller]
    #[allow(clippy::panic)] // An assertion for tests: panicking is its job.
    pub fn assert_passed(&self) {
        if !self.is_success() {
            panic!("{self}");
        }
    }
}

/// The mismatch lines, then `N passed, M failed` (`0 passed, 0 failed, no
/// cases` for a report without cases).
impl fmt::Display for ScenarioReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for line in self.mismatches() {
            writeln!(f, "{line}")?;
        }
        write!(f, "{} passed, {} failed", self.passed(), self.failed())?;
        if self.cases.is_empty() {
            f.write_str(", no cases")?;
        }
        Ok(())
    }
}

impl std::error::Error for ScenarioReport {}

/// One scenario file of a `check` run: its name (as the user gave it) and
/// its report, or the error that kept it from running.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct FileRun {
    /// The file's name, as given (a path).
    pub name: String,
    /// Its report, or why it could not be run ([`Error::Io`],
    /// [`Error::Json`]).
    pub result: Result<ScenarioReport, Error>,
}

impl FileRun {
    /// A file's run from its name and its result, for a caller that reads
    /// or runs the files itself.
    #[must_use]
    pub fn new(name: impl Into<String>, result: Result<ScenarioReport, Error>) -> FileRun {
        FileRun {
            name: name.into(),
            result,
        }
    }

    /// Reads and runs the scenario file at `path` (see
    /// [`run_scenario_file`]).
    #[must_use]
    pub fn read(path: impl AsRef<Path>) -> FileRun {
        let path = path.as_ref();
        FileRun {
            name: path.display().to_string(),
            result: run_scenario_file(path),
        }
    }

    /// The line that says why the file could not be run, such as
    /// `policy.json: cases[0].expect.outcome: unknown variant …`, escaped
    /// (see the [module docs](self)); `None` when it ran.
    #[must_use]
    pub fn error_line(&self) -> Option<String> {
        let e = self.result.as_ref().err()?;
        Some(match e {
            // Its message names the file already.
            Error::Io { .. } => message(&e.to_string()).into_owned(),
            _ => format!("{}: {}", text(&self.name), message(&e.to_string())),
        })
    }
}

/// The files of one `check` run, case by case, with the two renderings of
/// `csp-support check`: text ([`to_text`](Self::to_text)) and JUnit XML
/// ([`to_junit`](Self::to_junit)).
///
/// ```
/// use csp_support::scenario::{CheckReport, FileRun, run_scenarios};
/// let request = csp_support::samples::reseller_azure_gdap_2025().to_json();
/// let file = format!(r#"{{ "cases": [
///   {{ "name": "reseller\n1 passed, 0 failed", "request": {request},
///      "expect": {{ "outcome": "allowed", "rules": [] }} }}
/// ] }}"#);
/// let run = CheckReport::new(vec![FileRun::new("policy.json", run_scenarios(&file))]);
/// assert_eq!(
///     run.to_text(),
///     "policy.json: case reseller\\n1 passed, 0 failed: expected allowed [], \
///      got denied [FILER-PARTNER-TYPES, AZURE-PROVIDER-ONLY]\n0 passed, 1 failed"
/// );
/// let xml = run.to_junit();
/// assert!(xml.contains(r#"<testcase name="reseller\n1 passed, 0 failed" classname="policy.json">"#));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct CheckReport {
    /// The files, in the order given.
    pub files: Vec<FileRun>,
}

impl CheckReport {
    /// The report of these files' runs, in order.
    #[must_use]
    pub fn new(files: Vec<FileRun>) -> CheckReport {
        CheckReport { files }
    }

    /// The reports of the files that ran.
    fn reports(&self) -> impl Iterator<Item = &ScenarioReport> {
        self.files.iter().filter_map(|f| f.result.as_ref().ok())
    }

    /// How many cases passed, over the files that ran.
    #[must_use]
    pub fn passed(&self) -> usize {
        self.reports().map(ScenarioReport::passed).sum()
    }

    /// How many cases failed, over the files that ran.
    #[must_use]
    pub fn failed(&self) -> usize {
        self.reports().map(ScenarioReport::failed).sum()
    }

    /// How many files could not be run (unreadable or malformed).
    #[must_use]
    pub fn not_run(&self) -> usize {
        self.files.iter().filter(|f| f.result.is_err()).count()
    }

    /// Whether every file ran, at least one case ran, and every case passed.
    #[must_use]
    pub fn is_success(&self) -> bool {
        !self.files.is_empty()
            && self
                .files
                .iter()
                .all(|f| f.result.as_ref().is_ok_and(ScenarioReport::is_success))
    }

    /// The closing count: `N passed, M failed`, and `, K files not run`
    /// when a file could not be run.
    #[must_use]
    pub fn summary(&self) -> String {
        let mut out = format!("{} passed, {} failed", self.passed(), self.failed());
        match self.not_run() {
            0 => {}
            1 => out.push_str(", 1 file not run"),
            n => {
                let _ = write!(out, ", {n} files not run");
            }
        }
        out
    }

    /// For each file that could not be run, the line that says why (see
    /// [`FileRun::error_line`]).
    pub fn error_lines(&self) -> impl Iterator<Item = String> + '_ {
        self.files.iter().filter_map(FileRun::error_line)
    }

    /// The text form: each mismatch line prefixed by its file's name
    /// (`FILE: case NAME: expected …, got …`), then the closing count
    /// ([`summary`](Self::summary)) as the last line, without a final
    /// newline. Every name is escaped (see the [module docs](self)), so the
    /// last line is the true count whatever the names hold.
    #[must_use]
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        for file in &self.files {
            if let Ok(report) = &file.result {
                let name = text(&file.name);
                for line in report.mismatches() {
                    let _ = writeln!(out, "{name}: {line}");
                }
            }
        }
        out.push_str(&self.summary());
        out
    }

    /// JUnit XML: one `testsuite` per file, one `testcase` per case (its
    /// `failure` lists the mismatch lines); a file that could not be run is
    /// one `testcase` named `(file)` with an `error`. Names and texts are
    /// escaped for XML after the text rule (see the [module docs](self)),
    /// case names bounded, so the document is well formed for any input.
    #[must_use]
    pub fn to_junit(&self) -> String {
        let mut suites = String::new();
        for file in &self.files {
            let name = xml(&file.name);
            match &file.result {
                Ok(report) => {
                    let _ = writeln!(
                        suites,
                        "  <testsuite name=\"{name}\" tests=\"{}\" failures=\"{}\" errors=\"0\">",
                        report.cases.len(),
                        report.failed()
                    );
                    for case in &report.cases {
                        junit_case(&mut suites, &name, case);
                    }
                }
                Err(e) => {
                    let _ = writeln!(
                        suites,
                        "  <testsuite name=\"{name}\" tests=\"1\" failures=\"0\" errors=\"1\">\n    \
                         <testcase name=\"(file)\" classname=\"{name}\">\n      \
                         <error message=\"{}\"/>\n    </testcase>",
                        xml_message(&e.to_string())
                    );
                }
            }
            suites.push_str("  </testsuite>\n");
        }
        let cases: usize = self.reports().map(|r| r.cases.len()).sum();
        format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
             <testsuites name=\"csp-support\" tests=\"{}\" failures=\"{}\" errors=\"{}\">\n\
             {suites}</testsuites>",
            cases.saturating_add(self.not_run()),
            self.failed(),
            self.not_run()
        )
    }
}

/// One `testcase` element; `file` is the file's name, already escaped.
fn junit_case(out: &mut String, file: &str, case: &CaseResult) {
    let name = xml_echo(&case.name);
    let Some(first) = case.mismatches.first() else {
        let _ = writeln!(out, "    <testcase name=\"{name}\" classname=\"{file}\"/>");
        return;
    };
    let lines: Vec<String> = case.mismatches.iter().map(|l| xml_message(l)).collect();
    let _ = writeln!(
        out,
        "    <testcase name=\"{name}\" classname=\"{file}\">\n      \
         <failure message=\"{}\">{}</failure>\n    </testcase>",
        xml_message(first),
        lines.join("\n")
    );
}

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
/// form, when it has no cases, when a case names both or neither of
/// `request` and `customer`, when an expectation (or a `calendar`) does not
/// apply to its case's question, or when two cases share a name; and when
/// a request holds a GDAP relationship that cannot exist (see
/// [`GdapRelationship::validate`](crate::GdapRelationship::validate)), at
/// the relationship's path: reading checks it as the builder does.
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
        source: std::sync::Arc::new(e),
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
        .and_then(|n| case_name(json, n));
    match name {
        Some(name) => Error::Json {
            path,
            message: format!("{message} (case {})", echo(&name)),
        },
        None => Error::Json { path, message },
    }
}

/// The `name` of case `n` of a scenario file, read without building the
/// document (it may be large): every other value is skipped unallocated.
fn case_name(json: &str, n: usize) -> Option<String> {
    use serde::de::{DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};

    /// The top-level object: only `cases` is looked into.
    struct File(usize);
    /// The `cases` list: only case `n` is looked into.
    struct Cases(usize);
    /// Whether an object key is `cases`, without keeping the key.
    struct IsCases(bool);
    /// A case's name; its other fields are skipped.
    #[derive(serde::Deserialize)]
    struct Named {
        name: Option<String>,
    }

    impl<'de> Visitor<'de> for File {
        type Value = Option<String>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a scenario file")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut name = None;
            while let Some(IsCases(is_cases)) = map.next_key()? {
                if is_cases {
                    name = map.next_value_seed(Cases(self.0))?;
                } else {
                    map.next_value::<IgnoredAny>()?;
                }
            }
            Ok(name)
        }
    }

    impl<'de> DeserializeSeed<'de> for Cases {
        type Value = Option<String>;
        fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
            d.deserialize_seq(self)
        }
    }

    impl<'de> Visitor<'de> for Cases {
        type Value = Option<String>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a list of cases")
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
            let mut name = None;
            let mut i = 0usize;
            loop {
                if i == self.0 {
                    match seq.next_element::<Named>()? {
                        Some(case) => name = case.name,
                        None => break,
                    }
                } else if seq.next_element::<IgnoredAny>()?.is_none() {
                    break;
                }
                i = i.saturating_add(1);
            }
            Ok(name)
        }
    }

    impl<'de> serde::Deserialize<'de> for IsCases {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            struct Key;
            impl Visitor<'_> for Key {
                type Value = IsCases;
                fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    f.write_str("a field name")
                }
                fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<IsCases, E> {
                    Ok(IsCases(s == "cases"))
                }
            }
            d.deserialize_str(Key)
        }
    }

    let mut de = serde_json::Deserializer::from_str(json);
    serde::Deserializer::deserialize_map(&mut de, File(n)).ok()?
}

/// What in a case does not fit its question: the field's path below the
/// case and why, in the order of the case's fields.
fn problems(case: &Case) -> Vec<(&'static str, &'static str)> {
    let e = &case.expect;
    let mut out = Vec::new();
    match (&case.request, &case.customer) {
        (Some(_), None) => {
            if e.due.is_some() && case.calendar.is_none() {
                out.push((
                    "expect.due",
                    "`due` needs the case's `calendar`: without one no deadline is computed; \
                     give a `calendar` or leave `due` out",
                ));
            }
            if e.options.is_some() {
                out.push((
                    "expect.options",
                    "`options` does not apply to a request, only to a customer question; \
                     a request case expects `outcome`, `rules`, `match`, `cites`, `portal`, \
                     `plan`, `fee` and, with a `calendar`, `due`",
                ));
            }
        }
        (None, Some(_)) => {
            if case.calendar.is_some() {
                out.push((
                    "calendar",
                    "`calendar` does not apply to a customer question, which has no \
                     deadline; give it with a `request`",
                ));
            }
            for (present, field, message) in [
                (
                    e.cites.is_some(),
                    "expect.cites",
                    "`cites` does not apply to a customer question; its rules are `rules` \
                     (with `\"match\": \"at_least\"` for at least these)",
                ),
                (
                    e.portal.is_some(),
                    "expect.portal",
                    "`portal` does not apply to a customer question, which has no route; \
                     a customer case expects `outcome`, `rules`, `match` and `options`",
                ),
                (
                    e.plan.is_some(),
                    "expect.plan",
                    "`plan` does not apply to a customer question, which has no support \
                     plan; a customer case expects `outcome`, `rules`, `match` and `options`",
                ),
                (
                    e.fee.is_some(),
                    "expect.fee",
                    "`fee` does not apply to a customer question, which has no fee; \
                     a customer case expects `outcome`, `rules`, `match` and `options`",
                ),
                (
                    e.due.is_some(),
                    "expect.due",
                    "`due` does not apply to a customer question, which has no deadline; \
                     a customer case expects `outcome`, `rules`, `match` and `options`",
                ),
            ] {
                if present {
                    out.push((field, message));
                }
            }
        }
        _ => out.push(("", "must give exactly one of `request` and `customer`")),
    }
    out
}

fn check_shape(file: &ScenarioFile) -> Result<(), Error> {
    if file.cases.is_empty() {
        return Err(Error::Json {
            path: "cases".to_owned(),
            message: "the file has no cases, so it would check nothing; accepted: \
                      a list of at least one case"
                .to_owned(),
        });
    }
    let mut names = BTreeSet::new();
    for (i, case) in file.cases.iter().enumerate() {
        if let Some((field, message)) = problems(case).first() {
            let path = match *field {
                "" => format!("cases[{i}]"),
                field => format!("cases[{i}].{field}"),
            };
            return Err(Error::Json {
                path,
                message: format!("{message} (case {})", echo(&case.name)),
            });
        }
        if !names.insert(case.name.as_str()) {
            return Err(Error::Json {
                path: format!("cases[{i}].name"),
                message: format!(
                    "case name \"{}\" is used twice; names must be unique",
                    echo(&case.name)
                ),
            });
        }
    }
    Ok(())
}

/// Runs one case. A case whose fields do not fit its question (see the
/// [module docs](self)) fails, with a line per field that does not apply.
#[must_use]
pub fn run_case(case: &Case) -> CaseResult {
    let expect = &case.expect;
    let mut out = CaseResult {
        name: case.name.clone(),
        edition: Edition::LATEST,
        expected_rules: expect.rules.union(expect.cites.unwrap_or(RuleSet::EMPTY)),
        mismatches: Vec::new(),
    };
    let name = echo(&case.name);
    let mut fail = |what: fmt::Arguments<'_>| {
        out.mismatches.push(format!("case {name}: {what}"));
    };
    for (field, message) in problems(case) {
        match field {
            "" => fail(format_args!("{message}")),
            field => fail(format_args!("{field}: {message}")),
        }
    }
    let expected = Expected(expect);
    let mut edition = Edition::LATEST;
    match (&case.request, &case.customer) {
        (Some(request), None) => {
            edition = request.edition;
            let assessed = match &case.calendar {
                Some(calendar) => crate::assess_with_calendar(request, calendar),
                None => Ok(assess(request)),
            };
            match assessed {
                Err(e) => fail(format_args!(
                    "expected {expected}, got error: {}",
                    message(&e.to_string())
                )),
                Ok(a) => check_assessment(expect, &a, &mut fail),
            }
        }
        (None, Some(q)) => {
            edition = q.edition;
            let answer = customer_options(q.edition, &q.subscriptions);
            if answer.outcome != expect.outcome || !rules_match(expect, answer.rules) {
                fail(format_args!(
                    "expected {expected}, got {} {}",
                    answer.outcome, answer.rules
                ));
            }
            if let Some(options) = expect.options.filter(|o| *o != answer.options) {
                fail(format_args!(
                    "expected options {}, got {}",
                    list(options.iter()),
                    list(answer.options.iter())
                ));
            }
        }
        // Reported above; nothing to run.
        _ => {}
    }
    out.edition = edition;
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
    if let Some(cites) = expect.cites.filter(|c| !all.is_superset(*c)) {
        let lacking: RuleSet = cites.iter().filter(|id| !all.contains(*id)).collect();
        fail(format_args!(
            "expected the assessment to cite {cites}, got {all} (lacking {lacking})"
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

/// The JSON Schema of scenario files (feature `schemars`), as checked in at
/// `schema/scenario.schema.json`; point a file's `$schema` at it and editors
/// validate cases as they are typed.
#[cfg(feature = "schemars")]
#[must_use]
pub fn scenario_schema() -> String {
    crate::json::to_pretty(&schemars::schema_for!(ScenarioFile))
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
        assert_eq!(
            lines[3],
            "case c: expected fee no_separate_fee, got charged"
        );
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
    fn a_relationship_that_cannot_exist_is_an_error_at_its_path() {
        let mut request = serde_json::to_value(samples::direct_partner_office365()).unwrap();
        request["tenant"]["gdap"]["ends_at"] = request["tenant"]["gdap"]["starts_at"].clone();
        let json = serde_json::json!({ "cases": [{ "name": "c", "request": request,
            "expect": { "outcome": "allowed", "rules": [], "match": "at_least" } }] })
        .to_string();
        match run_scenarios(&json) {
            Err(Error::Json { path, message }) => {
                assert_eq!(path, "cases[0].request.tenant.gdap");
                assert!(message.starts_with("GDAP relationship ends"), "{message}");
            }
            other => panic!("{other:?}"),
        }
    }

    /// The three kinds of case, as JSON: a request, a request with a
    /// calendar, a customer question.
    fn kinds() -> [(&'static str, serde_json::Value); 3] {
        let request = serde_json::to_value(samples::direct_partner_azure()).unwrap();
        let calendar =
            serde_json::to_value(crate::CalendarSpec::standard("Europe/Berlin")).unwrap();
        let customer = serde_json::json!({ "edition": "gdap-2025", "subscriptions": [{ "channel": "csp", "kind": "paid" }] });
        [
            ("request", serde_json::json!({ "request": request })),
            (
                "request+calendar",
                serde_json::json!({ "request": request, "calendar": calendar }),
            ),
            ("customer", serde_json::json!({ "customer": customer })),
        ]
    }

    /// The optional expectation fields, a valid value each, and the kinds
    /// of case each applies to.
    const FIELDS: [(&str, &str, &[&str]); 7] = [
        (
            "match",
            r#""at_least""#,
            &["request", "request+calendar", "customer"],
        ),
        (
            "cites",
            r#"["ROUTE-TRACK"]"#,
            &["request", "request+calendar"],
        ),
        (
            "portal",
            r#""azure_portal""#,
            &["request", "request+calendar"],
        ),
        (
            "plan",
            r#"{ "kind": "cloud_solution_provider" }"#,
            &["request", "request+calendar"],
        ),
        ("fee", r#""charged""#, &["request", "request+calendar"]),
        ("due", "null", &["request+calendar"]),
        ("options", r#"["contact_partner"]"#, &["customer"]),
    ];

    #[test]
    fn every_field_applies_to_its_kind_of_case_or_is_an_error() {
        // Every subset of the optional fields on every kind of case: the
        // file is read exactly when every field applies; otherwise the
        // error names a field that does not apply, and the case.
        for (kind, question) in kinds() {
            for subset in 0u32..(1 << FIELDS.len()) {
                let mut case = question.clone();
                case["name"] = "c".into();
                let mut expect = serde_json::json!({ "outcome": "allowed", "rules": [] });
                let mut misfits = Vec::new();
                for (i, (field, value, applies)) in FIELDS.iter().enumerate() {
                    if subset & (1 << i) != 0 {
                        expect[*field] = serde_json::from_str(value).unwrap();
                        if !applies.contains(&kind) {
                            misfits.push(format!("cases[0].expect.{field}"));
                        }
                    }
                }
                case["expect"] = expect;
                let json = serde_json::json!({ "cases": [case] }).to_string();
                match run_scenarios(&json) {
                    Ok(report) => {
                        assert!(
                            misfits.is_empty(),
                            "{kind} {subset:b}: read despite {misfits:?}"
                        );
                        assert_eq!(report.cases.len(), 1);
                    }
                    Err(Error::Json { path, message }) => {
                        assert!(
                            misfits.contains(&path),
                            "{kind} {subset:b}: {path}: {message}"
                        );
                        let field = path.rsplit('.').next().unwrap();
                        assert!(message.contains(&format!("`{field}`")), "{message}");
                        assert!(message.ends_with("(case c)"), "{message}");
                    }
                    Err(e) => panic!("{kind} {subset:b}: {e}"),
                }
            }
        }
        // A calendar beside a customer question.
        let mut case = kinds()[2].1.clone();
        case["calendar"] = kinds()[1].1["calendar"].clone();
        case["name"] = "c".into();
        case["expect"] = serde_json::json!({ "outcome": "not_covered", "rules": [] });
        let json = serde_json::json!({ "cases": [case] }).to_string();
        let Err(Error::Json { path, .. }) = run_scenarios(&json) else {
            panic!("a calendar beside a customer question was read");
        };
        assert_eq!(path, "cases[0].calendar");
    }

    #[test]
    fn null_is_not_a_question_a_calendar_or_options() {
        for (field, path) in [
            ("request", "cases[0].request"),
            ("customer", "cases[0].customer"),
            ("calendar", "cases[0].calendar"),
        ] {
            let mut case = kinds()[0].1.clone();
            case["name"] = "c".into();
            case[field] = serde_json::Value::Null;
            case["expect"] = serde_json::json!({ "outcome": "allowed", "rules": [] });
            let json = serde_json::json!({ "cases": [case] }).to_string();
            let Err(Error::Json { path: got, message }) = run_scenarios(&json) else {
                panic!("{field}: null was read");
            };
            assert_eq!(got, path);
            assert!(message.contains("invalid type: null"), "{message}");
        }
    }

    #[test]
    fn a_case_built_in_rust_that_does_not_fit_its_question_fails() {
        let customer = CustomerQuestion {
            edition: Edition::Gdap2025,
            subscriptions: vec![],
        };
        let expect = Expect {
            outcome: Outcome::NotCovered,
            rules: customer_options(Edition::Gdap2025, &[]).rules,
            rules_match: RulesMatch::Exactly,
            cites: Some(RuleSet::EMPTY),
            portal: Some(None),
            plan: None,
            fee: None,
            options: None,
            due: None,
        };
        let case = Case {
            name: "c\n1 passed".into(),
            description: None,
            request: None,
            calendar: Some(crate::Calendar::standard(chrono_tz::UTC)),
            customer: Some(customer.clone()),
            expect: expect.clone(),
        };
        let result = run_case(&case);
        assert_eq!(
            result.mismatches,
            [
                "case c\\n1 passed: calendar: `calendar` does not apply to a customer question, which has no deadline; give it with a `request`",
                "case c\\n1 passed: expect.cites: `cites` does not apply to a customer question; its rules are `rules` (with `\"match\": \"at_least\"` for at least these)",
                "case c\\n1 passed: expect.portal: `portal` does not apply to a customer question, which has no route; a customer case expects `outcome`, `rules`, `match` and `options`",
            ]
        );
        // Both questions, or neither: fails, and neither is run.
        let both = Case {
            request: Some(samples::direct_partner_azure()),
            calendar: None,
            expect: Expect {
                cites: None,
                portal: None,
                ..expect
            },
            ..case
        };
        assert_eq!(
            run_case(&both).mismatches,
            ["case c\\n1 passed: must give exactly one of `request` and `customer`"]
        );
        let neither = Case {
            request: None,
            customer: None,
            ..both
        };
        assert!(!run_case(&neither).passed());
    }

    #[test]
    fn the_name_of_a_case_is_read_without_building_the_document() {
        let json = r#"{ "description": "x", "cases": [ { "name": 1 }, { "expect": [1, {"a": "b"}], "name": "second", "x": null } ], "z": "\u0041" }"#;
        assert_eq!(case_name(json, 1).as_deref(), Some("second"));
        assert_eq!(case_name(json, 2), None);
        assert_eq!(case_name(json, 0), None); // not a string: no name
        assert_eq!(case_name(r#"{ "cases": [ { "name": "a" }"#, 0), None);
        assert_eq!(case_name(r#"{ "cases": 3 }"#, 0), None);
        assert_eq!(
            case_name(r#"{ "cases": [ { "name": "a\nb" } ] }"#, 0).as_deref(),
            Some("a\nb")
        );
    }

    fn run_named(file: &str, json: &str) -> FileRun {
        FileRun {
            name: file.to_owned(),
            result: run_scenarios(json),
        }
    }

    #[test]
    fn a_check_report_counts_cases_and_files_not_run() {
        let pass = file_with(
            &samples::direct_partner_azure(),
            r#"{ "outcome": "allowed", "rules": [], "match": "at_least" }"#,
        );
        let fail = file_with(
            &samples::direct_partner_azure(),
            r#"{ "outcome": "denied", "rules": [], "match": "at_least" }"#,
        );
        let run = CheckReport {
            files: vec![
                run_named("a.json", &pass),
                run_named("b\u{1b}[2J.json", &fail),
                run_named("c.json", r#"{ "cases": [] }"#),
                run_named("d\n.json", ""),
            ],
        };
        assert_eq!((run.passed(), run.failed(), run.not_run()), (1, 1, 2));
        assert!(!run.is_success());
        assert_eq!(run.summary(), "1 passed, 1 failed, 2 files not run");
        assert_eq!(
            run.error_lines().collect::<Vec<_>>(),
            [
                "c.json: cases: the file has no cases, so it would check nothing; accepted: a list of at least one case",
                "d\\n.json: .: EOF while parsing a value at line 1 column 0",
            ]
        );
        assert_eq!(
            run.to_text(),
            "b\\u{1b}[2J.json: case c: expected denied at least [], got allowed [SCOPE-CLOUDS, SCOPE-WORKLOADS, SCOPE-PROBLEM-KINDS, FILER-PARTNER-TYPES, AZURE-PROVIDER-ONLY, FILER-ADMIN-AGENT-GDAP, AZURE-GDAP-RBAC, ROUTE-VIA-PARTNER-CENTER]\n\
             1 passed, 1 failed, 2 files not run"
        );
        let xml = run.to_junit();
        let doc = roxmltree::Document::parse(&xml).unwrap();
        let root = doc.root_element();
        assert_eq!(
            ["tests", "failures", "errors"].map(|a| root.attribute(a).unwrap()),
            ["4", "1", "2"]
        );
        let suites: Vec<_> = root.children().filter(|n| n.is_element()).collect();
        assert_eq!(
            suites
                .iter()
                .map(|s| s.attribute("name").unwrap())
                .collect::<Vec<_>>(),
            ["a.json", "b\\u{1b}[2J.json", "c.json", "d\\n.json"]
        );
        let error = doc.descendants().find(|n| n.has_tag_name("error")).unwrap();
        assert!(
            error
                .attribute("message")
                .unwrap()
                .starts_with("cases: the file has no cases")
        );
        let failure = doc
            .descendants()
            .find(|n| n.has_tag_name("failure"))
            .unwrap();
        assert!(
            failure
                .attribute("message")
                .unwrap()
                .starts_with("case c: expected denied at least []")
        );
        // Files alone, or none: only a run of at least one passing case is a success.
        assert!(
            CheckReport {
                files: vec![run_named("a.json", &pass)]
            }
            .is_success()
        );
        assert!(!CheckReport::default().is_success());
        assert_eq!(CheckReport::default().summary(), "0 passed, 0 failed");
        assert_eq!(
            CheckReport {
                files: vec![run_named("c.json", "")]
            }
            .summary(),
            "0 passed, 0 failed, 1 file not run"
        );
    }

    #[test]
    fn a_file_run_reads_its_file() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let run = FileRun::read(root.join("tests/scenarios/dap.json"));
        assert!(run.name.ends_with("dap.json"), "{}", run.name);
        assert!(run.result.as_ref().is_ok_and(ScenarioReport::is_success));
        assert_eq!(run.error_line(), None);
        let missing = FileRun::read("no/such\nfile.json");
        assert!(matches!(missing.result, Err(Error::Io { .. })));
        let line = missing.error_line().unwrap();
        assert!(
            line.starts_with("cannot read no/such\\nfile.json: "),
            "{line}"
        );
    }

    #[test]
    fn junit_lists_every_mismatch_of_a_case_one_per_line() {
        let json = file_with(
            &samples::direct_partner_azure(),
            r#"{ "outcome": "denied", "rules": [], "portal": null, "fee": "none" }"#,
        );
        let run = CheckReport {
            files: vec![run_named("a<&>.json", &json)],
        };
        let xml = run.to_junit();
        let doc = roxmltree::Document::parse(&xml).unwrap();
        let failure = doc
            .descendants()
            .find(|n| n.has_tag_name("failure"))
            .unwrap();
        let lines: Vec<&str> = failure.text().unwrap().lines().collect();
        assert_eq!(lines.len(), 3, "{xml}");
        assert_eq!(lines[1], "case c: expected portal none, got azure_portal");
        assert_eq!(
            lines[2],
            "case c: expected fee no_separate_fee, got charged"
        );
        let case = doc
            .descendants()
            .find(|n| n.has_tag_name("testcase"))
            .unwrap();
        assert_eq!(case.attribute("classname"), Some("a<&>.json"));
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
