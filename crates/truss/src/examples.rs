//! The examples lint: every `example` / `examples` value in a schema
//! document checked against the schema it illustrates.
//!
//! Core §"The `examples` Keyword" says the values "conform to the schema";
//! nothing enforces it, and schemas converted from OpenAPI (which has a
//! singular `example`) often carry examples that drifted from their types.

use serde_json::Value;

use crate::codes;
use crate::error::{Diagnostic, Severity};
use crate::options::ValidatorOptions;
use crate::pointer;
use crate::validator::Validator;

/// Checks every `example` value and every item of every `examples` array
/// against the schema object that holds it, and reports each violation as a
/// [`codes::SCHEMA_EXAMPLE_INVALID`] error whose pointer leads to the
/// offending value inside the example.
///
/// The schema is compiled leniently (as [`Validator::new`] would), so an
/// example that reaches a reference which does not resolve is reported (it
/// fails closed). Schema defects themselves are [`crate::check_schema`]'s
/// business and are not repeated here; a schema that cannot be compiled at
/// all yields no findings. `examples` values that are not arrays are not
/// examples and are ignored. Never panics, whatever the input.
///
/// ```
/// let schema = serde_json::json!({
///     "$schema": "https://json-structure.org/meta/core/v0/#",
///     "$id": "https://example.com/call",
///     "name": "Call",
///     "type": "object",
///     "properties": {
///         "durationMs": { "type": "uint32", "examples": [1800, -1] },
///         "createdAt": { "type": "datetime", "example": "2024-01-15T10:30:00Z" }
///     }
/// });
/// let found: Vec<(&str, String)> = truss::check_examples(&schema)
///     .iter()
///     .map(|d| (d.code(), d.pointer().to_owned()))
///     .collect();
/// assert_eq!(found, [("SCHEMA_EXAMPLE_INVALID", "/properties/durationMs/examples/1".to_owned())]);
/// ```
pub fn check_examples(schema: &Value) -> Vec<Diagnostic> {
    let validator = Validator::compile_parts(schema, &ValidatorOptions::default());
    let mut at: Vec<&str> = validator.schema_pointers().collect();
    // Token by token, which is the order of a depth-first walk of the
    // document (plain string order would put "/a/b" after "/a-b").
    at.sort_unstable_by(|a, b| a.split('/').cmp(b.split('/')));
    let mut out = Vec::new();
    for schema_at in at {
        let Some(Value::Object(obj)) = pointer::resolve(schema, schema_at) else {
            continue;
        };
        if let Some(example) = obj.get("example") {
            check_one(
                &validator,
                schema_at,
                example,
                pointer::join(schema_at, "example"),
                &mut out,
            );
        }
        if let Some(Value::Array(examples)) = obj.get("examples") {
            let base = pointer::join(schema_at, "examples");
            for (i, example) in examples.iter().enumerate() {
                check_one(
                    &validator,
                    schema_at,
                    example,
                    pointer::join(&base, &i.to_string()),
                    &mut out,
                );
            }
        }
    }
    out
}

fn check_one(
    validator: &Validator,
    schema_at: &str,
    example: &Value,
    example_at: String,
    out: &mut Vec<Diagnostic>,
) {
    let Some(violations) = validator.validate_at(schema_at, example) else {
        return;
    };
    for v in violations {
        out.push(Diagnostic::new(
            Severity::Error,
            codes::SCHEMA_EXAMPLE_INVALID,
            format!("{example_at}{}", v.instance_path()),
            format!(
                "the example does not conform to the schema at #{schema_at}: {} ({})",
                v.message(),
                v.code()
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::check_examples;

    fn found(schema: &serde_json::Value) -> Vec<String> {
        check_examples(schema)
            .iter()
            .map(|d| format!("{} {}", d.pointer(), d.message()))
            .collect()
    }

    fn schema(root: serde_json::Value) -> serde_json::Value {
        let mut s = json!({
            "$schema": "https://json-structure.org/meta/core/v0/#",
            "$id": "https://example.com/s",
            "name": "S"
        });
        if let (Some(s), Some(root)) = (s.as_object_mut(), root.as_object()) {
            s.extend(root.clone());
        }
        s
    }

    #[test]
    fn conforming_examples_report_nothing() {
        let s = schema(json!({
            "type": "object",
            "properties": { "n": { "type": "int8", "example": 5, "examples": [1, 2] } },
            "example": { "n": 3 }
        }));
        assert_eq!(found(&s), Vec::<String>::new());
    }

    #[test]
    fn violation_pointer_leads_into_the_example() {
        let s = schema(json!({
            "type": "object",
            "properties": { "when": { "type": "date" } },
            "example": { "when": "2024-02-30" }
        }));
        let d = check_examples(&s);
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].pointer(), "/example/when");
        assert_eq!(d[0].severity(), crate::Severity::Error);
        assert!(
            d[0].message()
                .starts_with("the example does not conform to the schema at #: "),
            "{}",
            d[0].message()
        );
        assert!(
            d[0].message().ends_with("(INSTANCE_DATE_FORMAT_INVALID)"),
            "{}",
            d[0].message()
        );
    }

    #[test]
    fn examples_array_items_are_checked_one_by_one() {
        let s = schema(json!({
            "type": "object",
            "properties": { "n": { "type": "uint8", "examples": [1, 300, "x"] } }
        }));
        let pointers: Vec<String> = check_examples(&s)
            .iter()
            .map(|d| d.pointer().to_owned())
            .collect();
        assert_eq!(
            pointers,
            ["/properties/n/examples/1", "/properties/n/examples/2"]
        );
    }

    #[test]
    fn examples_in_definitions_of_a_library_are_checked() {
        let s = json!({
            "$schema": "https://json-structure.org/meta/core/v0/#",
            "$id": "https://example.com/lib",
            "definitions": { "Id": { "type": "uuid", "example": "nope" } }
        });
        let codes: Vec<(String, &str)> = check_examples(&s)
            .iter()
            .map(|d| (d.pointer().to_owned(), d.code()))
            .collect();
        assert_eq!(
            codes,
            [(
                "/definitions/Id/example".to_owned(),
                "SCHEMA_EXAMPLE_INVALID"
            )]
        );
    }

    #[test]
    fn example_reaching_an_unresolved_reference_fails_closed() {
        let s = schema(json!({
            "type": "object",
            "properties": {
                "h": { "type": "array", "items": { "$ref": "#/components/X" }, "example": [1] }
            }
        }));
        let msgs = found(&s);
        assert_eq!(msgs.len(), 1, "{msgs:?}");
        assert!(msgs[0].starts_with("/properties/h/example/0 "), "{msgs:?}");
        assert!(msgs[0].contains("INSTANCE_REF_UNRESOLVED"), "{msgs:?}");
    }

    #[test]
    fn non_object_schema_yields_nothing() {
        assert!(check_examples(&json!(42)).is_empty());
        assert!(check_examples(&json!({"example": 1})).is_empty());
    }
}
