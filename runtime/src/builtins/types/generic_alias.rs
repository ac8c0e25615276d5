//! `types.GenericAlias`: what `list[int]`, `dict[str, list[int]]` and `type[int]`
//! evaluate to (PEP 585).
//!
//! Subscripting a built-in class calls its `__class_getitem__` (declared per type in
//! `type_dunders`, bound to the class), which wraps the class and the subscript in an
//! alias. The alias remembers `__origin__` and `__args__`, prints itself the way type
//! hints are written, compares by origin and arguments, and is callable (it builds an
//! instance of the origin). Every other attribute is forwarded to the origin
//! (`list[int].append` is `list.append`), as CPython's `ga_getattro` does. braid has no
//! `TypeVar` yet, so aliases never have parameters and substitution always fails with
//! CPython's "not a generic class" error.

use crate::builtin_type;
use crate::builtins::singletons::py_bool;
use crate::builtins::str::new_str;
use crate::builtins::tuple::{as_tuple, new_tuple};
use crate::builtins::type_::{as_type, type_value};
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::{CompareOp, Kind, Slots, Value};

/// The body of a generic alias.
pub struct GenericAliasData {
    /// `__origin__`: the subscripted class.
    pub origin: Value,
    /// `__args__`: always a tuple.
    pub args: Value,
}

builtin_type!(
    GENERIC_ALIAS_TYPE,
    "types.GenericAlias",
    Kind::Object,
    GenericAliasData,
    Some(&crate::builtins::type_::OBJECT_TYPE),
    Slots {
        repr: Some(alias_repr),
        hash: Some(alias_hash),
        compare: Some(alias_compare),
        call: Some(alias_call),
        getattr: Some(alias_getattr),
        getitem: Some(alias_getitem),
        binop: Some(alias_binop),
        ..Slots::EMPTY
    },
    &[]
);

/// The alias body, if `v` is a generic alias.
pub fn as_alias(v: &Value) -> Option<&GenericAliasData> {
    if !v.is_small_int() && std::ptr::eq(v.ty(), &GENERIC_ALIAS_TYPE) {
        // SAFETY: objects of GENERIC_ALIAS_TYPE are Obj<GenericAliasData>.
        Some(unsafe { v.body_unchecked::<GenericAliasData>() })
    } else {
        None
    }
}

/// `origin[item]`: a new alias (a tuple subscript gives several arguments).
pub fn new_alias(origin: Value, item: &Value) -> Value {
    let args = if as_tuple(item).is_some() { item.clone() } else { new_tuple(vec![item.clone()]) };
    crate::object::alloc(&GENERIC_ALIAS_TYPE, GenericAliasData { origin, args })
}

/// `cls.__class_getitem__(item)`; `args[0]` is the class the method is bound to.
pub fn class_getitem(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(PyErr::type_error("__class_getitem__() takes no keyword arguments"));
    }
    match args {
        [cls, item] => Ok(new_alias(cls.clone(), item)),
        _ => Err(PyErr::type_error(format!(
            "__class_getitem__() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        ))),
    }
}

/// How one argument prints inside `origin[...]` (and a union member): classes by
/// qualified name, `...` as is.
pub fn write_arg(vm: &mut Vm, v: &Value, out: &mut String) -> PyResult<()> {
    if std::ptr::eq(v.ty(), &crate::builtins::singletons::ELLIPSIS_TYPE) {
        out.push_str("...");
        return Ok(());
    }
    if let Some(t) = as_type(v) {
        if t.body.state.is_heap() {
            // `module.qualname`, as `type.__repr__` without the brackets.
            out.push_str(&crate::builtins::instances::heap_type::full_name(t));
            return Ok(());
        }
        let name = crate::builtins::template::short_type_name(&t.body);
        match t.body.name.rsplit_once('.') {
            Some((module, _)) => out.push_str(&format!("{module}.{name}")),
            None => out.push_str(name),
        }
        return Ok(());
    }
    if let Some(items) = crate::builtins::list::as_list(v).map(|l| l.items().clone()) {
        out.push('[');
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            write_arg(vm, x, out)?;
        }
        out.push(']');
        return Ok(());
    }
    out.push_str(&crate::ops::repr_string(vm, v)?);
    Ok(())
}

fn alias_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let a = as_alias(v).ok_or_else(|| PyErr::type_error("expected GenericAlias"))?;
    let mut out = String::new();
    write_arg(vm, &a.origin, &mut out)?;
    out.push('[');
    let args = as_tuple(&a.args).map(<[Value]>::to_vec).unwrap_or_default();
    if args.is_empty() {
        out.push_str("()");
    }
    for (i, x) in args.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write_arg(vm, x, &mut out)?;
    }
    out.push(']');
    Ok(new_str(&out))
}

fn alias_hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let a = as_alias(v).ok_or_else(|| PyErr::type_error("expected GenericAlias"))?;
    Ok(crate::ops::hash(vm, &a.origin)? ^ crate::ops::hash(vm, &a.args)?)
}

fn alias_compare(vm: &mut Vm, v: &Value, other: &Value, op: CompareOp) -> PyResult<Option<Value>> {
    let (Some(a), Some(b)) = (as_alias(v), as_alias(other)) else { return Ok(None) };
    let equal = match op {
        CompareOp::Eq | CompareOp::Ne => crate::ops::eq(vm, &a.origin, &b.origin)? && crate::ops::eq(vm, &a.args, &b.args)?,
        _ => return Ok(None),
    };
    Ok(Some(py_bool(equal == (op == CompareOp::Eq))))
}

fn alias_call(vm: &mut Vm, v: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = as_alias(v).ok_or_else(|| PyErr::type_error("expected GenericAlias"))?;
    let origin = a.origin.clone();
    crate::ops::call(vm, &origin, args, kwnames)
}

fn alias_getattr(vm: &mut Vm, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let a = as_alias(v).ok_or_else(|| PyErr::type_error("expected GenericAlias"))?;
    match name {
        "__origin__" => Ok(Some(a.origin.clone())),
        "__args__" => Ok(Some(a.args.clone())),
        "__parameters__" => Ok(Some(new_tuple(Vec::new()))),
        "__unpacked__" => Ok(Some(py_bool(false))),
        "__class__" => Ok(Some(type_value(&GENERIC_ALIAS_TYPE))),
        // Everything else comes from the origin.
        _ => {
            let origin = a.origin.clone();
            crate::ops::getattr_opt(vm, &origin, name)
        }
    }
}

/// `list[int] | None`: a union.
fn alias_binop(vm: &mut Vm, op: crate::object::BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if op != crate::object::BinOp::Or {
        return Ok(None);
    }
    crate::builtins::union_type::join(vm, a, b)
}

fn alias_getitem(vm: &mut Vm, v: &Value, _key: &Value) -> PyResult<Value> {
    let text = crate::ops::repr_string(vm, v)?;
    Err(PyErr::type_error(format!("{text} is not a generic class")))
}

/// The error `isinstance`/`issubclass` raise for an alias as their second argument.
pub fn check_not_alias(cls: &Value, fname: &str) -> PyResult<()> {
    if as_alias(cls).is_some() {
        return Err(PyErr::type_error(format!("{fname}() argument 2 cannot be a parameterized generic")));
    }
    Ok(())
}
