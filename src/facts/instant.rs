//! Instants: one grammar for every instant the crate reads or writes.
//!
//! An instant is an RFC 3339 `date-time` (section 5.6), read strictly:
//!
//! ```text
//! date-time   = full-date ("T" / "t") full-time
//! full-date   = 4DIGIT "-" 2DIGIT "-" 2DIGIT         ; 0001-01-01 to 9999-12-31
//! full-time   = HH ":" MM ":" SS [ "." 1*9DIGIT ] offset
//! offset      = "Z" / "z" / ("+" / "-") HH ":" MM    ; -00:00 is UTC
//! ```
//!
//! Nothing else is read: no whitespace around it, no space for `T`, no
//! offset without a colon (`+0200`), no missing seconds or offset, no year
//! outside 0001–9999 (no year 0, no sign, no fifth digit), at most 9
//! fraction digits (nanoseconds: a tenth digit would be cut), and **no leap
//! second**: RFC 3339 allows `:60` only at the end of a UTC day's last
//! minute, which the crate cannot represent as a UTC instant (chrono would
//! fold it into the second before), so `:60` is refused with its own
//! message. The instant in UTC must also lie in the years 1 to 9999
//! (`0001-01-01T00:30:00+01:00` is in year 0 in UTC).
//!
//! Instants are written the same way, in UTC with `Z` and as many fraction
//! digits as needed (0, 3, 6 or 9); an instant outside the years 1 to 9999
//! (which only a value built in Rust can hold) is an error, never written
//! as `+10000-…`.

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, SecondsFormat, Timelike, Utc};

use crate::Error;

/// Parses an instant by the crate's grammar (see [`Error::Instant`] and the
/// crate's JSON docs), as the UTC instant it names.
///
/// ```
/// use csp_support::parse_instant;
/// let t = parse_instant("2026-11-16T12:00:00+02:00")?;
/// assert_eq!(t, parse_instant("2026-11-16T10:00:00Z")?);
/// // Graph writes seven fraction digits.
/// assert_eq!(parse_instant("2026-11-16T10:00:00.1234567Z")?.timestamp_subsec_nanos(), 123_456_700);
/// for lenient in ["2026-11-16 10:00:00Z", " 2026-11-16T10:00:00Z", "2026-11-16T10:00:00+0200",
///                 "0000-11-16T10:00:00Z", "2026-12-31T23:59:60Z", "+10000-01-01T00:00:00Z"] {
///     assert!(parse_instant(lenient).is_err(), "{lenient}");
/// }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// [`Error::Instant`] naming what is wrong.
pub fn parse_instant(text: &str) -> Result<DateTime<Utc>, Error> {
    parse_with_offset(text).map(|t| t.with_timezone(&Utc))
}

/// Parses an instant keeping the offset it was written with.
pub(crate) fn parse_with_offset(text: &str) -> Result<DateTime<FixedOffset>, Error> {
    match parse_common(text.as_bytes()) {
        Some(at) => Ok(at.fixed_offset()),
        None => parse_general(text),
    }
}

