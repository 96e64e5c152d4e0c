//! Rules whose clauses differ in basis, clause by clause (`RULES.md`,
//! "Basis clause by clause").
//!
//! A decision, a route, a plan or a fee reports the weakest basis of the
//! clauses it *uses*, never of the whole rule. Most rules have one basis per
//! edition, and the catalogue ([`crate::Rule::basis`]) gives it. A few mix
//! bases across their clauses; for those, [`CLAUSES`] is the table: each
//! clause, its rule and its basis per edition. The catalogue's basis of such a
//! rule is the weakest of its clauses (a test checks it), so a caller that
//! knows only the rule ID never reads it as firmer than it is.
//!
//! An answer records what it cites as a [`Cited`]: the rule IDs and, for a
//! mixed rule, the clauses of it that were used. Its basis is then the
//! catalogue basis of the plain rules and the table basis of the clauses —
//! bit masks computed at compile time, so it stays a few bit operations.

use crate::rules::catalogue::{BasisByEdition, BasisMasks, RuleSet, basis_of, weakest_basis};
use crate::{Basis, Edition, RuleId};

/// A clause of a rule that mixes bases across its clauses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub(crate) enum Clause {
    /// `SCOPE-PROBLEM-KINDS`: technical problems are in scope.
    ScopeProblemKindsTechnical,
    /// `SCOPE-PROBLEM-KINDS`: billing and subscription management are in scope.
    ScopeProblemKindsBilling,
    /// `SCOPE-PROBLEM-KINDS` `[dap]`: billing disputes and suspected fraud are in scope.
    ScopeProblemKindsDapOnly,
    /// `SCOPE-PROBLEM-KINDS`: a kind the edition does not list is not covered.
    ScopeProblemKindsUnlisted,
    /// `FILER-ADMIN-AGENT-GDAP`: the Admin agent role, and the need for an
    /// active GDAP relationship (also when there is none, or it is not active).
    FilerAdminAgentGdapRequirement,
    /// `FILER-ADMIN-AGENT-GDAP`: which Entra role is appropriate, and its
    /// assignment to the user through a security group.
    FilerAdminAgentGdapEntraRole,
    /// `ROUTE-VIA-PARTNER-CENTER`: requests for customers are filed through
    /// Partner Center (a phone refusal in the later editions uses only this).
    RouteViaPartnerCenterFiling,
    /// `ROUTE-VIA-PARTNER-CENTER`: the edition's path through Partner Center.
    RouteViaPartnerCenterPath,
    /// `ROUTE-VIA-PARTNER-CENTER`: the Cloud Solution Provider plan it gives a
    /// Microsoft 365 request.
    RouteViaPartnerCenterM365Plan,
    /// `AZURE-DAP-ACCESS-GRANTED`: an indirect reseller needs the indirect
    /// provider's grant.
    AzureDapAccessGrantedReseller,
    /// `AZURE-DAP-ACCESS-GRANTED`: the subscription's provider needs no grant.
    AzureDapAccessGrantedProvider,
    /// `AZURE-DAP-ACCESS-GRANTED`: a partner that is neither the provider nor
    /// under an indirect provider is not covered.
    AzureDapAccessGrantedNeither,
    /// `FEE-BILLING-FREE`: billing and subscription management are free.
    FeeBillingFreeBilling,
    /// `FEE-BILLING-FREE` `[dap]`: a billing dispute is billing support.
    FeeBillingFreeDispute,
}

impl Clause {
    /// Every clause, in declaration order.
    const ALL: [Clause; 14] = [
        Clause::ScopeProblemKindsTechnical,
        Clause::ScopeProblemKindsBilling,
        Clause::ScopeProblemKindsDapOnly,
        Clause::ScopeProblemKindsUnlisted,
        Clause::FilerAdminAgentGdapRequirement,
        Clause::FilerAdminAgentGdapEntraRole,
        Clause::RouteViaPartnerCenterFiling,
        Clause::RouteViaPartnerCenterPath,
        Clause::RouteViaPartnerCenterM365Plan,
        Clause::AzureDapAccessGrantedReseller,
        Clause::AzureDapAccessGrantedProvider,
        Clause::AzureDapAccessGrantedNeither,
        Clause::FeeBillingFreeBilling,
        Clause::FeeBillingFreeDispute,
    ];
    /// How many clauses there are.
    const COUNT: usize = Clause::ALL.len();
}

