//! Float `//`, `%`, `divmod` and `**` with CPython's sign and special-value rules.
//!
//! CPython computes `%` as `fmod` corrected toward the divisor's sign, and `//` as
//! `(a - mod) / b` snapped to the nearest integer, so that `divmod` stays consistent with
//! `%` even where the exact quotient would round differently (`divmod(1, 0.1)` is
//! `(9.0, 0.09999999999999995)`). Rust's `%` on f64 is C's `fmod`, exact, so the same steps
//! give the same bits.
//!
//! `**` follows C99 `pow` except where Python defines its own answer: `x ** 0 == 1` even
//! for nan, `1 ** nan == 1`, zero to a negative power raises, a negative base with a
//! non-integral exponent gives a complex result, and an infinite result from finite
//! operands raises `OverflowError`.

use super::{NumError, NumResult};

/// `a % b` for floats: the result takes the sign of `b`; a zero result is `copysign(0, b)`.
pub fn floor_mod(a: f64, b: f64) -> NumResult<f64> {
    if b == 0.0 {
        return Err(NumError::division_by_zero());
    }
    let mut m = a % b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    Ok(m)
}

/// `divmod(a, b)` for floats, as CPython's `_float_div_mod`.
pub fn divmod(a: f64, b: f64) -> NumResult<(f64, f64)> {
    if b == 0.0 {
        return Err(NumError::division_by_zero());
    }
    let mut m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(a / b)
    };
    Ok((floordiv, m))
}

/// `a // b` for floats.
pub fn floor_div(a: f64, b: f64) -> NumResult<f64> {
    divmod(a, b).map(|(q, _)| q)
}

/// `a / b` for floats (only the zero check; IEEE division is otherwise exact Python).
pub fn true_div(a: f64, b: f64) -> NumResult<f64> {
    if b == 0.0 {
        return Err(NumError::division_by_zero());
    }
    Ok(a / b)
}

/// The value of `float ** float`: usually real; complex for a negative base raised to a
/// non-integral power.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum FloatPow {
    /// A float result.
    Real(f64),
    /// A complex result `(real, imag)`.
    Complex(f64, f64),
}

fn is_odd_integer(x: f64) -> bool {
    x.is_finite() && x == x.trunc() && (x / 2.0) != (x / 2.0).trunc()
}

/// CPython's message for `0.0 ** negative` (3.14 text).
pub const ZERO_TO_NEGATIVE_POWER: &str = "zero to a negative power";

/// `OverflowError` text CPython shows for an out-of-range float power (an errno tuple).
pub const POW_RANGE_ERROR: &str = "(34, 'Numerical result out of range')";

/// `x ** y` for floats.
pub fn pow(x: f64, y: f64) -> NumResult<FloatPow> {
    use FloatPow::Real;
    if y == 0.0 {
        return Ok(Real(1.0));
    }
    if x.is_nan() {
        return Ok(Real(x));
    }
    if y.is_nan() {
        return Ok(Real(if x == 1.0 { 1.0 } else { y }));
    }
    if y.is_infinite() {
        let ax = x.abs();
        return Ok(Real(if ax == 1.0 {
            1.0
        } else if (y > 0.0) == (ax > 1.0) {
            f64::INFINITY
        } else {
            0.0
        }));
    }
    if x.is_infinite() {
        let odd = is_odd_integer(y);
        return Ok(Real(if y > 0.0 {
            if odd { x } else { x.abs() }
        } else if odd {
            0.0f64.copysign(x)
        } else {
            0.0
        }));
    }
    if x == 0.0 {
        if y < 0.0 {
            return Err(NumError::new(super::ErrorKind::ZeroDivision, ZERO_TO_NEGATIVE_POWER));
        }
        return Ok(Real(if is_odd_integer(y) { x } else { 0.0 }));
    }
    let mut base = x;
    let mut negate = false;
    if base < 0.0 {
        if y != y.floor() {
            return complex_pow_real_operands(x, y);
        }
        base = -base;
        negate = is_odd_integer(y);
    }
    if base == 1.0 {
        return Ok(Real(if negate { -1.0 } else { 1.0 }));
    }
    let mut r = base.powf(y);
    if negate {
        r = -r;
    }
    if r.is_infinite() {
        return Err(NumError::overflow(POW_RANGE_ERROR));
    }
    Ok(Real(r))
}

