//! The readiness report: for which of a partner's customers can its filing
//! user file what, right now, until when, and if not, what would fix it?
//!
//! The input is a [`PartnerProfile`] (the partner's type, the user's Partner
//! Center roles, object ID and security groups, the customers' Azure
//! subscriptions) and the partner's exports as Microsoft returns them, read
//! by [`Exports::read`](crate::exports::Exports::read) (Graph GDAP
//! relationships and access assignments, Azure RBAC role assignments, the
//! user's group memberships). [`readiness`] evaluates every customer ×
//! workload (Azure per subscription, Office 365, Dynamics CRM Online,
//! Enterprise Mobility Suite) with [`decide`](crate::decide), for a
//! technical problem filed through Partner Center at the given instant, and
//! [`render`] prints the result as a markdown table, CSV or JSON.
//!
//! ## Never silently incomplete
//!
//! Whatever the exports could not give (a missing page, assignments of no
//! known relationship, duplicates, an unreadable relationship, an
//! unrecognised file) is in [`ReadinessReport::warnings`], each naming its
//! file and JSON path; [`ReadinessReport::is_partial`] says so, and the
//! command-line tool exits with status 3. Facts that are read but do not
//! count are listed too: role IDs outside the Entra catalogue
//! ([`RelationshipReadiness::unrecognised_roles`]) and Azure role
//! assignments below subscription scope or for a subscription the profile
//! does not name ([`ReadinessReport::rbac_not_counted`]).
//!
//! ## How a customer is judged
//!
//! The model's [`CustomerTenant`] holds one GDAP relationship; a customer in
//! Graph may have several. Each relationship is evaluated on its own. The
//! outcome is allowed when any relationship allows it; it then holds until
//! the *earliest* end among the relationships that allow it
//! ([`WorkloadReadiness::valid_until`], resting on
//! [`WorkloadReadiness::relationship_id`]). Otherwise the best denial is
//! kept: one resting on a relationship that grants access now beats one
//! that does not, then the latest end. Only access assignments with status
//! `active` to a group the user is in (profile `groups`, or a
//! `transitiveMemberOf` export) carry their roles to the user.
//!
//! Azure RBAC counts for a subscription only at its scope
//! (`/subscriptions/{id}`) or above it (a management group, `/`, as listed
//! in that subscription's export); at a resource group or a resource, or
//! for a subscription the profile does not name, it is listed in
//! [`ReadinessReport::rbac_not_counted`] and does not count. A customer
//! without Azure subscriptions in the profile gets one Azure row without a
//! subscription, denied as RULES.md says (`AZURE-PROVIDER-ONLY`,
//! `AZURE-GDAP-RBAC`). In the `dap` edition the exports carry no DAP facts,
//! so every row is denied by `FILER-DAP-DELEGATED-ADMIN`.
//!
//! ## Status and advice
//!
//! Each row has the [`RelationshipState`] of the customer's relationships
//! (active, expiring, pending, ended, terminated, unreadable, none: each
//! distinct) and [`Advice`] naming the fix: the customer's approval (and
//! when the invitation expires), a relationship that lacks the role, the
//! group the user is not in, an assignment not active, a relationship that
//! includes Global administrator and so cannot auto-extend.
//!
//! ## Expiry notices
//!
//! Relationships that grant access now and end within 90 days are listed
//! per customer, each in its tightest bucket of 90, 30, 7 and 1 days
//! ([`ExpiryNotice`]); rows name the bucket of the relationship they rest
//! on. Relationships whose end has passed while Graph still says `active`
//! are listed apart: they grant nothing.
//!
//! ## Cost
//!
//! One pass over the exports with hash maps by tenant, relationship and
//! subscription (no joins by scanning), a handful of allocations per
//! customer; the rows borrow every string from the exports.
//!
//! ```
//! use csp_support::exports::{Exports, SourceFile};
//! use csp_support::readiness::{self, Format, PartnerProfile};
//! use csp_support::{Edition, Outcome, Workload};
//!
//! let profile = PartnerProfile::from_json(r#"{
//!   "type": "direct_bill_partner", "roles": ["admin_agent"], "groups": ["g-support"]
//! }"#)?;
//! let relationships = br#"{"value": [{
//!   "id": "rel-1", "status": "active", "duration": "P730D", "autoExtendDuration": "PT0S",
//!   "customer": {"tenantId": "t-1", "displayName": "Contoso"},
//!   "accessDetails": {"unifiedRoles": [{"roleDefinitionId": "f023fd81-a637-4b56-95fd-791ac0226033"}]},
//!   "activatedDateTime": "2025-01-01T00:00:00Z", "endDateTime": "2027-01-01T00:00:00Z"
//! }]}"#;
//! let assignments = br#"{
//!   "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#tenantRelationships/delegatedAdminRelationships('rel-1')/accessAssignments",
//!   "value": [{
//!     "id": "a-1", "status": "active",
//!     "accessContainer": {"accessContainerId": "g-support", "accessContainerType": "securityGroup"},
//!     "accessDetails": {"unifiedRoles": [{"roleDefinitionId": "f023fd81-a637-4b56-95fd-791ac0226033"}]}
//!   }]
//! }"#;
//! let exports = Exports::read(&[
//!     SourceFile { name: "relationships.json", bytes: relationships },
//!     SourceFile { name: "assignments.json", bytes: assignments },
//! ]);
//! let report = readiness::readiness(&profile, &exports, Edition::Gdap2025, "2026-11-16T10:00:00Z".parse()?);
//! assert!(!report.is_partial());
//! let contoso = &report.customers[0];
//! let o365 = contoso.rows.iter().find(|r| r.workload == Workload::Office365).unwrap();
//! assert_eq!(o365.outcome, Outcome::Allowed);
//! assert_eq!(o365.valid_until.map(|v| v.at.to_rfc3339()), Some("2027-01-01T00:00:00+00:00".into()));
//! assert_eq!(o365.status, readiness::RelationshipState::Active);
//! assert_eq!(contoso.expiring[0].notice, readiness::ExpiryNotice::NinetyDays);
//! println!("{}", readiness::render(&report, Format::Markdown));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;

use chrono::{DateTime, SecondsFormat, TimeDelta, Utc};

use crate::azure_catalogue::azure_role_name;
use crate::entra::entra_role_name;
use crate::exports::{
    Exports, FileSummary, Sourced, Warning, WarningKind, lowercase, subscription_of_path,
};
use crate::facts::model::domain_enum;
use crate::graph::{
    AccessAssignmentStatus, AccessContainerType, DelegatedAdminAccessAssignment,
    DelegatedAdminRelationship, RelationshipStatus, azure_role, payload_error,
};
use crate::util::parallel;
use crate::{
    AutoExtend, AzureAccess, AzureRoles, Channel, Cloud, CustomerTenant, Decision, Edition,
    EntraRole, EntraRoles, Error, GdapRelationship, LanguageTag, MissingFacts, Outcome, Partner,
    PartnerCenterRoles, PartnerType, ProblemKind, Remedies, Remedy, Request, RuleId, RuleSet,
    Severity, Tenant, ValidUntil, Workload,
};

/// The workloads a report covers, in report order.
pub const WORKLOADS: [Workload; 4] = [
    Workload::Azure,
    Workload::Office365,
    Workload::DynamicsCrmOnline,
    Workload::EnterpriseMobilitySuite,
];

