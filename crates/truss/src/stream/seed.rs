//! The serde side of the byte-slice path: a `DeserializeSeed` per schema
//! node that checks each value as the parser produces it.
//!
//! Scalars are handed to the walker wrapped in a `Value` that costs nothing
//! (numbers, booleans, null) or reuses one string buffer, so every scalar
//! rule lives in one place and the two paths cannot drift. Objects, maps,
//! arrays, tuples and tagged choices are walked here, key by key, with the
//! walker's logic; any node whose rule needs to see a subtree more than once
//! (`Node::needs_value`) gets that subtree as a `Value`.

use std::borrow::Cow;
use std::fmt;

use serde::Deserialize;
use serde::de::value::{MapAccessDeserializer, SeqAccessDeserializer};
use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};

use crate::codes;
use crate::node::{Additional, Choices, Kind, Node, NodeId, ObjectNode, Required};
use crate::path::Path;
use crate::validator::Validator;
use crate::walk::{Collect, FailFast, Mode, Walker, is_instance_metadata, quote_list};

/// Objects with more declared properties than this are handed to the walker
/// as a `Value` (their presence bits would not fit on the stack).
pub(super) const STREAMED_PROPERTIES: usize = 256;

/// What the two modes need beyond [`Mode`] when reading text.
pub(super) trait StreamMode: Mode {
    type Output;
    /// Violations recorded so far (collecting only).
    fn errors(&self) -> usize;
    fn finish(self) -> Self::Output;
}

impl StreamMode for FailFast {
    type Output = ();
    fn errors(&self) -> usize {
        0
    }
    fn finish(self) {}
}

impl StreamMode for Collect {
    type Output = Vec<crate::ValidationError>;
    fn errors(&self) -> usize {
        self.0.len()
    }
    fn finish(self) -> Self::Output {
        self.0
    }
}

/// Keys of one object whose values had violations (collecting only).
///
/// `serde_json::Value` keeps the last of two equal keys, so a repeated key
/// changes the verdict only when an earlier occurrence had violations that
/// the value path never sees. Remembering just those keys (none, in a valid
/// document) makes repeats exact at no cost: a repeat of one of them sends
/// the document through a `Value`. Declared properties are tracked by their
/// presence bits instead.
#[derive(Default)]
struct FailedKeys(Vec<Box<str>>);

impl FailedKeys {
    fn contains(&self, key: &str) -> bool {
        self.0.iter().any(|k| k.as_ref() == key)
    }

    #[cold]
    fn push(&mut self, key: &str) {
        self.0.push(key.into());
    }
}

/// How a run ended, beyond what the parser says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Halt {
    /// Nothing special: the verdict is in the mode (or the text is not JSON).
    No,
    /// Fail-fast mode found a violation. The rest of the document is only
    /// skimmed: each object on the way out is read to the end to make sure
    /// the key that holds the violation does not come again (a later
    /// duplicate would replace it in a `Value`).
    Invalid,
    /// Something only a whole `Value` can answer exactly (a duplicate key):
    /// the parser was stopped; validate the document through a `Value`.
    Restart,
}

pub(super) struct Stream<'v, M> {
    pub(super) w: Walker<'v, M>,
    /// Reused for every string scalar, so strings cost a copy, not an allocation.
    scratch: Value,
    pub(super) halt: Halt,
}

/// What to do with an object or array that reaches a node. Delegation
/// (`Skip` at the root, `Whole`, `Mismatch`, `Deep`) always restarts from
/// the node the value reached: the references followed to get here carry
/// no keyword of their own, so the walker takes the same route.
pub(super) enum Plan<'v> {
    Object(&'v Node, &'v ObjectNode),
    Map(NodeId),
    Tagged(&'v Node, &'v Choices),
    Array(NodeId),
    Tuple(&'v Node, &'v [NodeId]),
    /// The node accepts anything: parse and discard.
    Skip,
    /// Build the subtree's `Value` and let the walker judge it.
    Whole,
    /// The node cannot accept this kind of container.
    Mismatch,
    /// The document nests deeper than `max_depth` here.
    Deep,
}

