//! The exported-file readers, one per form Microsoft returns, and every
//! case where a fact could be lost: each is a warning naming its file and
//! JSON path, or a listed fact that does not count; never silence.
//! Fixtures: `tests/fixtures/exports/` (`forms/`: one file per form).
#![cfg(feature = "serde")]

use csp_support::exports::{ExportKind, Exports, WarningKind};
use csp_support::readiness::{
    self, Format, NotCountedReason, ReadinessReport, RelationshipState, WorkloadReadiness,
};
use csp_support::{Edition, Outcome, RuleId, Workload, samples};

#[path = "common/exports.rs"]
mod exports;

const CONTOSO: &str = "c0a1b2c3-0000-4000-8000-000000000001";
const CONTOSO_SUPPORT: &str =
    "a1b2c3d4-0001-4e5f-8a9b-1c2d3e4f5a6b-c0a1b2c3-0000-4000-8000-000000000001";
const WOODGROVE: &str = "f6a7b8c9-0007-4e5f-8a9b-1c2d3e4f5a6b-00d00d00-0000-4000-8000-000000000006";
const CONTOSO_SUB: &str = "9a8b7c6d-0000-4000-8000-00000000c0c0";
const CONTOSO_RBAC: &str = "partner/9a8b7c6d-0000-4000-8000-00000000c0c0.roleAssignments.json";

fn form(name: &str) -> (String, Vec<u8>) {
    let path = format!("forms/{name}");
    let bytes = exports::bytes(&path);
    (path, bytes)
}

/// The partner export without the files whose names contain `without`.
fn partner_without(without: &str) -> Vec<(String, Vec<u8>)> {
    exports::partner()
        .into_iter()
        .filter(|(n, _)| !n.contains(without))
        .collect()
}

fn report<'a>(profile: &'a readiness::PartnerProfile, read: &'a Exports) -> ReadinessReport<'a> {
    readiness::readiness(profile, read, Edition::Gdap2025, samples::filed_at())
}

fn row<'r, 'a>(
    report: &'r ReadinessReport<'a>,
    tenant: &str,
    workload: Workload,
) -> &'r WorkloadReadiness<'a> {
    report
        .customers
        .iter()
        .find(|c| c.tenant_id == tenant)
        .unwrap_or_else(|| panic!("no customer {tenant}"))
        .rows
        .iter()
        .find(|r| r.workload == workload)
        .unwrap()
}

fn kinds(read: &Exports) -> Vec<WarningKind> {
    read.warnings.iter().map(|w| w.kind).collect()
}

// --- Each form ------------------------------------------------------------------

#[test]
fn the_complete_export_reads_without_a_warning() {
    let read = exports::read(&exports::partner());
    assert!(!read.is_partial(), "{:?}", read.warnings);
    assert_eq!(read.relationships.len(), 9);
    assert_eq!(read.groups, ["5b0a5e1e-1111-4c4c-9d9d-000000000010"]);
    let kinds: Vec<_> = read.files.iter().map(|f| f.kind).collect();
    assert!(kinds.iter().all(Option::is_some), "{:?}", read.files);
    assert_eq!(read.assignments_of(CONTOSO_SUPPORT).len(), 1);
    // 3 ARM entries for Contoso, 1 az entry for Adatum.
    assert_eq!(read.azure.len(), 4);
}

#[test]
fn a_graph_v1_get_of_one_relationship() {
    let read = exports::read(&[form("relationship-v1-get.json")]);
    assert!(!read.is_partial(), "{:?}", read.warnings);
    assert_eq!(read.relationships.len(), 1);
    assert_eq!(read.relationships[0].item.id, CONTOSO_SUPPORT);
    assert_eq!(read.relationships[0].origin.path, ".");
    assert_eq!(read.files[0].kind, Some(ExportKind::Relationships));
}

