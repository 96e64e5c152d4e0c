//! The SLA rules: which clock, which budget, which due instant (RULES.md,
//! "SLA" and "Clock details").

use chrono::{DateTime, TimeDelta, TimeZone, Utc};
use chrono_tz::Tz;
use csp_support::*;

fn at(s: &str) -> DateTime<Utc> {
    s.parse().unwrap()
}

/// A local wall-clock time in `tz` (unambiguous) as UTC.
fn local(tz: Tz, s: &str) -> DateTime<Utc> {
    let naive = chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap();
    tz.from_local_datetime(&naive).single().unwrap().to_utc()
}

fn lang(s: &str) -> LanguageTag {
    s.parse().unwrap()
}

fn berlin() -> Calendar {
    Calendar::standard(chrono_tz::Europe::Berlin)
}

// --- SLA-NON-BREAK-FIX-ONE-BUSINESS-DAY: the worked examples -------------

#[test]
fn sla_non_break_fix_one_business_day_friday_16_to_monday_16() {
    let cal = berlin();
    let tz = cal.time_zone();
    // Friday 2026-01-09 16:00 → Monday 2026-01-12 16:00.
    let d = deadline(
        ProblemKind::Billing,
        Severity::C,
        &lang("de"),
        local(tz, "2026-01-09 16:00"),
        &cal,
    )
    .unwrap();
    assert_eq!(d.clock, Clock::OneBusinessDay);
    assert_eq!(d.budget(), TimeDelta::hours(8));
    assert_eq!(d.due_utc, local(tz, "2026-01-12 16:00"));
    assert_eq!(d.due_local.to_rfc3339(), "2026-01-12T16:00:00+01:00");
    assert!(d.rules.contains(RuleId::SlaNonBreakFixOneBusinessDay));
    assert!(!d.rules.contains(RuleId::SlaSeverityC));
}

#[test]
fn sla_non_break_fix_one_business_day_saturday_10_to_monday_17() {
    let cal = berlin();
    let tz = cal.time_zone();
    let d = deadline(
        ProblemKind::SubscriptionManagement,
        Severity::B,
        &lang("en"),
        local(tz, "2026-01-10 10:00"),
        &cal,
    )
    .unwrap();
    assert_eq!(d.clock, Clock::OneBusinessDay);
    assert_eq!(d.due_utc, local(tz, "2026-01-12 17:00"));
}

#[test]
fn sla_non_break_fix_one_business_day_length_is_the_longest_weekday() {
    // Friday 09:00–13:00 does not shorten the business day: still 8 h.
    let mut spec = CalendarSpec::standard("Europe/Berlin");
    spec.hours.friday = vec!["09:00-13:00".parse_interval()];
    let cal = spec.build().unwrap();
    assert_eq!(cal.business_day_length(), TimeDelta::hours(8));
    let tz = cal.time_zone();
    // Friday 12:00: 1 h on Friday, 7 h on Monday → Monday 16:00.
    let d = deadline(
        ProblemKind::Billing,
        Severity::A,
        &lang("de"),
        local(tz, "2026-01-09 12:00"),
        &cal,
    )
    .unwrap();
    assert_eq!(d.due_utc, local(tz, "2026-01-12 16:00"));
}

#[test]
fn sla_non_break_fix_one_business_day_length_set_on_the_calendar() {
    let mut spec = CalendarSpec::standard("Europe/Berlin");
    spec.business_day_length = Some("04:00".parse().unwrap());
    let cal = spec.build().unwrap();
    let tz = cal.time_zone();
    let d = deadline(
        ProblemKind::Billing,
        Severity::A,
        &lang("de"),
        local(tz, "2026-01-09 16:00"),
        &cal,
    )
    .unwrap();
    assert_eq!(d.budget(), TimeDelta::hours(4));
    assert_eq!(d.due_utc, local(tz, "2026-01-12 12:00"));
}

#[test]
fn sla_non_break_fix_one_business_day_severity_and_language_do_not_change_it() {
    let cal = berlin();
    let filed = local(cal.time_zone(), "2026-01-09 16:00");
    let reference = deadline(ProblemKind::Billing, Severity::C, &lang("de"), filed, &cal).unwrap();
    for severity in [Severity::A, Severity::B, Severity::C] {
        for l in ["en", "en-US", "de", "ja", "nl-BE"] {
            let d = deadline(ProblemKind::Billing, severity, &lang(l), filed, &cal).unwrap();
            assert_eq!(d.due_utc, reference.due_utc, "{severity} {l}");
            assert_eq!(d.clock, Clock::OneBusinessDay);
        }
    }
}

