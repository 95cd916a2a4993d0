//! Core type system at its edges, through the public API only.

mod support;

use serde_json::{Value, json};
use support::dismantle;
use truss::Validator;

fn schema_of(body: Value) -> Value {
    let mut s = json!({
        "$schema": "https://json-structure.org/meta/core/v0/#",
        "$id": "https://example.com/test",
        "name": "T"
    });
    if let (Some(s), Some(b)) = (s.as_object_mut(), body.as_object()) {
        for (k, v) in b {
            s.insert(k.clone(), v.clone());
        }
    }
    s
}

fn compile(body: Value) -> Validator {
    Validator::new(&schema_of(body)).expect("schema compiles")
}

/// (instance path, code) of every violation.
fn violations(v: &Validator, doc: &Value) -> Vec<(String, String)> {
    let collected: Vec<(String, String)> = v
        .iter_errors(doc)
        .map(|e| (e.instance_path().to_owned(), e.code().to_owned()))
        .collect();
    // is_valid and validate must always agree.
    assert_eq!(
        v.is_valid(doc),
        collected.is_empty(),
        "is_valid disagrees with iter_errors on {doc}"
    );
    collected
}

fn codes(v: &Validator, doc: Value) -> Vec<String> {
    violations(v, &doc).into_iter().map(|(_, c)| c).collect()
}

fn assert_valid(v: &Validator, docs: &[Value]) {
    for d in docs {
        assert_eq!(violations(v, d), vec![], "expected {d} to be valid");
    }
}

fn assert_code(v: &Validator, docs: &[Value], code: &str) {
    for d in docs {
        assert_eq!(
            codes(v, d.clone()),
            vec![code.to_owned()],
            "expected {d} to fail with {code}"
        );
    }
}

#[test]
fn int_types_accept_both_bounds_and_reject_one_past() {
    let cases: [(&str, i128, i128); 7] = [
        ("int8", -128, 127),
        ("uint8", 0, 255),
        ("int16", -32768, 32767),
        ("uint16", 0, 65535),
        ("int32", -2147483648, 2147483647),
        ("integer", -2147483648, 2147483647),
        ("uint32", 0, 4294967295),
    ];
    for (ty, lo, hi) in cases {
        let v = compile(json!({"type": ty}));
        let n = |x: i128| -> Value { serde_json::from_str(&x.to_string()).unwrap() };
        assert_valid(&v, &[n(lo), n(hi)]);
        assert_code(&v, &[n(lo - 1), n(hi + 1)], "INSTANCE_INT_RANGE_INVALID");
    }
}

#[test]
fn int_types_reject_decimal_points_exponents_and_strings() {
    let v = compile(json!({"type": "int32"}));
    let one_point_oh: Value = serde_json::from_str("1.0").unwrap();
    let exp: Value = serde_json::from_str("1e2").unwrap();
    assert_code(
        &v,
        &[one_point_oh, exp, json!(1.5)],
        "INSTANCE_INTEGER_EXPECTED",
    );
    assert_code(
        &v,
        &[json!("1"), json!(true), json!(null)],
        "INSTANCE_INTEGER_EXPECTED",
    );
}

#[test]
fn large_ints_are_strings_checked_exactly() {
    let v = compile(json!({"type": "int64"}));
    assert_valid(
        &v,
        &[
            json!("9223372036854775807"),
            json!("-9223372036854775808"),
            json!("0"),
            json!("-0"),
        ],
    );
    assert_code(
        &v,
        &[json!("9223372036854775808"), json!("-9223372036854775809")],
        "INSTANCE_INT_RANGE_INVALID",
    );
    assert_code(
        &v,
        &[
            json!("01"),
            json!("+1"),
            json!("1.0"),
            json!("1e3"),
            json!(" 1"),
            json!(""),
        ],
        "INSTANCE_DECIMAL_EXPECTED",
    );
    assert_code(&v, &[json!(5)], "INSTANCE_STRING_EXPECTED");

    let u = compile(json!({"type": "uint64"}));
    assert_valid(&u, &[json!("18446744073709551615"), json!("0")]);
    assert_code(
        &u,
        &[json!("18446744073709551616")],
        "INSTANCE_INT_RANGE_INVALID",
    );

    let i128v = compile(json!({"type": "int128"}));
    assert_valid(
        &i128v,
        &[
            json!("170141183460469231731687303715884105727"),
            json!("-170141183460469231731687303715884105728"),
        ],
    );
    assert_code(
        &i128v,
        &[json!("170141183460469231731687303715884105728")],
        "INSTANCE_INT_RANGE_INVALID",
    );

    let u128v = compile(json!({"type": "uint128"}));
    assert_valid(&u128v, &[json!("340282366920938463463374607431768211455")]);
    assert_code(
        &u128v,
        &[json!("340282366920938463463374607431768211456")],
        "INSTANCE_INT_RANGE_INVALID",
    );
}

