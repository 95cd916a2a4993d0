//! The conformance suite runner: every case under `tests/conformance/` is
//! its own named test (`<area>::<topic>::<case>`). The file format, the
//! expected-failure list and the coverage rule are described in
//! `tests/conformance/README.md`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use libtest_mimic::{Arguments, Failed, Trial};
use serde::Deserialize;
use serde_json::Value;
use truss::{Severity, Validator};

fn main() {
    let args = Arguments::from_args();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/conformance");
    let suite = on_large_stack(|| Suite::load(&root));
    let tally = Arc::new(Mutex::new(BTreeMap::<String, Tally>::new()));
    let trials = suite.trials(&tally);
    let conclusion = libtest_mimic::run(&args, trials);
    print_table(&tally.lock().unwrap_or_else(|e| e.into_inner()));
    conclusion.exit();
}

// ---------------------------------------------------------------- file format

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct InstanceFile {
    description: String,
    schema: Value,
    #[serde(default)]
    options: Options,
    #[serde(default)]
    warnings: Vec<ExpectedWarning>,
    /// Other schema documents, by absolute URI, for `$import`.
    #[serde(default)]
    documents: BTreeMap<String, Value>,
    cases: Vec<InstanceCase>,
}

#[derive(Deserialize, Default, Clone)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct Options {
    strict: Option<bool>,
    max_depth: Option<usize>,
    numbers_as_strings: Option<bool>,
    absolute_uris: Option<bool>,
}

