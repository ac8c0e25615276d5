//! Code objects and the register instruction set.
//!
//! A frame is one array of slots: parameters and locals first (`0..nlocals`), then
//! cells for captured variables, then temporaries. Every instruction names its operand
//! and destination slots (Lua 5 style), so a value never moves through an implicit
//! stack; that is what lets a trace snapshot say "these slots hold these values, resume
//! at this pc". The instruction set itself is the table in `instr_table.rs`; [`Instr`]
//! is the Rust enum generated from it, and `match` on it compiles to a jump table.
//!
//! An instruction is 16 bytes (asserted below), not 8. The tag takes a byte, and many
//! instructions carry two or three 16-bit slots *and* a 32-bit index or jump target
//! (`LoadAttr`, `LoadMethod`, `CompareJumpIfFalse`, `ForIter`, `ImportFrom`...): 1 + 4 + 4
//! bytes rounds up to 12, and the widest rows (`Call` with its keyword-names constant,
//! `MatchClass` with six operands, `BuildInterpolation`) need more. Getting to 8 would
//! take: constant/name indexes and jump targets of 16 bits, with a prefix instruction
//! (CPython's `EXTENDED_ARG`) or a side table for the rare code object that needs more
//! (jump targets past 65,535 instructions are real in generated code); `Call`'s keyword
//! names moved to a following data word or a separate `CallKw`; and the six-operand
//! pattern-matching rows rewritten to consecutive slots. That touches every emit site
//! and the branch patching, for a smaller instruction cache footprint only; it is left
//! for when the JIT's recorder settles which operands it needs.
//!
//! Side tables live next to the bytecode (never inside it): `caches`, one atomic word per
//! instruction, for global/attribute inline caches (see `interp/inline_cache.rs`: several
//! threads may run the same code, a lost or overwritten cache entry is only a miss), and
//! `hot`, one [`LoopHot`] per loop header (counter and trace slot for the JIT).

use std::sync::atomic::{AtomicPtr, AtomicU32, Ordering};

use crate::builtin_type;
use crate::builtins::str::new_str;
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::{Kind, Slots, Value};

/// A frame slot index.
pub type Reg = u16;
/// "No register" marker for optional operands.
pub const NO_REG: Reg = u16::MAX;

pub use super::instr_table::{Instr, Operand};

// See the module docs for why 16 and not 8.
const _: () = assert!(std::mem::size_of::<Instr>() == 16);

/// The side-table entry of one loop header: a hot counter beside the slot where the
/// JIT publishes the loop's trace.
///
/// The counter is a plain relaxed load and store, not an atomic increment: it runs
/// only while a trace engine is installed (with `-X jit=off` nothing counts), a count
/// lost to a race between threads only delays the report, and it stops at the engine's
/// threshold. Two threads that cross the threshold together may both report the loop;
/// the engine decides which trace to publish.
pub struct LoopHot {
    /// The loop header's pc (the target of the loop's back-edges).
    pub header: u32,
    /// Back-edges taken to this header while an engine was installed, up to the threshold.
    pub count: AtomicU32,
    /// The loop's trace, owned by the trace engine; null until one is published.
    trace: AtomicPtr<()>,
}

impl LoopHot {
    /// A fresh entry for the header at `header`.
    pub fn new(header: u32) -> LoopHot {
        LoopHot { header, count: AtomicU32::new(0), trace: AtomicPtr::new(std::ptr::null_mut()) }
    }

    /// The published trace, or null. Acquire: pairs with [`LoopHot::publish_trace`], so
    /// the trace's contents are visible to the thread that sees the pointer.
    #[inline]
    pub fn trace(&self) -> *mut () {
        self.trace.load(Ordering::Acquire)
    }

    /// Publishes a trace for this loop (Release: everything written to the trace before
    /// is visible to a reader that Acquire-loads the pointer). The engine keeps the
    /// trace alive for as long as the code object lives.
    pub fn publish_trace(&self, trace: *mut ()) {
        self.trace.store(trace, Ordering::Release);
    }
}

