//! The numeric types: `int` (and the methods `bool` inherits, in `int_methods`), `float`
//! with its per-thread free list, `complex`, and the number dunders and operations that
//! span several of them (`number_dunders`: `__abs__`, `__divmod__`, `__pow__` with a
//! modulus). `bool` itself is with the other singletons in `types::singletons`.

pub mod complex;
pub mod float;
pub mod float_freelist;
pub mod float_methods;
pub mod int;
pub mod int_methods;
pub mod number_dunders;
