//! `int | None`: the union of types (PEP 604), `typing.Union` in 3.14 (which merged
//! `types.UnionType` into it; the printed forms are the same in both).
//!
//! `X | Y` on types, `None` and generic aliases builds a flat, duplicate-free tuple of
//! members (`None` is stored as `NoneType`); a single member collapses to itself
//! (`int | int` is `int`). Unions print as `int | None`, compare equal regardless of
//! order, and work as the second argument of `isinstance`/`issubclass`, where a member
//! that is a parameterized generic raises CPython's error.

use crate::builtin_type;
use crate::builtins::singletons::{is_none, py_bool};
use crate::builtins::str::new_str;
use crate::builtins::tuple::{as_tuple, new_tuple};
use crate::builtins::type_::{as_type, type_value};
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::{BinOp, CompareOp, Kind, Slots, Value};

/// The body of a union.
pub struct UnionData {
    /// `__args__`: the members, a tuple.
    pub args: Value,
}

builtin_type!(
    UNION_TYPE,
    "typing.Union",
    Kind::Object,
    UnionData,
    Some(&crate::builtins::type_::OBJECT_TYPE),
    Slots {
        repr: Some(union_repr),
        hash: Some(union_hash),
        compare: Some(union_compare),
        binop: Some(union_binop),
        getattr: Some(union_getattr),
        ..Slots::EMPTY
    },
    &[]
);

/// The union body, if `v` is a union.
pub fn as_union(v: &Value) -> Option<&UnionData> {
    if !v.is_small_int() && std::ptr::eq(v.ty(), &UNION_TYPE) {
        // SAFETY: objects of UNION_TYPE are Obj<UnionData>.
        Some(unsafe { v.body_unchecked::<UnionData>() })
    } else {
        None
    }
}

/// The members of a union (empty for anything else).
pub fn union_members(v: &Value) -> Vec<Value> {
    as_union(v).and_then(|u| as_tuple(&u.args)).map(<[Value]>::to_vec).unwrap_or_default()
}

fn can_join(v: &Value) -> bool {
    as_type(v).is_some() || is_none(v) || crate::builtins::generic_alias::as_alias(v).is_some() || as_union(v).is_some()
}

/// `a | b` for types, None, generic aliases and unions; `None` when either operand is
/// something else (the operator then reports unsupported operands).
pub fn join(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if !can_join(a) || !can_join(b) {
        return Ok(None);
    }
    let mut members: Vec<Value> = Vec::new();
    for side in [a, b] {
        let parts = if as_union(side).is_some() { union_members(side) } else { vec![side.clone()] };
        for p in parts {
            let p = if is_none(&p) { type_value(&crate::builtins::singletons::NONE_TYPE) } else { p };
            let mut seen = false;
            for m in &members {
                if crate::ops::eq(vm, m, &p)? {
                    seen = true;
                    break;
                }
            }
            if !seen {
                members.push(p);
            }
        }
    }
    if members.len() == 1 {
        return Ok(members.pop());
    }
    Ok(Some(crate::object::alloc(&UNION_TYPE, UnionData { args: new_tuple(members) })))
}

fn union_binop(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if op != BinOp::Or {
        return Ok(None);
    }
    join(vm, a, b)
}

fn union_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let mut out = String::new();
    for (i, m) in union_members(v).iter().enumerate() {
        if i > 0 {
            out.push_str(" | ");
        }
        if as_type(m).is_some_and(|t| std::ptr::eq(t, &crate::builtins::singletons::NONE_TYPE)) {
            out.push_str("None");
        } else {
            crate::builtins::generic_alias::write_arg(vm, m, &mut out)?;
        }
    }
    Ok(new_str(&out))
}

fn union_hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    // Order-independent, as equality is.
    let mut h: i64 = 0x5f3759df;
    for m in union_members(v) {
        h ^= crate::ops::hash(vm, &m)?;
    }
    Ok(if h == -1 { -2 } else { h })
}

fn union_compare(vm: &mut Vm, v: &Value, other: &Value, op: CompareOp) -> PyResult<Option<Value>> {
    if as_union(other).is_none() || !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(None);
    }
    let (mine, theirs) = (union_members(v), union_members(other));
    let mut equal = mine.len() == theirs.len();
    for m in &mine {
        if !equal {
            break;
        }
        let mut found = false;
        for t in &theirs {
            if crate::ops::eq(vm, m, t)? {
                found = true;
                break;
            }
        }
        equal = found;
    }
    Ok(Some(py_bool(equal == (op == CompareOp::Eq))))
}

fn union_getattr(_vm: &mut Vm, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let u = as_union(v).ok_or_else(|| PyErr::type_error("expected a union"))?;
    Ok(match name {
        "__args__" => Some(u.args.clone()),
        "__parameters__" => Some(new_tuple(Vec::new())),
        _ => None,
    })
}

/// `isinstance`/`issubclass` against a union: true when any member matches.
pub fn check_members(v: &Value, fname: &str, test: &dyn Fn(&'static crate::object::TypeObject) -> bool) -> PyResult<bool> {
    let members = union_members(v);
    for m in &members {
        crate::builtins::generic_alias::check_not_alias(m, fname)?;
    }
    Ok(members.iter().filter_map(as_type).any(test))
}
