//! Properties over generated schemas and generated documents: whatever
//! the schema, `is_valid` agrees with `validate` and `iter_errors` (and the
//! slice path with both), and every reported instance path is an RFC 6901
//! pointer that resolves in the document (`jsonptr`).
//!
//! `slice.rs` checks the same two properties for fixed schemas (the
//! bundled one, a schema with every kind of node) against generated and
//! perturbed documents; here the schemas vary too: every core type,
//! compound types nested three deep, unions, recursive references, and
//! the keywords of the validation and conditional-composition extensions.

use proptest::prelude::*;
use proptest::test_runner::Config;
use serde_json::{Map, Value, json};
use truss::Validator;

/// Property names the schemas declare and the documents use, including
/// ones that need escaping in a pointer.
const KEYS: &[&str] = &["a", "b", "c", "kind", "a/b", "m~n", "", "x y"];

const LEAF_TYPES: &[&str] = &[
    "string",
    "boolean",
    "null",
    "any",
    "int8",
    "uint8",
    "int32",
    "uint32",
    "int64",
    "uint64",
    "int128",
    "decimal",
    "double",
    "float",
    "float8",
    "number",
    "date",
    "datetime",
    "time",
    "duration",
    "uuid",
    "uri",
    "binary",
    "jsonpointer",
];

const STRINGS: &[&str] = &[
    "",
    "a",
    "abc",
    "ABC",
    "kind",
    "12",
    "-7",
    "3.25",
    "18446744073709551616",
    "2024-02-29",
    "2024-02-30",
    "2024-01-15T10:30:00Z",
    "23:59:60Z",
    "P1DT2H",
    "PT",
    "0f8fad5b-d9cb-469f-a165-70867728950e",
    "http://x.y/z?q#f",
    "aGVsbG8=",
    "/a~1b",
    "𝄞é",
];

const PATTERNS: &[&str] = &["^[a-z]+$", "\\d", "^(a|ab)c?$", "(?=.*\\d)", "^(a+)\\1$"];

fn leaf_type() -> impl Strategy<Value = Value> {
    prop::sample::select(LEAF_TYPES).prop_map(|t| json!({ "type": t }))
}

/// A literal for `const`, `enum` and bounds.
fn literal() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        (-300i64..300).prop_map(Value::from),
        prop::sample::select(STRINGS).prop_map(Value::from),
        Just(json!([1, "a"])),
        Just(json!({"a": 1})),
    ]
}

/// Keywords of the validation extension, added to a schema of any type
/// (where a keyword does not fit the type, the schema may not compile;
/// such cases are skipped).
fn keywords() -> impl Strategy<Value = Vec<(&'static str, Value)>> {
    let keyword = prop_oneof![
        (0u64..4).prop_map(|n| ("minLength", json!(n))),
        (0u64..4).prop_map(|n| ("maxLength", json!(n))),
        prop::sample::select(PATTERNS).prop_map(|p| ("pattern", json!(p))),
        (-5i64..5).prop_map(|n| ("minimum", json!(n))),
        (-5i64..200).prop_map(|n| ("maximum", json!(n))),
        (-5i64..5).prop_map(|n| ("exclusiveMinimum", json!(n))),
        prop::sample::select(vec![json!(2), json!(0.5), json!("0.25")])
            .prop_map(|m| ("multipleOf", m)),
        (0u64..3).prop_map(|n| ("minItems", json!(n))),
        (0u64..3).prop_map(|n| ("maxItems", json!(n))),
        Just(("uniqueItems", json!(true))),
        (0u64..3).prop_map(|n| ("minProperties", json!(n))),
        (0u64..3).prop_map(|n| ("maxProperties", json!(n))),
        (0u64..3).prop_map(|n| ("minEntries", json!(n))),
        Just(("keyNames", json!({"type": "string", "pattern": "^[a-z]+$"}))),
        Just(("propertyNames", json!({"type": "string", "maxLength": 1}))),
        Just(("dependentRequired", json!({"a": ["b"]}))),
        literal().prop_map(|v| ("const", v)),
        prop::collection::vec(literal(), 1..4).prop_map(|v| ("enum", Value::Array(v))),
        Just(("default", json!({"a": [1]}))),
    ];
    prop::collection::vec(keyword, 0..3)
}

