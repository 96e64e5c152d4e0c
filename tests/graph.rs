//! The Microsoft Graph and Azure readers: payloads as the services return
//! them, role IDs, the user assignment, and malformed input.

use chrono::{DateTime, Timelike, Utc};
use csp_support::graph::{
    self, AccessAssignmentStatus, DelegatedAdminRelationship, IsoDuration, RelationshipStatus,
};
use csp_support::*;

const SSA: &str = "f023fd81-a637-4b56-95fd-791ac0226033";
const SUPPORT_GROUP: &str = "5b0a5e1e-1111-4c4c-9d9d-000000000010";
const OTHER_GROUP: &str = "5b0a5e1e-1111-4c4c-9d9d-000000000099";

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/graph/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap()
}

fn at(s: &str) -> DateTime<Utc> {
    s.parse().unwrap()
}

fn now() -> DateTime<Utc> {
    samples::filed_at()
}

fn relationships() -> Vec<DelegatedAdminRelationship> {
    graph::parse_relationships(&fixture("relationships.json")).unwrap()
}

fn relationship(display_name: &str) -> DelegatedAdminRelationship {
    relationships()
        .into_iter()
        .find(|r| r.display_name.as_deref() == Some(display_name))
        .unwrap()
}

/// Parses `json`, sets the value at `pointer` to `value`, and parses it again
/// as a relationship list.
fn relationships_with(
    pointer: &str,
    value: serde_json::Value,
) -> Result<Vec<DelegatedAdminRelationship>, Error> {
    let mut doc: serde_json::Value = serde_json::from_str(&fixture("relationships.json")).unwrap();
    *doc.pointer_mut(pointer).unwrap() = value;
    graph::parse_relationships(&doc.to_string())
}

fn payload_path(err: Error) -> String {
    match err {
        Error::GraphPayload { path, .. } => path,
        other => panic!("expected GraphPayload, got {other:?}"),
    }
}

fn request_for(
    workload: Workload,
    gdap: Option<GdapRelationship>,
    azure: Option<AzureAccess>,
) -> Request {
    let mut r = samples::direct_partner_office365();
    r.workload = workload;
    let mut customer = CustomerTenant::default();
    customer.gdap = gdap;
    customer.azure = azure;
    r.tenant = Tenant::Customer(customer);
    r
}

// --- Reading payloads as Graph returns them -------------------------------

#[test]
fn reads_one_relationship_object_as_graph_returns_it() {
    let rels = graph::parse_relationships(&fixture("relationship.json")).unwrap();
    assert_eq!(rels.len(), 1);
    let r = &rels[0];
    assert_eq!(
        r.id,
        "a1b2c3d4-0001-4e5f-8a9b-1c2d3e4f5a6b-c0a1b2c3-0000-4000-8000-000000000001"
    );
    assert_eq!(
        r.customer_tenant_id(),
        Some("c0a1b2c3-0000-4000-8000-000000000001")
    );
    assert_eq!(
        r.customer.as_ref().unwrap().display_name.as_deref(),
        Some("Contoso Ltd")
    );
    assert_eq!(r.status, RelationshipStatus::Active);
    assert_eq!(r.duration, IsoDuration::days(730));
    assert_eq!(r.auto_extend_duration, Some(IsoDuration::days(180)));
    assert_eq!(r.auto_extend(), AutoExtend::On);
    assert!(!r.is_reseller());
    // Seven fractional digits: 0.1234567 s.
    let end = r.end_date_time.unwrap();
    assert_eq!(end.nanosecond(), 123_456_700);
    assert_eq!(end, at("2027-03-01T08:15:30.1234567Z"));
    assert_eq!(
        r.access_details.roles(),
        EntraRoles::from([
            EntraRole::ServiceSupportAdministrator,
            EntraRole::DirectoryReaders
        ])
    );
}

#[test]
fn reads_a_value_collection_ignoring_odata_annotations() {
    let rels = relationships();
    assert_eq!(rels.len(), 9);
    assert!(rels.iter().all(|r| !r.id.is_empty()));
}

#[test]
fn reads_a_bare_array() {
    let doc: serde_json::Value = serde_json::from_str(&fixture("relationships.json")).unwrap();
    let rels = graph::parse_relationships(&doc["value"].to_string()).unwrap();
    assert_eq!(rels, relationships());
}

