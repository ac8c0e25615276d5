//! The built-in types, grouped by family, one file per type (or per large concern of a
//! type), plus [`registry`] listing the ones visible in `builtins`. See `docs/runtime.md`
//! for how to add a type.
//!
//! The families follow the way Python's documentation and a reader look for a type, and
//! keep each folder small as classes and the exception hierarchy grow:
//!
//! | folder | what |
//! |---|---|
//! | [`string`] | `str`, its methods, formatting, t-strings |
//! | [`binary`] | `bytes`, `bytearray` |
//! | [`numbers`] | `int`, `float`, `complex`, the number dunders |
//! | [`containers`] | `list`, `tuple`, `dict`, `set`, `range`, `slice`, iterators and views, struct sequences |
//! | [`errors`] | the exception hierarchy, exception groups |
//! | [`callables`] | functions, built-in functions, bound methods, cells |
//! | [`types`] | `type` and `object`, slot wrappers and descriptors, type namespaces, the singletons, generic aliases, unions |
//! | [`runtime_objects`] | code attributes, frames, tracebacks, modules |
//! | [`io`] | files, the standard streams |
//! | [`instances`] | user classes: heap types, instances, `super`, `property`, `classmethod`, `staticmethod` |
//! | [`weakref`] | weak references, proxies, the side table listing them by referent |
//!
//! Every type module is also reachable at its old flat path (`builtins::int`,
//! `builtins::str`, ...) through the re-exports below; code may use either.

pub mod binary;
pub mod callables;
pub mod containers;
pub mod errors;
pub mod io;
pub mod numbers;
pub mod gc_slots;
pub mod instances;
pub mod registry;
#[cfg(test)]
mod mutating_eq_tests;
pub mod runtime_objects;
pub mod string;
pub mod types;
pub mod weakref;

pub use binary::{bytearray, bytes, bytes_methods};
pub use callables::function;
pub use containers::{dict, iterators, list, range, set, slice, sort_compare, structseq, tuple};
pub use errors::{exception_group, exceptions};
pub use io::{file, stdio, stdout_buf};
pub use numbers::{complex, float, float_freelist, float_methods, int, int_methods, number_dunders};
pub use runtime_objects::{code_attrs, frame_obj, module, traceback_obj};
pub use string::{method_args, str, str_format, str_index_cache, str_methods, str_methods_case, str_surrogates, template};
pub use types::{
    attr_lookup, generic_alias, object_methods, singletons, slot_wrappers, type_, type_dunders, type_init, type_namespace, union_type,
    wrapper_objects,
};
