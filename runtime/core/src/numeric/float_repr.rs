//! `repr(float)` exactly as CPython prints it, plus the digit generators the format-spec and
//! `%` formatters build on.
//!
//! CPython uses David Gay's dtoa: mode 0 (shortest string that round-trips, the closest one
//! when several have the same length) for `repr`, and modes 2/3 (exactly rounded, ties to
//! even on the exact binary value) for fixed precisions. Rust's standard library float
//! formatting computes the same two things: `{:e}` is the shortest round-trip, closest
//! representation (Grisu with a Dragon4 fallback) and `{:.N}` / `{:.Ne}` are exact. So no
//! hand-written dtoa is needed; this file only takes the digits and exponent apart and lays
//! them out with CPython's rules:
//! - positional notation when the decimal exponent `e` of the leading digit is in
//!   `-4 <= e < 16`, always with a fractional part (`100.0`);
//! - otherwise `d[.ddd]e±XX` with at least two exponent digits (`1e+16`, `1e-05`);
//! - `inf`, `-inf`, `nan` (never `-nan`), `-0.0`.
//!
//! The tests compare against `repr` in python3 over hundreds of thousands of bit patterns.

/// Decimal digits and exponent of a finite nonzero magnitude: `0.d1d2d3... * 10**(exp+1)`,
/// i.e. `d1.d2d3... * 10**exp`. Digits have no trailing zeros unless they are significant to
/// the requested precision.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Digits {
    /// ASCII decimal digits, the first one nonzero.
    pub digits: String,
    /// Decimal exponent of the first digit.
    pub exp: i32,
}

/// Splits Rust's `d.ddde[-]N` output into digits and exponent.
fn split_exp_form(s: &str) -> Digits {
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let digits: String = mant.chars().filter(char::is_ascii_digit).collect();
    Digits { digits, exp: exp.parse().unwrap_or(0) }
}

/// Shortest round-trip digits of `|x|` (x finite, nonzero): dtoa mode 0.
///
/// When two candidates of the shortest length are equally close to `x` (the exact binary
/// value ends in a decimal 5 just past them), Rust rounds the tie up while dtoa rounds it
/// to even. That can only happen at 16 or 17 digits, where the correctly rounded
/// (ties-to-even) string of the same length is checked and preferred when it round-trips.
pub fn shortest_digits(x: f64) -> Digits {
    let ax = x.abs();
    let mut d = split_exp_form(&format!("{ax:e}"));
    if d.digits.len() >= 16 && tie_possible(ax) {
        let exact = significant_digits(ax, d.digits.len());
        if exact != d {
            let text = format!("{}.{}e{}", &exact.digits[..1], &exact.digits[1..], exact.exp);
            if text.parse::<f64>() == Ok(ax) {
                d = exact;
            }
        }
    }
    while d.digits.len() > 1 && d.digits.ends_with('0') {
        d.digits.pop();
    }
    d
}

/// Whether the exact decimal expansion of `ax` is short enough (at most 18 significant
/// digits) for a 16- or 17-digit tie to exist. With `ax = m * 2**e`, `m` odd and `e < 0`, the
/// expansion is the digits of `m * 5**-e`, at least `-e * log10(5)` of them; so for `e < -26`
/// no tie is possible and the second formatting pass is skipped (most floats).
fn tie_possible(ax: f64) -> bool {
    let bits = ax.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (m, e) = if biased == 0 { (frac, -1074) } else { (frac | (1 << 52), biased - 1075) };
    let e = e + i64::from(m.trailing_zeros());
    e >= -26
}

/// `|x|` rounded to `count` significant digits (count >= 1), exactly, ties to even: dtoa
/// mode 2. Trailing zeros are kept (there are exactly `count` digits).
pub fn significant_digits(x: f64, count: usize) -> Digits {
    if count > EXACT_DIGITS {
        // Past every nonzero digit: the rest are zeros (see `EXACT_DIGITS`).
        let mut d = significant_digits(x, EXACT_DIGITS);
        d.digits.extend(std::iter::repeat_n('0', count - EXACT_DIGITS));
        return d;
    }
    split_exp_form(&format!("{:.*e}", count.saturating_sub(1), x.abs()))
}

