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

/// Expands directories (recursively, every `*.json` file, in sorted order,
/// skipping hidden entries) and decides how each input holds its
/// documents: one per line under `--ndjson` or for `.jsonl` / `.ndjson`
/// files, one per file otherwise.
pub(crate) fn expand(args: &[PathBuf], ndjson: bool) -> Vec<Input> {
    let mut out = Vec::new();
    for path in args {
        if !is_stdin(path) && path.is_dir() {
            walk(path, ndjson, &mut out);
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
        .is_some_and(|e| e.eq_ignore_ascii_case("jsonl") || e.eq_ignore_ascii_case("ndjson"));
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

fn walk(dir: &Path, ndjson: bool, out: &mut Vec<Input>) {
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
            walk(&path, ndjson, out);
        } else if path.is_file()
            && path
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("json"))
        {
            out.push(input(path, ndjson));
        }
    }
}
