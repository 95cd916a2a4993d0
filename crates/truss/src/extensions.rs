//! The JSON Structure companion specifications a schema can switch on, and
//! which keywords belong to each.
//!
//! # Enabling (DESIGN §2.12)
//!
//! An extension is on for a schema document when any of these holds:
//!
//! * the root's `$uses` array names it (`JSONStructureValidation`,
//!   `JSONStructureConditionalComposition`, `JSONStructureImport`,
//!   `JSONStructureAlternateNames`, `JSONStructureUnits`);
//! * the root's `$schema` is the validation meta-schema
//!   (`https://json-structure.org/meta/validation/v0/#`), whose own `$uses`
//!   lists all five, so every extension is on (validation §Enabling the
//!   Extensions, and the same section of each companion draft);
//! * the caller forces it with [`crate::ValidatorOptions::extensions`] or
//!   [`crate::ValidatorOptions::enable_all_extensions`].
//!
//! The extended meta-schema (`…/meta/extended/v0/#`) switches nothing on by
//! itself: it *offers* the extensions (its `$offers`), and a schema that
//! references it opts into each with `$uses`, as every "Enabling" example in
//! the drafts shows. `$uses` is honoured whatever `$schema` says, since the
//! author's intent is unambiguous.
//!
//! The drafts' prose spells some names `JSONSchemaValidation`,
//! `JSONSchemaConditionalComposition`, `JSONSchemaAlternateNames` and
//! `JSONSchemaUnits` while the meta-schema offers `JSONStructure…`; both
//! spellings are accepted. Any other name is reported as a warning.

use std::fmt;

/// One companion specification of JSON Structure core.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Extension {
    /// `JSONStructureValidation`: numeric, string, array, object and map
    /// constraints (`minimum`, `pattern`, `minItems`, …) and `default`.
    Validation,
    /// `JSONStructureConditionalComposition`: `allOf`, `anyOf`, `oneOf`,
    /// `not`, `if`/`then`/`else`.
    ConditionalComposition,
    /// `JSONStructureImport`: `$import` and `$importdefs`.
    Import,
    /// `JSONStructureAlternateNames`: the `altnames`, `altenums` and
    /// `descriptions` annotations.
    AlternateNames,
    /// `JSONStructureUnits`: the `unit`, `currency`, `symbol` and `symbols`
    /// annotations.
    Units,
}

impl Extension {
    /// Every extension, in a stable order.
    pub const ALL: [Extension; 5] = [
        Extension::Validation,
        Extension::ConditionalComposition,
        Extension::Import,
        Extension::AlternateNames,
        Extension::Units,
    ];

    /// The name that enables it in `$uses`.
    pub fn name(self) -> &'static str {
        match self {
            Extension::Validation => "JSONStructureValidation",
            Extension::ConditionalComposition => "JSONStructureConditionalComposition",
            Extension::Import => "JSONStructureImport",
            Extension::AlternateNames => "JSONStructureAlternateNames",
            Extension::Units => "JSONStructureUnits",
        }
    }

    /// The extension a `$uses` entry names, accepting the drafts'
    /// `JSONSchema…` spellings too.
    pub fn from_name(name: &str) -> Option<Extension> {
        let canonical = match name.strip_prefix("JSONSchema") {
            Some(rest) => rest,
            None => name.strip_prefix("JSONStructure")?,
        };
        match canonical {
            "Validation" => Some(Extension::Validation),
            "ConditionalComposition" => Some(Extension::ConditionalComposition),
            "Import" => Some(Extension::Import),
            "AlternateNames" => Some(Extension::AlternateNames),
            "Units" => Some(Extension::Units),
            _ => None,
        }
    }

    fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

impl fmt::Display for Extension {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A set of [`Extension`]s.
#[derive(Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Extensions(u8);

impl Extensions {
    /// No extension.
    pub const fn none() -> Self {
        Extensions(0)
    }

    /// Every extension.
    pub fn all() -> Self {
        Extension::ALL.into_iter().collect()
    }

