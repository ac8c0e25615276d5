//! The interpreter: per-thread VM state, frames on a slot stack, the dispatch loop.
//!
//! * `frame.rs`: the slot stack and frame records.
//! * `call.rs`: argument binding and frame push (Python-to-Python calls never recurse
//!   on the Rust stack; Rust re-enters the loop only for calls *from native code*,
//!   guarded by [`Vm::enter_native`]).
//! * `dispatch.rs`: the loop itself, alone in its file.
//! * `op_*.rs`: opcode families (names/globals, containers, exceptions, calls, imports).
//! * `traceback.rs`: CPython-exact traceback printing.
//! * [`TraceEngine`]: the hook the JIT installs; while one is installed the interpreter
//!   counts back-edges per loop header in the code's side table and reports hot loops.
//! * `fast_arith.rs`: the small-int and float fast paths shared with the JIT.

pub mod call;
pub mod dispatch;
pub mod fast_arith;
pub mod finalize;
pub mod frame;
pub mod gen_state;
pub mod generator;
pub mod inline_cache;
pub mod op_containers;
pub mod op_exceptions;
pub mod op_names;
pub mod op_template;
pub mod shared;
pub mod traceback;
pub mod traceback_carets;
pub mod traceback_group;
pub mod op_except_star;
#[cfg(test)]
mod depth_tests;
#[cfg(test)]
mod trace_hook_tests;

use std::sync::Arc;

use crate::compiler::code::CodeData;
use crate::error::{PyErr, PyResult};
use crate::object::Value;
pub use frame::Frame;
pub use shared::Interpreter;

/// Hooks a tracing JIT provides. The runtime never names the JIT; the binary installs
/// an implementation with [`Vm::set_trace_engine`] (none with `-X jit=off`, and then the
/// interpreter does not count loops at all).
pub trait TraceEngine: Send + Sync {
    /// Back-edge count at which a loop header is reported.
    fn hot_threshold(&self) -> u32;
    /// The loop at `at.header_pc` reached the threshold (reported once per header). `vm`
    /// is the running thread's state; its innermost frame (`vm.frames.last()`) is the
    /// looping frame, with its pc set to the header, and `at.slots` are that frame's
    /// slots: a recorder can start recording there.
    fn loop_became_hot(&self, vm: &mut Vm, at: HotLoop<'_>);
}

/// What the interpreter hands a [`TraceEngine`] about a loop that became hot.
pub struct HotLoop<'a> {
    /// The code the loop is in.
    pub code: &'a CodeData,
    /// The frame's slots (`code.nslots` of them). A raw pointer: they live in `vm`'s slot
    /// stack or in a generator, and the engine also gets `&mut Vm`.
    pub slots: *mut Option<Value>,
    /// The loop header: the target of the loop's back-edges, where a trace starts.
    pub header_pc: u32,
    /// The back-edge (`JumpBack`) that crossed the threshold.
    pub back_edge_pc: u32,
    /// The header's side-table entry: the counter, and the slot to publish a trace in.
    pub entry: &'a crate::compiler::code::LoopHot,
}

/// Default Python recursion limit.
pub const DEFAULT_RECURSION_LIMIT: usize = 1000;
/// Maximum nesting of native re-entries (sorted key=, repr of nested containers...).
pub const NATIVE_DEPTH_LIMIT: u32 = 3000;
/// Machine stack that must remain when Rust re-enters the interpreter.
pub const MIN_STACK_LEFT: usize = 256 * 1024;

/// True when less than [`MIN_STACK_LEFT`] of this thread's machine stack remains.
#[inline]
pub fn stack_nearly_exhausted() -> bool {
    stacker::remaining_stack().is_some_and(|left| left < MIN_STACK_LEFT)
}
/// Slot stack capacity; exceeding it raises RecursionError.
pub const STACK_SLOTS: usize = 1 << 24;

/// One thread's interpreter: its slot stack, frames and exception state, its
/// [`ThreadState`](crate::thread::ThreadState) (safepoint word, JIT exit buffer), and
/// the [`Interpreter`] it shares with the other threads (builtins, `sys.modules`, the
/// JIT hook, the recursion limit, the intern table). Everything stored directly in
/// the `Vm` is this thread's alone; `recursion_limit` and `trace_engine` are this
/// thread's copies of shared values (read on every call and loop back-edge, so they
/// are not fetched through the `Arc`). `argv`, `xoptions` and `main_path` are
/// start-up configuration, written before Python code runs.
pub struct Vm {
    /// The slot stack: fixed length, so slot pointers stay valid. Every slot above the
    /// innermost frame's slots is `None` (a frame clears its slots when it is popped),
    /// so pushing a frame writes only its arguments.
    pub stack: frame::SlotStack,
    /// Frame records, innermost last.
    pub frames: Vec<Frame>,
    /// `sys.getrecursionlimit()`: this thread's copy of the shared limit (see
    /// [`Interpreter`]); set it with [`Vm::set_recursion_limit`].
    pub recursion_limit: usize,
    /// Native re-entry depth.
    pub native_depth: u32,
    /// Exceptions currently being handled (innermost last), for chaining and `sys.exc_info`.
    pub handled: Vec<Value>,
    /// The state shared with the other threads.
    pub interp: Arc<Interpreter>,
    /// This thread's state: the safepoint word native code and other threads reach.
    pub tstate: Arc<crate::thread::ThreadState>,
    /// Containers whose repr is in progress (recursive repr guard).
    /// Containers whose repr is being built (a set: nesting can be thousands deep).
    repr_stack: std::collections::HashSet<usize>,
    /// The JIT hook, if any: this thread's copy of the shared one (see
    /// [`Vm::set_trace_engine`]).
    pub trace_engine: Option<Arc<dyn TraceEngine>>,
    /// `sys.argv`.
    pub argv: Vec<String>,
    /// `-X` options.
    pub xoptions: Vec<(String, Option<String>)>,
    /// `sys.flags` style settings and paths (main script path for tracebacks).
    pub main_path: Option<String>,
    /// The initial `sys.path` (`modules::importer::sys_path`); None: derived from
    /// `main_path` when `sys` is first imported.
    pub sys_path: Option<Vec<String>>,
    /// Exception to raise at the resume point of a generator (`throw`).
    pub pending_throw: Option<PyErr>,
    /// Set when the entry frame left the loop by yielding.
    pub yielded: bool,
    /// Set by RERAISE so unwinding does not add a second traceback entry.
    pub reraising: bool,
    /// Frame serials and the frame objects of running activations.
    pub frame_cache: crate::builtins::frame_obj::FrameCache,
}

