//! The object model: value word, header, biased refcounting, type objects.
//!
//! Everything `unsafe` about memory lives here behind [`Value`] (an owned reference),
//! [`alloc`] and the type's `dealloc` slot. See `docs/runtime.md` for the overview.
//!
//! Layering: this module sits on `thread/` (thread ids, refcount merge queues) and
//! `error` (the exception a slot returns), and never calls into the interpreter or the
//! native modules. What it names from the layers above, each a deliberate seam:
//!
//! * `interp::Vm` in the slot and native-function types ([`typeobj`]): a slot receives
//!   the calling thread's interpreter and passes it on; nothing here reads it. It is meant
//!   to become the per-thread state type once the thread state is split from the shared
//!   interpreter state, and that type can then live below this module.
//! * the statics of the leaf built-in types: a small int reports `int` as its type
//!   ([`Value::ty`]), the destructor hands floats back to `builtins::float_freelist` and
//!   skips the nesting bookkeeping for int/float/complex/str ([`refcount`]), and
//!   `builtin_type!` gives every built-in type `type` as its metatype. These are hot
//!   paths where a pointer compare against a static beats any indirection.
//! * `builtins::weakref::table::before_dealloc`, called by [`refcount::dealloc`] only
//!   for an object whose header has the `GC_WEAKREFS` bit: weak references live in a
//!   side table of their own module, and the destructor's common path is that one bit.

pub mod header;
pub mod mro;
pub mod refcount;
pub mod type_state;
pub mod sync;
pub mod typeobj;
pub mod value;

#[cfg(test)]
mod tests;

pub use header::Header;
pub use typeobj::{BinOp, CompareOp, Kind, MethodDef, NativeFn, Slots, TypeData, TypeObject, UnaryOp};
pub use sync::{Flag, Guard, Locked, Word16, Word32, WordUsize};
pub use value::{alloc, dealloc_box, Obj, Value};