#[test]
fn a_graph_beta_get_with_expanded_access_assignments() {
    let read = exports::read(&[form("relationship-beta-get-expanded.json")]);
    assert!(!read.is_partial(), "{:?}", read.warnings);
    assert_eq!(read.relationships.len(), 1);
    let assigned = read.assignments_of(WOODGROVE);
    assert_eq!(assigned.len(), 2);
    assert_eq!(assigned[0].origin.path, "accessAssignments[0]");
}

#[test]
fn a_graph_beta_list() {
    let read = exports::read(&[form("relationships-beta-list.json")]);
    assert!(!read.is_partial(), "{:?}", read.warnings);
    assert_eq!(read.relationships.len(), 2);
    assert_eq!(read.relationships[1].origin.path, "value[1]");
}

#[test]
fn an_assignment_list_is_attributed_by_its_odata_context() {
    let read = exports::read(&[
        form("relationship-v1-get.json"),
        form("assignments-list.json"),
    ]);
    assert!(!read.is_partial(), "{:?}", read.warnings);
    assert_eq!(read.assignments_of(CONTOSO_SUPPORT).len(), 1);
    assert_eq!(read.files[1].kind, Some(ExportKind::AccessAssignments));
}

/// JSON does not order an object's fields: a page whose `@odata.context`
/// comes after `value` is read from its context all the same (kind,
/// attribution, paging key).
#[test]
fn a_context_after_the_list_still_tells_kind_relationship_and_paging() {
    let (name, bytes) = form("assignments-list.json");
    let doc: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    let context = doc["@odata.context"].clone();
    // Written by hand: serde_json's map would sort `@odata.context` first.
    let last = format!(
        r#"{{"value": {}, "@odata.context": {context}}}"#,
        doc["value"]
    );
    assert!(last.find("\"value\"") < last.find("@odata.context"));
    let read = exports::read(&[form("relationship-v1-get.json"), (name, last.into_bytes())]);
    assert!(!read.is_partial(), "{:?}", read.warnings);
    assert_eq!(read.assignments_of(CONTOSO_SUPPORT).len(), 1);
    assert_eq!(read.files[1].kind, Some(ExportKind::AccessAssignments));

    // A page whose entries do not tell their kind by their shape: the
    // context after them does, and its next link is a missing page.
    let odd = format!(
        r#"{{"value": [{{"id": "a-1", "status": "active"}}], "@odata.nextLink": "https://graph.microsoft.com/next", "@odata.context": {context}}}"#
    );
    let read = exports::read(&[("odd.json".to_owned(), odd.into_bytes())]);
    assert_eq!(read.files[0].kind, Some(ExportKind::AccessAssignments));
    assert!(
        kinds(&read).contains(&WarningKind::MissingNextPage),
        "{:?}",
        read.warnings
    );
    assert!(
        !kinds(&read).contains(&WarningKind::UnrecognisedFile),
        "{:?}",
        read.warnings
    );
}

#[test]
fn a_single_assignment_get_is_attributed_by_its_odata_context() {
    let read = exports::read(&[
        form("relationship-v1-get.json"),
        form("assignment-get.json"),
    ]);
    assert!(!read.is_partial(), "{:?}", read.warnings);
    let a = read.assignments_of(CONTOSO_SUPPORT);
    assert_eq!(a.len(), 1);
    assert_eq!(a[0].origin.path, ".");
}

#[test]
fn an_assignment_list_without_context_is_attributed_by_file_or_folder_name() {
    let (_, bytes) = form("assignments-without-context.json");
    for name in [
        format!("export/{CONTOSO_SUPPORT}.accessAssignments.json"),
        format!("export/{CONTOSO_SUPPORT}/page-1.json"),
    ] {
        let read = exports::read(&[
            form("relationship-v1-get.json"),
            (name.clone(), bytes.clone()),
        ]);
        assert!(!read.is_partial(), "{name}: {:?}", read.warnings);
        assert_eq!(read.assignments_of(CONTOSO_SUPPORT).len(), 1, "{name}");
    }
}