#[test]
fn numbers_as_strings_option_accepts_exact_numbers() {
    let schema = schema_of(json!({"type": "int64"}));
    let v = Validator::options()
        .numbers_as_strings(true)
        .build(&schema)
        .unwrap();
    assert!(v.is_valid(&json!(42)));
    assert!(!v.is_valid(&json!(1.5)));
}

#[test]
fn floats_are_range_checked() {
    let f = compile(json!({"type": "float"}));
    // A JSON number denotes the nearest value of the format (core §float):
    // it conforms when that value is finite, so the usual spelling of the
    // largest binary32, 3.4028235e38, does and 3.4028236e38 does not.
    assert_valid(
        &f,
        &[
            json!(3.4e38),
            json!(-3.4e38),
            json!(3.4028235e38),
            json!(0),
            json!(1.5),
        ],
    );
    assert_code(
        &f,
        &[json!(3.4028236e38), json!(3.5e38), json!(-1e39)],
        "INSTANCE_FLOAT_RANGE_INVALID",
    );
    let f8 = compile(json!({"type": "float8"}));
    assert_valid(&f8, &[json!(240), json!(-240.0), json!(247.9)]);
    assert_code(
        &f8,
        &[json!(248), json!(-300)],
        "INSTANCE_FLOAT_RANGE_INVALID",
    );
    let d = compile(json!({"type": "double"}));
    assert_valid(&d, &[json!(1.7e308)]);
    assert_code(&d, &[json!("1.0")], "INSTANCE_NUMBER_EXPECTED");
}

#[test]
fn decimal_syntax_precision_and_scale() {
    let v = compile(json!({"type": "decimal", "precision": 5, "scale": 2}));
    assert_valid(
        &v,
        &[json!("123.45"), json!("-0.5"), json!("99"), json!("1.50")],
    );
    assert_code(&v, &[json!("1234.56")], "INSTANCE_DECIMAL_PRECISION");
    assert_code(&v, &[json!("1.234")], "INSTANCE_DECIMAL_SCALE");
    assert_code(
        &v,
        &[json!("1e5"), json!("1."), json!(".5"), json!("abc")],
        "INSTANCE_DECIMAL_EXPECTED",
    );
    assert_code(&v, &[json!(1.5)], "INSTANCE_STRING_EXPECTED");
}

#[test]
fn dates_are_real_calendar_dates() {
    let v = compile(json!({"type": "date"}));
    assert_valid(
        &v,
        &[
            json!("2024-02-29"),
            json!("2000-02-29"),
            json!("2023-12-31"),
        ],
    );
    assert_code(
        &v,
        &[
            json!("2023-02-29"),
            json!("1900-02-29"),
            json!("2024-04-31"),
            json!("2024-13-01"),
            json!("2024-1-01"),
        ],
        "INSTANCE_DATE_FORMAT_INVALID",
    );
    assert_code(&v, &[json!(20240101)], "INSTANCE_DATE_EXPECTED");
}

#[test]
fn datetimes_need_seconds_and_offset_and_allow_leap_seconds() {
    let v = compile(json!({"type": "datetime"}));
    assert_valid(
        &v,
        &[
            json!("2024-01-15T10:30:00Z"),
            json!("2024-01-15t10:30:00z"),
            json!("2024-01-15T10:30:00.123+05:30"),
            json!("1990-12-31T23:59:60Z"),
            json!("1990-12-31T15:59:60-08:00"),
        ],
    );
    assert_code(
        &v,
        &[
            json!("2024-01-15 10:30:00Z"),
            json!("2024-01-15T10:30Z"),
            json!("2024-01-15T10:30:00"),
            json!("2024-01-15T24:00:00Z"),
            json!("2024-01-15T12:00:60Z"),
            json!("2023-02-29T00:00:00Z"),
        ],
        "INSTANCE_DATETIME_FORMAT_INVALID",
    );
}

