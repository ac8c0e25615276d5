//! Filling a built-in type's dynamic state (`object::type_state`) from its static
//! tables: `__name__`/`__qualname__` as str values, `__bases__` and `__mro__` as tuples,
//! and the type dict.
//!
//! Each field is filled on first use rather than at start-up: a run touches a handful of
//! the ~150 built-in types, and an unused type then costs nothing. Everything made here
//! is immortal (the type is, so its dict and the descriptors in it live as long), which
//! also keeps reference counting off these objects when every thread reads them.
//!
//! The type dict holds what CPython's holds, built from the same sources the type's
//! `__dict__` proxy always showed (`type_namespace::own_names`): the method table as
//! method descriptors, dunders as slot wrappers (`wrapper_descriptor`), class-bound
//! dunders as `classmethod_descriptor`s, data attributes as getset/member descriptors,
//! `__new__` bound to the type when it has its own constructor, `__hash__ = None` for
//! unhashable types and `__doc__`.

use crate::builtins::type_::type_value;
use crate::object::{TypeData, TypeObject, Value};

/// Makes a value made for a type's state immortal (before it is published).
fn immortal(v: Value) -> Value {
    if let Some(h) = v.header() {
        h.make_immortal();
    }
    v
}

/// `T.__name__`: the last component of the type's name (native module types carry
/// CPython's dotted `tp_name`, e.g. `string.templatelib.Template`).
pub fn name_value(t: &'static TypeObject) -> Value {
    t.body.state.name_or_init(|| immortal(crate::builtins::str::new_str(crate::builtins::template::short_type_name(&t.body))))
}

/// `T.__qualname__`: the same as the name for built-in types.
pub fn qualname_value(t: &'static TypeObject) -> Value {
    t.body.state.qualname_or_init(|| name_value(t))
}

/// `T.__bases__` as a tuple.
pub fn bases_tuple(t: &'static TypeObject) -> &'static Value {
    t.body.state.bases_or_init(|| immortal(crate::builtins::tuple::new_tuple(t.body.base.map(type_value).into_iter().collect())))
}

/// `T.__mro__` as a tuple, computed with the C3 merge over the bases' MROs.
pub fn mro_tuple(t: &'static TypeObject) -> &'static Value {
    t.body.state.mro_or_init(|| {
        let bases: Vec<*const TypeObject> = t.body.base.map(|b| b as *const TypeObject).into_iter().collect();
        let base_mros = t.body.base.map(|b| mro_types(b).map(|x| x as *const TypeObject).collect()).into_iter().collect();
        let name = |p: *const TypeObject| {
            // SAFETY: the pointers come from static type objects above.
            unsafe { (*p).body.name.to_string() }
        };
        let order = crate::object::mro::compute_mro(t as *const TypeObject, &bases, base_mros, name)
            .unwrap_or_else(|e| unreachable!("built-in types have single inheritance: {e}"));
        // SAFETY: as above, every pointer is a static type object.
        immortal(crate::builtins::tuple::new_tuple(order.into_iter().map(|p| type_value(unsafe { &*p })).collect()))
    })
}

/// The types of `T.__mro__`, nearest first.
pub fn mro_types(t: &'static TypeObject) -> impl Iterator<Item = &'static TypeObject> {
    let items: &'static [Value] = crate::builtins::tuple::as_tuple(mro_tuple(t)).unwrap_or(&[]);
    items.iter().filter_map(crate::builtins::type_::as_type)
}

/// The type dict of `t` (a dict object), filled from the static tables on first use.
pub fn type_dict(t: &'static TypeObject) -> &'static Value {
    t.body.state.dict_or_init(|| {
        let dict = immortal(crate::builtins::dict::new_dict());
        if let Some(d) = crate::builtins::dict::as_dict(&dict) {
            for name in crate::builtins::type_namespace::own_names(&t.body) {
                if let Some(value) = crate::builtins::type_namespace::own_attribute(t, name) {
                    d.set_str(name, immortal(value));
                }
            }
        }
        dict
    })
}

/// The type object around a type body.
pub fn type_of(td: &'static TypeData) -> &'static TypeObject {
    crate::builtins::registry::type_of_data(td).unwrap_or(&crate::builtins::type_::OBJECT_TYPE)
}
