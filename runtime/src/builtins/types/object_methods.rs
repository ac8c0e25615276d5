//! The methods every object inherits from `object`: `__new__`, `__init__`,
//! `__init_subclass__`, `__subclasshook__`, `__getattribute__`/`__setattr__`/`__delattr__`,
//! `__dir__`, `__getstate__`, `__reduce__`/`__reduce_ex__` and `__sizeof__`.
//!
//! They are listed in `slot_wrappers::SLOT_WRAPPERS` and declared on `object` in
//! `type_dunders`, so they are found after every type's own methods and wrappers,
//! exactly where CPython's MRO walk would reach `object.__dict__`. Each one forwards to
//! the generic protocol in `crate::ops` (attribute access, `dir`) or to the type's slots
//! (`__new__` runs the `new` slot of the type it is bound to), so behaviour has one source.
//!
//! Pickling: braid has no `copyreg` module, so `__reduce_ex__` builds CPython's
//! protocol-2 answer itself: `(__newobj__, (cls, *cls.__getnewargs__()), state,
//! listitems, dictitems)`, where `__newobj__` is a native function doing
//! `cls.__new__(cls, *args)`. The types CPython gives their own `__reduce__` (range,
//! slice, set, bytearray, the iterators) reduce the same way here, except callable
//! iterators, which raise TypeError.

use crate::builtins::function::new_builtin_function;
use crate::builtins::int::new_int;
use crate::builtins::singletons::{none, not_implemented};
use crate::builtins::str::as_str;
use crate::builtins::tuple::new_tuple;
use crate::builtins::type_::{as_type, type_value, OBJECT_TYPE};
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::{Kind, NativeFn, TypeObject, Value};

fn positional(args: &[Value], kw: &[Value]) -> usize {
    args.len() - kw.len()
}

fn type_name(v: &Value) -> &'static str {
    crate::builtins::template::short_type_name(&v.ty().body)
}

/// `T.__new__(cls, *args, **kw)`; `args[0]` is the type the function is bound to.
pub fn new(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let owner = args.first().and_then(as_type).ok_or_else(|| PyErr::type_error("__new__ must be bound to a type"))?;
    let oname = owner.body.name;
    let Some(cls_value) = args.get(1).filter(|_| positional(args, kw) > 1) else {
        return Err(PyErr::type_error(format!("{oname}.__new__(): not enough arguments")));
    };
    let Some(cls) = as_type(cls_value) else {
        return Err(PyErr::type_error(format!("{oname}.__new__(X): X is not a type object ({})", type_name(cls_value))));
    };
    if !cls.body.is_subtype(&owner.body) {
        return Err(PyErr::type_error(format!(
            "{oname}.__new__({}): {} is not a subtype of {oname}",
            cls.body.name, cls.body.name
        )));
    }
    let cls_new_owner = cls.body.mro().find(|td| td.slots.new.is_some());
    if !std::ptr::eq(owner, cls) && cls_new_owner.is_some_and(|td| !std::ptr::eq(td, &owner.body)) {
        return Err(PyErr::type_error(format!(
            "{oname}.__new__({}) is not safe, use {}.__new__()",
            cls.body.name,
            cls_new_owner.map_or(cls.body.name, |td| td.name)
        )));
    }
    match owner.body.slot(|s| s.new) {
        Some(f) => Ok(crate::builtins::instances::builtin_layout::adopt(f(vm, cls, &args[2..], kw)?, cls)),
        None => Err(PyErr::type_error(format!("cannot create '{}' instances", cls.body.name))),
    }
}

