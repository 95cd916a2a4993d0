//! `truss validate`: compile the schema once, validate every input.

use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;
use std::time::Instant;

use crate::args::{Format, ValidateArgs};
use crate::batch::{self, Engine};
use crate::inputs;
use crate::output::{Sink, Summary, json::Json, sarif::Sarif, short::Text};
use crate::progress::Progress;
use crate::report::Verdict;
use crate::schema;

pub(crate) fn run(args: &ValidateArgs, format: Format, color: bool) -> io::Result<ExitCode> {
    let started = Instant::now();
    let render = (format == Format::Human).then_some(color);
    let mut sink: Box<dyn Sink> = match format {
        Format::Json => Box::new(Json::new()),
        Format::Sarif => Box::new(Sarif::default()),
        Format::Human | Format::Short | Format::Auto => {
            Box::new(Text::new(format == Format::Human))
        }
    };
    let registered = match schema::registry(&args.schema.imports.imports) {
        Ok(options) => options,
        Err(e) => {
            writeln!(io::stderr().lock(), "error: {e}")?;
            return Ok(ExitCode::from(2));
        }
    };
    let (validator, report) = schema::load(&args.schema, &registered, render);
    sink.schema(&report)?;
    let Some(validator) = validator else {
        sink.finish(&Summary {
            tally: Default::default(),
            inputs: 0,
            bytes: 0,
            elapsed: started.elapsed(),
        })?;
        return Ok(ExitCode::from(2));
    };
    let inputs = inputs::expand(&args.inputs, args.ndjson, inputs::Wanted::Documents);
    let total: Option<u64> = inputs.iter().map(|i| i.size).sum();
    let machine = matches!(format, Format::Json | Format::Sarif);
    let mut progress = Progress::new(!machine && io::stderr().is_terminal(), total);
    let engine = Engine {
        validator: &validator,
        max_errors: args.max_errors.map_or(usize::MAX, |n| n as usize),
        render,
    };
    let result = batch::run(&engine, &inputs, sink.as_mut(), &mut progress);
    progress.finish();
    let (tally, bytes) = result?;
    sink.finish(&Summary {
        tally,
        inputs: inputs.len(),
        bytes,
        elapsed: started.elapsed(),
    })?;
    Ok(crate::exit_code(
        if tally.documents() == 0 && inputs.is_empty() {
            Verdict::Valid
        } else {
            tally.verdict()
        },
    ))
}
