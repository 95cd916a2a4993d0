//! Command-line arguments.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Check JSON Structure schemas and validate JSON documents against them.
#[derive(Parser)]
#[command(name = "truss", version, about)]
pub(crate) struct Cli {
    /// When to colour the output: `auto` colours on a terminal unless the
    /// NO_COLOR environment variable is set.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, global = true)]
    pub(crate) color: ColorChoice,
    #[command(subcommand)]
    pub(crate) command: Command,
}

#[derive(Subcommand)]
pub(crate) enum Command {
    /// Validate documents against a schema.
    ///
    /// Inputs are files, directories (every `*.json`, `*.jsonl` and
    /// `*.ndjson` below them; one with none is an error), or `-` for
    /// standard input. Files ending in `.jsonl` or `.ndjson`, and every
    /// input under `--ndjson`, hold one document per line.
    ///
    /// Exit status: 0 when every document is valid, 1 when any is invalid,
    /// 2 when an input cannot be used (unreadable, malformed, or a schema
    /// that cannot be compiled).
    Validate(ValidateArgs),
    /// Check schema documents against the JSON Structure rules.
    ///
    /// Inputs are files, directories (every `*.json` below them; one with
    /// none is an error), or `-` for standard input.
    ///
    /// Exit status: 0 when no schema has errors (warnings allowed), 1
    /// otherwise, 2 when a file cannot be read or parsed.
    Check(CheckArgs),
    /// Explain a diagnostic or violation code: what it means, an example
    /// that triggers it, and how to fix it. Without a code, list them all.
    Explain(ExplainArgs),
}

/// How the schema is loaded; shared by every command that compiles one.
#[derive(Args)]
pub(crate) struct SchemaArgs {
    /// The JSON Structure schema document.
    #[arg(long, short)]
    pub(crate) schema: PathBuf,
    /// Reject schema defects instead of compiling them leniently.
    #[arg(long)]
    pub(crate) strict: bool,
    #[command(flatten)]
    pub(crate) imports: ImportArgs,
}

/// Where `$import` and `$importdefs` find documents.
#[derive(Args)]
pub(crate) struct ImportArgs {
    /// Make FILE the document that `$import`/`$importdefs` name by URI
    /// (repeatable). Nothing is ever fetched over the network; relative
    /// imports resolve next to the schema file.
    #[arg(long = "import", value_name = "URI=FILE", value_parser = import_spec)]
    pub(crate) imports: Vec<(String, PathBuf)>,
}

/// `URI=FILE`, split at the first `=` (a URI may contain more).
fn import_spec(spec: &str) -> Result<(String, PathBuf), String> {
    match spec.split_once('=') {
        Some((uri, file)) if !uri.is_empty() && !file.is_empty() => {
            Ok((uri.to_owned(), PathBuf::from(file)))
        }
        _ => Err(format!("expected URI=FILE, found `{spec}`")),
    }
}

#[derive(Args)]
pub(crate) struct ValidateArgs {
    #[command(flatten)]
    pub(crate) schema: SchemaArgs,
    /// Output format (`auto`: `human` on a terminal, `short` otherwise).
    #[arg(long, value_enum, default_value_t = Format::Auto)]
    pub(crate) format: Format,
    /// Read every input as newline-delimited JSON (one document per line).
    #[arg(long)]
    pub(crate) ndjson: bool,
    /// Report at most N violations per document.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub(crate) max_errors: Option<u32>,
    /// Documents: files, directories, or `-` for standard input.
    #[arg(required = true, value_name = "INPUT")]
    pub(crate) inputs: Vec<PathBuf>,
}

#[derive(Args)]
pub(crate) struct CheckArgs {
    /// Treat warnings as errors.
    #[arg(long)]
    pub(crate) strict: bool,
    /// Also check every `example` and `examples` value against the schema
    /// that holds it.
    #[arg(long)]
    pub(crate) examples: bool,
    #[command(flatten)]
    pub(crate) imports: ImportArgs,
    /// Output format (`auto`: `human` on a terminal, `short` otherwise).
    #[arg(long, value_enum, default_value_t = Format::Auto)]
    pub(crate) format: Format,
    /// Schema documents to check: files, directories, or `-` for standard input.
    #[arg(required = true, value_name = "SCHEMA")]
    pub(crate) schemas: Vec<PathBuf>,
}

#[derive(Args)]
pub(crate) struct ExplainArgs {
    /// A code such as INSTANCE_REQUIRED_PROPERTY_MISSING (case-insensitive).
    pub(crate) code: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum Format {
    /// `human` when standard output is a terminal, `short` otherwise.
    Auto,
    /// Source excerpts with the offending value underlined.
    Human,
    /// One line per finding: `DOC: /pointer: CODE message`.
    Short,
    /// One JSON document per run (docs/cli-json-output.md).
    Json,
    /// SARIF 2.1.0, for code-scanning tools.
    Sarif,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum ColorChoice {
    /// Colour on a terminal, unless NO_COLOR is set.
    Auto,
    /// Always colour (overrides NO_COLOR).
    Always,
    /// Never colour.
    Never,
}
