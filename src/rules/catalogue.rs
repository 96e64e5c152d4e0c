//! The rule catalogue: every rule of `RULES.md` as data — its ID, the
//! editions it holds in, its basis per edition and its citations.

use crate::Edition;
use crate::util::strenum::serde_via_str;

/// A stable rule identifier from `RULES.md`.
///
/// Rule IDs print exactly as `RULES.md` spells them. The variants are
/// declared in the order of evaluation, so a [`RuleSet`] iterates the rules of
/// a stage in the order `RULES.md` checks them.
///
/// ```
/// use csp_support::RuleId;
/// let id: RuleId = "AZURE-PROVIDER-ONLY".parse()?;
/// assert_eq!(id, RuleId::AzureProviderOnly);
/// assert_eq!(id.to_string(), "AZURE-PROVIDER-ONLY");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[repr(u8)]
#[non_exhaustive]
pub enum RuleId {
    /// Partner Center (global) and for US Government; `dap` also Germany.
    ScopeClouds,
    /// Requests exist for Azure, Office 365, Dynamics CRM Online and EMS.
    ScopeWorkloads,
    /// Commercial marketplace products: contact the ISV (redirected).
    ScopeMarketplaceIsv,
    /// Which problem kinds are in scope.
    ScopeProblemKinds,
    /// A request is for a problem the partner cannot resolve itself.
    ScopeCannotResolveFirst,
    /// `dap`: no phone channel.
    RouteNoPhone,
    /// A direct sign-in shows the partner's own context, not the customer's.
    RouteDirectSignInOwnContext,
    /// Own-subscription requests are filed by signing in directly.
    OwnDirectSignIn,
    /// Own-subscription requests name a support plan of the partner's own.
    OwnEntitlementRequired,
    /// The partner's own tenant is not part of the CSP support benefit.
    OwnNotCspEntitlement,
    /// Which partner types may file for a customer.
    FilerPartnerTypes,
    /// Only the Azure subscription's provider files Azure requests.
    AzureProviderOnly,
    /// `dap`: delegated admin privileges and Admin or Helpdesk agent.
    FilerDapDelegatedAdmin,
    /// Admin agent, assigned to an active GDAP relationship with a sufficient role.
    FilerAdminAgentGdap,
    /// An Azure provider without administrator permissions: separate procedure.
    AzureNoAdminPermissions,
    /// Azure needs GDAP and an RBAC role that may write support tickets.
    AzureGdapRbac,
    /// `dap`: the indirect provider grants access to the customer's Azure account.
    AzureDapAccessGranted,
    /// Requests for customers are filed through Partner Center.
    RouteViaPartnerCenter,
    /// Partner Center hands over to the workload's portal.
    RouteWorkloadPortal,
    /// Where filed requests are reviewed later.
    RouteTrack,
    /// Azure requests select "Cloud Solution Provider" as support plan.
    FormAzureSupportPlan,
    /// The contact details entered are the partner's, not the customer's.
    FormPartnerContact,
    /// Severity follows from the business impact stated when submitting.
    FormSeverityFromImpact,
    /// Microsoft 365 workloads charge no separate support fee.
    FeeM365None,
    /// Azure support is charged; payable with partner benefits.
    FeeAzureCharged,
    /// The benefit holds for every CSP partner, paid or in a trial.
    FeeAllCspPartners,
    /// Billing and subscription-management support is free.
    FeeBillingFree,
    /// Severity A (critical): 2 hours.
    SlaSeverityA,
    /// Severity B (moderate): 4 hours.
    SlaSeverityB,
    /// Severity C (minimal): 8 hours.
    SlaSeverityC,
    /// English-language support: the clock runs around the clock.
    SlaEnglish24x7,
    /// Local-language support: the budget counts business time only.
    SlaLocalLanguageBusinessHours,
    /// Non-break-fix incidents: the first response within one business day.
    SlaNonBreakFixOneBusinessDay,
    /// CSP partners can expect priority for their most important problems.
    SlaPriority,
    /// A customer whose Direct subscriptions are all trials contacts its partner.
    CustomerTrialPartnerOnly,
    /// A customer with a Direct paid subscription may also open a request itself.
    CustomerPaidEither,
}

