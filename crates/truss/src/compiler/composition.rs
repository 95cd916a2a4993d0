//! The conditional composition keywords (conditional-composition
//! §Conditional Composition Keywords): `allOf`, `anyOf`, `oneOf`, `not`,
//! `if`/`then`/`else`, each operand compiled to a node of its own.
//!
//! Operands are "type-union" members: a schema object, a `{"$ref": …}`, a
//! primitive type name, or (for `not`, which "MAY be a type union") an
//! array of those. `then`/`else` without `if` have nothing to apply to and
//! are not enforced.

use std::sync::LazyLock;

use serde_json::{Map, Value};

use super::{Compiler, describe, is_compound};
use crate::checks::Composition;
use crate::codes;
use crate::node::{Kind, NodeId};
use crate::pointer;

/// The keywords of a type given by name alone have no siblings.
static NO_KEYWORDS: LazyLock<Map<String, Value>> = LazyLock::new(Map::new);

const PRIMITIVES: &[&str] = &[
    "any",
    "null",
    "boolean",
    "string",
    "number",
    "integer",
    "int8",
    "uint8",
    "int16",
    "uint16",
    "int32",
    "uint32",
    "int64",
    "uint64",
    "int128",
    "uint128",
    "float8",
    "float",
    "double",
    "decimal",
    "date",
    "datetime",
    "time",
    "duration",
    "uuid",
    "uri",
    "jsonpointer",
    "binary",
];

impl<'s> Compiler<'s> {
    pub(super) fn composition(
        &mut self,
        obj: &'s Map<String, Value>,
        path: &str,
    ) -> Option<Composition> {
        let c = Composition {
            all_of: self.operand_list(obj, path, "allOf"),
            any_of: self.operand_list(obj, path, "anyOf"),
            one_of: self.operand_list(obj, path, "oneOf"),
            not: self.operand_at(obj, path, "not"),
            if_: self.operand_at(obj, path, "if"),
            then: self.operand_at(obj, path, "then"),
            else_: self.operand_at(obj, path, "else"),
        };
        (!c.is_empty()).then_some(c)
    }

    fn operand_list(
        &mut self,
        obj: &'s Map<String, Value>,
        path: &str,
        keyword: &str,
    ) -> Box<[NodeId]> {
        let at = pointer::join(path, keyword);
        match obj.get(keyword) {
            None => Box::new([]),
            Some(Value::Array(list)) if list.is_empty() => {
                self.error(
                    codes::SCHEMA_COMPOSITION_EMPTY,
                    &at,
                    format!("`{keyword}` must list at least one schema"),
                );
                Box::new([])
            }
            Some(Value::Array(list)) => list
                .iter()
                .enumerate()
                .map(|(i, v)| self.operand(v, pointer::join(&at, &i.to_string())))
                .collect(),
            Some(other) => {
                self.error(
                    codes::SCHEMA_COMPOSITION_NOT_ARRAY,
                    &at,
                    format!(
                        "`{keyword}` must be an array of schemas, found {}",
                        describe(other)
                    ),
                );
                Box::new([])
            }
        }
    }

    fn operand_at(
        &mut self,
        obj: &'s Map<String, Value>,
        path: &str,
        keyword: &str,
    ) -> Option<NodeId> {
        let v = obj.get(keyword)?;
        Some(self.operand(v, pointer::join(path, keyword)))
    }

    fn operand(&mut self, v: &'s Value, at: String) -> NodeId {
        match v {
            Value::Object(_) => {
                self.composition_operand = true;
                self.compile_schema(v, at)
            }
            Value::String(name) => {
                let id = self.reserve(&at);
                let kind = if PRIMITIVES.contains(&name.as_str()) {
                    self.named_kind(name, &NO_KEYWORDS, &at)
                } else if is_compound(name) {
                    self.error(
                        codes::SCHEMA_TYPE_INVALID,
                        &at,
                        format!("a composition operand given by name must be a primitive type; declare the {name} in `definitions` and reference it"),
                    );
                    Kind::Any
                } else {
                    self.error(
                        codes::SCHEMA_TYPE_INVALID,
                        &at,
                        format!("unknown type \"{name}\""),
                    );
                    Kind::Any
                };
                self.set_kind(id, kind);
                id
            }
            Value::Array(members) if !members.is_empty() => {
                let id = self.reserve(&at);
                let ids: Box<[NodeId]> = members
                    .iter()
                    .enumerate()
                    .map(|(i, m)| self.operand(m, pointer::join(&at, &i.to_string())))
                    .collect();
                self.set_kind(id, Kind::Union(ids));
                id
            }
            other => {
                self.error(
                    codes::SCHEMA_KEYWORD_INVALID_TYPE,
                    &at,
                    format!(
                        "a composition operand must be a schema, a type name or a type union, found {}",
                        describe(other)
                    ),
                );
                self.reserve(&at)
            }
        }
    }

