//! `truss::check_schema` against the official SDKs' schema assets, the
//! primer samples and the published meta-schemas: one named test per file.
//!
//! - `invalid::*`: each file has one defect, named by the file; it must be
//!   rejected with the code in [`INVALID`], and with no error the table does
//!   not explain.
//! - `validation::*` and `primer::*`: no errors.
//! - `warnings::*`: no errors; a `*-without-uses*` file is warned about
//!   with `SCHEMA_EXTENSION_KEYWORD_NOT_ENABLED`, a `*-with-uses*` file is
//!   not.
//! - `adversarial::*`: checked quickly without a panic; the files in
//!   [`ADVERSARIAL_REJECTED`] must be rejected.
//! - `published_meta::*`: the published meta-schemas compile and report
//!   exactly the places where they break the spec ([`PUBLISHED_DEVIATIONS`]).

mod support;

use std::path::Path;
use std::time::{Duration, Instant};

use libtest_mimic::{Arguments, Failed, Trial};
use serde_json::Value;
use support::{files, read_json, shared};
use truss::{Diagnostic, Severity};

/// File → the code its defect calls for, and any other error code the file
/// also earns (a second defect the file has besides the one it names).
const INVALID: &[(&str, &str, &[&str])] = &[
    // `allOf` on a core object that also declares no properties.
    (
        "allof-not-array",
        "SCHEMA_COMPOSITION_NOT_ARRAY",
        &["SCHEMA_OBJECT_MISSING_PROPERTIES"],
    ),
    ("array-missing-items", "SCHEMA_ARRAY_MISSING_ITEMS", &[]),
    ("circular-ref-direct", "SCHEMA_REF_CIRCULAR", &[]),
    (
        "constraint-type-mismatch-minimum",
        "SCHEMA_CONSTRAINT_INVALID_FOR_TYPE",
        &[],
    ),
    (
        "constraint-type-mismatch-minlength",
        "SCHEMA_CONSTRAINT_INVALID_FOR_TYPE",
        &[],
    ),
    // `definitions: []` on an object that also declares no properties.
    (
        "defs-not-object",
        "SCHEMA_KEYWORD_INVALID_TYPE",
        &["SCHEMA_OBJECT_MISSING_PROPERTIES"],
    ),
    ("enum-duplicates", "SCHEMA_ENUM_DUPLICATES", &[]),
    ("enum-empty", "SCHEMA_ENUM_EMPTY", &[]),
    ("enum-not-array", "SCHEMA_ENUM_NOT_ARRAY", &[]),
    ("invalid-regex-pattern", "SCHEMA_PATTERN_INVALID", &[]),
    ("map-missing-values", "SCHEMA_MAP_MISSING_VALUES", &[]),
    (
        "minimum-exceeds-maximum",
        "SCHEMA_MIN_GREATER_THAN_MAX",
        &[],
    ),
    (
        "minitems-exceeds-maxitems",
        "SCHEMA_MIN_GREATER_THAN_MAX",
        &[],
    ),
    (
        "minitems-negative",
        "SCHEMA_INTEGER_CONSTRAINT_INVALID",
        &[],
    ),
    (
        "minlength-exceeds-maxlength",
        "SCHEMA_MIN_GREATER_THAN_MAX",
        &[],
    ),
    (
        "minlength-negative",
        "SCHEMA_INTEGER_CONSTRAINT_INVALID",
        &[],
    ),
    ("missing-type", "SCHEMA_ROOT_MISSING_TYPE", &[]),
    (
        "multipleof-negative",
        "SCHEMA_POSITIVE_NUMBER_CONSTRAINT_INVALID",
        &[],
    ),
    (
        "multipleof-zero",
        "SCHEMA_POSITIVE_NUMBER_CONSTRAINT_INVALID",
        &[],
    ),
    ("properties-not-object", "SCHEMA_PROPERTIES_NOT_OBJECT", &[]),
    ("ref-undefined", "SCHEMA_REF_NOT_FOUND", &[]),
    (
        "required-missing-property",
        "SCHEMA_REQUIRED_PROPERTY_NOT_DEFINED",
        &[],
    ),
    ("required-not-array", "SCHEMA_REQUIRED_NOT_ARRAY", &[]),
    (
        "tuple-missing-definition",
        "SCHEMA_TUPLE_MISSING_DEFINITION",
        &[],
    ),
    (
        "tuple-missing-prefixitems",
        "SCHEMA_TUPLE_MISSING_DEFINITION",
        &[],
    ),
    ("unknown-type", "SCHEMA_TYPE_INVALID", &[]),
];

