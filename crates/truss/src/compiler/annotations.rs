//! Alternate names (alternate-names §Keywords), units (units §Symbol
//! Annotations, §Scientific Unit Annotations, §Currency Annotations) and
//! `default` (validation §Default Values), kept as [`Annotations`].
//!
//! They never change a verdict, so a malformed one is accepted leniently:
//! it is dropped with a warning (an error under `strict` and in
//! `check_schema`).

use serde_json::{Map, Value};

use super::{Compiler, describe};
use crate::annotations::Annotations;
use crate::codes;
use crate::extensions::Extension;
use crate::pointer;

type Pairs = Box<[(Box<str>, Box<str>)]>;

impl<'s> Compiler<'s> {
    pub(super) fn annotations(
        &mut self,
        obj: &Map<String, Value>,
        path: &str,
    ) -> Option<Box<Annotations>> {
        let mut a = Annotations::default();
        if self.enabled(Extension::AlternateNames) {
            a.altnames = self.string_map(
                obj,
                path,
                "altnames",
                codes::SCHEMA_ALTNAMES_NOT_OBJECT,
                codes::SCHEMA_ALTNAMES_VALUE_NOT_STRING,
            );
            a.descriptions = self.string_map(
                obj,
                path,
                "descriptions",
                codes::SCHEMA_KEYWORD_INVALID_TYPE,
                codes::SCHEMA_KEYWORD_INVALID_TYPE,
            );
            a.altenums = self.altenums(obj, path);
        }
        if self.enabled(Extension::Units) {
            a.unit = self.checked_string(obj, path, "unit", codes::SCHEMA_UNIT_INVALID, is_unit,
                "a unit expression such as \"m\", \"m/s^2\" or \"kW*h\" (symbols joined by `*` and `/`, exponents after `^`)");
            a.currency = self.checked_string(
                obj,
                path,
                "currency",
                codes::SCHEMA_CURRENCY_INVALID,
                is_currency,
                "an ISO 4217 currency code (three upper-case letters, e.g. \"EUR\")",
            );
            a.symbol = self.checked_string(
                obj,
                path,
                "symbol",
                codes::SCHEMA_KEYWORD_INVALID_TYPE,
                |s| !s.is_empty(),
                "a non-empty string",
            );
            a.symbols = self.string_map(
                obj,
                path,
                "symbols",
                codes::SCHEMA_KEYWORD_INVALID_TYPE,
                codes::SCHEMA_KEYWORD_INVALID_TYPE,
            );
        }
        if self.enabled(Extension::Validation) {
            a.default = self
                .kept_value(obj, "default", path)
                .map(|v| Box::new(v.clone()));
        }
        (!a.is_empty()).then(|| Box::new(a))
    }

    /// An object whose values are all strings; entries that are not are
    /// dropped with a warning.
    fn string_map(
        &mut self,
        obj: &Map<String, Value>,
        path: &str,
        keyword: &str,
        not_object: &'static str,
        not_string: &'static str,
    ) -> Pairs {
        let Some(v) = obj.get(keyword) else {
            return Box::new([]);
        };
        let at = pointer::join(path, keyword);
        let Value::Object(entries) = v else {
            self.lenient(
                not_object,
                &at,
                format!(
                    "`{keyword}` must map purposes (\"json\", \"lang:en\", …) to strings, found {}; ignored",
                    describe(v)
                ),
            );
            return Box::new([]);
        };
        let mut out = Vec::with_capacity(entries.len());
        for (purpose, value) in entries {
            match value {
                Value::String(s) => out.push((purpose.as_str().into(), s.as_str().into())),
                other => self.lenient(
                    not_string,
                    &pointer::join(&at, purpose),
                    format!(
                        "`{keyword}` values must be strings, found {}; ignored",
                        describe(other)
                    ),
                ),
            }
        }
        out.into_boxed_slice()
    }

