//! `dict`: insertion-ordered hash table (CPython 3.6+ compact layout).
//!
//! `entries` holds (hash, key, value) in insertion order, with holes after deletion;
//! `indices` is the open-addressing table of positions into `entries`, probed with
//! CPython's perturbation scheme. Adding or removing a key bumps the table's keys
//! version from a global counter (replacing a value does not), which is what the
//! interpreter's global-variable caches key on: a cached (keys version, entry index)
//! pair stays valid exactly as long as the version is unchanged, and the value is read
//! fresh from the entry.
//!
//! Lookups compare keys by identity first, then by hash and `==` (which may run Python
//! code, hence `&mut Vm`). Str keys, the common case, compare text directly.

use std::sync::atomic::{AtomicU64, Ordering};

use crate::builtin_type;
use crate::builtins::singletons::{none, py_bool};
use crate::builtins::str::{as_str_data, new_str, new_str_owned, str_hash};
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::{BinOp, CompareOp, Kind, MethodDef, Slots, TypeObject, Value};

const EMPTY: u32 = u32::MAX;
const DUMMY: u32 = u32::MAX - 1;

static NEXT_VERSION: AtomicU64 = AtomicU64::new(1);

/// One slot of the entry array.
pub struct Entry {
    /// Cached hash of the key.
    pub hash: i64,
    /// The key.
    pub key: Value,
    /// The value.
    pub value: Value,
}

/// The table itself, usable by dict, set (for now) and module namespaces.
pub struct Table {
    indices: Vec<u32>,
    /// Entries in insertion order; `None` marks a deleted entry.
    pub entries: Vec<Option<Entry>>,
    len: usize,
    /// Changes whenever a key is added or removed or the table is rebuilt (never when
    /// only a value is replaced): an entry index cached under this version stays valid.
    keys_version: u64,
}

impl Default for Table {
    fn default() -> Table {
        Table { indices: Vec::new(), entries: Vec::new(), len: 0, keys_version: NEXT_VERSION.fetch_add(1, Ordering::Relaxed) }
    }
}

impl Table {
    /// Number of live entries.
    pub fn len(&self) -> usize {
        self.len
    }
    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    fn mask(&self) -> usize {
        self.indices.len() - 1
    }