#[test]
fn times_need_seconds_with_optional_offset() {
    let v = compile(json!({"type": "time"}));
    assert_valid(
        &v,
        &[
            json!("08:00:00"),
            json!("23:59:59.999Z"),
            json!("23:59:60"),
            json!("08:00:00+02:00"),
        ],
    );
    assert_code(
        &v,
        &[json!("08:00"), json!("25:00:00"), json!("12:00:60")],
        "INSTANCE_TIME_FORMAT_INVALID",
    );
}

#[test]
fn durations_follow_rfc3339_with_fractional_seconds() {
    let v = compile(json!({"type": "duration"}));
    assert_valid(
        &v,
        &[
            json!("P1W"),
            json!("PT0.5S"),
            json!("P1Y2M3DT4H5M6S"),
            json!("P1D"),
            json!("PT36H"),
        ],
    );
    assert_code(
        &v,
        &[
            json!("P"),
            json!("PT"),
            json!("P1W2D"),
            json!("-P1D"),
            json!("1D"),
        ],
        "INSTANCE_DURATION_FORMAT_INVALID",
    );
}

#[test]
fn uuid_uri_jsonpointer_binary() {
    let u = compile(json!({"type": "uuid"}));
    assert_valid(
        &u,
        &[
            json!("550e8400-e29b-41d4-a716-446655440000"),
            json!("550E8400-E29B-41D4-A716-446655440000"),
        ],
    );
    assert_code(
        &u,
        &[
            json!("550e8400e29b41d4a716446655440000"),
            json!("{550e8400-e29b-41d4-a716-446655440000}"),
        ],
        "INSTANCE_UUID_FORMAT_INVALID",
    );

    let uri = compile(json!({"type": "uri"}));
    assert_valid(
        &uri,
        &[
            json!("https://example.com/a?b=c#d"),
            json!("../relative/path"),
            json!(""),
        ],
    );
    assert_code(
        &uri,
        &[json!("http://exa mple.com"), json!("http://[::1")],
        "INSTANCE_URI_FORMAT_INVALID",
    );

    let p = compile(json!({"type": "jsonpointer"}));
    assert_valid(&p, &[json!(""), json!("/a~1b/0"), json!("/~0")]);
    assert_code(
        &p,
        &[json!("a/b"), json!("/a~2")],
        "INSTANCE_JSONPOINTER_FORMAT_INVALID",
    );

    let b = compile(json!({"type": "binary"}));
    assert_valid(&b, &[json!("aGVsbG8="), json!("")]);
    assert_code(
        &b,
        &[json!("aGVsbG8"), json!("a$==")],
        "INSTANCE_BINARY_ENCODING_INVALID",
    );
    let b16 = compile(json!({"type": "binary", "contentEncoding": "base16"}));
    assert_valid(&b16, &[json!("DEADbeef")]);
    assert_code(&b16, &[json!("DEA")], "INSTANCE_BINARY_ENCODING_INVALID");
}

#[test]
fn max_length_counts_code_points() {
    let v = compile(json!({"type": "string", "maxLength": 3}));
    assert_valid(&v, &[json!("abc"), json!("😀😀😀"), json!("äöü")]);
    assert_code(
        &v,
        &[json!("abcd"), json!("😀😀😀😀")],
        "INSTANCE_STRING_MAX_LENGTH",
    );
}

#[test]
fn enum_and_const_use_json_equality() {
    let v = compile(json!({"type": "number", "enum": [1, 2.5]}));
    let one_point_oh: Value = serde_json::from_str("1.0").unwrap();
    assert_valid(&v, &[json!(1), one_point_oh, json!(2.5)]);
    assert_code(&v, &[json!(3)], "INSTANCE_ENUM_MISMATCH");
    let c = compile(json!({"type": "string", "const": "x"}));
    assert_valid(&c, &[json!("x")]);
    assert_code(&c, &[json!("y")], "INSTANCE_CONST_MISMATCH");
}

