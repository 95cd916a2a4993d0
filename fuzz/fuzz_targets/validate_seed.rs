//! Instance validation against the bundled schema
//! (`schemas/hubspot/batch-calls-response.struct.json`): arbitrary bytes as
//! the document, through the slice path (`is_valid_slice`/`validate_slice`)
//! and the value path (`is_valid`/`validate`/`iter_errors`), which must
//! agree on the verdict and the violations; every instance path must
//! resolve in the document.
#![no_main]

#[path = "../common/mod.rs"]
mod common;

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use truss::Validator;

const SCHEMA: &str = include_str!("../../schemas/hubspot/batch-calls-response.struct.json");

fn validators() -> &'static [Validator] {
    static VALIDATORS: OnceLock<Vec<Validator>> = OnceLock::new();
    VALIDATORS.get_or_init(|| {
        vec![
            Validator::from_str(SCHEMA).expect("the bundled schema compiles"),
            // A shallow limit, so that the depth violation is reached often.
            Validator::options()
                .max_depth(4)
                .build_str(SCHEMA)
                .expect("the bundled schema compiles"),
        ]
    })
}

fuzz_target!(|data: &[u8]| {
    let [v, shallow] = validators() else {
        unreachable!()
    };
    let verdict = common::check_bytes(v, data);
    // A shallower limit can only add violations.
    if common::check_bytes(shallow, data) {
        assert!(verdict, "valid with max_depth 4 but not with the default");
    }
});