#[derive(Deserialize, Clone, PartialEq, Eq, PartialOrd, Ord, Debug)]
#[serde(deny_unknown_fields)]
struct ExpectedWarning {
    pointer: String,
    code: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct InstanceCase {
    description: String,
    instance: Value,
    valid: bool,
    #[serde(default)]
    errors: Vec<ExpectedError>,
}

#[derive(Deserialize, Clone, PartialEq, Eq, PartialOrd, Ord, Debug)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct ExpectedError {
    instance_path: String,
    code: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SchemaFile {
    #[allow(dead_code)]
    kind: String,
    description: String,
    cases: Vec<SchemaCase>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SchemaCase {
    description: String,
    /// The schema document; exactly one of `schema` and `schemaText`.
    #[serde(default, deserialize_with = "present")]
    schema: Option<Value>,
    /// The schema as text, for what only text shows (syntax errors,
    /// repeated keys).
    #[serde(default, rename = "schemaText")]
    schema_text: Option<String>,
    /// Other schema documents, by absolute URI, for `$import`.
    #[serde(default)]
    documents: BTreeMap<String, Value>,
    /// Whether `example`/`examples` values are checked too.
    #[serde(default, rename = "checkExamples")]
    check_examples: bool,
    compiles: bool,
    diagnostics: Vec<ExpectedDiagnostic>,
    #[serde(default, rename = "compileErrors")]
    compile_errors: Option<Vec<ExpectedWarning>>,
}

/// A member that is present, even as `null`, is `Some`.
fn present<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Value>, D::Error> {
    Value::deserialize(d).map(Some)
}

#[derive(Deserialize, Clone, PartialEq, Eq, PartialOrd, Ord, Debug)]
#[serde(deny_unknown_fields)]
struct ExpectedDiagnostic {
    pointer: String,
    code: String,
    severity: String,
}

// ---------------------------------------------------------------- loading

/// One runnable case.
struct Case {
    name: String,
    area: String,
    description: String,
    check: Check,
}

enum Check {
    Instance {
        file: Arc<CompiledFile>,
        instance: Instance,
        valid: bool,
        errors: Vec<ExpectedError>,
    },
    Schema {
        schema: SchemaSource,
        documents: BTreeMap<String, Value>,
        check_examples: bool,
        compiles: bool,
        diagnostics: Vec<ExpectedDiagnostic>,
        compile_errors: Option<Vec<ExpectedWarning>>,
    },
}

/// A case's instance. The depth-limit cases nest 12,000 levels, and
/// serde_json's own drop recurses once per level, so it is taken apart
/// iteratively instead, on whatever thread drops it (a trial that a filter
/// skips is dropped on the main thread).
struct Instance(Value);

impl Drop for Instance {
    fn drop(&mut self) {
        let mut stack = vec![self.0.take()];
        while let Some(v) = stack.pop() {
            match v {
                Value::Array(items) => stack.extend(items),
                Value::Object(members) => stack.extend(members.into_iter().map(|(_, v)| v)),
                _ => {}
            }
        }
    }
}

/// Reading, printing and comparing values recurse once per level in
/// serde_json; the depth-limit cases run where there is room for that.
fn on_large_stack<T: Send>(f: impl FnOnce() -> T + Send) -> T {
    const STACK: usize = 64 << 20;
    std::thread::scope(|scope| {
        std::thread::Builder::new()
            .stack_size(STACK)
            .spawn_scoped(scope, f)
            .expect("the platform starts a thread")
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
    })
}

/// A schema case's schema: a document, or text.
enum SchemaSource {
    Value(Value),
    Text(String),
}

/// The schema of an instance file, compiled once for all its cases.
struct CompiledFile {
    validator: Result<Validator, String>,
    expected_warnings: Vec<ExpectedWarning>,
    /// URIs of the external documents the file supplies for `$import`.
    documents: Vec<String>,
}

struct Suite {
    root: PathBuf,
    cases: Vec<Case>,
    /// Files that could not be loaded: trial name → why.
    broken: Vec<(String, String)>,
    /// Expected failures: case name → reason.
    xfail: BTreeMap<String, String>,
    /// Codes allowed to have no case: code → reason.
    uncovered: BTreeMap<String, String>,
    /// Problems in the two lists themselves.
    list_errors: Vec<String>,
}

impl Suite {
    fn load(root: &Path) -> Suite {
        let mut suite = Suite {
            root: root.to_owned(),
            cases: Vec::new(),
            broken: Vec::new(),
            xfail: BTreeMap::new(),
            uncovered: BTreeMap::new(),
            list_errors: Vec::new(),
        };
        for (area, topic, path) in case_files(root) {
            let trial = format!("load::{area}::{topic}");
            match load_file(&area, &topic, &path) {
                Ok(cases) => suite.cases.extend(cases),
                Err(why) => suite
                    .broken
                    .push((trial, format!("{}: {why}", path.display()))),
            }
        }
        suite.xfail = read_reason_list(&root.join("xfail.txt"), &mut suite.list_errors);
        suite.uncovered =
            read_reason_list(&root.join("uncovered-codes.txt"), &mut suite.list_errors);
        suite
    }

    fn trials(self, tally: &Arc<Mutex<BTreeMap<String, Tally>>>) -> Vec<Trial> {
        let mut trials = Vec::new();
        for (name, why) in &self.broken {
            let why = why.clone();
            trials.push(Trial::test(name.clone(), move || Err(why.into())));
        }
        let names: BTreeSet<String> = self.cases.iter().map(|c| c.name.clone()).collect();
        trials.push(self.xfail_trial(&names));
        trials.push(self.snapshot_trial());
        trials.push(self.coverage_trial());
        for case in self.cases {
            let xfail = self.xfail.get(&case.name).cloned();
            let tally = Arc::clone(tally);
            let name = case.name.clone();
            let area = case.area.clone();
            trials.push(Trial::test(name, move || {
                let expected_failure = xfail.is_some();
                let outcome = on_large_stack(move || {
                    // A failed snapshot assertion panics; count it like any failure.
                    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                        run_case(&case, xfail.as_deref())
                    }))
                    .unwrap_or_else(|panic| Err(panic_message(&panic).into()))
                });
                let mut t = tally.lock().unwrap_or_else(|e| e.into_inner());
                let entry = t.entry(area).or_default();
                match (&outcome, expected_failure) {
                    (Ok(()), false) => entry.passed += 1,
                    (Ok(()), true) => entry.xfailed += 1,
                    (Err(_), _) => entry.failed += 1,
                }
                outcome
            }));
        }
        trials
    }

    fn xfail_trial(&self, names: &BTreeSet<String>) -> Trial {
        let mut problems = self.list_errors.clone();
        for name in self.xfail.keys() {
            if !names.contains(name) {
                problems.push(format!("xfail.txt names `{name}`, which is no case"));
            }
        }
        Trial::test("xfail::every_entry_names_a_case", move || {
            fail_if_any(problems)
        })
    }

    fn snapshot_trial(&self) -> Trial {
        let expected: BTreeSet<String> = self
            .cases
            .iter()
            .filter(|c| !self.xfail.contains_key(&c.name))
            .map(|c| snapshot_name(&c.name))
            .collect();
        let dir = self.root.join("snapshots");
        Trial::test("snapshots::every_snapshot_belongs_to_a_case", move || {
            let mut problems = Vec::new();
            let Ok(entries) = std::fs::read_dir(&dir) else {
                return Ok(());
            };
            let mut found: Vec<String> = entries
                .filter_map(Result::ok)
                .filter_map(|e| e.file_name().to_str().map(str::to_owned))
                .filter_map(|n| n.strip_suffix(".snap").map(str::to_owned))
                .collect();
            found.sort();
            for name in found {
                if !expected.contains(&name) {
                    problems.push(format!(
                        "snapshots/{name}.snap belongs to no case (or to an expected failure); delete it"
                    ));
                }
            }
            fail_if_any(problems)
        })
    }

    fn coverage_trial(&self) -> Trial {
        let mut covered: BTreeSet<String> = BTreeSet::new();
        for case in self
            .cases
            .iter()
            .filter(|c| !self.xfail.contains_key(&c.name))
        {
            match &case.check {
                Check::Instance { file, errors, .. } => {
                    covered.extend(errors.iter().map(|e| e.code.clone()));
                    covered.extend(file.expected_warnings.iter().map(|w| w.code.clone()));
                }
                Check::Schema {
                    diagnostics,
                    compile_errors,
                    ..
                } => {
                    covered.extend(diagnostics.iter().map(|d| d.code.clone()));
                    covered.extend(compile_errors.iter().flatten().map(|e| e.code.clone()));
                }
            }
        }
        let uncovered = self.uncovered.clone();
        let broken = !self.broken.is_empty();
        Trial::test("coverage::every_emitted_code_has_a_case", move || {
            if broken {
                return Err("some case files did not load; coverage cannot be judged".into());
            }
            let all: BTreeSet<&str> = truss::codes::ALL.iter().copied().collect();
            let mut problems = Vec::new();
            let missing: Vec<&str> = all
                .iter()
                .copied()
                .filter(|c| !covered.contains(*c) && !uncovered.contains_key(*c))
                .collect();
            if !missing.is_empty() {
                problems.push(format!(
                    "{} code(s) without a case (add a case, or list the code in uncovered-codes.txt with the reason):\n    {}",
                    missing.len(),
                    missing.join("\n    ")
                ));
            }
            for code in uncovered.keys() {
                if covered.contains(code) {
                    problems.push(format!(
                        "{code} is listed in uncovered-codes.txt but has a case now; remove it from the list"
                    ));
                }
                if !all.contains(code.as_str()) {
                    problems.push(format!(
                        "{code} is listed in uncovered-codes.txt but truss has no such code"
                    ));
                }
            }
            fail_if_any(problems)
        })
    }
}

