//! The crate's one error type.
//!
//! Every message is one line and bounded: input echoed in it (a value, a
//! key, a tag, a time-zone name, a path) has its control, bidi and
//! line-separator characters written as visible escapes (`\n`, `\u{1b}`,
//! `\\` for a backslash) and at most 200 of its characters shown, followed
//! by `… (N more bytes)`. `Display` applies this whoever built the error.

use std::sync::Arc;

use chrono::{DateTime, Utc};

use crate::util::escape::{self, echo};

use crate::{AutoExtend, EntraRole, Interval, IsoDuration, TimeOfDay};

/// Everything that can go wrong: bad input, never a denial.
///
/// A denial is an [`Outcome`](crate::Outcome); an `Error` means the facts
/// themselves are invalid. Each message says what was wrong and what is
/// accepted, so callers can print it as it is.
///
/// Sort errors by [`Error::kind`] (for example into HTTP statuses) without
/// listing variants; match the variants where one class matters. Both may
/// grow in a minor release. Two errors are equal when they are the same
/// variant and say the same thing.
///
/// ```
/// use csp_support::{ErrorKind, LanguageTag};
/// let err = "en_US!".parse::<LanguageTag>().unwrap_err();
/// let status = match err.kind() {
///     ErrorKind::Json | ErrorKind::Parse | ErrorKind::Payload | ErrorKind::Limit => 400,
///     ErrorKind::InvalidFacts | ErrorKind::OutOfRange => 422,
///     _ => 500,
/// };
/// assert_eq!(status, 400);
/// ```
#[derive(Debug, Clone, thiserror::Error)]
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
    /// Never returned since 1.0.0: the Graph reader checks a relationship
    /// through [`GdapRelationship::builder`](crate::GdapRelationship::builder),
    /// whose errors are [`Error::GdapDurationOutOfRange`],
    /// [`Error::GdapSpanTooShort`] and [`Error::GdapSpanMisfit`]. Kept so
    /// that code matching it still compiles; it goes in the next major
    /// release.
    #[deprecated(
        since = "1.1.0",
        note = "never returned: the Graph reader reports GdapDurationOutOfRange, GdapSpanTooShort or GdapSpanMisfit"
    )]
    #[error(
        "GDAP relationship lasts {seconds} s; accepted: 1 day to 730 days (longer only with auto_extend on, which was {auto_extend})"
    )]
    GdapDuration {
        /// The duration in seconds.
        seconds: i64,
        /// The auto-extend setting.
        auto_extend: AutoExtend,
    },
    /// A GDAP relationship's `duration` lies outside 1 day to 730 days.
    #[error(
        "GDAP relationship duration {duration} is out of range; accepted: P1D to P730D (P2Y), bounds included, exactly"
    )]
    GdapDurationOutOfRange {
        /// The duration as given.
        duration: IsoDuration,
    },
    /// A GDAP relationship without a `duration` spans less than 1 day.
    #[error(
        "GDAP relationship from starts_at {starts_at} to ends_at {ends_at} lasts less than 1 day; accepted: ends_at at least 1 day (P1D) after starts_at, exactly (with no duration given, a longer span may hold 180-day extensions and has no upper bound)"
    )]
    GdapSpanTooShort {
        /// The start.
        starts_at: DateTime<Utc>,
        /// The end.
        ends_at: DateTime<Utc>,
    },
    /// A GDAP relationship's span from start to end is not its `duration`
    /// plus a whole number of 180-day extensions.
    #[error(
        "GDAP relationship from starts_at {starts_at} to ends_at {ends_at} does not fit its duration {duration}; accepted: ends_at - starts_at equal to the duration plus a whole number (0 or more) of 180-day extensions, exactly"
    )]
    GdapSpanMisfit {
        /// The start.
        starts_at: DateTime<Utc>,
        /// The end.
        ends_at: DateTime<Utc>,
        /// The duration.
        duration: IsoDuration,
    },
    /// A relationship that includes Global administrator is set to
    /// auto-extend, which Microsoft Graph refuses.
    #[error(
        "auto_extend is on, but the GDAP relationship includes Global administrator, which Microsoft Graph does not let auto-extend; accepted: auto_extend off for a relationship with Global administrator"
    )]
    GdapGlobalAdministratorAutoExtend,
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
        "language tag \"{}\" is not a well-formed BCP 47 tag ({}); accepted: tags such as en, en-GB, de, ja",
        echo(.tag), escape::message(.reason)
    )]
    LanguageTag {
        /// The tag as given (shown escaped and bounded).
        tag: String,
        /// What the parser said.
        reason: String,
    },
    /// Microsoft Graph or Azure JSON without the shape the service returns
    /// (a bad duration, a bad date, a wrong type, an unknown status), or a
    /// readiness partner profile that breaks its own form.
    #[error(
        "invalid input at {}: {}; accepted: Microsoft Graph (v1.0 or beta) and Azure Resource Manager JSON as documented (dates such as 2026-11-16T10:00:00.1234567Z, durations such as P730D), in this crate's partner profile form",
        escape::message(.path), escape::message(.message)
    )]
    GraphPayload {
        /// The JSON path of the bad value, such as `value[2].endDateTime`
        /// (`.` for the document itself), its keys escaped and bounded as
        /// error messages echo input.
        path: String,
        /// What the parser said, the input it echoes escaped and bounded.
        message: String,
    },
    /// A duration that is not an ISO 8601 duration of years, weeks, days
    /// and time.
    #[error(
        "\"{}\" is not an ISO 8601 duration of days and time; accepted: forms such as P730D, P180D, P0D, PT0S, P1DT12H30M, P2W, P2Y (a year is 365 days; no months, fractions or signs)",
        echo(.text)
    )]
    IsoDuration {
        /// The text as given (shown escaped and bounded).
        text: String,
    },
    /// A Graph relationship the model cannot hold.
    #[error("Graph relationship {} is invalid: {source}", echo(.id))]
    GraphRelationship {
        /// The relationship's `id` (shown escaped and bounded).
        id: String,
        /// What is wrong with it.
        source: Box<Error>,
    },
    /// A relationship whose status grants access but that lacks a date.
    #[error(
        "a relationship with status {} has no {field}; accepted: active and expiring relationships carry activatedDateTime and endDateTime",
        echo(.status)
    )]
    GraphRelationshipDate {
        /// The Graph status (shown escaped and bounded).
        status: String,
        /// The missing field.
        field: &'static str,
    },
    /// A name that is not one of a domain type's values: the error of
    /// every fieldless enum's `FromStr`.
    ///
    /// ```
    /// use csp_support::{Error, ErrorKind, Workload};
    /// let err = "azur".parse::<Workload>().unwrap_err();
    /// assert_eq!(err.kind(), ErrorKind::Parse);
    /// assert!(matches!(err, Error::UnknownName { what: "Workload", .. }));
    /// assert!(err.to_string().starts_with("\"azur\" is not a known Workload; accepted: azure, "));
    /// ```
    #[error(
        "\"{}\" is not a known {what}; accepted: {}",
        echo(.value), .accepted.join(", ")
    )]
    UnknownName {
        /// The type, such as `Workload`.
        what: &'static str,
        /// The name as given (shown escaped and bounded).
        value: String,
        /// Every name the type accepts.
        accepted: &'static [&'static str],
    },
    /// An unknown readiness report format.
    #[error(
        "report format \"{}\" is not known; accepted: markdown, csv, json",
        echo(.given)
    )]
    ReportFormat {
        /// The format as given (shown escaped and bounded).
        given: String,
    },
    /// A JSON document (a request, an assessment or a scenario file) does
    /// not fit its form: the message names the field path and, for a bad
    /// value, the accepted values.
    #[error("{}: {}", escape::message(.path), escape::message(.message))]
    Json {
        /// Where in the document, as a path such as
        /// `request.partner.type` (`.` for the document itself); keys from
        /// the input are escaped and bounded as error messages echo input.
        path: String,
        /// What was wrong there and what is accepted; the input it echoes
        /// is escaped and bounded.
        message: String,
    },
    /// A file could not be read (scenario files).
    #[error("cannot read {}: {}", echo(.path), escape::message(&.source.to_string()))]
    Io {
        /// The file (shown escaped and bounded).
        path: String,
        /// What the system said; also [`std::error::Error::source`].
        #[source]
        source: Arc<std::io::Error>,
    },
    /// A calendar names a time zone the IANA database compiled in does not
    /// know.
    #[error(
        "unknown time zone \"{}\"; accepted: an IANA time zone name such as Europe/Berlin, America/New_York, Asia/Tokyo or UTC",
        echo(.name)
    )]
    UnknownTimeZone {
        /// The name as given (shown escaped and bounded).
        name: String,
    },
    /// A calendar's weekly hours contain no business time at all.
    #[error(
        "the calendar has no business time in its week; at least one weekday needs a non-empty interval"
    )]
    NoBusinessTime,
    /// Two business-hour intervals of one weekday overlap.
    #[error(
        "business hours on {weekday} overlap: {first} and {second}; intervals of a day must not overlap (touching is fine)"
    )]
    OverlappingIntervals {
        /// The weekday.
        weekday: chrono::Weekday,
        /// The earlier interval.
        first: Interval,
        /// The interval that overlaps it.
        second: Interval,
    },
    /// An interval ends at or before its start.
    #[error(
        "interval {start}-{end} ends at or before it starts; the end must come after the start (24:00 allowed as an end)"
    )]
    InvertedInterval {
        /// The start.
        start: TimeOfDay,
        /// The end.
        end: TimeOfDay,
    },
    /// A time of day is not on the clock.
    #[error(
        "time of day \"{}\" is not valid; accepted: HH:MM or HH:MM:SS from 00:00 to 24:00",
        echo(.text)
    )]
    TimeOfDay {
        /// The time as given (shown escaped and bounded).
        text: String,
    },
    /// A holiday lies outside the supported dates.
    #[error("holiday {date} is out of range; accepted: dates in the years 1 to 9999")]
    HolidayOutOfRange {
        /// The date.
        date: chrono::NaiveDate,
    },
    /// A calendar's business-day length is zero.
    #[error("business-day length {length} is not valid; accepted: 00:00:01 to 24:00")]
    BusinessDayLength {
        /// The length as given.
        length: TimeOfDay,
    },
    /// An instant that is not an RFC 3339 date-time as the crate reads it
    /// (see [`parse_instant`](crate::parse_instant) for the grammar).
    #[error(
        "\"{}\" is not an RFC 3339 instant ({reason}); accepted: an RFC 3339 instant such as 2026-11-16T10:00:00Z or 2026-11-16T12:00:00.5+02:00 (YYYY-MM-DDTHH:MM:SS, a fraction of 1 to 9 digits if any, then Z or ±HH:MM; years 0001 to 9999; no leap second)",
        echo(.text)
    )]
    Instant {
        /// The text as given (shown escaped and bounded).
        text: String,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// An instant, or the deadline computed from it, lies outside the
    /// supported range.
    #[error(
        "the instant or deadline lies outside the supported range; accepted: local dates in the years 1 to 9999"
    )]
    DeadlineOutOfRange,
}

