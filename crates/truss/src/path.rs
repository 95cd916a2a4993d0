//! Instance locations, built on the stack while walking and turned into a
//! JSON Pointer only when a violation is reported.

use std::fmt::Write;

pub(crate) enum Path<'a> {
    Root,
    Key(&'a Path<'a>, &'a str),
    Index(&'a Path<'a>, usize),
}

impl<'a> Path<'a> {
    pub(crate) fn key(&'a self, key: &'a str) -> Path<'a> {
        Path::Key(self, key)
    }

    pub(crate) fn index(&'a self, i: usize) -> Path<'a> {
        Path::Index(self, i)
    }

    pub(crate) fn is_root(&self) -> bool {
        matches!(self, Path::Root)
    }

    /// The RFC 6901 pointer (`~0`/`~1` escaped; `""` for the root).
    pub(crate) fn to_pointer(&self) -> String {
        let mut segments = Vec::new();
        let mut cur = self;
        loop {
            match cur {
                Path::Root => break,
                Path::Key(parent, k) => {
                    segments.push(Segment::Key(k));
                    cur = parent;
                }
                Path::Index(parent, i) => {
                    segments.push(Segment::Index(*i));
                    cur = parent;
                }
            }
        }
        let mut out = String::new();
        for s in segments.iter().rev() {
            match s {
                Segment::Key(k) => crate::pointer::push_token(&mut out, k),
                Segment::Index(i) => {
                    let _ = write!(out, "/{i}");
                }
            }
        }
        out
    }
}

enum Segment<'a> {
    Key(&'a str),
    Index(usize),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pointer_escapes_slash_and_tilde() {
        let root = Path::Root;
        let a = root.key("a/b");
        let b = a.index(3);
        let c = b.key("~x");
        assert_eq!(c.to_pointer(), "/a~1b/3/~0x");
        assert_eq!(root.to_pointer(), "");
    }
}
