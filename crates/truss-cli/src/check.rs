//! `truss check`: schema diagnostics (and, with `--examples`, examples
//! that do not conform), in every output format.

use std::io::{self, Write};
use std::process::ExitCode;
use std::time::Instant;

use crate::args::{CheckArgs, Format};
use crate::inputs::{self, Wanted};
use crate::output::{human, json, sarif, short::Text};
use crate::report::{Problem, SchemaReport, Verdict};
use crate::schema::{findings, registry, resolving_imports};
use crate::source;

fn check_one(
    path: &std::path::Path,
    args: &CheckArgs,
    registered: &truss::ValidatorOptions,
    render: Option<bool>,
) -> SchemaReport {
    let name = source::display_name(path);
    let text = match source::read_text(path) {
        Ok(text) => text,
        Err(problem) => return unusable(name, problem, None),
    };
    let value = match source::parse(&text) {
        Ok(value) => value,
        Err(problem) => {
            let rendered =
                render.and_then(|color| human::render_problem(&name, &text, 1, &problem, color));
            return unusable(name, problem, rendered);
        }
    };
    // The library locates what it finds in the schema's own text; a
    // finding about an imported type is placed at the import that brought
    // it in (its pointer is into the expanded schema).
    let mut diagnostics = resolving_imports(registered, path).check_str(&text);
    if args.examples {
        diagnostics.extend(truss::check_examples(&value));
    }
    let (findings, rendered) = findings(&name, &text, &diagnostics, args.strict, render);
    let verdict = if findings
        .iter()
        .any(|f| f.severity == truss::Severity::Error)
    {
        Verdict::Invalid
    } else {
        Verdict::Valid
    };
    SchemaReport {
        input: name,
        verdict,
        findings,
        problem: None,
        rendered,
    }
}

fn unusable(input: String, problem: Problem, rendered: Option<String>) -> SchemaReport {
    SchemaReport {
        input,
        verdict: Verdict::Unusable,
        findings: Vec::new(),
        problem: Some(problem),
        rendered,
    }
}

pub(crate) fn run(args: &CheckArgs, format: Format, color: bool) -> io::Result<ExitCode> {
    let started = Instant::now();
    let render = (format == Format::Human).then_some(color);
    let registered = match registry(&args.imports.imports) {
        Ok(options) => options,
        Err(e) => {
            writeln!(io::stderr().lock(), "error: {e}")?;
            return Ok(ExitCode::from(2));
        }
    };
    let reports: Vec<SchemaReport> = inputs::expand(&args.schemas, false, Wanted::Schemas)
        .into_iter()
        .map(|input| match input.error {
            Some(message) => unusable(
                input.name,
                Problem {
                    message,
                    position: None,
                },
                None,
            ),
            None => check_one(&input.path, args, &registered, render),
        })
        .collect();
    match format {
        Format::Json => json::check(&reports, started.elapsed())?,
        Format::Sarif => sarif::check(&reports)?,
        Format::Human | Format::Short | Format::Auto => {
            let mut text = Text::new(format == Format::Human);
            for r in &reports {
                text.check(r)?;
            }
            crate::output::Sink::flush(&mut text)?;
        }
    }
    let worst = reports
        .iter()
        .map(|r| r.verdict)
        .fold(Verdict::Valid, |a, b| match (a, b) {
            (Verdict::Unusable, _) | (_, Verdict::Unusable) => Verdict::Unusable,
            (Verdict::Invalid, _) | (_, Verdict::Invalid) => Verdict::Invalid,
            _ => Verdict::Valid,
        });
    Ok(crate::exit_code(worst))
}