fn with_keywords(mut schema: Value, extra: Vec<(&'static str, Value)>) -> Value {
    if let Some(obj) = schema.as_object_mut() {
        for (k, v) in extra {
            obj.insert(k.to_owned(), v);
        }
    }
    schema
}

fn object_of(members: Vec<(usize, Value)>) -> Map<String, Value> {
    members
        .into_iter()
        .map(|(i, v)| (KEYS[i % KEYS.len()].to_owned(), v))
        .collect()
}

/// A type declaration: leaves and references at the bottom, compound
/// types, unions and compositions above.
fn type_schema() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        4 => (leaf_type(), keywords()).prop_map(|(s, k)| with_keywords(s, k)),
        1 => Just(json!({"type": {"$ref": "#/definitions/Tree"}})),
        1 => Just(json!({"type": ["string", "null", {"$ref": "#/definitions/Tree"}]})),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        let members = prop::collection::vec((any::<usize>(), inner.clone()), 0..4);
        prop_oneof![
            (inner.clone(), keywords())
                .prop_map(|(items, k)| with_keywords(json!({"type": "array", "items": items}), k)),
            inner
                .clone()
                .prop_map(|items| json!({"type": "set", "items": items})),
            (inner.clone(), keywords())
                .prop_map(|(values, k)| with_keywords(json!({"type": "map", "values": values}), k)),
            (
                members.clone(),
                prop::collection::vec(any::<usize>(), 0..3),
                prop::sample::select(vec![json!(false), json!(true), json!({"type": "int32"})]),
                keywords(),
            )
                .prop_map(|(props, required, additional, k)| {
                    let props = object_of(props);
                    let mut required: Vec<&String> = required
                        .iter()
                        .filter_map(|i| props.keys().nth(i % props.len().max(1)))
                        .collect();
                    required.sort();
                    required.dedup();
                    let mut o =
                        json!({"type": "object", "properties": props, "required": required});
                    if additional != json!(true) {
                        o["additionalProperties"] = additional;
                    }
                    if o["properties"].as_object().is_some_and(Map::is_empty) {
                        o["properties"] = json!({"c": {"type": "string"}});
                    }
                    with_keywords(o, k)
                }),
            members.clone().prop_map(|props| {
                let mut props = object_of(props);
                if props.is_empty() {
                    props.insert("a".to_owned(), json!({"type": "int32"}));
                }
                let order: Vec<&String> = props.keys().collect();
                json!({"type": "tuple", "properties": props, "tuple": order})
            }),
            members.clone().prop_map(|choices| {
                let mut choices = object_of(choices);
                if choices.is_empty() {
                    choices.insert("a".to_owned(), json!({"type": "string"}));
                }
                json!({"type": "choice", "choices": choices})
            }),
            prop::collection::vec(inner.clone(), 1..3).prop_map(|s| json!({"anyOf": s})),
            prop::collection::vec(inner.clone(), 1..3).prop_map(|s| json!({"oneOf": s})),
            prop::collection::vec(inner.clone(), 1..3).prop_map(|s| json!({"allOf": s})),
            inner.clone().prop_map(|s| json!({"not": s})),
            (inner.clone(), inner.clone(), inner)
                .prop_map(|(i, t, e)| json!({"if": i, "then": t, "else": e})),
        ]
    })
}

