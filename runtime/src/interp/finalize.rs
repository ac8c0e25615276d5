//! Finalizers that run Python code: `__del__`, weak-reference callbacks and the closing
//! of abandoned generators.
//!
//! CPython runs these inside `Py_DECREF`. braid cannot: a destructor runs wherever the
//! last reference is dropped, in the middle of arbitrary Rust code (a container method
//! half done, the dispatch loop between writing a slot and reading the next one), where
//! calling back into the interpreter would invalidate borrowed slot pointers. So a dying
//! object that needs Python code is *resurrected* with one reference owned by this
//! thread's queue, and the queue is drained at the next point where running Python is
//! safe:
//!
//! * the `Clear` instruction the compiler emits after `del` statements and loops;
//! * the safepoint poll (function entry, loop back-edges, before and after native
//!   calls), reached through the [`BREAK_FINALIZERS`] request bit;
//! * the end of the program, before `__main__`'s globals are cleared.
//!
//! Because a native call polls *before* it runs, a finalizer queued by `x = None` or by
//! leaving a function runs before the next `print(...)`, so the output order is
//! CPython's. The queue is first in, first out: objects freed by one cascade are
//! finalized in the order their destructors ran, and a weak reference's callbacks
//! (queued while the referent is freed) run before the `__del__` of objects the
//! referent held, as in CPython.
//!
//! The queue is per thread (an object dies on the thread that drops it last), so it
//! needs no lock. When Python threads exist, each must drain its queue before it exits
//! (until then only the main thread runs Python).

use std::cell::RefCell;
use std::collections::VecDeque;
use std::sync::atomic::Ordering;

use crate::interp::Vm;
use crate::object::header::Header;
use crate::object::Value;
use crate::thread::state::BREAK_FINALIZERS;

/// One piece of finalization work.
pub enum Pending {
    /// A suspended generator to `close()` (the queue owns one reference).
    Close(usize),
    /// An instance whose `__del__` must run (the queue owns one reference).
    Del(usize),
    /// A weak reference's callback, called with the reference.
    Callback {
        /// The (now dead) weak reference.
        weakref: Value,
        /// What `weakref.ref(obj, callback)` was given.
        callback: Value,
    },
}

/// Set while `__main__`'s globals are cleared at exit (see [`clear_main_globals`]).
static CLEARING_MAIN: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

thread_local! {
    static PENDING: RefCell<VecDeque<Pending>> = const { RefCell::new(VecDeque::new()) };
}

/// Queues work and asks the interpreter to run it at its next safepoint. Returns false
/// when the thread is being torn down (the work is dropped).
pub fn push(p: Pending) -> bool {
    let queued = PENDING.try_with(|q| q.borrow_mut().push_back(p)).is_ok();
    if queued {
        crate::thread::brc::request_current(BREAK_FINALIZERS);
    }
    queued
}

/// Brings an object whose count reached zero back to life with one reference owned by
/// the current thread, which the caller hands to the queue.
///
/// # Safety
/// `obj` has no references left and its destructor has not freed anything yet.
pub unsafe fn resurrect(obj: *mut Header) {
    // SAFETY: the object is unreferenced, so no other thread touches its counts.
    let h = unsafe { &*obj };
    h.owner_tid.store(crate::thread::brc::current_tid(), Ordering::Relaxed);
    h.ref_shared.store(0, Ordering::Relaxed);
    h.ref_local.store(1, Ordering::Relaxed);
}

/// True when finalizers are waiting.
#[inline]
pub fn pending() -> bool {
    PENDING.try_with(|q| !q.borrow().is_empty()).unwrap_or(false)
}

