//! The `itertools` module: every iterator of CPython 3.14's, as native types.
//!
//! Each iterator is its own static type (so `type(count())` prints
//! `<class 'itertools.count'>`) but all share one body, [`ItData`], whose [`It`] enum holds
//! the state of whichever iterator it is, the way `builtins/containers/iterators.rs` does
//! for the built-in iterators. One body means one `next` slot, one traverse and one clear
//! for the cycle collector, and no per-type downcasting.
//!
//! Thread safety: the state sits in a [`Locked`], taken for one step at a time. A step
//! that runs Python code (calling a predicate, advancing an inner iterator) clones what it
//! needs out of the guard, drops it, makes the call, then locks again to store the result,
//! so no guard is held across Python code (see `object/sync.rs`).
//!
//! The files split by what the iterators do: `simple.rs` (count, cycle, repeat, chain and
//! the filtering/mapping iterators), `slicing.rs` (islice, batched, pairwise, zip_longest,
//! accumulate, starmap), `combinatoric.rs` (product, permutations, combinations and
//! combinations_with_replacement, whose index arithmetic is plain Rust) and `grouping.rs`
//! (groupby with its `_grouper`, tee with its shared buffer).

mod combinatoric;
mod grouping;
mod simple;
mod slicing;

use crate::builtin_type;
use crate::builtins::type_::{type_value, OBJECT_TYPE};
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::{Guard, Kind, Locked, MethodDef, Slots, TypeObject, Value};

pub use combinatoric::Combo;
pub use simple::repeat_remaining;

/// The state of one itertools iterator.
pub enum It {
    /// `count(start, step)`: the next value and the step.
    Count { cur: Value, step: Value },
    /// `cycle(it)`: the source (until exhausted), what it gave, and the replay position.
    Cycle { it: Option<Value>, saved: Vec<Value>, index: usize },
    /// `repeat(obj, times)`: `None` repeats forever.
    Repeat { obj: Value, remaining: Option<usize> },
    /// `accumulate(it, func, initial=)`.
    Accumulate { it: Value, func: Option<Value>, total: Option<Value>, initial: Option<Value> },
    /// `batched(it, n, strict=)`.
    Batched { it: Option<Value>, n: usize, strict: bool },
    /// `chain(*its)` / `chain.from_iterable(its)`: the iterator of iterables and the one
    /// being walked.
    Chain { source: Option<Value>, active: Option<Value> },
    /// `compress(data, selectors)`.
    Compress { data: Value, selectors: Value },
    /// `dropwhile(pred, it)`: `dropping` until the predicate first fails.
    DropWhile { pred: Value, it: Value, dropping: bool },
    /// `takewhile(pred, it)`: `done` once the predicate failed.
    TakeWhile { pred: Value, it: Value, done: bool },
    /// `filterfalse(pred, it)`.
    FilterFalse { pred: Value, it: Value },
    /// `islice(it, start, stop, step)`: `next` is the index of the next item to yield,
    /// `count` the number of items consumed.
    ISlice { it: Option<Value>, next: usize, stop: Option<usize>, step: usize, count: usize },
    /// `pairwise(it)`: the previous item.
    Pairwise { it: Option<Value>, old: Option<Value> },
    /// `starmap(func, it)`.
    StarMap { func: Value, it: Value },
    /// `zip_longest(*its, fillvalue=)`: exhausted sources become `None`.
    ZipLongest { its: Vec<Option<Value>>, active: usize, fill: Value },
    /// product/permutations/combinations/combinations_with_replacement.
    Combo(Combo),
    /// `groupby(it, key)`.
    GroupBy(grouping::GroupBy),
    /// `_grouper`: the parent groupby, the key of this group, and which group it is.
    Grouper { parent: Value, key: Value, id: u64 },
    /// `_tee`: the current buffer block and the index in it.
    Tee { data: Value, index: usize },
    /// Finished, or cleared by the cycle collector.
    Done,
}

/// The body of every itertools iterator.
pub struct ItData {
    /// The iterator's state.
    pub state: Locked<It>,
}

const IT_SLOTS: Slots = Slots {
    iter: Some(self_iter),
    next: Some(it_next),
    traverse: Some(it_traverse),
    clear: Some(it_clear),
    hash: Some(crate::builtins::type_::identity_hash),
    ..Slots::EMPTY
};

macro_rules! it_type {
    ($s:ident, $name:expr, $new:expr) => {
        builtin_type!($s, $name, Kind::Object, ItData, Some(&OBJECT_TYPE), Slots { new: Some($new), ..IT_SLOTS }, &[]);
    };
    ($s:ident, $name:expr, $new:expr, $($extra:tt)*) => {
        builtin_type!($s, $name, Kind::Object, ItData, Some(&OBJECT_TYPE), Slots { new: Some($new), $($extra)* ..IT_SLOTS }, &[]);
    };
}

