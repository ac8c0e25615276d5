//! The object model: value word, header, biased refcounting, type objects.
//!
//! Everything `unsafe` about memory lives here behind [`Value`] (an owned reference),
//! [`alloc`] and the type's `dealloc` slot. See `docs/runtime.md` for the overview.

pub mod header;
pub mod refcount;
pub mod sync;
pub mod typeobj;
pub mod value;

#[cfg(test)]
mod tests;

pub use header::Header;
pub use typeobj::{BinOp, CompareOp, Kind, MethodDef, NativeFn, Slots, TypeData, TypeObject, UnaryOp};
pub use sync::{Flag, Guard, Locked, Word16, Word32, WordUsize};
pub use value::{alloc, dealloc_box, Obj, Value};
