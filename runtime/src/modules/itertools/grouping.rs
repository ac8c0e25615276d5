//! groupby (with its `_grouper` sub-iterators) and tee (with its shared buffer).
//!
//! A `_grouper` is valid only while its groupby is still on its group: the groupby
//! numbers its groups, each grouper remembers its number, and a grouper whose number is
//! no longer the current one is exhausted (CPython compares the `currgrouper` pointer;
//! a counter does the same without keeping a pointer that could dangle).
//!
//! tee's copies share a chain of buffer blocks of [`BLOCK`] items, each block a small
//! object (`itertools._tee_dataobject`) holding the source iterator, the items read so
//! far and a link to the next block. A copy holds its current block and an index into
//! it; the block a slow copy still needs stays alive through that reference, and blocks
//! every copy has passed are freed by ordinary reference counting, so memory is bounded
//! by the distance between the fastest and the slowest copy, as in CPython.

use super::{new_it, state, It};
use crate::builtin_type;
use crate::builtins::tuple::new_tuple;
use crate::builtins::type_::OBJECT_TYPE;
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::modules::args;
use crate::object::{Kind, Locked, Slots, TypeObject, Value};

/// The state of a groupby.
pub struct GroupBy {
    it: Value,
    keyfunc: Option<Value>,
    tgtkey: Option<Value>,
    currkey: Option<Value>,
    currvalue: Option<Value>,
    /// The number of the live `_grouper`, 0 for none.
    current: u64,
    last_id: u64,
}

impl GroupBy {
    pub(super) fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.it);
        for x in [&self.keyfunc, &self.tgtkey, &self.currkey, &self.currvalue].into_iter().flatten() {
            visit(x);
        }
    }
}

pub(super) fn groupby_new(vm: &mut Vm, _t: &'static TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = args::bind("groupby", args, kwnames, &["iterable", "key"], 0, 2, 1)?;
    let it = crate::ops::iter(vm, a[0].as_ref().expect("required"))?;
    let keyfunc = args::given(&a[1]).cloned();
    Ok(new_it(&super::GROUPBY_TYPE, It::GroupBy(GroupBy { it, keyfunc, tgtkey: None, currkey: None, currvalue: None, current: 0, last_id: 0 })))
}

pub(super) fn grouper_new(_vm: &mut Vm, _t: &'static TypeObject, _args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    Err(PyErr::type_error("cannot create 'itertools._grouper' instances"))
}

/// Reads the next item and its key into the groupby; false at the end.
fn step(vm: &mut Vm, g: &Value) -> PyResult<bool> {
    let (it, keyfunc) = match &*state(g) {
        It::GroupBy(s) => (s.it.clone(), s.keyfunc.clone()),
        _ => return Ok(false),
    };
    let Some(value) = crate::ops::next(vm, &it)? else { return Ok(false) };
    let key = match keyfunc {
        Some(f) => crate::ops::call(vm, &f, std::slice::from_ref(&value), &[])?,
        None => value.clone(),
    };
    if let It::GroupBy(s) = &mut *state(g) {
        s.currvalue = Some(value);
        s.currkey = Some(key);
    }
    Ok(true)
}

fn groupby_next(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    if let It::GroupBy(s) = &mut *state(v) {
        s.current = 0;
    }
    loop {
        let (currkey, tgtkey) = match &*state(v) {
            It::GroupBy(s) => (s.currkey.clone(), s.tgtkey.clone()),
            _ => return Ok(None),
        };
        if let Some(ck) = currkey {
            match tgtkey {
                None => break,
                Some(tk) if !crate::ops::eq(vm, &tk, &ck)? => break,
                Some(_) => {}
            }
        }
        if !step(vm, v)? {
            return Ok(None);
        }
    }
    let mut st = state(v);
    let It::GroupBy(s) = &mut *st else { return Ok(None) };
    let key = s.currkey.clone().expect("set by step");
    s.tgtkey = Some(key.clone());
    s.last_id += 1;
    s.current = s.last_id;
    let grouper = new_it(&super::GROUPER_TYPE, It::Grouper { parent: v.clone(), key: key.clone(), id: s.last_id });
    drop(st);
    Ok(Some(new_tuple(vec![key, grouper])))
}

fn grouper_next(vm: &mut Vm, parent: &Value, key: &Value, id: u64) -> PyResult<Option<Value>> {
    let has_value = match &*state(parent) {
        It::GroupBy(s) if s.current == id => s.currvalue.is_some(),
        _ => return Ok(None),
    };
    if !has_value && !step(vm, parent)? {
        return Ok(None);
    }
    let currkey = match &*state(parent) {
        It::GroupBy(s) => s.currkey.clone(),
        _ => None,
    };
    let Some(currkey) = currkey else { return Ok(None) };
    if !crate::ops::eq(vm, key, &currkey)? {
        return Ok(None);
    }
    match &mut *state(parent) {
        It::GroupBy(s) => Ok(s.currvalue.take()),
        _ => Ok(None),
    }
}

/// Items per tee buffer block.
const BLOCK: usize = 57;

/// One block of a tee buffer.
pub struct TeeBlock {
    state: Locked<TeeBlockState>,
}

struct TeeBlockState {
    it: Value,
    values: Vec<Value>,
    next: Option<Value>,
    running: bool,
}

