//! Explanations in the partners' languages: English, German, Dutch, Russian,
//! Italian and Japanese.
//!
//! Every text is static data: one table per language (`en.rs`, `de.rs`, …),
//! each an exhaustive `match`, so a key that lacks a language does not
//! compile, and a test checks that no text is empty. Rendering writes the
//! tables' `&'static str` pieces straight into the output; it allocates
//! nothing but the output string, and the decision path never touches this
//! module.
//!
//! Placeholders render the same in every language: rule IDs as `RULES.md`
//! spells them, dates as `YYYY-MM-DD HH:MM` in the zone they are given in,
//! followed by the zone's name.
//!
//! Role names (Partner Center, Microsoft Entra and Azure RBAC roles) are
//! written as "localized name (English name)": the name Microsoft's
//! localized documentation gives the role in that language, so a reader
//! finds it in the portal, and the English name beside it, so the reader
//! can match it to English documentation. Each language's table names the
//! Microsoft page every localized role name comes from.
//!
//! Notes on sources outside the seeds (the catalogue's
//! [`Rule::outside_source`](crate::Rule::outside_source), in English) are
//! localized too ([`render_outside_source`]): nothing after a localized
//! "Source:" label is left in English but names and titles.
//!
//! Product and UI names (menu items, buttons, fields) are spelled as the seed
//! of that language spells them; where no seed of a language has a term, the
//! table says so in a comment and uses the established Microsoft name.
//!
//! ```
//! use csp_support::i18n::{Lang, Localized};
//! use csp_support::{samples, assess, Outcome, RuleId};
//!
//! let lang = Lang::from_tag_str("de-AT"); // falls back to German
//! assert_eq!(lang, Lang::De);
//! assert_eq!(Lang::from_tag_str("garbage!!"), Lang::En); // never fails
//!
//! let a = assess(&samples::reseller_azure_gdap_2025());
//! let text = a.explain(Lang::Nl).to_string();
//! assert!(text.starts_with("[gdap-2025] Geweigerd [FILER-PARTNER-TYPES, AZURE-PROVIDER-ONLY]"));
//! assert_eq!(Outcome::Denied.text(Lang::Ja), "拒否");
//! assert!(!RuleId::AzureProviderOnly.text(Lang::It).is_empty());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use core::fmt;

use chrono::{DateTime, Datelike, TimeZone, Timelike, Utc};

use crate::answers::assessment::Fee;
use crate::answers::customer::CustomerOption;
use crate::answers::decision::{Missing, Outcome, Remedy};
use crate::answers::route::{IsvContact, PartnerCenterPath, Portal, Step, SupportPlan};
use crate::facts::model::{OwnEntitlement, Severity, Workload};
use crate::{Basis, Citation, Edition, LanguageTag, RuleId, Seed};

mod de;
mod en;
mod it;
mod ja;
mod nl;
mod ru;

/// A language explanations are rendered in.
///
/// Chosen from a BCP 47 tag by its primary language (`de-AT` → German);
/// any other language, and a tag that is not well formed, falls back to
/// English: choosing a language never fails.
///
/// ```
/// use csp_support::{i18n::Lang, LanguageTag};
/// let tag: LanguageTag = "it-CH".parse()?;
/// assert_eq!(Lang::from(&tag), Lang::It);
/// assert_eq!(Lang::from_tag_str("ja-JP"), Lang::Ja);
/// assert_eq!(Lang::from_tag_str("xx"), Lang::En);
/// assert_eq!(Lang::Nl.to_string(), "nl");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum Lang {
    /// English (`en`), the fallback.
    #[default]
    En,
    /// German (`de`): the `gdap-2023` seed's language.
    De,
    /// Dutch (`nl`): a `gdap-2025` seed's language.
    Nl,
    /// Russian (`ru`): a `dap` seed's language.
    Ru,
    /// Italian (`it`): a `gdap-2025` seed's language.
    It,
    /// Japanese (`ja`): a `dap` seed's language.
    Ja,
}

crate::util::strenum::str_enum!(
    Lang,
    exact,
    [
        En => "en",
        De => "de",
        Nl => "nl",
        Ru => "ru",
        It => "it",
        Ja => "ja",
    ]
);

