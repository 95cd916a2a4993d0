//! `truss-suite`: the unpublished companion package of the `truss` workspace.
//!
//! It holds what the published crates must not carry: the conformance suite,
//! corpus runners, benchmarks and comparison crates. The library part exposes
//! deterministic workload generators ([`workloads`]) shared by benchmarks and
//! integration tests, so every run validates byte-identical documents.

pub mod workloads;
