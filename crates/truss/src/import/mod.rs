//! `$import` and `$importdefs` (JSON Structure Import).
//!
//! Imports are expanded before anything else is compiled (import §3: "MUST
//! process the `$import` and `$importdefs` keywords before processing any
//! other keywords"). Expansion copies the imported definitions into the
//! namespace that holds the keyword, so the compiler only ever sees one
//! self-contained document, exactly as if the types had been written there.
//!
//! What is copied (import §3.1, §3.2):
//! - `$import`: the imported document's root type, under its `name`, and
//!   every entry of its `definitions`;
//! - `$importdefs`: only the entries of its `definitions`.
//!
//! The imported document is expanded first (its own imports resolved), then
//! every in-document JSON Pointer in the copied types (`$ref`, `$extends`,
//! `$addins`) is prefixed with the namespace it was imported into (import §3:
//! "MUST be prefixed with the local namespace"); a pointer into the imported
//! root type is pointed at the copy of that root type. Local definitions of
//! the same name shadow imported ones (import §3).
//!
//! Decisions where the spec is silent:
//! - The keywords are honoured at the root and in any namespace under
//!   `definitions`; a root `$import` and a `definitions`-level `$import` both
//!   target the root namespace (import §3.1).
//! - A local *namespace* that meets an imported namespace of the same name is
//!   merged with it, entry by entry, local entries winning; a local *type*
//!   replaces whatever was imported under its name.
//! - Two imports that bring different definitions under one name into one
//!   namespace are an error (`SCHEMA_IMPORT_CONFLICT`); neither is chosen
//!   silently.
//! - Document-level keywords of an imported document (`$schema`, `$id`,
//!   `$uses`, `$offers`, `$root`) are not copied: imported types are "treated
//!   as if they were defined locally" (import §1), so the importing
//!   document's meta-schema and `$uses` govern them.
//! - Relative references resolve against where the importing document was
//!   found (RFC 3986 §5.1.3): its file for file imports, its registered URI
//!   for registered ones; the top document, which has no retrieval location
//!   unless one is given, resolves against its `$id` (§5.1.1).
//! - Import chains deeper than [`MAX_IMPORT_DEPTH`] documents, and imports
//!   that would copy more than [`MAX_IMPORTED_VALUES`] JSON values in total
//!   (diamond imports double at every level), are refused (import §5:
//!   "Excessively deep or circular import chains MUST be detected").

mod sources;
mod uri;

pub(crate) use sources::Sources;

use std::borrow::Cow;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use serde_json::{Map, Value};

use crate::codes;
use crate::compiler::{describe, is_type_declaration};
use crate::error::{Diagnostic, Severity};
use crate::pointer;
use sources::FileError;

/// How many documents an import chain may pass through.
pub(crate) const MAX_IMPORT_DEPTH: usize = 32;

/// How many JSON values all imports of one compile may copy together.
pub(crate) const MAX_IMPORTED_VALUES: usize = 1_000_000;

/// Namespace nesting beyond this is left to the compiler to report.
const MAX_NAMESPACE_DEPTH: usize = 512;

/// Keywords of a document rather than of its root type (core §3.3).
const DOCUMENT_KEYWORDS: &[&str] = &[
    "$schema",
    "$id",
    "$uses",
    "$offers",
    "$root",
    "definitions",
    "$import",
    "$importdefs",
];

/// Keywords whose values are in-document JSON Pointers (import §3).
const REFERENCE_KEYWORDS: &[&str] = &["$ref", "$extends", "$addins"];

/// Keywords whose values are instance data or text, never schemas: a
/// `{"$ref": …}` inside them is data and stays as written.
const DATA_KEYWORDS: &[&str] = &[
    "const",
    "enum",
    "default",
    "examples",
    "example",
    "altnames",
    "altenums",
    "descriptions",
];

/// Keywords whose values map names (not keywords) to schemas.
const NAME_MAPS: &[&str] = &[
    "properties",
    "choices",
    "patternProperties",
    "patternKeys",
    "definitions",
];

