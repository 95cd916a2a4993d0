//! The validation extension's keywords (validation §Validation Keywords),
//! compiled into [`Checks`].
//!
//! A keyword whose value cannot be given a meaning (a bound that is not a
//! number, a negative count, a pattern that does not compile) is a schema
//! error. A well-formed keyword on a type it does not fit (`minimum` on a
//! `string`) is not enforced; reporting it is the schema checker's job.

use std::sync::Arc;

use serde_json::{Map, Number, Value};

use super::extensions::Fit;
use super::{Compiler, describe};
use crate::checks::{
    ArrayChecks, Checks, Contains, Dependency, Divisor, Format, Limit, MemberChecks, NumberChecks,
    PatternSchema, StringChecks,
};
use crate::codes;
use crate::formats::Exact;
use crate::node::{Kind, NodeId};
use crate::pattern::Pattern;
use crate::pointer;

/// The exact value of a JSON number as the schema wrote it: integers
/// exactly, floats as the shortest decimal text that reads back as the same
/// `f64` (so `0.1` is one tenth).
fn exact_of(n: &Number) -> Option<Exact> {
    if let Some(i) = n.as_i64() {
        Some(Exact::from_i64(i))
    } else if let Some(u) = n.as_u64() {
        Some(Exact::from_u64(u))
    } else {
        n.as_f64().and_then(Exact::from_f64)
    }
}

impl<'s> Compiler<'s> {
    pub(super) fn validation(
        &mut self,
        obj: &'s Map<String, Value>,
        path: &str,
        fit: Fit,
        checks: &mut Checks,
    ) {
        let number = self.number_checks(obj, path, fit.numeric_strings);
        if fit.number && !number.is_empty() {
            checks.number = Some(number);
        }
        let string = self.string_checks(obj, path);
        if fit.string
            && (string.min_length.is_some() || string.pattern.is_some() || string.format.is_some())
        {
            checks.string = Some(string);
        }
        let array = self.array_checks(obj, path, fit.unique);
        if fit.array
            && (array.min_items.is_some()
                || array.max_items.is_some()
                || array.unique
                || array.contains.is_some())
        {
            checks.array = Some(array);
        }
        let has = obj
            .get("has")
            .map(|s| self.compile_schema(s, pointer::join(path, "has")));
        let mut object = self.member_checks(obj, path, &crate::checks::OBJECT_WORDS);
        object.dependent_required = self.dependent_required(obj, path);
        let mut map = self.member_checks(obj, path, &crate::checks::MAP_WORDS);
        // `has` applies to objects and maps alike; a generic node keeps it
        // once, with the object flavour.
        if fit.object {
            object.has = has;
        } else {
            map.has = has;
        }
        if fit.object && !member_checks_empty(&object) {
            checks.object = Some(object);
        }
        if fit.map && !member_checks_empty(&map) {
            checks.map = Some(map);
        }
    }

    fn number_checks(
        &mut self,
        obj: &Map<String, Value>,
        path: &str,
        numeric_strings: bool,
    ) -> NumberChecks {
        let mut c = NumberChecks {
            minimum: self.limit(obj, "minimum", path),
            maximum: self.limit(obj, "maximum", path),
            strings: numeric_strings,
            ..NumberChecks::default()
        };
        c.exclusive_minimum = match obj.get("exclusiveMinimum") {
            Some(Value::Bool(b)) => self
                .draft4_exclusive("exclusiveMinimum", "minimum", path, *b)
                .then(|| c.minimum.take())
                .flatten(),
            _ => self.limit(obj, "exclusiveMinimum", path),
        };
        c.exclusive_maximum = match obj.get("exclusiveMaximum") {
            Some(Value::Bool(b)) => self
                .draft4_exclusive("exclusiveMaximum", "maximum", path, *b)
                .then(|| c.maximum.take())
                .flatten(),
            _ => self.limit(obj, "exclusiveMaximum", path),
        };
        c.multiple_of = self.divisor(obj, path);
        c
    }

