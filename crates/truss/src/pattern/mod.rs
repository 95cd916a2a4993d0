//! ECMA-262 regular expressions for `pattern`, `patternProperties`,
//! `propertyNames` and the `regex` format.
//!
//! JSON Structure patterns are ECMA-262 patterns without flags. Rust has no
//! ECMA-262 engine, so a pattern is parsed here with ECMA-262's own grammar
//! and printed as Rust regex syntax for one of two engines: the `regex`
//! crate (finite automata, linear time) when it can express the pattern, and
//! fancy-regex (backtracking, with a step limit) only when lookaround or
//! backreferences demand it. Patterns that are a fixed string, optionally
//! anchored, skip both engines.
//!
//! # Decisions
//!
//! * **Grammar.** The pattern is read as ECMA-262 reads it without the `u`
//!   or `v` flag, i.e. with the Annex B grammar that every browser uses:
//!   identity escapes for any character (`\a` is `a`, `\-` is `-`, `\p{L}`
//!   is the text `p{L}`), legacy octal escapes (`\012`, and `\12` when the
//!   pattern has fewer than 12 groups), `\8`/`\9` as digits, `\c` without a
//!   letter as a backslash, and quantified lookaheads.
//! * **Braces.** A `{` that does not spell a complete `{n}`, `{n,}` or
//!   `{n,m}` is a literal, as are `}` and a stray `]`. A complete quantifier
//!   with nothing to repeat (`{2}` at the start, `a{1}{2}`) is an error, as
//!   in ECMA-262, and so is `{n,m}` with `n > m`.
//! * **Characters.** The haystack is matched as a sequence of Unicode code
//!   points, not UTF-16 code units, because Rust strings have no code units
//!   to split: `.` and `[^a]` match one whole emoji. (ECMA-262 without `u`
//!   would match half of a surrogate pair.)
//! * **Surrogate escapes.** `\uD83D\uDE00`, a high then a low surrogate
//!   escape, is the single code point U+1F600, in classes too (so
//!   `[\uD83D\uDE00-\uD83D\uDE4F]` is an emoji range rather than the
//!   out-of-order range ECMA-262 without `u` would see). A lone surrogate
//!   escape is valid but matches nothing, since no Rust string contains a
//!   surrogate; in a class it adds nothing, so `[^\uD800]` matches anything.
//!   Likewise a literal astral character in a class is one member, so
//!   `[😀-😂]` is a range of three emoji where ECMA-262 without `u` would
//!   reject it as out of order.
//! * **`\u{...}`.** [`Pattern::compile`] reads it as a code point escape
//!   when the braces hold hex digits naming a code point (ECMA-262 without
//!   `u` reads `\u{41}` as 41 `u`s, which nobody means), and otherwise
//!   exactly as ECMA-262 does. That makes it accept a few patterns ECMA-262
//!   rejects, such as `\u{41}+`; [`is_ecma_regex`] follows ECMA-262 to the
//!   letter and rejects them. Where the code point reading would make a
//!   valid pattern invalid (`[a-\u{5}]` is the range `a-u` and then `{5}`
//!   in ECMA-262, but `a` to U+0005 backwards in the other reading), the
//!   whole pattern is read as ECMA-262 reads it. Group names accept
//!   `\u{...}` either way, as ECMA-262 does.
//! * **Character classes.** `\d` is `[0-9]`, `\w` is `[A-Za-z0-9_]` and
//!   `\b`/`\B` use that ASCII `\w`: Arabic-Indic digits are not `\d`, `é` is
//!   not `\w`. `\s` is ECMA-262 WhiteSpace and LineTerminator: U+0009,
//!   U+000B, U+000C, U+0020, U+00A0, U+FEFF, Unicode `Zs`, U+000A, U+000D,
//!   U+2028, U+2029 (not U+0085). `.` is anything but U+000A, U+000D,
//!   U+2028 and U+2029. `[^]` matches any character and `[]` none.
//! * **Anchors.** `^` and `$` are the start and end of the whole input;
//!   `$` does not match before a trailing newline. A pattern matches if it
//!   matches anywhere in the input unless it anchors itself.
//! * **Groups.** Named groups may be referred to before they are defined.
//!   Duplicate names are rejected, as in ECMA-262 2022, which the
//!   specification cites (2025 allows them in separate alternatives).
//! * **Backreferences.** A reference to a group that has not matched, or to
//!   the group it is inside, matches the empty string, as in ECMA-262. One
//!   difference remains: ECMA-262 forgets a quantified group's captures at
//!   each new iteration, while fancy-regex keeps the last ones, so
//!   `^(?:(a)|b)+\1$` accepts `ab` in ECMA-262 and not here. And ECMA-262
//!   matches a lookbehind from right to left, so inside one a reference to
//!   a group to its right sees that group's text (`(?<=\1(a))b` needs `aab`)
//!   while one to a group to its left sees nothing, and a group of varying
//!   length captures as much as it can going leftwards
//!   (`(?<=(a+))\1\b` does not match `baaa`); here lookbehinds run left to
//!   right. All of these matter only to backreferences.
//! * **Limits.** [`Pattern::compile`] refuses, as
//!   [`PatternError::TooLarge`], patterns over 1 MiB, translations over
//!   4 MiB, repetition minimums above `u32::MAX`, and anything needing more
//!   than 10 MiB of compiled program or 10 MiB of lazy DFA in the `regex`
//!   engine (the same bounds apply to fancy-regex's delegated parts, plus
//!   200,000 VM instructions). A repetition maximum above `u32::MAX` is
//!   treated as unbounded, which differs only for inputs of over four
//!   billion characters. Groups nested more than 128 deep are refused as
//!   [`PatternError::TooDeep`], by [`is_ecma_regex`] too; with lookaround
//!   or backreferences fancy-regex's own bound of about 60 applies,
//!   reported as [`PatternError::TooLarge`].
//!   [`is_ecma_regex`] has no length limit and needs memory proportional to
//!   the input, not to a parse tree. fancy-regex gets 1,000,000
//!   backtracking steps per match; running out is a [`PatternLimit`], never
//!   a hang and never a silent "matches".
//! * **Matching cost.** Without lookaround or backreferences a pattern
//!   runs on the `regex` crate, in time linear in the input whatever the
//!   pattern. With them, linear-time prefilters run first: the pattern with
//!   its lookarounds dropped and each backreference widened to anything its
//!   group could match, plus the body of every positive lookaround that
//!   every match must pass. If any of them does not match, neither does
//!   the pattern, so a long input that does not match never reaches the
//!   backtracking engine. Beyond that, the step limit bounds steps, not
//!   work: an input crafted to pass the prefilters can still make a
//!   lookaround of unbounded length rescan it from every position, which is
//!   quadratic (`(?<=x.*)a` on 100,000 `a`s and an `x` takes about 25 s in
//!   a release build; 10,000 take 0.2 s). ECMA-262 engines behave the same
//!   way. A caller that matches untrusted long strings can bound this by
//!   length for patterns whose [`Pattern::engine`] is `"backtracking"`.
//! * **Error offsets** count characters (Unicode scalar values) from the
//!   start of the pattern, starting at 0.

