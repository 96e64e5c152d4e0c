//! The JSON forms of a request and of an assessment.
//!
//! Both are the serde forms of [`Request`] and [`Assessment`]: field names
//! in snake_case, enum values in snake_case strings, rule IDs and edition
//! names exactly as `RULES.md` spells them. Unknown fields are rejected; a
//! bad value is an [`Error::Json`] that names the field path and lists the
//! accepted values:
//!
//! ```
//! use csp_support::{Error, Request};
//! let err = Request::from_json(r#"{
//!   "partner": { "type": "reseller" }, "workload": "azure",
//!   "tenant": { "kind": "own", "entitlement": "premier" },
//!   "problem": "technical", "severity": "b", "channel": "azure_portal_direct",
//!   "filed_at": "2026-11-16T10:00:00Z"
//! }"#).unwrap_err();
//! let Error::Json { path, message } = &err else { panic!("{err}") };
//! assert_eq!(path, "partner.type");
//! assert!(message.contains("direct_bill_partner, indirect_provider, indirect_reseller, advisor")
//!     || message.contains("`direct_bill_partner`"), "{message}");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! ## A request
//!
//! Every fact the rules look at. `edition` (default `gdap-2025`), `cloud`
//! (default `global`), `language` (default `en`) and, inside the tenant,
//! `gdap`, `delegated_admin` and `azure` may be left out.
//!
//! ```json
//! {
//!   "edition": "gdap-2025",
//!   "partner": { "type": "direct_bill_partner", "roles": ["admin_agent"] },
//!   "cloud": "global",
//!   "workload": "azure",
//!   "tenant": {
//!     "kind": "customer",
//!     "gdap": {
//!       "status": "active",
//!       "roles": ["directory_readers"],
//!       "user_roles": ["directory_readers"],
//!       "starts_at": "2026-01-01T00:00:00Z",
//!       "ends_at": "2027-12-31T00:00:00Z",
//!       "auto_extend": "on"
//!     },
//!     "delegated_admin": false,
//!     "azure": {
//!       "is_provider": true,
//!       "granted_by_indirect_provider": false,
//!       "rbac": ["support_request_contributor"]
//!     }
//!   },
//!   "problem": "technical",
//!   "severity": "b",
//!   "channel": "partner_center",
//!   "language": "en",
//!   "filed_at": "2026-11-16T10:00:00Z"
//! }
//! ```
//!
//! | field | accepted values |
//! |---|---|
//! | `edition` | `dap`, `gdap-2023`, `gdap-2025` |
//! | `partner.type` | `direct_bill_partner`, `indirect_provider`, `indirect_reseller`, `advisor` |
//! | `partner.roles` | list of `admin_agent`, `helpdesk_agent`, `sales_agent`, `billing_admin`, `global_admin`, `account_admin`, `user_management_admin`, `referrals_admin`, `incentive_admin` |
//! | `cloud` | `global`, `us_government`, `germany` |
//! | `workload` | `azure`, `office365`, `dynamics_crm_online`, `enterprise_mobility_suite`, `commercial_marketplace`, `other` |
//! | `tenant.kind` | `customer` (with `gdap`, `delegated_admin`, `azure`) or `own` (with `entitlement`) |
//! | `tenant.entitlement` | `none`, `partner_program_contract`, `premier`, `azure_support_plan`, `cloud_solution_provider`, `other` |
//! | `tenant.gdap.status` | `created`, `approval_pending`, `approved`, `activating`, `active`, `expiring`, `expired`, `termination_requested`, `terminating`, `terminated` |
//! | `tenant.gdap.roles`, `.user_roles` | list of Microsoft Entra roles: `service_support_administrator`, `global_administrator`, `helpdesk_administrator`, `directory_readers`, `global_reader`, `user_administrator`, `billing_administrator`, `license_administrator`, `exchange_administrator`, `share_point_administrator`, `teams_administrator`, `security_administrator`, `privileged_role_administrator`, `cloud_application_administrator`, `other` |
//! | `tenant.gdap.auto_extend` | `off`, `on` |
//! | `tenant.azure.rbac` | list of `owner`, `contributor`, `support_request_contributor`, `reader`, `user_access_administrator`, `other` |
//! | `problem` | `technical`, `billing`, `billing_dispute`, `subscription_management`, `suspected_fraud` |
//! | `severity` | `a`, `b`, `c` (also `A`/`B`/`C`, `critical`, `moderate`, `minimal`) |
//! | `channel` | `partner_center`, `azure_portal_direct`, `admin_center_direct`, `phone` |
//! | `language` | a well-formed BCP 47 tag (`en`, `en-GB`, `de`, `ja`) |
//! | `filed_at`, `starts_at`, `ends_at` | RFC 3339 instants with any offset, read as the UTC instant (`2026-11-16T10:00:00+02:00` is `2026-11-16T08:00:00Z`) |
//!
//! Every class of bad input, with its error, is listed in the crate's
//! bad-input catalogue (`docs/bad-input.md`).
//!
//! The invariants between fields (a GDAP relationship ends after it starts,
//! lasts 1 to 730 days, grants a role, the user's roles are granted ones)
//! are checked by [`Request::validate`], which [`assess`](crate::assess)
//! runs; they are errors of their own kind, not [`Error::Json`].
//!
//! ## An assessment
//!
//! What [`assess`](crate::assess) answers, as `csp-support assess` prints it:
//! what it was decided under, the decision (outcome, rule IDs, missing facts,
//! remedies, basis, how long it holds), and for an allowed request the route
//! (portal, steps each tagged by `step`, the rules), the plan and the fee.
//!
//! ```json
//! {
//!   "decided_under": { "crate_version": "0.1.0", "edition": "gdap-2025", "tzdb_version": "2025b" },
//!   "decision": {
//!     "outcome": "allowed",
//!     "rules": ["SCOPE-CLOUDS", "SCOPE-WORKLOADS", "SCOPE-PROBLEM-KINDS", "FILER-PARTNER-TYPES", "AZURE-PROVIDER-ONLY", "FILER-ADMIN-AGENT-GDAP", "AZURE-GDAP-RBAC", "ROUTE-VIA-PARTNER-CENTER"],
//!     "missing": [], "remedies": [], "basis": "outside",
//!     "valid_until": { "at": "2027-12-31T00:00:00Z", "renews_by_days": 180 }
//!   },
//!   "route": {
//!     "portal": "azure_portal",
//!     "steps": [
//!       { "step": "check_service_health" },
//!       { "step": "open_service_requests", "path": "csp_administer_service_requests" },
//!       { "step": "select_customer" },
//!       { "step": "confirm_admin_relationship" },
//!       { "step": "new_request", "workload": "azure" },
//!       { "step": "open_portal", "portal": "azure_portal" },
//!       { "step": "start_request", "portal": "azure_portal" },
//!       { "step": "select_support_plan", "plan": { "kind": "cloud_solution_provider" } },
//!       { "step": "enter_partner_contact" },
//!       { "step": "state_business_impact", "severity": "b" },
//!       { "step": "submit", "portal": "azure_portal" },
//!       { "step": "track", "portal": "azure_portal" }
//!     ],
//!     "isv_contacts": [],
//!     "rules": ["SCOPE-CANNOT-RESOLVE-FIRST", "ROUTE-VIA-PARTNER-CENTER", "ROUTE-WORKLOAD-PORTAL", "ROUTE-TRACK", "FORM-AZURE-SUPPORT-PLAN", "FORM-PARTNER-CONTACT", "FORM-SEVERITY-FROM-IMPACT"],
//!     "basis": "inherited"
//!   },
//!   "plan": { "plan": { "kind": "cloud_solution_provider" }, "rules": ["ROUTE-VIA-PARTNER-CENTER", "FORM-AZURE-SUPPORT-PLAN"], "basis": "stated" },
//!   "fee": { "fee": "charged", "payable_with_benefits": true, "rules": ["FEE-AZURE-CHARGED", "FEE-ALL-CSP-PARTNERS"], "basis": "inherited" }
//! }
//! ```
//!
//! ## The input of `csp-support assess`
//!
//! [`AssessInput`]: either a bare request, or an object
//! `{ "request": { … } }` whose `request` is one. (The object form is where
//! the calendar of a deadline will sit, next to the request.)

