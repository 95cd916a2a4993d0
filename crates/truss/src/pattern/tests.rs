use std::time::{Duration, Instant};

use super::*;

fn compile(pattern: &str) -> Pattern {
    Pattern::compile(pattern).unwrap_or_else(|e| panic!("{pattern:?} should compile: {e}"))
}

fn error(pattern: &str) -> PatternError {
    match Pattern::compile(pattern) {
        Ok(p) => panic!("{pattern:?} should be rejected, compiled as {p:?}"),
        Err(e) => e,
    }
}

/// Matches with the chosen matcher and checks that the other ways of
/// running the same pattern (an engine instead of the literal fast path,
/// the backtracking engine instead of the linear one) agree.
fn matches(pattern: &str, haystack: &str) -> bool {
    let auto = compile(pattern)
        .is_match(haystack)
        .unwrap_or_else(|e| panic!("{pattern:?} on {haystack:?}: {e}"));
    for strategy in [
        Strategy::NoLiteral,
        Strategy::Backtracking,
        Strategy::Unfiltered,
    ] {
        let other = Pattern::compile_with(pattern, strategy)
            .unwrap_or_else(|e| panic!("{pattern:?} with {strategy:?}: {e}"))
            .is_match(haystack)
            .unwrap_or_else(|e| panic!("{pattern:?} with {strategy:?} on {haystack:?}: {e}"));
        assert_eq!(
            auto, other,
            "{pattern:?} on {haystack:?}: {strategy:?} disagrees"
        );
    }
    auto
}

fn assert_matches(pattern: &str, yes: &[&str], no: &[&str]) {
    for h in yes {
        assert!(matches(pattern, h), "{pattern:?} should match {h:?}");
    }
    for h in no {
        assert!(!matches(pattern, h), "{pattern:?} should not match {h:?}");
    }
}

#[test]
fn digit_class_is_ascii_only() {
    assert_matches(r"^\d+$", &["0123456789"], &["٣", "१", "１２", "", "1a"]);
    assert_matches(r"^\D$", &["٣", "a", "\n"], &["5"]);
    assert_matches(r"^[\d]$", &["7"], &["٣"]);
    assert_matches(r"^[^\d]$", &["٣"], &["7"]);
}

#[test]
fn word_class_is_ascii_only() {
    assert_matches(r"^\w+$", &["azAZ09_"], &["é", "ß", "日", "a-b", "٣"]);
    assert_matches(r"^\W$", &["é", "-", "😀"], &["a", "_"]);
    assert_matches(r"^[\W\d]+$", &["é1"], &["a"]);
}

#[test]
fn word_boundaries_use_ascii_word_characters() {
    assert_matches(
        r"\bfoo\b",
        &["foo", "a foo b", "éfooé", "(foo)"],
        &["xfoo", "foox", "_foo"],
    );
    assert_matches(r"\Bfoo", &["xfoo", "_foo"], &["foo", "éfoo", " foo"]);
    assert_matches(r"^\B$", &[""], &[]);
    assert_matches(r"\B", &["ab", "é", "  "], &["a", "aéb"]);
    assert_matches(r"\b", &["a", "éa"], &["", "é", "  "]);
}

#[test]
fn whitespace_class_is_ecma_white_space_and_line_terminators() {
    let spaces = [
        "\u{9}", "\u{a}", "\u{b}", "\u{c}", "\u{d}", " ", "\u{a0}", "\u{1680}", "\u{2000}",
        "\u{2005}", "\u{200a}", "\u{2028}", "\u{2029}", "\u{202f}", "\u{205f}", "\u{3000}",
        "\u{feff}",
    ];
    let not_spaces = ["\u{85}", "\u{200b}", "\u{180e}", "a", "\u{1}"];
    assert_matches(r"^\s$", &spaces, &not_spaces);
    assert_matches(r"^\S$", &not_spaces, &spaces);
    assert_matches(r"^[\s]$", &spaces, &not_spaces);
    assert_matches(r"^[^\s]$", &not_spaces, &spaces);
}

#[test]
fn dot_excludes_only_line_terminators() {
    assert_matches(
        r"^.$",
        &["a", "\u{85}", "\t", "é", "😀", "\u{0}"],
        &["\n", "\r", "\u{2028}", "\u{2029}", "", "ab"],
    );
    assert_matches(r"^[^]$", &["\n", "\u{2028}", "😀"], &["", "ab"]);
    assert_matches(r"[]", &[], &["", "a", "[]"]);
    assert_matches(r"^a[]?b$", &["ab"], &["a[]b"]);
}

