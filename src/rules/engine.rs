//! The decision core: the stages of `RULES.md`, "Order of evaluation".
//!
//! Each stage collects its failing checks; the first stage with any decides,
//! citing all of them, and inside a stage denied beats not covered beats
//! redirected.
//!
//! The engine reads [`Facts`]: the request reduced to what the stages tell
//! apart (a workload is Azure, Microsoft 365, Marketplace or other; a GDAP
//! relationship is unusable, or usable with or without the user assigned
//! and a sufficient role). There are few enough of those to decide every
//! combination ahead: the stages are `const fn`s, and each edition's tables
//! ([`Tables`]) are their answers for every combination, computed when the
//! crate is compiled. [`decide`] reduces the request to its indices and looks
//! the answer up; `decide_cited` (tests only) runs the engine itself, the
//! reference the tables are tested against. Everything here is `Copy` data
//! and bit operations: no allocation, no I/O.
//!
//! To change a rule, change its stage below: the tables follow. To make the
//! engine read a new fact, add it to [`Facts`] (or [`CustomerFacts`]), give it
//! a digit in the index that reads it (`front_index`, `own_index`,
//! `customer_index`) and in the matching `Facts::from_*_index`; the unit
//! tests fail until index and decoding agree.

use crate::answers::decision::{
    Decision, Missing, MissingFacts, Outcome, Remedies, Remedy, ValidUntil,
};
use crate::facts::model::{
    AutoExtend, AzureRoles, Channel, Cloud, CustomerTenant, EntraRole, EntraRoles, OwnEntitlement,
    PartnerCenterRole, PartnerType, ProblemKind, Request, Tenant, Workload,
};
use crate::rules::clause::{Cite, Cited, Clause};
use crate::util::index::Index;
use crate::{Basis, Edition, GDAP_AUTO_EXTEND_DAYS, RuleId, RuleSet};

/// The failing checks of one stage.
#[derive(Clone, Copy)]
struct Stage {
    outcome: Option<Outcome>,
    cited: Cited,
    missing: MissingFacts,
    remedies: Remedies,
}

impl Stage {
    const NONE: Stage = Stage {
        outcome: None,
        cited: Cited::rules(RuleSet::EMPTY),
        missing: MissingFacts::EMPTY,
        remedies: Remedies::EMPTY,
    };

    const fn fail(
        &mut self,
        outcome: Outcome,
        cite: Cite,
        missing: Option<Missing>,
        remedy: Option<Remedy>,
    ) {
        let heavier = match self.outcome {
            None => true,
            Some(o) => outcome.weight() > o.weight(),
        };
        if heavier {
            self.outcome = Some(outcome);
        }
        self.cited = self.cited.with_cite(cite);
        if let Some(m) = missing {
            self.missing = self.missing.union(MissingFacts::of(&[m]));
        }
        if let Some(r) = remedy {
            self.remedies = self.remedies.union(Remedies::of(&[r]));
        }
    }

    const fn deny(&mut self, cite: Cite, missing: Missing, remedy: Remedy) {
        self.fail(Outcome::Denied, cite, Some(missing), Some(remedy));
    }

    const fn not_covered(&mut self, cite: Cite, missing: Missing, remedy: Option<Remedy>) {
        self.fail(Outcome::NotCovered, cite, Some(missing), remedy);
    }

    /// A redirect names nothing missing and gives no advice: nothing the
    /// partner adds would make Microsoft support the product.
    const fn redirect(&mut self, cite: Cite) {
        self.fail(Outcome::Redirected, cite, None, None);
    }

    /// The answer, if a check failed.
    const fn verdict(self, edition: Edition) -> Option<Verdict> {
        match self.outcome {
            Some(outcome) => Some(Verdict {
                outcome,
                rules: self.cited.rules,
                missing: self.missing,
                remedies: self.remedies,
                basis: self.cited.basis(edition),
            }),
            None => None,
        }
    }
}

/// A decision without its `valid_until` (which is the relationship's own
/// date, not a fact the engine tells apart): what the tables hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Verdict {
    outcome: Outcome,
    rules: RuleSet,
    missing: MissingFacts,
    remedies: Remedies,
    basis: Basis,
}

