//! Arbitrary-precision integers with Python's arithmetic rules.
//!
//! Representation: [`num_bigint::BigInt`]. It is the most used, well-kept pure-Rust big
//! integer (no C toolchain, builds offline from crates.io), it has Karatsuba/Toom-3
//! multiplication, modular exponentiation and conversions to and from any radix. The object
//! model keeps small ints inline in the value word and only reaches for a `BigInt` on
//! overflow, so the big type's own speed matters far less than getting the rules right.
//!
//! What Python adds on top of plain integer arithmetic lives here:
//! - floor division and modulo take the sign of the divisor (`-7 // 2 == -4`, `7 % -2 == -1`);
//! - `**` with a negative exponent is float exponentiation, `pow(a, b, m)` with negative `b`
//!   is a modular inverse, and the result of `pow(a, b, m)` takes the sign of `m`;
//! - shifts reject negative counts and `>>` floors;
//! - int -> float conversion and int / int true division are *correctly rounded*
//!   (round-half-even on the exact value, including subnormal results), with CPython's
//!   overflow messages. Both go through [`scaled_to_f64`], which rounds an integer times a
//!   power of two once, so there is a single rounding step to get right.
//!
//! i64 fast paths (`*_i64`) return `None` when the result does not fit, so the interpreter
//! can try them first and fall back to `BigInt`.

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::float_arith;
use super::{NumError, NumResult};

/// Results larger than this many bits are refused with `MemoryError` instead of exhausting
/// memory (CPython would try, and get killed or raise `MemoryError`).
pub const MAX_RESULT_BITS: u64 = 1 << 36;

/// `a // b` with Python's flooring rule.
pub fn floor_div(a: &BigInt, b: &BigInt) -> NumResult<BigInt> {
    if b.is_zero() {
        return Err(NumError::division_by_zero());
    }
    Ok(a.div_floor(b))
}

/// `a % b`: the result has the sign of `b` (or is zero).
pub fn floor_mod(a: &BigInt, b: &BigInt) -> NumResult<BigInt> {
    if b.is_zero() {
        return Err(NumError::division_by_zero());
    }
    Ok(a.mod_floor(b))
}

/// `divmod(a, b)` = `(a // b, a % b)`.
pub fn divmod(a: &BigInt, b: &BigInt) -> NumResult<(BigInt, BigInt)> {
    if b.is_zero() {
        return Err(NumError::division_by_zero());
    }
    Ok(a.div_mod_floor(b))
}

/// `a // b` on machine ints; `None` when `b == 0` or the result overflows (`i64::MIN // -1`).
pub fn floor_div_i64(a: i64, b: i64) -> Option<i64> {
    if b == 0 {
        return None;
    }
    let q = a.checked_div(b)?;
    if (a % b != 0) && ((a < 0) != (b < 0)) {
        Some(q - 1)
    } else {
        Some(q)
    }
}

/// `a % b` on machine ints; `None` when `b == 0`.
pub fn floor_mod_i64(a: i64, b: i64) -> Option<i64> {
    if b == 0 {
        return None;
    }
    let r = a.wrapping_rem(b);
    if r != 0 && ((r < 0) != (b < 0)) {
        Some(r + b)
    } else {
        Some(r)
    }
}

/// The result of `a ** b` on ints: an int for `b >= 0`, a float for `b < 0`.
#[derive(Clone, Debug, PartialEq)]
pub enum IntPow {
    /// Non-negative exponent: exact integer power.
    Int(BigInt),
    /// Negative exponent: CPython computes `float(a) ** float(b)`.
    Float(f64),
}