/// Adversarial schemas that must be rejected, and a code each must carry.
const ADVERSARIAL_REJECTED: &[(&str, &str)] = &[
    ("ref-to-nowhere", "SCHEMA_REF_NOT_FOUND"),
    ("malformed-json-pointer", "SCHEMA_REF_NOT_FOUND"),
    ("self-referencing-extends", "SCHEMA_EXTENDS_CIRCULAR"),
    ("extends-circular-chain", "SCHEMA_EXTENDS_CIRCULAR"),
];

/// How long one check may take (debug build, a shared machine): far above
/// what any asset needs, far below a hang.
const BUDGET: Duration = Duration::from_secs(5);

/// Where the published meta-schemas break the spec, `(document, code,
/// pointer)`; each is a real defect of the published text, not of truss.
/// (The published documents also use type names and keyword shapes that
/// differ from the spec — no int8/uint8/int16/uint16/float8, boolean
/// `exclusiveMinimum` — which are annotations to a checker; truss's own
/// meta-schemas follow the spec there.)
const PUBLISHED_DEVIATIONS: &[(&str, &str, &str)] = &[
    // core §`abstract`: additionalProperties MUST NOT be used on abstract types.
    (
        "core",
        "SCHEMA_ABSTRACT_ADDITIONAL_PROPERTIES",
        "/definitions/OptionalPrimitiveType/additionalProperties",
    ),
    (
        "core",
        "SCHEMA_ABSTRACT_ADDITIONAL_PROPERTIES",
        "/definitions/OptionalType/additionalProperties",
    ),
    // core §`$extends`: the extending type MUST NOT redefine an inherited property.
    (
        "core",
        "SCHEMA_EXTENDS_REDEFINES_PROPERTY",
        "/definitions/ArrayType/properties/type",
    ),
    (
        "core",
        "SCHEMA_EXTENDS_REDEFINES_PROPERTY",
        "/definitions/ChoiceType/properties/type",
    ),
    (
        "core",
        "SCHEMA_EXTENDS_REDEFINES_PROPERTY",
        "/definitions/MapType/properties/type",
    ),
    (
        "core",
        "SCHEMA_EXTENDS_REDEFINES_PROPERTY",
        "/definitions/ObjectType/properties/type",
    ),
    (
        "core",
        "SCHEMA_EXTENDS_REDEFINES_PROPERTY",
        "/definitions/Property/properties/description",
    ),
    (
        "core",
        "SCHEMA_EXTENDS_REDEFINES_PROPERTY",
        "/definitions/Property/properties/examples",
    ),
    (
        "core",
        "SCHEMA_EXTENDS_REDEFINES_PROPERTY",
        "/definitions/SetType/properties/type",
    ),
    (
        "core",
        "SCHEMA_EXTENDS_REDEFINES_PROPERTY",
        "/definitions/TupleType/properties/type",
    ),
    (
        "extended",
        "SCHEMA_ABSTRACT_ADDITIONAL_PROPERTIES",
        "/definitions/features/UnitsArrayAddIn/additionalProperties",
    ),
    (
        "extended",
        "SCHEMA_ABSTRACT_ADDITIONAL_PROPERTIES",
        "/definitions/features/UnitsMapAddIn/additionalProperties",
    ),
    (
        "extended",
        "SCHEMA_ABSTRACT_ADDITIONAL_PROPERTIES",
        "/definitions/features/UnitsPropertyAddIn/additionalProperties",
    ),
    // core §`abstract` and §`$extends`: only object and tuple types are
    // abstract or extend; ImportAddIn is an abstract map extending a map.
    (
        "extended",
        "SCHEMA_CONSTRAINT_INVALID_FOR_TYPE",
        "/definitions/features/ImportAddIn/$extends",
    ),
    (
        "extended",
        "SCHEMA_CONSTRAINT_INVALID_FOR_TYPE",
        "/definitions/features/ImportAddIn/abstract",
    ),
    (
        "extended",
        "SCHEMA_EXTENDS_REDEFINES_PROPERTY",
        "/definitions/features/ArrayValidationAddIn/properties/type",
    ),
    (
        "extended",
        "SCHEMA_EXTENDS_REDEFINES_PROPERTY",
        "/definitions/features/NumberValidationAddIn/properties/type",
    ),
    (
        "extended",
        "SCHEMA_EXTENDS_REDEFINES_PROPERTY",
        "/definitions/features/ObjectValidationAddIn/properties/type",
    ),
    (
        "extended",
        "SCHEMA_EXTENDS_REDEFINES_PROPERTY",
        "/definitions/features/StringFormatAddIn/properties/type",
    ),
    (
        "extended",
        "SCHEMA_EXTENDS_REDEFINES_PROPERTY",
        "/definitions/features/StringValidationAddIn/properties/type",
    ),
];

