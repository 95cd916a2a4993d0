//! Schema document → node arena.
//!
//! Every schema object is compiled once, memoised by its JSON Pointer, so a
//! type referenced from many places (or from itself) is one node, and a
//! reference is just that node's index. All resolution (`$ref`, `$root`,
//! `$extends`, `$offers`) happens here; the walker never looks at the schema
//! document.

mod annotations;
mod composition;
mod extensions;
mod object;
mod types;
mod validation;

use std::collections::HashMap;

use serde_json::{Map, Value};

use crate::codes;
use crate::error::{Diagnostic, Severity};
use crate::extensions::{Extension, Extensions};
use crate::node::{AddinProps, Kind, Node, NodeId};
use crate::options::ValidatorOptions;
use crate::pattern::PatternCache;
use crate::pointer;

/// How deep schema objects may nest (counting the references followed on
/// the way) before compiling stops. Compiling recurses once per level, so
/// the limit keeps it within a 2 MiB thread stack even in debug builds; real
/// schemas (the HubSpot corpus, the meta-schemas) stay below 24.
pub(crate) const MAX_SCHEMA_DEPTH: usize = 128;

/// The result of compiling one schema document.
pub(crate) struct Compiled {
    pub(crate) nodes: Vec<Node>,
    pub(crate) root: Option<NodeId>,
    pub(crate) diagnostics: Vec<Diagnostic>,
    /// `$offers` names → add-in bit mask.
    pub(crate) offers: Vec<(String, u64)>,
    /// The extensions in effect for this document.
    pub(crate) extensions: Extensions,
    /// Schema pointer → the node compiled there (the memo, kept so that a
    /// value can be checked against any schema in the document).
    pub(crate) pointers: HashMap<String, NodeId>,
}

pub(crate) struct Compiler<'s> {
    doc: &'s Value,
    nodes: Vec<Node>,
    memo: HashMap<String, NodeId>,
    diagnostics: Vec<Diagnostic>,
    /// Add-in properties waiting for their target object to be compiled.
    addins: HashMap<String, Vec<AddinProps>>,
    depth: usize,
    pub(crate) options: &'s ValidatorOptions,
    /// The extensions in effect (root `$uses`, `$schema`, options).
    pub(crate) extensions: Extensions,
    /// Each distinct pattern text compiled once.
    patterns: PatternCache,
    /// Set just before compiling a composition operand: such a schema may
    /// be a bare `{"$ref": …}` (a type-union member) and, like the drafts'
    /// own examples, may constrain objects without declaring `type`.
    composition_operand: bool,
}

impl<'s> Compiler<'s> {
    pub(crate) fn compile(doc: &'s Value, options: &'s ValidatorOptions) -> Compiled {
        let mut c = Compiler {
            doc,
            nodes: Vec::new(),
            memo: HashMap::new(),
            diagnostics: Vec::new(),
            addins: HashMap::new(),
            depth: 0,
            options,
            extensions: options.extensions,
            patterns: PatternCache::new(),
            composition_operand: false,
        };
        let Some(root) = doc.as_object() else {
            c.error(
                codes::SCHEMA_INVALID_TYPE,
                "",
                format!(
                    "a schema document must be a JSON object, found {}",
                    describe(doc)
                ),
            );
            return c.finish(None, Vec::new());
        };
        c.check_root_keywords(root);
        c.extensions = c.enabled_extensions(root);
        let offers = c.compile_offers(root);
        let root_id = c.compile_root(root);
        c.compile_definitions(root);
        c.check_reference_cycles();
        c.finish_number_checks();
        c.finish(root_id, offers)
    }

    fn finish(mut self, root: Option<NodeId>, offers: Vec<(String, u64)>) -> Compiled {
        // A defect met on several paths (a base reached from two types, a
        // cycle entered from each of its members) is reported once.
        let mut seen = std::collections::HashSet::new();
        self.diagnostics
            .retain(|d| seen.insert((d.code, d.pointer.clone(), d.message.clone())));
        Compiled {
            nodes: self.nodes,
            root,
            diagnostics: self.diagnostics,
            offers,
            extensions: self.extensions,
            pointers: self.memo,
        }
    }

    // ---- diagnostics ----

    pub(crate) fn error(&mut self, code: &'static str, at: &str, message: String) {
        self.diagnostics.push(Diagnostic::new(
            Severity::Error,
            code,
            at.to_owned(),
            message,
        ));
    }

