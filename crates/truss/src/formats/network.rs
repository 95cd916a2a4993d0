//! Network-related string formats: IP addresses, host names, e-mail
//! addresses, IRIs and URI templates, with the semantics of the JSON Schema
//! 2020-12 format vocabulary.

use super::text::{is_iprivate, is_ucschar, is_uri_like};

// ---------------------------------------------------------------------------
// IP addresses
// ---------------------------------------------------------------------------

/// A decimal octet 0–255 without leading zeros (a leading zero would read
/// as octal to some parsers, so RFC 3986 `dec-octet` forbids it).
fn is_dec_octet(b: &[u8]) -> bool {
    match *b {
        [d] => d.is_ascii_digit(),
        [b'1'..=b'9', d] => d.is_ascii_digit(),
        [b'1', d1, d2] => d1.is_ascii_digit() && d2.is_ascii_digit(),
        [b'2', b'0'..=b'4', d] => d.is_ascii_digit(),
        [b'2', b'5', b'0'..=b'5'] => true,
        _ => false,
    }
}

/// Dotted-quad IPv4 (RFC 2673 §3.2 / RFC 3986 `IPv4address`): exactly four
/// decimal octets, none of the shorthand or hex forms `inet_aton` accepts.
pub(crate) fn is_ipv4(s: &str) -> bool {
    let mut parts = 0;
    for part in s.as_bytes().split(|&c| c == b'.') {
        parts += 1;
        if parts > 4 || !is_dec_octet(part) {
            return false;
        }
    }
    parts == 4
}

/// IPv6 text forms of RFC 4291 §2.2: eight groups of 1–4 hex digits, one
/// optional `::` standing for one or more zero groups, and an optional
/// dotted-quad for the last 32 bits. Zone identifiers and prefix lengths
/// are not part of an address.
pub(crate) fn is_ipv6(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    let mut groups = 0u32;
    let mut compressed = false;
    if b.starts_with(b"::") {
        compressed = true;
        i = 2;
        if b.len() == 2 {
            return true;
        }
    }
    loop {
        let start = i;
        let hex = b.get(start..).map_or(0, |r| {
            r.iter().take_while(|c| c.is_ascii_hexdigit()).count()
        });
        i = start + hex;
        if b.get(i) == Some(&b'.') {
            // The dotted quad fills two groups and must end the address.
            let total = groups + 2;
            let count_ok = if compressed { total <= 7 } else { total == 8 };
            return count_ok && s.get(start..).is_some_and(is_ipv4);
        }
        if hex == 0 || hex > 4 {
            return false;
        }
        groups += 1;
        if groups > 8 {
            return false;
        }
        match b.get(i) {
            None => break,
            Some(b':') => i += 1,
            Some(_) => return false,
        }
        if b.get(i) == Some(&b':') {
            if compressed {
                return false;
            }
            compressed = true;
            i += 1;
            if i == b.len() {
                break;
            }
        } else if i == b.len() {
            // A single trailing colon.
            return false;
        }
    }
    if compressed { groups <= 7 } else { groups == 8 }
}

// ---------------------------------------------------------------------------
// Punycode (RFC 3492), on fixed buffers
// ---------------------------------------------------------------------------

/// DNS label limit in octets (RFC 1035 §2.3.4). A-labels obey it too, so
/// every Punycode buffer below can be this small and live on the stack.
const LABEL_MAX: usize = 63;
/// DNS name limit in octets, without a trailing dot.
const NAME_MAX: usize = 253;
/// The ACE prefix that marks an A-label.
const ACE_PREFIX_LEN: usize = 4;

const BASE: u32 = 36;
const T_MIN: u32 = 1;
const T_MAX: u32 = 26;
const SKEW: u32 = 38;
const DAMP: u32 = 700;
const INITIAL_BIAS: u32 = 72;
const INITIAL_N: u32 = 128;

fn adapt(delta: u32, num_points: u32, first_time: bool) -> u32 {
    let mut delta = delta / if first_time { DAMP } else { 2 };
    delta += delta / num_points.max(1);
    let mut k = 0;
    while delta > ((BASE - T_MIN) * T_MAX) / 2 {
        delta /= BASE - T_MIN;
        k += BASE;
    }
    k + (BASE - T_MIN + 1) * delta / (delta + SKEW)
}

fn threshold(k: u32, bias: u32) -> u32 {
    k.saturating_sub(bias).clamp(T_MIN, T_MAX)
}

fn punycode_digit_value(c: u8) -> Option<u32> {
    match c {
        b'a'..=b'z' => Some(u32::from(c - b'a')),
        b'A'..=b'Z' => Some(u32::from(c - b'A')),
        b'0'..=b'9' => Some(u32::from(c - b'0') + 26),
        _ => None,
    }
}

fn punycode_digit_char(d: u32) -> u8 {
    match u8::try_from(d) {
        Ok(d @ 0..=25) => b'a' + d,
        Ok(d @ 26..=35) => b'0' + (d - 26),
        _ => b'?',
    }
}

/// Bytes of one encoded label, refusing to grow past [`LABEL_MAX`].
struct LabelBytes {
    buf: [u8; LABEL_MAX],
    len: usize,
}

impl LabelBytes {
    fn new() -> LabelBytes {
        LabelBytes {
            buf: [0; LABEL_MAX],
            len: 0,
        }
    }

    fn push(&mut self, c: u8) -> Option<()> {
        *self.buf.get_mut(self.len)? = c;
        self.len += 1;
        Some(())
    }

    fn as_slice(&self) -> &[u8] {
        self.buf.get(..self.len).unwrap_or_default()
    }
}

