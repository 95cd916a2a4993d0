//! The `truss` binary end to end: every output format (snapshots), exit
//! codes, standard input, directories, NDJSON line numbers, malformed
//! input, and `truss explain`.
//!
//! Snapshots named `json_*` and `sarif_*` hold exactly what the command
//! printed; the root package's `output_schemas` test checks them against
//! docs/cli-json-output.schema.json and the SARIF 2.1.0 schema.

use std::path::PathBuf;

use assert_cmd::Command;

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn truss() -> Command {
    let mut c = Command::cargo_bin("truss").expect("the truss binary is built");
    c.current_dir(fixtures()).env_remove("NO_COLOR");
    c
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(cmd: &mut Command) -> Run {
    let out = cmd.output().expect("truss runs");
    Run {
        code: out.status.code().expect("truss exits with a code"),
        stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
    }
}

/// Exit code, standard output and standard error, for a snapshot.
fn transcript(args: &[&str], r: &Run) -> String {
    format!(
        "$ truss {}\n--- exit {}\n--- stdout\n{}--- stderr\n{}",
        args.join(" "),
        r.code,
        r.stdout,
        r.stderr
    )
}

/// Runs `truss args` in the fixtures folder and snapshots the transcript.
macro_rules! snapshot_run {
    ($args:expr) => {{
        let args: &[&str] = $args;
        let r = run(truss().args(args));
        insta::with_settings!({filters => vec![(r" in \d+\.\d\d s", " in [time]")]}, {
            insta::assert_snapshot!(transcript(args, &r));
        });
        r
    }};
}

/// Runs `truss args` and snapshots standard output alone (JSON, SARIF),
/// with the elapsed time zeroed.
macro_rules! snapshot_stdout {
    ($args:expr) => {{
        let args: &[&str] = $args;
        let r = run(truss().args(args));
        insta::with_settings!({filters => vec![(r#""elapsedMs":\d+"#, r#""elapsedMs":0"#)]}, {
            insta::assert_snapshot!(r.stdout.clone());
        });
        r
    }};
}

fn json(text: &str) -> serde_json::Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not one JSON document ({e}):\n{text}"))
}

// ---- the one-line form (not a terminal: the default) ----

#[test]
fn short_is_the_default_off_a_terminal() {
    let r = snapshot_run!(&["validate", "--schema", "call.struct.json", "docs"]);
    assert_eq!(r.code, 1);
    assert!(
        r.stdout
            .contains("docs/b-invalid.json: /id: INSTANCE_STRING_EXPECTED "),
        "{}",
        r.stdout
    );
}

#[test]
fn short_readme_main_command_on_the_bundled_schema() {
    let args = [
        "validate",
        "--schema",
        "schemas/hubspot/batch-calls-response.struct.json",
        "schemas/hubspot/examples/batch-calls-response.valid.json",
        "schemas/hubspot/examples/batch-calls-response.faulty.json",
    ];
    let r = run(truss().current_dir(repo()).args(args));
    assert_eq!(r.code, 1);
    insta::with_settings!({filters => vec![(r" in \d+\.\d\d s", " in [time]")]}, {
        insta::assert_snapshot!(transcript(&args, &r));
    });
}

#[test]
fn short_check_of_the_bundled_schema_lists_its_defects_where_they_are() {
    let args = ["check", "schemas/hubspot/batch-calls-response.struct.json"];
    let r = run(truss().current_dir(repo()).args(args));
    assert_eq!(r.code, 1);
    // Two bare `$ref`s outside `type` that do not resolve (two findings
    // each) and four objects used as maps.
    let codes: Vec<&str> = r
        .stdout
        .lines()
        .filter_map(|l| l.split("error[").nth(1)?.split(']').next())
        .collect();
    assert_eq!(
        codes,
        [
            "SCHEMA_OBJECT_MISSING_PROPERTIES",
            "SCHEMA_OBJECT_MISSING_PROPERTIES",
            "SCHEMA_REF_NOT_IN_TYPE",
            "SCHEMA_REF_NOT_FOUND",
            "SCHEMA_OBJECT_MISSING_PROPERTIES",
            "SCHEMA_REF_NOT_IN_TYPE",
            "SCHEMA_REF_NOT_FOUND",
            "SCHEMA_OBJECT_MISSING_PROPERTIES",
        ],
        "{}",
        r.stdout
    );
    insta::assert_snapshot!(transcript(&args, &r));
}

/// The bundled schema with the defects `truss check` names repaired as it
/// says: the two bare references go inside `type` and point at declared
/// types, and the four objects used as maps become maps. That copy is the
/// benchmarks' (its examples dropped); tests/seed.rs derives the same repair
/// from the bundled schema and checks it through the library. `truss check`
/// passes on it, also with `--strict`.
#[test]
fn check_of_the_bundled_schema_repaired_by_hand_passes() {
    let path = repo().join("benches/schemas/batch-calls-response.repaired.struct.json");
    let path = path.to_str().expect("a UTF-8 path");
    for strict in [false, true] {
        let mut cmd = truss();
        cmd.arg("check");
        if strict {
            cmd.arg("--strict");
        }
        let r = run(cmd.arg(path));
        assert_eq!(r.code, 0, "strict: {strict}\n{}{}", r.stdout, r.stderr);
        assert_eq!(r.stdout, format!("{path}: ok\n"));
    }
}

// ---- human: excerpts ----

#[test]
fn human_validate_without_colour() {
    let r = snapshot_run!(&[
        "validate",
        "--format",
        "human",
        "--color",
        "never",
        "--schema",
        "call.struct.json",
        "docs/b-invalid.json",
        "calls.ndjson"
    ]);
    assert_eq!(r.code, 2);
    assert!(!r.stdout.contains('\x1b'));
}

#[test]
fn human_check_without_colour() {
    let r = snapshot_run!(&[
        "check",
        "--examples",
        "--format",
        "human",
        "--color",
        "never",
        "defects.struct.json"
    ]);
    assert_eq!(r.code, 1);
}

#[test]
fn human_excerpt_of_a_long_line_is_cut_around_the_value() {
    let dir = tempfile::tempdir().unwrap();
    let filler: String = (0..40).map(|i| format!("\"k{i}\": {i}, ")).collect();
    let doc = format!("{{{filler}\"id\": \"x\", \"createdAt\": \"yesterday\"}}");
    let path = dir.path().join("long.json");
    std::fs::write(&path, &doc).unwrap();
    let schema = fixtures().join("call.struct.json");
    let r = run(truss().args([
        "validate",
        "--format",
        "human",
        "--color",
        "never",
        "--max-errors",
        "1",
        "--schema",
        schema.to_str().unwrap(),
        path.to_str().unwrap(),
    ]));
    let col = doc.find("\"yesterday\"").unwrap() + 1;
    assert!(
        r.stdout.contains(&format!("long.json:1:{col}\n")),
        "{}",
        r.stdout
    );
    let excerpt = r
        .stdout
        .lines()
        .find(|l| l.starts_with("1 | "))
        .unwrap_or_else(|| panic!("no excerpt:\n{}", r.stdout));
    assert!(excerpt.contains('…'), "{excerpt}");
    assert!(excerpt.chars().count() < 140, "{excerpt}");
    // The underline sits under the value in the cut line.
    let lines: Vec<&str> = r.stdout.lines().collect();
    let at = lines.iter().position(|l| *l == excerpt).unwrap();
    let under = lines[at + 1];
    let value_col = excerpt
        .find("\"yesterday\"")
        .map(|b| excerpt[..b].chars().count());
    let caret_col = under.find('^').map(|b| under[..b].chars().count());
    assert_eq!(value_col, caret_col, "{excerpt}\n{under}");
}

#[test]
fn colour_always_colours_and_never_does_not() {
    let base = [
        "validate",
        "--format",
        "human",
        "--schema",
        "call.struct.json",
        "docs/b-invalid.json",
    ];
    let always = run(truss()
        .args(base)
        .args(["--color", "always"])
        .env("NO_COLOR", "1"));
    assert!(
        always.stdout.contains("\x1b["),
        "--color always overrides NO_COLOR"
    );
    let never = run(truss().args(base).args(["--color", "never"]));
    assert!(!never.stdout.contains('\x1b'));
    // `auto` off a terminal: no colour, with or without NO_COLOR.
    let auto = run(truss().args(base));
    assert!(!auto.stdout.contains('\x1b'));
    assert_eq!(auto.stdout, never.stdout);
}

// ---- JSON ----

#[test]
fn json_validate_files_and_ndjson() {
    let r = snapshot_stdout!(&[
        "validate",
        "--format",
        "json",
        "--schema",
        "call.struct.json",
        "docs",
        "calls.ndjson",
        "missing.json",
        "malformed.json"
    ]);
    assert_eq!(r.code, 2);
    assert_eq!(r.stderr, "", "JSON runs keep standard error quiet");
    let v = json(&r.stdout);
    assert_eq!(v["summary"]["documents"], 10);
    assert_eq!(v["summary"]["valid"], 4);
    assert_eq!(v["summary"]["invalid"], 3);
    assert_eq!(v["summary"]["unusable"], 3);
    let names: Vec<&str> = v["inputs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["input"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "docs/a-valid.json",
            "docs/b-invalid.json",
            "docs/nested/c-valid.json",
            "calls.ndjson",
            "missing.json",
            "malformed.json"
        ]
    );
}

#[test]
fn json_validate_with_a_schema_that_cannot_compile() {
    let r = snapshot_stdout!(&[
        "validate",
        "--format",
        "json",
        "--schema",
        "broken.struct.json",
        "docs"
    ]);
    assert_eq!(r.code, 2);
    let v = json(&r.stdout);
    assert_eq!(v["schema"]["compiled"], false);
    assert_eq!(v["schema"]["diagnostics"][0]["code"], "SCHEMA_TYPE_INVALID");
    assert_eq!(v["schema"]["diagnostics"][0]["line"], 7);
    assert_eq!(v["inputs"], serde_json::json!([]));
}

/// A schema's findings are placed alike whether `check` reports them or
/// `validate` reports them while compiling (warnings of the bundled
/// schema, errors of one that cannot compile).
#[test]
fn validate_and_check_place_schema_findings_alike() {
    let placed = |diagnostics: &serde_json::Value| -> Vec<(String, String, u64, u64)> {
        diagnostics
            .as_array()
            .expect("diagnostics")
            .iter()
            .map(|d| {
                (
                    d["code"].as_str().unwrap_or_default().to_owned(),
                    d["pointer"].as_str().unwrap_or_default().to_owned(),
                    d["line"].as_u64().unwrap_or_default(),
                    d["column"].as_u64().unwrap_or_default(),
                )
            })
            .collect()
    };
    let bundled = repo().join("schemas/hubspot/batch-calls-response.struct.json");
    let bundled = bundled.to_str().expect("a UTF-8 path");
    for schema in [bundled, "broken.struct.json"] {
        let check = json(&run(truss().args(["check", "--format", "json", schema])).stdout);
        let validate = json(
            &run(truss().args([
                "validate",
                "--format",
                "json",
                "--schema",
                schema,
                "docs/a-valid.json",
            ]))
            .stdout,
        );
        let from_check = placed(&check["inputs"][0]["diagnostics"]);
        assert!(!from_check.is_empty(), "{schema}");
        assert_eq!(
            placed(&validate["schema"]["diagnostics"]),
            from_check,
            "{schema}"
        );
    }
}

#[test]
fn json_check_with_examples() {
    let r = snapshot_stdout!(&[
        "check",
        "--examples",
        "--format",
        "json",
        "defects.struct.json",
        "call.struct.json",
        "malformed.json"
    ]);
    assert_eq!(r.code, 2);
    let v = json(&r.stdout);
    let verdicts: Vec<&str> = v["inputs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["verdict"].as_str().unwrap())
        .collect();
    assert_eq!(verdicts, ["invalid", "valid", "unusable"]);
}

// ---- SARIF ----

#[test]
fn sarif_check() {
    let r = snapshot_stdout!(&[
        "check",
        "--examples",
        "--format",
        "sarif",
        "defects.struct.json",
        "call.struct.json"
    ]);
    assert_eq!(r.code, 1);
    let v = json(&r.stdout);
    assert_eq!(v["version"], "2.1.0");
    let results = v["runs"][0]["results"].as_array().unwrap();
    let rules = v["runs"][0]["tool"]["driver"]["rules"].as_array().unwrap();
    for res in results {
        let i = res["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(
            rules[i]["id"], res["ruleId"],
            "ruleIndex points at the rule"
        );
    }
}

#[test]
fn sarif_validate() {
    let r = snapshot_stdout!(&[
        "validate",
        "--format",
        "sarif",
        "--schema",
        "call.struct.json",
        "docs/b-invalid.json",
        "calls.ndjson"
    ]);
    assert_eq!(r.code, 2);
    let v = json(&r.stdout);
    assert_eq!(
        v["runs"][0]["invocations"][0]["executionSuccessful"], false,
        "an unusable NDJSON line is a failed execution"
    );
}

// ---- exit codes ----

#[test]
fn exit_codes() {
    let schema = ["validate", "--schema", "call.struct.json"];
    let code = |extra: &[&str]| run(truss().args(schema).args(extra)).code;
    assert_eq!(code(&["docs/a-valid.json", "docs/nested"]), 0);
    assert_eq!(code(&["docs/a-valid.json", "docs/b-invalid.json"]), 1);
    assert_eq!(code(&["docs/b-invalid.json", "missing.json"]), 2);
    assert_eq!(code(&["malformed.json"]), 2);
    let broken = run(truss().args(["validate", "--schema", "broken.struct.json", "docs"]));
    assert_eq!(broken.code, 2);
    assert_eq!(broken.stdout, "", "nothing is validated without a schema");
    assert!(
        broken
            .stderr
            .contains("broken.struct.json:7:13: error[SCHEMA_TYPE_INVALID] at /properties/id/type"),
        "{}",
        broken.stderr
    );
    let check = |args: &[&str]| run(truss().arg("check").args(args)).code;
    assert_eq!(check(&["call.struct.json"]), 0);
    assert_eq!(check(&["--examples", "call.struct.json"]), 0);
    assert_eq!(check(&["defects.struct.json"]), 1);
    assert_eq!(check(&["call.struct.json", "missing.json"]), 2);
    assert_eq!(run(truss().args(["explain", "NOPE"])).code, 2);
}

/// Standard error whose reader went away (`truss … 2>&1 | head`): the
/// command still exits with a code, never a panic (101).
#[test]
fn a_closed_stderr_is_not_a_panic() {
    let missing_import = "https://example.com/x=missing.json";
    let cases: [&[&str]; 4] = [
        &["explain", "NOPE"],
        &["explain", "instance_"],
        &[
            "validate",
            "--import",
            missing_import,
            "--schema",
            "call.struct.json",
            "docs",
        ],
        &["check", "--import", missing_import, "call.struct.json"],
    ];
    for args in cases {
        let (reader, writer) = std::io::pipe().expect("a pipe");
        drop(reader);
        let status = std::process::Command::new(env!("CARGO_BIN_EXE_truss"))
            .args(args)
            .current_dir(fixtures())
            .stdout(std::process::Stdio::null())
            .stderr(writer)
            .status()
            .expect("truss runs");
        assert_eq!(status.code(), Some(2), "truss {}", args.join(" "));
    }
}

#[test]
fn schema_that_is_not_json_is_located() {
    let r = snapshot_run!(&["validate", "--schema", "malformed.json", "docs"]);
    assert_eq!(r.code, 2);
}

// ---- inputs ----

#[test]
fn stdin_document() {
    let text = std::fs::read_to_string(fixtures().join("docs/b-invalid.json")).unwrap();
    let r = run(truss()
        .args(["validate", "--schema", "call.struct.json", "-"])
        .write_stdin(text));
    assert_eq!(r.code, 1);
    insta::with_settings!({filters => vec![(r" in \d+\.\d\d s", " in [time]")]}, {
        insta::assert_snapshot!(transcript(&["validate", "--schema", "call.struct.json", "-", "< docs/b-invalid.json"], &r));
    });
}

#[test]
fn stdin_ndjson_streams_with_line_numbers() {
    let text = std::fs::read_to_string(fixtures().join("calls.ndjson")).unwrap();
    let r = run(truss()
        .args(["validate", "--ndjson", "--schema", "call.struct.json", "-"])
        .write_stdin(text));
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stdout,
        "<stdin>:3: /createdAt: INSTANCE_DATETIME_FORMAT_INVALID expected a datetime (RFC 3339 date-time with seconds and offset, e.g. 2024-01-15T10:30:00Z), found string \"2024-01-15 10:30:00\"\n\
         <stdin>:4: /durationMs: INSTANCE_INTEGER_EXPECTED expected uint32 as an integer literal without decimal point or exponent, found 1.5\n"
    );
    assert!(
        r.stderr
            .contains("error: <stdin>:5:29: malformed JSON: expected ident\n"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr
            .contains("5 documents: 2 valid, 2 invalid, 1 unusable in "),
        "{}",
        r.stderr
    );
}

#[test]
fn bytes_read_from_standard_input_are_counted() {
    let text = "{\"id\": \"1\", \"createdAt\": \"2024-01-15T10:30:00Z\"}  \n";
    for ndjson in [false, true] {
        let mut args = vec![
            "validate",
            "--format",
            "json",
            "--schema",
            "call.struct.json",
        ];
        if ndjson {
            args.push("--ndjson");
        }
        args.push("-");
        let r = run(truss().args(&args).write_stdin(text));
        let v = json(&r.stdout);
        assert_eq!(v["summary"]["documents"], 1, "{}", r.stdout);
        assert_eq!(
            v["summary"]["bytes"],
            text.len(),
            "ndjson {ndjson}: {}",
            r.stdout
        );
    }
}

#[test]
fn ndjson_from_a_writer_that_pauses_ends_when_the_output_goes_away() {
    use std::io::{BufRead, BufReader, Write};
    use std::process::{Command, Stdio};
    use std::time::{Duration, Instant};
    let mut child = Command::new(env!("CARGO_BIN_EXE_truss"))
        .current_dir(fixtures())
        .args(["validate", "--ndjson", "--schema", "call.struct.json", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("truss starts");
    let mut stdin = child.stdin.take().expect("stdin");
    let stdout = child.stdout.take().expect("stdout");
    // The first invalid line's finding arrives while the input is still open.
    stdin.write_all(b"{}\n").expect("write");
    let mut first = String::new();
    BufReader::new(stdout)
        .read_line(&mut first)
        .expect("a finding");
    assert!(first.starts_with("<stdin>:1: "), "{first}");
    // The reader of the output goes away; the next finding cannot be
    // written, and truss ends although its input stays open and silent.
    stdin.write_all(b"{}\n").expect("write");
    let deadline = Instant::now() + Duration::from_secs(20);
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        assert!(Instant::now() < deadline, "truss still waits on its input");
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(!status.success());
    drop(stdin);
}

#[test]
fn ndjson_form_feed_line_is_a_document_not_a_blank_line() {
    // JSON whitespace is space, tab, CR and LF; a line holding a form feed
    // is malformed, as the same bytes are in a whole file.
    let r = run(truss()
        .args(["validate", "--ndjson", "--schema", "call.struct.json", "-"])
        .write_stdin("{}\n\x0c\n\t \n{}\n"));
    assert_eq!(r.code, 2);
    assert!(
        r.stderr
            .contains("error: <stdin>:2:1: malformed JSON: expected value\n"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr
            .contains("3 documents: 0 valid, 2 invalid, 1 unusable in "),
        "{}",
        r.stderr
    );
}

#[test]
fn directories_are_walked_in_order_for_json_files_only() {
    let r = run(truss().args(["validate", "--schema", "call.struct.json", "docs"]));
    let files: Vec<&str> = r
        .stdout
        .lines()
        .map(|l| l.split(':').next().unwrap())
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    assert_eq!(
        files,
        [
            "docs/a-valid.json",
            "docs/b-invalid.json",
            "docs/nested/c-valid.json"
        ],
        "hidden folders and non-JSON files are skipped"
    );
    assert!(
        r.stderr.contains("3 documents: 2 valid, 1 invalid"),
        "{}",
        r.stderr
    );
}

#[test]
fn ndjson_line_numbers_count_blank_lines_and_crlf() {
    let r = snapshot_run!(&[
        "validate",
        "--schema",
        "call.struct.json",
        "calls.ndjson",
        "calls-crlf.jsonl"
    ]);
    assert_eq!(r.code, 2);
    assert!(
        r.stdout
            .contains("calls-crlf.jsonl:2: (root): INSTANCE_REQUIRED_PROPERTY_MISSING"),
        "{}",
        r.stdout
    );
}

#[test]
fn malformed_input_is_reported_with_file_line_column() {
    let r = run(truss().args(["validate", "--schema", "call.struct.json", "malformed.json"]));
    assert_eq!(r.code, 2);
    assert!(
        r.stderr
            .contains("error: malformed.json:4:16: malformed JSON: expected `,` or `]`\n"),
        "{}",
        r.stderr
    );
    assert_eq!(r.stdout, "");
}

#[test]
fn max_errors_limits_each_document() {
    let r = run(truss().args([
        "validate",
        "--max-errors",
        "2",
        "--schema",
        "call.struct.json",
        "docs/b-invalid.json",
    ]));
    assert_eq!(r.code, 1);
    assert_eq!(r.stdout.lines().count(), 2, "{}", r.stdout);
    assert!(
        r.stderr
            .contains("note: docs/b-invalid.json: 3 more violations not shown (--max-errors)"),
        "{}",
        r.stderr
    );
    let z = run(truss().args([
        "validate",
        "--max-errors",
        "0",
        "--schema",
        "call.struct.json",
        "docs",
    ]));
    assert_eq!(z.code, 2, "--max-errors 0 is a usage error");
}

// ---- explain ----

#[test]
fn explain_covers_every_code() {
    for code in truss::codes::ALL {
        let r = run(truss().args(["explain", code]));
        assert_eq!(r.code, 0, "{code}: {}", r.stderr);
        assert!(
            r.stdout.starts_with(&format!("{code}: ")),
            "{code}: {}",
            r.stdout
        );
        assert!(r.stdout.contains("\nExample\n"), "{code}");
        assert!(r.stdout.contains("\nFix\n"), "{code}");
    }
    let list = run(truss().arg("explain"));
    assert_eq!(list.stdout.lines().count(), truss::codes::ALL.len());
}

#[test]
fn explain_runs_its_example() {
    let r = snapshot_run!(&["explain", "instance_enum_mismatch"]);
    assert_eq!(r.code, 0);
}

#[test]
fn explain_suggests_codes_for_a_fragment() {
    let r = snapshot_run!(&["explain", "choice_selector"]);
    assert_eq!(r.code, 2);
}

#[test]
fn directories_contribute_line_delimited_files_and_an_empty_one_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let nested = dir.path().join("2024");
    std::fs::create_dir(&nested).unwrap();
    std::fs::write(
        nested.join("events.ndjson"),
        "{\"id\": \"1\", \"createdAt\": \"2024-01-15T10:30:00Z\"}\n{\"id\": 2, \"createdAt\": \"2024-01-15T10:30:00Z\"}\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("more.jsonl"),
        "{\"id\": \"3\", \"createdAt\": \"2024-01-15T10:30:00Z\"}\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("notes.txt"), "not a document").unwrap();
    let validate = |path: &std::path::Path| {
        run(truss().args([
            "validate",
            "--format",
            "short",
            "--schema",
            "call.struct.json",
            path.to_str().unwrap(),
        ]))
    };
    let r = validate(dir.path());
    assert_eq!(r.code, 1, "{}{}", r.stdout, r.stderr);
    assert!(
        r.stdout
            .contains("events.ndjson:2: /id: INSTANCE_STRING_EXPECTED"),
        "{}",
        r.stdout
    );
    assert!(
        r.stderr.contains("3 documents: 2 valid, 1 invalid"),
        "{}",
        r.stderr
    );

    let empty = tempfile::tempdir().unwrap();
    std::fs::write(empty.path().join("notes.txt"), "not a document").unwrap();
    let r = validate(empty.path());
    assert_eq!(r.code, 2, "{}{}", r.stdout, r.stderr);
    assert!(
        r.stderr
            .contains("no `*.json`, `*.jsonl` or `*.ndjson` file in this directory or below it"),
        "{}",
        r.stderr
    );
}

#[test]
fn check_reads_every_schema_in_a_directory() {
    let dir = tempfile::tempdir().unwrap();
    let nested = dir.path().join("nested");
    std::fs::create_dir(&nested).unwrap();
    for (from, to) in [
        ("call.struct.json", dir.path().join("call.json")),
        ("defects.struct.json", nested.join("defects.json")),
    ] {
        std::fs::copy(fixtures().join(from), to).unwrap();
    }
    let check = |path: &std::path::Path| {
        run(truss().args(["check", "--format", "short", path.to_str().unwrap()]))
    };
    let r = check(dir.path());
    assert_eq!(r.code, 1, "{}{}", r.stdout, r.stderr);
    assert!(r.stdout.contains("call.json: ok"), "{}", r.stdout);
    assert!(r.stdout.contains("defects.json:"), "{}", r.stdout);
    assert!(r.stdout.contains(": error["), "{}", r.stdout);

    std::fs::remove_file(nested.join("defects.json")).unwrap();
    let r = check(dir.path());
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);

    let r = check(&nested);
    assert_eq!(r.code, 2, "{}{}", r.stdout, r.stderr);
    assert!(
        r.stderr
            .contains("no `*.json` file in this directory or below it"),
        "{}",
        r.stderr
    );
}

#[test]
fn unreadable_json_is_shown_where_reading_stopped() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, "{\"id\": \"1\",\n  \"createdAt\": }\n").unwrap();
    let big = dir.path().join("big.json");
    std::fs::write(&big, "{\"a\": 1e999999}").unwrap();
    let schema = fixtures().join("call.struct.json");
    let human = |args: &[&str]| {
        let mut all = vec!["--color", "never"];
        all.extend_from_slice(args);
        run(truss().args(&all))
    };
    let (bad, big, schema) = (
        bad.to_str().unwrap(),
        big.to_str().unwrap(),
        schema.to_str().unwrap(),
    );

    // Both commands, on a document and on a schema that are not JSON.
    for r in [
        human(&["validate", "--format", "human", "--schema", schema, bad]),
        human(&["check", "--format", "human", bad]),
    ] {
        assert_eq!(r.code, 2, "{}{}", r.stdout, r.stderr);
        assert!(
            r.stderr.contains("error: malformed JSON: expected value\n"),
            "{}",
            r.stderr
        );
        assert!(r.stderr.contains("bad.json:2:16\n"), "{}", r.stderr);
        assert!(
            r.stderr
                .contains("2 |   \"createdAt\": }\n  |                ^ here"),
            "{}",
            r.stderr
        );
    }

    // A number out of range is placed at its first character, in every
    // format, and underlined whole.
    let r = human(&["validate", "--format", "human", "--schema", schema, big]);
    assert!(r.stderr.contains("big.json:1:7\n"), "{}", r.stderr);
    assert!(
        r.stderr
            .contains("1 | {\"a\": 1e999999}\n  |       ^^^^^^^^ here"),
        "{}",
        r.stderr
    );
    let r = run(truss().args(["validate", "--format", "short", "--schema", schema, big]));
    assert!(
        r.stderr.contains("big.json:1:7: number out of range"),
        "{}",
        r.stderr
    );
}

#[test]
fn excerpts_mark_the_exact_place_and_stay_aligned_with_tabs() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        path.to_str().unwrap().to_owned()
    };
    let schema = fixtures().join("call.struct.json");
    let schema = schema.to_str().unwrap();
    let human = |doc: &str| {
        run(truss().args([
            "validate", "--format", "human", "--color", "never", "--schema", schema, doc,
        ]))
    };

    // Reading stopped on a digit that is not part of a number out of range:
    // only that character is marked, where the other formats place it.
    let r = human(&write("trailing.json", "12-3"));
    assert!(r.stderr.contains("trailing.json:1:3\n"), "{}", r.stderr);
    assert!(r.stderr.contains("1 | 12-3\n  |   ^ here"), "{}", r.stderr);

    // A stop at a line's end or on a blank line has no character to mark:
    // the one-line form, with the same line and column as `short`.
    for (name, text, place) in [
        (
            "blank.json",
            "{\"id\": \"1\",\n\n\n",
            "blank.json:3:1: malformed JSON",
        ),
        (
            "crlf.json",
            "{\"id\": \"1\",\r\n",
            "crlf.json:1:13: malformed JSON",
        ),
        ("spaces.json", "   ", "spaces.json:1:3: malformed JSON"),
    ] {
        let r = human(&write(name, text));
        assert!(r.stderr.contains(&format!("/{place}")), "{}", r.stderr);
        assert!(!r.stderr.contains(" --> "), "{}", r.stderr);
    }

    // Tab-indented documents: the underline sits under the value.
    let r = human(&write(
        "tabs.json",
        "{\n\t\t\t\"id\": 1,\n\t\t\t\"createdAt\": \"2024-01-15T10:30:00Z\"\n}",
    ));
    let lines: Vec<&str> = r.stdout.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.starts_with("2 | "))
        .unwrap_or_else(|| panic!("{}", r.stdout));
    let value = lines[at].find(": 1").map(|i| i + 2);
    let caret = lines[at + 1].find('^');
    assert_eq!(value, caret, "{}", r.stdout);
}

