//! An independent Cedar encoding of the `gdap-2025` eligibility rules, for
//! the side-by-side benchmark and the differential test against
//! [`csp_support::decide`].
//!
//! The policies (`policies/gdap-2025.cedar`) and the schema
//! (`policies/csp.cedarschema`) were written from `RULES.md`, not from
//! csp-support's engine. Only "allowed or not" is compared: Cedar's
//! [`Decision::Allow`] against [`Outcome::Allowed`]; denied, not covered and
//! redirected are all "not allowed".
//!
//! This crate has its own, empty `[workspace]`: csp-support's own
//! `cargo test`, docs and package never build Cedar.
//!
//! ```
//! use csp_support_cedar::*;
//! let cedar = Cedar::new()?;
//! let req = csp_support::samples::direct_partner_office365();
//! let (request, entities) = to_cedar(&req, &cedar.schema)?;
//! assert!(cedar_allows(&cedar.authorizer, &cedar.policies, &request, &entities));
//! assert_eq!(csp_allows(&req)?, true);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]

use std::collections::{HashMap, HashSet};
use std::str::FromStr;

use cedar_policy::{
    Authorizer, Context, Decision, Entities, EntityId, EntityTypeName, EntityUid, PolicyId,
    PolicySet, Schema, ValidationMode, Validator,
};
use csp_support::{
    AzureRole, Channel, Cloud, Edition, EntraRole, Outcome, OwnEntitlement, PartnerCenterRole,
    PartnerType, ProblemKind, Tenant, Workload,
};
use serde_json::{Value, json};

/// The Cedar schema source (Cedar schema syntax).
pub const SCHEMA_SRC: &str = include_str!("../policies/csp.cedarschema");

/// The `gdap-2025` policies source.
pub const POLICIES_SRC: &str = include_str!("../policies/gdap-2025.cedar");

/// The one action of the schema.
pub const ACTION: &str = r#"Csp::Action::"FileSupportRequest""#;

/// What can go wrong building the Cedar side.
#[derive(Debug)]
pub enum Error {
    /// Only `gdap-2025` is encoded.
    Edition(Edition),
    /// The schema or the policies did not parse or validate, or a request or
    /// its entities did not conform to the schema.
    Cedar(String),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Edition(e) => write!(
                f,
                "the Cedar encoding covers edition gdap-2025 only, not {e}"
            ),
            Error::Cedar(msg) => write!(f, "cedar: {msg}"),
        }
    }
}

impl std::error::Error for Error {}

fn cedar_err(e: impl std::fmt::Display) -> Error {
    Error::Cedar(e.to_string())
}

/// The prebuilt Cedar side: authorizer, policies (ids from their `@id`
/// annotations, validated strictly against the schema) and schema.
#[derive(Debug)]
pub struct Cedar {
    /// The authorizer.
    pub authorizer: Authorizer,
    /// The `gdap-2025` policies.
    pub policies: PolicySet,
    /// The schema.
    pub schema: Schema,
}

impl Cedar {
    /// Parses the schema and policies and validates the policies strictly.
    ///
    /// # Errors
    ///
    /// [`Error::Cedar`] with the parser's or validator's messages.
    pub fn new() -> Result<Self, Error> {
        let schema = schema()?;
        let policies = policy_set()?;
        let result = Validator::new(schema.clone()).validate(&policies, ValidationMode::Strict);
        if !result.validation_passed() {
            let msgs: Vec<String> = result.validation_errors().map(|e| e.to_string()).collect();
            return Err(Error::Cedar(msgs.join("; ")));
        }
        Ok(Cedar {
            authorizer: Authorizer::new(),
            policies,
            schema,
        })
    }
}

/// The schema, parsed.
///
/// # Errors
///
/// [`Error::Cedar`] if it does not parse.
pub fn schema() -> Result<Schema, Error> {
    Schema::from_cedarschema_str(SCHEMA_SRC)
        .map(|(s, _warnings)| s)
        .map_err(cedar_err)
}

