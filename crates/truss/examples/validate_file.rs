//! Validate one JSON document against a JSON Structure schema.
//!
//! ```sh
//! cargo run -p truss --example validate_file -- SCHEMA DOC
//! ```
//!
//! Without arguments it validates the bundled HubSpot example with faults
//! against the bundled schema. Exits 0 when the document is valid, 1 when it
//! is not, 2 when an input cannot be used.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    let bundled = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../schemas/hubspot");
    let mut args = std::env::args_os().skip(1).map(PathBuf::from);
    let schema_path = args
        .next()
        .unwrap_or_else(|| bundled.join("batch-calls-response.struct.json"));
    let doc_path = args
        .next()
        .unwrap_or_else(|| bundled.join("examples/batch-calls-response.faulty.json"));

    let (schema, doc) = match (read_json(&schema_path), read_json(&doc_path)) {
        (Ok(s), Ok(d)) => (s, d),
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };

    // Compile once; the validator could now check any number of documents.
    let validator = match truss::Validator::new(&schema) {
        Ok(v) => v,
        Err(e) => {
            eprintln!("error: {}: {e}", schema_path.display());
            return ExitCode::from(2);
        }
    };
    // What the lenient default accepted (`truss check` lists them all).
    if !validator.warnings().is_empty() {
        eprintln!(
            "note: {} compiled with {} warning(s)",
            schema_path.display(),
            validator.warnings().len()
        );
    }

    match validator.validate(&doc) {
        Ok(()) => {
            println!("{}: valid", doc_path.display());
            ExitCode::SUCCESS
        }
        Err(errors) => {
            for e in &errors {
                // `Display` gives `/pointer: CODE message`.
                println!("{}: {e}", doc_path.display());
            }
            ExitCode::from(1)
        }
    }
}

fn read_json(path: &Path) -> Result<serde_json::Value, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: malformed JSON: {e}", path.display()))
}
