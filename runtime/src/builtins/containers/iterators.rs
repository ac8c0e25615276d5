//! Iterator types: list/tuple/str/range/dict iterators, dict views, and the lazy
//! built-ins (enumerate, zip, map, filter, reversed).
//!
//! All share one body, [`IterData`], whose state enum says what is being walked; each
//! has its own static type so `type(iter([]))` prints `list_iterator` as in CPython.
//! The interpreter's FOR_ITER reaches into the `List` and `Range` states directly so
//! that `for x in lst` / `for i in range(n)` allocate nothing per step.

use crate::builtin_type;
use crate::builtins::dict::{as_dict, DictData};
use crate::builtins::int::{new_bigint, new_int};
use num_bigint::BigInt;
use num_traits::Zero;
use crate::builtins::list::as_list;
use crate::builtins::range::as_range;
use crate::builtins::singletons::is_none;
use crate::builtins::str::{as_str, as_str_data, new_str, new_str_owned, StrData};
use crate::builtins::tuple::{as_tuple, new_tuple};
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::{Guard, Kind, Locked, Slots, TypeObject, Value};

/// What an iterator walks.
pub enum IterState {
    /// list_iterator.
    List { seq: Value, index: usize },
    /// tuple_iterator.
    Tuple { seq: Value, index: usize },
    /// str iterator (byte position).
    Str { seq: Value, pos: usize },
    /// range_iterator.
    Range { next: i64, remaining: u64, step: i64 },
    /// range_iterator over a range whose bounds or length do not fit in an i64.
    BigRange { next: BigInt, remaining: BigInt, step: BigInt },
    /// dict key/value/item iterators: `which` 0 keys, 1 values, 2 items; `left` counts
    /// the entries still expected (a dict whose keys were replaced has more).
    Dict { dict: Value, pos: usize, which: u8, initial_len: usize, left: usize },
    /// enumerate.
    Enumerate { it: Value, count: i64 },
    /// enumerate whose count does not fit in an i64.
    EnumerateBig { it: Value, count: BigInt },
    /// zip.
    Zip { its: Vec<Value>, strict: bool },
    /// map.
    Map { func: Value, its: Vec<Value> },
    /// filter.
    Filter { func: Value, it: Value },
    /// set_iterator: the next table slot to look at, and the size when iteration began.
    Set { set: Value, slot: usize, initial_len: usize },
    /// reversed over a sequence.
    Reversed { seq: Value, index: usize },
    /// `iter(callable, sentinel)`.
    Callable { func: Value, sentinel: Value },
    /// Finished.
    Done,
}

/// The body of every iterator here.
pub struct IterData {
    /// Current state.
    pub state: Locked<IterState>,
}

impl IterData {
    /// The state without taking the lock, for FOR_ITER's fast path over range and list
    /// iterators: a lock there (a `lock cmpxchg` and a release store per loop
    /// iteration) is the single most frequent write in the interpreter, so for now it
    /// goes through [`Locked::write_unlocked`], like list storage. Sound while one
    /// thread runs Python code; the free-threading work gives these two variants
    /// lock-free atomic cursors (CPython's list iterator does the same) and removes
    /// this accessor.
    ///
    /// # Safety
    /// No other reference to the state is live while the result is, and the caller
    /// runs no Python code while holding it.
    #[inline(always)]
    #[allow(clippy::mut_from_ref)]
    pub unsafe fn state_for_loop(&self) -> &mut IterState {
        // SAFETY: per the caller's contract.
        unsafe { self.state.write_unlocked() }
    }
}

const ITER_SLOTS: Slots = Slots {
    iter: Some(self_iter),
    next: Some(iter_next),
    traverse: Some(crate::builtins::gc_slots::iterator_traverse),
    clear: Some(crate::builtins::gc_slots::iterator_clear),
    hash: Some(crate::builtins::type_::identity_hash),
    ..Slots::EMPTY
};