/// `x.__init__(*args, **kw)`: re-initialises the mutable containers and exceptions
/// (as `list.__init__` / `BaseException.__init__` do; `dict.__init__` only updates);
/// for everything else it only
/// checks the arguments, as `object.__init__` does.
pub fn init(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let me = args.first().ok_or_else(|| PyErr::type_error("__init__() needs an argument"))?;
    let t = me.ty();
    if as_type(me).is_some() && t.body.is_subtype(&crate::builtins::type_::TYPE_TYPE.body) {
        // type.__init__(cls, name, bases, ns): the class is complete already.
        let n = args.len() - 1 - kw.len();
        if n != 1 && n != 3 {
            return Err(PyErr::type_error("type.__init__() takes 1 or 3 arguments"));
        }
        return Ok(none());
    }
    if crate::builtins::exceptions::as_exception(me).is_some() {
        crate::builtins::exceptions::reinit(me, &args[1..], kw)?;
        return Ok(none());
    }
    let kind = t.body.state.solid_kind().unwrap_or(t.body.kind);
    if matches!(kind, Kind::List | Kind::Dict | Kind::Set | Kind::ByteArray) {
        let Some(make) = t.body.slot(|s| s.new) else { return Ok(none()) };
        let fresh = make(vm, t, &args[1..], kw)?;
        if let (Some(dst), Some(src)) = (crate::builtins::list::as_list(me), crate::builtins::list::as_list(&fresh)) {
            let items = src.items().clone();
            *dst.items_mut() = items;
        } else if let (Some(dst), Some(src)) = (crate::builtins::dict::as_dict(me), crate::builtins::dict::as_dict(&fresh)) {
            // dict.__init__ updates; it does not clear first.
            for (k, v) in src.items() {
                dst.set(vm, k, v)?;
            }
        } else if let (Some(dst), Some(src)) = (crate::builtins::set::as_set(me), crate::builtins::set::as_set(&fresh)) {
            let table = std::mem::take(src.table_mut());
            *dst.table_mut() = table;
        } else if let (Some(dst), Some(src)) =
            (crate::builtins::bytearray::as_bytearray(me), crate::builtins::bytearray::as_bytearray(&fresh))
        {
            let bytes = src.bytes().clone();
            *dst.bytes_mut() = bytes;
        }
        return Ok(none());
    }
    if args.len() > 1 || !kw.is_empty() {
        use crate::builtins::instances::heap_type::heap_defines;
        if std::ptr::eq(t, &OBJECT_TYPE) || (t.body.state.is_heap() && heap_defines(t, "__init__")) {
            return Err(PyErr::type_error("object.__init__() takes exactly one argument (the instance to initialize)"));
        }
        let object_new = std::ptr::eq(crate::builtins::instances::dunder_slots::builtin_base(t), &OBJECT_TYPE.body);
        if t.body.state.is_heap() && object_new && !heap_defines(t, "__new__") {
            return Err(PyErr::type_error(format!("{}() takes no arguments", t.body.name)));
        }
    }
    Ok(none())
}

/// `T.__init_subclass__()`: the default hook does nothing and takes no arguments.
pub fn init_subclass(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let name = args.first().and_then(as_type).map_or("object", |t| t.body.name);
    if !kw.is_empty() {
        return Err(PyErr::type_error(format!("{name}.__init_subclass__() takes no keyword arguments")));
    }
    if args.len() > 1 {
        return Err(PyErr::type_error(format!("{name}.__init_subclass__() takes no arguments ({} given)", args.len() - 1)));
    }
    Ok(none())
}

/// `T.__subclasshook__(C)`: NotImplemented (defer to the normal subclass check).
pub fn subclasshook(_vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(not_implemented())
}

fn name_arg<'a>(method: &str, args: &'a [Value], kw: &[Value], n: usize) -> PyResult<&'a str> {
    if !kw.is_empty() {
        return Err(PyErr::type_error(format!("{method}() takes no keyword arguments")));
    }
    if args.len() != n + 1 {
        return Err(PyErr::type_error(format!("expected {n} argument{}, got {}", if n == 1 { "" } else { "s" }, args.len() - 1)));
    }
    as_str(&args[1]).ok_or_else(|| PyErr::type_error(format!("attribute name must be string, not '{}'", type_name(&args[1]))))
}

