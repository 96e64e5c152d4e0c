//! [proptest](mod@proptest) strategies for requests (feature `proptest`), so a service can
//! property-test its own code against this crate.
//!
//! Every generated request is valid (its GDAP relationship is built through the builder): a
//! GDAP relationship ends after it starts, lasts 1 to 730 days (longer only
//! with auto-extend on), grants at least one role, and the user's roles are
//! granted ones. Everything else ranges over every value: editions, partner
//! types and roles, clouds, workloads, both tenants, problem kinds,
//! severities, channels, languages, relationship statuses and instants
//! before, inside and after the relationship.
//!
//! ```
//! use csp_support::proptest_support::any_request;
//! use proptest::prelude::*;
//! use proptest::test_runner::TestRunner;
//!
//! // Inside a `proptest!` block this is `fn my_service_agrees(r in any_request())`.
//! let mut runner = TestRunner::default();
//! runner.run(&any_request(), |request| {
//!     let a = csp_support::assess(&request);
//!     // A denial always names at least one rule.
//!     prop_assert!(a.outcome().is_allowed() || !a.decision.rules.is_empty());
//!     Ok(())
//! })?;
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use chrono::{DateTime, TimeDelta, TimeZone, Utc};
use proptest::prelude::*;
use proptest::sample::{select, subsequence};

use crate::{
    Assessment, AutoExtend, AzureAccess, AzureRole, AzureRoles, Channel, Cloud, CustomerTenant,
    Edition, EntraRole, EntraRoles, GDAP_AUTO_EXTEND_DAYS, GDAP_MAX_DAYS, GDAP_MIN_DAYS,
    GdapRelationship, GdapStatus, IsoDuration, LanguageTag, OwnEntitlement, Partner,
    PartnerCenterRole, PartnerCenterRoles, PartnerType, ProblemKind, Request, Severity, Tenant,
    Workload,
};

/// Language tags the strategies draw from: English and local ones.
pub const LANGUAGES: &[&str] = &[
    "en", "en-GB", "en-US", "de", "de-AT", "nl", "it", "ru", "ja", "fr-CA",
];

/// Any variant of a fieldless enum of this crate.
pub fn any_of<T: Clone + core::fmt::Debug + 'static>(
    values: &'static [T],
) -> impl Strategy<Value = T> {
    select(values)
}

/// Any subset of a fieldless enum's variants, as a `Vec`.
fn any_subset<T: Clone + core::fmt::Debug + 'static>(
    values: &'static [T],
    min: usize,
) -> impl Strategy<Value = Vec<T>> {
    let n = values.len();
    subsequence(values, min.min(n)..=n)
}

/// Any instant from 2024 to the end of 2028, to the second.
pub fn any_instant() -> impl Strategy<Value = DateTime<Utc>> {
    // 2024-01-01T00:00:00Z .. 2029-01-01T00:00:00Z
    (1_704_067_200_i64..1_861_920_000_i64)
        .prop_map(|s| Utc.timestamp_opt(s, 0).single().unwrap_or_default())
}

/// Any well-formed language tag of [`LANGUAGES`].
pub fn any_language() -> impl Strategy<Value = LanguageTag> {
    select(LANGUAGES).prop_map(|t| t.parse().unwrap_or_default())
}

/// Any valid GDAP relationship: any status, at least one role, the user's
/// roles a subset; either a Graph `duration` of 1 to 730 whole days with the
/// span that duration plus 0 to 3 extensions of 180 days, or no duration
/// and any span from 1 day to 5 years, to the nanosecond; auto-extend off
/// when Global administrator is among the roles (Graph refuses it).
pub fn any_gdap_relationship() -> impl Strategy<Value = GdapRelationship> {
    (
        (
            any_of(GdapStatus::ALL),
            any_subset(EntraRole::ALL, 1),
            any::<u32>(),
            any_instant(),
            any_of(AutoExtend::ALL),
        ),
        proptest::option::of((GDAP_MIN_DAYS..=GDAP_MAX_DAYS, 0..=3_i64)),
        0..(5 * 365 - GDAP_MIN_DAYS) * 86_400_000_000_000_i64,
    )
        .prop_map(
            |((status, roles, mask, starts_at, auto_extend), duration, extra_nanos)| {
                let (span, duration) = match duration {
                    Some((days, extensions)) => (
                        TimeDelta::days(days.saturating_add(
                            extensions.saturating_mul(i64::from(GDAP_AUTO_EXTEND_DAYS)),
                        )),
                        u32::try_from(days).ok().map(IsoDuration::days),
                    ),
                    None => (
                        TimeDelta::days(GDAP_MIN_DAYS)
                            .checked_add(&TimeDelta::nanoseconds(extra_nanos))
                            .unwrap_or(TimeDelta::days(GDAP_MIN_DAYS)),
                        None,
                    ),
                };
                let ends_at = starts_at.checked_add_signed(span).unwrap_or(starts_at);
                let user_roles: EntraRoles = roles
                    .iter()
                    .zip(0u32..)
                    .filter(|(_, i)| mask.checked_shr(*i).unwrap_or(0) & 1 == 1)
                    .map(|(r, _)| *r)
                    .collect();
                let roles: EntraRoles = roles.into_iter().collect();
                let auto_extend = if roles.contains(EntraRole::GlobalAdministrator) {
                    AutoExtend::Off
                } else {
                    auto_extend
                };
                GdapRelationship {
                    status,
                    roles,
                    user_roles,
                    starts_at,
                    ends_at,
                    auto_extend,
                    duration,
                }
            },
        )
}