/// The policies, parsed, each with its `@id` annotation as its policy id.
///
/// # Errors
///
/// [`Error::Cedar`] if they do not parse, a policy has no `@id`, or two
/// share one.
pub fn policy_set() -> Result<PolicySet, Error> {
    let parsed = PolicySet::from_str(POLICIES_SRC).map_err(cedar_err)?;
    let mut named = Vec::new();
    for p in parsed.policies() {
        let id = p
            .annotation("id")
            .ok_or_else(|| Error::Cedar(format!("policy without @id: {p}")))?;
        named.push(p.new_id(PolicyId::new(id)));
    }
    PolicySet::from_policies(named).map_err(cedar_err)
}

/// Whether csp-support allows the request (its edition as given).
///
/// # Errors
///
/// csp-support's [`csp_support::Error`] for invalid facts.
pub fn csp_allows(req: &csp_support::Request) -> Result<bool, csp_support::Error> {
    Ok(csp_support::decide(req).outcome == Outcome::Allowed)
}

/// Whether Cedar allows the request.
#[must_use]
pub fn cedar_allows(
    authorizer: &Authorizer,
    policies: &PolicySet,
    request: &cedar_policy::Request,
    entities: &Entities,
) -> bool {
    authorizer
        .is_authorized(request, policies, entities)
        .decision()
        == Decision::Allow
}

/// Cedar's answer with its reasons (the ids of the determining policies,
/// sorted) and any evaluation errors, for reports of disagreements.
#[must_use]
pub fn cedar_explain(
    authorizer: &Authorizer,
    policies: &PolicySet,
    request: &cedar_policy::Request,
    entities: &Entities,
) -> (bool, Vec<String>, Vec<String>) {
    let response = authorizer.is_authorized(request, policies, entities);
    let mut reasons: Vec<String> = response
        .diagnostics()
        .reason()
        .map(ToString::to_string)
        .collect();
    reasons.sort();
    let errors = response
        .diagnostics()
        .errors()
        .map(ToString::to_string)
        .collect();
    (response.decision() == Decision::Allow, reasons, errors)
}

/// The facts of a csp-support request as Cedar JSON: the entities (filing
/// user, its partner, the tenant) and the context. Plain data, no schema.
///
/// # Errors
///
/// [`Error::Edition`] unless the request is `gdap-2025`.
pub fn to_json(req: &csp_support::Request) -> Result<(Value, Value), Error> {
    if req.edition != Edition::Gdap2025 {
        return Err(Error::Edition(req.edition));
    }
    let pc_roles: Vec<&str> = req.partner.roles.iter().map(partner_center_role).collect();
    let mut context = json!({
        "channel": channel(req.channel),
        "cloud": cloud(req.cloud),
        "workload": workload(req.workload),
        "problem": problem(req.problem),
        "now": req.filed_at.timestamp(),
    });
    let kind = tenant_kind(&req.tenant);
    match &req.tenant {
        Tenant::Own { entitlement } => {
            context["own_entitlement"] = json!(own_entitlement(*entitlement));
        }
        Tenant::Customer(c) => {
            if let Some(g) = &c.gdap {
                // Roles reaching the user: granted by the relationship and
                // assigned to the user.
                let reaching: Vec<&str> = g
                    .user_roles()
                    .iter()
                    .filter(|r| g.roles().contains(*r))
                    .map(entra_role)
                    .collect();
                context["gdap"] = json!({
                    "status": gdap_status(g.status()),
                    "roles_reaching_user": reaching,
                    "starts_at": g.starts_at().timestamp(),
                    "ends_at": g.ends_at().timestamp(),
                });
            }
            if let Some(a) = &c.azure {
                let rbac: Vec<&str> = a.rbac.iter().map(azure_role).collect();
                context["azure"] = json!({ "is_provider": a.is_provider, "rbac": rbac });
            }
        }
    }
    let entities = json!([
        {
            "uid": { "type": "Csp::Partner", "id": "partner" },
            "attrs": { "partner_type": partner_type(req.partner.partner_type) },
            "parents": []
        },
        {
            "uid": { "type": "Csp::User", "id": "filer" },
            "attrs": {
                "partner": { "type": "Csp::Partner", "id": "partner" },
                "partner_center_roles": pc_roles
            },
            "parents": [{ "type": "Csp::Partner", "id": "partner" }]
        },
        {
            "uid": { "type": "Csp::Tenant", "id": kind },
            "attrs": { "kind": kind },
            "parents": []
        }
    ]);
    Ok((entities, context))
}