crate::util::strenum::str_enum!(
    RuleId,
    exact,
    [
        ScopeClouds => "SCOPE-CLOUDS",
        ScopeWorkloads => "SCOPE-WORKLOADS",
        ScopeMarketplaceIsv => "SCOPE-MARKETPLACE-ISV",
        ScopeProblemKinds => "SCOPE-PROBLEM-KINDS",
        ScopeCannotResolveFirst => "SCOPE-CANNOT-RESOLVE-FIRST",
        RouteNoPhone => "ROUTE-NO-PHONE",
        RouteDirectSignInOwnContext => "ROUTE-DIRECT-SIGN-IN-OWN-CONTEXT",
        OwnDirectSignIn => "OWN-DIRECT-SIGN-IN",
        OwnEntitlementRequired => "OWN-ENTITLEMENT-REQUIRED",
        OwnNotCspEntitlement => "OWN-NOT-CSP-ENTITLEMENT",
        FilerPartnerTypes => "FILER-PARTNER-TYPES",
        AzureProviderOnly => "AZURE-PROVIDER-ONLY",
        FilerDapDelegatedAdmin => "FILER-DAP-DELEGATED-ADMIN",
        FilerAdminAgentGdap => "FILER-ADMIN-AGENT-GDAP",
        AzureNoAdminPermissions => "AZURE-NO-ADMIN-PERMISSIONS",
        AzureGdapRbac => "AZURE-GDAP-RBAC",
        AzureDapAccessGranted => "AZURE-DAP-ACCESS-GRANTED",
        RouteViaPartnerCenter => "ROUTE-VIA-PARTNER-CENTER",
        RouteWorkloadPortal => "ROUTE-WORKLOAD-PORTAL",
        RouteTrack => "ROUTE-TRACK",
        FormAzureSupportPlan => "FORM-AZURE-SUPPORT-PLAN",
        FormPartnerContact => "FORM-PARTNER-CONTACT",
        FormSeverityFromImpact => "FORM-SEVERITY-FROM-IMPACT",
        FeeM365None => "FEE-M365-NONE",
        FeeAzureCharged => "FEE-AZURE-CHARGED",
        FeeAllCspPartners => "FEE-ALL-CSP-PARTNERS",
        FeeBillingFree => "FEE-BILLING-FREE",
        SlaSeverityA => "SLA-SEVERITY-A",
        SlaSeverityB => "SLA-SEVERITY-B",
        SlaSeverityC => "SLA-SEVERITY-C",
        SlaEnglish24x7 => "SLA-ENGLISH-24X7",
        SlaLocalLanguageBusinessHours => "SLA-LOCAL-LANGUAGE-BUSINESS-HOURS",
        SlaNonBreakFixOneBusinessDay => "SLA-NON-BREAK-FIX-ONE-BUSINESS-DAY",
        SlaPriority => "SLA-PRIORITY",
        CustomerTrialPartnerOnly => "CUSTOMER-TRIAL-PARTNER-ONLY",
        CustomerPaidEither => "CUSTOMER-PAID-EITHER",
    ]
);

serde_via_str!(
    RuleId,
    "a rule ID of RULES.md, such as \"AZURE-PROVIDER-ONLY\""
);

impl RuleId {
    /// This rule's catalogue entry.
    #[must_use]
    pub fn rule(self) -> &'static Rule {
        // CATALOGUE is declared in RuleId order; a test checks it.
        static RULES: [Rule; RuleId::ALL.len()] = CATALOGUE;
        RULES.get(self as usize).unwrap_or(&RULES[0])
    }

    pub(crate) const fn bit(self) -> u64 {
        1u64 << (self as u8)
    }
}

/// Where a rule comes from, and so how far a decision resting on it can be
/// trusted. Ordered from strongest to weakest, as `RULES.md` orders them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub enum Basis {
    /// The seed of that edition says it.
    #[default]
    Stated,
    /// An earlier edition's seed says it and this edition's seeds are silent.
    Inherited,
    /// A fact from Microsoft documentation outside the seeds.
    Outside,
    /// Our reading where the seeds give a principle but no number or mechanism.
    Interpreted,
}

crate::util::strenum::str_enum!(
    Basis,
    exact,
    [
        Stated => "stated",
        Inherited => "inherited",
        Outside => "outside",
        Interpreted => "interpreted",
    ]
);

impl Basis {
    /// The weaker of two bases.
    #[must_use]
    pub const fn weakest(self, other: Basis) -> Basis {
        // The declaration order is the order of `Ord`: the greater is weaker.
        if (other as u8) > (self as u8) {
            other
        } else {
            self
        }
    }
}

/// One of the five seed documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum Seed {
    /// `000_8b850f5b36b9319e.txt`, German, `gdap-2023`.
    German,
    /// `001_0a9e68e1e33e13d8.txt`, Dutch, `gdap-2025`.
    Dutch,
    /// `002_f4f19e632006098d.txt`, Russian, `dap`.
    Russian,
    /// `003_dd42c971887af60d.txt`, Italian, `gdap-2025`.
    Italian,
    /// `004_0f34bf3d53d3aea6.txt`, Japanese, `dap`.
    Japanese,
}

crate::util::strenum::str_enum!(
    Seed,
    exact,
    [
        German => "german",
        Dutch => "dutch",
        Russian => "russian",
        Italian => "italian",
        Japanese => "japanese",
    ]
);