/// Every `<area>/<topic>.json` under the suite root, sorted.
fn case_files(root: &Path) -> Vec<(String, String, PathBuf)> {
    let mut out = Vec::new();
    let Ok(areas) = std::fs::read_dir(root) else {
        return out;
    };
    for area in areas.filter_map(Result::ok) {
        let area_path = area.path();
        let Some(area_name) = area_path.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        if !area_path.is_dir() || area_name == "snapshots" {
            continue;
        }
        let Ok(files) = std::fs::read_dir(&area_path) else {
            continue;
        };
        for file in files.filter_map(Result::ok) {
            let path = file.path();
            if path.extension().and_then(|e| e.to_str()) != Some("json") {
                continue;
            }
            let Some(topic) = path.file_stem().and_then(|n| n.to_str()) else {
                continue;
            };
            out.push((area_name.to_owned(), topic.to_owned(), path.clone()));
        }
    }
    out.sort();
    out
}

fn load_file(area: &str, topic: &str, path: &Path) -> Result<Vec<Case>, String> {
    for part in [area, topic] {
        if slug(part) != part {
            return Err(format!(
                "`{part}` is not a valid area or topic name (use `{}`)",
                slug(part)
            ));
        }
    }
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let mut de = serde_json::Deserializer::from_str(&text);
    // Depth-limit cases nest schemas deeper than serde_json reads by default.
    de.disable_recursion_limit();
    let raw = Value::deserialize(&mut de).map_err(|e| e.to_string())?;
    de.end().map_err(|e| e.to_string())?;
    let kind = raw.get("kind").and_then(Value::as_str);
    let prefix = format!("{area}::{topic}");
    let mut seen = BTreeSet::new();
    let mut name_of = |description: &str| -> Result<String, String> {
        let s = slug(description);
        if s.is_empty() {
            return Err(format!("case \"{description}\" has no usable name"));
        }
        if !seen.insert(s.clone()) {
            return Err(format!(
                "two cases are named `{s}`; make their descriptions differ"
            ));
        }
        Ok(format!("{prefix}::{s}"))
    };
    match kind {
        Some("schema") => {
            let file: SchemaFile = serde_json::from_value(raw).map_err(|e| e.to_string())?;
            non_empty(&file.description, file.cases.len())?;
            file.cases
                .into_iter()
                .map(|c| {
                    for d in &c.diagnostics {
                        if d.severity != "error" && d.severity != "warning" {
                            return Err(format!(
                                "case \"{}\": severity must be \"error\" or \"warning\", found \"{}\"",
                                c.description, d.severity
                            ));
                        }
                    }
                    if c.compiles && c.compile_errors.is_some() {
                        return Err(format!(
                            "case \"{}\" compiles, so it cannot list compileErrors",
                            c.description
                        ));
                    }
                    let schema = match (c.schema, c.schema_text) {
                        (Some(v), None) => SchemaSource::Value(v),
                        (None, Some(t)) => SchemaSource::Text(t),
                        _ => {
                            return Err(format!(
                                "case \"{}\" needs exactly one of `schema` and `schemaText`",
                                c.description
                            ));
                        }
                    };
                    Ok(Case {
                        name: name_of(&c.description)?,
                        area: area.to_owned(),
                        description: c.description,
                        check: Check::Schema {
                            schema,
                            documents: c.documents,
                            check_examples: c.check_examples,
                            compiles: c.compiles,
                            diagnostics: c.diagnostics,
                            compile_errors: c.compile_errors,
                        },
                    })
                })
                .collect()
        }
        Some(other) => Err(format!(
            "unknown kind \"{other}\" (instance files omit `kind`; schema files say \"schema\")"
        )),
        None => {
            let file: InstanceFile = serde_json::from_value(raw).map_err(|e| e.to_string())?;
            non_empty(&file.description, file.cases.len())?;
            let documents: Vec<String> = file.documents.keys().cloned().collect();
            // `$import` resolves from the file's `documents` only: nothing
            // is read from the network or the file system.
            let mut opts = options(&file.options);
            for (uri, doc) in file.documents {
                opts = opts.register(uri, doc);
            }
            let compiled = Arc::new(CompiledFile {
                validator: opts.build(&file.schema).map_err(|e| e.to_string()),
                expected_warnings: file.warnings,
                documents,
            });
            file.cases
                .into_iter()
                .map(|c| {
                    if c.valid && !c.errors.is_empty() {
                        return Err(format!(
                            "case \"{}\" is valid but lists errors",
                            c.description
                        ));
                    }
                    if !c.valid && c.errors.is_empty() {
                        return Err(format!(
                            "case \"{}\" is invalid but lists no errors",
                            c.description
                        ));
                    }
                    Ok(Case {
                        name: name_of(&c.description)?,
                        area: area.to_owned(),
                        description: c.description,
                        check: Check::Instance {
                            file: Arc::clone(&compiled),
                            instance: Instance(c.instance),
                            valid: c.valid,
                            errors: c.errors,
                        },
                    })
                })
                .collect()
        }
    }
}

