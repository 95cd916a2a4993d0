//! Hostile documents through `truss validate`: objects nested 100,000
//! deep (whose violation used to take a minute to place, the text being
//! rescanned once per level), lone surrogates (in a file and on an NDJSON
//! line, where the other lines are still judged) and keys repeated in the
//! text. Each run states its exit code and verdicts within a time bound.
//! Documents deeper than the parser's default limit of 128 levels are still
//! JSON: they are read at any depth and the validator's `max_depth` (10,000
//! levels) decides; numbers beyond a 64-bit float are reported as such, not
//! as malformed text. The library's side of these inputs is in the root
//! package's `tests/hostile.rs`.

use std::time::{Duration, Instant};

use assert_cmd::Command;
use serde_json::Value;

/// Generous: the binary is unoptimised in tests.
const BOUND: Duration = Duration::from_secs(20);

const SCHEMA: &str = r##"{"$schema": "https://json-structure.org/meta/core/v0/#",
  "$id": "https://example.com/hostile", "name": "Node",
  "type": {"$ref": "#/definitions/Node"},
  "definitions": {"Node": {"type": "object", "properties": {
    "n": {"type": "uint8"}, "s": {"type": "string"},
    "a": {"type": {"$ref": "#/definitions/Node"}}}}}}"##;

struct Run {
    code: Option<i32>,
    report: Value,
}

/// `truss validate --format json --schema SCHEMA` on files `docs` (name,
/// text), written to a temporary folder.
fn validate(docs: &[(&str, &str)]) -> Run {
    validate_with(SCHEMA, docs)
}

