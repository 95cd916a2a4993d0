//! The public, compiled [`Validator`].

use std::collections::HashMap;

use serde_json::Value;

use crate::codes;
use crate::compiler::{Compiler, describe};
use crate::error::{Diagnostic, SchemaError, Severity, ValidationError, ValidationErrors};
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
#[derive(Debug)]
pub struct Validator {
    pub(crate) nodes: Box<[Node]>,
    pub(crate) root: NodeId,
    pub(crate) options: ValidatorOptions,
    offers: Box<[(String, u64)]>,
    warnings: Box<[Diagnostic]>,
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

    /// An options builder; finish it with [`ValidatorOptions::build`].
    pub fn options() -> ValidatorOptions {
        ValidatorOptions::default()
    }

    pub(crate) fn compile(schema: &Value, options: &ValidatorOptions) -> Result<Self, SchemaError> {
        let compiled = Compiler::compile(schema, options);
        let mut diagnostics = compiled.diagnostics;
        if options.strict {
            for d in &mut diagnostics {
                d.severity = Severity::Error;
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
        let mut walker = Walker {
            v: self,
            mode: Collect::default(),
            addins: 0,
        };
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
        let Some(addins) = self.addins(doc, &mut FailFast) else {
            return false;
        };
        Walker {
            v: self,
            mode: FailFast,
            addins,
        }
        .walk(self.root, doc, &Path::Root, 0, None)
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
        let mut mode = Collect::default();
        let addins = self.addins(doc, &mut mode).unwrap_or(0);
        let mut walker = Walker {
            v: self,
            mode,
            addins,
        };
        walker.walk(self.root, doc, &Path::Root, 0, None);
        walker.mode.0
    }

    /// The add-ins the document switches on with a root `$uses`
    /// (core §`$uses`); `None` when `$uses` is malformed.
    fn addins<M: Mode>(&self, doc: &Value, mode: &mut M) -> Option<u64> {
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

fn into_pointers(memo: HashMap<String, NodeId>) -> HashMap<Box<str>, NodeId> {
    memo.into_iter()
        .map(|(k, v)| (k.into_boxed_str(), v))
        .collect()
}
