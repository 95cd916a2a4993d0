//! The walker: one traversal of a document driven by the compiled nodes.
//!
//! It is generic over a [`Mode`]: `FailFast` answers `is_valid` and stops at
//! the first failure without building a path or a message; `Collect` keeps
//! going and records every violation. Both are the same code, monomorphised,
//! so the two can never disagree.

use std::collections::HashMap;

use serde_json::{Map, Value};

use crate::codes;
use crate::compiler::describe;
use crate::equality::{duplicate_indices, first_duplicate, json_eq};
use crate::error::ValidationError;
use crate::formats::{self, IntStringError};
use crate::node::{Additional, Enumeration, Kind, Node, NodeId, ObjectNode, Required};
use crate::path::Path;
use crate::pointer;
use crate::stack::Stretch;
use crate::validator::Validator;

pub(crate) trait Mode {
    const COLLECT: bool;
    /// Whether a union that no member satisfies may look for the closest
    /// member (off while probing, which bounds the work to two walks of
    /// each member).
    const SEARCH: bool = Self::COLLECT;
    fn report(&mut self, error: ValidationError);
}

pub(crate) struct FailFast;

impl Mode for FailFast {
    const COLLECT: bool = false;
    fn report(&mut self, _: ValidationError) {}
}

#[derive(Default)]
pub(crate) struct Collect(pub(crate) Vec<ValidationError>);

impl Mode for Collect {
    const COLLECT: bool = true;
    fn report(&mut self, error: ValidationError) {
        self.0.push(error);
    }
}

/// Collects violations while measuring how close a union member came.
#[derive(Default)]
struct Probe(Vec<ValidationError>);

impl Mode for Probe {
    const COLLECT: bool = true;
    const SEARCH: bool = false;
    fn report(&mut self, error: ValidationError) {
        self.0.push(error);
    }
}

pub(crate) struct Walker<'v, M> {
    pub(crate) v: &'v Validator,
    pub(crate) mode: M,
    /// Add-ins switched on by the document's `$uses`.
    pub(crate) addins: u64,
    /// Whether a value that matches no `anyOf`/`oneOf` alternative is
    /// explained with each alternative's violations. Explanations do not
    /// explain the alternatives nested in them, which keeps the work of
    /// reporting linear in the size of the schema.
    explain: bool,
    /// How many trial or explaining walks enclose this one.
    nesting: u32,
    memo: Memo,
    stack: Stretch,
}

/// Verdicts of trial walks (union members, composition operands, `contains`)
/// per (node, value, selector) within one walk, so that nested alternatives
/// over recursive data cannot re-validate the same subtree exponentially
/// often. Keys are value addresses, which are stable and unique while the
/// document is borrowed; walks over values made on the fly (map keys given
/// to `propertyNames`) use a walker of their own.
///
/// Only trials nested in other walks can repeat (the walk itself meets each
/// (node, value) pair once), so only those are counted and remembered, and
/// nothing is allocated until a walk has made [`MEMO_AFTER`] of them:
/// unions and `contains` over large arrays, and ordinary documents, never
/// pay for it.
#[derive(Default)]
struct Memo {
    trials: u32,
    verdicts: Option<HashMap<(u32, usize, usize), bool>>,
}

/// Trials made before verdicts are remembered.
const MEMO_AFTER: u32 = 256;

impl<'v, M: Mode> Walker<'v, M> {
    pub(crate) fn new(v: &'v Validator, mode: M, addins: u64) -> Self {
        Walker {
            v,
            mode,
            addins,
            explain: true,
            nesting: 0,
            memo: Memo::default(),
            stack: Stretch::here(),
        }
    }

    /// Walks `value` against `id` in a mode of its own, sharing the memo.
    fn sub_walk<N: Mode>(
        &mut self,
        mode: N,
        id: NodeId,
        value: &Value,
        path: &Path<'_>,
        depth: usize,
        selector: Option<&str>,
    ) -> (bool, N) {
        let mut sub = Walker {
            v: self.v,
            mode,
            addins: self.addins,
            explain: false,
            nesting: self.nesting.saturating_add(1),
            memo: std::mem::take(&mut self.memo),
            stack: self.stack,
        };
        let ok = sub.walk(id, value, path, depth, selector);
        self.memo = sub.memo;
        (ok, sub.mode)
    }

    /// [`Walker::walk`] for a value that lives only for this call: readers
    /// of JSON text hand over a number on the stack, one reused string
    /// buffer, a subtree parsed and then dropped. Trial verdicts are keyed
    /// by value address, which such values do not keep to themselves, so
    /// they are forgotten once the walk returns.
    pub(crate) fn walk_part(
        &mut self,
        id: NodeId,
        value: &Value,
        path: &Path<'_>,
        depth: usize,
    ) -> bool {
        let ok = self.walk(id, value, path, depth, None);
        if self.memo.trials != 0 {
            self.memo = Memo::default();
        }
        ok
    }

    /// Whether `value` satisfies node `id`, without reporting anything.
    pub(crate) fn probe(
        &mut self,
        id: NodeId,
        value: &Value,
        path: &Path<'_>,
        depth: usize,
        selector: Option<&str>,
    ) -> bool {
        let key = (
            id.0,
            std::ptr::from_ref(value) as usize,
            selector.map_or(0, |s| s.as_ptr() as usize),
        );
        if let Some(&known) = self.memo.verdicts.as_ref().and_then(|m| m.get(&key)) {
            return known;
        }
        if self.nesting == 0 {
            return self.sub_walk(FailFast, id, value, path, depth, selector).0;
        }
        self.memo.trials = self.memo.trials.saturating_add(1);
        let (ok, _) = self.sub_walk(FailFast, id, value, path, depth, selector);
        if self.memo.trials > MEMO_AFTER {
            self.memo
                .verdicts
                .get_or_insert_with(HashMap::new)
                .insert(key, ok);
        }
        ok
    }

