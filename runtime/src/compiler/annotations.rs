//! Deferred annotations (PEP 649/749): the `__annotate__` functions of `def`s, class
//! bodies and modules.
//!
//! Annotations are not evaluated where they are written. Each `def` with annotations,
//! each class body and the module with `name: annotation` statements gets an
//! *annotation scope* from the symbol table (`symtable::annotate_by_loc`), compiled here
//! into a function equivalent to
//!
//! ```text
//! def __annotate__(.format, /):
//!     if .format > 2: raise NotImplementedError     # VALUE and VALUE_WITH_FAKE_GLOBALS only
//!     return {"x": <annotation of x>, ..., "return": <return annotation>}
//! ```
//!
//! which closes over the variables the annotations name, as CPython's does. A function
//! gets it as `__annotate__` right after MAKE_FUNCTION (so decorators see it), a class
//! body stores it as `__annotate_func__` at its end, a module as the global
//! `__annotate__` after its last statement, where CPython's compiler puts them. `NotImplementedError` is a constant of the code, not a global, so that
//! annotationlib can run the code with fake globals (`Format.FORWARDREF`/`STRING`).
//!
//! An annotation scope of a class reads the class namespace before the globals: the
//! class body puts its namespace in a `__classdict__` cell, and the scope loads its
//! global names through a helper that looks there first (`FnBuilder::classdict`, see
//! `builtins/instances/annotations.rs`).
//!
//! An annotation of a class or module body inside a block (`if TYPE_CHECKING:`,
//! `try:` ...) counts only if its statement ran: the body keeps a set
//! `__conditional_annotations__` of the indices that did, and the annotate function
//! checks it (CPython 3.14 keeps that set in a cell of a class; braid in the namespace).
//! Variables of an enclosing function are read through the class namespace first too.
//!
//! Under `from __future__ import annotations` no scope exists: the annotations are
//! stored eagerly as their source text, `__annotations__` of the function, class
//! namespace or module, as before 3.14.

use braid_parser::ast::{self, Expr, ExprKind, Stmt};

use super::code::{Reg, NO_REG};
use super::codegen::{loc_key, CResult, FnBuilder, NameLoc};
use super::instr_table::Instr;
use super::symtable::{function_annotation_items, MODULE_KEY};
use crate::builtins::str::new_str;
use crate::object::CompareOp;

/// Above this many annotations a dict is filled entry by entry rather than built from
/// consecutive registers (which a huge class body would run out of).
const MAX_DISPLAY_ITEMS: usize = 256;

impl<'m, 'a> FnBuilder<'m, 'a> {
    /// After MAKE_FUNCTION of `f` (in register `func`): attaches its annotations.
    pub fn function_annotations(&mut self, s: &'a Stmt, f: &'a ast::FunctionDef, func: Reg) -> CResult<()> {
        let items: Vec<Item<'a>> = function_annotation_items(f).into_iter().map(|(n, e)| Item { name: n.to_string(), expr: e, key: loc_key(&s.loc), conditional: false }).collect();
        if items.is_empty() {
            return Ok(());
        }
        let mark = self.next_temp;
        let (value, attr) = if self.m.table.future_annotations {
            (self.string_annotations(&items)?, "__annotations__")
        } else {
            let Some(&scope) = self.m.table.annotate_by_loc.get(&loc_key(&s.loc)) else { return Ok(()) };
            let qual = format!("{}.__annotate__", self.child_qualname(&f.name));
            (self.build_annotate(scope, &qual, &items, &s.loc)?, "__annotate__")
        };
        self.set_loc(&s.loc);
        let n = self.name_idx(attr);
        self.emit(Instr::StoreAttr { obj: func, name: n, src: value });
        self.release(mark);
        Ok(())
    }

    /// In a class body, before its statements: fills the `__classdict__` cell, and under
    /// the `__future__` import stores `__annotations__`.
    pub fn class_annotations_prologue(&mut self, body: &'a [Stmt]) -> CResult<()> {
        if let NameLoc::Cell(c) = self.lookup("__classdict__") {
            let t = self.temp()?;
            let k = self.konst(None, crate::builtins::instances::annotations::class_namespace_function());
            self.emit(Instr::LoadConst { dst: t, idx: k });
            self.emit(Instr::Call { dst: t, func: t, argc: 0, kwnames: u32::MAX, method: false });
            self.emit(Instr::StoreDeref { cell: c, src: t });
            self.release(u32::from(t));
        }
        if self.m.table.future_annotations {
            self.store_string_annotations(body)?;
        } else {
            self.conditional_annotations_setup(body)?;
        }
        Ok(())
    }