#[test]
fn property_names_with_slash_and_tilde_are_escaped_in_paths() {
    let v = compile(json!({
        "type": "object",
        "properties": {"a/b": {"type": "string"}, "c~d": {"type": "int8"}}
    }));
    let got = violations(&v, &json!({"a/b": 1, "c~d": "x"}));
    assert_eq!(
        got,
        vec![
            ("/a~1b".to_owned(), "INSTANCE_STRING_EXPECTED".to_owned()),
            ("/c~0d".to_owned(), "INSTANCE_INTEGER_EXPECTED".to_owned())
        ]
    );
}

#[test]
fn objects_required_and_additional_properties() {
    let v = compile(json!({
        "type": "object",
        "properties": {"a": {"type": "string"}, "b": {"type": "int32"}},
        "required": ["a"],
        "additionalProperties": false
    }));
    assert_valid(&v, &[json!({"a": "x"}), json!({"a": "x", "b": 1})]);
    assert_eq!(
        violations(&v, &json!({"b": 1, "c": 2})),
        vec![
            (
                "/c".to_owned(),
                "INSTANCE_ADDITIONAL_PROPERTY_NOT_ALLOWED".to_owned()
            ),
            (
                "".to_owned(),
                "INSTANCE_REQUIRED_PROPERTY_MISSING".to_owned()
            ),
        ]
    );
    assert_code(&v, &[json!([1])], "INSTANCE_OBJECT_EXPECTED");
    // $schema and $uses at the instance root are metadata, not properties.
    assert_valid(
        &v,
        &[json!({"$schema": "https://example.com/test", "a": "x"})],
    );

    let typed = compile(json!({
        "type": "object",
        "properties": {"a": {"type": "string"}},
        "additionalProperties": {"type": "int32"}
    }));
    assert_valid(&typed, &[json!({"a": "x", "z": 5})]);
    assert_eq!(
        violations(&typed, &json!({"z": "no"})),
        vec![("/z".to_owned(), "INSTANCE_INTEGER_EXPECTED".to_owned())]
    );
}

#[test]
fn required_alternative_sets_need_exactly_one() {
    let v = compile(json!({
        "type": "object",
        "properties": {"name": {"type": "string"}, "fins": {"type": "int32"}, "legs": {"type": "int32"}},
        "required": [["name", "fins"], ["name", "legs"]]
    }));
    assert_valid(
        &v,
        &[
            json!({"name": "a", "fins": 2}),
            json!({"name": "a", "legs": 4}),
        ],
    );
    assert_code(
        &v,
        &[
            json!({"name": "a"}),
            json!({"name": "a", "fins": 1, "legs": 2}),
            json!({"fins": 1}),
        ],
        "INSTANCE_REQUIRED_ALTERNATIVES",
    );
}