#[test]
fn sla_non_break_fix_one_business_day_covers_dap_disputes_and_fraud() {
    let cal = berlin();
    let filed = local(cal.time_zone(), "2026-01-10 10:00");
    for problem in [ProblemKind::BillingDispute, ProblemKind::SuspectedFraud] {
        let d = deadline(problem, Severity::A, &lang("ru"), filed, &cal).unwrap();
        assert_eq!(d.clock, Clock::OneBusinessDay);
        assert_eq!(d.due_utc, local(cal.time_zone(), "2026-01-12 17:00"));
    }
}

// --- SLA-SEVERITY-* and SLA-ENGLISH-24X7 ---------------------------------

#[test]
fn sla_english_24x7_budget_is_wall_clock_time() {
    let cal = berlin();
    // Saturday 23:00 UTC: no business hours matter.
    let filed = at("2026-01-10T23:00:00Z");
    for (severity, hours, rule) in [
        (Severity::A, 2, RuleId::SlaSeverityA),
        (Severity::B, 4, RuleId::SlaSeverityB),
        (Severity::C, 8, RuleId::SlaSeverityC),
    ] {
        let d = deadline(
            ProblemKind::Technical,
            severity,
            &lang("en-GB"),
            filed,
            &cal,
        )
        .unwrap();
        assert_eq!(d.clock, Clock::AroundTheClock);
        assert_eq!(d.due_utc, filed + TimeDelta::hours(hours));
        assert_eq!(d.budget(), TimeDelta::hours(hours));
        assert!(d.rules.contains(rule));
        assert!(d.rules.contains(RuleId::SlaEnglish24x7));
        assert_eq!(d.budget_basis, Basis::Stated);
    }
}

#[test]
fn sla_english_24x7_keeps_sub_second_precision() {
    let cal = berlin();
    let filed = at("2026-01-10T23:00:00.123456789Z");
    let d = deadline(
        ProblemKind::Technical,
        Severity::A,
        &lang("en"),
        filed,
        &cal,
    )
    .unwrap();
    assert_eq!(d.due_utc, filed + TimeDelta::hours(2));
}

#[test]
fn sla_english_24x7_any_en_tag_is_english() {
    for tag in ["en", "en-US", "EN-gb", "en-Latn-IN", "en-u-ca-gregory"] {
        assert!(lang(tag).is_english(), "{tag}");
    }
    for tag in ["de", "ja-JP", "eng", "nl"] {
        assert!(!lang(tag).is_english(), "{tag}");
    }
}

#[test]
fn sla_language_tag_malformed_is_an_error_not_local() {
    for tag in ["", "e", "en_GB_", "not a tag", "-en", "und"] {
        assert!(tag.parse::<LanguageTag>().is_err(), "{tag:?}");
    }
}

// --- SLA-LOCAL-LANGUAGE-BUSINESS-HOURS ------------------------------------

#[test]
fn sla_local_language_business_hours_counts_business_time_only() {
    let cal = berlin();
    let tz = cal.time_zone();
    // Friday 16:00, severity A (2 h), German: 1 h Friday + 1 h Monday.
    let d = deadline(
        ProblemKind::Technical,
        Severity::A,
        &lang("de-AT"),
        local(tz, "2026-01-09 16:00"),
        &cal,
    )
    .unwrap();
    assert_eq!(d.clock, Clock::BusinessHours);
    assert_eq!(d.due_utc, local(tz, "2026-01-12 10:00"));
    assert!(d.rules.contains(RuleId::SlaLocalLanguageBusinessHours));
    assert!(d.rules.contains(RuleId::SlaSeverityA));
    assert!(!d.rules.contains(RuleId::SlaEnglish24x7));
    assert_eq!(d.budget_basis, Basis::Stated);
}

#[test]
fn sla_local_language_business_hours_filed_outside_hours_starts_at_opening() {
    let cal = berlin();
    let tz = cal.time_zone();
    let d = deadline(
        ProblemKind::Technical,
        Severity::C,
        &lang("ja"),
        local(tz, "2026-01-13 06:00"),
        &cal,
    )
    .unwrap();
    assert_eq!(d.due_utc, local(tz, "2026-01-13 17:00"));
}

#[test]
fn sla_local_language_business_hours_across_the_berlin_spring_change() {
    // Friday 2026-03-27 16:00 CET; the clocks change on Sunday 29 March;
    // 1 h Friday + 7 h Monday → Monday 16:00 CEST.
    let cal = berlin();
    let d = deadline(
        ProblemKind::Technical,
        Severity::C,
        &lang("de"),
        at("2026-03-27T15:00:00Z"),
        &cal,
    )
    .unwrap();
    assert_eq!(d.due_local.to_rfc3339(), "2026-03-30T16:00:00+02:00");
    assert_eq!(d.due_utc, at("2026-03-30T14:00:00Z"));
}

