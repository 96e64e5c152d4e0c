//! The facts of a support request: who files, for which tenant, about what,
//! through which channel and when.

use chrono::{DateTime, TimeDelta, Utc};

use crate::util::enumset::enum_set;
use crate::{Edition, IsoDuration, LanguageTag};

/// Wraps a fieldless domain enum with the derives every such enum carries:
/// `Copy`, ordering, hashing, the string forms written after each variant
/// (`Variant = "snake_case"`, then `| "alias"` for older names still read)
/// through [`str_enum!`](crate::util::strenum::str_enum) (`ALL`, `as_str`,
/// `Display`, `FromStr` with the crate's error), and serde (snake_case,
/// unknown strings rejected with the accepted list).
macro_rules! domain_enum {
    // A closed enum: its variants are the whole domain (a minor release
    // adds none), so callers may match it exhaustively.
    ($(#[$meta:meta])* closed pub enum $name:ident { $($(#[$vmeta:meta])* $variant:ident = $s:literal $(| $alias:literal)*,)+ }) => {
        $crate::facts::model::domain_enum!(@emit [$(#[$meta])*] $name { $($(#[$vmeta])* $variant = $s $(| $alias)*,)+ });
    };
    // An open enum: a minor release may add variants (see the crate docs,
    // "Stability"), so callers match it with a `_` arm.
    ($(#[$meta:meta])* pub enum $name:ident { $($(#[$vmeta:meta])* $variant:ident = $s:literal $(| $alias:literal)*,)+ }) => {
        $crate::facts::model::domain_enum!(@emit [$(#[$meta])* #[non_exhaustive]] $name { $($(#[$vmeta])* $variant = $s $(| $alias)*,)+ });
    };
    (@emit [$(#[$meta:meta])*] $name:ident { $($(#[$vmeta:meta])* $variant:ident = $s:literal $(| $alias:literal)*,)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
        #[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
        #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
        pub enum $name { $($(#[$vmeta])* $variant,)+ }

        $crate::util::strenum::str_enum!($name, exact, [$($variant => $s $(| $alias)*),+]);
    };
}
pub(crate) use domain_enum;

domain_enum! {
    /// The CSP partner types of the seeds.
    pub enum PartnerType {
        /// Direct-bill partner ("CSP Direct"): bills its customers itself.
        DirectBillPartner = "direct_bill_partner",
        /// Indirect provider (distributor; "Disti, CSP Tier II").
        IndirectProvider = "indirect_provider",
        /// Indirect reseller: sells through an indirect provider.
        IndirectReseller = "indirect_reseller",
        /// Advisor.
        Advisor = "advisor",
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
        AdminAgent = "admin_agent",
        /// Helpdesk agent: requests support on behalf of customers (`dap`).
        HelpdeskAgent = "helpdesk_agent",
        /// Sales agent.
        SalesAgent = "sales_agent",
        /// Billing admin.
        BillingAdmin = "billing_admin",
        /// Global admin of the partner organisation.
        GlobalAdmin = "global_admin",
        /// Account admin.
        AccountAdmin = "account_admin",
        /// User management admin.
        UserManagementAdmin = "user_management_admin",
        /// Referrals admin.
        ReferralsAdmin = "referrals_admin",
        /// Incentive admin.
        IncentiveAdmin = "incentive_admin",
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
        ServiceSupportAdministrator = "service_support_administrator",
        /// Global administrator: includes service support.
        GlobalAdministrator = "global_administrator",
        /// Helpdesk administrator: resets passwords; grants no support tickets.
        HelpdeskAdministrator = "helpdesk_administrator",
        /// Directory readers.
        DirectoryReaders = "directory_readers",
        /// Global reader.
        GlobalReader = "global_reader",
        /// User administrator.
        UserAdministrator = "user_administrator",
        /// Billing administrator.
        BillingAdministrator = "billing_administrator",
        /// License administrator.
        LicenseAdministrator = "license_administrator",
        /// Exchange administrator.
        ExchangeAdministrator = "exchange_administrator",
        /// SharePoint administrator.
        SharePointAdministrator = "share_point_administrator",
        /// Teams administrator.
        TeamsAdministrator = "teams_administrator",
        /// Security administrator.
        SecurityAdministrator = "security_administrator",
        /// Privileged role administrator.
        PrivilegedRoleAdministrator = "privileged_role_administrator",
        /// Cloud application administrator.
        CloudApplicationAdministrator = "cloud_application_administrator",
        /// Another role of Microsoft's built-in catalogue (RULES.md, "Entra
        /// roles": [`entra::entra_role_name`](crate::entra::entra_role_name) names it by its
        /// template ID): no rule names it, so it counts only as "any Entra
        /// role" for an Azure request.
        OtherBuiltIn = "other_built_in",
        /// A role this crate does not recognise: kept, grants nothing.
        Other = "other",
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
        Owner = "owner",
        /// Contributor.
        Contributor = "contributor",
        /// Support Request Contributor: least privilege for support tickets.
        SupportRequestContributor = "support_request_contributor",
        /// Reader: cannot write support tickets.
        Reader = "reader",
        /// User Access Administrator.
        UserAccessAdministrator = "user_access_administrator",
        /// A role this crate does not recognise: kept, grants nothing.
        Other = "other",
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
        Created = "created",
        /// Waiting for the customer's approval.
        ApprovalPending = "approval_pending",
        /// Approved by the customer.
        Approved = "approved",
        /// Being activated.
        Activating = "activating",
        /// Active: grants access until its end.
        Active = "active",
        /// Active and within its last days: still grants access until its end.
        Expiring = "expiring",
        /// Ended.
        Expired = "expired",
        /// Termination requested.
        TerminationRequested = "termination_requested",
        /// Being terminated.
        Terminating = "terminating",
        /// Terminated.
        Terminated = "terminated",
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
        Off = "off",
        /// Renews by 180 days at its end time.
        On = "on",
    }
}

/// A GDAP relationship between the partner and a customer.
///
/// Valid by construction: build it with [`GdapRelationship::builder`] (or
/// read it from JSON, which goes through the same checks,
/// [`GdapRelationship::validate`]), so a relationship that ends before it
/// starts, grants no role or auto-extends with Global administrator cannot
/// exist, and [`decide`](crate::decide) never checks it again. Read it
/// through its accessors; change it with [`GdapRelationship::to_builder`].
///
/// ```
/// use csp_support::{AutoExtend, EntraRole, EntraRoles, GdapRelationship, GdapStatus};
/// let ssa = EntraRoles::from([EntraRole::ServiceSupportAdministrator]);
/// let rel = GdapRelationship::builder("2026-01-01T00:00:00Z".parse()?, "2027-01-01T00:00:00Z".parse()?)
///     .roles(ssa)          // granted by the relationship
///     .user_roles(ssa)     // reaching the filing user (default: none)
///     .build()?;           // status active, auto-extend off, duration unknown
/// assert_eq!(rel.status(), GdapStatus::Active);
/// assert_eq!(rel.auto_extend(), AutoExtend::Off);
/// assert!(rel.grants_at("2026-06-01T00:00:00Z".parse()?));
///
/// let expired = rel.to_builder().status(GdapStatus::Expired).build()?;
/// assert!(!expired.grants_at("2026-06-01T00:00:00Z".parse()?));
///
/// // The invariants hold: no relationship grants nothing.
/// let none = GdapRelationship::builder("2026-01-01T00:00:00Z".parse()?, "2027-01-01T00:00:00Z".parse()?).build();
/// assert!(none.is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(try_from = "GdapRelationshipData", into = "GdapRelationshipData")
)]
pub struct GdapRelationship {
    pub(crate) status: GdapStatus,
    pub(crate) roles: EntraRoles,
    pub(crate) user_roles: EntraRoles,
    pub(crate) starts_at: DateTime<Utc>,
    pub(crate) ends_at: DateTime<Utc>,
    pub(crate) auto_extend: AutoExtend,
    pub(crate) duration: Option<IsoDuration>,
}

/// The JSON form of a [`GdapRelationship`]: plain data, checked on the way
/// in by [`GdapRelationship::validate`].
#[cfg(feature = "serde")]
#[derive(Debug, Clone, Copy, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields, rename = "GdapRelationship")]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(rename = "GdapRelationship"))]
struct GdapRelationshipData {
    /// The Graph status.
    status: GdapStatus,
    /// The Microsoft Entra roles the relationship grants (at least one).
    roles: EntraRoles,
    /// The roles of this relationship that reach the filing user through
    /// security-group access assignments; empty when the user is not assigned.
    user_roles: EntraRoles,
    /// When the relationship became active.
    #[serde(with = "crate::facts::instant::utc")]
    #[cfg_attr(feature = "schemars", schemars(with = "DateTime<Utc>"))]
    starts_at: DateTime<Utc>,
    /// When it ends (or renews, with auto-extend).
    #[serde(with = "crate::facts::instant::utc")]
    #[cfg_attr(feature = "schemars", schemars(with = "DateTime<Utc>"))]
    ends_at: DateTime<Utc>,
    /// Whether it renews by 180 days at its end.
    auto_extend: AutoExtend,
    /// Its duration as Graph gives it (`duration`, `P1D` to `P730D`), if
    /// known: the span from start to end is then this duration plus a whole
    /// number of 180-day extensions. Absent: any span of at least one day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    duration: Option<IsoDuration>,
}

#[cfg(feature = "serde")]
impl TryFrom<GdapRelationshipData> for GdapRelationship {
    type Error = crate::Error;
    fn try_from(d: GdapRelationshipData) -> Result<Self, crate::Error> {
        let rel = GdapRelationship {
            status: d.status,
            roles: d.roles,
            user_roles: d.user_roles,
            starts_at: d.starts_at,
            ends_at: d.ends_at,
            auto_extend: d.auto_extend,
            duration: d.duration,
        };
        rel.validate()?;
        Ok(rel)
    }
}

#[cfg(feature = "serde")]
impl From<GdapRelationship> for GdapRelationshipData {
    fn from(r: GdapRelationship) -> Self {
        GdapRelationshipData {
            status: r.status,
            roles: r.roles,
            user_roles: r.user_roles,
            starts_at: r.starts_at,
            ends_at: r.ends_at,
            auto_extend: r.auto_extend,
            duration: r.duration,
        }
    }
}

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for GdapRelationship {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "GdapRelationship".into()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        GdapRelationshipData::json_schema(generator)
    }
}

/// Builds a [`GdapRelationship`]; [`build`](GdapRelationshipBuilder::build)
/// checks it. Made by [`GdapRelationship::builder`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[must_use]
pub struct GdapRelationshipBuilder(GdapRelationship);

impl GdapRelationshipBuilder {
    /// The Graph status (default [`GdapStatus::Active`]).
    pub const fn status(mut self, status: GdapStatus) -> Self {
        self.0.status = status;
        self
    }

    /// The Microsoft Entra roles the relationship grants (at least one;
    /// default none, which [`build`](Self::build) refuses).
    pub const fn roles(mut self, roles: EntraRoles) -> Self {
        self.0.roles = roles;
        self
    }

    /// The granted roles that reach the filing user through security-group
    /// access assignments (default none: the user is not assigned).
    pub const fn user_roles(mut self, roles: EntraRoles) -> Self {
        self.0.user_roles = roles;
        self
    }

    /// `roles`, granted and assigned to the filing user: [`roles`](Self::roles)
    /// and [`user_roles`](Self::user_roles) at once.
    pub const fn roles_assigned_to_user(self, roles: EntraRoles) -> Self {
        self.roles(roles).user_roles(roles)
    }

    /// When the relationship became active.
    pub const fn starts_at(mut self, at: DateTime<Utc>) -> Self {
        self.0.starts_at = at;
        self
    }

    /// When it ends (or renews, with auto-extend).
    pub const fn ends_at(mut self, at: DateTime<Utc>) -> Self {
        self.0.ends_at = at;
        self
    }

    /// Whether it renews by 180 days at its end (default [`AutoExtend::Off`]).
    pub const fn auto_extend(mut self, auto_extend: AutoExtend) -> Self {
        self.0.auto_extend = auto_extend;
        self
    }

    /// Its Graph `duration` (default: unknown, `None`).
    pub const fn duration(mut self, duration: Option<IsoDuration>) -> Self {
        self.0.duration = duration;
        self
    }

    /// The relationship, checked ([`GdapRelationship::validate`]).
    ///
    /// # Errors
    ///
    /// As [`GdapRelationship::validate`] (kind
    /// [`ErrorKind::InvalidFacts`](crate::ErrorKind::InvalidFacts)).
    pub fn build(self) -> Result<GdapRelationship, crate::Error> {
        self.0.validate()?;
        Ok(self.0)
    }
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
    /// A builder for a relationship from `starts_at` to `ends_at`; the
    /// defaults: status [`GdapStatus::Active`], no roles (set at least one),
    /// no roles reaching the user, [`AutoExtend::Off`], duration unknown.
    pub const fn builder(
        starts_at: DateTime<Utc>,
        ends_at: DateTime<Utc>,
    ) -> GdapRelationshipBuilder {
        GdapRelationshipBuilder(GdapRelationship {
            status: GdapStatus::Active,
            roles: EntraRoles::EMPTY,
            user_roles: EntraRoles::EMPTY,
            starts_at,
            ends_at,
            auto_extend: AutoExtend::Off,
            duration: None,
        })
    }

    /// A builder holding this relationship, to change it and check it again.
    pub const fn to_builder(&self) -> GdapRelationshipBuilder {
        GdapRelationshipBuilder(*self)
    }

    /// The Graph status.
    #[must_use]
    pub const fn status(&self) -> GdapStatus {
        self.status
    }

    /// The Microsoft Entra roles the relationship grants (at least one).
    #[must_use]
    pub const fn roles(&self) -> EntraRoles {
        self.roles
    }

    /// The granted roles that reach the filing user (a subset of
    /// [`roles`](Self::roles)).
    #[must_use]
    pub const fn user_roles(&self) -> EntraRoles {
        self.user_roles
    }

    /// When the relationship became active.
    #[must_use]
    pub const fn starts_at(&self) -> DateTime<Utc> {
        self.starts_at
    }

    /// When it ends (or renews, with auto-extend).
    #[must_use]
    pub const fn ends_at(&self) -> DateTime<Utc> {
        self.ends_at
    }

    /// Whether it renews by 180 days at its end.
    #[must_use]
    pub const fn auto_extend(&self) -> AutoExtend {
        self.auto_extend
    }

    /// Its Graph duration, if known.
    #[must_use]
    pub const fn duration(&self) -> Option<IsoDuration> {
        self.duration
    }

    /// The same relationship with another status (a status breaks no
    /// invariant, so this cannot fail).
    #[must_use]
    pub const fn with_status(mut self, status: GdapStatus) -> Self {
        self.status = status;
        self
    }

    /// The relationship with its Graph `duration`, checked again: the
    /// duration must lie within 1 to 730 days, and the span from start to
    /// end must be it plus a whole number of 180-day extensions.
    ///
    /// ```
    /// use csp_support::{AutoExtend, EntraRole, EntraRoles, GdapRelationship, IsoDuration};
    /// let ssa = EntraRoles::from([EntraRole::ServiceSupportAdministrator]);
    /// let rel = GdapRelationship::builder(
    ///     "2026-01-01T00:00:00Z".parse()?, "2027-06-30T00:00:00Z".parse()?, // 545 days
    /// )
    /// .roles_assigned_to_user(ssa)
    /// .auto_extend(AutoExtend::On)
    /// .build()?;
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
    /// time exactly, to the nanosecond. Every relationship the public API
    /// builds or reads has passed these checks, so for a value of this type
    /// this is `Ok`; the builder and deserialisation call it:
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
///
/// Start from [`AzureAccess::default`] (not the provider, no grant, no
/// roles) and set what applies; a minor release may add fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
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
        Azure = "azure",
        /// Office 365 (Microsoft 365).
        Office365 = "office365",
        /// Dynamics CRM Online (Dynamics 365).
        DynamicsCrmOnline = "dynamics_crm_online",
        /// Enterprise Mobility Suite.
        EnterpriseMobilitySuite = "enterprise_mobility_suite",
        /// A commercial marketplace product.
        CommercialMarketplace = "commercial_marketplace",
        /// Any other product: not covered.
        Other = "other",
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
        Global = "global",
        /// Partner Center for Microsoft Cloud for US Government.
        UsGovernment = "us_government",
        /// Partner Center for Microsoft Cloud Germany (`dap` only).
        Germany = "germany",
    }
}

domain_enum! {
    /// The support-plan entitlement a partner names for its own tenant.
    pub enum OwnEntitlement {
        /// None named. JSON `not_named`; the 0.x name `none` is still read.
        #[cfg_attr(feature = "serde", serde(alias = "none"))]
        NotNamed = "not_named" | "none",
        /// A partner program contract ID (MPN in `dap`; later Microsoft AI
        /// Cloud Partner Program).
        PartnerProgramContract = "partner_program_contract",
        /// Premier support.
        Premier = "premier",
        /// An Azure support plan.
        AzureSupportPlan = "azure_support_plan",
        /// The CSP support benefit, which does not cover the own tenant.
        CloudSolutionProvider = "cloud_solution_provider",
        /// Another kind the seeds cannot confirm: not covered.
        Other = "other",
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
///
/// Start from [`CustomerTenant::default`] (no GDAP relationship, no DAP, no
/// Azure facts) or [`CustomerTenant::with_gdap`]; a minor release may add
/// fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
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

impl AzureAccess {
    /// With `is_provider` set: whether the filing partner is the
    /// subscription's provider.
    ///
    /// ```
    /// use csp_support::{AzureAccess, AzureRole, AzureRoles};
    /// let access = AzureAccess::default()
    ///     .with_provider(true)
    ///     .with_rbac(AzureRoles::from([AzureRole::SupportRequestContributor]));
    /// assert!(access.is_provider);
    /// ```
    #[must_use]
    pub const fn with_provider(mut self, is_provider: bool) -> Self {
        self.is_provider = is_provider;
        self
    }

    /// With `granted_by_indirect_provider` set (`dap`).
    #[must_use]
    pub const fn with_granted_by_indirect_provider(mut self, granted: bool) -> Self {
        self.granted_by_indirect_provider = granted;
        self
    }

    /// With the filing user's Azure RBAC roles.
    #[must_use]
    pub const fn with_rbac(mut self, rbac: AzureRoles) -> Self {
        self.rbac = rbac;
        self
    }
}

impl CustomerTenant {
    /// A customer the partner reaches through `gdap` (GDAP editions).
    #[must_use]
    pub const fn with_gdap(gdap: GdapRelationship) -> Self {
        CustomerTenant {
            gdap: Some(gdap),
            delegated_admin: false,
            azure: None,
        }
    }

    /// With `delegated_admin` set (`dap`).
    #[must_use]
    pub const fn with_delegated_admin(mut self, delegated_admin: bool) -> Self {
        self.delegated_admin = delegated_admin;
        self
    }

    /// With Azure facts, for Azure requests.
    #[must_use]
    pub const fn with_azure(mut self, azure: AzureAccess) -> Self {
        self.azure = Some(azure);
        self
    }
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
        Technical = "technical",
        /// A billing question.
        Billing = "billing",
        /// A billing dispute (`dap` only).
        BillingDispute = "billing_dispute",
        /// Subscription management.
        SubscriptionManagement = "subscription_management",
        /// Suspected fraud (`dap` only).
        SuspectedFraud = "suspected_fraud",
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum Severity {
    /// Critical: significant loss or degradation; production down. 2 hours.
    #[cfg_attr(feature = "serde", serde(alias = "A", alias = "critical"))]
    A,
    /// Moderate: production partly affected. 4 hours.
    #[cfg_attr(feature = "serde", serde(alias = "B", alias = "moderate"))]
    B,
    /// Minimal: services available, or only non-production affected. 8 hours.
    #[cfg_attr(feature = "serde", serde(alias = "C", alias = "minimal"))]
    C,
}

crate::util::strenum::str_enum!(
    Severity,
    ascii_case_insensitive,
    [
        A => "a" | "critical",
        B => "b" | "moderate",
        C => "c" | "minimal",
    ]
);

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

    /// The level's name: `critical`, `moderate`, `minimal` (the Partner
    /// Center API's names). `Display` writes the level as JSON does: `a`,
    /// `b`, `c`.
    ///
    /// ```
    /// use csp_support::Severity;
    /// assert_eq!(Severity::A.to_string(), "a");
    /// assert_eq!(Severity::A.label(), "critical");
    /// ```
    #[must_use]
    pub const fn label(self) -> &'static str {
        self.api_name()
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
        Critical = "critical",
        /// Moderate loss or degradation; production partly affected.
        Moderate = "moderate",
        /// Minimal loss or degradation; services available or non-production.
        Minimal = "minimal",
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
        PartnerCenter = "partner_center",
        /// Signed in directly to the Azure portal (the partner's own context).
        AzurePortalDirect = "azure_portal_direct",
        /// Signed in directly to the admin center (the partner's own context).
        AdminCenterDirect = "admin_center_direct",
        /// By phone.
        Phone = "phone",
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

/// The filing partner and user: [`Partner::new`]; a minor release may add
/// fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
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

impl Partner {
    /// A partner of `partner_type` whose filing user holds `roles`.
    #[must_use]
    pub const fn new(partner_type: PartnerType, roles: PartnerCenterRoles) -> Self {
        Partner {
            partner_type,
            roles,
        }
    }
}

/// A support request: every fact the rules look at.
///
/// Build it with [`Request::builder`] (or read it from JSON); its fields
/// are public to read and to change one at a time. Every combination of
/// field values is a valid request (the one fact with invariants, the
/// [`GdapRelationship`], is valid by construction), so
/// [`decide`](crate::decide) and [`assess`](crate::assess) cannot fail. A
/// minor release may add fields, with a builder default that keeps today's
/// answers.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
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
        Csp = "csp",
        /// Directly from Microsoft.
        Direct = "direct",
    }
}

domain_enum! {
    /// Whether a subscription is a trial or paid.
    pub enum SubscriptionKind {
        /// A trial.
        Trial = "trial",
        /// Paid.
        Paid = "paid",
    }
}

/// One of a customer's subscriptions, for the `CUSTOMER-*` question:
/// [`Subscription::new`]; a minor release may add fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Subscription {
    /// CSP or Direct.
    pub channel: SubscriptionChannel,
    /// Trial or paid.
    pub kind: SubscriptionKind,
}

impl Subscription {
    /// A subscription bought through `channel`, trial or paid.
    #[must_use]
    pub const fn new(channel: SubscriptionChannel, kind: SubscriptionKind) -> Self {
        Subscription { channel, kind }
    }
}

impl Request {
    /// A builder for a request under `edition`, by a partner of
    /// `partner_type`, about `workload`, filed at `filed_at`: the facts
    /// every request has. The rest default to neutral values:
    ///
    /// | fact | default | why |
    /// |---|---|---|
    /// | [`roles`](RequestBuilder::roles) | none | grants nothing; the decision names the missing role |
    /// | [`cloud`](RequestBuilder::cloud) | [`Cloud::Global`] | the JSON form's default too |
    /// | [`tenant`](RequestBuilder::tenant) | a customer's, no GDAP relationship, no DAP, no Azure facts | grants nothing |
    /// | [`problem`](RequestBuilder::problem) | [`ProblemKind::Technical`] | the break-fix case the article is about |
    /// | [`severity`](RequestBuilder::severity) | [`Severity::C`] | the lowest level; used only for technical break-fix |
    /// | [`channel`](RequestBuilder::channel) | [`Channel::PartnerCenter`] | the channel the article prescribes for customers |
    /// | [`language`](RequestBuilder::language) | English (`en`) | [`LanguageTag::default`] |
    ///
    /// A minor release that adds a fact adds a builder default that keeps
    /// today's answers.
    ///
    /// ```
    /// use csp_support::*;
    /// let filed = "2026-11-16T10:00:00Z".parse()?;
    /// let request = Request::builder(Edition::Gdap2025, PartnerType::DirectBillPartner, Workload::Office365, filed)
    ///     .roles(PartnerCenterRoles::from([PartnerCenterRole::AdminAgent]))
    ///     .severity(Severity::A)
    ///     .build();
    /// assert_eq!(request.channel, Channel::PartnerCenter);
    /// assert_eq!(decide(&request).outcome, Outcome::Denied); // no GDAP relationship yet
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn builder(
        edition: Edition,
        partner_type: PartnerType,
        workload: Workload,
        filed_at: DateTime<Utc>,
    ) -> RequestBuilder {
        RequestBuilder {
            edition,
            partner: Partner::new(partner_type, PartnerCenterRoles::EMPTY),
            cloud: Cloud::Global,
            workload,
            tenant: Tenant::Customer(CustomerTenant {
                gdap: None,
                delegated_admin: false,
                azure: None,
            }),
            problem: ProblemKind::Technical,
            severity: Severity::C,
            channel: Channel::PartnerCenter,
            language: None,
            filed_at,
        }
    }

    /// A builder holding this request's facts, to derive a variant of it.
    pub fn to_builder(&self) -> RequestBuilder {
        RequestBuilder {
            edition: self.edition,
            partner: self.partner,
            cloud: self.cloud,
            workload: self.workload,
            tenant: self.tenant,
            problem: self.problem,
            severity: self.severity,
            channel: self.channel,
            language: Some(self.language.clone()),
            filed_at: self.filed_at,
        }
    }
}

/// Builds a [`Request`]; made by [`Request::builder`], which documents the
/// defaults.
#[derive(Debug, Clone, PartialEq, Eq)]
#[must_use]
pub struct RequestBuilder {
    edition: Edition,
    partner: Partner,
    cloud: Cloud,
    workload: Workload,
    tenant: Tenant,
    problem: ProblemKind,
    severity: Severity,
    channel: Channel,
    language: Option<LanguageTag>,
    filed_at: DateTime<Utc>,
}

impl RequestBuilder {
    /// The edition to decide under.
    pub const fn edition(mut self, edition: Edition) -> Self {
        self.edition = edition;
        self
    }

    /// The partner's type.
    pub const fn partner_type(mut self, partner_type: PartnerType) -> Self {
        self.partner.partner_type = partner_type;
        self
    }

    /// The filing user's Partner Center roles (default none).
    pub const fn roles(mut self, roles: PartnerCenterRoles) -> Self {
        self.partner.roles = roles;
        self
    }

    /// The Partner Center cloud (default [`Cloud::Global`]).
    pub const fn cloud(mut self, cloud: Cloud) -> Self {
        self.cloud = cloud;
        self
    }

    /// The workload.
    pub const fn workload(mut self, workload: Workload) -> Self {
        self.workload = workload;
        self
    }

    /// Whose tenant (default: a customer's, with no access facts).
    pub const fn tenant(mut self, tenant: Tenant) -> Self {
        self.tenant = tenant;
        self
    }

    /// A customer's tenant with these access facts.
    pub const fn customer(self, customer: CustomerTenant) -> Self {
        self.tenant(Tenant::Customer(customer))
    }

    /// The partner's own tenant, naming `entitlement`.
    pub const fn own_tenant(self, entitlement: OwnEntitlement) -> Self {
        self.tenant(Tenant::Own { entitlement })
    }

    /// The kind of problem (default [`ProblemKind::Technical`]).
    pub const fn problem(mut self, problem: ProblemKind) -> Self {
        self.problem = problem;
        self
    }

    /// The severity (default [`Severity::C`]).
    pub const fn severity(mut self, severity: Severity) -> Self {
        self.severity = severity;
        self
    }

    /// How it is filed (default [`Channel::PartnerCenter`]).
    pub const fn channel(mut self, channel: Channel) -> Self {
        self.channel = channel;
        self
    }

    /// The support language (default English).
    pub fn language(mut self, language: LanguageTag) -> Self {
        self.language = Some(language);
        self
    }

    /// When it is filed.
    pub const fn filed_at(mut self, filed_at: DateTime<Utc>) -> Self {
        self.filed_at = filed_at;
        self
    }

    /// The request. Every combination of facts is a valid request, so this
    /// cannot fail.
    #[must_use]
    pub fn build(self) -> Request {
        Request {
            edition: self.edition,
            partner: self.partner,
            cloud: self.cloud,
            workload: self.workload,
            tenant: self.tenant,
            problem: self.problem,
            severity: self.severity,
            channel: self.channel,
            language: self.language.unwrap_or_default(),
            filed_at: self.filed_at,
        }
    }
}
