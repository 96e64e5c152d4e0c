//! Editions are data, not array indices (issue 13): a minor release adds an
//! edition by adding data, without changing a public signature. These tests
//! fail if an edition-indexed array comes back, and check that every edition
//! has the data the crate needs.

use std::fs;
use std::path::Path;

use csp_support::matrix::Matrix;
use csp_support::{Edition, PartnerCenterPath, RuleId, Seed, catalogue, rules_in};

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// No array sized by the number of editions and no edition used as an
/// index anywhere in `src/`.
#[test]
fn no_edition_indexed_array_in_the_sources() {
    let mut files = Vec::new();
    rust_files(
        Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src")),
        &mut files,
    );
    assert!(files.len() > 20, "found only {} files", files.len());
    let forbidden = [
        "[Option<Basis>; 3]",
        "[Basis; 3]",
        "[Edition; 3]",
        "; Edition::ALL.len()]",
        "edition as usize",
        "[e as usize]",
        "(e as usize)",
        "[ed as usize]",
        "Edition::COUNT",
        "<Edition as strum::EnumCount>",
    ];
    let mut found = Vec::new();
    for file in &files {
        let text = fs::read_to_string(file).unwrap();
        for (n, line) in text.lines().enumerate() {
            for pattern in forbidden {
                if line.contains(pattern) {
                    found.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "edition-indexed code:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_list_of_editions_is_ordered_and_ends_with_the_latest() {
    assert!(!Edition::ALL.is_empty());
    assert_eq!(Edition::ALL.last(), Some(&Edition::LATEST));
    assert!(Edition::ALL.windows(2).all(|w| w[0] < w[1]));
    for (i, e) in Edition::ALL.iter().enumerate() {
        let previous = i.checked_sub(1).map(|p| Edition::ALL[p]);
        assert_eq!(e.previous(), previous, "{e}");
        assert_eq!(e.to_string().parse::<Edition>().unwrap(), *e);
    }
}

/// Every edition has seeds, rules with a basis, a rule for every stage of
/// the decision, a matrix, and a Partner Center path for customer requests.
#[test]
fn every_edition_has_its_data() {
    for &e in Edition::ALL {
        assert!(!e.seeds().is_empty(), "{e}: no seeds");
        for seed in e.seeds() {
            assert_eq!(seed.edition(), e, "{e}: seed {seed:?}");
        }
        let rules: Vec<_> = rules_in(e).collect();
        assert!(rules.len() > 10, "{e}: only {} rules", rules.len());
        for rule in &rules {
            assert!(rule.basis(e).is_some());
            assert!(rule.editions().any(|x| x == e));
        }
        for id in [
            RuleId::ScopeClouds,
            RuleId::ScopeWorkloads,
            RuleId::FilerPartnerTypes,
            RuleId::RouteWorkloadPortal,
            RuleId::SlaSeverityA,
        ] {
            assert!(id.rule().holds_in(e), "{e}: {id} does not hold");
        }
        let m = Matrix::build(e);
        assert_eq!(m.edition, e);
        assert!(!m.cells.is_empty(), "{e}: empty matrix");
        let path = PartnerCenterPath::for_edition(e);
        assert!(!path.to_string().is_empty(), "{e}: no path");
    }
}

/// Every seed belongs to an edition that lists it.
#[test]
fn every_seed_belongs_to_an_edition() {
    for &seed in Seed::ALL {
        assert!(seed.edition().seeds().contains(&seed), "{seed:?}");
    }
    // Every rule holds somewhere, and only in known editions.
    for rule in catalogue() {
        assert!(
            rule.editions().next().is_some(),
            "{} holds nowhere",
            rule.id
        );
    }
}

/// A JSON request without `edition` is an error naming the field and the
/// accepted editions: its meaning must not move when a release adds one.
#[cfg(feature = "serde")]
#[test]
fn a_request_without_an_edition_is_an_error_listing_the_editions() {
    use csp_support::{ErrorKind, Request, samples};
    let mut json: serde_json::Value =
        serde_json::from_str(&samples::direct_partner_azure().to_json()).unwrap();
    json.as_object_mut().unwrap().remove("edition");
    let err = Request::from_json(&json.to_string()).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Json);
    let text = err.to_string();
    assert!(text.contains("missing field `edition`"), "{text}");
    for e in Edition::ALL {
        assert!(text.contains(&e.to_string()), "{text}");
    }
}
