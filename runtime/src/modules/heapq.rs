//! The `heapq` module: binary min-heaps (and, new in 3.14, max-heaps) kept in plain lists.
//!
//! The sifts are CPython's: `siftup` walks the smaller child down to a leaf and then
//! `siftdown` bubbles the item back up (fewer comparisons than stopping early), which
//! fixes the exact order of items in the list and the sequence of `<` calls a script can
//! observe. Comparisons may run Python code that mutates the list, so every step re-reads
//! the list and stops with CPython's `RuntimeError` when its size changed.
//!
//! `nlargest`, `nsmallest` and `merge` are written in Python in CPython; here they follow
//! that code step for step (the `(elem, order)` decoration that keeps them stable, the
//! `n == 1` and `n >= len` shortcuts), and `merge` is a native iterator that does its
//! setup on the first `next`, as the generator does.

use crate::builtin_type;
use crate::builtins::int::new_int;
use crate::builtins::list::{as_list, new_list};
use crate::builtins::singletons::{is_none, none};
use crate::builtins::tuple::{as_tuple, new_tuple};
use crate::builtins::type_::OBJECT_TYPE;
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::modules::args;
use crate::object::{CompareOp, Kind, Locked, Slots, Value};

fn lt(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    crate::ops::compare_bool(vm, a, b, CompareOp::Lt)
}

/// `heap[i]`, or the size-changed error.
fn at(heap: &Value, i: usize) -> PyResult<Value> {
    as_list(heap).and_then(|l| l.items().get(i).cloned()).ok_or_else(changed)
}

fn len_of(heap: &Value) -> usize {
    as_list(heap).map_or(0, |l| l.items().len())
}

fn changed() -> PyErr {
    PyErr::runtime_error("list changed size during iteration")
}

fn swap(heap: &Value, i: usize, j: usize) {
    if let Some(l) = as_list(heap) {
        l.items_mut().swap(i, j);
    }
}

/// `a` goes above `b` in the heap (`a < b`, or `b < a` for a max-heap).
fn above(vm: &mut Vm, a: &Value, b: &Value, max: bool) -> PyResult<bool> {
    if max {
        lt(vm, b, a)
    } else {
        lt(vm, a, b)
    }
}

/// Moves the item at `pos` up towards `start` while it belongs above its parent.
fn sift_down(vm: &mut Vm, heap: &Value, start: usize, mut pos: usize, max: bool) -> PyResult<()> {
    let size = len_of(heap);
    if pos >= size {
        return Err(PyErr::index_error("list index out of range"));
    }
    while pos > start {
        let parent = (pos - 1) >> 1;
        let (new, par) = (at(heap, pos)?, at(heap, parent)?);
        let up = above(vm, &new, &par, max)?;
        if size != len_of(heap) {
            return Err(changed());
        }
        if !up {
            break;
        }
        swap(heap, parent, pos);
        pos = parent;
    }
    Ok(())
}

/// Moves the item at `pos` down to a leaf along the better children, then back up.
fn sift_up(vm: &mut Vm, heap: &Value, mut pos: usize, max: bool) -> PyResult<()> {
    let end = len_of(heap);
    let start = pos;
    let limit = end >> 1;
    while pos < limit {
        let mut child = 2 * pos + 1;
        if child + 1 < end {
            let (a, b) = (at(heap, child)?, at(heap, child + 1)?);
            let left_first = above(vm, &a, &b, max)?;
            if end != len_of(heap) {
                return Err(changed());
            }
            if !left_first {
                child += 1;
            }
        }
        swap(heap, child, pos);
        pos = child;
    }
    sift_down(vm, heap, start, pos, max)
}

fn list_arg<'a>(fname: &str, v: &'a Value, numbered: bool) -> PyResult<&'a Value> {
    if as_list(v).is_some() {
        return Ok(v);
    }
    let which = if numbered { "argument 1" } else { "argument" };
    Err(PyErr::type_error(format!("{fname}() {which} must be list, not {}", crate::builtins::method_args::arg_type_name(v))))
}

fn two<'a>(fname: &str, args: &'a [Value], kwnames: &[Value]) -> PyResult<(&'a Value, &'a Value)> {
    args::no_keywords(&format!("_heapq.{fname}"), kwnames)?;
    let a = args::count(fname, args, 2, 2)?;
    Ok((list_arg(fname, &a[0], true)?, &a[1]))
}

