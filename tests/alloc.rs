//! Zero heap allocations on the decision path: a counting global allocator
//! (per thread, since tests run in parallel) around `decide` and `assess`.
//! `unsafe` is forbidden in the library, not here: a `GlobalAlloc` needs it.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use csp_support::{assess, decide, samples};

struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<u64> = const { Cell::new(0) };
}

// SAFETY: delegates every call to the system allocator unchanged; it only
// counts allocations of the current thread.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let _ = ALLOCATIONS.try_with(|c| c.set(c.get() + 1));
        // SAFETY: same contract as the caller's.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let _ = ALLOCATIONS.try_with(|c| c.set(c.get() + 1));
        // SAFETY: same contract as the caller's.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// Allocations `f` makes on this thread.
fn allocations<R>(f: impl FnOnce() -> R) -> (u64, R) {
    let before = ALLOCATIONS.with(Cell::get);
    let r = f();
    (ALLOCATIONS.with(Cell::get) - before, r)
}

#[test]
fn counter_counts() {
    let (n, v) = allocations(|| vec![1u8; 16]);
    assert_eq!(n, 1);
    drop(v);
}

#[test]
fn decide_allocates_nothing() {
    let batch = samples::mixed_batch(256);
    for r in &batch {
        let (n, d) = allocations(|| decide(r));
        assert!(d.is_ok());
        assert_eq!(n, 0, "decide allocated for {r:?}");
    }
}

#[test]
fn assess_allocates_nothing() {
    let batch = samples::mixed_batch(256);
    for r in &batch {
        let (n, a) = allocations(|| assess(r));
        assert!(a.is_ok());
        assert_eq!(n, 0, "assess allocated for {r:?}");
    }
}