macro_rules! iter_types {
    ($(($s:ident, $name:expr)),*) => {$(
        builtin_type!($s, $name, Kind::Iterator, IterData, Some(&crate::builtins::type_::OBJECT_TYPE), ITER_SLOTS, &[]);
    )*};
}
iter_types!(
    (LIST_ITER_TYPE, "list_iterator"),
    (TUPLE_ITER_TYPE, "tuple_iterator"),
    (STR_ITER_TYPE, "str_ascii_iterator"),
    (RANGE_ITER_TYPE, "range_iterator"),
    (DICT_KEY_ITER_TYPE, "dict_keyiterator"),
    (DICT_VALUE_ITER_TYPE, "dict_valueiterator"),
    (DICT_ITEM_ITER_TYPE, "dict_itemiterator"),
    (LIST_REVERSE_ITER_TYPE, "list_reverseiterator"),
    (CALLABLE_ITER_TYPE, "callable_iterator"),
    (SET_ITER_TYPE, "set_iterator"),
    (DICT_REVERSE_KEY_ITER_TYPE, "dict_reversekeyiterator"),
    (DICT_REVERSE_VALUE_ITER_TYPE, "dict_reversevalueiterator"),
    (DICT_REVERSE_ITEM_ITER_TYPE, "dict_reverseitemiterator"),
    (REVERSED_TYPE, "reversed")
);

builtin_type!(ENUMERATE_TYPE, "enumerate", Kind::Iterator, IterData, Some(&crate::builtins::type_::OBJECT_TYPE), Slots { new: Some(enumerate_new), ..ITER_SLOTS }, &[]);
builtin_type!(ZIP_TYPE, "zip", Kind::Iterator, IterData, Some(&crate::builtins::type_::OBJECT_TYPE), Slots { new: Some(zip_new), ..ITER_SLOTS }, &[]);
builtin_type!(MAP_TYPE, "map", Kind::Iterator, IterData, Some(&crate::builtins::type_::OBJECT_TYPE), Slots { new: Some(map_new), ..ITER_SLOTS }, &[]);
builtin_type!(FILTER_TYPE, "filter", Kind::Iterator, IterData, Some(&crate::builtins::type_::OBJECT_TYPE), Slots { new: Some(filter_new), ..ITER_SLOTS }, &[]);
builtin_type!(REVERSED_CTOR_TYPE, "reversed", Kind::Iterator, IterData, Some(&crate::builtins::type_::OBJECT_TYPE), Slots { new: Some(reversed_new), ..ITER_SLOTS }, &[]);

/// A new iterator object of type `ty` in `state`.
pub fn new_iter(ty: &'static TypeObject, state: IterState) -> Value {
    crate::object::alloc(ty, IterData { state: Locked::new(state) })
}

/// The iterator body, if `v` is one of these iterators.
#[inline(always)]
pub fn as_iter(v: &Value) -> Option<&IterData> {
    if !v.is_small_int() && v.ty().body.kind == Kind::Iterator {
        // SAFETY: Kind::Iterator objects are Obj<IterData>.
        Some(unsafe { v.body_unchecked::<IterData>() })
    } else {
        None
    }
}

fn self_iter(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(v.clone())
}

/// `iter(list)`.
pub fn list_iter(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(new_iter(&LIST_ITER_TYPE, IterState::List { seq: v.clone(), index: 0 }))
}
/// `iter(tuple)`.
pub fn tuple_iter(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(new_iter(&TUPLE_ITER_TYPE, IterState::Tuple { seq: v.clone(), index: 0 }))
}
/// `iter(str)`.
pub fn str_iter(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(new_iter(&STR_ITER_TYPE, IterState::Str { seq: v.clone(), pos: 0 }))
}
/// `iter(range)`.
pub fn range_iter(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let r = as_range(v).ok_or_else(|| PyErr::type_error("expected range"))?;
    if r.big.is_some() {
        let (start, _, step) = r.bounds();
        return Ok(new_iter(&RANGE_ITER_TYPE, IterState::BigRange { next: start, remaining: r.big_len(), step }));
    }
    Ok(new_iter(&RANGE_ITER_TYPE, IterState::Range { next: r.start, remaining: r.len() as u64, step: r.step }))
}
/// `iter(dict)`.
pub fn dict_key_iter(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(dict_iter_of(v, 0))
}

fn dict_iter_of(d: &Value, which: u8) -> Value {
    let len = as_dict(d).map_or(0, DictData::len);
    let ty = match which {
        0 => &DICT_KEY_ITER_TYPE,
        1 => &DICT_VALUE_ITER_TYPE,
        _ => &DICT_ITEM_ITER_TYPE,
    };
    new_iter(ty, IterState::Dict { dict: d.clone(), pos: 0, which, initial_len: len, left: len })
}

