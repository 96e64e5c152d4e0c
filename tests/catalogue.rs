//! The rule catalogue against its sources: RULES.md (a snapshot in
//! `docs/RULES.md`, checked against `../shared/RULES.md` where that exists),
//! the seeds in `seeds/`, and the test suite.

use std::collections::BTreeSet;
use std::path::Path;

use csp_support::*;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn rules_md() -> String {
    std::fs::read_to_string(root().join("docs/RULES.md")).unwrap()
}

/// Rule IDs as RULES.md defines them: list items that start with `` - `ID` ``.
fn ids_defined_in_rules_md() -> BTreeSet<String> {
    rules_md()
        .lines()
        .filter_map(|l| l.strip_prefix("- `"))
        .filter_map(|l| l.split('`').next())
        .filter(|id| {
            id.chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-')
        })
        .map(str::to_owned)
        .collect()
}

#[test]
fn snapshot_matches_shared_rules_md_when_present() {
    let shared = root().join("../shared/RULES.md");
    if let Ok(text) = std::fs::read_to_string(&shared) {
        assert_eq!(
            text,
            rules_md(),
            "docs/RULES.md is stale: copy ../shared/RULES.md"
        );
    }
}

#[test]
fn catalogue_holds_every_rule_of_rules_md_spelled_exactly() {
    let ours: BTreeSet<String> = catalogue().iter().map(|r| r.id.to_string()).collect();
    assert_eq!(ours, ids_defined_in_rules_md());
    for id in RuleId::ALL.iter().copied() {
        assert_eq!(id.to_string().parse::<RuleId>().unwrap(), id);
        assert_eq!(id.as_str(), id.to_string());
        assert_eq!(id.rule().id, id);
    }
}

#[test]
fn catalogue_is_in_rule_id_order() {
    let ids: Vec<RuleId> = catalogue().iter().map(|r| r.id).collect();
    assert_eq!(ids, RuleId::ALL.to_vec());
}

#[test]
fn editions_print_as_rules_md_writes_them() {
    let names: Vec<String> = Edition::ALL.iter().map(ToString::to_string).collect();
    assert_eq!(names, ["dap", "gdap-2023", "gdap-2025"]);
    for n in &names {
        assert!(rules_md().contains(&format!("`{n}`")));
    }
}

/// Edition markers of RULES.md that restrict a rule: `[dap]`, `[gdap-2023, gdap-2025]`.
#[test]
fn edition_restricted_rules_hold_only_there() {
    let only = |id: RuleId, editions: &[Edition]| {
        for &e in Edition::ALL {
            assert_eq!(id.rule().holds_in(e), editions.contains(&e), "{id} in {e}");
        }
    };
    only(
        RuleId::ScopeMarketplaceIsv,
        &[Edition::Gdap2023, Edition::Gdap2025],
    );
    only(
        RuleId::AzureProviderOnly,
        &[Edition::Gdap2023, Edition::Gdap2025],
    );
    only(
        RuleId::AzureNoAdminPermissions,
        &[Edition::Gdap2023, Edition::Gdap2025],
    );
    only(
        RuleId::AzureGdapRbac,
        &[Edition::Gdap2023, Edition::Gdap2025],
    );
    only(
        RuleId::FilerAdminAgentGdap,
        &[Edition::Gdap2023, Edition::Gdap2025],
    );
    only(RuleId::FilerDapDelegatedAdmin, &[Edition::Dap]);
    only(RuleId::AzureDapAccessGranted, &[Edition::Dap]);
    only(RuleId::RouteNoPhone, &[Edition::Dap]);
    only(RuleId::CustomerTrialPartnerOnly, &[Edition::Gdap2025]);
    only(RuleId::CustomerPaidEither, &[Edition::Gdap2025]);
}

