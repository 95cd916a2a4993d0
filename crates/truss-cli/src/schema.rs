//! Loading schemas and turning their diagnostics into located findings.
//!
//! Room is left here for more ways of loading (imports resolved next to
//! the schema file, `--import URI=FILE`): every command compiles through
//! [`load`].

use crate::args::SchemaArgs;
use crate::locate::{locate, position};
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
            let span = locate(text, d.pointer());
            let known = d
                .line()
                .zip(d.column())
                .map(|(line, column)| crate::locate::Position { line, column });
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

/// Reads and compiles the schema. On failure the report says why
/// (verdict `Unusable`) and there is no validator.
pub(crate) fn load(
    args: &SchemaArgs,
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
    let value = match source::parse(&text) {
        Ok(v) => v,
        Err(p) => return (None, unusable(p)),
    };
    match truss::Validator::options()
        .strict(args.strict)
        .build(&value)
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
