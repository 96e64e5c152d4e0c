//! The readiness page: summary charts, a 12-month expiry timeline, the
//! customer × workload grid (sortable and filterable by an inline script,
//! complete without it) and the report's provenance.
//!
//! The template reads one view model, [`ReadinessView`], filled from the
//! report by [`ReadinessView::from_report`]; when the report gains fields
//! (relationship status, advice, partial-input warnings, input files), only
//! that function changes.

use std::borrow::Cow;
use std::collections::BTreeMap;

use askama::Template;
use chrono::{DateTime, Datelike, SecondsFormat, TimeDelta, Utc};

use super::{OutcomeLook, PageMeta, input, outcome_look, rule_ids};
use crate::i18n::{Lang, Localized};
use crate::readiness::{ReadinessReport, WORKLOADS};
use crate::{AutoExtend, Outcome, RuleSet, ValidUntil, Workload};

/// The expiry buckets partners track, in days, tightest first.
const BUCKETS: [i64; 4] = [1, 7, 30, 90];

/// How many months the timeline shows, the report's month first.
const TIMELINE_MONTHS: usize = 12;

/// The readiness page's view model: everything the template
/// (`templates/readiness.html`) reads.
#[derive(Template)]
#[template(path = "readiness.html")]
pub(crate) struct ReadinessView<'a> {
    page: PageMeta<'a>,
    /// Partial-input warnings (file, JSON path, what was not used), shown
    /// in a banner.
    warnings: Vec<Cow<'a, str>>,
    summary: Summary,
    timeline: Timeline,
    workloads: Vec<WorkloadHead>,
    looks: Vec<OutcomeLook>,
    buckets: [i64; 4],
    customers: Vec<CustomerView<'a>>,
    /// The distinct sets of rule IDs behind the grid's outcomes, numbered
    /// from 1 in order of first use; a grid entry links to its set (10,000
    /// customers repeat a handful of sets, so the page names each once).
    rule_sets: Vec<RuleSetView>,
    /// Relationships whose end has passed while Graph still says active.
    ended_still_active: Vec<(Cow<'a, str>, Cow<'a, str>)>,
    /// Relationships without a customer.
    without_customer: Vec<Cow<'a, str>>,
}

struct WorkloadHead {
    key: &'static str,
    label: &'static str,
}

/// Counts for the summary charts.
struct Summary {
    customers: usize,
    can_file_now: usize,
    cannot_file: usize,
    /// Customers whose relationships could not be read (status
    /// unreadable).
    unreadable: usize,
    per_workload: Vec<WorkloadCount>,
    relationships_with_end: usize,
    customer_chart: BarChart,
    expiry_chart: BarChart,
}

struct WorkloadCount {
    label: &'static str,
    allowed: usize,
    total: usize,
}

/// A horizontal bar chart, geometry precomputed (SVG user units).
struct BarChart {
    height: u32,
    bars: Vec<Bar>,
}

struct Bar {
    label: String,
    value: usize,
    class: &'static str,
    y: u32,
    text_y: u32,
    width: u32,
    value_x: u32,
}

/// The 12-month timeline: relationship ends per month, stacked by whether
/// the relationship renews itself.
struct Timeline {
    months: Vec<Month>,
    max: usize,
    total: usize,
}

struct Month {
    /// "Nov 2026".
    label: String,
    /// "Nov".
    short: String,
    /// The year, under the first month and every January.
    year: Option<i32>,
    lapses: usize,
    renews: usize,
    total: usize,
    x: u32,
    text_x: u32,
    lapse_y: u32,
    lapse_h: u32,
    renew_y: u32,
    renew_h: u32,
    count_y: u32,
}

struct CustomerView<'a> {
    name: Cow<'a, str>,
    named: bool,
    tenant_id: Cow<'a, str>,
    /// Whole days (rounded up) until the soonest future relationship end.
    days: Option<i64>,
    cells: Vec<CellView<'a>>,
    advice: Vec<AdviceView>,
    relationships: Vec<RelationshipView<'a>>,
}

