//! Errors: violations found in documents, and diagnostics about schemas.
//!
//! The two are kept apart on purpose: a caller must always be able to tell
//! "the schema is broken" from "the data is wrong".

use std::fmt;

/// One way in which a document does not conform to its schema.
///
/// The payload is boxed so that `Result<(), ValidationError>` stays one
/// pointer wide on the success path.
///
/// ```
/// let schema = serde_json::json!({
///     "$schema": "https://json-structure.org/meta/core/v0/#",
///     "$id": "https://example.com/t", "name": "T",
///     "type": "object", "properties": {"tags": {"type": "array", "items": {"type": "string"}}}
/// });
/// let validator = truss::Validator::new(&schema)?;
/// let e = validator.iter_errors(&serde_json::json!({"tags": ["a", 7]})).next().unwrap();
/// assert_eq!(e.instance_path(), "/tags/1");
/// assert_eq!(e.schema_path(), "/properties/tags/items/type");
/// assert_eq!(e.code(), truss::codes::INSTANCE_STRING_EXPECTED);
/// assert_eq!(e.to_string(), "/tags/1: INSTANCE_STRING_EXPECTED expected a string, found number 7");
/// # Ok::<(), truss::SchemaError>(())
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct ValidationError(Box<Inner>);

#[derive(Clone, PartialEq, Eq)]
struct Inner {
    instance_path: String,
    schema_path: String,
    code: &'static str,
    message: String,
    /// Why each alternative failed, for `anyOf`/`oneOf`/`propertyNames`
    /// violations; empty (and unallocated) otherwise.
    causes: Vec<ValidationError>,
}

impl ValidationError {
    pub(crate) fn new(
        instance_path: String,
        schema_path: String,
        code: &'static str,
        message: String,
    ) -> Self {
        Self(Box::new(Inner {
            instance_path,
            schema_path,
            code,
            message,
            causes: Vec::new(),
        }))
    }

    pub(crate) fn with_causes(mut self, causes: Vec<ValidationError>) -> Self {
        self.0.causes = causes;
        self
    }

    /// RFC 6901 JSON Pointer to the offending value in the document (`""` is the root).
    pub fn instance_path(&self) -> &str {
        &self.0.instance_path
    }

    /// JSON Pointer into the schema document, to the keyword that failed.
    pub fn schema_path(&self) -> &str {
        &self.0.schema_path
    }

    /// Stable UPPER_SNAKE code (see [`crate::codes`]).
    pub fn code(&self) -> &'static str {
        self.0.code
    }

    /// Human-readable message: what was expected and what was found.
    pub fn message(&self) -> &str {
        &self.0.message
    }

    /// The violations behind this one: for a value that matched none of
    /// the `anyOf`/`oneOf` alternatives, each alternative's own violations
    /// (their schema paths tell the alternatives apart); for a name refused
    /// by `propertyNames`/`keyNames`, the name's violations. Empty for
    /// every other violation.
    pub fn causes(&self) -> &[ValidationError] {
        &self.0.causes
    }
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = if self.0.instance_path.is_empty() {
            "(root)"
        } else {
            &self.0.instance_path
        };
        write!(f, "{path}: {} {}", self.0.code, self.0.message)
    }
}

impl fmt::Debug for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ValidationError")
            .field("instance_path", &self.0.instance_path)
            .field("schema_path", &self.0.schema_path)
            .field("code", &self.0.code)
            .field("message", &self.0.message)
            .field("causes", &self.0.causes)
            .finish()
    }
}

impl std::error::Error for ValidationError {}

/// Every violation found in one document, in document order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidationErrors(Vec<ValidationError>);

impl ValidationErrors {
    pub(crate) fn new(errors: Vec<ValidationError>) -> Self {
        Self(errors)
    }

    /// The violations as a slice.
    pub fn as_slice(&self) -> &[ValidationError] {
        &self.0
    }

    /// The violations, owned.
    pub fn into_vec(self) -> Vec<ValidationError> {
        self.0
    }

    /// How many violations were found (never zero).
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Always false: an empty set of violations is `Ok(())`, not an error.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Iterate over the violations.
    pub fn iter(&self) -> std::slice::Iter<'_, ValidationError> {
        self.0.iter()
    }
}

impl IntoIterator for ValidationErrors {
    type Item = ValidationError;
    type IntoIter = std::vec::IntoIter<ValidationError>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<'a> IntoIterator for &'a ValidationErrors {
    type Item = &'a ValidationError;
    type IntoIter = std::slice::Iter<'a, ValidationError>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl fmt::Display for ValidationErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.0.len();
        write!(f, "{n} violation{}", if n == 1 { "" } else { "s" })?;
        for e in &self.0 {
            write!(f, "\n  {e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ValidationErrors {}

/// How serious a schema diagnostic is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// The schema cannot be used as written (or, under `strict`, was accepted leniently).
    Error,
    /// The schema was understood, but something in it is questionable.
    Warning,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        })
    }
}

