//! The decision core: the stages of `RULES.md`, "Order of evaluation".
//!
//! Each stage collects its failing checks; the first stage with any decides,
//! citing all of them, and inside a stage denied beats not covered beats
//! redirected. Everything here is `Copy` data and bit operations: no
//! allocation, no I/O.

use crate::answers::decision::{
    Decision, Missing, MissingFacts, Outcome, Remedies, Remedy, ValidUntil,
};
use crate::facts::model::{
    AutoExtend, AzureAccess, AzureRoles, Channel, Cloud, CustomerTenant, EntraRole, EntraRoles,
    GdapRelationship, OwnEntitlement, PartnerCenterRole, PartnerType, ProblemKind, Request, Tenant,
    Workload,
};
use crate::rules::clause::{Cite, Cited, Clause};
use crate::{Basis, Edition, GDAP_AUTO_EXTEND_DAYS, RuleId, RuleSet};

/// The failing checks of one stage.
#[derive(Clone, Copy, Default)]
struct Stage {
    outcome: Option<Outcome>,
    cited: Cited,
    missing: MissingFacts,
    remedies: Remedies,
}

impl Stage {
    fn fail(
        &mut self,
        outcome: Outcome,
        cite: impl Into<Cite>,
        missing: Option<Missing>,
        remedy: Option<Remedy>,
    ) {
        if self.outcome.is_none_or(|o| outcome.weight() > o.weight()) {
            self.outcome = Some(outcome);
        }
        self.cited.insert(cite);
        if let Some(m) = missing {
            self.missing.insert(m);
        }
        if let Some(r) = remedy {
            self.remedies.insert(r);
        }
    }

    fn deny(&mut self, cite: impl Into<Cite>, missing: Missing, remedy: Remedy) {
        self.fail(Outcome::Denied, cite, Some(missing), Some(remedy));
    }

    fn not_covered(&mut self, cite: impl Into<Cite>, missing: Missing, remedy: Option<Remedy>) {
        self.fail(Outcome::NotCovered, cite, Some(missing), remedy);
    }

    /// A redirect names nothing missing and gives no advice: nothing the
    /// partner adds would make Microsoft support the product.
    fn redirect(&mut self, cite: impl Into<Cite>) {
        self.fail(Outcome::Redirected, cite, None, None);
    }

    fn decision(self, edition: Edition) -> Option<Decision> {
        let outcome = self.outcome?;
        Some(Decision {
            outcome,
            rules: self.cited.rules,
            missing: self.missing,
            remedies: self.remedies,
            basis: self.cited.basis(edition),
            valid_until: None,
        })
    }
}

/// The weakest catalogue basis among `rules` in `edition` (a mixed rule by
/// its weakest clause); answers that know their clauses use [`Cited::basis`].
pub(crate) fn weakest_basis(rules: RuleSet, edition: Edition) -> Basis {
    crate::rules::catalogue::weakest_basis(rules, edition)
}

/// Decides whether the request may be filed: the first question.
///
/// This is the eligibility decision alone; [`assess`](crate::assess) answers
/// every question at once.
///
/// ```
/// use csp_support::{decide, samples, Outcome, RuleId};
/// let d = decide(&samples::direct_partner_office365());
/// assert_eq!(d.outcome, Outcome::Allowed);
/// assert!(d.rules.contains(RuleId::FilerAdminAgentGdap));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// Infallible: every [`Request`] is a valid set of facts (the GDAP
/// relationship is checked when it is built or read), so a denial is an
/// [`Outcome`](crate::Outcome), never an error. A table lookup without
/// allocation.
pub fn decide(request: &Request) -> Decision {
    decide_cited(request).0
}

/// The decision, and what it cites clause by clause (its basis is read off
/// the latter).
pub(crate) fn decide_cited(req: &Request) -> (Decision, Cited) {
    let e = req.edition;
    let decided = |stage: Stage| stage.decision(e).map(|d| (d, stage.cited));
    if let Some(d) = decided(scope(req)) {
        return d;
    }
    if let Some(d) = decided(channel(req)) {
        return d;
    }
    match &req.tenant {
        Tenant::Own { entitlement } => decided(own_tenant(*entitlement))
            .unwrap_or_else(|| allowed(req, Cited::rules(OWN_GRANTED), None)),
        Tenant::Customer(customer) => {
            let (stage, granted) = customer_tenant(req, customer);
            decided(stage).unwrap_or_else(|| {
                let granted = granted.with(Clause::RouteViaPartnerCenterFiling);
                let valid_until = customer.gdap.filter(|_| e.is_gdap()).map(|rel| ValidUntil {
                    at: rel.ends_at,
                    renews_by_days: (rel.auto_extend == AutoExtend::On)
                        .then_some(GDAP_AUTO_EXTEND_DAYS),
                });
                allowed(req, granted, valid_until)
            })
        }
    }
}

