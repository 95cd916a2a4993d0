//! The validation and conditional composition extensions, alternate names
//! and units, through the public API: one schema that uses all of them,
//! compiled once, and documents that break each keyword at a known place.

mod support;

use std::sync::LazyLock;
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use support::report;
use truss::{Extension, Validator};

fn order_schema() -> Value {
    json!({
        "$schema": "https://json-structure.org/meta/extended/v0/#",
        "$id": "https://example.com/schemas/order",
        "$uses": [
            "JSONStructureValidation",
            "JSONStructureConditionalComposition",
            "JSONStructureAlternateNames",
            "JSONStructureUnits"
        ],
        "name": "Order",
        "type": "object",
        "altnames": {"json": "order", "lang:de": "Bestellung"},
        "descriptions": {"lang:en": "A customer order", "lang:fr": "Une commande"},
        "properties": {
            "id": {"type": "string", "pattern": "^ORD-\\d{4}$", "maxLength": 8},
            "customer": {
                "type": "string", "minLength": 2,
                "altnames": {"json": "customer_name", "lang:de": "Kunde"}
            },
            "email": {"type": "string", "format": "email"},
            "quantity": {"type": "int32", "minimum": 1, "maximum": 100},
            "discount": {"type": "double", "exclusiveMinimum": 0, "exclusiveMaximum": 1},
            "step": {"type": "double", "multipleOf": 0.1},
            "price": {
                "type": "decimal", "minimum": "0.01", "multipleOf": "0.01",
                "currency": "EUR", "symbol": "€"
            },
            "weight": {"type": "double", "minimum": 0, "unit": "kg"},
            "acceleration": {"type": "float", "unit": "m/s^2", "symbols": {"lang:en": "m/s²"}},
            "serial": {
                "type": "int64", "maximum": "9223372036854775000", "multipleOf": "5"
            },
            "tags": {
                "type": "array", "items": {"type": "string"},
                "minItems": 1, "maxItems": 3, "uniqueItems": true
            },
            "points": {
                "type": "array",
                "items": {"type": "map", "values": {"type": "double"}},
                "uniqueItems": true
            },
            "lines": {
                "type": "array",
                "items": {"type": {"$ref": "#/definitions/Line"}},
                "contains": {
                    "type": "object",
                    "properties": {"gift": {"type": "boolean", "const": true}},
                    "required": ["gift"]
                },
                "minContains": 0,
                "maxContains": 1
            },
            "attributes": {
                "type": "map", "values": {"type": "string"},
                "minEntries": 1, "maxEntries": 3,
                "keyNames": {"type": "string", "pattern": "^[a-z]+$"},
                "patternKeys": {"^x": {"type": "string", "maxLength": 3}}
            },
            "extras": {
                "type": "object",
                "properties": {"note": {"type": "string"}},
                "minProperties": 1, "maxProperties": 3,
                "propertyNames": {"type": "string", "maxLength": 6},
                "patternProperties": {"^n": {"type": "string", "minLength": 2}},
                "has": {"type": "boolean"}
            },
            "status": {
                "type": "string", "enum": ["NEW", "PAID"], "default": "NEW",
                "altenums": {"lang:de": {"NEW": "Neu", "PAID": "Bezahlt"}}
            },
            "contact": {
                "anyOf": [
                    {"type": "string", "format": "email"},
                    {"type": "string", "pattern": "^\\+\\d{6,14}$"}
                ]
            },
            "code": {
                "oneOf": [
                    {"type": "string", "pattern": "^[A-Z]+$"},
                    {"type": "string", "minLength": 5}
                ]
            },
            "nickname": {"type": "string", "not": {"type": "string", "pattern": "admin"}},
            "payment": {"type": {"$ref": "#/definitions/Payment"}}
        },
        "required": ["id", "customer"],
        "dependentRequired": {"discount": ["code"], "email": ["customer", "contact"]},
        "if": {
            "type": "object",
            "properties": {"status": {"type": "string", "const": "PAID"}},
            "required": ["status"]
        },
        "then": {
            "type": "object",
            "properties": {"payment": {"type": {"$ref": "#/definitions/Payment"}}},
            "required": ["payment"]
        },
        "definitions": {
            "Line": {
                "type": "object",
                "properties": {
                    "sku": {"type": "string", "pattern": "^[A-Z]{3}-\\d+$"},
                    "qty": {"type": "uint16", "minimum": 1},
                    "gift": {"type": "boolean"}
                },
                "required": ["sku", "qty"]
            },
            "Payment": {
                "oneOf": [{"$ref": "#/definitions/Card"}, {"$ref": "#/definitions/Transfer"}]
            },
            "Card": {
                "type": "object",
                "properties": {
                    "method": {"type": "string", "const": "card"},
                    "number": {"type": "string", "pattern": "^\\d{16}$"}
                },
                "required": ["method", "number"],
                "additionalProperties": false
            },
            "Transfer": {
                "type": "object",
                "properties": {
                    "method": {"type": "string", "const": "transfer"},
                    "iban": {"type": "string", "pattern": "^[A-Z]{2}\\d{2}[A-Z0-9]{10,30}$"}
                },
                "required": ["method", "iban"],
                "additionalProperties": false
            }
        }
    })
}