use serde::de::DeserializeOwned;

use crate::{Assessment, Error, Request};

/// Parses `json` as a `T`, naming the field path of the first error.
///
/// # Errors
///
/// [`Error::Json`] with the path (`.` for the document itself) and serde's
/// message, which lists the accepted values of a bad enum value or the
/// accepted fields of an unknown one.
pub(crate) fn parse<T: DeserializeOwned>(json: &str) -> Result<T, Error> {
    let mut de = serde_json::Deserializer::from_str(json);
    let value: T = serde_path_to_error::deserialize(&mut de)
        .map_err(|e| shorten(not_a_string::<T>(json, deeper_path(json, path_error(e)))))?;
    de.end().map_err(|e| Error::Json {
        path: ".".into(),
        message: e.to_string(),
    })?;
    Ok(value)
}

fn path_error(e: serde_path_to_error::Error<serde_json::Error>) -> Error {
    Error::Json {
        path: e.path().to_string(),
        message: e.into_inner().to_string(),
    }
}

/// A tenant is internally tagged (`"kind"`), so serde reads it whole and
/// an error inside it is reported at `….tenant`. Re-reading that object as
/// the variant its `kind` names finds the field below.
fn deeper_path(json: &str, e: Error) -> Error {
    let Error::Json { path, message } = e else {
        return e;
    };
    let deeper = (path == "tenant" || path.ends_with(".tenant"))
        .then(|| tenant_error(json, &path))
        .flatten();
    let (path, message) = match deeper {
        Some((sub, deeper_message)) => (format!("{path}.{sub}"), deeper_message.unwrap_or(message)),
        None => (path, message),
    };
    // chrono's messages do not say what an instant looks like.
    let instant = ["filed_at", "starts_at", "ends_at", "at"]
        .iter()
        .any(|f| path == *f || path.ends_with(&format!(".{f}")));
    let message = if instant && !message.starts_with("missing field") {
        format!("{message}; accepted: an RFC 3339 instant such as 2026-11-16T10:00:00Z")
    } else {
        message
    };
    Error::Json { path, message }
}