/// How long a GDAP invitation waits for the customer's approval.
const INVITATION_DAYS: i64 = 90;

/// Who files: the partner, its filing user, and the customers' Azure
/// subscriptions. Our own form (`csp-support schema profile`): unknown
/// fields are rejected.
///
/// ```json
/// {
///   "type": "direct_bill_partner",
///   "roles": ["admin_agent"],
///   "user_id": "2b7c4d5e-0000-4000-8000-000000000001",
///   "groups": ["5b0a5e1e-1111-4c4c-9d9d-000000000010"],
///   "subscriptions": [
///     {"customer_tenant_id": "c0a1b2c3-0000-4000-8000-000000000001",
///      "subscription_id": "9a8b7c6d-0000-4000-8000-00000000c0c0", "is_provider": true}
///   ]
/// }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct PartnerProfile {
    /// The partner's type.
    #[serde(rename = "type")]
    pub partner_type: PartnerType,
    /// The filing user's Partner Center roles.
    #[serde(default)]
    pub roles: PartnerCenterRoles,
    /// The object IDs of the partner-tenant security groups the user is a
    /// member of (the access containers of GDAP access assignments, and the
    /// principals of Azure RBAC assignments made to groups). Groups from a
    /// `transitiveMemberOf` export are added to these.
    #[serde(default)]
    pub groups: Vec<String>,
    /// The user's own object ID, for Azure RBAC assigned to the user directly.
    #[serde(default)]
    pub user_id: Option<String>,
    /// The Partner Center cloud (default global).
    #[serde(default = "global")]
    pub cloud: Cloud,
    /// The customers' Azure subscriptions, where known.
    #[serde(default)]
    pub subscriptions: Vec<AzureSubscription>,
}

const fn global() -> Cloud {
    Cloud::Global
}

impl PartnerProfile {
    /// Reads a profile from JSON (a UTF-8 byte-order mark is skipped).
    ///
    /// # Errors
    ///
    /// [`Error::GraphPayload`] naming the JSON path of the first bad value.
    pub fn from_json(json: &str) -> Result<Self, Error> {
        let json = json.strip_prefix('\u{feff}').unwrap_or(json);
        let mut de = serde_json::Deserializer::from_str(json);
        let value = serde_path_to_error::deserialize(&mut de).map_err(payload_error)?;
        de.end().map_err(|e| Error::GraphPayload {
            path: ".".to_owned(),
            message: crate::json::serde_message(&e.to_string()),
        })?;
        Ok(value)
    }
}

/// One Azure subscription of a customer and who sold it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct AzureSubscription {
    /// The customer's tenant ID (as in the relationship's `customer.tenantId`).
    pub customer_tenant_id: String,
    /// The subscription ID.
    pub subscription_id: String,
    /// Whether the partner is the subscription's provider (its direct-bill
    /// partner or indirect provider).
    #[serde(default)]
    pub is_provider: bool,
}

domain_enum! {
    /// The expiry notice a relationship is due: partners track 90 days,
    /// and Microsoft e-mails notices 30, 7 and 1 days before the end. A
    /// relationship is in its tightest bucket.
    pub enum ExpiryNotice {
        /// Ends within 1 day.
        OneDay = "one_day",
        /// Ends within 7 days (and not within 1).
        SevenDays = "seven_days",
        /// Ends within 30 days (and not within 7).
        ThirtyDays = "thirty_days",
        /// Ends within 90 days (and not within 30).
        NinetyDays = "ninety_days",
    }
}

impl ExpiryNotice {
    /// The bucket's size in days.
    #[must_use]
    pub const fn days(self) -> i64 {
        match self {
            ExpiryNotice::OneDay => 1,
            ExpiryNotice::SevenDays => 7,
            ExpiryNotice::ThirtyDays => 30,
            ExpiryNotice::NinetyDays => 90,
        }
    }

    /// The tightest bucket for a relationship ending `remaining` from now;
    /// `None` when it has ended already or ends later than 90 days.
    #[must_use]
    pub fn for_remaining(remaining: TimeDelta) -> Option<ExpiryNotice> {
        if remaining <= TimeDelta::zero() {
            return None;
        }
        [
            ExpiryNotice::OneDay,
            ExpiryNotice::SevenDays,
            ExpiryNotice::ThirtyDays,
            ExpiryNotice::NinetyDays,
        ]
        .into_iter()
        .find(|n| TimeDelta::try_days(n.days()).is_some_and(|d| remaining <= d))
    }
}

domain_enum! {
    /// Where a customer's GDAP relationships stand, as a row reports it.
    pub enum RelationshipState {
        /// A relationship grants access now (Graph `active`).
        Active = "active",
        /// A relationship grants access now and Graph says `expiring`.
        Expiring = "expiring",
        /// None grants now; one awaits the customer's approval or
        /// activation (`created`, `approvalPending`, `approved`,
        /// `activating`, or active but not yet started).
        Pending = "pending",
        /// None grants now; one has passed its end while Graph still says
        /// `active` or `expiring`.
        Ended = "ended",
        /// None grants now; one is `expired`, `terminationRequested`,
        /// `terminating` or `terminated`.
        Terminated = "terminated",
        /// The customer's relationships in the exports could not be read
        /// (see the warnings).
        Unreadable = "unreadable",
        /// The exports hold no relationship with this customer.
        NoRelationship = "no_relationship",
    }
}

/// A role by its ID, with its name where the catalogue knows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
pub struct RoleName<'a> {
    /// The ID as given.
    pub id: &'a str,
    /// The built-in role's name; `None`: unrecognised.
    pub name: Option<&'static str>,
}

impl core::fmt::Display for RoleName<'_> {
    /// The name, or "unrecognised role {id}" (the ID escaped).
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self.name {
            Some(n) => f.write_str(n),
            None => write!(f, "unrecognised role {}", crate::escape::text(self.id)),
        }
    }
}

/// What would change a row's outcome, as the exports show it: advice,
/// never a rule.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "advice", rename_all = "snake_case")]
pub enum Advice<'a> {
    /// The relationship awaits the customer's approval (Graph
    /// `approvalPending`, or not yet sent or activated); an invitation not
    /// approved within 90 days of its creation expires.
    CustomerApprovalPending {
        /// The relationship.
        relationship_id: &'a str,
        /// When the invitation expires, where the creation time is known.
        invitation_expires_at: Option<DateTime<Utc>>,
    },
    /// The relationships that grant access now lack a role that allows
    /// this workload (Microsoft 365: Service support administrator or
    /// Global administrator; Azure: any recognised Entra role): a new
    /// relationship with the role is needed.
    RelationshipLacksRole {
        /// The relationships.
        relationship_ids: Vec<&'a str>,
    },
    /// The role is assigned, actively, to groups the user is not in.
    UserNotInGroup {
        /// The relationship.
        relationship_id: &'a str,
        /// The groups holding the role.
        group_ids: Vec<&'a str>,
    },
    /// An access assignment carries the role but is not `active`.
    AssignmentNotActive {
        /// The relationship.
        relationship_id: &'a str,
        /// The group of the assignment.
        group_id: &'a str,
        /// Its status.
        status: AccessAssignmentStatus,
    },
    /// The relationship grants the role but no access assignment gives it
    /// to a security group.
    NoAssignmentOfRole {
        /// The relationship.
        relationship_id: &'a str,
    },
    /// The relationship includes Global administrator, so it cannot be set
    /// to auto-extend, and it ends within 90 days: plan its renewal.
    AutoExtendImpossibleWithGlobalAdministrator {
        /// The relationship.
        relationship_id: &'a str,
        /// When it ends.
        ends_at: DateTime<Utc>,
    },
    /// The relationship has ended or was terminated: request a new one.
    RelationshipEnded {
        /// The relationship.
        relationship_id: &'a str,
    },
    /// The customer's relationship could not be read: fix the export.
    RelationshipUnreadable {
        /// The relationship, where the file gives its ID.
        relationship_id: Option<&'a str>,
    },
    /// No relationship with this customer in the exports: request one.
    NoRelationship,
}

