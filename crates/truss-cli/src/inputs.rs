//! Turning the command line's inputs into a list of documents sources.

use std::path::{Path, PathBuf};

use crate::report::InputKind;
use crate::source::{display_name, is_stdin};

/// One source of documents, in command-line order.
pub(crate) struct Input {
    pub(crate) path: PathBuf,
    pub(crate) name: String,
    pub(crate) kind: InputKind,
    /// Size in bytes when known (for the progress bar).
    pub(crate) size: Option<u64>,
    /// Set when the input is known to be unusable before reading it.
    pub(crate) error: Option<String>,
}

/// Which files a directory contributes.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Wanted {
    /// Documents: `*.json`, and `*.jsonl` / `*.ndjson` (one per line).
    Documents,
    /// Schemas: `*.json`.
    Schemas,
}

impl Wanted {
    fn takes(self, path: &Path) -> bool {
        let Some(ext) = path.extension().and_then(|e| e.to_str()) else {
            return false;
        };
        ext.eq_ignore_ascii_case("json")
            || (self == Wanted::Documents && is_line_delimited_extension(ext))
    }

    fn describe(self) -> &'static str {
        match self {
            Wanted::Documents => "`*.json`, `*.jsonl` or `*.ndjson`",
            Wanted::Schemas => "`*.json`",
        }
    }
}

fn is_line_delimited_extension(ext: &str) -> bool {
    ext.eq_ignore_ascii_case("jsonl") || ext.eq_ignore_ascii_case("ndjson")
}

/// Expands directories (recursively, every file `wanted` takes, in sorted
/// order, skipping hidden entries) and decides how each input holds its
/// documents: one per line under `--ndjson` or for `.jsonl` / `.ndjson`
/// files, one per file otherwise. A directory with no such file is an
/// unusable input: naming one is almost always a wrong path, and passing
/// it silently would let a CI job validate nothing.
pub(crate) fn expand(args: &[PathBuf], ndjson: bool, wanted: Wanted) -> Vec<Input> {
    let mut out = Vec::new();
    let mut stdin_taken = false;
    for path in args {
        if is_stdin(path) && std::mem::replace(&mut stdin_taken, true) {
            out.push(Input {
                error: Some("standard input is read once, by the first `-`".into()),
                ..input(path.clone(), ndjson)
            });
        } else if !is_stdin(path) && path.is_dir() {
            let before = out.len();
            walk(path, ndjson, wanted, &mut out);
            if out.len() == before {
                out.push(Input {
                    name: display_name(path),
                    path: path.clone(),
                    kind: InputKind::Json,
                    size: None,
                    error: Some(format!(
                        "no {} file in this directory or below it",
                        wanted.describe()
                    )),
                });
            }
        } else {
            out.push(input(path.clone(), ndjson));
        }
    }
    out
}

fn input(path: PathBuf, ndjson: bool) -> Input {
    let by_name = path
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(is_line_delimited_extension);
    let size = if is_stdin(&path) {
        None
    } else {
        std::fs::metadata(&path).ok().map(|m| m.len())
    };
    Input {
        name: display_name(&path),
        kind: if ndjson || by_name {
            InputKind::Ndjson
        } else {
            InputKind::Json
        },
        size,
        error: None,
        path,
    }
}

fn walk(dir: &Path, ndjson: bool, wanted: Wanted, out: &mut Vec<Input>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            out.push(Input {
                name: display_name(dir),
                path: dir.to_owned(),
                kind: InputKind::Json,
                size: None,
                error: Some(format!("cannot list directory: {e}")),
            });
            return;
        }
    };
    let mut paths: Vec<(PathBuf, bool)> = entries
        .filter_map(Result::ok)
        .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
        .filter_map(|e| {
            let path = e.path();
            // Symbolic links to directories are not followed (no cycles);
            // links to files are.
            let is_dir = e.file_type().ok()?.is_dir();
            Some((path, is_dir))
        })
        .collect();
    paths.sort();
    for (path, is_dir) in paths {
        if is_dir {
            walk(&path, ndjson, wanted, out);
        } else if path.is_file() && wanted.takes(&path) {
            out.push(input(path, ndjson));
        } else if wanted.takes(&path) && !path.exists() && path.is_symlink() {
            // A link whose target is gone: named like an input, so say so
            // rather than skip it.
            out.push(Input {
                error: Some("a symbolic link to nothing".into()),
                ..input(path, ndjson)
            });
        }
    }
}
