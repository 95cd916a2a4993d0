//! The quick reader of UTF-8 JSON text: vouches for documents that are
//! well-formed and valid, and for nothing else.
//!
//! Most documents that reach a validator are valid, and for those the serde
//! walk pays for a visitor call per token and a `MapAccess` round trip per
//! member. This reader scans the text itself, driven by the same plans as
//! the serde walk ([`plan`]) and checking scalars with the same walker, so
//! a valid document costs about what skimming the text costs.
//!
//! It answers only "valid for sure". Anything it does not handle exactly as
//! `serde_json` and the value path do — a violation, text that may not be
//! JSON, a key with escapes, a repeated declared property, `$uses` at the
//! root, deep nesting — makes it give up ([`Unsure`]), and the caller runs
//! the serde walk from the start, which finds the exact verdict, error and
//! place. Giving up is always safe; vouching wrongly is the one mistake it
//! must not make, so its grammar is strict JSON (RFC 8259) and a number it
//! cannot read exactly goes to `serde_json`'s own number reader.

use serde_json::{Number, Value};

use super::seed::{Plan, plan};
use crate::node::{Additional, Choices, NodeId, ObjectNode, Required};
use crate::path::Path;
use crate::validator::Validator;
use crate::walk::{FailFast, Walker, is_instance_metadata};

/// The reader cannot vouch for the document; ask the serde walk.
pub(super) struct Unsure;

type Step = Result<(), Unsure>;

/// Containers nested deeper than this are left to the serde walk, which
/// applies `serde_json`'s limit (128) exactly.
const NESTING: u32 = 100;

/// Whether `text` is, for certain, one well-formed JSON value that conforms.
/// `false` means "not known": the caller must decide another way.
pub(super) fn vouches(v: &Validator, text: &str) -> bool {
    let mut scan = Scan {
        src: text,
        pos: 0,
        w: Walker::new(v, FailFast, 0),
        scratch: Value::String(String::new()),
    };
    scan.value(v.root, &Path::Root, 0, 0).is_ok() && {
        scan.ws();
        scan.pos == text.len()
    }
}

/// A string read from the text: borrowed when it has no escapes, otherwise
/// decoded into the scratch value.
enum Text<'t> {
    Borrowed(&'t str),
    Scratch,
}

struct Scan<'t, 'v> {
    src: &'t str,
    pos: usize,
    w: Walker<'v, FailFast>,
    /// Reused for every string the walker must see.
    scratch: Value,
}