impl Seed {
    /// The seed's file name in `seeds/`.
    #[must_use]
    pub const fn file_name(self) -> &'static str {
        match self {
            Seed::German => "000_8b850f5b36b9319e.txt",
            Seed::Dutch => "001_0a9e68e1e33e13d8.txt",
            Seed::Russian => "002_f4f19e632006098d.txt",
            Seed::Italian => "003_dd42c971887af60d.txt",
            Seed::Japanese => "004_0f34bf3d53d3aea6.txt",
        }
    }

    /// The edition the seed belongs to.
    #[must_use]
    pub const fn edition(self) -> Edition {
        match self {
            Seed::German => Edition::Gdap2023,
            Seed::Dutch | Seed::Italian => Edition::Gdap2025,
            Seed::Russian | Seed::Japanese => Edition::Dap,
        }
    }

    /// The seed's language as a BCP 47 primary language subtag.
    #[must_use]
    pub const fn language(self) -> &'static str {
        match self {
            Seed::German => "de",
            Seed::Dutch => "nl",
            Seed::Russian => "ru",
            Seed::Italian => "it",
            Seed::Japanese => "ja",
        }
    }
}

/// A place in a seed: the file and the section heading, in the seed's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Citation {
    /// The seed document.
    pub seed: Seed,
    /// The heading of the section, verbatim as the seed writes it.
    pub section: &'static str,
}

/// A rule of the catalogue.
///
/// Read-only data: the crate builds every rule; a minor release may add
/// fields (the struct is `#[non_exhaustive]`) and rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Rule {
    /// The stable ID.
    pub id: RuleId,
    /// One line, in English.
    pub summary: &'static str,
    /// The basis in each edition where the rule holds (see [`Rule::basis`]).
    #[cfg_attr(feature = "serde", serde(serialize_with = "serialize_basis"))]
    basis: BasisByEdition,
    /// Where in the seeds the rule comes from, across all editions.
    pub citations: &'static [Citation],
    /// For an `outside` basis: which Microsoft documentation outside the seeds.
    pub outside_source: Option<&'static str>,
}

impl Rule {
    /// The rule's basis in `edition`, or `None` if it does not hold there.
    ///
    /// ```
    /// use csp_support::{Basis, Edition, RuleId};
    /// let rule = RuleId::AzureProviderOnly.rule();
    /// assert_eq!(rule.basis(Edition::Gdap2025), Some(Basis::Stated));
    /// assert_eq!(rule.basis(Edition::Dap), None);
    /// ```
    #[must_use]
    pub const fn basis(&self, edition: Edition) -> Option<Basis> {
        basis_of(self.basis, edition)
    }

    /// Whether the rule holds in `edition`.
    #[must_use]
    pub const fn holds_in(&self, edition: Edition) -> bool {
        self.basis(edition).is_some()
    }

    /// The editions the rule holds in, oldest first.
    pub fn editions(&self) -> impl Iterator<Item = Edition> + use<> {
        let basis = self.basis;
        Edition::ALL
            .iter()
            .copied()
            .filter(move |e| basis_of(basis, *e).is_some())
    }

    /// The citations of this rule in `edition`: the edition's own seeds; for
    /// a rule `gdap-2025` inherits (its seeds are silent), the `gdap-2023`
    /// seed it inherits from. Never another edition's text otherwise
    /// (`RULES.md`, conflict 4).
    pub fn citations_in(&self, edition: Edition) -> impl Iterator<Item = &'static Citation> {
        let holds = self.holds_in(edition);
        let own_seeds = self.citations.iter().any(|c| c.seed.edition() == edition);
        let inherits = holds && !own_seeds && edition == Edition::Gdap2025;
        self.citations.iter().filter(move |c| {
            holds
                && (c.seed.edition() == edition
                    || (inherits && c.seed.edition() == Edition::Gdap2023))
        })
    }
}

/// Every rule of the catalogue, in [`RuleId`] order.
#[must_use]
pub fn catalogue() -> &'static [Rule] {
    static RULES: [Rule; RuleId::ALL.len()] = CATALOGUE;
    &RULES
}

/// The rules that hold in `edition`, in [`RuleId`] order.
///
/// ```
/// use csp_support::{rules_in, Edition, RuleId};
/// assert!(rules_in(Edition::Dap).any(|r| r.id == RuleId::RouteNoPhone));
/// assert!(!rules_in(Edition::Gdap2025).any(|r| r.id == RuleId::RouteNoPhone));
/// ```
pub fn rules_in(edition: Edition) -> impl Iterator<Item = &'static Rule> {
    catalogue().iter().filter(move |r| r.holds_in(edition))
}

/// A basis per edition: the editions where a rule (or clause) holds, each
/// with its basis. Editions it does not hold in are absent. A list of pairs,
/// not an array indexed by edition, so an edition is added by adding pairs.
pub(crate) type BasisByEdition = &'static [(Edition, Basis)];

/// The basis `pairs` give `edition`.
pub(crate) const fn basis_of(pairs: BasisByEdition, edition: Edition) -> Option<Basis> {
    let mut rest = pairs;
    while let [(e, b), tail @ ..] = rest {
        if e.same(edition) {
            return Some(*b);
        }
        rest = tail;
    }
    None
}

#[cfg(feature = "serde")]
fn serialize_basis<S: serde::Serializer>(basis: &BasisByEdition, s: S) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut map = s.serialize_map(Some(basis.len()))?;
    for (e, b) in *basis {
        map.serialize_entry(e, b)?;
    }
    map.end()
}

