//! Type names → node kinds, and the keywords that belong to primitive types.

use serde_json::{Map, Value};

use super::{Compiler, describe};
use crate::codes;
use crate::formats::{BigInt, Encoding};
use crate::node::{Enumeration, Kind};
use crate::pointer;

impl<'s> Compiler<'s> {
    pub(super) fn named_kind(
        &mut self,
        name: &str,
        obj: &'s Map<String, Value>,
        path: &str,
    ) -> Kind {
        let int = |min: i64, max: i64, name: &'static str| Kind::Int { min, max, name };
        match name {
            "any" => Kind::Any,
            "null" => Kind::Null,
            "boolean" => Kind::Boolean,
            "string" => Kind::String,
            "number" => Kind::Number,
            "integer" => int(i32::MIN.into(), i32::MAX.into(), "integer"),
            "int8" => int(i8::MIN.into(), i8::MAX.into(), "int8"),
            "uint8" => int(0, u8::MAX.into(), "uint8"),
            "int16" => int(i16::MIN.into(), i16::MAX.into(), "int16"),
            "uint16" => int(0, u16::MAX.into(), "uint16"),
            "int32" => int(i32::MIN.into(), i32::MAX.into(), "int32"),
            "uint32" => int(0, u32::MAX.into(), "uint32"),
            "int64" => Kind::BigInt(BigInt::Int64),
            "uint64" => Kind::BigInt(BigInt::UInt64),
            "int128" => Kind::BigInt(BigInt::Int128),
            "uint128" => Kind::BigInt(BigInt::UInt128),
            "float8" => Kind::Float {
                max: crate::formats::FLOAT8_MAX,
                overflow: crate::formats::FLOAT8_OVERFLOW,
                name: "float8",
            },
            "float" => Kind::Float {
                max: crate::formats::FLOAT32_MAX,
                overflow: crate::formats::FLOAT32_OVERFLOW,
                name: "float",
            },
            // Every finite f64 is a double; JSON numbers beyond it do not parse.
            "double" => Kind::Float {
                max: f64::MAX,
                overflow: f64::INFINITY,
                name: "double",
            },
            "decimal" => Kind::Decimal {
                precision: self.non_negative(obj, "precision", path).map(saturate),
                scale: self.non_negative(obj, "scale", path).map(saturate),
            },
            "date" => Kind::Date,
            "datetime" => Kind::DateTime,
            "time" => Kind::Time,
            "duration" => Kind::Duration,
            "uuid" => Kind::Uuid,
            "uri" => Kind::Uri,
            "jsonpointer" => Kind::JsonPointer,
            "binary" => Kind::Binary(self.encoding(obj, path)),
            "object" => self.object(obj, path),
            "array" => Kind::Array(self.items(obj, path, "array")),
            "set" => Kind::Set(self.items(obj, path, "set")),
            "map" => Kind::Map(self.values(obj, path)),
            "tuple" => self.tuple(obj, path),
            "choice" => self.choice(obj, path),
            other => {
                self.error(
                    codes::SCHEMA_TYPE_INVALID,
                    &pointer::join(path, "type"),
                    format!("unknown type \"{other}\""),
                );
                Kind::Any
            }
        }
    }

    fn encoding(&mut self, obj: &Map<String, Value>, path: &str) -> Encoding {
        match obj.get("contentEncoding") {
            None => Encoding::Base64,
            Some(Value::String(name)) => Encoding::from_name(name).unwrap_or_else(|| {
                self.error(
                    codes::SCHEMA_ENCODING_INVALID,
                    &pointer::join(path, "contentEncoding"),
                    format!("unknown contentEncoding \"{name}\": expected base64, base64url, base16, base32 or base32hex"),
                );
                Encoding::Base64
            }),
            Some(other) => {
                self.error(
                    codes::SCHEMA_KEYWORD_INVALID_TYPE,
                    &pointer::join(path, "contentEncoding"),
                    format!("`contentEncoding` must be a string, found {}", describe(other)),
                );
                Encoding::Base64
            }
        }
    }

    /// A keyword whose value must be a non-negative integer.
    pub(crate) fn non_negative(
        &mut self,
        obj: &Map<String, Value>,
        keyword: &str,
        path: &str,
    ) -> Option<u64> {
        let v = obj.get(keyword)?;
        match v.as_u64() {
            Some(n) => Some(n),
            None => {
                self.error(
                    codes::SCHEMA_INTEGER_CONSTRAINT_INVALID,
                    &pointer::join(path, keyword),
                    format!(
                        "`{keyword}` must be a non-negative integer, found {}",
                        describe(v)
                    ),
                );
                None
            }
        }
    }

    fn items(
        &mut self,
        obj: &'s Map<String, Value>,
        path: &str,
        name: &str,
    ) -> crate::node::NodeId {
        match obj.get("items") {
            Some(items) => self.compile_schema(items, pointer::join(path, "items")),
            None => {
                self.lenient(
                    codes::SCHEMA_ARRAY_MISSING_ITEMS,
                    path,
                    format!(
                        "{} must declare `items`; items read as `any`",
                        if name == "array" { "an array" } else { "a set" }
                    ),
                );
                self.any_node(path)
            }
        }
    }

    fn values(&mut self, obj: &'s Map<String, Value>, path: &str) -> crate::node::NodeId {
        match obj.get("values") {
            Some(values) => self.compile_schema(values, pointer::join(path, "values")),
            None => {
                self.lenient(
                    codes::SCHEMA_MAP_MISSING_VALUES,
                    path,
                    "a map must declare `values`; values read as `any`".into(),
                );
                self.any_node(path)
            }
        }
    }

    pub(crate) fn any_node(&mut self, path: &str) -> crate::node::NodeId {
        self.reserve(path)
    }

    pub(super) fn compile_enum(
        &mut self,
        obj: &Map<String, Value>,
        path: &str,
    ) -> Option<Box<Enumeration>> {
        let v = obj.get("enum")?;
        let at = pointer::join(path, "enum");
        let Value::Array(values) = v else {
            self.error(
                codes::SCHEMA_ENUM_NOT_ARRAY,
                &at,
                format!("`enum` must be an array, found {}", describe(v)),
            );
            return None;
        };
        if values.is_empty() {
            self.error(
                codes::SCHEMA_ENUM_EMPTY,
                &at,
                "`enum` must list at least one value".into(),
            );
            return None;
        }
        if values
            .iter()
            .any(|v| super::nests_deeper_than(v, super::MAX_SCHEMA_DEPTH))
        {
            self.error(
                codes::SCHEMA_MAX_DEPTH_EXCEEDED,
                &at,
                super::too_deep_to_keep("enum"),
            );
            return None;
        }
        for i in crate::equality::duplicate_indices(values) {
            if let Some(a) = values.get(i) {
                self.lenient(
                    codes::SCHEMA_ENUM_DUPLICATES,
                    &pointer::join(&at, &i.to_string()),
                    format!("`enum` lists {} more than once", describe(a)),
                );
            }
        }
        if values.iter().all(Value::is_string) {
            let mut strings: Vec<Box<str>> = values
                .iter()
                .filter_map(Value::as_str)
                .map(Into::into)
                .collect();
            strings.sort_unstable();
            strings.dedup();
            return Some(Box::new(Enumeration::Strings(strings.into_boxed_slice())));
        }
        Some(Box::new(Enumeration::Values(
            values.clone().into_boxed_slice(),
        )))
    }
}

fn saturate(n: u64) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}
