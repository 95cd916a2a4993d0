//! Duplicate-key detection for objects read straight from JSON text.
//!
//! `serde_json::Value` keeps the last of two equal keys, so the value path
//! validates only that one. The byte-slice path sees every occurrence; to
//! give the same verdict it must notice duplicates among the keys whose
//! values it validates and then re-run the document through a `Value`.
//! Keys are remembered as 64-bit hashes: a collision only costs that re-run,
//! never a wrong verdict. The first few hashes live on the stack, so typical
//! objects allocate nothing.

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};

const INLINE: usize = 16;

pub(super) struct KeySet {
    inline: [u64; INLINE],
    len: usize,
    spill: HashSet<u64, BuildHasherDefault<Prehashed>>,
}

impl KeySet {
    pub(super) fn new() -> Self {
        Self {
            inline: [0; INLINE],
            len: 0,
            spill: HashSet::default(),
        }
    }

    /// Records `key`; false when it (or a key with the same hash) was seen.
    pub(super) fn insert(&mut self, key: &str) -> bool {
        let h = hash(key.as_bytes());
        let filled = self.inline.get(..self.len).unwrap_or_default();
        if filled.contains(&h) {
            return false;
        }
        if let Some(slot) = self.inline.get_mut(self.len) {
            *slot = h;
            self.len += 1;
            return true;
        }
        self.spill.insert(h)
    }
}

/// A multiply-rotate hash over 8-byte words (in the spirit of FxHash) with
/// a final avalanche, so the spill table can use it as is.
fn hash(bytes: &[u8]) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mut h = bytes.len() as u64;
    let mut words = bytes.chunks_exact(8);
    for w in &mut words {
        let word = u64::from_le_bytes(<[u8; 8]>::try_from(w).unwrap_or_default());
        h = (h.rotate_left(5) ^ word).wrapping_mul(K);
    }
    let mut tail = [0u8; 8];
    for (t, b) in tail.iter_mut().zip(words.remainder()) {
        *t = *b;
    }
    h = (h.rotate_left(5) ^ u64::from_le_bytes(tail)).wrapping_mul(K);
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^ (h >> 33)
}

/// The spill table's hasher: its keys are already hashes.
#[derive(Default)]
struct Prehashed(u64);

impl Hasher for Prehashed {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_set_reports_repeats_inline_and_spilled() {
        let mut set = KeySet::new();
        let keys: Vec<String> = (0..100).map(|i| format!("key-{i}")).collect();
        for k in &keys {
            assert!(set.insert(k), "{k} is new");
        }
        assert!(!set.insert("key-3"), "inline repeat");
        assert!(!set.insert("key-77"), "spilled repeat");
        assert!(set.insert("key-100"));
    }

    #[test]
    fn hash_separates_lengths_and_tails() {
        assert_ne!(hash(b"a"), hash(b"a\0"));
        assert_ne!(hash(b"abcdefgh1"), hash(b"abcdefgh2"));
        assert_ne!(hash(b""), hash(b"\0"));
    }
}
