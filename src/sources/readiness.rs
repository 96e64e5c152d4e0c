//! The readiness report: for which of a partner's customers can its filing
//! user file what, right now, and until when?
//!
//! The input is a [`PartnerProfile`] (the partner's type, the user's Partner
//! Center roles and security groups) and a [`CustomerBook`] (a Microsoft
//! Graph export of the partner's GDAP relationships and their access
//! assignments, and optionally the Azure RBAC role assignments per
//! subscription). [`readiness`] evaluates every customer × workload (Azure,
//! Office 365, Dynamics CRM Online, Enterprise Mobility Suite) with
//! [`decide`](crate::decide), for a technical problem filed through Partner
//! Center at the given instant, and [`render`] prints the result as a
//! markdown table, CSV or JSON.
//!
//! ## How a customer is judged
//!
//! The model's [`CustomerTenant`] holds one GDAP relationship; a customer in
//! Graph may have several. Each relationship that grants access is evaluated
//! on its own and the best answer kept: allowed beats every other outcome,
//! then a relationship that grants access now beats one that does not (its
//! reasons are about roles, not about a missing relationship), then the
//! latest end. A customer without any relationship that grants access is
//! judged with none. Azure is judged per subscription of the book (one row
//! each); a customer without Azure data gets one Azure row without a
//! subscription, which RULES.md denies (`AZURE-PROVIDER-ONLY`,
//! `AZURE-GDAP-RBAC`): without RBAC facts nothing is granted. In the `dap`
//! edition the book carries no DAP facts, so every row is denied by
//! `FILER-DAP-DELEGATED-ADMIN`.
//!
//! ## Expiry notices
//!
//! Microsoft e-mails expiry notices 30, 7 and 1 days before a relationship
//! ends. Each customer lists its relationships that grant access now and end
//! within 30 days, each in its tightest bucket ([`ExpiryNotice`]); rows name
//! the bucket of the relationship they rest on. Relationships whose end has
//! passed while Graph still says `active` are listed apart: they grant
//! nothing.
//!
//! ## Cost
//!
//! One pass over the book, two sorts of index arrays, and a handful of
//! allocations per customer (its rows and lists); the rows borrow every
//! string from the book. The decision itself never allocates.
//!
//! ```
//! use csp_support::readiness::{self, CustomerBook, Format, PartnerProfile};
//! use csp_support::{Edition, Outcome, Workload};
//!
//! let profile = PartnerProfile::from_json(r#"{
//!   "type": "direct_bill_partner", "roles": ["admin_agent"], "groups": ["g-support"]
//! }"#)?;
//! let book = CustomerBook::from_json(r#"{
//!   "relationships": {"value": [{
//!     "id": "rel-1", "status": "active", "duration": "P730D", "autoExtendDuration": "PT0S",
//!     "customer": {"tenantId": "t-1", "displayName": "Contoso"},
//!     "accessDetails": {"unifiedRoles": [{"roleDefinitionId": "f023fd81-a637-4b56-95fd-791ac0226033"}]},
//!     "activatedDateTime": "2025-01-01T00:00:00Z", "endDateTime": "2026-12-01T00:00:00Z"
//!   }]},
//!   "access_assignments": {"rel-1": {"value": [{
//!     "status": "active",
//!     "accessContainer": {"accessContainerId": "g-support", "accessContainerType": "securityGroup"},
//!     "accessDetails": {"unifiedRoles": [{"roleDefinitionId": "f023fd81-a637-4b56-95fd-791ac0226033"}]}
//!   }]}}
//! }"#)?;
//! let report = readiness::readiness(&profile, &book, Edition::Gdap2025, "2026-11-16T10:00:00Z".parse()?)?;
//! let contoso = &report.customers[0];
//! let o365 = contoso.rows.iter().find(|r| r.workload == Workload::Office365).unwrap();
//! assert_eq!(o365.outcome, Outcome::Allowed);
//! assert_eq!(o365.valid_until.map(|v| v.at.to_rfc3339()), Some("2026-12-01T00:00:00+00:00".into()));
//! assert_eq!(contoso.expiring[0].notice, readiness::ExpiryNotice::ThirtyDays);
//! println!("{}", readiness::render(&report, Format::Markdown));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::collections::BTreeMap;
use std::fmt::Write as _;

