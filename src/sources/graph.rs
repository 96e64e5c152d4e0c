//! Facts straight from Microsoft Graph and Azure Resource Manager: GDAP
//! relationships, their access assignments, and Azure RBAC role
//! assignments, read as the services return them and turned into the
//! model's [`GdapRelationship`], [`EntraRoles`] and [`AzureRoles`].
//!
//! ## Tolerant here, strict in our own forms
//!
//! The request form of this crate ([`Request`](crate::Request) and the types
//! it holds) rejects unknown fields: a typo there is a caller's mistake. The
//! payload types of this module do the opposite: Microsoft Graph adds
//! properties over time, and every `@odata.*` annotation (`@odata.context`,
//! `@odata.etag`, `@odata.type`, `@odata.nextLink`) is metadata, so unknown
//! fields are ignored. What *is* read must have the documented shape: a bad
//! ISO 8601 duration, a bad date or a wrong JSON type is an
//! [`Error::GraphPayload`] naming the JSON path (such as
//! `value[2].endDateTime`); nothing is silently dropped. A status outside
//! Graph's documented list is an error too, except Graph's own
//! `unknownFutureValue`, which is kept and grants nothing.
//!
//! ## What becomes a model relationship
//!
//! Only a relationship whose status grants access (`active`, `expiring`)
//! becomes a [`GdapRelationship`] ([`DelegatedAdminRelationship::to_model`]):
//! it starts at `activatedDateTime`, ends at `endDateTime`, auto-extends when
//! `autoExtendDuration` is not zero, and must pass
//! [`GdapRelationship::validate`], or the result is an
//! [`Error::GraphRelationship`] naming the relationship's `id`. Every other
//! status (`approvalPending` with `endDateTime: null`, `terminated`, …)
//! grants nothing at any instant, so it is represented as *no* relationship
//! (`None`): the decision for it is the same as for a relationship with that
//! status, without inventing an end Graph did not give.
//!
//! ## Role IDs
//!
//! Microsoft Entra roles are named by their built-in role *template* IDs
//! ([`entra_role`]), Azure roles by their built-in role definition IDs, bare
//! or as the `…/providers/Microsoft.Authorization/roleDefinitions/{id}` path
//! of an Azure `roleAssignments` list ([`azure_role`]). An ID this crate does
//! not know is kept as it was given (the payload types hold every raw ID) and
//! maps to [`EntraRole::Other`] / [`AzureRole::Other`]; it grants nothing and
//! is never an error. An unknown Entra role counts as a role of the
//! relationship (so the relationship is not "without roles"), but it never
//! reaches the user: it grants nothing, not even the "any Entra role" an
//! Azure request needs.
//!
//! ```
//! use csp_support::graph;
//! use csp_support::{EntraRole, GdapStatus};
//!
//! let json = r#"{
//!   "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#tenantRelationships/delegatedAdminRelationships/$entity",
//!   "id": "0a2d3c4b-1111-4a6f-9a7e-3d2f4b6c8e10-5f1c7a2e-2222-4b3d-8c9e-1a2b3c4d5e6f",
//!   "displayName": "Contoso support",
//!   "duration": "P730D",
//!   "autoExtendDuration": "P180D",
//!   "status": "active",
//!   "customer": { "tenantId": "5f1c7a2e-2222-4b3d-8c9e-1a2b3c4d5e6f", "displayName": "Contoso" },
//!   "accessDetails": { "unifiedRoles": [ { "roleDefinitionId": "f023fd81-a637-4b56-95fd-791ac0226033" } ] },
//!   "createdDateTime": "2026-01-01T09:00:00.1234567Z",
//!   "activatedDateTime": "2026-01-02T09:00:00.1234567Z",
//!   "endDateTime": "2028-01-02T09:00:00.1234567Z"
//! }"#;
//! let rels = graph::parse_relationships(json)?;
//! let rel = &rels[0];
//! assert_eq!(rel.status.to_model(), Some(GdapStatus::Active));
//! assert!(rel.access_details.roles().contains(EntraRole::ServiceSupportAdministrator));
//! let model = rel.to_model(rel.access_details.roles())?.expect("active");
//! assert!(model.grants_at("2026-11-16T10:00:00Z".parse()?));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use chrono::{DateTime, TimeDelta, Utc};
use serde::de::DeserializeOwned;

