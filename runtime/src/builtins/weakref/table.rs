//! The weak-reference side table: referent address -> its weak references, in CPython's
//! list order.
//!
//! Why a side table and a header bit rather than a list pointer in every object: most
//! objects never get a weak reference, and CPython's per-type `tp_weaklistoffset` word
//! would cost eight bytes in each of them and a layout decision in every built-in type.
//! Here an object that gets one has `GC_WEAKREFS` set in its header, and the destructor
//! (`object::refcount::dealloc`) tests that one bit: only such objects come here.
//!
//! Each weak reference holds its referent's address without a count, and 0 once the
//! referent died. Every change of a list, and the clearing of a dying referent, happens
//! under the table's mutex, so a reference never reads a freed address: the referent is
//! cleared before its memory is freed. No Python code and no destructor ever runs under
//! the mutex (values are moved out and dropped after it is released), so it cannot
//! deadlock with itself. For free threading the one mutex is to become a sharded table
//! (keyed by address bits) and `ref()` a try-incref of a referent whose count may be
//! dropping concurrently, as CPython 3.13t does; today a referent's count only reaches
//! zero on the thread that clears it.
//!
//! List order (what `getweakrefs` shows and the order callbacks run in): the reusable
//! `ref(obj)` without callback first, then the reusable `proxy(obj)`, then every other
//! reference, newest first.

use std::collections::HashMap;
use std::sync::atomic::{AtomicI64, AtomicUsize, Ordering};
use std::sync::{Mutex, MutexGuard, PoisonError};

use crate::object::header::{Header, GC_WEAKREFS};
use crate::object::{Kind, Obj, TypeObject, Value};

/// The body of a weak reference (`ref`, `proxy` and subclasses).
pub struct WeakrefData {
    /// The referent's header address; 0 once it died.
    pub referent: AtomicUsize,
    /// The callback, taken out when the referent dies (`__callback__` is then None).
    pub callback: Mutex<Option<Value>>,
    /// `hash(ref)`, cached from the referent's hash; [`NO_HASH`] until computed.
    pub hash: AtomicI64,
}

/// [`WeakrefData::hash`] before the first `hash()`.
pub const NO_HASH: i64 = -1;

static TABLE: Mutex<Option<HashMap<usize, Vec<usize>>>> = Mutex::new(None);

fn table() -> MutexGuard<'static, Option<HashMap<usize, Vec<usize>>>> {
    TABLE.lock().unwrap_or_else(PoisonError::into_inner)
}

/// The body of a weak reference object.
///
/// # Safety
/// `w` is a live object allocated as `Obj<WeakrefData>`.
unsafe fn body<'a>(w: usize) -> &'a WeakrefData {
    // SAFETY: per the contract.
    unsafe { &(*(w as *const Obj<WeakrefData>)).body }
}

/// True when the weak reference at `w` has a callback.
fn has_callback(w: usize) -> bool {
    // SAFETY: listed references are live (they unlist themselves before being freed).
    unsafe { body(w) }.callback.lock().unwrap_or_else(PoisonError::into_inner).is_some()
}

/// True when the object at `w` still has references (a reference whose count reached
/// zero may sit in the destructor queue of `refcount.rs` for a moment).
fn alive(w: usize) -> bool {
    // SAFETY: listed references are not freed before they unlist themselves.
    unsafe { (*(w as *const Header)).refcount() > 0 }
}

/// Registers a new weak reference to `obj`, or returns the existing reusable one.
///
/// `basic` tells whether the new reference is a reusable one (an exact `ref` or proxy
/// type without callback); `is_proxy` which of the two reusable slots it takes; `make`
/// allocates the object (it runs under the table lock and must not run Python code).
pub fn register(obj: &Value, basic: bool, is_proxy: bool, ty_exact: &'static TypeObject, make: impl FnOnce() -> Value) -> Value {
    let addr = obj.raw();
    let mut guard = table();
    let list = guard.get_or_insert_with(HashMap::new).entry(addr).or_default();
    // The reusable references at the head of the list.
    let is_exact = |w: usize, t: &'static TypeObject| {
        // SAFETY: listed references are live objects.
        std::ptr::eq(unsafe { (*(w as *const Header)).ty() }, t)
    };
    let mut basic_ref = None;
    let mut basic_proxy = None;
    let mut i = 0;
    if let Some(&w) = list.first() {
        if is_exact(w, &super::reference::REF_TYPE) && !has_callback(w) {
            basic_ref = Some(w);
            i = 1;
        }
    }
    if let Some(&w) = list.get(i) {
        if (is_exact(w, &super::proxy::PROXY_TYPE) || is_exact(w, &super::proxy::CALLABLE_PROXY_TYPE)) && !has_callback(w) {
            basic_proxy = Some(w);
        }
    }
    if basic {
        let existing = if is_proxy { basic_proxy } else { basic_ref };
        if let Some(w) = existing.filter(|&w| alive(w) && (is_proxy || is_exact(w, ty_exact))) {
            // SAFETY: a live listed reference; the incref creates the returned one.
            return unsafe { Value::from_borrowed_ptr(w as *const Header) };
        }
    }
    let new = make();
    let at = match (basic, is_proxy) {
        (true, false) => 0,
        (true, true) => usize::from(basic_ref.is_some()),
        _ => usize::from(basic_ref.is_some()) + usize::from(basic_proxy.is_some()),
    };
    list.insert(at, new.raw());
    if let Some(h) = obj.header() {
        h.gc_bits.fetch_or(GC_WEAKREFS, Ordering::Relaxed);
    }
    new
}

