//! The exception types: the built-in hierarchy and exception instances (`exceptions`),
//! and PEP 654's exception groups (`exception_group`). The Rust-side error value that
//! carries an exception through `?` is `crate::error::PyErr`.

pub mod exception_group;
pub mod exceptions;