    /// Finds a str key without a VM (strings never run Python code to compare).
    #[inline]
    pub fn find_str(&self, key: &str, hash: i64) -> Option<usize> {
        if self.indices.is_empty() {
            return None;
        }
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = self.indices[i];
            if ix == EMPTY {
                return None;
            }
            if ix != DUMMY {
                if let Some(e) = &self.entries[ix as usize] {
                    if e.hash == hash && as_str_data(&e.key).is_some_and(|d| d.eq_str(key)) {
                        return Some(ix as usize);
                    }
                }
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    fn insert_index(&mut self, hash: i64, idx: u32) {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        while self.indices[i] != EMPTY {
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
        self.indices[i] = idx;
    }

    fn bump_keys_version(&mut self) {
        self.keys_version = NEXT_VERSION.fetch_add(1, Ordering::Relaxed);
    }

    /// The keys version (see the field).
    pub fn keys_version(&self) -> u64 {
        self.keys_version
    }

    fn rebuild(&mut self, min_len: usize) {
        let live: Vec<Entry> = std::mem::take(&mut self.entries).into_iter().flatten().collect();
        let mut size = 8;
        while size * 2 < (min_len.max(live.len()) + 1) * 3 {
            size *= 2;
        }
        self.indices = vec![EMPTY; size];
        self.entries = Vec::with_capacity(size * 2 / 3);
        self.bump_keys_version();
        for (i, e) in live.into_iter().enumerate() {
            self.insert_index(e.hash, i as u32);
            self.entries.push(Some(e));
        }
    }

    /// Appends a key known to be absent.
    pub fn push_new(&mut self, key: Value, hash: i64, value: Value) -> usize {
        if self.indices.is_empty() || (self.entries.len() + 1) * 3 > self.indices.len() * 2 {
            self.rebuild(self.len + 1);
        }
        let idx = self.entries.len();
        self.insert_index(hash, idx as u32);
        self.entries.push(Some(Entry { hash, key, value }));
        self.len += 1;
        self.bump_keys_version();
        idx
    }

    /// Removes the entry at `idx` (found by a lookup of a key with `hash` under the
    /// current keys version); returns it.
    pub fn remove_at(&mut self, idx: usize, hash: i64) -> Option<Entry> {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        while self.indices[i] != idx as u32 {
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
        self.indices[i] = DUMMY;
        self.len -= 1;
        self.bump_keys_version();
        let e = self.entries[idx].take();
        if self.entries.len() > 16 && self.len * 2 < self.entries.len() {
            self.rebuild(self.len);
        }
        e
    }

    /// Live entries in order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().flatten()
    }

    /// Removes everything.
    pub fn clear(&mut self) -> Vec<Option<Entry>> {
        self.indices.clear();
        self.len = 0;
        self.bump_keys_version();
        std::mem::take(&mut self.entries)
    }
}

/// The body of a dict.
pub struct DictData {
    table: crate::object::Locked<Table>,
}

impl DictData {
    /// The table, read-only.
    #[inline(always)]
    pub fn table(&self) -> &Table {
        // SAFETY: single mutator thread (see list.rs); no &mut outlives a call.
        unsafe { self.table.read_unlocked() }
    }
    /// The table, for mutation.
    #[inline(always)]
    #[allow(clippy::mut_from_ref)]
    pub fn table_mut(&self) -> &mut Table {
        // SAFETY: as above; callers never keep this borrow across Python code.
        unsafe { self.table.write_unlocked() }
    }
    /// The keys version: changes when keys are added or removed (not when a value is
    /// replaced). Global-variable caches hold (keys version, entry index).
    #[inline(always)]
    pub fn version(&self) -> u64 {
        self.table().keys_version()
    }
    /// Finds the entry index for `key`, comparing with `==` where needed.
    ///
    /// `==` may run Python code that changes this dict, so no borrow of the table is
    /// live while it runs: the candidate key is cloned out, the table is borrowed anew
    /// afterwards, and if the keys version moved meanwhile (a key added or removed, the
    /// table rebuilt or replaced) the lookup starts again, as CPython's does.
    pub fn find(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<Option<usize>> {
        let key_str = as_str_data(key);
        'restart: loop {
            let version = self.table().keys_version;
            if self.table().indices.is_empty() {
                return Ok(None);
            }
            let mut perturb = hash as u64;
            let mut i = (hash as u64 as usize) & self.table().mask();
            loop {
                let t = self.table();
                let ix = t.indices[i];
                if ix == EMPTY {
                    return Ok(None);
                }
                if ix != DUMMY {
                    let idx = ix as usize;
                    if let Some(e) = &t.entries[idx] {
                        if e.key.is(key) {
                            return Ok(Some(idx));
                        }
                        if e.hash == hash {
                            if let (Some(a), Some(b)) = (key_str, as_str_data(&e.key)) {
                                if a.text_eq(b) {
                                    return Ok(Some(idx));
                                }
                            } else {
                                let k = e.key.clone();
                                // `t` and `e` are dead from here: `==` may mutate the table.
                                let equal = crate::ops::eq(vm, &k, key)?;
                                if self.table().keys_version != version {
                                    continue 'restart;
                                }
                                if equal {
                                    return Ok(Some(idx));
                                }
                            }
                        }
                    }
                }
                perturb >>= 5;
                i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & self.table().mask();
            }
        }
    }
    /// Inserts or replaces; returns the entry index and the old value, if any.
    pub fn insert(&self, vm: &mut Vm, key: Value, hash: i64, value: Value) -> PyResult<(usize, Option<Value>)> {
        if let Some(idx) = self.find(vm, &key, hash)? {
            if let Some(e) = self.table_mut().entries.get_mut(idx).and_then(Option::as_mut) {
                return Ok((idx, Some(std::mem::replace(&mut e.value, value))));
            }
        }
        Ok((self.table_mut().push_new(key, hash, value), None))
    }
    /// Removes `key` (with `hash`); returns the removed entry.
    pub fn remove_hashed(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<Option<Entry>> {
        let Some(idx) = self.find(vm, key, hash)? else { return Ok(None) };
        Ok(self.table_mut().remove_at(idx, hash))
    }
    /// `d[key]` or `None`.
    pub fn get(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        let h = dict_key_hash(vm, key)?;
        let idx = self.find(vm, key, h)?;
        Ok(idx.and_then(|i| self.table().entries.get(i).and_then(|e| e.as_ref()).map(|e| e.value.clone())))
    }
    /// `d[name]` for a str key, without running Python code.
    pub fn get_str(&self, name: &str) -> Option<Value> {
        let h = crate::builtins::str::hash_bytes(name.as_bytes());
        self.table().find_str(name, h).and_then(|i| self.table().entries[i].as_ref()).map(|e| e.value.clone())
    }
    /// `d[key] = value`.
    pub fn set(&self, vm: &mut Vm, key: Value, value: Value) -> PyResult<()> {
        let h = dict_key_hash(vm, &key)?;
        // Find first (may run Python code), then mutate.
        let found = match as_str_data(&key).filter(|d| !d.has_surrogates()) {
            Some(s) => self.table().find_str(s.as_str(), h),
            None => self.find(vm, &key, h)?,
        };
        let table = self.table_mut();
        match found.and_then(|i| table.entries.get_mut(i).and_then(Option::as_mut)) {
            Some(e) => drop(std::mem::replace(&mut e.value, value)),
            None => {
                table.push_new(key, h, value);
            }
        }
        Ok(())
    }
    /// `d[name] = value` for a str name.
    pub fn set_str(&self, name: &str, value: Value) {
        let key = crate::builtins::str::intern(name);
        let h = str_hash(as_str_data(&key).expect("new_str makes a str"));
        let found = self.table().find_str(name, h);
        let table = self.table_mut();
        match found.and_then(|i| table.entries.get_mut(i).and_then(Option::as_mut)) {
            Some(e) => drop(std::mem::replace(&mut e.value, value)),
            None => {
                table.push_new(key, h, value);
            }
        }
    }
    /// Removes `key`, returning its value.
    pub fn remove(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        let h = dict_key_hash(vm, key)?;
        Ok(self.remove_hashed(vm, key, h)?.map(|e| e.value))
    }
    /// Number of items.
    pub fn len(&self) -> usize {
        self.table().len()
    }
    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// Snapshot of the items.
    pub fn items(&self) -> Vec<(Value, Value)> {
        self.table().iter().map(|e| (e.key.clone(), e.value.clone())).collect()
    }
}

/// Hash of a dict key with 3.14's wrapped TypeError for unhashable keys.
pub fn dict_key_hash(vm: &mut Vm, key: &Value) -> PyResult<i64> {
    if let Some(d) = as_str_data(key) {
        return Ok(str_hash(d));
    }
    crate::ops::hash(vm, key).map_err(|e| {
        if e.exc.ty().body.name == "TypeError" {
            let inner = crate::builtins::exceptions::exception_str(&e.exc);
            PyErr::type_error(format!("cannot use '{}' as a dict key ({inner})", key.ty().body.name))
        } else {
            e
        }
    })
}

builtin_type!(
    DICT_TYPE,
    "dict",
    Kind::Dict,
    DictData,
    Some(&crate::builtins::type_::OBJECT_TYPE),
    Slots {
        repr: Some(dict_repr),
        traverse: Some(crate::builtins::gc_slots::dict_traverse),
        clear: Some(crate::builtins::gc_slots::dict_clear),
        compare: Some(dict_compare),
        binop: Some(dict_binop),
        len: Some(dict_len),
        getitem: Some(dict_getitem),
        setitem: Some(dict_setitem),
        delitem: Some(dict_delitem),
        contains: Some(dict_contains),
        iter: Some(crate::builtins::iterators::dict_key_iter),
        truth: Some(dict_truth),
        new: Some(dict_new),
        ..Slots::EMPTY
    },
    &[
        MethodDef::method("get", dict_get),
        MethodDef::method("keys", crate::builtins::iterators::dict_keys),
        MethodDef::method("values", crate::builtins::iterators::dict_values),
        MethodDef::method("items", crate::builtins::iterators::dict_items),
        MethodDef::method("setdefault", dict_setdefault),
        MethodDef::method("pop", dict_pop),
        MethodDef::method("update", dict_update),
        MethodDef::method("copy", dict_copy),
        MethodDef::method("clear", dict_clear),
        MethodDef::method("popitem", dict_popitem),
        MethodDef::static_fn("fromkeys", dict_fromkeys),
    ]
);

/// A new empty dict.
pub fn new_dict() -> Value {
    crate::object::alloc(&DICT_TYPE, DictData { table: crate::object::Locked::new(Table::default()) })
}

/// The dict body, if `v` is a dict.
#[inline(always)]
pub fn as_dict(v: &Value) -> Option<&DictData> {
    if !v.is_small_int() && (v.ty().body.kind == Kind::Dict || v.ty().body.state.solid_kind() == Some(Kind::Dict)) {
        // SAFETY: Kind::Dict objects are Obj<DictData>.
        Some(unsafe { v.body_unchecked::<DictData>() })
    } else {
        None
    }
}

fn this(args: &[Value]) -> &DictData {
    as_dict(&args[0]).expect("dict method called on a dict")
}

fn dict_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let items = as_dict(v).map(DictData::items).unwrap_or_default();
    if vm.repr_guard_enter(v) {
        return Ok(new_str("{...}"));
    }
    let r = (|| -> PyResult<String> {
        let mut s = String::from("{");
        for (i, (k, val)) in items.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            s.push_str(&crate::ops::repr_string(vm, k)?);
            s.push_str(": ");
            s.push_str(&crate::ops::repr_string(vm, val)?);
        }
        s.push('}');
        Ok(s)
    })();
    vm.repr_guard_leave(v);
    Ok(new_str_owned(r?.into()))
}

fn dict_compare(vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Option<Value>> {
    let (Some(x), Some(y)) = (as_dict(a), as_dict(b)) else { return Ok(None) };
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(None);
    }
    let mut equal = x.len() == y.len();
    if equal {
        for (k, v) in x.items() {
            match y.get(vm, &k)? {
                Some(w) if crate::ops::eq(vm, &v, &w)? => {}
                _ => {
                    equal = false;
                    break;
                }
            }
        }
    }
    Ok(Some(py_bool(equal == (op == CompareOp::Eq))))
}

fn dict_binop(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if op != BinOp::Or {
        return Ok(None);
    }
    let (Some(x), Some(y)) = (as_dict(a), as_dict(b)) else { return Ok(None) };
    let out = new_dict();
    let d = as_dict(&out).expect("new dict");
    for (k, v) in x.items().into_iter().chain(y.items()) {
        d.set(vm, k, v)?;
    }
    Ok(Some(out))
}

fn dict_len(_vm: &mut Vm, v: &Value) -> PyResult<usize> {
    Ok(as_dict(v).map_or(0, DictData::len))
}

fn dict_truth(_vm: &mut Vm, v: &Value) -> PyResult<bool> {
    Ok(as_dict(v).is_some_and(|d| !d.is_empty()))
}

fn dict_getitem(vm: &mut Vm, v: &Value, key: &Value) -> PyResult<Value> {
    let d = as_dict(v).ok_or_else(|| PyErr::type_error("expected dict"))?;
    match d.get(vm, key)? {
        Some(x) => Ok(x),
        // A subclass may supply missing keys (`defaultdict`, `Counter`).
        None => match crate::builtins::instances::protocol::call_hook(vm, v, "__missing__", std::slice::from_ref(key))? {
            Some(x) => Ok(x),
            None => Err(PyErr::key_error(key.clone())),
        },
    }
}

fn dict_setitem(vm: &mut Vm, v: &Value, key: &Value, value: Value) -> PyResult<()> {
    let d = as_dict(v).ok_or_else(|| PyErr::type_error("expected dict"))?;
    d.set(vm, key.clone(), value)
}

fn dict_delitem(vm: &mut Vm, v: &Value, key: &Value) -> PyResult<()> {
    let d = as_dict(v).ok_or_else(|| PyErr::type_error("expected dict"))?;
    match d.remove(vm, key)? {
        Some(_) => Ok(()),
        None => Err(PyErr::key_error(key.clone())),
    }
}

fn dict_contains(vm: &mut Vm, v: &Value, key: &Value) -> PyResult<bool> {
    let d = as_dict(v).ok_or_else(|| PyErr::type_error("expected dict"))?;
    let h = dict_key_hash(vm, key)?;
    Ok(d.find(vm, key, h)?.is_some())
}

/// Adds `other` (a dict, or an iterable of pairs) into `d`.
pub fn update_from(vm: &mut Vm, d: &DictData, other: &Value) -> PyResult<()> {
    if let Some(o) = as_dict(other) {
        for (k, v) in o.items() {
            d.set(vm, k, v)?;
        }
        return Ok(());
    }
    let items = crate::ops::collect_iterable(vm, other)?;
    for (i, item) in items.iter().enumerate() {
        let pair = crate::ops::collect_iterable(vm, item).map_err(|_| {
            PyErr::type_error(format!("cannot convert dictionary update sequence element #{i} to a sequence"))
        })?;
        if pair.len() != 2 {
            return Err(PyErr::value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                pair.len()
            )));
        }
        let mut it = pair.into_iter();
        let (k, v) = (it.next().expect("len 2"), it.next().expect("len 2"));
        d.set(vm, k, v)?;
    }
    Ok(())
}

