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
//! | `filed_at`, `starts_at`, `ends_at` | RFC 3339 instants with any offset, read as the UTC instant (`2026-11-16T10:00:00+02:00` is `2026-11-16T08:00:00Z`); see "Instants" below |
//!
//! Every class of bad input, with its error, is listed in the crate's
//! bad-input catalogue (`docs/bad-input.md`). Input echoed in an error (a
//! value, a key, a tag, a time-zone name) has its control, bidi and
//! line-separator characters written as visible escapes and at most 200 of
//! its characters shown, so a message is one line whatever the input holds.
//!
//! ## Instants
//!
//! Every instant the crate reads (a request's `filed_at`, a GDAP
//! relationship's `starts_at` and `ends_at`, a scenario's `due`, an
//! assessment's instants, Microsoft Graph dates, the CLI's `--at`) is read
//! by one grammar, RFC 3339 `date-time` taken strictly
//! ([`parse_instant`](crate::parse_instant)):
//!
//! ```text
//! YYYY-MM-DD "T" HH:MM:SS [ "." 1 to 9 digits ] ( "Z" | "+HH:MM" | "-HH:MM" )
//! ```
//!
//! - `T` and `Z` may be lower case (RFC 3339 allows it); `-00:00` is UTC.
//! - Years 0001 to 9999, four digits, no sign; the instant in UTC must lie
//!   in those years too (`0001-01-01T00:30:00+01:00` does not).
//! - Up to 9 fraction digits (nanoseconds; Microsoft Graph writes 7, as in
//!   `2026-11-16T10:00:00.1234567Z`); a tenth digit is an error, not cut.
//! - No leap second: RFC 3339 allows `:60` only at the end of a UTC day's
//!   last minute, and a UTC instant cannot hold it, so `:60` is an error
//!   saying so (write `:59` or the next minute's `:00`).
//! - Nothing else: no whitespace around it, no space for `T`, no offset
//!   without a colon (`+0200`), no missing seconds or offset.
//!
//! The error is [`Error::Instant`] (inside [`Error::Json`] at the field's
//! path when reading JSON), naming what is wrong. Instants are written in
//! UTC with `Z` (an assessment's `due_local` with the calendar's offset),
//! with 0, 3, 6 or 9 fraction digits; a deadline whose due instant would
//! fall outside the years 1 to 9999, in UTC or locally, is
//! [`Error::DeadlineOutOfRange`], never written as `+10000-…`.
//!
//! The invariants between fields (a GDAP relationship ends after it starts,
//! lasts 1 to 730 days, grants a role, the user's roles are granted ones)
//! are checked while reading, by
//! [`GdapRelationship::validate`](crate::GdapRelationship::validate): a
//! relationship that breaks one is an [`Error::Json`] at its path, with the
//! same message the builder gives.
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
//!   "decided_under": { "crate_version": "1.2.0", "edition": "gdap-2025", "tzdb_version": "2025b" },
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

use std::borrow::Cow;
use std::cell::Cell;
use std::fmt;

use serde::de::{
    DeserializeOwned, DeserializeSeed, Deserializer, IgnoredAny, IntoDeserializer, MapAccess,
    SeqAccess, Visitor,
};
use serde_json::value::RawValue;

use crate::util::escape::echo;
use crate::{Assessment, Calendar, CalendarSpec, Error, Request};

/// Parses `json` as a `T`, naming the field path of the first error.
///
/// Reading an error again to name it better (below an internally tagged
/// tenant, the accepted values of an enum given a number) reads the text,
/// never a `serde_json::Value` of the whole document: the error path costs
/// a small multiple of the input, like the valid path.
///
/// # Errors
///
/// [`Error::Json`] with the path (`.` for the document itself) and serde's
/// message, which lists the accepted values of a bad enum value or the
/// accepted fields of an unknown one. Input echoed in either is escaped and
/// bounded ([`escape::echo`](crate::util::escape::echo)).
pub(crate) fn parse<T: DeserializeOwned>(json: &str) -> Result<T, Error> {
    let mut de = serde_json::Deserializer::from_str(json);
    let value: T = serde_path_to_error::deserialize(&mut de).map_err(|e| explain::<T>(json, e))?;
    de.end().map_err(|e| Error::Json {
        path: ".".into(),
        message: serde_message(&e.to_string()),
    })?;
    Ok(value)
}

