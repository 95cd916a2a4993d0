//! Heap use, measured with a counting global allocator.
//!
//! - `is_valid` allocates nothing on valid documents (the bundled seed with
//!   generated documents, the repaired schema with history, the synthetic
//!   shapes).
//! - The byte-slice path keeps no document: its peak of live heap bytes is
//!   the same for 1,000 and 10,000 results.
//!
//! Counters are per thread, so tests running side by side do not disturb
//! each other; every measurement covers one call on the test's own thread.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use serde_json::Value;
use truss::Validator;
use truss_suite::workloads;

struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<u64> = const { Cell::new(0) };
    static LIVE: Cell<i64> = const { Cell::new(0) };
    static PEAK: Cell<i64> = const { Cell::new(0) };
}

fn grew(bytes: i64) {
    let _ = ALLOCATIONS.try_with(|a| a.set(a.get() + 1));
    let _ = LIVE.try_with(|l| {
        let now = l.get() + bytes;
        l.set(now);
        let _ = PEAK.try_with(|p| p.set(p.get().max(now)));
    });
}

fn shrank(bytes: i64) {
    let _ = LIVE.try_with(|l| l.set(l.get() - bytes));
}

// SAFETY: every call is forwarded unchanged to the system allocator; the
// bookkeeping touches only `Cell`s in const-initialised thread-locals, which
// never allocate.
#[allow(unsafe_code)]
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        grew(layout.size() as i64);
        // SAFETY: same contract as the caller's.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        grew(layout.size() as i64);
        // SAFETY: same contract as the caller's.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        shrank(layout.size() as i64);
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        shrank(layout.size() as i64);
        grew(new_size as i64);
        // SAFETY: same contract as the caller's.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static COUNTING: Counting = Counting;

/// What one call cost: allocations made, and the peak of live bytes above
/// what was live when it started.
struct Cost {
    allocations: u64,
    peak: i64,
    /// Live bytes at the end above those at the start: what the returned
    /// value holds.
    retained: i64,
}

fn measure<T>(f: impl FnOnce() -> T) -> (T, Cost) {
    let start_allocs = ALLOCATIONS.with(Cell::get);
    let start_live = LIVE.with(Cell::get);
    PEAK.with(|p| p.set(start_live));
    let out = std::hint::black_box(f());
    let cost = Cost {
        allocations: ALLOCATIONS.with(Cell::get) - start_allocs,
        peak: PEAK.with(Cell::get) - start_live,
        retained: LIVE.with(Cell::get) - start_live,
    };
    (out, cost)
}

fn seed() -> Value {
    serde_json::from_str(include_str!(
        "../schemas/hubspot/batch-calls-response.struct.json"
    ))
    .expect("the bundled schema is JSON")
}

fn repaired() -> Value {
    serde_json::from_str(include_str!(
        "../benches/schemas/batch-calls-response.repaired.struct.json"
    ))
    .expect("the repaired schema is JSON")
}

fn assert_no_allocation(v: &Validator, doc: &Value, what: &str) {
    let (valid, cost) = measure(|| v.is_valid(doc));
    assert!(valid, "{what} should be valid");
    assert_eq!(cost.allocations, 0, "is_valid allocated on {what}");
}

#[test]
fn is_valid_allocates_nothing_on_the_seed_with_generated_documents() {
    let v = Validator::new(&seed()).unwrap();
    for results in [0, 1, 100, 2_000] {
        let doc = workloads::batch_calls_response(results, 42, 0);
        assert_no_allocation(&v, &doc, &format!("{results} results"));
    }
    let example: Value = serde_json::from_str(include_str!(
        "../schemas/hubspot/examples/batch-calls-response.valid.json"
    ))
    .unwrap();
    assert_no_allocation(&v, &example, "the valid example");
}

#[test]
fn is_valid_allocates_nothing_on_the_repaired_schema_with_history() {
    let v = Validator::new(&repaired()).unwrap();
    for results in [1, 100, 1_000] {
        let doc = workloads::batch_calls_response_with_history(results, 9);
        assert_no_allocation(&v, &doc, &format!("{results} results with history"));
        let doc = workloads::batch_calls_response(results, 9, 0);
        assert_no_allocation(&v, &doc, &format!("{results} results"));
    }
}

#[test]
fn is_valid_allocates_nothing_on_synthetic_shapes() {
    for (name, (schema, doc)) in [
        ("deep tree", workloads::deep_tree(200)),
        ("wide map", workloads::wide_map(2_000)),
        ("string heavy", workloads::string_heavy(2_000)),
    ] {
        let v = Validator::new(&schema).unwrap();
        assert_no_allocation(&v, &doc, name);
    }
}

#[test]
fn slice_path_heap_does_not_grow_with_the_document() {
    let v = Validator::new(&seed()).unwrap();
    let small = workloads::batch_calls_response_text(1_000, 3, 0);
    let large = workloads::batch_calls_response_text(10_000, 3, 0);
    let (ok, small_valid) = measure(|| v.is_valid_slice(small.as_bytes()));
    assert!(ok);
    let (ok, large_valid) = measure(|| v.is_valid_slice(large.as_bytes()));
    assert!(ok);
    let (r, small_all) = measure(|| v.validate_slice(small.as_bytes()));
    assert!(r.is_ok());
    let (r, large_all) = measure(|| v.validate_slice(large.as_bytes()));
    assert!(r.is_ok());
    for (what, a, b) in [
        ("is_valid_slice", &small_valid, &large_valid),
        ("validate_slice", &small_all, &large_all),
    ] {
        eprintln!(
            "{what}: peak {} B / {} allocations at 1,000 results, {} B / {} at 10,000",
            a.peak, a.allocations, b.peak, b.allocations
        );
        // A reused string buffer (the longest string seen) and nothing else.
        assert!(
            b.peak <= 4_096 && (b.peak - a.peak).abs() <= 1_024,
            "{what}: peak {} B at 1,000 results, {} B at 10,000 ({} and {} allocations)",
            a.peak,
            b.peak,
            a.allocations,
            b.allocations
        );
    }
    // For scale: the document as a `Value` is megabytes.
    let (_, tree) = measure(|| serde_json::from_str::<Value>(&large).unwrap());
    assert!(tree.peak > 1_000_000, "{}", tree.peak);
}

