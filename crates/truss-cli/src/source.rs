//! Reading inputs as text and parsing them, with located errors.

use std::io::Read;
use std::path::Path;

use serde_json::Value;

use crate::locate::{offset_of, position};
use crate::report::Problem;

/// `-` on the command line.
pub(crate) fn is_stdin(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// How an input is named in reports.
pub(crate) fn display_name(path: &Path) -> String {
    if is_stdin(path) {
        "<stdin>".to_owned()
    } else {
        path.display().to_string()
    }
}

/// The whole input as text (standard input for `-`).
pub(crate) fn read_text(path: &Path) -> Result<String, Problem> {
    let mut bytes = Vec::new();
    let read = if is_stdin(path) {
        std::io::stdin().lock().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::File::open(path).and_then(|mut f| f.read_to_end(&mut bytes).map(|_| ()))
    };
    read.map_err(|e| Problem {
        message: format!("cannot read: {e}"),
        position: None,
    })?;
    into_text(bytes)
}

/// Bytes to text, with the position of the first byte that is not UTF-8.
/// A leading byte order mark is dropped (RFC 8259 §8.1 lets parsers ignore
/// it, and editors on some systems write one).
pub(crate) fn into_text(bytes: Vec<u8>) -> Result<String, Problem> {
    match String::from_utf8(bytes) {
        Ok(mut text) => {
            if text.starts_with('\u{feff}') {
                text.drain(..'\u{feff}'.len_utf8());
            }
            Ok(text)
        }
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let bytes = e.as_bytes();
            let prefix = String::from_utf8_lossy(bytes.get(..valid).unwrap_or_default());
            Err(Problem {
                message: "not UTF-8 text (JSON must be UTF-8)".into(),
                position: Some(position(&prefix, prefix.len())),
            })
        }
    }
}

/// Parses JSON text; a malformed document is located at the character
/// where parsing stopped.
pub(crate) fn parse(text: &str) -> Result<Value, Problem> {
    serde_json::from_str(text).map_err(|e| problem(text, &e))
}

/// Why a document to validate was not parsed.
pub(crate) enum Unparsed {
    /// Text that is not JSON truss can read, located.
    Problem(Problem),
    /// JSON nested deeper than the parser follows on an ordinary stack
    /// (serde_json stops at 128 levels): see [`parse_unbounded`].
    Deep,
}

/// Parses a document to validate, telling deep nesting apart from
/// malformed text.
pub(crate) fn parse_document(text: &str) -> Result<Value, Unparsed> {
    serde_json::from_str(text).map_err(|e| {
        if strip_position(&e.to_string()) == "recursion limit exceeded" {
            Unparsed::Deep
        } else {
            Unparsed::Problem(problem(text, &e))
        }
    })
}

/// Parses JSON text at any depth. Parsing, and dropping the value, recurse
/// once per level: the caller runs this on a stack sized for
/// [`nesting`]`(text)` levels.
pub(crate) fn parse_unbounded(text: &str) -> Result<Value, Problem> {
    use serde::Deserialize;
    let mut de = serde_json::Deserializer::from_str(text);
    de.disable_recursion_limit();
    Value::deserialize(&mut de)
        .and_then(|v| de.end().map(|()| v))
        .map_err(|e| problem(text, &e))
}

/// The deepest nesting of arrays and objects in `text` (brackets inside
/// strings do not count), found in one pass without recursion.
pub(crate) fn nesting(text: &str) -> usize {
    let (mut depth, mut deepest) = (0usize, 0usize);
    let (mut in_string, mut escaped) = (false, false);
    for &b in text.as_bytes() {
        if in_string {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    deepest
}

fn problem(text: &str, e: &serde_json::Error) -> Problem {
    let what = strip_position(&e.to_string()).to_owned();
    let message = if what == "number out of range" {
        // Valid JSON, but beyond what a serde_json value holds.
        "number out of range: JSON numbers are read as 64-bit integers or floats, \
         and this one is beyond the largest finite 64-bit float"
            .to_owned()
    } else {
        format!("malformed JSON: {what}")
    };
    let mut at = offset_of(text, e.line(), e.column());
    if what == "number out of range" {
        // serde_json stops at the number's last digit; point at its first.
        let numeric = |b: &u8| b.is_ascii_digit() || matches!(b, b'-' | b'+' | b'.' | b'e' | b'E');
        let before = text.as_bytes().get(..at).unwrap_or_default();
        at = before
            .iter()
            .rposition(|b| !numeric(b))
            .map_or(0, |i| i + 1);
    }
    Problem {
        message,
        position: Some(position(text, at)),
    }
}

/// serde_json appends " at line L column C"; the location is reported
/// separately instead.
fn strip_position(msg: &str) -> &str {
    msg.rsplit_once(" at line ").map_or(msg, |(head, _)| head)
}

#[cfg(test)]
mod tests {
    use super::{Unparsed, into_text, nesting, parse, parse_document, parse_unbounded};
    use crate::locate::Position;

    #[test]
    fn nesting_counts_brackets_outside_strings() {
        assert_eq!(nesting("1"), 0);
        assert_eq!(nesting("[[], {\"a\": [1]}]"), 3);
        assert_eq!(nesting(r#"["[[[", "\\", "\"[[", {}]"#), 2);
        assert_eq!(nesting(&"[".repeat(300)), 300);
    }

    #[test]
    fn deep_documents_are_told_apart_from_malformed_ones() {
        let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
        assert!(matches!(parse_document(&deep), Err(Unparsed::Deep)));
        assert!(parse_unbounded(&deep).is_ok());
        assert!(matches!(
            parse_document("[1,"),
            Err(Unparsed::Problem(p)) if p.message.starts_with("malformed JSON")
        ));
        let trailing = format!("{deep} x");
        let err = parse_unbounded(&trailing).unwrap_err();
        assert_eq!(err.message, "malformed JSON: trailing characters");
    }

    #[test]
    fn malformed_json_is_located_in_code_points() {
        // The parser notices the bad literal at the line break after it.
        let err = parse("{\n  \"ü\": tru\n}").unwrap_err();
        assert_eq!(err.message, "malformed JSON: expected ident");
        assert_eq!(
            err.position,
            Some(Position {
                line: 2,
                column: 11
            })
        );
    }

    #[test]
    fn truncated_json_is_located_at_its_end() {
        // serde_json stops on the last byte it read.
        let err = parse("[1,\n2").unwrap_err();
        assert_eq!(err.message, "malformed JSON: EOF while parsing a list");
        assert_eq!(err.position, Some(Position { line: 2, column: 1 }));
    }

    #[test]
    fn invalid_utf8_is_located() {
        let err = into_text(b"{\"a\":\n \"\xff\"}".to_vec()).unwrap_err();
        assert_eq!(err.position, Some(Position { line: 2, column: 3 }));
    }

    #[test]
    fn byte_order_mark_is_dropped() {
        assert_eq!(
            into_text(b"\xef\xbb\xbf[1]".to_vec()).ok().as_deref(),
            Some("[1]")
        );
    }
}