    /// Walks `value` against node `id`, which applies to the same value as
    /// the node being walked (an `allOf` operand, `then`, `else`). Trial
    /// verdicts are reused; violations are collected only when it fails.
    fn same_value(
        &mut self,
        id: NodeId,
        value: &Value,
        path: &Path<'_>,
        depth: usize,
        selector: Option<&str>,
    ) -> bool {
        if self.probe(id, value, path, depth, selector) {
            return true;
        }
        if M::COLLECT {
            self.walk(id, value, path, depth, selector);
        }
        false
    }
}

/// Marks a failure: in fail-fast mode returns `false` from the enclosing
/// function at once; in collect mode records it and carries on.
macro_rules! failed {
    ($ok:ident) => {{
        $ok = false;
        if !M::COLLECT {
            return false;
        }
    }};
}

// After `failed!`, so that the keyword modules can use it.
mod composition;
mod validation;

impl<'v, M: Mode> Walker<'v, M> {
    /// Whether the string `s`, `depth` levels down, passes node `id` with
    /// nothing for the walker to do (a plain `string` or timestamp): the
    /// readers of JSON text then neither copy nor walk it.
    #[inline]
    pub(crate) fn string_passes_plainly_at(&self, id: NodeId, s: &str, depth: usize) -> bool {
        depth <= self.v.options.max_depth
            && self.node(id).is_some_and(|n| string_passes_plainly(n, s))
    }

