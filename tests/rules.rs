//! One test per rule ID of RULES.md, named after it (SLA rules live in the
//! deadline tests). Each asserts what the rule puts into the answer, so it
//! fails if the rule were dropped. `catalogue.rs` checks that no rule goes
//! untested.

use chrono::{Duration, TimeZone, Utc};
use csp_support::*;

// ---------------------------------------------------------------- builders

fn roles(r: &[PartnerCenterRole]) -> PartnerCenterRoles {
    r.iter().copied().collect()
}

fn entra(r: &[EntraRole]) -> EntraRoles {
    r.iter().copied().collect()
}

fn rbac(r: &[AzureRole]) -> AzureRoles {
    r.iter().copied().collect()
}

/// An allowed Office 365 request by a direct-bill partner's Admin agent.
fn m365(edition: Edition) -> Request {
    let mut r = samples::direct_partner_office365();
    r.edition = edition;
    if edition == Edition::Dap {
        customer(&mut r).delegated_admin = true;
    }
    r
}

/// An allowed Azure request by the subscription's provider.
fn azure(edition: Edition) -> Request {
    let mut r = samples::direct_partner_azure();
    r.edition = edition;
    if edition == Edition::Dap {
        customer(&mut r).delegated_admin = true;
    }
    r
}

fn own(entitlement: OwnEntitlement, workload: Workload, channel: Channel) -> Request {
    let mut r = samples::own_tenant_azure();
    r.tenant = Tenant::Own { entitlement };
    r.workload = workload;
    r.channel = channel;
    r
}

fn customer(r: &mut Request) -> &mut CustomerTenant {
    match &mut r.tenant {
        Tenant::Customer(c) => c,
        Tenant::Own { .. } => panic!("not a customer request"),
    }
}

fn gdap(r: &Request) -> GdapRelationship {
    match &r.tenant {
        Tenant::Customer(c) => c.gdap.expect("a GDAP relationship"),
        Tenant::Own { .. } => panic!("not a customer request"),
    }
}

/// Changes the request's GDAP relationship through its builder (which
/// checks it again); `f` may read the request.
fn edit_gdap(
    r: &mut Request,
    f: impl FnOnce(GdapRelationshipBuilder, &Request) -> GdapRelationshipBuilder,
) {
    let rel = f(gdap(r).to_builder(), r)
        .build()
        .expect("a valid relationship");
    customer(r).gdap = Some(rel);
}

fn azure_access(r: &mut Request) -> &mut AzureAccess {
    customer(r).azure.get_or_insert_with(AzureAccess::default)
}

fn decide_ok(r: &Request) -> Decision {
    decide(r)
}

fn assess_ok(r: &Request) -> Assessment {
    assess(r)
}

#[track_caller]
fn expect(r: &Request, outcome: Outcome, ids: &[RuleId]) -> Decision {
    let d = decide_ok(r);
    assert_eq!(
        (d.outcome, d.rules),
        (outcome, ids.iter().copied().collect::<RuleSet>()),
        "{r:#?}\n{d}"
    );
    d
}

#[track_caller]
fn allowed(r: &Request) -> Decision {
    let d = decide_ok(r);
    assert_eq!(d.outcome, Outcome::Allowed, "{r:#?}\n{d}");
    d
}

fn steps(a: &Assessment) -> Vec<Step> {
    a.route.as_ref().expect("a route").steps().to_vec()
}

const GDAP: [Edition; 2] = [Edition::Gdap2023, Edition::Gdap2025];

// ------------------------------------------------------------------- SCOPE

#[test]
fn scope_clouds() {
    for &e in Edition::ALL {
        let mut r = m365(e);
        r.cloud = Cloud::UsGovernment;
        allowed(&r);
        assert!(
            allowed(&r).rules.contains(RuleId::ScopeClouds),
            "allowed cites the scope that admitted it"
        );
        r.cloud = Cloud::Germany;
        if e == Edition::Dap {
            assert!(allowed(&r).rules.contains(RuleId::ScopeClouds));
        } else {
            let d = expect(&r, Outcome::NotCovered, &[RuleId::ScopeClouds]);
            assert!(d.missing.contains(Missing::CoveredCloud));
        }
    }
}

#[test]
fn scope_workloads() {
    for &e in Edition::ALL {
        for w in [
            Workload::Office365,
            Workload::DynamicsCrmOnline,
            Workload::EnterpriseMobilitySuite,
        ] {
            let mut r = m365(e);
            r.workload = w;
            allowed(&r);
        }
        allowed(&azure(e));
        let mut r = m365(e);
        r.workload = Workload::Other;
        let d = expect(&r, Outcome::NotCovered, &[RuleId::ScopeWorkloads]);
        assert!(d.missing.contains(Missing::CoveredWorkload));
    }
    // In dap the marketplace falls under SCOPE-WORKLOADS.
    let mut r = m365(Edition::Dap);
    r.workload = Workload::CommercialMarketplace;
    expect(&r, Outcome::NotCovered, &[RuleId::ScopeWorkloads]);
}

#[test]
fn scope_marketplace_isv() {
    for e in GDAP {
        let mut r = m365(e);
        r.workload = Workload::CommercialMarketplace;
        expect(&r, Outcome::Redirected, &[RuleId::ScopeMarketplaceIsv]);
        let a = assess_ok(&r);
        // A redirect names nothing missing and gives no advice.
        assert_eq!(a.decision.missing, MissingFacts::EMPTY);
        assert_eq!(a.decision.remedies, Remedies::EMPTY);
        let route = a.route.as_ref().expect("the ISV route");
        assert_eq!(route.portal, None);
        assert_eq!(
            route.steps(),
            &[
                Step::CheckServiceHealth,
                Step::SelectMarketplaceProduct,
                Step::ContactIsv
            ]
        );
        assert_eq!(
            route.isv_contacts(),
            &[
                IsvContact::SupportSite,
                IsvContact::Email,
                IsvContact::Phone
            ]
        );
        assert_eq!(
            route.rules,
            RuleSet::of(&[RuleId::ScopeCannotResolveFirst, RuleId::ScopeMarketplaceIsv])
        );
        assert_eq!(
            (a.plan, a.fee),
            (None, None),
            "no Microsoft plan or fee for the ISV"
        );
    }
}

#[test]
fn scope_problem_kinds() {
    for &e in Edition::ALL {
        for p in [
            ProblemKind::Technical,
            ProblemKind::Billing,
            ProblemKind::SubscriptionManagement,
        ] {
            let mut r = m365(e);
            r.problem = p;
            allowed(&r);
        }
        for p in [ProblemKind::BillingDispute, ProblemKind::SuspectedFraud] {
            let mut r = m365(e);
            r.problem = p;
            if e == Edition::Dap {
                assert!(allowed(&r).rules.contains(RuleId::ScopeProblemKinds));
            } else {
                let d = expect(&r, Outcome::NotCovered, &[RuleId::ScopeProblemKinds]);
                assert!(d.missing.contains(Missing::CoveredProblemKind));
            }
        }
    }
}

#[test]
fn scope_problem_kinds_basis_is_the_clause_used() {
    // gdap-2025 states the technical clause and inherits billing.
    let own_basis = |p| {
        let mut r = own(
            OwnEntitlement::Premier,
            Workload::Azure,
            Channel::AzurePortalDirect,
        );
        r.problem = p;
        allowed(&r).basis
    };
    assert_eq!(own_basis(ProblemKind::Technical), Basis::Stated);
    assert_eq!(own_basis(ProblemKind::Billing), Basis::Inherited);
    assert_eq!(
        own_basis(ProblemKind::SubscriptionManagement),
        Basis::Inherited
    );
    // A kind the later editions do not list is not covered on the basis of
    // the edition's whole list: stated in gdap-2023, inherited in gdap-2025.
    for (e, basis) in [
        (Edition::Gdap2023, Basis::Stated),
        (Edition::Gdap2025, Basis::Inherited),
    ] {
        for p in [ProblemKind::BillingDispute, ProblemKind::SuspectedFraud] {
            let mut r = m365(e);
            r.problem = p;
            let d = expect(&r, Outcome::NotCovered, &[RuleId::ScopeProblemKinds]);
            assert_eq!(d.basis, basis, "{e} {p}");
        }
    }
    // dap states billing disputes and suspected fraud: an own-tenant request
    // about either rests on stated rules alone.
    for p in [ProblemKind::BillingDispute, ProblemKind::SuspectedFraud] {
        let mut r = own(
            OwnEntitlement::Premier,
            Workload::Azure,
            Channel::AzurePortalDirect,
        );
        r.edition = Edition::Dap;
        r.problem = p;
        assert_eq!(allowed(&r).basis, Basis::Stated, "{p}");
    }
}