/// Returns `doc` with every `$import` and `$importdefs` replaced by the
/// definitions they import, or every reason why that was not possible.
/// A document without imports is returned as is, without copying.
pub(crate) fn expand<'d>(
    doc: &'d Value,
    sources: &Sources,
) -> Result<Cow<'d, Value>, Vec<Diagnostic>> {
    expand_within(doc, sources, MAX_IMPORTED_VALUES)
}

/// [`expand`] with a copy allowance of `budget` JSON values.
fn expand_within<'d>(
    doc: &'d Value,
    sources: &Sources,
    budget: usize,
) -> Result<Cow<'d, Value>, Vec<Diagnostic>> {
    if !has_imports(doc) {
        return Ok(Cow::Borrowed(doc));
    }
    let mut x = Expander::new(sources, budget);
    let (loc, base) = x.top(doc);
    let shown = loc
        .as_ref()
        .map_or_else(|| "the schema".into(), |l| x.show(l));
    x.chain.push(Frame {
        loc,
        shown,
        imported_at: String::new(),
    });
    let out = x.expand_document(doc, &base);
    if x.diagnostics.is_empty() {
        Ok(Cow::Owned(out))
    } else {
        Err(x.diagnostics)
    }
}

/// Whether the document uses `$import` or `$importdefs` where they count.
fn has_imports(doc: &Value) -> bool {
    let Some(root) = doc.as_object() else {
        return false;
    };
    holds_import(root)
        || root
            .get("definitions")
            .and_then(Value::as_object)
            .is_some_and(|d| namespace_has_imports(d, 0))
}

fn namespace_has_imports(ns: &Map<String, Value>, depth: usize) -> bool {
    if depth > MAX_NAMESPACE_DEPTH {
        return false;
    }
    holds_import(ns)
        || ns.values().any(|v| {
            !is_type_declaration(v)
                && v.as_object()
                    .is_some_and(|m| namespace_has_imports(m, depth + 1))
        })
}

fn holds_import(map: &Map<String, Value>) -> bool {
    map.contains_key("$import") || map.contains_key("$importdefs")
}

fn is_namespace(v: &Value) -> bool {
    v.is_object() && !is_type_declaration(v)
}

/// One `$import` or `$importdefs` keyword, taken out of its namespace.
struct Import {
    defs_only: bool,
    value: Value,
    /// Pointer to the keyword in the document that held it.
    at: String,
}

impl Import {
    fn keyword(&self) -> &'static str {
        if self.defs_only {
            "$importdefs"
        } else {
            "$import"
        }
    }
}

/// Removes the import keywords of a namespace (or of the document root).
fn take_imports(ns: &mut Map<String, Value>, at: &str) -> Vec<Import> {
    let mut out = Vec::new();
    for (keyword, defs_only) in [("$import", false), ("$importdefs", true)] {
        if let Some(value) = ns.remove(keyword) {
            out.push(Import {
                defs_only,
                value,
                at: pointer::join(at, keyword),
            });
        }
    }
    out
}

/// What a document's relative imports resolve against.
enum Base {
    /// Nothing: a relative reference is looked up in the registry as written.
    None,
    /// The directory of the file the document was read from.
    Dir(PathBuf),
    /// The URI the document was registered under (or its `$id`).
    Uri(String),
}

/// The identity of a loaded document: its cache key, and its place in the
/// chain of imports for cycle detection.
#[derive(Clone, PartialEq, Eq, Hash)]
enum Loc {
    Uri(String),
    File(PathBuf),
}

/// One document in the chain of imports being expanded.
struct Frame {
    loc: Option<Loc>,
    shown: String,
    /// Where the parent document imports this one.
    imported_at: String,
}

/// Where the copies of one import go.
struct Target<'a> {
    /// The namespace path below `definitions`.
    namespace: &'a [String],
    /// The name the imported root type is copied under, if it is.
    root_name: Option<&'a str>,
}

