//! A built-in type's namespace seen from Python: `T.__dict__` (a read-only
//! `mappingproxy`) and the descriptors of data attributes (`int.real` is
//! `<attribute 'real' of 'int' objects>`).
//!
//! A built-in type's attributes are declared in three static places: the method table,
//! the dunder declarations of `type_dunders` and the data attributes its `getattr` slot
//! serves. [`own_names`] and [`own_attribute`] turn those into the entries of the type's
//! real dict (filled once, by `type_init::type_dict`, in that order, so the order is
//! braid's rather than CPython's definition order); `T.__dict__` is that dict behind a
//! proxy that refuses item assignment as CPython's does.

use crate::builtin_type;
use crate::builtins::str::new_str;
use crate::builtins::type_::{as_type, type_value};
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::{BinOp, CompareOp, Kind, MethodDef, Slots, TypeData, TypeObject, Value};

/// A read-only view of a mapping.
pub struct MappingProxyData {
    /// The mapping shown.
    pub mapping: Value,
}

builtin_type!(
    MAPPING_PROXY_TYPE,
    "mappingproxy",
    Kind::Object,
    MappingProxyData,
    Some(&crate::builtins::type_::OBJECT_TYPE),
    Slots {
        repr: Some(proxy_repr),
        str: Some(proxy_str),
        len: Some(proxy_len),
        getitem: Some(proxy_getitem),
        contains: Some(proxy_contains),
        iter: Some(proxy_iter),
        compare: Some(proxy_compare),
        binop: Some(proxy_binop),
        new: Some(proxy_new),
        ..Slots::EMPTY
    },
    &[
        MethodDef::method("keys", proxy_keys),
        MethodDef::method("values", proxy_values),
        MethodDef::method("items", proxy_items),
        MethodDef::method("get", proxy_get),
        MethodDef::method("copy", proxy_copy),
        MethodDef::method("__reversed__", proxy_reversed),
    ]
);

/// `types.MappingProxyType(mapping)`: any mapping but a list or tuple, as CPython checks.
fn proxy_new(_vm: &mut Vm, _t: &'static TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kwnames.len();
    let mapping = match (npos, kwnames) {
        (1, []) => &args[0],
        (0, [k]) if crate::builtins::str::as_str(k) == Some("mapping") => &args[0],
        (0, []) => return Err(PyErr::type_error("mappingproxy() missing required argument 'mapping' (pos 1)")),
        (_, [k, ..]) if npos == 0 || crate::builtins::str::as_str(k) != Some("mapping") => {
            return Err(PyErr::type_error(format!("mappingproxy() got an unexpected keyword argument '{}'", crate::builtins::str::as_str(k).unwrap_or(""))))
        }
        _ => return Err(PyErr::type_error(format!("mappingproxy() takes at most 1 argument ({} given)", args.len()))),
    };
    let is_mapping = !mapping.is_small_int()
        && mapping.ty().body.slot(|s| s.getitem).is_some()
        && crate::builtins::list::as_list(mapping).is_none()
        && crate::builtins::tuple::as_tuple(mapping).is_none();
    if !is_mapping {
        return Err(PyErr::type_error(format!("mappingproxy() argument must be a mapping, not {}", mapping.ty().body.name)));
    }
    Ok(crate::object::alloc(&MAPPING_PROXY_TYPE, MappingProxyData { mapping: mapping.clone() }))
}

/// `str(proxy)` is the mapping's own `str`, as CPython's `mappingproxy_str`.
fn proxy_str(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let mapping = proxy(v)?.mapping.clone();
    crate::ops::str_(vm, &mapping)
}

fn proxy(v: &Value) -> PyResult<&MappingProxyData> {
    if !v.is_small_int() && std::ptr::eq(v.ty(), &MAPPING_PROXY_TYPE) {
        // SAFETY: objects of MAPPING_PROXY_TYPE are Obj<MappingProxyData>.
        Ok(unsafe { v.body_unchecked::<MappingProxyData>() })
    } else {
        Err(PyErr::type_error(format!("descriptor requires a 'mappingproxy' object but received a '{}'", v.ty().body.name)))
    }
}

fn proxy_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let inner = crate::ops::repr_string(vm, &proxy(v)?.mapping)?;
    Ok(new_str(&format!("mappingproxy({inner})")))
}

fn proxy_len(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    crate::ops::len(vm, &proxy(v)?.mapping)
}

