//! Changing what an object or a class is made from: `obj.__class__ = C` and
//! `C.__bases__ = (...)`, with CPython's rules for when that is allowed.
//!
//! Both are only possible between types whose instances are laid out the same way, so
//! that every native function, destructor and attribute accessor reading the object
//! keeps working whichever type it sees: the same body (plain `InstanceExt`, exception,
//! built-in body), the same destructor, the same attribute storage, the same
//! `__dict__`-or-slots choice and the same slot names. Instance attributes live in
//! shapes that do not depend on the class, so an instance keeps them across the change.
//!
//! No inline cache needs to be told: site caches and the type-lookup cache are keyed by
//! version tags, and a tag names one type in one state. After `obj.__class__ = C` the
//! object's type is `C`, whose tag differs from the old type's, so every entry made for
//! the old type misses. A `__bases__` assignment drops the tags of the class and of all
//! its subclasses before and after the change (as any class mutation does), under the
//! same lock as `C.x = v`.

use crate::builtins::str::as_str;
use crate::builtins::tuple::{as_tuple, new_tuple};
use crate::builtins::type_::{as_type, type_value, OBJECT_TYPE};
use crate::builtins::type_init::mro_types;
use crate::error::{PyErr, PyResult};
use crate::object::{Kind, TypeData, TypeObject, Value};

/// `obj.__class__ = value` (or `del obj.__class__` with `None`) for an object whose
/// type's `__class__` descriptor is `object`'s.
pub fn set_class(obj: &Value, value: Option<Value>) -> PyResult<()> {
    let value = value.ok_or_else(|| PyErr::type_error("can't delete __class__ attribute"))?;
    let Some(new) = as_type(&value) else {
        return Err(PyErr::type_error(format!("__class__ must be set to a class, not '{}' object", value.ty().body.name)));
    };
    let old = obj.ty();
    if !old.body.state.is_heap() || !new.body.state.is_heap() {
        return Err(PyErr::type_error("__class__ assignment only supported for mutable types or ModuleType subclasses"));
    }
    check_compatible(old, new, "__class__")?;
    if let Some(h) = obj.header() {
        h.set_type(new);
    }
    Ok(())
}

/// CPython's `compatible_for_assignment`: the error when instances of `old` cannot
/// become instances of `new`.
fn check_compatible(old: &'static TypeObject, new: &'static TypeObject, attr: &str) -> PyResult<()> {
    if std::ptr::eq(old, new) {
        return Ok(());
    }
    let (o, n) = (&old.body, &new.body);
    if o.state.is_heap() != n.state.is_heap() {
        return Err(PyErr::type_error(format!("{attr} assignment: '{}' deallocator differs from '{}'", n.name, o.name)));
    }
    let same = o.state.is_heap()
        && o.kind == n.kind
        && std::ptr::fn_addr_eq(o.dealloc, n.dealloc)
        && o.state.ext_offset() == n.state.ext_offset()
        && o.state.solid_kind() == n.state.solid_kind()
        && o.state.no_dict() == n.state.no_dict()
        && slot_names(o) == slot_names(n);
    if same {
        Ok(())
    } else {
        Err(PyErr::type_error(format!("{attr} assignment: '{}' object layout differs from '{}'", n.name, o.name)))
    }
}

/// The `__slots__` names the heap classes of `t`'s MRO declare, sorted (CPython
/// compares the sorted slot tuples); `__dict__` and `__weakref__` are not storage.
fn slot_names(t: &'static TypeData) -> Vec<String> {
    let mut out = Vec::new();
    for td in t.mro().filter(|td| td.state.is_heap()) {
        let Some(slots) = td.state.dict_if_filled().and_then(crate::builtins::dict::as_dict).and_then(|d| d.get_str("__slots__")) else {
            continue;
        };
        let items: Vec<Value> = if as_str(&slots).is_some() {
            vec![slots]
        } else if let Some(items) = as_tuple(&slots) {
            items.to_vec()
        } else if let Some(l) = crate::builtins::list::as_list(&slots) {
            l.items().clone()
        } else if let Some(d) = crate::builtins::dict::as_dict(&slots) {
            d.items().into_iter().map(|(k, _)| k).collect()
        } else {
            Vec::new()
        };
        out.extend(items.iter().filter_map(|v| as_str(v)).filter(|n| *n != "__dict__" && *n != "__weakref__").map(str::to_string));
    }
    out.sort();
    out
}

