//! The crate's one error type.

use chrono::{DateTime, Utc};

use crate::{AutoExtend, EntraRole};

/// Everything that can go wrong: bad input, never a denial.
///
/// A denial is an [`Outcome`](crate::Outcome); an `Error` means the facts
/// themselves are invalid. Each message says what was wrong and what is
/// accepted, so callers can print it as it is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A GDAP relationship ends at or before its start.
    #[error(
        "GDAP relationship ends ({ends_at}) at or before it starts ({starts_at}); the end must come after the start"
    )]
    GdapEndsBeforeStart {
        /// The start.
        starts_at: DateTime<Utc>,
        /// The end.
        ends_at: DateTime<Utc>,
    },
    /// A GDAP relationship lasts less than 1 day, or more than 2 years
    /// without auto-extend.
    #[error(
        "GDAP relationship lasts {seconds} s; accepted: 1 day to 730 days (longer only with auto_extend on, which was {auto_extend})"
    )]
    GdapDuration {
        /// The duration in seconds.
        seconds: i64,
        /// The auto-extend setting.
        auto_extend: AutoExtend,
    },
    /// A GDAP relationship grants no Microsoft Entra role.
    #[error("GDAP relationship grants no Microsoft Entra role; at least one role is required")]
    GdapNoRoles,
    /// A role reaches the user that the relationship does not grant.
    #[error(
        "user_roles lists {role}, which the GDAP relationship does not grant; user roles must be a subset of the relationship's roles"
    )]
    GdapUserRoleNotGranted {
        /// The role.
        role: EntraRole,
    },
    /// A language tag is not well-formed BCP 47.
    #[error(
        "language tag {tag:?} is not a well-formed BCP 47 tag ({reason}); accepted: tags such as en, en-GB, de, ja"
    )]
    LanguageTag {
        /// The tag as given.
        tag: String,
        /// What the parser said.
        reason: String,
    },
    /// A JSON document (a request, an assessment or a scenario file) does
    /// not fit its form: the message names the field path and, for a bad
    /// value, the accepted values.
    #[error("{path}: {message}")]
    Json {
        /// Where in the document, as a path such as
        /// `request.partner.type` (`.` for the document itself).
        path: String,
        /// What was wrong there and what is accepted.
        message: String,
    },
    /// A file could not be read (scenario files).
    #[error("cannot read {path}: {message}")]
    Io {
        /// The file.
        path: String,
        /// What the system said.
        message: String,
    },
}
