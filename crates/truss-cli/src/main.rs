//! `truss`: check JSON Structure schemas and validate documents against them.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use serde_json::Value;

/// Check JSON Structure schemas and validate JSON documents against them.
#[derive(Parser)]
#[command(name = "truss", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Validate documents against a schema.
    ///
    /// Exit status: 0 when every document is valid, 1 when any is invalid,
    /// 2 when an input cannot be used (unreadable, malformed, or a schema
    /// that cannot be compiled).
    Validate {
        /// The JSON Structure schema document.
        #[arg(long, short)]
        schema: PathBuf,
        /// Reject schema defects instead of compiling them leniently.
        #[arg(long)]
        strict: bool,
        /// Make FILE the document that `$import`/`$importdefs` name by URI
        /// (repeatable). Nothing is ever fetched over the network; relative
        /// imports resolve next to the schema file.
        #[arg(long = "import", value_name = "URI=FILE")]
        imports: Vec<String>,
        /// Documents to validate.
        #[arg(required = true)]
        docs: Vec<PathBuf>,
    },
    /// Check schema documents against the JSON Structure rules.
    ///
    /// Exit status: 0 when no schema has errors (warnings allowed), 1
    /// otherwise, 2 when a file cannot be read or parsed.
    Check {
        /// Treat warnings as errors.
        #[arg(long)]
        strict: bool,
        /// Make FILE the document that `$import`/`$importdefs` name by URI
        /// (repeatable). Nothing is ever fetched over the network; relative
        /// imports resolve next to each schema file.
        #[arg(long = "import", value_name = "URI=FILE")]
        imports: Vec<String>,
        /// Schema documents to check.
        #[arg(required = true)]
        schemas: Vec<PathBuf>,
    },
}

/// Why an input could not be used; printed once and mapped to exit status 2.
struct Unusable(String);

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Validate {
            schema,
            strict,
            imports,
            docs,
        } => validate(&schema, strict, &imports, &docs),
        Command::Check {
            strict,
            imports,
            schemas,
        } => check(&schemas, strict, &imports),
    };
    match result {
        Ok(code) => code,
        Err(Unusable(msg)) => {
            eprintln!("error: {msg}");
            ExitCode::from(2)
        }
    }
}

fn read_json(path: &Path) -> Result<Value, Unusable> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Unusable(format!("{}: cannot read: {e}", path.display())))?;
    serde_json::from_str(&text).map_err(|e| {
        Unusable(format!(
            "{}:{}:{}: malformed JSON: {}",
            path.display(),
            e.line(),
            e.column(),
            strip_position(&e.to_string())
        ))
    })
}

/// serde_json appends " at line L column C"; the location is printed first instead.
fn strip_position(msg: &str) -> &str {
    msg.rfind(" at line ").map_or(msg, |i| &msg[..i])
}

/// The documents given with `--import URI=FILE`.
fn registry(imports: &[String]) -> Result<truss::ValidatorOptions, Unusable> {
    let mut options = truss::Validator::options();
    for spec in imports {
        let (uri, file) = spec
            .split_once('=')
            .ok_or_else(|| Unusable(format!("--import {spec}: expected URI=FILE")))?;
        options = options.register(uri, read_json(Path::new(file))?);
    }
    Ok(options)
}

/// Relative imports resolve next to the schema file, and may read files
/// from its folder and its parent's other folders, as
/// `Validator::from_path` does.
fn located(options: &truss::ValidatorOptions, schema_path: &Path) -> truss::ValidatorOptions {
    let options = options.clone().base_path(schema_path);
    match std::fs::canonicalize(schema_path) {
        Ok(real) => {
            let dir = real.parent().unwrap_or(&real);
            options.import_root(dir.parent().unwrap_or(dir))
        }
        Err(_) => options,
    }
}

fn validate(
    schema_path: &Path,
    strict: bool,
    imports: &[String],
    docs: &[PathBuf],
) -> Result<ExitCode, Unusable> {
    let schema = read_json(schema_path)?;
    let validator = located(&registry(imports)?, schema_path)
        .strict(strict)
        .build(&schema)
        .map_err(|e| Unusable(format!("{}: {e}", schema_path.display())))?;
    if !validator.warnings().is_empty() {
        eprintln!(
            "note: {} compiled with {} warning{} (see `truss check {}`)",
            schema_path.display(),
            validator.warnings().len(),
            if validator.warnings().len() == 1 {
                ""
            } else {
                "s"
            },
            schema_path.display()
        );
    }
    let (mut valid, mut invalid, mut unusable) = (0usize, 0usize, 0usize);
    for doc_path in docs {
        let doc = match read_json(doc_path) {
            Ok(doc) => doc,
            Err(Unusable(msg)) => {
                eprintln!("error: {msg}");
                unusable += 1;
                continue;
            }
        };
        match validator.validate(&doc) {
            Ok(()) => {
                valid += 1;
                println!("{}: valid", doc_path.display());
            }
            Err(errors) => {
                invalid += 1;
                for e in &errors {
                    let at = if e.instance_path().is_empty() {
                        "(root)"
                    } else {
                        e.instance_path()
                    };
                    println!("{}: {at}: {} {}", doc_path.display(), e.code(), e.message());
                }
            }
        }
    }
    eprintln!(
        "{} document{}: {valid} valid, {invalid} invalid{}",
        docs.len(),
        if docs.len() == 1 { "" } else { "s" },
        if unusable > 0 {
            format!(", {unusable} unreadable")
        } else {
            String::new()
        }
    );
    Ok(if unusable > 0 {
        ExitCode::from(2)
    } else if invalid > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn check(schemas: &[PathBuf], strict: bool, imports: &[String]) -> Result<ExitCode, Unusable> {
    let options = registry(imports)?;
    let mut any_error = false;
    let mut unusable = false;
    for path in schemas {
        let schema = match read_json(path) {
            Ok(s) => s,
            Err(Unusable(msg)) => {
                eprintln!("error: {msg}");
                unusable = true;
                continue;
            }
        };
        let diagnostics = located(&options, path).check(&schema);
        for d in &diagnostics {
            let severity = if strict {
                truss::Severity::Error
            } else {
                d.severity()
            };
            if severity == truss::Severity::Error {
                any_error = true;
            }
            let at = if d.pointer().is_empty() {
                "(root)"
            } else {
                d.pointer()
            };
            match (d.line(), d.column()) {
                (Some(l), Some(c)) => println!(
                    "{}:{l}:{c}: {severity}[{}] at {at}: {}",
                    path.display(),
                    d.code(),
                    d.message()
                ),
                _ => println!(
                    "{}: {severity}[{}] at {at}: {}",
                    path.display(),
                    d.code(),
                    d.message()
                ),
            }
        }
        if diagnostics.is_empty() {
            println!("{}: ok", path.display());
        }
    }
    Ok(if unusable {
        ExitCode::from(2)
    } else if any_error {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