mod charset;
mod parse;
mod translate;

use std::collections::HashMap;
use std::fmt;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Arc;

use translate::{LiteralPlan, Target};

/// The parse tree costs tens of bytes per pattern character; a schema
/// pattern anywhere near this long is a mistake or an attack.
const MAX_SOURCE_LEN: usize = 1 << 20;
const SIZE_LIMIT: usize = 10 << 20;
const DFA_SIZE_LIMIT: usize = 10 << 20;
const BACKTRACK_LIMIT: usize = 1_000_000;
/// fancy-regex unrolls counted repetitions of backtracking sub-patterns
/// into VM instructions; this bounds that program.
const MAX_PROGRAM_INSTRUCTIONS: usize = 200_000;
/// The `regex` parser's own nesting bound; each ECMA-262 group can become a
/// group plus a repetition, so it sits above twice [`parse::MAX_NESTING`].
const REGEX_NEST_LIMIT: u32 = 300;

/// Why a pattern was rejected. Messages name the problem and, where there
/// is one, the character offset in the pattern.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub(crate) enum PatternError {
    #[error("{kind} at offset {offset}")]
    Syntax { kind: SyntaxError, offset: usize },
    #[error("unsupported ECMA-262 feature at offset {offset}: {feature}")]
    Unsupported {
        feature: &'static str,
        offset: usize,
    },
    #[error("pattern nests groups more than {limit} deep at offset {offset}")]
    TooDeep { limit: usize, offset: usize },
    #[error("pattern too large: {detail}")]
    TooLarge { detail: String },
    /// The translated pattern was refused for a reason this module does not
    /// anticipate; the detail is the engine's message.
    #[error("pattern could not be compiled: {detail}")]
    Engine { detail: String },
}