/// The rules (or clauses), as bits, whose basis in one edition is weaker
/// than `stated`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct BasisMasks {
    pub(crate) inherited: u64,
    pub(crate) outside: u64,
    pub(crate) interpreted: u64,
}

impl BasisMasks {
    pub(crate) const EMPTY: BasisMasks = BasisMasks {
        inherited: 0,
        outside: 0,
        interpreted: 0,
    };

    /// With `bit` added under `basis` (nothing for `stated` or `None`).
    pub(crate) const fn with(self, basis: Option<Basis>, bit: u64) -> BasisMasks {
        let BasisMasks {
            inherited,
            outside,
            interpreted,
        } = self;
        match basis {
            Some(Basis::Inherited) => BasisMasks {
                inherited: inherited | bit,
                ..self
            },
            Some(Basis::Outside) => BasisMasks {
                outside: outside | bit,
                ..self
            },
            Some(Basis::Interpreted) => BasisMasks {
                interpreted: interpreted | bit,
                ..self
            },
            Some(Basis::Stated) | None => self,
        }
    }

    /// The weakest basis among `bits`.
    pub(crate) const fn weakest(self, bits: u64) -> Basis {
        if bits & self.interpreted != 0 {
            Basis::Interpreted
        } else if bits & self.outside != 0 {
            Basis::Outside
        } else if bits & self.inherited != 0 {
            Basis::Inherited
        } else {
            Basis::Stated
        }
    }
}

/// The catalogue's masks for `edition`: evaluated at compile time, so a
/// decision's basis is three mask tests.
const fn basis_masks(edition: Edition) -> BasisMasks {
    let mut masks = BasisMasks::EMPTY;
    let mut rest: &[Rule] = &CATALOGUE;
    while let [rule, tail @ ..] = rest {
        masks = masks.with(basis_of(rule.basis, edition), rule.id.bit());
        rest = tail;
    }
    masks
}

const DAP_MASKS: BasisMasks = basis_masks(Edition::Dap);
const GDAP_2023_MASKS: BasisMasks = basis_masks(Edition::Gdap2023);
const GDAP_2025_MASKS: BasisMasks = basis_masks(Edition::Gdap2025);

/// The weakest catalogue basis among `rules` in `edition`.
pub(crate) const fn weakest_basis(rules: RuleSet, edition: Edition) -> Basis {
    let masks = match edition {
        Edition::Dap => DAP_MASKS,
        Edition::Gdap2023 => GDAP_2023_MASKS,
        Edition::Gdap2025 => GDAP_2025_MASKS,
    };
    masks.weakest(rules.0)
}

/// A set of rule IDs: a bitset, so it is `Copy` and costs no allocation.
/// It iterates in [`RuleId`] order, which is the order of evaluation.
///
/// Serialised as a list of rule ID strings.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct RuleSet(u64);

impl RuleSet {
    /// The empty set.
    pub const EMPTY: RuleSet = RuleSet(0);

    /// A set of the given rules.
    #[must_use]
    pub const fn of(ids: &[RuleId]) -> RuleSet {
        let mut bits = 0;
        let mut rest = ids;
        while let [first, tail @ ..] = rest {
            bits |= first.bit();
            rest = tail;
        }
        RuleSet(bits)
    }

    /// The bits, one per [`RuleId`] in declaration order.
    pub(crate) const fn bits(self) -> u64 {
        self.0
    }

    /// The set of the given bits.
    pub(crate) const fn from_bits(bits: u64) -> RuleSet {
        RuleSet(bits)
    }

    /// Adds a rule; returns whether it was new (as the other sets do).
    pub fn insert(&mut self, id: RuleId) -> bool {
        let new = self.0 & id.bit() == 0;
        self.0 |= id.bit();
        new
    }

    /// The set without `id`.
    #[must_use]
    pub const fn without(self, id: RuleId) -> RuleSet {
        RuleSet(self.0 & !id.bit())
    }

    /// Whether the set holds `id`.
    #[must_use]
    pub const fn contains(self, id: RuleId) -> bool {
        self.0 & id.bit() != 0
    }

    /// The union of two sets.
    #[must_use]
    pub const fn union(self, other: RuleSet) -> RuleSet {
        RuleSet(self.0 | other.0)
    }

    /// Whether every rule of `other` is in `self`.
    #[must_use]
    pub const fn is_superset(self, other: RuleSet) -> bool {
        self.0 & other.0 == other.0
    }

    /// Whether the set is empty.
    #[must_use]
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// How many rules the set holds.
    #[must_use]
    pub const fn len(self) -> usize {
        self.0.count_ones() as usize
    }

    /// The rules, in [`RuleId`] (evaluation) order.
    pub fn iter(self) -> impl Iterator<Item = RuleId> + Clone {
        let mut bits = self.0;
        core::iter::from_fn(move || {
            let i = usize::try_from(bits.trailing_zeros()).ok()?;
            bits &= bits.wrapping_sub(1);
            RuleId::ALL.get(i).copied()
        })
    }
}

