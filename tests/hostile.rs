//! Hostile inputs: every one is answered with a verdict or a specific error
//! code, within a time bound (generous: tests run unoptimised), and never
//! with a crash. Deep nesting runs on a 256 KiB thread, so that "never
//! overflows the stack" does not lean on the main thread's 8 MiB.
//!
//! Covered elsewhere and not repeated here:
//! - arrays nested 100,000 deep through a recursive schema on a small stack
//!   (`core_types.rs`), and the 10,000-level default exactly
//!   (conformance `options/default_max_depth`);
//! - `$ref` A→B→A, a type extending itself and a two-type `$extends` cycle
//!   (conformance `schema/refs`, `schema/extends`);
//! - import cycles between two registered documents, between files, and a
//!   schema importing its own `$id` (`import_sources.rs`, conformance
//!   `imports/errors`, the library's import tests);
//! - an unregistered `https://` import failing at once
//!   (`import_sources.rs`);
//! - keys repeated in schema text (conformance `schema/text`) and in
//!   documents on the slice path (`slice.rs`);
//! - catastrophic patterns on 100 kB strings (the pattern module's tests,
//!   `sdk_validation_assets.rs`).
//!
//! The command line's side is in `crates/truss-cli/tests/hostile.rs`
//! (deep objects, surrogates, repeated keys) and `deep.rs` (deep arrays,
//! numbers beyond a float). The fuzz targets are in `fuzz/`.

mod support;

use std::time::{Duration, Instant};
use support::dismantle;

use serde_json::{Map, Value, json};
use truss::{DocumentError, Validator};

/// Far above what any case needs in a debug build; a hang or an
/// exponential blow-up still fails.
const BOUND: Duration = Duration::from_secs(10);

const DEEP: usize = 100_000;

/// Runs `f` on a thread with a 256 KiB stack and checks that it returns
/// (no stack overflow: that would abort the whole test binary) within
/// [`BOUND`].
fn small_stack<R: Send + 'static>(what: &str, f: impl FnOnce() -> R + Send + 'static) -> R {
    let started = Instant::now();
    let out = std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(f)
        .expect("a thread starts")
        .join()
        .unwrap_or_else(|_| panic!("{what} panicked"));
    let took = started.elapsed();
    assert!(took < BOUND, "{what} took {took:?}");
    out
}

/// Runs `f` and checks it finishes within [`BOUND`].
fn timed<R>(what: &str, f: impl FnOnce() -> R) -> R {
    let started = Instant::now();
    let out = f();
    let took = started.elapsed();
    assert!(took < BOUND, "{what} took {took:?}");
    out
}

/// A schema document around `body` (validation meta-schema: every
/// extension on).
fn schema(body: Value) -> Value {
    let mut s = json!({
        "$schema": "https://json-structure.org/meta/validation/v0/#",
        "$id": "https://example.com/hostile",
        "name": "T",
    });
    if let (Some(s), Value::Object(body)) = (s.as_object_mut(), body) {
        s.extend(body);
    }
    s
}

fn validator(body: Value) -> Validator {
    Validator::new(&schema(body)).unwrap_or_else(|e| panic!("compiles: {e}"))
}

/// `{"a": {"a": … leaf … }}`, `levels` objects deep.
fn nested_objects(levels: usize, leaf: Value) -> Value {
    (0..levels).fold(leaf, |inner, _| {
        let mut m = Map::new();
        m.insert("a".to_owned(), inner);
        Value::Object(m)
    })
}

/// `[[… leaf …]]`, `levels` arrays deep.
fn nested_arrays(levels: usize, leaf: Value) -> Value {
    (0..levels).fold(leaf, |inner, _| Value::Array(vec![inner]))
}

/// Objects and arrays alternating: `{"a": [{"a": [… leaf …]}]}`.
fn nested_mixed(levels: usize, leaf: Value) -> Value {
    (0..levels).fold(leaf, |inner, i| {
        if i % 2 == 0 {
            Value::Array(vec![inner])
        } else {
            let mut m = Map::new();
            m.insert("a".to_owned(), inner);
            Value::Object(m)
        }
    })
}

fn codes(v: &Validator, doc: &Value) -> Vec<(String, &'static str)> {
    v.iter_errors(doc)
        .map(|e| (e.instance_path().to_owned(), e.code()))
        .collect()
}

