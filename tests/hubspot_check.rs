//! `truss::check_schema` over the 735 real HubSpot schemas: every one is
//! checked without a panic, and the counts of findings per code and
//! severity are pinned in `tests/expectations/hubspot-check-summary.txt`.
//!
//! When a deliberate change moves the counts, regenerate the file with
//!
//! ```sh
//! TRUSS_BLESS=1 cargo test -p truss-suite --features corpus --test hubspot_check
//! ```
//!
//! and review the diff before committing it.

mod support;

use std::collections::BTreeMap;

use support::{files, repo, shared};
use truss::Severity;

const SUMMARY: &str = "tests/expectations/hubspot-check-summary.txt";

#[test]
fn hubspot_schemas_check_without_panics_and_match_the_summary() {
    let dir = shared().join("corpus/hubspot/structure");
    let paths = files(&dir, |n| n.ends_with(".json"));
    assert_eq!(
        paths.len(),
        735,
        "expected the HubSpot corpus in {}",
        dir.display()
    );
    let mut counts: BTreeMap<(String, &'static str), usize> = BTreeMap::new();
    let mut without_errors = 0;
    for path in &paths {
        let text = std::fs::read_to_string(path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        let found = truss::check_schema_str(&text);
        if !found.iter().any(|d| d.severity() == Severity::Error) {
            without_errors += 1;
        }
        for d in &found {
            assert!(d.line().is_some(), "{}: unlocated {d}", path.display());
            *counts
                .entry((d.severity().to_string(), d.code()))
                .or_default() += 1;
        }
    }
    let mut summary = format!(
        "# truss::check_schema over corpus/hubspot/structure (regenerate: TRUSS_BLESS=1, see tests/hubspot_check.rs)\n\
         schemas: {}\n\
         schemas without errors: {without_errors}\n",
        paths.len()
    );
    for ((severity, code), n) in &counts {
        summary.push_str(&format!("{severity} {code}: {n}\n"));
    }
    let file = repo().join(SUMMARY);
    if std::env::var_os("TRUSS_BLESS").is_some_and(|v| v == "1") {
        std::fs::write(&file, &summary)
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", file.display()));
        return;
    }
    let expected = std::fs::read_to_string(&file).unwrap_or_default();
    if expected != summary {
        let old: Vec<&str> = expected.lines().collect();
        let new: Vec<&str> = summary.lines().collect();
        let mut diff = String::new();
        for l in old.iter().filter(|l| !new.contains(l)) {
            diff.push_str(&format!("- {l}\n"));
        }
        for l in new.iter().filter(|l| !old.contains(l)) {
            diff.push_str(&format!("+ {l}\n"));
        }
        panic!("{SUMMARY} is out of date (TRUSS_BLESS=1 rewrites it):\n{diff}");
    }
}
