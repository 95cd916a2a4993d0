//! Where things are in a JSON text: the line and column of the value (and,
//! for object members, of the key) at every JSON Pointer.
//!
//! A small hand-written scanner, run once per text, so that diagnostics
//! about a schema read from a file can say `12:7` instead of only
//! `/properties/a/type`. Lines and columns are 1-based; columns count
//! characters (Unicode scalar values), not bytes, so they match what an
//! editor shows. The scanner never panics: on text that is not JSON it stops
//! and keeps what it mapped so far (callers parse with `serde_json` first
//! and only map text that parsed).

use std::collections::HashMap;

use crate::pointer;

/// A 1-based line and column (in characters).
pub(crate) type Location = (usize, usize);

/// Nesting deeper than this is not mapped (the parser has refused such
/// text long before; this only bounds the scanner's own stack).
const MAX_DEPTH: usize = 1024;

#[derive(Debug, Default)]
pub(crate) struct SourceMap {
    /// Where each value starts, and whether it is an object.
    values: HashMap<String, (Location, bool)>,
    keys: HashMap<String, Location>,
    /// Pointers of members whose key repeats an earlier key of the same
    /// object, with the location of the repeated key. `serde_json` keeps
    /// the last value, so the map records the last occurrence too.
    duplicates: Vec<(String, Location)>,
}

impl SourceMap {
    /// Maps `text`. Never fails: unmappable parts are simply absent.
    pub(crate) fn new(text: &str) -> Self {
        let mut scanner = Scanner {
            text,
            pos: 0,
            line: 1,
            col: 1,
            map: SourceMap::default(),
        };
        scanner.skip_ws();
        let mut path = String::new();
        scanner.value(&mut path, 0);
        scanner.map
    }

    /// Where the value at `pointer` starts.
    pub(crate) fn value(&self, pointer: &str) -> Option<Location> {
        self.values.get(pointer).map(|(l, _)| *l)
    }

    /// Where the key of the member at `pointer` starts (its opening quote);
    /// `None` for array elements and the root.
    pub(crate) fn key(&self, pointer: &str) -> Option<Location> {
        self.keys.get(pointer).copied()
    }

    /// Where to show a diagnostic about `pointer` (a keyword or a schema):
    /// a schema object is shown where it starts; any other value at its key
    /// when it is an object member (so a `$ref` finding points at `"$ref"`),
    /// else where it starts. Falls back to the nearest mapped ancestor.
    pub(crate) fn position(&self, pointer: &str) -> Option<Location> {
        let mut p = pointer;
        loop {
            match self.values.get(p) {
                Some((at, true)) => return Some(*at),
                Some((at, false)) => return Some(self.key(p).unwrap_or(*at)),
                None => {}
            }
            let cut = p.rfind('/')?;
            p = p.get(..cut)?;
        }
    }

    /// Where the `$import` or `$importdefs` keyword that brought in the
    /// definition `pointer` lies inside sits, when `pointer` is not in this
    /// text but a namespace on its way holds such a keyword: a defect in an
    /// imported type is shown at the import that copied it, not at the
    /// nearest enclosing value (often the root), which would point at
    /// nothing. Imports at a namespace, and a root import, which fills the
    /// root `definitions` (import §3.1), are looked for.
    pub(crate) fn import_of(&self, pointer: &str) -> Option<Location> {
        if self.values.contains_key(pointer) {
            return None;
        }
        let mut p = pointer;
        let known = loop {
            let cut = p.rfind('/')?;
            p = p.get(..cut)?;
            if self.values.contains_key(p) {
                break p;
            }
        };
        let holders = [Some(known), known.strip_suffix("/definitions")];
        holders.into_iter().flatten().find_map(|ns| {
            ["$import", "$importdefs"]
                .iter()
                .find_map(|k| self.key(&format!("{ns}/{k}")))
        })
    }

    /// Members whose key repeats an earlier key in the same object.
    pub(crate) fn duplicates(&self) -> &[(String, Location)] {
        &self.duplicates
    }
}

