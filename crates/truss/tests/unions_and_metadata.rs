//! How the walker reports values that fit no member of a union, and root
//! metadata that a schema declares as properties.

use serde_json::json;

fn codes_at(v: &truss::Validator, doc: &serde_json::Value) -> Vec<(String, &'static str)> {
    v.iter_errors(doc)
        .map(|e| (e.instance_path().to_owned(), e.code()))
        .collect()
}

#[test]
fn a_value_fitting_no_member_reports_the_closest_members_violations() {
    let schema = json!({
        "$schema": "https://json-structure.org/meta/core/v0/#",
        "$id": "https://example.com/u",
        "$root": "#/definitions/Entry",
        "definitions": {
            "Entry": {"type": [{"$ref": "#/definitions/Leaf"}, {"$ref": "#/definitions/Group"}]},
            "Leaf": {"type": "object", "properties": {"name": {"type": "string"}, "size": {"type": "uint32"}}, "required": ["name"]},
            "Group": {"type": "map", "values": {"type": {"$ref": "#/definitions/Entry"}}}
        }
    });
    let v = truss::Validator::new(&schema).unwrap();
    // A leaf with a bad size: as a Group, "name" and "size" both fail; as a
    // Leaf only "size" does, so the Leaf's violation is the one reported.
    assert_eq!(
        codes_at(&v, &json!({"name": "a", "size": -1})),
        [("/size".to_owned(), "INSTANCE_INT_RANGE_INVALID")]
    );
    // A group holding a bad leaf: the Group's violation lies deeper.
    assert_eq!(
        codes_at(&v, &json!({"g": {"name": "a", "size": "big"}})),
        [("/g/size".to_owned(), "INSTANCE_INTEGER_EXPECTED")]
    );
    // Nothing to choose between: the union itself is reported.
    assert_eq!(
        codes_at(&v, &json!({"name": 1})),
        [(String::new(), "INSTANCE_TYPE_MISMATCH")]
    );
    assert!(!v.is_valid(&json!({"name": 1})));
}

#[test]
fn declared_root_metadata_is_validated_and_undeclared_metadata_is_skipped() {
    let schema = json!({
        "$schema": "https://json-structure.org/meta/core/v0/#",
        "$id": "https://example.com/d",
        "name": "Doc",
        "type": "object",
        "properties": {"$schema": {"type": "uri"}, "body": {"type": "string"}},
        "required": ["$schema"],
        "additionalProperties": false
    });
    let v = truss::Validator::new(&schema).unwrap();
    assert!(v.is_valid(&json!({"$schema": "https://example.com/d", "$uses": [], "body": "x"})));
    assert_eq!(
        codes_at(&v, &json!({"body": "x"})),
        [(String::new(), "INSTANCE_REQUIRED_PROPERTY_MISSING")]
    );
    assert_eq!(
        codes_at(&v, &json!({"$schema": "not a uri"})),
        [("/$schema".to_owned(), "INSTANCE_URI_FORMAT_INVALID")]
    );
}

#[test]
fn an_add_in_extending_a_concrete_type_is_not_warned_about() {
    let schema = json!({
        "$schema": "https://json-structure.org/meta/core/v0/#",
        "$id": "https://example.com/a",
        "$root": "#/definitions/Address",
        "$offers": {"Notes": "#/definitions/Notes"},
        "definitions": {
            "Address": {"type": "object", "properties": {"street": {"type": "string"}}},
            "Notes": {"type": "object", "abstract": true, "$extends": "#/definitions/Address",
                      "properties": {"note": {"type": "string"}}},
            "Concrete": {"type": "object", "$extends": "#/definitions/Address",
                         "properties": {"extra": {"type": "string"}}}
        }
    });
    let v = truss::Validator::new(&schema).unwrap();
    let warned: Vec<&str> = v.warnings().iter().map(|d| d.pointer()).collect();
    assert_eq!(warned, ["/definitions/Concrete/$extends"]);
}

#[test]
fn validators_read_from_text_locate_their_diagnostics() {
    let text = "{\n  \"$schema\": \"https://json-structure.org/meta/core/v0/#\",\n  \"$id\": \"https://example.com/t\",\n  \"name\": \"T\",\n  \"type\": \"object\",\n  \"properties\": {\n    \"m\": {\"type\": \"object\", \"additionalProperties\": {\"type\": \"string\"}}\n  }\n}";
    let v = truss::Validator::from_str(text).unwrap();
    let w: Vec<(&str, Option<usize>, Option<usize>)> = v
        .warnings()
        .iter()
        .map(|d| (d.code(), d.line(), d.column()))
        .collect();
    assert_eq!(w, [("SCHEMA_OBJECT_MISSING_PROPERTIES", Some(7), Some(10))]);
    let strict = truss::Validator::options()
        .strict(true)
        .build_str(text)
        .unwrap_err();
    let e: Vec<String> = strict.errors().map(ToString::to_string).collect();
    assert_eq!(e.len(), 1);
    assert!(
        e[0].starts_with("7:10: error[SCHEMA_OBJECT_MISSING_PROPERTIES]"),
        "{e:?}"
    );
    let parsed: truss::Validator = text.parse().unwrap();
    assert_eq!(parsed.warnings().len(), 1);
    let broken = truss::Validator::from_str("{\"type\": }").unwrap_err();
    let d: Vec<(&str, Option<usize>)> = broken
        .diagnostics()
        .iter()
        .map(|d| (d.code(), d.column()))
        .collect();
    assert_eq!(d, [("SCHEMA_JSON_INVALID", Some(10))]);
}