use crate::{
    AutoExtend, AzureRole, AzureRoles, EntraRole, EntraRoles, Error, GDAP_MAX_DAYS, GDAP_MIN_DAYS,
    GdapRelationship, GdapStatus,
};

/// The ISO 8601 duration type, defined with the model (a relationship
/// carries one) and re-exported here, where Graph payloads use it.
pub use crate::IsoDuration;

// ---------------------------------------------------------------------------
// Collections
// ---------------------------------------------------------------------------

/// A list as Graph and Azure Resource Manager return it: an object whose
/// `value` holds the items (annotations such as `@odata.nextLink` ignored),
/// or a bare JSON array.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Collection<T>(pub Vec<T>);

impl<T> Default for Collection<T> {
    fn default() -> Self {
        Collection(Vec::new())
    }
}

impl<T> Collection<T> {
    /// The items.
    #[must_use]
    pub fn as_slice(&self) -> &[T] {
        &self.0
    }
}

impl<T> From<Vec<T>> for Collection<T> {
    fn from(items: Vec<T>) -> Self {
        Collection(items)
    }
}

#[cfg(feature = "schemars")]
impl<T: schemars::JsonSchema> schemars::JsonSchema for Collection<T> {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        format!("Collection_of_{}", T::schema_name()).into()
    }
    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let items = g.subschema_for::<Vec<T>>();
        let wrapped = items.clone();
        schemars::json_schema!({
            "oneOf": [
                items,
                { "type": "object", "properties": { "value": wrapped }, "required": ["value"] }
            ]
        })
    }
}

/// Serialised as Graph does: `{ "value": [...] }`.
impl<T: serde::Serialize> serde::Serialize for Collection<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = s.serialize_map(Some(1))?;
        map.serialize_entry("value", &self.0)?;
        map.end()
    }
}

impl<'de, T: serde::Deserialize<'de>> serde::Deserialize<'de> for Collection<T> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<T>(core::marker::PhantomData<T>);
        impl<'de, T: serde::Deserialize<'de>> serde::de::Visitor<'de> for V<T> {
            type Value = Collection<T>;
            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("a collection: an object with a `value` array, or an array")
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut a: A,
            ) -> Result<Collection<T>, A::Error> {
                let mut items = Vec::with_capacity(a.size_hint().unwrap_or(0).min(4_096));
                while let Some(x) = a.next_element()? {
                    items.push(x);
                }
                Ok(Collection(items))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut a: A,
            ) -> Result<Collection<T>, A::Error> {
                let mut value = None;
                while let Some(key) = a.next_key::<std::borrow::Cow<'de, str>>()? {
                    if key == "value" {
                        if value.is_some() {
                            return Err(serde::de::Error::duplicate_field("value"));
                        }
                        value = Some(a.next_value::<Vec<T>>()?);
                    } else {
                        a.next_value::<serde::de::IgnoredAny>()?;
                    }
                }
                value
                    .map(Collection)
                    .ok_or_else(|| serde::de::Error::missing_field("value"))
            }
        }
        d.deserialize_any(V(core::marker::PhantomData))
    }
}

// ---------------------------------------------------------------------------
// Graph payloads
// ---------------------------------------------------------------------------

/// The status of a relationship as Graph spells it (camelCase), including
/// Graph's `unknownFutureValue` sentinel.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub enum RelationshipStatus {
    /// `created`.
    Created,
    /// `approvalPending`.
    ApprovalPending,
    /// `approved`.
    Approved,
    /// `activating`.
    Activating,
    /// `active`.
    Active,
    /// `expiring`.
    Expiring,
    /// `expired`.
    Expired,
    /// `terminationRequested`.
    TerminationRequested,
    /// `terminating`.
    Terminating,
    /// `terminated`.
    Terminated,
    /// Graph's sentinel for a status newer than the client asked for:
    /// grants nothing.
    UnknownFutureValue,
}