fn dict_new(vm: &mut Vm, _t: &'static TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kwnames.len();
    if npos > 1 {
        return Err(PyErr::type_error(format!("dict expected at most 1 argument, got {npos}")));
    }
    let out = new_dict();
    let d = as_dict(&out).expect("new dict");
    if npos == 1 {
        update_from(vm, d, &args[0])?;
    }
    for (k, v) in kwnames.iter().zip(&args[npos..]) {
        d.set(vm, k.clone(), v.clone())?;
    }
    Ok(out)
}

/// Checks the argument count of a positional-only dict method (`min..=max` arguments after
/// self) with CPython's `pop expected at least 1 argument, got 0` texts.
fn check_positional(name: &str, args: &[Value], kwnames: &[Value], min: usize, max: usize) -> PyResult<()> {
    if !kwnames.is_empty() {
        return Err(PyErr::type_error(format!("dict.{name}() takes no keyword arguments")));
    }
    let given = args.len() - 1;
    let plural = |n: usize| if n == 1 { "argument" } else { "arguments" };
    if given < min {
        return Err(PyErr::type_error(format!("{name} expected at least {min} {}, got {given}", plural(min))));
    }
    if given > max {
        return Err(PyErr::type_error(format!("{name} expected at most {max} {}, got {given}", plural(max))));
    }
    Ok(())
}

