//! `int`: arbitrary precision with an inline fast path.
//!
//! Ints that fit in 63 bits live in the value word itself (see `object::value`); larger
//! ones are `Obj<BigInt>` (num-bigint). Every result goes through [`new_bigint`], which
//! turns it back into a small int when it fits, so "small ints are always inline" holds
//! and equality of small ints is a word compare. The interpreter does the small-int cases
//! of `+ - * < ...` inline in the opcode; this file is the general path. The arithmetic
//! rules themselves (floor signs, correctly rounded true division, `pow`, shifts, text
//! conversions) are in `crate::numeric`; this file unpacks values and repacks results.
//!
//! The int/str digit limit (`sys.set_int_max_str_digits`) is process-wide state here
//! ([`max_str_digits`]): braid runs one interpreter per process.

use std::sync::atomic::{AtomicUsize, Ordering as AtomicOrdering};

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive, Zero};

use crate::builtin_type;
use crate::builtins::float::{as_float, new_float};
use crate::builtins::singletons::{as_bool, py_bool};
use crate::builtins::str::{as_str, new_str, new_str_owned};
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::numeric::bigint::{self, IntPow};
use crate::numeric::int_text;
use crate::object::{BinOp, CompareOp, Kind, Slots, TypeObject, UnaryOp, Value};

builtin_type!(
    INT_TYPE,
    "int",
    Kind::Int,
    BigInt,
    Some(&crate::builtins::type_::OBJECT_TYPE),
    Slots {
        repr: Some(int_repr),
        hash: Some(int_hash),
        compare: Some(int_compare),
        binop: Some(int_binop_slot),
        unary: Some(int_unary),
        truth: Some(int_truth),
        getattr: Some(crate::builtins::int_methods::int_getattr),
        new: Some(int_new),
        ..Slots::EMPTY
    },
    crate::builtins::int_methods::INT_METHODS
);

/// Default `sys.get_int_max_str_digits()` (the live value is [`max_str_digits`]).
pub const MAX_STR_DIGITS: usize = int_text::DEFAULT_MAX_STR_DIGITS;

static LIVE_MAX_STR_DIGITS: AtomicUsize = AtomicUsize::new(MAX_STR_DIGITS);

/// The current int/str digit limit (0 = unlimited).
pub fn max_str_digits() -> usize {
    LIVE_MAX_STR_DIGITS.load(AtomicOrdering::Relaxed)
}

/// `sys.set_int_max_str_digits(n)`: validates and installs the limit.
pub fn set_max_str_digits(n: i64) -> PyResult<()> {
    let limit = int_text::check_max_str_digits(n)?;
    LIVE_MAX_STR_DIGITS.store(limit, AtomicOrdering::Relaxed);
    braid_parser::set_int_max_str_digits(limit);
    Ok(())
}

/// A borrowed view of an int (or bool) value.
pub enum IntRef<'a> {
    /// Fits in a machine word.
    Small(i64),
    /// Heap big int (never in small range).
    Big(&'a BigInt),
}

impl IntRef<'_> {
    /// As an owned BigInt.
    pub fn to_big(&self) -> BigInt {
        match self {
            IntRef::Small(i) => BigInt::from(*i),
            IntRef::Big(b) => (*b).clone(),
        }
    }
    /// As i128 if it fits.
    #[inline]
    pub fn to_i128(&self) -> Option<i128> {
        match self {
            IntRef::Small(i) => Some(i128::from(*i)),
            IntRef::Big(b) => b.to_i128(),
        }
    }
    /// As i64 if it fits.
    pub fn to_i64(&self) -> Option<i64> {
        match self {
            IntRef::Small(i) => Some(*i),
            IntRef::Big(b) => b.to_i64(),
        }
    }
    /// `float(n)`, correctly rounded, with CPython's overflow error.
    pub fn to_f64(&self) -> PyResult<f64> {
        match self {
            IntRef::Small(i) if i.unsigned_abs() <= (1 << 53) => Ok(*i as f64),
            IntRef::Small(i) => Ok(bigint::int_to_f64(&BigInt::from(*i))?),
            IntRef::Big(b) => Ok(bigint::int_to_f64(b)?),
        }
    }
    /// True for negative values.
    pub fn is_negative(&self) -> bool {
        match self {
            IntRef::Small(i) => *i < 0,
            IntRef::Big(b) => b.is_negative(),
        }
    }
}