use chrono::{DateTime, SecondsFormat, TimeDelta, Utc};

use crate::facts::model::domain_enum;
use crate::graph::{
    AzureRoleAssignment, Collection, DelegatedAdminAccessAssignment, DelegatedAdminRelationship,
    azure_roles, payload_error, user_roles,
};
use crate::{
    AutoExtend, AzureAccess, Channel, Cloud, CustomerTenant, Decision, Edition, Error,
    GdapRelationship, LanguageTag, MissingFacts, Outcome, Partner, PartnerCenterRoles, PartnerType,
    ProblemKind, Remedies, Request, RuleSet, Severity, Tenant, ValidUntil, Workload,
};

/// The workloads a report covers, in report order.
pub const WORKLOADS: [Workload; 4] = [
    Workload::Azure,
    Workload::Office365,
    Workload::DynamicsCrmOnline,
    Workload::EnterpriseMobilitySuite,
];

/// Who files: the partner and its filing user. Our own form: unknown fields
/// are rejected.
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
    /// principals of Azure RBAC assignments made to groups).
    #[serde(default)]
    pub groups: Vec<String>,
    /// The user's own object ID, for Azure RBAC assigned to the user directly.
    #[serde(default)]
    pub user_id: Option<String>,
    /// The Partner Center cloud (default global).
    #[serde(default = "global")]
    pub cloud: Cloud,
}

const fn global() -> Cloud {
    Cloud::Global
}

impl PartnerProfile {
    /// Reads a profile from JSON.
    ///
    /// # Errors
    ///
    /// [`Error::GraphPayload`] naming the JSON path of the first bad value.
    pub fn from_json(json: &str) -> Result<Self, Error> {
        from_json(json)
    }

    /// The principals whose Azure RBAC assignments reach the user.
    fn principals(&self) -> Vec<&str> {
        self.groups
            .iter()
            .map(String::as_str)
            .chain(self.user_id.as_deref())
            .collect()
    }
}

/// One Azure subscription of a customer: who sold it and its RBAC
/// assignments (an Azure `roleAssignments` list, as returned).
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
    /// The subscription's role assignments (`{"value": [...]}` or an array).
    #[serde(default)]
    pub role_assignments: Collection<AzureRoleAssignment>,
}

/// A partner's customer book: a Microsoft Graph export and optional Azure
/// RBAC facts. The envelope is our own form (unknown fields rejected); the
/// Graph and Azure payloads inside are read tolerantly, as returned.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct CustomerBook {
    /// `GET /tenantRelationships/delegatedAdminRelationships` (all pages
    /// joined): `{"value": [...]}` or an array.
    pub relationships: Collection<DelegatedAdminRelationship>,
    /// `GET …/delegatedAdminRelationships/{id}/accessAssignments`, by
    /// relationship ID. Assignments expanded inline in a relationship
    /// (`accessAssignments`) count as well.
    #[serde(default)]
    pub access_assignments: BTreeMap<String, Collection<DelegatedAdminAccessAssignment>>,
    /// Azure subscriptions and their RBAC assignments.
    #[serde(default)]
    pub azure: Vec<AzureSubscription>,
}

impl CustomerBook {
    /// Reads a book from JSON.
    ///
    /// # Errors
    ///
    /// [`Error::GraphPayload`] naming the JSON path of the first bad value
    /// (such as `relationships.value[3].duration`).
    pub fn from_json(json: &str) -> Result<Self, Error> {
        from_json(json)
    }
}

fn from_json<T: serde::de::DeserializeOwned>(json: &str) -> Result<T, Error> {
    let mut de = serde_json::Deserializer::from_str(json);
    let value = serde_path_to_error::deserialize(&mut de).map_err(payload_error)?;
    de.end().map_err(|e| Error::GraphPayload {
        path: ".".to_owned(),
        message: e.to_string(),
    })?;
    Ok(value)
}

