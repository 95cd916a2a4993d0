use std::borrow::Cow;

use serde_json::{Value, json};

use super::*;

const PEOPLE: &str = "https://example.com/people.json";

fn people() -> Value {
    json!({
        "$schema": "https://json-structure.org/meta/core/v0/#",
        "$id": PEOPLE,
        "$uses": ["JSONStructureValidation"],
        "name": "Person",
        "type": "object",
        "properties": {
            "name": { "type": "string" },
            "address": { "type": { "$ref": "#/definitions/Address" } }
        },
        "definitions": {
            "Address": {
                "type": "object",
                "properties": { "city": { "type": "string" } }
            }
        }
    })
}

fn sources(docs: &[(&str, Value)]) -> Sources {
    let mut s = Sources::default();
    for (uri, doc) in docs {
        s.register(uri, doc.clone());
    }
    s
}

fn expanded(doc: &Value, sources: &Sources) -> Value {
    match expand(doc, sources) {
        Ok(v) => v.into_owned(),
        Err(d) => panic!("expansion failed: {d:#?}"),
    }
}

/// `(code, pointer, message)` of every diagnostic.
fn failures(doc: &Value, sources: &Sources) -> Vec<(&'static str, String, String)> {
    match expand(doc, sources) {
        Ok(v) => panic!("expected expansion to fail, got {v:#}"),
        Err(d) => d
            .into_iter()
            .map(|d| (d.code, d.pointer, d.message))
            .collect(),
    }
}

#[test]
fn document_without_imports_is_borrowed_not_copied() {
    let doc = people();
    assert!(matches!(
        expand(&doc, &Sources::default()),
        Ok(Cow::Borrowed(_))
    ));
}

#[test]
fn import_into_namespace_copies_root_type_and_definitions_with_prefixed_refs() {
    let doc = json!({
        "definitions": { "People": { "$import": PEOPLE } }
    });
    let out = expanded(&doc, &sources(&[(PEOPLE, people())]));
    assert_eq!(
        out,
        json!({
            "definitions": { "People": {
                "Person": {
                    "name": "Person",
                    "type": "object",
                    "properties": {
                        "name": { "type": "string" },
                        "address": { "type": { "$ref": "#/definitions/People/Address" } }
                    }
                },
                "Address": {
                    "type": "object",
                    "properties": { "city": { "type": "string" } }
                }
            } }
        })
    );
}

#[test]
fn import_at_root_fills_the_root_namespace() {
    let doc = json!({ "$import": PEOPLE, "type": "string", "name": "S" });
    let out = expanded(&doc, &sources(&[(PEOPLE, people())]));
    assert_eq!(out.get("$import"), None);
    assert_eq!(
        out.pointer("/definitions/Person/properties/address/type/$ref"),
        Some(&json!("#/definitions/Address"))
    );
    assert!(out.pointer("/definitions/Address").is_some());
    assert_eq!(out.get("type"), Some(&json!("string")));
}

#[test]
fn importdefs_leaves_the_root_type_behind() {
    let doc = json!({ "definitions": { "Lib": { "$importdefs": PEOPLE } } });
    let out = expanded(&doc, &sources(&[(PEOPLE, people())]));
    let lib = out.pointer("/definitions/Lib").and_then(Value::as_object);
    let names: Vec<&str> = lib
        .map(|m| m.keys().map(String::as_str).collect())
        .unwrap_or_default();
    assert_eq!(names, ["Address"]);
}

#[test]
fn importdefs_into_nested_namespace_prefixes_every_level() {
    let lib = json!({
        "definitions": {
            "Geo": {
                "Point": { "type": "object", "properties": {
                    "lat": { "type": { "$ref": "#/definitions/Geo/Degrees" } } } },
                "Degrees": { "type": "double" }
            },
            "Place": { "type": "object", "properties": {
                "at": { "type": { "$ref": "#/definitions/Geo/Point" } } } }
        }
    });
    let doc = json!({ "definitions": { "Outer": { "Inner": { "$importdefs": "urn:lib" } } } });
    let out = expanded(&doc, &sources(&[("urn:lib", lib)]));
    assert_eq!(
        out.pointer("/definitions/Outer/Inner/Geo/Point/properties/lat/type/$ref"),
        Some(&json!("#/definitions/Outer/Inner/Geo/Degrees"))
    );
    assert_eq!(
        out.pointer("/definitions/Outer/Inner/Place/properties/at/type/$ref"),
        Some(&json!("#/definitions/Outer/Inner/Geo/Point"))
    );
}

