//! Compiled constraints of the validation and conditional composition
//! extensions, held by a node in one boxed [`Checks`] so that nodes without
//! any stay small.
//!
//! Everything is parsed at compile time: numeric limits are [`Exact`]
//! decimals with machine-number shortcuts, patterns are compiled, formats
//! are resolved to a checker, subschemas are node ids.

use std::cmp::Ordering;
use std::sync::Arc;

use serde_json::Number;

use crate::codes;
use crate::formats::{self, Exact};
use crate::node::NodeId;
use crate::pattern::Pattern;

/// The extension constraints of one schema object. Each group applies only
/// to values of its JSON kind; a group is absent when the schema's type
/// does not fit it (validation §Validation Keywords lists each keyword's
/// types; a keyword on a type it does not fit is reported by the schema
/// checker and not enforced here).
#[derive(Debug, Default)]
pub(crate) struct Checks {
    pub(crate) number: Option<NumberChecks>,
    pub(crate) string: Option<StringChecks>,
    pub(crate) array: Option<ArrayChecks>,
    /// `minProperties`, `maxProperties`, `dependentRequired`,
    /// `patternProperties`, `propertyNames`, `has` on objects.
    pub(crate) object: Option<MemberChecks>,
    /// `minEntries`, `maxEntries`, `patternKeys`, `keyNames`, `has` on maps.
    pub(crate) map: Option<MemberChecks>,
    pub(crate) compose: Option<Composition>,
}

impl Checks {
    pub(crate) fn is_empty(&self) -> bool {
        self.number.is_none()
            && self.string.is_none()
            && self.array.is_none()
            && self.object.is_none()
            && self.map.is_none()
            && self.compose.is_none()
    }

    /// Whether any of these constraints looks at a value (or its members)
    /// more than once; see [`crate::node::Node::needs_value`].
    pub(crate) fn needs_value(&self) -> bool {
        self.compose.is_some()
            || self
                .array
                .as_ref()
                .is_some_and(|a| a.unique || a.contains.is_some())
            || [&self.object, &self.map]
                .into_iter()
                .flatten()
                .any(|m| m.has.is_some() || !m.patterns.is_empty())
    }

    /// Subschemas that validate the very value this node validates
    /// (composition operands), for reference-cycle detection.
    pub(crate) fn same_value_targets(&self) -> impl Iterator<Item = NodeId> + '_ {
        self.compose.iter().flat_map(Composition::operands)
    }
}

/// A number as the walker sees it: a JSON integer, a JSON float, or the
/// decimal text that carries a large numeric type.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Num<'a> {
    Int(i128),
    Float(f64),
    Text(&'a str),
}

impl<'a> Num<'a> {
    pub(crate) fn of(n: &Number) -> Num<'a> {
        if let Some(i) = n.as_i64() {
            Num::Int(i.into())
        } else if let Some(u) = n.as_u64() {
            Num::Int(u.into())
        } else {
            Num::Float(n.as_f64().unwrap_or(f64::NAN))
        }
    }

    /// The exact value; for floats, that of the shortest decimal text that
    /// reads back as the same `f64` (see [`Exact::from_f64`]).
    fn exact(self) -> Option<Exact> {
        match self {
            Num::Int(i) => Some(Exact::from_i128(i)),
            Num::Float(f) => Exact::from_f64(f),
            Num::Text(s) => Exact::parse_json_number(s),
        }
    }
}

/// Integers up to 2^53 are exact in `f64`.
const F64_EXACT_INT: f64 = 9_007_199_254_740_992.0;

/// A numeric bound. Comparisons are exact: `int` and `float` are shortcuts
/// taken only where they give the same answer as comparing [`Exact`]s.
#[derive(Debug)]
pub(crate) struct Limit {
    pub(crate) exact: Exact,
    /// The bound as an integer, when it is one that fits.
    int: Option<i128>,
    /// The bound as an `f64` whose shortest decimal text is the bound
    /// itself. Comparing two such doubles orders them exactly as their
    /// decimal texts, since rounding to the nearest double is monotonic.
    float: Option<f64>,
}

impl Limit {
    pub(crate) fn new(exact: Exact) -> Limit {
        let text = exact.to_string();
        let int = if exact.is_integer() {
            text.parse::<i128>().ok()
        } else {
            None
        };
        let float = text
            .parse::<f64>()
            .ok()
            .filter(|f| Exact::from_f64(*f).as_ref() == Some(&exact));
        Limit { exact, int, float }
    }

