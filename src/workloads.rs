//! Deterministic workload generators for benchmarks and tests.
//!
//! Every generator is a pure function of its arguments: the same arguments
//! produce the same [`Value`] (and, via [`to_text`], the same JSON text) on
//! every run and platform. Randomness comes from [`SplitMix64`], a tiny
//! hand-written PRNG, so no dependency beyond `serde_json` is needed.
//!
//! # HubSpot `BatchCallsResponse`
//!
//! [`batch_calls_response`] produces realistic HubSpot CRM batch-read
//! responses for `schemas/hubspot/batch-calls-response.struct.json` (the seed
//! schema) and `benches/schemas/batch-calls-response.repaired.struct.json`.
//! Documents never contain `propertiesWithHistory` nor `errors[].errors`
//! items, the two places where the seed schema has unresolved references, so
//! both schemas give the same verdict. Faults requested through the `faults`
//! argument are placed by [`fault_plan`], which also tells what a validator
//! is expected to report (one violation per fault, at
//! [`InjectedFault::pointer`]).
//!
//! [`batch_calls_response_with_history`] additionally fills
//! `propertiesWithHistory` and `errors[].errors`: such documents are valid
//! against the repaired schema only.
//!
//! # Synthetic shapes
//!
//! [`deep_tree`], [`wide_map`] and [`string_heavy`] return a JSON Structure
//! schema together with a valid document, stressing recursion through
//! `$ref`, large `map`s, and string-encoded extended primitive types.
//! [`ndjson_lines`] yields one small `BatchCallsResponse` per line.

use serde_json::{Map, Value, json};

/// `$schema` of every JSON Structure core schema generated here.
pub const CORE_META_SCHEMA: &str = "https://json-structure.org/meta/core/v0/#";

/// Base of the `$id`s of generated schemas.
const SCHEMA_ID_BASE: &str = "https://github.com/truss-rs/truss/raw/main/benches/schemas/";

/// Serializes a value as compact JSON text.
pub fn to_text(value: &Value) -> String {
    serde_json::to_string(value).expect("a serde_json::Value always serializes")
}

// ---------------------------------------------------------------------------
// PRNG
// ---------------------------------------------------------------------------

/// SplitMix64 (Steele, Lea and Flood, 2014): a 64-bit state, one addition and
/// three xor-shift-multiply rounds per output. Good enough statistically for
/// test data, and trivially reproducible.
#[derive(Debug, Clone)]
pub struct SplitMix64 {
    state: u64,
}

