//! Opcode family: names — globals and attributes with their inline caches, cells,
//! methods, functions.

use crate::builtins::dict::as_dict;
use crate::builtins::function::{as_cell, FunctionData, FUNCTION_TYPE};
use crate::builtins::singletons::is_none;
use crate::builtins::str::{as_str, as_str_data, str_hash};
use crate::builtins::tuple::as_tuple;
use crate::compiler::code::{as_code, CodeData, Reg};
use crate::builtins::attr_lookup::Resolution;
use crate::error::{PyErr, PyResult};
use crate::interp::inline_cache::{GlobalHit, GLOBAL_INDEX_LIMIT};
use crate::interp::Vm;
use crate::builtins::instances::instance::{self, ext_of};
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
    unbound_local(name)
}

/// Reads a spilled local (see `NameLoc::Spilled` in the compiler): `map` is the
/// frame's spill dict, `name` the local's index in `names`.
#[cold]
pub fn load_spilled(code: &CodeData, map: &Value, name: u32) -> PyResult<Value> {
    let key = &code.names[name as usize];
    let name = as_str(key).unwrap_or("?");
    as_dict(map).and_then(|d| d.get_str(name)).ok_or_else(|| unbound_local(name))
}

/// Binds a spilled local.
#[cold]
pub fn store_spilled(vm: &mut Vm, code: &CodeData, map: &Value, name: u32, v: Value) -> PyResult<()> {
    let d = as_dict(map).ok_or_else(|| PyErr::type_error("spill map must be a dict"))?;
    d.set(vm, code.names[name as usize].clone(), v)
}

/// `SpillParams`: a new spill dict holding the parameters bound in the slots from
/// `first` (one per name in the tuple `names`), which are emptied.
///
/// # Safety
/// `first` must point to at least `len(names)` slots of the running frame.
#[cold]
pub unsafe fn spill_params(vm: &mut Vm, first: *mut Option<Value>, names: &Value) -> PyResult<Value> {
    let d = crate::builtins::dict::new_dict();
    let map = as_dict(&d).expect("new dict");
    for (i, name) in as_tuple(names).unwrap_or(&[]).iter().enumerate() {
        // SAFETY: in range by the caller's contract.
        if let Some(v) = unsafe { (*first.add(i)).take() } {
            map.set(vm, name.clone(), v)?;
        }
    }
    Ok(d)
}

/// `del` of a spilled local.
#[cold]
pub fn delete_spilled(vm: &mut Vm, code: &CodeData, map: &Value, name: u32) -> PyResult<()> {
    let key = &code.names[name as usize];
    let d = as_dict(map).ok_or_else(|| PyErr::type_error("spill map must be a dict"))?;
    match d.remove(vm, key)? {
        Some(_) => Ok(()),
        None => Err(unbound_local(as_str(key).unwrap_or("?"))),
    }
}

fn unbound_local(name: &str) -> PyErr {
    PyErr::new(
        &crate::builtins::exceptions::UNBOUND_LOCAL_ERROR,
        format!("cannot access local variable '{name}' where it is not associated with a value"),
    )
}

/// Loads a global (then builtin) through the per-instruction cache word (see
/// `inline_cache::GlobalHit`): the cached entry index is used when the key stored there
/// is still the name.
#[inline]
pub fn load_global(vm: &mut Vm, code: &CodeData, globals: &Value, pc: usize, name: u32) -> PyResult<Value> {
    let g = as_dict(globals).ok_or_else(|| PyErr::type_error("globals must be a dict"))?;
    let hit = code.caches.global(pc);
    let name_v = &code.names[name as usize];
    if let Some(idx) = hit.globals_index() {
        if let Some(Some(e)) = g.table().entries.get(idx) {
            if e.key.is(name_v) || as_str(&e.key) == as_str(name_v) {
                return Ok(e.value.clone());
            }
        }
    } else if let Some(idx) = hit.builtins_index(g.version()) {
        if let Some(b) = vm.builtins().and_then(as_dict) {
            if let Some(Some(e)) = b.table().entries.get(idx) {
                if e.key.is(name_v) || as_str(&e.key) == as_str(name_v) {
                    return Ok(e.value.clone());
                }
            }
        }
    }
    load_global_slow(vm, code, globals, g, pc, name_v)
}

