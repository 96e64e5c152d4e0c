//! The decision core: the stages of `RULES.md`, "Order of evaluation".
//!
//! Each stage collects its failing checks; the first stage with any decides,
//! citing all of them, and inside a stage denied beats not covered beats
//! redirected. Everything here is `Copy` data and bit operations: no
//! allocation, no I/O.

use crate::decision::{Decision, Missing, MissingFacts, Outcome, Remedies, Remedy, ValidUntil};
use crate::model::{
    AutoExtend, AzureAccess, AzureRoles, Channel, Cloud, CustomerTenant, EntraRole, EntraRoles,
    OwnEntitlement, PartnerCenterRole, PartnerType, ProblemKind, Request, Tenant, Workload,
};
use crate::{Basis, Edition, Error, GDAP_AUTO_EXTEND_DAYS, RuleId, RuleSet};

/// The failing checks of one stage.
#[derive(Clone, Copy, Default)]
struct Stage {
    outcome: Option<Outcome>,
    rules: RuleSet,
    missing: MissingFacts,
    remedies: Remedies,
}

impl Stage {
    fn fail(&mut self, outcome: Outcome, rule: RuleId, missing: Missing, remedy: Option<Remedy>) {
        if self.outcome.is_none_or(|o| outcome.weight() > o.weight()) {
            self.outcome = Some(outcome);
        }
        self.rules.insert(rule);
        self.missing.insert(missing);
        if let Some(r) = remedy {
            self.remedies.insert(r);
        }
    }

    fn deny(&mut self, rule: RuleId, missing: Missing, remedy: Remedy) {
        self.fail(Outcome::Denied, rule, missing, Some(remedy));
    }

    fn not_covered(&mut self, rule: RuleId, missing: Missing, remedy: Option<Remedy>) {
        self.fail(Outcome::NotCovered, rule, missing, remedy);
    }

    fn decision(self, edition: Edition) -> Option<Decision> {
        let outcome = self.outcome?;
        Some(Decision {
            outcome,
            rules: self.rules,
            missing: self.missing,
            remedies: self.remedies,
            basis: weakest_basis(self.rules, edition),
            valid_until: None,
        })
    }
}

/// The weakest catalogue basis among `rules` in `edition`.
pub(crate) fn weakest_basis(rules: RuleSet, edition: Edition) -> Basis {
    crate::rule::weakest_basis(rules, edition)
}

/// Decides whether the request may be filed: the first question.
///
/// This is the eligibility decision alone; [`assess`](crate::assess) answers
/// every question at once.
///
/// ```
/// use csp_support::{decide, samples, Outcome, RuleId};
/// let d = decide(&samples::direct_partner_office365())?;
/// assert_eq!(d.outcome, Outcome::Allowed);
/// assert!(d.rules.contains(RuleId::FilerAdminAgentGdap));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// [`Error`] when the facts are invalid (see [`Request::validate`]); never
/// for a denial.
pub fn decide(request: &Request) -> Result<Decision, Error> {
    request.validate()?;
    Ok(decide_valid(request))
}

impl Request {
    /// Checks the facts that have invariants: the GDAP relationship.
    ///
    /// # Errors
    ///
    /// As [`GdapRelationship::validate`](crate::GdapRelationship::validate).
    pub fn validate(&self) -> Result<(), Error> {
        if let Tenant::Customer(CustomerTenant {
            gdap: Some(rel), ..
        }) = &self.tenant
        {
            rel.validate()?;
        }
        Ok(())
    }
}

