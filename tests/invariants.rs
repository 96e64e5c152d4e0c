//! Invariants every decision keeps (issue 6): determinism, fail closed,
//! monotonicity, every outcome cites a rule. Checked over a deterministic
//! sweep of `samples::mixed` here; `tests/properties.rs` checks the same
//! predicates under proptest.

mod common;

use common::invariants::*;
use csp_support::samples;

const SWEEP: usize = 20_000;

#[test]
fn determinism_over_the_sweep() {
    for i in 0..SWEEP {
        check_deterministic(&samples::mixed(i));
    }
}

#[test]
fn fail_closed_over_the_sweep() {
    for i in 0..SWEEP {
        check_fail_closed(&samples::mixed(i));
    }
}

#[test]
fn monotonicity_over_the_sweep() {
    for i in 0..SWEEP {
        check_monotone(&samples::mixed(i));
    }
}

#[test]
fn every_outcome_cites_a_rule_over_the_sweep() {
    for i in 0..SWEEP {
        check_cites_a_rule(&samples::mixed(i));
    }
}

#[test]
fn advice_changes_the_outcome_over_the_sweep() {
    for i in 0..SWEEP {
        check_advice_changes_the_outcome(&samples::mixed(i));
    }
}

#[test]
fn every_route_starts_with_scope_cannot_resolve_first_over_the_sweep() {
    for i in 0..SWEEP {
        check_route_starts_with_scope_cannot_resolve_first(&samples::mixed(i));
    }
}