impl Advice<'_> {
    /// The advice in English, every ID passed through `esc` (the output
    /// format's escaping); a relationship is named "relationship {id}".
    #[must_use]
    pub fn text(&self, esc: &dyn Fn(&str) -> String) -> String {
        self.text_with(&|id| format!("relationship {}", esc(id)), esc)
    }

    /// The advice in English, a relationship named by `relationship` (a
    /// page may name it by its number), every other ID passed through
    /// `esc`.
    #[must_use]
    pub fn text_with(
        &self,
        relationship: &dyn Fn(&str) -> String,
        esc: &dyn Fn(&str) -> String,
    ) -> String {
        fn instant(at: DateTime<Utc>) -> String {
            at.to_rfc3339_opts(SecondsFormat::Secs, true)
        }
        match self {
            Advice::CustomerApprovalPending {
                relationship_id,
                invitation_expires_at,
            } => match invitation_expires_at {
                Some(at) => format!(
                    "{} awaits the customer's approval (invitation expires {})",
                    relationship(relationship_id),
                    instant(*at)
                ),
                None => format!(
                    "{} awaits the customer's approval",
                    relationship(relationship_id)
                ),
            },
            Advice::RelationshipLacksRole { relationship_ids } => format!(
                "{} lacks a role for this workload (Service support administrator): request one with it",
                relationship_ids
                    .iter()
                    .map(|id| relationship(id))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            Advice::UserNotInGroup {
                relationship_id,
                group_ids,
            } => format!(
                "add the user to group {} (holds the role in {})",
                group_ids
                    .iter()
                    .map(|id| esc(id))
                    .collect::<Vec<_>>()
                    .join(" or "),
                relationship(relationship_id)
            ),
            Advice::AssignmentNotActive {
                relationship_id,
                group_id,
                status,
            } => format!(
                "the assignment of {} to group {} is {status}, not active",
                relationship(relationship_id),
                esc(group_id)
            ),
            Advice::NoAssignmentOfRole { relationship_id } => format!(
                "assign the role of {} to a group the user is in",
                relationship(relationship_id)
            ),
            Advice::AutoExtendImpossibleWithGlobalAdministrator {
                relationship_id,
                ends_at,
            } => format!(
                "{} includes Global administrator, cannot auto-extend, ends {}: request a new one",
                relationship(relationship_id),
                instant(*ends_at)
            ),
            Advice::RelationshipEnded { relationship_id } => format!(
                "{} has ended: request a new relationship",
                relationship(relationship_id)
            ),
            Advice::RelationshipUnreadable { relationship_id } => format!(
                "{} could not be read (see the warnings)",
                relationship(relationship_id.unwrap_or("without id"))
            ),
            Advice::NoRelationship => "no GDAP relationship in the exports: request one".to_owned(),
        }
    }
}

/// One customer × workload (× subscription, for Azure) of the report.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct WorkloadReadiness<'a> {
    /// The workload.
    pub workload: Workload,
    /// The Azure subscription, for Azure rows of a customer with Azure data.
    pub subscription_id: Option<&'a str>,
    /// The outcome now.
    pub outcome: Outcome,
    /// The rules that decided it.
    pub rules: RuleSet,
    /// What is missing.
    pub missing: MissingFacts,
    /// What would help, as the rules say it.
    pub remedies: Remedies,
    /// Until when an allowed outcome holds: the earliest end among the
    /// relationships that allow it.
    pub valid_until: Option<ValidUntil>,
    /// The relationship the outcome rests on (`None`: judged without one).
    pub relationship_id: Option<&'a str>,
    /// Every relationship that allows the outcome.
    pub granting: Vec<&'a str>,
    /// Where the customer's relationships stand.
    pub status: RelationshipState,
    /// The expiry notice the relationship it rests on is due, if any.
    pub notice: Option<ExpiryNotice>,
    /// What would fix it, from the exports.
    pub advice: Vec<Advice<'a>>,
}

/// A relationship that grants access now and ends within 90 days.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ExpiringRelationship<'a> {
    /// The relationship's ID.
    pub relationship_id: &'a str,
    /// When it ends (or renews, with auto-extend).
    pub ends_at: DateTime<Utc>,
    /// Its tightest notice bucket.
    pub notice: ExpiryNotice,
    /// Whether it renews itself then.
    pub auto_extend: AutoExtend,
}

/// One relationship of a customer, as read.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct RelationshipReadiness<'a> {
    /// Its ID.
    pub id: &'a str,
    /// Its status as Graph gave it (`None`: unreadable).
    pub graph_status: Option<RelationshipStatus>,
    /// Its end, where given.
    pub ends_at: Option<DateTime<Utc>>,
    /// Its Entra roles, named from the built-in catalogue.
    pub roles: Vec<RoleName<'a>>,
    /// Role IDs outside the catalogue: they grant nothing.
    pub unrecognised_roles: Vec<&'a str>,
    /// The file it came from.
    pub file: &'a str,
    /// Its JSON path there.
    pub path: &'a str,
    /// Why it is not used, for an unreadable relationship.
    pub unreadable: Option<&'a str>,
}

/// One customer of the report.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct CustomerReadiness<'a> {
    /// The customer's tenant ID.
    pub tenant_id: &'a str,
    /// The customer's display name, as a relationship gives it.
    pub display_name: Option<&'a str>,
    /// One row per workload (Azure: per subscription).
    pub rows: Vec<WorkloadReadiness<'a>>,
    /// The customer's relationships in the exports.
    pub relationships: Vec<RelationshipReadiness<'a>>,
    /// Relationships ending within 90 days, soonest first.
    pub expiring: Vec<ExpiringRelationship<'a>>,
    /// Relationships whose end has passed while Graph still reports them
    /// `active` or `expiring`: they grant nothing.
    pub ended_still_active: Vec<&'a str>,
}

domain_enum! {
    /// Why an Azure role assignment of the user does not count.
    pub enum NotCountedReason {
        /// Assigned at a resource group or a resource: below subscription
        /// scope, where support requests do not live.
        BelowSubscription = "below_subscription",
        /// Assigned at a subscription the profile does not name.
        SubscriptionNotInProfile = "subscription_not_in_profile",
        /// A scope that is neither `/`, a management group, a
        /// subscription nor below one.
        UnknownScope = "unknown_scope",
    }
}

/// An Azure role assignment of the user that does not count.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct RbacNotCounted<'a> {
    /// The role.
    pub role: RoleName<'a>,
    /// The scope as given.
    pub scope: &'a str,
    /// The subscription the scope lies in, if any.
    pub subscription_id: Option<&'a str>,
    /// Why it does not count.
    pub reason: NotCountedReason,
    /// The file.
    pub file: &'a str,
    /// The JSON path.
    pub path: &'a str,
}