/// Compiled once for every test in this file.
static ORDER: LazyLock<Validator> =
    LazyLock::new(|| Validator::new(&order_schema()).expect("the order schema compiles"));

fn valid_order() -> Value {
    json!({
        "id": "ORD-0042",
        "customer": "Ada",
        "email": "ada@example.com",
        "contact": "+4930123456",
        "quantity": 100,
        "discount": 0.25,
        "code": "SPR",
        "step": 0.3,
        "price": "19.99",
        "weight": 0,
        "serial": "9223372036854775000",
        "tags": ["new", "gift"],
        "points": [{"a": 1, "b": 2}, {"a": 1, "b": 3}],
        "lines": [{"sku": "ABC-1", "qty": 1}, {"sku": "XYZ-22", "qty": 3, "gift": true}],
        "attributes": {"colour": "red", "xs": "yes"},
        "extras": {"note": "ring twice", "wrap": true},
        "status": "PAID",
        "nickname": "ada",
        "payment": {"method": "card", "number": "4111111111111111"}
    })
}

/// (instance path, code) of every violation, checking that `is_valid`
/// agrees.
fn violations(doc: &Value) -> Vec<(String, String)> {
    let found: Vec<(String, String)> = ORDER
        .iter_errors(doc)
        .map(|e| (e.instance_path().to_owned(), e.code().to_owned()))
        .collect();
    assert_eq!(
        ORDER.is_valid(doc),
        found.is_empty(),
        "is_valid disagrees on {doc}"
    );
    found
}

/// The violations of a valid order with one property replaced.
fn with(key: &str, value: Value) -> Vec<(String, String)> {
    let mut doc = valid_order();
    doc[key] = value;
    violations(&doc)
}

fn one(path: &str, code: &str) -> Vec<(String, String)> {
    vec![(path.to_owned(), code.to_owned())]
}

#[test]
fn the_schema_compiles_cleanly_with_every_extension_it_names() {
    assert_eq!(ORDER.warnings(), []);
    let on: Vec<Extension> = ORDER.extensions().iter().collect();
    assert_eq!(
        on,
        [
            Extension::Validation,
            Extension::ConditionalComposition,
            Extension::AlternateNames,
            Extension::Units
        ]
    );
}

#[test]
fn a_valid_order_is_valid() {
    assert_eq!(violations(&valid_order()), []);
}

