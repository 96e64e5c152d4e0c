//! The readiness report of 10,000 customers as one HTML page (target:
//! ≤ 200 ms), and the policy pages.
//!
//! The export is the readiness bench's (`tests/common/big_book.rs`); the
//! report is built outside the timed loop.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use csp_support::exports::Exports;
use csp_support::matrix::{Matrix, MatrixDiff};
use csp_support::readiness;
use csp_support::{Edition, samples};

#[path = "../tests/common/big_book.rs"]
mod big_book;

fn bench(c: &mut Criterion) {
    let files = big_book::export_files(big_book::CUSTOMERS);
    let exports = Exports::read(&big_book::sources(&files));
    let profile = big_book::profile(&files);
    let report = readiness::readiness(&profile, &exports, Edition::Gdap2025, samples::filed_at());
    assert_eq!(report.customers.len(), big_book::CUSTOMERS);
    let inputs = ["profile.json", "export/"];

    let mut group = c.benchmark_group("html");
    group.sample_size(20);
    group.bench_function("readiness_10k_customers", |b| {
        b.iter(|| readiness::render_html(black_box(&report), &inputs));
    });
    let matrix = Matrix::build(Edition::Gdap2025);
    group.bench_function("matrix", |b| b.iter(|| black_box(&matrix).to_html()));
    let diff = MatrixDiff::editions(Edition::Dap, Edition::Gdap2025);
    group.bench_function("diff", |b| b.iter(|| black_box(&diff).to_html()));
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
