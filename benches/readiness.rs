//! The readiness report over 10,000 customers (target: ≤ 100 ms).
//!
//! The book is generated once, in Graph's shape, and parsed outside the
//! timed loop; `parse` times the reading separately.

use std::fmt::Write as _;
use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use csp_support::readiness::{self, CustomerBook, Format, PartnerProfile};
use csp_support::{Edition, samples};

const CUSTOMERS: usize = 10_000;
const SSA: &str = "f023fd81-a637-4b56-95fd-791ac0226033";
const HDA: &str = "729827e3-9c14-49f7-bb1b-9608f156bbb8";
const DR: &str = "88d8e3e3-8f55-4a1e-953a-9b9898b8876b";
const SUPPORT: &str = "5b0a5e1e-1111-4c4c-9d9d-000000000010";
const OTHER: &str = "5b0a5e1e-1111-4c4c-9d9d-000000000099";
const SRC: &str = "cfd33db0-3dd1-45e3-aa9d-cdbdf3b6f24e";

/// A book of `n` customers: every customer one support relationship (a mix
/// of statuses, roles, ends and assignments), every third a second one,
/// every fifth an Azure subscription.
fn book_json(n: usize) -> String {
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

fn profile() -> PartnerProfile {
    PartnerProfile::from_json(&format!(
        r#"{{"type":"direct_bill_partner","roles":["admin_agent"],"groups":["{SUPPORT}"]}}"#
    ))
    .unwrap()
}

fn bench(c: &mut Criterion) {
    let json = book_json(CUSTOMERS);
    let book = CustomerBook::from_json(&json).unwrap();
    let profile = profile();
    let at = samples::filed_at();
    let report = readiness::readiness(&profile, &book, Edition::Gdap2025, at).unwrap();
    assert_eq!(report.customers.len(), CUSTOMERS);

    let mut group = c.benchmark_group("readiness_10k_customers");
    group.sample_size(20);
    group.bench_function("report", |b| {
        b.iter(|| {
            readiness::readiness(black_box(&profile), black_box(&book), Edition::Gdap2025, at)
                .unwrap()
        });
    });
    group.bench_function("render_markdown", |b| {
        b.iter(|| readiness::render(black_box(&report), Format::Markdown));
    });
    group.bench_function("parse_book", |b| {
        b.iter(|| CustomerBook::from_json(black_box(&json)).unwrap());
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
