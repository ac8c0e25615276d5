//! Dict and set lookups whose `==` changes the container being probed.
//!
//! No built-in type's `==` runs Python code yet (user `__eq__` comes with classes), so
//! these tests declare a key type whose compare slot does what a user `__eq__` could:
//! it fills the container being searched until its table is rebuilt. The lookup must
//! hold no borrow of the table across the comparison and must start again on the new
//! table (CPython's restart rule), finding the key that is really there.

use std::cell::{Cell, RefCell};

use crate::builtin_type;
use crate::builtins::dict::{as_dict, new_dict};
use crate::builtins::int::new_int;
use crate::builtins::singletons::py_bool;
use crate::error::PyResult;
use crate::interp::Vm;
use crate::object::{CompareOp, Kind, Slots, Value};

/// A key whose hash is its id and that equals any other key with the same id.
struct Key {
    id: i64,
}

builtin_type!(
    KEY_TYPE,
    "mutating_key",
    Kind::Object,
    Key,
    Some(&crate::builtins::type_::OBJECT_TYPE),
    Slots { hash: Some(key_hash), compare: Some(key_compare), ..Slots::EMPTY },
    &[]
);

thread_local! {
    /// The container the next comparison fills, and how many comparisons ran.
    static VICTIM: RefCell<Option<Value>> = const { RefCell::new(None) };
    static COMPARISONS: Cell<u32> = const { Cell::new(0) };
}

fn key(id: i64) -> Value {
    crate::object::alloc(&KEY_TYPE, Key { id })
}

fn id_of(v: &Value) -> Option<i64> {
    // SAFETY: objects of KEY_TYPE are Obj<Key>.
    std::ptr::eq(v.ty(), &KEY_TYPE).then(|| unsafe { v.body_unchecked::<Key>() }.id)
}

fn key_hash(_vm: &mut Vm, v: &Value) -> PyResult<i64> {
    Ok(id_of(v).unwrap_or(0) % 4)
}

fn key_compare(vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Option<Value>> {
    COMPARISONS.with(|c| c.set(c.get() + 1));
    // Once: grow the container enough that its table is rebuilt under the lookup.
    if let Some(victim) = VICTIM.with(|v| v.borrow_mut().take()) {
        for i in 1000..1200 {
            if let Some(d) = as_dict(&victim) {
                d.set(vm, new_int(i), new_int(i))?;
            } else {
                crate::builtins::set::set_add_value(vm, &victim, new_int(i))?;
            }
        }
    }
    let (Some(x), Some(y)) = (id_of(a), id_of(b)) else { return Ok(None) };
    Ok(match op {
        CompareOp::Eq => Some(py_bool(x == y)),
        CompareOp::Ne => Some(py_bool(x != y)),
        _ => None,
    })
}

#[test]
fn dict_lookup_restarts_when_eq_rebuilds_the_table() {
    let mut vm = Vm::new();
    let d = new_dict();
    let dd = as_dict(&d).expect("dict");
    for id in [1, 5, 9] {
        dd.set(&mut vm, key(id), new_int(id)).expect("set");
    }
    VICTIM.with(|v| *v.borrow_mut() = Some(d.clone()));
    COMPARISONS.with(|c| c.set(0));
    // 9 collides with 1 and 5 (hash 1): the first comparison rebuilds the table.
    let got = dd.get(&mut vm, &key(9)).expect("get").and_then(|v| v.as_small_int());
    assert_eq!(got, Some(9));
    assert!(COMPARISONS.with(Cell::get) > 1, "the lookup started again after the table changed");
    assert_eq!(dd.len(), 203);
    // Insertion of an equal key replaces the value instead of adding a second entry.
    VICTIM.with(|v| *v.borrow_mut() = Some(d.clone()));
    dd.set(&mut vm, key(5), new_int(50)).expect("set");
    assert_eq!(dd.len(), 203);
    assert_eq!(dd.get(&mut vm, &key(5)).expect("get").and_then(|v| v.as_small_int()), Some(50));
    assert!(dd.remove(&mut vm, &key(1)).expect("remove").is_some());
    assert_eq!(dd.len(), 202);
}

#[test]
fn set_lookup_restarts_when_eq_rebuilds_the_table() {
    let mut vm = Vm::new();
    let s = crate::builtins::set::set_from_values(&mut vm, vec![key(1), key(5), key(9)]).expect("set");
    VICTIM.with(|v| *v.borrow_mut() = Some(s.clone()));
    COMPARISONS.with(|c| c.set(0));
    crate::builtins::set::set_add_value(&mut vm, &s, key(9)).expect("add");
    assert!(COMPARISONS.with(Cell::get) > 1, "the lookup started again after the table changed");
    let items = crate::builtins::set::as_set(&s).expect("set").items();
    assert_eq!(items.len(), 203, "the equal key was not added twice");
    assert_eq!(items.iter().filter(|v| id_of(v) == Some(9)).count(), 1);
}
