//! The facts of a support request: who files, for which tenant, about what,
//! through which channel and when.

use chrono::{DateTime, TimeDelta, Utc};

use crate::util::enumset::enum_set;
use crate::{Edition, IsoDuration, LanguageTag};

/// Wraps a fieldless domain enum with the derives every such enum carries:
/// `Copy`, ordering, hashing, `strum` string forms in snake_case, and serde
/// (snake_case, unknown strings rejected with the accepted list).
macro_rules! domain_enum {
    // A closed enum: its variants are the whole domain (a minor release
    // adds none), so callers may match it exhaustively.
    ($(#[$meta:meta])* closed pub enum $name:ident { $($(#[$vmeta:meta])* $variant:ident,)+ }) => {
        $crate::facts::model::domain_enum!(@emit [$(#[$meta])*] $name { $($(#[$vmeta])* $variant,)+ });
    };
    // An open enum: a minor release may add variants (see the crate docs,
    // "Stability"), so callers match it with a `_` arm.
    ($(#[$meta:meta])* pub enum $name:ident { $($(#[$vmeta:meta])* $variant:ident,)+ }) => {
        $crate::facts::model::domain_enum!(@emit [$(#[$meta])* #[non_exhaustive]] $name { $($(#[$vmeta])* $variant,)+ });
    };
    (@emit [$(#[$meta:meta])*] $name:ident { $($(#[$vmeta:meta])* $variant:ident,)+ }) => {
        $(#[$meta])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash,
            strum::Display, strum::EnumString, strum::EnumIter, strum::IntoStaticStr,
            strum::VariantArray,
        )]
        #[strum(serialize_all = "snake_case")]
        #[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
        #[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
        #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
        pub enum $name { $($(#[$vmeta])* $variant,)+ }
    };
}
pub(crate) use domain_enum;

domain_enum! {
    /// The CSP partner types of the seeds.
    pub enum PartnerType {
        /// Direct-bill partner ("CSP Direct"): bills its customers itself.
        DirectBillPartner,
        /// Indirect provider (distributor; "Disti, CSP Tier II").
        IndirectProvider,
        /// Indirect reseller: sells through an indirect provider.
        IndirectReseller,
        /// Advisor.
        Advisor,
    }
}

impl PartnerType {
    /// Whether this type can be the provider of a customer's subscription
    /// (a direct-bill partner or an indirect provider).
    #[must_use]
    pub const fn can_be_provider(self) -> bool {
        matches!(
            self,
            PartnerType::DirectBillPartner | PartnerType::IndirectProvider
        )
    }
}

domain_enum! {
    /// A Partner Center role of the filing user.
    pub enum PartnerCenterRole {
        /// Admin agent: service health and service requests for customers.
        AdminAgent,
        /// Helpdesk agent: requests support on behalf of customers (`dap`).
        HelpdeskAgent,
        /// Sales agent.
        SalesAgent,
        /// Billing admin.
        BillingAdmin,
        /// Global admin of the partner organisation.
        GlobalAdmin,
        /// Account admin.
        AccountAdmin,
        /// User management admin.
        UserManagementAdmin,
        /// Referrals admin.
        ReferralsAdmin,
        /// Incentive admin.
        IncentiveAdmin,
    }
}

enum_set! {
    /// The Partner Center roles of the filing user.
    PartnerCenterRoles of PartnerCenterRole
}

domain_enum! {
    /// A Microsoft Entra built-in role granted through GDAP.
    pub enum EntraRole {
        /// Service support administrator: the least-privileged role for
        /// Microsoft 365 service requests.
        ServiceSupportAdministrator,
        /// Global administrator: includes service support.
        GlobalAdministrator,
        /// Helpdesk administrator: resets passwords; grants no support tickets.
        HelpdeskAdministrator,
        /// Directory readers.
        DirectoryReaders,
        /// Global reader.
        GlobalReader,
        /// User administrator.
        UserAdministrator,
        /// Billing administrator.
        BillingAdministrator,
        /// License administrator.
        LicenseAdministrator,
        /// Exchange administrator.
        ExchangeAdministrator,
        /// SharePoint administrator.
        SharePointAdministrator,
        /// Teams administrator.
        TeamsAdministrator,
        /// Security administrator.
        SecurityAdministrator,
        /// Privileged role administrator.
        PrivilegedRoleAdministrator,
        /// Cloud application administrator.
        CloudApplicationAdministrator,
        /// A role this crate does not recognise: kept, grants nothing.
        Other,
    }
}

enum_set! {
    /// A set of Microsoft Entra roles.
    EntraRoles of EntraRole
}

impl EntraRoles {
    /// The roles sufficient for Microsoft 365 service requests
    /// (`FILER-ADMIN-AGENT-GDAP`, an outside fact): Service support
    /// administrator or Global administrator.
    pub const SUPPORT_TICKETS: EntraRoles = EntraRoles::of(&[
        EntraRole::ServiceSupportAdministrator,
        EntraRole::GlobalAdministrator,
    ]);
}

domain_enum! {
    /// An Azure RBAC built-in role on the customer's subscription.
    pub enum AzureRole {
        /// Owner.
        Owner,
        /// Contributor.
        Contributor,
        /// Support Request Contributor: least privilege for support tickets.
        SupportRequestContributor,
        /// Reader: cannot write support tickets.
        Reader,
        /// User Access Administrator.
        UserAccessAdministrator,
        /// A role this crate does not recognise: kept, grants nothing.
        Other,
    }
}

enum_set! {
    /// A set of Azure RBAC roles.
    AzureRoles of AzureRole
}

impl AzureRoles {
    /// The roles that may write support tickets (`AZURE-GDAP-RBAC`).
    pub const SUPPORT_TICKETS: AzureRoles = AzureRoles::of(&[
        AzureRole::Owner,
        AzureRole::Contributor,
        AzureRole::SupportRequestContributor,
    ]);
}

domain_enum! {
    /// The status of a GDAP relationship, as Microsoft Graph's
    /// `delegatedAdminRelationship` reports it (snake_case here).
    pub enum GdapStatus {
        /// Created, not yet sent for approval.
        Created,
        /// Waiting for the customer's approval.
        ApprovalPending,
        /// Approved by the customer.
        Approved,
        /// Being activated.
        Activating,
        /// Active: grants access until its end.
        Active,
        /// Active and within its last days: still grants access until its end.
        Expiring,
        /// Ended.
        Expired,
        /// Termination requested.
        TerminationRequested,
        /// Being terminated.
        Terminating,
        /// Terminated.
        Terminated,
    }
}

impl GdapStatus {
    /// Whether the status grants access (only `active` and `expiring`).
    #[must_use]
    pub const fn grants_access(self) -> bool {
        matches!(self, GdapStatus::Active | GdapStatus::Expiring)
    }
}

domain_enum! {
    /// Whether a GDAP relationship renews itself (by 180 days) at its end.
    closed pub enum AutoExtend {
        /// Ends at its end time.
        Off,
        /// Renews by 180 days at its end time.
        On,
    }
}

/// A GDAP relationship between the partner and a customer.
///
/// Build it with [`GdapRelationship::new`] for checked construction, or as a
/// plain struct; [`assess`](crate::assess) validates it either way.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct GdapRelationship {
    /// The Graph status.
    pub status: GdapStatus,
    /// The Microsoft Entra roles the relationship grants (at least one).
    pub roles: EntraRoles,
    /// The roles of this relationship that reach the filing user through
    /// security-group access assignments; empty when the user is not assigned.
    pub user_roles: EntraRoles,
    /// When the relationship became active.
    #[cfg_attr(feature = "serde", serde(with = "crate::facts::instant::utc"))]
    #[cfg_attr(feature = "schemars", schemars(with = "DateTime<Utc>"))]
    pub starts_at: DateTime<Utc>,
    /// When it ends (or renews, with auto-extend).
    #[cfg_attr(feature = "serde", serde(with = "crate::facts::instant::utc"))]
    #[cfg_attr(feature = "schemars", schemars(with = "DateTime<Utc>"))]
    pub ends_at: DateTime<Utc>,
    /// Whether it renews by 180 days at its end.
    pub auto_extend: AutoExtend,
    /// Its duration as Graph gives it (`duration`, `P1D` to `P730D`), if
    /// known: the span from start to end is then this duration plus a whole
    /// number of 180-day extensions. Absent: any span of at least one day.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub duration: Option<IsoDuration>,
}

/// The longest GDAP duration: 2 years (730 days, `P2Y`).
pub const GDAP_MAX_DAYS: i64 = 730;
/// The shortest GDAP duration: 1 day.
pub const GDAP_MIN_DAYS: i64 = 1;
/// What an auto-extension adds.
pub const GDAP_AUTO_EXTEND_DAYS: u16 = 180;

const GDAP_MIN: TimeDelta = TimeDelta::days(GDAP_MIN_DAYS);
const GDAP_MAX: TimeDelta = TimeDelta::days(GDAP_MAX_DAYS);
/// An auto-extension, in seconds.
const GDAP_EXTENSION_SECONDS: i64 = GDAP_AUTO_EXTEND_DAYS as i64 * 86_400;

impl GdapRelationship {
    /// A relationship checked for consistency (see
    /// [`GdapRelationship::validate`]), its duration unknown (see
    /// [`GdapRelationship::with_duration`]).
    ///
    /// ```
    /// use csp_support::{AutoExtend, EntraRole, EntraRoles, GdapRelationship, GdapStatus};
    /// let ssa = EntraRoles::from([EntraRole::ServiceSupportAdministrator]);
    /// let rel = GdapRelationship::new(
    ///     GdapStatus::Active, ssa, ssa,
    ///     "2026-01-01T00:00:00Z".parse()?, "2027-01-01T00:00:00Z".parse()?,
    ///     AutoExtend::Off,
    /// )?;
    /// assert!(rel.grants_at("2026-06-01T00:00:00Z".parse()?));
    /// assert!(!rel.grants_at("2027-01-01T00:00:00Z".parse()?));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// As [`GdapRelationship::validate`].
    pub fn new(
        status: GdapStatus,
        roles: EntraRoles,
        user_roles: EntraRoles,
        starts_at: DateTime<Utc>,
        ends_at: DateTime<Utc>,
        auto_extend: AutoExtend,
    ) -> Result<Self, crate::Error> {
        let rel = GdapRelationship {
            status,
            roles,
            user_roles,
            starts_at,
            ends_at,
            auto_extend,
            duration: None,
        };
        rel.validate()?;
        Ok(rel)
    }

    /// The relationship with its Graph `duration`, checked again: the
    /// duration must lie within 1 to 730 days, and the span from start to
    /// end must be it plus a whole number of 180-day extensions.
    ///
    /// ```
    /// use csp_support::{AutoExtend, EntraRole, EntraRoles, GdapRelationship, GdapStatus, IsoDuration};
    /// let ssa = EntraRoles::from([EntraRole::ServiceSupportAdministrator]);
    /// let rel = GdapRelationship::new(
    ///     GdapStatus::Active, ssa, ssa,
    ///     "2026-01-01T00:00:00Z".parse()?, "2027-06-30T00:00:00Z".parse()?, // 545 days
    ///     AutoExtend::On,
    /// )?;
    /// // 365 days and one extension of 180 fit; 730 days do not.
    /// assert!(rel.with_duration(IsoDuration::days(365)).is_ok());
    /// assert!(rel.with_duration("P2Y".parse()?).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// As [`GdapRelationship::validate`].
    pub fn with_duration(self, duration: IsoDuration) -> Result<Self, crate::Error> {
        let rel = GdapRelationship {
            duration: Some(duration),
            ..self
        };
        rel.validate()?;
        Ok(rel)
    }

    /// Checks the relationship (`RULES.md`, "GDAP relationships"), comparing
    /// time exactly, to the nanosecond:
    ///
    /// - it ends after it starts;
    /// - with a `duration`: the duration lies within 1 day to 730 days, and
    ///   the span from start to end is the duration plus a whole number (0
    ///   or more) of 180-day extensions;
    /// - without one: the span is at least one day (a longer span may hold
    ///   extensions, so it has no upper bound);
    /// - it grants at least one role, and the user's roles are roles it
    ///   grants;
    /// - it does not auto-extend if it includes Global administrator (Graph
    ///   refuses that).
    ///
    /// # Errors
    ///
    /// [`Error::GdapEndsBeforeStart`](crate::Error::GdapEndsBeforeStart),
    /// [`Error::GdapDurationOutOfRange`](crate::Error::GdapDurationOutOfRange),
    /// [`Error::GdapSpanMisfit`](crate::Error::GdapSpanMisfit),
    /// [`Error::GdapSpanTooShort`](crate::Error::GdapSpanTooShort),
    /// [`Error::GdapNoRoles`](crate::Error::GdapNoRoles),
    /// [`Error::GdapUserRoleNotGranted`](crate::Error::GdapUserRoleNotGranted),
    /// [`Error::GdapGlobalAdministratorAutoExtend`](crate::Error::GdapGlobalAdministratorAutoExtend).
    pub fn validate(&self) -> Result<(), crate::Error> {
        if self.ends_at <= self.starts_at {
            return Err(crate::Error::GdapEndsBeforeStart {
                starts_at: self.starts_at,
                ends_at: self.ends_at,
            });
        }
        // Exact to the nanosecond: chrono's range keeps any span of two
        // instants within a `TimeDelta`.
        let span = self.ends_at.signed_duration_since(self.starts_at);
        match self.duration {
            Some(duration) => {
                let Some(length) = duration
                    .to_time_delta()
                    .filter(|d| (GDAP_MIN..=GDAP_MAX).contains(d))
                else {
                    return Err(crate::Error::GdapDurationOutOfRange { duration });
                };
                if !is_whole_extensions(span.checked_sub(&length)) {
                    return Err(crate::Error::GdapSpanMisfit {
                        starts_at: self.starts_at,
                        ends_at: self.ends_at,
                        duration,
                    });
                }
            }
            None if span < GDAP_MIN => {
                return Err(crate::Error::GdapSpanTooShort {
                    starts_at: self.starts_at,
                    ends_at: self.ends_at,
                });
            }
            None => {}
        }
        if self.roles.is_empty() {
            return Err(crate::Error::GdapNoRoles);
        }
        if let Some(role) = self.user_roles.difference(self.roles).first() {
            return Err(crate::Error::GdapUserRoleNotGranted { role });
        }
        if self.auto_extend == AutoExtend::On && self.roles.contains(EntraRole::GlobalAdministrator)
        {
            return Err(crate::Error::GdapGlobalAdministratorAutoExtend);
        }
        Ok(())
    }

    /// Whether the relationship grants access at `at`: status `active` or
    /// `expiring`, started, and its end not yet reached (the end is
    /// exclusive, to the nanosecond). An end already passed grants nothing
    /// whatever the status says.
    #[must_use]
    pub fn grants_at(&self, at: DateTime<Utc>) -> bool {
        self.status.grants_access() && self.starts_at <= at && at < self.ends_at
    }

    /// The roles that reach the filing user: granted and assigned.
    #[must_use]
    pub const fn effective_roles(&self) -> EntraRoles {
        self.roles.intersection(self.user_roles)
    }
}

/// Whether `rest` (the span beyond the duration) is a whole number, 0 or
/// more, of 180-day extensions, exactly.
fn is_whole_extensions(rest: Option<TimeDelta>) -> bool {
    rest.is_some_and(|rest| {
        rest >= TimeDelta::zero()
            && rest.subsec_nanos() == 0
            && rest.num_seconds().checked_rem(GDAP_EXTENSION_SECONDS) == Some(0)
    })
}

/// Azure facts about the customer's subscription the request is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct AzureAccess {
    /// Whether the filing partner is the subscription's provider (the
    /// direct-bill partner or indirect provider that sold it). Only a
    /// direct-bill partner or an indirect provider can be; for other types
    /// the flag is ignored.
    #[cfg_attr(feature = "serde", serde(default))]
    pub is_provider: bool,
    /// `dap`: whether the indirect provider granted the partner access to the
    /// customer's Azure account.
    #[cfg_attr(feature = "serde", serde(default))]
    pub granted_by_indirect_provider: bool,
    /// The filing user's Azure RBAC roles on the subscription.
    #[cfg_attr(feature = "serde", serde(default))]
    pub rbac: AzureRoles,
}

domain_enum! {
    /// The workload a request is about.
    pub enum Workload {
        /// Microsoft Azure.
        Azure,
        /// Office 365 (Microsoft 365).
        Office365,
        /// Dynamics CRM Online (Dynamics 365).
        DynamicsCrmOnline,
        /// Enterprise Mobility Suite.
        EnterpriseMobilitySuite,
        /// A commercial marketplace product.
        CommercialMarketplace,
        /// Any other product: not covered.
        Other,
    }
}

impl Workload {
    /// Office 365, Dynamics CRM Online and Enterprise Mobility Suite: the
    /// workloads served by the admin center.
    #[must_use]
    pub const fn is_microsoft_365(self) -> bool {
        matches!(
            self,
            Workload::Office365 | Workload::DynamicsCrmOnline | Workload::EnterpriseMobilitySuite
        )
    }
}

domain_enum! {
    /// The Partner Center cloud.
    pub enum Cloud {
        /// Partner Center (global).
        Global,
        /// Partner Center for Microsoft Cloud for US Government.
        UsGovernment,
        /// Partner Center for Microsoft Cloud Germany (`dap` only).
        Germany,
    }
}

domain_enum! {
    /// The support-plan entitlement a partner names for its own tenant.
    pub enum OwnEntitlement {
        /// None named.
        None,
        /// A partner program contract ID (MPN in `dap`; later Microsoft AI
        /// Cloud Partner Program).
        PartnerProgramContract,
        /// Premier support.
        Premier,
        /// An Azure support plan.
        AzureSupportPlan,
        /// The CSP support benefit, which does not cover the own tenant.
        CloudSolutionProvider,
        /// Another kind the seeds cannot confirm: not covered.
        Other,
    }
}

impl OwnEntitlement {
    /// Whether the seeds name this entitlement as valid for the own tenant.
    #[must_use]
    pub const fn is_named_by_seeds(self) -> bool {
        matches!(
            self,
            OwnEntitlement::PartnerProgramContract
                | OwnEntitlement::Premier
                | OwnEntitlement::AzureSupportPlan
        )
    }
}

/// The customer side of a request: the partner's access to that customer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct CustomerTenant {
    /// The GDAP relationship with the customer, if any (GDAP editions).
    #[cfg_attr(feature = "serde", serde(default))]
    pub gdap: Option<GdapRelationship>,
    /// `dap`: whether the partner holds delegated admin privileges.
    #[cfg_attr(feature = "serde", serde(default))]
    pub delegated_admin: bool,
    /// Azure facts, for Azure requests.
    #[cfg_attr(feature = "serde", serde(default))]
    pub azure: Option<AzureAccess>,
}

/// Whose tenant the request is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(
    feature = "serde",
    serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)
)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub enum Tenant {
    /// A customer's tenant.
    Customer(CustomerTenant),
    /// The partner's own tenant.
    Own {
        /// The support plan the partner names.
        entitlement: OwnEntitlement,
    },
}

domain_enum! {
    /// What the problem is about.
    pub enum ProblemKind {
        /// A technical break-fix incident.
        Technical,
        /// A billing question.
        Billing,
        /// A billing dispute (`dap` only).
        BillingDispute,
        /// Subscription management.
        SubscriptionManagement,
        /// Suspected fraud (`dap` only).
        SuspectedFraud,
    }
}

impl ProblemKind {
    /// Whether this is technical break-fix (the 2/4/8-hour clock).
    #[must_use]
    pub const fn is_break_fix(self) -> bool {
        matches!(self, ProblemKind::Technical)
    }
}

/// The severity of a request: A, B or C.
///
/// Reads `a`/`b`/`c` in any case, and the Partner Center API's `critical`,
/// `moderate`, `minimal`; derives from a stated [`BusinessImpact`].
///
/// ```
/// use csp_support::{BusinessImpact, Severity};
/// assert_eq!("critical".parse::<Severity>()?, Severity::A);
/// assert_eq!("B".parse::<Severity>()?, Severity::B);
/// assert_eq!(Severity::from(BusinessImpact::Minimal), Severity::C);
/// assert_eq!(Severity::A.response_hours(), 2);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    strum::Display,
    strum::EnumString,
    strum::EnumIter,
    strum::IntoStaticStr,
    strum::VariantArray,
)]
#[strum(serialize_all = "snake_case", ascii_case_insensitive)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum Severity {
    /// Critical: significant loss or degradation; production down. 2 hours.
    #[strum(serialize = "a", serialize = "critical")]
    #[cfg_attr(feature = "serde", serde(alias = "A", alias = "critical"))]
    A,
    /// Moderate: production partly affected. 4 hours.
    #[strum(serialize = "b", serialize = "moderate")]
    #[cfg_attr(feature = "serde", serde(alias = "B", alias = "moderate"))]
    B,
    /// Minimal: services available, or only non-production affected. 8 hours.
    #[strum(serialize = "c", serialize = "minimal")]
    #[cfg_attr(feature = "serde", serde(alias = "C", alias = "minimal"))]
    C,
}

impl Severity {
    /// The first-response budget for technical break-fix, in hours.
    #[must_use]
    pub const fn response_hours(self) -> u32 {
        match self {
            Severity::A => 2,
            Severity::B => 4,
            Severity::C => 8,
        }
    }

    /// The Partner Center API's name for the level.
    #[must_use]
    pub const fn api_name(self) -> &'static str {
        match self {
            Severity::A => "critical",
            Severity::B => "moderate",
            Severity::C => "minimal",
        }
    }

    /// The `SLA-SEVERITY-*` rule for this level.
    #[must_use]
    pub const fn rule(self) -> crate::RuleId {
        match self {
            Severity::A => crate::RuleId::SlaSeverityA,
            Severity::B => crate::RuleId::SlaSeverityB,
            Severity::C => crate::RuleId::SlaSeverityC,
        }
    }
}

domain_enum! {
    /// The business impact stated when submitting (`FORM-SEVERITY-FROM-IMPACT`).
    pub enum BusinessImpact {
        /// Significant loss or degradation of services; production down.
        Critical,
        /// Moderate loss or degradation; production partly affected.
        Moderate,
        /// Minimal loss or degradation; services available or non-production.
        Minimal,
    }
}

impl From<BusinessImpact> for Severity {
    fn from(impact: BusinessImpact) -> Severity {
        match impact {
            BusinessImpact::Critical => Severity::A,
            BusinessImpact::Moderate => Severity::B,
            BusinessImpact::Minimal => Severity::C,
        }
    }
}

domain_enum! {
    /// How the request is filed.
    pub enum Channel {
        /// From Partner Center, which hands over to the workload's portal.
        PartnerCenter,
        /// Signed in directly to the Azure portal (the partner's own context).
        AzurePortalDirect,
        /// Signed in directly to the admin center (the partner's own context).
        AdminCenterDirect,
        /// By phone.
        Phone,
    }
}

impl Channel {
    /// Whether this is a direct sign-in to a portal, bypassing Partner Center.
    #[must_use]
    pub const fn is_direct_sign_in(self) -> bool {
        matches!(
            self,
            Channel::AzurePortalDirect | Channel::AdminCenterDirect
        )
    }
}

/// The filing partner and user.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Partner {
    /// The partner's type.
    #[cfg_attr(feature = "serde", serde(rename = "type"))]
    pub partner_type: PartnerType,
    /// The filing user's Partner Center roles.
    #[cfg_attr(feature = "serde", serde(default))]
    pub roles: PartnerCenterRoles,
}

/// A support request: every fact the rules look at.
///
/// Plain data; [`assess`](crate::assess) validates it and answers every
/// question at once.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Request {
    /// The edition of the rules to decide under. Required, in JSON too:
    /// there is no default edition, so a request keeps its meaning when a
    /// minor release adds an edition.
    pub edition: Edition,
    /// Who files.
    pub partner: Partner,
    /// The Partner Center cloud.
    #[cfg_attr(feature = "serde", serde(default = "default_cloud"))]
    pub cloud: Cloud,
    /// What the request is about.
    pub workload: Workload,
    /// Whose tenant.
    pub tenant: Tenant,
    /// The kind of problem.
    pub problem: ProblemKind,
    /// The severity.
    pub severity: Severity,
    /// How it is filed.
    pub channel: Channel,
    /// The support language (BCP 47).
    #[cfg_attr(feature = "serde", serde(default))]
    pub language: LanguageTag,
    /// When it is filed.
    #[cfg_attr(feature = "serde", serde(with = "crate::facts::instant::utc"))]
    #[cfg_attr(feature = "schemars", schemars(with = "DateTime<Utc>"))]
    pub filed_at: DateTime<Utc>,
}

#[cfg(feature = "serde")]
const fn default_cloud() -> Cloud {
    Cloud::Global
}

domain_enum! {
    /// How a customer bought a subscription.
    pub enum SubscriptionChannel {
        /// Through a CSP partner.
        Csp,
        /// Directly from Microsoft.
        Direct,
    }
}

domain_enum! {
    /// Whether a subscription is a trial or paid.
    pub enum SubscriptionKind {
        /// A trial.
        Trial,
        /// Paid.
        Paid,
    }
}

/// One of a customer's subscriptions, for the `CUSTOMER-*` question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Subscription {
    /// CSP or Direct.
    pub channel: SubscriptionChannel,
    /// Trial or paid.
    pub kind: SubscriptionKind,
}