struct Expander<'o> {
    sources: &'o Sources,
    /// The canonical import root, why it cannot be used, or `None` when
    /// files may not be read at all.
    root: Option<Result<PathBuf, String>>,
    /// Expanded documents by identity, each read once; `None` for one that
    /// failed (and was reported).
    loaded: HashMap<Loc, Option<Arc<Value>>>,
    chain: Vec<Frame>,
    /// How many JSON values imports may copy in all, and how many more.
    allowance: usize,
    budget: usize,
    diagnostics: Vec<Diagnostic>,
}

impl<'o> Expander<'o> {
    fn new(sources: &'o Sources, budget: usize) -> Self {
        let root = sources.root.as_ref().map(|r| {
            std::fs::canonicalize(r)
                .map_err(|e| format!("the import root {} cannot be used: {e}", r.display()))
        });
        Self {
            sources,
            root,
            loaded: HashMap::new(),
            chain: Vec::new(),
            allowance: budget,
            budget,
            diagnostics: Vec::new(),
        }
    }

    /// The identity and base of the document being compiled.
    fn top(&self, doc: &Value) -> (Option<Loc>, Base) {
        if let Some(file) = &self.sources.base {
            let file = std::path::absolute(file).unwrap_or_else(|_| file.clone());
            let real = std::fs::canonicalize(&file).ok();
            // The import root is canonical, so the directory must be too for
            // the containment check to compare like with like.
            let dir = match &real {
                Some(real) => real.parent().map(PathBuf::from).unwrap_or_default(),
                None => file.parent().map_or_else(PathBuf::new, |p| {
                    std::fs::canonicalize(p).unwrap_or_else(|_| sources::normalise_path(p))
                }),
            };
            return (real.map(Loc::File), Base::Dir(dir));
        }
        if let Some(root) = &self.root {
            // An unusable root still means "files": `locate` says why not.
            return (None, Base::Dir(root.clone().unwrap_or_default()));
        }
        match doc.get("$id") {
            Some(Value::String(id)) => (Some(Loc::Uri(uri::normalise(id))), Base::Uri(id.clone())),
            _ => (None, Base::None),
        }
    }

    /// Reports a problem at `at` in the document currently being expanded.
    /// Problems inside imported documents are reported at the keyword of
    /// the top document through which they were reached, and say where.
    fn report(&mut self, code: &'static str, at: &str, message: String) {
        let (pointer, message) = match self.chain.get(1) {
            None => (at.to_owned(), message),
            Some(entry) => {
                let trail: Vec<&str> = self
                    .chain
                    .iter()
                    .skip(1)
                    .map(|f| f.shown.as_str())
                    .collect();
                (
                    entry.imported_at.clone(),
                    format!("in {}, at {at}: {message}", trail.join(" → ")),
                )
            }
        };
        self.diagnostics
            .push(Diagnostic::new(Severity::Error, code, pointer, message));
    }

    /// Whether `doc` nests too deep to be copied, reported at `at`. Copying
    /// recurses once per level: a document built as a `Value` could nest
    /// deep enough to overflow the stack (text cannot: the parser stops at
    /// 128 levels, as the compiler does).
    fn too_deep(&mut self, doc: &Value, at: &str) -> bool {
        let limit = crate::compiler::MAX_SCHEMA_DEPTH;
        let deep = crate::compiler::nests_deeper_than(doc, limit);
        if deep {
            self.report(
                codes::SCHEMA_MAX_DEPTH_EXCEEDED,
                at,
                format!("documents that take part in imports may nest at most {limit} levels; this one nests deeper"),
            );
        }
        deep
    }

    fn expand_document(&mut self, doc: &Value, base: &Base) -> Value {
        if self.too_deep(doc, "") {
            return Value::Null;
        }
        let mut out = doc.clone();
        let Some(root) = out.as_object_mut() else {
            return out;
        };
        let imports = take_imports(root, "");
        if !imports.is_empty() && !root.contains_key("definitions") {
            root.insert("definitions".into(), Value::Object(Map::new()));
        }
        match root.get_mut("definitions") {
            Some(Value::Object(defs)) => {
                self.expand_namespace(defs, &mut Vec::new(), "/definitions", imports, base);
            }
            Some(other) => {
                let found = describe(other);
                for import in imports {
                    self.report(
                        codes::SCHEMA_IMPORT_INVALID,
                        &import.at,
                        format!(
                            "cannot import into the root namespace: `definitions` is {found}, not a namespace object"
                        ),
                    );
                }
            }
            None => {}
        }
        out
    }

