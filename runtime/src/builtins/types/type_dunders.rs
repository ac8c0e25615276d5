//! Which dunders each built-in type defines itself: CPython's per-type dict entries,
//! declared once here, plus the few dunders that are not one slot (`__reversed__`,
//! `__length_hint__`, `__setstate__` of iterators, `bytes.__bytes__`,
//! `float.__getformat__`, `bytearray.__alloc__`).
//!
//! Why a declaration instead of deriving names from the slot table: braid's slots are
//! coarser than CPython's. One `binop` slot answers `+` for lists and `&` for ints, one
//! `unary` slot answers `-x` and `~x`, so a float with a `binop` slot would wrongly show
//! `__and__`. Each type therefore lists the dunders CPython puts in its own `__dict__`
//! (names that come from `object`, such as `__repr__` or `__eq__`, are declared once on
//! `object`; names that are ordinary entries of a type's method table need no entry).
//! `slot_wrappers::find` walks the MRO and consults these lists; types without an entry
//! (iterators of native modules, frames, files ...) fall back to the dunders their own
//! slots imply (`__iter__`, `__next__`, `__call__`, `__len__` ...). The names were checked
//! against CPython 3.14's `Objects/*.c` method and slot tables.

use crate::builtins as b;
use crate::builtins::int::new_int;
use crate::builtins::iterators::{as_iter, IterState};
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::{TypeData, TypeObject, Value};

const INT: &[&str] = &[
    "__abs__", "__add__", "__and__", "__bool__", "__floordiv__", "__invert__", "__lshift__", "__mod__", "__mul__", "__neg__",
    "__or__", "__pos__", "__radd__", "__rand__", "__rfloordiv__", "__rlshift__", "__rmod__", "__rmul__", "__ror__",
    "__rrshift__", "__rshift__", "__rsub__", "__rtruediv__", "__rxor__", "__sub__", "__truediv__", "__xor__", "__getnewargs__",
];
const BOOL: &[&str] = &["__and__", "__invert__", "__or__", "__rand__", "__ror__", "__rxor__", "__xor__"];
const FLOAT: &[&str] = &[
    "__add__", "__bool__", "__floordiv__", "__getformat__", "__mod__", "__mul__", "__neg__", "__pos__", "__radd__",
    "__rfloordiv__", "__rmod__", "__rmul__", "__rsub__", "__rtruediv__", "__sub__", "__truediv__",
];
const COMPLEX: &[&str] =
    &["__add__", "__bool__", "__mul__", "__neg__", "__pos__", "__radd__", "__rmul__", "__rsub__", "__rtruediv__", "__sub__", "__truediv__"];
const STR: &[&str] = &["__getnewargs__", "__iter__", "__rmod__", "__rmul__"];
const BYTES: &[&str] =
    &["__add__", "__bytes__", "__contains__", "__getitem__", "__getnewargs__", "__iter__", "__len__", "__mod__", "__mul__", "__rmod__", "__rmul__"];
const BYTEARRAY: &[&str] = &[
    "__add__", "__alloc__", "__contains__", "__delitem__", "__getitem__", "__iadd__", "__imul__", "__init__", "__iter__",
    "__len__", "__mod__", "__mul__", "__rmod__", "__rmul__", "__setitem__",
];
const LIST: &[&str] = &[
    "__add__", "__class_getitem__", "__contains__", "__delitem__", "__getitem__", "__iadd__", "__imul__", "__init__", "__iter__",
    "__len__", "__mul__", "__reversed__", "__rmul__", "__setitem__",
];
const TUPLE: &[&str] =
    &["__add__", "__class_getitem__", "__contains__", "__getitem__", "__getnewargs__", "__iter__", "__len__", "__mul__", "__rmul__"];