/// The [`Error::Json`] of a failed parse of `json` as a `T`.
fn explain<T: DeserializeOwned>(
    json: &str,
    e: serde_path_to_error::Error<serde_json::Error>,
) -> Error {
    let path = e.path().to_string();
    let message = e.into_inner().to_string();
    let (path, message) = deeper_path(json, path, message);
    let message = not_a_string::<T>(json, &path, message);
    let path = duplicate_path(path, &message);
    Error::Json {
        path: echo(&path),
        message: serde_message(&message),
    }
}

/// The path and message of a serde error, for the readers of other JSON
/// forms (Graph and Azure payloads): the path escaped and bounded, the
/// message as [`serde_message`] retells it.
pub(crate) fn path_and_message(
    e: serde_path_to_error::Error<serde_json::Error>,
) -> (String, String) {
    let path = e.path().to_string();
    let message = e.into_inner().to_string();
    let path = duplicate_path(path, &message);
    (echo(&path), serde_message(&message))
}

/// serde's message, with the input it echoes escaped and bounded
/// ([`echo`]): the unknown variant or field between backticks, the string
/// of an `invalid type`/`invalid value`. Any other message (serde_json's
/// syntax errors, chrono's, the crate's own, which echo through [`echo`]
/// already) is made safe as it is.
pub(crate) fn serde_message(raw: &str) -> String {
    let (body, position) = split_position(raw);
    let body = retell(body);
    let mut out = crate::util::escape::message(&body).into_owned();
    out.push_str(position);
    out
}

/// serde_json's message and its ` at line L column C`.
fn split_position(message: &str) -> (&str, &str) {
    let numbers = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    match message.rfind(" at line ") {
        Some(i) => {
            let (body, position) = message.split_at(i);
            let tail = position.trim_start_matches(" at line ");
            match tail.split_once(" column ") {
                Some((line, column)) if numbers(line) && numbers(column) => (body, position),
                _ => (message, ""),
            }
        }
        None => (message, ""),
    }
}

fn retell(body: &str) -> Cow<'_, str> {
    // There is no default edition: say which ones there are.
    if body == "missing field `edition`" {
        let names: Vec<String> = crate::Edition::ALL
            .iter()
            .map(ToString::to_string)
            .collect();
        return Cow::Owned(format!(
            "missing field `edition` (there is no default edition); accepted: {}",
            names.join(", ")
        ));
    }
    for prefix in ["unknown variant `", "unknown field `"] {
        if let Some(rest) = body.strip_prefix(prefix) {
            // What follows the value is serde's list of the accepted names:
            // the last `, expected ` is its start.
            let end = rest
                .rfind("`, expected ")
                .or_else(|| rest.rfind("`, there are no "));
            if let Some((given, tail)) = end.map(|i| rest.split_at(i)) {
                return Cow::Owned(format!("{prefix}{}{tail}", echo(given)));
            }
        }
    }
    for prefix in ["invalid type: string \"", "invalid value: string \""] {
        let split = body
            .strip_prefix(prefix)
            .and_then(|rest| rest.rfind("\", expected ").map(|i| rest.split_at(i)));
        if let Some((given, tail)) = split {
            return Cow::Owned(format!("{prefix}{}{tail}", echo(&undebug(given))));
        }
    }
    Cow::Borrowed(body)
}

/// A string as Rust's `Debug` wrote it (serde's `string "…"`), read back.
fn undebug(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('t') => out.push('\t'),
            Some('0') => out.push('\0'),
            Some('u') => {
                let hex: String = chars
                    .by_ref()
                    .skip_while(|c| *c == '{')
                    .take_while(|c| *c != '}')
                    .collect();
                let c = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32);
                out.push(c.unwrap_or(char::REPLACEMENT_CHARACTER));
            }
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

