//! The official SDKs' shared test assets for the validation and
//! conditional composition extensions (read from the shared corpus in
//! place): every invalid instance fails with the code it names, extension
//! keywords warn exactly when their extension is off, and the adversarial
//! compositions and patterns finish quickly with the right verdicts.

mod support;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde_json::Value;
use support::{files, read_json, shared};
use truss::Validator;

fn assets() -> PathBuf {
    shared().join("corpus/sdk-test-assets")
}

fn file_name(p: &Path) -> String {
    p.file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default()
        .to_owned()
}

/// What an asset instance validates: its `value`, or else the object
/// without the `_`-prefixed bookkeeping keys.
fn payload(doc: &Value) -> Value {
    if let Some(v) = doc.get("value") {
        return v.clone();
    }
    match doc {
        Value::Object(o) => Value::Object(
            o.iter()
                .filter(|(k, _)| !k.starts_with('_'))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
        ),
        other => other.clone(),
    }
}

#[test]
fn every_validation_instance_fails_with_its_expected_code() {
    let root = assets();
    let schemas = files(&root.join("schemas/validation"), |n| {
        n.ends_with(".struct.json")
    });
    assert!(schemas.len() >= 16, "expected the validation schemas");
    let mut checked = 0;
    for schema_path in schemas {
        let name = file_name(&schema_path).replace(".struct.json", "");
        let v = Validator::new(&read_json(&schema_path))
            .unwrap_or_else(|e| panic!("{name}: the schema must compile: {e}"));
        let not_enabled: Vec<String> = v
            .warnings()
            .iter()
            .filter(|d| d.code() == "SCHEMA_EXTENSION_KEYWORD_NOT_ENABLED")
            .map(ToString::to_string)
            .collect();
        assert!(not_enabled.is_empty(), "{name}: {not_enabled:?}");
        let dir = root.join("instances/validation").join(&name);
        for instance in files(&dir, |n| n.ends_with(".json")) {
            let doc = read_json(&instance);
            let expected = doc
                .get("_expectedError")
                .and_then(Value::as_str)
                .unwrap_or_else(|| panic!("{}: no _expectedError", instance.display()));
            let data = payload(&doc);
            let found: Vec<&str> = v.iter_errors(&data).map(|e| e.code()).collect();
            assert!(
                found.contains(&expected) && !v.is_valid(&data),
                "{name}/{}: expected {expected} among the violations, found {found:?}",
                file_name(&instance)
            );
            checked += 1;
        }
    }
    assert!(checked >= 28, "only {checked} instances found");
}

#[test]
fn extension_keywords_warn_exactly_when_their_extension_is_off() {
    let dir = assets().join("schemas/warnings");
    let all = files(&dir, |n| n.ends_with(".json"));
    assert!(all.len() >= 24, "expected the warning schemas");
    for path in all {
        let name = file_name(&path);
        let v = Validator::new(&read_json(&path))
            .unwrap_or_else(|e| panic!("{name}: the schema must compile: {e}"));
        let count = v
            .warnings()
            .iter()
            .filter(|d| d.code() == "SCHEMA_EXTENSION_KEYWORD_NOT_ENABLED")
            .count();
        if name.contains("-without-uses") {
            assert!(
                count >= 1,
                "{name}: expected SCHEMA_EXTENSION_KEYWORD_NOT_ENABLED"
            );
        } else if name.contains("-with-uses") {
            assert_eq!(count, 0, "{name}: {:?}", v.warnings());
        } else {
            panic!("{name}: neither a with-uses nor a without-uses schema");
        }
    }
}

fn adversarial(name: &str) -> Value {
    read_json(
        &assets()
            .join("schemas/adversarial")
            .join(format!("{name}.struct.json")),
    )
}

/// The adversarial instances written for a schema: those whose `$schema`
/// is the schema's `$id`.
fn instances_of(schema: &Value) -> Vec<(String, Value)> {
    let id = schema.get("$id").cloned();
    files(&assets().join("instances/adversarial"), |n| {
        n.ends_with(".json")
    })
    .into_iter()
    .map(|p| (file_name(&p), read_json(&p)))
    .filter(|(_, doc)| doc.get("$schema").cloned() == id)
    .collect()
}

/// Validates and checks the verdict within a generous time bound (the
/// tests run unoptimised).
fn timed_verdict(v: &Validator, doc: &Value, what: &str) -> Vec<String> {
    let started = Instant::now();
    let codes: Vec<String> = v.iter_errors(doc).map(|e| e.code().to_owned()).collect();
    assert_eq!(
        v.is_valid(doc),
        codes.is_empty(),
        "{what}: is_valid disagrees"
    );
    let took = started.elapsed();
    assert!(took < Duration::from_secs(2), "{what}: took {took:?}");
    codes
}

