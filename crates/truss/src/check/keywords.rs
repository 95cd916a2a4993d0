//! Which keywords apply to which types, and the keyword groups whose
//! values the rules check.

use super::typing::NUMERIC;

const STRING: &[&str] = &["string"];
/// Core §`binary` makes the content keywords annotations of `binary`; on a
/// `string` they are the validation extension's (JSON Schema's content
/// vocabulary, as the SDKs read them), so there an extension that is off
/// is a warning, not a misplaced keyword.
const CONTENT: &[&str] = &["binary", "string"];
const ARRAYS: &[&str] = &["array", "set"];
const OBJECT: &[&str] = &["object"];
const MAP: &[&str] = &["map"];
const OBJECT_OR_MAP: &[&str] = &["object", "map"];
const OBJECT_OR_TUPLE: &[&str] = &["object", "tuple"];
const EXTENDABLE: &[&str] = &["object", "tuple", "choice"];
const TUPLE: &[&str] = &["tuple"];
const CHOICE: &[&str] = &["choice"];
const DECIMALS: &[&str] = &["number", "decimal"];
const PRIMITIVE: &[&str] = &[
    "string",
    "number",
    "integer",
    "boolean",
    "null",
    "binary",
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
];

/// Keyword → the types it may be used with. Core keywords follow core
/// §Structural Keywords and §Type Annotation Keywords; the rest follow the
/// companion specs (validation §Validation Keywords). A keyword used with
/// any other type is reported, whether or not its extension is enabled:
/// the schema says something that cannot mean anything.
pub(crate) const APPLIES_TO: &[(&str, &[&str])] = &[
    // core
    ("properties", OBJECT_OR_TUPLE),
    ("required", OBJECT),
    ("additionalProperties", OBJECT),
    ("items", ARRAYS),
    ("values", MAP),
    ("tuple", TUPLE),
    ("choices", CHOICE),
    ("selector", CHOICE),
    ("abstract", OBJECT_OR_TUPLE),
    // Core §`$extends` names object and tuple; §Inline Unions puts it on
    // choices as well.
    ("$extends", EXTENDABLE),
    ("maxLength", STRING),
    ("precision", DECIMALS),
    ("scale", DECIMALS),
    ("contentEncoding", CONTENT),
    ("contentCompression", CONTENT),
    ("contentMediaType", CONTENT),
    ("enum", PRIMITIVE),
    ("const", PRIMITIVE),
    // validation: numbers
    ("minimum", NUMERIC),
    ("maximum", NUMERIC),
    ("exclusiveMinimum", NUMERIC),
    ("exclusiveMaximum", NUMERIC),
    ("multipleOf", NUMERIC),
    // validation: strings
    ("minLength", STRING),
    ("pattern", STRING),
    ("format", STRING),
    // validation: arrays and sets
    ("minItems", ARRAYS),
    ("maxItems", ARRAYS),
    // Validation §uniqueItems names arrays only, "as this constraint is
    // inherent to set"; on a set it restates what the type says, which the
    // SDKs' own valid samples do, so it is accepted there too.
    ("uniqueItems", ARRAYS),
    ("contains", ARRAYS),
    ("minContains", ARRAYS),
    ("maxContains", ARRAYS),
    // validation: objects and maps
    ("minProperties", OBJECT),
    ("maxProperties", OBJECT),
    ("dependentRequired", OBJECT),
    ("patternProperties", OBJECT),
    ("propertyNames", OBJECT),
    ("minEntries", MAP),
    ("maxEntries", MAP),
    ("patternKeys", MAP),
    ("keyNames", MAP),
    ("has", OBJECT_OR_MAP),
];

/// Keywords whose value is a non-negative integer.
pub(crate) const COUNTS: &[&str] = &[
    "maxLength",
    "minLength",
    "minItems",
    "maxItems",
    "minContains",
    "maxContains",
    "minProperties",
    "maxProperties",
    "minEntries",
    "maxEntries",
    "precision",
    "scale",
];

/// Lower and upper bounds that must not cross.
pub(crate) const COUNT_PAIRS: &[(&str, &str)] = &[
    ("minLength", "maxLength"),
    ("minItems", "maxItems"),
    ("minContains", "maxContains"),
    ("minProperties", "maxProperties"),
    ("minEntries", "maxEntries"),
];

/// Keywords whose value is a number of the schema's numeric type.
pub(crate) const BOUNDS: &[&str] = &[
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
];

/// `(lower, upper, strict)`: with `strict`, equal bounds leave nothing.
pub(crate) const BOUND_PAIRS: &[(&str, &str, bool)] = &[
    ("minimum", "maximum", false),
    ("exclusiveMinimum", "exclusiveMaximum", true),
    ("minimum", "exclusiveMaximum", true),
    ("exclusiveMinimum", "maximum", true),
];

/// Keywords whose value is one schema (conditional composition and
/// validation).
pub(crate) const SUBSCHEMAS: &[&str] = &[
    "not",
    "if",
    "then",
    "else",
    "contains",
    "propertyNames",
    "keyNames",
    "has",
];

/// Keywords whose value is a non-empty array of schemas.
pub(crate) const SCHEMA_LISTS: &[&str] = &["allOf", "anyOf", "oneOf"];

/// Keywords whose value maps regular expressions to schemas.
pub(crate) const PATTERN_MAPS: &[&str] = &["patternProperties", "patternKeys"];

/// Keywords that belong only at the document root (core §Document Structure).
pub(crate) const ROOT_ONLY: &[&str] = &["$schema", "$id", "$root", "definitions", "$offers"];

/// Annotation keywords whose value is a string (units §symbol, §unit,
/// §currency; validation §format).
pub(crate) const STRINGS: &[&str] = &["format", "unit", "symbol", "currency"];

/// Annotation keywords whose value is a map of strings (alternate-names
/// §descriptions, units §symbols).
pub(crate) const STRING_MAPS: &[&str] = &["descriptions", "symbols"];
