//! The registry of built-in types exposed in the `builtins` module. Add a new type's
//! static here (and its file to `builtins/mod.rs`).

use crate::object::TypeObject;

/// The type object whose body is `td` (the MRO walks type bodies).
pub fn type_of_data(td: &'static crate::object::TypeData) -> Option<&'static TypeObject> {
    let offset = std::mem::offset_of!(crate::object::Obj<crate::object::TypeData>, body);
    // SAFETY: every TypeData lives inside an Obj<TypeData> (static or heap type object),
    // so stepping back by the body's offset yields its type object.
    Some(unsafe { &*((td as *const crate::object::TypeData as *const u8).sub(offset) as *const TypeObject) })
}

/// Types visible by name in `builtins`.
pub static BUILTIN_TYPES: &[&TypeObject] = &[
    &crate::builtins::type_::TYPE_TYPE,
    &crate::builtins::type_::OBJECT_TYPE,
    &crate::builtins::int::INT_TYPE,
    &crate::builtins::float::FLOAT_TYPE,
    &crate::builtins::complex::COMPLEX_TYPE,
    &crate::builtins::singletons::BOOL_TYPE,
    &crate::builtins::str::STR_TYPE,
    &crate::builtins::bytes::BYTES_TYPE,
    &crate::builtins::bytearray::BYTEARRAY_TYPE,
    &crate::builtins::list::LIST_TYPE,
    &crate::builtins::tuple::TUPLE_TYPE,
    &crate::builtins::dict::DICT_TYPE,
    &crate::builtins::set::SET_TYPE,
    &crate::builtins::set::FROZENSET_TYPE,
    &crate::builtins::range::RANGE_TYPE,
    &crate::builtins::slice::SLICE_TYPE,
    &crate::builtins::iterators::ENUMERATE_TYPE,
    &crate::builtins::iterators::ZIP_TYPE,
    &crate::builtins::iterators::MAP_TYPE,
    &crate::builtins::iterators::FILTER_TYPE,
    &crate::builtins::iterators::REVERSED_CTOR_TYPE,
    &crate::builtins::instances::descriptors::PROPERTY_TYPE,
    &crate::builtins::instances::descriptors::CLASSMETHOD_TYPE,
    &crate::builtins::instances::descriptors::STATICMETHOD_TYPE,
    &crate::builtins::instances::super_::SUPER_TYPE,
];