#[test]
fn every_fault_is_reported_at_its_pointer() {
    let doc = json!({
        "id": "ORD-١٢٣٤",
        "customer": "😀",
        "email": "not-an-email",
        "quantity": 0,
        "discount": 1,
        "step": 0.35,
        "price": "10.005",
        "weight": -0.5,
        "serial": "9223372036854775001",
        "tags": ["a", "b", "a", "c"],
        "points": [{"a": 1, "b": 2}, {"b": 2, "a": 1}],
        "lines": [
            {"sku": "ABC-1", "qty": 1, "gift": true},
            {"sku": "abc", "qty": 0, "gift": false},
            {"sku": "XYZ-2", "qty": 2, "gift": true}
        ],
        "attributes": {"Colour": "red", "xl": "huge", "a": "1", "b": "2"},
        "extras": {"n": "x", "longname": 1},
        "status": "PAID",
        "contact": "call me",
        "nickname": "the admin",
        "payment": {"method": "card", "number": "4111", "iban": "DE00"}
    });
    let found = violations(&doc);
    let expected: Vec<(&str, &str)> = vec![
        ("/attributes", "INSTANCE_MAP_MAX_ENTRIES"),
        ("/attributes/Colour", "INSTANCE_MAP_KEY_INVALID"),
        ("/attributes/xl", "INSTANCE_STRING_MAX_LENGTH"),
        ("/contact", "INSTANCE_ANY_OF_NONE_MATCHED"),
        ("/customer", "INSTANCE_STRING_MIN_LENGTH"),
        ("/discount", "INSTANCE_NUMBER_EXCLUSIVE_MAXIMUM"),
        ("/email", "INSTANCE_FORMAT_EMAIL_INVALID"),
        ("/extras/longname", "INSTANCE_PROPERTY_NAME_INVALID"),
        ("/extras/n", "INSTANCE_STRING_MIN_LENGTH"),
        ("/extras", "INSTANCE_HAS_NO_MATCH"),
        ("/id", "INSTANCE_STRING_PATTERN_MISMATCH"),
        ("/lines/1/qty", "INSTANCE_NUMBER_MINIMUM"),
        ("/lines/1/sku", "INSTANCE_STRING_PATTERN_MISMATCH"),
        ("/lines", "INSTANCE_MAX_CONTAINS"),
        ("/nickname", "INSTANCE_NOT_MATCHED"),
        ("/payment", "INSTANCE_ONE_OF_INVALID_COUNT"),
        ("/points/1", "INSTANCE_SET_DUPLICATE"),
        ("/price", "INSTANCE_NUMBER_MULTIPLE_OF"),
        ("/quantity", "INSTANCE_NUMBER_MINIMUM"),
        ("/serial", "INSTANCE_NUMBER_MAXIMUM"),
        ("/serial", "INSTANCE_NUMBER_MULTIPLE_OF"),
        ("/step", "INSTANCE_NUMBER_MULTIPLE_OF"),
        ("/tags", "INSTANCE_MAX_ITEMS"),
        ("/tags/2", "INSTANCE_SET_DUPLICATE"),
        ("/weight", "INSTANCE_NUMBER_MINIMUM"),
        // `discount` without `code`.
        ("", "INSTANCE_DEPENDENT_REQUIRED"),
        // A paid order's payment, checked again by `then`.
        ("/payment", "INSTANCE_ONE_OF_INVALID_COUNT"),
    ];
    let expected: Vec<(String, String)> = expected
        .into_iter()
        .map(|(p, c)| (p.to_owned(), c.to_owned()))
        .collect();
    assert_eq!(found, expected);
    insta::assert_snapshot!(report(&ORDER, &doc));
}

