//! `slice` objects and the index arithmetic every sequence shares.

use crate::builtin_type;
use crate::builtins::int::{as_int, IntRef};
use crate::builtins::singletons::{is_none, none};
use crate::builtins::str::new_str;
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::{Kind, Slots, TypeObject, Value};

/// `slice(start, stop, step)`.
pub struct SliceData {
    /// Start or None.
    pub start: Value,
    /// Stop or None.
    pub stop: Value,
    /// Step or None.
    pub step: Value,
}

builtin_type!(
    SLICE_TYPE,
    "slice",
    Kind::Slice,
    SliceData,
    Some(&crate::builtins::type_::OBJECT_TYPE),
    Slots { repr: Some(slice_repr), new: Some(slice_new), getattr: Some(slice_getattr), compare: Some(slice_compare), traverse: Some(crate::builtins::gc_slots::slice_traverse), ..Slots::EMPTY },
    &[crate::object::MethodDef::method("indices", slice_indices_method)]
);

/// Slices compare like their `(start, stop, step)` tuples.
fn slice_compare(vm: &mut Vm, a: &Value, b: &Value, op: crate::object::CompareOp) -> PyResult<Option<Value>> {
    let (Some(x), Some(y)) = (as_slice(a), as_slice(b)) else { return Ok(None) };
    let xs = [x.start.clone(), x.stop.clone(), x.step.clone()];
    let ys = [y.start.clone(), y.stop.clone(), y.step.clone()];
    Ok(Some(crate::builtins::singletons::py_bool(crate::builtins::tuple::seq_compare(vm, &xs, &ys, op)?)))
}

fn slice_getattr(_vm: &mut Vm, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(s) = as_slice(v) else { return Ok(None) };
    Ok(match name {
        "start" => Some(s.start.clone()),
        "stop" => Some(s.stop.clone()),
        "step" => Some(s.step.clone()),
        _ => None,
    })
}

fn slice_indices_method(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(PyErr::type_error("slice.indices() takes no keyword arguments"));
    }
    if args.len() != 2 {
        return Err(PyErr::type_error(format!("slice.indices() takes exactly one argument ({} given)", args.len() - 1)));
    }
    let s = as_slice(&args[0]).ok_or_else(|| PyErr::type_error("expected slice"))?;
    let len = crate::builtins::int::index_i64(args.get(1).ok_or_else(|| PyErr::type_error("slice.indices() takes exactly one argument (0 given)"))?)?;
    if len < 0 {
        return Err(PyErr::value_error("length should not be negative"));
    }
    let (start, stop, step, _) = slice_indices(s, len as usize)?;
    use crate::builtins::int::new_int;
    Ok(crate::builtins::tuple::new_tuple(vec![new_int(start), new_int(stop), new_int(step)]))
}

/// A new slice object.
pub fn new_slice(start: Value, stop: Value, step: Value) -> Value {
    crate::object::alloc(&SLICE_TYPE, SliceData { start, stop, step })
}

/// The slice body, if `v` is a slice.
pub fn as_slice(v: &Value) -> Option<&SliceData> {
    if !v.is_small_int() && v.ty().body.kind == Kind::Slice {
        // SAFETY: Kind::Slice objects are Obj<SliceData>.
        Some(unsafe { v.body_unchecked::<SliceData>() })
    } else {
        None
    }
}

fn slice_index(v: &Value) -> PyResult<Option<i64>> {
    if is_none(v) {
        return Ok(None);
    }
    match as_int(v) {
        Some(IntRef::Small(i)) => Ok(Some(i)),
        Some(IntRef::Big(b)) => Ok(Some(if num_traits::Signed::is_negative(b) { i64::MIN / 2 } else { i64::MAX / 2 })),
        None => Err(PyErr::type_error("slice indices must be integers or None or have an __index__ method")),
    }
}

/// CPython's `PySlice_GetIndicesEx`: (start, stop, step, length) for a sequence of `len`.
pub fn slice_indices(s: &SliceData, len: usize) -> PyResult<(i64, i64, i64, usize)> {
    let len = len as i64;
    let step = slice_index(&s.step)?.unwrap_or(1);
    if step == 0 {
        return Err(PyErr::value_error("slice step cannot be zero"));
    }
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let clamp = |v: Option<i64>, default: i64| -> i64 {
        match v {
            None => default,
            Some(i) if i < 0 => (i + len).max(lower),
            Some(i) => i.min(upper),
        }
    };
    let start = clamp(slice_index(&s.start)?, if step < 0 { upper } else { lower });
    let stop = clamp(slice_index(&s.stop)?, if step < 0 { lower } else { upper });
    let n = if step < 0 {
        if stop < start { (start - stop - 1) / (-step) + 1 } else { 0 }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    Ok((start, stop, step, n as usize))
}

/// An int used as a sequence index: CPython raises IndexError for one beyond `isize`
/// (`[1][10**20]`) before any bounds check.
pub fn index_to_i64(i: &crate::builtins::int::IntRef<'_>) -> PyResult<i64> {
    i.to_i64().ok_or_else(|| PyErr::index_error("cannot fit 'int' into an index-sized integer"))
}

/// Normalises a sequence index (negative counts from the end); `None` if out of range.
#[inline]
pub fn normalize_index(i: i64, len: usize) -> Option<usize> {
    let j = if i < 0 { i + len as i64 } else { i };
    if j >= 0 && (j as usize) < len {
        Some(j as usize)
    } else {
        None
    }
}

fn slice_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let s = as_slice(v).ok_or_else(|| PyErr::type_error("expected slice"))?;
    let a = crate::ops::repr_string(vm, &s.start)?;
    let b = crate::ops::repr_string(vm, &s.stop)?;
    let c = crate::ops::repr_string(vm, &s.step)?;
    Ok(new_str(&format!("slice({a}, {b}, {c})")))
}

fn slice_new(_vm: &mut Vm, _t: &'static TypeObject, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(PyErr::type_error("slice() takes no keyword arguments"));
    }
    match args {
        [stop] => Ok(new_slice(none(), stop.clone(), none())),
        [a, b] => Ok(new_slice(a.clone(), b.clone(), none())),
        [a, b, c] => Ok(new_slice(a.clone(), b.clone(), c.clone())),
        [] => Err(PyErr::type_error("slice expected at least 1 argument, got 0")),
        _ => Err(PyErr::type_error(format!("slice expected at most 3 arguments, got {}", args.len()))),
    }
}
