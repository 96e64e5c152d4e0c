//! Built-in sample requests: real situations from the seeds, used by the
//! docs, the tour example, the benches and the CLI's defaults.
//!
//! Every sample is filed at [`filed_at`] (a Monday), in English, against a
//! GDAP relationship that runs through 2027.

use chrono::{DateTime, TimeZone, Utc};

use crate::Edition;
use crate::facts::model::*;

/// When every sample is filed: Monday 2026-11-16, 10:00 UTC.
#[must_use]
pub fn filed_at() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 16, 10, 0, 0)
        .single()
        .unwrap_or_default()
}

/// An active GDAP relationship granting `roles` to the filing user, from
/// 2026-01-01 to 2027-12-31 (729 days, duration not given), auto-extend on
/// — off when `roles` include Global administrator, which Graph does not
/// let auto-extend.
#[must_use]
pub fn active_gdap(roles: EntraRoles) -> GdapRelationship {
    let auto_extend = if roles.contains(EntraRole::GlobalAdministrator) {
        AutoExtend::Off
    } else {
        AutoExtend::On
    };
    // A literal rather than the builder, whose `build` returns a `Result`
    // the library may not unwrap; `active_gdap_is_valid` checks it.
    GdapRelationship {
        status: GdapStatus::Active,
        roles,
        user_roles: roles,
        starts_at: Utc
            .with_ymd_and_hms(2026, 1, 1, 0, 0, 0)
            .single()
            .unwrap_or_default(),
        ends_at: Utc
            .with_ymd_and_hms(2027, 12, 31, 0, 0, 0)
            .single()
            .unwrap_or_default(),
        auto_extend,
        duration: None,
    }
}

fn ssa() -> EntraRoles {
    EntraRoles::of(&[EntraRole::ServiceSupportAdministrator])
}

fn admin_agent() -> PartnerCenterRoles {
    PartnerCenterRoles::of(&[PartnerCenterRole::AdminAgent])
}

/// A `gdap-2025` request by an Admin agent, technical, severity B, through
/// Partner Center, in English.
fn base(partner_type: PartnerType, workload: Workload) -> RequestBuilder {
    Request::builder(Edition::Gdap2025, partner_type, workload, filed_at())
        .roles(admin_agent())
        .severity(Severity::B)
}

/// A direct-bill partner's Admin agent files an Office 365 request through
/// Partner Center, with Service support administrator through GDAP. Allowed.
#[must_use]
pub fn direct_partner_office365() -> Request {
    base(PartnerType::DirectBillPartner, Workload::Office365)
        .customer(CustomerTenant::with_gdap(active_gdap(ssa())))
        .build()
}

/// A direct-bill partner, provider of the subscription, with GDAP (Directory
/// readers) and Support Request Contributor, files an Azure request. Allowed.
#[must_use]
pub fn direct_partner_azure() -> Request {
    let readers = EntraRoles::of(&[EntraRole::DirectoryReaders]);
    let azure = AzureAccess::default()
        .with_provider(true)
        .with_rbac(AzureRoles::of(&[AzureRole::SupportRequestContributor]));
    base(PartnerType::DirectBillPartner, Workload::Azure)
        .customer(CustomerTenant::with_gdap(active_gdap(readers)).with_azure(azure))
        .build()
}

/// An indirect reseller files an Azure request in `gdap-2025`. Denied:
/// `FILER-PARTNER-TYPES` and `AZURE-PROVIDER-ONLY`.
#[must_use]
pub fn reseller_azure_gdap_2025() -> Request {
    let mut r = direct_partner_azure()
        .to_builder()
        .partner_type(PartnerType::IndirectReseller)
        .build();
    if let Tenant::Customer(c) = &mut r.tenant {
        c.azure = Some(c.azure.unwrap_or_default().with_provider(false));
    }
    r
}

/// A direct-bill partner whose GDAP relationship grants only Helpdesk
/// administrator. Denied: `FILER-ADMIN-AGENT-GDAP`.
#[must_use]
pub fn helpdesk_administrator_only() -> Request {
    let mut r = direct_partner_office365();
    if let Tenant::Customer(c) = &mut r.tenant {
        c.gdap = Some(active_gdap(EntraRoles::of(&[
            EntraRole::HelpdeskAdministrator,
        ])));
    }
    r
}

