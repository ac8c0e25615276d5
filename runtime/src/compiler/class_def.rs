//! `class` statements.
//!
//! A class statement compiles, as in CPython, to a call of the built-in
//! `__build_class__(body, name, *bases, **keywords)`, whose result the decorators then
//! wrap. The class body is an ordinary function object run with the new class namespace
//! as its frame's *locals mapping*: its names are compiled as globals (`LoadGlobal` /
//! `StoreGlobal`), and the interpreter's name instructions read and write the locals
//! mapping first when a frame has one (CPython's `LOAD_NAME`/`STORE_NAME`), so class
//! bodies need no instructions of their own. Variables of enclosing functions are read
//! through closure cells as anywhere else.
//!
//! The implicit `__class__` cell (what zero-argument `super()` and `__class__` read in a
//! method) is a cell of the class body; the body stores the cell itself in the namespace
//! as `__classcell__`, and `__build_class__` fills it with the new class.
//!
//! The body's prologue stores `__module__` (the module's `__name__`), `__qualname__` and
//! `__firstlineno__`, as CPython 3.13+ does.

use braid_parser::ast::{self, Expr, ExprKind, Stmt};

use super::codegen::{err, loc_key, CResult, CompileError, FnBuilder, NameLoc};
use super::code::{Reg, NO_REG};
use super::instr_table::Instr;
use crate::builtins::str::new_str;

impl<'m, 'a> FnBuilder<'m, 'a> {
    /// Compiles a class statement and binds the class to its name.
    pub fn class_def(&mut self, s: &'a Stmt) -> CResult<()> {
        let ast::StmtKind::ClassDef { name, bases, keywords, body, decorator_list, type_params } = &s.kind else {
            return err("internal: not a class", s.loc);
        };
        if !type_params.is_empty() {
            return err("internal: type parameters not rewritten", s.loc);
        }
        let mark = self.next_temp;
        let mut decorators = Vec::new();
        for d in decorator_list {
            decorators.push(self.expr_to_temp(d)?);
        }
        let scope = *self.m.table.by_loc.get(&loc_key(&s.loc)).ok_or_else(|| CompileError { msg: "internal: class scope not found".into(), loc: s.loc })?;
        let qual = self.child_qualname(name);
        let firstlineno = decorator_list.first().map_or(s.loc.lineno, |d| d.loc.lineno);
        let mut child = FnBuilder::new(self.m, scope, name, &qual, None, firstlineno)?;
        child.class_prologue(&qual, firstlineno, body)?;
        child.class_annotations_prologue(body)?;
        child.body(body)?;
        child.class_annotations_epilogue(s, &qual, body)?;
        child.class_epilogue()?;
        self.set_loc(&s.loc);
        let has_star = bases.iter().any(|b| matches!(b.kind, ExprKind::Starred { .. })) || keywords.iter().any(|k| k.arg.is_none());
        let cls = if has_star { self.build_class_spread(s, child, name, bases, keywords)? } else { self.build_class_direct(s, child, name, bases, keywords)? };
        let mut cur = cls;
        for d in decorators.into_iter().rev() {
            let base = self.temps(2)?;
            self.emit(Instr::Move { dst: base, src: d });
            self.emit(Instr::Move { dst: base + 1, src: cur });
            self.emit(Instr::Call { dst: base, func: base, argc: 1, kwnames: u32::MAX, method: false });
            cur = base;
        }
        self.store_name(name, cur)?;
        self.release(mark);
        Ok(())
    }

    /// `__module__`, `__qualname__`, `__firstlineno__` and the docstring, stored into the
    /// namespace before the body runs.
    fn class_prologue(&mut self, qualname: &str, firstlineno: u32, body: &'a [Stmt]) -> CResult<()> {
        let t = self.temp()?;
        let module_name = self.name_idx("__name__");
        // The namespace is fresh, so this reads the module's `__name__`.
        self.emit(Instr::LoadGlobal { dst: t, name: module_name });
        self.store_name("__module__", t)?;
        let q = self.konst(Some(format!("s{qualname}")), new_str(qualname));
        self.emit(Instr::LoadConst { dst: t, idx: q });
        self.store_name("__qualname__", t)?;
        let line = self.konst(None, crate::builtins::int::new_int(i64::from(firstlineno)));
        self.emit(Instr::LoadConst { dst: t, idx: line });
        self.store_name("__firstlineno__", t)?;
        if let Some(Stmt { kind: ast::StmtKind::Expr { value }, .. }) = body.first() {
            if let ExprKind::Constant { value: ast::Constant::Str(s), .. } = &value.kind {
                match std::str::from_utf8(s.as_wtf8()) {
                    // Cleaned as CPython 3.13+ does (see `docstring.rs`).
                    Ok(text) => {
                        let doc = super::docstring::clean_doc(text);
                        let k = self.konst(Some(format!("s{doc}")), crate::builtins::str::new_str(&doc));
                        self.emit(Instr::LoadConst { dst: t, idx: k });
                    }
                    Err(_) => {
                        self.expr(value, Some(t))?;
                    }
                }
                self.store_name("__doc__", t)?;
            }
        }
        self.release(t as u32);
        Ok(())
    }

    /// Stores the `__class__` cell as `__classcell__` when a method uses it.
    fn class_epilogue(&mut self) -> CResult<()> {
        if let NameLoc::Cell(c) = self.lookup("__class__") {
            let n = self.name_idx("__classcell__");
            // The slot holds the cell object itself; StoreGlobal stores the slot's value.
            self.emit(Instr::StoreGlobal { src: c, name: n });
        }
        Ok(())
    }