impl<'t> Scan<'t, '_> {
    fn bytes(&self) -> &'t [u8] {
        self.src.as_bytes()
    }

    fn peek(&self) -> Option<u8> {
        self.bytes().get(self.pos).copied()
    }

    fn ws(&mut self) {
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = self.peek() {
            self.pos += 1;
        }
    }

    /// Skips whitespace and takes `byte`, or gives up.
    fn expect(&mut self, byte: u8) -> Step {
        self.ws();
        if self.peek() == Some(byte) {
            self.pos += 1;
            Ok(())
        } else {
            Err(Unsure)
        }
    }

    /// After a member or item: `true` for a comma (another follows), `false`
    /// for the closing `close`.
    fn more(&mut self, close: u8) -> Result<bool, Unsure> {
        self.ws();
        match self.peek() {
            Some(b',') => {
                self.pos += 1;
                Ok(true)
            }
            Some(c) if c == close => {
                self.pos += 1;
                Ok(false)
            }
            _ => Err(Unsure),
        }
    }

    /// Takes the opening `open` and says whether the container is empty
    /// (its closing byte taken too).
    fn open(&mut self, open: u8, close: u8) -> Result<bool, Unsure> {
        self.expect(open)?;
        self.ws();
        if self.peek() == Some(close) {
            self.pos += 1;
            return Ok(true);
        }
        Ok(false)
    }

    fn judge(&mut self, id: NodeId, value: &Value, path: &Path<'_>, depth: usize) -> Step {
        if self.w.walk_part(id, value, path, depth) {
            Ok(())
        } else {
            Err(Unsure)
        }
    }

    fn value(&mut self, id: NodeId, path: &Path<'_>, depth: usize, nest: u32) -> Step {
        self.ws();
        match self.peek() {
            Some(b'"') => {
                let text = self.string()?;
                self.text(id, text, path, depth)
            }
            Some(b'{') => self.container(id, path, depth, nest, true),
            Some(b'[') => self.container(id, path, depth, nest, false),
            Some(b't') => {
                self.literal(b"true")?;
                self.judge(id, &Value::Bool(true), path, depth)
            }
            Some(b'f') => {
                self.literal(b"false")?;
                self.judge(id, &Value::Bool(false), path, depth)
            }
            Some(b'n') => {
                self.literal(b"null")?;
                self.judge(id, &Value::Null, path, depth)
            }
            Some(b'-' | b'0'..=b'9') => {
                let n = self.number()?;
                self.judge(id, &Value::Number(n), path, depth)
            }
            _ => Err(Unsure),
        }
    }

    fn text(&mut self, id: NodeId, text: Text<'t>, path: &Path<'_>, depth: usize) -> Step {
        if let Text::Borrowed(s) = text {
            // Most strings reach a plain `string` or a plain timestamp.
            if self.w.string_passes_plainly_at(id, s, depth) {
                return Ok(());
            }
            match &mut self.scratch {
                Value::String(buf) => {
                    buf.clear();
                    buf.push_str(s);
                }
                other => *other = Value::String(s.to_owned()),
            }
        }
        if self.w.walk_part(id, &self.scratch, path, depth) {
            Ok(())
        } else {
            Err(Unsure)
        }
    }

    fn container(
        &mut self,
        id: NodeId,
        path: &Path<'_>,
        depth: usize,
        nest: u32,
        object: bool,
    ) -> Step {
        if nest >= NESTING {
            return Err(Unsure);
        }
        // At the root the serde walk reads `$uses` and metadata first;
        // those cases are left to it.
        match plan(self.w.v, id, depth, object) {
            Plan::Object(_, o) => self.object(o, path, depth, nest),
            Plan::Map(values) => self.map(values, path, depth, nest),
            Plan::Tagged(_, choices) if !path.is_root() => self.tagged(choices, path, depth, nest),
            Plan::Array(items) => self.array(items, path, depth, nest),
            Plan::Tuple(_, items) => self.tuple(items, path, depth, nest),
            Plan::Skip if !path.is_root() => self.skip(nest),
            Plan::Whole if !path.is_root() => self.whole(id, path, depth, nest),
            Plan::Tagged(..) | Plan::Skip | Plan::Whole | Plan::Mismatch | Plan::Deep => {
                Err(Unsure)
            }
        }
    }

    /// An object key without escapes (keys with escapes are rare enough to
    /// leave to the serde walk).
    fn key(&mut self) -> Result<&'t str, Unsure> {
        self.ws();
        if self.peek() != Some(b'"') {
            return Err(Unsure);
        }
        match self.string()? {
            Text::Borrowed(k) => {
                self.expect(b':')?;
                Ok(k)
            }
            Text::Scratch => Err(Unsure),
        }
    }

    fn object(&mut self, o: &ObjectNode, path: &Path<'_>, depth: usize, nest: u32) -> Step {
        let mut seen = [0u64; super::seed::STREAMED_PROPERTIES / 64];
        if !self.open(b'{', b'}')? {
            loop {
                let key = self.key()?;
                let metadata = path.is_root() && is_instance_metadata(key);
                if metadata && key == "$uses" {
                    return Err(Unsure);
                } else if metadata && o.lookup(key).is_none() {
                    // `$schema` at the root is metadata unless declared.
                    self.skip(nest + 1)?;
                } else if let Some((i, p)) = o.lookup(key) {
                    let bit = 1u64 << (i % 64);
                    let word = seen.get_mut(i / 64).ok_or(Unsure)?;
                    if *word & bit != 0 {
                        return Err(Unsure);
                    }
                    *word |= bit;
                    self.value(p.node, &path.key(key), depth + 1, nest + 1)?;
                } else {
                    match o.additional {
                        Additional::Allow => self.skip(nest + 1)?,
                        Additional::Deny => return Err(Unsure),
                        Additional::Schema(id) => {
                            self.value(id, &path.key(key), depth + 1, nest + 1)?;
                        }
                    }
                }
                if !self.more(b'}')? {
                    break;
                }
            }
        }
        match &o.required {
            Required::None => Ok(()),
            Required::All(indices) => {
                let all = indices.iter().all(|&i| {
                    let i = i as usize;
                    seen.get(i / 64)
                        .is_some_and(|w| w & (1u64 << (i % 64)) != 0)
                });
                if all { Ok(()) } else { Err(Unsure) }
            }
            Required::OneSetOf(_) => Err(Unsure),
        }
    }

    fn map(&mut self, values: NodeId, path: &Path<'_>, depth: usize, nest: u32) -> Step {
        if self.open(b'{', b'}')? {
            return Ok(());
        }
        loop {
            let key = self.key()?;
            if path.is_root() && is_instance_metadata(key) {
                if key != "$schema" {
                    return Err(Unsure);
                }
                self.skip(nest + 1)?;
            } else {
                self.value(values, &path.key(key), depth + 1, nest + 1)?;
            }
            if !self.more(b'}')? {
                return Ok(());
            }
        }
    }

    /// A tagged choice below the root: exactly one member, naming a choice.
    fn tagged(&mut self, choices: &Choices, path: &Path<'_>, depth: usize, nest: u32) -> Step {
        if self.open(b'{', b'}')? {
            return Err(Unsure);
        }
        let tag = self.key()?;
        let branch = choices.get(tag).ok_or(Unsure)?;
        self.value(branch, &path.key(tag), depth + 1, nest + 1)?;
        self.expect(b'}')
    }

    fn array(&mut self, items: NodeId, path: &Path<'_>, depth: usize, nest: u32) -> Step {
        if self.open(b'[', b']')? {
            return Ok(());
        }
        let mut i = 0;
        loop {
            self.value(items, &path.index(i), depth + 1, nest + 1)?;
            if !self.more(b']')? {
                return Ok(());
            }
            i += 1;
        }
    }

    fn tuple(&mut self, items: &[NodeId], path: &Path<'_>, depth: usize, nest: u32) -> Step {
        let mut n = 0;
        if !self.open(b'[', b']')? {
            loop {
                let id = *items.get(n).ok_or(Unsure)?;
                self.value(id, &path.index(n), depth + 1, nest + 1)?;
                n += 1;
                if !self.more(b']')? {
                    break;
                }
            }
        }
        if n == items.len() {
            Ok(())
        } else {
            Err(Unsure)
        }
    }

    /// A subtree only a whole value can answer: read by `serde_json` itself
    /// once its extent is known.
    fn whole(&mut self, id: NodeId, path: &Path<'_>, depth: usize, nest: u32) -> Step {
        self.ws();
        let start = self.pos;
        self.skip(nest)?;
        let part = self.src.get(start..self.pos).ok_or(Unsure)?;
        let value: Value = serde_json::from_str(part).map_err(|_| Unsure)?;
        self.judge(id, &value, path, depth)
    }

    /// Reads a value that no rule looks at, as strictly as any other.
    fn skip(&mut self, nest: u32) -> Step {
        self.ws();
        match self.peek() {
            Some(b'"') => self.string().map(drop),
            Some(b'{') => {
                if nest >= NESTING {
                    return Err(Unsure);
                }
                if self.open(b'{', b'}')? {
                    return Ok(());
                }
                loop {
                    self.ws();
                    if self.peek() != Some(b'"') {
                        return Err(Unsure);
                    }
                    self.string()?;
                    self.expect(b':')?;
                    self.skip(nest + 1)?;
                    if !self.more(b'}')? {
                        return Ok(());
                    }
                }
            }
            Some(b'[') => {
                if nest >= NESTING {
                    return Err(Unsure);
                }
                if self.open(b'[', b']')? {
                    return Ok(());
                }
                loop {
                    self.skip(nest + 1)?;
                    if !self.more(b']')? {
                        return Ok(());
                    }
                }
            }
            Some(b't') => self.literal(b"true"),
            Some(b'f') => self.literal(b"false"),
            Some(b'n') => self.literal(b"null"),
            Some(b'-' | b'0'..=b'9') => self.number().map(drop),
            _ => Err(Unsure),
        }
    }

    fn literal(&mut self, word: &[u8]) -> Step {
        let end = self.pos + word.len();
        if self.bytes().get(self.pos..end) == Some(word) {
            self.pos = end;
            Ok(())
        } else {
            Err(Unsure)
        }
    }

    /// A number, read as `serde_json::Value` reads it: integers of up to 18
    /// digits here, everything else (fractions, exponents, `-0`, long
    /// integers, out-of-range values) by `serde_json`'s reader.
    fn number(&mut self) -> Result<Number, Unsure> {
        let bytes = self.bytes();
        let start = self.pos;
        let negative = bytes.get(start) == Some(&b'-');
        let mut at = start + usize::from(negative);
        let digits = at;
        match bytes.get(at) {
            Some(b'0') => at += 1,
            Some(b'1'..=b'9') => {
                while let Some(b'0'..=b'9') = bytes.get(at) {
                    at += 1;
                }
            }
            _ => return Err(Unsure),
        }
        let int_end = at;
        let mut plain = true;
        if bytes.get(at) == Some(&b'.') {
            at = digits_after(bytes, at + 1)?;
            plain = false;
        }
        if let Some(b'e' | b'E') = bytes.get(at) {
            at += 1;
            if let Some(b'+' | b'-') = bytes.get(at) {
                at += 1;
            }
            at = digits_after(bytes, at)?;
            plain = false;
        }
        self.pos = at;
        let token = self.src.get(start..at).ok_or(Unsure)?;
        if plain && int_end - digits <= 18 {
            let magnitude = bytes
                .get(digits..int_end)
                .ok_or(Unsure)?
                .iter()
                .fold(0u64, |n, &d| n * 10 + u64::from(d - b'0'));
            if !negative {
                return Ok(magnitude.into());
            }
            if magnitude != 0 {
                // 18 digits fit an i64 with room to spare.
                return Ok((-(magnitude as i64)).into());
            }
        }
        serde_json::from_str(token).map_err(|_| Unsure)
    }

    /// A string at an opening quote, checked as `serde_json` checks it: no
    /// control characters, only the escapes JSON defines, surrogates paired.
    #[inline(always)]
    fn string(&mut self) -> Result<Text<'t>, Unsure> {
        let bytes = self.bytes();
        let start = self.pos + 1;
        let end = special(bytes, start);
        match bytes.get(end) {
            Some(b'"') => {
                self.pos = end + 1;
                Ok(Text::Borrowed(self.src.get(start..end).ok_or(Unsure)?))
            }
            Some(b'\\') => self.escaped(start, end),
            _ => Err(Unsure),
        }
    }

    /// The rest of a string from its first backslash at `at`, decoded into
    /// the scratch value.
    fn escaped(&mut self, start: usize, mut at: usize) -> Result<Text<'t>, Unsure> {
        let src = self.src;
        let bytes = self.bytes();
        let mut buf = match std::mem::take(&mut self.scratch) {
            Value::String(mut buf) => {
                buf.clear();
                buf
            }
            _ => String::new(),
        };
        buf.push_str(src.get(start..at).ok_or(Unsure)?);
        let result = loop {
            match bytes.get(at) {
                Some(b'"') => break Ok(at + 1),
                Some(b'\\') => {
                    let Some((c, next)) = unescape(bytes, at + 1) else {
                        break Err(Unsure);
                    };
                    buf.push(c);
                    at = next;
                }
                Some(_) => {
                    let next = special(bytes, at);
                    if next == at {
                        // A control character.
                        break Err(Unsure);
                    }
                    let Some(run) = src.get(at..next) else {
                        break Err(Unsure);
                    };
                    buf.push_str(run);
                    at = next;
                }
                None => break Err(Unsure),
            }
        };
        self.scratch = Value::String(buf);
        self.pos = result?;
        Ok(Text::Scratch)
    }
}

