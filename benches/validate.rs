//! truss side by side with `serde_json` parsing alone, the official JSON
//! Structure SDK (`json-structure`) and `jsonschema` (formats on) on the
//! same documents, in one run, so that ratios are comparable even on a
//! noisy machine.
//!
//! Groups are workloads (`seed-10000-valid`, `repaired-100-faulty`,
//! `deep-tree-60`, …, and `compile`); functions are `<engine>-<operation>`.
//! `cargo run -p truss-suite --release --bin bench-report` turns the results
//! into the table of PERFORMANCE.md.

use std::hint::black_box;
use std::time::Duration;

use criterion::measurement::WallTime;
use criterion::{BenchmarkGroup, Criterion, SamplingMode, criterion_group, criterion_main};
use serde_json::{Value, json};
use truss_suite::workloads;

const SEED_STRUCT: &str = include_str!("../schemas/hubspot/batch-calls-response.struct.json");
const REPAIRED_STRUCT: &str = include_str!("schemas/batch-calls-response.repaired.struct.json");
const SEED_JSON_SCHEMA: &str = include_str!("schemas/batch-calls-response.seed.schema.json");
const REPAIRED_JSON_SCHEMA: &str =
    include_str!("schemas/batch-calls-response.repaired.schema.json");

/// Faults injected into the "faulty" documents.
const FAULTS: usize = 10;

fn schema(text: &str) -> Value {
    serde_json::from_str(text).expect("benchmark schemas are JSON")
}

fn jsonschema_validator(schema: &Value) -> jsonschema::Validator {
    jsonschema::options()
        .should_validate_formats(true)
        .build(schema)
        .expect("benchmark JSON Schemas compile")
}

/// One workload: a JSON Structure schema, the equivalent JSON Schema, and a
/// document as text.
struct Workload {
    name: String,
    structure: Value,
    json_schema: Value,
    text: String,
    /// Whether the document is expected to be valid (checked before timing).
    valid: bool,
    big: bool,
}

fn configure(group: &mut BenchmarkGroup<'_, WallTime>, big: bool) {
    // Short on purpose: a full `cargo bench` stays within a few minutes.
    // Ratios that matter are measured paired, in `benches/targets.rs`.
    if big {
        group
            .sample_size(15)
            .warm_up_time(Duration::from_millis(300))
            .measurement_time(Duration::from_secs(2))
            .sampling_mode(SamplingMode::Flat);
    } else {
        group
            .sample_size(20)
            .warm_up_time(Duration::from_millis(200))
            .measurement_time(Duration::from_millis(600));
    }
}

/// Visits every value of a parsed document and checks nothing: the floor
/// under any validator that walks a `serde_json::Value`.
fn traverse(v: &Value) -> usize {
    match v {
        Value::Object(m) => m.iter().map(|(k, v)| k.len() + traverse(v)).sum(),
        Value::Array(a) => a.iter().map(traverse).sum(),
        Value::String(s) => s.len(),
        _ => 1,
    }
}

fn bench_workload(c: &mut Criterion, w: &Workload) {
    let truss = truss::Validator::new(&w.structure).expect("the schema compiles");
    let js = jsonschema_validator(&w.json_schema);
    let sdk = json_structure::InstanceValidator::new();
    let doc: Value = serde_json::from_str(&w.text).expect("the document is JSON");
    let bytes = w.text.as_bytes();

    // The engines must agree before their speed is compared.
    assert_eq!(truss.is_valid(&doc), w.valid, "{}: truss is_valid", w.name);
    assert_eq!(
        truss.is_valid_slice(bytes),
        w.valid,
        "{}: truss is_valid_slice",
        w.name
    );
    assert_eq!(
        js.is_valid(&doc),
        w.valid,
        "{}: jsonschema is_valid",
        w.name
    );
    if sdk.validate(&w.text, &w.structure).is_valid() != w.valid {
        eprintln!(
            "note: {}: the json-structure SDK disagrees (valid = {})",
            w.name, !w.valid
        );
    }

    let mut group = c.benchmark_group(&w.name);
    configure(&mut group, w.big);
    group.bench_function("serde_json-parse", |b| {
        b.iter(|| serde_json::from_str::<Value>(black_box(&w.text)).map(drop))
    });
    group.bench_function("serde_json-traverse", |b| {
        b.iter(|| traverse(black_box(&doc)))
    });
    group.bench_function("truss-is_valid", |b| {
        b.iter(|| truss.is_valid(black_box(&doc)))
    });
    group.bench_function("truss-validate", |b| {
        b.iter(|| truss.validate(black_box(&doc)).map_err(|e| e.len()))
    });
    group.bench_function("truss-is_valid_slice", |b| {
        b.iter(|| truss.is_valid_slice(black_box(bytes)))
    });
    group.bench_function("truss-validate_slice", |b| {
        b.iter(|| truss.validate_slice(black_box(bytes)).is_ok())
    });
    group.bench_function("truss-parse+is_valid", |b| {
        b.iter(|| {
            let doc: Value = serde_json::from_slice(black_box(bytes)).expect("JSON");
            truss.is_valid(&doc)
        })
    });
    group.bench_function("jsonschema-is_valid", |b| {
        b.iter(|| js.is_valid(black_box(&doc)))
    });
    group.bench_function("jsonschema-validate", |b| {
        b.iter(|| js.iter_errors(black_box(&doc)).count())
    });
    group.bench_function("jsonschema-parse+is_valid", |b| {
        b.iter(|| {
            let doc: Value = serde_json::from_slice(black_box(bytes)).expect("JSON");
            js.is_valid(&doc)
        })
    });
    if w.big {
        // Hundreds of milliseconds per call: a few samples say enough.
        group.sample_size(10);
    }
    group.bench_function("json-structure-validate_str", |b| {
        b.iter(|| sdk.validate(black_box(&w.text), &w.structure).is_valid())
    });
    group.finish();
}

