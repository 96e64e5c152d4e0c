//! Serde round trip: a request and its assessment → JSON → back, for every
//! generated value (strategies of the `proptest` feature).

#![cfg(all(feature = "serde", feature = "proptest"))]

use csp_support::proptest_support::{any_assessment, any_request};
use csp_support::{Assessment, Request, assess};
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn request_round_trips_through_json(request in any_request()) {
        let json = request.to_json();
        prop_assert_eq!(Request::from_json(&json).unwrap(), request);
    }

    #[test]
    fn assessment_round_trips_through_json(a in any_assessment()) {
        let json = a.to_json();
        prop_assert_eq!(Assessment::from_json(&json).unwrap(), a);
    }

    #[test]
    fn generated_requests_are_valid(request in any_request()) {
        if let csp_support::Tenant::Customer(c) = &request.tenant
            && let Some(rel) = c.gdap
        {
            prop_assert!(rel.validate().is_ok(), "{:?}", rel.validate());
        }
        prop_assert_eq!(assess(&request).decision, csp_support::decide(&request));
    }

    #[test]
    fn compact_json_round_trips_too(request in any_request()) {
        let json = serde_json::to_string(&request).unwrap();
        prop_assert_eq!(serde_json::from_str::<Request>(&json).unwrap(), request);
    }
}

#[test]
fn every_outcome_is_generated() {
    use csp_support::Outcome;
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let mut seen = std::collections::BTreeSet::new();
    for _ in 0..2_000 {
        let a = any_assessment().new_tree(&mut runner).unwrap().current();
        seen.insert(a.outcome());
    }
    assert_eq!(
        seen.into_iter().collect::<Vec<_>>(),
        [
            Outcome::Allowed,
            Outcome::Denied,
            Outcome::NotCovered,
            Outcome::Redirected
        ]
    );
}
