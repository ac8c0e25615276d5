//! Opcode family: names — globals with their inline cache, cells, methods, functions.

use std::sync::atomic::Ordering;

use crate::builtins::dict::as_dict;
use crate::builtins::function::{as_cell, FunctionData, FUNCTION_TYPE};
use crate::builtins::singletons::is_none;
use crate::builtins::str::{as_str, as_str_data, str_hash};
use crate::builtins::tuple::as_tuple;
use crate::compiler::code::{as_code, CodeData, Reg};
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::Value;

/// UnboundLocalError / NameError for reading an empty slot.
#[cold]
pub fn unbound_error(code: &CodeData, slot: Reg) -> PyErr {
    let name = code.slot_name(slot);
    if code.free_slots.contains(&slot) {
        return PyErr::new(
            &crate::builtins::exceptions::NAME_ERROR,
            format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
        );
    }
    PyErr::new(
        &crate::builtins::exceptions::UNBOUND_LOCAL_ERROR,
        format!("cannot access local variable '{name}' where it is not associated with a value"),
    )
}

const BUILTIN_FLAG: u64 = 1 << 20;
const INDEX_MASK: u64 = BUILTIN_FLAG - 1;

/// Loads a global (then builtin) through the per-instruction (dict version, index) cache.
#[inline]
pub fn load_global(vm: &mut Vm, code: &CodeData, globals: &Value, pc: usize, name: u32) -> PyResult<Value> {
    let g = as_dict(globals).ok_or_else(|| PyErr::type_error("globals must be a dict"))?;
    let cache = &code.caches[pc];
    let name_v = &code.names[name as usize];
    let gver = g.version();
    if cache[0].load(Ordering::Relaxed) == gver {
        let w = cache[1].load(Ordering::Relaxed);
        let idx = (w & INDEX_MASK) as usize;
        if w & BUILTIN_FLAG == 0 {
            if let Some(Some(e)) = g.table().entries.get(idx) {
                if e.key.is(name_v) || as_str(&e.key) == as_str(name_v) {
                    return Ok(e.value.clone());
                }
            }
        } else if let Some(b) = vm.builtins().and_then(as_dict) {
            if (w >> 21) == (b.version() & ((1 << 43) - 1)) {
                if let Some(Some(e)) = b.table().entries.get(idx) {
                    if e.key.is(name_v) || as_str(&e.key) == as_str(name_v) {
                        return Ok(e.value.clone());
                    }
                }
            }
        }
    }
    load_global_slow(vm, code, g, gver, pc, name_v)
}

#[cold]
fn load_global_slow(vm: &mut Vm, code: &CodeData, g: &crate::builtins::dict::DictData, gver: u64, pc: usize, name_v: &Value) -> PyResult<Value> {
    let name = as_str(name_v).unwrap_or("");
    let h = as_str_data(name_v).map_or(0, str_hash);
    let cache = &code.caches[pc];
    if let Some(idx) = g.table().find_str(name, h) {
        if (idx as u64) < BUILTIN_FLAG {
            cache[0].store(gver, Ordering::Relaxed);
            cache[1].store(idx as u64, Ordering::Relaxed);
        }
        return Ok(g.table().entries[idx].as_ref().map(|e| e.value.clone()).expect("found entry"));
    }
    // The frame's builtins: `globals['__builtins__']` (a dict or a module), else the
    // interpreter's.
    let frame_builtins = g.get_str("__builtins__").map(|b| match crate::builtins::module::as_module(&b) {
        Some(m) => m.dict.clone(),
        None => b,
    });
    let builtins = frame_builtins.or_else(|| vm.builtins().cloned());
    if let Some(b) = builtins.as_ref().and_then(as_dict) {
        if let Some(idx) = b.table().find_str(name, h) {
            if (idx as u64) < BUILTIN_FLAG {
                cache[0].store(gver, Ordering::Relaxed);
                cache[1].store(((b.version() & ((1 << 43) - 1)) << 21) | BUILTIN_FLAG | idx as u64, Ordering::Relaxed);
            }
            return Ok(b.table().entries[idx].as_ref().map(|e| e.value.clone()).expect("found entry"));
        }
    }
    let e = PyErr::new(&crate::builtins::exceptions::NAME_ERROR, format!("name '{name}' is not defined"));
    crate::builtins::exceptions::set_extra(&e.exc, "name", name_v.clone());
    Err(e)
}

/// Looks a name up in an `exec`/`eval` locals mapping.
pub fn load_local_mapping(vm: &mut Vm, locals: &Value, name: &Value) -> PyResult<Option<Value>> {
    if let Some(d) = as_dict(locals) {
        return d.get(vm, name);
    }
    match crate::ops::getitem(vm, locals, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.matches(&crate::builtins::exceptions::KEY_ERROR) => Ok(None),
        Err(e) => Err(e),
    }
}

