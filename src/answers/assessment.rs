//! One call answers every question about a request: may it be filed, where,
//! under which plan, at what fee (and, with a calendar, by when).

use std::borrow::Cow;

use crate::answers::decision::{Decision, Outcome};
use crate::answers::route::{Route, SupportPlan, route};
use crate::facts::model::{ProblemKind, Request, Tenant, Workload, domain_enum};
use crate::rules::clause::{Cite, Cited, Clause};
use crate::util::index::Index;
use crate::{Basis, Calendar, Deadline, Edition, Error, RuleId, RuleSet};

/// What an assessment was decided under, so an audit can reproduce it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct DecidedUnder {
    /// This crate's version.
    pub crate_version: Cow<'static, str>,
    /// The edition of the rules.
    pub edition: Edition,
    /// The IANA time-zone database version compiled in (chrono-tz).
    pub tzdb_version: Cow<'static, str>,
}

impl DecidedUnder {
    /// The versions this build decides under, for `edition`.
    #[must_use]
    pub const fn current(edition: Edition) -> DecidedUnder {
        DecidedUnder {
            crate_version: Cow::Borrowed(env!("CARGO_PKG_VERSION")),
            edition,
            tzdb_version: Cow::Borrowed(chrono_tz::IANA_TZDB_VERSION),
        }
    }
}

/// The answer to "under which support plan?".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct PlanAnswer {
    /// The plan.
    pub plan: SupportPlan,
    /// The rules that say so.
    pub rules: RuleSet,
    /// The weakest basis among them.
    pub basis: Basis,
}

domain_enum! {
    /// What support costs.
    pub enum Fee {
        /// No separate support fee (Microsoft 365 workloads). JSON
        /// `no_separate_fee`; the 0.x name `none` is still read.
        #[cfg_attr(feature = "serde", serde(alias = "none"))]
        NoSeparateFee = "no_separate_fee" | "none",
        /// Charged (Azure), payable with partner benefits.
        Charged = "charged",
        /// Free (billing and subscription management).
        Free = "free",
        /// The seeds name no fee (suspected fraud in `dap`): not covered.
        NotStated = "not_stated",
    }
}

/// The answer to "at what fee?".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct FeeAnswer {
    /// The fee.
    pub fee: Fee,
    /// For a charged fee: whether Signature Cloud Support or other
    /// partner-program benefits may pay it — for every CSP partner, paid or in
    /// a trial period (`FEE-ALL-CSP-PARTNERS`).
    pub payable_with_benefits: bool,
    /// The rules that say so.
    pub rules: RuleSet,
    /// The weakest basis among them.
    pub basis: Basis,
}

/// Every answer about one request.
///
/// Route, plan and fee are answered for allowed requests; the route also for
/// a redirected one (how to reach the ISV). The deadline needs a calendar:
/// see `assess_with_calendar` (deadlines).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Assessment {
    /// The versions and edition it was decided under.
    pub decided_under: DecidedUnder,
    /// May it be filed, and why.
    pub decision: Decision,
    /// Where.
    #[cfg_attr(feature = "serde", serde(default))]
    pub route: Option<Route>,
    /// Under which plan.
    #[cfg_attr(feature = "serde", serde(default))]
    pub plan: Option<PlanAnswer>,
    /// At what fee.
    #[cfg_attr(feature = "serde", serde(default))]
    pub fee: Option<FeeAnswer>,
    /// By when the first response is due: only from
    /// [`assess_with_calendar`], for allowed customer requests.
    #[cfg_attr(feature = "serde", serde(default))]
    pub deadline: Option<Deadline>,
}

impl Assessment {
    /// The outcome, for short.
    #[must_use]
    pub const fn outcome(&self) -> Outcome {
        self.decision.outcome
    }

    /// Every rule ID the assessment cites: the decision's and each answer's.
    #[must_use]
    pub fn all_rules(&self) -> RuleSet {
        let mut all = self.decision.rules;
        if let Some(r) = &self.route {
            all = all.union(r.rules);
        }
        if let Some(p) = &self.plan {
            all = all.union(p.rules);
        }
        if let Some(f) = &self.fee {
            all = all.union(f.rules);
        }
        if let Some(d) = &self.deadline {
            all = all.union(d.rules);
        }
        all
    }
}

