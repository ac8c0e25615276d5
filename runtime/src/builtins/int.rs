//! `int`: arbitrary precision with an inline fast path.
//!
//! Ints that fit in 63 bits live in the value word itself (see `object::value`); larger
//! ones are `Obj<BigInt>` (num-bigint). Every result goes through [`new_bigint`], which
//! turns it back into a small int when it fits, so "small ints are always inline" holds
//! and equality of small ints is a word compare. The interpreter does the small-int cases
//! of `+ - * < ...` inline in the opcode; this file is the general path.

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::builtin_type;
use crate::builtins::float::{as_f64_exact, new_float};
use crate::builtins::singletons::{as_bool, py_bool};
use crate::builtins::str::{as_str, new_str};
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::{BinOp, CompareOp, Kind, MethodDef, Slots, TypeObject, UnaryOp, Value};

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
        new: Some(int_new),
        ..Slots::EMPTY
    },
    &[
        MethodDef::method("bit_length", int_bit_length),
        MethodDef::method("bit_count", int_bit_count),
        MethodDef::method("conjugate", int_conjugate),
        MethodDef::method("is_integer", int_is_integer),
        MethodDef::method("to_bytes", int_to_bytes),
        MethodDef::static_fn("from_bytes", int_from_bytes),
        MethodDef::method("as_integer_ratio", int_as_integer_ratio),
    ]
);

/// CPython's modulus for numeric hashes: 2**61 - 1.
pub const HASH_MODULUS: i64 = (1 << 61) - 1;
/// Default `sys.get_int_max_str_digits()`.
pub const MAX_STR_DIGITS: usize = 4300;

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
    /// As i64 if it fits.
    pub fn to_i64(&self) -> Option<i64> {
        match self {
            IntRef::Small(i) => Some(*i),
            IntRef::Big(b) => b.to_i64(),
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
        _ => None,
    }
}

/// An index-like int as i64, with CPython's TypeError for non-ints.
pub fn index_i64(v: &Value) -> PyResult<i64> {
    match as_int(v) {
        Some(i) => i.to_i64().ok_or_else(|| {
            PyErr::new(&crate::builtins::exceptions::INDEX_ERROR, "cannot fit 'int' into an index-sized integer")
        }),
        None => Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", v.ty().body.name))),
    }
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

/// Decimal string of an int, enforcing the 4300-digit limit.
pub fn int_to_decimal(i: &IntRef<'_>) -> PyResult<String> {
    match i {
        IntRef::Small(i) => Ok(i.to_string()),
        IntRef::Big(b) => {
            // Cheap lower bound on the digit count before converting.
            let approx_digits = (b.bits() as f64 * std::f64::consts::LOG10_2) as usize;
            if approx_digits > MAX_STR_DIGITS + 1 {
                return Err(str_digits_error());
            }
            let s = b.to_string();
            let digits = s.trim_start_matches('-').len();
            if digits > MAX_STR_DIGITS {
                return Err(str_digits_error());
            }
            Ok(s)
        }
    }
}

fn str_digits_error() -> PyErr {
    PyErr::value_error(format!(
        "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
    ))
}

fn int_repr(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let i = as_int(v).ok_or_else(|| PyErr::type_error("expected int"))?;
    Ok(new_str(&int_to_decimal(&i)?))
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
        _ => a.to_big().cmp(&b.to_big()),
    }
}

