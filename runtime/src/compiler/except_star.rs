//! Code generation for `try: ... except* T as e: ...` (PEP 654).
//!
//! Same frame layout as a plain `try/except`, with a bookkeeping slot: on entry to the
//! handler block `StarBegin` records the caught exception; each clause runs `StarMatch`
//! (split off the matching part of what is still unhandled) and, when something
//! matched, its body with the matched group as the handled exception. An exception
//! escaping a clause body is recorded by `StarRaised` and the next clause still runs.
//! `StarEnd` finally raises whatever was raised or left unhandled (see
//! `interp/op_except_star.rs`). `break`/`continue`/`return` cannot appear in these
//! bodies (the parser rejects them), so no unwind entries are needed.

use braid_parser::ast;

use super::code::{ExcEntry, Instr};
use super::codegen::{CResult, FnBuilder};

impl<'m, 'a> FnBuilder<'m, 'a> {
    /// `try` body + `except*` clauses + `else` (the `finally` part is `try_stmt`'s).
    pub(super) fn try_except_star(&mut self, t: &'a ast::Try) -> CResult<()> {
        let exc = self.temp()?;
        let state = self.temp()?;
        let start = self.pc();
        self.body(&t.body)?;
        let end = self.pc();
        self.body(&t.orelse)?;
        let jend = self.emit(Instr::Jump { target: 0 });
        let handler = self.pc();
        self.exc_table.push(ExcEntry { start, end, handler, exc });
        self.emit(Instr::PushExcInfo { exc });
        self.emit(Instr::StarBegin { state, exc });
        let matched = self.temp()?;
        let raised = self.temp()?;
        for h in &t.handlers {
            self.set_loc(&h.loc);
            let mark = self.next_temp;
            let ty = match &h.type_ {
                Some(ty) => self.expr(ty, None)?,
                None => return super::codegen::err("expected one or more exception types", h.loc),
            };
            self.emit(Instr::StarMatch { dst: matched, state, ty });
            self.release(mark);
            let skip = self.emit(Instr::JumpIfFalse { cond: matched, target: 0 });
            if let Some(n) = &h.name {
                self.store_name(n, matched)?;
            }
            self.emit(Instr::PushExcInfo { exc: matched });
            let body_start = self.pc();
            self.body(&h.body)?;
            let body_end = self.pc();
            self.emit(Instr::PopExcInfo);
            if let Some(n) = &h.name {
                self.delete_name_quiet(n)?;
            }
            let done = self.emit(Instr::Jump { target: 0 });
            // The body raised: remember the exception and go on with the next clause.
            let on_raise = self.pc();
            self.exc_table.push(ExcEntry { start: body_start, end: body_end, handler: on_raise, exc: raised });
            self.emit(Instr::PopExcInfo);
            self.emit(Instr::StarRaised { state, exc: raised });
            if let Some(n) = &h.name {
                self.delete_name_quiet(n)?;
            }
            let next = self.pc();
            self.patch(skip, next);
            self.patch(done, next);
        }
        self.emit(Instr::PopExcInfo);
        self.emit(Instr::StarEnd { state });
        let after = self.pc();
        self.patch(jend, after);
        Ok(())
    }
}
