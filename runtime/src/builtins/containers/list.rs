//! `list`: a growable vector of values.
//!
//! The items live in a `Locked<Vec<Value>>` (`object/sync.rs`). Reads are lock-free
//! (docs/architecture.md) and, for now, so are writes: the write paths (`append`, stores in
//! the interpreter) receive the body without its owner, and until the `_thread` module
//! exists only one thread runs Python code. With threads, [`ListData::items_mut`]
//! becomes a lock of the object's mutex (an uncontended byte CAS); these two accessors
//! are the only place to change.
//! Callers must not hold a borrow of the items across anything that can run Python
//! code (comparisons, `__eq__`, key functions): clone what they need first.

use crate::builtin_type;
use crate::builtins::int::{as_int, index_i64, new_int};
use crate::builtins::singletons::{is_none, none, py_bool};
use crate::builtins::slice::{as_slice, normalize_index, slice_indices};
use crate::builtins::str::{as_str, new_str_owned};
use crate::builtins::tuple::{repeat_count, seq_compare, seq_contains, seq_getitem, seq_repr};
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::{BinOp, CompareOp, Kind, Locked, MethodDef, Slots, TypeObject, Value};

/// The body of a list.
pub struct ListData {
    items: Locked<Vec<Value>>,
}

impl Drop for ListData {
    fn drop(&mut self) {
        // Last item first, as CPython's list destructor releases them.
        let items = self.items.get_mut();
        while let Some(x) = items.pop() {
            drop(x);
        }
    }
}

impl ListData {
    /// Shared view of the items.
    #[inline(always)]
    pub fn items(&self) -> &Vec<Value> {
        // SAFETY: single mutator thread (see module docs); no &mut is live across calls.
        unsafe { self.items.read_unlocked() }
    }
    /// Mutable view of the items.
    #[inline(always)]
    #[allow(clippy::mut_from_ref)]
    pub fn items_mut(&self) -> &mut Vec<Value> {
        // SAFETY: single mutator thread; callers never keep this borrow across code
        // that could reach the same list.
        unsafe { self.items.write_unlocked() }
    }
}

builtin_type!(
    LIST_TYPE,
    "list",
    Kind::List,
    ListData,
    Some(&crate::builtins::type_::OBJECT_TYPE),
    Slots {
        repr: Some(list_repr),
        traverse: Some(crate::builtins::gc_slots::list_traverse),
        clear: Some(crate::builtins::gc_slots::list_clear),
        compare: Some(list_compare),
        binop: Some(list_binop),
        len: Some(list_len),
        getitem: Some(list_getitem),
        setitem: Some(list_setitem),
        delitem: Some(list_delitem),
        contains: Some(list_contains),
        iter: Some(crate::builtins::iterators::list_iter),
        truth: Some(list_truth),
        new: Some(list_new),
        ..Slots::EMPTY
    },
    &[
        MethodDef::method("append", list_append),
        MethodDef::method("pop", list_pop),
        MethodDef::method("extend", list_extend),
        MethodDef::method("insert", list_insert),
        MethodDef::method("remove", list_remove),
        MethodDef::method("index", list_index),
        MethodDef::method("count", list_count),
        MethodDef::method("reverse", list_reverse),
        MethodDef::method("sort", list_sort),
        MethodDef::method("copy", list_copy),
        MethodDef::method("clear", list_clear),
    ]
);

/// A new list.
pub fn new_list(items: Vec<Value>) -> Value {
    crate::object::alloc(&LIST_TYPE, ListData { items: Locked::new(items) })
}

/// The list body, if `v` is a list.
#[inline(always)]
pub fn as_list(v: &Value) -> Option<&ListData> {
    if !v.is_small_int() && (v.ty().body.kind == Kind::List || v.ty().body.state.solid_kind() == Some(Kind::List)) {
        // SAFETY: Kind::List objects are Obj<ListData>.
        Some(unsafe { v.body_unchecked::<ListData>() })
    } else {
        None
    }
}

/// The list body, if `v` is exactly a list (not an instance of a subclass, whose
/// `__iter__` may differ): for the fast paths of iteration and unpacking.
#[inline]
pub fn as_exact_list(v: &Value) -> Option<&ListData> {
    if !v.is_small_int() && v.ty().body.kind == Kind::List {
        // SAFETY: Kind::List objects are Obj<ListData>.
        Some(unsafe { v.body_unchecked::<ListData>() })
    } else {
        None
    }
}

fn this(args: &[Value]) -> &ListData {
    // Methods are only reachable through a list's type, so args[0] is a list.
    as_list(&args[0]).expect("list method called on a list")
}

fn list_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let items = as_list(v).map(|l| l.items().clone()).unwrap_or_default();
    if vm.repr_guard_enter(v) {
        return Ok(crate::builtins::str::new_str("[...]"));
    }
    let r = seq_repr(vm, &items, "[", "]");
    vm.repr_guard_leave(v);
    Ok(new_str_owned(r?.into()))
}

