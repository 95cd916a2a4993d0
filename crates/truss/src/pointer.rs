//! JSON Pointer helpers shared by the compiler and the walker.

/// Appends one reference token to a pointer, escaping `~` and `/` (RFC 6901).
pub(crate) fn push_token(pointer: &mut String, token: &str) {
    pointer.push('/');
    for c in token.chars() {
        match c {
            '~' => pointer.push_str("~0"),
            '/' => pointer.push_str("~1"),
            c => pointer.push(c),
        }
    }
}

/// `pointer` + `/token`, as a new string.
pub(crate) fn join(pointer: &str, token: &str) -> String {
    let mut out = String::with_capacity(pointer.len() + token.len() + 1);
    out.push_str(pointer);
    push_token(&mut out, token);
    out
}

/// Turns a `$ref`/`$root`/`$extends` value into a canonical in-document
/// pointer: `#/a/b` and `/a/b` are accepted, percent-escapes in the URI
/// fragment are decoded, and tokens are re-escaped so that one location
/// always has one spelling (the compiler memoises by it).
///
/// Returns `None` for anything that is not a same-document JSON Pointer
/// (another document, a bare name, a malformed escape).
pub(crate) fn canonical(reference: &str) -> Option<String> {
    let fragment = match reference.strip_prefix('#') {
        Some(f) => f,
        None if reference.starts_with('/') => reference,
        None => return None,
    };
    let decoded = percent_decode(fragment)?;
    if decoded.is_empty() {
        return Some(String::new());
    }
    let rest = decoded.strip_prefix('/')?;
    let mut out = String::with_capacity(decoded.len());
    for raw in rest.split('/') {
        let token = unescape(raw)?;
        push_token(&mut out, &token);
    }
    Some(out)
}

/// Splits a canonical pointer into unescaped tokens.
pub(crate) fn tokens(pointer: &str) -> Option<Vec<String>> {
    if pointer.is_empty() {
        return Some(Vec::new());
    }
    pointer
        .strip_prefix('/')?
        .split('/')
        .map(unescape)
        .collect()
}

fn unescape(raw: &str) -> Option<String> {
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

fn percent_decode(s: &str) -> Option<String> {
    if !s.contains('%') {
        return Some(s.to_owned());
    }
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b == b'%' {
            let hi = hex(*bytes.get(i + 1)?)?;
            let lo = hex(*bytes.get(i + 2)?)?;
            out.push(hi * 16 + lo);
            i += 3;
        } else {
            out.push(b);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Looks a canonical pointer up in a document.
pub(crate) fn resolve<'v>(
    doc: &'v serde_json::Value,
    pointer: &str,
) -> Option<&'v serde_json::Value> {
    let mut cur = doc;
    for token in tokens(pointer)? {
        cur = match cur {
            serde_json::Value::Object(m) => m.get(&token)?,
            serde_json::Value::Array(a) => {
                if token.len() > 1 && token.starts_with('0') {
                    return None;
                }
                a.get(token.parse::<usize>().ok()?)?
            }
            _ => return None,
        };
    }
    Some(cur)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_accepts_fragment_and_plain_pointers() {
        assert_eq!(
            canonical("#/definitions/A").as_deref(),
            Some("/definitions/A")
        );
        assert_eq!(
            canonical("/definitions/A").as_deref(),
            Some("/definitions/A")
        );
        assert_eq!(canonical("#").as_deref(), Some(""));
    }

    #[test]
    fn canonical_decodes_percent_escapes_and_reescapes_tokens() {
        assert_eq!(
            canonical("#/definitions/a%20b").as_deref(),
            Some("/definitions/a b")
        );
        assert_eq!(
            canonical("#/definitions/a~1b").as_deref(),
            Some("/definitions/a~1b")
        );
    }

    #[test]
    fn canonical_rejects_other_documents_and_bad_escapes() {
        assert_eq!(canonical("other.json#/x"), None);
        assert_eq!(canonical("#/a~2"), None);
        assert_eq!(canonical("#/a%zz"), None);
        assert_eq!(canonical("#definitions"), None);
    }

    #[test]
    fn join_escapes_tilde_and_slash() {
        assert_eq!(join("", "a/b~c"), "/a~1b~0c");
    }
}
