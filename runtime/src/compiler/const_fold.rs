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

use braid_parser::ast::{self, Expr, ExprKind, UnaryOp};

use super::code::{Instr, Reg};
use super::codegen::{CResult, FnBuilder};
use crate::builtins::int::{as_int, IntRef};
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
        match &e.kind {
            ExprKind::BinOp { left, op, right } => {
                let a = self.folded_operand(left)?;
                let b = self.folded_operand(right)?;
                let op = BinOp::ALL[*op as usize];
                if !safe_to_fold(op, &a, &b) {
                    return None;
                }
                let mut vm = crate::interp::Vm::scratch();
                crate::ops::binary(&mut vm, op, &a, &b).ok()
            }
            ExprKind::UnaryOp { op, operand } => {
                let v = self.folded_operand(operand)?;
                let number = !v.is_small_int() && matches!(v.ty().body.kind, Kind::Int | Kind::Float | Kind::Complex)
                    || v.is_small_int();
                let op = match op {
                    UnaryOp::USub => RtUnaryOp::Neg,
                    UnaryOp::UAdd => RtUnaryOp::Pos,
                    UnaryOp::Invert => RtUnaryOp::Invert,
                    UnaryOp::Not => return None,
                };
                if !number {
                    return None;
                }
                let mut vm = crate::interp::Vm::scratch();
                crate::ops::unary(&mut vm, op, &v).ok()
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
    if let Some(s) = crate::builtins::str::as_str_data(v) {
        return s.char_len();
    }
    if let Some(b) = crate::builtins::bytes::as_bytes(v) {
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