#[test]
fn scope_cannot_resolve_first() {
    for &e in Edition::ALL {
        let a = assess_ok(&m365(e));
        let first = steps(&a)[0];
        let expected = if e == Edition::Dap {
            Step::CheckEscalationCriteria
        } else {
            Step::CheckServiceHealth
        };
        assert_eq!(first, expected, "{e}");
        assert_eq!(first.rule(), RuleId::ScopeCannotResolveFirst);
        assert!(
            a.route
                .unwrap()
                .rules
                .contains(RuleId::ScopeCannotResolveFirst)
        );
    }
}

#[test]
fn scope_stage_cites_every_failing_check() {
    let mut r = m365(Edition::Gdap2025);
    r.cloud = Cloud::Germany;
    r.workload = Workload::Other;
    r.problem = ProblemKind::SuspectedFraud;
    // Later stages would fail too; the scope stage decides alone.
    r.partner.roles = PartnerCenterRoles::EMPTY;
    expect(
        &r,
        Outcome::NotCovered,
        &[
            RuleId::ScopeClouds,
            RuleId::ScopeWorkloads,
            RuleId::ScopeProblemKinds,
        ],
    );
    // Not covered beats redirected inside the stage.
    r.workload = Workload::CommercialMarketplace;
    expect(
        &r,
        Outcome::NotCovered,
        &[
            RuleId::ScopeClouds,
            RuleId::ScopeMarketplaceIsv,
            RuleId::ScopeProblemKinds,
        ],
    );
}

// ------------------------------------------------------------- channel

#[test]
fn route_no_phone() {
    let mut r = m365(Edition::Dap);
    r.channel = Channel::Phone;
    let d = expect(&r, Outcome::Denied, &[RuleId::RouteNoPhone]);
    assert!(d.remedies.contains(Remedy::FileThroughPartnerCenter));
    // The later editions name no phone channel: not covered, through
    // ROUTE-VIA-PARTNER-CENTER, not the dap rule.
    for e in GDAP {
        let mut r = m365(e);
        r.channel = Channel::Phone;
        let d = expect(&r, Outcome::NotCovered, &[RuleId::RouteViaPartnerCenter]);
        assert!(d.missing.contains(Missing::CoveredChannel));
    }
    // Phone for the own tenant too; the advice names the channel that
    // serves the own tenant, a direct sign-in.
    for &e in Edition::ALL {
        let mut r = own(OwnEntitlement::Premier, Workload::Azure, Channel::Phone);
        r.edition = e;
        let d = decide_ok(&r);
        assert_eq!(d.missing, MissingFacts::of(&[Missing::CoveredChannel]));
        assert_eq!(d.remedies, Remedies::of(&[Remedy::SignInDirectly]), "{e}");
    }
    let mut r = own(OwnEntitlement::Premier, Workload::Azure, Channel::Phone);
    r.edition = Edition::Dap;
    expect(&r, Outcome::Denied, &[RuleId::RouteNoPhone]);
}

#[test]
fn route_direct_sign_in_own_context_channels() {
    let direct: Vec<bool> = [
        Channel::PartnerCenter,
        Channel::AzurePortalDirect,
        Channel::AdminCenterDirect,
        Channel::Phone,
    ]
    .iter()
    .map(|c| c.is_direct_sign_in())
    .collect();
    assert_eq!(direct, [false, true, true, false]);
}

#[test]
fn explanations_display_outcome_and_rules() {
    let r = samples::reseller_azure_gdap_2025();
    let d = decide_ok(&r);
    assert!(
        d.to_string()
            .starts_with("Denied [FILER-PARTNER-TYPES, AZURE-PROVIDER-ONLY]"),
        "{d}"
    );
    let a = assess_ok(&r).to_string();
    assert!(
        a.starts_with("[gdap-2025] Denied [FILER-PARTNER-TYPES, AZURE-PROVIDER-ONLY]"),
        "{a}"
    );
}

#[test]
fn route_direct_sign_in_own_context() {
    for &e in Edition::ALL {
        for ch in [Channel::AzurePortalDirect, Channel::AdminCenterDirect] {
            let mut r = azure(e);
            r.channel = ch;
            let d = expect(&r, Outcome::Denied, &[RuleId::RouteDirectSignInOwnContext]);
            assert!(d.remedies.contains(Remedy::StartFromPartnerCenter));
        }
    }
}

#[test]
fn own_direct_sign_in() {
    for &e in Edition::ALL {
        let mut r = own(
            OwnEntitlement::Premier,
            Workload::Azure,
            Channel::PartnerCenter,
        );
        r.edition = e;
        let d = expect(&r, Outcome::Denied, &[RuleId::OwnDirectSignIn]);
        assert!(d.remedies.contains(Remedy::SignInDirectly));

        r.channel = Channel::AzurePortalDirect;
        let d = allowed(&r);
        assert!(d.rules.contains(RuleId::OwnDirectSignIn));
        let a = assess_ok(&r);
        assert_eq!(
            steps(&a)[1],
            Step::SignInDirectly {
                portal: Portal::AzurePortal
            },
            "after SCOPE-CANNOT-RESOLVE-FIRST's step"
        );

        let mut m = own(
            OwnEntitlement::Premier,
            Workload::Office365,
            Channel::AdminCenterDirect,
        );
        m.edition = e;
        allowed(&m);
        // The portal must serve the workload; the seeds say nothing of an
        // Azure request through the admin center.
        m.workload = Workload::Azure;
        let d = expect(&m, Outcome::NotCovered, &[RuleId::OwnDirectSignIn]);
        assert!(d.missing.contains(Missing::MatchingPortal));
    }
}

// ------------------------------------------------------------- own tenant

#[test]
fn own_entitlement_required() {
    for &e in Edition::ALL {
        for ent in [
            OwnEntitlement::PartnerProgramContract,
            OwnEntitlement::Premier,
            OwnEntitlement::AzureSupportPlan,
        ] {
            let mut r = own(ent, Workload::Azure, Channel::AzurePortalDirect);
            r.edition = e;
            let d = allowed(&r);
            assert!(d.rules.contains(RuleId::OwnEntitlementRequired));
            let a = assess_ok(&r);
            assert_eq!(a.plan.unwrap().plan, SupportPlan::Own { entitlement: ent });
            assert!(steps(&a).contains(&Step::SelectSupportPlan {
                plan: SupportPlan::Own { entitlement: ent }
            }));
        }
        let mut r = own(
            OwnEntitlement::NotNamed,
            Workload::Azure,
            Channel::AzurePortalDirect,
        );
        r.edition = e;
        let d = expect(&r, Outcome::Denied, &[RuleId::OwnEntitlementRequired]);
        assert!(d.remedies.contains(Remedy::NameOwnSupportPlan));
        r.tenant = Tenant::Own {
            entitlement: OwnEntitlement::Other,
        };
        let d = expect(&r, Outcome::NotCovered, &[RuleId::OwnEntitlementRequired]);
        assert!(d.missing.contains(Missing::NamedEntitlement));
    }
}

#[test]
fn own_not_csp_entitlement() {
    for &e in Edition::ALL {
        // Naming the CSP benefit for the own tenant is a denial that says why.
        let mut r = own(
            OwnEntitlement::CloudSolutionProvider,
            Workload::Azure,
            Channel::AzurePortalDirect,
        );
        r.edition = e;
        expect(
            &r,
            Outcome::Denied,
            &[RuleId::OwnEntitlementRequired, RuleId::OwnNotCspEntitlement],
        );
        // The plan of an allowed own-tenant request is the partner's own, and says why.
        r.tenant = Tenant::Own {
            entitlement: OwnEntitlement::Premier,
        };
        let plan = assess_ok(&r).plan.unwrap();
        assert_ne!(plan.plan, SupportPlan::CloudSolutionProvider);
        assert!(plan.rules.contains(RuleId::OwnNotCspEntitlement));
    }
}

// ------------------------------------------------------------------ FILER

