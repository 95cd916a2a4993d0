//! # truss
//!
//! A validator for [JSON Structure](https://json-structure.org), the
//! type-oriented schema language for JSON. A schema is compiled once into a
//! tree of nodes in which every reference is an index; documents are then
//! validated against that tree, with every violation reported at its JSON
//! Pointer.
//!
//! ```
//! use serde_json::json;
//!
//! let schema = json!({
//!     "$schema": "https://json-structure.org/meta/core/v0/#",
//!     "$id": "https://example.com/order",
//!     "name": "Order",
//!     "type": "object",
//!     "properties": {
//!         "id": { "type": "uuid" },
//!         "total": { "type": "decimal", "scale": 2 },
//!         "lines": { "type": "array", "items": { "type": "string" } }
//!     },
//!     "required": ["id", "total"]
//! });
//! let validator = truss::Validator::new(&schema)?;
//!
//! let doc = json!({"id": "not-a-uuid", "total": "10.005", "lines": ["a", 2]});
//! assert!(!validator.is_valid(&doc));
//! for error in validator.iter_errors(&doc) {
//!     println!("{}: {} {}", error.instance_path(), error.code(), error.message());
//! }
//! let paths: Vec<String> = validator.iter_errors(&doc).map(|e| e.instance_path().to_owned()).collect();
//! assert_eq!(paths, ["/id", "/lines/1", "/total"]);
//! # Ok::<(), truss::SchemaError>(())
//! ```
//!
//! Real-world schemas (for example those converted from OpenAPI) often break
//! core rules. [`Validator::new`] compiles anything it can give a clear
//! meaning to and lists what it accepted in [`Validator::warnings`]; a
//! reference that does not resolve *fails closed*: any value that reaches it
//! is a violation. [`ValidatorOptions::strict`] rejects all of that instead.
#![allow(dead_code)]

pub mod codes;
mod compiler;
mod equality;
mod error;
mod formats;
pub mod meta;
mod node;
mod options;
mod path;
mod pattern;
mod pointer;
mod stream;
mod validator;
mod walk;

use serde_json::Value;

// The README's examples are compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../../../README.md")]
struct ReadmeDoctests;

pub use error::{
    Diagnostic, DocumentError, Error, JsonError, SchemaError, Severity, ValidationError,
    ValidationErrors,
};
pub use options::{DEFAULT_MAX_DEPTH, ValidatorOptions};
pub use validator::Validator;

/// Compiles `schema` and validates `doc` against it in one call.
///
/// ```
/// let schema = serde_json::json!({
///     "$schema": "https://json-structure.org/meta/core/v0/#",
///     "$id": "https://example.com/n", "name": "N", "type": "uint8"});
/// assert!(truss::validate(&schema, &serde_json::json!(255)).is_ok());
/// assert!(matches!(truss::validate(&schema, &serde_json::json!(256)), Err(truss::Error::Invalid(_))));
/// ```
pub fn validate(schema: &Value, doc: &Value) -> Result<(), Error> {
    Validator::new(schema)?.validate(doc)?;
    Ok(())
}

/// Checks a schema document against the JSON Structure rules and returns
/// every finding, errors and warnings. Never panics, whatever the input.
///
/// Where [`Validator::new`] accepts a defect leniently, this reports it as
/// an error: it answers "does this schema follow the spec?".
pub fn check_schema(schema: &Value) -> Vec<Diagnostic> {
    let options = ValidatorOptions::default();
    let compiled = compiler::Compiler::compile(schema, &options);
    compiled
        .diagnostics
        .into_iter()
        .map(|mut d| {
            if d.lenient {
                d.severity = Severity::Error;
            }
            d
        })
        .collect()
}