#[test]
fn sets_compare_values_not_spellings() {
    let v = compile(json!({"type": "set", "items": {"type": "any"}}));
    let doc: Value = serde_json::from_str("[1, 1.0]").unwrap();
    assert_eq!(
        violations(&v, &doc),
        vec![("/1".to_owned(), "INSTANCE_SET_DUPLICATE".to_owned())]
    );
    let objs: Value = serde_json::from_str(r#"[{"a":1,"b":2},{"b":2,"a":1}]"#).unwrap();
    assert_code(&v, &[objs], "INSTANCE_SET_DUPLICATE");
    assert_valid(&v, &[json!([1, "1", true, [1], {"a": 1}])]);
    let many: Vec<Value> = (0..100).map(|i| json!(i)).chain([json!(50.0)]).collect();
    assert_eq!(
        violations(&v, &Value::Array(many)),
        vec![("/100".to_owned(), "INSTANCE_SET_DUPLICATE".to_owned())]
    );
}

#[test]
fn arrays_maps_and_tuples() {
    let a = compile(json!({"type": "array", "items": {"type": "uint8"}}));
    assert_valid(&a, &[json!([]), json!([0, 255])]);
    assert_eq!(
        violations(&a, &json!([1, 256, "x"])),
        vec![
            ("/1".to_owned(), "INSTANCE_INT_RANGE_INVALID".to_owned()),
            ("/2".to_owned(), "INSTANCE_INTEGER_EXPECTED".to_owned()),
        ]
    );
    let m = compile(json!({"type": "map", "values": {"type": "boolean"}}));
    assert_valid(&m, &[json!({}), json!({"any key": true})]);
    assert_eq!(
        violations(&m, &json!({"k": 1})),
        vec![("/k".to_owned(), "INSTANCE_BOOLEAN_EXPECTED".to_owned())]
    );
    let t = compile(json!({
        "type": "tuple",
        "properties": {"name": {"type": "string"}, "age": {"type": "uint8"}},
        "tuple": ["name", "age"]
    }));
    assert_valid(&t, &[json!(["Alice", 42])]);
    assert_code(
        &t,
        &[json!(["Alice"]), json!(["Alice", 42, 1])],
        "INSTANCE_TUPLE_LENGTH_MISMATCH",
    );
    assert_eq!(
        violations(&t, &json!([42, "Alice"])),
        vec![
            ("/0".to_owned(), "INSTANCE_STRING_EXPECTED".to_owned()),
            ("/1".to_owned(), "INSTANCE_INTEGER_EXPECTED".to_owned()),
        ]
    );
}

#[test]
fn tagged_choice_needs_exactly_one_known_tag() {
    let v = compile(json!({
        "type": "choice",
        "choices": {"text": {"type": "string"}, "count": {"type": "int32"}}
    }));
    assert_valid(&v, &[json!({"text": "hi"}), json!({"count": 3})]);
    assert_code(&v, &[json!({"other": 1})], "INSTANCE_CHOICE_UNKNOWN");
    assert_code(&v, &[json!({})], "INSTANCE_CHOICE_NO_MATCH");
    assert_code(
        &v,
        &[json!({"text": "a", "count": 1})],
        "INSTANCE_CHOICE_MULTIPLE_MATCHES",
    );
    assert_eq!(
        violations(&v, &json!({"count": "x"})),
        vec![("/count".to_owned(), "INSTANCE_INTEGER_EXPECTED".to_owned())]
    );
}

fn address_choice() -> Validator {
    Validator::new(&json!({
        "$schema": "https://json-structure.org/meta/core/v0/#",
        "$id": "https://example.com/addr",
        "$root": "#/definitions/AnyAddress",
        "definitions": {
            "AnyAddress": {
                "type": "choice",
                "$extends": "#/definitions/Address",
                "selector": "addressType",
                "choices": {
                    "StreetAddress": {"type": {"$ref": "#/definitions/StreetAddress"}},
                    "PostOfficeBoxAddress": {"type": {"$ref": "#/definitions/PostOfficeBoxAddress"}}
                }
            },
            "Address": {
                "abstract": true,
                "type": "object",
                "properties": {"city": {"type": "string"}, "zip": {"type": "string"}},
                "required": ["city"]
            },
            "StreetAddress": {
                "type": "object",
                "$extends": "#/definitions/Address",
                "properties": {"street": {"type": "string"}},
                "additionalProperties": false
            },
            "PostOfficeBoxAddress": {
                "type": "object",
                "$extends": "#/definitions/Address",
                "properties": {"poBox": {"type": "string"}},
                "additionalProperties": false
            }
        }
    }))
    .expect("compiles")
}

#[test]
fn inline_choice_selects_branch_by_selector() {
    let v = address_choice();
    assert_valid(
        &v,
        &[
            json!({"addressType": "StreetAddress", "street": "1 Main St", "city": "Seattle"}),
            json!({"addressType": "PostOfficeBoxAddress", "poBox": "12", "city": "Seattle", "zip": "98101"}),
        ],
    );
    assert_code(
        &v,
        &[json!({"street": "x", "city": "y"})],
        "INSTANCE_CHOICE_SELECTOR_MISSING",
    );
    assert_code(
        &v,
        &[json!({"addressType": "Moon", "city": "y"})],
        "INSTANCE_CHOICE_UNKNOWN",
    );
    assert_code(
        &v,
        &[json!({"addressType": 1, "city": "y"})],
        "INSTANCE_CHOICE_SELECTOR_NOT_STRING",
    );
    // Inherited `required` applies; the branch's own additionalProperties: false applies.
    assert_eq!(
        violations(&v, &json!({"addressType": "StreetAddress", "poBox": "1"})),
        vec![
            (
                "/poBox".to_owned(),
                "INSTANCE_ADDITIONAL_PROPERTY_NOT_ALLOWED".to_owned()
            ),
            (
                "".to_owned(),
                "INSTANCE_REQUIRED_PROPERTY_MISSING".to_owned()
            ),
        ]
    );
}

#[test]
fn extends_merges_transitively_and_multiply() {
    let v = Validator::new(&json!({
        "$schema": "https://json-structure.org/meta/core/v0/#",
        "$id": "https://example.com/x",
        "$root": "#/definitions/Car",
        "definitions": {
            "Named": {"abstract": true, "type": "object", "properties": {"name": {"type": "string"}}, "required": ["name"]},
            "Vehicle": {"abstract": true, "type": "object", "$extends": "#/definitions/Named", "properties": {"wheels": {"type": "uint8"}}},
            "Tagged": {"abstract": true, "type": "object", "properties": {"tag": {"type": "string"}}, "required": ["tag"]},
            "Car": {"type": "object", "$extends": ["#/definitions/Vehicle", "#/definitions/Tagged"], "properties": {"doors": {"type": "uint8"}}, "additionalProperties": false}
        }
    }))
    .unwrap();
    assert_valid(
        &v,
        &[json!({"name": "a", "tag": "t", "wheels": 4, "doors": 2})],
    );
    assert_eq!(
        violations(&v, &json!({"wheels": "four", "extra": 1})),
        vec![
            (
                "/extra".to_owned(),
                "INSTANCE_ADDITIONAL_PROPERTY_NOT_ALLOWED".to_owned()
            ),
            ("/wheels".to_owned(), "INSTANCE_INTEGER_EXPECTED".to_owned()),
            (
                "".to_owned(),
                "INSTANCE_REQUIRED_PROPERTY_MISSING".to_owned()
            ),
            (
                "".to_owned(),
                "INSTANCE_REQUIRED_PROPERTY_MISSING".to_owned()
            ),
        ]
    );
}

#[test]
fn recursive_types_compile_and_validate() {
    let v = Validator::new(&json!({
        "$schema": "https://json-structure.org/meta/core/v0/#",
        "$id": "https://example.com/tree",
        "$root": "#/definitions/Node",
        "definitions": {
            "Node": {
                "type": "object",
                "properties": {
                    "value": {"type": "int32"},
                    "children": {"type": "array", "items": {"type": {"$ref": "#/definitions/Node"}}}
                },
                "required": ["value"]
            }
        }
    }))
    .unwrap();
    // A tree level is two JSON levels (the node and its `children`), so
    // 4,999 levels above the innermost node put its `value` 9,999 levels
    // below the root: within the default limit of 10,000.
    let mut doc = json!({"value": 0});
    for i in 1..5000 {
        doc = tree_node(i, doc);
    }
    let within: Vec<String> = v.iter_errors(&doc).map(|e| e.code().to_owned()).collect();
    let within_fast = v.is_valid(&doc);
    // One tree level more puts the innermost node's `value`, and that of
    // its sibling, past the limit: two violations, not a crash.
    doc = tree_node(5000, doc);
    let beyond: Vec<(String, &str)> = v
        .iter_errors(&doc)
        .map(|e| (e.instance_path().to_owned(), e.code()))
        .collect();
    let beyond_fast = v.is_valid(&doc);
    // Taken apart before asserting: a failed assertion would otherwise
    // drop it recursively while unwinding.
    dismantle(doc);
    assert!(
        within.is_empty() && within_fast,
        "a tree within the default depth limit is valid, found {within:?}"
    );
    let parent = "/children/0".repeat(4999);
    assert_eq!(
        beyond,
        [
            (
                format!("{parent}/children/0/value"),
                "INSTANCE_MAX_DEPTH_EXCEEDED"
            ),
            (
                format!("{parent}/children/1/value"),
                "INSTANCE_MAX_DEPTH_EXCEEDED"
            ),
        ]
    );
    assert!(!beyond_fast);
    let bad = json!({"value": 1, "children": [{"value": 2, "children": [{"value": "x"}]}]});
    assert_eq!(
        violations(&v, &bad),
        vec![(
            "/children/0/children/0/value".to_owned(),
            "INSTANCE_INTEGER_EXPECTED".to_owned()
        )]
    );
}

#[test]
fn unions_take_the_first_matching_member() {
    let v = Validator::new(&json!({
        "$schema": "https://json-structure.org/meta/core/v0/#",
        "$id": "https://example.com/u",
        "$root": "#/definitions/Value",
        "definitions": {
            "Point": {"type": "object", "properties": {"x": {"type": "int32"}}, "required": ["x"]},
            "Value": {"type": ["string", "null", {"$ref": "#/definitions/Point"}]}
        }
    }))
    .unwrap();
    assert_valid(&v, &[json!("s"), json!(null), json!({"x": 1})]);
    assert_code(&v, &[json!(5), json!(true)], "INSTANCE_TYPE_MISMATCH");
    // Only the Point member takes objects, so its own violation is reported.
    assert_eq!(
        violations(&v, &json!({"x": "no"})),
        vec![("/x".to_owned(), "INSTANCE_INTEGER_EXPECTED".to_owned())]
    );
}

#[test]
fn ref_siblings_apply_with_the_referenced_type() {
    let v = Validator::new(&json!({
        "$schema": "https://json-structure.org/meta/core/v0/#",
        "$id": "https://example.com/r",
        "name": "R",
        "type": "object",
        "properties": {"code": {"type": {"$ref": "#/definitions/Code"}, "maxLength": 3}},
        "definitions": {"Code": {"type": "string"}}
    }))
    .unwrap();
    assert_valid(&v, &[json!({"code": "abc"})]);
    assert_eq!(
        violations(&v, &json!({"code": "abcd"})),
        vec![("/code".to_owned(), "INSTANCE_STRING_MAX_LENGTH".to_owned())]
    );
}

#[test]
fn add_ins_apply_only_when_the_instance_uses_them() {
    let v = Validator::new(&json!({
        "$schema": "https://json-structure.org/meta/core/v0/#",
        "$id": "https://example.com/addresses",
        "$root": "#/definitions/StreetAddress",
        "$offers": {"DeliveryInstructions": "#/definitions/DeliveryInstructions"},
        "definitions": {
            "StreetAddress": {
                "type": "object",
                "properties": {"street": {"type": "string"}},
                "additionalProperties": false
            },
            "DeliveryInstructions": {
                "abstract": true,
                "type": "object",
                "$extends": "#/definitions/StreetAddress",
                "properties": {"instructions": {"type": "string"}},
                "required": ["instructions"]
            }
        }
    }))
    .unwrap();
    assert_valid(
        &v,
        &[
            json!({"street": "1 Main"}),
            json!({"$uses": ["DeliveryInstructions"], "street": "1 Main", "instructions": "back door"}),
        ],
    );
    assert_code(
        &v,
        &[json!({"street": "1 Main", "instructions": "x"})],
        "INSTANCE_ADDITIONAL_PROPERTY_NOT_ALLOWED",
    );
    assert_code(
        &v,
        &[json!({"$uses": ["DeliveryInstructions"], "street": "1 Main"})],
        "INSTANCE_REQUIRED_PROPERTY_MISSING",
    );
    assert_code(
        &v,
        &[json!({"$uses": ["Nope"], "street": "1 Main"})],
        "INSTANCE_USES_UNKNOWN",
    );
    assert_code(
        &v,
        &[json!({"$uses": ["DeliveryInstructions"], "street": "1", "instructions": 5})],
        "INSTANCE_STRING_EXPECTED",
    );
}

#[test]
fn unresolved_references_fail_closed_and_are_warned() {
    let v = compile(json!({
        "type": "object",
        "properties": {"x": {"$ref": "#/components/schemas/Missing"}}
    }));
    let warned: Vec<&str> = v.warnings().iter().map(|d| d.code()).collect();
    assert_eq!(warned, ["SCHEMA_REF_NOT_IN_TYPE", "SCHEMA_REF_NOT_FOUND"]);
    assert_valid(&v, &[json!({})]);
    let errors = v.validate(&json!({"x": {}})).unwrap_err();
    let e = &errors.as_slice()[0];
    assert_eq!(
        (e.instance_path(), e.code()),
        ("/x", "INSTANCE_REF_UNRESOLVED")
    );
    assert_eq!(e.schema_path(), "/properties/x/$ref");
    assert!(
        e.message().contains("#/components/schemas/Missing"),
        "{}",
        e.message()
    );

    let strict = Validator::options().strict(true).build(&schema_of(json!({
        "type": "object",
        "properties": {"x": {"$ref": "#/components/schemas/Missing"}}
    })));
    assert!(strict.is_err());
}

#[test]
fn schema_errors_are_reported_not_panicked() {
    for bad in [
        json!(null),
        json!([]),
        json!("string"),
        json!({"type": "nope"}),
        json!({"type": "tuple", "properties": {"a": {"type": "string"}}}),
        json!({"type": "choice"}),
        json!({"type": ["string"], "$root": "#/x"}),
        json!({"definitions": {"A": {"type": "string"}}}),
        json!({"$root": "#/definitions/A", "definitions": {"A": {"type": {"$ref": "#/definitions/B"}}, "B": {"type": {"$ref": "#/definitions/A"}}}}),
    ] {
        let err = Validator::new(&bad).expect_err("must not compile");
        assert!(err.errors().count() > 0, "{bad}: {err}");
    }
}

#[test]
fn abstract_root_cannot_validate() {
    let err = Validator::new(&json!({
        "$schema": "https://json-structure.org/meta/core/v0/#",
        "$id": "https://example.com/a",
        "$root": "#/definitions/A",
        "definitions": {"A": {"abstract": true, "type": "object", "properties": {"a": {"type": "string"}}}}
    }))
    .unwrap_err();
    assert_eq!(
        err.errors().map(|d| d.code()).collect::<Vec<_>>(),
        ["SCHEMA_ABSTRACT_REFERENCED"]
    );
}

#[test]
fn depth_is_bounded_without_stack_overflow() {
    let v = compile(json!({"type": "any"}));
    let mut deep = json!(1);
    for _ in 0..50 {
        deep = json!([deep]);
    }
    assert!(v.is_valid(&deep));
    let a = Validator::options()
        .max_depth(10)
        .build(&schema_of(json!({"type": "array", "items": {"type": {"$ref": "#/definitions/A"}}, "definitions": {"A": {"type": ["int32", {"$ref": "#/definitions/L"}]}, "L": {"type": "array", "items": {"type": {"$ref": "#/definitions/A"}}}}})))
        .unwrap();
    let mut nested = json!(1);
    for _ in 0..20 {
        nested = json!([nested]);
    }
    assert!(!a.is_valid(&nested));
    assert!(
        a.iter_errors(&nested)
            .any(|e| e.code() == "INSTANCE_MAX_DEPTH_EXCEEDED")
    );
}

/// `{"value": i, "children": [child, {"value": -i}]}`, built without
/// `json!`, which would copy `child` recursively.
fn tree_node(i: i64, child: Value) -> Value {
    let mut node = serde_json::Map::new();
    node.insert("value".into(), json!(i));
    node.insert(
        "children".into(),
        Value::Array(vec![child, json!({"value": -i})]),
    );
    Value::Object(node)
}

#[test]
fn very_deep_documents_never_overflow_a_small_stack() {
    let v = Validator::new(&json!({
        "$schema": "https://json-structure.org/meta/core/v0/#",
        "$id": "https://example.com/deep",
        "$root": "#/definitions/A",
        "definitions": {
            "A": {"type": ["int32", {"$ref": "#/definitions/L"}]},
            "L": {"type": "array", "items": {"type": {"$ref": "#/definitions/A"}}}
        }
    }))
    .unwrap();
    let outcome = std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(move || {
            let mut results = Vec::new();
            for depth in [9_000usize, 100_000] {
                let mut doc = json!(1);
                for _ in 0..depth {
                    doc = Value::Array(vec![doc]);
                }
                let codes: Vec<&str> = v.iter_errors(&doc).map(|e| e.code()).collect();
                results.push((depth, v.is_valid(&doc), codes));
                dismantle(doc);
            }
            results
        })
        .unwrap()
        .join()
        .expect("validation must not overflow the stack");
    assert_eq!(outcome[0], (9_000, true, vec![]));
    assert_eq!(
        outcome[1],
        (100_000, false, vec!["INSTANCE_MAX_DEPTH_EXCEEDED"])
    );
}