    fn node(&self, id: NodeId) -> Option<&'v Node> {
        self.v.nodes.get(id.index())
    }

    /// Records a violation (collect mode only) and returns `false`.
    #[cold]
    pub(crate) fn fail(
        &mut self,
        node: &Node,
        keyword: &str,
        path: &Path<'_>,
        code: &'static str,
        message: impl FnOnce() -> String,
    ) -> bool {
        if M::COLLECT {
            let schema_path = if keyword.is_empty() {
                node.path.to_string()
            } else {
                pointer::join(&node.path, keyword)
            };
            self.mode.report(ValidationError::new(
                path.to_pointer(),
                schema_path,
                code,
                message(),
            ));
        }
        false
    }

    /// Records a violation that carries the violations behind it.
    #[cold]
    fn fail_with_causes(
        &mut self,
        node: &Node,
        keyword: &str,
        path: &Path<'_>,
        code: &'static str,
        message: String,
        causes: Vec<ValidationError>,
    ) -> bool {
        if M::COLLECT {
            self.mode.report(
                ValidationError::new(
                    path.to_pointer(),
                    pointer::join(&node.path, keyword),
                    code,
                    message,
                )
                .with_causes(causes),
            );
        }
        false
    }

    #[cold]
    fn fail_at(
        &mut self,
        schema_path: &str,
        path: &Path<'_>,
        code: &'static str,
        message: impl FnOnce() -> String,
    ) -> bool {
        if M::COLLECT {
            self.mode.report(ValidationError::new(
                path.to_pointer(),
                schema_path.to_owned(),
                code,
                message(),
            ));
        }
        false
    }

    /// Validates `value` against node `id`. `selector` is the property an
    /// enclosing inline choice consumed, which the branch must not treat as
    /// additional.
    #[inline]
    pub(crate) fn walk(
        &mut self,
        id: NodeId,
        value: &Value,
        path: &Path<'_>,
        depth: usize,
        selector: Option<&str>,
    ) -> bool {
        // Most values in real documents reach a node that checks only their
        // JSON kind; answering those here, inlined into the loops over
        // members and items, saves a call per value (measured: about a
        // third of `is_valid` on the bundled schema's documents).
        if depth <= self.v.options.max_depth
            && self.node(id).is_some_and(|n| passes_plainly(n, value))
        {
            return true;
        }
        let stack = self.stack;
        stack.guard(|| self.walk_node(id, value, path, depth, selector))
    }

    fn walk_node(
        &mut self,
        id: NodeId,
        value: &Value,
        path: &Path<'_>,
        depth: usize,
        selector: Option<&str>,
    ) -> bool {
        let Some(node) = self.node(id) else {
            return true;
        };
        if depth > self.v.options.max_depth {
            let max = self.v.options.max_depth;
            return self.fail(node, "", path, codes::INSTANCE_MAX_DEPTH_EXCEEDED, || {
                format!("the document nests deeper than the maximum depth of {max}")
            });
        }
        let mut ok = self.kind(node, value, path, depth, selector);
        if !ok && !M::COLLECT {
            return false;
        }
        if let Some(e) = &node.enumeration {
            if !enum_contains(e, value) {
                self.fail(node, "enum", path, codes::INSTANCE_ENUM_MISMATCH, || {
                    format!(
                        "expected one of {}, found {}",
                        list_enum(e),
                        describe(value)
                    )
                });
                failed!(ok);
            }
        }
        if let Some(c) = &node.constant {
            if !json_eq(c, value) {
                self.fail(node, "const", path, codes::INSTANCE_CONST_MISMATCH, || {
                    format!("expected exactly {}, found {}", c, describe(value))
                });
                failed!(ok);
            }
        }
        if let (Some(max), Value::String(s)) = (node.max_length, value) {
            // Byte length bounds the code-point count, so short strings
            // need no counting.
            if s.len() as u64 > max {
                let n = s.chars().count() as u64;
                if n > max {
                    self.fail(
                        node,
                        "maxLength",
                        path,
                        codes::INSTANCE_STRING_MAX_LENGTH,
                        || format!("expected at most {max} characters, found {n}"),
                    );
                    failed!(ok);
                }
            }
        }
        if let Some(checks) = &node.checks {
            if !self.checks(node, checks, value, path, depth, selector) {
                failed!(ok);
            }
        }
        ok
    }

    fn kind(
        &mut self,
        node: &'v Node,
        value: &Value,
        path: &Path<'_>,
        depth: usize,
        selector: Option<&str>,
    ) -> bool {
        match &node.kind {
            Kind::Any => true,
            Kind::Null => value.is_null() || self.expected(node, path, codes::INSTANCE_NULL_EXPECTED, "null", value),
            Kind::Boolean => value.is_boolean() || self.expected(node, path, codes::INSTANCE_BOOLEAN_EXPECTED, "a boolean", value),
            Kind::String => value.is_string() || self.expected(node, path, codes::INSTANCE_STRING_EXPECTED, "a string", value),
            Kind::Number => value.is_number() || self.expected(node, path, codes::INSTANCE_NUMBER_EXPECTED, "a number", value),
            Kind::Int { min, max, name } => self.int(node, value, path, *min, *max, name),
            Kind::Float { max, overflow, name } => self.float(node, value, path, (*max, *overflow), name),
            Kind::BigInt(b) => self.big_int(node, value, path, *b),
            Kind::Decimal { precision, scale } => self.decimal(node, value, path, *precision, *scale),
            Kind::Date => self.string_format(node, value, path, formats::is_date, codes::INSTANCE_DATE_EXPECTED, codes::INSTANCE_DATE_FORMAT_INVALID, "a date (RFC 3339 full-date, YYYY-MM-DD)"),
            Kind::DateTime => self.string_format(node, value, path, formats::is_datetime, codes::INSTANCE_DATETIME_EXPECTED, codes::INSTANCE_DATETIME_FORMAT_INVALID, "a datetime (RFC 3339 date-time with seconds and offset, e.g. 2024-01-15T10:30:00Z)"),
            Kind::Time => self.string_format(node, value, path, formats::is_time, codes::INSTANCE_TIME_EXPECTED, codes::INSTANCE_TIME_FORMAT_INVALID, "a time (RFC 3339 HH:MM:SS with optional fraction and offset)"),
            Kind::Duration => self.string_format(node, value, path, formats::is_duration, codes::INSTANCE_DURATION_EXPECTED, codes::INSTANCE_DURATION_FORMAT_INVALID, "a duration (RFC 3339, e.g. P1DT2H or PT0.5S)"),
            Kind::Uuid => self.string_format(node, value, path, formats::is_uuid, codes::INSTANCE_UUID_EXPECTED, codes::INSTANCE_UUID_FORMAT_INVALID, "a UUID (8-4-4-4-12 hex digits)"),
            Kind::Uri => self.uri(node, value, path),
            Kind::JsonPointer => self.string_format(node, value, path, formats::is_json_pointer, codes::INSTANCE_JSONPOINTER_EXPECTED, codes::INSTANCE_JSONPOINTER_FORMAT_INVALID, "a JSON Pointer (RFC 6901)"),
            Kind::Binary(enc) => {
                let enc = *enc;
                match value {
                    Value::String(s) if formats::is_encoded(s, enc) => true,
                    Value::String(_) => self.fail(node, "type", path, codes::INSTANCE_BINARY_ENCODING_INVALID, || {
                        format!("expected binary data encoded as {}, found {}", enc.name(), describe(value))
                    }),
                    _ => self.expected(node, path, codes::INSTANCE_BINARY_EXPECTED, "binary data as an encoded string", value),
                }
            }
            Kind::Object(o) => match value {
                Value::Object(map) => self.object(node, o, map, path, depth, selector),
                _ => self.expected(node, path, codes::INSTANCE_OBJECT_EXPECTED, "an object", value),
            },
            Kind::Array(items) => match value {
                Value::Array(a) => self.items(*items, a, path, depth),
                _ => self.expected(node, path, codes::INSTANCE_ARRAY_EXPECTED, "an array", value),
            },
            Kind::Set(items) => match value {
                Value::Array(a) => {
                    let mut ok = self.items(*items, a, path, depth);
                    if !M::COLLECT {
                        return ok && first_duplicate(a).is_none();
                    }
                    // Every repeated value is its own violation, reported at its index.
                    for i in duplicate_indices(a) {
                        let here = path.index(i);
                        self.fail(node, "type", &here, codes::INSTANCE_SET_DUPLICATE, || {
                            format!("a set holds each value once; {} appears earlier", a.get(i).map_or_else(String::new, describe))
                        });
                        ok = false;
                    }
                    ok
                }
                _ => self.expected(node, path, codes::INSTANCE_SET_EXPECTED, "an array (set)", value),
            },
            Kind::Map(values) => match value {
                Value::Object(map) => {
                    if self.values_pass_plainly(*values, map, path, depth) {
                        return true;
                    }
                    let mut ok = true;
                    for (k, v) in map {
                        if path.is_root() && is_instance_metadata(k) {
                            continue;
                        }
                        if !self.walk(*values, v, &path.key(k), depth + 1, None) {
                            failed!(ok);
                        }
                    }
                    ok
                }
                _ => self.expected(node, path, codes::INSTANCE_MAP_EXPECTED, "an object (map)", value),
            },
            Kind::Tuple(items) => match value {
                Value::Array(a) => {
                    let mut ok = true;
                    if a.len() != items.len() {
                        let (want, got) = (items.len(), a.len());
                        self.fail(node, "tuple", path, codes::INSTANCE_TUPLE_LENGTH_MISMATCH, || {
                            format!("expected a tuple of exactly {want} items, found {got}")
                        });
                        failed!(ok);
                    }
                    for (i, (id, v)) in items.iter().zip(a).enumerate() {
                        if !self.walk(*id, v, &path.index(i), depth + 1, None) {
                            failed!(ok);
                        }
                    }
                    ok
                }
                _ => self.expected(node, path, codes::INSTANCE_TUPLE_EXPECTED, "an array (tuple)", value),
            },
            Kind::TaggedChoice(choices) => {
                let Value::Object(map) = value else {
                    return self.expected(node, path, codes::INSTANCE_CHOICE_EXPECTED, "an object (choice)", value);
                };
                // At the root, `$schema` and `$uses` are metadata beside the
                // member that names the choice (DESIGN §2.11), unless a
                // choice has that name.
                let member = |(k, _): &(&String, &Value)| {
                    !(path.is_root() && is_instance_metadata(k) && choices.get(k).is_none())
                };
                let mut entries = map.iter().filter(member);
                match (entries.next(), entries.next()) {
                    (Some((tag, inner)), None) => match choices.get(tag) {
                        Some(branch) => self.walk(branch, inner, &path.key(tag), depth + 1, None),
                        None => self.fail(node, "choices", path, codes::INSTANCE_CHOICE_UNKNOWN, || {
                            format!("expected one of the choices {}, found \"{tag}\"", quote_list(choices.names()))
                        }),
                    },
                    (None, _) => self.fail(node, "choices", path, codes::INSTANCE_CHOICE_NO_MATCH, || {
                        let found = if map.is_empty() { "an empty object" } else { "only `$schema`/`$uses`" };
                        format!("expected an object with exactly one property naming one of {}, found {found}", quote_list(choices.names()))
                    }),
                    (Some(_), Some(_)) => {
                        let n = map.iter().filter(member).count();
                        self.fail(node, "choices", path, codes::INSTANCE_CHOICE_MULTIPLE_MATCHES, || {
                            format!("expected an object with exactly one property naming the choice, found {n} properties")
                        })
                    }
                }
            }
            Kind::InlineChoice { selector: sel, choices } => {
                let Value::Object(map) = value else {
                    return self.expected(node, path, codes::INSTANCE_CHOICE_EXPECTED, "an object (choice)", value);
                };
                match map.get(sel.as_ref()) {
                    None => self.fail(node, "selector", path, codes::INSTANCE_CHOICE_SELECTOR_MISSING, || {
                        format!("expected the selector property \"{sel}\" naming one of {}", quote_list(choices.names()))
                    }),
                    Some(Value::String(name)) => match choices.get(name) {
                        Some(branch) => self.walk(branch, value, path, depth, Some(sel)),
                        None => self.fail(node, "choices", &path.key(sel), codes::INSTANCE_CHOICE_UNKNOWN, || {
                            format!("expected one of the choices {}, found \"{name}\"", quote_list(choices.names()))
                        }),
                    },
                    Some(other) => self.fail(node, "selector", &path.key(sel), codes::INSTANCE_CHOICE_SELECTOR_NOT_STRING, || {
                        format!("expected the selector to be a string, found {}", describe(other))
                    }),
                }
            }
            Kind::Union(members) => self.union(node, members, value, path, depth, selector),
            Kind::Ref(target) => self.walk(*target, value, path, depth, selector),
            Kind::Unresolved { target, at } => self.fail_at(at, path, codes::INSTANCE_REF_UNRESOLVED, || {
                format!("the value reaches the reference \"{target}\", which does not resolve in the schema; no value can satisfy it")
            }),
        }
    }

    #[cold]
    fn expected(
        &mut self,
        node: &Node,
        path: &Path<'_>,
        code: &'static str,
        what: &str,
        value: &Value,
    ) -> bool {
        self.fail(node, "type", path, code, || {
            format!("expected {what}, found {}", describe(value))
        })
    }

    fn int(
        &mut self,
        node: &Node,
        value: &Value,
        path: &Path<'_>,
        min: i64,
        max: i64,
        name: &str,
    ) -> bool {
        let Value::Number(n) = value else {
            return self.fail(node, "type", path, codes::INSTANCE_INTEGER_EXPECTED, || {
                format!("expected {name} (an integer), found {}", describe(value))
            });
        };
        match (n.as_i64(), n.as_u64()) {
            (Some(i), _) if i >= min && i <= max => true,
            (Some(_), _) | (None, Some(_)) => self.fail(node, "type", path, codes::INSTANCE_INT_RANGE_INVALID, || {
                format!("expected {name} in the range {min} to {max}, found {n}")
            }),
            (None, None) => self.fail(node, "type", path, codes::INSTANCE_INTEGER_EXPECTED, || {
                format!("expected {name} as an integer literal without decimal point or exponent, found {n}")
            }),
        }
    }

    /// `(max, overflow)`: the largest finite value and the smallest
    /// magnitude that rounds to infinity. A number denotes the nearest value
    /// of the format (core §float), so anything below `overflow` is in range
    /// (`3.4028235e38` is a `float`).
    fn float(
        &mut self,
        node: &Node,
        value: &Value,
        path: &Path<'_>,
        (max, overflow): (f64, f64),
        name: &str,
    ) -> bool {
        let Value::Number(n) = value else {
            return self.expected(
                node,
                path,
                codes::INSTANCE_NUMBER_EXPECTED,
                "a number",
                value,
            );
        };
        match n.as_f64() {
            Some(f) if f.abs() < overflow => true,
            _ => self.fail(
                node,
                "type",
                path,
                codes::INSTANCE_FLOAT_RANGE_INVALID,
                || {
                    let largest = if max < 1e6 { format!("{max}") } else { format!("{max:e}") };
                    format!("expected {name}: a number that rounds to a finite {name} (largest ±{largest}), found {n}")
                },
            ),
        }
    }

    fn big_int(
        &mut self,
        node: &Node,
        value: &Value,
        path: &Path<'_>,
        kind: formats::BigInt,
    ) -> bool {
        let name = big_int_name(kind);
        match value {
            Value::String(s) => match formats::check_int_string(s, kind) {
                Ok(()) => true,
                Err(IntStringError::Syntax) => self.fail(node, "type", path, codes::INSTANCE_DECIMAL_EXPECTED, || {
                    format!("expected {name} as a string of decimal digits (optional leading minus, no leading zeros), found {}", describe(value))
                }),
                Err(IntStringError::Range) => self.fail(node, "type", path, codes::INSTANCE_INT_RANGE_INVALID, || {
                    format!("expected {name} within its range, found {}", describe(value))
                }),
            },
            Value::Number(n) if self.v.options.numbers_as_strings => {
                let text = n.to_string();
                if formats::check_int_string(&text, kind).is_ok() {
                    return true;
                }
                self.fail(node, "type", path, codes::INSTANCE_INT_RANGE_INVALID, || {
                    format!("expected {name} (an exact integer within range), found {n}")
                })
            }
            _ => self.fail(node, "type", path, codes::INSTANCE_STRING_EXPECTED, || {
                format!("expected {name} encoded as a JSON string (large integers are strings to keep their precision), found {}", describe(value))
            }),
        }
    }

    fn decimal(
        &mut self,
        node: &Node,
        value: &Value,
        path: &Path<'_>,
        precision: Option<u32>,
        scale: Option<u32>,
    ) -> bool {
        let shape = match value {
            Value::String(s) => formats::parse_decimal(s),
            Value::Number(n) if self.v.options.numbers_as_strings => {
                // JSON numbers may carry exponents; only plain spellings have a shape.
                formats::parse_decimal(&n.to_string())
            }
            _ => {
                return self.fail(node, "type", path, codes::INSTANCE_STRING_EXPECTED, || {
                    format!("expected decimal encoded as a JSON string (decimals are strings to keep their precision), found {}", describe(value))
                });
            }
        };
        let Some(shape) = shape else {
            return self.fail(node, "type", path, codes::INSTANCE_DECIMAL_EXPECTED, || {
                format!("expected a decimal such as \"-12.50\" (digits, optional minus and fraction, no exponent), found {}", describe(value))
            });
        };
        let mut ok = true;
        if let Some(p) = precision {
            if shape.precision() > p {
                self.fail(
                    node,
                    "precision",
                    path,
                    codes::INSTANCE_DECIMAL_PRECISION,
                    || {
                        format!(
                            "expected at most {p} significant digits, found {}",
                            shape.precision()
                        )
                    },
                );
                failed!(ok);
            }
        }
        if let Some(s) = scale {
            if shape.scale() > s {
                self.fail(node, "scale", path, codes::INSTANCE_DECIMAL_SCALE, || {
                    format!(
                        "expected at most {s} fractional digits, found {}",
                        shape.scale()
                    )
                });
                failed!(ok);
            }
        }
        ok
    }

    #[allow(clippy::too_many_arguments)]
    fn string_format(
        &mut self,
        node: &Node,
        value: &Value,
        path: &Path<'_>,
        check: fn(&str) -> bool,
        not_string: &'static str,
        invalid: &'static str,
        what: &str,
    ) -> bool {
        match value {
            Value::String(s) if check(s) => true,
            Value::String(_) => self.fail(node, "type", path, invalid, || {
                format!("expected {what}, found {}", describe(value))
            }),
            _ => self.fail(node, "type", path, not_string, || {
                format!("expected {what}, found {}", describe(value))
            }),
        }
    }

    fn uri(&mut self, node: &Node, value: &Value, path: &Path<'_>) -> bool {
        let Value::String(s) = value else {
            return self.expected(
                node,
                path,
                codes::INSTANCE_URI_EXPECTED,
                "a URI string",
                value,
            );
        };
        if !formats::is_uri_reference(s) {
            return self.fail(
                node,
                "type",
                path,
                codes::INSTANCE_URI_FORMAT_INVALID,
                || {
                    format!(
                        "expected a URI reference (RFC 3986), found {}",
                        describe(value)
                    )
                },
            );
        }
        if self.v.options.absolute_uris && !formats::is_absolute_uri(s) {
            return self.fail(
                node,
                "type",
                path,
                codes::INSTANCE_URI_MISSING_SCHEME,
                || {
                    format!(
                        "expected an absolute URI with a scheme, found {}",
                        describe(value)
                    )
                },
            );
        }
        true
    }

    fn items(&mut self, items: NodeId, a: &[Value], path: &Path<'_>, depth: usize) -> bool {
        let mut ok = true;
        for (i, v) in a.iter().enumerate() {
            if !self.walk(items, v, &path.index(i), depth + 1, None) {
                failed!(ok);
            }
        }
        ok
    }

    fn object(
        &mut self,
        node: &Node,
        o: &'v ObjectNode,
        map: &Map<String, Value>,
        path: &Path<'_>,
        depth: usize,
        selector: Option<&str>,
    ) -> bool {
        // An object used as a map (no declared properties) whose values only
        // need a JSON type: look at the values alone, without keys, paths or
        // look-ups. Anything else, and any failure, takes the loop below.
        if let (true, None, 0, Additional::Schema(id)) = (
            o.properties.is_empty()
                && !matches!(o.required, Required::OneSetOf(_))
                && o.inherited_sets.is_empty(),
            selector,
            self.addins,
            &o.additional,
        ) {
            if self.values_pass_plainly(*id, map, path, depth) {
                return true;
            }
        }
        let mut ok = true;
        // Which declared properties are present, for `required`; objects
        // with more than 64 properties fall back to map look-ups.
        let mut seen: u64 = 0;
        for (key, v) in map {
            // Root metadata is skipped unless the schema declares it (a
            // meta-schema describes `$schema` as a property).
            if path.is_root() && is_instance_metadata(key) && o.lookup(key).is_none() {
                continue;
            }
            if selector == Some(key.as_str()) {
                continue;
            }
            let here = path.key(key);
            if let Some((i, p)) = o.lookup(key) {
                if i < 64 {
                    seen |= 1u64 << i;
                }
                if !self.walk(p.node, v, &here, depth + 1, None) {
                    failed!(ok);
                }
                continue;
            }
            if let Some(p) = self.addin_property(o, key) {
                if !self.walk(p, v, &here, depth + 1, None) {
                    failed!(ok);
                }
                continue;
            }
            match o.additional {
                Additional::Allow => {}
                Additional::Deny => {
                    self.fail(node, "additionalProperties", &here, codes::INSTANCE_ADDITIONAL_PROPERTY_NOT_ALLOWED, || {
                        format!("property \"{key}\" is not declared and additional properties are not allowed")
                    });
                    failed!(ok);
                }
                Additional::Schema(id) => {
                    if !self.walk(id, v, &here, depth + 1, None) {
                        failed!(ok);
                    }
                }
            }
        }
        match &o.required {
            Required::None => {}
            Required::All(idx) => {
                for &i in idx.iter() {
                    let Some(p) = o.properties.get(i as usize) else {
                        continue;
                    };
                    let present = if i < 64 {
                        seen & (1u64 << i) != 0
                    } else {
                        map.contains_key(p.name.as_ref())
                    };
                    if !present {
                        self.fail(
                            node,
                            "required",
                            path,
                            codes::INSTANCE_REQUIRED_PROPERTY_MISSING,
                            || format!("missing required property \"{}\"", p.name),
                        );
                        failed!(ok);
                    }
                }
            }
            Required::OneSetOf(sets) => {
                if !self.required_sets(node, None, sets, map, path) {
                    failed!(ok);
                }
            }
        }
        for inherited in o.inherited_sets.iter() {
            if !self.required_sets(node, Some(&inherited.at), &inherited.sets, map, path) {
                failed!(ok);
            }
        }
        if self.addins != 0 {
            let active = self.addins;
            for a in o.addins.iter().filter(|a| active & (1u64 << a.bit) != 0) {
                for name in a.required.iter() {
                    if !map.contains_key(name.as_ref()) {
                        self.fail_at(&a.required_at, path, codes::INSTANCE_REQUIRED_PROPERTY_MISSING, || {
                            format!("missing property \"{name}\", required by an add-in named in `$uses`")
                        });
                        failed!(ok);
                    }
                }
                if !a.required_sets.is_empty()
                    && !self.required_sets(node, Some(&a.required_at), &a.required_sets, map, path)
                {
                    failed!(ok);
                }
            }
        }
        ok
    }

    /// Whether every value of a map (not the document root, where some
    /// keys are metadata) passes a node that checks only their JSON type.
    fn values_pass_plainly(
        &self,
        values: NodeId,
        map: &Map<String, Value>,
        path: &Path<'_>,
        depth: usize,
    ) -> bool {
        if path.is_root() || depth >= self.v.options.max_depth {
            return false;
        }
        let Some(node) = self.node(values) else {
            return false;
        };
        takes_any_string(node) && map.values().all(|v| passes_plainly(node, v))
    }

    fn addin_property(&self, o: &ObjectNode, key: &str) -> Option<NodeId> {
        if self.addins == 0 {
            return None;
        }
        o.addins
            .iter()
            .filter(|a| self.addins & (1u64 << a.bit) != 0)
            .find_map(|a| crate::node::lookup(&a.properties, key).map(|(_, p)| p.node))
    }

    /// `required` with alternative sets: this node's own (`at` is `None`)
    /// or a base type's, whose `required` is at `at`.
    fn required_sets(
        &mut self,
        node: &Node,
        at: Option<&str>,
        sets: &[Box<[Box<str>]>],
        map: &Map<String, Value>,
        path: &Path<'_>,
    ) -> bool {
        let complete = |s: &[Box<str>]| s.iter().all(|n| map.contains_key(n.as_ref()));
        if let [only] = sets {
            let mut ok = true;
            for n in only.iter().filter(|n| !map.contains_key(n.as_ref())) {
                let message = || format!("missing required property \"{n}\"");
                let code = codes::INSTANCE_REQUIRED_PROPERTY_MISSING;
                match at {
                    None => self.fail(node, "required", path, code, message),
                    Some(at) => self.fail_at(at, path, code, message),
                };
                failed!(ok);
            }
            return ok;
        }
        let matched = sets.iter().filter(|s| complete(s)).count();
        if matched == 1 {
            return true;
        }
        let message = || {
            let alts: Vec<String> = sets
                .iter()
                .map(|s| format!("[{}]", quote_list(s.iter().map(AsRef::as_ref))))
                .collect();
            format!(
                "expected exactly one of the required property sets {} to be present, found {matched}",
                alts.join(", ")
            )
        };
        let code = codes::INSTANCE_REQUIRED_ALTERNATIVES;
        match at {
            None => self.fail(node, "required", path, code, message),
            Some(at) => self.fail_at(at, path, code, message),
        }
    }

    fn union(
        &mut self,
        node: &Node,
        members: &[NodeId],
        value: &Value,
        path: &Path<'_>,
        depth: usize,
        selector: Option<&str>,
    ) -> bool {
        // When exactly one member could take a value of this JSON kind, the
        // others fail whatever the value holds: walking that member alone
        // gives the same verdict, and its own violations say more than
        // "matches no member". Walking it once (rather than probing it and
        // then walking it again to explain) keeps nested unions over deep
        // data linear.
        let candidates: Vec<NodeId> = if M::COLLECT {
            members
                .iter()
                .copied()
                .filter(|&m| self.accepts_json_kind(m, value, 0))
                .collect()
        } else {
            Vec::new()
        };
        if let [only] = candidates.as_slice() {
            return self.walk(*only, value, path, depth, selector);
        }
        for &m in members {
            if self.probe(m, value, path, depth, selector) {
                return true;
            }
        }
        if !M::COLLECT {
            return false;
        }
        if M::SEARCH {
            if let Some(best) = self.closest(&candidates, value, path, depth, selector) {
                return self.walk(best, value, path, depth, selector);
            }
        }
        let names: Vec<String> = members.iter().map(|&m| self.type_name(m)).collect();
        self.fail(node, "type", path, codes::INSTANCE_TYPE_MISMATCH, || {
            format!(
                "expected one of {}, found {}",
                names.join(", "),
                describe(value)
            )
        })
    }

    /// The member that came closest to accepting `value`: its first
    /// violation lies deepest in the value, then it has the fewest. `None`
    /// on a tie, where "matches no member" is the honest answer.
    fn closest(
        &mut self,
        candidates: &[NodeId],
        value: &Value,
        path: &Path<'_>,
        depth: usize,
        selector: Option<&str>,
    ) -> Option<NodeId> {
        let mut scores: Vec<(usize, std::cmp::Reverse<usize>, NodeId)> = candidates
            .iter()
            .map(|&m| {
                let (_, probe) = self.sub_walk(Probe::default(), m, value, path, depth, selector);
                let errors = probe.0;
                let deepest = errors
                    .iter()
                    .map(|e| e.instance_path().matches('/').count())
                    .max()
                    .unwrap_or(0);
                (deepest, std::cmp::Reverse(errors.len()), m)
            })
            .collect();
        scores.sort_by_key(|s| std::cmp::Reverse((s.0, s.1)));
        match scores.as_slice() {
            [best, next, ..] if (best.0, best.1) == (next.0, next.1) => None,
            [best, ..] => Some(best.2),
            [] => None,
        }
    }

    /// Whether the node's type could take a value of this JSON kind at all.
    fn accepts_json_kind(&self, id: NodeId, value: &Value, hops: usize) -> bool {
        let Some(node) = self.node(id) else {
            return false;
        };
        match (&node.kind, value) {
            (Kind::Ref(t), _) if hops < 32 => self.accepts_json_kind(*t, value, hops + 1),
            (Kind::Union(ms), _) if hops < 32 => ms
                .iter()
                .any(|m| self.accepts_json_kind(*m, value, hops + 1)),
            (Kind::Any, _) => true,
            (Kind::Null, Value::Null) | (Kind::Boolean, Value::Bool(_)) => true,
            (Kind::Number | Kind::Int { .. } | Kind::Float { .. }, Value::Number(_)) => true,
            (
                Kind::String
                | Kind::BigInt(_)
                | Kind::Decimal { .. }
                | Kind::Date
                | Kind::DateTime
                | Kind::Time
                | Kind::Duration
                | Kind::Uuid
                | Kind::Uri
                | Kind::JsonPointer
                | Kind::Binary(_),
                Value::String(_),
            ) => true,
            (
                Kind::Object(_) | Kind::Map(_) | Kind::TaggedChoice(_) | Kind::InlineChoice { .. },
                Value::Object(_),
            ) => true,
            (Kind::Array(_) | Kind::Set(_) | Kind::Tuple(_), Value::Array(_)) => true,
            _ => false,
        }
    }

    fn type_name(&self, id: NodeId) -> String {
        let Some(node) = self.node(id) else {
            return "?".into();
        };
        match &node.kind {
            Kind::Ref(t) => self
                .node(*t)
                .map_or_else(|| "?".into(), |n| format!("#{}", n.path)),
            Kind::Unresolved { target, .. } => target.to_string(),
            k => kind_name(k).into(),
        }
    }
}

