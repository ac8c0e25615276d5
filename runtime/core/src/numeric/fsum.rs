//! `math.fsum`: exactly rounded floating-point summation.
//!
//! Shewchuk's algorithm as CPython implements it: keep a list of non-overlapping partial
//! sums whose exact total is the exact sum so far; at the end add them from the top until the
//! result is inexact, and fix up a half-way case across partials so that rounding stays
//! half-even (`fsum([1e-16, 1, 1e16])` rounds up). Infinities and nans are accumulated
//! apart; an infinite partial from finite inputs is `OverflowError: intermediate overflow in
//! fsum`, and `inf + -inf` is `ValueError: -inf + inf in fsum`.
//!
//! The summer is incremental ([`Fsum::add`], then [`Fsum::finish`]) because iterating the
//! argument is the object model's job and may raise between items.

use super::{NumError, NumResult};

/// Running state of `math.fsum`.
#[derive(Clone, Debug, Default)]
pub struct Fsum {
    partials: Vec<f64>,
    special_sum: f64,
    inf_sum: f64,
}

impl Fsum {
    /// An empty sum.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds one term.
    pub fn add(&mut self, value: f64) -> NumResult<()> {
        let mut x = value;
        let mut kept = 0;
        for j in 0..self.partials.len() {
            let mut y = self.partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                self.partials[kept] = lo;
                kept += 1;
            }
            x = hi;
        }
        self.partials.truncate(kept);
        if x != 0.0 {
            if !x.is_finite() {
                if value.is_finite() {
                    return Err(NumError::overflow("intermediate overflow in fsum"));
                }
                if value.is_infinite() {
                    self.inf_sum += value;
                }
                self.special_sum += value;
                self.partials.clear();
            } else {
                self.partials.push(x);
            }
        }
        Ok(())
    }

    /// The correctly rounded total.
    pub fn finish(&self) -> NumResult<f64> {
        if self.special_sum != 0.0 {
            if self.inf_sum.is_nan() {
                return Err(NumError::value("-inf + inf in fsum"));
            }
            return Ok(self.special_sum);
        }
        let p = &self.partials;
        let mut n = p.len();
        if n == 0 {
            return Ok(0.0);
        }
        n -= 1;
        let mut hi = p[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = p[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
        Ok(hi)
    }
}

/// `math.fsum(values)` over an in-memory sequence.
pub fn fsum(values: impl IntoIterator<Item = f64>) -> NumResult<f64> {
    let mut s = Fsum::new();
    for v in values {
        s.add(v)?;
    }
    s.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numeric::float_repr::repr;
    use crate::numeric::pytest::python_lines;

    #[test]
    fn fsum_matches_python() {
        let mut cases: Vec<Vec<f64>> = vec![
            vec![1e308, 1e308],
            vec![f64::INFINITY, f64::NEG_INFINITY],
            vec![f64::INFINITY, 1.0],
            vec![1e-16, 1.0, 1e16],
            vec![0.1; 10],
            vec![f64::NAN],
            vec![],
            vec![1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50],
            vec![-0.0, -0.0],
        ];
        let mut s: u64 = 5;
        for n in [3usize, 10, 100, 1000] {
            let mut v = Vec::new();
            for _ in 0..n {
                s ^= s << 13;
                s ^= s >> 7;
                s ^= s << 17;
                let mag = ((s >> 40) % 60) as i32 - 30;
                let f = ((s % 2_000_001) as f64 - 1_000_000.0) * 10f64.powi(mag);
                v.push(f);
            }
            cases.push(v);
        }
        let prog: String = cases
            .iter()
            .map(|c| {
                let list = c.iter().map(|v| format!("float('{}')", repr(*v))).collect::<Vec<_>>().join(",");
                format!("try: print(repr(math.fsum([{list}])))\nexcept Exception as e: print(type(e).__name__, e)\n")
            })
            .collect();
        let py = python_lines(&format!("import math\n{prog}"));
        for (i, c) in cases.iter().enumerate() {
            let got = match fsum(c.iter().copied()) {
                Ok(v) => repr(v),
                Err(e) => format!("{} {}", e.class_name(), e.message),
            };
            assert_eq!(got, py[i], "case {i}");
        }
    }
}