/// A duplicate field is reported at the object holding it; the path names
/// the field itself.
fn duplicate_path(path: String, message: &str) -> String {
    let field = message
        .strip_prefix("duplicate field `")
        .and_then(|rest| rest.split_once('`'))
        .map(|(field, _)| field);
    match field {
        Some(field) if path == "." => field.to_owned(),
        Some(field) if path != field && !path.ends_with(&format!(".{field}")) => {
            format!("{path}.{field}")
        }
        _ => path,
    }
}

/// A tenant is internally tagged (`"kind"`), so serde reads it whole and
/// an error inside it is reported at `….tenant`. Reading that object again,
/// as the variant its `kind` names, finds the field below.
fn deeper_path(json: &str, path: String, message: String) -> (String, String) {
    if !(path == "tenant" || path.ends_with(".tenant")) {
        return (path, message);
    }
    match tenant_error(json, &path) {
        Some((sub, deeper)) => (format!("{path}.{sub}"), deeper.unwrap_or(message)),
        None => (path, message),
    }
}

/// The path and message of the error inside the tenant at `path` (no
/// message of its own: the error is the `kind` itself). The tenant's text
/// is read in place; its error's position, relative to that text, is left
/// out.
fn tenant_error(json: &str, path: &str) -> Option<(String, Option<String>)> {
    /// The own-tenant variant's fields.
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)] // Read only for its errors.
    struct Own {
        entitlement: crate::OwnEntitlement,
    }
    /// Only the tag; every other field skipped unread.
    #[derive(serde::Deserialize)]
    struct Tag<'a> {
        #[serde(borrow)]
        kind: Option<Key<'a>>,
    }
    let tenant = raw_at(json, path)?.get();
    if !tenant.starts_with('{') {
        return None;
    }
    // A missing `kind` is reported at the tenant, as every missing field
    // at the object that lacks it.
    let kind = match serde_json::from_str::<Tag<'_>>(tenant) {
        Ok(Tag { kind: Some(kind) }) => kind,
        Ok(Tag { kind: None }) => return None,
        Err(_) => return Some(("kind".to_owned(), None)),
    };
    let fields = WithoutKind(tenant);
    let e = match kind.0.as_ref() {
        "customer" => serde_path_to_error::deserialize::<_, crate::CustomerTenant>(fields).err(),
        "own" => serde_path_to_error::deserialize::<_, Own>(fields).err(),
        _ => return Some(("kind".to_owned(), None)),
    }?;
    let sub = e.path().to_string();
    let message = e.into_inner().to_string();
    Some((sub, Some(split_position(&message).0.to_owned())))
}

/// serde_json reports a number, boolean, list or object where an enum's
/// string belongs as a bare "expected value"; reading the document again
/// with an empty string there gives the accepted values. (The copy of the
/// text with the value replaced is the only allocation of the size of the
/// input.)
fn not_a_string<T: DeserializeOwned>(json: &str, path: &str, message: String) -> String {
    if !message.starts_with("expected value") {
        return message;
    }
    let retold = || -> Option<String> {
        let given = raw_at(json, path)?.get();
        let kind = match given.as_bytes().first()? {
            b'n' => "null",
            b't' | b'f' => "a boolean",
            b'[' => "a list",
            b'{' => "an object",
            b'"' => return None,
            _ => "a number",
        };
        let start = (given.as_ptr() as usize).checked_sub(json.as_ptr() as usize)?;
        let end = start.checked_add(given.len())?;
        let patched = [json.get(..start)?, "\"\"", json.get(end..)?].concat();
        let mut de = serde_json::Deserializer::from_str(&patched);
        let again = serde_path_to_error::deserialize::<_, T>(&mut de).err()?;
        let again = again.into_inner().to_string();
        let accepted = again.strip_prefix("unknown variant ``, expected ")?;
        let accepted = split_position(accepted).0;
        Some(format!(
            "invalid type: {kind}, expected a string; accepted: {accepted}"
        ))
    };
    retold().unwrap_or(message)
}

