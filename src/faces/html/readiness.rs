//! The readiness page: summary charts, a 12-month expiry timeline, the
//! customer × workload grid (sortable and filterable by an inline script,
//! complete without it) and the report's provenance.
//!
//! The template reads one view model, [`ReadinessView`], filled from the
//! report by [`ReadinessView::from_report`]; when the report gains fields
//! (relationship status, advice, partial-input warnings, input files), only
//! that function changes. The grid's rows (most of the page: 10,000
//! customers make 9 MB) are not templated: [`write_row`] writes them
//! straight into one buffer, escaping input as the template would
//! ([`super::push_input`]), and the template places them.

use std::borrow::Cow;
use std::fmt::Write as _;

use askama::Template;
use chrono::{DateTime, Datelike, SecondsFormat, TimeDelta, Timelike, Utc};

use super::{OutcomeLook, PageMeta, input, outcome_look, push_html, push_input, rule_ids};
use crate::i18n::{Lang, Localized};
use crate::readiness::{Advice, CustomerReadiness, ReadinessReport, WORKLOADS, WorkloadReadiness};
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
    /// The grid's rows, one per customer, written straight into one
    /// buffer (10,000 customers make most of the page; the template only
    /// places it). Input in it is escaped as the template escapes.
    grid: String,
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

struct RuleSetView {
    number: usize,
    rules: String,
    uses: usize,
}

/// A relationship as gathered from the report, before display.
struct Gathered<'a> {
    id: &'a str,
    ends: Option<DateTime<Utc>>,
    renews: Option<Renews>,
    grants_now: bool,
    ended_still_active: bool,
}

