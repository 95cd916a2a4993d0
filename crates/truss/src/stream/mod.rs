//! Bytes to verdict: validating JSON text while it is parsed, without
//! building a `serde_json::Value` for the document.
//!
//! UTF-8 text first goes to a quick reader of its own (`scan`) that can only
//! vouch for a document: well-formed and valid, answered at about the cost
//! of skimming the text. Whenever it cannot vouch (a violation, text that
//! may not be JSON, anything it does not read exactly as `serde_json`
//! does), the serde walk below runs from the start and gives the verdict,
//! the violations or the JSON error. Valid documents, the common case, pay
//! for one reading; others for at most two.
//!
//! The compiled nodes drive a `serde::de::DeserializeSeed` walk over
//! `serde_json::Deserializer` (strings borrowed from the input where they
//! have no escapes). The verdicts, instance paths and codes are those of
//! parsing with `serde_json::from_slice` and then calling
//! [`Validator::validate`]; the differences are in what it costs:
//!
//! - no document tree: memory stays flat however large the document is
//!   (one reused string buffer, stack-sized tables per object);
//! - after the first violation `is_valid_slice` only skims the rest (it
//!   reads just the keys of the objects that enclose the violation, to be
//!   sure no later duplicate key replaces it);
//! - errors come in document order (the value path reports object members
//!   in key order).
//!
//! Where only a whole value can answer (unions, inline choices, sets,
//! structured enum/const, the document root of a schema with `$offers`),
//! that subtree or document is built as a `Value` and handed to the walker.
//! So is a document in which one object repeats a key whose earlier value
//! had violations: `serde_json` keeps only the last occurrence.
//!
//! `serde_json`'s nesting limit (128) applies exactly as it does to
//! `from_slice`: deeper documents are a JSON error on both paths.

mod scan;
mod seed;

use serde::de::DeserializeSeed;
use serde_json::de::Read;
use serde_json::{Deserializer, Value};

use crate::error::{DocumentError, JsonError, ValidationErrors};
use crate::path::Path;
use crate::validator::Validator;
use crate::walk::{Collect, FailFast, Walker};
use seed::{Halt, NodeSeed, Stream, StreamMode};

impl Validator {
    /// Whether the JSON text in `bytes` is well-formed and conforms.
    ///
    /// Validates while parsing, without building the document in memory,
    /// and stops at the first violation. Gives the same answer as parsing
    /// with `serde_json::from_slice` and calling [`Validator::is_valid`].
    ///
    /// ```
    /// let schema = serde_json::json!({
    ///     "$schema": "https://json-structure.org/meta/core/v0/#",
    ///     "$id": "https://example.com/p", "name": "P", "type": "object",
    ///     "properties": {"at": {"type": "datetime"}}, "required": ["at"]});
    /// let validator = truss::Validator::new(&schema)?;
    /// assert!(validator.is_valid_slice(br#"{"at": "2024-01-15T10:30:00Z"}"#));
    /// assert!(!validator.is_valid_slice(br#"{"at": "2024-02-30T10:30:00Z"}"#));
    /// assert!(!validator.is_valid_slice(br#"{"at": "#)); // not JSON
    /// # Ok::<(), truss::SchemaError>(())
    /// ```
    pub fn is_valid_slice(&self, bytes: &[u8]) -> bool {
        // One UTF-8 check over the whole text costs far less than one per
        // string; text that fails it is read byte by byte, which finds the
        // same error at the same place as `from_slice`.
        match std::str::from_utf8(bytes) {
            Ok(text) => self.is_valid_str(text),
            Err(_) => self.is_valid_from(Deserializer::from_slice(bytes), || {
                serde_json::from_slice(bytes)
            }),
        }
    }

    /// [`Validator::is_valid_slice`] for text already known to be UTF-8.
    pub fn is_valid_str(&self, text: &str) -> bool {
        if self.streams() && scan::vouches(self, text) {
            return true;
        }
        self.is_valid_from(Deserializer::from_str(text), || serde_json::from_str(text))
    }

