//! `$import` and `$importdefs`: where imported documents may come from, and
//! what the imported types do once they are in place.

mod support;

use std::path::PathBuf;
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use support::{read_json, repo, report};

fn fixtures() -> PathBuf {
    repo().join("tests/fixtures/imports")
}

fn root() -> PathBuf {
    fixtures().join("root")
}

/// `(code, pointer)` of every error.
fn errors(err: &truss::SchemaError) -> Vec<(&'static str, String)> {
    err.errors()
        .map(|d| (d.code(), d.pointer().to_owned()))
        .collect()
}

fn message(err: &truss::SchemaError) -> String {
    err.errors()
        .map(|d| d.message().to_owned())
        .collect::<Vec<_>>()
        .join("\n")
}

const PEOPLE: &str = "https://example.com/people.json";

fn people() -> Value {
    json!({
        "$schema": "https://json-structure.org/meta/core/v0/#",
        "$id": PEOPLE,
        "name": "Person",
        "type": "object",
        "properties": {
            "firstName": { "type": "string" },
            "address": { "type": { "$ref": "#/definitions/Address" } }
        },
        "definitions": {
            "Address": {
                "type": "object",
                "properties": { "street": { "type": "string" }, "city": { "type": "string" } },
                "required": ["city"]
            }
        }
    })
}

fn importer(definitions: Value, properties: Value) -> Value {
    json!({
        "$schema": "https://json-structure.org/meta/extended/v0/#",
        "$id": "https://example.com/importer",
        "name": "Importer",
        "type": "object",
        "properties": properties,
        "definitions": definitions
    })
}

// ---- the registry ----

#[test]
fn registered_document_is_imported_into_a_namespace() {
    let schema = importer(
        json!({ "People": { "$import": PEOPLE } }),
        json!({
            "person": { "type": { "$ref": "#/definitions/People/Person" } },
            "shipTo": { "type": { "$ref": "#/definitions/People/Address" } }
        }),
    );
    let v = truss::Validator::options()
        .register(format!("{PEOPLE}#"), people())
        .build(&schema)
        .unwrap();
    assert!(v.warnings().is_empty(), "{:?}", v.warnings());
    assert!(v.is_valid(&json!({
        "person": { "firstName": "Ada", "address": { "city": "London" } },
        "shipTo": { "city": "Paris" }
    })));
    // A violation inside the imported Person's Address: the reference
    // inside the imported type was rewritten to the imported Address.
    assert_eq!(
        report(
            &v,
            &json!({ "person": { "address": { "street": 5 } }, "shipTo": {} })
        ),
        [
            "/person/address/street | /definitions/People/Address/properties/street/type | INSTANCE_STRING_EXPECTED | expected a string, found number 5",
            "/person/address | /definitions/People/Address/required | INSTANCE_REQUIRED_PROPERTY_MISSING | missing required property \"city\"",
            "/shipTo | /definitions/People/Address/required | INSTANCE_REQUIRED_PROPERTY_MISSING | missing required property \"city\"",
        ]
        .join("\n")
    );
}

#[test]
fn importdefs_into_a_nested_namespace_resolves_refs_there() {
    let lib = json!({
        "$schema": "https://json-structure.org/meta/core/v0/#",
        "$id": "https://example.com/geo",
        "definitions": {
            "Point": {
                "type": "object",
                "properties": { "lat": { "type": { "$ref": "#/definitions/Degrees" } } },
                "required": ["lat"]
            },
            "Degrees": { "type": "int8" }
        }
    });
    let schema = importer(
        json!({ "Shared": { "Geo": { "$importdefs": "https://example.com/geo" } } }),
        json!({ "at": { "type": { "$ref": "#/definitions/Shared/Geo/Point" } } }),
    );
    let v = truss::Validator::options()
        .register("https://example.com/geo", lib)
        .build(&schema)
        .unwrap();
    assert!(v.is_valid(&json!({ "at": { "lat": 45 } })));
    assert_eq!(
        report(&v, &json!({ "at": { "lat": 450 } })),
        "/at/lat | /definitions/Shared/Geo/Degrees/type | INSTANCE_INT_RANGE_INVALID | expected int8 in the range -128 to 127, found 450"
    );
}

#[test]
fn local_definition_shadows_the_imported_one_everywhere() {
    let schema = importer(
        json!({ "People": {
            "$import": PEOPLE,
            "Address": { "type": "string", "maxLength": 5 }
        } }),
        json!({ "person": { "type": { "$ref": "#/definitions/People/Person" } } }),
    );
    let v = truss::Validator::options()
        .register(PEOPLE, people())
        .build(&schema)
        .unwrap();
    // The imported Person's `address` now means the local, string Address.
    assert!(v.is_valid(&json!({ "person": { "address": "Rome" } })));
    assert_eq!(
        report(&v, &json!({ "person": { "address": { "city": "Rome" } } })),
        "/person/address | /definitions/People/Address/type | INSTANCE_STRING_EXPECTED | expected a string, found object with 1 property"
    );
}