/// Stores (or deletes, with `None`) a global.
pub fn store_global(vm: &mut Vm, code: &CodeData, globals: &Value, name: u32, value: Option<Value>) -> PyResult<()> {
    let g = as_dict(globals).ok_or_else(|| PyErr::type_error("globals must be a dict"))?;
    let key = code.names[name as usize].clone();
    match value {
        Some(v) => g.set(vm, key, v),
        None => match g.remove(vm, &key)? {
            Some(_) => Ok(()),
            None => Err(PyErr::new(
                &crate::builtins::exceptions::NAME_ERROR,
                format!("name '{}' is not defined", as_str(&key).unwrap_or("")),
            )),
        },
    }
}

/// Reads a cell's content.
#[inline]
pub fn load_deref(code: &CodeData, cell: &Value, slot: Reg) -> PyResult<Value> {
    match as_cell(cell).and_then(|c| c.value.lock(cell).clone()) {
        Some(v) => Ok(v),
        None => Err(unbound_error(code, slot)),
    }
}

/// Writes a cell's content.
#[inline]
pub fn store_deref(cell: &Value, value: Option<Value>) {
    if let Some(c) = as_cell(cell) {
        *c.value.lock(cell) = value;
    }
}

fn method_objects() -> &'static std::sync::Mutex<std::collections::HashMap<usize, usize>> {
    static MAP: std::sync::OnceLock<std::sync::Mutex<std::collections::HashMap<usize, usize>>> = std::sync::OnceLock::new();
    MAP.get_or_init(Default::default)
}

/// The immortal unbound built-in function object for a method table entry.
fn method_object(m: &'static crate::object::MethodDef) -> Value {
    let mut map = method_objects().lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let key = m as *const _ as usize;
    if let Some(&raw) = map.get(&key) {
        // SAFETY: the object was made immortal when inserted and is never freed.
        return unsafe { Value::from_raw(raw) };
    }
    let f = crate::builtins::function::new_builtin_function(m.name, m.func, None);
    if let Some(h) = f.header() {
        h.make_immortal();
    }
    let raw = f.into_raw();
    map.insert(key, raw);
    // SAFETY: immortal, so this copy needs no reference.
    unsafe { Value::from_raw(raw) }
}

/// `obj.name` for a call: returns (callable, self-or-None). Built-in methods are found
/// through a per-instruction cache keyed by the type, and called unbound with `self`
/// as the first argument, so no bound-method object is allocated.
pub fn load_method(vm: &mut Vm, code: &CodeData, pc: usize, obj: &Value, name: u32) -> PyResult<(Value, Option<Value>)> {
    let ty = obj.ty();
    let ty_key = ty as *const _ as u64;
    let cache = &code.caches[pc];
    if cache[0].load(Ordering::Relaxed) == ty_key {
        let raw = cache[1].load(Ordering::Relaxed) as usize;
        if raw != 0 {
            // SAFETY: cached method objects are immortal.
            return Ok((unsafe { Value::from_raw(raw) }, Some(obj.clone())));
        }
    }
    let n = as_str(&code.names[name as usize]).unwrap_or("");
    // Instance attributes (modules, types) take precedence over type methods.
    if let Some(f) = ty.body.slot(|s| s.getattr) {
        if let Some(v) = f(vm, obj, n)? {
            return Ok((v, None));
        }
    }
    if let Some(m) = ty.body.find_method(n) {
        let f = method_object(m);
        if m.is_static {
            return Ok((f, None));
        }
        cache[0].store(ty_key, Ordering::Relaxed);
        cache[1].store(f.raw() as u64, Ordering::Relaxed);
        return Ok((f, Some(obj.clone())));
    }
    match crate::ops::getattr_opt(vm, obj, n)? {
        Some(v) => Ok((v, None)),
        None => Err(crate::ops::attribute_error(obj, n)),
    }
}

/// MAKE_FUNCTION.
pub fn make_function(code: Value, globals: Value, defaults: &Value, kwdefaults: &Value, closure: &Value) -> PyResult<Value> {
    let c = as_code(&code).ok_or_else(|| PyErr::type_error("expected code"))?;
    let name = crate::builtins::str::new_str(&c.name);
    let qualname = crate::builtins::str::new_str(&c.qualname);
    let defaults = if is_none(defaults) { Vec::new() } else { as_tuple(defaults).map(<[Value]>::to_vec).unwrap_or_default() };
    let kwdefaults = if is_none(kwdefaults) { Vec::new() } else { as_dict(kwdefaults).map(|d| d.items()).unwrap_or_default() };
    let closure = if is_none(closure) { Vec::new() } else { as_tuple(closure).map(<[Value]>::to_vec).unwrap_or_default() };
    let doc = c.docstring.as_deref().map_or_else(crate::builtins::singletons::none, crate::builtins::str::new_str);
    Ok(crate::object::alloc(
        &FUNCTION_TYPE,
        FunctionData {
            code,
            globals,
            name: crate::object::Locked::new(name),
            qualname: crate::object::Locked::new(qualname),
            defaults: crate::object::Locked::new(defaults),
            kwdefaults: crate::object::Locked::new(kwdefaults),
            closure,
            dict: crate::object::Locked::new(None),
            doc: crate::object::Locked::new(doc),
        },
    ))
}
