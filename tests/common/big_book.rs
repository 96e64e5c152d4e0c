//! A generated partner export of the size partners have: the readiness
//! bench's input (10,000 customers, about 13,300 relationships in pages of
//! 300, one access-assignment list per relationship, 2,000 Azure
//! subscriptions' role assignments), as raw exported files, for the HTML
//! size test and the benches (`benches/readiness.rs`, `benches/html.rs`
//! include this file).
#![allow(dead_code)]

use std::fmt::Write as _;

use csp_support::exports::SourceFile;
use csp_support::readiness::PartnerProfile;

pub const CUSTOMERS: usize = 10_000;
/// Graph's page size for the relationship list in this export.
const PAGE: usize = 300;
const SSA: &str = "f023fd81-a637-4b56-95fd-791ac0226033";
const HDA: &str = "729827e3-9c14-49f7-bb1b-9608f156bbb8";
const DR: &str = "88d8e3e3-8f55-4a1e-953a-9b9898b8876b";
const SUPPORT: &str = "5b0a5e1e-1111-4c4c-9d9d-000000000010";
const OTHER: &str = "5b0a5e1e-1111-4c4c-9d9d-000000000099";
const SRC: &str = "cfd33db0-3dd1-45e3-aa9d-cdbdf3b6f24e";
const V1: &str =
    "https://graph.microsoft.com/v1.0/$metadata#tenantRelationships/delegatedAdminRelationships";

/// The export of `n` customers as (file name, bytes): every customer one
/// support relationship (a mix of statuses, roles, ends and assignments),
/// every third a second one, every fifth an Azure subscription.
pub fn export_files(n: usize) -> Vec<(String, Vec<u8>)> {
    let mut rels: Vec<String> = Vec::new();
    let mut files = Vec::new();
    let mut subscriptions = String::new();
    for i in 0..n {
        let tenant = format!("{i:08x}-0000-4000-8000-000000000000");
        let count = if i % 3 == 0 { 2 } else { 1 };
        for k in 0..count {
            let id = format!("{k:08x}-1111-4000-8000-000000000000-{tenant}");
            let status = match i % 11 {
                0 => "terminated",
                1 => "approvalPending",
                2 => "expiring",
                _ => "active",
            };
            let (activated, end) = if status == "approvalPending" {
                ("null".to_owned(), "null".to_owned())
            } else {
                // Ends spread over the next 60 days (and some already passed).
                let day = 1 + (i % 60);
                let (y, m, d) = if day <= 30 {
                    (2026, 11, day)
                } else {
                    (2026, 12, day - 30)
                };
                (
                    format!("\"{}-{m:02}-{d:02}T10:00:00.1234567Z\"", y - 1),
                    format!("\"{y}-{m:02}-{d:02}T10:00:00.1234567Z\""),
                )
            };
            let role = match (i + k) % 4 {
                0 => HDA,
                1 => DR,
                _ => SSA,
            };
            let ext = if i % 2 == 0 { "P180D" } else { "PT0S" };
            rels.push(format!(
                r#"{{"@odata.etag":"W/\"x\"","id":"{id}","displayName":"support {i}-{k}","duration":"P365D",
                "customer":{{"tenantId":"{tenant}","displayName":"Customer {i:05}"}},
                "accessDetails":{{"unifiedRoles":[{{"roleDefinitionId":"{role}"}}]}},
                "status":"{status}","autoExtendDuration":"{ext}","createdDateTime":"2025-01-01T00:00:00Z",
                "activatedDateTime":{activated},"endDateTime":{end}}}"#
            ));
            let group = if i % 7 == 0 { OTHER } else { SUPPORT };
            files.push((
                format!("export/{id}.accessAssignments.json"),
                format!(
                    r#"{{"@odata.context":"{V1}('{id}')/accessAssignments","value":[{{"@odata.etag":"W/\"x\"","id":"a-{i}-{k}","status":"active",
                    "createdDateTime":"2026-01-05T10:00:00.8830453Z","lastModifiedDateTime":"2026-01-05T10:02:11.1571297Z",
                    "accessContainer":{{"accessContainerId":"{group}","accessContainerType":"securityGroup"}},
                    "accessDetails":{{"unifiedRoles":[{{"roleDefinitionId":"{role}"}}]}}}}]}}"#
                )
                .into_bytes(),
            ));
        }
        if i % 5 == 0 {
            let sub = format!("{i:08x}-5555-4000-8000-000000000000");
            if !subscriptions.is_empty() {
                subscriptions.push(',');
            }
            write!(
                subscriptions,
                r#"{{"customer_tenant_id":"{tenant}","subscription_id":"{sub}","is_provider":true}}"#
            )
            .unwrap();
            files.push((
                format!("export/{sub}.roleAssignments.json"),
                format!(
                    r#"{{"value":[{{"properties":{{"roleDefinitionId":"/subscriptions/{sub}/providers/Microsoft.Authorization/roleDefinitions/{SRC}",
                    "principalId":"{SUPPORT}","principalType":"ForeignGroup","scope":"/subscriptions/{sub}"}},
                    "id":"/subscriptions/{sub}/providers/Microsoft.Authorization/roleAssignments/r-{i}","type":"Microsoft.Authorization/roleAssignments","name":"r-{i}"}}]}}"#
                )
                .into_bytes(),
            ));
        }
    }
    let pages = rels.len().div_ceil(PAGE);
    for (p, chunk) in rels.chunks(PAGE).enumerate() {
        let next = if p + 1 < pages {
            format!(
                r#""@odata.nextLink":"https://graph.microsoft.com/v1.0/tenantRelationships/delegatedAdminRelationships?$skiptoken=p{}","#,
                p + 1
            )
        } else {
            String::new()
        };
        files.push((
            format!("export/relationships-{p:03}.json"),
            format!(
                r#"{{"@odata.context":"{V1}",{next}"value":[{}]}}"#,
                chunk.join(",")
            )
            .into_bytes(),
        ));
    }
    files.push((
        "profile-subscriptions".to_owned(),
        format!("[{subscriptions}]").into_bytes(),
    ));
    files
}

/// The files as the library takes them (the profile's subscriptions are
/// left out: they go to [`profile`]).
pub fn sources(files: &[(String, Vec<u8>)]) -> Vec<SourceFile<'_>> {
    files
        .iter()
        .filter(|(name, _)| name != "profile-subscriptions")
        .map(|(name, bytes)| SourceFile { name, bytes })
        .collect()
}

/// The profile of the export's filing user, with its subscriptions.
pub fn profile(files: &[(String, Vec<u8>)]) -> PartnerProfile {
    let subs = files
        .iter()
        .find(|(name, _)| name == "profile-subscriptions")
        .map(|(_, b)| String::from_utf8(b.clone()).unwrap())
        .unwrap_or_else(|| "[]".to_owned());
    PartnerProfile::from_json(&format!(
        r#"{{"type":"direct_bill_partner","roles":["admin_agent"],"groups":["{SUPPORT}"],"subscriptions":{subs}}}"#
    ))
    .unwrap()
}