/// The kind of a node that has no keyword besides its type (no `enum`,
/// `const`, `maxLength` or extension checks), which a value of the right
/// shape passes without the walker. The fields are spelled out so that a
/// keyword added to `Node` must be considered here.
#[inline(always)]
fn keyword_free(node: &Node) -> Option<&Kind> {
    let Node {
        kind,
        path: _,
        enumeration,
        constant,
        max_length,
        checks,
        annotations: _,
    } = node;
    let none =
        enumeration.is_none() && constant.is_none() && max_length.is_none() && checks.is_none();
    none.then_some(kind)
}

/// Whether `value` passes a node that checks nothing but its type: a
/// scalar kind (or `any`) without `enum`, `const` or `maxLength`. `false`
/// means "ask `walk_node`", not "invalid".
#[inline(always)]
fn passes_plainly(node: &Node, value: &Value) -> bool {
    let Some(kind) = keyword_free(node) else {
        return false;
    };
    match (kind, value) {
        (Kind::Any, _)
        | (Kind::String, Value::String(_))
        | (Kind::Boolean, Value::Bool(_))
        | (Kind::Number, Value::Number(_))
        | (Kind::Null, Value::Null) => true,
        (Kind::Int { min, max, .. }, Value::Number(n)) => {
            n.as_i64().is_some_and(|i| i >= *min && i <= *max)
        }
        (kind, Value::String(s)) => format_passes(kind, s),
        _ => false,
    }
}