/// The ways an ECMA-262 pattern can be malformed.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub(crate) enum SyntaxError {
    #[error("unterminated character class")]
    UnterminatedClass,
    #[error("unterminated group")]
    UnterminatedGroup,
    #[error("unmatched `)`")]
    UnmatchedParen,
    #[error("nothing to repeat")]
    NothingToRepeat,
    #[error("numbers out of order in `{{}}` quantifier")]
    QuantifierOutOfOrder,
    #[error("range out of order in character class")]
    ClassRangeOutOfOrder,
    #[error("`\\` at end of pattern")]
    TrailingBackslash,
    #[error("invalid group: `(?` must be followed by `:`, `=`, `!`, `<=`, `<!` or `<name>`")]
    InvalidGroup,
    #[error("invalid capture group name")]
    InvalidGroupName,
    #[error("duplicate capture group name `{0}`")]
    DuplicateGroupName(String),
    #[error("invalid named reference: a pattern with named groups needs `\\k<name>`")]
    InvalidNamedReference,
    #[error("reference to undefined group name `{0}`")]
    UndefinedGroupName(String),
}

/// The backtracking engine ran out of steps (or failed in some other way)
/// before deciding. Callers report this as a violation: failing closed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error(
    "pattern matching gave up after {} backtracking steps",
    BACKTRACK_LIMIT
)]
pub(crate) struct PatternLimit;

/// A compiled pattern. Immutable, `Send + Sync`, and matched without
/// allocating once the engines' per-thread scratch space is warm.
pub(crate) struct Pattern {
    source: Box<str>,
    matcher: Matcher,
}

enum Matcher {
    Contains(Box<str>),
    StartsWith(Box<str>),
    EndsWith(Box<str>),
    Equals(Box<str>),
    Linear(regex::Regex),
    Backtracking {
        regex: fancy_regex::Regex,
        /// Linear-time necessary conditions (see [`translate::prefilters`]);
        /// any that could not be built are missing, which costs speed, not
        /// correctness.
        prefilters: Vec<regex::Regex>,
    },
}

const _: fn() = || {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Pattern>();
};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Strategy {
    /// Fixed strings without an engine, else the cheapest engine that can.
    Auto,
    /// An engine even for fixed strings; for comparing the two paths.
    #[cfg_attr(not(test), allow(dead_code))]
    NoLiteral,
    /// The backtracking engine for everything; for comparing engines.
    #[cfg_attr(not(test), allow(dead_code))]
    Backtracking,
    /// The backtracking engine alone, without its linear-time prefilter.
    #[cfg_attr(not(test), allow(dead_code))]
    Unfiltered,
}

impl Pattern {
    /// Parses `source` as an ECMA-262 pattern and prepares it for matching.
    pub(crate) fn compile(source: &str) -> Result<Pattern, PatternError> {
        Self::compile_with(source, Strategy::Auto)
    }

