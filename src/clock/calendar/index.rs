//! What a calendar precomputes and how a local day maps to UTC: the offset
//! changes of the zone, the stretches of regular days with the business time
//! before each, the positions of the holidays; the day-by-day resolution
//! of the clock details.

use super::*;

pub(super) fn offset_at(tz: Tz, utc: i64) -> Option<i64> {
    let t = DateTime::from_timestamp(utc, 0)?;
    Some(i64::from(
        tz.offset_from_utc_datetime(&t.naive_utc())
            .fix()
            .local_minus_utc(),
    ))
}

/// An offset change in the window and the local days it touches: `[from,
/// to)` with a one-day margin on each side. Changes whose days meet are
/// merged (`single` false, resolved through the zone).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Change {
    from: i64,
    to: i64,
    /// The UTC instant of the (single) change.
    pub(super) at: i64,
    /// The offset before it, seconds east of UTC.
    before: i64,
    /// The offset after it (after the last one, if merged).
    after: i64,
    single: bool,
}

/// The offset changes of the window and the offset at its start; `None`
/// if the zone could not be probed (then no day counts as regular).
/// `offset_at` gives a zone's offset (seconds east of UTC) at a UTC instant;
/// it is a parameter so that the index can be tested on made-up zones.
pub(super) fn offset_changes(offset_at: impl Fn(i64) -> Option<i64>) -> Option<(Vec<Change>, i64)> {
    let mut out: Vec<Change> = Vec::new();
    let mut t = WINDOW_START;
    let first = offset_at(t)?;
    let mut off = first;
    while t < WINDOW_END {
        let next = t.saturating_add(SCAN_STEP);
        if offset_at(next)? == off {
            t = next;
            continue;
        }
        // The first instant in (t, next] off `off`: a change. The scan goes
        // on from there, so a second change within the step is found too
        // (a change and its undoing within one step are not seen at all;
        // the tz database has no two changes within 5 days in the window).
        let (mut lo, mut hi) = (t, next);
        while hi.saturating_sub(lo) > 1 {
            let mid = lo.saturating_add(hi.saturating_sub(lo) / 2);
            if offset_at(mid)? == off {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        let new_off = offset_at(hi)?;
        let before = hi.saturating_add(off).div_euclid(DAY);
        let after = hi.saturating_add(new_off).div_euclid(DAY);
        let from = before.min(after).saturating_sub(1);
        let to = before.max(after).saturating_add(2);
        match out.last_mut() {
            Some(last) if from <= last.to => {
                last.to = last.to.max(to);
                last.after = new_off;
                last.single = false;
            }
            _ => out.push(Change {
                from,
                to,
                at: hi,
                before: off,
                after: new_off,
                single: true,
            }),
        }
        t = hi;
        off = new_off;
    }
    Some((out, first))
}

/// The offset changes, the offset at 1970 and the end of the regular days.
pub(super) fn changes(tz: Tz) -> (Vec<Change>, i64, i64) {
    changes_by(|t| offset_at(tz, t))
}

/// [`changes`] of the zone whose offsets `offset_at` gives.
pub(super) fn changes_by(offset_at: impl Fn(i64) -> Option<i64> + Copy) -> (Vec<Change>, i64, i64) {
    match offset_changes(offset_at) {
        Some((changes, first)) => (changes, first, regular_end(offset_at)),
        None => (Vec::new(), 0, FIRST_REGULAR_DAY),
    }
}

/// Where the regular days end. The compiled tz database lists no offset
/// change after 2099 (its last is America/Adak, 2099-11-01), and past its
/// last change a zone keeps one offset for good; a zone that shows the same
/// offset in winter and summer of 2100 and 2101 and in 9999 is taken to be
/// fixed after the window. Any other zone is resolved day by day there.
pub(super) fn regular_end(offset_at: impl Fn(i64) -> Option<i64>) -> i64 {
    const HALF_YEAR: i64 = 182 * DAY;
    const YEAR_9999: i64 = 253_383_811_200; // 9999-06-01
    let samples = [
        WINDOW_END,
        WINDOW_END.saturating_add(HALF_YEAR),
        WINDOW_END.saturating_add(2 * HALF_YEAR),
        WINDOW_END.saturating_add(3 * HALF_YEAR),
        YEAR_9999,
    ];
    let first = offset_at(WINDOW_END);
    if first.is_some() && samples.iter().all(|s| offset_at(*s) == first) {
        MAX_DAY.saturating_add(1)
    } else {
        END_REGULAR_DAY
    }
}

impl Calendar {
    /// The mapping of `day`, reusing `cache` (the end of a regular stretch
    /// and its offset) where it applies; a regular day also fills `cache`.
    pub(super) fn mapping(&self, day: i64, cache: &mut Option<(i64, i64)>) -> Mapping {
        if let Some((end, off)) = *cache
            && day < end
        {
            return Mapping::Fixed(off);
        }
        if !(FIRST_REGULAR_DAY..self.regular_end).contains(&day) {
            return Mapping::Exact;
        }
        let i = self.irregular.partition_point(|c| c.to <= day);
        let next = self.irregular.get(i);
        match next {
            Some(c) if c.from <= day && c.single => Mapping::Change(c.at, c.before, c.after),
            Some(c) if c.from <= day => Mapping::Exact,
            _ => {
                let end = next.map_or(self.regular_end, |c| c.from);
                let off = match i.checked_sub(1).and_then(|p| self.irregular.get(p)) {
                    Some(prev) => prev.after,
                    None => self.first_offset,
                };
                *cache = Some((end, off));
                Mapping::Fixed(off)
            }
        }
    }

    /// The intervals of a local day: the holiday's, or the weekday's.
    pub(super) fn spans_of(&self, day: i64) -> &[Span] {
        self.spans_at(day, self.holiday_index(day))
    }

    /// [`Calendar::spans_of`] `day`, whose holiday index is `i`.
    pub(super) fn spans_at(&self, day: i64, i: usize) -> &[Span] {
        match self.holidays.get(i) {
            Some(h) if h.day == day => &h.spans,
            _ => self
                .week
                .get(weekday_index(day))
                .map_or(&[][..], Vec::as_slice),
        }
    }

    /// A local time of `day` as a UTC instant, per the clock details.
    pub(super) fn resolve(
        &self,
        day: i64,
        secs: u32,
        edge: Edge,
        mapping: Mapping,
    ) -> Result<i64, Error> {
        let local = day
            .checked_mul(DAY)
            .and_then(|d| d.checked_add(i64::from(secs)))
            .ok_or_else(out_of_range)?;
        match mapping {
            Mapping::Fixed(off) => return local.checked_sub(off).ok_or_else(out_of_range),
            Mapping::Change(at, before, after) => {
                let (lb, la) = (
                    at.checked_add(before).ok_or_else(out_of_range)?,
                    at.checked_add(after).ok_or_else(out_of_range)?,
                );
                let utc = if local < lb.min(la) {
                    local.checked_sub(before)
                } else if local >= lb.max(la) {
                    local.checked_sub(after)
                } else if la > lb {
                    // In the gap: the first instant after it.
                    Some(at)
                } else {
                    // In the fold: earlier as a start, later as an end.
                    match edge {
                        Edge::Start => local.checked_sub(before),
                        Edge::End => local.checked_sub(after),
                    }
                };
                return utc.ok_or_else(out_of_range);
            }
            Mapping::Exact => {}
        }
        let naive: NaiveDateTime = DateTime::from_timestamp(local, 0)
            .ok_or_else(out_of_range)?
            .naive_utc();
        match self.tz.from_local_datetime(&naive) {
            LocalResult::Single(t) => Ok(t.timestamp()),
            LocalResult::Ambiguous(early, late) => Ok(match edge {
                Edge::Start => early.timestamp(),
                Edge::End => late.timestamp(),
            }),
            LocalResult::None => GapInfo::new(&naive, &self.tz)
                .and_then(|g| g.end)
                .map(|t| t.timestamp())
                .ok_or_else(out_of_range),
        }
    }

    /// The UTC intervals of `day`, in order, each passed to `f`.
    pub(super) fn for_each_interval(
        &self,
        day: i64,
        mapping: Mapping,
        mut f: impl FnMut(i64, i64) -> Option<i64>,
    ) -> Result<Option<i64>, Error> {
        for span in self.spans_of(day) {
            let a = self.resolve(day, span.start, Edge::Start, mapping)?;
            let b = self.resolve(day, span.end, Edge::End, mapping)?;
            if let Some(x) = f(a, b) {
                return Ok(Some(x));
            }
        }
        Ok(None)
    }

    /// Nominal business seconds of the days `[from, to)`, no holidays.
    pub(super) fn nominal(&self, from: i64, to: i64) -> u64 {
        let n = to.saturating_sub(from).max(0);
        let weeks = u64::try_from(n / 7).unwrap_or(0);
        let rest = usize::try_from(n % 7).unwrap_or(0);
        let wd = weekday_index(from);
        let part = self
            .prefix
            .get(wd.saturating_add(rest))
            .copied()
            .unwrap_or(0)
            .saturating_sub(self.prefix.get(wd).copied().unwrap_or(0));
        weeks.saturating_mul(self.week_total).saturating_add(part)
    }

    /// Index of the first holiday on or after `day`.
    pub(super) fn holiday_index(&self, day: i64) -> usize {
        self.holidays.partition_point(|h| h.day < day)
    }

    /// Business seconds of `[from, to)` on regular days, holidays included;
    /// `i0` is `holiday_index(from)`, `i1` is `holiday_index(to)`.
    pub(super) fn business_days(&self, from: i64, to: i64, i0: usize, i1: usize) -> u64 {
        let lost = self
            .lost_prefix
            .get(i1)
            .copied()
            .unwrap_or(0)
            .saturating_sub(self.lost_prefix.get(i0).copied().unwrap_or(0));
        self.nominal(from, to).saturating_sub(lost)
    }

    /// Indexes the regular stretches of the window (see [`Stretch`]); built
    /// once per calendar. The irregular days between stretches (a few per
    /// offset change) are resolved here one by one, with the same clip
    /// to the running cursor as the day walks. Empty (no jumps, the walk
    /// alone) if a day could not be resolved.
    pub(super) fn index_stretches(&self) -> Vec<Stretch> {
        let mut out: Vec<Stretch> = Vec::new();
        let mut cum = 0u64;
        let mut cursor = i64::MIN;
        let mut day = FIRST_REGULAR_DAY;
        while day < self.regular_end {
            let mut cache = None;
            let mapping = self.mapping(day, &mut cache);
            if let Mapping::Fixed(off) = mapping {
                let to = cache.map_or(day.saturating_add(1), |c| c.0);
                let (i0, i1) = (self.holiday_index(day), self.holiday_index(to));
                let regular = self.business_days(day, to, i0, i1);
                let Some(utc) = day_start(day, off) else {
                    return Vec::new();
                };
                out.push(Stretch {
                    from: day,
                    utc,
                    to,
                    off,
                    cum,
                    regular,
                    holidays: (i0, i1),
                    pos: self.position(day, i0),
                });
                cum = cum.saturating_add(regular);
                // Where the walk's cursor stands after skipping the stretch.
                let Some(end) = day_start(to, off) else {
                    return Vec::new();
                };
                cursor = end;
                day = to;
                continue;
            }
            // Irregular days before the first stretch are not indexed (a
            // walk reaches the first stretch on its own).
            if !out.is_empty() {
                let walked = self.for_each_interval(day, mapping, |a, b| {
                    let a = a.max(cursor);
                    if b > a {
                        cum = cum.saturating_add(u64::try_from(b.saturating_sub(a)).unwrap_or(0));
                        cursor = b;
                    }
                    None
                });
                if walked.is_err() {
                    return Vec::new();
                }
            }
            day = day.saturating_add(1);
        }
        out
    }

    /// The stretch whose regular days hold the UTC second `t`, `t`'s local
    /// day and its second of that day; `None` outside the regular days.
    pub(super) fn regular_at(&self, t: i64) -> Option<(&Stretch, i64, u32)> {
        // Stretches begin (and end) in order in UTC too: between two of
        // them lie the days of an offset change, more than a day apart.
        let k = self
            .stretches
            .partition_point(|s| s.utc <= t)
            .checked_sub(1)?;
        let s = self.stretches.get(k)?;
        let local = t.checked_add(s.off)?;
        let day = local.div_euclid(DAY);
        let secs = u32::try_from(local.rem_euclid(DAY)).ok()?;
        (day < s.to).then_some((s, day, secs))
    }

    /// The coordinate of the UTC second `t` when it lies in a regular day:
    /// the indexed business time from the first stretch's start to `t`
    /// (the stretch's `cum`, the regular days before `t`'s, and the part of
    /// `t`'s day before it). The business time between two such seconds is
    /// the difference of their coordinates, and a deadline from one is the
    /// instant whose coordinate is the start's plus the budget.
    pub(super) fn coordinate(&self, t: i64) -> Option<u64> {
        let (s, day, secs) = self.regular_at(t)?;
        let i = self.holiday_index(day);
        let before: u64 = self
            .spans_at(day, i)
            .iter()
            .map(|sp| u64::from(secs.clamp(sp.start, sp.end).saturating_sub(sp.start)))
            .sum();
        let days = self.position(day, i).saturating_sub(s.pos);
        Some(s.cum.saturating_add(days).saturating_add(before))
    }

    /// The stretch whose regular days hold `day`, and the indexed business
    /// time before `day`.
    pub(super) fn stretch_at(&self, day: i64) -> Option<(usize, u64)> {
        let k = self
            .stretches
            .partition_point(|s| s.from <= day)
            .checked_sub(1)?;
        let s = self.stretches.get(k).filter(|s| day < s.to)?;
        let inside = self
            .position(day, self.holiday_index(day))
            .saturating_sub(s.pos);
        Some((k, s.cum.saturating_add(inside)))
    }

    /// For a walk that has consumed the regular days of `day`'s stretch
    /// with `left` business seconds still to go: the later stretch in which
    /// the budget runs out (in its regular days or the irregular days after
    /// it) and what is left at its start; `None` when it runs out in the
    /// irregular days right after `day`'s stretch (or the index does not
    /// cover `day`).
    pub(super) fn jump_due(&self, day: i64, left: u64) -> Option<(Stretch, u64)> {
        let k = self
            .stretches
            .partition_point(|s| s.from <= day)
            .checked_sub(1)?;
        let here = self.stretches.get(k).filter(|s| day < s.to)?;
        let target = here.cum.checked_add(here.regular)?.checked_add(left)?;
        // The last stretch that starts strictly before the target: the
        // budget is reached after its start, and no later than the next one.
        let j = self
            .stretches
            .partition_point(|s| s.cum < target)
            .checked_sub(1)
            .filter(|j| *j > k)?;
        let s = *self.stretches.get(j)?;
        Some((s, target.saturating_sub(s.cum)))
    }

    /// For a measuring walk at the regular `day` that may count regular
    /// days up to `limit`: the last stretch starting after `day`'s own and
    /// no later than `limit`, and the business time from `day` to its start.
    pub(super) fn jump_measure(&self, day: i64, limit: i64) -> Option<(Stretch, u64)> {
        let (k, before) = self.stretch_at(day)?;
        let m = self
            .stretches
            .partition_point(|s| s.from <= limit)
            .checked_sub(1)
            .filter(|m| *m > k)?;
        let s = *self.stretches.get(m)?;
        Some((s, s.cum.saturating_sub(before)))
    }

    /// The position of the start of `day`: the business time of the days
    /// from [`MIN_DAY`] to `day` on regular days, holidays included; `i` is
    /// `holiday_index(day)`. Differences of positions are
    /// [`Calendar::business_days`].
    pub(super) fn position(&self, day: i64, i: usize) -> u64 {
        self.nominal(MIN_DAY, day)
            .saturating_sub(self.lost_prefix.get(i).copied().unwrap_or(0))
    }

    /// The positions at the end of each holiday (see `holiday_ends`); built
    /// once per calendar.
    pub(super) fn index_holidays(&self) -> Vec<u64> {
        self.holidays
            .iter()
            .enumerate()
            .map(|(i, h)| self.position(h.day.saturating_add(1), i.saturating_add(1)))
            .collect()
    }
}

/// The offset index behind the fast paths. Many of its mistakes would cost
/// only speed, not correctness (a day the index does not know is resolved
/// through the zone), so the public tests cannot see them; these can.
#[cfg(test)]
mod tests {
    use super::*;

    fn utc(s: &str) -> i64 {
        s.parse::<DateTime<Utc>>().unwrap().timestamp()
    }

    fn day(s: &str) -> i64 {
        day_of(s.parse().unwrap())
    }

    /// A made-up zone: offset `offsets[i].1` from UTC instant `offsets[i].0`.
    fn zone(offsets: &'static [(i64, i64)]) -> impl Fn(i64) -> Option<i64> + Copy {
        move |t| {
            offsets
                .iter()
                .rev()
                .find(|(from, _)| *from <= t)
                .map(|(_, off)| *off)
        }
    }

    #[test]
    fn the_range_and_window_constants_are_the_dates_they_name() {
        assert_eq!(MIN_DAY, day("0001-01-01"));
        assert_eq!(MAX_DAY, day("9999-12-31"));
        assert_eq!((WINDOW_START, WINDOW_END), (0, utc("2100-01-01T00:00:00Z")));
        // Two days' margin at both ends of the window.
        assert_eq!(FIRST_REGULAR_DAY, day("1970-01-03"));
        assert_eq!(END_REGULAR_DAY, day("2099-12-30"));
    }

    #[test]
    fn berlin_index_lists_each_change_with_its_instant_and_offsets() {
        let (changes, first, end) = changes(chrono_tz::Europe::Berlin);
        assert_eq!(first, 3600);
        assert_eq!(end, MAX_DAY + 1);
        let spring = Change {
            from: day("2026-03-28"),
            to: day("2026-03-31"),
            at: utc("2026-03-29T01:00:00Z"),
            before: 3600,
            after: 7200,
            single: true,
        };
        let autumn = Change {
            from: day("2026-10-24"),
            to: day("2026-10-27"),
            at: utc("2026-10-25T01:00:00Z"),
            before: 7200,
            after: 3600,
            single: true,
        };
        assert!(changes.contains(&spring), "{changes:?}");
        assert!(changes.contains(&autumn), "{changes:?}");
        // Summer time since 1980: two single changes a year to 2099.
        assert_eq!(changes.len(), 2 * (2099 - 1980 + 1));
        assert!(changes.iter().all(|c| c.single));
        assert!(changes.windows(2).all(|w| w[0].to < w[1].from));
    }

    #[test]
    fn a_zone_without_changes_has_an_empty_index() {
        assert_eq!(
            changes(chrono_tz::Asia::Tokyo),
            (Vec::new(), 9 * 3600, MAX_DAY + 1)
        );
    }

    #[test]
    fn changes_within_days_of_each_other_merge() {
        const T: i64 = 1_000_000_000; // 2001-09-09T01:46:40Z
        let (changes, first, _) = changes_by(zone(&[(0, 0), (T, 3600), (T + DAY, 7200)]));
        assert_eq!(first, 0);
        assert_eq!(
            changes,
            vec![Change {
                from: T.div_euclid(DAY) - 1,
                to: (T + DAY + 7200).div_euclid(DAY) + 2,
                at: T,
                before: 0,
                after: 7200,
                single: false,
            }]
        );
        // Ten days apart they stay two.
        let (changes, _, _) = changes_by(zone(&[(0, 0), (T, 3600), (T + 10 * DAY, 0)]));
        assert_eq!(changes.len(), 2);
        assert!(changes.iter().all(|c| c.single));
    }

    #[test]
    fn the_window_ends_in_2100() {
        let inside = changes_by(zone(&[(0, 0), (WINDOW_END - DAY, 3600)])).0;
        assert_eq!(inside.len(), 1);
        assert_eq!(inside[0].at, WINDOW_END - DAY);
        // The scan's last step ends two days into 2100.
        let after = changes_by(zone(&[(0, 0), (WINDOW_END + 3 * DAY, 3600)])).0;
        assert_eq!(after, Vec::new());
        // A change right at the end is the last one the scan looks at.
        let at_end = zone(&[(0, 0), (WINDOW_END, 3600), (WINDOW_END + DAY, 7200)]);
        let listed = changes_by(at_end).0;
        let seen: Vec<_> = listed.iter().map(|c| (c.at, c.after, c.single)).collect();
        assert_eq!(seen, [(WINDOW_END, 3600, true)]);
    }

    #[test]
    fn a_zone_that_cannot_be_probed_has_no_regular_days() {
        assert_eq!(changes_by(|_| None), (Vec::new(), 0, FIRST_REGULAR_DAY));
        assert_eq!(regular_end(|_| None), END_REGULAR_DAY);
        // Probed in the window, but not after it.
        let (_, _, end) = changes_by(|t| (t < WINDOW_END + 7 * DAY).then_some(0));
        assert_eq!(end, END_REGULAR_DAY);
    }

    #[test]
    fn regular_days_go_on_after_2100_only_if_every_sample_agrees() {
        assert_eq!(regular_end(|_| Some(3600)), MAX_DAY + 1);
        const HALF_YEAR: i64 = 182 * DAY;
        for sample in [
            WINDOW_END,
            WINDOW_END + HALF_YEAR,
            WINDOW_END + 2 * HALF_YEAR,
            WINDOW_END + 3 * HALF_YEAR,
            253_383_811_200,
        ] {
            let near = move |t: i64| Some(if (t - sample).abs() < DAY { 7200 } else { 3600 });
            assert_eq!(regular_end(near), END_REGULAR_DAY, "sample {sample}");
        }
    }

    #[test]
    fn days_map_through_the_index() {
        let cal = Calendar::standard(chrono_tz::Europe::Berlin);
        let mut cache = None;
        // A summer day: one offset until the day before the autumn change.
        assert_eq!(
            cal.mapping(day("2026-07-01"), &mut cache),
            Mapping::Fixed(7200)
        );
        assert_eq!(cache, Some((day("2026-10-24"), 7200)));
        // The cache answers for the rest of the stretch…
        assert_eq!(
            cal.mapping(day("2026-10-23"), &mut cache),
            Mapping::Fixed(7200)
        );
        // …and not past it: the change's days resolve through it.
        assert_eq!(
            cal.mapping(day("2026-10-25"), &mut cache),
            Mapping::Change(utc("2026-10-25T01:00:00Z"), 7200, 3600)
        );
        // Days near merged changes resolve through the zone.
        let mut merged = cal.clone();
        for c in &mut merged.irregular {
            c.single = false;
        }
        assert_eq!(merged.mapping(day("2026-10-25"), &mut None), Mapping::Exact);
        assert_eq!(
            merged.mapping(day("2026-07-01"), &mut None),
            Mapping::Fixed(7200)
        );
        let mut cache = None;
        assert_eq!(cal.mapping(day("1970-01-01"), &mut cache), Mapping::Exact);
        assert_eq!(
            cal.mapping(day("1970-01-05"), &mut cache),
            Mapping::Fixed(3600)
        );
        assert_eq!(cache, Some((day("1980-04-05"), 3600)));
    }

    /// Every day the index resolves agrees with the zone itself, over the
    /// days around each change an independent daily scan finds and a
    /// sample of the rest, in zones with 30-minute and whole-day changes.
    #[test]
    fn the_index_agrees_with_the_zone() {
        use chrono_tz::{America, Asia, Australia, Europe, Pacific};
        for tz in [
            Europe::Berlin,
            America::New_York,
            America::Santiago,
            Australia::Lord_Howe,
            Pacific::Apia,
            Pacific::Kiritimati,
            Asia::Kathmandu,
        ] {
            let cal = Calendar::standard(tz);
            let mut days = Vec::new();
            let mut prev = offset_at(tz, 0);
            for d in 0..WINDOW_END / DAY {
                let now = offset_at(tz, d * DAY + DAY / 2);
                if now != prev {
                    days.extend(d - 3..d + 3);
                } else if d % 61 == 0 {
                    days.push(d);
                }
                prev = now;
            }
            let mut fixed = 0;
            for d in days {
                let mapping = cal.mapping(d, &mut None);
                fixed += usize::from(matches!(mapping, Mapping::Fixed(_)));
                for secs in [0, 3600, 5400, 7200, 9000, 10_800, 43_200, 86_400] {
                    for edge in [Edge::Start, Edge::End] {
                        assert_eq!(
                            cal.resolve(d, secs, edge, mapping),
                            cal.resolve(d, secs, edge, Mapping::Exact),
                            "{tz} day {d} second {secs}"
                        );
                    }
                }
            }
            assert!(fixed > 0, "{tz}: no day mapped by the index");
        }
    }

    /// Every zone of the compiled tz database: in every regular stretch the
    /// zone's offset is the stretch's, probed every 6 hours from 1970 to
    /// 2100 and at each stretch's first and last second. The index finds
    /// offset changes by probing every 4 days, so a database with a change
    /// undone within days would fail here. About 3 s in release, so it is
    /// ignored in the debug suite and run in release by `.ci/run`:
    /// `cargo test --release --lib -- --ignored every_zones_index`.
    #[test]
    #[ignore = "slow in debug: .ci/run runs it in release (see the doc comment)"]
    fn every_zones_index_agrees_with_the_zone() {
        let mut probes = 0u64;
        for tz in chrono_tz::TZ_VARIANTS {
            let cal = Calendar::standard(tz);
            for s in &cal.stretches {
                let end = (s.to.min(WINDOW_END / DAY) * DAY - s.off).max(s.utc + 1);
                let mut t = s.utc;
                while t < end {
                    assert_eq!(offset_at(tz, t), Some(s.off), "{tz} at {t} in {s:?}");
                    t += 6 * 3600;
                    probes += 1;
                }
                assert_eq!(
                    offset_at(tz, end - 1),
                    Some(s.off),
                    "{tz} at {} in {s:?}",
                    end - 1
                );
            }
        }
        assert!(probes > 100_000_000, "{probes}");
    }

    /// Business seconds of the standard calendar in the local days
    /// `[from, to)`: 8 hours per weekday (Berlin's changes fall at night).
    fn weekdays(from: i64, to: i64) -> u64 {
        (from..to).filter(|d| weekday_index(*d) < 5).count() as u64 * 8 * 3600
    }

    #[test]
    fn stretches_tile_the_regular_days_and_count_the_walk() {
        let tz = chrono_tz::Europe::Berlin;
        let cal = Calendar::standard(tz);
        let st = &cal.stretches;
        // One stretch before the first change and one after each.
        assert_eq!(st.len(), cal.irregular.len() + 1);
        assert_eq!(st[0].from, FIRST_REGULAR_DAY);
        assert_eq!(st.last().unwrap().to, MAX_DAY + 1);
        // Each stretch ends where a change's days begin; the next begins
        // where they end.
        for (pair, c) in st.windows(2).zip(&cal.irregular) {
            assert_eq!((pair[0].to, pair[1].from), (c.from, c.to), "{c:?}");
        }
        for s in st {
            assert_eq!(s.cum, weekdays(FIRST_REGULAR_DAY, s.from), "{s:?}");
            assert_eq!(s.regular, weekdays(s.from, s.to), "{s:?}");
            assert_eq!(Some(s.off), offset_at(tz, s.from * DAY + DAY / 2));
        }
    }

    /// A summer stretch of Berlin's standard calendar and its index.
    fn summer() -> (Calendar, usize) {
        let cal = Calendar::standard(chrono_tz::Europe::Berlin);
        let k = cal
            .stretches
            .iter()
            .position(|s| s.from <= day("2026-07-01") && day("2026-07-01") < s.to)
            .unwrap();
        (cal, k)
    }

    #[test]
    fn stretch_at_finds_the_day_and_the_time_before_it() {
        let (cal, k) = summer();
        let s = cal.stretches[k];
        let d = day("2026-07-01");
        assert_eq!(cal.stretch_at(d), Some((k, s.cum + weekdays(s.from, d))));
        assert_eq!(cal.stretch_at(s.from), Some((k, s.cum)));
        assert_eq!(cal.stretch_at(s.to - 1).map(|x| x.0), Some(k));
        // The change's own days and the days before the index: none.
        assert_eq!(cal.stretch_at(s.to), None);
        assert_eq!(cal.stretch_at(0), None);
    }

    #[test]
    fn jump_due_lands_in_the_stretch_where_the_budget_runs_out() {
        let (cal, k) = summer();
        let st = &cal.stretches;
        let d = day("2026-07-01");
        let done = st[k].cum + st[k].regular;
        // Runs out in the change's days right after the stretch: no jump.
        assert_eq!(cal.jump_due(d, 0), None);
        assert_eq!(cal.jump_due(d, st[k + 1].cum - done), None);
        // One second into the next stretch, and two stretches on.
        assert_eq!(
            cal.jump_due(d, st[k + 1].cum - done + 1),
            Some((st[k + 1], 1))
        );
        assert_eq!(
            cal.jump_due(d, st[k + 2].cum - done),
            Some((st[k + 1], st[k + 2].cum - st[k + 1].cum))
        );
        assert_eq!(
            cal.jump_due(d, st[k + 2].cum - done + 1),
            Some((st[k + 2], 1))
        );
        // Outside the index: none.
        assert_eq!(cal.jump_due(st[k].to, 1_000_000), None);
        assert_eq!(cal.jump_due(0, 1_000_000), None);
    }

    #[test]
    fn stretches_know_their_holidays_and_positions() {
        let mut spec = CalendarSpec::standard("Europe/Berlin");
        spec.holidays = vec![
            Holiday::whole(NaiveDate::from_ymd_opt(2026, 5, 1).unwrap()),
            Holiday::whole(NaiveDate::from_ymd_opt(2026, 12, 25).unwrap()),
        ];
        let cal = spec.build().unwrap();
        for s in &cal.stretches {
            let (i0, i1) = (cal.holiday_index(s.from), cal.holiday_index(s.to));
            assert_eq!(s.holidays, (i0, i1), "{s:?}");
            assert_eq!(s.pos, cal.position(s.from, i0), "{s:?}");
            assert_eq!(
                cal.position(s.to, i1) - s.pos,
                cal.business_days(s.from, s.to, i0, i1)
            );
        }
        for (i, h) in cal.holidays.iter().enumerate() {
            assert_eq!(cal.holiday_ends[i], cal.position(h.day + 1, i + 1));
        }
    }

    #[test]
    fn jump_measure_stops_at_the_last_stretch_before_the_limit() {
        let (cal, k) = summer();
        let st = &cal.stretches;
        let d = day("2026-07-01");
        let before = st[k].cum + weekdays(st[k].from, d);
        assert_eq!(cal.jump_measure(d, st[k].to), None);
        assert_eq!(
            cal.jump_measure(d, st[k + 1].from),
            Some((st[k + 1], st[k + 1].cum - before))
        );
        assert_eq!(
            cal.jump_measure(d, st[k + 2].from - 1),
            Some((st[k + 1], st[k + 1].cum - before))
        );
        assert_eq!(
            cal.jump_measure(d, st[k + 2].from),
            Some((st[k + 2], st[k + 2].cum - before))
        );
        assert_eq!(cal.jump_measure(0, st[k + 2].from), None);
    }
}
