//! Integer and decimal strings, and exact decimal arithmetic for numeric
//! validation keywords.
//!
//! JSON Structure carries 64- and 128-bit integers and decimals as strings
//! because many JSON parsers round numbers through `f64`. Nothing here goes
//! through floating point: ranges are checked on digit strings and
//! comparisons are made on normalized decimal digits.

use std::cmp::Ordering;
use std::fmt;

/// The largest finite value of an IEEE 754-style binary8 with 4 exponent
/// bits, 3 fraction bits and bias 7, where the all-ones exponent is
/// reserved for infinities and NaNs as in the other IEEE formats: the
/// largest normal exponent is 14 − 7 = 7, so the maximum is
/// (1 + 7/8) × 2^7 = 240. (The OCP "E4M3FN" variant, which gives up
/// infinities to reach 448, is a different format.)
pub(crate) const FLOAT8_MAX: f64 = 240.0;

/// The largest finite binary32 value, widened exactly to `f64`.
pub(crate) const FLOAT32_MAX: f64 = f32::MAX as f64;

/// The smallest magnitude that rounds to infinity in an 8-bit float: the
/// largest finite value plus half a unit in the last place (16 / 2). A
/// number below it rounds to a finite value, as `0.1` rounds to the
/// nearest binary value; at the tie itself round-half-to-even overflows.
pub(crate) const FLOAT8_OVERFLOW: f64 = FLOAT8_MAX + 8.0;

/// The smallest magnitude that rounds to infinity in binary32:
/// `2^128 - 2^103`, the largest finite value plus half an ulp. The usual
/// shortest spelling of the largest value, `3.4028235e38`, lies between
/// the two and denotes that value.
pub(crate) const FLOAT32_OVERFLOW: f64 = FLOAT32_MAX + (1u128 << 103) as f64;

/// Integer types whose values are carried in JSON strings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum BigInt {
    Int64,
    UInt64,
    Int128,
    UInt128,
}

/// Why a string is not a value of a [`BigInt`] type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum IntStringError {
    /// Not an RFC 8259 integer at all.
    Syntax,
    /// A well-formed integer outside the type's range.
    Range,
}

impl BigInt {
    fn is_signed(self) -> bool {
        matches!(self, BigInt::Int64 | BigInt::Int128)
    }

    /// The largest magnitude allowed for the given sign, as decimal digits.
    /// Comparing digit strings of equal length lexicographically is the same
    /// as comparing their values, which keeps the check exact and cheap.
    fn limit(self, negative: bool) -> &'static [u8] {
        match (self, negative) {
            (BigInt::Int64, false) => b"9223372036854775807",
            (BigInt::Int64, true) => b"9223372036854775808",
            (BigInt::UInt64, _) => b"18446744073709551615",
            (BigInt::Int128, false) => b"170141183460469231731687303715884105727",
            (BigInt::Int128, true) => b"170141183460469231731687303715884105728",
            (BigInt::UInt128, _) => b"340282366920938463463374607431768211455",
        }
    }
}

/// Splits `[minus] int` (RFC 8259, no leading zeros) into its sign and its
/// magnitude digits, or `None` if the text is anything else.
fn split_int(b: &[u8]) -> Option<(bool, &[u8])> {
    let (negative, magnitude) = match b {
        [b'-', rest @ ..] => (true, rest),
        _ => (false, b),
    };
    match magnitude {
        [b'0'] => Some((negative, magnitude)),
        [b'1'..=b'9', rest @ ..] if rest.iter().all(u8::is_ascii_digit) => {
            Some((negative, magnitude))
        }
        _ => None,
    }
}

/// Checks that `s` is an RFC 8259 integer (`[minus] int`: no `+`, no
/// leading zeros, no fraction, exponent or whitespace) within the range of
/// `kind`.
///
/// For unsigned types any leading minus on an otherwise well-formed integer
/// is a [`IntStringError::Range`] error, `-0` included: the value is outside
/// the type's domain of non-negative numbers as written, and reporting a
/// range problem tells the author more than a syntax problem would. `-0`
/// is accepted for signed types, where it denotes zero.
pub(crate) fn check_int_string(s: &str, kind: BigInt) -> Result<(), IntStringError> {
    let (negative, digits) = split_int(s.as_bytes()).ok_or(IntStringError::Syntax)?;
    if negative && !kind.is_signed() {
        return Err(IntStringError::Range);
    }
    let limit = kind.limit(negative);
    let fits = match digits.len().cmp(&limit.len()) {
        Ordering::Less => true,
        Ordering::Equal => digits <= limit,
        Ordering::Greater => false,
    };
    if fits {
        Ok(())
    } else {
        Err(IntStringError::Range)
    }
}

/// The digit counts of a decimal string, in the SQL `DECIMAL(p, s)` sense.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct DecimalShape {
    pub(crate) negative: bool,
    /// Integer digits, without leading zeros (0 for `0.x`).
    pub(crate) int_digits: u32,
    /// Fraction digits after dropping trailing zeros.
    pub(crate) frac_digits: u32,
}

impl DecimalShape {
    /// Significant digits needed to store the value.
    pub(crate) fn precision(self) -> u32 {
        self.int_digits.saturating_add(self.frac_digits)
    }