impl<'v, M: StreamMode> Stream<'v, M> {
    pub(super) fn new(w: Walker<'v, M>) -> Self {
        Self {
            w,
            scratch: Value::String(String::new()),
            halt: Halt::No,
        }
    }

    /// Records a check's result: in fail-fast mode a failure switches the
    /// rest of the run to skimming (see [`Halt::Invalid`]).
    fn outcome<E: de::Error>(&mut self, ok: bool) -> Result<(), E> {
        if !ok && !M::COLLECT {
            self.halt = Halt::Invalid;
        }
        Ok(())
    }

    /// Whether fail-fast mode has its verdict and is only skimming.
    fn failed(&self) -> bool {
        !M::COLLECT && self.halt == Halt::Invalid
    }

    /// Stops the parser so that the document is validated through a `Value`.
    #[cold]
    fn restart<E: de::Error>(&mut self) -> Result<(), E> {
        self.halt = Halt::Restart;
        Err(E::custom("validation needs the whole document"))
    }

    /// Skims the rest of an object after a violation in the member `key`
    /// (or in the object itself when `key` is `None`).
    #[cold]
    fn drain_map<'de, A: MapAccess<'de>>(
        &mut self,
        map: &mut A,
        key: Option<&str>,
    ) -> Result<(), A::Error> {
        while let Some(k) = map.next_key_seed(KeySeed)? {
            if key == Some(&*k) {
                return self.restart();
            }
            map.next_value::<IgnoredAny>()?;
        }
        Ok(())
    }