// --- basis and SLA-PRIORITY -----------------------------------------------

#[test]
fn sla_deadline_basis_is_interpreted_for_every_clock() {
    let cal = berlin();
    let filed = at("2026-01-09T15:00:00Z");
    for (problem, l, clock, budget_basis) in [
        (
            ProblemKind::Technical,
            "en",
            Clock::AroundTheClock,
            Basis::Stated,
        ),
        (
            ProblemKind::Technical,
            "de",
            Clock::BusinessHours,
            Basis::Stated,
        ),
        (
            ProblemKind::Billing,
            "en",
            Clock::OneBusinessDay,
            Basis::Interpreted,
        ),
    ] {
        let d = deadline(problem, Severity::B, &lang(l), filed, &cal).unwrap();
        assert_eq!(d.clock, clock);
        assert_eq!(d.basis, Basis::Interpreted, "{clock}");
        assert_eq!(d.budget_basis, budget_basis, "{clock}");
    }
}

#[test]
fn sla_priority_is_cited_and_changes_no_instant() {
    let cal = berlin();
    let tz = cal.time_zone();
    let filed = local(tz, "2026-01-09 16:00");
    let d = deadline(
        ProblemKind::Technical,
        Severity::A,
        &lang("de"),
        filed,
        &cal,
    )
    .unwrap();
    // What SLA-PRIORITY adds: the citation and the flag.
    assert!(d.rules.contains(RuleId::SlaPriority));
    assert!(d.priority_expected);
    // What it does not: the instant is the plain 2-business-hour answer,
    // and the basis stays interpreted.
    assert_eq!(
        d.due_utc,
        cal.add_business_time(filed, TimeDelta::hours(2)).unwrap()
    );
    assert_eq!(d.basis, Basis::Interpreted);
    assert_eq!(d.rules.len(), 3);
}

/// Every CSP deadline cites SLA-PRIORITY, and priority may be expected at
/// every severity (the seeds tie it to none), in every edition, on every
/// clock; the own tenant gets no CSP deadline.
#[test]
fn sla_priority_on_every_csp_deadline() {
    let cal = berlin();
    for &edition in Edition::ALL {
        for severity in [Severity::A, Severity::B, Severity::C] {
            for problem in [ProblemKind::Technical, ProblemKind::Billing] {
                for l in ["en", "de"] {
                    let mut r = samples::direct_partner_office365();
                    r.edition = edition;
                    r.severity = severity;
                    r.problem = problem;
                    r.language = lang(l);
                    if let Tenant::Customer(c) = &mut r.tenant {
                        c.delegated_admin = true;
                    }
                    let a = assess_with_calendar(&r, &cal).unwrap();
                    assert_eq!(a.outcome(), Outcome::Allowed);
                    let d = a.deadline.expect("a CSP deadline");
                    assert!(
                        d.rules.contains(RuleId::SlaPriority),
                        "{edition} {severity}"
                    );
                    assert!(d.priority_expected, "{edition} {severity} {problem} {l}");
                }
            }
        }
    }
    let a = assess_with_calendar(&samples::own_tenant_azure(), &cal).unwrap();
    assert_eq!(a.outcome(), Outcome::Allowed);
    assert_eq!(a.deadline, None);
    // Stated in every edition: the Dutch and Italian seeds say it too.
    for &e in Edition::ALL {
        assert_eq!(RuleId::SlaPriority.rule().basis(e), Some(Basis::Stated));
    }
    let seeds: Vec<Seed> = RuleId::SlaPriority
        .rule()
        .citations_in(Edition::Gdap2025)
        .map(|c| c.seed)
        .collect();
    assert_eq!(seeds, [Seed::Dutch, Seed::Italian]);
}

// --- Clock details: overdue, remaining ------------------------------------

#[test]
fn clock_overdue_only_strictly_after_the_due_instant() {
    let cal = berlin();
    let d = deadline(
        ProblemKind::Technical,
        Severity::A,
        &lang("en"),
        at("2026-01-12T10:00:00Z"),
        &cal,
    )
    .unwrap();
    assert!(!d.is_overdue_at(d.due_utc - TimeDelta::nanoseconds(1)));
    assert!(!d.is_overdue_at(d.due_utc));
    assert!(d.is_overdue_at(d.due_utc + TimeDelta::nanoseconds(1)));
    // A due instant with a fraction of a second is compared exactly too.
    let d = deadline(
        ProblemKind::Technical,
        Severity::A,
        &lang("en"),
        at("2026-01-12T10:00:00.123456789Z"),
        &cal,
    )
    .unwrap();
    assert_eq!(d.due_utc, at("2026-01-12T12:00:00.123456789Z"));
    assert!(!d.is_overdue_at(d.due_utc - TimeDelta::nanoseconds(1)));
    assert!(!d.is_overdue_at(d.due_utc));
    assert!(d.is_overdue_at(d.due_utc + TimeDelta::nanoseconds(1)));
}

