//! The decision matrix: who may file what, as one table a reviewer reads
//! without reading Rust; and the cells that change between two editions.
//!
//! A cell is one partner type × workload × tenant × channel; every other
//! fact is at its most permissive valid value ([`permissive_request`]), so a
//! cell shows what the policy allows at best — a denial in the matrix holds
//! whatever roles or relationships the partner adds.
//!
//! ```
//! use csp_support::matrix::{Matrix, MatrixDiff, TenantKind};
//! use csp_support::{Channel, Edition, Outcome, PartnerType, Workload};
//!
//! let m2025 = Matrix::build(Edition::Gdap2025);
//! let cell = m2025.cell(PartnerType::Advisor, Workload::Office365, TenantKind::Customer, Channel::PartnerCenter);
//! assert_eq!(cell.map(|c| c.outcome), Some(Outcome::Denied));
//!
//! let diff = MatrixDiff::between(&Matrix::build(Edition::Gdap2023), &m2025);
//! assert!(diff.changes.iter().any(|c| c.partner_type == PartnerType::IndirectReseller
//!     && c.before.outcome == Outcome::Allowed && c.after.outcome == Outcome::Denied));
//! println!("{}", diff.to_markdown());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::fmt::Write as _;

use crate::facts::model::domain_enum;
use crate::{
    AutoExtend, AzureAccess, AzureRole, AzureRoles, Channel, Cloud, CustomerTenant, Edition,
    EntraRole, EntraRoles, GdapRelationship, GdapStatus, LanguageTag, Outcome, OwnEntitlement,
    Partner, PartnerCenterRole, PartnerCenterRoles, PartnerType, ProblemKind, Request, RuleSet,
    Severity, Tenant, Workload, decide, samples,
};

domain_enum! {
    /// Whose tenant a matrix cell is about.
    pub enum TenantKind {
        /// A customer's tenant.
        Customer = "customer",
        /// The partner's own tenant.
        Own = "own",
    }
}

/// The request of a matrix cell: the cell's four facts, every other fact at
/// its most permissive valid value.
///
/// Admin agent and Helpdesk agent; an active, unexpired GDAP relationship
/// granting Global administrator and Service support administrator, both
/// reaching the user (auto-extend off, as Graph requires with Global
/// administrator); delegated admin; the Azure subscription's provider
/// with Owner, access granted by the indirect provider; for the own tenant a
/// partner program contract; a technical problem of severity B, in English,
/// in the global cloud, filed at [`samples::filed_at`].
#[must_use]
pub fn permissive_request(
    edition: Edition,
    partner_type: PartnerType,
    workload: Workload,
    tenant: TenantKind,
    channel: Channel,
) -> Request {
    let entra = EntraRoles::of(&[
        EntraRole::GlobalAdministrator,
        EntraRole::ServiceSupportAdministrator,
    ]);
    // Auto-extend off: Graph does not let a relationship with Global
    // administrator auto-extend.
    let gdap = GdapRelationship {
        auto_extend: AutoExtend::Off,
        status: GdapStatus::Active,
        ..samples::active_gdap(entra)
    };
    let tenant = match tenant {
        TenantKind::Customer => Tenant::Customer(CustomerTenant {
            gdap: Some(gdap),
            delegated_admin: true,
            azure: Some(AzureAccess {
                is_provider: true,
                granted_by_indirect_provider: true,
                rbac: AzureRoles::of(&[AzureRole::Owner]),
            }),
        }),
        TenantKind::Own => Tenant::Own {
            entitlement: OwnEntitlement::PartnerProgramContract,
        },
    };
    Request {
        edition,
        partner: Partner {
            partner_type,
            roles: PartnerCenterRoles::of(&[
                PartnerCenterRole::AdminAgent,
                PartnerCenterRole::HelpdeskAgent,
            ]),
        },
        cloud: Cloud::Global,
        workload,
        tenant,
        problem: ProblemKind::Technical,
        severity: Severity::B,
        channel,
        language: LanguageTag::english(),
        filed_at: samples::filed_at(),
    }
}

/// One cell: the four facts and the decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[non_exhaustive]
pub struct Cell {
    /// The partner type.
    pub partner_type: PartnerType,
    /// The workload.
    pub workload: Workload,
    /// Whose tenant.
    pub tenant: TenantKind,
    /// The channel.
    pub channel: Channel,
    /// The outcome.
    pub outcome: Outcome,
    /// The rule IDs that decided it.
    pub rules: RuleSet,
}

/// The matrix of one edition: every partner type × workload × tenant ×
/// channel, in declaration order.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[non_exhaustive]
pub struct Matrix {
    /// The edition.
    pub edition: Edition,
    /// The cells.
    pub cells: Vec<Cell>,
}

