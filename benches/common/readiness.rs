//! The body of the readiness benches (`readiness.rs`: the system allocator,
//! as a library user's binary has it; `readiness_cli.rs`: mimalloc, as the
//! `csp-support` binary has it).

use std::hint::black_box;

use criterion::Criterion;
use csp_support::exports::Exports;
use csp_support::readiness::{self, Format};
use csp_support::{Edition, samples};

use crate::big_book;

/// The benches of the group `group`.
pub fn bench(c: &mut Criterion, group: &str) {
    let files = big_book::export_files(big_book::CUSTOMERS);
    let sources = big_book::sources(&files);
    let profile = big_book::profile(&files);
    let at = samples::filed_at();
    let exports = Exports::read(&sources);
    assert!(!exports.is_partial(), "{:?}", exports.warnings.first());
    let report = readiness::readiness(&profile, &exports, Edition::Gdap2025, at);
    assert_eq!(report.customers.len(), big_book::CUSTOMERS);
    let mut group = c.benchmark_group(group);
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
