//! # csp-support
//!
//! Microsoft Cloud Solution Provider (CSP) support eligibility rules as a
//! pure, fast, explainable decision library: who may file which support
//! request for a customer, through which portal, under which support plan,
//! at what fee, and by when the first response is due.
//!
//! The rules come from one Partner Center article in three revisions, the
//! **editions** [`Edition::Dap`], [`Edition::Gdap2023`] and
//! [`Edition::Gdap2025`] ([`Edition::LATEST`]; there is no default edition). Every rule has a stable ID
//! ([`RuleId`], printed exactly as `RULES.md` spells it), a basis per edition
//! ([`Basis`]) and citations into the seeds ([`Rule::citations_in`]).
//!
//! ## The API in one screen
//!
//! ```
//! use csp_support::*;
//!
//! // A request: every fact the rules look at (plain data, serde-ready).
//! let request: Request = samples::reseller_azure_gdap_2025();
//!
//! // 1. May it be filed? The eligibility decision alone, in nanoseconds.
//! let decision: Decision = decide(&request);
//! assert_eq!(decision.outcome, Outcome::Denied);
//! assert_eq!(
//!     decision.rules.to_string(),
//!     "[FILER-PARTNER-TYPES, AZURE-PROVIDER-ONLY]"
//! );
//! assert!(decision.remedies.contains(Remedy::AskProviderToFile));
//!
//! // 2.–4. Where, under which plan, at what fee: one assessment.
//! let a: Assessment = assess(&samples::direct_partner_azure());
//! assert_eq!(a.outcome(), Outcome::Allowed);
//! assert_eq!(a.plan.map(|p| p.plan), Some(SupportPlan::CloudSolutionProvider));
//! assert_eq!(a.fee.map(|f| f.fee), Some(Fee::Charged));
//! println!("{a}"); // a readable explanation
//!
//! // 5. By when is the first response due? Give a business calendar.
//! let calendar = Calendar::standard(chrono_tz::Europe::Berlin);
//! let mut german = samples::direct_partner_office365();
//! german.language = "de".parse()?;
//! let a = assess_with_calendar(&german, &calendar)?;
//! let due = a.deadline.as_ref().map(|d| (d.clock, d.due_utc.to_rfc3339()));
//! assert_eq!(due, Some((Clock::BusinessHours, "2026-11-16T14:00:00+00:00".into())));
//!
//! // The same explanation in the partner's language.
//! let text = decision.explain(i18n::Lang::from(&"de-AT".parse::<LanguageTag>()?)).to_string();
//! assert!(text.starts_with("Abgelehnt [FILER-PARTNER-TYPES, AZURE-PROVIDER-ONLY]"));
//!
//! // The customer's own options (CUSTOMER-*).
//! let mix = [Subscription::new(SubscriptionChannel::Csp, SubscriptionKind::Paid)];
//! assert_eq!(customer_options(Edition::Gdap2025, &mix).outcome, Outcome::NotCovered);
//!
//! // JSON in and out, with errors that name the field.
//! # #[cfg(feature = "serde")] {
//! let err = Request::from_json(r#"{"partner": {"type": "reseller"}}"#).unwrap_err();
//! assert!(err.to_string().starts_with("partner.type: unknown variant `reseller`"));
//! # }
//!
//! // The catalogue is data.
//! let rule = RuleId::AzureProviderOnly.rule();
//! assert_eq!(rule.basis(Edition::Gdap2023), Some(Basis::Outside));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! ## How a request is judged
//!
//! In stages (`RULES.md`, "Order of evaluation"): scope (cloud, workload,
//! problem kind), channel, own tenant, customer tenant. The first stage with a
//! failing check decides, citing *every* failing check of that stage in
//! evaluation order; inside a stage denied beats not covered beats
//! redirected. Where the rules are silent the answer is
//! [`Outcome::NotCovered`], never allowed; an expired, pending or ended GDAP
//! relationship grants nothing.
//!
//! ## Where things are
//!
//! | to … | use |
//! |---|---|
//! | decide or assess one request | [`decide`], [`assess`], [`assess_with_calendar`], [`Request::builder`] |
//! | count business time | [`Calendar`], [`CalendarSpec`], [`deadline`], [`Deadline`] |
//! | explain in en, de, nl, ru, it, ja | [`i18n`], [`Decision::explain`], [`Assessment::explain`] |
//! | read and write JSON | [`json`], [`Request::from_json`], [`AssessInput`], [`parse_instant`] (the one grammar of instants) |
//! | test your policy in CI | [`scenario`], the `csp-support check` CLI (feature `cli`) |
//! | review the whole policy | [`matrix`] (`csp-support matrix`, `csp-support diff`) |
//! | look at it in a browser | `Matrix::to_html`, `MatrixDiff::to_html`, `readiness::render_html` (feature `html`): self-contained pages |
//! | read Microsoft Graph and Azure exports | [`graph`], [`readiness`](mod@readiness) |
//! | property-test your own code | `proptest_support` (feature `proptest`) |
//! | know every class of bad input | [`bad_input`] |
//!
//! ## Stability: what a minor release may add
//!
//! From 1.0 the crate follows semantic versioning, and Microsoft's yearly
//! revision of the article is a **minor** release: a new [`Edition`] with
//! its rules, seeds and answers. So a minor release may add:
//!
//! - **variants to every `#[non_exhaustive]` enum**: editions, seeds, rule
//!   IDs, outcomes, remedies, missing facts, fees, clocks, route steps,
//!   portals, Partner Center paths, support plans, ISV contacts, languages,
//!   error variants and error kinds, and the facts Microsoft extends
//!   (partner types, Partner Center / Entra / Azure roles, GDAP statuses,
//!   workloads, clouds, own entitlements, problem kinds, severities,
//!   business impacts, channels, subscription channels and kinds). Match
//!   them with a `_` arm. Closed (exhaustive) are only [`AutoExtend`] (on or
//!   off), [`Basis`] (the four kinds of evidence) and [`Tenant`] (customer
//!   or own).
//! - **fields to the `#[non_exhaustive]` structs**: the answers
//!   ([`Decision`], [`Assessment`], [`Route`], [`Deadline`], …), which you
//!   read but never build, and the facts ([`Request`], [`Partner`],
//!   [`CustomerTenant`], [`AzureAccess`], [`Subscription`]), which you build
//!   with [`Request::builder`] and the constructors; a new fact comes with a
//!   builder default that keeps today's answers.
//! - **entries to the `ALL` lists** ([`Edition::ALL`], [`Seed::ALL`]):
//!   do not assume their length. [`Edition::LATEST`] moves with a new
//!   edition; a request always names its edition, so its answer does not.
//! - methods, functions, trait implementations and JSON fields that are
//!   optional on input.
//!
//! A minor release does not change the answer to a request under an
//! existing edition except to fix a bug (named in the changelog), and does
//! not remove or rename a public item or a JSON name.
//!
//! ## Design
//!
//! - Facts, decisions and answers are plain data with public fields to read
//!   (built through builders and constructors, see "Stability"); rule
//!   IDs, roles, remedies and missing facts are `Copy` bitsets, so the
//!   decision path never touches the heap.
//! - Invalid facts (a GDAP relationship ending before it starts, …) cannot
//!   be built or read: the builder and the JSON reader return an [`Error`],
//!   distinct from a denial; so [`decide`] and [`assess`] cannot fail.
//! - No I/O, no global state, no panics: the library denies `unwrap`,
//!   `expect`, `panic!`, indexing and unchecked arithmetic. Files are read
//!   only by [`scenario::run_scenario_file`] and the CLI.
//! - Deterministic: the same request gives the same assessment, and every
//!   assessment records what it was decided under ([`DecidedUnder`]: crate
//!   version, edition, time-zone database).
#![cfg_attr(docsrs, feature(doc_cfg))]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing,
        clippy::arithmetic_side_effects,
        clippy::unreachable,
        clippy::todo,
        clippy::unimplemented,
    )
)]