domain_enum! {
    /// The expiry notice a relationship is due: Microsoft e-mails them 30, 7
    /// and 1 days before the end. A relationship is in its tightest bucket.
    pub enum ExpiryNotice {
        /// Ends within 1 day.
        OneDay,
        /// Ends within 7 days (and not within 1).
        SevenDays,
        /// Ends within 30 days (and not within 7).
        ThirtyDays,
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
        }
    }

    /// The tightest bucket for a relationship ending `remaining` from now;
    /// `None` when it has ended already or ends later than 30 days.
    #[must_use]
    pub fn for_remaining(remaining: TimeDelta) -> Option<ExpiryNotice> {
        if remaining <= TimeDelta::zero() {
            return None;
        }
        [
            ExpiryNotice::OneDay,
            ExpiryNotice::SevenDays,
            ExpiryNotice::ThirtyDays,
        ]
        .into_iter()
        .find(|n| TimeDelta::try_days(n.days()).is_some_and(|d| remaining <= d))
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
    /// What would help.
    pub remedies: Remedies,
    /// Until when an allowed outcome holds.
    pub valid_until: Option<ValidUntil>,
    /// The relationship the outcome rests on (`None`: judged without one).
    pub relationship_id: Option<&'a str>,
    /// The expiry notice that relationship is due, if any.
    pub notice: Option<ExpiryNotice>,
}

/// A relationship that grants access now and ends within 30 days.
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

/// One customer of the report.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct CustomerReadiness<'a> {
    /// The customer's tenant ID.
    pub tenant_id: &'a str,
    /// The customer's display name, as a relationship gives it.
    pub display_name: Option<&'a str>,
    /// One row per workload (Azure: per subscription).
    pub rows: Vec<WorkloadReadiness<'a>>,
    /// Relationships ending within 30 days, soonest first.
    pub expiring: Vec<ExpiringRelationship<'a>>,
    /// Relationships whose end has passed while Graph still reports them
    /// `active` or `expiring`: they grant nothing.
    pub ended_still_active: Vec<&'a str>,
}

/// The readiness report over a customer book.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ReadinessReport<'a> {
    /// The edition decided under.
    pub edition: Edition,
    /// The instant judged.
    pub at: DateTime<Utc>,
    /// The customers, by display name then tenant ID.
    pub customers: Vec<CustomerReadiness<'a>>,
    /// Relationships without a customer yet (Graph's `customer: null`).
    pub without_customer: Vec<&'a str>,
}

/// A relationship of one customer, converted once.
struct Candidate<'a> {
    id: &'a str,
    rel: GdapRelationship,
}

