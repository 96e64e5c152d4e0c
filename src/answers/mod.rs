//! The answers: the decision, the route, the plan and fee (the assessment),
//! and the customer's own options.

pub(crate) mod assessment;
pub(crate) mod customer;
pub(crate) mod decision;
pub(crate) mod route;