impl Verdict {
    const fn decision(self, valid_until: Option<ValidUntil>) -> Decision {
        Decision {
            outcome: self.outcome,
            rules: self.rules,
            missing: self.missing,
            remedies: self.remedies,
            basis: self.basis,
            valid_until,
        }
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
/// allocation: the answers for every combination of facts are computed when
/// the crate is compiled.
#[must_use]
pub fn decide(request: &Request) -> Decision {
    let tables = Tables::get(request.edition);
    let workload = WorkloadClass::of(request.workload);
    let problem = ProblemClass::of(request.problem);
    let own = matches!(request.tenant, Tenant::Own { .. });
    let germany = request.cloud == Cloud::Germany;
    let front = front_index(germany, workload, problem, request.channel, own);
    if let Some(Some(d)) = tables.front.get(front) {
        // The scope and channel stages never allow.
        return *d;
    }
    decide_tenant(request, tables, workload, problem)
}

/// [`decide`] after the scope and channel stages passed: the tenant's
/// stage. Apart, so the path that ends at those stages (most requests of a
/// mixed batch) does not save the registers this one needs.
#[inline(never)]
fn decide_tenant(
    request: &Request,
    tables: &Tables,
    workload: WorkloadClass,
    problem: ProblemClass,
) -> Decision {
    match &request.tenant {
        Tenant::Own { entitlement } => {
            let d = tables.own.get(own_index(*entitlement, problem));
            d.copied().unwrap_or(FAIL_CLOSED_DECISION)
        }
        Tenant::Customer(c) => {
            let facts = CustomerFacts::of(request, c, workload);
            let i = customer_index(request.edition, workload, problem, &facts);
            let mut d = tables
                .customer
                .get(i)
                .copied()
                .unwrap_or(FAIL_CLOSED_DECISION);
            d.valid_until = valid_until(request.edition, c, d.outcome);
            d
        }
    }
}

/// The decision by the engine itself rather than its tables, and what it
/// cites clause by clause (its basis is read off the latter): the reference
/// [`decide`] is tested against.
#[cfg(test)]
pub(crate) fn decide_cited(req: &Request) -> (Decision, Cited) {
    let (verdict, cited) = engine(&Facts::of(req));
    let valid_until = match &req.tenant {
        Tenant::Customer(c) => valid_until(req.edition, c, verdict.outcome),
        Tenant::Own { .. } => None,
    };
    (verdict.decision(valid_until), cited)
}

/// Until when an allowed answer about a customer holds in a GDAP edition:
/// the relationship's end (every such allowance rests on one).
fn valid_until(edition: Edition, c: &CustomerTenant, outcome: Outcome) -> Option<ValidUntil> {
    match (c.gdap, outcome) {
        (Some(rel), Outcome::Allowed) if edition.is_gdap() => Some(ValidUntil {
            at: rel.ends_at,
            renews_by_days: (rel.auto_extend == AutoExtend::On).then_some(GDAP_AUTO_EXTEND_DAYS),
        }),
        _ => None,
    }
}

/// A workload as the stages tell it apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum WorkloadClass {
    Azure,
    /// Served by the admin center ([`Workload::is_microsoft_365`]).
    Microsoft365,
    CommercialMarketplace,
    Other,
}

impl WorkloadClass {
    const ALL: [WorkloadClass; 4] = [
        WorkloadClass::Azure,
        WorkloadClass::Microsoft365,
        WorkloadClass::CommercialMarketplace,
        WorkloadClass::Other,
    ];

    const fn of(w: Workload) -> WorkloadClass {
        match w {
            Workload::Azure => WorkloadClass::Azure,
            w if w.is_microsoft_365() => WorkloadClass::Microsoft365,
            Workload::CommercialMarketplace => WorkloadClass::CommercialMarketplace,
            // `other`, and any workload no rule names yet: not covered.
            _ => WorkloadClass::Other,
        }
    }
}

/// A problem kind as the stages tell it apart: by the clause of
/// `SCOPE-PROBLEM-KINDS` that lists it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ProblemClass {
    Technical,
    /// Billing and subscription management.
    Billing,
    /// Billing disputes and suspected fraud: listed in `dap` only.
    DapOnly,
}

impl ProblemClass {
    const ALL: [ProblemClass; 3] = [
        ProblemClass::Technical,
        ProblemClass::Billing,
        ProblemClass::DapOnly,
    ];

    const fn of(p: ProblemKind) -> ProblemClass {
        match p {
            ProblemKind::Technical => ProblemClass::Technical,
            ProblemKind::Billing | ProblemKind::SubscriptionManagement => ProblemClass::Billing,
            ProblemKind::BillingDispute | ProblemKind::SuspectedFraud => ProblemClass::DapOnly,
        }
    }

    /// The clause of `SCOPE-PROBLEM-KINDS` that admits it.
    const fn clause(self) -> Clause {
        match self {
            ProblemClass::Technical => Clause::ScopeProblemKindsTechnical,
            ProblemClass::Billing => Clause::ScopeProblemKindsBilling,
            ProblemClass::DapOnly => Clause::ScopeProblemKindsDapOnly,
        }
    }
}

/// What a GDAP relationship gives the filing user at filing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum GdapFacts {
    /// None, or not active and unexpired at filing: it grants nothing.
    Unusable,
    /// Active and unexpired at filing.
    Usable {
        /// The user is assigned: some role of the relationship reaches
        /// them, recognised or not.
        assigned: bool,
        /// The roles that reach the user include a sufficient one.
        reaching_suffices: bool,
        /// The relationship grants a sufficient role (to someone).
        relationship_suffices: bool,
    },
}

