//! The `<` that `list.sort` and `sorted` compare with, chosen once per sort.
//!
//! Most sorts are over keys of one built-in type. A pre-scan of the keys (as CPython's
//! `list.sort` does) picks a direct comparison for lists of small ints, floats, strs,
//! or tuples whose first items are one of those, so the Timsort inner loop never goes
//! through the generic rich-comparison path. The scan is O(n) against O(n log n)
//! comparisons; any other mix of keys uses the generic `<`, which may run Python code.
//!
//! Every fast comparison gives exactly the generic result: small ints and floats by
//! value (`<` on f64, so NaN compares false both ways), strs by code point (UTF-8 byte
//! order is code point order), and tuples by their first items when those differ
//! (`is` or `==`, as tuple comparison decides), else by the generic tuple `<`.

use crate::builtins::float::FLOAT_TYPE;
use crate::builtins::str::{as_str_data, STR_TYPE};
use crate::builtins::tuple::{as_tuple, TUPLE_TYPE};
use crate::error::PyResult;
use crate::interp::Vm;
use crate::object::{CompareOp, Value};

/// Which direct comparison every key allows.
#[derive(Clone, Copy, PartialEq, Eq)]
enum KeyKind {
    SmallInt,
    Float,
    Str,
    Generic,
}

fn kind_of(v: &Value) -> KeyKind {
    if v.is_small_int() {
        KeyKind::SmallInt
    } else if std::ptr::eq(v.ty(), &FLOAT_TYPE) {
        KeyKind::Float
    } else if std::ptr::eq(v.ty(), &STR_TYPE) {
        KeyKind::Str
    } else {
        KeyKind::Generic
    }
}

/// The kind shared by every value of `vals`, or Generic.
fn common_kind<'a>(mut vals: impl Iterator<Item = &'a Value>) -> KeyKind {
    let Some(first) = vals.next() else { return KeyKind::Generic };
    let k = kind_of(first);
    if k == KeyKind::Generic || vals.all(|v| kind_of(v) == k) {
        k
    } else {
        KeyKind::Generic
    }
}

/// The comparison strategy for one sort.
#[derive(Clone, Copy)]
pub struct SortLess {
    /// Kind of every key (Generic: use the generic `<`).
    whole: KeyKind,
    /// For tuple keys: kind of every first item.
    first_of_tuple: KeyKind,
}

impl SortLess {
    /// Scans `keys` once and picks the comparison.
    pub fn for_keys(keys: &[Value]) -> SortLess {
        let whole = common_kind(keys.iter());
        let mut first_of_tuple = KeyKind::Generic;
        if whole == KeyKind::Generic
            && keys.iter().all(|k| std::ptr::eq(k.ty(), &TUPLE_TYPE) && as_tuple(k).is_some_and(|t| !t.is_empty()))
        {
            first_of_tuple = common_kind(keys.iter().filter_map(|k| as_tuple(k).and_then(|t| t.first())));
        }
        SortLess { whole, first_of_tuple }
    }

    /// `a < b`.
    #[inline]
    pub fn lt(self, vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(r) = direct_lt(self.whole, a, b) {
            return Ok(r);
        }
        if self.first_of_tuple != KeyKind::Generic {
            if let (Some(x), Some(y)) = (as_tuple(a), as_tuple(b)) {
                let (x0, y0) = (&x[0], &y[0]);
                if !x0.is(y0) && direct_eq(self.first_of_tuple, x0, y0) == Some(false) {
                    if let Some(r) = direct_lt(self.first_of_tuple, x0, y0) {
                        return Ok(r);
                    }
                }
            }
        }
        crate::ops::compare_bool(vm, a, b, CompareOp::Lt)
    }
}

#[inline(always)]
fn float_of(v: &Value) -> f64 {
    // SAFETY: only called on values whose type is exactly float (Obj<f64>).
    unsafe { *v.body_unchecked::<f64>() }
}

/// `a < b` for two keys of kind `k` (None for Generic).
#[inline(always)]
fn direct_lt(k: KeyKind, a: &Value, b: &Value) -> Option<bool> {
    match k {
        KeyKind::SmallInt => Some(a.small_int_unchecked() < b.small_int_unchecked()),
        KeyKind::Float => Some(float_of(a) < float_of(b)),
        KeyKind::Str => Some(as_str_data(a)?.text_cmp(as_str_data(b)?).is_lt()),
        KeyKind::Generic => None,
    }
}

/// `a == b` for two keys of kind `k` (None for Generic).
#[inline(always)]
fn direct_eq(k: KeyKind, a: &Value, b: &Value) -> Option<bool> {
    match k {
        KeyKind::SmallInt => Some(a.small_int_unchecked() == b.small_int_unchecked()),
        KeyKind::Float => Some(float_of(a) == float_of(b)),
        KeyKind::Str => Some(as_str_data(a)?.text_eq(as_str_data(b)?)),
        KeyKind::Generic => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::builtins::float::new_float;
    use crate::builtins::str::new_str;
    use crate::builtins::tuple::new_tuple;

    fn int(i: i64) -> Value {
        crate::builtins::int::new_int(i)
    }

    #[test]
    fn picks_kind_per_sort() {
        assert!(SortLess::for_keys(&[int(1), int(2)]).whole == KeyKind::SmallInt);
        assert!(SortLess::for_keys(&[new_float(1.0), new_float(2.0)]).whole == KeyKind::Float);
        assert!(SortLess::for_keys(&[new_str("a"), new_str("b")]).whole == KeyKind::Str);
        assert!(SortLess::for_keys(&[int(1), new_float(2.0)]).whole == KeyKind::Generic);
        let t = SortLess::for_keys(&[new_tuple(vec![int(1), new_str("x")]), new_tuple(vec![int(0)])]);
        assert!(t.whole == KeyKind::Generic && t.first_of_tuple == KeyKind::SmallInt);
    }

    #[test]
    fn compares_like_python() {
        let mut vm = Vm::new();
        let s = SortLess::for_keys(&[new_str("é"), new_str("z")]);
        // 'z' (U+007A) < 'é' (U+00E9) by code point.
        assert!(s.lt(&mut vm, &new_str("z"), &new_str("é")).unwrap());
        let f = SortLess::for_keys(&[new_float(f64::NAN), new_float(1.0)]);
        assert!(!f.lt(&mut vm, &new_float(f64::NAN), &new_float(1.0)).unwrap());
        assert!(!f.lt(&mut vm, &new_float(1.0), &new_float(f64::NAN)).unwrap());
        let keys = [new_tuple(vec![int(1), int(5)]), new_tuple(vec![int(1), int(3)]), new_tuple(vec![int(0), int(9)])];
        let t = SortLess::for_keys(&keys);
        assert!(t.lt(&mut vm, &keys[2], &keys[0]).unwrap());
        assert!(t.lt(&mut vm, &keys[1], &keys[0]).unwrap());
        assert!(!t.lt(&mut vm, &keys[0], &keys[1]).unwrap());
    }
}