/// A map key or a string, borrowed from the input where it can be.
struct Key<'de>(Cow<'de, str>);

impl<'de: 'a, 'a> serde::Deserialize<'de> for Key<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<'a>(std::marker::PhantomData<&'a ()>);
        impl<'de: 'a, 'a> Visitor<'de> for V<'a> {
            type Value = Key<'a>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E>(self, s: &'de str) -> Result<Key<'a>, E> {
                Ok(Key(Cow::Borrowed(s)))
            }
            fn visit_str<E>(self, s: &str) -> Result<Key<'a>, E> {
                Ok(Key(Cow::Owned(s.to_owned())))
            }
            fn visit_string<E>(self, s: String) -> Result<Key<'a>, E> {
                Ok(Key(Cow::Owned(s)))
            }
        }
        d.deserialize_str(V(std::marker::PhantomData))
    }
}

/// One step of a path as serde_path_to_error writes it.
enum Step<'p> {
    Key(&'p str),
    Index(usize),
}

/// `cases[2].request.tenant` as steps; `None` for a path it cannot follow.
fn steps(path: &str) -> Option<Vec<Step<'_>>> {
    let mut out = Vec::new();
    if path == "." {
        return Some(out);
    }
    for part in path.split('.') {
        let (key, indices) = part.split_once('[').unwrap_or((part, ""));
        if !key.is_empty() {
            out.push(Step::Key(key));
        }
        for index in indices.split('[').filter(|i| !i.is_empty()) {
            out.push(Step::Index(index.strip_suffix(']')?.parse().ok()?));
        }
    }
    Some(out)
}

/// The text of the value at `path` in `json`, borrowed: everything else is
/// skipped unread.
fn raw_at<'a>(json: &'a str, path: &str) -> Option<&'a RawValue> {
    let steps = steps(path)?;
    let mut de = serde_json::Deserializer::from_str(json);
    Seek(&steps).deserialize(&mut de).ok().flatten()
}

/// Follows the steps to the value they name.
struct Seek<'s, 'p>(&'s [Step<'p>]);

impl<'de> DeserializeSeed<'de> for Seek<'_, '_> {
    type Value = Option<&'de RawValue>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        match self.0.split_first() {
            None => <&'de RawValue as serde::Deserialize>::deserialize(d).map(Some),
            Some((step, rest)) => d.deserialize_any(SeekIn { step, rest }),
        }
    }
}

struct SeekIn<'s, 'p> {
    step: &'s Step<'p>,
    rest: &'s [Step<'p>],
}

impl<'de> Visitor<'de> for SeekIn<'_, '_> {
    type Value = Option<&'de RawValue>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object or a list")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut found = None;
        while let Some(key) = map.next_key::<Key<'de>>()? {
            match self.step {
                Step::Key(k) if found.is_none() && key.0 == *k => {
                    found = map.next_value_seed(Seek(self.rest))?;
                }
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(found)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut found = None;
        let mut i = 0usize;
        loop {
            let step = match self.step {
                Step::Index(n) if *n == i => seq.next_element_seed(Seek(self.rest))?.map(|f| {
                    found = f;
                }),
                _ => seq.next_element::<IgnoredAny>()?.map(drop),
            };
            if step.is_none() {
                return Ok(found);
            }
            i = i.saturating_add(1);
        }
    }
}

/// A JSON object's text read as a map without its `kind` field: the fields
/// of the tenant variant its `kind` names.
struct WithoutKind<'de>(&'de str);

impl<'de> Deserializer<'de> for WithoutKind<'de> {
    type Error = serde_json::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        let mut de = serde_json::Deserializer::from_str(self.0);
        let value = de.deserialize_map(SkipKind(visitor))?;
        de.end()?;
        Ok(value)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf option unit unit_struct newtype_struct seq tuple
        tuple_struct map struct enum identifier ignored_any
    }
}

struct SkipKind<V>(V);

impl<'de, V: Visitor<'de>> Visitor<'de> for SkipKind<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.expecting(f)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        self.0.visit_map(SkipKindMap(map))
    }
}