/// The readiness report over a partner's exports.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ReadinessReport<'a> {
    /// The edition decided under.
    pub edition: Edition,
    /// The instant judged.
    pub at: DateTime<Utc>,
    /// Whether the report is partial (see `warnings`).
    pub partial: bool,
    /// What the exports could not give: each names its file and JSON path.
    pub warnings: Vec<Warning>,
    /// The files read.
    pub files: &'a [FileSummary],
    /// The customers, by display name then tenant ID.
    pub customers: Vec<CustomerReadiness<'a>>,
    /// Relationships without a customer yet (Graph's `customer: null`).
    pub without_customer: Vec<&'a str>,
    /// Azure role assignments of the user that do not count.
    pub rbac_not_counted: Vec<RbacNotCounted<'a>>,
}

impl ReadinessReport<'_> {
    /// Whether the report is partial: some input was not used (see
    /// [`ReadinessReport::warnings`]).
    #[must_use]
    pub fn is_partial(&self) -> bool {
        self.partial
    }
}

/// A relationship of one customer, converted once.
struct Candidate<'a> {
    source: &'a Sourced<DelegatedAdminRelationship>,
    rel: GdapRelationship,
}

impl Candidate<'_> {
    fn id(&self) -> &str {
        &self.source.item.id
    }
}

/// The Azure facts of one subscription.
#[derive(Default)]
struct SubscriptionFacts {
    rbac: AzureRoles,
}

/// Where a scope lies.
enum Scope<'s> {
    AboveSubscription,
    Subscription(&'s str),
    BelowSubscription(&'s str),
    Unknown,
}

fn classify_scope(scope: &str) -> Scope<'_> {
    let trimmed = scope.trim().trim_end_matches('/');
    if trimmed.is_empty() {
        return if scope.trim() == "/" {
            Scope::AboveSubscription
        } else {
            Scope::Unknown
        };
    }
    let parts: Vec<&str> = trimmed.split('/').filter(|p| !p.is_empty()).collect();
    match parts.as_slice() {
        [p, m, mg, _]
            if p.eq_ignore_ascii_case("providers")
                && m.eq_ignore_ascii_case("Microsoft.Management")
                && mg.eq_ignore_ascii_case("managementGroups") =>
        {
            Scope::AboveSubscription
        }
        [s, id] if s.eq_ignore_ascii_case("subscriptions") => Scope::Subscription(id),
        [s, id, _, ..] if s.eq_ignore_ascii_case("subscriptions") => Scope::BelowSubscription(id),
        _ => Scope::Unknown,
    }
}

/// The Entra roles that carry a workload for the filing user.
fn sufficient_roles(workload: Workload) -> EntraRoles {
    if workload == Workload::Azure {
        EntraRole::ALL
            .iter()
            .copied()
            .filter(|r| *r != EntraRole::Other)
            .collect()
    } else {
        EntraRoles::from([
            EntraRole::ServiceSupportAdministrator,
            EntraRole::GlobalAdministrator,
        ])
    }
}

/// The roles of active assignments to the user's groups, within the
/// relationship's roles; unknown roles never reach the user.
fn reaching_roles(
    rel: &DelegatedAdminRelationship,
    assignments: &[Sourced<DelegatedAdminAccessAssignment>],
    groups: &HashSet<String>,
) -> EntraRoles {
    let mut roles = assignments
        .iter()
        .map(|a| &a.item)
        .filter(|a| {
            a.status == AccessAssignmentStatus::Active
                && a.access_container.access_container_type == AccessContainerType::SecurityGroup
                && groups.contains(lowercase(&a.access_container.access_container_id).as_ref())
        })
        .fold(EntraRoles::EMPTY, |acc, a| {
            acc.union(a.access_details.roles())
        })
        .intersection(rel.access_details.roles());
    roles.remove(EntraRole::Other);
    roles
}

fn is_pending(s: RelationshipStatus) -> bool {
    matches!(
        s,
        RelationshipStatus::Created
            | RelationshipStatus::ApprovalPending
            | RelationshipStatus::Approved
            | RelationshipStatus::Activating
    )
}

fn is_terminated(s: RelationshipStatus) -> bool {
    matches!(
        s,
        RelationshipStatus::Expired
            | RelationshipStatus::TerminationRequested
            | RelationshipStatus::Terminating
            | RelationshipStatus::Terminated
    )
}

/// Builds the readiness report; never fails: what the exports could not
/// give is in the report's warnings.
///
/// Where there are over 2,000 customers, relationships and subscriptions
/// together, the customers are judged in runs on up to one thread per core
/// (scoped threads, ended before this returns); the report is the same
/// however they are cut.
#[must_use]
pub fn readiness<'a>(
    profile: &'a PartnerProfile,
    exports: &'a Exports,
    edition: Edition,
    at: DateTime<Utc>,
) -> ReadinessReport<'a> {
    readiness_in_runs(profile, exports, edition, at, None)
}

/// Work items (customers, relationships, subscriptions) of at least this
/// many are judged on more than one thread (where the machine has more
/// than one core).
const PARALLEL_CUSTOMERS: usize = 2_000;