    #[cold]
    fn drain_seq<'de, A: SeqAccess<'de>>(&mut self, seq: &mut A) -> Result<(), A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(())
    }

    fn scalar<E: de::Error>(
        &mut self,
        id: NodeId,
        value: &Value,
        path: &Path<'_>,
        depth: usize,
    ) -> Result<(), E> {
        let ok = self.w.walk_part(id, value, path, depth);
        self.outcome(ok)
    }

    fn string<E: de::Error>(
        &mut self,
        id: NodeId,
        s: &str,
        path: &Path<'_>,
        depth: usize,
    ) -> Result<(), E> {
        // Most strings reach a plain `string` or a plain timestamp: no copy,
        // no walk.
        if self.w.string_passes_plainly_at(id, s, depth) {
            return Ok(());
        }
        if let Value::String(buf) = &mut self.scratch {
            buf.clear();
            buf.push_str(s);
        } else {
            self.scratch = Value::String(s.to_owned());
        }
        let ok = self.w.walk_part(id, &self.scratch, path, depth);
        self.outcome(ok)
    }

    /// Hands a materialised subtree to the walker. At the document root the
    /// value path first reads `$uses`; so does this.
    fn whole<E: de::Error>(
        &mut self,
        id: NodeId,
        value: &Value,
        path: &Path<'_>,
        depth: usize,
    ) -> Result<(), E> {
        if path.is_root() && self.w.v.addins(value, &mut self.w.mode).is_none() {
            // Collecting, the value path reports a malformed `$uses` and
            // goes on; failing fast, it stops.
            self.outcome(false)?;
            if self.failed() {
                return Ok(());
            }
        }
        self.scalar(id, value, path, depth)
    }

    /// Reports the depth violation the walker reports on entering `id`.
    fn deep<E: de::Error>(&mut self, id: NodeId, path: &Path<'_>, depth: usize) -> Result<(), E> {
        let ok = self.w.walk_part(id, &Value::Null, path, depth);
        self.outcome(ok)
    }

    fn plan(&self, id: NodeId, depth: usize, object: bool) -> Plan<'v> {
        plan(self.w.v, id, depth, object)
    }

    /// `$schema` and `$uses` at the root: metadata, not properties
    /// (DESIGN §2.11); `$uses` is checked as the value path checks it.
    fn metadata<'de, A: MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
        uses_seen: &mut bool,
    ) -> Result<(), A::Error> {
        if key != "$uses" {
            return map.next_value_seed(Skip);
        }
        let uses: Value = map.next_value()?;
        self.uses(uses, uses_seen).map(drop)
    }

    /// Checks a root `$uses` as the value path does (before anything else
    /// there, but the verdict is the same); returns `{"$uses": value}`.
    fn uses<E: de::Error>(&mut self, uses: Value, seen: &mut bool) -> Result<Value, E> {
        if std::mem::replace(seen, true) {
            self.restart()?;
        }
        let mut doc = Map::new();
        doc.insert("$uses".to_owned(), uses);
        let doc = Value::Object(doc);
        if self.w.v.addins(&doc, &mut self.w.mode).is_none() {
            self.outcome(false)?;
        }
        Ok(doc)
    }

    fn object<'de, A: MapAccess<'de>>(
        &mut self,
        node: &'v Node,
        o: &'v ObjectNode,
        mut map: A,
        path: &Path<'_>,
        depth: usize,
    ) -> Result<(), A::Error> {
        let mut seen = [0u64; STREAMED_PROPERTIES / 64];
        let mut failed_keys = FailedKeys::default();
        let mut uses_seen = false;
        while let Some(key) = map.next_key_seed(KeySeed)? {
            let key: &str = &key;
            if M::COLLECT && failed_keys.contains(key) {
                return self.restart();
            }
            let before = self.w.mode.errors();
            let metadata = path.is_root() && is_instance_metadata(key);
            if metadata && o.lookup(key).is_none() {
                self.metadata(key, &mut map, &mut uses_seen)?;
            } else if metadata && key == "$uses" {
                // A declared `$uses` is both a property and the add-in
                // switch; the value path applies both rules.
                return self.restart();
            } else if let Some((i, p)) = o.lookup(key) {
                let bit = 1u64 << (i % 64);
                let Some(word) = seen.get_mut(i / 64) else {
                    return self.restart();
                };
                if *word & bit != 0 {
                    return self.restart();
                }
                *word |= bit;
                let here = path.key(key);
                map.next_value_seed(NodeSeed::new(self, p.node, &here, depth + 1))?;
            } else {
                match o.additional {
                    Additional::Allow => map.next_value_seed(Skip)?,
                    Additional::Deny => {
                        let here = path.key(key);
                        self.w.fail(node, "additionalProperties", &here, codes::INSTANCE_ADDITIONAL_PROPERTY_NOT_ALLOWED, || {
                            format!("property \"{key}\" is not declared and additional properties are not allowed")
                        });
                        self.outcome(false)?;
                        map.next_value_seed(Skip)?;
                    }
                    Additional::Schema(id) => {
                        let here = path.key(key);
                        map.next_value_seed(NodeSeed::new(self, id, &here, depth + 1))?;
                    }
                }
            }
            if self.w.mode.errors() != before {
                failed_keys.push(key);
            }
            if self.failed() {
                return self.drain_map(&mut map, Some(key));
            }
        }
        if let Required::All(indices) = &o.required {
            for &i in indices.iter() {
                let i = i as usize;
                let present = seen
                    .get(i / 64)
                    .is_some_and(|w| w & (1u64 << (i % 64)) != 0);
                if present {
                    continue;
                }
                let Some(p) = o.properties.get(i) else {
                    continue;
                };
                self.w.fail(
                    node,
                    "required",
                    path,
                    codes::INSTANCE_REQUIRED_PROPERTY_MISSING,
                    || format!("missing required property \"{}\"", p.name),
                );
                self.outcome(false)?;
                if self.failed() {
                    return Ok(());
                }
            }
        }
        Ok(())
    }

    fn map<'de, A: MapAccess<'de>>(
        &mut self,
        values: NodeId,
        mut map: A,
        path: &Path<'_>,
        depth: usize,
    ) -> Result<(), A::Error> {
        let mut failed_keys = FailedKeys::default();
        let mut uses_seen = false;
        while let Some(key) = map.next_key_seed(KeySeed)? {
            let key: &str = &key;
            if M::COLLECT && failed_keys.contains(key) {
                return self.restart();
            }
            let before = self.w.mode.errors();
            if path.is_root() && is_instance_metadata(key) {
                self.metadata(key, &mut map, &mut uses_seen)?;
            } else {
                let here = path.key(key);
                map.next_value_seed(NodeSeed::new(self, values, &here, depth + 1))?;
            }
            if self.w.mode.errors() != before {
                failed_keys.push(key);
            }
            if self.failed() {
                return self.drain_map(&mut map, Some(key));
            }
        }
        Ok(())
    }

    fn tagged<'de, A: MapAccess<'de>>(
        &mut self,
        node: &'v Node,
        choices: &'v Choices,
        mut map: A,
        path: &Path<'_>,
        depth: usize,
    ) -> Result<(), A::Error> {
        if path.is_root() {
            // At the root `$schema` and `$uses` are metadata beside the one
            // member that names the choice (DESIGN §2.11), in any order of
            // the text; the value path sorts that out. Root choices are rare.
            return self.restart();
        }
        let Some(tag) = map.next_key_seed(KeySeed)? else {
            self.w.fail(node, "choices", path, codes::INSTANCE_CHOICE_NO_MATCH, || {
                format!("expected an object with exactly one property naming one of {}, found an empty object", quote_list(choices.names()))
            });
            return self.outcome(false);
        };
        let branch = choices.get(&tag);
        let here = path.key(&tag);
        if let Some(b) = branch {
            map.next_value_seed(NodeSeed::new(self, b, &here, depth + 1))?;
        } else {
            map.next_value_seed(Skip)?;
        }
        if self.failed() {
            return self.drain_map(&mut map, Some(&tag));
        }
        if let Some(second) = map.next_key_seed(KeySeed)? {
            // More than one member: the value path reports how many distinct
            // names there are (and a repeated name is one member there).
            if M::COLLECT || second == tag {
                return self.restart();
            }
            self.outcome(false)?;
            map.next_value::<IgnoredAny>()?;
            return self.drain_map(&mut map, Some(&tag));
        }
        if branch.is_none() {
            self.w.fail(
                node,
                "choices",
                path,
                codes::INSTANCE_CHOICE_UNKNOWN,
                || {
                    format!(
                        "expected one of the choices {}, found \"{tag}\"",
                        quote_list(choices.names())
                    )
                },
            );
            return self.outcome(false);
        }
        Ok(())
    }

    fn array<'de, A: SeqAccess<'de>>(
        &mut self,
        items: NodeId,
        mut seq: A,
        path: &Path<'_>,
        depth: usize,
    ) -> Result<(), A::Error> {
        let mut i = 0;
        loop {
            let here = path.index(i);
            if seq
                .next_element_seed(NodeSeed::new(self, items, &here, depth + 1))?
                .is_none()
            {
                return Ok(());
            }
            if self.failed() {
                return self.drain_seq(&mut seq);
            }
            i += 1;
        }
    }

    fn tuple<'de, A: SeqAccess<'de>>(
        &mut self,
        node: &'v Node,
        items: &'v [NodeId],
        mut seq: A,
        path: &Path<'_>,
        depth: usize,
    ) -> Result<(), A::Error> {
        let mut n = 0;
        loop {
            let here = path.index(n);
            let more = match items.get(n) {
                Some(&id) => seq
                    .next_element_seed(NodeSeed::new(self, id, &here, depth + 1))?
                    .is_some(),
                None => seq.next_element_seed(Skip)?.is_some(),
            };
            if !more {
                break;
            }
            if self.failed() {
                return self.drain_seq(&mut seq);
            }
            n += 1;
        }
        if n != items.len() {
            let want = items.len();
            self.w.fail(
                node,
                "tuple",
                path,
                codes::INSTANCE_TUPLE_LENGTH_MISMATCH,
                || format!("expected a tuple of exactly {want} items, found {n}"),
            );
            return self.outcome(false);
        }
        Ok(())
    }
}

