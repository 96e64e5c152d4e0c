//! The invariants of issue 6 as predicates over one request, shared by the
//! sweep tests and the property tests.

use csp_support::*;

/// The same request always gets the same assessment.
pub fn check_deterministic(r: &Request) {
    assert_eq!(assess(r), assess(r));
    assert_eq!(assess(&r.clone()), assess(r));
}

/// Every decision cites at least one rule, and only rules of its edition
/// (except the phone refusal, which the later editions make through
/// ROUTE-VIA-PARTNER-CENTER, and the customer question, which is separate).
pub fn check_cites_a_rule(r: &Request) {
    let a = assess(r);
    assert!(!a.decision.rules.is_empty(), "{r:?}");
    for id in a.all_rules().iter() {
        assert!(
            id.rule().holds_in(r.edition),
            "{id} cited in {} for {r:?}",
            r.edition
        );
    }
}

/// No request is allowed unless every fact RULES.md requires in its edition
/// is present — computed here independently of the engine.
pub fn check_fail_closed(r: &Request) {
    let d = decide(r);
    if d.outcome != Outcome::Allowed {
        return;
    }
    assert!(!matches!(r.channel, Channel::Phone), "phone allowed: {r:?}");
    let scope_ok = r.cloud != Cloud::Germany || r.edition == Edition::Dap;
    let dap_only = matches!(
        r.problem,
        ProblemKind::BillingDispute | ProblemKind::SuspectedFraud
    );
    assert!(
        scope_ok && (!dap_only || r.edition == Edition::Dap),
        "out of scope allowed: {r:?}"
    );
    let covered_workload = r.workload == Workload::Azure || r.workload.is_microsoft_365();
    assert!(covered_workload, "workload {} allowed: {r:?}", r.workload);
    match &r.tenant {
        Tenant::Own { entitlement } => {
            assert!(
                entitlement.is_named_by_seeds(),
                "own tenant without entitlement: {r:?}"
            );
            assert!(
                r.channel.is_direct_sign_in(),
                "own tenant through Partner Center: {r:?}"
            );
        }
        Tenant::Customer(c) => {
            assert_eq!(
                r.channel,
                Channel::PartnerCenter,
                "customer request not via Partner Center: {r:?}"
            );
            let roles = r.partner.roles;
            let azure = r.workload == Workload::Azure;
            let access = c.azure.unwrap_or_default();
            if r.edition.is_gdap() {
                assert!(
                    roles.contains(PartnerCenterRole::AdminAgent),
                    "no Admin agent: {r:?}"
                );
                let rel = c.gdap.expect("allowed without a GDAP relationship");
                assert!(
                    matches!(rel.status(), GdapStatus::Active | GdapStatus::Expiring),
                    "status {}: {r:?}",
                    rel.status()
                );
                assert!(
                    rel.starts_at() <= r.filed_at && r.filed_at < rel.ends_at(),
                    "expired: {r:?}"
                );
                let mut reaching = rel.roles().intersection(rel.user_roles());
                reaching.remove(EntraRole::Other);
                if azure {
                    assert!(!reaching.is_empty(), "no role reaches the user: {r:?}");
                    assert!(
                        r.partner.partner_type.can_be_provider() && access.is_provider,
                        "{r:?}"
                    );
                    assert!(
                        access.rbac.intersects(AzureRoles::SUPPORT_TICKETS),
                        "no RBAC: {r:?}"
                    );
                } else {
                    assert!(
                        reaching.contains(EntraRole::ServiceSupportAdministrator)
                            || reaching.contains(EntraRole::GlobalAdministrator),
                        "no sufficient role: {r:?}"
                    );
                }
                if r.edition == Edition::Gdap2025 {
                    assert!(r.partner.partner_type.can_be_provider(), "{r:?}");
                }
            } else {
                assert!(c.delegated_admin, "dap without delegated admin: {r:?}");
                assert!(
                    roles.contains(PartnerCenterRole::AdminAgent)
                        || roles.contains(PartnerCenterRole::HelpdeskAgent),
                    "{r:?}"
                );
                if azure {
                    let provider = r.partner.partner_type.can_be_provider() && access.is_provider;
                    let granted = r.partner.partner_type == PartnerType::IndirectReseller
                        && access.granted_by_indirect_provider;
                    assert!(
                        provider || granted,
                        "dap Azure without provider or grant: {r:?}"
                    );
                }
            }
        }
    }
}