/// A digit count past which the exact decimal expansion of every f64 has ended (at most
/// 767 significant digits, and none beyond 1074 places after the point), so longer
/// requests are this many digits plus zeros. It also keeps precisions within what Rust's
/// formatter accepts (a `u16`), where CPython takes any precision below 2**31.
const EXACT_DIGITS: usize = 1100;

/// `|x|` with exactly `decimals` digits after the point, exactly rounded, ties to even:
/// dtoa mode 3 (`format(x, '.Nf')` without the sign).
pub fn fixed_digits(x: f64, decimals: usize) -> String {
    if decimals > EXACT_DIGITS {
        let mut t = fixed_digits(x, EXACT_DIGITS);
        t.extend(std::iter::repeat_n('0', decimals - EXACT_DIGITS));
        return t;
    }
    format!("{:.*}", decimals, x.abs())
}

/// Lays out a mantissa in exponent form: `d[.ddd]e±XX` (no sign).
pub fn exponent_form(digits: &str, exp: i32, keep_point: bool) -> String {
    let mut out = String::with_capacity(digits.len() + 6);
    out.push_str(&digits[..1]);
    if digits.len() > 1 || keep_point {
        out.push('.');
        out.push_str(&digits[1..]);
    }
    out.push('e');
    out.push(if exp < 0 { '-' } else { '+' });
    let e = exp.unsigned_abs();
    if e < 10 {
        out.push('0');
    }
    out.push_str(&e.to_string());
    out
}

/// Lays out digits positionally, with at least `min_frac` fractional digits (zero padded)
/// and the point omitted when there are no fractional digits and `force_point` is false.
pub fn positional_form(digits: &str, exp: i32, min_frac: usize, force_point: bool) -> String {
    let n = digits.len() as i64;
    let point = i64::from(exp) + 1; // digits before the point
    let mut int_part = String::new();
    let mut frac_part = String::new();
    if point <= 0 {
        int_part.push('0');
        frac_part.extend(std::iter::repeat_n('0', (-point) as usize));
        frac_part.push_str(digits);
    } else if point >= n {
        int_part.push_str(digits);
        int_part.extend(std::iter::repeat_n('0', (point - n) as usize));
    } else {
        int_part.push_str(&digits[..point as usize]);
        frac_part.push_str(&digits[point as usize..]);
    }
    while frac_part.len() < min_frac {
        frac_part.push('0');
    }
    if frac_part.is_empty() && !force_point {
        int_part
    } else {
        format!("{int_part}.{frac_part}")
    }
}

/// `repr(x)` / `str(x)` for a float.
pub fn repr(x: f64) -> String {
    repr_with(x, true)
}

/// `repr` digits without the `.0` CPython appends to integral values: the form complex
/// numbers use for their parts (`(1+2j)`).
pub fn repr_no_dot_zero(x: f64) -> String {
    repr_with(x, false)
}

/// `repr(complex(re, im))`: `2j` when the real part is +0.0, otherwise `(re±imj)`.
pub fn repr_complex(re: f64, im: f64) -> String {
    let imag = repr_no_dot_zero(im);
    if re == 0.0 && re.is_sign_positive() {
        return format!("{imag}j");
    }
    let sign = if imag.starts_with('-') { "" } else { "+" };
    format!("({}{sign}{imag}j)", repr_no_dot_zero(re))
}