#[test]
fn filer_partner_types() {
    for t in [PartnerType::IndirectReseller, PartnerType::Advisor] {
        let mut r = m365(Edition::Gdap2025);
        r.partner.partner_type = t;
        let d = expect(&r, Outcome::Denied, &[RuleId::FilerPartnerTypes]);
        assert!(d.remedies.contains(Remedy::AskProviderToFile));
        assert!(d.missing.contains(Missing::AllowedPartnerType));
        // Side by side: gdap-2023 and dap let every type file.
        r.edition = Edition::Gdap2023;
        assert!(allowed(&r).rules.contains(RuleId::FilerPartnerTypes));
        r.edition = Edition::Dap;
        customer(&mut r).delegated_admin = true;
        assert!(allowed(&r).rules.contains(RuleId::FilerPartnerTypes));
    }
    for t in [
        PartnerType::DirectBillPartner,
        PartnerType::IndirectProvider,
    ] {
        let mut r = m365(Edition::Gdap2025);
        r.partner.partner_type = t;
        assert!(allowed(&r).rules.contains(RuleId::FilerPartnerTypes));
    }
}

#[test]
fn filer_partner_types_basis_per_edition() {
    assert_eq!(allowed(&m365(Edition::Dap)).basis, Basis::Outside);
    assert_eq!(allowed(&m365(Edition::Gdap2023)).basis, Basis::Interpreted);
    assert_eq!(allowed(&m365(Edition::Gdap2025)).basis, Basis::Outside);
    let mut r = m365(Edition::Gdap2025);
    r.partner.partner_type = PartnerType::Advisor;
    assert_eq!(decide_ok(&r).basis, Basis::Stated);
}

#[test]
fn azure_provider_only() {
    for e in GDAP {
        // The provider's own type, but not this subscription's provider.
        let mut r = azure(e);
        azure_access(&mut r).is_provider = false;
        let d = expect(&r, Outcome::Denied, &[RuleId::AzureProviderOnly]);
        assert!(d.remedies.contains(Remedy::AskSubscriptionProviderToFile));
        // Resellers and advisors never are, whatever the flag says, and for
        // every problem type (RULES.md conflict 1).
        for t in [PartnerType::IndirectReseller, PartnerType::Advisor] {
            for p in [ProblemKind::Technical, ProblemKind::Billing] {
                let mut r = azure(e);
                r.partner.partner_type = t;
                r.problem = p;
                let d = decide_ok(&r);
                assert_eq!(d.outcome, Outcome::Denied);
                assert!(d.rules.contains(RuleId::AzureProviderOnly), "{e} {t} {p}");
            }
        }
        let mut r = azure(e);
        r.partner.partner_type = PartnerType::IndirectProvider;
        assert!(allowed(&r).rules.contains(RuleId::AzureProviderOnly));
    }
    // gdap-2023: the reseller passes FILER-PARTNER-TYPES and fails only here.
    let mut r = azure(Edition::Gdap2023);
    r.partner.partner_type = PartnerType::IndirectReseller;
    expect(&r, Outcome::Denied, &[RuleId::AzureProviderOnly]);
    // gdap-2025: both checks of the stage are cited, in evaluation order.
    let d = decide_ok(&samples::reseller_azure_gdap_2025());
    assert_eq!(
        d.rules.to_string(),
        "[FILER-PARTNER-TYPES, AZURE-PROVIDER-ONLY]"
    );
    // dap has no such rule: a reseller with the grant files.
    let mut r = azure(Edition::Dap);
    r.partner.partner_type = PartnerType::IndirectReseller;
    azure_access(&mut r).granted_by_indirect_provider = true;
    assert!(!allowed(&r).rules.contains(RuleId::AzureProviderOnly));
}

#[test]
fn filer_dap_delegated_admin() {
    let mut r = m365(Edition::Dap);
    assert!(allowed(&r).rules.contains(RuleId::FilerDapDelegatedAdmin));
    r.partner.roles = roles(&[PartnerCenterRole::HelpdeskAgent]);
    allowed(&r);
    r.partner.roles = roles(&[PartnerCenterRole::SalesAgent]);
    let d = expect(&r, Outcome::Denied, &[RuleId::FilerDapDelegatedAdmin]);
    assert!(d.remedies.contains(Remedy::GetAdminOrHelpdeskAgentRole));
    let mut r = m365(Edition::Dap);
    customer(&mut r).delegated_admin = false;
    let d = expect(&r, Outcome::Denied, &[RuleId::FilerDapDelegatedAdmin]);
    assert!(d.remedies.contains(Remedy::ObtainDelegatedAdmin));
    assert!(d.missing.contains(Missing::DelegatedAdmin));
    // A GDAP relationship is no DAP.
    assert!(customer(&mut r).gdap.is_some());
}

#[test]
fn filer_admin_agent_gdap() {
    for e in GDAP {
        let base = m365(e);
        assert!(allowed(&base).rules.contains(RuleId::FilerAdminAgentGdap));

        // The Partner Center role.
        let mut r = base.clone();
        r.partner.roles = roles(&[PartnerCenterRole::HelpdeskAgent]);
        let d = expect(&r, Outcome::Denied, &[RuleId::FilerAdminAgentGdap]);
        assert!(d.remedies.contains(Remedy::GetAdminAgentRole));

        // Helpdesk administrator is not Service support administrator ...
        let d = expect(
            &samples_helpdesk(e),
            Outcome::Denied,
            &[RuleId::FilerAdminAgentGdap],
        );
        assert!(d.remedies.contains(Remedy::AddServiceSupportAdministrator));
        assert!(d.missing.contains(Missing::SufficientEntraRole));
        // ... a missing requirement, not a forbid: adding SSA next to it allows.
        let mut r = samples_helpdesk(e);
        let both = entra(&[
            EntraRole::HelpdeskAdministrator,
            EntraRole::ServiceSupportAdministrator,
        ]);
        edit_gdap(&mut r, |b, _| b.roles(both).user_roles(both));
        allowed(&r);
        // Global administrator includes it (auto-extend off: Graph refuses
        // auto-extension with Global administrator).
        let mut r = base.clone();
        edit_gdap(&mut r, |b, _| {
            b.roles(entra(&[EntraRole::GlobalAdministrator]))
                .user_roles(entra(&[EntraRole::GlobalAdministrator]))
                .auto_extend(AutoExtend::Off)
        });
        allowed(&r);

        // The user assignment: the role must reach the user.
        let mut r = base.clone();
        edit_gdap(&mut r, |b, _| b.user_roles(EntraRoles::EMPTY));
        let d = expect(&r, Outcome::Denied, &[RuleId::FilerAdminAgentGdap]);
        assert!(d.remedies.contains(Remedy::AssignUserToRelationship));
        let mut r = base.clone();
        edit_gdap(&mut r, |b, _| {
            b.roles(entra(&[
                EntraRole::ServiceSupportAdministrator,
                EntraRole::DirectoryReaders,
            ]))
            .user_roles(entra(&[EntraRole::DirectoryReaders]))
        });
        expect(&r, Outcome::Denied, &[RuleId::FilerAdminAgentGdap]);

        // No relationship at all.
        let mut r = base.clone();
        customer(&mut r).gdap = None;
        let d = expect(&r, Outcome::Denied, &[RuleId::FilerAdminAgentGdap]);
        assert!(d.remedies.contains(Remedy::EstablishActiveGdapRelationship));
        assert!(d.missing.contains(Missing::ActiveRelationship));

        // Every failing check is cited once, every remedy kept.
        r.partner.roles = PartnerCenterRoles::EMPTY;
        let d = expect(&r, Outcome::Denied, &[RuleId::FilerAdminAgentGdap]);
        assert!(d.remedies.contains(Remedy::GetAdminAgentRole));
        assert!(d.remedies.contains(Remedy::EstablishActiveGdapRelationship));
    }
}

fn samples_helpdesk(e: Edition) -> Request {
    let mut r = samples::helpdesk_administrator_only();
    r.edition = e;
    r
}

