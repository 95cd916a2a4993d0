//! Validating many documents: whole files in parallel batches, NDJSON
//! streamed in chunks of lines validated in parallel, results reported in
//! input order.

use std::io::{self, BufRead, BufReader, Read};
use std::sync::mpsc::{SyncSender, sync_channel};

use rayon::prelude::*;
use serde_json::Value;

use crate::inputs::Input;
use crate::locate::{Position, locate, position};
use crate::output::Sink;
use crate::output::human::{self, Item, Kind};
use crate::progress::Progress;
use crate::report::{DocReport, InputKind, Problem, Tally, Verdict, Violation};
use crate::source::{self, Unparsed};

/// Whole files validated together; the bound keeps the texts of one
/// batch in memory at a time.
const BATCH_FILES: usize = 64;
const BATCH_BYTES: u64 = 64 << 20;
/// NDJSON lines are read in chunks of about this many bytes; a chunk is
/// validated in parallel while the next is read. Memory stays at a few
/// chunks whatever the size of the input.
const CHUNK_BYTES: usize = 4 << 20;
const CHUNK_LINES: usize = 16_384;
/// Chunks read ahead of the one being validated.
const READ_AHEAD: usize = 2;
/// Stack for parsing, validating and dropping a deeply nested document:
/// parsing and dropping recurse once per level. The figure per level is
/// several times what an unoptimised build uses; the stack is reserved,
/// and only the part a document reaches is ever touched.
const STACK_PER_LEVEL: usize = 4 << 10;
const STACK_BASE: usize = 8 << 20;
const STACK_MAX: usize = 2 << 30;

/// How one document is checked and reported.
pub(crate) struct Engine<'a> {
    pub(crate) validator: &'a truss::Validator,
    /// Violations reported per document (`usize::MAX`: all).
    pub(crate) max_errors: usize,
    /// `Some(colour)` when the human format's excerpts are wanted.
    pub(crate) render: Option<bool>,
}

impl Engine<'_> {
    /// Parses and validates one document written as `text`, which starts on
    /// line `first_line` of input `name`.
    pub(crate) fn document(&self, name: &str, text: &str, first_line: usize) -> DocReport {
        // Bytes to verdict: a valid document is answered while it is parsed,
        // without building a value (the library keeps the verdicts of both
        // paths equal). Anything else is parsed to report its violations or
        // why it cannot be read.
        if self.validator.is_valid_str(text) {
            return valid(first_line);
        }
        match source::parse_document(text) {
            Ok(doc) => self.check(name, text, first_line, &doc),
            Err(Unparsed::Problem(problem)) => {
                let rendered = self.render.and_then(|color| {
                    human::render_problem(name, text, first_line, &problem, color)
                });
                DocReport {
                    rendered,
                    ..unusable(first_line, shifted_problem(problem, first_line))
                }
            }
            Err(Unparsed::Deep) => self.deep_document(name, text, first_line),
        }
    }

    /// JSON nested deeper than the parser's default limit is still JSON:
    /// it is parsed without the limit on a thread whose stack fits its
    /// nesting, and the validator's own depth bound (`max_depth`) reports
    /// what lies too deep as a violation.
    fn deep_document(&self, name: &str, text: &str, first_line: usize) -> DocReport {
        let levels = source::nesting(text);
        let stack = levels
            .checked_mul(STACK_PER_LEVEL)
            .and_then(|bytes| bytes.checked_add(STACK_BASE))
            .filter(|&bytes| bytes <= STACK_MAX);
        let report = stack.and_then(|size| {
            std::thread::scope(|scope| {
                std::thread::Builder::new()
                    .name("deep-document".into())
                    .stack_size(size)
                    .spawn_scoped(scope, || match source::parse_unbounded(text) {
                        Ok(doc) => self.check(name, text, first_line, &doc),
                        Err(problem) => unusable(first_line, shifted_problem(problem, first_line)),
                    })
                    .ok()
                    .and_then(|thread| thread.join().ok())
            })
        });
        report.unwrap_or_else(|| {
            let most = (STACK_MAX - STACK_BASE) / STACK_PER_LEVEL;
            unusable(
                first_line,
                Problem {
                    message: format!(
                        "nested {levels} levels deep; truss reads documents nested at most {most} levels deep"
                    ),
                    position: None,
                },
            )
        })
    }

    fn check(&self, name: &str, text: &str, first_line: usize, doc: &Value) -> DocReport {
        if self.validator.is_valid(doc) {
            return valid(first_line);
        }
        let mut errors: Vec<truss::ValidationError> = self.validator.iter_errors(doc).collect();
        let omitted = errors.len().saturating_sub(self.max_errors);
        errors.truncate(self.max_errors);
        let located: Vec<(truss::ValidationError, Option<crate::locate::Span>)> = errors
            .into_iter()
            .map(|e| {
                let span = locate(text, e.instance_path());
                (e, span)
            })
            .collect();
        let rendered = self.render.map(|color| {
            // Excerpts read best in text order; the other formats keep the
            // library's order.
            let mut order: Vec<&(truss::ValidationError, Option<crate::locate::Span>)> =
                located.iter().collect();
            order.sort_by_key(|(_, span)| span.map_or(usize::MAX, |s| s.start));
            let mut out = String::new();
            for (e, span) in order {
                let note = format!("schema: #{}", e.schema_path());
                let item = Item {
                    kind: Kind::Error,
                    code: e.code(),
                    message: e.message(),
                    label: e.instance_path(),
                    note: Some(&note),
                };
                human::render(&mut out, name, text, first_line, *span, &item, color);
            }
            out
        });
        let violations: Vec<Violation> = located
            .into_iter()
            .map(|(e, span)| Violation {
                position: span.map(|s| shifted(position(text, s.start), first_line)),
                instance_path: e.instance_path().to_owned(),
                schema_path: e.schema_path().to_owned(),
                code: e.code(),
                message: e.message().to_owned(),
            })
            .collect();
        DocReport {
            line: first_line,
            verdict: if violations.is_empty() {
                Verdict::Valid
            } else {
                Verdict::Invalid
            },
            violations,
            omitted,
            problem: None,
            rendered,
        }
    }

    /// One NDJSON line (without its line break).
    fn line(&self, name: &str, bytes: &[u8], line_no: usize) -> DocReport {
        // A byte order mark may open the file, as it may a JSON text
        // (RFC 8259 §8.1), and is dropped the same way.
        let bytes = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
            Some(rest) if line_no == 1 => rest,
            _ => bytes,
        };
        match std::str::from_utf8(bytes) {
            Ok(text) => self.document(name, text, line_no),
            Err(e) => {
                let prefix =
                    String::from_utf8_lossy(bytes.get(..e.valid_up_to()).unwrap_or_default());
                unusable(
                    line_no,
                    Problem {
                        message: "not UTF-8 text (JSON must be UTF-8)".into(),
                        position: Some(shifted(position(&prefix, prefix.len()), line_no)),
                    },
                )
            }
        }
    }

    /// One whole-file input. `Err` when the input could not be read at all
    /// (an input-level problem); text that is read but is not UTF-8 or not
    /// JSON is an unusable *document*, located in it.
    fn file(&self, input: &Input) -> Result<DocReport, Problem> {
        if let Some(e) = &input.error {
            return Err(Problem {
                message: e.clone(),
                position: None,
            });
        }
        let text = source::read_text(&input.path);
        Ok(match text {
            Ok(text) => self.document(&input.name, &text, 1),
            // Read, but not UTF-8: a located document problem.
            Err(p) if p.position.is_some() => unusable(1, p),
            Err(p) => return Err(p),
        })
    }
}