/// A commercial marketplace product. Redirected to the ISV.
#[must_use]
pub fn marketplace_product() -> Request {
    direct_partner_office365()
        .to_builder()
        .workload(Workload::CommercialMarketplace)
        .build()
}

/// A billing dispute in `gdap-2025`, which no longer names it. Not covered.
#[must_use]
pub fn billing_dispute_gdap_2025() -> Request {
    direct_partner_office365()
        .to_builder()
        .problem(ProblemKind::BillingDispute)
        .build()
}

/// The partner's own Azure subscription, signed in directly, naming a
/// partner program contract ID. Allowed.
#[must_use]
pub fn own_tenant_azure() -> Request {
    base(PartnerType::DirectBillPartner, Workload::Azure)
        .own_tenant(OwnEntitlement::PartnerProgramContract)
        .channel(Channel::AzurePortalDirect)
        .build()
}

/// A customer request by phone in `dap`. Denied: `ROUTE-NO-PHONE`.
#[must_use]
pub fn phone_dap() -> Request {
    dap_reseller_office365()
        .to_builder()
        .channel(Channel::Phone)
        .build()
}

/// An indirect reseller with delegated admin files an Office 365 request in
/// `dap`, as Helpdesk agent. Allowed.
#[must_use]
pub fn dap_reseller_office365() -> Request {
    base(PartnerType::IndirectReseller, Workload::Office365)
        .edition(Edition::Dap)
        .roles(PartnerCenterRoles::of(&[PartnerCenterRole::HelpdeskAgent]))
        .customer(CustomerTenant::default().with_delegated_admin(true))
        .build()
}

