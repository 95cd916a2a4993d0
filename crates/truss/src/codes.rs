//! The stable codes truss reports.
//!
//! Codes shared with the official JSON Structure SDKs keep the SDKs' names so
//! that tooling can treat reports from either alike; codes that exist only in
//! truss are marked as such in their docs.

macro_rules! codes {
    ($( $(#[$doc:meta])* $name:ident ),* $(,)?) => {
        $( $(#[$doc])* pub const $name: &str = stringify!($name); )*
        /// Every code truss can emit.
        pub const ALL: &[&str] = &[ $( $name ),* ];
    };
}

codes! {
    // ---- schema diagnostics ----
    /// The schema document (or a schema inside it) is not a JSON object.
    SCHEMA_INVALID_TYPE,
    /// A keyword's value has the wrong JSON type.
    SCHEMA_KEYWORD_INVALID_TYPE,
    /// A keyword that needs at least one entry is empty.
    SCHEMA_KEYWORD_EMPTY,
    /// `type` names no known type.
    SCHEMA_TYPE_INVALID,
    /// A type union (`type` array) is empty.
    SCHEMA_TYPE_ARRAY_EMPTY,
    /// `type` is an object without `$ref`.
    SCHEMA_TYPE_OBJECT_MISSING_REF,
    /// A `$ref` does not resolve to a type definition.
    SCHEMA_REF_NOT_FOUND,
    /// References that can never reach a concrete type (`A` is `B`, `B` is `A`).
    SCHEMA_REF_CIRCULAR,
    /// `$ref` used as a schema instead of inside `type`.
    SCHEMA_REF_NOT_IN_TYPE,
    /// A schema without `type`.
    SCHEMA_MISSING_TYPE,
    /// The root has neither `type` nor `$root` and cannot validate instances.
    SCHEMA_ROOT_MISSING_TYPE,
    /// The root has no `$id`.
    SCHEMA_ROOT_MISSING_ID,
    /// The root has `type` but no `name`.
    SCHEMA_ROOT_MISSING_NAME,
    /// The root has no `$schema`. (truss)
    SCHEMA_ROOT_MISSING_SCHEMA,
    /// `$schema` names no known JSON Structure meta-schema. (truss)
    SCHEMA_UNKNOWN_META_SCHEMA,
    /// Both `type` and `$root` at the root. (truss)
    SCHEMA_ROOT_CONFLICT,
    /// A type union as the root's `type`, where core §Prohibition of
    /// Top-Level Unions asks for `$root`. (truss)
    SCHEMA_ROOT_UNION,
    /// `$ref` inside the root's `type`, where core §`$ref` asks for
    /// `$root`. (truss)
    SCHEMA_ROOT_REF,
    /// `$root` does not resolve to a type definition.
    INSTANCE_ROOT_UNRESOLVED,
    /// A property or type name is not an identifier.
    SCHEMA_NAME_INVALID,
    /// `properties` is not an object.
    SCHEMA_PROPERTIES_NOT_OBJECT,
    /// An `object` without `properties`. (truss)
    SCHEMA_OBJECT_MISSING_PROPERTIES,
    /// `required` is not an array.
    SCHEMA_REQUIRED_NOT_ARRAY,
    /// `required` contains something other than names (or arrays of names).
    SCHEMA_REQUIRED_ITEM_NOT_STRING,
    /// `required` names a property that is not declared.
    SCHEMA_REQUIRED_PROPERTY_NOT_DEFINED,
    /// `additionalProperties` is neither a boolean nor a schema.
    SCHEMA_ADDITIONAL_PROPERTIES_INVALID,
    /// An `array` or `set` without `items`.
    SCHEMA_ARRAY_MISSING_ITEMS,
    /// A `tuple` without `properties` or `tuple`.
    SCHEMA_TUPLE_MISSING_DEFINITION,
    /// `tuple` is not an array of declared property names.
    SCHEMA_TUPLE_ORDER_NOT_ARRAY,
    /// A `map` without `values`.
    SCHEMA_MAP_MISSING_VALUES,
    /// A `choice` without `choices`.
    SCHEMA_CHOICE_MISSING_CHOICES,
    /// `choices` is not an object.
    SCHEMA_CHOICES_NOT_OBJECT,
    /// `enum` is not an array.
    SCHEMA_ENUM_NOT_ARRAY,
    /// `enum` is empty.
    SCHEMA_ENUM_EMPTY,
    /// `enum` repeats a value.
    SCHEMA_ENUM_DUPLICATES,
    /// A keyword that needs a non-negative integer has something else.
    SCHEMA_INTEGER_CONSTRAINT_INVALID,
    /// `$extends` names something that does not exist.
    SCHEMA_EXTENDS_NOT_FOUND,
    /// `$extends` chains loop back on themselves.
    SCHEMA_EXTENDS_CIRCULAR,
    /// `$extends` names a type that is not abstract. (truss)
    SCHEMA_EXTENDS_NOT_ABSTRACT,
    /// A type redefines a property it inherits. (truss)
    SCHEMA_EXTENDS_REDEFINES_PROPERTY,
    /// An abstract type is used as the type of a schema element. (truss)
    SCHEMA_ABSTRACT_REFERENCED,
    /// An abstract type declares `additionalProperties`. (truss)
    SCHEMA_ABSTRACT_ADDITIONAL_PROPERTIES,
    /// `$offers` is malformed or points at something that is not an add-in. (truss)
    SCHEMA_OFFERS_INVALID,
    /// `contentEncoding` names no RFC 4648 encoding. (truss)
    SCHEMA_ENCODING_INVALID,
    /// A schema nests deeper than truss will compile.
    SCHEMA_MAX_DEPTH_EXCEEDED,
    /// The schema text is not JSON. (truss)
    SCHEMA_JSON_INVALID,
    /// An object in the schema text repeats a key; only the last one counts. (truss)
    SCHEMA_DUPLICATE_KEY,
    /// A required keyword is absent (reported by the meta-schema). (truss)
    SCHEMA_KEYWORD_MISSING,
    /// A keyword the meta-schema does not allow at this place. (truss)
    SCHEMA_KEYWORD_NOT_ALLOWED,
    /// A keyword that belongs only at the document root is used inside a schema. (truss)
    SCHEMA_ROOT_KEYWORD_MISPLACED,
    /// `$ref` is not a JSON Pointer fragment identifier (`#/…`). (truss)
    SCHEMA_REF_INVALID,
    /// A keyword used with a type it does not apply to (`minimum` on a string).
    SCHEMA_CONSTRAINT_INVALID_FOR_TYPE,
    /// A lower bound above its upper bound, so no value can satisfy both.
    SCHEMA_MIN_GREATER_THAN_MAX,
    /// A numeric bound that is not a value of the schema's numeric type.
    SCHEMA_NUMBER_CONSTRAINT_INVALID,
    /// `multipleOf` that is zero or negative.
    SCHEMA_POSITIVE_NUMBER_CONSTRAINT_INVALID,
    /// `uniqueItems` that is not a boolean.
    SCHEMA_UNIQUE_ITEMS_NOT_BOOLEAN,
    /// A regular expression that does not compile (ECMA-262).
    SCHEMA_PATTERN_INVALID,
    /// `pattern` that is not a string.
    SCHEMA_PATTERN_NOT_STRING,
    /// A pattern with `\p{…}`, which without the `u` flag is not a Unicode
    /// property but the text `p{…}`. (truss)
    SCHEMA_PATTERN_PROPERTY_ESCAPE,
    /// `allOf`, `anyOf` or `oneOf` that is not an array.
    SCHEMA_COMPOSITION_NOT_ARRAY,
    /// `allOf`, `anyOf` or `oneOf` with no schemas.
    SCHEMA_COMPOSITION_EMPTY,
    /// `altnames` that is not an object.
    SCHEMA_ALTNAMES_NOT_OBJECT,
    /// An `altnames` entry that is not a string.
    SCHEMA_ALTNAMES_VALUE_NOT_STRING,
    /// An `enum` value that is not a value of the declared type. (truss)
    SCHEMA_ENUM_TYPE_MISMATCH,
    /// A `const` value that is not a value of the declared type. (truss)
    SCHEMA_CONST_TYPE_MISMATCH,
    /// A branch of an inline choice that does not extend the choice's base type. (truss)
    SCHEMA_CHOICE_BRANCH_NOT_DERIVED,
    /// `$import`/`$importdefs` names a document that is neither registered
    /// nor a readable file under the import root. (truss; the SDKs report
    /// `SCHEMA_IMPORT_FAILED`)
    SCHEMA_IMPORT_NOT_FOUND,
    /// An imported document cannot be imported: not JSON, not a schema
    /// object, a root type without `name`, a URI with a fragment. (truss)
    SCHEMA_IMPORT_INVALID,
    /// Imports lead back to a document that is being imported.
    SCHEMA_IMPORT_CIRCULAR,
    /// A relative import resolves to a file outside the import root; it is
    /// not read. (truss)
    SCHEMA_IMPORT_OUTSIDE_ROOT,
    /// Two imports bring different definitions under one name in one
    /// namespace. (truss)
    SCHEMA_IMPORT_CONFLICT,
    /// Imports nest too deep, or together copy too much. (truss)
    SCHEMA_IMPORT_LIMIT_EXCEEDED,
    /// The schema file given to `Validator::from_path` cannot be read or
    /// is not JSON. (truss)
    SCHEMA_DOCUMENT_UNREADABLE,
    // ---- extensions (schema) ----
    /// A keyword of an extension the schema does not enable; it is ignored (warning).
    SCHEMA_EXTENSION_KEYWORD_NOT_ENABLED,
    /// `$uses` names no known extension (warning). (truss)
    SCHEMA_USES_UNKNOWN_EXTENSION,
    /// `format` names a format truss does not know; it is not enforced (warning). (truss)
    SCHEMA_FORMAT_UNKNOWN,
    /// `altenums` is malformed, used without `enum`, or names a value `enum` does not list. (truss)
    SCHEMA_ALTENUMS_INVALID,
    /// `unit` is not a unit expression such as `m/s^2` or `kW*h`. (truss)
    SCHEMA_UNIT_INVALID,
    /// `currency` is not an ISO 4217 code (three upper-case letters). (truss)
    SCHEMA_CURRENCY_INVALID,
    /// An `example` or `examples` value does not conform to the schema it
    /// illustrates (reported by [`crate::check_examples`]). (truss)
    SCHEMA_EXAMPLE_INVALID,
    // ---- instance violations ----
    /// The document nests deeper than the configured `max_depth`.
    INSTANCE_MAX_DEPTH_EXCEEDED,
    /// The value reaches a reference that does not resolve (fail closed).
    INSTANCE_REF_UNRESOLVED,
    /// The value differs from `const`.
    INSTANCE_CONST_MISMATCH,
    /// The value is not one of `enum`.
    INSTANCE_ENUM_MISMATCH,
    /// The value matches no member of a type union.
    INSTANCE_TYPE_MISMATCH,
    /// Expected `null`.
    INSTANCE_NULL_EXPECTED,
    /// Expected a boolean.
    INSTANCE_BOOLEAN_EXPECTED,
    /// Expected a string.
    INSTANCE_STRING_EXPECTED,
    /// A string longer than `maxLength` (in code points).
    INSTANCE_STRING_MAX_LENGTH,
    /// Expected a number.
    INSTANCE_NUMBER_EXPECTED,
    /// Expected an integer literal.
    INSTANCE_INTEGER_EXPECTED,
    /// An integer (or large-integer string) outside its type's range.
    INSTANCE_INT_RANGE_INVALID,
    /// A number outside its floating-point type's finite range. (truss)
    INSTANCE_FLOAT_RANGE_INVALID,
    /// Expected an object.
    INSTANCE_OBJECT_EXPECTED,
    /// A required property is missing.
    INSTANCE_REQUIRED_PROPERTY_MISSING,
    /// No set of alternative required properties is present exactly once. (truss)
    INSTANCE_REQUIRED_ALTERNATIVES,
    /// A property that the schema does not allow.
    INSTANCE_ADDITIONAL_PROPERTY_NOT_ALLOWED,
    /// Expected an array.
    INSTANCE_ARRAY_EXPECTED,
    /// Expected an array (set).
    INSTANCE_SET_EXPECTED,
    /// A set holds the same value twice.
    INSTANCE_SET_DUPLICATE,
    /// Expected an object (map).
    INSTANCE_MAP_EXPECTED,
    /// Expected an array (tuple).
    INSTANCE_TUPLE_EXPECTED,
    /// A tuple of the wrong length.
    INSTANCE_TUPLE_LENGTH_MISMATCH,
    /// Expected an object (choice).
    INSTANCE_CHOICE_EXPECTED,
    /// The selector property of an inline choice is missing.
    INSTANCE_CHOICE_SELECTOR_MISSING,
    /// The selector property of an inline choice is not a string.
    INSTANCE_CHOICE_SELECTOR_NOT_STRING,
    /// The tag or selector names no choice.
    INSTANCE_CHOICE_UNKNOWN,
    /// A tagged choice without a tag.
    INSTANCE_CHOICE_NO_MATCH,
    /// A tagged choice with more than one tag.
    INSTANCE_CHOICE_MULTIPLE_MATCHES,
    /// Expected a date string.
    INSTANCE_DATE_EXPECTED,
    /// Not an RFC 3339 full-date.
    INSTANCE_DATE_FORMAT_INVALID,
    /// Expected a time string.
    INSTANCE_TIME_EXPECTED,
    /// Not an RFC 3339 time.
    INSTANCE_TIME_FORMAT_INVALID,
    /// Expected a datetime string.
    INSTANCE_DATETIME_EXPECTED,
    /// Not an RFC 3339 date-time.
    INSTANCE_DATETIME_FORMAT_INVALID,
    /// Expected a duration string.
    INSTANCE_DURATION_EXPECTED,
    /// Not an RFC 3339 duration.
    INSTANCE_DURATION_FORMAT_INVALID,
    /// Expected a UUID string.
    INSTANCE_UUID_EXPECTED,
    /// Not an 8-4-4-4-12 UUID.
    INSTANCE_UUID_FORMAT_INVALID,
    /// Expected a URI string.
    INSTANCE_URI_EXPECTED,
    /// Not an RFC 3986 URI reference.
    INSTANCE_URI_FORMAT_INVALID,
    /// A relative reference where an absolute URI is required.
    INSTANCE_URI_MISSING_SCHEME,
    /// Expected an encoded binary string.
    INSTANCE_BINARY_EXPECTED,
    /// Not valid in the declared `contentEncoding`.
    INSTANCE_BINARY_ENCODING_INVALID,
    /// Expected a JSON Pointer string.
    INSTANCE_JSONPOINTER_EXPECTED,
    /// Not an RFC 6901 JSON Pointer.
    INSTANCE_JSONPOINTER_FORMAT_INVALID,
    /// Not a valid large integer or decimal string.
    INSTANCE_DECIMAL_EXPECTED,
    /// A decimal with more significant digits than `precision`. (truss)
    INSTANCE_DECIMAL_PRECISION,
    /// A decimal with more fractional digits than `scale`. (truss)
    INSTANCE_DECIMAL_SCALE,
    /// The instance's `$uses` names an add-in the schema does not offer. (truss)
    INSTANCE_USES_UNKNOWN,
    /// The instance's `$uses` names an add-in twice; core §`$uses` makes it a
    /// set. (truss)
    INSTANCE_USES_DUPLICATE,
    /// The schema's root type is abstract and cannot validate instances. (truss)
    INSTANCE_ABSTRACT_TYPE,
    // ---- extensions (instance) ----
    /// A number below `minimum`.
    INSTANCE_NUMBER_MINIMUM,
    /// A number above `maximum`.
    INSTANCE_NUMBER_MAXIMUM,
    /// A number not above `exclusiveMinimum`.
    INSTANCE_NUMBER_EXCLUSIVE_MINIMUM,
    /// A number not below `exclusiveMaximum`.
    INSTANCE_NUMBER_EXCLUSIVE_MAXIMUM,
    /// A number that is not a multiple of `multipleOf`.
    INSTANCE_NUMBER_MULTIPLE_OF,
    /// A string shorter than `minLength` (in code points).
    INSTANCE_STRING_MIN_LENGTH,
    /// A string that does not match `pattern`.
    INSTANCE_STRING_PATTERN_MISMATCH,
    /// Matching a backtracking pattern ran out of steps; the value is rejected (fail closed). (truss)
    INSTANCE_PATTERN_BACKTRACK_LIMIT,
    /// Not an email address (`format: email`).
    INSTANCE_FORMAT_EMAIL_INVALID,
    /// Not an internationalized email address (`format: idn-email`). (truss)
    INSTANCE_FORMAT_IDN_EMAIL_INVALID,
    /// Not a host name (`format: hostname`).
    INSTANCE_FORMAT_HOSTNAME_INVALID,
    /// Not an internationalized host name (`format: idn-hostname`). (truss)
    INSTANCE_FORMAT_IDN_HOSTNAME_INVALID,
    /// Not an IPv4 address (`format: ipv4`).
    INSTANCE_FORMAT_IPV4_INVALID,
    /// Not an IPv6 address (`format: ipv6`).
    INSTANCE_FORMAT_IPV6_INVALID,
    /// Not an absolute URI (`format: uri`).
    INSTANCE_FORMAT_URI_INVALID,
    /// Not a URI reference (`format: uri-reference`).
    INSTANCE_FORMAT_URI_REFERENCE_INVALID,
    /// Not an absolute IRI (`format: iri`). (truss)
    INSTANCE_FORMAT_IRI_INVALID,
    /// Not an IRI reference (`format: iri-reference`). (truss)
    INSTANCE_FORMAT_IRI_REFERENCE_INVALID,
    /// Not a URI template (`format: uri-template`). (truss)
    INSTANCE_FORMAT_URI_TEMPLATE_INVALID,
    /// Not a JSON Pointer (`format: json-pointer`). (truss)
    INSTANCE_FORMAT_JSON_POINTER_INVALID,
    /// Not a relative JSON Pointer (`format: relative-json-pointer`). (truss)
    INSTANCE_FORMAT_RELATIVE_JSON_POINTER_INVALID,
    /// Not an ECMA-262 regular expression (`format: regex`). (truss)
    INSTANCE_FORMAT_REGEX_INVALID,
    /// Not a date (`format: date`).
    INSTANCE_FORMAT_DATE_INVALID,
    /// Not a date-time (`format: date-time`).
    INSTANCE_FORMAT_DATETIME_INVALID,
    /// Not a time (`format: time`).
    INSTANCE_FORMAT_TIME_INVALID,
    /// Not a duration (`format: duration`). (truss)
    INSTANCE_FORMAT_DURATION_INVALID,
    /// Not a UUID (`format: uuid`).
    INSTANCE_FORMAT_UUID_INVALID,
    /// An array or set with fewer items than `minItems`.
    INSTANCE_MIN_ITEMS,
    /// An array or set with more items than `maxItems`.
    INSTANCE_MAX_ITEMS,
    /// Fewer items than `minContains` (default 1) match `contains`.
    INSTANCE_MIN_CONTAINS,
    /// More items than `maxContains` match `contains`.
    INSTANCE_MAX_CONTAINS,
    /// An object with fewer properties than `minProperties`.
    INSTANCE_MIN_PROPERTIES,
    /// An object with more properties than `maxProperties`.
    INSTANCE_MAX_PROPERTIES,
    /// A property that `dependentRequired` requires alongside a present one is missing.
    INSTANCE_DEPENDENT_REQUIRED,
    /// A property name that does not satisfy `propertyNames`. (truss)
    INSTANCE_PROPERTY_NAME_INVALID,
    /// No property or entry value satisfies `has`. (truss)
    INSTANCE_HAS_NO_MATCH,
    /// A map with fewer entries than `minEntries`.
    INSTANCE_MAP_MIN_ENTRIES,
    /// A map with more entries than `maxEntries`.
    INSTANCE_MAP_MAX_ENTRIES,
    /// A map key that does not satisfy `keyNames`.
    INSTANCE_MAP_KEY_INVALID,
    /// The value matches none of the `anyOf` schemas.
    INSTANCE_ANY_OF_NONE_MATCHED,
    /// The value matches none, or more than one, of the `oneOf` schemas.
    INSTANCE_ONE_OF_INVALID_COUNT,
    /// The value matches the `not` schema.
    INSTANCE_NOT_MATCHED,
}