#[test]
fn inclusive_bounds_admit_the_bound_and_exclusive_ones_do_not() {
    assert_eq!(with("quantity", json!(1)), []);
    assert_eq!(with("quantity", json!(100)), []);
    assert_eq!(
        with("quantity", json!(0)),
        one("/quantity", "INSTANCE_NUMBER_MINIMUM")
    );
    assert_eq!(
        with("quantity", json!(101)),
        one("/quantity", "INSTANCE_NUMBER_MAXIMUM")
    );
    assert_eq!(with("discount", json!(1e-300)), []);
    assert_eq!(with("discount", json!(0.999_999_999_999_999_9)), []);
    assert_eq!(
        with("discount", json!(0)),
        one("/discount", "INSTANCE_NUMBER_EXCLUSIVE_MINIMUM")
    );
    assert_eq!(
        with("discount", json!(0.0)),
        one("/discount", "INSTANCE_NUMBER_EXCLUSIVE_MINIMUM")
    );
    assert_eq!(
        with("discount", json!(1.0)),
        one("/discount", "INSTANCE_NUMBER_EXCLUSIVE_MAXIMUM")
    );
    // int64 bounds are compared exactly: f64 cannot tell these apart.
    assert_eq!(with("serial", json!("9223372036854775000")), []);
    assert_eq!(
        with("serial", json!("9223372036854775005")),
        one("/serial", "INSTANCE_NUMBER_MAXIMUM")
    );
}

#[test]
fn multiples_of_decimal_steps_are_exact() {
    for ok in [
        json!(0.3),
        json!(0.7),
        json!(3),
        json!(-0.1),
        json!(0),
        json!(1e20),
    ] {
        assert_eq!(with("step", ok.clone()), [], "{ok}");
    }
    for bad in [json!(0.35), json!(0.01), json!(1e-20)] {
        assert_eq!(
            with("step", bad.clone()),
            one("/step", "INSTANCE_NUMBER_MULTIPLE_OF"),
            "{bad}"
        );
    }
    assert_eq!(with("price", json!("0.30")), []);
    assert_eq!(
        with("price", json!("123456789012345678901234567890.01")),
        []
    );
    assert_eq!(
        with("price", json!("0.005")),
        [
            ("/price".to_owned(), "INSTANCE_NUMBER_MINIMUM".to_owned()),
            (
                "/price".to_owned(),
                "INSTANCE_NUMBER_MULTIPLE_OF".to_owned()
            )
        ]
    );
    assert_eq!(with("serial", json!("-9223372036854775805")), []);
    assert_eq!(
        with("serial", json!("-9223372036854775807")),
        one("/serial", "INSTANCE_NUMBER_MULTIPLE_OF")
    );
}

#[test]
fn uniqueness_compares_json_values_not_spellings() {
    assert_eq!(
        with("points", json!([{"a": 1, "b": 2}, {"b": 2, "a": 1}])),
        one("/points/1", "INSTANCE_SET_DUPLICATE")
    );
    assert_eq!(
        with("points", json!([{"a": 1}, {"a": 1.0}])),
        one("/points/1", "INSTANCE_SET_DUPLICATE")
    );
    assert_eq!(with("points", json!([{"a": 1}, {"a": 2}, {"b": 1}])), []);
    // Large arrays are hashed rather than compared pairwise.
    let mut many: Vec<Value> = (0..1000).map(|i| json!({"i": i, "j": -i})).collect();
    assert_eq!(with("points", Value::Array(many.clone())), []);
    many.push(json!({"j": -500, "i": 500}));
    assert_eq!(
        with("points", Value::Array(many)),
        one("/points/1000", "INSTANCE_SET_DUPLICATE")
    );
}

#[test]
fn min_length_counts_code_points() {
    // One emoji is four bytes but one code point.
    assert_eq!(
        with("customer", json!("😀")),
        one("/customer", "INSTANCE_STRING_MIN_LENGTH")
    );
    assert_eq!(with("customer", json!("😀😀")), []);
    // e + combining acute accent: two code points.
    assert_eq!(with("customer", json!("e\u{301}")), []);
    assert_eq!(
        with("customer", json!("é")),
        one("/customer", "INSTANCE_STRING_MIN_LENGTH")
    );
}

#[test]
fn digit_classes_are_ascii_only() {
    assert_eq!(with("id", json!("ORD-1234")), []);
    assert_eq!(
        with("id", json!("ORD-١٢٣٤")),
        one("/id", "INSTANCE_STRING_PATTERN_MISMATCH")
    );
    assert_eq!(
        with("id", json!("ORD-۱۲۳۴")),
        one("/id", "INSTANCE_STRING_PATTERN_MISMATCH")
    );
}

