//! The crate's one error type.

use chrono::{DateTime, Utc};

use crate::{AutoExtend, EntraRole, Interval, TimeOfDay};

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
    /// A calendar names a time zone the IANA database compiled in does not
    /// know.
    #[error(
        "unknown time zone {name:?}; accepted: an IANA time zone name such as Europe/Berlin, America/New_York, Asia/Tokyo or UTC"
    )]
    UnknownTimeZone {
        /// The name as given.
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
    #[error("time of day {text:?} is not valid; accepted: HH:MM or HH:MM:SS from 00:00 to 24:00")]
    TimeOfDay {
        /// The time as given.
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
    /// An instant, or the deadline computed from it, lies outside the
    /// supported range.
    #[error(
        "the instant or deadline lies outside the supported range; accepted: local dates in the years 1 to 9999"
    )]
    DeadlineOutOfRange,
}
