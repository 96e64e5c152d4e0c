//! The readiness report over a partner's exports (the complete fixture
//! export, `tests/fixtures/exports/partner/`). The readers and every
//! silent-loss case are in `tests/exports.rs`.

use chrono::{DateTime, TimeDelta, Utc};
use csp_support::exports::{Exports, WarningKind};
use csp_support::readiness::{
    self, Advice, CustomerReadiness, ExpiryNotice, Format, PartnerProfile, RelationshipState,
    WorkloadReadiness,
};
use csp_support::*;

#[path = "common/exports.rs"]
mod exports;

const CONTOSO_SUPPORT: &str =
    "a1b2c3d4-0001-4e5f-8a9b-1c2d3e4f5a6b-c0a1b2c3-0000-4000-8000-000000000001";
const CONTOSO_READERS: &str =
    "a1b2c3d4-0002-4e5f-8a9b-1c2d3e4f5a6b-c0a1b2c3-0000-4000-8000-000000000001";
const NORTHWIND: &str = "d4e5f6a7-0005-4e5f-8a9b-1c2d3e4f5a6b-0a0a0a0a-0000-4000-8000-000000000004";
const CONTOSO_SUB: &str = "9a8b7c6d-0000-4000-8000-00000000c0c0";

fn at(s: &str) -> DateTime<Utc> {
    s.parse().unwrap()
}

fn now() -> DateTime<Utc> {
    samples::filed_at() // 2026-11-16T10:00:00Z
}

fn profile() -> PartnerProfile {
    exports::profile()
}

fn book() -> Exports {
    exports::read(&exports::partner())
}

/// The partner export with `f` applied to every relationship of its pages.
fn edited(mut f: impl FnMut(&mut serde_json::Value)) -> Exports {
    let files: Vec<(String, Vec<u8>)> = exports::partner()
        .into_iter()
        .map(|(name, bytes)| {
            if !name.contains("relationships-") {
                return (name, bytes);
            }
            let mut page: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
            for r in page["value"].as_array_mut().unwrap() {
                f(r);
            }
            (name, page.to_string().into_bytes())
        })
        .collect();
    exports::read(&files)
}

fn customer<'r, 'a>(report: &'r ReadinessReport<'a>, name: &str) -> &'r CustomerReadiness<'a> {
    report
        .customers
        .iter()
        .find(|c| c.display_name == Some(name))
        .unwrap_or_else(|| panic!("no customer {name}"))
}

fn row<'r, 'a>(c: &'r CustomerReadiness<'a>, workload: Workload) -> &'r WorkloadReadiness<'a> {
    c.rows.iter().find(|r| r.workload == workload).unwrap()
}

fn rules(ids: &[RuleId]) -> RuleSet {
    ids.iter().copied().collect()
}

#[test]
fn every_customer_gets_one_row_per_workload_in_name_order() {
    let (p, b) = (profile(), book());
    let report = readiness(&p, &b, Edition::Gdap2025, now());
    let names: Vec<_> = report
        .customers
        .iter()
        .map(|c| c.display_name.unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "Adatum Corporation",
            "Contoso Ltd",
            "Fabrikam, Inc.",
            "Litware, Inc.",
            "Northwind Traders",
            "Tailspin Toys",
            "Wide World Importers",
            "Woodgrove Bank"
        ]
    );
    for c in &report.customers {
        let workloads: Vec<_> = c.rows.iter().map(|r| r.workload).collect();
        assert_eq!(workloads, readiness::WORKLOADS, "{:?}", c.display_name);
    }
    assert_eq!(report.edition, Edition::Gdap2025);
    assert_eq!(report.at, now());
}