/// What the slice path says about `text`: violations, or the JSON error's
/// line, column and message.
#[derive(Debug, PartialEq)]
enum Slice {
    Valid,
    Invalid(Vec<(String, &'static str)>),
    Json(usize, usize, String),
}

fn slice(v: &Validator, text: &str) -> Slice {
    let outcome = match v.validate_slice(text.as_bytes()) {
        Ok(()) => Slice::Valid,
        Err(DocumentError::Invalid(errors)) => Slice::Invalid(
            errors
                .iter()
                .map(|e| (e.instance_path().to_owned(), e.code()))
                .collect(),
        ),
        Err(DocumentError::Json(e)) => Slice::Json(e.line(), e.column(), e.to_string()),
    };
    assert_eq!(
        v.is_valid_slice(text.as_bytes()),
        outcome == Slice::Valid,
        "is_valid_slice disagrees with validate_slice"
    );
    outcome
}

fn schema_codes(err: &truss::SchemaError) -> Vec<(String, &'static str)> {
    err.errors()
        .map(|d| (d.pointer().to_owned(), d.code()))
        .collect()
}

// ---- deep nesting ----

/// Objects, maps and alternating arrays and objects nested 100,000 deep
/// against recursive schemas: one depth violation each, 10,001 levels below
/// the root, at a pointer that resolves in the document.
#[test]
fn objects_maps_and_mixed_nesting_100000_deep_are_one_depth_violation() {
    let cases = [
        (
            "objects",
            json!({"$root": "#/definitions/O", "definitions": {
                "O": {"type": "object", "properties": {"a": {"type": ["int32", {"$ref": "#/definitions/O"}]}}}
            }}),
            nested_objects(DEEP, json!(1)),
        ),
        (
            "maps",
            json!({"$root": "#/definitions/M", "definitions": {
                "M": {"type": "map", "values": {"type": ["int32", {"$ref": "#/definitions/M"}]}}
            }}),
            nested_objects(DEEP, json!(1)),
        ),
        (
            "arrays and objects",
            json!({"$root": "#/definitions/N", "definitions": {
                "N": {"type": ["int32", {"$ref": "#/definitions/L"}, {"$ref": "#/definitions/O"}]},
                "L": {"type": "array", "items": {"type": {"$ref": "#/definitions/N"}}},
                "O": {"type": "object", "properties": {"a": {"type": {"$ref": "#/definitions/N"}}}}
            }}),
            nested_mixed(DEEP, json!(1)),
        ),
    ];
    for (what, body, doc) in cases {
        let v = validator(body);
        let (valid, found, resolves) = small_stack(what, move || {
            let valid = v.is_valid(&doc);
            let found = codes(&v, &doc);
            let resolves = found.iter().all(|(path, _)| {
                jsonptr::Pointer::parse(path).is_ok_and(|p| p.resolve(&doc).is_ok())
            });
            dismantle(doc);
            (valid, found, resolves)
        });
        assert!(!valid, "{what}");
        assert_eq!(found.len(), 1, "{what}");
        assert_eq!(found[0].1, "INSTANCE_MAX_DEPTH_EXCEEDED", "{what}");
        // 10,001 steps of `/a` or `/0`.
        assert_eq!(
            found[0].0.matches('/').count(),
            truss::DEFAULT_MAX_DEPTH + 1,
            "{what}"
        );
        assert!(resolves, "{what}: the pointer resolves in the document");
    }
}

/// `any` accepts every JSON value without walking it, so a deep value
/// under `any` is valid; keywords that compare values stop at 512 levels
/// (equality treats deeper containers as unequal), so `const` and `enum`
/// fail and a set's deep duplicates go unreported rather than crashing.
#[test]
fn deep_values_under_any_are_accepted_and_compared_to_a_bounded_depth() {
    let cases = [
        ("any", json!({"type": "any"}), true),
        (
            "map of any",
            json!({"type": "map", "values": {"type": "any"}}),
            true,
        ),
        ("const", json!({"type": "any", "const": {"a": 1}}), false),
        (
            "enum",
            json!({"type": "any", "enum": [{"a": 1}, [1]]}),
            false,
        ),
        (
            "set of any",
            json!({"type": "set", "items": {"type": "any"}}),
            true,
        ),
    ];
    for (what, body, expected) in cases {
        let v = validator(body);
        let set = what == "set of any";
        let (valid, found) = small_stack(what, move || {
            let doc = if set {
                Value::Array(vec![
                    nested_objects(DEEP, json!(1)),
                    nested_objects(DEEP, json!(1)),
                ])
            } else {
                nested_objects(DEEP, json!(1))
            };
            let out = (v.is_valid(&doc), codes(&v, &doc));
            dismantle(doc);
            out
        });
        assert_eq!(valid, expected, "{what}");
        let code = match what {
            "const" => Some("INSTANCE_CONST_MISMATCH"),
            "enum" => Some("INSTANCE_ENUM_MISMATCH"),
            _ => None,
        };
        let want: Vec<(String, &str)> = code.into_iter().map(|c| (String::new(), c)).collect();
        assert_eq!(found, want, "{what}");
    }
}

/// Schemas built as values can nest without the text parser's 128-level
/// limit: structure and keyword values nested 100,000 deep are refused
/// with SCHEMA_MAX_DEPTH_EXCEEDED by both `Validator::new` and
/// `check_schema`, on a small stack. (`const`, `enum` and `default` values
/// used to be copied recursively, and `check_schema` walked nested
/// schemas recursively: both overflowed a small stack.)
#[test]
fn schemas_nested_100000_deep_are_refused() {
    /// The schema document around `body` wrapped in `outer` 100,000 times.
    fn nest(outer: fn(Value) -> Value) -> Value {
        let body = (0..DEEP).fold(json!({"type": "string"}), |inner, _| outer(inner));
        let mut s = schema(json!({}));
        if let (Some(s), Value::Object(body)) = (s.as_object_mut(), body) {
            s.extend(body);
            // Compositions alone declare no root type.
            s.entry("type").or_insert_with(|| json!("any"));
        }
        s
    }
    fn with(key: &str, value: Value) -> Value {
        let mut s = schema(json!({"type": "any"}));
        if let Some(s) = s.as_object_mut() {
            s.insert(key.to_owned(), value);
        }
        s
    }
    fn one(key: &str, value: Value) -> Value {
        Value::Object(Map::from_iter([(key.to_owned(), value)]))
    }
    // Built on the small stack, one at a time: a failing assertion must
    // not drop the others recursively while unwinding.
    /// What is nested, how to build the schema, where the error is.
    type Case = (&'static str, fn() -> Value, Option<&'static str>);
    let cases: [Case; 9] = [
        (
            "properties",
            || {
                nest(|inner| {
                    let mut o = one("type", json!("object"));
                    o["properties"] = one("a", inner);
                    o
                })
            },
            None,
        ),
        (
            "array items",
            || {
                nest(|inner| {
                    let mut o = one("type", json!("array"));
                    o["items"] = inner;
                    o
                })
            },
            None,
        ),
        (
            "allOf",
            || nest(|inner| one("allOf", Value::Array(vec![inner]))),
            None,
        ),
        ("not", || nest(|inner| one("not", inner)), None),
        ("if", || nest(|inner| one("if", inner)), None),
        (
            "namespaces",
            || {
                with(
                    "definitions",
                    nested_objects(DEEP, json!({"type": "string"})),
                )
            },
            None,
        ),
        (
            "const",
            || with("const", nested_objects(DEEP, json!(1))),
            Some("/const"),
        ),
        (
            "enum",
            || with("enum", Value::Array(vec![nested_arrays(DEEP, json!(1))])),
            Some("/enum"),
        ),
        (
            "default",
            || with("default", nested_mixed(DEEP, json!(1))),
            Some("/default"),
        ),
    ];
    for (what, build, at) in cases {
        let (compiled, checked) = small_stack(what, move || {
            let s = build();
            let compiled = Validator::new(&s).err().map(|e| schema_codes(&e));
            let checked: Vec<(String, &'static str)> = truss::check_schema(&s)
                .iter()
                .map(|d| (d.pointer().chars().take(60).collect(), d.code()))
                .collect();
            dismantle(s);
            (compiled, checked)
        });
        let compiled = compiled.unwrap_or_else(|| panic!("{what}: compiled"));
        let short: Vec<(String, &str)> = compiled
            .iter()
            .map(|(p, c)| (p.chars().take(60).collect(), *c))
            .collect();
        assert!(
            compiled
                .iter()
                .any(|(p, c)| *c == "SCHEMA_MAX_DEPTH_EXCEEDED" && at.is_none_or(|at| p == at)),
            "{what}: {short:?}"
        );
        assert!(
            checked
                .iter()
                .any(|(_, c)| *c == "SCHEMA_MAX_DEPTH_EXCEEDED"),
            "{what}: {checked:?}"
        );
    }
}

/// Schema text nests at most 127 levels (the parser's limit): compositions
/// nested that deep compile and validate on a small stack. (Compiling a
/// composition recursed on the caller's stack, several kilobytes per level
/// in a debug build: 37 nested `allOf` overflowed 256 KiB.)
#[test]
fn compositions_nested_as_deep_as_text_allows_compile_on_a_small_stack() {
    for keyword in ["allOf", "anyOf", "not"] {
        // 60 levels of `{"allOf": [` (two each), or 60 `not`s in all, so
        // that they cancel out.
        let (open, close, levels) = if keyword == "not" {
            (format!(r#"{{"{keyword}": "#), "}", 59)
        } else {
            (format!(r#"{{"{keyword}": ["#), "]}", 60)
        };
        let body = format!(
            r#"{}{{"type": "string"}}{}"#,
            open.repeat(levels),
            close.repeat(levels)
        );
        let operand = if keyword == "not" {
            body
        } else {
            format!("[{body}]")
        };
        let text = format!(
            r#"{{"$schema": "https://json-structure.org/meta/validation/v0/#", "$id": "https://example.com/c", "name": "C", "type": "any", "{keyword}": {operand}}}"#
        );
        assert!(
            serde_json::from_str::<Value>(&text).is_ok(),
            "{keyword}: within the parser's limit"
        );
        let verdicts = small_stack(keyword, move || {
            let v = Validator::from_str(&text).unwrap_or_else(|e| panic!("compiles: {e}"));
            [json!("s"), json!(1)].map(|doc| {
                let verdict = v.is_valid(&doc);
                assert_eq!(v.validate(&doc).is_ok(), verdict);
                verdict
            })
        });
        assert_eq!(verdicts, [true, false], "{keyword}");
    }
}

/// Every kind of nesting, as deep as schema text allows, compiles, checks
/// and validates on a small stack (debug builds use far more stack per
/// level than release builds).
#[test]
fn schema_text_nested_to_the_parser_limit_is_handled_on_a_small_stack() {
    // (opening of one level, its closing, levels that fit in 127)
    let shapes: [(&str, &str, &str, usize); 7] = [
        (
            "properties",
            r#"{"type": "object", "properties": {"a": "#,
            "}}",
            62,
        ),
        ("items", r#"{"type": "array", "items": "#, "}", 124),
        ("values", r#"{"type": "map", "values": "#, "}", 124),
        ("set", r#"{"type": "set", "items": "#, "}", 124),
        (
            "choices",
            r#"{"type": "choice", "choices": {"a": "#,
            "}}",
            62,
        ),
        (
            "tuple",
            r#"{"type": "tuple", "tuple": ["a"], "properties": {"a": "#,
            "}}",
            62,
        ),
        ("if", r#"{"type": "any", "if": "#, "}", 124),
    ];
    for (what, open, close, levels) in shapes {
        let body = format!(
            r#"{}{{"type": "string"}}{}"#,
            open.repeat(levels),
            close.repeat(levels)
        );
        let text = format!(
            r#"{{"$schema": "https://json-structure.org/meta/validation/v0/#", "$id": "https://example.com/t", "name": "T", "x": 0{}"#,
            body.strip_prefix('{')
                .map(|b| format!(", {b}"))
                .unwrap_or_default()
        );
        assert!(
            serde_json::from_str::<Value>(&text).is_ok(),
            "{what}: within the parser's limit"
        );
        // serde_json's own parser recurses once per level, and unoptimised it
        // needs more than 256 KiB for 127 levels: the text entry points run
        // here, the library's recursion on the small stack.
        let from_text = (
            Validator::from_str(&text).map(|v| v.is_valid(&json!(1))),
            truss::check_schema_str(&text).len(),
        );
        let schema: Value = serde_json::from_str(&text).expect("JSON");
        let (errors, from_value) = small_stack(what, move || {
            let errors: Vec<&str> = truss::check_schema(&schema)
                .iter()
                .filter(|d| d.severity() == truss::Severity::Error)
                .map(|d| d.code())
                .collect();
            let v = Validator::new(&schema).unwrap_or_else(|e| panic!("compiles: {e}"));
            let doc = json!(1);
            let verdict = v.is_valid(&doc);
            assert_eq!(v.validate(&doc).is_ok(), verdict);
            (errors, (Some(verdict), truss::check_schema(&schema).len()))
        });
        assert_eq!(errors, Vec::<&str>::new(), "{what}");
        // `1` is no object, array, map, set, choice or tuple; under `if`
        // without `then` anything goes.
        assert_eq!(from_value.0, Some(what == "if"), "{what}");
        assert_eq!(
            (from_text.0.ok(), from_text.1),
            from_value,
            "{what}: text and value agree"
        );
    }
}

/// Keyword values may nest as deep as a schema may (128 levels): a
/// `const` that deep matches an equal document and refuses a different
/// one (whose message describes it); one level more is refused.
#[test]
fn keyword_values_at_the_schema_depth_limit_still_compare() {
    let (equal, different, refused) = small_stack("const 128 deep", || {
        // (`json!` would serialise the nested value recursively.)
        let mut body = json!({"type": "any"});
        body["const"] = nested_arrays(128, json!(1));
        let v = validator(body.clone());
        let same = nested_arrays(128, json!(1));
        let other = nested_arrays(128, json!(2));
        body["const"] = nested_arrays(129, json!(1));
        let refused = Validator::new(&schema(body))
            .err()
            .map(|e| schema_codes(&e));
        (codes(&v, &same), codes(&v, &other), refused)
    });
    assert_eq!(equal, []);
    assert_eq!(different, [(String::new(), "INSTANCE_CONST_MISMATCH")]);
    assert_eq!(
        refused,
        Some(vec![("/const".to_owned(), "SCHEMA_MAX_DEPTH_EXCEEDED")])
    );
}

/// JSON text nested 100,000 deep is a JSON error on the slice path (the
/// parser's 128-level limit), located where the limit was reached.
#[test]
fn text_nested_100000_deep_is_a_json_error_on_the_slice_path() {
    for (what, text) in [
        (
            "arrays",
            format!("{}{}", "[".repeat(DEEP), "]".repeat(DEEP)),
        ),
        (
            "objects",
            format!("{}1{}", r#"{"a":"#.repeat(DEEP), "}".repeat(DEEP)),
        ),
    ] {
        let outcome = small_stack(what, move || {
            slice(&validator(json!({"type": "any"})), &text)
        });
        let Slice::Json(line, column, message) = outcome else {
            panic!("{what}: {outcome:?}");
        };
        assert_eq!(line, 1, "{what}");
        assert!(
            message.contains("recursion limit exceeded"),
            "{what}: {message}"
        );
        // 127 levels open; the 128th opening bracket is refused.
        let expected = if what == "arrays" { 128 } else { 127 * 5 + 1 };
        assert_eq!(column, expected, "{what}: {message}");
    }
}

// ---- huge numbers ----

const NUMERIC_TYPES: [&str; 16] = [
    "int8", "uint8", "int16", "uint16", "int32", "uint32", "integer", "int64", "uint64", "int128",
    "uint128", "float8", "float", "double", "number", "decimal",
];

/// `1e999999`, `-1e999999` and 400-digit integers are beyond what the JSON
/// parser represents (RFC 8259 §6 lets implementations limit the range):
/// as JSON numbers they are a JSON error at the end of the number, for
/// every numeric type, on both the slice and the text path.
#[test]
fn huge_json_numbers_are_a_json_error_for_every_numeric_type() {
    let digits = format!("1{}", "0".repeat(399));
    let inputs = [
        "1e999999".to_owned(),
        "-1e999999".to_owned(),
        digits.clone(),
        format!("-{digits}"),
        format!("{digits}.5"),
    ];
    for ty in NUMERIC_TYPES {
        let v = validator(json!({"type": ty}));
        for text in &inputs {
            let outcome = timed(ty, || slice(&v, text));
            let Slice::Json(line, column, message) = &outcome else {
                panic!("{ty} on {text:.12}: {outcome:?}");
            };
            assert!(message.contains("number out of range"), "{ty}: {message}");
            // Located at the number's last character.
            assert_eq!((*line, *column), (1, text.len()), "{ty} on {text:.12}");
            assert!(matches!(v.validate_str(text), Err(DocumentError::Json(_))));
        }
    }
}

/// The same magnitudes written as strings (how JSON Structure carries
/// large numbers) get each type's own answer, identically on the value and
/// the slice path.
#[test]
fn huge_numbers_in_strings_get_each_types_answer() {
    let digits = format!("1{}", "0".repeat(399));
    let big_ints = ["int64", "uint64", "int128", "uint128"];
    for ty in NUMERIC_TYPES {
        let v = validator(json!({"type": ty}));
        for (text, negative) in [
            ("1e999999".to_owned(), false),
            ("-1e999999".to_owned(), true),
            (digits.clone(), false),
            (format!("-{digits}"), true),
        ] {
            let exponent = text.contains('e');
            let expected: Option<&str> = if ty == "decimal" {
                exponent.then_some("INSTANCE_DECIMAL_EXPECTED")
            } else if big_ints.contains(&ty) {
                Some(if exponent {
                    "INSTANCE_DECIMAL_EXPECTED"
                } else {
                    "INSTANCE_INT_RANGE_INVALID"
                })
            } else if ty.starts_with("float") || ty == "double" || ty == "number" {
                Some("INSTANCE_NUMBER_EXPECTED")
            } else {
                Some("INSTANCE_INTEGER_EXPECTED")
            };
            let doc = Value::String(text.clone());
            let want: Vec<(String, &str)> =
                expected.into_iter().map(|c| (String::new(), c)).collect();
            assert_eq!(
                timed(ty, || codes(&v, &doc)),
                want,
                "{ty} on {text:.12} (negative: {negative})"
            );
            let json_text = doc.to_string();
            let by_slice = timed(ty, || slice(&v, &json_text));
            let expected_slice = if want.is_empty() {
                Slice::Valid
            } else {
                Slice::Invalid(want)
            };
            assert_eq!(by_slice, expected_slice, "{ty} on {text:.12}");
        }
    }
}

/// A number that underflows to zero is a JSON number the parser accepts:
/// the integer types refuse it for its exponent, the string-carried types
/// for not being a string, the binary floats accept it.
#[test]
fn a_number_that_underflows_to_zero_gets_each_types_answer() {
    for ty in NUMERIC_TYPES {
        let v = validator(json!({"type": ty}));
        let expected = match ty {
            "float8" | "float" | "double" | "number" => Slice::Valid,
            "int64" | "uint64" | "int128" | "uint128" | "decimal" => {
                Slice::Invalid(vec![(String::new(), "INSTANCE_STRING_EXPECTED")])
            }
            _ => Slice::Invalid(vec![(String::new(), "INSTANCE_INTEGER_EXPECTED")]),
        };
        assert_eq!(slice(&v, "1e-999999"), expected, "{ty}");
    }
}

// ---- lone surrogates ----

/// JSON strings must be Unicode text; an escaped lone surrogate cannot be
/// one, and is a JSON error at the place the parser reports, in keys as in
/// values. A surrogate pair is one code point.
#[test]
fn lone_surrogates_are_a_json_error_and_pairs_are_one_code_point() {
    let v = validator(json!({"type": "any"}));
    for (text, line, column) in [
        (r#""\ud800""#, 1, 8),
        (r#""\udc00""#, 1, 7),
        (r#""\ud800\ud800""#, 1, 13),
        (r#""a\ud800b""#, 1, 9),
        (r#"{"\ud800": 1}"#, 1, 9),
        ("[\n  \"ok\",\n  \"\\udfff\"\n]", 3, 9),
    ] {
        match timed(text, || slice(&v, text)) {
            Slice::Json(l, c, message) => {
                assert_eq!((l, c), (line, column), "{text}: {message}");
                assert!(message.contains("surrogate") || message.contains("hex escape"));
            }
            other => panic!("{text}: {other:?}"),
        }
    }
    let one = validator(json!({"type": "string", "maxLength": 1}));
    assert_eq!(slice(&one, r#""\ud83d\ude00""#), Slice::Valid);
    assert_eq!(
        slice(&one, r#""\ud83d\ude00\ud83d\ude00""#),
        Slice::Invalid(vec![(String::new(), "INSTANCE_STRING_MAX_LENGTH")])
    );
}

// ---- 10 MB strings against patterns ----

/// Ten megabytes against linear patterns, patterns that need the
/// backtracking engine, and a backreference that exhausts its budget
/// (a violation that says so, never a hang), on the value path and on the
/// slice path.
#[test]
fn ten_megabyte_strings_against_patterns_are_decided_in_bounded_time() {
    let a = "a".repeat(10 << 20);
    let a_bang = format!("{a}!");
    let digit = format!("{a}7");
    let mismatch = Some("INSTANCE_STRING_PATTERN_MISMATCH");
    let cases: [(&str, &str, Option<&str>); 10] = [
        ("^[a-z]+$", &a, None),
        ("^[a-z]+$", &a_bang, mismatch),
        ("^[a-z]*b$", &a, mismatch),
        ("[^a]", &a, mismatch),
        ("[^a]", &a_bang, None),
        // Lookahead: backtracking engine, behind linear prefilters.
        (r"^(?=.*\d)[a-z0-9]+$", &a, mismatch),
        (r"^(?=.*\d)[a-z0-9]+$", &digit, None),
        (r"^(?:(a|aa)+(?=c))*!", &a, mismatch),
        // Past the prefilters, the backtracking budget runs out.
        (
            r"^(?:(a|aa)+(?=c))*!",
            &a_bang,
            Some("INSTANCE_PATTERN_BACKTRACK_LIMIT"),
        ),
        (r"^(a+)\1$", &a, Some("INSTANCE_PATTERN_BACKTRACK_LIMIT")),
    ];
    for (pattern, haystack, expected) in cases {
        let v = validator(json!({"type": "string", "pattern": pattern}));
        let doc = Value::String(haystack.to_owned());
        let what = format!("{pattern} on {} bytes", haystack.len());
        let want: Vec<(String, &str)> = expected.into_iter().map(|c| (String::new(), c)).collect();
        assert_eq!(timed(&what, || codes(&v, &doc)), want, "{what}");
        assert_eq!(timed(&what, || v.is_valid(&doc)), want.is_empty(), "{what}");
        let text = doc.to_string();
        let expected_slice = if want.is_empty() {
            Slice::Valid
        } else {
            Slice::Invalid(want)
        };
        assert_eq!(timed(&what, || slice(&v, &text)), expected_slice, "{what}");
    }
}

/// A 10 MB map key against `keyNames` and a 10 MB string against
/// `maxLength`, which counts code points.
#[test]
fn ten_megabyte_keys_and_lengths_are_decided_in_bounded_time() {
    let long = "é".repeat(5 << 20);
    let v = validator(json!({
        "type": "map", "values": {"type": "string", "maxLength": 5_242_880},
        "keyNames": {"type": "string", "pattern": "^[a-z]{1,64}$"}
    }));
    let mut m = Map::new();
    m.insert(long.clone(), json!("x"));
    m.insert("ok".to_owned(), Value::String(long.clone()));
    m.insert("over".to_owned(), Value::String(format!("{long}!")));
    let doc = Value::Object(m);
    let mut found = timed("10 MB key and values", || codes(&v, &doc));
    found.sort();
    let mut want = [
        (format!("/{long}"), "INSTANCE_MAP_KEY_INVALID"),
        ("/over".to_owned(), "INSTANCE_STRING_MAX_LENGTH"),
    ];
    want.sort();
    assert_eq!(found, want);
}

// ---- keys with `/`, `~` and NUL ----

const ODD_KEYS: [(&str, &str); 8] = [
    ("a/b", "/a~1b"),
    ("m~n", "/m~0n"),
    ("\u{0}", "/\u{0}"),
    ("~1", "/~01"),
    ("~0/", "/~00~1"),
    ("", "/"),
    ("/", "/~1"),
    ("~", "/~0"),
];

/// Keys that need escaping appear in instance paths escaped as RFC 6901
/// says, and each path resolves (jsonptr) to the offending value, on the
/// value path and on the slice path alike; NUL is written `\u0000` in the
/// text and is an ordinary character of the pointer.
#[test]
fn odd_keys_are_escaped_in_instance_paths_and_resolve() {
    let map = validator(json!({"type": "map", "values": {"type": "int32"}}));
    let closed = validator(json!({
        "type": "object", "properties": {"x": {"type": "int32"}}, "additionalProperties": false
    }));
    let nested = validator(json!({
        "type": "map", "values": {"type": "array", "items": {"type": "int32"}}
    }));
    let mut doc = Map::new();
    let mut nested_doc = Map::new();
    for (key, _) in ODD_KEYS {
        doc.insert(key.to_owned(), json!("x"));
        nested_doc.insert(key.to_owned(), json!([1, "x"]));
    }
    let doc = Value::Object(doc);
    let nested_doc = Value::Object(nested_doc);
    for (v, doc, code, suffix) in [
        (&map, &doc, "INSTANCE_INTEGER_EXPECTED", ""),
        (
            &closed,
            &doc,
            "INSTANCE_ADDITIONAL_PROPERTY_NOT_ALLOWED",
            "",
        ),
        (&nested, &nested_doc, "INSTANCE_INTEGER_EXPECTED", "/1"),
    ] {
        let mut found = codes(v, doc);
        found.sort();
        let mut want: Vec<(String, &str)> = ODD_KEYS
            .iter()
            .map(|(_, path)| (format!("{path}{suffix}"), code))
            .collect();
        want.sort();
        assert_eq!(found, want);
        for (path, _) in &found {
            let pointer = jsonptr::Pointer::parse(path)
                .unwrap_or_else(|e| panic!("{path:?} is not a JSON Pointer: {e}"));
            let target = pointer
                .resolve(doc)
                .unwrap_or_else(|e| panic!("{path:?} does not resolve: {e}"));
            assert_eq!(target, &json!("x"), "{path:?}");
        }
        // The text, with NUL escaped, gives the same paths on the slice path.
        let Slice::Invalid(mut by_slice) = slice(v, &doc.to_string()) else {
            panic!("the slice path finds the same violations");
        };
        by_slice.sort();
        assert_eq!(by_slice, want);
    }
}

/// Definition names that need escaping are reached through escaped
/// references, and schema paths carry them escaped.
#[test]
fn odd_definition_names_are_escaped_in_references_and_schema_paths() {
    let v = validator(json!({
        "type": "object",
        "properties": {
            "x": {"type": {"$ref": "#/definitions/a~1b"}},
            "y": {"type": {"$ref": "#/definitions/m~0n"}}
        },
        "definitions": {"a/b": {"type": "int32"}, "m~n": {"type": "string"}}
    }));
    let found: Vec<(String, String, &str)> = v
        .iter_errors(&json!({"x": "s", "y": 1}))
        .map(|e| {
            (
                e.instance_path().to_owned(),
                e.schema_path().to_owned(),
                e.code(),
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            (
                "/x".to_owned(),
                "/definitions/a~1b/type".to_owned(),
                "INSTANCE_INTEGER_EXPECTED"
            ),
            (
                "/y".to_owned(),
                "/definitions/m~0n/type".to_owned(),
                "INSTANCE_STRING_EXPECTED"
            ),
        ]
    );
}

// ---- reference cycles ----

/// Cycles the conformance suite does not state: through compositions
/// (`anyOf`, `allOf`, `oneOf`, `not`, `if`), through type unions, through a
/// bare `$ref`, and `$extends` around three types. Each is refused at
/// once with its code, never followed forever.
#[test]
fn reference_cycles_of_every_shape_are_refused() {
    let a = "#/definitions/A";
    let cases: Vec<(&str, Value, &str, Vec<&str>)> = vec![
        (
            "anyOf",
            json!({"A": {"anyOf": [{"$ref": a}, {"type": "null"}]}}),
            a,
            vec!["/definitions/A"],
        ),
        (
            "allOf",
            json!({"A": {"allOf": [{"$ref": a}]}}),
            a,
            vec!["/definitions/A"],
        ),
        (
            "oneOf through B",
            json!({"A": {"oneOf": [{"$ref": "#/definitions/B"}]},
                   "B": {"oneOf": [{"$ref": a}, {"type": "int32"}]}}),
            a,
            vec!["/definitions/A"],
        ),
        (
            "not",
            json!({"A": {"not": {"$ref": a}}}),
            a,
            vec!["/definitions/A"],
        ),
        (
            "if",
            json!({"A": {"if": {"$ref": a}, "then": {"type": "null"}}}),
            a,
            vec!["/definitions/A"],
        ),
        (
            "a type and itself",
            json!({"A": {"type": "int32", "allOf": [{"$ref": a}]}}),
            a,
            vec!["/definitions/A"],
        ),
        (
            "union with itself",
            json!({"A": {"type": [{"$ref": a}, "null"]}}),
            a,
            vec!["/definitions/A"],
        ),
        (
            "union through B",
            json!({"A": {"type": [{"$ref": "#/definitions/B"}]},
                   "B": {"type": [{"$ref": a}, "null"]}}),
            a,
            vec!["/definitions/A"],
        ),
        (
            "bare $ref to itself",
            json!({"A": {"$ref": a}}),
            a,
            vec!["/definitions/A"],
        ),
        (
            "$extends around three types",
            json!({
                "A": {"type": "object", "abstract": true, "$extends": "#/definitions/C"},
                "B": {"type": "object", "abstract": true, "$extends": a},
                "C": {"type": "object", "abstract": true, "$extends": "#/definitions/B"},
                "D": {"type": "object", "$extends": "#/definitions/C", "properties": {"d": {"type": "string"}}}
            }),
            "#/definitions/D",
            vec![
                "/definitions/A/$extends",
                "/definitions/B/$extends",
                "/definitions/C/$extends",
            ],
        ),
    ];
    for (what, definitions, root, pointers) in cases {
        let s = schema(json!({"$root": root, "definitions": definitions}));
        let err = timed(what, || Validator::new(&s)).expect_err(what);
        let code = if what.starts_with("$extends") {
            "SCHEMA_EXTENDS_CIRCULAR"
        } else {
            "SCHEMA_REF_CIRCULAR"
        };
        let want: Vec<(String, &str)> = pointers.iter().map(|p| (p.to_string(), code)).collect();
        assert_eq!(schema_codes(&err), want, "{what}");
        let checked = timed(what, || truss::check_schema(&s));
        assert!(
            checked.iter().any(|d| d.code() == code),
            "{what}: check_schema {checked:?}"
        );
    }
}

/// Recursion that consumes data is not a cycle: a `contains` that refers
/// to its own type is decided on finite data (the innermost empty array
/// contains nothing).
#[test]
fn recursion_through_data_terminates() {
    let v = validator(json!({"$root": "#/definitions/A", "definitions": {
        "A": {"type": "array", "items": {"type": "any"}, "contains": {"type": {"$ref": "#/definitions/A"}}}
    }}));
    assert_eq!(
        codes(&v, &json!([[[]]])),
        [(String::new(), "INSTANCE_MIN_CONTAINS")]
    );
    assert!(!v.is_valid(&nested_arrays(200, json!([]))));
}

// ---- isolation ----

/// truss never reaches the network (`import_sources.rs` shows an
/// unregistered `https://` import failing at once). This checks the
/// structural half of that promise: nothing in the library's dependency
/// graph, as locked in Cargo.lock, can open a connection.
#[test]
fn the_library_depends_on_no_network_crate() {
    const NETWORK: &[&str] = &[
        "hyper",
        "reqwest",
        "ureq",
        "http",
        "h2",
        "curl",
        "isahc",
        "attohttpc",
        "surf",
        "tokio",
        "async-std",
        "mio",
        "socket2",
        "rustls",
        "native-tls",
        "openssl",
        "ring",
    ];
    let lock = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.lock"))
        .expect("Cargo.lock is readable");
    // Each `[[package]]` block: its name and the names it depends on
    // (`dependencies` entries are `name` or `name version`).
    let mut graph: Vec<(String, Vec<String>)> = Vec::new();
    for block in lock.split("[[package]]").skip(1) {
        let name = block
            .lines()
            .find_map(|l| l.strip_prefix("name = \""))
            .and_then(|l| l.strip_suffix('"'))
            .expect("a package has a name")
            .to_owned();
        let deps = block
            .split_once("dependencies = [")
            .and_then(|(_, rest)| rest.split_once(']'))
            .map(|(list, _)| {
                list.lines()
                    .filter_map(|l| l.trim().trim_end_matches(',').strip_prefix('"'))
                    .filter_map(|l| l.strip_suffix('"'))
                    .map(|l| l.split(' ').next().unwrap_or(l).to_owned())
                    .collect()
            })
            .unwrap_or_default();
        graph.push((name, deps));
    }
    let mut reached = vec!["truss".to_owned()];
    let mut i = 0;
    while let Some(name) = reached.get(i).cloned() {
        for (_, deps) in graph.iter().filter(|(n, _)| *n == name) {
            for d in deps {
                if !reached.contains(d) {
                    reached.push(d.clone());
                }
            }
        }
        i += 1;
    }
    // The walk saw the library's real dependencies.
    for expected in ["serde_json", "regex", "fancy-regex", "jsonptr", "stacker"] {
        assert!(
            reached.iter().any(|r| r == expected),
            "{expected} in {reached:?}"
        );
    }
    let network: Vec<&String> = reached
        .iter()
        .filter(|r| NETWORK.contains(&r.as_str()))
        .collect();
    assert!(
        network.is_empty(),
        "network crates in truss's dependencies: {network:?}"
    );
}

/// Imports copy documents; a root or an imported document built as a
/// value and nested 100,000 deep is refused before it is copied.
#[test]
fn documents_nested_100000_deep_are_refused_by_imports() {
    for deep_one in ["importer", "imported"] {
        let found = small_stack(deep_one, move || {
            let mut lib = json!({
                "$schema": "https://json-structure.org/meta/core/v0/#",
                "$id": "https://example.com/lib",
                "definitions": {"L": {"type": "any"}}
            });
            let mut s = schema(json!({
                "$uses": ["JSONStructureImport"],
                "type": "any",
                "definitions": {"Lib": {"$importdefs": "https://example.com/lib"}}
            }));
            let deep = nested_arrays(DEEP, json!(1));
            if deep_one == "importer" {
                s["const"] = deep;
            } else {
                lib["definitions"]["L"]["const"] = deep;
            }
            let options = Validator::options().register("https://example.com/lib", lib);
            let compiled = options.build(&s).err().map(|e| schema_codes(&e));
            let checked: Vec<&str> = options.check(&s).iter().map(|d| d.code()).collect();
            dismantle(s);
            // The options own the registered document, whose drop would
            // recurse 100,000 levels on this small stack.
            std::mem::forget(options);
            (compiled, checked)
        });
        let at = if deep_one == "importer" {
            ""
        } else {
            "/definitions/Lib/$importdefs"
        };
        assert_eq!(
            found.0,
            Some(vec![(at.to_owned(), "SCHEMA_MAX_DEPTH_EXCEEDED")]),
            "{deep_one}"
        );
        assert!(
            found.1.contains(&"SCHEMA_MAX_DEPTH_EXCEEDED"),
            "{deep_one}: {:?}",
            found.1
        );
    }
}
