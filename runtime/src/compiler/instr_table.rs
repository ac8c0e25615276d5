//! The instruction table: every register instruction, once.
//!
//! Each row of [`for_each_instr!`] names an instruction, its operands (field name and
//! operand kind), its flags and a doc line. Everything else that has to know the
//! instruction set is derived from that one list, so adding an instruction is one row,
//! and the interpreter, the disassembler and (later) the trace recorder cannot disagree
//! about what an instruction reads or writes:
//!
//! * the [`Instr`] enum itself (the operand kind decides the field's Rust type);
//! * [`Instr::name`] and [`NAMES`] (the disassembler prints the name in upper snake case);
//! * [`Instr::flags`]: can raise, can run Python code, branches, closes a loop, never
//!   falls through, suspends the frame;
//! * [`Instr::operands`]: every field as a typed [`Operand`], from which the operand
//!   queries ([`Instr::for_each_read`], [`Instr::for_each_write`],
//!   [`Instr::branch_target`]) and the disassembler's text are built.
//!
//! This is the shape of LuaJIT's `IRDEF`: the table is a macro that hands its rows to a
//! callback macro, so another consumer (the JIT's recorder, a verifier) can derive its own
//! code from the same rows by writing its own callback, without a second list to keep in
//! step. Here the callbacks are `define_instrs!` and a unit test that checks the
//! flags against the operand kinds.
//!
//! Operand kinds (the word after each field name):
//!
//! | kind | type | meaning |
//! |---|---|---|
//! | `Dst` | [`Reg`] | slot written |
//! | `Src` | [`Reg`] | slot read (an unbound slot raises where the interpreter checks) |
//! | `OptSrc` | [`Reg`] | slot read, or [`NO_REG`] for "absent" |
//! | `Upd` | [`Reg`] | slot read and then written |
//! | `Reads(len)` | [`Reg`] | first of `len` consecutive slots read |
//! | `Writes(len)` | [`Reg`] | first of `len` consecutive slots written |
//! | `Label` | `u32` | branch target (an instruction index) |
//! | `Const` / `Const16` | `u32` / `u16` | index into `consts` |
//! | `OptConst` | `u32` | index into `consts`, or `u32::MAX` for none |
//! | `Name` | `u32` | index into `names` |
//! | `Count` / `Count8` | `u16` / `u8` | an immediate count |
//! | `Flag` | `bool` | an immediate switch |
//! | `Conv` | `u8` | f-string conversion: 0 none, 1 `!s`, 2 `!r`, 3 `!a` |
//! | `Bin` / `Cmp` / `Un` | [`BinOp`] / [`CompareOp`] / [`UnaryOp`] | the operator |
//!
//! A span's `len` is a closure from the code's constants to the slot count, written
//! with the row's own field names (`MatchClass` needs the constants: the number of
//! keyword sub-patterns is the length of a constant tuple).

use crate::compiler::code::{Reg, NO_REG};
use crate::object::{BinOp, CompareOp, UnaryOp, Value};

/// Flag bits of an instruction (see [`Instr::flags`]).
pub mod flag {
    /// May raise an exception (the pc must be saved for the traceback).
    pub const RAISES: u16 = 1;
    /// May run arbitrary Python code (dunder methods, finalizers, imports): every slot,
    /// global and attribute may have changed afterwards.
    pub const RUNS_PY: u16 = 1 << 1;
    /// May jump to its `Label` operand.
    pub const BRANCH: u16 = 1 << 2;
    /// A backward jump: its target is a loop header (the hot counter's key).
    pub const BACK_EDGE: u16 = 1 << 3;
    /// Never continues with the next instruction.
    pub const NO_FALLTHROUGH: u16 = 1 << 4;
    /// Suspends the frame (generators).
    pub const SUSPENDS: u16 = 1 << 5;
}

/// The set of [`flag`] bits of one instruction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Flags(pub u16);

impl Flags {
    /// True when every bit of `f` is set.
    #[inline]
    pub const fn has(self, f: u16) -> bool {
        self.0 & f == f
    }
}

