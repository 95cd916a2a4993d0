//! Prints the benchmark results as the markdown tables of PERFORMANCE.md:
//! every time as a ratio to `serde_json` parsing of the same document and
//! to the other engines, and the project's targets checked.
//!
//! Reads criterion's output (`target/criterion/<group>/<function>/new/`,
//! written by `cargo bench -p truss-suite`); the first argument overrides
//! the criterion folder. Medians are used: the machine is shared.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde_json::Value;

/// Median time in nanoseconds, by group then function.
type Results = BTreeMap<String, BTreeMap<String, f64>>;

fn main() -> ExitCode {
    let dir = std::env::args_os()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(default_dir);
    let results = match load(&dir) {
        Ok(r) if !r.is_empty() => r,
        Ok(_) => {
            eprintln!(
                "no criterion results under {}: run `cargo bench -p truss-suite` first",
                dir.display()
            );
            return ExitCode::from(2);
        }
        Err(e) => {
            eprintln!("cannot read {}: {e}", dir.display());
            return ExitCode::from(2);
        }
    };
    print!("{}", render(&results));
    ExitCode::SUCCESS
}

fn default_dir() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target"));
    target.join("criterion")
}

fn load(dir: &Path) -> std::io::Result<Results> {
    let mut out = Results::new();
    for group in std::fs::read_dir(dir)? {
        let group = group?.path();
        if !group.is_dir() {
            continue;
        }
        for bench in std::fs::read_dir(&group)? {
            let new = bench?.path().join("new");
            let (Ok(meta), Ok(estimates)) = (
                std::fs::read_to_string(new.join("benchmark.json")),
                std::fs::read_to_string(new.join("estimates.json")),
            ) else {
                continue;
            };
            let (Ok(meta), Ok(estimates)) = (
                serde_json::from_str::<Value>(&meta),
                serde_json::from_str::<Value>(&estimates),
            ) else {
                continue;
            };
            let (Some(g), Some(f), Some(median)) = (
                meta["group_id"].as_str(),
                meta["function_id"].as_str(),
                estimates["median"]["point_estimate"].as_f64(),
            ) else {
                continue;
            };
            out.entry(g.to_owned())
                .or_default()
                .insert(f.to_owned(), median);
        }
    }
    Ok(out)
}

fn time(ns: f64) -> String {
    match ns {
        n if n >= 1e9 => format!("{:.2} s", n / 1e9),
        n if n >= 1e6 => format!("{:.2} ms", n / 1e6),
        n if n >= 1e3 => format!("{:.1} µs", n / 1e3),
        n => format!("{n:.0} ns"),
    }
}

fn ratio(a: Option<f64>, b: Option<f64>) -> Option<f64> {
    match (a, b) {
        (Some(a), Some(b)) if b > 0.0 => Some(a / b),
        _ => None,
    }
}

fn cell(x: Option<f64>, show: impl Fn(f64) -> String) -> String {
    x.map_or_else(|| "–".to_owned(), show)
}

fn times(r: f64) -> String {
    if r >= 10.0 {
        format!("{r:.0}×")
    } else {
        format!("{r:.2}×")
    }
}

/// Workload groups in a readable order: batch documents by schema, size and
/// validity, then the synthetic shapes.
fn workload_order(name: &str) -> (u8, u8, u64, u8) {
    let mut parts = name.rsplitn(3, '-');
    let (last, mid, first) = (parts.next(), parts.next(), parts.next());
    match (first, mid.and_then(|m| m.parse::<u64>().ok()), last) {
        (Some(schema), Some(n), Some(validity)) => (
            0,
            u8::from(schema != "seed"),
            n,
            u8::from(validity != "valid"),
        ),
        _ => (1, 0, 0, 0),
    }
}

