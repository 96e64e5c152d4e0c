//! The readiness report over 10,000 customers from raw exported files
//! (target: read + report ≤ 100 ms).
//!
//! The export (`tests/common/big_book.rs`): about 13,300 GDAP relationships
//! in Graph pages, one access-assignment list per relationship, 2,000
//! subscriptions' ARM role assignments, each file as Microsoft returns it.
//! `read_and_report` times what `csp-support readiness` does after reading
//! the files from disk; `read` and `report` time the halves.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use csp_support::exports::Exports;
use csp_support::readiness::{self, Format};
use csp_support::{Edition, samples};

#[path = "../tests/common/big_book.rs"]
mod big_book;

fn bench(c: &mut Criterion) {
    let files = big_book::export_files(big_book::CUSTOMERS);
    let sources = big_book::sources(&files);
    let profile = big_book::profile(&files);
    let at = samples::filed_at();
    let exports = Exports::read(&sources);
    assert!(!exports.is_partial(), "{:?}", exports.warnings.first());
    let report = readiness::readiness(&profile, &exports, Edition::Gdap2025, at);
    assert_eq!(report.customers.len(), big_book::CUSTOMERS);
    let mut group = c.benchmark_group("readiness_10k_customers");
    group.sample_size(20);
    group.bench_function("read_and_report", |b| {
        b.iter(|| {
            let exports = Exports::read(black_box(&sources));
            let report = readiness::readiness(black_box(&profile), &exports, Edition::Gdap2025, at);
            black_box(report.customers.len())
        });
    });
    group.bench_function("read", |b| {
        b.iter(|| Exports::read(black_box(&sources)));
    });
    group.bench_function("report", |b| {
        b.iter(|| {
            readiness::readiness(
                black_box(&profile),
                black_box(&exports),
                Edition::Gdap2025,
                at,
            )
        });
    });
    group.bench_function("render_markdown", |b| {
        b.iter(|| readiness::render(black_box(&report), Format::Markdown));
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
