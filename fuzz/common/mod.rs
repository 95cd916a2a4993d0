//! Checks shared by the fuzz targets: every way of asking truss about one
//! document must give the same answer, and every answer must be coherent.

use serde_json::Value;
use truss::{DocumentError, ValidationError, Validator};

/// `(instance path, code)` of every violation, sorted: the slice path
/// reports in document order, the value path in key order.
fn found<'a>(errors: impl IntoIterator<Item = &'a ValidationError>) -> Vec<(String, &'static str)> {
    let mut v: Vec<(String, &'static str)> = errors
        .into_iter()
        .map(|e| (e.instance_path().to_owned(), e.code()))
        .collect();
    v.sort();
    v
}

/// Checks the value path on a parsed document and returns its verdict:
/// `is_valid` agrees with `validate` and `iter_errors`, and every reported
/// instance path is a JSON Pointer that resolves in `doc`.
#[allow(dead_code)] // not every target asks about values alone
pub fn check_value(v: &Validator, doc: &Value) -> bool {
    check_value_errors(v, doc).is_empty()
}

/// [`check_value`], returning the violations.
fn check_value_errors(v: &Validator, doc: &Value) -> Vec<ValidationError> {
    let quick = v.is_valid(doc);
    let full = v.validate(doc);
    assert_eq!(quick, full.is_ok(), "is_valid vs validate on {doc}");
    let errors = full.err().map(|e| e.into_vec()).unwrap_or_default();
    assert_eq!(
        v.iter_errors(doc).count(),
        errors.len(),
        "iter_errors vs validate on {doc}"
    );
    for e in &errors {
        assert!(!e.code().is_empty() && !e.message().is_empty());
        let path = e.instance_path();
        let pointer = jsonptr::Pointer::parse(path)
            .unwrap_or_else(|err| panic!("instance path {path:?} is not a JSON Pointer: {err}"));
        if let Err(err) = pointer.resolve(doc) {
            panic!(
                "instance path {path:?} ({}) does not resolve in {doc}: {err}",
                e.code()
            );
        }
    }
    errors
}

/// Checks the slice path on `bytes` against `serde_json::from_slice` and
/// the value path, and returns the verdict.
pub fn check_bytes(v: &Validator, bytes: &[u8]) -> bool {
    let quick = v.is_valid_slice(bytes);
    let full = v.validate_slice(bytes);
    assert_eq!(quick, full.is_ok(), "is_valid_slice vs validate_slice");
    match serde_json::from_slice::<Value>(bytes) {
        Err(e) => {
            assert!(!quick, "not JSON ({e}), yet is_valid_slice");
            match full {
                Err(DocumentError::Json(j)) => {
                    assert_eq!((j.line(), j.column()), (e.line(), e.column()), "{j} vs {e}")
                }
                other => panic!("not JSON ({e}), yet validate_slice gave {other:?}"),
            }
            false
        }
        Ok(doc) => {
            let by_value = check_value_errors(v, &doc);
            let verdict = by_value.is_empty();
            assert_eq!(quick, verdict, "slice vs value verdict on {doc}");
            let by_slice = match &full {
                Ok(()) => Vec::new(),
                Err(DocumentError::Invalid(errors)) => errors.iter().cloned().collect(),
                Err(DocumentError::Json(j)) => panic!("JSON error on JSON text {doc}: {j}"),
            };
            assert_eq!(
                found(&by_slice),
                found(&by_value),
                "slice vs value violations on {doc}"
            );
            verdict
        }
    }
}