#[test]
fn filer_admin_agent_gdap_allowed_with_valid_until_and_renewal() {
    let (p, b) = (profile(), book());
    let report = readiness(&p, &b, Edition::Gdap2025, now());
    let contoso = customer(&report, "Contoso Ltd");
    for w in [
        Workload::Office365,
        Workload::DynamicsCrmOnline,
        Workload::EnterpriseMobilitySuite,
    ] {
        let r = row(contoso, w);
        assert_eq!(r.outcome, Outcome::Allowed, "{w}");
        assert!(r.rules.contains(RuleId::FilerAdminAgentGdap));
        assert_eq!(r.relationship_id, Some(CONTOSO_SUPPORT));
        let until = r.valid_until.unwrap();
        assert_eq!(until.at, at("2027-03-01T08:15:30.1234567Z"));
        assert_eq!(until.renews_by_days, Some(180));
        assert_eq!(r.notice, None);
    }
}

#[test]
fn best_relationship_allowed_beats_a_later_denied_one() {
    // Contoso's readers relationship ends later (2028) but grants only
    // Directory readers: Microsoft 365 rests on the support relationship.
    let (p, b) = (profile(), book());
    let report = readiness(&p, &b, Edition::Gdap2025, now());
    let r = row(customer(&report, "Contoso Ltd"), Workload::Office365);
    assert_eq!(r.outcome, Outcome::Allowed);
    assert_eq!(r.relationship_id, Some(CONTOSO_SUPPORT));
}

#[test]
fn azure_gdap_rbac_allowed_holds_until_the_earliest_end_of_the_granting_relationships() {
    // For Azure any Entra role serves: both Contoso relationships allow;
    // the permission is promised until the earlier end (2027-03-01), not
    // the later (2028-01-01).
    let (p, b) = (profile(), book());
    let report = readiness(&p, &b, Edition::Gdap2025, now());
    let r = row(customer(&report, "Contoso Ltd"), Workload::Azure);
    assert_eq!(r.subscription_id, Some(CONTOSO_SUB));
    assert_eq!(r.outcome, Outcome::Allowed);
    assert!(r.rules.contains(RuleId::AzureGdapRbac));
    assert_eq!(r.relationship_id, Some(CONTOSO_SUPPORT));
    assert_eq!(r.granting, [CONTOSO_SUPPORT, CONTOSO_READERS]);
    assert_eq!(
        r.valid_until.unwrap().at,
        at("2027-03-01T08:15:30.1234567Z")
    );
    assert_eq!(r.valid_until.unwrap().renews_by_days, Some(180));
}

#[test]
fn azure_gdap_rbac_reader_is_denied() {
    let (p, b) = (profile(), book());
    let report = readiness(&p, &b, Edition::Gdap2025, now());
    let r = row(customer(&report, "Adatum Corporation"), Workload::Azure);
    assert_eq!(r.outcome, Outcome::Denied);
    assert_eq!(r.rules, rules(&[RuleId::AzureGdapRbac]));
    assert!(r.missing.contains(Missing::SupportTicketRbacRole));
    assert!(r.remedies.contains(Remedy::AssignSupportRequestContributor));
}

#[test]
fn azure_provider_only_without_azure_facts_is_denied() {
    let (p, b) = (profile(), book());
    let report = readiness(&p, &b, Edition::Gdap2025, now());
    let r = row(customer(&report, "Litware, Inc."), Workload::Azure);
    assert_eq!(r.subscription_id, None);
    assert_eq!(r.outcome, Outcome::Denied);
    assert!(r.rules.contains(RuleId::AzureProviderOnly));
    assert!(r.rules.contains(RuleId::AzureGdapRbac));
}

#[test]
fn filer_admin_agent_gdap_terminated_relationship_is_denied() {
    let (p, b) = (profile(), book());
    let report = readiness(&p, &b, Edition::Gdap2025, now());
    let r = row(customer(&report, "Fabrikam, Inc."), Workload::Office365);
    assert_eq!(r.outcome, Outcome::Denied);
    assert_eq!(r.rules, rules(&[RuleId::FilerAdminAgentGdap]));
    assert!(r.missing.contains(Missing::ActiveRelationship));
    assert_eq!(r.relationship_id, None);
    assert_eq!(r.valid_until, None);
    assert_eq!(r.status, RelationshipState::Terminated);
    assert!(matches!(&r.advice[..], [Advice::RelationshipEnded { .. }]));
}