#[test]
fn unattributed_assignments_are_a_warning_naming_the_file() {
    let read = exports::read(&[
        form("relationship-v1-get.json"),
        form("assignments-without-context.json"),
    ]);
    assert_eq!(kinds(&read), [WarningKind::UnattributedAssignments]);
    let w = &read.warnings[0];
    assert_eq!(w.file, "forms/assignments-without-context.json");
    assert_eq!(w.path, "value");
    assert!(
        w.message
            .starts_with("1 access assignment(s) name no relationship")
    );
    assert!(read.assignments_of(CONTOSO_SUPPORT).is_empty());
}

#[test]
fn assignments_of_a_relationship_not_in_the_export_are_a_warning() {
    let read = exports::read(&[form("assignments-list.json")]);
    assert_eq!(
        kinds(&read),
        [WarningKind::AssignmentsForUnknownRelationship]
    );
    let w = &read.warnings[0];
    assert_eq!(w.file, "forms/assignments-list.json");
    assert_eq!(w.path, "value[0]");
    assert!(w.message.contains(CONTOSO_SUPPORT), "{}", w.message);
}

#[test]
fn an_arm_get_of_one_role_assignment_counts_at_subscription_scope() {
    let p = exports::profile();
    let mut files = partner_without(CONTOSO_RBAC);
    let read_before = exports::read(&files);
    let before = report(&p, &read_before);
    assert_eq!(
        row(&before, CONTOSO, Workload::Azure).outcome,
        Outcome::Denied
    );
    files.push(form("arm-role-assignment-get.json"));
    let read = exports::read(&files);
    assert!(!read.is_partial(), "{:?}", read.warnings);
    let after = report(&p, &read);
    let r = row(&after, CONTOSO, Workload::Azure);
    assert_eq!(r.subscription_id, Some(CONTOSO_SUB));
    assert_eq!(r.outcome, Outcome::Allowed);
}

#[test]
fn rbac_below_subscription_or_at_another_subscription_does_not_count_and_is_listed() {
    let p = exports::profile();
    let mut files = partner_without(CONTOSO_RBAC);
    files.push(form("arm-role-assignments-scopes.json"));
    let read = exports::read(&files);
    let report = report(&p, &read);
    // Owner at a resource group, Contributor at a VM and at another
    // subscription: none counts; Reader at the subscription does not write
    // tickets.
    let r = row(&report, CONTOSO, Workload::Azure);
    assert_eq!(r.outcome, Outcome::Denied);
    assert!(r.rules.contains(RuleId::AzureGdapRbac));
    let listed: Vec<_> = report
        .rbac_not_counted
        .iter()
        .map(|n| (n.role.name, n.reason, n.path))
        .collect();
    assert_eq!(
        listed,
        [
            (
                Some("Owner"),
                NotCountedReason::BelowSubscription,
                "value[0]"
            ),
            (
                Some("Contributor"),
                NotCountedReason::BelowSubscription,
                "value[1]"
            ),
            (
                Some("Contributor"),
                NotCountedReason::SubscriptionNotInProfile,
                "value[2]"
            ),
        ]
    );
    assert!(
        report
            .rbac_not_counted
            .iter()
            .all(|n| n.file == "forms/arm-role-assignments-scopes.json")
    );
    let md = readiness::render(&report, Format::Markdown);
    assert!(md.contains("## Azure role assignments that do not count"));
    assert!(md.contains(
        "- Owner at /subscriptions/9a8b7c6d-0000-4000-8000-00000000c0c0/resourceGroups/rg-web: below subscription scope"
    ), "{md}");
}

#[test]
fn rbac_at_a_management_group_counts_for_the_subscription_of_the_file() {
    let p = exports::profile();
    let mut files = partner_without(CONTOSO_RBAC);
    files.push(form("arm-role-assignments-management-group.json"));
    let read = exports::read(&files);
    assert!(!read.is_partial(), "{:?}", read.warnings);
    let report = report(&p, &read);
    assert_eq!(
        row(&report, CONTOSO, Workload::Azure).outcome,
        Outcome::Allowed
    );
    assert!(report.rbac_not_counted.is_empty());
}

