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
#![warn(missing_docs)]
// Errors, never panics: no input can make the library unwrap, index out of
// bounds or slice a string off a character boundary. Test code may.
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::indexing_slicing,
        clippy::string_slice,
        clippy::panic,
        clippy::unreachable,
        clippy::todo,
        clippy::unimplemented
    )
)]

mod annotations;
mod check;
mod checks;
pub mod codes;
mod compiler;
mod equality;
mod error;
mod examples;
mod extensions;
mod formats;
mod import;
pub mod meta;
mod node;
mod options;
mod path;
mod pattern;
mod pointer;
#[cfg(feature = "serde")]
mod serialize;
mod source_map;
mod stack;
mod stream;
mod validator;
mod walk;

use serde_json::Value;

// The README's examples are compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../../../README.md")]
struct ReadmeDoctests;

pub use annotations::Annotations;
pub use error::{
    Diagnostic, DocumentError, Error, JsonError, SchemaError, Severity, ValidationError,
    ValidationErrors,
};
pub use examples::check_examples;
pub use extensions::{Extension, Extensions};
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
/// an error: it answers "does this schema follow the spec?". The document
/// is validated against the meta-schema its `$schema` names (see
/// [`meta`]), and then against the rules a meta-schema cannot express
/// (references resolve, keywords fit their types, bounds do not cross,
/// patterns compile, names are identifiers, …).
///
/// ```
/// let schema = serde_json::json!({
///     "$schema": "https://json-structure.org/meta/core/v0/#",
///     "$id": "https://example.com/s", "name": "S",
///     "$uses": ["JSONStructureValidation"],
///     "type": "string", "minLength": 5, "maxLength": 2});
/// let diagnostics = truss::check_schema(&schema);
/// let found: Vec<(&str, &str)> = diagnostics.iter().map(|d| (d.code(), d.pointer())).collect();
/// assert_eq!(found, [("SCHEMA_MIN_GREATER_THAN_MAX", "/minLength")]);
/// ```
///
/// Imports cannot be resolved here (no documents are registered); use
/// [`ValidatorOptions::check`] for a schema that imports.
pub fn check_schema(schema: &Value) -> Vec<Diagnostic> {
    check_with(schema, &ValidatorOptions::default())
}

pub(crate) fn check_with(schema: &Value, options: &ValidatorOptions) -> Vec<Diagnostic> {
    match import::expand(schema, &options.sources) {
        Ok(expanded) => check::check(&expanded),
        Err(diagnostics) => diagnostics,
    }
}

/// [`check_schema`] for schema text: every diagnostic carries the line and
/// column of the offending keyword (of the schema object when the keyword
/// is absent), and the list is in text order. Text that is not JSON gives
/// one `SCHEMA_JSON_INVALID` error at the place parsing stopped; a key
/// repeated within one object is a `SCHEMA_DUPLICATE_KEY` error.
///
/// ```
/// let text = "{\n  \"$schema\": \"https://json-structure.org/meta/core/v0/#\",\n  \"$id\": \"https://example.com/s\",\n  \"name\": \"S\",\n  \"type\": \"strin\"\n}";
/// let found = truss::check_schema_str(text);
/// assert_eq!(found.len(), 1);
/// assert_eq!((found[0].code(), found[0].line(), found[0].column()), ("SCHEMA_TYPE_INVALID", Some(5), Some(3)));
/// ```
pub fn check_schema_str(text: &str) -> Vec<Diagnostic> {
    check::check_str(text, &ValidatorOptions::default())
}