/// The position after one or more digits starting at `at`.
fn digits_after(bytes: &[u8], mut at: usize) -> Result<usize, Unsure> {
    let first = at;
    while let Some(b'0'..=b'9') = bytes.get(at) {
        at += 1;
    }
    if at == first { Err(Unsure) } else { Ok(at) }
}

/// The position of the first `"`, `\` or control character at or after
/// `at` (or the end of `bytes`), sixteen bytes at a time.
#[inline]
fn special(bytes: &[u8], mut at: usize) -> usize {
    // Two words per step: one branch for sixteen bytes, and both words'
    // arithmetic can run side by side.
    while let Some(chunk) = bytes.get(at..at + 16) {
        let Ok(pair) = <[u8; 16]>::try_from(chunk) else {
            break;
        };
        let pair = u128::from_le_bytes(pair);
        let (low, high) = (flags(pair as u64), flags((pair >> 64) as u64));
        if low | high != 0 {
            let first = if low != 0 {
                low.trailing_zeros()
            } else {
                64 + high.trailing_zeros()
            };
            return at + (first / 8) as usize;
        }
        at += 16;
    }
    if let Some(word) = bytes
        .get(at..at + 8)
        .and_then(|w| <[u8; 8]>::try_from(w).ok())
    {
        let found = flags(u64::from_le_bytes(word));
        if found != 0 {
            return at + (found.trailing_zeros() / 8) as usize;
        }
        at += 8;
    }
    while let Some(&b) = bytes.get(at) {
        if b == b'"' || b == b'\\' || b < 0x20 {
            return at;
        }
        at += 1;
    }
    at
}

