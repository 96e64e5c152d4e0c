//! Measuring business time: deadlines ([`Calendar::add_business_time`]),
//! business time between two instants, and whether an instant is business
//! time.

use super::*;

/// The instant `rest` business seconds into `spans` of `day` (offset `off`).
pub(super) fn local_due(day: i64, spans: &[Span], rest: u64, off: i64) -> Option<i64> {
    let mut rest = rest;
    for s in spans {
        let len = u64::from(s.len());
        if rest <= len {
            let local = day
                .checked_mul(DAY)?
                .checked_add(i64::from(s.start))?
                .checked_add(i64::try_from(rest).ok()?)?;
            return local.checked_sub(off);
        }
        rest = rest.saturating_sub(len);
    }
    None
}

/// Whole seconds (floor) and nanoseconds of an instant.
pub(super) fn split(t: DateTime<Utc>) -> (i64, u32) {
    (t.timestamp(), t.timestamp_subsec_nanos())
}

/// What the index tells of a deadline ([`Calendar::due_indexed`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Indexed {
    /// The due instant (UTC seconds).
    Due(i64),
    /// The budget runs out in the days around an offset change: walk from
    /// the local `day` after a stretch's regular days (UTC `cursor`, its
    /// start) with `left` business seconds to go.
    Walk { day: i64, cursor: i64, left: u64 },
}

impl Calendar {
    /// The instant by which `budget` of business time has elapsed after
    /// `start`: the earliest instant `x` with
    /// `business_time_between(start, x) == budget`. A zero budget gives
    /// `start`.
    ///
    /// # Errors
    ///
    /// [`Error::DeadlineOutOfRange`] when `start` or the result lies outside
    /// the years 1 to 9999, or `budget` is negative.
    pub fn add_business_time(
        &self,
        start: DateTime<Utc>,
        budget: TimeDelta,
    ) -> Result<DateTime<Utc>, Error> {
        if budget < TimeDelta::zero() {
            return Err(out_of_range());
        }
        if budget.is_zero() {
            self.check_instant(start)?;
            return Ok(start);
        }
        let (secs, frac) = split(start);
        let whole = u64::try_from(budget.num_seconds()).map_err(|_| out_of_range())?;
        let budget_frac = budget
            .checked_sub(&TimeDelta::seconds(budget.num_seconds()))
            .ok_or_else(out_of_range)?
            .subsec_nanos();
        let budget_frac = u32::try_from(budget_frac).map_err(|_| out_of_range())?;
        // Business time is a union of whole seconds; the fractions of the
        // start (if it lies in business time) and of the budget are carried
        // into the last business second.
        let start_frac = if frac > 0 && self.is_business_second(secs)? {
            frac
        } else {
            0
        };
        let nanos = u64::from(start_frac).saturating_add(u64::from(budget_frac));
        let extra_secs = nanos / 1_000_000_000;
        let rest = u32::try_from(nanos % 1_000_000_000).map_err(|_| out_of_range())?;
        let whole = whole.checked_add(extra_secs).ok_or_else(out_of_range)?;
        let due = if rest == 0 {
            if whole == 0 {
                secs
            } else {
                self.due_secs(secs, whole)?
            }
        } else {
            // The instant after `whole` seconds, then `rest` into the next
            // business second.
            let after = if whole == 0 {
                secs
            } else {
                self.due_secs(secs, whole)?
            };
            self.due_secs(after, 1)?
                .checked_sub(1)
                .ok_or_else(out_of_range)?
        };
        let out = DateTime::from_timestamp(due, rest).ok_or_else(out_of_range)?;
        self.check_instant(out)?;
        Ok(out)
    }