impl PartialEq for Error {
    fn eq(&self, other: &Error) -> bool {
        core::mem::discriminant(self) == core::mem::discriminant(other)
            && self.to_string() == other.to_string()
    }
}

impl Eq for Error {}

/// What kind of input an [`Error`] is about: the coarse classes a service
/// routes on (say, HTTP 400 for a malformed document, 422 for facts that
/// contradict each other, 500 for a file it could not read).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A JSON document that is malformed or does not fit its form (a
    /// request, an assessment, a scenario file, a calendar, a profile).
    Json,
    /// One value that does not parse (a `FromStr`: a language tag, a time
    /// of day, an instant, a duration, a domain value such as an edition).
    Parse,
    /// Facts that contradict each other or the rules' invariants (a GDAP
    /// relationship that ends before it starts, lasts outside 1–730 days,
    /// grants no role, or auto-extends with Global administrator).
    InvalidFacts,
    /// A business calendar that is not valid (no business time,
    /// overlapping or inverted intervals, an unknown time zone).
    Calendar,
    /// An instant or deadline outside the supported years 1–9999.
    OutOfRange,
    /// A Microsoft Graph or Azure export that does not have the documented
    /// shape.
    Payload,
    /// A file or stream that could not be read.
    Io,
    /// Input over a size limit.
    Limit,
}

