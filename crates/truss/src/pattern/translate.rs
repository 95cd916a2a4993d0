//! Printing the parsed pattern as Rust regex syntax, and spotting patterns
//! that need no engine at all.
//!
//! Every character that is not an ASCII letter or digit is printed as
//! `\x{...}`, inside classes and out. That sidesteps all the places where
//! the two syntaxes read the same character differently (`#`, `&`, `~`,
//! `-`, `[` and whitespace among them) instead of enumerating them.

use std::fmt::Write as _;

use super::PatternError;
use super::charset::CharSet;
use super::parse::Node;

/// Bound on the translated text: `.`, `\S` and negated classes print as
/// lists of ranges, so a large pattern could otherwise balloon in memory
/// before the engine's own size limit gets to look at it.
const MAX_TRANSLATED_LEN: usize = 4 << 20;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Target {
    /// The `regex` crate: finite automata, linear time.
    Linear,
    /// fancy-regex: backtracking where lookaround or backreferences need it.
    Backtracking,
    /// The `regex` crate, for a pattern that needs backtracking: lookaround
    /// is dropped and a backreference matches whatever its group's pattern
    /// could match anywhere, or nothing, which only ever widens what
    /// matches. When this superset does not match, neither does the
    /// pattern, and the backtracking engine need not run. That turns the
    /// usual way to make a backtracking engine slow, a long input that does
    /// not match and that it retries at every position, into a linear scan.
    Prefilter,
}

/// Each prefilter is compiled and run separately; a pattern of thousands
/// of lookaheads should not cost thousands of compilations.
const MAX_PREFILTERS: usize = 9;

const NEVER: &str = r"[^\x{0}-\x{10ffff}]";

// fancy-regex refuses `(?-u:...)`, so its ASCII word boundaries are spelled
// with lookaround; the regex crate has no lookaround but knows `(?-u:\b)`.
const ASCII_WORD: &str = "[0-9A-Z_a-z]";

fn has_backref(node: &Node) -> bool {
    match node {
        Node::Backref(_) => true,
        Node::Group { body, .. } | Node::Look { body, .. } | Node::Repeat { body, .. } => {
            has_backref(body)
        }
        Node::Concat(items) | Node::Alternation(items) => items.iter().any(has_backref),
        _ => false,
    }
}

pub(super) fn needs_backtracking(node: &Node) -> bool {
    match node {
        Node::Look { .. } | Node::Backref(_) => true,
        Node::Group { body, .. } | Node::Repeat { body, .. } => needs_backtracking(body),
        Node::Concat(items) | Node::Alternation(items) => items.iter().any(needs_backtracking),
        Node::Empty
        | Node::Literal(_)
        | Node::Set(_)
        | Node::Start
        | Node::End
        | Node::WordBoundary { .. } => false,
    }
}

pub(super) fn translate(root: &Node, target: Target) -> Result<String, PatternError> {
    let mut translator = Translator {
        out: String::new(),
        target,
        captures: Vec::new(),
        drop_assertions: false,
    };
    translator.node(root)?;
    Ok(translator.out)
}

/// Linear-time patterns that must all match somewhere for `root` to match:
/// the relaxed pattern itself, and the body of every positive lookaround
/// that every match has to pass. A lookaround body that must match at some
/// position must in particular match somewhere, and checking that once is
/// what saves `(?=.*\d)[a-z]+` from rescanning a long digit-free input from
/// every position. One that cannot be printed is left out, and so are
/// lookarounds past the first few, which only makes the filter weaker.
pub(super) fn prefilters(root: &Node) -> Vec<String> {
    let mut captures = Vec::new();
    capture_bodies(root, &mut captures);
    let mut required = vec![root];
    required_lookarounds(root, &mut required);
    required
        .into_iter()
        .take(MAX_PREFILTERS)
        .filter_map(|node| {
            let mut translator = Translator {
                out: String::new(),
                target: Target::Prefilter,
                captures: captures.clone(),
                drop_assertions: false,
            };
            translator.node(node).ok().map(|()| translator.out)
        })
        .collect()
}

/// Bodies of the positive lookarounds on every path to a match: not under
/// an alternation, an optional repetition or a negative lookaround.
fn required_lookarounds<'a>(node: &'a Node, out: &mut Vec<&'a Node>) {
    match node {
        Node::Look {
            negated: false,
            body,
            ..
        } => {
            out.push(body);
            required_lookarounds(body, out);
        }
        Node::Group { body, .. } => required_lookarounds(body, out),
        Node::Repeat { body, min, .. } if *min > 0 => required_lookarounds(body, out),
        Node::Concat(items) => {
            for item in items {
                required_lookarounds(item, out);
            }
        }
        _ => {}
    }
}