/// `a ** b` (two-argument `pow`).
pub fn pow(base: &BigInt, exp: &BigInt) -> NumResult<IntPow> {
    if exp.is_negative() {
        let x = int_to_f64(base)?;
        let y = int_to_f64(exp)?;
        return match float_arith::pow(x, y)? {
            float_arith::FloatPow::Real(r) => Ok(IntPow::Float(r)),
            // An integral exponent never yields a complex result.
            float_arith::FloatPow::Complex(re, _) => Ok(IntPow::Float(re)),
        };
    }
    // Bases whose powers never grow.
    if base.is_zero() {
        return Ok(IntPow::Int(if exp.is_zero() { BigInt::one() } else { BigInt::zero() }));
    }
    if base.is_one() {
        return Ok(IntPow::Int(BigInt::one()));
    }
    if *base == BigInt::from(-1) {
        return Ok(IntPow::Int(if exp.is_even() { BigInt::one() } else { BigInt::from(-1) }));
    }
    let e = match exp.to_u64() {
        Some(e) if e.saturating_mul(base.bits()) <= MAX_RESULT_BITS => e,
        _ => return Err(NumError::new(super::ErrorKind::Memory, "")),
    };
    if e.saturating_mul(base.bits()) < 1 << 20 {
        // num-bigint's pow takes u32/u64 exponents.
        return Ok(IntPow::Int(num_traits::Pow::pow(base, e)));
    }
    pow_interruptibly(base, e)
}

/// `base ** e` for a large result, by squaring from the exponent's top bit down, with a
/// Ctrl-C poll between the steps (each one is at most one multiplication and one
/// squaring).
fn pow_interruptibly(base: &BigInt, e: u64) -> NumResult<IntPow> {
    let mut r = base.clone();
    for bit in (0..63 - e.leading_zeros()).rev() {
        if super::interrupt::interrupted() {
            return Err(NumError::new(super::ErrorKind::Interrupted, ""));
        }
        r = &r * &r;
        if e >> bit & 1 == 1 {
            r *= base;
        }
    }
    Ok(IntPow::Int(r))
}

/// Three-argument `pow(base, exp, modulus)` with CPython's rules: the modulus must be
/// nonzero, a negative exponent inverts the base first, and the result has the sign of the
/// modulus.
pub fn pow_mod(base: &BigInt, exp: &BigInt, modulus: &BigInt) -> NumResult<BigInt> {
    if modulus.is_zero() {
        return Err(NumError::value("pow() 3rd argument cannot be 0"));
    }
    let m_abs = modulus.abs();
    if m_abs.is_one() {
        return Ok(BigInt::zero());
    }
    let mut b = base.mod_floor(&m_abs);
    let mut e = exp.clone();
    if e.is_negative() {
        b = mod_inverse(&b, &m_abs)
            .ok_or_else(|| NumError::value("base is not invertible for the given modulus"))?;
        e = -e;
    }
    let mut r = b.modpow(&e, &m_abs);
    if modulus.is_negative() && !r.is_zero() {
        r -= &m_abs;
    }
    Ok(r)
}

/// The inverse of `a` modulo `m` (`m > 1`, `0 <= a < m`), if `gcd(a, m) == 1`.
fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let ext = a.extended_gcd(m);
    if !ext.gcd.is_one() {
        return None;
    }
    Some(ext.x.mod_floor(m))
}

/// Converts a shift count, rejecting negative ones with CPython's message.
fn shift_count(n: &BigInt) -> NumResult<Option<u64>> {
    if n.is_negative() {
        return Err(NumError::value("negative shift count"));
    }
    Ok(n.to_u64())
}

/// `a << n`. Negative `n` raises `ValueError: negative shift count`; a result too large to
/// allocate raises `MemoryError` (as CPython does for `1 << 2**63`), one whose digit count
/// overflows raises `OverflowError` (`1 << 10**20`).
pub fn shl(a: &BigInt, n: &BigInt) -> NumResult<BigInt> {
    let count = shift_count(n)?;
    if a.is_zero() {
        return Ok(BigInt::zero());
    }
    // CPython sizes the result in 30-bit digits first: a digit count beyond what an
    // `isize` byte size can hold is an OverflowError, anything smaller a MemoryError.
    const MAX_LONG_DIGITS: u64 = (i64::MAX as u64 - 24) / 4;
    if let Some(c) = count.filter(|c| c.saturating_add(a.bits()) <= MAX_RESULT_BITS) {
        return Ok(a << c);
    }
    // A count past u64 (`1 << 2**64`) still has a digit count CPython can express.
    match n.to_u128() {
        Some(c) if c / 30 + u128::from(a.bits() / 30) + 1 < u128::from(MAX_LONG_DIGITS) => {
            Err(NumError::new(super::ErrorKind::Memory, ""))
        }
        _ => Err(NumError::overflow("too many digits in integer")),
    }
}

