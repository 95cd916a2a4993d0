//! Loading schemas and turning their diagnostics into located findings.
//!
//! Every command resolves imports the same way: documents given with
//! `--import URI=FILE` ([`registry`]), and relative imports next to the
//! schema file ([`resolving_imports`]).

use std::path::{Path, PathBuf};

use crate::args::SchemaArgs;
use crate::locate::{Span, locate, offset, position};
use crate::output::human::{self, Item, Kind};
use crate::report::{Finding, SchemaReport, Verdict};
use crate::source;

/// Diagnostics located in the schema's text, in text order. A location the
/// library already knows is kept; otherwise it is found from the pointer.
pub(crate) fn findings(
    name: &str,
    text: &str,
    diagnostics: &[truss::Diagnostic],
    strict: bool,
    render: Option<bool>,
) -> (Vec<Finding>, Option<String>) {
    let mut located: Vec<(Finding, Option<crate::locate::Span>)> = diagnostics
        .iter()
        .map(|d| {
            let known = d
                .line()
                .zip(d.column())
                .map(|(line, column)| crate::locate::Position { line, column });
            // The library places a keyword's finding on the keyword; the
            // excerpt then runs from there to the end of its value.
            let at = known.and_then(|p| offset(text, p));
            let span = match locate(text, d.pointer()) {
                Some(value) => Some(match at {
                    Some(start) if start < value.start => Span {
                        start,
                        end: value.end,
                    },
                    _ => value,
                }),
                // Not in this text (a type an import brought in): the
                // library's place for it, the import's key, underlined.
                None => at.map(|start| Span {
                    start,
                    end: token_end(text, start),
                }),
            };
            let severity = if strict {
                truss::Severity::Error
            } else {
                d.severity()
            };
            (
                Finding {
                    severity,
                    code: d.code(),
                    pointer: d.pointer().to_owned(),
                    message: d.message().to_owned(),
                    lenient: d.is_lenient(),
                    position: known.or_else(|| span.map(|s| position(text, s.start))),
                },
                span,
            )
        })
        .collect();
    // Text order reads best; the sort is stable, so findings at one place
    // keep the library's order.
    located.sort_by_key(|(f, _)| {
        f.position
            .map_or((usize::MAX, usize::MAX), |p| (p.line, p.column))
    });
    let rendered = render.map(|color| {
        let mut out = String::new();
        for (f, span) in &located {
            let item = Item {
                kind: match f.severity {
                    truss::Severity::Error => Kind::Error,
                    truss::Severity::Warning => Kind::Warning,
                },
                code: f.code,
                message: &f.message,
                label: &f.pointer,
                note: None,
            };
            human::render(&mut out, name, text, 1, *span, &item, color);
        }
        out
    });
    (located.into_iter().map(|(f, _)| f).collect(), rendered)
}

/// Options with every `--import URI=FILE` document registered; the error
/// names the option whose file cannot be read or is not JSON.
pub(crate) fn registry(imports: &[(String, PathBuf)]) -> Result<truss::ValidatorOptions, String> {
    let mut options = truss::Validator::options();
    for (uri, file) in imports {
        let doc = source::read_text(file)
            .and_then(|text| source::parse(&text))
            .map_err(|p| format!("--import {uri}={}: {}", file.display(), p.message))?;
        options = options.register(uri, doc);
    }
    Ok(options)
}

/// `options` for the schema at `path`: its relative imports resolve next
/// to it and may read its folder and its parent's other folders (a library
/// beside the schema), as `Validator::from_path` allows. Standard input has
/// no place, so it resolves only registered documents.
pub(crate) fn resolving_imports(
    options: &truss::ValidatorOptions,
    path: &Path,
) -> truss::ValidatorOptions {
    if source::is_stdin(path) {
        return options.clone();
    }
    let options = options.clone().base_path(path);
    match std::fs::canonicalize(path) {
        Ok(real) => {
            let dir = real.parent().unwrap_or(&real);
            options.import_root(dir.parent().unwrap_or(dir))
        }
        Err(_) => options,
    }
}

/// Reads and compiles the schema. On failure the report says why
/// (verdict `Unusable`) and there is no validator.
pub(crate) fn load(
    args: &SchemaArgs,
    registered: &truss::ValidatorOptions,
    render: Option<bool>,
) -> (Option<truss::Validator>, SchemaReport) {
    let name = source::display_name(&args.schema);
    let unusable = |problem| SchemaReport {
        input: name.clone(),
        verdict: Verdict::Unusable,
        findings: Vec::new(),
        problem: Some(problem),
        rendered: None,
    };
    let text = match source::read_text(&args.schema) {
        Ok(t) => t,
        Err(p) => return (None, unusable(p)),
    };
    // Text that is not JSON is reported as a document's would be; the
    // library then compiles the text itself, so that its diagnostics carry
    // the locations `truss check` gives them (the keyword, not its value).
    if let Err(p) = source::parse(&text) {
        let rendered = render.and_then(|color| human::render_problem(&name, &text, 1, &p, color));
        return (
            None,
            SchemaReport {
                rendered,
                ..unusable(p)
            },
        );
    }
    match resolving_imports(registered, &args.schema)
        .strict(args.strict)
        .build_str(&text)
    {
        Ok(v) => {
            let (findings, rendered) = findings(&name, &text, v.warnings(), false, render);
            let report = SchemaReport {
                input: name,
                verdict: Verdict::Valid,
                findings,
                problem: None,
                rendered,
            };
            (Some(v), report)
        }
        Err(e) => {
            let errors: Vec<truss::Diagnostic> = e.errors().cloned().collect();
            let (findings, rendered) = findings(&name, &text, &errors, false, render);
            let report = SchemaReport {
                input: name,
                verdict: Verdict::Unusable,
                findings,
                problem: None,
                rendered,
            };
            (None, report)
        }
    }
}

/// End of the JSON string that starts at `start` (just past its closing
/// quote), or of the one character there when it is not a string.
fn token_end(text: &str, start: usize) -> usize {
    let rest = text.get(start..).unwrap_or_default();
    let mut chars = rest.char_indices();
    match chars.next() {
        Some((_, '"')) => {
            let mut escaped = false;
            for (i, c) in chars {
                match c {
                    '"' if !escaped => return start + i + 1,
                    '\\' => escaped = !escaped,
                    _ => escaped = false,
                }
            }
            text.len()
        }
        Some((_, c)) => start + c.len_utf8(),
        None => start,
    }
}