const OWN_GRANTED: RuleSet =
    RuleSet::of(&[RuleId::OwnDirectSignIn, RuleId::OwnEntitlementRequired]);

/// The scope rules that admit every allowed request: its cloud and its
/// workload; its problem kind is cited by the clause that lists it.
const SCOPE_GRANTED: RuleSet = RuleSet::of(&[RuleId::ScopeClouds, RuleId::ScopeWorkloads]);

/// The clause of `SCOPE-PROBLEM-KINDS` that admits `problem`.
const fn problem_kind_clause(problem: ProblemKind) -> Clause {
    match problem {
        ProblemKind::Technical => Clause::ScopeProblemKindsTechnical,
        ProblemKind::Billing | ProblemKind::SubscriptionManagement => {
            Clause::ScopeProblemKindsBilling
        }
        ProblemKind::BillingDispute | ProblemKind::SuspectedFraud => {
            Clause::ScopeProblemKindsDapOnly
        }
    }
}

/// Stage 1: cloud, workload, problem kind.
fn scope(req: &Request) -> Stage {
    let e = req.edition;
    let mut st = Stage::default();
    if req.cloud == Cloud::Germany && e != Edition::Dap {
        st.not_covered(RuleId::ScopeClouds, Missing::CoveredCloud, None);
    }
    match req.workload {
        Workload::CommercialMarketplace if e.is_gdap() => {
            st.redirect(RuleId::ScopeMarketplaceIsv);
        }
        Workload::CommercialMarketplace | Workload::Other => {
            st.not_covered(RuleId::ScopeWorkloads, Missing::CoveredWorkload, None);
        }
        _ => {}
    }
    let dap_only = matches!(
        req.problem,
        ProblemKind::BillingDispute | ProblemKind::SuspectedFraud
    );
    if dap_only && e != Edition::Dap {
        st.not_covered(
            Clause::ScopeProblemKindsUnlisted,
            Missing::CoveredProblemKind,
            None,
        );
    }
    st
}

/// Stage 2: phone, direct sign-in for a customer, Partner Center for the own tenant.
fn channel(req: &Request) -> Stage {
    let mut st = Stage::default();
    let own = matches!(req.tenant, Tenant::Own { .. });
    // The advice for a phone request names the channel that serves it.
    let instead = if own {
        Remedy::SignInDirectly
    } else {
        Remedy::FileThroughPartnerCenter
    };
    match req.channel {
        Channel::Phone if req.edition == Edition::Dap => {
            st.deny(RuleId::RouteNoPhone, Missing::CoveredChannel, instead);
        }
        // The later editions name only Partner Center: the filing clause.
        Channel::Phone => st.not_covered(
            Clause::RouteViaPartnerCenterFiling,
            Missing::CoveredChannel,
            Some(instead),
        ),
        Channel::PartnerCenter if own => {
            st.deny(
                RuleId::OwnDirectSignIn,
                Missing::CoveredChannel,
                Remedy::SignInDirectly,
            );
        }
        Channel::AzurePortalDirect | Channel::AdminCenterDirect if !own => st.deny(
            RuleId::RouteDirectSignInOwnContext,
            Missing::CoveredChannel,
            Remedy::StartFromPartnerCenter,
        ),
        Channel::AzurePortalDirect | Channel::AdminCenterDirect => {
            // Own tenant: the portal must be the one that serves the workload.
            let matches = match req.channel {
                Channel::AzurePortalDirect => req.workload == Workload::Azure,
                _ => req.workload.is_microsoft_365(),
            };
            if !matches {
                st.not_covered(
                    RuleId::OwnDirectSignIn,
                    Missing::MatchingPortal,
                    Some(Remedy::SignInDirectly),
                );
            }
        }
        Channel::PartnerCenter => {}
    }
    st
}

