//! The readiness report over 10,000 customers from raw exported files
//! (target: read + report ≤ 100 ms), with the system allocator: what a
//! service that uses the library gets by default. `readiness_cli` runs the
//! same with the `csp-support` binary's allocator.
//!
//! The export (`tests/common/big_book.rs`): about 13,300 GDAP relationships
//! in Graph pages, one access-assignment list per relationship, 2,000
//! subscriptions' ARM role assignments, each file as Microsoft returns it.
//! `read_and_report` times what `csp-support readiness` does after reading
//! the files from disk; `read` and `report` time the halves.
//!
//! `cargo bench --bench readiness`

use criterion::{Criterion, criterion_group, criterion_main};

#[path = "../tests/common/big_book.rs"]
mod big_book;
#[path = "common/readiness.rs"]
mod common;

fn bench(c: &mut Criterion) {
    common::bench(c, "readiness_10k_customers");
}

criterion_group!(benches, bench);
criterion_main!(benches);