    /// The business time between two instants: real elapsed time inside
    /// business hours, negative when `to` is before `from`. Additive:
    /// `between(a, b) + between(b, c) == between(a, c)`.
    ///
    /// ```
    /// use csp_support::Calendar;
    /// let cal = Calendar::standard(chrono_tz::America::New_York);
    /// // Friday 15:00 to Monday 11:00 (EST): 2 h + 2 h.
    /// let t = cal.business_time_between(
    ///     "2026-01-09T20:00:00Z".parse()?, "2026-01-12T16:00:00Z".parse()?)?;
    /// assert_eq!(t.num_hours(), 4);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`Error::DeadlineOutOfRange`] when an instant lies outside the years
    /// 1 to 9999.
    pub fn business_time_between(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<TimeDelta, Error> {
        if to < from {
            return self
                .business_time_between(to, from)
                .map(|d| TimeDelta::zero().checked_sub(&d).unwrap_or(d));
        }
        self.check_instant(from)?;
        self.check_instant(to)?;
        let (a, fa) = split(from);
        let (b, fb) = split(to);
        let whole = self.measure(a, b)?;
        let mut nanos = i128::from(whole).saturating_mul(1_000_000_000);
        if fa > 0 && self.is_business_second(a)? {
            nanos = nanos.saturating_sub(i128::from(fa));
        }
        if fb > 0 && self.is_business_second(b)? {
            nanos = nanos.saturating_add(i128::from(fb));
        }
        let secs = i64::try_from(nanos.div_euclid(1_000_000_000)).map_err(|_| out_of_range())?;
        let sub = u32::try_from(nanos.rem_euclid(1_000_000_000)).map_err(|_| out_of_range())?;
        TimeDelta::new(secs, sub).ok_or_else(out_of_range)
    }

    /// Whether `at` lies in business time.
    ///
    /// # Errors
    ///
    /// [`Error::DeadlineOutOfRange`] outside the years 1 to 9999.
    pub fn is_business_time(&self, at: DateTime<Utc>) -> Result<bool, Error> {
        self.check_instant(at)?;
        self.is_business_second(split(at).0)
    }

    /// The zone's offset at `at`, seconds east of UTC: from the index in a
    /// regular day, else from the zone.
    pub(crate) fn offset_at(&self, at: DateTime<Utc>) -> Option<i32> {
        let t = at.timestamp();
        let off = match self.regular_at(t) {
            Some((s, _, _)) => s.off,
            None => offset_at(self.tz, t)?,
        };
        i32::try_from(off).ok()
    }

    /// [`Error::DeadlineOutOfRange`] unless `at`'s local date lies in the
    /// years 1 to 9999.
    pub(crate) fn check_instant(&self, at: DateTime<Utc>) -> Result<(), Error> {
        // A zone's offset is less than a day (chrono's `FixedOffset`): an
        // instant a day inside the supported years is inside them in every
        // zone.
        const SURE: core::ops::Range<i64> = (MIN_DAY + 1) * DAY..MAX_DAY * DAY;
        let t = at.timestamp();
        if SURE.contains(&t) {
            return Ok(());
        }
        let day = self.local_day(t)?;
        if (MIN_DAY..=MAX_DAY).contains(&day) {
            Ok(())
        } else {
            Err(out_of_range())
        }
    }

    pub(super) fn is_business_second(&self, s: i64) -> Result<bool, Error> {
        Ok(self.measure(s, s.checked_add(1).ok_or_else(out_of_range)?)? > 0)
    }

    pub(super) fn local_day(&self, utc: i64) -> Result<i64, Error> {
        if let Some((_, day, _)) = self.regular_at(utc) {
            return Ok(day);
        }
        let off = offset_at(self.tz, utc).ok_or_else(out_of_range)?;
        Ok(utc
            .checked_add(off)
            .ok_or_else(out_of_range)?
            .div_euclid(DAY))
    }

    /// The seconds-precise due instant: `budget > 0` business seconds after
    /// `start`.
    ///
    /// From a regular day this is arithmetic on the index, the same for an
    /// hour as for decades: the start's coordinate (see
    /// [`Calendar::coordinate`]) plus the budget is the target; the stretch
    /// where the target lies is one binary search, the day in it
    /// [`Calendar::due_at`]. Only a target in the days around an offset
    /// change, and a start outside the regular days, walk day by day
    /// ([`Calendar::walk_due`]).
    pub(super) fn due_secs(&self, start: i64, budget: u64) -> Result<i64, Error> {
        match self.due_indexed(start, budget)? {
            Some(Indexed::Due(due)) => Ok(due),
            Some(Indexed::Walk { day, cursor, left }) => self.walk_due(day, cursor, left, i64::MIN),
            None => {
                let first = self.local_day(start)?;
                if first < MIN_DAY {
                    return Err(out_of_range());
                }
                let day = first.checked_sub(1).ok_or_else(out_of_range)?;
                self.walk_due(day, start, budget, first.saturating_add(1))
            }
        }
    }

    /// What the index tells of the due instant `budget > 0` business
    /// seconds after `start`: `None` when `start` is not in a regular day.
    pub(super) fn due_indexed(&self, start: i64, budget: u64) -> Result<Option<Indexed>, Error> {
        let Some(at) = self.coordinate(start) else {
            return Ok(None);
        };
        let target = at.checked_add(budget).ok_or_else(out_of_range)?;
        // The last stretch that starts before the target: the start's own
        // or a later one (the start's coordinate is below the target).
        let j = self.stretches.partition_point(|s| s.cum < target);
        let Some(s) = j.checked_sub(1).and_then(|j| self.stretches.get(j)) else {
            return Ok(None);
        };
        let rest = target.saturating_sub(s.cum);
        if rest <= s.regular {
            return self
                .due_at(s.from, s.holidays, s.pos, rest, s.off)
                .map(|due| Some(Indexed::Due(due)));
        }
        // The target lies in the days around the offset change after `s`
        // (or past the index): a walk from the end of its regular days.
        let cursor = day_start(s.to, s.off).ok_or_else(out_of_range)?;
        Ok(Some(Indexed::Walk {
            day: s.to,
            cursor,
            left: rest.saturating_sub(s.regular),
        }))
    }

    /// The due instant `left > 0` business seconds after `cursor`, walking
    /// from the local `day` on (the day before `cursor`'s own, or the
    /// first day after the last one counted). Days up to `near` are
    /// resolved one by one even where the offset is fixed (the start's
    /// neighbourhood, where `cursor` may lie inside a day); later regular
    /// days are counted by arithmetic and skipped by the index.
    pub(super) fn walk_due(
        &self,
        day: i64,
        cursor: i64,
        left: u64,
        near: i64,
    ) -> Result<i64, Error> {
        let (mut day, mut cursor, mut left) = (day, cursor, left);
        let mut cache = None;
        loop {
            if day > MAX_DAY {
                return Err(out_of_range());
            }
            let mapping = self.mapping(day, &mut cache);
            let near_start = day <= near;
            if let (Mapping::Fixed(mut off), false) = (mapping, near_start) {
                let mut end = cache.map_or(day, |c| c.0).min(MAX_DAY.saturating_add(1));
                if let Some(due) = self.consume_regular(day, end, off, &mut left)? {
                    return Ok(due);
                }
                // The budget outlasts this stretch: skip whole stretches
                // (and the offset changes between them) by the index, to
                // the one where it runs out, instead of one by one.
                if let Some((s, rest)) = self.jump_due(day, left) {
                    (end, off, left) = (s.to.min(MAX_DAY.saturating_add(1)), s.off, rest);
                    if let Some(due) = self.consume_stretch(&s, end, &mut left)? {
                        return Ok(due);
                    }
                }
                cursor = day_start(end, off).ok_or_else(out_of_range)?;
                day = end;
                continue;
            }
            let found = self.for_each_interval(day, mapping, |a, b| {
                let a = a.max(cursor);
                if b <= a {
                    return None;
                }
                let avail = u64::try_from(b.saturating_sub(a)).unwrap_or(0);
                if left <= avail {
                    return a.checked_add(i64::try_from(left).ok()?);
                }
                left = left.saturating_sub(avail);
                cursor = b;
                None
            })?;
            if let Some(due) = found {
                return Ok(due);
            }
            day = day.checked_add(1).ok_or_else(out_of_range)?;
        }
    }

    /// Consumes the regular days `[from, to)` (offset `off`): the due
    /// instant if `left` runs out there, else subtracts their business time.
    pub(super) fn consume_regular(
        &self,
        from: i64,
        to: i64,
        off: i64,
        left: &mut u64,
    ) -> Result<Option<i64>, Error> {
        let i0 = self.holiday_index(from);
        let i1 = self.holiday_index(to);
        let all = self.business_days(from, to, i0, i1);
        if all < *left {
            *left = left.saturating_sub(all);
            return Ok(None);
        }
        self.due_at(from, (i0, i1), self.position(from, i0), *left, off)
            .map(Some)
    }

    /// [`Calendar::consume_regular`] of the regular days of `s` up to `to`
    /// (its end, or the last supported day), from the index.
    pub(super) fn consume_stretch(
        &self,
        s: &Stretch,
        to: i64,
        left: &mut u64,
    ) -> Result<Option<i64>, Error> {
        if to < s.to {
            return self.consume_regular(s.from, to, s.off, left);
        }
        if s.regular < *left {
            *left = left.saturating_sub(s.regular);
            return Ok(None);
        }
        self.due_at(s.from, s.holidays, s.pos, *left, s.off)
            .map(Some)
    }

    /// The instant `need > 0` business seconds after the start of the
    /// regular day `from` (position `start`, offset `off`), reached before
    /// the `i1`-th holiday's end or the end of the days the caller has
    /// checked it fits in; `(i0, i1)` are the holiday indexes of `from` and
    /// of that end.
    pub(super) fn due_at(
        &self,
        from: i64,
        (i0, i1): (usize, usize),
        start: u64,
        need: u64,
        off: i64,
    ) -> Result<i64, Error> {
        // Positions turn the search into comparisons: the budget runs out at
        // `target`, in the first holiday k in [i0, i1) whose end reaches it,
        // or in the holiday-free days before it.
        let target = start.checked_add(need).ok_or_else(out_of_range)?;
        let ends = self.holiday_ends.get(i0..i1).ok_or_else(out_of_range)?;
        let k = i0.saturating_add(ends.partition_point(|e| *e < target));
        let (seg_start, seg_pos) = match k.checked_sub(1).filter(|p| *p >= i0) {
            Some(p) => (
                self.holidays
                    .get(p)
                    .ok_or_else(out_of_range)?
                    .day
                    .saturating_add(1),
                self.holiday_ends.get(p).copied().ok_or_else(out_of_range)?,
            ),
            None => (from, start),
        };
        let mut rest = target.saturating_sub(seg_pos);
        if let Some(h) = self.holidays.get(k).filter(|_| k < i1) {
            let free = self.nominal(seg_start, h.day);
            if free < rest {
                // Reached on the holiday itself.
                rest = rest.saturating_sub(free);
                return local_due(h.day, &h.spans, rest, off).ok_or_else(out_of_range);
            }
        }
        // Reached in the holiday-free stretch from `seg_start`: whole weeks
        // by division, then the day of the final week by the weekday
        // prefix sums (`1 <= rest <= week_total` there).
        let weeks = rest
            .saturating_sub(1)
            .checked_div(self.week_total)
            .ok_or_else(out_of_range)?;
        rest = rest.saturating_sub(weeks.saturating_mul(self.week_total));
        let weeks = i64::try_from(weeks).map_err(|_| out_of_range())?;
        let day = seg_start.saturating_add(weeks.saturating_mul(7));
        let wd = weekday_index(day);
        let base = self.prefix.get(wd).copied().ok_or_else(out_of_range)?;
        let week = self
            .prefix
            .get(wd.saturating_add(1)..=wd.saturating_add(7))
            .ok_or_else(out_of_range)?;
        // The first day of the week whose end reaches `rest`.
        let r = week.partition_point(|p| p.saturating_sub(base) < rest);
        let before = self
            .prefix
            .get(wd.saturating_add(r))
            .copied()
            .ok_or_else(out_of_range)?
            .saturating_sub(base);
        let spans = self
            .week
            .get(wd.saturating_add(r) % 7)
            .ok_or_else(out_of_range)?;
        let day = day.saturating_add(i64::try_from(r).map_err(|_| out_of_range())?);
        local_due(day, spans, rest.saturating_sub(before), off).ok_or_else(out_of_range)
    }

    /// Business seconds in `[a, b)`, `a <= b`.
    pub(super) fn measure(&self, a: i64, b: i64) -> Result<u64, Error> {
        // Both in regular days: the difference of their coordinates.
        if let (Some(x), Some(y)) = (self.coordinate(a), self.coordinate(b)) {
            return Ok(y.saturating_sub(x));
        }
        self.walk_measure(a, b)
    }

    /// [`Calendar::measure`] by walking the days from `a`'s to `b`'s
    /// (skipping whole stretches by the index).
    pub(super) fn walk_measure(&self, a: i64, b: i64) -> Result<u64, Error> {
        let first = self.local_day(a)?;
        let last = self.local_day(b)?;
        let mut cursor = a;
        let mut sum = 0u64;
        let mut day = first.checked_sub(1).ok_or_else(out_of_range)?;
        let stop = last.checked_add(1).ok_or_else(out_of_range)?;
        let mut cache = None;
        while day <= stop {
            let mapping = self.mapping(day, &mut cache);
            let inner = day > first.saturating_add(1) && day < last.saturating_sub(1);
            if let (Mapping::Fixed(off), true) = (mapping, inner) {
                // Skip whole stretches by the index; the stretch reached is
                // then taken as the walk would find it.
                let limit = last.saturating_sub(1);
                let leaves = cache.is_some_and(|c| c.0 < limit);
                if let Some((s, gained)) = leaves.then(|| self.jump_measure(day, limit)).flatten() {
                    sum = sum.saturating_add(gained);
                    cursor = s.utc;
                    day = s.from;
                    cache = None;
                    continue;
                }
                let end = cache
                    .map_or(day, |c| c.0)
                    .min(last.saturating_sub(1))
                    .max(day.saturating_add(1));
                let i0 = self.holiday_index(day);
                let i1 = self.holiday_index(end);
                sum = sum.saturating_add(self.business_days(day, end, i0, i1));
                cursor = day_start(end, off).ok_or_else(out_of_range)?;
                day = end;
                continue;
            }
            self.for_each_interval(day, mapping, |x, y| {
                let lo = x.max(cursor);
                let hi = y.min(b);
                if hi > lo {
                    sum = sum.saturating_add(u64::try_from(hi.saturating_sub(lo)).unwrap_or(0));
                }
                cursor = cursor.max(y);
                None
            })?;
            day = day.checked_add(1).ok_or_else(out_of_range)?;
        }
        Ok(sum)
    }
}

/// The indexed paths (a coordinate plus a budget, a difference of
/// coordinates) against the day walks they replace, which stay the
/// reference and the path outside the regular days. The public
/// property tests compare both with a minute-by-minute walk; these
/// cover many more zones, years and budgets, at the second.
#[cfg(test)]
mod tests {
    use super::*;