/// The shape exports write (`2022-05-03T17:25:09.4437328Z`: upper-case `T`
/// and `Z`, up to 9 fraction digits), read in one pass over fixed
/// positions; `None` for anything else, valid or not, which
/// [`parse_general`] reads and explains. Whatever this accepts,
/// `parse_general` accepts as the same instant (a property test).
fn parse_common(b: &[u8]) -> Option<DateTime<Utc>> {
    let [
        y0,
        y1,
        y2,
        y3,
        b'-',
        mo0,
        mo1,
        b'-',
        d0,
        d1,
        b'T',
        h0,
        h1,
        b':',
        mi0,
        mi1,
        b':',
        s0,
        s1,
        rest @ ..,
    ] = b
    else {
        return None;
    };
    let nanos = match rest {
        [b'Z'] => 0,
        [b'.', fraction @ .., b'Z'] => {
            // 1 to 9 digits, scaled to nanoseconds (`.4437328` is
            // 443,732,800): at most 999,999,999, no overflow.
            let scale = FRACTION_SCALE.get(fraction.len()).copied().flatten()?;
            let mut n = 0u32;
            for d in fraction {
                n = n.wrapping_mul(10).wrapping_add(digit(*d)?);
            }
            n.wrapping_mul(scale)
        }
        _ => return None,
    };
    let two = |a: u8, b: u8| Some(digit(a)?.wrapping_mul(10).wrapping_add(digit(b)?));
    let year = two(*y0, *y1)?
        .wrapping_mul(100)
        .wrapping_add(two(*y2, *y3)?);
    // Year 0 has its own message there; chrono refuses the leap second
    // (`:60`) here, which has its own message there too.
    if year == 0 {
        return None;
    }
    NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, two(*mo0, *mo1)?, two(*d0, *d1)?)?
        .and_hms_nano_opt(two(*h0, *h1)?, two(*mi0, *mi1)?, two(*s0, *s1)?, nanos)
        .map(|t| t.and_utc())
}

/// The factor from `n` fraction digits to nanoseconds (`None`: no digit,
/// or more than 9).
const FRACTION_SCALE: [Option<u32>; 10] = [
    None,
    Some(100_000_000),
    Some(10_000_000),
    Some(1_000_000),
    Some(100_000),
    Some(10_000),
    Some(1_000),
    Some(100),
    Some(10),
    Some(1),
];

/// An ASCII digit's value.
fn digit(b: u8) -> Option<u32> {
    b.is_ascii_digit().then(|| u32::from(b.wrapping_sub(b'0')))
}

/// The whole grammar, with a reason for each refusal.
fn parse_general(text: &str) -> Result<DateTime<FixedOffset>, Error> {
    let bad = |reason: &'static str| Error::Instant {
        text: text.to_owned(),
        reason,
    };
    const SHAPE: &str = "not of the form YYYY-MM-DDTHH:MM:SS, then Z or ±HH:MM";
    if text.trim() != text {
        return Err(bad("whitespace around it"));
    }
    let mut c = Cursor {
        bytes: text.as_bytes(),
        at: 0,
    };
    if matches!(c.peek(), Some(b'+' | b'-')) {
        return Err(bad(
            "a sign before the year; years have four digits, 0001 to 9999",
        ));
    }
    let year = c.digits(4).ok_or_else(|| bad(SHAPE))?;
    if c.peek().is_some_and(|b| b.is_ascii_digit()) {
        return Err(bad(
            "a year of more than four digits; years are 0001 to 9999",
        ));
    }
    let (month, day) = match (c.eat(b'-'), c.digits(2), c.eat(b'-'), c.digits(2)) {
        (true, Some(m), true, Some(d)) => (m, d),
        _ => return Err(bad(SHAPE)),
    };
    match c.next() {
        Some(b'T' | b't') => {}
        Some(b' ') => {
            return Err(bad(
                "a space between the date and the time; RFC 3339 wants T",
            ));
        }
        None => return Err(bad("a date without a time and offset")),
        Some(_) => return Err(bad(SHAPE)),
    }
    let (hour, minute) = match (c.digits(2), c.eat(b':'), c.digits(2)) {
        (Some(h), true, Some(m)) => (h, m),
        _ => return Err(bad(SHAPE)),
    };
    let second = match (c.eat(b':'), c.digits(2)) {
        (true, Some(s)) => s,
        _ => return Err(bad("no seconds; RFC 3339 wants HH:MM:SS")),
    };
    let mut nanos = 0u32;
    if c.eat(b'.') {
        let mut count = 0u32;
        while let Some(d) = c.peek().filter(u8::is_ascii_digit) {
            c.at = c.at.saturating_add(1);
            count = count.saturating_add(1);
            if count > 9 {
                return Err(bad(
                    "more than 9 fraction digits; the crate keeps nanoseconds and cuts nothing",
                ));
            }
            nanos = nanos
                .saturating_mul(10)
                .saturating_add(u32::from(d.saturating_sub(b'0')));
        }
        if count == 0 {
            return Err(bad("a decimal point without fraction digits"));
        }
        for _ in count..9 {
            nanos = nanos.saturating_mul(10);
        }
    }
    let offset_minutes: i32 = match c.next() {
        Some(b'Z' | b'z') => 0,
        Some(sign @ (b'+' | b'-')) => {
            let h = c.digits(2).ok_or_else(|| bad(SHAPE))?;
            if !c.eat(b':') {
                return Err(bad("an offset without a colon; RFC 3339 wants ±HH:MM"));
            }
            let m = c.digits(2).ok_or_else(|| bad(SHAPE))?;
            if h > 23 || m > 59 {
                return Err(bad("an offset beyond ±23:59"));
            }
            let total = i32::try_from(h.saturating_mul(60).saturating_add(m)).unwrap_or(0);
            if sign == b'-' {
                total.saturating_neg()
            } else {
                total
            }
        }
        None => return Err(bad("no offset; RFC 3339 wants Z or ±HH:MM")),
        Some(_) => return Err(bad(SHAPE)),
    };
    if c.peek().is_some() {
        return Err(bad("text after the offset"));
    }
    if year == 0 {
        return Err(bad("year 0000; years are 0001 to 9999"));
    }
    let date = i32::try_from(year)
        .ok()
        .and_then(|y| NaiveDate::from_ymd_opt(y, month, day))
        .ok_or_else(|| bad("no such date"))?;
    if second == 60 {
        return Err(bad(
            "a leap second (:60), which the crate cannot represent in UTC; write :59 or the next minute's :00",
        ));
    }
    let local = date
        .and_hms_nano_opt(hour, minute, second, nanos)
        .ok_or_else(|| bad("no such time of day"))?;
    let offset = FixedOffset::east_opt(offset_minutes.saturating_mul(60))
        .ok_or_else(|| bad("an offset beyond ±23:59"))?;
    let at = local
        .checked_sub_offset(offset)
        .map(|utc| DateTime::<Utc>::from_naive_utc_and_offset(utc, Utc).with_timezone(&offset))
        .ok_or_else(|| bad("in UTC it lies outside the years 1 to 9999"))?;
    if !in_range(at.with_timezone(&Utc).year()) {
        return Err(bad("in UTC it lies outside the years 1 to 9999"));
    }
    Ok(at)
}

