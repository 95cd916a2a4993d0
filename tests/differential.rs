//! Differential run: every HubSpot example validated by truss against its
//! JSON Structure schema and by the `jsonschema` crate against the JSON
//! Schema 2020-12 equivalent (`json-schema/X-schema.json`, format assertion
//! on). Every disagreement is listed, with its reason, in the committed
//! report `tests/expectations/differential.md`; the run regenerates the
//! report and fails on any change (`TRUSS_BLESS=1` rewrites it) and on any
//! disagreement that has no reason.
//!
//! Reasons are found automatically where the violations show a known
//! difference between the two schema languages; the rest are written by
//! hand in `tests/expectations/differential-reasons.txt` (`X  # reason`).

mod support;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use libtest_mimic::{Arguments, Failed, Trial};
use serde_json::Value;
use support::{files, read_json, repo, shared};

fn main() {
    let args = Arguments::from_args();
    let run = Arc::new(Run::collect(&shared().join("corpus/hubspot")));
    let trials = vec![
        trial(&run, "differential::report_matches", Run::report_matches),
        trial(
            &run,
            "differential::every_disagreement_has_a_reason",
            Run::every_disagreement_has_a_reason,
        ),
        trial(
            &run,
            "differential::every_hand_written_reason_is_used",
            Run::every_hand_written_reason_is_used,
        ),
        trial(
            &run,
            "differential::every_pair_was_read",
            Run::every_pair_was_read,
        ),
    ];
    let conclusion = libtest_mimic::run(&args, trials);
    run.print_table();
    conclusion.exit();
}

fn trial(run: &Arc<Run>, name: &str, check: fn(&Run) -> Result<(), String>) -> Trial {
    let run = Arc::clone(run);
    Trial::test(name, move || check(&run).map_err(Failed::from))
}

/// One validator's answer for one pair.
enum Answer {
    Valid,
    Invalid(Vec<Violation>),
    /// The schema could not be compiled: the errors, as violations whose
    /// path is the schema pointer.
    SchemaError(Vec<Violation>),
}

impl Answer {
    fn verdict(&self) -> &'static str {
        match self {
            Answer::Valid => "valid",
            Answer::Invalid(_) => "invalid",
            Answer::SchemaError(_) => "schema-error",
        }
    }
}

/// A violation reduced to what both validators can say.
struct Violation {
    instance_path: String,
    /// truss: the code; jsonschema: the keyword.
    what: String,
    /// truss: the declared type of the failing schema node, when it has one.
    declared: Option<String>,
    message: String,
}

struct Pair {
    name: String,
    truss: Answer,
    json_schema: Answer,
    /// `$ref` targets missing from the JSON Schema document, read as `{}`
    /// so that the rest of the document can still be compared.
    placeholders: Vec<String>,
    /// The composition keyword at the root of the JSON Structure schema,
    /// when truss compiled it but warned that it is not enforced (the
    /// schema does not enable conditional composition).
    root_composition_ignored: Option<&'static str>,
}

struct Run {
    pairs: Vec<Pair>,
    problems: Vec<String>,
    /// Hand-written reasons: pair name → reason.
    reasons: BTreeMap<String, String>,
}

impl Run {
    fn collect(hubspot: &Path) -> Run {
        let mut run = Run {
            pairs: Vec::new(),
            problems: Vec::new(),
            reasons: BTreeMap::new(),
        };
        let mut list_problems = Vec::new();
        run.reasons = read_reasons(&reasons_path(), &mut list_problems);
        run.problems.extend(list_problems);
        for file in files(&hubspot.join("structure"), |n| {
            n.ends_with("-structure.json")
        }) {
            let Some(name) = file
                .file_name()
                .and_then(|n| n.to_str())
                .and_then(|n| n.strip_suffix("-structure.json"))
                .map(str::to_owned)
            else {
                continue;
            };
            let example = hubspot.join(format!("examples/{name}-example.json"));
            let json_schema = hubspot.join(format!("json-schema/{name}-schema.json"));
            if !example.is_file() || !json_schema.is_file() {
                run.problems.push(format!(
                    "{name}: missing {} or {}",
                    example.display(),
                    json_schema.display()
                ));
                continue;
            }
            let structure = read_json(&file);
            let doc = read_json(&example);
            let (json_schema, placeholders) = json_schema_answer(read_json(&json_schema), &doc);
            let (truss, warnings) = truss_answer(&structure, &doc);
            let root_composition_ignored = ["allOf", "anyOf", "oneOf"]
                .into_iter()
                .filter(|k| structure.get(k).is_some())
                .find(|k| {
                    warnings.iter().any(|(code, pointer)| {
                        code == "SCHEMA_EXTENSION_KEYWORD_NOT_ENABLED"
                            && *pointer == format!("/{k}")
                    })
                });
            run.pairs.push(Pair {
                truss,
                json_schema,
                placeholders,
                root_composition_ignored,
                name,
            });
        }
        run
    }