#[test]
fn gdap_relationship_status_and_end() {
    for status in GdapStatus::VARIANTS_ALL {
        let mut r = m365(Edition::Gdap2025);
        edit_gdap(&mut r, |b, _| b.status(*status));
        let d = decide_ok(&r);
        assert_eq!(d.outcome.is_allowed(), status.grants_access(), "{status}");
    }
    // An end already passed grants nothing whatever the status says; the
    // end is exclusive, to the nanosecond.
    let ns = Duration::nanoseconds(1);
    let mut r = m365(Edition::Gdap2025);
    edit_gdap(&mut r, |b, r| {
        b.ends_at(r.filed_at)
            .starts_at(r.filed_at - Duration::days(30))
    });
    expect(&r, Outcome::Denied, &[RuleId::FilerAdminAgentGdap]);
    edit_gdap(&mut r, |b, r| b.ends_at(r.filed_at - ns));
    expect(&r, Outcome::Denied, &[RuleId::FilerAdminAgentGdap]);
    edit_gdap(&mut r, |b, r| b.ends_at(r.filed_at + ns));
    allowed(&r);
    // Not started yet grants nothing either; the start is inclusive.
    let mut r = m365(Edition::Gdap2025);
    edit_gdap(&mut r, |b, r| b.starts_at(r.filed_at + ns));
    expect(&r, Outcome::Denied, &[RuleId::FilerAdminAgentGdap]);
    edit_gdap(&mut r, |b, r| b.starts_at(r.filed_at));
    allowed(&r);
    edit_gdap(&mut r, |b, r| b.starts_at(r.filed_at - ns));
    allowed(&r);
}

#[test]
fn gdap_relationship_grants_at_to_the_nanosecond() {
    let ssa = entra(&[EntraRole::ServiceSupportAdministrator]);
    let start = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap() + Duration::nanoseconds(5);
    let end = start + Duration::days(1);
    let rel = GdapRelationship::builder(start, end)
        .status(GdapStatus::Active)
        .roles(ssa)
        .user_roles(ssa)
        .auto_extend(AutoExtend::Off)
        .build()
        .unwrap();
    let ns = Duration::nanoseconds(1);
    assert!(!rel.grants_at(start - ns));
    assert!(rel.grants_at(start));
    assert!(rel.grants_at(end - ns));
    assert!(!rel.grants_at(end));
    assert!(!rel.grants_at(end + ns));
}

#[test]
fn allowed_says_until_when() {
    let r = m365(Edition::Gdap2025);
    let end = Utc.with_ymd_and_hms(2027, 12, 31, 0, 0, 0).unwrap();
    let v = allowed(&r)
        .valid_until
        .expect("a GDAP-based allowance ends");
    assert_eq!(v.at, end);
    assert_eq!(v.renews_by_days, Some(180));
    let mut r = r;
    edit_gdap(&mut r, |b, _| b.auto_extend(AutoExtend::Off));
    assert_eq!(allowed(&r).valid_until.unwrap().renews_by_days, None);
    // DAP has no end.
    assert_eq!(allowed(&m365(Edition::Dap)).valid_until, None);
}

// ------------------------------------------------------------------ AZURE

#[test]
fn azure_no_admin_permissions() {
    for e in GDAP {
        // The provider without a usable relationship: the separate procedure.
        for broken in 0..3 {
            let mut r = azure(e);
            match broken {
                0 => customer(&mut r).gdap = None,
                1 => edit_gdap(&mut r, |b, _| b.status(GdapStatus::Terminated)),
                _ => edit_gdap(&mut r, |b, _| b.user_roles(EntraRoles::EMPTY)),
            }
            let d = expect(&r, Outcome::NotCovered, &[RuleId::AzureNoAdminPermissions]);
            assert!(!d.missing.is_empty());
        }
        // Denied beats not covered inside the stage; both are cited.
        let mut r = azure(e);
        customer(&mut r).gdap = None;
        azure_access(&mut r).rbac = rbac(&[AzureRole::Reader]);
        expect(
            &r,
            Outcome::Denied,
            &[RuleId::AzureNoAdminPermissions, RuleId::AzureGdapRbac],
        );
    }
}

#[test]
fn azure_gdap_rbac() {
    for e in GDAP {
        for role in [
            AzureRole::Owner,
            AzureRole::Contributor,
            AzureRole::SupportRequestContributor,
        ] {
            let mut r = azure(e);
            azure_access(&mut r).rbac = rbac(&[role]);
            assert!(allowed(&r).rules.contains(RuleId::AzureGdapRbac));
        }
        for none in [
            rbac(&[AzureRole::Reader]),
            AzureRoles::EMPTY,
            rbac(&[AzureRole::Other]),
        ] {
            let mut r = azure(e);
            azure_access(&mut r).rbac = none;
            let d = expect(&r, Outcome::Denied, &[RuleId::AzureGdapRbac]);
            assert!(d.remedies.contains(Remedy::AssignSupportRequestContributor));
        }
        // For Azure any Entra role through GDAP will do, Helpdesk administrator too.
        let mut r = azure(e);
        edit_gdap(&mut r, |b, _| {
            b.roles(entra(&[EntraRole::HelpdeskAdministrator]))
                .user_roles(entra(&[EntraRole::HelpdeskAdministrator]))
        });
        allowed(&r);
        // Any role of Microsoft's catalogue that no rule names (Intune
        // administrator, say) is "any Entra role" for Azure (RULES.md,
        // "Entra roles"), and not sufficient for Microsoft 365.
        let mut r = azure(e);
        edit_gdap(&mut r, |b, _| {
            b.roles_assigned_to_user(entra(&[EntraRole::OtherBuiltIn]))
        });
        allowed(&r);
        let mut r = m365(e);
        edit_gdap(&mut r, |b, _| {
            b.roles_assigned_to_user(entra(&[EntraRole::OtherBuiltIn]))
        });
        assert!(
            !decide_ok(&r).outcome.is_allowed(),
            "{e}: m365 other built-in"
        );
        // An unrecognised role is kept but grants nothing, not even for Azure.
        let mut r = azure(e);
        edit_gdap(&mut r, |b, _| {
            b.roles(entra(&[EntraRole::Other]))
                .user_roles(entra(&[EntraRole::Other]))
        });
        expect(&r, Outcome::NotCovered, &[RuleId::AzureNoAdminPermissions]);
        // No Azure facts at all: fail closed.
        let mut r = azure(e);
        customer(&mut r).azure = None;
        expect(
            &r,
            Outcome::Denied,
            &[RuleId::AzureProviderOnly, RuleId::AzureGdapRbac],
        );
    }
}

#[test]
fn azure_dap_access_granted() {
    let e = Edition::Dap;
    // The provider needs no grant.
    for t in [
        PartnerType::DirectBillPartner,
        PartnerType::IndirectProvider,
    ] {
        let mut r = azure(e);
        r.partner.partner_type = t;
        assert!(allowed(&r).rules.contains(RuleId::AzureDapAccessGranted));
        // Not the provider: no documented path.
        azure_access(&mut r).is_provider = false;
        expect(&r, Outcome::NotCovered, &[RuleId::AzureDapAccessGranted]);
    }
    // The reseller needs the indirect provider's grant.
    let mut r = azure(e);
    r.partner.partner_type = PartnerType::IndirectReseller;
    let d = expect(&r, Outcome::Denied, &[RuleId::AzureDapAccessGranted]);
    assert!(
        d.remedies
            .contains(Remedy::AskIndirectProviderForAzureAccess)
    );
    azure_access(&mut r).granted_by_indirect_provider = true;
    allowed(&r);
    // An advisor is under no indirect provider: not covered.
    r.partner.partner_type = PartnerType::Advisor;
    let d = expect(&r, Outcome::NotCovered, &[RuleId::AzureDapAccessGranted]);
    assert!(d.missing.contains(Missing::AzureAccessPath));
    // Office 365 needs no grant (it "differs from Office 365 administration").
    let mut r = m365(e);
    r.partner.partner_type = PartnerType::IndirectReseller;
    assert!(!allowed(&r).rules.contains(RuleId::AzureDapAccessGranted));
    // The basis of an Azure allowance in dap is our reading.
    assert_eq!(allowed(&azure(e)).basis, Basis::Interpreted);
}

// ------------------------------------------------------------------ ROUTE

