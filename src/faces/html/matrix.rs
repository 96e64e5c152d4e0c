//! The policy pages: a matrix as a grid (one row per partner type × tenant
//! × channel, one column per workload, rule IDs on every cell), and an
//! edition diff as the same grid with the changed cells highlighted.

use askama::Template;

use super::{OutcomeLook, PageMeta, outcome_look, rule_ids};
use crate::i18n::{Lang, Localized};
use crate::matrix::{Matrix, MatrixDiff, Side, TenantKind};
use crate::{Channel, PartnerType, Workload};

/// One decided cell as the page shows it.
struct CellView {
    look: OutcomeLook,
    rules: String,
}

impl From<Side> for CellView {
    fn from(s: Side) -> Self {
        CellView {
            look: outcome_look(s.outcome),
            rules: rule_ids(s.rules),
        }
    }
}

/// A row of the grid: its three facts as headers.
struct RowHeads {
    partner_type: &'static str,
    tenant: &'static str,
    channel: &'static str,
}

struct MatrixRow {
    heads: RowHeads,
    /// One per workload column; `None` where the matrix lacks the cell.
    cells: Vec<Option<CellView>>,
}

#[derive(Template)]
#[template(path = "matrix.html")]
struct MatrixPage<'a> {
    page: PageMeta<'a>,
    edition: String,
    workloads: Vec<&'static str>,
    rows: Vec<MatrixRow>,
    looks: Vec<OutcomeLook>,
}

/// A cell of the diff grid.
enum DiffCell {
    /// The outcome is the same in both editions.
    Unchanged,
    /// It changed.
    Changed { before: CellView, after: CellView },
}

struct DiffRow {
    heads: RowHeads,
    cells: Vec<DiffCell>,
}

#[derive(Template)]
#[template(path = "diff.html")]
struct DiffPage<'a> {
    page: PageMeta<'a>,
    from: String,
    to: String,
    changed: usize,
    workloads: Vec<&'static str>,
    rows: Vec<DiffRow>,
    looks: Vec<OutcomeLook>,
}

const fn partner_type_label(p: PartnerType) -> &'static str {
    match p {
        PartnerType::DirectBillPartner => "Direct-bill partner",
        PartnerType::IndirectProvider => "Indirect provider",
        PartnerType::IndirectReseller => "Indirect reseller",
        PartnerType::Advisor => "Advisor",
    }
}

const fn tenant_label(t: TenantKind) -> &'static str {
    match t {
        TenantKind::Customer => "Customer's tenant",
        TenantKind::Own => "Own tenant",
    }
}

const fn channel_label(c: Channel) -> &'static str {
    match c {
        Channel::PartnerCenter => "Partner Center",
        Channel::AzurePortalDirect => "Azure portal, direct sign-in",
        Channel::AdminCenterDirect => "Admin center, direct sign-in",
        Channel::Phone => "Phone",
    }
}

/// Workload column headings: the English name, capitalised as a heading.
fn workload_heads() -> Vec<&'static str> {
    Workload::ALL
        .iter()
        .map(|&w| match w {
            Workload::CommercialMarketplace => "Commercial marketplace",
            Workload::Other => "Other products",
            w => w.text(Lang::En),
        })
        .collect()
}

fn looks() -> Vec<OutcomeLook> {
    use crate::Outcome;
    Outcome::ALL.iter().map(|&o| outcome_look(o)).collect()
}

/// The grid's rows in matrix order: partner type, then tenant, then channel.
fn row_keys() -> impl Iterator<Item = (PartnerType, TenantKind, Channel)> {
    PartnerType::ALL.iter().flat_map(|&p| {
        TenantKind::ALL
            .iter()
            .flat_map(move |&t| Channel::ALL.iter().map(move |&c| (p, t, c)))
    })
}

const fn heads(p: PartnerType, t: TenantKind, c: Channel) -> RowHeads {
    RowHeads {
        partner_type: partner_type_label(p),
        tenant: tenant_label(t),
        channel: channel_label(c),
    }
}

const LEAD: &str = "Every partner type × workload × tenant × channel, with every other fact at \
                    its most permissive valid value: a denial here holds whatever roles or \
                    relationships the partner adds.";