#[test]
fn rbac_above_subscription_in_a_file_of_no_one_subscription_is_a_warning() {
    let p = exports::profile();
    let mut files = partner_without(CONTOSO_RBAC);
    files.push(exports::file(
        "mg.json",
        &serde_json::json!({"value": [{"properties": {
            "roleDefinitionId": "cfd33db0-3dd1-45e3-aa9d-cdbdf3b6f24e",
            "principalId": "5b0a5e1e-1111-4c4c-9d9d-000000000010",
            "scope": "/providers/Microsoft.Management/managementGroups/mg-all"}}]}),
    ));
    let read = exports::read(&files);
    let report = report(&p, &read);
    assert!(report.is_partial());
    let w = &report.warnings[0];
    assert_eq!(w.kind, WarningKind::UnattributedRoleAssignment);
    assert_eq!(
        (w.file.as_str(), w.path.as_str()),
        ("mg.json", "value[0].properties.scope")
    );
    assert_eq!(
        row(&report, CONTOSO, Workload::Azure).outcome,
        Outcome::Denied
    );
}

#[test]
fn az_role_assignment_list_output_is_read() {
    let read = exports::read(&[form("az-role-assignment-list.json")]);
    assert!(!read.is_partial(), "{:?}", read.warnings);
    assert_eq!(read.files[0].kind, Some(ExportKind::AzureRoleAssignments));
    assert_eq!(read.azure.len(), 1);
    let a = &read.azure[0];
    assert_eq!(
        a.file_subscription.as_deref(),
        Some("9a8b7c6d-0000-4000-8000-00000000adad")
    );
    assert_eq!(
        a.assignment.properties.principal_id,
        "5b0a5e1e-1111-4c4c-9d9d-000000000010"
    );
}

#[test]
fn transitive_member_of_gives_groups_only() {
    let read = exports::read(&[form("transitiveMemberOf.json")]);
    assert!(!read.is_partial(), "{:?}", read.warnings);
    // The directory role in the list is not a group.
    assert_eq!(read.groups, ["5b0a5e1e-1111-4c4c-9d9d-000000000010"]);
}

#[test]
fn a_byte_order_mark_is_skipped() {
    let (name, bytes) = form("relationships-bom.json");
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
    let read = exports::read(&[(name, bytes)]);
    assert!(!read.is_partial(), "{:?}", read.warnings);
    assert_eq!(read.relationships.len(), 2);
}

// --- Silent loss, made loud ---------------------------------------------------------

#[test]
fn pages_given_as_files_are_merged() {
    let read = exports::read(&exports::partner());
    let origins: Vec<_> = read
        .relationships
        .iter()
        .map(|r| r.origin.file.as_str())
        .collect();
    assert_eq!(
        origins
            .iter()
            .filter(|f| f.ends_with("relationships-1.json"))
            .count(),
        5
    );
    assert_eq!(
        origins
            .iter()
            .filter(|f| f.ends_with("relationships-2.json"))
            .count(),
        4
    );
    assert!(!read.is_partial());
}

#[test]
fn a_next_link_without_its_next_page_is_a_warning() {
    let read = exports::read(&exports::folder("paged-missing"));
    assert_eq!(kinds(&read), [WarningKind::MissingNextPage]);
    let w = &read.warnings[0];
    assert_eq!(w.file, "paged-missing/relationships-1.json");
    assert_eq!(w.path, "@odata.nextLink");
    // What was read is still used.
    assert_eq!(read.relationships.len(), 5);
    // The pages out of order: the second page last is fine, the first page
    // last is not.
    let mut files = exports::partner();
    let first = files
        .iter()
        .position(|(n, _)| n.ends_with("relationships-1.json"))
        .unwrap();
    let page = files.remove(first);
    files.push(page);
    let read = exports::read(&files);
    assert_eq!(kinds(&read), [WarningKind::MissingNextPage]);
}

