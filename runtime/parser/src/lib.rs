//! braid-parser: Python 3.14 source -> tokens -> AST with CPython positions.
//!
//! Public entry points: [`parse_module`] (bytes in, [`ast::Module`] or [`SyntaxError`] out),
//! the AST in [`ast`], and [`SyntaxError::render`] for CPython's stderr block.

pub mod ast;
mod error;

pub use error::{SyntaxError, SyntaxErrorKind};
