//! `round()` for floats and ints, and the float methods that expose its exact value
//! (`as_integer_ratio`, `is_integer`).
//!
//! CPython's `round(x, n)` is correctly rounded: it takes the *exact* binary value of `x`,
//! rounds it to `n` decimal places with ties to even (dtoa mode 3), and converts that decimal
//! back. So `round(2.675, 2) == 2.67` (2.675 is really 2.67499999...), which the naive
//! `x * 10**n` approach gets wrong. Here, for `n >= 0` Rust's exact fixed formatting does
//! the decimal rounding; for `n < 0` the exact value is rounded with big-integer arithmetic;
//! both convert back with Rust's correctly rounded parser.
//!
//! `round(x)` with no digits rounds half to even and returns an int; `round(int, n)` with
//! negative `n` rounds half to even exactly.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Zero};

use super::bigint::f64_to_int;
use super::{NumError, NumResult};

/// Above this many digits `round(x, n)` returns `x` unchanged (CPython's `NDIGITS_MAX`).
pub const NDIGITS_MAX: i64 = 323;
/// Below this `round(x, n)` returns `0.0 * x` (CPython's `NDIGITS_MIN`).
pub const NDIGITS_MIN: i64 = -308;

/// `round(x)` / `round(x, None)`: nearest int, ties to even.
pub fn round_to_int(x: f64) -> NumResult<BigInt> {
    f64_to_int(x.round_ties_even())
}

/// `round(x, ndigits)` for a float (`ndigits` already clamped to i64 by the caller, as
/// CPython's `PyNumber_AsSsize_t` does).
pub fn round_float(x: f64, ndigits: i64) -> NumResult<f64> {
    if !x.is_finite() {
        return Ok(x);
    }
    if ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let rounded_text = if ndigits >= 0 {
        format!("{:.*}", ndigits as usize, x.abs())
    } else {
        let (num, den) = exact_ratio(x.abs());
        let scale = num_traits::pow(BigInt::from(10), (-ndigits) as usize);
        let q = div_round_half_even(&num, &(den * &scale));
        format!("{q}e{}", -ndigits)
    };
    let magnitude: f64 = rounded_text.parse().unwrap_or(f64::INFINITY);
    if magnitude.is_infinite() {
        return Err(NumError::overflow("rounded value too large to represent"));
    }
    Ok(if x.is_sign_negative() { -magnitude } else { magnitude })
}

/// `num / den` rounded to the nearest integer, ties to even (`den > 0`).
fn div_round_half_even(num: &BigInt, den: &BigInt) -> BigInt {
    let (q, r) = num.div_mod_floor(den);
    let twice: BigInt = &r * 2;
    if twice > *den || (twice == *den && q.is_odd()) {
        q + 1
    } else {
        q
    }
}

/// `round(n, ndigits)` for an int: unchanged for `ndigits >= 0`, else rounded to a multiple
/// of `10**-ndigits`, ties to even.
pub fn round_int(n: &BigInt, ndigits: i64) -> BigInt {
    if ndigits >= 0 {
        return n.clone();
    }
    // When 10**k > 2**(bits+1) > 2*|n| the result is 0; skip building a huge power.
    let k = ndigits.unsigned_abs();
    if k > n.bits() + 1 {
        return BigInt::zero();
    }
    let scale = num_traits::pow(BigInt::from(10), k as usize);
    div_round_half_even(n, &scale) * scale
}

/// The exact value of a finite float as `numerator / denominator` (not reduced; the
/// denominator is a power of two).
fn exact_ratio(x: f64) -> (BigInt, BigInt) {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mant, exp) = if biased == 0 { (frac, -1074) } else { (frac | (1 << 52), biased - 1075) };
    let sign = if x.is_sign_negative() { -1 } else { 1 };
    let m = BigInt::from(mant) * sign;
    if exp >= 0 {
        (m << (exp as u64), BigInt::one())
    } else {
        (m, BigInt::one() << ((-exp) as u64))
    }
}

/// `float.as_integer_ratio()`: lowest terms, positive denominator.
pub fn as_integer_ratio(x: f64) -> NumResult<(BigInt, BigInt)> {
    if x.is_nan() {
        return Err(NumError::value("cannot convert NaN to integer ratio"));
    }
    if x.is_infinite() {
        return Err(NumError::overflow("cannot convert Infinity to integer ratio"));
    }
    let (num, den) = exact_ratio(x);
    if num.is_zero() {
        return Ok((BigInt::zero(), BigInt::one()));
    }
    // The denominator is a power of two: divide out the common factors of two.
    let shift = num.trailing_zeros().unwrap_or(0).min(den.trailing_zeros().unwrap_or(0));
    Ok((num >> shift, den >> shift))
}