    /// How `v` compares with the bound; `None` when `v` is not a number
    /// (a malformed large-number string, which the type check reports).
    pub(crate) fn compare(&self, v: Num<'_>) -> Option<Ordering> {
        match (v, self.int, self.float) {
            (Num::Int(i), Some(l), _) => Some(i.cmp(&l)),
            (Num::Float(f), _, Some(l)) => f.partial_cmp(&l),
            (Num::Int(i), None, Some(l)) if (i.unsigned_abs() as f64) <= F64_EXACT_INT =>
            {
                #[allow(clippy::cast_precision_loss)]
                (i as f64).partial_cmp(&l)
            }
            (Num::Text(s), Some(l), _) => match plain_int(s) {
                Some(i) => Some(i.cmp(&l)),
                None => Some(Exact::parse_json_number(s)?.cmp(&self.exact)),
            },
            _ => Some(v.exact()?.cmp(&self.exact)),
        }
    }
}

/// `s` as an integer when it is a JSON integer (no `+`, no leading zeros)
/// of at most 38 digits, which always fits `i128`.
fn plain_int(s: &str) -> Option<i128> {
    let digits = s.strip_prefix('-').unwrap_or(s).as_bytes();
    let plain = match digits {
        [b'0'] => true,
        [b'1'..=b'9', rest @ ..] => rest.len() < 38 && rest.iter().all(u8::is_ascii_digit),
        _ => false,
    };
    if plain { s.parse().ok() } else { None }
}

/// A `multipleOf` divisor (positive, checked at compile time).
#[derive(Debug)]
pub(crate) struct Divisor {
    pub(crate) exact: Exact,
    int: Option<i128>,
    /// The divisor as `B × 10^-k` with `B < 10^15` and `1 ≤ k ≤ 22`, for
    /// the float shortcut in [`Divisor::divides`].
    scaled: Option<(i64, usize)>,
}

/// Powers of ten that are exact `f64`s.
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// Decimals of up to 15 significant digits survive a round trip through
/// `f64` (DBL_DIG), so such a decimal is the shortest text of its double.
const F64_DIGITS_EXACT: f64 = 1e15;

/// `text` (as [`Exact`] displays itself) as an integer mantissa and a
/// power of ten.
fn mantissa_exponent(text: &str) -> Option<(i128, i64)> {
    let (number, exp) = match text.split_once('e') {
        Some((n, e)) => (n, e.parse::<i64>().ok()?),
        None => (text, 0),
    };
    let (int, frac) = number.split_once('.').unwrap_or((number, ""));
    let digits = format!("{int}{frac}");
    let exp = exp.checked_sub(i64::try_from(frac.len()).ok()?)?;
    Some((digits.parse().ok()?, exp))
}

impl Divisor {
    pub(crate) fn new(exact: Exact) -> Divisor {
        let int = if exact.is_integer() {
            exact.to_string().parse::<i128>().ok().filter(|d| *d > 0)
        } else {
            None
        };
        let scaled = mantissa_exponent(&exact.to_string()).and_then(|(b, e)| {
            let k = usize::try_from(-e)
                .ok()
                .filter(|k| (1..POW10.len()).contains(k))?;
            let b = i64::try_from(b)
                .ok()
                .filter(|b| *b > 0 && (*b as f64) < F64_DIGITS_EXACT)?;
            Some((b, k))
        });
        Divisor { exact, int, scaled }
    }

    /// Whether `v` is an integer multiple of the divisor, decided exactly
    /// on decimal values: `0.3` is a multiple of `0.1`.
    pub(crate) fn divides(&self, v: Num<'_>) -> Option<bool> {
        match (v, self.int) {
            // 64-bit division is several times cheaper than 128-bit.
            (Num::Int(i), Some(d)) => Some(match (i64::try_from(i), i64::try_from(d)) {
                (Ok(i), Ok(d)) => i % d == 0,
                _ => i % d == 0,
            }),
            #[allow(clippy::cast_possible_truncation)]
            (Num::Float(f), Some(d)) if f.fract() == 0.0 && f.abs() <= F64_EXACT_INT => {
                Some((f as i128) % d == 0)
            }
            (Num::Float(f), None) => match self.float_shortcut(f) {
                Some(answer) => Some(answer),
                None => Some(v.exact()?.is_multiple_of(&self.exact)),
            },
            _ => Some(v.exact()?.is_multiple_of(&self.exact)),
        }
    }

