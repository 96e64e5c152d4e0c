//! Where a request is filed: the route as ordered steps, each citing its rule.

use arrayvec::ArrayVec;

use crate::facts::model::{OwnEntitlement, Request, Severity, Tenant, Workload, domain_enum};
use crate::rules::clause::{Cite, Cited, Clause};
use crate::util::index::Index;
use crate::{Basis, Edition, RuleId, RuleSet};

domain_enum! {
    /// A portal a request ends up in.
    pub enum Portal {
        /// The Azure portal.
        AzurePortal = "azure_portal",
        /// The Microsoft 365 admin center (GDAP editions).
        Microsoft365AdminCenter = "microsoft365_admin_center",
        /// The Office 365 admin center (`dap`).
        Office365AdminCenter = "office365_admin_center",
    }
}

impl Portal {
    /// The portal serving `workload` in `edition`; `None` for the marketplace
    /// and other products.
    #[must_use]
    pub const fn for_workload(workload: Workload, edition: Edition) -> Option<Portal> {
        match workload {
            Workload::Azure => Some(Portal::AzurePortal),
            w if w.is_microsoft_365() => Some(match edition {
                Edition::Dap => Portal::Office365AdminCenter,
                _ => Portal::Microsoft365AdminCenter,
            }),
            _ => None,
        }
    }
}

domain_enum! {
    /// The Partner Center path to a customer's service requests, per edition.
    pub enum PartnerCenterPath {
        /// `gdap-2025`: CSP > Administer > Service requests > New request.
        CspAdministerServiceRequests = "csp_administer_service_requests",
        /// `gdap-2023`: Customers > the customer > Service management > the
        /// service (interpreted: the seed refers to a section it lacks).
        CustomersServiceManagement = "customers_service_management",
        /// `dap`: Dashboard > Service requests > Customer requests ("User
        /// requests" in the Japanese seed).
        DashboardCustomerRequests = "dashboard_customer_requests",
    }
}

impl PartnerCenterPath {
    /// The path to a customer's service requests in `edition`.
    ///
    /// ```
    /// use csp_support::{Edition, PartnerCenterPath};
    /// assert_eq!(
    ///     PartnerCenterPath::for_edition(Edition::Gdap2025),
    ///     PartnerCenterPath::CspAdministerServiceRequests
    /// );
    /// ```
    #[must_use]
    pub const fn for_edition(edition: Edition) -> PartnerCenterPath {
        match edition {
            Edition::Dap => PartnerCenterPath::DashboardCustomerRequests,
            Edition::Gdap2023 => PartnerCenterPath::CustomersServiceManagement,
            Edition::Gdap2025 => PartnerCenterPath::CspAdministerServiceRequests,
        }
    }
}

domain_enum! {
    /// The ways an ISV's support contact appears on a marketplace product page.
    pub enum IsvContact {
        /// A link to the ISV's support site.
        SupportSite = "support_site",
        /// A support e-mail address.
        Email = "email",
        /// A support phone number.
        Phone = "phone",
    }
}

/// The support plan a request is filed under: the third question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(
    feature = "serde",
    serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)
)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum SupportPlan {
    /// "Cloud Solution Provider": the CSP support entitlement.
    CloudSolutionProvider,
    /// The partner's own named entitlement.
    Own {
        /// Which one.
        entitlement: OwnEntitlement,
    },
}

