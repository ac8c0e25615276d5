//! Attribute lookup in CPython's order, written once: `getattr`, `obj.attr`, the
//! method-call fast path and the inline caches all resolve names here.
//!
//! On an instance (`_PyObject_GenericGetAttr`): find the name along the type's MRO (the
//! type dicts, [`type_lookup`]); a data descriptor found there wins; then the instance's
//! own attributes; then a non-data descriptor is bound (methods) or a plain class
//! attribute returned. On a type (`type_getattro`): a data descriptor of the metatype
//! wins (`__name__`, `__dict__`, `__mro__` ...); then the name along the type's own MRO
//! (bound with `__get__(None, T)`); then the metatype's methods bound to the type.
//!
//! Built-in types keep their instance attributes behind the `getattr` slot, which is the
//! "instance" step here; their data attributes (`int.real`, `e.args`) are getset or
//! member descriptors in the type dict whose getter is that same slot, so putting data
//! descriptors first changes nothing for them while giving user classes (still to come)
//! the precedence CPython has. The native descriptor kinds are recognised by their type
//! (no Python-level `__get__` call); any other object whose type defines `__get__` is
//! called through it, and is a data descriptor when its type also defines `__set__` or
//! `__delete__`.

use crate::builtins::function::{as_builtin, BuiltinFunctionData};
use crate::builtins::type_::as_type;
use crate::builtins::type_init::{mro_types, type_dict};
use crate::builtins::wrapper_objects as wo;
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::typeobj::GetAttrFn;
use crate::object::{Kind, TypeObject, Value};

/// What a value found in a type dict is, for the lookup order.
pub enum Descr<'a> {
    /// A method descriptor (`list.append`): binds to the instance.
    Method(&'a BuiltinFunctionData),
    /// A slot wrapper (`int.__add__`): binds to the instance as a method-wrapper.
    SlotWrapper(&'a BuiltinFunctionData),
    /// A class-bound method (`list.__class_getitem__`): binds to the type.
    ClassMethod(&'a BuiltinFunctionData),
    /// A getset or member descriptor of a built-in type: a data descriptor whose getter
    /// is the instance type's `getattr` slot.
    Data,
    /// An object whose type defines `__get__`; `data` when it also defines `__set__` or
    /// `__delete__`.
    Python {
        /// The `__get__` found on the descriptor's type.
        get: Value,
        /// Data descriptor.
        data: bool,
    },
    /// A Python function: binds to a bound method (no allocation on a method call).
    Function,
    /// A `property`: a data descriptor handled natively.
    Property,
    /// A `classmethod` object: binds its function to the class.
    ClassMethodObj(Value),
    /// A `staticmethod` object: its function, unbound.
    StaticMethodObj(Value),
    /// An object whose type defines `__set__` or `__delete__` but not `__get__`: reads
    /// see the instance attribute (or the descriptor), writes go through it.
    SetOnly,
    /// Anything else: returned as it is.
    Plain,
}

impl Descr<'_> {
    /// True for data descriptors (they take precedence over instance attributes).
    pub fn is_data(&self) -> bool {
        matches!(self, Descr::Data | Descr::Property | Descr::Python { data: true, .. })
    }
}

/// Classifies a value found in a type dict.
pub fn classify(d: &Value) -> Descr<'_> {
    if d.is_small_int() {
        return Descr::Plain;
    }
    let t = d.ty();
    if let Some(b) = as_builtin(d) {
        return if std::ptr::eq(t, &wo::METHOD_DESCRIPTOR_TYPE) {
            Descr::Method(b)
        } else if std::ptr::eq(t, &wo::WRAPPER_DESCRIPTOR_TYPE) {
            Descr::SlotWrapper(b)
        } else if std::ptr::eq(t, &wo::CLASSMETHOD_DESCRIPTOR_TYPE) {
            Descr::ClassMethod(b)
        } else {
            Descr::Plain
        };
    }
    if std::ptr::eq(t, &crate::builtins::type_namespace::GETSET_DESCRIPTOR_TYPE)
        || std::ptr::eq(t, &crate::builtins::type_namespace::MEMBER_DESCRIPTOR_TYPE)
    {
        return Descr::Data;
    }
    match t.body.kind {
        Kind::None | Kind::Str | Kind::Int | Kind::Bool | Kind::Tuple | Kind::Type => return Descr::Plain,
        Kind::Function => return Descr::Function,
        Kind::Property => {
            use crate::builtins::instances::descriptors as ds;
            if std::ptr::eq(t, &ds::PROPERTY_TYPE) {
                return Descr::Property;
            }
            if let Some(f) = ds::classmethod_func(d) {
                return Descr::ClassMethodObj(f);
            }
            if let Some(f) = ds::staticmethod_func(d) {
                return Descr::StaticMethodObj(f);
            }
        }
        _ => {}
    }
    let data = || type_lookup(t, "__set__").is_some() || type_lookup(t, "__delete__").is_some();
    match type_lookup(t, "__get__") {
        Some(get) => Descr::Python { get, data: data() },
        None if t.body.state.is_heap() && data() => Descr::SetOnly,
        None => Descr::Plain,
    }
}

