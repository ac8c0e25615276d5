//! `set` and `frozenset`.
//!
//! Stored in CPython's set table layout (`crate::algo::set_table`: same sizes, probing
//! and growth), so iteration and printed orders match CPython for the same hashes.

use crate::builtin_type;
use crate::algo::set_table::{ProbeCursor, ProbeStep, SetTable, Vacancy};
use crate::builtins::dict::dict_key_hash;
use crate::builtins::singletons::{none, py_bool};
use crate::builtins::str::new_str_owned;
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::{BinOp, CompareOp, Kind, Locked, MethodDef, Slots, TypeObject, Value};

/// The body of a set or frozenset.
pub struct SetData {
    table: Locked<SetTable<Value>>,
}

impl SetData {
    /// The table.
    pub fn table(&self) -> &SetTable<Value> {
        // SAFETY: single mutator thread (see list.rs).
        unsafe { self.table.read_unlocked() }
    }
    /// The table, mutable.
    #[allow(clippy::mut_from_ref)]
    pub fn table_mut(&self) -> &mut SetTable<Value> {
        // SAFETY: as above.
        unsafe { self.table.write_unlocked() }
    }
    /// Items in table order.
    pub fn items(&self) -> Vec<Value> {
        self.table().iter().map(|(k, _)| k.clone()).collect()
    }
}

const SET_SLOTS: Slots = Slots {
    traverse: Some(crate::builtins::gc_slots::set_traverse),
    clear: Some(crate::builtins::gc_slots::set_clear),
    repr: Some(set_repr),
    compare: Some(set_compare),
    binop: Some(set_binop),
    len: Some(set_len),
    contains: Some(set_contains),
    iter: Some(set_iter),
    truth: Some(set_truth),
    new: Some(set_new),
    ..Slots::EMPTY
};

builtin_type!(
    SET_TYPE,
    "set",
    Kind::Set,
    SetData,
    Some(&crate::builtins::type_::OBJECT_TYPE),
    SET_SLOTS,
    &[
        MethodDef::method("add", set_add),
        MethodDef::method("remove", set_remove),
        MethodDef::method("discard", set_discard),
        MethodDef::method("pop", set_pop),
        MethodDef::method("update", set_update),
        MethodDef::method("difference_update", set_difference_update),
        MethodDef::method("intersection_update", set_intersection_update),
        MethodDef::method("symmetric_difference_update", set_symmetric_difference_update),
        MethodDef::method("symmetric_difference", set_symmetric_difference),
        MethodDef::method("isdisjoint", set_isdisjoint),
        MethodDef::method("issuperset", set_issuperset),
        MethodDef::method("union", set_union),
        MethodDef::method("intersection", set_intersection),
        MethodDef::method("difference", set_difference),
        MethodDef::method("issubset", set_issubset),
        MethodDef::method("copy", set_copy),
        MethodDef::method("clear", set_clear),
    ]
);

builtin_type!(
    FROZENSET_TYPE,
    "frozenset",
    Kind::FrozenSet,
    SetData,
    Some(&crate::builtins::type_::OBJECT_TYPE),
    Slots { hash: Some(frozenset_hash), ..SET_SLOTS },
    &[
        MethodDef::method("union", set_union),
        MethodDef::method("intersection", set_intersection),
        MethodDef::method("difference", set_difference),
        MethodDef::method("symmetric_difference", set_symmetric_difference),
        MethodDef::method("isdisjoint", set_isdisjoint),
        MethodDef::method("issuperset", set_issuperset),
        MethodDef::method("issubset", set_issubset),
        MethodDef::method("copy", set_copy),
    ]
);

/// The set body, if `v` is a set or frozenset.
pub fn as_set(v: &Value) -> Option<&SetData> {
    if !v.is_small_int() && (matches!(v.ty().body.kind, Kind::Set | Kind::FrozenSet) || matches!(v.ty().body.state.solid_kind(), Some(Kind::Set | Kind::FrozenSet))) {
        // SAFETY: set and frozenset objects are Obj<SetData>.
        Some(unsafe { v.body_unchecked::<SetData>() })
    } else {
        None
    }
}

