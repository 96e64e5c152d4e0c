//! Readable explanations of decisions and assessments, in any of the six
//! languages of [`crate::i18n`]; the English `Display` goes through the same
//! tables.
//!
//! The layout is the same in every language: the outcome and the cited rule
//! IDs on the first line, then one line per rule with its summary (and, for
//! an assessment, the seed it comes from), the missing facts, the advice,
//! the numbered route steps, the plan and the fee.

use std::fmt;

use crate::answers::assessment::Assessment;
use crate::answers::customer::CustomerAnswer;
use crate::answers::decision::Decision;
use crate::i18n::{
    Label, Lang, Localized, citations, fill, render_due, render_holds_until, render_outside_source,
    render_renews_by_days, render_step,
};
use crate::{Edition, RuleSet};

/// An explanation of a decision, an assessment or a customer answer in one
/// language: `Display` it (or `to_string()` it). Rendering allocates nothing
/// but the output.
#[derive(Debug, Clone, Copy)]
pub struct Explanation<'a, T> {
    item: &'a T,
    lang: Lang,
}

impl Decision {
    /// The decision explained in `lang`: outcome, rule IDs, each rule's
    /// summary, what is missing, the advice.
    ///
    /// ```
    /// use csp_support::{decide, i18n::Lang, samples};
    /// let d = decide(&samples::reseller_azure_gdap_2025());
    /// let text = d.explain(Lang::De).to_string();
    /// assert!(text.starts_with("Abgelehnt [FILER-PARTNER-TYPES, AZURE-PROVIDER-ONLY]"));
    /// assert!(text.contains("Empfehlung:"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn explain(&self, lang: Lang) -> Explanation<'_, Decision> {
        Explanation { item: self, lang }
    }
}

impl Assessment {
    /// The assessment explained in `lang`: the decision with each rule's
    /// citation (the edition's own seeds, `RULES.md` conflict 4), then the
    /// route, the plan and the fee.
    ///
    /// ```
    /// use csp_support::{assess, i18n::Lang, samples};
    /// let a = assess(&samples::direct_partner_azure());
    /// let text = a.explain(Lang::It).to_string();
    /// assert!(text.starts_with("[gdap-2025] Consentito"));
    /// assert!(text.contains("Nuova richiesta di supporto"));
    /// assert!(text.contains("Gestisci richieste di supporto"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn explain(&self, lang: Lang) -> Explanation<'_, Assessment> {
        Explanation { item: self, lang }
    }
}

impl CustomerAnswer {
    /// The customer's options explained in `lang`.
    ///
    /// ```
    /// use csp_support::{customer_options, i18n::Lang, Edition, Subscription};
    /// use csp_support::{SubscriptionChannel::*, SubscriptionKind::*};
    /// let mix = [Subscription::new(Csp, Paid), Subscription::new(Direct, Paid)];
    /// let text = customer_options(Edition::Gdap2025, &mix).explain(Lang::En).to_string();
    /// assert!(text.starts_with("Allowed [CUSTOMER-PAID-EITHER]"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn explain(&self, lang: Lang) -> Explanation<'_, CustomerAnswer> {
        Explanation { item: self, lang }
    }
}

impl fmt::Display for Explanation<'_, Decision> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_decision_in(f, self.item, None, self.lang)
    }
}

impl fmt::Display for Explanation<'_, Assessment> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_assessment_in(f, self.item, self.lang)
    }
}

impl fmt::Display for Explanation<'_, CustomerAnswer> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (a, lang) = (self.item, self.lang);
        write_head(f, a.outcome, a.rules, a.basis, lang)?;
        for id in a.rules.iter() {
            write!(f, "\n  {id}: {}", id.text(lang))?;
        }
        if !a.options.is_empty() {
            write!(f, "\n  {} ", Label::Options.text(lang))?;
            write_list(f, a.options.iter().map(|o| o.text(lang)), lang)?;
        }
        Ok(())
    }
}

/// The English `Display` of a [`Decision`].
pub(crate) fn write_decision(f: &mut fmt::Formatter<'_>, d: &Decision) -> fmt::Result {
    write_decision_in(f, d, None, Lang::En)
}

/// The English `Display` of an [`Assessment`].
pub(crate) fn write_assessment(f: &mut fmt::Formatter<'_>, a: &Assessment) -> fmt::Result {
    write_assessment_in(f, a, Lang::En)
}

fn write_head(
    f: &mut fmt::Formatter<'_>,
    outcome: crate::Outcome,
    rules: RuleSet,
    basis: crate::Basis,
    lang: Lang,
) -> fmt::Result {
    write!(f, "{} {rules} ", outcome.text(lang))?;
    fill(f, Label::BasisOf.text(lang), &basis.text(lang))
}

fn write_list<'s>(
    f: &mut fmt::Formatter<'_>,
    items: impl Iterator<Item = &'s str>,
    lang: Lang,
) -> fmt::Result {
    for (i, item) in items.enumerate() {
        if i > 0 {
            f.write_str(Label::ListSeparator.text(lang))?;
        }
        f.write_str(item)?;
    }
    Ok(())
}