impl<const N: usize> From<[RuleId; N]> for RuleSet {
    /// ```
    /// use csp_support::{RuleId, RuleSet};
    /// let set = RuleSet::from([RuleId::ScopeClouds, RuleId::RouteNoPhone]);
    /// assert_eq!(set.len(), 2);
    /// ```
    fn from(ids: [RuleId; N]) -> RuleSet {
        RuleSet::of(&ids)
    }
}

impl FromIterator<RuleId> for RuleSet {
    fn from_iter<I: IntoIterator<Item = RuleId>>(iter: I) -> Self {
        let mut s = RuleSet::EMPTY;
        for id in iter {
            s.insert(id);
        }
        s
    }
}

impl core::fmt::Debug for RuleSet {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

/// `[A, B]`, the form scenario mismatches print.
impl core::fmt::Display for RuleSet {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("[")?;
        for (i, id) in self.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            f.write_str(id.as_str())?;
        }
        f.write_str("]")
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for RuleSet {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for RuleSet {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = RuleSet;
            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("a list of rule IDs")
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut a: A,
            ) -> Result<RuleSet, A::Error> {
                let mut s = RuleSet::EMPTY;
                while let Some(id) = a.next_element::<RuleId>()? {
                    if s.contains(id) {
                        return Err(serde::de::Error::custom(format_args!(
                            "rule ID {id} is listed twice"
                        )));
                    }
                    s.insert(id);
                }
                Ok(s)
            }
        }
        d.deserialize_seq(V)
    }
}

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for RuleSet {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "RuleSet".into()
    }
    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let item = g.subschema_for::<RuleId>();
        schemars::json_schema!({ "type": "array", "items": item, "uniqueItems": true })
    }
}

use Basis::{Inherited as I, Interpreted as N, Outside as O, Stated as S};
use Edition::{Dap as D, Gdap2023 as G23, Gdap2025 as G25};
use Seed::{Dutch as NL, German as DE, Italian as IT, Japanese as JA, Russian as RU};

const fn c(seed: Seed, section: &'static str) -> Citation {
    Citation { seed, section }
}

// Section headings, verbatim from the seeds.
const DE_TITLE: Citation = c(
    DE,
    "Melden eines Dienstproblems im Namen eines Kunden – einschließlich Informationen zum Zeitpunkt und zur Vorgehensweise",
);
const DE_ADMIN: Citation = c(DE, "Ausführen von Administrativen Aufgaben für Ihre Kunden");
const DE_SLA: Citation = c(DE, "Wie schnell erhalte ich eine erste Antwort?");
const DE_AZURE: Citation = c(DE, "Senden einer Serviceanfrage in Microsoft Azure");
const DE_M365: Citation = c(
    DE,
    "Erstellen einer Serviceanfrage in Office 365, Enterprise Mobility Suite und Microsoft Dynamics CRM Online",
);
const DE_MARKET: Citation = c(DE, "Support für Produkte des kommerziellen Marketplace");
const DE_BYPASS: Citation = c(
    DE,
    "Was geschieht, wenn ich mich bei Azure- oder Microsoft 365 Admin Center-Portalen anmelde und Partner Center umgehung?",
);

const NL_TITLE: Citation = c(
    NL,
    "Een serviceprobleem melden namens een klant, inclusief wanneer en hoe u dit doet",
);
const NL_REPORT: Citation = c(NL, "Problemen rapporteren namens een klant");
const NL_TICKET: Citation = c(NL, "Een ondersteuningsticket indienen voor een klant");
const NL_ADMIN: Citation = c(NL, "Beheertaken uitvoeren voor uw klanten");
const NL_AZURE: Citation = c(NL, "Een serviceaanvraag indienen in Microsoft Azure");
const NL_M365: Citation = c(
    NL,
    "Een serviceaanvraag maken in Office 365, Enterprise Mobility Suite en Microsoft Dynamics CRM Online",
);
const NL_CUSTOMER: Citation = c(
    NL,
    "Ondersteuningservaring voor klanten in Microsoft 365-beheer Center",
);
const NL_MARKET: Citation = c(
    NL,
    "Ondersteuning voor commerci\u{1ab}le marketplace-producten",
);
const NL_BYPASS: Citation = c(
    NL,
    "Wat gebeurt er als ik me aanmeld bij Azure of Microsoft 365-beheercentrum portals en partnercentrum overspoort?",
);