const DICT: &[&str] = &[
    "__class_getitem__", "__contains__", "__delitem__", "__getitem__", "__init__", "__ior__", "__iter__", "__len__", "__or__",
    "__reversed__", "__ror__", "__setitem__",
];
const SET: &[&str] = &[
    "__and__", "__class_getitem__", "__contains__", "__iand__", "__init__", "__ior__", "__isub__", "__iter__", "__ixor__", "__len__",
    "__or__", "__rand__", "__ror__", "__rsub__", "__rxor__", "__sub__", "__xor__",
];
const FROZENSET: &[&str] = &[
    "__and__", "__class_getitem__", "__contains__", "__iter__", "__len__", "__or__", "__rand__", "__ror__", "__rsub__", "__rxor__",
    "__sub__", "__xor__",
];
const RANGE: &[&str] = &["__bool__", "__contains__", "__getitem__", "__iter__", "__len__", "__reversed__"];
const NONE: &[&str] = &["__bool__"];
const NOTHING: &[&str] = &[];
const SEQ_ITER: &[&str] = &["__iter__", "__length_hint__", "__next__", "__setstate__"];
const COUNTED_ITER: &[&str] = &["__iter__", "__length_hint__", "__next__"];
const ENUMERATE: &[&str] = &["__class_getitem__", "__iter__", "__next__"];
const KEYS_VIEW: &[&str] = &[
    "__and__", "__contains__", "__iter__", "__len__", "__or__", "__rand__", "__reversed__", "__ror__", "__rsub__", "__rxor__",
    "__sub__", "__xor__",
];
const VALUES_VIEW: &[&str] = &["__iter__", "__len__", "__reversed__"];
const CALLABLE: &[&str] = &["__call__"];
const TYPE: &[&str] = &["__call__", "__init__", "__or__", "__ror__"];
const MAPPING_PROXY: &[&str] = &["__class_getitem__", "__contains__", "__getitem__", "__iter__", "__len__", "__or__", "__ror__"];
const STRUCT_SEQ: &[&str] = &["__replace__"];
const TEMPLATE: &[&str] = &["__add__", "__iter__", "__radd__"];
const UNION: &[&str] = &["__or__", "__ror__"];
const EXCEPTION: &[&str] = &["__init__", "__setstate__"];
const EXCEPTION_GROUP: &[&str] = &["__class_getitem__"];
const GENERATOR: &[&str] = &["__class_getitem__", "__del__", "__iter__", "__next__"];
const ZIP: &[&str] = &["__iter__", "__next__", "__setstate__"];
const OBJECT: &[&str] = &[
    "__delattr__", "__dir__", "__eq__", "__format__", "__ge__", "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__",
    "__init_subclass__", "__le__", "__lt__", "__ne__", "__new__", "__reduce__", "__reduce_ex__", "__repr__", "__setattr__",
    "__sizeof__", "__str__", "__subclasshook__",
];

use b::iterators as it;