/// The high bit of each byte of a little-endian word that is `"`, `\` or
/// a control character, plus possibly bits above the lowest one (borrows
/// carry upwards); the lowest set bit always marks a true one. A byte
/// with its high bit set is none of these, hence the common `!w`.
#[inline(always)]
fn flags(w: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let quote = w ^ (ONES * u64::from(b'"'));
    let backslash = w ^ (ONES * u64::from(b'\\'));
    (quote.wrapping_sub(ONES) | backslash.wrapping_sub(ONES) | w.wrapping_sub(ONES * 0x20))
        & !w
        & HIGH
}

/// The character escaped after a backslash (`at` is the byte after it) and
/// the position after the escape; `None` for an escape JSON does not define
/// or an unpaired surrogate.
fn unescape(bytes: &[u8], at: usize) -> Option<(char, usize)> {
    let c = match bytes.get(at)? {
        b'"' => '"',
        b'\\' => '\\',
        b'/' => '/',
        b'b' => '\u{8}',
        b'f' => '\u{c}',
        b'n' => '\n',
        b'r' => '\r',
        b't' => '\t',
        b'u' => {
            let high = hex4(bytes, at + 1)?;
            if !(0xD800..0xDC00).contains(&high) {
                return Some((char::from_u32(high)?, at + 5));
            }
            if bytes.get(at + 5..at + 7) != Some(b"\\u") {
                return None;
            }
            let low = hex4(bytes, at + 7)?;
            if !(0xDC00..0xE000).contains(&low) {
                return None;
            }
            let c = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00);
            return Some((char::from_u32(c)?, at + 11));
        }
        _ => return None,
    };
    Some((c, at + 1))
}

