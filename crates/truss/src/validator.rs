//! The public, compiled [`Validator`].

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
    pub(crate) offers: Box<[(String, u64)]>,
    warnings: Box<[Diagnostic]>,
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
        })
    }

    /// What compiling accepted leniently or found questionable.
    pub fn warnings(&self) -> &[Diagnostic] {
        &self.warnings
    }

    /// Whether `doc` conforms. Builds no paths or messages and does not
    /// allocate on valid documents.
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
    pub fn validate(&self, doc: &Value) -> Result<(), ValidationErrors> {
        let errors = self.collect(doc);
        if errors.is_empty() {
            Ok(())
        } else {
            Err(ValidationErrors::new(errors))
        }
    }

    /// Every violation in `doc`, in document order.
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