/// Converts a csp-support request into a Cedar request and its entities,
/// checked against the schema: what a service does per call.
///
/// # Errors
///
/// [`Error::Edition`] unless the request is `gdap-2025`; [`Error::Cedar`]
/// if Cedar rejects the data (a bug in this conversion).
pub fn to_cedar(
    req: &csp_support::Request,
    schema: &Schema,
) -> Result<(cedar_policy::Request, Entities), Error> {
    let (entities, context) = to_json(req)?;
    let kind = tenant_kind(&req.tenant);
    let action = EntityUid::from_str(ACTION).map_err(cedar_err)?;
    let principal = EntityUid::from_str(r#"Csp::User::"filer""#).map_err(cedar_err)?;
    let resource = EntityUid::from_str(&format!("Csp::Tenant::\"{kind}\"")).map_err(cedar_err)?;
    let entities = Entities::from_json_value(entities, Some(schema)).map_err(cedar_err)?;
    let context = Context::from_json_value(context, Some((schema, &action))).map_err(cedar_err)?;
    let request = cedar_policy::Request::new(principal, action, resource, context, Some(schema))
        .map_err(cedar_err)?;
    Ok((request, entities))
}

/// As [`to_cedar`], but built with Cedar's typed API (entities and
/// context from [`RestrictedExpression`]s, no JSON), still checked against
/// the schema: what a Rust service that holds the facts as values does per
/// call.
///
/// # Errors
///
/// As [`to_cedar`].
pub fn to_cedar_typed(
    req: &csp_support::Request,
    schema: &Schema,
) -> Result<(cedar_policy::Request, Entities), Error> {
    use cedar_policy::{Entity, RestrictedExpression as X};
    if req.edition != Edition::Gdap2025 {
        return Err(Error::Edition(req.edition));
    }
    let uid = |ty: &str, id: &str| -> Result<EntityUid, Error> {
        Ok(EntityUid::from_type_name_and_id(
            EntityTypeName::from_str(ty).map_err(cedar_err)?,
            EntityId::new(id),
        ))
    };
    let strs =
        |items: Vec<&'static str>| X::new_set(items.into_iter().map(|s| X::new_string(s.into())));
    let kind = tenant_kind(&req.tenant);
    let partner = uid("Csp::Partner", "partner")?;
    let user = uid("Csp::User", "filer")?;
    let tenant = uid("Csp::Tenant", kind)?;
    let action = uid("Csp::Action", "FileSupportRequest")?;
    let entities = [
        Entity::new(
            partner.clone(),
            HashMap::from([(
                "partner_type".into(),
                X::new_string(partner_type(req.partner.partner_type).into()),
            )]),
            HashSet::new(),
        ),
        Entity::new(
            user.clone(),
            HashMap::from([
                ("partner".into(), X::new_entity_uid(partner.clone())),
                (
                    "partner_center_roles".into(),
                    strs(req.partner.roles.iter().map(partner_center_role).collect()),
                ),
            ]),
            HashSet::from([partner]),
        ),
        Entity::new(
            tenant.clone(),
            HashMap::from([("kind".into(), X::new_string(kind.into()))]),
            HashSet::new(),
        ),
    ]
    .into_iter()
    .collect::<Result<Vec<_>, _>>()
    .map_err(cedar_err)?;
    let mut pairs: Vec<(String, X)> = vec![
        ("channel".into(), X::new_string(channel(req.channel).into())),
        ("cloud".into(), X::new_string(cloud(req.cloud).into())),
        (
            "workload".into(),
            X::new_string(workload(req.workload).into()),
        ),
        ("problem".into(), X::new_string(problem(req.problem).into())),
        ("now".into(), X::new_long(req.filed_at.timestamp())),
    ];
    match &req.tenant {
        Tenant::Own { entitlement } => pairs.push((
            "own_entitlement".into(),
            X::new_string(own_entitlement(*entitlement).into()),
        )),
        Tenant::Customer(c) => {
            if let Some(g) = &c.gdap {
                let reaching = g
                    .user_roles()
                    .iter()
                    .filter(|r| g.roles().contains(*r))
                    .map(entra_role)
                    .collect();
                let record = X::new_record([
                    (
                        "status".into(),
                        X::new_string(gdap_status(g.status()).into()),
                    ),
                    ("roles_reaching_user".into(), strs(reaching)),
                    ("starts_at".into(), X::new_long(g.starts_at().timestamp())),
                    ("ends_at".into(), X::new_long(g.ends_at().timestamp())),
                ])
                .map_err(cedar_err)?;
                pairs.push(("gdap".into(), record));
            }
            if let Some(a) = &c.azure {
                let record = X::new_record([
                    ("is_provider".into(), X::new_bool(a.is_provider)),
                    ("rbac".into(), strs(a.rbac.iter().map(azure_role).collect())),
                ])
                .map_err(cedar_err)?;
                pairs.push(("azure".into(), record));
            }
        }
    }
    let context = Context::from_pairs(pairs).map_err(cedar_err)?;
    let entities = Entities::from_entities(entities, Some(schema)).map_err(cedar_err)?;
    let request = cedar_policy::Request::new(user, action, tenant, context, Some(schema))
        .map_err(cedar_err)?;
    Ok((request, entities))
}

fn tenant_kind(t: &Tenant) -> &'static str {
    match t {
        Tenant::Own { .. } => "own",
        Tenant::Customer(_) => "customer",
    }
}