/// Every declaring type with its own dunders.
static DECLARATIONS: &[(&TypeObject, &[&str])] = &[
    (&b::type_::OBJECT_TYPE, OBJECT),
    (&b::int::INT_TYPE, INT),
    (&b::singletons::BOOL_TYPE, BOOL),
    (&b::float::FLOAT_TYPE, FLOAT),
    (&b::complex::COMPLEX_TYPE, COMPLEX),
    (&b::str::STR_TYPE, STR),
    (&b::bytes::BYTES_TYPE, BYTES),
    (&b::bytearray::BYTEARRAY_TYPE, BYTEARRAY),
    (&b::list::LIST_TYPE, LIST),
    (&b::tuple::TUPLE_TYPE, TUPLE),
    (&b::dict::DICT_TYPE, DICT),
    (&b::set::SET_TYPE, SET),
    (&b::set::FROZENSET_TYPE, FROZENSET),
    (&b::range::RANGE_TYPE, RANGE),
    (&b::slice::SLICE_TYPE, NOTHING),
    (&b::singletons::NONE_TYPE, NONE),
    (&b::singletons::NOT_IMPLEMENTED_TYPE, NONE),
    (&b::singletons::ELLIPSIS_TYPE, NOTHING),
    (&it::LIST_ITER_TYPE, SEQ_ITER),
    (&it::TUPLE_ITER_TYPE, SEQ_ITER),
    (&it::STR_ITER_TYPE, SEQ_ITER),
    (&it::RANGE_ITER_TYPE, SEQ_ITER),
    (&it::LIST_REVERSE_ITER_TYPE, SEQ_ITER),
    (&it::REVERSED_TYPE, SEQ_ITER),
    (&it::REVERSED_CTOR_TYPE, SEQ_ITER),
    (&it::DICT_REVERSE_KEY_ITER_TYPE, COUNTED_ITER),
    (&it::DICT_REVERSE_VALUE_ITER_TYPE, COUNTED_ITER),
    (&it::DICT_REVERSE_ITEM_ITER_TYPE, COUNTED_ITER),
    (&it::ZIP_TYPE, ZIP),
    (&b::exception_group::BASE_EXCEPTION_GROUP, EXCEPTION_GROUP),
    (&b::exception_group::EXCEPTION_GROUP, EXCEPTION_GROUP),
    (&crate::interp::generator::GENERATOR_TYPE, GENERATOR),
    (&b::bytes::BYTES_ITER_TYPE, SEQ_ITER),
    (&it::DICT_KEY_ITER_TYPE, COUNTED_ITER),
    (&it::DICT_VALUE_ITER_TYPE, COUNTED_ITER),
    (&it::DICT_ITEM_ITER_TYPE, COUNTED_ITER),
    (&it::SET_ITER_TYPE, COUNTED_ITER),
    (&it::ENUMERATE_TYPE, ENUMERATE),
    (&it::DICT_KEYS_TYPE, KEYS_VIEW),
    (&it::DICT_ITEMS_TYPE, KEYS_VIEW),
    (&it::DICT_VALUES_TYPE, VALUES_VIEW),
    (&b::function::BUILTIN_FUNCTION_TYPE, CALLABLE),
    (&b::type_::TYPE_TYPE, TYPE),
    (&b::union_type::UNION_TYPE, UNION),
    (&b::template::TEMPLATE_TYPE, TEMPLATE),
    (&b::type_namespace::MAPPING_PROXY_TYPE, MAPPING_PROXY),
    (&b::structseq::VERSION_INFO_TYPE, STRUCT_SEQ),
    (&b::structseq::FLOAT_INFO_TYPE, STRUCT_SEQ),
    (&b::structseq::INT_INFO_TYPE, STRUCT_SEQ),
    (&b::structseq::HASH_INFO_TYPE, STRUCT_SEQ),
    (&b::structseq::FLAGS_TYPE, STRUCT_SEQ),
    (&b::structseq::THREAD_INFO_TYPE, STRUCT_SEQ),
    (&b::wrapper_objects::METHOD_WRAPPER_TYPE, CALLABLE),
    (&b::wrapper_objects::WRAPPER_DESCRIPTOR_TYPE, CALLABLE),
    (&b::wrapper_objects::METHOD_DESCRIPTOR_TYPE, CALLABLE),
    (&b::exceptions::BASE_EXCEPTION, EXCEPTION),
];

