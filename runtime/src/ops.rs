//! The abstract object protocol: what `repr(x)`, `a + b`, `x[k]`, `iter(x)`, `f(*a)`
//! mean for any value. Built-in types plug in through their slot tables; the
//! interpreter calls these after its inline fast paths miss.
//!
//! Every function produces CPython's message when the operation is unsupported.

use crate::builtins::float::float_binop;
use crate::builtins::function::as_function;
use crate::builtins::int::int_binop;
use crate::builtins::singletons::{as_bool, is_none, py_bool, NOT_IMPLEMENTED};
use crate::builtins::str::{as_str, new_str};
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::{BinOp, CompareOp, Kind, UnaryOp, Value};

/// `repr(v)` as a str value.
pub fn repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v.ty().body.slot(|s| s.repr) {
        Some(f) if recurses(v) => nested(vm, " while getting the repr of an object", |vm| f(vm, v)),
        Some(f) => f(vm, v),
        None => Ok(new_str(&format!("<{} object at {:#x}>", v.ty().body.name, v.raw()))),
    }
}

/// True for objects whose repr, comparison or hash visits other objects, so that
/// nesting them deeply recurses in Rust.
#[inline]
fn recurses(v: &Value) -> bool {
    !v.is_small_int()
        && matches!(
            v.ty().body.kind,
            Kind::List | Kind::Tuple | Kind::Dict | Kind::Set | Kind::FrozenSet | Kind::Exception | Kind::Iterator
        )
}

/// Runs `f` one native level deeper: past the recursion limit (or when the machine
/// stack runs low) it raises CPython's RecursionError, "maximum recursion depth
/// exceeded" followed by `context`, instead of overflowing the stack.
///
/// Container nesting also stops at [`MAX_CONTAINER_NESTING`] levels whatever the
/// recursion limit, as CPython 3.13's C recursion limit stops it: each level of a repr
/// copies the text of the levels inside it, so a 200,000-deep list under a high
/// recursion limit would otherwise take minutes.
fn nested<T>(vm: &mut Vm, context: &str, f: impl FnOnce(&mut Vm) -> PyResult<T>) -> PyResult<T> {
    let depth = CONTAINER_NESTING.get();
    if depth >= MAX_CONTAINER_NESTING || vm.enter_native().is_err() {
        return Err(PyErr::new(&crate::builtins::exceptions::RECURSION_ERROR, format!("maximum recursion depth exceeded{context}")));
    }
    CONTAINER_NESTING.set(depth + 1);
    let r = f(vm);
    CONTAINER_NESTING.set(depth);
    vm.leave_native();
    r
}

/// Deepest nesting of containers that repr, comparison and hashing walk (CPython 3.13's
/// `Py_C_RECURSION_LIMIT`).
const MAX_CONTAINER_NESTING: u32 = 10_000;

std::thread_local! {
    /// Containers being walked by [`nested`] on this thread.
    static CONTAINER_NESTING: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// `repr(v)` as a Rust string.
pub fn repr_string(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if let Some(i) = v.as_small_int() {
        return Ok(i.to_string());
    }
    let r = repr(vm, v)?;
    Ok(as_str(&r).unwrap_or("").to_string())
}

/// `str(v)`.
pub fn str_(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if crate::builtins::str::as_exact_str_data(v).is_some() {
        return Ok(v.clone());
    }
    match v.ty().body.slot(|s| s.str) {
        Some(f) => f(vm, v),
        None => repr(vm, v),
    }
}

/// `str(v)` as a Rust string.
pub fn str_string(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if let Some(s) = crate::builtins::str::as_exact_str_data(v) {
        return Ok(s.as_str().to_string());
    }
    if let Some(i) = v.as_small_int() {
        return Ok(i.to_string());
    }
    let s = str_(vm, v)?;
    Ok(as_str(&s).unwrap_or("").to_string())
}

/// `hash(v)`.
pub fn hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Some(i) = v.as_small_int() {
        return Ok(crate::builtins::int::hash_int(&crate::builtins::int::IntRef::Small(i)));
    }
    match v.ty().body.slot(|s| s.hash) {
        Some(f) if !matches!(v.ty().body.kind, Kind::List | Kind::Dict | Kind::Set | Kind::ByteArray) => {
            // CPython puts no depth limit on hashing (a deep tuple with an unhashable
            // leaf raises TypeError); only a nearly exhausted machine stack stops it.
            if recurses(v) && crate::interp::stack_nearly_exhausted() {
                return Err(PyErr::recursion());
            }
            f(vm, v)
        }
        _ => Err(PyErr::type_error(format!("unhashable type: '{}'", v.ty().body.name))),
    }
}

