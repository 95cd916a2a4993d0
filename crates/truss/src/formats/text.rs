//! UUIDs, URIs (RFC 3986) and their IRI extension (RFC 3987), JSON
//! Pointers (RFC 6901 and the relative form), and RFC 4648 encodings.

use super::network::is_ipv6;

/// 8-4-4-4-12 hexadecimal digits in either case. Braces, `urn:uuid:` and
/// other decorations are not part of the RFC 9562 string form.
pub(crate) fn is_uuid(s: &str) -> bool {
    let Ok(b) = <&[u8; 36]>::try_from(s.as_bytes()) else {
        return false;
    };
    let [hex1 @ .., b'-'] = b.first_chunk::<9>().copied().unwrap_or_default() else {
        return false;
    };
    // Groups of 8-4-4-4-12 hex digits, each followed by a dash but the last;
    // checked without a branch per byte.
    let hex = |g: &[u8]| g.iter().fold(true, |ok, c| ok & c.is_ascii_hexdigit());
    let groups = [(9, 13), (14, 18), (19, 23)];
    hex(&hex1)
        && groups
            .iter()
            .all(|&(from, dash)| b.get(from..dash).is_some_and(hex) && b.get(dash) == Some(&b'-'))
        && b.get(24..).is_some_and(hex)
}

// ---------------------------------------------------------------------------
// URI and IRI
// ---------------------------------------------------------------------------

// Character classes of RFC 3986 §2, as bit flags so that every production
// is a mask over one lookup.
const UNRESERVED: u8 = 1;
const SUB_DELIM: u8 = 2;
const COLON: u8 = 4;
const AT: u8 = 8;
const SLASH: u8 = 16;
const QUESTION: u8 = 32;

const PCHAR: u8 = UNRESERVED | SUB_DELIM | COLON | AT;
const QUERY_OR_FRAGMENT: u8 = PCHAR | SLASH | QUESTION;

const fn class_of(c: u8) -> u8 {
    match c {
        b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => UNRESERVED,
        b'!' | b'$' | b'&' | b'\'' | b'(' | b')' | b'*' | b'+' | b',' | b';' | b'=' => SUB_DELIM,
        b':' => COLON,
        b'@' => AT,
        b'/' => SLASH,
        b'?' => QUESTION,
        _ => 0,
    }
}

/// `class_of` for every byte, so that scanning a URI costs one load per
/// byte (the `match` compiled to a call and a chain of tests per byte).
/// `class_of` is 0 for every non-ASCII byte.
const ASCII_CLASS: [u8; 256] = {
    let mut table = [0u8; 256];
    // A slice pattern walks the table without an index to bound-check.
    let mut rest: &mut [u8] = &mut table;
    let mut c = 0u8;
    while let [slot, tail @ ..] = rest {
        *slot = class_of(c);
        c = c.wrapping_add(1);
        rest = tail;
    }
    table
};

#[inline]
fn ascii_class(c: u8) -> u8 {
    // Any `u8` is in bounds of the 256 entries: the check compiles away.
    ASCII_CLASS.get(usize::from(c)).copied().unwrap_or(0)
}

/// RFC 3987 `ucschar`: the non-ASCII characters an IRI may carry wherever a
/// URI allows `unreserved`.
pub(super) fn is_ucschar(c: char) -> bool {
    let c = u32::from(c);
    match c {
        0xA0..=0xD7FF | 0xF900..=0xFDCF | 0xFDF0..=0xFFEF => true,
        // Planes 1–14 minus each plane's last two code points, and minus
        // the tag characters at the start of plane 14.
        0x1_0000..=0xE_FFFD => c & 0xFFFF <= 0xFFFD && !(0xE_0000..0xE_1000).contains(&c),
        _ => false,
    }
}

/// RFC 3987 `iprivate`: private-use characters, allowed only in queries.
pub(super) fn is_iprivate(c: char) -> bool {
    matches!(u32::from(c), 0xE000..=0xF8FF | 0xF_0000..=0xF_FFFD | 0x10_0000..=0x10_FFFD)
}

fn is_hex(c: Option<&u8>) -> bool {
    c.is_some_and(u8::is_ascii_hexdigit)
}