#[test]
fn unregistered_https_import_fails_at_once_without_any_network_access() {
    // A non-routable address: any attempt to connect would hang, not fail.
    let uri = "https://10.255.255.1/schemas/people.json";
    let schema = importer(json!({ "People": { "$import": uri } }), json!({}));
    let started = Instant::now();
    let err = truss::Validator::new(&schema).unwrap_err();
    assert!(started.elapsed() < Duration::from_secs(2));
    assert_eq!(
        errors(&err),
        [(
            "SCHEMA_IMPORT_NOT_FOUND",
            "/definitions/People/$import".to_owned()
        )]
    );
    let msg = message(&err);
    assert!(
        msg.contains(uri) && msg.contains("never fetches schemas over the network"),
        "{msg}"
    );
    // check_schema says the same.
    let found: Vec<&str> = truss::check_schema(&schema)
        .iter()
        .map(|d| d.code())
        .collect();
    assert_eq!(found, ["SCHEMA_IMPORT_NOT_FOUND"]);
}

#[test]
fn import_cycle_through_the_registry_is_detected() {
    let a = json!({ "definitions": { "B": { "$importdefs": "https://example.com/b" } } });
    let b = json!({ "definitions": { "A": { "$importdefs": "https://example.com/a" } } });
    let schema = importer(
        json!({ "X": { "$importdefs": "https://example.com/a" } }),
        json!({}),
    );
    let err = truss::Validator::options()
        .register("https://example.com/a", a)
        .register("https://example.com/b", b)
        .build(&schema)
        .unwrap_err();
    assert_eq!(
        errors(&err),
        [(
            "SCHEMA_IMPORT_CIRCULAR",
            "/definitions/X/$importdefs".to_owned()
        )]
    );
    assert!(
        message(&err).contains(
            "import cycle: https://example.com/a → https://example.com/b → https://example.com/a"
        ),
        "{}",
        message(&err)
    );
}

// ---- files under an import root ----

#[test]
fn relative_imports_resolve_next_to_each_file_and_nest() {
    let path = root().join("app/order.struct.json");
    let v = truss::Validator::options()
        .import_root(root())
        .base_path(&path)
        .build(&read_json(&path))
        .unwrap();
    let good = json!({
        "buyer": { "name": "Ada", "home": { "city": "London", "at": { "lat": 51.5, "lon": 0.1 } } },
        "pickup": { "lat": 1.0, "lon": 2.0 }
    });
    assert_eq!(report(&v, &good), "");
    // people.struct.json imports places.struct.json itself: the Point it
    // uses sits under People/Where, a second copy under Places.
    let bad = json!({
        "buyer": { "name": "Ada Lovelace", "home": { "city": "London", "at": { "lat": "north" } } },
        "pickup": { "lat": 1.0 }
    });
    assert_eq!(
        report(&v, &bad),
        [
            "/buyer/home/at/lat | /definitions/People/Where/Geo/Degrees/type | INSTANCE_NUMBER_EXPECTED | expected a number, found string \"north\"",
            "/buyer/home/at | /definitions/People/Where/Geo/Point/required | INSTANCE_REQUIRED_PROPERTY_MISSING | missing required property \"lon\"",
            "/buyer/name | /definitions/People/Person/properties/name/maxLength | INSTANCE_STRING_MAX_LENGTH | expected at most 10 characters, found 12",
            "/pickup | /definitions/Places/Geo/Point/required | INSTANCE_REQUIRED_PROPERTY_MISSING | missing required property \"lon\"",
        ]
        .join("\n")
    );
}

#[test]
fn from_path_lets_a_schema_import_from_a_sibling_folder() {
    let v = truss::Validator::from_path(root().join("app/order.struct.json")).unwrap();
    assert!(v.is_valid(&json!({ "buyer": { "name": "Ada" } })));
    assert!(!v.is_valid(&json!({ "buyer": {} })));
}

#[test]
fn import_root_alone_resolves_relative_imports_against_the_root() {
    let schema = importer(
        json!({ "P": { "$import": "lib/people.struct.json" } }),
        json!({ "p": { "type": { "$ref": "#/definitions/P/Person" } } }),
    );
    let v = truss::Validator::options()
        .import_root(root())
        .build(&schema)
        .unwrap();
    assert!(v.is_valid(&json!({ "p": { "name": "Ada" } })));
    assert!(!v.is_valid(&json!({ "p": { "name": 1 } })));
}

