//! Arbitrary bytes as exported files (split into up to four files, with
//! names that may trigger the naming conventions) → `Exports::read` →
//! `readiness` → every `render` format.
//!
//! Must hold for any input:
//! - reading never panics; a file it cannot use is a warning naming it;
//! - the report is partial exactly when there are warnings, and every
//!   warning names one of the given files;
//! - every customer has a row per workload (Azure: per subscription);
//! - no output carries a raw control or bidi character from the input
//!   (markdown and CSV print input escaped; JSON escapes them as `\uXXXX`);
//! - reading is deterministic.
#![no_main]

use chrono::{DateTime, Utc};
use csp_support::Edition;
use csp_support::exports::{Exports, SourceFile};
use csp_support::readiness::{self, Format, PartnerProfile};
use libfuzzer_sys::fuzz_target;

const NAMES: &[&str] = &[
    "relationships-1.json",
    "relationships-2.json",
    "a1b2c3d4-0001-4e5f-8a9b-1c2d3e4f5a6b-c0a1b2c3-0000-4000-8000-000000000001.accessAssignments.json",
    "9a8b7c6d-0000-4000-8000-00000000c0c0.roleAssignments.json",
];

fuzz_target!(|data: &[u8]| {
    // Files separated by a 0x00 byte (never in JSON text).
    let parts: Vec<&[u8]> = data.split(|b| *b == 0).take(NAMES.len()).collect();
    let files: Vec<SourceFile<'_>> = parts
        .iter()
        .zip(NAMES)
        .map(|(bytes, name)| SourceFile { name, bytes })
        .collect();
    let exports = Exports::read(&files);
    assert_eq!(exports, Exports::read(&files), "reading is deterministic");
    for w in &exports.warnings {
        assert!(NAMES.contains(&w.file.as_str()), "{w:?}");
    }
    let profile = PartnerProfile::from_json(
        r#"{"type": "direct_bill_partner", "roles": ["admin_agent"],
            "groups": ["5b0a5e1e-1111-4c4c-9d9d-000000000010"],
            "subscriptions": [{"customer_tenant_id": "c0a1b2c3-0000-4000-8000-000000000001",
              "subscription_id": "9a8b7c6d-0000-4000-8000-00000000c0c0", "is_provider": true}]}"#,
    )
    .expect("the profile is valid");
    let at: DateTime<Utc> = "2026-11-16T10:00:00Z".parse().expect("an instant");
    let report = readiness::readiness(&profile, &exports, Edition::Gdap2025, at);
    assert_eq!(report.is_partial(), !report.warnings.is_empty());
    for c in &report.customers {
        assert!(c.rows.len() >= readiness::WORKLOADS.len());
    }
    for format in [Format::Markdown, Format::Csv, Format::Json] {
        let out = readiness::render(&report, format);
        let raw = out.chars().any(|c| {
            (c.is_control() && c != '\n' && c != '\r') || ('\u{202a}'..='\u{202e}').contains(&c)
        });
        assert!(!raw, "{format}: a raw control character in {out:?}");
    }
});