/// [`readiness`] with the customers cut into `runs` runs (`None`: one per
/// core, where there are enough).
fn readiness_in_runs<'a>(
    profile: &'a PartnerProfile,
    exports: &'a Exports,
    edition: Edition,
    at: DateTime<Utc>,
    runs: Option<usize>,
) -> ReadinessReport<'a> {
    let mut warnings = exports.warnings.clone();
    let groups: HashSet<String> = profile
        .groups
        .iter()
        .chain(&exports.groups)
        .map(|g| g.to_ascii_lowercase())
        .collect();
    let mut principals = groups.clone();
    if let Some(u) = &profile.user_id {
        principals.insert(u.to_ascii_lowercase());
    }

    // Azure: the profile's subscriptions, then the user's role assignments.
    let mut subs: HashMap<String, SubscriptionFacts> = profile
        .subscriptions
        .iter()
        .map(|s| {
            (
                s.subscription_id.to_ascii_lowercase(),
                SubscriptionFacts::default(),
            )
        })
        .collect();
    let mut rbac_not_counted = Vec::new();
    for fact in &exports.azure {
        let p = &fact.assignment.properties;
        if !principals.contains(lowercase(&p.principal_id).as_ref()) {
            continue;
        }
        let scope = p.scope.as_deref().unwrap_or_default();
        let role_name = RoleName {
            id: &p.role_definition_id,
            name: azure_role_name(&p.role_definition_id),
        };
        let mut not_counted = |reason, subscription_id| {
            rbac_not_counted.push(RbacNotCounted {
                role: role_name,
                scope,
                subscription_id,
                reason,
                file: &fact.origin.file,
                path: &fact.origin.path,
            });
        };
        let target: Cow<'_, str> = match classify_scope(scope) {
            Scope::Subscription(s) => lowercase(s),
            Scope::AboveSubscription => match &fact.file_subscription {
                Some(s) => Cow::Borrowed(s.as_str()),
                None => {
                    warnings.push(Warning {
                        kind: WarningKind::UnattributedRoleAssignment,
                        file: fact.origin.file.clone(),
                        path: format!("{}.properties.scope", fact.origin.path),
                        message: format!(
                            "a role assignment of the user at {scope}, above subscription scope, in a file that names no one subscription (name it {{subscriptionId}}.roleAssignments.json); not counted"
                        ),
                    });
                    continue;
                }
            },
            Scope::BelowSubscription(s) => {
                not_counted(NotCountedReason::BelowSubscription, Some(s));
                continue;
            }
            Scope::Unknown => {
                not_counted(NotCountedReason::UnknownScope, None);
                continue;
            }
        };
        match subs.get_mut(target.as_ref()) {
            Some(f) => {
                f.rbac.insert(azure_role(&p.role_definition_id));
            }
            None => not_counted(
                NotCountedReason::SubscriptionNotInProfile,
                subscription_of_path(scope).or(fact.file_subscription.as_deref()),
            ),
        }
    }

    // Customers: by tenant, from relationships, unreadable ones and the
    // profile's subscriptions.
    let mut tenants: HashMap<Cow<'a, str>, TenantFacts<'a>> =
        HashMap::with_capacity(exports.relationships.len());
    let mut without_customer = Vec::new();
    for r in &exports.relationships {
        match r.item.customer.as_ref() {
            Some(c) => {
                let t = tenants
                    .entry(lowercase(&c.tenant_id))
                    .or_insert_with(|| TenantFacts::new(&c.tenant_id));
                if t.display_name.is_none() {
                    t.display_name = c.display_name.as_deref();
                }
                t.rels.push(r);
            }
            None => without_customer.push(r.item.id.as_str()),
        }
    }
    for u in &exports.unreadable {
        if let Some(tenant) = &u.customer_tenant_id {
            let t = tenants
                .entry(lowercase(tenant))
                .or_insert_with(|| TenantFacts::new(tenant));
            if t.display_name.is_none() {
                t.display_name = u.customer_name.as_deref();
            }
            t.unreadable.push(u);
        }
    }
    for s in &profile.subscriptions {
        tenants
            .entry(lowercase(&s.customer_tenant_id))
            .or_insert_with(|| TenantFacts::new(&s.customer_tenant_id))
            .subs
            .push(s);
    }

    // By display name then tenant ID: distinct tenants have distinct IDs, so
    // the order is total.
    let mut tenants: Vec<TenantFacts<'a>> = tenants.into_values().collect();
    tenants.sort_unstable_by(|a, b| {
        (a.display_name.unwrap_or(a.tenant_id), a.tenant_id)
            .cmp(&(b.display_name.unwrap_or(b.tenant_id), b.tenant_id))
    });
    // Each customer on its own: in runs over the cores where there are
    // many (the same report however they are cut).
    let weight = |t: &TenantFacts<'_>| {
        t.rels
            .len()
            .saturating_add(t.unreadable.len())
            .saturating_add(t.subs.len())
            .saturating_add(1)
    };
    let total = tenants.iter().map(weight).fold(0, usize::saturating_add);
    let runs = runs.unwrap_or_else(|| parallel::runs_for(total, PARALLEL_CUSTOMERS / 2));
    let shared = Shared {
        profile,
        exports,
        edition,
        groups: &groups,
        subs: &subs,
        at,
    };
    let mut customers = Vec::with_capacity(tenants.len());
    for mut run in parallel::map_runs(&tenants, runs, weight, |_, run| shared.customers(run)) {
        customers.append(&mut run);
    }
    without_customer.sort_unstable();
    ReadinessReport {
        edition,
        at,
        partial: !warnings.is_empty(),
        warnings,
        files: &exports.files,
        customers,
        without_customer,
        rbac_not_counted,
    }
}

/// What every customer's rows read.
struct Shared<'s, 'a> {
    profile: &'a PartnerProfile,
    exports: &'a Exports,
    edition: Edition,
    groups: &'s HashSet<String>,
    subs: &'s HashMap<String, SubscriptionFacts>,
    at: DateTime<Utc>,
}

impl<'a> Shared<'_, 'a> {
    /// The readiness of each customer of `run`, in order.
    fn customers(&self, run: &[TenantFacts<'a>]) -> Vec<CustomerReadiness<'a>> {
        let (exports, groups, subs, at) = (self.exports, self.groups, self.subs, self.at);
        let mut request = Request {
            edition: self.edition,
            partner: Partner {
                partner_type: self.profile.partner_type,
                roles: self.profile.roles,
            },
            cloud: self.profile.cloud,
            workload: Workload::Office365,
            tenant: Tenant::Customer(CustomerTenant::default()),
            problem: ProblemKind::Technical,
            severity: Severity::B,
            channel: Channel::PartnerCenter,
            language: LanguageTag::default(),
            filed_at: self.at,
        };

        let mut customers = Vec::with_capacity(run.len());
        let mut candidates: Vec<Candidate<'a>> = Vec::new();
        for t in run {
            candidates.clear();
            let mut customer = CustomerReadiness {
                tenant_id: t.tenant_id,
                display_name: t.display_name,
                rows: Vec::with_capacity(WORKLOADS.len().saturating_add(t.subs.len())),
                relationships: Vec::with_capacity(t.rels.len().saturating_add(t.unreadable.len())),
                expiring: Vec::new(),
                ended_still_active: Vec::new(),
            };
            for &r in &t.rels {
                let item = &r.item;
                let assignments = exports.assignments_of(&item.id);
                let reaching = reaching_roles(item, assignments, groups);
                let mut roles = Vec::with_capacity(item.access_details.unified_roles.len());
                let mut unrecognised = Vec::new();
                for u in &item.access_details.unified_roles {
                    let name = entra_role_name(&u.role_definition_id);
                    if name.is_none() {
                        unrecognised.push(u.role_definition_id.as_str());
                    }
                    roles.push(RoleName {
                        id: &u.role_definition_id,
                        name,
                    });
                }
                customer.relationships.push(RelationshipReadiness {
                    id: &item.id,
                    graph_status: Some(item.status),
                    ends_at: item.end_date_time,
                    roles,
                    unrecognised_roles: unrecognised,
                    file: &r.origin.file,
                    path: &r.origin.path,
                    unreadable: None,
                });
                // Validated on reading; the user's roles are within its roles.
                if let Ok(Some(rel)) = item.to_model(reaching) {
                    if rel.grants_at(at) {
                        let remaining = rel.ends_at.signed_duration_since(at);
                        if let Some(notice) = ExpiryNotice::for_remaining(remaining) {
                            customer.expiring.push(ExpiringRelationship {
                                relationship_id: &item.id,
                                ends_at: rel.ends_at,
                                notice,
                                auto_extend: rel.auto_extend,
                            });
                        }
                    } else if rel.ends_at <= at {
                        customer.ended_still_active.push(&item.id);
                    }
                    candidates.push(Candidate { source: r, rel });
                }
            }
            for u in &t.unreadable {
                customer.relationships.push(RelationshipReadiness {
                    id: u.id.as_deref().unwrap_or_default(),
                    graph_status: None,
                    ends_at: None,
                    roles: Vec::new(),
                    unrecognised_roles: Vec::new(),
                    file: &u.origin.file,
                    path: &u.origin.path,
                    unreadable: Some(&u.reason),
                });
            }
            customer.expiring.sort_by_key(|e| e.ends_at);
            let ctx = CustomerContext {
                tenant: t,
                candidates: &candidates,
                exports,
                groups,
                at,
            };
            for workload in WORKLOADS {
                request.workload = workload;
                if workload == Workload::Azure && !t.subs.is_empty() {
                    for sub in &t.subs {
                        let rbac = subs
                            .get(lowercase(&sub.subscription_id).as_ref())
                            .map(|f| f.rbac)
                            .unwrap_or_default();
                        let access = AzureAccess {
                            is_provider: sub.is_provider,
                            granted_by_indirect_provider: false,
                            rbac,
                        };
                        let row = judge(&mut request, &ctx, Some(access), &customer);
                        customer.rows.push(WorkloadReadiness {
                            subscription_id: Some(&sub.subscription_id),
                            ..row
                        });
                    }
                } else {
                    let row = judge(&mut request, &ctx, None, &customer);
                    customer.rows.push(row);
                }
            }
            customers.push(customer);
        }
        customers
    }
}

/// One customer's facts from the exports and the profile.
struct TenantFacts<'a> {
    tenant_id: &'a str,
    display_name: Option<&'a str>,
    rels: Vec<&'a Sourced<DelegatedAdminRelationship>>,
    unreadable: Vec<&'a crate::exports::UnreadableRelationship>,
    subs: Vec<&'a AzureSubscription>,
}

