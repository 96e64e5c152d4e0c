//! The rule catalogue of `RULES.md` as data, the clauses that carry a
//! decision's basis, and the staged engine that decides.

pub(crate) mod catalogue;
pub(crate) mod clause;
pub(crate) mod engine;