/// `_PyType_Lookup`: `name` along `t`'s MRO, in the type dicts. Heap types go through
/// a per-thread cache keyed by (version tag, name), as CPython's type cache: a class
/// that does not change answers repeated lookups (`obj.x = v` checking for a data
/// descriptor, method lookups that miss the site cache) with one probe.
#[inline]
pub fn type_lookup(t: &'static TypeObject, name: &str) -> Option<Value> {
    if t.body.state.is_heap() {
        return type_cache::lookup(t, name, type_lookup_uncached);
    }
    type_lookup_uncached(t, name)
}

fn type_lookup_uncached(t: &'static TypeObject, name: &str) -> Option<Value> {
    let h = crate::builtins::str::hash_bytes(name.as_bytes());
    mro_types(t).find_map(|ty| {
        let d = crate::builtins::dict::as_dict(type_dict(ty))?;
        let table = d.table();
        table.find_str(name, h).and_then(|i| table.entries[i].as_ref()).map(|e| e.value.clone())
    })
}

/// The instance step: the `getattr` slot of `obj`'s type.
#[inline]
pub fn instance_slot(obj: &Value) -> Option<GetAttrFn> {
    obj.ty().body.slot(|s| s.getattr)
}

/// A data attribute of a built-in instance (what its getset descriptor returns): the
/// type's `getattr` slot, else the attributes every object of that kind has.
pub fn data_get(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    if let Some(f) = instance_slot(obj) {
        if let Some(v) = f(vm, obj, name)? {
            return Ok(Some(v));
        }
    }
    special_attribute(vm, obj, name)
}

/// A non-data descriptor (or plain value) `d` found on `obj`'s type, bound to `obj`.
pub fn bind(vm: &mut Vm, d: Value, obj: &Value) -> PyResult<Value> {
    Ok(match classify(&d) {
        Descr::Method(w) => crate::builtins::function::new_builtin_function(w.name, w.func, Some(obj.clone())),
        Descr::SlotWrapper(w) => wo::new_method_wrapper(w.name, w.func, obj.clone()),
        Descr::ClassMethod(w) => wo::bind_classmethod(w, obj.ty()),
        Descr::Python { get, .. } => {
            let ty = crate::builtins::type_::type_value(obj.ty());
            return crate::ops::call(vm, &get, &[d.clone(), obj.clone(), ty], &[]);
        }
        Descr::Function => crate::builtins::instances::bound_method::new_bound_method(d.clone(), obj.clone()),
        Descr::Property => return crate::builtins::instances::descriptors::property_get(vm, &d, obj),
        Descr::ClassMethodObj(f) => crate::builtins::instances::bound_method::new_bound_method(f, crate::builtins::type_::type_value(obj.ty())),
        Descr::StaticMethodObj(f) => f,
        // Data descriptors were handled before binding; as values they are themselves.
        Descr::Data | Descr::Plain | Descr::SetOnly => d,
    })
}

