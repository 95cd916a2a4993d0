//! The human format: each finding with its location and the line of the
//! input it is about, the offending value underlined.

use annotate_snippets::{Level, Renderer, Snippet};

use crate::locate::Span;
use crate::report::Problem;

/// Longest excerpt shown, in characters; longer lines (minified files,
/// NDJSON records) are cut to a window around the value.
const MAX_EXCERPT: usize = 120;
/// Characters of context kept before the value in a cut line.
const LEAD: usize = 40;

/// What a finding is, for its heading and colour.
#[derive(Clone, Copy)]
pub(crate) enum Kind {
    Error,
    Warning,
}

/// One finding to render.
pub(crate) struct Item<'a> {
    pub(crate) kind: Kind,
    /// Shown in brackets after the severity; empty for none.
    pub(crate) code: &'a str,
    pub(crate) message: &'a str,
    /// The pointer, shown under the value.
    pub(crate) label: &'a str,
    /// Extra lines shown after the excerpt (`= note`).
    pub(crate) note: Option<&'a str>,
}

/// Renders `item` about the value at `span` of `text` (whose first line is
/// line `first_line` of input `name`), followed by a blank line.
pub(crate) fn render(
    out: &mut String,
    name: &str,
    text: &str,
    first_line: usize,
    span: Option<Span>,
    item: &Item<'_>,
    color: bool,
) {
    let level = match item.kind {
        Kind::Error => Level::Error,
        Kind::Warning => Level::Warning,
    };
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let label = if item.label.is_empty() {
        "(root)"
    } else {
        item.label
    };
    let Some(excerpt) = span.and_then(|s| Excerpt::new(text, first_line, s)) else {
        // Nothing to show from the text: heading, input and pointer only.
        let place = format!("in {name} at {label}");
        let mut msg = level.title(item.message);
        if !item.code.is_empty() {
            msg = msg.id(item.code);
        }
        msg = msg.footer(Level::Note.title(&place));
        if let Some(n) = item.note {
            msg = msg.footer(Level::Note.title(n));
        }
        out.push_str(&renderer.render(msg).to_string());
        out.push_str("\n\n");
        return;
    };
    let snippet = Snippet::source(&excerpt.line)
        .line_start(excerpt.line_no)
        .origin(name)
        .annotation(level.span(excerpt.range.clone()).label(label));
    let mut msg = level.title(item.message);
    if !item.code.is_empty() {
        msg = msg.id(item.code);
    }
    msg = msg.snippet(snippet);
    if let Some(n) = item.note {
        msg = msg.footer(Level::Note.title(n));
    }
    let rendered = renderer.render(msg).to_string();
    match excerpt.column_fix {
        // The excerpt is a window of the line: state the real column.
        Some(col) => out.push_str(&fix_origin(&rendered, name, excerpt.line_no, col)),
        None => out.push_str(&rendered),
    }
    out.push_str("\n\n");
}

/// Renders why `text` could not be read (malformed JSON, a number out of
/// range), with the character where reading stopped underlined. `problem`'s
/// position is relative to `text`; `None` when it has none.
pub(crate) fn render_problem(
    name: &str,
    text: &str,
    first_line: usize,
    problem: &Problem,
    color: bool,
) -> Option<String> {
    let at = crate::locate::offset(text, problem.position?)?;
    // Only a place on a visible character can be underlined; a stop at a
    // line's end, on a blank line or at the end of the text is left to the
    // one-line form, which states its line and column.
    let here = text.get(at..)?.chars().next()?;
    if here.is_whitespace() {
        return None;
    }
    let end = if problem.message.starts_with("number out of range") {
        // The position is the number's first character; underline it whole.
        let numeric = |c: char| c.is_ascii_digit() || matches!(c, '-' | '+' | '.' | 'e' | 'E');
        text.get(at..)
            .and_then(|rest| rest.find(|c: char| !numeric(c)))
            .map_or(text.len(), |n| at + n)
    } else {
        at + here.len_utf8()
    };
    let start = at;
    let item = Item {
        kind: Kind::Error,
        code: "",
        message: &problem.message,
        label: "here",
        note: None,
    };
    let mut out = String::new();
    render(
        &mut out,
        name,
        text,
        first_line,
        Some(Span { start, end }),
        &item,
        color,
    );
    Some(out)
}