fn non_empty(description: &str, cases: usize) -> Result<(), String> {
    if description.trim().is_empty() {
        return Err("the file needs a description".into());
    }
    if cases == 0 {
        return Err("the file has no cases".into());
    }
    Ok(())
}

fn options(o: &Options) -> truss::ValidatorOptions {
    let mut opts = Validator::options();
    if let Some(v) = o.strict {
        opts = opts.strict(v);
    }
    if let Some(v) = o.max_depth {
        opts = opts.max_depth(v);
    }
    if let Some(v) = o.numbers_as_strings {
        opts = opts.numbers_as_strings(v);
    }
    if let Some(v) = o.absolute_uris {
        opts = opts.absolute_uris(v);
    }
    opts
}

/// `name  # reason` lines; blank lines and `#` lines are comments.
fn read_reason_list(path: &Path, problems: &mut Vec<String>) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let Ok(text) = std::fs::read_to_string(path) else {
        return out;
    };
    let file = path.file_name().and_then(|n| n.to_str()).unwrap_or("?");
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (name, reason) = match line.split_once('#') {
            Some((n, r)) => (n.trim(), r.trim()),
            None => (line, ""),
        };
        if reason.is_empty() || name.contains(char::is_whitespace) {
            problems.push(format!(
                "{file}:{}: expected `name  # reason`, found `{line}`",
                i + 1
            ));
            continue;
        }
        if out.insert(name.to_owned(), reason.to_owned()).is_some() {
            problems.push(format!("{file}:{}: `{name}` is listed twice", i + 1));
        }
    }
    out
}

