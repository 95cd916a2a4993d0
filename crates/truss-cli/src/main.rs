//! `truss`: check JSON Structure schemas and validate documents against them.
// A bad input is reported (with its file name, exit 2), never a panic.
// Test code may unwrap.
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::indexing_slicing,
        clippy::string_slice,
        clippy::panic,
        clippy::unreachable,
        clippy::todo,
        clippy::unimplemented,
        clippy::print_stdout,
        clippy::print_stderr
    )
)]

mod args;
mod batch;
mod check;
mod explain;
mod inputs;
mod locate;
mod output;
mod progress;
mod report;
mod schema;
mod source;
mod validate;

use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use clap::Parser;

use args::{Cli, ColorChoice, Command, Format};
use report::Verdict;

/// 0 all valid, 1 something invalid, 2 something unusable.
pub(crate) fn exit_code(v: Verdict) -> ExitCode {
    match v {
        Verdict::Valid => ExitCode::SUCCESS,
        Verdict::Invalid => ExitCode::from(1),
        Verdict::Unusable => ExitCode::from(2),
    }
}

/// `auto` is `human` on a terminal and `short` otherwise (the one-line
/// form that scripts read).
fn resolve_format(f: Format) -> Format {
    match f {
        Format::Auto if io::stdout().is_terminal() => Format::Human,
        Format::Auto => Format::Short,
        other => other,
    }
}

/// Colour for `auto` only on a terminal and without NO_COLOR
/// (https://no-color.org: any non-empty value); `always` overrides it.
fn resolve_color(c: ColorChoice) -> bool {
    match c {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let color = resolve_color(cli.color);
    let result = match &cli.command {
        Command::Validate(a) => validate::run(a, resolve_format(a.format), color),
        Command::Check(a) => check::run(a, resolve_format(a.format), color),
        Command::Explain(a) => explain::run(a.code.as_deref(), &mut io::stdout().lock()),
    };
    match result {
        Ok(code) => code,
        // The reader went away (`truss … | head`): nothing left to say.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::from(2),
        Err(e) => {
            // If standard error is what failed, there is no one to tell.
            let _ = writeln!(io::stderr().lock(), "error: cannot write the output: {e}");
            ExitCode::from(2)
        }
    }
}