impl SplitMix64 {
    /// A generator whose sequence is fully determined by `seed`.
    pub fn new(seed: u64) -> Self {
        Self { state: seed }
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (multiply-shift reduction; `n` must be non-zero).
    pub fn below(&mut self, n: u64) -> u64 {
        assert!(n > 0, "SplitMix64::below(0)");
        ((u128::from(self.next_u64()) * u128::from(n)) >> 64) as u64
    }

    /// Uniform in `lo..=hi`.
    pub fn range(&mut self, lo: u64, hi: u64) -> u64 {
        debug_assert!(lo <= hi);
        lo + self.below(hi - lo + 1)
    }

    /// `true` with probability `percent` / 100.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    /// A uniformly chosen element of a non-empty slice.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
}

// ---------------------------------------------------------------------------
// Calendar helpers (proleptic Gregorian, UTC)
// ---------------------------------------------------------------------------

const MS_PER_DAY: i64 = 86_400_000;

/// Days since 1970-01-01 to (year, month, day). H. Hinnant's algorithm.
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// (year, month, day) to days since 1970-01-01. H. Hinnant's algorithm.
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = if month > 2 { month - 3 } else { month + 9 };
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn is_leap(year: i64) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Milliseconds since the Unix epoch as RFC 3339 `YYYY-MM-DDTHH:MM:SS.mmmZ`,
/// the form HubSpot uses.
pub fn format_datetime_millis(epoch_ms: i64) -> String {
    let (year, month, day) = civil_from_days(epoch_ms.div_euclid(MS_PER_DAY));
    let in_day = epoch_ms.rem_euclid(MS_PER_DAY);
    let (h, mi, s, ms) = (
        in_day / 3_600_000,
        in_day / 60_000 % 60,
        in_day / 1_000 % 60,
        in_day % 1_000,
    );
    format!("{year:04}-{month:02}-{day:02}T{h:02}:{mi:02}:{s:02}.{ms:03}Z")
}

/// Inverse of [`format_datetime_millis`] for the strings this module writes.
fn parse_datetime_millis(text: &str) -> Option<i64> {
    let b = text.as_bytes();
    if b.len() != 24 || b[10] != b'T' || b[23] != b'Z' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| text.get(r)?.parse::<i64>().ok();
    let days = days_from_civil(num(0..4)?, num(5..7)?, num(8..10)?);
    let in_day = num(11..13)? * 3_600_000 + num(14..16)? * 60_000 + num(17..19)? * 1_000;
    Some(days * MS_PER_DAY + in_day + num(20..23)?)
}

/// 2023-06-01T00:00:00Z: the earliest "batch request" instant generated.
const EPOCH_2023_06_01: i64 = 1_685_577_600_000;

// ---------------------------------------------------------------------------
// HubSpot vocabulary
// ---------------------------------------------------------------------------

const CALL_KINDS: &[&str] = &[
    "Discovery call",
    "Follow-up call",
    "Product demo",
    "Renewal discussion",
    "Onboarding kickoff",
    "Pricing review",
    "Technical deep dive",
    "Quarterly business review",
    "Support escalation",
    "Contract negotiation",
];

const COMPANIES: &[&str] = &[
    "Northwind Traders",
    "Contoso Ltd",
    "Fabrikam Inc",
    "Tailspin Toys",
    "Wide World Importers",
    "Adventure Works",
    "Litware",
    "Proseware",
    "Müller & Söhne GmbH",
    "Café São Paulo",
    "Blue Yonder Airlines",
    "Coho Winery",
    "Alpine Ski House",
    "Lucerne Publishing",
    "Trey Research",
    "Woodgrove Bank",
];

const CONTACTS: &[&str] = &[
    "Dana", "Priya", "Marcus", "Sofia", "Kenji", "Amara", "Lukas", "Chloé", "Mateo", "Ingrid",
];

const BODY_SENTENCES: &[&str] = &[
    "Walked through their current ticketing workflow and where SLAs slip between tiers.",
    "They run three support tiers and want reporting on first-response time per tier.",
    "Budget for the next fiscal year is approved; procurement needs a security questionnaire.",
    "Discussed moving the annual renewal to quarterly billing; finance will confirm by Friday.",
    "Their engineering lead asked about batch endpoints and the 100 requests per 10 seconds limit.",
    "Agreed to a sandbox portal so the team can prototype the contact sync next sprint.",
    "Main concern is data residency: they need EU hosting for customer records.",
    "Reviewed the onboarding plan, milestones and who owns the CRM data import.",
    "Competitor quote came in 15% lower, but they value the reporting and the \"single inbox\".",
    "Action items: send pricing for 45 seats, share the SOC 2 report, book a follow-up demo.",
    "Decision maker is the VP of Customer Success; champion is the support operations manager.",
    "They currently export spreadsheets weekly and want dashboards refreshed hourly instead.",
    "Legal flagged the auto-renewal clause; drafted alternative wording for their review.",
    "Integration with their ERP is a must-have; shared the marketplace listing and API docs.",
    "Call ended early because of a conflicting meeting; rescheduled for next Tuesday 10:00 ET.",
    "Customer reported duplicate contacts after the last import; escalated to the support team.",
    "Timeline: pilot in Q3 with 10 users, full rollout to 120 users after a successful review.",
    "They asked for references from two customers of similar size in the logistics sector.",
];

const VOICEMAIL_SENTENCES: &[&str] = &[
    "No answer. Left a voicemail proposing a time for the kickoff and sent the calendar link.",
    "Went straight to voicemail; will retry tomorrow morning in their time zone.",
    "Rang out with no voicemail box; sent a short email with the agenda instead.",
];

/// HubSpot's default call dispositions: (GUID, statuses it goes with).
const DISPOSITION_CONNECTED: &str = "f240bbac-87c9-4f6e-bf70-924b57d47db7";
const DISPOSITION_LEFT_LIVE_MESSAGE: &str = "a4c4c377-d246-4b32-a13b-75a56a4cd0ff";
const DISPOSITION_NO_ANSWER: &str = "73a0d17f-1163-4015-bdd5-ec830791da20";
const DISPOSITION_LEFT_VOICEMAIL: &str = "b2cf5968-551e-4856-9783-52b3da59a7d0";
const DISPOSITION_BUSY: &str = "9d9162e7-6cf3-4944-bf63-4dff82258764";
const DISPOSITION_WRONG_NUMBER: &str = "17b47fee-58de-441e-a44c-c6300d46f273";

const AREA_CODES: &[&str] = &[
    "+1 617-555-",
    "+1 312-555-",
    "+1 415-555-",
    "+1 212-555-",
    "+44 20 7946 ",
    "+49 30 5557 ",
];

const HISTORY_SOURCES: &[&str] = &["CRM_UI", "CALLING", "API", "INTEGRATION", "WORKFLOWS"];

fn phone(rng: &mut SplitMix64) -> String {
    format!("{}{:04}", rng.pick(AREA_CODES), rng.below(10_000))
}

fn owner_id(rng: &mut SplitMix64) -> u64 {
    71_324_580 + rng.below(24)
}

fn call_body(rng: &mut SplitMix64, status: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    if status == "COMPLETED" {
        let contact = *rng.pick(CONTACTS);
        let n = rng.range(2, 4);
        for _ in 0..n {
            parts.push(*rng.pick(BODY_SENTENCES));
        }
        let text = format!("Spoke with {contact}. {}", parts.join(" "));
        if rng.chance(50) {
            format!("<p>{text}</p>")
        } else {
            text
        }
    } else {
        parts.push(*rng.pick(VOICEMAIL_SENTENCES));
        if rng.chance(50) {
            parts.push(*rng.pick(BODY_SENTENCES));
        }
        parts.join(" ")
    }
}

/// One element of `results`; returns it with its `updatedAt` in epoch ms.
fn call_result(rng: &mut SplitMix64, id: u64, now_ms: i64, with_history: bool) -> (Value, i64) {
    let status = match rng.below(100) {
        0..=71 => "COMPLETED",
        72..=85 => "NO_ANSWER",
        86..=91 => "BUSY",
        92..=96 => "FAILED",
        _ => "CANCELED",
    };
    let direction = if rng.chance(70) {
        "OUTBOUND"
    } else {
        "INBOUND"
    };
    let duration_ms = match status {
        "COMPLETED" => rng.range(60_000, 3_600_000),
        "NO_ANSWER" => rng.range(5_000, 45_000),
        _ => 0,
    };
    let disposition = match status {
        "COMPLETED" if rng.chance(85) => DISPOSITION_CONNECTED,
        "COMPLETED" => DISPOSITION_LEFT_LIVE_MESSAGE,
        "NO_ANSWER" if rng.chance(60) => DISPOSITION_LEFT_VOICEMAIL,
        "NO_ANSWER" => DISPOSITION_NO_ANSWER,
        "BUSY" => DISPOSITION_BUSY,
        _ => DISPOSITION_WRONG_NUMBER,
    };

    // The call happened up to ~400 days before the batch request; the
    // record is created shortly after the call and edited later on.
    let call_ms = now_ms - 86_400_000 - rng.below(400 * MS_PER_DAY as u64) as i64;
    let created_ms = call_ms + duration_ms as i64 + rng.range(1_000, 600_000) as i64;
    let edit_ms = if rng.chance(60) {
        rng.below(7_200_000) as i64
    } else {
        rng.below(30 * MS_PER_DAY as u64) as i64
    };
    let updated_ms = (created_ms + edit_ms).min(now_ms - 1_000);
    let owner = owner_id(rng);
    let title = format!("{} with {}", rng.pick(CALL_KINDS), rng.pick(COMPANIES));

    let mut props = Map::new();
    props.insert("hs_object_id".into(), id.to_string().into());
    props.insert("hs_call_title".into(), title.clone().into());
    props.insert("hs_call_body".into(), call_body(rng, status).into());
    props.insert("hs_call_duration".into(), duration_ms.to_string().into());
    props.insert("hs_call_direction".into(), direction.into());
    props.insert("hs_call_status".into(), status.into());
    props.insert(
        "hs_timestamp".into(),
        format_datetime_millis(call_ms).into(),
    );
    props.insert("hubspot_owner_id".into(), owner.to_string().into());
    // Up to four optional properties: 8 to 12 in all.
    let mut optional = 0;
    if rng.chance(85) {
        props.insert("hs_call_disposition".into(), disposition.into());
        optional += 1;
    }
    if rng.chance(60) {
        props.insert("hs_call_from_number".into(), phone(rng).into());
        props.insert("hs_call_to_number".into(), phone(rng).into());
        optional += 2;
    }
    if optional < 4 && rng.chance(50) {
        props.insert(
            "hs_createdate".into(),
            format_datetime_millis(created_ms).into(),
        );
        optional += 1;
    }
    if optional < 4 && status == "COMPLETED" && rng.chance(40) {
        props.insert(
            "hs_call_recording_url".into(),
            format!("https://api.hubspot.com/calling/v1/recordings/{id}.mp3").into(),
        );
    }

    let mut result = Map::new();
    result.insert("id".into(), id.to_string().into());
    result.insert("properties".into(), Value::Object(props));
    if with_history {
        let history = properties_with_history(rng, status, &title, owner, created_ms, updated_ms);
        result.insert("propertiesWithHistory".into(), history);
    }
    result.insert(
        "createdAt".into(),
        format_datetime_millis(created_ms).into(),
    );
    result.insert(
        "updatedAt".into(),
        format_datetime_millis(updated_ms).into(),
    );
    let archived = rng.chance(6);
    result.insert("archived".into(), archived.into());
    if archived {
        // Archiving is the last edit of a record.
        result.insert(
            "archivedAt".into(),
            format_datetime_millis(updated_ms).into(),
        );
    }
    (Value::Object(result), updated_ms)
}

fn history_entry(rng: &mut SplitMix64, value: &str, at_ms: i64, owner: u64) -> Value {
    let source = *rng.pick(HISTORY_SOURCES);
    let mut entry = Map::new();
    entry.insert("value".into(), value.into());
    entry.insert("timestamp".into(), format_datetime_millis(at_ms).into());
    entry.insert("sourceType".into(), source.into());
    if source == "CRM_UI" || source == "CALLING" {
        entry.insert("sourceId".into(), format!("userId:{owner}").into());
        entry.insert("updatedByUserId".into(), owner.into());
    } else {
        entry.insert(
            "sourceId".into(),
            format!(
                "{}-{}",
                source.to_ascii_lowercase(),
                rng.range(1_000, 9_999)
            )
            .into(),
        );
        if rng.chance(50) {
            entry.insert("sourceLabel".into(), "HubSpot Calling SDK".into());
        }
    }
    Value::Object(entry)
}

fn properties_with_history(
    rng: &mut SplitMix64,
    status: &str,
    title: &str,
    owner: u64,
    created_ms: i64,
    updated_ms: i64,
) -> Value {
    let span = (updated_ms - created_ms).max(1) as u64;
    let mut history = Map::new();
    // Newest first, as HubSpot returns it.
    let mut statuses = vec![history_entry(rng, status, updated_ms, owner)];
    if rng.chance(70) {
        let earlier = created_ms + rng.below(span) as i64;
        statuses.push(history_entry(rng, "IN_PROGRESS", earlier, owner));
        statuses.push(history_entry(rng, "RINGING", created_ms, owner));
    }
    history.insert("hs_call_status".into(), Value::Array(statuses));
    let mut titles = vec![history_entry(rng, title, created_ms, owner)];
    if rng.chance(30) {
        titles.insert(
            0,
            history_entry(rng, &format!("{title} (rescheduled)"), updated_ms, owner),
        );
    }
    history.insert("hs_call_title".into(), Value::Array(titles));
    if rng.chance(40) {
        let owner_text = owner.to_string();
        let entry = history_entry(rng, &owner_text, created_ms, owner);
        history.insert("hubspot_owner_id".into(), Value::Array(vec![entry]));
    }
    Value::Object(history)
}

/// One element of the top-level `errors` array.
fn batch_error(rng: &mut SplitMix64, missing_id: u64, with_details: bool) -> Value {
    let mut error = Map::new();
    error.insert("status".into(), "error".into());
    if rng.chance(70) {
        error.insert("category".into(), "OBJECT_NOT_FOUND".into());
        error.insert(
            "message".into(),
            "Could not get some CALL objects, they may be deleted or not exist. \
             Check that ids are valid."
                .into(),
        );
        let ids: Vec<Value> = (0..rng.range(1, 3))
            .map(|k| (missing_id + k * 7).to_string().into())
            .collect();
        error.insert("context".into(), json!({ "ids": ids }));
    } else {
        error.insert("category".into(), "VALIDATION_ERROR".into());
        error.insert("message".into(), "Property values were not valid".into());
        error.insert(
            "context".into(),
            json!({ "propertyName": ["hs_call_duration"] }),
        );
    }
    if with_details {
        let details: Vec<Value> = (0..rng.range(1, 2))
            .map(|k| {
                let mut detail = Map::new();
                detail.insert(
                    "message".into(),
                    format!("Property \"hs_call_duration\" must be a number, got \"{k}m\"").into(),
                );
                detail.insert("code".into(), "INVALID_INTEGER".into());
                detail.insert("in".into(), "hs_call_duration".into());
                if rng.chance(50) {
                    detail.insert("subCategory".into(), "PROPERTY_VALIDATION".into());
                }
                detail.insert(
                    "context".into(),
                    json!({ "propertyName": ["hs_call_duration"], "ids": [missing_id.to_string()] }),
                );
                Value::Object(detail)
            })
            .collect();
        error.insert("errors".into(), Value::Array(details));
    }
    Value::Object(error)
}

fn batch_document(results: usize, seed: u64, with_history: bool) -> Value {
    let mut rng = SplitMix64::new(seed);
    // The batch was requested somewhere between June 2023 and December 2025.
    let now_ms = EPOCH_2023_06_01 + rng.below(900 * MS_PER_DAY as u64) as i64;
    let mut id = 40_000_000_000 + rng.below(20_000_000_000);

    let mut items = Vec::with_capacity(results);
    let mut latest_update = now_ms - MS_PER_DAY;
    for _ in 0..results {
        id += rng.range(1, 40);
        let (item, updated_ms) = call_result(&mut rng, id, now_ms, with_history);
        latest_update = latest_update.max(updated_ms);
        items.push(item);
    }

    let mut error_count = results / 250;
    if results > 0 && results < 250 && rng.chance(20) {
        error_count = 1;
    }
    if with_history {
        error_count = error_count.max(1);
    }
    let errors: Vec<Value> = (0..error_count)
        .map(|_| {
            id += rng.range(1, 40);
            batch_error(&mut rng, id, with_history)
        })
        .collect();

    let requested_ms = now_ms.max(latest_update + 1_000);
    let started_ms = requested_ms + rng.range(20, 300) as i64;
    let completed_ms = started_ms + 5 + (results as i64) * (rng.range(50, 150) as i64) / 1_000;

    let mut doc = Map::new();
    doc.insert("status".into(), "COMPLETE".into());
    doc.insert("results".into(), Value::Array(items));
    doc.insert(
        "requestedAt".into(),
        format_datetime_millis(requested_ms).into(),
    );
    doc.insert(
        "startedAt".into(),
        format_datetime_millis(started_ms).into(),
    );
    doc.insert(
        "completedAt".into(),
        format_datetime_millis(completed_ms).into(),
    );
    doc.insert("errors".into(), Value::Array(errors));
    doc.insert(
        "links".into(),
        json!({
            "self": "https://api.hubapi.com/crm/v3/objects/calls/batch/read",
            "documentation": "https://developers.hubspot.com/docs/api/crm/calls"
        }),
    );
    Value::Object(doc)
}

// ---------------------------------------------------------------------------
// Faults
// ---------------------------------------------------------------------------

/// A kind of fault injected by [`batch_calls_response`]. Each one is a single
/// violation of the `BatchCallsResponse` schema, reported at the pointer given
/// by [`fault_plan`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FaultKind {
    /// `/status` is `"DONE"`, which is not in the enum.
    StatusNotInEnum,
    /// `/startedAt` has a day that does not exist (`2023-02-29`, `2024-02-30`).
    StartedAtImpossibleDate,
    /// `/results/i` lacks the required `archived`.
    MissingArchived,
    /// `/results/i/createdAt` is not RFC 3339 (`2024-01-15 10:30:00`, no
    /// offset, or `+0000` offset).
    CreatedAtNotRfc3339,
    /// `/results/i/properties/hs_call_duration` is a number, not a string.
    PropertyNotString,
    /// `/errors/k/context/ids` is a string, not an array of strings.
    ErrorContextNotArray,
    /// `/results/i/updatedAt` is epoch milliseconds (a number), not a string.
    UpdatedAtEpochMillis,
    /// `/results/i/archivedAt` has a day that does not exist (e.g. `-04-31`).
    ArchivedAtImpossibleDate,
}

