//! Frames: records on a per-thread frame stack, slots on a per-thread slot stack.
//!
//! A call pushes `code.nslots` slots on the slot stack (no heap allocation) and a
//! [`Frame`] record; a return truncates both. Generator frames keep their slots in the
//! generator object instead and are copied in and out around each resumption.

use crate::compiler::code::{CodeData, Reg};
use crate::object::Value;

/// One activation record.
pub struct Frame {
    /// The function (or, for module code, the code object) that keeps `code` alive.
    pub func: Value,
    /// The code being run.
    pub code: *const CodeData,
    /// The globals dict.
    pub globals: Value,
    /// Index in the slot stack where this frame's slots start (for a generator frame,
    /// whose slots live in the generator, the stack height when it was resumed).
    pub base: usize,
    /// Slot 0 of this frame: in the slot stack, or in the generator object.
    pub slots: *mut Option<Value>,
    /// Next instruction (saved while a callee runs, and on errors).
    pub pc: u32,
    /// Caller slot receiving the return value.
    pub ret_dst: Reg,
    /// True when Rust called into this frame: returning from it leaves the loop.
    pub entry: bool,
    /// Depth of the handled-exception stack when the frame started.
    pub handled_depth: usize,
    /// Generator this frame belongs to (slots are copied back on suspend).
    pub generator: Option<Value>,
    /// Separate locals mapping for module-level code run by `exec`/`eval` with a
    /// locals argument: name loads look here first and stores go here.
    pub locals: Option<Value>,
}

impl Frame {
    /// Where the next frame's slots start on the slot stack.
    #[inline(always)]
    pub fn stack_top(&self) -> usize {
        if self.generator.is_some() {
            self.base
        } else {
            self.base + self.code().nslots as usize
        }
    }

    /// The code object.
    #[inline(always)]
    pub fn code(&self) -> &CodeData {
        // SAFETY: `func` keeps the code object alive for the frame's lifetime.
        unsafe { &*self.code }
    }
}