#[test]
fn anchors_are_input_boundaries() {
    assert_matches(r"^abc$", &["abc"], &["abc\n", "\nabc", "xabc", "abcx"]);
    assert_matches(r"abc$", &["xabc"], &["abc\n", "abc\r\n"]);
    assert_matches(r"^abc", &["abcx"], &["x\nabc"]);
    assert_matches(r"a$|^b", &["xa", "bx"], &["ax", "xb"]);
    assert_matches(r"a^b", &[], &["ab", "a\nb"]);
}

#[test]
fn unanchored_pattern_matches_anywhere() {
    assert_matches("es", &["expression", "es"], &["e s", ""]);
    assert_matches("", &["", "anything"], &[]);
    assert_matches("a|", &["", "b"], &[]);
    assert_matches("[a-c]x", &["zzbxzz"], &["bzx"]);
}

#[test]
fn character_escapes() {
    assert_matches(r"^\u0041$", &["A"], &["u0041"]);
    assert_matches(r"^\u{1F600}$", &["😀"], &["u{1F600}"]);
    assert_matches(r"^\u{41}$", &["A"], &[]);
    assert_matches(r"^\x41\x7a$", &["Az"], &[]);
    assert_matches(r"^\cJ\cj$", &["\n\n"], &[]);
    assert_matches(r"^\0$", &["\u{0}"], &["0"]);
    assert_matches(
        r"^\/\-\.\*\$\^\(\)\[\]\{\}\|\?\+\\$",
        &["/-.*$^()[]{}|?+\\"],
        &[],
    );
    assert_matches(r"^\t\n\v\f\r$", &["\t\n\u{b}\u{c}\r"], &[]);
    // Annex B identity escapes and fallbacks.
    assert_matches(r"^\a\e\z\Z\p{L}$", &["aezZp{L}"], &[]);
    assert_matches(r"^\x4$", &["x4"], &["\u{4}"]);
    assert_matches(r"^\xg0$", &["xg0"], &[]);
    assert_matches(r"^\u12$", &["u12"], &[]);
    assert_matches(r"^\u{zz}$", &["u{zz}"], &[]);
    assert_matches(r"^\c1$", &["\\c1"], &[]);
    assert_matches(r"^\c$", &["\\c"], &[]);
    assert_matches(r"^\8\9$", &["89"], &[]);
    // Legacy octal: at most three digits, at most \377.
    assert_matches(r"^\101$", &["A"], &[]);
    assert_matches(r"^\08$", &["\u{0}8"], &[]);
    assert_matches(r"^\400$", &["\u{20}0"], &[]);
    assert_matches(r"^\1$", &["\u{1}"], &["1"]);
}

#[test]
fn class_escapes_and_members() {
    assert_matches(r"^[\d\-]+$", &["1-2"], &["a"]);
    assert_matches(r"^[\]]$", &["]"], &["\\"]);
    assert_matches(r"^[\b]$", &["\u{8}"], &["b"]);
    assert_matches(r"^[\B]$", &["B"], &["\\"]);
    assert_matches(r"^[\d-z]$", &["5", "-", "z"], &["a", "y"]);
    assert_matches(r"^[a-\d]$", &["5", "-", "a"], &["b"]);
    assert_matches(r"^[a-]$", &["a", "-"], &["b"]);
    assert_matches(r"^[-a]$", &["a", "-"], &["b"]);
    assert_matches(r"^[a-c-e]$", &["a", "b", "-", "e"], &["d"]);
    assert_matches(r"^[\c1\c_]$", &["\u{11}", "\u{1f}"], &["c"]);
    assert_matches(r"^[\c*]+$", &["\\c*"], &[]);
    assert_matches(r"^[\0\101\8]+$", &["\u{0}A8"], &[]);
    assert_matches(r"^[\x41-\u005A]+$", &["AZ"], &["a"]);
    assert_matches(r"^[^abc]$", &["d", "😀", "\n"], &["a"]);
}

