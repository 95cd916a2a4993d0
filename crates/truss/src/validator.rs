//! The public, compiled [`Validator`].

use std::collections::HashMap;

use serde_json::Value;

use crate::annotations::Annotations;
use crate::codes;
use crate::compiler::{Compiler, describe};
use crate::error::{Diagnostic, SchemaError, Severity, ValidationError, ValidationErrors};
use crate::extensions::Extensions;
use crate::node::{Node, NodeId};
use crate::options::ValidatorOptions;
use crate::path::Path;
use crate::walk::{Collect, FailFast, Mode, Walker};

/// A compiled JSON Structure schema, ready to validate any number of
/// documents, from any number of threads.
///
/// ```
/// use serde_json::json;
///
/// let schema = json!({
///     "$schema": "https://json-structure.org/meta/core/v0/#",
///     "$id": "https://example.com/person",
///     "name": "Person",
///     "type": "object",
///     "properties": {
///         "name": { "type": "string", "maxLength": 20 },
///         "born": { "type": "date" }
///     },
///     "required": ["name"]
/// });
/// let validator = truss::Validator::new(&schema)?;
/// assert!(validator.is_valid(&json!({"name": "Ada", "born": "1815-12-10"})));
///
/// let errors = validator.validate(&json!({"born": "1815-02-30"})).unwrap_err();
/// let found: Vec<(&str, &str)> = errors.iter().map(|e| (e.instance_path(), e.code())).collect();
/// assert_eq!(found, [("/born", "INSTANCE_DATE_FORMAT_INVALID"), ("", "INSTANCE_REQUIRED_PROPERTY_MISSING")]);
/// # Ok::<(), truss::SchemaError>(())
/// ```
///
/// A schema that uses `$import` or `$importdefs` is compiled as the
/// document those keywords expand to: the imported types copied into the
/// importing namespace, their references pointing at the copies. Schema
/// paths ([`ValidationError::schema_path`], [`Diagnostic::pointer`]) then
/// point into that expanded document — an imported `Person` used under
/// `"People": {"$import": …}` is at `/definitions/People/Person` — while
/// problems with the imports themselves point at the keyword.
#[derive(Debug)]
pub struct Validator {
    pub(crate) nodes: Box<[Node]>,
    pub(crate) root: NodeId,
    pub(crate) options: ValidatorOptions,
    pub(crate) offers: Box<[(String, u64)]>,
    warnings: Box<[Diagnostic]>,
    extensions: Extensions,
    /// The root type is declared `abstract`: it exists to be extended and
    /// no instance can conform to it (core §`abstract`; DESIGN §2.9).
    pub(crate) abstract_root: bool,
    /// Schema pointer → node compiled there, for checking a value against
    /// a schema inside the document (see [`Validator::validate_at`]).
    pointers: HashMap<Box<str>, NodeId>,
}

impl Validator {
    /// Compiles a schema document with the default (lenient) options.
    ///
    /// Fails with every error found when the schema cannot be given a clear
    /// meaning; what was accepted leniently is in [`Validator::warnings`].
    pub fn new(schema: &Value) -> Result<Self, SchemaError> {
        Self::compile(schema, &ValidatorOptions::default())
    }

    /// Compiles schema text with the default (lenient) options. Like
    /// [`Validator::new`], and every diagnostic carries its line and column;
    /// a key repeated within one object is a lenient `SCHEMA_DUPLICATE_KEY`
    /// warning. Text that is not JSON fails with one `SCHEMA_JSON_INVALID`
    /// error.
    ///
    /// ```
    /// let text = r#"{"$schema": "https://json-structure.org/meta/core/v0/#",
    ///   "$id": "https://example.com/s", "name": "S", "type": "strng"}"#;
    /// let err = truss::Validator::from_str(text).unwrap_err();
    /// let d = err.errors().next().unwrap();
    /// assert_eq!((d.code(), d.line(), d.column()), ("SCHEMA_TYPE_INVALID", Some(2), Some(48)));
    /// ```
    #[allow(clippy::should_implement_trait)]
    pub fn from_str(text: &str) -> Result<Self, SchemaError> {
        Self::compile_str(text, &ValidatorOptions::default())
    }