/// Which non-ASCII characters a component admits.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Wide {
    /// URI: none.
    No,
    /// IRI: `ucschar`.
    Ucs,
    /// IRI query: `ucschar` and `iprivate`.
    UcsAndPrivate,
}

/// Advances from byte `i` over characters in `allowed` (and valid `%HH`
/// triplets, which every class using this admits) and returns where it
/// stopped. Callers decide whether what follows is acceptable.
fn scan(s: &str, mut i: usize, allowed: u8, wide: Wide) -> usize {
    let b = s.as_bytes();
    while let Some(&c) = b.get(i) {
        if c.is_ascii() {
            if ascii_class(c) & allowed != 0 {
                i += 1;
            } else if c == b'%' && is_hex(b.get(i + 1)) && is_hex(b.get(i + 2)) {
                i += 3;
            } else {
                break;
            }
        } else {
            if wide == Wide::No {
                break;
            }
            // `i` always sits on a character boundary: it only ever moves by
            // whole ASCII bytes or whole characters.
            let Some(ch) = s.get(i..).and_then(|t| t.chars().next()) else {
                break;
            };
            let ok = is_ucschar(ch) || (wide == Wide::UcsAndPrivate && is_iprivate(ch));
            if !ok {
                break;
            }
            i += ch.len_utf8();
        }
    }
    i
}

/// Whether the whole of `s` consists of `allowed` characters.
fn all_in(s: &str, allowed: u8, wide: Wide) -> bool {
    scan(s, 0, allowed, wide) == s.len()
}

/// RFC 3986 `IP-literal` contents: `IPv6address / IPvFuture`. Zone
/// identifiers (RFC 6874) are not accepted.
fn is_ip_literal(inner: &str) -> bool {
    match inner.as_bytes() {
        [b'v' | b'V', rest @ ..] => {
            let hex = rest.iter().take_while(|c| c.is_ascii_hexdigit()).count();
            match rest.get(hex..) {
                Some([b'.', tail @ ..]) => {
                    hex > 0
                        && !tail.is_empty()
                        && tail
                            .iter()
                            .all(|&c| ascii_class(c) & (UNRESERVED | SUB_DELIM | COLON) != 0)
                }
                _ => false,
            }
        }
        _ => is_ipv6(inner),
    }
}

/// RFC 3986 `authority` (or RFC 3987 `iauthority`): the text between `//`
/// and the next `/`, `?` or `#`.
fn is_authority(a: &str, wide: Wide) -> bool {
    let host_port = match a.split_once('@') {
        Some((userinfo, rest)) => {
            if !all_in(userinfo, UNRESERVED | SUB_DELIM | COLON, wide) {
                return false;
            }
            rest
        }
        None => a,
    };
    let port = if let Some(literal) = host_port.strip_prefix('[') {
        let Some((inner, after)) = literal.split_once(']') else {
            return false;
        };
        if !is_ip_literal(inner) {
            return false;
        }
        match after.strip_prefix(':') {
            Some(port) => port,
            None if after.is_empty() => "",
            None => return false,
        }
    } else {
        // IPv4 addresses are a subset of reg-name syntax, and RFC 3986 §3.2.2
        // resolves out-of-range dotted quads as reg-names, so reg-name alone
        // decides here.
        let (host, port) = host_port.split_once(':').unwrap_or((host_port, ""));
        if !all_in(host, UNRESERVED | SUB_DELIM, wide) {
            return false;
        }
        port
    };
    port.bytes().all(|c| c.is_ascii_digit())
}

