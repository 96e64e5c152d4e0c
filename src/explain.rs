//! Readable explanations (`Display`) of decisions and assessments, in English.

use std::fmt;

use crate::assessment::Assessment;
use crate::decision::Decision;

pub(crate) fn write_decision(f: &mut fmt::Formatter<'_>, d: &Decision) -> fmt::Result {
    write!(f, "{} {} (basis: {})", d.outcome, d.rules, d.basis)?;
    if let Some(v) = d.valid_until {
        write!(f, "\n  holds until {}", v.at.format("%Y-%m-%d %H:%M UTC"))?;
        if let Some(days) = v.renews_by_days {
            write!(f, " (auto-extends by {days} days)")?;
        }
    }
    for id in d.rules.iter() {
        write!(f, "\n  {id}: {}", id.rule().summary)?;
    }
    if !d.missing.is_empty() {
        f.write_str("\n  missing:")?;
        for (i, m) in d.missing.iter().enumerate() {
            write!(f, "{} {m}", if i == 0 { "" } else { "," })?;
        }
    }
    for r in d.remedies.iter() {
        write!(f, "\n  advice: {r}")?;
    }
    Ok(())
}

pub(crate) fn write_assessment(f: &mut fmt::Formatter<'_>, a: &Assessment) -> fmt::Result {
    write!(f, "[{}] ", a.decided_under.edition)?;
    write_decision(f, &a.decision)?;
    if let Some(r) = &a.route {
        f.write_str("\n  route:")?;
        for (n, s) in (1u32..).zip(r.steps.iter()) {
            write!(f, "\n    {n}. {s:?} ({})", s.rule())?;
        }
    }
    if let Some(p) = &a.plan {
        write!(f, "\n  plan: {:?} {}", p.plan, p.rules)?;
    }
    if let Some(fee) = &a.fee {
        write!(f, "\n  fee: {} {}", fee.fee, fee.rules)?;
    }
    Ok(())
}