/// One row of the clause table.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ClauseEntry {
    /// The clause.
    pub(crate) clause: Clause,
    /// The rule it belongs to.
    pub(crate) rule: RuleId,
    /// Its basis in each edition where the clause applies.
    pub(crate) basis: BasisByEdition,
}

use Basis::{Inherited as I, Interpreted as N, Outside as O, Stated as S};
use Edition::{Dap as D, Gdap2023 as G23, Gdap2025 as G25};

const fn entry(clause: Clause, rule: RuleId, basis: BasisByEdition) -> ClauseEntry {
    ClauseEntry {
        clause,
        rule,
        basis,
    }
}

/// The clause table, in [`Clause`] order (a test checks it). Bases per
/// edition: `dap`, `gdap-2023`, `gdap-2025`.
#[rustfmt::skip]
pub(crate) const CLAUSES: [ClauseEntry; Clause::COUNT] = [
    // Technical: stated in every edition.
    entry(Clause::ScopeProblemKindsTechnical, RuleId::ScopeProblemKinds, &[(D, S), (G23, S), (G25, S)]),
    // Billing and subscription management: inherited by gdap-2025.
    entry(Clause::ScopeProblemKindsBilling, RuleId::ScopeProblemKinds, &[(D, S), (G23, S), (G25, I)]),
    // Billing disputes and suspected fraud: stated in dap, not covered later.
    entry(Clause::ScopeProblemKindsDapOnly, RuleId::ScopeProblemKinds, &[(D, S)]),
    // Not covered in the later editions: read off the edition's whole list,
    // which gdap-2025 partly inherits.
    entry(Clause::ScopeProblemKindsUnlisted, RuleId::ScopeProblemKinds, &[(G23, S), (G25, I)]),
    // gdap-2023 reads the whole requirement from "see the GDAP role guidance".
    entry(Clause::FilerAdminAgentGdapRequirement, RuleId::FilerAdminAgentGdap, &[(G23, N), (G25, S)]),
    entry(Clause::FilerAdminAgentGdapEntraRole, RuleId::FilerAdminAgentGdap, &[(G23, N), (G25, O)]),
    entry(Clause::RouteViaPartnerCenterFiling, RuleId::RouteViaPartnerCenter, &[(D, S), (G23, S), (G25, S)]),
    // gdap-2023's seed refers to a section it does not contain.
    entry(Clause::RouteViaPartnerCenterPath, RuleId::RouteViaPartnerCenter, &[(D, S), (G23, N), (G25, S)]),
    // Only gdap-2025 says Partner Center gives the CSP entitlement.
    entry(Clause::RouteViaPartnerCenterM365Plan, RuleId::RouteViaPartnerCenter, &[(D, N), (G23, N), (G25, S)]),
    entry(Clause::AzureDapAccessGrantedReseller, RuleId::AzureDapAccessGranted, &[(D, S)]),
    entry(Clause::AzureDapAccessGrantedProvider, RuleId::AzureDapAccessGranted, &[(D, N)]),
    entry(Clause::AzureDapAccessGrantedNeither, RuleId::AzureDapAccessGranted, &[(D, N)]),
    entry(Clause::FeeBillingFreeBilling, RuleId::FeeBillingFree, &[(D, S), (G23, S), (G25, I)]),
    entry(Clause::FeeBillingFreeDispute, RuleId::FeeBillingFree, &[(D, N)]),
];

impl Clause {
    const fn bit(self) -> u32 {
        1u32 << (self as u8)
    }

    /// The rule this clause belongs to.
    pub(crate) const fn rule(self) -> RuleId {
        rule_of_clause(self as usize)
    }
}

/// The rule of each clause, by clause index.
// Evaluated at compile time: an out-of-bounds index is a build error, never a panic.
#[allow(clippy::indexing_slicing)]
const CLAUSE_RULES: [RuleId; Clause::COUNT] = {
    let mut rules = [RuleId::ScopeClouds; Clause::COUNT];
    let mut rest: &[ClauseEntry] = &CLAUSES;
    while let [e, tail @ ..] = rest {
        rules[e.clause as usize] = e.rule;
        rest = tail;
    }
    rules
};