    pub(crate) fn compile_str(text: &str, options: &ValidatorOptions) -> Result<Self, SchemaError> {
        let schema: Value = match serde_json::from_str(text) {
            Ok(v) => v,
            Err(e) => return Err(SchemaError::new(vec![crate::check::syntax_error(text, &e)])),
        };
        let map = crate::source_map::SourceMap::new(text);
        let severity = if options.strict {
            Severity::Error
        } else {
            Severity::Warning
        };
        let duplicates = crate::check::duplicate_keys(&map, severity);
        match Self::compile(&schema, options) {
            Ok(mut v) => {
                let mut warnings = std::mem::take(&mut v.warnings).into_vec();
                warnings.extend(duplicates);
                crate::check::locate(&mut warnings, &map);
                v.warnings = warnings.into_boxed_slice();
                if v.warnings.iter().any(|d| d.severity == Severity::Error) {
                    return Err(SchemaError::new(v.warnings.into_vec()));
                }
                Ok(v)
            }
            Err(e) => {
                let mut all = e.into_diagnostics();
                all.extend(duplicates);
                crate::check::locate(&mut all, &map);
                Err(SchemaError::new(all))
            }
        }
    }

    /// An options builder; finish it with [`ValidatorOptions::build`].
    pub fn options() -> ValidatorOptions {
        ValidatorOptions::default()
    }

    /// Reads the schema file at `path` and compiles it with the default
    /// options; its relative imports resolve next to it (see
    /// [`ValidatorOptions::build_from_path`]).
    pub fn from_path(path: impl AsRef<std::path::Path>) -> Result<Self, SchemaError> {
        ValidatorOptions::default().build_from_path(path)
    }

    pub(crate) fn compile(schema: &Value, options: &ValidatorOptions) -> Result<Self, SchemaError> {
        let schema = crate::import::expand(schema, &options.sources).map_err(SchemaError::new)?;
        let compiled = Compiler::compile(&schema, options);
        let mut diagnostics = compiled.diagnostics;
        if options.strict {
            for d in &mut diagnostics {
                d.severity = Severity::Error;
            }
            // Strict compiling accepts exactly what `check_schema` finds no
            // error in: rules that compiling needs no answer to (identifier
            // rules, bounds that cross, ...) are decided there.
            for d in crate::check::check(&schema) {
                let known = diagnostics
                    .iter()
                    .any(|k| k.code == d.code && k.pointer == d.pointer);
                if d.severity == Severity::Error && !known {
                    diagnostics.push(d);
                }
            }
        }
        let root = match compiled.root {
            Some(root) => root,
            None => {
                if !diagnostics.iter().any(|d| d.severity == Severity::Error) {
                    diagnostics.push(Diagnostic::new(
                        Severity::Error,
                        codes::SCHEMA_ROOT_MISSING_TYPE,
                        String::new(),
                        "the document declares no root type (`type` or `$root`), so it cannot validate instances".into(),
                    ));
                }
                return Err(SchemaError::new(diagnostics));
            }
        };
        if diagnostics.iter().any(|d| d.severity == Severity::Error) {
            return Err(SchemaError::new(diagnostics));
        }
        Ok(Self {
            nodes: compiled.nodes.into_boxed_slice(),
            root,
            options: options.clone(),
            offers: compiled.offers.into_boxed_slice(),
            warnings: diagnostics.into_boxed_slice(),
            extensions: compiled.extensions,
            abstract_root: schema.get("type").is_some()
                && schema.get("abstract") == Some(&Value::Bool(true)),
            pointers: into_pointers(compiled.pointers),
        })
    }

    /// Compiles whatever can be compiled, errors or not, for lints that
    /// check parts of a schema even when the whole cannot validate
    /// documents (a library of `definitions`, or a schema with a defect
    /// elsewhere). Never used to validate whole documents.
    pub(crate) fn compile_parts(schema: &Value, options: &ValidatorOptions) -> Self {
        let compiled = Compiler::compile(schema, options);
        Self {
            root: compiled.root.unwrap_or(NodeId(0)),
            nodes: compiled.nodes.into_boxed_slice(),
            options: options.clone(),
            offers: compiled.offers.into_boxed_slice(),
            warnings: compiled.diagnostics.into_boxed_slice(),
            extensions: compiled.extensions,
            abstract_root: false,
            pointers: into_pointers(compiled.pointers),
        }
    }

    /// The schema pointers at which a schema object was compiled.
    pub(crate) fn schema_pointers(&self) -> impl Iterator<Item = &str> {
        self.pointers.keys().map(AsRef::as_ref)
    }

