//! The options builder behind [`crate::Validator::options`].

use serde_json::Value;

use crate::extensions::{Extension, Extensions};
use crate::{SchemaError, Validator};

/// Default limit on how deep a document may nest before validation stops
/// with `INSTANCE_MAX_DEPTH_EXCEEDED`.
pub const DEFAULT_MAX_DEPTH: usize = 10_000;

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
    /// Extensions switched on whatever the schema declares.
    pub(crate) extensions: Extensions,
}

impl Default for ValidatorOptions {
    fn default() -> Self {
        Self {
            strict: false,
            max_depth: DEFAULT_MAX_DEPTH,
            numbers_as_strings: false,
            absolute_uris: false,
            extensions: Extensions::none(),
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
    /// a stack overflow.
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

    /// Switches `extensions` on for every schema compiled with these
    /// options, in addition to those the schema enables itself with `$uses`
    /// or the validation meta-schema (DESIGN §2.12).
    ///
    /// ```
    /// use truss::Extension;
    /// let schema = serde_json::json!({
    ///     "$schema": "https://json-structure.org/meta/core/v0/#",
    ///     "$id": "https://example.com/s", "name": "S", "type": "string", "minLength": 2});
    /// // Without the extension, `minLength` is a warning and is not enforced.
    /// assert!(truss::Validator::new(&schema)?.is_valid(&serde_json::json!("a")));
    /// let forced = truss::Validator::options().extensions([Extension::Validation]).build(&schema)?;
    /// assert!(!forced.is_valid(&serde_json::json!("a")));
    /// # Ok::<(), truss::SchemaError>(())
    /// ```
    pub fn extensions(mut self, extensions: impl IntoIterator<Item = Extension>) -> Self {
        for e in extensions {
            self.extensions.insert(e);
        }
        self
    }

    /// Switches every extension on (`true`), or forgets the extensions
    /// forced so far (`false`; those the schema enables stay on).
    pub fn enable_all_extensions(mut self, yes: bool) -> Self {
        self.extensions = if yes {
            Extensions::all()
        } else {
            Extensions::none()
        };
        self
    }

    /// Compiles `schema` with these options.
    pub fn build(&self, schema: &Value) -> Result<Validator, SchemaError> {
        Validator::compile(schema, self)
    }
}