    fn set_kind(&mut self, id: NodeId, kind: Kind) {
        if let Some(n) = self.node_mut(id) {
            n.kind = kind;
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    use crate::checks::Composition;
    use crate::codes;
    use crate::node::Kind;
    use crate::options::ValidatorOptions;

    use super::super::{Compiled, Compiler};

    fn compile(body: Value) -> Compiled {
        let mut s = json!({
            "$schema": "https://json-structure.org/meta/extended/v0/#",
            "$uses": ["JSONStructureConditionalComposition"],
            "$id": "https://example.com/t", "name": "T"
        });
        if let (Some(s), Some(b)) = (s.as_object_mut(), body.as_object()) {
            s.extend(b.clone());
        }
        Compiler::compile(&s, &ValidatorOptions::default())
    }

    fn codes_of(c: &Compiled) -> Vec<(String, &'static str)> {
        c.diagnostics
            .iter()
            .map(|d| (d.pointer.clone(), d.code))
            .collect()
    }

    fn root_composition(c: &Compiled) -> &Composition {
        let root = c.root.and_then(|r| c.nodes.get(r.index())).expect("a root");
        root.checks
            .as_ref()
            .and_then(|k| k.compose.as_ref())
            .expect("composition")
    }

    #[test]
    fn a_root_of_composition_keywords_alone_is_a_composed_node() {
        let c = compile(
            json!({"anyOf": [{"type": "string"}, "int32", {"$ref": "#/definitions/D"}],
            "definitions": {"D": {"type": "boolean"}}}),
        );
        assert_eq!(codes_of(&c), []);
        let comp = root_composition(&c);
        assert_eq!(comp.any_of.len(), 3);
        let root = c.root.and_then(|r| c.nodes.get(r.index())).unwrap();
        assert!(matches!(root.kind, Kind::Any));
        let kinds: Vec<&Kind> = comp
            .any_of
            .iter()
            .filter_map(|id| c.nodes.get(id.index()))
            .map(|n| &n.kind)
            .collect();
        assert!(matches!(
            kinds.as_slice(),
            [Kind::String, Kind::Int { .. }, Kind::Ref(_)]
        ));
    }

    #[test]
    fn malformed_operands_are_schema_errors() {
        let c = compile(
            json!({"type": "string", "allOf": [], "anyOf": {"type": "string"},
            "oneOf": ["object", "strange", 3]}),
        );
        assert_eq!(
            codes_of(&c),
            [
                ("/allOf".to_owned(), codes::SCHEMA_COMPOSITION_EMPTY),
                ("/anyOf".to_owned(), codes::SCHEMA_COMPOSITION_NOT_ARRAY),
                ("/oneOf/0".to_owned(), codes::SCHEMA_TYPE_INVALID),
                ("/oneOf/1".to_owned(), codes::SCHEMA_TYPE_INVALID),
                ("/oneOf/2".to_owned(), codes::SCHEMA_KEYWORD_INVALID_TYPE),
            ]
        );
    }

    #[test]
    fn untyped_operands_with_properties_are_read_as_objects() {
        let c = compile(
            json!({"type": "object", "properties": {"a": {"type": "string"}},
            "if": {"properties": {"a": {"type": "string"}}, "required": ["a"]},
            "then": {"properties": {"b": {"type": "number"}}, "required": ["b"]}}),
        );
        assert_eq!(
            codes_of(&c),
            [
                ("/if".to_owned(), codes::SCHEMA_MISSING_TYPE),
                ("/then".to_owned(), codes::SCHEMA_MISSING_TYPE),
            ]
        );
        let comp = root_composition(&c);
        let if_kind = comp
            .if_
            .and_then(|i| c.nodes.get(i.index()))
            .map(|n| &n.kind);
        assert!(matches!(if_kind, Some(Kind::Object(_))));
    }

    #[test]
    fn a_composition_that_leads_back_to_itself_is_circular() {
        let c = compile(json!({"$root": "#/definitions/A",
            "definitions": {"A": {"allOf": [{"$ref": "#/definitions/B"}]},
                            "B": {"anyOf": [{"type": "string"}, {"$ref": "#/definitions/A"}]}}}));
        assert!(
            codes_of(&c)
                .iter()
                .any(|(_, code)| *code == codes::SCHEMA_REF_CIRCULAR),
            "{:?}",
            codes_of(&c)
        );
    }

    #[test]
    fn disabled_composition_is_warned_about_and_not_compiled() {
        let s = json!({"$schema": "https://json-structure.org/meta/core/v0/#",
            "$id": "https://example.com/t", "name": "T", "type": "string", "not": {"type": "string"}});
        let c = Compiler::compile(&s, &ValidatorOptions::default());
        assert_eq!(
            codes_of(&c),
            [(
                "/not".to_owned(),
                codes::SCHEMA_EXTENSION_KEYWORD_NOT_ENABLED
            )]
        );
        let root = c.root.and_then(|r| c.nodes.get(r.index())).unwrap();
        assert!(root.checks.is_none());
    }
}