impl GdapFacts {
    /// How many there are; [`index`](Self::index) numbers them.
    const COUNT: usize = 9;

    const fn index(self) -> usize {
        match self {
            GdapFacts::Unusable => 0,
            GdapFacts::Usable {
                assigned,
                reaching_suffices,
                relationship_suffices,
            } => Index(assigned as usize)
                .push_bool(reaching_suffices)
                .push_bool(relationship_suffices)
                .0
                .wrapping_add(1),
        }
    }

    const fn from_index(i: usize) -> GdapFacts {
        match i.checked_sub(1) {
            None => GdapFacts::Unusable,
            Some(k) => {
                let mut k = Index(k);
                let relationship_suffices = k.pop_bool();
                let reaching_suffices = k.pop_bool();
                GdapFacts::Usable {
                    assigned: k.pop_bool(),
                    reaching_suffices,
                    relationship_suffices,
                }
            }
        }
    }
}

/// The facts of a customer tenant and its filer that the customer stage reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct CustomerFacts {
    partner_type: PartnerType,
    admin_agent: bool,
    helpdesk_agent: bool,
    /// The filer's organisation is the provider of the Azure subscription.
    is_provider: bool,
    /// The indirect provider granted access to the customer's Azure account.
    granted: bool,
    /// An Azure RBAC role that may write support tickets.
    rbac: bool,
    delegated_admin: bool,
    gdap: GdapFacts,
}

/// The tenant's facts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TenantFacts {
    Own(OwnEntitlement),
    Customer(CustomerFacts),
}

/// The request reduced to what the stages tell apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Facts {
    edition: Edition,
    germany: bool,
    workload: WorkloadClass,
    problem: ProblemClass,
    channel: Channel,
    tenant: TenantFacts,
}

impl Facts {
    #[cfg(test)]
    fn of(req: &Request) -> Facts {
        let workload = WorkloadClass::of(req.workload);
        let tenant = match &req.tenant {
            Tenant::Own { entitlement } => TenantFacts::Own(*entitlement),
            Tenant::Customer(c) => TenantFacts::Customer(CustomerFacts::of(req, c, workload)),
        };
        Facts {
            edition: req.edition,
            germany: req.cloud == Cloud::Germany,
            workload,
            problem: ProblemClass::of(req.problem),
            channel: req.channel,
            tenant,
        }
    }

    const fn azure(&self) -> bool {
        matches!(self.workload, WorkloadClass::Azure)
    }

    /// The index of the scope and channel stages' answer in [`Tables::front`].
    #[cfg(test)]
    const fn front_index(&self) -> usize {
        let own = matches!(self.tenant, TenantFacts::Own(_));
        front_index(self.germany, self.workload, self.problem, self.channel, own)
    }
}

/// The index of the scope and channel stages' answer in [`Tables::front`].
const fn front_index(
    germany: bool,
    workload: WorkloadClass,
    problem: ProblemClass,
    channel: Channel,
    own: bool,
) -> usize {
    Index(germany as usize)
        .push(WorkloadClass::ALL.len(), workload as usize)
        .push(ProblemClass::ALL.len(), problem as usize)
        .push(Channel::ALL.len(), channel as usize)
        .push_bool(own)
        .0
}

/// The index of the own tenant's answer in [`Tables::own`].
const fn own_index(entitlement: OwnEntitlement, problem: ProblemClass) -> usize {
    Index(entitlement as usize)
        .push(ProblemClass::ALL.len(), problem as usize)
        .0
}

/// The index of the customer tenant's answer in [`Tables::customer`].
const fn customer_index(
    edition: Edition,
    workload: WorkloadClass,
    problem: ProblemClass,
    c: &CustomerFacts,
) -> usize {
    let azure = matches!(workload, WorkloadClass::Azure);
    Index(azure as usize)
        .push(ProblemClass::ALL.len(), problem as usize)
        .push(PartnerType::ALL.len(), c.partner_type as usize)
        .push_bool(c.admin_agent)
        .push_bool(c.is_provider)
        .push(EDITION_KEYS, c.edition_key(edition.is_gdap()))
        .0
}

impl CustomerFacts {
    fn of(req: &Request, c: &CustomerTenant, workload: WorkloadClass) -> CustomerFacts {
        let access = c.azure.unwrap_or_default();
        let azure = matches!(workload, WorkloadClass::Azure);
        let gdap = match c.gdap {
            Some(rel) if rel.grants_at(req.filed_at) => {
                let reaching = rel.effective_roles();
                GdapFacts::Usable {
                    assigned: !reaching.is_empty(),
                    reaching_suffices: sufficient(reaching, azure),
                    relationship_suffices: sufficient(rel.roles, azure),
                }
            }
            _ => GdapFacts::Unusable,
        };
        CustomerFacts {
            partner_type: req.partner.partner_type,
            admin_agent: req.partner.roles.contains(PartnerCenterRole::AdminAgent),
            helpdesk_agent: req.partner.roles.contains(PartnerCenterRole::HelpdeskAgent),
            is_provider: access.is_provider,
            granted: access.granted_by_indirect_provider,
            rbac: access.rbac.intersects(AzureRoles::SUPPORT_TICKETS),
            delegated_admin: c.delegated_admin,
            gdap,
        }
    }
}