const IT_TITLE: Citation = c(
    IT,
    "Segnalare un problema del servizio per conto di un cliente - specificando anche quando e come eseguire questa operazione",
);
const IT_REPORT: Citation = c(IT, "Segnalare problemi per conto di un cliente");
const IT_TICKET: Citation = c(IT, "Inviare un ticket di supporto per un cliente");
const IT_ADMIN: Citation = c(IT, "Eseguire attività amministrative per i clienti");
const IT_AZURE: Citation = c(IT, "Inviare una richiesta di servizio in Microsoft Azure");
const IT_M365: Citation = c(
    IT,
    "Creare una richiesta di servizio in Office 365, Enterprise Mobility Suite e Microsoft Dynamics CRM Online",
);
const IT_CUSTOMER: Citation = c(
    IT,
    "Esperienza di supporto per i clienti in Amministrazione Microsoft 365 Center",
);
const IT_MARKET: Citation = c(IT, "Supporto per prodotti del Marketplace commerciale");
const IT_BYPASS: Citation = c(
    IT,
    "Cosa accade se si accede ad Azure o interfaccia di amministrazione di Microsoft 365 portali e si ignora il Centro per i partner?",
);

const RU_TITLE: Citation = c(RU, "Сообщение о проблемах от имени клиента");
const RU_SUBMIT: Citation = c(RU, "Отправка запроса на обслуживание клиента");
const RU_AZURE: Citation = c(RU, "Платформа Microsoft Azure");
const RU_M365: Citation = c(
    RU,
    "Office 365, Microsoft Dynamics CRM Online, Enterprise Mobility Suite",
);
const RU_SCOPE: Citation = c(RU, "Что входит в объем обслуживания?");
const RU_SLA: Citation = c(RU, "Как скоро придет первоначальный отклик?");
const RU_PHONE: Citation = c(RU, "Можно ли отправить запрос на обслуживание по телефону?");
const RU_BYPASS_AZURE: Citation = c(
    RU,
    "Что произойдет, если войти напрямую на портал Azure в обход Центра партнеров?",
);
const RU_BYPASS_O365: Citation = c(
    RU,
    "Что произойдет, если я войду в Центр администрирования Office 365 в обход Центра партнеров?",
);

const JA_TITLE: Citation = c(JA, "顧客の代理としての問題の報告");
const JA_SUBMIT: Citation = c(JA, "顧客のサービス リクエストを提出する");
const JA_AZURE: Citation = c(JA, "Microsoft Azure");
const JA_M365: Citation = c(
    JA,
    "Office 365、Microsoft Dynamics CRM Online、Enterprise Mobility Suite",
);
const JA_SCOPE: Citation = c(JA, "サポートの権利には何が含まれていますか?");
const JA_SLA: Citation = c(JA, "どれぐらい迅速に最初の応答を受けられますか?");
const JA_PHONE: Citation = c(JA, "電話でサービス リクエストを提出できますか?");
const JA_BYPASS_AZURE: Citation = c(
    JA,
    "Azure ポータルに直接サインインし、パートナー センターをバイパスした場合はどうなりますか?",
);
const JA_BYPASS_O365: Citation = c(
    JA,
    "Office 365 管理センター ポータルにサインインし、パートナー センターをバイパスした場合はどうなりますか?",
);

const GDAP_ROLES: &str = "Microsoft Learn, \"GDAP least-privileged roles by task\" (2023); Partner Center permissions overview (2022)";

const fn rule(
    id: RuleId,
    summary: &'static str,
    basis: BasisByEdition,
    citations: &'static [Citation],
    outside_source: Option<&'static str>,
) -> Rule {
    Rule {
        id,
        summary,
        basis,
        citations,
        outside_source,
    }
}

const ALL_STATED: BasisByEdition = &[(D, S), (G23, S), (G25, S)];
const INHERITED_2025: BasisByEdition = &[(D, S), (G23, S), (G25, I)];
const GDAP_STATED: BasisByEdition = &[(G23, S), (G25, S)];
const ALL_INTERPRETED: BasisByEdition = &[(D, N), (G23, N), (G25, N)];

const SLA_CITES: &[Citation] = &[RU_SLA, JA_SLA, DE_SLA];
const FEE_CITES: &[Citation] = &[RU_SCOPE, JA_SCOPE, DE_TITLE];

