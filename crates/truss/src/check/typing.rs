//! What type a schema declares, seen through references and unions, and
//! whether a JSON value belongs to a named type (for `enum`, `const` and
//! numeric bounds).

use serde_json::{Map, Value};

use crate::compiler::is_type_declaration;
use crate::formats::{self, BigInt, Encoding, Exact};
use crate::pointer;

/// References followed before giving up on a chain (cycles are reported
/// by the compiler; this only bounds the look-up).
const MAX_HOPS: usize = 32;

/// Every type name core §Data Types defines. The published core meta-schema
/// lists fewer (it omits `int8`, `uint8`, `int16`, `uint16` and `float8`);
/// the spec's own type sections define them, so truss accepts them.
pub(crate) const TYPE_NAMES: &[&str] = &[
    "string",
    "number",
    "integer",
    "boolean",
    "null",
    "binary",
    "int8",
    "uint8",
    "int16",
    "uint16",
    "int32",
    "uint32",
    "int64",
    "uint64",
    "int128",
    "uint128",
    "float8",
    "float",
    "double",
    "decimal",
    "date",
    "datetime",
    "time",
    "duration",
    "uuid",
    "uri",
    "jsonpointer",
    "any",
    "object",
    "array",
    "set",
    "map",
    "tuple",
    "choice",
];

/// Types whose values are numbers (including the string-encoded ones).
pub(crate) const NUMERIC: &[&str] = &[
    "number", "integer", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64",
    "int128", "uint128", "float8", "float", "double", "decimal",
];

/// Primitive types: everything but the compound ones and `any`
/// (core §Schema Declarations lists `any` among the compounds).
pub(crate) fn is_primitive(name: &str) -> bool {
    TYPE_NAMES.contains(&name) && !crate::compiler::is_compound(name) && name != "any"
}

/// The type names a schema declares: one for `"type": "string"`, the
/// target's for a reference (followed transitively), every member's for a
/// union. `None` when the type cannot be told (missing, malformed, or a
/// reference that does not resolve) — rules that depend on it stay silent,
/// the compiler reports the defect itself.
pub(crate) fn declared_types<'v>(
    doc: &'v Value,
    schema: &'v Map<String, Value>,
) -> Option<Vec<&'v str>> {
    let mut out = Vec::new();
    match (schema.get("type"), schema.get("$ref")) {
        (Some(t), _) => collect(doc, t, &mut out, 0)?,
        (None, Some(r)) => follow(doc, r, &mut out, 0)?,
        (None, None) => return None,
    }
    Some(out)
}

fn collect<'v>(doc: &'v Value, t: &'v Value, out: &mut Vec<&'v str>, hops: usize) -> Option<()> {
    if hops >= MAX_HOPS {
        return None;
    }
    match t {
        Value::String(name) => {
            out.push(name);
            Some(())
        }
        Value::Object(o) => follow(doc, o.get("$ref")?, out, hops),
        Value::Array(members) => {
            for m in members {
                collect(doc, m, out, hops + 1)?;
            }
            Some(())
        }
        _ => None,
    }
}

fn follow<'v>(doc: &'v Value, r: &'v Value, out: &mut Vec<&'v str>, hops: usize) -> Option<()> {
    if hops >= MAX_HOPS {
        return None;
    }
    let target = resolve_ref(doc, r.as_str()?)?;
    match (target.get("type"), target.get("$ref")) {
        (Some(t), _) => collect(doc, t, out, hops + 1),
        (None, Some(r)) => follow(doc, r, out, hops + 1),
        (None, None) => None,
    }
}

/// Resolves an in-document reference to the type declaration it names.
pub(crate) fn resolve_ref<'v>(doc: &'v Value, r: &str) -> Option<&'v Map<String, Value>> {
    let target = pointer::canonical(r)?;
    pointer::resolve(doc, &target)
        .filter(|v| is_type_declaration(v))
        .and_then(Value::as_object)
}

