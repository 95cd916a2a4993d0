//! `--format json`: one JSON document per run, written as the run goes
//! (docs/cli-json-output.md; schema docs/cli-json-output.schema.json).
//!
//! Layout: the document is compact JSON with one line per input entry
//! and per listed document, so that a large run streams and stays
//! greppable; any JSON reader sees one value.

use std::io::{self, BufWriter, Stdout, Write};

use serde_json::{Value, json};

use super::{Sink, Summary};
use crate::inputs::Input;
use crate::locate::Position;
use crate::report::{DocReport, Finding, Problem, SchemaReport, Tally, Verdict};

/// Version of the output's shape; bumped on any incompatible change.
pub(crate) const SHAPE_VERSION: u64 = 1;

fn header(command: &str) -> String {
    let head = json!({
        "version": SHAPE_VERSION,
        "tool": {"name": "truss", "version": env!("CARGO_PKG_VERSION")},
        "command": command,
    })
    .to_string();
    // Open the object: the rest of the members follow.
    head.strip_suffix('}').unwrap_or(&head).to_owned()
}

fn line_col(p: Option<Position>) -> (Value, Value) {
    match p {
        Some(p) => (json!(p.line), json!(p.column)),
        None => (Value::Null, Value::Null),
    }
}

fn problem(p: Option<&Problem>) -> Value {
    match p {
        None => Value::Null,
        Some(p) => {
            let (line, column) = line_col(p.position);
            json!({"message": p.message, "line": line, "column": column})
        }
    }
}

fn finding(f: &Finding) -> Value {
    let (line, column) = line_col(f.position);
    json!({
        "severity": f.severity.to_string(),
        "code": f.code,
        "pointer": f.pointer,
        "message": f.message,
        "lenient": f.lenient,
        "line": line,
        "column": column,
    })
}

fn counts(t: &Tally) -> Value {
    json!({
        "documents": t.documents(),
        "valid": t.valid,
        "invalid": t.invalid,
        "unusable": t.unusable,
    })
}

fn millis(d: std::time::Duration) -> u64 {
    u64::try_from(d.as_millis()).unwrap_or(u64::MAX)
}

/// The `validate` sink.
pub(crate) struct Json {
    out: BufWriter<Stdout>,
    first_input: bool,
    first_document: bool,
    /// The schema could not be compiled: no document was validated, and
    /// the run's verdict is `unusable` whatever the (empty) counts say.
    schema_failed: bool,
}

impl Json {
    pub(crate) fn new() -> Self {
        Self {
            out: BufWriter::new(io::stdout()),
            first_input: true,
            first_document: true,
            schema_failed: false,
        }
    }
}

impl Sink for Json {
    fn schema(&mut self, report: &SchemaReport) -> io::Result<()> {
        self.schema_failed = report.verdict == Verdict::Unusable;
        let schema = json!({
            "input": report.input,
            "compiled": report.verdict != Verdict::Unusable,
            "diagnostics": report.findings.iter().map(finding).collect::<Vec<_>>(),
            "error": problem(report.problem.as_ref()),
        });
        write!(
            self.out,
            "{},\"schema\":{schema},\n\"inputs\":[",
            header("validate")
        )
    }

    fn begin_input(&mut self, input: &Input) -> io::Result<()> {
        let sep = if self.first_input { "\n" } else { ",\n" };
        self.first_input = false;
        self.first_document = true;
        write!(
            self.out,
            "{sep}{{\"input\":{},\"format\":\"{}\",\"documents\":[",
            Value::from(input.name.as_str()),
            input.kind.as_str()
        )
    }

    fn document(&mut self, _: &Input, doc: &DocReport) -> io::Result<()> {
        // Valid documents are counted, not listed.
        if doc.verdict == Verdict::Valid {
            return Ok(());
        }
        let violations: Vec<Value> = doc
            .violations
            .iter()
            .map(|v| {
                let (line, column) = line_col(v.position);
                json!({
                    "instancePath": v.instance_path,
                    "schemaPath": v.schema_path,
                    "code": v.code,
                    "message": v.message,
                    "line": line,
                    "column": column,
                })
            })
            .collect();
        let entry = json!({
            "line": doc.line,
            "verdict": doc.verdict.as_str(),
            "violations": violations,
            "omittedViolations": doc.omitted,
            "error": problem(doc.problem.as_ref()),
        });
        let sep = if self.first_document { "\n" } else { ",\n" };
        self.first_document = false;
        write!(self.out, "{sep}{entry}")
    }

    fn end_input(&mut self, _: &Input, tally: &Tally, p: Option<&Problem>) -> io::Result<()> {
        write!(
            self.out,
            "],\"counts\":{},\"verdict\":\"{}\",\"error\":{}}}",
            counts(tally),
            tally.verdict().as_str(),
            problem(p)
        )
    }

    fn finish(&mut self, s: &Summary) -> io::Result<()> {
        let mut summary = counts(&s.tally);
        if let Some(m) = summary.as_object_mut() {
            m.insert("inputs".into(), json!(s.inputs));
            let verdict = if self.schema_failed {
                Verdict::Unusable
            } else {
                s.tally.verdict()
            };
            m.insert("verdict".into(), json!(verdict.as_str()));
            m.insert("bytes".into(), json!(s.bytes));
            m.insert("elapsedMs".into(), json!(millis(s.elapsed)));
        }
        writeln!(self.out, "\n],\n\"summary\":{summary}}}")?;
        self.out.flush()
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// `truss check --format json`.
pub(crate) fn check(reports: &[SchemaReport], elapsed: std::time::Duration) -> io::Result<()> {
    let mut out = BufWriter::new(io::stdout());
    write!(out, "{},\"inputs\":[", header("check"))?;
    let (mut valid, mut invalid, mut unusable, mut errors, mut warnings) = (0, 0, 0, 0, 0);
    for (i, r) in reports.iter().enumerate() {
        match r.verdict {
            Verdict::Valid => valid += 1,
            Verdict::Invalid => invalid += 1,
            Verdict::Unusable => unusable += 1,
        }
        errors += r.errors();
        warnings += r.warnings();
        let entry = json!({
            "input": r.input,
            "verdict": r.verdict.as_str(),
            "errors": r.errors(),
            "warnings": r.warnings(),
            "diagnostics": r.findings.iter().map(finding).collect::<Vec<_>>(),
            "error": problem(r.problem.as_ref()),
        });
        write!(out, "{}{entry}", if i == 0 { "\n" } else { ",\n" })?;
    }
    let verdict = if unusable > 0 {
        Verdict::Unusable
    } else if invalid > 0 {
        Verdict::Invalid
    } else {
        Verdict::Valid
    };
    let summary = json!({
        "inputs": reports.len(),
        "valid": valid,
        "invalid": invalid,
        "unusable": unusable,
        "errors": errors,
        "warnings": warnings,
        "verdict": verdict.as_str(),
        "elapsedMs": millis(elapsed),
    });
    writeln!(out, "\n],\n\"summary\":{summary}}}")?;
    out.flush()
}