it_type!(COUNT_TYPE, "itertools.count", simple::count_new, repr: Some(simple::count_repr),);
it_type!(CYCLE_TYPE, "itertools.cycle", simple::cycle_new);
builtin_type!(
    REPEAT_TYPE,
    "itertools.repeat",
    Kind::Object,
    ItData,
    Some(&OBJECT_TYPE),
    Slots { new: Some(simple::repeat_new), repr: Some(simple::repeat_repr), ..IT_SLOTS },
    &[MethodDef::method("__length_hint__", simple::repeat_length_hint)]
);
it_type!(ACCUMULATE_TYPE, "itertools.accumulate", slicing::accumulate_new);
it_type!(BATCHED_TYPE, "itertools.batched", slicing::batched_new);
builtin_type!(
    CHAIN_TYPE,
    "itertools.chain",
    Kind::Object,
    ItData,
    Some(&OBJECT_TYPE),
    Slots { new: Some(simple::chain_new), ..IT_SLOTS },
    &[MethodDef::static_fn("from_iterable", simple::chain_from_iterable)]
);
it_type!(COMPRESS_TYPE, "itertools.compress", simple::compress_new);
it_type!(DROPWHILE_TYPE, "itertools.dropwhile", simple::dropwhile_new);
it_type!(TAKEWHILE_TYPE, "itertools.takewhile", simple::takewhile_new);
it_type!(FILTERFALSE_TYPE, "itertools.filterfalse", simple::filterfalse_new);
it_type!(ISLICE_TYPE, "itertools.islice", slicing::islice_new);
it_type!(PAIRWISE_TYPE, "itertools.pairwise", slicing::pairwise_new);
it_type!(STARMAP_TYPE, "itertools.starmap", slicing::starmap_new);
it_type!(ZIP_LONGEST_TYPE, "itertools.zip_longest", slicing::zip_longest_new);
it_type!(PRODUCT_TYPE, "itertools.product", combinatoric::product_new);
it_type!(PERMUTATIONS_TYPE, "itertools.permutations", combinatoric::permutations_new);
it_type!(COMBINATIONS_TYPE, "itertools.combinations", combinatoric::combinations_new);
it_type!(CWR_TYPE, "itertools.combinations_with_replacement", combinatoric::cwr_new);
it_type!(GROUPBY_TYPE, "itertools.groupby", grouping::groupby_new);
it_type!(GROUPER_TYPE, "itertools._grouper", grouping::grouper_new);
builtin_type!(
    TEE_TYPE,
    "itertools._tee",
    Kind::Object,
    ItData,
    Some(&OBJECT_TYPE),
    Slots { new: Some(grouping::tee_new), ..IT_SLOTS },
    &[MethodDef::method("__copy__", grouping::tee_copy)]
);

/// Every itertools iterator type (the bodies are all [`ItData`]).
static TYPES: [&TypeObject; 21] = [
    &COUNT_TYPE,
    &CYCLE_TYPE,
    &REPEAT_TYPE,
    &ACCUMULATE_TYPE,
    &BATCHED_TYPE,
    &CHAIN_TYPE,
    &COMPRESS_TYPE,
    &DROPWHILE_TYPE,
    &TAKEWHILE_TYPE,
    &FILTERFALSE_TYPE,
    &ISLICE_TYPE,
    &PAIRWISE_TYPE,
    &STARMAP_TYPE,
    &ZIP_LONGEST_TYPE,
    &PRODUCT_TYPE,
    &PERMUTATIONS_TYPE,
    &COMBINATIONS_TYPE,
    &CWR_TYPE,
    &GROUPBY_TYPE,
    &GROUPER_TYPE,
    &TEE_TYPE,
];

/// Builds `itertools`.
pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let m = super::make_module("itertools", &[("tee", grouping::tee)]);
    for t in TYPES {
        let name = t.body.name.trim_start_matches("itertools.");
        if !name.starts_with('_') {
            super::module_set(&m, name, type_value(t));
        }
    }
    super::module_set(&m, "_tee", type_value(&TEE_TYPE));
    super::module_set(&m, "_grouper", type_value(&GROUPER_TYPE));
    Ok(m)
}

/// A new iterator of type `ty`.
pub fn new_it(ty: &'static TypeObject, state: It) -> Value {
    crate::object::alloc(ty, ItData { state: Locked::new(state) })
}

