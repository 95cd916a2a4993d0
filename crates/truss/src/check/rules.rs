//! The semantic rules: what a meta-schema cannot express and compiling
//! does not need to know. Each finding carries a stable code and the
//! pointer of the offending keyword.
//!
//! The rules read the schema document directly (not the compiled nodes), so
//! they also reach places the compiler never compiles, such as the schemas
//! inside composition keywords.

use std::collections::BTreeSet;

use serde_json::{Map, Value};

use super::keywords::{
    APPLIES_TO, BOUND_PAIRS, BOUNDS, COUNT_PAIRS, COUNTS, PATTERN_MAPS, ROOT_ONLY, SCHEMA_LISTS,
    STRING_MAPS, STRINGS, SUBSCHEMAS,
};
use super::typing::{self, NUMERIC, TYPE_NAMES, declared_types, exact, resolve_ref, value_fits};
use crate::codes;
use crate::compiler::{describe, is_type_declaration};
use crate::error::{Diagnostic, Severity};
use crate::pattern::Pattern;
use crate::pointer;

/// How deep schemas are followed (the compiler reports deeper nesting).
const MAX_DEPTH: usize = 512;

/// How many `$extends` links are followed when looking for a base type.
const MAX_EXTENDS: usize = 64;

pub(crate) fn check(doc: &Value) -> Vec<Diagnostic> {
    let Some(root) = doc.as_object() else {
        return Vec::new();
    };
    let mut rules = Rules {
        doc,
        out: Vec::new(),
        // Meta-schemas describe schema documents, whose keywords start with
        // `$`; they must be able to declare them as properties (the SDKs
        // have a meta-schema mode for the same reason).
        dollar_names: root
            .get("$id")
            .and_then(Value::as_str)
            .is_some_and(crate::meta::is_known),
    };
    rules.root(root);
    rules.out
}

struct Rules<'s> {
    doc: &'s Value,
    out: Vec<Diagnostic>,
    dollar_names: bool,
}

impl<'s> Rules<'s> {
    fn error(&mut self, code: &'static str, at: String, message: String) {
        self.out
            .push(Diagnostic::new(Severity::Error, code, at, message));
    }

    fn warning(&mut self, code: &'static str, at: String, message: String) {
        self.out
            .push(Diagnostic::new(Severity::Warning, code, at, message));
    }

    // ---- the document ----

    fn root(&mut self, root: &'s Map<String, Value>) {
        for key in ["$schema", "$id"] {
            if let Some(Value::String(uri)) = root.get(key) {
                if !crate::formats::is_absolute_uri(uri) {
                    self.error(
                        codes::SCHEMA_KEYWORD_INVALID_TYPE,
                        pointer::join("", key),
                        format!("`{key}` must be an absolute URI (core §Document Structure), found \"{uri}\""),
                    );
                }
            }
        }
        if let Some(Value::String(r)) = root.get("$root") {
            let inside = pointer::canonical(r).is_some_and(|t| t.starts_with("/definitions/"));
            if !inside && typing::resolve_ref(self.doc, r).is_some() {
                self.error(
                    codes::INSTANCE_ROOT_UNRESOLVED,
                    "/$root".into(),
                    format!("`$root` must designate a type declared under `definitions` (core §`$root`), found \"{r}\""),
                );
            }
        }
        // A root without a type may still constrain instances through
        // composition keywords (conditional composition §allOf: a
        // non-schema holding `allOf`).
        let has_root_type = ["type", "$root", "allOf", "anyOf", "oneOf", "not", "if"]
            .iter()
            .any(|k| root.contains_key(*k));
        let is_library = ["definitions", "$import", "$importdefs"]
            .iter()
            .any(|k| root.contains_key(*k));
        if !has_root_type && !root.contains_key("$ref") && !is_library {
            self.error(
                codes::SCHEMA_ROOT_MISSING_TYPE,
                String::new(),
                "the document declares no root type (`type` or `$root`) and no `definitions`: it describes nothing".into(),
            );
        }
        if has_root_type || root.contains_key("$ref") {
            self.schema(root, "", 0);
        } else if let Some(name) = root.get("name") {
            self.name_keyword(name, "/name".into());
        }
        if let Some(Value::Object(defs)) = root.get("definitions") {
            self.namespace(defs, "/definitions", 0);
        }
        if let Some(Value::Object(offers)) = root.get("$offers") {
            self.offers(offers);
        }
    }

