//! From a JSON Pointer to where its value is written in the JSON text.
//!
//! Violations carry RFC 6901 pointers into a parsed value; to show a person
//! *where* in the file that is, the text is scanned again along the pointer,
//! skipping every sibling without building anything. Only invalid documents
//! pay for this, once per violation.

/// Where a value is written: byte offsets into the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Span {
    /// First byte of the value.
    pub(crate) start: usize,
    /// One past its last byte.
    pub(crate) end: usize,
}

/// 1-based line and column (in Unicode code points) of a byte offset.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Position {
    pub(crate) line: usize,
    pub(crate) column: usize,
}

/// The span of the value that `pointer` designates in `text`, or `None`
/// when the text is not well-formed along the way or the pointer leads
/// nowhere.
///
/// With repeated keys the last one counts, as it does for serde_json, at
/// every level. The text is read once, front to back: the scan descends
/// into the first member that matches, and on the way back out finishes
/// each enclosing object; a later member with the same key replaces what
/// was found below the earlier one, and the scan descends into it. (Finishing
/// the matched member's value before descending would read a deep subtree
/// once per level: quadratic in the depth.)
pub(crate) fn locate(text: &str, pointer: &str) -> Option<Span> {
    let tokens: Vec<String> = if pointer.is_empty() {
        Vec::new()
    } else {
        pointer
            .strip_prefix('/')?
            .split('/')
            .map(unescape)
            .collect::<Option<_>>()?
    };
    let mut s = Scanner {
        b: text.as_bytes(),
        pos: 0,
    };
    // Whether each container entered along the pointer is an object.
    let mut entered: Vec<bool> = Vec::new();
    let mut found = None;
    loop {
        // Descend from the value at `s.pos` along the remaining tokens.
        s.skip_ws();
        match tokens.get(entered.len()) {
            None => {
                let start = s.pos;
                s.skip_value()?;
                found = Some(Span { start, end: s.pos });
            }
            Some(token) => match s.peek()? {
                b'{' => {
                    s.pos += 1;
                    if s.find_member(text, token, true)? {
                        entered.push(true);
                        continue;
                    }
                }
                b'[' => match array_index(token) {
                    Some(index) => {
                        s.pos += 1;
                        if s.find_item(index)? {
                            entered.push(false);
                            continue;
                        }
                    }
                    None => s.skip_value()?,
                },
                _ => s.skip_value()?,
            },
        }
        // Back out, finishing the containers entered, innermost first.
        loop {
            let Some(&is_object) = entered.last() else {
                return found;
            };
            if is_object {
                let token = tokens.get(entered.len() - 1)?;
                if s.find_member(text, token, false)? {
                    // A later duplicate: what was found below the earlier
                    // one does not count.
                    found = None;
                    break;
                }
            } else {
                s.finish_array()?;
            }
            entered.pop();
        }
    }
}

/// A pointer token as an array index (decimal, no leading zeros).
fn array_index(token: &str) -> Option<usize> {
    if token.is_empty()
        || (token.len() > 1 && token.starts_with('0'))
        || !token.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    token.parse().ok()
}

/// Line and column of `offset` in `text` (an offset past the end or inside
/// a character counts as the nearest character boundary before it).
pub(crate) fn position(text: &str, offset: usize) -> Position {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = text.get(..offset).unwrap_or(text);
    let last_line = before.rsplit('\n').next().unwrap_or(before);
    Position {
        line: before.bytes().filter(|&b| b == b'\n').count() + 1,
        column: last_line.chars().count() + 1,
    }
}

/// Byte offset of a 1-based line and column (in code points), or `None`
/// when the text has no such place.
pub(crate) fn offset(text: &str, at: Position) -> Option<usize> {
    let mut start = 0;
    for _ in 1..at.line {
        start += text.get(start..)?.find('\n')? + 1;
    }
    let line = text.get(start..)?;
    let line = line.split('\n').next().unwrap_or(line);
    let column = at.column.checked_sub(1)?;
    if column == 0 {
        return Some(start);
    }
    line.char_indices()
        .nth(column)
        .map(|(i, _)| start + i)
        .or_else(|| (line.chars().count() == column).then_some(start + line.len()))
}

/// Byte offset of the position serde_json reports for an error: the last
/// byte it read, as a 1-based line and a byte column, where column 0 means
/// the line break that ended the line before. Clamped to the text.
pub(crate) fn offset_of(text: &str, line: usize, byte_column: usize) -> usize {
    let mut start = 0;
    for _ in 1..line {
        match text.get(start..).and_then(|rest| rest.find('\n')) {
            Some(i) => start += i + 1,
            None => return text.len(),
        }
    }
    if byte_column == 0 {
        return start.saturating_sub(1);
    }
    let line_end = text
        .get(start..)
        .and_then(|rest| rest.find('\n'))
        .map_or(text.len(), |i| start + i);
    (start + byte_column - 1).min(line_end)
}

