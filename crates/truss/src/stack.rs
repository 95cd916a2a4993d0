//! Stack safety for the recursive parts (walking documents, compiling
//! schemas, comparing values): when little stack is left, continue on a
//! freshly allocated segment instead of overflowing. The check is a
//! comparison against a thread-local limit, so the common case costs
//! almost nothing.

/// Below this much remaining stack, recursion moves to a new segment.
const RED_ZONE: usize = 128 * 1024;
/// Size of each new segment.
const SEGMENT: usize = 2 * 1024 * 1024;

#[inline]
pub(crate) fn guard<R>(f: impl FnOnce() -> R) -> R {
    stacker::maybe_grow(RED_ZONE, SEGMENT, f)
}