/// The shared grammar of `URI`, `URI-reference`, `IRI` and `IRI-reference`.
pub(super) fn is_uri_like(s: &str, require_scheme: bool, unicode: bool) -> bool {
    let b = s.as_bytes();
    let wide = if unicode { Wide::Ucs } else { Wide::No };
    let scheme_len = match b.first() {
        Some(c) if c.is_ascii_alphabetic() => {
            1 + b
                .iter()
                .skip(1)
                .take_while(|&&c| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'-' | b'.'))
                .count()
        }
        _ => 0,
    };
    // Without a colon right after it, what looked like a scheme is the
    // start of a relative path instead.
    let has_scheme = scheme_len > 0 && b.get(scheme_len) == Some(&b':');
    if require_scheme && !has_scheme {
        return false;
    }
    let mut i = if has_scheme { scheme_len + 1 } else { 0 };

    let rest = b.get(i..).unwrap_or_default();
    if rest.starts_with(b"//") {
        let start = i + 2;
        let end = b
            .iter()
            .skip(start)
            .position(|&c| matches!(c, b'/' | b'?' | b'#'))
            .map_or(b.len(), |n| start + n);
        match s.get(start..end) {
            Some(authority) if is_authority(authority, wide) => {}
            _ => return false,
        }
        // path-abempty: empty or starting with "/", which is all that can
        // follow the authority.
        i = scan(s, end, PCHAR | SLASH, wide);
    } else {
        let start = i;
        i = scan(s, start, PCHAR | SLASH, wide);
        if !has_scheme {
            // path-noscheme: a colon in the first segment would make it
            // read as a scheme.
            let path = b.get(start..i).unwrap_or_default();
            let first_segment = path.split(|&c| c == b'/').next().unwrap_or_default();
            if first_segment.contains(&b':') {
                return false;
            }
        }
    }
    if b.get(i) == Some(&b'?') {
        let query_wide = if unicode {
            Wide::UcsAndPrivate
        } else {
            Wide::No
        };
        i = scan(s, i + 1, QUERY_OR_FRAGMENT, query_wide);
    }
    if b.get(i) == Some(&b'#') {
        i = scan(s, i + 1, QUERY_OR_FRAGMENT, wide);
    }
    i == b.len()
}

/// RFC 3986 `URI-reference`: an absolute URI or a relative reference,
/// ASCII only.
pub(crate) fn is_uri_reference(s: &str) -> bool {
    is_uri_like(s, false, false)
}

/// RFC 3986 `URI`: a scheme is required and a fragment is allowed (this is
/// the `URI` production, not the fragment-less `absolute-URI`).
pub(crate) fn is_absolute_uri(s: &str) -> bool {
    is_uri_like(s, true, false)
}

// ---------------------------------------------------------------------------
// JSON Pointer
// ---------------------------------------------------------------------------

fn escapes_are_valid(b: &[u8]) -> bool {
    let mut bytes = b.iter();
    while let Some(&c) = bytes.next() {
        if c == b'~' && !matches!(bytes.next(), Some(b'0' | b'1')) {
            return false;
        }
    }
    true
}

/// RFC 6901 string form: empty, or `/`-separated reference tokens in which
/// `~` only appears as `~0` or `~1`. Any other character is allowed.
pub(crate) fn is_json_pointer(s: &str) -> bool {
    let b = s.as_bytes();
    (b.is_empty() || b.first() == Some(&b'/')) && escapes_are_valid(b)
}

/// Relative JSON Pointer: a non-negative integer without leading zeros,
/// then either `#` or a JSON Pointer. The `+n`/`-n` index adjustment of
/// later drafts is not accepted.
pub(crate) fn is_relative_json_pointer(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if digits == 0 || (digits > 1 && b.first() == Some(&b'0')) {
        return false;
    }
    match b.get(digits..) {
        Some(b"#") => true,
        Some(rest) => (rest.is_empty() || rest.first() == Some(&b'/')) && escapes_are_valid(rest),
        None => false,
    }
}

// ---------------------------------------------------------------------------
// RFC 4648 encodings
// ---------------------------------------------------------------------------

/// Binary-to-text encodings of RFC 4648, as named by `contentEncoding`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Encoding {
    Base64,
    Base64Url,
    Base16,
    Base32,
    Base32Hex,
}

impl Encoding {
    /// Names are matched ignoring ASCII case, as encoding names are
    /// elsewhere (MIME `Content-Transfer-Encoding`).
    pub(crate) fn from_name(name: &str) -> Option<Encoding> {
        const NAMES: [(&str, Encoding); 5] = [
            ("base64", Encoding::Base64),
            ("base64url", Encoding::Base64Url),
            ("base16", Encoding::Base16),
            ("base32", Encoding::Base32),
            ("base32hex", Encoding::Base32Hex),
        ];
        NAMES
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|&(_, e)| e)
    }

    /// The name `contentEncoding` gives the encoding, for messages.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Encoding::Base64 => "base64",
            Encoding::Base64Url => "base64url",
            Encoding::Base16 => "base16",
            Encoding::Base32 => "base32",
            Encoding::Base32Hex => "base32hex",
        }
    }
}

