//! Output formats. Every format is written from the same reports
//! (`crate::report`), as the run goes, in input order.

pub(crate) mod human;
pub(crate) mod json;
pub(crate) mod sarif;
pub(crate) mod short;

use std::io;
use std::time::Duration;

use crate::inputs::Input;
use crate::report::{DocReport, Problem, SchemaReport, Tally};

/// What a whole `validate` run amounted to.
pub(crate) struct Summary {
    pub(crate) tally: Tally,
    pub(crate) inputs: usize,
    pub(crate) bytes: u64,
    pub(crate) elapsed: Duration,
}

/// Receives a `validate` run's results in order.
pub(crate) trait Sink {
    /// The schema, compiled or not, before any document.
    fn schema(&mut self, report: &SchemaReport) -> io::Result<()>;
    fn begin_input(&mut self, input: &Input) -> io::Result<()>;
    /// A document of `input`; for NDJSON inputs only those that are not
    /// valid (valid lines are counted, not listed).
    fn document(&mut self, input: &Input, doc: &DocReport) -> io::Result<()>;
    /// The end of `input`, with its counts and, when it could not be read
    /// (in full), why.
    fn end_input(
        &mut self,
        input: &Input,
        tally: &Tally,
        problem: Option<&Problem>,
    ) -> io::Result<()>;
    fn finish(&mut self, summary: &Summary) -> io::Result<()>;
    /// Pushes buffered output through (called after each batch).
    fn flush(&mut self) -> io::Result<()>;
}

/// `"3 documents"`, `"1 document"`.
pub(crate) fn plural(n: u64, word: &str) -> String {
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}

/// The summary line of a `validate` run.
pub(crate) fn summary_line(s: &Summary) -> String {
    let t = &s.tally;
    let mut line = format!(
        "{}: {} valid, {} invalid",
        plural(t.documents(), "document"),
        t.valid,
        t.invalid
    );
    if t.unusable > 0 {
        line.push_str(&format!(", {} unusable", t.unusable));
    }
    let secs = s.elapsed.as_secs_f64();
    line.push_str(&format!(" in {secs:.2} s"));
    // Throughput only means something over a run that lasted.
    if secs >= 1.0 {
        line.push_str(&format!(
            " ({:.1} MB/s, {:.0} documents/s)",
            s.bytes as f64 / 1e6 / secs,
            t.documents() as f64 / secs
        ));
    }
    line
}

/// `name:line:col` (or `name` when the position is unknown).
pub(crate) fn place(name: &str, position: Option<crate::locate::Position>) -> String {
    match position {
        Some(p) => format!("{name}:{}:{}", p.line, p.column),
        None => name.to_owned(),
    }
}

/// `(root)` for the empty pointer, which would otherwise print as nothing.
pub(crate) fn pointer_or_root(p: &str) -> &str {
    if p.is_empty() { "(root)" } else { p }
}