#[test]
fn a_duplicate_relationship_is_a_warning_naming_both_places_and_neither_copy_is_used() {
    let mut files = exports::partner();
    files.push(form("relationship-v1-get.json"));
    let read = exports::read(&files);
    assert_eq!(kinds(&read), [WarningKind::DuplicateRelationship]);
    let w = &read.warnings[0];
    assert_eq!(
        (w.file.as_str(), w.path.as_str()),
        ("forms/relationship-v1-get.json", ".")
    );
    assert!(
        w.message.contains("partner/relationships-1.json: value[0]"),
        "{}",
        w.message
    );
    assert!(
        read.relationships
            .iter()
            .all(|r| r.item.id != CONTOSO_SUPPORT)
    );
    // The order of the files does not decide.
    let mut reversed = files.clone();
    reversed.reverse();
    let other = exports::read(&reversed);
    assert!(
        other
            .relationships
            .iter()
            .all(|r| r.item.id != CONTOSO_SUPPORT)
    );
    let p = exports::profile();
    let report = report(&p, &read);
    let contoso = report
        .customers
        .iter()
        .find(|c| c.tenant_id == CONTOSO)
        .unwrap();
    assert!(
        contoso
            .relationships
            .iter()
            .any(|r| r.id == CONTOSO_SUPPORT && r.unreadable.is_some())
    );
    // The support relationship is not used: no Microsoft 365 filing.
    assert_eq!(
        row(&report, CONTOSO, Workload::Office365).outcome,
        Outcome::Denied
    );
}

#[test]
fn a_duplicate_assignment_is_a_warning_and_neither_copy_counts() {
    let mut files = exports::partner();
    files.push(form("assignment-get.json"));
    let read = exports::read(&files);
    assert_eq!(kinds(&read), [WarningKind::DuplicateAssignment]);
    let w = &read.warnings[0];
    assert_eq!(
        (w.file.as_str(), w.path.as_str()),
        ("forms/assignment-get.json", ".")
    );
    assert!(
        w.message.contains(&format!(
            "{CONTOSO_SUPPORT}.accessAssignments.json: value[0]"
        )),
        "{}",
        w.message
    );
    assert!(read.assignments_of(CONTOSO_SUPPORT).is_empty());
}

#[test]
fn unknown_entra_role_ids_are_listed_known_ones_named() {
    let rel = serde_json::json!({"value": [{
        "id": "rel-x", "status": "active", "duration": "P1Y",
        "customer": {"tenantId": "t-x", "displayName": "Unknown Roles Ltd"},
        "accessDetails": {"unifiedRoles": [
            {"roleDefinitionId": "fdd7a751-b60b-444a-984c-02652fe8fa1c"},
            {"roleDefinitionId": "00000000-1234-4000-8000-00000000abcd"}]},
        "activatedDateTime": "2026-06-01T00:00:00Z", "endDateTime": "2027-06-01T00:00:00Z"
    }]});
    let read = exports::read(&[exports::file("r.json", &rel)]);
    assert!(!read.is_partial());
    let p = exports::profile();
    let report = report(&p, &read);
    let r = &report.customers[0].relationships[0];
    assert_eq!(r.roles[0].name, Some("Groups Administrator"));
    assert_eq!(r.roles[1].name, None);
    assert_eq!(
        r.unrecognised_roles,
        ["00000000-1234-4000-8000-00000000abcd"]
    );
    let md = readiness::render(&report, Format::Markdown);
    assert!(md.contains("## Unrecognised Entra role IDs (grant nothing)"));
    assert!(md.contains("- 00000000-1234-4000-8000-00000000abcd in relationship rel-x"));
    let json = readiness::render(&report, Format::Json);
    assert!(json.contains("\"unrecognised_roles\": [\n"), "{json}");
}

