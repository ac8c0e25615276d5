//! The interpreter state every thread shares.
//!
//! A [`Vm`](crate::interp::Vm) is one thread's interpreter: its slot stack, frames,
//! handled exceptions and safepoint word. What is process-wide lives here, behind an
//! `Arc` the thread states share, and is `Send + Sync`: each field's doc comment says
//! how it is synchronised. Values set once at start-up use `OnceLock` (read without a
//! lock afterwards); the objects they hold (the builtins dict, `sys.modules`)
//! synchronise their own contents like any other object.

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock, RwLock};

use crate::interp::{TraceEngine, DEFAULT_RECURSION_LIMIT};
use crate::object::Value;

/// State shared by every thread of one interpreter.
pub struct Interpreter {
    /// The builtins module dict. Set once at start-up before Python code runs
    /// (`OnceLock`); read without a lock afterwards.
    builtins: OnceLock<Value>,
    /// `sys.modules`. Set once at start-up (`OnceLock`); the dict synchronises its own
    /// contents.
    modules: OnceLock<Value>,
    /// The JIT hook. Written rarely (start-up) under the write lock; each thread keeps
    /// a copy in its `Vm` (read on every loop back-edge) taken when the `Vm` is made or
    /// when that thread installs a hook.
    trace_engine: RwLock<Option<Arc<dyn TraceEngine>>>,
    /// `sys.getrecursionlimit()`. A relaxed atomic; each thread keeps a copy in its
    /// `Vm` (read on every call), taken when the `Vm` is made and updated by
    /// `sys.setrecursionlimit` on the thread that calls it. With `_thread`, setting it
    /// must also update the other threads' copies (CPython walks every thread state).
    recursion_limit: AtomicUsize,
    /// `sys.intern`'s table, by content (interned strings live as long as the
    /// interpreter). Behind a mutex: interning is rare and never runs Python code
    /// while holding it.
    interned: Mutex<HashMap<Box<str>, Value>>,
}

impl Interpreter {
    /// A fresh interpreter: no builtins or modules yet, default recursion limit.
    pub fn new() -> Interpreter {
        Interpreter {
            builtins: OnceLock::new(),
            modules: OnceLock::new(),
            trace_engine: RwLock::new(None),
            recursion_limit: AtomicUsize::new(DEFAULT_RECURSION_LIMIT),
            interned: Mutex::new(HashMap::new()),
        }
    }

    /// The builtins dict, once set.
    #[inline]
    pub fn builtins(&self) -> Option<&Value> {
        self.builtins.get()
    }

    /// Sets the builtins dict (start-up); false if it was already set.
    pub fn set_builtins(&self, dict: Value) -> bool {
        self.builtins.set(dict).is_ok()
    }

    /// `sys.modules`, once set.
    #[inline]
    pub fn modules(&self) -> Option<&Value> {
        self.modules.get()
    }

    /// Sets `sys.modules` (start-up); false if it was already set.
    pub fn set_modules(&self, dict: Value) -> bool {
        self.modules.set(dict).is_ok()
    }

    /// The JIT hook.
    pub fn trace_engine(&self) -> Option<Arc<dyn TraceEngine>> {
        self.trace_engine.read().unwrap_or_else(std::sync::PoisonError::into_inner).clone()
    }

    /// Installs (or removes) the JIT hook for threads made from now on.
    pub fn set_trace_engine(&self, engine: Option<Arc<dyn TraceEngine>>) {
        *self.trace_engine.write().unwrap_or_else(std::sync::PoisonError::into_inner) = engine;
    }

    /// The recursion limit.
    pub fn recursion_limit(&self) -> usize {
        self.recursion_limit.load(Ordering::Relaxed)
    }

    /// Sets the recursion limit (see the field's docs about the threads' copies).
    pub fn set_recursion_limit(&self, limit: usize) {
        self.recursion_limit.store(limit, Ordering::Relaxed);
    }

    /// `sys.intern`: the interpreter's str object equal to `text`, made from `make` the
    /// first time. `make` must not run Python code (the table's lock is held).
    pub fn intern(&self, text: &str, make: impl FnOnce() -> Value) -> Value {
        let mut table = self.interned.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(v) = table.get(text) {
            return v.clone();
        }
        let v = make();
        table.insert(text.into(), v.clone());
        v
    }
}

impl Default for Interpreter {
    fn default() -> Self {
        Interpreter::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_send_sync<T: Send + Sync>() {}

    #[test]
    fn interpreter_is_shareable_and_fields_are_set_once() {
        assert_send_sync::<Interpreter>();
        let interp = Interpreter::new();
        assert!(interp.builtins().is_none());
        assert!(interp.set_builtins(crate::builtins::dict::new_dict()));
        assert!(!interp.set_builtins(crate::builtins::dict::new_dict()), "start-up values are set once");
        assert_eq!(interp.recursion_limit(), DEFAULT_RECURSION_LIMIT);
        interp.set_recursion_limit(50);
        assert_eq!(interp.recursion_limit(), 50);
    }

    #[test]
    fn intern_returns_one_object_per_text() {
        let interp = Interpreter::new();
        let a = interp.intern("spam", || crate::builtins::str::new_str("spam"));
        let b = interp.intern("spam", || crate::builtins::str::new_str("spam"));
        assert!(a.is(&b));
        let c = interp.intern("eggs", || crate::builtins::str::new_str("eggs"));
        assert!(!a.is(&c));
    }
}
