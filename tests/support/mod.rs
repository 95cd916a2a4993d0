//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use serde_json::Value;

/// The repository root.
pub(crate) fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The shared data folder (`../shared` beside the repository, or
/// `$TRUSS_SHARED`). Tests that read it only run with `--features corpus`,
/// and then a missing folder is a failure, never a skip.
pub(crate) fn shared() -> PathBuf {
    let dir = std::env::var_os("TRUSS_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo().join("..").join("shared"));
    assert!(
        dir.join("corpus").is_dir(),
        "the shared data folder is missing: expected {} (set TRUSS_SHARED to its location)",
        dir.display()
    );
    dir
}

pub(crate) fn read_json(path: &Path) -> Value {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{} is not JSON: {e}", path.display()))
}

/// The bundled schema.
pub(crate) fn seed() -> Value {
    read_json(&repo().join("schemas/hubspot/batch-calls-response.struct.json"))
}

/// Violations as `instance path | schema path | code | message` lines, for snapshots.
pub(crate) fn report(v: &truss::Validator, doc: &Value) -> String {
    let lines: Vec<String> = v
        .iter_errors(doc)
        .map(|e| {
            format!(
                "{} | {} | {} | {}",
                e.instance_path(),
                e.schema_path(),
                e.code(),
                e.message()
            )
        })
        .collect();
    assert_eq!(
        v.is_valid(doc),
        lines.is_empty(),
        "is_valid disagrees with iter_errors"
    );
    lines.join("\n")
}

/// Sorted file paths in `dir` whose name satisfies `keep`.
pub(crate) fn files(dir: &Path, keep: impl Fn(&str) -> bool) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.file_name().and_then(|n| n.to_str()).is_some_and(&keep))
        .collect();
    out.sort();
    out
}

/// Takes a deeply nested value apart iteratively: serde_json's own drop
/// recurses and would overflow a small test stack.
pub(crate) fn dismantle(v: Value) {
    let mut stack = vec![v];
    while let Some(v) = stack.pop() {
        match v {
            Value::Array(a) => stack.extend(a),
            Value::Object(o) => stack.extend(o.into_iter().map(|(_, v)| v)),
            _ => {}
        }
    }
}
