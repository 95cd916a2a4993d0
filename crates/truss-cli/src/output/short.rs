//! The text formats: `short` (one line per finding, the form scripts rely
//! on) and `human` (the same with source excerpts). Findings go to standard
//! output; unusable inputs, notes and the summary to standard error.

use std::io::{self, BufWriter, Stdout, Write};

use super::{Sink, Summary, place, pointer_or_root, summary_line};
use crate::inputs::Input;
use crate::report::{DocReport, InputKind, Problem, SchemaReport, Tally, Verdict};

pub(crate) struct Text {
    out: BufWriter<Stdout>,
    /// Excerpts (`human`) rather than one line per finding (`short`).
    excerpts: bool,
    /// No document was validated: the schema could not be used.
    schema_failed: bool,
}

impl Text {
    pub(crate) fn new(excerpts: bool) -> Self {
        Self {
            out: BufWriter::new(io::stdout()),
            excerpts,
            schema_failed: false,
        }
    }

    /// A line on standard error, after what standard output holds so far
    /// (so that a terminal shows both in order).
    fn note(&mut self, line: &str) -> io::Result<()> {
        self.out.flush()?;
        writeln!(io::stderr().lock(), "{line}")
    }

    fn schema_problem(&mut self, report: &SchemaReport) -> io::Result<()> {
        if let (Some(_), Some(r), true) = (&report.problem, &report.rendered, self.excerpts) {
            self.out.flush()?;
            return write!(io::stderr().lock(), "{r}");
        }
        if let Some(p) = &report.problem {
            return self.note(&format!(
                "error: {}: {}",
                place(&report.input, p.position),
                p.message
            ));
        }
        if self.excerpts {
            if let Some(r) = &report.rendered {
                self.out.flush()?;
                write!(io::stderr().lock(), "{r}")?;
            }
        }
        let errors = report.errors();
        let mut text = format!(
            "error: {}: schema cannot be compiled: {}",
            report.input,
            super::plural(errors as u64, "error")
        );
        if !self.excerpts {
            for f in report
                .findings
                .iter()
                .filter(|f| f.severity == truss::Severity::Error)
            {
                text.push_str(&format!(
                    "\n  {}: error[{}] at {}: {}",
                    place(&report.input, f.position),
                    f.code,
                    pointer_or_root(&f.pointer),
                    f.message
                ));
            }
        }
        self.note(&text)
    }

    /// Writes the findings of `truss check` for one schema.
    pub(crate) fn check(&mut self, report: &SchemaReport) -> io::Result<()> {
        if let (Some(_), Some(r), true) = (&report.problem, &report.rendered, self.excerpts) {
            self.out.flush()?;
            return write!(io::stderr().lock(), "{r}");
        }
        if let Some(p) = &report.problem {
            return self.note(&format!(
                "error: {}: {}",
                place(&report.input, p.position),
                p.message
            ));
        }
        if report.findings.is_empty() {
            return writeln!(self.out, "{}: ok", report.input);
        }
        if self.excerpts {
            if let Some(r) = &report.rendered {
                self.out.write_all(r.as_bytes())?;
            }
            return Ok(());
        }
        for f in &report.findings {
            writeln!(
                self.out,
                "{}: {}[{}] at {}: {}",
                place(&report.input, f.position),
                f.severity,
                f.code,
                pointer_or_root(&f.pointer),
                f.message
            )?;
        }
        Ok(())
    }
}

impl Sink for Text {
    fn schema(&mut self, report: &SchemaReport) -> io::Result<()> {
        if report.verdict == Verdict::Unusable {
            self.schema_failed = true;
            return self.schema_problem(report);
        }
        let warnings = report.warnings() as u64;
        if warnings > 0 {
            self.note(&format!(
                "note: {} compiled with {} (see `truss check {}`)",
                report.input,
                super::plural(warnings, "warning"),
                report.input
            ))?;
        }
        Ok(())
    }

    fn begin_input(&mut self, _: &Input) -> io::Result<()> {
        Ok(())
    }

    fn document(&mut self, input: &Input, doc: &DocReport) -> io::Result<()> {
        // NDJSON findings name their line; a whole file is its own name.
        let name = match input.kind {
            InputKind::Json => input.name.clone(),
            InputKind::Ndjson => format!("{}:{}", input.name, doc.line),
        };
        match doc.verdict {
            Verdict::Valid => writeln!(self.out, "{name}: valid")?,
            Verdict::Invalid => match (&doc.rendered, self.excerpts) {
                (Some(r), true) => self.out.write_all(r.as_bytes())?,
                _ => {
                    for v in &doc.violations {
                        writeln!(
                            self.out,
                            "{name}: {}: {} {}",
                            pointer_or_root(&v.instance_path),
                            v.code,
                            v.message
                        )?;
                    }
                }
            },
            Verdict::Unusable => {
                if let (Some(r), true) = (&doc.rendered, self.excerpts) {
                    self.out.flush()?;
                    write!(io::stderr().lock(), "{r}")?;
                } else if let Some(p) = &doc.problem {
                    self.note(&format!(
                        "error: {}: {}",
                        place(&input.name, p.position),
                        p.message
                    ))?;
                }
            }
        }
        if doc.omitted > 0 {
            self.note(&format!(
                "note: {name}: {} not shown (--max-errors)",
                super::plural(doc.omitted as u64, "more violation")
            ))?;
        }
        Ok(())
    }

    fn end_input(&mut self, input: &Input, _: &Tally, problem: Option<&Problem>) -> io::Result<()> {
        match problem {
            Some(p) => self.note(&format!("error: {}: {}", input.name, p.message)),
            None => Ok(()),
        }
    }

    fn finish(&mut self, summary: &Summary) -> io::Result<()> {
        if self.schema_failed {
            return self.out.flush();
        }
        self.note(&summary_line(summary))
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}