crate::util::strenum::str_enum!(
    RelationshipStatus,
    exact,
    [
        Created => "created",
        ApprovalPending => "approvalPending",
        Approved => "approved",
        Activating => "activating",
        Active => "active",
        Expiring => "expiring",
        Expired => "expired",
        TerminationRequested => "terminationRequested",
        Terminating => "terminating",
        Terminated => "terminated",
        UnknownFutureValue => "unknownFutureValue",
    ]
);

impl RelationshipStatus {
    /// The model's status; `None` for `unknownFutureValue`.
    #[must_use]
    pub const fn to_model(self) -> Option<GdapStatus> {
        Some(match self {
            RelationshipStatus::Created => GdapStatus::Created,
            RelationshipStatus::ApprovalPending => GdapStatus::ApprovalPending,
            RelationshipStatus::Approved => GdapStatus::Approved,
            RelationshipStatus::Activating => GdapStatus::Activating,
            RelationshipStatus::Active => GdapStatus::Active,
            RelationshipStatus::Expiring => GdapStatus::Expiring,
            RelationshipStatus::Expired => GdapStatus::Expired,
            RelationshipStatus::TerminationRequested => GdapStatus::TerminationRequested,
            RelationshipStatus::Terminating => GdapStatus::Terminating,
            RelationshipStatus::Terminated => GdapStatus::Terminated,
            RelationshipStatus::UnknownFutureValue => return None,
        })
    }

    /// Whether the status grants access (`active`, `expiring`).
    #[must_use]
    pub const fn grants_access(self) -> bool {
        matches!(
            self.to_model(),
            Some(GdapStatus::Active | GdapStatus::Expiring)
        )
    }
}

/// `delegatedAdminRelationshipCustomerParticipant`: the customer.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct RelationshipCustomer {
    /// The customer's Microsoft Entra tenant ID.
    pub tenant_id: String,
    /// The customer's display name.
    #[serde(default)]
    pub display_name: Option<String>,
}

/// `unifiedRole`: one Microsoft Entra role, by its template ID, kept raw.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct UnifiedRole {
    /// The role template ID, as Graph gave it.
    pub role_definition_id: String,
}

impl UnifiedRole {
    /// The model's role ([`EntraRole::Other`] for an unknown ID).
    #[must_use]
    pub fn role(&self) -> EntraRole {
        entra_role(&self.role_definition_id)
    }
}

/// `delegatedAdminAccessDetails`: the roles of a relationship or an
/// assignment.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct AccessDetails {
    /// The roles, raw.
    #[serde(default)]
    pub unified_roles: Vec<UnifiedRole>,
}

impl AccessDetails {
    /// The roles as the model's set; unknown IDs become [`EntraRole::Other`].
    #[must_use]
    pub fn roles(&self) -> EntraRoles {
        self.unified_roles.iter().map(UnifiedRole::role).collect()
    }

    /// The role IDs this crate does not recognise, as given.
    pub fn unknown_role_ids(&self) -> impl Iterator<Item = &str> {
        self.unified_roles
            .iter()
            .filter(|r| r.role() == EntraRole::Other)
            .map(|r| r.role_definition_id.as_str())
    }
}