#[test]
fn bases_follow_rules_md() {
    use Basis::*;
    let basis = |id: RuleId, e: Edition| id.rule().basis(e);
    // Declared inheritance: FEE-*, SLA-*, FORM-SEVERITY-FROM-IMPACT and
    // SCOPE-PROBLEM-KINDS are inherited by gdap-2025 (SLA clocks are
    // interpreted in every edition).
    for id in RuleId::ALL.iter().copied() {
        let s = id.to_string();
        if s.starts_with("FEE-")
            || id == RuleId::FormSeverityFromImpact
            || s.starts_with("SLA-SEVERITY")
        {
            assert_eq!(basis(id, Edition::Gdap2023), Some(Stated), "{id}");
            assert_eq!(basis(id, Edition::Gdap2025), Some(Inherited), "{id}");
        }
    }
    for id in [
        RuleId::SlaEnglish24x7,
        RuleId::SlaLocalLanguageBusinessHours,
        RuleId::SlaNonBreakFixOneBusinessDay,
    ] {
        for &e in Edition::ALL {
            assert_eq!(basis(id, e), Some(Interpreted), "{id} {e}");
        }
    }
    assert_eq!(
        basis(RuleId::ScopeProblemKinds, Edition::Gdap2025),
        Some(Inherited)
    );
    assert_eq!(
        basis(RuleId::AzureProviderOnly, Edition::Gdap2023),
        Some(Outside)
    );
    assert_eq!(
        basis(RuleId::AzureProviderOnly, Edition::Gdap2025),
        Some(Stated)
    );
    assert_eq!(
        basis(RuleId::FilerAdminAgentGdap, Edition::Gdap2023),
        Some(Interpreted)
    );
    assert_eq!(
        basis(RuleId::FilerAdminAgentGdap, Edition::Gdap2025),
        Some(Outside)
    );
    assert_eq!(
        basis(RuleId::FilerDapDelegatedAdmin, Edition::Dap),
        Some(Outside)
    );
    assert_eq!(
        basis(RuleId::FilerPartnerTypes, Edition::Dap),
        Some(Outside)
    );
    assert_eq!(
        basis(RuleId::RouteViaPartnerCenter, Edition::Gdap2023),
        Some(Interpreted)
    );
    assert_eq!(
        basis(RuleId::AzureGdapRbac, Edition::Gdap2025),
        Some(Outside)
    );
    // SLA-PRIORITY is stated in every edition, unlike the other SLA rules.
    for &e in Edition::ALL {
        assert_eq!(basis(RuleId::SlaPriority, e), Some(Stated), "{e}");
    }
    // A rule that mixes bases has the basis of its weakest clause
    // (RULES.md, "Basis clause by clause"): the Microsoft 365 plan of
    // ROUTE-VIA-PARTNER-CENTER and the billing dispute of FEE-BILLING-FREE
    // are interpreted in dap.
    assert_eq!(
        basis(RuleId::RouteViaPartnerCenter, Edition::Dap),
        Some(Interpreted)
    );
    assert_eq!(
        basis(RuleId::RouteViaPartnerCenter, Edition::Gdap2025),
        Some(Stated)
    );
    assert_eq!(
        basis(RuleId::FeeBillingFree, Edition::Dap),
        Some(Interpreted)
    );
    assert_eq!(
        basis(RuleId::AzureDapAccessGranted, Edition::Dap),
        Some(Interpreted)
    );
    assert_eq!(Stated.weakest(Interpreted), Interpreted);
    assert_eq!(Inherited.weakest(Outside), Outside);
    assert_eq!(Outside.weakest(Stated), Outside);
}

#[test]
fn outside_rules_name_their_source() {
    for rule in catalogue() {
        let outside = Edition::ALL
            .iter()
            .any(|e| rule.basis(*e) == Some(Basis::Outside));
        assert_eq!(outside, rule.outside_source.is_some(), "{}", rule.id);
    }
}

#[test]
fn every_citation_is_a_verbatim_heading_of_its_seed() {
    for rule in catalogue() {
        for c in rule.citations {
            let text =
                std::fs::read_to_string(root().join("seeds").join(c.seed.file_name())).unwrap();
            assert!(
                text.lines().any(|l| l.trim() == c.section),
                "{}: {:?} is not a line of {}",
                rule.id,
                c.section,
                c.seed.file_name()
            );
        }
    }
}

#[test]
fn every_rule_cites_its_editions_seeds_and_only_those() {
    for rule in catalogue() {
        for &e in Edition::ALL {
            let cites: Vec<_> = rule.citations_in(e).collect();
            if !rule.holds_in(e) {
                assert!(
                    cites.is_empty(),
                    "{} cites seeds in {e}, where it does not hold",
                    rule.id
                );
                continue;
            }
            let basis = rule.basis(e).unwrap();
            if basis == Basis::Outside && cites.is_empty() {
                continue; // the source is outside the seeds
            }
            assert!(!cites.is_empty(), "{} has no citation in {e}", rule.id);
            let silent = !rule.citations.iter().any(|c| c.seed.edition() == e);
            for c in cites {
                let own = c.seed.edition() == e;
                // gdap-2025 inherits from gdap-2023 where its seeds are silent.
                let inherited =
                    silent && e == Edition::Gdap2025 && c.seed.edition() == Edition::Gdap2023;
                assert!(own || inherited, "{} in {e} cites {:?}", rule.id, c.seed);
            }
        }
    }
}