impl Lang {
    /// The language for a primary language subtag (`de`, any case); English
    /// for any other.
    #[must_use]
    pub fn from_primary_language(subtag: &str) -> Lang {
        Lang::ALL
            .iter()
            .copied()
            .find(|l| l.tag().eq_ignore_ascii_case(subtag))
            .unwrap_or(Lang::En)
    }

    /// The language for a tag given as text; never fails. A well-formed tag
    /// is read by its primary language (`de-AT` → German); a malformed one
    /// by its leading letters (`de_AT` → German, `garbage!!` → English).
    #[must_use]
    pub fn from_tag_str(tag: &str) -> Lang {
        match tag.trim().parse::<LanguageTag>() {
            Ok(t) => Lang::from(&t),
            Err(_) => {
                let lead = tag
                    .trim()
                    .split(|c: char| !c.is_ascii_alphabetic())
                    .next()
                    .unwrap_or("");
                Lang::from_primary_language(lead)
            }
        }
    }

    /// The BCP 47 primary language subtag (`en`, `de`, `nl`, `ru`, `it`, `ja`).
    #[must_use]
    pub const fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Nl => "nl",
            Lang::Ru => "ru",
            Lang::It => "it",
            Lang::Ja => "ja",
        }
    }

    /// The seed written in this language; `None` for English.
    #[must_use]
    pub const fn seed(self) -> Option<Seed> {
        match self {
            Lang::En => None,
            Lang::De => Some(Seed::German),
            Lang::Nl => Some(Seed::Dutch),
            Lang::Ru => Some(Seed::Russian),
            Lang::It => Some(Seed::Italian),
            Lang::Ja => Some(Seed::Japanese),
        }
    }

    pub(crate) fn texts(self) -> &'static dyn Texts {
        match self {
            Lang::En => &en::En,
            Lang::De => &de::De,
            Lang::Nl => &nl::Nl,
            Lang::Ru => &ru::Ru,
            Lang::It => &it::It,
            Lang::Ja => &ja::Ja,
        }
    }
}

impl From<&LanguageTag> for Lang {
    fn from(tag: &LanguageTag) -> Lang {
        Lang::from_primary_language(tag.primary_language())
    }
}

/// Labels and phrases of a rendered explanation. Where a label has a
/// placeholder, its text holds exactly one `{}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Label {
    /// `(basis: {})`: the weakest basis of a decision.
    BasisOf,
    /// `Missing:` before the missing facts.
    Missing,
    /// `Advice:` before a remedy (advice, never a rule).
    Advice,
    /// `Route:` before the numbered steps.
    Route,
    /// `Plan:` before the support plan.
    Plan,
    /// `Fee:` before the fee.
    Fee,
    /// `Source:` before a citation.
    Source,
    /// How a quoted seed heading is written: `"{}"`.
    Quote,
    /// Between items of a list on one line.
    ListSeparator,
    /// `holds until {}`: when the GDAP relationship an allowed outcome rests on ends.
    HoldsUntil,
    /// `renews by {} days`: the relationship's auto-extension.
    RenewsByDays,
    /// For a charged fee: payable with Signature Cloud Support or other
    /// partner-program benefits, for every CSP partner, paid or in a trial.
    PayableWithBenefits,
    /// Before the forms an ISV's support contact can take.
    IsvContactForms,
    /// The support plan "Cloud Solution Provider", as the seed's Support plan
    /// field names it.
    CloudSolutionProvider,
    /// The `dap` New request menu item for Office 365, Dynamics 365 and
    /// Enterprise Mobility Suite.
    DapMicrosoft365Menu,
    /// `Options:` before a customer's options.
    Options,
    /// `First response:` before a deadline clock.
    FirstResponse,
    /// `due {}`: when the first response is due.
    Due,
    /// A first response that is past due.
    Overdue,
}

crate::util::strenum::str_enum!(
    Label,
    exact,
    [
        BasisOf => "basis_of",
        Missing => "missing",
        Advice => "advice",
        Route => "route",
        Plan => "plan",
        Fee => "fee",
        Source => "source",
        Quote => "quote",
        ListSeparator => "list_separator",
        HoldsUntil => "holds_until",
        RenewsByDays => "renews_by_days",
        PayableWithBenefits => "payable_with_benefits",
        IsvContactForms => "isv_contact_forms",
        CloudSolutionProvider => "cloud_solution_provider",
        DapMicrosoft365Menu => "dap_microsoft365_menu",
        Options => "options",
        FirstResponse => "first_response",
        Due => "due",
        Overdue => "overdue",
    ]
);

