//! Callables: Python functions, built-in functions/methods, bound methods, cells.
//!
//! A Python function is code + globals + defaults + closure cells; calling it from the
//! interpreter pushes a frame (no Rust recursion, see `interp::call`). Built-in
//! functions wrap a [`NativeFn`]; a built-in *method* is the same object with `self`
//! bound. Bound methods of Python functions arrive with user classes.

use crate::object::Locked;

use crate::builtin_type;
use crate::builtins::str::{as_str, new_str};
use crate::compiler::code::CodeData;
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::{Kind, NativeFn, Slots, Value};

/// A Python function.
pub struct FunctionData {
    /// The code object.
    pub code: Value,
    /// Module globals.
    pub globals: Value,
    /// `__name__`.
    pub name: Locked<Value>,
    /// `__qualname__`.
    pub qualname: Locked<Value>,
    /// Positional defaults (for the last parameters).
    pub defaults: Locked<Vec<Value>>,
    /// Keyword-only defaults: (name, value).
    pub kwdefaults: Locked<Vec<(Value, Value)>>,
    /// Closure cells, in the code's free-variable order.
    pub closure: Vec<Value>,
    /// `__dict__` (function attributes), created on first store.
    pub dict: Locked<Option<Value>>,
    /// `__doc__`.
    pub doc: Locked<Value>,
    /// `__annotate__` (PEP 649): the compiler-generated annotate function, or `None`.
    pub annotate: Locked<Option<Value>>,
    /// `__annotations__` once computed or assigned (see `instances::annotations`).
    pub annotations: Locked<Option<Value>>,
}

builtin_type!(
    FUNCTION_TYPE,
    "function",
    Kind::Function,
    FunctionData,
    Some(&crate::builtins::type_::OBJECT_TYPE),
    Slots {
        repr: Some(function_repr),
        traverse: Some(crate::builtins::gc_slots::function_traverse),
        clear: Some(crate::builtins::gc_slots::function_clear),
        hash: Some(crate::builtins::type_::identity_hash),
        call: Some(function_call),
        getattr: Some(function_getattr),
        setattr: Some(function_setattr),
        new: Some(function_new),
        ..Slots::EMPTY
    },
    &[crate::object::MethodDef::method("__get__", function_get)]
);

/// `types.FunctionType(code, globals, name=None, argdefs=None, closure=None,
/// kwdefaults=None)`: a function over an existing code object (annotationlib runs an
/// annotate function's code with other globals and cells this way).
fn function_new(_vm: &mut Vm, _t: &'static crate::object::TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    use crate::builtins::singletons::is_none;
    const PARAMS: [&str; 6] = ["code", "globals", "name", "argdefs", "closure", "kwdefaults"];
    let a = crate::modules::args::bind("function", args, kwnames, &PARAMS, 0, 6, 2)?;
    let (code, globals) = (a[0].clone().expect("required"), a[1].clone().expect("required"));
    let c = crate::compiler::code::as_code(&code).ok_or_else(|| PyErr::type_error(format!("function() argument 'code' must be code, not {}", code.ty().body.name)))?;
    if crate::builtins::dict::as_dict(&globals).is_none() {
        return Err(PyErr::type_error(format!("function() argument 'globals' must be dict, not {}", globals.ty().body.name)));
    }
    let given = |i: usize| a[i].clone().filter(|v| !is_none(v));
    let none = crate::builtins::singletons::none;
    let closure = given(4).unwrap_or_else(none);
    let cells = if is_none(&closure) { &[][..] } else { crate::builtins::tuple::as_tuple(&closure).ok_or_else(|| PyErr::type_error("arg 5 (closure) must be None or tuple"))? };
    if cells.len() != c.freenames.len() {
        return Err(PyErr::value_error(format!("{} requires closure of length {}, not {}", c.name, c.freenames.len(), cells.len())));
    }
    if let Some(bad) = cells.iter().find(|x| as_cell(x).is_none()) {
        return Err(PyErr::type_error(format!("arg 5 (closure) expected cell, found {}", bad.ty().body.name)));
    }
    let defaults = given(3).unwrap_or_else(none);
    if !is_none(&defaults) && crate::builtins::tuple::as_tuple(&defaults).is_none() {
        return Err(PyErr::type_error("arg 4 (defaults) must be None or tuple"));
    }
    let kwdefaults = given(5).unwrap_or_else(none);
    if !is_none(&kwdefaults) && crate::builtins::dict::as_dict(&kwdefaults).is_none() {
        return Err(PyErr::type_error("arg 6 (kwdefaults) must be None or dict"));
    }
    let f = crate::interp::op_names::make_function(code.clone(), globals, &defaults, &kwdefaults, &closure)?;
    if let Some(name) = given(2) {
        if as_str(&name).is_none() {
            return Err(PyErr::type_error("arg 3 (name) must be None or string"));
        }
        *as_function(&f).expect("new function").name.lock(&f) = name;
    }
    Ok(f)
}

