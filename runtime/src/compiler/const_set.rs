//! Constant set displays: `x in {1, 2, "a"}` compiles to a frozenset constant merged
//! into an empty set, as CPython's compiler does, so printed orders match CPython.
//!
//! Building that frozenset needs the hash and `==` of its members. The members are
//! literals (ints, floats, complex numbers, strs, bytes, None, True, False, `...`), whose
//! hashes and equality are pure functions of their values: the same functions their
//! types' slots use (`hash_int`, `hash_float`, the keyed byte hash ...) and Python's
//! numeric equality across bool, int, float and complex (`1 == 1.0 == True`, so
//! `{1, 1.0}` keeps the first). So the compiler needs no interpreter here. Any other kind
//! of member yields `None` and the display is built at run time, never folded wrongly.

use crate::builtins::complex::as_complex;
use crate::builtins::float::{as_float, cmp_int_float};
use crate::builtins::int::{as_int, hash_int, IntRef};
use crate::builtins::{bytes, str, type_};
use crate::numeric::hash;
use crate::object::{Kind, Value};

/// The frozenset of the constants `values`, or `None` if one of them is not a kind
/// this module can hash and compare.
pub(super) fn constant_frozenset(values: Vec<Value>) -> Option<Value> {
    let hashed = values.into_iter().map(|v| constant_hash(&v).map(|h| (v, h))).collect::<Option<Vec<_>>>()?;
    Some(crate::builtins::set::constant_frozenset(hashed, constant_eq))
}

/// `hash(v)` for a literal constant.
fn constant_hash(v: &Value) -> Option<i64> {
    if let Some(i) = as_int(v) {
        return Some(hash_int(&i));
    }
    match v.ty().body.kind {
        Kind::Float => Some(hash::hash_float(as_float(v)?, v.raw())),
        Kind::Complex => as_complex(v).map(|c| hash::hash_complex(c.re, c.im, v.raw())),
        Kind::Str => str::as_str_data(v).map(str::str_hash),
        Kind::Bytes => bytes::as_bytes_object(v).map(str::hash_bytes),
        Kind::None | Kind::Ellipsis => Some(type_::identity_hash_value(v)),
        _ => None,
    }
}

/// A number as Python compares it: an int (bools included) or a complex (floats have
/// a zero imaginary part).
enum Num<'a> {
    Int(IntRef<'a>),
    Complex(f64, f64),
}

fn as_num(v: &Value) -> Option<Num<'_>> {
    if let Some(i) = as_int(v) {
        return Some(Num::Int(i));
    }
    if let Some(f) = as_float(v) {
        return Some(Num::Complex(f, 0.0));
    }
    as_complex(v).map(|c| Num::Complex(c.re, c.im))
}

/// `a == b` for two literal constants (only called for kinds `constant_hash` accepts;
/// identical objects are equal before this is asked).
fn constant_eq(a: &Value, b: &Value) -> bool {
    if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
        return match (x, y) {
            (Num::Int(IntRef::Small(i)), Num::Int(IntRef::Small(j))) => i == j,
            (Num::Int(i), Num::Int(j)) => i.to_big() == j.to_big(),
            (Num::Int(i), Num::Complex(re, im)) | (Num::Complex(re, im), Num::Int(i)) => {
                im == 0.0 && cmp_int_float(&i, re) == Some(std::cmp::Ordering::Equal)
            }
            (Num::Complex(r1, i1), Num::Complex(r2, i2)) => r1 == r2 && i1 == i2,
        };
    }
    match (a.ty().body.kind, b.ty().body.kind) {
        (Kind::Str, Kind::Str) => str::as_wtf8(a) == str::as_wtf8(b),
        (Kind::Bytes, Kind::Bytes) => bytes::as_bytes_object(a) == bytes::as_bytes_object(b),
        // None and `...` equal only themselves; different kinds are unequal.
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::builtins::{complex::new_complex, float::new_float, int::new_bigint, int::new_int, singletons::py_bool};
    use crate::numeric::complex::Complex;

    fn items(fs: &Value) -> Vec<Value> {
        crate::builtins::set::as_set(fs).unwrap().items()
    }

    #[test]
    fn numbers_equal_across_bool_int_float_complex_keep_the_first() {
        let one = new_float(1.0);
        let fs = constant_frozenset(vec![one.clone(), new_int(1), py_bool(true), new_complex(Complex::new(1.0, 0.0))]).unwrap();
        let got = items(&fs);
        assert_eq!(got.len(), 1);
        assert!(got[0].is(&one));
    }

    #[test]
    fn distinct_values_stay_distinct() {
        let big = new_bigint(num_bigint::BigInt::from(1u8) << 80);
        let fs = constant_frozenset(vec![
            new_int(0),
            new_float(-0.0),
            new_float(f64::NAN),
            new_float(f64::NAN),
            big.clone(),
            new_float(2f64.powi(80)),
            str::new_str("a"),
            bytes::new_bytes(b"a".to_vec()),
            new_complex(Complex::new(0.0, 1.0)),
        ])
        .unwrap();
        // 0 == -0.0, 2**80 == float(2**80); the two nans are distinct objects.
        assert_eq!(items(&fs).len(), 7);
    }

    #[test]
    fn other_kinds_are_not_folded() {
        let t = crate::builtins::tuple::new_tuple(vec![new_int(1)]);
        assert!(constant_frozenset(vec![new_int(1), t]).is_none());
    }
}
