//! What every code means, an example that triggers it, and how to fix it.
//!
//! Examples are live data: `truss explain` runs them and shows what truss
//! reports, and a test checks that each one reports its own code. Schema
//! bodies in `Schema` and `Instance` examples get the usual root keywords
//! (`$schema`, `$id`, and `name` when there is a `type`) added where
//! missing; `Root` schemas are used exactly as written.

/// One code's explanation.
pub(crate) struct Entry {
    pub(crate) code: &'static str,
    /// One line: what the finding says.
    pub(crate) summary: &'static str,
    /// What it means and why it matters.
    pub(crate) meaning: &'static str,
    pub(crate) example: Example,
    /// How to make it go away (the right way).
    pub(crate) fix: &'static str,
}

/// An input that makes truss report the code.
pub(crate) enum Example {
    /// A schema body that `truss check` reports.
    Schema(&'static str),
    /// A whole schema document, used as written, that `truss check` reports.
    Root(&'static str),
    /// A schema body whose `example`/`examples` `truss check --examples`
    /// reports.
    Examples(&'static str),
    /// A schema body and a document that violates it.
    Instance {
        schema: &'static str,
        document: &'static str,
    },
    /// A situation too large to show in a few lines, in words.
    Prose(&'static str),
}

use Example::{Examples, Instance, Prose, Root, Schema};

pub(crate) const ENTRIES: &[Entry] = &[
    // ---- schema diagnostics ----
    Entry {
        code: "SCHEMA_INVALID_TYPE",
        summary: "A schema (or the schema document) is not a JSON object.",
        meaning: "Every schema, and every entry under `definitions` that is not a namespace, must be a JSON object that declares a type.",
        example: Schema(r#"{"type": "object", "properties": {"id": "string"}}"#),
        fix: "Write the schema as an object: `\"id\": {\"type\": \"string\"}` rather than `\"id\": \"string\"`.",
    },
    Entry {
        code: "SCHEMA_KEYWORD_INVALID_TYPE",
        summary: "A keyword's value has the wrong JSON type.",
        meaning: "Keywords have fixed value types: `$id` and `$schema` are strings, `definitions` is an object, `$ref` is a string, and so on.",
        example: Root(
            r#"{"$schema": "https://json-structure.org/meta/core/v0/#", "$id": 42, "name": "N", "type": "string"}"#,
        ),
        fix: "Give the keyword a value of the type the spec defines for it (`$id` and `$schema` take URI strings).",
    },
    Entry {
        code: "SCHEMA_KEYWORD_EMPTY",
        summary: "A keyword that needs at least one entry is empty.",
        meaning: "Some keywords are meaningless when empty; this code is reserved for them and shared with the official SDKs' catalogue.",
        example: Prose(
            "This version of truss reports empty `enum` arrays and empty type unions with their own codes (SCHEMA_ENUM_EMPTY, SCHEMA_TYPE_ARRAY_EMPTY) and does not emit this one.",
        ),
        fix: "List at least one entry, or remove the keyword.",
    },
    Entry {
        code: "SCHEMA_TYPE_INVALID",
        summary: "`type` names no known type, or a union holds what it may not.",
        meaning: "`type` must be one of the JSON Structure type names (`string`, `int32`, `object`, `map`, …), a `{\"$ref\": …}`, or an array of primitive names and references.",
        example: Schema(r#"{"type": "text"}"#),
        fix: "Use a type name from the core specification (`string`, `int32`, `datetime`, …), or reference a definition with `{\"$ref\": \"#/definitions/Name\"}`.",
    },
    Entry {
        code: "SCHEMA_TYPE_ARRAY_EMPTY",
        summary: "A type union (`type` array) is empty.",
        meaning: "A union lists the types a value may have; an empty list admits nothing.",
        example: Schema(r#"{"type": []}"#),
        fix: "List at least one type, e.g. `[\"string\", \"null\"]`.",
    },
    Entry {
        code: "SCHEMA_TYPE_OBJECT_MISSING_REF",
        summary: "`type` is an object without `$ref`.",
        meaning: "An object in `type` is a type reference and must be exactly `{\"$ref\": \"#/definitions/Name\"}`; inline type declarations belong in `definitions`.",
        example: Schema(r#"{"type": {"type": "string"}}"#),
        fix: "Declare the inner type under `definitions` and write `\"type\": {\"$ref\": \"#/definitions/Name\"}`, or use the type name directly.",
    },
    Entry {
        code: "SCHEMA_REF_NOT_FOUND",
        summary: "A `$ref` does not resolve to a type definition in the document.",
        meaning: "References are JSON Pointers into the same document. Schemas converted from OpenAPI often point at `#/components/schemas/…`, which does not exist there. truss compiles such a schema, but any value that reaches the reference is rejected (fails closed).",
        example: Schema(
            r##"{"type": "object", "properties": {"owner": {"type": {"$ref": "#/components/schemas/User"}}}}"##,
        ),
        fix: "Add the missing type under `definitions` and point the reference at it (`#/definitions/User`), or import it.",
    },
    Entry {
        code: "SCHEMA_REF_CIRCULAR",
        summary: "References that can never reach a concrete type.",
        meaning: "A type defined only as another reference that leads back to itself (`A` is `B`, `B` is `A`) has no meaning: no value can be checked against it. Recursion through a property or an array item is fine.",
        example: Root(
            r##"{"$schema": "https://json-structure.org/meta/core/v0/#", "$id": "https://example.com/c", "$root": "#/definitions/A", "definitions": {"A": {"type": {"$ref": "#/definitions/B"}}, "B": {"type": {"$ref": "#/definitions/A"}}}}"##,
        ),
        fix: "Give one of the types in the loop a real shape (an object with properties, a primitive type, …).",
    },
    Entry {
        code: "SCHEMA_REF_NOT_IN_TYPE",
        summary: "`$ref` used as a schema instead of inside `type`.",
        meaning: "In JSON Structure a reference is written `{\"type\": {\"$ref\": …}}`; a bare `{\"$ref\": …}` (JSON Schema style) is a spec violation. truss reads it as the type reference it was meant to be and warns.",
        example: Schema(
            r##"{"type": "object", "properties": {"a": {"$ref": "#/definitions/A"}}, "definitions": {"A": {"type": "string"}}}"##,
        ),
        fix: "Wrap the reference: `\"a\": {\"type\": {\"$ref\": \"#/definitions/A\"}}`.",
    },
    Entry {
        code: "SCHEMA_MISSING_TYPE",
        summary: "A schema without `type`.",
        meaning: "Every schema declares its type. Without one truss reads it as `any`, which accepts everything, and warns.",
        example: Schema(
            r#"{"type": "object", "properties": {"note": {"description": "free text"}}}"#,
        ),
        fix: "Add the intended `type` (`\"type\": \"string\"`), or `\"type\": \"any\"` when any value is really allowed.",
    },
    Entry {
        code: "SCHEMA_ROOT_MISSING_TYPE",
        summary: "The root has neither `type` nor `$root`, so it cannot validate documents.",
        meaning: "A document with only `definitions` is a valid library of types, but documents need a root type to be checked against.",
        example: Prose(
            "`truss validate --schema lib.struct.json doc.json` where lib.struct.json holds only `definitions` fails with this code.",
        ),
        fix: "Add `\"$root\": \"#/definitions/Name\"` naming the type documents must have, or a root `type`.",
    },
    Entry {
        code: "SCHEMA_ROOT_MISSING_ID",
        summary: "The root has no `$id`.",
        meaning: "The root of a schema document must declare `$id`, an absolute URI that identifies it (and that imports and instance `$schema` refer to).",
        example: Root(
            r#"{"$schema": "https://json-structure.org/meta/core/v0/#", "name": "N", "type": "string"}"#,
        ),
        fix: "Add `\"$id\": \"https://example.com/schemas/name\"` (any absolute URI you control).",
    },
    Entry {
        code: "SCHEMA_ROOT_MISSING_NAME",
        summary: "The root declares `type` but no `name`.",
        meaning: "A root type needs a `name`, which code generators and messages use.",
        example: Root(
            r#"{"$schema": "https://json-structure.org/meta/core/v0/#", "$id": "https://example.com/n", "type": "string"}"#,
        ),
        fix: "Add `\"name\": \"TypeName\"` at the root.",
    },
    Entry {
        code: "SCHEMA_ROOT_MISSING_SCHEMA",
        summary: "The root has no `$schema`.",
        meaning: "`$schema` names the meta-schema (core, extended or validation) the document is written against; without it truss reads the document as core.",
        example: Root(r#"{"$id": "https://example.com/n", "name": "N", "type": "string"}"#),
        fix: "Add `\"$schema\": \"https://json-structure.org/meta/core/v0/#\"` (or the extended or validation meta-schema).",
    },
    Entry {
        code: "SCHEMA_UNKNOWN_META_SCHEMA",
        summary: "`$schema` names no JSON Structure meta-schema.",
        meaning: "Converted schemas sometimes keep a JSON Schema `$schema` URI. truss reads the document as core and warns.",
        example: Root(
            r#"{"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://example.com/n", "name": "N", "type": "string"}"#,
        ),
        fix: "Use one of https://json-structure.org/meta/core/v0/#, …/extended/v0/# or …/validation/v0/#.",
    },
    Entry {
        code: "SCHEMA_ROOT_CONFLICT",
        summary: "Both `type` and `$root` at the root.",
        meaning: "The root type is declared either inline (`type`) or by pointing at a definition (`$root`), never both: it would be unclear which one documents must match.",
        example: Root(
            r##"{"$schema": "https://json-structure.org/meta/core/v0/#", "$id": "https://example.com/r", "name": "R", "type": "string", "$root": "#/definitions/A", "definitions": {"A": {"type": "int32"}}}"##,
        ),
        fix: "Keep one: remove `type` (and `name`) to use `$root`, or remove `$root`.",
    },
    Entry {
        code: "INSTANCE_ROOT_UNRESOLVED",
        summary: "`$root` does not point at a type definition.",
        meaning: "`$root` must be a JSON Pointer to a type declared in the document.",
        example: Root(
            r##"{"$schema": "https://json-structure.org/meta/core/v0/#", "$id": "https://example.com/r", "$root": "#/definitions/Missing", "definitions": {"A": {"type": "int32"}}}"##,
        ),
        fix: "Point `$root` at an existing definition (`#/definitions/A`).",
    },
    Entry {
        code: "SCHEMA_NAME_INVALID",
        summary: "A property or type name is not an identifier.",
        meaning: "The official SDKs report names outside the identifier grammar with this code.",
        example: Prose(
            "This version of truss accepts any property or type name (JSON allows any key) and does not emit this code.",
        ),
        fix: "Use names made of letters, digits and `_`, starting with a letter or `_`; use alternate names for other spellings.",
    },
    Entry {
        code: "SCHEMA_PROPERTIES_NOT_OBJECT",
        summary: "`properties` is not an object.",
        meaning: "`properties` maps each property name to its schema.",
        example: Schema(r#"{"type": "object", "properties": ["id", "name"]}"#),
        fix: "Write `\"properties\": {\"id\": {\"type\": \"string\"}, …}`; list mandatory names in `required`.",
    },
    Entry {
        code: "SCHEMA_OBJECT_MISSING_PROPERTIES",
        summary: "An `object` without `properties`.",
        meaning: "An object type declares at least one property. An object with only `additionalProperties` is a map in disguise (common in converted OpenAPI schemas); truss validates it as that map and warns.",
        example: Schema(r#"{"type": "object", "additionalProperties": {"type": "string"}}"#),
        fix: "Declare a `map` for arbitrary keys: `{\"type\": \"map\", \"values\": {\"type\": \"string\"}}`, or list the properties.",
    },
    Entry {
        code: "SCHEMA_REQUIRED_NOT_ARRAY",
        summary: "`required` is not an array.",
        meaning: "`required` lists property names (or sets of alternatives as arrays of names).",
        example: Schema(
            r#"{"type": "object", "properties": {"id": {"type": "string"}}, "required": "id"}"#,
        ),
        fix: "Write `\"required\": [\"id\"]`.",
    },
    Entry {
        code: "SCHEMA_REQUIRED_ITEM_NOT_STRING",
        summary: "`required` holds something other than names or arrays of names.",
        meaning: "Each entry of `required` is a property name, or an array of names for alternative sets.",
        example: Schema(
            r#"{"type": "object", "properties": {"id": {"type": "string"}}, "required": [1]}"#,
        ),
        fix: "List property names as strings.",
    },
    Entry {
        code: "SCHEMA_REQUIRED_PROPERTY_NOT_DEFINED",
        summary: "`required` names a property that is not declared.",
        meaning: "A required property must be declared in `properties` (or inherited); otherwise no document could satisfy both.",
        example: Schema(
            r#"{"type": "object", "properties": {"id": {"type": "string"}}, "required": ["identifier"]}"#,
        ),
        fix: "Fix the spelling in `required`, or declare the property.",
    },
    Entry {
        code: "SCHEMA_ADDITIONAL_PROPERTIES_INVALID",
        summary: "`additionalProperties` is neither a boolean nor a schema.",
        meaning: "`additionalProperties` is `true`, `false`, or the schema that undeclared properties must match.",
        example: Schema(
            r#"{"type": "object", "properties": {"id": {"type": "string"}}, "additionalProperties": "no"}"#,
        ),
        fix: "Use `false` to forbid undeclared properties, or a schema to constrain them.",
    },
    Entry {
        code: "SCHEMA_ARRAY_MISSING_ITEMS",
        summary: "An `array` or `set` without `items`.",
        meaning: "Arrays and sets declare the schema of their items; without it truss reads the items as `any` and warns.",
        example: Schema(r#"{"type": "array"}"#),
        fix: "Add `\"items\": {\"type\": …}`.",
    },
    Entry {
        code: "SCHEMA_TUPLE_MISSING_DEFINITION",
        summary: "A `tuple` without `properties` or `tuple`.",
        meaning: "A tuple declares its elements as `properties` and their order in `tuple`.",
        example: Schema(r#"{"type": "tuple", "properties": {"x": {"type": "double"}}}"#),
        fix: "Add `\"tuple\": [\"x\", …]` listing every declared property in order.",
    },
    Entry {
        code: "SCHEMA_TUPLE_ORDER_NOT_ARRAY",
        summary: "`tuple` is not an array of exactly the declared property names.",
        meaning: "`tuple` gives the order of the tuple's elements: every declared property, once, by name.",
        example: Schema(
            r#"{"type": "tuple", "properties": {"x": {"type": "double"}, "y": {"type": "double"}}, "tuple": ["x", "z"]}"#,
        ),
        fix: "List each name of `properties` once, in element order.",
    },
    Entry {
        code: "SCHEMA_MAP_MISSING_VALUES",
        summary: "A `map` without `values`.",
        meaning: "A map declares the schema of its values; without it truss reads them as `any` and warns.",
        example: Schema(r#"{"type": "map"}"#),
        fix: "Add `\"values\": {\"type\": …}`.",
    },
    Entry {
        code: "SCHEMA_CHOICE_MISSING_CHOICES",
        summary: "A `choice` without `choices`.",
        meaning: "A choice lists its alternatives by name in `choices`.",
        example: Schema(r#"{"type": "choice"}"#),
        fix: "Add `\"choices\": {\"name\": {\"type\": …}, …}`.",
    },
    Entry {
        code: "SCHEMA_CHOICES_NOT_OBJECT",
        summary: "`choices` is not an object.",
        meaning: "`choices` maps each alternative's name (its tag) to its schema.",
        example: Schema(r#"{"type": "choice", "choices": [{"type": "string"}]}"#),
        fix: "Write `\"choices\": {\"text\": {\"type\": \"string\"}}`.",
    },
    Entry {
        code: "SCHEMA_ENUM_NOT_ARRAY",
        summary: "`enum` is not an array.",
        meaning: "`enum` lists the values allowed.",
        example: Schema(r#"{"type": "string", "enum": "A"}"#),
        fix: "Write `\"enum\": [\"A\", \"B\"]`.",
    },
    Entry {
        code: "SCHEMA_ENUM_EMPTY",
        summary: "`enum` is empty.",
        meaning: "An empty `enum` allows no value at all.",
        example: Schema(r#"{"type": "string", "enum": []}"#),
        fix: "List the allowed values, or remove `enum`.",
    },
    Entry {
        code: "SCHEMA_ENUM_DUPLICATES",
        summary: "`enum` repeats a value.",
        meaning: "Each value of an `enum` must be distinct (by JSON equality, so `1` and `1.0` are the same).",
        example: Schema(r#"{"type": "string", "enum": ["A", "B", "A"]}"#),
        fix: "Remove the repeated value.",
    },
    Entry {
        code: "SCHEMA_INTEGER_CONSTRAINT_INVALID",
        summary: "A keyword that needs a non-negative integer has something else.",
        meaning: "Length and count keywords (`maxLength`, …) take non-negative integers.",
        example: Schema(r#"{"type": "string", "maxLength": -1}"#),
        fix: "Use a whole number of zero or more.",
    },
    Entry {
        code: "SCHEMA_EXTENDS_NOT_FOUND",
        summary: "`$extends` names something that does not exist.",
        meaning: "`$extends` is a JSON Pointer (or an array of them) to the base types whose properties are inherited.",
        example: Schema(
            r##"{"type": "object", "$extends": "#/definitions/Base", "properties": {"id": {"type": "string"}}}"##,
        ),
        fix: "Point `$extends` at a declared (abstract) type.",
    },
    Entry {
        code: "SCHEMA_EXTENDS_CIRCULAR",
        summary: "`$extends` chains loop back on themselves.",
        meaning: "A type cannot inherit from itself, directly or through other types.",
        example: Root(
            r##"{"$schema": "https://json-structure.org/meta/core/v0/#", "$id": "https://example.com/x", "$root": "#/definitions/A", "definitions": {"A": {"type": "object", "abstract": true, "$extends": "#/definitions/B", "properties": {"a": {"type": "string"}}}, "B": {"type": "object", "abstract": true, "$extends": "#/definitions/A", "properties": {"b": {"type": "string"}}}}}"##,
        ),
        fix: "Break the loop: decide which type is the base and remove the other `$extends`.",
    },
    Entry {
        code: "SCHEMA_EXTENDS_NOT_ABSTRACT",
        summary: "`$extends` names a type that is not abstract.",
        meaning: "The core specification says bases are abstract; the spec's own samples extend concrete types, so truss inherits their properties and warns.",
        example: Schema(
            r##"{"type": "object", "$extends": "#/definitions/Base", "properties": {"id": {"type": "string"}}, "definitions": {"Base": {"type": "object", "properties": {"kind": {"type": "string"}}}}}"##,
        ),
        fix: "Mark the base `\"abstract\": true`, or copy the properties instead of extending.",
    },
    Entry {
        code: "SCHEMA_EXTENDS_REDEFINES_PROPERTY",
        summary: "A type redefines a property it inherits.",
        meaning: "Properties inherited through `$extends` cannot be redeclared; truss uses the local definition and reports the conflict.",
        example: Schema(
            r##"{"type": "object", "$extends": "#/definitions/Base", "properties": {"kind": {"type": "int32"}}, "definitions": {"Base": {"type": "object", "abstract": true, "properties": {"kind": {"type": "string"}}}}}"##,
        ),
        fix: "Remove the redefinition, or rename one of the properties.",
    },
    Entry {
        code: "SCHEMA_ABSTRACT_REFERENCED",
        summary: "An abstract type is used as the type of a schema element.",
        meaning: "Abstract types exist only to be extended; no value can be an instance of one.",
        example: Schema(
            r##"{"type": "object", "properties": {"a": {"type": {"$ref": "#/definitions/Base"}}}, "definitions": {"Base": {"type": "object", "abstract": true, "properties": {"kind": {"type": "string"}}}}}"##,
        ),
        fix: "Reference a concrete type that extends the abstract one.",
    },
    Entry {
        code: "SCHEMA_ABSTRACT_ADDITIONAL_PROPERTIES",
        summary: "An abstract type declares `additionalProperties`.",
        meaning: "Abstract types always allow additional properties (their extensions add them); the keyword belongs on the concrete types.",
        example: Schema(
            r##"{"type": "object", "$extends": "#/definitions/Base", "properties": {"id": {"type": "string"}}, "definitions": {"Base": {"type": "object", "abstract": true, "properties": {"kind": {"type": "string"}}, "additionalProperties": false}}}"##,
        ),
        fix: "Move `additionalProperties` to the types that extend the abstract one.",
    },
    Entry {
        code: "SCHEMA_OFFERS_INVALID",
        summary: "`$offers` is malformed or names something that is not an add-in.",
        meaning: "`$offers` maps add-in names to JSON Pointers of abstract types that `$extends` the type they add properties to.",
        example: Schema(
            r##"{"type": "object", "properties": {"id": {"type": "string"}}, "$offers": {"Audit": "#/definitions/Missing"}}"##,
        ),
        fix: "Point each offer at an add-in definition that extends its target type.",
    },
    Entry {
        code: "SCHEMA_ENCODING_INVALID",
        summary: "`contentEncoding` names no RFC 4648 encoding.",
        meaning: "`binary` values are strings in the declared encoding: base64 (the default), base64url, base16, base32 or base32hex.",
        example: Schema(r#"{"type": "binary", "contentEncoding": "hex"}"#),
        fix: "Use one of the RFC 4648 names (`base16` for hexadecimal).",
    },
    Entry {
        code: "SCHEMA_MAX_DEPTH_EXCEEDED",
        summary: "A schema nests deeper than truss will compile.",
        meaning: "Schemas nested more than 512 levels deep are refused rather than risking the stack.",
        example: Prose("A schema whose `properties` nest 600 objects deep."),
        fix: "Flatten the schema with named definitions and references.",
    },
    Entry {
        code: "SCHEMA_EXAMPLE_INVALID",
        summary: "An `example` or `examples` value does not conform to its schema.",
        meaning: "`truss check --examples` checks every example against the schema that holds it; examples drift from their types (especially in converted schemas) and mislead readers and generated documentation.",
        example: Examples(
            r#"{"type": "object", "properties": {"createdAt": {"type": "datetime", "example": "2024-01-15"}}}"#,
        ),
        fix: "Correct the example so that it has the declared type and format, or the schema if the example is the truth.",
    },
    // ---- instance violations ----
    Entry {
        code: "INSTANCE_MAX_DEPTH_EXCEEDED",
        summary: "The document nests deeper than the configured limit.",
        meaning: "Validation stops at a fixed depth (10,000 by default, `ValidatorOptions::max_depth` in the library) so that hostile documents cannot exhaust the stack.",
        example: Prose("A document of 20,000 nested arrays checked against `{\"type\": \"any\"}`."),
        fix: "Flatten the data, or raise the limit in the library if the depth is genuine.",
    },
    Entry {
        code: "INSTANCE_REF_UNRESOLVED",
        summary: "The value reaches a reference that does not resolve.",
        meaning: "The schema points at a type that is not in the document (SCHEMA_REF_NOT_FOUND). truss fails closed: rather than accept anything there, it rejects every value that reaches the reference.",
        example: Instance {
            schema: r##"{"type": "object", "properties": {"owner": {"type": {"$ref": "#/components/schemas/User"}}}}"##,
            document: r#"{"owner": {"id": "u1"}}"#,
        },
        fix: "Fix the schema (see `truss explain SCHEMA_REF_NOT_FOUND`); the document may well be right.",
    },
    Entry {
        code: "INSTANCE_CONST_MISMATCH",
        summary: "The value differs from `const`.",
        meaning: "`const` fixes the only value allowed (compared by JSON equality).",
        example: Instance {
            schema: r#"{"type": "string", "const": "v1"}"#,
            document: r#""v2""#,
        },
        fix: "Use the constant value.",
    },
    Entry {
        code: "INSTANCE_ENUM_MISMATCH",
        summary: "The value is not one of `enum`.",
        meaning: "`enum` lists every value allowed; comparison is exact (case matters).",
        example: Instance {
            schema: r#"{"type": "string", "enum": ["PENDING", "COMPLETE"]}"#,
            document: r#""DONE""#,
        },
        fix: "Use one of the listed values, or add the value to the schema's `enum`.",
    },
    Entry {
        code: "INSTANCE_TYPE_MISMATCH",
        summary: "The value matches no member of a type union.",
        meaning: "A value of a union type must match one of the listed types.",
        example: Instance {
            schema: r#"{"type": ["string", "null"]}"#,
            document: "42",
        },
        fix: "Give the value one of the union's types.",
    },
    Entry {
        code: "INSTANCE_NULL_EXPECTED",
        summary: "Expected `null`.",
        meaning: "The `null` type admits only the JSON literal `null`.",
        example: Instance {
            schema: r#"{"type": "null"}"#,
            document: r#""""#,
        },
        fix: "Write `null`, or widen the type (e.g. a union `[\"string\", \"null\"]`).",
    },
    Entry {
        code: "INSTANCE_BOOLEAN_EXPECTED",
        summary: "Expected a boolean.",
        meaning: "`boolean` admits only `true` and `false`; strings such as \"true\" and numbers are not booleans.",
        example: Instance {
            schema: r#"{"type": "boolean"}"#,
            document: r#""true""#,
        },
        fix: "Write `true` or `false` without quotes.",
    },
    Entry {
        code: "INSTANCE_STRING_EXPECTED",
        summary: "Expected a string.",
        meaning: "The value must be a JSON string.",
        example: Instance {
            schema: r#"{"type": "string"}"#,
            document: "38000",
        },
        fix: "Quote the value (`\"38000\"`), or change the schema's type if numbers are meant.",
    },
    Entry {
        code: "INSTANCE_STRING_MAX_LENGTH",
        summary: "A string longer than `maxLength`.",
        meaning: "`maxLength` limits the length in Unicode code points (not bytes).",
        example: Instance {
            schema: r#"{"type": "string", "maxLength": 3}"#,
            document: r#""abcd""#,
        },
        fix: "Shorten the value, or raise `maxLength`.",
    },
    Entry {
        code: "INSTANCE_NUMBER_EXPECTED",
        summary: "Expected a number.",
        meaning: "`number`, `float`, `double` and `float8` values are JSON numbers.",
        example: Instance {
            schema: r#"{"type": "double"}"#,
            document: r#""1.5""#,
        },
        fix: "Write the number without quotes.",
    },
    Entry {
        code: "INSTANCE_INTEGER_EXPECTED",
        summary: "Expected an integer literal.",
        meaning: "`int8` … `uint32` and `integer` values are JSON integers written without a fraction or exponent (`1.0` and `1e2` are not integers here).",
        example: Instance {
            schema: r#"{"type": "int32"}"#,
            document: "1.5",
        },
        fix: "Write a whole number without a decimal point or exponent.",
    },
    Entry {
        code: "INSTANCE_INT_RANGE_INVALID",
        summary: "An integer outside its type's range.",
        meaning: "Each integer type has a fixed range (`uint8`: 0 to 255, `int32`: −2³¹ to 2³¹−1, …); 64- and 128-bit integers are strings and are range-checked exactly.",
        example: Instance {
            schema: r#"{"type": "uint8"}"#,
            document: "256",
        },
        fix: "Use a value in range, or a wider type.",
    },
    Entry {
        code: "INSTANCE_FLOAT_RANGE_INVALID",
        summary: "A number outside its floating-point type's finite range.",
        meaning: "`float8`, `float` and `double` values must be finite numbers within the format's largest magnitude.",
        example: Instance {
            schema: r#"{"type": "float"}"#,
            document: "1e39",
        },
        fix: "Use a smaller magnitude, or `double`/`decimal`.",
    },
    Entry {
        code: "INSTANCE_OBJECT_EXPECTED",
        summary: "Expected an object.",
        meaning: "An `object` type's value is a JSON object.",
        example: Instance {
            schema: r#"{"type": "object", "properties": {"id": {"type": "string"}}}"#,
            document: r#"["id"]"#,
        },
        fix: "Write the value as an object with the declared properties.",
    },
    Entry {
        code: "INSTANCE_REQUIRED_PROPERTY_MISSING",
        summary: "A required property is missing.",
        meaning: "Every property listed in `required` must be present (a `null` value counts as present).",
        example: Instance {
            schema: r#"{"type": "object", "properties": {"id": {"type": "string"}, "archived": {"type": "boolean"}}, "required": ["id", "archived"]}"#,
            document: r#"{"id": "512"}"#,
        },
        fix: "Add the property, or remove it from `required` if it is optional.",
    },
    Entry {
        code: "INSTANCE_REQUIRED_ALTERNATIVES",
        summary: "No single set of alternative required properties is present.",
        meaning: "When `required` is an array of arrays, exactly one of the sets must be fully present.",
        example: Instance {
            schema: r#"{"type": "object", "properties": {"email": {"type": "string"}, "phone": {"type": "string"}}, "required": [["email"], ["phone"]]}"#,
            document: "{}",
        },
        fix: "Provide the properties of exactly one set.",
    },
    Entry {
        code: "INSTANCE_ADDITIONAL_PROPERTY_NOT_ALLOWED",
        summary: "A property that the schema does not allow.",
        meaning: "With `\"additionalProperties\": false`, only declared properties may appear.",
        example: Instance {
            schema: r#"{"type": "object", "properties": {"id": {"type": "string"}}, "additionalProperties": false}"#,
            document: r#"{"id": "1", "idd": "2"}"#,
        },
        fix: "Remove or rename the property (often a typo), or declare it in the schema.",
    },
    Entry {
        code: "INSTANCE_ARRAY_EXPECTED",
        summary: "Expected an array.",
        meaning: "An `array` type's value is a JSON array, even when it holds one item.",
        example: Instance {
            schema: r#"{"type": "array", "items": {"type": "string"}}"#,
            document: r#""48213975199""#,
        },
        fix: "Wrap the value in brackets: `[\"48213975199\"]`.",
    },
    Entry {
        code: "INSTANCE_SET_EXPECTED",
        summary: "Expected an array (set).",
        meaning: "A `set` is written as a JSON array of distinct items.",
        example: Instance {
            schema: r#"{"type": "set", "items": {"type": "string"}}"#,
            document: r#""a""#,
        },
        fix: "Write the set as an array.",
    },
    Entry {
        code: "INSTANCE_SET_DUPLICATE",
        summary: "A set holds the same value twice.",
        meaning: "Items of a `set` are distinct by JSON equality.",
        example: Instance {
            schema: r#"{"type": "set", "items": {"type": "string"}}"#,
            document: r#"["a", "b", "a"]"#,
        },
        fix: "Remove the repeated item, or use an `array` if repeats are meaningful.",
    },
    Entry {
        code: "INSTANCE_MAP_EXPECTED",
        summary: "Expected an object (map).",
        meaning: "A `map` is written as a JSON object whose values all match `values`.",
        example: Instance {
            schema: r#"{"type": "map", "values": {"type": "int32"}}"#,
            document: "[1, 2]",
        },
        fix: "Write the map as an object: `{\"a\": 1, \"b\": 2}`.",
    },
    Entry {
        code: "INSTANCE_TUPLE_EXPECTED",
        summary: "Expected an array (tuple).",
        meaning: "A `tuple` is written as a JSON array with one element per declared property, in `tuple` order.",
        example: Instance {
            schema: r#"{"type": "tuple", "properties": {"x": {"type": "double"}, "y": {"type": "double"}}, "tuple": ["x", "y"]}"#,
            document: r#"{"x": 1, "y": 2}"#,
        },
        fix: "Write the elements as an array: `[1, 2]`.",
    },
    Entry {
        code: "INSTANCE_TUPLE_LENGTH_MISMATCH",
        summary: "A tuple of the wrong length.",
        meaning: "A tuple has exactly as many elements as `tuple` names.",
        example: Instance {
            schema: r#"{"type": "tuple", "properties": {"x": {"type": "double"}, "y": {"type": "double"}}, "tuple": ["x", "y"]}"#,
            document: "[1]",
        },
        fix: "Provide every element, in order.",
    },
    Entry {
        code: "INSTANCE_CHOICE_EXPECTED",
        summary: "Expected an object (choice).",
        meaning: "A tagged choice is an object with one property named after the chosen alternative.",
        example: Instance {
            schema: r#"{"type": "choice", "choices": {"text": {"type": "string"}, "count": {"type": "int32"}}}"#,
            document: r#""hello""#,
        },
        fix: "Wrap the value in its tag: `{\"text\": \"hello\"}`.",
    },
    Entry {
        code: "INSTANCE_CHOICE_SELECTOR_MISSING",
        summary: "The selector property of an inline choice is missing.",
        meaning: "An inline choice (one with `$extends`) names its alternative in the `selector` property of the value itself.",
        example: Instance {
            schema: r##"{"type": "choice", "$extends": "#/definitions/Base", "selector": "kind", "choices": {"card": {"type": {"$ref": "#/definitions/Card"}}}, "definitions": {"Base": {"type": "object", "abstract": true, "properties": {"amount": {"type": "int32"}}}, "Card": {"type": "object", "$extends": "#/definitions/Base", "properties": {"number": {"type": "string"}}}}}"##,
            document: r#"{"amount": 5, "number": "4111"}"#,
        },
        fix: "Add the selector property naming the alternative: `\"kind\": \"card\"`.",
    },
    Entry {
        code: "INSTANCE_CHOICE_SELECTOR_NOT_STRING",
        summary: "The selector property of an inline choice is not a string.",
        meaning: "The selector's value is the name of an alternative, a string.",
        example: Instance {
            schema: r##"{"type": "choice", "$extends": "#/definitions/Base", "selector": "kind", "choices": {"card": {"type": {"$ref": "#/definitions/Card"}}}, "definitions": {"Base": {"type": "object", "abstract": true, "properties": {"amount": {"type": "int32"}}}, "Card": {"type": "object", "$extends": "#/definitions/Base", "properties": {"number": {"type": "string"}}}}}"##,
            document: r#"{"kind": 1, "amount": 5}"#,
        },
        fix: "Write the alternative's name as a string.",
    },
    Entry {
        code: "INSTANCE_CHOICE_UNKNOWN",
        summary: "The tag or selector names no choice.",
        meaning: "The alternative named by the value is not among `choices`.",
        example: Instance {
            schema: r#"{"type": "choice", "choices": {"text": {"type": "string"}, "count": {"type": "int32"}}}"#,
            document: r#"{"txt": "hello"}"#,
        },
        fix: "Use one of the names in `choices` (names are case-sensitive).",
    },
    Entry {
        code: "INSTANCE_CHOICE_NO_MATCH",
        summary: "A tagged choice without a tag.",
        meaning: "A tagged choice is an object with exactly one property, the tag; an empty object chooses nothing.",
        example: Instance {
            schema: r#"{"type": "choice", "choices": {"text": {"type": "string"}, "count": {"type": "int32"}}}"#,
            document: "{}",
        },
        fix: "Add one property named after the chosen alternative.",
    },
    Entry {
        code: "INSTANCE_CHOICE_MULTIPLE_MATCHES",
        summary: "A tagged choice with more than one tag.",
        meaning: "Exactly one alternative is chosen; two tags make the value ambiguous.",
        example: Instance {
            schema: r#"{"type": "choice", "choices": {"text": {"type": "string"}, "count": {"type": "int32"}}}"#,
            document: r#"{"text": "a", "count": 1}"#,
        },
        fix: "Keep only the tag of the intended alternative.",
    },
    Entry {
        code: "INSTANCE_DATE_EXPECTED",
        summary: "Expected a date string.",
        meaning: "`date` values are strings in RFC 3339 full-date form.",
        example: Instance {
            schema: r#"{"type": "date"}"#,
            document: "20240115",
        },
        fix: "Write the date as a string: `\"2024-01-15\"`.",
    },
    Entry {
        code: "INSTANCE_DATE_FORMAT_INVALID",
        summary: "Not an RFC 3339 full-date.",
        meaning: "A `date` is `YYYY-MM-DD` naming a real day (month lengths and leap years are checked).",
        example: Instance {
            schema: r#"{"type": "date"}"#,
            document: r#""2023-02-29""#,
        },
        fix: "Use a real calendar date in `YYYY-MM-DD` form.",
    },
    Entry {
        code: "INSTANCE_TIME_EXPECTED",
        summary: "Expected a time string.",
        meaning: "`time` values are strings such as \"08:30:00\".",
        example: Instance {
            schema: r#"{"type": "time"}"#,
            document: "830",
        },
        fix: "Write the time as a string with hours, minutes and seconds.",
    },
    Entry {
        code: "INSTANCE_TIME_FORMAT_INVALID",
        summary: "Not an RFC 3339 time.",
        meaning: "A `time` is `HH:MM:SS` with optional fraction and offset; hours run 00–23 and seconds are required.",
        example: Instance {
            schema: r#"{"type": "time"}"#,
            document: r#""24:00:00""#,
        },
        fix: "Use a valid time of day, with seconds: `\"08:30:00\"`.",
    },
    Entry {
        code: "INSTANCE_DATETIME_EXPECTED",
        summary: "Expected a datetime string.",
        meaning: "`datetime` values are RFC 3339 strings; epoch milliseconds as numbers are not accepted.",
        example: Instance {
            schema: r#"{"type": "datetime"}"#,
            document: "1674060715612",
        },
        fix: "Convert to an RFC 3339 string such as `\"2023-01-18T16:51:55.612Z\"`.",
    },
    Entry {
        code: "INSTANCE_DATETIME_FORMAT_INVALID",
        summary: "Not an RFC 3339 date-time.",
        meaning: "A `datetime` needs a real date, `T`, a time with seconds, and `Z` or an offset such as `+02:00`; a space instead of `T` is not accepted.",
        example: Instance {
            schema: r#"{"type": "datetime"}"#,
            document: r#""2023-01-15 10:30:12""#,
        },
        fix: "Write `\"2023-01-15T10:30:12Z\"` (with the right offset).",
    },
    Entry {
        code: "INSTANCE_DURATION_EXPECTED",
        summary: "Expected a duration string.",
        meaning: "`duration` values are ISO 8601 / RFC 3339 duration strings such as \"PT30M\".",
        example: Instance {
            schema: r#"{"type": "duration"}"#,
            document: "1800",
        },
        fix: "Write the duration as a string: `\"PT30M\"`.",
    },
    Entry {
        code: "INSTANCE_DURATION_FORMAT_INVALID",
        summary: "Not an RFC 3339 duration.",
        meaning: "A duration starts with `P`, has at least one component, and needs `T` before hours, minutes and seconds.",
        example: Instance {
            schema: r#"{"type": "duration"}"#,
            document: r#""P30M5""#,
        },
        fix: "Use a form such as `\"PT30M5S\"` or `\"P1DT2H\"`.",
    },
    Entry {
        code: "INSTANCE_UUID_EXPECTED",
        summary: "Expected a UUID string.",
        meaning: "`uuid` values are strings.",
        example: Instance {
            schema: r#"{"type": "uuid"}"#,
            document: "42",
        },
        fix: "Write the UUID as a string.",
    },
    Entry {
        code: "INSTANCE_UUID_FORMAT_INVALID",
        summary: "Not an 8-4-4-4-12 UUID.",
        meaning: "A `uuid` is 32 hexadecimal digits in groups of 8-4-4-4-12 separated by hyphens (either case).",
        example: Instance {
            schema: r#"{"type": "uuid"}"#,
            document: r#""123e4567e89b12d3a456426614174000""#,
        },
        fix: "Insert the hyphens: `\"123e4567-e89b-12d3-a456-426614174000\"`.",
    },
    Entry {
        code: "INSTANCE_URI_EXPECTED",
        summary: "Expected a URI string.",
        meaning: "`uri` values are strings.",
        example: Instance {
            schema: r#"{"type": "uri"}"#,
            document: "true",
        },
        fix: "Write the URI as a string.",
    },
    Entry {
        code: "INSTANCE_URI_FORMAT_INVALID",
        summary: "Not an RFC 3986 URI reference.",
        meaning: "A `uri` follows RFC 3986: no spaces or other characters that must be percent-encoded.",
        example: Instance {
            schema: r#"{"type": "uri"}"#,
            document: r#""https://example.com/a b""#,
        },
        fix: "Percent-encode reserved characters (`%20` for a space).",
    },
    Entry {
        code: "INSTANCE_URI_MISSING_SCHEME",
        summary: "A relative reference where an absolute URI is required.",
        meaning: "With the absolute-URI option (`ValidatorOptions::absolute_uris`), `uri` values need a scheme.",
        example: Prose(
            "With `absolute_uris(true)`, the value \"/path/only\" for a `uri` property.",
        ),
        fix: "Write the full URI, scheme included: `\"https://example.com/path/only\"`.",
    },
    Entry {
        code: "INSTANCE_BINARY_EXPECTED",
        summary: "Expected an encoded binary string.",
        meaning: "`binary` values are strings in the declared `contentEncoding` (base64 by default).",
        example: Instance {
            schema: r#"{"type": "binary"}"#,
            document: "[1, 2, 3]",
        },
        fix: "Encode the bytes as a base64 string.",
    },
    Entry {
        code: "INSTANCE_BINARY_ENCODING_INVALID",
        summary: "Not valid in the declared `contentEncoding`.",
        meaning: "The string must be well-formed in its encoding: alphabet, padding and length are checked.",
        example: Instance {
            schema: r#"{"type": "binary"}"#,
            document: r#""not base64!""#,
        },
        fix: "Encode the bytes with the declared encoding (base64 unless `contentEncoding` says otherwise).",
    },
    Entry {
        code: "INSTANCE_JSONPOINTER_EXPECTED",
        summary: "Expected a JSON Pointer string.",
        meaning: "`jsonpointer` values are strings.",
        example: Instance {
            schema: r#"{"type": "jsonpointer"}"#,
            document: "1",
        },
        fix: "Write the pointer as a string such as `\"/items/0\"`.",
    },
    Entry {
        code: "INSTANCE_JSONPOINTER_FORMAT_INVALID",
        summary: "Not an RFC 6901 JSON Pointer.",
        meaning: "A JSON Pointer is empty or starts with `/`; `~` appears only as `~0` or `~1`.",
        example: Instance {
            schema: r#"{"type": "jsonpointer"}"#,
            document: r#""items/0""#,
        },
        fix: "Start the pointer with `/` and escape `~` and `/` in tokens as `~0` and `~1`.",
    },
    Entry {
        code: "INSTANCE_DECIMAL_EXPECTED",
        summary: "Not a valid large integer or decimal string.",
        meaning: "`int64`, `uint64`, `int128`, `uint128` and `decimal` values are strings holding the number (JSON numbers lose precision beyond 2⁵³): digits with an optional minus sign (and, for `decimal`, a fraction); no exponent, no spaces. A JSON number there is reported as INSTANCE_STRING_EXPECTED.",
        example: Instance {
            schema: r#"{"type": "int64"}"#,
            document: r#""1e3""#,
        },
        fix: "Write the digits out: `\"1000\"`.",
    },
    Entry {
        code: "INSTANCE_DECIMAL_PRECISION",
        summary: "A decimal with more significant digits than `precision`.",
        meaning: "`precision` limits the total number of significant digits of a `decimal`.",
        example: Instance {
            schema: r#"{"type": "decimal", "precision": 4}"#,
            document: r#""12345""#,
        },
        fix: "Round the value, or raise `precision`.",
    },
    Entry {
        code: "INSTANCE_DECIMAL_SCALE",
        summary: "A decimal with more fractional digits than `scale`.",
        meaning: "`scale` limits the digits after the decimal point (2 for amounts in cents).",
        example: Instance {
            schema: r#"{"type": "decimal", "scale": 2}"#,
            document: r#""10.005""#,
        },
        fix: "Round to `scale` fractional digits.",
    },
    Entry {
        code: "INSTANCE_USES_UNKNOWN",
        summary: "The document's `$uses` names an add-in the schema does not offer.",
        meaning: "A document switches add-ins on by listing their names in `$uses`; each must be a name in the schema's `$offers`.",
        example: Instance {
            schema: r#"{"type": "object", "properties": {"id": {"type": "string"}}}"#,
            document: r#"{"$uses": ["Audit"], "id": "1"}"#,
        },
        fix: "Use only add-in names the schema offers, or remove `$uses`.",
    },
    Entry {
        code: "INSTANCE_ABSTRACT_TYPE",
        summary: "The schema's root type is abstract and cannot validate documents.",
        meaning: "Abstract types only serve as bases for `$extends`; no document can be an instance of one.",
        example: Prose(
            "This version of truss rejects an abstract root while compiling (SCHEMA_ABSTRACT_REFERENCED) and does not emit this code.",
        ),
        fix: "Point `$root` at a concrete type that extends the abstract one.",
    },
];