#[cold]
fn load_global_slow(vm: &mut Vm, code: &CodeData, globals: &Value, g: &crate::builtins::dict::DictData, pc: usize, name_v: &Value) -> PyResult<Value> {
    let name = as_str(name_v).unwrap_or("");
    let h = as_str_data(name_v).map_or(0, str_hash);
    let gver = g.version();
    if let Some(idx) = g.table().find_str(name, h) {
        if idx < GLOBAL_INDEX_LIMIT {
            code.caches.set_global(pc, GlobalHit::globals(idx));
        }
        return Ok(g.table().entries[idx].as_ref().map(|e| e.value.clone()).expect("found entry"));
    }
    // Globals of a dict subclass are read with `globals[name]`, as CPython's
    // LOAD_GLOBAL does, so its `__missing__` answers (annotationlib's fake globals).
    if globals.ty().body.state.is_heap() {
        match crate::builtins::instances::protocol::call_hook(vm, globals, "__missing__", std::slice::from_ref(name_v)) {
            Ok(Some(v)) => return Ok(v),
            Err(e) if !e.matches(&crate::builtins::exceptions::KEY_ERROR) => return Err(e),
            _ => {}
        }
    }
    // The frame's builtins: `globals['__builtins__']` (a dict or a module), else the
    // interpreter's.
    let frame_builtins = g.get_str("__builtins__").map(|b| match crate::builtins::module::as_module(&b) {
        Some(m) => m.dict.clone(),
        None => b,
    });
    // Only the interpreter's builtins are cached (the fast path reads those).
    let cacheable = frame_builtins.as_ref().is_none_or(|fb| vm.builtins().is_some_and(|vb| vb.is(fb)));
    let builtins = frame_builtins.or_else(|| vm.builtins().cloned());
    if let Some(b) = builtins.as_ref().and_then(as_dict) {
        if let Some(idx) = b.table().find_str(name, h) {
            if idx < GLOBAL_INDEX_LIMIT && cacheable {
                code.caches.set_global(pc, GlobalHit::builtins(idx, gver));
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
    if let Some(d) = as_dict(locals).filter(|_| !locals.ty().body.state.is_heap()) {
        return d.get(vm, name);
    }
    match crate::ops::getitem(vm, locals, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.matches(&crate::builtins::exceptions::KEY_ERROR) => Ok(None),
        Err(e) => Err(e),
    }
}

/// Where a global store goes: the locals mapping when the frame has one (a class
/// body's namespace), unless the compiler marked the name explicit (`global x`).
#[inline(always)]
pub fn store_target<'v>(code: &CodeData, locals: &'v Option<Value>, globals: &'v Value, name: u32) -> &'v Value {
    match locals {
        Some(l) if !code.explicit_globals.contains(&name) => l,
        _ => globals,
    }
}

/// Stores (or deletes, with `None`) a global.
pub fn store_global(vm: &mut Vm, code: &CodeData, globals: &Value, name: u32, value: Option<Value>) -> PyResult<()> {
    if globals.ty().body.state.is_heap() {
        return store_mapping(vm, globals, code.names[name as usize].clone(), value);
    }
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

/// A store into a class namespace that `__prepare__` made a dict subclass (enum's
/// `_EnumDict`): through its `__setitem__` / `__delitem__`, as CPython's `STORE_NAME`
/// does for any mapping that is not exactly a dict.
#[cold]
#[inline(never)]
fn store_mapping(vm: &mut Vm, mapping: &Value, key: Value, value: Option<Value>) -> PyResult<()> {
    match value {
        Some(v) => crate::ops::setitem(vm, mapping, &key, v),
        None => match crate::ops::delitem(vm, mapping, &key) {
            Err(e) if e.matches(&crate::builtins::exceptions::KEY_ERROR) => {
                Err(PyErr::new(&crate::builtins::exceptions::NAME_ERROR, format!("name '{}' is not defined", as_str(&key).unwrap_or(""))))
            }
            r => r,
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

/// `obj.name` for a call: returns (callable, self-or-None). A method is returned
/// unbound with `self` for the call to pass first, so no bound-method object is made.
/// The per-instruction entry (`inline_cache`) is keyed by the type's version tag; a hit
/// is one pointer load and one compare (plus the instance check for types whose
/// instances carry their own attributes, which may shadow the method).
#[inline]
pub fn load_method(vm: &mut Vm, code: &CodeData, pc: usize, obj: &Value, name: u32) -> PyResult<(Value, Option<Value>)> {
    if let Some(e) = code.caches.attr(pc) {
        if e.version == obj.ty().body.state.version() {
            match &e.kind {
                Resolution::Method { func, check_instance: None, .. } => return Ok((func.clone(), Some(obj.clone()))),
                Resolution::Method { func, check_instance: Some(slot), .. } => {
                    let n = as_str(&code.names[name as usize]).unwrap_or("");
                    return Ok(match slot(vm, obj, n)? {
                        Some(v) => (v, None),
                        None => (func.clone(), Some(obj.clone())),
                    });
                }
                Resolution::Slot(slot) => {
                    let n = as_str(&code.names[name as usize]).unwrap_or("");
                    if let Some(v) = slot(vm, obj, n)? {
                        return Ok((v, None));
                    }
                }
                Resolution::Field { shape, index } => {
                    if let Some(v) = ext_of(obj).and_then(|ext| instance::get_at(obj, ext, shape, *index)) {
                        return Ok((v, None));
                    }
                }
                Resolution::AddField { .. } => {}
            }
        }
    }
    load_method_slow(vm, code, pc, obj, name)
}

/// Publishes the cache entry for `obj.name` at `pc` when the name can be cached.
fn fill_attr_cache(code: &CodeData, pc: usize, obj: &Value, name: &str) {
    let ty = obj.ty();
    if ty.body.kind == crate::object::Kind::Type {
        return;
    }
    let version = ty.body.state.version_or_assign();
    if version != 0 {
        if let Some(e) = crate::interp::inline_cache::attr_entry(version, ty, name) {
            code.caches.set_attr(pc, e);
        }
    }
}

#[cold]
#[inline(never)]
fn load_method_slow(vm: &mut Vm, code: &CodeData, pc: usize, obj: &Value, name: u32) -> PyResult<(Value, Option<Value>)> {
    let n = as_str(&code.names[name as usize]).unwrap_or("");
    fill_attr_cache(code, pc, obj, n);
    match crate::builtins::attr_lookup::load_method(vm, obj, n)? {
        Some(r) => Ok(r),
        None => Err(crate::ops::attribute_error(obj, n)),
    }
}

/// `obj.name` (LOAD_ATTR) through the per-instruction entry, as [`load_method`].
#[inline]
pub fn load_attr(vm: &mut Vm, code: &CodeData, pc: usize, obj: &Value, name: u32) -> PyResult<Value> {
    if let Some(e) = code.caches.attr(pc) {
        if e.version == obj.ty().body.state.version() {
            let n = as_str(&code.names[name as usize]).unwrap_or("");
            match &e.kind {
                Resolution::Method { descr, check_instance, .. } => {
                    if let Some(slot) = check_instance {
                        if let Some(v) = slot(vm, obj, n)? {
                            return Ok(v);
                        }
                    }
                    return crate::builtins::attr_lookup::bind(vm, descr.clone(), obj);
                }
                Resolution::Slot(slot) => {
                    if let Some(v) = slot(vm, obj, n)? {
                        return Ok(v);
                    }
                }
                Resolution::Field { shape, index } => {
                    if let Some(v) = ext_of(obj).and_then(|ext| instance::get_at(obj, ext, shape, *index)) {
                        return Ok(v);
                    }
                }
                Resolution::AddField { .. } => {}
            }
        }
    }
    load_attr_slow(vm, code, pc, obj, name)
}

/// True when `obj` is an instance of a user class whose attribute `n` is plain
/// instance data (no `__getattribute__`/`__setattr__` hook, no descriptor but a slot
/// member on the class), so a site may cache where the value lives in the shape.
fn plain_instance_attr(obj: &Value, n: &str, hook: &'static str) -> Option<u32> {
    let ty = obj.ty();
    if !ty.body.state.is_heap() || ty.body.kind == crate::object::Kind::Type || ext_of(obj).is_none() {
        return None;
    }
    if crate::builtins::instances::dunder_slots::lookup(ty, hook).is_some() {
        return None;
    }
    let plain = match crate::builtins::attr_lookup::type_lookup(ty, n) {
        None => true,
        Some(d) => matches!(crate::builtins::attr_lookup::classify(&d), crate::builtins::attr_lookup::Descr::Data),
    };
    let version = ty.body.state.version_or_assign();
    (plain && version != 0).then_some(version)
}

/// `obj.name = v` (STORE_ATTR) through the per-instruction entry: a shape-keyed store
/// or append for instances of user classes, the generic protocol otherwise.
#[inline]
pub fn store_attr(vm: &mut Vm, code: &CodeData, pc: usize, obj: &Value, name: u32, v: Value) -> PyResult<()> {
    let mut v = v;
    if let Some(e) = code.caches.attr(pc) {
        if e.version == obj.ty().body.state.version() {
            if let Some(ext) = ext_of(obj) {
                let r = match &e.kind {
                    Resolution::Field { shape, index } => instance::set_at(obj, ext, shape, *index, v),
                    Resolution::AddField { from, to } => instance::add_at(obj, ext, from, to, v),
                    _ => Err(v),
                };
                match r {
                    Ok(()) => return Ok(()),
                    Err(back) => v = back,
                }
            }
        }
    }
    store_attr_slow(vm, code, pc, obj, name, v)
}

#[cold]
#[inline(never)]
fn store_attr_slow(vm: &mut Vm, code: &CodeData, pc: usize, obj: &Value, name: u32, v: Value) -> PyResult<()> {
    let n = as_str(&code.names[name as usize]).unwrap_or("");
    let Some(version) = plain_instance_attr(obj, n, "__setattr__") else {
        return crate::ops::setattr(vm, obj, n, Some(v));
    };
    let ext = ext_of(obj).expect("checked");
    let before = instance::shape_of(obj, ext);
    crate::ops::setattr(vm, obj, n, Some(v))?;
    let after = instance::shape_of(obj, ext);
    if let (Some(b), Some(a)) = (before, after) {
        if std::ptr::eq(a, b) {
            if let Some(index) = a.index_of(n) {
                let key = format!("={n}@{:p}", a);
                code.caches.set_attr(pc, crate::interp::inline_cache::shape_entry(version, key, Resolution::Field { shape: a, index }));
            }
        } else if a.len() == b.len() + 1 && a.index_of(n) == Some(b.len()) {
            let key = format!("+{n}@{:p}", b);
            code.caches.set_attr(pc, crate::interp::inline_cache::shape_entry(version, key, Resolution::AddField { from: b, to: a }));
        }
    }
    Ok(())
}

#[cold]
#[inline(never)]
fn load_attr_slow(vm: &mut Vm, code: &CodeData, pc: usize, obj: &Value, name: u32) -> PyResult<Value> {
    let n = as_str(&code.names[name as usize]).unwrap_or("");
    if let Some(version) = plain_instance_attr(obj, n, "__getattribute__") {
        let ext = ext_of(obj).expect("checked");
        if let Some(shape) = instance::shape_of(obj, ext) {
            if let Some(index) = shape.index_of(n) {
                let key = format!(".{n}@{:p}", shape);
                code.caches.set_attr(pc, crate::interp::inline_cache::shape_entry(version, key, Resolution::Field { shape, index }));
                if let Some(v) = instance::get_at(obj, ext, shape, index) {
                    return Ok(v);
                }
            }
        }
    }
    fill_attr_cache(code, pc, obj, n);
    crate::ops::getattr(vm, obj, n)
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
            annotate: crate::object::Locked::new(None),
            annotations: crate::object::Locked::new(None),
        },
    ))
}
