//! Enforcing the validation extension's keywords. Each group applies to
//! values of its JSON kind; the value's type is the `type` keyword's
//! business, checked before.

use std::cmp::Ordering;

use serde_json::{Map, Value};

use super::{Mode, Walker, is_instance_metadata};
use crate::checks::{
    ArrayChecks, Checks, MAP_WORDS, MemberChecks, MemberWords, Num, NumberChecks, OBJECT_WORDS,
    StringChecks,
};
use crate::codes;
use crate::compiler::describe;
use crate::equality::first_duplicate;
use crate::node::{Enumeration, Kind, Node, NodeId};
use crate::path::Path;
use crate::pointer;
use crate::walk::Collect;

impl<'v, M: Mode> Walker<'v, M> {
    pub(super) fn checks(
        &mut self,
        node: &'v Node,
        checks: &'v Checks,
        value: &Value,
        path: &Path<'_>,
        depth: usize,
        selector: Option<&str>,
    ) -> bool {
        let mut ok = true;
        match value {
            Value::Number(n) => {
                if let Some(c) = &checks.number {
                    if !self.number(node, c, Num::of(n), path) {
                        failed!(ok);
                    }
                }
            }
            Value::String(s) => {
                if let Some(c) = checks.number.as_ref().filter(|c| c.strings) {
                    if !self.number(node, c, Num::Text(s), path) {
                        failed!(ok);
                    }
                }
                if let Some(c) = &checks.string {
                    if !self.string(node, c, s, path) {
                        failed!(ok);
                    }
                }
            }
            Value::Array(items) => {
                if let Some(c) = &checks.array {
                    if !self.array(node, c, items, path, depth) {
                        failed!(ok);
                    }
                }
            }
            Value::Object(map) => {
                if let Some(c) = &checks.object {
                    if !self.members(node, c, &OBJECT_WORDS, map, path, depth) {
                        failed!(ok);
                    }
                }
                if let Some(c) = &checks.map {
                    if !self.members(node, c, &MAP_WORDS, map, path, depth) {
                        failed!(ok);
                    }
                }
            }
            Value::Null | Value::Bool(_) => {}
        }
        if let Some(c) = &checks.compose {
            if !self.compose(node, c, value, path, depth, selector) {
                failed!(ok);
            }
        }
        ok
    }

    fn number(&mut self, node: &Node, c: &NumberChecks, v: Num<'_>, path: &Path<'_>) -> bool {
        // A malformed large-number string compares as `None`: its type
        // check has reported it already.
        let mut ok = true;
        let bounds = [
            (&c.minimum, Bound::MINIMUM),
            (&c.maximum, Bound::MAXIMUM),
            (&c.exclusive_minimum, Bound::EXCLUSIVE_MINIMUM),
            (&c.exclusive_maximum, Bound::EXCLUSIVE_MAXIMUM),
        ];
        for (limit, bound) in bounds {
            let Some(limit) = limit else { continue };
            if limit.compare(v).is_some_and(|o| !(bound.holds)(o)) {
                self.fail(node, bound.keyword, path, bound.code, || {
                    format!(
                        "expected a value {} {}, found {}",
                        bound.relation,
                        limit.exact,
                        show(v)
                    )
                });
                failed!(ok);
            }
        }
        if let Some(d) = &c.multiple_of {
            if d.divides(v) == Some(false) {
                self.fail(
                    node,
                    "multipleOf",
                    path,
                    codes::INSTANCE_NUMBER_MULTIPLE_OF,
                    || format!("expected a multiple of {}, found {}", d.exact, show(v)),
                );
                failed!(ok);
            }
        }
        ok
    }