/// Where the `^` part of a caret line goes (PEP 657 anchors), in columns of the first
/// line; 0/0 when the whole span is marked with `^`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Anchor {
    /// First anchored column.
    pub start: u32,
    /// One past the last anchored column.
    pub end: u32,
}

/// Source range of one instruction (CPython's positions: 1-based lines, 0-based UTF-8
/// byte columns, end exclusive).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Loc {
    /// Start line.
    pub line: u32,
    /// End line.
    pub end_line: u32,
    /// Start column.
    pub col: u32,
    /// End column.
    pub end_col: u32,
    /// Anchor for carets.
    pub anchor: Anchor,
    /// True for `return NAME(...)`-style statements whose carets CPython omits.
    pub no_carets: bool,
}

/// One exception-table entry: an exception raised in `start..end` jumps to `handler`
/// with the exception stored in slot `exc`.
#[derive(Clone, Copy, Debug)]
pub struct ExcEntry {
    /// First covered instruction.
    pub start: u32,
    /// One past the last covered instruction.
    pub end: u32,
    /// Handler pc.
    pub handler: u32,
    /// Slot receiving the exception.
    pub exc: Reg,
}

/// Flags of a code object.
#[derive(Clone, Copy, Debug, Default)]
pub struct CodeFlags {
    /// Has `*args`.
    pub varargs: bool,
    /// Has `**kwargs`.
    pub varkw: bool,
    /// Contains `yield`.
    pub generator: bool,
}

/// The body of a code object.
pub struct CodeData {
    /// `co_name`.
    pub name: String,
    /// `co_qualname`.
    pub qualname: String,
    /// `co_filename`.
    pub filename: String,
    /// First line.
    pub firstlineno: u32,
    /// The instructions.
    pub instrs: Vec<Instr>,
    /// Source range per instruction.
    pub locs: Vec<Loc>,
    /// Constants.
    pub consts: Vec<Value>,
    /// Names (globals, attributes, imports).
    pub names: Vec<Value>,
    /// Names of the first `nlocals` slots (parameters first).
    pub varnames: Vec<String>,
    /// Names of cell slots (`nlocals..nlocals+ncells`), then free variables.
    pub cellnames: Vec<String>,
    /// Free variable names (closure order).
    pub freenames: Vec<String>,
    /// Positional parameters (including positional-only).
    pub argcount: u32,
    /// Positional-only parameters.
    pub posonlyargcount: u32,
    /// Keyword-only parameters.
    pub kwonlyargcount: u32,
    /// Number of named local slots.
    pub nlocals: u32,
    /// Total frame size in slots.
    pub nslots: u32,
    /// For each cell slot, the parameter index it captures (or u32::MAX).
    pub cell_params: Vec<u32>,
    /// Slots of free variables (filled from the closure at entry).
    pub free_slots: Vec<Reg>,
    /// Exception table, innermost entries first.
    pub exc_table: Vec<ExcEntry>,
    /// Flags.
    pub flags: CodeFlags,
    /// Inline caches, one word per instruction (see module docs).
    pub caches: crate::interp::inline_cache::InlineCaches,
    /// One entry per loop header, indexed by `JumpBack`'s `hot` operand (see
    /// [`LoopHot`] and [`CodeData::loop_table`]).
    pub hot: Box<[LoopHot]>,
    /// Source text of the module (for tracebacks; shared by all code objects of a file).
    pub source: Option<std::sync::Arc<str>>,
    /// The docstring (first statement of the body, if a string literal).
    pub docstring: Option<String>,
    /// True when a call with exactly `argcount` positional arguments needs no binding
    /// logic (no `*args`/`**kwargs`, keyword-only parameters, cells, closure or
    /// generator): the interpreter then copies the arguments straight into the frame.
    pub fast_call: bool,
    /// Name indices whose global loads and stores skip a locals mapping (`global x` in
    /// a class body, names read by a comprehension inlined into one).
    pub explicit_globals: Box<[u32]>,
}

builtin_type!(
    CODE_TYPE,
    "code",
    Kind::Code,
    CodeData,
    Some(&crate::builtins::type_::OBJECT_TYPE),
    Slots { repr: Some(code_repr), hash: Some(crate::builtins::type_::identity_hash), getattr: Some(code_getattr), ..Slots::EMPTY },
    crate::builtins::code_attrs::CODE_METHODS
);

