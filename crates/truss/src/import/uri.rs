//! Just enough RFC 3986 to resolve an import reference against the URI of
//! the document that holds it (import §Resolving URIs defers to RFC 3986).
//! No normalisation beyond what §5.2 prescribes: two spellings of one URI
//! are two registry keys.

/// The five components of a URI reference (RFC 3986 §3, Appendix B).
struct Parts<'a> {
    scheme: Option<&'a str>,
    authority: Option<&'a str>,
    path: &'a str,
    query: Option<&'a str>,
    fragment: Option<&'a str>,
}

fn split(reference: &str) -> Parts<'_> {
    let (rest, fragment) = match reference.split_once('#') {
        Some((r, f)) => (r, Some(f)),
        None => (reference, None),
    };
    let (rest, query) = match rest.split_once('?') {
        Some((r, q)) => (r, Some(q)),
        None => (rest, None),
    };
    let (scheme, rest) = match scheme_end(rest) {
        Some(end) => (rest.get(..end), rest.get(end + 1..).unwrap_or("")),
        None => (None, rest),
    };
    let (authority, path) = match rest.strip_prefix("//") {
        Some(after) => {
            let end = after.find('/').unwrap_or(after.len());
            (after.get(..end), after.get(end..).unwrap_or(""))
        }
        None => (None, rest),
    };
    Parts {
        scheme,
        authority,
        path,
        query,
        fragment,
    }
}

