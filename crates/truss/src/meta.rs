//! The JSON Structure meta-schema identifiers truss knows, and the
//! meta-schema documents it ships.
//!
//! The documents are the dialect written as data: JSON Structure documents
//! that describe schema documents. They live in the crate
//! (`crates/truss/schemas/meta/`, so that a published package carries them)
//! and are embedded here; [`crate::check_schema`] validates every schema
//! document against the one its `$schema` names.

/// `$schema` of a core schema document.
pub const CORE: &str = "https://json-structure.org/meta/core/v0/#";
/// `$schema` of a schema document using the extended dialect.
pub const EXTENDED: &str = "https://json-structure.org/meta/extended/v0/#";
/// `$schema` of a schema document with every validation extension switched on.
pub const VALIDATION: &str = "https://json-structure.org/meta/validation/v0/#";

/// The core meta-schema document (`$id` = [`CORE`]).
pub const CORE_DOCUMENT: &str = include_str!("../schemas/meta/core.struct.json");
/// The extended meta-schema document (`$id` = [`EXTENDED`]): core plus the
/// companion specifications' keywords, offered as add-ins that a document
/// switches on with `$uses`.
pub const EXTENDED_DOCUMENT: &str = include_str!("../schemas/meta/extended.struct.json");
/// The validation meta-schema document (`$id` = [`VALIDATION`]): the
/// extended dialect with every keyword set switched on.
pub const VALIDATION_DOCUMENT: &str = include_str!("../schemas/meta/validation.struct.json");

/// Whether `uri` names one of the JSON Structure meta-schemas. The trailing
/// `#` is optional, as it is in the published documents' own references.
pub(crate) fn is_known(uri: &str) -> bool {
    which(uri).is_some()
}

/// The meta-schema `uri` names: 0 core, 1 extended, 2 validation.
pub(crate) fn which(uri: &str) -> Option<usize> {
    let bare = uri.strip_suffix('#').unwrap_or(uri);
    [CORE, EXTENDED, VALIDATION]
        .iter()
        .position(|m| m.strip_suffix('#') == Some(bare))
}

/// The text of the meta-schema document that `uri` names.
///
/// ```
/// let core = truss::meta::document(truss::meta::CORE).unwrap();
/// assert!(core.contains("\"SchemaDocument\""));
/// assert_eq!(truss::meta::document("https://example.com/other"), None);
/// ```
pub fn document(uri: &str) -> Option<&'static str> {
    which(uri).and_then(|i| {
        [CORE_DOCUMENT, EXTENDED_DOCUMENT, VALIDATION_DOCUMENT]
            .get(i)
            .copied()
    })
}