#[test]
fn characters_special_only_in_rust_syntax_are_literal() {
    assert_matches(r"^[a&&b]+$", &["a&b"], &[]);
    assert_matches(r"^[a~~b]+$", &["a~b"], &[]);
    assert_matches(r"^[[a]]$", &["[]", "a]"], &["[", "a"]);
    assert_matches(r"^[\w--]+$", &["a-b"], &[]);
    assert_matches(r"^[#\s]$", &["#", " "], &[]);
    assert_matches(r"^a#b c~d&e$", &["a#b c~d&e"], &[]);
    assert_matches(r"^(?:x) #$", &["x #"], &[]);
    assert_matches(r"^[:alpha:]$", &[":", "a"], &["b"]);
    assert_matches(r"^\Q.\E$", &["Q.E"], &[]);
}

#[test]
fn lone_brace_is_literal_unless_a_complete_quantifier() {
    assert_matches(r"^a{$", &["a{"], &[]);
    assert_matches(r"^a{1$", &["a{1"], &[]);
    assert_matches(r"^a{1,$", &["a{1,"], &[]);
    assert_matches(r"^a{,2}$", &["a{,2}"], &[]);
    assert_matches(r"^{a}$", &["{a}"], &[]);
    assert_matches(r"^}]$", &["}]"], &[]);
    assert_matches(r"^x{2}$", &["xx"], &["x{2}", "x"]);
    assert_matches(r"^x{2,}$", &["xx", "xxxx"], &["x"]);
    assert_matches(r"^x{1,2}$", &["x", "xx"], &["xxx", ""]);
    assert_matches(r"^x{0}$", &[""], &["x"]);
    assert_matches(r"^x{1,2}?y??z*?w+?$", &["xxzw", "xyw"], &[]);
    for bad in [r"{2}", r"a{1}{2}", r"^{1,}", r"a|{3}"] {
        assert!(matches!(
            error(bad),
            PatternError::Syntax {
                kind: SyntaxError::NothingToRepeat,
                ..
            }
        ));
    }
    assert_eq!(
        error("a{2,1}").to_string(),
        "numbers out of order in `{}` quantifier at offset 1"
    );
    assert!(Pattern::compile("a{99999999999999999999,99999999999999999998}").is_err());
    assert!(is_ecma_regex(
        "a{99999999999999999998,99999999999999999999}"
    ));
}

#[test]
fn groups_and_named_groups() {
    assert_matches(r"^(ab)+$", &["abab"], &["aba"]);
    assert_matches(r"^(?:ab|cd)+$", &["abcd"], &["ac"]);
    assert_matches(
        r"^(?<year>\d{4})-(?<month>\d{2})$",
        &["2024-01"],
        &["24-01"],
    );
    assert_matches(r"^(?<$ä_1>x)$", &["x"], &[]);
    assert_matches(r"^(?<\u0061b>x)\k<ab>$", &["xx"], &["x"]);
    assert_matches(r"^(?<\u{61}>x)\k<a>$", &["xx"], &["x"]);
}

#[test]
fn backreferences_follow_ecma_semantics() {
    assert_matches(r"^(a+)b\1$", &["aabaa"], &["aaba"]);
    assert_matches(r"^(?<x>a)\k<x>$", &["aa"], &["ab"]);
    // A group that did not take part matches the empty string.
    assert_matches(r"^(a)?\1b$", &["b", "aab"], &["ab"]);
    assert_matches(r"^(?:(a)|b)\1$", &["b", "aa"], &["a"]);
    // Forward references and references from inside the group are empty.
    assert_matches(r"^\1(a)$", &["a"], &["aa"]);
    assert_matches(r"^\k<x>(?<x>a)$", &["a"], &["aa"]);
    assert_matches(r"^(a\1)+$", &["a", "aa", "aaa"], &["b"]);
    assert_matches(r"^(a(b\1)*)$", &["abb"], &[]);
    // Groups inside a negative lookaround are never set outside it.
    assert_matches(r"(?<!(?=(b)))\1$", &["b"], &[]);
    assert_matches(r"^(?:(?!(a)c)\1.)+$", &["ab"], &[]);
    assert_matches(r"(?!(a)c)\1b", &["ab"], &[]);
    assert_matches(r"^(?!(a)\1)", &["ab"], &["aa"]);
    // More digits than groups: a legacy octal escape, not a reference.
    assert_matches(r"^(a)\10$", &["a\u{8}"], &["aa0"]);
    assert_matches(r"^(a)\2$", &["a\u{2}"], &[]);
    assert_matches(
        r"^(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10$",
        &["abcdefghijj"],
        &["abcdefghija0"],
    );
    // Without named groups, `\k` is just `k`.
    assert_matches(r"^\k<x>$", &["k<x>"], &[]);
    assert_eq!(compile(r"(a)\1").engine(), "backtracking");
}