/// Whether a string is a valid value of a date, time or UUID node without
/// keywords of its own. Timestamps and identifiers are most of the strings
/// with a format in real documents; answering them here saves the walk's
/// call per value. A `false` is only "not here": the walker decides, and
/// explains, every string this does not accept.
#[inline]
pub(crate) fn format_passes(kind: &Kind, s: &str) -> bool {
    match kind {
        Kind::DateTime => formats::is_datetime(s),
        Kind::Date => formats::is_date(s),
        Kind::Uuid => formats::is_uuid(s),
        _ => false,
    }
}

/// Whether `s` passes `node` with nothing to check beyond [`takes_any_string`]
/// and [`format_passes`]; readers of JSON text use it to skip the walker.
#[inline]
pub(crate) fn string_passes_plainly(node: &Node, s: &str) -> bool {
    keyword_free(node)
        .is_some_and(|kind| matches!(kind, Kind::String | Kind::Any) || format_passes(kind, s))
}

/// Whether every string passes `node`: a plain `string` (or `any`) without
/// `enum`, `const` or `maxLength`. Lets readers of JSON text skip handing
/// such strings to the walker.
pub(crate) fn takes_any_string(node: &Node) -> bool {
    keyword_free(node).is_some_and(|kind| matches!(kind, Kind::String | Kind::Any))
}

