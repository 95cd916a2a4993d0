//! Documents the parser's default nesting limit (128 levels) would refuse
//! are still JSON: `truss validate` reads them at any depth and the
//! validator's `max_depth` (10,000 levels) decides. Numbers beyond a
//! 64-bit float are reported as such, not as malformed text.

use assert_cmd::Command;
use serde_json::Value;

const ANY: &str = r#"{"$schema": "https://json-structure.org/meta/core/v0/#",
  "$id": "https://example.com/any", "name": "Any", "type": "any"}"#;

/// Arrays of arrays, as deep as the document goes.
const NEST: &str = r##"{"$schema": "https://json-structure.org/meta/core/v0/#",
  "$id": "https://example.com/nest", "name": "Nest",
  "type": {"$ref": "#/definitions/Nest"},
  "definitions": {"Nest": {"type": "array", "items": {"type": {"$ref": "#/definitions/Nest"}}}}}"##;

struct Run {
    code: Option<i32>,
    report: Value,
}

/// `truss validate --format json` of `doc` against `schema`.
fn validate(schema: &str, doc: &str) -> Run {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let (s, d) = (dir.path().join("s.struct.json"), dir.path().join("d.json"));
    std::fs::write(&s, schema).expect("schema written");
    std::fs::write(&d, doc).expect("document written");
    let out = Command::cargo_bin("truss")
        .expect("the truss binary is built")
        .args(["validate", "--format", "json", "--schema"])
        .arg(&s)
        .arg(&d)
        .output()
        .expect("truss runs");
    let report = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "one JSON report ({e}); stderr: {}",
            String::from_utf8_lossy(&out.stderr)
        )
    });
    Run {
        code: out.status.code(),
        report,
    }
}

fn document(run: &Run) -> &Value {
    &run.report["inputs"][0]["documents"][0]
}

fn arrays(levels: usize) -> String {
    format!("{}{}", "[".repeat(levels), "]".repeat(levels))
}

#[test]
fn a_document_nested_100000_levels_deep_is_a_depth_violation() {
    let run = validate(NEST, &arrays(100_000));
    assert_eq!(run.code, Some(1), "{}", run.report);
    let doc = document(&run);
    assert_eq!(doc["verdict"], "invalid");
    let violations = doc["violations"].as_array().expect("violations");
    assert_eq!(violations.len(), 1, "{violations:?}");
    assert_eq!(violations[0]["code"], "INSTANCE_MAX_DEPTH_EXCEEDED");
    // The first array too deep: the root is depth 0, so 10,001 steps in.
    let path = violations[0]["instancePath"].as_str().expect("a pointer");
    assert_eq!(path, "/0".repeat(10_001));
    assert_eq!(violations[0]["column"], 10_002);
}

#[test]
fn documents_deeper_than_the_parser_default_but_within_max_depth_are_validated() {
    for levels in [129, 5_000, 10_000] {
        let run = validate(NEST, &arrays(levels));
        assert_eq!(run.code, Some(0), "{levels} levels: {}", run.report);
        assert_eq!(run.report["inputs"][0]["verdict"], "valid");
    }
    // Objects too, against a schema that looks at nothing.
    let objects = format!("{}1{}", r#"{"a":"#.repeat(50_000), "}".repeat(50_000));
    let run = validate(ANY, &objects);
    assert_eq!(run.code, Some(0), "{}", run.report);
    assert_eq!(run.report["inputs"][0]["verdict"], "valid");
}

#[test]
fn deep_text_that_is_not_json_is_located_without_a_crash() {
    let mut text = arrays(100_000);
    text.push_str(" x");
    let run = validate(NEST, &text);
    assert_eq!(run.code, Some(2), "{}", run.report);
    let doc = document(&run);
    assert_eq!(doc["verdict"], "unusable");
    let error = doc["error"].to_string();
    assert!(error.contains("trailing characters"), "{error}");
    // A deep complete value followed by a bad number: the parser drops the
    // deep value it had built when it fails.
    let text = format!("[{}, 1e999999]", arrays(100_000));
    let run = validate(ANY, &text);
    assert_eq!(run.code, Some(2), "{}", run.report);
    let error = document(&run)["error"].to_string();
    assert!(error.contains("number out of range"), "{error}");
}

#[test]
fn a_number_beyond_the_largest_float_is_reported_as_such() {
    for number in ["1e999999", "-1e999999"] {
        let run = validate(ANY, &format!(r#"{{"a": {number}}}"#));
        assert_eq!(run.code, Some(2), "{}", run.report);
        let error = document(&run)["error"].to_string();
        assert!(
            error.contains("number out of range") && !error.contains("malformed"),
            "{error}"
        );
    }
}