    fn disagreements(&self) -> impl Iterator<Item = &Pair> {
        self.pairs
            .iter()
            .filter(|p| p.truss.verdict() != p.json_schema.verdict())
    }

    /// The reason for a disagreement: a hand-written one wins, else the
    /// automatic classification.
    fn reason(&self, pair: &Pair) -> Option<String> {
        if let Some(r) = self.reasons.get(&pair.name) {
            return Some(r.clone());
        }
        classify(pair)
    }

    fn report(&self) -> String {
        let total = self.pairs.len();
        let disagreeing: Vec<&Pair> = self.disagreements().collect();
        let mut out = String::new();
        out.push_str("# Differential report: truss vs JSON Schema on the HubSpot corpus\n\n");
        out.push_str(
            "Each HubSpot example is validated by truss against its JSON Structure schema \
             (`structure/X-structure.json`) and by the `jsonschema` crate, with format assertion, \
             against the JSON Schema 2020-12 equivalent (`json-schema/X-schema.json`). \
             Only the pairs whose verdicts differ are listed. Regenerated by \
             `cargo test -p truss-suite --features corpus --test differential`; `TRUSS_BLESS=1` \
             rewrites it. Reasons come from the automatic classification in \
             `tests/differential.rs` or, where that has none, from \
             `tests/expectations/differential-reasons.txt`.\n\n",
        );
        out.push_str(&format!(
            "{total} pairs: {} agree, {} disagree.\n\n",
            total - disagreeing.len(),
            disagreeing.len()
        ));
        out.push_str("| file | truss | jsonschema | reason |\n|---|---|---|---|\n");
        for p in disagreeing {
            let reason = self
                .reason(p)
                .unwrap_or_else(|| "**no reason: investigate**".to_owned());
            out.push_str(&format!(
                "| {} | {} | {} | {} |\n",
                p.name,
                cell(&describe_answer(&p.truss)),
                cell(&describe_json_schema(p)),
                cell(&reason)
            ));
        }
        out
    }

    // ---- checks

    fn report_matches(&self) -> Result<(), String> {
        compare_or_bless(&report_path(), &self.report())
    }

    fn every_disagreement_has_a_reason(&self) -> Result<(), String> {
        let missing: Vec<String> = self
            .disagreements()
            .filter(|p| self.reason(p).is_none())
            .map(|p| {
                format!(
                    "{}: truss {} / jsonschema {}\n  truss:\n{}\n  jsonschema:\n{}",
                    p.name,
                    describe_answer(&p.truss),
                    describe_json_schema(p),
                    details(&p.truss),
                    details(&p.json_schema)
                )
            })
            .collect();
        fail_if_any(missing)
    }

    /// A reason for a pair that agrees now (or is classified automatically)
    /// is stale and must go, so the reasons file stays honest.
    fn every_hand_written_reason_is_used(&self) -> Result<(), String> {
        let mut problems = Vec::new();
        for name in self.reasons.keys() {
            match self.pairs.iter().find(|p| &p.name == name) {
                None => problems.push(format!("{name}: no such pair")),
                Some(p) if p.truss.verdict() == p.json_schema.verdict() => problems.push(format!(
                    "{name}: the validators agree now; remove the reason"
                )),
                Some(p) if classify(p).is_some() => problems.push(format!(
                    "{name}: classified automatically now; remove the hand-written reason"
                )),
                Some(_) => {}
            }
        }
        fail_if_any(problems)
    }