#[test]
fn route_via_partner_center() {
    let path = |e| {
        steps(&assess_ok(&m365(e)))
            .into_iter()
            .find_map(|s| match s {
                Step::OpenServiceRequests { path } => Some(path),
                _ => None,
            })
            .expect("a Partner Center path")
    };
    assert_eq!(
        path(Edition::Dap),
        PartnerCenterPath::DashboardCustomerRequests
    );
    assert_eq!(
        path(Edition::Gdap2023),
        PartnerCenterPath::CustomersServiceManagement
    );
    assert_eq!(
        path(Edition::Gdap2025),
        PartnerCenterPath::CspAdministerServiceRequests
    );
    // gdap-2025 confirms the admin relationship on the way.
    assert!(steps(&assess_ok(&m365(Edition::Gdap2025))).contains(&Step::ConfirmAdminRelationship));
    assert!(!steps(&assess_ok(&m365(Edition::Gdap2023))).contains(&Step::ConfirmAdminRelationship));
    for &e in Edition::ALL {
        let a = assess_ok(&m365(e));
        assert!(a.decision.rules.contains(RuleId::RouteViaPartnerCenter));
        assert!(steps(&a).contains(&Step::SelectCustomer));
        assert!(steps(&a).contains(&Step::NewRequest {
            workload: Workload::Office365
        }));
        // The CSP entitlement comes through Partner Center.
        let plan = a.plan.unwrap();
        assert_eq!(plan.plan, SupportPlan::CloudSolutionProvider);
        assert!(plan.rules.contains(RuleId::RouteViaPartnerCenter));
    }
    // gdap-2023's path is our reading of a section the seed lacks.
    assert_eq!(
        assess_ok(&m365(Edition::Gdap2023)).route.unwrap().basis,
        Basis::Interpreted
    );
}

#[test]
fn route_workload_portal() {
    for &e in Edition::ALL {
        let a = assess_ok(&azure(e));
        assert_eq!(a.route.as_ref().unwrap().portal, Some(Portal::AzurePortal));
        let s = steps(&a);
        for step in [
            Step::OpenPortal {
                portal: Portal::AzurePortal,
            },
            Step::StartRequest {
                portal: Portal::AzurePortal,
            },
            Step::Submit {
                portal: Portal::AzurePortal,
            },
        ] {
            assert!(s.contains(&step), "{e} {step:?}");
            assert_eq!(step.rule(), RuleId::RouteWorkloadPortal);
        }
        let admin = if e == Edition::Dap {
            Portal::Office365AdminCenter
        } else {
            Portal::Microsoft365AdminCenter
        };
        for w in [
            Workload::Office365,
            Workload::DynamicsCrmOnline,
            Workload::EnterpriseMobilitySuite,
        ] {
            let mut r = m365(e);
            r.workload = w;
            let a = assess_ok(&r);
            assert_eq!(a.route.as_ref().unwrap().portal, Some(admin));
            assert!(steps(&a).contains(&Step::OpenPortal { portal: admin }));
        }
    }
}

#[test]
fn route_track() {
    for &e in Edition::ALL {
        let a = assess_ok(&azure(e));
        assert_eq!(
            steps(&a).last(),
            Some(&Step::Track {
                portal: Portal::AzurePortal
            })
        );
        let a = assess_ok(&m365(e));
        let admin = Portal::for_workload(Workload::Office365, e).unwrap();
        assert_eq!(steps(&a).last(), Some(&Step::Track { portal: admin }));
        assert!(a.route.unwrap().rules.contains(RuleId::RouteTrack));
    }
}

// ------------------------------------------------------------------- FORM

#[test]
fn form_azure_support_plan() {
    for &e in Edition::ALL {
        let plan_step = Step::SelectSupportPlan {
            plan: SupportPlan::CloudSolutionProvider,
        };
        let a = assess_ok(&azure(e));
        assert!(steps(&a).contains(&plan_step));
        assert!(a.plan.unwrap().rules.contains(RuleId::FormAzureSupportPlan));
        let a = assess_ok(&m365(e));
        assert!(
            !steps(&a).contains(&plan_step),
            "only Azure forms have the field"
        );
    }
}

#[test]
fn form_partner_contact() {
    for &e in Edition::ALL {
        for r in [azure(e), m365(e)] {
            let a = assess_ok(&r);
            assert!(steps(&a).contains(&Step::EnterPartnerContact));
            assert!(a.route.unwrap().rules.contains(RuleId::FormPartnerContact));
        }
    }
}

#[test]
fn form_severity_from_impact() {
    assert_eq!(Severity::from(BusinessImpact::Critical), Severity::A);
    assert_eq!(Severity::from(BusinessImpact::Moderate), Severity::B);
    assert_eq!(Severity::from(BusinessImpact::Minimal), Severity::C);
    assert_eq!("critical".parse::<Severity>().unwrap(), Severity::A);
    assert_eq!("Moderate".parse::<Severity>().unwrap(), Severity::B);
    assert_eq!("c".parse::<Severity>().unwrap(), Severity::C);
    assert!("d".parse::<Severity>().is_err());
    let api: Vec<_> = [Severity::A, Severity::B, Severity::C]
        .iter()
        .map(|s| s.api_name())
        .collect();
    assert_eq!(api, ["critical", "moderate", "minimal"]);
    for sev in [Severity::A, Severity::B, Severity::C] {
        let mut r = m365(Edition::Gdap2025);
        r.severity = sev;
        let a = assess_ok(&r);
        assert!(steps(&a).contains(&Step::StateBusinessImpact { severity: sev }));
        assert!(
            a.route
                .unwrap()
                .rules
                .contains(RuleId::FormSeverityFromImpact)
        );
    }
}

// -------------------------------------------------------------------- FEE

fn fee_of(r: &Request) -> FeeAnswer {
    assess_ok(r)
        .fee
        .expect("an allowed request has a fee answer")
}

#[test]
fn fee_m365_none() {
    for &e in Edition::ALL {
        let f = fee_of(&m365(e));
        assert_eq!(
            (f.fee, f.rules),
            (Fee::NoSeparateFee, RuleSet::of(&[RuleId::FeeM365None]))
        );
        assert!(!f.payable_with_benefits);
    }
}

#[test]
fn fee_azure_charged() {
    for &e in Edition::ALL {
        let f = fee_of(&azure(e));
        assert_eq!(f.fee, Fee::Charged);
        assert!(f.rules.contains(RuleId::FeeAzureCharged));
    }
    // Inherited in gdap-2025, stated before.
    assert_eq!(fee_of(&azure(Edition::Gdap2025)).basis, Basis::Inherited);
    assert_eq!(fee_of(&azure(Edition::Gdap2023)).basis, Basis::Stated);
}

#[test]
fn fee_all_csp_partners() {
    for &e in Edition::ALL {
        let f = fee_of(&azure(e));
        assert!(f.rules.contains(RuleId::FeeAllCspPartners));
        assert!(
            f.payable_with_benefits,
            "every CSP partner may pay Azure support with benefits"
        );
    }
}

#[test]
fn fee_for_dap_only_problem_kinds() {
    let mut r = m365(Edition::Dap);
    r.problem = ProblemKind::BillingDispute;
    assert_eq!(
        fee_of(&r).fee,
        Fee::Free,
        "a billing dispute is billing support"
    );
    r.problem = ProblemKind::SuspectedFraud;
    let f = fee_of(&r);
    assert_eq!(
        f.fee,
        Fee::NotStated,
        "the seeds name no fee for suspected fraud"
    );
    // It cites the rule that admits suspected fraud, which dap states.
    assert_eq!(
        (f.rules, f.basis),
        (RuleSet::of(&[RuleId::ScopeProblemKinds]), Basis::Stated)
    );
    assert!(!f.payable_with_benefits);
}

#[test]
fn fee_billing_free() {
    for &e in Edition::ALL {
        for p in [ProblemKind::Billing, ProblemKind::SubscriptionManagement] {
            for mut r in [azure(e), m365(e)] {
                r.problem = p;
                let f = fee_of(&r);
                assert_eq!(
                    (f.fee, f.rules),
                    (Fee::Free, RuleSet::of(&[RuleId::FeeBillingFree]))
                );
            }
        }
    }
}

// --------------------------------------------------------------- CUSTOMER

fn sub(channel: SubscriptionChannel, kind: SubscriptionKind) -> Subscription {
    Subscription::new(channel, kind)
}

#[test]
fn customer_trial_partner_only() {
    use SubscriptionChannel::*;
    use SubscriptionKind::*;
    let mix = [sub(Csp, Paid), sub(Direct, Trial), sub(Direct, Trial)];
    let a = customer_options(Edition::Gdap2025, &mix);
    assert_eq!(a.outcome, Outcome::Allowed);
    assert_eq!(
        a.options,
        CustomerOptions::of(&[CustomerOption::ContactPartner])
    );
    assert_eq!(a.rules, RuleSet::of(&[RuleId::CustomerTrialPartnerOnly]));
    assert_eq!(a.basis, Basis::Stated);
    for e in [Edition::Dap, Edition::Gdap2023] {
        let a = customer_options(e, &mix);
        assert_eq!(a.outcome, Outcome::NotCovered);
        assert!(a.rules.contains(RuleId::CustomerTrialPartnerOnly));
        assert!(a.options.is_empty());
    }
}