    /// The extended meta-schema types `exclusiveMinimum`/`exclusiveMaximum`
    /// as booleans (JSON Schema draft 4), while validation §`exclusiveMinimum`
    /// makes them bounds. A boolean is read in the draft-4 sense: `true`
    /// makes the sibling bound exclusive.
    fn draft4_exclusive(&mut self, keyword: &str, bound: &str, path: &str, on: bool) -> bool {
        self.lenient(
            codes::SCHEMA_NUMBER_CONSTRAINT_INVALID,
            &pointer::join(path, keyword),
            format!("`{keyword}` is a bound in the validation extension; the boolean {on} is read as in JSON Schema draft 4 (it {} `{bound}` exclusive)", if on { "makes" } else { "does not make" }),
        );
        on
    }

    fn limit(&mut self, obj: &Map<String, Value>, keyword: &str, path: &str) -> Option<Limit> {
        self.bound(obj, keyword, path).map(Limit::new)
    }

    /// A numeric keyword's value: a JSON number, or a string holding one
    /// (validation §Numeric Validation Keywords requires strings for the
    /// types carried as strings; either form is accepted for every type).
    fn bound(&mut self, obj: &Map<String, Value>, keyword: &str, path: &str) -> Option<Exact> {
        let v = obj.get(keyword)?;
        let exact = match v {
            Value::Number(n) => exact_of(n),
            Value::String(s) => Exact::parse_json_number(s),
            _ => None,
        };
        if exact.is_none() {
            self.error(
                codes::SCHEMA_NUMBER_CONSTRAINT_INVALID,
                &pointer::join(path, keyword),
                format!(
                    "`{keyword}` must be a number (or a string holding one, for the types carried as strings), found {}",
                    describe(v)
                ),
            );
        }
        exact
    }

    fn divisor(&mut self, obj: &Map<String, Value>, path: &str) -> Option<Divisor> {
        let exact = self.bound(obj, "multipleOf", path)?;
        if exact.is_zero() || exact.is_negative() {
            self.error(
                codes::SCHEMA_POSITIVE_NUMBER_CONSTRAINT_INVALID,
                &pointer::join(path, "multipleOf"),
                format!("`multipleOf` must be a positive number, found {exact}"),
            );
            return None;
        }
        Some(Divisor::new(exact))
    }

    fn string_checks(&mut self, obj: &Map<String, Value>, path: &str) -> StringChecks {
        let min_length = self.non_negative(obj, "minLength", path);
        let pattern = match obj.get("pattern") {
            None => None,
            Some(Value::String(p)) => self.pattern(p, &pointer::join(path, "pattern")),
            Some(other) => {
                self.error(
                    codes::SCHEMA_PATTERN_NOT_STRING,
                    &pointer::join(path, "pattern"),
                    format!(
                        "`pattern` must be a string holding an ECMA-262 regular expression, found {}",
                        describe(other)
                    ),
                );
                None
            }
        };
        let at = pointer::join(path, "format");
        let format = match obj.get("format") {
            None => None,
            Some(Value::String(name)) => {
                let f = Format::from_name(name);
                if f.is_none() {
                    self.warning(
                        codes::SCHEMA_FORMAT_UNKNOWN,
                        &at,
                        format!("unknown format \"{name}\"; it is not enforced"),
                    );
                }
                f
            }
            Some(other) => {
                self.error(
                    codes::SCHEMA_KEYWORD_INVALID_TYPE,
                    &at,
                    format!("`format` must be a format name, found {}", describe(other)),
                );
                None
            }
        };
        StringChecks {
            min_length,
            pattern,
            format,
        }
    }

