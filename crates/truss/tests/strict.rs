//! `strict(true)` accepts exactly the schemas `check_schema` finds no error
//! in: the rules that compiling needs no answer to are decided by the
//! check, so a strict compile and a check never disagree.

use serde_json::{Value, json};

fn errors_of_check(schema: &Value) -> Vec<(String, String)> {
    let mut found: Vec<(String, String)> = truss::check_schema(schema)
        .iter()
        .filter(|d| d.severity() == truss::Severity::Error)
        .map(|d| (d.code().to_owned(), d.pointer().to_owned()))
        .collect();
    found.sort();
    found
}

fn errors_of_strict(schema: &Value) -> Vec<(String, String)> {
    let err = match truss::Validator::options().strict(true).build(schema) {
        Ok(_) => return Vec::new(),
        Err(e) => e,
    };
    let mut found: Vec<(String, String)> = err
        .diagnostics()
        .iter()
        .map(|d| (d.code().to_owned(), d.pointer().to_owned()))
        .collect();
    found.sort();
    found.dedup();
    found
}

#[test]
fn names_that_are_not_identifiers_fail_a_strict_compile() {
    let schema = json!({
        "$schema": "https://json-structure.org/meta/core/v0/#",
        "$id": "https://example.com/names",
        "name": "Names",
        "type": "object",
        "properties": {"a/b": {"type": "string"}, "9x": {"type": "string"}}
    });
    // Lenient: the names mean something, so the schema validates documents.
    let lenient = truss::Validator::new(&schema).expect("compiles leniently");
    assert!(lenient.is_valid(&json!({"a/b": "x"})));
    let want = vec![
        (
            "SCHEMA_NAME_INVALID".to_owned(),
            "/properties/9x".to_owned(),
        ),
        (
            "SCHEMA_NAME_INVALID".to_owned(),
            "/properties/a~1b".to_owned(),
        ),
    ];
    assert_eq!(errors_of_check(&schema), want);
    assert_eq!(errors_of_strict(&schema), want);
}

#[test]
fn a_strict_compile_of_the_bundled_schema_fails_with_the_errors_of_its_check() {
    let schema: Value = serde_json::from_str(include_str!(
        "../../../schemas/hubspot/batch-calls-response.struct.json"
    ))
    .expect("the bundled schema is JSON");
    let check = errors_of_check(&schema);
    assert!(!check.is_empty(), "the bundled schema has defects");
    assert_eq!(errors_of_strict(&schema), check);
}

#[test]
fn a_clean_schema_compiles_strictly() {
    let schema = json!({
        "$schema": "https://json-structure.org/meta/core/v0/#",
        "$id": "https://example.com/clean",
        "name": "Clean",
        "type": "object",
        "properties": {"id": {"type": "uuid"}},
        "required": ["id"]
    });
    assert_eq!(errors_of_check(&schema), []);
    assert!(
        truss::Validator::options()
            .strict(true)
            .build(&schema)
            .is_ok()
    );
}