#[test]
fn seeds_know_their_language_and_edition() {
    let langs: Vec<(&str, Edition)> = Seed::ALL
        .iter()
        .copied()
        .map(|s| (s.language(), s.edition()))
        .collect();
    assert_eq!(
        langs,
        [
            ("de", Edition::Gdap2023),
            ("nl", Edition::Gdap2025),
            ("ru", Edition::Dap),
            ("it", Edition::Gdap2025),
            ("ja", Edition::Dap),
        ]
    );
}

#[test]
fn seed_files_match_shared_when_present() {
    for seed in Seed::ALL.iter().copied() {
        let shared = root().join("../shared/seeds").join(seed.file_name());
        if let Ok(text) = std::fs::read(&shared) {
            assert_eq!(
                text,
                std::fs::read(root().join("seeds").join(seed.file_name())).unwrap()
            );
        }
    }
}

/// Every rule ID is exercised by a test named after it (snake case, maybe
/// with a suffix saying what it checks), in some file of `tests/`.
#[test]
fn no_catalogue_rule_goes_untested() {
    let mut sources = String::new();
    for entry in std::fs::read_dir(root().join("tests")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|x| x == "rs") {
            sources.push_str(&std::fs::read_to_string(path).unwrap());
        }
    }
    let missing: Vec<String> = RuleId::ALL
        .iter()
        .copied()
        .map(|id| id.to_string().to_lowercase().replace('-', "_"))
        .filter(|name| {
            // `fn rule_id(` or `fn rule_id_what_it_checks(`.
            !sources.contains(&format!("fn {name}(")) && !sources.contains(&format!("fn {name}_"))
        })
        .collect();
    assert!(
        missing.is_empty(),
        "rules without a test named after them: {missing:?}"
    );
}

#[test]
fn rules_in_lists_by_edition() {
    for &e in Edition::ALL {
        let listed: Vec<RuleId> = rules_in(e).map(|r| r.id).collect();
        let expected: Vec<RuleId> = RuleId::ALL
            .iter()
            .copied()
            .filter(|id| id.rule().holds_in(e))
            .collect();
        assert_eq!(listed, expected);
    }
    assert_eq!(rules_in(Edition::Gdap2025).count(), 33);
    assert_eq!(rules_in(Edition::Dap).count(), 29);
}

#[test]
fn public_types_are_send_sync_and_static() {
    fn check<T: Send + Sync + 'static>() {}
    check::<Request>();
    check::<Decision>();
    check::<Assessment>();
    check::<Error>();
    check::<Rule>();
    check::<RuleSet>();
    check::<Route>();
    check::<CustomerAnswer>();
}

#[test]
fn rule_sets_count_and_compare() {
    let set = RuleSet::of(&[RuleId::ScopeClouds, RuleId::SlaPriority]);
    assert_eq!(set.len(), 2);
    assert_eq!(RuleSet::EMPTY.len(), 0);
    assert!(set.is_superset(RuleSet::of(&[RuleId::SlaPriority])));
    assert!(!set.is_superset(RuleSet::of(&[RuleId::RouteTrack])));
    assert_eq!(
        set.without(RuleId::ScopeClouds),
        RuleSet::of(&[RuleId::SlaPriority])
    );
    assert_eq!(set.to_string(), "[SCOPE-CLOUDS, SLA-PRIORITY]");
    assert_eq!(format!("{set:?}"), "{ScopeClouds, SlaPriority}");
}

#[cfg(feature = "serde")]
#[test]
fn rule_sets_read_from_json_lists_only() {
    let set: RuleSet = serde_json::from_str(r#"["SCOPE-CLOUDS", "SLA-PRIORITY"]"#).unwrap();
    assert_eq!(
        set,
        RuleSet::of(&[RuleId::ScopeClouds, RuleId::SlaPriority])
    );
    let err = serde_json::from_str::<RuleSet>(r#""SCOPE-CLOUDS""#).unwrap_err();
    assert!(
        err.to_string().contains("expected a list of rule IDs"),
        "{err}"
    );
    let err = serde_json::from_str::<RuleSet>(r#"["SLA-PRIORITY", "SLA-PRIORITY"]"#).unwrap_err();
    assert!(
        err.to_string()
            .contains("rule ID SLA-PRIORITY is listed twice"),
        "{err}"
    );
}