    /// Fraction digits needed to store the value.
    pub(crate) fn scale(self) -> u32 {
        self.frac_digits
    }
}

fn count_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Parses an RFC 8259 number without exponent (`[minus] int [frac]`) and
/// reports its shape.
///
/// Trailing fractional zeros are not counted: `1.50` has scale 1 and
/// precision 2, because it is the same value as `1.5` and fits any column
/// that `1.5` fits. Counts saturate at `u32::MAX`.
pub(crate) fn parse_decimal(s: &str) -> Option<DecimalShape> {
    let b = s.as_bytes();
    let negative = b.first() == Some(&b'-');
    let unsigned = if negative { b.get(1..)? } else { b };
    let int_len = unsigned.iter().take_while(|c| c.is_ascii_digit()).count();
    let (int, rest) = unsigned.split_at_checked(int_len)?;
    split_int(int)?;
    let frac = match rest {
        [] => &[][..],
        [b'.', frac @ ..] if !frac.is_empty() && frac.iter().all(u8::is_ascii_digit) => frac,
        _ => return None,
    };
    let int_digits = if int == b"0" { 0 } else { count_u32(int.len()) };
    let frac_len = frac.iter().rposition(|&c| c != b'0').map_or(0, |i| i + 1);
    Some(DecimalShape {
        negative,
        int_digits,
        frac_digits: count_u32(frac_len),
    })
}

/// The largest exponent magnitude accepted in number text. Exponents are
/// bounded so that positions stay far from integer overflow and a hostile
/// `1e999999999` is refused up front; 100 000 is orders of magnitude beyond
/// anything a binary64 or any practical decimal type can hold.
pub(crate) const MAX_EXPONENT: u32 = 100_000;

/// Significant digits stored without a heap allocation: enough for any
/// 128-bit integer and for every `f64` (at most 17 digits).
const INLINE_DIGITS: usize = 40;

/// Decimal digit values (0–9, not ASCII), most significant first.
#[derive(Clone)]
enum Digits {
    Inline { len: u8, buf: [u8; INLINE_DIGITS] },
    Heap(Box<[u8]>),
}

impl Digits {
    const EMPTY: Digits = Digits::Inline {
        len: 0,
        buf: [0; INLINE_DIGITS],
    };

    /// Takes `count` digits from `iter`, on the heap only when they cannot
    /// fit inline.
    fn collect(count: usize, iter: impl Iterator<Item = u8>) -> Digits {
        if count <= INLINE_DIGITS {
            let mut buf = [0u8; INLINE_DIGITS];
            let mut len = 0u8;
            for (slot, d) in buf.iter_mut().zip(iter.take(count)) {
                *slot = d;
                len += 1;
            }
            Digits::Inline { len, buf }
        } else {
            Digits::Heap(iter.take(count).collect())
        }
    }

    fn as_slice(&self) -> &[u8] {
        match self {
            Digits::Inline { len, buf } => buf.get(..usize::from(*len)).unwrap_or_default(),
            Digits::Heap(digits) => digits,
        }
    }
}

/// An exact decimal number: `±0.d₁d₂…dₙ × 10^point`.
///
/// The representation is canonical (no leading or trailing zero digits,
/// zero has no digits and is never negative), so equal values have equal
/// representations and ordering needs no arithmetic. Values with up to 40
/// significant digits live inline; comparisons never allocate.
#[derive(Clone)]
pub(crate) struct Exact {
    negative: bool,
    point: i64,
    digits: Digits,
}