/// The deadline clocks, localised here too.
pub use crate::Clock;

/// One text per kind of route step; the [`Step`]'s data picks the key (the
/// portal, the edition's Partner Center path) or fills its one `{}` (the
/// workload, the severity, the partner's own support plan).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum StepKey {
    /// Check service health and incidents in Partner Center.
    CheckServiceHealth,
    /// Check the criteria of "Escalate problems to Microsoft" (`dap`).
    CheckEscalationCriteria,
    /// `gdap-2025`: CSP > Administer > Service requests.
    OpenServiceRequestsCsp,
    /// `gdap-2023`: Customers > the customer > Service management.
    OpenServiceRequestsCustomers,
    /// `dap`: Dashboard > Service requests > Customer requests.
    OpenServiceRequestsDashboard,
    /// Select the customer.
    SelectCustomer,
    /// Confirm the admin relationship (`gdap-2025`).
    ConfirmAdminRelationship,
    /// New request, then `{}` (the workload).
    NewRequest,
    /// The Azure portal opens for the customer.
    OpenAzurePortal,
    /// The Microsoft 365 admin center opens for the customer.
    OpenMicrosoft365AdminCenter,
    /// The Office 365 admin center opens for the customer (`dap`).
    OpenOffice365AdminCenter,
    /// Sign in directly to the Azure portal.
    SignInAzurePortal,
    /// Sign in directly to the Microsoft 365 admin center.
    SignInMicrosoft365AdminCenter,
    /// Sign in directly to the Office 365 admin center (`dap`).
    SignInOffice365AdminCenter,
    /// "New support request" in the Azure portal.
    StartRequestAzure,
    /// The support category in the admin center.
    StartRequestAdminCenter,
    /// Support plan: Cloud Solution Provider.
    SelectCspPlan,
    /// Name the partner's own support plan, `{}`.
    SelectOwnPlan,
    /// Enter the partner's contact details.
    EnterPartnerContact,
    /// State the business impact, which sets `{}` (the severity).
    StateBusinessImpact,
    /// "Create" in the Azure portal.
    SubmitAzure,
    /// "Submit" in the admin center.
    SubmitAdminCenter,
    /// Later: "Manage support requests" in the Azure portal.
    TrackAzure,
    /// Later: "View all support tickets" in the Microsoft 365 admin center.
    TrackMicrosoft365AdminCenter,
    /// Later: "View all support tickets" in the Office 365 admin center (`dap`).
    TrackOffice365AdminCenter,
    /// Select the product on the marketplace page.
    SelectMarketplaceProduct,
    /// Find the ISV's support contact on the product page.
    ContactIsv,
}

crate::util::strenum::str_enum!(
    StepKey,
    exact,
    [
        CheckServiceHealth => "check_service_health",
        CheckEscalationCriteria => "check_escalation_criteria",
        OpenServiceRequestsCsp => "open_service_requests_csp",
        OpenServiceRequestsCustomers => "open_service_requests_customers",
        OpenServiceRequestsDashboard => "open_service_requests_dashboard",
        SelectCustomer => "select_customer",
        ConfirmAdminRelationship => "confirm_admin_relationship",
        NewRequest => "new_request",
        OpenAzurePortal => "open_azure_portal",
        OpenMicrosoft365AdminCenter => "open_microsoft365_admin_center",
        OpenOffice365AdminCenter => "open_office365_admin_center",
        SignInAzurePortal => "sign_in_azure_portal",
        SignInMicrosoft365AdminCenter => "sign_in_microsoft365_admin_center",
        SignInOffice365AdminCenter => "sign_in_office365_admin_center",
        StartRequestAzure => "start_request_azure",
        StartRequestAdminCenter => "start_request_admin_center",
        SelectCspPlan => "select_csp_plan",
        SelectOwnPlan => "select_own_plan",
        EnterPartnerContact => "enter_partner_contact",
        StateBusinessImpact => "state_business_impact",
        SubmitAzure => "submit_azure",
        SubmitAdminCenter => "submit_admin_center",
        TrackAzure => "track_azure",
        TrackMicrosoft365AdminCenter => "track_microsoft365_admin_center",
        TrackOffice365AdminCenter => "track_office365_admin_center",
        SelectMarketplaceProduct => "select_marketplace_product",
        ContactIsv => "contact_isv",
    ]
);