#[test]
fn lookaround() {
    assert_matches(
        r"^(?=.*\d)(?=.*[a-z]).{8,}$",
        &["abcdefg1"],
        &["abcdefgh", "12345678", "a1"],
    );
    assert_matches(r"(?<=\$)\d+", &["$42"], &["42", "€42"]);
    assert_matches(r"(?<!a)b", &["cb", "b"], &["ab"]);
    assert_matches(r"^(?!foo)\w+$", &["bar"], &["food"]);
    assert_matches(r"(?<=^|,)x(?=,|$)", &["x", "a,x", "x,b"], &["ax", "xa"]);
    assert_matches(r"(?<=a+)b", &["aab"], &["b"]);
    assert_matches(r"(?<=\bfoo)bar", &["foobar"], &["xfoobar"]);
    assert_eq!(compile(r"(?=a)").engine(), "backtracking");
}

#[test]
fn quantified_lookahead_follows_annex_b() {
    assert_matches(r"^(?=a)*b$", &["b"], &["ab"]);
    assert_matches(r"^(?=a)+a$", &["a"], &["b"]);
    assert_matches(r"^(?=a){2,3}a$", &["a"], &[]);
    assert_matches(r"^(?!a)?a$", &["a"], &[]);
    // A zero-minimum quantifier leaves the lookahead's groups unset.
    assert_matches(r"^(?=(a))?\1a$", &["a"], &["aa"]);
    assert_matches(r"^(?:\b)+a$", &["a"], &[]);
    assert_matches(r"^(?:)*a$", &["a"], &[]);
    assert_matches(r"^(^)*a$", &["a"], &[]);
    for bad in [r"(?<=a)*", r"(?<!a)+", r"^*", r"$+", r"\b*", r"\B{2}"] {
        assert!(
            matches!(
                error(bad),
                PatternError::Syntax {
                    kind: SyntaxError::NothingToRepeat,
                    ..
                }
            ),
            "{bad}"
        );
    }
}

#[test]
fn invalid_patterns_are_rejected_with_position() {
    let cases = [
        ("abc[d", "unterminated character class at offset 3"),
        ("[", "unterminated character class at offset 0"),
        ("[\\", "`\\` at end of pattern at offset 1"),
        ("(ab", "unterminated group at offset 0"),
        ("a(b(c)", "unterminated group at offset 1"),
        ("ab)", "unmatched `)` at offset 2"),
        ("*", "nothing to repeat at offset 0"),
        ("a**", "nothing to repeat at offset 2"),
        ("a|?", "nothing to repeat at offset 2"),
        ("ab\\", "`\\` at end of pattern at offset 2"),
        ("[z-a]", "range out of order in character class at offset 1"),
        (
            "é[z-a]",
            "range out of order in character class at offset 2",
        ),
        (
            "(?x)",
            "invalid group: `(?` must be followed by `:`, `=`, `!`, `<=`, `<!` or `<name>` at offset 0",
        ),
        ("(?<1a>x)", "invalid capture group name at offset 3"),
        ("(?<>x)", "invalid capture group name at offset 3"),
        ("(?<a-b>x)", "invalid capture group name at offset 4"),
        (
            "(?<a>x)(?<a>y)",
            "duplicate capture group name `a` at offset 7",
        ),
        (
            "(?<a>x)\\k<b>",
            "reference to undefined group name `b` at offset 7",
        ),
        (
            "(?<a>x)\\k",
            "invalid named reference: a pattern with named groups needs `\\k<name>` at offset 7",
        ),
        (
            "(?<a>x)[\\k]",
            "invalid named reference: a pattern with named groups needs `\\k<name>` at offset 8",
        ),
    ];
    for (pattern, message) in cases {
        assert_eq!(error(pattern).to_string(), message, "{pattern:?}");
        assert!(!is_ecma_regex(pattern), "{pattern:?}");
    }
}