    fn namespace(&mut self, ns: &'s Map<String, Value>, path: &str, depth: usize) {
        if depth > MAX_DEPTH {
            return;
        }
        for (name, value) in ns {
            // Namespace imports belong to the JSON Structure Import extension.
            if name == "$import" || name == "$importdefs" {
                continue;
            }
            let at = pointer::join(path, name);
            if is_type_declaration(value) {
                self.identifier(name, &at, "type name");
                if let Some(s) = value.as_object() {
                    self.schema(s, &at, depth + 1);
                }
            } else if let Value::Object(inner) = value {
                crate::stack::guard(|| self.namespace(inner, &at, depth + 1));
            }
        }
    }

    /// Core §Extensions and Add-Ins: an add-in is an abstract type.
    fn offers(&mut self, offers: &'s Map<String, Value>) {
        for (name, targets) in offers {
            let at = pointer::join("/$offers", name);
            let list: Vec<&Value> = match targets {
                Value::Array(a) => a.iter().collect(),
                v => vec![v],
            };
            for t in list {
                let Some(def) = t.as_str().and_then(|r| resolve_ref(self.doc, r)) else {
                    continue;
                };
                if def.get("abstract") != Some(&Value::Bool(true)) {
                    self.error(
                        codes::SCHEMA_OFFERS_INVALID,
                        at.clone(),
                        format!(
                            "add-in {} offered as \"{name}\" must be declared `abstract` (core §Extensions and Add-Ins)",
                            t.as_str().unwrap_or_default()
                        ),
                    );
                }
            }
        }
    }

    // ---- one schema ----

    fn schema(&mut self, s: &'s Map<String, Value>, path: &str, depth: usize) {
        if depth > MAX_DEPTH {
            return;
        }
        if !path.is_empty() {
            for kw in ROOT_ONLY {
                if s.contains_key(*kw) {
                    self.error(
                        codes::SCHEMA_ROOT_KEYWORD_MISPLACED,
                        pointer::join(path, kw),
                        format!("`{kw}` may only be used at the root of the document (core §Document Structure)"),
                    );
                }
            }
        }
        if let Some(name) = s.get("name") {
            self.name_keyword(name, pointer::join(path, "name"));
        }
        self.references(s, path);
        let types = declared_types(self.doc, s);
        if let Some(types) = types.as_deref() {
            if types.iter().all(|t| TYPE_NAMES.contains(t)) {
                self.applicability(s, path, types);
                self.enum_and_const(s, path, types);
            }
        }
        self.bounds(s, path, types.as_deref());
        self.counts(s, path);
        self.shapes(s, path);
        self.tuple_order(s, path);
        self.extends(s, path);
        self.inline_choice(s, path);
        if let Some(Value::Object(props)) = s.get("properties") {
            let base = pointer::join(path, "properties");
            for name in props.keys() {
                self.identifier(name, &pointer::join(&base, name), "property name");
            }
        }
        if let Some(Value::Object(choices)) = s.get("choices") {
            let base = pointer::join(path, "choices");
            for name in choices.keys() {
                self.identifier(name, &pointer::join(&base, name), "choice name");
            }
        }
        // Schemas built as values may nest to the depth limit whatever the
        // caller's stack: recursion continues on a fresh segment when needed.
        crate::stack::guard(|| self.children(s, path, depth));
    }

