//! Schema compile: arbitrary bytes as a schema document, through every
//! entry point that reads a schema (text and value, lenient, strict and with
//! every extension forced on). The input may carry an instance after a 0xFF
//! byte (never part of UTF-8 text); every validator that compiles is then
//! asked about that instance, and about a few fixed documents, on both the
//! slice and the value path.
#![no_main]

#[path = "../common/mod.rs"]
mod common;

use libfuzzer_sys::fuzz_target;
use serde_json::Value;
use truss::{Severity, Validator};

const DOCUMENTS: &[&[u8]] = &[b"null", b"{}", b"[]", b"0", b"\"\"", b"{\"a\": [1, \"x\"]}"];

fn exercise(v: &Validator, schema_text: &[u8], instance: Option<&[u8]>) {
    assert!(
        v.warnings()
            .iter()
            .all(|d| d.severity() == Severity::Warning)
    );
    for doc in DOCUMENTS {
        common::check_bytes(v, doc);
    }
    common::check_bytes(v, schema_text);
    if let Some(instance) = instance {
        common::check_bytes(v, instance);
    }
}

fuzz_target!(|data: &[u8]| {
    let (schema_bytes, instance) = match data.iter().position(|&b| b == 0xFF) {
        Some(at) => (&data[..at], Some(&data[at + 1..])),
        None => (data, None),
    };
    let Ok(text) = std::str::from_utf8(schema_bytes) else {
        return;
    };
    // The text entry points: diagnostics carry positions, never panic.
    for d in truss::check_schema_str(text) {
        assert!(!d.code().is_empty() && !d.message().is_empty());
    }
    match Validator::from_str(text) {
        Ok(v) => exercise(&v, schema_bytes, instance),
        Err(e) => assert!(e.errors().next().is_some(), "a schema error lists no error"),
    }
    let Ok(schema) = serde_json::from_str::<Value>(text) else {
        return;
    };
    let _ = truss::check_schema(&schema);
    for options in [
        Validator::options().strict(true),
        Validator::options().enable_all_extensions(true),
        Validator::options()
            .max_depth(3)
            .numbers_as_strings(true)
            .absolute_uris(true),
    ] {
        match options.build(&schema) {
            Ok(v) => exercise(&v, schema_bytes, instance),
            Err(e) => assert!(e.errors().next().is_some(), "a schema error lists no error"),
        }
    }
});
