//! The compiled form: an arena of nodes in which every reference is an index.
//!
//! A node holds only what validation needs, already parsed: limits as
//! numbers, enums as sorted tables, property lookups as precomputed tables.
//! Recursive types are plain index cycles, so compiling and walking them
//! needs no placeholders.

use serde_json::Value;

use crate::annotations::Annotations;
use crate::checks::Checks;
use crate::formats::{BigInt, Encoding};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct NodeId(pub(crate) u32);

impl NodeId {
    pub(crate) fn index(self) -> usize {
        self.0 as usize
    }
}

#[derive(Debug)]
pub(crate) struct Node {
    pub(crate) kind: Kind,
    /// Pointer to this schema object in the schema document; keyword
    /// pointers are derived from it only when a violation is reported.
    pub(crate) path: Box<str>,
    pub(crate) enumeration: Option<Box<Enumeration>>,
    pub(crate) constant: Option<Box<Value>>,
    /// `maxLength` in Unicode code points (core keyword, always enforced).
    pub(crate) max_length: Option<u64>,
    /// Validation and conditional composition constraints, when the schema
    /// enables those extensions and declares any.
    pub(crate) checks: Option<Box<Checks>>,
    /// Alternate names, units and `default`; never part of a verdict.
    pub(crate) annotations: Option<Box<Annotations>>,
}

impl Node {
    /// A node of the given kind at `path`, with no keywords besides its type.
    pub(crate) fn new(kind: Kind, path: &str) -> Node {
        Node {
            kind,
            path: path.into(),
            enumeration: None,
            constant: None,
            max_length: None,
            checks: None,
            annotations: None,
        }
    }

    /// Whether validating a value against this node may need to look at
    /// that value (or its members) more than once: type unions and inline
    /// choices try several branches on it, composition applies several
    /// schemas to it, sets and `uniqueItems` compare items with each other,
    /// `contains`, `has` and `patternProperties` apply a second schema to
    /// members, and `enum`/`const` with arrays or objects compare it whole.
    ///
    /// A streaming validator, which sees each value once as it is parsed,
    /// buffers the subtree of a node for which this is true and validates
    /// the buffered value; for every other node it can validate on the fly.
    /// Only this node's own keywords count: a [`Kind::Ref`] answers for
    /// itself, and the caller asks its target separately.
    pub(crate) fn needs_value(&self) -> bool {
        let compound = |v: &Value| v.is_array() || v.is_object();
        matches!(
            self.kind,
            Kind::Union(_) | Kind::InlineChoice { .. } | Kind::Set(_)
        ) || matches!(self.enumeration.as_deref(), Some(Enumeration::Values(vs)) if vs.iter().any(compound))
            || self.constant.as_deref().is_some_and(compound)
            || self.checks.as_deref().is_some_and(Checks::needs_value)
    }
}

#[derive(Debug)]
pub(crate) enum Enumeration {
    /// All-string enums: sorted, searched by binary search.
    Strings(Box<[Box<str>]>),
    Values(Box<[Value]>),
}

#[derive(Debug)]
pub(crate) enum Kind {
    Any,
    Null,
    Boolean,
    String,
    Number,
    /// `int8` … `uint32` and `integer`: JSON integer literals within range.
    Int {
        min: i64,
        max: i64,
        name: &'static str,
    },
    /// `float8`, `float`, `double`: any JSON number that rounds to a
    /// finite value of the format.
    Float {
        /// The largest finite value (for messages).
        max: f64,
        /// The smallest magnitude that rounds to infinity.
        overflow: f64,
        name: &'static str,
    },
    BigInt(BigInt),
    Decimal {
        precision: Option<u32>,
        scale: Option<u32>,
    },
    Date,
    DateTime,
    Time,
    Duration,
    Uuid,
    Uri,
    JsonPointer,
    Binary(Encoding),
    Object(Box<ObjectNode>),
    Array(NodeId),
    Set(NodeId),
    Map(NodeId),
    Tuple(Box<[NodeId]>),
    TaggedChoice(Box<Choices>),
    InlineChoice {
        selector: Box<str>,
        choices: Box<Choices>,
    },
    /// A type union: the first member that accepts the value wins.
    Union(Box<[NodeId]>),
    /// A type reference; the node's own keywords (`$ref` siblings) apply too.
    Ref(NodeId),
    /// A reference that did not resolve: fails closed on any value.
    Unresolved {
        target: Box<str>,
        /// Pointer to the `$ref` keyword in the schema document.
        at: Box<str>,
    },
}

#[derive(Debug, Default)]
pub(crate) struct Choices {
    /// Sorted by name for binary search.
    pub(crate) entries: Vec<(Box<str>, NodeId)>,
}

impl Choices {
    pub(crate) fn get(&self, name: &str) -> Option<NodeId> {
        self.entries
            .binary_search_by(|(k, _)| k.as_ref().cmp(name))
            .ok()
            .and_then(|i| self.entries.get(i))
            .map(|(_, id)| *id)
    }

    pub(crate) fn names(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(|(k, _)| k.as_ref())
    }
}

#[derive(Debug)]
pub(crate) struct Property {
    pub(crate) name: Box<str>,
    pub(crate) node: NodeId,
}