fn proxy_getitem(vm: &mut Vm, v: &Value, key: &Value) -> PyResult<Value> {
    crate::ops::getitem(vm, &proxy(v)?.mapping, key)
}

fn proxy_contains(vm: &mut Vm, v: &Value, key: &Value) -> PyResult<bool> {
    crate::ops::contains(vm, &proxy(v)?.mapping, key)
}

fn proxy_iter(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    crate::ops::iter(vm, &proxy(v)?.mapping)
}

/// Comparisons look through the proxy (`int.__dict__ == int.__dict__`).
fn proxy_compare(vm: &mut Vm, v: &Value, other: &Value, op: CompareOp) -> PyResult<Option<Value>> {
    let mine = proxy(v)?.mapping.clone();
    let theirs = proxy(other).map_or_else(|_| other.clone(), |p| p.mapping.clone());
    crate::ops::compare(vm, &mine, &theirs, op).map(Some)
}

/// `proxy | mapping` (either side): a new dict, as for dicts.
fn proxy_binop(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if op != BinOp::Or {
        return Ok(None);
    }
    let unwrap = |x: &Value| proxy(x).map_or_else(|_| x.clone(), |p| p.mapping.clone());
    let (a, b) = (unwrap(a), unwrap(b));
    if crate::builtins::dict::as_dict(&a).is_none() || crate::builtins::dict::as_dict(&b).is_none() {
        return Ok(None);
    }
    crate::ops::binary(vm, op, &a, &b).map(Some)
}

fn forward(vm: &mut Vm, name: &str, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let mapping = proxy(&args[0])?.mapping.clone();
    let method = crate::ops::getattr(vm, &mapping, name)?;
    crate::ops::call(vm, &method, &args[1..], kw)
}

fn proxy_keys(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    forward(vm, "keys", args, kw)
}
fn proxy_values(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    forward(vm, "values", args, kw)
}
fn proxy_items(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    forward(vm, "items", args, kw)
}
fn proxy_get(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    forward(vm, "get", args, kw)
}
fn proxy_reversed(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    forward(vm, "__reversed__", args, kw)
}
fn proxy_copy(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    forward(vm, "copy", args, kw)
}