/// The Entra roles that count for this request: Service support
/// administrator or Global administrator for Microsoft 365, any recognised
/// role for Azure.
const fn sufficient(roles: EntraRoles, azure: bool) -> bool {
    if azure {
        // An unrecognised role grants nothing, not even for Azure.
        !roles
            .difference(EntraRoles::of(&[EntraRole::Other]))
            .is_empty()
    } else {
        roles.intersects(EntraRoles::SUPPORT_TICKETS)
    }
}

/// The engine: every stage in order, the first with a failing check decides.
#[cfg(test)]
const fn engine(f: &Facts) -> (Verdict, Cited) {
    let front = front(f);
    if front.outcome.is_some() {
        return judged(front, f.edition);
    }
    tenant(f)
}

/// The tenant's stage, or the allowance: the engine after the scope and
/// channel stages passed.
const fn tenant(f: &Facts) -> (Verdict, Cited) {
    let e = f.edition;
    match f.tenant {
        TenantFacts::Own(entitlement) => {
            let st = own_tenant(entitlement);
            if st.outcome.is_some() {
                return judged(st, e);
            }
            allowed(f, Cited::rules(OWN_GRANTED))
        }
        TenantFacts::Customer(c) => {
            let (st, granted) = customer_tenant(f, &c);
            if st.outcome.is_some() {
                return judged(st, e);
            }
            allowed(
                f,
                granted.with_cite(Cite::Clause(Clause::RouteViaPartnerCenterFiling)),
            )
        }
    }
}

/// A stage that decided: its verdict and what it cites.
const fn judged(st: Stage, e: Edition) -> (Verdict, Cited) {
    match st.verdict(e) {
        Some(v) => (v, st.cited),
        // Unreachable: callers pass a stage with an outcome.
        None => (FAIL_CLOSED, Cited::rules(RuleSet::EMPTY)),
    }
}

/// The scope and channel stages, the first that fails.
const fn front(f: &Facts) -> Stage {
    let st = scope(f);
    if st.outcome.is_some() {
        return st;
    }
    channel(f)
}

const OWN_GRANTED: RuleSet =
    RuleSet::of(&[RuleId::OwnDirectSignIn, RuleId::OwnEntitlementRequired]);

/// The scope rules that admit every allowed request: its cloud and its
/// workload; its problem kind is cited by the clause that lists it.
const SCOPE_GRANTED: RuleSet = RuleSet::of(&[RuleId::ScopeClouds, RuleId::ScopeWorkloads]);

/// Stage 1: cloud, workload, problem kind.
const fn scope(f: &Facts) -> Stage {
    let gdap = f.edition.is_gdap();
    let mut st = Stage::NONE;
    if f.germany && gdap {
        st.not_covered(Cite::Rule(RuleId::ScopeClouds), Missing::CoveredCloud, None);
    }
    match f.workload {
        WorkloadClass::CommercialMarketplace if gdap => {
            st.redirect(Cite::Rule(RuleId::ScopeMarketplaceIsv));
        }
        WorkloadClass::CommercialMarketplace | WorkloadClass::Other => {
            st.not_covered(
                Cite::Rule(RuleId::ScopeWorkloads),
                Missing::CoveredWorkload,
                None,
            );
        }
        WorkloadClass::Azure | WorkloadClass::Microsoft365 => {}
    }
    if matches!(f.problem, ProblemClass::DapOnly) && gdap {
        st.not_covered(
            Cite::Clause(Clause::ScopeProblemKindsUnlisted),
            Missing::CoveredProblemKind,
            None,
        );
    }
    st
}