/// The path and message of the error inside the tenant at `path` (no
/// message of its own: the error is the `kind` itself).
fn tenant_error(json: &str, path: &str) -> Option<(String, Option<String>)> {
    /// The own-tenant variant's fields.
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)] // Read only for its errors.
    struct Own {
        entitlement: crate::OwnEntitlement,
    }
    let doc: serde_json::Value = serde_json::from_str(json).ok()?;
    let mut tenant = value_at(&doc, path)?.as_object()?.clone();
    let kind = tenant.remove("kind")?;
    let fields = serde_json::Value::Object(tenant);
    let result = match kind.as_str() {
        Some("customer") => {
            serde_path_to_error::deserialize::<_, crate::CustomerTenant>(fields).err()
        }
        Some("own") => serde_path_to_error::deserialize::<_, Own>(fields).err(),
        _ => return Some(("kind".to_owned(), None)),
    };
    let e = result?;
    Some((e.path().to_string(), Some(e.into_inner().to_string())))
}

/// serde_json reports a number, boolean, list or object where an enum's
/// string belongs as a bare "expected value"; asking the form again with an
/// empty string there gives the accepted values.
fn not_a_string<T: DeserializeOwned>(json: &str, e: Error) -> Error {
    let Error::Json { path, message } = e else {
        return e;
    };
    let retold = message
        .starts_with("expected value")
        .then(|| {
            let mut doc: serde_json::Value = serde_json::from_str(json).ok()?;
            let given = value_at_mut(&mut doc, &path)?;
            let kind = match given {
                serde_json::Value::Null => "null",
                serde_json::Value::Bool(_) => "a boolean",
                serde_json::Value::Number(_) => "a number",
                serde_json::Value::Array(_) => "a list",
                serde_json::Value::Object(_) => "an object",
                serde_json::Value::String(_) => return None,
            };
            *given = serde_json::Value::String(String::new());
            let again = serde_path_to_error::deserialize::<_, T>(doc).err()?;
            let again = again.into_inner().to_string();
            let accepted = again.strip_prefix("unknown variant ``, expected ")?;
            let accepted = accepted.split(" at line ").next().unwrap_or(accepted);
            Some(format!(
                "invalid type: {kind}, expected a string; accepted: {accepted}"
            ))
        })
        .flatten();
    Error::Json {
        path,
        message: retold.unwrap_or(message),
    }
}

