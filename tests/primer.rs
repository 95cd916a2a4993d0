//! The JSON Structure primer samples: every example is valid against its schema.

mod support;

use support::{files, read_json, report, shared};

#[test]
fn every_core_primer_example_is_valid() {
    let root = shared().join("corpus/primer-samples/core");
    let mut dirs = files(&root, |_| true);
    dirs.retain(|d| d.is_dir());
    assert!(
        dirs.len() >= 12,
        "expected the primer samples in {}",
        root.display()
    );
    let mut checked = 0;
    for dir in dirs {
        let schema = read_json(&dir.join("schema.struct.json"));
        let v = truss::Validator::new(&schema).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        for example in files(&dir, |n| n.starts_with("example") && n.ends_with(".json")) {
            let doc = read_json(&example);
            assert_eq!(report(&v, &doc), "", "{}", example.display());
            checked += 1;
        }
    }
    assert!(checked >= 30, "only {checked} examples found");
}

#[test]
fn every_core_primer_schema_compiles_without_lenient_defects() {
    let root = shared().join("corpus/primer-samples/core");
    for dir in files(&root, |_| true).into_iter().filter(|d| d.is_dir()) {
        let v = truss::Validator::new(&read_json(&dir.join("schema.struct.json"))).unwrap();
        // The only warnings the primer earns are extending concrete types
        // (12-multiple-inheritance), which the spec's add-ins also do, and
        // `default` (a validation-extension annotation) used without
        // enabling that extension.
        let w: Vec<String> = v
            .warnings()
            .iter()
            .filter(|d| d.code() != "SCHEMA_EXTENDS_NOT_ABSTRACT")
            .filter(|d| {
                !(d.code() == "SCHEMA_EXTENSION_KEYWORD_NOT_ENABLED"
                    && d.pointer().ends_with("/default"))
            })
            .map(ToString::to_string)
            .collect();
        assert!(w.is_empty(), "{}: {w:?}", dir.display());
    }
}