/// A `delegatedAdminRelationship`, or a `resellerDelegatedAdminRelationship`
/// (which adds `indirectProviderTenantId`), as Graph v1.0 returns it.
///
/// Unknown fields and `@odata.*` annotations are ignored.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct DelegatedAdminRelationship {
    /// The relationship's ID.
    pub id: String,
    /// Its display name.
    #[serde(default)]
    pub display_name: Option<String>,
    /// The customer; `null` until set by the partner or on approval.
    #[serde(default)]
    pub customer: Option<RelationshipCustomer>,
    /// The status.
    pub status: RelationshipStatus,
    /// The duration (`P1D` to `P730D`).
    pub duration: IsoDuration,
    /// The auto-extension (`PT0S`/`P0D`: off; `P180D`: on); absent means off.
    #[serde(default)]
    pub auto_extend_duration: Option<IsoDuration>,
    /// When it was created.
    #[serde(default, with = "crate::facts::instant::utc_option")]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<DateTime<Utc>>"))]
    pub created_date_time: Option<DateTime<Utc>>,
    /// When it became active; `null` before.
    #[serde(default, with = "crate::facts::instant::utc_option")]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<DateTime<Utc>>"))]
    pub activated_date_time: Option<DateTime<Utc>>,
    /// When it ends; `null` before activation.
    #[serde(default, with = "crate::facts::instant::utc_option")]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<DateTime<Utc>>"))]
    pub end_date_time: Option<DateTime<Utc>>,
    /// The roles it grants.
    #[serde(default)]
    pub access_details: AccessDetails,
    /// For a `resellerDelegatedAdminRelationship`: the indirect provider's
    /// tenant.
    #[serde(default)]
    pub indirect_provider_tenant_id: Option<String>,
    /// Access assignments, when expanded (`$expand=accessAssignments`) or
    /// attached by the exporter.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub access_assignments: Vec<DelegatedAdminAccessAssignment>,
}

impl DelegatedAdminRelationship {
    /// Whether this is a `resellerDelegatedAdminRelationship` (it names an
    /// indirect provider).
    #[must_use]
    pub fn is_reseller(&self) -> bool {
        self.indirect_provider_tenant_id.is_some()
    }

    /// The customer's tenant ID, if set.
    #[must_use]
    pub fn customer_tenant_id(&self) -> Option<&str> {
        self.customer.as_ref().map(|c| c.tenant_id.as_str())
    }

    /// Whether it auto-extends (`autoExtendDuration` not zero).
    #[must_use]
    pub fn auto_extend(&self) -> AutoExtend {
        match self.auto_extend_duration {
            Some(d) if !d.is_zero() => AutoExtend::On,
            _ => AutoExtend::Off,
        }
    }

    fn invalid(&self, source: Error) -> Error {
        Error::GraphRelationship {
            id: self.id.clone(),
            source: Box::new(source),
        }
    }

    /// The model's relationship, with `user_roles` as the roles that reach
    /// the filing user (see [`user_roles`]; they are narrowed to the roles the
    /// relationship grants, and unknown roles never reach the user).
    ///
    /// `Ok(None)` when the status grants nothing at any instant (every status
    /// but `active` and `expiring`, including `unknownFutureValue`).
    ///
    /// # Errors
    ///
    /// [`Error::GraphRelationship`] naming the `id` when the relationship
    /// breaks the model's invariants ([`GdapRelationship::validate`]): its
    /// `duration` outside `P1D` to `P2Y` (730 days, exactly), a span from
    /// activation to end that is not the duration plus whole 180-day
    /// extensions ([`GdapRelationship::with_duration`]), no roles, an end at
    /// or before its activation, Global administrator with auto-extend; or
    /// when an active relationship lacks `activatedDateTime` or
    /// `endDateTime` ([`Error::GraphRelationshipDate`] inside).
    pub fn to_model(&self, user_roles: EntraRoles) -> Result<Option<GdapRelationship>, Error> {
        let auto_extend = self.auto_extend();
        // The bounds are exact: P1D to P2Y (730 days), whatever the status.
        let in_range = self.duration.to_time_delta().is_some_and(|d| {
            TimeDelta::try_days(GDAP_MIN_DAYS).is_some_and(|min| d >= min)
                && TimeDelta::try_days(GDAP_MAX_DAYS).is_some_and(|max| d <= max)
        });
        if !in_range {
            return Err(self.invalid(Error::GdapDurationOutOfRange {
                duration: self.duration,
            }));
        }
        let Some(status) = self.status.to_model().filter(|s| s.grants_access()) else {
            return Ok(None);
        };
        let missing = |field: &'static str| Error::GraphRelationshipDate {
            status: self.status.to_string(),
            field,
        };
        let starts_at = self
            .activated_date_time
            .ok_or_else(|| self.invalid(missing("activatedDateTime")))?;
        let ends_at = self
            .end_date_time
            .ok_or_else(|| self.invalid(missing("endDateTime")))?;
        let roles = self.access_details.roles();
        let mut reaching = user_roles.intersection(roles);
        reaching.remove(EntraRole::Other);
        // Through the constructor, then with the duration: the span from
        // activation to end must be the duration plus whole extensions.
        GdapRelationship::builder(starts_at, ends_at)
            .status(status)
            .roles(roles)
            .user_roles(reaching)
            .auto_extend(auto_extend)
            .duration(Some(self.duration))
            .build()
            .map(Some)
            .map_err(|e| self.invalid(e))
    }
}

