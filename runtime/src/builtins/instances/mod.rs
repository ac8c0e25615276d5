//! User-defined classes: heap types, their instances and the descriptor types classes
//! use.
//!
//! * `class_assign.rs`: `obj.__class__ = C` and `C.__bases__ = (...)`.
//! * `build_class.rs`: `__build_class__`, what a `class` statement calls.
//! * `heap_type.rs`: `type(name, bases, ns)`: the type object, its MRO and dict.
//! * `type_call.rs`: calling a class (`__new__` then `__init__`).
//! * `dunder_slots.rs`: the slot table every class shares, dispatching to dunders.
//! * `instance.rs`, `shape.rs`: instance attributes in shared layouts.
//! * `hooks.rs`: `__getattribute__` / `__getattr__`.
//! * `finalizer.rs`: `__del__`, run when an instance dies.
//! * `bound_method.rs`, `descriptors.rs` (property, classmethod, staticmethod),
//!   `super_.rs`, `seq_iter.rs` (iteration through `__getitem__`).

pub mod annotations;
pub mod args;
pub mod bound_method;
pub mod build_class;
pub mod builtin_layout;
pub mod class_assign;
pub mod descriptors;
pub mod dunder_slots;
pub mod finalizer;
pub mod heap_type;
pub mod hooks;
pub mod instance;
pub mod protocol;
pub mod seq_iter;
pub mod shape;
pub mod super_;
pub mod type_call;