fn one<'a>(fname: &str, args: &'a [Value], kwnames: &[Value]) -> PyResult<&'a Value> {
    let h = args::one_arg(&format!("_heapq.{fname}"), args, kwnames)?;
    list_arg(fname, h, false)
}

fn push(vm: &mut Vm, heap: &Value, item: Value, max: bool) -> PyResult<()> {
    let n = {
        let l = as_list(heap).expect("checked list");
        l.items_mut().push(item);
        l.items().len()
    };
    sift_down(vm, heap, 0, n - 1, max)
}

fn pop(vm: &mut Vm, heap: &Value, max: bool) -> PyResult<Value> {
    let l = as_list(heap).expect("checked list");
    let Some(last) = l.items_mut().pop() else { return Err(PyErr::index_error("index out of range")) };
    if l.items().is_empty() {
        return Ok(last);
    }
    let top = std::mem::replace(&mut l.items_mut()[0], last);
    sift_up(vm, heap, 0, max)?;
    Ok(top)
}

fn replace(vm: &mut Vm, heap: &Value, item: Value, max: bool) -> PyResult<Value> {
    let l = as_list(heap).expect("checked list");
    if l.items().is_empty() {
        return Err(PyErr::index_error("index out of range"));
    }
    let top = std::mem::replace(&mut l.items_mut()[0], item);
    sift_up(vm, heap, 0, max)?;
    Ok(top)
}

fn pushpop(vm: &mut Vm, heap: &Value, item: &Value, max: bool) -> PyResult<Value> {
    let Some(top) = as_list(heap).and_then(|l| l.items().first().cloned()) else { return Ok(item.clone()) };
    if !above(vm, &top, item, max)? {
        return Ok(item.clone());
    }
    let l = as_list(heap).expect("checked list");
    if l.items().is_empty() {
        return Err(PyErr::index_error("index out of range"));
    }
    let top = std::mem::replace(&mut l.items_mut()[0], item.clone());
    sift_up(vm, heap, 0, max)?;
    Ok(top)
}

fn heapify_list(vm: &mut Vm, heap: &Value, max: bool) -> PyResult<()> {
    let n = len_of(heap);
    for i in (0..n / 2).rev() {
        sift_up(vm, heap, i, max)?;
    }
    Ok(())
}

macro_rules! heap_fns {
    ($max:expr, $push:ident, $pop:ident, $heapify:ident, $replace:ident, $pushpop:ident, $n_push:expr, $n_pop:expr, $n_heapify:expr, $n_replace:expr, $n_pushpop:expr) => {
        fn $push(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
            let (heap, item) = two($n_push, args, kwnames)?;
            push(vm, heap, item.clone(), $max)?;
            Ok(none())
        }
        fn $pop(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
            let heap = one($n_pop, args, kwnames)?;
            pop(vm, heap, $max)
        }
        fn $heapify(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
            let heap = one($n_heapify, args, kwnames)?;
            heapify_list(vm, heap, $max)?;
            Ok(none())
        }
        fn $replace(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
            let (heap, item) = two($n_replace, args, kwnames)?;
            replace(vm, heap, item.clone(), $max)
        }
        fn $pushpop(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
            let (heap, item) = two($n_pushpop, args, kwnames)?;
            pushpop(vm, heap, item, $max)
        }
    };
}

heap_fns!(false, heappush, heappop, heapify, heapreplace, heappushpop, "heappush", "heappop", "heapify", "heapreplace", "heappushpop");
heap_fns!(
    true,
    heappush_max,
    heappop_max,
    heapify_max,
    heapreplace_max,
    heappushpop_max,
    "heappush_max",
    "heappop_max",
    "heapify_max",
    "heapreplace_max",
    "heappushpop_max"
);