/// The line holding a span, cut to a window when it is long.
struct Excerpt {
    line: String,
    line_no: usize,
    /// Byte range of the value within `line` (first line only).
    range: std::ops::Range<usize>,
    /// The real 1-based column when `line` is a window of the source line.
    column_fix: Option<usize>,
}

impl Excerpt {
    fn new(text: &str, first_line: usize, span: Span) -> Option<Self> {
        let start = span.start.min(text.len());
        let line_start = text.get(..start)?.rfind('\n').map_or(0, |i| i + 1);
        let line_end = text
            .get(start..)?
            .find('\n')
            .map_or(text.len(), |i| start + i);
        let full = text.get(line_start..line_end)?.trim_end_matches('\r');
        let line_no = first_line + text.get(..line_start)?.matches('\n').count();
        let rel_start = start - line_start;
        let rel_end = span.end.min(line_start + full.len()).max(start) - line_start;
        let rel_end = if rel_end == rel_start {
            // An empty range renders nothing: mark one character at least.
            full.get(rel_start..)
                .and_then(|s| s.chars().next())
                .map_or(rel_start, |c| rel_start + c.len_utf8())
        } else {
            rel_end
        };
        if full.chars().count() <= MAX_EXCERPT {
            return Some(Self {
                line: untabbed(full),
                line_no,
                range: rel_start..rel_end,
                column_fix: None,
            });
        }
        // Window: LEAD characters before the value, the rest after it.
        let column = full.get(..rel_start)?.chars().count() + 1;
        let from = char_back(full, rel_start, LEAD);
        let to = char_forward(full, from, MAX_EXCERPT);
        let mut line = String::new();
        if from > 0 {
            line.push('…');
        }
        let lead = line.len();
        line.push_str(&untabbed(full.get(from..to)?));
        if to < full.len() {
            line.push('…');
        }
        let range_start = rel_start - from + lead;
        // `to` lies past the value's first character, so the range is never empty.
        let range_end = rel_end.min(to) - from + lead;
        Some(Self {
            line,
            line_no,
            range: range_start..range_end,
            column_fix: Some(column),
        })
    }
}

/// The renderer widens a tab to several columns but counts it as one when
/// it places the underline, so tabs are shown as single spaces (one byte
/// for one byte: the ranges stay right).
fn untabbed(line: &str) -> String {
    line.replace('\t', " ")
}

/// Byte offset `n` characters before `at` (or 0).
fn char_back(s: &str, at: usize, n: usize) -> usize {
    s.get(..at)
        .and_then(|p| {
            p.char_indices()
                .rev()
                .nth(n.saturating_sub(1))
                .map(|(i, _)| i)
        })
        .unwrap_or(0)
}

/// Byte offset `n` characters after `at` (or the end).
fn char_forward(s: &str, at: usize, n: usize) -> usize {
    s.get(at..)
        .and_then(|p| p.char_indices().nth(n).map(|(i, _)| at + i))
        .unwrap_or(s.len())
}

/// Replaces the `--> name:line:col` the renderer computed from the window
/// with the position in the real line.
fn fix_origin(rendered: &str, name: &str, line: usize, column: usize) -> String {
    let prefix = format!("{name}:{line}:");
    let mut out = String::with_capacity(rendered.len());
    let mut done = false;
    for (i, l) in rendered.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let found = if done { None } else { l.find(&prefix) };
        if let Some((head, tail)) = found.and_then(|at| l.split_at_checked(at + prefix.len())) {
            out.push_str(head);
            out.push_str(&column.to_string());
            out.push_str(tail.trim_start_matches(|c: char| c.is_ascii_digit()));
            done = true;
            continue;
        }
        out.push_str(l);
    }
    out
}
