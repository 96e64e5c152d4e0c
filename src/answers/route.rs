//! Where a request is filed: the route as ordered steps, each citing its rule.

use arrayvec::ArrayVec;

use crate::facts::model::{OwnEntitlement, Request, Severity, Tenant, Workload, domain_enum};
use crate::rules::clause::{Cite, Cited, Clause};
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
    pub(crate) fn cite(self) -> Cite {
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

    fn new(portal: Option<Portal>, edition: Edition, steps: &[Step]) -> Route {
        let steps: ArrayVec<Step, MAX_STEPS> = steps.iter().copied().take(MAX_STEPS).collect();
        let cited = steps
            .iter()
            .fold(Cited::default(), |cited, s| cited.with(s.cite()));
        Route {
            portal,
            steps,
            isv_contacts: ArrayVec::new(),
            rules: cited.rules,
            basis: cited.basis(edition),
        }
    }
}

/// The route for a request the engine allowed or redirected. Every route
/// starts with `SCOPE-CANNOT-RESOLVE-FIRST`'s step.
pub(crate) fn route(req: &Request) -> Route {
    let e = req.edition;
    let first = Step::first_in(e);
    let Some(portal) = Portal::for_workload(req.workload, e) else {
        let mut r = Route::new(
            None,
            e,
            &[first, Step::SelectMarketplaceProduct, Step::ContactIsv],
        );
        r.isv_contacts = [
            IsvContact::SupportSite,
            IsvContact::Email,
            IsvContact::Phone,
        ]
        .into();
        return r;
    };
    let impact = Step::StateBusinessImpact {
        severity: req.severity,
    };
    match req.tenant {
        Tenant::Own { entitlement } => Route::new(
            Some(portal),
            e,
            &[
                first,
                Step::SignInDirectly { portal },
                Step::StartRequest { portal },
                Step::SelectSupportPlan {
                    plan: SupportPlan::Own { entitlement },
                },
                Step::EnterPartnerContact,
                impact,
                Step::Submit { portal },
                Step::Track { portal },
            ],
        ),
        Tenant::Customer(_) => {
            let mut steps: ArrayVec<Step, MAX_STEPS> = ArrayVec::new();
            let mut push = |s: Step| {
                // Capacity is MAX_STEPS; the longest route has 12 steps.
                let _ = steps.try_push(s);
            };
            push(first);
            let path = PartnerCenterPath::for_edition(e);
            push(Step::OpenServiceRequests { path });
            push(Step::SelectCustomer);
            if e == Edition::Gdap2025 {
                push(Step::ConfirmAdminRelationship);
            }
            push(Step::NewRequest {
                workload: req.workload,
            });
            push(Step::OpenPortal { portal });
            push(Step::StartRequest { portal });
            if req.workload == Workload::Azure {
                push(Step::SelectSupportPlan {
                    plan: SupportPlan::CloudSolutionProvider,
                });
            }
            push(Step::EnterPartnerContact);
            push(impact);
            push(Step::Submit { portal });
            push(Step::Track { portal });
            Route::new(Some(portal), e, &steps)
        }
    }
}