impl<'a> TenantFacts<'a> {
    fn new(tenant_id: &'a str) -> Self {
        TenantFacts {
            tenant_id,
            display_name: None,
            rels: Vec::new(),
            unreadable: Vec::new(),
            subs: Vec::new(),
        }
    }
}

struct CustomerContext<'c, 'a> {
    tenant: &'c TenantFacts<'a>,
    candidates: &'c [Candidate<'a>],
    exports: &'a Exports,
    groups: &'c HashSet<String>,
    at: DateTime<Utc>,
}

/// Evaluates every candidate relationship (or none) for one row.
fn judge<'a>(
    request: &mut Request,
    ctx: &CustomerContext<'_, 'a>,
    azure: Option<AzureAccess>,
    customer: &CustomerReadiness<'a>,
) -> WorkloadReadiness<'a> {
    let at = ctx.at;
    let mut decide = |c: Option<&Candidate<'a>>| {
        request.tenant = Tenant::Customer(CustomerTenant {
            gdap: c.map(|c| c.rel),
            delegated_admin: false,
            azure,
        });
        Ok::<Decision, Error>(crate::decide(request))
    };
    let rank = |c: Option<&Candidate<'a>>| {
        (
            c.is_some_and(|c| c.rel.grants_at(at)),
            c.map(|c| c.rel.ends_at),
        )
    };
    // Allowed: the earliest end among the relationships that allow it.
    // Otherwise the best denial (grants now, then the latest end).
    let mut best: Option<(Decision, Option<&Candidate<'a>>)> = None;
    let mut allowed: Option<(Decision, &Candidate<'a>)> = None;
    let mut granting: Vec<&'a str> = Vec::new();
    // Every candidate, or none.
    let judged = ctx
        .candidates
        .is_empty()
        .then_some(None)
        .into_iter()
        .chain(ctx.candidates.iter().map(Some));
    for c in judged {
        let Ok(d) = decide(c) else { continue };
        if let (true, Some(c)) = (d.outcome.is_allowed(), c) {
            granting.push(c.source.item.id.as_str());
            let earlier = allowed
                .as_ref()
                .is_none_or(|(ad, _)| d.valid_until.map(|v| v.at) < ad.valid_until.map(|v| v.at));
            if earlier {
                allowed = Some((d, c));
            }
            continue;
        }
        if best.as_ref().is_none_or(|(_, bc)| rank(c) > rank(*bc)) {
            best = Some((d, c));
        }
    }
    let (decision, rests_on) = match (allowed, best) {
        (Some((d, c)), _) => (Some(d), Some(c)),
        (None, Some((d, c))) => (Some(d), c),
        (None, None) => (None, None),
    };
    let relationship_id = rests_on.map(|c| c.source.item.id.as_str());
    let notice = relationship_id.and_then(|id| {
        customer
            .expiring
            .iter()
            .find(|e| e.relationship_id == id)
            .map(|e| e.notice)
    });
    let status = state(ctx, rests_on);
    let Some(mut d) = decision else {
        // The request is built from valid facts: decide cannot fail. Say
        // so rather than invent an outcome.
        return WorkloadReadiness {
            workload: request.workload,
            subscription_id: None,
            outcome: Outcome::NotCovered,
            rules: RuleSet::EMPTY,
            missing: MissingFacts::EMPTY,
            remedies: Remedies::EMPTY,
            valid_until: None,
            relationship_id,
            granting,
            status,
            notice,
            advice: Vec::new(),
        };
    };
    let advice = advise(ctx, request.workload, &d, rests_on);
    for a in &advice {
        match a {
            Advice::CustomerApprovalPending { .. } => {
                d.remedies.remove(Remedy::EstablishActiveGdapRelationship);
            }
            Advice::RelationshipLacksRole { .. } => {
                d.remedies.remove(Remedy::AssignUserToRelationship);
            }
            _ => {}
        }
    }
    WorkloadReadiness {
        workload: request.workload,
        subscription_id: None,
        outcome: d.outcome,
        rules: d.rules,
        missing: d.missing,
        remedies: d.remedies,
        valid_until: d.valid_until,
        relationship_id,
        granting,
        status,
        notice,
        advice,
    }
}

/// Where the customer's relationships stand, for a row resting on `c`.
fn state(ctx: &CustomerContext<'_, '_>, c: Option<&Candidate<'_>>) -> RelationshipState {
    let at = ctx.at;
    let from_status = |s: RelationshipStatus| {
        if s == RelationshipStatus::Expiring {
            RelationshipState::Expiring
        } else {
            RelationshipState::Active
        }
    };
    if let Some(c) = c.filter(|c| c.rel.grants_at(at)) {
        return from_status(c.source.item.status);
    }
    if let Some(c) = ctx.candidates.iter().find(|c| c.rel.grants_at(at)) {
        return from_status(c.source.item.status);
    }
    let rels = &ctx.tenant.rels;
    if rels.iter().any(|r| is_pending(r.item.status))
        || ctx.candidates.iter().any(|c| at < c.rel.starts_at)
    {
        return RelationshipState::Pending;
    }
    if ctx.candidates.iter().any(|c| c.rel.ends_at <= at) {
        return RelationshipState::Ended;
    }
    if rels.iter().any(|r| is_terminated(r.item.status)) {
        return RelationshipState::Terminated;
    }
    if !ctx.tenant.unreadable.is_empty() {
        return RelationshipState::Unreadable;
    }
    RelationshipState::NoRelationship
}

/// The advice for a row, from the exports.
fn advise<'a>(
    ctx: &CustomerContext<'_, 'a>,
    workload: Workload,
    d: &Decision,
    rests_on: Option<&Candidate<'a>>,
) -> Vec<Advice<'a>> {
    let at = ctx.at;
    let mut out = Vec::new();
    if d.outcome.is_allowed() {
        if let Some(c) = rests_on {
            let ends_soon = TimeDelta::try_days(ExpiryNotice::NinetyDays.days())
                .is_some_and(|d| c.rel.ends_at.signed_duration_since(at) <= d);
            if ends_soon && c.rel.roles.contains(EntraRole::GlobalAdministrator) {
                out.push(Advice::AutoExtendImpossibleWithGlobalAdministrator {
                    relationship_id: &c.source.item.id,
                    ends_at: c.rel.ends_at,
                });
            }
        }
        return out;
    }
    // Advice about relationships only where a relationship rule decided.
    let about_relationships = (d.rules.contains(RuleId::FilerAdminAgentGdap)
        || d.rules.contains(RuleId::AzureNoAdminPermissions)
        || d.rules.contains(RuleId::AzureGdapRbac))
        && !d.rules.contains(RuleId::FilerPartnerTypes);
    if !about_relationships {
        return out;
    }
    let now: Vec<&Candidate<'a>> = ctx
        .candidates
        .iter()
        .filter(|c| c.rel.grants_at(at))
        .collect();
    if !now.is_empty() {
        let sufficient = sufficient_roles(workload);
        let with_role: Vec<&&Candidate<'a>> = now
            .iter()
            .filter(|c| !c.rel.roles.intersection(sufficient).is_empty())
            .collect();
        if with_role.is_empty() {
            out.push(Advice::RelationshipLacksRole {
                relationship_ids: now.iter().map(|c| c.source.item.id.as_str()).collect(),
            });
            return out;
        }
        for c in with_role {
            if !c.rel.effective_roles().intersection(sufficient).is_empty() {
                continue; // reaches the user: the reason lies elsewhere
            }
            let wanted = c.rel.roles.intersection(sufficient);
            let mut groups: Vec<&'a str> = Vec::new();
            let mut any = false;
            for a in ctx.exports.assignments_of(c.id()) {
                let a = &a.item;
                if a.access_details.roles().intersection(wanted).is_empty() {
                    continue;
                }
                any = true;
                let group = a.access_container.access_container_id.as_str();
                if a.status != AccessAssignmentStatus::Active {
                    out.push(Advice::AssignmentNotActive {
                        relationship_id: &c.source.item.id,
                        group_id: group,
                        status: a.status,
                    });
                } else if !ctx.groups.contains(lowercase(group).as_ref()) {
                    groups.push(group);
                }
            }
            if !groups.is_empty() {
                out.push(Advice::UserNotInGroup {
                    relationship_id: &c.source.item.id,
                    group_ids: groups,
                });
            } else if !any {
                out.push(Advice::NoAssignmentOfRole {
                    relationship_id: &c.source.item.id,
                });
            }
        }
        return out;
    }
    for r in &ctx.tenant.rels {
        if is_pending(r.item.status) {
            let expires = match r.item.status {
                RelationshipStatus::Created | RelationshipStatus::ApprovalPending => r
                    .item
                    .created_date_time
                    .and_then(|c| c.checked_add_signed(TimeDelta::try_days(INVITATION_DAYS)?)),
                _ => None,
            };
            out.push(Advice::CustomerApprovalPending {
                relationship_id: &r.item.id,
                invitation_expires_at: expires,
            });
        }
    }
    if out.is_empty() {
        for c in ctx.candidates {
            if c.rel.ends_at <= at {
                out.push(Advice::RelationshipEnded {
                    relationship_id: &c.source.item.id,
                });
            }
        }
        for r in &ctx.tenant.rels {
            if is_terminated(r.item.status) {
                out.push(Advice::RelationshipEnded {
                    relationship_id: &r.item.id,
                });
            }
        }
    }
    if out.is_empty() {
        for u in &ctx.tenant.unreadable {
            out.push(Advice::RelationshipUnreadable {
                relationship_id: u.id.as_deref(),
            });
        }
    }
    if out.is_empty() && ctx.tenant.rels.is_empty() {
        out.push(Advice::NoRelationship);
    }
    out
}