/// Whether a year is one the crate reads and writes.
const fn in_range(year: i32) -> bool {
    1 <= year && year <= 9999
}

/// `at` as the crate writes instants; `None` outside the years 1 to 9999
/// (in UTC and in its own offset) or on a leap second.
#[cfg_attr(not(feature = "serde"), allow(dead_code))]
pub(crate) fn format(at: &DateTime<FixedOffset>) -> Option<String> {
    let ok = in_range(at.year())
        && in_range(at.with_timezone(&Utc).year())
        && at.nanosecond() < 1_000_000_000;
    ok.then(|| at.to_rfc3339_opts(SecondsFormat::AutoSi, true))
}

struct Cursor<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Cursor<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn next(&mut self) -> Option<u8> {
        let b = self.peek()?;
        self.at = self.at.saturating_add(1);
        Some(b)
    }

    fn eat(&mut self, b: u8) -> bool {
        let yes = self.peek() == Some(b);
        if yes {
            self.at = self.at.saturating_add(1);
        }
        yes
    }

    /// Exactly `n` ASCII digits.
    fn digits(&mut self, n: usize) -> Option<u32> {
        let end = self.at.checked_add(n)?;
        let part = self.bytes.get(self.at..end)?;
        if !part.iter().all(u8::is_ascii_digit) {
            return None;
        }
        self.at = end;
        Some(part.iter().fold(0u32, |acc, d| {
            acc.saturating_mul(10)
                .saturating_add(u32::from(d.saturating_sub(b'0')))
        }))
    }
}

/// Serde for instants by the grammar (`#[serde(with = "crate::facts::instant::utc")]`).
#[cfg(feature = "serde")]
pub(crate) mod utc {
    use chrono::{DateTime, Utc};
    use serde::{Deserializer, Serializer, de, ser};

