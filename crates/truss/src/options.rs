//! The options builder behind [`crate::Validator::options`].

use serde_json::Value;

use crate::{SchemaError, Validator};

/// Default limit on how deep a document may nest before validation stops
/// with `INSTANCE_MAX_DEPTH_EXCEEDED`.
///
/// Validation recurses once per level, so the limit must keep the walk
/// within a thread's stack: 128 levels stay far inside a 2 MiB stack even
/// in debug builds, and match what `serde_json` parses by default.
pub const DEFAULT_MAX_DEPTH: usize = 128;

/// How a schema is compiled and how documents are checked against it.
///
/// ```
/// # let schema = serde_json::json!({
/// #   "$schema": "https://json-structure.org/meta/core/v0/#",
/// #   "$id": "https://example.com/s", "name": "S", "type": "string"});
/// let validator = truss::Validator::options().strict(true).build(&schema)?;
/// assert!(validator.is_valid(&serde_json::json!("hello")));
/// # Ok::<(), truss::SchemaError>(())
/// ```
#[derive(Clone, Debug)]
pub struct ValidatorOptions {
    pub(crate) strict: bool,
    pub(crate) max_depth: usize,
    pub(crate) numbers_as_strings: bool,
    pub(crate) absolute_uris: bool,
}

impl Default for ValidatorOptions {
    fn default() -> Self {
        Self {
            strict: false,
            max_depth: DEFAULT_MAX_DEPTH,
            numbers_as_strings: false,
            absolute_uris: false,
        }
    }
}

impl ValidatorOptions {
    /// Reject every schema defect instead of compiling it leniently
    /// (unresolved references, bare `$ref`, objects used as maps, missing
    /// `$id`/`name`/`$schema`, …). Every warning becomes an error.
    pub fn strict(mut self, yes: bool) -> Self {
        self.strict = yes;
        self
    }

    /// How deep a document may nest; deeper values are a violation, never
    /// a stack overflow. Raising it above [`DEFAULT_MAX_DEPTH`] is safe only
    /// on a thread whose stack grows with it.
    pub fn max_depth(mut self, depth: usize) -> Self {
        self.max_depth = depth;
        self
    }

    /// Accept JSON numbers where `int64`, `uint64`, `int128`, `uint128` or
    /// `decimal` require strings, when the number is exact and in range
    /// (for data produced by converters that ignore the string encoding).
    pub fn numbers_as_strings(mut self, yes: bool) -> Self {
        self.numbers_as_strings = yes;
        self
    }

    /// Require `uri` values to be absolute URIs instead of URI references.
    pub fn absolute_uris(mut self, yes: bool) -> Self {
        self.absolute_uris = yes;
        self
    }

    /// Compiles `schema` with these options.
    pub fn build(&self, schema: &Value) -> Result<Validator, SchemaError> {
        Validator::compile(schema, self)
    }
}
