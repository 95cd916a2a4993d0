//! Allocation-free syntax checkers for string formats, and exact numbers
//! for numeric validation keywords.

mod network;
mod numeric;
mod temporal;
mod text;

// Re-exported for the validator and compiler, which adopt them one by one;
// until every item has a user, some of these imports are unused.
#[allow(unused_imports)]
pub(crate) use network::{
    is_email, is_hostname, is_idn_email, is_idn_hostname, is_ipv4, is_ipv6, is_iri,
    is_iri_reference, is_uri_template,
};
#[allow(unused_imports)]
pub(crate) use numeric::{
    BigInt, DecimalShape, Exact, FLOAT8_MAX, FLOAT8_OVERFLOW, FLOAT32_MAX, FLOAT32_OVERFLOW,
    IntStringError, MAX_EXPONENT, check_int_string, parse_decimal,
};
#[allow(unused_imports)]
pub(crate) use temporal::{is_date, is_datetime, is_duration, is_time};
#[allow(unused_imports)]
pub(crate) use text::{
    Encoding, is_absolute_uri, is_base64, is_encoded, is_json_pointer, is_relative_json_pointer,
    is_uri_reference, is_uuid,
};