/// Answers every question about `request` at once (no deadline).
///
/// ```
/// use csp_support::{assess, samples, Fee, Outcome, Portal};
/// let a = assess(&samples::direct_partner_azure());
/// assert_eq!(a.outcome(), Outcome::Allowed);
/// assert_eq!(a.route.as_ref().and_then(|r| r.portal), Some(Portal::AzurePortal));
/// assert_eq!(a.fee.map(|f| f.fee), Some(Fee::Charged));
/// println!("{a}");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// Infallible, like [`decide`](crate::decide): every [`Request`] is a
/// valid set of facts.
#[must_use]
pub fn assess(req: &Request) -> Assessment {
    let decision = crate::decide(req);
    let e = req.edition;
    let (route, plan, fee) = match decision.outcome {
        Outcome::Allowed => (Some(route(req)), Some(plan(req)), Some(fee(req))),
        Outcome::Redirected => (Some(route(req)), None, None),
        Outcome::Denied | Outcome::NotCovered => (None, None, None),
    };
    Assessment {
        decided_under: DecidedUnder::current(e),
        decision,
        route,
        plan,
        fee,
        deadline: None,
    }
}

/// Answers every question about `request`, with the first-response
/// deadline on `calendar` (`SLA-*`).
///
/// The deadline is given for allowed requests about a customer's tenant.
/// A request about the partner's own tenant gets none: support for the own
/// tenant is not part of the CSP support benefit (`OWN-NOT-CSP-ENTITLEMENT`),
/// so the CSP response times do not apply to it. Denied, not covered and
/// redirected requests get none either.
///
/// ```
/// use csp_support::{assess_with_calendar, samples, Calendar, Clock};
/// let cal = Calendar::standard(chrono_tz::Europe::Berlin);
/// let a = assess_with_calendar(&samples::direct_partner_office365(), &cal)?;
/// let d = a.deadline.ok_or("no deadline")?;
/// assert!(d.due_utc > d.filed_at);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// [`Error::DeadlineOutOfRange`] when the deadline lies outside the
/// supported range (the years 1 to 9999); never for a denial.
pub fn assess_with_calendar(request: &Request, calendar: &Calendar) -> Result<Assessment, Error> {
    let mut a = assess(request);
    if a.outcome() == Outcome::Allowed && matches!(request.tenant, Tenant::Customer(_)) {
        let mut d = crate::deadline(
            request.problem,
            request.severity,
            &request.language,
            request.filed_at,
            calendar,
        )?;
        // The SLA rules' basis is the request's edition's.
        d.basis = crate::rules::catalogue::weakest_basis(d.rules, request.edition);
        a.deadline = Some(d);
    }
    Ok(a)
}

/// The plan: the partner's own for the own tenant (`OWN-ENTITLEMENT-REQUIRED`,
/// and why not the CSP one, `OWN-NOT-CSP-ENTITLEMENT`); otherwise Cloud
/// Solution Provider, which the Azure form states in every edition
/// (`FORM-AZURE-SUPPORT-PLAN`, filed through Partner Center) and which
/// `ROUTE-VIA-PARTNER-CENTER` gives a Microsoft 365 request (stated in
/// `gdap-2025`, interpreted before).
fn plan(req: &Request) -> PlanAnswer {
    let (plan, shape) = match req.tenant {
        Tenant::Own { entitlement } => (SupportPlan::Own { entitlement }, PlanShape::Own),
        Tenant::Customer(_) if req.workload == Workload::Azure => {
            (SupportPlan::CloudSolutionProvider, PlanShape::Azure)
        }
        Tenant::Customer(_) => (SupportPlan::CloudSolutionProvider, PlanShape::Microsoft365),
    };
    let (rules, basis) = match Answers::get(req.edition).plans.get(shape as usize) {
        Some(cites) => *cites,
        None => plan_cites(req.edition, shape),
    };
    PlanAnswer { plan, rules, basis }
}

/// Whose plan, and why: what a plan answer cites depends on this and the
/// edition only.
#[derive(Clone, Copy)]
enum PlanShape {
    Own,
    Azure,
    Microsoft365,
}

/// What a plan answer of `shape` cites.
const fn plan_cited(shape: PlanShape) -> Cited {
    match shape {
        PlanShape::Own => Cited::rules(RuleSet::of(&[
            RuleId::OwnEntitlementRequired,
            RuleId::OwnNotCspEntitlement,
        ])),
        PlanShape::Azure => Cited::rules(RuleSet::of(&[RuleId::FormAzureSupportPlan]))
            .with_cite(Cite::Clause(Clause::RouteViaPartnerCenterFiling)),
        PlanShape::Microsoft365 => Cited::rules(RuleSet::EMPTY)
            .with_cite(Cite::Clause(Clause::RouteViaPartnerCenterM365Plan)),
    }
}

/// What a plan answer of `shape` cites in `edition`, and its basis.
const fn plan_cites(edition: Edition, shape: PlanShape) -> (RuleSet, Basis) {
    let cited = plan_cited(shape);
    (cited.rules, cited.basis(edition))
}