/// `x.__getattribute__(name)`.
pub fn getattribute(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let name = name_arg("__getattribute__", args, kw, 1)?.to_string();
    let me = &args[0];
    if me.ty().body.state.is_heap() && crate::builtins::type_::as_type(me).is_none() {
        // The generic lookup itself, not the class's hooks (which may be the caller).
        return match crate::builtins::attr_lookup::generic_getattr(vm, me, &name)? {
            Some(v) => Ok(v),
            None => Err(crate::ops::attribute_error(me, &name)),
        };
    }
    crate::ops::getattr(vm, me, &name)
}

/// `x.__setattr__(name, value)`.
pub fn setattr(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let name = name_arg("__setattr__", args, kw, 2)?.to_string();
    if let Some(t) = crate::builtins::type_::as_type(&args[0]) {
        // `type.__setattr__(cls, ...)` from a metaclass hook: the type's own store.
        crate::builtins::attr_lookup::type_setattro(vm, t, &name, Some(args[2].clone()))?;
        return Ok(none());
    }
    if args[0].ty().body.state.is_heap() && crate::builtins::type_::as_type(&args[0]).is_none() {
        crate::builtins::instances::dunder_slots::generic_setattr(vm, &args[0], &name, Some(args[2].clone()))?;
        return Ok(none());
    }
    crate::ops::setattr(vm, &args[0], &name, Some(args[2].clone()))?;
    Ok(none())
}

/// `x.__delattr__(name)`.
pub fn delattr(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let name = name_arg("__delattr__", args, kw, 1)?.to_string();
    if let Some(t) = crate::builtins::type_::as_type(&args[0]) {
        crate::builtins::attr_lookup::type_setattro(vm, t, &name, None)?;
        return Ok(none());
    }
    if args[0].ty().body.state.is_heap() && crate::builtins::type_::as_type(&args[0]).is_none() {
        crate::builtins::instances::dunder_slots::generic_setattr(vm, &args[0], &name, None)?;
        return Ok(none());
    }
    crate::ops::setattr(vm, &args[0], &name, None)?;
    Ok(none())
}

fn no_args(name: &str, args: &[Value], kw: &[Value]) -> PyResult<()> {
    if args.is_empty() {
        return Err(PyErr::type_error(format!("{name}() needs an argument")));
    }
    if !kw.is_empty() {
        return Err(PyErr::type_error(format!("{name}() takes no keyword arguments")));
    }
    if args.len() > 1 {
        return Err(PyErr::type_error(format!("{name}() takes no arguments ({} given)", args.len() - 1)));
    }
    Ok(())
}

/// `x.__dir__()`: the attribute names, as a list (`dir()` sorts it).
pub fn dir(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_args("__dir__", args, kw)?;
    let names = crate::ops::attribute_names(vm, &args[0]);
    Ok(crate::builtins::list::new_list(names.iter().map(|n| crate::builtins::str::new_str(n)).collect()))
}

/// `x.__getstate__()`: the instance dict when the object has a non-empty one, else
/// None; with `__slots__` along the class's MRO, `(dict or None, {slot: value})` for the
/// slots that are set, as CPython's `object.__getstate__` returns.
pub fn getstate(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_args("__getstate__", args, kw)?;
    let me = &args[0];
    if as_type(me).is_some() {
        return Ok(none());
    }
    let dict = crate::ops::getattr_opt(vm, me, "__dict__")?;
    let state = dict.filter(|d| crate::builtins::dict::as_dict(d).is_some_and(|d| !d.is_empty())).unwrap_or_else(none);
    let slots = crate::builtins::dict::new_dict();
    let sd = crate::builtins::dict::as_dict(&slots).expect("new dict");
    for name in slot_attribute_names(me.ty()) {
        if let Some(v) = crate::ops::getattr_opt(vm, me, &name)? {
            sd.set_str(&name, v);
        }
    }
    if sd.is_empty() {
        return Ok(state);
    }
    Ok(new_tuple(vec![state, slots]))
}

