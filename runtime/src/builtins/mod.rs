//! Built-in types, one file per type, plus [`registry`] listing the ones visible in
//! `builtins`. See `docs/runtime.md` for how to add a type.

pub mod bytearray;
pub mod bytes;
pub mod bytes_methods;
pub mod complex;
pub mod dict;
pub mod exception_group;
pub mod exceptions;
pub mod file;
pub mod float;
pub mod float_methods;
pub mod function;
pub mod int;
pub mod int_methods;
pub mod iterators;
pub mod list;
pub mod method_args;
pub mod sort_compare;
pub mod module;
pub mod number_dunders;
pub mod range;
pub mod registry;
pub mod set;
pub mod singletons;
pub mod slice;
pub mod slot_wrappers;
pub mod stdio;
pub mod str;
pub mod structseq;
pub mod template;
pub mod str_format;
pub mod str_index_cache;
pub mod str_methods;
pub mod str_methods_case;
pub mod tuple;
pub mod type_;