/// The text tables of one language. Every method is an exhaustive `match`.
pub(crate) trait Texts: Sync {
    fn rule(&self, id: RuleId) -> &'static str;
    fn outcome(&self, o: Outcome) -> &'static str;
    fn remedy(&self, r: Remedy) -> &'static str;
    fn missing(&self, m: Missing) -> &'static str;
    fn portal(&self, p: Portal) -> &'static str;
    fn workload(&self, w: Workload) -> &'static str;
    fn isv_contact(&self, c: IsvContact) -> &'static str;
    fn entitlement(&self, e: OwnEntitlement) -> &'static str;
    fn fee(&self, f: Fee) -> &'static str;
    fn basis(&self, b: Basis) -> &'static str;
    fn customer_option(&self, o: CustomerOption) -> &'static str;
    fn severity(&self, s: Severity) -> &'static str;
    fn label(&self, l: Label) -> &'static str;
    fn clock(&self, c: Clock) -> &'static str;
    fn step(&self, s: StepKey) -> &'static str;
    /// The rule's note on its source outside the seeds, in this language;
    /// `Some` exactly for the rules whose catalogue entry has one (a test
    /// checks it).
    fn outside_source(&self, id: RuleId) -> Option<&'static str>;
}

/// A key with one static text per language.
///
/// ```
/// use csp_support::i18n::{Lang, Localized};
/// use csp_support::{Fee, Remedy};
/// assert_eq!(Fee::Free.text(Lang::De), "kostenlos");
/// assert!(Remedy::StartFromPartnerCenter.text(Lang::Ru).contains("Центр"));
/// ```
pub trait Localized: Copy {
    /// The text in `lang`.
    fn text(self, lang: Lang) -> &'static str;
}

macro_rules! localized {
    ($($ty:ty => $method:ident),+ $(,)?) => {
        $(impl Localized for $ty {
            fn text(self, lang: Lang) -> &'static str {
                lang.texts().$method(self)
            }
        })+
    };
}

localized! {
    RuleId => rule,
    Outcome => outcome,
    Remedy => remedy,
    Missing => missing,
    Portal => portal,
    Workload => workload,
    IsvContact => isv_contact,
    OwnEntitlement => entitlement,
    Fee => fee,
    Basis => basis,
    CustomerOption => customer_option,
    Severity => severity,
    Label => label,
    Clock => clock,
    StepKey => step,
}

impl Localized for PartnerCenterPath {
    /// The step that opens the edition's path to service requests.
    fn text(self, lang: Lang) -> &'static str {
        StepKey::for_path(self).text(lang)
    }
}

impl Localized for SupportPlan {
    fn text(self, lang: Lang) -> &'static str {
        match self {
            SupportPlan::CloudSolutionProvider => Label::CloudSolutionProvider.text(lang),
            SupportPlan::Own { entitlement } => entitlement.text(lang),
        }
    }
}

/// A rule's one-line summary in `lang` (in English, the catalogue's
/// [`Rule::summary`](crate::Rule::summary)).
///
/// ```
/// use csp_support::i18n::{render_rule_summary, Lang};
/// use csp_support::RuleId;
/// assert_eq!(
///     render_rule_summary(RuleId::RouteNoPhone, Lang::En),
///     RuleId::RouteNoPhone.rule().summary,
/// );
/// assert_eq!(
///     render_rule_summary(RuleId::RouteNoPhone, Lang::Ru),
///     "В рамках этой программы поддержка по телефону не предоставляется.",
/// );
/// ```
#[must_use]
pub fn render_rule_summary(id: RuleId, lang: Lang) -> &'static str {
    id.text(lang)
}

/// A rule's note on its source outside the seeds (the catalogue's
/// [`Rule::outside_source`](crate::Rule::outside_source)) in `lang`; `None`
/// for a rule the seeds cover alone.
///
/// Should a language lack the note of a rule that has one, the English
/// note is shown rather than nothing (a test keeps every language
/// complete).
///
/// ```
/// use csp_support::i18n::{render_outside_source, Lang};
/// use csp_support::RuleId;
/// let en = render_outside_source(RuleId::FilerDapDelegatedAdmin, Lang::En);
/// assert_eq!(en, RuleId::FilerDapDelegatedAdmin.rule().outside_source);
/// let de = render_outside_source(RuleId::FilerDapDelegatedAdmin, Lang::De).unwrap();
/// assert!(de.contains("Partner Center"));
/// assert_ne!(Some(de), en);
/// assert_eq!(render_outside_source(RuleId::RouteNoPhone, Lang::Ja), None);
/// ```
#[must_use]
pub fn render_outside_source(id: RuleId, lang: Lang) -> Option<&'static str> {
    let english = id.rule().outside_source?;
    Some(lang.texts().outside_source(id).unwrap_or(english))
}