/// Truth value.
#[inline]
pub fn truthy(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    if let Some(i) = v.as_small_int() {
        return Ok(i != 0);
    }
    if let Some(b) = as_bool(v) {
        return Ok(b);
    }
    if is_none(v) {
        return Ok(false);
    }
    let t = &v.ty().body;
    if let Some(f) = t.slot(|s| s.truth) {
        return f(vm, v);
    }
    if let Some(f) = t.slot(|s| s.len) {
        return Ok(f(vm, v)? > 0);
    }
    if t.kind == Kind::NotImplemented {
        // 3.14: no longer a DeprecationWarning but an error.
        return Err(PyErr::type_error("NotImplemented should not be used in a boolean context"));
    }
    Ok(true)
}

/// Rich comparison returning a Python value.
pub fn compare(vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        return Ok(py_bool(op.test(x.cmp(&y))));
    }
    if recurses(a) || recurses(b) {
        return nested(vm, " in comparison", |vm| compare_slots(vm, a, b, op));
    }
    compare_slots(vm, a, b, op)
}

fn compare_slots(vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    let ta = a.ty();
    let tb = b.ty();
    // A subclass's reflected method goes first (bool vs int: same slot, harmless).
    if !std::ptr::eq(ta, tb) && tb.body.is_subtype(&ta.body) && crate::builtins::instances::dunder_slots::overrides_compare(tb, op) {
        if let Some(f) = tb.body.slot(|s| s.compare) {
            if let Some(r) = f(vm, b, a, op.swapped())? {
                return Ok(r);
            }
        }
    }
    if let Some(f) = ta.body.slot(|s| s.compare) {
        if let Some(r) = f(vm, a, b, op)? {
            return Ok(r);
        }
    }
    if !std::ptr::eq(ta, tb) || ta.body.state.is_heap() {
        if let Some(f) = tb.body.slot(|s| s.compare) {
            if let Some(r) = f(vm, b, a, op.swapped())? {
                return Ok(r);
            }
        }
    }
    match op {
        CompareOp::Eq => Ok(py_bool(a.is(b))),
        CompareOp::Ne => Ok(py_bool(!a.is(b))),
        _ => Err(PyErr::type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            ta.body.name,
            tb.body.name
        ))),
    }
}