    /// `altenums`: purpose → (enum value → symbol). Every key must be a
    /// value of the sibling `enum` (alternate-names §The `altenums` Keyword).
    fn altenums(&mut self, obj: &Map<String, Value>, path: &str) -> Box<[(Box<str>, Pairs)]> {
        let Some(v) = obj.get("altenums") else {
            return Box::new([]);
        };
        let at = pointer::join(path, "altenums");
        let Some(values) = obj.get("enum").and_then(Value::as_array) else {
            self.lenient(
                codes::SCHEMA_ALTENUMS_INVALID,
                &at,
                "`altenums` gives symbols for `enum` values, but this schema declares no `enum`; ignored".into(),
            );
            return Box::new([]);
        };
        let Value::Object(purposes) = v else {
            self.lenient(
                codes::SCHEMA_ALTENUMS_INVALID,
                &at,
                format!(
                    "`altenums` must map purposes to objects of enum value → symbol, found {}; ignored",
                    describe(v)
                ),
            );
            return Box::new([]);
        };
        // Keys are strings; a non-string enum value is named by its JSON text.
        let is_enum_value = |key: &str| {
            let parsed = serde_json::from_str::<Value>(key).ok();
            values.iter().any(|e| match (e, &parsed) {
                (Value::String(s), _) => s == key,
                (other, Some(p)) => crate::equality::json_eq(other, p),
                (_, None) => false,
            })
        };
        let mut out = Vec::with_capacity(purposes.len());
        for (purpose, symbols) in purposes {
            let here = pointer::join(&at, purpose);
            let Value::Object(symbols) = symbols else {
                self.lenient(
                    codes::SCHEMA_ALTENUMS_INVALID,
                    &here,
                    format!(
                        "`altenums` entries must map enum values to symbols, found {}; ignored",
                        describe(symbols)
                    ),
                );
                continue;
            };
            let mut kept = Vec::with_capacity(symbols.len());
            for (value, symbol) in symbols {
                let there = pointer::join(&here, value);
                match symbol {
                    Value::String(s) if is_enum_value(value) => {
                        kept.push((value.as_str().into(), s.as_str().into()));
                    }
                    Value::String(_) => self.lenient(
                        codes::SCHEMA_ALTENUMS_INVALID,
                        &there,
                        format!("\"{value}\" is not one of the `enum` values; ignored"),
                    ),
                    other => self.lenient(
                        codes::SCHEMA_ALTENUMS_INVALID,
                        &there,
                        format!(
                            "an alternate symbol must be a string, found {}; ignored",
                            describe(other)
                        ),
                    ),
                }
            }
            out.push((purpose.as_str().into(), kept.into_boxed_slice()));
        }
        out.into_boxed_slice()
    }

    fn checked_string(
        &mut self,
        obj: &Map<String, Value>,
        path: &str,
        keyword: &str,
        code: &'static str,
        ok: fn(&str) -> bool,
        what: &str,
    ) -> Option<Box<str>> {
        let v = obj.get(keyword)?;
        match v {
            Value::String(s) if ok(s) => Some(s.as_str().into()),
            other => {
                self.lenient(
                    code,
                    &pointer::join(path, keyword),
                    format!(
                        "`{keyword}` must be {what}, found {}; ignored",
                        describe(other)
                    ),
                );
                None
            }
        }
    }
}

/// ISO 4217 alphabetic codes are three upper-case Latin letters.
fn is_currency(s: &str) -> bool {
    s.len() == 3 && s.bytes().all(|b| b.is_ascii_uppercase())
}

/// A unit expression in the notation of units §The `unit` Keyword:
///
/// ```text
/// expr     = factor *( ("*" / "/") factor )
/// factor   = atom [ "^" exponent ]
/// atom     = symbol / "(" expr ")" / "1"
/// symbol   = 1*( letter / "°" / "%" / "‰" / "′" / "″" / "'" / "\"" )
/// exponent = [ "-" ] 1*DIGIT
/// ```
///
/// Letters are any Unicode letters, so Greek symbols (`Ω`, `μ`) and prefixes
/// (`kΩ`, `μm`) are accepted; digits only appear as exponents or as the `1`
/// of a reciprocal (`1/s`). Whether a symbol names a real unit is left to
/// applications: the draft only recommends (SHOULD) the SI, ISO/IEC 80000
/// and NIST HB 44 symbols.
fn is_unit(s: &str) -> bool {
    let mut p = UnitParser {
        chars: s.chars().peekable(),
        depth: 0,
    };
    p.expr() && p.chars.peek().is_none()
}

struct UnitParser<'a> {
    chars: std::iter::Peekable<std::str::Chars<'a>>,
    depth: usize,
}

impl UnitParser<'_> {
    fn expr(&mut self) -> bool {
        if !self.factor() {
            return false;
        }
        while let Some('*' | '/') = self.chars.peek() {
            self.chars.next();
            if !self.factor() {
                return false;
            }
        }
        true
    }

    fn factor(&mut self) -> bool {
        if !self.atom() {
            return false;
        }
        if self.chars.peek() == Some(&'^') {
            self.chars.next();
            if self.chars.peek() == Some(&'-') {
                self.chars.next();
            }
            let mut digits = 0;
            while self.chars.peek().is_some_and(char::is_ascii_digit) {
                self.chars.next();
                digits += 1;
            }
            return digits > 0;
        }
        true
    }

    fn atom(&mut self) -> bool {
        match self.chars.peek() {
            Some('(') => {
                // Units nest shallowly; a bound keeps hostile input cheap.
                if self.depth >= 16 {
                    return false;
                }
                self.chars.next();
                self.depth += 1;
                let ok = self.expr() && self.chars.next() == Some(')');
                self.depth -= 1;
                ok
            }
            Some('1') => {
                self.chars.next();
                true
            }
            _ => {
                let mut n = 0;
                while self.chars.peek().is_some_and(|c| is_symbol_char(*c)) {
                    self.chars.next();
                    n += 1;
                }
                n > 0
            }
        }
    }
}