#[test]
fn clock_remaining_is_wall_clock_on_24x7() {
    let cal = berlin();
    let d = deadline(
        ProblemKind::Technical,
        Severity::C,
        &lang("en"),
        at("2026-01-10T10:00:00Z"),
        &cal,
    )
    .unwrap();
    let now = at("2026-01-10T13:00:00Z"); // Saturday: no business hours
    assert_eq!(d.remaining_at(now, &cal).unwrap(), TimeDelta::hours(5));
    assert_eq!(d.remaining_at(d.due_utc, &cal).unwrap(), TimeDelta::zero());
    assert_eq!(
        d.remaining_at(d.due_utc + TimeDelta::hours(1), &cal)
            .unwrap(),
        TimeDelta::hours(-1)
    );
}

#[test]
fn clock_remaining_is_business_time_on_business_clocks() {
    let cal = berlin();
    let tz = cal.time_zone();
    let d = deadline(
        ProblemKind::Technical,
        Severity::B,
        &lang("de"),
        local(tz, "2026-01-09 16:00"),
        &cal,
    )
    .unwrap();
    assert_eq!(d.due_utc, local(tz, "2026-01-12 12:00"));
    // Saturday noon: 3 business hours left (none run at the weekend).
    let sat = local(tz, "2026-01-10 12:00");
    assert_eq!(d.remaining_at(sat, &cal).unwrap(), TimeDelta::hours(3));
    assert!(!d.is_overdue_at(sat));
    // Monday 18:00: overdue, by 5 business hours (12:00–17:00).
    let late = local(tz, "2026-01-12 18:00");
    assert!(d.is_overdue_at(late));
    assert_eq!(d.remaining_at(late, &cal).unwrap(), TimeDelta::hours(-5));
}

#[test]
fn clock_due_at_an_interval_end_is_that_end() {
    // 8 h from Monday 09:00 is Monday 17:00, not Tuesday 09:00.
    let cal = berlin();
    let tz = cal.time_zone();
    let due = cal
        .add_business_time(local(tz, "2026-01-12 09:00"), TimeDelta::hours(8))
        .unwrap();
    assert_eq!(due, local(tz, "2026-01-12 17:00"));
}

#[test]
fn clock_24_00_end_is_the_next_midnight() {
    let mut spec = CalendarSpec::standard("Asia/Tokyo");
    spec.hours = WeeklyHours::default();
    spec.hours.monday = vec!["20:00-24:00".parse_interval()];
    let cal = spec.build().unwrap();
    assert_eq!(cal.business_day_length(), TimeDelta::hours(4));
    let tz = cal.time_zone();
    let due = cal
        .add_business_time(local(tz, "2026-01-12 19:00"), TimeDelta::hours(4))
        .unwrap();
    assert_eq!(due, local(tz, "2026-01-13 00:00"));
}

// --- DST: Europe/Berlin, America/New_York, Asia/Tokyo ---------------------

fn all_day(zone: &str) -> Calendar {
    let iv = "00:00-24:00".parse_interval();
    let mut spec = CalendarSpec::standard(zone);
    for wd in [
        chrono::Weekday::Mon,
        chrono::Weekday::Tue,
        chrono::Weekday::Wed,
        chrono::Weekday::Thu,
        chrono::Weekday::Fri,
        chrono::Weekday::Sat,
        chrono::Weekday::Sun,
    ] {
        *spec.hours.on_mut(wd) = vec![iv];
    }
    spec.build().unwrap()
}

fn sunday_only(zone: &str, iv: &str) -> Calendar {
    let mut spec = CalendarSpec::standard(zone);
    spec.hours = WeeklyHours::default();
    spec.hours.sunday = vec![iv.parse_interval()];
    spec.build().unwrap()
}

#[test]
fn dst_berlin_spring_forward_day_has_23_real_hours() {
    let cal = all_day("Europe/Berlin");
    let tz = cal.time_zone();
    let t = cal
        .business_time_between(local(tz, "2026-03-29 00:00"), local(tz, "2026-03-30 00:00"))
        .unwrap();
    assert_eq!(t, TimeDelta::hours(23));
}

