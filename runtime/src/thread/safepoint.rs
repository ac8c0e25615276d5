//! Safepoints: where a thread looks at its requests.
//!
//! The interpreter polls one word, its [`ThreadState`]'s `eval_breaker`, at function
//! entry and on loop back-edges ([`Vm::safepoint`], inlined: one relaxed load and a
//! branch). Anything that needs the thread sets a bit there: other threads that queued
//! refcount merges (`brc.rs`), the signal handler (`signals.rs`), a dropped suspended
//! generator whose `finally` must run (`interp/generator.rs`). The slow path takes all
//! bits at once and handles them in a fixed order: merges first (they only free
//! memory), then finalizers (they run Python code), then the signals' Python handlers (they may raise).
//!
//! [`ThreadState`]: crate::thread::ThreadState

use crate::error::PyResult;
use crate::interp::Vm;
use crate::thread::state::{BREAK_FINALIZERS, BREAK_INTERRUPT, BREAK_MERGE};

impl Vm {
    /// The safepoint poll.
    #[inline(always)]
    pub fn safepoint(&mut self) -> PyResult<()> {
        if self.tstate.break_requested() {
            return self.safepoint_slow();
        }
        Ok(())
    }

    /// Handles the pending requests (see the module docs).
    #[cold]
    pub fn safepoint_slow(&mut self) -> PyResult<()> {
        let bits = self.tstate.take_requests();
        if bits & BREAK_MERGE != 0 {
            crate::thread::brc::merge_pending();
        }
        if bits & BREAK_FINALIZERS != 0 {
            crate::interp::generator::run_pending_finalizers(self);
        }
        if bits & BREAK_INTERRUPT != 0 {
            return crate::thread::signals::run_handlers(self);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interrupt_request_is_taken_by_the_slow_path() {
        // A thread that is not the main one runs no signal handlers: the request is
        // only cleared (the handlers' path is tested by tests/signals.rs).
        let mut vm = Vm::scratch();
        assert!(vm.safepoint().is_ok());
        vm.tstate.request(BREAK_INTERRUPT);
        assert!(vm.tstate.break_requested());
        assert!(vm.safepoint().is_ok());
        assert!(!vm.tstate.break_requested(), "the request is taken");
    }

    #[test]
    fn merge_request_is_cleared_by_the_slow_path() {
        let mut vm = Vm::scratch();
        vm.tstate.request(BREAK_MERGE);
        assert!(vm.tstate.break_requested());
        assert!(vm.safepoint().is_ok());
        assert!(!vm.tstate.break_requested());
    }
}
