//! The byte-slice path (`is_valid_slice`, `validate_slice` and the `_str`
//! variants) against the value path (`serde_json::from_str` then
//! `is_valid`/`validate`): same verdicts, and the same violations
//! (instance path, schema path, code and message, as multisets: the slice
//! path reports in document order, the value path in key order).
//!
//! Documents are generated: BatchCallsResponse documents with injected
//! faults and random perturbations (replaced subtrees, removed and added
//! members, repeated keys), and random JSON against a schema that uses
//! every kind of node, plus truncated text for syntax errors. Every
//! reported instance path must resolve in the document (`jsonptr`).

mod support;

use proptest::prelude::*;
use proptest::test_runner::Config;
use serde_json::{Value, json};
use truss::{DocumentError, Validator};
use truss_suite::workloads;

/// JSON with objects as ordered member lists, so that a key can repeat.
#[derive(Clone, Debug)]
enum Tree {
    Scalar(Value),
    Array(Vec<Tree>),
    Object(Vec<(String, Tree)>),
}

impl Tree {
    fn from_value(v: &Value) -> Tree {
        match v {
            Value::Array(a) => Tree::Array(a.iter().map(Tree::from_value).collect()),
            Value::Object(o) => Tree::Object(
                o.iter()
                    .map(|(k, v)| (k.clone(), Tree::from_value(v)))
                    .collect(),
            ),
            other => Tree::Scalar(other.clone()),
        }
    }

    fn write(&self, out: &mut String) {
        match self {
            Tree::Scalar(v) => out.push_str(&v.to_string()),
            Tree::Array(items) => {
                out.push('[');
                for (i, t) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    t.write(out);
                }
                out.push(']');
            }
            Tree::Object(members) => {
                out.push('{');
                for (i, (k, t)) in members.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    out.push_str(&Value::from(k.as_str()).to_string());
                    out.push(':');
                    t.write(out);
                }
                out.push('}');
            }
        }
    }

    fn text(&self) -> String {
        let mut s = String::new();
        self.write(&mut s);
        s
    }

    /// Applies `edit` at the node reached by following `steps` (each picks
    /// a child modulo the number of children, stopping at leaves).
    fn edit(&mut self, steps: &[usize], edit: &Edit) {
        let child = match self {
            Tree::Array(items) if !steps.is_empty() && !items.is_empty() => {
                let n = items.len();
                items.get_mut(steps[0] % n)
            }
            Tree::Object(members) if !steps.is_empty() && !members.is_empty() => {
                let n = members.len();
                members.get_mut(steps[0] % n).map(|(_, t)| t)
            }
            _ => None,
        };
        if let Some(child) = child {
            return child.edit(&steps[1..], edit);
        }
        match (edit, &mut *self) {
            (Edit::Replace(t), _) => *self = t.clone(),
            (Edit::Remove(i), Tree::Object(members)) if !members.is_empty() => {
                let n = members.len();
                members.remove(i % n);
            }
            (Edit::Remove(i), Tree::Array(items)) if !items.is_empty() => {
                let n = items.len();
                items.remove(i % n);
            }
            (Edit::Add(k, t), Tree::Object(members)) => members.push((k.clone(), t.clone())),
            (Edit::Add(_, t), Tree::Array(items)) => items.push(t.clone()),
            (Edit::Repeat(i, t), Tree::Object(members)) if !members.is_empty() => {
                let n = members.len();
                let key = members[i % n].0.clone();
                members.insert(i % (n + 1), (key, t.clone()));
            }
            (_, other) => *other = Tree::Scalar(Value::Null),
        }
    }
}

#[derive(Clone, Debug)]
enum Edit {
    Replace(Tree),
    Remove(usize),
    Add(String, Tree),
    Repeat(usize, Tree),
}

