//! The integer functions of `math`: `isqrt`, `factorial`, `comb`, `perm`, `gcd`, `lcm`, and
//! logarithms of ints too large for a float.
//!
//! These are pure big-integer algorithms with CPython's argument checks and messages (checked
//! against python3.13). Products use binary splitting (multiply balanced halves) so that
//! `factorial(100_000)` costs a few big multiplications instead of 100,000 growing ones.
//!
//! `math.log(n)` for an int that overflows a float takes `n = x * 2**e` with `x` in
//! `[0.5, 1)` rounded to 53 bits (CPython's `_PyLong_Frexp`) and returns
//! `f(x) + f(2) * e`; the caller supplies `f` (`ln`, `log2`, `log10`) and raises the domain
//! error for `n <= 0` with its own message.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::bigint::scaled_to_f64;
use super::{NumError, NumResult};

/// `math.isqrt(n)`.
pub fn isqrt(n: &BigInt) -> NumResult<BigInt> {
    if n.is_negative() {
        return Err(NumError::value("isqrt() argument must be nonnegative"));
    }
    Ok(n.sqrt())
}

/// Product of the integers in `lo..=hi` (1 for an empty range), by binary splitting.
fn range_product(lo: u64, hi: u64) -> BigInt {
    if lo > hi {
        return BigInt::one();
    }
    if hi - lo < 16 {
        let mut acc = BigInt::from(lo);
        for v in lo + 1..=hi {
            acc *= v;
        }
        return acc;
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid + 1, hi)
}

/// `math.factorial(n)`.
pub fn factorial(n: &BigInt) -> NumResult<BigInt> {
    if n.is_negative() {
        return Err(NumError::value("factorial() not defined for negative values"));
    }
    let n = n
        .to_i64()
        .ok_or_else(|| NumError::overflow(format!("factorial() argument should not exceed {}", i64::MAX)))?;
    Ok(range_product(1, n as u64))
}

fn check_non_negative(v: &BigInt, name: &str) -> NumResult<()> {
    if v.is_negative() {
        return Err(NumError::value(format!("{name} must be a non-negative integer")));
    }
    Ok(())
}

/// Product of `k` consecutive integers ending at `top` (`top - k + 1 ..= top`), split in halves.
fn falling_product(top: &BigInt, k: u64) -> BigInt {
    if k == 0 {
        return BigInt::one();
    }
    if k <= 16 {
        let mut acc = top.clone();
        for i in 1..k {
            acc *= top - BigInt::from(i);
        }
        return acc;
    }
    let half = k / 2;
    falling_product(top, half) * falling_product(&(top - BigInt::from(half)), k - half)
}

/// `math.perm(n, k)`; `k = None` is `factorial(n)`.
pub fn perm(n: &BigInt, k: Option<&BigInt>) -> NumResult<BigInt> {
    let Some(k) = k else {
        check_non_negative(n, "n")?;
        return factorial(n);
    };
    check_non_negative(n, "n")?;
    check_non_negative(k, "k")?;
    if k > n {
        return Ok(BigInt::zero());
    }
    let k = k.to_i64().ok_or_else(|| NumError::overflow(format!("k must not exceed {}", i64::MAX)))?;
    Ok(falling_product(n, k as u64))
}

/// `math.comb(n, k)`.
pub fn comb(n: &BigInt, k: &BigInt) -> NumResult<BigInt> {
    check_non_negative(n, "n")?;
    check_non_negative(k, "k")?;
    let rest = n - k;
    if rest.is_negative() {
        return Ok(BigInt::zero());
    }
    let k = if rest < *k { rest } else { k.clone() };
    let k = k
        .to_i64()
        .ok_or_else(|| NumError::overflow(format!("min(n - k, k) must not exceed {}", i64::MAX)))?;
    Ok(falling_product(n, k as u64) / range_product(1, k as u64))
}

/// `math.gcd(*integers)` (0 for no arguments).
pub fn gcd(values: &[BigInt]) -> BigInt {
    values.iter().fold(BigInt::zero(), |acc, v| acc.gcd(v))
}

/// `math.lcm(*integers)` (1 for no arguments, 0 if any is 0).
pub fn lcm(values: &[BigInt]) -> BigInt {
    let mut acc = BigInt::one();
    for v in values {
        if v.is_zero() {
            return BigInt::zero();
        }
        acc = acc.lcm(v).abs();
    }
    acc
}