impl FaultKind {
    /// A short human-readable reason.
    pub fn reason(self) -> &'static str {
        match self {
            Self::StatusNotInEnum => "value not in enum",
            Self::StartedAtImpossibleDate => "datetime with a day that does not exist",
            Self::MissingArchived => "missing required property \"archived\"",
            Self::CreatedAtNotRfc3339 => "datetime not in RFC 3339 form",
            Self::PropertyNotString => "number where a string is expected",
            Self::ErrorContextNotArray => "string where an array of strings is expected",
            Self::UpdatedAtEpochMillis => "number where a datetime string is expected",
            Self::ArchivedAtImpossibleDate => "datetime with a day that does not exist",
        }
    }

    fn result_slot(self) -> Option<usize> {
        match self {
            Self::MissingArchived => Some(0),
            Self::CreatedAtNotRfc3339 => Some(1),
            Self::PropertyNotString => Some(2),
            Self::UpdatedAtEpochMillis => Some(3),
            Self::ArchivedAtImpossibleDate => Some(4),
            _ => None,
        }
    }
}

/// Order in which faults beyond the first two (which are at the root) are
/// assigned.
const FAULT_CYCLE: [FaultKind; 6] = [
    FaultKind::MissingArchived,
    FaultKind::CreatedAtNotRfc3339,
    FaultKind::PropertyNotString,
    FaultKind::ErrorContextNotArray,
    FaultKind::UpdatedAtEpochMillis,
    FaultKind::ArchivedAtImpossibleDate,
];