fn main() {
    let args = Arguments::from_args();
    let root = shared();
    let assets = root.join("corpus/sdk-test-assets/schemas");
    let mut trials = Vec::new();
    for path in files(&assets.join("invalid"), |n| n.ends_with(".struct.json")) {
        trials.push(trial("invalid", &path, invalid));
    }
    for path in files(&assets.join("validation"), |n| n.ends_with(".struct.json")) {
        trials.push(trial("validation", &path, clean));
    }
    for path in files(&assets.join("warnings"), |n| n.ends_with(".struct.json")) {
        trials.push(trial("warnings", &path, warnings));
    }
    for path in files(&assets.join("adversarial"), |n| n.ends_with(".struct.json")) {
        trials.push(trial("adversarial", &path, adversarial));
    }
    let primer = root.join("corpus/primer-samples/core");
    for dir in files(&primer, |_| true).into_iter().filter(|d| d.is_dir()) {
        let name = format!("primer::{}", file_name(&dir));
        let path = dir.join("schema.struct.json");
        trials.push(Trial::test(name, move || clean(&path)));
    }
    for which in ["core", "extended", "validation"] {
        let meta = root.join("meta");
        trials.push(Trial::test(format!("published_meta::{which}"), move || {
            published(&meta, which)
        }));
    }
    assert!(
        trials.len() > 80,
        "expected the SDK assets under {}",
        assets.display()
    );
    libtest_mimic::run(&args, trials).exit();
}

fn trial(group: &str, path: &Path, f: fn(&Path) -> Result<(), Failed>) -> Trial {
    let name = format!("{group}::{}", stem(path));
    let path = path.to_owned();
    Trial::test(name, move || f(&path))
}

fn file_name(p: &Path) -> String {
    p.file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default()
        .to_owned()
}

fn stem(p: &Path) -> String {
    file_name(p).trim_end_matches(".struct.json").to_owned()
}

fn check(path: &Path) -> Result<Vec<Diagnostic>, Failed> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let start = Instant::now();
    let found = truss::check_schema_str(&text);
    let took = start.elapsed();
    if took > BUDGET {
        return Err(format!("checking took {took:?}").into());
    }
    Ok(found)
}

fn errors(found: &[Diagnostic]) -> Vec<&Diagnostic> {
    found
        .iter()
        .filter(|d| d.severity() == Severity::Error)
        .collect()
}

fn render(found: &[&Diagnostic]) -> String {
    found.iter().map(|d| format!("\n  {d}")).collect()
}

fn invalid(path: &Path) -> Result<(), Failed> {
    let name = stem(path);
    let Some((_, expected, also)) = INVALID.iter().find(|(n, _, _)| *n == name) else {
        return Err(format!(
            "{name} is not in the INVALID table: read the file and add its expected code"
        )
        .into());
    };
    let found = check(path)?;
    let errs = errors(&found);
    if !errs.iter().any(|d| d.code() == *expected) {
        return Err(format!("expected {expected}, found:{}", render(&errs)).into());
    }
    let unexplained: Vec<&Diagnostic> = errs
        .iter()
        .copied()
        .filter(|d| d.code() != *expected && !also.contains(&d.code()))
        .collect();
    if !unexplained.is_empty() {
        return Err(format!(
            "errors the file's defect does not explain:{}",
            render(&unexplained)
        )
        .into());
    }
    // Every finding from text is located.
    if let Some(d) = errs.iter().find(|d| d.line().is_none()) {
        return Err(format!("no line for {d}").into());
    }
    Ok(())
}