    /// Writes `at`; an error outside the years 1 to 9999.
    pub(crate) fn serialize<S: Serializer>(at: &DateTime<Utc>, s: S) -> Result<S::Ok, S::Error> {
        match super::format(&at.fixed_offset()) {
            Some(text) => s.serialize_str(&text),
            None => Err(ser::Error::custom(
                "an instant outside the years 1 to 9999 (or a leap second) cannot be written",
            )),
        }
    }

    /// Reads an instant by the grammar.
    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<Utc>, D::Error> {
        d.deserialize_str(Instant)
    }

    pub(super) struct Instant;

    impl de::Visitor<'_> for Instant {
        type Value = DateTime<Utc>;
        fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            f.write_str("an RFC 3339 instant such as 2026-11-16T10:00:00Z")
        }
        fn visit_str<E: de::Error>(self, s: &str) -> Result<DateTime<Utc>, E> {
            super::parse_instant(s).map_err(E::custom)
        }
    }

    /// `&DateTime<Utc>` written by the grammar, for the optional forms.
    pub(super) struct Strict<'a>(pub(super) &'a DateTime<Utc>);

    impl serde::Serialize for Strict<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            serialize(self.0, s)
        }
    }
}

/// Serde for an optional instant (`null` or absent: `None`).
#[cfg(feature = "serde")]
pub(crate) mod utc_option {
    use chrono::{DateTime, Utc};
    use serde::{Deserializer, Serializer, de};

    /// Writes `null` or the instant.
    pub(crate) fn serialize<S: Serializer>(
        at: &Option<DateTime<Utc>>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        match at {
            Some(at) => s.serialize_some(&super::utc::Strict(at)),
            None => s.serialize_none(),
        }
    }

    /// Reads `null` or an instant by the grammar.
    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Option<DateTime<Utc>>, D::Error> {
        d.deserialize_option(Optional)
    }

    struct Optional;

    impl<'de> de::Visitor<'de> for Optional {
        type Value = Option<DateTime<Utc>>;
        fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            f.write_str("null or an RFC 3339 instant such as 2026-11-16T10:00:00Z")
        }
        fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
            d.deserialize_str(super::utc::Instant).map(Some)
        }
    }
}

/// Serde for a field whose presence matters: absent is `None`, `null` is
/// `Some(None)`, an instant is `Some(Some(…))`.
#[cfg(feature = "serde")]
pub(crate) mod utc_present {
    use chrono::{DateTime, Utc};
    use serde::{Deserializer, Serializer};

    /// Writes `null` or the instant (an absent field is skipped by the
    /// field's `skip_serializing_if`).
    pub(crate) fn serialize<S: Serializer>(
        at: &Option<Option<DateTime<Utc>>>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        super::utc_option::serialize(&at.flatten(), s)
    }

    /// Reads `null` or an instant, present.
    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Option<Option<DateTime<Utc>>>, D::Error> {
        super::utc_option::deserialize(d).map(Some)
    }
}

/// Serde for an instant with its offset (a local due instant).
#[cfg(feature = "serde")]
pub(crate) mod fixed {
    use chrono::{DateTime, FixedOffset};
    use serde::{Deserializer, Serializer, de, ser};

    /// Writes `at` with its offset; an error outside the years 1 to 9999.
    pub(crate) fn serialize<S: Serializer>(
        at: &DateTime<FixedOffset>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        match super::format(at) {
            Some(text) => s.serialize_str(&text),
            None => Err(ser::Error::custom(
                "an instant outside the years 1 to 9999 (or a leap second) cannot be written",
            )),
        }
    }