/// The dunders type `t` declares itself, or `None` when it declares nothing (its
/// dunders then follow from its slots).
pub fn declared(t: &'static TypeData) -> Option<&'static [&'static str]> {
    DECLARATIONS.iter().find(|(ty, _)| std::ptr::eq(&ty.body, t)).map(|(_, names)| *names)
}

/// The data attributes (CPython getset and member descriptors) a type defines itself.
/// Their values come from the types' `getattr` slots; this list is what `dir()` shows.
pub fn data_attributes(t: &'static TypeData) -> &'static [&'static str] {
    let is = |ty: &'static TypeObject| std::ptr::eq(t, &ty.body);
    if is(&b::int::INT_TYPE) {
        &["denominator", "imag", "numerator", "real"]
    } else if is(&b::float::FLOAT_TYPE) || is(&b::complex::COMPLEX_TYPE) {
        &["imag", "real"]
    } else if is(&b::range::RANGE_TYPE) || is(&b::slice::SLICE_TYPE) {
        &["start", "step", "stop"]
    } else if is(&b::function::BUILTIN_FUNCTION_TYPE) {
        &["__module__", "__name__", "__qualname__", "__self__", "__text_signature__"]
    } else if is(&b::wrapper_objects::METHOD_WRAPPER_TYPE) {
        &["__name__", "__objclass__", "__qualname__", "__self__", "__text_signature__"]
    } else if is(&b::wrapper_objects::WRAPPER_DESCRIPTOR_TYPE) || is(&b::wrapper_objects::METHOD_DESCRIPTOR_TYPE) {
        &["__name__", "__objclass__", "__qualname__", "__text_signature__"]
    } else if t.kind == crate::object::Kind::Exception {
        b::exceptions::exception_data_attributes(t)
    } else if is(&b::function::FUNCTION_TYPE) {
        &[
            "__builtins__", "__closure__", "__code__", "__defaults__", "__dict__", "__globals__", "__kwdefaults__", "__module__",
            "__name__", "__qualname__", "__type_params__",
        ]
    } else if is(&crate::compiler::code::CODE_TYPE) {
        // The fields braid's code objects answer (CPython has more: `co_code`, `co_consts` ...).
        &[
            "co_argcount", "co_cellvars", "co_filename", "co_firstlineno", "co_freevars", "co_kwonlyargcount", "co_name",
            "co_nlocals", "co_posonlyargcount", "co_qualname", "co_varnames",
        ]
    } else if is(&crate::interp::generator::GENERATOR_TYPE) {
        &["__name__", "__qualname__", "gi_code", "gi_frame", "gi_running", "gi_suspended"]
    } else if is(&b::iterators::DICT_KEYS_TYPE) || is(&b::iterators::DICT_VALUES_TYPE) || is(&b::iterators::DICT_ITEMS_TYPE) {
        &["mapping"]
    } else if is(&b::type_::TYPE_TYPE) {
        crate::builtins::type_::TYPE_DATA_ATTRIBUTES
    } else if is(&b::type_::OBJECT_TYPE) {
        &["__class__", "__doc__"]
    } else {
        &[]
    }
}

/// True when the type sets `__hash__ = None` (mutable containers, set-like dict views).
pub fn hash_is_none(t: &'static TypeData) -> bool {
    use crate::object::Kind;
    matches!(t.kind, Kind::List | Kind::Dict | Kind::Set | Kind::ByteArray)
        || std::ptr::eq(t, &b::iterators::DICT_KEYS_TYPE.body)
        || std::ptr::eq(t, &b::iterators::DICT_ITEMS_TYPE.body)
}

fn no_args(name: &str, args: &[Value], kw: &[Value]) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(PyErr::type_error(format!("{name}() takes no keyword arguments")));
    }
    match args.len() {
        1 => Ok(()),
        n => Err(PyErr::type_error(format!("{name}() takes no arguments ({} given)", n.saturating_sub(1)))),
    }
}

fn one_arg<'a>(name: &str, args: &'a [Value], kw: &[Value]) -> PyResult<&'a Value> {
    if !kw.is_empty() {
        return Err(PyErr::type_error(format!("{name}() takes no keyword arguments")));
    }
    match args {
        [_, x] => Ok(x),
        _ => Err(PyErr::type_error(format!("{name}() takes exactly one argument ({} given)", args.len().saturating_sub(1)))),
    }
}

/// `__reversed__()`: what `reversed(self)` returns.
pub fn reversed(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_args("__reversed__", args, kw)?;
    let ctor = crate::builtins::type_::type_value(&b::iterators::REVERSED_CTOR_TYPE);
    crate::ops::call(vm, &ctor, &args[..1], &[])
}