/// Rich comparison as a Rust bool.
pub fn compare_bool(vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<bool> {
    let r = compare(vm, a, b, op)?;
    if let Some(b) = as_bool(&r) {
        return Ok(b);
    }
    truthy(vm, &r)
}

/// `a == b` (identity implies equality, as CPython's containers assume).
#[inline]
pub fn eq(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if a.is(b) {
        return Ok(true);
    }
    if a.is_small_int() && b.is_small_int() {
        return Ok(false);
    }
    if let (Some(x), Some(y)) = (crate::builtins::str::as_exact_str_data(a), crate::builtins::str::as_exact_str_data(b)) {
        return Ok(x.text_eq(y));
    }
    compare_bool(vm, a, b, CompareOp::Eq)
}

/// `a op b`.
pub fn binary(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    if let (Some(x), Some(y)) = (crate::builtins::int::as_exact_int(a), crate::builtins::int::as_exact_int(b)) {
        let both_bool = as_bool(a).is_some() && as_bool(b).is_some();
        if !(both_bool && matches!(op, BinOp::And | BinOp::Or | BinOp::Xor)) && op != BinOp::MatMul {
            return int_binop(op, &x, &y);
        }
    }
    if let (Some(x), Some(y)) = (crate::builtins::float::as_exact_float(a), crate::builtins::float::as_exact_float(b)) {
        if let Some(r) = float_binop(op, x, y)? {
            return Ok(r);
        }
    }
    let ta = a.ty();
    let tb = b.ty();
    if ta.body.state.is_heap() || tb.body.state.is_heap() {
        if let Some(r) = crate::builtins::instances::dunder_slots::heap_binary(vm, op, a, b)? {
            return Ok(r);
        }
        return Err(binary_unsupported(op, a, b));
    }
    if let Some(f) = ta.body.slot(|s| s.binop) {
        if let Some(r) = f(vm, op, a, b)? {
            if !r.is_static(&NOT_IMPLEMENTED) {
                return Ok(r);
            }
        }
    }
    if !std::ptr::eq(ta, tb) {
        if let Some(f) = tb.body.slot(|s| s.binop) {
            if let Some(r) = f(vm, op, a, b)? {
                if !r.is_static(&NOT_IMPLEMENTED) {
                    return Ok(r);
                }
            }
        }
    }
    Err(binary_unsupported(op, a, b))
}

/// The TypeError for `a op b` when no operand supports it.
#[cold]
fn binary_unsupported(op: BinOp, a: &Value, b: &Value) -> PyErr {
    let (ta, tb) = (a.ty(), b.ty());
    if op == BinOp::Mul {
        // A sequence times a non-int: CPython reports the sequence repeat's error, naming
        // the other operand (`[1] * [1]`, `1.5 * "a"`).
        let is_sequence = |v: &Value| {
            crate::builtins::list::as_list(v).is_some()
                || crate::builtins::tuple::as_tuple(v).is_some()
                || crate::builtins::str::as_str_data(v).is_some()
                || crate::builtins::bytes::as_bytes(v).is_some()
        };
        let other = if is_sequence(a) { Some(tb) } else if is_sequence(b) { Some(ta) } else { None };
        if let Some(other) = other {
            return PyErr::type_error(format!("can't multiply sequence by non-int of type '{}'", other.body.name));
        }
    }
    PyErr::type_error(format!("unsupported operand type(s) for {}: '{}' and '{}'", op.symbol(), ta.body.name, tb.body.name))
}

/// `a op= b` (lists extend in place; everything else falls back to `a op b`).
pub fn inplace(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    if a.ty().body.state.is_heap() {
        if let Some(r) = crate::builtins::instances::dunder_slots::heap_inplace(vm, op, a, b)? {
            return Ok(r);
        }
    }
    if op == BinOp::Add {
        if let Some(r) = crate::builtins::list::list_inplace_add(vm, a, b)? {
            return Ok(r);
        }
        if let Some(r) = crate::builtins::bytearray::bytearray_inplace_add(a, b)? {
            return Ok(r);
        }
    }
    if op == BinOp::Mul {
        if let Some(l) = crate::builtins::list::as_list(a) {
            // `lst *= n` repeats the list in place, so aliases see the change.
            let repeated = binary(vm, op, a, b)?;
            if let Some(r) = crate::builtins::list::as_list(&repeated) {
                let items = r.items().to_vec();
                *l.items_mut() = items;
                return Ok(a.clone());
            }
        }
        if let Some(ba) = crate::builtins::bytearray::as_bytearray(a) {
            // `ba *= n` repeats in place too.
            let repeated = binary(vm, op, a, b)?;
            if let Some(r) = crate::builtins::bytearray::as_bytearray(&repeated) {
                let bytes = r.bytes().clone();
                *ba.bytes_mut() = bytes;
                return Ok(a.clone());
            }
        }
    }
    if op == BinOp::Or {
        if let Some(d) = crate::builtins::dict::as_dict(a) {
            // `d |= other` updates in place from a mapping or an iterable of pairs.
            crate::builtins::dict::update_from(vm, d, b)?;
            return Ok(a.clone());
        }
    }
    if let Some(r) = crate::builtins::set::set_inplace(vm, op, a, b)? {
        return Ok(r);
    }
    if !a.is_small_int() && a.ty().body.kind == crate::object::Kind::Object {
        // Native types of the library modules (deque) declare their in-place forms as
        // `__iadd__`/`__imul__` in their method tables.
        let name = match op {
            BinOp::Add => Some("__iadd__"),
            BinOp::Mul => Some("__imul__"),
            _ => None,
        };
        if let Some(m) = name.and_then(|n| a.ty().body.find_method(n)) {
            let r = (m.func)(vm, &[a.clone(), b.clone()], &[])?;
            if !r.is_static(&crate::builtins::singletons::NOT_IMPLEMENTED) {
                return Ok(r);
            }
        }
    }
    binary(vm, op, a, b).map_err(|e| {
        if e.exc.ty().body.name == "TypeError" {
            let msg = crate::builtins::exceptions::exception_str(&e.exc);
            if let Some(rest) = msg.strip_prefix("unsupported operand type(s) for ") {
                return PyErr::type_error(format!("unsupported operand type(s) for {}=: {}", op.symbol(), rest.split_once(": ").map_or("", |x| x.1)));
            }
        }
        e
    })
}

/// Unary `-x`, `+x`, `~x`.
pub fn unary(vm: &mut Vm, op: UnaryOp, v: &Value) -> PyResult<Value> {
    if let Some(f) = v.ty().body.slot(|s| s.unary) {
        if let Some(r) = f(vm, op, v)? {
            return Ok(r);
        }
    }
    let sym = match op {
        UnaryOp::Neg => "-",
        UnaryOp::Pos => "+",
        UnaryOp::Invert => "~",
    };
    Err(PyErr::type_error(format!("bad operand type for unary {sym}: '{}'", v.ty().body.name)))
}

/// `len(v)`.
pub fn len(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    match v.ty().body.slot(|s| s.len) {
        Some(f) => f(vm, v),
        None => Err(PyErr::type_error(format!("object of type '{}' has no len()", v.ty().body.name))),
    }
}

/// True when a built-in container refused `key` with a TypeError and `key` may stand
/// for an int (an instance of a user class with `__index__`, or a slice with such
/// bounds): the lookup is retried with the converted key. Only the error path pays.
#[cold]
fn index_retry(e: &PyErr, v: &Value, key: &Value) -> bool {
    let heap = |x: &Value| !x.is_small_int() && x.ty().body.state.is_heap() && crate::builtins::instances::dunder_slots::lookup(x.ty(), "__index__").is_some();
    if !e.matches(&crate::builtins::exceptions::TYPE_ERROR) || v.ty().body.state.is_heap() {
        return false;
    }
    match crate::builtins::slice::as_slice(key) {
        Some(s) => heap(&s.start) || heap(&s.stop) || heap(&s.step),
        None => heap(key),
    }
}

/// The key [`index_retry`] retries with.
#[cold]
fn index_key(vm: &mut Vm, key: &Value) -> PyResult<Value> {
    match crate::builtins::instances::protocol::slice_value(vm, key)? {
        Some(k) => Ok(k),
        None => crate::builtins::instances::protocol::index_value(vm, key),
    }
}

/// `v[key]`.
pub fn getitem(vm: &mut Vm, v: &Value, key: &Value) -> PyResult<Value> {
    match v.ty().body.slot(|s| s.getitem) {
        Some(f) => match f(vm, v, key) {
            Err(e) if index_retry(&e, v, key) => {
                let k = index_key(vm, key)?;
                f(vm, v, &k)
            }
            r => r,
        },
        None => Err(PyErr::type_error(format!("'{}' object is not subscriptable", v.ty().body.name))),
    }
}

/// `v[key] = value`.
pub fn setitem(vm: &mut Vm, v: &Value, key: &Value, value: Value) -> PyResult<()> {
    match v.ty().body.slot(|s| s.setitem) {
        Some(f) => {
            if !key.is_small_int() && (key.ty().body.state.is_heap() || key.ty().body.kind == Kind::Slice) && index_retry_possible(v, key) {
                let k = index_key(vm, key)?;
                return f(vm, v, &k, value);
            }
            f(vm, v, key, value)
        }
        None => Err(PyErr::type_error(format!("'{}' object does not support item assignment", v.ty().body.name))),
    }
}

/// [`index_retry`] before the attempt, for stores (which consume their value): a
/// built-in sequence indexed by a key that stands for an int.
#[cold]
fn index_retry_possible(v: &Value, key: &Value) -> bool {
    matches!(v.ty().body.kind, Kind::List | Kind::ByteArray) && index_retry(&PyErr::type_error(""), v, key)
}

/// `del v[key]`.
pub fn delitem(vm: &mut Vm, v: &Value, key: &Value) -> PyResult<()> {
    match v.ty().body.slot(|s| s.delitem) {
        Some(f) => match f(vm, v, key) {
            Err(e) if index_retry(&e, v, key) => {
                let k = index_key(vm, key)?;
                f(vm, v, &k)
            }
            r => r,
        },
        None => Err(PyErr::type_error(format!("'{}' object does not support item deletion", v.ty().body.name))),
    }
}

/// `x in container`.
pub fn contains(vm: &mut Vm, container: &Value, x: &Value) -> PyResult<bool> {
    if let Some(f) = container.ty().body.slot(|s| s.contains) {
        return f(vm, container, x);
    }
    if container.ty().body.slot(|s| s.iter).is_some() {
        let it = iter(vm, container)?;
        while let Some(item) = next(vm, &it)? {
            if eq(vm, &item, x)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    Err(PyErr::type_error(format!("argument of type '{}' is not a container or iterable", container.ty().body.name)))
}

/// `iter(v)`.
pub fn iter(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v.ty().body.slot(|s| s.iter) {
        Some(f) => f(vm, v),
        None => Err(PyErr::type_error(format!("'{}' object is not iterable", v.ty().body.name))),
    }
}

/// `next(it)`; `Ok(None)` when exhausted.
pub fn next(vm: &mut Vm, it: &Value) -> PyResult<Option<Value>> {
    match it.ty().body.slot(|s| s.next) {
        Some(f) => f(vm, it),
        None => Err(PyErr::type_error(format!("'{}' object is not an iterator", it.ty().body.name))),
    }
}

/// All items of an iterable.
pub fn collect_iterable(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    if let Some(t) = crate::builtins::tuple::as_exact_tuple(v) {
        return Ok(t.to_vec());
    }
    if let Some(l) = crate::builtins::list::as_exact_list(v) {
        return Ok(l.items().clone());
    }
    let mut out = Vec::new();
    if let Some(r) = crate::builtins::range::as_range(v) {
        // Sized up front, as CPython sizes by the length hint: an impossible size raises
        // MemoryError at once instead of filling memory.
        let n = if r.big.is_some() { num_traits::ToPrimitive::to_usize(&r.big_len()).unwrap_or(usize::MAX) } else { r.len() };
        out = crate::alloc_tuning::try_vec(n).ok_or_else(|| PyErr::bare(&crate::builtins::exceptions::MEMORY_ERROR))?;
    }
    let it = iter(vm, v)?;
    if let Some(n) = crate::modules::itertools::repeat_remaining(&it) {
        out = crate::alloc_tuning::try_vec(n).ok_or_else(|| PyErr::bare(&crate::builtins::exceptions::MEMORY_ERROR))?;
    }
    while let Some(x) = next(vm, &it)? {
        out.push(x);
    }
    Ok(out)
}

/// Calls `f(*args, **kw)` in CPython's vectorcall layout.
pub fn call(vm: &mut Vm, f: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if as_function(f).is_some() {
        return crate::interp::call::call_python_function(vm, f, args, kwnames);
    }
    match f.ty().body.slot(|s| s.call) {
        Some(c) => c(vm, f, args, kwnames),
        None => Err(PyErr::type_error(format!("'{}' object is not callable", f.ty().body.name))),
    }
}

/// True when `v` can be called.
pub fn callable(v: &Value) -> bool {
    let t = v.ty();
    if t.body.state.is_heap() {
        return crate::builtins::instances::dunder_slots::heap_callable(t);
    }
    t.body.slot(|s| s.call).is_some()
}

/// `getattr(v, name)`, or `Ok(None)` when missing: CPython's generic lookup order
/// (`builtins::attr_lookup`), `type_getattro` for type objects.
pub fn getattr_opt(vm: &mut Vm, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let found = match crate::builtins::type_::as_type(v) {
        Some(t) => crate::builtins::attr_lookup::type_getattro(vm, v, t, name)?,
        None if v.ty().body.state.is_heap() => return crate::builtins::instances::hooks::getattr_hooked(vm, v, name),
        None => crate::builtins::attr_lookup::generic_getattr(vm, v, name)?,
    };
    if found.is_none() && v.ty().body.state.is_heap() {
        // A metaclass's `__getattr__` serves missing class attributes.
        return crate::builtins::instances::hooks::getattr_fallback(vm, v, name);
    }
    Ok(found)
}

/// `v.name` with CPython's AttributeError.
pub fn getattr(vm: &mut Vm, v: &Value, name: &str) -> PyResult<Value> {
    match getattr_opt(vm, v, name)? {
        Some(r) => Ok(r),
        None => Err(attribute_error(v, name)),
    }
}

/// The AttributeError for a missing attribute (carrying `name` and `obj` for the
/// traceback's "Did you mean" suggestion).
pub fn attribute_error(v: &Value, name: &str) -> PyErr {
    let e = if let Some(m) = crate::builtins::module::as_module(v) {
        // While a module's code runs, CPython names a circular import (or a file shadowing
        // a library module) as the likely cause.
        use crate::builtins::runtime_objects::module_spec;
        let spec = crate::builtins::dict::as_dict(&m.dict).and_then(|d| d.get_str("__spec__"));
        let origin = spec.as_ref().and_then(module_spec::file_origin_of_bag);
        PyErr::attribute_error(match (&spec, &origin) {
            (Some(s), Some(o)) if module_spec::initializing_flag(s) && module_spec::is_possibly_shadowing(Some(o)) => {
                format!("module '{}' has no attribute '{name}' (consider renaming '{o}' if it has the same name as a library you intended to import)", m.name)
            }
            (Some(s), Some(o)) if module_spec::initializing_flag(s) => {
                format!("partially initialized module '{}' from '{o}' has no attribute '{name}' (most likely due to a circular import)", m.name)
            }
            (Some(s), None) if module_spec::initializing_flag(s) => {
                format!("partially initialized module '{}' has no attribute '{name}' (most likely due to a circular import)", m.name)
            }
            (Some(s), _) if module_spec::is_uninitialized_submodule(s, name) => {
                format!("cannot access submodule '{name}' of module '{}' (most likely due to a circular import)", m.name)
            }
            _ => format!("module '{}' has no attribute '{name}'", m.name),
        })
    } else if let Some(t) = crate::builtins::type_::as_type(v) {
        PyErr::attribute_error(format!("type object '{}' has no attribute '{name}'", t.body.name))
    } else {
        PyErr::attribute_error(format!("'{}' object has no attribute '{name}'", v.ty().body.name))
    };
    crate::builtins::exceptions::set_extra(&e.exc, "name", crate::builtins::str::new_str(name));
    crate::builtins::exceptions::set_extra(&e.exc, "obj", v.clone());
    e
}

/// The attribute names `dir(v)` lists, sorted: for modules their namespace; for a type
/// the names along its MRO; for other objects the names along their type's MRO plus
/// the instance dict.
pub fn attribute_names(vm: &mut Vm, v: &Value) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    if let Some(m) = crate::builtins::module::as_module(v) {
        if let Some(d) = crate::builtins::dict::as_dict(&m.dict) {
            names.extend(d.items().iter().filter_map(|(k, _)| as_str(k).map(str::to_string)));
        }
    } else {
        let t = crate::builtins::type_::as_type(v).unwrap_or_else(|| v.ty());
        for td in t.body.mro() {
            if td.state.is_heap() {
                if let Some(d) = td.state.dict_if_filled().and_then(crate::builtins::dict::as_dict) {
                    names.extend(d.items().iter().filter_map(|(k, _)| as_str(k).map(str::to_string)));
                }
                continue;
            }
            names.extend(crate::builtins::type_namespace::own_names(td).into_iter().map(str::to_string));
        }
        if crate::builtins::type_::as_type(v).is_none() {
            if let Ok(Some(d)) = getattr_opt(vm, v, "__dict__") {
                if let Some(d) = crate::builtins::dict::as_dict(&d) {
                    names.extend(d.items().iter().filter_map(|(k, _)| as_str(k).map(str::to_string)));
                }
            }
            names.extend(instance_only_names(v).iter().map(|n| n.to_string()));
        }
    }
    names.sort();
    names.dedup();
    names
}

/// Attributes some instances have that their type does not list (`__notes__` once a
/// note was added).
fn instance_only_names(v: &Value) -> &'static [&'static str] {
    match crate::builtins::exceptions::as_exception(v) {
        Some(e) if !e.notes.lock(v).is_empty() => &["__notes__"],
        _ => &[],
    }
}

/// `v.name = value` (or `del v.name` with `None`).
pub fn setattr(vm: &mut Vm, v: &Value, name: &str, value: Option<Value>) -> PyResult<()> {
    if let Some(t) = crate::builtins::type_::as_type(v) {
        if v.ty().body.state.is_heap() {
            // A metaclass's `__setattr__` / `__delattr__`.
            let hook = if value.is_some() { "__setattr__" } else { "__delattr__" };
            if let Some(f) = crate::builtins::instances::dunder_slots::lookup(v.ty(), hook) {
                let mut args = vec![crate::builtins::str::new_str(name)];
                args.extend(value);
                return crate::builtins::instances::dunder_slots::call_dunder(vm, &f, v, &args).map(drop);
            }
        }
        return crate::builtins::attr_lookup::type_setattro(vm, t, name, value);
    }
    match v.ty().body.slot(|s| s.setattr) {
        Some(f) => f(vm, v, name, value),
        None => Err(setattr_refused(vm, v, name)?),
    }
}

/// The error for setting or deleting an attribute of an object that takes none, with
/// CPython's message for each kind of attribute.
#[cold]
fn setattr_refused(vm: &mut Vm, v: &Value, name: &str) -> PyResult<PyErr> {
    let t = v.ty();
    if name == "__class__" {
        return Ok(PyErr::type_error("__class__ assignment only supported for mutable types or ModuleType subclasses"));
    }
    if let Some((owner, is_member)) = crate::builtins::type_namespace::data_attribute_owner(&t.body, name) {
        return Ok(PyErr::attribute_error(if is_member {
            "readonly attribute".to_string()
        } else {
            format!("attribute '{name}' of '{}' objects is not writable", owner.name)
        }));
    }
    Ok(if getattr_opt(vm, v, name)?.is_some() {
        PyErr::attribute_error(format!("'{}' object attribute '{name}' is read-only", t.body.name))
    } else {
        PyErr::attribute_error(format!("'{}' object has no attribute '{name}' and no __dict__ for setting new attributes", t.body.name))
    })
}

/// `isinstance(v, t)` for a type object.
pub fn isinstance(v: &Value, t: &'static crate::object::TypeObject) -> bool {
    v.ty().body.is_subtype(&t.body) || crate::builtins::exception_group::is_virtual_subtype(v.ty(), t)
}

