//! Which extensions a document enables, and the per-schema dispatch of
//! extension keywords: a warning for each keyword of a disabled extension
//! (DESIGN §2.12), compiled constraints and annotations for enabled ones.

use serde_json::{Map, Value};

use super::{Compiler, describe};
use crate::annotations::Annotations;
use crate::checks::Checks;
use crate::codes;
use crate::extensions::{Extension, Extensions, extension_of, is_content_keyword};
use crate::node::Kind;
use crate::pointer;

/// Which groups of validation keywords a schema's type can give a meaning
/// to. A generic node (no type, a reference or a union) takes them all and
/// applies each to values of the matching JSON kind.
#[derive(Clone, Copy, Debug)]
pub(super) struct Fit {
    pub(super) number: bool,
    pub(super) string: bool,
    pub(super) array: bool,
    /// `uniqueItems`, which a `set` already implies.
    pub(super) unique: bool,
    pub(super) object: bool,
    pub(super) map: bool,
    /// Whether numeric bounds also apply to numeric strings.
    pub(super) numeric_strings: bool,
}

impl Fit {
    const NONE: Fit = Fit {
        number: false,
        string: false,
        array: false,
        unique: false,
        object: false,
        map: false,
        numeric_strings: false,
    };

    pub(super) fn of(kind: &Kind) -> Fit {
        match kind {
            Kind::Any | Kind::Union(_) | Kind::Ref(_) | Kind::Unresolved { .. } => Fit {
                number: true,
                string: true,
                array: true,
                unique: true,
                object: true,
                map: true,
                // Decided once every node exists (see `finish_number_checks`).
                numeric_strings: false,
            },
            Kind::Int { .. } | Kind::Float { .. } | Kind::Number => Fit {
                number: true,
                ..Fit::NONE
            },
            Kind::BigInt(_) | Kind::Decimal { .. } => Fit {
                number: true,
                numeric_strings: true,
                ..Fit::NONE
            },
            Kind::String
            | Kind::Date
            | Kind::DateTime
            | Kind::Time
            | Kind::Duration
            | Kind::Uuid
            | Kind::Uri
            | Kind::JsonPointer
            | Kind::Binary(_) => Fit {
                string: true,
                ..Fit::NONE
            },
            Kind::Array(_) => Fit {
                array: true,
                unique: true,
                ..Fit::NONE
            },
            Kind::Set(_) => Fit {
                array: true,
                ..Fit::NONE
            },
            Kind::Object(_) => Fit {
                object: true,
                ..Fit::NONE
            },
            Kind::Map(_) => Fit {
                map: true,
                ..Fit::NONE
            },
            Kind::Null
            | Kind::Boolean
            | Kind::Tuple(_)
            | Kind::TaggedChoice(_)
            | Kind::InlineChoice { .. } => Fit::NONE,
        }
    }
}

/// Whether `uri` is the validation meta-schema (trailing `#` optional).
fn is_validation_meta(uri: &str) -> bool {
    let bare = |u: &'static str| u.strip_suffix('#').unwrap_or(u);
    uri.strip_suffix('#').unwrap_or(uri) == bare(crate::meta::VALIDATION)
}

impl<'s> Compiler<'s> {
    /// The extensions in effect: the options' plus those the root enables
    /// with `$uses` or the validation meta-schema (see [`crate::extensions`]).
    pub(super) fn enabled_extensions(&mut self, root: &Map<String, Value>) -> Extensions {
        let mut set = self.options.extensions;
        if let Some(Value::String(uri)) = root.get("$schema") {
            if is_validation_meta(uri) {
                set = set.union(Extensions::all());
            }
        }
        match root.get("$uses") {
            None => {}
            Some(Value::Array(names)) => {
                for (i, name) in names.iter().enumerate() {
                    match name.as_str().and_then(Extension::from_name) {
                        Some(e) => set.insert(e),
                        None => {
                            let known: Vec<&str> =
                                Extension::ALL.iter().map(|e| e.name()).collect();
                            self.warning(
                                codes::SCHEMA_USES_UNKNOWN_EXTENSION,
                                &format!("/$uses/{i}"),
                                format!(
                                    "`$uses` names {}, which is not a JSON Structure extension (expected one of {}); ignored",
                                    describe(name),
                                    known.join(", ")
                                ),
                            );
                        }
                    }
                }
            }
            Some(other) => self.lenient(
                codes::SCHEMA_KEYWORD_INVALID_TYPE,
                "/$uses",
                format!(
                    "`$uses` must be an array of extension names, found {}; ignored",
                    describe(other)
                ),
            ),
        }
        set
    }