#[test]
fn unknown_graph_fields_are_tolerated() {
    let mut doc: serde_json::Value = serde_json::from_str(&fixture("relationship.json")).unwrap();
    doc["someFutureProperty"] = serde_json::json!({"nested": [1, 2, 3]});
    doc["customer"]["someFutureProperty"] = serde_json::json!(true);
    doc["accessDetails"]["unifiedRoles"][0]["extra"] = serde_json::json!("x");
    let rels = graph::parse_relationships(&doc.to_string()).unwrap();
    assert_eq!(rels[0].access_details.roles().len(), 2);
}

#[test]
fn reseller_relationship_pending_with_null_end_grants_nothing() {
    let rels = graph::parse_relationships(&fixture("reseller_relationship_pending.json")).unwrap();
    let r = &rels[0];
    assert!(r.is_reseller());
    assert_eq!(
        r.indirect_provider_tenant_id.as_deref(),
        Some("d15d15d1-0000-4000-8000-0000000000aa")
    );
    assert_eq!(r.status, RelationshipStatus::ApprovalPending);
    assert_eq!(r.status.to_model(), Some(GdapStatus::ApprovalPending));
    assert_eq!(r.end_date_time, None);
    assert_eq!(r.activated_date_time, None);
    assert_eq!(r.to_model(r.access_details.roles()).unwrap(), None);
    // Decided with no relationship: FILER-ADMIN-AGENT-GDAP, no active relationship.
    let d = decide(&request_for(Workload::Office365, None, None));
    assert_eq!(d.outcome, Outcome::Denied);
    assert!(d.missing.contains(Missing::ActiveRelationship));
}

#[test]
fn terminated_relationship_grants_nothing() {
    let r = relationship("Fabrikam ended");
    assert_eq!(r.status.to_model(), Some(GdapStatus::Terminated));
    assert_eq!(r.to_model(r.access_details.roles()).unwrap(), None);
}

#[test]
fn relationship_ended_while_status_still_active_grants_nothing() {
    let r = relationship("Northwind support");
    assert_eq!(r.status, RelationshipStatus::Active);
    let rel = r.to_model(r.access_details.roles()).unwrap().unwrap();
    assert!(!rel.grants_at(now()));
    let d = decide(&request_for(Workload::Office365, Some(rel), None));
    assert_eq!(d.outcome, Outcome::Denied);
    assert!(d.rules.contains(RuleId::FilerAdminAgentGdap));
    assert!(d.missing.contains(Missing::ActiveRelationship));
}

#[test]
fn graph_statuses_map_from_camel_case() {
    let cases = [
        ("created", GdapStatus::Created),
        ("approvalPending", GdapStatus::ApprovalPending),
        ("approved", GdapStatus::Approved),
        ("activating", GdapStatus::Activating),
        ("active", GdapStatus::Active),
        ("expiring", GdapStatus::Expiring),
        ("expired", GdapStatus::Expired),
        ("terminationRequested", GdapStatus::TerminationRequested),
        ("terminating", GdapStatus::Terminating),
        ("terminated", GdapStatus::Terminated),
    ];
    for (graph_name, model) in cases {
        let rels = relationships_with("/value/0/status", graph_name.into()).unwrap();
        assert_eq!(rels[0].status.to_model(), Some(model), "{graph_name}");
        assert_eq!(rels[0].status.to_string(), graph_name);
        assert_eq!(rels[0].status.grants_access(), model.grants_access());
    }
}

#[test]
fn unknown_future_value_status_is_kept_and_grants_nothing() {
    let rels = relationships_with("/value/0/status", "unknownFutureValue".into()).unwrap();
    let r = &rels[0];
    assert_eq!(r.status, RelationshipStatus::UnknownFutureValue);
    assert_eq!(r.status.to_model(), None);
    assert_eq!(r.to_model(r.access_details.roles()).unwrap(), None);
}

#[test]
fn an_undocumented_status_is_an_error_naming_the_path() {
    let err = relationships_with("/value/3/status", "Active".into()).unwrap_err();
    assert_eq!(payload_path(err), "value[3].status");
}

#[test]
fn expanded_access_assignments_are_read_inline() {
    let mut doc: serde_json::Value = serde_json::from_str(&fixture("relationship.json")).unwrap();
    let assignments: serde_json::Value =
        serde_json::from_str(&fixture("access_assignments_woodgrove.json")).unwrap();
    doc["accessAssignments"] = assignments["value"].clone();
    let rels = graph::parse_relationships(&doc.to_string()).unwrap();
    assert_eq!(rels[0].access_assignments.len(), 2);
}

