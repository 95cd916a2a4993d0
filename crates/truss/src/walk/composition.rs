//! Enforcing conditional composition (conditional-composition §Conditional
//! Composition Keywords).
//!
//! Alternatives are tried with [`Walker::probe`], which reports nothing and
//! remembers verdicts once a walk has made many trials, so nesting over
//! recursive data stays polynomial. When no alternative of an `anyOf` or
//! `oneOf` matches, one violation says so, summarises each alternative's
//! first failure in its message and carries all of their violations as
//! [`crate::ValidationError::causes`]; alternatives nested inside that
//! explanation are only summarised. `allOf`, `then` and `else` report the
//! operands' own violations.

use serde_json::Value;

use super::{Collect, Mode, Walker};
use crate::checks::Composition;
use crate::codes;
use crate::compiler::describe;
use crate::error::ValidationError;
use crate::node::{Node, NodeId};
use crate::path::Path;

impl<'v, M: Mode> Walker<'v, M> {
    pub(super) fn compose(
        &mut self,
        node: &Node,
        c: &Composition,
        value: &Value,
        path: &Path<'_>,
        depth: usize,
        selector: Option<&str>,
    ) -> bool {
        let mut ok = true;
        for &operand in c.all_of.iter() {
            if !self.same_value(operand, value, path, depth, selector) {
                failed!(ok);
            }
        }
        if !c.any_of.is_empty() && !self.any_of(node, &c.any_of, value, path, depth, selector) {
            failed!(ok);
        }
        if !c.one_of.is_empty() && !self.one_of(node, &c.one_of, value, path, depth, selector) {
            failed!(ok);
        }
        if let Some(not) = c.not {
            if self.probe(not, value, path, depth, selector) {
                self.fail(node, "not", path, codes::INSTANCE_NOT_MATCHED, || {
                    format!(
                        "expected a value that does not match the `not` schema, found {}",
                        describe(value)
                    )
                });
                failed!(ok);
            }
        }
        // `if` alone constrains nothing (conditional-composition
        // §`if`/`then`/`else`), so it is not even tried.
        if let Some(cond) = c.if_.filter(|_| c.then.is_some() || c.else_.is_some()) {
            let branch = if self.probe(cond, value, path, depth, selector) {
                c.then
            } else {
                c.else_
            };
            if let Some(b) = branch {
                if !self.same_value(b, value, path, depth, selector) {
                    failed!(ok);
                }
            }
        }
        ok
    }

    fn any_of(
        &mut self,
        node: &Node,
        operands: &[NodeId],
        value: &Value,
        path: &Path<'_>,
        depth: usize,
        selector: Option<&str>,
    ) -> bool {
        for &operand in operands {
            if self.probe(operand, value, path, depth, selector) {
                return true;
            }
        }
        if !M::COLLECT {
            return false;
        }
        let n = operands.len();
        let (summary, causes) = self.explain(operands, value, path, depth, selector);
        self.fail_with_causes(
            node,
            "anyOf",
            path,
            codes::INSTANCE_ANY_OF_NONE_MATCHED,
            format!(
                "expected a value matching at least one of the {n} `anyOf` schemas, found {} matching none{summary}",
                describe(value)
            ),
            causes,
        )
    }

    fn one_of(
        &mut self,
        node: &Node,
        operands: &[NodeId],
        value: &Value,
        path: &Path<'_>,
        depth: usize,
        selector: Option<&str>,
    ) -> bool {
        let mut matched: Vec<usize> = Vec::new();
        let mut count = 0usize;
        for (i, &operand) in operands.iter().enumerate() {
            if self.probe(operand, value, path, depth, selector) {
                count += 1;
                if !M::COLLECT && count > 1 {
                    return false;
                }
                if M::COLLECT {
                    matched.push(i);
                }
            }
        }
        if count == 1 {
            return true;
        }
        if !M::COLLECT {
            return false;
        }
        let n = operands.len();
        if count == 0 {
            let (summary, causes) = self.explain(operands, value, path, depth, selector);
            return self.fail_with_causes(
                node,
                "oneOf",
                path,
                codes::INSTANCE_ONE_OF_INVALID_COUNT,
                format!(
                    "expected a value matching exactly one of the {n} `oneOf` schemas, found {} matching none{summary}",
                    describe(value)
                ),
                causes,
            );
        }
        let which: Vec<String> = matched.iter().map(|i| format!("#{i}")).collect();
        self.fail(node, "oneOf", path, codes::INSTANCE_ONE_OF_INVALID_COUNT, || {
            format!(
                "expected a value matching exactly one of the {n} `oneOf` schemas, found {} matching {count} of them ({})",
                describe(value),
                which.join(", ")
            )
        })
    }

    /// Why each operand refuses the value: a summary of each one's first
    /// violation for the message, and all of them as causes. Inside an
    /// explanation, nested alternatives are not explained again.
    fn explain(
        &mut self,
        operands: &[NodeId],
        value: &Value,
        path: &Path<'_>,
        depth: usize,
        selector: Option<&str>,
    ) -> (String, Vec<ValidationError>) {
        if !self.explain {
            return (String::new(), Vec::new());
        }
        let mut summary = String::new();
        let mut causes = Vec::new();
        for (i, &operand) in operands.iter().enumerate() {
            let (_, found) =
                self.sub_walk(Collect::default(), operand, value, path, depth, selector);
            if let Some(first) = found.0.first() {
                let at = if first.instance_path().is_empty() {
                    String::new()
                } else {
                    format!(" at {}", first.instance_path())
                };
                summary.push_str(&format!(
                    "; #{i}: {}{at}: {}",
                    first.code(),
                    first.message()
                ));
            }
            causes.extend(found.0);
        }
        (summary, causes)
    }
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    use crate::Validator;