#[test]
fn filer_admin_agent_gdap_pending_reseller_relationship_is_denied() {
    let (p, b) = (profile(), book());
    let report = readiness(&p, &b, Edition::Gdap2025, now());
    let r = row(
        customer(&report, "Wide World Importers"),
        Workload::Office365,
    );
    assert_eq!(r.outcome, Outcome::Denied);
    assert!(r.missing.contains(Missing::ActiveRelationship));
    // The fix is the customer's approval, not "establish a relationship".
    assert_eq!(r.status, RelationshipState::Pending);
    assert!(!r.remedies.contains(Remedy::EstablishActiveGdapRelationship));
    assert_eq!(
        r.advice,
        [Advice::CustomerApprovalPending {
            relationship_id: "c3d4e5f6-0004-4e5f-8a9b-1c2d3e4f5a6b-0d0d0d0d-0000-4000-8000-000000000003",
            // 90 days after createdDateTime (2026-11-10T14:00:00.0000001Z)
            invitation_expires_at: Some(at("2027-02-08T14:00:00.0000001Z")),
        }]
    );
}

#[test]
fn filer_admin_agent_gdap_ended_relationship_still_active_in_graph() {
    let (p, b) = (profile(), book());
    let report = readiness(&p, &b, Edition::Gdap2025, now());
    let northwind = customer(&report, "Northwind Traders");
    assert_eq!(northwind.ended_still_active, [NORTHWIND]);
    assert!(northwind.expiring.is_empty());
    let r = row(northwind, Workload::Office365);
    assert_eq!(r.outcome, Outcome::Denied);
    assert!(r.missing.contains(Missing::ActiveRelationship));
    assert_eq!(r.relationship_id, Some(NORTHWIND));
}

#[test]
fn filer_admin_agent_gdap_helpdesk_administrator_is_denied() {
    let (p, b) = (profile(), book());
    let report = readiness(&p, &b, Edition::Gdap2025, now());
    let r = row(customer(&report, "Tailspin Toys"), Workload::Office365);
    assert_eq!(r.outcome, Outcome::Denied);
    assert!(r.missing.contains(Missing::SufficientEntraRole));
    assert!(r.remedies.contains(Remedy::AddServiceSupportAdministrator));
    // The user is assigned; the relationship lacks the role.
    assert!(!r.remedies.contains(Remedy::AssignUserToRelationship));
    assert_eq!(r.status, RelationshipState::Active);
    assert!(
        matches!(&r.advice[..], [Advice::RelationshipLacksRole { .. }]),
        "{:?}",
        r.advice
    );
}

#[test]
fn filer_admin_agent_gdap_assignment_to_another_group_is_denied() {
    let (p, b) = (profile(), book());
    let report = readiness(&p, &b, Edition::Gdap2025, now());
    let r = row(customer(&report, "Woodgrove Bank"), Workload::Office365);
    assert_eq!(r.outcome, Outcome::Denied);
    assert!(r.missing.contains(Missing::UserAssignment));
    assert!(r.remedies.contains(Remedy::AssignUserToRelationship));
    // The role is held by another group; the user's group's assignment is
    // pending.
    let other = "5b0a5e1e-1111-4c4c-9d9d-000000000099";
    assert!(
        r.advice.iter().any(|a| matches!(a,
        Advice::UserNotInGroup { group_ids, .. } if group_ids == &[other])),
        "{:?}",
        r.advice
    );
    assert!(r.advice.iter().any(|a| matches!(a,
        Advice::AssignmentNotActive { status, .. } if *status == graph::AccessAssignmentStatus::Pending)));
}