/// The names type `t` defines itself (not its bases): methods, dunders, data attributes.
pub fn own_names(t: &'static TypeData) -> Vec<&'static str> {
    // Types that share their base's method table (the exception hierarchy) define those
    // methods once, on the base, as CPython's do.
    let shared = t.base.is_some_and(|b| std::ptr::eq(b.body.methods, t.methods));
    let mut names: Vec<&'static str> = if shared { Vec::new() } else { t.methods.iter().map(|m| m.name).collect() };
    names.extend(crate::builtins::slot_wrappers::own_names(t));
    names.extend(crate::builtins::type_dunders::data_attributes(t));
    if crate::builtins::type_dunders::hash_is_none(t) {
        names.push("__hash__");
    }
    if !std::ptr::eq(t, &crate::builtins::type_::OBJECT_TYPE.body) {
        // The dunders `object` declares for everyone belong to each type that fills the
        // slot behind them (`int.__lt__`), as in CPython's dicts.
        let s = &t.slots;
        if s.compare.is_some() {
            names.extend(["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"]);
        }
        for (filled, name) in [(s.hash.is_some(), "__hash__"), (s.repr.is_some(), "__repr__"), (s.str.is_some(), "__str__")] {
            if filled {
                names.push(name);
            }
        }
    }
    if t.slots.new.is_some() {
        // Every type with its own constructor has `__new__` in its dict.
        names.push("__new__");
    }
    names.push("__doc__");
    if let Some(def) = struct_seq_def(t) {
        names.extend(def.fields);
        if !std::ptr::eq(def.ty, &crate::builtins::structseq::NAMESPACE_TYPE) {
            names.extend(STRUCT_SEQ_CLASS_ATTRIBUTES);
        }
    }
    let mut seen = std::collections::HashSet::new();
    names.retain(|n| seen.insert(*n));
    names
}

/// `T.__dict__`: a read-only mappingproxy over the type's dict.
pub fn type_dict(_vm: &mut Vm, t: &'static TypeObject) -> Value {
    let dict = crate::builtins::type_init::type_dict(t).clone();
    crate::object::alloc(&MAPPING_PROXY_TYPE, MappingProxyData { mapping: dict })
}

/// The value type `t`'s dict holds for `name`, made from the static tables.
pub fn own_attribute(t: &'static TypeObject, name: &'static str) -> Option<Value> {
    use crate::builtins::singletons::none;
    if name == "__doc__" || (name == "__hash__" && crate::builtins::type_dunders::hash_is_none(&t.body)) {
        return Some(none());
    }
    if let Some(m) = t.body.methods.iter().find(|m| m.name == name) {
        return Some(if m.is_static {
            crate::builtins::function::new_builtin_function(m.name, m.func, None)
        } else if crate::builtins::wrapper_objects::is_slot_dunder(m.name) {
            crate::builtins::wrapper_objects::new_wrapper_descriptor(m.name, m.func, t)
        } else {
            crate::builtins::function::new_unbound_method(m.name, m.func, t)
        });
    }
    if crate::builtins::type_dunders::data_attributes(&t.body).contains(&name) {
        return Some(new_getset_descriptor(name, &t.body));
    }
    let found = crate::builtins::slot_wrappers::find(&t.body, name)?;
    if found.wrapper.binding == crate::builtins::slot_wrappers::Binding::Class {
        return Some(crate::builtins::wrapper_objects::new_classmethod_descriptor(name, found.wrapper.func, t));
    }
    Some(found.from_type(t))
}

/// The descriptor of one data attribute of a built-in type.
pub struct GetSetDescriptorData {
    /// Attribute name.
    pub name: &'static str,
    /// The type defining it.
    pub owner: &'static TypeData,
}

const DESCRIPTOR_SLOTS: Slots = Slots {
    repr: Some(descriptor_repr),
    getattr: Some(descriptor_getattr),
    hash: Some(descriptor_hash),
    compare: Some(descriptor_compare),
    ..Slots::EMPTY
};

/// Descriptors are made per lookup, so they compare by what they describe.
fn descriptor_compare(_vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Option<Value>> {
    let (Ok(x), Ok(y)) = (descriptor(a), descriptor(b)) else { return Ok(None) };
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(None);
    }
    let equal = x.name == y.name && std::ptr::eq(x.owner, y.owner) && std::ptr::eq(a.ty(), b.ty());
    Ok(Some(crate::builtins::singletons::py_bool(equal == (op == CompareOp::Eq))))
}

fn descriptor_hash(_vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let d = descriptor(v)?;
    // The name is a static string, so its address identifies it as well as its text.
    Ok(crate::numeric::hash::hash_pointer(d.owner as *const TypeData as usize ^ d.name.as_ptr() as usize))
}

/// The methods of both descriptor types: they are data descriptors.
const DESCRIPTOR_METHODS: &[MethodDef] =
    &[MethodDef::method("__get__", descriptor_get), MethodDef::method("__set__", descriptor_set), MethodDef::method("__delete__", descriptor_delete)];

builtin_type!(
    MEMBER_DESCRIPTOR_TYPE,
    "member_descriptor",
    Kind::Object,
    GetSetDescriptorData,
    Some(&crate::builtins::type_::OBJECT_TYPE),
    DESCRIPTOR_SLOTS,
    DESCRIPTOR_METHODS
);

builtin_type!(
    GETSET_DESCRIPTOR_TYPE,
    "getset_descriptor",
    Kind::Object,
    GetSetDescriptorData,
    Some(&crate::builtins::type_::OBJECT_TYPE),
    DESCRIPTOR_SLOTS,
    DESCRIPTOR_METHODS
);

/// A `member_descriptor` for slot `name` of heap class `owner` (a `__slots__` entry).
pub fn new_slot_member(name: &'static str, owner: &'static TypeData) -> Value {
    crate::object::alloc(&MEMBER_DESCRIPTOR_TYPE, GetSetDescriptorData { name, owner })
}

/// The slot name when `d` is a `__slots__` member of a heap class.
pub fn heap_slot_member(d: &Value) -> Option<&'static str> {
    if d.is_small_int() || !std::ptr::eq(d.ty(), &MEMBER_DESCRIPTOR_TYPE) {
        return None;
    }
    descriptor(d).ok().filter(|m| m.owner.state.is_heap()).map(|m| m.name)
}