#[doc = include_str!("../docs/bad-input.md")]
pub mod bad_input {}

mod answers;
mod clock;
mod error;
mod faces;
mod facts;
#[cfg(feature = "proptest")]
#[cfg_attr(docsrs, doc(cfg(feature = "proptest")))]
pub mod proptest_support;
mod rules;
pub mod samples;
#[cfg(feature = "serde")]
mod sources;
mod util;

// The tests that include files of `tests/common` name the crate as the
// integration tests do.
#[cfg(test)]
extern crate self as csp_support;

/// The date and time types of the API ([`chrono::DateTime`],
/// [`chrono::TimeDelta`], …), re-exported so callers use the same version.
pub use chrono;
/// The IANA time zones of [`Calendar::standard`] ([`chrono_tz::Tz`]),
/// re-exported so callers use the same version.
pub use chrono_tz;

pub use faces::{i18n, matrix};
#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
pub use faces::{json, scenario};
pub use facts::{azure_catalogue, entra};
#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
pub use sources::{exports, graph, readiness};
pub use util::escape;

pub use answers::assessment::{
    Assessment, DecidedUnder, Fee, FeeAnswer, PlanAnswer, assess, assess_with_calendar,
};
pub use answers::customer::{CustomerAnswer, CustomerOption, CustomerOptions, customer_options};
pub use answers::decision::{
    Decision, Missing, MissingFacts, Outcome, Remedies, Remedy, ValidUntil,
};
pub use answers::route::{
    IsvContact, MAX_STEPS, PartnerCenterPath, Portal, Route, Step, SupportPlan,
};
pub use clock::calendar::{Calendar, CalendarSpec, Holiday, Interval, TimeOfDay, WeeklyHours};
pub use clock::deadline::{Clock, Deadline, deadline};
pub use error::{Error, ErrorKind};
#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
pub use faces::json::AssessInput;
pub use facts::duration::IsoDuration;
pub use facts::edition::Edition;
pub use facts::instant::parse_instant;
pub use facts::language::LanguageTag;
pub use facts::model::{
    AutoExtend, AzureAccess, AzureRole, AzureRoles, BusinessImpact, Channel, Cloud, CustomerTenant,
    EntraRole, EntraRoles, GDAP_AUTO_EXTEND_DAYS, GDAP_MAX_DAYS, GDAP_MIN_DAYS, GdapRelationship,
    GdapRelationshipBuilder, GdapStatus, OwnEntitlement, Partner, PartnerCenterRole,
    PartnerCenterRoles, PartnerType, ProblemKind, Request, RequestBuilder, Severity, Subscription,
    SubscriptionChannel, SubscriptionKind, Tenant, Workload,
};
pub use rules::catalogue::{Basis, Citation, Rule, RuleId, RuleSet, Seed, catalogue, rules_in};
pub use rules::engine::decide;

#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
pub use readiness::{ReadinessReport, readiness};

/// The README's Rust examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