fn repr_with(x: f64, add_dot_zero: bool) -> String {
    if x.is_nan() {
        return "nan".to_string();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".to_string() } else { "-inf".to_string() };
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return if add_dot_zero { format!("{sign}0.0") } else { format!("{sign}0") };
    }
    let d = shortest_digits(x);
    let body = if (-4..16).contains(&d.exp) {
        positional_form(&d.digits, d.exp, usize::from(add_dot_zero), add_dot_zero)
    } else {
        exponent_form(&d.digits, d.exp, false)
    };
    format!("{sign}{body}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numeric::pytest::python;

    #[test]
    fn special_values() {
        assert_eq!(repr(f64::NAN), "nan");
        assert_eq!(repr(-f64::NAN), "nan");
        assert_eq!(repr(f64::INFINITY), "inf");
        assert_eq!(repr(f64::NEG_INFINITY), "-inf");
        assert_eq!(repr(0.0), "0.0");
        assert_eq!(repr(-0.0), "-0.0");
        assert_eq!(repr(1e16), "1e+16");
        assert_eq!(repr(1e-5), "1e-05");
        assert_eq!(repr(1e15), "1000000000000000.0");
        assert_eq!(repr(0.0001), "0.0001");
        assert_eq!(repr(5e-324), "5e-324");
    }

    /// Bit patterns covering every exponent, powers of ten and their neighbours, and random
    /// mantissas; python3 prints the repr of each.
    fn sample_bits() -> Vec<u64> {
        let mut out = Vec::new();
        let mut state: u64 = 12345;
        for e in 0..2047u64 {
            for _ in 0..40 {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                out.push((e << 52) | (state & ((1 << 52) - 1)));
            }
            out.push(e << 52);
            out.push((e << 52) | 1);
            out.push((e << 52) | ((1 << 52) - 1));
        }
        for p in -325..=308 {
            let v: f64 = format!("1e{p}").parse().unwrap();
            for delta in [-1i64, 0, 1] {
                out.push((v.to_bits() as i64 + delta) as u64);
            }
        }
        // Short dyadic values m * 2**k: the only ones whose 16/17-digit shortest form can
        // be a tie (see `tie_possible`).
        for k in -40i32..70 {
            for _ in 0..60 {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                let m = (state >> 11) | 1;
                out.push((m as f64 * 2f64.powi(k)).to_bits());
            }
        }
        for i in 1..2000u64 {
            out.push((i as f64 / 7.0).to_bits());
            out.push((i as f64 * 0.1).to_bits() | (1 << 63));
        }
        out
    }

    #[test]
    fn repr_matches_python_on_many_floats() {
        let bits = sample_bits();
        let hex: String = bits.iter().map(|b| format!("{b:x}\n")).collect();
        let prog = format!(
            "import struct,sys\ndata='''{hex}'''\n\
             sys.stdout.write(''.join(repr(struct.unpack('<d', struct.pack('<Q', int(h,16)))[0])+'\\n' for h in data.split()))"
        );
        let out = python(&prog);
        let mut mismatches = Vec::new();
        for (b, want) in bits.iter().zip(out.lines()) {
            let got = repr(f64::from_bits(*b));
            if got != want {
                mismatches.push(format!("{b:x}: got {got} want {want}"));
            }
        }
        assert_eq!(out.lines().count(), bits.len());
        assert!(mismatches.is_empty(), "{} mismatches, first: {:?}", mismatches.len(), &mismatches[..mismatches.len().min(5)]);
    }

    #[test]
    fn complex_repr_matches_python() {
        let parts = [0.0, -0.0, 1.0, -1.0, 2.5, 1e16, -1e-7, f64::INFINITY, f64::NEG_INFINITY, f64::NAN];
        let list = parts.iter().map(|v| format!("float('{}')", repr(*v))).collect::<Vec<_>>().join(",");
        let out = python(&format!("xs=[{list}]\nfor a in xs:\n  for b in xs: print(repr(complex(a,b)))"));
        let mut lines = out.lines();
        for &a in &parts {
            for &b in &parts {
                assert_eq!(repr_complex(a, b), lines.next().unwrap(), "complex({a},{b})");
            }
        }
    }

    #[test]
    fn fixed_and_significant_digits_are_exact() {
        assert_eq!(fixed_digits(2.675, 2), "2.67");
        assert_eq!(fixed_digits(0.5, 0), "0");
        assert_eq!(fixed_digits(2.5, 0), "2");
        assert_eq!(fixed_digits(-1.5, 0), "2");
        assert_eq!(significant_digits(0.125, 2), Digits { digits: "12".into(), exp: -1 });
        assert_eq!(significant_digits(9.99, 2), Digits { digits: "10".into(), exp: 1 });
        // Long exact expansions are not truncated.
        let py = python("print('%.60f' % 0.1); print('%.70e' % 5e-324)");
        let mut lines = py.lines();
        assert_eq!(fixed_digits(0.1, 60), lines.next().unwrap());
        let d = significant_digits(5e-324, 71);
        assert_eq!(exponent_form(&d.digits, d.exp, false), lines.next().unwrap());
    }
}