    /// Decides `f` against `B × 10^-k` without printing `f`: when some
    /// integer `m` below 10^15 has `m / 10^k` round to `f`, that decimal is
    /// `f`'s shortest text (it survives the round trip, and no shorter text
    /// of another value can), so `f` is a multiple exactly when `B | m`.
    /// `None` when `f` has no such short decimal form.
    fn float_shortcut(&self, f: f64) -> Option<bool> {
        let (b, k) = self.scaled?;
        let p = *POW10.get(k)?;
        let m = (f * p).round();
        if m.abs() >= F64_DIGITS_EXACT || m / p != f {
            return None;
        }
        #[allow(clippy::cast_possible_truncation)]
        Some((m as i64) % b == 0)
    }
}

#[derive(Debug, Default)]
pub(crate) struct NumberChecks {
    pub(crate) minimum: Option<Limit>,
    pub(crate) maximum: Option<Limit>,
    pub(crate) exclusive_minimum: Option<Limit>,
    pub(crate) exclusive_maximum: Option<Limit>,
    pub(crate) multiple_of: Option<Divisor>,
    /// Whether numeric strings (how `int64` … `decimal` are carried) are
    /// checked, besides JSON numbers.
    pub(crate) strings: bool,
}

impl NumberChecks {
    pub(crate) fn is_empty(&self) -> bool {
        self.minimum.is_none()
            && self.maximum.is_none()
            && self.exclusive_minimum.is_none()
            && self.exclusive_maximum.is_none()
            && self.multiple_of.is_none()
    }
}

#[derive(Debug, Default)]
pub(crate) struct StringChecks {
    /// In Unicode code points (DESIGN §2.3).
    pub(crate) min_length: Option<u64>,
    pub(crate) pattern: Option<Arc<Pattern>>,
    pub(crate) format: Option<Format>,
}

#[derive(Debug, Default)]
pub(crate) struct ArrayChecks {
    pub(crate) min_items: Option<u64>,
    pub(crate) max_items: Option<u64>,
    pub(crate) unique: bool,
    pub(crate) contains: Option<Contains>,
}

#[derive(Debug)]
pub(crate) struct Contains {
    pub(crate) node: NodeId,
    /// `minContains`, 1 when absent.
    pub(crate) min: u64,
    /// The keyword a shortfall is reported at: `minContains` when given,
    /// else `contains`.
    pub(crate) min_keyword: &'static str,
    pub(crate) max: Option<u64>,
}

#[derive(Debug, Default)]
pub(crate) struct MemberChecks {
    pub(crate) min: Option<u64>,
    pub(crate) max: Option<u64>,
    /// `dependentRequired`: when the first name is present, all the others
    /// must be (objects only).
    pub(crate) dependent_required: Box<[Dependency]>,
    /// `patternProperties` / `patternKeys`: values of members whose name
    /// matches must validate against the node.
    pub(crate) patterns: Box<[PatternSchema]>,
    /// `propertyNames` / `keyNames`: a string schema every name satisfies.
    pub(crate) names: Option<NodeId>,
    /// `has`: at least one member value validates against it.
    pub(crate) has: Option<NodeId>,
}

/// One `dependentRequired` entry.
#[derive(Debug)]
pub(crate) struct Dependency {
    pub(crate) name: Box<str>,
    pub(crate) requires: Box<[Box<str>]>,
}

#[derive(Debug)]
pub(crate) struct PatternSchema {
    pub(crate) pattern: Arc<Pattern>,
    pub(crate) node: NodeId,
}

/// The keyword names and codes that differ between the object and the map
/// flavour of [`MemberChecks`] (validation §Object and Map Validation Keywords).
pub(crate) struct MemberWords {
    pub(crate) min: &'static str,
    pub(crate) max: &'static str,
    pub(crate) patterns: &'static str,
    pub(crate) names: &'static str,
    pub(crate) min_code: &'static str,
    pub(crate) max_code: &'static str,
    pub(crate) names_code: &'static str,
    /// "property" or "entry", for messages.
    pub(crate) member: &'static str,
    /// "property name" or "key", for messages.
    pub(crate) name: &'static str,
}

pub(crate) const OBJECT_WORDS: MemberWords = MemberWords {
    min: "minProperties",
    max: "maxProperties",
    patterns: "patternProperties",
    names: "propertyNames",
    min_code: codes::INSTANCE_MIN_PROPERTIES,
    max_code: codes::INSTANCE_MAX_PROPERTIES,
    names_code: codes::INSTANCE_PROPERTY_NAME_INVALID,
    member: "property",
    name: "property name",
};