#[rustfmt::skip]
const CATALOGUE: [Rule; RuleId::ALL.len()] = [
    rule(RuleId::ScopeClouds, "Partner Center (global) and Partner Center for Microsoft Cloud for US Government; in dap also Microsoft Cloud Germany.",
        ALL_STATED, &[RU_TITLE, JA_TITLE, DE_TITLE, NL_TITLE, IT_TITLE], None),
    rule(RuleId::ScopeWorkloads, "Requests on behalf of customers exist for Azure, Office 365, Dynamics CRM Online and Enterprise Mobility Suite; anything else is not covered.",
        ALL_STATED, &[RU_SCOPE, JA_SCOPE, DE_TITLE, NL_TITLE, IT_TITLE], None),
    rule(RuleId::ScopeMarketplaceIsv, "Microsoft gives no product support for commercial marketplace products: contact the ISV through the product's marketplace page.",
        GDAP_STATED, &[DE_MARKET, NL_MARKET, IT_MARKET], None),
    rule(RuleId::ScopeProblemKinds, "Technical, billing and subscription-management problems are in scope; dap also names billing disputes and suspected fraud.",
        INHERITED_2025, &[RU_TITLE, RU_SCOPE, JA_TITLE, JA_SCOPE, DE_TITLE, NL_TITLE, IT_TITLE], None),
    rule(RuleId::ScopeCannotResolveFirst, "A request is for a problem the partner cannot resolve itself: first check service health (dap: meet the escalation criteria).",
        ALL_STATED, &[RU_TITLE, JA_TITLE, DE_TITLE, DE_ADMIN, NL_TITLE, NL_ADMIN, IT_TITLE, IT_ADMIN], None),
    rule(RuleId::RouteNoPhone, "There is no phone channel in this program.",
        &[(D, S)], &[RU_PHONE, JA_PHONE], None),
    rule(RuleId::RouteDirectSignInOwnContext, "Signing in to the Azure portal or the admin center directly shows the partner's own context: use it only for the partner's own subscriptions.",
        ALL_STATED, &[RU_BYPASS_AZURE, RU_BYPASS_O365, JA_BYPASS_AZURE, JA_BYPASS_O365, DE_BYPASS, NL_BYPASS, IT_BYPASS], None),
    rule(RuleId::OwnDirectSignIn, "Requests about the partner's own subscriptions are filed by signing in directly to the Azure portal or the admin center.",
        ALL_STATED, &[RU_BYPASS_AZURE, RU_BYPASS_O365, JA_BYPASS_AZURE, JA_BYPASS_O365, DE_BYPASS, NL_BYPASS, IT_BYPASS], None),
    rule(RuleId::OwnEntitlementRequired, "A request about the partner's own subscription names a valid support-plan entitlement of its own: a partner program contract ID, Premier or an Azure support plan.",
        ALL_STATED, &[RU_BYPASS_AZURE, JA_BYPASS_AZURE, DE_BYPASS, NL_BYPASS, IT_BYPASS], None),
    rule(RuleId::OwnNotCspEntitlement, "Support for the partner's own tenant and subscriptions is not part of the CSP support benefit.",
        ALL_STATED, &[RU_SCOPE, RU_BYPASS_AZURE, JA_SCOPE, JA_BYPASS_AZURE, DE_TITLE, DE_BYPASS, NL_BYPASS, IT_BYPASS], None),
    rule(RuleId::FilerPartnerTypes, "Who may file for a customer: all four partner types in gdap-2023; only direct-bill partners and indirect providers in gdap-2025; every type with delegated admin in dap.",
        &[(D, O), (G23, S), (G25, S)], &[DE_TITLE, NL_TITLE, IT_TITLE], Some("DAP: before GDAP, delegated admin privileges gave partners admin access to customers")),
    rule(RuleId::AzureProviderOnly, "Indirect resellers and advisors cannot open Azure support requests for the customer, even with a support contract; only the subscription's provider can.",
        &[(G23, O), (G25, S)], &[DE_AZURE, NL_AZURE, IT_AZURE], Some("Microsoft Learn, English text of the 2023 revision (ms.date 2023-09-23), without the German qualifier")),
    rule(RuleId::FilerDapDelegatedAdmin, "The partner holds delegated admin privileges for the customer and the filing user is Admin agent or Helpdesk agent.",
        &[(D, O)], &[], Some("DAP; Partner Center permissions overview (2022)")),
    rule(RuleId::FilerAdminAgentGdap, "The filing user is Admin agent and assigned through a security group to an active GDAP relationship granting, for Microsoft 365, Service support administrator or Global administrator (for Azure, any built-in role).",
        &[(G23, N), (G25, O)], &[DE_TITLE, DE_ADMIN, NL_TITLE, NL_REPORT, NL_TICKET, NL_M365, IT_TITLE, IT_REPORT, IT_TICKET, IT_M365], Some(GDAP_ROLES)),
    rule(RuleId::AzureNoAdminPermissions, "An Azure provider without administrator permissions for the customer is pointed to a separate procedure the seeds do not describe.",
        GDAP_STATED, &[DE_AZURE, NL_AZURE, IT_AZURE], None),
    rule(RuleId::AzureGdapRbac, "Azure needs an active GDAP relationship (any Entra role) and an Azure RBAC role that may write support tickets: Owner, Contributor or Support Request Contributor.",
        &[(G23, O), (G25, O)], &[NL_AZURE, IT_AZURE], Some("Microsoft Learn, GDAP role guidance (2023) and \"Create an Azure support request\"")),
    rule(RuleId::AzureDapAccessGranted, "For Azure the indirect provider must have granted the partner access to the customer's Azure account; the subscription's own provider needs no grant.",
        &[(D, N)], &[RU_AZURE, JA_AZURE], None),
    rule(RuleId::RouteViaPartnerCenter, "Requests for customers are filed through Partner Center, along the edition's path.",
        &[(D, N), (G23, N), (G25, S)], &[RU_SUBMIT, RU_SCOPE, JA_SUBMIT, JA_SCOPE, DE_TITLE, DE_ADMIN, NL_TITLE, NL_REPORT, NL_TICKET, IT_TITLE, IT_REPORT, IT_TICKET], None),
    rule(RuleId::RouteWorkloadPortal, "Partner Center hands over to the workload's portal in the partner's context for the customer's tenant: the Azure portal or the Microsoft 365 (dap: Office 365) admin center.",
        ALL_STATED, &[RU_SUBMIT, RU_AZURE, RU_M365, JA_SUBMIT, JA_AZURE, JA_M365, DE_AZURE, DE_M365, NL_REPORT, NL_TICKET, NL_AZURE, NL_M365, IT_REPORT, IT_TICKET, IT_AZURE, IT_M365], None),
    rule(RuleId::RouteTrack, "Review requests later: Azure portal > Manage support requests; admin center > View all support tickets.",
        ALL_STATED, &[RU_AZURE, RU_M365, JA_AZURE, JA_M365, DE_AZURE, DE_M365, NL_AZURE, NL_M365, IT_AZURE, IT_M365], None),
    rule(RuleId::FormAzureSupportPlan, "An Azure request for a customer selects \"Cloud Solution Provider\" in the Support plan field of its Basics section.",
        ALL_STATED, &[RU_AZURE, JA_AZURE, DE_AZURE, NL_AZURE, IT_AZURE], None),
    rule(RuleId::FormPartnerContact, "The contact details entered are the partner's, never the customer's.",
        ALL_STATED, &[RU_AZURE, RU_M365, JA_AZURE, JA_M365, DE_AZURE, DE_M365, NL_AZURE, NL_M365, IT_AZURE, IT_M365], None),
    rule(RuleId::FormSeverityFromImpact, "Severity follows from the business impact stated when submitting.",
        INHERITED_2025, SLA_CITES, None),
    rule(RuleId::FeeM365None, "Office 365, Dynamics CRM Online and Enterprise Mobility Suite charge partners and customers no separate support fee.",
        INHERITED_2025, FEE_CITES, None),
    rule(RuleId::FeeAzureCharged, "Azure support is charged; a partner entitled to Signature Cloud Support or other partner-program benefits may pay with them.",
        INHERITED_2025, FEE_CITES, None),
    rule(RuleId::FeeAllCspPartners, "That benefit holds for every partner in the CSP program, paid or in a trial period.",
        INHERITED_2025, FEE_CITES, None),
    rule(RuleId::FeeBillingFree, "Billing and subscription-management support is free.",
        &[(D, N), (G23, S), (G25, I)], FEE_CITES, None),
    rule(RuleId::SlaSeverityA, "Severity A (critical: production down): first response within 2 hours.",
        INHERITED_2025, SLA_CITES, None),
    rule(RuleId::SlaSeverityB, "Severity B (moderate: production partly affected): first response within 4 hours.",
        INHERITED_2025, SLA_CITES, None),
    rule(RuleId::SlaSeverityC, "Severity C (minimal: services available or non-production affected): first response within 8 hours.",
        INHERITED_2025, SLA_CITES, None),
    rule(RuleId::SlaEnglish24x7, "The response times hold for English-language support, whose clock runs around the clock.",
        ALL_INTERPRETED, SLA_CITES, None),
    rule(RuleId::SlaLocalLanguageBusinessHours, "Local-language support is given during business hours: the budget counts only the calendar's business time.",
        ALL_INTERPRETED, SLA_CITES, None),
    rule(RuleId::SlaNonBreakFixOneBusinessDay, "For an in-entitlement incident that is not technical break-fix, the first response can take up to one business day (the calendar's business-day length of business time).",
        ALL_INTERPRETED, SLA_CITES, None),
    rule(RuleId::SlaPriority, "CSP partners can expect priority for their most important problems.",
        ALL_STATED, &[RU_SCOPE, JA_SCOPE, DE_TITLE, NL_TITLE, IT_TITLE], None),
    rule(RuleId::CustomerTrialPartnerOnly, "A customer with CSP subscriptions and Direct subscriptions that are all trials can only contact its CSP partner.",
        &[(G25, S)], &[NL_CUSTOMER, IT_CUSTOMER], None),
    rule(RuleId::CustomerPaidEither, "A customer with CSP subscriptions and a Direct paid subscription can open a service request with Microsoft or contact its partner.",
        &[(G25, S)], &[NL_CUSTOMER, IT_CUSTOMER], None),
];

#[cfg(test)]
mod tests {
    use super::*;

    /// The compile-time masks agree with folding the catalogue, for every
    /// pair of rules in every edition.
    #[test]
    fn basis_masks_agree_with_the_catalogue() {
        for &e in Edition::ALL {
            for a in RuleId::ALL.iter().copied() {
                for b in RuleId::ALL.iter().copied() {
                    let set = RuleSet::of(&[a, b]);
                    let folded = set
                        .iter()
                        .filter_map(|id| id.rule().basis(e))
                        .fold(Basis::Stated, Basis::weakest);
                    assert_eq!(weakest_basis(set, e), folded, "{a} {b} {e}");
                }
            }
            assert_eq!(weakest_basis(RuleSet::EMPTY, e), Basis::Stated);
        }
    }
}
