use serde_json::{Value, json};

use crate::Severity;

/// `(code, pointer)` of every error `check_schema` reports.
fn errors(schema: &Value) -> Vec<(String, String)> {
    super::check(schema)
        .into_iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| (d.code.to_owned(), d.pointer))
        .collect()
}

fn found(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(c, p)| ((*c).to_owned(), (*p).to_owned()))
        .collect()
}

/// A root document of type `string` (or any other) with `extra` keywords.
fn doc(t: Value, extra: Value) -> Value {
    let mut d = json!({
        "$schema": "https://json-structure.org/meta/extended/v0/#",
        "$id": "https://example.com/t",
        "$uses": ["JSONStructureValidation"],
        "name": "T",
        "type": t
    });
    if let (Some(d), Some(e)) = (d.as_object_mut(), extra.as_object()) {
        d.extend(e.clone());
    }
    d
}

#[test]
fn a_correct_schema_has_no_findings() {
    let d = doc(
        json!("object"),
        json!({
            "properties": {
                "id": {"type": "uuid"},
                "n": {"type": "int64", "minimum": "-5", "maximum": "5"},
                "tags": {"type": "set", "items": {"type": "string", "pattern": "^[a-z]+$"}, "minItems": 1}
            },
            "required": ["id"],
            "definitions": {"Ns": {"Kind": {"type": "string", "enum": ["a", "b"]}}}
        }),
    );
    assert_eq!(super::check(&d), vec![]);
}

#[test]
fn keywords_that_do_not_fit_the_type_are_reported_at_the_keyword() {
    assert_eq!(
        errors(&doc(
            json!("string"),
            json!({"minimum": 1, "items": {"type": "string"}})
        )),
        found(&[
            ("SCHEMA_CONSTRAINT_INVALID_FOR_TYPE", "/items"),
            ("SCHEMA_CONSTRAINT_INVALID_FOR_TYPE", "/minimum")
        ])
    );
    assert_eq!(
        errors(&doc(json!("int32"), json!({"maxLength": 3}))),
        found(&[("SCHEMA_CONSTRAINT_INVALID_FOR_TYPE", "/maxLength")])
    );
}

#[test]
fn keyword_fit_is_judged_through_references_and_unions() {
    let d = doc(
        json!("object"),
        json!({
            "properties": {
                "a": {"type": {"$ref": "#/definitions/S"}, "maxLength": 3},
                "b": {"type": ["null", "int32"], "minimum": 0},
                "c": {"type": {"$ref": "#/definitions/S"}, "minimum": 0}
            },
            "definitions": {"S": {"type": "string"}}
        }),
    );
    assert_eq!(
        errors(&d),
        found(&[(
            "SCHEMA_CONSTRAINT_INVALID_FOR_TYPE",
            "/properties/c/minimum"
        )])
    );
}

#[test]
fn crossing_bounds_negative_counts_and_bad_multiples_are_reported() {
    let d = doc(
        json!("object"),
        json!({
            "properties": {
                "n": {"type": "int32", "minimum": 10, "maximum": 5},
                "x": {"type": "double", "exclusiveMinimum": 1, "exclusiveMaximum": 1},
                "d": {"type": "decimal", "minimum": "10.5", "maximum": "10.25"},
                "m": {"type": "number", "multipleOf": 0},
                "s": {"type": "string", "minLength": -1},
                "a": {"type": "array", "items": {"type": "string"}, "minItems": 3, "maxItems": 2}
            }
        }),
    );
    assert_eq!(
        errors(&d),
        found(&[
            ("SCHEMA_MIN_GREATER_THAN_MAX", "/properties/a/minItems"),
            ("SCHEMA_MIN_GREATER_THAN_MAX", "/properties/d/minimum"),
            (
                "SCHEMA_POSITIVE_NUMBER_CONSTRAINT_INVALID",
                "/properties/m/multipleOf"
            ),
            ("SCHEMA_MIN_GREATER_THAN_MAX", "/properties/n/minimum"),
            (
                "SCHEMA_INTEGER_CONSTRAINT_INVALID",
                "/properties/s/minLength"
            ),
            (
                "SCHEMA_MIN_GREATER_THAN_MAX",
                "/properties/x/exclusiveMinimum"
            ),
        ])
    );
}

