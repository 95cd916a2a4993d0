//! The project's performance targets, measured as paired ratios.
//!
//! On a shared machine the load changes from one second to the next, so
//! two medians taken a minute apart (as criterion takes them, one benchmark
//! after another) can disagree by tens of percent. Here every round times
//! each operation back to back (best of a few calls, to drop interruptions),
//! a ratio is taken within the round, and the table shows the median ratio
//! over all rounds with its range. `cargo bench -p truss-suite --bench
//! targets` prints it; `TRUSS_TARGET_ROUNDS` sets the number of rounds.

use std::hint::black_box;
use std::time::{Duration, Instant};

use rayon::prelude::*;
use serde_json::Value;
use truss_suite::workloads;

const SEED_STRUCT: &str = include_str!("../schemas/hubspot/batch-calls-response.struct.json");
const REPAIRED_STRUCT: &str = include_str!("schemas/batch-calls-response.repaired.struct.json");
const SEED_JSON_SCHEMA: &str = include_str!("schemas/batch-calls-response.seed.schema.json");
const REPAIRED_JSON_SCHEMA: &str =
    include_str!("schemas/batch-calls-response.repaired.schema.json");

const RESULTS: usize = 10_000;
const FAULTS: usize = 10;

/// Fastest of `n` back-to-back calls.
fn best<T>(n: usize, mut f: impl FnMut() -> T) -> Duration {
    (0..n)
        .map(|_| {
            let start = Instant::now();
            black_box(f());
            start.elapsed()
        })
        .min()
        .unwrap_or_default()
}

/// One target: a ratio measured once per round.
struct Target {
    what: String,
    goal: &'static str,
    met: fn(f64) -> bool,
    ratios: Vec<f64>,
}

impl Target {
    fn new(what: String, goal: &'static str, met: fn(f64) -> bool) -> Self {
        Self {
            what,
            goal,
            met,
            ratios: Vec::new(),
        }
    }

    fn push(&mut self, a: Duration, b: Duration) {
        self.ratios.push(a.as_secs_f64() / b.as_secs_f64());
    }

    fn row(&self) -> String {
        let mut r = self.ratios.clone();
        r.sort_by(f64::total_cmp);
        let median = r.get(r.len() / 2).copied().unwrap_or(f64::NAN);
        let (lo, hi) = (
            r.first().copied().unwrap_or(f64::NAN),
            r.last().copied().unwrap_or(f64::NAN),
        );
        format!(
            "| {} | {} | {}–{} | {} | {} |",
            self.what,
            times(median),
            times(lo),
            times(hi),
            self.goal,
            if (self.met)(median) { "yes" } else { "no" }
        )
    }
}

fn times(r: f64) -> String {
    if r >= 10.0 {
        format!("{r:.0}×")
    } else {
        format!("{r:.2}×")
    }
}

fn traverse(v: &Value) -> usize {
    match v {
        Value::Object(m) => m.iter().map(|(k, v)| k.len() + traverse(v)).sum(),
        Value::Array(a) => a.iter().map(traverse).sum(),
        Value::String(s) => s.len(),
        _ => 1,
    }
}

struct Schema {
    label: &'static str,
    structure: Value,
    truss: truss::Validator,
    js: jsonschema::Validator,
}