    /// Compiles a pattern once per distinct text; one that does not compile
    /// is a schema error (DESIGN §2.13), never skipped.
    pub(super) fn pattern(&mut self, source: &str, at: &str) -> Option<Arc<Pattern>> {
        match self.patterns.get_or_compile(source) {
            Ok(p) => {
                if let Some(escape) = property_escape(source) {
                    self.warning(
                        codes::SCHEMA_PATTERN_PROPERTY_ESCAPE,
                        at,
                        format!("`{escape}` matches the text \"{}\", not a Unicode property: patterns are ECMA-262 without the `u` flag, where `\\{}` stands for itself; list the characters or ranges instead", escape.get(1..).unwrap_or_default(), escape.get(1..2).unwrap_or_default()),
                    );
                }
                Some(p)
            }
            Err(e) => {
                self.error(
                    codes::SCHEMA_PATTERN_INVALID,
                    at,
                    format!("\"{source}\" is not a usable ECMA-262 regular expression: {e}"),
                );
                None
            }
        }
    }

    fn array_checks(
        &mut self,
        obj: &'s Map<String, Value>,
        path: &str,
        unique_fits: bool,
    ) -> ArrayChecks {
        let unique = match obj.get("uniqueItems") {
            None => false,
            Some(Value::Bool(b)) => *b && unique_fits,
            Some(other) => {
                self.error(
                    codes::SCHEMA_UNIQUE_ITEMS_NOT_BOOLEAN,
                    &pointer::join(path, "uniqueItems"),
                    format!("`uniqueItems` must be a boolean, found {}", describe(other)),
                );
                false
            }
        };
        let min_contains = self.non_negative(obj, "minContains", path);
        let max_contains = self.non_negative(obj, "maxContains", path);
        let contains = obj.get("contains").map(|schema| Contains {
            node: self.compile_schema(schema, pointer::join(path, "contains")),
            min: min_contains.unwrap_or(1),
            min_keyword: if min_contains.is_some() {
                "minContains"
            } else {
                "contains"
            },
            max: max_contains,
        });
        ArrayChecks {
            min_items: self.non_negative(obj, "minItems", path),
            max_items: self.non_negative(obj, "maxItems", path),
            unique,
            contains,
        }
    }

    fn member_checks(
        &mut self,
        obj: &'s Map<String, Value>,
        path: &str,
        words: &crate::checks::MemberWords,
    ) -> MemberChecks {
        let at = pointer::join(path, words.patterns);
        let patterns = match obj.get(words.patterns) {
            None => Vec::new(),
            Some(Value::Object(entries)) => entries
                .iter()
                .filter_map(|(source, schema)| {
                    let here = pointer::join(&at, source);
                    let pattern = self.pattern(source, &here);
                    let node = self.compile_schema(schema, here);
                    pattern.map(|pattern| PatternSchema { pattern, node })
                })
                .collect(),
            Some(other) => {
                self.error(
                    codes::SCHEMA_KEYWORD_INVALID_TYPE,
                    &at,
                    format!(
                        "`{}` must map patterns to schemas, found {}",
                        words.patterns,
                        describe(other)
                    ),
                );
                Vec::new()
            }
        };
        let names: Option<NodeId> = obj
            .get(words.names)
            .map(|s| self.compile_schema(s, pointer::join(path, words.names)));
        MemberChecks {
            min: self.non_negative(obj, words.min, path),
            max: self.non_negative(obj, words.max, path),
            dependent_required: Box::new([]),
            patterns: patterns.into_boxed_slice(),
            names,
            has: None,
        }
    }

    fn dependent_required(&mut self, obj: &Map<String, Value>, path: &str) -> Box<[Dependency]> {
        let at = pointer::join(path, "dependentRequired");
        let Some(v) = obj.get("dependentRequired") else {
            return Box::new([]);
        };
        let Value::Object(entries) = v else {
            self.error(
                codes::SCHEMA_KEYWORD_INVALID_TYPE,
                &at,
                format!(
                    "`dependentRequired` must map property names to arrays of property names, found {}",
                    describe(v)
                ),
            );
            return Box::new([]);
        };
        let mut out = Vec::with_capacity(entries.len());
        for (name, deps) in entries {
            let here = pointer::join(&at, name);
            let list: Option<Vec<Box<str>>> = deps
                .as_array()
                .and_then(|a| a.iter().map(|d| d.as_str().map(Into::into)).collect());
            match list {
                Some(list) => out.push(Dependency {
                    name: name.as_str().into(),
                    requires: list.into_boxed_slice(),
                }),
                None => self.error(
                    codes::SCHEMA_KEYWORD_INVALID_TYPE,
                    &here,
                    format!(
                        "`dependentRequired` entries must be arrays of property names, found {}",
                        describe(deps)
                    ),
                ),
            }
        }
        out.into_boxed_slice()
    }