    fn validator(body: Value) -> Validator {
        let mut s = json!({"$schema": "https://json-structure.org/meta/extended/v0/#",
            "$uses": ["JSONStructureConditionalComposition", "JSONStructureValidation"],
            "$id": "https://example.com/t", "name": "T"});
        if let (Some(s), Some(b)) = (s.as_object_mut(), body.as_object()) {
            s.extend(b.clone());
        }
        Validator::new(&s).expect("compiles")
    }

    fn found(v: &Validator, doc: &Value) -> Vec<(String, String, &'static str)> {
        let out: Vec<_> = v
            .iter_errors(doc)
            .map(|e| {
                (
                    e.instance_path().to_owned(),
                    e.schema_path().to_owned(),
                    e.code(),
                )
            })
            .collect();
        assert_eq!(v.is_valid(doc), out.is_empty(), "{doc}");
        out
    }

    #[test]
    fn all_of_reports_each_operands_own_violations() {
        let v = validator(json!({"allOf": [
            {"type": "string", "minLength": 3},
            {"type": "string", "pattern": "^[a-z]+$"}
        ]}));
        assert_eq!(found(&v, &json!("abc")), []);
        assert_eq!(
            found(&v, &json!("A")),
            [
                (
                    "".to_owned(),
                    "/allOf/0/minLength".to_owned(),
                    "INSTANCE_STRING_MIN_LENGTH"
                ),
                (
                    "".to_owned(),
                    "/allOf/1/pattern".to_owned(),
                    "INSTANCE_STRING_PATTERN_MISMATCH"
                ),
            ]
        );
    }

    #[test]
    fn one_of_names_every_matching_operand() {
        let v =
            validator(json!({"oneOf": ["string", "number", {"type": "string", "maxLength": 2}]}));
        assert_eq!(found(&v, &json!(5)), []);
        assert_eq!(found(&v, &json!("long")), []);
        let e = v.iter_errors(&json!("ab")).next().unwrap();
        assert_eq!(e.code(), "INSTANCE_ONE_OF_INVALID_COUNT");
        assert!(
            e.message().contains("matching 2 of them (#0, #2)"),
            "{}",
            e.message()
        );
        assert!(e.causes().is_empty());
        let e = v.iter_errors(&json!(null)).next().unwrap();
        assert!(e.message().contains("matching none"), "{}", e.message());
        assert_eq!(e.causes().len(), 3);
    }

    #[test]
    fn not_and_if_then_else() {
        let v = validator(json!({
            "type": "int32",
            "not": {"type": "int32", "multipleOf": 7},
            "if": {"type": "int32", "minimum": 100},
            "then": {"type": "int32", "multipleOf": 10},
            "else": {"type": "int32", "maximum": 50}
        }));
        assert_eq!(found(&v, &json!(110)), []);
        assert_eq!(found(&v, &json!(40)), []);
        assert_eq!(
            found(&v, &json!(115)),
            [(
                "".to_owned(),
                "/then/multipleOf".to_owned(),
                "INSTANCE_NUMBER_MULTIPLE_OF"
            )]
        );
        assert_eq!(
            found(&v, &json!(60)),
            [(
                "".to_owned(),
                "/else/maximum".to_owned(),
                "INSTANCE_NUMBER_MAXIMUM"
            )]
        );
        assert_eq!(
            found(&v, &json!(14)),
            [("".to_owned(), "/not".to_owned(), "INSTANCE_NOT_MATCHED")]
        );
    }

    #[test]
    fn explanations_do_not_explain_nested_alternatives() {
        let v = validator(json!({"anyOf": [
            {"anyOf": [{"type": "string"}, {"type": "boolean"}]},
            {"type": "int32"}
        ]}));
        let e = v.iter_errors(&json!(null)).next().unwrap();
        let nested: Vec<(&str, &str, usize)> = e
            .causes()
            .iter()
            .map(|c| (c.schema_path(), c.code(), c.causes().len()))
            .collect();
        assert_eq!(
            nested,
            [
                ("/anyOf/0/anyOf", "INSTANCE_ANY_OF_NONE_MATCHED", 0),
                ("/anyOf/1/type", "INSTANCE_INTEGER_EXPECTED", 0),
            ]
        );
    }

    #[test]
    fn operands_see_the_selector_of_an_inline_choice() {
        // The branch of an inline choice validates the same object; its
        // composition operands must not count the selector as additional.
        let v = validator(json!({
            "type": "choice", "$extends": "#/definitions/Base", "selector": "kind",
            "choices": {"circle": {"type": {"$ref": "#/definitions/Circle"}}},
            "definitions": {
                "Base": {"abstract": true, "type": "object", "properties": {"kind": {"type": "string"}}},
                "Circle": {"type": "object", "properties": {"r": {"type": "double"}},
                    "additionalProperties": false,
                    "allOf": [{"type": "object", "properties": {"r": {"type": "double", "minimum": 0}},
                        "additionalProperties": false}]}
            }
        }));
        assert_eq!(found(&v, &json!({"kind": "circle", "r": 1.5})), []);
        assert_eq!(
            found(&v, &json!({"kind": "circle", "r": -1})),
            [(
                "/r".to_owned(),
                "/definitions/Circle/allOf/0/properties/r/minimum".to_owned(),
                "INSTANCE_NUMBER_MINIMUM"
            )]
        );
    }
}