/// The citations to show for rule `id` decided under `edition`, rendered in
/// `lang` (`RULES.md`, conflict 4).
///
/// Of the edition's citations ([`Rule::citations_in`](crate::Rule::citations_in)):
/// the one(s) from the seed in `lang`, if that seed is among them; otherwise
/// all of them, each in its own seed's language. Never another edition's
/// text (an inherited `gdap-2025` rule cites the `gdap-2023` German seed, as
/// `citations_in` says).
///
/// ```
/// use csp_support::i18n::{citations, Lang};
/// use csp_support::{Edition, RuleId, Seed};
/// let it: Vec<_> = citations(RuleId::AzureProviderOnly, Edition::Gdap2025, Lang::It).collect();
/// assert!(it.iter().all(|c| c.seed == Seed::Italian));
/// // German is a gdap-2023 language: a gdap-2025 rule cites the Dutch and Italian seeds.
/// let de: Vec<_> = citations(RuleId::AzureProviderOnly, Edition::Gdap2025, Lang::De).collect();
/// assert!(de.iter().all(|c| c.seed == Seed::Dutch || c.seed == Seed::Italian));
/// assert!(!de.is_empty());
/// ```
pub fn citations(
    id: RuleId,
    edition: Edition,
    lang: Lang,
) -> impl Iterator<Item = &'static Citation> {
    let rule = id.rule();
    let own = lang.seed();
    let has_own = rule.citations_in(edition).any(|c| Some(c.seed) == own);
    rule.citations_in(edition)
        .filter(move |c| !has_own || Some(c.seed) == own)
}

/// A citation rendered in `lang`: the seed's heading, verbatim and quoted in
/// `lang`'s way, then the seed's file name and language.
///
/// ```
/// use csp_support::i18n::{render_citation, Lang};
/// use csp_support::RuleId;
/// let c = RuleId::RouteNoPhone.rule().citations[0];
/// assert_eq!(
///     render_citation(&c, Lang::Ja).to_string(),
///     "「Можно ли отправить запрос на обслуживание по телефону?」 (002_f4f19e632006098d.txt, ru)",
/// );
/// ```
#[must_use]
pub fn render_citation(citation: &Citation, lang: Lang) -> impl fmt::Display + '_ {
    Fmt(move |f: &mut fmt::Formatter<'_>| {
        fill(f, Label::Quote.text(lang), &citation.section)?;
        write!(
            f,
            " ({}, {})",
            citation.seed.file_name(),
            citation.seed.language()
        )
    })
}

/// A route step in `lang`. The edition picks the `dap` menu item for the
/// Microsoft 365 workloads; UI names are the seed's.
///
/// ```
/// use csp_support::i18n::{render_step, Lang};
/// use csp_support::{Edition, Portal, Step};
/// let s = Step::StartRequest { portal: Portal::AzurePortal };
/// assert_eq!(render_step(s, Edition::Gdap2025, Lang::It).to_string(),
///            "Nel portale di Azure selezionare Nuova richiesta di supporto.");
/// ```
#[must_use]
pub fn render_step(step: Step, edition: Edition, lang: Lang) -> impl fmt::Display {
    Fmt(move |f: &mut fmt::Formatter<'_>| {
        let (key, arg) = StepKey::of(step, edition, lang);
        match arg {
            Some(arg) => fill(f, key.text(lang), &arg),
            None => f.write_str(key.text(lang)),
        }
    })
}

impl StepKey {
    fn for_path(path: PartnerCenterPath) -> StepKey {
        match path {
            PartnerCenterPath::CspAdministerServiceRequests => StepKey::OpenServiceRequestsCsp,
            PartnerCenterPath::CustomersServiceManagement => StepKey::OpenServiceRequestsCustomers,
            PartnerCenterPath::DashboardCustomerRequests => StepKey::OpenServiceRequestsDashboard,
        }
    }