#[test]
fn customer_paid_either() {
    use SubscriptionChannel::*;
    use SubscriptionKind::*;
    let mix = [sub(Csp, Trial), sub(Direct, Trial), sub(Direct, Paid)];
    let a = customer_options(Edition::Gdap2025, &mix);
    assert_eq!(a.outcome, Outcome::Allowed);
    assert!(a.options.contains(CustomerOption::OpenRequestWithMicrosoft));
    assert!(a.options.contains(CustomerOption::ContactPartner));
    assert_eq!(a.rules, RuleSet::of(&[RuleId::CustomerPaidEither]));
    assert_eq!(
        customer_options(Edition::Gdap2023, &mix).outcome,
        Outcome::NotCovered
    );
    // Any other mix is not covered, citing both rules.
    for other in [&[sub(Csp, Paid)][..], &[sub(Direct, Paid)], &[]] {
        let a = customer_options(Edition::Gdap2025, other);
        assert_eq!(a.outcome, Outcome::NotCovered);
        assert_eq!(
            a.rules,
            RuleSet::of(&[RuleId::CustomerTrialPartnerOnly, RuleId::CustomerPaidEither])
        );
    }
}

// ------------------------------------------------------------ invalid facts

#[test]
fn invalid_gdap_relationships_are_errors_not_denials() {
    let t0 = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap();
    let ssa = entra(&[EntraRole::ServiceSupportAdministrator]);
    let new = |start, end, roles, user, ext| {
        GdapRelationship::builder(start, end)
            .status(GdapStatus::Active)
            .roles(roles)
            .user_roles(user)
            .auto_extend(ext)
            .build()
    };
    assert!(matches!(
        new(t0, t0 - Duration::days(1), ssa, ssa, AutoExtend::Off),
        Err(Error::GdapEndsBeforeStart { .. })
    ));
    assert!(matches!(
        new(t0, t0, ssa, ssa, AutoExtend::Off),
        Err(Error::GdapEndsBeforeStart { .. })
    ));
    assert!(matches!(
        new(t0, t0 + Duration::hours(23), ssa, ssa, AutoExtend::Off),
        Err(Error::GdapSpanTooShort { .. })
    ));
    // With only start and end known, a longer span may hold extensions.
    assert!(new(t0, t0 + Duration::days(731), ssa, ssa, AutoExtend::Off).is_ok());
    assert!(new(t0, t0 + Duration::days(1), ssa, ssa, AutoExtend::Off).is_ok());
    assert!(new(t0, t0 + Duration::days(730), ssa, ssa, AutoExtend::Off).is_ok());
    // With Graph's duration, the span must be it plus whole extensions.
    let rel = new(t0, t0 + Duration::days(731), ssa, ssa, AutoExtend::On).unwrap();
    assert!(matches!(
        rel.with_duration(IsoDuration::days(730)),
        Err(Error::GdapSpanMisfit { .. })
    ));
    assert!(matches!(
        rel.with_duration(IsoDuration::days(731)),
        Err(Error::GdapDurationOutOfRange { .. })
    ));
    // Global administrator cannot auto-extend.
    let ga = entra(&[EntraRole::GlobalAdministrator]);
    assert_eq!(
        new(t0, t0 + Duration::days(30), ga, ga, AutoExtend::On),
        Err(Error::GdapGlobalAdministratorAutoExtend)
    );
    assert!(matches!(
        new(
            t0,
            t0 + Duration::days(30),
            EntraRoles::EMPTY,
            EntraRoles::EMPTY,
            AutoExtend::Off
        ),
        Err(Error::GdapNoRoles)
    ));
    assert!(matches!(
        new(
            t0,
            t0 + Duration::days(30),
            ssa,
            entra(&[EntraRole::GlobalAdministrator]),
            AutoExtend::Off
        ),
        Err(Error::GdapUserRoleNotGranted {
            role: EntraRole::GlobalAdministrator
        })
    ));
    // A relationship that ends when it starts cannot be built at all, so
    // decide and assess never see one.
    let r = m365(Edition::Gdap2025);
    let err = gdap(&r)
        .to_builder()
        .ends_at(gdap(&r).starts_at())
        .build()
        .unwrap_err();
    assert!(
        err.to_string().contains("must come after the start"),
        "{err}"
    );
}

#[test]
fn every_outcome_cites_a_rule_and_reports_provenance() {
    for (name, r) in samples::all() {
        let a = assess_ok(&r);
        assert!(!a.decision.rules.is_empty(), "{name}");
        assert_eq!(a.decided_under.edition, r.edition);
        assert_eq!(a.decided_under.crate_version, env!("CARGO_PKG_VERSION"));
        assert_eq!(a.decided_under.tzdb_version.len(), 5, "e.g. 2025b");
    }
}

trait AllVariants: Sized + 'static {
    const VARIANTS_ALL: &'static [Self];
}
impl AllVariants for GdapStatus {
    const VARIANTS_ALL: &'static [Self] = GdapStatus::ALL;
}

// ------------------------------------------------- basis, clause by clause

/// The basis of a mixed rule is that of the clause the decision uses
/// (RULES.md, "Basis clause by clause").
#[test]
fn filer_admin_agent_gdap_basis_clause_by_clause() {
    let denied = |r: &Request| expect(r, Outcome::Denied, &[RuleId::FilerAdminAgentGdap]).basis;
    for (e, requirement, entra_role) in [
        // The Admin agent role and an active relationship are stated; which
        // Entra role and the security-group assignment are outside.
        (Edition::Gdap2025, Basis::Stated, Basis::Outside),
        // gdap-2023 reads the whole rule from "see the GDAP role guidance".
        (Edition::Gdap2023, Basis::Interpreted, Basis::Interpreted),
    ] {
        // The Admin agent role.
        let mut r = m365(e);
        r.partner.roles = roles(&[PartnerCenterRole::HelpdeskAgent]);
        assert_eq!(denied(&r), requirement, "{e}: no Admin agent");
        // An active relationship: none at all, one not active, one ended.
        let mut r = m365(e);
        customer(&mut r).gdap = None;
        assert_eq!(denied(&r), requirement, "{e}: no relationship");
        for status in [
            GdapStatus::ApprovalPending,
            GdapStatus::Expired,
            GdapStatus::Terminated,
        ] {
            let mut r = m365(e);
            edit_gdap(&mut r, |b, _| b.status(status));
            assert_eq!(denied(&r), requirement, "{e}: {status}");
        }
        let mut r = m365(e);
        edit_gdap(&mut r, |b, r| b.ends_at(r.filed_at));
        assert_eq!(denied(&r), requirement, "{e}: ended");
        // Which Entra role is appropriate.
        assert_eq!(denied(&samples_helpdesk(e)), entra_role, "{e}: Helpdesk");
        let mut r = m365(e);
        edit_gdap(&mut r, |b, _| {
            b.roles(entra(&[EntraRole::Other]))
                .user_roles(entra(&[EntraRole::Other]))
        });
        assert_eq!(denied(&r), entra_role, "{e}: other");
        // The security-group assignment.
        let mut r = m365(e);
        edit_gdap(&mut r, |b, _| b.user_roles(EntraRoles::EMPTY));
        assert_eq!(denied(&r), entra_role, "{e}: not assigned");
        // Both clauses failing: the weaker.
        let mut r = m365(e);
        r.partner.roles = PartnerCenterRoles::EMPTY;
        edit_gdap(&mut r, |b, _| b.user_roles(EntraRoles::EMPTY));
        assert_eq!(denied(&r), entra_role, "{e}: both");
        // An allowance uses every clause.
        assert_eq!(allowed(&m365(e)).basis, entra_role, "{e}: allowed");
    }
    // A non-provider's Azure request without a relationship: the stated
    // clause, next to the stated AZURE-PROVIDER-ONLY and FILER-PARTNER-TYPES.
    let mut r = samples::reseller_azure_gdap_2025();
    customer(&mut r).gdap = None;
    azure_access(&mut r).rbac = rbac(&[AzureRole::Owner]);
    let d = expect(
        &r,
        Outcome::Denied,
        &[
            RuleId::FilerPartnerTypes,
            RuleId::AzureProviderOnly,
            RuleId::FilerAdminAgentGdap,
        ],
    );
    assert_eq!(d.basis, Basis::Stated);
}

