//! The checked-in JSON Schemas (`schema/*.json`) match the code.
//!
//! Regenerate them with `UPDATE_SCHEMAS=1 cargo test --all-features --test schema`.

#![cfg(feature = "schemars")]

use std::path::PathBuf;

fn check(file: &str, generated: String) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("schema")
        .join(file);
    let generated = generated + "\n";
    if std::env::var_os("UPDATE_SCHEMAS").is_some() {
        std::fs::write(&path, &generated).unwrap();
        return;
    }
    let checked_in = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        checked_in == generated,
        "{} is out of date; run `UPDATE_SCHEMAS=1 cargo test --all-features --test schema`",
        path.display()
    );
}

#[test]
fn request_schema_is_checked_in() {
    check("request.schema.json", csp_support::json::request_schema());
}

#[test]
fn assess_input_schema_is_checked_in() {
    check(
        "assess-input.schema.json",
        csp_support::json::assess_input_schema(),
    );
}

#[test]
fn assessment_schema_is_checked_in() {
    check(
        "assessment.schema.json",
        csp_support::json::assessment_schema(),
    );
}

#[test]
fn scenario_schema_is_checked_in() {
    check(
        "scenario.schema.json",
        csp_support::scenario::scenario_schema(),
    );
}

#[test]
fn the_scenario_schema_names_every_rule_id() {
    let schema = csp_support::scenario::scenario_schema();
    for rule in csp_support::catalogue() {
        assert!(schema.contains(&format!("\"{}\"", rule.id)), "{}", rule.id);
    }
}

#[test]
fn profile_schema_is_checked_in() {
    check(
        "profile.schema.json",
        csp_support::readiness::profile_schema(),
    );
}