/// The slot attribute names (mangled) the heap classes of `t`'s MRO declare.
fn slot_attribute_names(t: &'static TypeObject) -> Vec<String> {
    let mut out = Vec::new();
    for td in t.body.mro().filter(|td| td.state.is_heap()) {
        let Some(slots) = td.state.dict_if_filled().and_then(crate::builtins::dict::as_dict).and_then(|d| d.get_str("__slots__")) else {
            continue;
        };
        let items: Vec<Value> = match crate::builtins::tuple::as_tuple(&slots) {
            Some(items) => items.to_vec(),
            None if crate::builtins::str::as_str(&slots).is_some() => vec![slots],
            None => crate::builtins::list::as_list(&slots).map(|l| l.items().clone()).unwrap_or_default(),
        };
        for n in items.iter().filter_map(crate::builtins::str::as_str) {
            if n != "__dict__" && n != "__weakref__" {
                out.push(crate::builtins::instances::heap_type::mangle(td.name, n));
            }
        }
    }
    out
}

/// `x.__reduce__()`: `__reduce_ex__(0)`, except for exceptions, which reduce to
/// `(type, args)` or `(type, args, __dict__)` as `BaseException.__reduce__` does.
pub fn reduce(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_args("__reduce__", args, kw)?;
    reduce_protocol(vm, &args[0], 0)
}

/// `x.__reduce_ex__(protocol)`.
pub fn reduce_ex(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(PyErr::type_error("__reduce_ex__() takes no keyword arguments"));
    }
    let [_, protocol] = args else {
        return Err(PyErr::type_error(format!("__reduce_ex__() takes exactly one argument ({} given)", args.len() - 1)));
    };
    let protocol = crate::builtins::int::index_i64(protocol)?;
    reduce_protocol(vm, &args[0], protocol)
}

fn cannot_pickle(v: &Value) -> PyErr {
    PyErr::type_error(format!("cannot pickle '{}' object", type_name(v)))
}

fn reduce_protocol(vm: &mut Vm, me: &Value, protocol: i64) -> PyResult<Value> {
    if let Some(r) = type_specific_reduce(vm, me, protocol)? {
        return Ok(r);
    }
    let t = me.ty();
    if let Some(e) = crate::builtins::exceptions::as_exception(me) {
        let args = e.args.lock(me).clone();
        let dict = crate::builtins::exceptions::exception_dict_if_any(me);
        let mut parts = vec![type_value(t), args];
        parts.extend(dict.filter(|d| crate::builtins::dict::as_dict(d).is_some_and(|d| !d.is_empty())));
        return Ok(new_tuple(parts));
    }
    let picklable_kind = matches!(
        t.body.kind,
        Kind::Object | Kind::Int | Kind::Bool | Kind::Float | Kind::Complex | Kind::Str | Kind::Bytes | Kind::Tuple | Kind::List | Kind::Dict
    ) && (std::ptr::eq(t, &OBJECT_TYPE) || t.body.kind != Kind::Object);
    if !picklable_kind || as_type(me).is_some() {
        return Err(cannot_pickle(me));
    }
    if protocol < 2 {
        // copyreg._reduce_ex: instances of a built-in type other than object cannot be
        // rebuilt from object's constructor.
        if std::ptr::eq(t, &OBJECT_TYPE) {
            let reconstructor = new_builtin_function("_reconstructor", reconstructor, None);
            return Ok(new_tuple(vec![reconstructor, new_tuple(vec![type_value(t), type_value(&OBJECT_TYPE), none()])]));
        }
        return Err(cannot_pickle(me));
    }
    let mut newargs = vec![type_value(t)];
    if let Some(f) = crate::ops::getattr_opt(vm, me, "__getnewargs__")? {
        let extra = crate::ops::call(vm, &f, &[], &[])?;
        newargs.extend(crate::ops::collect_iterable(vm, &extra)?);
    }
    let list_items = if crate::builtins::list::as_list(me).is_some() { crate::ops::iter(vm, me)? } else { none() };
    let dict_items = if crate::builtins::dict::as_dict(me).is_some() {
        let items = crate::ops::getattr(vm, me, "items")?;
        let view = crate::ops::call(vm, &items, &[], &[])?;
        crate::ops::iter(vm, &view)?
    } else {
        none()
    };
    let newobj = new_builtin_function("__newobj__", newobj, None);
    Ok(new_tuple(vec![newobj, new_tuple(newargs), none(), list_items, dict_items]))
}