#[test]
fn bounds_must_be_values_of_the_numeric_type() {
    let d = doc(
        json!("object"),
        json!({
            "properties": {
                "big": {"type": "int64", "minimum": 0},
                "small": {"type": "uint8", "maximum": 300},
                "text": {"type": "int32", "minimum": "x"},
                "ok": {"type": "uint64", "maximum": "18446744073709551615"}
            }
        }),
    );
    assert_eq!(
        errors(&d),
        found(&[
            (
                "SCHEMA_NUMBER_CONSTRAINT_INVALID",
                "/properties/big/minimum"
            ),
            (
                "SCHEMA_NUMBER_CONSTRAINT_INVALID",
                "/properties/small/maximum"
            ),
            (
                "SCHEMA_NUMBER_CONSTRAINT_INVALID",
                "/properties/text/minimum"
            ),
        ])
    );
}

#[test]
fn enum_and_const_values_must_fit_the_declared_type() {
    let d = doc(
        json!("object"),
        json!({
            "properties": {
                "e": {"type": "uint8", "enum": [1, 256, "x"]},
                "c": {"type": "date", "const": "2024-02-30"},
                "u": {"type": ["string", "null"], "enum": ["a"]},
                "o": {"type": "object", "properties": {"a": {"type": "string"}}, "const": {"a": "x"}}
            }
        }),
    );
    assert_eq!(
        errors(&d),
        found(&[
            ("SCHEMA_CONST_TYPE_MISMATCH", "/properties/c/const"),
            ("SCHEMA_ENUM_TYPE_MISMATCH", "/properties/e/enum/1"),
            ("SCHEMA_ENUM_TYPE_MISMATCH", "/properties/e/enum/2"),
            ("SCHEMA_CONSTRAINT_INVALID_FOR_TYPE", "/properties/o/const"),
            ("SCHEMA_CONSTRAINT_INVALID_FOR_TYPE", "/properties/u/enum"),
        ])
    );
}

#[test]
fn patterns_must_compile_as_ecma_262() {
    let d = doc(
        json!("object"),
        json!({
            "properties": {"p": {"type": "string", "pattern": "(unclosed"}, "q": {"type": "string", "pattern": 5}},
            "patternProperties": {"[": {"type": "string"}}
        }),
    );
    assert_eq!(
        errors(&d),
        found(&[
            ("SCHEMA_PATTERN_INVALID", "/patternProperties/["),
            ("SCHEMA_PATTERN_INVALID", "/properties/p/pattern"),
            ("SCHEMA_PATTERN_NOT_STRING", "/properties/q/pattern"),
        ])
    );
}

#[test]
fn names_must_be_identifiers() {
    let d = doc(
        json!("object"),
        json!({
            "properties": {"ok_1": {"type": "string"}, "not-ok": {"type": "string"}, "$ref": {"type": "string"}},
            "definitions": {"1st": {"type": "string"}, "Ns": {"a.b": {"type": "string"}}}
        }),
    );
    assert_eq!(
        errors(&d),
        found(&[
            ("SCHEMA_NAME_INVALID", "/definitions/1st"),
            ("SCHEMA_NAME_INVALID", "/definitions/Ns/a.b"),
            ("SCHEMA_NAME_INVALID", "/properties/$ref"),
            ("SCHEMA_NAME_INVALID", "/properties/not-ok"),
        ])
    );
    let mut named = doc(json!("string"), json!({}));
    named["name"] = json!("My Type");
    assert_eq!(errors(&named), found(&[("SCHEMA_NAME_INVALID", "/name")]));
}

#[test]
fn references_must_be_fragments_that_resolve_to_concrete_types() {
    let d = doc(
        json!("object"),
        json!({
            "properties": {
                "a": {"type": {"$ref": "/definitions/S"}},
                "b": {"type": {"$ref": "#/definitions/Base"}},
                "c": {"type": "string", "allOf": [{"type": {"$ref": "#/definitions/Nope"}}]}
            },
            "definitions": {"S": {"type": "string"}, "Base": {"type": "object", "abstract": true, "properties": {"x": {"type": "string"}}}}
        }),
    );
    assert_eq!(
        errors(&d),
        found(&[
            ("SCHEMA_REF_INVALID", "/properties/a/type/$ref"),
            ("SCHEMA_ABSTRACT_REFERENCED", "/properties/b/type/$ref"),
            ("SCHEMA_REF_NOT_FOUND", "/properties/c/allOf/0/type/$ref"),
        ])
    );
}