    /// Calendars whose zones move their clocks in different ways: Berlin
    /// (an hour at night), New York, Lord Howe (half an hour), Apia (a
    /// whole day skipped at the end of 2011), São Paulo (changes at
    /// midnight), Kolkata (none since 1970); with hours that touch midnight
    /// and holidays, whole and partial.
    fn calendars() -> Vec<Calendar> {
        let mut out = Vec::new();
        for zone in [
            "Europe/Berlin",
            "America/New_York",
            "Australia/Lord_Howe",
            "Pacific/Apia",
            "America/Sao_Paulo",
            "Asia/Kolkata",
        ] {
            out.push(CalendarSpec::standard(zone).build().unwrap());
            let mut spec = CalendarSpec::standard(zone);
            let iv = |a: u32, b: u32| {
                Interval::new(TimeOfDay::hm(a, 0).unwrap(), TimeOfDay::hm(b, 0).unwrap()).unwrap()
            };
            spec.hours.monday = vec![iv(0, 3), iv(8, 24)];
            spec.hours.saturday = vec![iv(22, 24)];
            spec.hours.sunday = vec![iv(0, 2)];
            let start = NaiveDate::from_ymd_opt(2011, 12, 20).unwrap();
            spec.holidays = (0..60)
                .map(|i| {
                    let date = start + TimeDelta::days(i * 5);
                    if i % 3 == 0 {
                        Holiday::partial(date, iv(10, 12))
                    } else {
                        Holiday::whole(date)
                    }
                })
                .collect();
            out.push(spec.build().unwrap());
        }
        out
    }