    /// Whether `e` is in the set.
    pub fn contains(self, e: Extension) -> bool {
        self.0 & e.bit() != 0
    }

    /// Adds `e` to the set.
    pub fn insert(&mut self, e: Extension) {
        self.0 |= e.bit();
    }

    /// The union of both sets.
    #[must_use]
    pub fn union(self, other: Extensions) -> Extensions {
        Extensions(self.0 | other.0)
    }

    /// Whether the set is empty.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The members, in [`Extension::ALL`] order.
    pub fn iter(self) -> impl Iterator<Item = Extension> {
        Extension::ALL
            .into_iter()
            .filter(move |e| self.contains(*e))
    }
}

impl FromIterator<Extension> for Extensions {
    fn from_iter<I: IntoIterator<Item = Extension>>(iter: I) -> Self {
        let mut set = Extensions::none();
        for e in iter {
            set.insert(e);
        }
        set
    }
}

impl fmt::Debug for Extensions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

/// The extension a schema keyword belongs to, for the keywords that belong
/// to one. `$import`/`$importdefs` are left to the import resolver, which
/// sees them where they occur (the root and namespaces, not schemas). `contentEncoding`, `contentMediaType` and `contentCompression`
/// are core annotations of `binary` and belong to the validation extension
/// elsewhere (as JSON Schema's content vocabulary); the compiler decides
/// that case, since it depends on the type.
pub(crate) fn extension_of(keyword: &str) -> Option<Extension> {
    Some(match keyword {
        "minimum" | "maximum" | "exclusiveMinimum" | "exclusiveMaximum" | "multipleOf"
        | "minLength" | "pattern" | "format" | "minItems" | "maxItems" | "uniqueItems"
        | "contains" | "minContains" | "maxContains" | "minProperties" | "maxProperties"
        | "dependentRequired" | "patternProperties" | "propertyNames" | "has" | "minEntries"
        | "maxEntries" | "patternKeys" | "keyNames" | "default" => Extension::Validation,
        "allOf" | "anyOf" | "oneOf" | "not" | "if" | "then" | "else" => {
            Extension::ConditionalComposition
        }
        "altnames" | "altenums" | "descriptions" => Extension::AlternateNames,
        "unit" | "currency" | "symbol" | "symbols" => Extension::Units,
        _ => return None,
    })
}

/// The content keywords, which are validation-extension keywords except on
/// `binary` (core §`contentEncoding`).
pub(crate) fn is_content_keyword(keyword: &str) -> bool {
    matches!(
        keyword,
        "contentEncoding" | "contentMediaType" | "contentCompression"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_accept_the_drafts_spelling() {
        for e in Extension::ALL {
            assert_eq!(Extension::from_name(e.name()), Some(e));
        }
        assert_eq!(
            Extension::from_name("JSONSchemaValidation"),
            Some(Extension::Validation)
        );
        assert_eq!(
            Extension::from_name("JSONSchemaConditionalComposition"),
            Some(Extension::ConditionalComposition)
        );
        assert_eq!(Extension::from_name("JSONStructureNothing"), None);
        assert_eq!(Extension::from_name("Validation"), None);
    }

    #[test]
    fn sets_hold_what_was_inserted() {
        let mut s = Extensions::none();
        assert!(s.is_empty());
        s.insert(Extension::Units);
        assert!(s.contains(Extension::Units));
        assert!(!s.contains(Extension::Import));
        assert_eq!(Extensions::all().iter().count(), 5);
        assert_eq!(format!("{s:?}"), "{Units}");
    }

    #[test]
    fn keywords_map_to_their_extension() {
        assert_eq!(extension_of("multipleOf"), Some(Extension::Validation));
        assert_eq!(
            extension_of("else"),
            Some(Extension::ConditionalComposition)
        );
        assert_eq!(extension_of("altenums"), Some(Extension::AlternateNames));
        assert_eq!(extension_of("currency"), Some(Extension::Units));
        assert_eq!(extension_of("maxLength"), None);
        assert_eq!(extension_of("type"), None);
    }
}
