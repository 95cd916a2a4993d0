//! Generates a large NDJSON workload for measuring `truss validate --ndjson`
//! throughput. Ignored by default (it writes a gigabyte):
//!
//! ```sh
//! cargo test --release --test throughput -- --ignored --nocapture
//! script -qc 'target/release/truss validate --ndjson \
//!     --schema schemas/hubspot/batch-calls-response.struct.json /tmp/truss-throughput.ndjson' /dev/null
//! rm /tmp/truss-throughput.ndjson
//! ```
//!
//! `TRUSS_NDJSON_OUT` sets the file (default /tmp/truss-throughput.ndjson,
//! never inside the repository) and `TRUSS_NDJSON_BYTES` its size (default
//! 1 GiB). Every line is a valid `BatchCallsResponse` for the bundled schema
//! (`truss_suite::workloads::ndjson_lines`), so the run measures the
//! validator, not error reporting.

use std::io::{BufWriter, Write};

#[test]
#[ignore = "writes a 1 GiB file; run by hand for throughput measurements"]
fn generate_ndjson_workload() {
    let path = std::env::var("TRUSS_NDJSON_OUT")
        .unwrap_or_else(|_| "/tmp/truss-throughput.ndjson".to_owned());
    let target: u64 = std::env::var("TRUSS_NDJSON_BYTES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1 << 30);
    let file = std::fs::File::create(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut out = BufWriter::with_capacity(1 << 20, file);
    let (mut bytes, mut lines) = (0u64, 0u64);
    // One seed per batch of lines keeps the generator's state small while
    // the lines stay varied and reproducible.
    let mut seed = 0u64;
    while bytes < target {
        for line in truss_suite::workloads::ndjson_lines(10_000, seed) {
            out.write_all(line.as_bytes()).expect("write");
            out.write_all(b"\n").expect("write");
            bytes += line.len() as u64 + 1;
            lines += 1;
            if bytes >= target {
                break;
            }
        }
        seed += 1;
    }
    out.flush().expect("flush");
    println!("{path}: {lines} lines, {bytes} bytes");
}
