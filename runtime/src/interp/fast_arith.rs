//! The fast-path arithmetic and comparison rules, in one place.
//!
//! The dispatch loop tries these before the general protocol in `crate::ops`, and the
//! tracing JIT will compile the same rules into guarded machine code, so they live here,
//! apart from both: one definition of "what an `Add` of two small ints does without
//! calling out", which the interpreter and the compiled trace cannot disagree about.
//!
//! Every function answers `None` when the operands or the result leave the fast case
//! (an overflow, a zero divisor, a type it does not know): the caller then runs the full
//! operator, which gives the same answer CPython gives (a big int, an exception, a
//! dunder method). A `Some` is always exactly what the full operator would return.
//!
//! The cases:
//! * small int `+ - * // % << >> | ^ &` (`//` and `%` for a positive divisor only, where
//!   Euclidean and floor division agree);
//! * float `+ - * /` (a zero divisor raises in the slow path), with a small-int operand on
//!   either side converted to float;
//! * comparisons of two small ints, two floats, or a small int and a float when the int
//!   converts to float exactly (|i| <= 2**53);
//! * truth of bools and small ints.

use crate::builtins::float::{as_exact_float, compare_floats, new_float};
use crate::builtins::int::new_int;
use crate::builtins::singletons::as_bool;
use crate::object::{BinOp, CompareOp, Value};

/// The largest magnitude of an integer every float can represent exactly.
const EXACT_F64_INT: i64 = 1 << 53;

/// `x op y` for two small ints, if the result is computed without a big int.
#[inline(always)]
pub fn small_int_binop(op: BinOp, x: i64, y: i64) -> Option<i64> {
    match op {
        BinOp::Add => x.checked_add(y),
        BinOp::Sub => x.checked_sub(y),
        BinOp::Mul => x.checked_mul(y),
        BinOp::Mod if y > 0 => Some(x.rem_euclid(y)),
        BinOp::FloorDiv if y > 0 => Some(x.div_euclid(y)),
        BinOp::LShift if (0..64).contains(&y) => {
            let r = x << y;
            (r >> y == x).then_some(r)
        }
        BinOp::RShift if y >= 0 => Some(x >> y.min(63)),
        BinOp::Or => Some(x | y),
        BinOp::Xor => Some(x ^ y),
        BinOp::And => Some(x & y),
        _ => None,
    }
}

/// `x op y` for two floats, for the operators whose float result needs no check.
#[inline(always)]
pub fn float_binop(op: BinOp, x: f64, y: f64) -> Option<f64> {
    match op {
        BinOp::Add => Some(x + y),
        BinOp::Sub => Some(x - y),
        BinOp::Mul => Some(x * y),
        BinOp::TrueDiv if y != 0.0 => Some(x / y),
        _ => None,
    }
}

/// `a op b` (also the in-place forms: ints and floats are immutable) when both operands
/// are small ints or floats and the result stays in the fast case.
#[inline(always)]
pub fn binary(op: BinOp, a: &Value, b: &Value) -> Option<Value> {
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        return small_int_binop(op, x, y).map(new_int);
    }
    let (x, y) = match (as_exact_float(a), as_exact_float(b)) {
        (Some(x), Some(y)) => (x, y),
        (Some(x), None) => (x, b.as_small_int()? as f64),
        (None, Some(y)) => (a.as_small_int()? as f64, y),
        _ => return None,
    };
    float_binop(op, x, y).map(new_float)
}

/// A small int as a float, when the conversion is exact.
#[inline(always)]
fn exact_float_of(v: &Value) -> Option<f64> {
    let i = v.as_small_int()?;
    (-EXACT_F64_INT..=EXACT_F64_INT).contains(&i).then_some(i as f64)
}

/// `a op b` for small ints and floats.
#[inline(always)]
pub fn compare(op: CompareOp, a: &Value, b: &Value) -> Option<bool> {
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        return Some(op.test(x.cmp(&y)));
    }
    let (x, y) = match (as_exact_float(a), as_exact_float(b)) {
        (Some(x), Some(y)) => (x, y),
        (Some(x), None) => (x, exact_float_of(b)?),
        (None, Some(y)) => (exact_float_of(a)?, y),
        _ => return None,
    };
    Some(compare_floats(x, y, op))
}

/// The truth of a bool or a small int.
#[inline(always)]
pub fn truth(v: &Value) -> Option<bool> {
    if let Some(b) = as_bool(v) {
        return Some(b);
    }
    v.as_small_int().map(|i| i != 0)
}

/// `-x` for a small int (None for the one value whose negation overflows i64).
#[inline(always)]
pub fn negate(x: i64) -> Option<i64> {
    x.checked_neg()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_int_rules_match_python() {
        assert_eq!(small_int_binop(BinOp::FloorDiv, -7, 2), Some(-4));
        assert_eq!(small_int_binop(BinOp::Mod, -7, 2), Some(1));
        assert_eq!(small_int_binop(BinOp::Mod, 7, -2), None);
        assert_eq!(small_int_binop(BinOp::FloorDiv, 7, 0), None);
        assert_eq!(small_int_binop(BinOp::LShift, -5, 2), Some(-20));
        assert_eq!(small_int_binop(BinOp::LShift, 1, 63), None);
        assert_eq!(small_int_binop(BinOp::LShift, 1, -1), None);
        assert_eq!(small_int_binop(BinOp::RShift, -1, 200), Some(-1));
        assert_eq!(small_int_binop(BinOp::RShift, 5, 200), Some(0));
        assert_eq!(small_int_binop(BinOp::Add, i64::MAX, 1), None);
        assert_eq!(small_int_binop(BinOp::Pow, 2, 2), None);
    }

    #[test]
    fn mixed_comparisons_are_exact_or_declined() {
        let big = new_int((1 << 53) + 1);
        let f = new_float(9007199254740992.0);
        // 2**53 + 1 != 2**53 exactly; the float conversion would say equal, so decline.
        assert_eq!(compare(CompareOp::Eq, &big, &f), None);
        assert_eq!(compare(CompareOp::Lt, &new_int(1), &new_float(1.5)), Some(true));
        assert_eq!(compare(CompareOp::Ne, &new_float(f64::NAN), &new_int(0)), Some(true));
        assert_eq!(compare(CompareOp::Eq, &new_float(f64::NAN), &new_int(0)), Some(false));
    }
}
