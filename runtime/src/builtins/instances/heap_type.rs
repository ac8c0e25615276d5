//! Creating classes at run time: `type(name, bases, ns)`, what a `class` statement's
//! metaclass call ends in (CPython's `type_new`).
//!
//! A heap type is an `Obj<TypeData>` like a built-in type, allocated, made immortal (a
//! class lives until the cycle collector can prove it unreachable; until that exists
//! classes are never freed, which also keeps every `&'static TypeObject` taken from one
//! valid) and filled in one go: name values, bases, C3 MRO, its own dict (a copy of the
//! namespace), the version tag state, and the dunder-dispatching slot table
//! (`dunder_slots.rs`) that routes the protocol slots to `__add__`, `__len__` ... found
//! along the MRO.
//!
//! The instance layout comes from the bases' "solid base", the nearest built-in type
//! that fixes the body: `object` gives an [`InstanceExt`] body (attributes in shapes),
//! exceptions keep `ExceptionData` (whose dict holds the attributes), other built-in
//! types with a body of their own (int, str, list, dict ...) keep it and add the
//! attributes beside it (`builtin_layout.rs`).

use crate::builtins::dict::{as_dict, new_dict};
use crate::builtins::str::{as_str, new_str};
use crate::builtins::tuple::{as_tuple, new_tuple};
use crate::builtins::type_::{as_type, type_value, OBJECT_TYPE, TYPE_TYPE};
use crate::builtins::type_init::mro_types;
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::type_state::{TypeState, FLAG_NO_DICT, FLAG_WEAKREFABLE};
use crate::object::{Kind, Obj, TypeData, TypeObject, Value};

use super::instance::InstanceExt;

/// The kinds of built-in type a class may derive from, and how its instances are laid out.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Layout {
    /// `object` (and classes deriving only from it): an `InstanceExt` body.
    Plain,
    /// An exception: `ExceptionData`, attributes in its dict.
    Exception,
    /// A metaclass: its instances are classes (`TypeData`).
    Type,
    /// `weakref.ref`: the reference's body, then the instance attributes.
    Weakref,
    /// A built-in type with a body of its own (int, str, list, dict ...): its body,
    /// then the instance attributes (`builtin_layout.rs`).
    Builtin(Kind),
}

/// The layout a base imposes, or the error for a type that cannot be subclassed.
fn layout_of(base: &'static TypeObject) -> PyResult<Layout> {
    if std::ptr::eq(base, &crate::builtins::weakref::reference::REF_TYPE) {
        return Ok(Layout::Weakref);
    }
    if crate::builtins::weakref::reference::is_weakref_type(base) {
        return Err(PyErr::type_error(format!("type '{}' is not an acceptable base type", base.body.name)));
    }
    match base.body.kind {
        Kind::Object => Ok(Layout::Plain),
        Kind::Instance => Ok(base.body.state.solid_kind().map_or(Layout::Plain, Layout::Builtin)),
        Kind::Exception => Ok(Layout::Exception),
        Kind::Type => Ok(Layout::Type),
        Kind::List | Kind::Tuple | Kind::Dict | Kind::Set | Kind::FrozenSet | Kind::Int | Kind::Float | Kind::Complex | Kind::Str | Kind::Bytes
            if !base.body.state.is_heap() =>
        {
            Ok(Layout::Builtin(base.body.kind))
        }
        Kind::Property if std::ptr::eq(base, &super::descriptors::PROPERTY_TYPE) => Ok(Layout::Builtin(Kind::Property)),
        Kind::ByteArray => {
            Err(PyErr::new(&crate::builtins::exceptions::NOT_IMPLEMENTED_ERROR, format!("subclassing the built-in type '{}' is not supported yet", base.body.name)))
        }
        _ => Err(PyErr::type_error(format!("type '{}' is not an acceptable base type", base.body.name))),
    }
}