struct CellView<'a> {
    entries: Vec<EntryView<'a>>,
}

struct EntryView<'a> {
    look: OutcomeLook,
    subscription: Option<Cow<'a, str>>,
    until: Option<UntilView>,
    /// The number of the relationship it rests on, when the customer has
    /// several.
    via: Option<usize>,
    /// The number of its set of rule IDs in [`ReadinessView::rule_sets`].
    rule_set: usize,
}

/// One piece of advice for a customer and the workloads it is for (the
/// same advice for several workloads is shown once).
struct AdviceView {
    text: String,
    workloads: String,
}

struct RuleSetView {
    number: usize,
    rules: String,
    uses: usize,
}

struct UntilView {
    text: String,
    renews: Option<String>,
}

struct RelationshipView<'a> {
    number: usize,
    id: Cow<'a, str>,
    /// What the report tells of its status (issue 12 adds Graph's status).
    status: Option<&'static str>,
    ends: Option<UntilView>,
    /// "≤ 7 days", … (the tightest bucket), for an end within 90 days.
    bucket: Option<String>,
}

/// A relationship as gathered from the report, before display.
struct Gathered<'a> {
    id: &'a str,
    ends: Option<DateTime<Utc>>,
    renews: Option<String>,
    grants_now: bool,
    ended_still_active: bool,
}

/// Whether the report's advice for a row says what `remedy` says, more
/// precisely (the page shows it once).
fn superseded(remedy: crate::Remedy, advice: &[crate::readiness::Advice<'_>]) -> bool {
    use crate::Remedy;
    use crate::readiness::Advice;
    advice.iter().any(|a| match a {
        Advice::CustomerApprovalPending { .. }
        | Advice::RelationshipEnded { .. }
        | Advice::RelationshipUnreadable { .. }
        | Advice::NoRelationship => remedy == Remedy::EstablishActiveGdapRelationship,
        Advice::RelationshipLacksRole { .. } => remedy == Remedy::AddServiceSupportAdministrator,
        Advice::UserNotInGroup { .. }
        | Advice::AssignmentNotActive { .. }
        | Advice::NoAssignmentOfRole { .. } => remedy == Remedy::AssignUserToRelationship,
        Advice::AutoExtendImpossibleWithGlobalAdministrator { .. } => false,
    })
}

fn instant(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Secs, true)
}

fn until_view(at: DateTime<Utc>, renews: Option<String>) -> UntilView {
    UntilView {
        text: at.format("%Y-%m-%d %H:%M UTC").to_string(),
        renews,
    }
}

fn renews_text(v: ValidUntil) -> Option<String> {
    v.renews_by_days.map(|d| format!("renews +{d} d"))
}

/// Whole days until `end`, rounded up; `None` when it has passed.
fn days_until(at: DateTime<Utc>, end: DateTime<Utc>) -> Option<i64> {
    let secs = end.signed_duration_since(at).num_seconds();
    if secs <= 0 {
        return None;
    }
    let day = TimeDelta::days(1).num_seconds();
    Some(
        secs.div_euclid(day)
            .saturating_add(i64::from(secs.rem_euclid(day) > 0)),
    )
}

/// The tightest bucket (1, 7, 30, 90 days) an end `days` away falls in.
fn bucket_of(days: i64) -> Option<i64> {
    BUCKETS.into_iter().find(|&b| days <= b)
}

fn bucket_label(b: i64) -> String {
    if b == 1 {
        "≤ 1 day".to_owned()
    } else {
        format!("≤ {b} days")
    }
}

const fn workload_key(w: Workload) -> &'static str {
    match w {
        Workload::Azure => "azure",
        Workload::Office365 => "office365",
        Workload::DynamicsCrmOnline => "dynamics_crm_online",
        Workload::EnterpriseMobilitySuite => "enterprise_mobility_suite",
        Workload::CommercialMarketplace => "commercial_marketplace",
        Workload::Other => "other",
    }
}

