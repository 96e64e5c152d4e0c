//! The customer-side question (`CUSTOMER-*`): what a customer with a given
//! mix of subscriptions may do itself.

use crate::answers::decision::Outcome;
use crate::facts::model::{Subscription, SubscriptionChannel, SubscriptionKind, domain_enum};
use crate::rules::engine::weakest_basis;
use crate::{Basis, Edition, RuleId, RuleSet};

domain_enum! {
    /// Whom a customer may contact for support.
    pub enum CustomerOption {
        /// Contact its CSP partner.
        ContactPartner = "contact_partner",
        /// Open a service request with Microsoft in the Microsoft 365 admin center.
        OpenRequestWithMicrosoft = "open_request_with_microsoft",
    }
}

crate::util::enumset::enum_set! {
    /// A set of customer options.
    CustomerOptions of CustomerOption
}

/// What a customer may do itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct CustomerAnswer {
    /// Allowed (with options) or not covered.
    pub outcome: Outcome,
    /// The options; empty when not covered.
    pub options: CustomerOptions,
    /// The rules that decided it.
    pub rules: RuleSet,
    /// The weakest basis among them.
    pub basis: Basis,
}

/// Answers the customer-side question for a mix of subscriptions.
///
/// Only `gdap-2025` states these rules, and only for a customer with CSP
/// subscriptions and Direct ones; any other mix, and every mix in the other
/// editions, is not covered.
///
/// ```
/// use csp_support::{customer_options, CustomerOption, Edition, Outcome, Subscription};
/// use csp_support::{SubscriptionChannel::*, SubscriptionKind::*};
/// let mix = [
///     Subscription::new(Csp, Paid),
///     Subscription::new(Direct, Trial),
/// ];
/// let a = customer_options(Edition::Gdap2025, &mix);
/// assert_eq!(a.outcome, Outcome::Allowed);
/// assert!(a.options.contains(CustomerOption::ContactPartner));
/// assert!(!a.options.contains(CustomerOption::OpenRequestWithMicrosoft));
/// ```
#[must_use]
pub fn customer_options(edition: Edition, subscriptions: &[Subscription]) -> CustomerAnswer {
    let has = |channel, kind: Option<SubscriptionKind>| {
        subscriptions
            .iter()
            .any(|s| s.channel == channel && kind.is_none_or(|k| s.kind == k))
    };
    let csp = has(SubscriptionChannel::Csp, None);
    let direct = has(SubscriptionChannel::Direct, None);
    let direct_paid = has(SubscriptionChannel::Direct, Some(SubscriptionKind::Paid));
    let both = RuleSet::of(&[RuleId::CustomerTrialPartnerOnly, RuleId::CustomerPaidEither]);
    let (outcome, options, rules) = match (edition, csp && direct, direct_paid) {
        (Edition::Gdap2025, true, false) => (
            Outcome::Allowed,
            CustomerOptions::of(&[CustomerOption::ContactPartner]),
            RuleSet::of(&[RuleId::CustomerTrialPartnerOnly]),
        ),
        (Edition::Gdap2025, true, true) => (
            Outcome::Allowed,
            CustomerOptions::of(&[
                CustomerOption::ContactPartner,
                CustomerOption::OpenRequestWithMicrosoft,
            ]),
            RuleSet::of(&[RuleId::CustomerPaidEither]),
        ),
        _ => (Outcome::NotCovered, CustomerOptions::EMPTY, both),
    };
    // In dap and gdap-2023 the cited rules do not hold: their basis is the
    // gdap-2025 one, reported as interpreted (our reading of silence).
    let basis = if edition == Edition::Gdap2025 {
        weakest_basis(rules, edition)
    } else {
        Basis::Interpreted
    };
    CustomerAnswer {
        outcome,
        options,
        rules,
        basis,
    }
}