/// Advances an iterator state; `Ok(None)` at the end.
pub fn iter_next(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    let it = as_iter(v).ok_or_else(|| PyErr::type_error("expected iterator"))?;
    // Pull what we need out of the state without holding the borrow across calls that
    // may run Python code (map/filter functions, nested iterators).
    let mut state = it.state.lock(v);
    match &mut *state {
        IterState::List { seq, index } => {
            let items = as_list(seq).map(|l| l.items());
            match items.and_then(|items| items.get(*index)) {
                Some(x) => {
                    *index += 1;
                    Ok(Some(x.clone()))
                }
                None => {
                    *state = IterState::Done;
                    Ok(None)
                }
            }
        }
        IterState::Tuple { seq, index } => match as_tuple(seq).and_then(|t| t.get(*index)) {
            Some(x) => {
                *index += 1;
                Ok(Some(x.clone()))
            }
            None => {
                *state = IterState::Done;
                Ok(None)
            }
        },
        IterState::Str { seq, pos } => {
            let s = as_str(seq).unwrap_or("");
            match s[*pos..].chars().next() {
                Some('\u{FFFD}') if as_str_data(seq).is_some_and(StrData::has_surrogates) => {
                    // The lossy view shows U+FFFD: the canonical text says which code point.
                    Ok(Some(surrogate_str_item(seq, pos)))
                }
                Some(c) => {
                    *pos += c.len_utf8();
                    let mut buf = [0u8; 4];
                    Ok(Some(new_str(c.encode_utf8(&mut buf))))
                }
                None => {
                    *state = IterState::Done;
                    Ok(None)
                }
            }
        }
        IterState::Range { next, remaining, step } => {
            if *remaining == 0 {
                return Ok(None);
            }
            let v = *next;
            *remaining -= 1;
            *next = next.wrapping_add(*step);
            Ok(Some(new_int(v)))
        }
        IterState::BigRange { next, remaining, step } => {
            if remaining.is_zero() {
                return Ok(None);
            }
            let v = next.clone();
            *remaining -= 1u32;
            *next += &*step;
            Ok(Some(new_bigint(v)))
        }
        IterState::Set { set, slot, initial_len } => {
            let table = crate::builtins::set::as_set(set).ok_or_else(|| PyErr::type_error("expected set"))?.table();
            if table.len() != *initial_len {
                *initial_len = usize::MAX;
                return Err(PyErr::runtime_error("Set changed size during iteration"));
            }
            match table.next_from(*slot) {
                Some((next, key, _)) => {
                    let key = key.clone();
                    *slot = next;
                    Ok(Some(key))
                }
                None => {
                    *state = IterState::Done;
                    Ok(None)
                }
            }
        }
        IterState::Dict { dict, pos, which, initial_len, left } => {
            let d = as_dict(dict).ok_or_else(|| PyErr::type_error("expected dict"))?;
            if d.len() != *initial_len {
                *initial_len = usize::MAX;
                return Err(PyErr::runtime_error("dictionary changed size during iteration"));
            }
            let entries = &d.table().entries;
            while *pos < entries.len() {
                let i = *pos;
                *pos += 1;
                if let Some(e) = &entries[i] {
                    if *left == 0 {
                        // As many entries as the dict had were seen, and here is another:
                        // keys were deleted and others inserted (same size).
                        *initial_len = usize::MAX;
                        return Err(PyErr::runtime_error("dictionary keys changed during iteration"));
                    }
                    *left -= 1;
                    return Ok(Some(match which {
                        0 => e.key.clone(),
                        1 => e.value.clone(),
                        _ => new_tuple(vec![e.key.clone(), e.value.clone()]),
                    }));
                }
            }
            *state = IterState::Done;
            Ok(None)
        }
        IterState::Enumerate { it, count } => {
            let inner = it.clone();
            let n = *count;
            drop(state);
            match crate::ops::next(vm, &inner)? {
                Some(x) => {
                    let mut state = it_state(v);
                    if let IterState::Enumerate { it, count } = &mut *state {
                        match count.checked_add(1) {
                            Some(c) => *count = c,
                            // Past i64::MAX the count goes on as a big int.
                            None => *state = IterState::EnumerateBig { it: it.clone(), count: BigInt::from(n) + 1 },
                        }
                    }
                    Ok(Some(new_tuple(vec![new_int(n), x])))
                }
                None => Ok(None),
            }
        }
        IterState::EnumerateBig { it, count } => {
            let inner = it.clone();
            let n = count.clone();
            drop(state);
            match crate::ops::next(vm, &inner)? {
                Some(x) => {
                    if let IterState::EnumerateBig { count, .. } = &mut *it_state(v) {
                        *count += 1;
                    }
                    Ok(Some(new_tuple(vec![crate::builtins::int::new_bigint(n), x])))
                }
                None => Ok(None),
            }
        }
        IterState::Zip { its, strict } => {
            let its = its.clone();
            let strict = *strict;
            drop(state);
            let mut out = Vec::with_capacity(its.len());
            for (i, inner) in its.iter().enumerate() {
                match crate::ops::next(vm, inner)? {
                    Some(x) => out.push(x),
                    None => {
                        if strict {
                            if i > 0 {
                                let plural = if i == 1 { " " } else { "s 1-" };
                                return Err(PyErr::value_error(format!("zip() argument {} is shorter than argument{plural}{}", i + 1, i)));
                            }
                            for (j, rest) in its.iter().enumerate().skip(1) {
                                if crate::ops::next(vm, rest)?.is_some() {
                                    let plural = if j == 1 { " " } else { "s 1-" };
                                    return Err(PyErr::value_error(format!("zip() argument {} is longer than argument{plural}{}", j + 1, j)));
                                }
                            }
                        }
                        *it_state(v) = IterState::Done;
                        return Ok(None);
                    }
                }
            }
            if out.is_empty() {
                return Ok(None);
            }
            Ok(Some(new_tuple(out)))
        }
        IterState::Map { func, its } => {
            let (func, its) = (func.clone(), its.clone());
            drop(state);
            let mut args = Vec::with_capacity(its.len());
            for inner in &its {
                match crate::ops::next(vm, inner)? {
                    Some(x) => args.push(x),
                    None => return Ok(None),
                }
            }
            crate::ops::call(vm, &func, &args, &[]).map(Some)
        }
        IterState::Filter { func, it } => {
            let (func, inner) = (func.clone(), it.clone());
            drop(state);
            loop {
                let Some(x) = crate::ops::next(vm, &inner)? else { return Ok(None) };
                let keep = if is_none(&func) {
                    crate::ops::truthy(vm, &x)?
                } else {
                    let r = crate::ops::call(vm, &func, std::slice::from_ref(&x), &[])?;
                    crate::ops::truthy(vm, &r)?
                };
                if keep {
                    return Ok(Some(x));
                }
            }
        }
        IterState::Reversed { seq, index } => {
            if *index == 0 {
                *state = IterState::Done;
                return Ok(None);
            }
            *index -= 1;
            let i = *index;
            let seq = seq.clone();
            drop(state);
            match crate::ops::getitem(vm, &seq, &new_int(i as i64)) {
                Ok(x) => Ok(Some(x)),
                // The sequence shrank: the iterator ends, as CPython's (a list's
                // reverse iterator checks the length; `reversed` ends on IndexError).
                Err(e) if e.matches(&crate::builtins::exceptions::INDEX_ERROR) || e.matches(&crate::builtins::exceptions::STOP_ITERATION) => {
                    *it_state(v) = IterState::Done;
                    Ok(None)
                }
                Err(e) => Err(e),
            }
        }
        IterState::Callable { func, sentinel } => {
            let (func, sentinel) = (func.clone(), sentinel.clone());
            drop(state);
            let r = crate::ops::call(vm, &func, &[], &[])?;
            if crate::ops::eq(vm, &r, &sentinel)? {
                *it_state(v) = IterState::Done;
                return Ok(None);
            }
            Ok(Some(r))
        }
        IterState::Done => Ok(None),
    }
}