    fn every_pair_was_read(&self) -> Result<(), String> {
        let mut problems = self.problems.clone();
        if self.pairs.len() < 735 {
            problems.push(format!("read {} pairs, expected 735", self.pairs.len()));
        }
        fail_if_any(problems)
    }

    fn print_table(&self) {
        let mut table: BTreeMap<(&str, &str), usize> = BTreeMap::new();
        for p in &self.pairs {
            *table
                .entry((p.truss.verdict(), p.json_schema.verdict()))
                .or_default() += 1;
        }
        println!(
            "\ndifferential results (hubspot, {} pairs)",
            self.pairs.len()
        );
        println!("| truss | jsonschema | pairs |");
        println!("|---|---|---:|");
        for ((t, j), n) in table {
            println!("| {t} | {j} | {n} |");
        }
    }
}

/// truss's answer, and the `(code, pointer)` of each compile warning.
fn truss_answer(schema: &Value, doc: &Value) -> (Answer, Vec<(String, String)>) {
    let v = match truss::Validator::new(schema) {
        Ok(v) => v,
        Err(e) => {
            let errors = Answer::SchemaError(
                e.errors()
                    .map(|d| Violation {
                        instance_path: d.pointer().to_owned(),
                        what: d.code().to_owned(),
                        declared: None,
                        message: d.message().to_owned(),
                    })
                    .collect(),
            );
            return (errors, Vec::new());
        }
    };
    let warnings = v
        .warnings()
        .iter()
        .map(|d| (d.code().to_owned(), d.pointer().to_owned()))
        .collect();
    let violations: Vec<Violation> = v
        .iter_errors(doc)
        .map(|e| Violation {
            instance_path: e.instance_path().to_owned(),
            what: e.code().to_owned(),
            declared: declared_type(schema, e.schema_path()),
            message: e.message().to_owned(),
        })
        .collect();
    let answer = if violations.is_empty() {
        Answer::Valid
    } else {
        Answer::Invalid(violations)
    };
    (answer, warnings)
}

/// Validates with the `jsonschema` crate. A `$ref` whose target is missing
/// makes it refuse the whole schema; such targets are read as `{}` (and
/// listed) so that everything else is still compared.
fn json_schema_answer(mut schema: Value, doc: &Value) -> (Answer, Vec<String>) {
    let mut placeholders = Vec::new();
    let v = loop {
        match jsonschema::options()
            .should_validate_formats(true)
            .build(&schema)
        {
            Ok(v) => break v,
            Err(e) => {
                let missing = match e.kind() {
                    jsonschema::error::ValidationErrorKind::Referencing(
                        jsonschema::ReferencingError::PointerToNowhere { pointer },
                    ) => Some(pointer.clone()),
                    _ => None,
                };
                match missing {
                    Some(p) if placeholders.len() < 100 && insert_empty(&mut schema, &p) => {
                        placeholders.push(p);
                    }
                    _ => {
                        let error = Violation {
                            instance_path: e.schema_path().to_string(),
                            what: e.kind().keyword().to_owned(),
                            declared: None,
                            message: e.to_string(),
                        };
                        return (Answer::SchemaError(vec![error]), placeholders);
                    }
                }
            }
        }
    };
    let violations: Vec<Violation> = v
        .iter_errors(doc)
        .map(|e| Violation {
            instance_path: e.instance_path().to_string(),
            what: e.kind().keyword().to_owned(),
            declared: None,
            message: e.to_string(),
        })
        .collect();
    let answer = if violations.is_empty() {
        Answer::Valid
    } else {
        Answer::Invalid(violations)
    };
    (answer, placeholders)
}