/// An int value.
#[inline]
pub fn new_int(i: i64) -> Value {
    match Value::try_small_int(i) {
        Some(v) => v,
        None => crate::object::alloc(&INT_TYPE, BigInt::from(i)),
    }
}

/// An int value from a BigInt (normalised to the inline form when it fits).
pub fn new_bigint(b: BigInt) -> Value {
    if let Some(v) = b.to_i64().and_then(Value::try_small_int) {
        return v;
    }
    crate::object::alloc(&INT_TYPE, b)
}

/// Views `v` as an int if it is an int or a bool.
#[inline]
pub fn as_int(v: &Value) -> Option<IntRef<'_>> {
    if let Some(i) = v.as_small_int() {
        return Some(IntRef::Small(i));
    }
    match v.ty().body.kind {
        // SAFETY: Kind::Int objects are Obj<BigInt>.
        Kind::Int => Some(IntRef::Big(unsafe { v.body_unchecked::<BigInt>() })),
        Kind::Bool => Some(IntRef::Small(i64::from(as_bool(v) == Some(true)))),
        _ if v.ty().body.state.solid_kind() == Some(Kind::Int) => Some(subclass_int(v)),
        _ => None,
    }
}

/// The value of an int subclass instance (always a boxed BigInt), in the small form
/// when it fits so that no code sees a "big" int that fits a word.
#[cold]
fn subclass_int(v: &Value) -> IntRef<'_> {
    // SAFETY: int subclass instances start with an Obj<BigInt> (`builtin_layout.rs`).
    let b = unsafe { v.body_unchecked::<BigInt>() };
    match b.to_i64() {
        Some(i) if Value::try_small_int(i).is_some() => IntRef::Small(i),
        _ => IntRef::Big(b),
    }
}

/// `v` as an int if it is exactly an int or a bool (not an instance of an int
/// subclass, whose methods may differ): for fast paths that skip the type's slots.
#[inline]
pub fn as_exact_int(v: &Value) -> Option<IntRef<'_>> {
    if let Some(i) = v.as_small_int() {
        return Some(IntRef::Small(i));
    }
    match v.ty().body.kind {
        // SAFETY: Kind::Int objects are Obj<BigInt>.
        Kind::Int => Some(IntRef::Big(unsafe { v.body_unchecked::<BigInt>() })),
        Kind::Bool => Some(IntRef::Small(i64::from(as_bool(v) == Some(true)))),
        _ => None,
    }
}

/// The TypeError for a non-int where an integer is required.
pub fn not_an_integer(v: &Value) -> PyErr {
    PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", v.ty().body.name))
}

/// An index-like int as i64, with CPython's TypeError for non-ints.
pub fn index_i64(v: &Value) -> PyResult<i64> {
    match as_int(v) {
        Some(i) => i.to_i64().ok_or_else(|| {
            PyErr::new(&crate::builtins::exceptions::INDEX_ERROR, "cannot fit 'int' into an index-sized integer")
        }),
        None => Err(not_an_integer(v)),
    }
}

/// An int argument as an owned BigInt (`operator.index` semantics for built-in ints).
pub fn index_big(v: &Value) -> PyResult<BigInt> {
    as_int(v).map(|i| i.to_big()).ok_or_else(|| not_an_integer(v))
}

/// CPython's hash of an integer.
pub fn hash_int(i: &IntRef<'_>) -> i64 {
    match i {
        IntRef::Small(i) => crate::numeric::hash::hash_i64(*i),
        IntRef::Big(b) => crate::numeric::hash::hash_bigint(b),
    }
}

fn int_hash(_vm: &mut Vm, v: &Value) -> PyResult<i64> {
    Ok(as_int(v).map_or(0, |i| hash_int(&i)))
}

/// Decimal string of an int, enforcing the current digit limit.
pub fn int_to_decimal(i: &IntRef<'_>) -> PyResult<String> {
    match i {
        IntRef::Small(i) => Ok(i.to_string()),
        IntRef::Big(b) => Ok(int_text::to_decimal_string(b, max_str_digits())?),
    }
}

fn int_repr(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let i = as_int(v).ok_or_else(|| PyErr::type_error("expected int"))?;
    Ok(new_str_owned(int_to_decimal(&i)?.into()))
}