/// [`bind`] with the owner type given (what `super` needs: the type searched is not
/// necessarily `type(obj)`'s first entry).
pub fn bind_any(vm: &mut Vm, d: Value, obj: &Value, owner: &'static TypeObject) -> PyResult<Value> {
    match classify(&d) {
        Descr::ClassMethodObj(f) => Ok(crate::builtins::instances::bound_method::new_bound_method(f, crate::builtins::type_::type_value(owner))),
        Descr::Python { get, .. } => {
            let ty = crate::builtins::type_::type_value(owner);
            crate::ops::call(vm, &get, &[d.clone(), obj.clone(), ty], &[])
        }
        Descr::Data => data_get(vm, obj, "").map(|v| v.unwrap_or(d)),
        _ => bind(vm, d, obj),
    }
}

/// A value found in `t`'s MRO as `T.name` sees it (`tv` is the type as a value):
/// functions and properties stay themselves, class methods bind to `T`, static methods
/// unwrap, other descriptors are asked with `__get__(None, T)`.
pub fn type_attribute_bound(vm: &mut Vm, a: Value, tv: &Value, t: &'static TypeObject) -> PyResult<Value> {
    Ok(match classify(&a) {
        Descr::ClassMethod(w) => wo::bind_classmethod(w, t),
        Descr::ClassMethodObj(f) => crate::builtins::instances::bound_method::new_bound_method(f, tv.clone()),
        Descr::StaticMethodObj(f) => f,
        Descr::Python { get, .. } => {
            let none = crate::builtins::singletons::none();
            return crate::ops::call(vm, &get, &[a.clone(), none, tv.clone()], &[]);
        }
        _ => a,
    })
}

/// The set step of `obj.name = value` (`None`: delete) when the class attribute `d` is
/// a data descriptor that handles it; `Ok(None)` when the instance should store it.
pub fn descriptor_set(vm: &mut Vm, d: &Value, obj: &Value, name: &str, value: Option<Value>) -> PyResult<Option<()>> {
    match classify(d) {
        Descr::Property => crate::builtins::instances::descriptors::property_set(vm, d, obj, value).map(Some),
        Descr::Python { data: true, .. } | Descr::SetOnly => {
            let hook = if value.is_some() { "__set__" } else { "__delete__" };
            match type_lookup(d.ty(), hook) {
                Some(f) => {
                    let mut args = vec![d.clone(), obj.clone()];
                    args.extend(value);
                    crate::ops::call(vm, &f, &args, &[]).map(|_| Some(()))
                }
                None => Err(PyErr::attribute_error(hook)),
            }
        }
        _ => {
            let _ = name;
            Ok(None)
        }
    }
}

/// `obj.name` in CPython's order for an object that is not a type; `Ok(None)` when the
/// attribute does not exist (the caller raises AttributeError).
pub fn generic_getattr(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    let ty = obj.ty();
    let found = type_lookup(ty, name);
    if let Some(d) = &found {
        match classify(d) {
            Descr::Data => return data_get(vm, obj, name),
            Descr::Property => return crate::builtins::instances::descriptors::property_get(vm, d, obj).map(Some),
            Descr::Python { get, data: true } => {
                let t = crate::builtins::type_::type_value(ty);
                return crate::ops::call(vm, &get, &[d.clone(), obj.clone(), t], &[]).map(Some);
            }
            _ => {}
        }
    }
    if let Some(f) = ty.body.slot(|s| s.getattr) {
        if let Some(v) = f(vm, obj, name)? {
            return Ok(Some(v));
        }
    }
    match found {
        Some(d) => bind(vm, d, obj).map(Some),
        None => special_attribute(vm, obj, name),
    }
}