    /// Numeric bounds on a reference or a union apply to numeric strings
    /// when what it refers to is carried as strings (`int64` … `decimal`);
    /// known only once every node is compiled.
    pub(super) fn finish_number_checks(&mut self) {
        for i in 0..self.nodes.len() {
            let generic = self.nodes.get(i).is_some_and(|n| {
                matches!(n.kind, Kind::Ref(_) | Kind::Union(_))
                    && n.checks.as_ref().is_some_and(|c| c.number.is_some())
            });
            if !generic {
                continue;
            }
            let id = NodeId(u32::try_from(i).unwrap_or(u32::MAX));
            let strings = self.carries_numeric_strings(id, 0);
            if let Some(c) = self
                .nodes
                .get_mut(i)
                .and_then(|n| n.checks.as_mut())
                .and_then(|c| c.number.as_mut())
            {
                c.strings = strings;
            }
        }
    }

    fn carries_numeric_strings(&self, id: NodeId, hops: usize) -> bool {
        if hops > 32 {
            return false;
        }
        match self.node(id).map(|n| &n.kind) {
            Some(Kind::BigInt(_) | Kind::Decimal { .. }) => true,
            Some(Kind::Ref(t)) => self.carries_numeric_strings(*t, hops + 1),
            Some(Kind::Union(members)) => members
                .iter()
                .any(|m| self.carries_numeric_strings(*m, hops + 1)),
            _ => false,
        }
    }
}

fn member_checks_empty(m: &MemberChecks) -> bool {
    m.min.is_none()
        && m.max.is_none()
        && m.dependent_required.is_empty()
        && m.patterns.is_empty()
        && m.names.is_none()
        && m.has.is_none()
}

