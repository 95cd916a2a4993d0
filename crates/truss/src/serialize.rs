//! `serde::Serialize` for the report types (feature `serde`).
//!
//! Field names are camelCase and match the `truss` command line's JSON
//! output (docs/cli-json-output.md), so a report serialised by a program
//! and one printed by `truss --format json` read the same.

use serde::ser::{Serialize, SerializeSeq, SerializeStruct, Serializer};

use crate::error::{Diagnostic, SchemaError, Severity, ValidationError, ValidationErrors};

/// `{"instancePath", "schemaPath", "code", "message"}`.
impl Serialize for ValidationError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("ValidationError", 4)?;
        s.serialize_field("instancePath", self.instance_path())?;
        s.serialize_field("schemaPath", self.schema_path())?;
        s.serialize_field("code", self.code())?;
        s.serialize_field("message", self.message())?;
        s.end()
    }
}

/// An array of [`ValidationError`]s, in document order.
impl Serialize for ValidationErrors {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.len()))?;
        for e in self {
            seq.serialize_element(e)?;
        }
        seq.end()
    }
}

/// `"error"` or `"warning"`.
impl Serialize for Severity {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        })
    }
}

/// `{"severity", "code", "pointer", "message", "line", "column", "lenient"}`;
/// `line` and `column` are `null` when the schema did not come from text.
impl Serialize for Diagnostic {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Diagnostic", 7)?;
        s.serialize_field("severity", &self.severity())?;
        s.serialize_field("code", self.code())?;
        s.serialize_field("pointer", self.pointer())?;
        s.serialize_field("message", self.message())?;
        s.serialize_field("line", &self.line())?;
        s.serialize_field("column", &self.column())?;
        s.serialize_field("lenient", &self.is_lenient())?;
        s.end()
    }
}

/// `{"diagnostics": [...]}`, every diagnostic, errors and warnings.
impl Serialize for SchemaError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("SchemaError", 1)?;
        s.serialize_field("diagnostics", self.diagnostics())?;
        s.end()
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    fn schema() -> serde_json::Value {
        json!({
            "$schema": "https://json-structure.org/meta/core/v0/#",
            "$id": "https://example.com/s",
            "name": "S",
            "type": "object",
            "properties": { "a/b": { "type": "uint8" } }
        })
    }

    #[test]
    fn validation_errors_serialise_as_an_array_of_camel_case_objects() {
        let v = crate::Validator::new(&schema()).unwrap();
        let errors = v.validate(&json!({"a/b": 256})).unwrap_err();
        let out = serde_json::to_value(&errors).unwrap();
        assert_eq!(
            out,
            json!([{
                "instancePath": "/a~1b",
                "schemaPath": "/properties/a~1b/type",
                "code": "INSTANCE_INT_RANGE_INVALID",
                "message": errors.as_slice()[0].message(),
            }])
        );
    }

    #[test]
    fn diagnostics_serialise_with_severity_and_null_location() {
        let mut s = schema();
        s.as_object_mut().unwrap().remove("$id");
        let d = crate::check_schema(&s);
        let out = serde_json::to_value(&d).unwrap();
        // The property name `a/b` is no identifier (core §Identifier
        // Rules): a second error, from the schema rules (not `lenient`).
        assert_eq!(
            out,
            json!([{
                "severity": "error",
                "code": "SCHEMA_ROOT_MISSING_ID",
                "pointer": "",
                "message": d[0].message(),
                "line": null,
                "column": null,
                "lenient": true,
            }, {
                "severity": "error",
                "code": "SCHEMA_NAME_INVALID",
                "pointer": "/properties/a~1b",
                "message": d[1].message(),
                "line": null,
                "column": null,
                "lenient": false,
            }])
        );
    }

    #[test]
    fn schema_error_serialises_its_diagnostics() {
        let err = crate::Validator::new(&json!([])).unwrap_err();
        let out = serde_json::to_value(&err).unwrap();
        assert_eq!(out["diagnostics"][0]["code"], "SCHEMA_INVALID_TYPE");
        assert_eq!(out["diagnostics"][0]["severity"], "error");
    }
}