/// Builds the readiness report.
///
/// # Errors
///
/// [`Error::GraphRelationship`] naming the first relationship the model
/// cannot hold (see [`DelegatedAdminRelationship::to_model`]); nothing is
/// skipped.
pub fn readiness<'a>(
    profile: &PartnerProfile,
    book: &'a CustomerBook,
    edition: Edition,
    at: DateTime<Utc>,
) -> Result<ReadinessReport<'a>, Error> {
    let rels = book.relationships.as_slice();
    let mut without_customer = Vec::new();
    let mut by_tenant: Vec<(&'a str, usize)> = Vec::with_capacity(rels.len());
    for (i, r) in rels.iter().enumerate() {
        match r.customer_tenant_id() {
            Some(t) => by_tenant.push((t, i)),
            None => without_customer.push(r.id.as_str()),
        }
    }
    by_tenant.sort_unstable();
    let mut az: Vec<(&'a str, usize)> = book
        .azure
        .iter()
        .enumerate()
        .map(|(i, s)| (s.customer_tenant_id.as_str(), i))
        .collect();
    az.sort_unstable();

    let principals = profile.principals();
    let mut request = Request {
        edition,
        partner: Partner {
            partner_type: profile.partner_type,
            roles: profile.roles,
        },
        cloud: profile.cloud,
        workload: Workload::Office365,
        tenant: Tenant::Customer(CustomerTenant::default()),
        problem: ProblemKind::Technical,
        severity: Severity::B,
        channel: Channel::PartnerCenter,
        language: LanguageTag::default(),
        filed_at: at,
    };

    let mut customers = Vec::new();
    let mut candidates: Vec<Candidate<'a>> = Vec::new();
    let (mut ri, mut ai) = (0usize, 0usize);
    loop {
        // Merge the two sorted lists by tenant ID.
        let next_rel = by_tenant.get(ri).map(|(t, _)| *t);
        let next_az = az.get(ai).map(|(t, _)| *t);
        let tenant = match (next_rel, next_az) {
            (None, None) => break,
            (Some(r), None) => r,
            (None, Some(a)) => a,
            (Some(r), Some(a)) => r.min(a),
        };
        let rel_end = run_end(&by_tenant, ri, tenant);
        let az_end = run_end(&az, ai, tenant);
        let tenant_rels = by_tenant.get(ri..rel_end).unwrap_or_default();
        let tenant_subs = az.get(ai..az_end).unwrap_or_default();
        ri = rel_end;
        ai = az_end;

        candidates.clear();
        let mut customer = CustomerReadiness {
            tenant_id: tenant,
            display_name: None,
            rows: Vec::with_capacity(WORKLOADS.len().saturating_add(tenant_subs.len())),
            expiring: Vec::new(),
            ended_still_active: Vec::new(),
        };
        for &(_, i) in tenant_rels {
            let Some(r) = rels.get(i) else { continue };
            if customer.display_name.is_none() {
                customer.display_name = r.customer.as_ref().and_then(|c| c.display_name.as_deref());
            }
            let listed = book
                .access_assignments
                .get(&r.id)
                .map(Collection::as_slice)
                .unwrap_or_default();
            let mut reaching = user_roles(r, listed, &profile.groups);
            if !r.access_assignments.is_empty() {
                reaching = reaching.union(user_roles(r, &r.access_assignments, &profile.groups));
            }
            if let Some(rel) = r.to_model(reaching)? {
                if rel.grants_at(at) {
                    let remaining = rel.ends_at.signed_duration_since(at);
                    if let Some(notice) = ExpiryNotice::for_remaining(remaining) {
                        customer.expiring.push(ExpiringRelationship {
                            relationship_id: &r.id,
                            ends_at: rel.ends_at,
                            notice,
                            auto_extend: rel.auto_extend,
                        });
                    }
                } else if rel.ends_at <= at {
                    customer.ended_still_active.push(&r.id);
                }
                candidates.push(Candidate { id: &r.id, rel });
            }
        }
        customer.expiring.sort_by_key(|e| e.ends_at);

        for workload in WORKLOADS {
            request.workload = workload;
            if workload == Workload::Azure && !tenant_subs.is_empty() {
                for &(_, i) in tenant_subs {
                    let Some(sub) = book.azure.get(i) else {
                        continue;
                    };
                    let access = AzureAccess {
                        is_provider: sub.is_provider,
                        granted_by_indirect_provider: false,
                        rbac: azure_roles(sub.role_assignments.as_slice(), &principals),
                    };
                    let row = best(&mut request, &candidates, Some(access), at, &customer)?;
                    customer.rows.push(WorkloadReadiness {
                        subscription_id: Some(&sub.subscription_id),
                        ..row
                    });
                }
            } else {
                let row = best(&mut request, &candidates, None, at, &customer)?;
                customer.rows.push(row);
            }
        }
        customers.push(customer);
    }
    customers.sort_by(|a, b| {
        (a.display_name.unwrap_or(a.tenant_id), a.tenant_id)
            .cmp(&(b.display_name.unwrap_or(b.tenant_id), b.tenant_id))
    });
    Ok(ReadinessReport {
        edition,
        at,
        customers,
        without_customer,
    })
}

/// The end of the run of `tenant` in the sorted `list`, from `start`.
fn run_end(list: &[(&str, usize)], start: usize, tenant: &str) -> usize {
    let rest = list.get(start..).unwrap_or_default();
    start.saturating_add(rest.iter().take_while(|(t, _)| *t == tenant).count())
}

/// Evaluates every candidate relationship (or none) and keeps the best.
fn best<'a>(
    request: &mut Request,
    candidates: &[Candidate<'a>],
    azure: Option<AzureAccess>,
    at: DateTime<Utc>,
    customer: &CustomerReadiness<'a>,
) -> Result<WorkloadReadiness<'a>, Error> {
    let rank = |d: &Decision, c: Option<&Candidate<'a>>| {
        (
            d.outcome.is_allowed(),
            c.is_some_and(|c| c.rel.grants_at(at)),
            c.map(|c| c.rel.ends_at),
        )
    };
    let mut judge = |c: Option<&Candidate<'a>>| {
        request.tenant = Tenant::Customer(CustomerTenant {
            gdap: c.map(|c| c.rel),
            delegated_admin: false,
            azure,
        });
        Ok::<Decision, Error>(crate::decide(request))
    };
    let mut rest = candidates.iter();
    let first = rest.next();
    let (mut d, mut c) = (judge(first)?, first);
    for next in rest {
        let dn = judge(Some(next))?;
        if rank(&dn, Some(next)) > rank(&d, c) {
            (d, c) = (dn, Some(next));
        }
    }
    let relationship_id = c.map(|c| c.id);
    let notice = relationship_id.and_then(|id| {
        customer
            .expiring
            .iter()
            .find(|e| e.relationship_id == id)
            .map(|e| e.notice)
    });
    Ok(WorkloadReadiness {
        workload: request.workload,
        subscription_id: None,
        outcome: d.outcome,
        rules: d.rules,
        missing: d.missing,
        remedies: d.remedies,
        valid_until: d.valid_until,
        relationship_id,
        notice,
    })
}