/// `weakref.getweakrefcount(obj)`.
pub fn count(obj: &Value) -> usize {
    table().as_ref().and_then(|t| t.get(&obj.raw())).map_or(0, Vec::len)
}

/// `weakref.getweakrefs(obj)`, in list order.
pub fn refs(obj: &Value) -> Vec<Value> {
    let guard = table();
    let Some(list) = guard.as_ref().and_then(|t| t.get(&obj.raw())) else {
        return Vec::new();
    };
    list.iter()
        .filter(|&&w| alive(w))
        // SAFETY: live listed references; each incref creates the returned reference.
        .map(|&w| unsafe { Value::from_borrowed_ptr(w as *const Header) })
        .collect()
}

/// The referent of a weak reference, or None once it died.
pub fn referent(w: &WeakrefData) -> Option<Value> {
    let _guard = table();
    let r = w.referent.load(Ordering::Acquire);
    // SAFETY: under the table lock a non-zero referent has not been cleared, so it has
    // not been freed (clearing happens under this lock before the memory is released).
    (r != 0).then(|| unsafe { Value::from_borrowed_ptr(r as *const Header) })
}

/// The destructor of weak reference objects: unlists the reference, then frees it.
///
/// # Safety
/// `obj` is an unreferenced object allocated as `Obj<WeakrefData>`.
pub unsafe fn weakref_dealloc(obj: *mut Header) {
    // SAFETY: forwarded.
    unsafe { unlist(obj) };
    // SAFETY: unlisted and unreferenced; the callback (if any) is dropped here, outside
    // the table lock.
    unsafe { crate::object::value::dealloc_box::<WeakrefData>(obj) };
}

/// Removes a dying weak reference from its referent's list.
///
/// # Safety
/// `obj` is an unreferenced weak reference (a plain one or a subclass instance, whose
/// `WeakrefData` sits at the same offset).
pub unsafe fn unlist(obj: *mut Header) {
    // SAFETY: per the contract.
    let w = unsafe { body(obj as usize) };
    if w.referent.load(Ordering::Acquire) != 0 {
        let mut guard = table();
        let r = w.referent.load(Ordering::Acquire);
        if let Some(t) = guard.as_mut().filter(|_| r != 0) {
            if let Some(list) = t.get_mut(&r) {
                list.retain(|&x| x != obj as usize);
                if list.is_empty() {
                    t.remove(&r);
                    // SAFETY: a listed referent is live (it is cleared under this lock
                    // before it is freed).
                    unsafe { (*(r as *const Header)).gc_bits.fetch_and(!GC_WEAKREFS, Ordering::Relaxed) };
                }
            }
        }
    }
}

/// Called by the destructor of an object whose header has `GC_WEAKREFS`: runs
/// `__del__` first if it has one (returning true: the object was resurrected and must
/// not be freed), else clears every weak reference to it and queues their callbacks
/// (`interp/finalize.rs`) in list order.
///
/// # Safety
/// `obj` has no references left and nothing of it was freed yet.
pub unsafe fn before_dealloc(obj: *mut Header) -> bool {
    // SAFETY: forwarded.
    if unsafe { crate::builtins::instances::finalizer::finalize_first(obj) } {
        return true;
    }
    let mut callbacks: Vec<(Value, Value)> = Vec::new();
    let mut dropped: Vec<Value> = Vec::new();
    {
        let mut guard = table();
        let list = guard.as_mut().and_then(|t| t.remove(&(obj as usize))).unwrap_or_default();
        // SAFETY: the object is intact until its destructor runs.
        unsafe { (*obj).gc_bits.fetch_and(!GC_WEAKREFS, Ordering::Relaxed) };
        for w in list {
            // SAFETY: listed references are live objects.
            let wd = unsafe { body(w) };
            wd.referent.store(0, Ordering::Release);
            let cb = wd.callback.lock().unwrap_or_else(PoisonError::into_inner).take();
            if let Some(cb) = cb {
                if alive(w) {
                    // SAFETY: a live reference; the incref keeps it for the callback.
                    callbacks.push((unsafe { Value::from_borrowed_ptr(w as *const Header) }, cb));
                } else {
                    dropped.push(cb);
                }
            }
        }
    }
    drop(dropped);
    for (weakref, callback) in callbacks {
        crate::interp::finalize::push(crate::interp::finalize::Pending::Callback { weakref, callback });
    }
    false
}

