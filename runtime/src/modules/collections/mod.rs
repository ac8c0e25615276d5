//! `_collections` (the native half of CPython's `collections`) and, until the Python
//! half exists, a native `collections` module exposing what `_collections` has.
//!
//! CPython's `collections` is `Lib/collections/__init__.py` on top of `_collections`
//! (`deque` and the iterator types). Here `_collections` is the same native core; the
//! `collections` registered beside it holds `deque` alone for now, so
//! `from collections import deque` works. `defaultdict`, `Counter`, `OrderedDict`,
//! `namedtuple`, `ChainMap` and `UserDict`/`UserList` need user classes and dict
//! subclasses and are not here; importing them fails with CPython's ImportError text.

mod deque;

pub use deque::is_deque;

use crate::builtins::type_::type_value;
use crate::error::PyResult;
use crate::interp::Vm;
use crate::object::Value;

/// Builds `_collections`.
pub fn init_native(_vm: &mut Vm) -> PyResult<Value> {
    let m = super::make_module("_collections", &[]);
    super::module_set(&m, "deque", type_value(&deque::DEQUE_TYPE));
    for (name, t) in deque::iterator_types() {
        super::module_set(&m, name, type_value(t));
    }
    Ok(m)
}