fn dict_get(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_positional("get", args, kw, 1, 2)?;
    Ok(this(args).get(vm, &args[1])?.unwrap_or_else(|| args.get(2).cloned().unwrap_or_else(none)))
}

fn dict_setdefault(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_positional("setdefault", args, kw, 1, 2)?;
    let d = this(args);
    if let Some(v) = d.get(vm, &args[1])? {
        return Ok(v);
    }
    let v = args.get(2).cloned().unwrap_or_else(none);
    d.set(vm, args[1].clone(), v.clone())?;
    Ok(v)
}

fn dict_pop(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_positional("pop", args, kw, 1, 2)?;
    match this(args).remove(vm, &args[1])? {
        Some(v) => Ok(v),
        None => args.get(2).cloned().ok_or_else(|| PyErr::key_error(args[1].clone())),
    }
}

fn dict_popitem(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::builtins::iterators::no_arguments("dict.popitem", args, kw)?;
    let d = this(args);
    let Some(last) = d.table().entries.iter().rposition(Option::is_some) else {
        return Err(PyErr::new(&crate::builtins::exceptions::KEY_ERROR, "popitem(): dictionary is empty"));
    };
    let e = d.table().entries[last].as_ref().map(|e| (e.key.clone(), e.hash)).expect("live entry");
    let removed = d.remove_hashed(vm, &e.0, e.1)?.ok_or_else(|| PyErr::runtime_error("dictionary changed during popitem"))?;
    Ok(crate::builtins::tuple::new_tuple(vec![removed.key, removed.value]))
}