fn it_state(v: &Value) -> Guard<'_, IterState> {
    as_iter(v).expect("iterator").state.lock(v)
}

fn enumerate_new(vm: &mut Vm, _t: &'static TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kwnames.len();
    if args.len() > 2 {
        return Err(PyErr::type_error(format!("enumerate() takes at most 2 arguments ({} given)", args.len())));
    }
    let mut start = BigInt::from(0);
    if npos == 2 {
        start = crate::builtins::int::index_big(&args[1])?;
    }
    for (k, v) in kwnames.iter().zip(&args[npos..]) {
        match as_str(k) {
            Some("start") => start = crate::builtins::int::index_big(v)?,
            _ => return Err(PyErr::type_error(format!("'{}' is an invalid keyword argument for enumerate()", as_str(k).unwrap_or("?")))),
        }
    }
    if npos == 0 {
        return Err(PyErr::type_error("enumerate() missing required argument 'iterable'"));
    }
    let it = crate::ops::iter(vm, &args[0])?;
    let state = match i64::try_from(&start) {
        Ok(count) => IterState::Enumerate { it, count },
        Err(_) => IterState::EnumerateBig { it, count: start },
    };
    Ok(new_iter(&ENUMERATE_TYPE, state))
}

fn zip_new(vm: &mut Vm, _t: &'static TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kwnames.len();
    let mut strict = false;
    for (k, v) in kwnames.iter().zip(&args[npos..]) {
        match as_str(k) {
            Some("strict") => strict = crate::ops::truthy(vm, v)?,
            _ => return Err(PyErr::type_error(format!("zip() got an unexpected keyword argument '{}'", as_str(k).unwrap_or("?")))),
        }
    }
    let mut its = Vec::with_capacity(npos);
    for a in &args[..npos] {
        its.push(crate::ops::iter(vm, a)?);
    }
    Ok(new_iter(&ZIP_TYPE, IterState::Zip { its, strict }))
}