/// `f.__get__(obj, type=None)`: a method bound to `obj`, or `f` itself for `None`.
fn function_get(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = args.first().ok_or_else(|| PyErr::type_error("__get__ needs an argument"))?;
    match args.get(1) {
        Some(obj) if !crate::builtins::singletons::is_none(obj) => Ok(crate::builtins::instances::bound_method::new_bound_method(f.clone(), obj.clone())),
        Some(_) if args.len() < 3 || crate::builtins::singletons::is_none(&args[2]) => Err(PyErr::type_error("__get__(None, None) is invalid")),
        _ => Ok(f.clone()),
    }
}

/// The function body, if `v` is a Python function.
#[inline(always)]
pub fn as_function(v: &Value) -> Option<&FunctionData> {
    if !v.is_small_int() && v.ty().body.kind == Kind::Function {
        // SAFETY: Kind::Function objects are Obj<FunctionData>.
        Some(unsafe { v.body_unchecked::<FunctionData>() })
    } else {
        None
    }
}

impl FunctionData {
    /// The code object's body.
    #[inline(always)]
    pub fn code(&self) -> &CodeData {
        // SAFETY: `code` is only ever set (by MAKE_FUNCTION) to a code object, whose
        // body is CodeData; the function keeps it alive.
        unsafe { self.code.body_unchecked::<CodeData>() }
    }
}

fn function_repr(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let f = as_function(v).ok_or_else(|| PyErr::type_error("expected function"))?;
    let q = f.qualname.lock(v).clone();
    Ok(new_str(&format!("<function {} at {:#x}>", as_str(&q).unwrap_or("?"), v.raw())))
}

fn function_call(vm: &mut Vm, f: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    crate::interp::call::call_python_function(vm, f, args, kwnames)
}

fn function_getattr(_vm: &mut Vm, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let f = as_function(v).ok_or_else(|| PyErr::type_error("expected function"))?;
    Ok(match name {
        "__name__" => Some(f.name.lock(v).clone()),
        "__qualname__" => Some(f.qualname.lock(v).clone()),
        "__code__" => Some(f.code.clone()),
        "__globals__" => Some(f.globals.clone()),
        "__defaults__" => Some({
            let defaults = f.defaults.lock(v).clone();
            if defaults.is_empty() {
                crate::builtins::singletons::none()
            } else {
                crate::builtins::tuple::new_tuple(defaults)
            }
        }),
        "__kwdefaults__" => Some({
            let kwdefaults = f.kwdefaults.lock(v).clone();
            if kwdefaults.is_empty() {
                crate::builtins::singletons::none()
            } else {
            let d = crate::builtins::dict::new_dict();
            if let Some(dd) = crate::builtins::dict::as_dict(&d) {
                for (k, v) in kwdefaults.iter() {
                    dd.set_str(as_str(k).unwrap_or(""), v.clone());
                }
            }
            d
            }
        }),
        "__doc__" => Some(f.doc.lock(v).clone()),
        "__closure__" => Some(if f.closure.is_empty() {
            crate::builtins::singletons::none()
        } else {
            crate::builtins::tuple::new_tuple(f.closure.clone())
        }),
        "__module__" => crate::builtins::dict::as_dict(&f.globals).and_then(|g| g.get_str("__name__")),
        "__dict__" => Some(function_dict(v, f)),
        "__annotate__" => Some(f.annotate.lock(v).clone().unwrap_or_else(crate::builtins::singletons::none)),
        "__annotations__" => Some(crate::builtins::instances::annotations::function_annotations(_vm, v, f)?),
        "__builtins__" => Some(crate::builtins::instances::annotations::function_builtins(_vm, f)),
        _ => f.dict.lock(v).clone().as_ref().and_then(crate::builtins::dict::as_dict).and_then(|d| d.get_str(name)),
    })
}

fn function_dict(v: &Value, f: &FunctionData) -> Value {
    f.dict.lock(v).get_or_insert_with(crate::builtins::dict::new_dict).clone()
}

