//! `truss explain CODE`: what a code means, an example that triggers it
//! (run live, so it shows what truss really reports), and how to fix it.

pub(crate) mod table;

use std::io::{self, Write};
use std::process::ExitCode;

use serde_json::{Map, Value};

use table::{ENTRIES, Entry, Example};

/// The explanation of `code` (exact, upper case).
pub(crate) fn entry(code: &str) -> Option<&'static Entry> {
    ENTRIES.iter().find(|e| e.code == code)
}

/// A schema body with the root keywords every schema carries added where
/// missing, so that examples show only what matters.
pub(crate) fn complete(body: &str) -> Result<Value, String> {
    let mut v: Value = serde_json::from_str(body).map_err(|e| e.to_string())?;
    if let Some(o) = v.as_object_mut() {
        let mut head = Map::new();
        head.insert("$schema".into(), truss::meta::CORE.into());
        head.insert("$id".into(), "https://example.com/explain".into());
        if o.contains_key("type") {
            head.insert("name".into(), "Example".into());
        }
        for (k, val) in head {
            o.entry(k).or_insert(val);
        }
    }
    Ok(v)
}

/// What truss reports for an example: `(pointer, code, message)`.
pub(crate) fn run_example(
    example: &Example,
) -> Result<Vec<(String, &'static str, String)>, String> {
    let diagnostics = |d: Vec<truss::Diagnostic>| {
        d.into_iter()
            .map(|d| (d.pointer().to_owned(), d.code(), d.message().to_owned()))
            .collect()
    };
    match example {
        Example::Schema(body) => Ok(diagnostics(truss::check_schema(&complete(body)?))),
        Example::Root(text) => Ok(diagnostics(truss::check_schema_str(text))),
        Example::Imports { schema, documents } => {
            let mut options = truss::Validator::options();
            for (uri, doc) in *documents {
                let doc: Value = serde_json::from_str(doc).map_err(|e| e.to_string())?;
                options = options.register(*uri, doc);
            }
            Ok(diagnostics(options.check(&complete(schema)?)))
        }
        Example::Examples(body) => Ok(diagnostics(truss::check_examples(&complete(body)?))),
        Example::Instance { schema, document } => {
            let schema = complete(schema)?;
            let doc: Value = serde_json::from_str(document).map_err(|e| e.to_string())?;
            let v = truss::Validator::new(&schema).map_err(|e| e.to_string())?;
            Ok(v.iter_errors(&doc)
                .map(|e| {
                    (
                        e.instance_path().to_owned(),
                        e.code(),
                        e.message().to_owned(),
                    )
                })
                .collect())
        }
        Example::Prose(_) => Ok(Vec::new()),
    }
}