// The string forms the policies use. Written out (not `Display`); the enums
// are `#[non_exhaustive]` (csp-support's growth policy), so a variant added
// in a minor release stops the comparison loudly here rather than slipping
// through as a string the policies do not know.

fn partner_type(t: PartnerType) -> &'static str {
    match t {
        PartnerType::DirectBillPartner => "direct_bill_partner",
        PartnerType::IndirectProvider => "indirect_provider",
        PartnerType::IndirectReseller => "indirect_reseller",
        PartnerType::Advisor => "advisor",
        other => unimplemented!(
            "csp-support has a new variant {other:?}: encode it in the Cedar schema and policies"
        ),
    }
}

fn partner_center_role(r: PartnerCenterRole) -> &'static str {
    match r {
        PartnerCenterRole::AdminAgent => "admin_agent",
        PartnerCenterRole::HelpdeskAgent => "helpdesk_agent",
        PartnerCenterRole::SalesAgent => "sales_agent",
        PartnerCenterRole::BillingAdmin => "billing_admin",
        PartnerCenterRole::GlobalAdmin => "global_admin",
        PartnerCenterRole::AccountAdmin => "account_admin",
        PartnerCenterRole::UserManagementAdmin => "user_management_admin",
        PartnerCenterRole::ReferralsAdmin => "referrals_admin",
        PartnerCenterRole::IncentiveAdmin => "incentive_admin",
        other => unimplemented!(
            "csp-support has a new variant {other:?}: encode it in the Cedar schema and policies"
        ),
    }
}

fn entra_role(r: EntraRole) -> &'static str {
    match r {
        EntraRole::ServiceSupportAdministrator => "service_support_administrator",
        EntraRole::GlobalAdministrator => "global_administrator",
        EntraRole::HelpdeskAdministrator => "helpdesk_administrator",
        EntraRole::DirectoryReaders => "directory_readers",
        EntraRole::GlobalReader => "global_reader",
        EntraRole::UserAdministrator => "user_administrator",
        EntraRole::BillingAdministrator => "billing_administrator",
        EntraRole::LicenseAdministrator => "license_administrator",
        EntraRole::ExchangeAdministrator => "exchange_administrator",
        EntraRole::SharePointAdministrator => "share_point_administrator",
        EntraRole::TeamsAdministrator => "teams_administrator",
        EntraRole::SecurityAdministrator => "security_administrator",
        EntraRole::PrivilegedRoleAdministrator => "privileged_role_administrator",
        EntraRole::CloudApplicationAdministrator => "cloud_application_administrator",
        EntraRole::Other => "other",
        other => unimplemented!(
            "csp-support has a new variant {other:?}: encode it in the Cedar schema and policies"
        ),
    }
}

