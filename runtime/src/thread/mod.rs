//! Threads without a GIL: thread ids, biased-refcount merge queues, safepoints.
//!
//! Only the refcount side exists so far; thread states, critical sections and QSBR
//! arrive with the `_thread` module.

pub mod brc;
