//! JSON data-model equality (DESIGN §2.4): numbers by exact value (`1 == 1.0`),
//! objects regardless of key order, and `true != 1`.

use std::hash::{Hash, Hasher};

use serde_json::{Number, Value};

/// How deep equality and hashing descend. Values compared here come from
/// documents that may nest without limit (an `any` item is never walked),
/// and recursion must not exhaust the stack: containers nested deeper than
/// this compare as unequal, so a duplicate that deep goes unreported
/// rather than crashing the process.
const MAX_DEPTH: usize = 512;

pub(crate) fn json_eq(a: &Value, b: &Value) -> bool {
    eq_within(a, b, MAX_DEPTH)
}

fn eq_within(a: &Value, b: &Value, budget: usize) -> bool {
    match (a, b) {
        (Value::Null, Value::Null) => true,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Number(x), Value::Number(y)) => number_eq(x, y),
        (Value::String(x), Value::String(y)) => x == y,
        (Value::Array(x), Value::Array(y)) => {
            budget > 0
                && x.len() == y.len()
                && crate::stack::guard(|| x.iter().zip(y).all(|(a, b)| eq_within(a, b, budget - 1)))
        }
        (Value::Object(x), Value::Object(y)) => {
            budget > 0
                && x.len() == y.len()
                && crate::stack::guard(|| {
                    x.iter()
                        .all(|(k, v)| y.get(k).is_some_and(|w| eq_within(v, w, budget - 1)))
                })
        }
        _ => false,
    }
}

fn number_eq(x: &Number, y: &Number) -> bool {
    if let (Some(a), Some(b)) = (x.as_i64(), y.as_i64()) {
        return a == b;
    }
    if let (Some(a), Some(b)) = (x.as_u64(), y.as_u64()) {
        return a == b;
    }
    // One side is a float (or they differ in sign class). Integers beyond
    // 2^53 lose precision in f64, so compare through i128 when the float is
    // integral, and as f64 otherwise.
    match (as_i128(x), as_i128(y)) {
        (Some(a), Some(b)) => a == b,
        (Some(_), None) | (None, Some(_)) => false,
        (None, None) => x.as_f64() == y.as_f64(),
    }
}

/// The number as an exact integer, when it is one.
fn as_i128(n: &Number) -> Option<i128> {
    if let Some(i) = n.as_i64() {
        return Some(i.into());
    }
    if let Some(u) = n.as_u64() {
        return Some(u.into());
    }
    let f = n.as_f64()?;
    // f64 integers up to 2^127 convert exactly; beyond that they are not
    // equal to any u64/i64 anyway, so compare them as floats.
    if f.fract() == 0.0 && f.abs() < 1.7e38 {
        #[allow(clippy::cast_possible_truncation)]
        return Some(f as i128);
    }
    None
}

/// A hash consistent with [`json_eq`].
pub(crate) fn json_hash<H: Hasher>(v: &Value, h: &mut H) {
    hash_within(v, h, MAX_DEPTH);
}

fn hash_within<H: Hasher>(v: &Value, h: &mut H, budget: usize) {
    match v {
        Value::Null => 0u8.hash(h),
        Value::Bool(b) => {
            1u8.hash(h);
            b.hash(h);
        }
        Value::Number(n) => {
            2u8.hash(h);
            match as_i128(n) {
                Some(i) => i.hash(h),
                None => n.as_f64().map(f64::to_bits).hash(h),
            }
        }
        Value::String(s) => {
            3u8.hash(h);
            s.hash(h);
        }
        // Beyond the budget containers compare unequal; any hash is consistent.
        Value::Array(_) | Value::Object(_) if budget == 0 => 6u8.hash(h),
        Value::Array(a) => {
            4u8.hash(h);
            a.len().hash(h);
            crate::stack::guard(|| {
                for x in a {
                    hash_within(x, h, budget - 1);
                }
            });
        }
        Value::Object(o) => {
            // Key order must not matter: combine entry hashes commutatively.
            5u8.hash(h);
            o.len().hash(h);
            let acc = crate::stack::guard(|| {
                let mut acc = 0u64;
                for (k, x) in o {
                    let mut eh = std::collections::hash_map::DefaultHasher::new();
                    k.hash(&mut eh);
                    hash_within(x, &mut eh, budget - 1);
                    acc = acc.wrapping_add(eh.finish());
                }
                acc
            });
            acc.hash(h);
        }
    }
}