/// What to do with an object (`object`) or array that reaches node `id` at
/// `depth`.
pub(super) fn plan(v: &Validator, mut id: NodeId, depth: usize, object: bool) -> Plan<'_> {
    let nodes = &v.nodes;
    // Plain references are followed here exactly as the walker follows
    // them; a chain longer than the arena can only be a cycle, which is
    // left to the walker.
    for _ in 0..=nodes.len() {
        let Some(node) = nodes.get(id.index()) else {
            return Plan::Skip;
        };
        if depth > v.options.max_depth {
            return Plan::Deep;
        }
        // Spelled out field by field so that a keyword added to `Node`
        // cannot be silently skipped by this path.
        let Node {
            kind,
            path: _,
            enumeration,
            constant,
            max_length: _,
            checks,
            annotations: _,
        } = node;
        // Extension constraints (bounds, counts, patterns, composition)
        // are enforced by the walker on the whole value.
        if node.needs_value() || enumeration.is_some() || constant.is_some() || checks.is_some() {
            return Plan::Whole;
        }
        return match kind {
            Kind::Ref(target) => {
                id = *target;
                continue;
            }
            Kind::Any => Plan::Skip,
            Kind::Object(o) if object => {
                let ObjectNode {
                    properties,
                    required,
                    inherited_sets,
                    additional: _,
                    addins: _,
                } = o.as_ref();
                if properties.len() > STREAMED_PROPERTIES
                    || matches!(required, Required::OneSetOf(_))
                    || !inherited_sets.is_empty()
                {
                    Plan::Whole
                } else {
                    Plan::Object(node, o)
                }
            }
            Kind::Map(values) if object => Plan::Map(*values),
            Kind::TaggedChoice(choices) if object => Plan::Tagged(node, choices),
            Kind::Array(items) if !object => Plan::Array(*items),
            Kind::Tuple(items) if !object => Plan::Tuple(node, items),
            Kind::Set(_) | Kind::InlineChoice { .. } | Kind::Union(_) => Plan::Whole,
            Kind::Object(_)
            | Kind::Map(_)
            | Kind::TaggedChoice(_)
            | Kind::Array(_)
            | Kind::Tuple(_)
            | Kind::Null
            | Kind::Boolean
            | Kind::String
            | Kind::Number
            | Kind::Int { .. }
            | Kind::Float { .. }
            | Kind::BigInt(_)
            | Kind::Decimal { .. }
            | Kind::Date
            | Kind::DateTime
            | Kind::Time
            | Kind::Duration
            | Kind::Uuid
            | Kind::Uri
            | Kind::JsonPointer
            | Kind::Binary(_)
            | Kind::Unresolved { .. } => Plan::Mismatch,
        };
    }
    Plan::Whole
}