fn map_new(vm: &mut Vm, _t: &'static TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if !kwnames.is_empty() {
        return Err(PyErr::type_error("map() takes no keyword arguments"));
    }
    if args.len() < 2 {
        return Err(PyErr::type_error("map() must have at least two arguments."));
    }
    let mut its = Vec::with_capacity(args.len() - 1);
    for a in &args[1..] {
        its.push(crate::ops::iter(vm, a)?);
    }
    Ok(new_iter(&MAP_TYPE, IterState::Map { func: args[0].clone(), its }))
}

fn filter_new(vm: &mut Vm, _t: &'static TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if !kwnames.is_empty() {
        return Err(PyErr::type_error("filter() takes no keyword arguments"));
    }
    let [func, seq] = args else {
        return Err(PyErr::type_error(format!("filter expected 2 arguments, got {}", args.len())));
    };
    let it = crate::ops::iter(vm, seq)?;
    Ok(new_iter(&FILTER_TYPE, IterState::Filter { func: func.clone(), it }))
}

fn reversed_new(vm: &mut Vm, _t: &'static TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if !kwnames.is_empty() {
        return Err(PyErr::type_error("reversed() takes no keyword arguments"));
    }
    if args.len() != 1 {
        return Err(PyErr::type_error(format!("reversed expected 1 argument, got {}", args.len())));
    }
    let seq = &args[0];
    if let Some(r) = crate::builtins::instances::protocol::call_hook(vm, seq, "__reversed__", &[])? {
        return Ok(r);
    }
    if seq.ty().body.state.is_heap()
        && crate::builtins::instances::dunder_slots::lookup(seq.ty(), "__getitem__").is_some()
        && crate::builtins::instances::dunder_slots::lookup(seq.ty(), "__len__").is_some()
    {
        let n = crate::ops::len(vm, seq)?;
        return Ok(crate::builtins::instances::seq_iter::new_seq_reverse_iter(seq.clone(), n));
    }
    if let Some(r) = as_range(seq) {
        if r.big.is_some() {
            let (start, _, step) = r.bounds();
            let n = r.big_len();
            let last = if n.is_zero() { start.clone() } else { start + (&n - 1u32) * &step };
            return Ok(new_iter(&RANGE_ITER_TYPE, IterState::BigRange { next: last, remaining: n, step: -step }));
        }
        let n = r.len();
        let last = if n == 0 { r.start } else { r.at(n - 1) };
        return Ok(new_iter(&RANGE_ITER_TYPE, IterState::Range { next: last, remaining: n as u64, step: -r.step }));
    }
    let dict_view = if as_dict(seq).is_some() {
        Some((seq.clone(), 0))
    } else if [&DICT_KEYS_TYPE, &DICT_VALUES_TYPE, &DICT_ITEMS_TYPE].iter().any(|t| std::ptr::eq(seq.ty(), *t)) {
        let view = view_of(seq);
        Some((view.dict.clone(), view.which))
    } else {
        None
    };
    if let Some((dict, which)) = dict_view {
        // A snapshot of the entries, newest first.
        let entries = as_dict(&dict).map(DictData::items).unwrap_or_default();
        let picked: Vec<Value> = entries
            .into_iter()
            .rev()
            .map(|(k, v)| match which {
                0 => k,
                1 => v,
                _ => new_tuple(vec![k, v]),
            })
            .collect();
        let ty = match which {
            0 => &DICT_REVERSE_KEY_ITER_TYPE,
            1 => &DICT_REVERSE_VALUE_ITER_TYPE,
            _ => &DICT_REVERSE_ITEM_ITER_TYPE,
        };
        return Ok(new_iter(ty, IterState::List { seq: crate::builtins::list::new_list(picked), index: 0 }));
    }
    if seq.ty().body.kind == Kind::Object {
        // Native library types (deque) give their own reverse iterator.
        if let Some(m) = seq.ty().body.find_method("__reversed__") {
            return (m.func)(vm, std::slice::from_ref(seq), &[]);
        }
    }
    let ty = if as_list(seq).is_some() { &LIST_REVERSE_ITER_TYPE } else { &REVERSED_TYPE };
    let known = as_list(seq).is_some() || as_tuple(seq).is_some() || as_str_data(seq).is_some() || crate::builtins::bytes::as_bytes(seq).is_some();
    if !known {
        return Err(PyErr::type_error(format!("'{}' object is not reversible", seq.ty().body.name)));
    }
    let n = crate::ops::len(vm, seq)?;
    Ok(new_iter(ty, IterState::Reversed { seq: seq.clone(), index: n }))
}