fn dict_update(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let d = this(args);
    let npos = args.len() - kwnames.len();
    if npos > 2 {
        return Err(PyErr::type_error(format!("update expected at most 1 argument, got {}", npos - 1)));
    }
    if npos > 1 {
        update_from(vm, d, &args[1])?;
    }
    for (k, v) in kwnames.iter().zip(&args[npos..]) {
        d.set(vm, k.clone(), v.clone())?;
    }
    Ok(none())
}

fn dict_copy(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::builtins::iterators::no_arguments("dict.copy", args, kw)?;
    let out = new_dict();
    update_from(vm, as_dict(&out).expect("new dict"), &args[0])?;
    Ok(out)
}

fn dict_clear(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::builtins::iterators::no_arguments("dict.clear", args, kw)?;
    let old = this(args).table_mut().clear();
    drop(old);
    Ok(none())
}

fn dict_fromkeys(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(PyErr::type_error("dict.fromkeys() takes no keyword arguments"));
    }
    if args.len() > 2 {
        return Err(PyErr::type_error(format!("fromkeys expected at most 2 arguments, got {}", args.len())));
    }
    let out = new_dict();
    let d = as_dict(&out).expect("new dict");
    let value = args.get(1).cloned().unwrap_or_else(none);
    for k in crate::ops::collect_iterable(vm, args.first().ok_or_else(|| PyErr::type_error("fromkeys expected at least 1 argument, got 0"))?)? {
        d.set(vm, k, value.clone())?;
    }
    Ok(out)
}