#[test]
fn filer_admin_agent_gdap_needs_the_admin_agent_role() {
    let (mut p, b) = (profile(), book());
    p.roles = PartnerCenterRoles::from([PartnerCenterRole::SalesAgent]);
    let report = readiness(&p, &b, Edition::Gdap2025, now());
    let r = row(customer(&report, "Contoso Ltd"), Workload::Office365);
    assert_eq!(r.outcome, Outcome::Denied);
    assert!(r.missing.contains(Missing::PartnerCenterRole));
}

#[test]
fn filer_partner_types_indirect_reseller_is_denied_everywhere_in_gdap_2025() {
    let (mut p, b) = (profile(), book());
    p.partner_type = PartnerType::IndirectReseller;
    let report = readiness(&p, &b, Edition::Gdap2025, now());
    for c in &report.customers {
        for r in &c.rows {
            assert_eq!(r.outcome, Outcome::Denied);
            assert!(r.rules.contains(RuleId::FilerPartnerTypes));
        }
    }
    // gdap-2023 lets the reseller file Microsoft 365 requests.
    let report = readiness(&p, &b, Edition::Gdap2023, now());
    let r = row(customer(&report, "Contoso Ltd"), Workload::Office365);
    assert_eq!(r.outcome, Outcome::Allowed);
}

#[test]
fn the_report_follows_the_instant() {
    // A month earlier Northwind's relationship still granted access.
    let (p, b) = (profile(), book());
    let report = readiness(&p, &b, Edition::Gdap2025, at("2026-10-16T10:00:00Z"));
    let northwind = customer(&report, "Northwind Traders");
    assert!(northwind.ended_still_active.is_empty());
    assert_eq!(
        row(northwind, Workload::Office365).outcome,
        Outcome::Allowed
    );
    assert_eq!(northwind.expiring[0].notice, ExpiryNotice::ThirtyDays);
}

// --- Expiry notices -----------------------------------------------------------

#[test]
fn expiry_notices_at_90_30_7_and_1_days() {
    let (p, b) = (profile(), book());
    let report = readiness(&p, &b, Edition::Gdap2025, now());
    let notice = |name: &str| {
        customer(&report, name)
            .expiring
            .iter()
            .map(|e| e.notice)
            .collect::<Vec<_>>()
    };
    assert_eq!(notice("Litware, Inc."), [ExpiryNotice::OneDay]); // ends in 2 h
    assert_eq!(notice("Adatum Corporation"), [ExpiryNotice::SevenDays]); // ends in ~2 days
    assert_eq!(notice("Woodgrove Bank"), [ExpiryNotice::ThirtyDays]); // ends in ~26 days
    assert_eq!(notice("Tailspin Toys"), [ExpiryNotice::NinetyDays]); // ends in ~77 days
    assert!(notice("Contoso Ltd").is_empty()); // ends in ~105 days
    // Rows name the bucket of the relationship they rest on.
    let litware = customer(&report, "Litware, Inc.");
    assert_eq!(row(litware, Workload::Office365).outcome, Outcome::Allowed);
    assert_eq!(
        row(litware, Workload::Office365).notice,
        Some(ExpiryNotice::OneDay)
    );
    assert_eq!(
        row(litware, Workload::Office365).valid_until.unwrap().at,
        at("2026-11-16T12:00:00Z")
    );
    let adatum = customer(&report, "Adatum Corporation");
    assert_eq!(
        row(adatum, Workload::Office365).notice,
        Some(ExpiryNotice::SevenDays)
    );
}