/// Any Azure facts: provider or not, grant or not, any RBAC roles.
pub fn any_azure_access() -> impl Strategy<Value = AzureAccess> {
    (any::<bool>(), any::<bool>(), any_subset(AzureRole::ALL, 0)).prop_map(
        |(is_provider, granted_by_indirect_provider, rbac)| AzureAccess {
            is_provider,
            granted_by_indirect_provider,
            rbac: rbac.into_iter().collect::<AzureRoles>(),
        },
    )
}

/// Any tenant: a customer's (with or without a relationship, delegated
/// admin, Azure facts) or the partner's own (any entitlement).
pub fn any_tenant() -> impl Strategy<Value = Tenant> {
    prop_oneof![
        3 => (
            proptest::option::of(any_gdap_relationship()),
            any::<bool>(),
            proptest::option::of(any_azure_access()),
        )
            .prop_map(|(gdap, delegated_admin, azure)| Tenant::Customer(CustomerTenant {
                gdap,
                delegated_admin,
                azure,
            })),
        1 => any_of(OwnEntitlement::ALL).prop_map(|entitlement| Tenant::Own { entitlement }),
    ]
}

/// Any filing partner: any type, any Partner Center roles.
pub fn any_partner() -> impl Strategy<Value = Partner> {
    (
        any_of(PartnerType::ALL),
        any_subset(PartnerCenterRole::ALL, 0),
    )
        .prop_map(|(partner_type, roles)| Partner {
            partner_type,
            roles: roles.into_iter().collect::<PartnerCenterRoles>(),
        })
}

/// Any valid request in `edition`.
pub fn request_in(edition: Edition) -> impl Strategy<Value = Request> {
    (
        any_partner(),
        any_of(Cloud::ALL),
        any_of(Workload::ALL),
        any_tenant(),
        any_of(ProblemKind::ALL),
        any_of(Severity::ALL),
        any_of(Channel::ALL),
        any_language(),
        prop_oneof![
            // Filed during the relationship most of the time, to reach the
            // later stages; otherwise any instant.
            3 => Just(None),
            1 => any_instant().prop_map(Some),
        ],
    )
        .prop_map(
            move |(partner, cloud, workload, tenant, problem, severity, channel, language, at)| {
                let filed_at = at.unwrap_or_else(|| during(&tenant));
                Request {
                    edition,
                    partner,
                    cloud,
                    workload,
                    tenant,
                    problem,
                    severity,
                    channel,
                    language,
                    filed_at,
                }
            },
        )
}

/// An instant inside the customer's GDAP relationship, if any.
fn during(tenant: &Tenant) -> DateTime<Utc> {
    match tenant {
        Tenant::Customer(CustomerTenant { gdap: Some(g), .. }) => g
            .starts_at
            .checked_add_signed(TimeDelta::hours(1))
            .unwrap_or(g.starts_at),
        _ => crate::samples::filed_at(),
    }
}

/// Any valid request in any edition.
pub fn any_request() -> impl Strategy<Value = Request> {
    any_of(Edition::ALL).prop_flat_map(request_in)
}

/// The assessment of any valid request.
pub fn any_assessment() -> impl Strategy<Value = Assessment> {
    any_request().prop_filter_map("valid requests assess", |r| Some(crate::assess(&r)))
}
