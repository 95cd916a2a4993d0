//! Annotations a schema object carries for applications: alternate names
//! (`altnames`, `altenums`, `descriptions`), units (`unit`, `currency`,
//! `symbol`, `symbols`) and `default`. They never change a verdict
//! (alternate-names §Security and Interoperability Considerations, units
//! §Security and Interoperability Considerations, validation §`default`).

use serde_json::Value;

type Pairs = Box<[(Box<str>, Box<str>)]>;

/// The annotations of one schema object, read with
/// [`crate::Validator::annotations`].
///
/// ```
/// let schema = serde_json::json!({
///     "$schema": "https://json-structure.org/meta/validation/v0/#",
///     "$id": "https://example.com/speed", "name": "Speed",
///     "type": "double", "unit": "m/s", "altnames": {"lang:de": "Geschwindigkeit"}
/// });
/// let validator = truss::Validator::new(&schema)?;
/// let a = validator.annotations("").expect("the root is annotated");
/// assert_eq!(a.unit(), Some("m/s"));
/// assert_eq!(a.altname("lang:de"), Some("Geschwindigkeit"));
/// # Ok::<(), truss::SchemaError>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Annotations {
    pub(crate) altnames: Pairs,
    /// Purpose → (enum value as written in the `altenums` key, symbol).
    pub(crate) altenums: Box<[(Box<str>, Pairs)]>,
    pub(crate) descriptions: Pairs,
    pub(crate) unit: Option<Box<str>>,
    pub(crate) currency: Option<Box<str>>,
    pub(crate) symbol: Option<Box<str>>,
    pub(crate) symbols: Pairs,
    pub(crate) default: Option<Box<Value>>,
}

fn find<'a>(pairs: &'a [(Box<str>, Box<str>)], key: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(k, _)| k.as_ref() == key)
        .map(|(_, v)| v.as_ref())
}

impl Annotations {
    pub(crate) fn is_empty(&self) -> bool {
        *self == Annotations::default()
    }

    /// The alternate name for a purpose (`"json"`, `"lang:fr"`, …).
    pub fn altname(&self, purpose: &str) -> Option<&str> {
        find(&self.altnames, purpose)
    }

    /// Every alternate name as (purpose, name), in the schema's key order.
    pub fn altnames(&self) -> impl Iterator<Item = (&str, &str)> {
        self.altnames.iter().map(|(k, v)| (k.as_ref(), v.as_ref()))
    }

    /// The alternate symbol of an enum value for a purpose. Non-string
    /// enum values are named by their JSON text (`"1"`, `"true"`).
    pub fn altenum(&self, purpose: &str, value: &str) -> Option<&str> {
        self.altenums
            .iter()
            .find(|(p, _)| p.as_ref() == purpose)
            .and_then(|(_, symbols)| find(symbols, value))
    }

    /// The description for a purpose (`"lang:en"`, …), from `descriptions`.
    pub fn description(&self, purpose: &str) -> Option<&str> {
        find(&self.descriptions, purpose)
    }

    /// The measurement unit (`"m/s^2"`).
    pub fn unit(&self) -> Option<&str> {
        self.unit.as_deref()
    }

    /// The ISO 4217 currency code (`"EUR"`).
    pub fn currency(&self) -> Option<&str> {
        self.currency.as_deref()
    }

    /// The display symbol (`"€"`).
    pub fn symbol(&self) -> Option<&str> {
        self.symbol.as_deref()
    }

    /// The display symbol for a purpose, from `symbols`.
    pub fn symbol_for(&self, purpose: &str) -> Option<&str> {
        find(&self.symbols, purpose)
    }

    /// The `default` value.
    pub fn default_value(&self) -> Option<&Value> {
        self.default.as_deref()
    }
}
