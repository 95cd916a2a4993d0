//! The JSON Structure meta-schema identifiers truss knows.

/// `$schema` of a core schema document.
pub const CORE: &str = "https://json-structure.org/meta/core/v0/#";
/// `$schema` of a schema document using the extended dialect.
pub const EXTENDED: &str = "https://json-structure.org/meta/extended/v0/#";
/// `$schema` of a schema document with every validation extension switched on.
pub const VALIDATION: &str = "https://json-structure.org/meta/validation/v0/#";

/// Whether `uri` names one of the JSON Structure meta-schemas. The trailing
/// `#` is optional, as it is in the published documents' own references.
pub(crate) fn is_known(uri: &str) -> bool {
    let bare = uri.strip_suffix('#').unwrap_or(uri);
    [CORE, EXTENDED, VALIDATION]
        .iter()
        .any(|m| m.strip_suffix('#') == Some(bare))
}
