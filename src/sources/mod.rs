//! The sources: facts read from a partner's Microsoft Graph and Azure
//! exports, and the readiness report built from them.

pub mod exports;
pub mod graph;
pub mod readiness;