/// `min`/`max` over an iterator with an optional key, as `min(it, default=..., key=...)`;
/// `None` for an empty iterator.
fn extreme(vm: &mut Vm, it: &Value, key: Option<&Value>, largest: bool) -> PyResult<Option<Value>> {
    let mut best: Option<(Value, Value)> = None;
    while let Some(x) = crate::ops::next(vm, it)? {
        let k = match key {
            Some(f) => crate::ops::call(vm, f, std::slice::from_ref(&x), &[])?,
            None => x.clone(),
        };
        let better = match &best {
            None => true,
            Some((bk, _)) => crate::ops::compare_bool(vm, &k, bk, if largest { CompareOp::Gt } else { CompareOp::Lt })?,
        };
        if better {
            best = Some((k, x));
        }
    }
    Ok(best.map(|(_, x)| x))
}

/// The shared body of nlargest/nsmallest (Lib/heapq.py's algorithm).
fn n_best(vm: &mut Vm, fname: &str, args: &[Value], kwnames: &[Value], largest: bool) -> PyResult<Value> {
    let a = args::bind_py(fname, args, kwnames, &["n", "iterable", "key"], 3, 2)?;
    let n = a[0].clone().expect("required");
    let iterable = a[1].clone().expect("required");
    let key = args::given(&a[2]).cloned();
    if crate::ops::eq(vm, &n, &new_int(1))? {
        let it = crate::ops::iter(vm, &iterable)?;
        return Ok(new_list(extreme(vm, &it, key.as_ref(), largest)?.into_iter().collect()));
    }
    if iterable.ty().body.slot(|s| s.len).is_some() {
        let size = new_int(crate::ops::len(vm, &iterable)? as i64);
        if crate::ops::compare_bool(vm, &n, &size, CompareOp::Ge)? {
            let mut items = crate::ops::collect_iterable(vm, &iterable)?;
            crate::builtins::list::sort_values(vm, &mut items, key.as_ref(), largest)?;
            let sorted = new_list(items);
            let upto = crate::builtins::slice::new_slice(none(), n, none());
            return crate::ops::getitem(vm, &sorted, &upto);
        }
    }
    let count = crate::builtins::int::index_i64(&n)?.max(0) as usize;
    let it = crate::ops::iter(vm, &iterable)?;
    // Decorated entries: (elem, order) or (key, order, elem); order keeps ties stable.
    let step: i64 = if largest { -1 } else { 1 };
    let mut entries = Vec::with_capacity(count.min(1 << 16));
    let mut order = 0i64;
    while entries.len() < count {
        let Some(x) = crate::ops::next(vm, &it)? else { break };
        entries.push(decorate(vm, key.as_ref(), x, order)?);
        order += step;
    }
    if entries.is_empty() {
        return Ok(new_list(Vec::new()));
    }
    let heap = new_list(entries);
    // nsmallest keeps a max-heap of the best so far, nlargest a min-heap.
    heapify_list(vm, &heap, !largest)?;
    let mut top = first_of(&at(&heap, 0)?);
    while let Some(x) = crate::ops::next(vm, &it)? {
        let k = match &key {
            Some(f) => crate::ops::call(vm, f, std::slice::from_ref(&x), &[])?,
            None => x.clone(),
        };
        let better = if largest { lt(vm, &top, &k)? } else { lt(vm, &k, &top)? };
        if better {
            let entry = match &key {
                Some(_) => new_tuple(vec![k, new_int(order), x]),
                None => new_tuple(vec![x, new_int(order)]),
            };
            replace(vm, &heap, entry, !largest)?;
            top = first_of(&at(&heap, 0)?);
            order += step;
        }
    }
    let mut items = as_list(&heap).map(|l| l.items().clone()).unwrap_or_default();
    crate::builtins::list::sort_values(vm, &mut items, None, largest)?;
    let undecorated = items
        .iter()
        .map(|e| match key {
            Some(_) => as_tuple(e).and_then(|t| t.last().cloned()).unwrap_or_else(none),
            None => first_of(e),
        })
        .collect();
    Ok(new_list(undecorated))
}

fn decorate(vm: &mut Vm, key: Option<&Value>, x: Value, order: i64) -> PyResult<Value> {
    Ok(match key {
        Some(f) => new_tuple(vec![crate::ops::call(vm, f, std::slice::from_ref(&x), &[])?, new_int(order), x]),
        None => new_tuple(vec![x, new_int(order)]),
    })
}

fn first_of(entry: &Value) -> Value {
    as_tuple(entry).and_then(|t| t.first().cloned()).unwrap_or_else(none)
}

fn nlargest(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    n_best(vm, "nlargest", args, kwnames, true)
}