#[test]
fn local_definition_shadows_import_and_imported_refs_reach_it() {
    let doc = json!({ "definitions": { "People": {
        "$import": PEOPLE,
        "Address": { "type": "string" }
    } } });
    let out = expanded(&doc, &sources(&[(PEOPLE, people())]));
    assert_eq!(
        out.pointer("/definitions/People/Address"),
        Some(&json!({ "type": "string" }))
    );
    assert_eq!(
        out.pointer("/definitions/People/Person/properties/address/type/$ref"),
        Some(&json!("#/definitions/People/Address"))
    );
}

#[test]
fn local_namespace_merges_with_imported_namespace() {
    let lib = json!({ "definitions": { "Geo": {
        "Point": { "type": "string" }, "Line": { "type": "string" } } } });
    let doc = json!({ "definitions": {
        "$importdefs": "urn:lib",
        "Geo": { "Point": { "type": "int32" } }
    } });
    let out = expanded(&doc, &sources(&[("urn:lib", lib)]));
    assert_eq!(
        out.pointer("/definitions/Geo"),
        Some(&json!({ "Point": { "type": "int32" }, "Line": { "type": "string" } }))
    );
}

#[test]
fn pointers_into_the_root_type_follow_its_copy() {
    let lib = json!({
        "name": "Tree", "type": "object",
        "properties": {
            "children": { "type": "array", "items": { "type": { "$ref": "#" } } },
            "twin": { "type": { "$ref": "#/properties/children" } }
        }
    });
    let doc = json!({ "definitions": { "T": { "$import": "urn:tree" } } });
    let out = expanded(&doc, &sources(&[("urn:tree", lib)]));
    assert_eq!(
        out.pointer("/definitions/T/Tree/properties/children/items/type/$ref"),
        Some(&json!("#/definitions/T/Tree"))
    );
    assert_eq!(
        out.pointer("/definitions/T/Tree/properties/twin/type/$ref"),
        Some(&json!("#/definitions/T/Tree/properties/children"))
    );
}

#[test]
fn extends_and_unions_are_relocated_but_data_keywords_are_not() {
    let lib = json!({ "definitions": {
        "Base": { "abstract": true, "type": "object", "properties": { "a": { "type": "string" } } },
        "Derived": {
            "type": "object",
            "$extends": "#/definitions/Base",
            "properties": {
                "u": { "type": ["null", { "$ref": "#/definitions/Base" }] },
                "enum": { "type": { "$ref": "#/definitions/Base" } },
                "many": { "type": "object", "$extends": ["#/definitions/Base"], "properties": {} }
            },
            "const": { "$ref": "#/definitions/Base" },
            "default": { "$ref": "#/definitions/Base" }
        }
    } });
    let doc = json!({ "definitions": { "L": { "$importdefs": "urn:lib" } } });
    let out = expanded(&doc, &sources(&[("urn:lib", lib)]));
    let d = |p: &str| out.pointer(&format!("/definitions/L/Derived{p}")).cloned();
    let moved = json!("#/definitions/L/Base");
    assert_eq!(d("/$extends"), Some(moved.clone()));
    assert_eq!(d("/properties/u/type/1/$ref"), Some(moved.clone()));
    // A property named like a data keyword is still a schema.
    assert_eq!(d("/properties/enum/type/$ref"), Some(moved.clone()));
    assert_eq!(d("/properties/many/$extends"), Some(json!([moved])));
    // Instance data that happens to look like a reference stays as written.
    assert_eq!(d("/const/$ref"), Some(json!("#/definitions/Base")));
    assert_eq!(d("/default/$ref"), Some(json!("#/definitions/Base")));
}