#[test]
fn contains_counts_matching_items() {
    // minContains 0: no gift line is fine; maxContains 1: two are not.
    assert_eq!(with("lines", json!([{"sku": "ABC-1", "qty": 1}])), []);
    assert_eq!(
        with(
            "lines",
            json!([{"sku": "ABC-1", "qty": 1, "gift": true}, {"sku": "ABC-2", "qty": 1, "gift": false}])
        ),
        []
    );
    assert_eq!(
        with(
            "lines",
            json!([{"sku": "ABC-1", "qty": 1, "gift": true}, {"sku": "ABC-2", "qty": 1, "gift": true}])
        ),
        one("/lines", "INSTANCE_MAX_CONTAINS")
    );
}

#[test]
fn conditional_composition_explains_which_branch_failed() {
    let mut doc = valid_order();
    doc["contact"] = json!("call me");
    let errors: Vec<truss::ValidationError> = ORDER.iter_errors(&doc).collect();
    assert_eq!(errors.len(), 1, "{errors:?}");
    let e = &errors[0];
    assert_eq!(e.schema_path(), "/properties/contact/anyOf");
    let causes: Vec<(&str, &str)> = e
        .causes()
        .iter()
        .map(|c| (c.schema_path(), c.code()))
        .collect();
    assert_eq!(
        causes,
        [
            (
                "/properties/contact/anyOf/0/format",
                "INSTANCE_FORMAT_EMAIL_INVALID"
            ),
            (
                "/properties/contact/anyOf/1/pattern",
                "INSTANCE_STRING_PATTERN_MISMATCH"
            ),
        ]
    );
    assert!(
        e.message().contains("#0: INSTANCE_FORMAT_EMAIL_INVALID"),
        "{}",
        e.message()
    );
    assert!(
        e.message().contains("#1: INSTANCE_STRING_PATTERN_MISMATCH"),
        "{}",
        e.message()
    );

    // oneOf: "ABC" matches only the first branch, "ABCDE" both.
    assert_eq!(with("code", json!("ABC")), []);
    assert_eq!(with("code", json!("abcde")), []);
    assert_eq!(
        with("code", json!("ABCDE")),
        one("/code", "INSTANCE_ONE_OF_INVALID_COUNT")
    );
    assert_eq!(
        with("code", json!("ab")),
        one("/code", "INSTANCE_ONE_OF_INVALID_COUNT")
    );

    // if/then: a paid order needs a payment; an unpaid one does not.
    let mut unpaid = valid_order();
    unpaid["status"] = json!("NEW");
    unpaid.as_object_mut().unwrap().remove("payment");
    assert_eq!(violations(&unpaid), []);
    let mut paid = unpaid.clone();
    paid["status"] = json!("PAID");
    assert_eq!(
        violations(&paid),
        one("", "INSTANCE_REQUIRED_PROPERTY_MISSING")
    );
    let e = ORDER.iter_errors(&paid).next().unwrap();
    assert_eq!(e.schema_path(), "/then/required");

    // A transfer is the other payment branch.
    assert_eq!(
        with(
            "payment",
            json!({"method": "transfer", "iban": "DE44500105175407324931"})
        ),
        []
    );
}

