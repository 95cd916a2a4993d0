//! The string formats, through the public API: the first byte picks a
//! schema (`datetime`, `duration`, `uri`, `decimal`, and their neighbours),
//! the rest is the string. Each verdict must be the same on the value path
//! and on the slice path (the string written as JSON text), and is compared
//! with an independent answer where one exists: chrono's RFC 3339 parser
//! for `datetime`, the RFC 8259 number grammar for `decimal`, the RFC 3986
//! character set for `uri`.
#![no_main]

#[path = "../common/mod.rs"]
mod common;

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use serde_json::{Value, json};
use truss::Validator;

#[derive(Clone, Copy)]
enum Kind {
    DateTime,
    Duration,
    Uri,
    AbsoluteUri,
    Decimal,
    BoundedDecimal,
    Date,
    Time,
}

const KINDS: [Kind; 8] = [
    Kind::DateTime,
    Kind::Duration,
    Kind::Uri,
    Kind::AbsoluteUri,
    Kind::Decimal,
    Kind::BoundedDecimal,
    Kind::Date,
    Kind::Time,
];

fn schema(body: Value) -> Value {
    let mut schema = json!({
        "$schema": "https://json-structure.org/meta/core/v0/#",
        "$id": "https://example.com/fuzz/format",
        "name": "F",
    });
    if let (Value::Object(s), Value::Object(b)) = (&mut schema, body) {
        s.extend(b);
    }
    schema
}

fn validators() -> &'static [Validator] {
    static VALIDATORS: OnceLock<Vec<Validator>> = OnceLock::new();
    VALIDATORS.get_or_init(|| {
        KINDS
            .iter()
            .map(|kind| {
                let (body, options) = match kind {
                    Kind::DateTime => (json!({"type": "datetime"}), Validator::options()),
                    Kind::Duration => (json!({"type": "duration"}), Validator::options()),
                    Kind::Uri => (json!({"type": "uri"}), Validator::options()),
                    Kind::AbsoluteUri => (
                        json!({"type": "uri"}),
                        Validator::options().absolute_uris(true),
                    ),
                    Kind::Decimal => (json!({"type": "decimal"}), Validator::options()),
                    Kind::BoundedDecimal => (
                        json!({
                            "$uses": ["JSONStructureValidation"],
                            "type": "decimal", "precision": 12, "scale": 4,
                            "minimum": "-1e6", "exclusiveMaximum": "1e6", "multipleOf": "0.0025"
                        }),
                        Validator::options(),
                    ),
                    Kind::Date => (json!({"type": "date"}), Validator::options()),
                    Kind::Time => (json!({"type": "time"}), Validator::options()),
                };
                options
                    .build(&schema(body))
                    .expect("format schema compiles")
            })
            .collect()
    })
}

/// RFC 8259 `[minus] int [frac]`, no exponent.
fn is_decimal_text(s: &str) -> bool {
    let b = s.strip_prefix('-').unwrap_or(s).as_bytes();
    let int = b.iter().take_while(|c| c.is_ascii_digit()).count();
    let int_ok = int == 1 || (int > 1 && b[0] != b'0');
    match &b[int..] {
        [] => int_ok,
        [b'.', frac @ ..] => int_ok && !frac.is_empty() && frac.iter().all(u8::is_ascii_digit),
        _ => false,
    }
}

/// Characters an RFC 3986 URI-reference may hold, with every `%` starting
/// a percent-encoded octet.
fn has_uri_characters(s: &str) -> bool {
    let b = s.as_bytes();
    b.iter().enumerate().all(|(i, &c)| match c {
        b'%' => b
            .get(i + 1..i + 3)
            .is_some_and(|h| h.iter().all(u8::is_ascii_hexdigit)),
        c => c.is_ascii_alphanumeric() || b"-._~:/?#[]@!$&'()*+,;=".contains(&c),
    })
}

fn compare_datetime(s: &str, valid: bool) {
    let chrono_ok = chrono::DateTime::parse_from_rfc3339(s).is_ok();
    if valid {
        assert!(
            chrono_ok,
            "truss accepts {s:?} as a datetime, chrono does not"
        );
    } else if chrono_ok {
        // Where truss is stricter than chrono, on purpose: a space
        // separator (DESIGN.md §2.5), U+2212 as the offset sign, and second
        // 60 outside the last minute of a UTC day.
        let space = s.as_bytes().get(10) == Some(&b' ');
        let unicode_minus = s.contains('\u{2212}');
        let leap = s.get(17..19) == Some("60");
        assert!(
            space || unicode_minus || leap,
            "chrono accepts {s:?} as a datetime, truss does not"
        );
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let Ok(s) = std::str::from_utf8(rest) else {
        return;
    };
    let kind = KINDS[usize::from(pick) % KINDS.len()];
    let v = &validators()[usize::from(pick) % KINDS.len()];
    let value = Value::String(s.to_owned());
    let valid = common::check_value(v, &value);
    let text = serde_json::to_vec(&value).expect("a string serialises");
    assert_eq!(
        common::check_bytes(v, &text),
        valid,
        "slice vs value on {s:?}"
    );
    match kind {
        Kind::DateTime => compare_datetime(s, valid),
        Kind::Decimal => assert_eq!(valid, is_decimal_text(s), "decimal {s:?}"),
        Kind::BoundedDecimal => assert!(!valid || is_decimal_text(s), "bounded decimal {s:?}"),
        Kind::Uri | Kind::AbsoluteUri => {
            assert!(!valid || has_uri_characters(s), "uri {s:?}");
            if let Kind::AbsoluteUri = kind {
                // An absolute URI is also a URI reference, and starts with a scheme.
                let reference = validators()[2].is_valid(&value);
                assert!(!valid || reference, "absolute but not a reference: {s:?}");
                let scheme = s.split(':').next().unwrap_or_default();
                assert!(
                    !valid
                        || (s.contains(':')
                            && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
                            && scheme
                                .chars()
                                .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))),
                    "absolute uri without a scheme: {s:?}"
                );
            }
        }
        Kind::Duration | Kind::Date | Kind::Time => {}
    }
});