/// The status of an access assignment, as Graph spells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub enum AccessAssignmentStatus {
    /// `pending`.
    Pending,
    /// `active`: the only status that grants.
    Active,
    /// `deleting`.
    Deleting,
    /// `deleted`.
    Deleted,
    /// `error`.
    Error,
    /// Graph's sentinel for a newer status: grants nothing.
    UnknownFutureValue,
}

crate::util::strenum::str_enum!(
    AccessAssignmentStatus,
    exact,
    [
        Pending => "pending",
        Active => "active",
        Deleting => "deleting",
        Deleted => "deleted",
        Error => "error",
        UnknownFutureValue => "unknownFutureValue",
    ]
);

/// The kind of an access container, as Graph spells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub enum AccessContainerType {
    /// `securityGroup`: a security group of the partner's tenant.
    SecurityGroup,
    /// Graph's sentinel for a newer kind: grants nothing.
    UnknownFutureValue,
}

crate::util::strenum::str_enum!(
    AccessContainerType,
    exact,
    [
        SecurityGroup => "securityGroup",
        UnknownFutureValue => "unknownFutureValue",
    ]
);

/// `delegatedAdminAccessContainer`: who the assignment is to.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct AccessContainer {
    /// The security group's object ID.
    pub access_container_id: String,
    /// The kind (`securityGroup`).
    pub access_container_type: AccessContainerType,
}

/// A `delegatedAdminAccessAssignment`: roles of a relationship assigned to a
/// security group of the partner.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct DelegatedAdminAccessAssignment {
    /// The assignment's ID.
    #[serde(default)]
    pub id: Option<String>,
    /// The status.
    pub status: AccessAssignmentStatus,
    /// The security group.
    pub access_container: AccessContainer,
    /// The roles assigned.
    #[serde(default)]
    pub access_details: AccessDetails,
    /// When it was created.
    #[serde(default, with = "crate::facts::instant::utc_option")]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<DateTime<Utc>>"))]
    pub created_date_time: Option<DateTime<Utc>>,
    /// When it was last modified.
    #[serde(default, with = "crate::facts::instant::utc_option")]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<DateTime<Utc>>"))]
    pub last_modified_date_time: Option<DateTime<Utc>>,
}

impl DelegatedAdminAccessAssignment {
    /// Whether the assignment is active and to a security group in `groups`
    /// (object IDs compared without regard to ASCII case).
    #[must_use]
    pub fn reaches<S: AsRef<str>>(&self, groups: &[S]) -> bool {
        self.status == AccessAssignmentStatus::Active
            && self.access_container.access_container_type == AccessContainerType::SecurityGroup
            && groups.iter().any(|g| {
                g.as_ref()
                    .eq_ignore_ascii_case(&self.access_container.access_container_id)
            })
    }
}