#[test]
fn expiry_notice_buckets_are_inclusive_of_their_day_count() {
    let d = |days: i64, secs: i64| TimeDelta::days(days) + TimeDelta::seconds(secs);
    assert_eq!(ExpiryNotice::for_remaining(d(0, 0)), None);
    assert_eq!(ExpiryNotice::for_remaining(d(0, -1)), None);
    assert_eq!(
        ExpiryNotice::for_remaining(d(0, 1)),
        Some(ExpiryNotice::OneDay)
    );
    assert_eq!(
        ExpiryNotice::for_remaining(d(1, 0)),
        Some(ExpiryNotice::OneDay)
    );
    assert_eq!(
        ExpiryNotice::for_remaining(d(1, 1)),
        Some(ExpiryNotice::SevenDays)
    );
    assert_eq!(
        ExpiryNotice::for_remaining(d(7, 0)),
        Some(ExpiryNotice::SevenDays)
    );
    assert_eq!(
        ExpiryNotice::for_remaining(d(7, 1)),
        Some(ExpiryNotice::ThirtyDays)
    );
    assert_eq!(
        ExpiryNotice::for_remaining(d(30, 0)),
        Some(ExpiryNotice::ThirtyDays)
    );
    assert_eq!(
        ExpiryNotice::for_remaining(d(30, 1)),
        Some(ExpiryNotice::NinetyDays)
    );
    assert_eq!(
        ExpiryNotice::for_remaining(d(90, 0)),
        Some(ExpiryNotice::NinetyDays)
    );
    assert_eq!(ExpiryNotice::for_remaining(d(90, 1)), None);
}

// --- The exports ---------------------------------------------------------------

#[test]
fn relationships_without_customer_are_listed_not_dropped() {
    let mut id = String::new();
    let b = edited(|r| {
        if r["status"] == "approvalPending" {
            r["customer"] = serde_json::Value::Null;
            id = r["id"].as_str().unwrap().to_owned();
        }
    });
    let p = profile();
    let report = readiness(&p, &b, Edition::Gdap2025, now());
    assert_eq!(report.without_customer, [id.as_str()]);
    assert_eq!(report.customers.len(), 7);
    assert!(!report.is_partial());
}

#[test]
fn azure_only_customers_are_reported() {
    let mut p = profile();
    let mut sub = p.subscriptions[0].clone();
    sub.customer_tenant_id = "99999999-0000-4000-8000-000000000099".into();
    sub.subscription_id = "99999999-5555-4000-8000-000000000099".into();
    p.subscriptions.push(sub);
    // Support Request Contributor on it for the user's group: RBAC is not
    // what is missing.
    let mut files = exports::partner();
    files.push(exports::file(
        "99999999-5555-4000-8000-000000000099.roleAssignments.json",
        &serde_json::json!({"value": [{"properties": {
            "roleDefinitionId": "/subscriptions/99999999-5555-4000-8000-000000000099/providers/Microsoft.Authorization/roleDefinitions/cfd33db0-3dd1-45e3-aa9d-cdbdf3b6f24e",
            "principalId": "5b0a5e1e-1111-4c4c-9d9d-000000000010",
            "scope": "/subscriptions/99999999-5555-4000-8000-000000000099"}}]}),
    ));
    let b = exports::read(&files);
    let report = readiness(&p, &b, Edition::Gdap2025, now());
    let c = report
        .customers
        .iter()
        .find(|c| c.tenant_id == "99999999-0000-4000-8000-000000000099")
        .unwrap();
    assert_eq!(c.display_name, None);
    let r = row(c, Workload::Azure);
    assert_eq!(r.outcome, Outcome::NotCovered);
    assert!(r.rules.contains(RuleId::AzureNoAdminPermissions));
    assert_eq!(r.status, RelationshipState::NoRelationship);
    assert_eq!(r.advice, [Advice::NoRelationship]);
}

#[test]
fn an_invalid_relationship_is_reported_and_skipped_the_rest_goes_on() {
    let id = "e5f6a7b8-0006-4e5f-8a9b-1c2d3e4f5a6b-7a17a17a-0000-4000-8000-000000000005";
    let b = edited(|r| {
        if r["id"] == id {
            r["duration"] = "P800D".into();
        }
    });
    let p = profile();
    let report = readiness(&p, &b, Edition::Gdap2025, now());
    assert!(report.is_partial());
    let w = &report.warnings[0];
    assert_eq!(w.kind, WarningKind::UnreadableRelationship);
    assert_eq!(w.file, "partner/relationships-2.json");
    assert_eq!(w.path, "value[0].duration");
    assert!(w.message.contains("P800D"), "{}", w.message);
    let tailspin = customer(&report, "Tailspin Toys");
    assert_eq!(
        row(tailspin, Workload::Office365).status,
        RelationshipState::Unreadable
    );
    assert!(tailspin.relationships[0].unreadable.is_some());
    // The others are judged as before.
    assert_eq!(report.customers.len(), 8);
    assert_eq!(
        row(customer(&report, "Contoso Ltd"), Workload::Office365).outcome,
        Outcome::Allowed
    );
}