#[test]
fn a_run_whose_schema_cannot_be_used_is_unusable_in_json() {
    let r = run(truss().args([
        "validate",
        "--format",
        "json",
        "--schema",
        "broken.struct.json",
        "docs",
    ]));
    assert_eq!(r.code, 2, "{}", r.stderr);
    let out: serde_json::Value = serde_json::from_str(&r.stdout).expect("JSON output");
    assert_eq!(out["schema"]["compiled"], false, "{out}");
    assert_eq!(out["summary"]["verdict"], "unusable", "{out}");
}

#[test]
fn a_byte_order_mark_may_open_a_line_delimited_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bom.ndjson");
    std::fs::write(
        &path,
        "\u{feff}{\"id\": \"1\", \"createdAt\": \"2024-01-15T10:30:00Z\"}\n\u{feff}{\"id\": \"2\", \"createdAt\": \"2024-01-15T10:30:00Z\"}\n",
    )
    .unwrap();
    let r = run(truss().args([
        "validate",
        "--format",
        "short",
        "--schema",
        "call.struct.json",
        path.to_str().unwrap(),
    ]));
    // Only the first line's mark opens the file; one inside is malformed.
    assert_eq!(r.code, 2, "{}{}", r.stdout, r.stderr);
    assert!(
        r.stderr.contains("bom.ndjson:2:1: malformed JSON"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr
            .contains("2 documents: 1 valid, 0 invalid, 1 unusable"),
        "{}",
        r.stderr
    );
}

#[test]
fn standard_input_is_read_once_and_dangling_links_are_reported() {
    let r = run(truss()
        .args([
            "validate",
            "--format",
            "short",
            "--schema",
            "call.struct.json",
            "-",
            "-",
        ])
        .write_stdin("{\"id\": \"1\", \"createdAt\": \"2024-01-15T10:30:00Z\"}"));
    assert_eq!(r.code, 2, "{}{}", r.stdout, r.stderr);
    assert!(r.stdout.contains("<stdin>: valid"), "{}", r.stdout);
    assert!(
        r.stderr
            .contains("standard input is read once, by the first `-`"),
        "{}",
        r.stderr
    );

    #[cfg(unix)]
    {
        let dir = tempfile::tempdir().unwrap();
        std::os::unix::fs::symlink(dir.path().join("gone"), dir.path().join("gone.json")).unwrap();
        let r = run(truss().args(["check", "--format", "short", dir.path().to_str().unwrap()]));
        assert_eq!(r.code, 2, "{}{}", r.stdout, r.stderr);
        assert!(
            r.stderr.contains("gone.json: a symbolic link to nothing"),
            "{}",
            r.stderr
        );
    }
}