/// The index of the `:` that ends a valid scheme (`ALPHA *( ALPHA / DIGIT /
/// "+" / "-" / "." )`), if the reference starts with one.
fn scheme_end(s: &str) -> Option<usize> {
    let colon = s.find(':')?;
    let scheme = s.get(..colon)?;
    let mut chars = scheme.chars();
    let first = chars.next()?;
    (first.is_ascii_alphabetic()
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')))
    .then_some(colon)
}

/// Whether `reference` is an absolute URI (it has a scheme).
pub(crate) fn is_absolute(reference: &str) -> bool {
    scheme_end(reference.split(['?', '#']).next().unwrap_or("")).is_some()
}

/// A registry key: the URI without an empty trailing fragment, so that
/// `https://x/a#` and `https://x/a` name one document.
pub(crate) fn normalise(uri: &str) -> String {
    uri.strip_suffix('#').unwrap_or(uri).to_owned()
}

/// The reference's fragment, if it has one.
pub(crate) fn fragment(reference: &str) -> Option<&str> {
    split(reference).fragment
}

/// The reference's query, if it has one.
pub(crate) fn query(reference: &str) -> Option<&str> {
    split(reference).query
}

/// The reference's authority (`//host`), if it has one.
pub(crate) fn authority(reference: &str) -> Option<&str> {
    split(reference).authority
}

/// The reference's path component.
pub(crate) fn path(reference: &str) -> &str {
    split(reference).path
}

/// Resolves `reference` against `base` (RFC 3986 §5.2.2, strict parser).
/// The fragment of the result is dropped: an import names a whole document.
/// Works for bases without a scheme too, which then stay relative.
pub(crate) fn resolve(base: &str, reference: &str) -> String {
    let b = split(base);
    let r = split(reference);
    let (scheme, authority, path, query);
    if r.scheme.is_some() {
        scheme = r.scheme;
        authority = r.authority;
        path = remove_dot_segments(r.path);
        query = r.query;
    } else {
        scheme = b.scheme;
        if r.authority.is_some() {
            authority = r.authority;
            path = remove_dot_segments(r.path);
            query = r.query;
        } else {
            authority = b.authority;
            if r.path.is_empty() {
                path = b.path.to_owned();
                query = r.query.or(b.query);
            } else {
                path = if r.path.starts_with('/') {
                    remove_dot_segments(r.path)
                } else {
                    remove_dot_segments(&merge(&b, r.path))
                };
                query = r.query;
            }
        }
    }
    let mut out = String::new();
    if let Some(s) = scheme {
        out.push_str(s);
        out.push(':');
    }
    if let Some(a) = authority {
        out.push_str("//");
        out.push_str(a);
    }
    out.push_str(&path);
    if let Some(q) = query {
        out.push('?');
        out.push_str(q);
    }
    out
}

/// RFC 3986 §5.2.3.
fn merge(base: &Parts<'_>, reference_path: &str) -> String {
    if base.authority.is_some() && base.path.is_empty() {
        return format!("/{reference_path}");
    }
    match base.path.rfind('/') {
        Some(i) => format!("{}{reference_path}", base.path.get(..=i).unwrap_or("")),
        None => reference_path.to_owned(),
    }
}

/// RFC 3986 §5.2.4.
fn remove_dot_segments(path: &str) -> String {
    // RFC 3986 §5.2.4 with the input buffer as a slice that only ever loses
    // a prefix (rewriting "/./x" to "/x" is dropping two bytes), so a path
    // of many segments costs one pass, not one copy per segment.
    let mut input = path;
    let mut output = String::with_capacity(path.len());
    while !input.is_empty() {
        if let Some(rest) = input.strip_prefix("../") {
            input = rest;
        } else if let Some(rest) = input.strip_prefix("./") {
            input = rest;
        } else if input.starts_with("/./") {
            input = input.get(2..).unwrap_or_default();
        } else if input == "/." {
            input = "/";
        } else if input.starts_with("/../") {
            input = input.get(3..).unwrap_or_default();
            drop_last_segment(&mut output);
        } else if input == "/.." {
            input = "/";
            drop_last_segment(&mut output);
        } else if input == "." || input == ".." {
            input = "";
        } else {
            // Move the first segment, with its leading `/` if any.
            let start = usize::from(input.starts_with('/'));
            let end = input
                .get(start..)
                .and_then(|s| s.find('/'))
                .map_or(input.len(), |i| i + start);
            let (segment, rest) = input.split_at_checked(end).unwrap_or((input, ""));
            output.push_str(segment);
            input = rest;
        }
    }
    output
}

fn drop_last_segment(output: &mut String) {
    match output.rfind('/') {
        Some(i) => output.truncate(i),
        None => output.clear(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: &str = "http://a/b/c/d;p?q";

    #[test]
    fn resolve_follows_rfc_3986_normal_examples() {
        for (r, want) in [
            ("g", "http://a/b/c/g"),
            ("./g", "http://a/b/c/g"),
            ("g/", "http://a/b/c/g/"),
            ("/g", "http://a/g"),
            ("//g", "http://g"),
            ("?y", "http://a/b/c/d;p?y"),
            ("g?y", "http://a/b/c/g?y"),
            ("#s", "http://a/b/c/d;p?q"),
            (";x", "http://a/b/c/;x"),
            ("", "http://a/b/c/d;p?q"),
            (".", "http://a/b/c/"),
            ("./", "http://a/b/c/"),
            ("..", "http://a/b/"),
            ("../", "http://a/b/"),
            ("../g", "http://a/b/g"),
            ("../..", "http://a/"),
            ("../../g", "http://a/g"),
        ] {
            assert_eq!(resolve(BASE, r), want, "reference {r:?}");
        }
    }

    #[test]
    fn resolve_follows_rfc_3986_abnormal_examples() {
        for (r, want) in [
            ("../../../g", "http://a/g"),
            ("../../../../g", "http://a/g"),
            ("/./g", "http://a/g"),
            ("/../g", "http://a/g"),
            ("g.", "http://a/b/c/g."),
            (".g", "http://a/b/c/.g"),
            ("g..", "http://a/b/c/g.."),
            ("..g", "http://a/b/c/..g"),
            ("./../g", "http://a/b/g"),
            ("./g/.", "http://a/b/c/g/"),
            ("g/./h", "http://a/b/c/g/h"),
            ("g/../h", "http://a/b/c/h"),
            ("g;x=1/./y", "http://a/b/c/g;x=1/y"),
            ("g;x=1/../y", "http://a/b/c/y"),
            ("http:g", "http:g"),
        ] {
            assert_eq!(resolve(BASE, r), want, "reference {r:?}");
        }
    }

    #[test]
    fn dot_segments_of_long_paths_take_one_pass() {
        // 200,000 segments: one copy of the rest per segment would move
        // about 10^11 bytes; the single pass takes milliseconds.
        let n = 200_000;
        let path = format!("/{}x", "a/./b/../".repeat(n));
        let started = std::time::Instant::now();
        let got = remove_dot_segments(&path);
        let want = format!("/{}x", "a/".repeat(n));
        assert!(got == want, "{} bytes, expected {}", got.len(), want.len());
        let climbing = format!("/{}{}g", "c/".repeat(n), "../".repeat(n + 5));
        let got = remove_dot_segments(&climbing);
        assert!(got == "/g", "{} bytes", got.len());
        assert!(started.elapsed().as_secs() < 10, "{:?}", started.elapsed());
    }

    #[test]
    fn resolve_keeps_schemeless_bases_relative() {
        assert_eq!(resolve("lib/people.json", "geo.json"), "lib/geo.json");
        assert_eq!(resolve("people.json", "../geo.json"), "geo.json");
    }

    #[test]
    fn absolute_means_a_valid_scheme() {
        assert!(is_absolute("https://example.com/a.json"));
        assert!(is_absolute("urn:example:people"));
        assert!(!is_absolute("people.json"));
        assert!(!is_absolute("../lib/people.json"));
        assert!(!is_absolute("1abc:x"));
        assert!(!is_absolute("a/b:c"));
    }

    #[test]
    fn normalise_drops_an_empty_fragment_only() {
        assert_eq!(normalise("https://x/a#"), "https://x/a");
        assert_eq!(normalise("https://x/a#b"), "https://x/a#b");
    }
}