/// Encodes `input` as Punycode, or `None` if the result would not fit in
/// `limit` bytes (or arithmetic would overflow, which only absurd inputs
/// cause).
fn punycode_encode(input: &[char], limit: usize) -> Option<LabelBytes> {
    let mut out = LabelBytes::new();
    for &c in input {
        if c.is_ascii() {
            out.push(c as u8)?;
        }
    }
    let basic = out.len;
    let mut handled = basic;
    if basic > 0 {
        out.push(b'-')?;
    }
    let mut n = INITIAL_N;
    let mut delta = 0u32;
    let mut bias = INITIAL_BIAS;
    while handled < input.len() {
        let m = input
            .iter()
            .map(|&c| u32::from(c))
            .filter(|&c| c >= n)
            .min()?;
        let points = u32::try_from(handled + 1).ok()?;
        delta = delta.checked_add((m - n).checked_mul(points)?)?;
        n = m;
        for &c in input {
            let c = u32::from(c);
            if c < n {
                delta = delta.checked_add(1)?;
            }
            if c == n {
                let mut q = delta;
                let mut k = BASE;
                loop {
                    let t = threshold(k, bias);
                    if q < t {
                        break;
                    }
                    out.push(punycode_digit_char(t + (q - t) % (BASE - t)))?;
                    q = (q - t) / (BASE - t);
                    k += BASE;
                }
                out.push(punycode_digit_char(q))?;
                let points = u32::try_from(handled + 1).ok()?;
                bias = adapt(delta, points, handled == basic);
                delta = 0;
                handled += 1;
            }
        }
        delta = delta.checked_add(1)?;
        n = n.checked_add(1)?;
    }
    (out.len <= limit).then_some(out)
}

/// Decodes Punycode into `out`, returning how many code points it holds,
/// or `None` if the input is malformed or decodes to more than fits.
fn punycode_decode(input: &[u8], out: &mut [char; LABEL_MAX]) -> Option<usize> {
    let (basic, encoded) = match input.iter().rposition(|&c| c == b'-') {
        Some(p) => (input.get(..p)?, input.get(p + 1..)?),
        None => (&[][..], input),
    };
    let mut len = 0;
    for &c in basic {
        if !c.is_ascii() {
            return None;
        }
        *out.get_mut(len)? = char::from(c);
        len += 1;
    }
    let mut n = INITIAL_N;
    let mut i = 0u32;
    let mut bias = INITIAL_BIAS;
    let mut digits = encoded.iter();
    while !digits.as_slice().is_empty() {
        let old_i = i;
        let mut w = 1u32;
        let mut k = BASE;
        loop {
            let d = punycode_digit_value(*digits.next()?)?;
            i = i.checked_add(d.checked_mul(w)?)?;
            let t = threshold(k, bias);
            if d < t {
                break;
            }
            w = w.checked_mul(BASE - t)?;
            k += BASE;
        }
        let points = u32::try_from(len + 1).ok()?;
        bias = adapt(i - old_i, points, old_i == 0);
        n = n.checked_add(i / points)?;
        i %= points;
        // Rejects surrogates and values past U+10FFFF.
        let c = char::from_u32(n)?;
        let pos = usize::try_from(i).ok()?;
        let window = out.get_mut(pos..=len)?;
        window.rotate_right(1);
        *window.first_mut()? = c;
        len += 1;
        i += 1;
    }
    Some(len)
}

// ---------------------------------------------------------------------------
// Host names
// ---------------------------------------------------------------------------

/// An approximation of the combining marks (general categories Mn, Mc, Me)
/// of the scripts most used in domain names. The standard library has no
/// category tables; this list only decides whether a label may start with
/// the character and lets marks that are not alphabetic through.
fn is_combining_mark(c: char) -> bool {
    const RANGES: &[(u32, u32)] = &[
        (0x0300, 0x036F),
        (0x0483, 0x0489),
        (0x0591, 0x05BD),
        (0x05BF, 0x05BF),
        (0x05C1, 0x05C2),
        (0x05C4, 0x05C5),
        (0x05C7, 0x05C7),
        (0x0610, 0x061A),
        (0x064B, 0x065F),
        (0x0670, 0x0670),
        (0x06D6, 0x06DC),
        (0x06DF, 0x06E4),
        (0x06E7, 0x06E8),
        (0x06EA, 0x06ED),
        (0x0711, 0x0711),
        (0x0730, 0x074A),
        (0x07A6, 0x07B0),
        (0x07EB, 0x07F3),
        (0x0816, 0x082D),
        (0x0859, 0x085B),
        (0x0898, 0x089F),
        (0x08CA, 0x08FF),
        (0x0E31, 0x0E31),
        (0x0E34, 0x0E3A),
        (0x0E47, 0x0E4E),
        (0x0EB1, 0x0EB1),
        (0x0EB4, 0x0EBC),
        (0x0EC8, 0x0ECE),
        (0x0F18, 0x0F19),
        (0x0F35, 0x0F35),
        (0x0F37, 0x0F37),
        (0x0F39, 0x0F39),
        (0x0F3E, 0x0F3F),
        (0x0F71, 0x0F84),
        (0x0F86, 0x0F87),
        (0x0F8D, 0x0FBC),
        (0x0FC6, 0x0FC6),
        (0x102B, 0x103E),
        (0x1AB0, 0x1AFF),
        (0x1DC0, 0x1DFF),
        (0x20D0, 0x20F0),
        (0x3099, 0x309A),
        (0xFE20, 0xFE2F),
    ];
    let c = u32::from(c);
    match c {
        // The nine Brahmic blocks from Devanagari to Malayalam share one
        // layout: signs at 00–03, nukta, vowel signs and virama at 3A–4F
        // (3D is the avagraha letter), stress marks at 51–57 and vowel
        // signs at 62–63.
        0x0900..=0x0D7F => {
            matches!(c & 0x7F, 0x00..=0x03 | 0x3A..=0x3C | 0x3E..=0x4F | 0x51..=0x57 | 0x62..=0x63)
        }
        // Sinhala does not follow that layout.
        0x0D80..=0x0DFF => matches!(c, 0x0D81..=0x0D83 | 0x0DCA..=0x0DDF | 0x0DF2..=0x0DF3),
        _ => RANGES
            .binary_search_by(|&(lo, hi)| {
                if hi < c {
                    std::cmp::Ordering::Less
                } else if lo > c {
                    std::cmp::Ordering::Greater
                } else {
                    std::cmp::Ordering::Equal
                }
            })
            .is_ok(),
    }
}