/// Data attributes CPython stores as struct members (`member_descriptor`) rather than
/// computed getters (`getset_descriptor`).
fn is_member(owner: &'static TypeData, name: &str) -> bool {
    let is = |t: &'static TypeObject| std::ptr::eq(owner, &t.body);
    (is(&crate::builtins::range::RANGE_TYPE) || is(&crate::builtins::slice::SLICE_TYPE))
        || is(&crate::builtins::exceptions::BASE_EXCEPTION) && name == "__suppress_context__"
        || is(&crate::builtins::function::BUILTIN_FUNCTION_TYPE) && name == "__module__"
        || is(&crate::builtins::type_::TYPE_TYPE) && matches!(name, "__base__" | "__mro__")
}

/// The type along `t`'s MRO that defines data attribute `name`, and whether it is a
/// member (read-only members and getters without setters refuse assignment differently).
pub fn data_attribute_owner(t: &'static TypeData, name: &str) -> Option<(&'static TypeData, bool)> {
    if name == "__doc__" {
        // A plain class attribute in CPython, not a descriptor.
        return None;
    }
    let owner = t.mro().find(|td| crate::builtins::type_dunders::data_attributes(td).contains(&name))?;
    Some((owner, is_member(owner, name)))
}

/// A new descriptor for `owner`'s data attribute `name`.
pub fn new_getset_descriptor(name: &'static str, owner: &'static TypeData) -> Value {
    let ty = if is_member(owner, name) { &MEMBER_DESCRIPTOR_TYPE } else { &GETSET_DESCRIPTOR_TYPE };
    crate::object::alloc(ty, GetSetDescriptorData { name, owner })
}

fn descriptor(v: &Value) -> PyResult<&GetSetDescriptorData> {
    if !v.is_small_int() && (std::ptr::eq(v.ty(), &GETSET_DESCRIPTOR_TYPE) || std::ptr::eq(v.ty(), &MEMBER_DESCRIPTOR_TYPE)) {
        // SAFETY: objects of GETSET_DESCRIPTOR_TYPE are Obj<GetSetDescriptorData>.
        Ok(unsafe { v.body_unchecked::<GetSetDescriptorData>() })
    } else {
        Err(PyErr::type_error("expected a descriptor"))
    }
}

fn descriptor_repr(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let d = descriptor(v)?;
    let kind = if std::ptr::eq(v.ty(), &MEMBER_DESCRIPTOR_TYPE) { "member" } else { "attribute" };
    Ok(new_str(&format!("<{kind} '{}' of '{}' objects>", d.name, d.owner.name)))
}

fn descriptor_getattr(_vm: &mut Vm, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let d = descriptor(v)?;
    Ok(match name {
        "__name__" => Some(new_str(d.name)),
        "__qualname__" => Some(new_str(&format!("{}.{}", d.owner.name, d.name))),
        "__objclass__" => crate::builtins::registry::type_of_data(d.owner).map(type_value),
        _ => None,
    })
}

/// `descriptor.__get__(obj, type=None)`: the attribute of `obj`, or the descriptor
/// itself when `obj` is None.
fn descriptor_get(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let d = descriptor(&args[0])?;
    let Some(obj) = args.get(1) else {
        return Err(PyErr::type_error("expected at least 1 argument, got 0"));
    };
    if crate::builtins::singletons::is_none(obj) && args.len() > 2 {
        return Ok(args[0].clone());
    }
    if !obj.ty().body.is_subtype(d.owner) || as_type(obj).is_some() && !std::ptr::eq(d.owner, &crate::builtins::type_::TYPE_TYPE.body) {
        return Err(PyErr::type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            d.name,
            d.owner.name,
            obj.ty().body.name
        )));
    }
    crate::ops::getattr(vm, obj, d.name)
}

/// The receiver check of `__get__`/`__set__`/`__delete__`.
fn check_receiver(d: &GetSetDescriptorData, obj: &Value) -> PyResult<()> {
    if obj.ty().body.is_subtype(d.owner) {
        return Ok(());
    }
    Err(PyErr::type_error(format!("descriptor '{}' for '{}' objects doesn't apply to a '{}' object", d.name, d.owner.name, obj.ty().body.name)))
}

