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
pub mod frame;
pub mod generator;
pub mod inline_cache;
pub mod op_containers;
pub mod op_exceptions;
pub mod op_names;
pub mod op_template;
pub mod sigint;
pub mod traceback;
pub mod traceback_carets;
pub mod traceback_group;
pub mod op_except_star;
#[cfg(test)]
mod depth_tests;
#[cfg(test)]
mod trace_hook_tests;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use crate::compiler::code::CodeData;
use crate::error::{PyErr, PyResult};
use crate::object::Value;
pub use frame::Frame;

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

/// Per-thread interpreter state.
pub struct Vm {
    /// The slot stack: fixed length, so slot pointers stay valid. Every slot above the
    /// innermost frame's slots is `None` (a frame clears its slots when it is popped),
    /// so pushing a frame writes only its arguments.
    pub stack: frame::SlotStack,
    /// Frame records, innermost last.
    pub frames: Vec<Frame>,
    /// `sys.getrecursionlimit()`.
    pub recursion_limit: usize,
    /// Native re-entry depth.
    pub native_depth: u32,
    /// Exceptions currently being handled (innermost last), for chaining and `sys.exc_info`.
    pub handled: Vec<Value>,
    /// The builtins module dict.
    pub builtins: Option<Value>,
    /// `sys.modules`.
    pub modules: Option<Value>,
    /// Containers whose repr is in progress (recursive repr guard).
    /// Containers whose repr is being built (a set: nesting can be thousands deep).
    repr_stack: std::collections::HashSet<usize>,
    /// The JIT hook, if any.
    pub trace_engine: Option<Arc<dyn TraceEngine>>,
    /// Raised when other threads queued refcount merges for this thread.
    merge_pending: Option<Arc<crate::thread::brc::MergeQueue>>,
    /// Set by signal handlers / other threads to stop at the next safepoint.
    pub interrupt: Arc<AtomicBool>,
    /// `sys.argv`.
    pub argv: Vec<String>,
    /// `-X` options.
    pub xoptions: Vec<(String, Option<String>)>,
    /// `sys.flags` style settings and paths (main script path for tracebacks).
    pub main_path: Option<String>,
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
    /// A VM for the current thread with an empty stack.
    pub fn new() -> Vm {
        Vm {
            stack: frame::SlotStack::new(STACK_SLOTS),
            frames: Vec::with_capacity(1024),
            recursion_limit: DEFAULT_RECURSION_LIMIT,
            native_depth: 0,
            handled: Vec::new(),
            builtins: None,
            modules: None,
            repr_stack: std::collections::HashSet::new(),
            trace_engine: None,
            merge_pending: crate::thread::brc::current_queue(),
            interrupt: Arc::new(AtomicBool::new(false)),
            argv: Vec::new(),
            xoptions: Vec::new(),
            main_path: None,
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
            builtins: None,
            modules: None,
            repr_stack: std::collections::HashSet::new(),
            trace_engine: None,
            merge_pending: None,
            interrupt: Arc::new(AtomicBool::new(false)),
            argv: Vec::new(),
            xoptions: Vec::new(),
            main_path: None,
            pending_throw: None,
            yielded: false,
            reraising: false,
            frame_cache: crate::builtins::frame_obj::FrameCache::new(),
        }
    }

    /// Installs the JIT hook.
    pub fn set_trace_engine(&mut self, engine: Option<Arc<dyn TraceEngine>>) {
        self.trace_engine = engine;
    }

    /// Safepoint: merge queued refcounts, honour interrupts. Called at function entry
    /// and backward jumps (the flag test is inlined there; this is the slow part).
    #[cold]
    pub fn safepoint_slow(&mut self) -> PyResult<()> {
        crate::thread::brc::merge_pending();
        crate::interp::generator::run_pending_finalizers(self);
        if self.interrupt.swap(false, Ordering::AcqRel) {
            return Err(PyErr::bare(&crate::builtins::exceptions::KEYBOARD_INTERRUPT));
        }
        Ok(())
    }

    /// Empties the slots of a popped frame (none for a generator frame, whose slots live
    /// in the generator), keeping the stack invariant.
    #[inline]
    pub fn clear_frame_slots(&mut self, frame: &Frame) {
        if frame.generator.is_none() {
            self.clear_slots(frame.base, frame.code().nslots as usize);
        }
    }

    /// Empties slots `base..base + n`.
    #[inline]
    pub fn clear_slots(&mut self, base: usize, n: usize) {
        for s in &mut self.stack[base..base + n] {
            if s.is_some() {
                *s = None;
            }
        }
    }

    /// The cheap safepoint test.
    #[inline(always)]
    pub fn safepoint(&mut self) -> PyResult<()> {
        let pending = self.merge_pending.as_ref().is_some_and(|q| q.pending.load(Ordering::Relaxed));
        if pending || self.interrupt.load(Ordering::Relaxed) || crate::interp::generator::finalizers_pending() {
            return self.safepoint_slow();
        }
        Ok(())
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
        self.builtins.as_ref().and_then(crate::builtins::dict::as_dict).expect("builtins initialised")
    }
}

impl Default for Vm {
    fn default() -> Self {
        Vm::new()
    }
}
