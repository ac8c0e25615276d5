//! Complex arithmetic and `complex(str)` with CPython's algorithms.
//!
//! Products are the textbook formula; quotients use CPython's scaled (Smith-style) division
//! so that `(1e308+1e308j) / (1e-308+1e-308j)` does not overflow in the intermediate steps;
//! powers use repeated squaring for integral exponents up to 100 in magnitude (`c_powi`, more
//! accurate and the reason `(1+1j)**100` is exact) and the polar formula otherwise. The
//! results and error cases were compared with python3 3.11-3.13, which agree; messages use
//! the 3.14 texts (`division by zero`, `zero to a negative or complex power`).
//!
//! Not covered: the 3.14 mixed-mode rules (`complex * float` without promoting the float to
//! a complex, which changes some signed zeros and nan/inf results), because no 3.14
//! interpreter was available to check them; callers promote reals with [`Complex::from_real`].

use super::float_parse::parse_float_ascii;
use super::int_text::is_ascii_space;
use super::unicode_digits::to_ascii_numeric;
use super::{ErrorKind, NumError, NumResult};

/// A Python complex value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Complex {
    /// Real part.
    pub re: f64,
    /// Imaginary part.
    pub im: f64,
}

/// `ValueError` text of `complex()` for an unparsable string.
pub const MALFORMED: &str = "complex() arg is a malformed string";

/// Why `complex(s)` failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParseComplexError {
    /// An underscore not between two digits: `could not convert string to complex: {repr}`.
    Underscore,
    /// Anything else: [`MALFORMED`].
    Malformed,
}

impl ParseComplexError {
    /// The `ValueError`; `input_repr` is `repr()` of the argument.
    pub fn into_num_error(self, input_repr: &str) -> NumError {
        match self {
            ParseComplexError::Underscore => {
                NumError::value(format!("could not convert string to complex: {input_repr}"))
            }
            ParseComplexError::Malformed => NumError::value(MALFORMED),
        }
    }
}

impl Complex {
    /// `complex(re, im)`.
    pub fn new(re: f64, im: f64) -> Self {
        Complex { re, im }
    }

    /// A real number as a complex (`complex(x)`: imaginary part +0.0).
    pub fn from_real(x: f64) -> Self {
        Complex { re: x, im: 0.0 }
    }

    /// `a / b`; dividing by zero raises `ZeroDivisionError: division by zero`.
    pub fn checked_div(self, b: Complex) -> NumResult<Complex> {
        self.quot(b).ok_or_else(NumError::division_by_zero)
    }

