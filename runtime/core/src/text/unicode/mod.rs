//! Unicode character data as CPython's `str` methods see it.
//!
//! CPython does not use the raw Unicode properties for `str.isalpha`, `str.isspace`,
//! `str.isprintable` and friends: it has its own derived definitions (`isalpha` is the
//! categories Lm/Lt/Lu/Ll/Lo, `isspace` is bidi class WS/B/S or category Zs, `isprintable`
//! excludes Cc/Cf/Cs/Co/Cn/Zl/Zp/Zs except the space, ...). Rust's `char::is_alphabetic` and
//! `char::is_whitespace` answer different questions (the `Alphabetic` and `White_Space`
//! properties), so they cannot be used. Instead `gen_tables.py` asks CPython itself about
//! every code point and writes `tables/` (one file per table): one 13-bit flag set per code point in a two-stage
//! table (block of 128 -> deduplicated block -> flag record), plus sorted full case mappings.
//! Lookup is two array loads; ASCII never reaches the tables.
//!
//! The tables come from CPython 3.13 (Unicode 15.1, see [`UNICODE_VERSION`]); CPython 3.14
//! uses Unicode 16.0, so characters assigned in 16.0 are unknown here until the tables are
//! regenerated with a 3.14 interpreter.

mod case;
mod props;
#[rustfmt::skip] // generated data: kept as gen_tables.py writes it
mod tables;

pub use case::{
    capitalize, casefold, char_to_lower, char_to_title, char_to_upper, lower, str_is_lower,
    str_is_title, str_is_upper, swapcase, title, upper, CaseMap,
};
pub use props::{
    char_is_alnum, char_is_alpha, char_is_case_ignorable, char_is_cased, char_is_decimal,
    char_is_digit, char_is_lower, char_is_numeric, char_is_printable, char_is_space, char_is_title,
    char_is_upper, char_is_xid_continue, char_is_xid_start, decimal_value, str_is_alnum,
    str_is_alpha, str_is_ascii, str_is_decimal, str_is_digit, str_is_identifier, str_is_numeric,
    str_is_printable, str_is_space, transform_decimal_and_space_to_ascii,
};
pub use tables::UNICODE_VERSION;