#[test]
fn dst_berlin_fall_back_day_has_25_real_hours() {
    let cal = all_day("Europe/Berlin");
    let tz = cal.time_zone();
    let t = cal
        .business_time_between(local(tz, "2026-10-25 00:00"), local(tz, "2026-10-26 00:00"))
        .unwrap();
    assert_eq!(t, TimeDelta::hours(25));
    // And a deadline across it: 24 business hours from Sunday 00:00 end at
    // 23:00 local, one hour early by the wall clock.
    let due = cal
        .add_business_time(local(tz, "2026-10-25 00:00"), TimeDelta::hours(24))
        .unwrap();
    assert_eq!(due, local(tz, "2026-10-25 23:00"));
}

#[test]
fn dst_berlin_gap_inside_an_interval_counts_nothing() {
    // Sunday 00:00–06:00 on 29 March 2026: 02:00–03:00 does not exist.
    let cal = sunday_only("Europe/Berlin", "00:00-06:00");
    let t = cal
        .business_time_between(at("2026-03-28T00:00:00Z"), at("2026-03-30T00:00:00Z"))
        .unwrap();
    assert_eq!(t, TimeDelta::hours(5));
}

#[test]
fn dst_berlin_start_in_gap_moves_to_the_first_instant_after_it() {
    // 02:30–05:00 starts at 03:00 CEST (01:00 UTC): 2 h.
    let cal = sunday_only("Europe/Berlin", "02:30-05:00");
    let filed = at("2026-03-28T12:00:00Z");
    let due = cal.add_business_time(filed, TimeDelta::minutes(1)).unwrap();
    assert_eq!(due, at("2026-03-29T01:01:00Z"));
    let t = cal
        .business_time_between(filed, at("2026-03-30T00:00:00Z"))
        .unwrap();
    assert_eq!(t, TimeDelta::hours(2));
}

#[test]
fn dst_berlin_end_in_gap_moves_to_the_first_instant_after_it() {
    // 01:00–02:30 ends at 03:00 CEST = 01:00 UTC: 1 h (01:00–02:00 CET).
    let cal = sunday_only("Europe/Berlin", "01:00-02:30");
    let t = cal
        .business_time_between(at("2026-03-28T12:00:00Z"), at("2026-03-30T00:00:00Z"))
        .unwrap();
    assert_eq!(t, TimeDelta::hours(1));
}

#[test]
fn dst_berlin_interval_inside_gap_is_empty() {
    let cal = sunday_only("Europe/Berlin", "02:10-02:50");
    let t = cal
        .business_time_between(at("2026-03-28T12:00:00Z"), at("2026-03-30T00:00:00Z"))
        .unwrap();
    assert_eq!(t, TimeDelta::zero());
    // The next Sunday has its 40 minutes.
    let due = cal
        .add_business_time(at("2026-03-28T12:00:00Z"), TimeDelta::minutes(40))
        .unwrap();
    assert_eq!(due, at("2026-04-05T00:50:00Z"));
}

#[test]
fn dst_berlin_start_in_fold_takes_the_earlier_instant() {
    // 25 Oct 2026: 03:00 CEST → 02:00 CET. 02:30–04:00 starts at 02:30 CEST
    // (00:30 UTC) and ends at 04:00 CET (03:00 UTC): 2.5 h.
    let cal = sunday_only("Europe/Berlin", "02:30-04:00");
    let t = cal
        .business_time_between(at("2026-10-24T12:00:00Z"), at("2026-10-26T00:00:00Z"))
        .unwrap();
    assert_eq!(t, TimeDelta::minutes(150));
    let due = cal
        .add_business_time(at("2026-10-24T12:00:00Z"), TimeDelta::minutes(1))
        .unwrap();
    assert_eq!(due, at("2026-10-25T00:31:00Z"));
}

#[test]
fn dst_berlin_end_in_fold_takes_the_later_instant() {
    // 00:00–02:30 ends at 02:30 CET (01:30 UTC); 00:00 CEST is 22:00 UTC: 3.5 h.
    let cal = sunday_only("Europe/Berlin", "00:00-02:30");
    let t = cal
        .business_time_between(at("2026-10-24T12:00:00Z"), at("2026-10-26T00:00:00Z"))
        .unwrap();
    assert_eq!(t, TimeDelta::minutes(210));
}

