//! braid-core: the rules of Python's built-in values as plain Rust, with no object model.
//!
//! Everything here takes and returns Rust values (`&str`, `&[u8]`, `f64`, `BigInt`,
//! slices with fallible callbacks) and reports errors as values that name the Python
//! exception class and carry CPython's exact message. Nothing here knows about `Value`,
//! type objects or the interpreter, which is what lets two crates share it:
//!
//! * `braid-parser` prints constants in its AST dump with [`text::repr`] and
//!   [`numeric::float_repr`] and asks [`text::unicode`] which characters are printable;
//! * `braid-runtime` builds `str`, `bytes`, `int`, `float`, `complex`, `list.sort` and
//!   `set` on top of it (it re-exports the three modules under their old paths, so
//!   `crate::text::...` still works there).
//!
//! The three families:
//!
//! * [`text`]: str and bytes algorithms, CPython's Unicode tables, codecs, `str.format`
//!   templates;
//! * [`numeric`]: int/float/complex arithmetic, float repr and parsing, the format-spec
//!   mini-language, printf-style `%`, `round`, CPython's hashes, int/str conversion;
//! * [`algo`]: the stable sort behind `list.sort` and the set table whose slot order is
//!   the printed order of a set.
//!
//! Tests compare against CPython itself (`python3`, see `numeric::pytest`).

pub mod algo;
pub mod alloc_limit;
pub mod numeric;
pub mod text;
