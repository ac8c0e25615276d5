//! `braid --dis FILE`: a readable, stable listing of every code object.
//!
//! The text is built from the instruction table ([`super::instr_table`]): the mnemonic
//! is the instruction's name in upper snake case and each operand prints by its kind,
//! so a new instruction is listed correctly without touching this file. The form is
//! stable on purpose (the bytecode snapshot tests in `tests/dis/` compare it byte for
//! byte), so it prints no addresses and nothing that depends on the machine:
//!
//! ```text
//! code f (line 1)
//!   args 1, posonly 0, kwonly 0, slots 4
//!   locals: r0 n
//!  line    pc
//!     2       0  COMPARE_K_JUMP_IF_FALSE  <, r0:n, 2, ->3
//!     3       1  LOAD_CONST               r1, 1
//!             2  RETURN                   r1
//!     4 >>    3  ...
//! ```
//!
//! Columns: the source line (printed when it changes), `>>` on a jump target, the pc,
//! the mnemonic, the operands. Slots print as `r3`, with the variable's name for named
//! slots (`r0:n`); spans of consecutive slots as `r3..r5` (end excluded); jump targets as
//! `->pc`; constants by their `repr` (code objects as `<code qualname>`), names bare;
//! counts as `count=2`; switches by their field name when set. Nested code objects
//! follow their parent, depth first, in constant order.
//!
//! Constants are the compiler's own kinds (None, bools, `...`, numbers, strs, bytes and
//! tuples and frozensets of those), so their reprs are computed here from the pure
//! functions the types' `repr` slots use: listing code needs no interpreter.

use std::fmt::Write;

use super::code::{as_code, CodeData, Reg, NO_REG};
use super::instr_table::Operand;
use crate::builtins::{bytes, complex, float, int, set, str, tuple};
use crate::object::{BinOp, Kind, UnaryOp, Value};

/// Longest constant repr printed in full; longer ones are cut with `...`.
const MAX_CONST_REPR: usize = 48;

/// Disassembles `code` and its nested code objects.
pub fn disassemble(code: &Value) -> String {
    let mut out = String::new();
    let mut stack = vec![code.clone()];
    let mut first = true;
    while let Some(c) = stack.pop() {
        let Some(cd) = as_code(&c) else { continue };
        if !first {
            out.push('\n');
        }
        first = false;
        dis_one(cd, &mut out);
        for k in cd.consts.iter().rev() {
            if as_code(k).is_some() {
                stack.push(k.clone());
            }
        }
    }
    out
}

/// `LoadConst` -> `LOAD_CONST`.
pub fn mnemonic(name: &str) -> String {
    let mut m = String::with_capacity(name.len() + 4);
    for (i, ch) in name.chars().enumerate() {
        if ch.is_ascii_uppercase() && i > 0 {
            m.push('_');
        }
        m.push(ch.to_ascii_uppercase());
    }
    m
}

fn dis_one(c: &CodeData, out: &mut String) {
    let mut flags = String::new();
    for (on, name) in [(c.flags.generator, "generator"), (c.flags.varargs, "varargs"), (c.flags.varkw, "varkw")] {
        if on {
            let _ = write!(flags, ", {name}");
        }
    }
    let _ = writeln!(out, "code {} (line {}{flags})", c.qualname, c.firstlineno);
    let _ = writeln!(out, "  args {}, posonly {}, kwonly {}, slots {}", c.argcount, c.posonlyargcount, c.kwonlyargcount, c.nslots);
    let named = |label: &str, first: usize, names: &[String], out: &mut String| {
        if !names.is_empty() {
            let list: Vec<String> = names.iter().enumerate().map(|(i, n)| format!("r{} {n}", first + i)).collect();
            let _ = writeln!(out, "  {label}: {}", list.join(", "));
        }
    };
    named("locals", 0, &c.varnames, out);
    named("cells", c.varnames.len(), &c.cellnames, out);
    if !c.freenames.is_empty() {
        let list: Vec<String> = c.freenames.iter().zip(&c.free_slots).map(|(n, s)| format!("r{s} {n}")).collect();
        let _ = writeln!(out, "  free: {}", list.join(", "));
    }
    let mut targets = vec![false; c.instrs.len() + 1];
    for ins in &c.instrs {
        if let Some(t) = ins.branch_target() {
            if let Some(slot) = targets.get_mut(t as usize) {
                *slot = true;
            }
        }
    }
    for e in &c.exc_table {
        if let Some(slot) = targets.get_mut(e.handler as usize) {
            *slot = true;
        }
    }
    let _ = writeln!(out, " line    pc");
    let mut last_line = None;
    for (pc, ins) in c.instrs.iter().enumerate() {
        let line = c.locs.get(pc).map_or(0, |l| l.line);
        let line_col = if last_line != Some(line) { format!("{line:>5}") } else { String::new() };
        last_line = Some(line);
        let mark = if targets[pc] { ">>" } else { "" };
        let mut ops: Vec<String> = Vec::new();
        ins.operands(&c.consts, |field, op| {
            if let Some(text) = operand_text(c, field, op) {
                ops.push(text);
            }
        });
        let text = format!("{line_col:<5} {mark:<2} {pc:>4}  {:<24} {}", mnemonic(ins.name()), ops.join(", "));
        let _ = writeln!(out, "{}", text.trim_end());
    }
    if !c.exc_table.is_empty() {
        let _ = writeln!(out, "  exception table:");
        for e in &c.exc_table {
            let _ = writeln!(out, "    {}..{} -> {}, exc r{}", e.start, e.end, e.handler, e.exc);
        }
    }
}

