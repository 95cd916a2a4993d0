//! Parser for ECMA-262 patterns as written without the `u` or `v` flag, that
//! is the Annex B ("web compatibility") grammar, into a small tree that the
//! translator and the literal detector both read.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use super::charset::{CharSet, MAX_CODE_POINT};
use super::{PatternError, SyntaxError};

/// Deepest group nesting accepted. Parsing, translation and both engines
/// recurse over nesting, so it is bounded well below anything that could
/// exhaust a thread's stack; real patterns stay in single digits.
pub(super) const MAX_NESTING: usize = 128;

#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Node {
    Empty,
    Literal(char),
    /// A finished set: surrogate-free, so an empty set never matches.
    Set(CharSet),
    Start,
    End,
    WordBoundary {
        negated: bool,
    },
    Group {
        capture: bool,
        body: Box<Node>,
    },
    Look {
        behind: bool,
        negated: bool,
        body: Box<Node>,
    },
    /// 1-based capture group number; never a group that encloses it.
    Backref(u32),
    /// Bounds saturate at `u64::MAX`; the translator decides what fits.
    Repeat {
        body: Box<Node>,
        min: u64,
        max: Option<u64>,
        greedy: bool,
    },
    Concat(Vec<Node>),
    Alternation(Vec<Node>),
}

pub(super) struct Parsed {
    pub(super) root: Node,
    /// Where the first lookbehind starts, to place engine complaints about
    /// lookbehinds somewhere in the source.
    pub(super) first_lookbehind: Option<usize>,
}

fn syntax(kind: SyntaxError, offset: usize) -> PatternError {
    PatternError::Syntax { kind, offset }
}

/// How to read `\u{...}` outside group names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Dialect {
    /// Exactly ECMA-262 without flags: `\u{41}` is `u` repeated 41 times.
    Strict,
    /// `\u{41}` is `A` when the braces name a code point; the matcher's
    /// reading.
    CodePointEscapes,
}

/// Offsets in errors count `char`s (Unicode scalar values) from the start of
/// the pattern, which is what a person counting characters sees.
pub(super) fn parse(source: &str, dialect: Dialect) -> Result<Parsed, PatternError> {
    run(source, dialect, true)
}

/// Checks the grammar without keeping the tree, so memory stays a small
/// multiple of the input even for a multi-megabyte string under the `regex`
/// format, where the input is untrusted.
pub(super) fn validate(source: &str, dialect: Dialect) -> Result<(), PatternError> {
    run(source, dialect, false).map(|_| ())
}

fn run(source: &str, dialect: Dialect, keep: bool) -> Result<Parsed, PatternError> {
    let chars: Vec<char> = source.chars().collect();
    let prescan = prescan(&chars);
    let mut parser = Parser {
        chars,
        pos: 0,
        capture_count: prescan.captures,
        names: prescan.names,
        named_mode: prescan.named_mode,
        next_capture: 0,
        open_captures: Vec::new(),
        defined_names: HashSet::new(),
        depth: 0,
        first_lookbehind: None,
        braced_escapes: dialect == Dialect::CodePointEscapes,
        keep,
    };
    let root = parser.disjunction()?;
    if parser.pos < parser.chars.len() {
        // Only an unopened `)` stops the top-level disjunction early.
        return Err(syntax(SyntaxError::UnmatchedParen, parser.pos));
    }
    Ok(Parsed {
        root,
        first_lookbehind: parser.first_lookbehind,
    })
}

struct Prescan {
    captures: u32,
    names: HashMap<String, u32>,
    named_mode: bool,
}