/// Stage 3: the own tenant's entitlement.
fn own_tenant(entitlement: OwnEntitlement) -> Stage {
    let mut st = Stage::default();
    match entitlement {
        e if e.is_named_by_seeds() => {}
        OwnEntitlement::Other => st.not_covered(
            RuleId::OwnEntitlementRequired,
            Missing::NamedEntitlement,
            Some(Remedy::NameOwnSupportPlan),
        ),
        OwnEntitlement::CloudSolutionProvider => {
            st.deny(
                RuleId::OwnEntitlementRequired,
                Missing::NamedEntitlement,
                Remedy::NameOwnSupportPlan,
            );
            st.cited.insert(RuleId::OwnNotCspEntitlement);
        }
        _ => st.deny(
            RuleId::OwnEntitlementRequired,
            Missing::NamedEntitlement,
            Remedy::NameOwnSupportPlan,
        ),
    }
    st
}

/// Stage 4: the customer tenant. Returns the failing checks and what was
/// checked and passed (cited when allowed).
fn customer_tenant(req: &Request, customer: &CustomerTenant) -> (Stage, Cited) {
    let e = req.edition;
    let mut st = Stage::default();
    let mut granted = Cited::rules(RuleSet::of(&[RuleId::FilerPartnerTypes]));
    let azure = req.workload == Workload::Azure;
    let access = customer.azure.unwrap_or_default();
    let ptype = req.partner.partner_type;
    let provider = ptype.can_be_provider() && access.is_provider;
    let roles = req.partner.roles;

    // The filer's type.
    if e == Edition::Gdap2025 && !ptype.can_be_provider() {
        st.deny(
            RuleId::FilerPartnerTypes,
            Missing::AllowedPartnerType,
            Remedy::AskProviderToFile,
        );
    }

    if e.is_gdap() {
        // Azure provider.
        if azure {
            granted.insert(RuleId::AzureProviderOnly);
            if !provider {
                st.deny(
                    RuleId::AzureProviderOnly,
                    Missing::SubscriptionProvider,
                    Remedy::AskSubscriptionProviderToFile,
                );
            }
        }
        // Role, relationship, user assignment: an allowance uses every clause.
        granted.insert(Clause::FilerAdminAgentGdapRequirement);
        granted.insert(Clause::FilerAdminAgentGdapEntraRole);
        if !roles.contains(PartnerCenterRole::AdminAgent) {
            st.deny(
                Clause::FilerAdminAgentGdapRequirement,
                Missing::PartnerCenterRole,
                Remedy::GetAdminAgentRole,
            );
        }
        gdap_relationship(req, customer, azure && provider, &mut st);
        // RBAC.
        if azure {
            granted.insert(RuleId::AzureGdapRbac);
            if !access.rbac.intersects(AzureRoles::SUPPORT_TICKETS) {
                st.deny(
                    RuleId::AzureGdapRbac,
                    Missing::SupportTicketRbacRole,
                    Remedy::AssignSupportRequestContributor,
                );
            }
        }
    } else {
        granted.insert(RuleId::FilerDapDelegatedAdmin);
        if !customer.delegated_admin {
            st.deny(
                RuleId::FilerDapDelegatedAdmin,
                Missing::DelegatedAdmin,
                Remedy::ObtainDelegatedAdmin,
            );
        }
        let agent = [
            PartnerCenterRole::AdminAgent,
            PartnerCenterRole::HelpdeskAgent,
        ];
        if !agent.iter().any(|r| roles.contains(*r)) {
            st.deny(
                RuleId::FilerDapDelegatedAdmin,
                Missing::PartnerCenterRole,
                Remedy::GetAdminOrHelpdeskAgentRole,
            );
        }
        if azure {
            granted.insert(dap_azure_grant(ptype, access, &mut st));
        }
    }
    (st, granted)
}

/// The Entra roles that count for this request: Service support
/// administrator or Global administrator for Microsoft 365, any recognised
/// role for Azure.
fn sufficient(roles: EntraRoles, azure: bool) -> bool {
    if azure {
        // An unrecognised role grants nothing, not even for Azure.
        !roles
            .difference(EntraRoles::of(&[EntraRole::Other]))
            .is_empty()
    } else {
        roles.intersects(EntraRoles::SUPPORT_TICKETS)
    }
}