// --- ISO 8601 durations ------------------------------------------------------

#[test]
fn iso_durations_of_the_forms_graph_uses() {
    let cases = [
        ("P730D", 730 * 86_400),
        ("P180D", 180 * 86_400),
        ("PT0S", 0),
        ("P0D", 0),
        ("P1D", 86_400),
        ("P2W", 14 * 86_400),
        ("PT12H", 12 * 3_600),
        ("P1DT12H30M15S", 86_400 + 12 * 3_600 + 30 * 60 + 15),
        // GDAP's reading of years (RULES.md): P2Y is its 730-day maximum.
        ("P1Y", 365 * 86_400),
        ("P2Y", 730 * 86_400),
    ];
    for (text, seconds) in cases {
        let d: IsoDuration = text.parse().unwrap();
        assert_eq!(d.seconds(), seconds, "{text}");
        assert_eq!(d.to_string().parse::<IsoDuration>().unwrap(), d, "{text}");
    }
    assert_eq!(IsoDuration::days(730).to_string(), "P730D");
    assert_eq!(IsoDuration::ZERO.to_string(), "PT0S");
    assert!("PT0S".parse::<IsoDuration>().unwrap().is_zero());
}

#[test]
fn iso_durations_with_months_fractions_or_bad_syntax_are_errors() {
    for text in [
        "P2Y1M",
        "P1M",
        "P1D1Y",
        "P1.5Y",
        "P",
        "PT",
        "P1DT",
        "-P1D",
        "P1.5D",
        "730D",
        "P1H",
        "PT1D",
        "P1D2W",
        "p1d",
        "P1DT1S1M",
        "P 1D",
        "",
        "P99999999999999999999D",
    ] {
        let err = text.parse::<IsoDuration>().unwrap_err();
        assert_eq!(
            err,
            Error::IsoDuration {
                text: text.to_owned()
            },
            "{text}"
        );
        assert!(
            err.to_string().contains("P730D"),
            "the message names accepted forms"
        );
    }
}

// --- Malformed Graph input: typed errors naming the JSON path ----------------

#[test]
fn bad_duration_is_an_error_naming_the_json_path() {
    let err = relationships_with("/value/2/duration", "P24M".into()).unwrap_err();
    let message = err.to_string();
    assert_eq!(payload_path(err), "value[2].duration");
    assert!(message.contains("P24M"), "{message}");
}

#[test]
fn bad_auto_extend_duration_is_an_error_naming_the_json_path() {
    let err = relationships_with("/value/0/autoExtendDuration", "180 days".into()).unwrap_err();
    assert_eq!(payload_path(err), "value[0].autoExtendDuration");
}

#[test]
fn bad_date_is_an_error_naming_the_json_path() {
    let err =
        relationships_with("/value/4/endDateTime", "2026-13-01T00:00:00Z".into()).unwrap_err();
    assert_eq!(payload_path(err), "value[4].endDateTime");
    let err = relationships_with("/value/1/activatedDateTime", "yesterday".into()).unwrap_err();
    assert_eq!(payload_path(err), "value[1].activatedDateTime");
}

#[test]
fn wrong_type_is_an_error_naming_the_json_path() {
    let err = relationships_with("/value/0/duration", 730.into()).unwrap_err();
    assert_eq!(payload_path(err), "value[0].duration");
    let err = relationships_with("/value/5/accessDetails/unifiedRoles", "all".into()).unwrap_err();
    assert_eq!(payload_path(err), "value[5].accessDetails.unifiedRoles");
    let err =
        relationships_with("/value/6/customer/tenantId", serde_json::Value::Null).unwrap_err();
    assert_eq!(payload_path(err), "value[6].customer.tenantId");
}

#[test]
fn missing_required_field_is_an_error() {
    let mut doc: serde_json::Value = serde_json::from_str(&fixture("relationship.json")).unwrap();
    doc.as_object_mut().unwrap().remove("status");
    let err = graph::parse_relationships(&doc.to_string()).unwrap_err();
    assert!(err.to_string().contains("status"), "{err}");
}

#[test]
fn malformed_json_is_a_graph_payload_error() {
    let err = graph::parse_relationships("{\"value\": [").unwrap_err();
    assert_eq!(payload_path(err), ".");
}

#[test]
fn bad_assignment_status_is_an_error_naming_the_json_path() {
    let mut doc: serde_json::Value =
        serde_json::from_str(&fixture("access_assignments_woodgrove.json")).unwrap();
    doc["value"][1]["status"] = "enabled".into();
    let err = graph::parse_access_assignments(&doc.to_string()).unwrap_err();
    assert_eq!(payload_path(err), "value[1].status");
}