/// `T.name` in CPython's `type_getattro` order (`T` is `tv`, whose body is `t`).
pub fn type_getattro(vm: &mut Vm, tv: &Value, t: &'static TypeObject, name: &str) -> PyResult<Option<Value>> {
    let meta = tv.ty();
    let meta_attr = type_lookup(meta, name);
    if let Some(m) = &meta_attr {
        match classify(m) {
            Descr::Data => return data_get(vm, tv, name),
            Descr::Property => return crate::builtins::instances::descriptors::property_get(vm, m, tv).map(Some),
            Descr::Python { get, data: true } => {
                let mt = crate::builtins::type_::type_value(meta);
                return crate::ops::call(vm, &get, &[m.clone(), tv.clone(), mt], &[]).map(Some);
            }
            _ => {}
        }
    }
    if let Some(a) = type_lookup(t, name) {
        return type_attribute_bound(vm, a, tv, t).map(Some);
    }
    if let Some(v) = crate::builtins::template::class_attr(&t.body, name) {
        return Ok(Some(v));
    }
    match meta_attr {
        Some(m) => bind(vm, m, tv).map(Some),
        None => Ok(None),
    }
}

/// Attributes no type dict holds that some objects have anyway: `__class__` (object's
/// getter), the module and signature of built-in functions, the class attributes of
/// struct sequences, a function's `__builtins__` and `__type_params__`. Kept out of line
/// so the common lookups stay small.
#[cold]
#[inline(never)]
pub fn special_attribute(vm: &mut Vm, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let t = v.ty();
    if name == "__class__" {
        return Ok(Some(crate::builtins::type_::type_value(t)));
    }
    if name == "__doc__" || matches!(name, "__text_signature__" | "__module__") && t.body.kind == Kind::BuiltinFunction {
        // braid keeps no docstrings for built-in objects.
        return Ok(Some(crate::builtins::singletons::none()));
    }
    if t.body.kind == Kind::Tuple {
        if let Some(v) = crate::builtins::type_namespace::struct_seq_class_attr(&t.body, name) {
            return Ok(Some(v));
        }
    }
    if t.body.kind == Kind::Function {
        match name {
            "__builtins__" => return Ok(vm.builtins().cloned()),
            // A function that PEP 695 syntax made generic has it in its own dict.
            "__type_params__" => return Ok(Some(crate::builtins::tuple::new_tuple(Vec::new()))),
            _ => {}
        }
    }
    Ok(None)
}

/// Serialises changes to heap types (a per-type lock once the object mutex API exists).
static TYPE_MUTATION: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// `T.name = value` / `del T.name` (`type_setattro`). Built-in types refuse with
/// CPython's message. A heap type's dict changes under the mutation lock, with the
/// version tags of the type and all its subclasses dropped before (so no cache keeps
/// serving the old value while the change runs) and after (so a tag a reader took
/// during the change, possibly paired with the old value, is never matched again).
pub fn type_setattro(vm: &mut Vm, t: &'static TypeObject, name: &str, value: Option<Value>) -> PyResult<()> {
    let state = &t.body.state;
    let dict = match state.dict_if_filled().and_then(crate::builtins::dict::as_dict) {
        Some(d) if !state.is_immutable() => d,
        // CPython says "set" for deletion too.
        _ => return Err(PyErr::type_error(format!("cannot set '{name}' attribute of immutable type '{}'", t.body.name))),
    };
    if matches!(name, "__name__" | "__qualname__") {
        let current = crate::builtins::instances::class_assign::current_name(t);
        let v = value.ok_or_else(|| PyErr::type_error(format!("cannot delete '{name}' attribute of immutable type '{current}'")))?;
        if crate::builtins::str::as_str(&v).is_none() {
            return Err(PyErr::type_error(format!("can only assign string to {current}.{name}, not '{}'", v.ty().body.name)));
        }
        if name == "__name__" {
            state.set_name(v);
        } else {
            state.set_qualname(v);
        }
        return Ok(());
    }
    if name == "__class__" {
        return crate::builtins::instances::class_assign::set_class(&crate::builtins::type_::type_value(t), value);
    }
    if matches!(name, "__annotations__" | "__annotate__") {
        return crate::builtins::instances::annotations::set_class_attr(vm, t, name, value);
    }
    type_dict_store(vm, t, dict, name, value)
}