/// The GDAP relationship: active and unexpired at filing, reaching the
/// user, with a sufficient role (any recognised role for Azure).
///
/// The advice names what would change the outcome: a user who is not
/// assigned is assigned; a relationship that grants no sufficient role gets
/// Service support administrator (also when the user is not assigned: then
/// both); a user assigned through a group without a sufficient role gets it.
fn gdap_relationship(
    req: &Request,
    customer: &CustomerTenant,
    azure_provider: bool,
    st: &mut Stage,
) {
    let azure = req.workload == Workload::Azure;
    // For an Azure provider, lacking administrator permissions is the
    // separate procedure the seeds point to (not covered); otherwise a denial.
    let mut unusable = |clause: Clause, missing: Missing, remedy: Remedy| {
        if azure_provider {
            st.not_covered(RuleId::AzureNoAdminPermissions, missing, Some(remedy));
        } else {
            st.deny(clause, missing, remedy);
        }
    };
    let Some(rel) = customer.gdap.filter(|r| r.grants_at(req.filed_at)) else {
        unusable(
            Clause::FilerAdminAgentGdapRequirement,
            Missing::ActiveRelationship,
            Remedy::EstablishActiveGdapRelationship,
        );
        return;
    };
    let GdapUse {
        assigned,
        reaching_suffices,
        relationship_suffices,
    } = GdapUse::of(&rel, azure);
    if !assigned {
        unusable(
            Clause::FilerAdminAgentGdapEntraRole,
            Missing::UserAssignment,
            Remedy::AssignUserToRelationship,
        );
    }
    // Helpdesk administrator (or any other role) is not enough: a missing
    // requirement, so adding a sufficient role next to it allows.
    if !reaching_suffices && (assigned || !relationship_suffices) {
        unusable(
            Clause::FilerAdminAgentGdapEntraRole,
            Missing::SufficientEntraRole,
            Remedy::AddServiceSupportAdministrator,
        );
    }
}

/// What a relationship gives the filing user.
struct GdapUse {
    /// The user is assigned: some role of the relationship reaches them,
    /// recognised or not.
    assigned: bool,
    /// The roles that reach the user include a sufficient one.
    reaching_suffices: bool,
    /// The relationship grants a sufficient role (to someone).
    relationship_suffices: bool,
}

impl GdapUse {
    fn of(rel: &GdapRelationship, azure: bool) -> GdapUse {
        let reaching = rel.effective_roles();
        GdapUse {
            assigned: !reaching.is_empty(),
            reaching_suffices: sufficient(reaching, azure),
            relationship_suffices: sufficient(rel.roles, azure),
        }
    }
}

/// `AZURE-DAP-ACCESS-GRANTED`: the provider needs no grant; an indirect
/// reseller needs one; anyone else has no documented path. Returns the
/// clause used.
fn dap_azure_grant(ptype: PartnerType, access: AzureAccess, st: &mut Stage) -> Clause {
    match ptype {
        PartnerType::DirectBillPartner | PartnerType::IndirectProvider if access.is_provider => {
            Clause::AzureDapAccessGrantedProvider
        }
        PartnerType::IndirectReseller => {
            if !access.granted_by_indirect_provider {
                // The one clause the Russian and Japanese seeds state.
                st.deny(
                    Clause::AzureDapAccessGrantedReseller,
                    Missing::AzureAccessGrant,
                    Remedy::AskIndirectProviderForAzureAccess,
                );
            }
            Clause::AzureDapAccessGrantedReseller
        }
        _ => {
            st.not_covered(
                Clause::AzureDapAccessGrantedNeither,
                Missing::AzureAccessPath,
                Some(Remedy::AskSubscriptionProviderToFile),
            );
            Clause::AzureDapAccessGrantedNeither
        }
    }
}

/// Stage 5: allowed, citing what granted it: the scope rules that admitted
/// the request (its problem kind by the clause that lists it) and the
/// passing checks of its tenant stage.
fn allowed(req: &Request, granted: Cited, valid_until: Option<ValidUntil>) -> (Decision, Cited) {
    let cited = Cited::rules(SCOPE_GRANTED)
        .with(problem_kind_clause(req.problem))
        .union(granted);
    let decision = Decision {
        outcome: Outcome::Allowed,
        rules: cited.rules,
        missing: MissingFacts::EMPTY,
        remedies: Remedies::EMPTY,
        basis: cited.basis(req.edition),
        valid_until,
    };
    (decision, cited)
}