fn builtin_named(vm: &Vm, name: &str) -> Value {
    vm.builtins().and_then(crate::builtins::dict::as_dict).and_then(|d| d.get_str(name)).unwrap_or_else(none)
}

/// The `__reduce__` results of the types CPython gives their own: `(callable, args[, state])`
/// that rebuild the object.
fn type_specific_reduce(vm: &mut Vm, me: &Value, protocol: i64) -> PyResult<Option<Value>> {
    use crate::builtins as b;
    use crate::builtins::iterators::{as_iter, IterState};
    let t = me.ty();
    let ty = type_value(t);
    if let Some(r) = b::range::as_range(me) {
        let (start, stop, step) = r.bounds();
        let parts = [start, stop, step].into_iter().map(b::int::new_bigint).collect();
        return Ok(Some(new_tuple(vec![ty, new_tuple(parts)])));
    }
    if let Some(s) = b::slice::as_slice(me) {
        return Ok(Some(new_tuple(vec![ty, new_tuple(vec![s.start.clone(), s.stop.clone(), s.step.clone()])])));
    }
    if matches!(t.body.kind, Kind::Set | Kind::FrozenSet) {
        let items = crate::ops::collect_iterable(vm, me)?;
        return Ok(Some(new_tuple(vec![ty, new_tuple(vec![crate::builtins::list::new_list(items)]), none()])));
    }
    if let Some(ba) = b::bytearray::as_bytearray(me) {
        let bytes = ba.bytes().clone();
        let args = if protocol < 3 {
            let text: String = bytes.iter().map(|&c| char::from(c)).collect();
            vec![b::str::new_str(&text), b::str::new_str("latin-1")]
        } else {
            vec![b::bytes::new_bytes(bytes)]
        };
        return Ok(Some(new_tuple(vec![ty, new_tuple(args), none()])));
    }
    let Some(it) = as_iter(me) else { return Ok(None) };
    let iter_fn = builtin_named(vm, "iter");
    let state = it.state.lock(me);
    let reduced = match &*state {
        IterState::List { seq, index } | IterState::Tuple { seq, index } => {
            let maker = if std::ptr::eq(t, &b::iterators::LIST_ITER_TYPE) || std::ptr::eq(t, &b::iterators::TUPLE_ITER_TYPE) {
                iter_fn
            } else {
                // Reversed dict iterators walk a snapshot list: what is left, in order.
                let rest = b::list::as_list(seq).map(|l| l.items().get(*index..).map(<[Value]>::to_vec).unwrap_or_default()).unwrap_or_default();
                return Ok(Some(new_tuple(vec![iter_fn, new_tuple(vec![b::list::new_list(rest)])])));
            };
            new_tuple(vec![maker, new_tuple(vec![seq.clone()]), new_int(*index as i64)])
        }
        IterState::Str { seq, pos } => {
            let s = b::str::as_str(seq).unwrap_or("");
            let index = s.get(..*pos).map_or(0, |done| done.chars().count());
            new_tuple(vec![iter_fn, new_tuple(vec![seq.clone()]), new_int(index as i64)])
        }
        IterState::Reversed { seq, index } => {
            let ctor = type_value(&b::iterators::REVERSED_CTOR_TYPE);
            new_tuple(vec![ctor, new_tuple(vec![seq.clone()]), new_int(*index as i64 - 1)])
        }
        IterState::Done => {
            let empty = if std::ptr::eq(t, &b::iterators::TUPLE_ITER_TYPE) { new_tuple(Vec::new()) } else { crate::builtins::list::new_list(Vec::new()) };
            new_tuple(vec![iter_fn, new_tuple(vec![empty])])
        }
        IterState::Enumerate { it: inner, count } => new_tuple(vec![ty, new_tuple(vec![inner.clone(), new_int(*count)])]),
        IterState::Map { func, its } => {
            let mut args = vec![func.clone()];
            args.extend(its.iter().cloned());
            new_tuple(vec![ty, new_tuple(args)])
        }
        IterState::Filter { func, it: inner } => new_tuple(vec![ty, new_tuple(vec![func.clone(), inner.clone()])]),
        IterState::Zip { its, strict } => {
            let mut parts = vec![ty, new_tuple(its.clone())];
            if *strict {
                parts.push(crate::builtins::singletons::py_bool(true));
            }
            new_tuple(parts)
        }
        IterState::Dict { dict, pos, which, .. } => {
            let rest: Vec<Value> = b::dict::as_dict(dict)
                .map(|d| {
                    d.table().entries.iter().skip(*pos).flatten().map(|e| match which {
                        0 => e.key.clone(),
                        1 => e.value.clone(),
                        _ => new_tuple(vec![e.key.clone(), e.value.clone()]),
                    }).collect()
                })
                .unwrap_or_default();
            new_tuple(vec![iter_fn, new_tuple(vec![b::list::new_list(rest)])])
        }
        IterState::Set { set, slot, .. } => {
            let mut rest = Vec::new();
            if let Some(st) = b::set::as_set(set) {
                let table = st.table();
                let mut next = *slot;
                while let Some((after, key, _)) = table.next_from(next) {
                    rest.push(key.clone());
                    next = after;
                }
            }
            new_tuple(vec![iter_fn, new_tuple(vec![b::list::new_list(rest)])])
        }
        // What is left of a range, as CPython 3.12+ reduces it.
        IterState::Range { next, remaining, step } => {
            let stop = num_bigint::BigInt::from(*next) + num_bigint::BigInt::from(*remaining) * num_bigint::BigInt::from(*step);
            let range = b::range::new_big_range((*next).into(), stop, (*step).into());
            new_tuple(vec![iter_fn, new_tuple(vec![range]), none()])
        }
        IterState::BigRange { next, remaining, step } => {
            let range = b::range::new_big_range(next.clone(), next + remaining * step, step.clone());
            new_tuple(vec![iter_fn, new_tuple(vec![range]), none()])
        }
        // Callable iterators hold no reducible state.
        _ => return Err(PyErr::type_error(format!("cannot pickle '{}' object", type_name(me)))),
    };
    Ok(Some(reduced))
}