    /// Starts at odd seconds from 1969 to 2101, and close around every
    /// offset change of the index in 2011–2013.
    fn starts(cal: &Calendar) -> Vec<i64> {
        let mut out: Vec<i64> = (0..400).map(|i| -40 * DAY + i * 10_454_417).collect();
        for c in &cal.irregular {
            if (1_293_840_000..1_388_534_400).contains(&c.at) {
                for d in [-2 * DAY, -DAY, -3600, -1, 0, 1, 1800, DAY, 2 * DAY, 3 * DAY] {
                    out.push(c.at + d);
                }
            }
        }
        out
    }

    #[test]
    fn deadlines_by_the_index_are_the_walks() {
        let budgets = [
            1u64,
            59,
            3600,
            8 * 3600 + 7,
            3 * DAY as u64,
            40 * 8 * 3600,
            3 * 250 * 8 * 3600,
        ];
        let mut indexed = 0;
        for cal in calendars() {
            for start in starts(&cal) {
                for budget in budgets {
                    let first = cal.local_day(start).unwrap();
                    let walked = cal.walk_due(first - 1, start, budget, first + 1);
                    assert_eq!(
                        cal.due_secs(start, budget).ok(),
                        walked.ok(),
                        "{:?} from {start} + {budget}",
                        cal.tz
                    );
                    let answer = cal.due_indexed(start, budget).ok().flatten();
                    indexed += usize::from(matches!(answer, Some(Indexed::Due(_))));
                }
            }
        }
        // Most starts lie in regular days and most targets too, so the
        // index answered most deadlines alone (34,213 of about 38,000 when
        // this was written).
        assert!(indexed > 30_000, "{indexed}");
    }