fn new_set_of(ty: &'static TypeObject) -> Value {
    crate::object::alloc(ty, SetData { table: Locked::new(SetTable::new()) })
}

fn element_hash(vm: &mut Vm, x: &Value) -> PyResult<i64> {
    dict_key_hash(vm, x).map_err(|e| {
        let msg = crate::builtins::exceptions::exception_str(&e.exc);
        match msg.strip_prefix(&format!("cannot use '{}' as a dict key ", x.ty().body.name)) {
            Some(rest) => PyErr::type_error(format!("cannot use '{}' as a set element {rest}", x.ty().body.name)),
            None => e,
        }
    })
}

/// Where a lookup of a key in a set ended.
enum Lookup {
    /// An equal key is stored where this probe stopped.
    Found(ProbeCursor),
    /// The key is absent; it would go here.
    Absent(Vacancy),
}

/// Finds `x` in `s` holding no borrow of the table while `==` runs (a key's `__eq__` may
/// change the set): each candidate key is cloned out, compared, and if the table changed
/// meanwhile the probe starts again (CPython's `set_lookkey` restart rule).
fn lookup(vm: &mut Vm, s: &SetData, x: &Value, h: i64) -> PyResult<Lookup> {
    'restart: loop {
        let mut cursor = s.table().cursor(h);
        loop {
            let step = s.table().step(&mut cursor);
            match step {
                ProbeStep::Vacant(v) => return Ok(Lookup::Absent(v)),
                ProbeStep::Compare(k) => {
                    if k.is(x) {
                        return Ok(Lookup::Found(cursor));
                    }
                    let equal = crate::ops::eq(vm, &k, x)?;
                    if s.table().version() != cursor.version() {
                        continue 'restart;
                    }
                    if equal {
                        return Ok(Lookup::Found(cursor));
                    }
                }
            }
        }
    }
}

/// Adds `x` (hash `h`) to `s` unless an equal key is there.
fn add_hashed(vm: &mut Vm, s: &SetData, mut x: Value, h: i64) -> PyResult<()> {
    loop {
        match lookup(vm, s, &x, h)? {
            Lookup::Found(_) => return Ok(()),
            Lookup::Absent(v) => match s.table_mut().fill_vacancy(v, x, h) {
                Ok(()) => return Ok(()),
                Err(back) => x = back,
            },
        }
    }
}

/// Removes the key equal to `x` from `s`; whether one was there.
fn remove_hashed(vm: &mut Vm, s: &SetData, x: &Value, h: i64) -> PyResult<bool> {
    loop {
        match lookup(vm, s, x, h)? {
            Lookup::Absent(_) => return Ok(false),
            Lookup::Found(c) => {
                if s.table_mut().remove_found(&c).is_some() {
                    return Ok(true);
                }
            }
        }
    }
}

/// Adds `x` to set `s`.
pub fn set_add_value(vm: &mut Vm, s: &Value, x: Value) -> PyResult<()> {
    let d = as_set(s).ok_or_else(|| PyErr::type_error("expected set"))?;
    let h = element_hash(vm, &x)?;
    add_hashed(vm, d, x, h)
}

/// `set.update(src)` with CPython's bulk paths (set: merge; dict: presized key adds;
/// anything else: plain adds in iteration order), so orders match CPython.
pub fn update_from_value(vm: &mut Vm, target: &Value, src: &Value) -> PyResult<()> {
    let t = as_set(target).ok_or_else(|| PyErr::type_error("expected set"))?;
    if let Some(o) = as_set(src) {
        if target.is(src) {
            return Ok(());
        }
        let other = o.table().copy();
        return t.table_mut().update_from_set(&other, |a, b| crate::ops::eq(vm, a, b));
    }
    if let Some(d) = crate::builtins::dict::as_dict(src) {
        let entries: Vec<(Value, i64)> = d.table().iter().map(|e| (e.key.clone(), e.hash)).collect();
        t.table_mut().reserve_for_update(entries.len());
        for (k, h) in entries {
            add_hashed(vm, t, k, h)?;
        }
        return Ok(());
    }
    let it = crate::ops::iter(vm, src)?;
    while let Some(x) = crate::ops::next(vm, &it)? {
        set_add_value(vm, target, x)?;
    }
    Ok(())
}