/// `descriptor.__set__(obj, value)` / `__delete__(obj)`: the store the descriptor
/// governs, bypassing the instance class's `__setattr__` for slots of heap classes.
fn descriptor_store(vm: &mut Vm, args: &[Value], value: Option<Value>) -> PyResult<Value> {
    let d = descriptor(&args[0])?;
    check_receiver(d, &args[1])?;
    let obj = &args[1];
    if obj.ty().body.state.is_heap() && as_type(obj).is_none() {
        crate::builtins::instances::dunder_slots::generic_setattr(vm, obj, d.name, value)?;
    } else {
        crate::ops::setattr(vm, obj, d.name, value)?;
    }
    Ok(crate::builtins::singletons::none())
}

fn descriptor_set(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() || args.len() != 3 {
        return Err(PyErr::type_error(format!("expected 2 arguments, got {}", args.len().saturating_sub(1))));
    }
    descriptor_store(vm, &args[..2], Some(args[2].clone()))
}

fn descriptor_delete(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() || args.len() != 2 {
        return Err(PyErr::type_error(format!("expected 1 argument, got {}", args.len().saturating_sub(1))));
    }
    descriptor_store(vm, args, None)
}

/// The loaded module whose namespace holds the built-in function `f` (builtins first),
/// for `f.__self__` / `f.__module__`; built-in functions keep no module pointer, and these
/// attributes are rare enough that a scan of `sys.modules` is the simpler trade.
pub fn module_defining(vm: &mut Vm, f: &Value) -> Option<Value> {
    let modules = crate::builtins::dict::as_dict(vm.modules()?)?.items();
    let holds = |m: &Value| {
        crate::builtins::module::as_module(m)
            .and_then(|md| crate::builtins::dict::as_dict(&md.dict))
            .is_some_and(|d| d.items().iter().any(|(_, x)| x.is(f)))
    };
    let builtins = modules.iter().find(|(k, _)| crate::builtins::str::as_str(k) == Some("builtins")).map(|(_, m)| m.clone());
    if let Some(b) = builtins.filter(|b| holds(b)) {
        return Some(b);
    }
    modules.into_iter().map(|(_, m)| m).find(|m| holds(m))
}

/// Class attributes every struct sequence type has (`sys.version_info.n_fields`).
const STRUCT_SEQ_CLASS_ATTRIBUTES: &[&str] = &["n_fields", "n_sequence_fields", "n_unnamed_fields", "__match_args__"];

fn struct_seq_def(t: &'static TypeData) -> Option<&'static crate::builtins::structseq::StructSeqDef> {
    crate::builtins::structseq::STRUCT_SEQS.iter().find(|d| std::ptr::eq(&d.ty.body, t))
}

/// The struct-sequence class attributes the type's own `getattr` does not answer:
/// `n_unnamed_fields` (braid's have none) and `__match_args__` (the field names).
pub fn struct_seq_class_attr(t: &'static TypeData, name: &str) -> Option<Value> {
    let def = struct_seq_def(t).filter(|d| !std::ptr::eq(d.ty, &crate::builtins::structseq::NAMESPACE_TYPE))?;
    match name {
        "n_unnamed_fields" => Some(crate::builtins::int::new_int(0)),
        "__match_args__" => Some(crate::builtins::tuple::new_tuple(def.fields.iter().map(|f| new_str(f)).collect())),
        _ => None,
    }
}

/// `seq.__replace__(**changes)` (`copy.replace`): a copy of a struct sequence with some
/// fields replaced.
pub fn struct_seq_replace(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let me = &args[0];
    let def = struct_seq_def(&me.ty().body).ok_or_else(|| PyErr::type_error("__replace__ expects a struct sequence"))?;
    if args.len() - kwnames.len() > 1 {
        return Err(PyErr::type_error("__replace__() takes no positional arguments"));
    }
    let mut items = crate::builtins::tuple::as_tuple(me).map(<[Value]>::to_vec).unwrap_or_default();
    let mut unknown = Vec::new();
    let values = &args[args.len() - kwnames.len()..];
    for (k, v) in kwnames.iter().zip(values) {
        match def.fields.iter().position(|f| Some(*f) == crate::builtins::str::as_str(k)) {
            Some(i) if i < items.len() => items[i] = v.clone(),
            _ => unknown.push(k.clone()),
        }
    }
    if !unknown.is_empty() {
        let names = crate::ops::repr_string(vm, &crate::builtins::list::new_list(unknown))?;
        return Err(PyErr::type_error(format!("Got unexpected field name(s): {names}")));
    }
    Ok(crate::builtins::structseq::new_struct_seq(def.ty, items))
}