#[test]
fn dst_berlin_intervals_overlapping_in_a_fold_count_once() {
    // 25 Oct 2026: 01:00–02:15 ends at 02:15 CET (01:15 UTC, the later
    // instant); 02:30–05:00 starts at 02:30 CEST (00:30 UTC, the earlier).
    // They overlap for 45 minutes, which count once: 23:00–04:00 UTC = 5 h.
    let mut spec = CalendarSpec::standard("Europe/Berlin");
    spec.hours = WeeklyHours::default();
    spec.hours.sunday = vec![
        "01:00-02:15".parse_interval(),
        "02:30-05:00".parse_interval(),
    ];
    let cal = spec.build().unwrap();
    let (from, to) = (at("2026-10-24T12:00:00Z"), at("2026-10-26T00:00:00Z"));
    assert_eq!(
        cal.business_time_between(from, to).unwrap(),
        TimeDelta::hours(5)
    );
    let due = cal.add_business_time(from, TimeDelta::hours(5)).unwrap();
    assert_eq!(due, at("2026-10-25T04:00:00Z"));
    let due = cal
        .add_business_time(from, TimeDelta::minutes(150))
        .unwrap();
    assert_eq!(due, at("2026-10-25T01:30:00Z"));
}

#[test]
fn dst_santiago_changes_at_midnight() {
    // Chile: 5 April 2026 00:00 −03 → 4 April 23:00 −04 (a fold at the end
    // of Saturday); 6 September 2026 00:00 −04 → 01:00 −03 (a gap at the
    // start of Sunday).
    let cal = all_day("America/Santiago");
    let saturday = cal
        .business_time_between(at("2026-04-04T03:00:00Z"), at("2026-04-05T04:00:00Z"))
        .unwrap();
    assert_eq!(saturday, TimeDelta::hours(25));
    // Sunday 6 September starts at 01:00 −03 (04:00 UTC), the first instant
    // after the gap, and has 23 hours.
    let sunday = sunday_only("America/Santiago", "00:00-24:00");
    let due = sunday
        .add_business_time(at("2026-09-01T00:00:00Z"), TimeDelta::seconds(1))
        .unwrap();
    assert_eq!(due, at("2026-09-06T04:00:01Z"));
    let t = sunday
        .business_time_between(at("2026-09-01T00:00:00Z"), at("2026-09-08T00:00:00Z"))
        .unwrap();
    assert_eq!(t, TimeDelta::hours(23));
}

#[test]
fn dst_new_york_spring_forward_inside_business_day() {
    // 8 March 2026, 02:00 EST → 03:00 EDT. Sunday 00:00–08:00 is 7 h.
    let cal = sunday_only("America/New_York", "00:00-08:00");
    let t = cal
        .business_time_between(at("2026-03-07T12:00:00Z"), at("2026-03-09T12:00:00Z"))
        .unwrap();
    assert_eq!(t, TimeDelta::hours(7));
    // Budget of 7 h from before: due at 08:00 EDT = 12:00 UTC.
    let due = cal
        .add_business_time(at("2026-03-07T12:00:00Z"), TimeDelta::hours(7))
        .unwrap();
    assert_eq!(due, at("2026-03-08T12:00:00Z"));
}

#[test]
fn dst_new_york_fall_back_inside_business_day() {
    // 1 Nov 2026, 02:00 EDT → 01:00 EST. Sunday 00:00–08:00 is 9 h.
    let cal = sunday_only("America/New_York", "00:00-08:00");
    let t = cal
        .business_time_between(at("2026-10-31T12:00:00Z"), at("2026-11-02T12:00:00Z"))
        .unwrap();
    assert_eq!(t, TimeDelta::hours(9));
    // Start in the fold (01:30) takes the earlier instant (05:30 UTC).
    let cal = sunday_only("America/New_York", "01:30-03:00");
    let t = cal
        .business_time_between(at("2026-10-31T12:00:00Z"), at("2026-11-02T12:00:00Z"))
        .unwrap();
    assert_eq!(t, TimeDelta::minutes(150));
}

#[test]
fn dst_new_york_start_in_gap() {
    // 02:30–04:00 on 8 March 2026 starts at 03:00 EDT (07:00 UTC): 1 h.
    let cal = sunday_only("America/New_York", "02:30-04:00");
    let due = cal
        .add_business_time(at("2026-03-07T12:00:00Z"), TimeDelta::minutes(60))
        .unwrap();
    assert_eq!(due, at("2026-03-08T08:00:00Z"));
}

