//! The real HubSpot example document for the bundled schema (read from the
//! shared corpus in place).

mod support;

use support::{read_json, report, seed, shared};

#[test]
fn real_example_violations() {
    let v = truss::Validator::new(&seed()).unwrap();
    let doc = read_json(
        &shared()
            .join("corpus/hubspot/examples/engagement-calls-api-batch-calls-response-example.json"),
    );
    let paths: Vec<String> = v
        .iter_errors(&doc)
        .map(|e| e.instance_path().to_owned())
        .collect();
    assert_eq!(
        paths,
        [
            "/errors/0/context/key",
            "/errors/0/errors/0",
            "/results/0/propertiesWithHistory/key"
        ]
    );
    insta::assert_snapshot!(report(&v, &doc));
}

#[test]
fn corpus_copy_of_the_seed_is_the_bundled_schema() {
    let corpus =
        read_json(&shared().join(
            "corpus/hubspot/structure/engagement-calls-api-batch-calls-response-structure.json",
        ));
    assert_eq!(corpus, seed());
}