/// One step of a route.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(
    feature = "serde",
    serde(tag = "step", rename_all = "snake_case", deny_unknown_fields)
)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum Step {
    /// Check service health and service incidents in Partner Center first.
    CheckServiceHealth,
    /// Check that the problem meets the criteria of "Escalate problems to
    /// Microsoft" (`dap`).
    CheckEscalationCriteria,
    /// Open the customer's service requests in Partner Center.
    OpenServiceRequests {
        /// The edition's path.
        path: PartnerCenterPath,
    },
    /// Select the customer.
    SelectCustomer,
    /// Confirm an active admin relationship with the right security role and
    /// user assignment (`gdap-2025`).
    ConfirmAdminRelationship,
    /// New request, choosing the workload.
    NewRequest {
        /// The workload.
        workload: Workload,
    },
    /// The workload's portal opens, in the partner's context for the customer's tenant.
    OpenPortal {
        /// The portal.
        portal: Portal,
    },
    /// Sign in directly to the portal, in the partner's own context.
    SignInDirectly {
        /// The portal.
        portal: Portal,
    },
    /// Start the request: "New support request" in the Azure portal; the
    /// support category (maybe under "More…") in the admin center.
    StartRequest {
        /// The portal.
        portal: Portal,
    },
    /// Select the support plan.
    SelectSupportPlan {
        /// The plan.
        plan: SupportPlan,
    },
    /// Enter the partner's contact details, not the customer's.
    EnterPartnerContact,
    /// State the business impact, which sets the severity.
    StateBusinessImpact {
        /// The severity it sets.
        severity: Severity,
    },
    /// Submit: "Create" in the Azure portal, "Submit" in the admin center.
    Submit {
        /// The portal.
        portal: Portal,
    },
    /// Review the request later: "Manage support requests" in the Azure
    /// portal, "View all support tickets" in the admin center.
    Track {
        /// The portal.
        portal: Portal,
    },
    /// On the marketplace page, select the product.
    SelectMarketplaceProduct,
    /// Find the ISV's support contact on the product's page.
    ContactIsv,
}

impl Step {
    /// The rule this step comes from.
    #[must_use]
    pub const fn rule(self) -> RuleId {
        match self {
            Step::CheckServiceHealth | Step::CheckEscalationCriteria => {
                RuleId::ScopeCannotResolveFirst
            }
            Step::OpenServiceRequests { .. }
            | Step::SelectCustomer
            | Step::ConfirmAdminRelationship
            | Step::NewRequest { .. } => RuleId::RouteViaPartnerCenter,
            Step::OpenPortal { .. } | Step::StartRequest { .. } | Step::Submit { .. } => {
                RuleId::RouteWorkloadPortal
            }
            Step::SignInDirectly { .. } => RuleId::OwnDirectSignIn,
            Step::SelectSupportPlan {
                plan: SupportPlan::CloudSolutionProvider,
            } => RuleId::FormAzureSupportPlan,
            Step::SelectSupportPlan {
                plan: SupportPlan::Own { .. },
            } => RuleId::OwnEntitlementRequired,
            Step::EnterPartnerContact => RuleId::FormPartnerContact,
            Step::StateBusinessImpact { .. } => RuleId::FormSeverityFromImpact,
            Step::Track { .. } => RuleId::RouteTrack,
            Step::SelectMarketplaceProduct | Step::ContactIsv => RuleId::ScopeMarketplaceIsv,
        }
    }

    /// What this step cites, clause by clause: the Partner Center steps use
    /// the path clause of `ROUTE-VIA-PARTNER-CENTER` (interpreted in
    /// `gdap-2023`).
    pub(crate) const fn cite(self) -> Cite {
        match self.rule() {
            RuleId::RouteViaPartnerCenter => Cite::Clause(Clause::RouteViaPartnerCenterPath),
            id => Cite::Rule(id),
        }
    }

    /// The first step of every route (`SCOPE-CANNOT-RESOLVE-FIRST`): check
    /// service health first; in `dap`, check the escalation criteria.
    ///
    /// ```
    /// use csp_support::{assess, samples, Edition, RuleId, Step};
    /// let a = assess(&samples::own_tenant_azure());
    /// let route = a.route.ok_or("an allowed request has a route")?;
    /// assert_eq!(route.steps().first(), Some(&Step::first_in(Edition::Gdap2025)));
    /// assert_eq!(Step::first_in(Edition::Dap).rule(), RuleId::ScopeCannotResolveFirst);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn first_in(edition: Edition) -> Step {
        match edition {
            Edition::Dap => Step::CheckEscalationCriteria,
            Edition::Gdap2023 | Edition::Gdap2025 => Step::CheckServiceHealth,
        }
    }
}