/// Lower-case ASCII letters and digits; every other run becomes one `_`.
fn slug(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut gap = false;
    for ch in text.chars() {
        if ch.is_ascii_alphanumeric() {
            if gap && !out.is_empty() {
                out.push('_');
            }
            gap = false;
            out.push(ch.to_ascii_lowercase());
        } else {
            gap = true;
        }
    }
    out
}

fn snapshot_name(case: &str) -> String {
    case.replace("::", "__")
}

// ---------------------------------------------------------------- judging

fn run_case(case: &Case, xfail: Option<&str>) -> Result<(), Failed> {
    let judged = match &case.check {
        Check::Instance {
            file,
            instance,
            valid,
            errors,
        } => judge_instance(file, &instance.0, *valid, errors),
        Check::Schema {
            schema,
            documents,
            check_examples,
            compiles,
            diagnostics,
            compile_errors,
        } => judge_schema(
            schema,
            documents,
            *check_examples,
            *compiles,
            diagnostics,
            compile_errors.as_deref(),
        ),
    };
    match (judged, xfail) {
        (Ok(report), None) => {
            snapshot(case, &report);
            Ok(())
        }
        (Err(why), None) => Err(why.into()),
        (Err(_), Some(_)) => Ok(()),
        (Ok(_), Some(reason)) => Err(format!(
            "expected to fail ({reason}), but it passes now: remove `{}` from tests/conformance/xfail.txt",
            case.name
        )
        .into()),
    }
}