/// The decision; with an edition, each rule's citations under it.
fn write_decision_in(
    f: &mut fmt::Formatter<'_>,
    d: &Decision,
    edition: Option<Edition>,
    lang: Lang,
) -> fmt::Result {
    write_head(f, d.outcome, d.rules, d.basis, lang)?;
    if let Some(v) = d.valid_until {
        write!(f, "\n  {}", render_holds_until(&v.at, lang))?;
        if let Some(days) = v.renews_by_days {
            write!(
                f,
                "{}{}",
                Label::ListSeparator.text(lang),
                render_renews_by_days(days, lang)
            )?;
        }
    }
    for id in d.rules.iter() {
        write!(f, "\n  {id}: {}", id.text(lang))?;
        if let Some(e) = edition {
            write_sources(f, id, e, lang)?;
        }
    }
    if !d.missing.is_empty() {
        write!(f, "\n  {} ", Label::Missing.text(lang))?;
        write_list(f, d.missing.iter().map(|m| m.text(lang)), lang)?;
    }
    for r in d.remedies.iter() {
        write!(f, "\n  {} {}", Label::Advice.text(lang), r.text(lang))?;
    }
    Ok(())
}

/// One line per cited seed: its headings, quoted, then the file and
/// language; for a rule no seed of the edition cites, its outside source.
fn write_sources(
    f: &mut fmt::Formatter<'_>,
    id: crate::RuleId,
    edition: Edition,
    lang: Lang,
) -> fmt::Result {
    let mut seed = None;
    for c in citations(id, edition, lang) {
        if seed == Some(c.seed) {
            f.write_str(Label::ListSeparator.text(lang))?;
        } else {
            if let Some(prev) = seed {
                write_seed(f, prev)?;
            }
            write!(f, "\n    {} ", Label::Source.text(lang))?;
            seed = Some(c.seed);
        }
        fill(f, Label::Quote.text(lang), &c.section)?;
    }
    match (seed, render_outside_source(id, lang)) {
        (Some(prev), _) => write_seed(f, prev),
        // No seed of the edition says it: name the documentation it rests on,
        // in `lang`.
        (None, Some(outside)) => write!(f, "\n    {} {outside}", Label::Source.text(lang)),
        (None, None) => Ok(()),
    }
}

fn write_seed(f: &mut fmt::Formatter<'_>, seed: crate::Seed) -> fmt::Result {
    write!(f, " ({}, {})", seed.file_name(), seed.language())
}

fn write_assessment_in(f: &mut fmt::Formatter<'_>, a: &Assessment, lang: Lang) -> fmt::Result {
    let e = a.decided_under.edition;
    write!(f, "[{e}] ")?;
    write_decision_in(f, &a.decision, Some(e), lang)?;
    if let Some(r) = &a.route {
        write!(f, "\n  {} {}", Label::Route.text(lang), r.rules)?;
        for (n, s) in (1u32..).zip(r.steps.iter()) {
            write!(f, "\n    {n}. {} [{}]", render_step(*s, e, lang), s.rule())?;
        }
        if !r.isv_contacts.is_empty() {
            write!(f, "\n    {} ", Label::IsvContactForms.text(lang))?;
            write_list(f, r.isv_contacts.iter().map(|c| c.text(lang)), lang)?;
        }
    }
    if let Some(p) = &a.plan {
        write!(
            f,
            "\n  {} {} {}",
            Label::Plan.text(lang),
            p.plan.text(lang),
            p.rules
        )?;
    }
    if let Some(fee) = &a.fee {
        write!(f, "\n  {} {}", Label::Fee.text(lang), fee.fee.text(lang))?;
        if fee.payable_with_benefits {
            write!(
                f,
                "{}{}",
                Label::ListSeparator.text(lang),
                Label::PayableWithBenefits.text(lang)
            )?;
        }
        write!(f, " {}", fee.rules)?;
    }
    if let Some(d) = &a.deadline {
        let due = d.due_utc.with_timezone(&d.time_zone);
        write!(
            f,
            "\n  {} {}{}{} {} ",
            Label::FirstResponse.text(lang),
            render_due(&due, lang),
            Label::ListSeparator.text(lang),
            d.clock.text(lang),
            d.rules,
        )?;
        fill(f, Label::BasisOf.text(lang), &d.basis.text(lang))?;
    }
    Ok(())
}

/// The English explanation ([`Assessment::explain`] in English).
impl fmt::Display for Assessment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_assessment(f, self)
    }
}

/// The English explanation ([`Decision::explain`] in English).
impl fmt::Display for Decision {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_decision(f, self)
    }
}

/// The step in English, as [`Assessment`]'s `Display` lists it for the
/// latest edition ([`Edition::LATEST`](crate::Edition::LATEST)); for another
/// edition or language use [`i18n::render_step`](crate::i18n::render_step)
/// (a `dap` Microsoft 365 step names an older menu).
///
/// ```
/// use csp_support::{Step, Workload};
/// assert!(!Step::NewRequest { workload: Workload::Azure }.to_string().is_empty());
/// ```
impl fmt::Display for crate::Step {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}",
            crate::i18n::render_step(*self, crate::Edition::LATEST, Lang::En)
        )
    }
}