/// The first `\p{…}` or `\P{…}` in a pattern, written as it stands, when
/// its backslash is not itself escaped: in ECMA-262 without the `u` flag it
/// is an identity escape followed by braces, which a schema author almost
/// never means.
fn property_escape(source: &str) -> Option<&str> {
    let bytes = source.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b == b'\\' {
            if let (Some(b'p' | b'P'), Some(b'{')) = (bytes.get(i + 1), bytes.get(i + 2)) {
                let end = source
                    .get(i..)
                    .and_then(|rest| rest.find('}'))
                    .map_or(source.len(), |n| i + n + 1);
                return source.get(i..end);
            }
            // The escaped character, whatever it is, is skipped with it.
            i += 2;
            continue;
        }
        i += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    use crate::codes;
    use crate::options::ValidatorOptions;

    use super::super::Compiler;

    #[test]
    fn property_escapes_are_found_unless_their_backslash_is_escaped() {
        assert_eq!(super::property_escape(r"^\p{Lu}+$"), Some(r"\p{Lu}"));
        assert_eq!(super::property_escape(r"[a\P{N}]"), Some(r"\P{N}"));
        assert_eq!(super::property_escape(r"é\p{L"), Some(r"\p{L"));
        assert_eq!(super::property_escape(r"\\p{L}"), None);
        assert_eq!(super::property_escape(r"\p"), None);
        assert_eq!(super::property_escape(r"p{L}"), None);
        assert_eq!(super::property_escape(r"\\\p{L}"), Some(r"\p{L}"));
    }

    fn schema(body: Value) -> Value {
        let mut s = json!({
            "$schema": "https://json-structure.org/meta/validation/v0/#",
            "$id": "https://example.com/t", "name": "T"
        });
        if let (Some(s), Some(b)) = (s.as_object_mut(), body.as_object()) {
            s.extend(b.clone());
        }
        s
    }

    fn found(body: Value) -> Vec<(String, &'static str, bool)> {
        Compiler::compile(&schema(body), &ValidatorOptions::default())
            .diagnostics
            .into_iter()
            .map(|d| (d.pointer, d.code, d.severity == crate::Severity::Error))
            .collect()
    }

    #[test]
    fn keywords_without_a_meaning_are_schema_errors() {
        assert_eq!(
            found(json!({"type": "int32", "minimum": "ten", "maximum": true})),
            [
                (
                    "/minimum".to_owned(),
                    codes::SCHEMA_NUMBER_CONSTRAINT_INVALID,
                    true
                ),
                (
                    "/maximum".to_owned(),
                    codes::SCHEMA_NUMBER_CONSTRAINT_INVALID,
                    true
                ),
            ]
        );
        assert_eq!(
            found(json!({"type": "string", "minLength": -1, "pattern": 5})),
            [
                (
                    "/minLength".to_owned(),
                    codes::SCHEMA_INTEGER_CONSTRAINT_INVALID,
                    true
                ),
                (
                    "/pattern".to_owned(),
                    codes::SCHEMA_PATTERN_NOT_STRING,
                    true
                ),
            ]
        );
        assert_eq!(
            found(json!({"type": "string", "pattern": "(unclosed"})),
            [("/pattern".to_owned(), codes::SCHEMA_PATTERN_INVALID, true)]
        );
        assert_eq!(
            found(json!({"type": "number", "multipleOf": 0})),
            [(
                "/multipleOf".to_owned(),
                codes::SCHEMA_POSITIVE_NUMBER_CONSTRAINT_INVALID,
                true
            )]
        );
        assert_eq!(
            found(json!({"type": "array", "items": {"type": "string"}, "uniqueItems": "yes"})),
            [(
                "/uniqueItems".to_owned(),
                codes::SCHEMA_UNIQUE_ITEMS_NOT_BOOLEAN,
                true
            )]
        );
        assert_eq!(
            found(
                json!({"type": "object", "properties": {"a": {"type": "string"}},
                "patternProperties": {"[": {"type": "string"}},
                "dependentRequired": {"a": [1]}})
            ),
            [
                (
                    "/patternProperties/[".to_owned(),
                    codes::SCHEMA_PATTERN_INVALID,
                    true
                ),
                (
                    "/dependentRequired/a".to_owned(),
                    codes::SCHEMA_KEYWORD_INVALID_TYPE,
                    true
                ),
            ]
        );
    }

    #[test]
    fn unknown_formats_are_warned_about_and_large_bounds_may_be_strings() {
        assert_eq!(
            found(json!({"type": "string", "format": "credit-card"})),
            [("/format".to_owned(), codes::SCHEMA_FORMAT_UNKNOWN, false)]
        );
        assert_eq!(
            found(json!({"type": "int64", "minimum": "-9223372036854775808"})),
            []
        );
        assert_eq!(
            found(json!({"type": "decimal", "maximum": "100.00", "multipleOf": "0.01"})),
            []
        );
    }

    #[test]
    fn boolean_exclusive_bounds_are_read_as_draft_4() {
        assert_eq!(
            found(json!({"type": "number", "minimum": 0, "exclusiveMinimum": true})),
            [(
                "/exclusiveMinimum".to_owned(),
                codes::SCHEMA_NUMBER_CONSTRAINT_INVALID,
                false
            )]
        );
        let c = Compiler::compile(
            &schema(json!({"type": "number", "minimum": 0, "exclusiveMinimum": true})),
            &ValidatorOptions::default(),
        );
        let n = c
            .nodes
            .first()
            .and_then(|n| n.checks.as_ref())
            .and_then(|c| c.number.as_ref());
        assert!(n.is_some_and(|n| n.minimum.is_none() && n.exclusive_minimum.is_some()));
    }

    #[test]
    fn keywords_that_do_not_fit_the_type_are_not_compiled() {
        let c = Compiler::compile(
            &schema(json!({"type": "string", "minimum": 3, "minItems": 1})),
            &ValidatorOptions::default(),
        );
        assert!(c.diagnostics.is_empty());
        assert!(c.nodes.first().is_some_and(|n| n.checks.is_none()));
    }
}
