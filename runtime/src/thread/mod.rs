//! Threads without a GIL: thread ids, thread states, biased-refcount merge queues,
//! safepoints and signal delivery.
//!
//! * `state.rs`: the `#[repr(C)]` per-thread state native code reaches (thread id,
//!   the safepoint request word, the JIT's exit buffer).
//! * `brc.rs`: thread ids and the queues of refcount merges other threads hand over.
//! * `safepoint.rs`: what the interpreter does when it finds a request at a safepoint.
//! * `signals.rs`: signals recorded by the C handler, Python handlers run at safepoints.
//! * `sigint.rs`: Ctrl-C: its default handler, and ending the process by SIGINT.
//!
//! Critical sections (see `object/sync.rs`) and QSBR arrive with the `_thread` module.

pub mod brc;
pub mod safepoint;
pub mod sigint;
pub mod signals;
pub mod state;

pub use state::ThreadState;