fn int_truth(_vm: &mut Vm, v: &Value) -> PyResult<bool> {
    Ok(match as_int(v) {
        Some(IntRef::Small(i)) => i != 0,
        Some(IntRef::Big(b)) => !b.is_zero(),
        None => true,
    })
}

/// Compares two ints.
pub fn int_cmp(a: &IntRef<'_>, b: &IntRef<'_>) -> std::cmp::Ordering {
    match (a, b) {
        (IntRef::Small(x), IntRef::Small(y)) => x.cmp(y),
        (IntRef::Big(x), IntRef::Big(y)) => x.cmp(y),
        _ => a.to_big().cmp(&b.to_big()),
    }
}

fn int_compare(_vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Option<Value>> {
    let Some(x) = as_int(a) else { return Ok(None) };
    if let Some(y) = as_int(b) {
        return Ok(Some(py_bool(op.test(int_cmp(&x, &y)))));
    }
    // int vs float: float's slot answers (exactly), as in CPython where
    // `(3).__eq__(3.0)` is NotImplemented.
    Ok(None)
}

/// The general int (x) int path for every binary operator.
pub fn int_binop(op: BinOp, a: &IntRef<'_>, b: &IntRef<'_>) -> PyResult<Value> {
    if let (IntRef::Small(x), IntRef::Small(y)) = (a, b) {
        let (x, y) = (*x, *y);
        let fast = match op {
            BinOp::Add => x.checked_add(y),
            BinOp::Sub => x.checked_sub(y),
            BinOp::Mul => x.checked_mul(y),
            BinOp::FloorDiv | BinOp::Mod if y == 0 => return Err(PyErr::zero_division()),
            BinOp::FloorDiv => bigint::floor_div_i64(x, y),
            BinOp::Mod => bigint::floor_mod_i64(x, y),
            BinOp::TrueDiv if y == 0 => return Err(PyErr::zero_division()),
            BinOp::TrueDiv if x.unsigned_abs() <= (1 << 53) && y.unsigned_abs() <= (1 << 53) => {
                return Ok(new_float(x as f64 / y as f64));
            }
            BinOp::And => Some(x & y),
            BinOp::Or => Some(x | y),
            BinOp::Xor => Some(x ^ y),
            BinOp::LShift if (0..63).contains(&y) => x.checked_mul(1i64 << y).filter(|r| r >> y == x),
            BinOp::RShift if y >= 0 => Some(x >> y.min(63)),
            BinOp::Pow if (0..64).contains(&y) => x.checked_pow(y as u32),
            _ => None,
        };
        if let Some(r) = fast {
            return Ok(new_int(r));
        }
    }
    if let (Some(x), Some(y)) = (a.to_i128(), b.to_i128()) {
        if let Some(r) = i128_binop(op, x, y) {
            return Ok(new_int_i128(r));
        }
    }
    let x = a.to_big();
    let y = b.to_big();
    Ok(match op {
        BinOp::Add => new_bigint(x + y),
        BinOp::Sub => new_bigint(x - y),
        BinOp::Mul => new_bigint(x * y),
        BinOp::FloorDiv => new_bigint(bigint::floor_div(&x, &y)?),
        BinOp::Mod => new_bigint(bigint::floor_mod(&x, &y)?),
        BinOp::TrueDiv => new_float(bigint::true_div(&x, &y)?),
        BinOp::Pow => match bigint::pow(&x, &y)? {
            IntPow::Int(r) => new_bigint(r),
            IntPow::Float(f) => new_float(f),
        },
        BinOp::And => new_bigint(x & y),
        BinOp::Or => new_bigint(x | y),
        BinOp::Xor => new_bigint(x ^ y),
        BinOp::LShift => new_bigint(bigint::shl(&x, &y)?),
        BinOp::RShift => new_bigint(bigint::shr(&x, &y)?),
        BinOp::MatMul => {
            return Err(PyErr::type_error("unsupported operand type(s) for @: 'int' and 'int'"));
        }
    })
}

/// The middle tier of int arithmetic: operands and result within 128 bits (products of
/// two word-sized ints, 64-bit hashes and LCGs) are computed on machine words instead of
/// by the arbitrary-precision routines, which allocate. `None` when the result does not
/// fit (or for the operators left to the general path).
fn i128_binop(op: BinOp, x: i128, y: i128) -> Option<i128> {
    match op {
        BinOp::Add => x.checked_add(y),
        BinOp::Sub => x.checked_sub(y),
        BinOp::Mul => x.checked_mul(y),
        BinOp::FloorDiv if y != 0 => {
            let q = x.checked_div(y)?;
            Some(if x % y != 0 && ((x < 0) != (y < 0)) { q - 1 } else { q })
        }
        BinOp::Mod if y != 0 => {
            let r = x.checked_rem(y)?;
            Some(if r != 0 && ((r < 0) != (y < 0)) { r + y } else { r })
        }
        BinOp::And => Some(x & y),
        BinOp::Or => Some(x | y),
        BinOp::Xor => Some(x ^ y),
        BinOp::RShift if y >= 0 => Some(x >> y.min(127)),
        BinOp::LShift if (0..127).contains(&y) => {
            let r = x.checked_shl(y as u32)?;
            (r >> y == x).then_some(r)
        }
        _ => None,
    }
}

/// An int value from an i128.
fn new_int_i128(r: i128) -> Value {
    match i64::try_from(r) {
        Ok(small) => new_int(small),
        Err(_) => new_bigint(BigInt::from(r)),
    }
}

/// `divmod(a, b)` for ints.
pub fn int_divmod(a: &IntRef<'_>, b: &IntRef<'_>) -> PyResult<(Value, Value)> {
    if let (IntRef::Small(x), IntRef::Small(y)) = (a, b) {
        if *y == 0 {
            return Err(PyErr::zero_division());
        }
        if let (Some(q), Some(r)) = (bigint::floor_div_i64(*x, *y), bigint::floor_mod_i64(*x, *y)) {
            return Ok((new_int(q), new_int(r)));
        }
    }
    let (q, r) = bigint::divmod(&a.to_big(), &b.to_big())?;
    Ok((new_bigint(q), new_bigint(r)))
}

/// `pow(a, b, m)` for ints.
pub fn int_pow_mod(a: &IntRef<'_>, b: &IntRef<'_>, m: &IntRef<'_>) -> PyResult<Value> {
    Ok(new_bigint(bigint::pow_mod(&a.to_big(), &b.to_big(), &m.to_big())?))
}

fn int_binop_slot(_vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    int_binop_values(op, a, b)
}

/// int's binary-operator slot without the interpreter (the compiler folds constants with
/// it): `Ok(None)` unless both operands are ints.
pub fn int_binop_values(op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    match (as_int(a), as_int(b)) {
        // No int defines `@`: the generic error names both operand types (bool included).
        (Some(_), Some(_)) if op == BinOp::MatMul => Ok(None),
        (Some(x), Some(y)) => int_binop(op, &x, &y).map(Some),
        _ => Ok(None),
    }
}

/// `-n`, `+n`, `~n` (bools included: they are ints here).
pub fn int_unary_op(op: UnaryOp, i: &IntRef<'_>) -> Value {
    match (op, i) {
        (UnaryOp::Neg, IntRef::Small(x)) => x.checked_neg().map_or_else(|| new_bigint(-BigInt::from(*x)), new_int),
        (UnaryOp::Neg, IntRef::Big(b)) => new_bigint(-(*b).clone()),
        (UnaryOp::Pos, IntRef::Small(x)) => new_int(*x),
        (UnaryOp::Pos, IntRef::Big(b)) => new_bigint((*b).clone()),
        (UnaryOp::Invert, IntRef::Small(x)) => new_int(!x),
        (UnaryOp::Invert, IntRef::Big(b)) => new_bigint(-(*b).clone() - 1),
    }
}

fn int_unary(_vm: &mut Vm, op: UnaryOp, v: &Value) -> PyResult<Option<Value>> {
    Ok(as_int(v).map(|i| int_unary_op(op, &i)))
}

/// `abs(n)`.
pub fn int_abs(i: &IntRef<'_>) -> Value {
    match i {
        IntRef::Small(v) => v.checked_abs().map_or_else(|| new_bigint(BigInt::from(*v).abs()), new_int),
        IntRef::Big(b) => new_bigint(b.abs()),
    }
}

/// Parses an int literal string as `int(s, base)` does (no digit limit; the compiler
/// uses it for literals).
pub fn parse_int(text: &str, base: u32) -> Option<BigInt> {
    int_text::parse_int(text, base, 0).ok()
}

/// `int(text, base)` with CPython's errors; `shown` is the repr used in the message.
pub fn parse_int_value(text: &str, base: u32, shown: &str) -> PyResult<Value> {
    int_text::parse_int(text, base, max_str_digits())
        .map(new_bigint)
        .map_err(|e| e.into_num_error(shown).into())
}

fn parse_int_bytes(bytes: &[u8], base: u32, shown: &str) -> PyResult<Value> {
    int_text::parse_int_ascii(bytes, base, max_str_digits())
        .map(new_bigint)
        .map_err(|e| e.into_num_error(shown).into())
}

fn int_new(vm: &mut Vm, _t: &'static TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kwnames.len();
    let mut base_arg: Option<&Value> = if npos >= 2 { Some(&args[1]) } else { None };
    for (i, k) in kwnames.iter().enumerate() {
        match as_str(k) {
            Some("base") => base_arg = Some(&args[npos + i]),
            Some(other) => return Err(PyErr::type_error(format!("int() got an unexpected keyword argument '{other}'"))),
            None => return Err(PyErr::type_error("keywords must be strings")),
        }
    }
    if npos > 2 {
        return Err(PyErr::type_error(format!("int expected at most 2 arguments, got {npos}")));
    }
    if npos == 0 {
        if base_arg.is_some() {
            return Err(PyErr::type_error("int() missing string argument"));
        }
        return Ok(new_int(0));
    }
    let x = &args[0];
    if let Some(base_v) = base_arg {
        let base = match as_int(base_v) {
            Some(b) => b.to_i64().unwrap_or(i64::MAX),
            None => return Err(not_an_integer(base_v)),
        };
        if base != 0 && !(2..=36).contains(&base) {
            return Err(PyErr::value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        if let Some(s) = as_str(x) {
            return parse_int_value(s, base as u32, &crate::builtins::str::repr_str(s));
        }
        if let Some(bytes) = bytes_like(vm, x)? {
            return parse_int_bytes(&bytes, base as u32, &crate::ops::repr_string(vm, x)?);
        }
        return Err(PyErr::type_error("int() can't convert non-string with explicit base"));
    }
    if let Some(i) = as_int(x) {
        return Ok(match i {
            IntRef::Small(v) => new_int(v),
            IntRef::Big(_) => x.clone(),
        });
    }
    if let Some(f) = as_float(x) {
        return float_to_int(f);
    }
    if let Some(s) = as_str(x) {
        return parse_int_value(s, 10, &crate::builtins::str::repr_str(s));
    }
    if let Some(bytes) = bytes_like(vm, x)? {
        return parse_int_bytes(&bytes, 10, &crate::ops::repr_string(vm, x)?);
    }
    if let Some(f) = crate::ops::getattr_opt(vm, x, "__int__")? {
        return crate::ops::call(vm, &f, &[], &[]);
    }
    if let Some(f) = crate::ops::getattr_opt(vm, x, "__index__")? {
        return crate::ops::call(vm, &f, &[], &[]);
    }
    Err(PyErr::type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        x.ty().body.name
    )))
}

/// The bytes of a `bytes`/`bytearray` argument, found through the type's `decode` method
/// so this file does not depend on the bytes implementation's layout.
fn bytes_like(vm: &mut Vm, v: &Value) -> PyResult<Option<Vec<u8>>> {
    let name = v.ty().body.name;
    if name != "bytes" && name != "bytearray" {
        return Ok(None);
    }
    let decode = crate::ops::getattr(vm, v, "decode")?;
    let text = crate::ops::call(vm, &decode, &[new_str("latin-1")], &[])?;
    Ok(as_str(&text).map(|s| s.chars().map(|c| c as u32 as u8).collect()))
}

/// `int(f)` for a float: truncation, with CPython's errors for inf and nan.
pub fn float_to_int(f: f64) -> PyResult<Value> {
    if f.is_finite() && f.abs() < 9.0e18 {
        return Ok(new_int(f as i64));
    }
    Ok(new_bigint(bigint::f64_to_int(f)?))
}

/// Exact BigInt of an integral finite float.
pub fn bigint_from_f64(t: f64) -> BigInt {
    bigint::f64_to_int(t).unwrap_or_default()
}

/// Sign of a BigInt as -1/0/1 (for float comparisons).
pub fn big_sign(b: &BigInt) -> i32 {
    match b.sign() {
        Sign::Minus => -1,
        Sign::NoSign => 0,
        Sign::Plus => 1,
    }
}
