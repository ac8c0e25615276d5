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
    /// An `__init__` run for a class call (`C(args)`): the caller's `ret_dst` already
    /// holds the new instance, and the return value must be None and is dropped.
    pub init: bool,
    /// Depth of the handled-exception stack when the frame started.
    pub handled_depth: usize,
    /// Generator this frame belongs to (slots are copied back on suspend).
    pub generator: Option<Value>,
    /// Separate locals mapping for module-level code run by `exec`/`eval` with a
    /// locals argument: name loads look here first and stores go here.
    pub locals: Option<Value>,
    /// Tells this activation apart from every other one of this thread (frame objects
    /// and traceback entries name a live activation by (depth, serial)). 0 until
    /// something needs it: `FrameCache::serial_of` hands one out then, so calls pay
    /// nothing for it.
    pub serial: u64,
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

/// The per-thread slot stack: a fixed array of slots, so slot pointers stay valid.
///
/// `None` is the all-zero word, so the array comes from a zeroed allocation: the OS hands
/// out zero pages lazily and only the touched part costs resident memory. Every slot
/// above the innermost frame is `None` (frames clear theirs when popped), which is also
/// why dropping the stack frees the array without visiting its millions of slots.
pub struct SlotStack {
    slots: std::ptr::NonNull<Option<Value>>,
    len: usize,
}

impl SlotStack {
    /// A stack of `n` empty slots (`n == 0`: a stack that cannot run code).
    pub fn new(n: usize) -> SlotStack {
        let layout = match std::alloc::Layout::array::<Option<Value>>(n) {
            Ok(l) if l.size() > 0 => l,
            _ => return SlotStack { slots: std::ptr::NonNull::dangling(), len: 0 },
        };
        // SAFETY: the layout has a non-zero size.
        let ptr = unsafe { std::alloc::alloc_zeroed(layout) } as *mut Option<Value>;
        match std::ptr::NonNull::new(ptr) {
            Some(slots) => SlotStack { slots, len: n },
            None => std::alloc::handle_alloc_error(layout),
        }
    }
}

impl std::ops::Deref for SlotStack {
    type Target = [Option<Value>];
    fn deref(&self) -> &[Option<Value>] {
        // SAFETY: `len` zero-initialised (= `None`) or since-written slots live at `slots`.
        unsafe { std::slice::from_raw_parts(self.slots.as_ptr(), self.len) }
    }
}

impl std::ops::DerefMut for SlotStack {
    fn deref_mut(&mut self) -> &mut [Option<Value>] {
        // SAFETY: as in `deref`, and `&mut self` makes the borrow unique.
        unsafe { std::slice::from_raw_parts_mut(self.slots.as_ptr(), self.len) }
    }
}

impl Drop for SlotStack {
    fn drop(&mut self) {
        if self.len == 0 {
            return;
        }
        // Slots still held (frames abandoned by a panic or process exit) are leaked,
        // not dropped: visiting the whole array would fault in every page of it.
        let layout = std::alloc::Layout::array::<Option<Value>>(self.len).expect("layout was valid at creation");
        // SAFETY: allocated in `new` with this same layout.
        unsafe { std::alloc::dealloc(self.slots.as_ptr() as *mut u8, layout) };
    }
}