#[test]
fn annotations_are_kept_and_never_change_a_verdict() {
    let root = ORDER.annotations("").expect("root annotations");
    assert_eq!(root.altname("json"), Some("order"));
    assert_eq!(root.altname("lang:de"), Some("Bestellung"));
    assert_eq!(root.description("lang:fr"), Some("Une commande"));
    let customer = ORDER.annotations("/properties/customer").unwrap();
    assert_eq!(customer.altname("json"), Some("customer_name"));
    let price = ORDER.annotations("/properties/price").unwrap();
    assert_eq!((price.currency(), price.symbol()), (Some("EUR"), Some("€")));
    assert_eq!(
        ORDER.annotations("/properties/weight").unwrap().unit(),
        Some("kg")
    );
    let accel = ORDER.annotations("/properties/acceleration").unwrap();
    assert_eq!(
        (accel.unit(), accel.symbol_for("lang:en")),
        (Some("m/s^2"), Some("m/s²"))
    );
    let status = ORDER.annotations("/properties/status").unwrap();
    assert_eq!(status.altenum("lang:de", "PAID"), Some("Bezahlt"));
    assert_eq!(status.default_value(), Some(&json!("NEW")));
    assert!(ORDER.annotations("/properties/id").is_none());

    // The same schema with every annotation removed gives the same verdicts.
    let mut bare = order_schema();
    strip_annotations(&mut bare);
    let bare = Validator::new(&bare).unwrap();
    for doc in [
        valid_order(),
        json!({"id": "x", "customer": "😀", "weight": -1}),
    ] {
        let a: Vec<String> = ORDER.iter_errors(&doc).map(|e| e.to_string()).collect();
        let b: Vec<String> = bare.iter_errors(&doc).map(|e| e.to_string()).collect();
        assert_eq!(a, b);
    }
}

fn strip_annotations(v: &mut Value) {
    match v {
        Value::Object(o) => {
            for k in [
                "altnames",
                "altenums",
                "descriptions",
                "unit",
                "currency",
                "symbol",
                "symbols",
                "default",
            ] {
                o.remove(k);
            }
            o.values_mut().for_each(strip_annotations);
        }
        Value::Array(a) => a.iter_mut().for_each(strip_annotations),
        _ => {}
    }
}

#[test]
fn keywords_are_ignored_with_a_warning_when_their_extension_is_off() {
    let mut schema = order_schema();
    schema["$uses"] = json!(["JSONStructureAlternateNames"]);
    let v = Validator::new(&schema).unwrap();
    let mut warned: Vec<&str> = v
        .warnings()
        .iter()
        .filter(|d| d.code() == "SCHEMA_EXTENSION_KEYWORD_NOT_ENABLED")
        .map(|d| d.pointer())
        .collect();
    warned.sort_unstable();
    assert!(
        warned.contains(&"/properties/quantity/minimum"),
        "{warned:?}"
    );
    assert!(warned.contains(&"/properties/contact/anyOf"), "{warned:?}");
    assert!(warned.contains(&"/properties/price/currency"), "{warned:?}");
    assert!(warned.contains(&"/if"), "{warned:?}");
    assert!(
        !warned.iter().any(|p| p.ends_with("/altnames")),
        "{warned:?}"
    );
    // Nothing from the disabled extensions is enforced.
    let doc = json!({"id": "ORD-١٢٣٤", "customer": "😀", "quantity": 0, "contact": 5,
        "status": "PAID", "tags": []});
    assert_eq!(
        v.iter_errors(&doc)
            .map(|e| e.code().to_owned())
            .collect::<Vec<_>>(),
        Vec::<String>::new()
    );
    // …until the options force them on.
    let forced = Validator::options()
        .extensions([Extension::Validation, Extension::ConditionalComposition])
        .build(&schema)
        .unwrap();
    assert!(!forced.is_valid(&doc));
}