/// One operand of an instruction, typed by its kind in the table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Operand {
    /// A slot written.
    Dst(Reg),
    /// A slot read.
    Src(Reg),
    /// A slot read, or [`NO_REG`].
    OptSrc(Reg),
    /// A slot read and written.
    Upd(Reg),
    /// `len` consecutive slots read, from `start`.
    Reads { start: Reg, len: u32 },
    /// `len` consecutive slots written, from `start`.
    Writes { start: Reg, len: u32 },
    /// A branch target.
    Label(u32),
    /// A constant index.
    Const(u32),
    /// A constant index or `u32::MAX`.
    OptConst(u32),
    /// A name index.
    Name(u32),
    /// An immediate count.
    Count(u32),
    /// An immediate switch.
    Flag(bool),
    /// An f-string conversion code.
    Conv(u8),
    /// A binary operator.
    Bin(BinOp),
    /// A comparison operator.
    Cmp(CompareOp),
    /// A unary operator.
    Un(UnaryOp),
}

/// The table. Rows: `doc`, `Name { field: Kind, ... } = flags;` (no braces for an
/// instruction without operands). Hands the rows to the callback macro `$cb`.
macro_rules! for_each_instr {
    ($cb:ident) => {
        $cb! {
            /// `dst = consts[idx]`.
            LoadConst { dst: Dst, idx: Const } = 0;
            /// `dst = src`, copying an unbound slot as unbound.
            Move { dst: Dst, src: Src } = 0;
            /// `dst = src`, raising UnboundLocalError if `src` is unbound.
            LoadFast { dst: Dst, src: Src } = RAISES;
            /// `del slot` of a local (raises if unbound).
            DeleteFast { slot: Upd } = RAISES;
            /// `dst = locals_dict[name]` for a local past the register file's reach (a
            /// function with more locals than 16-bit operands address; see
            /// `FnBuilder::new`), raising UnboundLocalError if it is not bound.
            LoadSpilled { dst: Dst, map: Src, name: Name } = RAISES;
            /// `locals_dict[name] = src` for a spilled local.
            StoreSpilled { map: Src, name: Name, src: Src } = 0;
            /// Entry of a function with more parameters than registers reach: moves the
            /// bound parameters in slots `first..` (one per name in the tuple
            /// `consts[names]`) into a new spill dict in `map`, emptying those slots.
            SpillParams { map: Dst, first: Count, names: Const } = 0;
            /// `del` of a spilled local (UnboundLocalError if it is not bound).
            DeleteSpilled { map: Src, name: Name } = RAISES;
            /// Empties a temporary (a finished loop's iterator), releasing its value; pending
            /// generator finalizers run here.
            Clear { slot: Dst } = RUNS_PY;
            /// `dst = global (or locals-mapping) name`, through the inline cache.
            LoadGlobal { dst: Dst, name: Name } = RAISES | RUNS_PY;
            /// `name = src` in globals (or the locals mapping of a class body / exec).
            StoreGlobal { src: Src, name: Name } = RAISES | RUNS_PY;
            /// `del name` in globals (or the locals mapping).
            DeleteGlobal { name: Name } = RAISES | RUNS_PY;
            /// `dst = contents of the cell in slot cell`.
            LoadDeref { dst: Dst, cell: Src } = RAISES;
            /// Stores `src` into the cell in slot `cell`.
            StoreDeref { cell: Src, src: Src } = 0;
            /// Empties the cell in slot `cell` (raises if already empty).
            DeleteDeref { cell: Src } = RAISES;
            /// Puts a new empty cell in `slot` (inlined comprehensions' captured variables).
            MakeCell { slot: Dst } = 0;
            /// `dst = a op b`.
            Binary { op: Bin, dst: Dst, a: Src, b: Src } = RAISES | RUNS_PY;
            /// `dst = a op= b` (tries `__iop__` first).
            Inplace { op: Bin, dst: Dst, a: Src, b: Src } = RAISES | RUNS_PY;
            /// `dst = a op consts[k]`: a constant right operand (`n - 1`, `x * 0.5`) costs one
            /// dispatch and no slot traffic.
            BinaryK { op: Bin, dst: Dst, a: Src, k: Const16 } = RAISES | RUNS_PY;
            /// `dst = op src` for `-`, `+`, `~`.
            Unary { op: Un, dst: Dst, src: Src } = RAISES | RUNS_PY;
            /// `dst = not src`.
            Not { dst: Dst, src: Src } = RAISES | RUNS_PY;
            /// `dst = a op b` (rich comparison).
            Compare { op: Cmp, dst: Dst, a: Src, b: Src } = RAISES | RUNS_PY;
            /// Fused compare and branch: jump to `target` when `a op b` is false.
            CompareJumpIfFalse { op: Cmp, a: Src, b: Src, target: Label } = RAISES | RUNS_PY | BRANCH;
            /// Like CompareJumpIfFalse with the constant `consts[k]` on the right.
            CompareKJumpIfFalse { op: Cmp, a: Src, k: Const16, target: Label } = RAISES | RUNS_PY | BRANCH;
            /// `dst = a is b` (or `is not` with `negate`).
            Is { dst: Dst, a: Src, b: Src, negate: Flag } = 0;
            /// `dst = item in container` (or `not in` with `negate`).
            Contains { dst: Dst, item: Src, container: Src, negate: Flag } = RAISES | RUNS_PY;
            /// Forward jump.
            Jump { target: Label } = BRANCH | NO_FALLTHROUGH;
            /// Backward jump to the loop header `target`: safepoint poll, and (only when a trace
            /// engine is installed) the header's hot counter `code.hot[hot]`, shared by every
            /// back-edge of the loop (`continue` makes a second one).
            JumpBack { target: Label, hot: Count } = RAISES | RUNS_PY | BRANCH | BACK_EDGE | NO_FALLTHROUGH;
            /// Jumps to `target` when `cond` is false.
            JumpIfFalse { cond: Src, target: Label } = RAISES | RUNS_PY | BRANCH;
            /// Jumps to `target` when `cond` is true.
            JumpIfTrue { cond: Src, target: Label } = RAISES | RUNS_PY | BRANCH;
            /// `dst = iter(src)`.
            GetIter { dst: Dst, src: Src } = RAISES | RUNS_PY;
            /// Stores the next item of `iter` in `dst`, or jumps to `exit` when exhausted.
            ForIter { iter: Src, dst: Dst, exit: Label } = RAISES | RUNS_PY | BRANCH;
            /// `dst = [start..start+count]`.
            BuildList { dst: Dst, start: Reads(|_| u32::from(count)), count: Count } = 0;
            /// `dst = (start..start+count)`.
            BuildTuple { dst: Dst, start: Reads(|_| u32::from(count)), count: Count } = 0;
            /// `dst = {start..start+count}`.
            BuildSet { dst: Dst, start: Reads(|_| u32::from(count)), count: Count } = RAISES | RUNS_PY;
            /// `dst = {k: v, ...}`; keys and values alternate in `start..start + 2*count`.
            BuildMap { dst: Dst, start: Reads(|_| 2 * u32::from(count)), count: Count } = RAISES | RUNS_PY;
            /// `dst = "".join(start..start+count)` of already formatted strings.
            BuildString { dst: Dst, start: Reads(|_| u32::from(count)), count: Count } = 0;
            /// `dst = slice(start..start+count)` (missing parts are None).
            BuildSlice { dst: Dst, start: Reads(|_| u32::from(count)), count: Count } = 0;
            /// `list.append(item)` for comprehensions and displays.
            ListAppend { list: Src, item: Src } = 0;
            /// `list.extend(src)` for `[*a, *b]`.
            ListExtend { list: Src, src: Src } = RAISES | RUNS_PY;
            /// `set.add(item)`.
            SetAdd { set: Src, item: Src } = RAISES | RUNS_PY;
            /// `set.update(src)` for `{*a}`.
            SetUpdate { set: Src, src: Src } = RAISES | RUNS_PY;
            /// `map[key] = value` for dict displays and comprehensions.
            MapAdd { map: Src, key: Src, value: Src } = RAISES | RUNS_PY;
            /// `map.update(src)` for `{**a}`.
            DictUpdate { map: Src, src: Src } = RAISES | RUNS_PY;
            /// `f(..., **src)`: like DictUpdate, but a key already in `map` is an error naming `func`.
            DictMerge { map: Src, src: Src, func: Src } = RAISES | RUNS_PY;
            /// `dst = tuple(src)` of a list built for a call.
            ListToTuple { dst: Dst, src: Src } = 0;
            /// `dst = obj[key]`.
            Subscript { dst: Dst, obj: Src, key: Src } = RAISES | RUNS_PY;
            /// `obj[key] = src`.
            StoreSubscript { obj: Src, key: Src, src: Src } = RAISES | RUNS_PY;
            /// `del obj[key]`.
            DeleteSubscript { obj: Src, key: Src } = RAISES | RUNS_PY;
            /// `dst = obj.name`.
            LoadAttr { dst: Dst, obj: Src, name: Name } = RAISES | RUNS_PY;
            /// `obj.name = src`.
            StoreAttr { obj: Src, name: Name, src: Src } = RAISES | RUNS_PY;
            /// `del obj.name`.
            DeleteAttr { obj: Src, name: Name } = RAISES | RUNS_PY;
            /// Writes the callable `obj.name` to `dst` and `self` (or unbound) to `dst + 1`.
            LoadMethod { dst: Writes(|_| 2), obj: Src, name: Name } = RAISES | RUNS_PY;
            /// Calls `func` with `argc` arguments in the following slots; `kwnames` is a
            /// constant tuple of keyword names. With `method`, slot `func+1` holds `self`
            /// (skipped when unbound) and the arguments follow it.
            Call { dst: Dst, func: Reads(|_| 1 + u32::from(method) + u32::from(argc)), argc: Count, kwnames: OptConst, method: Flag } = RAISES | RUNS_PY;
            /// `dst = func(*args, **kwargs)`; `kwargs` may be absent.
            CallEx { dst: Dst, func: Src, args: Src, kwargs: OptSrc } = RAISES | RUNS_PY;
            /// Returns `src` to the caller.
            Return { src: Src } = NO_FALLTHROUGH;
            /// `dst = function(consts[code])`; slots `base..base+3` hold the defaults tuple, the
            /// keyword-defaults dict and the closure tuple (each may be None).
            MakeFunction { dst: Dst, code: Const, base: Reads(|_| 3) } = RAISES;
            /// `raise exc from cause`; absent parts are NO_REG (bare `raise` re-raises).
            Raise { exc: OptSrc, cause: OptSrc } = RAISES | RUNS_PY | NO_FALLTHROUGH;
            /// Re-raises the exception in `exc` without adding a traceback entry.
            Reraise { exc: Src } = RAISES | NO_FALLTHROUGH;
            /// Handler entry: records `exc` as the exception being handled.
            PushExcInfo { exc: Src } = 0;
            /// Handler exit: restores the previously handled exception.
            PopExcInfo = 0;
            /// `dst = exc matches ty` for except clauses (tuples allowed).
            CheckExcMatch { dst: Dst, exc: Src, ty: Src } = RAISES;
            /// `dst.. = src` with exactly `count` items.
            UnpackSequence { src: Src, dst: Writes(|_| u32::from(count)), count: Count } = RAISES | RUNS_PY;
            /// `a, *b, c = src`: `before` items, a list, then `after` items into `dst..`.
            UnpackEx { src: Src, dst: Writes(|_| u32::from(before) + u32::from(after) + 1), before: Count8, after: Count8 } = RAISES | RUNS_PY;
            /// Unpacks `src` into a new list for an assignment with more targets than
            /// registers or bytes reach; `consts[shape]` is `(count,)` or `(before, after)`
            /// with a starred target between them (which becomes a list), with the same
            /// errors as `UnpackSequence`/`UnpackEx`.
            UnpackToList { dst: Dst, src: Src, shape: Const } = RAISES | RUNS_PY;
            /// `dst = format(conv(src), spec)` for an f-string field; `spec` may be absent.
            FormatValue { dst: Dst, src: Src, conv: Conv, spec: OptSrc } = RAISES | RUNS_PY;
            /// PEP 750 field: `dst = Interpolation(value, consts[expr], conv, spec)`.
            BuildInterpolation { dst: Dst, value: Src, expr: Const, conv: Conv, spec: OptSrc } = RAISES;
            /// `dst = Template(start..start+count)` (str and Interpolation parts).
            BuildTemplate { dst: Dst, start: Reads(|_| u32::from(count)), count: Count } = RAISES;
            /// `dst = __import__(names[name], fromlist, level)`; `fromlist` may be absent.
            ImportName { dst: Dst, name: Name, fromlist: OptSrc, level: Count } = RAISES | RUNS_PY;
            /// `dst = module.name` for `from module import name`.
            ImportFrom { dst: Dst, module: Src, name: Name } = RAISES | RUNS_PY;
            /// `from module import *` into the globals.
            ImportStar { module: Src } = RAISES | RUNS_PY;
            /// Yields `src`; the value sent in on resumption goes to `dst`.
            Yield { dst: Dst, src: Src } = RAISES | SUSPENDS;
            /// Delegates to the iterator in `iter` (the value to send is in `dst`); leaves the
            /// final value in `dst`.
            YieldFrom { dst: Upd, iter: Src } = RAISES | RUNS_PY | SUSPENDS;
            /// `except*` entry: `state` gets the bookkeeping list for the caught `exc`.
            StarBegin { state: Dst, exc: Src } = 0;
            /// `except* T`: splits off the still-unhandled part matching `ty`; `dst` gets the
            /// matched group or None.
            StarMatch { dst: Dst, state: Src, ty: Src } = RAISES | RUNS_PY;
            /// An `except*` handler raised `exc`.
            StarRaised { state: Src, exc: Src } = 0;
            /// After the `except*` clauses: raises what was raised or left unhandled, if any.
            StarEnd { state: Src } = RAISES;
            /// Raises AssertionError(msg); `msg` may be absent.
            RaiseAssertion { msg: OptSrc } = RAISES | NO_FALLTHROUGH;
            /// Calls the bound `__exit__` in `exit` with (None, None, None), or with the
            /// exception in `exc` when present; `dst` receives the result.
            WithExit { dst: Dst, exit: Src, exc: OptSrc } = RAISES | RUNS_PY;
            /// `dst = mgr.__enter__()`; the bound `__exit__` goes to `exit`.
            WithEnter { dst: Dst, exit: Dst, mgr: Src } = RAISES | RUNS_PY;
            /// Sequence pattern: `dst = len(src) == count` (or `>=` with `at_least`), false
            /// if `src` is not a sequence.
            MatchSequence { dst: Dst, src: Src, count: Count, at_least: Flag } = RAISES | RUNS_PY;
            /// `dst = src is a mapping`.
            MatchMapping { dst: Dst, src: Src } = 0;
            /// Class pattern: `dst = isinstance(src, cls)`, then `npos` positional and the
            /// keyword attributes named in the tuple `consts[names]` into `out..`.
            MatchClass { dst: Dst, src: Src, cls: Src, npos: Count, names: Const, out: Writes(|consts: &[Value]| u32::from(npos) + const_tuple_len(consts, names)) } = RAISES | RUNS_PY;
            /// Mapping pattern: the values of the keys in `keys..keys+count` into `out..`;
            /// `dst` is False if a key is missing.
            MatchKeys { dst: Dst, src: Src, keys: Reads(|_| u32::from(count)), count: Count, out: Writes(|_| u32::from(count)) } = RAISES | RUNS_PY;
            /// `dst = dict(src)` without the keys in `keys..keys+count`, for `**rest`.
            CopyDictWithout { dst: Dst, src: Src, keys: Reads(|_| u32::from(count)), count: Count } = RAISES | RUNS_PY;
        }
    };
}