fn list_compare(vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Option<Value>> {
    match (as_list(a), as_list(b)) {
        (Some(x), Some(y)) => {
            let (x, y) = (x.items().clone(), y.items().clone());
            Ok(Some(py_bool(seq_compare(vm, &x, &y, op)?)))
        }
        _ => Ok(None),
    }
}

fn list_binop(_vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    match op {
        BinOp::Add => {
            let Some(x) = as_list(a) else { return Ok(None) };
            let Some(y) = as_list(b) else {
                return Err(PyErr::type_error(format!("can only concatenate list (not \"{}\") to list", b.ty().body.name)));
            };
            let mut out = Vec::with_capacity(x.items().len() + y.items().len());
            out.extend(x.items().iter().cloned());
            out.extend(y.items().iter().cloned());
            Ok(Some(new_list(out)))
        }
        BinOp::Mul => {
            let (l, n) = match (as_list(a), as_list(b)) {
                (Some(l), None) => (l, b),
                (None, Some(l)) => (l, a),
                _ => return Ok(None),
            };
            let Some(k) = repeat_count(n)? else {
                return Err(PyErr::type_error(format!("can't multiply sequence by non-int of type '{}'", n.ty().body.name)));
            };
            let items = l.items();
            Ok(Some(new_list(crate::builtins::tuple::repeat_items(items, k)?)))
        }
        _ => Ok(None),
    }
}

/// `lst += iterable` (in place).
pub fn list_inplace_add(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let Some(l) = as_list(a) else { return Ok(None) };
    let extra = crate::ops::collect_iterable(vm, b)?;
    l.items_mut().extend(extra);
    Ok(Some(a.clone()))
}

fn list_len(_vm: &mut Vm, v: &Value) -> PyResult<usize> {
    Ok(as_list(v).map_or(0, |l| l.items().len()))
}

fn list_truth(_vm: &mut Vm, v: &Value) -> PyResult<bool> {
    Ok(as_list(v).is_some_and(|l| !l.items().is_empty()))
}

fn list_getitem(_vm: &mut Vm, v: &Value, key: &Value) -> PyResult<Value> {
    let l = as_list(v).ok_or_else(|| PyErr::type_error("expected list"))?;
    seq_getitem(l.items(), key, "list", new_list)
}

fn list_setitem(vm: &mut Vm, v: &Value, key: &Value, value: Value) -> PyResult<()> {
    let l = as_list(v).ok_or_else(|| PyErr::type_error("expected list"))?;
    if let Some(i) = as_int(key) {
        let i = crate::builtins::slice::index_to_i64(&i)?;
        let items = l.items_mut();
        return match normalize_index(i, items.len()) {
            Some(j) => {
                let old = std::mem::replace(&mut items[j], value);
                drop(old);
                Ok(())
            }
            None => Err(PyErr::index_error("list assignment index out of range")),
        };
    }
    if let Some(sl) = as_slice(key) {
        let iterator = crate::ops::iter(vm, &value).map_err(|_| PyErr::type_error("must assign iterable to extended slice"))?;
        let new_items = crate::ops::collect_iterable(vm, &iterator)?;
        let items = l.items_mut();
        let (start, stop, step, n) = slice_indices(sl, items.len())?;
        if step == 1 {
            let stop = stop.max(start);
            let removed: Vec<Value> = items.splice(start as usize..stop as usize, new_items).collect();
            drop(removed);
            return Ok(());
        }
        if new_items.len() != n {
            return Err(PyErr::value_error(format!(
                "attempt to assign sequence of size {} to extended slice of size {n}",
                new_items.len()
            )));
        }
        let mut i = start;
        for item in new_items {
            items[i as usize] = item;
            i += step;
        }
        return Ok(());
    }
    Err(PyErr::type_error(format!("list indices must be integers or slices, not {}", key.ty().body.name)))
}

fn list_delitem(_vm: &mut Vm, v: &Value, key: &Value) -> PyResult<()> {
    let l = as_list(v).ok_or_else(|| PyErr::type_error("expected list"))?;
    let items = l.items_mut();
    if let Some(i) = as_int(key) {
        let i = crate::builtins::slice::index_to_i64(&i)?;
        return match normalize_index(i, items.len()) {
            Some(j) => {
                let old = items.remove(j);
                drop(old);
                Ok(())
            }
            None => Err(PyErr::index_error("list assignment index out of range")),
        };
    }
    if let Some(sl) = as_slice(key) {
        let (start, _stop, step, n) = slice_indices(sl, items.len())?;
        let mut idx: Vec<usize> = (0..n).map(|k| (start + k as i64 * step) as usize).collect();
        idx.sort_unstable();
        let mut removed = Vec::with_capacity(n);
        for j in idx.into_iter().rev() {
            removed.push(items.remove(j));
        }
        drop(removed);
        return Ok(());
    }
    Err(PyErr::type_error(format!("list indices must be integers or slices, not {}", key.ty().body.name)))
}

fn list_contains(vm: &mut Vm, v: &Value, x: &Value) -> PyResult<bool> {
    let items = as_list(v).map(|l| l.items().clone()).unwrap_or_default();
    seq_contains(vm, &items, x)
}

fn list_new(vm: &mut Vm, _t: &'static TypeObject, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(PyErr::type_error("list() takes no keyword arguments"));
    }
    match args {
        [] => Ok(new_list(vec![])),
        [x] => Ok(new_list(crate::ops::collect_iterable(vm, x)?)),
        _ => Err(PyErr::type_error(format!("list expected at most 1 argument, got {}", args.len()))),
    }
}

