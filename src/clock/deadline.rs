//! By when the first response is due (`SLA-*`), on a business [`Calendar`];
//! the rules are documented on [`deadline`].

use chrono::{DateTime, Datelike, FixedOffset, TimeDelta, Utc};
use chrono_tz::Tz;

use crate::facts::model::domain_enum;
use crate::rules::engine::weakest_basis;
use crate::{Basis, Calendar, Edition, Error, LanguageTag, ProblemKind, RuleId, RuleSet, Severity};

domain_enum! {
    /// Which clock a deadline runs on.
    pub enum Clock {
        /// Wall-clock time, 24x7 (English break-fix).
        AroundTheClock = "around_the_clock",
        /// The calendar's business time (local-language break-fix).
        BusinessHours = "business_hours",
        /// One business day of the calendar's business time (not break-fix).
        OneBusinessDay = "one_business_day",
    }
}

impl Clock {
    /// Whether the clock counts only business time.
    #[must_use]
    pub const fn counts_business_time(self) -> bool {
        !matches!(self, Clock::AroundTheClock)
    }
}

/// When the first response is due, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Deadline {
    /// The clock that applied.
    pub clock: Clock,
    /// The budget in seconds: 2/4/8 hours, or the business-day length.
    pub budget_seconds: u32,
    /// The basis of the budget: `stated` for 2/4/8 hours, `interpreted`
    /// for the business-day length.
    pub budget_basis: Basis,
    /// When the request was filed.
    #[cfg_attr(feature = "serde", serde(with = "crate::facts::instant::utc"))]
    #[cfg_attr(feature = "schemars", schemars(with = "DateTime<Utc>"))]
    pub filed_at: DateTime<Utc>,
    /// The due instant (UTC).
    #[cfg_attr(feature = "serde", serde(with = "crate::facts::instant::utc"))]
    #[cfg_attr(feature = "schemars", schemars(with = "DateTime<Utc>"))]
    pub due_utc: DateTime<Utc>,
    /// The due instant in the calendar's zone (RFC 3339 with its offset).
    /// The same instant as `due_utc`; an offset with seconds (local mean
    /// time, such as Berlin's +00:53:28 before 1893) is rounded to the
    /// nearest minute, as RFC 3339 offsets have no seconds.
    #[cfg_attr(feature = "serde", serde(with = "crate::facts::instant::fixed"))]
    #[cfg_attr(feature = "schemars", schemars(with = "DateTime<FixedOffset>"))]
    pub due_local: DateTime<FixedOffset>,
    /// The calendar's IANA time zone.
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub time_zone: Tz,
    /// The rules that set it (`SLA-*`).
    pub rules: RuleSet,
    /// The weakest basis among them: `interpreted` for every clock.
    pub basis: Basis,
    /// `SLA-PRIORITY` (informative): CSP partners can expect priority for
    /// their most important problems. Changes no instant.
    pub priority_expected: bool,
}

impl Deadline {
    /// The budget.
    #[must_use]
    pub fn budget(&self) -> TimeDelta {
        TimeDelta::seconds(i64::from(self.budget_seconds))
    }

    /// Whether the request is overdue at `at`: strictly after the due
    /// instant (at the due instant itself it is not).
    #[must_use]
    pub fn is_overdue_at(&self, at: DateTime<Utc>) -> bool {
        at > self.due_utc
    }

    /// The time remaining at `at`: business time on a business-hours clock
    /// (`calendar` must be the one the deadline was computed on), wall-clock
    /// time on the 24x7 clock. Negative once past the due instant (how much
    /// of that clock has run since); zero at the due instant.
    ///
    /// ```
    /// use csp_support::{deadline, Calendar, ProblemKind, Severity};
    /// let cal = Calendar::standard(chrono_tz::Europe::Berlin);
    /// let d = deadline(ProblemKind::Technical, Severity::B, &"de".parse()?,
    ///                  "2026-03-06T15:00:00Z".parse()?, &cal)?; // Fri 16:00
    /// // Monday 09:00 local: one business hour used, three remain.
    /// let r = d.remaining_at("2026-03-09T08:00:00Z".parse()?, &cal)?;
    /// assert_eq!(r.num_hours(), 3);
    /// assert!(!d.is_overdue_at("2026-03-09T08:00:00Z".parse()?));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`Error::DeadlineOutOfRange`] when `at` lies outside the supported
    /// range.
    pub fn remaining_at(&self, at: DateTime<Utc>, calendar: &Calendar) -> Result<TimeDelta, Error> {
        if self.clock.counts_business_time() {
            calendar.business_time_between(at, self.due_utc)
        } else {
            Ok(self.due_utc.signed_duration_since(at))
        }
    }
}