    /// The key for `step`, and the text that fills its `{}`, if any.
    fn of(step: Step, edition: Edition, lang: Lang) -> (StepKey, Option<&'static str>) {
        let azure = |p: Portal, a, m365, o365| match p {
            Portal::AzurePortal => a,
            Portal::Microsoft365AdminCenter => m365,
            Portal::Office365AdminCenter => o365,
        };
        match step {
            Step::CheckServiceHealth => (StepKey::CheckServiceHealth, None),
            Step::CheckEscalationCriteria => (StepKey::CheckEscalationCriteria, None),
            Step::OpenServiceRequests { path } => (StepKey::for_path(path), None),
            Step::SelectCustomer => (StepKey::SelectCustomer, None),
            Step::ConfirmAdminRelationship => (StepKey::ConfirmAdminRelationship, None),
            Step::NewRequest { workload } => {
                let menu = if edition == Edition::Dap && workload.is_microsoft_365() {
                    Label::DapMicrosoft365Menu.text(lang)
                } else {
                    workload.text(lang)
                };
                (StepKey::NewRequest, Some(menu))
            }
            Step::OpenPortal { portal } => (
                azure(
                    portal,
                    StepKey::OpenAzurePortal,
                    StepKey::OpenMicrosoft365AdminCenter,
                    StepKey::OpenOffice365AdminCenter,
                ),
                None,
            ),
            Step::SignInDirectly { portal } => (
                azure(
                    portal,
                    StepKey::SignInAzurePortal,
                    StepKey::SignInMicrosoft365AdminCenter,
                    StepKey::SignInOffice365AdminCenter,
                ),
                None,
            ),
            Step::StartRequest { portal } => (
                azure(
                    portal,
                    StepKey::StartRequestAzure,
                    StepKey::StartRequestAdminCenter,
                    StepKey::StartRequestAdminCenter,
                ),
                None,
            ),
            Step::SelectSupportPlan {
                plan: SupportPlan::CloudSolutionProvider,
            } => (StepKey::SelectCspPlan, None),
            Step::SelectSupportPlan {
                plan: SupportPlan::Own { entitlement },
            } => (StepKey::SelectOwnPlan, Some(entitlement.text(lang))),
            Step::EnterPartnerContact => (StepKey::EnterPartnerContact, None),
            Step::StateBusinessImpact { severity } => {
                (StepKey::StateBusinessImpact, Some(severity.text(lang)))
            }
            Step::Submit { portal } => (
                azure(
                    portal,
                    StepKey::SubmitAzure,
                    StepKey::SubmitAdminCenter,
                    StepKey::SubmitAdminCenter,
                ),
                None,
            ),
            Step::Track { portal } => (
                azure(
                    portal,
                    StepKey::TrackAzure,
                    StepKey::TrackMicrosoft365AdminCenter,
                    StepKey::TrackOffice365AdminCenter,
                ),
                None,
            ),
            Step::SelectMarketplaceProduct => (StepKey::SelectMarketplaceProduct, None),
            Step::ContactIsv => (StepKey::ContactIsv, None),
        }
    }

    /// Whether this key's text holds a `{}` placeholder.
    #[must_use]
    pub const fn has_placeholder(self) -> bool {
        matches!(
            self,
            StepKey::NewRequest | StepKey::SelectOwnPlan | StepKey::StateBusinessImpact
        )
    }
}

impl Label {
    /// Whether this label's text holds a `{}` placeholder.
    #[must_use]
    pub const fn has_placeholder(self) -> bool {
        matches!(
            self,
            Label::BasisOf | Label::Quote | Label::HoldsUntil | Label::RenewsByDays | Label::Due
        )
    }
}

/// A date as every language shows it: `YYYY-MM-DD HH:MM` in the zone it is
/// given in, then the zone's name (`2026-11-16 11:00 Europe/Berlin`,
/// `2027-12-31 00:00 UTC`).
///
/// ```
/// use chrono::TimeZone;
/// use csp_support::i18n::render_date;
/// let at = chrono_tz::Europe::Berlin.with_ymd_and_hms(2026, 11, 16, 11, 0, 0).unwrap();
/// assert_eq!(render_date(&at).to_string(), "2026-11-16 11:00 Europe/Berlin");
/// let utc = chrono::Utc.with_ymd_and_hms(2027, 12, 31, 0, 0, 0).unwrap();
/// assert_eq!(render_date(&utc).to_string(), "2027-12-31 00:00 UTC");
/// ```
#[must_use]
pub fn render_date<Tz: ZoneName>(at: &DateTime<Tz>) -> impl fmt::Display + '_ {
    Fmt(move |f: &mut fmt::Formatter<'_>| {
        let local = at.naive_local();
        write!(
            f,
            "{:04}-{:02}-{:02} {:02}:{:02} {}",
            local.year(),
            local.month(),
            local.day(),
            local.hour(),
            local.minute(),
            at.timezone().zone_name()
        )
    })
}