#[test]
fn namespace_names_needing_escapes_survive_relocation() {
    let lib = json!({ "definitions": { "A": { "type": "string" },
        "B": { "type": { "$ref": "#/definitions/A" } } } });
    let doc = json!({ "definitions": { "50%/x~y": { "$importdefs": "urn:lib" } } });
    let out = expanded(&doc, &sources(&[("urn:lib", lib)]));
    let r = out
        .pointer("/definitions/50%~1x~0y/B/type/$ref")
        .and_then(Value::as_str)
        .unwrap_or_default();
    assert_eq!(r, "#/definitions/50%25~1x~0y/A");
    assert_eq!(
        pointer::canonical(r).as_deref(),
        Some("/definitions/50%~1x~0y/A")
    );
}

#[test]
fn imports_inside_imported_documents_are_expanded_and_prefixed_twice() {
    let inner = json!({ "definitions": {
        "Money": { "type": "object", "properties": { "cur": { "type": { "$ref": "#/definitions/Code" } } } },
        "Code": { "type": "string" }
    } });
    let middle = json!({ "definitions": {
        "Fin": { "$importdefs": "urn:inner" },
        "Price": { "type": { "$ref": "#/definitions/Fin/Money" } }
    } });
    let doc = json!({ "definitions": { "Shop": { "$importdefs": "urn:middle" } } });
    let out = expanded(
        &doc,
        &sources(&[("urn:inner", inner), ("urn:middle", middle)]),
    );
    assert_eq!(
        out.pointer("/definitions/Shop/Price/type/$ref"),
        Some(&json!("#/definitions/Shop/Fin/Money"))
    );
    assert_eq!(
        out.pointer("/definitions/Shop/Fin/Money/properties/cur/type/$ref"),
        Some(&json!("#/definitions/Shop/Fin/Code"))
    );
}

#[test]
fn relative_reference_resolves_against_the_registered_uri() {
    let a = json!({ "definitions": { "Sub": { "$importdefs": "b.json" } } });
    let b = json!({ "definitions": { "B": { "type": "string" } } });
    let doc = json!({ "definitions": { "A": { "$importdefs": "https://x.test/lib/a.json" } } });
    let out = expanded(
        &doc,
        &sources(&[
            ("https://x.test/lib/a.json", a),
            ("https://x.test/lib/b.json#", b),
        ]),
    );
    assert_eq!(
        out.pointer("/definitions/A/Sub/B"),
        Some(&json!({ "type": "string" }))
    );
}

#[test]
fn relative_reference_in_the_schema_resolves_against_its_id() {
    let doc = json!({
        "$id": "https://x.test/app/main.json",
        "definitions": { "P": { "$import": "../shared/people.json" } }
    });
    let out = expanded(
        &doc,
        &sources(&[("https://x.test/shared/people.json", people())]),
    );
    assert!(out.pointer("/definitions/P/Person").is_some());
}

#[test]
fn unregistered_uri_is_not_found_and_says_nothing_is_fetched() {
    let doc = json!({ "definitions": { "P": { "$import": PEOPLE } } });
    let f = failures(&doc, &Sources::default());
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].0, codes::SCHEMA_IMPORT_NOT_FOUND);
    assert_eq!(f[0].1, "/definitions/P/$import");
    assert!(
        f[0].2.contains(PEOPLE) && f[0].2.contains("network"),
        "{}",
        f[0].2
    );
}

#[test]
fn relative_file_reference_without_import_root_is_refused() {
    let mut s = Sources::default();
    s.base = Some(PathBuf::from("/nonexistent-truss/schema.json"));
    let doc = json!({ "$import": "lib.json" });
    let f = failures(&doc, &s);
    assert_eq!(f[0].0, codes::SCHEMA_IMPORT_NOT_FOUND);
    assert!(f[0].2.contains("import_root"), "{}", f[0].2);
}