fn exactly(name: &str, args: &[Value], kw: &[Value], n: usize) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(PyErr::type_error(format!("list.{name}() takes no keyword arguments")));
    }
    if args.len() - 1 != n {
        return Err(PyErr::type_error(match n {
            0 => format!("list.{name}() takes no arguments ({} given)", args.len() - 1),
            1 => format!("list.{name}() takes exactly one argument ({} given)", args.len() - 1),
            _ => format!("{name} expected {n} arguments, got {}", args.len() - 1),
        }));
    }
    Ok(())
}

fn list_append(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    exactly("append", args, kw, 1)?;
    this(args).items_mut().push(args[1].clone());
    Ok(none())
}

fn list_pop(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(PyErr::type_error("list.pop() takes no keyword arguments"));
    }
    if args.len() > 2 {
        return Err(PyErr::type_error(format!("pop expected at most 1 argument, got {}", args.len() - 1)));
    }
    let index = args.get(1).map(ssize_arg).transpose()?;
    let items = this(args).items_mut();
    if items.is_empty() {
        return Err(PyErr::index_error("pop from empty list"));
    }
    let i = index.unwrap_or(-1);
    match normalize_index(i, items.len()) {
        Some(j) => Ok(items.remove(j)),
        None => Err(PyErr::index_error("pop index out of range")),
    }
}

fn list_extend(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    exactly("extend", args, kw, 1)?;
    let extra = crate::ops::collect_iterable(vm, &args[1])?;
    this(args).items_mut().extend(extra);
    Ok(none())
}

fn list_insert(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    exactly("insert", args, kw, 2)?;
    let items = this(args).items_mut();
    let i = ssize_arg(&args[1])?;
    let len = items.len() as i64;
    let j = if i < 0 { (i + len).max(0) } else { i.min(len) };
    items.insert(j as usize, args[2].clone());
    Ok(none())
}

/// A C `Py_ssize_t` argument: CPython's OverflowError for an int past 64 bits.
fn ssize_arg(v: &Value) -> PyResult<i64> {
    match crate::builtins::int::as_int(v) {
        Some(i) => i.to_i64().ok_or_else(|| PyErr::overflow_error("Python int too large to convert to C ssize_t")),
        None => index_i64(v),
    }
}

