//! Business calendars: construction, validation, serde, holidays, and the
//! zero-allocation clock.

use chrono::{DateTime, Datelike, NaiveDate, TimeDelta, TimeZone, Utc, Weekday};
use chrono_tz::Tz;
use csp_support::*;

// --- Helpers ----------------------------------------------------------------

fn at(s: &str) -> DateTime<Utc> {
    s.parse().unwrap()
}

fn local(tz: Tz, s: &str) -> DateTime<Utc> {
    let naive = chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap();
    tz.from_local_datetime(&naive).single().unwrap().to_utc()
}

fn iv(s: &str) -> Interval {
    let (a, b) = s.split_once('-').unwrap();
    Interval {
        start: a.parse().unwrap(),
        end: b.parse().unwrap(),
    }
}

fn date(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// The standard Berlin calendar with `holidays`.
fn berlin_with(holidays: Vec<Holiday>) -> Calendar {
    let mut spec = CalendarSpec::standard("Europe/Berlin");
    spec.holidays = holidays;
    spec.build().unwrap()
}

// --- Construction -----------------------------------------------------------

#[test]
fn standard_calendar_is_monday_to_friday_nine_to_five_in_any_zone() {
    for tz in [
        chrono_tz::Europe::Berlin,
        chrono_tz::America::New_York,
        chrono_tz::Asia::Tokyo,
        chrono_tz::UTC,
    ] {
        let cal = Calendar::standard(tz);
        assert_eq!(cal.time_zone(), tz);
        assert_eq!(cal.business_day_length(), TimeDelta::hours(8));
        assert_eq!(cal.weekly_business_time(), TimeDelta::hours(40));
        assert_eq!(cal, CalendarSpec::standard(tz.name()).build().unwrap());
        if tz != chrono_tz::UTC {
            assert_ne!(cal, Calendar::standard(chrono_tz::UTC));
        }
        // Monday 2026-01-12 10:00 is business time, Saturday is not.
        assert!(cal.is_business_time(local(tz, "2026-01-12 10:00")).unwrap());
        assert!(!cal.is_business_time(local(tz, "2026-01-12 17:00")).unwrap());
        assert!(!cal.is_business_time(local(tz, "2026-01-10 10:00")).unwrap());
    }
}

#[test]
fn unknown_time_zone_is_an_error() {
    let err = CalendarSpec::standard("Mars/Olympus_Mons")
        .build()
        .unwrap_err();
    assert_eq!(
        err,
        Error::UnknownTimeZone {
            name: "Mars/Olympus_Mons".into()
        }
    );
    assert!(err.to_string().contains("IANA"));
}

#[test]
fn a_week_without_business_time_is_an_error() {
    let mut spec = CalendarSpec::standard("Europe/Berlin");
    spec.hours = WeeklyHours::default();
    assert_eq!(spec.build().unwrap_err(), Error::NoBusinessTime);
}

#[test]
fn overlapping_intervals_are_an_error() {
    let mut spec = CalendarSpec::standard("Europe/Berlin");
    spec.hours.tuesday = vec![iv("13:00-18:00"), iv("09:00-14:00")];
    let err = spec.build().unwrap_err();
    assert_eq!(
        err,
        Error::OverlappingIntervals {
            weekday: Weekday::Tue,
            first: iv("09:00-14:00"),
            second: iv("13:00-18:00"),
        }
    );
    // The message names both intervals as written in a calendar file.
    assert_eq!(
        err.to_string(),
        "business hours on Tue overlap: 09:00-14:00 and 13:00-18:00; \
         intervals of a day must not overlap (touching is fine)"
    );
}

#[test]
fn inverted_or_empty_intervals_are_an_error() {
    for bad in ["17:00-09:00", "09:00-09:00"] {
        let mut spec = CalendarSpec::standard("Europe/Berlin");
        spec.hours.monday = vec![iv(bad)];
        assert!(
            matches!(spec.build(), Err(Error::InvertedInterval { .. })),
            "{bad}"
        );
    }
    // A partial holiday's closed interval too.
    let mut spec = CalendarSpec::standard("Europe/Berlin");
    spec.holidays = vec![Holiday::partial(date("2026-12-24"), iv("14:00-12:00"))];
    assert!(matches!(spec.build(), Err(Error::InvertedInterval { .. })));
}

#[test]
fn bad_times_of_day_are_errors() {
    for bad in [
        "25:00", "24:01", "9:00", "09:60", "ab:cd", "", "09", "09:00:60", "-1:00",
    ] {
        assert!(
            matches!(bad.parse::<TimeOfDay>(), Err(Error::TimeOfDay { .. })),
            "{bad:?}"
        );
    }
    assert!(TimeOfDay::hm(24, 1).is_err());
    assert_eq!("24:00".parse::<TimeOfDay>().unwrap(), TimeOfDay::END_OF_DAY);
    assert_eq!(
        "09:30:15".parse::<TimeOfDay>().unwrap().to_string(),
        "09:30:15"
    );
}

#[test]
fn holiday_outside_years_1_to_9999_is_an_error() {
    let mut spec = CalendarSpec::standard("Europe/Berlin");
    let far = NaiveDate::from_ymd_opt(10_000, 1, 3).unwrap();
    spec.holidays = vec![Holiday::whole(far)];
    assert_eq!(
        spec.build().unwrap_err(),
        Error::HolidayOutOfRange { date: far }
    );
}

#[test]
fn business_day_length_zero_is_an_error() {
    let mut spec = CalendarSpec::standard("Europe/Berlin");
    spec.business_day_length = Some(TimeOfDay::MIDNIGHT);
    assert!(matches!(spec.build(), Err(Error::BusinessDayLength { .. })));
}

#[test]
fn touching_intervals_merge_and_order_does_not_matter() {
    let mut spec = CalendarSpec::standard("Europe/Berlin");
    spec.hours.monday = vec![iv("12:00-17:00"), iv("09:00-12:00")];
    let cal = spec.build().unwrap();
    assert_eq!(cal.business_day_length(), TimeDelta::hours(8));
    assert_eq!(cal, spec.build().unwrap());
}

#[test]
fn several_intervals_per_day_count_only_their_time() {
    // A lunch break: 09:00–12:00 and 13:00–17:00.
    let mut spec = CalendarSpec::standard("Europe/Berlin");
    spec.hours.monday = vec![iv("09:00-12:00"), iv("13:00-17:00")];
    let cal = spec.build().unwrap();
    let tz = cal.time_zone();
    assert_eq!(cal.business_day_length(), TimeDelta::hours(8)); // Tuesday
    let due = cal
        .add_business_time(local(tz, "2026-01-12 11:00"), TimeDelta::hours(2))
        .unwrap();
    assert_eq!(due, local(tz, "2026-01-12 14:00"));
}

// --- Holidays ---------------------------------------------------------------

#[test]
fn a_whole_day_holiday_has_no_business_time() {
    let cal = berlin_with(vec![Holiday::whole(date("2026-01-12"))]);
    let tz = cal.time_zone();
    // Friday 16:00 + 8 h: 1 h Friday, Monday is a holiday, 7 h Tuesday.
    let due = cal
        .add_business_time(local(tz, "2026-01-09 16:00"), TimeDelta::hours(8))
        .unwrap();
    assert_eq!(due, local(tz, "2026-01-13 16:00"));
}

#[test]
fn a_partial_holiday_closes_only_its_interval() {
    let cal = berlin_with(vec![Holiday::partial(
        date("2026-12-24"),
        iv("12:00-24:00"),
    )]);
    let tz = cal.time_zone();
    let day = cal
        .business_time_between(local(tz, "2026-12-24 00:00"), local(tz, "2026-12-25 00:00"))
        .unwrap();
    assert_eq!(day, TimeDelta::hours(3));
    // Thursday 24 Dec 11:00 + 2 h: 1 h before noon, then Friday 25th 10:00.
    let due = cal
        .add_business_time(local(tz, "2026-12-24 11:00"), TimeDelta::hours(2))
        .unwrap();
    assert_eq!(due, local(tz, "2026-12-25 10:00"));
}

#[test]
fn a_holiday_edge_in_a_repeated_hour_adds_no_business_time() {
    // Berlin falls back on Sunday 2026-10-25: 02:00–03:00 happens twice.
    // A closure that starts (or ends) exactly where business hours start
    // (or end), inside that hour, leaves nothing there: an empty local
    // interval must not become the hour between the two readings.
    for (hours, closed, business, due) in [
        ("02:30-05:00", "02:30-04:00", 1, Some("2026-10-25 04:30")),
        ("01:00-02:30", "00:00-02:30", 0, None),
    ] {
        let mut spec = CalendarSpec::standard("Europe/Berlin");
        spec.hours.sunday = vec![iv(hours)];
        spec.holidays = vec![Holiday::partial(date("2026-10-25"), iv(closed))];
        let cal = spec.build().unwrap();
        let tz = cal.time_zone();
        let sunday = local(tz, "2026-10-25 00:00");
        let day = cal
            .business_time_between(sunday, local(tz, "2026-10-26 00:00"))
            .unwrap();
        assert_eq!(
            day,
            TimeDelta::hours(business),
            "hours {hours}, closed {closed}"
        );
        if let Some(due) = due {
            let got = cal
                .add_business_time(sunday, TimeDelta::minutes(30))
                .unwrap();
            assert_eq!(got, local(tz, due), "hours {hours}");
        }
    }
}

#[test]
fn a_deadline_runs_out_on_a_partial_holiday_days_after_the_start() {
    // Christmas Eve closed in the morning; the budget runs out that day,
    // far enough from the start that the day is reached by arithmetic.
    let cal = berlin_with(vec![Holiday::partial(
        date("2026-12-24"),
        iv("09:00-12:00"),
    )]);
    let tz = cal.time_zone();
    // Monday 21st 09:00 + 26 h: 8 + 8 + 8 h to Wednesday, then 2 h from noon.
    let due = cal
        .add_business_time(local(tz, "2026-12-21 09:00"), TimeDelta::hours(26))
        .unwrap();
    assert_eq!(due, local(tz, "2026-12-24 14:00"));
}

#[test]
fn a_budget_that_ends_with_a_stretch_ends_on_its_last_business_second() {
    // Berlin's summer stretch of regular days ends on Friday 2026-10-23;
    // the autumn change follows on Sunday. A budget of exactly the business
    // time from a start to that Friday's close is due at the close, not
    // at the next opening: from the Monday before, and from January (across
    // the spring change, by the index of stretches).
    let cal = Calendar::standard(chrono_tz::Europe::Berlin);
    let tz = cal.time_zone();
    let close = local(tz, "2026-10-23 17:00");
    for start in ["2026-10-19", "2026-01-05"] {
        let first = date(start);
        let weekdays = first
            .iter_days()
            .take_while(|d| *d <= date("2026-10-23"))
            .filter(|d| d.weekday().num_days_from_monday() < 5)
            .count();
        let budget = TimeDelta::hours(8 * i64::try_from(weekdays).unwrap());
        let due = cal
            .add_business_time(local(tz, &format!("{start} 09:00")), budget)
            .unwrap();
        assert_eq!(due, close, "from {start}");
    }
}

#[test]
fn holidays_on_one_date_combine() {
    let mut spec = CalendarSpec::standard("Europe/Berlin");
    spec.holidays = vec![
        Holiday::partial(date("2026-01-12"), iv("09:00-10:00")),
        Holiday::partial(date("2026-01-12"), iv("16:00-17:00")),
    ];
    let cal = spec.build().unwrap();
    let tz = cal.time_zone();
    let day = cal
        .business_time_between(local(tz, "2026-01-12 00:00"), local(tz, "2026-01-13 00:00"))
        .unwrap();
    assert_eq!(day, TimeDelta::hours(6));
}

#[test]
fn a_month_of_holidays_is_skipped() {
    // Every day of February 2026 is a holiday: Friday 30 Jan 16:00 + 8 h
    // → Monday 2 March 16:00.
    let mut spec = CalendarSpec::standard("America/New_York");
    spec.holidays = (1..=28)
        .map(|d| Holiday::whole(NaiveDate::from_ymd_opt(2026, 2, d).unwrap()))
        .collect();
    let cal = spec.build().unwrap();
    let tz = cal.time_zone();
    let due = cal
        .add_business_time(local(tz, "2026-01-30 16:00"), TimeDelta::hours(8))
        .unwrap();
    assert_eq!(due, local(tz, "2026-03-02 16:00"));
}

#[test]
fn two_hundred_holidays_and_a_year_of_business_time() {
    // 200 weekday holidays from 5 Jan 2026, in Berlin (two offset changes).
    let mut spec = CalendarSpec::standard("Europe/Berlin");
    let mut d = date("2026-01-05");
    while spec.holidays.len() < 200 {
        if chrono::Datelike::weekday(&d).num_days_from_monday() < 5 {
            spec.holidays.push(Holiday::whole(d));
        }
        d = d.succ_opt().unwrap();
    }
    while chrono::Datelike::weekday(&d).num_days_from_monday() >= 5 {
        d = d.succ_opt().unwrap();
    }
    // `d` is the first weekday after the 200 holidays.
    let cal = spec.build().unwrap();
    let tz = cal.time_zone();
    let due = cal
        .add_business_time(local(tz, "2026-01-02 16:00"), TimeDelta::hours(8))
        .unwrap();
    let expected = format!("{} 16:00", d.format("%Y-%m-%d"));
    assert_eq!(due, local(tz, &expected));
    // And the business time of the whole year: 261 weekdays − 200 holidays.
    let year = cal
        .business_time_between(local(tz, "2026-01-01 00:00"), local(tz, "2027-01-01 00:00"))
        .unwrap();
    assert_eq!(year, TimeDelta::hours(8 * (261 - 200)));
}

// --- Serde --------------------------------------------------------------

#[cfg(feature = "serde")]
#[test]
fn calendar_round_trips_through_its_spec() {
    let json = r#"{
        "time_zone": "America/New_York",
        "hours": {
            "monday": [{"start": "08:00", "end": "12:00"}, {"start": "13:00", "end": "24:00"}],
            "saturday": [{"start": "10:00", "end": "14:30"}]
        },
        "holidays": [
            {"date": "2026-07-03"},
            {"date": "2026-12-24", "closed": {"start": "12:00", "end": "24:00"}}
        ],
        "business_day_length": "08:00"
    }"#;
    let cal: Calendar = serde_json::from_str(json).unwrap();
    assert_eq!(cal.time_zone(), chrono_tz::America::New_York);
    assert_eq!(cal.business_day_length(), TimeDelta::hours(8));
    assert_eq!(
        cal.weekly_business_time(),
        TimeDelta::minutes(15 * 60 + 270)
    );
    let back: Calendar = serde_json::from_str(&serde_json::to_string(&cal).unwrap()).unwrap();
    assert_eq!(back, cal);
}

