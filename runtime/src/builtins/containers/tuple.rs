//! `tuple`: an immutable boxed slice of values.

use crate::builtin_type;
use crate::builtins::int::{as_int, new_int, IntRef};
use crate::builtins::singletons::py_bool;
use crate::builtins::slice::{as_slice, normalize_index, slice_indices};
use crate::builtins::str::new_str_owned;
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::{BinOp, CompareOp, Kind, MethodDef, Slots, TypeObject, Value};

builtin_type!(
    TUPLE_TYPE,
    "tuple",
    Kind::Tuple,
    Box<[Value]>,
    Some(&crate::builtins::type_::OBJECT_TYPE),
    Slots {
        repr: Some(tuple_repr),
        traverse: Some(crate::builtins::gc_slots::tuple_traverse),
        hash: Some(tuple_hash),
        compare: Some(tuple_compare),
        binop: Some(tuple_binop),
        len: Some(tuple_len),
        getitem: Some(tuple_getitem),
        contains: Some(tuple_contains),
        iter: Some(crate::builtins::iterators::tuple_iter),
        truth: Some(tuple_truth),
        new: Some(tuple_new),
        ..Slots::EMPTY
    },
    &[MethodDef::method("count", tuple_count), MethodDef::method("index", tuple_index)]
);

/// A new tuple; the empty tuple is one immortal object, so `() is ()` holds as in CPython.
pub fn new_tuple(items: Vec<Value>) -> Value {
    if items.is_empty() {
        return empty_tuple();
    }
    crate::object::alloc(&TUPLE_TYPE, items.into_boxed_slice())
}

/// The shared empty tuple, created once and leaked (immortal, so never freed).
fn empty_tuple() -> Value {
    static EMPTY: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    let addr = *EMPTY.get_or_init(|| {
        let obj: &'static crate::object::Obj<Box<[Value]>> = Box::leak(Box::new(crate::object::Obj {
            header: crate::object::header::Header::immortal(&TUPLE_TYPE),
            body: Vec::new().into_boxed_slice(),
        }));
        obj as *const crate::object::Obj<Box<[Value]>> as usize
    });
    // SAFETY: `addr` is the leaked, never-freed immortal empty tuple made above; it holds no
    // values, so sharing it between threads shares no mutable state.
    Value::from_static(unsafe { &*(addr as *const crate::object::Obj<Box<[Value]>>) })
}

/// The items, if `v` is a tuple.
#[inline]
pub fn as_tuple(v: &Value) -> Option<&[Value]> {
    if !v.is_small_int() && (v.ty().body.kind == Kind::Tuple || v.ty().body.state.solid_kind() == Some(Kind::Tuple)) {
        // SAFETY: Kind::Tuple objects are Obj<Box<[Value]>>.
        Some(unsafe { v.body_unchecked::<Box<[Value]>>() })
    } else {
        None
    }
}

/// The items, if `v` is exactly a tuple (not an instance of a subclass, whose
/// `__iter__` may differ): for the fast paths of iteration and unpacking.
#[inline]
pub fn as_exact_tuple(v: &Value) -> Option<&[Value]> {
    if !v.is_small_int() && v.ty().body.kind == Kind::Tuple {
        // SAFETY: Kind::Tuple objects are Obj<Box<[Value]>>.
        Some(unsafe { v.body_unchecked::<Box<[Value]>>() })
    } else {
        None
    }
}

/// `repr` of a sequence of items between `open` and `close`.
pub fn seq_repr(vm: &mut Vm, items: &[Value], open: &str, close: &str) -> PyResult<String> {
    let mut s = String::from(open);
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(&crate::ops::repr_string(vm, item)?);
    }
    s.push_str(close);
    Ok(s)
}

fn tuple_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let items = as_tuple(v).unwrap_or(&[]);
    if items.len() == 1 {
        return Ok(new_str_owned(format!("({},)", crate::ops::repr_string(vm, &items[0])?).into()));
    }
    Ok(new_str_owned(seq_repr(vm, items, "(", ")")?.into()))
}

/// CPython's tuple hash (xxHash-based, 3.8+).
fn tuple_hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let mut h = crate::numeric::hash::TupleHasher::new();
    for item in as_tuple(v).unwrap_or(&[]) {
        h.add(crate::ops::hash(vm, item)?);
    }
    Ok(h.finish())
}

/// Lexicographic comparison of two sequences.
pub fn seq_compare(vm: &mut Vm, a: &[Value], b: &[Value], op: CompareOp) -> PyResult<bool> {
    for (x, y) in a.iter().zip(b) {
        if !crate::ops::eq(vm, x, y)? {
            return match op {
                CompareOp::Eq => Ok(false),
                CompareOp::Ne => Ok(true),
                _ => crate::ops::compare_bool(vm, x, y, op),
            };
        }
    }
    Ok(op.test(a.len().cmp(&b.len())))
}