    fn children(&mut self, s: &'s Map<String, Value>, path: &str, depth: usize) {
        for kw in ["properties", "choices"].iter().chain(PATTERN_MAPS) {
            if let Some(Value::Object(members)) = s.get(*kw) {
                let base = pointer::join(path, kw);
                for (name, v) in members {
                    if let Value::Object(child) = v {
                        self.schema(child, &pointer::join(&base, name), depth + 1);
                    }
                }
            }
        }
        for kw in ["additionalProperties", "items", "values"]
            .iter()
            .chain(SUBSCHEMAS)
        {
            if let Some(Value::Object(child)) = s.get(*kw) {
                self.schema(child, &pointer::join(path, kw), depth + 1);
            }
        }
        for kw in SCHEMA_LISTS {
            if let Some(Value::Array(list)) = s.get(*kw) {
                let base = pointer::join(path, kw);
                for (i, v) in list.iter().enumerate() {
                    if let Value::Object(child) = v {
                        self.schema(child, &pointer::join(&base, &i.to_string()), depth + 1);
                    }
                }
            }
        }
        // Inline members of a type union are a defect the compiler reports;
        // their contents are still checked.
        if let Some(Value::Array(members)) = s.get("type") {
            let base = pointer::join(path, "type");
            for (i, m) in members.iter().enumerate() {
                if let Value::Object(child) = m {
                    if !child.contains_key("$ref") {
                        self.schema(child, &pointer::join(&base, &i.to_string()), depth + 1);
                    }
                }
            }
        }
    }

    // ---- names ----

    fn name_keyword(&mut self, name: &Value, at: String) {
        match name {
            Value::String(n) => self.identifier(n, &at, "type name"),
            other => self.error(
                codes::SCHEMA_KEYWORD_INVALID_TYPE,
                at,
                format!("`name` must be a string, found {}", describe(other)),
            ),
        }
    }

    /// Core §Identifier Rules: property and type names MUST match
    /// `[A-Za-z_][A-Za-z0-9_]*`.
    fn identifier(&mut self, name: &str, at: &str, what: &str) {
        let bare = match name.strip_prefix('$') {
            Some(rest) if self.dollar_names => rest,
            _ => name,
        };
        if is_identifier(bare) {
            return;
        }
        self.error(
            codes::SCHEMA_NAME_INVALID,
            at.to_owned(),
            format!(
                "{what} \"{name}\" is not an identifier: names must match [A-Za-z_][A-Za-z0-9_]* (core §Identifier Rules); `altnames` can carry other spellings"
            ),
        );
    }

    // ---- references ----

    fn references(&mut self, s: &Map<String, Value>, path: &str) {
        match s.get("type") {
            Some(Value::Object(t)) => {
                if let Some(r) = t.get("$ref") {
                    self.reference(r, pointer::join(&pointer::join(path, "type"), "$ref"));
                }
            }
            Some(Value::Array(members)) => {
                let base = pointer::join(path, "type");
                for (i, m) in members.iter().enumerate() {
                    if let Some(r) = m.get("$ref") {
                        let at = pointer::join(&pointer::join(&base, &i.to_string()), "$ref");
                        self.reference(r, at);
                    }
                }
            }
            _ => {}
        }
        if let Some(r) = s.get("$ref") {
            self.reference(r, pointer::join(path, "$ref"));
        }
    }

    /// Core §`$ref`: a JSON Pointer fragment identifier that resolves to a
    /// type declaration, which must not be abstract (core §`abstract`).
    fn reference(&mut self, r: &Value, at: String) {
        let Value::String(r) = r else {
            return; // the compiler reports a `$ref` that is not a string
        };
        let target = pointer::canonical(r);
        let found = target
            .as_deref()
            .and_then(|t| pointer::resolve(self.doc, t));
        match found {
            Some(v) if is_type_declaration(v) => {
                if !r.starts_with('#') {
                    self.error(
                        codes::SCHEMA_REF_INVALID,
                        at.clone(),
                        format!("`$ref` must be a JSON Pointer fragment identifier such as \"#{r}\" (core §`$ref`), found \"{r}\""),
                    );
                }
                if v.get("abstract") == Some(&Value::Bool(true)) {
                    self.error(
                        codes::SCHEMA_ABSTRACT_REFERENCED,
                        at,
                        format!("{r} is abstract and cannot be used as a type (core §`abstract`)"),
                    );
                }
            }
            Some(_) => self.error(
                codes::SCHEMA_REF_NOT_FOUND,
                at,
                format!("`$ref` \"{r}\" points at something that is not a type declaration"),
            ),
            None => self.error(
                codes::SCHEMA_REF_NOT_FOUND,
                at,
                format!("`$ref` \"{r}\" does not resolve to a type declaration in this document"),
            ),
        }
    }

    // ---- keywords and types ----