/// [`validate`] against another schema.
fn validate_with(schema_text: &str, docs: &[(&str, &str)]) -> Run {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let schema = dir.path().join("s.struct.json");
    std::fs::write(&schema, schema_text).expect("schema written");
    let mut cmd = Command::cargo_bin("truss").expect("the truss binary is built");
    cmd.current_dir(dir.path())
        .args(["validate", "--format", "json", "--schema", "s.struct.json"]);
    for (name, text) in docs {
        std::fs::write(dir.path().join(name), text).expect("document written");
        cmd.arg(name);
    }
    let started = Instant::now();
    let out = cmd.output().expect("truss runs");
    let took = started.elapsed();
    assert!(took < BOUND, "truss took {took:?}");
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

/// `(instance path, code, line, column)` of a violation.
type Violation = (String, String, u64, u64);

/// `(line, verdict, violations, error as (line, column, message))` of a
/// document.
type Doc = (u64, String, Vec<Violation>, Option<(u64, u64, String)>);

/// The documents the report lists for input `i`.
fn documents(run: &Run, i: usize) -> Vec<Doc> {
    let text = |v: &Value| v.as_str().unwrap_or_default().to_owned();
    let num = |v: &Value| v.as_u64().unwrap_or_default();
    run.report["inputs"][i]["documents"]
        .as_array()
        .expect("documents")
        .iter()
        .map(|d| {
            let violations = d["violations"]
                .as_array()
                .expect("violations")
                .iter()
                .map(|v| {
                    (
                        text(&v["instancePath"]),
                        text(&v["code"]),
                        num(&v["line"]),
                        num(&v["column"]),
                    )
                })
                .collect();
            let error = d["error"].is_object().then(|| {
                (
                    num(&d["error"]["line"]),
                    num(&d["error"]["column"]),
                    text(&d["error"]["message"]),
                )
            });
            (num(&d["line"]), text(&d["verdict"]), violations, error)
        })
        .collect()
}

#[test]
fn objects_nested_100000_deep_are_one_depth_violation() {
    let levels = 100_000;
    let text = format!("{}{{}}{}", r#"{"a":"#.repeat(levels), "}".repeat(levels));
    let run = validate(&[("deep.json", &text)]);
    assert_eq!(run.code, Some(1), "{}", run.report);
    let docs = documents(&run, 0);
    assert_eq!(docs.len(), 1);
    let (_, verdict, violations, error) = &docs[0];
    assert_eq!((verdict.as_str(), error), ("invalid", &None));
    assert_eq!(violations.len(), 1, "{violations:?}");
    let (path, code, line, column) = &violations[0];
    assert_eq!(code, "INSTANCE_MAX_DEPTH_EXCEEDED");
    // The first object too deep: 10,001 steps below the root.
    assert_eq!(*path, "/a".repeat(10_001));
    assert_eq!((*line, *column), (1, 10_001 * 5 + 1));
}

#[test]
fn lone_surrogates_make_a_document_unusable_and_spare_the_other_lines() {
    let ndjson = concat!(
        "{\"n\": 1}\n",
        "{\"s\": \"\\udc00\"}\n",
        "{\"s\": \"\\ud83d\\ude00\", \"n\": 300}\n",
        "{\"s\": \"x\\ud800\"}\n",
        "{\"n\": 2}\n",
    );
    let run = validate(&[("one.json", r#"{"s": "\ud800"}"#), ("lines.ndjson", ndjson)]);
    assert_eq!(run.code, Some(2), "{}", run.report);
    assert_eq!(
        documents(&run, 0),
        [(
            1,
            "unusable".to_owned(),
            vec![],
            Some((
                1,
                14,
                "malformed JSON: unexpected end of hex escape".to_owned()
            ))
        )]
    );
    let unusable = |line: u64, column: u64, message: &str| {
        (
            line,
            "unusable".to_owned(),
            vec![],
            Some((line, column, format!("malformed JSON: {message}"))),
        )
    };
    assert_eq!(
        documents(&run, 1),
        [
            // serde_json's words for a lone trailing surrogate.
            unusable(2, 13, "lone leading surrogate in hex escape"),
            (
                3,
                "invalid".to_owned(),
                vec![(
                    "/n".to_owned(),
                    "INSTANCE_INT_RANGE_INVALID".to_owned(),
                    3,
                    28
                )],
                None
            ),
            unusable(4, 15, "unexpected end of hex escape"),
        ]
    );
    let counts = &run.report["inputs"][1]["counts"];
    assert_eq!(
        (&counts["valid"], &counts["invalid"], &counts["unusable"]),
        (&Value::from(2), &Value::from(1), &Value::from(2)),
        "{counts}"
    );
}

/// serde_json keeps the last of repeated keys, and so does the verdict; a
/// violation is placed at the occurrence that was judged.
#[test]
fn repeated_keys_are_judged_by_their_last_occurrence() {
    let run = validate(&[
        ("first-bad.json", "{\"n\": 1000,\n \"n\": 1}"),
        ("last-bad.json", "{\"n\": 1,\n \"n\": 1000}"),
    ]);
    assert_eq!(run.code, Some(1), "{}", run.report);
    assert_eq!(run.report["inputs"][0]["verdict"], "valid");
    assert_eq!(
        documents(&run, 1),
        [(
            1,
            "invalid".to_owned(),
            vec![(
                "/n".to_owned(),
                "INSTANCE_INT_RANGE_INVALID".to_owned(),
                2,
                7
            )],
            None
        )]
    );
}

const ANY: &str = r#"{"$schema": "https://json-structure.org/meta/core/v0/#",
  "$id": "https://example.com/any", "name": "Any", "type": "any"}"#;

/// Arrays of arrays, as deep as the document goes.
const NEST: &str = r##"{"$schema": "https://json-structure.org/meta/core/v0/#",
  "$id": "https://example.com/nest", "name": "Nest",
  "type": {"$ref": "#/definitions/Nest"},
  "definitions": {"Nest": {"type": "array", "items": {"type": {"$ref": "#/definitions/Nest"}}}}}"##;

/// The report of the first document of the first input.
fn first_document(run: &Run) -> &Value {
    &run.report["inputs"][0]["documents"][0]
}

fn arrays(levels: usize) -> String {
    format!("{}{}", "[".repeat(levels), "]".repeat(levels))
}

#[test]
fn a_document_nested_100000_levels_deep_is_a_depth_violation() {
    let run = validate_with(NEST, &[("d.json", &arrays(100_000))]);
    assert_eq!(run.code, Some(1), "{}", run.report);
    let doc = first_document(&run);
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
        let run = validate_with(NEST, &[("d.json", &arrays(levels))]);
        assert_eq!(run.code, Some(0), "{levels} levels: {}", run.report);
        assert_eq!(run.report["inputs"][0]["verdict"], "valid");
    }
    // Objects too, against a schema that looks at nothing.
    let objects = format!("{}1{}", r#"{"a":"#.repeat(50_000), "}".repeat(50_000));
    let run = validate_with(ANY, &[("d.json", &objects)]);
    assert_eq!(run.code, Some(0), "{}", run.report);
    assert_eq!(run.report["inputs"][0]["verdict"], "valid");
}

#[test]
fn deep_text_that_is_not_json_is_located_without_a_crash() {
    let mut text = arrays(100_000);
    text.push_str(" x");
    let run = validate_with(NEST, &[("d.json", &text)]);
    assert_eq!(run.code, Some(2), "{}", run.report);
    let doc = first_document(&run);
    assert_eq!(doc["verdict"], "unusable");
    let error = doc["error"].to_string();
    assert!(error.contains("trailing characters"), "{error}");
    // A deep complete value followed by a bad number: the parser drops the
    // deep value it had built when it fails.
    let text = format!("[{}, 1e999999]", arrays(100_000));
    let run = validate_with(ANY, &[("d.json", &text)]);
    assert_eq!(run.code, Some(2), "{}", run.report);
    let error = first_document(&run)["error"].to_string();
    assert!(error.contains("number out of range"), "{error}");
}

#[test]
fn a_number_beyond_the_largest_float_is_reported_as_such() {
    for number in ["1e999999", "-1e999999"] {
        let run = validate_with(ANY, &[("d.json", &format!(r#"{{"a": {number}}}"#))]);
        assert_eq!(run.code, Some(2), "{}", run.report);
        let error = first_document(&run)["error"].to_string();
        assert!(
            error.contains("number out of range") && !error.contains("malformed"),
            "{error}"
        );
    }
}
