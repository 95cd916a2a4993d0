//! Validate newline-delimited JSON (one document per line) with one
//! compiled validator, reporting violations with their line numbers.
//!
//! ```sh
//! cargo run -p truss --example validate_ndjson            # a built-in sample
//! cargo run -p truss --example validate_ndjson -- FILE.ndjson
//! ```
//!
//! The file is read line by line, so memory stays flat however large it
//! is. (The `truss validate --ndjson` command does the same on all cores.)

use std::io::{BufRead, BufReader};
use std::process::ExitCode;

use serde_json::json;

const SAMPLE: &str = r#"{"id": "1", "at": "2024-01-15T10:30:00Z", "durationMs": 1800}
{"id": "2", "at": "2024-02-30T10:30:00Z"}

{"id": 3, "at": "2024-01-15T10:30:00Z", "durationMs": -5}
{"id": "4", "at": "2024-01-15T10:30:00Z"}
"#;

fn main() -> ExitCode {
    let schema = json!({
        "$schema": "https://json-structure.org/meta/core/v0/#",
        "$id": "https://example.com/call",
        "name": "Call",
        "type": "object",
        "properties": {
            "id": { "type": "string" },
            "at": { "type": "datetime" },
            "durationMs": { "type": "uint32" }
        },
        "required": ["id", "at"]
    });
    let validator = match truss::Validator::new(&schema) {
        Ok(v) => v,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };

    let (name, reader): (String, Box<dyn BufRead>) = match std::env::args().nth(1) {
        Some(path) => match std::fs::File::open(&path) {
            Ok(f) => (path, Box::new(BufReader::new(f))),
            Err(e) => {
                eprintln!("error: {path}: cannot read: {e}");
                return ExitCode::from(2);
            }
        },
        None => ("sample.ndjson".to_owned(), Box::new(SAMPLE.as_bytes())),
    };

    let (mut valid, mut invalid, mut malformed) = (0usize, 0usize, 0usize);
    for (i, line) in reader.lines().enumerate() {
        let line_no = i + 1;
        let line = match line {
            Ok(l) => l,
            Err(e) => {
                eprintln!("error: {name}:{line_no}: cannot read: {e}");
                return ExitCode::from(2);
            }
        };
        if line.trim().is_empty() {
            continue; // blank lines separate nothing and are not documents
        }
        let doc: serde_json::Value = match serde_json::from_str(&line) {
            Ok(d) => d,
            Err(e) => {
                eprintln!("{name}:{line_no}: malformed JSON: {e}");
                malformed += 1;
                continue;
            }
        };
        // The fast path answers most lines without building any error.
        if validator.is_valid(&doc) {
            valid += 1;
            continue;
        }
        invalid += 1;
        for e in validator.iter_errors(&doc) {
            println!("{name}:{line_no}: {e}");
        }
    }
    eprintln!("{valid} valid, {invalid} invalid, {malformed} malformed");
    if malformed > 0 {
        ExitCode::from(2)
    } else if invalid > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