    pub(crate) fn warning(&mut self, code: &'static str, at: &str, message: String) {
        self.diagnostics.push(Diagnostic::new(
            Severity::Warning,
            code,
            at.to_owned(),
            message,
        ));
    }

    /// A spec violation that the default compile gives a clear meaning to.
    pub(crate) fn lenient(&mut self, code: &'static str, at: &str, message: String) {
        let mut d = Diagnostic::new(Severity::Warning, code, at.to_owned(), message);
        d.lenient = true;
        self.diagnostics.push(d);
    }

    // ---- arena ----

    fn reserve(&mut self, path: &str) -> NodeId {
        let id = NodeId(u32::try_from(self.nodes.len()).unwrap_or(u32::MAX));
        self.nodes.push(Node::new(Kind::Any, path));
        id
    }

    fn node_mut(&mut self, id: NodeId) -> Option<&mut Node> {
        self.nodes.get_mut(id.index())
    }

    pub(crate) fn node(&self, id: NodeId) -> Option<&Node> {
        self.nodes.get(id.index())
    }

    pub(crate) fn doc(&self) -> &'s Value {
        self.doc
    }

    /// Whether the document (or the options) switch `e` on.
    pub(crate) fn enabled(&self, e: Extension) -> bool {
        self.extensions.contains(e)
    }

    // ---- document level ----

    fn check_root_keywords(&mut self, root: &Map<String, Value>) {
        match root.get("$schema") {
            None => self.lenient(
                codes::SCHEMA_ROOT_MISSING_SCHEMA,
                "",
                "the root must declare `$schema` (the meta-schema URI); read as core".into(),
            ),
            Some(Value::String(s)) if crate::meta::is_known(s) => {}
            Some(Value::String(s)) => self.lenient(
                codes::SCHEMA_UNKNOWN_META_SCHEMA,
                "/$schema",
                format!(
                    "`$schema` is \"{s}\", which is not a JSON Structure meta-schema; read as core ({})",
                    crate::meta::CORE
                ),
            ),
            Some(other) => self.error(
                codes::SCHEMA_KEYWORD_INVALID_TYPE,
                "/$schema",
                format!("`$schema` must be a URI string, found {}", describe(other)),
            ),
        }
        match root.get("$id") {
            None => self.lenient(
                codes::SCHEMA_ROOT_MISSING_ID,
                "",
                "the root must declare `$id`, an absolute URI identifying the document".into(),
            ),
            Some(Value::String(_)) => {}
            Some(other) => self.error(
                codes::SCHEMA_KEYWORD_INVALID_TYPE,
                "/$id",
                format!("`$id` must be a URI string, found {}", describe(other)),
            ),
        }
        if root.contains_key("type") && !root.contains_key("name") {
            self.lenient(
                codes::SCHEMA_ROOT_MISSING_NAME,
                "",
                "a root that declares `type` must also declare `name`".into(),
            );
        }
    }

    fn compile_root(&mut self, root: &'s Map<String, Value>) -> Option<NodeId> {
        match (root.get("type"), root.get("$root")) {
            (Some(_), Some(_)) => {
                self.error(
                    codes::SCHEMA_ROOT_CONFLICT,
                    "/$root",
                    "`type` and `$root` are mutually exclusive at the root".into(),
                );
                None
            }
            (Some(t), None) => {
                // An empty union has its own error.
                if t.as_array().is_some_and(|members| !members.is_empty()) {
                    // Core §Prohibition of Top-Level Unions: "the `$root`
                    // keyword MUST be used to designate a type union as the
                    // root type". The meaning is plain, so it is read as
                    // that union.
                    self.lenient(
                        codes::SCHEMA_ROOT_UNION,
                        "/type",
                        "a type union at the root must be designated with `$root`: declare it in `definitions` and point `$root` at it; read as the union".into(),
                    );
                }
                // Core §`$ref`: "MUST NOT be used inside the `type` of the
                // root object". Read as the reference.
                if t.as_object().is_some_and(|o| o.contains_key("$ref")) {
                    self.lenient(
                        codes::SCHEMA_ROOT_REF,
                        "/type/$ref",
                        "the root's type must not be a `$ref`: point `$root` at the definition instead (and drop `type` and `name`); read as the reference".into(),
                    );
                }
                Some(self.compile_schema(self.doc, String::new()))
            }
            (None, Some(Value::String(r))) => {
                let Some(target) = pointer::canonical(r) else {
                    self.error(
                        codes::INSTANCE_ROOT_UNRESOLVED,
                        "/$root",
                        format!("`$root` must be a JSON Pointer such as \"#/definitions/Name\", found \"{r}\""),
                    );
                    return None;
                };
                match pointer::resolve(self.doc, &target) {
                    Some(v) if is_type_declaration(v) => {
                        if v.get("abstract") == Some(&Value::Bool(true)) {
                            self.error(
                                codes::SCHEMA_ABSTRACT_REFERENCED,
                                "/$root",
                                format!("`$root` points at the abstract type {r}, which cannot have instances"),
                            );
                        }
                        Some(self.compile_schema(v, target))
                    }
                    Some(_) => {
                        self.error(
                            codes::INSTANCE_ROOT_UNRESOLVED,
                            "/$root",
                            format!("`$root` points at {r}, which is not a type declaration"),
                        );
                        None
                    }
                    None => {
                        self.error(
                            codes::INSTANCE_ROOT_UNRESOLVED,
                            "/$root",
                            format!("`$root` points at {r}, which does not exist"),
                        );
                        None
                    }
                }
            }
            (None, Some(other)) => {
                self.error(
                    codes::SCHEMA_KEYWORD_INVALID_TYPE,
                    "/$root",
                    format!(
                        "`$root` must be a JSON Pointer string, found {}",
                        describe(other)
                    ),
                );
                None
            }
            (None, None) => {
                if has_composition(root) {
                    // A root made only of composition keywords is a rule
                    // set over the instance (conditional-composition
                    // §Composition and Evaluation Model).
                    return Some(self.compile_schema(self.doc, String::new()));
                }
                if root.get("$ref").is_some() {
                    // Compiling the root reports the misplaced `$ref` once.
                    return Some(self.compile_schema(self.doc, String::new()));
                }
                None
            }
        }
    }

    /// Compiles every type declared under `definitions`, reachable or not,
    /// so that a defect anywhere in the document is reported.
    fn compile_definitions(&mut self, root: &'s Map<String, Value>) {
        let Some(defs) = root.get("definitions") else {
            return;
        };
        let Some(defs) = defs.as_object() else {
            self.error(
                codes::SCHEMA_KEYWORD_INVALID_TYPE,
                "/definitions",
                format!("`definitions` must be an object, found {}", describe(defs)),
            );
            return;
        };
        self.compile_namespace(defs, "/definitions".to_owned(), 0);
    }

    fn compile_namespace(&mut self, ns: &'s Map<String, Value>, path: String, depth: usize) {
        if depth > MAX_SCHEMA_DEPTH {
            self.error(
                codes::SCHEMA_MAX_DEPTH_EXCEEDED,
                &path,
                format!("namespaces nest deeper than {MAX_SCHEMA_DEPTH} levels"),
            );
            return;
        }
        for (name, value) in ns {
            let child = pointer::join(&path, name);
            match value {
                v if is_type_declaration(v) => {
                    self.compile_schema(v, child);
                }
                Value::Object(inner) => self.compile_namespace(inner, child, depth + 1),
                other => self.error(
                    codes::SCHEMA_INVALID_TYPE,
                    &child,
                    format!(
                        "a definition must be a type declaration or a namespace object, found {}",
                        describe(other)
                    ),
                ),
            }
        }
    }

    // ---- schemas ----

    /// Compiles the schema object at `path` (memoised: one node per location).
    pub(crate) fn compile_schema(&mut self, value: &'s Value, path: String) -> NodeId {
        let operand = std::mem::take(&mut self.composition_operand);
        if let Some(&id) = self.memo.get(&path) {
            return id;
        }
        let id = self.reserve(&path);
        self.memo.insert(path.clone(), id);
        if self.depth >= MAX_SCHEMA_DEPTH {
            self.error(
                codes::SCHEMA_MAX_DEPTH_EXCEEDED,
                &path,
                format!(
                    "schemas nest deeper than {MAX_SCHEMA_DEPTH} levels, counting the references followed"
                ),
            );
            return id;
        }
        let Some(obj) = value.as_object() else {
            self.error(
                codes::SCHEMA_INVALID_TYPE,
                &path,
                format!("a schema must be a JSON object, found {}", describe(value)),
            );
            return id;
        };
        self.depth += 1;
        let kind = crate::stack::guard(|| self.schema_kind(obj, &path, operand));
        // Compositions (`allOf`, `not`, …) recurse from here too.
        let (checks, annotations) =
            crate::stack::guard(|| self.compile_extensions(obj, &path, &kind));
        self.depth -= 1;
        let enumeration = self.compile_enum(obj, &path);
        let constant = self
            .kept_value(obj, "const", &path)
            .map(|v| Box::new(v.clone()));
        let max_length = self.non_negative(obj, "maxLength", &path);
        if let Some(n) = self.node_mut(id) {
            n.kind = kind;
            n.enumeration = enumeration;
            n.constant = constant;
            n.max_length = max_length;
            n.checks = checks;
            n.annotations = annotations;
        }
        id
    }

    /// `obj[key]` for a keyword whose value the validator keeps (`const`,
    /// `default`), unless the value nests deeper than a schema may: copying,
    /// comparing and describing it recurse once per level, so a value built
    /// as a `Value` thousands of levels deep would overflow the stack.
    /// Schema text never nests that deep (the parser stops at 128 levels).
    /// Such a value is a schema error.
    fn kept_value<'v>(
        &mut self,
        obj: &'v Map<String, Value>,
        key: &str,
        path: &str,
    ) -> Option<&'v Value> {
        let value = obj.get(key)?;
        if nests_deeper_than(value, MAX_SCHEMA_DEPTH) {
            self.error(
                codes::SCHEMA_MAX_DEPTH_EXCEEDED,
                &pointer::join(path, key),
                too_deep_to_keep(key),
            );
            return None;
        }
        Some(value)
    }

    fn schema_kind(&mut self, obj: &'s Map<String, Value>, path: &str, operand: bool) -> Kind {
        match obj.get("type") {
            Some(Value::String(name)) => self.named_kind(name, obj, path),
            Some(Value::Object(t)) => match t.get("$ref") {
                Some(r) => self.reference(r, &pointer::join(&pointer::join(path, "type"), "$ref")),
                None => {
                    self.error(
                        codes::SCHEMA_TYPE_OBJECT_MISSING_REF,
                        &pointer::join(path, "type"),
                        "an object in `type` must be a reference: {\"$ref\": \"#/definitions/Name\"}"
                            .into(),
                    );
                    Kind::Any
                }
            },
            Some(Value::Array(members)) => self.union(members, obj, path),
            Some(other) => {
                self.error(
                    codes::SCHEMA_KEYWORD_INVALID_TYPE,
                    &pointer::join(path, "type"),
                    format!(
                        "`type` must be a type name, a {{\"$ref\": …}} or an array of them, found {}",
                        describe(other)
                    ),
                );
                Kind::Any
            }
            None => {
                if let Some(r) = obj.get("$ref") {
                    if operand {
                        // A composition operand is a type-union member, for
                        // which {"$ref": …} is the written form.
                        return self.reference(r, &pointer::join(path, "$ref"));
                    }
                    let fix = if path.is_empty() {
                        format!("use `$root`: {r} designates the root type")
                    } else {
                        format!("write {{\"type\": {{\"$ref\": {r}}}}}")
                    };
                    self.lenient(
                        codes::SCHEMA_REF_NOT_IN_TYPE,
                        &pointer::join(path, "$ref"),
                        format!("`$ref` is only permitted inside `type`: {fix}; read as that"),
                    );
                    return self.reference(r, &pointer::join(path, "$ref"));
                }
                if operand && obj.contains_key("properties") {
                    // conditional-composition §`if`/`then`/`else` writes
                    // operands as bare `properties` + `required`.
                    self.lenient(
                        codes::SCHEMA_MISSING_TYPE,
                        path,
                        "a schema must declare `type`; this composition operand declares `properties`, so it is read as an object".into(),
                    );
                    return self.object(obj, path);
                }
                if has_composition(obj) && self.enabled(Extension::ConditionalComposition) {
                    return Kind::Any;
                }
                self.lenient(
                    codes::SCHEMA_MISSING_TYPE,
                    path,
                    "a schema must declare `type`; read as `any`".into(),
                );
                Kind::Any
            }
        }
    }

    /// Resolves a `$ref` value to a node; a reference that does not
    /// resolve compiles to a fail-closed node (DESIGN §3).
    pub(crate) fn reference(&mut self, r: &Value, at: &str) -> Kind {
        let Value::String(r) = r else {
            self.error(
                codes::SCHEMA_KEYWORD_INVALID_TYPE,
                at,
                format!(
                    "`$ref` must be a JSON Pointer string, found {}",
                    describe(r)
                ),
            );
            return unresolved("(not a string)", at);
        };
        let Some(target) = pointer::canonical(r) else {
            self.lenient(
                codes::SCHEMA_REF_NOT_FOUND,
                at,
                format!("`$ref` \"{r}\" is not a JSON Pointer into this document; values that reach it are rejected"),
            );
            return unresolved(r, at);
        };
        match pointer::resolve(self.doc, &target) {
            Some(v) if is_type_declaration(v) => {
                if v.get("abstract") == Some(&Value::Bool(true)) {
                    self.lenient(
                        codes::SCHEMA_ABSTRACT_REFERENCED,
                        at,
                        format!("{r} is abstract and cannot be used as a type; validated as its declared shape"),
                    );
                }
                Kind::Ref(self.compile_schema(v, target))
            }
            Some(_) => {
                self.lenient(
                    codes::SCHEMA_REF_NOT_FOUND,
                    at,
                    format!("`$ref` \"{r}\" points at something that is not a type declaration; values that reach it are rejected"),
                );
                unresolved(r, at)
            }
            None => {
                self.lenient(
                    codes::SCHEMA_REF_NOT_FOUND,
                    at,
                    format!("`$ref` \"{r}\" does not resolve in this document; values that reach it are rejected"),
                );
                unresolved(r, at)
            }
        }
    }

    fn union(&mut self, members: &'s [Value], obj: &'s Map<String, Value>, path: &str) -> Kind {
        let type_path = pointer::join(path, "type");
        if members.is_empty() {
            self.error(
                codes::SCHEMA_TYPE_ARRAY_EMPTY,
                &type_path,
                "a type union must list at least one type".into(),
            );
            return Kind::Any;
        }
        let mut ids = Vec::with_capacity(members.len());
        for (i, m) in members.iter().enumerate() {
            let member_path = pointer::join(&type_path, &i.to_string());
            let kind = match m {
                Value::String(name) => {
                    if is_compound(name) {
                        self.lenient(
                            codes::SCHEMA_TYPE_INVALID,
                            &member_path,
                            format!("a type union may hold only primitive types and references; declare the {name} in `definitions` and reference it"),
                        );
                    }
                    self.named_kind(name, obj, path)
                }
                Value::Object(t) => match t.get("$ref") {
                    Some(r) => self.reference(r, &pointer::join(&member_path, "$ref")),
                    None => {
                        self.lenient(
                            codes::SCHEMA_TYPE_INVALID,
                            &member_path,
                            "a type union may hold only primitive type names and {\"$ref\": …}; inline compound types are not permitted".into(),
                        );
                        let id = self.compile_schema(m, member_path.clone());
                        Kind::Ref(id)
                    }
                },
                other => {
                    self.error(
                        codes::SCHEMA_KEYWORD_INVALID_TYPE,
                        &member_path,
                        format!(
                            "a type union member must be a type name or {{\"$ref\": …}}, found {}",
                            describe(other)
                        ),
                    );
                    Kind::Any
                }
            };
            // Members carry the union's location so that a failing keyword
            // points at the schema the author wrote.
            let id = self.reserve(path);
            if let Some(n) = self.node_mut(id) {
                n.kind = kind;
            }
            ids.push(id);
        }
        Kind::Union(ids.into_boxed_slice())
    }

    // ---- add-ins ----

    fn compile_offers(&mut self, root: &'s Map<String, Value>) -> Vec<(String, u64)> {
        let Some(offers) = root.get("$offers") else {
            return Vec::new();
        };
        let Some(offers) = offers.as_object() else {
            self.error(
                codes::SCHEMA_OFFERS_INVALID,
                "/$offers",
                format!(
                    "`$offers` must map add-in names to JSON Pointers, found {}",
                    describe(offers)
                ),
            );
            return Vec::new();
        };
        let mut out = Vec::new();
        let mut bit = 0u32;
        for (name, targets) in offers {
            let at = pointer::join("/$offers", name);
            let list: Vec<&Value> = match targets {
                Value::Array(a) => a.iter().collect(),
                v => vec![v],
            };
            let mut mask = 0u64;
            for t in list {
                if bit >= 64 {
                    self.error(
                        codes::SCHEMA_OFFERS_INVALID,
                        &at,
                        "more than 64 add-ins are offered".into(),
                    );
                    break;
                }
                if let Some(addin) = self.compile_addin(t, &at, bit) {
                    let (target, props) = addin;
                    self.addins.entry(target).or_default().push(props);
                    mask |= 1u64 << bit;
                    bit += 1;
                }
            }
            out.push((name.clone(), mask));
        }
        out
    }

    fn compile_addin(&mut self, t: &'s Value, at: &str, bit: u32) -> Option<(String, AddinProps)> {
        let Some(p) = t.as_str().and_then(pointer::canonical) else {
            self.error(
                codes::SCHEMA_OFFERS_INVALID,
                at,
                format!("an add-in must be a JSON Pointer, found {}", describe(t)),
            );
            return None;
        };
        let Some(def) = pointer::resolve(self.doc, &p).and_then(Value::as_object) else {
            self.error(
                codes::SCHEMA_OFFERS_INVALID,
                at,
                format!("add-in {p} does not exist"),
            );
            return None;
        };
        let target = match def
            .get("$extends")
            .and_then(Value::as_str)
            .and_then(pointer::canonical)
        {
            Some(t) => t,
            None => {
                self.error(
                    codes::SCHEMA_OFFERS_INVALID,
                    at,
                    format!("add-in {p} must `$extends` the type it adds to"),
                );
                return None;
            }
        };
        let (properties, _) = self.compile_properties(def, &p);
        let entries = match def.get("required") {
            Some(Value::Array(entries)) => entries.as_slice(),
            _ => &[],
        };
        let required: Vec<Box<str>> = entries
            .iter()
            .filter_map(Value::as_str)
            .map(Into::into)
            .collect();
        // Alternative sets hold for the add-in as for any type (core
        // §`$extends`: its constraints are merged).
        let required_sets = object::required_sets(entries);
        Some((
            target,
            AddinProps {
                bit,
                properties: properties.into_boxed_slice(),
                required: required.into_boxed_slice(),
                required_sets: required_sets.into_boxed_slice(),
                required_at: pointer::join(&p, "required").into(),
                path: p.as_str().into(),
            },
        ))
    }

    pub(crate) fn take_addins(&mut self, path: &str) -> Vec<AddinProps> {
        self.addins.remove(path).unwrap_or_default()
    }

    // ---- reference cycles ----

    /// A chain of references or unions that returns to itself without ever
    /// descending into the value can never terminate: `A` is exactly `B`,
    /// `B` is exactly `A`. Such a schema has no meaning.
    fn check_reference_cycles(&mut self) {
        let n = self.nodes.len();
        // 0 = unvisited, 1 = on stack, 2 = done
        let mut state = vec![0u8; n];
        let mut reported = Vec::new();
        for start in 0..n {
            if state.get(start) != Some(&0) {
                continue;
            }
            let mut stack: Vec<(usize, usize)> = vec![(start, 0)];
            if let Some(s) = state.get_mut(start) {
                *s = 1;
            }
            while let Some(&mut (node, ref mut next)) = stack.last_mut() {
                let succ = self.same_value_successor(node, *next);
                *next += 1;
                match succ {
                    Some(Some(m)) => match state.get(m) {
                        Some(0) => {
                            if let Some(s) = state.get_mut(m) {
                                *s = 1;
                            }
                            stack.push((m, 0));
                        }
                        Some(1) => reported.push(m),
                        _ => {}
                    },
                    Some(None) => {}
                    None => {
                        if let Some(s) = state.get_mut(node) {
                            *s = 2;
                        }
                        stack.pop();
                    }
                }
            }
        }
        reported.sort_unstable();
        reported.dedup();
        for m in reported {
            let path = self
                .nodes
                .get(m)
                .map(|n| n.path.to_string())
                .unwrap_or_default();
            self.error(
                codes::SCHEMA_REF_CIRCULAR,
                &path,
                "this type is defined only by references that lead back to it; it can never be satisfied or refused".into(),
            );
        }
    }

    /// The `i`-th node that validates the *same* value as `node` (reference
    /// targets, union members, inline choice branches). `None` when there
    /// are no more; `Some(None)` for a slot to skip.
    fn same_value_successor(&self, node: usize, i: usize) -> Option<Option<usize>> {
        let n = self.nodes.get(node)?;
        let (found, from_kind) = match &n.kind {
            Kind::Ref(t) => ((i == 0).then_some(Some(t.index())), 1),
            Kind::Union(members) => (members.get(i).map(|m| Some(m.index())), members.len()),
            Kind::InlineChoice { choices, .. } => (
                choices.entries.get(i).map(|(_, m)| Some(m.index())),
                choices.entries.len(),
            ),
            _ => (None, 0),
        };
        if found.is_some() {
            return found;
        }
        // Composition operands validate the same value too.
        n.checks
            .as_deref()?
            .same_value_targets()
            .nth(i.checked_sub(from_kind)?)
            .map(|m| Some(m.index()))
    }
}