    /// Reads an instant by the grammar, keeping its offset.
    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<DateTime<FixedOffset>, D::Error> {
        struct V;
        impl de::Visitor<'_> for V {
            type Value = DateTime<FixedOffset>;
            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("an RFC 3339 instant such as 2026-11-16T11:00:00+01:00")
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Self::Value, E> {
                super::parse_with_offset(s).map_err(E::custom)
            }
        }
        d.deserialize_str(V)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reason(text: &str) -> &'static str {
        match parse_instant(text) {
            Err(Error::Instant { reason, .. }) => reason,
            other => panic!("{text}: {other:?}"),
        }
    }

    #[test]
    fn reads_rfc_3339_date_times() {
        let t = parse_instant("2026-11-16T10:00:00Z").unwrap();
        for same in [
            "2026-11-16t10:00:00z",
            "2026-11-16T12:00:00+02:00",
            "2026-11-16T05:30:00-04:30",
            "2026-11-16T10:00:00-00:00",
            "2026-11-16T10:00:00.000000000Z",
        ] {
            assert_eq!(parse_instant(same).unwrap(), t, "{same}");
        }
        let nanos = |s: &str| parse_instant(s).unwrap().timestamp_subsec_nanos();
        assert_eq!(nanos("2026-11-16T10:00:00.1Z"), 100_000_000);
        assert_eq!(nanos("2026-11-16T10:00:00.1234567Z"), 123_456_700);
        assert_eq!(nanos("2026-11-16T10:00:00.123456789Z"), 123_456_789);
        assert_eq!(
            parse_instant("0001-01-01T00:00:00Z").unwrap(),
            DateTime::<Utc>::from_naive_utc_and_offset(
                NaiveDate::from_ymd_opt(1, 1, 1)
                    .unwrap()
                    .and_hms_opt(0, 0, 0)
                    .unwrap(),
                Utc
            )
        );
        assert_eq!(
            parse_instant("9999-12-31T23:59:59.999999999Z")
                .unwrap()
                .year(),
            9999
        );
        assert_eq!(parse_instant("2024-02-29T00:00:00Z").unwrap().day(), 29);
        assert_eq!(
            parse_with_offset("2026-11-16T12:00:00+02:00")
                .unwrap()
                .offset()
                .local_minus_utc(),
            7200
        );
    }

    #[test]
    fn refuses_each_leniency_with_its_reason() {
        assert_eq!(reason(" 2026-11-16T10:00:00Z"), "whitespace around it");
        assert_eq!(reason("2026-11-16T10:00:00Z\n"), "whitespace around it");
        assert!(reason("2026-11-16 10:00:00Z").contains("a space between"));
        assert!(reason("2026-11-16T10:00:00+0200").contains("without a colon"));
        assert!(reason("0000-11-16T10:00:00Z").contains("year 0000"));
        assert!(reason("-0001-11-16T10:00:00Z").contains("a sign"));
        assert!(reason("+10000-01-01T00:00:00Z").contains("a sign"));
        assert!(reason("10000-01-01T00:00:00Z").contains("more than four digits"));
        assert!(reason("2026-11-16T10:30:60Z").contains("leap second"));
        assert!(reason("2026-12-31T23:59:60Z").contains("leap second"));
        assert!(reason("2026-11-16T10:00:00.1234567891Z").contains("more than 9"));
        assert!(reason("2026-11-16T10:00:00.Z").contains("without fraction digits"));
        assert!(reason("2026-11-16T10:00Z").contains("no seconds"));
        assert!(reason("2026-11-16T10:00:00").contains("no offset"));
        assert!(reason("2026-11-16").contains("without a time"));
        assert!(reason("2026-02-29T00:00:00Z").contains("no such date"));
        assert!(reason("2026-13-01T00:00:00Z").contains("no such date"));
        assert!(reason("2026-11-16T24:00:00Z").contains("no such time"));
        assert!(reason("2026-11-16T10:61:00Z").contains("no such time"));
        assert!(reason("2026-11-16T10:00:00+24:00").contains("beyond"));
        assert!(reason("2026-11-16T10:00:00+02:60").contains("beyond"));
        assert!(reason("2026-11-16T10:00:00Zjunk").contains("after the offset"));
        assert!(reason("0001-01-01T00:30:00+01:00").contains("in UTC"));
        assert!(reason("9999-12-31T23:30:00-01:00").contains("in UTC"));
        assert!(reason("２０２６-11-16T10:00:00Z").contains("not of the form"));
        assert!(reason("16.11.2026 10:00").contains("not of the form"));
        assert!(reason("").contains("not of the form"));
    }

    #[test]
    fn writes_what_it_reads_and_nothing_outside_the_years() {
        for text in [
            "2026-11-16T10:00:00Z",
            "2026-11-16T10:00:00.100Z",
            "2026-11-16T10:00:00.123456700Z",
            "0001-01-01T00:00:00Z",
            "9999-12-31T23:59:59.999999999Z",
        ] {
            let t = parse_instant(text).unwrap();
            assert_eq!(format(&t.fixed_offset()).as_deref(), Some(text));
        }
        let local = parse_with_offset("2026-11-16T12:00:00+02:00").unwrap();
        assert_eq!(format(&local).as_deref(), Some("2026-11-16T12:00:00+02:00"));
        assert_eq!(format(&DateTime::<Utc>::MAX_UTC.fixed_offset()), None);
        assert_eq!(format(&DateTime::<Utc>::MIN_UTC.fixed_offset()), None);
        // 9999-12-31T20:00-05:00 is 10000-01-01T01:00Z.
        let west = FixedOffset::west_opt(5 * 3600).unwrap();
        let edge = NaiveDate::from_ymd_opt(9999, 12, 31)
            .unwrap()
            .and_hms_opt(20, 0, 0)
            .unwrap()
            .and_local_timezone(west)
            .unwrap();
        assert_eq!(format(&edge), None);
    }

    proptest::proptest! {
        #[test]
        fn every_written_instant_reads_back(secs in -62_135_596_800i64..253_402_300_800, nanos in 0u32..1_000_000_000) {
            let t = DateTime::<Utc>::from_timestamp(secs, nanos).unwrap();
            let text = format(&t.fixed_offset()).unwrap();
            proptest::prop_assert_eq!(parse_instant(&text).unwrap(), t);
        }

        #[test]
        fn the_common_shape_reads_as_the_whole_grammar_reads_it(
            y in proptest::prop_oneof![proptest::strategy::Just(0u32), proptest::strategy::Just(1), proptest::strategy::Just(9999), 0u32..=9999],
            (mo, d) in (0u32..=13, 0u32..=32),
            (h, mi, sec) in (0u32..=24, 0u32..=60, 0u32..=60),
            t in proptest::sample::select(vec!["T", "t", " "]),
            fraction in "(\\.[0-9]{0,10})?",
            end in proptest::sample::select(vec!["Z", "z", "+00:00", "", "Z "]),
        ) {
            let s = format!("{y:04}-{mo:02}-{d:02}{t}{h:02}:{mi:02}:{sec:02}{fraction}{end}");
            let general = parse_general(&s).ok();
            match parse_common(s.as_bytes()) {
                Some(t) => proptest::prop_assert_eq!(general, Some(t.fixed_offset()), "{}", s),
                // What the common path leaves to the general one: any other
                // shape, and year 0 and the leap second (errors there).
                None => proptest::prop_assert!(
                    general.is_none() || !s.contains('T') || !s.ends_with('Z'),
                    "{}", s
                ),
            }
        }

        #[test]
        fn the_common_shape_reads_every_written_utc_instant(secs in -62_135_596_800i64..253_402_300_800, nanos in 0u32..1_000_000_000) {
            let t = DateTime::<Utc>::from_timestamp(secs, nanos).unwrap();
            let text = format(&t.fixed_offset()).unwrap();
            proptest::prop_assert_eq!(parse_common(text.as_bytes()), Some(t));
        }

        #[test]
        fn never_panics_and_reads_only_the_grammar(s in "\\PC{0,40}") {
            if let Ok(t) = parse_instant(&s) {
                proptest::prop_assert!(in_range(t.year()));
                proptest::prop_assert!(s.len() >= 20 && s.is_ascii(), "{}", s);
            }
        }
    }
}