/// The body, if `v` is one of the itertools iterators.
pub fn as_it(v: &Value) -> Option<&ItData> {
    if v.is_small_int() || !TYPES.iter().any(|t| std::ptr::eq(v.ty(), *t)) {
        return None;
    }
    // SAFETY: every type in TYPES has an ItData body.
    Some(unsafe { v.body_unchecked::<ItData>() })
}

/// True when `v`'s type is one of the static types above, not a class deriving from
/// one: a subclass created by a `class` statement has an instance layout of its own, so
/// the slots it inherits from these types must not read its body as an [`ItData`].
fn is_native(v: &Value) -> bool {
    !v.ty().body.state.is_heap()
}

/// The error for a slot reached through a subclass instance.
fn subclass_unsupported(v: &Value) -> PyErr {
    PyErr::new(&crate::builtins::exceptions::NOT_IMPLEMENTED_ERROR, format!("instances of subclasses of the built-in type '{}' are not supported yet", v.ty().body.name))
}

/// The locked state of `v`, an iterator of one of the types above (callers check
/// [`is_native`] at the slot entry).
fn state(v: &Value) -> Guard<'_, It> {
    debug_assert!(is_native(v));
    // SAFETY: called only for instances of the static types above (checked by the slot
    // entries with `is_native`), whose bodies are ItData.
    unsafe { v.body_unchecked::<ItData>() }.state.lock(v)
}

fn self_iter(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(v.clone())
}

fn it_next(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    if !is_native(v) {
        return Err(subclass_unsupported(v));
    }
    // Which file steps this iterator; decided under the lock, run without it.
    let family = match &*state(v) {
        It::Count { .. } | It::Cycle { .. } | It::Repeat { .. } | It::Chain { .. } | It::Compress { .. } | It::DropWhile { .. } | It::TakeWhile { .. } | It::FilterFalse { .. } => 0,
        It::Accumulate { .. } | It::Batched { .. } | It::ISlice { .. } | It::Pairwise { .. } | It::StarMap { .. } | It::ZipLongest { .. } => 1,
        It::Combo(_) => 2,
        It::GroupBy(_) | It::Grouper { .. } | It::Tee { .. } => 3,
        It::Done => return Ok(None),
    };
    match family {
        0 => simple::next(vm, v),
        1 => slicing::next(vm, v),
        2 => combinatoric::next(v),
        _ => grouping::next(vm, v),
    }
}

fn visit_opt(v: &Option<Value>, visit: &mut dyn FnMut(&Value)) {
    if let Some(x) = v {
        visit(x);
    }
}

fn it_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if !is_native(v) {
        return;
    }
    match &*state(v) {
        It::Count { cur, step } => {
            visit(cur);
            visit(step);
        }
        It::Cycle { it, saved, .. } => {
            visit_opt(it, visit);
            saved.iter().for_each(visit);
        }
        It::Repeat { obj, .. } => visit(obj),
        It::Accumulate { it, func, total, initial } => {
            visit(it);
            visit_opt(func, visit);
            visit_opt(total, visit);
            visit_opt(initial, visit);
        }
        It::Batched { it, .. } | It::ISlice { it, .. } => visit_opt(it, visit),
        It::Chain { source, active } => {
            visit_opt(source, visit);
            visit_opt(active, visit);
        }
        It::Compress { data, selectors } => {
            visit(data);
            visit(selectors);
        }
        It::DropWhile { pred, it, .. } | It::TakeWhile { pred, it, .. } | It::FilterFalse { pred, it } | It::StarMap { func: pred, it } => {
            visit(pred);
            visit(it);
        }
        It::Pairwise { it, old } => {
            visit_opt(it, visit);
            visit_opt(old, visit);
        }
        It::ZipLongest { its, fill, .. } => {
            its.iter().for_each(|x| visit_opt(x, visit));
            visit(fill);
        }
        It::Combo(c) => c.traverse(visit),
        It::GroupBy(g) => g.traverse(visit),
        It::Grouper { parent, key, .. } => {
            visit(parent);
            visit(key);
        }
        It::Tee { data, .. } => visit(data),
        It::Done => {}
    }
}

fn it_clear(v: &Value) {
    if !is_native(v) {
        return;
    }
    drop(std::mem::replace(&mut *state(v), It::Done));
}

/// CPython's count check for a function taking no arguments but `self`.
fn no_args(qualname: &str, args: &[Value], kwnames: &[Value]) -> PyResult<()> {
    crate::builtins::iterators::no_arguments(qualname, args, kwnames)
}

/// `TypeError` for a constructor given keywords it does not take.
fn no_kw(name: &str, kwnames: &[Value]) -> PyResult<()> {
    if kwnames.is_empty() {
        Ok(())
    } else {
        Err(PyErr::type_error(format!("{name}() takes no keyword arguments")))
    }
}