#[test]
fn durations_p2y_accepted_null_end_and_span_misfit_reported_and_skipped() {
    let read = exports::read(&[form("relationships-edge-cases.json")]);
    let found: Vec<_> = read
        .warnings
        .iter()
        .map(|w| (w.kind, w.file.as_str(), w.path.as_str()))
        .collect();
    let file = "forms/relationships-edge-cases.json";
    assert_eq!(
        found,
        [
            (
                WarningKind::UnreadableRelationship,
                file,
                "value[1].endDateTime"
            ),
            (
                WarningKind::UnreadableRelationship,
                file,
                "value[2].duration"
            ),
        ]
    );
    // P2Y (730 days) is read.
    assert_eq!(read.relationships.len(), 1);
    assert_eq!(read.relationships[0].item.duration.seconds(), 730 * 86_400);
    let p = exports::profile();
    let report = report(&p, &read);
    // (The profile's two subscription customers have no name here.)
    let names: Vec<_> = report
        .customers
        .iter()
        .filter_map(|c| c.display_name)
        .collect();
    assert_eq!(names, ["No End Corp", "Span Misfit Inc", "Two Years Ltd"]);
    let no_end = report
        .customers
        .iter()
        .find(|c| c.display_name == Some("No End Corp"))
        .unwrap();
    assert!(
        no_end
            .rows
            .iter()
            .all(|r| r.status == RelationshipState::Unreadable)
    );
}

#[test]
fn the_bounds_are_exact_730_days_and_half_a_second_is_outside() {
    let rel = |end: &str| {
        serde_json::json!({"value": [{
            "id": "r", "status": "active", "duration": "P730D",
            "customer": {"tenantId": "t"},
            "accessDetails": {"unifiedRoles": [{"roleDefinitionId": "f023fd81-a637-4b56-95fd-791ac0226033"}]},
            "activatedDateTime": "2025-01-01T00:00:00Z", "endDateTime": end
        }]})
    };
    let ok = exports::read(&[exports::file("ok.json", &rel("2027-01-01T00:00:00Z"))]);
    assert!(!ok.is_partial(), "{:?}", ok.warnings);
    let over = exports::read(&[exports::file("over.json", &rel("2027-01-01T00:00:00.5Z"))]);
    assert_eq!(kinds(&over), [WarningKind::UnreadableRelationship]);
    assert_eq!(over.warnings[0].path, "value[0].duration");
    for bad in ["P731D", "PT23H59M59S"] {
        let mut doc = rel("2027-01-01T00:00:00Z");
        doc["value"][0]["duration"] = bad.into();
        let read = exports::read(&[exports::file("bad.json", &doc)]);
        assert_eq!(kinds(&read), [WarningKind::UnreadableRelationship], "{bad}");
    }
}

#[test]
fn unrecognised_and_unreadable_files_are_warnings_naming_the_file() {
    let read = exports::read(&[
        exports::file("hello.json", &serde_json::json!({"hello": 1})),
        ("broken.json".to_owned(), b"{\"value\": [".to_vec()),
        exports::file(
            "customers.json",
            &serde_json::json!({
                "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#tenantRelationships/delegatedAdminCustomers",
                "value": [{"id": "x"}]}),
        ),
        ("latin1.json".to_owned(), b"{\"x\": \"\xe9\"}".to_vec()),
    ]);
    let found: Vec<_> = read
        .warnings
        .iter()
        .map(|w| (w.kind, w.file.as_str()))
        .collect();
    assert_eq!(
        found,
        [
            (WarningKind::UnrecognisedFile, "hello.json"),
            (WarningKind::UnreadableFile, "broken.json"),
            (WarningKind::UnrecognisedFile, "customers.json"),
            (WarningKind::UnreadableFile, "latin1.json"),
        ]
    );
}