/// Puts `{}` at `pointer` (RFC 6901), creating the objects on the way;
/// false when something that is not an object is in the way.
fn insert_empty(doc: &mut Value, pointer: &str) -> bool {
    let mut here = doc;
    let tokens: Vec<String> = pointer
        .split('/')
        .skip(1)
        .map(|t| t.replace("~1", "/").replace("~0", "~"))
        .collect();
    for token in tokens {
        let Value::Object(map) = here else {
            return false;
        };
        here = map
            .entry(token)
            .or_insert_with(|| Value::Object(serde_json::Map::new()));
    }
    true
}

/// The `type` of the schema object a failing keyword belongs to, when it
/// is a type name (`…/type` → that object's `type`).
fn declared_type(schema: &Value, schema_path: &str) -> Option<String> {
    let owner = schema_path.rsplit_once('/').map_or("", |(owner, _)| owner);
    schema
        .pointer(owner)
        .and_then(|o| o.get("type"))
        .and_then(Value::as_str)
        .map(str::to_owned)
}

/// Known differences between the two schema languages (and known
/// defects of the converted schemas), recognised from the violations.
/// `None` when some violation is not explained.
fn classify(pair: &Pair) -> Option<String> {
    let reasons: BTreeSet<String> = match (&pair.truss, &pair.json_schema) {
        (Answer::Invalid(found), Answer::Valid) => {
            found.iter().map(truss_only_reason).collect::<Option<_>>()?
        }
        (Answer::SchemaError(errors), _) => errors
            .iter()
            .map(truss_schema_reason)
            .collect::<Option<_>>()?,
        (Answer::Valid, Answer::Invalid(_)) if pair.root_composition_ignored.is_some() => {
            let k = pair.root_composition_ignored?;
            BTreeSet::from([format!(
                "the root is a bare `{k}` without `type`, in a schema that does not enable the \
                 conditional composition extension: truss warns \
                 (SCHEMA_EXTENSION_KEYWORD_NOT_ENABLED) and does not enforce it, so nothing \
                 constrains the root; JSON Schema applies it"
            )])
        }
        (Answer::Valid, Answer::Invalid(found)) => found
            .iter()
            .map(json_schema_only_reason)
            .collect::<Option<_>>()?,
        _ => return None,
    };
    Some(reasons.into_iter().collect::<Vec<_>>().join("; "))
}

/// Why truss rejects a value that JSON Schema accepts.
fn truss_only_reason(v: &Violation) -> Option<String> {
    let declared = v.declared.as_deref();
    let reason = match v.what.as_str() {
        "INSTANCE_REF_UNRESOLVED" => {
            "unresolved `$ref`: truss fails closed on the values that reach it; JSON Schema refuses \
             the schema, and with the target read as `{}` accepts them"
        }
        "INSTANCE_STRING_EXPECTED"
            if matches!(
                declared,
                Some("int64" | "uint64" | "int128" | "uint128" | "decimal")
            ) =>
        {
            "`int64`/`decimal` as a JSON number: JSON Structure carries them as strings, the JSON \
             Schema equivalent as numbers"
        }
        "INSTANCE_INT_RANGE_INVALID"
            if matches!(
                declared,
                Some("int8" | "uint8" | "int16" | "uint16" | "int32" | "uint32" | "integer")
            ) =>
        {
            "integer width: the JSON Structure schema declares a 32-bit (or narrower) integer and \
             the example's value exceeds it; JSON Schema's `integer` has no width"
        }
        "INSTANCE_DATETIME_FORMAT_INVALID"
        | "INSTANCE_DATE_FORMAT_INVALID"
        | "INSTANCE_TIME_FORMAT_INVALID" => {
            "date/time strictness: truss applies RFC 3339 with real calendar and clock ranges; the \
             JSON Schema `format` check accepted the value"
        }
        _ => return None,
    };
    Some(reason.to_owned())
}

/// Why JSON Schema rejects a value that truss accepts.
fn json_schema_only_reason(v: &Violation) -> Option<String> {
    (v.what == "format").then(|| {
        "format assertion: the JSON Schema asserts `format`, where the JSON Structure schema has a \
         plain `string` (formats belong to the validation extension)"
            .to_owned()
    })
}