/// An approximation of IDNA2008 PVALID and CONTEXT code points (RFC 5892).
/// Exact derivation needs Unicode tables the standard library lacks; this
/// admits letters, digits and combining marks, refuses upper case (IDNA2008
/// disallows characters that change under case folding) and the explicit
/// exceptions of RFC 5892 §2.6, and lets the contextual characters through
/// without checking their context.
fn is_idn_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '-';
    }
    match c {
        // RFC 5892 §2.6 exceptions: PVALID or CONTEXTO although not letters.
        '\u{00DF}' | '\u{03C2}' | '\u{06FD}' | '\u{06FE}' | '\u{0F0B}' | '\u{3007}' => true,
        '\u{00B7}' | '\u{0375}' | '\u{05F3}' | '\u{05F4}' | '\u{30FB}' => true,
        // ZERO WIDTH NON-JOINER and JOINER (CONTEXTJ).
        '\u{200C}' | '\u{200D}' => true,
        // RFC 5892 §2.6 exceptions: DISALLOWED although letter-like.
        '\u{0640}'
        | '\u{07FA}'
        | '\u{302E}'
        | '\u{302F}'
        | '\u{3031}'..='\u{3035}'
        | '\u{303B}' => false,
        _ => !c.is_uppercase() && (c.is_alphanumeric() || is_combining_mark(c)),
    }
}

/// Checks the decoded form of an internationalized label (RFC 5891 §4.2.3.1
/// hyphen rules, §4.2.3.2 leading combining marks, and the code point
/// approximation of [`is_idn_char`]).
fn is_u_label(label: &[char]) -> bool {
    let (Some(&first), Some(&last)) = (label.first(), label.last()) else {
        return false;
    };
    first != '-'
        && last != '-'
        && label.get(2..4) != Some(&['-', '-'][..])
        && !is_combining_mark(first)
        && label.iter().all(|&c| is_idn_char(c))
}

/// An `xn--` label: its Punycode must decode to a valid U-label that
/// contains non-ASCII text and re-encodes to the same Punycode (so that
/// every label has exactly one spelling, RFC 5891 §5.4).
fn is_a_label(label: &[u8]) -> bool {
    let Some(puny) = label.get(ACE_PREFIX_LEN..) else {
        return false;
    };
    let mut chars = ['\0'; LABEL_MAX];
    let Some(decoded) = punycode_decode(puny, &mut chars).and_then(|n| chars.get(..n)) else {
        return false;
    };
    !decoded.iter().all(char::is_ascii)
        && is_u_label(decoded)
        && punycode_encode(decoded, LABEL_MAX - ACE_PREFIX_LEN)
            .is_some_and(|encoded| encoded.as_slice().eq_ignore_ascii_case(puny))
}

/// RFC 1123 §2.1 label: 1–63 letters, digits and hyphens, not starting or
/// ending with a hyphen. Labels that start with `xn--` must be valid
/// A-labels; other labels with `--` in positions 3–4 are accepted, as
/// RFC 1123 allows them.
fn is_ldh_label(label: &[u8]) -> bool {
    let (Some(&first), Some(&last)) = (label.first(), label.last()) else {
        return false;
    };
    label.len() <= LABEL_MAX
        && first.is_ascii_alphanumeric()
        && last.is_ascii_alphanumeric()
        && label
            .iter()
            .all(|&c| c.is_ascii_alphanumeric() || c == b'-')
        && (!label
            .get(..ACE_PREFIX_LEN)
            .is_some_and(|p| p.eq_ignore_ascii_case(b"xn--"))
            || is_a_label(label))
}

/// RFC 1123 host name: dot-separated labels (see [`is_ldh_label`]), at most
/// 253 octets. A trailing dot (the DNS root) is rejected: the format names
/// a host, not a fully qualified DNS presentation name, and JSON Schema
/// validators agree on rejecting it.
pub(crate) fn is_hostname(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty() && b.len() <= NAME_MAX && b.split(|&c| c == b'.').all(is_ldh_label)
}

fn is_idn_separator(c: char) -> bool {
    // RFC 3490 §3.1: full stop, ideographic full stop, fullwidth full stop
    // and halfwidth ideographic full stop all separate labels.
    matches!(c, '.' | '\u{3002}' | '\u{FF0E}' | '\u{FF61}')
}

/// The length in octets of one label in its A-label form, if it is valid.
fn idn_label_len(label: &str) -> Option<usize> {
    if label.is_ascii() {
        return is_ldh_label(label.as_bytes()).then_some(label.len());
    }
    // Each code point costs at least one octet of the A-label, so a label
    // that does not fit the buffer is too long anyway.
    let mut chars = ['\0'; LABEL_MAX];
    let mut n = 0;
    for c in label.chars() {
        *chars.get_mut(n)? = c;
        n += 1;
    }
    let decoded = chars.get(..n)?;
    if !is_u_label(decoded) {
        return None;
    }
    let encoded = punycode_encode(decoded, LABEL_MAX - ACE_PREFIX_LEN)?;
    Some(ACE_PREFIX_LEN + encoded.len)
}

/// Internationalized host name (RFC 5890): labels are LDH labels, A-labels
/// or U-labels, separated by any of the four full stops of RFC 3490 §3.1.
/// Length limits apply to the A-label form, computed exactly by Punycode
/// encoding. Code points are checked by an approximation of IDNA2008 (see
/// [`is_idn_char`]); the contextual rules (RFC 5892 Appendix A), the Bidi
/// rule (RFC 5893) and NFC normalization are not checked.
pub(crate) fn is_idn_hostname(s: &str) -> bool {
    if s.is_empty() {
        return false;
    }
    let mut total = 0usize;
    for (i, label) in s.split(is_idn_separator).enumerate() {
        let Some(len) = idn_label_len(label) else {
            return false;
        };
        total += len + usize::from(i > 0);
        if total > NAME_MAX {
            return false;
        }
    }
    true
}

// ---------------------------------------------------------------------------
// E-mail addresses
// ---------------------------------------------------------------------------

/// RFC 5321 §4.5.3.1.1.
const LOCAL_PART_MAX: usize = 64;

fn is_atext(c: u8) -> bool {
    c.is_ascii_alphanumeric()
        || matches!(
            c,
            b'!' | b'#'
                | b'$'
                | b'%'
                | b'&'
                | b'\''
                | b'*'
                | b'+'
                | b'-'
                | b'/'
                | b'='
                | b'?'
                | b'^'
                | b'_'
                | b'`'
                | b'{'
                | b'|'
                | b'}'
                | b'~'
        )
}