#[test]
fn nested_alternatives_over_recursive_data_stay_fast() {
    // Each level offers three alternatives that all descend into `child`
    // before `kind` can refuse them, so without remembered verdicts a chain
    // of depth d costs 3^d walks.
    let schema = json!({
        "$schema": "https://json-structure.org/meta/validation/v0/#",
        "$id": "https://example.com/tree", "$root": "#/definitions/Tree",
        "definitions": {
            "Tree": {"anyOf": [
                {"$ref": "#/definitions/A"}, {"$ref": "#/definitions/B"}, {"type": "null"}
            ]},
            "A": {"type": "object", "properties": {
                "child": {"type": {"$ref": "#/definitions/Tree"}},
                "kind": {"type": "string", "const": "a"}}},
            "B": {"type": "object", "properties": {
                "child": {"type": {"$ref": "#/definitions/Tree"}},
                "kind": {"type": "string", "oneOf": [{"type": "string", "const": "b"}, {"type": "string", "const": "c"}]}}}
        }
    });
    let v = Validator::new(&schema).unwrap();
    assert_eq!(v.warnings(), []);
    let chain = |leaf: Value| (0..60).fold(leaf, |child, _| json!({"kind": "b", "child": child}));
    let started = Instant::now();
    assert!(v.is_valid(&chain(Value::Null)));
    let bad = chain(json!({"kind": "z", "child": null}));
    assert!(!v.is_valid(&bad));
    let errors: Vec<truss::ValidationError> = v.iter_errors(&bad).collect();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].code(), "INSTANCE_ANY_OF_NONE_MATCHED");
    assert_eq!(errors[0].instance_path(), "");
    let took = started.elapsed();
    assert!(took < Duration::from_secs(2), "took {took:?}");
}

#[test]
fn malformed_extension_keywords_are_reported_never_panicked() {
    let keywords = [
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "multipleOf",
        "minLength",
        "pattern",
        "format",
        "minItems",
        "maxItems",
        "uniqueItems",
        "contains",
        "minContains",
        "maxContains",
        "minProperties",
        "maxProperties",
        "dependentRequired",
        "patternProperties",
        "propertyNames",
        "has",
        "minEntries",
        "maxEntries",
        "patternKeys",
        "keyNames",
        "default",
        "allOf",
        "anyOf",
        "oneOf",
        "not",
        "if",
        "then",
        "else",
        "altnames",
        "altenums",
        "descriptions",
        "unit",
        "currency",
        "symbol",
        "symbols",
    ];
    let odd_values = [
        json!(null),
        json!(-1),
        json!(1e308),
        json!(-1e-308),
        json!(u64::MAX),
        json!("1e99999999"),
        json!("(("),
        json!([]),
        json!([null, 1, "x", {"type": 5}]),
        json!({}),
        json!({"[": 1, "a": {"type": "nope"}}),
        json!(true),
    ];
    let docs = [
        json!(null),
        json!(0),
        json!(-2.5),
        json!("x"),
        json!([1, 1]),
        json!({"a": 1}),
    ];
    for ty in ["string", "int64", "double", "array", "map", "object"] {
        for keyword in keywords {
            for odd in &odd_values {
                let mut schema = json!({
                    "$schema": "https://json-structure.org/meta/validation/v0/#",
                    "$id": "https://example.com/odd", "name": "Odd", "type": ty,
                    "items": {"type": "int32"}, "values": {"type": "int32"},
                    "properties": {"a": {"type": "int32"}}
                });
                schema[keyword] = odd.clone();
                let _ = truss::check_schema(&schema);
                if let Ok(v) = Validator::new(&schema) {
                    for doc in &docs {
                        assert_eq!(
                            v.is_valid(doc),
                            v.validate(doc).is_ok(),
                            "{keyword}: {odd} on {ty} with {doc}"
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn extreme_but_meaningful_limits_are_honoured() {
    let v = Validator::new(&json!({
        "$schema": "https://json-structure.org/meta/validation/v0/#",
        "$id": "https://example.com/x", "name": "X", "type": "object",
        "properties": {
            "tiny": {"type": "double", "multipleOf": 1e-300},
            "huge": {"type": "double", "maximum": 1.7976931348623157e308},
            "long": {"type": "string", "minLength": 18446744073709551615u64},
            "wide": {"type": "decimal", "minimum": "-1e99999", "multipleOf": "1e-50"}
        }
    }))
    .unwrap();
    assert!(v.is_valid(&json!({"tiny": 3e-300, "huge": 1e308, "wide": "1.5"})));
    assert!(!v.is_valid(&json!({"tiny": 1.5e-300})));
    assert!(!v.is_valid(&json!({"long": "not quite"})));
    assert!(!v.is_valid(&json!({"wide": "0.000000000000000000000000000000000000000000000000001"})));
}
