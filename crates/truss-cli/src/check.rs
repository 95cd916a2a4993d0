//! `truss check`: schema diagnostics (and, with `--examples`, examples
//! that do not conform), in every output format.

use std::io;
use std::process::ExitCode;
use std::time::Instant;

use crate::args::{CheckArgs, Format};
use crate::output::{json, sarif, short::Text};
use crate::report::{SchemaReport, Verdict};
use crate::schema::findings;
use crate::source;

fn check_one(path: &std::path::Path, args: &CheckArgs, render: Option<bool>) -> SchemaReport {
    let name = source::display_name(path);
    let parsed = source::read_text(path).and_then(|text| source::parse(&text).map(|v| (text, v)));
    let (text, value) = match parsed {
        Ok(tv) => tv,
        Err(problem) => {
            return SchemaReport {
                input: name,
                verdict: Verdict::Unusable,
                findings: Vec::new(),
                problem: Some(problem),
                rendered: None,
            };
        }
    };
    let mut diagnostics = truss::check_schema(&value);
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

pub(crate) fn run(args: &CheckArgs, format: Format, color: bool) -> io::Result<ExitCode> {
    let started = Instant::now();
    let render = (format == Format::Human).then_some(color);
    let reports: Vec<SchemaReport> = args
        .schemas
        .iter()
        .map(|p| check_one(p, args, render))
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
