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

/// A stretch of the current stack known to leave at least [`RED_ZONE`]
/// below it, taken once when a walk starts. The walk recurses once per
/// node it visits; inside the stretch its guard is two comparisons with a
/// local's address instead of `stacker`'s thread-local lookup and call
/// (about 3% of `is_valid`'s instructions). Anywhere else, including on a
/// segment `stacker` allocated, which never overlaps the stretch, the
/// full check runs.
#[derive(Clone, Copy)]
pub(crate) struct Stretch {
    low: usize,
    high: usize,
}

impl Stretch {
    /// The stack from the caller's frame down to the red zone.
    #[inline(never)]
    pub(crate) fn here() -> Stretch {
        let high = address_of_local();
        match stacker::remaining_stack() {
            Some(left) if left > RED_ZONE => Stretch {
                low: high.saturating_sub(left - RED_ZONE),
                high,
            },
            // Unknown or already short: always take the full check.
            _ => Stretch { low: 1, high: 0 },
        }
    }

    #[inline]
    pub(crate) fn guard<R>(&self, f: impl FnOnce() -> R) -> R {
        let at = address_of_local();
        if self.low <= at && at <= self.high {
            f()
        } else {
            guard(f)
        }
    }
}

/// An address in the calling frame (the functions are inlined into it).
#[inline(always)]
fn address_of_local() -> usize {
    let marker = 0u8;
    std::ptr::from_ref(std::hint::black_box(&marker)) as usize
}