#[test]
fn literal_fast_paths_are_decided_on_the_parsed_pattern() {
    let cases = [
        ("abc", "contains"),
        ("^abc", "starts-with"),
        ("abc$", "ends-with"),
        ("^abc$", "equals"),
        ("^$", "equals"),
        ("", "contains"),
        (r"a\.b\$", "contains"),
        (r"^(abc)(?:def)$", "equals"),
        (r"^[a]\u0062$", "equals"),
        ("^😀$", "equals"),
        (r"^\uD83D\uDE00", "starts-with"),
        ("^a|b$", "linear"),
        ("a.b", "linear"),
        ("^^a", "linear"),
        ("a$$", "linear"),
        ("a^b", "linear"),
        ("ab*", "linear"),
        (r"\uD800", "linear"),
        (r"a\b", "linear"),
    ];
    let haystacks = [
        "", "abc", "xabc", "abcx", "a.b$", "xa.b$y", "abcdef", "ab", "b", "a", "axb", "😀", "😀x",
        "a b", "ab\n",
    ];
    for (pattern, engine) in cases {
        assert_eq!(compile(pattern).engine(), engine, "{pattern:?}");
        for h in haystacks {
            matches(pattern, h);
        }
    }
    assert_matches("^abc$", &["abc"], &["abcabc", "abc\n"]);
    assert_matches("abc$", &["xxabc"], &["abcx"]);
}

fn assert_quick(pattern: &str, haystack: &str) -> Result<bool, PatternLimit> {
    let p = compile(pattern);
    let started = Instant::now();
    let result = p.is_match(haystack);
    let took = started.elapsed();
    assert!(
        took < Duration::from_secs(5),
        "{pattern:?} took {took:?} on {} chars",
        haystack.len()
    );
    result
}

#[test]
fn catastrophic_patterns_finish_quickly() {
    let long_a = "a".repeat(100_000);
    let long_a_then_b = format!("{long_a}!");
    for pattern in [
        r"^(a+)+$",
        r"(a|a)*b",
        r"^(a|aa)+$",
        r"(.*a){20}",
        r"^(\w+\s?)*$",
    ] {
        assert_eq!(compile(pattern).engine(), "linear", "{pattern:?}");
        assert_quick(pattern, &long_a_then_b).ok();
        assert_quick(pattern, &long_a).ok();
    }
    assert_eq!(assert_quick(r"^(a+)+$", &long_a_then_b), Ok(false));
    assert_eq!(assert_quick(r"^(a|aa)+$", &long_a), Ok(true));
    assert_eq!(assert_quick(r"(a|a)*b", &long_a), Ok(false));
}

#[test]
fn backreference_blowup_gives_up_instead_of_hanging() {
    let long = format!("{}!", "a".repeat(100_000));
    for pattern in [
        r"^(a+)\1*$",
        r"^(a|aa)+\1$",
        r"^((a+)+)\2b$",
        r"(?=(a+)+$)\1x",
        // These get past the linear prefilters to the backtracking engine.
        r"^(a|aa)+(?:\1(?=c)|\1(?=d))",
        r"^(?:(a|aa)+(?=c))*",
        r"^(?:(a|aa)+(?=c))*!",
    ] {
        assert_eq!(compile(pattern).engine(), "backtracking");
        match assert_quick(pattern, &long) {
            Ok(false) | Err(PatternLimit) => {}
            Ok(true) if pattern == r"^(?:(a|aa)+(?=c))*" => {}
            Ok(true) => panic!("{pattern:?} cannot match"),
        }
    }
    assert_eq!(
        PatternLimit.to_string(),
        "pattern matching gave up after 1000000 backtracking steps"
    );
}

#[test]
fn prefilters_keep_long_non_matching_input_linear() {
    let long = "a".repeat(200_000);
    for pattern in [
        r"(?=a)a*x",
        r"(?!b)a*x",
        r"(?<=a)a*x",
        r"(?=.*\d)[a-z]+",
        r"(?<=x.*)a",
        r"(a)a*x\1",
    ] {
        assert_eq!(assert_quick(pattern, &long), Ok(false), "{pattern:?}");
    }
    assert_eq!(
        assert_quick(r"(?=.*\d)[a-z]+", &format!("{long}1")),
        Ok(true)
    );
}

#[test]
fn non_ascii_haystacks_match_by_code_point() {
    assert_matches(r"^.{3}$", &["日本語", "😀😀😀"], &["日本", "😀😀"]);
    assert_matches(r"^[^a]$", &["😀", "é"], &["a"]);
    assert_matches(r"caf\u00e9", &["café"], &["cafe\u{301}"]);
    assert_matches("é+$", &["cafééé"], &[]);
    assert_matches(r"^[а-я]+$", &["привет"], &["hello"]);
    assert_matches("^👍🏽$", &["👍🏽"], &["👍"]);
    assert_matches("^👍🏽?$", &["👍", "👍🏽"], &[]);
    assert_matches(r"^[😀-😂]$", &["😁"], &["😃"]);
}

