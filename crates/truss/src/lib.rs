//! truss: a JSON Structure validator.
#![allow(dead_code)]

mod formats;
mod pattern;