    fn expand_namespace(
        &mut self,
        ns: &mut Map<String, Value>,
        names: &mut Vec<String>,
        at: &str,
        mut imports: Vec<Import>,
        base: &Base,
    ) {
        if names.len() > MAX_NAMESPACE_DEPTH {
            return;
        }
        imports.extend(take_imports(ns, at));
        for (name, child) in ns.iter_mut() {
            if is_type_declaration(child) {
                continue;
            }
            if let Value::Object(inner) = child {
                names.push(name.clone());
                let child_at = pointer::join(at, name);
                self.expand_namespace(inner, names, &child_at, Vec::new(), base);
                names.pop();
            }
        }
        let mut imported = Map::new();
        for import in &imports {
            let Some(entries) = self.import(import, names, base) else {
                continue;
            };
            let mut conflicts = Vec::new();
            merge(&mut imported, entries, "", &mut conflicts, false);
            for name in conflicts {
                self.report(
                    codes::SCHEMA_IMPORT_CONFLICT,
                    &import.at,
                    format!(
                        "`{name}` is imported into this namespace more than once, with different definitions"
                    ),
                );
            }
        }
        // Local definitions shadow imported ones (import §3).
        merge(ns, imported, "", &mut Vec::new(), true);
    }

    /// The definitions one keyword imports, relocated for `namespace`.
    fn import(
        &mut self,
        import: &Import,
        namespace: &[String],
        base: &Base,
    ) -> Option<Map<String, Value>> {
        let keyword = import.keyword();
        let Value::String(reference) = &import.value else {
            let found = describe(&import.value);
            self.report(
                codes::SCHEMA_KEYWORD_INVALID_TYPE,
                &import.at,
                format!("`{keyword}` must be a URI string, found {found}"),
            );
            return None;
        };
        let (doc, shown) = self.load(reference, base, &import.at)?;
        let obj = doc.as_object()?;
        let root_name = if !import.defs_only && obj.contains_key("type") {
            match obj.get("name") {
                Some(Value::String(name)) => Some(name.as_str()),
                _ => {
                    self.report(
                        codes::SCHEMA_IMPORT_INVALID,
                        &import.at,
                        format!("{shown} declares a root type without a `name`, so `$import` has no name to copy it under"),
                    );
                    return None;
                }
            }
        } else {
            None
        };
        let definitions = match obj.get("definitions") {
            Some(Value::Object(defs)) => Some(defs),
            None => None,
            Some(other) => {
                let found = describe(other);
                self.report(
                    codes::SCHEMA_IMPORT_INVALID,
                    &import.at,
                    format!("the `definitions` of {shown} is {found}, not a namespace object"),
                );
                return None;
            }
        };
        let root_type = root_name.map(|_| {
            obj.iter()
                .filter(|(k, _)| !DOCUMENT_KEYWORDS.contains(&k.as_str()))
        });

        // Count before copying, so that a runaway import costs no memory.
        let (total, allowance) = (self.allowance, self.budget);
        let mut cost = definitions.map_or(0, |d| d.values().map(|v| size(v, allowance)).sum());
        if let Some(fields) = root_type.clone() {
            cost += fields.map(|(_, v)| size(v, allowance)).sum::<usize>();
        }
        if cost > allowance {
            self.report(
                codes::SCHEMA_IMPORT_LIMIT_EXCEEDED,
                &import.at,
                format!(
                    "importing {shown} here would take the imports past {total} copied JSON values in all; imports that multiply like this are refused"
                ),
            );
            return None;
        }
        self.budget -= cost;

        let mut entries = definitions.cloned().unwrap_or_default();
        if let (Some(name), Some(fields)) = (root_name, root_type) {
            let copy: Map<String, Value> = fields.map(|(k, v)| (k.clone(), v.clone())).collect();
            let copy = Value::Object(copy);
            if entries.get(name).is_some_and(|d| d != &copy) {
                self.report(
                    codes::SCHEMA_IMPORT_CONFLICT,
                    &import.at,
                    format!("{shown} names its root type `{name}` and also defines `{name}`; `$import` cannot copy both under one name"),
                );
                return None;
            }
            entries.insert(name.to_owned(), copy);
        }
        let target = Target {
            namespace,
            root_name,
        };
        let mut stray = None;
        for entry in entries.values_mut() {
            relocate(entry, &target, &mut stray);
        }
        if let Some(pointer) = stray {
            let why = if import.defs_only {
                "`$importdefs` does not import the root type"
            } else {
                "it declares no root type to import"
            };
            self.report(
                codes::SCHEMA_IMPORT_INVALID,
                &import.at,
                format!("a definition in {shown} refers to \"{pointer}\", outside its `definitions`, but {why}"),
            );
            return None;
        }
        Some(entries)
    }