fn valid(line: usize) -> DocReport {
    DocReport {
        line,
        verdict: Verdict::Valid,
        violations: Vec::new(),
        omitted: 0,
        problem: None,
        rendered: None,
    }
}

fn unusable(line: usize, problem: Problem) -> DocReport {
    DocReport {
        line,
        verdict: Verdict::Unusable,
        violations: Vec::new(),
        omitted: 0,
        problem: Some(problem),
        rendered: None,
    }
}

/// A position in a document that starts on `first_line` of its input.
fn shifted(p: Position, first_line: usize) -> Position {
    Position {
        line: p.line + first_line - 1,
        column: p.column,
    }
}

fn shifted_problem(mut p: Problem, first_line: usize) -> Problem {
    p.position = p.position.map(|pos| shifted(pos, first_line));
    p
}

/// Validates every input, reporting to `sink` in input order. Returns the
/// counts and the number of bytes read.
pub(crate) fn run(
    engine: &Engine<'_>,
    inputs: &[Input],
    sink: &mut dyn Sink,
    progress: &mut Progress,
) -> io::Result<(Tally, u64)> {
    let mut total = Tally::default();
    let mut bytes = 0u64;
    let mut i = 0;
    while let Some(first) = inputs.get(i) {
        if first.kind == InputKind::Ndjson {
            let (tally, read) = stream_ndjson(engine, first, sink, progress)?;
            total.add(tally);
            bytes += read;
            i += 1;
            continue;
        }
        // A batch of consecutive whole-file inputs.
        let mut end = i;
        let mut size = 0u64;
        while let Some(next) = inputs.get(end) {
            if next.kind != InputKind::Json || end - i >= BATCH_FILES || size >= BATCH_BYTES {
                break;
            }
            size += next.size.unwrap_or(0);
            end += 1;
        }
        let batch = inputs.get(i..end).unwrap_or_default();
        let results: Vec<Result<DocReport, Problem>> =
            batch.par_iter().map(|input| engine.file(input)).collect();
        progress.advance(size, batch.len() as u64);
        progress.suspend(|| -> io::Result<()> {
            for (input, result) in batch.iter().zip(&results) {
                let mut tally = Tally::default();
                sink.begin_input(input)?;
                match result {
                    Ok(doc) => {
                        tally.count(doc.verdict);
                        sink.document(input, doc)?;
                        sink.end_input(input, &tally, None)?;
                    }
                    Err(problem) => {
                        tally.unusable += 1;
                        sink.end_input(input, &tally, Some(problem))?;
                    }
                }
                total.add(tally);
            }
            sink.flush()
        })?;
        bytes += size;
        i = end;
    }
    Ok((total, bytes))
}

