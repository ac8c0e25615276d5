//! Safepoints: where a thread looks at its requests.
//!
//! The interpreter polls one word, its [`ThreadState`]'s `eval_breaker`, at function
//! entry and on loop back-edges ([`Vm::safepoint`], inlined: one relaxed load and a
//! branch). Anything that needs the thread sets a bit there: other threads that queued
//! refcount merges (`brc.rs`), the SIGINT handler (`sigint.rs`), a dropped suspended
//! generator whose `finally` must run (`interp/generator.rs`). The slow path takes all
//! bits at once and handles them in a fixed order: merges first (they only free
//! memory), then finalizers (they run Python code), then the interrupt (it raises).
//!
//! [`ThreadState`]: crate::thread::ThreadState

use crate::error::{PyErr, PyResult};
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
            return Err(PyErr::bare(&crate::builtins::exceptions::KEYBOARD_INTERRUPT));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interrupt_request_raises_once_at_the_next_safepoint() {
        let mut vm = Vm::scratch();
        assert!(vm.safepoint().is_ok());
        vm.tstate.request(BREAK_INTERRUPT);
        let err = vm.safepoint().expect_err("interrupt requested");
        assert!(err.matches(&crate::builtins::exceptions::KEYBOARD_INTERRUPT));
        assert!(vm.safepoint().is_ok(), "the request is taken");
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