pub(crate) const MAP_WORDS: MemberWords = MemberWords {
    min: "minEntries",
    max: "maxEntries",
    patterns: "patternKeys",
    names: "keyNames",
    min_code: codes::INSTANCE_MAP_MIN_ENTRIES,
    max_code: codes::INSTANCE_MAP_MAX_ENTRIES,
    names_code: codes::INSTANCE_MAP_KEY_INVALID,
    member: "entry",
    name: "key",
};

/// The conditional composition keywords of one schema object.
#[derive(Debug, Default)]
pub(crate) struct Composition {
    pub(crate) all_of: Box<[NodeId]>,
    pub(crate) any_of: Box<[NodeId]>,
    pub(crate) one_of: Box<[NodeId]>,
    pub(crate) not: Option<NodeId>,
    pub(crate) if_: Option<NodeId>,
    pub(crate) then: Option<NodeId>,
    pub(crate) else_: Option<NodeId>,
}

impl Composition {
    pub(crate) fn is_empty(&self) -> bool {
        self.all_of.is_empty()
            && self.any_of.is_empty()
            && self.one_of.is_empty()
            && self.not.is_none()
            && self.if_.is_none()
    }

    /// Every operand; each validates the same value as the node itself.
    pub(crate) fn operands(&self) -> impl Iterator<Item = NodeId> + '_ {
        self.all_of
            .iter()
            .chain(self.any_of.iter())
            .chain(self.one_of.iter())
            .copied()
            .chain(self.not)
            .chain(self.if_)
            .chain(self.then)
            .chain(self.else_)
    }
}

/// The `format` values truss checks (validation §`format`, plus the JSON
/// Schema names for the formats core expresses as types).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Format {
    Ipv4,
    Ipv6,
    Email,
    IdnEmail,
    Hostname,
    IdnHostname,
    Iri,
    IriReference,
    Uri,
    UriReference,
    UriTemplate,
    RelativeJsonPointer,
    JsonPointer,
    Regex,
    Date,
    DateTime,
    Time,
    Duration,
    Uuid,
}

impl Format {
    pub(crate) fn from_name(name: &str) -> Option<Format> {
        Some(match name {
            "ipv4" => Format::Ipv4,
            "ipv6" => Format::Ipv6,
            "email" => Format::Email,
            "idn-email" => Format::IdnEmail,
            "hostname" => Format::Hostname,
            "idn-hostname" => Format::IdnHostname,
            "iri" => Format::Iri,
            "iri-reference" => Format::IriReference,
            "uri" => Format::Uri,
            "uri-reference" => Format::UriReference,
            "uri-template" => Format::UriTemplate,
            "relative-json-pointer" => Format::RelativeJsonPointer,
            "json-pointer" => Format::JsonPointer,
            "regex" => Format::Regex,
            "date" => Format::Date,
            "date-time" => Format::DateTime,
            "time" => Format::Time,
            "duration" => Format::Duration,
            "uuid" => Format::Uuid,
            _ => return None,
        })
    }

    /// Whether `s` is in the format. `uri` is an absolute URI (RFC 3986
    /// `URI`), `uri-reference` may be relative; `date`, `date-time`, `time`
    /// and `duration` follow the core temporal types (DESIGN §2.5).
    pub(crate) fn check(self, s: &str) -> bool {
        match self {
            Format::Ipv4 => formats::is_ipv4(s),
            Format::Ipv6 => formats::is_ipv6(s),
            Format::Email => formats::is_email(s),
            Format::IdnEmail => formats::is_idn_email(s),
            Format::Hostname => formats::is_hostname(s),
            Format::IdnHostname => formats::is_idn_hostname(s),
            Format::Iri => formats::is_iri(s),
            Format::IriReference => formats::is_iri_reference(s),
            Format::Uri => formats::is_absolute_uri(s),
            Format::UriReference => formats::is_uri_reference(s),
            Format::UriTemplate => formats::is_uri_template(s),
            Format::RelativeJsonPointer => formats::is_relative_json_pointer(s),
            Format::JsonPointer => formats::is_json_pointer(s),
            Format::Regex => crate::pattern::is_ecma_regex(s),
            Format::Date => formats::is_date(s),
            Format::DateTime => formats::is_datetime(s),
            Format::Time => formats::is_time(s),
            Format::Duration => formats::is_duration(s),
            Format::Uuid => formats::is_uuid(s),
        }
    }

