//! What every code means, an example that triggers it, and how to fix it.
//!
//! Examples are live data: `truss explain` runs them and shows what truss
//! reports, and a test checks that each one reports its own code. Schema
//! bodies in `Schema` and `Instance` examples get the usual root keywords
//! (`$schema`, `$id`, and `name` when there is a `type`) added where
//! missing; `Root` schemas are used exactly as written, as text (so that
//! syntax errors and repeated keys show).

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
    /// A schema body that imports, and the documents that `truss check
    /// --import URI=FILE` supplies, by URI.
    Imports {
        schema: &'static str,
        documents: &'static [(&'static str, &'static str)],
    },
    /// A situation too large to show in a few lines, in words.
    Prose(&'static str),
}

use Example::{Examples, Imports, Instance, Prose, Root, Schema};

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
        code: "SCHEMA_ROOT_UNION",
        summary: "A type union as the root's `type`.",
        meaning: "Core §Prohibition of Top-Level Unions: a union that documents must match as a whole is designated with `$root`, not written as the root's `type`. truss reads it as that union and says so.",
        example: Root(
            r##"{"$schema": "https://json-structure.org/meta/core/v0/#", "$id": "https://example.com/r", "name": "R", "type": ["string", "int32"]}"##,
        ),
        fix: "Declare the union in `definitions` (`\"definitions\": {\"R\": {\"type\": [\"string\", \"int32\"]}}`), point `$root` at it (`\"$root\": \"#/definitions/R\"`), and drop the root's `type` and `name`.",
    },
    Entry {
        code: "SCHEMA_ROOT_REF",
        summary: "`$ref` inside the root's `type`.",
        meaning: "Core §`$ref`: a reference \"MUST NOT be used inside the `type` of the root object\"; a reusable type is made the root with `$root`. truss reads it as the reference and says so.",
        example: Root(
            r##"{"$schema": "https://json-structure.org/meta/core/v0/#", "$id": "https://example.com/r", "name": "R", "type": {"$ref": "#/definitions/A"}, "definitions": {"A": {"type": "string"}}}"##,
        ),
        fix: "Write `\"$root\": \"#/definitions/A\"` and drop the root's `type` and `name`.",
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
        meaning: "Property and type names match `[A-Za-z_][A-Za-z0-9_]*` (core §Identifier Rules), so that they map onto the identifiers of programming languages. Names converted from other formats (`first-name`, `a.b`) break this.",
        example: Schema(r#"{"type": "object", "properties": {"first-name": {"type": "string"}}}"#),
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
    Entry {
        code: "SCHEMA_JSON_INVALID",
        summary: "The schema text is not JSON.",
        meaning: "A schema document is a JSON text. truss reports where parsing stopped (line and column) and checks nothing else.",
        example: Root(
            r#"{"$schema": "https://json-structure.org/meta/core/v0/#", "type": "string",}"#,
        ),
        fix: "Correct the syntax at the reported place (here: no comma before `}`); an editor with JSON support shows such errors as you type.",
    },
    Entry {
        code: "SCHEMA_DUPLICATE_KEY",
        summary: "An object in the schema text repeats a key; only the last one counts.",
        meaning: "JSON parsers keep one value for a repeated key (RFC 8259 §4: names SHOULD be unique), so the schema silently says less than its text. A repeated property name usually means two definitions were meant.",
        example: Root(
            r#"{"$schema": "https://json-structure.org/meta/core/v0/#", "$id": "https://example.com/d", "name": "D", "type": "string", "maxLength": 3, "maxLength": 5}"#,
        ),
        fix: "Keep one of the keys, or rename the one that was meant to be different.",
    },
    Entry {
        code: "SCHEMA_KEYWORD_MISSING",
        summary: "A keyword the meta-schema requires is absent.",
        meaning: "The document is checked against the meta-schema its `$schema` names; this is a required keyword that no more specific code covers, such as the `type` of a property schema made only of composition keywords.",
        example: Schema(
            r#"{"$schema": "https://json-structure.org/meta/extended/v0/#", "$uses": ["JSONStructureConditionalComposition"], "type": "object", "properties": {"a": {"anyOf": [{"type": "string"}, {"type": "int32"}]}}}"#,
        ),
        fix: "Add the keyword the message names (here a `type`, `\"any\"` when the composition says it all).",
    },
    Entry {
        code: "SCHEMA_KEYWORD_NOT_ALLOWED",
        summary: "A keyword the meta-schema does not allow at this place.",
        meaning: "Some objects admit a fixed set of keywords: a type reference is exactly `{\"$ref\": …}`, for example. Anything else there is a mistake, not an annotation.",
        example: Schema(
            r##"{"type": "object", "properties": {"a": {"type": {"$ref": "#/definitions/S", "maxLength": 3}}}, "definitions": {"S": {"type": "string"}}}"##,
        ),
        fix: "Move the keyword to the schema around the reference (`{\"type\": {\"$ref\": …}, \"maxLength\": 3}`), or remove it.",
    },
    Entry {
        code: "SCHEMA_ROOT_KEYWORD_MISPLACED",
        summary: "A keyword that belongs only at the document root is used inside a schema.",
        meaning: "`$schema`, `$id`, `$root`, `definitions`, `$uses` and `$offers` describe the document; inside a schema they mean nothing (core §Document Structure).",
        example: Schema(
            r#"{"type": "object", "properties": {"a": {"type": "string", "$id": "https://example.com/a"}}}"#,
        ),
        fix: "Move the keyword to the root, or remove it; nested types go under the root's `definitions`.",
    },
    Entry {
        code: "SCHEMA_REF_INVALID",
        summary: "`$ref` is not a JSON Pointer fragment (`#/…`).",
        meaning: "References point into the same document with a fragment such as `#/definitions/Name` (core §`$ref`); other types are brought in with imports.",
        example: Schema(
            r#"{"type": "object", "properties": {"a": {"type": {"$ref": "/definitions/S"}}}, "definitions": {"S": {"type": "string"}}}"#,
        ),
        fix: "Write the reference as a fragment: `\"#/definitions/S\"`.",
    },
    Entry {
        code: "SCHEMA_CONSTRAINT_INVALID_FOR_TYPE",
        summary: "A keyword used with a type it does not apply to.",
        meaning: "Keywords belong to types: `minimum` to numbers, `maxLength` to strings, `items` to arrays and sets, `properties` to objects. On another type the keyword cannot mean anything, whether or not its extension is enabled.",
        example: Schema(
            r#"{"$uses": ["JSONStructureValidation"], "type": "string", "minimum": 1}"#,
        ),
        fix: "Use the keyword of the type (`minLength` for strings), or change the type.",
    },
    Entry {
        code: "SCHEMA_MIN_GREATER_THAN_MAX",
        summary: "A lower bound above its upper bound: no value can satisfy both.",
        meaning: "`minimum`/`maximum`, `minLength`/`maxLength`, `minItems`/`maxItems` and the other pairs must leave room for at least one value.",
        example: Schema(
            r#"{"$uses": ["JSONStructureValidation"], "type": "string", "minLength": 5, "maxLength": 2}"#,
        ),
        fix: "Swap or correct the bounds.",
    },
    Entry {
        code: "SCHEMA_NUMBER_CONSTRAINT_INVALID",
        summary: "A numeric bound that is not a value of the schema's numeric type.",
        meaning: "`minimum`, `maximum` and the exclusive bounds are numbers (strings for the types carried as strings, such as `int64` and `decimal`).",
        example: Schema(
            r#"{"$uses": ["JSONStructureValidation"], "type": "int32", "minimum": "ten"}"#,
        ),
        fix: "Write the bound as a number of the type (`\"minimum\": 10`).",
    },
    Entry {
        code: "SCHEMA_POSITIVE_NUMBER_CONSTRAINT_INVALID",
        summary: "`multipleOf` that is zero or negative.",
        meaning: "Every value must be an integer multiple of `multipleOf`; zero or a negative step has no such meaning.",
        example: Schema(
            r#"{"$uses": ["JSONStructureValidation"], "type": "number", "multipleOf": 0}"#,
        ),
        fix: "Use a positive step, such as `0.01` for amounts in cents.",
    },
    Entry {
        code: "SCHEMA_UNIQUE_ITEMS_NOT_BOOLEAN",
        summary: "`uniqueItems` that is not a boolean.",
        meaning: "`uniqueItems` is `true` (every item differs) or `false`.",
        example: Schema(
            r#"{"$uses": ["JSONStructureValidation"], "type": "array", "items": {"type": "string"}, "uniqueItems": "yes"}"#,
        ),
        fix: "Write `true` or `false`, or declare a `set`, whose items are unique by definition.",
    },
    Entry {
        code: "SCHEMA_PATTERN_INVALID",
        summary: "A regular expression that does not compile as ECMA-262.",
        meaning: "`pattern` (and the patterns of `patternProperties`, `patternKeys`) follow ECMA-262. Inline flags such as `(?i)`, possessive quantifiers and unbalanced groups are errors; truss never skips a pattern it cannot compile.",
        example: Schema(
            r#"{"$uses": ["JSONStructureValidation"], "type": "string", "pattern": "(?i)^abc$"}"#,
        ),
        fix: "Rewrite the expression in ECMA-262 syntax (`^[aA][bB][cC]$` instead of an inline flag).",
    },
    Entry {
        code: "SCHEMA_PATTERN_NOT_STRING",
        summary: "`pattern` that is not a string.",
        meaning: "A pattern is an ECMA-262 regular expression written as a string.",
        example: Schema(
            r#"{"$uses": ["JSONStructureValidation"], "type": "string", "pattern": 5}"#,
        ),
        fix: "Write the expression as a string: `\"pattern\": \"^[0-9]+$\"`.",
    },
    Entry {
        code: "SCHEMA_PATTERN_PROPERTY_ESCAPE",
        summary: "A pattern with `\\p{…}`, which is not a Unicode property here.",
        meaning: "JSON Structure patterns are ECMA-262 regular expressions without flags. Without the `u` flag `\\p` is an identity escape, so `\\p{Lu}` matches the five characters `p{Lu}`, not an upper-case letter. The pattern compiles and is applied that way; the warning says so.",
        example: Schema(
            r#"{"$uses": ["JSONStructureValidation"], "type": "string", "pattern": "^\\p{Lu}"}"#,
        ),
        fix: "List the characters or ranges you mean (`^[A-ZÀ-ÖØ-Þ]`); to match the text `p{…}` itself, leave out the backslash.",
    },
    Entry {
        code: "SCHEMA_COMPOSITION_NOT_ARRAY",
        summary: "`allOf`, `anyOf` or `oneOf` that is not an array.",
        meaning: "The composition keywords take a list of schemas (conditional composition §allOf, §anyOf, §oneOf).",
        example: Schema(
            r#"{"$uses": ["JSONStructureConditionalComposition"], "type": "string", "allOf": {"type": "string"}}"#,
        ),
        fix: "Wrap the schema in an array: `\"allOf\": [{…}]`.",
    },
    Entry {
        code: "SCHEMA_COMPOSITION_EMPTY",
        summary: "`allOf`, `anyOf` or `oneOf` with no schemas.",
        meaning: "An empty list is meaningless (`anyOf: []` could match nothing); the specification requires at least one schema.",
        example: Schema(
            r#"{"$uses": ["JSONStructureConditionalComposition"], "type": "string", "anyOf": []}"#,
        ),
        fix: "List at least one schema, or remove the keyword.",
    },
    Entry {
        code: "SCHEMA_ALTNAMES_NOT_OBJECT",
        summary: "`altnames` that is not an object.",
        meaning: "`altnames` maps purposes (`json`, `lang:en`, …) to other names of a property or type (alternate names extension).",
        example: Schema(
            r#"{"$uses": ["JSONStructureAlternateNames"], "type": "object", "properties": {"firstName": {"type": "string", "altnames": ["first-name"]}}}"#,
        ),
        fix: "Write `\"altnames\": {\"json\": \"first-name\"}`.",
    },
    Entry {
        code: "SCHEMA_ALTNAMES_VALUE_NOT_STRING",
        summary: "An `altnames` entry that is not a string.",
        meaning: "Each alternate name is a string.",
        example: Schema(
            r#"{"$uses": ["JSONStructureAlternateNames"], "type": "object", "properties": {"firstName": {"type": "string", "altnames": {"lang:de": true}}}}"#,
        ),
        fix: "Give the name as a string: `\"lang:de\": \"Vorname\"`.",
    },
    Entry {
        code: "SCHEMA_ENUM_TYPE_MISMATCH",
        summary: "An `enum` value that is not a value of the declared type.",
        meaning: "Every `enum` value must itself conform to the schema's type; a value that cannot conform can never be matched.",
        example: Schema(r#"{"type": "uint8", "enum": [1, 2, 256]}"#),
        fix: "Remove or correct the value, or widen the type.",
    },
    Entry {
        code: "SCHEMA_CONST_TYPE_MISMATCH",
        summary: "A `const` value that is not a value of the declared type.",
        meaning: "No document could match a `const` its own type rejects.",
        example: Schema(r#"{"type": "string", "const": 1}"#),
        fix: "Write the constant as a value of the type (`\"1\"`), or change the type.",
    },
    Entry {
        code: "SCHEMA_CHOICE_BRANCH_NOT_DERIVED",
        summary: "A branch of an inline choice that does not extend the choice's base type.",
        meaning: "In an inline union (a `choice` with `$extends`), every branch is a type that extends the base (core §Inline Unions), so that the selector and the shared properties mean the same in every branch.",
        example: Schema(
            r##"{"type": "choice", "$extends": "#/definitions/Base", "selector": "kind", "choices": {"B": {"type": {"$ref": "#/definitions/B"}}}, "definitions": {"Base": {"type": "object", "abstract": true, "properties": {"id": {"type": "string"}}}, "B": {"type": "object", "properties": {"b": {"type": "string"}}}}}"##,
        ),
        fix: "Add `\"$extends\": \"#/definitions/Base\"` to the branch type.",
    },
    Entry {
        code: "SCHEMA_IMPORT_NOT_FOUND",
        summary: "An imported document is neither registered nor a readable file under the import root.",
        meaning: "truss never fetches schemas over the network: `$import`/`$importdefs` resolve from documents given with `--import URI=FILE` (`ValidatorOptions::register`) and, for relative references, from files next to the schema.",
        example: Schema(
            r##"{"type": {"$ref": "#/definitions/People/Person"}, "definitions": {"People": {"$import": "https://example.com/people.json"}}}"##,
        ),
        fix: "Pass the document: `truss check --import https://example.com/people.json=people.json schema.json`, or import it by a relative path.",
    },
    Entry {
        code: "SCHEMA_IMPORT_INVALID",
        summary: "An imported document cannot be imported.",
        meaning: "The document must be a schema document (a JSON object); `$import` copies its root type under the root's `name`, so a root type needs one; a copied definition may only refer into the imported `definitions`.",
        example: Imports {
            schema: r##"{"type": {"$ref": "#/definitions/Lib/X"}, "definitions": {"Lib": {"$import": "https://example.com/lib.json"}}}"##,
            documents: &[(
                "https://example.com/lib.json",
                r#"{"$schema": "https://json-structure.org/meta/core/v0/#", "$id": "https://example.com/lib.json", "type": "string", "definitions": {"X": {"type": "string"}}}"#,
            )],
        },
        fix: "Give the imported root type a `name`, or import only the definitions with `$importdefs`.",
    },
    Entry {
        code: "SCHEMA_IMPORT_CIRCULAR",
        summary: "Imports lead back to a document that is being imported.",
        meaning: "Import chains must end (import §5); a document that imports itself, directly or through others, has no meaning.",
        example: Imports {
            schema: r##"{"type": "string", "definitions": {"A": {"$importdefs": "https://example.com/a.json"}}}"##,
            documents: &[
                (
                    "https://example.com/a.json",
                    r#"{"$schema": "https://json-structure.org/meta/core/v0/#", "$id": "https://example.com/a.json", "definitions": {"B": {"$importdefs": "https://example.com/b.json"}}}"#,
                ),
                (
                    "https://example.com/b.json",
                    r#"{"$schema": "https://json-structure.org/meta/core/v0/#", "$id": "https://example.com/b.json", "definitions": {"A": {"$importdefs": "https://example.com/a.json"}}}"#,
                ),
            ],
        },
        fix: "Move the shared types into a third document that both import.",
    },
    Entry {
        code: "SCHEMA_IMPORT_OUTSIDE_ROOT",
        summary: "A relative import resolves to a file outside the import root; it is not read.",
        meaning: "Relative imports may read the schema's folder and its parent's other folders (or the folder given as the import root), never further up: a schema cannot make the validator read arbitrary files.",
        example: Prose(
            "`\"$import\": \"../../../etc/secrets.json\"` in a schema checked with `truss check schema.struct.json`.",
        ),
        fix: "Keep imported schemas beside the schema (or in a sibling folder), or register the document with `--import URI=FILE`.",
    },
    Entry {
        code: "SCHEMA_IMPORT_CONFLICT",
        summary: "Two imports bring different definitions under one name in one namespace.",
        meaning: "Imported definitions land in the namespace that holds the keyword; a root `$import` and a `definitions`-level one share the root namespace. truss does not pick one of two different definitions silently.",
        example: Imports {
            schema: r#"{"type": "string", "$importdefs": "https://example.com/a.json", "definitions": {"$importdefs": "https://example.com/b.json"}}"#,
            documents: &[
                (
                    "https://example.com/a.json",
                    r#"{"$schema": "https://json-structure.org/meta/core/v0/#", "$id": "https://example.com/a.json", "definitions": {"X": {"type": "string"}}}"#,
                ),
                (
                    "https://example.com/b.json",
                    r#"{"$schema": "https://json-structure.org/meta/core/v0/#", "$id": "https://example.com/b.json", "definitions": {"X": {"type": "int32"}}}"#,
                ),
            ],
        },
        fix: "Import one of the documents into a namespace of its own (`\"definitions\": {\"B\": {\"$importdefs\": …}}`).",
    },
    Entry {
        code: "SCHEMA_IMPORT_LIMIT_EXCEEDED",
        summary: "Imports nest too deep, or together copy too much.",
        meaning: "Import chains deeper than 32 documents, and imports that would copy more than a million JSON values (documents imported twice at every level double each time), are refused (import §5).",
        example: Prose(
            "Forty documents each importing the next, or twenty each importing the next one twice, into two namespaces.",
        ),
        fix: "Import shared types once, from a document near the top, instead of through every level.",
    },
    Entry {
        code: "SCHEMA_DOCUMENT_UNREADABLE",
        summary: "The schema file cannot be read or is not JSON.",
        meaning: "Reported when the library reads a schema from a path (`Validator::from_path`); the command line reports the same situation as unusable input.",
        example: Prose(
            "`Validator::from_path(\"missing.struct.json\")` for a file that does not exist.",
        ),
        fix: "Check the path and that the file is a UTF-8 JSON document.",
    },
    Entry {
        code: "SCHEMA_EXTENSION_KEYWORD_NOT_ENABLED",
        summary: "A keyword of an extension the schema does not enable; it is ignored.",
        meaning: "Validation keywords (`minimum`, `pattern`, `format`, …), composition keywords (`allOf`, `if`, …), alternate names and units belong to companion specifications that a schema switches on in `$uses` (or, for all of them, with the validation meta-schema). Without that, the keyword is not enforced, which is rarely what the author meant.",
        example: Schema(r#"{"type": "string", "minLength": 2}"#),
        fix: "Add `\"$uses\": [\"JSONStructureValidation\"]` (or the extension the message names) at the root, or use `\"$schema\": \"https://json-structure.org/meta/validation/v0/#\"`.",
    },
    Entry {
        code: "SCHEMA_USES_UNKNOWN_EXTENSION",
        summary: "`$uses` names no known extension; the name is ignored.",
        meaning: "The extensions are JSONStructureValidation, JSONStructureConditionalComposition, JSONStructureImport, JSONStructureAlternateNames and JSONStructureUnits.",
        example: Schema(r#"{"$uses": ["JSONStructureValidations"], "type": "string"}"#),
        fix: "Correct the spelling, or remove the name.",
    },
    Entry {
        code: "SCHEMA_FORMAT_UNKNOWN",
        summary: "`format` names a format truss does not know; it is not enforced.",
        meaning: "truss checks the formats of the validation extension (`email`, `ipv4`, `uri`, `date-time`, …); an unknown name is an annotation only.",
        example: Schema(
            r#"{"$uses": ["JSONStructureValidation"], "type": "string", "format": "credit-card"}"#,
        ),
        fix: "Use a known format, or a `pattern` that describes the values.",
    },
    Entry {
        code: "SCHEMA_ALTENUMS_INVALID",
        summary: "`altenums` is malformed, used without `enum`, or names a value `enum` does not list.",
        meaning: "`altenums` gives other spellings of `enum` values per purpose (`{\"json\": {\"RED\": \"#f00\"}}`), so it needs an `enum` whose values it names.",
        example: Schema(
            r##"{"$uses": ["JSONStructureAlternateNames"], "type": "string", "enum": ["RED"], "altenums": {"json": {"RED": "#f00", "BLUE": "#00f"}}}"##,
        ),
        fix: "Add the value to `enum`, or remove its alternate spelling.",
    },
    Entry {
        code: "SCHEMA_UNIT_INVALID",
        summary: "`unit` is not a unit expression.",
        meaning: "Units are symbols joined by `*` and `/` with exponents after `^` (units extension): `m`, `m/s^2`, `kW*h`.",
        example: Schema(
            r#"{"$uses": ["JSONStructureUnits"], "type": "number", "unit": "metres per second"}"#,
        ),
        fix: "Write the unit symbolically: `\"m/s\"`.",
    },
    Entry {
        code: "SCHEMA_CURRENCY_INVALID",
        summary: "`currency` is not an ISO 4217 code.",
        meaning: "A currency is three upper-case letters (`EUR`, `USD`, `JPY`).",
        example: Schema(
            r#"{"$uses": ["JSONStructureUnits"], "type": "decimal", "currency": "euro"}"#,
        ),
        fix: "Use the ISO 4217 code: `\"EUR\"`.",
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
        code: "INSTANCE_USES_DUPLICATE",
        summary: "The document's `$uses` names an add-in twice.",
        meaning: "`$uses` is a set of add-in names (core §`$uses`): each is listed once.",
        example: Instance {
            schema: r##"{"$root": "#/definitions/Item", "$offers": {"Audit": "#/definitions/Audit"}, "definitions": {"Item": {"type": "object", "properties": {"id": {"type": "string"}}}, "Audit": {"abstract": true, "type": "object", "$extends": "#/definitions/Item", "properties": {"by": {"type": "string"}}}}}"##,
            document: r#"{"$uses": ["Audit", "Audit"], "id": "1"}"#,
        },
        fix: "List each add-in once.",
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
    Entry {
        code: "INSTANCE_NUMBER_MINIMUM",
        summary: "A number below `minimum`.",
        meaning: "`minimum` is an inclusive lower bound (validation extension), compared exactly, also for `int64` and `decimal` strings.",
        example: Instance {
            schema: r#"{"$uses": ["JSONStructureValidation"], "type": "int32", "minimum": 0}"#,
            document: "-5",
        },
        fix: "Send a value at or above the bound.",
    },
    Entry {
        code: "INSTANCE_NUMBER_MAXIMUM",
        summary: "A number above `maximum`.",
        meaning: "`maximum` is an inclusive upper bound (validation extension).",
        example: Instance {
            schema: r#"{"$uses": ["JSONStructureValidation"], "type": "int32", "maximum": 100}"#,
            document: "105",
        },
        fix: "Send a value at or below the bound.",
    },
    Entry {
        code: "INSTANCE_NUMBER_EXCLUSIVE_MINIMUM",
        summary: "A number not above `exclusiveMinimum`.",
        meaning: "`exclusiveMinimum` is a lower bound the value must exceed; the bound itself is rejected.",
        example: Instance {
            schema: r#"{"$uses": ["JSONStructureValidation"], "type": "double", "exclusiveMinimum": 0}"#,
            document: "0",
        },
        fix: "Send a value greater than the bound.",
    },
    Entry {
        code: "INSTANCE_NUMBER_EXCLUSIVE_MAXIMUM",
        summary: "A number not below `exclusiveMaximum`.",
        meaning: "`exclusiveMaximum` is an upper bound the value must stay under; the bound itself is rejected.",
        example: Instance {
            schema: r#"{"$uses": ["JSONStructureValidation"], "type": "double", "exclusiveMaximum": 1}"#,
            document: "1",
        },
        fix: "Send a value less than the bound.",
    },
    Entry {
        code: "INSTANCE_NUMBER_MULTIPLE_OF",
        summary: "A number that is not a multiple of `multipleOf`.",
        meaning: "The value divided by `multipleOf` must be an integer, computed exactly: `0.3` is a multiple of `0.1`.",
        example: Instance {
            schema: r#"{"$uses": ["JSONStructureValidation"], "type": "decimal", "multipleOf": "0.01"}"#,
            document: r#""19.995""#,
        },
        fix: "Round the value to the step.",
    },
    Entry {
        code: "INSTANCE_STRING_MIN_LENGTH",
        summary: "A string shorter than `minLength` (in code points).",
        meaning: "Length counts Unicode code points: `\"😀\"` is one character, not two UTF-16 units.",
        example: Instance {
            schema: r#"{"$uses": ["JSONStructureValidation"], "type": "string", "minLength": 2}"#,
            document: r#""A""#,
        },
        fix: "Send a longer string, or lower `minLength`.",
    },
    Entry {
        code: "INSTANCE_STRING_PATTERN_MISMATCH",
        summary: "A string that does not match `pattern`.",
        meaning: "`pattern` is an ECMA-262 regular expression that matches anywhere in the string unless anchored with `^`/`$`; `\\d` and `\\w` are ASCII only.",
        example: Instance {
            schema: r#"{"$uses": ["JSONStructureValidation"], "type": "string", "pattern": "^[A-Z]{3}$"}"#,
            document: r#""eur""#,
        },
        fix: "Send a value the expression matches (here three upper-case letters).",
    },
    Entry {
        code: "INSTANCE_PATTERN_BACKTRACK_LIMIT",
        summary: "Matching a pattern ran out of backtracking steps; the value is rejected.",
        meaning: "Patterns with lookaround or backreferences run on a backtracking engine. A pathological pattern and input could take exponential time, so matching stops after a fixed number of steps and the value fails (fail closed) instead of hanging.",
        example: Instance {
            schema: r#"{"$uses": ["JSONStructureValidation"], "type": "string", "pattern": "^(?:(a|aa)+(?=c))*!"}"#,
            document: r#""aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!""#,
        },
        fix: "Rewrite the pattern without nested quantifiers over alternatives that can match the same text (here `(a|aa)+`).",
    },
    Entry {
        code: "INSTANCE_FORMAT_EMAIL_INVALID",
        summary: "Not an email address (`format: email`).",
        meaning: "With the validation extension, `format: \"email\"` requires an email address (RFC 5321 mailbox).",
        example: Instance {
            schema: r#"{"$uses": ["JSONStructureValidation"], "type": "string", "format": "email"}"#,
            document: r#""a@b@example.com""#,
        },
        fix: "Send a single `local@domain` address.",
    },
    Entry {
        code: "INSTANCE_FORMAT_IDN_EMAIL_INVALID",
        summary: "Not an internationalized email address (`format: idn-email`).",
        meaning: "With the validation extension, `format: \"idn-email\"` requires an internationalized email address (RFC 6531), where local part and domain may hold non-ASCII characters.",
        example: Instance {
            schema: r#"{"$uses": ["JSONStructureValidation"], "type": "string", "format": "idn-email"}"#,
            document: r#""用户.例子.广告""#,
        },
        fix: "Send a `local@domain` address.",
    },
    Entry {
        code: "INSTANCE_FORMAT_HOSTNAME_INVALID",
        summary: "Not a host name (`format: hostname`).",
        meaning: "With the validation extension, `format: \"hostname\"` requires a host name (RFC 1123): dot-separated labels of letters, digits and inner hyphens, each at most 63 characters.",
        example: Instance {
            schema: r#"{"$uses": ["JSONStructureValidation"], "type": "string", "format": "hostname"}"#,
            document: r#""-bad.example.com""#,
        },
        fix: "Remove the leading or trailing hyphen and empty labels.",
    },
    Entry {
        code: "INSTANCE_FORMAT_IDN_HOSTNAME_INVALID",
        summary: "Not an internationalized host name (`format: idn-hostname`).",
        meaning: "With the validation extension, `format: \"idn-hostname\"` requires an internationalized host name (RFC 5890), whose labels may hold non-ASCII letters.",
        example: Instance {
            schema: r#"{"$uses": ["JSONStructureValidation"], "type": "string", "format": "idn-hostname"}"#,
            document: r#""bücher..example""#,
        },
        fix: "Remove the empty label.",
    },
    Entry {
        code: "INSTANCE_FORMAT_IPV4_INVALID",
        summary: "Not an IPv4 address in dotted-quad form (`format: ipv4`).",
        meaning: "With the validation extension, `format: \"ipv4\"` requires an IPv4 address in dotted-quad form, each part 0 to 255.",
        example: Instance {
            schema: r#"{"$uses": ["JSONStructureValidation"], "type": "string", "format": "ipv4"}"#,
            document: r#""256.1.1.1""#,
        },
        fix: "Send four numbers from 0 to 255.",
    },
    Entry {
        code: "INSTANCE_FORMAT_IPV6_INVALID",
        summary: "Not an IPv6 address (`format: ipv6`).",
        meaning: "With the validation extension, `format: \"ipv6\"` requires an IPv6 address (RFC 4291); `::` may elide zeros once.",
        example: Instance {
            schema: r#"{"$uses": ["JSONStructureValidation"], "type": "string", "format": "ipv6"}"#,
            document: r#""2001:db8::1::2""#,
        },
        fix: "Elide at most one run of zero groups.",
    },
    Entry {
        code: "INSTANCE_FORMAT_URI_INVALID",
        summary: "Not an absolute URI (`format: uri`).",
        meaning: "With the validation extension, `format: \"uri\"` requires an absolute URI (RFC 3986), with a scheme.",
        example: Instance {
            schema: r#"{"$uses": ["JSONStructureValidation"], "type": "string", "format": "uri"}"#,
            document: r#""/relative/path""#,
        },
        fix: "Send the full URI, scheme included.",
    },
    Entry {
        code: "INSTANCE_FORMAT_URI_REFERENCE_INVALID",
        summary: "Not a URI reference (`format: uri-reference`).",
        meaning: "With the validation extension, `format: \"uri-reference\"` requires a URI reference (RFC 3986): absolute or relative, with reserved characters percent-encoded.",
        example: Instance {
            schema: r#"{"$uses": ["JSONStructureValidation"], "type": "string", "format": "uri-reference"}"#,
            document: r#""a b""#,
        },
        fix: "Percent-encode the space (`a%20b`).",
    },
    Entry {
        code: "INSTANCE_FORMAT_IRI_INVALID",
        summary: "Not an absolute IRI (`format: iri`).",
        meaning: "With the validation extension, `format: \"iri\"` requires an absolute IRI (RFC 3987): a URI that may hold non-ASCII characters.",
        example: Instance {
            schema: r#"{"$uses": ["JSONStructureValidation"], "type": "string", "format": "iri"}"#,
            document: r#""../パス""#,
        },
        fix: "Send the full IRI, scheme included.",
    },
    Entry {
        code: "INSTANCE_FORMAT_IRI_REFERENCE_INVALID",
        summary: "Not an IRI reference (`format: iri-reference`).",
        meaning: "With the validation extension, `format: \"iri-reference\"` requires an IRI reference (RFC 3987).",
        example: Instance {
            schema: r#"{"$uses": ["JSONStructureValidation"], "type": "string", "format": "iri-reference"}"#,
            document: r#""a b""#,
        },
        fix: "Percent-encode the space.",
    },
    Entry {
        code: "INSTANCE_FORMAT_URI_TEMPLATE_INVALID",
        summary: "Not a URI template (`format: uri-template`).",
        meaning: "With the validation extension, `format: \"uri-template\"` requires a URI template (RFC 6570) with balanced `{…}` expressions.",
        example: Instance {
            schema: r#"{"$uses": ["JSONStructureValidation"], "type": "string", "format": "uri-template"}"#,
            document: r#""/users/{id""#,
        },
        fix: "Close the expression: `/users/{id}`.",
    },
    Entry {
        code: "INSTANCE_FORMAT_JSON_POINTER_INVALID",
        summary: "Not a JSON Pointer (`format: json-pointer`).",
        meaning: "With the validation extension, `format: \"json-pointer\"` requires a JSON Pointer (RFC 6901): empty or starting with `/`, `~` only as `~0` or `~1`.",
        example: Instance {
            schema: r#"{"$uses": ["JSONStructureValidation"], "type": "string", "format": "json-pointer"}"#,
            document: r#""a/b""#,
        },
        fix: "Start the pointer with `/`.",
    },
    Entry {
        code: "INSTANCE_FORMAT_RELATIVE_JSON_POINTER_INVALID",
        summary: "Not a relative JSON Pointer (`format: relative-json-pointer`).",
        meaning: "With the validation extension, `format: \"relative-json-pointer\"` requires a relative JSON Pointer: a number of levels up, then a JSON Pointer or `#`.",
        example: Instance {
            schema: r#"{"$uses": ["JSONStructureValidation"], "type": "string", "format": "relative-json-pointer"}"#,
            document: r#""/a""#,
        },
        fix: "Start with the number of levels: `0/a`.",
    },
    Entry {
        code: "INSTANCE_FORMAT_REGEX_INVALID",
        summary: "Not an ECMA-262 regular expression (`format: regex`).",
        meaning: "With the validation extension, `format: \"regex\"` requires an ECMA-262 regular expression.",
        example: Instance {
            schema: r#"{"$uses": ["JSONStructureValidation"], "type": "string", "format": "regex"}"#,
            document: r#""(a""#,
        },
        fix: "Balance the groups and brackets.",
    },
    Entry {
        code: "INSTANCE_FORMAT_DATE_INVALID",
        summary: "Not an RFC 3339 full-date (`format: date`).",
        meaning: "With the validation extension, `format: \"date\"` requires an RFC 3339 full-date with a real day of the month.",
        example: Instance {
            schema: r#"{"$uses": ["JSONStructureValidation"], "type": "string", "format": "date"}"#,
            document: r#""2023-02-29""#,
        },
        fix: "Send a date that exists.",
    },
    Entry {
        code: "INSTANCE_FORMAT_DATETIME_INVALID",
        summary: "Not an RFC 3339 date-time (`format: date-time`).",
        meaning: "With the validation extension, `format: \"date-time\"` requires an RFC 3339 date-time: date, `T`, time with seconds, and `Z` or an offset.",
        example: Instance {
            schema: r#"{"$uses": ["JSONStructureValidation"], "type": "string", "format": "date-time"}"#,
            document: r#""2024-02-29T10:00:00""#,
        },
        fix: "Add the offset (`Z` for UTC).",
    },
    Entry {
        code: "INSTANCE_FORMAT_TIME_INVALID",
        summary: "Not an RFC 3339 time (`format: time`).",
        meaning: "With the validation extension, `format: \"time\"` requires an RFC 3339 time with seconds, hours 00 to 23.",
        example: Instance {
            schema: r#"{"$uses": ["JSONStructureValidation"], "type": "string", "format": "time"}"#,
            document: r#""25:00:00""#,
        },
        fix: "Send a time of day that exists.",
    },
    Entry {
        code: "INSTANCE_FORMAT_DURATION_INVALID",
        summary: "Not an RFC 3339 duration (`format: duration`).",
        meaning: "With the validation extension, `format: \"duration\"` requires an RFC 3339 (ISO 8601) duration such as `P1DT2H`; weeks only alone.",
        example: Instance {
            schema: r#"{"$uses": ["JSONStructureValidation"], "type": "string", "format": "duration"}"#,
            document: r#""P1W2D""#,
        },
        fix: "Write the weeks as days (`P9D`).",
    },
    Entry {
        code: "INSTANCE_FORMAT_UUID_INVALID",
        summary: "Not a UUID in the 8-4-4-4-12 hex form (`format: uuid`).",
        meaning: "With the validation extension, `format: \"uuid\"` requires a UUID in the 8-4-4-4-12 hex form.",
        example: Instance {
            schema: r#"{"$uses": ["JSONStructureValidation"], "type": "string", "format": "uuid"}"#,
            document: r#""123e4567e89b12d3a456426614174000""#,
        },
        fix: "Insert the hyphens: `123e4567-e89b-12d3-a456-426614174000`.",
    },
    Entry {
        code: "INSTANCE_MIN_ITEMS",
        summary: "An array or set with fewer items than `minItems`.",
        meaning: "`minItems` is the least number of items (validation extension).",
        example: Instance {
            schema: r#"{"$uses": ["JSONStructureValidation"], "type": "array", "items": {"type": "string"}, "minItems": 1}"#,
            document: "[]",
        },
        fix: "Send at least `minItems` items.",
    },
    Entry {
        code: "INSTANCE_MAX_ITEMS",
        summary: "An array or set with more items than `maxItems`.",
        meaning: "`maxItems` is the greatest number of items (validation extension).",
        example: Instance {
            schema: r#"{"$uses": ["JSONStructureValidation"], "type": "array", "items": {"type": "string"}, "maxItems": 2}"#,
            document: r#"["a", "b", "c"]"#,
        },
        fix: "Send at most `maxItems` items.",
    },
    Entry {
        code: "INSTANCE_MIN_CONTAINS",
        summary: "Fewer items than `minContains` (default 1) match `contains`.",
        meaning: "`contains` is a schema that some items must match: at least one, or `minContains` when given.",
        example: Instance {
            schema: r#"{"$uses": ["JSONStructureValidation"], "type": "array", "items": {"type": "int32"}, "contains": {"type": "int32", "minimum": 10}}"#,
            document: "[1, 2, 3]",
        },
        fix: "Include an item that matches `contains`.",
    },
    Entry {
        code: "INSTANCE_MAX_CONTAINS",
        summary: "More items than `maxContains` match `contains`.",
        meaning: "`maxContains` bounds how many items may match `contains`.",
        example: Instance {
            schema: r#"{"$uses": ["JSONStructureValidation"], "type": "array", "items": {"type": "int32"}, "contains": {"type": "int32", "minimum": 10}, "maxContains": 1}"#,
            document: "[10, 20]",
        },
        fix: "Send fewer matching items.",
    },
    Entry {
        code: "INSTANCE_MIN_PROPERTIES",
        summary: "An object with fewer properties than `minProperties`.",
        meaning: "`minProperties` is the least number of properties an object has (validation extension).",
        example: Instance {
            schema: r#"{"$uses": ["JSONStructureValidation"], "type": "object", "properties": {"a": {"type": "string"}, "b": {"type": "string"}}, "minProperties": 1}"#,
            document: "{}",
        },
        fix: "Send at least `minProperties` properties.",
    },
    Entry {
        code: "INSTANCE_MAX_PROPERTIES",
        summary: "An object with more properties than `maxProperties`.",
        meaning: "`maxProperties` is the greatest number of properties an object has (validation extension).",
        example: Instance {
            schema: r#"{"$uses": ["JSONStructureValidation"], "type": "object", "properties": {"a": {"type": "string"}, "b": {"type": "string"}}, "maxProperties": 1}"#,
            document: r#"{"a": "x", "b": "y"}"#,
        },
        fix: "Send at most `maxProperties` properties.",
    },
    Entry {
        code: "INSTANCE_DEPENDENT_REQUIRED",
        summary: "A property that `dependentRequired` requires alongside a present one is missing.",
        meaning: "`dependentRequired` maps a property name to the properties that must accompany it (validation §dependentRequired).",
        example: Instance {
            schema: r#"{"$uses": ["JSONStructureValidation"], "type": "object", "properties": {"card": {"type": "string"}, "expiry": {"type": "string"}}, "dependentRequired": {"card": ["expiry"]}}"#,
            document: r#"{"card": "4111"}"#,
        },
        fix: "Send the dependent property too, or leave out the one that requires it.",
    },
    Entry {
        code: "INSTANCE_PROPERTY_NAME_INVALID",
        summary: "A property name that does not satisfy `propertyNames`.",
        meaning: "`propertyNames` is a string schema every property name of the object must match.",
        example: Instance {
            schema: r#"{"$uses": ["JSONStructureValidation"], "type": "object", "properties": {"a": {"type": "string"}}, "propertyNames": {"type": "string", "pattern": "^[a-z]+$"}}"#,
            document: r#"{"a": "x", "B": "y"}"#,
        },
        fix: "Rename the property to match, or relax `propertyNames`.",
    },
    Entry {
        code: "INSTANCE_HAS_NO_MATCH",
        summary: "No property or entry value satisfies `has`.",
        meaning: "`has` is a schema that at least one value of the object or map must match (validation §has).",
        example: Instance {
            schema: r#"{"$uses": ["JSONStructureValidation"], "type": "map", "values": {"type": "int32"}, "has": {"type": "int32", "minimum": 90}}"#,
            document: r#"{"x": 10, "y": 20}"#,
        },
        fix: "Include a value that matches `has`.",
    },
    Entry {
        code: "INSTANCE_MAP_MIN_ENTRIES",
        summary: "A map with fewer entries than `minEntries`.",
        meaning: "`minEntries` is the least number of entries of a `map` (validation extension).",
        example: Instance {
            schema: r#"{"$uses": ["JSONStructureValidation"], "type": "map", "values": {"type": "int32"}, "minEntries": 1}"#,
            document: "{}",
        },
        fix: "Send at least `minEntries` entries.",
    },
    Entry {
        code: "INSTANCE_MAP_MAX_ENTRIES",
        summary: "A map with more entries than `maxEntries`.",
        meaning: "`maxEntries` is the greatest number of entries of a `map` (validation extension).",
        example: Instance {
            schema: r#"{"$uses": ["JSONStructureValidation"], "type": "map", "values": {"type": "int32"}, "maxEntries": 1}"#,
            document: r#"{"a": 1, "b": 2}"#,
        },
        fix: "Send at most `maxEntries` entries.",
    },
    Entry {
        code: "INSTANCE_MAP_KEY_INVALID",
        summary: "A map key that does not satisfy `keyNames`.",
        meaning: "`keyNames` is a string schema every key of the map must match.",
        example: Instance {
            schema: r#"{"$uses": ["JSONStructureValidation"], "type": "map", "values": {"type": "int32"}, "keyNames": {"type": "string", "pattern": "^[a-z]+$"}}"#,
            document: r#"{"Ab": 1}"#,
        },
        fix: "Use keys that match, or relax `keyNames`.",
    },
    Entry {
        code: "INSTANCE_ANY_OF_NONE_MATCHED",
        summary: "The value matches none of the `anyOf` schemas.",
        meaning: "`anyOf` accepts a value that matches at least one of its schemas (conditional composition §anyOf); the message lists why each one rejected it.",
        example: Instance {
            schema: r#"{"$uses": ["JSONStructureConditionalComposition"], "type": "any", "anyOf": [{"type": "string"}, {"type": "int32"}]}"#,
            document: "true",
        },
        fix: "Send a value that one of the schemas accepts.",
    },
    Entry {
        code: "INSTANCE_ONE_OF_INVALID_COUNT",
        summary: "The value matches none, or more than one, of the `oneOf` schemas.",
        meaning: "`oneOf` accepts a value that matches exactly one of its schemas (conditional composition §oneOf); overlapping schemas make values ambiguous.",
        example: Instance {
            schema: r#"{"$uses": ["JSONStructureConditionalComposition"], "type": "any", "oneOf": [{"type": "int32"}, {"type": "number"}]}"#,
            document: "1",
        },
        fix: "Send a value only one schema accepts, or make the schemas exclude each other.",
    },
    Entry {
        code: "INSTANCE_NOT_MATCHED",
        summary: "The value matches the `not` schema.",
        meaning: "`not` accepts every value its schema rejects (conditional composition §not).",
        example: Instance {
            schema: r#"{"$uses": ["JSONStructureConditionalComposition"], "type": "any", "not": {"type": "null"}}"#,
            document: "null",
        },
        fix: "Send a value the `not` schema rejects.",
    },
];
