//! Work cut into contiguous runs over the machine's cores, with an answer
//! that does not depend on the cut: each run's results come back in the
//! order of the input, and the callers only append.
//!
//! Used by the readers of the exports and the readiness report on inputs
//! large enough to pay for a thread (tens of microseconds to start one);
//! the decision core never starts one.

use std::num::NonZeroUsize;
use std::thread::{self, ScopedJoinHandle};

/// At most this many runs, whatever the machine.
const MAX_RUNS: usize = 16;

/// How many runs work of `total` weight is cut into: one per core, and no
/// more than leaves each run `min_per_run`.
pub(crate) fn runs_for(total: usize, min_per_run: usize) -> usize {
    let by_size = total.checked_div(min_per_run.max(1)).unwrap_or(1);
    if by_size < 2 {
        return 1;
    }
    let cores = thread::available_parallelism().map_or(1, NonZeroUsize::get);
    cores.min(by_size).min(MAX_RUNS)
}

/// `items` cut into `runs` contiguous runs of about equal `weight` (some
/// may be empty), each with its offset in `items`.
fn cut<T>(items: &[T], runs: usize, weight: impl Fn(&T) -> usize) -> Vec<(usize, &[T])> {
    let runs = runs.max(1);
    let total: usize = items.iter().map(&weight).fold(0, usize::saturating_add);
    let mut out = Vec::with_capacity(runs);
    let (mut start, mut acc) = (0usize, 0usize);
    for (i, item) in items.iter().enumerate() {
        acc = acc.saturating_add(weight(item));
        // The run ends once the runs so far hold their share of the
        // weight: `acc / total >= (out.len() + 1) / runs`.
        let closing = out.len().saturating_add(1);
        let due = (closing as u128).saturating_mul(total as u128);
        if closing < runs && (acc as u128).saturating_mul(runs as u128) >= due {
            let end = i.saturating_add(1);
            out.push((start, items.get(start..end).unwrap_or_default()));
            start = end;
        }
    }
    out.push((start, items.get(start..).unwrap_or_default()));
    out
}

/// A run's answer: computed here, or by a thread still running.
enum Slot<'s, R> {
    Done(R),
    Running(ScopedJoinHandle<'s, R>),
}

/// Runs `work(offset, run)` on each of `runs` contiguous runs of `items`
/// (cut by [`cut`]): the first on this thread, the others on scoped
/// threads (on this thread too where one cannot be started), and returns
/// the answers in the order of the runs. A panic in a run is resumed here.
pub(crate) fn map_runs<T, R>(
    items: &[T],
    runs: usize,
    weight: impl Fn(&T) -> usize,
    work: impl Fn(usize, &[T]) -> R + Sync,
) -> Vec<R>
where
    T: Sync,
    R: Send,
{
    let mut pieces = cut(items, runs, weight).into_iter();
    let Some((first_offset, first)) = pieces.next() else {
        return Vec::new();
    };
    if pieces.len() == 0 {
        return vec![work(first_offset, first)];
    }
    let work = &work;
    thread::scope(|s| {
        let others: Vec<Slot<'_, R>> = pieces
            .map(|(offset, run)| {
                match thread::Builder::new().spawn_scoped(s, move || work(offset, run)) {
                    Ok(h) => Slot::Running(h),
                    Err(_) => Slot::Done(work(offset, run)),
                }
            })
            .collect();
        let mut out = Vec::with_capacity(others.len().saturating_add(1));
        out.push(work(first_offset, first));
        for slot in others {
            out.push(match slot {
                Slot::Done(r) => r,
                Slot::Running(h) => h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)),
            });
        }
        out
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_runs_cover_the_items_in_order() {
        for n in 0..40usize {
            let items: Vec<usize> = (0..n).map(|i| i * 7 % 5).collect();
            for runs in 1..=6 {
                let pieces = cut(&items, runs, |w| *w);
                assert!((1..=runs).contains(&pieces.len()), "n={n} runs={runs}");
                if n >= 2 * runs {
                    assert_eq!(pieces.len(), runs, "n={n} runs={runs}");
                }
                let mut next = 0;
                for (offset, run) in &pieces {
                    assert_eq!(*offset, next);
                    assert_eq!(*run, &items[next..next + run.len()]);
                    next += run.len();
                }
                assert_eq!(next, n);
                let joined: Vec<usize> = map_runs(
                    &items,
                    runs,
                    |w| *w,
                    |offset, run| {
                        run.iter()
                            .enumerate()
                            .map(|(i, _)| offset + i)
                            .collect::<Vec<_>>()
                    },
                )
                .concat();
                assert_eq!(joined, (0..n).collect::<Vec<_>>());
            }
        }
    }

    #[test]
    fn the_runs_share_the_weight() {
        let items = vec![1usize; 1000];
        let pieces = cut(&items, 4, |w| *w);
        let lens: Vec<usize> = pieces.iter().map(|(_, r)| r.len()).collect();
        assert_eq!(lens, [250, 250, 250, 250]);
        // One heavy item: it fills a run alone.
        let mut items = vec![1usize; 10];
        items[0] = 100;
        let lens: Vec<usize> = cut(&items, 2, |w| *w)
            .iter()
            .map(|(_, r)| r.len())
            .collect();
        assert_eq!(lens, [1, 9]);
    }

    #[test]
    fn small_work_stays_on_one_thread() {
        assert_eq!(runs_for(0, 10), 1);
        assert_eq!(runs_for(19, 10), 1);
        // Enough for two runs: one per core, up to two.
        let cores = thread::available_parallelism().map_or(1, NonZeroUsize::get);
        assert_eq!(runs_for(20, 10), cores.min(2));
        assert_eq!(runs_for(1_000, 10), cores.min(100).min(MAX_RUNS));
        assert!(runs_for(usize::MAX, 1) <= MAX_RUNS);
        assert!(runs_for(5, 0) <= 5);
    }

    #[test]
    #[should_panic(expected = "run 2")]
    fn a_panic_in_a_run_reaches_the_caller() {
        let items = [0usize, 1, 2, 3];
        let _ = map_runs(
            &items,
            2,
            |_| 1,
            |offset, _| {
                assert!(offset == 0, "run {offset}");
            },
        );
    }
}
