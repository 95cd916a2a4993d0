//! The JSON Structure Import primer samples, resolved from their files.

mod support;

use std::path::PathBuf;

use serde_json::{Value, json};
use support::{files, read_json, report, shared};

fn samples() -> PathBuf {
    shared().join("corpus/primer-samples/import")
}

fn sample_dirs() -> Vec<PathBuf> {
    let mut dirs = files(&samples(), |_| true);
    dirs.retain(|d| d.join("schema.struct.json").is_file());
    assert!(
        dirs.len() >= 4,
        "expected the import samples in {}",
        samples().display()
    );
    dirs
}

fn example(sample: &str) -> Value {
    read_json(&samples().join(sample).join("example.json"))
}

fn compiled(sample: &str) -> truss::Validator {
    let path = samples().join(sample).join("schema.struct.json");
    truss::Validator::from_path(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn every_import_sample_compiles_from_its_file_and_its_examples_are_valid() {
    let mut checked = 0;
    for dir in sample_dirs() {
        let path = dir.join("schema.struct.json");
        let v = truss::Validator::from_path(&path)
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let w: Vec<String> = v.warnings().iter().map(ToString::to_string).collect();
        assert!(w.is_empty(), "{}: {w:?}", dir.display());
        for example in files(&dir, |n| n.starts_with("example") && n.ends_with(".json")) {
            assert_eq!(
                report(&v, &read_json(&example)),
                "",
                "{}",
                example.display()
            );
            checked += 1;
        }
    }
    assert!(checked >= 4, "only {checked} examples found");
}

#[test]
fn every_import_sample_checks_clean_with_an_explicit_import_root() {
    for dir in sample_dirs() {
        let path = dir.join("schema.struct.json");
        let options = truss::Validator::options()
            .import_root(samples())
            .base_path(&path);
        let found: Vec<String> = options
            .check(&read_json(&path))
            .iter()
            .map(ToString::to_string)
            .collect();
        assert!(found.is_empty(), "{}: {found:?}", dir.display());
    }
}

#[test]
fn without_sources_the_samples_report_their_imports_as_not_found() {
    for dir in sample_dirs() {
        let schema = read_json(&dir.join("schema.struct.json"));
        let found = truss::check_schema(&schema);
        assert!(!found.is_empty(), "{}", dir.display());
        assert!(
            found.iter().all(|d| d.code() == "SCHEMA_IMPORT_NOT_FOUND"),
            "{}: {found:?}",
            dir.display()
        );
        assert!(truss::Validator::new(&schema).is_err());
    }
}

#[test]
fn an_import_root_at_the_schema_folder_refuses_the_sibling_library() {
    let dir = samples().join("01-root-import");
    let path = dir.join("schema.struct.json");
    let err = truss::Validator::options()
        .import_root(&dir)
        .base_path(&path)
        .build(&read_json(&path))
        .unwrap_err();
    let found: Vec<(&str, &str)> = err.errors().map(|d| (d.code(), d.pointer())).collect();
    assert_eq!(found, [("SCHEMA_IMPORT_OUTSIDE_ROOT", "/$import")]);
}

#[test]
fn violations_inside_imported_types_report_document_and_expanded_schema_paths() {
    let v = compiled("02-namespace-import");
    let mut doc = example("02-namespace-import");
    doc["customer"]["address"]["country"] = json!("XX");
    doc["payment"]["amount"]["amount"] = json!("1.234");
    doc["items"][1]["unitPrice"] = json!({ "amount": "1.00" });
    assert_eq!(
        report(&v, &doc),
        [
            "/customer/address/country | /definitions/People/Address/properties/country/enum | INSTANCE_ENUM_MISMATCH | expected one of \"AU\", \"CA\", \"DE\", \"FR\", \"JP\", \"MX\", \"UK\", \"US\", found string \"XX\"",
            "/items/1/unitPrice | /definitions/Finance/Money/required | INSTANCE_REQUIRED_PROPERTY_MISSING | missing required property \"currency\"",
            "/payment/amount/amount | /definitions/Finance/Money/properties/amount/scale | INSTANCE_DECIMAL_SCALE | expected at most 2 fractional digits, found 3",
        ]
        .join("\n")
    );
}

#[test]
fn root_import_brings_the_library_root_type_and_its_definitions() {
    let v = compiled("01-root-import");
    let mut doc = example("01-root-import");
    doc["person"]["address"]["street"] = json!(7);
    doc["contactInfo"]["phone"] = json!("x".repeat(21));
    let found: Vec<(String, &str)> = v
        .iter_errors(&doc)
        .map(|e| (e.instance_path().to_owned(), e.code()))
        .collect();
    assert_eq!(
        found,
        [
            (
                "/contactInfo/phone".to_owned(),
                "INSTANCE_STRING_MAX_LENGTH"
            ),
            (
                "/person/address/street".to_owned(),
                "INSTANCE_STRING_EXPECTED"
            ),
        ]
    );
}

#[test]
fn importdefs_brings_definitions_but_not_the_root_type() {
    let path = samples().join("03-importdefs-only/schema.struct.json");
    let mut schema = read_json(&path);
    // The person library's root type is `Person`; `$importdefs` leaves it out.
    schema["properties"]["who"] = json!({ "type": { "$ref": "#/definitions/PersonLib/Person" } });
    let diagnostics = truss::Validator::options()
        .import_root(samples())
        .base_path(&path)
        .check(&schema);
    let found: Vec<(&str, &str)> = diagnostics
        .iter()
        .map(|d| (d.code(), d.pointer()))
        .collect();
    assert_eq!(
        found,
        [("SCHEMA_REF_NOT_FOUND", "/properties/who/type/$ref")]
    );
}

#[test]
fn local_address_shadows_the_imported_one_inside_the_imported_person() {
    let v = compiled("04-shadowing");
    let mut doc = example("04-shadowing");
    // `coordinates` exists only in the local Address that shadows the import.
    doc["profile"]["address"]["coordinates"] = json!({});
    assert_eq!(
        report(&v, &doc),
        [
            "/profile/address/coordinates | /definitions/CustomerTypes/Address/properties/coordinates/required | INSTANCE_REQUIRED_PROPERTY_MISSING | missing required property \"latitude\"",
            "/profile/address/coordinates | /definitions/CustomerTypes/Address/properties/coordinates/required | INSTANCE_REQUIRED_PROPERTY_MISSING | missing required property \"longitude\"",
        ]
        .join("\n")
    );
    // The imported Address, unshadowed (sample 01 imports the same library
    // at its root), knows no `coordinates` and lets the same value pass.
    let plain = compiled("01-root-import");
    let mut customer = example("01-root-import");
    customer["person"] = doc["profile"].clone();
    assert_eq!(report(&plain, &customer), "");
}