    #[test]
    fn the_index_answers_to_the_end_of_a_stretch_and_walks_the_change_after_it() {
        let cal = Calendar::standard(chrono_tz::Europe::Berlin);
        // Wednesday 2026-07-01, 10:00 in Berlin; the stretch ends before the
        // change of Sunday 2026-10-25, whose days (Saturday to Monday) hold
        // Monday's 8 business hours.
        let start = "2026-07-01T08:00:00Z"
            .parse::<DateTime<Utc>>()
            .unwrap()
            .timestamp();
        let at = cal.coordinate(start).unwrap();
        let k = cal
            .stretches
            .iter()
            .position(|s| s.utc <= start && start < s.to * DAY - s.off)
            .unwrap();
        let (here, next) = (cal.stretches[k], cal.stretches[k + 1]);
        let end = here.cum + here.regular;
        assert_eq!(next.cum - end, 8 * 3600);
        let first = cal.local_day(start).unwrap();
        for (budget, by_index) in [
            (1, true),
            (end - at, true),
            (end - at + 1, false),
            (next.cum - at, false),
            (next.cum - at + 1, true),
            (next.cum + next.regular - at, true),
        ] {
            let answer = cal.due_indexed(start, budget).unwrap().unwrap();
            assert_eq!(
                matches!(answer, Indexed::Due(_)),
                by_index,
                "{budget}: {answer:?}"
            );
            let walked = cal.walk_due(first - 1, start, budget, first + 1).unwrap();
            assert_eq!(cal.due_secs(start, budget).unwrap(), walked, "{budget}");
        }
        // The last business second of the stretch is Friday 2026-10-23,
        // 17:00 in Berlin (15:00 UTC); one more second is Monday's first.
        let due = |b| DateTime::from_timestamp(cal.due_secs(start, b).unwrap(), 0).unwrap();
        assert_eq!(due(end - at).to_rfc3339(), "2026-10-23T15:00:00+00:00");
        assert_eq!(due(end - at + 1).to_rfc3339(), "2026-10-26T08:00:01+00:00");
    }