fn unresolved(target: &str, at: &str) -> Kind {
    Kind::Unresolved {
        target: target.into(),
        at: at.into(),
    }
}

/// True for an object that declares a type (as opposed to a namespace),
/// including one made only of composition keywords.
pub(crate) fn is_type_declaration(v: &Value) -> bool {
    v.as_object()
        .is_some_and(|o| o.contains_key("type") || o.contains_key("$ref") || has_composition(o))
}

/// Whether a schema object uses conditional composition. A namespace entry
/// named like a keyword is told apart by its value's shape.
pub(crate) fn has_composition(o: &Map<String, Value>) -> bool {
    ["allOf", "anyOf", "oneOf"]
        .iter()
        .any(|k| o.get(*k).is_some_and(Value::is_array))
        || ["not", "if"]
            .iter()
            .any(|k| o.get(*k).is_some_and(is_operand_shaped))
}

/// A `not`/`if` value that can only be a schema: a type name, a type
/// union, or an object with schema keywords (a namespace holds names).
/// Chains of `not`/`if` are followed without recursion (a schema built as
/// a `Value` may nest them without bound), and one longer than a schema may
/// nest is taken for a schema, which compiling then refuses as too deep.
fn is_operand_shaped(v: &Value) -> bool {
    let mut pending = vec![(v, 0usize)];
    while let Some((v, level)) = pending.pop() {
        if level > MAX_SCHEMA_DEPTH {
            return true;
        }
        match v {
            Value::String(_) | Value::Array(_) => return true,
            Value::Object(o) => {
                let keywords = ["type", "$ref", "properties", "required", "enum", "const"];
                if keywords.iter().any(|k| o.contains_key(*k))
                    || ["allOf", "anyOf", "oneOf"]
                        .iter()
                        .any(|k| o.get(*k).is_some_and(Value::is_array))
                {
                    return true;
                }
                pending.extend(
                    ["not", "if"]
                        .iter()
                        .filter_map(|k| o.get(*k))
                        .map(|v| (v, level + 1)),
                );
            }
            _ => {}
        }
    }
    false
}

