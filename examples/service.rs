//! A service built on csp-support the way a CSP partner would build one,
//! with the public API only: domain data → `Request::builder` → `assess` →
//! a `match` on the outcome with a `_` arm (the growth policy: a minor
//! release may add outcomes) → an explanation in the partner's language →
//! JSON; and errors routed to HTTP statuses by `Error::kind`.
//!
//! `cargo run --example service`

use csp_support::chrono::{DateTime, Utc};
use csp_support::i18n::Lang;
use csp_support::{
    AssessInput, Assessment, CustomerTenant, Edition, EntraRole, EntraRoles, Error, ErrorKind,
    GdapRelationship, LanguageTag, Outcome, PartnerCenterRole, PartnerCenterRoles, PartnerType,
    Request, Severity, Workload, assess,
};

/// What the partner's own systems know about a ticket.
struct Ticket<'a> {
    edition: Edition,
    partner_type: PartnerType,
    workload: Workload,
    severity: Severity,
    language: &'a str,
    filed_at: &'a str,
    relationship: Option<(&'a str, &'a str)>,
}

/// The HTTP status a service answers an error with, by its kind.
fn status(e: &Error) -> u16 {
    match e.kind() {
        ErrorKind::Json | ErrorKind::Parse | ErrorKind::Payload | ErrorKind::Limit => 400,
        ErrorKind::InvalidFacts | ErrorKind::OutOfRange | ErrorKind::Calendar => 422,
        // I/O, and any kind a minor release adds.
        _ => 500,
    }
}

/// Domain data to a request: every invalid fact is an `Error` here, so
/// `assess` below cannot fail.
fn request(t: &Ticket<'_>) -> Result<Request, Error> {
    let filed_at: DateTime<Utc> = csp_support::parse_instant(t.filed_at)?;
    let mut customer = CustomerTenant::default();
    if let Some((start, end)) = t.relationship {
        let ssa = EntraRoles::from([EntraRole::ServiceSupportAdministrator]);
        customer = CustomerTenant::with_gdap(
            GdapRelationship::builder(
                csp_support::parse_instant(start)?,
                csp_support::parse_instant(end)?,
            )
            .roles_assigned_to_user(ssa)
            .build()?,
        );
    }
    Ok(
        Request::builder(t.edition, t.partner_type, t.workload, filed_at)
            .roles(PartnerCenterRoles::from([PartnerCenterRole::AdminAgent]))
            .severity(t.severity)
            .language(t.language.parse::<LanguageTag>()?)
            .customer(customer)
            .build(),
    )
}

/// One handler: the status and the body.
fn handle(t: &Ticket<'_>) -> (u16, String) {
    let request = match request(t) {
        Ok(r) => r,
        Err(e) => return (status(&e), e.to_string()),
    };
    let a: Assessment = assess(&request);
    let headline = match a.outcome() {
        Outcome::Allowed => "file it",
        Outcome::Denied => "you may not file it",
        Outcome::NotCovered => "not covered",
        Outcome::Redirected => "ask someone else",
        // A minor release may add outcomes: never guess "allowed".
        _ => "unknown outcome: treat as not allowed",
    };
    let lang = Lang::from(&request.language);
    let text = a.explain(lang).to_string();
    let json = a.to_json();
    (
        200,
        format!("{headline}\n{text}\n{} bytes of JSON", json.len()),
    )
}

fn main() {
    let tickets = [
        Ticket {
            edition: Edition::Gdap2025,
            partner_type: PartnerType::DirectBillPartner,
            workload: Workload::Office365,
            severity: Severity::A,
            language: "de-AT",
            filed_at: "2026-11-16T10:00:00Z",
            relationship: Some(("2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z")),
        },
        Ticket {
            edition: Edition::Gdap2025,
            partner_type: PartnerType::IndirectReseller,
            workload: Workload::Azure,
            severity: Severity::B,
            language: "en",
            filed_at: "2026-11-16T10:00:00Z",
            relationship: None,
        },
        // A relationship that ends before it starts: 422.
        Ticket {
            edition: Edition::Gdap2025,
            partner_type: PartnerType::DirectBillPartner,
            workload: Workload::Office365,
            severity: Severity::C,
            language: "en",
            filed_at: "2026-11-16T10:00:00Z",
            relationship: Some(("2027-01-01T00:00:00Z", "2026-01-01T00:00:00Z")),
        },
        // A language tag that is not one: 400.
        Ticket {
            edition: Edition::Gdap2025,
            partner_type: PartnerType::DirectBillPartner,
            workload: Workload::Office365,
            severity: Severity::C,
            language: "en_US!",
            filed_at: "2026-11-16T10:00:00Z",
            relationship: None,
        },
    ];
    for t in &tickets {
        let (status, body) = handle(t);
        println!("HTTP {status}\n{body}\n");
    }
    // The JSON face: a request as a client posts it, without an edition.
    let posted = r#"{ "partner": { "type": "direct_bill_partner" }, "workload": "azure",
        "tenant": { "kind": "own", "entitlement": "premier" }, "problem": "technical",
        "severity": "a", "channel": "azure_portal_direct", "filed_at": "2026-11-16T10:00:00Z" }"#;
    match AssessInput::from_json(posted) {
        Ok(input) => println!("assessed: {:?}", input.assess().map(|a| a.outcome())),
        Err(e) => println!("HTTP {} {e}", status(&e)),
    }
}