/// The Rust type of an operand kind.
macro_rules! kind_ty {
    (Dst) => { Reg };
    (Src) => { Reg };
    (OptSrc) => { Reg };
    (Upd) => { Reg };
    (Reads) => { Reg };
    (Writes) => { Reg };
    (Label) => { u32 };
    (Const) => { u32 };
    (Const16) => { u16 };
    (OptConst) => { u32 };
    (Name) => { u32 };
    (Count) => { u16 };
    (Count8) => { u8 };
    (Flag) => { bool };
    (Conv) => { u8 };
    (Bin) => { BinOp };
    (Cmp) => { CompareOp };
    (Un) => { UnaryOp };
}

/// The [`Operand`] for a field of kind `$kind` holding `$v`.
macro_rules! kind_operand {
    (Dst, $v:expr, $c:expr) => { Operand::Dst($v) };
    (Src, $v:expr, $c:expr) => { Operand::Src($v) };
    (OptSrc, $v:expr, $c:expr) => { Operand::OptSrc($v) };
    (Upd, $v:expr, $c:expr) => { Operand::Upd($v) };
    (Reads, $v:expr, $c:expr, $len:expr) => { Operand::Reads { start: $v, len: ($len)($c) } };
    (Writes, $v:expr, $c:expr, $len:expr) => { Operand::Writes { start: $v, len: ($len)($c) } };
    (Label, $v:expr, $c:expr) => { Operand::Label($v) };
    (Const, $v:expr, $c:expr) => { Operand::Const($v) };
    (Const16, $v:expr, $c:expr) => { Operand::Const(u32::from($v)) };
    (OptConst, $v:expr, $c:expr) => { Operand::OptConst($v) };
    (Name, $v:expr, $c:expr) => { Operand::Name($v) };
    (Count, $v:expr, $c:expr) => { Operand::Count(u32::from($v)) };
    (Count8, $v:expr, $c:expr) => { Operand::Count(u32::from($v)) };
    (Flag, $v:expr, $c:expr) => { Operand::Flag($v) };
    (Conv, $v:expr, $c:expr) => { Operand::Conv($v) };
    (Bin, $v:expr, $c:expr) => { Operand::Bin($v) };
    (Cmp, $v:expr, $c:expr) => { Operand::Cmp($v) };
    (Un, $v:expr, $c:expr) => { Operand::Un($v) };
}