#[test]
fn import_cycle_is_reported_with_its_path() {
    let a = json!({ "definitions": { "B": { "$importdefs": "urn:b" } } });
    let b = json!({ "definitions": { "A": { "$importdefs": "urn:a" } } });
    let doc = json!({ "definitions": { "X": { "$importdefs": "urn:a" } } });
    let f = failures(&doc, &sources(&[("urn:a", a), ("urn:b", b)]));
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].0, codes::SCHEMA_IMPORT_CIRCULAR);
    assert_eq!(f[0].1, "/definitions/X/$importdefs");
    assert!(
        f[0].2.contains("import cycle: urn:a → urn:b → urn:a"),
        "{}",
        f[0].2
    );
}

#[test]
fn schema_importing_its_own_id_is_a_cycle() {
    let doc = json!({ "$id": "urn:me", "$import": "urn:me" });
    let f = failures(&doc, &sources(&[("urn:me", json!({}))]));
    assert_eq!(f[0].0, codes::SCHEMA_IMPORT_CIRCULAR);
    assert!(
        f[0].2.contains("import cycle: urn:me → urn:me"),
        "{}",
        f[0].2
    );
}

#[test]
fn diamond_imports_are_read_once_and_are_not_cycles() {
    let leaf = json!({ "definitions": { "L": { "type": "string" } } });
    let left = json!({ "definitions": { "Leaf": { "$importdefs": "urn:leaf" } } });
    let right = json!({ "definitions": { "Leaf": { "$importdefs": "urn:leaf" } } });
    let doc = json!({ "definitions": {
        "Left": { "$importdefs": "urn:left" },
        "Right": { "$importdefs": "urn:right" }
    } });
    let out = expanded(
        &doc,
        &sources(&[("urn:leaf", leaf), ("urn:left", left), ("urn:right", right)]),
    );
    assert!(out.pointer("/definitions/Left/Leaf/L").is_some());
    assert!(out.pointer("/definitions/Right/Leaf/L").is_some());
}

#[test]
fn doubling_imports_hit_the_copy_limit() {
    // Each level imports the previous one twice: 2^25 copies if unchecked
    // (the chain itself stays below the depth limit).
    let mut docs = vec![(
        "urn:d0".to_owned(),
        json!({ "definitions": { "T": { "type": "object", "properties": {
            "a": { "type": "string" }, "b": { "type": "string" } } } } }),
    )];
    for i in 1..=25 {
        docs.push((
            format!("urn:d{i}"),
            json!({ "definitions": {
                "A": { "$importdefs": format!("urn:d{}", i - 1) },
                "B": { "$importdefs": format!("urn:d{}", i - 1) }
            } }),
        ));
    }
    let mut s = Sources::default();
    for (u, d) in docs {
        s.register(&u, d);
    }
    let doc = json!({ "definitions": { "X": { "$importdefs": "urn:d25" } } });
    // A small allowance keeps the test quick; the limit works alike.
    let f = match expand_within(&doc, &s, 10_000) {
        Ok(_) => panic!("expansion should fail"),
        Err(d) => d,
    };
    assert!(
        !f.is_empty()
            && f.iter()
                .all(|d| d.code == codes::SCHEMA_IMPORT_LIMIT_EXCEEDED
                    && d.message.contains("past 10000 copied JSON values")),
        "{f:?}"
    );
    assert_eq!(f[0].pointer, "/definitions/X/$importdefs");
    // Within the allowance, the same imports expand.
    let small = json!({ "definitions": { "X": { "$importdefs": "urn:d5" } } });
    assert!(expand_within(&small, &s, 10_000).is_ok());
}

#[test]
fn long_import_chains_are_refused() {
    let mut s = Sources::default();
    for i in 0..100 {
        s.register(
            &format!("urn:c{i}"),
            json!({ "definitions": { "N": { "$importdefs": format!("urn:c{}", i + 1) } } }),
        );
    }
    let doc = json!({ "$importdefs": "urn:c0" });
    let f = failures(&doc, &s);
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].0, codes::SCHEMA_IMPORT_LIMIT_EXCEEDED);
    assert_eq!(f[0].1, "/$importdefs");
}