/// The longest word of a message or path kept whole: a huge value echoed
/// back (a 10 MB string in an enum's place) is cut.
const MAX_WORD: usize = 80;

/// Shortens the huge words of a JSON error, keeping the accepted values.
fn shorten(e: Error) -> Error {
    match e {
        Error::Json { path, message } => Error::Json {
            path: shorten_text(path),
            message: shorten_text(message),
        },
        other => other,
    }
}

fn shorten_text(text: String) -> String {
    if text.split(' ').all(|w| w.len() <= MAX_WORD) {
        return text;
    }
    let mut out = String::new();
    for (i, word) in text.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        if word.len() > MAX_WORD {
            out.extend(word.chars().take(MAX_WORD / 2));
            out.push_str("… (");
            out.push_str(&word.len().to_string());
            out.push_str(" bytes)");
        } else {
            out.push_str(word);
        }
    }
    out
}

/// The value at a path such as `tenant.gdap.roles[0]`, to change.
fn value_at_mut<'a>(
    doc: &'a mut serde_json::Value,
    path: &str,
) -> Option<&'a mut serde_json::Value> {
    let mut v = doc;
    for part in path.split('.') {
        let (key, indices) = part.split_once('[').unwrap_or((part, ""));
        if !key.is_empty() {
            v = v.get_mut(key)?;
        }
        for index in indices.split('[').filter(|i| !i.is_empty()) {
            v = v.get_mut(index.trim_end_matches(']').parse::<usize>().ok()?)?;
        }
    }
    Some(v)
}

/// The value at a path such as `cases[2].request.tenant`.
fn value_at<'a>(doc: &'a serde_json::Value, path: &str) -> Option<&'a serde_json::Value> {
    let mut v = doc;
    for part in path.split('.') {
        let (key, indices) = part.split_once('[').unwrap_or((part, ""));
        if !key.is_empty() {
            v = v.get(key)?;
        }
        for index in indices.split('[').filter(|i| !i.is_empty()) {
            v = v.get(index.trim_end_matches(']').parse::<usize>().ok()?)?;
        }
    }
    Some(v)
}

/// Writes `value` as pretty-printed JSON.
pub(crate) fn to_pretty<T: serde::Serialize>(value: &T) -> String {
    crate::faces::escape::to_json_pretty(value)
}

impl Request {
    /// Parses the JSON form of a request (see the [module docs](crate::json)).
    ///
    /// ```
    /// use csp_support::{assess, Outcome, Request};
    /// let request = Request::from_json(r#"{
    ///   "edition": "gdap-2023",
    ///   "partner": { "type": "advisor", "roles": ["admin_agent"] },
    ///   "workload": "office365",
    ///   "tenant": { "kind": "customer", "gdap": {
    ///       "status": "active", "roles": ["service_support_administrator"],
    ///       "user_roles": ["service_support_administrator"],
    ///       "starts_at": "2026-01-01T00:00:00Z", "ends_at": "2027-01-01T00:00:00Z",
    ///       "auto_extend": "off" } },
    ///   "problem": "technical", "severity": "a", "channel": "partner_center",
    ///   "filed_at": "2026-11-16T10:00:00Z"
    /// }"#)?;
    /// assert_eq!(assess(&request)?.outcome(), Outcome::Allowed);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`Error::Json`] naming the field path, for malformed JSON, an unknown
    /// field, a missing field or a bad value. The invariants between fields
    /// are left to [`Request::validate`].
    pub fn from_json(json: &str) -> Result<Request, Error> {
        parse(json)
    }

    /// The JSON form of the request, pretty-printed.
    #[must_use]
    pub fn to_json(&self) -> String {
        to_pretty(self)
    }
}