    /// Every violation of `doc` against the schema compiled at `pointer`
    /// (an RFC 6901 pointer into the schema document, `""` for the root
    /// schema), or `None` when no schema object was compiled there.
    /// Instance paths are relative to `doc`.
    pub(crate) fn validate_at(&self, pointer: &str, doc: &Value) -> Option<Vec<ValidationError>> {
        let id = *self.pointers.get(pointer)?;
        let mut walker = Walker::new(self, Collect::default(), 0);
        walker.walk(id, doc, &Path::Root, 0, None);
        Some(walker.mode.0)
    }

    /// What compiling accepted leniently or found questionable.
    ///
    /// ```
    /// let schema = serde_json::json!({
    ///     "$schema": "https://json-structure.org/meta/core/v0/#",
    ///     "$id": "https://example.com/m", "name": "M",
    ///     "type": "object", "additionalProperties": {"type": "string"}
    /// });
    /// let validator = truss::Validator::new(&schema)?;
    /// let codes: Vec<&str> = validator.warnings().iter().map(|d| d.code()).collect();
    /// assert_eq!(codes, ["SCHEMA_OBJECT_MISSING_PROPERTIES"]);
    /// # Ok::<(), truss::SchemaError>(())
    /// ```
    pub fn warnings(&self) -> &[Diagnostic] {
        &self.warnings
    }

    /// The extensions in effect: those the schema enables (root `$uses`,
    /// or the validation meta-schema) and those the options force.
    pub fn extensions(&self) -> Extensions {
        self.extensions
    }

    /// The annotations (alternate names, units, `default`) of the schema
    /// object at `schema_pointer` (`""` for the root, `"/properties/price"`,
    /// …), when it has any and their extensions are enabled.
    pub fn annotations(&self, schema_pointer: &str) -> Option<&Annotations> {
        self.nodes
            .iter()
            .filter(|n| n.path.as_ref() == schema_pointer)
            .find_map(|n| n.annotations.as_deref())
    }

    /// Whether `doc` conforms. Builds no paths or messages and does not
    /// allocate on valid documents.
    ///
    /// ```
    /// # let schema = serde_json::json!({
    /// #   "$schema": "https://json-structure.org/meta/core/v0/#",
    /// #   "$id": "https://example.com/call", "name": "Call", "type": "object",
    /// #   "properties": {"id": {"type": "string"}, "durationMs": {"type": "uint32"}},
    /// #   "required": ["id"]});
    /// let validator = truss::Validator::new(&schema)?;
    /// assert!(validator.is_valid(&serde_json::json!({"id": "512", "durationMs": 1800})));
    /// assert!(!validator.is_valid(&serde_json::json!({"durationMs": -1})));
    /// # Ok::<(), truss::SchemaError>(())
    /// ```
    pub fn is_valid(&self, doc: &Value) -> bool {
        if self.abstract_root {
            return false;
        }
        let Some(addins) = self.addins(doc, &mut FailFast) else {
            return false;
        };
        Walker::new(self, FailFast, addins).walk(self.root, doc, &Path::Root, 0, None)
    }

    /// Every violation in `doc`, or `Ok(())`.
    ///
    /// ```
    /// # let schema = serde_json::json!({
    /// #   "$schema": "https://json-structure.org/meta/core/v0/#",
    /// #   "$id": "https://example.com/call", "name": "Call", "type": "object",
    /// #   "properties": {"id": {"type": "string"}, "durationMs": {"type": "uint32"}},
    /// #   "required": ["id"]});
    /// let validator = truss::Validator::new(&schema)?;
    /// let errors = validator.validate(&serde_json::json!({"durationMs": -1})).unwrap_err();
    /// assert_eq!(errors.len(), 2);
    /// println!("{errors}"); // "2 violations" and one line per violation
    /// # Ok::<(), truss::SchemaError>(())
    /// ```
    pub fn validate(&self, doc: &Value) -> Result<(), ValidationErrors> {
        let errors = self.collect(doc);
        if errors.is_empty() {
            Ok(())
        } else {
            Err(ValidationErrors::new(errors))
        }
    }