fn clean(path: &Path) -> Result<(), Failed> {
    let found = check(path)?;
    let errs = errors(&found);
    if errs.is_empty() {
        Ok(())
    } else {
        Err(format!("expected no errors, found:{}", render(&errs)).into())
    }
}

fn warnings(path: &Path) -> Result<(), Failed> {
    clean(path)?;
    let name = stem(path);
    let not_enabled = check(path)?
        .iter()
        .filter(|d| d.code() == "SCHEMA_EXTENSION_KEYWORD_NOT_ENABLED")
        .count();
    match (name.contains("-without-uses"), name.contains("-with-uses")) {
        (true, _) if not_enabled == 0 => {
            Err("expected SCHEMA_EXTENSION_KEYWORD_NOT_ENABLED".into())
        }
        (_, true) if not_enabled > 0 => Err(format!(
            "expected no SCHEMA_EXTENSION_KEYWORD_NOT_ENABLED, found {not_enabled}"
        )
        .into()),
        (false, false) => {
            Err(format!("{name}: neither a with-uses nor a without-uses schema").into())
        }
        _ => Ok(()),
    }
}

fn adversarial(path: &Path) -> Result<(), Failed> {
    let name = stem(path);
    let found = check(path)?;
    // The value form must agree with the text form and not panic either.
    let _ = truss::check_schema(&read_json(path));
    if let Some((_, code)) = ADVERSARIAL_REJECTED.iter().find(|(n, _)| *n == name) {
        let errs = errors(&found);
        if !errs.iter().any(|d| d.code() == *code) {
            return Err(format!("expected rejection with {code}, found:{}", render(&errs)).into());
        }
    }
    Ok(())
}

/// The published meta-schemas compile, and `check_schema` reports exactly
/// their documented deviations from the spec. The extended and validation
/// documents `$import` their predecessors; JSON Structure Import §`$import`
/// places imported definitions in the root namespace, which is done here
/// by merging the `definitions`.
fn published(meta: &Path, which: &str) -> Result<(), Failed> {
    let load = |w: &str| read_json(&meta.join(w).join("v0/index.json"));
    let mut doc = load(which);
    let chain: &[&str] = match which {
        "extended" => &["core"],
        "validation" => &["core", "extended"],
        _ => &[],
    };
    for base in chain {
        let imported = load(base);
        merge_definitions(&mut doc, &imported);
    }
    if chain.is_empty() {
        truss::Validator::new(&doc).map_err(|e| format!("does not compile: {e}"))?;
    }
    let found = truss::check_schema(&doc);
    let got: Vec<(String, String)> = errors(&found)
        .iter()
        .map(|d| (d.code().to_owned(), d.pointer().to_owned()))
        .collect();
    let mut want: Vec<(String, String)> = PUBLISHED_DEVIATIONS
        .iter()
        // A document carries the deviations of what it imports.
        .filter(|(w, _, _)| *w == which || chain.contains(w))
        .map(|(_, c, p)| ((*c).to_owned(), (*p).to_owned()))
        .collect();
    let mut got_sorted = got.clone();
    got_sorted.sort();
    want.sort();
    if got_sorted == want {
        Ok(())
    } else {
        Err(
            format!("deviations changed:\n  found: {got_sorted:#?}\n  documented: {want:#?}")
                .into(),
        )
    }
}

fn merge_definitions(doc: &mut Value, imported: &Value) {
    let Some(from) = imported.get("definitions").and_then(Value::as_object) else {
        return;
    };
    let Some(obj) = doc.as_object_mut() else {
        return;
    };
    let defs = obj
        .entry("definitions")
        .or_insert_with(|| Value::Object(serde_json::Map::new()));
    if let Some(defs) = defs.as_object_mut() {
        for (k, v) in from {
            // Local definitions shadow imported ones (Import §`$import`).
            defs.entry(k.clone()).or_insert_with(|| v.clone());
        }
    }
    obj.remove("$import");
}