fn nsmallest(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    n_best(vm, "nsmallest", args, kwnames, false)
}

/// One input of a merge: its current key and value, its position (negated for
/// reverse merges), and the iterator.
struct Source {
    key: Value,
    order: i64,
    value: Value,
    it: Value,
}

/// The state of a `merge` iterator.
enum Merge {
    /// Not started: the iterables, key and direction.
    Pending { iterables: Vec<Value>, key: Option<Value>, reverse: bool },
    /// Merging: a heap of sources.
    Running { heap: Vec<Source>, key: Option<Value>, reverse: bool },
    /// One source left: its remaining items pass straight through.
    Tail { it: Value },
    Done,
}

/// The body of a merge iterator.
pub struct MergeData {
    state: Locked<Merge>,
}

builtin_type!(
    MERGE_TYPE,
    "heapq.merge",
    Kind::Object,
    MergeData,
    Some(&OBJECT_TYPE),
    Slots {
        iter: Some(merge_iter),
        next: Some(merge_next),
        traverse: Some(merge_traverse),
        clear: Some(merge_clear),
        hash: Some(crate::builtins::type_::identity_hash),
        ..Slots::EMPTY
    },
    &[]
);

fn merge_state(v: &Value) -> crate::object::Guard<'_, Merge> {
    debug_assert!(std::ptr::eq(v.ty(), &MERGE_TYPE));
    // SAFETY: merge iterators are made only by `merge` below, as MERGE_TYPE objects with a
    // MergeData body; the type is not exposed, so no class can derive from it.
    unsafe { v.body_unchecked::<MergeData>() }.state.lock(v)
}

fn merge_iter(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(v.clone())
}

fn merge_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    match &*merge_state(v) {
        Merge::Pending { iterables, key, .. } => {
            iterables.iter().for_each(&mut *visit);
            if let Some(k) = key {
                visit(k);
            }
        }
        Merge::Running { heap, key, .. } => {
            for s in heap {
                visit(&s.key);
                visit(&s.value);
                visit(&s.it);
            }
            if let Some(k) = key {
                visit(k);
            }
        }
        Merge::Tail { it } => visit(it),
        Merge::Done => {}
    }
}

fn merge_clear(v: &Value) {
    drop(std::mem::replace(&mut *merge_state(v), Merge::Done));
}

/// The order of two heap entries, as Python compares the lists `[key, order, ...]`:
/// the keys decide unless they are equal, then the orders.
fn entry_above(vm: &mut Vm, a: &Source, b: &Source, reverse: bool) -> PyResult<bool> {
    let same = a.key.is(&b.key) || crate::ops::eq(vm, &a.key, &b.key)?;
    if same {
        return Ok(if reverse { b.order < a.order } else { a.order < b.order });
    }
    if reverse {
        lt(vm, &b.key, &a.key)
    } else {
        lt(vm, &a.key, &b.key)
    }
}

fn vec_sift_down(vm: &mut Vm, h: &mut [Source], mut pos: usize, reverse: bool) -> PyResult<()> {
    while pos > 0 {
        let parent = (pos - 1) >> 1;
        if !entry_above(vm, &h[pos], &h[parent], reverse)? {
            break;
        }
        h.swap(pos, parent);
        pos = parent;
    }
    Ok(())
}

fn vec_sift_up(vm: &mut Vm, h: &mut [Source], mut pos: usize, reverse: bool) -> PyResult<()> {
    let end = h.len();
    let start = pos;
    while pos < end >> 1 {
        let mut child = 2 * pos + 1;
        if child + 1 < end && !entry_above(vm, &h[child], &h[child + 1], reverse)? {
            child += 1;
        }
        h.swap(child, pos);
        pos = child;
    }
    let _ = start;
    vec_sift_down(vm, &mut h[..], pos, reverse)
}

fn keyed(vm: &mut Vm, key: &Option<Value>, value: &Value) -> PyResult<Value> {
    match key {
        Some(f) => crate::ops::call(vm, f, std::slice::from_ref(value), &[]),
        None => Ok(value.clone()),
    }
}