    /// Finds, reads and expands the document `reference` names, once per
    /// compile. `None` when that failed (and was reported).
    fn load(&mut self, reference: &str, base: &Base, at: &str) -> Option<(Arc<Value>, String)> {
        let loc = match self.locate(reference, base) {
            Ok(loc) => loc,
            Err((code, message)) => {
                self.report(code, at, message);
                return None;
            }
        };
        let shown = self.show(&loc);
        if let Some(i) = self.chain.iter().position(|f| f.loc.as_ref() == Some(&loc)) {
            let cycle: Vec<&str> = self
                .chain
                .iter()
                .skip(i)
                .map(|f| f.shown.as_str())
                .chain([shown.as_str()])
                .collect();
            let message = format!("import cycle: {}", cycle.join(" → "));
            self.report(codes::SCHEMA_IMPORT_CIRCULAR, at, message);
            return None;
        }
        if let Some(done) = self.loaded.get(&loc) {
            return done.clone().map(|d| (d, shown));
        }
        if self.chain.len() > MAX_IMPORT_DEPTH {
            self.report(
                codes::SCHEMA_IMPORT_LIMIT_EXCEEDED,
                at,
                format!("imports nest deeper than {MAX_IMPORT_DEPTH} documents"),
            );
            return None;
        }
        let before = self.diagnostics.len();
        let doc = match self.fetch(&loc) {
            Ok(doc) if self.too_deep(&doc, at) => {
                self.loaded.insert(loc, None);
                return None;
            }
            Ok(doc) if doc.is_object() => doc,
            Ok(doc) => {
                let found = describe(&doc);
                self.report(
                    codes::SCHEMA_IMPORT_INVALID,
                    at,
                    format!("{shown} is {found}, not a schema document (a JSON object)"),
                );
                self.loaded.insert(loc, None);
                return None;
            }
            Err((code, message)) => {
                self.report(code, at, message);
                self.loaded.insert(loc, None);
                return None;
            }
        };
        let doc = if has_imports(&doc) {
            let base = match &loc {
                Loc::Uri(u) => Base::Uri(u.clone()),
                Loc::File(p) => Base::Dir(p.parent().map(PathBuf::from).unwrap_or_default()),
            };
            self.chain.push(Frame {
                loc: Some(loc.clone()),
                shown: shown.clone(),
                imported_at: at.to_owned(),
            });
            let expanded = self.expand_document(&doc, &base);
            self.chain.pop();
            Arc::new(expanded)
        } else {
            doc
        };
        let result = (self.diagnostics.len() == before).then_some(doc);
        self.loaded.insert(loc, result.clone());
        result.map(|d| (d, shown))
    }

