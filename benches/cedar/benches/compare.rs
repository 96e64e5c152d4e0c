//! csp-support's `decide` against the Cedar encoding of the same `gdap-2025`
//! rules, on the same 64 mixed requests. Before timing, every request must
//! get the same "allowed or not" from both, or the bench panics.
//!
//! ```text
//! cargo bench --manifest-path benches/cedar/Cargo.toml
//! ```
//!
//! Cedar is timed three ways: with its inputs (request, entities) built
//! before the timed loop; built per call with Cedar's typed API (entities
//! and context from values, checked against the schema), as a Rust service
//! holding the facts would; and built per call from JSON with the schema, as
//! a service receiving JSON would.
//!
//! Throughput is 64 elements per iteration: criterion's "elem/s" and the
//! time divided by 64 are per request.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use csp_support_cedar::{
    Cedar, cedar_allows, cedar_explain, csp_allows, in_gdap_2025, to_cedar, to_cedar_typed,
};

const N: usize = 64;

fn compare(c: &mut Criterion) {
    let cedar = Cedar::new().expect("the Cedar schema and policies load and validate");
    let batch: Vec<csp_support::Request> = csp_support::samples::mixed_batch(N)
        .into_iter()
        .map(in_gdap_2025)
        .collect();
    let prebuilt: Vec<_> = batch
        .iter()
        .map(|r| to_cedar(r, &cedar.schema).expect("every request converts"))
        .collect();

    // Agreement first: the timings mean nothing if the two disagree.
    let mut allowed = 0;
    for (req, (request, entities)) in batch.iter().zip(&prebuilt) {
        let ours = csp_allows(req).expect("the mixed batch is valid");
        let (theirs, reasons, errors) =
            cedar_explain(&cedar.authorizer, &cedar.policies, request, entities);
        assert!(
            errors.is_empty(),
            "Cedar evaluation errors {errors:?} on {req:#?}"
        );
        assert_eq!(
            ours,
            theirs,
            "csp-support and Cedar disagree (csp-support: {:?}; Cedar by {reasons:?}) on {req:#?}",
            {
                let d = csp_support::decide(req);
                (d.outcome, d.rules.to_string())
            },
        );
        let (request, entities) = to_cedar_typed(req, &cedar.schema).expect("converts");
        assert_eq!(
            ours,
            cedar_allows(&cedar.authorizer, &cedar.policies, &request, &entities),
            "the typed-API inputs disagree on {req:#?}"
        );
        allowed += usize::from(ours);
    }
    assert!(allowed > 0 && allowed < N, "the batch mixes outcomes");
    eprintln!("compare: csp-support and Cedar agree on all {N} requests ({allowed} allowed)");

    let mut g = c.benchmark_group("gdap-2025 eligibility, 64 mixed requests");
    g.throughput(Throughput::Elements(N as u64));
    g.sample_size(30);
    g.measurement_time(Duration::from_secs(5));
    g.warm_up_time(Duration::from_secs(2));

    g.bench_function("csp_support::decide", |b| {
        b.iter(|| {
            let mut n = 0u32;
            for req in &batch {
                let d = csp_support::decide(black_box(req));
                n += u32::from(d.outcome.is_allowed());
            }
            black_box(n)
        })
    });

    g.bench_function("cedar, prebuilt inputs", |b| {
        b.iter(|| {
            let mut n = 0u32;
            for (request, entities) in &prebuilt {
                n += u32::from(cedar_allows(
                    &cedar.authorizer,
                    &cedar.policies,
                    black_box(request),
                    black_box(entities),
                ));
            }
            black_box(n)
        })
    });

    g.bench_function("cedar, inputs built per call (typed API)", |b| {
        b.iter(|| {
            let mut n = 0u32;
            for req in &batch {
                let (request, entities) =
                    to_cedar_typed(black_box(req), &cedar.schema).expect("every request converts");
                n += u32::from(cedar_allows(
                    &cedar.authorizer,
                    &cedar.policies,
                    &request,
                    &entities,
                ));
            }
            black_box(n)
        })
    });

    g.bench_function("cedar, inputs built per call (JSON)", |b| {
        b.iter(|| {
            let mut n = 0u32;
            for req in &batch {
                let (request, entities) =
                    to_cedar(black_box(req), &cedar.schema).expect("every request converts");
                n += u32::from(cedar_allows(
                    &cedar.authorizer,
                    &cedar.policies,
                    &request,
                    &entities,
                ));
            }
            black_box(n)
        })
    });
    g.finish();
}

criterion_group!(benches, compare);
criterion_main!(benches);
