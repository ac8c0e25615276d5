//! Exact comparison between floats and ints (`2**53 + 1 == 2.0**53` is False).
//!
//! CPython never converts the int to a float to compare (that would round); it compares the
//! exact values. So does this: after the cheap cases (nan, infinities, signs, ints that are
//! exact in a double) it compares the float's integer part as a big int and breaks ties with
//! its fractional part.

use std::cmp::Ordering;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::bigint::f64_to_int;

/// The order of float `x` relative to int `n`; `None` when `x` is nan (every comparison
/// with nan is False, and `!=` is True).
pub fn cmp_float_int(x: f64, n: &BigInt) -> Option<Ordering> {
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 { Ordering::Greater } else { Ordering::Less });
    }
    if let Some(small) = n.to_i64() {
        if small.unsigned_abs() <= (1u64 << 53) {
            return x.partial_cmp(&(small as f64));
        }
    }
    // |n| > 2**53 here.
    let x_sign = if x > 0.0 { 1 } else if x < 0.0 { -1 } else { 0 };
    let n_sign = if n.is_positive() { 1 } else if n.is_negative() { -1 } else { 0 };
    if x_sign != n_sign {
        return Some(x_sign.cmp(&n_sign));
    }
    let whole = x.trunc();
    let whole_int = f64_to_int(whole).ok()?;
    match whole_int.cmp(n) {
        Ordering::Equal => {
            let frac = x - whole;
            Some(if frac > 0.0 {
                Ordering::Greater
            } else if frac < 0.0 {
                Ordering::Less
            } else {
                Ordering::Equal
            })
        }
        other => Some(other),
    }
}

/// `x == n` for a float and an int.
pub fn float_eq_int(x: f64, n: &BigInt) -> bool {
    cmp_float_int(x, n) == Some(Ordering::Equal)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numeric::float_repr::repr;
    use crate::numeric::pytest::python_lines;

    #[test]
    fn comparisons_match_python() {
        let ints = [
            "0", "1", "-1", "9007199254740992", "9007199254740993", "-9007199254740993", "18014398509481985",
            "1180591620717411303424", "1180591620717411303425", "-1180591620717411303423",
            "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368",
            "1797693134862315708145274237317043567980705675258449965989174768031572607800285387605895586327668781715404589535143824642343213268894641827684675467035375169860499105765512820762454900903893289440758685084551339423045832369032229481658085593321233482747978262041447231687381771809192998812504040261841248583680",
        ];
        let floats = [0.0, -0.0, 1.0, 0.5, -1.5, 9007199254740992.0, 9007199254740994.0, 1.8014398509481984e16, 1.1805916207174113e21, -1.1805916207174113e21, 1.7976931348623157e308, f64::INFINITY, f64::NEG_INFINITY, f64::NAN];
        let fl = floats.iter().map(|v| format!("float('{}')", repr(*v))).collect::<Vec<_>>().join(",");
        let py = python_lines(&format!(
            "for x in [{fl}]:\n  for n in [{}]: print(x < n, x == n, x > n)",
            ints.join(",")
        ));
        let mut k = 0;
        for &x in &floats {
            for s in ints {
                let n: BigInt = s.parse().unwrap();
                let o = cmp_float_int(x, &n);
                let t = |b: bool| if b { "True" } else { "False" };
                let got = format!(
                    "{} {} {}",
                    t(o == Some(Ordering::Less)),
                    t(float_eq_int(x, &n)),
                    t(o == Some(Ordering::Greater))
                );
                assert_eq!(got, py[k], "{x:e} vs {s}");
                k += 1;
            }
        }
    }
}
