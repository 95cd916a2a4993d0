//! Diagnostics about imported types are placed at the import that brought
//! them in: their pointers lie in the expanded schema, not in the text.

use serde_json::json;
use truss::ValidatorOptions;

fn lib() -> serde_json::Value {
    json!({
        "$schema": "https://json-structure.org/meta/core/v0/#",
        "$id": "https://example.com/lib",
        "definitions": {
            "Person": {"type": "object", "properties": {"age": {"type": "int33"}}}
        }
    })
}

/// 1-based line and column of the first occurrence of `needle`.
fn place(text: &str, needle: &str) -> (usize, usize) {
    let at = text.find(needle).expect("needle in text");
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap_or(before).chars().count() + 1;
    (line, column)
}

fn found(text: &str, code: &str) -> Vec<(Option<usize>, Option<usize>, String, String)> {
    ValidatorOptions::default()
        .register("https://example.com/lib", lib())
        .check_str(text)
        .into_iter()
        .filter(|d| d.code() == code)
        .map(|d| {
            (
                d.line(),
                d.column(),
                d.pointer().to_owned(),
                d.message().to_owned(),
            )
        })
        .collect()
}

#[test]
fn a_defect_in_an_imported_type_is_shown_at_the_root_import() {
    // Without root definitions of its own, and with some (the import then
    // fills the root `definitions` beside them).
    for local in [
        "",
        "\n  ,\"definitions\": {\"Local\": {\"type\": \"string\"}}",
    ] {
        at_the_root_import(&format!(
            r##"{{
  "$schema": "https://json-structure.org/meta/extended/v0/#",
  "$id": "https://example.com/main",
  "$uses": ["JSONStructureImport"],
  "$import": "https://example.com/lib",
  "type": "object",
  "name": "Main",
  "properties": {{
    "p": {{"type": {{"$ref": "#/definitions/Person"}}}},
    "q": {{"type": "int34"}}
  }}{local}
}}"##
        ));
    }
}

fn at_the_root_import(text: &str) {
    let found = found(text, "SCHEMA_TYPE_INVALID");
    let (line, column) = place(text, "\"$import\"");
    let imported = found
        .iter()
        .find(|f| f.2 == "/definitions/Person/properties/age/type")
        .unwrap_or_else(|| panic!("{found:?}"));
    assert_eq!(
        (imported.0, imported.1),
        (Some(line), Some(column)),
        "{found:?}"
    );
    assert!(imported.3.contains("import"), "{}", imported.3);
    // A defect of the text itself keeps its own place and message.
    let local = found
        .iter()
        .find(|f| f.2 == "/properties/q/type")
        .unwrap_or_else(|| panic!("{found:?}"));
    let (line, _) = place(text, "\"int34\"");
    assert_eq!(local.0, Some(line), "{found:?}");
    assert!(!local.3.contains("import"), "{}", local.3);
}

#[test]
fn a_defect_in_types_imported_into_a_namespace_is_shown_at_that_import() {
    let text = r##"{
  "$schema": "https://json-structure.org/meta/extended/v0/#",
  "$id": "https://example.com/main",
  "$uses": ["JSONStructureImport"],
  "type": {"$ref": "#/definitions/People/Person"},
  "name": "Main",
  "definitions": {
    "Local": {"type": "string"},
    "People": {
      "$importdefs": "https://example.com/lib"
    }
  }
}"##;
    let found = found(text, "SCHEMA_TYPE_INVALID");
    let (line, column) = place(text, "\"$importdefs\"");
    let imported = found
        .iter()
        .find(|f| f.2 == "/definitions/People/Person/properties/age/type")
        .unwrap_or_else(|| panic!("{found:?}"));
    assert_eq!(
        (imported.0, imported.1),
        (Some(line), Some(column)),
        "{found:?}"
    );
}