    fn applicability(&mut self, s: &Map<String, Value>, path: &str, types: &[&str]) {
        for (kw, allowed) in APPLIES_TO {
            if !s.contains_key(*kw) || types.iter().any(|t| allowed.contains(t)) {
                continue;
            }
            self.error(
                codes::SCHEMA_CONSTRAINT_INVALID_FOR_TYPE,
                pointer::join(path, kw),
                format!(
                    "`{kw}` applies only to {}, not to {}",
                    kinds(allowed),
                    list(types)
                ),
            );
        }
        if s.contains_key("altenums") && !s.contains_key("enum") {
            // The code the compiler uses for the same defect, so that it is
            // reported once.
            self.error(
                codes::SCHEMA_ALTENUMS_INVALID,
                pointer::join(path, "altenums"),
                "`altenums` may only be used together with `enum` (alternate-names §altenums)"
                    .into(),
            );
        }
    }

    /// Core §`enum` and §`const`: values of the declared primitive type;
    /// `enum` never with a type union.
    fn enum_and_const(&mut self, s: &Map<String, Value>, path: &str, types: &[&str]) {
        let union = matches!(s.get("type"), Some(Value::Array(_)));
        if let Some(Value::Array(values)) = s.get("enum") {
            let at = pointer::join(path, "enum");
            if union {
                self.error(
                    codes::SCHEMA_CONSTRAINT_INVALID_FOR_TYPE,
                    at,
                    "`enum` cannot be combined with a type union (core §`enum`)".into(),
                );
            } else if let [t] = types {
                for (i, v) in values.iter().enumerate() {
                    if typing::is_primitive(t) && !value_fits(t, v, s) {
                        self.error(
                            codes::SCHEMA_ENUM_TYPE_MISMATCH,
                            pointer::join(&at, &i.to_string()),
                            format!(
                                "`enum` values must be values of type {t}, found {}",
                                describe(v)
                            ),
                        );
                    }
                }
            }
        }
        if let Some(c) = s.get("const") {
            let primitive: Vec<&str> = types
                .iter()
                .copied()
                .filter(|t| typing::is_primitive(t))
                .collect();
            if !primitive.is_empty() && !primitive.iter().any(|t| value_fits(t, c, s)) {
                self.error(
                    codes::SCHEMA_CONST_TYPE_MISMATCH,
                    pointer::join(path, "const"),
                    format!(
                        "`const` must be a value of type {}, found {}",
                        list(&primitive),
                        describe(c)
                    ),
                );
            }
        }
    }

    /// Validation §Numeric Validation Keywords: bounds are values of the
    /// numeric type (strings for the string-encoded ones), `multipleOf` is
    /// positive, and lower bounds do not exceed upper ones.
    fn bounds(&mut self, s: &Map<String, Value>, path: &str, types: Option<&[&str]>) {
        let numeric: Vec<&str> = types
            .unwrap_or_default()
            .iter()
            .copied()
            .filter(|t| NUMERIC.contains(t))
            .collect();
        let mut usable: Vec<&str> = Vec::new();
        for kw in BOUNDS {
            let Some(v) = s.get(*kw) else {
                continue;
            };
            let at = pointer::join(path, kw);
            let Some(n) = exact(v).filter(|_| v.is_number() || v.is_string()) else {
                self.error(
                    codes::SCHEMA_NUMBER_CONSTRAINT_INVALID,
                    at,
                    format!("`{kw}` must be a number, found {}", describe(v)),
                );
                continue;
            };
            if *kw == "multipleOf" && (n.is_zero() || n.is_negative()) {
                self.error(
                    codes::SCHEMA_POSITIVE_NUMBER_CONSTRAINT_INVALID,
                    at,
                    format!("`multipleOf` must be greater than 0, found {}", describe(v)),
                );
                continue;
            }
            if !numeric.is_empty() && !numeric.iter().any(|t| bound_fits(t, v)) {
                let t = numeric.first().copied().unwrap_or("number");
                let how = if typing::string_encoded(t) {
                    " written as a string"
                } else {
                    ""
                };
                self.error(
                    codes::SCHEMA_NUMBER_CONSTRAINT_INVALID,
                    at,
                    format!("`{kw}` must be a value of type {t}{how} (validation §Numeric Validation Keywords), found {}", describe(v)),
                );
                continue;
            }
            usable.push(kw);
        }
        for (lo, hi, strict) in BOUND_PAIRS {
            if !usable.contains(lo) || !usable.contains(hi) {
                continue;
            }
            let (Some(lv), Some(hv)) = (s.get(*lo), s.get(*hi)) else {
                continue;
            };
            let (Some(l), Some(h)) = (exact(lv), exact(hv)) else {
                continue;
            };
            if l > h || (*strict && l == h) {
                self.error(
                    codes::SCHEMA_MIN_GREATER_THAN_MAX,
                    pointer::join(path, lo),
                    format!("`{lo}` ({lv}) is not below `{hi}` ({hv}): no value can satisfy both"),
                );
            }
        }
    }