/// Whether `s` is a canonical RFC 4648 encoding. The empty string encodes
/// empty data and is accepted by every encoding.
///
/// * base64: standard alphabet, padding required (length a multiple of 4,
///   at most two `=`, only at the end).
/// * base64url: URL-safe alphabet; padding optional, but correct if present.
/// * base16: either case (RFC 4648 §8 calls it case-insensitive), even length.
/// * base32 / base32hex: either case (RFC 4648 §6 designs base32 to be
///   case-insensitive), padding required to a multiple of 8.
///
/// The bits left over in the last symbol before the padding must be zero
/// (RFC 4648 §3.5). Encoders always emit zeros there, and accepting other
/// values would let several strings stand for the same bytes.
pub(crate) fn is_encoded(s: &str, encoding: Encoding) -> bool {
    let b = s.as_bytes();
    match encoding {
        Encoding::Base64 => is_base64_like(b, base64_value, true),
        Encoding::Base64Url => is_base64_like(b, base64url_value, false),
        Encoding::Base16 => b.len() % 2 == 0 && b.iter().all(u8::is_ascii_hexdigit),
        Encoding::Base32 => is_base32_like(b, base32_value),
        Encoding::Base32Hex => is_base32_like(b, base32hex_value),
    }
}

/// Standard, padded base64 (see [`is_encoded`]).
pub(crate) fn is_base64(s: &str) -> bool {
    is_encoded(s, Encoding::Base64)
}

fn base64_value(c: u8) -> Option<u8> {
    match c {
        b'+' => Some(62),
        b'/' => Some(63),
        _ => alnum_value(c),
    }
}

fn base64url_value(c: u8) -> Option<u8> {
    match c {
        b'-' => Some(62),
        b'_' => Some(63),
        _ => alnum_value(c),
    }
}

fn alnum_value(c: u8) -> Option<u8> {
    match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        _ => None,
    }
}

fn base32_value(c: u8) -> Option<u8> {
    match c.to_ascii_uppercase() {
        u @ b'A'..=b'Z' => Some(u - b'A'),
        d @ b'2'..=b'7' => Some(d - b'2' + 26),
        _ => None,
    }
}

fn base32hex_value(c: u8) -> Option<u8> {
    match c.to_ascii_uppercase() {
        d @ b'0'..=b'9' => Some(d - b'0'),
        u @ b'A'..=b'V' => Some(u - b'A' + 10),
        _ => None,
    }
}

/// Splits trailing `=` off and checks the data part against `value`,
/// returning the data and the number of `=`.
fn split_padding(b: &[u8], value: fn(u8) -> Option<u8>) -> Option<(&[u8], usize)> {
    let pad = b.iter().rev().take_while(|&&c| c == b'=').count();
    let data = b.get(..b.len() - pad)?;
    data.iter()
        .all(|&c| value(c).is_some())
        .then_some((data, pad))
}

/// Whether the last data symbol leaves the given low bits clear.
fn last_symbol_clear(data: &[u8], value: fn(u8) -> Option<u8>, mask: u8) -> bool {
    data.last()
        .and_then(|&c| value(c))
        .is_some_and(|v| v & mask == 0)
}

fn is_base64_like(b: &[u8], value: fn(u8) -> Option<u8>, padding_required: bool) -> bool {
    let Some((data, pad)) = split_padding(b, value) else {
        return false;
    };
    // Each 4-symbol group carries 3 bytes; a final group of 2 or 3 symbols
    // carries 1 or 2 bytes and leaves 4 or 2 bits unused.
    let (expected_pad, unused_mask) = match data.len() % 4 {
        0 => (0, 0),
        2 => (2, 0b1111),
        3 => (1, 0b11),
        _ => return false,
    };
    let padding_ok = pad == expected_pad || (pad == 0 && !padding_required);
    padding_ok && (unused_mask == 0 || last_symbol_clear(data, value, unused_mask))
}