/// The most steps a route has.
pub const MAX_STEPS: usize = 14;

/// Where a request is filed: the second question.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Route {
    /// The portal the request is filed in; `None` for the ISV.
    pub portal: Option<Portal>,
    /// The steps, in order ([`Route::steps`]).
    #[cfg_attr(feature = "schemars", schemars(with = "Vec<Step>"))]
    pub(crate) steps: ArrayVec<Step, MAX_STEPS>,
    /// For the ISV: the forms its contact may take on the product page
    /// ([`Route::isv_contacts`]).
    #[cfg_attr(feature = "serde", serde(default))]
    #[cfg_attr(feature = "schemars", schemars(with = "Vec<IsvContact>"))]
    pub(crate) isv_contacts: ArrayVec<IsvContact, 3>,
    /// The rules the steps come from.
    pub rules: RuleSet,
    /// The weakest basis among them.
    pub basis: Basis,
}

impl Route {
    /// The steps, in order (at most [`MAX_STEPS`]).
    #[must_use]
    pub fn steps(&self) -> &[Step] {
        &self.steps
    }

    /// For the ISV: the forms its contact may take on the product page;
    /// empty otherwise.
    #[must_use]
    pub fn isv_contacts(&self) -> &[IsvContact] {
        &self.isv_contacts
    }
}

/// The shapes a route takes. What a route cites depends on its shape and
/// edition only, never on the values its steps carry (portal, severity,
/// workload, entitlement): a test checks it on every request shape.
#[derive(Clone, Copy)]
enum Shape {
    /// A Commercial Marketplace product: to its ISV.
    Isv,
    /// The partner's own tenant: signed in directly.
    Own,
    /// A customer's Azure subscription, through Partner Center.
    CustomerAzure,
    /// A customer's Microsoft 365 workload, through Partner Center.
    CustomerMicrosoft365,
}

/// A route's steps in a fixed buffer, so a `const fn` can build them.
#[derive(Clone, Copy)]
struct Steps {
    buf: [Step; MAX_STEPS],
    len: usize,
}

impl Steps {
    const EMPTY: Steps = Steps {
        buf: [Step::SelectCustomer; MAX_STEPS],
        len: 0,
    };

    /// With `step` appended (the longest route has 12 steps; a test checks
    /// that none reaches the capacity).
    // The index is checked first: it cannot panic.
    #[allow(clippy::indexing_slicing)]
    const fn push(mut self, step: Step) -> Steps {
        if self.len < MAX_STEPS {
            self.buf[self.len] = step;
            self.len = self.len.saturating_add(1);
        }
        self
    }

    /// What the steps cite.
    // The index is checked first: it cannot panic.
    #[allow(clippy::indexing_slicing)]
    const fn cited(&self) -> Cited {
        let mut cited = Cited::rules(RuleSet::EMPTY);
        let mut i = 0;
        while i < self.len && i < MAX_STEPS {
            cited = cited.with_cite(self.buf[i].cite());
            i = i.saturating_add(1);
        }
        cited
    }
}

