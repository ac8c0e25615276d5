//! `collections.deque`: a double-ended queue with an optional maximum length.
//!
//! The items live in a `VecDeque` behind the object's lock. A mutation counter (CPython's
//! `state`) is bumped by every change of the sequence; iterators and the searching
//! methods (`count`, `index`, `remove`, `in`), which compare items by running Python code
//! with the lock released, check it afterwards and raise CPython's
//! `RuntimeError: deque mutated during iteration` instead of reading a changed deque.
//! Appending to a full bounded deque drops an item from the other end, as in CPython.

use std::collections::VecDeque;

use crate::builtin_type;
use crate::builtins::int::{as_int, new_int, IntRef};
use crate::builtins::singletons::{none, not_implemented, py_bool};
use crate::builtins::str::new_str_owned;
use crate::builtins::type_::OBJECT_TYPE;
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::modules::args;
use crate::object::{BinOp, CompareOp, Guard, Kind, Locked, MethodDef, Slots, TypeObject, Value};

/// The contents of a deque.
pub struct DequeState {
    items: VecDeque<Value>,
    maxlen: Option<usize>,
    /// Bumped on every change of the sequence.
    mutations: u64,
}

impl DequeState {
    fn push_back(&mut self, x: Value) {
        if self.maxlen == Some(0) {
            return;
        }
        if self.maxlen.is_some_and(|m| self.items.len() >= m) {
            self.items.pop_front();
        }
        self.items.push_back(x);
        self.mutations += 1;
    }

    fn push_front(&mut self, x: Value) {
        if self.maxlen == Some(0) {
            return;
        }
        if self.maxlen.is_some_and(|m| self.items.len() >= m) {
            self.items.pop_back();
        }
        self.items.push_front(x);
        self.mutations += 1;
    }
}

/// The body of a deque.
pub struct DequeData {
    state: Locked<DequeState>,
}

builtin_type!(
    DEQUE_TYPE,
    "collections.deque",
    Kind::Object,
    DequeData,
    Some(&OBJECT_TYPE),
    Slots {
        new: Some(deque_new),
        repr: Some(deque_repr),
        len: Some(deque_len),
        truth: Some(deque_truth),
        iter: Some(deque_iter),
        contains: Some(deque_contains),
        getitem: Some(deque_getitem),
        setitem: Some(deque_setitem),
        delitem: Some(deque_delitem),
        compare: Some(deque_compare),
        binop: Some(deque_binop),
        getattr: Some(deque_getattr),
        traverse: Some(deque_traverse),
        clear: Some(deque_clear_slot),
        hash: Some(deque_hash),
        ..Slots::EMPTY
    },
    &[
        MethodDef::method("append", append),
        MethodDef::method("appendleft", appendleft),
        MethodDef::method("pop", pop),
        MethodDef::method("popleft", popleft),
        MethodDef::method("extend", extend),
        MethodDef::method("extendleft", extendleft),
        MethodDef::method("rotate", rotate),
        MethodDef::method("index", index),
        MethodDef::method("insert", insert),
        MethodDef::method("remove", remove),
        MethodDef::method("count", count),
        MethodDef::method("reverse", reverse),
        MethodDef::method("clear", clear),
        MethodDef::method("copy", copy),
        MethodDef::method("__copy__", copy),
        MethodDef::method("__reversed__", reversed),
        MethodDef::method("__iadd__", iadd),
        MethodDef::method("__imul__", imul),
    ]
);

/// True for a deque.
pub fn is_deque(v: &Value) -> bool {
    !v.is_small_int() && v.ty().body.is_subtype(&DEQUE_TYPE.body)
}

fn data(v: &Value) -> PyResult<&DequeData> {
    if v.is_small_int() || !std::ptr::eq(v.ty(), &DEQUE_TYPE) {
        // A class deriving from deque has its own instance layout.
        return Err(PyErr::new(
            &crate::builtins::exceptions::NOT_IMPLEMENTED_ERROR,
            format!("instances of subclasses of the built-in type 'collections.deque' are not supported yet ('{}')", v.ty().body.name),
        ));
    }
    // SAFETY: DEQUE_TYPE's instances are made by `new_deque` with a DequeData body.
    Ok(unsafe { v.body_unchecked::<DequeData>() })
}

fn lock(v: &Value) -> PyResult<Guard<'_, DequeState>> {
    Ok(data(v)?.state.lock(v))
}

