//! Code objects and the register instruction set.
//!
//! A frame is one array of slots: parameters and locals first (`0..nlocals`), then
//! cells for captured variables, then temporaries. Every instruction names its operand
//! and destination slots (Lua 5 style), so a value never moves through an implicit
//! stack; that is what lets a trace snapshot say "these slots hold these values, resume
//! at this pc". Instructions are a Rust enum of at most 8 bytes; `match` on it compiles
//! to a jump table.
//!
//! Side tables, one entry per instruction, live next to the bytecode (never inside it):
//! `caches` for global/attribute inline caches (single-word atomics: several threads may
//! run the same code, a lost or overwritten cache entry is only a miss) and `hot` for
//! loop counters read by the JIT hook.

use std::sync::atomic::{AtomicU32, AtomicU64};

use crate::builtin_type;
use crate::builtins::str::new_str;
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::{Kind, Slots, Value};

/// A frame slot index.
pub type Reg = u16;
/// "No register" marker for optional operands.
pub const NO_REG: Reg = u16::MAX;

/// One instruction. Fields named `dst` are written; everything else is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum Instr {
    Nop,
    LoadConst { dst: Reg, idx: u32 },
    Move { dst: Reg, src: Reg },
    /// Like Move but raises UnboundLocalError if `src` is unbound.
    LoadFast { dst: Reg, src: Reg },
    DeleteFast { slot: Reg },
    /// Empties a temporary (a finished loop's iterator), releasing its value.
    Clear { slot: Reg },
    LoadGlobal { dst: Reg, name: u32 },
    StoreGlobal { src: Reg, name: u32 },
    DeleteGlobal { name: u32 },
    /// Reads the cell in slot `cell`.
    LoadDeref { dst: Reg, cell: Reg },
    StoreDeref { cell: Reg, src: Reg },
    DeleteDeref { cell: Reg },
    /// Puts a new empty cell in `slot` (inlined comprehensions' captured variables).
    MakeCell { slot: Reg },
    Binary { op: u8, dst: Reg, a: Reg, b: Reg },
    Inplace { op: u8, dst: Reg, a: Reg, b: Reg },
    /// `a op k` with a constant right operand (`n - 1`, `x * 0.5`): one dispatch, no
    /// slot traffic for the constant.
    BinaryK { op: u8, dst: Reg, a: Reg, k: u16 },
    Unary { op: u8, dst: Reg, src: Reg },
    Not { dst: Reg, src: Reg },
    /// op: 0 <, 1 <=, 2 ==, 3 !=, 4 >, 5 >=.
    Compare { op: u8, dst: Reg, a: Reg, b: Reg },
    /// Fused compare and branch: jump to `target` when `a op b` is false.
    CompareJumpIfFalse { op: u8, a: Reg, b: Reg, target: u32 },
    /// Like CompareJumpIfFalse with a constant right operand.
    CompareKJumpIfFalse { op: u8, a: Reg, k: u16, target: u32 },
    Is { dst: Reg, a: Reg, b: Reg, negate: bool },
    Contains { dst: Reg, item: Reg, container: Reg, negate: bool },
    Jump { target: u32 },
    /// Backward jump: safepoint poll and loop hot counter.
    JumpBack { target: u32 },
    JumpIfFalse { cond: Reg, target: u32 },
    JumpIfTrue { cond: Reg, target: u32 },
    GetIter { dst: Reg, src: Reg },
    /// Stores the next item in `dst`, or jumps to `exit` when exhausted.
    ForIter { iter: Reg, dst: Reg, exit: u32 },
    BuildList { dst: Reg, start: Reg, count: u16 },
    BuildTuple { dst: Reg, start: Reg, count: u16 },
    BuildSet { dst: Reg, start: Reg, count: u16 },
    /// Keys and values alternate in `start..start + 2*count`.
    BuildMap { dst: Reg, start: Reg, count: u16 },
    BuildString { dst: Reg, start: Reg, count: u16 },
    BuildSlice { dst: Reg, start: Reg, count: u16 },
    ListAppend { list: Reg, item: Reg },
    ListExtend { list: Reg, src: Reg },
    SetAdd { set: Reg, item: Reg },
    SetUpdate { set: Reg, src: Reg },
    MapAdd { map: Reg, key: Reg, value: Reg },
    DictUpdate { map: Reg, src: Reg },
    /// `f(..., **src)`: like `DictUpdate`, but a key already in `map` is an error naming `func`.
    DictMerge { map: Reg, src: Reg, func: Reg },
    ListToTuple { dst: Reg, src: Reg },
    Subscript { dst: Reg, obj: Reg, key: Reg },
    StoreSubscript { obj: Reg, key: Reg, src: Reg },
    DeleteSubscript { obj: Reg, key: Reg },
    LoadAttr { dst: Reg, obj: Reg, name: u32 },
    StoreAttr { obj: Reg, name: u32, src: Reg },
    DeleteAttr { obj: Reg, name: u32 },
    /// Writes the callable to `dst` and `self` (or unbound) to `dst + 1`.
    LoadMethod { dst: Reg, obj: Reg, name: u32 },
    /// Calls `func` with `argc` arguments in the following slots. `kwnames` is a
    /// constant index of a tuple of names (or u32::MAX). With `method`, slot `func+1`
    /// holds `self` (possibly unbound, then skipped) and the arguments follow it.
    Call { dst: Reg, func: Reg, argc: u16, kwnames: u32, method: bool },
    /// `func(*args_tuple, **kwargs_dict)`; `kwargs` may be NO_REG.
    CallEx { dst: Reg, func: Reg, args: Reg, kwargs: Reg },
    Return { src: Reg },
    /// Slots `base`, `base+1`, `base+2`: defaults tuple, kw-defaults dict, closure tuple
    /// (each may be None).
    MakeFunction { dst: Reg, code: u32, base: Reg },
    /// `raise exc from cause`; NO_REG for absent parts (bare `raise` re-raises).
    Raise { exc: Reg, cause: Reg },
    /// Re-raises the exception in `exc` without adding a traceback entry.
    Reraise { exc: Reg },
    /// Handler entry: records `exc` as the exception being handled.
    PushExcInfo { exc: Reg },
    /// Handler exit: restores the previously handled exception.
    PopExcInfo,
    /// `dst = isinstance(exc, type_)` for except clauses (tuples allowed).
    CheckExcMatch { dst: Reg, exc: Reg, ty: Reg },
    UnpackSequence { src: Reg, dst: Reg, count: u16 },
    /// `a, *b, c = src`: `before` items, a list, then `after` items into dst...
    UnpackEx { src: Reg, dst: Reg, before: u8, after: u8 },
    /// `conv`: 0 none, 1 str, 2 repr, 3 ascii. `spec` may be NO_REG.
    FormatValue { dst: Reg, src: Reg, conv: u8, spec: Reg },
    /// PEP 750 field: `dst = Interpolation(value, consts[expr], conv, spec)`; `conv`
    /// as in FormatValue, `spec` may be NO_REG (empty spec).
    BuildInterpolation { dst: Reg, value: Reg, expr: u32, conv: u8, spec: Reg },
    /// `dst = Template(*slots[start..start + count])` (str and Interpolation parts).
    BuildTemplate { dst: Reg, start: Reg, count: u16 },
    ImportName { dst: Reg, name: u32, fromlist: Reg, level: u16 },
    ImportFrom { dst: Reg, module: Reg, name: u32 },
    ImportStar { module: Reg },
    Yield { dst: Reg, src: Reg },
    /// Delegates to the iterator in `iter`; leaves the final value in `dst`.
    YieldFrom { dst: Reg, iter: Reg },
    /// `except*` entry: `state` gets the bookkeeping list for the caught `exc`.
    StarBegin { state: Reg, exc: Reg },
    /// `except* T`: splits off the still-unhandled part matching the type(s) in `ty`;
    /// `dst` gets the matched group or None.
    StarMatch { dst: Reg, state: Reg, ty: Reg },
    /// An `except*` handler raised `exc`.
    StarRaised { state: Reg, exc: Reg },
    /// After the `except*` clauses: raises what was raised or left unhandled, if any.
    StarEnd { state: Reg },
    /// Raises AssertionError(msg) (msg may be NO_REG).
    RaiseAssertion { msg: Reg },
    /// Calls `__exit__` bound in `exit` with (None, None, None) (or the exception in
    /// `exc` when not NO_REG); `dst` receives the result.
    WithExit { dst: Reg, exit: Reg, exc: Reg },
    /// `dst = mgr.__enter__()`; the bound `__exit__` goes to `exit`.
    WithEnter { dst: Reg, exit: Reg, mgr: Reg },
    /// Match support: `dst = len(src) op count` checks for sequence patterns
    /// (op 0: ==, 1: >=), false if not a sequence.
    MatchSequence { dst: Reg, src: Reg, count: u16, at_least: bool },
    /// `dst = src is a mapping`.
    MatchMapping { dst: Reg, src: Reg },
    /// `dst = isinstance(src, cls)` plus positional/keyword attribute extraction
    /// into `out..` (names constant tuple `names`, `npos` positional).
    MatchClass { dst: Reg, src: Reg, cls: Reg, npos: u16, names: u32, out: Reg },
    /// Mapping pattern: for keys in `keys..keys+count` fetch values into `out..`;
    /// dst False if any key is missing.
    MatchKeys { dst: Reg, src: Reg, keys: Reg, count: u16, out: Reg },
    /// `dst = dict(src) minus keys` for `**rest`.
    CopyDictWithout { dst: Reg, src: Reg, keys: Reg, count: u16 },
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
    /// Inline caches, one word pair per instruction (see module docs).
    pub caches: Box<[[AtomicU64; 2]]>,
    /// Loop hot counters, one per instruction (only JumpBack uses its entry).
    pub hot: Box<[AtomicU32]>,
    /// Source text of the module (for tracebacks; shared by all code objects of a file).
    pub source: Option<std::sync::Arc<str>>,
    /// The docstring (first statement of the body, if a string literal).
    pub docstring: Option<String>,
    /// True when a call with exactly `argcount` positional arguments needs no binding
    /// logic (no `*args`/`**kwargs`, keyword-only parameters, cells, closure or
    /// generator): the interpreter then copies the arguments straight into the frame.
    pub fast_call: bool,
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
    /// Allocates the side tables for `n` instructions.
    pub fn side_tables(n: usize) -> (Box<[[AtomicU64; 2]]>, Box<[AtomicU32]>) {
        let caches = (0..n).map(|_| [AtomicU64::new(0), AtomicU64::new(0)]).collect();
        let hot = (0..n).map(|_| AtomicU32::new(0)).collect();
        (caches, hot)
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