/// `float.is_integer()`.
pub fn is_integer(x: f64) -> bool {
    x.is_finite() && x.trunc() == x
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numeric::float_repr::repr;
    use crate::numeric::pytest::python_lines;

    fn sample() -> Vec<f64> {
        let mut xs = vec![
            0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 0.125, 0.375, -0.0, 0.0, 1.7e308, 1e-300, 5e-324,
            123456.789, 1e16 + 2.0, 0.1, 0.285, 1.005, 1234.5678, -2.5e-7, 4.35, 1e22, 99.5, 1e300,
        ];
        let mut s: u64 = 3;
        for _ in 0..150 {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            let f = f64::from_bits(s >> 2);
            xs.push(f);
            xs.push(((s >> 11) % 1_000_000) as f64 / 1000.0 - 500.0);
        }
        xs
    }

    #[test]
    fn round_float_matches_python() {
        let xs = sample();
        let digits = [-400i64, -309, -308, -300, -20, -5, -2, -1, 0, 1, 2, 3, 5, 10, 17, 100, 323, 324];
        let list = xs.iter().map(|v| format!("float('{}')", repr(*v))).collect::<Vec<_>>().join(",");
        let py = python_lines(&format!(
            "for x in [{list}]:\n  for n in {digits:?}:\n    \
               try: print(repr(round(x,n)))\n    \
               except OverflowError as e: print('OverflowError:', e)"
        ));
        let mut k = 0;
        for &x in &xs {
            for &n in &digits {
                let got = match round_float(x, n) {
                    Ok(v) => repr(v),
                    Err(e) => format!("OverflowError: {}", e.message),
                };
                assert_eq!(got, py[k], "round({x:e}, {n})");
                k += 1;
            }
        }
    }

    #[test]
    fn round_to_int_and_int_rounding_match_python() {
        let xs = [0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 1e300, -7.49999, 4.5e15 + 0.5];
        let ints = ["15", "25", "-15", "150", "250", "-250", "123456789012345678901234567890", "5", "-5", "0"];
        let py = python_lines(&format!(
            "for x in {xs:?}: print(round(x))\nfor n in [{}]:\n  print(*(round(n,k) for k in (-1,-2,-5,-40,0,3)))",
            ints.join(",")
        ));
        for (i, &x) in xs.iter().enumerate() {
            assert_eq!(round_to_int(x).unwrap().to_string(), py[i]);
        }
        for (i, s) in ints.iter().enumerate() {
            let n: BigInt = s.parse().unwrap();
            let got: Vec<String> = [-1, -2, -5, -40, 0, 3].iter().map(|&k| round_int(&n, k).to_string()).collect();
            assert_eq!(got.join(" "), py[xs.len() + i]);
        }
        assert_eq!(round_to_int(f64::INFINITY).unwrap_err().message, "cannot convert float infinity to integer");
        assert_eq!(round_to_int(f64::NAN).unwrap_err().message, "cannot convert float NaN to integer");
        assert!(round_float(f64::NAN, 2).unwrap().is_nan());
        assert_eq!(round_float(f64::NEG_INFINITY, 2).unwrap(), f64::NEG_INFINITY);
    }

    #[test]
    fn integer_ratio_matches_python() {
        let xs = sample();
        let list = xs.iter().map(|v| format!("float('{}')", repr(*v))).collect::<Vec<_>>().join(",");
        let py = python_lines(&format!("for x in [{list}]: print(*x.as_integer_ratio(), x.is_integer())"));
        for (i, &x) in xs.iter().enumerate() {
            let (n, d) = as_integer_ratio(x).unwrap();
            let got = format!("{n} {d} {}", if is_integer(x) { "True" } else { "False" });
            assert_eq!(got, py[i]);
        }
        assert_eq!(as_integer_ratio(f64::NAN).unwrap_err().message, "cannot convert NaN to integer ratio");
        assert_eq!(
            as_integer_ratio(f64::INFINITY).unwrap_err().message,
            "cannot convert Infinity to integer ratio"
        );
        assert!(!is_integer(f64::INFINITY));
    }
}