/// The base that fixes the layout of a class with these bases (CPython's
/// `best_base`): the first with a body of its own, else the first.
fn best_base(bases: &[&'static TypeObject]) -> &'static TypeObject {
    let own_body = |b: &&'static TypeObject| {
        if b.body.state.is_heap() {
            b.body.state.solid_kind().is_some() || b.body.kind != Kind::Instance
        } else {
            b.body.kind != Kind::Object
        }
    };
    bases.iter().copied().find(own_body).unwrap_or(bases[0])
}

/// The type whose layout a class's instances have: its current best base.
fn current_base(t: &'static TypeObject) -> &'static TypeObject {
    t.body.state.replaced_base().or(t.body.base).unwrap_or(&OBJECT_TYPE)
}

/// `C.__base__`: the best base, as changed by `__bases__` assignments.
pub fn base_value(t: &'static TypeObject) -> Value {
    match t.body.state.replaced_base() {
        Some(b) => type_value(b),
        None => t.body.base.map_or_else(crate::builtins::singletons::none, type_value),
    }
}

/// The name CPython's messages give a class: its current `__name__`.
pub fn current_name(t: &'static TypeObject) -> String {
    let v = crate::builtins::type_init::name_value(t);
    as_str(&v).unwrap_or(t.body.name).to_string()
}

/// `C.__bases__ = value` on a heap type: checks the new bases as CPython does, then
/// recomputes the MRO of `C` and of every class deriving from it (all or none), and
/// moves `C` between its old and new bases' subclass lists. The caller holds the
/// type-mutation lock and drops the version tags around the call.
pub fn set_bases(t: &'static TypeObject, value: Option<Value>) -> PyResult<()> {
    let name = current_name(t);
    let value = value.ok_or_else(|| PyErr::type_error(format!("cannot delete '__bases__' attribute of immutable type '{name}'")))?;
    let Some(items) = as_tuple(&value) else {
        return Err(PyErr::type_error(format!("can only assign tuple to {name}.__bases__, not {}", value.ty().body.name)));
    };
    if items.is_empty() {
        return Err(PyErr::type_error(format!("can only assign non-empty tuple to {name}.__bases__, not ()")));
    }
    let mut bases = Vec::with_capacity(items.len());
    for b in items {
        let Some(bt) = as_type(b) else {
            return Err(PyErr::type_error(format!("{name}.__bases__ must be tuple of classes, not '{}'", b.ty().body.name)));
        };
        if bt.body.is_subtype(&t.body) {
            return Err(PyErr::type_error("a __bases__ item causes an inheritance cycle"));
        }
        bases.push(bt);
    }
    let new_base = best_base(&bases);
    check_compatible(current_base(t), new_base, "__bases__")?;
    if let Some(dup) = bases.iter().enumerate().find(|(i, b)| bases[..*i].iter().any(|x| std::ptr::eq(*x, **b))) {
        return Err(PyErr::type_error(format!("duplicate base class {}", dup.1.body.name)));
    }

    // New MROs for `t` and everything below it, parents before children.
    let mut pending: Vec<(&'static TypeObject, Vec<&'static TypeObject>)> = Vec::new();
    let mut order = vec![t];
    let mut i = 0;
    while i < order.len() {
        for sub in order[i].body.state.subclasses() {
            if !order.iter().any(|x| std::ptr::eq(*x, sub)) {
                order.push(sub);
            }
        }
        i += 1;
    }
    for &c in &order {
        let own_bases: Vec<&'static TypeObject> = if std::ptr::eq(c, t) { bases.clone() } else { bases_of(c) };
        let mro_of = |b: &'static TypeObject| -> Vec<*const TypeObject> {
            match pending.iter().find(|(p, _)| std::ptr::eq(*p, b)) {
                Some((_, m)) => m.iter().map(|x| *x as *const TypeObject).collect(),
                None => mro_types(b).map(|x| x as *const TypeObject).collect(),
            }
        };
        let base_ptrs: Vec<*const TypeObject> = own_bases.iter().map(|b| *b as *const TypeObject).collect();
        let base_mros = own_bases.iter().map(|b| mro_of(b)).collect();
        let type_name = |p: *const TypeObject| {
            // SAFETY: every pointer is a live (immortal or static) type object.
            current_name(unsafe { &*p })
        };
        let mro = crate::object::mro::compute_mro(c as *const TypeObject, &base_ptrs, base_mros, type_name).map_err(PyErr::type_error)?;
        // SAFETY: as above.
        pending.push((c, mro.into_iter().map(|p| unsafe { &*p }).collect()));
    }

    for old in bases_of(t) {
        old.body.state.remove_subclass(t);
    }
    for b in &bases {
        b.body.state.add_subclass(t);
    }
    // Replaced values are leaked, not dropped (readers may hold them), so the old
    // tuples keep their references and nothing here is freed under a reader.
    for (c, mro) in pending {
        let own_bases = if std::ptr::eq(c, t) { new_tuple(items.to_vec()) } else { crate::builtins::type_init::bases_tuple(c).clone() };
        let base = if std::ptr::eq(c, t) { new_base } else { current_base(c) };
        let bodies: Box<[&'static TypeData]> = mro.iter().map(|m| &m.body).collect();
        let tuple = new_tuple(mro.iter().map(|m| type_value(m)).collect());
        c.body.state.replace_bases(own_bases, tuple, bodies, base);
    }
    Ok(())
}

/// The direct bases of a class, from its `__bases__` tuple.
fn bases_of(t: &'static TypeObject) -> Vec<&'static TypeObject> {
    as_tuple(crate::builtins::type_init::bases_tuple(t)).unwrap_or(&[]).iter().filter_map(as_type).collect()
}