fn render(r: &Results) -> String {
    let mut out = String::new();
    let get = |g: &str, f: &str| r.get(g).and_then(|m| m.get(f)).copied();

    let mut workloads: Vec<&String> = r
        .keys()
        .filter(|g| r[*g].contains_key("serde_json-parse"))
        .collect();
    workloads.sort_by_key(|g| (workload_order(g), (*g).clone()));

    out.push_str("| workload | operation | truss | × parse | jsonschema | truss ÷ jsonschema | json-structure SDK | SDK ÷ truss |\n");
    out.push_str("|---|---|---:|---:|---:|---:|---:|---:|\n");
    for g in &workloads {
        let parse = get(g, "serde_json-parse");
        let sdk = get(g, "json-structure-validate_str");
        let _ = writeln!(
            out,
            "| {g} | `serde_json::from_str::<Value>` | {} | 1.00× | | | | |",
            cell(parse, time)
        );
        let floor = get(g, "serde_json-traverse");
        let _ = writeln!(
            out,
            "| {g} | visit every value of the parsed `Value`, check nothing | {} | {} | {} | {} | | |",
            cell(floor, time),
            cell(ratio(floor, parse), times),
            cell(get(g, "jsonschema-is_valid"), time),
            cell(ratio(floor, get(g, "jsonschema-is_valid")), times),
        );
        let rows: [(&str, &str, Option<&str>, bool); 5] = [
            (
                "`is_valid` (parsed)",
                "truss-is_valid",
                Some("jsonschema-is_valid"),
                false,
            ),
            (
                "`validate`, all errors (parsed)",
                "truss-validate",
                Some("jsonschema-validate"),
                false,
            ),
            (
                "bytes → verdict: `is_valid_slice`",
                "truss-is_valid_slice",
                Some("jsonschema-parse+is_valid"),
                true,
            ),
            (
                "bytes → all errors: `validate_slice`",
                "truss-validate_slice",
                None,
                true,
            ),
            (
                "bytes → verdict: parse + `is_valid`",
                "truss-parse+is_valid",
                Some("jsonschema-parse+is_valid"),
                false,
            ),
        ];
        for (label, ours, theirs, with_sdk) in rows {
            let t = get(g, ours);
            let j = theirs.and_then(|f| get(g, f));
            let s = if with_sdk { sdk } else { None };
            let _ = writeln!(
                out,
                "| {g} | {label} | {} | {} | {} | {} | {} | {} |",
                cell(t, time),
                cell(ratio(t, parse), times),
                cell(j, time),
                cell(ratio(t, j), times),
                cell(s, time),
                cell(ratio(s, t), times),
            );
        }
    }

    if let Some(compile) = r.get("compile") {
        out.push_str("\n| schema | truss compile | jsonschema build | truss ÷ jsonschema |\n|---|---:|---:|---:|\n");
        for schema in ["seed", "repaired"] {
            let t = compile.get(&format!("truss-compile-{schema}")).copied();
            let j = compile
                .get(&format!("jsonschema-compile-{schema}"))
                .copied();
            let _ = writeln!(
                out,
                "| {schema} | {} | {} | {} |",
                cell(t, time),
                cell(j, time),
                cell(ratio(t, j), times)
            );
        }
    }

    let parallel: Vec<&String> = r.keys().filter(|g| g.starts_with("parallel")).collect();
    for g in &parallel {
        let _ = write!(
            out,
            "\n| {g} | one thread | rayon, all cores | speed-up |\n|---|---:|---:|---:|\n"
        );
        for op in ["is_valid_slice", "is_valid"] {
            let seq = get(g, &format!("sequential-{op}"));
            let par = get(g, &format!("rayon-{op}"));
            let _ = writeln!(
                out,
                "| `{op}` | {} | {} | {} |",
                cell(seq, time),
                cell(par, time),
                cell(ratio(seq, par), times)
            );
        }
    }

    out.push_str("\n| target (10,000 results) | measured | goal | met |\n|---|---:|---:|:---:|\n");
    let mut target = |what: String,
                      value: Option<f64>,
                      goal: &str,
                      ok: fn(f64) -> bool,
                      show: fn(f64) -> String| {
        let met = value.map_or("–", |v| if ok(v) { "yes" } else { "no" });
        let _ = writeln!(out, "| {what} | {} | {goal} | {met} |", cell(value, show));
    };
    for schema in ["seed", "repaired"] {
        let valid = format!("{schema}-10000-valid");
        let faulty = format!("{schema}-10000-faulty");
        let is_valid = get(&valid, "truss-is_valid");
        let parse = get(&valid, "serde_json-parse");
        target(
            format!("{schema}: `is_valid` ÷ jsonschema `is_valid`"),
            ratio(is_valid, get(&valid, "jsonschema-is_valid")),
            "≤ 0.5×",
            |v| v <= 0.5,
            times,
        );
        target(
            format!("{schema}: `is_valid` ÷ parse"),
            ratio(is_valid, parse),
            "≤ 0.2×",
            |v| v <= 0.2,
            times,
        );
        target(
            format!("{schema}: `validate` (faulty) ÷ `is_valid` (valid)"),
            ratio(get(&faulty, "truss-validate"), is_valid),
            "≤ 2×",
            |v| v <= 2.0,
            times,
        );
        target(
            format!("{schema}: `is_valid_slice` ÷ parse"),
            ratio(get(&valid, "truss-is_valid_slice"), parse),
            "< 1.0×",
            |v| v < 1.0,
            times,
        );
        target(
            format!("{schema}: `validate_slice` ÷ parse"),
            ratio(get(&valid, "truss-validate_slice"), parse),
            "< 1.0×",
            |v| v < 1.0,
            times,
        );
        target(
            format!("{schema}: SDK `validate(&str)` ÷ `is_valid_slice`"),
            ratio(
                get(&valid, "json-structure-validate_str"),
                get(&valid, "truss-is_valid_slice"),
            ),
            "≥ 30×",
            |v| v >= 30.0,
            times,
        );
        target(
            format!("{schema}: SDK `validate(&str)` ÷ `validate_slice`"),
            ratio(
                get(&valid, "json-structure-validate_str"),
                get(&valid, "truss-validate_slice"),
            ),
            "≥ 30×",
            |v| v >= 30.0,
            times,
        );
    }
    target(
        "`compile` of the seed".into(),
        get("compile", "truss-compile-seed"),
        "≤ 50 µs",
        |v| v <= 50_000.0,
        time,
    );
    for g in &parallel {
        target(
            format!("{g}: rayon speed-up, `is_valid_slice`"),
            ratio(
                get(g, "sequential-is_valid_slice"),
                get(g, "rayon-is_valid_slice"),
            ),
            "≥ 1.8×",
            |v| v >= 1.8,
            times,
        );
    }
    out
}