/// Removing a role, a grant or an entitlement never turns a denial (or
/// anything not allowed) into an allowance.
pub fn check_monotone(r: &Request) {
    let before = decide(r);
    if before.outcome == Outcome::Allowed {
        return;
    }
    for weaker in weakenings(r) {
        {
            let after = decide(&weaker);
            assert_ne!(
                after.outcome,
                Outcome::Allowed,
                "weakening allowed {weaker:?}\nwas {r:?}"
            );
        }
    }
}

/// Every request that has one fact fewer: a Partner Center role, an Entra
/// role (granted or assigned), an RBAC role, the grant, delegated admin, the
/// relationship, the provider flag, the entitlement.
pub fn weakenings(r: &Request) -> Vec<Request> {
    let mut out = Vec::new();
    for role in r.partner.roles.iter() {
        let mut w = r.clone();
        w.partner.roles.remove(role);
        out.push(w);
    }
    match r.tenant {
        Tenant::Own { entitlement } if entitlement != OwnEntitlement::NotNamed => {
            let mut w = r.clone();
            w.tenant = Tenant::Own {
                entitlement: OwnEntitlement::NotNamed,
            };
            out.push(w);
        }
        Tenant::Own { .. } => {}
        Tenant::Customer(c) => {
            let with = |f: &dyn Fn(&mut CustomerTenant)| {
                let mut w = r.clone();
                if let Tenant::Customer(wc) = &mut w.tenant {
                    f(wc);
                }
                w
            };
            if let Some(rel) = c.gdap {
                out.push(with(&|wc| wc.gdap = None));
                for role in rel.user_roles().iter() {
                    out.push(with(&|wc| {
                        if let Some(g) = wc.gdap.as_mut() {
                            let mut user = g.user_roles();
                            user.remove(role);
                            *g = g.to_builder().user_roles(user).build().unwrap();
                        }
                    }));
                }
                for role in rel.roles().iter() {
                    out.push(with(&|wc| {
                        if let Some(g) = wc.gdap {
                            let (mut roles, mut user) = (g.roles(), g.user_roles());
                            roles.remove(role);
                            user.remove(role);
                            // No role left: no relationship (one must grant a role).
                            wc.gdap = (!roles.is_empty()).then(|| {
                                g.to_builder()
                                    .roles(roles)
                                    .user_roles(user)
                                    .build()
                                    .unwrap()
                            });
                        }
                    }));
                }
            }
            if c.delegated_admin {
                out.push(with(&|wc| wc.delegated_admin = false));
            }
            if let Some(az) = c.azure {
                out.push(with(&|wc| wc.azure = None));
                if az.is_provider {
                    out.push(with(&|wc| {
                        wc.azure
                            .as_mut()
                            .into_iter()
                            .for_each(|a| a.is_provider = false)
                    }));
                }
                if az.granted_by_indirect_provider {
                    out.push(with(&|wc| {
                        wc.azure
                            .as_mut()
                            .into_iter()
                            .for_each(|a| a.granted_by_indirect_provider = false)
                    }));
                }
                for role in az.rbac.iter() {
                    out.push(with(&|wc| {
                        wc.azure
                            .as_mut()
                            .into_iter()
                            .for_each(|a| a.rbac.remove(role))
                    }));
                }
            }
        }
    }
    out
}

