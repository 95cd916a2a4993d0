//! One workload per validation keyword family (numeric, string, array,
//! object, map, composition) and the ReDoS patterns of the adversarial
//! assets on long inputs: `compile`, then `is_valid` and `is_valid_slice` on
//! a valid document of 10,000 items, and `validate` and `validate_slice` on
//! the same document with one fault in ten items.
//!
//! `cargo bench -p truss-suite --bench keywords`

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use serde_json::{Value, json};

const ITEMS: usize = 10_000;

fn validator(items: Value) -> truss::Validator {
    truss::Validator::new(&schema(items)).expect("benchmark schemas compile")
}

fn schema(items: Value) -> Value {
    json!({
        "$schema": "https://json-structure.org/meta/core/v0/#",
        "$id": "https://example.com/bench/keywords",
        "$uses": ["JSONStructureValidation", "JSONStructureConditionalComposition"],
        "name": "Items",
        "type": "array",
        "items": items
    })
}

/// (family, item schema, a valid item for index i, a faulty item for index i)
type Family = (&'static str, Value, fn(usize) -> Value, fn(usize) -> Value);

fn families() -> Vec<Family> {
    vec![
        (
            "numeric",
            json!({"type": "double", "minimum": 0, "exclusiveMaximum": 1000000, "multipleOf": 0.25}),
            |i| json!(i as f64 * 0.25),
            |_| json!(0.3),
        ),
        (
            "numeric-int64",
            json!({"type": "int64", "minimum": "-9000000000000000000", "maximum": "9000000000000000000"}),
            |i| json!(format!("{}", i as i64 * 1_000_000_007)),
            |_| json!("9100000000000000000"),
        ),
        (
            "string",
            json!({"type": "string", "minLength": 3, "maxLength": 40, "pattern": "^[a-z]+-\\d+$", "format": "hostname"}),
            |i| json!(format!("host-{i}")),
            |_| json!("host-x"),
        ),
        (
            "array",
            json!({"type": "array", "items": {"type": "int32"}, "minItems": 1, "maxItems": 8, "uniqueItems": true, "contains": {"type": "int32", "minimum": 5}}),
            |i| json!([i, i + 1, i + 5]),
            |i| json!([i + 5, i + 5]),
        ),
        (
            "object",
            json!({"type": "object", "properties": {"a": {"type": "string"}, "b": {"type": "int32"}, "c": {"type": "boolean"}},
                   "minProperties": 2, "maxProperties": 3, "dependentRequired": {"c": ["a"]},
                   "patternProperties": {"^[a-c]$": {"type": "any"}}, "propertyNames": {"type": "string", "maxLength": 1}}),
            |i| json!({"a": "x", "b": i, "c": true}),
            |_| json!({"c": true, "b": 1}),
        ),
        (
            "map",
            json!({"type": "map", "values": {"type": "uint16"}, "minEntries": 1, "maxEntries": 4, "keyNames": {"type": "string", "pattern": "^k[0-9]+$"}}),
            |i| json!({"k1": i % 1000, "k2": 7}),
            |_| json!({"x": 1}),
        ),
        (
            "composition",
            json!({"type": "any", "anyOf": [{"type": "string"}, {"type": "int32", "minimum": 0}],
                   "not": {"type": "int32", "minimum": 1000000},
                   "if": {"type": "int32"}, "then": {"type": "int32", "maximum": 999999}}),
            |i| json!(i),
            |_| json!(-1),
        ),
    ]
}

fn docs(valid: fn(usize) -> Value, faulty: fn(usize) -> Value) -> (Value, Value) {
    let good: Vec<Value> = (0..ITEMS).map(valid).collect();
    let bad: Vec<Value> = (0..ITEMS)
        .map(|i| if i % 10 == 0 { faulty(i) } else { valid(i) })
        .collect();
    (Value::Array(good), Value::Array(bad))
}

fn keyword_families(c: &mut Criterion) {
    for (name, items, valid, faulty) in families() {
        let v = validator(items.clone());
        let (good, bad) = docs(valid, faulty);
        assert!(
            v.is_valid(&good),
            "{name}: the valid document must be valid"
        );
        assert_eq!(
            v.iter_errors(&bad).count(),
            ITEMS / 10,
            "{name}: one violation per faulty item"
        );
        let good_text = serde_json::to_vec(&good).expect("a Value serializes");
        let bad_text = serde_json::to_vec(&bad).expect("a Value serializes");
        assert!(v.is_valid_slice(&good_text), "{name}: bytes path agrees");
        let schema = schema(items);
        let mut group = c.benchmark_group(format!("keywords-{name}"));
        group
            .sample_size(20)
            .warm_up_time(Duration::from_millis(300))
            .measurement_time(Duration::from_secs(2));
        group.bench_function("compile", |b| {
            b.iter(|| truss::Validator::new(black_box(&schema)).is_ok())
        });
        group.bench_function("is_valid", |b| b.iter(|| v.is_valid(black_box(&good))));
        group.bench_function("validate-faulty", |b| {
            b.iter(|| v.validate(black_box(&bad)).is_err())
        });
        group.bench_function("is_valid_slice", |b| {
            b.iter(|| v.is_valid_slice(black_box(&good_text)))
        });
        group.bench_function("validate_slice-faulty", |b| {
            b.iter(|| v.validate_slice(black_box(&bad_text)).is_err())
        });
        group.finish();
    }
}

/// The catastrophic-backtracking patterns of the adversarial assets, on a
/// 100,000-character input that almost matches: linear on the regex crate,
/// step-limited where lookaround or backreferences need backtracking.
fn redos(c: &mut Criterion) {
    let input = format!("{}!", "a".repeat(100_000));
    let mut group = c.benchmark_group("redos-100k");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_millis(200))
        .measurement_time(Duration::from_secs(2));
    for pattern in [
        "^(a+)+$",
        "^(a|a)*$",
        "^(a|aa)+$",
        "(.*a){12}$",
        "^(a+)\\1*$",
    ] {
        let v = validator(json!({"type": "string", "pattern": pattern}));
        let doc = json!([input]);
        assert!(!v.is_valid(&doc), "{pattern} cannot match the input");
        group.bench_function(pattern, |b| b.iter(|| v.is_valid(black_box(&doc))));
    }
    group.finish();
}

criterion_group!(benches, keyword_families, redos);
criterion_main!(benches);