fn new_deque(items: VecDeque<Value>, maxlen: Option<usize>) -> Value {
    crate::object::alloc(&DEQUE_TYPE, DequeData { state: Locked::new(DequeState { items, maxlen, mutations: 0 }) })
}

fn deque_new(vm: &mut Vm, _t: &'static TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if args.len() > 2 {
        return Err(PyErr::type_error(format!("deque() takes at most 2 arguments ({} given)", args.len())));
    }
    let a = args::bind("deque", args, kwnames, &["iterable", "maxlen"], 0, 2, 0)?;
    let maxlen = match args::given(&a[1]) {
        None => None,
        Some(m) => match as_int(m) {
            Some(IntRef::Small(n)) if n < 0 => return Err(PyErr::value_error("maxlen must be non-negative")),
            Some(IntRef::Small(n)) => Some(n as usize),
            Some(IntRef::Big(_)) => return Err(PyErr::overflow_error("Python int too large to convert to C ssize_t")),
            None => return Err(PyErr::type_error("an integer is required")),
        },
    };
    let d = new_deque(VecDeque::new(), maxlen);
    if let Some(it) = &a[0] {
        extend_from(vm, &d, it, false)?;
    }
    Ok(d)
}

fn extend_from(vm: &mut Vm, d: &Value, iterable: &Value, left: bool) -> PyResult<()> {
    let items = crate::ops::collect_iterable(vm, iterable)?;
    let mut st = lock(d)?;
    for x in items {
        if left {
            st.push_front(x);
        } else {
            st.push_back(x);
        }
    }
    Ok(())
}

fn deque_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Ok(st) = lock(v) {
        st.items.iter().for_each(visit);
    }
}

fn deque_clear_slot(v: &Value) {
    if let Ok(mut st) = lock(v) {
        drop(std::mem::take(&mut st.items));
        st.mutations += 1;
    }
}

fn snapshot(v: &Value) -> PyResult<(Vec<Value>, u64)> {
    let st = lock(v)?;
    Ok((st.items.iter().cloned().collect(), st.mutations))
}

fn check_unchanged(v: &Value, mutations: u64) -> PyResult<()> {
    if lock(v)?.mutations != mutations {
        return Err(PyErr::runtime_error("deque mutated during iteration"));
    }
    Ok(())
}

fn deque_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if vm.repr_guard_enter(v) {
        return Ok(new_str_owned("[...]".into()));
    }
    let (items, _) = snapshot(v)?;
    let inner = crate::builtins::tuple::seq_repr(vm, &items, "[", "]");
    vm.repr_guard_leave(v);
    let inner = inner?;
    let maxlen = lock(v)?.maxlen;
    Ok(new_str_owned(
        match maxlen {
            Some(m) => format!("deque({inner}, maxlen={m})"),
            None => format!("deque({inner})"),
        }
        .into(),
    ))
}

fn deque_hash(_vm: &mut Vm, v: &Value) -> PyResult<i64> {
    Err(PyErr::type_error(format!("unhashable type: '{}'", v.ty().body.name)))
}

fn deque_len(_vm: &mut Vm, v: &Value) -> PyResult<usize> {
    Ok(lock(v)?.items.len())
}

fn deque_truth(_vm: &mut Vm, v: &Value) -> PyResult<bool> {
    Ok(!lock(v)?.items.is_empty())
}

fn deque_getattr(_vm: &mut Vm, v: &Value, name: &str) -> PyResult<Option<Value>> {
    if name == "maxlen" {
        return Ok(Some(lock(v)?.maxlen.map_or_else(none, |m| new_int(m as i64))));
    }
    Ok(None)
}

/// A normalised item index, or CPython's errors.
fn item_index(v: &Value, key: &Value) -> PyResult<usize> {
    let i = match as_int(key) {
        Some(IntRef::Small(i)) => i,
        Some(IntRef::Big(_)) => return Err(PyErr::index_error("cannot fit 'int' into an index-sized integer")),
        None => return Err(PyErr::type_error(format!("sequence index must be integer, not '{}'", key.ty().body.name))),
    };
    let n = lock(v)?.items.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(PyErr::index_error("deque index out of range"));
    }
    Ok(j as usize)
}

fn deque_getitem(_vm: &mut Vm, v: &Value, key: &Value) -> PyResult<Value> {
    let i = item_index(v, key)?;
    lock(v)?.items.get(i).cloned().ok_or_else(|| PyErr::index_error("deque index out of range"))
}

