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