/// A slot, with its variable name when it has one.
fn slot_text(c: &CodeData, r: Reg) -> String {
    match c.slot_name(r) {
        "?" => format!("r{r}"),
        name => format!("r{r}:{name}"),
    }
}

/// The text of one operand (None for a switch that is off, "no conversion" or an
/// absent constant).
fn operand_text(c: &CodeData, field: &str, op: Operand) -> Option<String> {
    Some(match op {
        Operand::Dst(r) | Operand::Src(r) | Operand::Upd(r) => slot_text(c, r),
        Operand::OptSrc(r) if r == NO_REG => "-".to_string(),
        Operand::OptSrc(r) => slot_text(c, r),
        Operand::Reads { start, len } | Operand::Writes { start, len } => format!("r{start}..r{}", u32::from(start) + len),
        Operand::Label(t) => format!("->{t}"),
        Operand::Const(i) => const_text(c, i),
        Operand::OptConst(i) if i == u32::MAX => return None,
        Operand::OptConst(i) => const_text(c, i),
        Operand::Name(i) => c.names.get(i as usize).and_then(crate::builtins::str::as_str).unwrap_or("?").to_string(),
        Operand::Count(n) => format!("{field}={n}"),
        Operand::Flag(true) => field.to_string(),
        Operand::Flag(false) => return None,
        Operand::Conv(0) => return None,
        Operand::Conv(k) => ["!s", "!r", "!a"].get(usize::from(k) - 1).copied().unwrap_or("!?").to_string(),
        Operand::Bin(BinOp::Pow) => "**".to_string(),
        Operand::Bin(b) => b.symbol().to_string(),
        Operand::Cmp(o) => o.symbol().to_string(),
        Operand::Un(u) => match u {
            UnaryOp::Neg => "-",
            UnaryOp::Pos => "+",
            UnaryOp::Invert => "~",
        }
        .to_string(),
    })
}

/// A constant by its repr (cut when long), a code object by its qualified name.
fn const_text(c: &CodeData, i: u32) -> String {
    let Some(k) = c.consts.get(i as usize) else { return format!("<const {i}?>") };
    if let Some(code) = as_code(k) {
        return format!("<code {}>", code.qualname);
    }
    let r = constant_repr(k).unwrap_or_else(|| "<repr failed>".to_string());
    if r.chars().count() > MAX_CONST_REPR {
        let cut: String = r.chars().take(MAX_CONST_REPR).collect();
        format!("{cut}...")
    } else {
        r
    }
}

/// `repr(k)` for a constant, as the type's `repr` slot prints it (`None` where that slot
/// would raise: an int over the digit limit). Kinds the compiler never stores as a
/// constant print as `<type object>`.
fn constant_repr(k: &Value) -> Option<String> {
    if k.is_small_int() {
        return int::as_int(k).and_then(|i| int::int_to_decimal(&i).ok());
    }
    Some(match k.ty().body.kind {
        Kind::None => "None".to_string(),
        Kind::Ellipsis => "Ellipsis".to_string(),
        Kind::Bool => if crate::builtins::singletons::as_bool(k) == Some(true) { "True" } else { "False" }.to_string(),
        Kind::Int => return int::as_int(k).and_then(|i| int::int_to_decimal(&i).ok()),
        Kind::Float => float::float_repr(float::as_float(k)?),
        Kind::Complex => complex::as_complex(k)?.repr(),
        Kind::Str => str::repr_str_data(str::as_str_data(k)?),
        Kind::Bytes => crate::text::repr::bytes_repr(bytes::as_bytes_object(k)?),
        Kind::Tuple => {
            let items = tuple::as_tuple(k)?;
            let parts = items.iter().map(constant_repr).collect::<Option<Vec<_>>>()?;
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Kind::FrozenSet => {
            let items = set::as_set(k)?.items();
            if items.is_empty() {
                return Some("frozenset()".to_string());
            }
            let parts = items.iter().map(constant_repr).collect::<Option<Vec<_>>>()?;
            format!("frozenset({{{}}})", parts.join(", "))
        }
        _ => format!("<{} object>", k.ty().body.name),
    })
}
