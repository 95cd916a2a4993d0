//! Where imported documents come from: only what the caller supplied.
//!
//! truss never opens a URL, and opens a file only below a directory the
//! caller named with [`crate::ValidatorOptions::import_root`]. There is no
//! networking code in the crate or among its dependencies.

use std::collections::BTreeMap;
use std::fmt;
use std::io::Read;
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

use serde_json::Value;

use super::uri;

/// Imported files larger than this are refused rather than read.
const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// The documents and directories imports may be resolved from.
#[derive(Clone, Default)]
pub(crate) struct Sources {
    /// Documents registered by the caller, by normalised URI.
    registry: Arc<BTreeMap<String, Arc<Value>>>,
    /// The directory below which relative imports may read files.
    pub(crate) root: Option<PathBuf>,
    /// The file the schema being compiled was read from.
    pub(crate) base: Option<PathBuf>,
}

impl fmt::Debug for Sources {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The registered documents can be large; their URIs say enough.
        f.debug_struct("Sources")
            .field("registry", &self.registry.keys().collect::<Vec<_>>())
            .field("root", &self.root)
            .field("base", &self.base)
            .finish()
    }
}

impl Sources {
    pub(crate) fn register(&mut self, uri: &str, document: Value) {
        Arc::make_mut(&mut self.registry).insert(uri::normalise(uri), Arc::new(document));
    }

    pub(crate) fn registered(&self, uri: &str) -> Option<Arc<Value>> {
        self.registry.get(uri).cloned()
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.registry.is_empty() && self.root.is_none()
    }
}

/// Why a file import was refused.
pub(crate) enum FileError {
    /// The path leaves the import root (after `..` or through a symlink).
    OutsideRoot(PathBuf),
    /// Nothing readable there.
    NotFound(String),
    /// Readable, but not a JSON document.
    Invalid(String),
}

/// A path with `.` and `..` removed without touching the file system
/// (`..` at the file-system root stays there).
pub(crate) fn normalise_path(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other.as_os_str()),
        }
    }
    out
}

/// Resolves a relative import reference (a URI path, percent-decoded)
/// against `dir` and checks that the result stays under `root` (which
/// must be canonical), both before and after following symlinks.
pub(crate) fn locate_file(root: &Path, dir: &Path, reference: &str) -> Result<PathBuf, FileError> {
    let decoded = percent_decode(uri::path(reference))
        .ok_or_else(|| FileError::NotFound(format!("\"{reference}\" is not a valid URI path")))?;
    let candidate = normalise_path(&dir.join(decoded));
    if !candidate.starts_with(root) {
        return Err(FileError::OutsideRoot(candidate));
    }
    let real = std::fs::canonicalize(&candidate)
        .map_err(|e| FileError::NotFound(format!("{}: {e}", candidate.display())))?;
    if !real.starts_with(root) {
        return Err(FileError::OutsideRoot(real));
    }
    Ok(real)
}

/// Reads and parses one imported file.
pub(crate) fn read_file(path: &Path) -> Result<Value, FileError> {
    let shown = path.display();
    let meta = std::fs::metadata(path).map_err(|e| FileError::NotFound(format!("{shown}: {e}")))?;
    if !meta.is_file() {
        return Err(FileError::NotFound(format!("{shown} is not a file")));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(FileError::Invalid(format!(
            "{shown} is {} bytes, more than the {MAX_FILE_BYTES} an imported schema may have",
            meta.len()
        )));
    }
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(MAX_FILE_BYTES).read_to_end(&mut bytes))
        .map_err(|e| FileError::NotFound(format!("{shown}: {e}")))?;
    // A leading byte order mark is dropped, as RFC 8259 §8.1 allows and as
    // `truss check` does for the file itself.
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| {
        FileError::Invalid(format!(
            "{shown}: not UTF-8 text (JSON must be UTF-8): the byte at offset {} is not",
            e.valid_up_to()
        ))
    })?;
    serde_json::from_str(text).map_err(|e| FileError::Invalid(not_json(&shown, text, &e)))
}

/// `FILE:LINE:COLUMN: not a JSON document (why)`, the column in characters
/// as everywhere else, and 1 at the start of a line.
fn not_json(shown: &std::path::Display<'_>, text: &str, e: &serde_json::Error) -> String {
    let mut why = e.to_string();
    if let Some(i) = why.rfind(" at line ") {
        why.truncate(i);
    }
    let line = e.line().max(1);
    let mut column = crate::source_map::char_column(text, line, e.column().max(1));
    if why == "number out of range" {
        // serde_json stops at the number's last digit; name its first.
        let numeric = |c: char| c.is_ascii_digit() || matches!(c, '-' | '+' | '.' | 'e' | 'E');
        let before: Vec<char> = text
            .split('\n')
            .nth(line - 1)
            .unwrap_or_default()
            .chars()
            .take(column.saturating_sub(1))
            .collect();
        let digits = before.iter().rev().take_while(|&&c| numeric(c)).count();
        column -= digits;
    }
    format!("{shown}:{line}:{column}: not a JSON document ({why})")
}

fn percent_decode(s: &str) -> Option<String> {
    if !s.contains('%') {
        return Some(s.to_owned());
    }
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(b);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalise_path_removes_dots_lexically() {
        assert_eq!(
            normalise_path(Path::new("/a/b/../c/./d.json")),
            PathBuf::from("/a/c/d.json")
        );
        assert_eq!(normalise_path(Path::new("/a/../../x")), PathBuf::from("/x"));
    }

    #[test]
    fn locate_file_refuses_paths_above_the_root_without_reading() {
        let root = Path::new("/nonexistent-truss-root/lib");
        let err = locate_file(root, &root.join("a"), "../../secret.json");
        assert!(
            matches!(err, Err(FileError::OutsideRoot(p)) if p == Path::new("/nonexistent-truss-root/secret.json"))
        );
    }

    #[test]
    fn locate_file_refuses_absolute_paths_outside_the_root() {
        let root = Path::new("/nonexistent-truss-root");
        let err = locate_file(root, root, "/etc/passwd");
        assert!(matches!(err, Err(FileError::OutsideRoot(_))));
    }

    #[test]
    fn percent_decoding_is_strict() {
        assert_eq!(percent_decode("a%20b").as_deref(), Some("a b"));
        assert_eq!(percent_decode("a%2"), None);
        assert_eq!(percent_decode("a%zz"), None);
    }
}