/// Property names of the schemas below and of BatchCallsResponse, plus
/// root metadata and names no schema declares.
const KEYS: &[&str] = &[
    "tags",
    "labels",
    "s",
    "e",
    "n",
    "u",
    "ur",
    "set",
    "tup",
    "m",
    "c",
    "arr",
    "cn",
    "any",
    "co",
    "refsib",
    "closed",
    "typed",
    "dt",
    "dec",
    "big",
    "inl",
    "x",
    "y",
    "a",
    "b",
    "p",
    "kind",
    "r",
    "w",
    "value",
    "children",
    "$uses",
    "$schema",
    "zz",
    "a/b~c",
    "status",
    "results",
    "id",
    "properties",
    "createdAt",
    "archived",
    "errors",
    "context",
    "ids",
];

const STRINGS: &[&str] = &[
    "",
    "a",
    "b",
    "k",
    "abc",
    "abcdef",
    "circle",
    "square",
    "COMPLETE",
    "DONE",
    "2024-01-15T10:30:00Z",
    "2024-02-30T10:30:00Z",
    "2024-01-15",
    "12.34",
    "123.456",
    "-7",
    "9223372036854775808",
    "http://x.y/z",
    "not a uri \\",
    "P1D",
    "tab\there",
    "quote\"d",
    "é",
    "𝄞",
];

fn scalar() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        prop::sample::select(vec![0i64, 1, -1, 3, 127, 128, -129, 255, i64::MIN])
            .prop_map(Value::from),
        prop::sample::select(vec![u64::MAX, 1u64 << 40]).prop_map(Value::from),
        prop::sample::select(vec![0.5f64, -0.0, 1e300, 2.5e-8]).prop_map(Value::from),
        prop::sample::select(STRINGS).prop_map(Value::from),
    ]
}

fn key() -> impl Strategy<Value = String> {
    prop::sample::select(KEYS).prop_map(str::to_owned)
}

fn tree() -> impl Strategy<Value = Tree> {
    scalar()
        .prop_map(Tree::Scalar)
        .prop_recursive(4, 48, 6, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..5).prop_map(Tree::Array),
                prop::collection::vec((key(), inner), 0..6).prop_map(Tree::Object),
            ]
        })
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        tree().prop_map(Edit::Replace),
        any::<usize>().prop_map(Edit::Remove),
        (key(), tree()).prop_map(|(k, t)| Edit::Add(k, t)),
        (any::<usize>(), tree()).prop_map(|(i, t)| Edit::Repeat(i, t)),
    ]
}

fn edits() -> impl Strategy<Value = Vec<(Vec<usize>, Edit)>> {
    prop::collection::vec((prop::collection::vec(any::<usize>(), 0..7), edit()), 0..4)
}

type Found = Vec<(String, String, &'static str, String)>;

fn found<'a>(errors: impl IntoIterator<Item = &'a truss::ValidationError>) -> Found {
    let mut v: Found = errors
        .into_iter()
        .map(|e| {
            (
                e.instance_path().to_owned(),
                e.schema_path().to_owned(),
                e.code(),
                e.message().to_owned(),
            )
        })
        .collect();
    v.sort();
    v
}

/// Both paths agree on `text`; returns the value path's verdict.
fn agree(v: &Validator, text: &str) -> Result<bool, TestCaseError> {
    prop_assert_eq!(v.is_valid_str(text), v.is_valid_slice(text.as_bytes()));
    let by_str = v.validate_str(text);
    let verdict = agree_bytes(v, text.as_bytes())?;
    let by_slice = v.validate_slice(text.as_bytes());
    match (by_str, by_slice) {
        (Ok(()), Ok(())) => {}
        (Err(DocumentError::Invalid(a)), Err(DocumentError::Invalid(b))) => {
            prop_assert_eq!(found(&a), found(&b))
        }
        (Err(DocumentError::Json(a)), Err(DocumentError::Json(b))) => {
            prop_assert_eq!((a.line(), a.column()), (b.line(), b.column()))
        }
        (a, b) => prop_assert!(false, "validate_str {a:?} but validate_slice {b:?}"),
    }
    Ok(verdict)
}