/// Checks one instance case; on success returns the report to snapshot.
fn judge_instance(
    file: &CompiledFile,
    instance: &Value,
    valid: bool,
    expected: &[ExpectedError],
) -> Result<String, String> {
    let v = file.validator.as_ref().map_err(|e| {
        let imports = if file.documents.is_empty() {
            String::new()
        } else {
            format!(
                "\n(registered for `$import`: {})",
                file.documents.join(", ")
            )
        };
        format!("the file's schema does not compile:\n{e}{imports}")
    })?;
    let mut warnings: Vec<ExpectedWarning> = v
        .warnings()
        .iter()
        .map(|d| ExpectedWarning {
            pointer: d.pointer().to_owned(),
            code: d.code().to_owned(),
        })
        .collect();
    warnings.sort();
    let mut want_warnings = file.expected_warnings.clone();
    want_warnings.sort();
    if warnings != want_warnings {
        return Err(format!(
            "the file's schema compiles with other warnings than listed\n  expected: {}\n  actual:   {}\n{}",
            show(&want_warnings, |w| format!("{} {}", w.pointer, w.code)),
            show(&warnings, |w| format!("{} {}", w.pointer, w.code)),
            v.warnings()
                .iter()
                .map(|d| format!("    {d}"))
                .collect::<Vec<_>>()
                .join("\n")
        ));
    }
    let found: Vec<truss::ValidationError> = v.iter_errors(instance).collect();
    let report: Vec<String> = found
        .iter()
        .map(|e| {
            format!(
                "{} | {} | {} | {}",
                or_root(e.instance_path()),
                or_root(e.schema_path()),
                e.code(),
                e.message()
            )
        })
        .collect();
    let report = report.join("\n");
    let fast = v.is_valid(instance);
    if fast != found.is_empty() {
        return Err(format!(
            "is_valid says {fast}, but the full report has {} violation(s):\n{report}",
            found.len()
        ));
    }
    if v.validate(instance).is_ok() != found.is_empty() {
        return Err("validate disagrees with iter_errors".into());
    }
    let mut actual: Vec<ExpectedError> = found
        .iter()
        .map(|e| ExpectedError {
            instance_path: e.instance_path().to_owned(),
            code: e.code().to_owned(),
        })
        .collect();
    actual.sort();
    let mut want = expected.to_vec();
    want.sort();
    if found.is_empty() != valid || actual != want {
        let headline = if found.is_empty() == valid {
            "the violations differ".to_owned()
        } else {
            format!(
                "expected {}, found {}",
                verdict(valid),
                verdict(found.is_empty())
            )
        };
        return Err(format!(
            "{headline}\n  expected errors: {}\n  actual errors:   {}\nfull report:\n{}",
            show(&want, fmt_error),
            show(&actual, fmt_error),
            if report.is_empty() { "(none)" } else { &report }
        ));
    }
    Ok(report)
}

fn judge_schema(
    schema: &SchemaSource,
    documents: &BTreeMap<String, Value>,
    check_examples: bool,
    compiles: bool,
    expected: &[ExpectedDiagnostic],
    compile_errors: Option<&[ExpectedWarning]>,
) -> Result<String, String> {
    // Without `documents` this is exactly `truss::check_schema` and
    // `Validator::new` (or their text forms).
    let mut opts = Validator::options();
    for (uri, doc) in documents {
        opts = opts.register(uri, doc.clone());
    }
    let (mut diagnostics, compiled) = match schema {
        SchemaSource::Value(v) => (opts.check(v), opts.build(v)),
        SchemaSource::Text(t) => (opts.check_str(t), opts.build_str(t)),
    };
    if check_examples {
        let value = match schema {
            SchemaSource::Value(v) => Some(v.clone()),
            SchemaSource::Text(t) => serde_json::from_str(t).ok(),
        };
        if let Some(v) = value {
            diagnostics.extend(truss::check_examples(&v));
        }
    }
    let mut actual: Vec<ExpectedDiagnostic> = diagnostics
        .iter()
        .map(|d| ExpectedDiagnostic {
            pointer: d.pointer().to_owned(),
            code: d.code().to_owned(),
            severity: match d.severity() {
                Severity::Error => "error".to_owned(),
                Severity::Warning => "warning".to_owned(),
            },
        })
        .collect();
    actual.sort();
    let mut want = expected.to_vec();
    want.sort();
    let mut report = vec![format!(
        "compiles: {}",
        if compiled.is_ok() { "yes" } else { "no" }
    )];
    report.extend(diagnostics.iter().map(|d| {
        format!(
            "{} | {} | {} | {}",
            d.severity(),
            or_root(d.pointer()),
            d.code(),
            d.message()
        )
    }));
    if let Err(e) = &compiled {
        report.extend(e.errors().map(|d| {
            format!(
                "compile error | {} | {} | {}",
                or_root(d.pointer()),
                d.code(),
                d.message()
            )
        }));
    }
    let report = report.join("\n");
    if actual != want {
        return Err(format!(
            "schema diagnostics differ\n  expected: {}\n  actual:   {}\nfull report:\n{report}",
            show(&want, fmt_diagnostic),
            show(&actual, fmt_diagnostic),
        ));
    }
    if compiled.is_ok() != compiles {
        return Err(format!(
            "expected the schema {}to compile for validation, but it {}\n{}",
            if compiles { "" } else { "not " },
            if compiled.is_ok() { "does" } else { "does not" },
            compiled.err().map(|e| e.to_string()).unwrap_or_default()
        ));
    }
    if let (Some(want), Err(e)) = (compile_errors, &compiled) {
        let mut want = want.to_vec();
        want.sort();
        let mut actual: Vec<ExpectedWarning> = e
            .errors()
            .map(|d| ExpectedWarning {
                pointer: d.pointer().to_owned(),
                code: d.code().to_owned(),
            })
            .collect();
        actual.sort();
        if actual != want {
            return Err(format!(
                "the compile errors differ\n  expected: {}\n  actual:   {}\n{e}",
                show(&want, |w| format!("{} {}", w.pointer, w.code)),
                show(&actual, |w| format!("{} {}", w.pointer, w.code)),
            ));
        }
    }
    Ok(report)
}