/// `levels` of `$extends` diamonds: `A{i}` and `B{i}` both extend `A{i-1}`
/// and `B{i-1}`, so the leaf inherits along 2^levels paths, yet holds each
/// of the 2 × (levels + 1) properties once.
fn extends_diamonds(levels: usize) -> Value {
    let mut defs = serde_json::Map::new();
    for i in 0..=levels {
        for side in ["A", "B"] {
            let mut t = serde_json::json!({
                "abstract": true,
                "type": "object",
                "properties": {format!("{}{i}", side.to_lowercase()): {"type": "string"}}
            });
            if i > 0 {
                t["$extends"] = serde_json::json!([
                    format!("#/definitions/A{}", i - 1),
                    format!("#/definitions/B{}", i - 1)
                ]);
            }
            defs.insert(format!("{side}{i}"), t);
        }
    }
    defs.insert(
        "Leaf".into(),
        serde_json::json!({
            "type": "object",
            "$extends": [format!("#/definitions/A{levels}"), format!("#/definitions/B{levels}")],
            "properties": {"leaf": {"type": "string"}}
        }),
    );
    serde_json::json!({
        "$schema": "https://json-structure.org/meta/core/v0/#",
        "$id": "https://example.com/diamonds",
        "name": "Diamonds",
        "type": {"$ref": "#/definitions/Leaf"},
        "definitions": defs
    })
}

/// `levels` of unions of two references each, `U{i}` and `V{i}` both being
/// `[U{i-1}, V{i-1}]`: 2^levels ways down to a `string` or an `int32`.
fn union_chain(levels: usize) -> Value {
    let mut defs = serde_json::Map::new();
    defs.insert("U0".into(), serde_json::json!({"type": "string"}));
    defs.insert("V0".into(), serde_json::json!({"type": "int32"}));
    for i in 1..=levels {
        for side in ["U", "V"] {
            defs.insert(
                format!("{side}{i}"),
                serde_json::json!({"type": [
                    {"$ref": format!("#/definitions/U{}", i - 1)},
                    {"$ref": format!("#/definitions/V{}", i - 1)}
                ]}),
            );
        }
    }
    serde_json::json!({
        "$schema": "https://json-structure.org/meta/core/v0/#",
        "$id": "https://example.com/unions",
        "name": "Unions",
        "type": {"$ref": format!("#/definitions/U{levels}")},
        "definitions": defs
    })
}

#[test]
fn a_compiled_validator_grows_with_its_schema_not_with_the_paths_through_it() {
    for (what, schema, most) in [
        // Each level adds one property to each of two types, and every type
        // holds all it inherits: quadratic, so doubling the levels about
        // quadruples the size.
        (
            "$extends diamonds",
            extends_diamonds as fn(usize) -> Value,
            6.0,
        ),
        // Linear: doubling the levels doubles the size.
        ("unions of references", union_chain, 3.0),
    ] {
        let (ten, small) = measure(|| Validator::new(&schema(10)).unwrap());
        let (twenty, large) = measure(|| Validator::new(&schema(20)).unwrap());
        let ratio = large.retained as f64 / small.retained as f64;
        // Allocations count the work of compiling: walking every path
        // through the schema would make 2^10 times as many.
        let work = large.allocations as f64 / small.allocations as f64;
        eprintln!(
            "{what}: {} B at 10 levels, {} B at 20 ({ratio:.2}×; 2^10 times the paths); \
             {} allocations compiling at 10, {} at 20 ({work:.2}×)",
            small.retained, large.retained, small.allocations, large.allocations
        );
        assert!(
            ratio <= most && large.retained < 1 << 20,
            "{what}: {} B at 10 levels, {} B at 20",
            small.retained,
            large.retained
        );
        assert!(
            work <= most,
            "{what}: {} allocations compiling at 10 levels, {} at 20",
            small.allocations,
            large.allocations
        );
        drop((ten, twenty));
    }
    // What they compile to still means what the schemas say.
    let v = Validator::new(&extends_diamonds(20)).unwrap();
    let mut doc = serde_json::json!({"leaf": "x", "a0": "y", "b20": "z"});
    assert!(v.is_valid(&doc));
    doc["a0"] = serde_json::json!(1);
    let found: Vec<String> = v
        .iter_errors(&doc)
        .map(|e| format!("{} {}", e.instance_path(), e.code()))
        .collect();
    assert_eq!(found, ["/a0 INSTANCE_STRING_EXPECTED"]);
    let v = Validator::new(&union_chain(20)).unwrap();
    assert!(v.is_valid(&serde_json::json!("text")));
    assert!(v.is_valid(&serde_json::json!(7)));
    // No branch takes a boolean: every one of the 2^20 ways is a dead end,
    // and remembered verdicts keep the search to each node once.
    let started = std::time::Instant::now();
    assert!(!v.is_valid(&serde_json::json!(true)));
    assert!(v.validate(&serde_json::json!(true)).is_err());
    assert!(started.elapsed() < std::time::Duration::from_secs(10));
}
