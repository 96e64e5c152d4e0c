//! The readiness bench (`readiness.rs`) with the allocator of the
//! `csp-support` binary, mimalloc: what `csp-support readiness` does after
//! reading the files from disk.
//!
//! `cargo bench --features cli --bench readiness_cli`

use criterion::{Criterion, criterion_group, criterion_main};

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[path = "../tests/common/big_book.rs"]
mod big_book;
#[path = "common/readiness.rs"]
mod common;

fn bench(c: &mut Criterion) {
    common::bench(c, "readiness_10k_customers_cli");
}

criterion_group!(benches, bench);
criterion_main!(benches);