    fn string(&mut self, node: &Node, c: &StringChecks, s: &str, path: &Path<'_>) -> bool {
        let mut ok = true;
        if let Some(min) = c.min_length {
            if !at_least_chars(s, min) {
                let n = s.chars().count();
                self.fail(
                    node,
                    "minLength",
                    path,
                    codes::INSTANCE_STRING_MIN_LENGTH,
                    || format!("expected at least {min} characters, found {n}"),
                );
                failed!(ok);
            }
        }
        if let Some(p) = &c.pattern {
            match p.is_match(s) {
                Ok(true) => {}
                Ok(false) => {
                    self.fail(
                        node,
                        "pattern",
                        path,
                        codes::INSTANCE_STRING_PATTERN_MISMATCH,
                        || {
                            format!(
                                "expected a string matching the pattern {}, found {}",
                                p.source(),
                                describe_str(s)
                            )
                        },
                    );
                    failed!(ok);
                }
                Err(limit) => {
                    self.fail(node, "pattern", path, codes::INSTANCE_PATTERN_BACKTRACK_LIMIT, || {
                        format!(
                            "could not decide whether {} matches the pattern {}: {limit}; the value is rejected",
                            describe_str(s),
                            p.source()
                        )
                    });
                    failed!(ok);
                }
            }
        }
        if let Some(f) = c.format {
            if !f.check(s) {
                self.fail(node, "format", path, f.code(), || {
                    format!("expected {}, found {}", f.describe(), describe_str(s))
                });
                failed!(ok);
            }
        }
        ok
    }

    fn array(
        &mut self,
        node: &Node,
        c: &ArrayChecks,
        items: &[Value],
        path: &Path<'_>,
        depth: usize,
    ) -> bool {
        let mut ok = true;
        let n = items.len() as u64;
        if let Some(min) = c.min_items.filter(|m| n < *m) {
            self.fail(node, "minItems", path, codes::INSTANCE_MIN_ITEMS, || {
                format!("expected at least {min} {}, found {n}", plural("item", min))
            });
            failed!(ok);
        }
        if let Some(max) = c.max_items.filter(|m| n > *m) {
            self.fail(node, "maxItems", path, codes::INSTANCE_MAX_ITEMS, || {
                format!("expected at most {max} {}, found {n}", plural("item", max))
            });
            failed!(ok);
        }
        if c.unique {
            if let Some(i) = first_duplicate(items) {
                let here = path.index(i);
                self.fail(
                    node,
                    "uniqueItems",
                    &here,
                    codes::INSTANCE_SET_DUPLICATE,
                    || {
                        format!(
                            "items must be unique (`uniqueItems`); {} appears earlier",
                            items.get(i).map_or_else(String::new, describe)
                        )
                    },
                );
                failed!(ok);
            }
        }
        if let Some(contains) = &c.contains {
            let mut matched = 0u64;
            for (i, item) in items.iter().enumerate() {
                if self.probe(contains.node, item, &path.index(i), depth + 1, None) {
                    matched += 1;
                    let enough = matched >= contains.min;
                    let too_many = contains.max.is_some_and(|m| matched > m);
                    // The verdict is settled; counting on only serves messages.
                    if !M::COLLECT && (too_many || (enough && contains.max.is_none())) {
                        break;
                    }
                }
            }
            if matched < contains.min {
                let min = contains.min;
                self.fail(
                    node,
                    contains.min_keyword,
                    path,
                    codes::INSTANCE_MIN_CONTAINS,
                    || {
                        format!(
                            "expected at least {min} {} matching `contains`, found {matched}",
                            plural("item", min)
                        )
                    },
                );
                failed!(ok);
            }
            if let Some(max) = contains.max.filter(|m| matched > *m) {
                self.fail(
                    node,
                    "maxContains",
                    path,
                    codes::INSTANCE_MAX_CONTAINS,
                    || {
                        format!(
                            "expected at most {max} {} matching `contains`, found {matched}",
                            plural("item", max)
                        )
                    },
                );
                failed!(ok);
            }
        }
        ok
    }