    /// Where `reference` points, without reading anything.
    fn locate(&self, reference: &str, base: &Base) -> Result<Loc, (&'static str, String)> {
        if uri::fragment(reference).is_some_and(|f| !f.is_empty()) {
            return Err((
                codes::SCHEMA_IMPORT_INVALID,
                format!("\"{reference}\" has a fragment; an import names a whole schema document"),
            ));
        }
        if uri::is_absolute(reference) {
            return Ok(Loc::Uri(uri::normalise(reference)));
        }
        match base {
            Base::None => Ok(Loc::Uri(uri::normalise(reference))),
            Base::Uri(b) => Ok(Loc::Uri(uri::resolve(b, reference))),
            Base::Dir(dir) => {
                let root = match &self.root {
                    Some(Ok(root)) => root,
                    Some(Err(why)) => return Err((codes::SCHEMA_IMPORT_NOT_FOUND, why.clone())),
                    None => {
                        return Err((
                            codes::SCHEMA_IMPORT_NOT_FOUND,
                            format!(
                                "\"{reference}\" is a relative file reference, but no import root is configured, so no file may be read (see `ValidatorOptions::import_root`)"
                            ),
                        ));
                    }
                };
                if uri::query(reference).is_some() || uri::authority(reference).is_some() {
                    return Err((
                        codes::SCHEMA_IMPORT_INVALID,
                        format!("\"{reference}\" cannot name a file (it has a query or a host)"),
                    ));
                }
                match sources::locate_file(root, dir, reference) {
                    Ok(path) => Ok(Loc::File(path)),
                    Err(FileError::OutsideRoot(path)) => Err((
                        codes::SCHEMA_IMPORT_OUTSIDE_ROOT,
                        format!(
                            "\"{reference}\" resolves to {}, outside the import root {}; it is not read",
                            path.display(),
                            root.display()
                        ),
                    )),
                    Err(FileError::NotFound(why)) => Err((
                        codes::SCHEMA_IMPORT_NOT_FOUND,
                        format!("\"{reference}\" cannot be found: {why}"),
                    )),
                    Err(FileError::Invalid(why)) => Err((codes::SCHEMA_IMPORT_INVALID, why)),
                }
            }
        }
    }

    /// The document at `loc`: from the registry, or read from its file.
    fn fetch(&self, loc: &Loc) -> Result<Arc<Value>, (&'static str, String)> {
        match loc {
            Loc::Uri(u) => self.sources.registered(u).ok_or_else(|| {
                (
                    codes::SCHEMA_IMPORT_NOT_FOUND,
                    format!("no document is registered for <{u}>; truss never fetches schemas over the network (register one with `ValidatorOptions::register`, or `--import URI=FILE` on the command line)"),
                )
            }),
            Loc::File(path) => sources::read_file(path).map(Arc::new).map_err(|e| match e {
                FileError::NotFound(why) => (codes::SCHEMA_IMPORT_NOT_FOUND, why),
                FileError::Invalid(why) => (codes::SCHEMA_IMPORT_INVALID, why),
                FileError::OutsideRoot(p) => (
                    codes::SCHEMA_IMPORT_OUTSIDE_ROOT,
                    format!("{} is outside the import root; it is not read", p.display()),
                ),
            }),
        }
    }

    /// How a document is named in messages: files relative to the import root.
    fn show(&self, loc: &Loc) -> String {
        match loc {
            Loc::Uri(u) => u.clone(),
            Loc::File(p) => match &self.root {
                Some(Ok(root)) => p.strip_prefix(root).unwrap_or(p).display().to_string(),
                _ => p.display().to_string(),
            },
        }
    }
}

/// Merges `from` into `into`. Namespaces present in both are merged entry by
/// entry; otherwise the entry already in `into` stays, and when
/// `into_wins` is false a different value is a conflict.
fn merge(
    into: &mut Map<String, Value>,
    from: Map<String, Value>,
    prefix: &str,
    conflicts: &mut Vec<String>,
    into_wins: bool,
) {
    for (name, value) in from {
        match into.get_mut(&name) {
            None => {
                into.insert(name, value);
            }
            Some(existing) => {
                let both_namespaces = is_namespace(existing) && is_namespace(&value);
                match (existing, value) {
                    (Value::Object(mine), Value::Object(theirs)) if both_namespaces => {
                        let path = format!("{prefix}{name}/");
                        merge(mine, theirs, &path, conflicts, into_wins);
                    }
                    (existing, value) => {
                        if !into_wins && *existing != value {
                            conflicts.push(format!("{prefix}{name}"));
                        }
                    }
                }
            }
        }
    }
}

