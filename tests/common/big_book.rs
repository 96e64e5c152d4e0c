//! A generated customer book of the size partners have: the readiness
//! bench's book (10,000 customers, about 13,300 relationships, 2,000 Azure
//! subscriptions), for the HTML size test and the HTML bench
//! (`benches/html.rs` includes this file).
#![allow(dead_code)]

use std::fmt::Write as _;

use csp_support::readiness::PartnerProfile;

pub const CUSTOMERS: usize = 10_000;
const SSA: &str = "f023fd81-a637-4b56-95fd-791ac0226033";
const HDA: &str = "729827e3-9c14-49f7-bb1b-9608f156bbb8";
const DR: &str = "88d8e3e3-8f55-4a1e-953a-9b9898b8876b";
const SUPPORT: &str = "5b0a5e1e-1111-4c4c-9d9d-000000000010";
const OTHER: &str = "5b0a5e1e-1111-4c4c-9d9d-000000000099";
const SRC: &str = "cfd33db0-3dd1-45e3-aa9d-cdbdf3b6f24e";

/// A book of `n` customers: every customer one support relationship (a mix
/// of statuses, roles, ends and assignments), every third a second one,
/// every fifth an Azure subscription.
pub fn book_json(n: usize) -> String {
    let mut rels = String::new();
    let mut assignments = String::new();
    let mut azure = String::new();
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
            if !rels.is_empty() {
                rels.push(',');
            }
            write!(
                rels,
                r#"{{"@odata.etag":"W/\"x\"","id":"{id}","displayName":"support {i}-{k}","duration":"P365D",
                "customer":{{"tenantId":"{tenant}","displayName":"Customer {i:05}"}},
                "accessDetails":{{"unifiedRoles":[{{"roleDefinitionId":"{role}"}}]}},
                "status":"{status}","autoExtendDuration":"{ext}","createdDateTime":"2025-01-01T00:00:00Z",
                "activatedDateTime":{activated},"endDateTime":{end}}}"#
            )
            .unwrap();
            let group = if i % 7 == 0 { OTHER } else { SUPPORT };
            if !assignments.is_empty() {
                assignments.push(',');
            }
            write!(
                assignments,
                r#""{id}":{{"value":[{{"id":"a-{i}-{k}","status":"active",
                "accessContainer":{{"accessContainerId":"{group}","accessContainerType":"securityGroup"}},
                "accessDetails":{{"unifiedRoles":[{{"roleDefinitionId":"{role}"}}]}}}}]}}"#
            )
            .unwrap();
        }
        if i % 5 == 0 {
            if !azure.is_empty() {
                azure.push(',');
            }
            write!(
                azure,
                r#"{{"customer_tenant_id":"{tenant}","subscription_id":"sub-{i}","is_provider":true,
                "role_assignments":{{"value":[{{"properties":{{"roleDefinitionId":"/subscriptions/sub-{i}/providers/Microsoft.Authorization/roleDefinitions/{SRC}",
                "principalId":"{SUPPORT}","principalType":"ForeignGroup","scope":"/subscriptions/sub-{i}"}}}}]}}}}"#
            )
            .unwrap();
        }
    }
    format!(
        r#"{{"relationships":{{"value":[{rels}]}},"access_assignments":{{{assignments}}},"azure":[{azure}]}}"#
    )
}

pub fn profile() -> PartnerProfile {
    PartnerProfile::from_json(&format!(
        r#"{{"type":"direct_bill_partner","roles":["admin_agent"],"groups":["{SUPPORT}"]}}"#
    ))
    .unwrap()
}