/// What following `remedy` changes in the facts: the advice done.
pub fn follow(r: &mut Request, remedy: Remedy) {
    let azure = r.workload == Workload::Azure;
    let customer = match &mut r.tenant {
        Tenant::Customer(c) => Some(c),
        Tenant::Own { .. } => None,
    };
    match (remedy, customer) {
        (Remedy::StartFromPartnerCenter | Remedy::FileThroughPartnerCenter, _) => {
            r.channel = Channel::PartnerCenter;
        }
        (Remedy::SignInDirectly, _) => {
            r.channel = if azure {
                Channel::AzurePortalDirect
            } else {
                Channel::AdminCenterDirect
            };
        }
        (Remedy::NameOwnSupportPlan, None) => {
            r.tenant = Tenant::Own {
                entitlement: OwnEntitlement::Premier,
            };
        }
        (Remedy::GetAdminAgentRole | Remedy::GetAdminOrHelpdeskAgentRole, _) => {
            r.partner.roles.insert(PartnerCenterRole::AdminAgent);
        }
        // The customer's (or the subscription's) provider files instead.
        (Remedy::AskProviderToFile | Remedy::AskSubscriptionProviderToFile, Some(c)) => {
            r.partner.partner_type = PartnerType::DirectBillPartner;
            if azure {
                c.azure.get_or_insert_with(AzureAccess::default).is_provider = true;
            }
        }
        (Remedy::ObtainDelegatedAdmin, Some(c)) => c.delegated_admin = true,
        // A relationship active when the request is filed.
        (Remedy::EstablishActiveGdapRelationship, Some(c)) => {
            c.gdap = Some(
                GdapRelationship::builder(
                    r.filed_at - chrono::TimeDelta::days(1),
                    r.filed_at + chrono::TimeDelta::days(365),
                )
                .roles_assigned_to_user(EntraRoles::of(&[EntraRole::ServiceSupportAdministrator]))
                .build()
                .unwrap(),
            );
        }
        (Remedy::AssignUserToRelationship, Some(c)) => {
            if let Some(g) = c.gdap.as_mut() {
                *g = g.to_builder().user_roles(g.roles()).build().unwrap();
            }
        }
        (Remedy::AddServiceSupportAdministrator, Some(c)) => {
            if let Some(g) = c.gdap.as_mut() {
                let (mut roles, mut user) = (g.roles(), g.user_roles());
                roles.insert(EntraRole::ServiceSupportAdministrator);
                user.insert(EntraRole::ServiceSupportAdministrator);
                *g = g
                    .to_builder()
                    .roles(roles)
                    .user_roles(user)
                    .build()
                    .unwrap();
            }
        }
        (Remedy::AssignSupportRequestContributor, Some(c)) => {
            c.azure
                .get_or_insert_with(AzureAccess::default)
                .rbac
                .insert(AzureRole::SupportRequestContributor);
        }
        (Remedy::AskIndirectProviderForAzureAccess, Some(c)) => {
            c.azure
                .get_or_insert_with(AzureAccess::default)
                .granted_by_indirect_provider = true;
        }
        (remedy, _) => panic!("{remedy} given for the wrong tenant: {r:?}"),
    }
}

/// Missing facts are named for denied and not-covered outcomes only, and
/// advice must be able to change the outcome (RULES.md, "Basis, missing
/// facts, advice and routes, settled"): following every remedy removes
/// every fact the decision named as missing.
pub fn check_advice_changes_the_outcome(r: &Request) {
    let before = decide(r);
    match before.outcome {
        Outcome::Allowed | Outcome::Redirected => {
            assert!(before.missing.is_empty(), "{r:?}\n{before}");
            assert!(before.remedies.is_empty(), "{r:?}\n{before}");
            return;
        }
        Outcome::Denied | Outcome::NotCovered => {
            assert!(!before.missing.is_empty(), "{r:?}\n{before}");
        }
        other => panic!("an outcome this test does not know: {other:?}"),
    }
    if before.remedies.is_empty() {
        // Only scope has nothing to advise: no fact the partner adds makes
        // a cloud, a workload or a problem kind covered.
        let scope = MissingFacts::of(&[
            Missing::CoveredCloud,
            Missing::CoveredWorkload,
            Missing::CoveredProblemKind,
        ]);
        assert!(
            before.missing.difference(scope).is_empty(),
            "no advice for {r:?}\n{before}"
        );
        return;
    }
    let mut advised = r.clone();
    for remedy in before.remedies.iter() {
        follow(&mut advised, remedy);
    }
    let after = decide(&advised);
    if after.outcome != Outcome::Allowed {
        let still: Vec<Missing> = after
            .missing
            .iter()
            .filter(|m| before.missing.contains(*m))
            .collect();
        assert!(
            still.is_empty(),
            "the advice left {still:?} missing\n{r:?}\n{before}\nafter: {after}"
        );
    }
}

/// Every route starts with `SCOPE-CANNOT-RESOLVE-FIRST`'s step.
pub fn check_route_starts_with_scope_cannot_resolve_first(r: &Request) {
    let a = assess(r);
    if let Some(route) = &a.route {
        let first = route.steps().first().copied();
        assert_eq!(first, Some(Step::first_in(r.edition)), "{r:?}");
        assert_eq!(first.map(Step::rule), Some(RuleId::ScopeCannotResolveFirst));
    }
}
