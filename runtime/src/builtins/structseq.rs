//! Struct sequences (`sys.version_info`, `sys.float_info`, ...): tuples whose items also
//! have names. They are tuple subclasses with the tuple layout (`Kind::Tuple`), so
//! indexing, slicing, comparison and hashing are the tuple's; the type adds the field
//! names (attribute access) and the `name(field=value, ...)` repr.

use crate::builtins::str::new_str_owned;
use crate::builtins::tuple::as_tuple;
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::header::Header;
use crate::object::{Kind, Obj, Slots, TypeData, TypeObject, Value};

/// A struct-sequence type: its qualified name and field names.
pub struct StructSeqDef {
    /// Type object.
    pub ty: &'static TypeObject,
    /// Name shown by repr (`sys.float_info`).
    pub repr_name: &'static str,
    /// Field names in order.
    pub fields: &'static [&'static str],
}

const SEQ_SLOTS: Slots = Slots { repr: Some(structseq_repr), getattr: Some(structseq_getattr), ..Slots::EMPTY };

macro_rules! structseq_types {
    ($(($static_name:ident, $type_name:expr)),*) => {$(
        /// A struct-sequence type.
        pub static $static_name: TypeObject = Obj {
            header: Header::immortal(&crate::builtins::type_::TYPE_TYPE),
            body: TypeData {
                name: $type_name,
                kind: Kind::Tuple,
                base: Some(&crate::builtins::tuple::TUPLE_TYPE),
                dealloc: crate::object::value::dealloc_box::<Box<[Value]>>,
                slots: SEQ_SLOTS,
                methods: &[],
            },
        };
    )*};
}

structseq_types!(
    (VERSION_INFO_TYPE, "version_info"),
    (FLOAT_INFO_TYPE, "float_info"),
    (INT_INFO_TYPE, "int_info"),
    (HASH_INFO_TYPE, "hash_info"),
    (FLAGS_TYPE, "flags")
);

/// Every struct-sequence type and its fields.
pub static STRUCT_SEQS: &[StructSeqDef] = &[
    StructSeqDef { ty: &VERSION_INFO_TYPE, repr_name: "sys.version_info", fields: &["major", "minor", "micro", "releaselevel", "serial"] },
    StructSeqDef {
        ty: &FLOAT_INFO_TYPE,
        repr_name: "sys.float_info",
        fields: &["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"],
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
];

fn def_of(v: &Value) -> Option<&'static StructSeqDef> {
    STRUCT_SEQS.iter().find(|d| std::ptr::eq(d.ty, v.ty()))
}

/// A new struct-sequence value of type `ty`.
pub fn new_structseq(ty: &'static TypeObject, values: Vec<Value>) -> Value {
    crate::object::alloc(ty, values.into_boxed_slice())
}

fn structseq_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let d = def_of(v).ok_or_else(|| PyErr::type_error("expected struct sequence"))?;
    let items = as_tuple(v).unwrap_or(&[]).to_vec();
    let mut s = format!("{}(", d.repr_name);
    for (i, (name, item)) in d.fields.iter().zip(&items).enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(name);
        s.push('=');
        s.push_str(&crate::ops::repr_string(vm, item)?);
    }
    s.push(')');
    Ok(new_str_owned(s.into()))
}

fn structseq_getattr(_vm: &mut Vm, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(d) = def_of(v) else { return Ok(None) };
    let items = as_tuple(v).unwrap_or(&[]);
    Ok(d.fields.iter().position(|f| *f == name).and_then(|i| items.get(i).cloned()))
}