fn azure_role(r: AzureRole) -> &'static str {
    match r {
        AzureRole::Owner => "owner",
        AzureRole::Contributor => "contributor",
        AzureRole::SupportRequestContributor => "support_request_contributor",
        AzureRole::Reader => "reader",
        AzureRole::UserAccessAdministrator => "user_access_administrator",
        AzureRole::Other => "other",
        other => unimplemented!(
            "csp-support has a new variant {other:?}: encode it in the Cedar schema and policies"
        ),
    }
}

fn gdap_status(s: csp_support::GdapStatus) -> &'static str {
    use csp_support::GdapStatus as S;
    match s {
        S::Created => "created",
        S::ApprovalPending => "approval_pending",
        S::Approved => "approved",
        S::Activating => "activating",
        S::Active => "active",
        S::Expiring => "expiring",
        S::Expired => "expired",
        S::TerminationRequested => "termination_requested",
        S::Terminating => "terminating",
        S::Terminated => "terminated",
        other => unimplemented!(
            "csp-support has a new variant {other:?}: encode it in the Cedar schema and policies"
        ),
    }
}

fn workload(w: Workload) -> &'static str {
    match w {
        Workload::Azure => "azure",
        Workload::Office365 => "office365",
        Workload::DynamicsCrmOnline => "dynamics_crm_online",
        Workload::EnterpriseMobilitySuite => "enterprise_mobility_suite",
        Workload::CommercialMarketplace => "commercial_marketplace",
        Workload::Other => "other",
        other => unimplemented!(
            "csp-support has a new variant {other:?}: encode it in the Cedar schema and policies"
        ),
    }
}

fn cloud(c: Cloud) -> &'static str {
    match c {
        Cloud::Global => "global",
        Cloud::UsGovernment => "us_government",
        Cloud::Germany => "germany",
        other => unimplemented!(
            "csp-support has a new variant {other:?}: encode it in the Cedar schema and policies"
        ),
    }
}

fn problem(p: ProblemKind) -> &'static str {
    match p {
        ProblemKind::Technical => "technical",
        ProblemKind::Billing => "billing",
        ProblemKind::BillingDispute => "billing_dispute",
        ProblemKind::SubscriptionManagement => "subscription_management",
        ProblemKind::SuspectedFraud => "suspected_fraud",
        other => unimplemented!(
            "csp-support has a new variant {other:?}: encode it in the Cedar schema and policies"
        ),
    }
}

fn channel(c: Channel) -> &'static str {
    match c {
        Channel::PartnerCenter => "partner_center",
        Channel::AzurePortalDirect => "azure_portal_direct",
        Channel::AdminCenterDirect => "admin_center_direct",
        Channel::Phone => "phone",
        other => unimplemented!(
            "csp-support has a new variant {other:?}: encode it in the Cedar schema and policies"
        ),
    }
}

fn own_entitlement(e: OwnEntitlement) -> &'static str {
    match e {
        OwnEntitlement::NotNamed => "none",
        OwnEntitlement::PartnerProgramContract => "partner_program_contract",
        OwnEntitlement::Premier => "premier",
        OwnEntitlement::AzureSupportPlan => "azure_support_plan",
        OwnEntitlement::CloudSolutionProvider => "cloud_solution_provider",
        OwnEntitlement::Other => "other",
        other => unimplemented!(
            "csp-support has a new variant {other:?}: encode it in the Cedar schema and policies"
        ),
    }
}

/// `req` with its edition set to `gdap-2025`, the one Cedar encodes.
#[must_use]
pub fn in_gdap_2025(mut req: csp_support::Request) -> csp_support::Request {
    req.edition = Edition::Gdap2025;
    req
}