/// A frozenset built as CPython's compiler builds a constant set display: from the
/// constants in source order, then rebuilt once from that set's iteration order. The
/// caller hashes and compares the keys without an interpreter (they are the compiler's
/// constants): `items` are (key, hash) pairs and `eq` compares two keys. No Python code
/// runs, so the table cannot change under a comparison.
pub fn constant_frozenset(items: Vec<(Value, i64)>, mut eq: impl FnMut(&Value, &Value) -> bool) -> Value {
    let mut same = |a: &Value, b: &Value| Ok::<bool, std::convert::Infallible>(a.is(b) || eq(a, b));
    let first = new_set_of(&FROZENSET_TYPE);
    let first_table = as_set(&first).expect("a new frozenset").table_mut();
    for (x, h) in items {
        let Ok(_) = first_table.insert(x, h, &mut same);
    }
    let second = new_set_of(&FROZENSET_TYPE);
    let second_table = as_set(&second).expect("a new frozenset").table_mut();
    for (x, h) in first_table.iter().map(|(k, h)| (k.clone(), h)).collect::<Vec<_>>() {
        let Ok(_) = second_table.insert(x, h, &mut same);
    }
    second
}

/// A new set from values.
pub fn set_from_values(vm: &mut Vm, items: Vec<Value>) -> PyResult<Value> {
    let s = new_set_of(&SET_TYPE);
    for x in items {
        set_add_value(vm, &s, x)?;
    }
    Ok(s)
}

fn set_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let items = as_set(v).map(SetData::items).unwrap_or_default();
    let frozen = v.ty().body.kind == Kind::FrozenSet;
    if items.is_empty() {
        return Ok(crate::builtins::str::new_str(if frozen { "frozenset()" } else { "set()" }));
    }
    if vm.repr_guard_enter(v) {
        return Ok(crate::builtins::str::new_str(&format!("{}(...)", v.ty().body.name)));
    }
    let r = crate::builtins::tuple::seq_repr(vm, &items, "{", "}");
    vm.repr_guard_leave(v);
    let r = r?;
    Ok(new_str_owned(if frozen { format!("frozenset({r})") } else { r }.into()))
}

fn contains_value(vm: &mut Vm, s: &SetData, x: &Value) -> PyResult<bool> {
    let h = element_hash(vm, x)?;
    Ok(matches!(lookup(vm, s, x, h)?, Lookup::Found(_)))
}

fn set_contains(vm: &mut Vm, v: &Value, x: &Value) -> PyResult<bool> {
    let s = as_set(v).ok_or_else(|| PyErr::type_error("expected set"))?;
    contains_value(vm, s, x)
}

fn set_len(_vm: &mut Vm, v: &Value) -> PyResult<usize> {
    Ok(as_set(v).map_or(0, |s| s.table().len()))
}

fn set_truth(_vm: &mut Vm, v: &Value) -> PyResult<bool> {
    Ok(as_set(v).is_some_and(|s| !s.table().is_empty()))
}

/// A live iterator over the table (CPython's `set_iterator`): it walks slots in order and
/// raises RuntimeError if the set's size changes meanwhile.
fn set_iter(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let len = as_set(v).map_or(0, |s| s.table().len());
    Ok(crate::builtins::iterators::new_iter(
        &crate::builtins::iterators::SET_ITER_TYPE,
        crate::builtins::iterators::IterState::Set { set: v.clone(), slot: 0, initial_len: len },
    ))
}