/// `a >> n`, flooring (`-5 >> 1 == -3`, `-1 >> 1000 == -1`).
pub fn shr(a: &BigInt, n: &BigInt) -> NumResult<BigInt> {
    let count = shift_count(n)?;
    match count {
        Some(c) if c < a.bits() => Ok(a >> c),
        _ => Ok(if a.is_negative() { BigInt::from(-1) } else { BigInt::zero() }),
    }
}

/// `int.bit_length()`: bits of `abs(a)`, 0 for 0.
pub fn bit_length(a: &BigInt) -> u64 {
    a.bits()
}

/// `int.bit_count()`: number of one bits in `abs(a)`.
pub fn bit_count(a: &BigInt) -> u64 {
    a.magnitude().iter_u64_digits().map(|d| u64::from(d.count_ones())).sum()
}

/// Rounds `m * 2**exp` (plus a sticky "something nonzero below `m`" flag) to the nearest f64,
/// ties to even, including subnormal results. `None` means the rounded value is at least
/// 2**1024 (overflow).
pub fn scaled_to_f64(m: &BigUint, exp: i64, sticky: bool) -> Option<f64> {
    let nbits = m.bits() as i64;
    if nbits == 0 {
        return Some(0.0);
    }
    // Binary exponent of the leading bit of the exact value.
    let top = nbits - 1 + exp;
    if top >= 1024 {
        return None;
    }
    // Bits of precision available at this magnitude: 53 for normals, fewer for subnormals.
    let precision = if top >= -1022 { 53 } else { 53 - (-1022 - top) };
    if precision <= 0 {
        // Below half the smallest subnormal, or exactly half of it (ties to even -> 0).
        let half_smallest = precision == 0 && {
            // value is in [2**-1075, 2**-1074): rounds up unless exactly 2**-1075.
            let exact_power = m.trailing_zeros() == Some(nbits as u64 - 1) && !sticky;
            !exact_power
        };
        return Some(if half_smallest { f64::from_bits(1) } else { 0.0 });
    }
    let drop = nbits - precision;
    let (mut mant, lsb_exp) = if drop > 0 {
        let kept = m >> (drop as u64);
        let half = (m >> (drop as u64 - 1)) & BigUint::one();
        let below_half = m.trailing_zeros().is_some_and(|t| t < drop as u64 - 1) || sticky;
        let mut kept = kept.to_u64().unwrap_or(0);
        if !half.is_zero() && (below_half || kept & 1 == 1) {
            kept += 1;
        }
        (kept, exp + drop)
    } else {
        (m.to_u64().unwrap_or(0) << (-drop) as u64, exp + drop)
    };
    // A carry may have produced 2**precision; that is still exact in f64.
    if mant == 0 {
        return Some(0.0);
    }
    let mut e = lsb_exp;
    while mant & 1 == 0 && mant > 1 {
        mant >>= 1;
        e += 1;
    }
    let value = (mant as f64) * pow2(e);
    if value.is_infinite() {
        None
    } else {
        Some(value)
    }
}

/// Exact 2**e for the exponents [`scaled_to_f64`] produces (a normal or subnormal result times
/// an odd mantissa below 2**53). Built in two steps so subnormal powers are exact.
fn pow2(e: i64) -> f64 {
    if e >= -1022 {
        if e > 1023 {
            return f64::INFINITY;
        }
        f64::from_bits(((e + 1023) as u64) << 52)
    } else {
        // 2**e = 2**(e + 600) * 2**-600, both normal; the product is the exact subnormal
        // because mant * 2**e is representable by construction.
        f64::from_bits(((e + 600 + 1023) as u64) << 52) * f64::from_bits(((-600 + 1023) as u64) << 52)
    }
}

