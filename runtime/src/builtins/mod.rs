//! Built-in types, one file per type, plus [`registry`] listing the ones visible in
//! `builtins`. See `docs/runtime.md` for how to add a type.

pub mod bytes;
pub mod complex;
pub mod dict;
pub mod exceptions;
pub mod file;
pub mod float;
pub mod function;
pub mod int;
pub mod iterators;
pub mod list;
pub mod sort_compare;
pub mod module;
pub mod range;
pub mod registry;
pub mod set;
pub mod singletons;
pub mod slice;
pub mod slot_wrappers;
pub mod stdio;
pub mod str;
pub mod structseq;
pub mod str_format;
pub mod str_methods;
pub mod tuple;
pub mod type_;