/// Why truss cannot compile a schema whose JSON Schema twin works.
fn truss_schema_reason(e: &Violation) -> Option<String> {
    match e.what.as_str() {
        "SCHEMA_TYPE_INVALID" => {
            let name = e.message.split('"').nth(1)?;
            Some(format!(
                "the JSON Structure schema declares `type: \"{name}\"`, which is no JSON Structure \
                 type (JSON Schema has `format: {name}`); truss refuses the schema"
            ))
        }
        _ => None,
    }
}

fn describe_json_schema(p: &Pair) -> String {
    let mut text = describe_answer(&p.json_schema);
    if !p.placeholders.is_empty() {
        text.push_str(&format!(
            "; {} missing `$ref` target{} read as `{{}}`",
            p.placeholders.len(),
            if p.placeholders.len() == 1 { "" } else { "s" }
        ));
    }
    text
}

fn describe_answer(a: &Answer) -> String {
    match a {
        Answer::Valid => "valid".into(),
        Answer::Invalid(found) => {
            let what: BTreeSet<&str> = found.iter().map(|v| v.what.as_str()).collect();
            format!(
                "invalid ({})",
                what.into_iter().collect::<Vec<_>>().join(", ")
            )
        }
        Answer::SchemaError(errors) => {
            let what: BTreeSet<&str> = errors.iter().map(|v| v.what.as_str()).collect();
            format!(
                "schema-error ({})",
                what.into_iter().collect::<Vec<_>>().join(", ")
            )
        }
    }
}

/// Every violation on its own line, for failure messages.
fn details(a: &Answer) -> String {
    match a {
        Answer::Valid => "    (none)".into(),
        Answer::Invalid(found) | Answer::SchemaError(found) => found
            .iter()
            .map(|v| {
                format!(
                    "    {} {} [{}] {}",
                    if v.instance_path.is_empty() {
                        "(root)"
                    } else {
                        &v.instance_path
                    },
                    v.what,
                    v.declared.as_deref().unwrap_or("-"),
                    v.message
                )
            })
            .collect::<Vec<_>>()
            .join("\n"),
    }
}

/// A Markdown table cell: no line breaks, no bare pipes.
fn cell(text: &str) -> String {
    text.replace('\n', " ").replace('|', "\\|")
}

fn report_path() -> PathBuf {
    repo().join("tests/expectations/differential.md")
}

fn reasons_path() -> PathBuf {
    repo().join("tests/expectations/differential-reasons.txt")
}

/// `name  # reason` lines; blank lines and `#` lines are comments.
fn read_reasons(path: &Path, problems: &mut Vec<String>) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let Ok(text) = std::fs::read_to_string(path) else {
        return out;
    };
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        match line.split_once('#') {
            Some((name, reason)) if !name.trim().is_empty() && !reason.trim().is_empty() => {
                out.insert(name.trim().to_owned(), reason.trim().to_owned());
            }
            _ => problems.push(format!(
                "differential-reasons.txt:{}: expected `name  # reason`, found `{line}`",
                i + 1
            )),
        }
    }
    out
}

fn compare_or_bless(path: &Path, text: &str) -> Result<(), String> {
    if std::env::var_os("TRUSS_BLESS").is_some_and(|v| v == "1") {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
        }
        return std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()));
    }
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    if committed == text {
        return Ok(());
    }
    let before: BTreeSet<&str> = committed.lines().collect();
    let after: BTreeSet<&str> = text.lines().collect();
    let mut diff: Vec<String> = committed
        .lines()
        .filter(|l| !after.contains(l))
        .map(|l| format!("- {l}"))
        .collect();
    diff.extend(
        text.lines()
            .filter(|l| !before.contains(l))
            .map(|l| format!("+ {l}")),
    );
    Err(format!(
        "{} is out of date (TRUSS_BLESS=1 rewrites it; review the change first):\n{}",
        path.display(),
        diff.join("\n")
    ))
}

fn fail_if_any(problems: Vec<String>) -> Result<(), String> {
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{} problem(s):\n{}",
            problems.len(),
            problems.join("\n")
        ))
    }
}