    fn counts(&mut self, s: &Map<String, Value>, path: &str) {
        for kw in COUNTS {
            if let Some(v) = s.get(*kw) {
                if v.as_u64().is_none() {
                    self.error(
                        codes::SCHEMA_INTEGER_CONSTRAINT_INVALID,
                        pointer::join(path, kw),
                        format!(
                            "`{kw}` must be a non-negative integer, found {}",
                            describe(v)
                        ),
                    );
                }
            }
        }
        for (lo, hi) in COUNT_PAIRS {
            let l = s.get(*lo).and_then(Value::as_u64);
            let h = s.get(*hi).and_then(Value::as_u64);
            if let (Some(l), Some(h)) = (l, h) {
                if l > h {
                    self.error(
                        codes::SCHEMA_MIN_GREATER_THAN_MAX,
                        pointer::join(path, lo),
                        format!(
                            "`{lo}` ({l}) is greater than `{hi}` ({h}): no value can satisfy both"
                        ),
                    );
                }
            }
        }
    }

    /// Keyword values whose shape the companion specs fix.
    fn shapes(&mut self, s: &Map<String, Value>, path: &str) {
        match s.get("pattern") {
            None => {}
            Some(Value::String(p)) => self.pattern(p, pointer::join(path, "pattern")),
            Some(other) => self.error(
                codes::SCHEMA_PATTERN_NOT_STRING,
                pointer::join(path, "pattern"),
                format!("`pattern` must be a string, found {}", describe(other)),
            ),
        }
        for kw in PATTERN_MAPS {
            match s.get(*kw) {
                None => {}
                Some(Value::Object(m)) => {
                    let base = pointer::join(path, kw);
                    for key in m.keys() {
                        self.pattern(key, pointer::join(&base, key));
                    }
                }
                Some(other) => {
                    self.invalid(path, kw, "an object mapping patterns to schemas", other)
                }
            }
        }
        if let Some(v) = s.get("uniqueItems") {
            if !v.is_boolean() {
                self.error(
                    codes::SCHEMA_UNIQUE_ITEMS_NOT_BOOLEAN,
                    pointer::join(path, "uniqueItems"),
                    format!("`uniqueItems` must be a boolean, found {}", describe(v)),
                );
            }
        }
        for kw in SCHEMA_LISTS {
            match s.get(*kw) {
                None => {}
                Some(Value::Array(list)) if list.is_empty() => self.error(
                    codes::SCHEMA_COMPOSITION_EMPTY,
                    pointer::join(path, kw),
                    format!("`{kw}` must list at least one schema"),
                ),
                Some(Value::Array(list)) => {
                    let base = pointer::join(path, kw);
                    for (i, v) in list.iter().enumerate() {
                        if !v.is_object() {
                            self.invalid(&base, &i.to_string(), "a schema object", v);
                        }
                    }
                }
                Some(other) => self.error(
                    codes::SCHEMA_COMPOSITION_NOT_ARRAY,
                    pointer::join(path, kw),
                    format!(
                        "`{kw}` must be an array of schemas, found {}",
                        describe(other)
                    ),
                ),
            }
        }
        for kw in SUBSCHEMAS {
            if let Some(v) = s.get(*kw) {
                if !v.is_object() {
                    self.invalid(path, kw, "a schema object", v);
                }
            }
        }
        for kw in ["propertyNames", "keyNames"] {
            if let Some(Value::Object(names)) = s.get(kw) {
                let t = declared_types(self.doc, names);
                if t.is_some_and(|t| t.iter().any(|n| *n != "string")) {
                    self.error(
                        codes::SCHEMA_KEYWORD_INVALID_TYPE,
                        pointer::join(path, kw),
                        format!(
                            "`{kw}` must be a schema of type string (validation §propertyNames)"
                        ),
                    );
                }
            }
        }
        if let Some(v) = s.get("dependentRequired") {
            let ok = v.as_object().is_some_and(|m| {
                m.values().all(|names| {
                    names
                        .as_array()
                        .is_some_and(|a| a.iter().all(Value::is_string))
                })
            });
            if !ok {
                self.invalid(
                    path,
                    "dependentRequired",
                    "an object mapping property names to arrays of names",
                    v,
                );
            }
        }
        match s.get("altnames") {
            None => {}
            Some(Value::Object(m)) => {
                let base = pointer::join(path, "altnames");
                for (k, v) in m {
                    if !v.is_string() {
                        self.error(
                            codes::SCHEMA_ALTNAMES_VALUE_NOT_STRING,
                            pointer::join(&base, k),
                            format!("`altnames` values must be strings, found {}", describe(v)),
                        );
                    }
                }
            }
            Some(other) => self.error(
                codes::SCHEMA_ALTNAMES_NOT_OBJECT,
                pointer::join(path, "altnames"),
                format!(
                    "`altnames` must be an object mapping purposes to names, found {}",
                    describe(other)
                ),
            ),
        }
        if let Some(v) = s.get("altenums") {
            let ok = v.as_object().is_some_and(|m| {
                m.values().all(|e| {
                    e.as_object()
                        .is_some_and(|e| e.values().all(Value::is_string))
                })
            });
            if !ok {
                self.invalid(
                    path,
                    "altenums",
                    "an object mapping purposes to objects of enum symbols",
                    v,
                );
            }
        }
        for kw in STRINGS {
            if let Some(v) = s.get(*kw) {
                if !v.is_string() {
                    self.invalid(path, kw, "a string", v);
                }
            }
        }
        for kw in STRING_MAPS {
            if let Some(v) = s.get(*kw) {
                if !v
                    .as_object()
                    .is_some_and(|m| m.values().all(Value::is_string))
                {
                    self.invalid(path, kw, "an object whose values are strings", v);
                }
            }
        }
    }