/// Runs every queued finalizer, including those queued while running them. Exceptions
/// are reported on stderr as CPython's "Exception ignored ..." and otherwise dropped.
pub fn run_pending(vm: &mut Vm) {
    loop {
        // The queued siblings of the next item are set aside while it runs, so a drain
        // nested in it (a `print` inside `__del__` polls) runs only what the item itself
        // released, and that runs before the siblings: CPython's order, where a
        // finalizer's own releases are finalized inside it.
        let taken = PENDING.try_with(|q| {
            let mut q = q.borrow_mut();
            let first = q.pop_front();
            (first, std::mem::take(&mut *q))
        });
        let Ok((Some(work), siblings)) = taken else { return };
        run_one(vm, work);
        let _ = PENDING.try_with(|q| q.borrow_mut().extend(siblings));
    }
}

fn run_one(vm: &mut Vm, work: Pending) {
    match work {
        Pending::Close(raw) => {
            // SAFETY: the queue owns the reference created at resurrection.
            let gen = unsafe { Value::from_raw(raw) };
            crate::interp::generator::close_abandoned(vm, &gen);
            drop(gen);
        }
        Pending::Del(raw) => {
            // SAFETY: the queue owns the reference created at resurrection.
            let obj = unsafe { Value::from_raw(raw) };
            if let Some(f) = crate::builtins::instances::dunder_slots::lookup(obj.ty(), "__del__") {
                if let Err(e) = crate::builtins::instances::dunder_slots::call_dunder(vm, &f, &obj, &[]) {
                    report_unraisable(vm, "while calling deallocator", &f, &e);
                }
            }
            // The last reference, unless `__del__` stored the object somewhere: then it
            // lives on, and its `__del__` is not called again (GC_FINALIZED is set).
            drop(obj);
        }
        Pending::Callback { weakref, callback } => {
            if CLEARING_MAIN.load(Ordering::Relaxed) {
                // See `clear_main_globals`: CPython frees these as one garbage cycle
                // together with the references, and calls no callbacks then.
                return;
            }
            if let Err(e) = crate::ops::call(vm, &callback, std::slice::from_ref(&weakref), &[]) {
                report_unraisable(vm, "while calling weakref callback", &callback, &e);
            }
        }
    }
}

/// Prints CPython 3.14's report of an exception nobody can catch:
/// `Exception ignored <context> <repr(about)>:` and the traceback.
pub fn report_unraisable(vm: &mut Vm, context: &str, about: &Value, err: &crate::error::PyErr) {
    let _ = crate::modules::builtins::flush_stdout();
    let what = crate::ops::repr_string(vm, about).unwrap_or_else(|_| format!("<object at {:#x}>", about.raw()));
    let text = crate::interp::traceback::format_exception(&err.exc, &[]);
    eprint!("Exception ignored {context} {what}:\n{text}");
}

/// At exit: `__main__`'s globals are set to None one by one in the dict's order (all but
/// `__builtins__`), running the finalizers each release queues, so the `__del__` of
/// objects the module kept, the callbacks of weak references to them and the `finally`
/// blocks of suspended generators run as CPython's shutdown runs them when it clears
/// the module. Objects in reference cycles are not freed (there is no cycle collector
/// yet), so their finalizers do not run.
///
/// Weak-reference callbacks do not run in this phase: CPython frees a module's globals
/// at shutdown as one unreachable cycle (the module dict and the functions whose
/// `__globals__` it is), and the collector calls no callback of a weak reference that
/// is itself part of the garbage.
pub fn clear_main_globals(vm: &mut Vm, globals: &Value) {
    run_pending(vm);
    CLEARING_MAIN.store(true, Ordering::Relaxed);
    let Some(d) = crate::builtins::dict::as_dict(globals) else { return };
    let names: Vec<Value> = d.items().into_iter().map(|(k, _)| k).collect();
    for key in names {
        let Some(name) = crate::builtins::str::as_str(&key) else { continue };
        if name == "__builtins__" {
            continue;
        }
        let Some(old) = d.get_str(name) else { continue };
        if old.is_small_int() || old.header().is_some_and(|h| h.is_uncounted()) {
            // Immortal and deferred objects (None, functions, classes, modules) are
            // never freed by this, and leaving them keeps late finalizers working.
            continue;
        }
        d.set_str(name, crate::builtins::singletons::none());
        drop(old);
        run_pending(vm);
    }
}
