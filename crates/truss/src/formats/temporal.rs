//! RFC 3339 dates and times, and ISO 8601 durations.
//!
//! Every checker works on the raw bytes of its input: all accepted forms
//! are pure ASCII, so any non-ASCII byte simply fails to match a pattern.

/// Minutes since midnight of the only UTC minute that may hold a leap second.
const LEAP_SECOND_MINUTE: i32 = 23 * 60 + 59;
const MINUTES_PER_DAY: i32 = 24 * 60;

fn digit(c: u8) -> Option<u8> {
    c.is_ascii_digit().then(|| c - b'0')
}

fn two_digits(hi: u8, lo: u8) -> Option<u8> {
    Some(digit(hi)? * 10 + digit(lo)?)
}

fn is_leap_year(year: u32) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

fn days_in_month(year: u32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

fn full_date(b: &[u8]) -> Option<()> {
    let &[y0, y1, y2, y3, b'-', m0, m1, b'-', d0, d1] = b else {
        return None;
    };
    let year = u32::from(two_digits(y0, y1)?) * 100 + u32::from(two_digits(y2, y3)?);
    let month = two_digits(m0, m1)?;
    let day = two_digits(d0, d1)?;
    // `days_in_month` is 0 for an impossible month, which also rejects it.
    (day >= 1 && day <= days_in_month(year, month)).then_some(())
}

/// Parses `partial-time [time-offset]` and applies the leap-second rule.
fn full_time(b: &[u8], offset_required: bool) -> Option<()> {
    let (hms, mut rest) = b.split_first_chunk::<8>()?;
    let &[h0, h1, b':', m0, m1, b':', s0, s1] = hms else {
        return None;
    };
    let hour = two_digits(h0, h1)?;
    let minute = two_digits(m0, m1)?;
    let second = two_digits(s0, s1)?;
    if hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    if let [b'.', fraction @ ..] = rest {
        let n = fraction.iter().take_while(|c| c.is_ascii_digit()).count();
        if n == 0 {
            return None;
        }
        rest = fraction.get(n..)?;
    }
    // Offset in minutes east of UTC.
    let offset: Option<i32> = match *rest {
        [] if offset_required => return None,
        [] => None,
        [b'Z' | b'z'] => Some(0),
        [sign @ (b'+' | b'-'), oh0, oh1, b':', om0, om1] => {
            let oh = two_digits(oh0, oh1)?;
            let om = two_digits(om0, om1)?;
            if oh > 23 || om > 59 {
                return None;
            }
            let minutes = i32::from(oh) * 60 + i32::from(om);
            Some(if sign == b'-' { -minutes } else { minutes })
        }
        _ => return None,
    };
    if second == 60 {
        // Leap seconds are inserted at the end of a UTC day, so second 60
        // is only meaningful where the local minute maps to 23:59 UTC. The
        // historical table of leap seconds is deliberately not consulted: it
        // is open-ended and a validator cannot know future insertions.
        let local = i32::from(hour) * 60 + i32::from(minute);
        let utc = match offset {
            Some(off) => (local - off).rem_euclid(MINUTES_PER_DAY),
            // Without an offset there is no way to relate the time to UTC, so
            // only the UTC form itself is accepted.
            None => local,
        };
        if utc != LEAP_SECOND_MINUTE {
            return None;
        }
    }
    Some(())
}

/// RFC 3339 `full-date` (`YYYY-MM-DD`) with real month lengths and the
/// Gregorian leap-year rule applied to every year, including years before
/// 1582 (RFC 3339 uses the proleptic Gregorian calendar).
pub(crate) fn is_date(s: &str) -> bool {
    full_date(s.as_bytes()).is_some()
}

/// RFC 3339 `date-time`: seconds and an offset are required, the separator
/// is `T` or `t` (RFC 3339 §5.6 allows lower case; a space is not accepted
/// because it is only a readability note in the RFC, not grammar).
pub(crate) fn is_datetime(s: &str) -> bool {
    if let Some(verdict) = common_datetime(s.as_bytes()) {
        return verdict;
    }
    general_datetime(s.as_bytes())
}

/// Machine-written datetimes nearly all have one of two shapes,
/// `YYYY-MM-DDTHH:MM:SSZ` and `YYYY-MM-DDTHH:MM:SS.fffZ`. Those are decided
/// here with every field checked at once and no early exits, in about 60%
/// of the instructions of the field-by-field parser (measured with
/// callgrind on the bundled schema's documents, where timestamps are a
/// tenth of the work). Anything else, and second 60 (the leap-second
/// rule), is left to [`general_datetime`] (`None`).
fn common_datetime(b: &[u8]) -> Option<bool> {
    let (head, tail) = b.split_first_chunk::<19>()?;
    let fraction_ok = match *tail {
        [b'Z' | b'z'] => true,
        [b'.', f0, f1, f2, b'Z' | b'z'] => is_digit(f0) & is_digit(f1) & is_digit(f2),
        _ => return None,
    };
    let [
        y0,
        y1,
        y2,
        y3,
        dash1,
        m0,
        m1,
        dash2,
        d0,
        d1,
        t,
        h0,
        h1,
        colon1,
        i0,
        i1,
        colon2,
        s0,
        s1,
    ] = *head;
    let digits = [y0, y1, y2, y3, m0, m1, d0, d1, h0, h1, i0, i1, s0, s1];
    let shape_ok = digits.iter().fold(true, |ok, &c| ok & is_digit(c))
        & (dash1 == b'-')
        & (dash2 == b'-')
        & (t | 0x20 == b't')
        & (colon1 == b':')
        & (colon2 == b':');
    if !(shape_ok & fraction_ok) {
        // Malformed in a way the general parser also rejects, or a shape
        // only it knows; it decides either way.
        return None;
    }
    let pair = |hi: u8, lo: u8| (hi - b'0') * 10 + (lo - b'0');
    let year = u32::from(pair(y0, y1)) * 100 + u32::from(pair(y2, y3));
    let (month, day) = (pair(m0, m1), pair(d0, d1));
    let (hour, minute, second) = (pair(h0, h1), pair(i0, i1), pair(s0, s1));
    if second == 60 {
        return None;
    }
    Some(
        (day >= 1)
            & (day <= days_in_month(year, month))
            & (hour <= 23)
            & (minute <= 59)
            & (second <= 59),
    )
}

fn is_digit(c: u8) -> bool {
    c.wrapping_sub(b'0') < 10
}

fn general_datetime(b: &[u8]) -> bool {
    let Some((date, rest)) = b.split_at_checked(10) else {
        return false;
    };
    let Some((&sep, time)) = rest.split_first() else {
        return false;
    };
    matches!(sep, b'T' | b't') && full_date(date).is_some() && full_time(time, true).is_some()
}

/// RFC 3339 `full-time` with the offset made optional, since a time of day
/// is often used without one.
pub(crate) fn is_time(s: &str) -> bool {
    full_time(s.as_bytes(), false).is_some()
}

/// ISO 8601 duration in the designator format of RFC 3339 Appendix A, with
/// two relaxations that ISO 8601 itself permits: any subset of the
/// components may be given as long as their order is kept (`P1Y2D`,
/// `PT1H5S`), and the seconds component may carry a decimal fraction with
/// a full stop (`PT0.5S`). A fraction is restricted to seconds because it
/// is only unambiguous on the smallest unit given, and seconds is the only
/// unit that is always last. Weeks stand alone (`P2W`), as in the RFC.
pub(crate) fn is_duration(s: &str) -> bool {
    let Some(body) = s.as_bytes().strip_prefix(b"P") else {
        return false;
    };
    // Ranks order the designators: Y M D (date) < H M S (time).
    const SECOND_RANK: u8 = 6;
    let mut last_rank = 0u8;
    let mut in_time = false;
    let mut rest = body;
    while let Some((&first, tail)) = rest.split_first() {
        if first == b'T' {
            if in_time {
                return false;
            }
            in_time = true;
            rest = tail;
            continue;
        }
        let int_len = rest.iter().take_while(|c| c.is_ascii_digit()).count();
        if int_len == 0 {
            return false;
        }
        let Some(mut after) = rest.get(int_len..) else {
            return false;
        };
        let mut has_fraction = false;
        if let [b'.', fraction @ ..] = after {
            let frac_len = fraction.iter().take_while(|c| c.is_ascii_digit()).count();
            if frac_len == 0 {
                return false;
            }
            has_fraction = true;
            after = match fraction.get(frac_len..) {
                Some(a) => a,
                None => return false,
            };
        }
        let Some((&designator, next)) = after.split_first() else {
            // A number without a unit.
            return false;
        };
        let rank = match (in_time, designator) {
            (false, b'Y') => 1,
            (false, b'M') => 2,
            (false, b'D') => 3,
            (true, b'H') => 4,
            (true, b'M') => 5,
            (true, b'S') => SECOND_RANK,
            (false, b'W') => {
                // Weeks cannot be mixed with any other unit.
                return last_rank == 0 && !has_fraction && next.is_empty();
            }
            _ => return false,
        };
        if rank <= last_rank || (has_fraction && rank != SECOND_RANK) {
            return false;
        }
        last_rank = rank;
        rest = next;
    }
    // `P` alone, or a `T` with nothing after it, carries no component.
    if in_time {
        last_rank > 3
    } else {
        last_rank > 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_accepts_ordinary_dates() {
        for s in [
            "1963-06-19",
            "2020-01-31",
            "0000-01-01",
            "0001-01-01",
            "9999-12-31",
            "1582-10-10",
        ] {
            assert!(is_date(s), "{s}");
        }
    }

    #[test]
    fn date_accepts_last_day_of_every_month() {
        let last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
        for (i, d) in last.iter().enumerate() {
            let ok = format!("2023-{:02}-{d:02}", i + 1);
            let bad = format!("2023-{:02}-{:02}", i + 1, d + 1);
            assert!(is_date(&ok), "{ok}");
            assert!(!is_date(&bad), "{bad}");
        }
    }

    #[test]
    fn date_accepts_feb_29_in_leap_years() {
        for s in ["2024-02-29", "2000-02-29", "0400-02-29", "0000-02-29"] {
            assert!(is_date(s), "{s}");
        }
    }

    #[test]
    fn date_rejects_feb_29_in_non_leap_year() {
        for s in ["2023-02-29", "1900-02-29", "2100-02-29", "0100-02-29"] {
            assert!(!is_date(s), "{s}");
        }
    }

    #[test]
    fn date_rejects_feb_30_even_in_leap_year() {
        assert!(!is_date("2020-02-30"));
    }

    #[test]
    fn date_rejects_month_and_day_bounds() {
        for s in [
            "2024-00-15",
            "2024-13-01",
            "2024-01-00",
            "2024-01-32",
            "2024-99-99",
        ] {
            assert!(!is_date(s), "{s}");
        }
    }

    #[test]
    fn date_rejects_malformed_shapes() {
        for s in [
            "",
            "2020",
            "2020-01",
            "20200101",
            "2020-1-01",
            "2020-01-1",
            "12020-01-01",
            "+2020-01-01",
            "-2020-01-01",
            "2020/01/01",
            "2020-01-01 ",
            " 2020-01-01",
            "2020-01-01T00:00:00Z",
            "2020-01-0:",
            "2020-01-01\0",
            "YYYY-MM-DD",
            "2023-W01",
        ] {
            assert!(!is_date(s), "{s:?}");
        }
    }

    #[test]
    fn date_rejects_non_ascii_digits() {
        assert!(!is_date("1963-06-1\u{09EA}"));
        assert!(!is_date("\u{09E8}0-01-01"));
        assert!(!is_date("2020\u{2013}01\u{2013}01"));
    }

    #[test]
    fn datetime_accepts_valid_forms() {
        for s in [
            "1963-06-19T08:30:06.283185Z",
            "1963-06-19T08:30:06Z",
            "1937-01-01T12:00:27.87+00:20",
            "1990-12-31T15:59:50.123-08:00",
            "1963-06-19t08:30:06.283185z",
            "2000-01-01T00:00:00-00:00",
            "2000-01-01T23:59:59+23:59",
            "2000-01-01T00:00:00-23:59",
            "1985-04-12T00:59:59.999999999999999Z",
        ] {
            assert!(is_datetime(s), "{s}");
        }
    }

    #[test]
    fn datetime_accepts_leap_second_at_utc_end_of_day() {
        for s in [
            "1990-12-31T23:59:60Z",
            "1990-12-31T15:59:60-08:00",
            "1998-12-31T15:59:60.123-08:00",
            "1999-01-01T01:29:60+01:30",
            "1998-12-31T23:59:60+00:00",
        ] {
            assert!(is_datetime(s), "{s}");
        }
    }

    #[test]
    fn datetime_rejects_leap_second_elsewhere() {
        for s in [
            "2020-01-01T12:00:60Z",
            "1998-12-31T23:58:60Z",
            "1998-12-31T22:59:60Z",
            "1998-12-31T23:59:60+01:00",
            "1998-12-31T23:59:61Z",
            "2016-12-31T24:59:60+01:00",
        ] {
            assert!(!is_datetime(s), "{s}");
        }
    }

    #[test]
    fn datetime_rejects_out_of_range_fields() {
        for s in [
            "1990-12-31T24:00:00Z",
            "1990-12-31T15:60:00Z",
            "1990-12-31T15:00:99Z",
            "1990-12-31T10:00:00+10:60",
            "1990-12-31T15:59:59-24:00",
            "1990-02-31T15:59:59.123-08:00",
        ] {
            assert!(!is_datetime(s), "{s}");
        }
    }

    #[test]
    fn datetime_requires_seconds_and_offset() {
        for s in [
            "2020-01-01T00:00Z",
            "2020-01-01T00:00:00",
            "2020-01-01T00:00:00.5",
            "1985-04-12T23:20:50+01",
            "1985-04-12T23:20:50+0100",
            "1985-04-12T23:20:50+1:00",
        ] {
            assert!(!is_datetime(s), "{s}");
        }
    }

    #[test]
    fn datetime_rejects_malformed_shapes() {
        for s in [
            "",
            "2020-01-01",
            "2020-01-01T",
            "2020-01-01 00:00:00Z",
            "2020-01-01_00:00:00Z",
            "2020-01-01T00:00:00.Z",
            "2020-01-01T00:00:00,5Z",
            "1963-06-19T08:30:06.28123+01:00Z",
            "2020-01-01T00:00:00ZZ",
            "2020-01-01T00:00:00Z\n",
            "06/19/1963 08:30:06 PST",
            "2013-350T01:01:01",
            "+11963-06-19T08:30:06Z",
            "1963-06-11T0\u{09EA}:00:00Z",
            "2020-01-01T00:00:00\u{2212}01:00",
        ] {
            assert!(!is_datetime(s), "{s:?}");
        }
    }

    #[test]
    fn common_datetime_shapes_decide_as_the_general_parser_does() {
        // Every byte of each base replaced by every byte value: wherever the
        // fast path gives a verdict it must be the general parser's, and it
        // must give one for the plain shapes it exists for.
        let bases = [
            "2024-02-29T23:59:59Z",
            "2023-02-28T00:00:00.000Z",
            "1900-02-28T12:30:45.123z",
            "2000-12-31t09:05:07Z",
            "2016-12-31T23:59:60Z",
            "0000-01-01T00:00:00.999Z",
        ];
        let mut decided = 0u32;
        for base in bases {
            let base = base.as_bytes();
            for at in 0..base.len() {
                for byte in 0..=u8::MAX {
                    let mut b = base.to_vec();
                    b[at] = byte;
                    if let Some(verdict) = common_datetime(&b) {
                        decided += 1;
                        assert_eq!(
                            verdict,
                            general_datetime(&b),
                            "{}",
                            String::from_utf8_lossy(&b)
                        );
                    }
                }
            }
        }
        assert!(decided > 500, "the fast path decided only {decided}");
        assert_eq!(common_datetime(b"2024-02-29T23:59:59Z"), Some(true));
        assert_eq!(common_datetime(b"2023-02-29T23:59:59.000Z"), Some(false));
        assert_eq!(common_datetime(b"2016-12-31T23:59:60Z"), None);
        assert_eq!(common_datetime(b"2016-12-31T23:59:59+00:00"), None);
    }

    #[test]
    fn datetime_handles_long_fractions() {
        let s = format!("2020-01-01T00:00:00.{}Z", "9".repeat(100_000));
        assert!(is_datetime(&s));
        let s = format!("2020-01-01T00:00:00.{}xZ", "9".repeat(1000));
        assert!(!is_datetime(&s));
    }

    #[test]
    fn time_accepts_with_and_without_offset() {
        for s in [
            "08:00:00",
            "08:00:00Z",
            "08:00:00z",
            "08:00:00.5+02:00",
            "00:00:00",
            "23:59:59",
            "23:59:59.999",
            "12:34:56-00:00",
            "08:30:06+00:20",
        ] {
            assert!(is_time(s), "{s}");
        }
    }

    #[test]
    fn time_rejects_missing_seconds_and_bad_fields() {
        for s in [
            "",
            "08:00",
            "8:00:00",
            "008:030:006Z",
            "24:00:00",
            "00:60:00",
            "00:00:61",
            "01:02:03+24:00",
            "01:02:03+00:60",
            "01:02:03Z+00:30",
            "08:30:06 PST",
            "01:01:01,1111",
            "08:30:06#00:20",
            "ab:cd:ef",
            "08:00:00.",
            "08:00:00+02",
            "2020-11-28T23:55:45Z",
            "1\u{09E8}:00:00Z",
        ] {
            assert!(!is_time(s), "{s:?}");
        }
    }

    #[test]
    fn time_leap_second_with_offset_uses_utc() {
        for s in [
            "23:59:60Z",
            "23:59:60+00:00",
            "01:29:60+01:30",
            "23:29:60+23:30",
            "15:59:60-08:00",
            "00:29:60-23:30",
        ] {
            assert!(is_time(s), "{s}");
        }
        for s in [
            "22:59:60Z",
            "23:58:60Z",
            "23:59:60+01:00",
            "23:59:60+00:30",
            "23:59:60-01:00",
            "23:59:60-00:30",
        ] {
            assert!(!is_time(s), "{s}");
        }
    }

    #[test]
    fn time_leap_second_without_offset_only_at_23_59() {
        assert!(is_time("23:59:60"));
        assert!(is_time("23:59:60.25"));
        assert!(!is_time("12:00:60"));
        assert!(!is_time("23:58:60"));
    }

    #[test]
    fn duration_accepts_component_subsets_in_order() {
        for s in [
            "P4DT12H30M5S",
            "P4Y",
            "PT0S",
            "P0D",
            "P1M",
            "PT1M",
            "PT36H",
            "P1DT12H",
            "P1Y2M3DT4H5M6S",
            "P1Y2M3D",
            "PT1H2M3S",
            "P1M2D",
            "PT1H30M",
            "P1Y2D",
            "PT1H2S",
            "P1YT1S",
            "P01D",
        ] {
            assert!(is_duration(s), "{s}");
        }
    }

    #[test]
    fn duration_accepts_fraction_on_seconds_only() {
        for s in ["PT0.5S", "PT1.25S", "P1DT1H0.000001S"] {
            assert!(is_duration(s), "{s}");
        }
        for s in [
            "P0.5D", "PT0.5H", "PT1.5M2S", "P1.5Y", "PT.5S", "PT5.S", "PT0,5S", "P0.5W",
        ] {
            assert!(!is_duration(s), "{s}");
        }
    }

    #[test]
    fn duration_accepts_weeks_only_alone() {
        assert!(is_duration("P1W"));
        assert!(is_duration("P2W"));
        for s in ["P1W2D", "P1Y2W", "P0Y1W", "P1WT1H", "PT1W", "P1W1W"] {
            assert!(!is_duration(s), "{s}");
        }
    }

    #[test]
    fn duration_requires_at_least_one_component() {
        for s in ["", "P", "PT", "P1YT", "T1H"] {
            assert!(!is_duration(s), "{s}");
        }
    }

    #[test]
    fn duration_rejects_misordered_or_misplaced_units() {
        for s in [
            "PT1D", "P2D1Y", "P1D2H", "P2S", "P1M1Y", "PT1S1M", "P1Y1Y", "PT1H1H", "P1D2T3H",
            "PTT1H", "P1DTT1H", "P1", "PT1",
        ] {
            assert!(!is_duration(s), "{s}");
        }
    }

    #[test]
    fn duration_rejects_signs_case_and_whitespace() {
        for s in [
            "-P1D",
            "+P1D",
            "P-1D",
            "p1d",
            "P1d",
            "pT1H",
            "P1e2D",
            " P1D",
            "P1D ",
            "P1D\n",
            "4DT12H30M5S",
            "P\u{09E8}Y",
        ] {
            assert!(!is_duration(s), "{s:?}");
        }
    }

    #[test]
    fn duration_accepts_very_long_numbers() {
        let s = format!("P{}Y", "9".repeat(100_000));
        assert!(is_duration(&s));
    }
}