/// A schema document: the generated type at the root, with a recursive
/// `Tree` definition that leaves may refer to.
fn schema_document() -> impl Strategy<Value = Value> {
    type_schema().prop_map(|root| {
        let mut doc = json!({
            "$schema": "https://json-structure.org/meta/validation/v0/#",
            "$id": "https://example.com/generated",
            "name": "Root",
            "definitions": {
                "Tree": {"type": "object", "properties": {
                    "kind": {"type": "string"},
                    "a": {"type": ["int32", {"$ref": "#/definitions/Tree"}]},
                    "b": {"type": "array", "items": {"type": {"$ref": "#/definitions/Tree"}}}
                }}
            }
        });
        if let (Some(doc), Value::Object(root)) = (doc.as_object_mut(), root) {
            // Compositions without a `type` are not a root type of their own.
            if !root.contains_key("type") {
                doc.insert("type".to_owned(), json!("any"));
            }
            doc.extend(root);
        }
        doc
    })
}

fn document() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        prop::sample::select(vec![0i64, 1, -1, 7, 127, 128, 255, 256, 1 << 40, i64::MIN])
            .prop_map(Value::from),
        prop::sample::select(vec![0.5f64, -2.5, 1e300, 0.25]).prop_map(Value::from),
        prop::sample::select(STRINGS).prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 40, 5, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::vec((any::<usize>(), inner), 0..5)
                .prop_map(|m| Value::Object(object_of(m))),
        ]
    })
}

/// Both properties, for one validator and one document.
fn check(v: &Validator, doc: &Value) -> Result<(), TestCaseError> {
    let quick = v.is_valid(doc);
    let full = v.validate(doc);
    prop_assert_eq!(quick, full.is_ok(), "is_valid vs validate on {}", doc);
    let errors = full.err().map(|e| e.into_vec()).unwrap_or_default();
    prop_assert_eq!(v.iter_errors(doc).count(), errors.len());
    prop_assert_eq!(v.is_valid_slice(doc.to_string().as_bytes()), quick);
    for e in &errors {
        let path = e.instance_path();
        let pointer = jsonptr::Pointer::parse(path);
        prop_assert!(pointer.is_ok(), "{:?} is not a JSON Pointer", path);
        if let Ok(pointer) = pointer {
            prop_assert!(
                pointer.resolve(doc).is_ok(),
                "{:?} ({}) does not resolve in {}",
                path,
                e.code(),
                doc
            );
        }
    }
    Ok(())
}

proptest! {
    // PROPTEST_CASES raises the count for a longer search.
    #![proptest_config(Config { cases: Config::default().cases.max(256), failure_persistence: None, ..Config::default() })]

    #[test]
    fn verdicts_agree_and_paths_resolve(schema in schema_document(), docs in prop::collection::vec(document(), 1..6)) {
        let Ok(v) = Validator::new(&schema) else {
            // Keywords that do not fit their type are schema errors; the
            // property is about validators.
            return Ok(());
        };
        for doc in &docs {
            check(&v, doc)?;
        }
        // Documents shaped by the schema's own property names reach the
        // deeper nodes more often: the schema itself, and its properties.
        check(&v, &schema)?;
        if let Some(props) = schema.get("properties") {
            check(&v, props)?;
        }
    }
}

/// The generator is not vacuous: most schemas compile, and the documents
/// meet both verdicts.
#[test]
fn generated_schemas_mostly_compile_and_meet_both_verdicts() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let (mut compiled, mut valid, mut invalid) = (0, 0, 0);
    for _ in 0..200 {
        let schema = schema_document()
            .new_tree(&mut runner)
            .expect("a schema")
            .current();
        let Ok(v) = Validator::new(&schema) else {
            continue;
        };
        compiled += 1;
        for _ in 0..5 {
            let doc = document().new_tree(&mut runner).expect("a doc").current();
            if v.is_valid(&doc) {
                valid += 1;
            } else {
                invalid += 1;
            }
        }
    }
    assert!(compiled > 120, "only {compiled} of 200 schemas compiled");
    assert!(
        valid > 20 && invalid > 20,
        "{valid} valid, {invalid} invalid"
    );
}
