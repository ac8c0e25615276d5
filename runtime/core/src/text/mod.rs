//! Text algorithms behind `str`, `bytes` and `bytearray`, independent of the object model.
//!
//! Everything here works on `&str` / `&[u8]` and returns plain Rust values (`String`,
//! `Vec`, borrowed pieces, indices), so the interpreter's type implementations stay thin:
//! they unpack arguments, call in here and box the result. Errors are [`TextError`] values
//! that carry the exception type and CPython's exact message text. Nothing here panics on
//! any input; sizes computed from Python arguments are checked (`MemoryError`,
//! `OverflowError`) before allocating.
//!
//! Conventions the caller relies on:
//!
//! * `str` positions are code-point indices, as in Python. Functions that need the string's
//!   length in code points take it as `char_len` (the object keeps it); when it equals the
//!   byte length the string is ASCII and index conversion is free ([`index`]).
//! * Optional `start`/`end` arguments are `Option<i64>` after `__index__`, following
//!   CPython's `ADJUST_INDICES` ([`index::adjust_indices`]); `maxsplit`/`count` use a
//!   negative value for "no limit".
//! * When a method returns its input unchanged, the result is `Cow::Borrowed` (or the input
//!   slice), so the caller can return the original object as CPython does.
//! * Strings holding lone surrogates cannot be `&str`; their canonical text is generalized
//!   UTF-8 ([`wtf8`]). Codecs and `repr` have `_code_points` forms working on `&[u32]`;
//!   other algorithms see surrogates through a proxy text ([`wtf8::ProxyBlock`]).
//!
//! Where to find a method:
//!
//! | module | what |
//! |---|---|
//! | [`unicode`] | `isalpha`..`isidentifier`, `upper`/`lower`/`casefold`/`title`/`capitalize`/`swapcase`, per-char properties, `decimal_value` |
//! | [`search`] | `find`/`rfind`/`index`/`rindex`/`count`/`startswith`/`endswith`/`replace`/`in`, str and bytes |
//! | [`split`] | `split`/`rsplit`/`splitlines`/`partition`/`rpartition`, str and bytes |
//! | [`pad`] | `strip` family, `center`/`ljust`/`rjust`, `zfill`, `expandtabs`, `removeprefix`/`removesuffix`, `*`, `join` |
//! | [`translate`] | `str.maketrans`/`str.translate` |
//! | [`bytes`] | bytes-only methods: ASCII case and predicates, `hex`/`fromhex`, `bytes.maketrans`/`translate` |
//! | [`codecs`] | `encode`/`decode`: utf-8, utf-8-sig, ascii, latin-1, utf-16/32, unicode_escape, raw_unicode_escape, with error handlers |
//! | [`repr`] | `repr`/`ascii` of str, `repr` of bytes and bytearray |
//! | [`format_template`] | `str.format`/`format_map` template parsing, the substitution driver, `string.Formatter.parse` items |
//! | [`suggest`] | "Did you mean" suggestions |
//! | [`textio`] | incremental decoding and newline handling for text files |
//! | [`wtf8`] | generalized UTF-8 (the canonical text of strs holding lone surrogates): scanning, code points, lossy twin, proxy blocks |
//! | [`index`] | code-point/byte offset conversion (plus `CharOffsets` for repeated indexing of non-ASCII text), slice normalisation, `s[i]`, `s[a:b:c]` |

#![deny(missing_docs)]

pub mod bytes;
pub mod codecs;
pub mod error;
pub mod format_template;
pub mod index;
pub mod pad;
pub mod repr;
pub mod search;
pub mod split;
pub mod suggest;
pub mod textio;
pub mod translate;
pub mod unicode;
pub mod wtf8;

pub use error::{TextError, UnicodeDecodeError, UnicodeEncodeError};

#[cfg(test)]
mod differential_tests;
#[cfg(test)]
mod testutil;