/// Wraps compiled code in a code object. Its count is a real one, so code compiled by
/// `exec`/`compile`/`eval` is freed once nothing refers to it; a running frame keeps
/// its code alive through its function (or, for module code, the code itself).
pub fn new_code(data: CodeData) -> Value {
    crate::object::alloc(&CODE_TYPE, data)
}

/// The code body, if `v` is a code object.
#[inline(always)]
pub fn as_code(v: &Value) -> Option<&CodeData> {
    if !v.is_small_int() && v.ty().body.kind == Kind::Code {
        // SAFETY: Kind::Code objects are Obj<CodeData>.
        Some(unsafe { v.body_unchecked::<CodeData>() })
    } else {
        None
    }
}

fn code_repr(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let c = as_code(v).ok_or_else(|| PyErr::type_error("expected code"))?;
    Ok(new_str(&format!("<code object {} at {:#x}, file \"{}\", line {}>", c.name, v.raw(), c.filename, c.firstlineno)))
}

fn code_getattr(_vm: &mut Vm, v: &Value, name: &str) -> PyResult<Option<Value>> {
    use crate::builtins::int::new_int;
    let c = as_code(v).ok_or_else(|| PyErr::type_error("expected code"))?;
    let names = |list: &[String]| crate::builtins::tuple::new_tuple(list.iter().map(|n| new_str(n)).collect());
    Ok(match name {
        "co_name" => Some(new_str(&c.name)),
        "co_qualname" => Some(new_str(&c.qualname)),
        "co_filename" => Some(new_str(&c.filename)),
        "co_firstlineno" => Some(new_int(i64::from(c.firstlineno))),
        "co_argcount" => Some(new_int(i64::from(c.argcount))),
        "co_posonlyargcount" => Some(new_int(i64::from(c.posonlyargcount))),
        "co_kwonlyargcount" => Some(new_int(i64::from(c.kwonlyargcount))),
        "co_nlocals" => Some(new_int(i64::from(c.nlocals))),
        "co_varnames" => Some(names(&c.varnames)),
        "co_cellvars" => Some(names(&c.cellnames)),
        "co_freevars" => Some(names(&c.freenames)),
        _ => crate::builtins::code_attrs::code_attr(c, name),
    })
}

impl CodeData {
    /// Allocates the inline-cache side table for `n` instructions.
    pub fn side_tables(n: usize) -> crate::interp::inline_cache::InlineCaches {
        crate::interp::inline_cache::InlineCaches::new(n)
    }

    /// Numbers the loop headers of `instrs` (the distinct targets of `JumpBack`) in
    /// order of first appearance, points each `JumpBack` at its header's entry and
    /// returns the table of entries. Every back-edge of one loop gets the same entry.
    pub fn loop_table(instrs: &mut [Instr]) -> Box<[LoopHot]> {
        let mut headers: Vec<u32> = Vec::new();
        let mut index: std::collections::HashMap<u32, u16> = std::collections::HashMap::new();
        for ins in instrs.iter_mut() {
            if let Instr::JumpBack { target, hot } = ins {
                *hot = *index.entry(*target).or_insert_with(|| {
                    headers.push(*target);
                    // Past 65,535 loops in one code object the rest go uncounted (the
                    // dispatch loop ignores an index outside the table).
                    u16::try_from(headers.len() - 1).unwrap_or(u16::MAX)
                });
            }
        }
        headers.truncate(usize::from(u16::MAX));
        headers.into_iter().map(LoopHot::new).collect()
    }

    /// The name of slot `slot` for error messages.
    pub fn slot_name(&self, slot: Reg) -> &str {
        let s = slot as usize;
        if s < self.varnames.len() {
            &self.varnames[s]
        } else if s - self.varnames.len() < self.cellnames.len() {
            &self.cellnames[s - self.varnames.len()]
        } else if let Some(i) = self.free_slots.iter().position(|&f| f == slot) {
            &self.freenames[i]
        } else {
            "?"
        }
    }
}