fn merge_start(vm: &mut Vm, iterables: Vec<Value>, key: Option<Value>, reverse: bool) -> PyResult<Vec<Source>> {
    let mut heap = Vec::with_capacity(iterables.len());
    for (i, x) in iterables.iter().enumerate() {
        let it = crate::ops::iter(vm, x)?;
        if let Some(value) = crate::ops::next(vm, &it)? {
            let k = keyed(vm, &key, &value)?;
            heap.push(Source { key: k, order: if reverse { -(i as i64) } else { i as i64 }, value, it });
        }
    }
    for i in (0..heap.len() / 2).rev() {
        vec_sift_up(vm, &mut heap, i, reverse)?;
    }
    Ok(heap)
}

fn merge_next(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    let current = std::mem::replace(&mut *merge_state(v), Merge::Done);
    let (mut heap, key, reverse, pending) = match current {
        Merge::Pending { iterables, key, reverse } => (merge_start(vm, iterables, key.clone(), reverse)?, key, reverse, false),
        Merge::Running { heap, key, reverse } => (heap, key, reverse, true),
        Merge::Tail { it } => {
            let r = crate::ops::next(vm, &it);
            if let Ok(Some(_)) = &r {
                *merge_state(v) = Merge::Tail { it };
            }
            return r;
        }
        Merge::Done => return Ok(None),
    };
    // Lib/heapq.py's loop: after yielding the top value, the next resume first refills
    // the top from its source (dropping the source when it ends), then yields again.
    if pending {
        advance_top(vm, &mut heap, &key, reverse)?;
    }
    match heap.len() {
        0 => Ok(None),
        1 => {
            let last = heap.pop().expect("one");
            *merge_state(v) = Merge::Tail { it: last.it };
            Ok(Some(last.value))
        }
        _ => {
            let value = heap[0].value.clone();
            *merge_state(v) = Merge::Running { heap, key, reverse };
            Ok(Some(value))
        }
    }
}

/// Replaces the top entry's value with the next one from its source and restores the
/// heap, or drops the source when it is exhausted.
fn advance_top(vm: &mut Vm, heap: &mut Vec<Source>, key: &Option<Value>, reverse: bool) -> PyResult<()> {
    let it = heap[0].it.clone();
    match crate::ops::next(vm, &it)? {
        Some(next) => {
            heap[0].key = keyed(vm, key, &next)?;
            heap[0].value = next;
        }
        None => {
            let last = heap.pop().expect("non-empty");
            if heap.is_empty() {
                return Ok(());
            }
            heap[0] = last;
        }
    }
    vec_sift_up(vm, heap, 0, reverse)
}

fn merge(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let npos = args::npos(args, kwnames);
    let mut key = None;
    let mut reverse = false;
    for (k, v) in kwnames.iter().zip(&args[npos..]) {
        match crate::builtins::str::as_str(k) {
            Some("key") => key = if is_none(v) { None } else { Some(v.clone()) },
            Some("reverse") => reverse = crate::ops::truthy(_vm, v)?,
            other => return Err(PyErr::type_error(format!("merge() got an unexpected keyword argument '{}'", other.unwrap_or("")))),
        }
    }
    let state = Merge::Pending { iterables: args[..npos].to_vec(), key, reverse };
    Ok(crate::object::alloc(&MERGE_TYPE, MergeData { state: Locked::new(state) }))
}

/// Builds `heapq`.
pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let m = super::make_module(
        "heapq",
        &[
            ("heappush", heappush),
            ("heappop", heappop),
            ("heapify", heapify),
            ("heapreplace", heapreplace),
            ("heappushpop", heappushpop),
            ("heappush_max", heappush_max),
            ("heappop_max", heappop_max),
            ("heapify_max", heapify_max),
            ("heapreplace_max", heapreplace_max),
            ("heappushpop_max", heappushpop_max),
            ("nlargest", nlargest),
            ("nsmallest", nsmallest),
            ("merge", merge),
        ],
    );
    let all = [
        "heappush",
        "heappop",
        "heapify",
        "heapreplace",
        "merge",
        "nlargest",
        "nsmallest",
        "heappushpop",
        "heappush_max",
        "heappop_max",
        "heapify_max",
        "heapreplace_max",
        "heappushpop_max",
    ];
    super::module_set(&m, "__all__", new_list(all.iter().map(|s| crate::builtins::str::new_str(s)).collect()));
    Ok(m)
}