impl Assessment {
    /// Parses the JSON form of an assessment (see the [module docs](crate::json)).
    ///
    /// ```
    /// use csp_support::{assess, samples, Assessment};
    /// let a = assess(&samples::direct_partner_azure())?;
    /// assert_eq!(Assessment::from_json(&a.to_json())?, a);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`Error::Json`] naming the field path.
    pub fn from_json(json: &str) -> Result<Assessment, Error> {
        parse(json)
    }

    /// The JSON form of the assessment, pretty-printed.
    #[must_use]
    pub fn to_json(&self) -> String {
        to_pretty(self)
    }
}

/// What `csp-support assess` reads: a request, alone or wrapped as
/// `{ "request": { … } }`.
///
/// The wrapped form is the one to grow: a calendar for the deadline sits
/// next to the request there.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct AssessInput {
    /// The request.
    pub request: Request,
    /// The business calendar for the deadline (`SLA-*`); without one the
    /// assessment has no deadline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<crate::CalendarSpec>"))]
    pub calendar: Option<crate::Calendar>,
}

impl AssessInput {
    /// Parses either form. An object with a `request` field is the wrapped
    /// form; anything else must be a bare request. Error paths are relative
    /// to the document (`request.partner.type` in the wrapped form).
    ///
    /// ```
    /// use csp_support::{samples, AssessInput};
    /// let bare = samples::direct_partner_office365().to_json();
    /// let wrapped = format!(r#"{{ "request": {bare} }}"#);
    /// assert_eq!(AssessInput::from_json(&bare)?, AssessInput::from_json(&wrapped)?);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`Error::Json`] naming the field path.
    pub fn from_json(json: &str) -> Result<AssessInput, Error> {
        let probe: serde_json::Value = parse(json)?;
        if probe.get("request").is_some() {
            parse(json)
        } else {
            Ok(AssessInput {
                request: parse(json)?,
                calendar: None,
            })
        }
    }

    /// Assesses the request, with its deadline when a calendar is given.
    ///
    /// # Errors
    ///
    /// As [`assess`](crate::assess) and
    /// [`assess_with_calendar`](crate::assess_with_calendar).
    pub fn assess(&self) -> Result<Assessment, Error> {
        match &self.calendar {
            Some(calendar) => crate::assess_with_calendar(&self.request, calendar),
            None => crate::assess(&self.request),
        }
    }
}

/// The JSON Schema of the request form (feature `schemars`), as checked in
/// at `schema/request.schema.json`.
///
/// ```
/// let schema = csp_support::json::request_schema();
/// assert!(schema.contains("\"partner\""));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[cfg(feature = "schemars")]
#[must_use]
pub fn request_schema() -> String {
    to_pretty(&schemars::schema_for!(Request))
}

/// The JSON Schema of the input of `csp-support assess`: a bare request or
/// `{ "request": … }` (feature `schemars`).
#[cfg(feature = "schemars")]
#[must_use]
pub fn assess_input_schema() -> String {
    /// A request, bare or wrapped as `{ "request": … }`.
    #[derive(schemars::JsonSchema)]
    #[serde(untagged)]
    #[allow(dead_code, clippy::large_enum_variant)] // Only its schema is used.
    enum AssessInputForms {
        Bare(Request),
        Wrapped(AssessInput),
    }
    to_pretty(&schemars::schema_for!(AssessInputForms))
}

/// The JSON Schema of the assessment form (feature `schemars`), as checked
/// in at `schema/assessment.schema.json`.
#[cfg(feature = "schemars")]
#[must_use]
pub fn assessment_schema() -> String {
    to_pretty(&schemars::schema_for!(Assessment))
}

