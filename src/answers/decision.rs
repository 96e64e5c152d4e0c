//! A decision is data: the outcome, the rule IDs that decided it, what is
//! missing, what would help, and how firm its basis is.

use chrono::{DateTime, Utc};

use crate::facts::model::domain_enum;
use crate::util::enumset::enum_set;
use crate::{Basis, RuleSet};

domain_enum! {
    /// The answer to "may this partner file this request?".
    pub enum Outcome {
        /// Allowed: every requirement of the edition is met.
        Allowed = "allowed",
        /// Denied: a rule says no, or a requirement a rule states is unmet.
        Denied = "denied",
        /// Not covered: no rule addresses the situation (fail closed).
        NotCovered = "not_covered",
        /// Redirected: Microsoft gives no support; contact the ISV.
        Redirected = "redirected",
    }
}

impl Outcome {
    /// Whether the request may be filed with Microsoft.
    #[must_use]
    pub const fn is_allowed(self) -> bool {
        matches!(self, Outcome::Allowed)
    }

    /// How strongly the outcome of a failing check decides a stage:
    /// denied beats not covered beats redirected.
    pub(crate) const fn weight(self) -> u8 {
        match self {
            Outcome::Allowed => 0,
            Outcome::Redirected => 1,
            Outcome::NotCovered => 2,
            Outcome::Denied => 3,
        }
    }
}

domain_enum! {
    /// Advice attached to a denial: what would change the outcome.
    /// Remedies are advice, never rules.
    pub enum Remedy {
        /// Ask the customer's direct-bill partner or indirect provider to file.
        AskProviderToFile = "ask_provider_to_file",
        /// Ask the provider of the customer's Azure subscription to file.
        AskSubscriptionProviderToFile = "ask_subscription_provider_to_file",
        /// Get the Partner Center Admin agent role.
        GetAdminAgentRole = "get_admin_agent_role",
        /// Get the Partner Center Admin agent or Helpdesk agent role (`dap`).
        GetAdminOrHelpdeskAgentRole = "get_admin_or_helpdesk_agent_role",
        /// Obtain delegated admin privileges for the customer (`dap`).
        ObtainDelegatedAdmin = "obtain_delegated_admin",
        /// Set up (or renew) an active GDAP relationship with the customer.
        EstablishActiveGdapRelationship = "establish_active_gdap_relationship",
        /// Assign the user, through a security group, to the GDAP relationship.
        AssignUserToRelationship = "assign_user_to_relationship",
        /// Add Service support administrator to the GDAP relationship and
        /// assign it to the user's security group.
        AddServiceSupportAdministrator = "add_service_support_administrator",
        /// Assign Support Request Contributor (or Owner or Contributor) on the
        /// Azure subscription.
        AssignSupportRequestContributor = "assign_support_request_contributor",
        /// Ask the indirect provider to grant access to the customer's Azure
        /// account (`dap`).
        AskIndirectProviderForAzureAccess = "ask_indirect_provider_for_azure_access",
        /// Start from Partner Center instead of signing in directly.
        StartFromPartnerCenter = "start_from_partner_center",
        /// Sign in directly to the Azure portal or the admin center.
        SignInDirectly = "sign_in_directly",
        /// Name a support plan of your own: a partner program contract ID,
        /// Premier or an Azure support plan.
        NameOwnSupportPlan = "name_own_support_plan",
        /// File through Partner Center; there is no phone channel.
        FileThroughPartnerCenter = "file_through_partner_center",
    }
}

enum_set! {
    /// A set of remedies, in declaration order.
    Remedies of Remedy
}

domain_enum! {
    /// What a not-covered (or denied) request lacks.
    pub enum Missing {
        /// A cloud the edition covers.
        CoveredCloud = "covered_cloud",
        /// A workload the edition covers.
        CoveredWorkload = "covered_workload",
        /// A problem kind the edition covers.
        CoveredProblemKind = "covered_problem_kind",
        /// A channel the edition names.
        CoveredChannel = "covered_channel",
        /// The portal that serves the workload, for a direct sign-in.
        MatchingPortal = "matching_portal",
        /// A support plan the seeds name for the own tenant.
        NamedEntitlement = "named_entitlement",
        /// A partner type allowed to file in the edition.
        AllowedPartnerType = "allowed_partner_type",
        /// Being the provider of the customer's Azure subscription.
        SubscriptionProvider = "subscription_provider",
        /// The Partner Center role the edition requires.
        PartnerCenterRole = "partner_center_role",
        /// Delegated admin privileges (`dap`).
        DelegatedAdmin = "delegated_admin",
        /// A GDAP relationship that is active and unexpired at filing.
        ActiveRelationship = "active_relationship",
        /// A user assignment to the relationship through a security group.
        UserAssignment = "user_assignment",
        /// A sufficient Microsoft Entra role reaching the user.
        SufficientEntraRole = "sufficient_entra_role",
        /// An Azure RBAC role that may write support tickets.
        SupportTicketRbacRole = "support_ticket_rbac_role",
        /// Access to the customer's Azure account granted by the indirect provider (`dap`).
        AzureAccessGrant = "azure_access_grant",
        /// A documented way to reach the customer's Azure subscription (`dap`).
        AzureAccessPath = "azure_access_path",
        /// A `CUSTOMER-*` rule that covers the mix of subscriptions.
        CustomerRule = "customer_rule",
    }
}

enum_set! {
    /// A set of missing facts, in declaration order.
    MissingFacts of Missing
}

/// Until when an allowed outcome holds, where a fact it rests on ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct ValidUntil {
    /// The end of the GDAP relationship the outcome rests on.
    #[cfg_attr(feature = "serde", serde(with = "crate::facts::instant::utc"))]
    #[cfg_attr(feature = "schemars", schemars(with = "DateTime<Utc>"))]
    pub at: DateTime<Utc>,
    /// Whether the relationship renews itself then (by this many days).
    pub renews_by_days: Option<u16>,
}

/// The answer to "may this partner file this request?", with its reasons.
///
/// ```
/// use csp_support::{samples, Outcome, RuleId};
/// let decision = csp_support::decide(&samples::reseller_azure_gdap_2025());
/// assert_eq!(decision.outcome, Outcome::Denied);
/// assert!(decision.rules.contains(RuleId::AzureProviderOnly));
/// assert!(!decision.remedies.is_empty());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Decision {
    /// The outcome.
    pub outcome: Outcome,
    /// The rules that decided it: every failing check of the deciding stage
    /// in evaluation order, or, when allowed, the rules that granted it.
    pub rules: RuleSet,
    /// What is missing (not covered and denied outcomes).
    #[cfg_attr(feature = "serde", serde(default))]
    pub missing: MissingFacts,
    /// Advice that would change a denial (or a not-covered outcome).
    #[cfg_attr(feature = "serde", serde(default))]
    pub remedies: Remedies,
    /// The weakest basis among the cited rules.
    pub basis: Basis,
    /// Until when an allowed outcome holds (the GDAP relationship's end).
    #[cfg_attr(feature = "serde", serde(default))]
    pub valid_until: Option<ValidUntil>,
}