fn subset(vm: &mut Vm, a: &SetData, b: &SetData) -> PyResult<bool> {
    if a.table().len() > b.table().len() {
        return Ok(false);
    }
    for x in a.items() {
        if !contains_value(vm, b, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn set_compare(vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Option<Value>> {
    let (Some(x), Some(y)) = (as_set(a), as_set(b)) else { return Ok(None) };
    let (lx, ly) = (x.table().len(), y.table().len());
    let r = match op {
        CompareOp::Eq => lx == ly && subset(vm, x, y)?,
        CompareOp::Ne => !(lx == ly && subset(vm, x, y)?),
        CompareOp::Le => subset(vm, x, y)?,
        CompareOp::Lt => lx < ly && subset(vm, x, y)?,
        CompareOp::Ge => subset(vm, y, x)?,
        CompareOp::Gt => ly < lx && subset(vm, y, x)?,
    };
    Ok(Some(py_bool(r)))
}

/// A copy of `a` (a merge into an empty set of the same type).
fn copy_of(vm: &mut Vm, a: &Value) -> PyResult<Value> {
    let out = new_set_of(a.ty());
    update_from_value(vm, &out, a)?;
    Ok(out)
}

/// `a - b` (CPython's `set_difference`, see notes §3).
fn difference(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (x, y) = (as_set(a).ok_or_else(|| PyErr::type_error("expected set"))?, as_set(b));
    let other_len = match y {
        Some(y) => y.table().len(),
        None => crate::ops::len(vm, b)?,
    };
    if (x.table().len() >> 2) > other_len {
        let out = copy_of(vm, a)?;
        for v in crate::ops::collect_iterable(vm, b)? {
            discard_value(vm, &out, &v)?;
        }
        if let Some(o) = as_set(&out) {
            o.table_mut().shrink_if_many_dummies();
        }
        return Ok(out);
    }
    let out = new_set_of(a.ty());
    for v in x.items() {
        let present = match y {
            Some(y) => contains_value(vm, y, &v)?,
            None => crate::ops::contains(vm, b, &v)?,
        };
        if !present {
            set_add_value(vm, &out, v)?;
        }
    }
    Ok(out)
}

/// `a ^ b`: update an empty set from `b`, then toggle each element of `a`.
fn symmetric_difference(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let out = new_set_of(a.ty());
    update_from_value(vm, &out, b)?;
    for v in as_set(a).map(SetData::items).unwrap_or_default() {
        if !discard_value(vm, &out, &v)? {
            set_add_value(vm, &out, v)?;
        }
    }
    Ok(out)
}

/// `a & b` between two sets (CPython walks the smaller one).
fn intersection_of(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (Some(x), Some(y)) = (as_set(a), as_set(b)) else { return Err(PyErr::type_error("expected sets")) };
    let (xt, yt) = (x.table().copy(), y.table().copy());
    let table = crate::algo::set_table::SetTable::intersection(&xt, &yt, |p, q| crate::ops::eq(vm, p, q))?;
    Ok(crate::object::alloc(a.ty(), SetData { table: Locked::new(table) }))
}

fn discard_value(vm: &mut Vm, s: &Value, x: &Value) -> PyResult<bool> {
    let h = element_hash(vm, x)?;
    let set = as_set(s).ok_or_else(|| PyErr::type_error("expected set"))?;
    remove_hashed(vm, set, x, h)
}

/// `a |= b`, `a &= b`, `a -= b`, `a ^= b` for a mutable set `a` and a set `b`: in place,
/// through the same paths as the `update` methods (so aliases see it and order matches).
pub fn set_inplace(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if a.ty().body.kind != Kind::Set || as_set(a).is_none() || as_set(b).is_none() {
        return Ok(None);
    }
    let args = [a.clone(), b.clone()];
    match op {
        BinOp::Or => update_from_value(vm, a, b)?,
        BinOp::And => {
            set_intersection_update(vm, &args, &[])?;
        }
        BinOp::Sub => {
            set_difference_update(vm, &args, &[])?;
        }
        BinOp::Xor => {
            set_symmetric_difference_update(vm, &args, &[])?;
        }
        _ => return Ok(None),
    }
    Ok(Some(a.clone()))
}

fn set_binop(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if as_set(a).is_none() || as_set(b).is_none() {
        return Ok(None);
    }
    Ok(Some(match op {
        BinOp::Or => {
            let out = copy_of(vm, a)?;
            update_from_value(vm, &out, b)?;
            out
        }
        BinOp::And => intersection_of(vm, a, b)?,
        BinOp::Sub => difference(vm, a, b)?,
        BinOp::Xor => symmetric_difference(vm, a, b)?,
        _ => return Ok(None),
    }))
}

fn set_new(vm: &mut Vm, t: &'static TypeObject, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(PyErr::type_error(format!("{}() takes no keyword arguments", t.body.name)));
    }
    let out = new_set_of(if t.body.kind == Kind::FrozenSet { &FROZENSET_TYPE } else { &SET_TYPE });
    match args {
        [] => {}
        [x] => update_from_value(vm, &out, x)?,
        _ => return Err(PyErr::type_error(format!("{} expected at most 1 argument, got {}", t.body.name, args.len()))),
    }
    Ok(out)
}

fn frozenset_hash(_vm: &mut Vm, v: &Value) -> PyResult<i64> {
    // CPython's frozenset hash: xor-shuffled element hashes.
    let s = as_set(v).ok_or_else(|| PyErr::type_error("expected frozenset"))?;
    let mut hash: u64 = 0;
    for (_, eh) in s.table().iter() {
        let h = eh as u64;
        hash ^= ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167);
    }
    hash ^= (s.table().len() as u64 + 1).wrapping_mul(1_927_868_237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69_069).wrapping_add(907_133_923);
    let h = hash as i64;
    Ok(if h == -1 { 590_923_713 } else { h })
}

fn this(args: &[Value]) -> &SetData {
    as_set(&args[0]).expect("set method on a set")
}

/// The single argument of a one-argument set method, with CPython's arity messages.
fn one_arg<'a>(name: &str, args: &'a [Value], kw: &[Value]) -> PyResult<&'a Value> {
    let type_name = args[0].ty().body.name;
    if !kw.is_empty() {
        return Err(PyErr::type_error(format!("{type_name}.{name}() takes no keyword arguments")));
    }
    match args {
        [_, x] => Ok(x),
        _ => Err(PyErr::type_error(format!("{type_name}.{name}() takes exactly one argument ({} given)", args.len() - 1))),
    }
}