/// `__newobj__(cls, *args)`: `cls.__new__(cls, *args)` (copyreg's helper).
fn newobj(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let Some(cls) = args.first().and_then(as_type) else {
        return Err(PyErr::type_error("__newobj__() argument 1 must be a type"));
    };
    construct(vm, cls, &args[1..], kw)
}

/// `_reconstructor(cls, base, state)`: `base.__new__(cls, state)` (copyreg's helper).
fn reconstructor(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [cls, _base, _state] = args else {
        return Err(PyErr::type_error(format!("_reconstructor() takes 3 arguments ({} given)", args.len())));
    };
    let cls = as_type(cls).ok_or_else(|| PyErr::type_error("_reconstructor() argument 1 must be a type"))?;
    construct(vm, cls, &[], &[])
}

fn construct(vm: &mut Vm, cls: &'static TypeObject, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    match cls.body.slot(|s| s.new) {
        Some(f) => f(vm, cls, args, kw),
        None => Err(PyErr::type_error(format!("cannot create '{}' instances", cls.body.name))),
    }
}

/// `x.__sizeof__()`: the bytes braid's own representation of `x` occupies (header,
/// body, and the storage the object owns), not CPython's layout.
pub fn sizeof(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_args("__sizeof__", args, kw)?;
    let me = &args[0];
    let word = std::mem::size_of::<Value>();
    if me.is_small_int() {
        return Ok(new_int(word as i64));
    }
    let header = std::mem::size_of::<crate::object::Header>();
    let owned = match me.ty().body.kind {
        Kind::Float => 8,
        Kind::Complex => 16,
        Kind::Int => crate::builtins::int::as_int(me).map_or(word, |i| i.to_big().bits().div_ceil(8) as usize + 3 * word),
        Kind::Str => crate::builtins::str::as_str(me).map_or(0, str::len) + 2 * word,
        Kind::Bytes => crate::builtins::bytes::as_bytes(me).map_or(0, <[u8]>::len) + 2 * word,
        Kind::ByteArray => crate::builtins::bytearray::as_bytearray(me).map_or(0, |b| b.bytes().capacity()) + 3 * word,
        Kind::List => crate::builtins::list::as_list(me).map_or(0, |l| l.items().capacity() * word) + 3 * word,
        Kind::Tuple => crate::builtins::tuple::as_tuple(me).map_or(0, std::mem::size_of_val) + word,
        Kind::Dict => crate::builtins::dict::as_dict(me).map_or(0, |d| d.table().entries.capacity() * 3 * word) + 8 * word,
        Kind::Set | Kind::FrozenSet => crate::builtins::set::as_set(me).map_or(0, |s| s.table().len() * 2 * word) + 8 * word,
        _ => 2 * word,
    };
    Ok(new_int((header + owned) as i64))
}