/// A fault placed in a generated document.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct InjectedFault {
    /// What is wrong.
    pub kind: FaultKind,
    /// RFC 6901 pointer to the offending instance (for a missing property,
    /// the object that lacks it).
    pub pointer: String,
    /// How many faults of this kind precede this one: selects among variants.
    round: usize,
}

fn gcd(mut a: usize, mut b: usize) -> usize {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

/// Where [`batch_calls_response`]`(results, _, faults)` puts its faults; it
/// does not depend on the seed. Every fault is a distinct violation at a
/// distinct pointer: the first is `/status`, the second `/startedAt`, the next
/// ones cycle through the per-result kinds and `/errors/k/context/ids`, spread
/// over the results with a stride coprime to `results`. Once a per-result
/// kind has hit every result, its further faults go to the `errors` array
/// (which grows as needed), so any number of faults can be placed.
pub fn fault_plan(results: usize, faults: usize) -> Vec<InjectedFault> {
    let mut stride = (results * 618 / 1_000).max(1);
    while results > 1 && gcd(stride, results) != 1 {
        stride += 1;
    }
    let mut rounds = [0usize; 5];
    let mut error_slots = 0;
    let mut plan = Vec::with_capacity(faults);
    for j in 0..faults {
        let mut kind = match j {
            0 => FaultKind::StatusNotInEnum,
            1 => FaultKind::StartedAtImpossibleDate,
            _ => FAULT_CYCLE[(j - 2) % FAULT_CYCLE.len()],
        };
        let fault = match kind.result_slot() {
            Some(slot) if rounds[slot] < results => {
                let round = rounds[slot];
                rounds[slot] += 1;
                let offset = slot * results / 5;
                let index =
                    ((round as u128 * stride as u128 + offset as u128) % results as u128) as usize;
                let pointer = match kind {
                    FaultKind::MissingArchived => format!("/results/{index}"),
                    FaultKind::CreatedAtNotRfc3339 => format!("/results/{index}/createdAt"),
                    FaultKind::PropertyNotString => {
                        format!("/results/{index}/properties/hs_call_duration")
                    }
                    FaultKind::UpdatedAtEpochMillis => format!("/results/{index}/updatedAt"),
                    _ => format!("/results/{index}/archivedAt"),
                };
                InjectedFault {
                    kind,
                    pointer,
                    round,
                }
            }
            Some(_) | None => {
                if kind.result_slot().is_some() {
                    kind = FaultKind::ErrorContextNotArray;
                }
                match kind {
                    FaultKind::StatusNotInEnum => InjectedFault {
                        kind,
                        pointer: "/status".into(),
                        round: 0,
                    },
                    FaultKind::StartedAtImpossibleDate => InjectedFault {
                        kind,
                        pointer: "/startedAt".into(),
                        round: 0,
                    },
                    _ => {
                        error_slots += 1;
                        InjectedFault {
                            kind: FaultKind::ErrorContextNotArray,
                            pointer: format!("/errors/{}/context/ids", error_slots - 1),
                            round: error_slots - 1,
                        }
                    }
                }
            }
        };
        plan.push(fault);
    }
    plan
}

/// A datetime string of `original`'s year and time whose day does not exist.
fn impossible_date(original: &str, round: usize) -> String {
    let year: i64 = original
        .get(0..4)
        .and_then(|y| y.parse().ok())
        .unwrap_or(2023);
    let time = original.get(10..).unwrap_or("T12:00:00.000Z");
    let month_day = match round % 4 {
        0 if is_leap(year) => "02-30",
        0 => "02-29",
        1 => "04-31",
        2 => "09-31",
        _ => "11-31",
    };
    format!("{year:04}-{month_day}{time}")
}

fn apply_fault(doc: &mut Value, fault: &InjectedFault) {
    let index = |pointer: &str| -> usize {
        pointer
            .split('/')
            .nth(2)
            .and_then(|i| i.parse().ok())
            .expect("planned index")
    };
    match fault.kind {
        FaultKind::StatusNotInEnum => doc["status"] = "DONE".into(),
        FaultKind::StartedAtImpossibleDate => {
            let started = doc["startedAt"].as_str().unwrap_or_default().to_owned();
            doc["startedAt"] = impossible_date(&started, 0).into();
        }
        FaultKind::MissingArchived => {
            if let Some(result) = doc
                .pointer_mut(&fault.pointer)
                .and_then(Value::as_object_mut)
            {
                result.remove("archived");
            }
        }
        FaultKind::CreatedAtNotRfc3339 => {
            let slot = doc.pointer_mut(&fault.pointer).expect("createdAt exists");
            let text = slot.as_str().unwrap_or_default().to_owned();
            *slot = match fault.round % 3 {
                // "2024-01-15 10:30:00": space separator, no fraction, no offset.
                0 => format!("{} {}", &text[..10], &text[11..19]),
                // "2024-01-15T10:30:00.000": no offset.
                1 => text[..23].to_owned(),
                // "2024-01-15T10:30:00.000+0000": offset without a colon.
                _ => format!("{}+0000", &text[..23]),
            }
            .into();
        }
        FaultKind::PropertyNotString => {
            let slot = doc
                .pointer_mut(&fault.pointer)
                .expect("hs_call_duration exists");
            let millis: u64 = slot.as_str().and_then(|s| s.parse().ok()).unwrap_or(0);
            *slot = millis.into();
        }
        FaultKind::UpdatedAtEpochMillis => {
            let slot = doc.pointer_mut(&fault.pointer).expect("updatedAt exists");
            let millis = slot.as_str().and_then(parse_datetime_millis).unwrap_or(0);
            *slot = millis.into();
        }
        FaultKind::ArchivedAtImpossibleDate => {
            let result = &mut doc["results"][index(&fault.pointer)];
            let updated = result["updatedAt"]
                .as_str()
                .unwrap_or("2023-01-01T12:00:00.000Z");
            let bad = impossible_date(updated, fault.round);
            result["archivedAt"] = bad.into();
        }
        FaultKind::ErrorContextNotArray => {
            let k = index(&fault.pointer);
            let errors = doc["errors"].as_array_mut().expect("errors is an array");
            let mut rng = SplitMix64::new(0xE770_0000 ^ k as u64);
            while errors.len() <= k {
                errors.push(batch_error(&mut rng, 49_000_000_000 + k as u64, false));
            }
            let id = 49_000_000_000 + rng.below(1_000_000_000);
            errors[k]["context"] = json!({ "ids": id.to_string() });
        }
    }
}

// ---------------------------------------------------------------------------
// BatchCallsResponse generators
// ---------------------------------------------------------------------------

/// A realistic HubSpot `BatchCallsResponse` with `results` call engagements
/// (8 to 12 string properties each, RFC 3339 datetimes with milliseconds,
/// about 6% archived) and `faults` violations placed as [`fault_plan`]
/// describes. With `faults == 0` the document is valid against both the seed
/// and the repaired schema; it never contains `propertiesWithHistory` or
/// `errors[].errors`. 10,000 results are about 7.5 MB of compact JSON text.
pub fn batch_calls_response(results: usize, seed: u64, faults: usize) -> Value {
    let mut doc = batch_document(results, seed, false);
    for fault in fault_plan(results, faults) {
        apply_fault(&mut doc, &fault);
    }
    doc
}

/// [`batch_calls_response`] as compact JSON text.
pub fn batch_calls_response_text(results: usize, seed: u64, faults: usize) -> String {
    to_text(&batch_calls_response(results, seed, faults))
}

/// Like [`batch_calls_response`] without faults, but every result also has
/// `propertiesWithHistory` and there is at least one `errors` entry with
/// `errors` details. Valid against the repaired schema; the seed schema
/// rejects it (its references there do not resolve).
pub fn batch_calls_response_with_history(results: usize, seed: u64) -> Value {
    batch_document(results, seed, true)
}

/// `count` lines of NDJSON, each a compact valid `BatchCallsResponse` with 1
/// to 5 results (no trailing newline in the items).
pub fn ndjson_lines(count: usize, seed: u64) -> impl Iterator<Item = String> {
    let mut rng = SplitMix64::new(seed ^ 0x6E64_6A73_6F6E_0000);
    (0..count).map(move |_| {
        let results = rng.range(1, 5) as usize;
        let line_seed = rng.next_u64();
        batch_calls_response_text(results, line_seed, 0)
    })
}

// ---------------------------------------------------------------------------
// Synthetic shapes
// ---------------------------------------------------------------------------

fn schema_header(file: &str, name: &str) -> Map<String, Value> {
    let mut schema = Map::new();
    schema.insert("$schema".into(), CORE_META_SCHEMA.into());
    schema.insert("$id".into(), format!("{SCHEMA_ID_BASE}{file}").into());
    schema.insert("name".into(), name.into());
    schema
}

/// A recursive schema (`definitions.Node`: `value` int32, `children` an
/// array of `Node`, selected by `$root`) and a document `depth` levels deep:
/// a chain of nodes whose innermost one has no children (`depth` 0 is taken
/// as 1). `serde_json` serializes and drops values recursively, so keep
/// `depth` within what the thread's stack allows (a few thousand levels on a
/// 2 MiB test thread).
pub fn deep_tree(depth: usize) -> (Value, Value) {
    let mut schema = schema_header("deep-tree.struct.json", "DeepTree");
    schema.insert("$root".into(), "#/definitions/Node".into());
    schema.insert(
        "definitions".into(),
        json!({
            "Node": {
                "name": "Node",
                "type": "object",
                "properties": {
                    "value": { "type": "int32" },
                    "children": {
                        "type": "array",
                        "items": { "type": { "$ref": "#/definitions/Node" } }
                    }
                },
                "required": ["value", "children"]
            }
        }),
    );
    let depth = depth.max(1);
    let value = |level: usize| Value::from((level % 2_147_483_647) as u64);
    let mut doc = json!({ "value": value(depth - 1), "children": [] });
    for level in (0..depth - 1).rev() {
        doc = json!({ "value": value(level), "children": [doc] });
    }
    (Value::Object(schema), doc)
}

/// A v4 UUID in lowercase hex.
fn uuid(rng: &mut SplitMix64) -> String {
    let hi = (rng.next_u64() & !0xF000) | 0x4000;
    let lo = (rng.next_u64() & !(0b11 << 62)) | (0b10 << 62);
    format!(
        "{:08x}-{:04x}-{:04x}-{:04x}-{:012x}",
        hi >> 32,
        (hi >> 16) & 0xFFFF,
        hi & 0xFFFF,
        lo >> 48,
        lo & 0xFFFF_FFFF_FFFF
    )
}

/// A root `map` schema whose values are `definitions.Entry` objects, and a
/// map with `entries` keys (`entry-0000000`, ...).
pub fn wide_map(entries: usize) -> (Value, Value) {
    let mut schema = schema_header("wide-map.struct.json", "WideMap");
    schema.insert("type".into(), "map".into());
    schema.insert(
        "values".into(),
        json!({ "type": { "$ref": "#/definitions/Entry" } }),
    );
    schema.insert(
        "definitions".into(),
        json!({
            "Entry": {
                "name": "Entry",
                "type": "object",
                "properties": {
                    "id": { "type": "uuid" },
                    "label": { "type": "string" },
                    "score": { "type": "double" },
                    "count": { "type": "int32" },
                    "active": { "type": "boolean" },
                    "tags": { "type": "array", "items": { "type": "string" } }
                },
                "required": ["id", "label", "count", "active"]
            }
        }),
    );
    const TAGS: &[&str] = &["alpha", "beta", "gamma", "delta", "hot", "cold", "eu", "us"];
    let mut rng = SplitMix64::new(0x5749_4445_4D41_5000 ^ entries as u64);
    let mut doc = Map::new();
    for i in 0..entries {
        let mut entry = Map::new();
        entry.insert("id".into(), uuid(&mut rng).into());
        entry.insert(
            "label".into(),
            format!("{} {}", rng.pick(COMPANIES), i).into(),
        );
        if rng.chance(80) {
            entry.insert("score".into(), (rng.below(1_000_000) as f64 / 100.0).into());
        }
        entry.insert("count".into(), (rng.below(100_000) as i64 - 50_000).into());
        entry.insert("active".into(), rng.chance(50).into());
        let tags: Vec<Value> = (0..rng.below(4))
            .map(|_| (*rng.pick(TAGS)).into())
            .collect();
        entry.insert("tags".into(), tags.into());
        doc.insert(format!("entry-{i:07}"), Value::Object(entry));
    }
    (Value::Object(schema), Value::Object(doc))
}

/// A root `array` schema of `definitions.Record` objects whose eight fields
/// are all string-encoded extended types (`datetime`, `date`, `time`,
/// `uuid`, `decimal`, `int64`, `uri`, `duration`), and an array of `items`
/// valid records.
pub fn string_heavy(items: usize) -> (Value, Value) {
    let mut schema = schema_header("string-heavy.struct.json", "StringHeavy");
    schema.insert("type".into(), "array".into());
    schema.insert(
        "items".into(),
        json!({ "type": { "$ref": "#/definitions/Record" } }),
    );
    schema.insert(
        "definitions".into(),
        json!({
            "Record": {
                "name": "Record",
                "type": "object",
                "properties": {
                    "createdAt": { "type": "datetime" },
                    "birthDate": { "type": "date" },
                    "startTime": { "type": "time" },
                    "id": { "type": "uuid" },
                    "amount": { "type": "decimal" },
                    "sequence": { "type": "int64" },
                    "homepage": { "type": "uri" },
                    "timeout": { "type": "duration" }
                },
                "required": [
                    "createdAt", "birthDate", "startTime", "id",
                    "amount", "sequence", "homepage", "timeout"
                ]
            }
        }),
    );
    const OFFSETS: &[&str] = &["Z", "+02:00", "-05:00", "+05:30", "+00:00"];
    let mut rng = SplitMix64::new(0x5354_5249_4E47_5300 ^ items as u64);
    let mut records = Vec::with_capacity(items);
    for i in 0..items {
        let created = EPOCH_2023_06_01 + rng.below(900 * MS_PER_DAY as u64) as i64;
        let birth_days = days_from_civil(1950, 1, 1) + rng.below(20_000) as i64;
        let (by, bm, bd) = civil_from_days(birth_days);
        let in_day = rng.below(MS_PER_DAY as u64);
        let (h, mi, s) = (
            in_day / 3_600_000,
            in_day / 60_000 % 60,
            in_day / 1_000 % 60,
        );
        let start_time = if rng.chance(50) {
            format!("{h:02}:{mi:02}:{s:02}{}", rng.pick(OFFSETS))
        } else {
            format!(
                "{h:02}:{mi:02}:{s:02}.{:03}{}",
                in_day % 1_000,
                rng.pick(OFFSETS)
            )
        };
        let cents = rng.below(100_000_000);
        let sign = if rng.chance(10) { "-" } else { "" };
        let amount = format!("{sign}{}.{:02}", cents / 100, cents % 100);
        let sequence = (rng.next_u64() as i64).to_string();
        let homepage = format!(
            "https://records.example.com/v2/items/{i}?rev={}#section-{}",
            rng.below(1_000),
            rng.below(10)
        );
        let timeout = match rng.below(5) {
            0 => format!("PT{}H{}M", rng.range(1, 23), rng.below(60)),
            1 => format!("P{}DT{}H", rng.range(1, 30), rng.below(24)),
            2 => format!("PT{}S", rng.range(1, 86_400)),
            3 => format!("P{}Y{}M", rng.range(1, 5), rng.range(1, 11)),
            _ => format!("P{}W", rng.range(1, 52)),
        };
        records.push(json!({
            "createdAt": format_datetime_millis(created),
            "birthDate": format!("{by:04}-{bm:02}-{bd:02}"),
            "startTime": start_time,
            "id": uuid(&mut rng),
            "amount": amount,
            "sequence": sequence,
            "homepage": homepage,
            "timeout": timeout,
        }));
    }
    (Value::Object(schema), Value::Array(records))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    /// Strict check of the datetime form this module emits.
    fn is_generated_datetime(text: &str) -> bool {
        let Some(ms) = parse_datetime_millis(text) else {
            return false;
        };
        // Round-tripping rejects impossible days and out-of-range fields.
        format_datetime_millis(ms) == text
    }

    fn results(doc: &Value) -> &Vec<Value> {
        doc["results"].as_array().expect("results array")
    }

    #[test]
    fn calendar_round_trips() {
        assert_eq!(format_datetime_millis(0), "1970-01-01T00:00:00.000Z");
        assert_eq!(
            format_datetime_millis(1_705_314_600_000),
            "2024-01-15T10:30:00.000Z"
        );
        assert_eq!(
            parse_datetime_millis("2024-01-15T10:30:00.000Z"),
            Some(1_705_314_600_000)
        );
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        for days in [-800_000, -1, 0, 59, 365, 11_016, 19_782, 2_932_896] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
        assert!(!is_generated_datetime("2023-02-29T00:00:00.104Z"));
        assert!(is_generated_datetime("2024-02-29T00:00:00.104Z"));
    }

    #[test]
    fn prng_is_deterministic_and_bounded() {
        let mut a = SplitMix64::new(42);
        let mut b = SplitMix64::new(42);
        for _ in 0..1_000 {
            assert_eq!(a.next_u64(), b.next_u64());
            let x = a.range(3, 7);
            assert!((3..=7).contains(&x));
            b.range(3, 7);
        }
        assert_ne!(SplitMix64::new(1).next_u64(), SplitMix64::new(2).next_u64());
    }

    #[test]
    fn batch_shape_is_realistic_and_valid() {
        let doc = batch_calls_response(500, 7, 0);
        assert_eq!(doc["status"], "COMPLETE");
        assert_eq!(results(&doc).len(), 500);
        for key in ["requestedAt", "startedAt", "completedAt"] {
            assert!(is_generated_datetime(doc[key].as_str().unwrap()), "{key}");
        }
        assert!(doc["requestedAt"].as_str() <= doc["startedAt"].as_str());
        assert!(doc["startedAt"].as_str() <= doc["completedAt"].as_str());
        let mut ids = HashSet::new();
        let mut archived = 0;
        for result in results(&doc) {
            let object = result.as_object().unwrap();
            assert!(ids.insert(object["id"].as_str().unwrap().to_owned()));
            let props = object["properties"].as_object().unwrap();
            assert!(
                (8..=12).contains(&props.len()),
                "{} properties",
                props.len()
            );
            assert!(props.values().all(Value::is_string));
            assert!(object["archived"].is_boolean());
            assert!(!object.contains_key("propertiesWithHistory"));
            for key in ["createdAt", "updatedAt"] {
                assert!(is_generated_datetime(object[key].as_str().unwrap()));
            }
            assert!(object["createdAt"].as_str() <= object["updatedAt"].as_str());
            assert!(object["updatedAt"].as_str() < doc["requestedAt"].as_str());
            if object["archived"] == true {
                archived += 1;
                assert!(is_generated_datetime(
                    object["archivedAt"].as_str().unwrap()
                ));
            }
        }
        assert!(archived > 0);
        for error in doc["errors"].as_array().unwrap() {
            assert!(error.get("errors").is_none());
            for values in error["context"].as_object().unwrap().values() {
                assert!(values.as_array().unwrap().iter().all(Value::is_string));
            }
        }
        assert!(
            doc["links"]
                .as_object()
                .unwrap()
                .values()
                .all(Value::is_string)
        );
    }

    #[test]
    fn batch_is_deterministic_per_seed() {
        assert_eq!(
            batch_calls_response_text(300, 11, 9),
            batch_calls_response_text(300, 11, 9)
        );
        assert_ne!(
            batch_calls_response_text(300, 11, 0),
            batch_calls_response_text(300, 12, 0)
        );
        assert_eq!(
            batch_calls_response_with_history(50, 3),
            batch_calls_response_with_history(50, 3)
        );
        let a: Vec<String> = ndjson_lines(20, 5).collect();
        let b: Vec<String> = ndjson_lines(20, 5).collect();
        assert_eq!(a, b);
    }

    #[test]
    fn ten_thousand_results_are_six_to_ten_megabytes() {
        let text = batch_calls_response_text(10_000, 1, 0);
        let mb = text.len() as f64 / 1_000_000.0;
        assert!((6.0..=10.0).contains(&mb), "{mb:.2} MB");
        let doc: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(results(&doc).len(), 10_000);
    }

    #[test]
    fn first_six_faults_are_the_documented_ones() {
        let kinds: Vec<FaultKind> = fault_plan(4, 6).iter().map(|f| f.kind).collect();
        assert_eq!(
            kinds,
            [
                FaultKind::StatusNotInEnum,
                FaultKind::StartedAtImpossibleDate,
                FaultKind::MissingArchived,
                FaultKind::CreatedAtNotRfc3339,
                FaultKind::PropertyNotString,
                FaultKind::ErrorContextNotArray,
            ]
        );
    }

    #[test]
    fn faults_are_distinct_and_injected() {
        for (n, faults) in [(0, 5), (1, 20), (3, 40), (10, 8), (1_000, 57)] {
            let plan = fault_plan(n, faults);
            assert_eq!(plan.len(), faults);
            let pointers: HashSet<&str> = plan.iter().map(|f| f.pointer.as_str()).collect();
            assert_eq!(pointers.len(), faults, "duplicate pointer for n={n}");
            let clean = batch_calls_response(n, 99, 0);
            let doc = batch_calls_response(n, 99, faults);
            assert_ne!(clean, doc);
            for fault in &plan {
                assert!(
                    !fault.pointer.contains("propertiesWithHistory")
                        && !fault.pointer.contains("/errors/0/errors"),
                );
                let at = doc.pointer(&fault.pointer);
                match fault.kind {
                    FaultKind::StatusNotInEnum => assert_eq!(at.unwrap(), "DONE"),
                    FaultKind::MissingArchived => {
                        assert!(at.unwrap().get("archived").is_none());
                    }
                    FaultKind::PropertyNotString | FaultKind::UpdatedAtEpochMillis => {
                        assert!(at.unwrap().is_u64(), "{}", fault.pointer);
                    }
                    FaultKind::ErrorContextNotArray => assert!(at.unwrap().is_string()),
                    FaultKind::CreatedAtNotRfc3339
                    | FaultKind::StartedAtImpossibleDate
                    | FaultKind::ArchivedAtImpossibleDate => {
                        let text = at.unwrap().as_str().unwrap();
                        assert!(!is_generated_datetime(text), "{text}");
                    }
                }
            }
        }
        // The same plan, whatever the seed.
        let a = batch_calls_response(30, 1, 12);
        let b = batch_calls_response(30, 2, 12);
        for fault in fault_plan(30, 12) {
            assert_eq!(
                a.pointer(&fault.pointer).is_some(),
                b.pointer(&fault.pointer).is_some()
            );
        }
    }

    #[test]
    fn history_variant_reaches_the_repaired_definitions() {
        let doc = batch_calls_response_with_history(20, 4);
        assert_eq!(results(&doc).len(), 20);
        for result in results(&doc) {
            let history = result["propertiesWithHistory"].as_object().unwrap();
            assert!(!history.is_empty());
            for entries in history.values() {
                let entries = entries.as_array().unwrap();
                assert!(!entries.is_empty());
                for entry in entries {
                    assert!(entry["value"].is_string() && entry["sourceType"].is_string());
                    assert!(is_generated_datetime(entry["timestamp"].as_str().unwrap()));
                    if let Some(user) = entry.get("updatedByUserId") {
                        assert!(i32::try_from(user.as_i64().unwrap()).is_ok());
                    }
                }
            }
        }
        let errors = doc["errors"].as_array().unwrap();
        assert!(!errors.is_empty());
        for error in errors {
            let details = error["errors"].as_array().unwrap();
            assert!(!details.is_empty());
            assert!(details.iter().all(|d| d["message"].is_string()));
        }
    }

    #[test]
    fn ndjson_lines_are_single_small_documents() {
        let lines: Vec<String> = ndjson_lines(50, 8).collect();
        assert_eq!(lines.len(), 50);
        for line in &lines {
            assert!(!line.contains('\n'));
            let doc: Value = serde_json::from_str(line).unwrap();
            assert!((1..=5).contains(&results(&doc).len()));
        }
    }

    fn assert_core_header(schema: &Value) {
        assert_eq!(schema["$schema"], CORE_META_SCHEMA);
        assert!(schema["$id"].as_str().unwrap().starts_with("https://"));
        assert!(schema["name"].is_string());
    }

    #[test]
    fn deep_tree_has_the_requested_depth() {
        let (schema, doc) = deep_tree(200);
        assert_core_header(&schema);
        assert_eq!(schema["$root"], "#/definitions/Node");
        assert!(schema.get("type").is_none());
        let mut depth = 0;
        let mut node = &doc;
        loop {
            assert_eq!(node["value"], depth);
            depth += 1;
            match node["children"].as_array().unwrap().first() {
                Some(child) => node = child,
                None => break,
            }
        }
        assert_eq!(depth, 200);
        assert_eq!(deep_tree(0).1, json!({ "value": 0, "children": [] }));
    }

    #[test]
    fn wide_map_has_the_requested_entries() {
        let (schema, doc) = wide_map(5_000);
        assert_core_header(&schema);
        assert_eq!(schema["type"], "map");
        assert_eq!(schema["values"]["type"]["$ref"], "#/definitions/Entry");
        let map = doc.as_object().unwrap();
        assert_eq!(map.len(), 5_000);
        assert!(map.values().all(|e| e["id"].as_str().unwrap().len() == 36));
        assert_eq!(wide_map(100), wide_map(100));
    }

    #[test]
    fn string_heavy_has_the_requested_items() {
        let (schema, doc) = string_heavy(1_000);
        assert_core_header(&schema);
        assert_eq!(schema["type"], "array");
        let records = doc.as_array().unwrap();
        assert_eq!(records.len(), 1_000);
        for record in records {
            let record = record.as_object().unwrap();
            assert_eq!(record.len(), 8);
            assert!(record.values().all(Value::is_string));
            assert!(is_generated_datetime(record["createdAt"].as_str().unwrap()));
            let amount = record["amount"].as_str().unwrap();
            assert!(amount.contains('.') && amount.trim_start_matches('-').parse::<f64>().is_ok());
            assert!(record["sequence"].as_str().unwrap().parse::<i64>().is_ok());
            assert_eq!(record["id"].as_str().unwrap().as_bytes()[14], b'4');
        }
        assert_eq!(string_heavy(10), string_heavy(10));
    }
}
