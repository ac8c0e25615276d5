//! `super`: attribute lookup that starts after a given class in the MRO of an object's
//! type (or of a class, for `super()` in a classmethod).
//!
//! Zero-argument `super()` in a method is compiled as `super(__class__, self)` (see
//! `compiler/class_def.rs`), so the runtime only sees the two-argument form; a bare
//! `super()` that reaches here ran outside a method and gets CPython's RuntimeError.

use crate::builtin_type;
use crate::builtins::dict::as_dict;
use crate::builtins::str::new_str;
use crate::builtins::type_::{as_type, type_value, OBJECT_TYPE};
use crate::builtins::type_init::{mro_types, type_dict};
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::{Kind, Slots, TypeObject, Value};

/// The body of a super object.
pub struct SuperData {
    /// The class to start after (`__thisclass__`).
    pub this: &'static TypeObject,
    /// The object (`__self__`): an instance of `this`, or a subclass of it.
    pub obj: Option<Value>,
    /// The type whose MRO is searched (`__self_class__`).
    pub obj_type: Option<&'static TypeObject>,
}

builtin_type!(
    SUPER_TYPE,
    "super",
    Kind::Object,
    SuperData,
    Some(&OBJECT_TYPE),
    Slots { new: Some(super_new), getattr: Some(super_getattr), repr: Some(super_repr), traverse: Some(super_traverse), ..Slots::EMPTY },
    &[]
);

fn as_super(v: &Value) -> Option<&SuperData> {
    if !v.is_small_int() && std::ptr::eq(v.ty(), &SUPER_TYPE) {
        // SAFETY: objects of SUPER_TYPE are Obj<SuperData>.
        Some(unsafe { v.body_unchecked::<SuperData>() })
    } else {
        None
    }
}

fn super_new(vm: &mut Vm, _t: &'static TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if !kwnames.is_empty() {
        return Err(PyErr::type_error("super() takes no keyword arguments"));
    }
    let (this, obj) = match args {
        [] => return Err(no_args_error(vm)),
        [t] => (t, None),
        [t, o] => (t, Some(o)),
        _ => return Err(PyErr::type_error(format!("super() expected at most 2 arguments, got {}", args.len()))),
    };
    let this = as_type(this).ok_or_else(|| PyErr::type_error(format!("super() argument 1 must be a type, not {}", this.ty().body.name)))?;
    let obj_type = match obj {
        None => None,
        Some(o) => Some(check_obj(this, o)?),
    };
    Ok(crate::object::alloc(&SUPER_TYPE, SuperData { this, obj: obj.cloned(), obj_type }))
}

/// `super()` that the compiler did not turn into `super(__class__, first)`: CPython's
/// error for the calling frame, which either takes no positional parameter or (having
/// one) is not inside a class.
#[cold]
fn no_args_error(vm: &Vm) -> PyErr {
    // SAFETY: a frame's code pointer is kept alive by the frame's function.
    let argcount = vm.frames.last().map_or(0, |f| unsafe { (*f.code).argcount });
    PyErr::runtime_error(if argcount == 0 { "super(): no arguments" } else { "super(): __class__ cell not found" })
}

/// The type whose MRO `super(this, obj)` searches, or CPython's error.
fn check_obj(this: &'static TypeObject, obj: &Value) -> PyResult<&'static TypeObject> {
    if let Some(t) = as_type(obj) {
        if t.body.is_subtype(&this.body) {
            return Ok(t);
        }
    }
    if obj.ty().body.is_subtype(&this.body) {
        return Ok(obj.ty());
    }
    Err(PyErr::type_error("super(type, obj): obj (instance of ".to_string() + obj.ty().body.name + ") is not an instance or subtype of type (" + this.body.name + ")."))
}

fn super_getattr(vm: &mut Vm, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(s) = as_super(v) else { return Ok(None) };
    match name {
        "__thisclass__" => return Ok(Some(type_value(s.this))),
        "__self__" => return Ok(Some(s.obj.clone().unwrap_or_else(crate::builtins::singletons::none))),
        "__self_class__" => return Ok(Some(s.obj_type.map_or_else(crate::builtins::singletons::none, type_value))),
        "__class__" => return Ok(Some(type_value(&SUPER_TYPE))),
        _ => {}
    }
    let (Some(obj), Some(start)) = (&s.obj, s.obj_type) else { return Ok(None) };
    let found = mro_types(start)
        .skip_while(|t| !std::ptr::eq(*t, s.this))
        .skip(1)
        .find_map(|t| as_dict(type_dict(t)).and_then(|d| d.get_str(name)));
    let Some(d) = found else { return Ok(None) };
    if as_type(obj).is_some_and(|t| std::ptr::eq(t, start)) {
        // `super()` in a classmethod: bound as the class sees it.
        return crate::builtins::attr_lookup::type_attribute_bound(vm, d, obj, start).map(Some);
    }
    crate::builtins::attr_lookup::bind_any(vm, d, obj, start).map(Some)
}

fn super_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let s = as_super(v).ok_or_else(|| PyErr::type_error("expected super"))?;
    let this = super::heap_type::full_name(s.this);
    Ok(new_str(&match (&s.obj, s.obj_type) {
        (Some(o), Some(_)) => {
            let r = crate::ops::repr_string(vm, o)?;
            format!("<super: <class '{this}'>, {r}>")
        }
        _ => format!("<super: <class '{this}'>, NULL>"),
    }))
}

fn super_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(o) = as_super(v).and_then(|s| s.obj.as_ref()) {
        visit(o);
    }
}