#[test]
fn route_via_partner_center_basis_clause_by_clause() {
    // Filing through Partner Center is stated in every edition: a later
    // edition's phone refusal uses only that clause.
    for e in GDAP {
        let mut r = m365(e);
        r.channel = Channel::Phone;
        let d = expect(&r, Outcome::NotCovered, &[RuleId::RouteViaPartnerCenter]);
        assert_eq!(d.basis, Basis::Stated, "{e}");
    }
    // An allowance cites the same clause: in dap it rests on the outside
    // DAP facts, not on an interpreted reading.
    assert_eq!(allowed(&m365(Edition::Dap)).basis, Basis::Outside);
    // The path is interpreted in gdap-2023 only (the seed refers to a
    // section it does not contain). The gdap-2025 route is inherited
    // through FORM-SEVERITY-FROM-IMPACT, not through the path.
    for (e, basis) in [
        (Edition::Dap, Basis::Stated),
        (Edition::Gdap2023, Basis::Interpreted),
        (Edition::Gdap2025, Basis::Inherited),
    ] {
        let route = assess_ok(&m365(e)).route.unwrap();
        assert!(route.rules.contains(RuleId::RouteViaPartnerCenter));
        assert_eq!(route.basis, basis, "{e}");
    }
    // The Cloud Solution Provider plan it gives a Microsoft 365 request:
    // stated in gdap-2025, interpreted before.
    for (e, basis) in [
        (Edition::Dap, Basis::Interpreted),
        (Edition::Gdap2023, Basis::Interpreted),
        (Edition::Gdap2025, Basis::Stated),
    ] {
        let plan = assess_ok(&m365(e)).plan.unwrap();
        assert_eq!(
            (plan.plan, plan.rules, plan.basis),
            (
                SupportPlan::CloudSolutionProvider,
                RuleSet::of(&[RuleId::RouteViaPartnerCenter]),
                basis
            ),
            "{e}"
        );
    }
    // An Azure request's plan is stated by its form in every edition.
    for &e in Edition::ALL {
        let plan = assess_ok(&azure(e)).plan.unwrap();
        assert_eq!(
            plan.rules,
            RuleSet::of(&[RuleId::RouteViaPartnerCenter, RuleId::FormAzureSupportPlan])
        );
        assert_eq!(plan.basis, Basis::Stated, "{e}");
    }
}

#[test]
fn azure_dap_access_granted_basis_clause_by_clause() {
    let e = Edition::Dap;
    // An indirect reseller without the grant: stated.
    let mut r = azure(e);
    r.partner.partner_type = PartnerType::IndirectReseller;
    let d = expect(&r, Outcome::Denied, &[RuleId::AzureDapAccessGranted]);
    assert_eq!(d.basis, Basis::Stated);
    // With the grant: the stated clause holds; the DAP facts are outside.
    azure_access(&mut r).granted_by_indirect_provider = true;
    assert_eq!(allowed(&r).basis, Basis::Outside);
    // The provider needing no grant: interpreted.
    assert_eq!(allowed(&azure(e)).basis, Basis::Interpreted);
    // Neither the provider nor under an indirect provider: not covered,
    // interpreted.
    let mut r = azure(e);
    r.partner.partner_type = PartnerType::Advisor;
    let d = expect(&r, Outcome::NotCovered, &[RuleId::AzureDapAccessGranted]);
    assert_eq!(d.basis, Basis::Interpreted);
    let mut r = azure(e);
    azure_access(&mut r).is_provider = false;
    let d = expect(&r, Outcome::NotCovered, &[RuleId::AzureDapAccessGranted]);
    assert_eq!(d.basis, Basis::Interpreted);
}

#[test]
fn fee_billing_free_basis_clause_by_clause() {
    let fee = |e, p| {
        let mut r = m365(e);
        r.problem = p;
        let f = fee_of(&r);
        assert_eq!(
            (f.fee, f.rules),
            (Fee::Free, RuleSet::of(&[RuleId::FeeBillingFree]))
        );
        f.basis
    };
    // Billing and subscription management as the edition says.
    for p in [ProblemKind::Billing, ProblemKind::SubscriptionManagement] {
        assert_eq!(fee(Edition::Dap, p), Basis::Stated);
        assert_eq!(fee(Edition::Gdap2023, p), Basis::Stated);
        assert_eq!(fee(Edition::Gdap2025, p), Basis::Inherited);
    }
    // A billing dispute (dap) is a billing question: our reading.
    assert_eq!(
        fee(Edition::Dap, ProblemKind::BillingDispute),
        Basis::Interpreted
    );
}

// ------------------------------------------ missing facts and advice, by outcome

#[track_caller]
fn missing_and_advice(d: &Decision, missing: &[Missing], remedies: &[Remedy]) {
    assert_eq!(
        (d.missing, d.remedies),
        (MissingFacts::of(missing), Remedies::of(remedies)),
        "{d}"
    );
}

#[test]
fn missing_facts_and_advice_of_allowed_and_redirected_outcomes() {
    for &e in Edition::ALL {
        missing_and_advice(&allowed(&m365(e)), &[], &[]);
        missing_and_advice(&allowed(&azure(e)), &[], &[]);
    }
    // A redirect names none: nothing the partner adds makes Microsoft
    // support a marketplace product.
    for e in GDAP {
        let mut r = m365(e);
        r.workload = Workload::CommercialMarketplace;
        let d = expect(&r, Outcome::Redirected, &[RuleId::ScopeMarketplaceIsv]);
        missing_and_advice(&d, &[], &[]);
        // In an unlisted cloud it is not covered, missing only the cloud.
        r.cloud = Cloud::Germany;
        let d = expect(
            &r,
            Outcome::NotCovered,
            &[RuleId::ScopeClouds, RuleId::ScopeMarketplaceIsv],
        );
        missing_and_advice(&d, &[Missing::CoveredCloud], &[]);
    }
}

#[test]
fn missing_facts_and_advice_of_scope_and_channel_outcomes() {
    for &e in Edition::ALL {
        // Scope: not covered, nothing to advise.
        let mut r = m365(e);
        r.workload = Workload::Other;
        missing_and_advice(&decide_ok(&r), &[Missing::CoveredWorkload], &[]);
        // A denied direct sign-in names a covered channel: a customer
        // through a portal ...
        for ch in [Channel::AzurePortalDirect, Channel::AdminCenterDirect] {
            let mut r = m365(e);
            r.channel = ch;
            let d = expect(&r, Outcome::Denied, &[RuleId::RouteDirectSignInOwnContext]);
            missing_and_advice(
                &d,
                &[Missing::CoveredChannel],
                &[Remedy::StartFromPartnerCenter],
            );
        }
        // ... and the own tenant through Partner Center.
        let mut r = own(
            OwnEntitlement::Premier,
            Workload::Azure,
            Channel::PartnerCenter,
        );
        r.edition = e;
        let d = expect(&r, Outcome::Denied, &[RuleId::OwnDirectSignIn]);
        missing_and_advice(&d, &[Missing::CoveredChannel], &[Remedy::SignInDirectly]);
        // Phone.
        let mut r = m365(e);
        r.channel = Channel::Phone;
        missing_and_advice(
            &decide_ok(&r),
            &[Missing::CoveredChannel],
            &[Remedy::FileThroughPartnerCenter],
        );
    }
}

/// The roles a relationship grants, the roles reaching the user, what is
/// missing and the advice.
type GdapCase = (
    &'static [EntraRole],
    &'static [EntraRole],
    &'static [Missing],
    &'static [Remedy],
);

