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
    serde_json::from_str(text).map_err(|e| Problem {
        message: format!("malformed JSON: {}", strip_position(&e.to_string())),
        position: Some(position(text, offset_of(text, e.line(), e.column()))),
    })
}

/// serde_json appends " at line L column C"; the location is reported
/// separately instead.
fn strip_position(msg: &str) -> &str {
    msg.rsplit_once(" at line ").map_or(msg, |(head, _)| head)
}

#[cfg(test)]
mod tests {
    use super::{into_text, parse};
    use crate::locate::Position;

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