#[test]
fn two_imports_defining_one_name_differently_conflict() {
    let a = json!({ "definitions": { "T": { "type": "string" } } });
    let b = json!({ "definitions": { "T": { "type": "int32" } } });
    let doc = json!({ "$importdefs": "urn:a", "definitions": { "$importdefs": "urn:b" } });
    let f = failures(&doc, &sources(&[("urn:a", a), ("urn:b", b)]));
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].0, codes::SCHEMA_IMPORT_CONFLICT);
    assert!(f[0].2.contains("`T`"), "{}", f[0].2);
}

#[test]
fn importdefs_of_a_definition_that_points_at_the_root_is_refused() {
    let lib = json!({ "name": "R", "type": "string", "definitions": {
        "UsesRoot": { "type": { "$ref": "#" } } } });
    let doc = json!({ "definitions": { "L": { "$importdefs": "urn:lib" } } });
    let f = failures(&doc, &sources(&[("urn:lib", lib)]));
    assert_eq!(f[0].0, codes::SCHEMA_IMPORT_INVALID);
    assert!(
        f[0].2
            .contains("`$importdefs` does not import the root type"),
        "{}",
        f[0].2
    );
}

#[test]
fn malformed_import_values_are_schema_errors() {
    let s = sources(&[(PEOPLE, people()), ("urn:num", json!(5))]);
    let cases = [
        (json!({ "$import": 5 }), codes::SCHEMA_KEYWORD_INVALID_TYPE),
        (
            json!({ "$import": format!("{PEOPLE}#/definitions/Address") }),
            codes::SCHEMA_IMPORT_INVALID,
        ),
        (
            json!({ "$import": "urn:num" }),
            codes::SCHEMA_IMPORT_INVALID,
        ),
        (
            json!({ "$import": PEOPLE, "definitions": [] }),
            codes::SCHEMA_IMPORT_INVALID,
        ),
    ];
    for (doc, code) in cases {
        let f = failures(&doc, &s);
        assert_eq!(f[0].0, code, "{doc}: {f:?}");
    }
}

#[test]
fn root_type_without_name_cannot_be_imported() {
    let doc = json!({ "$import": "urn:anon" });
    let f = failures(&doc, &sources(&[("urn:anon", json!({ "type": "string" }))]));
    assert_eq!(f[0].0, codes::SCHEMA_IMPORT_INVALID);
    assert!(f[0].2.contains("`name`"), "{}", f[0].2);
}

#[test]
fn failures_inside_imported_documents_point_at_the_outer_keyword() {
    let middle = json!({ "definitions": { "Deep": { "$import": "urn:missing" } } });
    let doc = json!({ "definitions": { "M": { "$importdefs": "urn:middle" } } });
    let f = failures(&doc, &sources(&[("urn:middle", middle)]));
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].0, codes::SCHEMA_IMPORT_NOT_FOUND);
    assert_eq!(f[0].1, "/definitions/M/$importdefs");
    assert!(
        f[0].2
            .starts_with("in urn:middle, at /definitions/Deep/$import: "),
        "{}",
        f[0].2
    );
}

#[test]
fn imports_inside_type_declarations_are_not_expanded() {
    // Only the root and namespaces hold imports; inside a type the keyword
    // is an unknown annotation.
    let doc = json!({ "definitions": { "T": { "type": "object", "$import": PEOPLE, "properties": {} } } });
    assert!(matches!(
        expand(&doc, &Sources::default()),
        Ok(Cow::Borrowed(_))
    ));
}

#[test]
fn missing_import_root_is_reported_as_such() {
    let mut s = Sources::default();
    s.root = Some(PathBuf::from("/nonexistent-truss-import-root"));
    let doc = json!({ "$id": "https://x.test/main", "$import": "lib.json" });
    let f = failures(&doc, &s);
    assert_eq!(f[0].0, codes::SCHEMA_IMPORT_NOT_FOUND);
    assert!(
        f[0].2
            .contains("the import root /nonexistent-truss-import-root cannot be used"),
        "{}",
        f[0].2
    );
}