    /// Every violation in the JSON text `bytes`, or why it is not JSON.
    ///
    /// Validates while parsing, without building the document in memory.
    /// The violations are those [`Validator::validate`] finds in
    /// `serde_json::from_slice(bytes)` (same instance paths, codes and
    /// messages), in document order.
    ///
    /// ```
    /// use truss::DocumentError;
    ///
    /// let schema = serde_json::json!({
    ///     "$schema": "https://json-structure.org/meta/core/v0/#",
    ///     "$id": "https://example.com/p", "name": "P", "type": "object",
    ///     "properties": {"n": {"type": "uint8"}}});
    /// let validator = truss::Validator::new(&schema)?;
    /// match validator.validate_slice(br#"{"n": 300}"#) {
    ///     Err(DocumentError::Invalid(errors)) => assert_eq!(errors.as_slice()[0].instance_path(), "/n"),
    ///     other => panic!("unexpected {other:?}"),
    /// }
    /// match validator.validate_slice(b"{\n  \"n\": 3,\n}") {
    ///     Err(DocumentError::Json(e)) => assert_eq!((e.line(), e.column()), (3, 1)),
    ///     other => panic!("unexpected {other:?}"),
    /// }
    /// # Ok::<(), truss::SchemaError>(())
    /// ```
    pub fn validate_slice(&self, bytes: &[u8]) -> Result<(), DocumentError> {
        match std::str::from_utf8(bytes) {
            Ok(text) => self.validate_str(text),
            Err(_) => self.validate_from(Deserializer::from_slice(bytes), || {
                serde_json::from_slice(bytes)
            }),
        }
    }

    /// [`Validator::validate_slice`] for text already known to be UTF-8.
    pub fn validate_str(&self, text: &str) -> Result<(), DocumentError> {
        if self.streams() && scan::vouches(self, text) {
            return Ok(());
        }
        self.validate_from(Deserializer::from_str(text), || serde_json::from_str(text))
    }

    fn is_valid_from<'de, R: Read<'de>>(
        &self,
        de: Deserializer<R>,
        whole: impl FnOnce() -> serde_json::Result<Value>,
    ) -> bool {
        if self.streams() {
            match run(self, de, FailFast) {
                (_, Halt::Invalid) | (Err(_), Halt::No) => return false,
                (Ok(()), Halt::No) => return true,
                (_, Halt::Restart) => {}
            }
        }
        whole().is_ok_and(|doc| self.is_valid(&doc))
    }

    fn validate_from<'de, R: Read<'de>>(
        &self,
        de: Deserializer<R>,
        whole: impl FnOnce() -> serde_json::Result<Value>,
    ) -> Result<(), DocumentError> {
        if self.streams() {
            match run(self, de, Collect::default()) {
                (Ok(errors), _) if errors.is_empty() => return Ok(()),
                (Ok(errors), _) => {
                    return Err(DocumentError::Invalid(ValidationErrors::new(errors)));
                }
                (Err(e), Halt::No | Halt::Invalid) => {
                    return Err(DocumentError::Json(JsonError::new(e)));
                }
                (Err(_), Halt::Restart) => {}
            }
        }
        let doc = whole().map_err(JsonError::new)?;
        Ok(self.validate(&doc)?)
    }

    /// Whether documents can be checked while parsing. A schema with
    /// `$offers` cannot: the root `$uses` that switches add-ins on may come
    /// after the properties it changes. Nor can an abstract root, which
    /// the value path refuses before looking at the document.
    fn streams(&self) -> bool {
        self.offers.is_empty() && !self.abstract_root
    }
}

fn run<'de, R: Read<'de>, M: StreamMode>(
    v: &Validator,
    mut de: Deserializer<R>,
    mode: M,
) -> (Result<M::Output, serde_json::Error>, Halt) {
    let mut stream = Stream::new(Walker::new(v, mode, 0));
    let parsed = NodeSeed::new(&mut stream, v.root, &Path::Root, 0)
        .deserialize(&mut de)
        .and_then(|()| de.end());
    let Stream { w, halt, .. } = stream;
    (parsed.map(|()| w.mode.finish()), halt)
}