#[test]
fn dst_tokyo_has_none_on_the_western_change_dates() {
    let cal = all_day("Asia/Tokyo");
    let tz = cal.time_zone();
    for day in ["2026-03-08", "2026-03-29", "2026-10-25", "2026-11-01"] {
        let from = local(tz, &format!("{day} 00:00"));
        let to = from + TimeDelta::days(1);
        assert_eq!(
            cal.business_time_between(from, to).unwrap(),
            TimeDelta::hours(24),
            "{day}"
        );
    }
    // A standard Tokyo deadline across a Western change weekend is plain
    // arithmetic: Friday 16:00 JST + 8 business hours = Monday 16:00 JST.
    let cal = Calendar::standard(chrono_tz::Asia::Tokyo);
    let d = deadline(
        ProblemKind::Billing,
        Severity::A,
        &lang("ja"),
        local(tz, "2026-03-27 16:00"),
        &cal,
    )
    .unwrap();
    assert_eq!(d.due_local.to_rfc3339(), "2026-03-30T16:00:00+09:00");
}

// --- Range -------------------------------------------------------------

#[test]
fn deadline_beyond_the_representable_range_is_an_error() {
    let cal = berlin();
    let filed = at("9999-12-31T12:00:00Z"); // Friday
    assert_eq!(
        deadline(ProblemKind::Billing, Severity::A, &lang("de"), filed, &cal),
        Err(Error::DeadlineOutOfRange)
    );
    let tokyo = Calendar::standard(chrono_tz::Asia::Tokyo);
    assert_eq!(
        deadline(
            ProblemKind::Technical,
            Severity::C,
            &lang("en"),
            at("9999-12-31T12:00:00Z"),
            &tokyo
        ),
        Err(Error::DeadlineOutOfRange)
    );
}

#[test]
fn deadlines_reach_the_first_and_last_days_of_the_range() {
    let utc = Calendar::standard(chrono_tz::UTC);
    // 0001-01-01 was a Monday, 9999-12-31 a Friday.
    assert_eq!(
        utc.add_business_time(at("0001-01-01T10:00:00Z"), TimeDelta::hours(1)),
        Ok(at("0001-01-01T11:00:00Z"))
    );
    assert_eq!(
        utc.add_business_time(at("9999-12-30T16:00:00Z"), TimeDelta::hours(2)),
        Ok(at("9999-12-31T10:00:00Z"))
    );
    assert_eq!(
        utc.add_business_time(at("9999-12-31T16:00:00Z"), TimeDelta::hours(2)),
        Err(Error::DeadlineOutOfRange)
    );
    // New York ran 4:56 behind UTC then: at 02:00 UTC on 0001-01-01 its
    // local date is still in year 0, by 06:00 it is not.
    let ny = Calendar::standard(chrono_tz::America::New_York);
    assert_eq!(
        ny.add_business_time(at("0001-01-01T02:00:00Z"), TimeDelta::hours(1)),
        Err(Error::DeadlineOutOfRange)
    );
    assert!(
        ny.add_business_time(at("0001-01-01T06:00:00Z"), TimeDelta::hours(1))
            .is_ok()
    );
}

#[test]
fn filing_before_year_1_is_an_error() {
    let cal = berlin();
    let filed = DateTime::from_timestamp(-62_200_000_000, 0).unwrap(); // year 0
    for (problem, l) in [
        (ProblemKind::Technical, "en"),
        (ProblemKind::Technical, "de"),
        (ProblemKind::Billing, "de"),
    ] {
        assert_eq!(
            deadline(problem, Severity::A, &lang(l), filed, &cal),
            Err(Error::DeadlineOutOfRange),
            "{problem} {l}"
        );
    }
    assert!(
        cal.business_time_between(filed, at("2026-01-01T00:00:00Z"))
            .is_err()
    );
}

#[test]
fn deadline_far_outside_the_precomputed_window_is_exact() {
    // Before 1970 and after 2099 every day is resolved through the zone.
    let cal = berlin();
    for (filed, due) in [
        ("1950-06-02T14:00:00Z", "1950-06-05T14:00:00Z"),
        ("2300-06-01T14:00:00Z", "2300-06-04T14:00:00Z"),
    ] {
        let d = cal
            .add_business_time(at(filed), TimeDelta::hours(8))
            .unwrap();
        assert_eq!(d, at(due), "{filed}");
    }
}

// --- Assessment ----------------------------------------------------------

#[test]
fn assess_with_calendar_gives_customer_requests_a_deadline() {
    let cal = berlin();
    let req = samples::direct_partner_office365();
    let a = assess_with_calendar(&req, &cal).unwrap();
    assert_eq!(a.outcome(), Outcome::Allowed);
    let d = a.deadline.unwrap();
    assert_eq!(d.clock, Clock::AroundTheClock);
    assert_eq!(
        d,
        deadline(req.problem, req.severity, &req.language, req.filed_at, &cal).unwrap()
    );
    assert!(a.all_rules().contains(RuleId::SlaPriority));
    assert_eq!(assess(&req).deadline, None);
}