#[cfg(feature = "serde")]
#[test]
fn deserialising_an_invalid_calendar_is_an_error() {
    let bad_zone =
        r#"{"time_zone": "Nowhere", "hours": {"monday": [{"start": "09:00", "end": "17:00"}]}}"#;
    let err = serde_json::from_str::<Calendar>(bad_zone).unwrap_err();
    assert!(err.to_string().contains("unknown time zone"), "{err}");
    let bad_time =
        r#"{"time_zone": "UTC", "hours": {"monday": [{"start": "09:00", "end": "25:00"}]}}"#;
    assert!(serde_json::from_str::<Calendar>(bad_time).is_err());
    let unknown_field = r#"{"time_zone": "UTC", "hours": {}, "weekends": true}"#;
    assert!(serde_json::from_str::<CalendarSpec>(unknown_field).is_err());
}

// --- The clock --------------------------------------------------------------

#[test]
fn business_time_between_is_signed() {
    let cal = Calendar::standard(chrono_tz::UTC);
    let (a, b) = (at("2026-01-12T10:00:00Z"), at("2026-01-12T12:30:00Z"));
    assert_eq!(
        cal.business_time_between(a, b).unwrap(),
        TimeDelta::minutes(150)
    );
    assert_eq!(
        cal.business_time_between(b, a).unwrap(),
        TimeDelta::minutes(-150)
    );
    assert_eq!(cal.business_time_between(a, a).unwrap(), TimeDelta::zero());
}