/// Group bodies in group-number order: groups are numbered by where their
/// `(` stands, which is the order a pre-order walk meets them.
fn capture_bodies<'a>(node: &'a Node, out: &mut Vec<&'a Node>) {
    match node {
        Node::Group { capture, body } => {
            if *capture {
                out.push(body);
            }
            capture_bodies(body, out);
        }
        Node::Look { body, .. } | Node::Repeat { body, .. } => capture_bodies(body, out),
        Node::Concat(items) | Node::Alternation(items) => {
            for item in items {
                capture_bodies(item, out);
            }
        }
        _ => {}
    }
}

struct Translator<'a> {
    out: String,
    target: Target,
    /// For [`Target::Prefilter`]: what each backreference can repeat; when
    /// empty, a backreference stands for any text.
    captures: Vec<&'a Node>,
    /// Set while printing a group's pattern in place of a reference to it,
    /// where anchors and boundaries no longer stand where the group stood.
    drop_assertions: bool,
}

impl Translator<'_> {
    fn node(&mut self, node: &Node) -> Result<(), PatternError> {
        match node {
            Node::Empty => {}
            Node::Literal(c) => self.literal(*c),
            Node::Set(set) => self.set(set),
            Node::Start | Node::End | Node::WordBoundary { .. } if self.drop_assertions => {}
            // No `m` flag: `^` and `$` are the ends of the whole input, and
            // `$` does not match before a trailing newline.
            Node::Start => self.out.push_str(r"\A"),
            Node::End => self.out.push_str(r"\z"),
            Node::WordBoundary { negated } => self.word_boundary(*negated),
            Node::Group { capture, body } => {
                // Names are not printed: references were resolved to numbers
                // and ECMA-262 numbers named groups along with the others.
                self.out.push_str(if *capture { "(" } else { "(?:" });
                self.node(body)?;
                self.out.push(')');
            }
            Node::Look { .. } if self.target == Target::Prefilter => {}
            Node::Look {
                behind,
                negated,
                body,
            } => {
                self.out.push_str(match (behind, negated) {
                    (false, false) => "(?=",
                    (false, true) => "(?!",
                    (true, false) => "(?<=",
                    (true, true) => "(?<!",
                });
                self.node(body)?;
                self.out.push(')');
            }
            Node::Backref(index) if self.target == Target::Prefilter => {
                let body = usize::try_from(*index)
                    .ok()
                    .and_then(|i| self.captures.get(i.checked_sub(1)?).copied());
                match body {
                    // The captured text is something the group's pattern
                    // matched somewhere, or nothing if the group did not
                    // take part. Without its assertions, which held where
                    // the group was rather than here, that pattern matches
                    // at least that text.
                    Some(body) if !has_backref(body) => {
                        let saved = std::mem::replace(&mut self.drop_assertions, true);
                        self.out.push_str("(?:(?:");
                        self.node(body)?;
                        self.out.push_str(")?)");
                        self.drop_assertions = saved;
                    }
                    // A group that itself repeats other groups could expand
                    // without end; any text at all is still a superset.
                    _ => self.out.push_str(r"(?:[\x{0}-\x{10ffff}]*)"),
                }
            }
            // ECMA-262 lets a reference to a group that has not matched
            // match the empty string; fancy-regex would fail it. The
            // conditional makes the difference explicit.
            Node::Backref(index) => {
                let _ = write!(self.out, r"(?({index})\{index})");
            }
            Node::Repeat {
                body,
                min,
                max,
                greedy,
            } => self.repeat(body, *min, *max, *greedy)?,
            Node::Concat(items) => {
                for item in items {
                    self.node(item)?;
                }
            }
            Node::Alternation(items) => {
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        self.out.push('|');
                    }
                    self.node(item)?;
                }
            }
        }
        if self.out.len() > MAX_TRANSLATED_LEN {
            return Err(PatternError::TooLarge {
                detail: format!("its translation exceeds {MAX_TRANSLATED_LEN} bytes"),
            });
        }
        Ok(())
    }

    fn repeat(
        &mut self,
        body: &Node,
        min: u64,
        max: Option<u64>,
        greedy: bool,
    ) -> Result<(), PatternError> {
        let min = u32::try_from(min).map_err(|_| PatternError::TooLarge {
            detail: format!("repetition minimum {min} exceeds {}", u32::MAX),
        })?;
        // An atom that consumes input can repeat at most once per character,
        // and iterations that consume nothing do not count once the minimum
        // is met, so a bound beyond any haystack length is no bound.
        let max = max.and_then(|m| u32::try_from(m).ok());
        match body {
            Node::Literal(_) | Node::Set(_) | Node::Group { .. } | Node::Backref(_) => {
                self.node(body)?
            }
            _ => {
                self.out.push_str("(?:");
                self.node(body)?;
                self.out.push(')');
            }
        }
        let _ = match (min, max) {
            (0, None) => write!(self.out, "*"),
            (1, None) => write!(self.out, "+"),
            (0, Some(1)) => write!(self.out, "?"),
            (n, None) => write!(self.out, "{{{n},}}"),
            (n, Some(m)) if n == m => write!(self.out, "{{{n}}}"),
            (n, Some(m)) => write!(self.out, "{{{n},{m}}}"),
        };
        if !greedy {
            self.out.push('?');
        }
        Ok(())
    }

    fn literal(&mut self, c: char) {
        if c.is_ascii_alphanumeric() {
            self.out.push(c);
        } else {
            let _ = write!(self.out, r"\x{{{:x}}}", u32::from(c));
        }
    }

    fn set(&mut self, set: &CharSet) {
        if set.is_empty() {
            self.out.push_str(NEVER);
            return;
        }
        // Print whichever side is shorter; both engines negate over all
        // Unicode scalar values, the same universe the sets are built in.
        let complement = set.finished_complement();
        let (negated, ranges) =
            if !complement.is_empty() && complement.ranges().len() < set.ranges().len() {
                (true, complement.ranges())
            } else {
                (false, set.ranges())
            };
        self.out.push_str(if negated { "[^" } else { "[" });
        for &(lo, hi) in ranges {
            let _ = write!(self.out, r"\x{{{lo:x}}}");
            if hi > lo {
                let _ = write!(self.out, r"-\x{{{hi:x}}}");
            }
        }
        self.out.push(']');
    }

    fn word_boundary(&mut self, negated: bool) {
        match (self.target, negated) {
            (Target::Linear | Target::Prefilter, false) => self.out.push_str(r"(?-u:\b)"),
            (Target::Linear | Target::Prefilter, true) => self.out.push_str(r"(?-u:\B)"),
            (Target::Backtracking, false) => {
                let w = ASCII_WORD;
                let _ = write!(self.out, "(?:(?<={w})(?!{w})|(?<!{w})(?={w}))");
            }
            (Target::Backtracking, true) => {
                let w = ASCII_WORD;
                let _ = write!(self.out, "(?:(?<={w})(?={w})|(?<!{w})(?!{w}))");
            }
        }
    }
}