fn hash_of(v: &Value) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    json_hash(v, &mut h);
    h.finish()
}

/// Indices of items equal to an earlier item, in order. Small inputs are
/// compared pairwise (no allocation); larger ones are hashed so that the
/// cost stays linear in the number of items.
pub(crate) fn duplicate_indices(items: &[Value]) -> Vec<usize> {
    first_duplicate_from(items, usize::MAX)
}

/// Index of the first item equal to an earlier item, if any.
pub(crate) fn first_duplicate(items: &[Value]) -> Option<usize> {
    first_duplicate_from(items, 1).first().copied()
}

const PAIRWISE_LIMIT: usize = 16;

fn first_duplicate_from(items: &[Value], limit: usize) -> Vec<usize> {
    let mut found = Vec::new();
    if items.len() <= PAIRWISE_LIMIT {
        for (i, a) in items.iter().enumerate() {
            if items.iter().take(i).any(|b| json_eq(a, b)) {
                found.push(i);
                if found.len() >= limit {
                    break;
                }
            }
        }
        return found;
    }
    let mut seen: std::collections::HashMap<u64, Vec<usize>> =
        std::collections::HashMap::with_capacity(items.len());
    for (i, a) in items.iter().enumerate() {
        let bucket = seen.entry(hash_of(a)).or_default();
        if bucket
            .iter()
            .any(|&j| items.get(j).is_some_and(|b| json_eq(a, b)))
        {
            found.push(i);
            if found.len() >= limit {
                break;
            }
        } else {
            bucket.push(i);
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn integers_equal_their_float_spelling() {
        assert!(json_eq(&json!(1), &json!(1.0)));
        assert!(!json_eq(&json!(1), &json!(1.5)));
        assert!(json_eq(&json!(-3), &json!(-3.0)));
    }

    #[test]
    fn booleans_never_equal_numbers() {
        assert!(!json_eq(&json!(true), &json!(1)));
        assert!(!json_eq(&json!(false), &json!(0)));
    }

    #[test]
    fn objects_compare_regardless_of_key_order() {
        let a: Value = serde_json::from_str(r#"{"a":1,"b":2}"#).unwrap();
        let b: Value = serde_json::from_str(r#"{"b":2,"a":1}"#).unwrap();
        assert!(json_eq(&a, &b));
        assert_eq!(hash_of(&a), hash_of(&b));
    }

    #[test]
    fn duplicates_found_pairwise_and_hashed() {
        let small = vec![json!(1), json!("x"), json!(1.0)];
        assert_eq!(duplicate_indices(&small), vec![2]);
        let mut large: Vec<Value> = (0..100).map(|i| json!(i)).collect();
        large.push(json!(42.0));
        large.push(json!({"b": 1, "a": [1, 2]}));
        large.push(json!({"a": [1.0, 2], "b": 1}));
        assert_eq!(duplicate_indices(&large), vec![100, 102]);
        assert_eq!(first_duplicate(&large), Some(100));
    }

    #[test]
    fn nesting_beyond_the_depth_bound_compares_unequal_without_recursing() {
        let nest = |levels: usize| {
            // Built by hand: `json!` would copy the value recursively.
            let mut v = Value::Array(Vec::new());
            for _ in 0..levels {
                v = Value::Array(vec![v]);
            }
            v
        };
        let (deep, twin) = (nest(100_000), nest(100_000));
        // Would exhaust the stack if the comparison followed every level.
        assert!(!json_eq(&deep, &twin));
        assert_eq!(hash_of(&deep), hash_of(&twin));
        let shallow = nest(MAX_DEPTH - 1);
        assert!(json_eq(&shallow, &nest(MAX_DEPTH - 1)));
        // Dropping values this deep recurses in serde_json itself.
        std::mem::forget(deep);
        std::mem::forget(twin);
    }

    #[test]
    fn large_integers_are_not_confused_by_float_rounding() {
        let a = json!(9_007_199_254_740_993u64);
        let b = json!(9_007_199_254_740_992u64);
        assert!(!json_eq(&a, &b));
    }
}