/// The JSON Schema of scenario files (feature `schemars`), as checked in at
/// `schema/scenario.schema.json`; point a file's `$schema` at it and editors
/// validate cases as they are typed.
#[cfg(feature = "schemars")]
#[must_use]
pub fn scenario_schema() -> String {
    to_pretty(&schemars::schema_for!(crate::scenario::ScenarioFile))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The `n`-th ```json block of this module's docs.
    fn doc_block(n: usize) -> String {
        let src = include_str!("json.rs");
        let blocks: Vec<String> = src
            .split("//! ```json\n")
            .skip(1)
            .map(|rest| {
                rest.split("//! ```\n")
                    .next()
                    .unwrap()
                    .lines()
                    .map(|l| l.strip_prefix("//!").unwrap().trim_start())
                    .collect::<Vec<_>>()
                    .join("\n")
            })
            .collect();
        blocks[n].clone()
    }

    #[test]
    fn the_documented_request_parses_and_is_the_azure_sample() {
        let request = Request::from_json(&doc_block(0)).unwrap();
        assert_eq!(request, crate::samples::direct_partner_azure());
    }

    #[test]
    fn the_documented_assessment_is_what_assess_answers() {
        let documented = Assessment::from_json(&doc_block(1)).unwrap();
        let actual = crate::assess(&crate::samples::direct_partner_azure()).unwrap();
        // Versions differ between builds; the answers must not.
        assert_eq!(documented.decision, actual.decision);
        assert_eq!(documented.route, actual.route);
        assert_eq!(documented.plan, actual.plan);
        assert_eq!(documented.fee, actual.fee);
    }

    #[test]
    fn a_bad_value_names_the_path_and_the_accepted_values() {
        let json = crate::samples::direct_partner_azure()
            .to_json()
            .replace("\"support_request_contributor\"", "\"support_contributor\"");
        let Err(Error::Json { path, message }) = Request::from_json(&json) else {
            panic!("expected a JSON error");
        };
        assert_eq!(path, "tenant.azure.rbac[0]");
        assert!(
            message.contains("`owner`, `contributor`, `support_request_contributor`"),
            "{message}"
        );
    }

    #[test]
    fn an_unknown_field_is_named() {
        let json = crate::samples::direct_partner_azure().to_json().replacen(
            "\"status\"",
            "\"state\": 1, \"status\"",
            1,
        );
        let Err(Error::Json { path, message }) = Request::from_json(&json) else {
            panic!("expected a JSON error");
        };
        assert_eq!(path, "tenant.gdap.state");
        assert!(
            message.starts_with("unknown field `state`, expected one of"),
            "{message}"
        );
    }

    #[test]
    fn an_unknown_tenant_kind_is_named() {
        let json = crate::samples::own_tenant_azure()
            .to_json()
            .replace("\"own\"", "\"partner\"");
        let Err(Error::Json { path, message }) = Request::from_json(&json) else {
            panic!("expected a JSON error");
        };
        assert_eq!(path, "tenant.kind");
        assert!(
            message.contains("expected `customer` or `own`"),
            "{message}"
        );
    }

    #[test]
    fn an_own_tenant_error_is_named() {
        let json = crate::samples::own_tenant_azure()
            .to_json()
            .replace("\"partner_program_contract\"", "\"mpn\"");
        let Err(Error::Json { path, message }) = Request::from_json(&json) else {
            panic!("expected a JSON error");
        };
        assert_eq!(path, "tenant.entitlement");
        assert!(message.contains("`premier`"), "{message}");
    }

    #[test]
    fn a_bad_instant_says_what_an_instant_looks_like() {
        let json = crate::samples::direct_partner_azure()
            .to_json()
            .replace("2026-11-16T10:00:00Z", "16.11.2026 10:00");
        let Err(Error::Json { path, message }) = Request::from_json(&json) else {
            panic!("expected a JSON error");
        };
        assert_eq!(path, "filed_at");
        assert!(
            message.contains("accepted: an RFC 3339 instant"),
            "{message}"
        );
    }

    #[test]
    fn trailing_text_is_rejected() {
        let json = crate::samples::direct_partner_azure().to_json() + " {}";
        assert!(matches!(Request::from_json(&json), Err(Error::Json { .. })));
    }

    #[test]
    fn the_wrapped_input_names_paths_below_request() {
        let bare = crate::samples::direct_partner_azure()
            .to_json()
            .replace("\"azure\",", "\"aws\",");
        let Err(Error::Json { path, .. }) =
            AssessInput::from_json(&format!(r#"{{ "request": {bare} }}"#))
        else {
            panic!("expected a JSON error");
        };
        assert_eq!(path, "request.workload");
    }
}
