//! Code generation for `match` statements (PEP 634).
//!
//! Each pattern compiles to tests on a subject register that jump to the case's
//! failure label; captures store into their variables as they succeed.

use braid_parser::ast::{Expr, MatchCase, Pattern, PatternKind};

use super::code::{Instr, Reg};
use super::codegen::{CResult, FnBuilder};
use crate::builtins::str::new_str;

impl<'m, 'a> FnBuilder<'m, 'a> {
    pub(super) fn match_stmt(&mut self, subject: &'a Expr, cases: &'a [MatchCase]) -> CResult<()> {
        let subj = self.expr_to_temp(subject)?;
        let mut ends = Vec::new();
        for case in cases {
            let mark = self.next_temp;
            self.set_loc(&case.pattern.loc);
            let mut fails = self.pattern(&case.pattern, subj)?;
            if let Some(g) = &case.guard {
                fails.extend(self.jump_if(g, false)?);
            }
            self.release(mark);
            self.body(&case.body)?;
            ends.push(self.emit(Instr::Jump { target: 0 }));
            let next = self.pc();
            for j in fails {
                self.patch(j, next);
            }
        }
        let end = self.pc();
        for j in ends {
            self.patch(j, end);
        }
        Ok(())
    }

    fn jump_unless(&mut self, cond: Reg) -> usize {
        self.emit(Instr::JumpIfFalse { cond, target: 0 })
    }

    /// Compiles `p` against `subj`; returns the jumps taken on failure.
    fn pattern(&mut self, p: &'a Pattern, subj: Reg) -> CResult<Vec<usize>> {
        self.set_loc(&p.loc);
        match &p.kind {
            PatternKind::MatchValue { value } => {
                let v = self.expr(value, None)?;
                let c = self.temp()?;
                self.set_loc(&p.loc);
                self.emit(Instr::Compare { op: crate::object::CompareOp::Eq, dst: c, a: subj, b: v });
                Ok(vec![self.jump_unless(c)])
            }
            PatternKind::MatchSingleton { value } => {
                let (key, v) = self.const_value(value);
                let k = self.konst(key, v);
                let t = self.temp()?;
                self.emit(Instr::LoadConst { dst: t, idx: k });
                let c = self.temp()?;
                self.emit(Instr::Is { dst: c, a: subj, b: t, negate: false });
                Ok(vec![self.jump_unless(c)])
            }
            PatternKind::MatchAs { pattern, name } => {
                let fails = match pattern {
                    Some(q) => self.pattern(q, subj)?,
                    None => Vec::new(),
                };
                if let Some(n) = name {
                    self.store_name(n, subj)?;
                }
                Ok(fails)
            }
            PatternKind::MatchStar { name } => {
                if let Some(n) = name {
                    self.store_name(n, subj)?;
                }
                Ok(Vec::new())
            }
            PatternKind::MatchOr { patterns } => {
                let mut oks = Vec::new();
                let mut last_fails = Vec::new();
                for (i, q) in patterns.iter().enumerate() {
                    // Each alternative's temporaries are dead once it has matched or
                    // failed (captures are stored as they match), so a 50,000-way
                    // `case 1 | 2 | ...` reuses the same few registers.
                    let mark = self.next_temp;
                    let fails = self.pattern(q, subj)?;
                    self.release(mark);
                    if i + 1 < patterns.len() {
                        oks.push(self.emit(Instr::Jump { target: 0 }));
                        let next = self.pc();
                        for j in fails {
                            self.patch(j, next);
                        }
                    } else {
                        last_fails = fails;
                    }
                }
                let ok = self.pc();
                for j in oks {
                    self.patch(j, ok);
                }
                Ok(last_fails)
            }
            PatternKind::MatchSequence { patterns } => {
                let star = patterns.iter().position(|q| matches!(q.kind, PatternKind::MatchStar { .. }));
                let fixed = patterns.len() - usize::from(star.is_some());
                if star.is_some_and(|i| i > 255 || patterns.len() - i - 1 > 255) {
                    return super::codegen::err("too many expressions in star-unpacking assignment", p.loc);
                }
                let c = self.temp()?;
                self.emit(Instr::MatchSequence { dst: c, src: subj, count: fixed as u16, at_least: star.is_some() });
                let mut fails = vec![self.jump_unless(c)];
                let items = self.temps(patterns.len())?;
                match star {
                    None => {
                        self.emit(Instr::UnpackSequence { src: subj, dst: items, count: patterns.len() as u16 });
                    }
                    Some(i) => {
                        self.emit(Instr::UnpackEx { src: subj, dst: items, before: i as u8, after: (patterns.len() - i - 1) as u8 });
                    }
                }
                for (i, q) in patterns.iter().enumerate() {
                    fails.extend(self.pattern(q, items + i as Reg)?);
                }
                Ok(fails)
            }
            PatternKind::MatchMapping { keys, patterns, rest } => {
                let c = self.temp()?;
                self.emit(Instr::MatchMapping { dst: c, src: subj });
                let mut fails = vec![self.jump_unless(c)];
                let kstart = self.temps(keys.len())?;
                for (i, k) in keys.iter().enumerate() {
                    self.expr(k, Some(kstart + i as Reg))?;
                }
                let out = self.temps(keys.len())?;
                let c2 = self.temp()?;
                self.set_loc(&p.loc);
                self.emit(Instr::MatchKeys { dst: c2, src: subj, keys: kstart, count: keys.len() as u16, out });
                fails.push(self.jump_unless(c2));
                for (i, q) in patterns.iter().enumerate() {
                    fails.extend(self.pattern(q, out + i as Reg)?);
                }
                if let Some(r) = rest {
                    let d = self.temp()?;
                    self.emit(Instr::CopyDictWithout { dst: d, src: subj, keys: kstart, count: keys.len() as u16 });
                    self.store_name(r, d)?;
                }
                Ok(fails)
            }
            PatternKind::MatchClass { cls, patterns, kwd_attrs, kwd_patterns } => {
                let c = self.expr(cls, None)?;
                let names: Vec<_> = kwd_attrs.iter().map(|n| new_str(n)).collect();
                let k = self.konst(None, crate::builtins::tuple::new_tuple(names));
                let out = self.temps(patterns.len() + kwd_patterns.len())?;
                let ok = self.temp()?;
                self.set_loc(&p.loc);
                self.emit(Instr::MatchClass { dst: ok, src: subj, cls: c, npos: patterns.len() as u16, names: k, out });
                let mut fails = vec![self.jump_unless(ok)];
                for (i, q) in patterns.iter().chain(kwd_patterns).enumerate() {
                    fails.extend(self.pattern(q, out + i as Reg)?);
                }
                Ok(fails)
            }
        }
    }
}