#[test]
fn root_keywords_belong_at_the_root_and_uris_are_absolute() {
    let mut d = doc(
        json!("object"),
        json!({"properties": {"a": {"type": "string", "$id": "https://example.com/a", "definitions": {}}}}),
    );
    d["$id"] = json!("relative/id");
    assert_eq!(
        errors(&d),
        found(&[
            ("SCHEMA_KEYWORD_INVALID_TYPE", "/$id"),
            ("SCHEMA_ROOT_KEYWORD_MISPLACED", "/properties/a/$id"),
            ("SCHEMA_ROOT_KEYWORD_MISPLACED", "/properties/a/definitions"),
        ])
    );
}

#[test]
fn a_document_that_describes_nothing_is_rejected_but_a_library_is_not() {
    let empty = json!({"$schema": "https://json-structure.org/meta/core/v0/#", "$id": "https://example.com/e"});
    assert_eq!(errors(&empty), found(&[("SCHEMA_ROOT_MISSING_TYPE", "")]));
    let library = json!({"$schema": "https://json-structure.org/meta/core/v0/#", "$id": "https://example.com/l",
        "definitions": {"A": {"type": "string"}}});
    assert_eq!(errors(&library), vec![]);
}

#[test]
fn inline_choices_need_derived_branches_and_existing_bases() {
    let d = json!({
        "$schema": "https://json-structure.org/meta/core/v0/#",
        "$id": "https://example.com/c",
        "name": "C",
        "type": "choice",
        "$extends": "#/definitions/Base",
        "selector": "kind",
        "choices": {
            "A": {"type": {"$ref": "#/definitions/A"}},
            "B": {"type": {"$ref": "#/definitions/B"}}
        },
        "definitions": {
            "Base": {"type": "object", "abstract": true, "properties": {"id": {"type": "string"}}},
            "A": {"type": "object", "$extends": "#/definitions/Base", "properties": {"a": {"type": "string"}}},
            "B": {"type": "object", "properties": {"b": {"type": "string"}}}
        }
    });
    assert_eq!(
        errors(&d),
        found(&[("SCHEMA_CHOICE_BRANCH_NOT_DERIVED", "/choices/B")])
    );
    let mut missing = d.clone();
    missing["$extends"] = json!("#/definitions/Nowhere");
    assert!(errors(&missing).contains(&("SCHEMA_EXTENDS_NOT_FOUND".into(), "/$extends".into())));
}

#[test]
fn add_ins_must_be_abstract() {
    let d = json!({
        "$schema": "https://json-structure.org/meta/core/v0/#",
        "$id": "https://example.com/a",
        "$root": "#/definitions/Address",
        "$offers": {"Extra": "#/definitions/Extra"},
        "definitions": {
            "Address": {"type": "object", "properties": {"street": {"type": "string"}}},
            "Extra": {"type": "object", "$extends": "#/definitions/Address", "properties": {"note": {"type": "string"}}}
        }
    });
    assert_eq!(
        errors(&d),
        found(&[("SCHEMA_OFFERS_INVALID", "/$offers/Extra")])
    );
}

#[test]
fn structural_findings_come_from_the_meta_schema_at_the_keyword() {
    let d = doc(
        json!("object"),
        json!({
            "description": 5,
            "properties": {"a": {"type": {"$ref": "#/definitions/S", "extra": 1}}},
            "definitions": {"Ns": {"S": {"type": "string", "examples": "x"}}}
        }),
    );
    let mut d = d;
    d["properties"]["a"]["type"]["$ref"] = json!("#/definitions/Ns/S");
    assert_eq!(
        errors(&d),
        found(&[
            ("SCHEMA_KEYWORD_INVALID_TYPE", "/definitions/Ns/S/examples"),
            ("SCHEMA_KEYWORD_INVALID_TYPE", "/description"),
            ("SCHEMA_KEYWORD_NOT_ALLOWED", "/properties/a/type/extra"),
        ])
    );
}

#[test]
fn one_defect_is_reported_once() {
    // The compiler, the rules and the meta-schema all see this one.
    let d = doc(json!("string"), json!({"maxLength": -1}));
    assert_eq!(
        errors(&d),
        found(&[("SCHEMA_INTEGER_CONSTRAINT_INVALID", "/maxLength")])
    );
    // An object in `type` that is no reference: the meta-schema's word on
    // its members is the same defect.
    let d = doc(json!({"name": "string"}), json!({}));
    assert_eq!(
        errors(&d),
        found(&[("SCHEMA_TYPE_OBJECT_MISSING_REF", "/type")])
    );
}

