//! A downstream crate's view: only the public API, used the way a service
//! uses it (builder → assess → match on the outcome with a `_` arm → explain
//! in a language → JSON; errors routed by kind). If a change breaks this
//! file, it breaks callers: that is a major release.

use csp_support::chrono::{DateTime, TimeDelta, Utc};
use csp_support::i18n::Lang;
use csp_support::{
    CustomerTenant, Edition, EntraRole, EntraRoles, Error, ErrorKind, GdapRelationship,
    LanguageTag, Outcome, PartnerCenterRole, PartnerCenterRoles, PartnerType, Request, Severity,
    Workload, assess, decide,
};

fn status(e: &Error) -> u16 {
    match e.kind() {
        ErrorKind::Json | ErrorKind::Parse | ErrorKind::Payload | ErrorKind::Limit => 400,
        ErrorKind::InvalidFacts | ErrorKind::OutOfRange | ErrorKind::Calendar => 422,
        _ => 500,
    }
}

fn filed() -> DateTime<Utc> {
    csp_support::parse_instant("2026-11-16T10:00:00Z").unwrap()
}

fn relationship(start: DateTime<Utc>, end: DateTime<Utc>) -> Result<GdapRelationship, Error> {
    GdapRelationship::builder(start, end)
        .roles_assigned_to_user(EntraRoles::from([EntraRole::ServiceSupportAdministrator]))
        .build()
}

fn request(partner_type: PartnerType, gdap: Option<GdapRelationship>, lang: &str) -> Request {
    let customer = gdap.map_or_else(CustomerTenant::default, CustomerTenant::with_gdap);
    Request::builder(
        Edition::Gdap2025,
        partner_type,
        Workload::Office365,
        filed(),
    )
    .roles(PartnerCenterRoles::from([PartnerCenterRole::AdminAgent]))
    .severity(Severity::A)
    .language(lang.parse::<LanguageTag>().unwrap())
    .customer(customer)
    .build()
}

/// What a handler answers: never "allowed" for an outcome it does not know.
fn headline(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Allowed => "file it",
        Outcome::Denied => "may not file",
        Outcome::NotCovered => "not covered",
        Outcome::Redirected => "ask someone else",
        _ => "not allowed",
    }
}

#[test]
fn a_service_assesses_explains_and_answers() {
    let rel = relationship(
        filed() - TimeDelta::days(30),
        filed() + TimeDelta::days(300),
    )
    .unwrap();
    let r = request(PartnerType::DirectBillPartner, Some(rel), "de-AT");
    let a = assess(&r);
    assert_eq!(headline(a.outcome()), "file it");
    assert_eq!(a.decision, decide(&r));
    let text = a.explain(Lang::from(&r.language)).to_string();
    assert!(text.starts_with("[gdap-2025] Zulässig"), "{text}");
    let route = a.route.as_ref().unwrap();
    assert!(!route.steps().is_empty());
    for step in route.steps() {
        assert!(!step.to_string().is_empty());
    }
    #[cfg(feature = "serde")]
    {
        let json = a.to_json();
        assert_eq!(csp_support::Assessment::from_json(&json).unwrap(), a);
        let back = Request::from_json(&r.to_json()).unwrap();
        assert_eq!(back, r);
    }
}

#[test]
fn a_reseller_is_denied_in_gdap_2025() {
    let rel = relationship(
        filed() - TimeDelta::days(30),
        filed() + TimeDelta::days(300),
    )
    .unwrap();
    let r = request(PartnerType::IndirectReseller, Some(rel), "en");
    assert_eq!(headline(assess(&r).outcome()), "may not file");
}

#[test]
fn errors_route_to_statuses_by_kind() {
    let e = relationship(filed(), filed() - TimeDelta::days(1)).unwrap_err();
    assert_eq!(status(&e), 422);
    let e = "en_US!".parse::<LanguageTag>().unwrap_err();
    assert_eq!(status(&e), 400);
    #[cfg(feature = "serde")]
    {
        let e = Request::from_json("{").unwrap_err();
        assert_eq!(status(&e), 400);
        // No default edition: the field is named and the editions listed.
        let e = Request::from_json(r#"{ "partner": { "type": "advisor" } }"#).unwrap_err();
        assert_eq!(status(&e), 400);
        assert!(e.to_string().contains("edition"), "{e}");
    }
}

#[test]
fn editions_are_data() {
    for &e in Edition::ALL {
        let r = request(PartnerType::DirectBillPartner, None, "en")
            .to_builder()
            .edition(e)
            .build();
        // Whatever the outcome, a service can name it.
        assert!(!headline(decide(&r).outcome).is_empty());
        assert!(!e.seeds().is_empty());
    }
    assert_eq!(Edition::ALL.last(), Some(&Edition::LATEST));
}
