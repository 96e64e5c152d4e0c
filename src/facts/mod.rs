//! The facts of a request: who files, for whom, about what, when, and in
//! which edition of the rules. Plain data; the layers above read it.

pub mod azure_catalogue;
pub(crate) mod duration;
pub(crate) mod edition;
pub mod entra;
pub(crate) mod instant;
pub(crate) mod language;
pub(crate) mod model;
