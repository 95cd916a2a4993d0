//! Serialise a validation report as JSON (the `serde` feature).
//!
//! ```sh
//! cargo run -p truss --features serde --example errors_as_json
//! ```
//!
//! (`cargo run -p truss --example errors_as_json` works too: the crate's
//! dev-dependencies switch the feature on for its examples.)
//!
//! With the `serde` feature, `ValidationError`, `ValidationErrors`,
//! `Diagnostic`, `Severity` and `SchemaError` implement `serde::Serialize`,
//! with the same camelCase field names as `truss validate --format json`.

use serde_json::json;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let schema = json!({
        "$schema": "https://json-structure.org/meta/core/v0/#",
        "$id": "https://example.com/call",
        "name": "Call",
        "type": "object",
        "properties": {
            "id": { "type": "string" },
            "createdAt": { "type": "datetime" },
            "durationMs": { "type": "uint32" }
        },
        "required": ["id", "createdAt"],
        "additionalProperties": false
    });
    let validator = truss::Validator::new(&schema)?;

    let doc = json!({"createdAt": "2024-02-30T10:30:00Z", "durationMs": -1, "note": "x"});
    let report = match validator.validate(&doc) {
        Ok(()) => json!({"valid": true, "errors": []}),
        Err(errors) => json!({"valid": false, "errors": errors}),
    };
    println!("{}", serde_json::to_string_pretty(&report)?);

    // Schema findings serialise the same way.
    let findings = truss::check_schema(&json!({"type": "object", "properties": {}}));
    println!("{}", serde_json::to_string_pretty(&findings)?);
    Ok(())
}