/// `__length_hint__()` of the iterators: how many items are left.
pub fn length_hint(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_args("__length_hint__", args, kw)?;
    let me = &args[0];
    if let Some(bi) = bytes_iter(me) {
        let len = bytes_like_len(&bi.seq);
        return Ok(new_int(len.saturating_sub(bi.pos.get()) as i64));
    }
    let it = as_iter(me).ok_or_else(|| PyErr::type_error("__length_hint__ expects an iterator"))?;
    let state = it.state.lock(me);
    let left: usize = match &*state {
        IterState::List { seq, index } | IterState::Tuple { seq, index } => seq_len(vm, seq).saturating_sub(*index),
        IterState::Str { seq, pos } => b::str::as_str(seq).map_or(0, |s| s.get(*pos..).map_or(0, |rest| rest.chars().count())),
        IterState::Range { remaining, .. } => *remaining as usize,
        IterState::BigRange { remaining, .. } => {
            let n = b::int::new_bigint(remaining.clone());
            return Ok(n);
        }
        IterState::Reversed { index, .. } => *index,
        IterState::Dict { dict, pos, initial_len, .. } => match b::dict::as_dict(dict) {
            Some(d) if d.len() == *initial_len => d.table().entries.iter().skip(*pos).filter(|e| e.is_some()).count(),
            _ => 0,
        },
        IterState::Set { set, slot, initial_len } => match b::set::as_set(set) {
            Some(s) if s.table().len() == *initial_len => {
                let table = s.table();
                let mut next = *slot;
                let mut n = 0;
                while let Some((after, _, _)) = table.next_from(next) {
                    n += 1;
                    next = after;
                }
                n
            }
            _ => 0,
        },
        _ => return Err(PyErr::type_error(format!("'{}' object has no length hint", me.ty().body.name))),
    };
    Ok(new_int(left as i64))
}

fn seq_len(vm: &mut Vm, seq: &Value) -> usize {
    if let Some(l) = b::list::as_list(seq) {
        return l.items().len();
    }
    if let Some(t) = b::tuple::as_tuple(seq) {
        return t.len();
    }
    crate::ops::len(vm, seq).unwrap_or(0)
}

fn bytes_iter(v: &Value) -> Option<&b::bytes::BytesIterData> {
    if !v.is_small_int() && std::ptr::eq(v.ty(), &b::bytes::BYTES_ITER_TYPE) {
        // SAFETY: objects of BYTES_ITER_TYPE are Obj<BytesIterData>.
        Some(unsafe { v.body_unchecked::<b::bytes::BytesIterData>() })
    } else {
        None
    }
}

fn bytes_like_len(v: &Value) -> usize {
    b::bytes::as_bytes(v).map(<[u8]>::len).or_else(|| b::bytearray::as_bytearray(v).map(|a| a.bytes().len())).unwrap_or(0)
}

/// `__setstate__(state)` (pickling support): for the sequence iterators, moves to
/// position `state`, clamped to the sequence as CPython does; for zip, sets `strict`;
/// for exceptions, sets the attributes of the `state` dict.
pub fn setstate(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let state = one_arg("__setstate__", args, kw)?;
    let me = &args[0];
    if b::exceptions::as_exception(me).is_some() {
        return b::exceptions::exception_setstate(vm, me, state);
    }
    if as_iter(me).is_some_and(|it| matches!(&*it.state.lock(me), IterState::Zip { .. })) {
        // zip's state is its `strict` flag.
        let strict_flag = crate::ops::truthy(vm, state)?;
        if let Some(it) = as_iter(me) {
            if let IterState::Zip { strict, .. } = &mut *it.state.lock(me) {
                *strict = strict_flag;
            }
        }
        return Ok(b::singletons::none());
    }
    let index = b::int::index_i64(state)?.max(0) as usize;
    if let Some(bi) = bytes_iter(me) {
        bi.pos.set(index.min(bytes_like_len(&bi.seq)));
        return Ok(b::singletons::none());
    }
    let it = as_iter(me).ok_or_else(|| PyErr::type_error("__setstate__ expects an iterator"))?;
    let len = match &*it.state.lock(me) {
        IterState::List { seq, .. } | IterState::Tuple { seq, .. } | IterState::Reversed { seq, .. } => Some(seq_len(vm, seq)),
        _ => None,
    };
    let mut state = it.state.lock(me);
    match &mut *state {
        IterState::List { index: i, .. } | IterState::Tuple { index: i, .. } => *i = index.min(len.unwrap_or(0)),
        // The reversed iterator's index counts the items still to yield.
        IterState::Reversed { index: i, .. } => *i = (index + 1).min(len.unwrap_or(0)),
        IterState::Str { seq, pos } => {
            let s = b::str::as_str(seq).unwrap_or("");
            *pos = s.char_indices().nth(index).map_or(s.len(), |(at, _)| at);
        }
        // Skips `index` items from the current position (CPython 3.12+ range iterators).
        IterState::Range { next, remaining, step } => {
            let skip = (index as u64).min(*remaining);
            *next += skip as i64 * *step;
            *remaining -= skip;
        }
        IterState::BigRange { next, remaining, step } => {
            let skip = num_bigint::BigInt::from(index).min(remaining.clone());
            *next += &skip * &*step;
            *remaining -= skip;
        }
        IterState::Done => {}
        _ => return Err(PyErr::type_error(format!("'{}' object does not support __setstate__", me.ty().body.name))),
    }
    Ok(b::singletons::none())
}