#[test]
fn import_cycle_between_files_is_detected_and_named() {
    let path = root().join("cycle/a.struct.json");
    let err = truss::Validator::from_path(&path).unwrap_err();
    assert_eq!(
        errors(&err),
        [(
            "SCHEMA_IMPORT_CIRCULAR",
            "/definitions/B/$importdefs".to_owned()
        )]
    );
    assert!(
        message(&err).contains(
            "import cycle: cycle/a.struct.json → cycle/b.struct.json → cycle/a.struct.json"
        ),
        "{}",
        message(&err)
    );
}

#[test]
fn unresolvable_file_import_is_a_schema_error() {
    let err = truss::Validator::from_path(root().join("missing/schema.struct.json")).unwrap_err();
    assert_eq!(
        errors(&err),
        [(
            "SCHEMA_IMPORT_NOT_FOUND",
            "/definitions/Lib/$importdefs".to_owned()
        )]
    );
    assert!(
        message(&err).contains("\"no-such-library.struct.json\" cannot be found"),
        "{}",
        message(&err)
    );
}

#[test]
fn path_escaping_the_import_root_is_refused_though_the_file_exists() {
    let outside = fixtures().join("outside.struct.json");
    assert!(outside.is_file());
    let path = root().join("escape/schema.struct.json");
    let err = truss::Validator::options()
        .import_root(root())
        .base_path(&path)
        .build(&read_json(&path))
        .unwrap_err();
    assert_eq!(
        errors(&err),
        [(
            "SCHEMA_IMPORT_OUTSIDE_ROOT",
            "/definitions/Outside/$importdefs".to_owned()
        )]
    );
    assert!(
        message(&err).contains("it is not read"),
        "{}",
        message(&err)
    );
    // With the root one level up, the same import is allowed.
    let v = truss::Validator::options()
        .import_root(fixtures())
        .base_path(&path)
        .build(&read_json(&path))
        .unwrap();
    assert!(v.is_valid(&json!("s")));
}

#[test]
fn absolute_file_paths_outside_the_root_are_refused() {
    let outside = fixtures().join("outside.struct.json");
    let schema = importer(
        json!({ "O": { "$importdefs": outside.display().to_string() } }),
        json!({}),
    );
    let err = truss::Validator::options()
        .import_root(root())
        .build(&schema)
        .unwrap_err();
    assert_eq!(
        errors(&err),
        [(
            "SCHEMA_IMPORT_OUTSIDE_ROOT",
            "/definitions/O/$importdefs".to_owned()
        )]
    );
}

#[cfg(unix)]
#[test]
fn symbolic_link_out_of_the_root_is_refused() {
    let dir = std::env::temp_dir().join(format!("truss-import-symlink-{}", std::process::id()));
    let inner = dir.join("root");
    std::fs::create_dir_all(&inner).unwrap();
    std::fs::write(
        dir.join("secret.struct.json"),
        r#"{"definitions": {"S": {"type": "string"}}}"#,
    )
    .unwrap();
    let link = inner.join("link.struct.json");
    let _ = std::fs::remove_file(&link);
    std::os::unix::fs::symlink(dir.join("secret.struct.json"), &link).unwrap();
    let schema = importer(
        json!({ "L": { "$importdefs": "link.struct.json" } }),
        json!({}),
    );
    let result = truss::Validator::options()
        .import_root(&inner)
        .build(&schema);
    let _ = std::fs::remove_dir_all(&dir);
    let err = result.unwrap_err();
    assert_eq!(
        errors(&err),
        [(
            "SCHEMA_IMPORT_OUTSIDE_ROOT",
            "/definitions/L/$importdefs".to_owned()
        )]
    );
}

#[test]
fn relative_import_without_an_import_root_reads_no_file() {
    let path = root().join("app/order.struct.json");
    let err = truss::Validator::options()
        .base_path(&path)
        .build(&read_json(&path))
        .unwrap_err();
    let found = errors(&err);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found.iter().all(|(c, _)| *c == "SCHEMA_IMPORT_NOT_FOUND"));
    assert!(message(&err).contains("no import root is configured"));
}

#[test]
fn file_document_may_import_a_registered_uri() {
    let path = root().join("app/order.struct.json");
    let mut schema = read_json(&path);
    schema["definitions"]["Remote"] = json!({ "$importdefs": PEOPLE });
    schema["properties"]["remote"] = json!({ "type": { "$ref": "#/definitions/Remote/Address" } });
    let v = truss::Validator::options()
        .import_root(root())
        .base_path(&path)
        .register(PEOPLE, people())
        .build(&schema)
        .unwrap();
    assert!(v.is_valid(&json!({ "buyer": { "name": "A" }, "remote": { "city": "X" } })));
    assert!(!v.is_valid(&json!({ "buyer": { "name": "A" }, "remote": {} })));
}

