//! Validating many documents: whole files in parallel batches, NDJSON
//! streamed in chunks of lines validated in parallel, results reported in
//! input order.

use std::io::{self, Read};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};

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

    /// One whole-file input, and the bytes read from it. `Err` when the
    /// input could not be read at all (an input-level problem); text that
    /// is read but is not UTF-8 or not JSON is an unusable *document*,
    /// located in it.
    fn file(&self, input: &Input) -> (Result<DocReport, Problem>, u64) {
        if let Some(e) = &input.error {
            let problem = Problem {
                message: e.clone(),
                position: None,
            };
            return (Err(problem), 0);
        }
        let size = input.size.unwrap_or(0);
        match source::read_text(&input.path) {
            // Standard input has no size until it is read.
            Ok(text) => (
                Ok(self.document(&input.name, &text, 1)),
                input.size.unwrap_or(text.len() as u64),
            ),
            // Read, but not UTF-8: a located document problem.
            Err(p) if p.position.is_some() => (Ok(unusable(1, p)), size),
            Err(p) => (Err(p), size),
        }
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
        let results: Vec<(Result<DocReport, Problem>, u64)> =
            batch.par_iter().map(|input| engine.file(input)).collect();
        let size: u64 = results.iter().map(|(_, read)| read).sum();
        progress.advance(size, batch.len() as u64);
        progress.suspend(|| -> io::Result<()> {
            for (input, (result, _)) in batch.iter().zip(&results) {
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
    /// The block the lines are in, shared by the chunks cut from it.
    buf: Arc<Vec<u8>>,
    lines: Vec<(usize, usize, usize)>,
    /// Bytes of the input the chunk accounts for (its lines and breaks).
    bytes: u64,
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
    let (give_back, recycled) = sync_channel::<Vec<u8>>(READ_AHEAD + 2);
    let mut bytes = 0u64;
    let mut read_error = None;
    // Not a scoped thread: when the output goes away part-way, the reader
    // may be waiting on a writer that sends nothing more, and must not hold
    // up the exit. It ends by itself once its next chunk finds no receiver.
    std::thread::spawn(move || read_chunks(reader, &tx, &recycled));
    let consume = || -> io::Result<()> {
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
            bytes += chunk.bytes;
            progress.advance(chunk.bytes, reports.len() as u64);
            // The last chunk of a block hands its buffer back to the reader.
            if let Ok(buf) = Arc::try_unwrap(chunk.buf) {
                let _ = give_back.try_send(buf);
            }
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
    };
    consume()?;
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

/// Reads the input in blocks of about [`CHUNK_BYTES`] and sends their
/// lines in chunks until the input ends, an error occurs, or the receiver
/// goes away. A block is read straight into the buffer its chunks share;
/// only a line cut by the end of a block is copied, to the start of the
/// next one (a line longer than a block makes the block grow). Buffers
/// are taken from `recycled` when there are any.
fn read_chunks(
    reader: impl Read,
    tx: &SyncSender<io::Result<Chunk>>,
    recycled: &Receiver<Vec<u8>>,
) {
    read_blocks(reader, tx, recycled, CHUNK_BYTES, CHUNK_LINES);
}

/// A read shorter than this means the writer is slower than truss (a pipe
/// from a live process, `tail -f`): the whole lines read so far are sent
/// at once rather than held until the block fills. A fast writer fills
/// the pipe, and its reads are longer.
const SHORT_READ: usize = 4 << 10;

/// [`read_chunks`] with the block size and the lines per chunk given.
fn read_blocks(
    mut reader: impl Read,
    tx: &SyncSender<io::Result<Chunk>>,
    recycled: &Receiver<Vec<u8>>,
    block: usize,
    max_lines: usize,
) {
    let block = block.max(1);
    let mut line_no = 0usize;
    let mut carry: Vec<u8> = Vec::new();
    loop {
        // Blocks the validator is done with come back, so that the same few
        // buffers serve the whole input. A buffer keeps its length: only
        // `..filled` holds this block's bytes, and what lies beyond is
        // overwritten by reads, never zeroed again.
        let mut buf = recycled.try_recv().unwrap_or_default();
        let room = block + carry.len();
        if buf.len() < room {
            buf.resize(room, 0);
        }
        let mut filled = carry.len();
        if let Some(head) = buf.get_mut(..filled) {
            head.copy_from_slice(&carry);
        }
        carry.clear();
        let mut eof = false;
        let mut error = None;
        // Bytes of the block already searched for a line break.
        let mut searched = 0;
        // Whether the block holds a line break (the carried bytes never do).
        let mut whole_line = false;
        loop {
            if filled >= block {
                let tail = buf.get(searched..filled).unwrap_or_default();
                if memchr::memchr(b'\n', tail).is_some() {
                    break;
                }
                searched = filled;
            }
            // Up to the end of the block; past it (a line longer than the
            // block so far) in steps of a sixteenth, growing the buffer.
            // A grown buffer that comes back serves later blocks at the
            // usual size.
            let limit = if filled < block {
                block
            } else {
                filled + (block >> 4).max(1)
            };
            if buf.len() < limit {
                buf.resize(limit, 0);
            }
            let Some(space) = buf.get_mut(filled..limit) else {
                break;
            };
            match reader.read(space) {
                Ok(0) => {
                    eof = true;
                    break;
                }
                Ok(n) => {
                    let fresh = buf.get(filled..filled + n).unwrap_or_default();
                    whole_line = whole_line || memchr::memchr(b'\n', fresh).is_some();
                    filled += n;
                    if n < SHORT_READ && whole_line {
                        break;
                    }
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => {
                    error = Some(e);
                    break;
                }
            }
        }
        let data = buf.get(..filled).unwrap_or_default();
        // At the end of the input the last line needs no line break; after
        // an error a cut line is not a line.
        let cut = if eof {
            filled
        } else {
            memchr::memrchr(b'\n', data).map_or(0, |i| i + 1)
        };
        if error.is_none() {
            carry.extend_from_slice(data.get(cut..).unwrap_or_default());
        }
        if !send_lines(buf, cut, &mut line_no, max_lines, tx) {
            return;
        }
        if let Some(e) = error {
            let _ = tx.send(Err(e));
            return;
        }
        if eof {
            return;
        }
    }
}

/// JSON's whitespace (RFC 8259 §2), which is all a blank line may hold.
fn is_json_whitespace(b: &u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r' | b'\n')
}

/// Sends the lines in `block[..len]` (whole lines only) in chunks of at
/// most `max_lines`; `false` when the receiver has gone away.
fn send_lines(
    block: Vec<u8>,
    len: usize,
    line_no: &mut usize,
    max_lines: usize,
    tx: &SyncSender<io::Result<Chunk>>,
) -> bool {
    let len = len.min(block.len());
    if len == 0 {
        return true;
    }
    let buf = Arc::new(block);
    let mut lines = Vec::new();
    // Where the bytes of the chunk being filled begin.
    let mut from = 0;
    let mut start = 0;
    while start < len {
        let end = memchr::memchr(b'\n', buf.get(start..len).unwrap_or_default())
            .map_or(len, |i| start + i);
        *line_no += 1;
        let line = buf.get(start..end).unwrap_or_default();
        // A carriage return belongs to the line break only before a `\n`.
        let trimmed = if end < len {
            line.strip_suffix(b"\r").unwrap_or(line)
        } else {
            line
        };
        // Blank lines hold no document; the NDJSON specification lets
        // parsers skip them, and they keep their number.
        if !trimmed.iter().all(is_json_whitespace) {
            lines.push((*line_no, start, start + trimmed.len()));
        }
        start = end + 1;
        if lines.len() >= max_lines {
            let to = start.min(len);
            let chunk = Chunk {
                buf: Arc::clone(&buf),
                lines: std::mem::take(&mut lines),
                bytes: (to - from) as u64,
            };
            if tx.send(Ok(chunk)).is_err() {
                return false;
            }
            from = to;
        }
    }
    if from == len {
        // The buffer goes back for the next block.
        return true;
    }
    let bytes = (len - from) as u64;
    tx.send(Ok(Chunk { buf, lines, bytes })).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the chunks must hold: every non-blank line with its number,
    /// split at `\n`, a `\r` before it dropped.
    fn plain_lines(input: &[u8]) -> Vec<(usize, Vec<u8>)> {
        let mut out = Vec::new();
        let mut rest = input;
        let mut no = 0;
        while !rest.is_empty() {
            no += 1;
            let (line, next) = match rest.iter().position(|&b| b == b'\n') {
                Some(i) => (
                    rest[..i].strip_suffix(b"\r").unwrap_or(&rest[..i]),
                    &rest[i + 1..],
                ),
                None => (rest, &rest[rest.len()..]),
            };
            // Blank: space, tab and CR only (RFC 8259 §2); a form feed is
            // not JSON whitespace, so its line is a (malformed) document.
            if !line.iter().all(|b| b" \t\r".contains(b)) {
                out.push((no, line.to_vec()));
            }
            rest = next;
        }
        out
    }

    /// Reads `input` through a reader that hands out at most `step` bytes
    /// per call; returns the lines, the bytes accounted for, the largest
    /// chunk's line count and whether an error came last.
    fn read(
        input: &[u8],
        step: usize,
        block: usize,
        max_lines: usize,
        fail_after: Option<usize>,
    ) -> (Vec<(usize, Vec<u8>)>, u64, usize, bool) {
        struct Trickle<'a> {
            data: &'a [u8],
            step: usize,
            fail_after: Option<usize>,
            given: usize,
        }
        impl Read for Trickle<'_> {
            fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
                if self.fail_after.is_some_and(|n| self.given >= n) {
                    return Err(io::Error::other("disk on fire"));
                }
                let n = self.step.min(out.len()).min(self.data.len());
                out[..n].copy_from_slice(&self.data[..n]);
                self.data = &self.data[n..];
                self.given += n;
                Ok(n)
            }
        }
        let (tx, rx) = sync_channel(1024);
        // Buffers given back with stale contents must not leak into lines.
        let (give_back, recycled) = sync_channel(4);
        for _ in 0..4 {
            let _ = give_back.try_send(b"stale\nbytes\n".repeat(50));
        }
        let reader = Trickle {
            data: input,
            step,
            fail_after,
            given: 0,
        };
        std::thread::scope(|s| {
            s.spawn(move || read_blocks(reader, &tx, &recycled, block, max_lines));
        });
        let (mut lines, mut bytes, mut widest, mut failed) = (Vec::new(), 0, 0, false);
        for chunk in rx {
            match chunk {
                Ok(c) => {
                    widest = widest.max(c.lines.len());
                    bytes += c.bytes;
                    for &(no, s, e) in &c.lines {
                        lines.push((no, c.buf[s..e].to_vec()));
                    }
                    assert!(!failed, "a chunk after the error");
                }
                Err(_) => failed = true,
            }
        }
        (lines, bytes, widest, failed)
    }

    #[test]
    fn blocks_hold_the_same_lines_as_a_plain_split_at_every_size() {
        let mut seed = 7u64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for round in 0..300 {
            let mut input = Vec::new();
            for _ in 0..next() % 40 {
                match next() % 7 {
                    0 => input.extend_from_slice(b"\n"),
                    1 => input.extend_from_slice(b"\r\n"),
                    2 => input.extend_from_slice(b"  \t\n"),
                    3 => input.extend(std::iter::repeat_n(b'x', (next() % 200) as usize)),
                    4 => input.extend_from_slice(b"{\"a\": 1}\n"),
                    5 => input.extend_from_slice(b"\r"),
                    _ => input.extend_from_slice(b" \x0c\n"),
                }
            }
            let want = plain_lines(&input);
            for (step, block, max_lines) in [
                (1, 1, 1),
                (3, 8, 2),
                (7, 16, 3),
                (64, 32, 100),
                (4096, 64, 5),
            ] {
                let (lines, bytes, widest, failed) = read(&input, step, block, max_lines, None);
                assert_eq!(lines, want, "round {round}, step {step}, block {block}");
                assert_eq!(
                    bytes,
                    input.len() as u64,
                    "round {round}: bytes accounted for"
                );
                assert!(widest <= max_lines);
                assert!(!failed);
            }
        }
    }

    #[test]
    fn a_form_feed_line_is_not_blank() {
        let input = b"{}\n\x0c\n \x0c\t\n\t \r\n{}\n";
        let (lines, _, _, _) = read(input, 4096, 64, 100, None);
        let numbers: Vec<usize> = lines.iter().map(|(no, _)| *no).collect();
        assert_eq!(numbers, [1, 2, 3, 5]);
    }

    #[test]
    fn lines_from_a_slow_writer_are_sent_before_the_block_fills() {
        // A writer that sends one line, then waits until the first chunk
        // has been received before it sends the rest.
        struct Waiting {
            parts: Receiver<Vec<u8>>,
            pending: Vec<u8>,
        }
        impl Read for Waiting {
            fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
                if self.pending.is_empty() {
                    match self.parts.recv() {
                        Ok(part) => self.pending = part,
                        Err(_) => return Ok(0),
                    }
                }
                let n = out.len().min(self.pending.len());
                out[..n].copy_from_slice(&self.pending[..n]);
                self.pending.drain(..n);
                Ok(n)
            }
        }
        let (writer, parts) = sync_channel::<Vec<u8>>(4);
        let (tx, rx) = sync_channel(16);
        let (_give_back, recycled) = sync_channel(4);
        let reader = Waiting {
            parts,
            pending: Vec::new(),
        };
        std::thread::scope(|s| {
            s.spawn(move || read_blocks(reader, &tx, &recycled, 1 << 20, 100));
            writer.send(b"{\"first\": 1}\n{\"sec".to_vec()).unwrap();
            let first = rx
                .recv_timeout(std::time::Duration::from_secs(10))
                .expect("the first line, before the writer sends more")
                .unwrap();
            assert_eq!(first.lines.len(), 1);
            assert_eq!(
                &first.buf[first.lines[0].1..first.lines[0].2],
                b"{\"first\": 1}"
            );
            writer.send(b"ond\": 2}\n".to_vec()).unwrap();
            drop(writer);
            let rest: Vec<Vec<u8>> = rx
                .iter()
                .flat_map(|c| {
                    let c = c.unwrap();
                    c.lines
                        .iter()
                        .map(|&(_, s, e)| c.buf[s..e].to_vec())
                        .collect::<Vec<_>>()
                })
                .collect();
            assert_eq!(rest, [b"{\"second\": 2}".to_vec()]);
        });
    }

    #[test]
    fn a_read_error_ends_the_lines_with_the_last_whole_one() {
        let input = b"{\"a\": 1}\n{\"b\": 2}\n{\"c\": 3}\n{\"d\"";
        for fail_after in [0, 5, 9, 12, 18, 27, 30] {
            let (lines, _, _, failed) = read(input, 3, 8, 2, Some(fail_after));
            assert!(failed, "error after {fail_after} bytes");
            let whole = input[..fail_after].iter().filter(|&&b| b == b'\n').count();
            assert_eq!(lines.len(), whole, "after {fail_after} bytes");
            assert_eq!(lines, plain_lines(&input[..fail_after])[..whole].to_vec());
        }
    }
}