#[test]
fn surrogate_pair_escapes_are_one_code_point() {
    assert_matches(r"^\uD83D\uDE00$", &["😀"], &[]);
    assert_matches(r"^\uD83D\uDE00+$", &["😀😀"], &[]);
    assert_matches(
        r"^[\uD83D\uDE00-\uD83D\uDE4F]$",
        &["😀", "🙏"],
        &["🚀", "a"],
    );
    assert_matches(r"^[\uD83D\uDE00]$", &["😀"], &[]);
}

#[test]
fn lone_surrogate_escapes_match_nothing() {
    assert_matches(r"\uD83D", &[], &["😀", "\u{fffd}", ""]);
    assert_matches(r"a\uDE00?b", &["ab"], &["a😀b"]);
    assert_matches(r"^[\uD800-\uDFFF]$", &[], &["😀", "a"]);
    assert_matches(r"^[^\uD800]$", &["a", "😀"], &[]);
    assert_matches(r"^[\uD800-\uE000]$", &["\u{e000}"], &["\u{d7ff}"]);
    assert_matches(r"^\u{D800}?$", &[""], &["a"]);
    assert!(is_ecma_regex(r"\uDFFF\uD800"));
}

#[test]
fn braced_unicode_escape_falls_back_to_annex_b() {
    // Not a code point, so `\u` is `u` and `{3}` its quantifier.
    assert!(is_ecma_regex(r"\u{110000}"));
    assert_matches(r"^\u{11FFFF}$", &["u{11FFFF}"], &[]);
    assert_matches(r"^\u{2,3}$", &["uu", "uuu"], &["u"]);
    assert!(!is_ecma_regex(r"\u{3,2}"));
    assert!(Pattern::compile(r"\u{3,2}").is_err());
    // The code point reading accepts what ECMA-262 would call a quantifier
    // with nothing to repeat; the `regex` format check does not.
    assert_matches(r"^\u{41}+$", &["AA"], &["uuu"]);
    assert!(!is_ecma_regex(r"\u{41}+"));
    // Where the code point reading would reject a valid pattern, the
    // pattern is read as ECMA-262 reads it.
    assert!(is_ecma_regex(r"^[a-\u{5}]+$"));
    assert_matches(r"^[a-\u{5}]+$", &["au{5}", "k"], &["\u{3}", "A"]);
}

#[test]
fn is_ecma_regex_checks_the_grammar() {
    for valid in [
        "",
        "^[a-z]+$",
        r"(?<n>x)\k<n>",
        r"\k<n>",
        r"\1(a)",
        r"\Z",
        r"^\S(|(.|\n)*\S)\Z",
        "a{",
        "]",
        "}",
        r"(?=a)*",
        r"\c",
        r"[\c]",
        r"\p{Letter}",
        r"[\d-z]",
        r"\u{110000}",
        r"(?<=a+)b",
    ] {
        assert!(is_ecma_regex(valid), "{valid:?}");
    }
    for invalid in [
        "[",
        "(",
        ")",
        "*",
        "a{2,1}",
        r"\",
        "(?<=a)+",
        "(?<a>)(?<a>)",
        r"(?<a>)\k<b>",
        "[b-a]",
        "(?P<n>x)",
        "(?i)a",
        "a{1}{2}",
    ] {
        assert!(!is_ecma_regex(invalid), "{invalid:?}");
    }
}

#[test]
fn size_limits_are_pattern_errors() {
    assert!(matches!(
        error("a{4294967296}"),
        PatternError::TooLarge { .. }
    ));
    assert!(matches!(
        error("(?:a{1000}){1000}"),
        PatternError::TooLarge { .. }
    ));
    assert!(matches!(
        error(r"(?:\w{1000}){1000}\1(a)"),
        PatternError::TooLarge { .. }
    ));
    assert!(
        error("(?:a{1000}){1000}")
            .to_string()
            .starts_with("pattern too large: ")
    );
    let long = "a".repeat((1 << 20) + 1);
    assert_eq!(
        error(&long).to_string(),
        "pattern too large: 1048577 bytes is over the 1048576 byte limit"
    );
    assert!(is_ecma_regex(&long));
    assert!(is_ecma_regex(&".a|[b]".repeat(1 << 18)));
    // A maximum past any real input is no maximum.
    assert_matches(r"^a{0,99999999999}$", &["", "aaaa"], &["b"]);
}

