//! Sets of code points, the one representation behind `.`, `\d`, `\w`, `\s`,
//! their complements and every bracketed class.
//!
//! Classes are resolved here rather than handed to the engine as written
//! because ECMA-262 and Rust class syntax disagree in many small ways
//! (nested `[`, `&&`, `--`, `~~`, `\d-z` ranges, `\b` as backspace, and
//! what `\w` or `\s` contain). Once a class is a plain list of ranges, the
//! translator can print it with every member escaped and nothing is left to
//! interpretation.

/// The largest Unicode code point.
pub(super) const MAX_CODE_POINT: u32 = 0x10_FFFF;

const SURROGATES: (u32, u32) = (0xD800, 0xDFFF);

/// Inclusive code point ranges. After [`CharSet::finish`] they are sorted,
/// disjoint, non-adjacent and free of surrogates; before that they may be in
/// any order and may contain surrogate code points, because an ECMA-262
/// class can name surrogates (`[\uD800-\uDFFF]`) even though no Rust string
/// can contain one.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(super) struct CharSet {
    ranges: Vec<(u32, u32)>,
}

impl CharSet {
    pub(super) fn new() -> Self {
        Self { ranges: Vec::new() }
    }

    fn from_ranges(ranges: &[(u32, u32)]) -> Self {
        let mut set = Self {
            ranges: ranges.to_vec(),
        };
        set.normalize();
        set
    }

    /// `\d`: ECMA-262 digits are ASCII only, whatever the haystack holds.
    pub(super) fn digit() -> Self {
        Self::from_ranges(&[(0x30, 0x39)])
    }

    /// `\w`: ASCII word characters only (no `u`/`i` flags, so no Unicode
    /// case folding widens it).
    pub(super) fn word() -> Self {
        Self::from_ranges(&[(0x30, 0x39), (0x41, 0x5A), (0x5F, 0x5F), (0x61, 0x7A)])
    }

    /// `\s`: ECMA-262 WhiteSpace plus LineTerminator. WhiteSpace is TAB, VT,
    /// FF, ZWNBSP and every `Zs` code point; LineTerminator is LF, CR, LS and
    /// PS. This differs from both Rust's Unicode `\s` (which adds U+0085 and
    /// lacks U+FEFF) and its ASCII `\s`.
    pub(super) fn space() -> Self {
        Self::from_ranges(&[
            (0x09, 0x0D), // TAB, LF, VT, FF, CR
            (0x20, 0x20),
            (0xA0, 0xA0),
            (0x1680, 0x1680),
            (0x2000, 0x200A),
            (0x2028, 0x2029),
            (0x202F, 0x202F),
            (0x205F, 0x205F),
            (0x3000, 0x3000),
            (0xFEFF, 0xFEFF),
        ])
    }

    /// `.` without the `s` flag: anything but the four line terminators.
    pub(super) fn dot() -> Self {
        Self::from_ranges(&[(0x0A, 0x0A), (0x0D, 0x0D), (0x2028, 0x2029)]).complement()
    }

    pub(super) fn push(&mut self, lo: u32, hi: u32) {
        let hi = hi.min(MAX_CODE_POINT);
        if lo <= hi {
            self.ranges.push((lo, hi));
        }
    }

    pub(super) fn push_char(&mut self, c: u32) {
        self.push(c, c);
    }

    pub(super) fn extend(&mut self, other: &CharSet) {
        self.ranges.extend_from_slice(&other.ranges);
    }

    fn normalize(&mut self) {
        self.ranges.sort_unstable();
        let mut merged: Vec<(u32, u32)> = Vec::with_capacity(self.ranges.len());
        for &(lo, hi) in &self.ranges {
            match merged.last_mut() {
                Some(last) if lo <= last.1.saturating_add(1) => last.1 = last.1.max(hi),
                _ => merged.push((lo, hi)),
            }
        }
        self.ranges = merged;
    }

    /// Everything in `0..=MAX_CODE_POINT` that is not in `self`.
    pub(super) fn complement(&self) -> CharSet {
        let mut sorted = self.clone();
        sorted.normalize();
        let mut out = Vec::with_capacity(sorted.ranges.len() + 1);
        let mut next = 0u32;
        for &(lo, hi) in &sorted.ranges {
            if lo > next {
                out.push((next, lo - 1));
            }
            next = hi.saturating_add(1);
        }
        if next <= MAX_CODE_POINT {
            out.push((next, MAX_CODE_POINT));
        }
        CharSet { ranges: out }
    }

    /// Normalizes and drops surrogates, which no `&str` haystack can contain.
    pub(super) fn finish(mut self) -> CharSet {
        self.normalize();
        let (s_lo, s_hi) = SURROGATES;
        let mut out = Vec::with_capacity(self.ranges.len() + 1);
        for (lo, hi) in self.ranges {
            if hi < s_lo || lo > s_hi {
                out.push((lo, hi));
                continue;
            }
            if lo < s_lo {
                out.push((lo, s_lo - 1));
            }
            if hi > s_hi {
                out.push((s_hi + 1, hi));
            }
        }
        CharSet { ranges: out }
    }

    pub(super) fn ranges(&self) -> &[(u32, u32)] {
        &self.ranges
    }

    pub(super) fn is_empty(&self) -> bool {
        self.ranges.is_empty()
    }

    /// Whether a finished set holds every Unicode scalar value.
    pub(super) fn is_everything(&self) -> bool {
        self.ranges == [(0, SURROGATES.0 - 1), (SURROGATES.1 + 1, MAX_CODE_POINT)]
    }

    /// The complement of a finished set, itself finished.
    pub(super) fn finished_complement(&self) -> CharSet {
        self.complement().finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pattern_charset_merges_and_complements() {
        let mut set = CharSet::new();
        set.push(5, 9);
        set.push(1, 3);
        set.push(4, 4);
        let set = set.finish();
        assert_eq!(set.ranges(), &[(1, 9)]);
        let c = set.complement();
        assert_eq!(c.ranges(), &[(0, 0), (10, MAX_CODE_POINT)]);
    }

    #[test]
    fn pattern_charset_drops_surrogates() {
        let mut set = CharSet::new();
        set.push(0xD000, 0xE000);
        assert_eq!(set.finish().ranges(), &[(0xD000, 0xD7FF), (0xE000, 0xE000)]);
        let everything = CharSet::new().complement().finish();
        assert!(everything.is_everything());
        assert!(everything.finished_complement().is_empty());
    }
}