/// The steps of a route of `shape` in `edition`, carrying the request's
/// values. One function for run time and for the cites computed at compile
/// time ([`route_cites`]).
const fn steps(
    edition: Edition,
    shape: Shape,
    portal: Portal,
    severity: Severity,
    workload: Workload,
    entitlement: OwnEntitlement,
) -> Steps {
    let first = Step::first_in(edition);
    let impact = Step::StateBusinessImpact { severity };
    let s = Steps::EMPTY.push(first);
    match shape {
        Shape::Isv => s
            .push(Step::SelectMarketplaceProduct)
            .push(Step::ContactIsv),
        Shape::Own => s
            .push(Step::SignInDirectly { portal })
            .push(Step::StartRequest { portal })
            .push(Step::SelectSupportPlan {
                plan: SupportPlan::Own { entitlement },
            })
            .push(Step::EnterPartnerContact)
            .push(impact)
            .push(Step::Submit { portal })
            .push(Step::Track { portal }),
        Shape::CustomerAzure | Shape::CustomerMicrosoft365 => {
            let path = PartnerCenterPath::for_edition(edition);
            let mut s = s
                .push(Step::OpenServiceRequests { path })
                .push(Step::SelectCustomer);
            if matches!(edition, Edition::Gdap2025) {
                s = s.push(Step::ConfirmAdminRelationship);
            }
            s = s
                .push(Step::NewRequest { workload })
                .push(Step::OpenPortal { portal })
                .push(Step::StartRequest { portal });
            if matches!(shape, Shape::CustomerAzure) {
                s = s.push(Step::SelectSupportPlan {
                    plan: SupportPlan::CloudSolutionProvider,
                });
            }
            s.push(Step::EnterPartnerContact)
                .push(impact)
                .push(Step::Submit { portal })
                .push(Step::Track { portal })
        }
    }
}

/// What a route of each shape cites in one edition, and its basis.
#[derive(Clone, Copy)]
struct RouteCites {
    rules: RuleSet,
    basis: Basis,
}

/// [`RouteCites`] for every shape of `edition`, in [`Shape`] order,
/// computed from [`steps`] with placeholder values.
const fn shape_cites(edition: Edition) -> [RouteCites; 4] {
    const fn of(edition: Edition, shape: Shape) -> RouteCites {
        let cited = steps(
            edition,
            shape,
            Portal::AzurePortal,
            Severity::C,
            Workload::Azure,
            OwnEntitlement::NotNamed,
        )
        .cited();
        RouteCites {
            rules: cited.rules,
            basis: cited.basis(edition),
        }
    }
    [
        of(edition, Shape::Isv),
        of(edition, Shape::Own),
        of(edition, Shape::CustomerAzure),
        of(edition, Shape::CustomerMicrosoft365),
    ]
}

const DAP_ROUTES: [RouteCites; 4] = shape_cites(Edition::Dap);
const GDAP_2023_ROUTES: [RouteCites; 4] = shape_cites(Edition::Gdap2023);
const GDAP_2025_ROUTES: [RouteCites; 4] = shape_cites(Edition::Gdap2025);

/// What a route of `shape` cites in `edition`: a lookup.
const fn route_cites(edition: Edition, shape: Shape) -> RouteCites {
    let by_shape = match edition {
        Edition::Dap => &DAP_ROUTES,
        Edition::Gdap2023 => &GDAP_2023_ROUTES,
        Edition::Gdap2025 => &GDAP_2025_ROUTES,
    };
    let [isv, own, azure, m365] = *by_shape;
    match shape {
        Shape::Isv => isv,
        Shape::Own => own,
        Shape::CustomerAzure => azure,
        Shape::CustomerMicrosoft365 => m365,
    }
}

/// The route for a request the engine allowed or redirected. Every route
/// starts with `SCOPE-CANNOT-RESOLVE-FIRST`'s step.
pub(crate) fn route(req: &Request) -> Route {
    let e = req.edition;
    let own = match req.tenant {
        Tenant::Own { entitlement } => Some(entitlement),
        Tenant::Customer(_) => None,
    };
    let portal = Portal::for_workload(req.workload, e);
    let (shape, _, _) = shape_of(e, req.workload, own);
    let built = RouteSteps::get(e)
        .0
        .get(route_index(req.workload, req.severity, own))
        .copied()
        .unwrap_or(Steps::EMPTY);
    let mut steps = ArrayVec::from(built.buf);
    steps.truncate(built.len);
    let isv_contacts = match shape {
        Shape::Isv => ArrayVec::from([
            IsvContact::SupportSite,
            IsvContact::Email,
            IsvContact::Phone,
        ]),
        _ => ArrayVec::new(),
    };
    let cites = route_cites(e, shape);
    Route {
        portal,
        steps,
        isv_contacts,
        rules: cites.rules,
        basis: cites.basis,
    }
}

