//! Instances of user classes: attribute storage in a shape plus a value vector.
//!
//! Every instance of a heap type whose layout allows attributes carries an
//! [`InstanceExt`] at a fixed offset from its header (the type records the offset,
//! `TypeState::ext_offset`): for classes deriving from `object` the ext is the whole
//! body. The ext holds the instance's [`Attrs`] behind the object's lock: a shape (the
//! attribute names, shared with every instance that gained the same attributes in the
//! same order, see `shape.rs`) and the values in shape order. Reading `obj.x` is a shape
//! scan and an index; a site cache can skip the scan by remembering (shape, index).
//!
//! `obj.__dict__` is a real dict: the first time it is asked for, the attributes move
//! into a new dict and the instance stays in dictionary form from then on (every read
//! and write goes to that dict, so the dict and the attributes never disagree). Deleting
//! an attribute, outgrowing the largest shape and assigning `obj.__dict__` switch to
//! dictionary form too.
//!
//! `__slots__` attributes are not part of `__dict__` (a subclass without `__slots__`
//! gives instances a dict beside the slots): in dictionary form they stay in the shape,
//! so `get` asks the shape first in both forms, and only names that are not slots of
//! the class move into the dict.

use crate::builtins::dict::{as_dict, new_dict};
use crate::builtins::str::new_str;
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::{Locked, Value};

use super::shape::{root, Shape};

/// The attribute storage of one instance.
pub struct InstanceExt {
    attrs: Locked<Attrs>,
}

/// Shape-form or dictionary-form attributes (see the module docs).
pub struct Attrs {
    /// The layout of `values` (the root shape in dictionary form).
    pub shape: &'static Shape,
    /// Values in shape order.
    pub values: Vec<Value>,
    /// Dictionary form: every attribute lives here.
    pub dict: Option<Value>,
}

impl Default for InstanceExt {
    fn default() -> Self {
        InstanceExt::new()
    }
}

impl InstanceExt {
    /// Empty storage.
    pub fn new() -> InstanceExt {
        InstanceExt { attrs: Locked::new(Attrs { shape: root(), values: Vec::new(), dict: None }) }
    }

    /// Every reference the storage holds (for the cycle collector's traverse).
    pub fn for_each_ref(&self, owner: &Value, visit: &mut dyn FnMut(&Value)) {
        let (values, dict) = {
            let a = self.attrs.lock(owner);
            (a.values.clone(), a.dict.clone())
        };
        for v in values.iter().chain(dict.iter()) {
            visit(v);
        }
    }

    /// Drops every attribute (the cycle collector's clear).
    pub fn clear(&self, owner: &Value) {
        let old = {
            let mut a = self.attrs.lock(owner);
            a.shape = root();
            (std::mem::take(&mut a.values), a.dict.take())
        };
        drop(old);
    }
}

/// The attribute storage of `v`, if its type gives instances one.
#[inline]
pub fn ext_of(v: &Value) -> Option<&InstanceExt> {
    let h = v.header()?;
    let off = h.ty().body.state.ext_offset();
    if off == 0 {
        return None;
    }
    // SAFETY: a type with a non-zero ext offset allocates every instance with an
    // InstanceExt at that offset from the header (`heap_type::alloc_instance`), and the
    // instance lives as long as `v`.
    Some(unsafe { &*((h as *const crate::object::header::Header as *const u8).offset(off as isize) as *const InstanceExt) })
}

/// `obj.name` from the instance's own attributes.
#[inline]
pub fn get(v: &Value, ext: &InstanceExt, name: &str) -> Option<Value> {
    let dict = {
        let a = ext.attrs.lock(v);
        if let Some(i) = a.shape.index_of(name) {
            return Some(a.values[i].clone());
        }
        a.dict.clone()?
    };
    as_dict(&dict).and_then(|d| d.get_str(name))
}

/// True when `name` is a `__slots__` member of `v`'s class (a member descriptor a
/// heap class along the MRO created): such values never go to the instance dict.
fn is_slot(v: &Value, name: &str) -> bool {
    let t = v.ty();
    if t.body.mro().all(|td| !td.state.is_heap() || td.state.dict_if_filled().and_then(as_dict).is_none_or(|d| d.get_str("__slots__").is_none())) {
        return false;
    }
    crate::builtins::attr_lookup::type_lookup(t, name).is_some_and(|d| crate::builtins::type_namespace::heap_slot_member(&d).is_some())
}

/// `shape` without `name` (the shapes are immutable, so this walks a new path from
/// the root); `None` if the tree has no room for it.
fn shape_without(shape: &'static Shape, name: &str) -> Option<&'static Shape> {
    let mut out = root();
    for n in shape.names() {
        let n = crate::builtins::str::as_str(n).unwrap_or("");
        if n != name {
            out = out.with(n)?;
        }
    }
    Some(out)
}

/// The cached form of [`get`]: the value at `index` when the instance still has `shape`.
#[inline]
pub fn get_at(v: &Value, ext: &InstanceExt, shape: &'static Shape, index: usize) -> Option<Value> {
    let a = ext.attrs.lock(v);
    if std::ptr::eq(a.shape, shape) && a.dict.is_none() {
        a.values.get(index).cloned()
    } else {
        None
    }
}

/// The cached form of [`set`] for an existing attribute: stores at `index` when the
/// instance still has `shape`, else gives the value back.
#[inline]
pub fn set_at(v: &Value, ext: &InstanceExt, shape: &'static Shape, index: usize, value: Value) -> Result<(), Value> {
    let mut a = ext.attrs.lock(v);
    if std::ptr::eq(a.shape, shape) && a.dict.is_none() && index < a.values.len() {
        let old = std::mem::replace(&mut a.values[index], value);
        drop(a);
        drop(old);
        Ok(())
    } else {
        Err(value)
    }
}

/// The cached form of [`set`] for a new attribute: appends when the instance has shape
/// `from`, moving it to `to`; else gives the value back.
#[inline]
pub fn add_at(v: &Value, ext: &InstanceExt, from: &'static Shape, to: &'static Shape, value: Value) -> Result<(), Value> {
    let mut a = ext.attrs.lock(v);
    if std::ptr::eq(a.shape, from) && a.dict.is_none() {
        a.values.push(value);
        a.shape = to;
        Ok(())
    } else {
        Err(value)
    }
}

/// The instance's current shape (`None` in dictionary form).
#[inline]
pub fn shape_of(v: &Value, ext: &InstanceExt) -> Option<&'static Shape> {
    let a = ext.attrs.lock(v);
    if a.dict.is_none() {
        Some(a.shape)
    } else {
        None
    }
}

