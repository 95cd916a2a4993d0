//! Corpus runs: the official SDK test assets, the primer samples and the
//! HubSpot schema/example pairs, read in place from the shared data folder.
//!
//! Every input's verdict is written to `tests/expectations/corpus.txt`, one
//! line per input (`<corpus>/<name>: valid|invalid|schema-error [codes]`).
//! The run regenerates the file and fails with a diff on any change;
//! `TRUSS_BLESS=1` rewrites it instead. On top of that, the facts the data
//! promises are asserted directly (invalid SDK instances fail, primer
//! examples pass, adversarial inputs finish quickly, …).

mod support;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use libtest_mimic::{Arguments, Failed, Trial};
use serde_json::{Map, Value};
use support::{files, read_json, repo, shared};
use truss::{Severity, Validator};

/// How long one adversarial input may take to compile and validate (debug
/// build, shared machine): far above the milliseconds it needs, far below a hang.
const ADVERSARIAL_BUDGET: Duration = Duration::from_secs(5);

/// Adversarial schemas the SDK assets say must be rejected.
const MUST_REJECT: [&str; 4] = [
    "ref-to-nowhere",
    "malformed-json-pointer",
    "self-referencing-extends",
    "extends-circular-chain",
];

fn main() {
    let args = Arguments::from_args();
    let run = Arc::new(Run::collect(&shared()));
    let trials = vec![
        trial(&run, "corpus::expectations_match", Run::expectations_match),
        trial(
            &run,
            "corpus::every_corpus_was_read",
            Run::every_corpus_was_read,
        ),
        trial(
            &run,
            "corpus::sdk_invalid_instances_are_invalid",
            Run::sdk_invalid_instances_are_invalid,
        ),
        trial(
            &run,
            "corpus::sdk_validation_failures_carry_their_expected_code",
            Run::sdk_validation_failures_carry_their_expected_code,
        ),
        trial(
            &run,
            "corpus::adversarial_inputs_finish_quickly",
            Run::adversarial_inputs_finish_quickly,
        ),
        trial(
            &run,
            "corpus::adversarial_defects_are_rejected",
            Run::adversarial_defects_are_rejected,
        ),
        trial(
            &run,
            "corpus::primer_examples_are_valid",
            Run::primer_examples_are_valid,
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

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Verdict {
    Valid,
    Invalid,
    SchemaError,
}

impl Verdict {
    fn as_str(self) -> &'static str {
        match self {
            Verdict::Valid => "valid",
            Verdict::Invalid => "invalid",
            Verdict::SchemaError => "schema-error",
        }
    }
}

/// The outcome for one input.
struct Outcome {
    corpus: &'static str,
    name: String,
    verdict: Verdict,
    codes: BTreeSet<String>,
    /// The code the data says the input must fail with, when it says one.
    expected_code: Option<String>,
    elapsed: Duration,
}

impl Outcome {
    fn line(&self) -> String {
        let mut line = format!("{}/{}: {}", self.corpus, self.name, self.verdict.as_str());
        if !self.codes.is_empty() {
            let codes: Vec<&str> = self.codes.iter().map(String::as_str).collect();
            line.push_str(&format!(" [{}]", codes.join(", ")));
        }
        line
    }
}

struct Run {
    outcomes: Vec<Outcome>,
    /// Inputs that could not be paired or read: corpus → problems.
    problems: Vec<String>,
}

impl Run {
    fn collect(shared: &Path) -> Run {
        let mut run = Run {
            outcomes: Vec::new(),
            problems: Vec::new(),
        };
        let sdk = shared.join("corpus/sdk-test-assets");
        let primer = shared.join("corpus/primer-samples/core");
        run.sdk_invalid(&sdk, &primer);
        run.sdk_validation(&sdk);
        run.sdk_adversarial(&sdk);
        run.sdk_schemas(&sdk);
        run.primer(&primer);
        run.hubspot(&shared.join("corpus/hubspot"));
        run.outcomes
            .sort_by(|a, b| (a.corpus, &a.name).cmp(&(b.corpus, &b.name)));
        run
    }

    /// `instances/invalid/<sample>/*.json` against the primer sample's schema.
    fn sdk_invalid(&mut self, sdk: &Path, primer: &Path) {
        for dir in subdirs(&sdk.join("instances/invalid")) {
            let sample = file_name(&dir);
            let schema = read_json(&primer.join(&sample).join("schema.struct.json"));
            for file in json_files(&dir) {
                let doc = strip_underscored(read_json(&file));
                let name = format!("{sample}/{}", stem(&file));
                self.instance("sdk-invalid", name, &schema, &doc, None);
            }
        }
    }

    /// `instances/validation/<name>/*.json` against `schemas/validation/<name>.struct.json`.
    fn sdk_validation(&mut self, sdk: &Path) {
        for dir in subdirs(&sdk.join("instances/validation")) {
            let set = file_name(&dir);
            let schema_path = sdk.join(format!("schemas/validation/{set}.struct.json"));
            if !schema_path.is_file() {
                self.problems.push(format!(
                    "sdk-validation/{set}: no schema {}",
                    schema_path.display()
                ));
                continue;
            }
            let schema = read_json(&schema_path);
            for file in json_files(&dir) {
                let raw = read_json(&file);
                let expected = raw
                    .get("_expectedError")
                    .and_then(Value::as_str)
                    .map(str::to_owned);
                let doc = match raw.get("value") {
                    Some(v) => v.clone(),
                    None => strip_underscored(raw),
                };
                let name = format!("{set}/{}", stem(&file));
                self.instance("sdk-validation", name, &schema, &doc, expected);
            }
        }
    }

    /// `instances/adversarial/*.json`, each against the schema whose `$id`
    /// is the instance's `$schema`.
    fn sdk_adversarial(&mut self, sdk: &Path) {
        let mut by_id: BTreeMap<String, Value> = BTreeMap::new();
        for file in json_files(&sdk.join("schemas/adversarial")) {
            let schema = read_json(&file);
            if let Some(id) = schema.get("$id").and_then(Value::as_str) {
                by_id.insert(id.to_owned(), schema.clone());
            }
        }
        for file in json_files(&sdk.join("instances/adversarial")) {
            let doc = read_json(&file);
            let name = stem(&file);
            let target = doc.get("$schema").and_then(Value::as_str).unwrap_or("");
            match by_id.get(target) {
                Some(schema) => self.instance("sdk-adversarial", name, schema, &doc, None),
                None => self.problems.push(format!(
                    "sdk-adversarial/{name}: no adversarial schema has the $id \"{target}\""
                )),
            }
        }
    }

    /// Every schema asset, judged by `check_schema`.
    fn sdk_schemas(&mut self, sdk: &Path) {
        for dir in subdirs(&sdk.join("schemas")) {
            let group = file_name(&dir);
            for file in json_files(&dir) {
                let schema = read_json(&file);
                let started = Instant::now();
                let diagnostics = truss::check_schema(&schema);
                let elapsed = started.elapsed();
                let errors: BTreeSet<String> = diagnostics
                    .iter()
                    .filter(|d| d.severity() == Severity::Error)
                    .map(|d| d.code().to_owned())
                    .collect();
                let (verdict, codes) = if errors.is_empty() {
                    let warnings = diagnostics.iter().map(|d| d.code().to_owned()).collect();
                    (Verdict::Valid, warnings)
                } else {
                    (Verdict::SchemaError, errors)
                };
                self.outcomes.push(Outcome {
                    corpus: "sdk-schemas",
                    name: format!("{group}/{}", stem(&file)),
                    verdict,
                    codes,
                    expected_code: None,
                    elapsed,
                });
            }
        }
    }

    /// Every `example*.json` of every core primer sample.
    fn primer(&mut self, primer: &Path) {
        for dir in subdirs(primer) {
            let sample = file_name(&dir);
            let schema = read_json(&dir.join("schema.struct.json"));
            for file in files(&dir, |n| n.starts_with("example") && n.ends_with(".json")) {
                let doc = read_json(&file);
                let name = format!("{sample}/{}", stem(&file));
                self.instance("primer", name, &schema, &doc, None);
            }
        }
    }

    /// `structure/X-structure.json` ↔ `examples/X-example.json`.
    fn hubspot(&mut self, hubspot: &Path) {
        for file in json_files(&hubspot.join("structure")) {
            let file_name = file_name(&file);
            let Some(base) = file_name.strip_suffix("-structure.json") else {
                self.problems
                    .push(format!("hubspot/{file_name}: not named X-structure.json"));
                continue;
            };
            let example = hubspot.join(format!("examples/{base}-example.json"));
            if !example.is_file() {
                self.problems
                    .push(format!("hubspot/{base}: no example {}", example.display()));
                continue;
            }
            let schema = read_json(&file);
            let doc = read_json(&example);
            self.instance("hubspot", base.to_owned(), &schema, &doc, None);
        }
    }

    fn instance(
        &mut self,
        corpus: &'static str,
        name: String,
        schema: &Value,
        doc: &Value,
        expected_code: Option<String>,
    ) {
        let started = Instant::now();
        let (verdict, codes) = match Validator::new(schema) {
            Err(e) => (
                Verdict::SchemaError,
                e.errors().map(|d| d.code().to_owned()).collect(),
            ),
            Ok(v) => {
                let codes: BTreeSet<String> =
                    v.iter_errors(doc).map(|e| e.code().to_owned()).collect();
                if v.is_valid(doc) != codes.is_empty() {
                    self.problems.push(format!(
                        "{corpus}/{name}: is_valid disagrees with iter_errors"
                    ));
                }
                let verdict = if codes.is_empty() {
                    Verdict::Valid
                } else {
                    Verdict::Invalid
                };
                (verdict, codes)
            }
        };
        self.outcomes.push(Outcome {
            corpus,
            name,
            verdict,
            codes,
            expected_code,
            elapsed: started.elapsed(),
        });
    }

    fn of<'a>(&'a self, corpus: &'a str) -> impl Iterator<Item = &'a Outcome> + 'a {
        self.outcomes.iter().filter(move |o| o.corpus == corpus)
    }

    // ---- checks

    fn expectations_match(&self) -> Result<(), String> {
        let path = expectations_path();
        let mut text = String::from(
            "# Verdict of truss on every corpus input: `<corpus>/<name>: valid|invalid|schema-error [codes]`.\n\
             # Regenerated by `cargo test -p truss-suite --features corpus --test corpus`;\n\
             # TRUSS_BLESS=1 rewrites it. Review every change before blessing it.\n",
        );
        for o in &self.outcomes {
            text.push_str(&o.line());
            text.push('\n');
        }
        compare_or_bless(&path, &text)
    }

    fn every_corpus_was_read(&self) -> Result<(), String> {
        let mut problems = self.problems.clone();
        let minimum = [
            ("sdk-invalid", 20),
            ("sdk-validation", 25),
            ("sdk-adversarial", 22),
            ("sdk-schemas", 99),
            ("primer", 30),
            ("hubspot", 735),
        ];
        for (corpus, at_least) in minimum {
            let n = self.of(corpus).count();
            if n < at_least {
                problems.push(format!(
                    "{corpus}: read {n} inputs, expected at least {at_least}"
                ));
            }
        }
        fail_if_any(problems)
    }

    fn sdk_invalid_instances_are_invalid(&self) -> Result<(), String> {
        let wrong: Vec<String> = self
            .of("sdk-invalid")
            .filter(|o| o.verdict != Verdict::Invalid)
            .map(Outcome::line)
            .collect();
        fail_if_any(wrong)
    }

    /// Once an instance fails, it must fail for the reason the data names.
    fn sdk_validation_failures_carry_their_expected_code(&self) -> Result<(), String> {
        let wrong: Vec<String> = self
            .of("sdk-validation")
            .filter(|o| o.verdict == Verdict::Invalid)
            .filter_map(|o| {
                let want = o.expected_code.as_deref()?;
                (!o.codes.contains(want)).then(|| format!("{} (expected {want})", o.line()))
            })
            .collect();
        fail_if_any(wrong)
    }

    fn adversarial_inputs_finish_quickly(&self) -> Result<(), String> {
        let slow: Vec<String> = self
            .outcomes
            .iter()
            .filter(|o| {
                o.corpus == "sdk-adversarial"
                    || (o.corpus == "sdk-schemas" && o.name.starts_with("adversarial/"))
            })
            .filter(|o| o.elapsed > ADVERSARIAL_BUDGET)
            .map(|o| format!("{}/{} took {:?}", o.corpus, o.name, o.elapsed))
            .collect();
        fail_if_any(slow)
    }

    fn adversarial_defects_are_rejected(&self) -> Result<(), String> {
        let mut problems = Vec::new();
        for name in MUST_REJECT {
            let full = format!("adversarial/{name}");
            match self.of("sdk-schemas").find(|o| o.name == full) {
                Some(o) if o.verdict == Verdict::SchemaError => {}
                Some(o) => problems.push(format!("{} (expected schema-error)", o.line())),
                None => problems.push(format!("sdk-schemas/{full} was not read")),
            }
        }
        fail_if_any(problems)
    }

    fn primer_examples_are_valid(&self) -> Result<(), String> {
        let wrong: Vec<String> = self
            .of("primer")
            .filter(|o| o.verdict != Verdict::Valid)
            .map(Outcome::line)
            .collect();
        fail_if_any(wrong)
    }

    fn print_table(&self) {
        let mut table: BTreeMap<&str, [usize; 3]> = BTreeMap::new();
        for o in &self.outcomes {
            let row = table.entry(o.corpus).or_default();
            row[o.verdict as usize] += 1;
        }
        println!("\ncorpus results");
        println!("| corpus | inputs | valid | invalid | schema-error |");
        println!("|---|---:|---:|---:|---:|");
        for (corpus, [valid, invalid, error]) in table {
            println!(
                "| {corpus} | {} | {valid} | {invalid} | {error} |",
                valid + invalid + error
            );
        }
    }
}

fn expectations_path() -> PathBuf {
    repo().join("tests/expectations/corpus.txt")
}

/// Compares `text` with the committed file, or rewrites the file when
/// `TRUSS_BLESS=1`.
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
    Err(format!(
        "{} is out of date (TRUSS_BLESS=1 rewrites it; review the change first):\n{}",
        path.display(),
        line_diff(&committed, text)
    ))
}