impl Matrix {
    /// Decides every cell of `edition`.
    #[must_use]
    pub fn build(edition: Edition) -> Matrix {
        let mut cells = Vec::new();
        for &partner_type in PartnerType::ALL {
            for &workload in Workload::ALL {
                for &tenant in TenantKind::ALL {
                    for &channel in Channel::ALL {
                        let req =
                            permissive_request(edition, partner_type, workload, tenant, channel);
                        let d = decide(&req);
                        cells.push(Cell {
                            partner_type,
                            workload,
                            tenant,
                            channel,
                            outcome: d.outcome,
                            rules: d.rules,
                        });
                    }
                }
            }
        }
        Matrix { edition, cells }
    }

    /// The cell of these four facts.
    #[must_use]
    pub fn cell(
        &self,
        partner_type: PartnerType,
        workload: Workload,
        tenant: TenantKind,
        channel: Channel,
    ) -> Option<&Cell> {
        self.cells.iter().find(|c| {
            c.partner_type == partner_type
                && c.workload == workload
                && c.tenant == tenant
                && c.channel == channel
        })
    }

    /// A Markdown table, one row per cell.
    #[must_use]
    pub fn to_markdown(&self) -> String {
        let mut out = format!(
            "Decision matrix, edition {} (other facts at their most permissive valid values)\n\n\
             | partner type | workload | tenant | channel | outcome | rules |\n\
             |---|---|---|---|---|---|\n",
            self.edition
        );
        for c in &self.cells {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} |",
                c.partner_type,
                c.workload,
                c.tenant,
                c.channel,
                c.outcome,
                rule_list(c.rules)
            );
        }
        out
    }

    /// A compact Markdown grid: one row per partner type × tenant × channel,
    /// one column per workload; a cell reads `allowed`, or the outcome and
    /// the rule IDs that decided it.
    #[must_use]
    pub fn to_markdown_grid(&self) -> String {
        let mut out = format!(
            "Decision matrix, edition {} (other facts at their most permissive valid values)\n\n\
             | partner type | tenant | channel |",
            self.edition
        );
        for w in Workload::ALL {
            let _ = write!(out, " {w} |");
        }
        out.push_str("\n|---|---|---|");
        for _ in Workload::ALL {
            out.push_str("---|");
        }
        out.push('\n');
        for &p in PartnerType::ALL {
            for &t in TenantKind::ALL {
                for &ch in Channel::ALL {
                    let _ = write!(out, "| {p} | {t} | {ch} |");
                    for &w in Workload::ALL {
                        match self.cell(p, w, t, ch) {
                            Some(c) if c.outcome == Outcome::Allowed => out.push_str(" allowed |"),
                            Some(c) => {
                                let _ = write!(out, " {} ({}) |", c.outcome, rule_list(c.rules));
                            }
                            None => out.push_str(" |"),
                        }
                    }
                    out.push('\n');
                }
            }
        }
        out
    }

    /// CSV with a header row, one row per cell; rule IDs separated by spaces.
    #[must_use]
    pub fn to_csv(&self) -> String {
        let mut out = String::from("edition,partner_type,workload,tenant,channel,outcome,rules\n");
        for c in &self.cells {
            let _ = writeln!(
                out,
                "{},{},{},{},{},{},{}",
                self.edition,
                c.partner_type,
                c.workload,
                c.tenant,
                c.channel,
                c.outcome,
                rule_list(c.rules)
            );
        }
        out
    }
}

/// What one side of a changed cell says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[non_exhaustive]
pub struct Side {
    /// The outcome.
    pub outcome: Outcome,
    /// The rule IDs that decided it.
    pub rules: RuleSet,
}

/// A cell whose outcome differs between two editions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[non_exhaustive]
pub struct Change {
    /// The partner type.
    pub partner_type: PartnerType,
    /// The workload.
    pub workload: Workload,
    /// Whose tenant.
    pub tenant: TenantKind,
    /// The channel.
    pub channel: Channel,
    /// The first edition's answer.
    pub before: Side,
    /// The second edition's answer.
    pub after: Side,
}

/// The cells of the matrix whose outcome differs between two editions.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[non_exhaustive]
pub struct MatrixDiff {
    /// The first edition.
    pub from: Edition,
    /// The second edition.
    pub to: Edition,
    /// The changed cells, in matrix order.
    pub changes: Vec<Change>,
}

impl MatrixDiff {
    /// Compares two matrices cell by cell (by their four facts).
    #[must_use]
    pub fn between(from: &Matrix, to: &Matrix) -> MatrixDiff {
        let changes = from
            .cells
            .iter()
            .filter_map(|a| {
                let b = to.cell(a.partner_type, a.workload, a.tenant, a.channel)?;
                (a.outcome != b.outcome).then_some(Change {
                    partner_type: a.partner_type,
                    workload: a.workload,
                    tenant: a.tenant,
                    channel: a.channel,
                    before: Side {
                        outcome: a.outcome,
                        rules: a.rules,
                    },
                    after: Side {
                        outcome: b.outcome,
                        rules: b.rules,
                    },
                })
            })
            .collect();
        MatrixDiff {
            from: from.edition,
            to: to.edition,
            changes,
        }
    }

