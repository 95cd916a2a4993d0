//! Many documents on all cores: the same batch validated on one thread and
//! with rayon across every core (`Validator` is `Send + Sync`, so one
//! compiled validator is shared by reference).

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, SamplingMode, criterion_group, criterion_main};
use rayon::prelude::*;
use serde_json::Value;
use truss_suite::workloads;

/// 256 documents of 100 results each (about 20 MB of text in all).
const DOCUMENTS: usize = 256;
const RESULTS: usize = 100;

fn parallel(c: &mut Criterion) {
    let schema: Value = serde_json::from_str(include_str!(
        "../schemas/hubspot/batch-calls-response.struct.json"
    ))
    .expect("the bundled schema is JSON");
    let validator = truss::Validator::new(&schema).expect("the bundled schema compiles");
    let texts: Vec<String> = (0..DOCUMENTS as u64)
        .map(|seed| workloads::batch_calls_response_text(RESULTS, seed, 0))
        .collect();
    let docs: Vec<Value> = texts
        .iter()
        .map(|t| serde_json::from_str(t).expect("JSON"))
        .collect();
    assert!(texts.iter().all(|t| validator.is_valid_slice(t.as_bytes())));

    let mut group = c.benchmark_group(format!("parallel-{DOCUMENTS}x{RESULTS}"));
    group
        .sample_size(20)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3))
        .sampling_mode(SamplingMode::Flat);
    group.bench_function("sequential-is_valid_slice", |b| {
        b.iter(|| {
            texts
                .iter()
                .all(|t| validator.is_valid_slice(black_box(t.as_bytes())))
        })
    });
    group.bench_function("rayon-is_valid_slice", |b| {
        b.iter(|| {
            texts
                .par_iter()
                .all(|t| validator.is_valid_slice(black_box(t.as_bytes())))
        })
    });
    group.bench_function("sequential-is_valid", |b| {
        b.iter(|| docs.iter().all(|d| validator.is_valid(black_box(d))))
    });
    group.bench_function("rayon-is_valid", |b| {
        b.iter(|| docs.par_iter().all(|d| validator.is_valid(black_box(d))))
    });
    group.finish();
}

criterion_group!(benches, parallel);
criterion_main!(benches);