    fn members(
        &mut self,
        node: &Node,
        c: &MemberChecks,
        words: &MemberWords,
        map: &Map<String, Value>,
        path: &Path<'_>,
        depth: usize,
    ) -> bool {
        let mut ok = true;
        // `$schema` and `$uses` at the instance root are metadata, not
        // members (DESIGN §2.11).
        let is_member = |k: &str| !(path.is_root() && is_instance_metadata(k));
        let n = if path.is_root() {
            map.keys().filter(|k| is_member(k)).count()
        } else {
            map.len()
        } as u64;
        let member = words.member;
        if let Some(min) = c.min.filter(|m| n < *m) {
            self.fail(node, words.min, path, words.min_code, || {
                format!("expected at least {min} {}, found {n}", plural(member, min))
            });
            failed!(ok);
        }
        if let Some(max) = c.max.filter(|m| n > *m) {
            self.fail(node, words.max, path, words.max_code, || {
                format!("expected at most {max} {}, found {n}", plural(member, max))
            });
            failed!(ok);
        }
        for dependency in c.dependent_required.iter() {
            let name = &dependency.name;
            if !map.contains_key(name.as_ref()) {
                continue;
            }
            for dep in dependency
                .requires
                .iter()
                .filter(|d| !map.contains_key(d.as_ref()))
            {
                let at = pointer::join(&pointer::join(&node.path, "dependentRequired"), name);
                self.fail_at(&at, path, codes::INSTANCE_DEPENDENT_REQUIRED, || {
                    format!("property \"{name}\" requires property \"{dep}\", which is missing")
                });
                failed!(ok);
            }
        }
        for (key, v) in map.iter().filter(|(k, _)| is_member(k)) {
            for p in c.patterns.iter() {
                match p.pattern.is_match(key) {
                    Ok(false) => {}
                    Ok(true) => {
                        if !self.walk(p.node, v, &path.key(key), depth + 1, None) {
                            failed!(ok);
                        }
                    }
                    Err(limit) => {
                        let at = pointer::join(
                            &pointer::join(&node.path, words.patterns),
                            p.pattern.source(),
                        );
                        self.fail_at(&at, &path.key(key), codes::INSTANCE_PATTERN_BACKTRACK_LIMIT, || {
                            format!("could not decide whether the name \"{key}\" matches the pattern {}: {limit}; the {member} is rejected", p.pattern.source())
                        });
                        failed!(ok);
                    }
                }
            }
            if let Some(names) = c.names {
                if !self.name(node, names, words, key, path) {
                    failed!(ok);
                }
            }
        }
        if let Some(has) = c.has {
            let found = map
                .iter()
                .filter(|(k, _)| is_member(k))
                .any(|(k, v)| self.probe(has, v, &path.key(k), depth + 1, None));
            if !found {
                self.fail(node, "has", path, codes::INSTANCE_HAS_NO_MATCH, || {
                    format!(
                        "expected at least one {member} value matching `has`, found none among {n}"
                    )
                });
                failed!(ok);
            }
        }
        ok
    }

    /// Checks a member name against `propertyNames`/`keyNames`. Names are
    /// not JSON values in the document, so the common case (a string schema
    /// with string keywords) is decided on the `&str` directly; anything
    /// else gets a string value made for it and a walker of its own.
    fn name(
        &mut self,
        node: &Node,
        names: NodeId,
        words: &MemberWords,
        key: &str,
        path: &Path<'_>,
    ) -> bool {
        match self.name_fast(names, key, 0) {
            Some(true) => return true,
            Some(false) if !M::COLLECT => return false,
            _ => {}
        }
        let value = Value::String(key.to_owned());
        let here = path.key(key);
        if !M::COLLECT {
            let mut own = Walker::new(self.v, super::FailFast, self.addins);
            return own.walk(names, &value, &here, 0, None);
        }
        let mut own = Walker::new(self.v, Collect::default(), self.addins);
        own.explain = false;
        if own.walk(names, &value, &here, 0, None) {
            return true;
        }
        let causes = own.mode.0;
        let why = causes
            .first()
            .map_or_else(String::new, |e| format!(": {}", e.message()));
        let noun = words.name;
        let keyword = words.names;
        self.fail_with_causes(
            node,
            keyword,
            &here,
            words.names_code,
            format!("the {noun} \"{key}\" does not satisfy `{keyword}`{why}"),
            causes,
        )
    }

