//! Code generation for expressions, conditions and comprehensions.

use std::collections::HashMap;

use braid_parser::ast::{self, BoolOp, CmpOp, Expr, ExprKind, UnaryOp};

use super::code::{Anchor, Instr, Reg, NO_REG};
use super::codegen::{err, loc_key, CResult, FnBuilder, NameLoc};
use super::symtable::{Resolution, ScopeKind};
use crate::builtins::str::new_str;
use crate::object::{BinOp, CompareOp};

/// Most items a display or call keeps in consecutive registers; longer ones are built
/// item by item into one accumulator (registers are 16-bit numbers).
const MAX_DISPLAY_REGS: usize = 256;

/// Arguments of a generator expression's hidden function: none (the iterator arrives
/// as parameter `.0`).
pub(super) static NO_ARGS: ast::Arguments = ast::Arguments {
    posonlyargs: Vec::new(),
    args: Vec::new(),
    vararg: None,
    kwonlyargs: Vec::new(),
    kw_defaults: Vec::new(),
    kwarg: None,
    defaults: Vec::new(),
};

fn cmp_code(op: CmpOp) -> Option<CompareOp> {
    Some(match op {
        CmpOp::Lt => CompareOp::Lt,
        CmpOp::LtE => CompareOp::Le,
        CmpOp::Eq => CompareOp::Eq,
        CmpOp::NotEq => CompareOp::Ne,
        CmpOp::Gt => CompareOp::Gt,
        CmpOp::GtE => CompareOp::Ge,
        _ => return None,
    })
}

impl<'m, 'a> FnBuilder<'m, 'a> {
    pub(super) fn out(&mut self, dst: Option<Reg>) -> CResult<Reg> {
        match dst {
            Some(d) => Ok(d),
            None => self.temp(),
        }
    }

    /// Evaluates `e` into a fresh temporary (never a variable's own slot).
    pub fn expr_to_temp(&mut self, e: &'a Expr) -> CResult<Reg> {
        let t = self.temp()?;
        self.expr(e, Some(t))
    }

    /// Loads a variable.
    pub fn load_name(&mut self, id: &str, dst: Option<Reg>, loc: &ast::Location) -> CResult<Reg> {
        self.set_loc(loc);
        match self.lookup(id) {
            NameLoc::Slot(r) => match dst {
                Some(d) if d != r => {
                    self.emit(Instr::LoadFast { dst: d, src: r });
                    Ok(d)
                }
                _ => Ok(r),
            },
            NameLoc::Cell(c) => {
                let d = self.out(dst)?;
                match self.classdict {
                    Some(cd) if cd != c => self.load_classdict_or_deref(cd, id, c, d)?,
                    _ => {
                        self.emit(Instr::LoadDeref { dst: d, cell: c });
                    }
                }
                Ok(d)
            }
            NameLoc::Spilled(n) => {
                let d = self.out(dst)?;
                self.emit(Instr::LoadSpilled { dst: d, map: self.spill_map, name: n });
                Ok(d)
            }
            NameLoc::Global => {
                let d = self.out(dst)?;
                if let Some(cd) = self.classdict {
                    self.load_classdict_name(cd, id, d)?;
                    return Ok(d);
                }
                let n = self.global_name(id);
                self.emit(Instr::LoadGlobal { dst: d, name: n });
                Ok(d)
            }
        }
    }

    /// Anchor for a binary operator between `left` and `right`.
    pub fn binop_anchor(&self, left: &Expr, right: &Expr) -> Anchor {
        let Some(line) = self.m.lines.get(left.loc.end_lineno.saturating_sub(1) as usize) else { return Anchor::default() };
        if left.loc.end_lineno != left.loc.lineno || right.loc.lineno != left.loc.end_lineno {
            return Anchor::default();
        }
        let bytes = line.as_bytes();
        let mut i = left.loc.end_col_offset as usize;
        while i < bytes.len() && (bytes[i] == b' ' || bytes[i] == b')' || bytes[i] == b'\t') {
            i += 1;
        }
        let start = i;
        while i < bytes.len() && b"+-*/%@<>=!&|^~".contains(&bytes[i]) {
            i += 1;
        }
        if i == start {
            return Anchor::default();
        }
        Anchor { start: start as u32, end: i as u32 }
    }

    fn open_anchor(&self, inner: &Expr, whole: &ast::Location, open: u8) -> Anchor {
        let Some(line) = self.m.lines.get(inner.loc.end_lineno.saturating_sub(1) as usize) else { return Anchor::default() };
        if inner.loc.end_lineno != whole.lineno || whole.end_lineno != whole.lineno {
            return Anchor::default();
        }
        let bytes = line.as_bytes();
        let mut i = inner.loc.end_col_offset as usize;
        while i < bytes.len() && bytes[i] != open {
            i += 1;
        }
        if i >= bytes.len() {
            return Anchor::default();
        }
        Anchor { start: i as u32, end: whole.end_col_offset }
    }