fn int_compare(_vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Option<Value>> {
    let Some(x) = as_int(a) else { return Ok(None) };
    if let Some(y) = as_int(b) {
        return Ok(Some(py_bool(op.test(int_cmp(&x, &y)))));
    }
    if let Some(f) = as_f64_exact(b) {
        return Ok(Some(py_bool(crate::builtins::float::compare_int_float(&x, f, op))));
    }
    Ok(None)
}

/// Floor division and modulo with Python's sign rules.
fn floor_divmod_i64(a: i64, b: i64) -> Option<(i64, i64)> {
    let q = a.checked_div(b)?;
    let r = a - q * b;
    if r != 0 && ((r < 0) != (b < 0)) {
        Some((q - 1, r + b))
    } else {
        Some((q, r))
    }
}

/// The general int (x) int path for every binary operator.
pub fn int_binop(op: BinOp, a: &IntRef<'_>, b: &IntRef<'_>) -> PyResult<Value> {
    if let (IntRef::Small(x), IntRef::Small(y)) = (a, b) {
        let (x, y) = (*x, *y);
        let fast = match op {
            BinOp::Add => x.checked_add(y),
            BinOp::Sub => x.checked_sub(y),
            BinOp::Mul => x.checked_mul(y),
            BinOp::FloorDiv | BinOp::Mod => {
                if y == 0 {
                    return Err(PyErr::zero_division());
                }
                floor_divmod_i64(x, y).map(|(q, r)| if op == BinOp::FloorDiv { q } else { r })
            }
            BinOp::And => Some(x & y),
            BinOp::Or => Some(x | y),
            BinOp::Xor => Some(x ^ y),
            BinOp::LShift if (0..63).contains(&y) => x.checked_mul(1i64 << y).filter(|r| r >> y == x),
            BinOp::RShift if y >= 0 => Some(x >> y.min(63)),
            _ => None,
        };
        if let Some(r) = fast {
            return Ok(new_int(r));
        }
    }
    let x = a.to_big();
    let y = b.to_big();
    Ok(match op {
        BinOp::Add => new_bigint(x + y),
        BinOp::Sub => new_bigint(x - y),
        BinOp::Mul => new_bigint(x * y),
        BinOp::FloorDiv | BinOp::Mod => {
            if y.is_zero() {
                return Err(PyErr::zero_division());
            }
            let (q, r) = x.div_mod_floor(&y);
            new_bigint(if op == BinOp::FloorDiv { q } else { r })
        }
        BinOp::TrueDiv => {
            if y.is_zero() {
                return Err(PyErr::zero_division());
            }
            new_float(int_true_divide(&x, &y)?)
        }
        BinOp::Pow => return int_pow(&x, &y),
        BinOp::And => new_bigint(x & y),
        BinOp::Or => new_bigint(x | y),
        BinOp::Xor => new_bigint(x ^ y),
        BinOp::LShift => {
            if y.is_negative() {
                return Err(PyErr::value_error("negative shift count"));
            }
            let s = y.to_usize().ok_or_else(|| PyErr::overflow_error("too many digits in integer"))?;
            new_bigint(x << s)
        }
        BinOp::RShift => {
            if y.is_negative() {
                return Err(PyErr::value_error("negative shift count"));
            }
            match y.to_usize() {
                // BigInt's >> on negatives rounds toward negative infinity, as Python does.
                Some(s) => new_bigint(x >> s),
                None => new_int(if x.is_negative() { -1 } else { 0 }),
            }
        }
        BinOp::MatMul => {
            return Err(PyErr::type_error("unsupported operand type(s) for @: 'int' and 'int'"));
        }
    })
}

fn int_true_divide(x: &BigInt, y: &BigInt) -> PyResult<f64> {
    if let (Some(a), Some(b)) = (x.to_i64(), y.to_i64()) {
        if a.unsigned_abs() < (1 << 53) && b.unsigned_abs() < (1 << 53) {
            return Ok(a as f64 / b as f64);
        }
    }
    // Correctly rounded enough for the common cases: scale to keep 64+ bits of quotient.
    let shift = (y.bits() as i64 - x.bits() as i64 + 66).max(0) as usize;
    let q = (x << shift) / y;
    let f = q.to_f64().unwrap_or(f64::INFINITY) / 2f64.powi(shift as i32);
    if f.is_infinite() {
        return Err(PyErr::overflow_error("integer division result too large for a float"));
    }
    Ok(f)
}

fn int_pow(x: &BigInt, y: &BigInt) -> PyResult<Value> {
    if y.is_negative() {
        let base = x.to_f64().unwrap_or(f64::INFINITY);
        if base == 0.0 {
            return Err(PyErr::new(&crate::builtins::exceptions::ZERO_DIVISION_ERROR, "zero to a negative power"));
        }
        let e = y.to_f64().unwrap_or(f64::NEG_INFINITY);
        return Ok(new_float(base.powf(e)));
    }
    if y.is_zero() {
        return Ok(new_int(1));
    }
    if x.is_one() || x.is_zero() {
        return Ok(new_bigint(x.clone()));
    }
    if *x == BigInt::from(-1) {
        return Ok(new_int(if y.is_even() { 1 } else { -1 }));
    }
    let e = y.to_u32().ok_or_else(|| PyErr::new(&crate::builtins::exceptions::MEMORY_ERROR, ""))?;
    Ok(new_bigint(num_traits::pow::Pow::pow(x, e)))
}

/// `pow(a, b, m)` for ints.
pub fn int_pow_mod(a: &IntRef<'_>, b: &IntRef<'_>, m: &IntRef<'_>) -> PyResult<Value> {
    let m = m.to_big();
    if m.is_zero() {
        return Err(PyErr::value_error("pow() 3rd argument cannot be 0"));
    }
    let mut base = a.to_big();
    let mut e = b.to_big();
    if e.is_negative() {
        // Modular inverse via extended gcd.
        let g = base.extended_gcd(&m);
        if !g.gcd.is_one() {
            return Err(PyErr::value_error("base is not invertible for the given modulus"));
        }
        base = g.x.mod_floor(&m);
        e = -e;
    }
    let r = base.modpow(&e, &m.abs());
    let r = if m.is_negative() && !r.is_zero() { r + &m } else { r };
    Ok(new_bigint(r.mod_floor(&m)))
}

fn int_binop_slot(_vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    match (as_int(a), as_int(b)) {
        (Some(x), Some(y)) => int_binop(op, &x, &y).map(Some),
        _ => Ok(None),
    }
}

fn int_unary(_vm: &mut Vm, op: UnaryOp, v: &Value) -> PyResult<Option<Value>> {
    let Some(i) = as_int(v) else { return Ok(None) };
    Ok(Some(match (op, &i) {
        (UnaryOp::Neg, IntRef::Small(x)) => x.checked_neg().map_or_else(|| new_bigint(-BigInt::from(*x)), new_int),
        (UnaryOp::Neg, IntRef::Big(b)) => new_bigint(-(*b).clone()),
        (UnaryOp::Pos, _) => new_bigint(i.to_big()),
        (UnaryOp::Invert, IntRef::Small(x)) => new_int(!x),
        (UnaryOp::Invert, IntRef::Big(b)) => new_bigint(-(*b).clone() - 1),
    }))
}

fn int_new(vm: &mut Vm, _t: &'static TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kwnames.len();
    let mut base_arg: Option<&Value> = if npos >= 2 { Some(&args[1]) } else { None };
    for (i, k) in kwnames.iter().enumerate() {
        match as_str(k) {
            Some("base") => base_arg = Some(&args[npos + i]),
            Some(other) => return Err(PyErr::type_error(format!("'{other}' is an invalid keyword argument for int()"))),
            None => return Err(PyErr::type_error("keywords must be strings")),
        }
    }
    if npos > 2 {
        return Err(PyErr::type_error(format!("int() takes at most 2 arguments ({npos} given)")));
    }
    if npos == 0 {
        if base_arg.is_some() {
            return Err(PyErr::type_error("int() missing string argument"));
        }
        return Ok(new_int(0));
    }
    let x = &args[0];
    if let Some(base_v) = base_arg {
        let base = index_i64(base_v)?;
        if base != 0 && !(2..=36).contains(&base) {
            return Err(PyErr::value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        let Some(s) = as_str(x) else {
            return Err(PyErr::type_error("int() can't convert non-string with explicit base"));
        };
        return crate::numeric::int_text::parse_int(s, base as u32, MAX_STR_DIGITS)
            .map(new_bigint)
            .map_err(|e| e.into_num_error(&crate::builtins::str::repr_str(s)).into());
    }
    if let Some(i) = as_int(x) {
        return Ok(new_bigint(i.to_big()));
    }
    if let Some(f) = as_f64_exact(x) {
        return float_to_int(f);
    }
    if let Some(s) = as_str(x) {
        return crate::numeric::int_text::parse_int(s, 10, MAX_STR_DIGITS)
            .map(new_bigint)
            .map_err(|e| e.into_num_error(&crate::builtins::str::repr_str(s)).into());
    }
    let _ = vm;
    Err(PyErr::type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        x.ty().body.name
    )))
}

/// `int(f)` for a float: truncation, with CPython's errors for inf and nan.
pub fn float_to_int(f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(PyErr::value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(PyErr::overflow_error("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.0e18 {
        return Ok(new_int(t as i64));
    }
    Ok(new_bigint(bigint_from_f64(t)))
}

/// Exact BigInt of an integral finite float.
pub fn bigint_from_f64(t: f64) -> BigInt {
    let bits = t.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mant = (bits & ((1 << 52) - 1)) | (1 << 52);
    let mut b = BigInt::from(mant);
    if exp > 0 {
        b <<= exp as usize;
    } else {
        b >>= (-exp) as usize;
    }
    if t < 0.0 {
        -b
    } else {
        b
    }
}

fn int_bit_length(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let i = as_int(&args[0]).ok_or_else(|| PyErr::type_error("expected int"))?;
    Ok(new_int(match i {
        IntRef::Small(x) => i64::from(64 - x.unsigned_abs().leading_zeros()),
        IntRef::Big(b) => b.bits() as i64,
    }))
}

fn int_bit_count(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let i = as_int(&args[0]).ok_or_else(|| PyErr::type_error("expected int"))?;
    Ok(new_int(match i {
        IntRef::Small(x) => i64::from(x.unsigned_abs().count_ones()),
        IntRef::Big(b) => b.magnitude().to_bytes_le().iter().map(|byte| i64::from(byte.count_ones())).sum(),
    }))
}

fn int_conjugate(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let i = as_int(&args[0]).ok_or_else(|| PyErr::type_error("expected int"))?;
    Ok(new_bigint(i.to_big()))
}

fn int_is_integer(_vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(py_bool(true))
}

/// Sign of a BigInt as -1/0/1 (for float comparisons).
pub fn big_sign(b: &BigInt) -> i32 {
    match b.sign() {
        Sign::Minus => -1,
        Sign::NoSign => 0,
        Sign::Plus => 1,
    }
}

fn byteorder_and_signed(args: &[Value], kwnames: &[Value], first_kw_pos: usize) -> PyResult<(bool, bool, Option<i64>)> {
    // Returns (little_endian, signed, length).
    let npos = args.len() - kwnames.len();
    let mut length: Option<i64> = None;
    let mut order = "big".to_string();
    let mut signed = false;
    let positional = &args[..npos];
    if let Some(l) = positional.get(first_kw_pos) {
        length = Some(index_i64(l)?);
    }
    if let Some(o) = first_kw_pos.checked_add(1).and_then(|i| positional.get(i)) {
        order = as_str(o).unwrap_or("").to_string();
    }
    for (k, v) in kwnames.iter().zip(&args[npos..]) {
        match as_str(k) {
            Some("length") => length = Some(index_i64(v)?),
            Some("byteorder") => order = as_str(v).unwrap_or("").to_string(),
            Some("signed") => signed = as_bool(v).unwrap_or_else(|| as_int(v).and_then(|i| i.to_i64()).is_some_and(|i| i != 0)),
            _ => return Err(PyErr::type_error(format!("'{}' is an invalid keyword argument", as_str(k).unwrap_or("?")))),
        }
    }
    let little = match order.as_str() {
        "little" => true,
        "big" => false,
        _ => return Err(PyErr::value_error("byteorder must be either 'little' or 'big'")),
    };
    Ok((little, signed, length))
}

fn int_to_bytes(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let n = as_int(&args[0]).ok_or_else(|| PyErr::type_error("expected int"))?.to_big();
    let (little, signed, length) = byteorder_and_signed(args, kwnames, 1)?;
    let length = length.unwrap_or(1);
    if length < 0 {
        return Err(PyErr::value_error("length argument must be non-negative"));
    }
    if !signed && n.is_negative() {
        return Err(PyErr::overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = if signed { n.to_signed_bytes_le() } else { n.to_bytes_le().1 };
    if n.is_zero() {
        bytes.clear();
    }
    let fill = if signed && n.is_negative() { 0xff } else { 0 };
    if bytes.len() > length as usize {
        return Err(PyErr::overflow_error("int too big to convert"));
    }
    bytes.resize(length as usize, fill);
    if !little {
        bytes.reverse();
    }
    Ok(crate::builtins::bytes::new_bytes(bytes))
}

fn int_from_bytes(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let src = args.first().ok_or_else(|| PyErr::type_error("from_bytes() missing required argument 'bytes' (pos 1)"))?;
    let data: Vec<u8> = match crate::builtins::bytes::as_bytes(src) {
        Some(b) => b.to_vec(),
        None => {
            let items = crate::ops::collect_iterable(vm, src)?;
            items.iter().map(|v| as_int(v).and_then(|i| i.to_i64()).filter(|b| (0..256).contains(b)).map(|b| b as u8).ok_or_else(|| PyErr::value_error("bytes must be in range(0, 256)"))).collect::<PyResult<_>>()?
        }
    };
    let npos = args.len() - kwnames.len();
    // byteorder may be positional (second) here.
    let mut order_args: Vec<Value> = Vec::new();
    let mut names: Vec<Value> = Vec::new();
    if npos > 1 {
        order_args.push(args[1].clone());
        names.push(new_str("byteorder"));
    }
    for (k, v) in kwnames.iter().zip(&args[npos..]) {
        order_args.push(v.clone());
        names.push(k.clone());
    }
    let (little, signed, _) = byteorder_and_signed(&order_args, &names, usize::MAX)?;
    let mut bytes = data;
    if !little {
        bytes.reverse();
    }
    let n = if signed { BigInt::from_signed_bytes_le(&bytes) } else { BigInt::from_bytes_le(Sign::Plus, &bytes) };
    Ok(new_bigint(n))
}

fn int_as_integer_ratio(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let i = as_int(&args[0]).ok_or_else(|| PyErr::type_error("expected int"))?;
    Ok(crate::builtins::tuple::new_tuple(vec![new_bigint(i.to_big()), new_int(1)]))
}