/// Every sample, with a short name.
#[must_use]
pub fn all() -> [(&'static str, Request); 9] {
    [
        (
            "direct-bill partner, Office 365",
            direct_partner_office365(),
        ),
        ("direct-bill partner, Azure", direct_partner_azure()),
        (
            "indirect reseller, Azure, gdap-2025",
            reseller_azure_gdap_2025(),
        ),
        ("Helpdesk administrator only", helpdesk_administrator_only()),
        ("commercial marketplace product", marketplace_product()),
        ("billing dispute, gdap-2025", billing_dispute_gdap_2025()),
        ("own tenant, Azure", own_tenant_azure()),
        ("phone, dap", phone_dap()),
        (
            "indirect reseller, Office 365, dap",
            dap_reseller_office365(),
        ),
    ]
}

/// A deterministic, representative mix of `n` requests across editions,
/// partner types, roles, relationships, workloads, tenants, channels and
/// problem kinds — every outcome appears. Used by the benches, the Cedar
/// comparison and the differential tests.
///
/// ```
/// use csp_support::{decide, samples, Outcome};
/// let batch = samples::mixed_batch(64);
/// assert_eq!(batch.len(), 64);
/// let allowed = batch.iter().filter(|r| decide(r).outcome == Outcome::Allowed).count();
/// assert!(allowed > 0 && allowed < 64);
/// ```
#[must_use]
pub fn mixed_batch(n: usize) -> Vec<Request> {
    (0..n).map(mixed).collect()
}

/// The `i`-th request of [`mixed_batch`]: a mixed-radix walk over the facts,
/// so consecutive requests differ in several facts at once.
#[must_use]
pub fn mixed(i: usize) -> Request {
    mixed_facts(i).unwrap_or_else(direct_partner_office365)
}

fn mixed_facts(i: usize) -> Option<Request> {
    // A multiplicative hash spreads consecutive indices over every digit.
    let seed = u64::try_from(i).unwrap_or(u64::MAX);
    let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15).rotate_left(17);
    let mut pick = |n: usize| -> usize {
        let n64 = u64::try_from(n).unwrap_or(1).max(1);
        let d = x.checked_rem(n64).unwrap_or(0);
        x = x.checked_div(n64).unwrap_or(0);
        x = x.wrapping_add(seed.wrapping_mul(0x2545_F491_4F6C_DD1D));
        usize::try_from(d).unwrap_or(0)
    };
    // `k` comes from `pick(items.len())`, so it is always in range.
    fn nth<T: Copy>(items: &[T], k: usize) -> Option<T> {
        items.get(k).copied()
    }
    let edition = nth(Edition::ALL, pick(Edition::ALL.len()))?;
    let partner_type = nth(PartnerType::ALL, pick(4))?;
    let roles = nth(
        &[
            PartnerCenterRoles::of(&[PartnerCenterRole::AdminAgent]),
            PartnerCenterRoles::of(&[PartnerCenterRole::AdminAgent]),
            PartnerCenterRoles::of(&[PartnerCenterRole::HelpdeskAgent]),
            PartnerCenterRoles::of(&[PartnerCenterRole::SalesAgent]),
        ],
        pick(4),
    )?;
    let workload = nth(
        &[
            Workload::Azure,
            Workload::Azure,
            Workload::Office365,
            Workload::Office365,
            Workload::DynamicsCrmOnline,
            Workload::EnterpriseMobilitySuite,
            Workload::CommercialMarketplace,
            Workload::Other,
        ],
        pick(8),
    )?;
    let entra = nth(
        &[
            EntraRoles::of(&[EntraRole::ServiceSupportAdministrator]),
            EntraRoles::of(&[EntraRole::GlobalAdministrator]),
            EntraRoles::of(&[EntraRole::HelpdeskAdministrator]),
            EntraRoles::of(&[EntraRole::DirectoryReaders]),
            EntraRoles::of(&[
                EntraRole::HelpdeskAdministrator,
                EntraRole::ServiceSupportAdministrator,
            ]),
        ],
        pick(5),
    )?;
    let mut gdap = active_gdap(entra);
    match pick(6) {
        0 => gdap.status = GdapStatus::Expired,
        1 => gdap.status = GdapStatus::ApprovalPending,
        2 => gdap.user_roles = EntraRoles::EMPTY,
        3 => gdap.status = GdapStatus::Expiring,
        _ => {}
    }
    let customer = CustomerTenant {
        gdap: if pick(5) == 0 { None } else { Some(gdap) },
        delegated_admin: pick(4) != 0,
        azure: Some(AzureAccess {
            is_provider: pick(3) != 0,
            granted_by_indirect_provider: pick(2) == 0,
            rbac: nth(
                &[
                    AzureRoles::of(&[AzureRole::SupportRequestContributor]),
                    AzureRoles::of(&[AzureRole::Owner]),
                    AzureRoles::of(&[AzureRole::Reader]),
                    AzureRoles::EMPTY,
                ],
                pick(4),
            )?,
        }),
    };
    let own = pick(6) == 0;
    let tenant = if own {
        Tenant::Own {
            entitlement: nth(OwnEntitlement::ALL, pick(6))?,
        }
    } else {
        Tenant::Customer(customer)
    };
    let channel = match (own, pick(8)) {
        (_, 0) => Channel::Phone,
        (_, 1) => Channel::AdminCenterDirect,
        (true, _) if workload == Workload::Azure => Channel::AzurePortalDirect,
        (true, _) => Channel::AdminCenterDirect,
        (false, _) => Channel::PartnerCenter,
    };
    Some(Request {
        edition,
        partner: Partner {
            partner_type,
            roles,
        },
        cloud: nth(
            &[
                Cloud::Global,
                Cloud::Global,
                Cloud::UsGovernment,
                Cloud::Germany,
            ],
            pick(4),
        )?,
        workload,
        tenant,
        problem: nth(
            &[
                ProblemKind::Technical,
                ProblemKind::Technical,
                ProblemKind::Technical,
                ProblemKind::Billing,
                ProblemKind::SubscriptionManagement,
                ProblemKind::BillingDispute,
            ],
            pick(6),
        )?,
        severity: nth(Severity::ALL, pick(3))?,
        channel,
        language: crate::LanguageTag::english(),
        filed_at: filed_at(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn active_gdap_is_valid() {
        for roles in [
            ssa(),
            EntraRoles::of(&[EntraRole::GlobalAdministrator]),
            EntraRoles::of(&[EntraRole::DirectoryReaders]),
        ] {
            let rel = active_gdap(roles);
            assert_eq!(rel.validate(), Ok(()));
            assert_eq!(rel.to_builder().build(), Ok(rel));
        }
    }

    #[test]
    fn mixed_requests_hold_valid_relationships() {
        for i in 0..2_000 {
            if let Tenant::Customer(CustomerTenant {
                gdap: Some(rel), ..
            }) = mixed(i).tenant
            {
                assert_eq!(rel.validate(), Ok(()), "{i}");
            }
        }
    }
}