fn hex4(bytes: &[u8], at: usize) -> Option<u32> {
    bytes
        .get(at..at + 4)?
        .iter()
        .try_fold(0u32, |n, &b| Some(n * 16 + char::from(b).to_digit(16)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn naive(bytes: &[u8], at: usize) -> usize {
        (at..bytes.len())
            .find(|&i| matches!(bytes[i], b'"' | b'\\' | 0..=0x1f))
            .unwrap_or(bytes.len())
    }

    #[test]
    fn special_bytes_are_found_where_a_byte_loop_finds_them() {
        // Every byte value at every offset of a 40-byte run (whole words
        // and the bytes after the last one), over a background of bytes on
        // both sides of each class boundary.
        let background = [b'a', 0x20, 0x21, 0x7f, 0x80, 0xff, b'[', b']', 0x5d, 0x23];
        for &fill in &background {
            for special_at in 0..40 {
                for b in 0..=255u8 {
                    let mut bytes = vec![fill; 40];
                    bytes[special_at] = b;
                    for start in [0, 1, 7, 8, 9, 16, 23, 24, 33, 39, 40] {
                        assert_eq!(
                            special(&bytes, start),
                            naive(&bytes, start),
                            "byte {b:#x} at {special_at} in {fill:#x}, from {start}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn a_control_byte_before_a_far_delimiter_is_found_first() {
        for len in [17, 31, 32, 33, 47, 48, 63, 64, 65, 100, 1000] {
            for control in [0, 7, 8, 16, 17, 31, 32, 33, len / 2, len - 1] {
                if control >= len {
                    continue;
                }
                let mut bytes = vec![b'x'; len];
                bytes[control] = b'\n';
                bytes.push(b'"');
                assert_eq!(special(&bytes, 0), control, "{len} {control}");
                bytes[control] = b'y';
                assert_eq!(special(&bytes, 0), len, "{len} without control");
            }
        }
    }

    #[test]
    fn escapes_decode_as_json_defines_them() {
        let one = |s: &str| unescape(s.as_bytes(), 0);
        assert_eq!(one("n"), Some(('\n', 1)));
        assert_eq!(one("/"), Some(('/', 1)));
        assert_eq!(one("u00e9"), Some(('é', 5)));
        assert_eq!(one("uD83D\\uDE00"), Some(('😀', 11)));
        assert_eq!(one("ud83d\\ude00"), Some(('😀', 11)));
        assert_eq!(one("ud83d"), None);
        assert_eq!(one("ud83d\\u0041"), None);
        assert_eq!(one("ude00"), None);
        assert_eq!(one("u12"), None);
        assert_eq!(one("u12g4"), None);
        assert_eq!(one("x"), None);
        assert_eq!(one("'"), None);
        assert_eq!(one(""), None);
    }
}