/// `$schema` and `$uses` at the root of an instance are metadata (DESIGN §2.11).
pub(crate) fn is_instance_metadata(key: &str) -> bool {
    key == "$schema" || key == "$uses"
}

fn enum_contains(e: &Enumeration, value: &Value) -> bool {
    match e {
        Enumeration::Strings(list) => match value {
            Value::String(s) => list
                .binary_search_by(|x| x.as_ref().cmp(s.as_str()))
                .is_ok(),
            _ => false,
        },
        Enumeration::Values(list) => list.iter().any(|x| json_eq(x, value)),
    }
}

fn list_enum(e: &Enumeration) -> String {
    const SHOWN: usize = 10;
    let (mut items, total): (Vec<String>, usize) = match e {
        Enumeration::Strings(l) => (
            l.iter().take(SHOWN).map(|s| format!("{s:?}")).collect(),
            l.len(),
        ),
        Enumeration::Values(l) => (
            l.iter().take(SHOWN).map(Value::to_string).collect(),
            l.len(),
        ),
    };
    if total > SHOWN {
        items.push(format!("… ({} more)", total - SHOWN));
    }
    items.join(", ")
}

pub(crate) fn quote_list<'a>(names: impl Iterator<Item = &'a str>) -> String {
    names
        .map(|n| format!("\"{n}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

fn big_int_name(kind: formats::BigInt) -> &'static str {
    match kind {
        formats::BigInt::Int64 => "int64",
        formats::BigInt::UInt64 => "uint64",
        formats::BigInt::Int128 => "int128",
        formats::BigInt::UInt128 => "uint128",
    }
}

pub(crate) fn kind_name(kind: &Kind) -> &'static str {
    match kind {
        Kind::Any => "any",
        Kind::Null => "null",
        Kind::Boolean => "boolean",
        Kind::String => "string",
        Kind::Number => "number",
        Kind::Int { name, .. } | Kind::Float { name, .. } => name,
        Kind::BigInt(b) => big_int_name(*b),
        Kind::Decimal { .. } => "decimal",
        Kind::Date => "date",
        Kind::DateTime => "datetime",
        Kind::Time => "time",
        Kind::Duration => "duration",
        Kind::Uuid => "uuid",
        Kind::Uri => "uri",
        Kind::JsonPointer => "jsonpointer",
        Kind::Binary(_) => "binary",
        Kind::Object(_) => "object",
        Kind::Array(_) => "array",
        Kind::Set(_) => "set",
        Kind::Map(_) => "map",
        Kind::Tuple(_) => "tuple",
        Kind::TaggedChoice(_) | Kind::InlineChoice { .. } => "choice",
        Kind::Union(_) => "union",
        Kind::Ref(_) => "reference",
        Kind::Unresolved { .. } => "unresolved reference",
    }
}