fn function_setattr(vm: &mut Vm, v: &Value, name: &str, value: Option<Value>) -> PyResult<()> {
    let f = as_function(v).ok_or_else(|| PyErr::type_error("expected function"))?;
    match (name, value) {
        ("__name__" | "__qualname__", Some(val)) => {
            if as_str(&val).is_none() {
                return Err(PyErr::type_error(format!("{name} must be set to a string object")));
            }
            *(if name == "__name__" { &f.name } else { &f.qualname }).lock(v) = val;
        }
        ("__defaults__", Some(val)) => {
            let items = if crate::builtins::singletons::is_none(&val) {
                Vec::new()
            } else {
                crate::builtins::tuple::as_tuple(&val)
                    .ok_or_else(|| PyErr::type_error("__defaults__ must be set to a tuple object"))?
                    .to_vec()
            };
            *f.defaults.lock(v) = items;
        }
        ("__kwdefaults__", Some(val)) => {
            let items = if crate::builtins::singletons::is_none(&val) {
                Vec::new()
            } else {
                crate::builtins::dict::as_dict(&val)
                    .ok_or_else(|| PyErr::type_error("__kwdefaults__ must be set to a dict object"))?
                    .items()
            };
            *f.kwdefaults.lock(v) = items;
        }
        ("__defaults__", None) => f.defaults.lock(v).clear(),
        ("__kwdefaults__", None) => f.kwdefaults.lock(v).clear(),
        ("__doc__", Some(val)) => *f.doc.lock(v) = val,
        ("__annotate__" | "__annotations__", val) => return crate::builtins::instances::annotations::set_function_annotations(v, f, name, val),
        (_, Some(val)) => {
            let d = function_dict(v, f);
            if let Some(d) = crate::builtins::dict::as_dict(&d) {
                d.set_str(name, val);
            }
        }
        (_, None) => {
            let d = function_dict(v, f);
            let removed = match crate::builtins::dict::as_dict(&d) {
                Some(d) => d.remove(vm, &new_str(name))?,
                None => None,
            };
            if removed.is_none() {
                return Err(crate::ops::attribute_error(v, name));
            }
        }
    }
    Ok(())
}

/// A built-in function or method.
pub struct BuiltinFunctionData {
    /// `__name__`.
    pub name: &'static str,
    /// Implementation.
    pub func: NativeFn,
    /// Bound `self` for methods.
    pub bound_self: Option<Value>,
    /// For a method taken from its type (`list.append`): the type `args[0]` must be an
    /// instance of (method bodies rely on it).
    pub self_type: Option<&'static crate::object::TypeObject>,
}

builtin_type!(
    BUILTIN_FUNCTION_TYPE,
    "builtin_function_or_method",
    Kind::BuiltinFunction,
    BuiltinFunctionData,
    Some(&crate::builtins::type_::OBJECT_TYPE),
    Slots {
        repr: Some(builtin_repr),
        traverse: Some(crate::builtins::gc_slots::builtin_traverse),
        hash: Some(crate::builtins::wrapper_objects::builtin_hash),
        compare: Some(crate::builtins::wrapper_objects::builtin_compare),
        call: Some(builtin_call),
        getattr: Some(builtin_getattr),
        ..Slots::EMPTY
    },
    &[]
);

fn builtin_getattr(vm: &mut Vm, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let b = as_builtin(v).ok_or_else(|| PyErr::type_error("expected builtin"))?;
    if b.bound_self.is_none() && b.self_type.is_none() && matches!(name, "__self__" | "__module__") {
        // A module-level function: its module, as CPython binds it (`len.__self__`).
        let module = crate::builtins::type_namespace::module_defining(vm, v);
        return Ok(Some(match (name, module) {
            ("__self__", Some(m)) => m,
            ("__module__", Some(m)) => crate::builtins::module::as_module(&m).map_or_else(crate::builtins::singletons::none, |md| new_str(&md.name)),
            _ => crate::builtins::singletons::none(),
        }));
    }
    Ok(match name {
        "__name__" => Some(new_str(b.name)),
        "__qualname__" => Some(new_str(&match &b.bound_self {
            Some(s) => format!("{}.{}", s.ty().body.name, b.name),
            None => b.name.to_string(),
        })),
        "__self__" => Some(b.bound_self.clone().unwrap_or_else(crate::builtins::singletons::none)),
        "__module__" if b.bound_self.is_none() => Some(new_str("builtins")),
        _ => None,
    })
}

/// A new built-in function (or method, when `bound_self` is set).
pub fn new_builtin_function(name: &'static str, func: NativeFn, bound_self: Option<Value>) -> Value {
    crate::object::alloc(&BUILTIN_FUNCTION_TYPE, BuiltinFunctionData { name, func, bound_self, self_type: None })
}

