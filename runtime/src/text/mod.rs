//! Text algorithms behind `str`, `bytes` and `bytearray`, independent of the object model.
//!
//! Everything here works on `&str` / `&[u8]` and returns plain Rust values (`String`,
//! `Vec`, indices), so the interpreter's type implementations stay thin: they unpack
//! arguments, call in here and box the result. Errors are [`TextError`] values that carry
//! the exception type and CPython's exact message text.
//!
//! Indices in every `str` API are code-point indices, as in Python; [`index`] converts them
//! to byte offsets, in O(1) for ASCII strings.

pub mod bytes;
pub mod codecs;
pub mod error;
pub mod format_template;
pub mod index;
pub mod pad;
pub mod percent;
pub mod repr;
pub mod search;
pub mod split;
pub mod suggest;
pub mod translate;
pub mod unicode;

pub use error::{TextError, UnicodeDecodeError, UnicodeEncodeError};

#[cfg(test)]
mod differential_tests;
#[cfg(test)]
mod testutil;