fn unescape(raw: &str) -> Option<String> {
    if !raw.contains('~') {
        return Some(raw.to_owned());
    }
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars();
    while let Some(c) = chars.next() {
        if c == '~' {
            match chars.next() {
                Some('0') => out.push('~'),
                Some('1') => out.push('/'),
                _ => return None,
            }
        } else {
            out.push(c);
        }
    }
    Some(out)
}

struct Scanner<'a> {
    b: &'a [u8],
    pos: usize,
}

impl Scanner<'_> {
    fn peek(&self) -> Option<u8> {
        self.b.get(self.pos).copied()
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn expect(&mut self, byte: u8) -> Option<()> {
        self.skip_ws();
        (self.peek()? == byte).then(|| self.pos += 1)
    }

    /// Inside an object, just after its `{` (`first`) or after a member's
    /// value: moves to the value of the next member named `key` and returns
    /// `true`, or past the closing `}` and returns `false`.
    fn find_member(&mut self, text: &str, key: &str, first: bool) -> Option<bool> {
        self.skip_ws();
        match self.peek()? {
            b'}' => {
                self.pos += 1;
                return Some(false);
            }
            b',' if !first => self.pos += 1,
            _ if first => {}
            _ => return None,
        }
        loop {
            self.skip_ws();
            if self.peek()? != b'"' {
                return None;
            }
            let key_start = self.pos;
            self.skip_string()?;
            let raw = text.get(key_start + 1..self.pos - 1)?;
            let same = if raw.contains('\\') {
                serde_json::from_str::<String>(text.get(key_start..self.pos)?).ok()? == key
            } else {
                raw == key
            };
            self.expect(b':')?;
            self.skip_ws();
            if same {
                return Some(true);
            }
            self.skip_value()?;
            self.skip_ws();
            match self.peek()? {
                b',' => self.pos += 1,
                b'}' => {
                    self.pos += 1;
                    return Some(false);
                }
                _ => return None,
            }
        }
    }

    /// Just after an array's `[`: moves to item `index` and returns `true`,
    /// or past the closing `]` when there are fewer items and returns
    /// `false`.
    fn find_item(&mut self, index: usize) -> Option<bool> {
        self.skip_ws();
        if self.peek()? == b']' {
            self.pos += 1;
            return Some(false);
        }
        for _ in 0..index {
            self.skip_value()?;
            self.skip_ws();
            match self.peek()? {
                b',' => self.pos += 1,
                b']' => {
                    self.pos += 1;
                    return Some(false);
                }
                _ => return None,
            }
        }
        self.skip_ws();
        Some(true)
    }

    /// After an item's value: past the remaining items and the closing `]`.
    fn finish_array(&mut self) -> Option<()> {
        loop {
            self.skip_ws();
            match self.peek()? {
                b',' => {
                    self.pos += 1;
                    self.skip_value()?;
                }
                b']' => {
                    self.pos += 1;
                    return Some(());
                }
                _ => return None,
            }
        }
    }

    fn skip_string(&mut self) -> Option<()> {
        self.pos += 1; // opening quote
        loop {
            match self.peek()? {
                b'\\' => self.pos += 2,
                b'"' => {
                    self.pos += 1;
                    return Some(());
                }
                _ => self.pos += 1,
            }
        }
    }

    /// Skips one value; nesting is tracked with a counter, not recursion,
    /// so no document is too deep for it.
    fn skip_value(&mut self) -> Option<()> {
        self.skip_ws();
        match self.peek()? {
            b'"' => self.skip_string(),
            b'{' | b'[' => {
                let mut depth = 0usize;
                loop {
                    match self.peek()? {
                        b'"' => {
                            self.skip_string()?;
                            continue;
                        }
                        b'{' | b'[' => depth += 1,
                        b'}' | b']' => {
                            depth -= 1;
                            if depth == 0 {
                                self.pos += 1;
                                return Some(());
                            }
                        }
                        _ => {}
                    }
                    self.pos += 1;
                }
            }
            _ => {
                let start = self.pos;
                while !matches!(
                    self.peek(),
                    None | Some(b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r')
                ) {
                    self.pos += 1;
                }
                (self.pos > start).then_some(())
            }
        }
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn positions_map_back_to_offsets() {
        let text = "{\n  \"é\": 1,\n  \"b\": 2\n}";
        for (line, column) in [(1, 1), (2, 3), (2, 8), (3, 3), (4, 1)] {
            let at = Position { line, column };
            let off = super::offset(text, at).expect("a place in the text");
            assert_eq!(position(text, off), at);
        }
        assert_eq!(super::offset(text, Position { line: 9, column: 1 }), None);
        assert_eq!(
            super::offset(
                text,
                Position {
                    line: 2,
                    column: 40
                }
            ),
            None
        );
    }
    use super::{Position, locate, offset_of, position};

    fn at<'t>(text: &'t str, pointer: &str) -> Option<&'t str> {
        locate(text, pointer).map(|s| &text[s.start..s.end])
    }

    const DOC: &str = r#"{
  "a": {"b": [10, {"c": "x,]}"}, [1, 2]]},
  "a~b": 1, "a/b": 2,
  "e\u0073c": true,
  "": null
}"#;

    #[test]
    fn finds_values_along_the_pointer() {
        assert_eq!(at(DOC, ""), Some(DOC));
        assert_eq!(at(DOC, "/a/b/0"), Some("10"));
        assert_eq!(at(DOC, "/a/b/1/c"), Some(r#""x,]}""#));
        assert_eq!(at(DOC, "/a/b/2"), Some("[1, 2]"));
        assert_eq!(at(DOC, "/a/b/2/1"), Some("2"));
        assert_eq!(at(DOC, "/a~0b"), Some("1"));
        assert_eq!(at(DOC, "/a~1b"), Some("2"));
        assert_eq!(at(DOC, "/esc"), Some("true"));
        assert_eq!(at(DOC, "/"), Some("null"));
    }

    #[test]
    fn missing_or_malformed_targets_are_none() {
        assert_eq!(at(DOC, "/zz"), None);
        assert_eq!(at(DOC, "/a/b/3"), None);
        assert_eq!(at(DOC, "/a/b/01"), None);
        assert_eq!(at(DOC, "/a/b/-"), None);
        assert_eq!(at(DOC, "/a/b/0/x"), None);
        assert_eq!(at(DOC, "/a~2"), None);
        assert_eq!(at("{\"a\": ", "/a"), None);
        assert_eq!(at("[1, 2", "/5"), None);
        assert_eq!(at("", ""), None);
    }

    #[test]
    fn duplicate_keys_resolve_to_the_last_like_the_parser() {
        let text = r#"{"k": 1, "x": 0, "k": 2}"#;
        assert_eq!(at(text, "/k"), Some("2"));
        let parsed: serde_json::Value = serde_json::from_str(text).unwrap();
        assert_eq!(parsed["k"], 2);
    }

    #[test]
    fn duplicate_keys_resolve_to_the_last_at_every_level() {
        let text = r#"{"a": {"b": 1, "b": [5, 6]}, "x": 0, "a": {"c": 2, "b": {"d": 3}, "b": 4}}"#;
        assert_eq!(at(text, "/a/b"), Some("4"));
        assert_eq!(at(text, "/a/c"), Some("2"));
        // The last `a` has no `b` that is an array: nothing, not the first `a`'s.
        assert_eq!(at(text, "/a/b/1"), None);
        assert_eq!(at(r#"{"a": [1, 2], "a": {"1": 3}}"#, "/a/1"), Some("3"));
        assert_eq!(at(r#"{"a": {"1": 3}, "a": [1, 2]}"#, "/a/1"), Some("2"));
        assert_eq!(at(r#"{"a": {"b": 1}, "a": {}}"#, "/a/b"), None);
    }

    #[test]
    fn deep_object_paths_are_found_in_one_pass() {
        // Finishing each matched member before descending read the
        // 100,000-level subtree once per level: minutes, not milliseconds.
        let levels = 100_000;
        let text = format!("{}7{}", r#"{"a":"#.repeat(levels), "}".repeat(levels));
        let started = std::time::Instant::now();
        assert_eq!(at(&text, &"/a".repeat(levels)), Some("7"));
        let span = locate(&text, &"/a".repeat(10_001)).unwrap();
        assert_eq!(span.start, 10_001 * 5);
        assert!(started.elapsed() < std::time::Duration::from_secs(5));
    }

    #[test]
    fn escaped_quotes_and_backslashes_in_strings_are_skipped() {
        let text = r#"{"a": "q\"}\\", "b": [true]}"#;
        assert_eq!(at(text, "/b/0"), Some("true"));
    }

    #[test]
    fn deep_nesting_is_skipped_without_recursion() {
        let deep = format!("[{}{}, 7]", "[".repeat(100_000), "]".repeat(100_000));
        assert_eq!(at(&deep, "/1"), Some("7"));
    }

    #[test]
    fn positions_count_lines_and_code_points() {
        let text = "{\n  \"é\": \"ü\", \"n\": 1\n}";
        let span = locate(text, "/n").unwrap();
        assert_eq!(
            position(text, span.start),
            Position {
                line: 2,
                column: 18
            }
        );
        assert_eq!(position(text, 0), Position { line: 1, column: 1 });
        assert_eq!(position(text, 10_000), Position { line: 3, column: 2 });
    }

    #[test]
    fn serde_byte_columns_map_to_offsets() {
        let text = "{\n  \"é\": x\n}";
        let err = serde_json::from_str::<serde_json::Value>(text).unwrap_err();
        let off = offset_of(text, err.line(), err.column());
        assert_eq!(&text[off..off + 1], "x");
        assert_eq!(position(text, off), Position { line: 2, column: 8 });
    }
}
