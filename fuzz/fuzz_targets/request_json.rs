//! Arbitrary bytes as a JSON request: parsing never panics, and every
//! request that parses is assessed without panicking, deterministically,
//! citing at least one rule.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(request) = serde_json::from_str::<csp_support::Request>(text) else { return };
    if let Ok(a) = csp_support::assess(&request) {
        assert!(!a.decision.rules.is_empty());
        assert_eq!(csp_support::assess(&request).ok(), Some(a));
    }
});