/// The slice path agrees with `from_slice` and the value path on `bytes`.
fn agree_bytes(v: &Validator, bytes: &[u8]) -> Result<bool, TestCaseError> {
    let quick = v.is_valid_slice(bytes);
    let slice = v.validate_slice(bytes);
    let shown = String::from_utf8_lossy(bytes);
    match serde_json::from_slice::<Value>(bytes) {
        Err(e) => {
            prop_assert!(!quick, "not JSON, yet is_valid_slice: {}", shown);
            match slice {
                Err(DocumentError::Json(j)) => {
                    prop_assert_eq!((j.line(), j.column()), (e.line(), e.column()), "{}", shown)
                }
                other => prop_assert!(false, "expected a JSON error ({e}), got {other:?}"),
            }
            Ok(false)
        }
        Ok(doc) => {
            let expected = v.validate(&doc);
            prop_assert_eq!(v.is_valid(&doc), expected.is_ok());
            // Every instance path is a pointer into this document.
            for e in expected.as_ref().err().into_iter().flatten() {
                let resolves = jsonptr::Pointer::parse(e.instance_path())
                    .is_ok_and(|p| p.resolve(&doc).is_ok());
                prop_assert!(
                    resolves,
                    "{:?} does not resolve in {}",
                    e.instance_path(),
                    shown
                );
            }
            prop_assert_eq!(quick, expected.is_ok(), "is_valid_slice on {}", shown);
            let want = found(expected.as_ref().err().into_iter().flatten());
            let got = match &slice {
                Ok(()) => Vec::new(),
                Err(DocumentError::Invalid(errors)) => found(errors),
                Err(DocumentError::Json(j)) => {
                    prop_assert!(false, "JSON error on JSON text: {j}");
                    unreachable!()
                }
            };
            prop_assert_eq!(&got, &want, "on {}", shown);
            Ok(expected.is_ok())
        }
    }
}

/// A schema with every kind of node the walker knows.
fn kitchen_sink() -> Value {
    json!({
        "$schema": "https://json-structure.org/meta/core/v0/#",
        "$id": "https://example.com/sink",
        "name": "Sink",
        "type": "object",
        "properties": {
            "s": {"type": "string", "maxLength": 5},
            "e": {"type": "string", "enum": ["a", "b", "circle"]},
            "n": {"type": "int8"},
            "u": {"type": ["string", "null"]},
            "ur": {"type": [{"$ref": "#/definitions/Point"}, "int32"]},
            "set": {"type": "set", "items": {"type": "int32"}},
            "tup": {"type": "tuple", "properties": {"a": {"type": "string"}, "b": {"type": "boolean"}}, "tuple": ["a", "b"]},
            "m": {"type": "map", "values": {"type": {"$ref": "#/definitions/Point"}}},
            "c": {"type": "choice", "choices": {"p": {"type": {"$ref": "#/definitions/Point"}}, "s": {"type": "string"}}},
            "arr": {"type": "array", "items": {"type": {"$ref": "#/definitions/Point"}}},
            "cn": {"type": "string", "const": "k"},
            "co": {"type": "object", "properties": {"x": {"type": "int32"}}, "const": {"x": 1}},
            "any": {"type": "any"},
            "tags": {"type": "map", "values": {"type": "string"}},
            "labels": {"type": "object", "additionalProperties": {"type": "string"}},
            "refsib": {"type": {"$ref": "#/definitions/Name"}, "maxLength": 3},
            "closed": {"type": "object", "properties": {"a": {"type": "int32"}, "b": {"type": "string"}}, "additionalProperties": false, "required": ["a"]},
            "typed": {"type": "object", "properties": {"a": {"type": "int32"}}, "additionalProperties": {"type": "boolean"}},
            "dt": {"type": "datetime"},
            "dec": {"type": "decimal", "precision": 5, "scale": 2},
            "big": {"type": "int64"},
            "inl": {
                "type": "choice", "$extends": "#/definitions/Shape", "selector": "kind",
                "choices": {
                    "circle": {"type": {"$ref": "#/definitions/Circle"}},
                    "square": {"type": {"$ref": "#/definitions/Square"}}
                }
            }
        },
        "required": ["s"],
        "definitions": {
            "Point": {"type": "object", "properties": {"x": {"type": "double"}, "y": {"type": "double"}}, "required": ["x", "y"]},
            "Name": {"type": "string"},
            "Shape": {"type": "object", "abstract": true, "properties": {"kind": {"type": "string"}}},
            "Circle": {"type": "object", "$extends": "#/definitions/Shape", "properties": {"r": {"type": "double"}}, "required": ["r"]},
            "Square": {"type": "object", "$extends": "#/definitions/Shape", "properties": {"w": {"type": "double"}}, "additionalProperties": false}
        }
    })
}