    /// `__conditional_annotations__ = set()` when annotations of this body sit inside
    /// blocks: each adds its index when it runs, and the annotate function includes
    /// only those (CPython 3.14's rule, so `if TYPE_CHECKING: x: T` adds nothing).
    fn conditional_annotations_setup(&mut self, body: &'a [Stmt]) -> CResult<()> {
        let mut items = Vec::new();
        collect(body, false, &mut items);
        for (i, item) in items.iter().enumerate() {
            if item.conditional {
                self.conditional_annotations.insert(item.key, i as u32);
            }
        }
        if self.conditional_annotations.is_empty() {
            return Ok(());
        }
        let t = self.temp()?;
        self.emit(Instr::BuildSet { dst: t, start: 0, count: 0 });
        self.store_name("__conditional_annotations__", t)?;
        self.release(u32::from(t));
        Ok(())
    }

    /// After a conditional `name: annotation` of a class or module body ran:
    /// `__conditional_annotations__.add(index)`.
    pub fn note_conditional_annotation(&mut self, s: &'a Stmt) -> CResult<()> {
        let Some(&index) = self.conditional_annotations.get(&loc_key(&s.loc)) else { return Ok(()) };
        let mark = self.next_temp;
        let base = self.temps(3)?;
        let set = self.load_name("__conditional_annotations__", None, &s.loc)?;
        let add = self.name_idx("add");
        self.emit(Instr::LoadMethod { dst: base, obj: set, name: add });
        let k = self.konst(Some(format!("i{index}")), crate::builtins::int::new_int(i64::from(index)));
        self.emit(Instr::LoadConst { dst: base + 2, idx: k });
        self.emit(Instr::Call { dst: base, func: base, argc: 1, kwnames: u32::MAX, method: true });
        self.release(mark);
        Ok(())
    }

    /// At the end of a class body: `__annotate_func__`, the class's annotate function.
    pub fn class_annotations_epilogue(&mut self, s: &'a Stmt, qualname: &str, body: &'a [Stmt]) -> CResult<()> {
        let Some(&scope) = self.m.table.annotate_by_loc.get(&loc_key(&s.loc)) else { return Ok(()) };
        let mut items = Vec::new();
        collect(body, false, &mut items);
        let mark = self.next_temp;
        let f = self.build_annotate(scope, &format!("{qualname}.__annotate__"), &items, &s.loc)?;
        self.store_name("__annotate_func__", f)?;
        self.release(mark);
        Ok(())
    }

    /// Before the module's first statement, under the `__future__` import: its
    /// `__annotations__`.
    pub fn module_annotations_prologue(&mut self, body: &'a [Stmt]) -> CResult<()> {
        if self.m.table.future_annotations {
            return self.store_string_annotations(body);
        }
        self.conditional_annotations_setup(body)
    }

    /// After the module's last statement: the global `__annotate__`, as CPython's
    /// compiler places it (so a module's annotations are there once it has run).
    pub fn module_annotations_epilogue(&mut self, body: &'a [Stmt]) -> CResult<()> {
        let Some(&scope) = self.m.table.annotate_by_loc.get(&MODULE_KEY) else { return Ok(()) };
        let mut items = Vec::new();
        collect(body, false, &mut items);
        let mark = self.next_temp;
        let at = items.first().map(|i| i.expr.loc).unwrap_or_default();
        let f = self.build_annotate(scope, "__annotate__", &items, &at)?;
        self.store_name("__annotate__", f)?;
        self.release(mark);
        Ok(())
    }

    /// `__annotations__ = {name: "source text", ...}` in the current namespace.
    fn store_string_annotations(&mut self, body: &'a [Stmt]) -> CResult<()> {
        let mut items = Vec::new();
        collect(body, false, &mut items);
        if items.is_empty() {
            return Ok(());
        }
        let mark = self.next_temp;
        let d = self.string_annotations(&items)?;
        self.store_name("__annotations__", d)?;
        self.release(mark);
        Ok(())
    }

