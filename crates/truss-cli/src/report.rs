//! What a run found, in the shape every output format is written from.

use crate::locate::Position;

/// One violation in a document, located in its text.
pub(crate) struct Violation {
    pub(crate) instance_path: String,
    pub(crate) schema_path: String,
    pub(crate) code: &'static str,
    pub(crate) message: String,
    /// Where the offending value is written (absolute in the input).
    pub(crate) position: Option<Position>,
}

/// Why an input or a document could not be used.
pub(crate) struct Problem {
    pub(crate) message: String,
    pub(crate) position: Option<Position>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Verdict {
    Valid,
    Invalid,
    Unusable,
}

impl Verdict {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Verdict::Valid => "valid",
            Verdict::Invalid => "invalid",
            Verdict::Unusable => "unusable",
        }
    }
}

/// The outcome for one document.
pub(crate) struct DocReport {
    /// Line on which the document starts (1 for a whole-file document).
    pub(crate) line: usize,
    pub(crate) verdict: Verdict,
    pub(crate) violations: Vec<Violation>,
    /// Violations found beyond `--max-errors`.
    pub(crate) omitted: usize,
    /// Set when the verdict is `Unusable`.
    pub(crate) problem: Option<Problem>,
    /// Source excerpts for the human format, rendered where the text was
    /// at hand (the worker that validated it).
    pub(crate) rendered: Option<String>,
}

/// How an input holds its documents.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum InputKind {
    /// One JSON document.
    Json,
    /// One JSON document per line.
    Ndjson,
}

impl InputKind {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            InputKind::Json => "json",
            InputKind::Ndjson => "ndjson",
        }
    }
}

/// Document counts, per input and for the whole run.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Tally {
    pub(crate) valid: u64,
    pub(crate) invalid: u64,
    pub(crate) unusable: u64,
}

impl Tally {
    pub(crate) fn documents(&self) -> u64 {
        self.valid + self.invalid + self.unusable
    }

    pub(crate) fn count(&mut self, verdict: Verdict) {
        match verdict {
            Verdict::Valid => self.valid += 1,
            Verdict::Invalid => self.invalid += 1,
            Verdict::Unusable => self.unusable += 1,
        }
    }

    pub(crate) fn add(&mut self, other: Tally) {
        self.valid += other.valid;
        self.invalid += other.invalid;
        self.unusable += other.unusable;
    }

    /// The verdict for an input (or a run) with these counts.
    pub(crate) fn verdict(&self) -> Verdict {
        if self.unusable > 0 {
            Verdict::Unusable
        } else if self.invalid > 0 {
            Verdict::Invalid
        } else {
            Verdict::Valid
        }
    }
}

/// One finding about a schema, located in its text.
pub(crate) struct Finding {
    pub(crate) severity: truss::Severity,
    pub(crate) code: &'static str,
    pub(crate) pointer: String,
    pub(crate) message: String,
    pub(crate) lenient: bool,
    pub(crate) position: Option<Position>,
}

/// The outcome for one schema under `truss check` (or the schema of a
/// `truss validate` run).
pub(crate) struct SchemaReport {
    pub(crate) input: String,
    pub(crate) verdict: Verdict,
    pub(crate) findings: Vec<Finding>,
    pub(crate) problem: Option<Problem>,
    pub(crate) rendered: Option<String>,
}

impl SchemaReport {
    pub(crate) fn errors(&self) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == truss::Severity::Error)
            .count()
    }

    pub(crate) fn warnings(&self) -> usize {
        self.findings.len() - self.errors()
    }
}