/// A dict view (`keys()`, `values()`, `items()`).
pub struct DictViewData {
    /// The dict.
    pub dict: Value,
    /// 0 keys, 1 values, 2 items.
    pub which: u8,
}

const VIEW_SLOTS: Slots = Slots { repr: Some(view_repr), len: Some(view_len), iter: Some(view_iter), contains: Some(view_contains), ..Slots::EMPTY };
/// Keys and items views are set-like: set operators, comparisons and `isdisjoint`.
const SET_LIKE_VIEW_SLOTS: Slots = Slots { binop: Some(view_binop), compare: Some(view_compare), ..VIEW_SLOTS };
builtin_type!(
    DICT_KEYS_TYPE,
    "dict_keys",
    Kind::Object,
    DictViewData,
    Some(&crate::builtins::type_::OBJECT_TYPE),
    SET_LIKE_VIEW_SLOTS,
    &[crate::object::MethodDef::method("isdisjoint", view_isdisjoint)]
);
builtin_type!(DICT_VALUES_TYPE, "dict_values", Kind::Object, DictViewData, Some(&crate::builtins::type_::OBJECT_TYPE), VIEW_SLOTS, &[]);
builtin_type!(
    DICT_ITEMS_TYPE,
    "dict_items",
    Kind::Object,
    DictViewData,
    Some(&crate::builtins::type_::OBJECT_TYPE),
    SET_LIKE_VIEW_SLOTS,
    &[crate::object::MethodDef::method("isdisjoint", view_isdisjoint)]
);

/// True for a keys or items view (the set-like ones).
fn is_set_like_view(v: &Value) -> bool {
    std::ptr::eq(v.ty(), &DICT_KEYS_TYPE) || std::ptr::eq(v.ty(), &DICT_ITEMS_TYPE)
}

/// A fresh set holding the items of any iterable.
fn to_set(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let items = crate::ops::collect_iterable(vm, v)?;
    crate::builtins::set::set_from_values(vm, items)
}

/// `view & other`, `other | view`, ...: both sides become sets; the result is a set.
fn view_binop(vm: &mut Vm, op: crate::object::BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    use crate::object::BinOp;
    if !matches!(op, BinOp::And | BinOp::Or | BinOp::Sub | BinOp::Xor) {
        return Ok(None);
    }
    if a.ty().body.slot(|s| s.iter).is_none() || b.ty().body.slot(|s| s.iter).is_none() {
        return Ok(None);
    }
    let left = to_set(vm, a)?;
    let right = to_set(vm, b)?;
    crate::ops::binary(vm, op, &left, &right).map(Some)
}