/// `float(n)`: correctly rounded; `OverflowError: int too large to convert to float`.
pub fn int_to_f64(n: &BigInt) -> NumResult<f64> {
    if let Some(small) = n.to_i64() {
        if small.unsigned_abs() <= (1u64 << 53) {
            return Ok(small as f64);
        }
    }
    let v = scaled_to_f64(n.magnitude(), 0, false)
        .ok_or_else(|| NumError::overflow("int too large to convert to float"))?;
    Ok(if n.is_negative() { -v } else { v })
}

/// `a / b` on ints: the correctly rounded quotient, as CPython computes it.
pub fn true_div(a: &BigInt, b: &BigInt) -> NumResult<f64> {
    if b.is_zero() {
        return Err(NumError::division_by_zero());
    }
    let negative = a.is_negative() != b.is_negative();
    if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64()) {
        // Both exact in f64: one IEEE division is correctly rounded.
        if x.unsigned_abs() <= (1u64 << 53) && y.unsigned_abs() <= (1u64 << 53) {
            return Ok(x as f64 / y as f64);
        }
    }
    let (na, nb) = (a.magnitude(), b.magnitude());
    if na.is_zero() {
        return Ok(if negative { -0.0 } else { 0.0 });
    }
    // Scale so the integer quotient has at least 55 significant bits, then let
    // scaled_to_f64 round once with the remainder as sticky bit.
    let shift = 55 - (na.bits() as i64 - nb.bits() as i64);
    let (num, den) = if shift >= 0 {
        (na << (shift as u64), nb.clone())
    } else {
        (na.clone(), nb << ((-shift) as u64))
    };
    let (q, r) = num.div_rem(&den);
    let v = scaled_to_f64(&q, -shift, !r.is_zero())
        .ok_or_else(|| NumError::overflow("integer division result too large for a float"))?;
    Ok(if negative { -v } else { v })
}