// ---------------------------------------------------------------------------
// Rendering
// ---------------------------------------------------------------------------

/// How [`render`] prints a report.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub enum Format {
    /// A markdown table, then the expiry lists.
    #[default]
    Markdown,
    /// CSV (RFC 4180), one line per row.
    Csv,
    /// JSON, the report as data.
    Json,
}

impl Format {
    /// Every format, in declaration order.
    pub const ALL: &'static [Format] = &[Format::Markdown, Format::Csv, Format::Json];

    /// The format's name: what `Display` writes and `FromStr` reads.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Format::Markdown => "markdown",
            Format::Csv => "csv",
            Format::Json => "json",
        }
    }
}

impl core::fmt::Display for Format {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.pad(self.as_str())
    }
}

impl core::str::FromStr for Format {
    type Err = Error;

    /// `markdown` (or `md`), `csv`, `json`, in any ASCII case.
    fn from_str(s: &str) -> Result<Self, Error> {
        match s.to_ascii_lowercase().as_str() {
            "markdown" | "md" => Ok(Format::Markdown),
            "csv" => Ok(Format::Csv),
            "json" => Ok(Format::Json),
            _ => Err(Error::ReportFormat {
                given: s.to_owned(),
            }),
        }
    }
}

#[cfg(feature = "html")]
pub use crate::faces::html::readiness::render_html;

/// Prints the report in `format`.
///
/// Markdown and CSV print one line per customer × workload with the outcome,
/// the relationships' status, the rule IDs, until when it holds, the
/// relationship, its expiry notice and the advice; markdown starts with the
/// partial-input warnings (file, JSON path, what was not used) and adds the
/// relationships ending within 90, 30, 7 and 1 days (soonest first), those
/// ended while Graph still says active, those without a customer, the
/// unreadable ones, unrecognised role IDs and the Azure role assignments
/// that do not count. CSV carries the rows only (the command-line tool
/// prints the warnings on standard error). JSON is the [`ReadinessReport`]
/// as data. Every string from the input is escaped for its format.
#[must_use]
pub fn render(report: &ReadinessReport<'_>, format: Format) -> String {
    match format {
        Format::Markdown => markdown(report),
        Format::Csv => csv(report),
        Format::Json => crate::util::escape::to_json_pretty(report),
    }
}

fn instant(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Secs, true)
}

fn valid_until_text(v: Option<ValidUntil>) -> String {
    match v {
        None => String::new(),
        Some(ValidUntil {
            at,
            renews_by_days: Some(d),
        }) => format!("{} (renews +{d} d)", instant(at)),
        Some(ValidUntil { at, .. }) => instant(at),
    }
}

fn notice_text(n: Option<ExpiryNotice>) -> &'static str {
    match n {
        None => "",
        Some(ExpiryNotice::OneDay) => "1 day",
        Some(ExpiryNotice::SevenDays) => "7 days",
        Some(ExpiryNotice::ThirtyDays) => "30 days",
        Some(ExpiryNotice::NinetyDays) => "90 days",
    }
}

fn rule_list(rules: RuleSet, sep: &str) -> String {
    let mut out = String::new();
    for (i, id) in rules.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(id.as_str());
    }
    out
}

/// A markdown table cell from input (see [`crate::util::escape`]).
fn md(s: &str) -> String {
    crate::util::escape::markdown_cell(s)
}

