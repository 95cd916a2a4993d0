//! `truss` resolves imports next to the schema file and from `--import`.

use std::path::PathBuf;
use std::process::Command;

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/imports")
}

fn truss(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_truss"))
        .args(args)
        .current_dir(fixtures())
        .output()
        .expect("the truss binary runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn validate_resolves_relative_imports_next_to_the_schema() {
    let dir = std::env::temp_dir().join(format!("truss-cli-imports-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let doc = dir.join("order.json");
    std::fs::write(&doc, r#"{"buyer": {"name": 5}}"#).unwrap();
    let (code, stdout, _) = truss(&[
        "validate",
        "--schema",
        "root/app/order.struct.json",
        doc.to_str().unwrap(),
    ]);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(code, 1);
    assert!(
        stdout.contains("/buyer/name: INSTANCE_STRING_EXPECTED"),
        "{stdout}"
    );
}

#[test]
fn check_reads_registered_documents_from_import_options() {
    let outside = fixtures().join("outside.struct.json");
    let dir = std::env::temp_dir().join(format!("truss-cli-import-uri-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let schema = dir.join("s.struct.json");
    std::fs::write(
        &schema,
        r##"{"$schema": "https://json-structure.org/meta/extended/v0/#", "$id": "https://example.com/s",
            "$root": "#/definitions/O/Secret",
            "definitions": {"O": {"$importdefs": "https://example.com/outside"}}}"##,
    )
    .unwrap();
    let schema = schema.to_str().unwrap().to_owned();
    let (without, stdout, _) = truss(&["check", &schema]);
    let registered = format!("https://example.com/outside={}", outside.display());
    let (with, ok, _) = truss(&["check", "--import", &registered, &schema]);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(without, 1);
    assert!(stdout.contains("SCHEMA_IMPORT_NOT_FOUND"), "{stdout}");
    assert_eq!(with, 0, "{ok}");
    assert!(ok.ends_with(": ok\n"), "{ok}");
}

#[test]
fn malformed_import_option_is_unusable_input() {
    let (code, _, stderr) = truss(&[
        "check",
        "--import",
        "no-equals-sign",
        "root/app/order.struct.json",
    ]);
    assert_eq!(code, 2);
    assert!(stderr.contains("expected URI=FILE"), "{stderr}");
}

#[test]
fn check_shows_a_defect_of_an_imported_type_at_the_import() {
    let dir = std::env::temp_dir().join(format!("truss-cli-import-at-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("lib.struct.json"),
        r##"{"$schema": "https://json-structure.org/meta/core/v0/#", "$id": "https://example.com/lib",
            "definitions": {"Person": {"type": "object", "properties": {"age": {"type": "int33"}}}}}"##,
    )
    .unwrap();
    let main = dir.join("main.struct.json");
    std::fs::write(
        &main,
        "{\n  \"$schema\": \"https://json-structure.org/meta/extended/v0/#\",\n  \"$id\": \"https://example.com/main\",\n  \"$uses\": [\"JSONStructureImport\"],\n  \"$import\": \"lib.struct.json\",\n  \"name\": \"Main\",\n  \"type\": {\"$ref\": \"#/definitions/Person\"}\n}\n",
    )
    .unwrap();
    let main = main.to_str().unwrap().to_owned();
    let (code, short, _) = truss(&["check", "--format", "short", &main]);
    let (_, human, _) = truss(&["check", "--format", "human", "--color", "never", &main]);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(code, 1, "{short}");
    assert!(
        short.contains(
            "main.struct.json:5:3: error[SCHEMA_TYPE_INVALID] at /definitions/Person/properties/age/type"
        ),
        "{short}"
    );
    assert!(
        human.contains("5 |   \"$import\": \"lib.struct.json\",\n  |   ^^^^^^^^^"),
        "{human}"
    );
}