/// True when `v` accepts weak references, as in CPython: instances of classes (unless
/// `__slots__` leaves out `__weakref__`, or the class derives from int, bytes or
/// tuple), types, functions, methods, code, generators, modules, sets and frozensets.
pub fn supports_weakrefs(v: &Value) -> bool {
    let Some(h) = v.header() else { return false };
    let t = h.ty();
    match t.body.kind {
        Kind::Type | Kind::Function | Kind::BuiltinFunction | Kind::BoundMethod | Kind::Code | Kind::Generator | Kind::Module => true,
        _ if t.body.state.is_heap() => t.body.state.weakrefable(),
        Kind::Set | Kind::FrozenSet => true,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::super::{proxy, reference};
    use super::*;
    use crate::interp::Vm;

    fn new_set(vm: &mut Vm) -> Value {
        crate::builtins::set::set_from_values(vm, Vec::new()).expect("a set")
    }

    fn header(v: &Value) -> &Header {
        v.header().expect("an object")
    }

    #[test]
    fn list_order_is_basic_ref_then_basic_proxy_then_newest_first() {
        let mut vm = Vm::scratch();
        let obj = new_set(&mut vm);
        let cb = crate::builtins::singletons::py_bool(true);
        let with_cb_1 = reference::new_ref(&obj, Some(cb.clone())).expect("ref");
        let basic = reference::new_ref(&obj, None).expect("ref");
        let p = proxy::new_proxy(&obj, None).expect("proxy");
        let with_cb_2 = reference::new_ref(&obj, Some(cb)).expect("ref");
        assert!(reference::new_ref(&obj, None).expect("ref").is(&basic), "the basic ref is reused");
        assert!(proxy::new_proxy(&obj, None).expect("proxy").is(&p), "the basic proxy is reused");
        let order: Vec<usize> = refs(&obj).iter().map(Value::raw).collect();
        assert_eq!(order, vec![basic.raw(), p.raw(), with_cb_2.raw(), with_cb_1.raw()]);
        assert_eq!(count(&obj), 4);
        assert_ne!(header(&obj).gc_bits.load(Ordering::Relaxed) & GC_WEAKREFS, 0);
    }

    #[test]
    fn the_bit_goes_when_the_last_reference_dies() {
        let mut vm = Vm::scratch();
        let obj = new_set(&mut vm);
        let r1 = reference::new_ref(&obj, None).expect("ref");
        let r2 = proxy::new_proxy(&obj, None).expect("proxy");
        drop(r1);
        assert_eq!(count(&obj), 1);
        assert_ne!(header(&obj).gc_bits.load(Ordering::Relaxed) & GC_WEAKREFS, 0);
        drop(r2);
        assert_eq!(count(&obj), 0);
        assert_eq!(header(&obj).gc_bits.load(Ordering::Relaxed) & GC_WEAKREFS, 0);
    }

    #[test]
    fn a_dying_referent_clears_its_references_and_queues_callbacks() {
        let mut vm = Vm::scratch();
        let obj = new_set(&mut vm);
        let plain = reference::new_ref(&obj, None).expect("ref");
        let cb = crate::builtins::function::new_builtin_function("cb", |_, _, _| Ok(crate::builtins::singletons::none()), None);
        let with_cb = reference::new_ref(&obj, Some(cb)).expect("ref");
        assert!(!crate::interp::finalize::pending());
        drop(obj);
        let w = reference::as_weakref(&plain).expect("a weakref");
        assert!(referent(w).is_none());
        let w2 = reference::as_weakref(&with_cb).expect("a weakref");
        assert!(referent(w2).is_none());
        assert!(w2.callback.lock().unwrap_or_else(PoisonError::into_inner).is_none(), "the callback was taken out");
        assert!(crate::interp::finalize::pending(), "the callback is queued");
        crate::interp::finalize::run_pending(&mut vm);
        assert!(!crate::interp::finalize::pending());
    }

    #[test]
    fn only_supported_types_take_weak_references() {
        let mut vm = Vm::scratch();
        assert!(supports_weakrefs(&new_set(&mut vm)));
        assert!(!supports_weakrefs(&crate::builtins::list::new_list(Vec::new())));
        assert!(!supports_weakrefs(&Value::try_small_int(3).expect("small")));
        assert!(reference::new_ref(&crate::builtins::list::new_list(Vec::new()), None).is_err());
    }
}
