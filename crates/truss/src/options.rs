//! The options builder behind [`crate::Validator::options`].

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::error::{Diagnostic, Severity};
use crate::extensions::{Extension, Extensions};
use crate::import::Sources;
use crate::{SchemaError, Validator, codes};

/// Default limit on how deep a document may nest before validation stops
/// with `INSTANCE_MAX_DEPTH_EXCEEDED`.
///
/// Validation recurses once per level, but moves onto a fresh stack
/// segment when the thread's stack runs low, so the limit bounds work, not
/// stack use: any thread, whatever its stack size, can validate documents
/// this deep.
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
    /// Where `$import`/`$importdefs` may find documents.
    pub(crate) sources: Sources,
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
            sources: Sources::default(),
            extensions: Extensions::none(),
        }
    }
}

impl ValidatorOptions {
    /// Reject every schema defect instead of compiling it leniently
    /// (unresolved references, bare `$ref`, objects used as maps, missing
    /// `$id`/`name`/`$schema`, …). Every warning becomes an error, and a
    /// strict compile accepts exactly the schemas [`crate::check_schema`]
    /// finds no error in (names that are not identifiers, say, which a
    /// lenient compile can still give a meaning to).
    pub fn strict(mut self, yes: bool) -> Self {
        self.strict = yes;
        self
    }

    /// How deep a document may nest; deeper values are a violation, never
    /// a stack overflow, whatever the thread's stack size.
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

    /// Compiles schema text with these options; every diagnostic (in the
    /// error or in [`Validator::warnings`]) carries its line and column.
    /// Text that is not JSON fails with one `SCHEMA_JSON_INVALID` error.
    pub fn build_str(&self, text: &str) -> Result<Validator, SchemaError> {
        Validator::compile_str(text, self)
    }

    /// Makes `document` available to `$import` and `$importdefs` under
    /// `uri` (an absolute URI; a trailing empty fragment `#` is ignored).
    ///
    /// This registry is the only place absolute import URIs resolve from:
    /// truss never fetches a schema over the network, and an unregistered
    /// URI is a schema error (`SCHEMA_IMPORT_NOT_FOUND`).
    ///
    /// ```
    /// use serde_json::json;
    ///
    /// let people = json!({
    ///     "$schema": "https://json-structure.org/meta/core/v0/#",
    ///     "$id": "https://example.com/people.json",
    ///     "name": "Person", "type": "object",
    ///     "properties": { "name": { "type": "string" } }
    /// });
    /// let schema = json!({
    ///     "$schema": "https://json-structure.org/meta/extended/v0/#",
    ///     "$id": "https://example.com/team", "name": "Team",
    ///     "type": "array", "items": { "type": { "$ref": "#/definitions/People/Person" } },
    ///     "definitions": { "People": { "$import": "https://example.com/people.json" } }
    /// });
    /// let v = truss::Validator::options()
    ///     .register("https://example.com/people.json", people)
    ///     .build(&schema)?;
    /// assert!(v.is_valid(&json!([{ "name": "Ada" }])));
    /// assert!(!v.is_valid(&json!([{ "name": 1 }])));
    /// # Ok::<(), truss::SchemaError>(())
    /// ```
    pub fn register(mut self, uri: impl AsRef<str>, document: Value) -> Self {
        self.sources.register(uri.as_ref(), document);
        self
    }

    /// Lets relative `$import`/`$importdefs` references read files, but only
    /// files below `dir`: a reference that leaves it (through `..`, an
    /// absolute path or a symbolic link) is a schema error and is never
    /// read. Without this, no file is ever opened.
    ///
    /// Relative references resolve against the schema's own file (see
    /// [`ValidatorOptions::base_path`]), or against `dir` when the schema's
    /// location is not given.
    pub fn import_root(mut self, dir: impl Into<PathBuf>) -> Self {
        self.sources.root = Some(dir.into());
        self
    }

    /// The file the schema was read from, so that its relative imports
    /// resolve next to it. Reading files also needs
    /// [`ValidatorOptions::import_root`].
    pub fn base_path(mut self, file: impl Into<PathBuf>) -> Self {
        self.sources.base = Some(file.into());
        self
    }

    /// Reads the schema file at `path` and compiles it, resolving its
    /// relative imports next to it. Unless [`ValidatorOptions::import_root`]
    /// was given, files may be imported from the schema's folder and from
    /// its parent's other folders (a library beside the schema:
    /// `../common/person.json`), never from further up.
    pub fn build_from_path(&self, path: impl AsRef<Path>) -> Result<Validator, SchemaError> {
        let path = path.as_ref();
        let unreadable = |why: String| {
            SchemaError::new(vec![Diagnostic::new(
                Severity::Error,
                codes::SCHEMA_DOCUMENT_UNREADABLE,
                String::new(),
                format!("{}: {why}", path.display()),
            )])
        };
        let text = std::fs::read_to_string(path).map_err(|e| unreadable(e.to_string()))?;
        let schema: Value = serde_json::from_str(&text)
            .map_err(|e| unreadable(format!("not a JSON document ({e})")))?;
        let mut options = self.clone();
        if options.sources.root.is_none() {
            let real = std::fs::canonicalize(path).map_err(|e| unreadable(e.to_string()))?;
            let dir = real.parent().unwrap_or(&real);
            options.sources.root = Some(dir.parent().unwrap_or(dir).to_path_buf());
        }
        options.sources.base = Some(path.to_path_buf());
        Validator::compile(&schema, &options)
    }

    /// Checks a schema document as [`crate::check_schema`] does, resolving
    /// its imports from these options' sources.
    pub fn check(&self, schema: &Value) -> Vec<Diagnostic> {
        crate::check_with(schema, self)
    }

    /// [`ValidatorOptions::check`] for schema text, as
    /// [`crate::check_schema_str`] does it: every diagnostic in the schema's
    /// own text carries its line and column, repeated keys are reported,
    /// and text that is not JSON is one `SCHEMA_JSON_INVALID` error.
    /// A finding inside an imported type is placed at the `$import` or
    /// `$importdefs` that brought it in.
    ///
    /// ```
    /// let text = r##"{
    ///   "$schema": "https://json-structure.org/meta/extended/v0/#",
    ///   "$id": "https://example.com/team",
    ///   "$root": "#/definitions/People/Person",
    ///   "definitions": {"People": {"$import": "https://example.com/people.json"}}
    /// }"##;
    /// let found = truss::Validator::options().check_str(text);
    /// assert_eq!(found[0].code(), "SCHEMA_IMPORT_NOT_FOUND");
    /// assert_eq!(found[0].line(), Some(5));
    /// let people = serde_json::json!({
    ///     "$schema": "https://json-structure.org/meta/core/v0/#",
    ///     "$id": "https://example.com/people.json",
    ///     "definitions": {"Person": {"type": "object", "properties": {"name": {"type": "string"}}}}
    /// });
    /// let registered = truss::Validator::options().register("https://example.com/people.json", people);
    /// assert_eq!(registered.check_str(text), []);
    /// ```
    pub fn check_str(&self, text: &str) -> Vec<Diagnostic> {
        crate::check::check_str(text, self)
    }
}