    fn invalid(&mut self, path: &str, kw: &str, expected: &str, found: &Value) {
        self.error(
            codes::SCHEMA_KEYWORD_INVALID_TYPE,
            pointer::join(path, kw),
            format!("`{kw}` must be {expected}, found {}", describe(found)),
        );
    }

    /// Validation §pattern: ECMA-262 regular expressions that compile.
    fn pattern(&mut self, source: &str, at: String) {
        if let Err(e) = Pattern::compile(source) {
            self.error(
                codes::SCHEMA_PATTERN_INVALID,
                at,
                format!("\"{source}\" is not a valid ECMA-262 regular expression: {e}"),
            );
        }
    }

    /// Core §`tuple`: each declared property appears once in `tuple`.
    fn tuple_order(&mut self, s: &Map<String, Value>, path: &str) {
        let Some(Value::Array(order)) = s.get("tuple") else {
            return;
        };
        let mut seen = BTreeSet::new();
        for (i, name) in order.iter().enumerate() {
            if let Some(n) = name.as_str() {
                if !seen.insert(n) {
                    self.error(
                        codes::SCHEMA_TUPLE_ORDER_NOT_ARRAY,
                        pointer::join(&pointer::join(path, "tuple"), &i.to_string()),
                        format!("`tuple` lists \"{n}\" more than once"),
                    );
                }
            }
        }
    }