struct Scanner<'t> {
    text: &'t str,
    /// Byte offset of the next character.
    pos: usize,
    line: usize,
    col: usize,
    map: SourceMap,
}

impl Scanner<'_> {
    fn peek(&self) -> Option<char> {
        self.text.get(self.pos..).and_then(|s| s.chars().next())
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += c.len_utf8();
        if c == '\n' {
            self.line += 1;
            self.col = 1;
        } else {
            self.col += 1;
        }
        Some(c)
    }

    fn here(&self) -> Location {
        (self.line, self.col)
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(' ' | '\t' | '\n' | '\r')) {
            self.bump();
        }
    }

    /// Scans one value starting at the current position and records it
    /// under `path`. Returns false when the text is not JSON here.
    fn value(&mut self, path: &mut String, depth: usize) -> bool {
        if depth > MAX_DEPTH {
            return false;
        }
        let is_object = self.peek() == Some('{');
        self.map
            .values
            .insert(path.clone(), (self.here(), is_object));
        match self.peek() {
            Some('{') => self.object(path, depth),
            Some('[') => self.array(path, depth),
            Some('"') => self.string().is_some(),
            Some(c) if c == '-' || c.is_ascii_alphanumeric() => {
                while matches!(self.peek(), Some(c) if c == '-' || c == '+' || c == '.' || c.is_ascii_alphanumeric())
                {
                    self.bump();
                }
                true
            }
            _ => false,
        }
    }

    fn object(&mut self, path: &mut String, depth: usize) -> bool {
        self.bump(); // '{'
        self.skip_ws();
        if self.peek() == Some('}') {
            self.bump();
            return true;
        }
        let mut seen: Vec<String> = Vec::new();
        loop {
            self.skip_ws();
            let key_at = self.here();
            let Some(key) = self.string() else {
                return false;
            };
            let len = path.len();
            pointer::push_token(path, &key);
            if seen.contains(&key) {
                self.map.duplicates.push((path.clone(), key_at));
            } else {
                seen.push(key);
            }
            self.map.keys.insert(path.clone(), key_at);
            self.skip_ws();
            if self.bump() != Some(':') {
                return false;
            }
            self.skip_ws();
            let ok = self.value(path, depth + 1);
            path.truncate(len);
            if !ok {
                return false;
            }
            self.skip_ws();
            match self.bump() {
                Some(',') => {}
                Some('}') => return true,
                _ => return false,
            }
        }
    }

    fn array(&mut self, path: &mut String, depth: usize) -> bool {
        self.bump(); // '['
        self.skip_ws();
        if self.peek() == Some(']') {
            self.bump();
            return true;
        }
        let mut i = 0usize;
        loop {
            self.skip_ws();
            let len = path.len();
            pointer::push_token(path, &i.to_string());
            let ok = self.value(path, depth + 1);
            path.truncate(len);
            if !ok {
                return false;
            }
            i += 1;
            self.skip_ws();
            match self.bump() {
                Some(',') => {}
                Some(']') => return true,
                _ => return false,
            }
        }
    }

    /// Scans a string literal and returns its decoded contents.
    fn string(&mut self) -> Option<String> {
        if self.bump() != Some('"') {
            return None;
        }
        let mut out = String::new();
        loop {
            match self.bump()? {
                '"' => return Some(out),
                '\\' => match self.bump()? {
                    'n' => out.push('\n'),
                    't' => out.push('\t'),
                    'r' => out.push('\r'),
                    'b' => out.push('\u{8}'),
                    'f' => out.push('\u{c}'),
                    'u' => {
                        let hi = self.hex4()?;
                        let c = if (0xD800..0xDC00).contains(&hi) {
                            // A surrogate pair spells one character.
                            if self.bump()? != '\\' || self.bump()? != 'u' {
                                return None;
                            }
                            let lo = self.hex4()?;
                            let code = 0x10000 + ((hi - 0xD800) << 10) + lo.checked_sub(0xDC00)?;
                            char::from_u32(code)?
                        } else {
                            char::from_u32(hi).unwrap_or('\u{FFFD}')
                        };
                        out.push(c);
                    }
                    other => out.push(other),
                },
                c => out.push(c),
            }
        }
    }

    fn hex4(&mut self) -> Option<u32> {
        let mut n = 0u32;
        for _ in 0..4 {
            n = n * 16 + self.bump()?.to_digit(16)?;
        }
        Some(n)
    }
}

