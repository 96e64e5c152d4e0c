//! Decision benchmarks: the eligibility decision and the full assessment per
//! outcome path and per edition, and a mixed batch of 64 requests.
//!
//! `cargo bench --bench decide`

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use csp_support::{Edition, Request, assess, decide, samples};

fn paths() -> [(&'static str, Request); 4] {
    [
        ("allowed", samples::direct_partner_azure()),
        ("denied", samples::reseller_azure_gdap_2025()),
        ("not_covered", samples::billing_dispute_gdap_2025()),
        ("redirected", samples::marketplace_product()),
    ]
}

fn by_outcome(c: &mut Criterion) {
    let mut g = c.benchmark_group("decide");
    for (name, r) in paths() {
        g.bench_function(name, |b| b.iter(|| decide(black_box(&r))));
    }
    g.finish();
    let mut g = c.benchmark_group("assess");
    for (name, r) in paths() {
        g.bench_function(name, |b| b.iter(|| assess(black_box(&r))));
    }
    g.finish();
}

fn by_edition(c: &mut Criterion) {
    let mut g = c.benchmark_group("assess_edition");
    for &e in Edition::ALL {
        let mut r = samples::direct_partner_azure();
        r.edition = e;
        if let csp_support::Tenant::Customer(cust) = &mut r.tenant {
            cust.delegated_admin = true;
        }
        g.bench_function(e.to_string(), |b| b.iter(|| assess(black_box(&r))));
    }
    g.finish();
}

fn mixed(c: &mut Criterion) {
    let batch = samples::mixed_batch(64);
    let mut g = c.benchmark_group("mixed64");
    g.throughput(Throughput::Elements(64));
    g.bench_function("decide", |b| {
        b.iter(|| {
            for r in &batch {
                let _ = black_box(decide(black_box(r)));
            }
        })
    });
    g.bench_function("assess", |b| {
        b.iter(|| {
            for r in &batch {
                let _ = black_box(assess(black_box(r)));
            }
        })
    });
    g.finish();
}

criterion_group!(benches, by_outcome, by_edition, mixed);
criterion_main!(benches);