fn is_base32_like(b: &[u8], value: fn(u8) -> Option<u8>) -> bool {
    let Some((data, pad)) = split_padding(b, value) else {
        return false;
    };
    // An 8-symbol group carries 5 bytes; shorter final groups carry 1–4
    // bytes and leave 2, 4, 1 or 3 bits of their last symbol unused.
    let (expected_pad, unused_mask) = match data.len() % 8 {
        0 => (0, 0),
        2 => (6, 0b11),
        4 => (4, 0b1111),
        5 => (3, 0b1),
        7 => (1, 0b111),
        _ => return false,
    };
    pad == expected_pad && (unused_mask == 0 || last_symbol_clear(data, value, unused_mask))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn class_table_matches_class_of() {
        for c in 0..=u8::MAX {
            assert_eq!(ascii_class(c), class_of(c), "{c}");
        }
        assert_eq!(ascii_class(b'a'), UNRESERVED);
        assert_eq!(ascii_class(b'/'), SLASH);
        assert_eq!(ascii_class(0x80), 0);
    }

    // ---- UUID ----

    #[test]
    fn uuid_accepts_either_case() {
        for s in [
            "2EB8AA08-AA98-11EA-B4AA-73B441D16380",
            "2eb8aa08-aa98-11ea-b4aa-73b441d16380",
            "2eb8aa08-AA98-11ea-B4Aa-73B441D16380",
            "00000000-0000-0000-0000-000000000000",
            "ffffffff-ffff-ffff-ffff-ffffffffffff",
            "99c17cbb-656f-f64a-940f-1a4568f03487",
        ] {
            assert!(is_uuid(s), "{s}");
        }
    }

    #[test]
    fn uuid_rejects_wrong_shapes() {
        for s in [
            "",
            "2eb8aa08-aa98-11ea-b4aa-73b441d1638",
            "2eb8aa08-aa98-11ea-b4aa-73b441d163800",
            "2eb8aa08-aa98-11ea-73b441d16380",
            "2eb8aa08-aa98-11ea-b4ga-73b441d16380",
            "2eb8aa08aa9811eab4aa73b441d16380",
            "2eb8aa08aa9811eab4aa73b441d16380----",
            "2eb8aa0-8aa98-11e-ab4aa7-3b441d16380",
            "{2eb8aa08-aa98-11ea-b4aa-73b441d16380}",
            "urn:uuid:2eb8aa08-aa98-11ea-b4aa-73b441d16380",
            "2eb8aa08-aa98-11ea-b4aa-73b441d16380\n",
            "2eb8aa08-aa98-11ea-b4aa-73b441d1_380",
            "2eb8aa08 aa98-11ea-b4aa-73b441d16380",
        ] {
            assert!(!is_uuid(s), "{s:?}");
        }
    }

    #[test]
    fn uuid_rejects_a_wrong_byte_at_any_position() {
        let good = "2eb8aa08-aa98-11ea-b4aa-73b441d16380";
        assert!(is_uuid(good));
        for at in 0..good.len() {
            for bad in [b'g', b'-', b'0', b' '] {
                let mut b = good.as_bytes().to_vec();
                let was = b[at];
                if was == bad || (was != b'-' && bad == b'0') {
                    continue;
                }
                b[at] = bad;
                let s = String::from_utf8(b).unwrap();
                assert!(!is_uuid(&s), "{s}");
            }
        }
    }

    #[test]
    fn uuid_rejects_non_ascii_of_same_byte_length() {
        // 36 bytes, but a two-byte character replaces two hex digits.
        assert!(!is_uuid("\u{09E8}b8aa08-aa98-11ea-b4aa-73b441d1638"));
        assert!(!is_uuid("2eb8aa08-aa98-11ea-b4aa-73b441d163\u{00E9}"));
    }

    // ---- URI / URI-reference ----

    #[test]
    fn uri_accepts_rfc3986_examples() {
        for s in [
            "http://foo.bar/?baz=qux#quux",
            "http://foo.com/blah_(wikipedia)_blah#cite-1",
            "http://foo.bar/?q=Test%20URL-encoded%20stuff",
            "http://xn--nw2a.xn--j6w193g/",
            "http://-.~_!$&'()*+,;=:%40:80%2f::::::@example.com",
            "http://223.255.255.254",
            "ftp://ftp.is.co.za/rfc/rfc1808.txt",
            "ldap://[2001:db8::7]/c=GB?objectClass?one",
            "mailto:John.Doe@example.com",
            "news:comp.infosystems.www.servers.unix",
            "tel:+1-816-555-1212",
            "telnet://192.0.2.16:80/",
            "urn:oasis:names:specification:docbook:dtd:xml:4.1.2",
            "file:///etc/hosts",
            "file:/etc/hosts",
            "http:",
            "a+b-c.d:",
            "http://example.com:/",
            "http://example.com:8080",
            "http://[v1.fe]/",
            "http://[V7.a:b!]",
            "http://[::ffff:192.168.0.1]:443/",
            "http://user:pa%20ss@host/",
            "http://@host",
            "http://",
            "http://host?#",
            "x:/a//b/",
            "HTTP://EXAMPLE.COM/%7Efoo",
        ] {
            assert!(is_absolute_uri(s), "{s}");
            assert!(is_uri_reference(s), "{s}");
        }
    }

    #[test]
    fn uri_rejects_relative_references() {
        for s in [
            "",
            "//foo.bar/?baz=qux#quux",
            "/abc",
            "abc",
            "#f",
            "?q",
            "./a:b",
            "1http://x",
        ] {
            assert!(!is_absolute_uri(s), "{s}");
        }
    }

    #[test]
    fn uri_reference_accepts_relative_forms() {
        for s in [
            "",
            "//foo.bar/?baz=qux#quux",
            "//",
            "///",
            "/abc",
            "abc",
            "a/b/c",
            "#fragment",
            "#",
            "?query=1",
            "./this:that",
            "../a?b#c",
            "a@b",
            "%41",
            "/%7E",
            "#/definitions/a~1b",
            "?a/b?c",
            "#a?b/c",
            "//user@[::1]:8080/p",
        ] {
            assert!(is_uri_reference(s), "{s:?}");
        }
    }

    #[test]
    fn uri_reference_rejects_forbidden_characters() {
        for s in [
            "http:// shouldfail.com",
            ":// should fail",
            "https://example.org/foo bar.txt",
            "https://example.org/foobar\\.txt",
            "\\\\WINDOWS\\fileshare",
            "https://example.org/foobar\".txt",
            "https://example.org/foobar<>.txt",
            "https://example.org/foobar{}.txt",
            "https://example.org/foobar|.txt",
            "https://example.org/foobar^.txt",
            "https://example.org/foobar`.txt",
            "https://example.org/foobar\u{00AE}.txt",
            "/foobar\u{00AE}.txt",
            "#frag\\ment",
            "#a#b",
            "a\nb",
            "a\tb",
            "a\u{7F}b",
            "http://example.com/\0",
            "[",
            "/a]",
        ] {
            assert!(!is_uri_reference(s), "{s:?}");
        }
    }

    #[test]
    fn uri_reference_requires_complete_percent_triplets() {
        for s in [
            "http://example.com/%6G",
            "http://example.com/%A",
            "http://example.com/%",
            "/%zz",
            "%",
            "?%4",
            "#%g0",
            "//%zz@host",
            "//ho%st",
        ] {
            assert!(!is_uri_reference(s), "{s:?}");
        }
        assert!(is_uri_reference("//%41@h%41st/%aF?%00#%ff"));
    }

    #[test]
    fn uri_reference_checks_authority_structure() {
        for s in [
            "https://[@example.org/test.txt",
            "//example.com:abc/p",
            "http://example.com:-1",
            "//a@b@example.com/",
            "//[::ffff:192.168.0.01]/p",
            "http://[::ffff:01.2.3.4]",
            "http://[::1",
            "http://::1]",
            "http://[::1]x",
            "http://[::1]:8x",
            "http://[]",
            "http://[v.x]",
            "http://[v1.]",
            "http://[v1x]",
            "http://[vg.x]",
            "http://[fe80::1%25eth0]",
            "http://[1.2.3.4]",
            "http://host:80:90",
            "http://2001:0db8:85a3:0000:0000:8a2e:0370:7334",
            "http://us[er@host",
            "http://ho st",
        ] {
            assert!(!is_uri_reference(s), "{s:?}");
        }
    }

    #[test]
    fn uri_reference_treats_odd_dotted_quads_as_reg_names() {
        assert!(is_absolute_uri("http://087.10.0.1/"));
        assert!(is_absolute_uri("http://999.999.999.999/"));
    }

    #[test]
    fn uri_reference_rejects_colon_in_first_relative_segment() {
        assert!(!is_uri_reference("1:b"));
        assert!(!is_uri_reference("_a:b"));
        assert!(!is_uri_reference(":"));
        assert!(!is_uri_reference(":a"));
        assert!(is_uri_reference("a/b:c"));
        assert!(is_uri_reference("./1:b"));
    }

    #[test]
    fn uri_reference_rejects_brackets_outside_authority() {
        assert!(!is_uri_reference("/[::1]"));
        assert!(!is_uri_reference("http:/[::1]"));
        assert!(!is_uri_reference("?[x]"));
    }

    #[test]
    fn uri_scheme_must_start_with_letter_and_use_scheme_chars() {
        assert!(!is_absolute_uri("1http://example.com"));
        assert!(!is_absolute_uri("ht_tp://example.com"));
        assert!(!is_absolute_uri("bar,baz:foo"));
        assert!(!is_absolute_uri("+a:b"));
        assert!(!is_absolute_uri("\u{00E9}:b"));
    }

    #[test]
    fn uri_reference_handles_long_inputs() {
        let long = format!("http://example.com/{}", "a/".repeat(100_000));
        assert!(is_uri_reference(&long));
        let bad = format!("{long} ");
        assert!(!is_uri_reference(&bad));
        let pct = "%41".repeat(50_000);
        assert!(is_uri_reference(&pct));
    }

    // ---- JSON Pointer ----

    #[test]
    fn json_pointer_accepts_rfc6901_examples() {
        for s in [
            "",
            "/foo",
            "/foo/0",
            "/",
            "/a~1b",
            "/c%d",
            "/e^f",
            "/g|h",
            "/i\\j",
            "/k\"l",
            "/ ",
            "/m~0n",
            "/foo//bar",
            "/foo/bar/",
            "/foo/-",
            "/~1~0~0~1~1",
            "/~1.1",
            "/\u{1F60E}",
            "/foo\0bar\n\tbaz",
        ] {
            assert!(is_json_pointer(s), "{s:?}");
        }
    }

    #[test]
    fn json_pointer_rejects_bad_escapes_and_missing_slash() {
        for s in [
            "/foo/bar~",
            "/~2",
            "/~-1",
            "/~~",
            "/~0~",
            "/~0/~",
            "#",
            "#/",
            "#a",
            "a",
            "0",
            "a/a",
            "~0",
            " /",
            "/~\u{00E9}",
        ] {
            assert!(!is_json_pointer(s), "{s:?}");
        }
    }

    #[test]
    fn relative_json_pointer_accepts_valid_forms() {
        for s in [
            "1",
            "0",
            "0/foo/bar",
            "2/0/baz/1/zip",
            "0#",
            "120/foo/bar",
            "100",
            "0//",
            "0/",
        ] {
            assert!(is_relative_json_pointer(s), "{s}");
        }
    }

    #[test]
    fn relative_json_pointer_rejects_invalid_forms() {
        for s in [
            "",
            "/foo/bar",
            "-1/foo/bar",
            "+1/foo/bar",
            "\u{0661}/foo",
            "0##",
            "01/a",
            "01#",
            "00",
            "0/~2",
            "0/foo/bar~",
            "1#/foo/bar",
            "1\n",
            "#",
            "1a",
            "0+1/a",
        ] {
            assert!(!is_relative_json_pointer(s), "{s:?}");
        }
    }

    // ---- encodings ----

    #[test]
    fn encoding_names_are_case_insensitive() {
        assert_eq!(Encoding::from_name("base64"), Some(Encoding::Base64));
        assert_eq!(Encoding::from_name("BASE64URL"), Some(Encoding::Base64Url));
        assert_eq!(Encoding::from_name("Base16"), Some(Encoding::Base16));
        assert_eq!(Encoding::from_name("base32"), Some(Encoding::Base32));
        assert_eq!(Encoding::from_name("base32hex"), Some(Encoding::Base32Hex));
        for n in [
            "",
            "base-64",
            "base64 ",
            "hex",
            "quoted-printable",
            "base32HEX2",
        ] {
            assert_eq!(Encoding::from_name(n), None, "{n:?}");
        }
    }

    #[test]
    fn base64_accepts_rfc4648_test_vectors() {
        for s in [
            "", "Zg==", "Zm8=", "Zm9v", "Zm9vYg==", "Zm9vYmE=", "Zm9vYmFy", "+/+/", "AA==",
        ] {
            assert!(is_base64(s), "{s}");
        }
    }

    #[test]
    fn base64_rejects_bad_padding() {
        for s in [
            "Zg", "Zm8", "Zg=", "Zg===", "Z===", "Z", "Zm9vY", "Zm9vY===", "=", "====", "Zg==Zg==",
            "Z=g=", "Zm9v=", "Zm9v====",
        ] {
            assert!(!is_base64(s), "{s}");
        }
    }

    #[test]
    fn base64_rejects_nonzero_unused_bits() {
        // "Zh==" and "Zm9=" decode to the same bytes as "Zg==" and "Zm8=".
        assert!(!is_base64("Zh=="));
        assert!(!is_base64("Zm9="));
        assert!(!is_base64("A/=="));
        assert!(is_base64("AQ=="));
        assert!(is_base64("AAE="));
    }

    #[test]
    fn base64_rejects_foreign_characters() {
        for s in [
            "Zm9v\n",
            " Zm9v",
            "Zm 9v",
            "Zm-v",
            "Zm_v",
            "Zm9\u{00E9}",
            "Zm9v.AAA",
            "\0\0\0\0",
        ] {
            assert!(!is_base64(s), "{s:?}");
        }
    }

    #[test]
    fn base64url_makes_padding_optional() {
        for s in ["", "Zg", "Zg==", "Zm8", "Zm8=", "Zm9v", "-_-_", "-w"] {
            assert!(is_encoded(s, Encoding::Base64Url), "{s}");
        }
        for s in [
            "Z", "Zg=", "Zm8==", "+/+/", "Zh", "Zm9", "Zm9v=", "Zg===", "Zm9vY",
        ] {
            assert!(!is_encoded(s, Encoding::Base64Url), "{s}");
        }
    }

    #[test]
    fn base16_accepts_either_case_with_even_length() {
        for s in ["", "00", "ff", "FF", "0123456789abcdefABCDEF"] {
            assert!(is_encoded(s, Encoding::Base16), "{s}");
        }
        for s in ["0", "abc", "gg", "0x00", "00 ", "\u{00E9}"] {
            assert!(!is_encoded(s, Encoding::Base16), "{s:?}");
        }
    }

    #[test]
    fn base32_accepts_rfc4648_test_vectors() {
        for s in [
            "",
            "MY======",
            "MZXQ====",
            "MZXW6===",
            "MZXW6YQ=",
            "MZXW6YTB",
            "MZXW6YTBOI======",
            "mzxw6ytboi======",
        ] {
            assert!(is_encoded(s, Encoding::Base32), "{s}");
        }
    }

    #[test]
    fn base32_requires_padding_and_alphabet() {
        for s in [
            "MY",
            "MY=====",
            "MY=======",
            "M=======",
            "MZX=====",
            "MZXW6Y==",
            "MZXW6YTB========",
            "MZXW6YT1",
            "MZXW6YT8",
            "MZXW6YT0",
            "MY======MY======",
            "MZXW6YTB=",
        ] {
            assert!(!is_encoded(s, Encoding::Base32), "{s}");
        }
    }

    #[test]
    fn base32_rejects_nonzero_unused_bits() {
        assert!(!is_encoded("MZ======", Encoding::Base32));
        assert!(!is_encoded("MZXR====", Encoding::Base32));
        assert!(!is_encoded("MZXW7===", Encoding::Base32));
        assert!(!is_encoded("MZXW6YR=", Encoding::Base32));
    }

    #[test]
    fn base32hex_accepts_rfc4648_test_vectors() {
        for s in [
            "",
            "CO======",
            "CPNG====",
            "CPNMU===",
            "CPNMUOG=",
            "CPNMUOJ1",
            "CPNMUOJ1E8======",
            "cpnmuoj1",
        ] {
            assert!(is_encoded(s, Encoding::Base32Hex), "{s}");
        }
        for s in ["CW======", "CO", "CPNMUOJZ", "CP======"] {
            assert!(!is_encoded(s, Encoding::Base32Hex), "{s}");
        }
    }

    #[test]
    fn encodings_handle_long_inputs() {
        let long = "QUJD".repeat(100_000);
        assert!(is_base64(&long));
        assert!(!is_base64(&format!("{long}=")));
        let hex = "ab".repeat(100_000);
        assert!(is_encoded(&hex, Encoding::Base16));
    }
}