    /// Compiles `e`; the value ends up in `dst` if given, otherwise in the returned
    /// register (a variable's own slot for local names).
    pub fn expr(&mut self, e: &'a Expr, dst: Option<Reg>) -> CResult<Reg> {
        match &e.kind {
            ExprKind::Constant { value, .. } => {
                let d = self.out(dst)?;
                let (key, v) = self.const_value(value);
                let k = self.konst(key, v);
                self.set_loc(&e.loc);
                self.emit(Instr::LoadConst { dst: d, idx: k });
                Ok(d)
            }
            ExprKind::Name { id, .. } => self.load_name(id, dst, &e.loc),
            ExprKind::BinOp { left, op, right } => {
                if let Some(v) = self.fold_constant(e) {
                    return self.load_folded(e, v, dst);
                }
                let mark = self.next_temp;
                if let Some(k) = self.small_number_const(right) {
                    let a = self.expr(left, None)?;
                    self.release(mark);
                    let d = self.out(dst)?;
                    self.set_loc(&e.loc);
                    self.loc.anchor = self.binop_anchor(left, right);
                    self.emit(Instr::BinaryK { op: BinOp::ALL[*op as usize], dst: d, a, k });
                    return Ok(d);
                }
                let a = self.expr(left, None)?;
                let b = self.expr(right, None)?;
                // The instruction reads its operands before writing, so the result may
                // reuse an operand's temporary.
                self.release(mark);
                let d = self.out(dst)?;
                self.set_loc(&e.loc);
                self.loc.anchor = self.binop_anchor(left, right);
                self.emit(Instr::Binary { op: BinOp::ALL[*op as usize], dst: d, a, b });
                Ok(d)
            }
            ExprKind::UnaryOp { op, operand } => {
                if *op == UnaryOp::USub {
                    if let ExprKind::Constant { value, .. } = &operand.kind {
                        let folded = match value {
                            ast::Constant::Int(ast::Int::Small(i)) => Some((Some(format!("i{}", -i)), crate::builtins::int::new_int(-i))),
                            ast::Constant::Float(f) => Some((Some(format!("f{}", (-f).to_bits())), crate::builtins::float::new_float(-f))),
                            _ => None,
                        };
                        if let Some((key, v)) = folded {
                            let d = self.out(dst)?;
                            let k = self.konst(key, v);
                            self.set_loc(&e.loc);
                            self.emit(Instr::LoadConst { dst: d, idx: k });
                            return Ok(d);
                        }
                    }
                }
                if let Some(v) = self.fold_constant(e) {
                    return self.load_folded(e, v, dst);
                }
                let mark = self.next_temp;
                let src = self.expr(operand, None)?;
                self.release(mark);
                let d = self.out(dst)?;
                self.set_loc(&e.loc);
                match op {
                    UnaryOp::Not => self.emit(Instr::Not { dst: d, src }),
                    UnaryOp::USub => self.emit(Instr::Unary { op: crate::object::UnaryOp::Neg, dst: d, src }),
                    UnaryOp::UAdd => self.emit(Instr::Unary { op: crate::object::UnaryOp::Pos, dst: d, src }),
                    UnaryOp::Invert => self.emit(Instr::Unary { op: crate::object::UnaryOp::Invert, dst: d, src }),
                };
                Ok(d)
            }
            ExprKind::BoolOp { op, values } => {
                let d = self.out(dst)?;
                let d = if self.slot_is_named(d) { self.temp()? } else { d };
                let mut jumps = Vec::new();
                for (i, v) in values.iter().enumerate() {
                    self.expr(v, Some(d))?;
                    if i + 1 < values.len() {
                        self.set_loc(&e.loc);
                        jumps.push(match op {
                            BoolOp::And => self.emit(Instr::JumpIfFalse { cond: d, target: 0 }),
                            BoolOp::Or => self.emit(Instr::JumpIfTrue { cond: d, target: 0 }),
                        });
                    }
                }
                let end = self.pc();
                for j in jumps {
                    self.patch(j, end);
                }
                self.finish_into(d, dst)
            }
            ExprKind::IfExp { test, body, orelse } => {
                let d = self.temp()?;
                let jf = self.jump_if(test, false)?;
                self.expr(body, Some(d))?;
                let jend = self.emit(Instr::Jump { target: 0 });
                let else_pc = self.pc();
                for j in jf {
                    self.patch(j, else_pc);
                }
                self.expr(orelse, Some(d))?;
                let end = self.pc();
                self.patch(jend, end);
                self.finish_into(d, dst)
            }
            ExprKind::NamedExpr { target, value } => {
                let r = self.expr(value, dst)?;
                if let ExprKind::Name { id, .. } = &target.kind {
                    self.store_name(id, r)?;
                }
                Ok(r)
            }
            ExprKind::Compare { left, ops, comparators } => self.compare(e, left, ops, comparators, dst),
            ExprKind::Call { func, args, keywords } => self.call(e, func, args, keywords, dst),
            ExprKind::Attribute { value, attr, .. } => {
                let mark = self.next_temp;
                let o = self.expr(value, None)?;
                self.release(mark);
                let d = self.out(dst)?;
                let n = self.name_idx(attr);
                self.set_loc(&e.loc);
                self.emit(Instr::LoadAttr { dst: d, obj: o, name: n });
                Ok(d)
            }
            ExprKind::Subscript { value, slice, .. } => {
                let mark = self.next_temp;
                let o = self.expr(value, None)?;
                let k = self.expr(slice, None)?;
                self.release(mark);
                let d = self.out(dst)?;
                self.set_loc(&e.loc);
                self.loc.anchor = self.open_anchor(value, &e.loc, b'[');
                self.emit(Instr::Subscript { dst: d, obj: o, key: k });
                Ok(d)
            }
            ExprKind::Slice { lower, upper, step } => {
                let n = if step.is_some() { 3 } else { 2 };
                let start = self.temps(n)?;
                for (i, part) in [lower, upper, step].into_iter().take(n).enumerate() {
                    match part {
                        Some(p) => {
                            self.expr(p, Some(start + i as Reg))?;
                        }
                        None => self.load_none(start + i as Reg),
                    }
                }
                let d = self.out(dst)?;
                self.emit(Instr::BuildSlice { dst: d, start, count: n as u16 });
                Ok(d)
            }
            ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } | ExprKind::Set { elts } => {
                let kind = match &e.kind {
                    ExprKind::List { .. } => 0,
                    ExprKind::Tuple { .. } => 1,
                    _ => 2,
                };
                // A display longer than a register window is built one item at a time
                // (as CPython builds long ones with LIST_APPEND), so 1,000,000 items
                // compile without a register each.
                let constant_set = kind == 2 && elts.iter().all(|x| matches!(x.kind, ExprKind::Constant { .. }));
                if (elts.len() > MAX_DISPLAY_REGS && !constant_set) || elts.iter().any(|x| matches!(x.kind, ExprKind::Starred { .. })) {
                    let acc = self.temp()?;
                    self.emit(if kind == 2 { Instr::BuildSet { dst: acc, start: 0, count: 0 } } else { Instr::BuildList { dst: acc, start: 0, count: 0 } });
                    for x in elts {
                        let mark = self.next_temp;
                        match &x.kind {
                            ExprKind::Starred { value, .. } => {
                                let r = self.expr(value, None)?;
                                self.emit(if kind == 2 { Instr::SetUpdate { set: acc, src: r } } else { Instr::ListExtend { list: acc, src: r } });
                            }
                            _ => {
                                let r = self.expr(x, None)?;
                                self.emit(if kind == 2 { Instr::SetAdd { set: acc, item: r } } else { Instr::ListAppend { list: acc, item: r } });
                            }
                        }
                        self.release(mark);
                    }
                    let d = self.out(dst)?;
                    if kind == 1 {
                        self.emit(Instr::ListToTuple { dst: d, src: acc });
                    } else if d != acc {
                        self.emit(Instr::Move { dst: d, src: acc });
                    }
                    return Ok(d);
                }
                if kind == 2 && elts.len() >= 3 && elts.iter().all(|x| matches!(x.kind, ExprKind::Constant { .. })) {
                    // CPython folds a constant set display into a frozenset constant merged
                    // into an empty set; repeating that keeps printed orders identical.
                    let values: Vec<crate::object::Value> = elts
                        .iter()
                        .filter_map(|x| match &x.kind {
                            ExprKind::Constant { value, .. } => Some(self.const_value(value).1),
                            _ => None,
                        })
                        .collect();
                    if let Some(fs) = super::const_set::constant_frozenset(values) {
                        let d = self.out(dst)?;
                        let t = self.temp()?;
                        let k = self.konst(None, fs);
                        self.set_loc(&e.loc);
                        self.emit(Instr::BuildSet { dst: d, start: 0, count: 0 });
                        self.emit(Instr::LoadConst { dst: t, idx: k });
                        self.emit(Instr::SetUpdate { set: d, src: t });
                        return Ok(d);
                    }
                }
                let mark = self.next_temp;
                let start = self.temps(elts.len())?;
                for (i, x) in elts.iter().enumerate() {
                    self.expr(x, Some(start + i as Reg))?;
                }
                let d = match dst {
                    Some(d) => d,
                    None => {
                        self.release(mark);
                        let d = self.temp()?;
                        self.next_temp = self.next_temp.max(u32::from(start) + elts.len() as u32);
                        d
                    }
                };
                self.set_loc(&e.loc);
                let count = elts.len() as u16;
                self.emit(match kind {
                    0 => Instr::BuildList { dst: d, start, count },
                    1 => Instr::BuildTuple { dst: d, start, count },
                    _ => Instr::BuildSet { dst: d, start, count },
                });
                Ok(d)
            }
            ExprKind::Dict { keys, values } => {
                if keys.len() > MAX_DISPLAY_REGS / 2 || keys.iter().any(Option::is_none) {
                    let acc = self.temp()?;
                    self.emit(Instr::BuildMap { dst: acc, start: 0, count: 0 });
                    for (k, v) in keys.iter().zip(values) {
                        let mark = self.next_temp;
                        match k {
                            Some(k) => {
                                let kr = self.expr(k, None)?;
                                let vr = self.expr(v, None)?;
                                self.emit(Instr::MapAdd { map: acc, key: kr, value: vr });
                            }
                            None => {
                                let vr = self.expr(v, None)?;
                                self.set_loc(&v.loc);
                                self.emit(Instr::DictUpdate { map: acc, src: vr });
                            }
                        }
                        self.release(mark);
                    }
                    return self.finish_into(acc, dst);
                }
                let start = self.temps(keys.len() * 2)?;
                for (i, (k, v)) in keys.iter().zip(values).enumerate() {
                    if let Some(k) = k {
                        self.expr(k, Some(start + 2 * i as Reg))?;
                    }
                    self.expr(v, Some(start + 2 * i as Reg + 1))?;
                }
                let d = self.out(dst)?;
                self.set_loc(&e.loc);
                self.emit(Instr::BuildMap { dst: d, start, count: keys.len() as u16 });
                Ok(d)
            }
            ExprKind::JoinedStr { values } if values.len() > MAX_DISPLAY_REGS => {
                // Built in windows of parts, each joined onto an accumulator.
                let acc = self.temps(2)?;
                for (n, chunk) in values.chunks(MAX_DISPLAY_REGS).enumerate() {
                    let mark = self.next_temp;
                    let start = self.temps(chunk.len())?;
                    for (i, v) in chunk.iter().enumerate() {
                        self.fstring_part(v, start + i as Reg)?;
                    }
                    let into = if n == 0 { acc } else { acc + 1 };
                    self.emit(Instr::BuildString { dst: into, start, count: chunk.len() as u16 });
                    if n > 0 {
                        self.emit(Instr::BuildString { dst: acc, start: acc, count: 2 });
                    }
                    self.release(mark);
                }
                self.finish_into(acc, dst)
            }
            ExprKind::JoinedStr { values } => {
                let start = self.temps(values.len())?;
                for (i, v) in values.iter().enumerate() {
                    self.fstring_part(v, start + i as Reg)?;
                }
                let d = self.out(dst)?;
                self.emit(Instr::BuildString { dst: d, start, count: values.len() as u16 });
                Ok(d)
            }
            ExprKind::FormattedValue { .. } => {
                let d = self.out(dst)?;
                self.fstring_part(e, d)?;
                Ok(d)
            }
            ExprKind::Lambda { args, body } => {
                let scope = *self.m.table.by_loc.get(&loc_key(&e.loc)).ok_or_else(|| super::codegen::CompileError { msg: "internal: lambda scope".into(), loc: e.loc })?;
                let qual = self.child_qualname("<lambda>");
                let mut child = FnBuilder::new(self.m, scope, "<lambda>", &qual, Some(args), e.loc.lineno)?;
                let r = child.expr(body, None)?;
                child.set_loc(&body.loc);
                child.emit(Instr::Return { src: r });
                let mark = self.next_temp;
                let f = self.build_function(child, args, mark)?;
                self.finish_into(f, dst)
            }
            ExprKind::ListComp { elt, generators } => self.comprehension(e, 0, elt, None, generators, dst),
            ExprKind::SetComp { elt, generators } => self.comprehension(e, 2, elt, None, generators, dst),
            ExprKind::DictComp { key, value, generators } => self.comprehension(e, 3, key, Some(value), generators, dst),
            ExprKind::GeneratorExp { elt, generators } => self.genexpr(e, elt, generators, dst),
            ExprKind::Yield { value } => {
                if self.m.table.scopes[self.scope].kind == ScopeKind::Module {
                    return err("'yield' outside function", e.loc);
                }
                let src = match value {
                    Some(v) => self.expr(v, None)?,
                    None => {
                        let t = self.temp()?;
                        self.load_none(t);
                        t
                    }
                };
                let d = self.out(dst)?;
                self.set_loc(&e.loc);
                self.emit(Instr::Yield { dst: d, src });
                Ok(d)
            }
            ExprKind::YieldFrom { value } => {
                if self.m.table.scopes[self.scope].kind == ScopeKind::Module {
                    return err("'yield' outside function", e.loc);
                }
                let src = self.expr(value, None)?;
                let it = self.temp()?;
                self.set_loc(&e.loc);
                self.emit(Instr::GetIter { dst: it, src });
                let d = self.temp()?;
                self.load_none(d);
                self.emit(Instr::YieldFrom { dst: d, iter: it });
                self.finish_into(d, dst)
            }
            ExprKind::Starred { .. } => err("can't use starred expression here", e.loc),
            ExprKind::Await { .. } => err("'await' outside async function", e.loc),
            ExprKind::Interpolation { .. } | ExprKind::TemplateStr { .. } => self.template_str(e, dst),
        }
    }

    /// The constant index of an int (machine-sized) or float literal, for the
    /// constant-operand instructions.
    fn small_number_const(&mut self, e: &Expr) -> Option<u16> {
        let ExprKind::Constant { value, .. } = &e.kind else { return None };
        if !matches!(value, ast::Constant::Int(ast::Int::Small(_)) | ast::Constant::Float(_)) {
            return None;
        }
        let (key, v) = self.const_value(value);
        let k = self.konst(key, v);
        u16::try_from(k).ok()
    }

    /// True when `r` is a named variable's slot (so writing it early would be visible).
    fn slot_is_named(&self, r: Reg) -> bool {
        (r as usize) < self.varnames.len() + self.cellnames.len() + self.freenames.len()
    }

    fn finish_into(&mut self, r: Reg, dst: Option<Reg>) -> CResult<Reg> {
        match dst {
            Some(d) if d != r => {
                self.emit(Instr::Move { dst: d, src: r });
                Ok(d)
            }
            _ => Ok(r),
        }
    }

    fn fstring_part(&mut self, v: &'a Expr, dst: Reg) -> CResult<()> {
        match &v.kind {
            ExprKind::FormattedValue { value, conversion, format_spec } => {
                let src = self.expr(value, None)?;
                let spec = match format_spec {
                    Some(s) => self.expr(s, None)?,
                    None => NO_REG,
                };
                let conv = super::codegen::conversion_code(*conversion);
                self.set_loc(&value.loc);
                self.emit(Instr::FormatValue { dst, src, conv, spec });
            }
            _ => {
                self.expr(v, Some(dst))?;
            }
        }
        Ok(())
    }

    fn compare(&mut self, e: &'a Expr, left: &'a Expr, ops: &[CmpOp], comparators: &'a [Expr], dst: Option<Reg>) -> CResult<Reg> {
        let d = self.temp()?;
        let after_d = self.next_temp;
        let mut a = self.expr(left, None)?;
        let mut jumps = Vec::new();
        let mut prev = left;
        for (i, (op, c)) in ops.iter().zip(comparators).enumerate() {
            let b = self.expr(c, None)?;
            self.set_loc(&prev.loc.until(c.loc));
            self.loc.anchor = self.binop_anchor(prev, c);
            let _ = e;
            match op {
                CmpOp::Is | CmpOp::IsNot => self.emit(Instr::Is { dst: d, a, b, negate: *op == CmpOp::IsNot }),
                CmpOp::In | CmpOp::NotIn => self.emit(Instr::Contains { dst: d, item: a, container: b, negate: *op == CmpOp::NotIn }),
                _ => self.emit(Instr::Compare { op: cmp_code(*op).unwrap_or(CompareOp::Eq), dst: d, a, b }),
            };
            if i + 1 < ops.len() {
                jumps.push(self.emit(Instr::JumpIfFalse { cond: d, target: 0 }));
            }
            a = b;
            prev = c;
            if ops.len() > MAX_DISPLAY_REGS && u32::from(b) >= after_d {
                // A long chain keeps only the operand the next comparison needs.
                self.release(after_d);
                let keep = self.temp()?;
                if keep != b {
                    self.emit(Instr::Move { dst: keep, src: b });
                }
                a = keep;
            }
        }
        let end = self.pc();
        for j in jumps {
            self.patch(j, end);
        }
        self.finish_into(d, dst)
    }

    /// Emits a conditional jump taken when `truth(test) == when`; returns the jumps to
    /// patch with the target.
    pub fn jump_if(&mut self, test: &'a Expr, when: bool) -> CResult<Vec<usize>> {
        let mark = self.next_temp;
        let r = match &test.kind {
            ExprKind::UnaryOp { op: UnaryOp::Not, operand } => self.jump_if(operand, !when),
            ExprKind::Compare { left, ops, comparators } if ops.len() == 1 && !when && cmp_code(ops[0]).is_some() => {
                if let Some(k) = self.small_number_const(&comparators[0]) {
                    let a = self.expr(left, None)?;
                    self.set_loc(&test.loc);
                    self.loc.anchor = self.binop_anchor(left, &comparators[0]);
                    let jump = self.emit(Instr::CompareKJumpIfFalse { op: cmp_code(ops[0]).unwrap_or(CompareOp::Eq), a, k, target: 0 });
                    self.release(mark);
                    return Ok(vec![jump]);
                }
                let a = self.expr(left, None)?;
                let b = self.expr(&comparators[0], None)?;
                self.set_loc(&test.loc);
                self.loc.anchor = self.binop_anchor(left, &comparators[0]);
                Ok(vec![self.emit(Instr::CompareJumpIfFalse { op: cmp_code(ops[0]).unwrap_or(CompareOp::Eq), a, b, target: 0 })])
            }
            ExprKind::BoolOp { op, values } => {
                let short_circuits_to_target = matches!((op, when), (BoolOp::And, false) | (BoolOp::Or, true));
                let mut out = Vec::new();
                if short_circuits_to_target {
                    for v in values {
                        out.extend(self.jump_if(v, when)?);
                    }
                } else {
                    let mut skip = Vec::new();
                    let (last, init) = values.split_last().expect("BoolOp has values");
                    for v in init {
                        skip.extend(self.jump_if(v, !when)?);
                    }
                    out.extend(self.jump_if(last, when)?);
                    let here = self.pc();
                    for j in skip {
                        self.patch(j, here);
                    }
                }
                Ok(out)
            }
            _ => {
                let c = self.expr(test, None)?;
                self.set_loc(&test.loc);
                Ok(vec![if when { self.emit(Instr::JumpIfTrue { cond: c, target: 0 }) } else { self.emit(Instr::JumpIfFalse { cond: c, target: 0 }) }])
            }
        };
        self.release(mark);
        r
    }

    /// `if`/`while` helper: jumps taken when the test is false.
    pub fn cond_jump_false(&mut self, test: &'a Expr) -> CResult<Vec<usize>> {
        self.jump_if(test, false)
    }

    fn call(&mut self, e: &'a Expr, func: &'a Expr, args: &'a [Expr], keywords: &'a [ast::Keyword], dst: Option<Reg>) -> CResult<Reg> {
        let no_carets = self.no_carets_call == Some(loc_key(&e.loc));
        // A call with more arguments than a register window passes them as a tuple and a
        // dict, as a starred call does.
        let has_star = args.len() + keywords.len() > MAX_DISPLAY_REGS
            || args.iter().any(|a| matches!(a.kind, ExprKind::Starred { .. }))
            || keywords.iter().any(|k| k.arg.is_none());
        let mark = self.next_temp;
        if has_star {
            let f = self.expr_to_temp(func)?;
            // `f(*xs)` and `f(*xs, **kw)` pass the iterable/mapping straight to CALL_EX, so
            // its errors can name the callee, as CPython's do.
            let single_star = match args {
                [Expr { kind: ExprKind::Starred { value, .. }, .. }] => Some(value),
                _ => None,
            };
            let tup = match single_star {
                Some(value) => self.expr_to_temp(value)?,
                None => {
                    let acc = self.temp()?;
                    self.emit(Instr::BuildList { dst: acc, start: 0, count: 0 });
                    for a in args {
                        let m2 = self.next_temp;
                        match &a.kind {
                            ExprKind::Starred { value, .. } => {
                                let r = self.expr(value, None)?;
                                self.set_loc(&e.loc);
                                self.emit(Instr::ListExtend { list: acc, src: r });
                            }
                            _ => {
                                let r = self.expr(a, None)?;
                                self.emit(Instr::ListAppend { list: acc, item: r });
                            }
                        }
                        self.release(m2);
                    }
                    let tup = self.temp()?;
                    self.emit(Instr::ListToTuple { dst: tup, src: acc });
                    tup
                }
            };
            let single_double_star = match keywords {
                [ast::Keyword { arg: None, value, .. }] => Some(value),
                _ => None,
            };
            let kw = if let Some(value) = single_double_star {
                self.expr_to_temp(value)?
            } else if keywords.is_empty() {
                NO_REG
            } else {
                let m = self.temp()?;
                self.emit(Instr::BuildMap { dst: m, start: 0, count: 0 });
                let mut after_double_star = false;
                for k in keywords {
                    let m2 = self.next_temp;
                    match &k.arg {
                        Some(name) if after_double_star => {
                            // A named keyword may repeat a key an earlier `**` supplied:
                            // merge it as a one-item dict so the duplicate is reported.
                            let pair = self.temps(2)?;
                            let c = self.konst(Some(format!("s{name}")), new_str(name));
                            self.emit(Instr::LoadConst { dst: pair, idx: c });
                            self.expr(&k.value, Some(pair + 1))?;
                            let one = self.temp()?;
                            self.emit(Instr::BuildMap { dst: one, start: pair, count: 1 });
                            self.emit(Instr::DictMerge { map: m, src: one, func: f });
                        }
                        Some(name) => {
                            let v = self.expr(&k.value, None)?;
                            let key = self.temp()?;
                            let c = self.konst(Some(format!("s{name}")), new_str(name));
                            self.emit(Instr::LoadConst { dst: key, idx: c });
                            self.emit(Instr::MapAdd { map: m, key, value: v });
                        }
                        None => {
                            let v = self.expr(&k.value, None)?;
                            self.emit(Instr::DictMerge { map: m, src: v, func: f });
                            after_double_star = true;
                        }
                    }
                    self.release(m2);
                }
                m
            };
            self.set_loc(&e.loc);
            self.loc.anchor = self.open_anchor(func, &e.loc, b'(');
            self.loc.no_carets = no_carets;
            let d = match dst {
                Some(d) => d,
                None => f,
            };
            self.emit(Instr::CallEx { dst: d, func: f, args: tup, kwargs: kw });
            if dst.is_none() {
                self.release(mark);
                let _ = self.temp()?;
            }
            return Ok(d);
        }
        if let Some((class_cell, first)) = self.zero_arg_super(func, args, keywords) {
            let base = self.temps(3)?;
            self.expr(func, Some(base))?;
            self.emit(Instr::LoadDeref { dst: base + 1, cell: class_cell });
            let loc = func.loc;
            self.load_name(&first, Some(base + 2), &loc)?;
            self.set_loc(&e.loc);
            self.loc.anchor = self.open_anchor(func, &e.loc, b'(');
            let d = dst.unwrap_or(base);
            self.emit(Instr::Call { dst: d, func: base, argc: 2, kwnames: u32::MAX, method: false });
            if dst.is_none() {
                self.release(u32::from(base) + 1);
            } else {
                self.release(mark);
            }
            return Ok(d);
        }
        let (base, method) = match &func.kind {
            ExprKind::Attribute { value, attr, .. } => {
                let base = self.temps(2)?;
                let o = self.expr(value, None)?;
                let n = self.name_idx(attr);
                self.set_loc(&func.loc);
                self.emit(Instr::LoadMethod { dst: base, obj: o, name: n });
                self.release(u32::from(base) + 2);
                (base, true)
            }
            _ => {
                let base = self.temp()?;
                self.expr(func, Some(base))?;
                // The arguments must follow the callee directly.
                self.release(u32::from(base) + 1);
                (base, false)
            }
        };
        let nargs = args.len() + keywords.len();
        let start = self.temps(nargs)?;
        for (i, a) in args.iter().enumerate() {
            self.expr(a, Some(start + i as Reg))?;
        }
        let mut names = Vec::new();
        for (i, k) in keywords.iter().enumerate() {
            self.expr(&k.value, Some(start + (args.len() + i) as Reg))?;
            names.push(new_str(k.arg.as_deref().unwrap_or("")));
        }
        let kwnames = if names.is_empty() { u32::MAX } else { self.konst(None, crate::builtins::tuple::new_tuple(names)) };
        self.set_loc(&e.loc);
        self.loc.anchor = self.open_anchor(func, &e.loc, b'(');
        self.loc.no_carets = no_carets;
        let d = dst.unwrap_or(base);
        self.emit(Instr::Call { dst: d, func: base, argc: nargs as u16, kwnames, method });
        if dst.is_none() {
            self.release(u32::from(base) + 1);
        } else {
            self.release(mark);
        }
        Ok(d)
    }

    /// Inlined list/set/dict comprehension (PEP 709). `kind`: 0 list, 2 set, 3 dict.
    fn comprehension(&mut self, e: &'a Expr, kind: u8, elt: &'a Expr, value: Option<&'a Expr>, generators: &'a [ast::Comprehension], dst: Option<Reg>) -> CResult<Reg> {
        let scope = *self.m.table.by_loc.get(&loc_key(&e.loc)).ok_or_else(|| super::codegen::CompileError { msg: "internal: comprehension scope".into(), loc: e.loc })?;
        let result = self.temp()?;
        self.set_loc(&e.loc);
        self.emit(match kind {
            0 => Instr::BuildList { dst: result, start: 0, count: 0 },
            2 => Instr::BuildSet { dst: result, start: 0, count: 0 },
            _ => Instr::BuildMap { dst: result, start: 0, count: 0 },
        });
        // The first iterable is evaluated in the enclosing scope.
        let first_src = self.expr(&generators[0].iter, None)?;
        let first_it = self.temp()?;
        self.set_loc(&generators[0].iter.loc);
        self.emit(Instr::GetIter { dst: first_it, src: first_src });
        // Comprehension-local variables get fresh slots of this frame.
        let mut map = HashMap::new();
        let s = &self.m.table.scopes[scope];
        for n in &s.bound {
            match s.resolved.get(n) {
                Some(Resolution::Local) => {
                    let r = self.temp()?;
                    map.insert(n.clone(), NameLoc::Slot(r));
                }
                Some(Resolution::Cell) => {
                    let r = self.temp()?;
                    self.emit(Instr::MakeCell { slot: r });
                    map.insert(n.clone(), NameLoc::Cell(r));
                }
                _ => {}
            }
        }
        self.name_maps.push((scope, map));
        let loops = self.comprehension_loops(generators, first_it)?;
        let mark = self.next_temp;
        let v = self.expr(elt, None)?;
        self.set_loc(&e.loc);
        match kind {
            0 => {
                self.emit(Instr::ListAppend { list: result, item: v });
            }
            2 => {
                self.emit(Instr::SetAdd { set: result, item: v });
            }
            _ => {
                let w = self.expr(value.expect("dict comprehension value"), None)?;
                self.set_loc(&e.loc);
                self.emit(Instr::MapAdd { map: result, key: v, value: w });
            }
        }
        self.release(mark);
        self.close_comprehension_loops(loops);
        self.name_maps.pop();
        self.finish_into(result, dst)
    }

    fn genexpr(&mut self, e: &'a Expr, elt: &'a Expr, generators: &'a [ast::Comprehension], dst: Option<Reg>) -> CResult<Reg> {
        let scope = *self.m.table.by_loc.get(&loc_key(&e.loc)).ok_or_else(|| super::codegen::CompileError { msg: "internal: genexpr scope".into(), loc: e.loc })?;
        let qual = self.child_qualname("<genexpr>");
        let mut child = FnBuilder::new(self.m, scope, "<genexpr>", &qual, None, e.loc.lineno)?;
        child.genexpr_body(e, elt, generators)?;
        let mark = self.next_temp;
        let f = self.build_function(child, &NO_ARGS, mark)?;
        let src = self.expr(&generators[0].iter, None)?;
        let base = self.temps(2)?;
        self.emit(Instr::Move { dst: base, src: f });
        self.set_loc(&generators[0].iter.loc);
        self.emit(Instr::GetIter { dst: base + 1, src });
        self.set_loc(&e.loc);
        self.emit(Instr::Call { dst: base, func: base, argc: 1, kwnames: u32::MAX, method: false });
        self.finish_into(base, dst)
    }

    fn genexpr_body(&mut self, _e: &'a Expr, elt: &'a Expr, generators: &'a [ast::Comprehension]) -> CResult<()> {
        let loops = self.comprehension_loops(generators, 0)?;
        let v = self.expr(elt, None)?;
        let sent = self.temp()?;
        self.set_loc(&elt.loc);
        self.emit(Instr::Yield { dst: sent, src: v });
        self.close_comprehension_loops(loops);
        Ok(())
    }

    /// Opens the nested `for`/`if` loops of a comprehension (list/set/dict comprehensions
    /// inline, generator expressions in their own code). The first iterator is already in
    /// `first_it`; the others are evaluated inside the enclosing loop, as Python requires.
    /// Returns, per loop, its head pc, its `ForIter` and the `if` jumps to patch.
    fn comprehension_loops(&mut self, generators: &'a [ast::Comprehension], first_it: Reg) -> CResult<Vec<(u32, usize, Vec<usize>)>> {
        let mut loops = Vec::new();
        for (i, g) in generators.iter().enumerate() {
            let it = if i == 0 {
                first_it
            } else {
                let src = self.expr(&g.iter, None)?;
                let it = self.temp()?;
                self.set_loc(&g.iter.loc);
                self.emit(Instr::GetIter { dst: it, src });
                it
            };
            let top = self.pc();
            let item = self.temp()?;
            self.set_loc(&g.iter.loc);
            let fi = self.emit(Instr::ForIter { iter: it, dst: item, exit: 0 });
            self.store(&g.target, item)?;
            let mut conts = Vec::new();
            for cond in &g.ifs {
                conts.extend(self.jump_if(cond, false)?);
            }
            loops.push((top, fi, conts));
        }
        Ok(loops)
    }

    /// Closes the loops [`Self::comprehension_loops`] opened, innermost first: failed
    /// `if`s and the loop body jump back to the head, and each `ForIter` exits past it.
    fn close_comprehension_loops(&mut self, loops: Vec<(u32, usize, Vec<usize>)>) {
        for (top, fi, conts) in loops.into_iter().rev() {
            let back = self.pc();
            for j in conts {
                self.patch(j, back);
            }
            self.emit(Instr::JumpBack { target: top, hot: 0 });
            let exit = self.pc();
            self.patch(fi, exit);
        }
    }
}
