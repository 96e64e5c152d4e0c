//! The faces: how answers are shown and read — explanations in six
//! languages, JSON forms, scenario files, the policy matrix and HTML pages.

pub(crate) mod explain;
#[cfg(feature = "html")]
pub(crate) mod html;
pub mod i18n;
#[cfg(feature = "serde")]
pub mod json;
pub mod matrix;
#[cfg(feature = "serde")]
pub mod scenario;