fn deque_setitem(_vm: &mut Vm, v: &Value, key: &Value, x: Value) -> PyResult<()> {
    let i = item_index(v, key)?;
    let old = lock(v)?.items.get_mut(i).map(|slot| std::mem::replace(slot, x));
    drop(old);
    Ok(())
}

fn deque_delitem(_vm: &mut Vm, v: &Value, key: &Value) -> PyResult<()> {
    let i = item_index(v, key)?;
    let mut st = lock(v)?;
    let old = st.items.remove(i);
    st.mutations += 1;
    drop(st);
    drop(old);
    Ok(())
}

/// The first index in `start..stop` whose item is (or equals) `x`.
fn find(vm: &mut Vm, v: &Value, x: &Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let (items, mutations) = snapshot(v)?;
    for (i, item) in items.iter().enumerate().take(stop.min(items.len())).skip(start) {
        let same = item.is(x) || crate::ops::eq(vm, item, x)?;
        check_unchanged(v, mutations)?;
        if same {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn deque_contains(vm: &mut Vm, v: &Value, x: &Value) -> PyResult<bool> {
    Ok(find(vm, v, x, 0, usize::MAX)?.is_some())
}

fn deque_compare(vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Option<Value>> {
    if !is_deque(a) || !is_deque(b) {
        return Ok(None);
    }
    let (x, _) = snapshot(a)?;
    let (y, _) = snapshot(b)?;
    Ok(Some(py_bool(crate::builtins::tuple::seq_compare(vm, &x, &y, op)?)))
}

fn deque_binop(_vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    match op {
        BinOp::Add => {
            if !is_deque(a) {
                return Ok(None);
            }
            if !is_deque(b) {
                return Err(PyErr::type_error(format!("can only concatenate deque (not \"{}\") to deque", b.ty().body.name)));
            }
            let maxlen = lock(a)?.maxlen;
            let d = new_deque(VecDeque::new(), maxlen);
            let (x, _) = snapshot(a)?;
            let (y, _) = snapshot(b)?;
            let mut st = lock(&d)?;
            x.into_iter().chain(y).for_each(|v| st.push_back(v));
            drop(st);
            Ok(Some(d))
        }
        BinOp::Mul => {
            let (d, n) = if is_deque(a) { (a, b) } else { (b, a) };
            if !is_deque(d) {
                return Ok(None);
            }
            let Some(k) = crate::builtins::tuple::repeat_count(n)? else {
                return Err(PyErr::type_error(format!("can't multiply sequence by non-int of type '{}'", n.ty().body.name)));
            };
            let maxlen = lock(d)?.maxlen;
            let (items, _) = snapshot(d)?;
            let out = new_deque(VecDeque::new(), maxlen);
            repeat_into(&out, &items, k)?;
            Ok(Some(out))
        }
        _ => Ok(None),
    }
}

/// Appends `k` copies of `items` to `d` (only the last `maxlen` survive).
fn repeat_into(d: &Value, items: &[Value], k: usize) -> PyResult<()> {
    let mut st = lock(d)?;
    let total = items.len().saturating_mul(k);
    let keep = st.maxlen.map_or(total, |m| m.min(total));
    if st.maxlen.is_none() {
        crate::builtins::tuple::repeated_len(items.len(), k)?;
    }
    // Only the tail of the repetition can survive a maxlen; skip the rest without
    // materialising it.
    let skip = total - keep;
    for i in skip..total {
        st.push_back(items[i % items.len()].clone());
    }
    Ok(())
}

fn self_only(name: &str, args: &[Value], kwnames: &[Value]) -> PyResult<()> {
    crate::builtins::iterators::no_arguments(name, args, kwnames)
}

fn one<'a>(name: &str, args: &'a [Value], kwnames: &[Value]) -> PyResult<&'a Value> {
    args::no_keywords(name, kwnames)?;
    match args {
        [_, x] => Ok(x),
        _ => Err(PyErr::type_error(format!("{name}() takes exactly one argument ({} given)", args.len().saturating_sub(1)))),
    }
}

fn append(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let x = one("deque.append", args, kwnames)?;
    lock(&args[0])?.push_back(x.clone());
    Ok(none())
}

fn appendleft(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let x = one("deque.appendleft", args, kwnames)?;
    lock(&args[0])?.push_front(x.clone());
    Ok(none())
}

fn pop(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    self_only("deque.pop", args, kwnames)?;
    let mut st = lock(&args[0])?;
    let x = st.items.pop_back().ok_or_else(|| PyErr::index_error("pop from an empty deque"))?;
    st.mutations += 1;
    Ok(x)
}

fn popleft(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    self_only("deque.popleft", args, kwnames)?;
    let mut st = lock(&args[0])?;
    let x = st.items.pop_front().ok_or_else(|| PyErr::index_error("pop from an empty deque"))?;
    st.mutations += 1;
    Ok(x)
}

fn extend(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let x = one("deque.extend", args, kwnames)?;
    extend_from(vm, &args[0], x, false)?;
    Ok(none())
}

fn extendleft(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let x = one("deque.extendleft", args, kwnames)?;
    extend_from(vm, &args[0], x, true)?;
    Ok(none())
}

fn rotate(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    args::no_keywords("deque.rotate", kwnames)?;
    let n = match args {
        [_] => 1,
        [_, n] => crate::builtins::int::index_i64(n)?,
        _ => return Err(PyErr::type_error(format!("rotate expected at most 1 argument, got {}", args.len() - 1))),
    };
    let mut st = lock(&args[0])?;
    let len = st.items.len() as i64;
    if len > 1 {
        let k = n.rem_euclid(len) as usize;
        st.items.rotate_right(k);
        st.mutations += 1;
    }
    Ok(none())
}

/// A start/stop argument of `index`, clamped like a slice bound.
fn bound(v: &Value, len: usize) -> PyResult<usize> {
    let i = match as_int(v) {
        Some(IntRef::Small(i)) => i,
        Some(IntRef::Big(b)) => {
            if num_traits::Signed::is_negative(b) {
                i64::MIN
            } else {
                i64::MAX
            }
        }
        None => return Err(PyErr::type_error("slice indices must be integers or have an __index__ method")),
    };
    let n = len as i64;
    Ok(if i < 0 { (i.saturating_add(n)).max(0) as usize } else { i.min(n) as usize })
}

fn index(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    args::no_keywords("deque.index", kwnames)?;
    if !(2..=4).contains(&args.len()) {
        let n = args.len().saturating_sub(1);
        let msg = if n < 1 { format!("index expected at least 1 argument, got {n}") } else { format!("index expected at most 3 arguments, got {n}") };
        return Err(PyErr::type_error(msg));
    }
    let len = lock(&args[0])?.items.len();
    let start = args.get(2).map_or(Ok(0), |s| bound(s, len))?;
    let stop = args.get(3).map_or(Ok(len), |s| bound(s, len))?;
    match find(vm, &args[0], &args[1], start, stop)? {
        Some(i) => Ok(new_int(i as i64)),
        None => {
            let shown = crate::ops::repr_string(vm, &args[1])?;
            Err(PyErr::value_error(format!("{shown} is not in deque")))
        }
    }
}

fn insert(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    args::no_keywords("deque.insert", kwnames)?;
    let [this, i, x] = args else {
        return Err(PyErr::type_error(format!("insert expected 2 arguments, got {}", args.len().saturating_sub(1))));
    };
    let i = crate::builtins::int::index_i64(i)?;
    let mut st = lock(this)?;
    if st.maxlen.is_some_and(|m| st.items.len() >= m) {
        return Err(PyErr::index_error("deque already at its maximum size"));
    }
    let n = st.items.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    st.items.insert(at, x.clone());
    st.mutations += 1;
    Ok(none())
}

fn remove(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let x = one("deque.remove", args, kwnames)?;
    match find(vm, &args[0], x, 0, usize::MAX)? {
        Some(i) => {
            let mut st = lock(&args[0])?;
            let old = st.items.remove(i);
            st.mutations += 1;
            drop(st);
            drop(old);
            Ok(none())
        }
        None => {
            let shown = crate::ops::repr_string(vm, x)?;
            Err(PyErr::value_error(format!("{shown} is not in deque")))
        }
    }
}

fn count(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let x = one("deque.count", args, kwnames)?;
    let (items, mutations) = snapshot(&args[0])?;
    let mut n = 0i64;
    for item in &items {
        if item.is(x) || crate::ops::eq(vm, item, x)? {
            n += 1;
        }
        check_unchanged(&args[0], mutations)?;
    }
    Ok(new_int(n))
}

fn reverse(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    self_only("deque.reverse", args, kwnames)?;
    let mut st = lock(&args[0])?;
    st.items.make_contiguous().reverse();
    Ok(none())
}

fn clear(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    self_only("deque.clear", args, kwnames)?;
    deque_clear_slot(&args[0]);
    Ok(none())
}

fn copy(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    self_only("deque.copy", args, kwnames)?;
    let st = lock(&args[0])?;
    let (items, maxlen) = (st.items.clone(), st.maxlen);
    drop(st);
    Ok(new_deque(items, maxlen))
}

fn iadd(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let x = one("deque.__iadd__", args, kwnames)?;
    extend_from(vm, &args[0], x, false)?;
    Ok(args[0].clone())
}

fn imul(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let n = one("deque.__imul__", args, kwnames)?;
    let Some(k) = crate::builtins::tuple::repeat_count(n)? else { return Ok(not_implemented()) };
    let (items, _) = snapshot(&args[0])?;
    {
        let mut st = lock(&args[0])?;
        st.items.clear();
        st.mutations += 1;
    }
    repeat_into(&args[0], &items, k)?;
    Ok(args[0].clone())
}

/// A deque iterator: the deque, the next position and the mutation count it expects.
pub struct DequeIterData {
    state: Locked<DequeIterState>,
}

struct DequeIterState {
    deque: Option<Value>,
    next: usize,
    mutations: u64,
    reverse: bool,
}

const DEQUE_ITER_SLOTS: Slots = Slots {
    iter: Some(iter_self),
    next: Some(iter_next),
    traverse: Some(iter_traverse),
    hash: Some(crate::builtins::type_::identity_hash),
    ..Slots::EMPTY
};
builtin_type!(DEQUE_ITER_TYPE, "collections._deque_iterator", Kind::Object, DequeIterData, Some(&OBJECT_TYPE), DEQUE_ITER_SLOTS, &[]);
builtin_type!(DEQUE_REVERSE_ITER_TYPE, "collections._deque_reverse_iterator", Kind::Object, DequeIterData, Some(&OBJECT_TYPE), DEQUE_ITER_SLOTS, &[]);

fn iter_state(v: &Value) -> Guard<'_, DequeIterState> {
    debug_assert!(std::ptr::eq(v.ty(), &DEQUE_ITER_TYPE) || std::ptr::eq(v.ty(), &DEQUE_REVERSE_ITER_TYPE));
    // SAFETY: deque iterators are made only by `make_iter`, as one of the two iterator
    // types with a DequeIterData body; the types have no constructor, so no instance of
    // a derived class can exist.
    unsafe { v.body_unchecked::<DequeIterData>() }.state.lock(v)
}

fn make_iter(v: &Value, reverse: bool) -> PyResult<Value> {
    let mutations = lock(v)?.mutations;
    let ty = if reverse { &DEQUE_REVERSE_ITER_TYPE } else { &DEQUE_ITER_TYPE };
    Ok(crate::object::alloc(ty, DequeIterData { state: Locked::new(DequeIterState { deque: Some(v.clone()), next: 0, mutations, reverse }) }))
}

fn deque_iter(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    make_iter(v, false)
}

fn reversed(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    self_only("deque.__reversed__", args, kwnames)?;
    make_iter(&args[0], true)
}

fn iter_self(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(v.clone())
}

fn iter_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(d) = &iter_state(v).deque {
        visit(d);
    }
}

fn iter_next(_vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    // The iterator's and the deque's locks are taken one after the other, never together.
    let (d, next, expected, reverse) = {
        let it = iter_state(v);
        let Some(d) = it.deque.clone() else { return Ok(None) };
        (d, it.next, it.mutations, it.reverse)
    };
    let item = {
        let st = lock(&d)?;
        if st.mutations != expected {
            return Err(PyErr::runtime_error("deque mutated during iteration"));
        }
        let n = st.items.len();
        (next < n).then(|| st.items[if reverse { n - 1 - next } else { next }].clone())
    };
    let mut it = iter_state(v);
    match item {
        Some(x) => {
            it.next += 1;
            Ok(Some(x))
        }
        None => {
            it.deque = None;
            Ok(None)
        }
    }
}

/// The named types `_collections` exposes besides `deque`.
pub fn iterator_types() -> [(&'static str, &'static TypeObject); 2] {
    [("_deque_iterator", &DEQUE_ITER_TYPE), ("_deque_reverse_iterator", &DEQUE_REVERSE_ITER_TYPE)]
}