/// Stores (or, with `None`, removes) `name` in the heap type `t`'s dict `dict`, under the
/// mutation lock and with the version-tag protocol described at [`type_setattro`].
pub fn type_dict_store(vm: &mut Vm, t: &'static TypeObject, dict: &crate::builtins::dict::DictData, name: &str, value: Option<Value>) -> PyResult<()> {
    let state = &t.body.state;
    let _guard = TYPE_MUTATION.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    if name == "__bases__" {
        state.modified();
        let result = crate::builtins::instances::class_assign::set_bases(t, value);
        state.modified();
        return result;
    }
    state.modified();
    let key = crate::builtins::str::intern(name);
    let result = match value {
        Some(v) => dict.set(vm, key, v),
        None => match dict.remove(vm, &key) {
            Ok(Some(_)) => Ok(()),
            Ok(None) => Err(PyErr::attribute_error(format!("type object '{}' has no attribute '{name}'", t.body.name))),
            Err(e) => Err(e),
        },
    };
    state.modified();
    result
}

/// How `name` resolves on every instance of one type version, for an inline cache.
pub enum Resolution {
    /// A method descriptor or slot wrapper: a call site calls `func` (an immortal plain
    /// function) with the instance first. `check_instance`: the type's instances can
    /// carry their own attributes, so this slot is asked first on every hit.
    Method {
        /// The descriptor found in the type dict.
        descr: Value,
        /// The function called with `self` first.
        func: Value,
        /// The instance step to run before using the method.
        check_instance: Option<GetAttrFn>,
    },
    /// A data attribute of a built-in type, or a name only instances have (module
    /// attributes): the `getattr` slot answers; when it does not, the slow path runs.
    Slot(GetAttrFn),
    /// An attribute of user-class instances in shape form: the value at `index` of an
    /// instance whose shape is `shape` (any other shape is a miss).
    Field {
        /// The shape the index is valid for.
        shape: &'static crate::builtins::instances::shape::Shape,
        /// The slot index.
        index: usize,
    },
    /// A store that adds the attribute: an instance with shape `from` appends the value
    /// and takes shape `to`.
    AddField {
        /// Shape before the store.
        from: &'static crate::builtins::instances::shape::Shape,
        /// Shape after it.
        to: &'static crate::builtins::instances::shape::Shape,
    },
}

/// Kinds whose `getattr` slot serves only the data attributes the type declares (the
/// numbers' `real`/`imag`, a range's `start`/`stop`/`step`): their instances cannot
/// shadow a method, so a cached method needs no instance check.
fn closed_instances(kind: Kind) -> bool {
    matches!(kind, Kind::Int | Kind::Bool | Kind::Float | Kind::Complex | Kind::Range | Kind::Slice)
}

/// What an inline cache may remember about `name` on instances of `ty` (not a type
/// object: those are not cached), or `None` when the lookup must run every time.
pub fn resolve_for_cache(ty: &'static TypeObject, name: &str) -> Option<Resolution> {
    if ty.body.kind == Kind::Type {
        return None;
    }
    let slot = ty.body.slot(|s| s.getattr);
    if ty.body.state.is_heap() && crate::builtins::instances::dunder_slots::lookup(ty, "__getattribute__").is_some() {
        return None;
    }
    match type_lookup(ty, name) {
        Some(d) => match classify(&d) {
            Descr::Function => Some(Resolution::Method { descr: d.clone(), func: d, check_instance: slot }),
            Descr::Method(w) | Descr::SlotWrapper(w) => {
                let func = crate::builtins::function::new_builtin_function(w.name, w.func, None);
                let check_instance = slot.filter(|_| !closed_instances(ty.body.kind));
                Some(Resolution::Method { descr: d.clone(), func, check_instance })
            }
            Descr::Data => slot.map(Resolution::Slot),
            _ => None,
        },
        None => slot.map(Resolution::Slot),
    }
}

