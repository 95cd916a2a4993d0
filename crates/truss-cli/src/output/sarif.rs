//! `--format sarif`: a SARIF 2.1.0 log (OASIS Static Analysis Results
//! Interchange Format) for code-scanning tools. One run; one rule per code
//! reported, described from `truss explain`'s table; one result per finding,
//! located by line and column (counted in Unicode code points, as the run's
//! `columnKind` says) and by the JSON Pointer as its logical location.

use std::collections::BTreeMap;
use std::io::{self, Write};

use serde_json::{Value, json};

use super::{Sink, Summary};
use crate::explain;
use crate::inputs::Input;
use crate::locate::Position;
use crate::report::{DocReport, Problem, SchemaReport, Tally};

const SARIF_SCHEMA: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/// A path as a SARIF `uri` (an RFC 3986 URI reference): separators become
/// `/`, and everything outside the unreserved set is percent-encoded.
pub(crate) fn uri(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for b in name.replace('\\', "/").bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                out.push(char::from(b));
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// A result's location: the file (and region when known) plus the pointer.
fn location(input: &str, stdin: bool, position: Option<Position>, pointer: Option<&str>) -> Value {
    let mut loc = serde_json::Map::new();
    if !stdin {
        let mut physical = json!({"artifactLocation": {"uri": uri(input)}});
        if let (Some(p), Some(obj)) = (position, physical.as_object_mut()) {
            obj.insert(
                "region".into(),
                json!({"startLine": p.line, "startColumn": p.column}),
            );
        }
        loc.insert("physicalLocation".into(), physical);
    }
    if let Some(ptr) = pointer {
        loc.insert(
            "logicalLocations".into(),
            json!([{"fullyQualifiedName": ptr}]),
        );
    }
    Value::Object(loc)
}

/// Results and notifications gathered over a run.
#[derive(Default)]
pub(crate) struct Log {
    results: Vec<(String, Value)>,
    notifications: Vec<Value>,
}

impl Log {
    fn result(&mut self, code: &str, level: &str, message: &str, location: Value) {
        self.results.push((
            code.to_owned(),
            json!({
                "ruleId": code,
                "level": level,
                "message": {"text": message},
                "locations": [location],
            }),
        ));
    }

    fn notification(&mut self, message: String, location: Value) {
        self.notifications.push(json!({
            "level": "error",
            "message": {"text": message},
            "locations": [location],
        }));
    }

    /// The whole log, written to standard output.
    fn write(self) -> io::Result<()> {
        // Rules in code order, each result pointing at its rule by index.
        let mut rules: BTreeMap<String, usize> = BTreeMap::new();
        for (code, _) in &self.results {
            rules.entry(code.clone()).or_insert(0);
        }
        for (i, slot) in rules.values_mut().enumerate() {
            *slot = i;
        }
        let rule_list: Vec<Value> = rules
            .keys()
            .map(|code| match explain::entry(code) {
                Some(e) => json!({
                    "id": code,
                    "shortDescription": {"text": e.summary},
                    "fullDescription": {"text": e.meaning},
                    "help": {"text": e.fix},
                }),
                None => json!({"id": code}),
            })
            .collect();
        let results: Vec<Value> = self
            .results
            .into_iter()
            .map(|(code, mut r)| {
                if let (Some(obj), Some(i)) = (r.as_object_mut(), rules.get(&code)) {
                    obj.insert("ruleIndex".into(), json!(i));
                }
                r
            })
            .collect();
        let log = json!({
            "$schema": SARIF_SCHEMA,
            "version": "2.1.0",
            "runs": [{
                "tool": {"driver": {
                    "name": "truss",
                    "version": env!("CARGO_PKG_VERSION"),
                    "informationUri": env!("CARGO_PKG_REPOSITORY"),
                    "rules": rule_list,
                }},
                "columnKind": "unicodeCodePoints",
                "invocations": [{
                    "executionSuccessful": self.notifications.is_empty(),
                    "toolExecutionNotifications": self.notifications,
                }],
                "results": results,
            }],
        });
        let mut out = io::stdout().lock();
        serde_json::to_writer_pretty(&mut out, &log)?;
        writeln!(out)?;
        out.flush()
    }
}

/// `truss check --format sarif`.
pub(crate) fn check(reports: &[SchemaReport]) -> io::Result<()> {
    let mut log = Log::default();
    for r in reports {
        let stdin = r.input == "<stdin>";
        if let Some(p) = &r.problem {
            log.notification(
                format!("{}: {}", r.input, p.message),
                location(&r.input, stdin, p.position, None),
            );
            continue;
        }
        for f in &r.findings {
            let level = match f.severity {
                truss::Severity::Error => "error",
                truss::Severity::Warning => "warning",
            };
            log.result(
                f.code,
                level,
                &f.message,
                location(&r.input, stdin, f.position, Some(&f.pointer)),
            );
        }
    }
    log.write()
}

/// The `validate --format sarif` sink: violations are results, unusable
/// inputs and documents are tool notifications. Written whole at the end.
#[derive(Default)]
pub(crate) struct Sarif {
    log: Log,
}

impl Sink for Sarif {
    fn schema(&mut self, report: &SchemaReport) -> io::Result<()> {
        let stdin = report.input == "<stdin>";
        if let Some(p) = &report.problem {
            self.log.notification(
                format!("{}: {}", report.input, p.message),
                location(&report.input, stdin, p.position, None),
            );
        }
        for f in report
            .findings
            .iter()
            .filter(|f| f.severity == truss::Severity::Error)
        {
            self.log.notification(
                format!(
                    "{}: schema cannot be compiled: {} ({})",
                    report.input, f.message, f.code
                ),
                location(&report.input, stdin, f.position, Some(&f.pointer)),
            );
        }
        Ok(())
    }

    fn begin_input(&mut self, _: &Input) -> io::Result<()> {
        Ok(())
    }

    fn document(&mut self, input: &Input, doc: &DocReport) -> io::Result<()> {
        let stdin = crate::source::is_stdin(&input.path);
        if let Some(p) = &doc.problem {
            self.log.notification(
                format!("{}: {}", input.name, p.message),
                location(&input.name, stdin, p.position, None),
            );
        }
        for v in &doc.violations {
            self.log.result(
                v.code,
                "error",
                &v.message,
                location(&input.name, stdin, v.position, Some(&v.instance_path)),
            );
        }
        Ok(())
    }

    fn end_input(&mut self, input: &Input, _: &Tally, problem: Option<&Problem>) -> io::Result<()> {
        if let Some(p) = problem {
            let stdin = crate::source::is_stdin(&input.path);
            self.log.notification(
                format!("{}: {}", input.name, p.message),
                location(&input.name, stdin, None, None),
            );
        }
        Ok(())
    }

    fn finish(&mut self, _: &Summary) -> io::Result<()> {
        std::mem::take(&mut self.log).write()
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::uri;

    #[test]
    fn paths_become_uri_references() {
        assert_eq!(uri("schemas/a b.json"), "schemas/a%20b.json");
        assert_eq!(uri("dir\\x#1.json"), "dir/x%231.json");
        assert_eq!(uri("/abs/ü.json"), "/abs/%C3%BC.json");
    }
}