/// "all workloads", or the names of those flagged.
fn workloads_text(on: [bool; WORKLOADS.len()]) -> String {
    if on.iter().all(|&b| b) {
        return "all workloads".to_owned();
    }
    let names: Vec<&str> = WORKLOADS
        .iter()
        .zip(on)
        .filter(|(_, b)| *b)
        .map(|(w, _)| w.text(Lang::En))
        .collect();
    names.join(", ")
}

/// Chart geometry: label column, bar area, row pitch.
const LABEL_W: u32 = 140;
const BAR_W: u32 = 210;
const ROW_H: u32 = 30;

fn bar_chart(rows: Vec<(String, usize, &'static str)>) -> BarChart {
    let max = rows.iter().map(|r| r.1).max().unwrap_or(0).max(1);
    let mut bars = Vec::with_capacity(rows.len());
    let mut y = 6u32;
    for (label, value, class) in rows {
        let width = scale(value, max, BAR_W);
        bars.push(Bar {
            label,
            value,
            class,
            y,
            text_y: y.saturating_add(15),
            width,
            value_x: LABEL_W.saturating_add(width).saturating_add(6),
        });
        y = y.saturating_add(ROW_H);
    }
    BarChart {
        height: y.saturating_add(4),
        bars,
    }
}

/// `value / max` of `span` units, at least 1 unit for a non-zero value.
fn scale(value: usize, max: usize, span: u32) -> u32 {
    let v = u64::try_from(value).unwrap_or(u64::MAX);
    let m = u64::try_from(max).unwrap_or(u64::MAX).max(1);
    let w = v
        .saturating_mul(u64::from(span))
        .checked_div(m)
        .unwrap_or(0);
    let w = u32::try_from(w).unwrap_or(span).min(span);
    if value > 0 { w.max(1) } else { 0 }
}

/// Timeline geometry: slot width, bar width, baseline, bar area height.
const SLOT_W: u32 = 56;
const MONTH_BAR_W: u32 = 36;
const BASE_Y: u32 = 112;
const AREA_H: u32 = 90;

fn timeline(at: DateTime<Utc>, rels: &[Gathered<'_>]) -> Timeline {
    let month_no = |t: DateTime<Utc>| {
        i64::from(t.year())
            .saturating_mul(12)
            .saturating_add(i64::from(t.month0()))
    };
    let first = month_no(at);
    let mut lapses = [0usize; TIMELINE_MONTHS];
    let mut renews = [0usize; TIMELINE_MONTHS];
    for r in rels {
        let Some(end) = r.ends.filter(|e| *e > at) else {
            continue;
        };
        let Ok(i) = usize::try_from(month_no(end).saturating_sub(first)) else {
            continue;
        };
        let slot = if r.renews.is_some() {
            renews.get_mut(i)
        } else {
            lapses.get_mut(i)
        };
        if let Some(n) = slot {
            *n = n.saturating_add(1);
        }
    }
    let max = lapses
        .iter()
        .zip(&renews)
        .map(|(a, b)| a.saturating_add(*b))
        .max()
        .unwrap_or(0);
    let mut months = Vec::with_capacity(TIMELINE_MONTHS);
    let mut x = 30u32;
    let mut day = at.date_naive().with_day(1);
    for (i, (&l, &r)) in lapses.iter().zip(&renews).enumerate() {
        let lapse_h = scale(l, max, AREA_H);
        let renew_h = scale(r, max, AREA_H);
        let lapse_y = BASE_Y.saturating_sub(lapse_h);
        let renew_y = lapse_y.saturating_sub(renew_h);
        months.push(Month {
            label: day
                .map(|d| d.format("%b %Y").to_string())
                .unwrap_or_default(),
            short: day.map(|d| d.format("%b").to_string()).unwrap_or_default(),
            year: day.filter(|d| i == 0 || d.month() == 1).map(|d| d.year()),
            lapses: l,
            renews: r,
            total: l.saturating_add(r),
            x,
            text_x: x.saturating_add(MONTH_BAR_W / 2),
            lapse_y,
            lapse_h,
            renew_y,
            renew_h,
            count_y: renew_y.saturating_sub(4),
        });
        x = x.saturating_add(SLOT_W);
        day = day.and_then(|d| d.checked_add_months(chrono::Months::new(1)));
    }
    Timeline {
        total: lapses.iter().chain(&renews).sum(),
        months,
        max,
    }
}

impl<'a> ReadinessView<'a> {
    /// Fills the view model from the report: the one place that knows the
    /// report's shape.
    pub(crate) fn from_report(report: &ReadinessReport<'a>, input_files: &[&'a str]) -> Self {
        let at = report.at;
        let mut customers = Vec::with_capacity(report.customers.len());
        let mut all_rels: Vec<Gathered<'a>> = Vec::new();
        let mut ended_still_active = Vec::new();
        let (mut can_file_now, mut cannot_file) = (0usize, 0usize);
        let mut allowed_per_workload = [0usize; WORKLOADS.len()];
        let mut rule_sets: Vec<(RuleSet, usize)> = Vec::new();

        for c in &report.customers {
            // The relationships the customer's rows rest on, then those
            // the report lists apart, each once, in order of appearance.
            let mut rels: Vec<Gathered<'a>> = Vec::new();
            let mut index: BTreeMap<&'a str, usize> = BTreeMap::new();
            let mut slot = |rels: &mut Vec<Gathered<'a>>, id: &'a str| -> usize {
                *index.entry(id).or_insert_with(|| {
                    rels.push(Gathered {
                        id,
                        ends: None,
                        renews: None,
                        grants_now: false,
                        ended_still_active: false,
                    });
                    rels.len().saturating_sub(1)
                })
            };
            for r in &c.rows {
                if let Some(id) = r.relationship_id {
                    let i = slot(&mut rels, id);
                    if let (Some(g), Some(v)) = (rels.get_mut(i), r.valid_until)
                        && r.outcome == Outcome::Allowed
                    {
                        g.ends = Some(v.at);
                        g.renews = renews_text(v);
                        g.grants_now = true;
                    }
                }
            }
            for e in &c.expiring {
                let i = slot(&mut rels, e.relationship_id);
                if let Some(g) = rels.get_mut(i) {
                    g.ends = Some(e.ends_at);
                    g.grants_now = true;
                    if e.auto_extend == AutoExtend::On && g.renews.is_none() {
                        g.renews = Some("auto-extends".to_owned());
                    }
                }
            }
            for &id in &c.ended_still_active {
                let i = slot(&mut rels, id);
                if let Some(g) = rels.get_mut(i) {
                    g.ended_still_active = true;
                }
                ended_still_active.push((input(c.display_name.unwrap_or(c.tenant_id)), input(id)));
            }
            let numbered = rels.len() > 1;

            let mut cells: Vec<CellView<'a>> = WORKLOADS
                .iter()
                .map(|_| CellView {
                    entries: Vec::new(),
                })
                .collect();
            let mut any_allowed = false;
            let mut advice: Vec<(String, [bool; WORKLOADS.len()])> = Vec::new();
            for r in &c.rows {
                let Some(col) = WORKLOADS.iter().position(|&w| w == r.workload) else {
                    continue;
                };
                let allowed = r.outcome == Outcome::Allowed;
                if allowed {
                    any_allowed = true;
                }
                let via = r
                    .relationship_id
                    .and_then(|id| index.get(id))
                    .filter(|_| numbered)
                    .map(|i| i.saturating_add(1));
                let set = match rule_sets.iter().position(|(s, _)| *s == r.rules) {
                    Some(i) => i,
                    None => {
                        rule_sets.push((r.rules, 0));
                        rule_sets.len().saturating_sub(1)
                    }
                };
                if let Some((_, uses)) = rule_sets.get_mut(set) {
                    *uses = uses.saturating_add(1);
                }
                // A relationship of this customer by its number (the
                // relationships column lists them), anything else escaped.
                let esc = |s: &str| input(s).into_owned();
                let rel = |s: &str| match index.get(s) {
                    Some(i) if numbered => format!("relationship {}", i.saturating_add(1)),
                    Some(_) => "the relationship".to_owned(),
                    None => format!("relationship {}", input(s)),
                };
                let texts = r.advice.iter().map(|a| a.text_with(&rel, &esc)).chain(
                    r.remedies
                        .iter()
                        .filter(|m| !superseded(*m, &r.advice))
                        .map(|m| m.text(Lang::En).to_owned()),
                );
                for text in texts {
                    let i = match advice.iter().position(|(t, _)| *t == text) {
                        Some(i) => i,
                        None => {
                            advice.push((text, [false; WORKLOADS.len()]));
                            advice.len().saturating_sub(1)
                        }
                    };
                    if let Some(flag) = advice.get_mut(i).and_then(|(_, f)| f.get_mut(col)) {
                        *flag = true;
                    }
                }
                if let Some(cell) = cells.get_mut(col) {
                    cell.entries.push(EntryView {
                        look: outcome_look(r.outcome),
                        subscription: r.subscription_id.map(input),
                        until: r
                            .valid_until
                            .filter(|_| allowed)
                            .map(|v| until_view(v.at, renews_text(v))),
                        via,
                        rule_set: set.saturating_add(1),
                    });
                }
            }
            for (n, cell) in allowed_per_workload.iter_mut().zip(&cells) {
                if cell.entries.iter().any(|e| e.look.key == "allowed") {
                    *n = n.saturating_add(1);
                }
            }
            if any_allowed {
                can_file_now = can_file_now.saturating_add(1);
            } else {
                cannot_file = cannot_file.saturating_add(1);
            }

            let days = rels
                .iter()
                .filter_map(|g| g.ends.and_then(|e| days_until(at, e)))
                .min();
            let relationships = rels
                .iter()
                .enumerate()
                .map(|(i, g)| RelationshipView {
                    number: i.saturating_add(1),
                    id: input(g.id),
                    status: if g.ended_still_active {
                        Some("ended (Graph still says active): grants nothing")
                    } else if g.grants_now {
                        Some("active")
                    } else {
                        None
                    },
                    ends: g.ends.map(|e| until_view(e, g.renews.clone())),
                    bucket: g
                        .ends
                        .and_then(|e| days_until(at, e))
                        .and_then(bucket_of)
                        .map(bucket_label),
                })
                .collect();
            let name = c.display_name.filter(|n| !n.trim().is_empty());
            customers.push(CustomerView {
                name: name.map_or(Cow::Borrowed("(no name)"), input),
                named: name.is_some(),
                tenant_id: input(c.tenant_id),
                days,
                cells,
                advice: advice
                    .into_iter()
                    .map(|(text, on)| AdviceView {
                        text,
                        workloads: workloads_text(on),
                    })
                    .collect(),
                relationships,
            });
            all_rels.extend(rels);
        }

        let mut bucket_counts = [0usize; BUCKETS.len()];
        let mut with_end = 0usize;
        for g in &all_rels {
            if let Some(d) = g.ends.and_then(|e| days_until(at, e)) {
                with_end = with_end.saturating_add(1);
                if let Some(i) = BUCKETS.iter().position(|&b| d <= b)
                    && let Some(n) = bucket_counts.get_mut(i)
                {
                    *n = n.saturating_add(1);
                }
            }
        }
        let total = report.customers.len();
        let unreadable = report
            .customers
            .iter()
            .filter(|c| {
                c.rows
                    .iter()
                    .all(|r| r.status == crate::readiness::RelationshipState::Unreadable)
            })
            .count();
        let summary = Summary {
            customers: total,
            can_file_now,
            cannot_file,
            unreadable,
            per_workload: WORKLOADS
                .iter()
                .zip(allowed_per_workload)
                .map(|(&w, allowed)| WorkloadCount {
                    label: w.text(Lang::En),
                    allowed,
                    total,
                })
                .collect(),
            relationships_with_end: with_end,
            customer_chart: bar_chart(vec![
                ("Can file now".to_owned(), can_file_now, "bar-allowed"),
                ("Cannot file".to_owned(), cannot_file, "bar-denied"),
                ("Unreadable".to_owned(), unreadable, "bar-unreadable"),
            ]),
            expiry_chart: bar_chart(
                BUCKETS
                    .iter()
                    .zip(bucket_counts)
                    .map(|(&b, n)| (format!("Ending {}", bucket_label(b)), n, "bar-expiry"))
                    .collect(),
            ),
        };

        let edition = report.edition.to_string();
        let mut page = PageMeta::new(
            "Support readiness".to_owned(),
            "For which customers can the filing user open a support request with Microsoft \
             now, for which workload, and until when."
                .to_owned(),
            &[super::ERRORS_JS_SHA256, super::READINESS_JS_SHA256],
        )
        .fact("Edition", edition)
        .fact("Decided at", instant(at));
        page.facts.push(super::Fact {
            label: "Input files",
            values: if input_files.is_empty() {
                vec![Cow::Borrowed("(not given)")]
            } else {
                input_files.iter().map(|f| input(f)).collect()
            },
        });

        ReadinessView {
            page,
            warnings: report
                .warnings
                .iter()
                .map(|w| Cow::Owned(w.to_string()))
                .collect(),
            summary,
            timeline: timeline(at, &all_rels),
            workloads: WORKLOADS
                .iter()
                .map(|&w| WorkloadHead {
                    key: workload_key(w),
                    label: w.text(Lang::En),
                })
                .collect(),
            looks: { Outcome::ALL.iter().map(|&o| outcome_look(o)).collect() },
            buckets: BUCKETS,
            customers,
            rule_sets: rule_sets
                .into_iter()
                .enumerate()
                .map(|(i, (rules, uses))| RuleSetView {
                    number: i.saturating_add(1),
                    rules: rule_ids(rules),
                    uses,
                })
                .collect(),
            ended_still_active,
            without_customer: report.without_customer.iter().map(|id| input(id)).collect(),
        }
    }
}

/// Prints the report as one self-contained HTML page (feature `html`).
///
/// The page has a summary (customers who can file now, cannot, or could
/// not be read; relationships ending within 1, 7, 30 and 90 days, each in
/// its tightest bucket) as inline SVG charts with their numbers as text, a
/// timeline of relationship ends over the next 12 months, the customer ×
/// workload grid (one row per customer; each cell the outcome as colour,
/// icon and word, until when, the relationship it rests on, the rule IDs
/// and the advice), and the provenance: crate version, edition, the instant
/// decided at and `input_files` (as given; shown escaped).
///
/// An inline script sorts the grid (by customer, by workload outcome, by
/// the soonest relationship end) and filters it (by outcome, workload,
/// expiry bucket and free text). The filter is also read from the page
/// address's fragment, so a filtered view can be bookmarked or linked:
/// `readiness.html#outcome=denied&workload=office365&bucket=30&q=contoso`
/// (and `sort=customer|expiry|azure|office365|…`, `dir=desc`). With
/// scripts disabled the whole grid is shown.
///
/// The page loads nothing: CSS and scripts are inline and its content
/// security policy forbids any other source. Every string from the input
/// files is escaped (control and bidi characters shown as `\u{…}`).
///
/// ```
/// use csp_support::exports::{Exports, SourceFile};
/// use csp_support::readiness::{self, PartnerProfile};
/// use csp_support::Edition;
///
/// let profile = PartnerProfile::from_json(r#"{"type": "direct_bill_partner", "roles": ["admin_agent"]}"#)?;
/// let list = br#"{"value": [{
///   "id": "rel-1", "status": "active", "duration": "P730D",
///   "customer": {"tenantId": "t-1", "displayName": "<b>Contoso</b>"},
///   "accessDetails": {"unifiedRoles": [{"roleDefinitionId": "f023fd81-a637-4b56-95fd-791ac0226033"}]},
///   "activatedDateTime": "2025-01-01T00:00:00Z", "endDateTime": "2027-01-01T00:00:00Z"
/// }]}"#;
/// let exports = Exports::read(&[SourceFile { name: "relationships.json", bytes: list }]);
/// let report = readiness::readiness(&profile, &exports, Edition::Gdap2025, "2026-11-16T10:00:00Z".parse()?);
/// let html = readiness::render_html(&report, &["profile.json", "relationships.json"]);
/// assert!(html.contains("&#60;b&#62;Contoso&#60;/b&#62;"));
/// assert!(!html.contains("<b>Contoso"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[cfg_attr(docsrs, doc(cfg(feature = "html")))]
#[must_use]
pub fn render_html(report: &ReadinessReport<'_>, input_files: &[&str]) -> String {
    super::or_error_page(ReadinessView::from_report(report, input_files).render())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    #[test]
    fn days_round_up_and_buckets_are_the_tightest() {
        let at = t("2026-11-16T10:00:00Z");
        assert_eq!(days_until(at, t("2026-11-16T10:00:00Z")), None);
        assert_eq!(days_until(at, t("2026-11-16T10:00:01Z")), Some(1));
        assert_eq!(days_until(at, t("2026-11-17T10:00:00Z")), Some(1));
        assert_eq!(days_until(at, t("2026-11-17T10:00:01Z")), Some(2));
        assert_eq!(bucket_of(1), Some(1));
        assert_eq!(bucket_of(2), Some(7));
        assert_eq!(bucket_of(30), Some(30));
        assert_eq!(bucket_of(31), Some(90));
        assert_eq!(bucket_of(90), Some(90));
        assert_eq!(bucket_of(91), None);
    }

    #[test]
    fn bars_scale_to_the_largest_and_never_vanish() {
        assert_eq!(scale(0, 10, 200), 0);
        assert_eq!(scale(10, 10, 200), 200);
        assert_eq!(scale(1, 100_000, 200), 1);
        assert_eq!(scale(5, 0, 200), 200);
    }

    #[test]
    fn the_timeline_starts_in_the_reports_month_and_stacks_renewals() {
        let at = t("2026-11-16T10:00:00Z");
        let g = |end: &str, renews: bool| Gathered {
            id: "r",
            ends: Some(t(end)),
            renews: renews.then(|| "auto-extends".to_owned()),
            grants_now: true,
            ended_still_active: false,
        };
        let rels = [
            g("2026-11-30T00:00:00Z", false),
            g("2026-12-01T00:00:00Z", true),
            g("2026-12-31T00:00:00Z", false),
            g("2027-10-31T23:59:59Z", false),
            g("2027-11-01T00:00:00Z", false), // the 13th month: outside
            g("2026-11-01T00:00:00Z", false), // passed
        ];
        let tl = timeline(at, &rels);
        let counts: Vec<_> = tl.months.iter().map(|m| (m.lapses, m.renews)).collect();
        assert_eq!(counts.first(), Some(&(1, 0)));
        assert_eq!(counts.get(1), Some(&(1, 1)));
        assert_eq!(counts.last(), Some(&(1, 0)));
        assert_eq!(tl.total, 4);
        assert_eq!(
            tl.months.first().map(|m| m.label.as_str()),
            Some("Nov 2026")
        );
        assert_eq!(tl.months.last().map(|m| m.label.as_str()), Some("Oct 2027"));
    }
}
