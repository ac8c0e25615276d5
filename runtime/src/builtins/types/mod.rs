//! The type machinery: `type` and `object` (`type_`), what every object inherits
//! (`object_methods`), how a built-in type's slots appear as dunders (`slot_wrappers`,
//! `wrapper_objects`: slot wrappers, method wrappers, method descriptors), which dunders
//! each type defines (`type_dunders`), a type's namespace seen from Python
//! (`type_namespace`: `T.__dict__`, data descriptors), the immortal singletons (`None`,
//! `NotImplemented`, `Ellipsis`, `True`, `False`), and the typing objects `list[int]`
//! (`generic_alias`) and `int | None` (`union_type`).

pub mod attr_lookup;
pub mod generic_alias;
pub mod object_methods;
pub mod singletons;
pub mod slot_wrappers;
pub mod type_;
pub mod type_dunders;
pub mod type_init;
pub mod type_namespace;
pub mod union_type;
pub mod wrapper_objects;