pub(crate) fn is_compound(name: &str) -> bool {
    matches!(
        name,
        "object" | "array" | "set" | "map" | "tuple" | "choice"
    )
}

/// A short description of a JSON value for messages: its kind and, for
/// scalars, the value itself (long strings are cut).
pub(crate) fn describe(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => format!("boolean {b}"),
        Value::Number(n) => format!("number {n}"),
        Value::String(s) => {
            let mut cut: String = s.chars().take(40).collect();
            if cut.len() < s.len() {
                cut.push('…');
            }
            format!("string {:?}", cut)
        }
        Value::Array(a) => format!(
            "array of {} item{}",
            a.len(),
            if a.len() == 1 { "" } else { "s" }
        ),
        Value::Object(o) => format!(
            "object with {} propert{}",
            o.len(),
            if o.len() == 1 { "y" } else { "ies" }
        ),
    }
}

/// Whether `value` holds containers nested more than `limit` levels deep
/// (the value itself, if a container, is level 1). Iterative: the value may
/// nest without bound.
pub(crate) fn nests_deeper_than(value: &Value, limit: usize) -> bool {
    let mut pending = vec![(value, 1usize)];
    while let Some((value, level)) = pending.pop() {
        let is_container = matches!(value, Value::Array(_) | Value::Object(_));
        if is_container && level > limit {
            return true;
        }
        match value {
            Value::Array(items) => pending.extend(items.iter().map(|v| (v, level + 1))),
            Value::Object(members) => pending.extend(members.values().map(|v| (v, level + 1))),
            _ => {}
        }
    }
    false
}

pub(super) fn too_deep_to_keep(key: &str) -> String {
    format!("`{key}` holds a value nested deeper than {MAX_SCHEMA_DEPTH} levels")
}
