//! Built-in sample requests: real situations from the seeds, used by the
//! docs, the tour example, the benches and the CLI's defaults.
//!
//! Every sample is filed at [`filed_at`] (a Monday), in English, against a
//! GDAP relationship that runs through 2027.

use chrono::{DateTime, TimeZone, Utc};

use crate::Edition;
use crate::model::*;

/// When every sample is filed: Monday 2026-11-16, 10:00 UTC.
#[must_use]
pub fn filed_at() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 16, 10, 0, 0)
        .single()
        .unwrap_or_default()
}

/// An active GDAP relationship granting `roles` to the filing user, from
/// 2026-01-01 to 2027-12-31, auto-extend on.
#[must_use]
pub fn active_gdap(roles: EntraRoles) -> GdapRelationship {
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
        auto_extend: AutoExtend::On,
    }
}

fn ssa() -> EntraRoles {
    EntraRoles::of(&[EntraRole::ServiceSupportAdministrator])
}

fn admin_agent() -> PartnerCenterRoles {
    PartnerCenterRoles::of(&[PartnerCenterRole::AdminAgent])
}

fn base(partner_type: PartnerType, workload: Workload, tenant: Tenant) -> Request {
    Request {
        edition: Edition::Gdap2025,
        partner: Partner {
            partner_type,
            roles: admin_agent(),
        },
        cloud: Cloud::Global,
        workload,
        tenant,
        problem: ProblemKind::Technical,
        severity: Severity::B,
        channel: Channel::PartnerCenter,
        language: crate::LanguageTag::english(),
        filed_at: filed_at(),
    }
}

/// A direct-bill partner's Admin agent files an Office 365 request through
/// Partner Center, with Service support administrator through GDAP. Allowed.
#[must_use]
pub fn direct_partner_office365() -> Request {
    let customer = CustomerTenant {
        gdap: Some(active_gdap(ssa())),
        ..CustomerTenant::default()
    };
    base(
        PartnerType::DirectBillPartner,
        Workload::Office365,
        Tenant::Customer(customer),
    )
}

/// A direct-bill partner, provider of the subscription, with GDAP (Directory
/// readers) and Support Request Contributor, files an Azure request. Allowed.
#[must_use]
pub fn direct_partner_azure() -> Request {
    let customer = CustomerTenant {
        gdap: Some(active_gdap(EntraRoles::of(&[EntraRole::DirectoryReaders]))),
        delegated_admin: false,
        azure: Some(AzureAccess {
            is_provider: true,
            granted_by_indirect_provider: false,
            rbac: AzureRoles::of(&[AzureRole::SupportRequestContributor]),
        }),
    };
    base(
        PartnerType::DirectBillPartner,
        Workload::Azure,
        Tenant::Customer(customer),
    )
}

/// An indirect reseller files an Azure request in `gdap-2025`. Denied:
/// `FILER-PARTNER-TYPES` and `AZURE-PROVIDER-ONLY`.
#[must_use]
pub fn reseller_azure_gdap_2025() -> Request {
    let mut r = direct_partner_azure();
    r.partner.partner_type = PartnerType::IndirectReseller;
    if let Tenant::Customer(c) = &mut r.tenant {
        c.azure = Some(AzureAccess {
            is_provider: false,
            ..c.azure.unwrap_or_default()
        });
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
    let mut r = direct_partner_office365();
    r.workload = Workload::CommercialMarketplace;
    r
}

/// A billing dispute in `gdap-2025`, which no longer names it. Not covered.
#[must_use]
pub fn billing_dispute_gdap_2025() -> Request {
    let mut r = direct_partner_office365();
    r.problem = ProblemKind::BillingDispute;
    r
}

/// The partner's own Azure subscription, signed in directly, naming a
/// partner program contract ID. Allowed.
#[must_use]
pub fn own_tenant_azure() -> Request {
    let mut r = base(
        PartnerType::DirectBillPartner,
        Workload::Azure,
        Tenant::Own {
            entitlement: OwnEntitlement::PartnerProgramContract,
        },
    );
    r.channel = Channel::AzurePortalDirect;
    r
}

/// A customer request by phone in `dap`. Denied: `ROUTE-NO-PHONE`.
#[must_use]
pub fn phone_dap() -> Request {
    let mut r = dap_reseller_office365();
    r.channel = Channel::Phone;
    r
}

/// An indirect reseller with delegated admin files an Office 365 request in
/// `dap`, as Helpdesk agent. Allowed.
#[must_use]
pub fn dap_reseller_office365() -> Request {
    let customer = CustomerTenant {
        gdap: None,
        delegated_admin: true,
        azure: None,
    };
    let mut r = base(
        PartnerType::IndirectReseller,
        Workload::Office365,
        Tenant::Customer(customer),
    );
    r.edition = Edition::Dap;
    r.partner.roles = PartnerCenterRoles::of(&[PartnerCenterRole::HelpdeskAgent]);
    r
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