fn validators() -> Vec<Validator> {
    let sink = kitchen_sink();
    let (deep, _) = workloads::deep_tree(1);
    let (wide, _) = workloads::wide_map(1);
    let (strings, _) = workloads::string_heavy(1);
    let mut out = vec![
        Validator::new(&sink).expect("the kitchen-sink schema compiles"),
        Validator::options()
            .max_depth(3)
            .build(&sink)
            .expect("compiles"),
        Validator::options()
            .max_depth(1)
            .build(&sink)
            .expect("compiles"),
        Validator::new(&deep).expect("deep tree compiles"),
        Validator::options()
            .max_depth(4)
            .build(&deep)
            .expect("compiles"),
        Validator::new(&wide).expect("wide map compiles"),
        Validator::new(&strings).expect("string-heavy compiles"),
    ];
    out.extend(batch_validators());
    out
}

fn batch_validators() -> Vec<Validator> {
    let repaired: Value = serde_json::from_str(include_str!(
        "../benches/schemas/batch-calls-response.repaired.struct.json"
    ))
    .expect("repaired schema is JSON");
    vec![
        Validator::new(&support::seed()).expect("seed compiles"),
        Validator::new(&repaired).expect("repaired compiles"),
    ]
}

#[test]
fn kitchen_sink_compiles_with_only_its_map_in_disguise_warned() {
    // `labels` is an object used as a map on purpose, as the seed does.
    let v = Validator::new(&kitchen_sink()).unwrap();
    let warnings: Vec<(&str, &str)> = v
        .warnings()
        .iter()
        .map(|d| (d.code(), d.pointer()))
        .collect();
    assert_eq!(
        warnings,
        [("SCHEMA_OBJECT_MISSING_PROPERTIES", "/properties/labels")]
    );
}

proptest! {
    // PROPTEST_CASES raises the count for a longer search.
    #![proptest_config(Config { cases: Config::default().cases.max(384), failure_persistence: None, ..Config::default() })]

    #[test]
    fn random_json_agrees(t in tree(), wrap in any::<bool>()) {
        let text = if wrap {
            // Most schemas have an object at the root: give most documents one.
            Tree::Object(vec![("s".into(), Tree::Scalar("ab".into())), ("x".into(), t)]).text()
        } else {
            t.text()
        };
        for v in &validators() {
            agree(v, &text)?;
        }
    }

    #[test]
    fn perturbed_batch_responses_agree(
        results in 0usize..4,
        seed in any::<u64>(),
        faults in 0usize..9,
        history in any::<bool>(),
        changes in edits(),
    ) {
        let doc = if history {
            workloads::batch_calls_response_with_history(results, seed)
        } else {
            workloads::batch_calls_response(results, seed, faults)
        };
        let mut t = Tree::from_value(&doc);
        for (steps, e) in &changes {
            t.edit(steps, e);
        }
        for v in &batch_validators() {
            agree(v, &t.text())?;
        }
    }

    #[test]
    fn perturbed_sink_documents_agree(base in tree(), changes in edits()) {
        let mut t = Tree::Object(vec![
            ("s".into(), Tree::Scalar("abc".into())),
            ("inl".into(), Tree::from_value(&json!({"kind": "circle", "r": 1.0}))),
            ("tup".into(), Tree::from_value(&json!(["a", true]))),
            ("m".into(), Tree::from_value(&json!({"k": {"x": 1, "y": 2}}))),
            ("c".into(), Tree::from_value(&json!({"p": {"x": 1, "y": 2}}))),
            ("tags".into(), Tree::from_value(&json!({"a": "x", "b": "y"}))),
            ("labels".into(), Tree::from_value(&json!({"k": "v"}))),
            ("x".into(), base),
        ]);
        for (steps, e) in &changes {
            t.edit(steps, e);
        }
        for v in &validators() {
            agree(v, &t.text())?;
        }
    }

    #[test]
    fn truncated_text_is_a_json_error_on_both_paths(
        results in 1usize..3,
        seed in any::<u64>(),
        cut in any::<prop::sample::Index>(),
    ) {
        let text = workloads::batch_calls_response_text(results, seed, 2);
        let end = cut.index(text.len());
        let text = text.get(..end).unwrap_or_default();
        for v in &batch_validators() {
            agree(v, text)?;
        }
    }
}