/// `complex(x) ** complex(y)` for a negative finite `x` and non-integral finite `y`, by the
/// polar formula CPython's `_Py_c_pow` uses.
fn complex_pow_real_operands(x: f64, y: f64) -> NumResult<FloatPow> {
    let vabs = x.abs();
    let len = vabs.powf(y);
    let at = 0.0f64.atan2(x);
    let phase = at * y;
    let re = len * phase.cos();
    let im = len * phase.sin();
    if re.is_infinite() || im.is_infinite() {
        return Err(NumError::overflow("complex exponentiation"));
    }
    Ok(FloatPow::Complex(re, im))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numeric::float_repr::repr;
    use crate::numeric::pytest::python_lines;

    const VALUES: &[f64] = &[
        0.0, -0.0, 1.0, -1.0, 0.1, -0.1, 2.0, -2.0, 7.5, -7.5, 1e-20, -1e-20, 3.0, 1e300, -1e300,
        f64::INFINITY, f64::NEG_INFINITY, f64::NAN, 0.5, -0.5, 1.5, 10.0, 5e-324, 123.456,
    ];

    fn py_values() -> String {
        VALUES.iter().map(|v| format!("float('{}')", repr(*v))).collect::<Vec<_>>().join(",")
    }

    fn show(r: NumResult<f64>) -> String {
        match r {
            Ok(v) => repr(v),
            Err(e) => format!("{}: {}", e.class_name(), e.message),
        }
    }

    #[test]
    fn divmod_and_mod_match_python() {
        let py = python_lines(&format!(
            "xs=[{}]\n\
             def f(op):\n  \
               try: return repr(op())\n  \
               except ZeroDivisionError: return 'ZeroDivisionError: division by zero'\n\
             for a in xs:\n  \
               for b in xs:\n    \
                 print(f(lambda: a%b), f(lambda: a//b), f(lambda: divmod(a,b)[1]))",
            py_values()
        ));
        let mut k = 0;
        for &a in VALUES {
            for &b in VALUES {
                let got = format!(
                    "{} {} {}",
                    show(floor_mod(a, b)),
                    show(floor_div(a, b)),
                    show(divmod(a, b).map(|p| p.1))
                );
                assert_eq!(got, py[k], "{a} % // {b}");
                k += 1;
            }
        }
    }

    #[test]
    fn pow_matches_python() {
        let mut xs: Vec<f64> = VALUES.to_vec();
        xs.extend([-8.0, 0.5, -0.5, 2.5, -2.5, 1e10]);
        let list = xs.iter().map(|v| format!("float('{}')", repr(*v))).collect::<Vec<_>>().join(",");
        let py = python_lines(&format!(
            "xs=[{list}]\n\
             def f(a,b):\n  \
               try:\n    r=a**b\n    return repr(r)\n  \
               except ZeroDivisionError: return 'ZeroDivisionError: zero to a negative power'\n  \
               except Exception as e: return type(e).__name__+': '+str(e)\n\
             for a in xs:\n  \
               for b in xs:\n    print(f(a,b))"
        ));
        let mut k = 0;
        for &a in &xs {
            for &b in &xs {
                let got = match pow(a, b) {
                    Ok(FloatPow::Real(r)) => repr(r),
                    Ok(FloatPow::Complex(re, im)) => crate::numeric::float_repr::repr_complex(re, im),
                    Err(e) => format!("{}: {}", e.class_name(), e.message),
                };
                assert_eq!(got, py[k], "{a} ** {b}");
                k += 1;
            }
        }
    }
}