/// Whether `value` is a value of the type `name`, with that type's keywords
/// (`contentEncoding` for binary) taken from `schema`. Unknown names and
/// compound types answer `true`: other rules report those.
pub(crate) fn value_fits(name: &str, value: &Value, schema: &Map<String, Value>) -> bool {
    let int = |min: i64, max: i64| match value {
        Value::Number(n) => match (n.as_i64(), n.as_u64()) {
            (Some(i), _) => i >= min && i <= max,
            (None, Some(u)) => i64::try_from(u).is_ok_and(|i| i >= min && i <= max),
            _ => false,
        },
        _ => false,
    };
    let float = |max: f64| value.as_f64().is_some_and(|f| f.abs() <= max);
    let string = |check: fn(&str) -> bool| value.as_str().is_some_and(check);
    let big = |kind: BigInt| {
        value
            .as_str()
            .is_some_and(|s| formats::check_int_string(s, kind).is_ok())
    };
    match name {
        "string" => value.is_string(),
        "number" => value.is_number(),
        "boolean" => value.is_boolean(),
        "null" => value.is_null(),
        "integer" | "int32" => int(i32::MIN.into(), i32::MAX.into()),
        "int8" => int(i8::MIN.into(), i8::MAX.into()),
        "uint8" => int(0, u8::MAX.into()),
        "int16" => int(i16::MIN.into(), i16::MAX.into()),
        "uint16" => int(0, u16::MAX.into()),
        "uint32" => int(0, u32::MAX.into()),
        "int64" => big(BigInt::Int64),
        "uint64" => big(BigInt::UInt64),
        "int128" => big(BigInt::Int128),
        "uint128" => big(BigInt::UInt128),
        "float8" => float(formats::FLOAT8_MAX),
        "float" => float(formats::FLOAT32_MAX),
        "double" => float(f64::MAX),
        "decimal" => value
            .as_str()
            .is_some_and(|s| formats::parse_decimal(s).is_some()),
        "date" => string(formats::is_date),
        "datetime" => string(formats::is_datetime),
        "time" => string(formats::is_time),
        "duration" => string(formats::is_duration),
        "uuid" => string(formats::is_uuid),
        "uri" => string(formats::is_uri_reference),
        "jsonpointer" => string(formats::is_json_pointer),
        "binary" => {
            let enc = schema
                .get("contentEncoding")
                .and_then(Value::as_str)
                .and_then(Encoding::from_name)
                .unwrap_or(Encoding::Base64);
            value.as_str().is_some_and(|s| formats::is_encoded(s, enc))
        }
        _ => true,
    }
}

/// Whether numeric bounds of type `name` are written as strings
/// (validation §Numeric Validation Keywords: extended numeric types whose
/// base representation is a string take string bounds).
pub(crate) fn string_encoded(name: &str) -> bool {
    matches!(name, "int64" | "uint64" | "int128" | "uint128" | "decimal")
}

/// The exact value of a numeric keyword, whichever spelling it uses.
pub(crate) fn exact(value: &Value) -> Option<Exact> {
    match value {
        Value::Number(n) => Exact::parse_json_number(&n.to_string()),
        Value::String(s) => Exact::parse_json_number(s),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn declared_types_follow_references_and_unions() {
        let doc = json!({
            "definitions": {
                "A": {"type": "string"},
                "B": {"type": {"$ref": "#/definitions/A"}},
                "U": {"type": ["null", {"$ref": "#/definitions/B"}]},
                "Loop": {"type": {"$ref": "#/definitions/Loop"}}
            }
        });
        let types = |s: Value| {
            let o = s.as_object().cloned().unwrap_or_default();
            declared_types(&doc, &o).map(|v| v.iter().map(|s| s.to_string()).collect::<Vec<_>>())
        };
        assert_eq!(types(json!({"type": "int8"})), Some(vec!["int8".into()]));
        assert_eq!(
            types(json!({"type": {"$ref": "#/definitions/B"}})),
            Some(vec!["string".into()])
        );
        assert_eq!(
            types(json!({"$ref": "#/definitions/U"})),
            Some(vec!["null".into(), "string".into()])
        );
        assert_eq!(types(json!({"type": {"$ref": "#/definitions/Loop"}})), None);
        assert_eq!(types(json!({"type": {"$ref": "#/nowhere"}})), None);
        assert_eq!(types(json!({"description": "x"})), None);
        let mut nested = json!("string");
        for _ in 0..200 {
            nested = json!([nested]);
        }
        assert_eq!(types(json!({"type": nested})), None);
    }

    #[test]
    fn value_fits_checks_ranges_and_encodings() {
        let none = Map::new();
        assert!(value_fits("uint8", &json!(255), &none));
        assert!(!value_fits("uint8", &json!(256), &none));
        assert!(!value_fits("int32", &json!(1.5), &none));
        assert!(value_fits("int64", &json!("-9223372036854775808"), &none));
        assert!(!value_fits("int64", &json!(5), &none));
        assert!(value_fits("decimal", &json!("1.50"), &none));
        assert!(!value_fits("date", &json!("2024-02-30"), &none));
        assert!(value_fits("object", &json!(1), &none));
    }
}