    fn compile_with(source: &str, strategy: Strategy) -> Result<Pattern, PatternError> {
        if source.len() > MAX_SOURCE_LEN {
            return Err(PatternError::TooLarge {
                detail: format!(
                    "{} bytes is over the {MAX_SOURCE_LEN} byte limit",
                    source.len()
                ),
            });
        }
        let parsed = match parse::parse(source, parse::Dialect::CodePointEscapes) {
            Ok(parsed) => parsed,
            // `[a-\u{5}]` is a valid ECMA-262 class (`a-u`, `{`, `5`, `}`)
            // that the code point reading turns into a backwards range; a
            // valid pattern is never refused for that reading's sake.
            Err(error) => parse::parse(source, parse::Dialect::Strict).map_err(|_| error)?,
        };
        let literal = match strategy {
            Strategy::Auto => translate::literal_plan(&parsed.root),
            Strategy::NoLiteral | Strategy::Backtracking | Strategy::Unfiltered => None,
        };
        let matcher = match literal {
            Some(LiteralPlan::Contains(s)) => Matcher::Contains(s.into()),
            Some(LiteralPlan::StartsWith(s)) => Matcher::StartsWith(s.into()),
            Some(LiteralPlan::EndsWith(s)) => Matcher::EndsWith(s.into()),
            Some(LiteralPlan::Equals(s)) => Matcher::Equals(s.into()),
            None if matches!(strategy, Strategy::Backtracking | Strategy::Unfiltered)
                || translate::needs_backtracking(&parsed.root) =>
            {
                let translated = translate::translate(&parsed.root, Target::Backtracking)?;
                let regex = build_backtracking(&translated, &parsed)?;
                let prefilters = match strategy {
                    Strategy::Unfiltered => Vec::new(),
                    _ => translate::prefilters(&parsed.root)
                        .iter()
                        .filter_map(|relaxed| build_linear(relaxed).ok())
                        .collect(),
                };
                Matcher::Backtracking { regex, prefilters }
            }
            None => {
                let translated = translate::translate(&parsed.root, Target::Linear)?;
                Matcher::Linear(build_linear(&translated)?)
            }
        };
        Ok(Pattern {
            source: source.into(),
            matcher,
        })
    }

    /// Whether the pattern matches anywhere in `haystack`.
    pub(crate) fn is_match(&self, haystack: &str) -> Result<bool, PatternLimit> {
        match &self.matcher {
            Matcher::Contains(needle) => Ok(haystack.contains(&**needle)),
            Matcher::StartsWith(prefix) => Ok(haystack.starts_with(&**prefix)),
            Matcher::EndsWith(suffix) => Ok(haystack.ends_with(&**suffix)),
            Matcher::Equals(text) => Ok(haystack == &**text),
            Matcher::Linear(re) => Ok(re.is_match(haystack)),
            // The backtracking engine sees attacker-controlled input on a
            // code path far less exercised than the `regex` crate's; should it
            // ever panic, the string is reported as not validated rather than
            // taking the validator down.
            Matcher::Backtracking { regex, prefilters } => {
                if !prefilters.iter().all(|pre| pre.is_match(haystack)) {
                    return Ok(false);
                }
                match catch_unwind(AssertUnwindSafe(|| regex.is_match(haystack))) {
                    Ok(Ok(matched)) => Ok(matched),
                    Ok(Err(_)) | Err(_) => Err(PatternLimit),
                }
            }
        }
    }

    /// The pattern as written in the schema.
    pub(crate) fn source(&self) -> &str {
        &self.source
    }

    /// Which matcher was chosen, for diagnostics and tests.
    pub(crate) fn engine(&self) -> &'static str {
        match self.matcher {
            Matcher::Contains(_) => "contains",
            Matcher::StartsWith(_) => "starts-with",
            Matcher::EndsWith(_) => "ends-with",
            Matcher::Equals(_) => "equals",
            Matcher::Linear(_) => "linear",
            Matcher::Backtracking { .. } => "backtracking",
        }
    }
}

impl fmt::Debug for Pattern {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Pattern")
            .field("source", &self.source)
            .field("engine", &self.engine())
            .finish()
    }
}