#[test]
fn own_not_csp_entitlement_own_tenant_requests_get_no_deadline() {
    let a = assess_with_calendar(&samples::own_tenant_azure(), &berlin()).unwrap();
    assert_eq!(a.outcome(), Outcome::Allowed);
    assert_eq!(a.deadline, None);
}

#[test]
fn assess_with_calendar_gives_denied_requests_no_deadline() {
    let a = assess_with_calendar(&samples::reseller_azure_gdap_2025(), &berlin()).unwrap();
    assert_eq!(a.outcome(), Outcome::Denied);
    assert_eq!(a.deadline, None);
}

#[cfg(feature = "serde")]
#[test]
fn deadline_serialises_due_local_as_rfc3339_with_offset() {
    let cal = berlin();
    let d = deadline(
        ProblemKind::Billing,
        Severity::A,
        &lang("de"),
        at("2026-07-10T14:00:00Z"),
        &cal,
    )
    .unwrap();
    let json = serde_json::to_value(d).unwrap();
    assert_eq!(json["due_local"], "2026-07-13T16:00:00+02:00");
    assert_eq!(json["clock"], "one_business_day");
    assert_eq!(json["time_zone"], "Europe/Berlin");
    assert_eq!(json["basis"], "interpreted");
    let back: Deadline = serde_json::from_value(json).unwrap();
    assert_eq!(back, d);
}

trait ParseInterval {
    fn parse_interval(&self) -> Interval;
}

impl ParseInterval for str {
    fn parse_interval(&self) -> Interval {
        let (a, b) = self.split_once('-').unwrap();
        Interval::new(a.parse().unwrap(), b.parse().unwrap()).unwrap()
    }
}

// --- SLA-SEVERITY-*: one budget per level, on both break-fix clocks -------

fn check_severity(severity: Severity, hours: i64, rule: RuleId) {
    let cal = berlin();
    // Monday 09:00 Berlin: business hours run until 17:00, so the English
    // and the local clock agree for budgets within the day.
    let filed = local(cal.time_zone(), "2026-01-12 09:00");
    for tag in ["en", "de"] {
        let d = deadline(ProblemKind::Technical, severity, &lang(tag), filed, &cal).unwrap();
        assert_eq!(d.budget(), TimeDelta::hours(hours), "{tag}");
        assert_eq!(d.due_utc, filed + TimeDelta::hours(hours), "{tag}");
        for other in [
            RuleId::SlaSeverityA,
            RuleId::SlaSeverityB,
            RuleId::SlaSeverityC,
        ] {
            assert_eq!(d.rules.contains(other), other == rule, "{tag} {other}");
        }
    }
    // Not break-fix: one business day, whatever the severity; no severity rule.
    let d = deadline(ProblemKind::Billing, severity, &lang("en"), filed, &cal).unwrap();
    assert!(!d.rules.contains(rule));
    assert_eq!(d.budget(), TimeDelta::hours(8));
}

#[test]
fn sla_severity_a() {
    check_severity(Severity::A, 2, RuleId::SlaSeverityA);
}

#[test]
fn sla_severity_b() {
    check_severity(Severity::B, 4, RuleId::SlaSeverityB);
}

#[test]
fn sla_severity_c() {
    check_severity(Severity::C, 8, RuleId::SlaSeverityC);
}

/// Long budgets jump over whole runs of days with one UTC offset; a budget
/// that ends exactly on a run's edge (every local midnight around the Berlin
/// changes of 2027 and 2028) must land on that edge. On an all-day calendar
/// business time is real elapsed time, so the expected instant is plain
/// arithmetic.
#[test]
fn clock_budgets_ending_on_an_offset_run_edge_land_on_it() {
    let cal = all_day("Europe/Berlin");
    let tz = cal.time_zone();
    let start = local(tz, "2026-01-05 00:00");
    for day in [
        "2027-03-26",
        "2027-03-27",
        "2027-03-28",
        "2027-03-29",
        "2027-10-30",
        "2027-10-31",
        "2027-11-01",
        "2028-03-26",
        "2028-03-27",
    ] {
        let edge = local(tz, &format!("{day} 00:00"));
        for nudge in [-1i64, 0, 1] {
            let target = edge + TimeDelta::seconds(nudge);
            let budget = target - start;
            assert_eq!(
                cal.add_business_time(start, budget).unwrap(),
                target,
                "{day} {nudge:+}"
            );
            assert_eq!(
                cal.business_time_between(start, target).unwrap(),
                budget,
                "{day} {nudge:+}"
            );
        }
    }
}