/// `int(x)` for a float: truncation toward zero, with CPython's errors for inf and nan.
pub fn f64_to_int(x: f64) -> NumResult<BigInt> {
    if x.is_nan() {
        return Err(NumError::value("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(NumError::overflow("cannot convert float infinity to integer"));
    }
    let t = x.trunc();
    if t.abs() < 9.2e18 {
        return Ok(BigInt::from(t as i64));
    }
    let bits = t.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mant = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
    let mag = BigInt::from(mant) << (exp as u64);
    Ok(if t < 0.0 { -mag } else { mag })
}

/// `n.to_bytes(length, byteorder, signed=signed)`; `little` selects `'little'`.
///
/// CPython quirk kept: `(-1).to_bytes(0, signed=True)` is `b''` (the sign extension of
/// nothing), while every other value that does not fit raises `int too big to convert`.
pub fn to_bytes(n: &BigInt, length: i64, little: bool, signed: bool) -> NumResult<Vec<u8>> {
    if length < 0 {
        return Err(NumError::value("length argument must be non-negative"));
    }
    if n.is_negative() && !signed {
        return Err(NumError::overflow("can't convert negative int to unsigned"));
    }
    let length = length as u64;
    let too_big = || NumError::overflow("int too big to convert");
    let mut bytes = if signed { n.to_signed_bytes_le() } else { n.to_bytes_le().1 };
    if n.is_zero() {
        bytes.clear();
    }
    if signed && length == 0 && *n == BigInt::from(-1) {
        bytes.clear();
    }
    if bytes.len() as u64 > length {
        return Err(too_big());
    }
    let pad = if n.is_negative() { 0xff } else { 0 };
    bytes.resize(length as usize, pad);
    if !little {
        bytes.reverse();
    }
    Ok(bytes)
}

/// `int.from_bytes(bytes, byteorder, signed=signed)`.
pub fn from_bytes(bytes: &[u8], little: bool, signed: bool) -> BigInt {
    match (little, signed) {
        (true, true) => BigInt::from_signed_bytes_le(bytes),
        (false, true) => BigInt::from_signed_bytes_be(bytes),
        (true, false) => BigInt::from_bytes_le(Sign::Plus, bytes),
        (false, false) => BigInt::from_bytes_be(Sign::Plus, bytes),
    }
}

/// Which sign a `BigInt` has, as Python sees it (-1, 0, 1).
pub fn signum(a: &BigInt) -> i32 {
    match a.sign() {
        Sign::Minus => -1,
        Sign::NoSign => 0,
        Sign::Plus => 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numeric::pytest::python_lines;
    use std::str::FromStr;

    fn big(s: &str) -> BigInt {
        BigInt::from_str(s).unwrap()
    }

    fn err_text(e: &NumError) -> String {
        format!("{}: {}", e.class_name(), e.message)
    }

    /// Renders a result the way the Python side of the tests prints it.
    fn show<T: std::fmt::Display>(r: NumResult<T>) -> String {
        match r {
            Ok(v) => v.to_string(),
            Err(e) => err_text(&e),
        }
    }

    fn show_f(r: NumResult<f64>) -> String {
        match r {
            Ok(v) => crate::numeric::float_repr::repr(v),
            Err(e) => err_text(&e),
        }
    }

    /// Deterministic pseudo-random ints of assorted sizes and signs (shared with Python by
    /// printing them).
    fn sample_ints() -> Vec<BigInt> {
        let mut out: Vec<BigInt> = [0i64, 1, -1, 2, -2, 3, 7, -7, 10, 97, -97, 255, 256, -256]
            .iter()
            .map(|&v| BigInt::from(v))
            .collect();
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        for i in 0..60 {
            let mut v = BigInt::zero();
            let words = 1 + i % 5;
            for _ in 0..words {
                state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                v = (v << 64u32) + BigInt::from(state >> (i % 7 * 8));
            }
            if i % 3 == 0 {
                v = -v;
            }
            out.push(v);
        }
        out
    }

    #[test]
    fn division_and_modulo_match_python() {
        let ints = sample_ints();
        let list = ints.iter().map(ToString::to_string).collect::<Vec<_>>().join(",");
        let py = python_lines(&format!(
            "xs=[{list}]\n\
             def f(op):\n  \
               try: return str(op())\n  \
               except Exception as e: return type(e).__name__+': '+('division by zero' if isinstance(e, ZeroDivisionError) else str(e))\n\
             for a in xs:\n  \
               for b in xs[::7]:\n    \
                 print(f(lambda: a//b), f(lambda: a%b), f(lambda: divmod(a,b)[0]))"
        ));
        let mut k = 0;
        for a in &ints {
            for b in ints.iter().step_by(7) {
                let got = format!(
                    "{} {} {}",
                    show(floor_div(a, b)),
                    show(floor_mod(a, b)),
                    show(divmod(a, b).map(|p| p.0))
                );
                assert_eq!(got, py[k], "{a} // % {b}");
                k += 1;
            }
        }
        assert_eq!(k, py.len());
    }

    #[test]
    fn i64_fast_paths_agree_with_bigint() {
        let vals = [i64::MIN, i64::MIN + 1, -7, -2, -1, 0, 1, 2, 7, i64::MAX];
        for &a in &vals {
            for &b in &vals {
                let (ba, bb) = (BigInt::from(a), BigInt::from(b));
                let want_q = floor_div(&ba, &bb).ok().and_then(|q| q.to_i64());
                assert_eq!(floor_div_i64(a, b), want_q, "{a} // {b}");
                let want_r = floor_mod(&ba, &bb).ok().and_then(|r| r.to_i64());
                assert_eq!(floor_mod_i64(a, b), want_r, "{a} % {b}");
            }
        }
    }

    #[test]
    fn true_division_is_correctly_rounded() {
        let ints = sample_ints();
        let mut extra = vec![
            big("1"),
            big("3"),
            BigInt::one() << 1100u32,
            BigInt::one() << 2000u32,
            (BigInt::one() << 1024u32) - 1,
            (BigInt::one() << 1024u32) - (BigInt::one() << 970u32),
            (BigInt::one() << 1024u32) - (BigInt::one() << 971u32),
            big("9007199254740993"),
            big("-9007199254740995"),
            big("10").pow(400u32),
        ];
        extra.extend(ints.iter().cloned());
        let list = extra.iter().map(ToString::to_string).collect::<Vec<_>>().join(",");
        let py = python_lines(&format!(
            "xs=[{list}]\n\
             def f(op):\n  \
               try: return repr(op())\n  \
               except Exception as e: return type(e).__name__+': '+('division by zero' if isinstance(e, ZeroDivisionError) else str(e))\n\
             for a in xs:\n  \
               print(f(lambda: float(a)))\n  \
               for b in xs[::3]:\n    \
                 print(f(lambda: a/b))"
        ));
        let mut k = 0;
        for a in &extra {
            assert_eq!(show_f(int_to_f64(a)), py[k], "float({a})");
            k += 1;
            for b in extra.iter().step_by(3) {
                assert_eq!(show_f(true_div(a, b)), py[k], "{a} / {b}");
                k += 1;
            }
        }
    }

    #[test]
    fn tiny_quotients_round_into_subnormals() {
        let py = python_lines(
            "for k in range(1060, 1090):\n  \
               print(repr(1/2**k), repr(3/2**k), repr(5/(3*2**k)), repr(-(2**k+1)/4**k))",
        );
        for (i, k) in (1060u32..1090).enumerate() {
            let p = BigInt::one() << k;
            let got = [
                show_f(true_div(&BigInt::one(), &p)),
                show_f(true_div(&BigInt::from(3), &p)),
                show_f(true_div(&BigInt::from(5), &(BigInt::from(3) * &p))),
                show_f(true_div(&-(&p + BigInt::one()), &(BigInt::one() << (2 * k)))),
            ]
            .join(" ");
            assert_eq!(got, py[i], "k={k}");
        }
    }

    #[test]
    fn pow_and_pow_mod_match_python() {
        let cases: &[(i64, i64, i64)] = &[
            (2, 3, 5),
            (2, 3, -5),
            (38, -1, 97),
            (3, -2, 7),
            (2, -1, 4),
            (0, -1, 5),
            (5, -1, 1),
            (3, 2, -1),
            (3, 2, 0),
            (-3, 5, 7),
            (-3, -5, 7),
            (123456789, 987654321, 1000000007),
            (7, 0, 13),
            (0, 0, 13),
            (-2, 3, -7),
        ];
        let prog: String = cases
            .iter()
            .map(|(a, b, m)| {
                format!(
                    "try: print(pow({a},{b},{m}))\nexcept Exception as e: print(type(e).__name__+': '+str(e))\n"
                )
            })
            .collect();
        let py = python_lines(&prog);
        for (i, (a, b, m)) in cases.iter().enumerate() {
            let got = show(pow_mod(&BigInt::from(*a), &BigInt::from(*b), &BigInt::from(*m)));
            assert_eq!(got, py[i], "pow({a},{b},{m})");
        }
        let pows: &[(i64, i64)] =
            &[(2, 10), (-2, 3), (0, 0), (2, -1), (-7, -1), (2, -1075), (-2, -1075), (10, -300), (3, 200), (-1, -3)];
        let prog: String = pows.iter().map(|(a, b)| format!("print(repr({a}**{b}))\n")).collect();
        let py = python_lines(&prog);
        for (i, (a, b)) in pows.iter().enumerate() {
            let got = match pow(&BigInt::from(*a), &BigInt::from(*b)).unwrap() {
                IntPow::Int(n) => n.to_string(),
                IntPow::Float(f) => crate::numeric::float_repr::repr(f),
            };
            assert_eq!(got, py[i], "{a}**{b}");
        }
        let e = pow(&BigInt::zero(), &BigInt::from(-1)).unwrap_err();
        assert_eq!(err_text(&e), "ZeroDivisionError: zero to a negative power");
        let e = pow(&(BigInt::one() << 1100u32), &BigInt::from(-1)).unwrap_err();
        assert_eq!(err_text(&e), "OverflowError: int too large to convert to float");
        assert_eq!(pow(&BigInt::from(2), &(BigInt::one() << 64u32)).unwrap_err().kind, super::super::ErrorKind::Memory);
        assert_eq!(pow(&BigInt::from(-1), &(BigInt::one() << 64u32)).unwrap(), IntPow::Int(BigInt::one()));
    }

    #[test]
    fn shifts_and_bits_match_python() {
        let ints = sample_ints();
        let list = ints.iter().map(ToString::to_string).collect::<Vec<_>>().join(",");
        let py = python_lines(&format!(
            "for a in [{list}]:\n  \
               print(a<<3, a<<70, a>>1, a>>65, a>>1000, a.bit_length(), a.bit_count())"
        ));
        for (i, a) in ints.iter().enumerate() {
            let n = |v: i64| BigInt::from(v);
            let got = format!(
                "{} {} {} {} {} {} {}",
                shl(a, &n(3)).unwrap(),
                shl(a, &n(70)).unwrap(),
                shr(a, &n(1)).unwrap(),
                shr(a, &n(65)).unwrap(),
                shr(a, &n(1000)).unwrap(),
                bit_length(a),
                bit_count(a)
            );
            assert_eq!(got, py[i]);
        }
        assert_eq!(err_text(&shl(&n1(), &BigInt::from(-1)).unwrap_err()), "ValueError: negative shift count");
        assert_eq!(err_text(&shr(&n1(), &BigInt::from(-1)).unwrap_err()), "ValueError: negative shift count");
        assert_eq!(shr(&BigInt::from(-5), &(BigInt::one() << 70u32)).unwrap(), BigInt::from(-1));
        assert_eq!(shl(&BigInt::zero(), &(BigInt::one() << 70u32)).unwrap(), BigInt::zero());
        assert_eq!(shl(&n1(), &(BigInt::one() << 63u32)).unwrap_err().kind, super::super::ErrorKind::Memory);
    }

    fn n1() -> BigInt {
        BigInt::one()
    }

    #[test]
    fn to_bytes_and_from_bytes_match_python() {
        let cases: Vec<(i64, i64, bool, bool)> = {
            let mut v = Vec::new();
            for n in [0i64, 1, -1, -2, 127, 128, -128, -129, 255, 256, -256, -257, 65535, 1 << 40, -(1 << 40)] {
                for len in [-1i64, 0, 1, 2, 3, 6] {
                    for little in [false, true] {
                        for signed in [false, true] {
                            v.push((n, len, little, signed));
                        }
                    }
                }
            }
            v
        };
        let prog: String = cases
            .iter()
            .map(|(n, l, little, signed)| {
                let order = if *little { "little" } else { "big" };
                let sg = if *signed { "True" } else { "False" };
                format!(
                    "try: b=({n}).to_bytes({l},'{order}',signed={sg}); print(b.hex(), int.from_bytes(b,'{order}',signed={sg}))\n\
                     except Exception as e: print(type(e).__name__+': '+str(e))\n"
                )
            })
            .collect();
        let py = python_lines(&prog);
        for (i, (n, l, little, signed)) in cases.iter().enumerate() {
            let got = match to_bytes(&BigInt::from(*n), *l, *little, *signed) {
                Ok(b) => {
                    let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
                    format!("{hex} {}", from_bytes(&b, *little, *signed))
                }
                Err(e) => err_text(&e),
            };
            assert_eq!(got, py[i], "{n}.to_bytes({l}, little={little}, signed={signed})");
        }
    }

    #[test]
    fn float_to_int_truncates() {
        let py = python_lines(
            "for x in [0.0,-0.5,2.9,-2.9,1e15+0.5,9.3e18,-9.3e18,1e300,-1.5e200,2.0**63,-2.0**63]:\n  print(int(x))",
        );
        let xs = [0.0, -0.5, 2.9, -2.9, 1e15 + 0.5, 9.3e18, -9.3e18, 1e300, -1.5e200, 2f64.powi(63), -(2f64.powi(63))];
        for (i, x) in xs.iter().enumerate() {
            assert_eq!(f64_to_int(*x).unwrap().to_string(), py[i]);
        }
        assert_eq!(
            err_text(&f64_to_int(f64::INFINITY).unwrap_err()),
            "OverflowError: cannot convert float infinity to integer"
        );
        assert_eq!(err_text(&f64_to_int(f64::NAN).unwrap_err()), "ValueError: cannot convert float NaN to integer");
        assert_eq!(signum(&BigInt::from(-3)), -1);
    }
}
