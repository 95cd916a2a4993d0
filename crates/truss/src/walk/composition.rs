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
        if let Some(cond) = c.if_ {
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
