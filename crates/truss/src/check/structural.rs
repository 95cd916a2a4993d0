//! The structural check: a schema document validated as an instance of the
//! meta-schema its `$schema` names, each violation turned into a
//! diagnostic at the offending keyword.

use std::sync::OnceLock;

use serde_json::Value;

use crate::codes;
use crate::error::{Diagnostic, Severity};
use crate::meta;
use crate::{ValidationError, Validator};

/// Deeper documents are reported by the compiler; this only bounds the walk.
const MAX_DEPTH: usize = 600;

static VALIDATORS: [OnceLock<Option<Validator>>; 3] =
    [OnceLock::new(), OnceLock::new(), OnceLock::new()];

/// The compiled meta-schema number `i` (see [`meta::which`]), built on
/// first use. `None` only if a shipped document failed to compile, which
/// the crate's tests rule out.
pub(crate) fn validator(i: usize) -> Option<&'static Validator> {
    let text = [
        meta::CORE_DOCUMENT,
        meta::EXTENDED_DOCUMENT,
        meta::VALIDATION_DOCUMENT,
    ]
    .get(i)?;
    VALIDATORS
        .get(i)?
        .get_or_init(|| {
            let doc: Value = serde_json::from_str(text).ok()?;
            Validator::options().max_depth(MAX_DEPTH).build(&doc).ok()
        })
        .as_ref()
}

pub(crate) fn check(schema: &Value) -> Vec<Diagnostic> {
    // An unknown or missing `$schema` is read as core, as the compiler does.
    let i = schema
        .get("$schema")
        .and_then(Value::as_str)
        .and_then(meta::which)
        .unwrap_or(0);
    let Some(v) = validator(i) else {
        return Vec::new();
    };
    let name = ["core", "extended", "validation"]
        .get(i)
        .copied()
        .unwrap_or("core");
    v.iter_errors(schema)
        // Which `$uses` names exist is the extension registry's business.
        .filter(|e| e.code() != codes::INSTANCE_USES_UNKNOWN)
        .map(|e| diagnostic(&e, name))
        .collect()
}

fn diagnostic(e: &ValidationError, meta_name: &str) -> Diagnostic {
    let code = match e.code() {
        codes::INSTANCE_REQUIRED_PROPERTY_MISSING | codes::INSTANCE_REQUIRED_ALTERNATIVES => {
            codes::SCHEMA_KEYWORD_MISSING
        }
        codes::INSTANCE_ADDITIONAL_PROPERTY_NOT_ALLOWED => codes::SCHEMA_KEYWORD_NOT_ALLOWED,
        _ => codes::SCHEMA_KEYWORD_INVALID_TYPE,
    };
    let keyword = e
        .instance_path()
        .rsplit('/')
        .next()
        .filter(|_| !e.instance_path().is_empty())
        .map(|k| format!("`{}`: ", k.replace("~1", "/").replace("~0", "~")))
        .unwrap_or_default();
    Diagnostic::new(
        Severity::Error,
        code,
        e.instance_path().to_owned(),
        format!(
            "{keyword}{} (the {meta_name} meta-schema, #{})",
            e.message(),
            e.schema_path()
        ),
    )
}