#[test]
fn one_bad_entry_of_a_list_is_skipped_naming_its_path() {
    let mut page: serde_json::Value =
        serde_json::from_slice(&exports::bytes("partner/relationships-2.json")).unwrap();
    page["value"][1]["status"] = "sideways".into();
    let read = exports::read(&[exports::file("page.json", &page)]);
    assert_eq!(kinds(&read), [WarningKind::UnreadableRelationship]);
    assert_eq!(read.warnings[0].path, "value[1].status");
    assert_eq!(read.relationships.len(), 3);
    assert_eq!(read.unreadable.len(), 1);
}

// --- Hostile input ------------------------------------------------------------------

#[test]
fn a_hostile_display_name_is_escaped_in_every_format() {
    let p = exports::profile();
    let read = exports::read(&[form("relationships-hostile.json")]);
    let report = report(&p, &read);
    let md = readiness::render(&report, Format::Markdown);
    let csv = readiness::render(&report, Format::Csv);
    let json = readiness::render(&report, Format::Json);
    for out in [&md, &csv, &json] {
        assert!(!out.contains('\u{1b}'), "{out}");
        assert!(!out.contains('\t'), "{out}");
    }
    assert!(!md.contains("<img"), "{md}");
    assert!(md.contains("&lt;img src=x onerror=alert(1)&gt;"), "{md}");
    // No CSV field starts with a formula character.
    for line in csv.lines().skip(1) {
        assert!(
            !line.starts_with(['=', '+', '-', '@', '\t', '\r']),
            "{line}"
        );
    }
    let parsed: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        parsed["customers"][0]["display_name"],
        "\t=HYPERLINK(\"http://x\")<img src=x onerror=alert(1)>\u{1b}[31m| red"
    );
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(128))]

    /// Any bytes as exported files (the fuzz target `readiness_export` in
    /// small): reading never panics, every warning names a given file, the
    /// report is partial exactly when warned, and no format prints a raw
    /// control or bidi character.
    #[test]
    fn any_files_read_and_report_safely(
        parts in proptest::collection::vec(
            proptest::prop_oneof![
                proptest::prelude::any::<String>(),
                r#"\{"value": \[\{"id": "[a-z\u{1b}\u{202e}<>=\t]{0,8}", "status": "(active|pending|approvalPending)", "duration": "P[0-9]{1,3}D", "customer": \{"tenantId": "t", "displayName": "[=\t\u{1b}a-z<>|]{0,12}"\}, "accessContainer": \{"accessContainerId": "g", "accessContainerType": "securityGroup"\}, "activatedDateTime": "2026-01-01T00:00:00Z", "endDateTime": "2026-12-01T00:00:00Z", "accessDetails": \{"unifiedRoles": \[\{"roleDefinitionId": "[a-f0-9-]{0,36}"\}\]\}\}\]\}"#,
            ],
            0..4,
        )
    ) {
        let names = ["a.json", "b.accessAssignments.json", "c/d.json", "e.json"];
        let files: Vec<(String, Vec<u8>)> = parts
            .iter()
            .zip(names)
            .map(|(p, n)| (n.to_owned(), p.clone().into_bytes()))
            .collect();
        let read = exports::read(&files);
        for w in &read.warnings {
            proptest::prop_assert!(names.contains(&w.file.as_str()), "{:?}", w);
        }
        let p = exports::profile();
        let report = report(&p, &read);
        proptest::prop_assert_eq!(report.is_partial(), !report.warnings.is_empty());
        for format in [Format::Markdown, Format::Csv, Format::Json] {
            let out = readiness::render(&report, format);
            let raw = out.chars().any(|c| {
                (c.is_control() && c != '\n' && c != '\r') || ('\u{202a}'..='\u{202e}').contains(&c)
            });
            proptest::prop_assert!(!raw, "{}: {:?}", format, out);
        }
    }
}