fn is_symbol_char(c: char) -> bool {
    c.is_alphabetic() || matches!(c, '°' | '%' | '‰' | '′' | '″' | '\'' | '"')
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    use super::{is_currency, is_unit};
    use crate::codes;
    use crate::options::ValidatorOptions;

    use super::super::Compiler;

    #[test]
    fn unit_expressions_follow_the_drafts_notation() {
        for good in [
            "m",
            "m/s",
            "m/s^2",
            "kg",
            "K",
            "L",
            "psi",
            "Ω",
            "kΩ",
            "mΩ",
            "μm",
            "m^3",
            "bit/s",
            "kW*h",
            "1/s",
            "kg*m/s^2",
            "kg/(m*s^2)",
            "°C",
            "%",
            "m^-1",
            "B",
        ] {
            assert!(is_unit(good), "{good}");
        }
        for bad in [
            "",
            " m",
            "m s",
            "m/",
            "*m",
            "m^",
            "m^x",
            "m2",
            "(m",
            "m)",
            "kg/(m*s^2",
            "1.5m",
            "m//s",
        ] {
            assert!(!is_unit(bad), "{bad:?}");
        }
        assert!(!is_unit(&"(".repeat(100)));
    }

    #[test]
    fn currencies_are_three_upper_case_letters() {
        assert!(is_currency("EUR"));
        assert!(is_currency("USD"));
        for bad in ["eur", "EURO", "E1R", "", "€"] {
            assert!(!is_currency(bad), "{bad:?}");
        }
    }

    fn found(body: Value) -> Vec<(String, &'static str)> {
        let mut s = json!({"$schema": "https://json-structure.org/meta/validation/v0/#",
            "$id": "https://example.com/t", "name": "T"});
        if let (Some(s), Some(b)) = (s.as_object_mut(), body.as_object()) {
            s.extend(b.clone());
        }
        Compiler::compile(&s, &ValidatorOptions::default())
            .diagnostics
            .into_iter()
            .map(|d| {
                assert!(d.lenient, "{d}");
                (d.pointer, d.code)
            })
            .collect()
    }

    #[test]
    fn malformed_annotations_are_dropped_leniently() {
        assert_eq!(
            found(json!({"type": "number", "unit": "m s", "currency": "euro", "symbol": 5})),
            [
                ("/unit".to_owned(), codes::SCHEMA_UNIT_INVALID),
                ("/currency".to_owned(), codes::SCHEMA_CURRENCY_INVALID),
                ("/symbol".to_owned(), codes::SCHEMA_KEYWORD_INVALID_TYPE),
            ]
        );
        assert_eq!(
            found(json!({"type": "string", "altnames": ["x"], "descriptions": {"lang:en": 1}})),
            [
                ("/altnames".to_owned(), codes::SCHEMA_ALTNAMES_NOT_OBJECT),
                (
                    "/descriptions/lang:en".to_owned(),
                    codes::SCHEMA_KEYWORD_INVALID_TYPE
                ),
            ]
        );
        assert_eq!(
            found(json!({"type": "string", "altnames": {"json": "x", "lang:de": true}})),
            [(
                "/altnames/lang:de".to_owned(),
                codes::SCHEMA_ALTNAMES_VALUE_NOT_STRING
            )]
        );
        assert_eq!(
            found(json!({"type": "string", "altenums": {"json": {"RED": "#f00"}}})),
            [("/altenums".to_owned(), codes::SCHEMA_ALTENUMS_INVALID)]
        );
        assert_eq!(
            found(json!({"type": "string", "enum": ["RED", "GREEN"],
                "altenums": {"json": {"RED": "#f00", "BLUE": "#00f"}, "lang:de": "Rot"}})),
            [
                (
                    "/altenums/json/BLUE".to_owned(),
                    codes::SCHEMA_ALTENUMS_INVALID
                ),
                (
                    "/altenums/lang:de".to_owned(),
                    codes::SCHEMA_ALTENUMS_INVALID
                ),
            ]
        );
    }
}