/// A relationship, its roles and the roles reaching the user, with what is
/// missing and the advice; following the advice allows.
#[test]
fn filer_admin_agent_gdap_advice_can_change_the_outcome() {
    use EntraRole::ServiceSupportAdministrator as Ssa;
    use EntraRole::{DirectoryReaders as Dr, HelpdeskAdministrator as Hd, Other};
    use Missing::{SufficientEntraRole as Role, UserAssignment as Assignment};
    use Remedy::{AddServiceSupportAdministrator as AddSsa, AssignUserToRelationship as Assign};
    let cases: [GdapCase; 7] = [
        // Only unrecognised roles: the user IS assigned; a role is missing.
        (&[Other], &[Other], &[Role], &[AddSsa]),
        // Only Helpdesk administrator: Service support administrator, also
        // when the user is not assigned (then both).
        (&[Hd], &[Hd], &[Role], &[AddSsa]),
        (&[Hd], &[], &[Assignment, Role], &[Assign, AddSsa]),
        (&[Other], &[], &[Assignment, Role], &[Assign, AddSsa]),
        // A sufficient role that does not reach the user.
        (&[Ssa], &[], &[Assignment], &[Assign]),
        (&[Ssa, Dr], &[Dr], &[Role], &[AddSsa]),
        (&[Ssa, Other], &[Other], &[Role], &[AddSsa]),
    ];
    for e in GDAP {
        for (granted, reaching, missing, remedies) in cases {
            let mut r = m365(e);
            edit_gdap(&mut r, |b, _| {
                b.roles(entra(granted)).user_roles(entra(reaching))
            });
            let d = expect(&r, Outcome::Denied, &[RuleId::FilerAdminAgentGdap]);
            missing_and_advice(&d, missing, remedies);
            follow_advice(&mut r, d.remedies);
            allowed(&r);
        }
        // Assigning the user to a relationship of Helpdesk administrator
        // alone does not help: the advice must name both.
        let mut r = m365(e);
        edit_gdap(&mut r, |b, _| {
            b.roles(entra(&[Hd])).user_roles(EntraRoles::EMPTY)
        });
        follow_advice(&mut r, Remedies::of(&[Assign]));
        assert_eq!(decide_ok(&r).outcome, Outcome::Denied);
    }
}

#[test]
fn azure_no_admin_permissions_advice_can_change_the_outcome() {
    use EntraRole::{DirectoryReaders as Dr, HelpdeskAdministrator as Hd, Other};
    use Missing::{SufficientEntraRole as Role, UserAssignment as Assignment};
    use Remedy::{AddServiceSupportAdministrator as AddSsa, AssignUserToRelationship as Assign};
    // For Azure any recognised role will do; an unrecognised one grants nothing.
    let cases: [GdapCase; 4] = [
        (&[Other], &[Other], &[Role], &[AddSsa]),
        (&[Other], &[], &[Assignment, Role], &[Assign, AddSsa]),
        (&[Dr], &[], &[Assignment], &[Assign]),
        (&[Hd, Other], &[Other], &[Role], &[AddSsa]),
    ];
    for e in GDAP {
        for (granted, reaching, missing, remedies) in cases {
            // The provider: not covered, the separate procedure.
            let mut r = azure(e);
            edit_gdap(&mut r, |b, _| {
                b.roles(entra(granted)).user_roles(entra(reaching))
            });
            let d = expect(&r, Outcome::NotCovered, &[RuleId::AzureNoAdminPermissions]);
            missing_and_advice(&d, missing, remedies);
            follow_advice(&mut r, d.remedies);
            allowed(&r);
        }
        // No relationship at all: establish one.
        let mut r = azure(e);
        customer(&mut r).gdap = None;
        let d = expect(&r, Outcome::NotCovered, &[RuleId::AzureNoAdminPermissions]);
        missing_and_advice(
            &d,
            &[Missing::ActiveRelationship],
            &[Remedy::EstablishActiveGdapRelationship],
        );
    }
}

/// The advice of the GDAP checks, done.
fn follow_advice(r: &mut Request, remedies: Remedies) {
    for remedy in remedies.iter() {
        match remedy {
            Remedy::AssignUserToRelationship => {
                edit_gdap(r, |b, r| b.user_roles(gdap(r).roles()));
            }
            Remedy::AddServiceSupportAdministrator => {
                let ssa = EntraRoles::from([EntraRole::ServiceSupportAdministrator]);
                edit_gdap(r, |b, r| {
                    b.roles(gdap(r).roles().union(ssa))
                        .user_roles(gdap(r).user_roles().union(ssa))
                });
            }
            other => panic!("not a GDAP remedy: {other}"),
        }
    }
}

// ------------------------------------------------------------ routes, in full

fn first_step(e: Edition) -> Step {
    match e {
        Edition::Dap => Step::CheckEscalationCriteria,
        _ => Step::CheckServiceHealth,
    }
}

#[test]
fn own_tenant_route_in_every_edition() {
    for &e in Edition::ALL {
        for (workload, channel) in [
            (Workload::Azure, Channel::AzurePortalDirect),
            (Workload::Office365, Channel::AdminCenterDirect),
        ] {
            let mut r = own(OwnEntitlement::Premier, workload, channel);
            r.edition = e;
            let a = assess_ok(&r);
            let portal = Portal::for_workload(workload, e).unwrap();
            let route = a.route.as_ref().unwrap();
            assert_eq!(route.portal, Some(portal));
            assert_eq!(
                route.steps(),
                &[
                    first_step(e),
                    Step::SignInDirectly { portal },
                    Step::StartRequest { portal },
                    Step::SelectSupportPlan {
                        plan: SupportPlan::Own {
                            entitlement: OwnEntitlement::Premier
                        }
                    },
                    Step::EnterPartnerContact,
                    Step::StateBusinessImpact {
                        severity: Severity::B
                    },
                    Step::Submit { portal },
                    Step::Track { portal },
                ],
                "{e} {workload}"
            );
            assert_eq!(
                route.rules,
                RuleSet::of(&[
                    RuleId::ScopeCannotResolveFirst,
                    RuleId::OwnDirectSignIn,
                    RuleId::OwnEntitlementRequired,
                    RuleId::RouteWorkloadPortal,
                    RuleId::RouteTrack,
                    RuleId::FormPartnerContact,
                    RuleId::FormSeverityFromImpact,
                ])
            );
            // The own plan says why it is not the CSP one.
            let plan = a.plan.unwrap();
            assert_eq!(
                (plan.rules, plan.basis),
                (
                    RuleSet::of(&[RuleId::OwnEntitlementRequired, RuleId::OwnNotCspEntitlement]),
                    Basis::Stated
                )
            );
        }
    }
}

#[test]
fn customer_route_in_every_edition() {
    for &e in Edition::ALL {
        let path = match e {
            Edition::Dap => PartnerCenterPath::DashboardCustomerRequests,
            Edition::Gdap2023 => PartnerCenterPath::CustomersServiceManagement,
            Edition::Gdap2025 => PartnerCenterPath::CspAdministerServiceRequests,
            other => panic!("no expected path for {other}: add it here"),
        };
        assert_eq!(PartnerCenterPath::for_edition(e), path);
        for (r, workload) in [(m365(e), Workload::Office365), (azure(e), Workload::Azure)] {
            let portal = Portal::for_workload(workload, e).unwrap();
            let mut expected = vec![
                first_step(e),
                Step::OpenServiceRequests { path },
                Step::SelectCustomer,
            ];
            if e == Edition::Gdap2025 {
                expected.push(Step::ConfirmAdminRelationship);
            }
            expected.extend([
                Step::NewRequest { workload },
                Step::OpenPortal { portal },
                Step::StartRequest { portal },
            ]);
            if workload == Workload::Azure {
                expected.push(Step::SelectSupportPlan {
                    plan: SupportPlan::CloudSolutionProvider,
                });
            }
            expected.extend([
                Step::EnterPartnerContact,
                Step::StateBusinessImpact {
                    severity: Severity::B,
                },
                Step::Submit { portal },
                Step::Track { portal },
            ]);
            assert_eq!(steps(&assess_ok(&r)), expected, "{e} {workload}");
        }
    }
}

#[test]
fn isv_route_in_every_edition() {
    for e in GDAP {
        let mut r = m365(e);
        r.workload = Workload::CommercialMarketplace;
        let route = assess_ok(&r).route.unwrap();
        assert_eq!(
            route.steps(),
            &[
                Step::CheckServiceHealth,
                Step::SelectMarketplaceProduct,
                Step::ContactIsv
            ],
            "{e}"
        );
        assert_eq!(
            (route.rules, route.basis),
            (
                RuleSet::of(&[RuleId::ScopeCannotResolveFirst, RuleId::ScopeMarketplaceIsv]),
                Basis::Stated
            )
        );
    }
    // dap has no ISV route: the marketplace is not covered there.
    let mut r = m365(Edition::Dap);
    r.workload = Workload::CommercialMarketplace;
    assert_eq!(assess_ok(&r).route, None);
}