proptest! {
    #![proptest_config(Config { cases: Config::default().cases.max(256), failure_persistence: None, ..Config::default() })]

    #[test]
    fn corrupted_bytes_agree(
        seed in any::<u64>(),
        hits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..4),
    ) {
        let mut bytes = workloads::batch_calls_response_text(2, seed, 0).into_bytes();
        for (at, byte) in &hits {
            let i = at.index(bytes.len());
            bytes[i] = *byte;
        }
        for v in &batch_validators() {
            agree_bytes(v, &bytes)?;
        }
    }
}

#[test]
fn generated_documents_agree_at_every_size() {
    for v in batch_validators() {
        for (results, faults) in [(0, 0), (1, 0), (1, 3), (50, 0), (50, 12), (500, 40)] {
            let text = workloads::batch_calls_response_text(results, 7, faults);
            let verdict = agree(&v, &text).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(verdict, faults == 0, "{results} results, {faults} faults");
        }
    }
    // Each level is an object and an array: 60 levels stay within serde_json's 128.
    let (schema, doc) = workloads::deep_tree(60);
    let v = Validator::new(&schema).unwrap();
    assert!(agree(&v, &doc.to_string()).unwrap_or_else(|e| panic!("{e}")));
}

#[test]
fn nesting_beyond_the_parser_limit_is_a_json_error_on_both_paths() {
    // serde_json stops at 128 levels; the slice path inherits that limit.
    let (schema, _) = workloads::deep_tree(1);
    let v = Validator::new(&schema).unwrap();
    let mut text = String::from(r#"{"value": 0, "children": []}"#);
    for _ in 0..70 {
        text = format!(r#"{{"value": 0, "children": [{text}]}}"#);
    }
    assert!(serde_json::from_str::<Value>(&text).is_err());
    assert!(matches!(
        v.validate_slice(text.as_bytes()),
        Err(DocumentError::Json(_))
    ));
    assert!(!v.is_valid_slice(text.as_bytes()));
    assert!(!agree(&v, &text).unwrap_or_else(|e| panic!("{e}")));
}

#[test]
fn repeated_keys_are_judged_by_the_last_occurrence_as_the_value_path_does() {
    let v = Validator::new(&kitchen_sink()).unwrap();
    // The first `n` is out of range, the last is fine: serde_json keeps the last.
    let text = r#"{"s": "a", "n": 1000, "n": 1, "m": {"k": 1, "k": {"x": 1, "y": 2}}}"#;
    assert!(v.is_valid_slice(text.as_bytes()));
    assert!(v.validate_slice(text.as_bytes()).is_ok());
    let text = r#"{"s": "a", "n": 1, "n": 1000}"#;
    let errors = match v.validate_slice(text.as_bytes()) {
        Err(DocumentError::Invalid(e)) => e,
        other => panic!("expected violations, got {other:?}"),
    };
    let paths: Vec<&str> = errors.iter().map(|e| e.instance_path()).collect();
    assert_eq!(paths, ["/n"]);
}

#[test]
fn slice_errors_come_in_document_order() {
    let v = Validator::new(&kitchen_sink()).unwrap();
    let text = r#"{"n": 1000, "dt": "yesterday", "big": 1}"#;
    let Err(DocumentError::Invalid(errors)) = v.validate_slice(text.as_bytes()) else {
        panic!("expected violations");
    };
    let paths: Vec<&str> = errors.iter().map(|e| e.instance_path()).collect();
    assert_eq!(paths, ["/n", "/dt", "/big", ""]);
}

#[test]
fn syntax_errors_carry_line_and_column() {
    let v = Validator::new(&kitchen_sink()).unwrap();
    let Err(DocumentError::Json(e)) = v.validate_str("{\"s\": \"a\",\n \"n\": tru}") else {
        panic!("expected a JSON error");
    };
    assert_eq!((e.line(), e.column()), (2, 10));
    assert!(!e.is_eof());
    assert!(e.to_string().contains("line 2 column 10"), "{e}");
    let Err(DocumentError::Json(e)) = v.validate_slice(b"{\"s\": ") else {
        panic!("expected a JSON error");
    };
    assert!(e.is_eof());
    let Err(DocumentError::Json(_)) = v.validate_slice(b"{\"s\": \"\xff\"}") else {
        panic!("invalid UTF-8 is not JSON text");
    };
}

#[test]
fn root_choices_with_metadata_agree_on_both_paths() {
    let v = Validator::new(&json!({
        "$schema": "https://json-structure.org/meta/core/v0/#",
        "$id": "https://example.com/root-choice",
        "name": "C",
        "type": "choice",
        "choices": {"string": {"type": "string"}, "int32": {"type": "int32"}}
    }))
    .unwrap();
    for (text, valid) in [
        (
            r#"{"int32": 42, "$schema": "https://example.com/root-choice"}"#,
            true,
        ),
        (r#"{"$uses": [], "int32": 42}"#, true),
        (
            r#"{"int32": "42", "$schema": "https://example.com/root-choice"}"#,
            false,
        ),
        (r#"{"$schema": "https://example.com/root-choice"}"#, false),
        (r#"{"$schema": "x", "int32": 42, "string": "s"}"#, false),
    ] {
        let parsed: Value = serde_json::from_str(text).unwrap();
        assert_eq!(v.is_valid(&parsed), valid, "{text}");
        assert_eq!(
            agree(&v, text).map_err(|e| e.to_string()),
            Ok(valid),
            "{text}"
        );
    }
}

/// Texts at the edge of the JSON grammar, placed where every kind of node
/// reads them (a plain string, `any`, a map, a tuple, a union): the quick
/// reader that vouches for valid documents must give up on each one it
/// cannot read exactly as `serde_json` does, never accept it.
#[test]
fn texts_at_the_edge_of_json_agree_on_both_paths() {
    let v = Validator::new(&kitchen_sink()).unwrap();
    let values = [
        r#""plain""#,
        r#""tab\there""#,
        r#""quote \" and \\ and \/""#,
        r#""\u00e9\u0041""#,
        r#""\ud83d\ude00""#,
        r#""\ud83d""#,
        r#""\ude00""#,
        r#""\ud83d\u0041""#,
        r#""\x41""#,
        r#""\u00G1""#,
        r#""\u00e""#,
        "\"raw\ttab\"",
        "\"raw\nnewline\"",
        "\"nul\u{0}byte\"",
        "\"del\u{7f}ok\"",
        "\"ünïcödé 😀\"",
        "0",
        "-0",
        "-0.0",
        "01",
        "1.",
        ".5",
        "1e",
        "1e+",
        "1E-2",
        "-",
        "--1",
        "+1",
        "123456789012345678",
        "1234567890123456789",
        "12345678901234567890",
        "-123456789012345678",
        "-9223372036854775808",
        "-9223372036854775809",
        "18446744073709551615",
        "18446744073709551616",
        "1e308",
        "1e309",
        "-1e400",
        "0.1e1",
        "1.5",
        "100",
        "127",
        "128",
        "-128",
        "-129",
        "true",
        "false",
        "null",
        "tru",
        "nul",
        "falsey",
        "True",
        "NaN",
        "Infinity",
        "[]",
        "[1,]",
        "[,1]",
        "[1 2]",
        "{}",
        "{,}",
        "{\"x\":1,}",
        "{\"x\" 1}",
        "{\"x\":1 \"y\":2}",
        "{\"x\":1.5,\"y\":2}",
        "{\"x\":1,\"y\":2,\"x\":3}",
        "{\"\\u0078\":1,\"y\":2}",
        "{1:2}",
        "[\"a\",true]",
        "[\"a\",true,1]",
        "{\"p\":{\"x\":1,\"y\":2}}",
        "{\"p\":{\"x\":1,\"y\":2},\"s\":\"t\"}",
        "{\"s\":\"t\"}",
        "{\"q\":1}",
        "{}",
        "[1}",
        "[\"a\",true}",
        "{\"x\":1]",
        "{\"p\":{\"x\":1,\"y\":2]}",
        "{\"a\":1]",
        "[{\"x\":1,\"y\":2}]",
        "[{\"x\":1,\"y\":2}}",
        "{\"x\":1,\"y\":2]",
    ];
    let keys = [
        "s", "any", "tags", "tup", "u", "ur", "m", "c", "arr", "set", "dt", "dec", "big", "closed",
    ];
    let mut texts = Vec::new();
    for key in keys {
        for value in values {
            texts.push(format!(r#"{{"s": "a", "{key}": {value}}}"#));
            texts.push(format!("{{\"s\":\"a\",\"{key}\":{value} }}"));
        }
    }
    for tail in ["", " ", "\n", " x", ",", "}", "\u{feff}", "\u{c}", "{}"] {
        texts.push(format!(r#"{{"s": "a"}}{tail}"#));
        texts.push(format!(r#"{tail}{{"s": "a"}}"#));
    }
    texts.push(r#"{"$schema": "x", "s": "a"}"#.to_owned());
    texts.push(r#"{"$schema": [1, {"a": tru}], "s": "a"}"#.to_owned());
    texts.push(r#"{"$uses": [], "s": "a"}"#.to_owned());
    texts.push(String::new());
    let mut valid = 0;
    for text in &texts {
        if agree(&v, text).unwrap_or_else(|e| panic!("{text:?}: {e}")) {
            valid += 1;
        }
    }
    // The table holds both kinds; a reader that rejected everything would
    // agree on the invalid ones only.
    assert!(
        valid > 100 && valid < texts.len() - 100,
        "{valid} of {}",
        texts.len()
    );
}

#[test]
fn nesting_near_the_parser_limit_agrees_on_both_paths() {
    let v = Validator::new(&kitchen_sink()).unwrap();
    for depth in [90, 99, 100, 101, 126, 127, 128, 129] {
        let text = format!(
            r#"{{"s": "a", "any": {}{}}}"#,
            "[".repeat(depth),
            "]".repeat(depth)
        );
        agree(&v, &text).unwrap_or_else(|e| panic!("depth {depth}: {e}"));
    }
}

#[test]
fn root_metadata_names_declared_as_properties_are_validated_on_both_paths() {
    // A meta-schema declares `$schema` (and may declare `$uses`) as a
    // property; the value path then validates it like any other member.
    let v = Validator::new(&json!({
        "$schema": "https://json-structure.org/meta/core/v0/#",
        "$id": "https://example.com/declared-schema",
        "name": "D",
        "type": "object",
        "properties": {
            "$schema": {"type": "int32"},
            "n": {"type": "string"}
        }
    }))
    .unwrap();
    for text in [
        r#"{"$schema": 5, "n": "a"}"#,
        r#"{"$schema": "https://example.com", "n": "a"}"#,
        r#"{"n": "a"}"#,
        r#"{"$uses": ["x"], "n": "a"}"#,
    ] {
        agree(&v, text).unwrap_or_else(|e| panic!("{text}: {e}"));
    }
    assert!(!v.is_valid_slice(br#"{"$schema": "https://example.com"}"#));
}

/// A schema with the given body, named and identified.
fn named(body: Value) -> Value {
    let mut schema = json!({
        "$schema": "https://json-structure.org/meta/core/v0/#",
        "$id": "https://example.com/trials",
        "name": "T"
    });
    if let (Some(s), Some(b)) = (schema.as_object_mut(), body.as_object()) {
        s.extend(b.clone());
    }
    schema
}

/// The walker remembers the verdicts of nested trials (unions inside
/// unions) by value address once a walk has made 256 of them. Readers of
/// text hand it values that live for one call at reused addresses; a later
/// value must never get an earlier one's verdict, in either direction.
#[test]
fn many_nested_union_trials_judge_every_value_afresh() {
    let nested_ints = Validator::new(&named(json!({
        "type": "array",
        "items": {"type": [{"$ref": "#/definitions/U"}, "null"]},
        "definitions": {"U": {"type": ["int8", "boolean"]}}
    })))
    .unwrap();
    let nested_strings = Validator::new(&named(json!({
        "type": "array",
        "items": {"type": [{"$ref": "#/definitions/U"}, {"type": "string", "enum": ["abc"]}]},
        "definitions": {"U": {"type": [{"type": "string", "maxLength": 1}, "boolean"]}}
    })))
    .unwrap();
    let nested_objects = Validator::new(&named(json!({
        "type": "object",
        "properties": {"a": {"type": "array", "items": {"type": [{"$ref": "#/definitions/O"}, {"$ref": "#/definitions/P"}]}}},
        "definitions": {
            "O": {"type": "object", "properties": {"v": {"type": ["int32", "boolean"]}}, "required": ["v"], "additionalProperties": false},
            "P": {"type": "object", "properties": {"p": {"type": "string"}}, "required": ["p"], "additionalProperties": false}
        }
    })))
    .unwrap();
    let repeat = |item: &str, n: usize, last: &str| {
        let mut items = vec![item; n];
        items.push(last);
        items.join(",")
    };
    // (validator, text, valid)
    let cases = [
        (
            &nested_ints,
            format!("[{}]", repeat("1", 300, "1000")),
            false,
        ),
        (
            &nested_ints,
            format!("[{}]", repeat("1", 300, "true")),
            true,
        ),
        (
            &nested_strings,
            format!("[{}]", repeat(r#""a""#, 300, r#""abc""#)),
            true,
        ),
        (
            &nested_strings,
            format!("[{}]", repeat(r#""abc""#, 300, r#""a""#)),
            true,
        ),
        (
            &nested_strings,
            format!("[{}]", repeat(r#""a""#, 300, r#""ab""#)),
            false,
        ),
        (
            &nested_objects,
            format!(
                r#"{{"a": [{}]}}"#,
                repeat(r#"{"v": 1}"#, 300, r#"{"v": "x"}"#)
            ),
            false,
        ),
        // An escaped key sends the document to the serde walk.
        (
            &nested_objects,
            format!(
                r#"{{"\u0061": [{}]}}"#,
                repeat(r#"{"v": 1}"#, 300, r#"{"v": "x"}"#)
            ),
            false,
        ),
        (
            &nested_objects,
            format!(
                r#"{{"\u0061": [{}]}}"#,
                repeat(r#"{"v": 1}"#, 300, r#"{"p": "x"}"#)
            ),
            true,
        ),
    ];
    for (v, text, valid) in &cases {
        let shown: String = text.chars().take(60).collect();
        assert_eq!(v.is_valid_slice(text.as_bytes()), *valid, "{shown}…");
        assert_eq!(v.validate_str(text).is_ok(), *valid, "{shown}…");
        let agreed = agree(v, text).unwrap_or_else(|e| panic!("{shown}…: {e}"));
        assert_eq!(agreed, *valid, "{shown}…");
    }
}
