//! `object`, `tuple` and `choice`: properties, `required`, `$extends`,
//! `additionalProperties`, add-ins.

use std::collections::HashSet;

use serde_json::{Map, Value};

use super::{Compiler, describe, is_type_declaration};
use crate::codes;
use crate::node::{
    Additional, Choices, InheritedSets, Kind, NodeId, ObjectNode, Property, Required,
};
use crate::pointer;

/// Properties gathered from a type and everything it extends.
struct Gathered {
    properties: Vec<Property>,
    required: Vec<Box<str>>,
    /// The alternative sets of each base's `required`.
    sets: Vec<InheritedSets>,
    /// Bases merged already: a base reached again along another path
    /// (diamonds) adds nothing, so it is not walked again; walking it would
    /// take time exponential in the depth of the diamonds.
    merged: HashSet<String>,
}

impl<'s> Compiler<'s> {
    pub(super) fn object(&mut self, obj: &'s Map<String, Value>, path: &str) -> Kind {
        let is_abstract = self.abstract_flag(obj, path);
        let (gathered, declared) = self.properties_with_bases(obj, path);
        // Core §`object`: "The object MUST contain at least one property
        // definition"; an empty `properties` is as much a map in disguise
        // as a missing one.
        let empty = obj
            .get("properties")
            .and_then(Value::as_object)
            .is_some_and(Map::is_empty);
        if gathered.properties.is_empty() && !is_abstract && (!declared || empty) {
            let hint = if obj
                .get("additionalProperties")
                .is_some_and(Value::is_object)
            {
                "; it is used as a map: declare {\"type\": \"map\", \"values\": …} instead of `additionalProperties`"
            } else {
                "; for arbitrary keys declare a `map`"
            };
            self.lenient(
                codes::SCHEMA_OBJECT_MISSING_PROPERTIES,
                path,
                format!("an object must declare at least one property in `properties`{hint}"),
            );
        }
        let mut properties = gathered.properties;
        properties.sort_by(|a, b| a.name.cmp(&b.name));
        let required = self.required(obj, path, &properties, gathered.required);
        let additional = self.additional(obj, path, is_abstract);
        let addins = self.take_addins(path);
        Kind::Object(Box::new(ObjectNode {
            properties: properties.into_boxed_slice(),
            required,
            inherited_sets: gathered.sets.into_boxed_slice(),
            additional,
            addins: addins.into_boxed_slice(),
        }))
    }

    /// The properties of every base (core §`$extends`, for objects and
    /// tuples alike) followed by the type's own, which replace an inherited
    /// one of the same name with a warning; the flag says whether the type
    /// itself has `properties`.
    fn properties_with_bases(
        &mut self,
        obj: &'s Map<String, Value>,
        path: &str,
    ) -> (Gathered, bool) {
        let mut gathered = Gathered {
            properties: Vec::new(),
            required: Vec::new(),
            sets: Vec::new(),
            merged: HashSet::new(),
        };
        self.gather_extends(obj, path, &mut gathered, &mut vec![path.to_owned()]);
        let (own, declared) = self.compile_properties(obj, path);
        for p in own {
            match gathered.properties.iter().position(|q| q.name == p.name) {
                Some(i) => {
                    self.lenient(
                        codes::SCHEMA_EXTENDS_REDEFINES_PROPERTY,
                        &pointer::join(&pointer::join(path, "properties"), &p.name),
                        format!("property \"{}\" is inherited through `$extends` and must not be redefined; the local definition is used", p.name),
                    );
                    if let Some(slot) = gathered.properties.get_mut(i) {
                        *slot = p;
                    }
                }
                None => gathered.properties.push(p),
            }
        }
        (gathered, declared)
    }

    fn abstract_flag(&mut self, obj: &Map<String, Value>, path: &str) -> bool {
        match obj.get("abstract") {
            None => false,
            Some(Value::Bool(b)) => *b,
            Some(other) => {
                self.error(
                    codes::SCHEMA_KEYWORD_INVALID_TYPE,
                    &pointer::join(path, "abstract"),
                    format!("`abstract` must be a boolean, found {}", describe(other)),
                );
                false
            }
        }
    }

    /// Compiles `properties`; the flag says whether the keyword was present.
    pub(crate) fn compile_properties(
        &mut self,
        obj: &'s Map<String, Value>,
        path: &str,
    ) -> (Vec<Property>, bool) {
        let Some(props) = obj.get("properties") else {
            return (Vec::new(), false);
        };
        let at = pointer::join(path, "properties");
        let Value::Object(props) = props else {
            self.error(
                codes::SCHEMA_PROPERTIES_NOT_OBJECT,
                &at,
                format!("`properties` must be an object, found {}", describe(props)),
            );
            return (Vec::new(), true);
        };
        let out = props
            .iter()
            .map(|(name, schema)| Property {
                name: name.as_str().into(),
                node: self.compile_schema(schema, pointer::join(&at, name)),
            })
            .collect();
        (out, true)
    }