impl Vm {
    /// A VM for the current thread with an empty stack and a new interpreter.
    pub fn new() -> Vm {
        Vm::with_interpreter(Arc::new(Interpreter::new()))
    }

    /// A VM for the current thread, sharing `interp` with the threads already using it.
    pub fn with_interpreter(interp: Arc<Interpreter>) -> Vm {
        Vm {
            stack: frame::SlotStack::new(STACK_SLOTS),
            frames: Vec::with_capacity(1024),
            recursion_limit: interp.recursion_limit(),
            native_depth: 0,
            handled: Vec::new(),
            repr_stack: std::collections::HashSet::new(),
            trace_engine: interp.trace_engine(),
            interp,
            tstate: crate::thread::brc::current_state(),
            argv: Vec::new(),
            xoptions: Vec::new(),
            main_path: None,
            sys_path: None,
            pending_throw: None,
            yielded: false,
            reraising: false,
            frame_cache: crate::builtins::frame_obj::FrameCache::new(),
        }
    }

    /// A minimal VM for helpers that need one only to satisfy signatures (formatting
    /// an exception message for a debug print). It cannot run Python code.
    pub fn scratch() -> Vm {
        Vm {
            stack: frame::SlotStack::new(0),
            frames: Vec::new(),
            recursion_limit: DEFAULT_RECURSION_LIMIT,
            native_depth: 0,
            handled: Vec::new(),
            interp: Arc::new(Interpreter::new()),
            tstate: Arc::new(crate::thread::ThreadState::new(crate::thread::brc::current_tid())),
            repr_stack: std::collections::HashSet::new(),
            trace_engine: None,
            argv: Vec::new(),
            xoptions: Vec::new(),
            main_path: None,
            sys_path: None,
            pending_throw: None,
            yielded: false,
            reraising: false,
            frame_cache: crate::builtins::frame_obj::FrameCache::new(),
        }
    }

    /// Installs the JIT hook for the interpreter (threads made from now on) and this
    /// thread.
    pub fn set_trace_engine(&mut self, engine: Option<Arc<dyn TraceEngine>>) {
        self.interp.set_trace_engine(engine.clone());
        self.trace_engine = engine;
    }

    /// Sets the recursion limit for the interpreter and this thread's copy.
    pub fn set_recursion_limit(&mut self, limit: usize) {
        self.interp.set_recursion_limit(limit);
        self.recursion_limit = limit;
    }

    /// The builtins module dict, once start-up made it.
    #[inline]
    pub fn builtins(&self) -> Option<&Value> {
        self.interp.builtins()
    }

    /// `sys.modules`, once start-up made it.
    #[inline]
    pub fn modules(&self) -> Option<&Value> {
        self.interp.modules()
    }

    /// Empties the slots of a popped frame (none for a generator frame, whose slots live
    /// in the generator), keeping the stack invariant.
    #[inline(always)]
    pub fn clear_frame_slots(&mut self, frame: &Frame) {
        if frame.generator.is_none() {
            self.clear_slots(frame.base, frame.code().nslots as usize);
        }
    }

    /// Empties slots `base..base + n`.
    #[inline(always)]
    pub fn clear_slots(&mut self, base: usize, n: usize) {
        for s in &mut self.stack[base..base + n] {
            if s.is_some() {
                *s = None;
            }
        }
    }

    /// Enters native code that may re-enter the interpreter. Raises RecursionError
    /// when the nesting exceeds the recursion limit or the thread's machine stack is
    /// nearly used up (whatever the limit is set to, the process never overflows).
    pub fn enter_native(&mut self) -> PyResult<()> {
        if stack_nearly_exhausted() || self.native_depth as usize > self.recursion_limit.max(NATIVE_DEPTH_LIMIT as usize) {
            return Err(PyErr::recursion());
        }
        self.native_depth += 1;
        Ok(())
    }

    /// Leaves native code entered with [`Vm::enter_native`].
    pub fn leave_native(&mut self) {
        self.native_depth = self.native_depth.saturating_sub(1);
    }

    /// Recursive-repr guard: returns true if `v` is already being printed.
    pub fn repr_guard_enter(&mut self, v: &Value) -> bool {
        !self.repr_stack.insert(v.raw())
    }

    /// Leaves the repr guard for `v`.
    pub fn repr_guard_leave(&mut self, v: &Value) {
        self.repr_stack.remove(&v.raw());
    }

    /// The builtins dict.
    pub fn builtins_dict(&self) -> &crate::builtins::dict::DictData {
        self.builtins().and_then(crate::builtins::dict::as_dict).expect("builtins initialised")
    }
}

impl Default for Vm {
    fn default() -> Self {
        Vm::new()
    }
}
