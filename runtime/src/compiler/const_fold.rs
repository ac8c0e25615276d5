//! Constant folding: operators whose operands are all literals are computed at compile
//! time, as CPython's compiler does, so `x % (1 << 64)` in a loop costs one modulo and
//! not a shift too.
//!
//! The rules are CPython's, because folding is observable only through what it refuses:
//! a result that would be large (an int over 128 bits, a str or bytes over 4096 items, a
//! tuple over 256) is left to run time, so `'x' * 10**9` or `2 ** 10**6` in dead code
//! costs nothing at compile time; `%` on str and bytes is never folded (it is
//! formatting); an operation that raises (`1 / 0`) is left in place so the error
//! happens, with its traceback, when the line runs. Unary `-`, `+` and `~` fold on
//! numbers (not on bools: `~True` warns at run time in CPython).
//!
//! Folding is a pure function of the constants: it calls the interpreter-free arithmetic
//! each constant type's slots are built on (`int_binop_values`, `str_binop_values` ...),
//! never an interpreter, so the compiler needs no `Vm` and cannot run Python code.

use braid_parser::ast::{self, Expr, ExprKind, UnaryOp};

use super::code::{Instr, Reg};
use super::codegen::{CResult, FnBuilder};
use crate::builtins::int::{as_int, IntRef};
use crate::builtins::{bytes, complex, float, int, str};
use crate::error::PyResult;
use crate::object::{BinOp, Kind, UnaryOp as RtUnaryOp, Value};

/// Largest int (in bits) an operator may produce at compile time.
const MAX_INT_BITS: u64 = 128;
/// Largest str or bytes a `*` may produce at compile time.
const MAX_STR_SIZE: usize = 4096;
/// Largest tuple a `*` may produce at compile time.
const MAX_COLLECTION_SIZE: usize = 256;

impl FnBuilder<'_, '_> {
    /// The value of `e` if it is an operator expression on literals that CPython would
    /// fold; `None` leaves it to run time.
    pub(super) fn fold_constant(&mut self, e: &Expr) -> Option<Value> {
        let key = std::ptr::from_ref(e) as usize;
        if self.fold_failed.contains(&key) {
            return None;
        }
        let r = self.fold_constant_once(e);
        if r.is_none() {
            self.fold_failed.insert(key);
        }
        r
    }

    fn fold_constant_once(&mut self, e: &Expr) -> Option<Value> {
        match &e.kind {
            ExprKind::BinOp { left, op, right } => {
                let a = self.folded_operand(left)?;
                let b = self.folded_operand(right)?;
                let op = BinOp::ALL[*op as usize];
                if !safe_to_fold(op, &a, &b) {
                    return None;
                }
                fold_binary(op, &a, &b)
            }
            ExprKind::UnaryOp { op, operand } => {
                let v = self.folded_operand(operand)?;
                let op = match op {
                    UnaryOp::USub => RtUnaryOp::Neg,
                    UnaryOp::UAdd => RtUnaryOp::Pos,
                    UnaryOp::Invert => RtUnaryOp::Invert,
                    UnaryOp::Not => return None,
                };
                fold_unary(op, &v)
            }
            _ => None,
        }
    }

    /// Emits the load of a folded constant as the value of `e`.
    pub(super) fn load_folded(&mut self, e: &Expr, v: Value, dst: Option<Reg>) -> CResult<Reg> {
        let d = self.out(dst)?;
        let k = self.konst(None, v);
        self.set_loc(&e.loc);
        self.emit(Instr::LoadConst { dst: d, idx: k });
        Ok(d)
    }

    fn folded_operand(&mut self, e: &Expr) -> Option<Value> {
        match &e.kind {
            ExprKind::Constant { value, .. } => match value {
                ast::Constant::Int(_) | ast::Constant::Float(_) | ast::Constant::Complex { .. } => Some(self.const_value(value).1),
                ast::Constant::Str(s) if s.as_str().is_some() => Some(self.const_value(value).1),
                ast::Constant::Bytes(_) => Some(self.const_value(value).1),
                _ => None,
            },
            ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => self.fold_constant(e),
            _ => None,
        }
    }
}

/// An operator's pure arithmetic on one constant type.
type PureBinOp = fn(BinOp, &Value, &Value) -> PyResult<Option<Value>>;