    /// Decides a name without making a value, when the schema is a plain
    /// string schema; `None` when it needs the general walk.
    fn name_fast(&self, id: NodeId, key: &str, hops: usize) -> Option<bool> {
        let n = self.node(id)?;
        match &n.kind {
            Kind::String | Kind::Any => {}
            Kind::Ref(t)
                if hops < 32
                    && n.checks.is_none()
                    && n.enumeration.is_none()
                    && n.constant.is_none()
                    && n.max_length.is_none() =>
            {
                return self.name_fast(*t, key, hops + 1);
            }
            _ => return None,
        }
        if let Some(c) = &n.checks {
            if c.compose.is_some() || c.number.is_some() {
                return None;
            }
            if let Some(s) = &c.string {
                if s.min_length.is_some_and(|m| !at_least_chars(key, m))
                    || s.format.is_some_and(|f| !f.check(key))
                {
                    return Some(false);
                }
                if let Some(p) = &s.pattern {
                    if !p.is_match(key).ok()? {
                        return Some(false);
                    }
                }
            }
        }
        if n.max_length
            .is_some_and(|m| key.len() as u64 > m && key.chars().count() as u64 > m)
        {
            return Some(false);
        }
        match n.enumeration.as_deref() {
            Some(Enumeration::Strings(list))
                if list.binary_search_by(|x| x.as_ref().cmp(key)).is_err() =>
            {
                return Some(false);
            }
            Some(Enumeration::Values(list)) if !list.iter().any(|x| x.as_str() == Some(key)) => {
                return Some(false);
            }
            _ => {}
        }
        if n.constant
            .as_deref()
            .is_some_and(|c| c.as_str() != Some(key))
        {
            return Some(false);
        }
        Some(true)
    }
}

/// How a numeric bound relates to the values it admits.
struct Bound {
    keyword: &'static str,
    holds: fn(Ordering) -> bool,
    relation: &'static str,
    code: &'static str,
}

impl Bound {
    const MINIMUM: Bound = Bound {
        keyword: "minimum",
        holds: Ordering::is_ge,
        relation: "of at least",
        code: codes::INSTANCE_NUMBER_MINIMUM,
    };
    const MAXIMUM: Bound = Bound {
        keyword: "maximum",
        holds: Ordering::is_le,
        relation: "of at most",
        code: codes::INSTANCE_NUMBER_MAXIMUM,
    };
    const EXCLUSIVE_MINIMUM: Bound = Bound {
        keyword: "exclusiveMinimum",
        holds: Ordering::is_gt,
        relation: "greater than",
        code: codes::INSTANCE_NUMBER_EXCLUSIVE_MINIMUM,
    };
    const EXCLUSIVE_MAXIMUM: Bound = Bound {
        keyword: "exclusiveMaximum",
        holds: Ordering::is_lt,
        relation: "less than",
        code: codes::INSTANCE_NUMBER_EXCLUSIVE_MAXIMUM,
    };
}

/// Whether `s` has at least `min` code points, counting only when the
/// byte length cannot decide it (a code point takes one to four bytes).
fn at_least_chars(s: &str, min: u64) -> bool {
    let bytes = s.len() as u64;
    if bytes < min {
        return false;
    }
    bytes / 4 >= min || s.chars().count() as u64 >= min
}

fn show(v: Num<'_>) -> String {
    match v {
        Num::Int(i) => i.to_string(),
        Num::Float(f) => f.to_string(),
        Num::Text(s) => format!("\"{s}\""),
    }
}

fn describe_str(s: &str) -> String {
    describe(&Value::String(s.chars().take(41).collect()))
}