/// Validates the next value against one node.
pub(super) struct NodeSeed<'a, 'v, M> {
    s: &'a mut Stream<'v, M>,
    id: NodeId,
    path: &'a Path<'a>,
    depth: usize,
}

impl<'a, 'v, M> NodeSeed<'a, 'v, M> {
    pub(super) fn new(
        s: &'a mut Stream<'v, M>,
        id: NodeId,
        path: &'a Path<'a>,
        depth: usize,
    ) -> Self {
        Self { s, id, path, depth }
    }
}

impl<'de, M: StreamMode> DeserializeSeed<'de> for NodeSeed<'_, '_, M> {
    type Value = ();

    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de, M: StreamMode> Visitor<'de> for NodeSeed<'_, '_, M> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        self.s.scalar(self.id, &Value::Null, self.path, self.depth)
    }

    fn visit_bool<E: de::Error>(self, b: bool) -> Result<(), E> {
        self.s
            .scalar(self.id, &Value::Bool(b), self.path, self.depth)
    }

    fn visit_i64<E: de::Error>(self, n: i64) -> Result<(), E> {
        self.s
            .scalar(self.id, &Value::Number(n.into()), self.path, self.depth)
    }

    fn visit_u64<E: de::Error>(self, n: u64) -> Result<(), E> {
        self.s
            .scalar(self.id, &Value::Number(n.into()), self.path, self.depth)
    }

    fn visit_f64<E: de::Error>(self, n: f64) -> Result<(), E> {
        // As `serde_json::Value` does: JSON text cannot spell NaN or infinity.
        let value = Number::from_f64(n).map_or(Value::Null, Value::Number);
        self.s.scalar(self.id, &value, self.path, self.depth)
    }

    fn visit_str<E: de::Error>(self, s: &str) -> Result<(), E> {
        self.s.string(self.id, s, self.path, self.depth)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let Self { s, id, path, depth } = self;
        match s.plan(id, depth, true) {
            Plan::Object(node, o) => s.object(node, o, map, path, depth),
            Plan::Map(values) => s.map(values, map, path, depth),
            Plan::Tagged(node, choices) => s.tagged(node, choices, map, path, depth),
            Plan::Skip if !path.is_root() => {
                while map.next_key_seed(Skip)?.is_some() {
                    map.next_value_seed(Skip)?;
                }
                Ok(())
            }
            Plan::Mismatch if !M::COLLECT => {
                s.outcome(false)?;
                s.drain_map(&mut map, None)
            }
            Plan::Deep => {
                s.deep(id, path, depth)?;
                if s.failed() {
                    return s.drain_map(&mut map, None);
                }
                while map.next_key_seed(Skip)?.is_some() {
                    map.next_value_seed(Skip)?;
                }
                Ok(())
            }
            Plan::Skip | Plan::Whole | Plan::Mismatch | Plan::Array(_) | Plan::Tuple(..) => {
                let value = Value::deserialize(MapAccessDeserializer::new(map))?;
                s.whole(id, &value, path, depth)
            }
        }
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let Self { s, id, path, depth } = self;
        match s.plan(id, depth, false) {
            Plan::Array(items) => s.array(items, seq, path, depth),
            Plan::Tuple(node, items) => s.tuple(node, items, seq, path, depth),
            Plan::Skip => {
                while seq.next_element_seed(Skip)?.is_some() {}
                Ok(())
            }
            Plan::Mismatch if !M::COLLECT => {
                s.outcome(false)?;
                s.drain_seq(&mut seq)
            }
            Plan::Deep => {
                s.deep(id, path, depth)?;
                if s.failed() {
                    return s.drain_seq(&mut seq);
                }
                while seq.next_element_seed(Skip)?.is_some() {}
                Ok(())
            }
            Plan::Whole | Plan::Mismatch | Plan::Map(_) | Plan::Object(..) | Plan::Tagged(..) => {
                let value = Value::deserialize(SeqAccessDeserializer::new(seq))?;
                s.whole(id, &value, path, depth)
            }
        }
    }
}

/// An object key, borrowed from the input unless it contains escapes.
struct KeySeed;

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Cow<'de, str>;

    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeySeed {
    type Value = Cow<'de, str>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object key")
    }

    fn visit_borrowed_str<E: de::Error>(self, s: &'de str) -> Result<Self::Value, E> {
        Ok(Cow::Borrowed(s))
    }

    fn visit_str<E: de::Error>(self, s: &str) -> Result<Self::Value, E> {
        Ok(Cow::Owned(s.to_owned()))
    }
}

/// Parses a value and discards it. Unlike `serde::de::IgnoredAny` it asks
/// for every token as `Value` would (`deserialize_any`), so the parser
/// checks UTF-8 and escapes exactly as it does when building a `Value`.
pub(super) struct Skip;

impl<'de> DeserializeSeed<'de> for Skip {
    type Value = ();

    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Skip {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        Ok(())
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
        Ok(())
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
        Ok(())
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<(), E> {
        Ok(())
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
        Ok(())
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<(), E> {
        Ok(())
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while map.next_key_seed(Skip)?.is_some() {
            map.next_value_seed(Skip)?;
        }
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while seq.next_element_seed(Skip)?.is_some() {}
        Ok(())
    }
}