/// Comparisons with sets and other set-like views compare as sets.
fn view_compare(vm: &mut Vm, a: &Value, b: &Value, op: crate::object::CompareOp) -> PyResult<Option<Value>> {
    let set_like = |v: &Value| is_set_like_view(v) || crate::builtins::set::as_set(v).is_some();
    if !set_like(a) || !set_like(b) {
        return Ok(None);
    }
    let left = to_set(vm, a)?;
    let right = to_set(vm, b)?;
    crate::ops::compare(vm, &left, &right, op).map(Some)
}

fn view_isdisjoint(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [view, other] = args else {
        return Err(PyErr::type_error(format!("isdisjoint() takes exactly one argument ({} given)", args.len().saturating_sub(1))));
    };
    for x in crate::ops::collect_iterable(vm, other)? {
        if view_contains(vm, view, &x)? {
            return Ok(crate::builtins::singletons::py_bool(false));
        }
    }
    Ok(crate::builtins::singletons::py_bool(true))
}

fn view_of(v: &Value) -> &DictViewData {
    // SAFETY: view slots are only installed on the three view types, whose bodies are
    // DictViewData.
    unsafe { v.body_unchecked::<DictViewData>() }
}

fn make_view(args: &[Value], which: u8) -> Value {
    let ty = match which {
        0 => &DICT_KEYS_TYPE,
        1 => &DICT_VALUES_TYPE,
        _ => &DICT_ITEMS_TYPE,
    };
    crate::object::alloc(ty, DictViewData { dict: args[0].clone(), which })
}

/// CPython's check for a method taking no arguments besides self.
pub fn no_arguments(qualname: &str, args: &[Value], kw: &[Value]) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(PyErr::type_error(format!("{qualname}() takes no keyword arguments")));
    }
    if args.len() != 1 {
        return Err(PyErr::type_error(format!("{qualname}() takes no arguments ({} given)", args.len().saturating_sub(1))));
    }
    Ok(())
}

/// `dict.keys()`.
pub fn dict_keys(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_arguments("dict.keys", args, kw)?;
    Ok(make_view(args, 0))
}
/// `dict.values()`.
pub fn dict_values(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_arguments("dict.values", args, kw)?;
    Ok(make_view(args, 1))
}
/// `dict.items()`.
pub fn dict_items(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_arguments("dict.items", args, kw)?;
    Ok(make_view(args, 2))
}

fn view_items(v: &Value) -> Vec<Value> {
    let view = view_of(v);
    let items = as_dict(&view.dict).map(DictData::items).unwrap_or_default();
    items
        .into_iter()
        .map(|(k, val)| match view.which {
            0 => k,
            1 => val,
            _ => new_tuple(vec![k, val]),
        })
        .collect()
}

fn view_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let items = view_items(v);
    let inner = crate::builtins::tuple::seq_repr(vm, &items, "[", "]")?;
    Ok(new_str_owned(format!("{}({inner})", v.ty().body.name).into()))
}
fn view_len(_vm: &mut Vm, v: &Value) -> PyResult<usize> {
    Ok(as_dict(&view_of(v).dict).map_or(0, DictData::len))
}
fn view_iter(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let view = view_of(v);
    Ok(dict_iter_of(&view.dict, view.which))
}
fn view_contains(vm: &mut Vm, v: &Value, x: &Value) -> PyResult<bool> {
    let view = view_of(v);
    if view.which == 0 {
        return crate::ops::contains(vm, &view.dict, x);
    }
    let items = view_items(v);
    crate::builtins::tuple::seq_contains(vm, &items, x)
}

/// The next item (3 bytes at `*pos`) of iterating a str holding surrogates.
#[cold]
#[inline(never)]
fn surrogate_str_item(seq: &Value, pos: &mut usize) -> Value {
    let Some(d) = as_str_data(seq) else { return new_str("") };
    let piece = crate::builtins::str::str_piece(d, *pos, *pos + 3);
    *pos += 3;
    piece
}