pub(crate) fn decide_valid(req: &Request) -> Decision {
    let e = req.edition;
    if let Some(d) = scope(req).decision(e) {
        return d;
    }
    if let Some(d) = channel(req).decision(e) {
        return d;
    }
    match &req.tenant {
        Tenant::Own { entitlement } => own_tenant(*entitlement)
            .decision(e)
            .unwrap_or_else(|| allowed(req, OWN_GRANTED, None)),
        Tenant::Customer(customer) => {
            let (stage, granted) = customer_tenant(req, customer);
            stage.decision(e).unwrap_or_else(|| {
                let granted = granted.union(RuleSet::of(&[RuleId::RouteViaPartnerCenter]));
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

/// The scope rules that admit every allowed request: its cloud, its
/// workload and its problem kind.
const SCOPE_GRANTED: RuleSet = RuleSet::of(&[
    RuleId::ScopeClouds,
    RuleId::ScopeWorkloads,
    RuleId::ScopeProblemKinds,
]);

/// Stage 1: cloud, workload, problem kind.
fn scope(req: &Request) -> Stage {
    let e = req.edition;
    let mut st = Stage::default();
    if req.cloud == Cloud::Germany && e != Edition::Dap {
        st.not_covered(RuleId::ScopeClouds, Missing::CoveredCloud, None);
    }
    match req.workload {
        Workload::CommercialMarketplace if e.is_gdap() => {
            st.fail(
                Outcome::Redirected,
                RuleId::ScopeMarketplaceIsv,
                Missing::CoveredWorkload,
                None,
            );
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
        st.not_covered(RuleId::ScopeProblemKinds, Missing::CoveredProblemKind, None);
    }
    st
}

/// Stage 2: phone, direct sign-in for a customer, Partner Center for the own tenant.
fn channel(req: &Request) -> Stage {
    let mut st = Stage::default();
    let own = matches!(req.tenant, Tenant::Own { .. });
    match req.channel {
        Channel::Phone if req.edition == Edition::Dap => {
            st.deny(
                RuleId::RouteNoPhone,
                Missing::CoveredChannel,
                Remedy::FileThroughPartnerCenter,
            );
        }
        Channel::Phone => st.not_covered(
            RuleId::RouteViaPartnerCenter,
            Missing::CoveredChannel,
            Some(Remedy::FileThroughPartnerCenter),
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
            st.rules.insert(RuleId::OwnNotCspEntitlement);
        }
        _ => st.deny(
            RuleId::OwnEntitlementRequired,
            Missing::NamedEntitlement,
            Remedy::NameOwnSupportPlan,
        ),
    }
    st
}

/// Stage 4: the customer tenant. Returns the failing checks and the rules
/// that were checked and passed (cited when allowed).
fn customer_tenant(req: &Request, customer: &CustomerTenant) -> (Stage, RuleSet) {
    let e = req.edition;
    let mut st = Stage::default();
    let mut granted = RuleSet::of(&[RuleId::FilerPartnerTypes]);
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
        // Role, relationship, user assignment.
        granted.insert(RuleId::FilerAdminAgentGdap);
        if !roles.contains(PartnerCenterRole::AdminAgent) {
            st.deny(
                RuleId::FilerAdminAgentGdap,
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
            granted.insert(RuleId::AzureDapAccessGranted);
            dap_azure_grant(ptype, access, &mut st);
        }
    }
    (st, granted)
}

/// The GDAP relationship: active and unexpired at filing, reaching the
/// user, with a sufficient role (any role for Azure).
fn gdap_relationship(
    req: &Request,
    customer: &CustomerTenant,
    azure_provider: bool,
    st: &mut Stage,
) {
    let azure = req.workload == Workload::Azure;
    // For an Azure provider, lacking administrator permissions is the
    // separate procedure the seeds point to (not covered); otherwise a denial.
    let mut unusable = |missing: Missing, remedy: Remedy| {
        if azure_provider {
            st.not_covered(RuleId::AzureNoAdminPermissions, missing, Some(remedy));
        } else {
            st.deny(RuleId::FilerAdminAgentGdap, missing, remedy);
        }
    };
    let Some(rel) = customer.gdap.filter(|r| r.grants_at(req.filed_at)) else {
        unusable(
            Missing::ActiveRelationship,
            Remedy::EstablishActiveGdapRelationship,
        );
        return;
    };
    // An unrecognised role is kept but grants nothing, not even for Azure.
    let mut reaching = rel.effective_roles();
    reaching.remove(EntraRole::Other);
    if reaching.is_empty() {
        unusable(Missing::UserAssignment, Remedy::AssignUserToRelationship);
    } else if !azure && !reaching.intersects(EntraRoles::SUPPORT_TICKETS) {
        // Helpdesk administrator (or any other role) is not enough: a missing
        // requirement, so adding a sufficient role next to it allows.
        st.deny(
            RuleId::FilerAdminAgentGdap,
            Missing::SufficientEntraRole,
            Remedy::AddServiceSupportAdministrator,
        );
    }
}

/// `AZURE-DAP-ACCESS-GRANTED`: the provider needs no grant; an indirect
/// reseller needs one; anyone else has no documented path.
fn dap_azure_grant(ptype: PartnerType, access: AzureAccess, st: &mut Stage) {
    match ptype {
        PartnerType::DirectBillPartner | PartnerType::IndirectProvider if access.is_provider => {}
        PartnerType::IndirectReseller if access.granted_by_indirect_provider => {}
        PartnerType::IndirectReseller => {
            // The one clause the Russian and Japanese seeds state.
            st.deny(
                RuleId::AzureDapAccessGranted,
                Missing::AzureAccessGrant,
                Remedy::AskIndirectProviderForAzureAccess,
            );
        }
        _ => st.not_covered(
            RuleId::AzureDapAccessGranted,
            Missing::AzureAccessPath,
            Some(Remedy::AskSubscriptionProviderToFile),
        ),
    }
}

/// Stage 5: allowed, citing the rules that granted it: the scope rules that
/// admitted the request and the passing checks of its tenant stage.
fn allowed(req: &Request, granted: RuleSet, valid_until: Option<ValidUntil>) -> Decision {
    let rules = SCOPE_GRANTED.union(granted);
    Decision {
        outcome: Outcome::Allowed,
        rules,
        missing: MissingFacts::EMPTY,
        remedies: Remedies::EMPTY,
        basis: allowed_basis(rules, req),
        valid_until,
    }
}

/// `SCOPE-PROBLEM-KINDS` mixes bases in `gdap-2025`: the technical clause is
/// stated there, billing and subscription management are inherited. A
/// decision reports the weakest clause it uses (RULES.md), so a technical
/// request does not inherit the billing clause's basis.
fn allowed_basis(rules: RuleSet, req: &Request) -> Basis {
    let technical_2025 = req.edition == Edition::Gdap2025 && req.problem == ProblemKind::Technical;
    if technical_2025 {
        weakest_basis(rules.without(RuleId::ScopeProblemKinds), req.edition)
    } else {
        weakest_basis(rules, req.edition)
    }
}