/// How many JSON values `v` holds, counting no further than `limit + 1`.
fn size(v: &Value, limit: usize) -> usize {
    let mut count = 0usize;
    let mut work = vec![v];
    while let Some(v) = work.pop() {
        count += 1;
        if count > limit {
            break;
        }
        match v {
            Value::Array(items) => work.extend(items),
            Value::Object(m) => work.extend(m.values()),
            _ => {}
        }
    }
    count
}

/// How a value met while relocating references is read.
#[derive(Clone, Copy)]
enum Ctx {
    /// An entry of a namespace: a type declaration or a nested namespace.
    Definition,
    /// A schema: its keys are keywords.
    Schema,
    /// A map from names to schemas (`properties`, `choices`, …).
    Names,
}

/// Points the in-document references of one imported definition at their
/// new locations. A reference that leaves `definitions` when the root type
/// is not imported is recorded in `stray`. Iterative, so that nesting depth
/// costs no stack.
fn relocate(entry: &mut Value, target: &Target<'_>, stray: &mut Option<String>) {
    let mut work: Vec<(&mut Value, Ctx)> = vec![(entry, Ctx::Definition)];
    while let Some((v, ctx)) = work.pop() {
        match (ctx, v) {
            (Ctx::Definition, v) if is_type_declaration(v) => work.push((v, Ctx::Schema)),
            (Ctx::Definition, Value::Object(ns)) => {
                work.extend(ns.values_mut().map(|c| (c, Ctx::Definition)));
            }
            (Ctx::Names, Value::Object(m)) => {
                work.extend(m.values_mut().map(|c| (c, Ctx::Schema)));
            }
            (Ctx::Schema, Value::Object(m)) => {
                for (k, c) in m.iter_mut() {
                    let k = k.as_str();
                    if REFERENCE_KEYWORDS.contains(&k) {
                        match c {
                            Value::String(s) => relocate_pointer(s, target, stray),
                            Value::Array(items) => {
                                for item in items {
                                    if let Value::String(s) = item {
                                        relocate_pointer(s, target, stray);
                                    }
                                }
                            }
                            _ => {}
                        }
                    } else if DATA_KEYWORDS.contains(&k) {
                    } else if NAME_MAPS.contains(&k) {
                        work.push((c, Ctx::Names));
                    } else {
                        work.push((c, Ctx::Schema));
                    }
                }
            }
            (Ctx::Schema | Ctx::Names, Value::Array(items)) => {
                work.extend(items.iter_mut().map(|c| (c, Ctx::Schema)));
            }
            _ => {}
        }
    }
}

/// Rewrites one reference; anything that is not an in-document JSON
/// Pointer is left as written (the compiler reports it).
fn relocate_pointer(s: &mut String, target: &Target<'_>, stray: &mut Option<String>) {
    let Some(tokens) = pointer::canonical(s).and_then(|c| pointer::tokens(&c)) else {
        return;
    };
    let mut out = String::from("#/definitions");
    for name in target.namespace {
        push_token(&mut out, name);
    }
    match tokens.split_first() {
        Some((first, rest)) if first == "definitions" => {
            for t in rest {
                push_token(&mut out, t);
            }
        }
        _ => {
            let Some(root) = target.root_name else {
                stray.get_or_insert_with(|| s.clone());
                return;
            };
            push_token(&mut out, root);
            for t in &tokens {
                push_token(&mut out, t);
            }
        }
    }
    *s = out;
}

/// A pointer token in a URI fragment: `~`/`/` escaped (RFC 6901) and `%`
/// percent-encoded, since the compiler decodes fragments (RFC 6901 §6).
fn push_token(out: &mut String, token: &str) {
    if token.contains('%') {
        pointer::push_token(out, &token.replace('%', "%25"));
    } else {
        pointer::push_token(out, token);
    }
}

#[cfg(test)]
mod tests;
