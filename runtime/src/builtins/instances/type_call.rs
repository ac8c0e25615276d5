//! Calling a class: `C(*args, **kw)` runs `C.__new__(C, *args, **kw)` and then, when
//! the result is an instance of `C`, `result.__init__(*args, **kw)` (CPython's
//! `type_call`). Built-in types keep their one-step constructors (`new` slot);
//! classes created at run time take this path.

use crate::builtins::function::as_function;
use crate::builtins::singletons::is_none;
use crate::builtins::type_::type_value;
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::{TypeObject, Value};

use super::dunder_slots::{builtin_base, lookup};

/// `C(*args, **kw)` for a heap type `t`.
pub fn call_heap_type(vm: &mut Vm, t: &'static TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let obj = match lookup(t, "__new__") {
        Some(new) => {
            let f = super::descriptors::staticmethod_func(&new).unwrap_or(new);
            let mut all = Vec::with_capacity(args.len() + 1);
            all.push(type_value(t));
            all.extend_from_slice(args);
            if as_function(&f).is_some() {
                crate::interp::call::call_python_function(vm, &f, &all, kwnames)?
            } else {
                crate::ops::call(vm, &f, &all, kwnames)?
            }
        }
        None => match builtin_base(t).slot(|s| s.new) {
            // list, dict and set take their contents in `__init__` (their `__new__`
            // ignores the arguments), which the class may define differently.
            Some(new) if matches!(t.body.state.solid_kind(), Some(crate::object::Kind::List | crate::object::Kind::Dict | crate::object::Kind::Set)) => {
                super::builtin_layout::adopt(new(vm, t, &[], &[])?, t)
            }
            Some(new) => super::builtin_layout::adopt(new(vm, t, args, kwnames)?, t),
            None => return Err(PyErr::type_error(format!("cannot create '{}' instances", t.body.name))),
        },
    };
    if !obj.ty().body.is_subtype(&t.body) {
        return Ok(obj);
    }
    let init = match lookup(obj.ty(), "__init__") {
        Some(f) => Some(f),
        // The built-in base's `__init__` (exceptions store their args, object checks
        // for stray arguments).
        None if !args.is_empty() && builtin_base(obj.ty()).kind != crate::object::Kind::Object => crate::builtins::attr_lookup::type_lookup(obj.ty(), "__init__"),
        None => None,
    };
    if let Some(init) = init {
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(obj.clone());
        all.extend_from_slice(args);
        let r = if as_function(&init).is_some() {
            crate::interp::call::call_python_function(vm, &init, &all, kwnames)?
        } else {
            let bound = crate::builtins::attr_lookup::bind(vm, init, &obj)?;
            crate::ops::call(vm, &bound, args, kwnames)?
        };
        if !is_none(&r) {
            return Err(PyErr::type_error(format!("__init__() should return None, not '{}'", r.ty().body.name)));
        }
    }
    Ok(obj)
}

/// `C(...)` that the interpreter can run inline: `C` is a class with the default
/// metaclass, `object.__new__` and a Python `__init__`. Returns the new instance and
/// the `__init__` to run on it.
#[inline]
pub fn inline_init(f: &Value) -> Option<(Value, Value)> {
    if f.is_small_int() || !std::ptr::eq(f.ty(), &crate::builtins::type_::TYPE_TYPE) {
        return None;
    }
    let t = crate::builtins::type_::as_type(f)?;
    if !t.body.state.is_heap() || t.body.kind != crate::object::Kind::Instance || t.body.state.ext_offset() == 0 {
        return None;
    }
    if lookup(t, "__new__").is_some() || !std::ptr::eq(builtin_base(t), &crate::builtins::type_::OBJECT_TYPE.body) {
        return None;
    }
    let init = lookup(t, "__init__").filter(|i| as_function(i).is_some())?;
    Some((super::heap_type::alloc_plain_instance(t), init))
}

/// `object.__new__(t)` for a heap type `t` (the argument rules are CPython's
/// `object_new`: extra arguments are an error unless the class defines `__init__` and
/// not `__new__`).
pub fn object_new_heap(t: &'static TypeObject, nargs: usize) -> PyResult<Value> {
    use super::heap_type::heap_defines;
    if nargs > 0 {
        if heap_defines(t, "__new__") {
            return Err(PyErr::type_error("object.__new__() takes exactly one argument (the type to instantiate)"));
        }
        if !heap_defines(t, "__init__") {
            return Err(PyErr::type_error(format!("{}() takes no arguments", t.body.name)));
        }
    }
    if t.body.state.ext_offset() == 0 {
        return Err(PyErr::type_error(format!("object.__new__({}) is not safe, use {}.__new__()", t.body.name, builtin_base(t).name)));
    }
    Ok(super::heap_type::alloc_plain_instance(t))
}