#[test]
fn a_malformed_date_is_reported_naming_the_file_and_json_path() {
    let b = edited(|r| {
        if r["status"] == "terminated" {
            r["endDateTime"] = "2025-06-31T00:00:00Z".into();
        }
    });
    assert_eq!(b.warnings.len(), 1, "{:?}", b.warnings);
    let w = &b.warnings[0];
    assert_eq!(w.kind, WarningKind::UnreadableRelationship);
    assert_eq!(w.file, "partner/relationships-1.json");
    assert_eq!(w.path, "value[2].endDateTime");
    assert_eq!(b.relationships.len(), 8);
}

#[test]
fn the_profile_rejects_unknown_fields_while_graph_payloads_tolerate_them() {
    let b = edited(|r| r["futureGraphField"] = true.into());
    assert!(!b.is_partial());
    assert_eq!(b.relationships.len(), 9);
    let err = PartnerProfile::from_json(r#"{"type": "advisor", "group": []}"#).unwrap_err();
    assert!(err.to_string().contains("group"), "{err}");
    // A byte-order mark is skipped.
    assert!(PartnerProfile::from_json("\u{feff}{\"type\": \"advisor\"}").is_ok());
}

#[test]
fn the_exports_read_graph_pages_as_returned() {
    let mut parts = Vec::new();
    for page in [
        "partner/relationships-1.json",
        "partner/relationships-2.json",
    ] {
        let json = String::from_utf8(exports::bytes(page)).unwrap();
        parts.extend(csp_support::graph::parse_relationships(&json).unwrap());
    }
    let read: Vec<_> = book().relationships.into_iter().map(|r| r.item).collect();
    assert_eq!(read, parts);
}

// --- Rendering ----------------------------------------------------------------

#[test]
fn renders_markdown_table() {
    let (p, b) = (profile(), book());
    let report = readiness(&p, &b, Edition::Gdap2025, now());
    let md = readiness::render(&report, Format::Markdown);
    assert!(md.starts_with("# Support readiness (gdap-2025, 2026-11-16T10:00:00Z)"));
    assert!(md.contains(
        "| Customer | Tenant ID | Workload | Subscription | Outcome | Status | Rules | Valid until | Relationship | Notice | Advice |"
    ));
    assert!(md.contains(&format!(
        "| Contoso Ltd | c0a1b2c3-0000-4000-8000-000000000001 | office365 |  | allowed | active | SCOPE-CLOUDS, SCOPE-WORKLOADS, SCOPE-PROBLEM-KINDS, FILER-PARTNER-TYPES, FILER-ADMIN-AGENT-GDAP, ROUTE-VIA-PARTNER-CENTER | 2027-03-01T08:15:30Z (renews +180 d) | {CONTOSO_SUPPORT} |  |  |"
    )), "{md}");
    assert!(!md.contains("Partial report"));
    assert!(md.contains("## Relationships ending within 90, 30, 7 and 1 days"));
    assert!(md.contains("1 day notice"));
    assert!(md.contains(NORTHWIND));
    let table_rows = md
        .lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| Customer"))
        .count();
    assert_eq!(table_rows, 8 * 4);
}

#[test]
fn renders_csv_with_quoting() {
    let (p, b) = (profile(), book());
    let report = readiness(&p, &b, Edition::Gdap2025, now());
    let csv = readiness::render(&report, Format::Csv);
    let lines: Vec<_> = csv.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.len(), 1 + 8 * 4);
    assert!(lines[0].starts_with("customer,tenant_id,workload,"));
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("\"Fabrikam, Inc.\",fab1b2c3-"))
    );
    assert!(
        lines
            .iter()
            .any(|l| l.contains(",denied,active,FILER-ADMIN-AGENT-GDAP,sufficient_entra_role,"))
    );
}