// --- Relationships the model cannot hold -------------------------------------

#[test]
fn duration_over_730_days_without_auto_extend_names_the_relationship() {
    let rels = relationships_with("/value/4/duration", "P731D".into()).unwrap();
    let r = &rels[4];
    let err = r.to_model(EntraRoles::EMPTY).unwrap_err();
    match err {
        Error::GraphRelationship { id, source } => {
            assert_eq!(id, r.id);
            assert!(
                matches!(*source, Error::GdapDurationOutOfRange { .. }),
                "{source:?}"
            );
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn active_relationship_without_roles_names_the_relationship() {
    let rels =
        relationships_with("/value/0/accessDetails/unifiedRoles", serde_json::json!([])).unwrap();
    let err = rels[0].to_model(EntraRoles::EMPTY).unwrap_err();
    assert_eq!(
        err,
        Error::GraphRelationship {
            id: rels[0].id.clone(),
            source: Box::new(Error::GdapNoRoles)
        }
    );
}

#[test]
fn active_relationship_without_end_names_the_relationship() {
    let rels = relationships_with("/value/0/endDateTime", serde_json::Value::Null).unwrap();
    let err = rels[0].to_model(EntraRoles::EMPTY).unwrap_err();
    assert_eq!(
        err,
        Error::GraphRelationship {
            id: rels[0].id.clone(),
            source: Box::new(Error::GraphRelationshipDate {
                status: "active".into(),
                field: "endDateTime"
            })
        }
    );
}

#[test]
fn active_relationship_converts_to_the_model() {
    let r = relationship("Contoso support");
    let rel = r.to_model(r.access_details.roles()).unwrap().unwrap();
    assert_eq!(rel.status(), GdapStatus::Active);
    assert_eq!(rel.starts_at(), at("2025-03-01T08:15:30.1234567Z"));
    assert_eq!(rel.ends_at(), at("2027-03-01T08:15:30.1234567Z"));
    assert_eq!(rel.auto_extend(), AutoExtend::On);
    let d = decide(&request_for(Workload::Office365, Some(rel), None));
    assert_eq!(d.outcome, Outcome::Allowed);
    assert_eq!(d.valid_until.unwrap().renews_by_days, Some(180));
}

#[test]
fn zero_auto_extend_forms_are_off() {
    for form in ["PT0S", "P0D"] {
        let rels = relationships_with("/value/0/autoExtendDuration", form.into()).unwrap();
        assert_eq!(rels[0].auto_extend(), AutoExtend::Off, "{form}");
    }
    let rels = relationships_with("/value/0/autoExtendDuration", serde_json::Value::Null).unwrap();
    assert_eq!(rels[0].auto_extend(), AutoExtend::Off);
}

// --- Role IDs -----------------------------------------------------------------

#[test]
fn entra_role_template_ids_map_to_the_model() {
    let cases = [
        (SSA, EntraRole::ServiceSupportAdministrator),
        (
            "62e90394-69f5-4237-9190-012177145e10",
            EntraRole::GlobalAdministrator,
        ),
        (
            "729827e3-9c14-49f7-bb1b-9608f156bbb8",
            EntraRole::HelpdeskAdministrator,
        ),
        (
            "88d8e3e3-8f55-4a1e-953a-9b9898b8876b",
            EntraRole::DirectoryReaders,
        ),
        (
            "f2ef992c-3afb-46b9-b7cf-a126ee74c451",
            EntraRole::GlobalReader,
        ),
        (
            "F023FD81-A637-4B56-95FD-791AC0226033",
            EntraRole::ServiceSupportAdministrator,
        ),
    ];
    for (id, role) in cases {
        assert_eq!(graph::entra_role(id), role, "{id}");
    }
    for role in EntraRole::ALL {
        match graph::entra_role_id(*role) {
            Some(id) => assert_eq!(graph::entra_role(id), *role),
            None => assert!(matches!(role, EntraRole::Other | EntraRole::OtherBuiltIn)),
        }
    }
}

#[test]
fn every_catalogue_role_is_recognised_and_only_those() {
    // Each template ID of Microsoft's built-in catalogue maps to a named role
    // or to OtherBuiltIn (which counts as "any Entra role" for Azure); an ID
    // outside the catalogue is Other (grants nothing).
    for (id, name) in csp_support::entra::ENTRA_BUILT_IN_ROLES {
        let role = graph::entra_role(id);
        assert_ne!(role, EntraRole::Other, "{id} {name}");
        assert_eq!(graph::entra_role(&id.to_ascii_uppercase()), role, "{id}");
    }
    assert_eq!(
        graph::entra_role("3a2c62db-5318-420d-8d74-23affee5d9d5"),
        EntraRole::OtherBuiltIn,
        "Intune administrator"
    );
    assert_eq!(
        graph::entra_role("00000000-1234-4000-8000-00000000abcd"),
        EntraRole::Other
    );
}

#[test]
fn azure_role_ids_map_bare_or_as_role_definition_paths() {
    let cases = [
        ("8e3af657-a8ff-443c-a75c-2fe8c4bcb635", AzureRole::Owner),
        (
            "b24988ac-6180-42a0-ab88-20f7382dd24c",
            AzureRole::Contributor,
        ),
        (
            "cfd33db0-3dd1-45e3-aa9d-cdbdf3b6f24e",
            AzureRole::SupportRequestContributor,
        ),
        ("acdd72a7-3385-48ef-bd42-f606fba81ae7", AzureRole::Reader),
        (
            "/subscriptions/9a8b7c6d-0000-4000-8000-00000000c0c0/providers/Microsoft.Authorization/roleDefinitions/cfd33db0-3dd1-45e3-aa9d-cdbdf3b6f24e",
            AzureRole::SupportRequestContributor,
        ),
        (
            "/providers/Microsoft.Authorization/roleDefinitions/8E3AF657-A8FF-443C-A75C-2FE8C4BCB635",
            AzureRole::Owner,
        ),
        (
            "/subscriptions/x/resourceGroups/cfd33db0-3dd1-45e3-aa9d-cdbdf3b6f24e",
            AzureRole::Other,
        ),
        ("00000000-1111-4222-8333-444444444444", AzureRole::Other),
    ];
    for (id, role) in cases {
        assert_eq!(graph::azure_role(id), role, "{id}");
    }
    for role in AzureRole::ALL {
        match graph::azure_role_id(*role) {
            Some(id) => assert_eq!(graph::azure_role(id), *role),
            None => assert_eq!(*role, AzureRole::Other),
        }
    }
}

#[test]
fn unknown_entra_role_is_kept_and_grants_nothing() {
    let r = relationship("Adatum admins");
    let roles = r.access_details.roles();
    assert!(roles.contains(EntraRole::Other));
    assert_eq!(
        r.access_details.unknown_role_ids().collect::<Vec<_>>(),
        ["00000000-1234-4000-8000-00000000abcd"]
    );
    // The user's assignment names it; it does not reach the user.
    let reaching = r.to_model(roles).unwrap().unwrap().user_roles();
    assert_eq!(reaching, EntraRoles::from([EntraRole::GlobalAdministrator]));
}

#[test]
fn relationship_with_only_unknown_roles_grants_nothing_even_for_azure() {
    let rels = relationships_with(
        "/value/7/accessDetails/unifiedRoles",
        serde_json::json!([{"roleDefinitionId": "00000000-1234-4000-8000-00000000abcd"}]),
    )
    .unwrap();
    let r = &rels[7];
    let rel = r.to_model(r.access_details.roles()).unwrap().unwrap();
    assert_eq!(rel.roles(), EntraRoles::from([EntraRole::Other]));
    assert!(rel.user_roles().is_empty());
    let azure = AzureAccess::default()
        .with_provider(true)
        .with_granted_by_indirect_provider(false)
        .with_rbac(AzureRoles::from([AzureRole::Owner]));
    let d = decide(&request_for(Workload::Azure, Some(rel), Some(azure)));
    assert_ne!(d.outcome, Outcome::Allowed);
}

#[test]
fn unknown_azure_role_is_kept_and_grants_nothing() {
    let list = graph::parse_role_assignments(&fixture("role_assignments_contoso.json")).unwrap();
    assert_eq!(list.len(), 3);
    let unknown = &list[2];
    assert_eq!(unknown.role(), AzureRole::Other);
    assert!(
        unknown
            .properties
            .role_definition_id
            .ends_with("00000000-1111-4222-8333-444444444444")
    );
    let roles = graph::azure_roles(&list[2..], &[SUPPORT_GROUP]);
    assert_eq!(roles, AzureRoles::from([AzureRole::Other]));
    assert!(!roles.intersects(AzureRoles::SUPPORT_TICKETS));
}

#[test]
fn azure_rbac_reaches_the_user_only_through_its_principals() {
    let list = graph::parse_role_assignments(&fixture("role_assignments_contoso.json")).unwrap();
    let mine = graph::azure_roles(&list, &[SUPPORT_GROUP]);
    assert!(mine.contains(AzureRole::SupportRequestContributor));
    assert!(
        !mine.contains(AzureRole::Owner),
        "Owner is assigned to another group"
    );
    let theirs = graph::azure_roles(&list, &[OTHER_GROUP]);
    assert_eq!(theirs, AzureRoles::from([AzureRole::Owner]));
    assert!(graph::azure_roles(&list, &["someone-else"]).is_empty());
}

// --- The user assignment (FILER-ADMIN-AGENT-GDAP) ------------------------------

#[test]
fn filer_admin_agent_gdap_user_assignment_through_security_group() {
    let r = relationship("Contoso support");
    let path = format!(
        "{}/tests/fixtures/exports/partner/{}.accessAssignments.json",
        env!("CARGO_MANIFEST_DIR"),
        r.id
    );
    let assignments =
        graph::parse_access_assignments(&std::fs::read_to_string(path).unwrap()).unwrap();
    let roles = graph::user_roles(&r, &assignments, &[SUPPORT_GROUP]);
    assert_eq!(
        roles,
        EntraRoles::from([
            EntraRole::ServiceSupportAdministrator,
            EntraRole::DirectoryReaders
        ])
    );
}

#[test]
fn filer_admin_agent_gdap_assignment_to_a_group_the_user_is_not_in() {
    let r = relationship("Woodgrove support");
    let assignments =
        graph::parse_access_assignments(&fixture("access_assignments_woodgrove.json")).unwrap();
    assert!(graph::user_roles(&r, &assignments, &[SUPPORT_GROUP]).is_empty());
    let rel = r.to_model(EntraRoles::EMPTY).unwrap().unwrap();
    let d = decide(&request_for(Workload::Office365, Some(rel), None));
    assert_eq!(d.outcome, Outcome::Denied);
    assert!(d.missing.contains(Missing::UserAssignment));
    // A member of the assigned group is reached.
    assert_eq!(
        graph::user_roles(&r, &assignments, &[OTHER_GROUP.to_uppercase()]),
        EntraRoles::from([EntraRole::ServiceSupportAdministrator])
    );
}

#[test]
fn filer_admin_agent_gdap_only_active_assignments_count() {
    let r = relationship("Woodgrove support");
    let assignments =
        graph::parse_access_assignments(&fixture("access_assignments_woodgrove.json")).unwrap();
    // The assignment to the user's group is still pending.
    let pending = &assignments[1];
    assert_eq!(pending.status, AccessAssignmentStatus::Pending);
    assert_eq!(pending.access_container.access_container_id, SUPPORT_GROUP);
    assert!(!pending.reaches(&[SUPPORT_GROUP]));
    let mut active = pending.clone();
    active.status = AccessAssignmentStatus::Active;
    assert!(
        graph::user_roles(&r, &[active], &[SUPPORT_GROUP])
            .contains(EntraRole::ServiceSupportAdministrator)
    );
}

#[test]
fn filer_admin_agent_gdap_only_active_relationships_count() {
    let r = relationship("Fabrikam ended");
    let assignments =
        graph::parse_access_assignments(&fixture("access_assignments_woodgrove.json")).unwrap();
    let mut active = assignments[1].clone();
    active.status = AccessAssignmentStatus::Active;
    assert!(graph::user_roles(&r, &[active], &[SUPPORT_GROUP]).is_empty());
}

#[test]
fn filer_admin_agent_gdap_assigned_roles_beyond_the_relationship_do_not_reach() {
    let r = relationship("Tailspin helpdesk"); // grants Helpdesk administrator only
    let assignments =
        graph::parse_access_assignments(&fixture("access_assignments_woodgrove.json")).unwrap();
    let mut ssa = assignments[1].clone();
    ssa.status = AccessAssignmentStatus::Active;
    assert!(graph::user_roles(&r, &[ssa], &[SUPPORT_GROUP]).is_empty());
}

#[test]
fn payload_types_are_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<DelegatedAdminRelationship>();
    check::<graph::DelegatedAdminAccessAssignment>();
    check::<graph::AzureRoleAssignment>();
    check::<IsoDuration>();
    check::<graph::Collection<DelegatedAdminRelationship>>();
}