/// The rule of the clause with index `i` (`ScopeClouds` past the end, which
/// no clause index reaches).
// The index is checked first: it cannot panic.
#[allow(clippy::indexing_slicing)]
const fn rule_of_clause(i: usize) -> RuleId {
    if i < Clause::COUNT {
        CLAUSE_RULES[i]
    } else {
        RuleId::ScopeClouds
    }
}

/// The clause table's masks for `edition`, evaluated at compile time.
const fn clause_masks(edition: Edition) -> BasisMasks {
    let mut masks = BasisMasks::EMPTY;
    let mut rest: &[ClauseEntry] = &CLAUSES;
    while let [e, tail @ ..] = rest {
        masks = masks.with(basis_of(e.basis, edition), e.clause.bit() as u64);
        rest = tail;
    }
    masks
}

const DAP_CLAUSES: BasisMasks = clause_masks(Edition::Dap);
const GDAP_2023_CLAUSES: BasisMasks = clause_masks(Edition::Gdap2023);
const GDAP_2025_CLAUSES: BasisMasks = clause_masks(Edition::Gdap2025);

/// A set of clauses: a bitset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct ClauseSet(u32);

impl ClauseSet {
    /// Whether the set holds `c`.
    #[cfg(test)]
    pub(crate) const fn contains(self, c: Clause) -> bool {
        self.0 & c.bit() != 0
    }
}

/// One thing an answer cites: a whole rule, or a clause of a mixed rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cite {
    /// A rule with one basis per edition.
    Rule(RuleId),
    /// A clause of a rule that mixes bases.
    Clause(Clause),
}

impl From<RuleId> for Cite {
    fn from(id: RuleId) -> Cite {
        Cite::Rule(id)
    }
}

impl From<Clause> for Cite {
    fn from(c: Clause) -> Cite {
        Cite::Clause(c)
    }
}

/// What an answer cites: the rule IDs, and the clauses it used of the rules
/// that mix bases.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Cited {
    /// The rule IDs.
    pub(crate) rules: RuleSet,
    /// The clauses used.
    pub(crate) clauses: ClauseSet,
}

impl Cited {
    /// The rules alone (their catalogue basis).
    pub(crate) const fn rules(rules: RuleSet) -> Cited {
        Cited {
            rules,
            clauses: ClauseSet(0),
        }
    }

    /// Adds a rule, or a clause and its rule.
    #[cfg(test)]
    pub(crate) fn insert(&mut self, cite: impl Into<Cite>) {
        *self = self.with_cite(cite.into());
    }

    /// With `cite` added; usable in constants.
    #[must_use]
    pub(crate) const fn with_cite(self, cite: Cite) -> Cited {
        match cite {
            Cite::Rule(id) => Cited {
                rules: RuleSet::from_bits(self.rules.bits() | id.bit()),
                clauses: self.clauses,
            },
            Cite::Clause(c) => Cited {
                rules: RuleSet::from_bits(self.rules.bits() | c.rule().bit()),
                clauses: ClauseSet(self.clauses.0 | c.bit()),
            },
        }
    }

    /// With `cite` added.
    #[must_use]
    #[cfg(test)]
    pub(crate) fn with(mut self, cite: impl Into<Cite>) -> Cited {
        self.insert(cite);
        self
    }

    /// The union of two.
    #[must_use]
    pub(crate) const fn union(self, other: Cited) -> Cited {
        Cited {
            rules: self.rules.union(other.rules),
            clauses: ClauseSet(self.clauses.0 | other.clauses.0),
        }
    }

    /// The weakest basis of what is cited in `edition`: a rule with clauses
    /// in the set by the weakest of those clauses, every other rule by its
    /// catalogue basis (the weakest of all its clauses, for a mixed rule
    /// cited without one: fail closed).
    pub(crate) const fn basis(self, edition: Edition) -> Basis {
        let mut by_clause = 0u64;
        let mut bits = self.clauses.0;
        while bits != 0 {
            let i = bits.trailing_zeros();
            bits &= bits.wrapping_sub(1);
            by_clause |= rule_of_clause(i as usize).bit();
        }
        let plain = RuleSet::from_bits(self.rules.bits() & !by_clause);
        weakest_basis(plain, edition).weakest(clause_basis(self.clauses, edition))
    }
}