/// The Microsoft Entra roles of `relationship` that reach a user who is a
/// member of the security groups `groups`, through `assignments` — the
/// "user assignment" fact of `FILER-ADMIN-AGENT-GDAP`.
///
/// Only active assignments of a relationship whose status grants access
/// count; an assigned role reaches the user only if the relationship grants
/// it; unknown roles never reach the user.
///
/// ```
/// use csp_support::graph;
/// use csp_support::EntraRole;
/// let rel = &graph::parse_relationships(r#"{"id": "r1", "status": "active", "duration": "P730D",
///   "accessDetails": {"unifiedRoles": [{"roleDefinitionId": "f023fd81-a637-4b56-95fd-791ac0226033"}]}}"#)?[0];
/// let assignments = graph::parse_access_assignments(r#"{"value": [{"status": "active",
///   "accessContainer": {"accessContainerId": "g-support", "accessContainerType": "securityGroup"},
///   "accessDetails": {"unifiedRoles": [{"roleDefinitionId": "f023fd81-a637-4b56-95fd-791ac0226033"}]}}]}"#)?;
/// let roles = graph::user_roles(rel, &assignments, &["g-support"]);
/// assert!(roles.contains(EntraRole::ServiceSupportAdministrator));
/// assert!(graph::user_roles(rel, &assignments, &["g-other"]).is_empty());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[must_use]
pub fn user_roles<S: AsRef<str>>(
    relationship: &DelegatedAdminRelationship,
    assignments: &[DelegatedAdminAccessAssignment],
    groups: &[S],
) -> EntraRoles {
    if !relationship.status.grants_access() {
        return EntraRoles::EMPTY;
    }
    let mut roles = assignments
        .iter()
        .filter(|a| a.reaches(groups))
        .fold(EntraRoles::EMPTY, |acc, a| {
            acc.union(a.access_details.roles())
        })
        .intersection(relationship.access_details.roles());
    roles.remove(EntraRole::Other);
    roles
}

// ---------------------------------------------------------------------------
// Azure role assignments
// ---------------------------------------------------------------------------

/// The `properties` of an Azure `roleAssignments` list entry.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct AzureRoleAssignmentProperties {
    /// The role definition, as a path
    /// (`/subscriptions/…/providers/Microsoft.Authorization/roleDefinitions/{id}`)
    /// or a bare ID, kept raw.
    pub role_definition_id: String,
    /// The object ID of the user or group it is assigned to.
    pub principal_id: String,
    /// `User`, `Group`, `ServicePrincipal`, … (informative).
    #[serde(default)]
    pub principal_type: Option<String>,
    /// The scope, such as `/subscriptions/{id}`.
    #[serde(default)]
    pub scope: Option<String>,
}

/// One entry of an Azure Resource Manager `roleAssignments` list.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct AzureRoleAssignment {
    /// The assignment's resource ID.
    #[serde(default)]
    pub id: Option<String>,
    /// The assignment's properties.
    pub properties: AzureRoleAssignmentProperties,
}

impl AzureRoleAssignment {
    /// The model's role ([`AzureRole::Other`] for an unknown ID).
    #[must_use]
    pub fn role(&self) -> AzureRole {
        azure_role(&self.properties.role_definition_id)
    }
}

/// The Azure roles of `assignments` held by any of `principals` (the user's
/// object ID and the object IDs of its security groups; compared without
/// regard to ASCII case).
///
/// ```
/// use csp_support::graph;
/// use csp_support::AzureRole;
/// let list = graph::parse_role_assignments(r#"{"value": [{"properties": {
///   "roleDefinitionId": "/subscriptions/0b1f/providers/Microsoft.Authorization/roleDefinitions/cfd33db0-3dd1-45e3-aa9d-cdbdf3b6f24e",
///   "principalId": "g-support", "principalType": "Group", "scope": "/subscriptions/0b1f"}}]}"#)?;
/// assert!(graph::azure_roles(&list, &["g-support"]).contains(AzureRole::SupportRequestContributor));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[must_use]
pub fn azure_roles<S: AsRef<str>>(
    assignments: &[AzureRoleAssignment],
    principals: &[S],
) -> AzureRoles {
    assignments
        .iter()
        .filter(|a| {
            principals
                .iter()
                .any(|p| p.as_ref().eq_ignore_ascii_case(&a.properties.principal_id))
        })
        .map(AzureRoleAssignment::role)
        .collect()
}

// ---------------------------------------------------------------------------
// Role IDs
// ---------------------------------------------------------------------------