/// The lines only in `old` (`-`) and only in `new` (`+`), in order.
fn line_diff(old: &str, new: &str) -> String {
    let before: BTreeSet<&str> = old.lines().collect();
    let after: BTreeSet<&str> = new.lines().collect();
    let mut out: Vec<String> = Vec::new();
    for line in old.lines().filter(|l| !after.contains(l)) {
        out.push(format!("- {line}"));
    }
    for line in new.lines().filter(|l| !before.contains(l)) {
        out.push(format!("+ {line}"));
    }
    const SHOWN: usize = 200;
    let total = out.len();
    out.truncate(SHOWN);
    if total > SHOWN {
        out.push(format!("… and {} more changed lines", total - SHOWN));
    }
    out.join("\n")
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

/// The document without its top-level `_`-prefixed keys (test metadata).
fn strip_underscored(doc: Value) -> Value {
    match doc {
        Value::Object(map) => Value::Object(
            map.into_iter()
                .filter(|(k, _)| !k.starts_with('_'))
                .collect::<Map<String, Value>>(),
        ),
        other => other,
    }
}

fn subdirs(dir: &Path) -> Vec<PathBuf> {
    files(dir, |_| true)
        .into_iter()
        .filter(|p| p.is_dir())
        .collect()
}

fn json_files(dir: &Path) -> Vec<PathBuf> {
    files(dir, |n| n.ends_with(".json"))
        .into_iter()
        .filter(|p| p.is_file())
        .collect()
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default()
        .to_owned()
}

/// The file name without `.json` (and without `.struct` before it).
fn stem(path: &Path) -> String {
    let name = file_name(path);
    let name = name.strip_suffix(".json").unwrap_or(&name);
    name.strip_suffix(".struct").unwrap_or(name).to_owned()
}