// ---------------------------------------------------------------------------
// Rendering
// ---------------------------------------------------------------------------

/// How [`render`] prints a report.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Default,
    strum::Display,
    strum::IntoStaticStr,
    strum::VariantArray,
    serde::Serialize,
    serde::Deserialize,
)]
#[strum(serialize_all = "snake_case")]
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
/// the rule IDs, until when it holds, the relationship and its expiry notice;
/// markdown adds the relationships ending within 30, 7 and 1 days (soonest
/// first), those ended while Graph still says active, and those without a
/// customer. JSON is
/// the [`ReadinessReport`] as data.
#[must_use]
pub fn render(report: &ReadinessReport<'_>, format: Format) -> String {
    match format {
        Format::Markdown => markdown(report),
        Format::Csv => csv(report),
        Format::Json => serde_json::to_string_pretty(report).unwrap_or_else(|e| {
            // Unreachable for these types (string keys only); say so rather
            // than print nothing.
            format!("{{\"error\": {:?}}}", e.to_string())
        }),
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
    out.push_str(
        "| Customer | Tenant ID | Workload | Subscription | Outcome | Rules | Valid until | Relationship | Notice |\n",
    );
    out.push_str("|---|---|---|---|---|---|---|---|---|\n");
    for c in &report.customers {
        for r in &c.rows {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} | {} | {} | {} |",
                md(c.display_name.unwrap_or_default()),
                md(c.tenant_id),
                r.workload,
                md(r.subscription_id.unwrap_or_default()),
                r.outcome,
                rule_list(r.rules, ", "),
                valid_until_text(r.valid_until),
                md(r.relationship_id.unwrap_or_default()),
                notice_text(r.notice),
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
        out.push_str("\n## Relationships ending within 30, 7 and 1 days\n\n");
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
    out
}

/// A CSV field from input (see [`crate::util::escape`]).
fn csv_field(out: &mut String, s: &str) {
    out.push_str(&crate::util::escape::csv_field(s));
}

fn csv(report: &ReadinessReport<'_>) -> String {
    let mut out = String::from(
        "customer,tenant_id,workload,subscription_id,outcome,rules,missing,remedies,valid_until,renews_by_days,relationship_id,notice\r\n",
    );
    for c in &report.customers {
        for r in &c.rows {
            let missing: Vec<&str> = r.missing.iter().map(<&str>::from).collect();
            let remedies: Vec<&str> = r.remedies.iter().map(<&str>::from).collect();
            let fields = [
                c.display_name.unwrap_or_default().to_owned(),
                c.tenant_id.to_owned(),
                r.workload.to_string(),
                r.subscription_id.unwrap_or_default().to_owned(),
                r.outcome.to_string(),
                rule_list(r.rules, " "),
                missing.join(" "),
                remedies.join(" "),
                r.valid_until.map(|v| instant(v.at)).unwrap_or_default(),
                r.valid_until
                    .and_then(|v| v.renews_by_days)
                    .map(|d| d.to_string())
                    .unwrap_or_default(),
                r.relationship_id.unwrap_or_default().to_owned(),
                r.notice.map(|n| n.to_string()).unwrap_or_default(),
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