#[test]
fn from_path_reports_an_unreadable_or_malformed_schema_file() {
    let err = truss::Validator::from_path(root().join("no-such-schema.json")).unwrap_err();
    assert_eq!(
        errors(&err),
        [("SCHEMA_DOCUMENT_UNREADABLE", String::new())]
    );
    let dir = std::env::temp_dir().join(format!("truss-import-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.json");
    std::fs::write(&bad, "{ not json").unwrap();
    let result = truss::Validator::from_path(&bad);
    let _ = std::fs::remove_dir_all(&dir);
    let err = result.unwrap_err();
    assert_eq!(
        errors(&err),
        [("SCHEMA_DOCUMENT_UNREADABLE", String::new())]
    );
    assert!(
        message(&err).contains("not a JSON document"),
        "{}",
        message(&err)
    );
}

#[test]
fn check_with_options_resolves_imports_and_reports_defects_in_imported_types() {
    let lib = json!({ "definitions": { "Odd": {
        "type": "object", "properties": { "y": { "type": "string" } }, "required": ["x"]
    } } });
    let schema = importer(
        json!({ "L": { "$importdefs": "urn:lib" } }),
        json!({ "p": { "type": "string" } }),
    );
    let found: Vec<(&str, String)> = truss::Validator::options()
        .register("urn:lib", lib)
        .check(&schema)
        .iter()
        .map(|d| (d.code(), d.pointer().to_owned()))
        .collect();
    assert_eq!(
        found,
        [(
            "SCHEMA_REQUIRED_PROPERTY_NOT_DEFINED",
            "/definitions/L/Odd/required".to_owned()
        )]
    );
}

#[test]
fn validator_with_registered_documents_stays_send_and_sync() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<truss::Validator>();
    assert_send_sync::<truss::ValidatorOptions>();
}

#[test]
fn imported_files_are_read_as_the_command_line_reads_schemas() {
    let dir = std::env::temp_dir().join(format!("truss-import-text-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let lib = |name: &str, bytes: &[u8]| std::fs::write(dir.join(name), bytes).unwrap();
    let people = serde_json::to_vec(&people()).unwrap();
    lib(
        "bom.struct.json",
        &[b"\xEF\xBB\xBF".as_slice(), &people].concat(),
    );
    lib("latin1.struct.json", b"{\"name\": \"Jos\xE9\"}");
    // Eight two-byte characters before the error: byte column 30, character column 22.
    lib(
        "broken.struct.json",
        "{\"name\": \"éééééééé\", }".as_bytes(),
    );
    lib("huge.struct.json", b"{\"name\": \"x\", \"n\": 1e999999}");
    let build = |file: &str| {
        let schema = importer(
            json!({ "P": { "$import": file } }),
            json!({ "p": { "type": { "$ref": "#/definitions/P/Person" } } }),
        );
        truss::Validator::options().import_root(&dir).build(&schema)
    };
    let bom = build("bom.struct.json");
    let latin1 = build("latin1.struct.json").map(drop).unwrap_err();
    let broken = build("broken.struct.json").map(drop).unwrap_err();
    let huge = build("huge.struct.json").map(drop).unwrap_err();
    let _ = std::fs::remove_dir_all(&dir);

    // A byte order mark opens the file; the types come in.
    let v = bom.unwrap_or_else(|e| panic!("{}", message(&e)));
    assert!(v.is_valid(&json!({ "p": { "firstName": "Ada" } })));
    // Text that is not UTF-8 is an invalid import, not a missing one.
    assert_eq!(
        errors(&latin1),
        [("SCHEMA_IMPORT_INVALID", "/definitions/P/$import".to_owned())]
    );
    assert!(
        message(&latin1).contains("not UTF-8"),
        "{}",
        message(&latin1)
    );
    // Where a file is not JSON: line and column in characters, said once.
    assert_eq!(
        errors(&broken),
        [("SCHEMA_IMPORT_INVALID", "/definitions/P/$import".to_owned())]
    );
    let text = message(&broken);
    assert!(
        text.contains("broken.struct.json:1:22: not a JSON document (trailing comma"),
        "{text}"
    );
    assert_eq!(text.matches("line").count(), 0, "{text}");
    // A number out of range is named at its first character.
    let text = message(&huge);
    assert!(
        text.contains("huge.struct.json:1:20: not a JSON document (number out of range)"),
        "{text}"
    );
}