fn plural(word: &str, n: u64) -> String {
    match (word, n) {
        (w, 1) => w.to_owned(),
        ("property", _) => "properties".to_owned(),
        ("entry", _) => "entries".to_owned(),
        (w, _) => format!("{w}s"),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    use super::at_least_chars;
    use crate::Validator;
    use crate::node::NodeId;
    use crate::walk::{FailFast, Walker};

    fn validator(body: Value) -> Validator {
        let mut s = json!({"$schema": "https://json-structure.org/meta/validation/v0/#",
            "$id": "https://example.com/t", "name": "T"});
        if let (Some(s), Some(b)) = (s.as_object_mut(), body.as_object()) {
            s.extend(b.clone());
        }
        Validator::new(&s).expect("compiles")
    }

    fn found(v: &Validator, doc: &Value) -> Vec<(String, String, &'static str)> {
        let out: Vec<_> = v
            .iter_errors(doc)
            .map(|e| {
                (
                    e.instance_path().to_owned(),
                    e.schema_path().to_owned(),
                    e.code(),
                )
            })
            .collect();
        assert_eq!(v.is_valid(doc), out.is_empty(), "{doc}");
        out
    }

    #[test]
    fn code_points_are_counted_only_when_bytes_cannot_decide() {
        assert!(at_least_chars("abcd", 4));
        assert!(!at_least_chars("abc", 4));
        assert!(at_least_chars("😀", 1));
        assert!(!at_least_chars("😀", 2));
        assert!(at_least_chars("😀😀", 2));
        assert!(at_least_chars("", 0));
    }

    #[test]
    fn numeric_strings_are_bounded_only_for_types_carried_as_strings() {
        let v = validator(json!({"type": "object", "properties": {
            "big": {"type": "int64", "minimum": "10"},
            "via_ref": {"type": {"$ref": "#/definitions/Big"}, "maximum": "5"},
            "text": {"type": "string", "minimum": 3}
        }, "definitions": {"Big": {"type": "uint128"}}}));
        assert_eq!(
            found(&v, &json!({"big": "9", "via_ref": "6", "text": "1"})),
            [
                (
                    "/big".to_owned(),
                    "/properties/big/minimum".to_owned(),
                    "INSTANCE_NUMBER_MINIMUM"
                ),
                (
                    "/via_ref".to_owned(),
                    "/properties/via_ref/maximum".to_owned(),
                    "INSTANCE_NUMBER_MAXIMUM"
                ),
            ]
        );
        // A malformed large number is the type's violation alone.
        assert_eq!(
            found(&v, &json!({"big": "ten"})),
            [(
                "/big".to_owned(),
                "/properties/big/type".to_owned(),
                "INSTANCE_DECIMAL_EXPECTED"
            )]
        );
    }

    #[test]
    fn instance_metadata_is_not_counted_as_properties() {
        let v = validator(
            json!({"type": "object", "properties": {"a": {"type": "string"}},
            "maxProperties": 1, "propertyNames": {"type": "string", "pattern": "^[a-z]+$"}}),
        );
        let doc = json!({"$schema": "https://example.com/t", "a": "x"});
        assert_eq!(found(&v, &doc), []);
        assert_eq!(
            found(&v, &json!({"a": "x", "b": "y"})),
            [(
                "".to_owned(),
                "/maxProperties".to_owned(),
                "INSTANCE_MAX_PROPERTIES"
            ),]
        );
    }

    #[test]
    fn plain_string_name_schemas_are_decided_without_a_value() {
        let v = validator(json!({"type": "map", "values": {"type": "int32"},
            "keyNames": {"type": "string", "pattern": "^[a-z]+$", "maxLength": 4},
            "definitions": {"Composed": {"type": "string", "anyOf": [{"type": "string"}]}}}));
        let keys = v
            .nodes
            .iter()
            .position(|n| n.path.as_ref() == "/keyNames")
            .map(|i| NodeId(i as u32))
            .unwrap();
        let composed = v
            .nodes
            .iter()
            .position(|n| n.path.as_ref() == "/definitions/Composed")
            .map(|i| NodeId(i as u32))
            .unwrap();
        let w = Walker::new(&v, FailFast, 0);
        assert_eq!(w.name_fast(keys, "abc", 0), Some(true));
        assert_eq!(w.name_fast(keys, "Abc", 0), Some(false));
        assert_eq!(w.name_fast(keys, "abcde", 0), Some(false));
        assert_eq!(w.name_fast(composed, "abc", 0), None);
        assert_eq!(
            found(&v, &json!({"ok": 1, "TOO": 2})),
            [(
                "/TOO".to_owned(),
                "/keyNames".to_owned(),
                "INSTANCE_MAP_KEY_INVALID"
            )]
        );
    }

    #[test]
    fn a_name_schema_that_needs_a_value_still_reports_why() {
        let v = validator(
            json!({"type": "object", "properties": {"a": {"type": "string"}},
            "propertyNames": {"anyOf": [{"type": "string", "maxLength": 1}, {"type": "string", "pattern": "^x"}]}}),
        );
        assert_eq!(found(&v, &json!({"a": "1", "xyz": 2})), []);
        let errors: Vec<crate::ValidationError> = v.iter_errors(&json!({"yz": 1})).collect();
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].code(), "INSTANCE_PROPERTY_NAME_INVALID");
        assert_eq!(errors[0].instance_path(), "/yz");
        assert_eq!(errors[0].causes().len(), 1);
        assert_eq!(errors[0].causes()[0].code(), "INSTANCE_ANY_OF_NONE_MATCHED");
    }

    #[test]
    fn exhausting_the_backtracking_budget_rejects_the_value() {
        // A lookahead needs the backtracking engine; this one gets past the
        // linear pre-checks and then tries every way of splitting the run
        // of `a`s into `a` and `aa`.
        let v = validator(json!({"type": "string", "pattern": "^(?:(a|aa)+(?=c))*!"}));
        let input = format!("{}!", "a".repeat(60));
        let errors: Vec<crate::ValidationError> = v.iter_errors(&json!(input)).collect();
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].code(), "INSTANCE_PATTERN_BACKTRACK_LIMIT");
        assert_eq!(errors[0].schema_path(), "/pattern");
        assert!(
            errors[0].message().contains("backtracking steps"),
            "{}",
            errors[0].message()
        );
    }

    #[test]
    fn contains_defaults_to_one_match_and_zero_disables_it() {
        let v = validator(json!({"type": "object", "properties": {
            "one": {"type": "array", "items": {"type": "int32"}, "contains": {"type": "int32", "minimum": 10}},
            "none": {"type": "set", "items": {"type": "int32"}, "contains": {"type": "int32", "minimum": 10}, "minContains": 0, "maxContains": 0}
        }}));
        assert_eq!(found(&v, &json!({"one": [1, 10], "none": [1, 2]})), []);
        assert_eq!(
            found(&v, &json!({"one": [1, 2], "none": [1, 20]})),
            [
                (
                    "/none".to_owned(),
                    "/properties/none/maxContains".to_owned(),
                    "INSTANCE_MAX_CONTAINS"
                ),
                (
                    "/one".to_owned(),
                    "/properties/one/contains".to_owned(),
                    "INSTANCE_MIN_CONTAINS"
                ),
            ]
        );
    }

    #[test]
    fn formats_are_checked_and_report_their_own_codes() {
        let v = validator(json!({"type": "object", "properties": {
            "ip": {"type": "string", "format": "ipv4"},
            "host": {"type": "string", "format": "hostname"},
            "when": {"type": "string", "format": "date-time"},
            "re": {"type": "string", "format": "regex"},
            "ptr": {"type": "string", "format": "relative-json-pointer"},
            "tpl": {"type": "string", "format": "uri-template"}
        }}));
        let good = json!({"ip": "192.168.0.1", "host": "example.com", "when": "2024-02-29T10:00:00Z",
            "re": "^a+$", "ptr": "1/a", "tpl": "/users/{id}"});
        assert_eq!(found(&v, &good), []);
        let bad = json!({"ip": "256.1.1.1", "host": "-bad-.com", "when": "2023-02-29T10:00:00Z",
            "re": "(", "ptr": "/a", "tpl": "/users/{id"});
        let codes: Vec<&str> = found(&v, &bad).into_iter().map(|(_, _, c)| c).collect();
        assert_eq!(
            codes,
            [
                "INSTANCE_FORMAT_HOSTNAME_INVALID",
                "INSTANCE_FORMAT_IPV4_INVALID",
                "INSTANCE_FORMAT_RELATIVE_JSON_POINTER_INVALID",
                "INSTANCE_FORMAT_REGEX_INVALID",
                "INSTANCE_FORMAT_URI_TEMPLATE_INVALID",
                "INSTANCE_FORMAT_DATETIME_INVALID",
            ]
        );
    }
}