/// Converts a byte-based column on a 1-based line of `text` (as `serde_json`
/// reports them) into a character-based column.
pub(crate) fn char_column(text: &str, line: usize, byte_col: usize) -> usize {
    let Some(l) = text.split('\n').nth(line.saturating_sub(1)) else {
        return byte_col;
    };
    let mut end = byte_col.saturating_sub(1).min(l.len());
    while end > 0 && !l.is_char_boundary(end) {
        end -= 1;
    }
    l.get(..end).map_or(byte_col, |s| s.chars().count() + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str =
        "{\n  \"a\": {\"b\": [1, {\"c\": true}]},\n  \"é\": \"x\",\n  \"d~/\": null\n}";

    #[test]
    fn values_and_keys_are_located_one_based() {
        let m = SourceMap::new(TEXT);
        assert_eq!(m.value(""), Some((1, 1)));
        assert_eq!(m.key("/a"), Some((2, 3)));
        assert_eq!(m.value("/a"), Some((2, 8)));
        assert_eq!(m.key("/a/b"), Some((2, 9)));
        assert_eq!(m.value("/a/b/0"), Some((2, 15)));
        assert_eq!(m.value("/a/b/1"), Some((2, 18)));
        assert_eq!(m.key("/a/b/1/c"), Some((2, 19)));
        assert_eq!(m.value("/a/b/1/c"), Some((2, 24)));
        assert_eq!(m.key("/a/b/0"), None);
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let m = SourceMap::new("{\"é\": 1, \"x\": 2}");
        assert_eq!(m.key("/x"), Some((1, 10)));
        assert_eq!(m.value("/x"), Some((1, 15)));
    }

    #[test]
    fn keys_are_escaped_in_pointers_and_decoded_from_json() {
        let m = SourceMap::new(TEXT);
        assert_eq!(m.key("/d~0~1"), Some((4, 3)));
        let m = SourceMap::new(r#"{"a\u0041\"": 1, "\ud83d\ude00": 2}"#);
        assert!(m.key("/aA\"").is_some());
        assert!(m.key("/😀").is_some());
    }

    #[test]
    fn position_shows_objects_where_they_start_and_other_values_at_their_key() {
        let m = SourceMap::new(TEXT);
        assert_eq!(m.position("/a"), Some((2, 8)));
        assert_eq!(m.position("/a/b"), Some((2, 9)));
        assert_eq!(m.position("/a/b/0"), Some((2, 15)));
        assert_eq!(m.position("/a/b/1/c"), Some((2, 19)));
        assert_eq!(m.position("/a/b/1/c/nothing"), Some((2, 19)));
        assert_eq!(m.position(""), Some((1, 1)));
    }

    #[test]
    fn duplicate_keys_are_recorded_with_the_last_location() {
        let m = SourceMap::new("{\"a\": 1,\n \"a\": 2}");
        assert_eq!(m.duplicates(), &[("/a".to_owned(), (2, 2))]);
        assert_eq!(m.value("/a"), Some((2, 7)));
    }

    #[test]
    fn broken_text_never_panics() {
        for text in [
            "",
            "{",
            "{\"a\"",
            "{\"a\":",
            "[1,",
            "\"\\u12",
            "{\"a\":1,}",
            "\"\\ud800\\u0041\"",
        ] {
            let _ = SourceMap::new(text);
        }
        let deep = "[".repeat(5000);
        let _ = SourceMap::new(&deep);
    }

    #[test]
    fn char_column_converts_byte_columns() {
        let text = "{\n \"é\": x}";
        // serde_json reports the byte column of `x`: 1 + 1 + 4 + 2 = 8 → chars: 7
        assert_eq!(char_column(text, 2, 8), 7);
        assert_eq!(char_column(text, 9, 3), 3);
    }
}