#[cfg_attr(docsrs, doc(cfg(feature = "html")))]
impl Matrix {
    /// The matrix as one self-contained HTML page (feature `html`): a grid
    /// with one row per partner type × tenant × channel and one column per
    /// workload; every cell shows its outcome (colour, icon and word) and
    /// the rule IDs that decided it.
    ///
    /// The page has no script and loads nothing; it opens from disk.
    ///
    /// ```
    /// use csp_support::matrix::Matrix;
    /// use csp_support::Edition;
    ///
    /// let html = Matrix::build(Edition::Gdap2025).to_html();
    /// assert!(html.starts_with("<!DOCTYPE html>"));
    /// assert!(html.contains("<th scope=\"row\">Indirect reseller</th>"));
    /// assert!(html.contains("FILER-PARTNER-TYPES AZURE-PROVIDER-ONLY"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[cfg_attr(docsrs, doc(cfg(feature = "html")))]
    #[must_use]
    pub fn to_html(&self) -> String {
        let edition = self.edition.to_string();
        let rows = row_keys()
            .map(|(p, t, c)| MatrixRow {
                heads: heads(p, t, c),
                cells: Workload::ALL
                    .iter()
                    .map(|&w| {
                        self.cell(p, w, t, c).map(|cell| {
                            CellView::from(Side {
                                outcome: cell.outcome,
                                rules: cell.rules,
                            })
                        })
                    })
                    .collect(),
            })
            .collect();
        let page = PageMeta::new(
            format!("Decision matrix, edition {edition}"),
            LEAD.to_owned(),
            &[],
        )
        .fact("Edition", edition.clone());
        super::or_error_page(
            MatrixPage {
                page,
                edition,
                workloads: workload_heads(),
                rows,
                looks: looks(),
            }
            .render(),
        )
    }
}

#[cfg_attr(docsrs, doc(cfg(feature = "html")))]
impl MatrixDiff {
    /// The diff as one self-contained HTML page (feature `html`): the grid
    /// of the rows that changed (partner type × tenant × channel, one
    /// column per workload); a changed cell is highlighted and shows both
    /// editions' outcomes and rule IDs, the other cells of those rows say
    /// "unchanged".
    ///
    /// ```
    /// use csp_support::matrix::MatrixDiff;
    /// use csp_support::Edition;
    ///
    /// let html = MatrixDiff::editions(Edition::Gdap2023, Edition::Gdap2025).to_html();
    /// assert!(html.contains("6 cells changed"));
    /// assert!(html.contains("<td class=\"changed\">"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[cfg_attr(docsrs, doc(cfg(feature = "html")))]
    #[must_use]
    pub fn to_html(&self) -> String {
        let (from, to) = (self.from.to_string(), self.to.to_string());
        let rows = row_keys()
            .filter_map(|(p, t, c)| {
                let changes: Vec<_> = self
                    .changes
                    .iter()
                    .filter(|x| x.partner_type == p && x.tenant == t && x.channel == c)
                    .collect();
                if changes.is_empty() {
                    return None;
                }
                let cells = Workload::ALL
                    .iter()
                    .map(|&w| match changes.iter().find(|x| x.workload == w) {
                        Some(x) => DiffCell::Changed {
                            before: x.before.into(),
                            after: x.after.into(),
                        },
                        None => DiffCell::Unchanged,
                    })
                    .collect();
                Some(DiffRow {
                    heads: heads(p, t, c),
                    cells,
                })
            })
            .collect();
        let page = PageMeta::new(
            format!("What changed from {from} to {to}"),
            format!(
                "The cells of the decision matrix whose outcome differs between {from} and \
                 {to}, highlighted, with the rule IDs on each side. {LEAD}"
            ),
            &[],
        )
        .fact("Editions", format!("{from} → {to}"));
        super::or_error_page(
            DiffPage {
                page,
                from,
                to,
                changed: self.changes.len(),
                workloads: workload_heads(),
                rows,
                looks: looks(),
            }
            .render(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Edition;

    #[test]
    fn every_matrix_cell_is_on_the_page_with_its_rule_ids() {
        let m = Matrix::build(Edition::Gdap2023);
        let html = m.to_html();
        let cells = html.matches("<td class=\"cell ").count();
        assert_eq!(cells, m.cells.len());
        for c in &m.cells {
            let look = outcome_look(c.outcome);
            let want = format!(
                "<td class=\"cell {}\"><span class=\"o\">{} {}</span> <span class=\"rules\">{}</span></td>",
                look.key,
                look.icon,
                look.word,
                rule_ids(c.rules)
            );
            assert!(html.contains(&want), "{want}");
        }
    }

    #[test]
    fn the_diff_page_highlights_exactly_the_changed_cells() {
        let d = MatrixDiff::editions(Edition::Dap, Edition::Gdap2025);
        let html = d.to_html();
        assert_eq!(
            html.matches("<td class=\"changed\">").count(),
            d.changes.len()
        );
        assert!(html.contains(&format!("{} cells changed", d.changes.len())));
    }

    #[test]
    fn an_empty_diff_says_nothing_changed() {
        let d = MatrixDiff::editions(Edition::Gdap2025, Edition::Gdap2025);
        let html = d.to_html();
        assert!(html.contains("No cell changed"));
        assert!(!html.contains("<table"));
    }
}