#[test]
fn content_keywords_fit_binary_and_string_only() {
    // Core §`binary` makes them annotations of `binary`; on `string` they
    // are validation keywords (the SDKs' reading), so they fit there too.
    let d = doc(
        json!("object"),
        json!({"properties": {
            "b": {"type": "binary", "contentEncoding": "base64", "contentMediaType": "image/png"},
            "s": {"type": "string", "contentEncoding": "base64", "contentMediaType": "application/json"},
            "n": {"type": "int32", "contentMediaType": "text/plain"}
        }}),
    );
    assert_eq!(
        errors(&d),
        found(&[(
            "SCHEMA_CONSTRAINT_INVALID_FOR_TYPE",
            "/properties/n/contentMediaType"
        )])
    );
}

#[test]
fn text_diagnostics_carry_lines_columns_and_duplicates() {
    let text = "{\n  \"$schema\": \"https://json-structure.org/meta/core/v0/#\",\n  \"$id\": \"https://example.com/t\",\n  \"name\": \"T\",\n  \"type\": \"object\",\n  \"properties\": {\n    \"a\": {\"type\": {\"$ref\": \"#/definitions/X\"}},\n    \"a\": {\"type\": \"string\"}\n  }\n}";
    let got: Vec<(String, usize, usize)> = crate::check_schema_str(text)
        .into_iter()
        .map(|d| {
            (
                d.code.to_owned(),
                d.line().unwrap_or(0),
                d.column().unwrap_or(0),
            )
        })
        .collect();
    // serde_json keeps the last "a", so the first (with its bad reference)
    // is gone; the repetition itself is the finding.
    assert_eq!(got, vec![("SCHEMA_DUPLICATE_KEY".to_owned(), 8, 5)]);

    let bad = crate::check_schema_str("{\n  \"type\": \"string\",\n  \"x\": é\n}");
    assert_eq!(bad.len(), 1);
    assert_eq!(bad[0].code, "SCHEMA_JSON_INVALID");
    assert_eq!((bad[0].line(), bad[0].column()), (Some(3), Some(8)));
}

#[test]
fn the_shipped_meta_schemas_compile_and_check_clean_against_themselves() {
    for (i, text) in [
        crate::meta::CORE_DOCUMENT,
        crate::meta::EXTENDED_DOCUMENT,
        crate::meta::VALIDATION_DOCUMENT,
    ]
    .iter()
    .enumerate()
    {
        assert!(
            super::structural::validator(i).is_some(),
            "meta-schema {i} compiles"
        );
        assert_eq!(crate::check_schema_str(text), vec![], "meta-schema {i}");
    }
}

#[test]
fn the_shipped_meta_schemas_share_the_core_definitions() {
    let parse = |t: &str| serde_json::from_str::<Value>(t).unwrap_or(Value::Null);
    let core = parse(crate::meta::CORE_DOCUMENT);
    let ext = parse(crate::meta::EXTENDED_DOCUMENT);
    let val = parse(crate::meta::VALIDATION_DOCUMENT);
    let defs = core["definitions"].as_object().cloned().unwrap_or_default();
    assert!(defs.len() > 10);
    for (name, def) in &defs {
        assert_eq!(&ext["definitions"][name], def, "extended {name}");
        if name != "Schema" && name != "SchemaDocument" && name != "Subschema" {
            assert_eq!(&val["definitions"][name], def, "validation {name}");
        }
    }
    // Every keyword group: the extended add-ins and the validation bases
    // declare the same keywords.
    for group in ["Validation", "Composition", "AlternateNames", "Units"] {
        let k = format!("{group}Keywords");
        let r = format!("Root{group}Keywords");
        assert_eq!(
            ext["definitions"][&k]["properties"], val["definitions"][&k]["properties"],
            "{group}"
        );
        assert_eq!(
            ext["definitions"][&r]["properties"], val["definitions"][&k]["properties"],
            "{group}"
        );
    }
}

#[test]
fn type_names_follow_the_spec_not_the_published_list() {
    let d = doc(
        json!("object"),
        json!({"properties": {
        "a": {"type": "int8"}, "b": {"type": "uint16"}, "c": {"type": "float8"}}}),
    );
    assert_eq!(super::check(&d), vec![]);
}