builtin_type!(
    TEE_DATA_TYPE,
    "itertools._tee_dataobject",
    Kind::Object,
    TeeBlock,
    Some(&OBJECT_TYPE),
    Slots { traverse: Some(block_traverse), clear: Some(block_clear), ..Slots::EMPTY },
    &[]
);

fn block(v: &Value) -> &TeeBlock {
    // SAFETY: only called on values created by `new_block`, of TEE_DATA_TYPE, whose body
    // is TeeBlock (the slots above are installed on that type alone).
    unsafe { v.body_unchecked::<TeeBlock>() }
}

fn new_block(it: Value) -> Value {
    crate::object::alloc(&TEE_DATA_TYPE, TeeBlock { state: Locked::new(TeeBlockState { it, values: Vec::new(), next: None, running: false }) })
}

fn block_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    let s = block(v).state.lock(v);
    visit(&s.it);
    s.values.iter().for_each(&mut *visit);
    if let Some(n) = &s.next {
        visit(n);
    }
}

fn block_clear(v: &Value) {
    let mut s = block(v).state.lock(v);
    drop(std::mem::take(&mut s.values));
    drop(s.next.take());
}

/// The block after `b`, made on first use.
fn next_block(b: &Value) -> Value {
    let mut s = block(b).state.lock(b);
    if s.next.is_none() {
        s.next = Some(new_block(s.it.clone()));
    }
    s.next.clone().expect("just set")
}

/// Item `i` of block `b`, reading it from the source when no copy has yet.
fn block_get(vm: &mut Vm, b: &Value, i: usize) -> PyResult<Option<Value>> {
    let it = {
        let mut s = block(b).state.lock(b);
        if let Some(x) = s.values.get(i) {
            return Ok(Some(x.clone()));
        }
        if s.running {
            return Err(PyErr::runtime_error("cannot re-enter the tee iterator"));
        }
        s.running = true;
        s.it.clone()
    };
    let r = crate::ops::next(vm, &it);
    let mut s = block(b).state.lock(b);
    s.running = false;
    if let Ok(Some(x)) = &r {
        s.values.push(x.clone());
    }
    r
}

fn tee_next(vm: &mut Vm, v: &Value, data: Value, index: usize) -> PyResult<Option<Value>> {
    let (data, index) = if index >= BLOCK { (next_block(&data), 0) } else { (data, index) };
    if let It::Tee { data: d, index: i } = &mut *state(v) {
        *d = data.clone();
        *i = index;
    }
    let item = block_get(vm, &data, index)?;
    if item.is_some() {
        if let It::Tee { index: i, .. } = &mut *state(v) {
            *i += 1;
        }
    }
    Ok(item)
}

/// A new tee copy reading `iterable` (or sharing the buffer of a tee given as one).
fn tee_from_iterable(vm: &mut Vm, iterable: &Value) -> PyResult<Value> {
    let it = crate::ops::iter(vm, iterable)?;
    if std::ptr::eq(it.ty(), &super::TEE_TYPE) {
        return Ok(copy_of(&it));
    }
    Ok(new_it(&super::TEE_TYPE, It::Tee { data: new_block(it), index: 0 }))
}

fn copy_of(t: &Value) -> Value {
    let (data, index) = match &*state(t) {
        It::Tee { data, index } => (data.clone(), *index),
        _ => (new_block(new_tuple(Vec::new())), 0),
    };
    new_it(&super::TEE_TYPE, It::Tee { data, index })
}

pub(super) fn tee_new(vm: &mut Vm, _t: &'static TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = args::positional("_tee", args, kwnames, 1, 1)?;
    tee_from_iterable(vm, &a[0])
}

pub(super) fn tee_copy(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    super::no_args("_tee.__copy__", args, kwnames)?;
    if !super::is_native(&args[0]) {
        return Err(super::subclass_unsupported(&args[0]));
    }
    Ok(copy_of(&args[0]))
}

/// `itertools.tee(iterable, n=2)`: `n` independent iterators over one source.
pub(super) fn tee(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = args::positional("tee", args, kwnames, 1, 2)?;
    let n = match a.get(1) {
        Some(n) => crate::builtins::int::index_i64(n)?,
        None => 2,
    };
    if n < 0 {
        return Err(PyErr::value_error("n must be >= 0"));
    }
    if n == 0 {
        return Ok(new_tuple(Vec::new()));
    }
    let base = tee_from_iterable(vm, &a[0])?;
    let mut out = Vec::with_capacity(n as usize);
    out.push(base.clone());
    for _ in 1..n {
        out.push(copy_of(&base));
    }
    Ok(new_tuple(out))
}

/// One step of groupby, `_grouper` or `_tee`.
pub(super) fn next(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    let st = state(v);
    match &*st {
        It::GroupBy(_) => {
            drop(st);
            groupby_next(vm, v)
        }
        It::Grouper { parent, key, id } => {
            let (parent, key, id) = (parent.clone(), key.clone(), *id);
            drop(st);
            grouper_next(vm, &parent, &key, id)
        }
        It::Tee { data, index } => {
            let (data, index) = (data.clone(), *index);
            drop(st);
            tee_next(vm, v, data, index)
        }
        _ => Ok(None),
    }
}