/// CPython's check for a set method taking nothing but self.
fn no_args(name: &str, args: &[Value], kw: &[Value]) -> PyResult<()> {
    crate::builtins::iterators::no_arguments(&format!("{}.{name}", args[0].ty().body.name), args, kw)
}

/// CPython's check for the variadic set methods (`union(*others)`): no keywords.
fn no_keywords(name: &str, args: &[Value], kw: &[Value]) -> PyResult<()> {
    if kw.is_empty() {
        return Ok(());
    }
    Err(PyErr::type_error(format!("{}.{name}() takes no keyword arguments", args[0].ty().body.name)))
}

fn set_add(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = one_arg("add", args, kw)?;
    set_add_value(vm, &args[0], x.clone())?;
    Ok(none())
}

fn remove_value(vm: &mut Vm, name: &str, args: &[Value], kw: &[Value]) -> PyResult<bool> {
    let x = one_arg(name, args, kw)?;
    let h = element_hash(vm, x)?;
    let s = this(args);
    remove_hashed(vm, s, x, h)
}

fn set_remove(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !remove_value(vm, "remove", args, kw)? {
        return Err(PyErr::key_error(args[1].clone()));
    }
    Ok(none())
}

fn set_discard(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    remove_value(vm, "discard", args, kw)?;
    Ok(none())
}

fn set_pop(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_args("pop", args, kw)?;
    match this(args).table_mut().pop() {
        Some((v, _)) => Ok(v),
        None => Err(PyErr::new(&crate::builtins::exceptions::KEY_ERROR, "pop from an empty set")),
    }
}

fn set_update(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords("update", args, kw)?;
    for other in &args[1..] {
        update_from_value(vm, &args[0], other)?;
    }
    Ok(none())
}

fn set_union(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords("union", args, kw)?;
    let out = copy_of(vm, &args[0])?;
    for other in &args[1..] {
        update_from_value(vm, &out, other)?;
    }
    Ok(out)
}

fn set_symmetric_difference(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let other = one_arg("symmetric_difference", args, kw)?;
    // `symmetric_difference` copies `other` into a new set and walks `self` against it;
    // `other` may be any iterable.
    symmetric_difference(vm, &args[0], other)
}

fn set_isdisjoint(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let other = one_arg("isdisjoint", args, kw)?;
    for v in crate::ops::collect_iterable(vm, other)? {
        if contains_value(vm, this(args), &v)? {
            return Ok(py_bool(false));
        }
    }
    Ok(py_bool(true))
}