/// Length of a leading `Dot-string`, or `None` if it is empty or has an
/// empty atom. Any byte of a non-ASCII character counts as atext when
/// `intl` (RFC 6531 adds `UTF8-non-ascii` to `atext`).
fn dot_string_len(b: &[u8], intl: bool) -> Option<usize> {
    let mut after_dot = true;
    for (i, &c) in b.iter().enumerate() {
        if c == b'.' {
            if after_dot {
                return None;
            }
            after_dot = true;
        } else if is_atext(c) || (intl && !c.is_ascii()) {
            after_dot = false;
        } else {
            return (!after_dot).then_some(i);
        }
    }
    (!after_dot).then_some(b.len())
}

/// Length of a leading `Quoted-string`, quotes included.
fn quoted_string_len(b: &[u8], intl: bool) -> Option<usize> {
    let mut bytes = b.iter().enumerate();
    if bytes.next().map(|(_, &c)| c) != Some(b'"') {
        return None;
    }
    while let Some((i, &c)) = bytes.next() {
        match c {
            b'"' => return Some(i + 1),
            b'\\' => {
                // quoted-pairSMTP: a backslash and one printable ASCII.
                let (_, &escaped) = bytes.next()?;
                if !(b' '..=b'~').contains(&escaped) {
                    return None;
                }
            }
            b' '..=b'~' => {}
            _ if intl && !c.is_ascii() => {}
            _ => return None,
        }
    }
    None
}

/// RFC 5321 `address-literal`, limited to the IPv4 and `IPv6:` forms; the
/// General-address-literal (a registered tag and free content) is refused
/// because no tags besides IPv6 are registered.
fn is_address_literal(inner: &str) -> bool {
    match inner.split_at_checked(5) {
        Some((tag, rest)) if tag.eq_ignore_ascii_case("IPv6:") => is_ipv6(rest),
        _ => is_ipv4(inner),
    }
}

fn is_mailbox(s: &str, intl: bool) -> bool {
    let b = s.as_bytes();
    let local_len = if b.first() == Some(&b'"') {
        quoted_string_len(b, intl)
    } else {
        dot_string_len(b, intl)
    };
    let Some(local_len) = local_len else {
        return false;
    };
    if local_len > LOCAL_PART_MAX || b.get(local_len) != Some(&b'@') {
        return false;
    }
    let Some(domain) = s.get(local_len + 1..) else {
        return false;
    };
    if let Some(literal) = domain.strip_prefix('[').and_then(|d| d.strip_suffix(']')) {
        return is_address_literal(literal);
    }
    if intl {
        is_idn_hostname(domain)
    } else {
        is_hostname(domain)
    }
}

/// RFC 5321 `Mailbox`: a dot-string or quoted-string local part of at most
/// 64 octets, `@`, and a host name or an address literal. Comments, display
/// names and folding white space belong to message headers (RFC 5322), not
/// to addresses, and are rejected.
pub(crate) fn is_email(s: &str) -> bool {
    is_mailbox(s, false)
}

/// RFC 6531 `Mailbox`: like [`is_email`], with non-ASCII characters allowed
/// in the local part and an internationalized host name as the domain.
pub(crate) fn is_idn_email(s: &str) -> bool {
    is_mailbox(s, true)
}

// ---------------------------------------------------------------------------
// IRIs and URI templates
// ---------------------------------------------------------------------------

/// RFC 3987 `IRI`: a URI (scheme required) that may also carry `ucschar`
/// in user info, host, path, query and fragment, and `iprivate` in the
/// query.
pub(crate) fn is_iri(s: &str) -> bool {
    is_uri_like(s, true, true)
}

/// RFC 3987 `IRI-reference`: an IRI or a relative reference.
pub(crate) fn is_iri_reference(s: &str) -> bool {
    is_uri_like(s, false, true)
}

/// RFC 6570 literal characters outside `%HH`. The RFC's ABNF leaves out the
/// apostrophe, but it is an RFC 3986 sub-delimiter that expansion itself
/// produces, and JSON Schema validators accept it; so does this check.
fn is_template_literal(c: u8) -> bool {
    matches!(c, 0x21 | 0x23..=0x24 | 0x26..=0x3B | 0x3D | 0x3F..=0x5B | 0x5D | 0x5F | 0x61..=0x7A | 0x7E)
}

/// `varspec = varname [ ":" max-length / "*" ]`, with
/// `varname = varchar *( ["."] varchar )`.
fn is_varspec(v: &[u8]) -> bool {
    let mut i = 0;
    let mut after_dot = true;
    loop {
        match v.get(i) {
            Some(c) if c.is_ascii_alphanumeric() || *c == b'_' => {
                i += 1;
                after_dot = false;
            }
            Some(b'%')
                if v.get(i + 1).is_some_and(u8::is_ascii_hexdigit)
                    && v.get(i + 2).is_some_and(u8::is_ascii_hexdigit) =>
            {
                i += 3;
                after_dot = false;
            }
            Some(b'.') if !after_dot => {
                i += 1;
                after_dot = true;
            }
            _ => break,
        }
    }
    if after_dot {
        // Empty name, or a name ending in a dot.
        return false;
    }
    match v.get(i..) {
        Some([] | [b'*']) => true,
        // max-length: 1–9999 without leading zeros.
        Some([b':', b'1'..=b'9', rest @ ..]) => {
            rest.len() <= 3 && rest.iter().all(u8::is_ascii_digit)
        }
        _ => false,
    }
}

/// `expression` without its braces: an optional operator and a non-empty,
/// comma-separated list of varspecs. The operators reserved for future
/// extensions (`=`, `,`, `!`, `@`, `|`) are rejected.
fn is_expression(e: &[u8]) -> bool {
    let vars = match e {
        [b'+' | b'#' | b'.' | b'/' | b';' | b'?' | b'&', rest @ ..] => rest,
        _ => e,
    };
    !vars.is_empty() && vars.split(|&c| c == b',').all(is_varspec)
}