#[derive(Debug)]
pub(crate) enum Required {
    None,
    /// Indices into `properties`.
    All(Box<[u32]>),
    /// Alternative sets: exactly one must be fully present.
    OneSetOf(Box<[Box<[Box<str>]>]>),
}

#[derive(Debug)]
pub(crate) struct InheritedSets {
    /// Pointer to the base type's `required`, for the schema path.
    pub(crate) at: Box<str>,
    pub(crate) sets: Box<[Box<[Box<str>]>]>,
}

#[derive(Debug)]
pub(crate) enum Additional {
    Allow,
    Deny,
    Schema(NodeId),
}

#[derive(Debug)]
pub(crate) struct ObjectNode {
    /// Sorted by name so lookups are a binary search and the required
    /// bitset indices are stable.
    pub(crate) properties: Box<[Property]>,
    pub(crate) required: Required,
    /// Alternative sets of `required` inherited through `$extends`: each
    /// base's sets hold on their own (exactly one complete), beside this
    /// object's own `required`.
    pub(crate) inherited_sets: Box<[InheritedSets]>,
    pub(crate) additional: Additional,
    /// Add-ins that can be switched on by an instance's `$uses`.
    pub(crate) addins: Box<[AddinProps]>,
}

#[derive(Debug)]
pub(crate) struct AddinProps {
    /// Bit in the per-document add-in mask.
    pub(crate) bit: u32,
    pub(crate) properties: Box<[Property]>,
    pub(crate) required: Box<[Box<str>]>,
    /// Alternative sets of the add-in's `required` (exactly one complete).
    pub(crate) required_sets: Box<[Box<[Box<str>]>]>,
    /// Pointer to the add-in's definition, for the schema path of violations.
    pub(crate) path: Box<str>,
    /// Pointer to its `required`, kept so that reporting needs no join.
    pub(crate) required_at: Box<str>,
}

impl ObjectNode {
    #[inline]
    pub(crate) fn lookup(&self, key: &str) -> Option<(usize, &Property)> {
        lookup(&self.properties, key)
    }
}

#[inline]
pub(crate) fn lookup<'a>(props: &'a [Property], key: &str) -> Option<(usize, &'a Property)> {
    // Objects in real schemas are small; a linear scan comparing lengths
    // and first bytes before the bytes beats hashing below a dozen entries
    // (and skips a `memcmp` call for most non-matching names).
    if props.len() > 12 {
        return lookup_sorted(props, key);
    }
    let key = key.as_bytes();
    let first = key.first();
    props.iter().enumerate().find(|(_, p)| {
        let name = p.name.as_bytes();
        name.len() == key.len() && name.first() == first && same_bytes(name, key)
    })
}

/// Equality of two byte strings of the same length; names of 8 to 16 bytes
/// (most property names) are compared as two overlapping words instead of
/// through a `memcmp` call.
#[inline]
fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    let n = a.len();
    if n != b.len() || !(8..=16).contains(&n) {
        return a == b;
    }
    let word = |s: &[u8], at: usize| {
        s.get(at..at + 8)
            .and_then(|w| <[u8; 8]>::try_from(w).ok())
            .map(u64::from_ne_bytes)
    };
    word(a, 0) == word(b, 0) && word(a, n - 8) == word(b, n - 8)
}

fn lookup_sorted<'a>(props: &'a [Property], key: &str) -> Option<(usize, &'a Property)> {
    props
        .binary_search_by(|p| p.name.as_ref().cmp(key))
        .ok()
        .and_then(|i| props.get(i).map(|p| (i, p)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn props(names: &[&str]) -> Vec<Property> {
        let mut v: Vec<Property> = names
            .iter()
            .enumerate()
            .map(|(i, n)| Property {
                name: (*n).into(),
                node: NodeId(i as u32),
            })
            .collect();
        v.sort_by(|a, b| a.name.cmp(&b.name));
        v
    }

    #[test]
    fn lookup_tells_apart_names_that_differ_in_any_byte() {
        // Same length and first byte, one byte apart at every position
        // of names from 1 to 20 bytes (word-compared from 8 to 16).
        for len in 1..=20usize {
            let base: String = "abcdefghijklmnopqrst".chars().take(len).collect();
            for at in 1..len {
                let mut other = base.clone().into_bytes();
                other[at] = b'X';
                let other = String::from_utf8(other).unwrap();
                let list = props(&[&base, &other]);
                let (_, found) = lookup(&list, &other).expect("present");
                assert_eq!(found.name.as_ref(), other, "len {len}, byte {at}");
                let (_, found) = lookup(&list, &base).expect("present");
                assert_eq!(found.name.as_ref(), base, "len {len}, byte {at}");
            }
            assert!(lookup(&props(&[&base]), &format!("{base}!")).is_none());
        }
    }

    #[test]
    fn lookup_searches_large_objects_by_name() {
        let names: Vec<String> = (0..40).map(|i| format!("property{i:02}")).collect();
        let refs: Vec<&str> = names.iter().map(String::as_str).collect();
        let list = props(&refs);
        for n in &names {
            assert_eq!(
                lookup(&list, n).map(|(_, p)| p.name.as_ref()),
                Some(n.as_str())
            );
        }
        assert!(lookup(&list, "property99").is_none());
    }
}