    #[test]
    fn business_time_by_the_index_is_the_walks() {
        for cal in calendars() {
            let starts = starts(&cal);
            for (a, b) in starts.iter().zip(starts.iter().skip(7)) {
                let (a, b) = (*a.min(b), *a.max(b));
                for (x, y) in [(a, b), (a, a + 1), (a, a + 5 * DAY), (b, b + 3600)] {
                    assert_eq!(
                        cal.measure(x, y).ok(),
                        cal.walk_measure(x, y).ok(),
                        "{:?} [{x}, {y})",
                        cal.tz
                    );
                }
            }
        }
    }

    #[test]
    fn local_days_and_offsets_by_the_index_are_the_zones() {
        for cal in calendars() {
            for t in starts(&cal) {
                let zone = utc_day(cal.tz, t);
                assert_eq!(cal.local_day(t).ok(), Some(zone), "{:?} at {t}", cal.tz);
                let at = DateTime::from_timestamp(t, 0).unwrap();
                let offset = index::offset_at(cal.tz, t).and_then(|o| i32::try_from(o).ok());
                assert_eq!(cal.offset_at(at), offset, "{:?} at {t}", cal.tz);
            }
        }
    }

    #[test]
    fn the_range_check_is_the_zones_local_day() {
        let zones = [
            "Pacific/Kiritimati",
            "Pacific/Pago_Pago",
            "Asia/Manila",
            "America/New_York",
        ];
        for zone in zones {
            let cal = CalendarSpec::standard(zone).build().unwrap();
            for edge in [MIN_DAY * DAY, (MAX_DAY + 1) * DAY] {
                for t in (edge - 2 * DAY..edge + 2 * DAY).step_by(1800) {
                    let local = utc_day(cal.tz, t);
                    let at = DateTime::from_timestamp(t, 0).unwrap();
                    assert_eq!(
                        cal.check_instant(at).is_ok(),
                        (MIN_DAY..=MAX_DAY).contains(&local),
                        "{zone} at {t}"
                    );
                }
            }
        }
    }

    fn utc_day(tz: Tz, t: i64) -> i64 {
        t.saturating_add(index::offset_at(tz, t).unwrap())
            .div_euclid(DAY)
    }
}