    /// Merges the properties and `required` of every base type, depth first,
    /// in array order; the first definition of a name wins (core §`$extends`).
    fn gather_extends(
        &mut self,
        obj: &'s Map<String, Value>,
        path: &str,
        into: &mut Gathered,
        visiting: &mut Vec<String>,
    ) {
        let Some(ext) = obj.get("$extends") else {
            return;
        };
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
            // Each base is followed recursively; a chain written flat in
            // `definitions` can be arbitrarily long, so it is cut off.
            if visiting.len() > super::MAX_SCHEMA_DEPTH {
                self.error(
                    codes::SCHEMA_MAX_DEPTH_EXCEEDED,
                    &base_at,
                    format!(
                        "`$extends` chains longer than {} types are not followed",
                        super::MAX_SCHEMA_DEPTH
                    ),
                );
                return;
            }
            let Some(r) = base.as_str() else {
                self.error(
                    codes::SCHEMA_KEYWORD_INVALID_TYPE,
                    &base_at,
                    format!(
                        "`$extends` must be a JSON Pointer or an array of them, found {}",
                        describe(base)
                    ),
                );
                continue;
            };
            let target = pointer::canonical(r);
            let def = target
                .as_deref()
                .and_then(|t| pointer::resolve(self.doc(), t))
                .filter(|v| is_type_declaration(v))
                .and_then(Value::as_object);
            let (Some(target), Some(def)) = (target, def) else {
                self.error(
                    codes::SCHEMA_EXTENDS_NOT_FOUND,
                    &base_at,
                    format!("`$extends` target {r} does not exist"),
                );
                continue;
            };
            if visiting.contains(&target) {
                self.error(
                    codes::SCHEMA_EXTENDS_CIRCULAR,
                    &base_at,
                    format!("`$extends` {r} leads back to a type that is already being extended"),
                );
                continue;
            }
            // Core §`$extends` says targets are abstract, but the spec's own
            // primer (12-multiple-inheritance) extends concrete types: a
            // warning, not a defect. An abstract type extending a concrete
            // one is an add-in, which core §Extensions and Add-Ins defines
            // exactly so: no warning at all.
            let extends_as_addin = obj.get("abstract") == Some(&Value::Bool(true));
            if !extends_as_addin && def.get("abstract") != Some(&Value::Bool(true)) {
                self.warning(
                    codes::SCHEMA_EXTENDS_NOT_ABSTRACT,
                    &base_at,
                    format!("`$extends` target {r} is not declared `abstract`; its properties are inherited"),
                );
            }
            if into.merged.contains(&target) {
                continue;
            }
            visiting.push(target.clone());
            self.gather_extends(def, &target, into, visiting);
            visiting.pop();
            let (props, _) = self.compile_properties(def, &target);
            for p in props {
                if !into.properties.iter().any(|q| q.name == p.name) {
                    into.properties.push(p);
                }
            }
            if let Some(Value::Array(req)) = def.get("required") {
                for name in req.iter().filter_map(Value::as_str) {
                    if !into.required.iter().any(|r| r.as_ref() == name) {
                        into.required.push(name.into());
                    }
                }
                // The base's alternative sets constrain its extensions as
                // they constrain the base (core §`$extends`: merge the
                // constraints); names beside them are required above.
                let sets = required_sets(req);
                if !sets.is_empty() {
                    into.sets.push(InheritedSets {
                        at: pointer::join(&target, "required").into(),
                        sets: sets.into_boxed_slice(),
                    });
                }
            }
            into.merged.insert(target);
        }
    }

    fn required(
        &mut self,
        obj: &Map<String, Value>,
        path: &str,
        properties: &[Property],
        inherited: Vec<Box<str>>,
    ) -> Required {
        let at = pointer::join(path, "required");
        let mut names: Vec<Box<str>> = inherited;
        let mut sets: Vec<Box<[Box<str>]>> = Vec::new();
        match obj.get("required") {
            None => {}
            Some(Value::Array(items)) => {
                for (i, item) in items.iter().enumerate() {
                    match item {
                        Value::String(s) => {
                            if !names.iter().any(|n| n.as_ref() == s) {
                                names.push(s.as_str().into());
                            }
                        }
                        Value::Array(set) => {
                            let mut group = Vec::new();
                            for (j, n) in set.iter().enumerate() {
                                match n.as_str() {
                                    Some(s) => group.push(s.into()),
                                    None => self.error(
                                        codes::SCHEMA_REQUIRED_ITEM_NOT_STRING,
                                        &pointer::join(
                                            &pointer::join(&at, &i.to_string()),
                                            &j.to_string(),
                                        ),
                                        format!(
                                            "a required property name must be a string, found {}",
                                            describe(n)
                                        ),
                                    ),
                                }
                            }
                            sets.push(group.into_boxed_slice());
                        }
                        other => self.error(
                            codes::SCHEMA_REQUIRED_ITEM_NOT_STRING,
                            &pointer::join(&at, &i.to_string()),
                            format!(
                                "`required` holds property names or arrays of names, found {}",
                                describe(other)
                            ),
                        ),
                    }
                }
            }
            Some(other) => self.error(
                codes::SCHEMA_REQUIRED_NOT_ARRAY,
                &at,
                format!("`required` must be an array, found {}", describe(other)),
            ),
        }
        let declared = |n: &str| properties.iter().any(|p| p.name.as_ref() == n);
        for n in names.iter().chain(sets.iter().flat_map(|s| s.iter())) {
            if !declared(n) {
                self.lenient(
                    codes::SCHEMA_REQUIRED_PROPERTY_NOT_DEFINED,
                    &at,
                    format!("required property \"{n}\" is not declared in `properties`"),
                );
            }
        }
        if !sets.is_empty() {
            // Plain names required alongside alternative sets belong to every set.
            let sets = sets
                .into_iter()
                .map(|s| {
                    let mut all: Vec<Box<str>> = names.clone();
                    all.extend(s.iter().cloned());
                    all.into_boxed_slice()
                })
                .collect();
            return Required::OneSetOf(sets);
        }
        if names.is_empty() {
            return Required::None;
        }
        let mut idx = Vec::with_capacity(names.len());
        let mut undeclared = Vec::new();
        for n in names {
            match properties.iter().position(|p| p.name == n) {
                Some(i) => idx.push(u32::try_from(i).unwrap_or(u32::MAX)),
                None => undeclared.push(n),
            }
        }
        if undeclared.is_empty() {
            Required::All(idx.into_boxed_slice())
        } else {
            // An undeclared name is still required of instances; the
            // alternative-set form checks names directly.
            let mut all: Vec<Box<str>> = idx
                .iter()
                .filter_map(|&i| properties.get(i as usize).map(|p| p.name.clone()))
                .collect();
            all.extend(undeclared);
            Required::OneSetOf(vec![all.into_boxed_slice()].into_boxed_slice())
        }
    }

    fn additional(
        &mut self,
        obj: &'s Map<String, Value>,
        path: &str,
        is_abstract: bool,
    ) -> Additional {
        let at = pointer::join(path, "additionalProperties");
        let Some(ap) = obj.get("additionalProperties") else {
            return Additional::Allow;
        };
        if is_abstract {
            self.lenient(
                codes::SCHEMA_ABSTRACT_ADDITIONAL_PROPERTIES,
                &at,
                "abstract types always allow additional properties and must not declare `additionalProperties`".into(),
            );
            return Additional::Allow;
        }
        match ap {
            Value::Bool(true) => Additional::Allow,
            Value::Bool(false) => Additional::Deny,
            Value::Object(_) => Additional::Schema(self.compile_schema(ap, at)),
            other => {
                self.error(
                    codes::SCHEMA_ADDITIONAL_PROPERTIES_INVALID,
                    &at,
                    format!(
                        "`additionalProperties` must be a boolean or a schema, found {}",
                        describe(other)
                    ),
                );
                Additional::Allow
            }
        }
    }

    pub(super) fn tuple(&mut self, obj: &'s Map<String, Value>, path: &str) -> Kind {
        // Core §`$extends` applies to tuples as to objects: the base's
        // properties are inherited, and the extending tuple's `tuple` orders
        // them with its own (every declared property appears in it).
        let (gathered, declared) = self.properties_with_bases(obj, path);
        let props = gathered.properties;
        let declared = declared || !props.is_empty();
        let order = obj.get("tuple");
        let (true, Some(order)) = (declared, order) else {
            self.error(
                codes::SCHEMA_TUPLE_MISSING_DEFINITION,
                path,
                "a tuple must declare both `properties` and `tuple` (the order of the properties)"
                    .into(),
            );
            return Kind::Tuple(Box::new([]));
        };
        let at = pointer::join(path, "tuple");
        let Value::Array(order) = order else {
            self.error(
                codes::SCHEMA_TUPLE_ORDER_NOT_ARRAY,
                &at,
                format!(
                    "`tuple` must be an array of property names, found {}",
                    describe(order)
                ),
            );
            return Kind::Tuple(Box::new([]));
        };
        let mut items = Vec::with_capacity(order.len());
        for (i, name) in order.iter().enumerate() {
            let found = name
                .as_str()
                .and_then(|n| props.iter().find(|p| p.name.as_ref() == n));
            match found {
                Some(p) => items.push(p.node),
                None => self.error(
                    codes::SCHEMA_TUPLE_ORDER_NOT_ARRAY,
                    &pointer::join(&at, &i.to_string()),
                    format!(
                        "`tuple` entry {} is not a declared property",
                        describe(name)
                    ),
                ),
            }
        }
        for p in &props {
            if !order.iter().any(|n| n.as_str() == Some(p.name.as_ref())) {
                self.error(
                    codes::SCHEMA_TUPLE_ORDER_NOT_ARRAY,
                    &at,
                    format!("declared property \"{}\" is missing from `tuple`", p.name),
                );
            }
        }
        Kind::Tuple(items.into_boxed_slice())
    }

    /// Core §Inline Unions: "The selector property MAY shadow a property of
    /// the base type; in this case, the base type property MUST be of type
    /// `string`."
    fn selector_shadowing(&mut self, obj: &Map<String, Value>, path: &str, selector: &str) {
        let bases: Vec<&str> = match obj.get("$extends") {
            Some(Value::String(r)) => vec![r.as_str()],
            Some(Value::Array(list)) => list.iter().filter_map(Value::as_str).collect(),
            _ => Vec::new(),
        };
        for r in bases {
            let shadowed = pointer::canonical(r)
                .and_then(|t| pointer::resolve(self.doc(), &t))
                .and_then(|base| base.get("properties"))
                .and_then(|props| props.get(selector));
            let Some(shadowed) = shadowed else {
                continue;
            };
            if shadowed.get("type").and_then(Value::as_str) != Some("string") {
                self.lenient(
                    codes::SCHEMA_CONSTRAINT_INVALID_FOR_TYPE,
                    &pointer::join(path, "selector"),
                    format!(
                        "the selector \"{selector}\" shadows the property of that name in {r}, which must then be a `string`, found {}",
                        match shadowed.get("type") {
                            Some(Value::String(t)) => format!("`{t}`"),
                            Some(other) => describe(other),
                            None => "no type".to_owned(),
                        }
                    ),
                );
            }
        }
    }

    pub(super) fn choice(&mut self, obj: &'s Map<String, Value>, path: &str) -> Kind {
        let at = pointer::join(path, "choices");
        let mut entries: Vec<(Box<str>, NodeId)> = Vec::new();
        match obj.get("choices") {
            None => self.error(
                codes::SCHEMA_CHOICE_MISSING_CHOICES,
                path,
                "a choice must declare `choices`".into(),
            ),
            Some(Value::Object(choices)) => {
                for (name, schema) in choices {
                    let id = self.compile_schema(schema, pointer::join(&at, name));
                    entries.push((name.as_str().into(), id));
                }
            }
            Some(other) => self.error(
                codes::SCHEMA_CHOICES_NOT_OBJECT,
                &at,
                format!("`choices` must be an object, found {}", describe(other)),
            ),
        }
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        let choices = Box::new(Choices { entries });
        let selector = obj.get("selector");
        if obj.contains_key("$extends") {
            // Inline union (core §Inline Unions): the selector names the branch.
            match selector {
                Some(Value::String(s)) => {
                    self.selector_shadowing(obj, path, s);
                    Kind::InlineChoice {
                        selector: s.as_str().into(),
                        choices,
                    }
                }
                other => {
                    self.error(
                        codes::SCHEMA_KEYWORD_INVALID_TYPE,
                        &pointer::join(path, "selector"),
                        format!(
                            "an inline choice (with `$extends`) must name its selector property in `selector`, found {}",
                            other.map_or_else(|| "nothing".to_owned(), describe)
                        ),
                    );
                    Kind::TaggedChoice(choices)
                }
            }
        } else {
            if selector.is_some() {
                self.lenient(
                    codes::SCHEMA_KEYWORD_INVALID_TYPE,
                    &pointer::join(path, "selector"),
                    "`selector` applies only to inline choices, which declare `$extends`; read as a tagged choice".into(),
                );
            }
            Kind::TaggedChoice(choices)
        }
    }
}

/// The alternative sets (the array entries) of a `required` array, as
/// given: names that are not strings are reported where the type that
/// declares them is compiled.
pub(super) fn required_sets(entries: &[Value]) -> Vec<Box<[Box<str>]>> {
    entries
        .iter()
        .filter_map(Value::as_array)
        .map(|set| {
            set.iter()
                .filter_map(Value::as_str)
                .map(Box::from)
                .collect()
        })
        .collect()
}