    /// Every violation in `doc`, in document order.
    ///
    /// ```
    /// # let schema = serde_json::json!({
    /// #   "$schema": "https://json-structure.org/meta/core/v0/#",
    /// #   "$id": "https://example.com/call", "name": "Call", "type": "object",
    /// #   "properties": {"id": {"type": "string"}, "durationMs": {"type": "uint32"}},
    /// #   "required": ["id"]});
    /// let validator = truss::Validator::new(&schema)?;
    /// for e in validator.iter_errors(&serde_json::json!({"durationMs": 1.5})) {
    ///     println!("{}: {} ({})", e.instance_path(), e.message(), e.schema_path());
    /// }
    /// assert_eq!(validator.iter_errors(&serde_json::json!({"id": "1"})).count(), 0);
    /// # Ok::<(), truss::SchemaError>(())
    /// ```
    pub fn iter_errors(&self, doc: &Value) -> impl Iterator<Item = ValidationError> + use<> {
        self.collect(doc).into_iter()
    }

    fn collect(&self, doc: &Value) -> Vec<ValidationError> {
        if self.abstract_root {
            return vec![ValidationError::new(
                String::new(),
                "/abstract".into(),
                codes::INSTANCE_ABSTRACT_TYPE,
                "the root type is abstract: it can only be extended, so no instance can conform to it"
                    .into(),
            )];
        }
        let mut mode = Collect::default();
        let addins = self.addins(doc, &mut mode).unwrap_or(0);
        let mut walker = Walker::new(self, mode, addins);
        walker.walk(self.root, doc, &Path::Root, 0, None);
        walker.mode.0
    }

    /// The add-ins the document switches on with a root `$uses`
    /// (core §`$uses`); `None` when `$uses` is malformed.
    pub(crate) fn addins<M: Mode>(&self, doc: &Value, mode: &mut M) -> Option<u64> {
        let Some(uses) = doc.as_object().and_then(|o| o.get("$uses")) else {
            return Some(0);
        };
        let Value::Array(names) = uses else {
            if M::COLLECT {
                mode.report(ValidationError::new(
                    "/$uses".into(),
                    "/$offers".into(),
                    codes::INSTANCE_USES_UNKNOWN,
                    format!(
                        "expected `$uses` to be an array of add-in names, found {}",
                        describe(uses)
                    ),
                ));
            }
            return None;
        };
        let mut mask = 0u64;
        let mut ok = true;
        for (i, name) in names.iter().enumerate() {
            // Core §`$uses`: "The value of `$uses` MUST be a set of strings".
            if names.get(..i).is_some_and(|before| before.contains(name)) {
                ok = false;
                if !M::COLLECT {
                    return None;
                }
                mode.report(ValidationError::new(
                    format!("/$uses/{i}"),
                    "/$offers".into(),
                    codes::INSTANCE_USES_DUPLICATE,
                    match name.as_str() {
                        Some(n) => format!("`$uses` is a set; \"{n}\" is named earlier"),
                        None => format!("`$uses` is a set; {} appears earlier", describe(name)),
                    },
                ));
                continue;
            }
            let found = name
                .as_str()
                .and_then(|n| self.offers.iter().find(|(o, _)| o == n));
            match found {
                Some((_, bits)) => mask |= bits,
                None => {
                    ok = false;
                    if !M::COLLECT {
                        return None;
                    }
                    let offered: Vec<&str> = self.offers.iter().map(|(n, _)| n.as_str()).collect();
                    mode.report(ValidationError::new(
                        format!("/$uses/{i}"),
                        "/$offers".into(),
                        codes::INSTANCE_USES_UNKNOWN,
                        format!(
                            "expected one of the add-ins the schema offers ({}), found {}",
                            if offered.is_empty() {
                                "none".to_owned()
                            } else {
                                offered.join(", ")
                            },
                            describe(name)
                        ),
                    ));
                }
            }
        }
        // Unknown add-ins are reported; the known ones still apply so the
        // rest of the document is checked as the author intended.
        if ok || M::COLLECT { Some(mask) } else { None }
    }
}

impl std::str::FromStr for Validator {
    type Err = SchemaError;

    /// `text.parse::<Validator>()`: the same as [`Validator::from_str`].
    fn from_str(text: &str) -> Result<Self, SchemaError> {
        Validator::compile_str(text, &ValidatorOptions::default())
    }
}

fn into_pointers(memo: HashMap<String, NodeId>) -> HashMap<Box<str>, NodeId> {
    memo.into_iter()
        .map(|(k, v)| (k.into_boxed_str(), v))
        .collect()
}