    /// `$extends` on tuples and choices (objects are resolved, and checked,
    /// by the compiler): every target exists; a target that is not abstract
    /// is a warning, as it is for objects (core §`$extends` says abstract,
    /// but the spec's own primer extends concrete types).
    fn extends(&mut self, s: &Map<String, Value>, path: &str) {
        let Some(ext) = s.get("$extends") else {
            return;
        };
        if !matches!(
            s.get("type").and_then(Value::as_str),
            Some("tuple" | "choice")
        ) {
            return;
        }
        let at = pointer::join(path, "$extends");
        let bases: Vec<(String, &Value)> = match ext {
            Value::Array(list) => list
                .iter()
                .enumerate()
                .map(|(i, v)| (pointer::join(&at, &i.to_string()), v))
                .collect(),
            v => vec![(at.clone(), v)],
        };
        for (base_at, base) in bases {
            let Some(r) = base.as_str() else {
                self.error(
                    codes::SCHEMA_KEYWORD_INVALID_TYPE,
                    base_at,
                    format!(
                        "`$extends` must be a JSON Pointer or an array of them, found {}",
                        describe(base)
                    ),
                );
                continue;
            };
            match resolve_ref(self.doc, r) {
                None => self.error(
                    codes::SCHEMA_EXTENDS_NOT_FOUND,
                    base_at,
                    format!("`$extends` target {r} does not exist"),
                ),
                Some(def) if def.get("abstract") != Some(&Value::Bool(true)) => self.warning(
                    codes::SCHEMA_EXTENDS_NOT_ABSTRACT,
                    base_at,
                    format!("`$extends` target {r} is not declared `abstract`"),
                ),
                Some(_) => {}
            }
        }
    }

    /// Core §Inline Unions: every choice of an inline union extends the
    /// union's base type.
    fn inline_choice(&mut self, s: &Map<String, Value>, path: &str) {
        if s.get("type").and_then(Value::as_str) != Some("choice") {
            return;
        }
        let Some(base) = s
            .get("$extends")
            .and_then(Value::as_str)
            .and_then(pointer::canonical)
        else {
            return;
        };
        if pointer::resolve(self.doc, &base).is_none() {
            return;
        }
        let Some(Value::Object(choices)) = s.get("choices") else {
            return;
        };
        let at = pointer::join(path, "choices");
        for (name, branch) in choices {
            let Some(branch) = branch.as_object() else {
                continue;
            };
            let def = match branch.get("type") {
                Some(Value::Object(t)) => t
                    .get("$ref")
                    .and_then(Value::as_str)
                    .and_then(|r| resolve_ref(self.doc, r)),
                _ => Some(branch),
            };
            let Some(def) = def else {
                continue; // an unresolved reference is reported on its own
            };
            if !self.derives_from(def, &base) {
                self.error(
                    codes::SCHEMA_CHOICE_BRANCH_NOT_DERIVED,
                    pointer::join(&at, name),
                    format!("choice \"{name}\" of an inline union must extend the union's base type #{base} (core §Inline Unions)"),
                );
            }
        }
    }

    /// Whether `def` reaches the canonical pointer `base` through `$extends`.
    fn derives_from(&self, def: &Map<String, Value>, base: &str) -> bool {
        let mut queue: Vec<&Map<String, Value>> = vec![def];
        let mut steps = 0;
        while let Some(d) = queue.pop() {
            steps += 1;
            if steps > MAX_EXTENDS {
                return false;
            }
            let targets: Vec<&str> = match d.get("$extends") {
                Some(Value::String(r)) => vec![r.as_str()],
                Some(Value::Array(list)) => list.iter().filter_map(Value::as_str).collect(),
                _ => Vec::new(),
            };
            for r in targets {
                if pointer::canonical(r).as_deref() == Some(base) {
                    return true;
                }
                if let Some(next) = resolve_ref(self.doc, r) {
                    queue.push(next);
                }
            }
        }
        false
    }
}

/// Whether a numeric keyword's value is a value of the numeric type `t`.
fn bound_fits(t: &str, v: &Value) -> bool {
    if typing::string_encoded(t) {
        return v.is_string() && value_fits(t, v, &Map::new());
    }
    v.is_number() && value_fits(t, v, &Map::new())
}

pub(crate) fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// The types a keyword applies to, named as the spec names them.
fn kinds(allowed: &[&str]) -> String {
    if allowed == NUMERIC {
        "numeric types".into()
    } else if allowed.len() > NUMERIC.len() {
        "primitive types".into()
    } else {
        list(allowed)
    }
}

fn list(names: &[&str]) -> String {
    let mut out = String::new();
    for (i, n) in names.iter().enumerate() {
        if i > 0 {
            out.push_str(if i + 1 == names.len() { " or " } else { ", " });
        }
        out.push_str(n);
    }
    out
}