/// The interpreter-free half of each constant type's binary-operator slot: the same
/// function the slot calls, minus `%` on str and bytes (formatting, never folded).
fn pure_binop(v: &Value) -> Option<PureBinOp> {
    Some(match v.ty().body.kind {
        Kind::Int => int::int_binop_values,
        Kind::Float => float::float_binop_values,
        Kind::Complex => complex::complex_binop_values,
        Kind::Str => str::str_binop_values,
        Kind::Bytes => bytes::bytes_like_binop_values,
        _ => return None,
    })
}

/// `a op b` on two constants, dispatched as `ops::binary` does (the left operand's type,
/// then the right's when it differs) but through [`pure_binop`], so folding needs no
/// interpreter. `None` when the operation raises or neither type defines it: the
/// instruction is then left to run, and raise, at run time.
fn fold_binary(op: BinOp, a: &Value, b: &Value) -> Option<Value> {
    let (ta, tb) = (a.ty(), b.ty());
    if let Some(r) = pure_binop(a)?(op, a, b).ok()? {
        return Some(r);
    }
    if std::ptr::eq(ta, tb) {
        return None;
    }
    pure_binop(b)?(op, a, b).ok()?
}

/// `-v`, `+v`, `~v` on a numeric constant (not on str or bytes, which do not define them).
fn fold_unary(op: RtUnaryOp, v: &Value) -> Option<Value> {
    match v.ty().body.kind {
        Kind::Int => as_int(v).map(|i| int::int_unary_op(op, &i)),
        Kind::Float => float::float_unary_values(op, v).ok()?,
        Kind::Complex => complex::complex_unary_values(op, v).ok()?,
        _ => None,
    }
}

/// CPython's size guards: whether computing `a op b` now is cheap and small.
fn safe_to_fold(op: BinOp, a: &Value, b: &Value) -> bool {
    match op {
        BinOp::Mul => safe_multiply(a, b),
        BinOp::Pow => match (as_int(a), as_int(b)) {
            (Some(x), Some(y)) if !y.is_negative() => {
                let (bits, exp) = (int_bits(&x), y.to_i64().map_or(u64::MAX, |e| e as u64));
                bits == 0 || exp == 0 || bits.saturating_mul(exp) <= MAX_INT_BITS
            }
            _ => true,
        },
        BinOp::LShift => match (as_int(a), as_int(b)) {
            (Some(x), Some(y)) if !y.is_negative() => {
                let shift = y.to_i64().map_or(u64::MAX, |s| s as u64);
                let bits = int_bits(&x);
                bits == 0 || (shift <= MAX_INT_BITS && bits <= MAX_INT_BITS - shift)
            }
            _ => true,
        },
        BinOp::Mod => !is_text(a),
        _ => true,
    }
}

fn safe_multiply(a: &Value, b: &Value) -> bool {
    if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
        let (bx, by) = (int_bits(&x), int_bits(&y));
        return bx == 0 || by == 0 || bx + by <= MAX_INT_BITS;
    }
    let (count, seq) = match (as_int(a), as_int(b)) {
        (Some(n), None) => (n, b),
        (None, Some(n)) => (n, a),
        _ => return true,
    };
    let size = seq_len(seq);
    if size == 0 {
        return true;
    }
    let limit = if is_text(seq) { MAX_STR_SIZE } else { MAX_COLLECTION_SIZE };
    count.to_i64().is_some_and(|n| n >= 0 && (n as usize) <= limit / size)
}

fn is_text(v: &Value) -> bool {
    !v.is_small_int() && matches!(v.ty().body.kind, Kind::Str | Kind::Bytes)
}

fn seq_len(v: &Value) -> usize {
    if let Some(s) = str::as_str_data(v) {
        return s.char_len();
    }
    if let Some(b) = bytes::as_bytes(v) {
        return b.len();
    }
    crate::builtins::tuple::as_tuple(v).map_or(0, <[Value]>::len)
}

fn int_bits(i: &IntRef) -> u64 {
    match i {
        IntRef::Small(x) => 64 - x.unsigned_abs().leading_zeros() as u64,
        IntRef::Big(b) => crate::numeric::bigint::bit_length(b),
    }
}