    /// Builds both matrices and compares them.
    #[must_use]
    pub fn editions(from: Edition, to: Edition) -> MatrixDiff {
        MatrixDiff::between(&Matrix::build(from), &Matrix::build(to))
    }

    /// A Markdown table, one row per changed cell.
    #[must_use]
    pub fn to_markdown(&self) -> String {
        let (a, b) = (self.from, self.to);
        let mut out = format!(
            "Cells whose outcome differs between {a} and {b} ({} of them)\n\n\
             | partner type | workload | tenant | channel | {a} | {a} rules | {b} | {b} rules |\n\
             |---|---|---|---|---|---|---|---|\n",
            self.changes.len()
        );
        for c in &self.changes {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} | {} | {} |",
                c.partner_type,
                c.workload,
                c.tenant,
                c.channel,
                c.before.outcome,
                rule_list(c.before.rules),
                c.after.outcome,
                rule_list(c.after.rules)
            );
        }
        out
    }

    /// CSV with a header row, one row per changed cell.
    #[must_use]
    pub fn to_csv(&self) -> String {
        let mut out = String::from(
            "partner_type,workload,tenant,channel,from_edition,from_outcome,from_rules,to_edition,to_outcome,to_rules\n",
        );
        for c in &self.changes {
            let _ = writeln!(
                out,
                "{},{},{},{},{},{},{},{},{},{}",
                c.partner_type,
                c.workload,
                c.tenant,
                c.channel,
                self.from,
                c.before.outcome,
                rule_list(c.before.rules),
                self.to,
                c.after.outcome,
                rule_list(c.after.rules)
            );
        }
        out
    }
}

/// Rule IDs separated by spaces (no commas, so CSV needs no quoting).
fn rule_list(rules: RuleSet) -> String {
    let ids: Vec<&str> = rules.iter().map(|id| id.as_str()).collect();
    ids.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::RuleId;

    fn customer_pc(m: &Matrix, p: PartnerType, w: Workload) -> Cell {
        *m.cell(p, w, TenantKind::Customer, Channel::PartnerCenter)
            .unwrap()
    }

    #[test]
    fn every_cell_is_decided() {
        let m = Matrix::build(Edition::Gdap2025);
        assert_eq!(m.cells.len(), 4 * 6 * 2 * 4);
    }

    #[test]
    fn filer_partner_types_shows_as_the_2023_to_2025_change() {
        let diff = MatrixDiff::editions(Edition::Gdap2023, Edition::Gdap2025);
        for p in [PartnerType::IndirectReseller, PartnerType::Advisor] {
            for w in [
                Workload::Office365,
                Workload::DynamicsCrmOnline,
                Workload::EnterpriseMobilitySuite,
            ] {
                let change = diff
                    .changes
                    .iter()
                    .find(|c| {
                        c.partner_type == p
                            && c.workload == w
                            && c.tenant == TenantKind::Customer
                            && c.channel == Channel::PartnerCenter
                    })
                    .unwrap();
                assert_eq!(change.before.outcome, Outcome::Allowed);
                assert_eq!(change.after.outcome, Outcome::Denied);
                assert_eq!(
                    change.after.rules,
                    RuleSet::of(&[RuleId::FilerPartnerTypes])
                );
            }
        }
        // Direct-bill partners and indirect providers keep filing.
        assert!(
            diff.changes
                .iter()
                .all(|c| !c.partner_type.can_be_provider())
        );
    }

    #[test]
    fn azure_provider_only_denies_resellers_in_both_gdap_editions() {
        for e in [Edition::Gdap2023, Edition::Gdap2025] {
            let m = Matrix::build(e);
            let cell = customer_pc(&m, PartnerType::IndirectReseller, Workload::Azure);
            assert_eq!(cell.outcome, Outcome::Denied);
            assert!(cell.rules.contains(RuleId::AzureProviderOnly));
        }
    }

    #[test]
    fn renderers_have_one_row_per_cell() {
        let m = Matrix::build(Edition::Dap);
        assert_eq!(m.to_csv().lines().count(), 1 + m.cells.len());
        assert_eq!(m.to_markdown().lines().count(), 4 + m.cells.len());
        assert_eq!(m.to_markdown_grid().lines().count(), 4 + 4 * 2 * 4);
        let diff = MatrixDiff::editions(Edition::Dap, Edition::Gdap2025);
        assert_eq!(diff.to_csv().lines().count(), 1 + diff.changes.len());
    }
}
