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
    /// The schema's root type is abstract and cannot validate instances. (truss)
    INSTANCE_ABSTRACT_TYPE,
}