    pub(crate) fn code(self) -> &'static str {
        match self {
            Format::Ipv4 => codes::INSTANCE_FORMAT_IPV4_INVALID,
            Format::Ipv6 => codes::INSTANCE_FORMAT_IPV6_INVALID,
            Format::Email => codes::INSTANCE_FORMAT_EMAIL_INVALID,
            Format::IdnEmail => codes::INSTANCE_FORMAT_IDN_EMAIL_INVALID,
            Format::Hostname => codes::INSTANCE_FORMAT_HOSTNAME_INVALID,
            Format::IdnHostname => codes::INSTANCE_FORMAT_IDN_HOSTNAME_INVALID,
            Format::Iri => codes::INSTANCE_FORMAT_IRI_INVALID,
            Format::IriReference => codes::INSTANCE_FORMAT_IRI_REFERENCE_INVALID,
            Format::Uri => codes::INSTANCE_FORMAT_URI_INVALID,
            Format::UriReference => codes::INSTANCE_FORMAT_URI_REFERENCE_INVALID,
            Format::UriTemplate => codes::INSTANCE_FORMAT_URI_TEMPLATE_INVALID,
            Format::RelativeJsonPointer => codes::INSTANCE_FORMAT_RELATIVE_JSON_POINTER_INVALID,
            Format::JsonPointer => codes::INSTANCE_FORMAT_JSON_POINTER_INVALID,
            Format::Regex => codes::INSTANCE_FORMAT_REGEX_INVALID,
            Format::Date => codes::INSTANCE_FORMAT_DATE_INVALID,
            Format::DateTime => codes::INSTANCE_FORMAT_DATETIME_INVALID,
            Format::Time => codes::INSTANCE_FORMAT_TIME_INVALID,
            Format::Duration => codes::INSTANCE_FORMAT_DURATION_INVALID,
            Format::Uuid => codes::INSTANCE_FORMAT_UUID_INVALID,
        }
    }

    /// What the format is, for messages.
    pub(crate) fn describe(self) -> &'static str {
        match self {
            Format::Ipv4 => "an IPv4 address (dotted quad)",
            Format::Ipv6 => "an IPv6 address (RFC 4291)",
            Format::Email => "an email address (RFC 5321 mailbox)",
            Format::IdnEmail => "an internationalized email address (RFC 6531)",
            Format::Hostname => "a host name (RFC 1123)",
            Format::IdnHostname => "an internationalized host name (RFC 5890)",
            Format::Iri => "an absolute IRI (RFC 3987)",
            Format::IriReference => "an IRI reference (RFC 3987)",
            Format::Uri => "an absolute URI (RFC 3986)",
            Format::UriReference => "a URI reference (RFC 3986)",
            Format::UriTemplate => "a URI template (RFC 6570)",
            Format::RelativeJsonPointer => "a relative JSON Pointer",
            Format::JsonPointer => "a JSON Pointer (RFC 6901)",
            Format::Regex => "an ECMA-262 regular expression",
            Format::Date => "a date (RFC 3339 full-date)",
            Format::DateTime => "a date-time (RFC 3339)",
            Format::Time => "a time (RFC 3339)",
            Format::Duration => "a duration (RFC 3339 Appendix A)",
            Format::Uuid => "a UUID (8-4-4-4-12 hex digits)",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn exact(text: &str) -> Exact {
        Exact::parse_json_number(text).unwrap()
    }

    fn num(v: &serde_json::Value) -> Num<'static> {
        Num::of(v.as_number().unwrap())
    }

    #[test]
    fn limits_compare_exactly_across_representations() {
        let zero = Limit::new(exact("0"));
        assert_eq!(zero.compare(num(&json!(0))), Some(Ordering::Equal));
        assert_eq!(zero.compare(num(&json!(0.0))), Some(Ordering::Equal));
        assert_eq!(zero.compare(num(&json!(-0.5))), Some(Ordering::Less));
        assert_eq!(zero.compare(Num::Text("-0")), Some(Ordering::Equal));

        // A bound beyond 2^53 is not confused with its f64 neighbour.
        let big = Limit::new(exact("9007199254740993"));
        assert_eq!(
            big.compare(num(&json!(9_007_199_254_740_992u64))),
            Some(Ordering::Less)
        );
        assert_eq!(
            big.compare(num(&json!(9_007_199_254_740_993u64))),
            Some(Ordering::Equal)
        );
        assert_eq!(
            big.compare(Num::Text("9007199254740994")),
            Some(Ordering::Greater)
        );

        let tenth = Limit::new(exact("0.1"));
        assert_eq!(tenth.compare(num(&json!(0.1))), Some(Ordering::Equal));
        assert_eq!(tenth.compare(num(&json!(0))), Some(Ordering::Less));
        assert_eq!(tenth.compare(Num::Text("0.10")), Some(Ordering::Equal));
        assert_eq!(
            tenth.compare(Num::Text("0.1000000000000000000001")),
            Some(Ordering::Greater)
        );
        assert_eq!(tenth.compare(Num::Text("not a number")), None);
        // Malformed integers are the type's business, not a bound's.
        assert_eq!(zero.compare(Num::Text("+5")), None);
        assert_eq!(zero.compare(Num::Text("007")), None);
        assert_eq!(zero.compare(Num::Text("-7")), Some(Ordering::Less));

        let huge = Limit::new(exact("170141183460469231731687303715884105728"));
        assert_eq!(
            huge.compare(Num::Text("170141183460469231731687303715884105727")),
            Some(Ordering::Less)
        );
    }

    #[test]
    fn multiples_are_decided_on_decimal_values() {
        let tenth = Divisor::new(exact("0.1"));
        assert_eq!(tenth.divides(num(&json!(0.3))), Some(true));
        assert_eq!(tenth.divides(num(&json!(0.35))), Some(false));
        assert_eq!(tenth.divides(num(&json!(7))), Some(true));
        let five = Divisor::new(exact("5"));
        assert_eq!(five.divides(num(&json!(-15))), Some(true));
        assert_eq!(five.divides(num(&json!(7))), Some(false));
        assert_eq!(five.divides(num(&json!(10.0))), Some(true));
        assert_eq!(five.divides(num(&json!(12.5))), Some(false));
        assert_eq!(five.divides(Num::Text("9223372036854775805")), Some(true));
        assert_eq!(five.divides(Num::Text("x")), None);
    }

    #[test]
    fn the_float_shortcut_agrees_with_exact_arithmetic() {
        let mut state = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for divisor in [
            "0.1", "0.01", "0.25", "0.5", "1.5", "0.003", "2.5e-7", "0.07",
        ] {
            let d = Divisor::new(exact(divisor));
            assert!(d.scaled.is_some(), "{divisor}");
            for _ in 0..2000 {
                let r = next();
                // Short decimals (where the shortcut applies) and arbitrary doubles.
                let f = if r % 3 == 0 {
                    f64::from_bits(r >> 2)
                } else {
                    #[allow(clippy::cast_precision_loss)]
                    let m = (r >> 20) as f64 % 1e9;
                    let k = (r % 9) as i32;
                    (if r & 1 == 0 { m } else { -m }) / 10f64.powi(k)
                };
                if !f.is_finite() {
                    continue;
                }
                let slow = Exact::from_f64(f).map(|e| e.is_multiple_of(&d.exact));
                assert_eq!(d.divides(Num::Float(f)), slow, "{f:e} multipleOf {divisor}");
            }
        }
        let tenth = Divisor::new(exact("0.1"));
        assert_eq!(tenth.float_shortcut(0.3), Some(true));
        assert_eq!(tenth.float_shortcut(0.1 + 0.2), None);
        assert_eq!(tenth.divides(Num::Float(0.1 + 0.2)), Some(false));
    }

    #[test]
    fn every_format_name_round_trips() {
        for name in [
            "ipv4",
            "ipv6",
            "email",
            "idn-email",
            "hostname",
            "idn-hostname",
            "iri",
            "iri-reference",
            "uri",
            "uri-reference",
            "uri-template",
            "relative-json-pointer",
            "json-pointer",
            "regex",
            "date",
            "date-time",
            "time",
            "duration",
            "uuid",
        ] {
            assert!(Format::from_name(name).is_some(), "{name}");
        }
        assert_eq!(Format::from_name("credit-card"), None);
        assert!(Format::Uri.check("https://example.com/a"));
        assert!(!Format::Uri.check("/relative"));
        assert!(Format::UriReference.check("/relative"));
        assert!(Format::Regex.check("^[a-z]+$"));
        assert!(!Format::Regex.check("(unclosed"));
    }
}