fn find_index(vm: &mut Vm, args: &[Value]) -> PyResult<Option<usize>> {
    let items = this(args).items().clone();
    for (i, item) in items.iter().enumerate() {
        if crate::ops::eq(vm, item, &args[1])? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn list_remove(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    exactly("remove", args, kw, 1)?;
    match find_index(vm, args)? {
        Some(i) => {
            let items = this(args).items_mut();
            if i < items.len() {
                drop(items.remove(i));
            }
            Ok(none())
        }
        None => Err(PyErr::value_error("list.remove(x): x not in list")),
    }
}

/// `list.index`/`tuple.index`: the position of `args[1]` in `items` between the optional
/// `start`/`stop` (positional only, clamped like slice bounds, None rejected).
pub fn sequence_index(vm: &mut Vm, type_name: &str, items: &[Value], args: &[Value], kw: &[Value]) -> PyResult<Option<usize>> {
    if !kw.is_empty() {
        return Err(PyErr::type_error(format!("{type_name}.index() takes no keyword arguments")));
    }
    match args.len() {
        0 | 1 => return Err(PyErr::type_error("index expected at least 1 argument, got 0")),
        2..=4 => {}
        n => return Err(PyErr::type_error(format!("index expected at most 3 arguments, got {}", n - 1))),
    }
    let len = items.len() as i64;
    let bound = |v: Option<&Value>, default: i64| -> PyResult<usize> {
        let Some(v) = v else { return Ok(default as usize) };
        if crate::builtins::singletons::is_none(v) {
            return Err(PyErr::type_error("slice indices must be integers or have an __index__ method"));
        }
        let i = crate::builtins::method_args::slice_bound(Some(v))
            .map_err(|_| PyErr::type_error("slice indices must be integers or have an __index__ method"))?
            .unwrap_or(default);
        Ok((if i < 0 { (i + len).max(0) } else { i.min(len) }) as usize)
    };
    let start = bound(args.get(2), 0)?;
    let stop = bound(args.get(3), len)?;
    for (i, item) in items.iter().enumerate().take(stop).skip(start) {
        if crate::ops::eq(vm, item, &args[1])? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn list_index(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let items = this(args).items().clone();
    match sequence_index(vm, "list", &items, args, kw)? {
        Some(i) => Ok(new_int(i as i64)),
        None => {
            let r = crate::ops::repr_string(vm, &args[1])?;
            Err(PyErr::value_error(format!("{r} is not in list")))
        }
    }
}

fn list_count(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    exactly("count", args, kw, 1)?;
    let items = this(args).items().clone();
    let mut n = 0;
    for item in &items {
        if crate::ops::eq(vm, item, &args[1])? {
            n += 1;
        }
    }
    Ok(new_int(n))
}

fn list_reverse(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    exactly("reverse", args, kw, 0)?;
    this(args).items_mut().reverse();
    Ok(none())
}

fn list_copy(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    exactly("copy", args, kw, 0)?;
    Ok(new_list(this(args).items().clone()))
}

fn list_clear(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    exactly("clear", args, kw, 0)?;
    let mut old = std::mem::take(this(args).items_mut());
    // Last item first, as CPython releases them (the order `__del__`s run in).
    while let Some(x) = old.pop() {
        drop(x);
    }
    Ok(none())
}

/// Parses `key=` and `reverse=` keyword arguments (shared with `sorted`).
pub fn sort_options(vm: &mut Vm, args: &[Value], kwnames: &[Value], fname: &str) -> PyResult<(Option<Value>, bool)> {
    let npos = args.len() - kwnames.len();
    let mut key = None;
    let mut reverse = false;
    for (i, k) in kwnames.iter().enumerate() {
        let v = &args[npos + i];
        match as_str(k) {
            Some("key") => key = if is_none(v) { None } else { Some(v.clone()) },
            // 3.12+ takes any object's truth value (3.11 wanted an int).
            Some("reverse") => reverse = crate::ops::truthy(vm, v)?,
            other => {
                return Err(PyErr::type_error(format!(
                    "{fname}() got an unexpected keyword argument '{}'",
                    other.unwrap_or("?")
                )))
            }
        }
    }
    Ok((key, reverse))
}

/// Stable sort of `items` by `key`, comparing with `<` (may run Python code). The
/// algorithm is CPython's Timsort (`crate::algo::timsort`), so the number and order of
/// comparisons, and the result for inconsistent `__lt__`, match CPython.
pub fn sort_values(vm: &mut Vm, items: &mut [Value], key: Option<&Value>, reverse: bool) -> PyResult<()> {
    use crate::builtins::sort_compare::SortLess;
    match key {
        Some(f) => {
            let mut keys = Vec::with_capacity(items.len());
            for (i, it) in items.iter().enumerate() {
                if i & 0xffff == 0xffff {
                    crate::thread::sigint::check_interrupt()?;
                }
                keys.push(crate::ops::call(vm, f, std::slice::from_ref(it), &[])?);
            }
            let less = SortLess::for_keys(&keys);
            let mut n = 0u32;
            crate::algo::timsort::sort_by_keys(&keys, items, reverse, |a, b| {
                n = n.wrapping_add(1);
                if n & 0xffff == 0 {
                    crate::thread::sigint::check_interrupt()?;
                }
                less.lt(vm, a, b)
            })
        }
        None => {
            // Ctrl-C is polled every 65,536 comparisons: a huge sort stops promptly.
            let less = SortLess::for_keys(items);
            let mut n = 0u32;
            crate::algo::timsort::sort_by(items, reverse, |a, b| {
                n = n.wrapping_add(1);
                if n & 0xffff == 0 {
                    crate::thread::sigint::check_interrupt()?;
                }
                less.lt(vm, a, b)
            })
        }
    }
}

fn list_sort(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if args.len() - kwnames.len() > 1 {
        return Err(PyErr::type_error("sort() takes no positional arguments"));
    }
    let (key, reverse) = sort_options(vm, args, kwnames, "sort")?;
    let mut items = std::mem::take(this(args).items_mut());
    let r = sort_values(vm, &mut items, key.as_ref(), reverse);
    let during = std::mem::replace(this(args).items_mut(), items);
    // The list is empty while it is sorted: anything in it now was put there by a key
    // function or comparison (CPython's check).
    let modified = !during.is_empty();
    drop(during);
    r?;
    if modified {
        return Err(PyErr::value_error("list modified during sort"));
    }
    Ok(none())
}
