//! The bundled HubSpot `BatchCallsResponse` schema and the project's own
//! example documents.

mod support;

use support::{read_json, repo, report, seed};

#[test]
fn seed_compiles_leniently_with_its_defects_as_warnings() {
    let v = truss::Validator::new(&seed()).expect("the bundled schema compiles");
    let warnings: Vec<String> = v
        .warnings()
        .iter()
        .map(|d| format!("{} {}", d.code(), d.pointer()))
        .collect();
    insta::assert_snapshot!(warnings.join("\n"));
}

#[test]
fn seed_is_rejected_under_strict() {
    let err = truss::Validator::options()
        .strict(true)
        .build(&seed())
        .unwrap_err();
    assert!(
        err.errors().any(|d| d.code() == "SCHEMA_REF_NOT_FOUND"),
        "{err}"
    );
}

#[test]
fn valid_example_is_valid() {
    let v = truss::Validator::new(&seed()).unwrap();
    let doc = read_json(&repo().join("schemas/hubspot/examples/batch-calls-response.valid.json"));
    assert_eq!(report(&v, &doc), "");
}

#[test]
fn faulty_example_reports_every_fault_at_its_pointer() {
    let v = truss::Validator::new(&seed()).unwrap();
    let doc = read_json(&repo().join("schemas/hubspot/examples/batch-calls-response.faulty.json"));
    let mut paths: Vec<String> = v
        .iter_errors(&doc)
        .map(|e| e.instance_path().to_owned())
        .collect();
    paths.sort();
    assert_eq!(
        paths,
        [
            "/errors/0/context/ids",
            "/results/0/createdAt",
            "/results/1",
            "/results/2/properties/hs_call_duration",
            "/results/3/updatedAt",
            "/startedAt",
            "/status"
        ]
    );
    insta::assert_snapshot!(report(&v, &doc));
}

/// `truss check` on the bundled schema: its real defects, each with line
/// and column, and nothing else (OpenAPI's `example` is an annotation).
#[test]
fn seed_check_reports_exactly_its_defects_with_locations() {
    let text =
        std::fs::read_to_string(repo().join("schemas/hubspot/batch-calls-response.struct.json"))
            .expect("the bundled schema is readable");
    let found: Vec<String> = truss::check_schema_str(&text)
        .iter()
        .map(ToString::to_string)
        .collect();
    insta::assert_snapshot!(found.join("\n"));
}

/// Repairing the defects `check_schema` names leaves a schema that checks
/// clean: the bare references go inside `type` and point at declared types,
/// and the objects used as maps become maps.
#[test]
fn seed_repaired_as_check_says_has_no_errors() {
    let mut schema = seed();
    let results = "/properties/results/items/properties";
    let errors = "/properties/errors/items/properties";
    for (at, name) in [
        (
            format!("{results}/propertiesWithHistory/additionalProperties/items"),
            "PropertyHistory",
        ),
        (format!("{errors}/errors/items"), "ErrorDetail"),
    ] {
        *schema
            .pointer_mut(&at)
            .expect("the bare reference is there") =
            serde_json::json!({"type": {"$ref": format!("#/definitions/{name}")}});
    }
    schema["definitions"] = serde_json::json!({
        "PropertyHistory": {
            "type": "object",
            "properties": {
                "value": {"type": "string"},
                "timestamp": {"type": "datetime"},
                "sourceType": {"type": "string"}
            }
        },
        "ErrorDetail": {
            "type": "object",
            "properties": {"message": {"type": "string"}, "code": {"type": "string"}}
        }
    });
    for at in [
        format!("{results}/properties"),
        format!("{results}/propertiesWithHistory"),
        format!("{errors}/context"),
        "/properties/links".to_owned(),
    ] {
        let object = schema
            .pointer_mut(&at)
            .expect("the map-like object is there");
        let values = object["additionalProperties"].take();
        let map = object.as_object_mut().expect("a schema object");
        map.remove("additionalProperties");
        map.insert("type".into(), "map".into());
        map.insert("values".into(), values);
    }
    let errors: Vec<String> = truss::check_schema(&schema)
        .iter()
        .filter(|d| d.severity() == truss::Severity::Error)
        .map(ToString::to_string)
        .collect();
    assert_eq!(errors, Vec::<String>::new());
}