/// A time zone with a name to show after a date.
pub trait ZoneName: TimeZone {
    /// The zone's name: the IANA name, or `UTC`.
    fn zone_name(&self) -> &'static str;
}

impl ZoneName for Utc {
    fn zone_name(&self) -> &'static str {
        "UTC"
    }
}

impl ZoneName for chrono_tz::Tz {
    fn zone_name(&self) -> &'static str {
        self.name()
    }
}

/// "holds until {date}" in `lang`, the date in its own zone.
///
/// ```
/// use chrono::TimeZone;
/// use csp_support::i18n::{render_holds_until, Lang};
/// let at = chrono::Utc.with_ymd_and_hms(2027, 12, 31, 0, 0, 0).unwrap();
/// assert_eq!(render_holds_until(&at, Lang::De).to_string(), "gilt bis 2027-12-31 00:00 UTC");
/// ```
#[must_use]
pub fn render_holds_until<Tz: ZoneName>(at: &DateTime<Tz>, lang: Lang) -> impl fmt::Display + '_ {
    Fmt(move |f: &mut fmt::Formatter<'_>| fill(f, Label::HoldsUntil.text(lang), &render_date(at)))
}

/// "renews by {n} days" in `lang`.
///
/// ```
/// use csp_support::i18n::{render_renews_by_days, Lang};
/// assert_eq!(render_renews_by_days(180, Lang::Nl).to_string(), "wordt met 180 dagen verlengd");
/// ```
#[must_use]
pub fn render_renews_by_days(days: u16, lang: Lang) -> impl fmt::Display {
    Fmt(move |f: &mut fmt::Formatter<'_>| fill(f, Label::RenewsByDays.text(lang), &days))
}

/// "due {date}" in `lang`, the date in the calendar's zone.
///
/// ```
/// use chrono::TimeZone;
/// use csp_support::i18n::{render_due, Lang};
/// let at = chrono_tz::Asia::Tokyo.with_ymd_and_hms(2026, 11, 17, 9, 0, 0).unwrap();
/// assert_eq!(render_due(&at, Lang::Ja).to_string(), "期限 2026-11-17 09:00 Asia/Tokyo");
/// ```
#[must_use]
pub fn render_due<Tz: ZoneName>(at: &DateTime<Tz>, lang: Lang) -> impl fmt::Display + '_ {
    Fmt(move |f: &mut fmt::Formatter<'_>| fill(f, Label::Due.text(lang), &render_date(at)))
}

/// "due {date}" in `lang`, for a date the caller has already formatted.
///
/// ```
/// use csp_support::i18n::{render_due_str, Lang};
/// assert_eq!(render_due_str("2026-11-17 09:00 Asia/Tokyo", Lang::En).to_string(),
///            "due 2026-11-17 09:00 Asia/Tokyo");
/// ```
#[must_use]
pub fn render_due_str(date: &str, lang: Lang) -> impl fmt::Display + '_ {
    Fmt(move |f: &mut fmt::Formatter<'_>| fill(f, Label::Due.text(lang), &date))
}

/// Writes `template` with its one `{}` replaced by `arg` (or `template` as
/// it is, if it has none).
pub(crate) fn fill(
    f: &mut fmt::Formatter<'_>,
    template: &str,
    arg: &dyn fmt::Display,
) -> fmt::Result {
    match template.split_once("{}") {
        Some((before, after)) => {
            f.write_str(before)?;
            arg.fmt(f)?;
            f.write_str(after)
        }
        None => f.write_str(template),
    }
}

/// A closure as `Display`: rendering without intermediate strings.
pub(crate) struct Fmt<F>(pub(crate) F);

impl<F: Fn(&mut fmt::Formatter<'_>) -> fmt::Result> fmt::Display for Fmt<F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        (self.0)(f)
    }
}

/// An explanation in one language (see `Decision::explain`).
pub use crate::faces::explain::Explanation;