/// `object`'s own versions of the dunders every type inherits, used when `object` is the
/// owner of the lookup (`object.__eq__(a, b)`, `object.__repr__(1)`).
pub fn object_variant(name: &str) -> Option<NativeFn> {
    Some(match name {
        "__eq__" => object_eq,
        "__ne__" => object_ne,
        "__lt__" | "__le__" | "__gt__" | "__ge__" => object_order,
        "__repr__" => object_repr,
        "__hash__" => object_hash,
        _ => return None,
    })
}

fn two_args<'a>(name: &str, args: &'a [Value]) -> PyResult<(&'a Value, &'a Value)> {
    match args {
        [a, b] => Ok((a, b)),
        _ => Err(PyErr::type_error(format!("expected 1 argument, got {} ({name})", args.len().saturating_sub(1)))),
    }
}

/// `object.__eq__`: identity, else NotImplemented.
fn object_eq(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (a, b) = two_args("__eq__", args)?;
    Ok(if a.is(b) { crate::builtins::singletons::py_bool(true) } else { not_implemented() })
}

/// `object.__ne__`: the inverse of the receiver type's `==`, NotImplemented when that is.
fn object_ne(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (a, b) = two_args("__ne__", args)?;
    let equal = match a.ty().body.slot(|s| s.compare) {
        Some(f) => f(vm, a, b, crate::object::CompareOp::Eq)?.or_else(|| a.is(b).then(|| crate::builtins::singletons::py_bool(true))),
        None => a.is(b).then(|| crate::builtins::singletons::py_bool(true)),
    };
    match equal {
        Some(r) if !std::ptr::eq(r.ty(), &crate::builtins::singletons::NOT_IMPLEMENTED_TYPE) => {
            Ok(crate::builtins::singletons::py_bool(!crate::ops::truthy(vm, &r)?))
        }
        _ => Ok(not_implemented()),
    }
}

/// `object.__lt__` and friends: NotImplemented.
fn object_order(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    two_args("comparison", args)?;
    Ok(not_implemented())
}

/// `object.__repr__`: `<T object at 0x...>`.
fn object_repr(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_args("__repr__", args, kw)?;
    let me = &args[0];
    Ok(crate::builtins::str::new_str(&format!("<{} object at {:#x}>", crate::builtins::instances::heap_type::full_name(me.ty()), me.raw())))
}

/// `object.__hash__`: by identity.
fn object_hash(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_args("__hash__", args, kw)?;
    Ok(new_int(crate::builtins::type_::identity_hash(vm, &args[0])?))
}