/// The first-response deadline of a request filed at `filed_at` about a
/// `problem` of `severity` in `language`, on `calendar` (`SLA-*`).
///
/// Three clocks (`RULES.md`, SLA):
///
/// - technical break-fix in English: the 2/4/8-hour budget of the severity
///   in wall-clock time, around the clock (`SLA-ENGLISH-24X7`);
/// - technical break-fix in a local language: the same budget counted only
///   in the calendar's business time (`SLA-LOCAL-LANGUAGE-BUSINESS-HOURS`);
/// - an in-entitlement incident that is not break-fix (billing,
///   subscription management, and in `dap` billing disputes and suspected
///   fraud): the calendar's business-day length of business time, in any
///   language and at any severity (`SLA-NON-BREAK-FIX-ONE-BUSINESS-DAY`).
///
/// Every deadline also cites `SLA-PRIORITY`, which is informative: it adds
/// [`Deadline::priority_expected`] and changes no instant. The basis of a
/// deadline is the weakest of its rules, `interpreted` for every clock; the
/// basis of the budget itself is [`Deadline::budget_basis`] (`stated` for
/// 2/4/8 hours, `interpreted` for the business-day length).
///
/// The edge cases follow `RULES.md`, "Clock details" (see the
/// [`Calendar`] docs for DST): the due instant is the earliest instant by
/// which the budget has elapsed; a request is overdue only strictly after
/// it; time remaining is business time on a business-hours clock and
/// wall-clock time on the 24x7 clock.
///
/// ```
/// use csp_support::{deadline, Basis, Calendar, Clock, ProblemKind, RuleId, Severity};
/// let cal = Calendar::standard(chrono_tz::Europe::Berlin);
/// let filed = "2026-03-06T15:00:00Z".parse()?; // Friday 16:00 in Berlin
///
/// // English break-fix: 24x7.
/// let d = deadline(ProblemKind::Technical, Severity::A, &"en-GB".parse()?, filed, &cal)?;
/// assert_eq!(d.clock, Clock::AroundTheClock);
/// assert_eq!(d.due_utc.to_rfc3339(), "2026-03-06T17:00:00+00:00");
///
/// // Billing: one business day, Friday 16:00 → Monday 16:00.
/// let d = deadline(ProblemKind::Billing, Severity::A, &"de".parse()?, filed, &cal)?;
/// assert_eq!(d.clock, Clock::OneBusinessDay);
/// assert_eq!(d.due_local.to_rfc3339(), "2026-03-09T16:00:00+01:00");
/// assert!(d.rules.contains(RuleId::SlaNonBreakFixOneBusinessDay));
/// assert_eq!(d.basis, Basis::Interpreted);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// [`Error::DeadlineOutOfRange`] when the filing instant or the due instant
/// lies outside the years 1 to 9999 (the due instant both in the calendar's
/// zone and in UTC).
pub fn deadline(
    problem: ProblemKind,
    severity: Severity,
    language: &LanguageTag,
    filed_at: DateTime<Utc>,
    calendar: &Calendar,
) -> Result<Deadline, Error> {
    let (clock, budget_seconds, budget_basis, mut rules) = if problem.is_break_fix() {
        let secs = severity.response_hours().saturating_mul(3600);
        if language.is_english() {
            (
                Clock::AroundTheClock,
                secs,
                Basis::Stated,
                RuleSet::of(&[severity.rule(), RuleId::SlaEnglish24x7]),
            )
        } else {
            (
                Clock::BusinessHours,
                secs,
                Basis::Stated,
                RuleSet::of(&[severity.rule(), RuleId::SlaLocalLanguageBusinessHours]),
            )
        }
    } else {
        let secs = u32::try_from(calendar.business_day_length().num_seconds())
            .map_err(|_| Error::DeadlineOutOfRange)?;
        (
            Clock::OneBusinessDay,
            secs,
            Basis::Interpreted,
            RuleSet::of(&[RuleId::SlaNonBreakFixOneBusinessDay]),
        )
    };
    rules.insert(RuleId::SlaPriority);
    let budget = TimeDelta::seconds(i64::from(budget_seconds));
    let due_utc = if clock.counts_business_time() {
        // Checks both instants' range itself.
        calendar.add_business_time(filed_at, budget)?
    } else {
        // The filing's local date in the years 1 to 9999.
        calendar.check_instant(filed_at)?;
        filed_at
            .checked_add_signed(budget)
            .ok_or(Error::DeadlineOutOfRange)?
    };
    let offset = calendar
        .offset_at(due_utc)
        .ok_or(Error::DeadlineOutOfRange)?;
    let due_local = local_in_whole_minutes(due_utc, offset).ok_or(Error::DeadlineOutOfRange)?;
    // Both forms of the due instant are printed: both in the years 1–9999
    // (west of UTC, a local 9999-12-31 evening is already 10000 in UTC).
    if !(1..=9999).contains(&due_local.year()) || !(1..=9999).contains(&due_utc.year()) {
        return Err(Error::DeadlineOutOfRange);
    }
    Ok(Deadline {
        clock,
        budget_seconds,
        budget_basis,
        filed_at,
        due_utc,
        due_local,
        time_zone: calendar.time_zone(),
        rules,
        basis: weakest_basis(rules, Edition::LATEST),
        priority_expected: rules.contains(RuleId::SlaPriority),
    })
}

/// `at` in `tz`, at the zone's offset rounded to the nearest whole minute
/// (halves away from zero, as chrono prints an offset in RFC 3339).
///
/// RFC 3339, the JSON form, has no seconds in offsets: an offset such as
/// Berlin's local mean time +00:53:28 would be written `+00:53` next to the
/// wall-clock time of +00:53:28, a different instant. Whole-minute offsets
/// (every offset since the zones adopted standard time) are kept as they are.
///
/// `secs` is the zone's offset at `at` (seconds east of UTC); `None` only if
/// it is not a valid offset (a day or more).
fn local_in_whole_minutes(at: DateTime<Utc>, secs: i32) -> Option<DateTime<FixedOffset>> {
    let minutes = secs.unsigned_abs().saturating_add(30) / 60;
    let rounded = i32::try_from(minutes.saturating_mul(60))
        .ok()
        .map(|r| if secs < 0 { r.saturating_neg() } else { r });
    rounded
        .and_then(FixedOffset::east_opt)
        .or_else(|| FixedOffset::east_opt(secs))
        .map(|offset| at.with_timezone(&offset))
}