fn markdown(report: &ReadinessReport<'_>) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# Support readiness ({}, {})\n",
        report.edition,
        instant(report.at)
    );
    if report.partial {
        let _ = writeln!(
            out,
            "**Partial report**: {} input(s) not used; the rows below lack them.\n",
            report.warnings.len()
        );
        for w in &report.warnings {
            let _ = writeln!(
                out,
                "- {} at {}: {} ({})",
                md(&w.file),
                md(&w.path),
                md(&w.message),
                w.kind
            );
        }
        out.push('\n');
    }
    out.push_str(
        "| Customer | Tenant ID | Workload | Subscription | Outcome | Status | Rules | Valid until | Relationship | Notice | Advice |\n",
    );
    out.push_str("|---|---|---|---|---|---|---|---|---|---|---|\n");
    let esc = |s: &str| md(s);
    for c in &report.customers {
        for r in &c.rows {
            let advice: Vec<String> = r.advice.iter().map(|a| a.text(&esc)).collect();
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
                md(c.display_name.unwrap_or_default()),
                md(c.tenant_id),
                r.workload,
                md(r.subscription_id.unwrap_or_default()),
                r.outcome,
                r.status,
                rule_list(r.rules, ", "),
                valid_until_text(r.valid_until),
                md(r.relationship_id.unwrap_or_default()),
                notice_text(r.notice),
                advice.join("; "),
            );
        }
    }
    let mut expiring: Vec<_> = report
        .customers
        .iter()
        .flat_map(|c| c.expiring.iter().map(move |e| (c, e)))
        .collect();
    expiring.sort_by_key(|(_, e)| e.ends_at);
    if !expiring.is_empty() {
        out.push_str("\n## Relationships ending within 90, 30, 7 and 1 days\n\n");
        for (c, e) in expiring {
            let renews = if e.auto_extend == AutoExtend::On {
                " (auto-extends)"
            } else {
                ""
            };
            let _ = writeln!(
                out,
                "- {} ({}) ends {}: {} notice{renews}",
                md(e.relationship_id),
                md(c.display_name.unwrap_or(c.tenant_id)),
                instant(e.ends_at),
                notice_text(Some(e.notice)),
            );
        }
    }
    let ended: Vec<_> = report
        .customers
        .iter()
        .flat_map(|c| c.ended_still_active.iter().map(move |id| (c, *id)))
        .collect();
    if !ended.is_empty() {
        out.push_str("\n## Ended, though Graph still says active (grant nothing)\n\n");
        for (c, id) in ended {
            let _ = writeln!(
                out,
                "- {} ({})",
                md(id),
                md(c.display_name.unwrap_or(c.tenant_id))
            );
        }
    }
    if !report.without_customer.is_empty() {
        out.push_str("\n## Relationships without a customer\n\n");
        for id in &report.without_customer {
            let _ = writeln!(out, "- {}", md(id));
        }
    }
    let rels = || {
        report
            .customers
            .iter()
            .flat_map(|c| c.relationships.iter().map(move |r| (c, r)))
    };
    if rels().any(|(_, r)| r.unreadable.is_some()) {
        out.push_str("\n## Unreadable relationships (skipped)\n\n");
        for (c, r) in rels() {
            if let Some(why) = r.unreadable {
                let _ = writeln!(
                    out,
                    "- {} ({}) in {} at {}: {}",
                    md(r.id),
                    md(c.display_name.unwrap_or(c.tenant_id)),
                    md(r.file),
                    md(r.path),
                    md(why)
                );
            }
        }
    }
    if rels().any(|(_, r)| !r.unrecognised_roles.is_empty()) {
        out.push_str("\n## Unrecognised Entra role IDs (grant nothing)\n\n");
        for (c, r) in rels() {
            for id in &r.unrecognised_roles {
                let _ = writeln!(
                    out,
                    "- {} in relationship {} ({})",
                    md(id),
                    md(r.id),
                    md(c.display_name.unwrap_or(c.tenant_id))
                );
            }
        }
    }
    if !report.rbac_not_counted.is_empty() {
        out.push_str("\n## Azure role assignments that do not count\n\n");
        for n in &report.rbac_not_counted {
            let _ = writeln!(
                out,
                "- {} at {}: {} ({} at {})",
                md(&n.role.to_string()),
                md(n.scope),
                not_counted_text(n.reason),
                md(n.file),
                md(n.path)
            );
        }
    }
    out
}

fn not_counted_text(reason: NotCountedReason) -> &'static str {
    match reason {
        NotCountedReason::BelowSubscription => {
            "below subscription scope (a resource group or a resource)"
        }
        NotCountedReason::SubscriptionNotInProfile => "a subscription the profile does not name",
        NotCountedReason::UnknownScope => "a scope that is not a subscription or above",
    }
}

/// A CSV field from input (see [`crate::util::escape`]).
fn csv_field(out: &mut String, s: &str) {
    out.push_str(&crate::util::escape::csv_field(s));
}

fn csv(report: &ReadinessReport<'_>) -> String {
    let mut out = String::from(
        "customer,tenant_id,workload,subscription_id,outcome,status,rules,missing,remedies,valid_until,renews_by_days,relationship_id,granting,notice,advice\r\n",
    );
    for c in &report.customers {
        for r in &c.rows {
            let missing: Vec<&str> = r.missing.iter().map(|m| m.as_str()).collect();
            let remedies: Vec<&str> = r.remedies.iter().map(|m| m.as_str()).collect();
            // Raw here: the whole field is escaped once below.
            let raw = |s: &str| s.to_owned();
            let advice: Vec<String> = r.advice.iter().map(|a| a.text(&raw)).collect();
            let fields = [
                c.display_name.unwrap_or_default().to_owned(),
                c.tenant_id.to_owned(),
                r.workload.to_string(),
                r.subscription_id.unwrap_or_default().to_owned(),
                r.outcome.to_string(),
                r.status.to_string(),
                rule_list(r.rules, " "),
                missing.join(" "),
                remedies.join(" "),
                r.valid_until.map(|v| instant(v.at)).unwrap_or_default(),
                r.valid_until
                    .and_then(|v| v.renews_by_days)
                    .map(|d| d.to_string())
                    .unwrap_or_default(),
                r.relationship_id.unwrap_or_default().to_owned(),
                r.granting.join(" "),
                r.notice.map(|n| n.to_string()).unwrap_or_default(),
                advice.join("; "),
            ];
            for (i, f) in fields.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                csv_field(&mut out, f);
            }
            out.push_str("\r\n");
        }
    }
    out
}

/// The JSON Schema of the partner profile ([`PartnerProfile`]), as
/// `csp-support schema profile` prints it (feature `schemars`).
#[cfg(feature = "schemars")]
#[cfg_attr(docsrs, doc(cfg(feature = "schemars")))]
#[must_use]
pub fn profile_schema() -> String {
    crate::json::to_pretty(&schemars::schema_for!(PartnerProfile))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exports::tests::{big_book, troubled_export};

    /// Judging in runs: the same report however the customers are cut.
    #[test]
    fn the_report_does_not_depend_on_the_runs() {
        let files = troubled_export();
        let sources = big_book::sources(&files);
        let profile = big_book::profile(&files);
        let exports = Exports::read(&sources);
        let at = crate::samples::filed_at();
        for edition in Edition::ALL.iter().copied() {
            let one = readiness_in_runs(&profile, &exports, edition, at, Some(1));
            assert!(one.customers.len() > 1_000, "{}", one.customers.len());
            assert!(one.partial);
            for runs in 2..=7 {
                let cut = readiness_in_runs(&profile, &exports, edition, at, Some(runs));
                assert_eq!(cut, one, "{edition}, {runs} runs");
            }
            assert_eq!(readiness(&profile, &exports, edition, at), one);
        }
    }
}