fn indent(text: &str, by: &str) -> String {
    text.lines()
        .map(|l| format!("{by}{l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The full explanation, as printed.
pub(crate) fn render(e: &Entry) -> String {
    let mut out = format!(
        "{}: {}\n\n{}\n\nExample\n",
        e.code,
        e.summary,
        indent(e.meaning, "  ")
    );
    let shown = |body: &str, note: &str| -> String { format!("  schema:   {body}{note}\n") };
    const ADDED: &str = "\n            (with the usual \"$schema\", \"$id\" and \"name\")";
    match &e.example {
        Example::Schema(body) | Example::Examples(body) => out.push_str(&shown(body, ADDED)),
        Example::Imports { schema, documents } => {
            out.push_str(&shown(schema, ADDED));
            for (uri, doc) in *documents {
                out.push_str(&format!("  import:   {uri} = {doc}\n"));
            }
        }
        Example::Root(text) => out.push_str(&shown(text, "")),
        Example::Instance { schema, document } => {
            out.push_str(&shown(schema, ADDED));
            out.push_str(&format!("  document: {document}\n"));
        }
        Example::Prose(text) => out.push_str(&format!("{}\n", indent(text, "  "))),
    }
    if !matches!(e.example, Example::Prose(_)) {
        let command = match e.example {
            Example::Examples(_) => "truss check --examples",
            Example::Imports { .. } => "truss check --import URI=FILE",
            Example::Instance { .. } => "truss validate",
            _ => "truss check",
        };
        out.push_str(&format!("  {command} reports:\n"));
        match run_example(&e.example) {
            Ok(found) => {
                for (pointer, code, message) in found {
                    let at = if pointer.is_empty() {
                        "(root)"
                    } else {
                        &pointer
                    };
                    let mark = if code == e.code { "→" } else { " " };
                    out.push_str(&format!("  {mark} {at}: {code} {message}\n"));
                }
            }
            Err(err) => out.push_str(&format!("    (the example could not be run: {err})\n")),
        }
    }
    out.push_str(&format!("\nFix\n{}\n", indent(e.fix, "  ")));
    out
}

/// Writes the list of codes, or the explanation of `code`, to `out`. A
/// failed write (a closed pipe, a full disk) is returned, not a panic as
/// `print!` would.
pub(crate) fn run(code: Option<&str>, out: &mut impl Write) -> io::Result<ExitCode> {
    let Some(code) = code else {
        for e in ENTRIES {
            writeln!(out, "{:<42} {}", e.code, e.summary)?;
        }
        out.flush()?;
        return Ok(ExitCode::SUCCESS);
    };
    let wanted = code.trim().to_ascii_uppercase();
    if let Some(e) = entry(&wanted) {
        write!(out, "{}", render(e))?;
        out.flush()?;
        return Ok(ExitCode::SUCCESS);
    }
    let near: Vec<&Entry> = ENTRIES
        .iter()
        .filter(|e| e.code.contains(&wanted))
        .collect();
    // Standard error goes through a handle too: a closed one is an error
    // for `main` to handle, not a panic in `eprint!`.
    let mut err = io::stderr().lock();
    writeln!(err, "error: unknown code {code:?}")?;
    if !near.is_empty() {
        writeln!(err, "codes containing {wanted:?}:")?;
        for e in near {
            writeln!(err, "  {:<42} {}", e.code, e.summary)?;
        }
    } else {
        writeln!(err, "`truss explain` without a code lists them all")?;
    }
    Ok(ExitCode::from(2))
}

#[cfg(test)]
mod tests {
    use super::table::{ENTRIES, Example};
    use super::{entry, run, run_example};

    /// Stdout whose reader went away.
    struct ClosedPipe;

    impl std::io::Write for ClosedPipe {
        fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
            Err(std::io::ErrorKind::BrokenPipe.into())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_closed_stdout_is_an_error_not_a_panic() {
        for code in [None, Some("INSTANCE_ENUM_MISMATCH")] {
            let e = run(code, &mut ClosedPipe).err();
            assert_eq!(e.map(|e| e.kind()), Some(std::io::ErrorKind::BrokenPipe));
        }
    }

    #[test]
    fn every_code_has_exactly_one_entry() {
        let missing: Vec<&str> = truss::codes::ALL
            .iter()
            .copied()
            .filter(|c| entry(c).is_none())
            .collect();
        assert!(
            missing.is_empty(),
            "codes without an explanation: {missing:?}"
        );
        let unknown: Vec<&str> = ENTRIES
            .iter()
            .map(|e| e.code)
            .filter(|c| !truss::codes::ALL.contains(c))
            .collect();
        assert!(
            unknown.is_empty(),
            "explanations of codes truss does not have: {unknown:?}"
        );
        let mut codes: Vec<&str> = ENTRIES.iter().map(|e| e.code).collect();
        codes.sort_unstable();
        let before = codes.len();
        codes.dedup();
        assert_eq!(before, codes.len(), "a code is explained twice");
    }

    #[test]
    fn every_runnable_example_reports_its_code() {
        let mut wrong = Vec::new();
        for e in ENTRIES {
            if matches!(e.example, Example::Prose(_)) {
                continue;
            }
            match run_example(&e.example) {
                Ok(found) if found.iter().any(|(_, c, _)| *c == e.code) => {}
                Ok(found) => wrong.push(format!(
                    "{}: reports {:?}",
                    e.code,
                    found
                        .iter()
                        .map(|(p, c, _)| format!("{p} {c}"))
                        .collect::<Vec<_>>()
                )),
                Err(err) => wrong.push(format!("{}: {err}", e.code)),
            }
        }
        assert!(
            wrong.is_empty(),
            "examples that do not show their code:\n{}",
            wrong.join("\n")
        );
    }

    #[test]
    fn prose_examples_are_few() {
        // Each one is a code that cannot be shown in a few lines, or that
        // this version does not emit; keep the list short and deliberate.
        let prose: Vec<&str> = ENTRIES
            .iter()
            .filter(|e| matches!(e.example, Example::Prose(_)))
            .map(|e| e.code)
            .collect();
        assert_eq!(
            prose,
            [
                "SCHEMA_KEYWORD_EMPTY",
                "SCHEMA_ROOT_MISSING_TYPE",
                "SCHEMA_MAX_DEPTH_EXCEEDED",
                "SCHEMA_IMPORT_OUTSIDE_ROOT",
                "SCHEMA_IMPORT_LIMIT_EXCEEDED",
                "SCHEMA_DOCUMENT_UNREADABLE",
                "INSTANCE_MAX_DEPTH_EXCEEDED",
                "INSTANCE_URI_MISSING_SCHEME",
                "INSTANCE_ABSTRACT_TYPE",
            ]
        );
    }
}