/// The shape of a route, its portal (a placeholder for the ISV) and the
/// entitlement its steps carry, for a request about `workload` in the own
/// tenant (with its entitlement) or a customer's (`None`).
const fn shape_of(
    edition: Edition,
    workload: Workload,
    own: Option<OwnEntitlement>,
) -> (Shape, Portal, OwnEntitlement) {
    match (Portal::for_workload(workload, edition), own) {
        (None, _) => (Shape::Isv, Portal::AzurePortal, OwnEntitlement::NotNamed),
        (Some(portal), Some(entitlement)) => (Shape::Own, portal, entitlement),
        (Some(portal), None) if matches!(workload, Workload::Azure) => {
            (Shape::CustomerAzure, portal, OwnEntitlement::NotNamed)
        }
        (Some(portal), None) => (
            Shape::CustomerMicrosoft365,
            portal,
            OwnEntitlement::NotNamed,
        ),
    }
}

/// How many tenants [`route_index`] tells apart: a customer's, and the own
/// with each entitlement.
const TENANTS: usize = 1 + OwnEntitlement::ALL.len();
/// How many routes an edition has, by workload, severity and tenant.
const ROUTES: usize = Workload::ALL.len() * Severity::ALL.len() * TENANTS;

/// The index of a route in [`RouteSteps`].
const fn route_index(workload: Workload, severity: Severity, own: Option<OwnEntitlement>) -> usize {
    let tenant = match own {
        None => 0,
        Some(entitlement) => (entitlement as usize).wrapping_add(1),
    };
    Index(workload as usize)
        .push(Severity::ALL.len(), severity as usize)
        .push(TENANTS, tenant)
        .0
}

/// The steps of every route of one edition, computed from [`steps`] when
/// the crate is compiled, by [`route_index`].
struct RouteSteps([Steps; ROUTES]);

crate::facts::edition::per_edition!(RouteSteps);