#[test]
fn csv_guards_formula_like_names() {
    let b = edited(|r| {
        if r["customer"]["displayName"] == "Tailspin Toys" {
            r["customer"]["displayName"] = "=HYPERLINK(\"x\")".into();
        }
    });
    let p = profile();
    let report = readiness(&p, &b, Edition::Gdap2025, now());
    let csv = readiness::render(&report, Format::Csv);
    assert!(csv.contains("\"'=HYPERLINK(\"\"x\"\")\""), "{csv}");
}

#[test]
fn renders_json_as_data() {
    let (p, b) = (profile(), book());
    let report = readiness(&p, &b, Edition::Gdap2025, now());
    let json: serde_json::Value =
        serde_json::from_str(&readiness::render(&report, Format::Json)).unwrap();
    assert_eq!(json["edition"], "gdap-2025");
    assert_eq!(json["customers"].as_array().unwrap().len(), 8);
    let litware = &json["customers"][3];
    assert_eq!(litware["display_name"], "Litware, Inc.");
    assert_eq!(litware["rows"][1]["workload"], "office365");
    assert_eq!(litware["rows"][1]["outcome"], "allowed");
    assert_eq!(litware["rows"][1]["notice"], "one_day");
    assert_eq!(litware["expiring"][0]["notice"], "one_day");
    assert_eq!(
        litware["rows"][1]["rules"],
        serde_json::json!([
            "SCOPE-CLOUDS",
            "SCOPE-WORKLOADS",
            "SCOPE-PROBLEM-KINDS",
            "FILER-PARTNER-TYPES",
            "FILER-ADMIN-AGENT-GDAP",
            "ROUTE-VIA-PARTNER-CENTER"
        ])
    );
}

#[test]
fn formats_parse_by_name() {
    assert_eq!("markdown".parse::<Format>().unwrap(), Format::Markdown);
    assert_eq!("md".parse::<Format>().unwrap(), Format::Markdown);
    assert_eq!("CSV".parse::<Format>().unwrap(), Format::Csv);
    assert_eq!("json".parse::<Format>().unwrap(), Format::Json);
    assert_eq!(
        "xml".parse::<Format>().unwrap_err(),
        Error::ReportFormat {
            given: "xml".into()
        }
    );
    assert_eq!(Format::Csv.to_string(), "csv");
}

#[test]
fn report_types_are_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<ReadinessReport<'static>>();
    check::<Exports>();
    check::<PartnerProfile>();
}

#[test]
fn filer_dap_delegated_admin_the_book_carries_no_dap_facts() {
    let (p, b) = (profile(), book());
    let report = readiness(&p, &b, Edition::Dap, now());
    for c in &report.customers {
        for r in &c.rows {
            assert_eq!(r.outcome, Outcome::Denied);
            assert!(r.rules.contains(RuleId::FilerDapDelegatedAdmin));
            assert!(r.missing.contains(Missing::DelegatedAdmin));
        }
    }
}

#[test]
fn markdown_escapes_pipes_and_line_breaks_in_names() {
    let b = edited(|r| {
        if r["customer"]["displayName"] == "Tailspin Toys" {
            r["customer"]["displayName"] = "Tailspin | Toys\nEU".into();
        }
    });
    let p = profile();
    let report = readiness(&p, &b, Edition::Gdap2025, now());
    let md = readiness::render(&report, Format::Markdown);
    // The pipe cannot end the cell; the line break shows as a visible `\n`
    // (its backslash escaped for markdown) instead of breaking the row.
    assert!(
        md.contains("| Tailspin \\| Toys\\\\nEU | 7a17a17a-"),
        "{md}"
    );
}
