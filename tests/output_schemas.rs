//! The `truss` command's machine-readable output conforms to the schemas it
//! is documented against: `--format json` to docs/cli-json-output.schema.json
//! (JSON Schema 2020-12) and `--format sarif` to SARIF 2.1.0.
//!
//! The documents checked are the CLI's own snapshots
//! (crates/truss-cli/tests/snapshots/cli__json_*.snap, cli__sarif_*.snap):
//! they hold exactly what the command printed, and the CLI's tests fail
//! when the command prints anything else.
//!
//! SARIF output is checked against the published SARIF 2.1.0 JSON Schema,
//! read in place from the source of the `serde-sarif` package (a
//! dev-dependency that ships it as src/schema.json, located with `cargo
//! metadata`), and against a stricter subset written from the
//! specification (tests/fixtures/sarif-2.1.0-subset.schema.json).
//! TRUSS_SARIF_SCHEMA may name another copy to check against as well.

use std::path::{Path, PathBuf};

use serde_json::{Value, json};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read_json(path: &Path) -> Value {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{} is not JSON: {e}", path.display()))
}

/// The snapshots whose file name starts with `prefix`, as JSON values.
fn snapshots(prefix: &str) -> Vec<(String, Value)> {
    let dir = repo().join("crates/truss-cli/tests/snapshots");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.expect("a directory entry").path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_owned();
        if !name.starts_with(prefix) || !name.ends_with(".snap") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("a snapshot file");
        // An insta snapshot: a `---` header block, then the content.
        let body = text
            .splitn(3, "---\n")
            .nth(2)
            .unwrap_or_else(|| panic!("{name} has no insta header"));
        let value = serde_json::from_str(body)
            .unwrap_or_else(|e| panic!("{name} does not hold one JSON document: {e}"));
        out.push((name, value));
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

fn validator(schema: &Value) -> jsonschema::Validator {
    jsonschema::options()
        .should_validate_formats(true)
        .build(schema)
        .unwrap_or_else(|e| panic!("the schema does not compile: {e}"))
}

fn errors(v: &jsonschema::Validator, doc: &Value) -> Vec<String> {
    v.iter_errors(doc)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

#[test]
fn json_output_conforms_to_its_published_schema() {
    let v = validator(&read_json(&repo().join("docs/cli-json-output.schema.json")));
    let docs = snapshots("cli__json_");
    assert!(
        docs.len() >= 3,
        "expected the CLI's json_* snapshots, found {}",
        docs.len()
    );
    let commands: Vec<&str> = docs
        .iter()
        .filter_map(|(_, d)| d["command"].as_str())
        .collect();
    assert!(
        commands.contains(&"validate") && commands.contains(&"check"),
        "{commands:?}"
    );
    for (name, doc) in &docs {
        assert_eq!(errors(&v, doc), Vec::<String>::new(), "{name}");
    }
}

#[test]
fn published_json_schema_is_not_vacuous() {
    let v = validator(&read_json(&repo().join("docs/cli-json-output.schema.json")));
    let (_, doc) = snapshots("cli__json_validate_files")
        .into_iter()
        .next()
        .expect("the json_validate_files_and_ndjson snapshot");
    assert!(v.is_valid(&doc));
    let mut missing = doc.clone();
    missing["inputs"][1]["documents"][0]["violations"][0]
        .as_object_mut()
        .expect("a violation")
        .remove("instancePath");
    assert!(!v.is_valid(&missing), "a violation needs instancePath");
    let mut extra = doc.clone();
    extra["summary"]["surprise"] = json!(1);
    assert!(
        !v.is_valid(&extra),
        "members are only added with a new version"
    );
    let mut verdict = doc;
    verdict["inputs"][0]["verdict"] = json!("fine");
    assert!(!v.is_valid(&verdict));
}

fn sarif_schemas() -> Vec<(String, Value)> {
    let mut out = vec![(
        "the SARIF 2.1.0 subset".to_owned(),
        read_json(&repo().join("tests/fixtures/sarif-2.1.0-subset.schema.json")),
    )];
    // One pattern of the published schema (`language`) holds a stray `]`,
    // a literal in ECMA-262 that the checker's strict regex syntax refuses;
    // escaping it leaves the pattern's meaning unchanged.
    let published = published_sarif_schema();
    let text = std::fs::read_to_string(&published)
        .expect("readable")
        .replace(
            r#""^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$""#,
            r#""^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}\\]?$""#,
        );
    let schema: Value = serde_json::from_str(&text).expect("the published schema is JSON");
    out.push((published.display().to_string(), schema));
    if let Some(path) = std::env::var_os("TRUSS_SARIF_SCHEMA") {
        let path = PathBuf::from(path);
        out.push((path.display().to_string(), read_json(&path)));
    }
    out
}

#[test]
fn sarif_output_conforms_to_sarif_2_1_0() {
    let docs = snapshots("cli__sarif_");
    assert!(
        docs.len() >= 2,
        "expected the CLI's sarif_* snapshots, found {}",
        docs.len()
    );
    for (schema_name, schema) in sarif_schemas() {
        let v = validator(&schema);
        for (name, doc) in &docs {
            assert_eq!(
                errors(&v, doc),
                Vec::<String>::new(),
                "{name} against {schema_name}"
            );
        }
    }
}

#[test]
fn sarif_subset_is_not_vacuous() {
    let v = validator(&read_json(
        &repo().join("tests/fixtures/sarif-2.1.0-subset.schema.json"),
    ));
    let (_, doc) = snapshots("cli__sarif_check")
        .into_iter()
        .next()
        .expect("the sarif_check snapshot");
    assert!(v.is_valid(&doc));
    let mut bad_level = doc.clone();
    bad_level["runs"][0]["results"][0]["level"] = json!("fatal");
    assert!(!v.is_valid(&bad_level));
    let mut zero_line = doc.clone();
    zero_line["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] =
        json!(0);
    assert!(!v.is_valid(&zero_line), "lines start at 1");
    let mut no_text = doc;
    no_text["runs"][0]["results"][0]["message"] = json!({});
    assert!(!v.is_valid(&no_text));
}

/// The published SARIF 2.1.0 schema in the `serde-sarif` package's source.
fn published_sarif_schema() -> PathBuf {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let out = std::process::Command::new(cargo)
        .args(["metadata", "--format-version", "1"])
        .current_dir(repo())
        .output()
        .expect("cargo metadata runs");
    assert!(
        out.status.success(),
        "cargo metadata failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let meta: Value = serde_json::from_slice(&out.stdout).expect("cargo metadata prints JSON");
    let manifest = meta["packages"]
        .as_array()
        .and_then(|ps| ps.iter().find(|p| p["name"] == "serde-sarif"))
        .and_then(|p| p["manifest_path"].as_str())
        .expect("serde-sarif is a dev-dependency of the root package");
    let schema = Path::new(manifest)
        .with_file_name("src")
        .join("schema.json");
    let text = std::fs::read_to_string(&schema).expect("serde-sarif ships src/schema.json");
    assert!(
        text.contains("Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema"),
        "{} is not the SARIF 2.1.0 schema",
        schema.display()
    );
    schema
}