    /// CPython's `_Py_c_quot`; `None` for a zero divisor.
    fn quot(self, b: Complex) -> Option<Complex> {
        let a = self;
        let abs_br = b.re.abs();
        let abs_bi = b.im.abs();
        if abs_br >= abs_bi {
            if abs_br == 0.0 {
                return None;
            }
            let ratio = b.im / b.re;
            let denom = b.re + b.im * ratio;
            Some(Complex::new((a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom))
        } else if abs_bi >= abs_br {
            let ratio = b.re / b.im;
            let denom = b.re * ratio + b.im;
            Some(Complex::new((a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom))
        } else {
            // At least one part of b is a nan.
            Some(Complex::new(f64::NAN, f64::NAN))
        }
    }

    /// `abs(a)`: `hypot`; `OverflowError: absolute value too large` when finite parts give an
    /// infinite result.
    pub fn abs(self) -> NumResult<f64> {
        if self.re.is_infinite() || self.im.is_infinite() {
            return Ok(f64::INFINITY);
        }
        if self.re.is_nan() || self.im.is_nan() {
            return Ok(f64::NAN);
        }
        let r = self.re.hypot(self.im);
        if r.is_infinite() {
            return Err(NumError::overflow("absolute value too large"));
        }
        Ok(r)
    }

    /// `a ** b` (three-argument `pow` raises `ValueError: complex modulo` in the caller).
    pub fn pow(self, b: Complex) -> NumResult<Complex> {
        let zero_power = || NumError::new(ErrorKind::ZeroDivision, "zero to a negative or complex power");
        let result = if b.im == 0.0 && b.re == b.re.floor() && b.re.abs() <= 100.0 {
            let n = b.re as i64;
            if n >= 0 {
                self.pow_unsigned(n as u64)
            } else {
                Complex::new(1.0, 0.0).quot(self.pow_unsigned(n.unsigned_abs())).ok_or_else(zero_power)?
            }
        } else if b.re == 0.0 && b.im == 0.0 {
            Complex::new(1.0, 0.0)
        } else if self.re == 0.0 && self.im == 0.0 {
            if b.im != 0.0 || b.re < 0.0 {
                return Err(zero_power());
            }
            Complex::new(0.0, 0.0)
        } else {
            let vabs = self.re.hypot(self.im);
            let mut len = vabs.powf(b.re);
            let at = self.im.atan2(self.re);
            let mut phase = at * b.re;
            if b.im != 0.0 {
                len /= (at * b.im).exp();
                phase += b.im * vabs.ln();
            }
            Complex::new(len * phase.cos(), len * phase.sin())
        };
        if result.re.is_infinite() || result.im.is_infinite() {
            return Err(NumError::overflow("complex exponentiation"));
        }
        Ok(result)
    }

    /// `c_powu`: binary exponentiation by squaring.
    fn pow_unsigned(self, n: u64) -> Complex {
        let mut r = Complex::new(1.0, 0.0);
        let mut p = self;
        let mut mask: u64 = 1;
        while mask > 0 && n >= mask {
            if n & mask != 0 {
                r = r * p;
            }
            mask <<= 1;
            p = p * p;
        }
        r
    }

    /// `repr(a)`.
    pub fn repr(self) -> String {
        super::float_repr::repr_complex(self.re, self.im)
    }
}

impl std::ops::Add for Complex {
    type Output = Complex;
    /// `a + b`
    fn add(self, b: Complex) -> Complex {
        Complex::new(self.re + b.re, self.im + b.im)
    }
}

impl std::ops::Sub for Complex {
    type Output = Complex;
    /// `a - b`
    fn sub(self, b: Complex) -> Complex {
        Complex::new(self.re - b.re, self.im - b.im)
    }
}

impl std::ops::Neg for Complex {
    type Output = Complex;
    /// `-a`
    fn neg(self) -> Complex {
        Complex::new(-self.re, -self.im)
    }
}

impl std::ops::Mul for Complex {
    type Output = Complex;
    /// `a * b`: the textbook product, as CPython's `_Py_c_prod`.
    fn mul(self, b: Complex) -> Complex {
        Complex::new(self.re * b.re - self.im * b.im, self.re * b.im + self.im * b.re)
    }
}

/// The longest prefix of `s` that C's `strtod` (as CPython configures it) reads as a float:
/// its value and length, or `None` if there is none.
fn float_prefix(s: &[u8]) -> Option<(f64, usize)> {
    let mut i = usize::from(matches!(s.first(), Some(b'+' | b'-')));
    let rest = &s[i..];
    let lower: Vec<u8> = rest.iter().take(8).map(u8::to_ascii_lowercase).collect();
    let special = if lower.starts_with(b"infinity") {
        Some(8)
    } else if lower.starts_with(b"inf") || lower.starts_with(b"nan") {
        Some(3)
    } else {
        None
    };
    if let Some(n) = special {
        i += n;
    } else {
        let int_digits = rest.iter().take_while(|c| c.is_ascii_digit()).count();
        i += int_digits;
        let mut frac_digits = 0;
        if s.get(i) == Some(&b'.') {
            frac_digits = s[i + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
            if int_digits + frac_digits > 0 {
                i += 1 + frac_digits;
            }
        }
        if int_digits + frac_digits == 0 {
            return None;
        }
        if matches!(s.get(i), Some(b'e' | b'E')) {
            let mut j = i + 1;
            if matches!(s.get(j), Some(b'+' | b'-')) {
                j += 1;
            }
            let exp_digits = s[j.min(s.len())..].iter().take_while(|c| c.is_ascii_digit()).count();
            if exp_digits > 0 {
                i = j + exp_digits;
            }
        }
    }
    parse_float_ascii(&s[..i]).map(|v| (v, i))
}

/// Removes underscores that sit between two digits (the whole string is rejected otherwise).
fn strip_underscores(s: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len());
    let mut prev = 0u8;
    for (k, &c) in s.iter().enumerate() {
        if c == b'_' {
            let next = s.get(k + 1).copied().unwrap_or(0);
            if !prev.is_ascii_digit() || !next.is_ascii_digit() {
                return None;
            }
        } else {
            out.push(c);
        }
        prev = c;
    }
    Some(out)
}

/// `complex(s)` for a str.
pub fn parse(s: &str) -> Result<Complex, ParseComplexError> {
    let ascii = if s.is_ascii() { s.as_bytes().to_vec() } else { to_ascii_numeric(s) };
    parse_ascii(&ascii)
}

/// `complex(s)` on ASCII text (the core of [`parse`]).
pub fn parse_ascii(text: &[u8]) -> Result<Complex, ParseComplexError> {
    let owned = strip_underscores(text).ok_or(ParseComplexError::Underscore)?;
    parse_without_underscores(&owned).ok_or(ParseComplexError::Malformed)
}

fn parse_without_underscores(s: &[u8]) -> Option<Complex> {
    let mut i = 0;
    let skip_space = |i: &mut usize| {
        while *i < s.len() && is_ascii_space(s[*i]) {
            *i += 1;
        }
    };
    skip_space(&mut i);
    let bracket = s.get(i) == Some(&b'(');
    if bracket {
        i += 1;
        skip_space(&mut i);
    }
    let is_j = |c: Option<&u8>| matches!(c, Some(b'j' | b'J'));
    let (mut re, mut im) = (0.0, 0.0);
    if let Some((z, n)) = float_prefix(&s[i..]) {
        i += n;
        if matches!(s.get(i), Some(b'+' | b'-')) {
            re = z;
            if let Some((y, m)) = float_prefix(&s[i..]) {
                im = y;
                i += m;
            } else {
                im = if s[i] == b'+' { 1.0 } else { -1.0 };
                i += 1;
            }
            if !is_j(s.get(i)) {
                return None;
            }
            i += 1;
        } else if is_j(s.get(i)) {
            im = z;
            i += 1;
        } else {
            re = z;
        }
    } else {
        if matches!(s.get(i), Some(b'+' | b'-')) {
            im = if s[i] == b'+' { 1.0 } else { -1.0 };
            i += 1;
        } else {
            im = 1.0;
        }
        if !is_j(s.get(i)) {
            return None;
        }
        i += 1;
    }
    skip_space(&mut i);
    if bracket {
        if s.get(i) != Some(&b')') {
            return None;
        }
        i += 1;
        skip_space(&mut i);
    }
    (i == s.len()).then_some(Complex::new(re, im))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numeric::float_repr::repr;
    use crate::numeric::pytest::{py_str, python_lines};

    fn values() -> Vec<Complex> {
        let parts = [0.0, -0.0, 1.0, -1.0, 2.5, 1e308, 1e-308, f64::INFINITY, f64::NAN, 3.0, -0.5];
        let mut out = Vec::new();
        for (i, &a) in parts.iter().enumerate() {
            for &b in parts.iter().skip(i % 3).step_by(2) {
                out.push(Complex::new(a, b));
            }
        }
        out
    }

    fn py_complex(c: Complex) -> String {
        format!("complex(float('{}'),float('{}'))", repr(c.re), repr(c.im))
    }

    fn show(r: NumResult<Complex>) -> String {
        match r {
            Ok(c) => c.repr(),
            Err(e) => format!("{} {}", e.class_name(), e.message),
        }
    }

    #[test]
    fn arithmetic_matches_python() {
        let vs = values();
        let list = vs.iter().map(|c| py_complex(*c)).collect::<Vec<_>>().join(",");
        let py = python_lines(&format!(
            "vs=[{list}]\n\
             def f(op):\n  \
               try: return repr(op())\n  \
               except ZeroDivisionError as e: return 'ZeroDivisionError ' + ('division by zero' if 'division' in str(e) else 'zero to a negative or complex power')\n  \
               except Exception as e: return type(e).__name__+' '+str(e)\n\
             for a in vs:\n  \
               print(f(lambda: abs(a)))\n  \
               for b in vs[::3]: print(f(lambda: a*b), f(lambda: a/b), f(lambda: a+b), f(lambda: a-b))"
        ));
        let mut k = 0;
        for &a in &vs {
            let got = match a.abs() {
                Ok(v) => repr(v),
                Err(e) => format!("{} {}", e.class_name(), e.message),
            };
            assert_eq!(got, py[k], "abs({a:?})");
            k += 1;
            for &b in vs.iter().step_by(3) {
                let got = format!("{} {} {} {}", (a * b).repr(), show(a.checked_div(b)), (a + b).repr(), (a - b).repr());
                assert_eq!(got, py[k], "{a:?} op {b:?}");
                k += 1;
            }
        }
    }

    #[test]
    fn negation_flips_both_signs() {
        let n = -Complex::new(0.0, -1.5);
        assert!(n.re.is_sign_negative() && n.im == 1.5);
    }

    #[test]
    fn powers_match_python() {
        let bases = [Complex::new(0.0, 0.0), Complex::new(1.0, 1.0), Complex::new(0.0, 1.0), Complex::new(-2.0, 0.5), Complex::new(1e200, 1.0), Complex::new(0.5, -0.25)];
        let exps = [
            Complex::new(-1.0, 0.0),
            Complex::new(0.0, 0.0),
            Complex::new(2.0, 0.0),
            Complex::new(100.0, 0.0),
            Complex::new(101.0, 0.0),
            Complex::new(0.5, 0.0),
            Complex::new(0.0, 1.0),
            Complex::new(-3.0, 0.0),
            Complex::new(1.5, -2.0),
        ];
        let bl = bases.iter().map(|c| py_complex(*c)).collect::<Vec<_>>().join(",");
        let el = exps.iter().map(|c| py_complex(*c)).collect::<Vec<_>>().join(",");
        let py = python_lines(&format!(
            "for a in [{bl}]:\n  for b in [{el}]:\n    \
               try: print(repr(a**b))\n    \
               except ZeroDivisionError: print('ZeroDivisionError zero to a negative or complex power')\n    \
               except Exception as e: print(type(e).__name__, e)"
        ));
        let mut k = 0;
        for &a in &bases {
            for &b in &exps {
                assert_eq!(show(a.pow(b)), py[k], "{a:?} ** {b:?}");
                k += 1;
            }
        }
    }

    #[test]
    fn random_strings_parse_like_python() {
        let inputs = crate::numeric::pytest::random_strings(13, 6000, 7, "01._eE+-jJ ()inf");
        let list = inputs.iter().map(|s| py_str(s)).collect::<Vec<_>>().join(",");
        let py = python_lines(&format!(
            "for t in [{list}]:\n  try: print(repr(complex(t)))\n  except ValueError: print('E')"
        ));
        for (s, want) in inputs.iter().zip(&py) {
            let got = parse(s).map_or("E".to_string(), |c| c.repr());
            assert_eq!(&got, want, "complex({s:?})");
        }
    }

    #[test]
    fn parse_matches_python() {
        let inputs = [
            "1+2j", "(1+2j)", " ( 1+2j ) ", "-j", "+J", "j", "1", "1.5e3J", "inf+nanj", "-infj", "1_0+2_0j",
            "1+", "1+2", "(1+2j", "1 + 2j", "", "j+1", "2j3", "nan", "  -1.5-2.5J  ", "1e+5-1e-5j", "+1j",
            "--1j", "1+-2j", "0x1j", "1e5j", "1ej", "infinityj", "-Infinity-infj", ".5j", "5.j", "1_j", "()",
            "(j)", "1j)", "١+٢j", "1+1j\t",
        ];
        let list = inputs.iter().map(|s| py_str(s)).collect::<Vec<_>>().join(",");
        let py = python_lines(&format!(
            "for s in [{list}]:\n  try: print(repr(complex(s)))\n  except ValueError as e: print('ValueError', str(e).replace(repr(s), 'REPR'))"
        ));
        for (i, s) in inputs.iter().enumerate() {
            let got = match parse(s) {
                Ok(c) => c.repr(),
                Err(e) => format!("ValueError {}", e.into_num_error("REPR").message),
            };
            assert_eq!(got, py[i], "complex({s:?})");
        }
    }
}