/// Microsoft Entra built-in role template IDs of the roles the model names.
const ENTRA_ROLE_IDS: [(&str, EntraRole); 14] = [
    (
        "f023fd81-a637-4b56-95fd-791ac0226033",
        EntraRole::ServiceSupportAdministrator,
    ),
    (
        "62e90394-69f5-4237-9190-012177145e10",
        EntraRole::GlobalAdministrator,
    ),
    (
        "729827e3-9c14-49f7-bb1b-9608f156bbb8",
        EntraRole::HelpdeskAdministrator,
    ),
    (
        "88d8e3e3-8f55-4a1e-953a-9b9898b8876b",
        EntraRole::DirectoryReaders,
    ),
    (
        "f2ef992c-3afb-46b9-b7cf-a126ee74c451",
        EntraRole::GlobalReader,
    ),
    (
        "fe930be7-5e62-47db-91af-98c3a49a38b1",
        EntraRole::UserAdministrator,
    ),
    (
        "b0f54661-2d74-4c50-afa3-1ec803f12efe",
        EntraRole::BillingAdministrator,
    ),
    (
        "4d6ac14f-3453-41d0-bef9-a3e0c569773a",
        EntraRole::LicenseAdministrator,
    ),
    (
        "29232cdf-9323-42fd-ade2-1d097af3e4de",
        EntraRole::ExchangeAdministrator,
    ),
    (
        "f28a1f50-f6e7-4571-818b-6a12f2af6b6c",
        EntraRole::SharePointAdministrator,
    ),
    (
        "69091246-20e8-4a56-aa4d-066075b2a7a8",
        EntraRole::TeamsAdministrator,
    ),
    (
        "194ae4cb-b126-40b2-bd5b-6091b380977d",
        EntraRole::SecurityAdministrator,
    ),
    (
        "e8611ab8-c189-46e8-94e1-60213ab1f814",
        EntraRole::PrivilegedRoleAdministrator,
    ),
    (
        "158c047a-c907-4556-b7ef-446551a6b5f7",
        EntraRole::CloudApplicationAdministrator,
    ),
];

/// Azure built-in role definition IDs of the roles the model names.
const AZURE_ROLE_IDS: [(&str, AzureRole); 5] = [
    ("8e3af657-a8ff-443c-a75c-2fe8c4bcb635", AzureRole::Owner),
    (
        "b24988ac-6180-42a0-ab88-20f7382dd24c",
        AzureRole::Contributor,
    ),
    (
        "cfd33db0-3dd1-45e3-aa9d-cdbdf3b6f24e",
        AzureRole::SupportRequestContributor,
    ),
    ("acdd72a7-3385-48ef-bd42-f606fba81ae7", AzureRole::Reader),
    (
        "18d7d88d-d35e-4fb5-a5c3-7773c20a72d9",
        AzureRole::UserAccessAdministrator,
    ),
];

/// The Microsoft Entra role with built-in role template ID `id` (any ASCII
/// case): the named role where the rules name it,
/// [`EntraRole::OtherBuiltIn`] for another role of Microsoft's built-in
/// catalogue ([`entra_role_name`](crate::entra::entra_role_name) names it),
/// [`EntraRole::Other`] for an ID outside the catalogue.
///
/// ```
/// use csp_support::{graph, EntraRole};
/// assert_eq!(graph::entra_role("f023fd81-a637-4b56-95fd-791ac0226033"), EntraRole::ServiceSupportAdministrator);
/// // Intune administrator: in the catalogue, named by no rule.
/// assert_eq!(graph::entra_role("3a2c62db-5318-420d-8d74-23affee5d9d5"), EntraRole::OtherBuiltIn);
/// assert_eq!(graph::entra_role("not-a-role"), EntraRole::Other);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[must_use]
pub fn entra_role(id: &str) -> EntraRole {
    let id = id.trim();
    ENTRA_ROLE_IDS
        .iter()
        .find(|(known, _)| known.eq_ignore_ascii_case(id))
        .map_or_else(
            || {
                if crate::facts::entra::entra_role_name(id).is_some() {
                    EntraRole::OtherBuiltIn
                } else {
                    EntraRole::Other
                }
            },
            |(_, role)| *role,
        )
}

/// The Microsoft Entra built-in role template ID of `role` (`None` for
/// [`EntraRole::OtherBuiltIn`], which stands for many, and
/// [`EntraRole::Other`]).
#[must_use]
pub fn entra_role_id(role: EntraRole) -> Option<&'static str> {
    ENTRA_ROLE_IDS
        .iter()
        .find(|(_, r)| *r == role)
        .map(|(id, _)| *id)
}