fn len_i64(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

impl Exact {
    pub(crate) const ZERO: Exact = Exact {
        negative: false,
        point: 0,
        digits: Digits::EMPTY,
    };

    /// Parses the full RFC 8259 number grammar,
    /// `[minus] int [frac] [exp]`, exactly.
    ///
    /// Returns `None` for anything else, and for exponents whose magnitude
    /// exceeds [`MAX_EXPONENT`] (leading zeros in the exponent are fine).
    pub(crate) fn parse_json_number(text: &str) -> Option<Exact> {
        let b = text.as_bytes();
        let negative = b.first() == Some(&b'-');
        let unsigned = if negative { b.get(1..)? } else { b };
        let int_len = unsigned.iter().take_while(|c| c.is_ascii_digit()).count();
        let (int, mut rest) = unsigned.split_at_checked(int_len)?;
        split_int(int)?;

        let mut frac: &[u8] = &[];
        if let [b'.', tail @ ..] = rest {
            let n = tail.iter().take_while(|c| c.is_ascii_digit()).count();
            if n == 0 {
                return None;
            }
            (frac, rest) = tail.split_at_checked(n)?;
        }

        let mut exponent = 0i64;
        if let [b'e' | b'E', tail @ ..] = rest {
            let (exp_negative, exp_digits) = match tail {
                [b'-', d @ ..] => (true, d),
                [b'+', d @ ..] => (false, d),
                d => (false, d),
            };
            if exp_digits.is_empty() {
                return None;
            }
            let mut magnitude = 0u32;
            for &c in exp_digits {
                if !c.is_ascii_digit() {
                    return None;
                }
                magnitude = magnitude
                    .saturating_mul(10)
                    .saturating_add(u32::from(c - b'0'));
            }
            if magnitude > MAX_EXPONENT {
                return None;
            }
            exponent = i64::from(magnitude);
            if exp_negative {
                exponent = -exponent;
            }
            rest = &[];
        }
        if !rest.is_empty() {
            return None;
        }

        let all = || int.iter().chain(frac).map(|c| c - b'0');
        let Some(first) = all().position(|d| d != 0) else {
            return Some(Exact::ZERO);
        };
        // There is a non-zero digit, so a last one exists too.
        let last = int.len() + frac.len() - 1 - all().rev().position(|d| d != 0)?;
        let count = last - first + 1;
        let point = len_i64(int.len())
            .saturating_sub(len_i64(first))
            .saturating_add(exponent);
        Some(Exact {
            negative,
            point,
            digits: Digits::collect(count, all().skip(first)),
        })
    }

    /// The exact value of the shortest decimal text that round-trips to
    /// `value` (what `{:e}` prints), so that `0.1` means one tenth rather
    /// than the binary fraction nearest to it. That is the number the
    /// document's author wrote, which is what keywords such as `multipleOf`
    /// are meant to see. `None` for NaN and infinities.
    pub(crate) fn from_f64(value: f64) -> Option<Exact> {
        use fmt::Write;
        if !value.is_finite() {
            return None;
        }
        let mut text = StackText {
            buf: [0; 32],
            len: 0,
        };
        write!(text, "{value:e}").ok()?;
        Exact::parse_json_number(text.as_str()?)
    }

    pub(crate) fn from_i64(value: i64) -> Exact {
        Exact::from_i128(i128::from(value))
    }

    pub(crate) fn from_u64(value: u64) -> Exact {
        Exact::from_u128(u128::from(value))
    }

    pub(crate) fn from_i128(value: i128) -> Exact {
        let mut exact = Exact::from_u128(value.unsigned_abs());
        exact.negative = value < 0;
        exact
    }

    pub(crate) fn from_u128(value: u128) -> Exact {
        if value == 0 {
            return Exact::ZERO;
        }
        let mut v = value;
        let mut trailing_zeros = 0i64;
        while v % 10 == 0 {
            v /= 10;
            trailing_zeros += 1;
        }
        // u128::MAX has 39 digits, so the buffer cannot run out.
        let mut buf = [0u8; INLINE_DIGITS];
        let mut start = INLINE_DIGITS;
        while v > 0 {
            let Some(next) = start.checked_sub(1) else {
                break;
            };
            start = next;
            if let Some(slot) = buf.get_mut(start) {
                *slot = (v % 10) as u8;
            }
            v /= 10;
        }
        let digits = buf.get(start..).unwrap_or_default();
        Exact {
            negative: false,
            point: len_i64(digits.len()) + trailing_zeros,
            digits: Digits::collect(digits.len(), digits.iter().copied()),
        }
    }

    pub(crate) fn is_zero(&self) -> bool {
        self.digits.as_slice().is_empty()
    }

    pub(crate) fn is_negative(&self) -> bool {
        self.negative
    }

    pub(crate) fn is_integer(&self) -> bool {
        self.point >= len_i64(self.digits.as_slice().len())
    }

    fn signum(&self) -> i8 {
        if self.is_zero() {
            0
        } else if self.negative {
            -1
        } else {
            1
        }
    }

    /// Compares absolute values of two non-zero numbers.
    fn cmp_magnitude(&self, other: &Exact) -> Ordering {
        // With no trailing zeros, a digit string that is a proper prefix of
        // another is the smaller fraction, exactly what slice order says.
        self.point
            .cmp(&other.point)
            .then_with(|| self.digits.as_slice().cmp(other.digits.as_slice()))
    }

    /// Whether `self / divisor` is an integer. Signs are ignored; a zero
    /// divisor divides nothing (schemas must reject `multipleOf: 0`).
    ///
    /// The work is bounded by the digit counts, not by the exponents, so
    /// `1e100000` against `1e-100000` is as cheap as `10` against `1`.
    /// Divisors of up to 37 significant digits use machine integers; longer
    /// ones use a scratch buffer on the heap.
    pub(crate) fn is_multiple_of(&self, divisor: &Exact) -> bool {
        let a = self.digits.as_slice();
        let b = divisor.digits.as_slice();
        if b.is_empty() {
            return false;
        }
        if a.is_empty() {
            return true;
        }
        // self = A·10^ea and divisor = B·10^eb with integers A and B.
        let ea = self.point.saturating_sub(len_i64(a.len()));
        let eb = divisor.point.saturating_sub(len_i64(b.len()));
        let Ok(shift) = u64::try_from(ea.saturating_sub(eb)) else {
            // The quotient is A / (B·10^k) with k > 0, which needs 10 | A,
            // but A's last digit is non-zero by normalization.
            return false;
        };
        // Now the question is whether B | A·10^shift. Write B = 2^x·5^y·C
        // with C coprime to 10: the answer is C | A together with enough
        // factors 2 and 5 in A·10^shift. Once shift ≥ max(x, y) the second
        // condition always holds, and x, y ≤ log2 B < 3.33·len(B), so
        // capping the shift at 4·len(B) keeps the answer unchanged.
        let cap = b.len().saturating_mul(4);
        let zeros = usize::try_from(shift).map_or(cap, |s| s.min(cap));
        let dividend = a.iter().copied().chain(std::iter::repeat_n(0, zeros));
        if b.len() <= 18 {
            // B < 10^18, so r·10 + 9 < 10^19 < 2^64.
            let m = b.iter().fold(0u64, |acc, &d| acc * 10 + u64::from(d));
            dividend.fold(0u64, |r, d| (r * 10 + u64::from(d)) % m) == 0
        } else if b.len() <= 37 {
            // B < 10^37, so r·10 + 9 < 10^38 < 2^128.
            let m = b.iter().fold(0u128, |acc, &d| acc * 10 + u128::from(d));
            dividend.fold(0u128, |r, d| (r * 10 + u128::from(d)) % m) == 0
        } else {
            long_remainder_is_zero(dividend, b)
        }
    }
}

/// Schoolbook remainder on digit arrays, for divisors too long for `u128`.
fn long_remainder_is_zero(dividend: impl Iterator<Item = u8>, divisor: &[u8]) -> bool {
    // The running remainder is below the divisor, so it has at most
    // `divisor.len()` digits; one more slot holds it after the shift by ten.
    let mut r = vec![0u8; divisor.len() + 1];
    for d in dividend {
        r.rotate_left(1);
        if let Some(last) = r.last_mut() {
            *last = d;
        }
        // r < 10·divisor, so at most nine subtractions.
        while !is_below(&r, divisor) {
            subtract_in_place(&mut r, divisor);
        }
    }
    r.iter().all(|&d| d == 0)
}

/// `r < divisor`, where `r` is one digit wider than `divisor`.
fn is_below(r: &[u8], divisor: &[u8]) -> bool {
    match r.split_first() {
        Some((&0, tail)) => tail < divisor,
        Some(_) => false,
        None => true,
    }
}

/// `r -= divisor`, given `r >= divisor` and `r` one digit wider.
fn subtract_in_place(r: &mut [u8], divisor: &[u8]) {
    let mut borrow = 0u8;
    let subtrahend = divisor.iter().rev().chain(std::iter::once(&0));
    for (slot, &d) in r.iter_mut().rev().zip(subtrahend) {
        let take = d + borrow;
        if *slot >= take {
            *slot -= take;
            borrow = 0;
        } else {
            *slot = *slot + 10 - take;
            borrow = 1;
        }
    }
}

impl PartialEq for Exact {
    fn eq(&self, other: &Exact) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Exact {}

impl PartialOrd for Exact {
    fn partial_cmp(&self, other: &Exact) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Exact {
    fn cmp(&self, other: &Exact) -> Ordering {
        match self.signum().cmp(&other.signum()) {
            Ordering::Equal => {}
            unequal => return unequal,
        }
        match self.signum() {
            0 => Ordering::Equal,
            1 => self.cmp_magnitude(other),
            _ => other.cmp_magnitude(self),
        }
    }
}

/// Prints plain decimal notation for moderate magnitudes and scientific
/// notation (`1.5e-20`) otherwise, so that error messages stay short.
impl fmt::Display for Exact {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use fmt::Write;
        let digits = self.digits.as_slice();
        if digits.is_empty() {
            return f.write_char('0');
        }
        if self.negative {
            f.write_char('-')?;
        }
        let n = len_i64(digits.len());
        let p = self.point;
        if p >= n && p <= 21 {
            put(f, digits)?;
            (n..p).try_for_each(|_| f.write_char('0'))
        } else if p > 0 && p < n {
            let (int, frac) = digits
                .split_at_checked(usize::try_from(p).unwrap_or(0))
                .unwrap_or((digits, &[]));
            put(f, int)?;
            f.write_char('.')?;
            put(f, frac)
        } else if p <= 0 && p > -6 {
            f.write_str("0.")?;
            (p..0).try_for_each(|_| f.write_char('0'))?;
            put(f, digits)
        } else {
            let (head, tail) = digits.split_at_checked(1).unwrap_or((digits, &[]));
            put(f, head)?;
            if !tail.is_empty() {
                f.write_char('.')?;
                put(f, tail)?;
            }
            write!(f, "e{}", p.saturating_sub(1))
        }
    }
}

fn put(f: &mut fmt::Formatter<'_>, digits: &[u8]) -> fmt::Result {
    use fmt::Write;
    digits
        .iter()
        .try_for_each(|&d| f.write_char(char::from(b'0' + d)))
}

impl fmt::Debug for Exact {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Exact({self})")
    }
}

/// A fixed-size `fmt::Write` sink, so that formatting an `f64` needs no
/// heap. 32 bytes hold the longest `{:e}` output of any finite `f64`.
struct StackText {
    buf: [u8; 32],
    len: usize,
}

impl StackText {
    fn as_str(&self) -> Option<&str> {
        std::str::from_utf8(self.buf.get(..self.len)?).ok()
    }
}

impl fmt::Write for StackText {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let end = self.len.checked_add(s.len()).ok_or(fmt::Error)?;
        let dst = self.buf.get_mut(self.len..end).ok_or(fmt::Error)?;
        dst.copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ex(s: &str) -> Exact {
        match Exact::parse_json_number(s) {
            Some(e) => e,
            None => panic!("not a number: {s}"),
        }
    }

    // ---- integer strings ----

    #[test]
    fn int_string_accepts_bounds_of_every_type() {
        let cases: [(BigInt, String, String); 4] = [
            (BigInt::Int64, i64::MIN.to_string(), i64::MAX.to_string()),
            (BigInt::UInt64, "0".into(), u64::MAX.to_string()),
            (BigInt::Int128, i128::MIN.to_string(), i128::MAX.to_string()),
            (BigInt::UInt128, "0".into(), u128::MAX.to_string()),
        ];
        for (kind, min, max) in &cases {
            assert_eq!(check_int_string(min, *kind), Ok(()), "{kind:?} {min}");
            assert_eq!(check_int_string(max, *kind), Ok(()), "{kind:?} {max}");
        }
    }

    #[test]
    fn int_string_rejects_one_past_each_bound() {
        let cases = [
            (BigInt::Int64, (i128::from(i64::MIN) - 1).to_string()),
            (BigInt::Int64, (i128::from(i64::MAX) + 1).to_string()),
            (BigInt::UInt64, (u128::from(u64::MAX) + 1).to_string()),
            (BigInt::UInt64, "-1".into()),
            (
                BigInt::Int128,
                "-170141183460469231731687303715884105729".into(),
            ),
            (
                BigInt::Int128,
                "170141183460469231731687303715884105728".into(),
            ),
            (
                BigInt::UInt128,
                "340282366920938463463374607431768211456".into(),
            ),
            (BigInt::UInt128, "-1".into()),
        ];
        for (kind, s) in &cases {
            assert_eq!(
                check_int_string(s, *kind),
                Err(IntStringError::Range),
                "{kind:?} {s}"
            );
        }
    }

    #[test]
    fn int_string_limits_match_native_types() {
        assert_eq!(BigInt::Int64.limit(false), i64::MAX.to_string().as_bytes());
        assert_eq!(
            BigInt::Int64.limit(true),
            &i64::MIN.to_string().as_bytes()[1..]
        );
        assert_eq!(BigInt::UInt64.limit(false), u64::MAX.to_string().as_bytes());
        assert_eq!(
            BigInt::Int128.limit(false),
            i128::MAX.to_string().as_bytes()
        );
        assert_eq!(
            BigInt::Int128.limit(true),
            &i128::MIN.to_string().as_bytes()[1..]
        );
        assert_eq!(
            BigInt::UInt128.limit(false),
            u128::MAX.to_string().as_bytes()
        );
    }

    #[test]
    fn int_string_rejects_far_out_of_range_and_long_inputs() {
        let long = "9".repeat(100_000);
        for kind in [
            BigInt::Int64,
            BigInt::UInt64,
            BigInt::Int128,
            BigInt::UInt128,
        ] {
            assert_eq!(check_int_string(&long, kind), Err(IntStringError::Range));
            assert_eq!(
                check_int_string("99999999999999999999999999999999999999999", kind),
                Err(IntStringError::Range)
            );
            assert_eq!(
                check_int_string("99999999999999999999", kind).is_ok(),
                matches!(kind, BigInt::Int128 | BigInt::UInt128)
            );
        }
    }

    #[test]
    fn int_string_accepts_negative_zero_for_signed_types_only() {
        assert_eq!(check_int_string("-0", BigInt::Int64), Ok(()));
        assert_eq!(check_int_string("-0", BigInt::Int128), Ok(()));
        assert_eq!(
            check_int_string("-0", BigInt::UInt64),
            Err(IntStringError::Range)
        );
        assert_eq!(
            check_int_string("-0", BigInt::UInt128),
            Err(IntStringError::Range)
        );
    }

    #[test]
    fn int_string_minus_on_malformed_unsigned_is_syntax() {
        for s in ["-", "-01", "--1", "-a", "-1.0"] {
            assert_eq!(
                check_int_string(s, BigInt::UInt64),
                Err(IntStringError::Syntax),
                "{s}"
            );
        }
    }

    #[test]
    fn int_string_rejects_non_rfc8259_syntax() {
        for s in [
            "",
            " 1",
            "1 ",
            "+1",
            "01",
            "00",
            "-00",
            "1e3",
            "1E3",
            "1.0",
            "1.",
            ".1",
            "0x10",
            "1_000",
            "١",
            "12\u{0663}",
            "NaN",
            "\n1",
        ] {
            for kind in [
                BigInt::Int64,
                BigInt::UInt64,
                BigInt::Int128,
                BigInt::UInt128,
            ] {
                assert_eq!(
                    check_int_string(s, kind),
                    Err(IntStringError::Syntax),
                    "{s:?}"
                );
            }
        }
    }

    #[test]
    fn int_string_accepts_plain_values() {
        for s in ["0", "7", "10", "123456789", "-42"] {
            assert_eq!(check_int_string(s, BigInt::Int64), Ok(()), "{s}");
        }
    }

    // ---- decimal shapes ----

    fn shape(negative: bool, int_digits: u32, frac_digits: u32) -> Option<DecimalShape> {
        Some(DecimalShape {
            negative,
            int_digits,
            frac_digits,
        })
    }

    #[test]
    fn decimal_ignores_trailing_fraction_zeros() {
        let s = parse_decimal("1.50");
        assert_eq!(s, shape(false, 1, 1));
        assert_eq!(s.map(DecimalShape::scale), Some(1));
        assert_eq!(s.map(DecimalShape::precision), Some(2));
        assert_eq!(parse_decimal("100.000"), shape(false, 3, 0));
        assert_eq!(parse_decimal("-123.4500"), shape(true, 3, 2));
    }

    #[test]
    fn decimal_zero_integer_part_has_no_integer_digits() {
        assert_eq!(parse_decimal("0"), shape(false, 0, 0));
        assert_eq!(parse_decimal("0.0"), shape(false, 0, 0));
        assert_eq!(parse_decimal("-0"), shape(true, 0, 0));
        let s = parse_decimal("0.05");
        assert_eq!(s, shape(false, 0, 2));
        assert_eq!(s.map(DecimalShape::precision), Some(2));
    }

    #[test]
    fn decimal_counts_integer_digits() {
        assert_eq!(parse_decimal("100"), shape(false, 3, 0));
        assert_eq!(parse_decimal("1234567890.0987654321"), shape(false, 10, 10));
        let long = format!("{}.{}", "9".repeat(5000), "1".repeat(3000));
        assert_eq!(parse_decimal(&long), shape(false, 5000, 3000));
    }

    #[test]
    fn decimal_rejects_non_rfc8259_syntax() {
        for s in [
            "",
            "-",
            "+1",
            "01",
            "-01",
            "1.",
            ".1",
            "-.1",
            "1e5",
            "1.5e1",
            "1.2.3",
            " 1",
            "1 ",
            "1,5",
            "0x1",
            "١.٢",
            "1.\u{0663}",
            "--1",
            "-",
        ] {
            assert_eq!(parse_decimal(s), None, "{s:?}");
        }
    }

    // ---- exact numbers: parsing ----

    #[test]
    fn exact_parses_equal_values_identically() {
        let hundred = Exact::from_i64(100);
        for s in [
            "100",
            "100.0",
            "1e2",
            "1E+2",
            "1e+02",
            "0.01e4",
            "10000e-2",
            "100.000e0",
        ] {
            assert_eq!(ex(s), hundred, "{s}");
        }
        assert_eq!(ex("2.5E+3"), Exact::from_u64(2500));
        assert_eq!(ex("1e-7"), ex("0.0000001"));
    }

    #[test]
    fn exact_negative_zero_is_zero() {
        for s in ["0", "-0", "-0.0", "0e5", "-0E-5", "0.000"] {
            let z = ex(s);
            assert!(z.is_zero(), "{s}");
            assert!(!z.is_negative(), "{s}");
            assert_eq!(z, Exact::ZERO);
        }
        assert_eq!(Exact::from_f64(-0.0), Some(Exact::ZERO));
        assert_eq!(Exact::from_i64(0), Exact::ZERO);
    }

    #[test]
    fn exact_rejects_non_rfc8259_syntax() {
        for s in [
            "",
            "-",
            "+1",
            "01",
            "-01",
            "1.",
            ".5",
            "1e",
            "1e+",
            "1e-",
            "1E5E5",
            "0x10",
            "NaN",
            "Infinity",
            "-Infinity",
            " 1",
            "1 ",
            "1.5.5",
            "--1",
            "\u{0661}",
            "1e1.5",
            "1ee5",
            "e5",
            "1_0",
        ] {
            assert!(Exact::parse_json_number(s).is_none(), "{s:?}");
        }
    }

    #[test]
    fn exact_bounds_exponents() {
        assert!(Exact::parse_json_number("1e100000").is_some());
        assert!(Exact::parse_json_number("1e-100000").is_some());
        assert!(Exact::parse_json_number("1e100001").is_none());
        assert!(Exact::parse_json_number("1e-100001").is_none());
        assert!(Exact::parse_json_number("1e999999").is_none());
        assert!(Exact::parse_json_number("1e99999999999999999999999999999").is_none());
        // Leading zeros in an exponent are part of the grammar.
        assert_eq!(ex("5e00000000000000000000000001"), Exact::from_i64(50));
        // Zero with an absurd exponent is still refused: the text is what is bounded.
        assert!(Exact::parse_json_number("0e999999").is_none());
    }

    #[test]
    fn exact_handles_many_digits() {
        let big = format!("1{}", "0".repeat(100_000));
        let a = ex(&big);
        assert_eq!(a, ex("1e100000"));
        let c = ex(&format!("{}1", "9".repeat(50_000)));
        // 50 001 digits: just below 10^50001.
        assert!(c > ex("9.99e50000"));
        assert!(c < ex("1e50001"));
        let tiny = ex(&format!("0.{}1", "0".repeat(99_998)));
        assert_eq!(tiny, ex("1e-99999"));
    }

    #[test]
    fn exact_from_integers_matches_text() {
        for v in [
            0i128,
            1,
            -1,
            10,
            -10,
            1200,
            i128::from(i64::MIN),
            i128::from(i64::MAX),
            i128::MIN,
            i128::MAX,
        ] {
            assert_eq!(Exact::from_i128(v), ex(&v.to_string()), "{v}");
        }
        assert_eq!(Exact::from_u128(u128::MAX), ex(&u128::MAX.to_string()));
        assert_eq!(Exact::from_u64(u64::MAX), ex(&u64::MAX.to_string()));
        assert_eq!(Exact::from_i64(i64::MIN), ex(&i64::MIN.to_string()));
        assert_eq!(Exact::from_u128(10u128.pow(38)), ex("1e38"));
    }

    #[test]
    fn exact_from_f64_uses_shortest_round_trip_text() {
        assert_eq!(Exact::from_f64(0.1), Some(ex("0.1")));
        assert_eq!(Exact::from_f64(0.3), Some(ex("0.3")));
        assert_eq!(Exact::from_f64(-2.5e-3), Some(ex("-0.0025")));
        assert_eq!(Exact::from_f64(1e300), Some(ex("1e300")));
        assert_eq!(
            Exact::from_f64(f64::MAX),
            Some(ex("1.7976931348623157e308"))
        );
        assert_eq!(
            Exact::from_f64(f64::MIN),
            Some(ex("-1.7976931348623157e308"))
        );
        assert_eq!(Exact::from_f64(5e-324), Some(ex("5e-324")));
        assert_eq!(
            Exact::from_f64(-2.2250738585072014e-308),
            Some(ex("-2.2250738585072014e-308"))
        );
        assert_eq!(
            Exact::from_f64(FLOAT32_MAX),
            Some(ex("3.4028234663852886e38"))
        );
        assert_eq!(
            Exact::from_f64(9007199254740993.0),
            Some(Exact::from_u64(9007199254740992))
        );
        assert!(
            Exact::from_f64(0.1).is_some_and(|x| x != ex("0.1000000000000000055511151231257827"))
        );
    }

    #[test]
    fn exact_from_f64_rejects_non_finite() {
        assert!(Exact::from_f64(f64::NAN).is_none());
        assert!(Exact::from_f64(f64::INFINITY).is_none());
        assert!(Exact::from_f64(f64::NEG_INFINITY).is_none());
    }

    // ---- exact numbers: ordering ----

    #[test]
    fn exact_orders_across_signs_and_magnitudes() {
        let ascending = [
            "-1e308",
            "-2",
            "-1.5",
            "-1",
            "-0.5",
            "-1e-7",
            "0",
            "1e-100000",
            "1e-7",
            "0.1",
            "0.12",
            "0.125",
            "0.13",
            "1",
            "1.5",
            "2",
            "10",
            "2.5E+3",
            "18446744073709551616",
            "1e308",
        ];
        for (i, a) in ascending.iter().enumerate() {
            for (j, b) in ascending.iter().enumerate() {
                assert_eq!(ex(a).cmp(&ex(b)), i.cmp(&j), "{a} vs {b}");
            }
        }
    }

    #[test]
    fn exact_compares_inline_with_heap_values() {
        let long = ex(&format!("1.{}1", "0".repeat(60)));
        assert!(long > Exact::from_i64(1));
        assert!(long < ex("1.0000000001"));
        assert_eq!(long, ex(&format!("1{}1e-61", "0".repeat(60))));
        assert!(Exact::from_i64(-1) > ex(&format!("-1.{}1", "0".repeat(60))));
    }

    #[test]
    fn exact_is_integer() {
        assert!(ex("1e3").is_integer());
        assert!(ex("12.0").is_integer());
        assert!(ex("0").is_integer());
        assert!(!ex("0.5").is_integer());
        assert!(!ex("1.25e1").is_integer());
        assert!(ex("1.25e2").is_integer());
    }

    // ---- exact numbers: multipleOf ----

    fn multiple(a: &str, b: &str) -> bool {
        ex(a).is_multiple_of(&ex(b))
    }

    #[test]
    fn multiple_of_handles_decimal_fractions_exactly() {
        let tenth = Exact::from_f64(0.1);
        let three_tenths = Exact::from_f64(0.3);
        assert!(
            three_tenths
                .zip(tenth)
                .is_some_and(|(a, b)| a.is_multiple_of(&b))
        );
        assert!(multiple("0.3", "0.1"));
        assert!(!multiple("0.3", "0.2"));
        assert!(multiple("0.5", "0.25"));
        assert!(!multiple("0.25", "0.5"));
        assert!(multiple("1e-7", "1e-8"));
        assert!(!multiple("1e-8", "1e-7"));
        assert!(multiple("19.99", "0.01"));
        assert!(!multiple("19.999", "0.01"));
        assert!(multiple("4.5", "1.5"));
        assert!(!multiple("4.6", "1.5"));
    }

    #[test]
    fn multiple_of_ignores_signs_and_accepts_zero() {
        assert!(multiple("-6", "3"));
        assert!(multiple("6", "-3"));
        assert!(!multiple("-7", "3"));
        assert!(multiple("0", "7"));
        assert!(multiple("-0", "0.001"));
    }

    #[test]
    fn multiple_of_zero_divisor_is_false() {
        assert!(!multiple("0", "0"));
        assert!(!multiple("5", "0"));
    }

    #[test]
    fn multiple_of_huge_exponents_is_fast_and_exact() {
        assert!(multiple("1e308", "0.1"));
        assert!(multiple("1e308", "1e-308"));
        assert!(!multiple("1e308", "3"));
        assert!(!multiple("1e308", "7"));
        assert!(multiple("1e100000", "1e-100000"));
        assert!(!multiple("3e100000", "7"));
        assert!(multiple("7e100000", "7"));
        assert!(multiple("1e100000", "1024"));
        assert!(!multiple("1e-100000", "1e100000"));
    }

    #[test]
    fn multiple_of_respects_powers_of_two_and_five_under_the_cap() {
        let two_100 = "1267650600228229401496703205376";
        assert!(multiple("1e100", two_100));
        assert!(!multiple("1e99", two_100));
        let two_126 = "85070591730234615865843651857942052864";
        assert!(multiple("1e126", two_126));
        assert!(!multiple("1e125", two_126));
        let five_50 = "88817841970012523233890533447265625";
        assert!(multiple("1e50", five_50));
        assert!(!multiple("1e49", five_50));
        assert!(multiple("3e50", five_50));
    }

    /// Decimal string of `a × b` for test inputs beyond `u128`.
    fn mul_str(a: &str, b: u32) -> String {
        let mut out = Vec::new();
        let mut carry = 0u64;
        for c in a.bytes().rev() {
            let v = u64::from(c - b'0') * u64::from(b) + carry;
            out.push(b'0' + (v % 10) as u8);
            carry = v / 10;
        }
        while carry > 0 {
            out.push(b'0' + (carry % 10) as u8);
            carry /= 10;
        }
        while out.len() > 1 && out.last() == Some(&b'0') {
            out.pop();
        }
        out.reverse();
        String::from_utf8(out).unwrap_or_default()
    }

    #[test]
    fn multiple_of_long_divisors() {
        let divisors = [
            "12345678901234567890123456789012345678",
            "340282366920938463463374607431768211457",
            "98765432109876543210987654321098765432109876543210987654321",
        ];
        for d in divisors {
            for m in [1u32, 2, 7, 1000, 999_983] {
                let product = mul_str(d, m);
                assert!(multiple(&product, d), "{product} / {d}");
                assert!(multiple(&format!("{product}e5"), d));
                let plus_one = format!("{product}.000001");
                assert!(!multiple(&plus_one, d), "{plus_one} / {d}");
                let scaled = format!("{}e-3", product);
                assert!(multiple(&scaled, &format!("{d}e-3")));
            }
            assert!(!multiple("1", d));
            assert!(multiple(d, "2") == d.ends_with(['0', '2', '4', '6', '8']));
        }
    }

    #[test]
    fn multiple_of_agrees_with_integer_arithmetic() {
        // Small decimals a·10^-i and b·10^-j; the quotient is an integer
        // exactly when b·10^i divides a·10^j.
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for _ in 0..20_000 {
            let a = next() % 100_000;
            let b = next() % 1000 + 1;
            let i = (next() % 6) as u32;
            let j = (next() % 6) as u32;
            let expected = (u128::from(a) * 10u128.pow(j)) % (u128::from(b) * 10u128.pow(i)) == 0;
            let text_a = format!("{a}e-{i}");
            let text_b = format!("{b}e-{j}");
            assert_eq!(multiple(&text_a, &text_b), expected, "{text_a} / {text_b}");
        }
    }

    // ---- display ----

    #[test]
    fn exact_displays_readably() {
        for (input, shown) in [
            ("0", "0"),
            ("-0", "0"),
            ("1", "1"),
            ("-12.5", "-12.5"),
            ("1e2", "100"),
            ("0.001", "0.001"),
            ("1.5e-7", "1.5e-7"),
            ("1e20", "100000000000000000000"),
            ("1e21", "1e21"),
            ("-123456e30", "-1.23456e35"),
            ("0.00001", "0.00001"),
            ("0.000001", "0.000001"),
            ("0.0000001", "1e-7"),
            ("1.5e-6", "0.0000015"),
        ] {
            assert_eq!(ex(input).to_string(), shown, "{input}");
            assert_eq!(ex(shown), ex(input));
        }
    }

    #[test]
    fn float_limits_are_what_the_formats_define() {
        assert_eq!(FLOAT8_MAX, (1.0 + 7.0 / 8.0) * 2f64.powi(7));
        assert_eq!(FLOAT32_MAX, 3.4028234663852886e38);
        assert_eq!(FLOAT8_OVERFLOW, 248.0);
        assert_eq!(FLOAT32_OVERFLOW, 2f64.powi(128) - 2f64.powi(103));
        // The overflow threshold is exactly where binary32 rounding overflows.
        assert!((3.4028235e38_f64 as f32).is_finite());
        assert!(!(FLOAT32_OVERFLOW as f32).is_finite());
        assert!((FLOAT32_OVERFLOW - 2f64.powi(75)) as f32 == f32::MAX);
    }
}