#[test]
fn nesting_is_bounded() {
    let deep = |n: usize| format!("{}a+{}", "(".repeat(n), ")".repeat(n));
    assert_matches(&deep(50), &["a"], &["b"]);
    assert_eq!(compile(&deep(parse::MAX_NESTING)).engine(), "linear");
    assert!(is_ecma_regex(&deep(parse::MAX_NESTING)));
    let too_deep = deep(parse::MAX_NESTING + 1);
    assert_eq!(
        error(&too_deep).to_string(),
        format!("pattern nests groups more than 128 deep at offset 128")
    );
    assert!(!is_ecma_regex(&too_deep));
    // The backtracking engine's nesting bound is lower; going past it is an
    // error, not a crash.
    let deep_lookahead = format!("(?=b){}", deep(100));
    assert!(Pattern::compile(&deep_lookahead).is_err());
    let huge = "(".repeat(1_000_000);
    assert!(!is_ecma_regex(&huge));
}

#[test]
fn cache_compiles_each_source_once() {
    let mut cache = PatternCache::new();
    let a = cache.get_or_compile("^a+$").expect("compiles");
    let b = cache.get_or_compile("^a+$").expect("compiles");
    assert!(Arc::ptr_eq(&a, &b));
    let c = cache.get_or_compile("^b+$").expect("compiles");
    assert!(!Arc::ptr_eq(&a, &c));
    assert!(cache.get_or_compile("(").is_err());
    assert_eq!(cache.len(), 2);
    assert_eq!(a.source(), "^a+$");
}

#[test]
fn patterns_are_shareable_across_threads() {
    let pattern = Arc::new(compile(r"^(a)\1$"));
    let handles: Vec<_> = (0..4)
        .map(|_| {
            let pattern = Arc::clone(&pattern);
            std::thread::spawn(move || pattern.is_match("aa"))
        })
        .collect();
    for handle in handles {
        assert_eq!(handle.join().ok(), Some(Ok(true)));
    }
}

/// A small deterministic generator, so a failure reproduces.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, bound: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % bound
    }
}

#[test]
fn arbitrary_patterns_never_panic_and_engines_agree() {
    const PIECES: &[&str] = &[
        "a", "b", "é", "😀", ".", "^", "$", "|", "(", ")", "(?:", "(?=", "(?!", "(?<=", "(?<!",
        "(?<n>", "\\k<n>", "[", "]", "[^", "-", "\\", "\\d", "\\w", "\\s", "\\b", "\\B", "\\1",
        "\\2", "\\0", "\\c", "\\u", "\\uD83D", "\\uDE00", "\\u{", "}", "{", "{2}", "{1,3}", ",",
        "*", "+", "?", "\\x4", "1", " ", "\n", "#", "&&",
    ];
    const HAYSTACKS: &[&str] = &[
        "", "a", "ab", "aab", "ba", "a b", "é😀", "1-2", "\n", "aaaa",
    ];
    let mut rng = Lcg(0x5eed);
    for _ in 0..3000 {
        let len = 1 + rng.next(8);
        let pattern: String = (0..len).map(|_| PIECES[rng.next(PIECES.len())]).collect();
        let valid = is_ecma_regex(&pattern);
        let auto = match Pattern::compile(&pattern) {
            Ok(auto) => auto,
            Err(PatternError::TooLarge { .. } | PatternError::Unsupported { .. }) => continue,
            Err(e) => {
                assert!(!valid, "{pattern:?} is a valid pattern but: {e}");
                continue;
            }
        };
        assert!(
            valid || pattern.contains("\\u{"),
            "{pattern:?} compiled but is not a valid pattern"
        );
        let Ok(backtracking) = Pattern::compile_with(&pattern, Strategy::Unfiltered) else {
            continue;
        };
        for h in HAYSTACKS {
            let (Ok(x), Ok(y)) = (auto.is_match(h), backtracking.is_match(h)) else {
                continue;
            };
            assert_eq!(
                x,
                y,
                "{pattern:?} on {h:?}: {} vs backtracking",
                auto.engine()
            );
        }
    }
}