fn tuple_compare(vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Option<Value>> {
    match (as_tuple(a), as_tuple(b)) {
        (Some(x), Some(y)) => Ok(Some(py_bool(seq_compare(vm, x, y, op)?))),
        _ => Ok(None),
    }
}

/// Length of `len` items repeated `k` times, or MemoryError when it cannot exist.
pub fn repeated_len(len: usize, k: usize) -> PyResult<usize> {
    match len.checked_mul(k) {
        Some(n) if !crate::alloc_tuning::too_big(n.saturating_mul(std::mem::size_of::<Value>())) => Ok(n),
        _ => Err(PyErr::bare(&crate::builtins::exceptions::MEMORY_ERROR)),
    }
}

/// `items * k` for a list or tuple, polling for Ctrl-C every
/// [`REPEAT_POLL_BYTES`](crate::text::pad::REPEAT_POLL_BYTES) bytes of references copied:
/// a repeat of a billion items takes seconds.
pub fn repeat_items(items: &[Value], k: usize) -> PyResult<Vec<Value>> {
    let mut out = Vec::with_capacity(repeated_len(items.len(), k)?);
    let per_poll = crate::text::pad::REPEAT_POLL_BYTES / std::mem::size_of::<Value>();
    let mut since_poll = 0;
    for _ in 0..k {
        out.extend(items.iter().cloned());
        since_poll += items.len();
        if since_poll >= per_poll {
            since_poll = 0;
            crate::thread::sigint::check_interrupt()?;
        }
    }
    Ok(out)
}

/// `seq * n` repetition count with CPython's errors.
pub fn repeat_count(n: &Value) -> PyResult<Option<usize>> {
    match as_int(n) {
        Some(IntRef::Small(k)) => Ok(Some(k.max(0) as usize)),
        Some(big @ IntRef::Big(_)) => match big.to_i64() {
            Some(k) => Ok(Some(k.max(0) as usize)),
            None => Err(PyErr::overflow_error("cannot fit 'int' into an index-sized integer")),
        },
        None => Ok(None),
    }
}

fn tuple_binop(_vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    match op {
        BinOp::Add => {
            let Some(x) = as_tuple(a) else { return Ok(None) };
            let Some(y) = as_tuple(b) else {
                return Err(PyErr::type_error(format!("can only concatenate tuple (not \"{}\") to tuple", b.ty().body.name)));
            };
            Ok(Some(new_tuple(x.iter().chain(y).cloned().collect())))
        }
        BinOp::Mul => {
            let (items, n) = match (as_tuple(a), as_tuple(b)) {
                (Some(t), None) => (t, b),
                (None, Some(t)) => (t, a),
                _ => return Ok(None),
            };
            let Some(k) = repeat_count(n)? else {
                return Err(PyErr::type_error(format!("can't multiply sequence by non-int of type '{}'", n.ty().body.name)));
            };
            Ok(Some(new_tuple(repeat_items(items, k)?)))
        }
        _ => Ok(None),
    }
}

fn tuple_len(_vm: &mut Vm, v: &Value) -> PyResult<usize> {
    Ok(as_tuple(v).map_or(0, <[Value]>::len))
}

fn tuple_truth(_vm: &mut Vm, v: &Value) -> PyResult<bool> {
    Ok(as_tuple(v).is_some_and(|t| !t.is_empty()))
}

/// Indexing/slicing shared by tuple and list reads.
pub fn seq_getitem(items: &[Value], key: &Value, type_name: &str, make: fn(Vec<Value>) -> Value) -> PyResult<Value> {
    if let Some(i) = as_int(key) {
        let i = crate::builtins::slice::index_to_i64(&i)?;
        return match normalize_index(i, items.len()) {
            Some(j) => Ok(items[j].clone()),
            None => Err(PyErr::index_error(format!("{type_name} index out of range"))),
        };
    }
    if let Some(sl) = as_slice(key) {
        let (start, _stop, step, n) = slice_indices(sl, items.len())?;
        let mut out = Vec::with_capacity(n);
        let mut i = start;
        for _ in 0..n {
            out.push(items[i as usize].clone());
            i += step;
        }
        return Ok(make(out));
    }
    Err(PyErr::type_error(format!(
        "{type_name} indices must be integers or slices, not {}",
        key.ty().body.name
    )))
}

fn tuple_getitem(_vm: &mut Vm, v: &Value, key: &Value) -> PyResult<Value> {
    seq_getitem(as_tuple(v).unwrap_or(&[]), key, "tuple", new_tuple)
}

/// `x in seq` by equality.
pub fn seq_contains(vm: &mut Vm, items: &[Value], x: &Value) -> PyResult<bool> {
    for item in items {
        if crate::ops::eq(vm, item, x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn tuple_contains(vm: &mut Vm, v: &Value, x: &Value) -> PyResult<bool> {
    let items = as_tuple(v).unwrap_or(&[]).to_vec();
    seq_contains(vm, &items, x)
}

fn tuple_new(vm: &mut Vm, _t: &'static TypeObject, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(PyErr::type_error("tuple() takes no keyword arguments"));
    }
    match args {
        [] => Ok(new_tuple(vec![])),
        [x] => {
            if as_exact_tuple(x).is_some() {
                return Ok(x.clone());
            }
            Ok(new_tuple(crate::ops::collect_iterable(vm, x)?))
        }
        _ => Err(PyErr::type_error(format!("tuple expected at most 1 argument, got {}", args.len()))),
    }
}

fn tuple_count(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(PyErr::type_error("tuple.count() takes no keyword arguments"));
    }
    if args.len() != 2 {
        return Err(PyErr::type_error(format!("tuple.count() takes exactly one argument ({} given)", args.len() - 1)));
    }
    let items = as_tuple(&args[0]).unwrap_or(&[]).to_vec();
    let mut n = 0;
    for item in &items {
        if crate::ops::eq(vm, item, &args[1])? {
            n += 1;
        }
    }
    Ok(new_int(n))
}

fn tuple_index(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let items = as_tuple(&args[0]).unwrap_or(&[]).to_vec();
    if let Some(i) = crate::builtins::list::sequence_index(vm, "tuple", &items, args, kw)? {
        return Ok(new_int(i as i64));
    }
    Err(PyErr::value_error("tuple.index(x): x not in tuple"))
}