fn set_issuperset(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let other = one_arg("issuperset", args, kw)?;
    for v in crate::ops::collect_iterable(vm, other)? {
        if !contains_value(vm, this(args), &v)? {
            return Ok(py_bool(false));
        }
    }
    Ok(py_bool(true))
}

fn set_difference_update(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords("difference_update", args, kw)?;
    for other in &args[1..] {
        if other.is(&args[0]) {
            this(args).table_mut().clear();
            continue;
        }
        if let Some(o) = as_set(other) {
            let other_table = o.table().copy();
            this(args).table_mut().difference_update_from_set(&other_table, |a, b| crate::ops::eq(vm, a, b))?;
            continue;
        }
        for v in crate::ops::collect_iterable(vm, other)? {
            discard_value(vm, &args[0], &v)?;
        }
        // CPython resizes dummies away after each operand.
        this(args).table_mut().shrink_if_many_dummies();
    }
    Ok(none())
}

fn set_intersection_update(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords("intersection_update", args, kw)?;
    let result = set_intersection(vm, args, kw)?;
    let table = as_set(&result).map(|r| r.table().copy()).unwrap_or_default();
    *this(args).table_mut() = table;
    Ok(none())
}

/// In place, as CPython: walk `other` (as a set), dropping what `self` has and adding
/// what it lacks, so `self` keeps its own table.
fn set_symmetric_difference_update(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let other = one_arg("symmetric_difference_update", args, kw)?;
    if other.is(&args[0]) {
        this(args).table_mut().clear();
        return Ok(none());
    }
    let other_set = if as_set(other).is_some() {
        other.clone()
    } else {
        let o = new_set_of(args[0].ty());
        update_from_value(vm, &o, other)?;
        o
    };
    for v in as_set(&other_set).map(SetData::items).unwrap_or_default() {
        if !discard_value(vm, &args[0], &v)? {
            set_add_value(vm, &args[0], v)?;
        }
    }
    Ok(none())
}

/// CPython's `set_intersection_multi`: a copy of `self`, narrowed by each operand in turn.
fn set_intersection(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords("intersection", args, kw)?;
    let mut result = copy_of(vm, &args[0])?;
    for other in &args[1..] {
        result = intersection_with(vm, &result, other)?;
    }
    Ok(result)
}

/// CPython's `set_intersection`: with a set, walk the smaller one checking the other;
/// with any other iterable, walk it in order checking `base`.
fn intersection_with(vm: &mut Vm, base: &Value, other: &Value) -> PyResult<Value> {
    if as_set(other).is_some() {
        return intersection_of(vm, base, other);
    }
    let b = as_set(base).ok_or_else(|| PyErr::type_error("expected set"))?;
    let out = new_set_of(base.ty());
    let it = crate::ops::iter(vm, other)?;
    while let Some(x) = crate::ops::next(vm, &it)? {
        if contains_value(vm, b, &x)? {
            set_add_value(vm, &out, x)?;
        }
    }
    Ok(out)
}

fn set_difference(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords("difference", args, kw)?;
    let mut cur = this(args).items();
    for other in &args[1..] {
        let items = crate::ops::collect_iterable(vm, other)?;
        let o = set_from_values(vm, items)?;
        let os = as_set(&o).expect("set");
        let mut keep = Vec::new();
        for v in cur {
            if !contains_value(vm, os, &v)? {
                keep.push(v);
            }
        }
        cur = keep;
    }
    let out = new_set_of(args[0].ty());
    for v in cur {
        set_add_value(vm, &out, v)?;
    }
    Ok(out)
}

fn set_issubset(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let other = one_arg("issubset", args, kw)?;
    let items = crate::ops::collect_iterable(vm, other)?;
    let o = set_from_values(vm, items)?;
    Ok(py_bool(subset(vm, this(args), as_set(&o).expect("set"))?))
}

fn set_copy(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_args("copy", args, kw)?;
    // An exact frozenset is immutable, so its copy is itself.
    if std::ptr::eq(args[0].ty(), &FROZENSET_TYPE) {
        return Ok(args[0].clone());
    }
    copy_of(vm, &args[0])
}

fn set_clear(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_args("clear", args, kw)?;
    this(args).table_mut().clear();
    Ok(none())
}