/// `generator.__del__()`: finalises the generator (closes it if it is suspended).
pub fn generator_del(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_args("__del__", args, kw)?;
    let close = crate::ops::getattr(vm, &args[0], "close")?;
    crate::ops::call(vm, &close, &[], &[])?;
    Ok(b::singletons::none())
}

/// `bytes.__bytes__()`: the bytes object itself.
pub fn bytes_(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_args("__bytes__", args, kw)?;
    match b::bytes::as_bytes(&args[0]) {
        Some(_) => Ok(args[0].clone()),
        None => Err(PyErr::type_error(format!(
            "descriptor '__bytes__' requires a 'bytes' object but received a '{}'",
            args[0].ty().body.name
        ))),
    }
}

/// `bytearray.__alloc__()`: the bytes allocated for the buffer (capacity plus the
/// trailing NUL CPython keeps).
pub fn alloc(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_args("__alloc__", args, kw)?;
    let a = b::bytearray::as_bytearray(&args[0]).ok_or_else(|| PyErr::type_error("__alloc__ expects a bytearray"))?;
    let cap = a.bytes().capacity();
    Ok(new_int(if cap == 0 { 0 } else { cap as i64 + 1 }))
}

/// `float.__getformat__(typestr)`: the storage format of C doubles and floats.
pub fn getformat(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let which = one_arg("__getformat__", args, kw)?;
    let Some(which) = b::str::as_str(which) else {
        return Err(PyErr::type_error(format!("__getformat__() argument must be str, not {}", which.ty().body.name)));
    };
    match which {
        "double" | "float" => Ok(b::str::new_str(if cfg!(target_endian = "little") { "IEEE, little-endian" } else { "IEEE, big-endian" })),
        _ => Err(PyErr::value_error("__getformat__() argument 1 must be 'double' or 'float'")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_declared_name_resolves() {
        for &(ty, names) in DECLARATIONS {
            for name in names {
                let is_method = ty.body.methods.iter().any(|m| m.name == *name);
                let is_wrapper = crate::builtins::slot_wrappers::SLOT_WRAPPERS.iter().any(|w| w.name == *name);
                assert!(is_method || is_wrapper, "{}.{name} has no implementation", ty.body.name);
            }
        }
    }

    #[test]
    fn float_has_no_bit_operators() {
        let float = &b::float::FLOAT_TYPE.body;
        for name in ["__and__", "__invert__", "__lshift__", "__ror__"] {
            assert!(crate::builtins::slot_wrappers::find(float, name).is_none(), "float.{name}");
        }
        assert!(crate::builtins::slot_wrappers::find(float, "__add__").is_some());
        assert!(crate::builtins::slot_wrappers::find(&b::singletons::BOOL_TYPE.body, "__rshift__").is_some());
    }
}