#[test]
fn sub_second_instants_count_exactly() {
    let cal = Calendar::standard(chrono_tz::UTC);
    let a = at("2026-01-12T16:59:59.250Z");
    let b = at("2026-01-13T09:00:00.500Z");
    assert_eq!(
        cal.business_time_between(a, b).unwrap(),
        TimeDelta::milliseconds(1250)
    );
    let due = cal
        .add_business_time(a, TimeDelta::milliseconds(1250))
        .unwrap();
    assert_eq!(due, b);
    // Filed outside business hours with a fraction: the fraction is not
    // business time.
    let due = cal
        .add_business_time(at("2026-01-12T07:00:00.7Z"), TimeDelta::hours(1))
        .unwrap();
    assert_eq!(due, at("2026-01-12T10:00:00Z"));
}

#[test]
fn zero_budget_is_due_at_once() {
    let cal = Calendar::standard(chrono_tz::UTC);
    let t = at("2026-01-10T07:00:00Z");
    assert_eq!(cal.add_business_time(t, TimeDelta::zero()).unwrap(), t);
    assert!(cal.add_business_time(t, TimeDelta::seconds(-1)).is_err());
}

#[test]
fn calendar_debug_shows_the_spec_not_the_index() {
    let cal = Calendar::standard(chrono_tz::Europe::Berlin);
    let debug = format!("{cal:?}");
    assert!(
        debug.starts_with("Calendar { time_zone: Europe/Berlin, hours: "),
        "{debug}"
    );
    assert!(
        debug.contains("holidays: [], business_day_length: "),
        "{debug}"
    );
    // The precomputed offset index stays out of logs.
    assert!(!debug.contains("irregular"), "{debug}");
}

