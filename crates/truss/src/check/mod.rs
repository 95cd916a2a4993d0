//! `check_schema`: does a schema document follow the JSON Structure specs?
//!
//! Three sources of findings are merged:
//! 1. the compiler's diagnostics, with every defect that compiling accepts
//!    leniently reported as an error;
//! 2. the semantic rules ([`rules`]): references, keyword/type agreement,
//!    bounds, patterns, identifiers, `$extends`, add-ins;
//! 3. the structural check ([`structural`]): the document validated against
//!    the meta-schema its `$schema` names.
//!
//! One defect is reported once: a rule finding with the same code and
//! pointer as a compiler finding is dropped, and a structural finding is
//! dropped when a more specific finding sits at the same place or inside
//! it (the meta-schema says "`required` must be an array", the compiler
//! already said `SCHEMA_REQUIRED_NOT_ARRAY` there).

mod keywords;
mod rules;
pub(crate) mod structural;
mod typing;

#[cfg(test)]
mod tests;

use std::collections::{BTreeSet, HashSet};

use serde_json::Value;

use crate::codes;
use crate::compiler::Compiler;
use crate::error::{Diagnostic, Severity};
use crate::options::ValidatorOptions;
use crate::source_map::{self, SourceMap};

pub(crate) fn check(schema: &Value) -> Vec<Diagnostic> {
    let options = ValidatorOptions::default();
    let compiled = Compiler::compile(schema, &options);
    let mut out: Vec<Diagnostic> = compiled
        .diagnostics
        .into_iter()
        .map(|mut d| {
            if d.lenient {
                d.severity = Severity::Error;
            }
            d
        })
        .collect();
    let mut seen: HashSet<(&'static str, String)> =
        out.iter().map(|d| (d.code, d.pointer.clone())).collect();
    for d in rules::check(schema) {
        if seen.insert((d.code, d.pointer.clone())) {
            out.push(d);
        }
    }
    let specific: BTreeSet<String> = out.iter().map(|d| d.pointer.clone()).collect();
    // A finding that rejects a whole object also explains what the
    // meta-schema says about its members: `"type": {"name": "string"}` is
    // one defect (an object in `type` must be a reference), not a second
    // one for the `name` a reference may not have.
    let whole: Vec<String> = out
        .iter()
        .filter(|d| d.code == codes::SCHEMA_TYPE_OBJECT_MISSING_REF)
        .map(|d| format!("{}/", d.pointer))
        .collect();
    for d in structural::check(schema) {
        let inside_rejected = whole.iter().any(|w| d.pointer.starts_with(w.as_str()));
        if !covered(&specific, &d.pointer) && !inside_rejected {
            out.push(d);
        }
    }
    // Parents before children, siblings in key order; stable, so the
    // compiler's findings come first at any one place.
    out.sort_by(|a, b| a.pointer.split('/').cmp(b.pointer.split('/')));
    out
}

/// Whether a finding already sits at `pointer` or inside it.
fn covered(found: &BTreeSet<String>, pointer: &str) -> bool {
    if found.contains(pointer) {
        return true;
    }
    if pointer.is_empty() {
        return false;
    }
    let prefix = format!("{pointer}/");
    found
        .range(prefix.clone()..)
        .next()
        .is_some_and(|p| p.starts_with(&prefix))
}

/// [`check`] on schema text: a syntax error is one diagnostic; otherwise
/// every diagnostic carries its line and column, repeated keys are
/// reported, and the list is in text order.
pub(crate) fn check_str(text: &str, options: &ValidatorOptions) -> Vec<Diagnostic> {
    let value: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => return vec![syntax_error(text, &e)],
    };
    let mut out = crate::check_with(&value, options);
    let map = SourceMap::new(text);
    out.extend(duplicate_keys(&map, Severity::Error));
    locate(&mut out, &map);
    out.sort_by_key(|d| d.location.unwrap_or((usize::MAX, usize::MAX)));
    out
}

/// The diagnostic for schema text that is not JSON, at the place
/// `serde_json` stopped.
pub(crate) fn syntax_error(text: &str, e: &serde_json::Error) -> Diagnostic {
    let mut message = e.to_string();
    if let Some(i) = message.rfind(" at line ") {
        message.truncate(i);
    }
    let mut d = Diagnostic::new(
        Severity::Error,
        codes::SCHEMA_JSON_INVALID,
        String::new(),
        format!("the schema is not valid JSON: {message}"),
    );
    if e.line() > 0 {
        d.location = Some((
            e.line(),
            source_map::char_column(text, e.line(), e.column()),
        ));
    }
    d
}

/// A repeated key in an object: JSON parsers keep only one of the values,
/// so the schema silently says less than its text (core §Reusable Types:
/// names are unique within a namespace; RFC 8259 §4: names SHOULD be
/// unique).
pub(crate) fn duplicate_keys(map: &SourceMap, severity: Severity) -> Vec<Diagnostic> {
    map.duplicates()
        .iter()
        .map(|(pointer, at)| {
            let mut d = Diagnostic::new(
                severity,
                codes::SCHEMA_DUPLICATE_KEY,
                pointer.clone(),
                "this key repeats an earlier key of the same object; only the last value is kept"
                    .into(),
            );
            d.lenient = severity == Severity::Warning;
            d.location = Some(*at);
            d
        })
        .collect()
}

/// Attaches line and column to every diagnostic that has none; one about
/// an imported type gets the place of the import and says so.
pub(crate) fn locate(diagnostics: &mut [Diagnostic], map: &SourceMap) {
    for d in diagnostics.iter_mut().filter(|d| d.location.is_none()) {
        if let Some(at) = map.import_of(&d.pointer) {
            d.location = Some(at);
            d.message.push_str(
                " (in a type this import brings in; the pointer is into the expanded schema)",
            );
        } else {
            d.location = map.position(&d.pointer);
        }
    }
}