/// A run of NDJSON lines: the bytes, and `(line number, start, end)` of
/// each non-blank line in them.
struct Chunk {
    buf: Vec<u8>,
    lines: Vec<(usize, usize, usize)>,
}

fn stream_ndjson(
    engine: &Engine<'_>,
    input: &Input,
    sink: &mut dyn Sink,
    progress: &mut Progress,
) -> io::Result<(Tally, u64)> {
    let mut tally = Tally::default();
    sink.begin_input(input)?;
    let reader: io::Result<Box<dyn Read + Send>> = match &input.error {
        Some(e) => Err(io::Error::other(e.clone())),
        None if source::is_stdin(&input.path) => Ok(Box::new(io::stdin())),
        None => std::fs::File::open(&input.path).map(|f| Box::new(f) as Box<dyn Read + Send>),
    };
    let reader = match reader {
        Ok(r) => r,
        Err(e) => {
            tally.unusable += 1;
            let problem = Problem {
                message: format!("cannot read: {e}"),
                position: None,
            };
            progress.suspend(|| sink.end_input(input, &tally, Some(&problem)))?;
            return Ok((tally, 0));
        }
    };
    let (tx, rx) = sync_channel::<io::Result<Chunk>>(READ_AHEAD);
    let mut bytes = 0u64;
    let mut read_error = None;
    std::thread::scope(|scope| -> io::Result<()> {
        scope.spawn(move || read_chunks(BufReader::with_capacity(1 << 20, reader), &tx));
        for chunk in rx {
            let chunk = match chunk {
                Ok(c) => c,
                Err(e) => {
                    read_error = Some(e);
                    break;
                }
            };
            let reports: Vec<DocReport> = chunk
                .lines
                .par_iter()
                .map(|&(no, s, e)| {
                    engine.line(&input.name, chunk.buf.get(s..e).unwrap_or_default(), no)
                })
                .collect();
            bytes += chunk.buf.len() as u64;
            progress.advance(chunk.buf.len() as u64, reports.len() as u64);
            for doc in &reports {
                tally.count(doc.verdict);
            }
            // Hiding the bar redraws it; only chunks with findings to print
            // pay for that (the bar's own redraws are rate-limited).
            if reports.iter().any(|doc| doc.verdict != Verdict::Valid) {
                progress.suspend(|| -> io::Result<()> {
                    for doc in reports.iter().filter(|doc| doc.verdict != Verdict::Valid) {
                        sink.document(input, doc)?;
                    }
                    sink.flush()
                })?;
            }
        }
        Ok(())
    })?;
    let problem = read_error.map(|e| {
        tally.unusable += 1;
        Problem {
            message: format!("cannot read: {e}"),
            position: None,
        }
    });
    progress.suspend(|| sink.end_input(input, &tally, problem.as_ref()))?;
    Ok((tally, bytes))
}

/// Reads lines into chunks and sends them until the input ends, an error
/// occurs, or the receiver goes away.
fn read_chunks(mut reader: impl BufRead, tx: &SyncSender<io::Result<Chunk>>) {
    let mut line_no = 0usize;
    loop {
        let mut chunk = Chunk {
            buf: Vec::with_capacity(CHUNK_BYTES + (CHUNK_BYTES >> 2)),
            lines: Vec::new(),
        };
        let mut eof = false;
        while chunk.buf.len() < CHUNK_BYTES && chunk.lines.len() < CHUNK_LINES {
            let start = chunk.buf.len();
            match reader.read_until(b'\n', &mut chunk.buf) {
                Ok(0) => {
                    eof = true;
                    break;
                }
                Ok(_) => {
                    line_no += 1;
                    let mut end = chunk.buf.len();
                    let line = chunk.buf.get(start..end).unwrap_or_default();
                    let trimmed = line
                        .strip_suffix(b"\n")
                        .map(|l| l.strip_suffix(b"\r").unwrap_or(l))
                        .unwrap_or(line);
                    end = start + trimmed.len();
                    // Blank lines hold no document; the NDJSON specification
                    // lets parsers skip them, and they keep their number.
                    if !trimmed.iter().all(u8::is_ascii_whitespace) {
                        chunk.lines.push((line_no, start, end));
                    }
                }
                Err(e) => {
                    let _ = tx.send(Ok(chunk));
                    let _ = tx.send(Err(e));
                    return;
                }
            }
        }
        if (!chunk.buf.is_empty() && tx.send(Ok(chunk)).is_err()) || eof {
            return;
        }
    }
}