/// The weakest basis among `clauses` in `edition`.
const fn clause_basis(clauses: ClauseSet, edition: Edition) -> Basis {
    let masks = match edition {
        Edition::Dap => DAP_CLAUSES,
        Edition::Gdap2023 => GDAP_2023_CLAUSES,
        Edition::Gdap2025 => GDAP_2025_CLAUSES,
    };
    masks.weakest(clauses.0 as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_in_clause_order() {
        let order: Vec<Clause> = CLAUSES.iter().map(|e| e.clause).collect();
        assert_eq!(order, Clause::ALL.into_iter().collect::<Vec<_>>());
    }

    /// The catalogue's basis of a mixed rule is the weakest of its clauses,
    /// edition by edition, so the rule ID alone never reads firmer.
    #[test]
    fn a_mixed_rule_has_the_catalogue_basis_of_its_weakest_clause() {
        for &e in Edition::ALL {
            for rule in CLAUSES.iter().map(|c| c.rule) {
                let weakest = CLAUSES
                    .iter()
                    .filter(|c| c.rule == rule)
                    .filter_map(|c| basis_of(c.basis, e))
                    .reduce(Basis::weakest);
                assert_eq!(rule.rule().basis(e), weakest, "{rule} in {e}");
            }
        }
    }

    /// The masks agree with folding the table.
    #[test]
    fn basis_of_clauses_agrees_with_the_table() {
        for &e in Edition::ALL {
            for a in Clause::ALL.into_iter() {
                for b in Clause::ALL.into_iter() {
                    let cited = Cited::default().with(a).with(b);
                    let folded = [a, b]
                        .iter()
                        .filter_map(|c| basis_of(CLAUSES[*c as usize].basis, e))
                        .fold(Basis::Stated, Basis::weakest);
                    assert_eq!(cited.basis(e), folded, "{a:?} {b:?} {e}");
                }
            }
        }
    }

    /// Every rule that mixes bases is cited through a clause, by every
    /// answer, so no answer falls back to the rule's weakest clause.
    #[test]
    fn every_mixed_rule_an_answer_cites_names_its_clause() {
        let mixed: RuleSet = CLAUSES.iter().map(|c| c.rule).collect();
        let claused = |cited: Cited| -> RuleSet {
            CLAUSES
                .iter()
                .filter(|c| cited.clauses.contains(c.clause))
                .map(|c| c.rule)
                .collect()
        };
        let mut seen = RuleSet::EMPTY;
        for i in 0..20_000 {
            let r = crate::samples::mixed(i);
            let (d, cited) = crate::rules::engine::decide_cited(&r);
            assert_eq!(d.rules, cited.rules);
            for id in cited.rules.iter().filter(|id| mixed.contains(*id)) {
                assert!(claused(cited).contains(id), "{id} without a clause: {r:?}");
                seen.insert(id);
            }
        }
        assert_eq!(
            seen,
            mixed.without(RuleId::FeeBillingFree),
            "decisions never cite fees"
        );
    }

    #[test]
    fn a_clause_overrides_its_rule_but_no_other() {
        let e = Edition::Gdap2025;
        // The whole rule: outside (its weakest clause).
        let whole = Cited::rules(RuleSet::of(&[RuleId::FilerAdminAgentGdap]));
        assert_eq!(whole.basis(e), Basis::Outside);
        // Its stated clause alone: stated.
        let clause = Cited::default().with(Clause::FilerAdminAgentGdapRequirement);
        assert_eq!(clause.basis(e), Basis::Stated);
        // Another rule beside it keeps its own basis.
        let both = clause.with(RuleId::AzureGdapRbac);
        assert_eq!(both.basis(e), Basis::Outside);
        assert!(
            both.clauses
                .contains(Clause::FilerAdminAgentGdapRequirement)
        );
    }
}