/// Whether the report's advice for a row says what `remedy` says, more
/// precisely (the page shows it once).
fn superseded(remedy: crate::Remedy, advice: &[crate::readiness::Advice<'_>]) -> bool {
    use crate::Remedy;
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

/// About how many bytes one customer's row of the grid takes (10,000
/// customers of the benchmark's book: 9.3 MB), to size the buffer once.
const ROW_BYTES: usize = 1_024;

/// Where the grid goes in the page as the template renders it.
const GRID_MARKER: &str = "\u{0}grid\u{0}";

/// How a relationship renews itself, as the page says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Renews {
    /// "renews +180 d".
    ByDays(u16),
    /// "auto-extends" (its end known from the expiry list only).
    AutoExtends,
}

fn renews_of(v: ValidUntil) -> Option<Renews> {
    v.renews_by_days.map(Renews::ByDays)
}

fn push_renews(out: &mut String, r: Renews) {
    match r {
        Renews::ByDays(d) => {
            out.push_str("renews +");
            push_num(out, u64::from(d), 1);
            out.push_str(" d");
        }
        Renews::AutoExtends => out.push_str("auto-extends"),
    }
}

/// Writes `v` in decimal into the end of `buf`, zero-padded to at least
/// `width` digits; returns where the digits start.
fn digits(buf: &mut [u8], v: u64, width: usize) -> usize {
    let mut start = buf.len();
    let mut v = v;
    while start > 0 {
        start = start.wrapping_sub(1);
        if let Some(d) = buf.get_mut(start) {
            // `v % 10` is a digit: the cast keeps it whole.
            *d = b'0'.wrapping_add(v.wrapping_rem(10) as u8);
        }
        v = v.wrapping_div(10);
        if v == 0 && buf.len().wrapping_sub(start) >= width {
            break;
        }
    }
    start
}

/// Pushes ASCII digits and separators.
fn push_ascii(out: &mut String, bytes: &[u8]) {
    out.push_str(std::str::from_utf8(bytes).unwrap_or_default());
}

/// `v` in decimal, zero-padded to at least `width` digits.
fn push_num(out: &mut String, v: u64, width: usize) {
    let mut buf = [b'0'; 20];
    let start = digits(&mut buf, v, width);
    push_ascii(out, buf.get(start..).unwrap_or_default());
}

/// `at` as chrono's `%Y-%m-%d %H:%M UTC` writes it ("2026-11-26 10:00
/// UTC"), without its formatter for the years of four digits.
fn push_until(out: &mut String, at: DateTime<Utc>) {
    match u64::try_from(at.year()) {
        Ok(year) if year <= 9_999 => {
            let mut buf = *b"0000-00-00 00:00 UTC";
            for (at_byte, v) in [
                (0..4, year),
                (5..7, u64::from(at.month())),
                (8..10, u64::from(at.day())),
                (11..13, u64::from(at.hour())),
                (14..16, u64::from(at.minute())),
            ] {
                if let Some(field) = buf.get_mut(at_byte) {
                    digits(field, v, 0);
                }
            }
            push_ascii(out, &buf);
        }
        _ => {
            let _ = write!(out, "{}", at.format("%Y-%m-%d %H:%M UTC"));
        }
    }
}

/// A relationship slot for `id` in `rels`, added on first sight.
fn slot<'a>(rels: &mut Vec<Gathered<'a>>, id: &'a str) -> usize {
    if let Some(i) = rels.iter().position(|g| g.id == id) {
        return i;
    }
    rels.push(Gathered {
        id,
        ends: None,
        renews: None,
        grants_now: false,
        ended_still_active: false,
    });
    rels.len().saturating_sub(1)
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
fn push_workloads(out: &mut String, on: [bool; WORKLOADS.len()]) {
    if on.iter().all(|&b| b) {
        out.push_str("all workloads");
        return;
    }
    let mut first = true;
    for (w, _) in WORKLOADS.iter().zip(on).filter(|(_, b)| *b) {
        if !first {
            out.push_str(", ");
        }
        first = false;
        push_html(out, w.text(Lang::En));
    }
}

/// A row of the report in the grid: its column, its set of rule IDs
/// (numbered from 1) and the number of the relationship it rests on, when
/// the customer has several.
struct Placed<'r, 'a> {
    row: &'r WorkloadReadiness<'a>,
    col: usize,
    rule_set: usize,
    via: Option<usize>,
}

/// A piece of advice of a row, or a remedy the rules name (its text).
#[derive(Clone, Copy, PartialEq, Eq)]
enum AdviceItem<'r, 'a> {
    Advice(&'r Advice<'a>),
    Remedy(&'static str),
}

/// One grid entry: the outcome, the subscription, until when it holds,
/// the relationship it rests on and its set of rule IDs.
fn push_entry(out: &mut String, p: &Placed<'_, '_>) {
    let r = p.row;
    let look = outcome_look(r.outcome);
    out.push_str("<b>");
    out.push_str(look.icon);
    out.push(' ');
    out.push_str(look.word);
    out.push_str("</b>");
    if let Some(s) = r.subscription_id {
        out.push_str("<span class=\"sub\">subscription ");
        push_input(out, s);
        out.push_str("</span>");
    }
    if let Some(v) = r.valid_until.filter(|_| r.outcome == Outcome::Allowed) {
        out.push_str(" until ");
        push_until(out, v.at);
        if let Some(x) = renews_of(v) {
            out.push_str(" (");
            push_renews(out, x);
            out.push(')');
        }
    }
    if let Some(n) = p.via {
        out.push_str(", via relationship ");
        push_num(out, n as u64, 1);
    }
    out.push_str(" <a href=\"#r");
    push_num(out, p.rule_set as u64, 1);
    out.push_str("\">R");
    push_num(out, p.rule_set as u64, 1);
    out.push_str("</a>");
}

/// One customer's row of the grid, as `templates/readiness.html` once
/// wrote it (optional end tags of `th`, `td`, `li` and `tr` left out: HTML
/// closes them, and 10,000 customers are half a megabyte smaller).
fn write_row(
    out: &mut String,
    at: DateTime<Utc>,
    c: &CustomerReadiness<'_>,
    rels: &[Gathered<'_>],
    placed: &[Placed<'_, '_>],
    advice: &[(Cow<'static, str>, [bool; WORKLOADS.len()])],
) {
    out.push_str("\n<tr");
    let days = rels
        .iter()
        .filter_map(|g| g.ends.and_then(|e| days_until(at, e)))
        .min();
    if let Some(d) = days {
        out.push_str(" data-d=\"");
        push_num(out, d.unsigned_abs(), 1);
        out.push('"');
    }
    out.push_str("><th scope=\"row\"");
    match c.display_name.filter(|n| !n.trim().is_empty()) {
        Some(name) => {
            out.push('>');
            push_input(out, name);
        }
        None => out.push_str(" class=\"unnamed\">(no name)"),
    }
    out.push_str("<span class=\"tid\">");
    push_input(out, c.tenant_id);
    out.push_str("</span>");

    // A cell of one entry carries the outcome itself; a cell of several
    // (Azure, one per subscription) one <div> per entry.
    for col in 0..WORKLOADS.len() {
        let mut entries = placed.iter().filter(|p| p.col == col);
        let (first, second) = (entries.next(), entries.next());
        match (first, second) {
            (Some(p), None) => {
                out.push_str("<td class=\"");
                out.push_str(outcome_look(p.row.outcome).key);
                out.push_str("\">");
                push_entry(out, p);
            }
            _ => {
                out.push_str("<td>");
                for p in placed.iter().filter(|p| p.col == col) {
                    out.push_str("<div class=\"");
                    out.push_str(outcome_look(p.row.outcome).key);
                    out.push_str("\">");
                    push_entry(out, p);
                    out.push_str("</div>");
                }
            }
        }
    }

    out.push_str("<td>");
    if !advice.is_empty() {
        out.push_str("<ul>");
        for (text, on) in advice {
            out.push_str("<li>");
            push_html(out, text);
            out.push_str(" <i>(");
            push_workloads(out, *on);
            out.push_str(")</i>");
        }
        out.push_str("</ul>");
    }

    out.push_str("<td>");
    for (i, g) in rels.iter().enumerate() {
        out.push_str("<div>");
        if rels.len() > 1 {
            push_num(out, i.saturating_add(1) as u64, 1);
            out.push_str(". ");
        }
        out.push_str("<code>");
        push_input(out, g.id);
        out.push_str("</code>");
        if g.ended_still_active {
            out.push_str(" ended (Graph still says active): grants nothing");
        } else if g.grants_now {
            out.push_str(" active");
        }
        if let Some(e) = g.ends {
            out.push_str(", ends ");
            push_until(out, e);
            if let Some(x) = g.renews {
                out.push_str(" (");
                push_renews(out, x);
                out.push(')');
            }
        }
        if let Some(b) = g.ends.and_then(|e| days_until(at, e)).and_then(bucket_of) {
            out.push_str(" <strong>");
            push_html(out, &bucket_label(b));
            out.push_str("</strong>");
        }
        out.push_str("</div>");
    }
    if rels.is_empty() {
        out.push_str("none that grants access");
    }
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
        let mut all_rels: Vec<Gathered<'a>> = Vec::new();
        let mut ended_still_active = Vec::new();
        let (mut can_file_now, mut cannot_file) = (0usize, 0usize);
        let mut allowed_per_workload = [0usize; WORKLOADS.len()];
        let mut rule_sets: Vec<(RuleSet, usize)> = Vec::new();

        let mut grid = String::with_capacity(report.customers.len().saturating_mul(ROW_BYTES));
        // Scratch space, reused from one customer to the next.
        let mut rels: Vec<Gathered<'a>> = Vec::new();
        let mut placed: Vec<Placed<'_, 'a>> = Vec::new();
        let mut items: Vec<(AdviceItem<'_, 'a>, [bool; WORKLOADS.len()])> = Vec::new();
        let mut advice: Vec<(Cow<'static, str>, [bool; WORKLOADS.len()])> = Vec::new();

        for c in &report.customers {
            // The relationships the customer's rows rest on, then those
            // the report lists apart, each once, in order of appearance.
            rels.clear();
            for r in &c.rows {
                if let Some(id) = r.relationship_id {
                    let i = slot(&mut rels, id);
                    if let (Some(g), Some(v)) = (rels.get_mut(i), r.valid_until)
                        && r.outcome == Outcome::Allowed
                    {
                        g.ends = Some(v.at);
                        g.renews = renews_of(v);
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
                        g.renews = Some(Renews::AutoExtends);
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
            let number_of = |id: &str| rels.iter().position(|g| g.id == id);

            // The rows in the grid's columns, each with its set of rule
            // IDs (numbered in order of first use) and the relationship it
            // rests on; the advice and remedies, each once.
            placed.clear();
            items.clear();
            let mut any_allowed = false;
            for r in &c.rows {
                let Some(col) = WORKLOADS.iter().position(|&w| w == r.workload) else {
                    continue;
                };
                if r.outcome == Outcome::Allowed {
                    any_allowed = true;
                }
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
                placed.push(Placed {
                    row: r,
                    col,
                    rule_set: set.saturating_add(1),
                    via: r
                        .relationship_id
                        .and_then(number_of)
                        .filter(|_| numbered)
                        .map(|i| i.saturating_add(1)),
                });
                let found = r.advice.iter().map(AdviceItem::Advice).chain(
                    r.remedies
                        .iter()
                        .filter(|m| !superseded(*m, &r.advice))
                        .map(|m| AdviceItem::Remedy(m.text(Lang::En))),
                );
                for item in found {
                    let i = match items.iter().position(|(t, _)| *t == item) {
                        Some(i) => i,
                        None => {
                            items.push((item, [false; WORKLOADS.len()]));
                            items.len().saturating_sub(1)
                        }
                    };
                    if let Some(flag) = items.get_mut(i).and_then(|(_, f)| f.get_mut(col)) {
                        *flag = true;
                    }
                }
            }
            // The same advice reads the same; different advice may read the
            // same too (the page shows each text once).
            advice.clear();
            // A relationship of this customer by its number (the
            // relationships column lists them), anything else escaped.
            let esc = |s: &str| input(s).into_owned();
            let rel = |s: &str| match number_of(s) {
                Some(i) if numbered => format!("relationship {}", i.saturating_add(1)),
                Some(_) => "the relationship".to_owned(),
                None => format!("relationship {}", input(s)),
            };
            for (item, on) in &items {
                let text: Cow<'static, str> = match item {
                    AdviceItem::Advice(a) => Cow::Owned(a.text_with(&rel, &esc)),
                    AdviceItem::Remedy(t) => Cow::Borrowed(t),
                };
                match advice.iter_mut().find(|(t, _)| *t == text) {
                    Some((_, flags)) => {
                        for (f, &o) in flags.iter_mut().zip(on) {
                            *f |= o;
                        }
                    }
                    None => advice.push((text, *on)),
                }
            }

            for (col, n) in allowed_per_workload.iter_mut().enumerate() {
                if placed
                    .iter()
                    .any(|p| p.col == col && p.row.outcome == Outcome::Allowed)
                {
                    *n = n.saturating_add(1);
                }
            }
            if any_allowed {
                can_file_now = can_file_now.saturating_add(1);
            } else {
                cannot_file = cannot_file.saturating_add(1);
            }

            write_row(&mut grid, at, c, &rels, &placed, &advice);
            all_rels.append(&mut rels);
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
            grid,
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
    let mut view = ReadinessView::from_report(report, input_files);
    // The grid is most of the page: the rest is rendered around a marker
    // and put around the grid in its own buffer, so the page is not copied
    // into a second one. (No page holds a NUL of its own: input reaches it
    // through `escape::text`, which writes one as `\u{0}`.)
    let mut grid = std::mem::replace(&mut view.grid, GRID_MARKER.to_owned());
    if let Ok(rest) = view.render()
        && let Some((head, tail)) = rest.split_once(GRID_MARKER)
    {
        grid.reserve(head.len().saturating_add(tail.len()));
        grid.insert_str(0, head);
        grid.push_str(tail);
        return grid;
    }
    view.grid = grid;
    super::or_error_page(view.render())
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
    fn numbers_and_instants_are_written_as_fmt_and_chrono_write_them() {
        for (v, width) in [
            (0, 1),
            (7, 1),
            (7, 2),
            (42, 1),
            (2026, 4),
            (5, 4),
            (u64::MAX, 1),
        ] {
            let mut out = String::new();
            push_num(&mut out, v, width);
            assert_eq!(out, format!("{v:0width$}"));
        }
        for s in [
            "2026-11-26T10:00:00Z",
            "2026-01-02T03:04:59Z",
            "0000-01-01T00:00:00Z",
            "0999-12-31T23:59:00Z",
            "9999-12-31T23:59:59Z",
            "+10000-01-01T00:00:00Z",
            "-0001-06-01T00:00:00Z",
        ] {
            let at: DateTime<Utc> = s.parse().unwrap();
            let mut out = String::new();
            push_until(&mut out, at);
            assert_eq!(out, at.format("%Y-%m-%d %H:%M UTC").to_string(), "{s}");
        }
    }

    proptest::proptest! {
        #[test]
        fn any_instant_is_written_as_chrono_writes_it(secs in -100_000_000_000i64..300_000_000_000) {
            let at = DateTime::from_timestamp(secs, 0).unwrap();
            let mut out = String::new();
            push_until(&mut out, at);
            proptest::prop_assert_eq!(out, at.format("%Y-%m-%d %H:%M UTC").to_string());
        }
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
            renews: renews.then_some(Renews::AutoExtends),
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