/// An unbound method of a built-in type (`list.append`): calls check the receiver.
pub fn new_unbound_method(name: &'static str, func: NativeFn, owner: &'static crate::object::TypeObject) -> Value {
    crate::builtins::wrapper_objects::new_method_descriptor(name, func, owner)
}

/// The body, if `v` is a built-in function.
#[inline(always)]
pub fn as_builtin(v: &Value) -> Option<&BuiltinFunctionData> {
    if !v.is_small_int() && v.ty().body.kind == Kind::BuiltinFunction {
        // SAFETY: Kind::BuiltinFunction objects are Obj<BuiltinFunctionData>.
        Some(unsafe { v.body_unchecked::<BuiltinFunctionData>() })
    } else {
        None
    }
}

fn builtin_repr(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let b = as_builtin(v).ok_or_else(|| PyErr::type_error("expected builtin"))?;
    Ok(new_str(&match (&b.bound_self, b.self_type) {
        (Some(s), _) => format!("<built-in method {} of {} object at {:#x}>", b.name, s.ty().body.name, s.raw()),
        (None, Some(owner)) => format!("<method '{}' of '{}' objects>", b.name, owner.body.name),
        (None, None) => format!("<built-in function {}>", b.name),
    }))
}

/// Calls a built-in function, method or slot wrapper (checks an unbound method's receiver).
pub(crate) fn builtin_call(vm: &mut Vm, f: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let b = as_builtin(f).ok_or_else(|| PyErr::type_error("expected builtin"))?;
    if let Some(owner) = b.self_type {
        let npos = args.len() - kwnames.len();
        match args.first().filter(|_| npos > 0) {
            Some(recv) if recv.ty().body.is_subtype(&owner.body) => {}
            Some(recv) => {
                return Err(PyErr::type_error(format!(
                    "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                    b.name,
                    owner.body.name,
                    recv.ty().body.name
                )))
            }
            None if std::ptr::eq(f.ty(), &crate::builtins::wrapper_objects::WRAPPER_DESCRIPTOR_TYPE) => {
                return Err(PyErr::type_error(format!("descriptor '{}' of '{}' object needs an argument", b.name, owner.body.name)));
            }
            None => {
                return Err(PyErr::type_error(format!("unbound method {}.{}() needs an argument", owner.body.name, b.name)));
            }
        }
    }
    match &b.bound_self {
        None => (b.func)(vm, args, kwnames),
        Some(s) => {
            let mut full = Vec::with_capacity(args.len() + 1);
            full.push(s.clone());
            full.extend_from_slice(args);
            (b.func)(vm, &full, kwnames)
        }
    }
}

/// A cell holding a variable shared between a function and its closures.
pub struct CellData {
    /// The value, `None` when unbound.
    pub value: Locked<Option<Value>>,
}

builtin_type!(
    CELL_TYPE,
    "cell",
    Kind::Cell,
    CellData,
    Some(&crate::builtins::type_::OBJECT_TYPE),
    Slots {
        hash: Some(crate::builtins::type_::identity_hash),
        getattr: Some(cell_getattr),
        traverse: Some(crate::builtins::gc_slots::cell_traverse),
        clear: Some(crate::builtins::gc_slots::cell_clear),
        new: Some(cell_new),
        ..Slots::EMPTY
    },
    &[]
);

fn cell_getattr(_vm: &mut Vm, v: &Value, name: &str) -> PyResult<Option<Value>> {
    if name != "cell_contents" {
        return Ok(None);
    }
    match as_cell(v).and_then(|c| c.value.lock(v).clone()) {
        Some(x) => Ok(Some(x)),
        None => Err(PyErr::value_error("Cell is empty")),
    }
}

/// `types.CellType([contents])`.
fn cell_new(_vm: &mut Vm, _t: &'static crate::object::TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    crate::modules::args::no_keywords("cell", kwnames)?;
    match args {
        [] => Ok(new_cell(None)),
        [x] => Ok(new_cell(Some(x.clone()))),
        _ => Err(PyErr::type_error(format!("cell expected at most 1 argument, got {}", args.len()))),
    }
}

/// A new cell.
pub fn new_cell(value: Option<Value>) -> Value {
    crate::object::alloc(&CELL_TYPE, CellData { value: Locked::new(value) })
}

/// The cell body (the interpreter only creates cells in cell slots).
#[inline(always)]
pub fn as_cell(v: &Value) -> Option<&CellData> {
    if !v.is_small_int() && v.ty().body.kind == Kind::Cell {
        // SAFETY: Kind::Cell objects are Obj<CellData>.
        Some(unsafe { v.body_unchecked::<CellData>() })
    } else {
        None
    }
}