fn fee(req: &Request) -> FeeAnswer {
    let azure = req.workload == Workload::Azure;
    match Answers::get(req.edition)
        .fees
        .get(fee_index(req.problem, azure))
    {
        Some(fee) => *fee,
        None => fee_of(req.edition, req.problem, azure),
    }
}

/// The fee for `problem` (on Azure or not) in `edition`.
const fn fee_of(edition: Edition, problem: ProblemKind, azure: bool) -> FeeAnswer {
    let (fee, cited) = match (problem, azure) {
        (ProblemKind::Technical, true) => (
            Fee::Charged,
            Cited::rules(RuleSet::of(&[
                RuleId::FeeAzureCharged,
                RuleId::FeeAllCspPartners,
            ])),
        ),
        (ProblemKind::Technical, false) => (
            Fee::NoSeparateFee,
            Cited::rules(RuleSet::of(&[RuleId::FeeM365None])),
        ),
        (ProblemKind::Billing | ProblemKind::SubscriptionManagement, _) => (
            Fee::Free,
            Cited::rules(RuleSet::EMPTY).with_cite(Cite::Clause(Clause::FeeBillingFreeBilling)),
        ),
        // A billing dispute (`dap`) is a billing question: our reading.
        (ProblemKind::BillingDispute, _) => (
            Fee::Free,
            Cited::rules(RuleSet::EMPTY).with_cite(Cite::Clause(Clause::FeeBillingFreeDispute)),
        ),
        // The seeds admit suspected fraud (`dap`) but name no fee for it.
        (ProblemKind::SuspectedFraud, _) => (
            Fee::NotStated,
            Cited::rules(RuleSet::EMPTY).with_cite(Cite::Clause(Clause::ScopeProblemKindsDapOnly)),
        ),
    };
    FeeAnswer {
        fee,
        payable_with_benefits: cited.rules.contains(RuleId::FeeAllCspPartners),
        rules: cited.rules,
        basis: cited.basis(edition),
    }
}

/// The index of a fee in [`Answers::fees`].
const fn fee_index(problem: ProblemKind, azure: bool) -> usize {
    Index(problem as usize).push_bool(azure).0
}

/// How many fee answers an edition has: by problem kind, on Azure or not.
const FEES: usize = ProblemKind::ALL.len() * 2;

/// The plan's and fee's answers of one edition, computed when the crate is
/// compiled (what they cite, and so their basis, depends on the edition).
struct Answers {
    /// What a plan answer cites and its basis, by [`PlanShape`].
    plans: [(RuleSet, Basis); 3],
    /// The fee answers, by [`fee_index`].
    fees: [FeeAnswer; FEES],
}

crate::facts::edition::per_edition!(Answers);

impl Answers {
    #[allow(
        clippy::indexing_slicing,
        clippy::arithmetic_side_effects,
        reason = "run when the crate is compiled, where an index out of range or an overflow is a compile error"
    )]
    const fn of(edition: Edition) -> Answers {
        let mut fees = [fee_of(edition, ProblemKind::Technical, false); FEES];
        let mut i = 0;
        while i < ProblemKind::ALL.len() {
            let problem = ProblemKind::ALL[i];
            fees[fee_index(problem, false)] = fee_of(edition, problem, false);
            fees[fee_index(problem, true)] = fee_of(edition, problem, true);
            i += 1;
        }
        Answers {
            plans: [
                plan_cites(edition, PlanShape::Own),
                plan_cites(edition, PlanShape::Azure),
                plan_cites(edition, PlanShape::Microsoft365),
            ],
            fees,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::samples;

    /// The fee and plan tables hold, at each request's index, the answer
    /// computed for that request's edition, problem kind, workload and
    /// tenant.
    #[test]
    fn the_fee_and_plan_tables_hold_each_requests_own_answer() {
        let tenants = [
            Tenant::Customer(crate::CustomerTenant::default()),
            Tenant::Own {
                entitlement: crate::OwnEntitlement::Premier,
            },
        ];
        for &e in Edition::ALL {
            for &problem in ProblemKind::ALL {
                for &workload in Workload::ALL {
                    for tenant in tenants {
                        let mut r = samples::direct_partner_azure();
                        (r.edition, r.problem, r.workload, r.tenant) =
                            (e, problem, workload, tenant);
                        let azure = workload == Workload::Azure;
                        assert_eq!(
                            fee(&r),
                            fee_of(e, problem, azure),
                            "{e} {problem} {workload}"
                        );
                        let shape = match tenant {
                            Tenant::Own { .. } => PlanShape::Own,
                            Tenant::Customer(_) if azure => PlanShape::Azure,
                            Tenant::Customer(_) => PlanShape::Microsoft365,
                        };
                        let p = plan(&r);
                        assert_eq!((p.rules, p.basis), plan_cites(e, shape), "{e} {workload}");
                    }
                }
            }
        }
    }
}