/// A pattern that is a fixed string, optionally pinned to either end.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum LiteralPlan {
    Contains(String),
    StartsWith(String),
    EndsWith(String),
    Equals(String),
}

enum Piece {
    Start,
    End,
    Char(char),
}

/// Decided on the parsed tree, so `^a|b$` (an alternation), `a\.b` (an
/// escaped dot is a literal) and `a.b` (a dot is not) all come out right.
pub(super) fn literal_plan(root: &Node) -> Option<LiteralPlan> {
    let mut pieces = Vec::new();
    if !flatten(root, &mut pieces) {
        return None;
    }
    let (anchored_start, pieces) = match pieces.split_first() {
        Some((Piece::Start, rest)) => (true, rest),
        _ => (false, pieces.as_slice()),
    };
    let (anchored_end, pieces) = match pieces.split_last() {
        Some((Piece::End, rest)) => (true, rest),
        _ => (false, pieces),
    };
    let mut text = String::new();
    for piece in pieces {
        match piece {
            Piece::Char(c) => text.push(*c),
            // An anchor anywhere else makes it no longer a plain string.
            Piece::Start | Piece::End => return None,
        }
    }
    Some(match (anchored_start, anchored_end) {
        (false, false) => LiteralPlan::Contains(text),
        (true, false) => LiteralPlan::StartsWith(text),
        (false, true) => LiteralPlan::EndsWith(text),
        (true, true) => LiteralPlan::Equals(text),
    })
}

fn flatten(node: &Node, pieces: &mut Vec<Piece>) -> bool {
    match node {
        Node::Empty => true,
        Node::Literal(c) => {
            pieces.push(Piece::Char(*c));
            true
        }
        Node::Set(set) => match set.ranges() {
            [(lo, hi)] if lo == hi => match char::from_u32(*lo) {
                Some(c) => {
                    pieces.push(Piece::Char(c));
                    true
                }
                None => false,
            },
            _ => false,
        },
        Node::Start => {
            pieces.push(Piece::Start);
            true
        }
        Node::End => {
            pieces.push(Piece::End);
            true
        }
        // Groups only matter to backreferences, and a pattern with one is
        // not a literal anyway.
        Node::Group { body, .. } => flatten(body, pieces),
        Node::Concat(items) => items.iter().all(|item| flatten(item, pieces)),
        Node::Look { .. }
        | Node::Backref(_)
        | Node::Repeat { .. }
        | Node::Alternation(_)
        | Node::WordBoundary { .. } => false,
    }
}