/// What the grammar needs before parsing: whether `\12` is a backreference
/// depends on how many groups the whole pattern has, and whether `\k` is an
/// identity escape or a named reference depends on whether any group is
/// named. Counting `(` needs only escapes and classes skipped, because in
/// Annex B `[` always opens a class and its first unescaped `]` closes it.
fn prescan(chars: &[char]) -> Prescan {
    let at = |i: usize| chars.get(i).copied();
    let mut out = Prescan {
        captures: 0,
        names: HashMap::new(),
        named_mode: false,
    };
    let mut in_class = false;
    let mut i = 0;
    while let Some(c) = at(i) {
        match c {
            '\\' => {
                i += 2;
                continue;
            }
            ']' if in_class => in_class = false,
            _ if in_class => {}
            '[' => in_class = true,
            '(' if at(i + 1) != Some('?') => out.captures = out.captures.saturating_add(1),
            '(' if at(i + 2) == Some('<') && !matches!(at(i + 3), Some('=' | '!')) => {
                out.captures = out.captures.saturating_add(1);
                out.named_mode = true;
                // A malformed name is reported by the real parse.
                if let Ok((name, _)) = group_name(chars, i + 3) {
                    out.names.entry(name).or_insert(out.captures);
                }
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// Reads `RegExpIdentifierName >` starting just after `<`. Returns the
/// decoded name and the position after `>`, or the offset of the offending
/// character.
fn group_name(chars: &[char], start: usize) -> Result<(String, usize), usize> {
    let mut name = String::new();
    let mut i = start;
    loop {
        let Some(c) = chars.get(i).copied() else {
            return Err(i);
        };
        if c == '>' {
            return if name.is_empty() {
                Err(i)
            } else {
                Ok((name, i + 1))
            };
        }
        let (code, next) = if c == '\\' {
            // Group names allow `\uXXXX`, surrogate pairs and `\u{...}` in
            // every mode (ES2020), and no other escape.
            if chars.get(i + 1) != Some(&'u') {
                return Err(i);
            }
            unicode_escape(chars, i + 1, true).ok_or(i)?
        } else {
            (u32::from(c), i + 1)
        };
        let ch = char::from_u32(code).ok_or(i)?;
        let valid = if name.is_empty() {
            is_id_start(ch)
        } else {
            is_id_continue(ch)
        };
        if !valid {
            return Err(i);
        }
        name.push(ch);
        i = next;
    }
}

// The regex crate carries the Unicode ID_Start / ID_Continue tables that
// ECMA-262 identifiers are defined by; std does not expose them.
static ID_START: LazyLock<Option<regex::Regex>> =
    LazyLock::new(|| regex::Regex::new(r"\A\p{ID_Start}\z").ok());
static ID_CONTINUE: LazyLock<Option<regex::Regex>> =
    LazyLock::new(|| regex::Regex::new(r"\A\p{ID_Continue}\z").ok());

fn has_property(
    table: &LazyLock<Option<regex::Regex>>,
    c: char,
    fallback: fn(char) -> bool,
) -> bool {
    match table.as_ref() {
        Some(re) => re.is_match(c.encode_utf8(&mut [0; 4])),
        None => fallback(c),
    }
}

fn is_id_start(c: char) -> bool {
    c == '$' || c == '_' || has_property(&ID_START, c, char::is_alphabetic)
}

fn is_id_continue(c: char) -> bool {
    matches!(c, '$' | '\u{200C}' | '\u{200D}')
        || has_property(&ID_CONTINUE, c, char::is_alphanumeric)
}

fn hex4(chars: &[char], start: usize) -> Option<u32> {
    let mut value = 0;
    for k in 0..4 {
        value = value * 16 + chars.get(start + k)?.to_digit(16)?;
    }
    Some(value)
}

/// Reads the escape whose `u` is at `u_pos`; `None` means it is not one.
///
/// `\uHHHH\uHHHH` forming a surrogate pair is one code point, as the author
/// of such a pattern means it: the haystack is matched by code point, so the
/// two halves have no separate existence to match. With `braced`,
/// `\u{H...}` naming a code point is that code point although, without the
/// `u` flag, ECMA-262 reads it as `u` repeated: nobody writes `\u{41}` to
/// mean 41 `u`s. Braces that do not name a code point fall back to a plain
/// `u`, as ECMA-262 reads it.
fn unicode_escape(chars: &[char], u_pos: usize, braced: bool) -> Option<(u32, usize)> {
    if let Some(high) = hex4(chars, u_pos + 1) {
        let next = u_pos + 5;
        let low = (chars.get(next) == Some(&'\\') && chars.get(next + 1) == Some(&'u'))
            .then(|| hex4(chars, next + 2))
            .flatten();
        return Some(match low {
            Some(low) if (0xD800..=0xDBFF).contains(&high) && (0xDC00..=0xDFFF).contains(&low) => {
                (0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00), next + 6)
            }
            _ => (high, next),
        });
    }
    if !braced || chars.get(u_pos + 1) != Some(&'{') {
        return None;
    }
    let mut value: u32 = 0;
    let mut i = u_pos + 2;
    while let Some(digit) = chars.get(i).and_then(|c| c.to_digit(16)) {
        value = value.checked_mul(16)?.checked_add(digit)?;
        if value > MAX_CODE_POINT {
            return None;
        }
        i += 1;
    }
    (i > u_pos + 2 && chars.get(i) == Some(&'}')).then_some((value, i + 1))
}

/// A code point from an escape becomes a literal; a lone surrogate becomes
/// a set that matches nothing, because no Rust string contains one.
fn literal(code: u32) -> Node {
    char::from_u32(code).map_or(Node::Set(CharSet::new()), Node::Literal)
}

enum Escaped {
    Char(u32),
    Set(CharSet),
}

struct Braces {
    min: u64,
    max: Option<u64>,
    out_of_order: bool,
    end: usize,
}

fn saturating_decimal(digits: &[char]) -> u64 {
    digits.iter().fold(0u64, |acc, c| {
        acc.saturating_mul(10)
            .saturating_add(u64::from(c.to_digit(10).unwrap_or(0)))
    })
}

/// Compares digit strings exactly, so `{99999999999999999999,1}` is out of
/// order even though both ends saturate.
fn decimal_greater(a: &[char], b: &[char]) -> bool {
    let strip = |d: &[char]| -> Vec<char> { d.iter().copied().skip_while(|&c| c == '0').collect() };
    let (a, b) = (strip(a), strip(b));
    a.len() > b.len() || (a.len() == b.len() && a > b)
}

struct Parser {
    chars: Vec<char>,
    pos: usize,
    capture_count: u32,
    names: HashMap<String, u32>,
    named_mode: bool,
    next_capture: u32,
    open_captures: Vec<u32>,
    defined_names: HashSet<String>,
    depth: usize,
    first_lookbehind: Option<usize>,
    braced_escapes: bool,
    /// Whether to build the tree; when not, each term is dropped once
    /// parsed.
    keep: bool,
}

impl Parser {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn peek_at(&self, ahead: usize) -> Option<char> {
        self.chars.get(self.pos + ahead).copied()
    }

    fn eat(&mut self, c: char) -> bool {
        let hit = self.peek() == Some(c);
        if hit {
            self.pos += 1;
        }
        hit
    }

    fn disjunction(&mut self) -> Result<Node, PatternError> {
        let mut alternatives = vec![self.alternative()?];
        while self.eat('|') {
            let alternative = self.alternative()?;
            if self.keep {
                alternatives.push(alternative);
            }
        }
        Ok(if alternatives.len() == 1 {
            alternatives.pop().unwrap_or(Node::Empty)
        } else {
            Node::Alternation(alternatives)
        })
    }

    fn alternative(&mut self) -> Result<Node, PatternError> {
        let mut terms = Vec::new();
        while let Some(c) = self.peek() {
            if c == '|' || c == ')' {
                break;
            }
            let term = self.term()?;
            if self.keep && term != Node::Empty {
                terms.push(term);
            }
        }
        Ok(match terms.len() {
            0 => Node::Empty,
            1 => terms.pop().unwrap_or(Node::Empty),
            _ => Node::Concat(terms),
        })
    }

    fn term(&mut self) -> Result<Node, PatternError> {
        let start = self.pos;
        let Some(c) = self.peek() else {
            return Ok(Node::Empty);
        };
        self.pos += 1;
        let atom = match c {
            '^' => return Ok(Node::Start),
            '$' => return Ok(Node::End),
            '\\' => match self.peek() {
                Some(b @ ('b' | 'B')) => {
                    self.pos += 1;
                    return Ok(Node::WordBoundary { negated: b == 'B' });
                }
                _ => self.atom_escape(start)?,
            },
            '(' => {
                let (group, quantifiable) = self.group(start)?;
                if !quantifiable {
                    return Ok(group);
                }
                group
            }
            '.' => Node::Set(CharSet::dot().finish()),
            '[' => self.class(start)?,
            '*' | '+' | '?' => return Err(syntax(SyntaxError::NothingToRepeat, start)),
            // Annex B: `{` is a literal unless it spells a quantifier, and a
            // quantifier with nothing before it is an error.
            '{' if self.braces(start).is_some() => {
                return Err(syntax(SyntaxError::NothingToRepeat, start));
            }
            ')' => return Err(syntax(SyntaxError::UnmatchedParen, start)),
            other => Node::Literal(other),
        };
        self.quantified(atom)
    }

    /// Parses `{n}`, `{n,}` or `{n,m}` at `at` without consuming it.
    fn braces(&self, at: usize) -> Option<Braces> {
        let digits_from = |from: usize| {
            let len = self
                .chars
                .get(from..)?
                .iter()
                .take_while(|c| c.is_ascii_digit())
                .count();
            self.chars.get(from..from + len)
        };
        if self.chars.get(at) != Some(&'{') {
            return None;
        }
        let low = digits_from(at + 1)?;
        if low.is_empty() {
            return None;
        }
        let mut i = at + 1 + low.len();
        let high = match self.chars.get(i) {
            Some('}') => Some(low),
            Some(',') => {
                let high = digits_from(i + 1)?;
                i += 1 + high.len();
                if self.chars.get(i) != Some(&'}') {
                    return None;
                }
                (!high.is_empty()).then_some(high)
            }
            _ => return None,
        };
        Some(Braces {
            min: saturating_decimal(low),
            max: high.map(saturating_decimal),
            out_of_order: high.is_some_and(|high| decimal_greater(low, high)),
            end: i + 1,
        })
    }

    fn quantified(&mut self, atom: Node) -> Result<Node, PatternError> {
        let start = self.pos;
        let (min, max) = match self.peek() {
            Some('*') => (0, None),
            Some('+') => (1, None),
            Some('?') => (0, Some(1)),
            Some('{') => match self.braces(start) {
                Some(b) if b.out_of_order => {
                    return Err(syntax(SyntaxError::QuantifierOutOfOrder, start));
                }
                Some(b) => {
                    self.pos = b.end - 1;
                    (b.min, b.max)
                }
                None => return Ok(atom),
            },
            _ => return Ok(atom),
        };
        self.pos += 1;
        let greedy = !self.eat('?');
        Ok(repeat(atom, min, max, greedy))
    }

    fn group(&mut self, start: usize) -> Result<(Node, bool), PatternError> {
        if self.depth >= MAX_NESTING {
            return Err(PatternError::TooDeep {
                limit: MAX_NESTING,
                offset: start,
            });
        }
        enum Kind {
            Capture,
            NonCapture,
            Look { behind: bool, negated: bool },
        }
        let kind = if self.eat('?') {
            let (kind, skip) = match (self.peek(), self.peek_at(1)) {
                (Some(':'), _) => (Kind::NonCapture, 1),
                (Some('='), _) => (
                    Kind::Look {
                        behind: false,
                        negated: false,
                    },
                    1,
                ),
                (Some('!'), _) => (
                    Kind::Look {
                        behind: false,
                        negated: true,
                    },
                    1,
                ),
                (Some('<'), Some('=')) => (
                    Kind::Look {
                        behind: true,
                        negated: false,
                    },
                    2,
                ),
                (Some('<'), Some('!')) => (
                    Kind::Look {
                        behind: true,
                        negated: true,
                    },
                    2,
                ),
                (Some('<'), _) => {
                    let (name, next) = group_name(&self.chars, self.pos + 1)
                        .map_err(|at| syntax(SyntaxError::InvalidGroupName, at))?;
                    if !self.defined_names.insert(name.clone()) {
                        return Err(syntax(SyntaxError::DuplicateGroupName(name), start));
                    }
                    (Kind::Capture, next - self.pos)
                }
                _ => return Err(syntax(SyntaxError::InvalidGroup, start)),
            };
            self.pos += skip;
            kind
        } else {
            Kind::Capture
        };
        if matches!(kind, Kind::Capture) {
            self.next_capture = self.next_capture.saturating_add(1);
            self.open_captures.push(self.next_capture);
        }
        if matches!(kind, Kind::Look { behind: true, .. }) && self.first_lookbehind.is_none() {
            self.first_lookbehind = Some(start);
        }
        self.depth += 1;
        let body = Box::new(self.disjunction()?);
        self.depth -= 1;
        if !self.eat(')') {
            return Err(syntax(SyntaxError::UnterminatedGroup, start));
        }
        Ok(match kind {
            Kind::Capture => {
                self.open_captures.pop();
                (
                    Node::Group {
                        capture: true,
                        body,
                    },
                    true,
                )
            }
            Kind::NonCapture => (
                Node::Group {
                    capture: false,
                    body,
                },
                true,
            ),
            // Annex B lets a lookahead take a quantifier; a lookbehind never.
            Kind::Look { behind, negated } => (
                Node::Look {
                    behind,
                    negated,
                    body,
                },
                !behind,
            ),
        })
    }

    /// After `\` outside a class, `\b` and `\B` already handled.
    fn atom_escape(&mut self, backslash: usize) -> Result<Node, PatternError> {
        match self.peek() {
            Some('1'..='9') => {
                let len = self.chars.get(self.pos..).map_or(0, |rest| {
                    rest.iter().take_while(|c| c.is_ascii_digit()).count()
                });
                let digits = self.chars.get(self.pos..self.pos + len).unwrap_or_default();
                let group = u32::try_from(saturating_decimal(digits)).ok();
                if let Some(group) = group.filter(|&g| g <= self.capture_count) {
                    self.pos += len;
                    return Ok(self.backref(group));
                }
                // Annex B: more than the group count, so it is a legacy
                // octal escape, or for 8 and 9 an identity escape.
            }
            Some('k') if self.named_mode => {
                self.pos += 1;
                if !self.eat('<') {
                    return Err(syntax(SyntaxError::InvalidNamedReference, backslash));
                }
                let (name, next) = group_name(&self.chars, self.pos)
                    .map_err(|at| syntax(SyntaxError::InvalidNamedReference, at))?;
                self.pos = next;
                return match self.names.get(&name) {
                    Some(&index) => Ok(self.backref(index)),
                    None => Err(syntax(SyntaxError::UndefinedGroupName(name), backslash)),
                };
            }
            _ => {}
        }
        Ok(match self.character_escape(backslash, false)? {
            Escaped::Char(code) => literal(code),
            Escaped::Set(set) => Node::Set(set.finish()),
        })
    }

    /// ECMA-262 sets a group's capture only when the group closes, and
    /// clears captures inside a quantified atom at each iteration, so a
    /// reference from inside the group it names always matches the empty
    /// string. Backtracking engines keep the previous iteration's text
    /// instead, hence these references are dropped here.
    fn backref(&self, index: u32) -> Node {
        if self.open_captures.contains(&index) {
            Node::Empty
        } else {
            Node::Backref(index)
        }
    }

    /// The escapes shared by atoms and class atoms; `pos` is just past `\`.
    fn character_escape(
        &mut self,
        backslash: usize,
        in_class: bool,
    ) -> Result<Escaped, PatternError> {
        let Some(c) = self.peek() else {
            return Err(syntax(SyntaxError::TrailingBackslash, backslash));
        };
        self.pos += 1;
        let code = match c {
            'd' => return Ok(Escaped::Set(CharSet::digit())),
            'D' => return Ok(Escaped::Set(CharSet::digit().complement())),
            'w' => return Ok(Escaped::Set(CharSet::word())),
            'W' => return Ok(Escaped::Set(CharSet::word().complement())),
            's' => return Ok(Escaped::Set(CharSet::space())),
            'S' => return Ok(Escaped::Set(CharSet::space().complement())),
            'f' => 0x0C,
            'n' => 0x0A,
            'r' => 0x0D,
            't' => 0x09,
            'v' => 0x0B,
            'b' if in_class => 0x08,
            'c' => match self.peek() {
                Some(l)
                    if l.is_ascii_alphabetic()
                        || (in_class && (l.is_ascii_digit() || l == '_')) =>
                {
                    self.pos += 1;
                    u32::from(l) % 32
                }
                // Annex B: `\c` without a control letter is a backslash, and
                // the `c` is read again as what follows it.
                _ => {
                    self.pos -= 1;
                    u32::from('\\')
                }
            },
            '0'..='7' => self.legacy_octal(c),
            'x' => match (
                self.peek().and_then(|h| h.to_digit(16)),
                self.peek_at(1).and_then(|h| h.to_digit(16)),
            ) {
                (Some(high), Some(low)) => {
                    self.pos += 2;
                    high * 16 + low
                }
                _ => u32::from('x'),
            },
            'u' => match unicode_escape(&self.chars, self.pos - 1, self.braced_escapes) {
                Some((code, next)) => {
                    self.pos = next;
                    code
                }
                None => u32::from('u'),
            },
            'k' if self.named_mode => {
                return Err(syntax(SyntaxError::InvalidNamedReference, backslash));
            }
            // Identity escape: without the `u` flag any other character
            // stands for itself (`\/`, `\-`, `\a`, `\8`, `\p`, ...).
            other => u32::from(other),
        };
        Ok(Escaped::Char(code))
    }

    /// Annex B LegacyOctalEscapeSequence; `pos` is past its first digit.
    /// At most three digits and at most `\377`, so `\400` is `\40` then `0`.
    fn legacy_octal(&mut self, first: char) -> u32 {
        let mut value = first.to_digit(8).unwrap_or(0);
        let extra = if value <= 3 { 2 } else { 1 };
        for _ in 0..extra {
            match self.peek().and_then(|c| c.to_digit(8)) {
                Some(digit) => {
                    value = value * 8 + digit;
                    self.pos += 1;
                }
                None => break,
            }
        }
        value
    }

    fn class(&mut self, open: usize) -> Result<Node, PatternError> {
        let negated = self.eat('^');
        let mut set = CharSet::new();
        let add = |set: &mut CharSet, atom: Escaped| match atom {
            Escaped::Char(code) => set.push_char(code),
            Escaped::Set(members) => set.extend(&members),
        };
        loop {
            let atom_start = self.pos;
            match self.peek() {
                None => return Err(syntax(SyntaxError::UnterminatedClass, open)),
                Some(']') => {
                    self.pos += 1;
                    break;
                }
                Some(_) => {}
            }
            let first = self.class_atom(open)?;
            if self.peek() == Some('-') && !matches!(self.peek_at(1), None | Some(']')) {
                self.pos += 1;
                let second = self.class_atom(open)?;
                match (first, second) {
                    (Escaped::Char(lo), Escaped::Char(hi)) => {
                        if lo > hi {
                            return Err(syntax(SyntaxError::ClassRangeOutOfOrder, atom_start));
                        }
                        set.push(lo, hi);
                    }
                    // Annex B: with a class escape at either end, `-` is
                    // just a member (`[\d-z]` is digits, `-` and `z`).
                    (first, second) => {
                        add(&mut set, first);
                        set.push_char(u32::from('-'));
                        add(&mut set, second);
                    }
                }
            } else {
                add(&mut set, first);
            }
        }
        // Complement before dropping surrogates: `[^\uD800]` must still
        // match every character a string can hold.
        let set = if negated { set.complement() } else { set };
        Ok(Node::Set(set.finish()))
    }

    fn class_atom(&mut self, open: usize) -> Result<Escaped, PatternError> {
        let Some(c) = self.peek() else {
            return Err(syntax(SyntaxError::UnterminatedClass, open));
        };
        self.pos += 1;
        if c != '\\' {
            return Ok(Escaped::Char(u32::from(c)));
        }
        self.character_escape(self.pos - 1, true)
    }
}

/// Applies a quantifier, folding the cases ECMA-262 defines differently
/// from a backtracking engine's loop.
///
/// ECMA-262's RepeatMatcher rejects an iteration that matches the empty
/// string once the minimum is reached, so an atom that can only match the
/// empty string (an assertion, a lookahead, a group of them) either must
/// hold once (minimum at least 1) or contributes nothing and leaves its
/// captures unset (minimum 0). fancy-regex refuses to quantify lookarounds
/// at all, so this is resolved here.
fn repeat(atom: Node, min: u64, max: Option<u64>, greedy: bool) -> Node {
    if !is_zero_width(&atom) {
        return Node::Repeat {
            body: Box::new(atom),
            min,
            max,
            greedy,
        };
    }
    if min > 0 {
        return atom;
    }
    if !contains_capture(&atom) {
        return Node::Empty;
    }
    // Keep the groups so later group numbers do not shift, behind a set
    // that never matches so they are never set.
    Node::Repeat {
        body: Box::new(Node::Concat(vec![Node::Set(CharSet::new()), atom])),
        min: 0,
        max: Some(1),
        greedy,
    }
}

pub(super) fn is_zero_width(node: &Node) -> bool {
    match node {
        Node::Empty | Node::Start | Node::End | Node::WordBoundary { .. } | Node::Look { .. } => {
            true
        }
        Node::Group { body, .. } | Node::Repeat { body, .. } => is_zero_width(body),
        Node::Concat(items) | Node::Alternation(items) => items.iter().all(is_zero_width),
        Node::Literal(_) | Node::Set(_) | Node::Backref(_) => false,
    }
}

fn contains_capture(node: &Node) -> bool {
    match node {
        Node::Group { capture: true, .. } => true,
        Node::Group { body, .. } | Node::Look { body, .. } | Node::Repeat { body, .. } => {
            contains_capture(body)
        }
        Node::Concat(items) | Node::Alternation(items) => items.iter().any(contains_capture),
        _ => false,
    }
}