/// The Azure built-in role with definition ID `id`, bare or as the last
/// segment of a `…/roleDefinitions/{id}` path (any ASCII case);
/// [`AzureRole::Other`] for an ID this crate does not know.
///
/// ```
/// use csp_support::{graph, AzureRole};
/// assert_eq!(graph::azure_role("b24988ac-6180-42a0-ab88-20f7382dd24c"), AzureRole::Contributor);
/// assert_eq!(
///     graph::azure_role("/subscriptions/0b1f/providers/Microsoft.Authorization/roleDefinitions/8e3af657-a8ff-443c-a75c-2fe8c4bcb635"),
///     AzureRole::Owner,
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[must_use]
pub fn azure_role(id: &str) -> AzureRole {
    let id = id.trim();
    let bare = match id.rsplit_once('/') {
        Some((path, last)) => {
            let parent = path.rsplit('/').next().unwrap_or_default();
            if !parent.eq_ignore_ascii_case("roleDefinitions") {
                return AzureRole::Other;
            }
            last
        }
        None => id,
    };
    AZURE_ROLE_IDS
        .iter()
        .find(|(known, _)| known.eq_ignore_ascii_case(bare))
        .map_or(AzureRole::Other, |(_, role)| *role)
}

/// The Azure built-in role definition ID of `role` (`None` for
/// [`AzureRole::Other`]).
#[must_use]
pub fn azure_role_id(role: AzureRole) -> Option<&'static str> {
    AZURE_ROLE_IDS
        .iter()
        .find(|(_, r)| *r == role)
        .map(|(id, _)| *id)
}

// ---------------------------------------------------------------------------
// Parsing
// ---------------------------------------------------------------------------

/// Maps a path-tracking serde error to [`Error::GraphPayload`].
pub(crate) fn payload_error(e: serde_path_to_error::Error<serde_json::Error>) -> Error {
    // The input it echoes escaped and bounded, as every error message.
    let (path, message) = crate::json::path_and_message(e);
    Error::GraphPayload { path, message }
}

/// Reads one object or a collection (`{"value": [...]}` or a bare array).
fn parse_list<T: DeserializeOwned>(json: &str) -> Result<Vec<T>, Error> {
    let value: serde_json::Value = serde_json::from_str(json).map_err(|e| Error::GraphPayload {
        path: ".".to_owned(),
        message: e.to_string(),
    })?;
    let list = value.is_array()
        || value
            .as_object()
            .is_some_and(|o| o.get("value").is_some_and(serde_json::Value::is_array));
    if list {
        serde_path_to_error::deserialize::<_, Collection<T>>(value)
            .map(|c| c.0)
            .map_err(payload_error)
    } else {
        serde_path_to_error::deserialize::<_, T>(value)
            .map(|one| vec![one])
            .map_err(payload_error)
    }
}

/// Reads `delegatedAdminRelationship` (and `resellerDelegatedAdminRelationship`)
/// payloads: one object, a `value` collection or an array.
///
/// # Errors
///
/// [`Error::GraphPayload`] naming the JSON path of the first malformed value.
pub fn parse_relationships(json: &str) -> Result<Vec<DelegatedAdminRelationship>, Error> {
    parse_list(json)
}

/// Reads `delegatedAdminAccessAssignment` payloads: one object, a `value`
/// collection or an array.
///
/// # Errors
///
/// [`Error::GraphPayload`] naming the JSON path of the first malformed value.
pub fn parse_access_assignments(json: &str) -> Result<Vec<DelegatedAdminAccessAssignment>, Error> {
    parse_list(json)
}

/// Reads an Azure Resource Manager `roleAssignments` list (or one entry).
///
/// # Errors
///
/// [`Error::GraphPayload`] naming the JSON path of the first malformed value.
pub fn parse_role_assignments(json: &str) -> Result<Vec<AzureRoleAssignment>, Error> {
    parse_list(json)
}
