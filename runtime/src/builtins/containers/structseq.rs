//! Struct sequences: tuples whose items also have names (`sys.version_info.major`,
//! `sys.float_info.epsilon`), as CPython's `PyStructSequence`.
//!
//! Each struct sequence is its own static type with `Kind::Tuple` and the tuple layout, so
//! indexing, slicing, unpacking, comparison with tuples and hashing all come from `tuple`
//! unchanged; the type only adds named attribute access, a `module.name(field=value, ...)`
//! repr and read-only attributes. The field names live in [`STRUCT_SEQS`], keyed by type.

use crate::builtin_type;
use crate::builtins::str::new_str_owned;
use crate::builtins::tuple::{as_tuple, TUPLE_TYPE};
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::{Kind, Slots, TypeObject, Value};

macro_rules! struct_seq_type {
    ($static_name:ident, $name:literal) => {
        builtin_type!(
            $static_name,
            $name,
            Kind::Tuple,
            Box<[Value]>,
            Some(&TUPLE_TYPE),
            Slots {
                repr: Some(struct_seq_repr),
                getattr: Some(struct_seq_getattr),
                setattr: Some(struct_seq_setattr),
                ..Slots::EMPTY
            },
            &[]
        );
    };
}

struct_seq_type!(VERSION_INFO_TYPE, "version_info");
struct_seq_type!(FLOAT_INFO_TYPE, "float_info");
struct_seq_type!(INT_INFO_TYPE, "int_info");
struct_seq_type!(HASH_INFO_TYPE, "hash_info");
struct_seq_type!(FLAGS_TYPE, "flags");
struct_seq_type!(THREAD_INFO_TYPE, "thread_info");
struct_seq_type!(NAMESPACE_TYPE, "SimpleNamespace");

/// A struct sequence type: its repr prefix and field names.
pub struct StructSeqDef {
    /// The type object.
    pub ty: &'static TypeObject,
    /// What the repr starts with (`sys.float_info`).
    pub repr_name: &'static str,
    /// Field names in order.
    pub fields: &'static [&'static str],
}

/// Every struct sequence type braid defines.
pub static STRUCT_SEQS: &[StructSeqDef] = &[
    StructSeqDef {
        ty: &VERSION_INFO_TYPE,
        repr_name: "sys.version_info",
        fields: &["major", "minor", "micro", "releaselevel", "serial"],
    },
    StructSeqDef {
        ty: &FLOAT_INFO_TYPE,
        repr_name: "sys.float_info",
        fields: &[
            "max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix",
            "rounds",
        ],
    },
    StructSeqDef {
        ty: &INT_INFO_TYPE,
        repr_name: "sys.int_info",
        fields: &["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"],
    },
    StructSeqDef {
        ty: &HASH_INFO_TYPE,
        repr_name: "sys.hash_info",
        fields: &["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"],
    },
    StructSeqDef {
        ty: &FLAGS_TYPE,
        repr_name: "sys.flags",
        fields: &[
            "debug",
            "inspect",
            "interactive",
            "optimize",
            "dont_write_bytecode",
            "no_user_site",
            "no_site",
            "ignore_environment",
            "verbose",
            "bytes_warning",
            "quiet",
            "hash_randomization",
            "isolated",
            "dev_mode",
            "utf8_mode",
            "warn_default_encoding",
            "safe_path",
            "int_max_str_digits",
            "gil",
            "thread_inherit_context",
            "context_aware_warnings",
        ],
    },
    StructSeqDef { ty: &THREAD_INFO_TYPE, repr_name: "sys.thread_info", fields: &["name", "lock", "version"] },
    StructSeqDef {
        ty: &NAMESPACE_TYPE,
        repr_name: "namespace",
        fields: &["name", "cache_tag", "version", "hexversion", "_multiarch"],
    },
];

fn def_of(ty: &'static TypeObject) -> Option<&'static StructSeqDef> {
    STRUCT_SEQS.iter().find(|d| std::ptr::eq(d.ty, ty))
}

/// A new struct sequence of type `ty` (one of [`STRUCT_SEQS`]) with the given items.
pub fn new_struct_seq(ty: &'static TypeObject, items: Vec<Value>) -> Value {
    debug_assert_eq!(def_of(ty).map(|d| d.fields.len()), Some(items.len()));
    crate::object::alloc(ty, items.into_boxed_slice())
}

fn struct_seq_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let def = def_of(v.ty()).ok_or_else(|| PyErr::type_error("not a struct sequence"))?;
    let items = as_tuple(v).unwrap_or(&[]);
    let mut out = format!("{}(", def.repr_name);
    for (i, (name, item)) in def.fields.iter().zip(items).enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(name);
        out.push('=');
        out.push_str(&crate::ops::repr_string(vm, item)?);
    }
    out.push(')');
    Ok(new_str_owned(out.into()))
}

fn struct_seq_getattr(_vm: &mut Vm, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(def) = def_of(v.ty()) else { return Ok(None) };
    if name == "n_fields" || name == "n_sequence_fields" {
        return Ok(Some(crate::builtins::int::new_int(def.fields.len() as i64)));
    }
    let items = as_tuple(v).unwrap_or(&[]);
    Ok(def.fields.iter().position(|f| *f == name).and_then(|i| items.get(i).cloned()))
}

fn struct_seq_setattr(_vm: &mut Vm, v: &Value, name: &str, _value: Option<Value>) -> PyResult<()> {
    let known = def_of(v.ty()).is_some_and(|d| d.fields.contains(&name));
    if known {
        Err(PyErr::attribute_error("readonly attribute"))
    } else {
        Err(PyErr::attribute_error(format!("'{}' object has no attribute '{name}'", v.ty().body.name)))
    }
}

/// [`new_struct_seq`] under the name other modules use.
pub fn new_structseq(ty: &'static TypeObject, items: Vec<Value>) -> Value {
    new_struct_seq(ty, items)
}