fn batch_workloads() -> Vec<Workload> {
    let mut out = Vec::new();
    for (label, structure, json_schema) in [
        ("seed", SEED_STRUCT, SEED_JSON_SCHEMA),
        ("repaired", REPAIRED_STRUCT, REPAIRED_JSON_SCHEMA),
    ] {
        for results in [1usize, 100, 10_000] {
            for faults in [0, FAULTS] {
                out.push(Workload {
                    name: format!(
                        "{label}-{results}-{}",
                        if faults == 0 { "valid" } else { "faulty" }
                    ),
                    structure: schema(structure),
                    json_schema: schema(json_schema),
                    text: workloads::batch_calls_response_text(results, 2024, faults),
                    valid: faults == 0,
                    big: results >= 10_000,
                });
            }
        }
    }
    out
}

/// Nesting depth of the deep tree: each level is an object and an array, and
/// `serde_json` parses at most 128 levels of text.
const DEEP: usize = 60;

/// Entries of the wide map and records of the string-heavy array.
const SYNTHETIC: usize = 2_000;

fn synthetic_workloads() -> Vec<Workload> {
    let (deep, deep_doc) = workloads::deep_tree(DEEP);
    // 2,000 entries: the SDK needs seconds per call on 10,000 string-heavy records.
    let (wide, wide_doc) = workloads::wide_map(SYNTHETIC);
    let (strings, strings_doc) = workloads::string_heavy(SYNTHETIC);
    let int32 = json!({"type": "integer", "minimum": -2147483648i64, "maximum": 2147483647});
    vec![
        Workload {
            name: format!("deep-tree-{DEEP}"),
            structure: deep,
            json_schema: json!({
                "$schema": "https://json-schema.org/draft/2020-12/schema",
                "$ref": "#/$defs/Node",
                "$defs": {"Node": {
                    "type": "object",
                    "properties": {
                        "value": int32,
                        "children": {"type": "array", "items": {"$ref": "#/$defs/Node"}}
                    },
                    "required": ["value", "children"]
                }}
            }),
            text: workloads::to_text(&deep_doc),
            valid: true,
            big: false,
        },
        Workload {
            name: format!("wide-map-{SYNTHETIC}"),
            structure: wide,
            json_schema: json!({
                "$schema": "https://json-schema.org/draft/2020-12/schema",
                "type": "object",
                "additionalProperties": {
                    "type": "object",
                    "properties": {
                        "id": {"type": "string", "format": "uuid"},
                        "label": {"type": "string"},
                        "score": {"type": "number"},
                        "count": int32,
                        "active": {"type": "boolean"},
                        "tags": {"type": "array", "items": {"type": "string"}}
                    },
                    "required": ["id", "label", "count", "active"]
                }
            }),
            text: workloads::to_text(&wide_doc),
            valid: true,
            big: true,
        },
        Workload {
            name: format!("string-heavy-{SYNTHETIC}"),
            structure: strings,
            json_schema: json!({
                "$schema": "https://json-schema.org/draft/2020-12/schema",
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "createdAt": {"type": "string", "format": "date-time"},
                        "birthDate": {"type": "string", "format": "date"},
                        "startTime": {"type": "string", "format": "time"},
                        "id": {"type": "string", "format": "uuid"},
                        "amount": {"type": "string", "pattern": "^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"},
                        "sequence": {"type": "string", "pattern": "^-?(0|[1-9][0-9]*)$"},
                        "homepage": {"type": "string", "format": "uri-reference"},
                        "timeout": {"type": "string", "format": "duration"}
                    },
                    "required": ["createdAt", "birthDate", "startTime", "id",
                                 "amount", "sequence", "homepage", "timeout"]
                }
            }),
            text: workloads::to_text(&strings_doc),
            valid: true,
            big: true,
        },
    ]
}

fn compile(c: &mut Criterion) {
    let mut group = c.benchmark_group("compile");
    configure(&mut group, false);
    for (label, structure, json_schema) in [
        ("seed", SEED_STRUCT, SEED_JSON_SCHEMA),
        ("repaired", REPAIRED_STRUCT, REPAIRED_JSON_SCHEMA),
    ] {
        let structure = schema(structure);
        let json_schema = schema(json_schema);
        group.bench_function(format!("truss-compile-{label}"), |b| {
            b.iter_with_large_drop(|| truss::Validator::new(black_box(&structure)))
        });
        group.bench_function(format!("jsonschema-compile-{label}"), |b| {
            b.iter_with_large_drop(|| jsonschema_validator(black_box(&json_schema)))
        });
    }
    group.finish();
}

fn batches(c: &mut Criterion) {
    for w in batch_workloads() {
        bench_workload(c, &w);
    }
}

fn synthetic(c: &mut Criterion) {
    for w in synthetic_workloads() {
        bench_workload(c, &w);
    }
}

criterion_group!(benches, compile, batches, synthetic);
criterion_main!(benches);