/// `obj.name` for a method call: the callable and, for a method, the instance to pass
/// first (no bound-method object is made). `Ok(None)` when the attribute is missing.
pub fn load_method(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<(Value, Option<Value>)>> {
    let ty = obj.ty();
    if let Some(t) = as_type(obj) {
        return Ok(type_getattro(vm, obj, t, name)?.map(|v| (v, None)));
    }
    if ty.body.state.is_heap() && crate::builtins::instances::dunder_slots::lookup(ty, "__getattribute__").is_some() {
        return Ok(crate::ops::getattr_opt(vm, obj, name)?.map(|v| (v, None)));
    }
    let found = type_lookup(ty, name);
    if let Some(d) = &found {
        if classify(d).is_data() {
            return Ok(generic_getattr(vm, obj, name)?.map(|v| (v, None)));
        }
    }
    if let Some(f) = ty.body.slot(|s| s.getattr) {
        if let Some(v) = f(vm, obj, name)? {
            return Ok(Some((v, None)));
        }
    }
    match found {
        Some(d) => match classify(&d) {
            Descr::Method(_) | Descr::SlotWrapper(_) | Descr::Function => Ok(Some((d, Some(obj.clone())))),
            _ => Ok(Some((bind(vm, d, obj)?, None))),
        },
        None => match special_attribute(vm, obj, name)? {
            Some(v) => Ok(Some((v, None))),
            None if ty.body.state.is_heap() => Ok(crate::builtins::instances::hooks::getattr_fallback(vm, obj, name)?.map(|v| (v, None))),
            None => Ok(None),
        },
    }
}

/// The per-thread type attribute cache behind [`type_lookup`].
mod type_cache {
    use std::cell::Cell;

    use crate::object::{TypeObject, Value};

    const SIZE: usize = 4096;

    /// (version tag, name hash, interned name object, value word or 0 for "absent").
    type Entry = (u32, u64, usize, usize);

    thread_local! {
        static CACHE: [Cell<Entry>; SIZE] = const { [const { Cell::new((0, 0, 0, 0)) }; SIZE] };
    }

    #[inline]
    fn fx_hash(s: &str) -> u64 {
        let mut h: u64 = s.len() as u64;
        for b in s.bytes() {
            h = (h.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
        h
    }

    pub fn lookup(t: &'static TypeObject, name: &str, slow: fn(&'static TypeObject, &str) -> Option<Value>) -> Option<Value> {
        let version = t.body.state.version_or_assign();
        if version == 0 {
            return slow(t, name);
        }
        let h = fx_hash(name);
        let slot = ((h ^ u64::from(version).wrapping_mul(0x9E37_79B9)) as usize) % SIZE;
        let (v, eh, n, w) = CACHE.with(|c| c[slot].get());
        if v == version && eh == h && n != 0 {
            // SAFETY: `n` is an immortal interned str stored below.
            let stored = unsafe { Value::from_raw(n) };
            let same = crate::builtins::str::as_str(&stored) == Some(name);
            std::mem::forget(stored);
            if same {
                // SAFETY: the value word was held by a type dict along the MRO of a type
                // whose tag is still `version`; any change to those dicts drops the tag,
                // so the dict still holds it.
                return (w != 0).then(|| unsafe { Value::from_borrowed_ptr(w as *const crate::object::header::Header) });
            }
        }
        let found = slow(t, name);
        let word = match &found {
            Some(x) if x.is_small_int() => return found,
            Some(x) => x.raw(),
            None => 0,
        };
        let key = crate::builtins::str::intern(name);
        if let Some(hd) = key.header() {
            hd.make_immortal();
        }
        CACHE.with(|c| c[slot].set((version, h, key.into_raw(), word)));
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::builtins::type_::{type_value, OBJECT_TYPE, TYPE_TYPE};
    use crate::object::type_state::TypeState;
    use crate::object::{Slots, TypeData};

    /// A heap type as a `class` statement will make one (names, bases, MRO, dict, and
    /// registration with its base), enough to exercise mutation and version tags.
    fn heap_type(name: &'static str, base: &'static TypeObject) -> &'static TypeObject {
        let body = TypeData {
            name,
            kind: Kind::Object,
            base: Some(base),
            dealloc: crate::object::dealloc_box::<()>,
            slots: Slots::EMPTY,
            methods: &[],
            state: TypeState::heap(),
        };
        let v = crate::object::alloc(&TYPE_TYPE, body);
        v.header().expect("object").make_immortal();
        let t = as_type(&v).expect("a type");
        let mut mro = vec![type_value(t)];
        mro.extend(mro_types(base).map(type_value));
        t.body.state.mro_or_init(|| crate::builtins::tuple::new_tuple(mro));
        t.body.state.bases_or_init(|| crate::builtins::tuple::new_tuple(vec![type_value(base)]));
        t.body.state.dict_or_init(crate::builtins::dict::new_dict);
        base.body.state.add_subclass(t);
        t
    }

    fn method(_vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
        Ok(crate::builtins::singletons::none())
    }

    #[test]
    fn changing_a_base_drops_the_subclass_tags() {
        let mut vm = Vm::new();
        let a = heap_type("A", &OBJECT_TYPE);
        let b = heap_type("B", a);
        let (ta, tb) = (a.body.state.version_or_assign(), b.body.state.version_or_assign());
        assert!(ta != 0 && tb != 0 && ta != tb);
        type_setattro(&mut vm, a, "x", Some(crate::builtins::int::new_int(1))).expect("heap types take attributes");
        assert_eq!((a.body.state.version(), b.body.state.version()), (0, 0));
        assert_eq!(type_lookup(b, "x").and_then(|v| v.as_small_int()), Some(1));
        let tb2 = b.body.state.version_or_assign();
        assert!(tb2 != 0 && tb2 != tb);
        // A change to the subclass leaves the base's tag alone.
        let ta2 = a.body.state.version_or_assign();
        type_setattro(&mut vm, b, "x", Some(crate::builtins::int::new_int(2))).expect("set");
        assert_eq!(a.body.state.version(), ta2);
        assert_eq!(type_lookup(b, "x").and_then(|v| v.as_small_int()), Some(2));
        assert_eq!(type_lookup(a, "x").and_then(|v| v.as_small_int()), Some(1));
        type_setattro(&mut vm, b, "x", None).expect("delete");
        assert_eq!(type_lookup(b, "x").and_then(|v| v.as_small_int()), Some(1));
        assert!(type_setattro(&mut vm, b, "x", None).is_err());
    }

    #[test]
    fn cache_entries_follow_the_version_tag() {
        let mut vm = Vm::new();
        let a = heap_type("A2", &OBJECT_TYPE);
        let b = heap_type("B2", a);
        let m = wo::new_method_descriptor("m", method, a);
        type_setattro(&mut vm, a, "m", Some(m)).expect("set");
        let v1 = b.body.state.version_or_assign();
        let e1 = crate::interp::inline_cache::attr_entry(v1, b, "m").expect("a method is cacheable");
        assert!(matches!(e1.kind, Resolution::Method { check_instance: None, .. }) && e1.version == v1);
        assert!(std::ptr::eq(e1, crate::interp::inline_cache::attr_entry(v1, b, "m").expect("interned")));
        // Replacing the method on the base gives the subclass a new tag: the old entry
        // no longer matches, and the new one sees the plain value (not cached).
        type_setattro(&mut vm, a, "m", Some(crate::builtins::int::new_int(3))).expect("set");
        let v2 = b.body.state.version_or_assign();
        assert_ne!(v1, v2);
        assert!(crate::interp::inline_cache::attr_entry(v2, b, "m").is_none());
    }

    #[test]
    fn built_in_types_are_immutable() {
        let mut vm = Vm::new();
        let e = type_setattro(&mut vm, &crate::builtins::int::INT_TYPE, "x", Some(crate::builtins::int::new_int(1))).expect_err("immutable");
        assert!(e.matches(&crate::builtins::exceptions::TYPE_ERROR));
        let text = crate::ops::str_string(&mut vm, &e.exc).expect("str of the exception");
        assert_eq!(text, "cannot set 'x' attribute of immutable type 'int'");
    }

    #[test]
    fn lookup_follows_the_mro_of_built_in_types() {
        let found = type_lookup(&crate::builtins::singletons::BOOL_TYPE, "bit_length").expect("inherited from int");
        assert!(matches!(classify(&found), Descr::Method(w) if w.name == "bit_length"));
        assert!(matches!(classify(&type_lookup(&crate::builtins::int::INT_TYPE, "real").expect("getset")), Descr::Data));
        assert!(type_lookup(&crate::builtins::list::LIST_TYPE, "no_such_name").is_none());
    }
}