impl Error {
    /// The kind of input this error is about.
    #[must_use]
    #[allow(deprecated)] // the match names every variant
    pub const fn kind(&self) -> ErrorKind {
        match self {
            Error::GdapEndsBeforeStart { .. }
            | Error::GdapDurationOutOfRange { .. }
            | Error::GdapSpanTooShort { .. }
            | Error::GdapSpanMisfit { .. }
            | Error::GdapGlobalAdministratorAutoExtend
            | Error::GdapNoRoles
            | Error::GdapUserRoleNotGranted { .. } => ErrorKind::InvalidFacts,
            Error::GdapDuration { .. }
            | Error::GraphPayload { .. }
            | Error::GraphRelationship { .. }
            | Error::GraphRelationshipDate { .. } => ErrorKind::Payload,
            Error::LanguageTag { .. }
            | Error::IsoDuration { .. }
            | Error::ReportFormat { .. }
            | Error::UnknownName { .. }
            | Error::TimeOfDay { .. }
            | Error::Instant { .. } => ErrorKind::Parse,
            Error::Json { .. } => ErrorKind::Json,
            Error::Io { .. } => ErrorKind::Io,
            Error::UnknownTimeZone { .. }
            | Error::NoBusinessTime
            | Error::OverlappingIntervals { .. }
            | Error::InvertedInterval { .. }
            | Error::BusinessDayLength { .. } => ErrorKind::Calendar,
            Error::HolidayOutOfRange { .. } | Error::DeadlineOutOfRange => ErrorKind::OutOfRange,
        }
    }
}