    /// `__build_class__(body, name, base, ..., kw=v, ...)` as one CALL.
    fn build_class_direct(&mut self, s: &'a Stmt, child: FnBuilder<'m, 'a>, name: &str, bases: &'a [Expr], keywords: &'a [ast::Keyword]) -> CResult<Reg> {
        let base = self.temp()?;
        let bc = self.name_idx("__build_class__");
        self.emit(Instr::LoadGlobal { dst: base, name: bc });
        self.release(u32::from(base) + 1);
        let nargs = 2 + bases.len() + keywords.len();
        let start = self.temps(nargs)?;
        let body = self.build_class_body(child)?;
        self.emit(Instr::Move { dst: start, src: body });
        let k = self.konst(Some(format!("s{name}")), new_str(name));
        self.emit(Instr::LoadConst { dst: start + 1, idx: k });
        for (i, b) in bases.iter().enumerate() {
            self.expr(b, Some(start + 2 + i as Reg))?;
        }
        let mut names = Vec::new();
        for (i, kw) in keywords.iter().enumerate() {
            self.expr(&kw.value, Some(start + (2 + bases.len() + i) as Reg))?;
            names.push(new_str(kw.arg.as_deref().unwrap_or("")));
        }
        let kwnames = if names.is_empty() { u32::MAX } else { self.konst(None, crate::builtins::tuple::new_tuple(names)) };
        self.set_loc(&s.loc);
        self.emit(Instr::Call { dst: base, func: base, argc: nargs as u16, kwnames, method: false });
        self.release(u32::from(base) + 1);
        Ok(base)
    }

    /// The same with `*bases` or `**kw`: the arguments are collected into a tuple and a
    /// dict and passed through CALL_EX.
    fn build_class_spread(&mut self, s: &'a Stmt, child: FnBuilder<'m, 'a>, name: &str, bases: &'a [Expr], keywords: &'a [ast::Keyword]) -> CResult<Reg> {
        let f = self.temp()?;
        let bc = self.name_idx("__build_class__");
        self.emit(Instr::LoadGlobal { dst: f, name: bc });
        let acc = self.temp()?;
        self.emit(Instr::BuildList { dst: acc, start: 0, count: 0 });
        let body = self.build_class_body(child)?;
        self.emit(Instr::ListAppend { list: acc, item: body });
        let t = self.temp()?;
        let k = self.konst(Some(format!("s{name}")), new_str(name));
        self.emit(Instr::LoadConst { dst: t, idx: k });
        self.emit(Instr::ListAppend { list: acc, item: t });
        for b in bases {
            let m2 = self.next_temp;
            match &b.kind {
                ExprKind::Starred { value, .. } => {
                    let r = self.expr(value, None)?;
                    self.emit(Instr::ListExtend { list: acc, src: r });
                }
                _ => {
                    let r = self.expr(b, None)?;
                    self.emit(Instr::ListAppend { list: acc, item: r });
                }
            }
            self.release(m2);
        }
        let tup = self.temp()?;
        self.emit(Instr::ListToTuple { dst: tup, src: acc });
        let kw = if keywords.is_empty() {
            NO_REG
        } else {
            let m = self.temp()?;
            self.emit(Instr::BuildMap { dst: m, start: 0, count: 0 });
            for k in keywords {
                let m2 = self.next_temp;
                let v = self.expr(&k.value, None)?;
                match &k.arg {
                    Some(n) => {
                        let key = self.temp()?;
                        let c = self.konst(Some(format!("s{n}")), new_str(n));
                        self.emit(Instr::LoadConst { dst: key, idx: c });
                        self.emit(Instr::MapAdd { map: m, key, value: v });
                    }
                    None => {
                        self.emit(Instr::DictMerge { map: m, src: v, func: f });
                    }
                }
                self.release(m2);
            }
            m
        };
        self.set_loc(&s.loc);
        self.emit(Instr::CallEx { dst: f, func: f, args: tup, kwargs: kw });
        self.release(u32::from(f) + 1);
        Ok(f)
    }

    /// MAKE_FUNCTION for the class body (no defaults; the closure as for any function).
    fn build_class_body(&mut self, child: FnBuilder<'m, 'a>) -> CResult<Reg> {
        let mark = self.next_temp;
        let r = self.build_function(child, &super::expr::NO_ARGS, mark)?;
        Ok(r)
    }

    /// Zero-argument `super()` inside a method: called as `super(__class__, <first
    /// argument>)`, what CPython's `super()` finds in the calling frame. `None` when the
    /// call is not that form (then it compiles as written, and `super()` raises
    /// CPython's RuntimeError at run time).
    pub fn zero_arg_super(&self, func: &Expr, args: &[Expr], keywords: &[ast::Keyword]) -> Option<(Reg, String)> {
        let ExprKind::Name { id, .. } = &func.kind else { return None };
        if id != "super" || !args.is_empty() || !keywords.is_empty() || !matches!(self.lookup("super"), NameLoc::Global) {
            return None;
        }
        let NameLoc::Cell(cell) = self.lookup("__class__") else { return None };
        let first = self.varnames.first().filter(|_| self.argcount > 0)?;
        Some((cell, first.clone()))
    }
}