fn build_linear(translated: &str) -> Result<regex::Regex, PatternError> {
    let built = catch_unwind(|| {
        regex::RegexBuilder::new(translated)
            .size_limit(SIZE_LIMIT)
            .dfa_size_limit(DFA_SIZE_LIMIT)
            .nest_limit(REGEX_NEST_LIMIT)
            .build()
    });
    match built {
        Ok(Ok(re)) => Ok(re),
        Ok(Err(regex::Error::CompiledTooBig(limit))) => Err(PatternError::TooLarge {
            detail: format!("the compiled pattern would exceed {limit} bytes"),
        }),
        Ok(Err(other)) => Err(PatternError::Engine {
            detail: other.to_string(),
        }),
        Err(_) => Err(engine_panicked()),
    }
}

fn build_backtracking(
    translated: &str,
    parsed: &parse::Parsed,
) -> Result<fancy_regex::Regex, PatternError> {
    use fancy_regex::{CompileError, Error, ParseError};

    let built = catch_unwind(|| {
        fancy_regex::RegexBuilder::new(translated)
            .backtrack_limit(BACKTRACK_LIMIT)
            .delegate_size_limit(SIZE_LIMIT)
            .delegate_dfa_size_limit(DFA_SIZE_LIMIT)
            .max_prog_size(MAX_PROGRAM_INSTRUCTIONS)
            .build()
    });
    let error = match built {
        Ok(Ok(re)) => return Ok(re),
        Ok(Err(error)) => error,
        Err(_) => return Err(engine_panicked()),
    };
    let too_large = |detail: &str| PatternError::TooLarge {
        detail: detail.to_owned(),
    };
    Err(match &error {
        Error::CompileError(inner) => match &**inner {
            CompileError::InnerError(build) if build.size_limit().is_some() => {
                too_large("the compiled pattern would exceed its size limit")
            }
            CompileError::PatternTooComplex => {
                too_large("the backtracking program would exceed its instruction limit")
            }
            CompileError::LookBehindNotConst | CompileError::VariableLookBehindRequiresFeature => {
                PatternError::Unsupported {
                    feature: "a lookbehind of varying length that contains lookaround or a backreference",
                    offset: parsed.first_lookbehind.unwrap_or(0),
                }
            }
            _ => PatternError::Engine {
                detail: error.to_string(),
            },
        },
        Error::ParseError(_, ParseError::RecursionExceeded) => too_large(
            "groups nest too deeply for the backtracking engine that lookaround and backreferences need",
        ),
        _ => PatternError::Engine {
            detail: error.to_string(),
        },
    })
}

fn engine_panicked() -> PatternError {
    PatternError::Engine {
        detail: "the regex engine failed unexpectedly".to_owned(),
    }
}

/// Compiles each distinct pattern text once per schema compilation.
#[derive(Debug, Default)]
pub(crate) struct PatternCache {
    patterns: HashMap<String, Arc<Pattern>>,
}

impl PatternCache {
    pub(crate) fn new() -> Self {
        Self::default()
    }

    /// The compiled pattern for `source`, compiling it on first request.
    /// Failures are not cached: a schema with a bad pattern fails anyway.
    pub(crate) fn get_or_compile(&mut self, source: &str) -> Result<Arc<Pattern>, PatternError> {
        if let Some(pattern) = self.patterns.get(source) {
            return Ok(Arc::clone(pattern));
        }
        let pattern = Arc::new(Pattern::compile(source)?);
        self.patterns
            .insert(source.to_owned(), Arc::clone(&pattern));
        Ok(pattern)
    }

    pub(crate) fn len(&self) -> usize {
        self.patterns.len()
    }
}

/// Whether `s` is a valid ECMA-262 pattern (without flags), for the `regex`
/// format. Checks the grammar only, so it accepts patterns that are valid
/// but too large for [`Pattern::compile`]. It reads `\u{...}` strictly, so
/// `\u{41}+` (a quantifier after the quantifier `{41}`) is not a regex
/// although [`Pattern::compile`] accepts it.
pub(crate) fn is_ecma_regex(s: &str) -> bool {
    parse::validate(s, parse::Dialect::Strict).is_ok()
}

#[cfg(test)]
mod tests;