/// A relationship as Graph lists it (for the one-pass tests below).
fn graph_relationship(id: &str, status: &str) -> String {
    format!(
        r#"{{"id":"{id}","displayName":"support","duration":"P365D",
        "customer":{{"tenantId":"{CONTOSO}","displayName":"Contoso"}},
        "accessDetails":{{"unifiedRoles":[{{"roleDefinitionId":"f023fd81-a637-4b56-95fd-791ac0226033"}}]}},
        "status":{status},"autoExtendDuration":"PT0S","createdDateTime":"2025-01-01T00:00:00Z",
        "activatedDateTime":"2025-06-01T10:00:00Z","endDateTime":"2026-06-01T10:00:00Z"}}"#
    )
}

const V1_RELATIONSHIPS: &str =
    "https://graph.microsoft.com/v1.0/$metadata#tenantRelationships/delegatedAdminRelationships";

#[test]
fn one_bad_entry_of_a_page_with_a_context_costs_only_itself() {
    let page = format!(
        r#"{{"@odata.context":"{V1_RELATIONSHIPS}","value":[{},{},{}]}}"#,
        graph_relationship("rel-1", "\"active\""),
        graph_relationship("rel-2", "5"),
        graph_relationship("rel-3", "\"active\""),
    );
    let assignment = |id: &str, status: &str| {
        format!(
            r#"{{"id":"{id}","status":{status},"accessContainer":{{"accessContainerId":"g","accessContainerType":"securityGroup"}},
            "accessDetails":{{"unifiedRoles":[{{"roleDefinitionId":"f023fd81-a637-4b56-95fd-791ac0226033"}}]}}}}"#
        )
    };
    let list = format!(
        r#"{{"@odata.context":"{V1_RELATIONSHIPS}('rel-1')/accessAssignments","value":[{},{},{}]}}"#,
        assignment("a-1", "\"active\""),
        assignment("a-2", "7"),
        assignment("a-3", "\"active\""),
    );
    let read = exports::read(&[
        ("page.json".to_owned(), page.into_bytes()),
        ("list.json".to_owned(), list.into_bytes()),
    ]);
    let found: Vec<_> = read
        .warnings
        .iter()
        .map(|w| (w.kind, w.file.as_str(), w.path.as_str()))
        .collect();
    assert_eq!(
        found,
        [
            (
                WarningKind::UnreadableRelationship,
                "page.json",
                "value[1].status"
            ),
            (WarningKind::UnreadableItem, "list.json", "value[1].status"),
        ]
    );
    let ids: Vec<_> = read
        .relationships
        .iter()
        .map(|r| (r.item.id.as_str(), r.origin.path.as_str()))
        .collect();
    assert_eq!(ids, [("rel-1", "value[0]"), ("rel-3", "value[2]")]);
    let assigned: Vec<_> = read
        .assignments_of("REL-1")
        .iter()
        .map(|a| (a.item.id.as_deref(), a.origin.path.as_str()))
        .collect();
    assert_eq!(
        assigned,
        [(Some("a-1"), "value[0]"), (Some("a-3"), "value[2]")]
    );
    assert_eq!(read.files[0].items, 3);
    assert_eq!(read.files[1].items, 3);
}

#[test]
fn a_page_with_a_context_and_bytes_not_utf8_in_an_entry_is_unreadable() {
    // Even in a field no reader uses (the entry's `@odata.etag`).
    let mut page = format!(
        r#"{{"@odata.context":"{V1_RELATIONSHIPS}","value":[{},{{"@odata.etag":""#,
        graph_relationship("rel-1", "\"active\""),
    )
    .into_bytes();
    page.extend_from_slice(b"\xff\",");
    page.extend_from_slice(&graph_relationship("rel-2", "\"active\"").as_bytes()[1..]);
    page.extend_from_slice(b"]}");
    let read = exports::read(&[("page.json".to_owned(), page)]);
    assert_eq!(kinds(&read), [WarningKind::UnreadableFile]);
    assert!(read.relationships.is_empty());
}