/// `f(n)` for a logarithm `f` of a positive int, exact in range even when `n` overflows a
/// float. `None` for `n <= 0` (the caller's domain error).
pub fn int_log(n: &BigInt, f: impl Fn(f64) -> f64) -> Option<f64> {
    if !n.is_positive() {
        return None;
    }
    if let Some(x) = scaled_to_f64(n.magnitude(), 0, false) {
        return Some(f(x));
    }
    // n = x * 2**e with x in [0.5, 1), rounded to 53 bits like _PyLong_Frexp.
    let bits = n.bits() as i64;
    let mut e = bits;
    let mut x = scaled_to_f64(n.magnitude(), -bits, false).unwrap_or(1.0);
    if x >= 1.0 {
        x = 0.5;
        e += 1;
    }
    Some(f(x) + f(2.0) * e as f64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numeric::float_repr::repr;
    use crate::numeric::pytest::python_lines;

    fn big(s: &str) -> BigInt {
        s.parse().unwrap()
    }

    fn show(r: NumResult<BigInt>) -> String {
        match r {
            Ok(v) => v.to_string(),
            Err(e) => format!("{} {}", e.class_name(), e.message),
        }
    }

    #[test]
    fn integer_functions_match_python() {
        let exprs: Vec<(String, String)> = vec![
            ("math.isqrt(-1)".into(), show(isqrt(&big("-1")))),
            ("math.isqrt(10**40+12345)".into(), show(isqrt(&(num_traits::pow(big("10"), 40) + 12345)))),
            ("math.isqrt(0)".into(), show(isqrt(&big("0")))),
            ("math.factorial(-1)".into(), show(factorial(&big("-1")))),
            ("math.factorial(0)".into(), show(factorial(&big("0")))),
            ("math.factorial(20)".into(), show(factorial(&big("20")))),
            ("math.factorial(300)".into(), show(factorial(&big("300")))),
            ("math.factorial(10**20)".into(), show(factorial(&big("100000000000000000000")))),
            ("math.comb(-1,2)".into(), show(comb(&big("-1"), &big("2")))),
            ("math.comb(5,-1)".into(), show(comb(&big("5"), &big("-1")))),
            ("math.comb(5,7)".into(), show(comb(&big("5"), &big("7")))),
            ("math.comb(100,50)".into(), show(comb(&big("100"), &big("50")))),
            ("math.comb(10**20,3)".into(), show(comb(&big("100000000000000000000"), &big("3")))),
            ("math.comb(2**70,2**69)".into(), show(comb(&(BigInt::one() << 70u32), &(BigInt::one() << 69u32)))),
            ("math.perm(5,-1)".into(), show(perm(&big("5"), Some(&big("-1"))))),
            ("math.perm(-5,1)".into(), show(perm(&big("-5"), Some(&big("1"))))),
            ("math.perm(5)".into(), show(perm(&big("5"), None))),
            ("math.perm(5,7)".into(), show(perm(&big("5"), Some(&big("7"))))),
            ("math.perm(40,23)".into(), show(perm(&big("40"), Some(&big("23"))))),
            ("math.perm(2**70,2**69)".into(), show(perm(&(BigInt::one() << 70u32), Some(&(BigInt::one() << 69u32))))),
            ("math.gcd()".into(), gcd(&[]).to_string()),
            ("math.gcd(-12,18,0)".into(), gcd(&[big("-12"), big("18"), big("0")]).to_string()),
            ("math.lcm()".into(), lcm(&[]).to_string()),
            ("math.lcm(-4,6)".into(), lcm(&[big("-4"), big("6")]).to_string()),
            ("math.lcm(0,5)".into(), lcm(&[big("0"), big("5")]).to_string()),
        ];
        let prog: String = exprs
            .iter()
            .map(|(e, _)| format!("try: print({e})\nexcept Exception as x: print(type(x).__name__, x)\n"))
            .collect();
        let py = python_lines(&format!("import math\n{prog}"));
        for ((expr, got), want) in exprs.iter().zip(&py) {
            assert_eq!(got, want, "{expr}");
        }
    }

    #[test]
    fn logs_of_huge_ints_match_python() {
        let ns = ["1", "10", "12345678901234567890", "10**400", "2**2000", "3**5000 + 7", "2**1024 - 1", "2**1024"];
        let py = python_lines(&format!(
            "import math\nfor n in [{}]: print(repr(math.log(n)), repr(math.log2(n)), repr(math.log10(n)))",
            ns.join(",")
        ));
        let values: Vec<BigInt> = vec![
            big("1"),
            big("10"),
            big("12345678901234567890"),
            num_traits::pow(big("10"), 400),
            BigInt::one() << 2000u32,
            num_traits::pow(big("3"), 5000) + 7,
            (BigInt::one() << 1024u32) - 1,
            BigInt::one() << 1024u32,
        ];
        for (i, n) in values.iter().enumerate() {
            let got = format!(
                "{} {} {}",
                repr(int_log(n, f64::ln).unwrap()),
                repr(int_log(n, f64::log2).unwrap()),
                repr(int_log(n, f64::log10).unwrap())
            );
            assert_eq!(got, py[i], "log of {}", ns[i]);
        }
        assert_eq!(int_log(&big("0"), f64::ln), None);
        assert_eq!(int_log(&big("-3"), f64::ln), None);
    }
}