    /// The extension keywords of one schema object.
    pub(super) fn compile_extensions(
        &mut self,
        obj: &'s Map<String, Value>,
        path: &str,
        kind: &Kind,
    ) -> (Option<Box<Checks>>, Option<Box<Annotations>>) {
        self.warn_disabled(obj, path, kind);
        let mut checks = Checks::default();
        if self.enabled(Extension::Validation) {
            self.validation(obj, path, Fit::of(kind), &mut checks);
        }
        if self.enabled(Extension::ConditionalComposition) {
            checks.compose = self.composition(obj, path);
        }
        let annotations = self.annotations(obj, path);
        let checks = (!checks.is_empty()).then(|| Box::new(checks));
        (checks, annotations)
    }

    fn warn_disabled(&mut self, obj: &Map<String, Value>, path: &str, kind: &Kind) {
        for key in obj.keys() {
            let extension = match extension_of(key) {
                Some(e) => e,
                // Core annotations of `binary`; elsewhere JSON Schema's
                // content vocabulary, which the validation extension carries.
                None if is_content_keyword(key)
                    && !matches!(
                        kind,
                        Kind::Binary(_) | Kind::Ref(_) | Kind::Union(_) | Kind::Unresolved { .. }
                    ) =>
                {
                    Extension::Validation
                }
                None => continue,
            };
            if !self.enabled(extension) {
                self.warning(
                    codes::SCHEMA_EXTENSION_KEYWORD_NOT_ENABLED,
                    &pointer::join(path, key),
                    format!(
                        "`{key}` belongs to the {extension} extension, which this schema does not enable, so it is ignored; add \"{extension}\" to the root's `$uses` (or use the validation meta-schema) to apply it"
                    ),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use crate::codes;
    use crate::extensions::Extension;
    use crate::options::ValidatorOptions;

    use super::super::Compiler;

    fn diagnostics(
        schema: &serde_json::Value,
        options: &ValidatorOptions,
    ) -> Vec<(String, &'static str)> {
        Compiler::compile(schema, options)
            .diagnostics
            .into_iter()
            .map(|d| (d.pointer, d.code))
            .collect()
    }

    #[test]
    fn uses_switches_on_exactly_the_named_extensions() {
        let schema = json!({
            "$schema": "https://json-structure.org/meta/extended/v0/#",
            "$id": "x", "name": "X",
            "$uses": ["JSONStructureUnits", "JSONStructureMagic"],
            "type": "number", "unit": "m", "minimum": 1
        });
        let compiled = Compiler::compile(&schema, &ValidatorOptions::default());
        assert!(compiled.extensions.contains(Extension::Units));
        assert!(!compiled.extensions.contains(Extension::Validation));
        let found: Vec<(String, &str)> = compiled
            .diagnostics
            .into_iter()
            .map(|d| (d.pointer, d.code))
            .collect();
        assert_eq!(
            found,
            [
                ("/$uses/1".to_owned(), codes::SCHEMA_USES_UNKNOWN_EXTENSION),
                (
                    "/minimum".to_owned(),
                    codes::SCHEMA_EXTENSION_KEYWORD_NOT_ENABLED
                ),
            ]
        );
    }

    #[test]
    fn the_validation_meta_schema_switches_everything_on() {
        for uri in [
            "https://json-structure.org/meta/validation/v0/#",
            "https://json-structure.org/meta/validation/v0/",
        ] {
            let schema = json!({"$schema": uri, "$id": "x", "name": "X", "type": "number", "minimum": 1, "unit": "m"});
            let compiled = Compiler::compile(&schema, &ValidatorOptions::default());
            assert_eq!(compiled.extensions, crate::Extensions::all(), "{uri}");
            assert!(compiled.diagnostics.is_empty(), "{uri}");
        }
    }

    #[test]
    fn the_extended_meta_schema_alone_switches_nothing_on() {
        let schema = json!({
            "$schema": "https://json-structure.org/meta/extended/v0/#",
            "$id": "x", "name": "X", "type": "string", "pattern": "^a", "altnames": {"json": "x"}
        });
        assert_eq!(
            diagnostics(&schema, &ValidatorOptions::default()),
            [
                (
                    "/altnames".to_owned(),
                    codes::SCHEMA_EXTENSION_KEYWORD_NOT_ENABLED
                ),
                (
                    "/pattern".to_owned(),
                    codes::SCHEMA_EXTENSION_KEYWORD_NOT_ENABLED
                ),
            ]
        );
        let forced = ValidatorOptions::default().enable_all_extensions(true);
        assert_eq!(diagnostics(&schema, &forced), []);
    }

    #[test]
    fn content_keywords_are_core_only_on_binary() {
        let schema = json!({
            "$schema": "https://json-structure.org/meta/core/v0/#", "$id": "x", "name": "X",
            "type": "object",
            "properties": {
                "b": {"type": "binary", "contentEncoding": "base64", "contentMediaType": "image/png"},
                "s": {"type": "string", "contentMediaType": "application/json"}
            }
        });
        assert_eq!(
            diagnostics(&schema, &ValidatorOptions::default()),
            [(
                "/properties/s/contentMediaType".to_owned(),
                codes::SCHEMA_EXTENSION_KEYWORD_NOT_ENABLED
            )]
        );
    }

    #[test]
    fn malformed_uses_is_reported_and_ignored() {
        let schema = json!({"$schema": "https://json-structure.org/meta/extended/v0/#", "$id": "x", "name": "X",
            "$uses": "JSONStructureValidation", "type": "string"});
        assert_eq!(
            diagnostics(&schema, &ValidatorOptions::default()),
            [("/$uses".to_owned(), codes::SCHEMA_KEYWORD_INVALID_TYPE)]
        );
    }

    #[test]
    fn needs_value_marks_nodes_that_look_at_a_value_twice() {
        let schema = json!({
            "$schema": "https://json-structure.org/meta/validation/v0/#", "$id": "x", "name": "X",
            "type": "object",
            "properties": {
                "plain": {"type": "string", "pattern": "^a", "minLength": 1},
                "scalars": {"type": "string", "enum": ["a", "b"]},
                "records": {"type": "any", "enum": [{"a": 1}, 2]},
                "union": {"type": ["string", "null"]},
                "set": {"type": "set", "items": {"type": "string"}},
                "unique": {"type": "array", "items": {"type": "string"}, "uniqueItems": true},
                "contains": {"type": "array", "items": {"type": "string"}, "contains": {"type": "string"}},
                "bounded": {"type": "array", "items": {"type": "string"}, "maxItems": 3},
                "composed": {"type": "string", "not": {"type": "string", "const": "x"}},
                "has": {"type": "map", "values": {"type": "string"}, "has": {"type": "string"}},
                "named": {"type": "map", "values": {"type": "string"}, "keyNames": {"type": "string"}}
            }
        });
        let compiled = Compiler::compile(&schema, &ValidatorOptions::default());
        let needs = |name: &str| {
            let path = format!("/properties/{name}");
            compiled
                .nodes
                .iter()
                .find(|n| n.path.as_ref() == path)
                .map(crate::node::Node::needs_value)
        };
        for (name, expected) in [
            ("plain", false),
            ("scalars", false),
            ("records", true),
            ("union", true),
            ("set", true),
            ("unique", true),
            ("contains", true),
            ("bounded", false),
            ("composed", true),
            ("has", true),
            ("named", false),
        ] {
            assert_eq!(needs(name), Some(expected), "{name}");
        }
    }
}