impl RouteSteps {
    #[allow(
        clippy::indexing_slicing,
        clippy::arithmetic_side_effects,
        reason = "run when the crate is compiled, where an index out of range or an overflow is a compile error"
    )]
    const fn of(edition: Edition) -> RouteSteps {
        let mut table = [Steps::EMPTY; ROUTES];
        let mut w = 0;
        while w < Workload::ALL.len() {
            let workload = Workload::ALL[w];
            let mut v = 0;
            while v < Severity::ALL.len() {
                let severity = Severity::ALL[v];
                let mut t = 0;
                while t < TENANTS {
                    let own = match t.checked_sub(1) {
                        None => None,
                        Some(k) => Some(OwnEntitlement::ALL[k]),
                    };
                    let (shape, portal, entitlement) = shape_of(edition, workload, own);
                    table[route_index(workload, severity, own)] =
                        steps(edition, shape, portal, severity, workload, entitlement);
                    t += 1;
                }
                v += 1;
            }
            w += 1;
        }
        RouteSteps(table)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::model::CustomerTenant;
    use crate::samples;

    /// What a route cites, read off its steps one by one (the definition
    /// the precomputed table must agree with).
    fn cited_by_steps(route: &Route) -> Cited {
        route
            .steps()
            .iter()
            .fold(Cited::default(), |c, s| c.with_cite(s.cite()))
    }

    /// A full buffer drops what comes beyond its capacity instead of
    /// writing past it (no route comes near it: the longest has 12 steps).
    #[test]
    fn steps_beyond_the_capacity_are_dropped_not_written() {
        let mut s = Steps::EMPTY;
        for _ in 0..=MAX_STEPS {
            s = s.push(Step::Track {
                portal: Portal::AzurePortal,
            });
        }
        assert_eq!(s.len, MAX_STEPS);
        assert_eq!(s.cited().rules, RuleSet::of(&[RuleId::RouteTrack]));
    }

    /// Every edition, workload, tenant and severity: the table's rules and
    /// basis are the steps' own, and no route reaches the capacity.
    /// The table of steps holds, at each request's index, the steps built
    /// for that request: its edition, workload, severity and tenant (a
    /// customer's or the own, with each entitlement), so each step carries
    /// the request's own values.
    #[test]
    fn the_steps_table_holds_each_requests_own_steps() {
        let mut tenants = vec![Tenant::Customer(CustomerTenant::default())];
        tenants.extend(
            OwnEntitlement::ALL
                .iter()
                .map(|&entitlement| Tenant::Own { entitlement }),
        );
        let mut checked = 0;
        for &e in Edition::ALL {
            for &w in Workload::ALL {
                for &sev in Severity::ALL {
                    for &t in &tenants {
                        let mut req = samples::direct_partner_azure();
                        (req.edition, req.workload, req.severity, req.tenant) = (e, w, sev, t);
                        let own = match t {
                            Tenant::Own { entitlement } => Some(entitlement),
                            Tenant::Customer(_) => None,
                        };
                        let (shape, portal, entitlement) = shape_of(e, w, own);
                        let direct = steps(e, shape, portal, sev, w, entitlement);
                        let direct = direct.buf.get(..direct.len).unwrap();
                        assert_eq!(route(&req).steps(), direct, "{e} {w} {sev:?} {t:?}");
                        for step in direct {
                            match *step {
                                Step::NewRequest { workload } => assert_eq!(workload, w),
                                Step::StateBusinessImpact { severity } => {
                                    assert_eq!(severity, sev);
                                }
                                Step::SelectSupportPlan {
                                    plan: SupportPlan::Own { entitlement },
                                } => assert_eq!(Some(entitlement), own),
                                Step::Submit { portal } => {
                                    assert_eq!(Some(portal), Portal::for_workload(w, e));
                                }
                                _ => {}
                            }
                        }
                        checked += 1;
                    }
                }
            }
        }
        assert_eq!(checked, Edition::ALL.len() * ROUTES);
    }

    #[test]
    fn the_cites_table_agrees_with_the_steps_of_every_route() {
        let workloads = [
            Workload::Azure,
            Workload::Office365,
            Workload::DynamicsCrmOnline,
            Workload::EnterpriseMobilitySuite,
            Workload::CommercialMarketplace,
            Workload::Other,
        ];
        let tenants = [
            Tenant::Customer(CustomerTenant::default()),
            Tenant::Own {
                entitlement: OwnEntitlement::Premier,
            },
            Tenant::Own {
                entitlement: OwnEntitlement::NotNamed,
            },
        ];
        let severities = [Severity::A, Severity::B, Severity::C];
        let mut checked = 0;
        for &e in Edition::ALL {
            for w in workloads {
                for t in tenants {
                    for sev in severities {
                        let mut req = samples::direct_partner_azure();
                        req.edition = e;
                        req.workload = w;
                        req.tenant = t;
                        req.severity = sev;
                        let r = route(&req);
                        let by_steps = cited_by_steps(&r);
                        assert_eq!(r.rules, by_steps.rules, "{e} {w} {t:?} {sev:?}");
                        assert_eq!(r.basis, by_steps.basis(e), "{e} {w} {t:?} {sev:?}");
                        assert!(r.steps().len() < MAX_STEPS, "{e} {w} {t:?}");
                        assert!(r.steps().iter().all(|s| {
                            !matches!(s, Step::StateBusinessImpact { severity } if *severity != sev)
                        }));
                        checked += 1;
                    }
                }
            }
        }
        assert_eq!(checked, Edition::ALL.len() * 6 * 3 * 3);
    }
}
