//! ISO 8601 durations of the forms Microsoft Graph uses: a GDAP
//! relationship's `duration` (`P730D`) and auto-extension (`P180D`).
//!
//! A fact of the model (a [`GdapRelationship`](crate::GdapRelationship) may
//! carry its duration), read and written by the JSON forms and by
//! [`graph`](crate::graph), which re-exports it.

use chrono::TimeDelta;

use crate::Error;

/// An ISO 8601 duration of the forms Microsoft Graph uses: years, weeks,
/// days and time, such as `P730D`, `P2Y`, `P180D`, `P0D`, `PT0S` or
/// `P1DT12H30M`.
///
/// A year is 365 days, as GDAP reads it (`P2Y` is its 730-day maximum,
/// `RULES.md`, "GDAP relationships"). Months are refused (their length
/// depends on the calendar), and so are fractions and signs. Hand-written: the forms are few and a
/// dependency would bring calendar arithmetic this crate must not guess at.
///
/// ```
/// use csp_support::IsoDuration;
/// let d: IsoDuration = "P730D".parse()?;
/// assert_eq!(d.seconds(), 730 * 86_400);
/// assert_eq!("PT0S".parse::<IsoDuration>()?, "P0D".parse::<IsoDuration>()?);
/// assert_eq!("P1DT2H".parse::<IsoDuration>()?.to_string(), "P1DT2H");
/// assert_eq!("P2Y".parse::<IsoDuration>()?, d);
/// assert!("P1M".parse::<IsoDuration>().is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct IsoDuration {
    seconds: u64,
}

const DAY: u64 = 86_400;

impl IsoDuration {
    /// The zero duration (`PT0S`).
    pub const ZERO: IsoDuration = IsoDuration { seconds: 0 };

    /// A duration of whole days.
    #[must_use]
    pub const fn days(days: u32) -> IsoDuration {
        IsoDuration {
            seconds: (days as u64).saturating_mul(DAY),
        }
    }

    /// The length in seconds.
    #[must_use]
    pub const fn seconds(self) -> u64 {
        self.seconds
    }

    /// Whether the duration is zero (`PT0S`, `P0D`).
    #[must_use]
    pub const fn is_zero(self) -> bool {
        self.seconds == 0
    }

    /// The duration as a `chrono` time delta (`None` beyond its range).
    #[must_use]
    pub fn to_time_delta(self) -> Option<TimeDelta> {
        TimeDelta::try_seconds(i64::try_from(self.seconds).ok()?)
    }
}

/// Adds the components of one part (date or time) of a duration.
/// `units` lists the designators allowed in this part, in the order ISO 8601
/// requires them, with their length in seconds.
fn duration_part(part: &str, units: &[(u8, u64)]) -> Option<(u64, bool)> {
    let mut total: u64 = 0;
    let mut number: Option<u64> = None;
    let mut next_unit = 0usize;
    let mut any = false;
    for b in part.bytes() {
        if b.is_ascii_digit() {
            let digit = u64::from(b.checked_sub(b'0')?);
            number = Some(number.unwrap_or(0).checked_mul(10)?.checked_add(digit)?);
            continue;
        }
        let n = number.take()?;
        let rest = units.get(next_unit..)?;
        let pos = rest.iter().position(|(u, _)| *u == b)?;
        let (_, len) = rest.get(pos)?;
        next_unit = next_unit.checked_add(pos)?.checked_add(1)?;
        total = total.checked_add(n.checked_mul(*len)?)?;
        any = true;
    }
    if number.is_some() {
        return None; // digits without a designator
    }
    Some((total, any))
}

fn parse_duration(text: &str) -> Option<IsoDuration> {
    let rest = text.strip_prefix('P')?;
    let (date, time) = match rest.split_once('T') {
        Some((d, t)) => (d, Some(t)),
        None => (rest, None),
    };
    let (date_secs, date_any) =
        duration_part(date, &[(b'Y', 365 * DAY), (b'W', 7 * DAY), (b'D', DAY)])?;
    let (time_secs, time_any) = match time {
        Some(t) => {
            let (s, any) = duration_part(t, &[(b'H', 3_600), (b'M', 60), (b'S', 1)])?;
            // "P1DT" has a time designator and no time.
            if !any {
                return None;
            }
            (s, true)
        }
        None => (0, false),
    };
    if !date_any && !time_any {
        return None;
    }
    Some(IsoDuration {
        seconds: date_secs.checked_add(time_secs)?,
    })
}

impl core::str::FromStr for IsoDuration {
    type Err = Error;

    fn from_str(text: &str) -> Result<Self, Error> {
        parse_duration(text).ok_or_else(|| Error::IsoDuration {
            text: text.to_owned(),
        })
    }
}

/// The shortest form: `P730D`, `P1DT2H`, `PT0S` for zero.
impl core::fmt::Display for IsoDuration {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        if self.seconds == 0 {
            return f.write_str("PT0S");
        }
        let days = self.seconds / DAY;
        let rest = self.seconds % DAY;
        f.write_str("P")?;
        if days > 0 {
            write!(f, "{days}D")?;
        }
        if rest > 0 {
            let (h, m, s) = (rest / 3_600, rest % 3_600 / 60, rest % 60);
            f.write_str("T")?;
            if h > 0 {
                write!(f, "{h}H")?;
            }
            if m > 0 {
                write!(f, "{m}M")?;
            }
            if s > 0 {
                write!(f, "{s}S")?;
            }
        }
        Ok(())
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for IsoDuration {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for IsoDuration {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = IsoDuration;
            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str(
                    "an ISO 8601 duration of years (365 days), weeks, days and time such as \"P730D\" or \"PT0S\" (no months)",
                )
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<IsoDuration, E> {
                parse_duration(v)
                    .ok_or_else(|| E::invalid_value(serde::de::Unexpected::Str(v), &self))
            }
        }
        d.deserialize_str(V)
    }
}

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for IsoDuration {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "IsoDuration".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "string", "description": "ISO 8601 duration of years (365 days), weeks, days and time, such as P730D, P2Y or PT0S" })
    }
}