/// Stage 2: phone, direct sign-in for a customer, Partner Center for the own tenant.
const fn channel(f: &Facts) -> Stage {
    let mut st = Stage::NONE;
    let own = matches!(f.tenant, TenantFacts::Own(_));
    // The advice for a phone request names the channel that serves it.
    let instead = if own {
        Remedy::SignInDirectly
    } else {
        Remedy::FileThroughPartnerCenter
    };
    match f.channel {
        Channel::Phone if !f.edition.is_gdap() => {
            st.deny(
                Cite::Rule(RuleId::RouteNoPhone),
                Missing::CoveredChannel,
                instead,
            );
        }
        // The later editions name only Partner Center: the filing clause.
        Channel::Phone => st.not_covered(
            Cite::Clause(Clause::RouteViaPartnerCenterFiling),
            Missing::CoveredChannel,
            Some(instead),
        ),
        Channel::PartnerCenter if own => {
            st.deny(
                Cite::Rule(RuleId::OwnDirectSignIn),
                Missing::CoveredChannel,
                Remedy::SignInDirectly,
            );
        }
        Channel::AzurePortalDirect | Channel::AdminCenterDirect if !own => st.deny(
            Cite::Rule(RuleId::RouteDirectSignInOwnContext),
            Missing::CoveredChannel,
            Remedy::StartFromPartnerCenter,
        ),
        Channel::AzurePortalDirect | Channel::AdminCenterDirect => {
            // Own tenant: the portal must be the one that serves the workload.
            let matches = match f.channel {
                Channel::AzurePortalDirect => matches!(f.workload, WorkloadClass::Azure),
                _ => matches!(f.workload, WorkloadClass::Microsoft365),
            };
            if !matches {
                st.not_covered(
                    Cite::Rule(RuleId::OwnDirectSignIn),
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
const fn own_tenant(entitlement: OwnEntitlement) -> Stage {
    let mut st = Stage::NONE;
    let cite = Cite::Rule(RuleId::OwnEntitlementRequired);
    match entitlement {
        e if e.is_named_by_seeds() => {}
        OwnEntitlement::Other => st.not_covered(
            cite,
            Missing::NamedEntitlement,
            Some(Remedy::NameOwnSupportPlan),
        ),
        OwnEntitlement::CloudSolutionProvider => {
            st.deny(cite, Missing::NamedEntitlement, Remedy::NameOwnSupportPlan);
            st.cited = st.cited.with_cite(Cite::Rule(RuleId::OwnNotCspEntitlement));
        }
        _ => st.deny(cite, Missing::NamedEntitlement, Remedy::NameOwnSupportPlan),
    }
    st
}

/// Stage 4: the customer tenant. Returns the failing checks and what was
/// checked and passed (cited when allowed).
const fn customer_tenant(f: &Facts, c: &CustomerFacts) -> (Stage, Cited) {
    let e = f.edition;
    let mut st = Stage::NONE;
    let mut granted = Cited::rules(RuleSet::of(&[RuleId::FilerPartnerTypes]));
    let azure = f.azure();
    let ptype = c.partner_type;
    let provider = ptype.can_be_provider() && c.is_provider;

    // The filer's type.
    if matches!(e, Edition::Gdap2025) && !ptype.can_be_provider() {
        st.deny(
            Cite::Rule(RuleId::FilerPartnerTypes),
            Missing::AllowedPartnerType,
            Remedy::AskProviderToFile,
        );
    }

    if e.is_gdap() {
        // Azure provider.
        if azure {
            granted = granted.with_cite(Cite::Rule(RuleId::AzureProviderOnly));
            if !provider {
                st.deny(
                    Cite::Rule(RuleId::AzureProviderOnly),
                    Missing::SubscriptionProvider,
                    Remedy::AskSubscriptionProviderToFile,
                );
            }
        }
        // Role, relationship, user assignment: an allowance uses every clause.
        granted = granted
            .with_cite(Cite::Clause(Clause::FilerAdminAgentGdapRequirement))
            .with_cite(Cite::Clause(Clause::FilerAdminAgentGdapEntraRole));
        if !c.admin_agent {
            st.deny(
                Cite::Clause(Clause::FilerAdminAgentGdapRequirement),
                Missing::PartnerCenterRole,
                Remedy::GetAdminAgentRole,
            );
        }
        gdap_relationship(c.gdap, azure && provider, &mut st);
        // RBAC.
        if azure {
            granted = granted.with_cite(Cite::Rule(RuleId::AzureGdapRbac));
            if !c.rbac {
                st.deny(
                    Cite::Rule(RuleId::AzureGdapRbac),
                    Missing::SupportTicketRbacRole,
                    Remedy::AssignSupportRequestContributor,
                );
            }
        }
    } else {
        granted = granted.with_cite(Cite::Rule(RuleId::FilerDapDelegatedAdmin));
        if !c.delegated_admin {
            st.deny(
                Cite::Rule(RuleId::FilerDapDelegatedAdmin),
                Missing::DelegatedAdmin,
                Remedy::ObtainDelegatedAdmin,
            );
        }
        if !c.admin_agent && !c.helpdesk_agent {
            st.deny(
                Cite::Rule(RuleId::FilerDapDelegatedAdmin),
                Missing::PartnerCenterRole,
                Remedy::GetAdminOrHelpdeskAgentRole,
            );
        }
        if azure {
            let clause = dap_azure_grant(c, &mut st);
            granted = granted.with_cite(Cite::Clause(clause));
        }
    }
    (st, granted)
}

/// The GDAP relationship: active and unexpired at filing, reaching the
/// user, with a sufficient role (any recognised role for Azure).
///
/// The advice names what would change the outcome: a user who is not
/// assigned is assigned; a relationship that grants no sufficient role gets
/// Service support administrator (also when the user is not assigned: then
/// both); a user assigned through a group without a sufficient role gets it.
const fn gdap_relationship(gdap: GdapFacts, azure_provider: bool, st: &mut Stage) {
    let (assigned, reaching_suffices, relationship_suffices) = match gdap {
        GdapFacts::Unusable => {
            unusable(
                st,
                azure_provider,
                Clause::FilerAdminAgentGdapRequirement,
                Missing::ActiveRelationship,
                Remedy::EstablishActiveGdapRelationship,
            );
            return;
        }
        GdapFacts::Usable {
            assigned,
            reaching_suffices,
            relationship_suffices,
        } => (assigned, reaching_suffices, relationship_suffices),
    };
    if !assigned {
        unusable(
            st,
            azure_provider,
            Clause::FilerAdminAgentGdapEntraRole,
            Missing::UserAssignment,
            Remedy::AssignUserToRelationship,
        );
    }
    // Helpdesk administrator (or any other role) is not enough: a missing
    // requirement, so adding a sufficient role next to it allows.
    if !reaching_suffices && (assigned || !relationship_suffices) {
        unusable(
            st,
            azure_provider,
            Clause::FilerAdminAgentGdapEntraRole,
            Missing::SufficientEntraRole,
            Remedy::AddServiceSupportAdministrator,
        );
    }
}

/// A relationship that cannot be used: for an Azure provider, lacking
/// administrator permissions is the separate procedure the seeds point to
/// (not covered); otherwise a denial.
const fn unusable(
    st: &mut Stage,
    azure_provider: bool,
    clause: Clause,
    missing: Missing,
    remedy: Remedy,
) {
    if azure_provider {
        st.not_covered(
            Cite::Rule(RuleId::AzureNoAdminPermissions),
            missing,
            Some(remedy),
        );
    } else {
        st.deny(Cite::Clause(clause), missing, remedy);
    }
}

/// `AZURE-DAP-ACCESS-GRANTED`: the provider needs no grant; an indirect
/// reseller needs one; anyone else has no documented path. Returns the
/// clause used.
const fn dap_azure_grant(c: &CustomerFacts, st: &mut Stage) -> Clause {
    match c.partner_type {
        PartnerType::DirectBillPartner | PartnerType::IndirectProvider if c.is_provider => {
            Clause::AzureDapAccessGrantedProvider
        }
        PartnerType::IndirectReseller => {
            if !c.granted {
                // The one clause the Russian and Japanese seeds state.
                st.deny(
                    Cite::Clause(Clause::AzureDapAccessGrantedReseller),
                    Missing::AzureAccessGrant,
                    Remedy::AskIndirectProviderForAzureAccess,
                );
            }
            Clause::AzureDapAccessGrantedReseller
        }
        _ => {
            st.not_covered(
                Cite::Clause(Clause::AzureDapAccessGrantedNeither),
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
const fn allowed(f: &Facts, granted: Cited) -> (Verdict, Cited) {
    let cited = Cited::rules(SCOPE_GRANTED)
        .with_cite(Cite::Clause(f.problem.clause()))
        .union(granted);
    let verdict = Verdict {
        outcome: Outcome::Allowed,
        rules: cited.rules,
        missing: MissingFacts::EMPTY,
        remedies: Remedies::EMPTY,
        basis: cited.basis(f.edition),
    };
    (verdict, cited)
}

/// The answers of one edition for every combination of facts, computed from
/// the engine when the crate is compiled. Each edition has its own (see
/// [`Tables::of`]), so an edition is never an index. The answers are whole
/// [`Decision`]s (without `valid_until`), so a lookup is one copy.
struct Tables {
    /// The scope and channel stages; `None` where neither fails.
    front: [Option<Decision>; FRONT_LEN],
    /// The own tenant's stage, or the allowance.
    own: [Decision; OWN_LEN],
    /// The customer tenant's stage, or the allowance (`valid_until` is set
    /// by [`decide`]).
    customer: [Decision; CUSTOMER_LEN],
}

/// Cloud (Germany or not) × workload class × problem class × channel ×
/// tenant (own or not).
const FRONT_LEN: usize =
    2 * WorkloadClass::ALL.len() * ProblemClass::ALL.len() * Channel::ALL.len() * 2;
/// Entitlement × problem class.
const OWN_LEN: usize = OwnEntitlement::ALL.len() * ProblemClass::ALL.len();
/// Azure or not × problem class × partner type × Admin agent × provider ×
/// the facts only some editions read ([`CustomerFacts::edition_key`]).
const CUSTOMER_LEN: usize =
    2 * ProblemClass::ALL.len() * PartnerType::ALL.len() * 2 * 2 * EDITION_KEYS;
/// How many values [`CustomerFacts::edition_key`] takes.
const EDITION_KEYS: usize = 2 * GdapFacts::COUNT;

crate::facts::edition::per_edition!(Tables);

impl Tables {
    /// Runs the engine on every combination of facts of `edition`.
    #[allow(
        clippy::indexing_slicing,
        clippy::arithmetic_side_effects,
        reason = "run when the crate is compiled, where an index out of range or an overflow is a compile error"
    )]
    const fn of(edition: Edition) -> Tables {
        let mut t = Tables {
            front: [None; FRONT_LEN],
            own: [FAIL_CLOSED_DECISION; OWN_LEN],
            customer: [FAIL_CLOSED_DECISION; CUSTOMER_LEN],
        };
        let mut i = 0;
        while i < FRONT_LEN {
            let f = Facts::from_front_index(edition, i);
            let st = front(&f);
            t.front[i] = match st.verdict(edition) {
                Some(v) => Some(v.decision(None)),
                None => None,
            };
            i += 1;
        }
        let mut i = 0;
        while i < OWN_LEN {
            t.own[i] = tenant(&Facts::from_own_index(edition, i)).0.decision(None);
            i += 1;
        }
        let mut i = 0;
        while i < CUSTOMER_LEN {
            t.customer[i] = tenant(&Facts::from_customer_index(edition, i))
                .0
                .decision(None);
            i += 1;
        }
        t
    }

    /// The answer for `f` (of this table's edition).
    #[cfg(test)]
    fn lookup(&self, f: &Facts) -> Decision {
        match self.front.get(f.front_index()) {
            Some(Some(v)) => *v,
            _ => match &f.tenant {
                TenantFacts::Own(entitlement) => self.own.get(f.own_index(*entitlement)),
                TenantFacts::Customer(c) => self.customer.get(f.customer_index(c)),
            }
            .copied()
            .unwrap_or(FAIL_CLOSED_DECISION),
        }
    }
}

/// What an index out of its table, or a stage without an outcome, would
/// answer (neither happens: the tests walk every combination of facts).
const FAIL_CLOSED: Verdict = Verdict {
    outcome: Outcome::NotCovered,
    rules: RuleSet::EMPTY,
    missing: MissingFacts::EMPTY,
    remedies: Remedies::EMPTY,
    basis: Basis::Interpreted,
};

/// [`FAIL_CLOSED`] as the tables hold it.
const FAIL_CLOSED_DECISION: Decision = FAIL_CLOSED.decision(None);

/// The facts of each index of the tables: the inverse of `Facts::*_index`
/// (and of `CustomerFacts::edition_key`).
#[allow(
    clippy::indexing_slicing,
    reason = "run when the crate is compiled, where an index out of range is a compile error"
)]
impl Facts {
    /// Facts with the tenant a customer's or the own and the rest the first
    /// of their kind.
    const fn front_facts(edition: Edition, own: bool) -> Facts {
        Facts {
            edition,
            germany: false,
            workload: WorkloadClass::Azure,
            problem: ProblemClass::Technical,
            channel: Channel::PartnerCenter,
            tenant: if own {
                TenantFacts::Own(OwnEntitlement::NotNamed)
            } else {
                TenantFacts::Customer(CustomerFacts::NONE)
            },
        }
    }

    const fn from_front_index(edition: Edition, i: usize) -> Facts {
        let mut i = Index(i);
        let mut f = Facts::front_facts(edition, i.pop_bool());
        f.channel = Channel::ALL[i.pop(Channel::ALL.len())];
        f.problem = ProblemClass::ALL[i.pop(ProblemClass::ALL.len())];
        f.workload = WorkloadClass::ALL[i.pop(WorkloadClass::ALL.len())];
        f.germany = i.pop_bool();
        f
    }

    const fn from_own_index(edition: Edition, i: usize) -> Facts {
        let mut i = Index(i);
        let mut f = Facts::front_facts(edition, true);
        f.problem = ProblemClass::ALL[i.pop(ProblemClass::ALL.len())];
        f.tenant = TenantFacts::Own(OwnEntitlement::ALL[i.pop(OwnEntitlement::ALL.len())]);
        f
    }

    const fn from_customer_index(edition: Edition, i: usize) -> Facts {
        let mut i = Index(i);
        let mut f = Facts::front_facts(edition, false);
        let mut c = CustomerFacts::NONE;
        let mut key = Index(i.pop(EDITION_KEYS));
        if edition.is_gdap() {
            c.rbac = key.pop_bool();
            c.gdap = GdapFacts::from_index(key.0);
        } else {
            c.helpdesk_agent = key.pop_bool();
            c.delegated_admin = key.pop_bool();
            c.granted = key.pop_bool();
        }
        c.is_provider = i.pop_bool();
        c.admin_agent = i.pop_bool();
        c.partner_type = PartnerType::ALL[i.pop(PartnerType::ALL.len())];
        f.problem = ProblemClass::ALL[i.pop(ProblemClass::ALL.len())];
        f.workload = if i.pop_bool() {
            WorkloadClass::Azure
        } else {
            WorkloadClass::Microsoft365
        };
        f.tenant = TenantFacts::Customer(c);
        f
    }

    /// The index of the own tenant's answer in [`Tables::own`].
    #[cfg(test)]
    const fn own_index(&self, entitlement: OwnEntitlement) -> usize {
        own_index(entitlement, self.problem)
    }

    /// The index of the customer tenant's answer in [`Tables::customer`].
    #[cfg(test)]
    const fn customer_index(&self, c: &CustomerFacts) -> usize {
        customer_index(self.edition, self.workload, self.problem, c)
    }
}

impl CustomerFacts {
    /// No role, no access, no relationship.
    const NONE: CustomerFacts = CustomerFacts {
        partner_type: PartnerType::DirectBillPartner,
        admin_agent: false,
        helpdesk_agent: false,
        is_provider: false,
        granted: false,
        rbac: false,
        delegated_admin: false,
        gdap: GdapFacts::Unusable,
    };

    /// The facts only some editions read, numbered: in the GDAP editions
    /// the RBAC role and the relationship, in `dap` the Helpdesk agent
    /// role, delegated admin and the indirect provider's grant.
    const fn edition_key(&self, gdap: bool) -> usize {
        if gdap {
            Index(self.gdap.index()).push_bool(self.rbac).0
        } else {
            Index(self.granted as usize)
                .push_bool(self.delegated_admin)
                .push_bool(self.helpdesk_agent)
                .0
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every combination of the facts the engine reads, those an edition
    /// ignores included.
    fn every_facts(edition: Edition) -> Vec<Facts> {
        let mut tenants: Vec<TenantFacts> = OwnEntitlement::ALL
            .iter()
            .map(|e| TenantFacts::Own(*e))
            .collect();
        for &partner_type in PartnerType::ALL {
            for bits in 0..1u32 << 7 {
                for g in 0..GdapFacts::COUNT {
                    let bit = |k: u32| bits & (1 << k) != 0;
                    tenants.push(TenantFacts::Customer(CustomerFacts {
                        partner_type,
                        admin_agent: bit(0),
                        helpdesk_agent: bit(1),
                        is_provider: bit(2),
                        granted: bit(3),
                        rbac: bit(4),
                        delegated_admin: bit(5),
                        gdap: if bit(6) {
                            GdapFacts::from_index(g)
                        } else {
                            GdapFacts::Unusable
                        },
                    }));
                }
            }
        }
        let mut all = Vec::new();
        for germany in [false, true] {
            for workload in WorkloadClass::ALL {
                for problem in ProblemClass::ALL {
                    for &channel in Channel::ALL {
                        for &tenant in &tenants {
                            all.push(Facts {
                                edition,
                                germany,
                                workload,
                                problem,
                                channel,
                                tenant,
                            });
                        }
                    }
                }
            }
        }
        all
    }

    /// The tables are the engine's answers: for every combination of facts
    /// (so also that the facts an edition ignores do not change its answer,
    /// which lets the tables leave them out).
    #[test]
    fn the_tables_answer_as_the_engine_for_every_combination_of_facts() {
        for &edition in Edition::ALL {
            let tables = Tables::get(edition);
            let all = every_facts(edition);
            assert!(all.len() > 400_000, "{}", all.len());
            for f in &all {
                assert_eq!(tables.lookup(f), engine(f).0.decision(None), "{f:?}");
            }
        }
    }

    /// Each index of each table is the index of the facts it was computed
    /// from, so no answer sits where another's facts look it up.
    #[test]
    fn each_index_is_the_index_of_its_own_facts() {
        for &edition in Edition::ALL {
            for i in 0..FRONT_LEN {
                assert_eq!(Facts::from_front_index(edition, i).front_index(), i);
            }
            for i in 0..OWN_LEN {
                let f = Facts::from_own_index(edition, i);
                let TenantFacts::Own(entitlement) = f.tenant else {
                    panic!("{f:?}")
                };
                assert_eq!(f.own_index(entitlement), i);
            }
            for i in 0..CUSTOMER_LEN {
                // `dap` reads three facts of its own, numbered below 8.
                if !edition.is_gdap() && i % EDITION_KEYS >= 8 {
                    continue;
                }
                let f = Facts::from_customer_index(edition, i);
                let TenantFacts::Customer(c) = f.tenant else {
                    panic!("{f:?}")
                };
                assert_eq!(f.customer_index(&c), i);
            }
        }
    }

    /// `decide` (the tables) and the engine agree on whole requests.
    #[test]
    fn decide_answers_as_the_engine_on_mixed_requests() {
        for i in 0..20_000 {
            let r = crate::samples::mixed(i);
            assert_eq!(decide(&r), decide_cited(&r).0, "{r:?}");
        }
    }
}