    /// A dict of the annotations' source texts (the `__future__` form).
    fn string_annotations(&mut self, items: &[Item<'a>]) -> CResult<Reg> {
        if items.len() > MAX_DISPLAY_ITEMS {
            let d = self.temp()?;
            self.emit(Instr::BuildMap { dst: d, start: 0, count: 0 });
            for item in items {
                let (key, value) = (self.temp()?, self.temp()?);
                let k = self.konst(Some(format!("s{}", item.name)), new_str(&item.name));
                self.emit(Instr::LoadConst { dst: key, idx: k });
                let text = super::unparse::unparse(item.expr);
                let v = self.konst(Some(format!("s{text}")), new_str(&text));
                self.emit(Instr::LoadConst { dst: value, idx: v });
                self.emit(Instr::StoreSubscript { obj: d, key, src: value });
                self.release(u32::from(key));
            }
            return Ok(d);
        }
        let start = self.temps(items.len() * 2)?;
        for (i, item) in items.iter().enumerate() {
            let k = self.konst(Some(format!("s{}", item.name)), new_str(&item.name));
            self.emit(Instr::LoadConst { dst: start + 2 * i as Reg, idx: k });
            let text = super::unparse::unparse(item.expr);
            let v = self.konst(Some(format!("s{text}")), new_str(&text));
            self.emit(Instr::LoadConst { dst: start + 2 * i as Reg + 1, idx: v });
        }
        let d = self.temp()?;
        self.emit(Instr::BuildMap { dst: d, start, count: items.len() as u16 });
        Ok(d)
    }

    /// Compiles the annotation scope `scope` over `items` and makes the function.
    fn build_annotate(&mut self, scope: usize, qualname: &str, items: &[Item<'a>], at: &ast::Location) -> CResult<Reg> {
        let mut child = FnBuilder::new(self.m, scope, "__annotate__", qualname, None, at.lineno)?;
        child.argcount = 1;
        child.posonly = 1;
        if self.m.table.scopes[scope].classdict {
            if let NameLoc::Cell(c) = child.lookup("__classdict__") {
                child.classdict = Some(c);
            }
        }
        child.set_loc(at);
        // `if .format > 2: raise NotImplementedError`
        let t = child.temp()?;
        let two = child.konst(Some("i2".into()), crate::builtins::int::new_int(2));
        child.emit(Instr::LoadConst { dst: t, idx: two });
        child.emit(Instr::Compare { op: CompareOp::Gt, dst: t, a: 0, b: t });
        let jump = child.emit(Instr::JumpIfFalse { cond: t, target: 0 });
        let nie = child.konst(None, crate::builtins::type_::type_value(&crate::builtins::exceptions::NOT_IMPLEMENTED_ERROR));
        child.emit(Instr::LoadConst { dst: t, idx: nie });
        child.emit(Instr::Raise { exc: t, cause: NO_REG });
        let values = child.pc();
        child.patch(jump, values);
        child.release(u32::from(t));
        let d = if items.len() > MAX_DISPLAY_ITEMS || items.iter().any(|i| i.conditional) {
            child.annotate_conditional_dict(items, at)?
        } else {
            let start = child.temps(items.len() * 2)?;
            for (i, item) in items.iter().enumerate() {
                let k = child.konst(Some(format!("s{}", item.name)), new_str(&item.name));
                child.emit(Instr::LoadConst { dst: start + 2 * i as Reg, idx: k });
                child.expr(item.expr, Some(start + 2 * i as Reg + 1))?;
            }
            let d = child.temp()?;
            child.set_loc(at);
            child.emit(Instr::BuildMap { dst: d, start, count: items.len() as u16 });
            d
        };
        child.emit(Instr::Return { src: d });
        let mark = self.next_temp;
        self.build_function(child, &super::expr::NO_ARGS, mark)
    }

    /// The annotations dict built entry by entry (any number of them), a conditional
    /// entry only when its index is in `__conditional_annotations__`.
    fn annotate_conditional_dict(&mut self, items: &[Item<'a>], at: &ast::Location) -> CResult<Reg> {
        let d = self.temp()?;
        self.set_loc(at);
        self.emit(Instr::BuildMap { dst: d, start: 0, count: 0 });
        for (i, item) in items.iter().enumerate() {
            let mark = self.next_temp;
            let skip = if item.conditional {
                let set = self.load_name("__conditional_annotations__", None, &item.expr.loc)?;
                let k = self.temp()?;
                let idx = self.konst(Some(format!("i{i}")), crate::builtins::int::new_int(i as i64));
                self.emit(Instr::LoadConst { dst: k, idx });
                self.emit(Instr::Contains { dst: k, item: k, container: set, negate: false });
                Some(self.emit(Instr::JumpIfFalse { cond: k, target: 0 }))
            } else {
                None
            };
            self.release(mark);
            let key = self.temp()?;
            let kc = self.konst(Some(format!("s{}", item.name)), new_str(&item.name));
            self.emit(Instr::LoadConst { dst: key, idx: kc });
            let v = self.expr(item.expr, None)?;
            self.emit(Instr::StoreSubscript { obj: d, key, src: v });
            self.release(mark);
            if let Some(j) = skip {
                let here = self.pc();
                self.patch(j, here);
            }
        }
        Ok(d)
    }

    /// A variable of an enclosing function read in an annotation scope of a class: the
    /// class namespace first (CPython's LOAD_FROM_DICT_OR_DEREF).
    pub fn load_classdict_or_deref(&mut self, classdict: Reg, id: &str, cell: Reg, d: Reg) -> CResult<()> {
        let base = self.temps(4)?;
        let f = self.konst(Some("<classdict-deref>".into()), crate::builtins::instances::annotations::classdict_deref_function());
        self.emit(Instr::LoadConst { dst: base, idx: f });
        self.emit(Instr::LoadDeref { dst: base + 1, cell: classdict });
        let k = self.konst(Some(format!("s{id}")), new_str(id));
        self.emit(Instr::LoadConst { dst: base + 2, idx: k });
        // The cell object itself (LoadDeref would read its content).
        self.emit(Instr::Move { dst: base + 3, src: cell });
        self.emit(Instr::Call { dst: base, func: base, argc: 3, kwnames: u32::MAX, method: false });
        if d != base {
            self.emit(Instr::Move { dst: d, src: base });
        }
        self.release(u32::from(base));
        Ok(())
    }

    /// A global name read in an annotation scope of a class: the class namespace first
    /// (`__load_from_classdict__(__classdict__, name)`).
    pub fn load_classdict_name(&mut self, classdict: Reg, id: &str, d: Reg) -> CResult<()> {
        let base = self.temps(3)?;
        let f = self.konst(Some("<classdict-load>".into()), crate::builtins::instances::annotations::classdict_load_function());
        self.emit(Instr::LoadConst { dst: base, idx: f });
        self.emit(Instr::LoadDeref { dst: base + 1, cell: classdict });
        let k = self.konst(Some(format!("s{id}")), new_str(id));
        self.emit(Instr::LoadConst { dst: base + 2, idx: k });
        self.emit(Instr::Call { dst: base, func: base, argc: 2, kwnames: u32::MAX, method: false });
        if d != base {
            self.emit(Instr::Move { dst: d, src: base });
        }
        self.release(u32::from(base));
        Ok(())
    }
}

/// One `name: annotation` of a class or module body.
struct Item<'a> {
    name: String,
    expr: &'a Expr,
    /// The statement's location (the key of `FnBuilder::conditional_annotations`).
    key: (u32, u32, u32, u32),
    /// Inside a block (`if`, `for`, `try` ...): counted only once it has run.
    conditional: bool,
}

/// The simple-name annotations of a class or module body, with the blocks CPython
/// looks into (`if`/`for`/`while`/`try`/`with`/`match`), not nested scopes.
fn collect<'a>(body: &'a [Stmt], nested: bool, out: &mut Vec<Item<'a>>) {
    use ast::StmtKind as S;
    for s in body {
        match &s.kind {
            S::AnnAssign { target, annotation, simple: 1, .. } => {
                if let ExprKind::Name { id, .. } = &target.kind {
                    out.push(Item { name: id.clone(), expr: annotation, key: loc_key(&s.loc), conditional: nested });
                }
            }
            S::If { body, orelse, .. } | S::While { body, orelse, .. } => {
                collect(body, true, out);
                collect(orelse, true, out);
            }
            S::For(f) | S::AsyncFor(f) => {
                collect(&f.body, true, out);
                collect(&f.orelse, true, out);
            }
            S::With(w) | S::AsyncWith(w) => collect(&w.body, true, out),
            S::Match { cases, .. } => cases.iter().for_each(|c| collect(&c.body, true, out)),
            S::Try(t) | S::TryStar(t) => {
                collect(&t.body, true, out);
                for h in &t.handlers {
                    collect(&h.body, true, out);
                }
                collect(&t.orelse, true, out);
                collect(&t.finalbody, true, out);
            }
            _ => {}
        }
    }
}