fn main() {
    let rounds: usize = std::env::var("TRUSS_TARGET_ROUNDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(11);
    let schemas: Vec<Schema> = [
        ("seed", SEED_STRUCT, SEED_JSON_SCHEMA),
        ("repaired", REPAIRED_STRUCT, REPAIRED_JSON_SCHEMA),
    ]
    .into_iter()
    .map(|(label, structure, json_schema)| {
        let structure: Value = serde_json::from_str(structure).expect("JSON");
        let json_schema: Value = serde_json::from_str(json_schema).expect("JSON");
        Schema {
            label,
            truss: truss::Validator::new(&structure).expect("compiles"),
            js: jsonschema::options()
                .should_validate_formats(true)
                .build(&json_schema)
                .expect("compiles"),
            structure,
        }
    })
    .collect();
    let valid_text = workloads::batch_calls_response_text(RESULTS, 2024, 0);
    let faulty_text = workloads::batch_calls_response_text(RESULTS, 2024, FAULTS);
    let valid: Value = serde_json::from_str(&valid_text).expect("JSON");
    let faulty: Value = serde_json::from_str(&faulty_text).expect("JSON");
    let sdk = json_structure::InstanceValidator::new();
    for s in &schemas {
        assert!(s.truss.is_valid(&valid) && s.truss.is_valid_slice(valid_text.as_bytes()));
        assert!(s.js.is_valid(&valid));
        assert!(!s.truss.is_valid(&faulty));
    }
    let json_schemas: Vec<Value> = [SEED_JSON_SCHEMA, REPAIRED_JSON_SCHEMA]
        .iter()
        .map(|t| serde_json::from_str(t).expect("JSON"))
        .collect();

    // Many small documents for the parallel batch.
    let batch: Vec<String> = (0..256u64)
        .map(|seed| workloads::batch_calls_response_text(100, seed, 0))
        .collect();

    let mut targets: Vec<Target> = Vec::new();
    for s in &schemas {
        let l = s.label;
        targets.push(Target::new(
            format!("{l}: `is_valid` ÷ jsonschema `is_valid`"),
            "≤ 0.5×",
            |r| r <= 0.5,
        ));
        targets.push(Target::new(
            format!("{l}: visiting the `Value` (no checks) ÷ jsonschema `is_valid`"),
            "(floor)",
            |_| true,
        ));
        targets.push(Target::new(
            format!("{l}: `is_valid` ÷ parse"),
            "≤ 0.2×",
            |r| r <= 0.2,
        ));
        targets.push(Target::new(
            format!("{l}: visiting the `Value` (no checks) ÷ parse"),
            "(floor)",
            |_| true,
        ));
        targets.push(Target::new(
            format!("{l}: `validate` (faulty) ÷ `is_valid` (valid)"),
            "≤ 2×",
            |r| r <= 2.0,
        ));
        targets.push(Target::new(
            format!("{l}: `validate` (faulty) ÷ `validate` (valid)"),
            "",
            |_| true,
        ));
        targets.push(Target::new(
            format!("{l}: `is_valid_slice` ÷ parse"),
            "< 1.0×",
            |r| r < 1.0,
        ));
        targets.push(Target::new(
            format!("{l}: `validate_slice` ÷ parse"),
            "< 1.0×",
            |r| r < 1.0,
        ));
        targets.push(Target::new(
            format!("{l}: `validate_slice` (faulty) ÷ parse"),
            "< 1.0×",
            |r| r < 1.0,
        ));
        targets.push(Target::new(
            format!("{l}: SDK `validate(&str)` ÷ `is_valid_slice`"),
            "≥ 30×",
            |r| r >= 30.0,
        ));
        targets.push(Target::new(
            format!("{l}: SDK `validate(&str)` ÷ `validate_slice`"),
            "≥ 30×",
            |r| r >= 30.0,
        ));
        targets.push(Target::new(
            format!("{l}: SDK `validate(&str)` ÷ parse"),
            "",
            |_| true,
        ));
        targets.push(Target::new(
            format!("{l}: `compile` ÷ jsonschema build"),
            "",
            |_| true,
        ));
    }
    let mut compile_seed = Vec::new();
    let mut speedup_slice = Target::new(
        "256 documents × 100 results, `is_valid_slice`: one thread ÷ rayon".into(),
        "≥ 1.8×",
        |r| r >= 1.8,
    );
    let mut speedup_value = Target::new(
        "256 documents × 100 results, `is_valid`: one thread ÷ rayon".into(),
        "",
        |_| true,
    );
    // What the machine allows: serde_json skimming the same text, which
    // validates nothing and shares nothing between threads.
    let mut speedup_skim = Target::new(
        "256 documents × 100 results, `serde_json` skimming with `IgnoredAny`: one thread ÷ rayon"
            .into(),
        "(reference)",
        |_| true,
    );
    let docs: Vec<Value> = batch
        .iter()
        .map(|t| serde_json::from_str(t).expect("JSON"))
        .collect();

    for _ in 0..rounds {
        let mut t = targets.iter_mut();
        for (s, js_schema) in schemas.iter().zip(&json_schemas) {
            let parse = best(3, || serde_json::from_str::<Value>(&valid_text).map(drop));
            let visit = best(3, || traverse(&valid));
            let is_valid = best(3, || s.truss.is_valid(&valid));
            let js = best(3, || s.js.is_valid(&valid));
            let validate_valid = best(3, || s.truss.validate(&valid).is_ok());
            let validate_faulty = best(3, || s.truss.validate(&faulty).map_err(|e| e.len()));
            let slice = best(3, || s.truss.is_valid_slice(valid_text.as_bytes()));
            let vslice = best(3, || s.truss.validate_slice(valid_text.as_bytes()).is_ok());
            let vslice_faulty = best(3, || s.truss.validate_slice(faulty_text.as_bytes()).is_ok());
            let sdk_time = best(1, || sdk.validate(&valid_text, &s.structure).is_valid());
            let compile = best(20, || truss::Validator::new(&s.structure));
            let js_compile = best(20, || {
                jsonschema::options()
                    .should_validate_formats(true)
                    .build(js_schema)
                    .map(drop)
            });
            if s.label == "seed" {
                compile_seed.push(compile);
            }
            let pairs = [
                (is_valid, js),
                (visit, js),
                (is_valid, parse),
                (visit, parse),
                (validate_faulty, is_valid),
                (validate_faulty, validate_valid),
                (slice, parse),
                (vslice, parse),
                (vslice_faulty, parse),
                (sdk_time, slice),
                (sdk_time, vslice),
                (sdk_time, parse),
                (compile, js_compile),
            ];
            for (a, b) in pairs {
                if let Some(target) = t.next() {
                    target.push(a, b);
                }
            }
        }
        let v = &schemas[0].truss;
        let one = best(2, || batch.iter().all(|d| v.is_valid_slice(d.as_bytes())));
        let all = best(2, || {
            batch.par_iter().all(|d| v.is_valid_slice(d.as_bytes()))
        });
        speedup_slice.push(one, all);
        let one = best(2, || docs.iter().all(|d| v.is_valid(d)));
        let all = best(2, || docs.par_iter().all(|d| v.is_valid(d)));
        speedup_value.push(one, all);
        let skim = |d: &String| serde_json::from_str::<serde::de::IgnoredAny>(d).is_ok();
        let one = best(2, || batch.iter().all(skim));
        let all = best(2, || batch.par_iter().all(skim));
        speedup_skim.push(one, all);
    }

    compile_seed.sort();
    let compile = compile_seed
        .get(compile_seed.len() / 2)
        .copied()
        .unwrap_or_default();
    println!(
        "Targets on {RESULTS} results ({} MB of JSON; {FAULTS} faults in the faulty copy), median of {rounds} paired rounds, {} cores:\n",
        valid_text.len() / 1_000_000,
        rayon::current_num_threads()
    );
    println!("| target | median | range | goal | met |\n|---|---:|---:|---:|:---:|");
    for target in &targets {
        println!("{}", target.row());
    }
    println!(
        "| `compile` of the seed | {:.1} µs | | ≤ 50 µs | {} |",
        compile.as_secs_f64() * 1e6,
        if compile <= Duration::from_micros(50) {
            "yes"
        } else {
            "no"
        }
    );
    println!("{}", speedup_slice.row());
    println!("{}", speedup_value.row());
    println!("{}", speedup_skim.row());
}