/// `obj.name = value`.
pub fn set(vm: &mut Vm, v: &Value, ext: &InstanceExt, name: &str, value: Value) -> PyResult<()> {
    let dict = {
        let mut a = ext.attrs.lock(v);
        if a.dict.is_none() {
            if let Some(i) = a.shape.index_of(name) {
                let old = std::mem::replace(&mut a.values[i], value);
                drop(a);
                drop(old);
                return Ok(());
            }
            if let Some(next) = a.shape.with(name) {
                a.shape = next;
                a.values.push(value);
                return Ok(());
            }
            // The largest shape is full: switch to a dictionary.
            materialize(v, &mut a)
        } else {
            if let Some(i) = a.shape.index_of(name) {
                let old = std::mem::replace(&mut a.values[i], value);
                drop(a);
                drop(old);
                return Ok(());
            }
            if is_slot(v, name) {
                if let Some(next) = a.shape.with(name) {
                    a.shape = next;
                    a.values.push(value);
                    return Ok(());
                }
            }
            a.dict.clone().expect("dictionary form")
        }
    };
    let d = as_dict(&dict).ok_or_else(|| PyErr::type_error("instance dict is not a dict"))?;
    d.set(vm, crate::builtins::str::intern(name), value)
}

/// `del obj.name`; `Ok(false)` when the instance has no such attribute.
pub fn delete(vm: &mut Vm, v: &Value, ext: &InstanceExt, name: &str) -> PyResult<bool> {
    let dict = {
        let mut a = ext.attrs.lock(v);
        if let Some(i) = a.shape.index_of(name) {
            // A slot leaves the shape (the instance keeps its form); any other
            // attribute is deleted from the dict.
            if a.dict.is_some() || is_slot(v, name) {
                if let Some(next) = shape_without(a.shape, name) {
                    a.shape = next;
                    let old = a.values.remove(i);
                    drop(a);
                    drop(old);
                    return Ok(true);
                }
            }
        } else if a.dict.is_none() {
            return Ok(false);
        }
        match &a.dict {
            Some(d) => d.clone(),
            None => materialize(v, &mut a),
        }
    };
    let d = as_dict(&dict).ok_or_else(|| PyErr::type_error("instance dict is not a dict"))?;
    Ok(d.remove(vm, &new_str(name))?.is_some())
}

/// `obj.__dict__`: the instance's attributes as a live dict.
pub fn dict(v: &Value, ext: &InstanceExt) -> Value {
    let mut a = ext.attrs.lock(v);
    match &a.dict {
        Some(d) => d.clone(),
        None => materialize(v, &mut a),
    }
}

/// `obj.__dict__ = d` (the caller checked that `d` is a dict).
pub fn replace_dict(v: &Value, ext: &InstanceExt, d: Value) {
    let old = {
        let mut a = ext.attrs.lock(v);
        let (shape, values) = slots_only(v, a.shape, std::mem::take(&mut a.values));
        a.shape = shape;
        (std::mem::replace(&mut a.values, values), a.dict.replace(d))
    };
    drop(old);
}

/// The slot attributes among `values` (laid out by `shape`) with their shape; the
/// other values are dropped by the caller.
fn slots_only(v: &Value, shape: &'static Shape, values: Vec<Value>) -> (&'static Shape, Vec<Value>) {
    let mut out_shape = root();
    let mut out = Vec::new();
    for (n, x) in shape.names().iter().zip(values) {
        let name = crate::builtins::str::as_str(n).unwrap_or("");
        if is_slot(v, name) {
            if let Some(next) = out_shape.with(name) {
                out_shape = next;
                out.push(x);
            }
        }
    }
    (out_shape, out)
}

/// The attribute names in insertion order (for `dir()`), without making a dict.
pub fn names(v: &Value, ext: &InstanceExt) -> Vec<Value> {
    let (mut out, dict) = {
        let a = ext.attrs.lock(v);
        match &a.dict {
            None => return a.shape.names().to_vec(),
            Some(d) => (a.shape.names().to_vec(), d.clone()),
        }
    };
    out.extend(as_dict(&dict).map(|d| d.items().into_iter().map(|(k, _)| k)).into_iter().flatten());
    out
}

/// Moves shape-form attributes into a new dict (under the instance lock: building the
/// dict from str keys runs no Python code); slots stay in the shape.
fn materialize(v: &Value, a: &mut Attrs) -> Value {
    let d = new_dict();
    let (slot_shape, slot_values) = slots_only(v, a.shape, a.values.clone());
    if let Some(dd) = as_dict(&d) {
        for (k, x) in a.shape.names().iter().zip(a.values.drain(..)) {
            if slot_shape.index_of_value(k).is_none() {
                dd.set_str(crate::builtins::str::as_str(k).unwrap_or(""), x);
            }
        }
    }
    a.shape = slot_shape;
    a.values = slot_values;
    a.dict = Some(d.clone());
    d
}