#[test]
fn calendar_and_deadline_are_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<Calendar>();
    check::<CalendarSpec>();
    check::<Deadline>();
}

/// The calendar treats days after 2099 as one offset each zone keeps for
/// good; the compiled tz database must agree (a newer database listing
/// changes after 2099 would fail here, and such zones are then resolved day
/// by day).
#[test]
fn tz_database_has_no_offset_changes_after_2099() {
    use chrono::Offset;
    for tz in chrono_tz::TZ_VARIANTS {
        let offset = |y: i32, m: u32| {
            let t = NaiveDate::from_ymd_opt(y, m, 15)
                .unwrap()
                .and_hms_opt(12, 0, 0)
                .unwrap();
            tz.offset_from_utc_datetime(&t).fix()
        };
        let first = offset(2100, 1);
        for (y, m) in (2100..2103).flat_map(|y| (1..=12).map(move |m| (y, m))) {
            assert_eq!(offset(y, m), first, "{tz} {y}-{m}");
        }
    }
}

#[test]
fn far_future_deadlines_are_exact() {
    let cal = Calendar::standard(chrono_tz::America::New_York);
    let tz = cal.time_zone();
    // Friday 8999-12-27 16:00 (after 2099 New York keeps EST).
    let filed = local(tz, "8999-12-27 16:00");
    let due = cal.add_business_time(filed, TimeDelta::hours(8)).unwrap();
    assert_eq!(due, local(tz, "8999-12-30 16:00"));
    assert_eq!(due.to_rfc3339(), "8999-12-30T21:00:00+00:00");
}