struct SkipKindMap<A>(A);

impl<'de, A: MapAccess<'de>> MapAccess<'de> for SkipKindMap<A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        while let Some(key) = self.0.next_key::<Key<'de>>()? {
            if key.0 == "kind" {
                self.0.next_value::<IgnoredAny>()?;
            } else {
                return seed.deserialize(key.0.into_deserializer()).map(Some);
            }
        }
        Ok(None)
    }

    fn next_value_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Result<S::Value, A::Error> {
        self.0.next_value_seed(seed)
    }
}

/// Whether `json` is an object with a `request` field: its keys are read,
/// its values skipped unread. A key seen before a syntax error counts.
fn has_request_field(json: &str) -> bool {
    struct Keys<'c>(&'c Cell<bool>);
    impl<'de> Visitor<'de> for Keys<'_> {
        type Value = ();
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("an object")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
            while let Some(key) = map.next_key::<Key<'de>>()? {
                if key.0 == "request" {
                    self.0.set(true);
                }
                map.next_value::<IgnoredAny>()?;
            }
            Ok(())
        }
    }
    let seen = Cell::new(false);
    let mut de = serde_json::Deserializer::from_str(json);
    let _ = de.deserialize_map(Keys(&seen));
    seen.get()
}

/// Writes `value` as pretty-printed JSON.
pub(crate) fn to_pretty<T: serde::Serialize>(value: &T) -> String {
    crate::util::escape::to_json_pretty(value)
}

#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl Calendar {
    /// Parses the JSON form of a calendar (a [`CalendarSpec`]) and builds it.
    ///
    /// ```
    /// use csp_support::{Calendar, Error};
    /// let cal = Calendar::from_json(r#"{ "time_zone": "Asia/Tokyo",
    ///     "hours": { "monday": [{ "start": "09:00", "end": "17:00" }] } }"#)?;
    /// assert_eq!(cal.time_zone(), chrono_tz::Asia::Tokyo);
    /// let err = Calendar::from_json(r#"{ "time_zone": "Asia/Tokio", "hours": {} }"#);
    /// assert!(matches!(err, Err(Error::Json { path, .. }) if path == "time_zone"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`Error::Json`] naming the field path when the document does not fit
    /// the form (an unknown field, a bad time of day or date, a wrong type)
    /// or when a part of it is invalid (an unknown time zone, an inverted or
    /// overlapping interval, a holiday out of range, a week with no business
    /// time, a zero business-day length: the message is the one
    /// [`CalendarSpec::build`] gives).
    pub fn from_json(json: &str) -> Result<Calendar, Error> {
        parse::<CalendarSpec>(json)?.build()
    }
}

#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
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
    /// assert_eq!(assess(&request).outcome(), Outcome::Allowed);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`Error::Json`] naming the field path, for malformed JSON, an unknown
    /// field, a missing field or a bad value, and for a GDAP relationship
    /// that cannot exist (at its path, saying what
    /// [`GdapRelationship::validate`](crate::GdapRelationship::validate) says).
    pub fn from_json(json: &str) -> Result<Request, Error> {
        parse(json)
    }

    /// The JSON form of the request, pretty-printed.
    #[must_use]
    pub fn to_json(&self) -> String {
        to_pretty(self)
    }
}

#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl Assessment {
    /// Parses the JSON form of an assessment (see the [module docs](crate::json)).
    ///
    /// ```
    /// use csp_support::{assess, samples, Assessment};
    /// let a = assess(&samples::direct_partner_azure());
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
#[non_exhaustive]
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
        if has_request_field(json) {
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
    /// As [`assess_with_calendar`](crate::assess_with_calendar): a deadline
    /// out of range.
    pub fn assess(&self) -> Result<Assessment, Error> {
        match &self.calendar {
            Some(calendar) => crate::assess_with_calendar(&self.request, calendar),
            None => Ok(crate::assess(&self.request)),
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
        let actual = crate::assess(&crate::samples::direct_partner_azure());
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