/// RFC 6570 URI Template (up to level 4): literals, `%HH` triplets and
/// `{…}` expressions.
pub(crate) fn is_uri_template(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        if c == b'{' {
            let body_start = i + 1;
            let Some(close) = b
                .get(body_start..)
                .and_then(|r| r.iter().position(|&x| x == b'}'))
            else {
                return false;
            };
            let body_end = body_start + close;
            if !b.get(body_start..body_end).is_some_and(is_expression) {
                return false;
            }
            i = body_end + 1;
        } else if c == b'%' {
            if !(b.get(i + 1).is_some_and(u8::is_ascii_hexdigit)
                && b.get(i + 2).is_some_and(u8::is_ascii_hexdigit))
            {
                return false;
            }
            i += 3;
        } else if c.is_ascii() {
            if !is_template_literal(c) {
                return false;
            }
            i += 1;
        } else {
            let Some(ch) = s.get(i..).and_then(|t| t.chars().next()) else {
                return false;
            };
            if !(is_ucschar(ch) || is_iprivate(ch)) {
                return false;
            }
            i += ch.len_utf8();
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    // ---- IPv4 ----

    #[test]
    fn ipv4_accepts_dotted_quads_at_both_bounds() {
        for s in [
            "0.0.0.0",
            "255.255.255.255",
            "192.168.0.1",
            "200.0.0.0",
            "10.20.30.40",
            "249.250.199.100",
        ] {
            assert!(is_ipv4(s), "{s}");
        }
    }

    #[test]
    fn ipv4_rejects_out_of_range_and_leading_zeros() {
        for s in [
            "256.0.0.0",
            "0.0.0.256",
            "300.1.1.1",
            "999.1.1.1",
            "01.2.3.4",
            "1.2.3.00",
            "192.168.0.01",
            "1.2.3.1000",
        ] {
            assert!(!is_ipv4(s), "{s}");
        }
    }

    #[test]
    fn ipv4_rejects_other_shapes() {
        for s in [
            "",
            "127.0.0.0.1",
            "127.0",
            "127.1",
            "127.0.1",
            "0x7f000001",
            "2130706433",
            "0x7f.0.0.1",
            "192.168..1",
            ".192.168.0.1",
            "192.168.0.1.",
            "+1.2.3.4",
            "-1.2.3.4",
            "1e2.0.0.1",
            "192.168.a.1",
            "192. 168.0.1",
            " 192.168.0.1",
            "192.168.0.1\n",
            "192.168.0.1/24",
            "192.168.0.1:80",
            "::ffff:192.168.0.1",
            "1\u{09E8}7.0.0.1",
            "\u{FF11}\u{FF19}\u{FF12}.1.1.1",
            "192.168.0.1\0.evil.com",
        ] {
            assert!(!is_ipv4(s), "{s:?}");
        }
    }

    // ---- IPv6 ----

    #[test]
    fn ipv6_accepts_rfc4291_forms() {
        for s in [
            "::",
            "::1",
            "1::",
            "::abef",
            "::42:ff:1",
            "d6::",
            "1:d6::42",
            "1:2:3:4:5:6:7:8",
            "1:2:3:4:5:6:7::",
            "::2:3:4:5:6:7:8",
            "FFFF:ffff:FfFf:0:0:0:0:0",
            "2001:db8::8:800:200c:417a",
            "1::d6:192.168.0.1",
            "1:2::192.168.0.1",
            "::ffff:192.168.0.1",
            "::1.2.3.4",
            "1:2:3:4:5:6:1.2.3.4",
            "1000:1000:1000:1000:1000:1000:255.255.255.255",
            "0000:0000:0000:0000:0000:0000:0000:0000",
        ] {
            assert!(is_ipv6(s), "{s}");
        }
    }

    #[test]
    fn ipv6_rejects_malformed_forms() {
        for s in [
            "",
            ":",
            ":::",
            "1",
            "12345::",
            "::abcef",
            "1:1:1:1:1:1:1:1:1:1:1:1:1:1:1:1",
            "1:2:3:4:5:6:7:8:9",
            "1:2:3:4:5:6:7:8::",
            "::1:2:3:4:5:6:7:8",
            "::laptop",
            ":2:3:4:5:6:7:8",
            "1:2:3:4:5:6:7:",
            ":2:3:4::8",
            "1::d6::42",
            "1:2:3:4:5:::8",
            "1:2:3:4:5:6:7",
            "127.0.0.1",
            "1::2:192.168.256.1",
            "1::2:192.168.ff.1",
            "1:2:3:4:1.2.3",
            "1:2:3:4:5:6:7:1.2.3.4",
            "1:2:3:4:5:6:7:8:1.2.3.4",
            "100:100:100:100:100:100:255.255.255.255.255",
            "1.2.3.4::",
            "::1.2.3.4:1",
            "::ffff:192.168.0.01",
            "  ::1",
            "::1  ",
            "fe80::/64",
            "fe80::a%eth1",
            "[::1]",
            "1:2:3:4:5:6:7:\u{09EA}",
            "1:2::192.16\u{09EA}.0.1",
            "g::",
        ] {
            assert!(!is_ipv6(s), "{s:?}");
        }
    }

    // ---- Punycode ----

    fn chars_of(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    fn decode(s: &str) -> Option<String> {
        let mut out = ['\0'; LABEL_MAX];
        let n = punycode_decode(s.as_bytes(), &mut out)?;
        Some(out.get(..n)?.iter().collect())
    }

    fn encode(s: &str) -> Option<String> {
        let out = punycode_encode(&chars_of(s), LABEL_MAX)?;
        String::from_utf8(out.as_slice().to_vec()).ok()
    }

    #[test]
    fn punycode_round_trips_known_vectors() {
        let vectors = [
            ("b\u{00FC}cher", "bcher-kva"),
            ("m\u{00FC}nchen", "mnchen-3ya"),
            ("espa\u{00F1}a", "espaa-rta"),
            (
                "\u{4ED6}\u{4EEC}\u{4E3A}\u{4EC0}\u{4E48}\u{4E0D}\u{8BF4}\u{4E2D}\u{6587}",
                "ihqwcrb4cv8a8dqg056pqjye",
            ),
            (
                "\u{0644}\u{064A}\u{0647}\u{0645}\u{0627}\u{0628}\u{062A}\u{0643}\u{0644}\u{0645}\u{0648}\u{0634}\u{0639}\u{0631}\u{0628}\u{064A}\u{061F}",
                "egbpdaj6bu4bxfgehfvwxn",
            ),
            ("\u{C2E4}\u{B840}", "9n2bp8q"),
            ("\u{D14C}\u{C2A4}\u{D2B8}", "9t4b11yi5a"),
        ];
        for (unicode, puny) in vectors {
            assert_eq!(encode(unicode).as_deref(), Some(puny), "{unicode}");
            assert_eq!(decode(puny).as_deref(), Some(unicode), "{puny}");
        }
    }

    #[test]
    fn punycode_rejects_malformed_input() {
        for s in [
            "X",
            "99999999999",
            "a\u{00E9}-b",
            "-!",
            "zzzzzzzzzzzzzzzzzzzzzzzzzzzzz",
        ] {
            assert_eq!(decode(s), None, "{s}");
        }
    }

    /// Distinct, widely spaced code points, each of which costs several
    /// Punycode digits.
    fn spread_han(count: u32) -> String {
        (0..count)
            .filter_map(|k| char::from_u32(0x4E00 + 997 * k))
            .collect()
    }

    #[test]
    fn punycode_encoding_respects_the_limit() {
        let long = spread_han(20);
        assert!(punycode_encode(&chars_of(&long), LABEL_MAX - ACE_PREFIX_LEN).is_none());
        assert!(punycode_encode(&chars_of(&spread_han(5)), LABEL_MAX - ACE_PREFIX_LEN).is_some());
        // Repeats are cheap: each further copy costs one digit.
        let repeated = "\u{00FC}".repeat(40);
        assert!(punycode_encode(&chars_of(&repeated), LABEL_MAX - ACE_PREFIX_LEN).is_some());
        assert!(
            punycode_encode(
                &chars_of(&"\u{00FC}".repeat(60)),
                LABEL_MAX - ACE_PREFIX_LEN
            )
            .is_none()
        );
    }

    // ---- host names ----

    #[test]
    fn hostname_accepts_rfc1123_names() {
        for s in [
            "www.example.com",
            "hostname",
            "h0stn4me",
            "1host",
            "hostnam3",
            "host-name",
            "a--b.com",
            "ab--cd.example",
            "EXAMPLE.COM",
            "1.2.3.4",
            "a",
            "xn--nw2a.xn--j6w193g",
            "xn--9n2bp8q.xn--9t4b11yi5a",
            "XN--BCHER-KVA.example",
            "xn--ihqwcrb4cv8a8dqg056pqjye",
        ] {
            assert!(is_hostname(s), "{s}");
        }
    }

    #[test]
    fn hostname_label_length_bounds() {
        let max = "a".repeat(63);
        assert!(is_hostname(&max));
        assert!(is_hostname(&format!("{max}.com")));
        assert!(!is_hostname(&"a".repeat(64)));
        assert!(!is_hostname(&format!("{}.com", "a".repeat(64))));
    }

    #[test]
    fn hostname_total_length_bounds() {
        // 4 labels of 63 and a one-letter label: 63*4 + 3 dots = 255 + ...
        let label = "a".repeat(63);
        let name_253 = format!("{label}.{label}.{label}.{}", "a".repeat(61));
        assert_eq!(name_253.len(), 253);
        assert!(is_hostname(&name_253));
        let name_254 = format!("{label}.{label}.{label}.{}", "a".repeat(62));
        assert!(!is_hostname(&name_254));
        assert!(!is_hostname(&"a.".repeat(100_000)));
    }

    #[test]
    fn hostname_rejects_bad_labels() {
        for s in [
            "",
            ".",
            ".example",
            "example.",
            "a..b",
            "-hostname",
            "hostname-",
            "-",
            "host_name",
            "_host",
            "host name",
            "example.com\n",
            "example\u{FF0E}com",
            "\u{212A}elvin.example.com",
            "m\u{00FC}nchen.de",
            "a@b",
        ] {
            assert!(!is_hostname(s), "{s:?}");
        }
    }

    #[test]
    fn hostname_checks_a_labels() {
        for s in [
            "xn--X",
            "xn--",
            "xn--example-",
            "xn---9uc",
            "XN--aa---o47jg78q",
            "xn--07jt112bpxg.xn--9t4b11yi5a",
            "xn--hello-zed",
            "xn--hello-6bf",
            "xn--chb89f",
            "xn--07jceefgh4c",
            "xn--a",
            "xn--zzzzzzzzzzzzzzzzzzzz",
        ] {
            assert!(!is_hostname(s), "{s}");
        }
        for s in [
            "xn--zca29lwxobi7a",
            "xn--qmbc",
            "xn--ll-0ea",
            "xn--4dbc5h",
            "xn--k8j5u",
        ] {
            assert!(is_hostname(s), "{s}");
        }
    }

    #[test]
    fn idn_hostname_accepts_unicode_labels() {
        for s in [
            "\u{C2E4}\u{B840}.\u{D14C}\u{C2A4}\u{D2B8}",
            "m\u{00FC}nchen.de",
            "\u{00DF}\u{03C2}\u{0F0B}\u{3007}",
            "\u{06FD}\u{06FE}",
            "\u{0915}\u{094D}\u{200D}\u{0937}",
            "\u{0939}\u{093F}\u{0928}\u{094D}\u{0926}\u{0940}",
            "\u{0BA4}\u{0BAE}\u{0BBF}\u{0BB4}\u{0BCD}",
            "hostname",
            "xn--ihqwcrb4cv8a8dqg056pqjye",
            "a\u{3002}b",
            "a\u{FF0E}b",
            "a\u{FF61}b",
            "caf\u{0065}\u{0301}.com",
        ] {
            assert!(is_idn_hostname(s), "{s}");
        }
    }

    #[test]
    fn idn_hostname_rejects_disallowed_code_points() {
        for s in [
            "\u{302E}\u{C2E4}\u{B840}.\u{D14C}\u{C2A4}\u{D2B8}",
            "\u{C2E4}\u{302E}\u{B840}",
            "\u{0640}\u{07FA}",
            "\u{3031}\u{3032}",
            "\u{0903}hello",
            "\u{0300}hello",
            "\u{0488}hello",
            "-> $1.00 <--",
            "\u{212A}elvin",
            "M\u{00DC}NCHEN",
            "a\u{00A0}b",
            "a\u{1F600}b",
            "a_b",
            "a\u{2024}b",
        ] {
            assert!(!is_idn_hostname(s), "{s}");
        }
    }

    #[test]
    fn idn_hostname_applies_hyphen_rules_to_u_labels() {
        for s in [
            "-hello",
            "hello-",
            "-hello-",
            "ab--\u{00FC}",
            "xn--X",
            "XN--aa---o47jg78q",
        ] {
            assert!(!is_idn_hostname(s), "{s}");
        }
        assert!(is_idn_hostname("a-\u{00FC}"));
    }

    #[test]
    fn idn_hostname_rejects_empty_labels() {
        for s in [
            "",
            ".",
            "\u{3002}",
            "\u{FF0E}",
            "\u{FF61}",
            ".example",
            "\u{3002}example",
            "example.",
            "example\u{FF61}",
            "a..b",
            "a\u{3002}\u{3002}b",
        ] {
            assert!(!is_idn_hostname(s), "{s}");
        }
    }

    #[test]
    fn idn_hostname_limits_a_label_length() {
        let ascii_63 = "a".repeat(63);
        assert!(is_idn_hostname(&ascii_63));
        assert!(!is_idn_hostname(&"a".repeat(64)));
        // 20 distinct ideographs encode to far more than 59 characters.
        assert!(!is_idn_hostname(&spread_han(20)));
        assert!(is_idn_hostname(&spread_han(5)));
        assert!(is_idn_hostname(&"\u{00FC}".repeat(40)));
        assert!(!is_idn_hostname(&"\u{00FC}".repeat(60)));
        // Short in characters, too long as a whole name once encoded.
        let label = format!("{}\u{00FC}", "a".repeat(45));
        let name = [label.as_str(); 5].join(".");
        assert!(name.chars().count() < 253);
        assert!(!is_idn_hostname(&name));
        let greek =
            "\u{03C0}\u{03B1}\u{03C1}\u{03AC}\u{03B4}\u{03B5}\u{03B9}\u{03B3}\u{03BC}\u{03B1}";
        assert!(is_idn_hostname(&format!("{greek}.{greek}")));
        assert!(!is_idn_hostname(&"\u{00FC}".repeat(100_000)));
    }

    // ---- e-mail ----

    #[test]
    fn email_accepts_rfc5321_mailboxes() {
        for s in [
            "joe.bloggs@example.com",
            "te~st@example.com",
            "~test@example.com",
            "test~@example.com",
            "\"joe bloggs\"@example.com",
            "\"joe..bloggs\"@example.com",
            "\"joe@bloggs\"@example.com",
            "\"a\\\"b\"@example.com",
            "\"\"@example.com",
            "joe.bloggs@[127.0.0.1]",
            "joe.bloggs@[IPv6:::1]",
            "joe.bloggs@[ipv6:2001:db8::1]",
            "te.s.t@example.com",
            "!#$%&'*+-/=?^_`{|}~@example.com",
            "a@b",
            "user@xn--mnchen-3ya.de",
        ] {
            assert!(is_email(s), "{s}");
        }
    }

    #[test]
    fn email_rejects_malformed_addresses() {
        for s in [
            "",
            "2962",
            "@example.com",
            "joe.bloggs@",
            ".test@example.com",
            "test.@example.com",
            "te..st@example.com",
            "joe bloggs@example.com",
            "joe.bloggs@invalid=domain.com",
            "joe.bloggs@[127.0.0.300]",
            "joe.bloggs@[IPv6:1::2::3]",
            "joe.bloggs@[::1]",
            "joe.bloggs@[x-tag:content]",
            "joe.bloggs@[127.0.0.1",
            "user1@oceania.org, user2@oceania.org",
            "\"Winston Smith\" <winston.smith@recdep.minitrue> (Records Department)",
            "a@b@c.com",
            "\"unterminated@example.com",
            "\"a\"b@example.com",
            "\"a\\\u{00E9}\"@example.com",
            "\"tab\there\"@example.com",
            "a(comment)@example.com",
            "a@example.com.",
            "\u{03B4}@example.com",
            "user@caf\u{00E9}.com",
        ] {
            assert!(!is_email(s), "{s:?}");
        }
    }

    #[test]
    fn email_limits_local_part_to_64_octets() {
        let ok = format!("{}@example.com", "a".repeat(64));
        let long = format!("{}@example.com", "a".repeat(65));
        assert!(is_email(&ok));
        assert!(!is_email(&long));
        let quoted = format!("\"{}\"@example.com", "a".repeat(62));
        assert!(is_email(&quoted));
        let quoted_long = format!("\"{}\"@example.com", "a".repeat(63));
        assert!(!is_email(&quoted_long));
    }

    #[test]
    fn idn_email_accepts_non_ascii() {
        for s in [
            "\u{C2E4}\u{B840}@\u{C2E4}\u{B840}.\u{D14C}\u{C2A4}\u{D2B8}",
            "joe.bloggs@example.com",
            "\u{03B4}\u{03BF}\u{03BA}\u{03B9}\u{03BC}\u{03AE}@example.com",
            "\"\u{03B4}\u{03BF}\u{03BA}\u{03B9}\u{03BC}\u{03AE}\"@example.com",
            "user@cafe\u{0301}.com",
            "\u{0085}@example.com",
            "\u{FFFF}@example.com",
            "\u{1D54F}@example.com",
            "user@[IPv6:::1]",
        ] {
            assert!(is_idn_email(s), "{s:?}");
        }
    }

    #[test]
    fn idn_email_rejects_malformed_addresses() {
        for s in [
            "2962",
            "user\u{FF20}example.com",
            ".\u{03B4}@example.com",
            "\u{03B4}..x@example.com",
            "a b@example.com",
            "user@exa mple.com",
            "user@",
        ] {
            assert!(!is_idn_email(s), "{s:?}");
        }
        // 64 octets is the limit, counted in UTF-8 bytes.
        let ok = format!("{}@example.com", "\u{00E9}".repeat(32));
        let long = format!("{}@example.com", "\u{00E9}".repeat(33));
        assert!(is_idn_email(&ok));
        assert!(!is_idn_email(&long));
    }

    // ---- IRI ----

    #[test]
    fn iri_accepts_unicode_in_components() {
        for s in [
            "http://\u{0192}\u{00F8}\u{00F8}.\u{00DF}\u{00E5}r/?\u{2202}\u{00E9}\u{0153}=\u{03C0}\u{00EE}x#\u{03C0}\u{00EE}\u{00FC}x",
            "http://\u{0192}\u{00F8}\u{00F8}.com/blah_(w\u{00EE}k\u{00EF}p\u{00E9}di\u{00E5})_blah#\u{00DF}it\u{00E9}-1",
            "http://-.~_!$&'()*+,;=:%40:80%2f::::::@example.com",
            "http://[2001:0db8:85a3:0000:0000:8a2e:0370:7334]",
            "http://[V1.fe]",
            "http://192.168.0.1/p",
            "urn:example:resource",
            "file:/etc/hosts",
            "http://\u{0192}\u{00F8}\u{00F8}.\u{00DF}\u{00E5}r/\u{10300}",
            "http://\u{0192}\u{00F8}\u{00F8}.\u{00DF}\u{00E5}r/?q=\u{F0000}",
            "http://us\u{00E9}r@host/",
        ] {
            assert!(is_iri(s), "{s}");
            assert!(is_iri_reference(s), "{s}");
        }
    }

    #[test]
    fn iri_rejects_relative_and_malformed() {
        for s in [
            "/abc",
            "\u{00E2}\u{03C0}\u{03C0}",
            "\\\\WINDOWS\\fil\u{00EB}\u{00DF}\u{00E5}r\u{00E9}",
            "http://2001:0db8:85a3:0000:0000:8a2e:0370:7334",
            "http://[::ffff:192.168.0.01]",
            "http://\u{0192}\u{00F8}\u{00F8}.\u{00DF}\u{00E5}r/\n",
            "http://host/\u{F0000}",
            "http://host/#\u{E000}",
            "http://host/\u{FFFE}",
            "http://host/\u{E0001}",
            "http://host/\u{FFF0}x",
            "http://host/ x",
        ] {
            assert!(!is_iri(s), "{s:?}");
        }
    }

    #[test]
    fn iri_reference_accepts_relative_unicode() {
        for s in [
            "//\u{0192}\u{00F8}\u{00F8}.\u{00DF}\u{00E5}r/?\u{2202}\u{00E9}\u{0153}=\u{03C0}\u{00EE}x#\u{03C0}\u{00EE}\u{00FC}x",
            "/\u{00E2}\u{03C0}\u{03C0}",
            "\u{00E2}\u{03C0}\u{03C0}",
            "#\u{0192}r\u{00E4}gm\u{00EA}nt",
            "",
        ] {
            assert!(is_iri_reference(s), "{s}");
        }
        assert!(!is_iri_reference("#\u{0192}r\u{00E4}g\\m\u{00EA}nt"));
        assert!(!is_iri_reference("\u{00E2}:\u{03C0}"));
    }

    #[test]
    fn ucschar_bounds() {
        for c in [
            '\u{A0}',
            '\u{D7FF}',
            '\u{F900}',
            '\u{FDCF}',
            '\u{FDF0}',
            '\u{FFEF}',
            '\u{10000}',
            '\u{1FFFD}',
            '\u{E1000}',
            '\u{EFFFD}',
        ] {
            assert!(is_ucschar(c), "{:X}", u32::from(c));
        }
        for c in [
            '\u{9F}',
            '\u{E000}',
            '\u{FDD0}',
            '\u{FFF0}',
            '\u{1FFFE}',
            '\u{E0000}',
            '\u{E0FFF}',
            '\u{EFFFE}',
            '\u{F0000}',
        ] {
            assert!(!is_ucschar(c), "{:X}", u32::from(c));
        }
        for c in [
            '\u{E000}',
            '\u{F8FF}',
            '\u{F0000}',
            '\u{FFFFD}',
            '\u{100000}',
            '\u{10FFFD}',
        ] {
            assert!(is_iprivate(c), "{:X}", u32::from(c));
        }
        for c in ['\u{D7FF}', '\u{F900}', '\u{FFFFE}', '\u{10FFFE}'] {
            assert!(!is_iprivate(c), "{:X}", u32::from(c));
        }
    }

    // ---- URI templates ----

    #[test]
    fn uri_template_accepts_rfc6570_syntax() {
        for s in [
            "",
            "http://example.com/dictionary/{term:1}/{term}",
            "http://example.com/dictionary",
            "dictionary/{term:1}/{term}",
            "a%41b",
            "a\u{1F600}b",
            "{+var}",
            "{#var}",
            "{.var}",
            "{/var}",
            "{;var}",
            "{?var}",
            "{&var}",
            "{var*}",
            "{x,y}",
            "{a.b}",
            "{%41}",
            "{v:1}",
            "{v:1000}",
            "{v:9999}",
            "{?x,y*,z:3}",
            "a'b",
            "{_}",
            "{a.b.c}",
            "[{a}]",
            "x\u{E000}y",
        ] {
            assert!(is_uri_template(s), "{s}");
        }
    }

    #[test]
    fn uri_template_rejects_malformed_expressions() {
        for s in [
            "http://example.com/dictionary/{term:1}/{term",
            "{}",
            "{+}",
            "{a,,b}",
            "{a,}",
            "{,a}",
            "{,+var}",
            "{v:0}",
            "{v:01}",
            "{v:10000}",
            "{v:}",
            "{v*:1}",
            "{v**}",
            "{a..b}",
            "{.a.}",
            "{..a}",
            "{a.}",
            "{var=def}",
            "{=var}",
            "{!var}",
            "{@var}",
            "{|var}",
            "{a b}",
            "{a-b}",
            "{%4}",
            "{{a}}",
            "{a{b}",
            "{\u{00E9}}",
            "foo}bar",
            "a b",
            "a\u{7F}b",
            "a\"b",
            "a<b",
            "a>b",
            "a\\b",
            "a^b",
            "a`b",
            "a|b",
            "a%",
            "a%4",
            "a%zz",
            "a\u{FFFE}b",
            "a\nb",
        ] {
            assert!(!is_uri_template(s), "{s:?}");
        }
    }

    #[test]
    fn uri_template_handles_long_inputs() {
        let long = "{a}/".repeat(50_000);
        assert!(is_uri_template(&long));
        let unclosed = format!("{}{{", "x".repeat(100_000));
        assert!(!is_uri_template(&unclosed));
    }
}