/// Offset of an `InstanceExt` body from the header.
fn plain_ext_offset() -> i32 {
    std::mem::offset_of!(Obj<InstanceExt>, body) as i32
}

/// Allocates an instance of heap type `t` with a plain (`object`) layout.
pub fn alloc_plain_instance(t: &'static TypeObject) -> Value {
    crate::object::alloc(t, InstanceExt::new())
}

/// The metaclass a class with these bases gets: the most derived of `meta` and the
/// bases' types, or CPython's "metaclass conflict" error.
pub fn calculate_metaclass(meta: &'static TypeObject, bases: &[Value]) -> PyResult<&'static TypeObject> {
    let mut winner = meta;
    for b in bases {
        let t = b.ty();
        if winner.body.is_subtype(&t.body) {
            continue;
        }
        if t.body.is_subtype(&winner.body) {
            winner = t;
            continue;
        }
        return Err(PyErr::type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

/// `type.__new__(meta, name, bases, ns, **kw)`.
pub fn type_new(vm: &mut Vm, meta: &'static TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kwnames.len();
    if npos != 3 {
        return Err(PyErr::type_error("type.__new__() takes exactly 3 arguments (".to_string() + &npos.to_string() + " given)"));
    }
    let name = as_str(&args[0]).ok_or_else(|| PyErr::type_error(format!("type.__new__() argument 1 must be str, not {}", args[0].ty().body.name)))?;
    let bases = as_tuple(&args[1]).ok_or_else(|| PyErr::type_error(format!("type.__new__() argument 2 must be tuple, not {}", args[1].ty().body.name)))?;
    let ns = as_dict(&args[2]).ok_or_else(|| PyErr::type_error(format!("type.__new__() argument 3 must be dict, not {}", args[2].ty().body.name)))?;
    let meta = calculate_metaclass(meta, bases)?;
    let cls = create(vm, meta, name, bases, ns)?;
    init_class(vm, &cls, ns, &args[npos..], kwnames)?;
    Ok(cls)
}

/// Builds the type object (no `__set_name__` / `__init_subclass__` calls yet).
fn create(vm: &mut Vm, meta: &'static TypeObject, name: &str, bases: &[Value], ns: &crate::builtins::dict::DictData) -> PyResult<Value> {
    let mut base_types: Vec<&'static TypeObject> = Vec::with_capacity(bases.len().max(1));
    for b in bases {
        let t = as_type(b).ok_or_else(|| PyErr::type_error(format!("bases must be types, not {}", b.ty().body.name)))?;
        if base_types.iter().any(|x| std::ptr::eq(*x, t)) {
            return Err(PyErr::type_error(format!("duplicate base class {}", t.body.name)));
        }
        base_types.push(t);
    }
    if base_types.is_empty() {
        base_types.push(&OBJECT_TYPE);
    }
    // The layout: every base must agree on it (object is compatible with anything).
    let mut layout = Layout::Plain;
    let mut best_base: &'static TypeObject = base_types[0];
    for &b in &base_types {
        let l = layout_of(b)?;
        if l != Layout::Plain {
            if layout != Layout::Plain && layout != l {
                return Err(PyErr::type_error("multiple bases have instance lay-out conflict"));
            }
            if layout == Layout::Plain {
                best_base = b;
            }
            layout = l;
        }
    }
    // The MRO (computed with a stand-in for the class itself).
    let this: *const TypeObject = std::ptr::null();
    let base_ptrs: Vec<*const TypeObject> = base_types.iter().map(|b| *b as *const TypeObject).collect();
    let base_mros: Vec<Vec<*const TypeObject>> = base_types.iter().map(|b| mro_types(b).map(|x| x as *const TypeObject).collect()).collect();
    let type_name = |p: *const TypeObject| {
        // SAFETY: every pointer but the stand-in is a live type object.
        if p.is_null() { name.to_string() } else { unsafe { (*p).body.name.to_string() } }
    };
    let order = crate::object::mro::compute_mro(this, &base_ptrs, base_mros, type_name).map_err(PyErr::type_error)?;

    // `__slots__`: the names instances may carry; no `__dict__` unless listed.
    let slots = slot_names(vm, ns, name)?;
    if let (Some(names), Layout::Builtin(Kind::Int | Kind::Bytes | Kind::Tuple)) = (&slots, layout) {
        // CPython's variable-size objects keep no slot storage after their items.
        if names.iter().any(|n| n != "__dict__" && n != "__weakref__") {
            return Err(PyErr::type_error(format!("nonempty __slots__ not supported for subtype of '{}'", builtin_base_name(&base_types))));
        }
    }
    let no_dict = slots.as_ref().is_some_and(|s| !s.iter().any(|n| n == "__dict__"))
        && base_types.iter().all(|b| b.body.state.no_dict() || !b.body.state.is_heap());
    let solid = match layout {
        Layout::Builtin(k) => Some(k),
        _ => None,
    };
    let (kind, dealloc, ext_offset): (Kind, unsafe fn(*mut crate::object::header::Header), i32) = match layout {
        Layout::Plain => (Kind::Instance, crate::object::value::dealloc_box::<InstanceExt>, plain_ext_offset()),
        Layout::Builtin(k) => {
            let l = super::builtin_layout::layout_for(k).expect("a built-in layout");
            (Kind::Instance, l.dealloc, l.ext_offset)
        }
        Layout::Exception => (Kind::Exception, crate::object::value::dealloc_box::<crate::builtins::exceptions::ExceptionData>, 0),
        Layout::Type => (Kind::Type, crate::object::value::dealloc_box::<TypeData>, 0),
        Layout::Weakref => {
            use crate::builtins::weakref::reference::{subclass_dealloc, SUBCLASS_EXT_OFFSET};
            (Kind::Instance, subclass_dealloc as unsafe fn(*mut crate::object::header::Header), SUBCLASS_EXT_OFFSET)
        }
    };
    // Weak references: refused for subclasses of variable-size built-in types and for
    // `__slots__` classes that do not list `__weakref__` (unless a base accepts them).
    let weakrefable = !matches!(layout, Layout::Type | Layout::Builtin(Kind::Int | Kind::Bytes | Kind::Tuple))
        && (slots.as_ref().is_none_or(|s| s.iter().any(|n| n == "__weakref__"))
            || base_types.iter().any(|b| b.body.state.is_heap() && b.body.state.weakrefable()));
    let flags = if no_dict { FLAG_NO_DICT } else { 0 } | if weakrefable { FLAG_WEAKREFABLE } else { 0 };
    // Instances die through the wrapper that runs `__del__` first (finalizer.rs).
    let (dealloc, state) = match layout {
        Layout::Type => (dealloc, TypeState::heap_with_ext(ext_offset, flags, solid)),
        _ => (super::finalizer::heap_instance_dealloc as unsafe fn(*mut crate::object::header::Header), TypeState::heap_with_ext(ext_offset, flags, solid).with_inner_dealloc(dealloc)),
    };
    let leaked_name: &'static str = Box::leak(name.to_string().into_boxed_str());
    let body = TypeData { name: leaked_name, kind, base: Some(best_base), dealloc, slots: super::dunder_slots::HEAP_SLOTS, methods: &[], state };
    let cls = crate::object::alloc(meta, body);
    if let Some(h) = cls.header() {
        h.make_immortal();
    }
    let t = as_type(&cls).expect("a new type");

    // Names, bases, MRO.
    let qualname = match ns.get_str("__qualname__") {
        Some(q) if as_str(&q).is_some() => q,
        Some(q) => return Err(PyErr::type_error(format!("type __qualname__ must be a str, not {}", q.ty().body.name))),
        None => new_str(name),
    };
    t.body.state.set_name(new_str(name));
    t.body.state.set_qualname(qualname);
    t.body.state.bases_or_init(|| new_tuple(base_types.iter().map(|b| type_value(b)).collect()));
    let mro_values: Vec<Value> = order.iter().map(|p| if p.is_null() { cls.clone() } else { type_value(unsafe_type(*p)) }).collect();
    t.body.state.mro_or_init(|| new_tuple(mro_values));
    let mro_bodies: Vec<&'static TypeData> = order.iter().map(|p| if p.is_null() { &t.body } else { &unsafe_type(*p).body }).collect();
    t.body.state.set_heap_mro(mro_bodies.into_boxed_slice());

    // The type dict: a copy of the namespace, with CPython's adjustments.
    let dict = new_dict();
    let d = as_dict(&dict).expect("new dict");
    for (k, v) in ns.items() {
        let key = as_str(&k).unwrap_or("");
        if key == "__qualname__" || key == "__classcell__" {
            continue;
        }
        let v = match key {
            // Implicitly static / class methods, as CPython makes them.
            "__new__" if crate::builtins::function::as_function(&v).is_some() => super::descriptors::new_staticmethod(v),
            "__init_subclass__" | "__class_getitem__" if crate::builtins::function::as_function(&v).is_some() => {
                super::descriptors::new_classmethod(v)
            }
            _ => v,
        };
        d.set(vm, k, v)?;
    }
    // A class that defines `__eq__` but not `__hash__` is unhashable.
    if d.get_str("__eq__").is_some() && d.get_str("__hash__").is_none() {
        d.set_str("__hash__", crate::builtins::singletons::none());
    }
    if d.get_str("__module__").is_none() {
        // `type(name, bases, ns)` called directly: the caller's module, as CPython takes
        // it from the calling frame's globals.
        let module = vm.frames.last().and_then(|f| as_dict(&f.globals).and_then(|g| g.get_str("__name__")));
        if let Some(m) = module {
            d.set_str("__module__", m);
        }
    }
    if d.get_str("__doc__").is_none() {
        d.set_str("__doc__", crate::builtins::singletons::none());
    }
    if let Some(names) = &slots {
        for n in names {
            if n != "__dict__" && n != "__weakref__" {
                if d.get_str(n).is_some() {
                    return Err(PyErr::value_error(format!("'{n}' in __slots__ conflicts with class variable")));
                }
                d.set_str(n, super::descriptors::new_slot_member(n, t));
            }
        }
    } else if base_types.iter().all(|b| !b.body.state.is_heap() || b.body.state.no_dict()) && matches!(layout, Layout::Plain | Layout::Builtin(_) | Layout::Weakref) {
        // Instances get a `__dict__` here: its getset descriptor, as CPython lists it.
        d.set_str("__dict__", super::descriptors::new_dict_descriptor(t));
    }
    if weakrefable && !base_types.iter().any(|b| b.body.state.is_heap() && b.body.state.weakrefable()) {
        // The first class of a hierarchy to accept weak references lists `__weakref__`.
        d.set_str("__weakref__", crate::builtins::type_namespace::new_getset_descriptor("__weakref__", &t.body));
    }
    t.body.state.dict_or_init(|| dict);
    for b in &base_types {
        b.body.state.add_subclass(t);
    }
    Ok(cls)
}

/// The name of the built-in type that fixes the layout of a class with these bases.
fn builtin_base_name(bases: &[&'static TypeObject]) -> &'static str {
    bases.iter().find_map(|b| b.body.mro().find(|td| !td.state.is_heap() && td.kind != Kind::Object)).map_or("object", |td| td.name)
}

fn unsafe_type(p: *const TypeObject) -> &'static TypeObject {
    // SAFETY: MRO entries other than the stand-in are live (immortal or static) types.
    unsafe { &*p }
}

/// The names `__slots__` lists (a string or an iterable of strings), if present.
fn slot_names(vm: &mut Vm, ns: &crate::builtins::dict::DictData, class_name: &str) -> PyResult<Option<Vec<String>>> {
    let Some(s) = ns.get_str("__slots__") else { return Ok(None) };
    let items = if as_str(&s).is_some() { vec![s] } else { crate::ops::collect_iterable(vm, &s)? };
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        let n = as_str(&it).ok_or_else(|| PyErr::type_error(format!("__slots__ items must be strings, not '{}'", it.ty().body.name)))?;
        if !crate::text::unicode::str_is_identifier(n) {
            return Err(PyErr::type_error("__slots__ must be identifiers"));
        }
        out.push(mangle(class_name, n));
    }
    Ok(Some(out))
}

/// A private name (`__x`, not `__x__`) as the class body's code spells it:
/// `_Class__x` (unchanged when the class name is only underscores).
pub fn mangle(class_name: &str, n: &str) -> String {
    let stripped = class_name.trim_start_matches('_');
    if n.starts_with("__") && !n.ends_with("__") && !stripped.is_empty() {
        format!("_{stripped}{n}")
    } else {
        n.to_string()
    }
}

/// After the type exists: `__set_name__` on the namespace's descriptors, then the
/// parent's `__init_subclass__(**kw)`.
fn init_class(vm: &mut Vm, cls: &Value, ns: &crate::builtins::dict::DictData, kw_values: &[Value], kwnames: &[Value]) -> PyResult<()> {
    let t = as_type(cls).expect("a type");
    for (k, v) in ns.items() {
        if v.is_small_int() {
            continue;
        }
        if let Some(set_name) = crate::builtins::attr_lookup::type_lookup(v.ty(), "__set_name__") {
            crate::ops::call(vm, &set_name, &[v.clone(), cls.clone(), k.clone()], &[]).inspect_err(|e| {
                // CPython 3.12+ adds a note naming the attribute.
                crate::builtins::exceptions::add_note_text(
                    &e.exc,
                    &format!("Error calling __set_name__ on '{}' instance '{}' in '{}'", v.ty().body.name, as_str(&k).unwrap_or(""), t.body.name),
                );
            })?;
        }
    }
    // `super(cls, cls).__init_subclass__(**kw)`: the first definition after `cls`.
    let found = mro_types(t).skip(1).find_map(|b| as_dict(crate::builtins::type_init::type_dict(b)).and_then(|d| d.get_str("__init_subclass__")));
    if let Some(f) = found {
        let bound = super::descriptors::bind_class_attribute(vm, f, t)?;
        crate::ops::call(vm, &bound, kw_values, kwnames)?;
    }
    Ok(())
}

/// True when the class (not a built-in type of its MRO) defines `name`.
pub fn heap_defines(t: &'static TypeObject, name: &'static str) -> bool {
    super::dunder_slots::lookup(t, name).is_some()
}

/// `repr(cls)` / the traceback name of a class: `module.qualname`, or just the
/// qualname for `builtins`.
pub fn full_name(t: &'static TypeObject) -> String {
    if !t.body.state.is_heap() {
        return t.body.name.to_string();
    }
    let qual = crate::builtins::type_init::qualname_value(t);
    let qual = as_str(&qual).unwrap_or(t.body.name).to_string();
    match module_name(t) {
        Some(m) if m != "builtins" => format!("{m}.{qual}"),
        _ => qual,
    }
}

/// The `__module__` of a heap type, if it is a str.
pub fn module_name(t: &'static TypeObject) -> Option<String> {
    let d = t.body.state.dict_if_filled().and_then(as_dict)?;
    d.get_str("__module__").and_then(|m| as_str(&m).map(str::to_string))
}

/// The metatype check `type.__new__` and `type.__call__` share.
pub fn is_metatype(t: &'static TypeObject) -> bool {
    t.body.is_subtype(&TYPE_TYPE.body)
}