fn snapshot(case: &Case, report: &str) {
    let description = match &case.check {
        Check::Instance { instance, .. } => {
            let text = instance.0.to_string();
            format!("{}\ninstance: {}", case.description, abbreviate(&text))
        }
        Check::Schema {
            schema: SchemaSource::Value(schema),
            ..
        } => format!("{}\nschema: {schema}", case.description),
        Check::Schema {
            schema: SchemaSource::Text(text),
            ..
        } => format!("{}\nschema text: {text}", case.description),
    };
    insta::with_settings!({
        snapshot_path => "conformance/snapshots",
        prepend_module_to_snapshot => false,
        omit_expression => true,
        description => description,
    }, {
        insta::assert_snapshot!(snapshot_name(&case.name), report);
    });
}

/// A long instance (the depth-limit cases) shortened for the snapshot's
/// description, which insta does not compare.
fn abbreviate(text: &str) -> String {
    const KEEP: usize = 60;
    let chars = text.chars().count();
    if chars <= 4 * KEEP {
        return text.to_owned();
    }
    let head: String = text.chars().take(KEEP).collect();
    let tail: String = text.chars().skip(chars - KEEP).collect();
    format!("{head}…{tail} ({chars} characters)")
}

/// The empty pointer, spelled out in reports.
fn or_root(pointer: &str) -> &str {
    if pointer.is_empty() {
        "(root)"
    } else {
        pointer
    }
}

fn verdict(valid: bool) -> &'static str {
    if valid { "valid" } else { "invalid" }
}

fn fmt_error(e: &ExpectedError) -> String {
    format!("({:?}, {})", e.instance_path, e.code)
}

fn fmt_diagnostic(d: &ExpectedDiagnostic) -> String {
    format!("({:?}, {}, {})", d.pointer, d.code, d.severity)
}

fn show<T>(items: &[T], f: impl Fn(&T) -> String) -> String {
    if items.is_empty() {
        "[]".into()
    } else {
        items.iter().map(f).collect::<Vec<_>>().join(", ")
    }
}

fn panic_message(panic: &Box<dyn std::any::Any + Send>) -> String {
    panic
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()))
        .unwrap_or_else(|| "the test panicked".to_owned())
}

fn fail_if_any(problems: Vec<String>) -> Result<(), Failed> {
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n").into())
    }
}

// ---------------------------------------------------------------- results

#[derive(Default)]
struct Tally {
    passed: usize,
    xfailed: usize,
    failed: usize,
}

fn print_table(tally: &BTreeMap<String, Tally>) {
    if tally.is_empty() {
        return;
    }
    println!("\nconformance results");
    println!("| area | cases | passed | expected failures | failed |");
    println!("|---|---:|---:|---:|---:|");
    let mut total = Tally::default();
    for (area, t) in tally {
        println!(
            "| {area} | {} | {} | {} | {} |",
            t.passed + t.xfailed + t.failed,
            t.passed,
            t.xfailed,
            t.failed
        );
        total.passed += t.passed;
        total.xfailed += t.xfailed;
        total.failed += t.failed;
    }
    println!(
        "| **total** | {} | {} | {} | {} |",
        total.passed + total.xfailed + total.failed,
        total.passed,
        total.xfailed,
        total.failed
    );
}