#[test]
fn adversarial_compositions_finish_quickly_with_the_right_verdicts() {
    // name → (instance file, expected codes under the schema's own $uses)
    let cases: [(&str, &str, &[&str]); 3] = [
        (
            "allof-conflicting-types",
            "allof-conflict.json",
            &["INSTANCE_STRING_EXPECTED", "INSTANCE_INTEGER_EXPECTED"],
        ),
        (
            "oneof-all-match",
            "oneof-all-match.json",
            &["INSTANCE_ONE_OF_INVALID_COUNT"],
        ),
        // Core `$schema` without `$uses`: `anyOf` and `minimum` are
        // warned about and not enforced (DESIGN §2.12).
        ("anyof-none-match", "anyof-none-match.json", &[]),
    ];
    for (name, instance, expected) in cases {
        let schema = adversarial(name);
        let v = Validator::new(&schema).unwrap_or_else(|e| panic!("{name}: {e}"));
        let found = instances_of(&schema);
        let doc = found
            .iter()
            .find(|(f, _)| f == instance)
            .map(|(_, d)| d)
            .unwrap_or_else(|| panic!("{name}: no instance {instance} among {found:?}"));
        assert_eq!(
            timed_verdict(&v, doc, instance),
            expected,
            "{name}/{instance}"
        );
    }

    // With every extension forced on, the anyOf is enforced: 50 is neither
    // ≥ 100 nor ≤ -100.
    let schema = adversarial("anyof-none-match");
    let v = Validator::options()
        .enable_all_extensions(true)
        .build(&schema)
        .unwrap();
    let doc = &instances_of(&schema)[0].1;
    let errors: Vec<truss::ValidationError> = v.iter_errors(doc).collect();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].code(), "INSTANCE_ANY_OF_NONE_MATCHED");
    assert_eq!(errors[0].instance_path(), "/cantMatch");
    let causes: Vec<(&str, &str)> = errors[0]
        .causes()
        .iter()
        .map(|c| (c.schema_path(), c.code()))
        .collect();
    assert_eq!(
        causes,
        [
            (
                "/properties/cantMatch/anyOf/0/minimum",
                "INSTANCE_NUMBER_MINIMUM"
            ),
            (
                "/properties/cantMatch/anyOf/1/maximum",
                "INSTANCE_NUMBER_MAXIMUM"
            ),
        ]
    );

    // No instance is published for the deeply nested composition; these
    // are its verdicts by hand.
    let schema = adversarial("deeply-nested-allof");
    let v = Validator::new(&schema).unwrap();
    assert!(
        v.warnings().is_empty(),
        "a composed root needs no type: {:?}",
        v.warnings()
    );
    for (doc, valid) in [
        (serde_json::json!("text"), true),
        (serde_json::json!(7), true),
        (serde_json::json!(true), true),
        (Value::Null, true),
        (serde_json::json!(1.5), false),
        (serde_json::json!({"a": 1}), false),
    ] {
        let codes = timed_verdict(&v, &doc, &doc.to_string());
        assert_eq!(codes.is_empty(), valid, "{doc}: {codes:?}");
    }
}

#[test]
fn redos_patterns_decide_100_kb_inputs_quickly() {
    for name in ["redos-pattern", "redos-catastrophic-backtracking"] {
        let schema = adversarial(name);
        let v = Validator::new(&schema).unwrap_or_else(|e| panic!("{name}: {e}"));
        let mut attack = "a".repeat(100 * 1024);
        attack.push('!');
        let doc = Value::String(attack);
        let codes = timed_verdict(&v, &doc, name);
        assert_eq!(codes, ["INSTANCE_STRING_PATTERN_MISMATCH"], "{name}");
        let fine = Value::String("a".repeat(100 * 1024));
        assert!(timed_verdict(&v, &fine, name).is_empty(), "{name}");
    }
    let schema = adversarial("redos-pattern");
    let v = Validator::new(&schema).unwrap();
    for (file, doc) in instances_of(&schema) {
        // `{"vulnerable": "aaa…ab"}` is not a string, and the trailing `b`
        // would not match either; either way it is refused, and fast.
        assert!(!timed_verdict(&v, &doc, &file).is_empty(), "{file}");
    }
}