/// The callback that turns the table into the enum and its queries.
macro_rules! define_instrs {
    ($(
        $(#[$meta:meta])*
        $name:ident $({ $($field:ident : $kind:ident $(($($len:tt)*))?),* $(,)? })? = $flags:expr;
    )*) => {
        /// One register instruction (see the module docs for the operand kinds). Fields of
        /// kind `Dst`/`Writes` are written; the others are read or immediate.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[allow(missing_docs)]
        pub enum Instr {
            $(
                $(#[$meta])*
                $name $({ $($field: kind_ty!($kind)),* })?,
            )*
        }

        /// Every instruction's name, in table order.
        pub const NAMES: &[&str] = &[$(stringify!($name)),*];

        impl Instr {
            /// The instruction's name (`LoadConst`).
            pub const fn name(&self) -> &'static str {
                match self {
                    $(Instr::$name { .. } => stringify!($name),)*
                }
            }

            /// The instruction's [`flag`] bits.
            pub const fn flags(&self) -> Flags {
                use flag::*;
                match self {
                    $(Instr::$name { .. } => Flags($flags),)*
                }
            }

            /// Calls `f` with each field's name and typed operand, in table order.
            /// `consts` are the code object's constants (a span's length may depend on one).
            #[allow(unused_variables)]
            pub fn operands(&self, consts: &[Value], mut f: impl FnMut(&'static str, Operand)) {
                match *self {
                    $(
                        Instr::$name $({ $($field),* })? => {
                            $($(
                                f(stringify!($field), kind_operand!($kind, $field, consts $(, $($len)*)?));
                            )*)?
                        }
                    )*
                }
            }
        }
    };
}

for_each_instr!(define_instrs);

/// The length of the constant tuple `consts[idx]` (0 if it is not a tuple).
fn const_tuple_len(consts: &[Value], idx: u32) -> u32 {
    consts.get(idx as usize).and_then(crate::builtins::tuple::as_tuple).map_or(0, |t| t.len() as u32)
}

impl Instr {
    /// Calls `f` with every slot the instruction reads (absent optional operands skipped).
    pub fn for_each_read(&self, consts: &[Value], mut f: impl FnMut(Reg)) {
        self.operands(consts, |_, op| match op {
            Operand::Src(r) | Operand::Upd(r) => f(r),
            Operand::OptSrc(r) if r != NO_REG => f(r),
            Operand::Reads { start, len } => (0..len).for_each(|i| f(start + i as Reg)),
            _ => {}
        });
    }

    /// Calls `f` with every slot the instruction writes.
    pub fn for_each_write(&self, consts: &[Value], mut f: impl FnMut(Reg)) {
        self.operands(consts, |_, op| match op {
            Operand::Dst(r) | Operand::Upd(r) => f(r),
            Operand::Writes { start, len } => (0..len).for_each(|i| f(start + i as Reg)),
            _ => {}
        });
    }

    /// The branch target, for instructions with a `Label` operand.
    pub fn branch_target(&self) -> Option<u32> {
        let mut t = None;
        self.operands(&[], |_, op| {
            if let Operand::Label(l) = op {
                t = Some(l);
            }
        });
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// For each row, the BRANCH flag is set exactly when a field is a `Label`.
    macro_rules! check_branch_flags {
        ($(
            $(#[$meta:meta])*
            $name:ident $({ $($field:ident : $kind:ident $(($($len:tt)*))?),* $(,)? })? = $flags:expr;
        )*) => {{
            use flag::*;
            $(
                let has_label = false $($(|| stringify!($kind) == "Label")*)?;
                assert_eq!(($flags) & BRANCH != 0, has_label, "{}", stringify!($name));
            )*
        }};
    }

    #[test]
    fn names_are_unique_and_in_table_order() {
        let mut seen = std::collections::HashSet::new();
        assert!(NAMES.iter().all(|n| seen.insert(*n)));
        assert_eq!(Instr::LoadConst { dst: 0, idx: 0 }.name(), NAMES[0]);
        assert_eq!(Instr::CopyDictWithout { dst: 0, src: 1, keys: 2, count: 3 }.name(), *NAMES.last().expect("rows"));
    }

    #[test]
    fn operand_queries_follow_the_kinds() {
        let call = Instr::Call { dst: 3, func: 5, argc: 2, kwnames: u32::MAX, method: true };
        let mut reads = vec![];
        call.for_each_read(&[], |r| reads.push(r));
        assert_eq!(reads, vec![5, 6, 7, 8]);
        let mut writes = vec![];
        call.for_each_write(&[], |r| writes.push(r));
        assert_eq!(writes, vec![3]);
        let yf = Instr::YieldFrom { dst: 4, iter: 2 };
        let (mut r, mut w) = (vec![], vec![]);
        yf.for_each_read(&[], |s| r.push(s));
        yf.for_each_write(&[], |s| w.push(s));
        assert_eq!((r, w), (vec![4, 2], vec![4]));
        let raise = Instr::Raise { exc: 1, cause: NO_REG };
        let mut r = vec![];
        raise.for_each_read(&[], |s| r.push(s));
        assert_eq!(r, vec![1]);
        assert_eq!(Instr::ForIter { iter: 1, dst: 2, exit: 9 }.branch_target(), Some(9));
        assert_eq!(Instr::Move { dst: 1, src: 2 }.branch_target(), None);
    }

    #[test]
    fn flags_say_what_the_interpreter_does() {
        let back = Instr::JumpBack { target: 0, hot: 0 }.flags();
        assert!(back.has(flag::BRANCH | flag::BACK_EDGE | flag::NO_FALLTHROUGH));
        assert!(!Instr::Jump { target: 0 }.flags().has(flag::BACK_EDGE));
        assert!(!Instr::Move { dst: 0, src: 1 }.flags().has(flag::RAISES));
        assert!(Instr::Binary { op: BinOp::Add, dst: 0, a: 1, b: 2 }.flags().has(flag::RAISES | flag::RUNS_PY));
        // Every instruction with a Label operand says BRANCH, and only those.
        for_each_instr!(check_branch_flags);
    }

}