/// A finding about a schema document: a defect, or something accepted leniently.
///
/// ```
/// let schema = serde_json::json!({
///     "$schema": "https://json-structure.org/meta/core/v0/#",
///     "$id": "https://example.com/s", "name": "S", "type": "text"
/// });
/// let d = &truss::check_schema(&schema)[0];
/// assert_eq!(d.severity(), truss::Severity::Error);
/// assert_eq!(d.code(), "SCHEMA_TYPE_INVALID");
/// assert_eq!(d.pointer(), "/type");
/// assert_eq!(d.to_string(), r#"error[SCHEMA_TYPE_INVALID] at /type: unknown type "text""#);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub(crate) severity: Severity,
    pub(crate) code: &'static str,
    pub(crate) pointer: String,
    pub(crate) message: String,
    pub(crate) location: Option<(usize, usize)>,
    /// True when the default (lenient) compile accepted a spec violation;
    /// `check_schema` and `strict` report these as errors.
    pub(crate) lenient: bool,
}

impl Diagnostic {
    pub(crate) fn new(
        severity: Severity,
        code: &'static str,
        pointer: String,
        message: String,
    ) -> Self {
        Self {
            severity,
            code,
            pointer,
            message,
            location: None,
            lenient: false,
        }
    }

    /// Error or warning.
    pub fn severity(&self) -> Severity {
        self.severity
    }

    /// Stable UPPER_SNAKE code.
    pub fn code(&self) -> &'static str {
        self.code
    }

    /// JSON Pointer to the offending node in the schema document.
    pub fn pointer(&self) -> &str {
        &self.pointer
    }

    /// Human-readable message.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// 1-based line of the offending node, when the schema came from text.
    pub fn line(&self) -> Option<usize> {
        self.location.map(|(l, _)| l)
    }

    /// 1-based column of the offending node, when the schema came from text.
    pub fn column(&self) -> Option<usize> {
        self.location.map(|(_, c)| c)
    }

    /// Whether the lenient default accepted this (a spec violation with a clear meaning).
    pub fn is_lenient(&self) -> bool {
        self.lenient
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some((line, col)) = self.location {
            write!(f, "{line}:{col}: ")?;
        }
        let at = if self.pointer.is_empty() {
            "(root)"
        } else {
            &self.pointer
        };
        write!(
            f,
            "{}[{}] at {at}: {}",
            self.severity, self.code, self.message
        )
    }
}

/// A schema that could not be compiled, with every diagnostic found.
///
/// ```
/// let err = truss::Validator::new(&serde_json::json!({"type": "text"})).unwrap_err();
/// let codes: Vec<&str> = err.errors().map(|d| d.code()).collect();
/// assert_eq!(codes, ["SCHEMA_TYPE_INVALID"]);
/// assert!(err.to_string().starts_with("schema cannot be compiled: 1 error"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}", render_schema_error(.diagnostics))]
pub struct SchemaError {
    diagnostics: Vec<Diagnostic>,
}

fn render_schema_error(diagnostics: &[Diagnostic]) -> String {
    let errors: Vec<&Diagnostic> = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    let mut out = format!(
        "schema cannot be compiled: {} error{}",
        errors.len(),
        if errors.len() == 1 { "" } else { "s" }
    );
    for d in errors {
        out.push_str("\n  ");
        out.push_str(&d.to_string());
    }
    out
}

impl SchemaError {
    pub(crate) fn new(diagnostics: Vec<Diagnostic>) -> Self {
        Self { diagnostics }
    }

    /// Every diagnostic (errors first have no special order; filter by severity).
    pub fn diagnostics(&self) -> &[Diagnostic] {
        &self.diagnostics
    }

    pub(crate) fn into_diagnostics(self) -> Vec<Diagnostic> {
        self.diagnostics
    }

    /// Only the errors.
    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
    }
}

/// The result of the one-shot [`crate::validate`]: the schema or the document was at fault.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The schema could not be compiled.
    #[error(transparent)]
    Schema(#[from] SchemaError),
    /// The document does not conform.
    #[error(transparent)]
    Invalid(#[from] ValidationErrors),
}

/// A document given as text that is not well-formed JSON (including one
/// nested deeper than the parser's limit of 128 levels).
#[derive(Debug, thiserror::Error)]
#[error("the document is not valid JSON: {0}")]
pub struct JsonError(#[source] serde_json::Error);

impl JsonError {
    pub(crate) fn new(e: serde_json::Error) -> Self {
        Self(e)
    }

    /// 1-based line where the text stops being JSON.
    pub fn line(&self) -> usize {
        self.0.line()
    }

    /// 1-based column where the text stops being JSON.
    pub fn column(&self) -> usize {
        self.0.column()
    }

    /// Whether the text ended before the JSON value did.
    pub fn is_eof(&self) -> bool {
        self.0.is_eof()
    }
}

/// Why a document given as text was rejected by
/// [`crate::Validator::validate_slice`] or [`crate::Validator::validate_str`].
#[derive(Debug, thiserror::Error)]
pub enum DocumentError {
    /// The text is not JSON; nothing was validated.
    #[error(transparent)]
    Json(#[from] JsonError),
    /// The text is JSON and does not conform.
    #[error(transparent)]
    Invalid(#[from] ValidationErrors),
}
