//! braid-runtime: everything Python needs to run without a JIT.
//!
//! Layers, bottom up: [`object`] (value word, header, biased refcounting, type objects),
//! [`builtins`] (one file per built-in type), [`ops`] (the abstract object protocol),
//! [`compiler`] (scopes, register bytecode, code objects, disassembler), [`interp`]
//! (frames, dispatch loop, tracebacks), [`modules`] (native modules, import).
//! [`run`] is the entry point the `braid` binary calls.

#[global_allocator]
static GLOBAL: alloc_tuning::Allocator = alloc_tuning::Allocator;

pub mod alloc_tuning;
pub mod builtins;
pub mod compiler;
pub mod error;
pub mod interp;
pub mod modules;
pub mod object;
pub mod ops;
pub mod run;
pub mod thread;

// The object-free rules live in braid-core; these keep `crate::text::...` and the other
// old paths working.
pub use braid_core::{algo, numeric, text};

pub use run::{compile_parsed, compile_source, run_parsed, run_program, syntax_error_to_pyerr, RunOptions};
