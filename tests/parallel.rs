//! One compiled `Validator` shared by many threads.

use serde_json::Value;
use truss::Validator;
use truss_suite::workloads;

/// Compile-time: `Validator` (and what it hands out) can cross threads.
const _: () = {
    const fn send_sync<T: Send + Sync>() {}
    send_sync::<Validator>();
    send_sync::<truss::ValidationErrors>();
    send_sync::<truss::DocumentError>();
    send_sync::<truss::SchemaError>();
};

#[test]
fn threads_sharing_one_validator_agree_with_one_thread() {
    let schema: Value = serde_json::from_str(include_str!(
        "../schemas/hubspot/batch-calls-response.struct.json"
    ))
    .unwrap();
    let validator = Validator::new(&schema).unwrap();
    let texts: Vec<String> = (0..16u64)
        .map(|seed| workloads::batch_calls_response_text(20, seed, (seed % 4) as usize))
        .collect();
    let sequential: Vec<usize> = texts
        .iter()
        .map(|t| match validator.validate_slice(t.as_bytes()) {
            Ok(()) => 0,
            Err(truss::DocumentError::Invalid(e)) => e.len(),
            Err(e) => panic!("{e}"),
        })
        .collect();
    let shared = &validator;
    let threaded: Vec<usize> = std::thread::scope(|scope| {
        let handles: Vec<_> = texts
            .iter()
            .map(|t| {
                scope.spawn(move || match shared.validate_slice(t.as_bytes()) {
                    Ok(()) => 0,
                    Err(truss::DocumentError::Invalid(e)) => e.len(),
                    Err(e) => panic!("{e}"),
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    assert_eq!(threaded, sequential);
    assert_eq!(sequential[0], 0);
    assert!(sequential[1..].iter().any(|&n| n > 0));
}
