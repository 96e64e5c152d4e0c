//! The invariants of `common::invariants` under proptest, over the crate's
//! own request strategies (feature `proptest`; CI runs `--all-features`).
#![cfg(feature = "proptest")]

mod common;

use common::invariants::*;
use csp_support::Edition;
use csp_support::proptest_support::{any_request, request_in};
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn determinism(r in any_request()) {
        check_deterministic(&r);
    }

    #[test]
    fn fail_closed(r in any_request()) {
        check_fail_closed(&r);
    }

    #[test]
    fn fail_closed_gdap_2025(r in request_in(Edition::Gdap2025)) {
        check_fail_closed(&r);
    }

    #[test]
    fn monotonicity(r in any_request()) {
        check_monotone(&r);
    }

    #[test]
    fn every_outcome_cites_a_rule(r in any_request()) {
        check_cites_a_rule(&r);
    }

    #[test]
    fn advice_changes_the_outcome(r in any_request()) {
        check_advice_changes_the_outcome(&r);
    }

    #[test]
    fn every_route_starts_with_scope_cannot_resolve_first(r in any_request()) {
        check_route_starts_with_scope_cannot_resolve_first(&r);
    }
}
