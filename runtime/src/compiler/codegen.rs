//! Code generation: AST -> register bytecode, one [`FnBuilder`] per code object.
//!
//! Registers: slots `0..nlocals` are the scope's named locals (parameters first),
//! then its cells, then free variables, then temporaries. Temporaries are allocated
//! stack-like ([`FnBuilder::temp`] / [`FnBuilder::release`]), so a call's callee and
//! arguments land in consecutive slots. An expression compiles "into" a register:
//! [`FnBuilder::expr`] returns the register that holds the value, which for a local
//! variable is the variable's own slot (no copy): `a + b` is a single instruction
//! reading two locals.
//!
//! Control flow that leaves blocks (`return`/`break`/`continue` inside `try`/`with`/
//! `except`) is compiled by replaying the enclosing blocks' exit actions from the
//! [`Unwind`] stack: inline `finally` bodies, `__exit__` calls, handler pops.
//! Exception handlers are found through the code's exception table (zero cost on the
//! non-raising path).

use std::collections::HashMap;
use std::sync::Arc;

use braid_parser::ast::{self, Expr, ExprKind, Stmt, StmtKind};

use super::code::{new_code, Anchor, CodeData, CodeFlags, ExcEntry, Instr, Loc, Reg, NO_REG};
use super::symtable::{Resolution, ScopeId, ScopeKind, SymTable};
use crate::builtins::int::{new_bigint, new_int};
use crate::builtins::singletons::{none, py_bool, ELLIPSIS};
use crate::builtins::str::new_str;
use crate::object::Value;

/// A compile-time error (reported as SyntaxError).
#[derive(Debug)]
pub struct CompileError {
    /// Message.
    pub msg: String,
    /// Location.
    pub loc: ast::Location,
}

impl CompileError {
    /// The parser's SyntaxError form of this error, in `filename`, with `text` as the
    /// source line shown under it.
    pub fn into_syntax_error(self, filename: &str, text: Option<String>) -> braid_parser::SyntaxError {
        braid_parser::SyntaxError {
            kind: braid_parser::SyntaxErrorKind::SyntaxError,
            msg: self.msg,
            filename: filename.to_string(),
            lineno: Some(self.loc.lineno),
            offset: Some(self.loc.col_offset + 1),
            end_lineno: Some(self.loc.end_lineno),
            end_offset: Some(self.loc.end_col_offset + 1),
            text,
        }
    }
}

pub(super) type CResult<T> = Result<T, CompileError>;

/// The FORMAT_VALUE / BUILD_INTERPOLATION code of a `!s`, `!r` or `!a` conversion (the
/// parser gives the character's code; -1 for none).
pub(super) fn conversion_code(conversion: i32) -> u8 {
    match u8::try_from(conversion) {
        Ok(b's') => 1,
        Ok(b'r') => 2,
        Ok(b'a') => 3,
        _ => 0,
    }
}

pub(super) fn err<T>(msg: impl Into<String>, loc: ast::Location) -> CResult<T> {
    Err(CompileError { msg: msg.into(), loc })
}

/// Where a name lives for the code being generated.
#[derive(Clone, Copy, Debug)]
pub(super) enum NameLoc {
    Slot(Reg),
    Cell(Reg),
    Global,
    /// A local past [`SLOT_LOCALS_MAX`]: a key (index into `names`) of the frame's
    /// spill dict in [`FnBuilder::spill_map`].
    Spilled(u32),
}

/// How many locals a function keeps in registers. Operands are 16 bits, so a function
/// with more locals than this (generated code; CPython compiles any number) keeps the
/// rest in a dict made at entry, leaving half the register file for temporaries. The
/// spilled locals are slower to reach, and are not in `co_varnames` or `locals()`.
const SLOT_LOCALS_MAX: usize = 32_768;

/// Targets an unpacking assignment writes straight into consecutive registers; a longer
/// target list (generated code) unpacks through a list instead.
const UNPACK_TO_SLOTS_MAX: usize = 4_096;

/// Exit actions of enclosing blocks, innermost last.
pub(super) enum Unwind<'a> {
    Loop { continue_target: u32, breaks: Vec<usize> },
    Finally(&'a [Stmt]),
    Handler { name: Option<Reg> },
    With { exit: Reg },
}

/// Shared compilation state for one module.
pub(super) struct Module<'a> {
    pub table: &'a SymTable,
    pub filename: &'a str,
    pub source: Arc<str>,
    pub lines: Vec<&'a str>,
}

/// Builds one code object.
pub(super) struct FnBuilder<'m, 'a> {
    pub m: &'m Module<'a>,
    pub scope: ScopeId,
    pub name: String,
    pub qualname: String,
    pub instrs: Vec<Instr>,
    pub locs: Vec<Loc>,
    pub consts: Vec<Value>,
    const_keys: HashMap<String, u32>,
    pub names: Vec<Value>,
    name_keys: HashMap<String, u32>,
    pub varnames: Vec<String>,
    pub cellnames: Vec<String>,
    pub cell_params: Vec<u32>,
    pub freenames: Vec<String>,
    pub free_slots: Vec<Reg>,
    /// In a class body: cells of enclosing functions that the body only passes on to
    /// its methods' closures because it binds the same name itself (its own reads and
    /// writes of the name use the namespace).
    pub passthrough_cells: HashMap<String, Reg>,
    /// Name maps: the function's own, plus one per inlined comprehension.
    pub name_maps: Vec<(ScopeId, HashMap<String, NameLoc>)>,
    pub next_temp: u32,
    pub max_slots: u32,
    pub exc_table: Vec<ExcEntry>,
    pub unwind: Vec<Unwind<'a>>,
    pub loc: Loc,
    pub flags: CodeFlags,
    pub argcount: u32,
    pub posonly: u32,
    pub kwonly: u32,
    pub firstlineno: u32,
    /// Call expression whose carets CPython omits (see `mark_no_carets_call`).
    pub no_carets_call: Option<(u32, u32, u32, u32)>,
    /// `__doc__` of the code (functions and modules).
    pub docstring: Option<String>,
    /// Name indices of globals that skip the frame's locals mapping (see
    /// [`FnBuilder::global_name`]).
    pub explicit_globals: Vec<u32>,
    /// Operator nodes (by address) already found not to fold: each subtree is tried once,
    /// so a long `a + a + ... + a` chain compiles in linear time.
    pub fold_failed: std::collections::HashSet<usize>,
    /// The slot holding the spill dict of a function with more than [`SLOT_LOCALS_MAX`]
    /// locals, or [`NO_REG`].
    pub spill_map: Reg,
    /// In an annotation scope of a class: the `__classdict__` cell its global names are
    /// looked up in first (see `annotations.rs`).
    pub classdict: Option<Reg>,
    /// In a class or module body: the index of each conditional annotation statement,
    /// by location (see `annotations.rs`).
    pub conditional_annotations: HashMap<(u32, u32, u32, u32), u32>,
}

/// A node location as a map key.
pub(super) fn loc_key(l: &ast::Location) -> (u32, u32, u32, u32) {
    (l.lineno, l.col_offset, l.end_lineno, l.end_col_offset)
}

impl<'m, 'a> FnBuilder<'m, 'a> {
    pub fn new(m: &'m Module<'a>, scope: ScopeId, name: &str, qualname: &str, args: Option<&ast::Arguments>, firstlineno: u32) -> CResult<Self> {
        let mut b = FnBuilder {
            m,
            scope,
            name: name.to_string(),
            qualname: qualname.to_string(),
            instrs: Vec::new(),
            locs: Vec::new(),
            consts: Vec::new(),
            const_keys: HashMap::new(),
            names: Vec::new(),
            name_keys: HashMap::new(),
            varnames: Vec::new(),
            cellnames: Vec::new(),
            cell_params: Vec::new(),
            freenames: Vec::new(),
            free_slots: Vec::new(),
            passthrough_cells: HashMap::new(),
            name_maps: Vec::new(),
            next_temp: 0,
            max_slots: 0,
            exc_table: Vec::new(),
            unwind: Vec::new(),
            loc: Loc { line: firstlineno, end_line: firstlineno, ..Loc::default() },
            flags: CodeFlags::default(),
            argcount: 0,
            posonly: 0,
            kwonly: 0,
            firstlineno,
            no_carets_call: None,
            docstring: None,
            explicit_globals: Vec::new(),
            fold_failed: std::collections::HashSet::new(),
            spill_map: NO_REG,
            classdict: None,
            conditional_annotations: HashMap::new(),
        };
        let s = &m.table.scopes[scope];
        b.flags.generator = s.is_generator;
        let mut map = HashMap::new();
        if s.kind != ScopeKind::Module {
            // Parameters first, in order; then other locals.
            if let Some(a) = args {
                b.argcount = (a.posonlyargs.len() + a.args.len()) as u32;
                b.posonly = a.posonlyargs.len() as u32;
                b.kwonly = a.kwonlyargs.len() as u32;
                b.flags.varargs = a.vararg.is_some();
                b.flags.varkw = a.kwarg.is_some();
            } else if s.kind == ScopeKind::GenExpr {
                b.argcount = 1;
            }
            for p in &s.params {
                b.varnames.push(p.clone());
            }
            let params: std::collections::HashSet<&String> = s.params.iter().collect();
            for n in &s.bound {
                // A class body's own names live in its namespace, not in slots. (`bound`
                // holds each name once, so only the parameters can repeat one.)
                if s.kind != ScopeKind::Class && !params.contains(n) && s.resolved.get(n) == Some(&Resolution::Local) {
                    b.varnames.push(n.clone());
                }
            }
            // Past SLOT_LOCALS_MAX locals the rest go to the spill dict. Parameters stay in
            // `varnames` (calls bind them by position and name into the frame, which is
            // made big enough) and the entry's `SpillParams` moves those past the limit
            // into the dict, freeing their slots for temporaries.
            let nparams = s.params.len();
            let spill_params = nparams > SLOT_LOCALS_MAX;
            let keep = SLOT_LOCALS_MAX.max(nparams);
            let mut spilled = if b.varnames.len() > keep { b.varnames.split_off(keep) } else { Vec::new() };
            if spill_params {
                if !s.free.is_empty() || s.resolved.values().any(|r| *r == Resolution::Cell) {
                    let at = ast::Location { lineno: firstlineno, end_lineno: firstlineno, ..ast::Location::default() };
                    return err("too many local variables", at);
                }
                spilled.extend(b.varnames[SLOT_LOCALS_MAX..].iter().cloned());
            }
            for v in &spilled {
                let n = b.name_idx(v);
                map.insert(v.clone(), NameLoc::Spilled(n));
            }
            let slotted = if spill_params { SLOT_LOCALS_MAX } else { usize::MAX };
            for (i, v) in b.varnames.iter().enumerate().take(slotted) {
                if s.resolved.get(v) != Some(&Resolution::Cell) {
                    map.insert(v.clone(), NameLoc::Slot(i as Reg));
                }
            }
            let nlocals = b.varnames.len();
            let mut cells: Vec<String> = s.bound.iter().filter(|n| s.resolved.get(*n) == Some(&Resolution::Cell)).cloned().collect();
            for p in s.params.iter().rev() {
                if s.resolved.get(p) == Some(&Resolution::Cell) && !cells.contains(p) {
                    cells.insert(0, p.clone());
                }
            }
            for c in &cells {
                let slot = (nlocals + b.cellnames.len()) as Reg;
                b.cell_params.push(s.params.iter().position(|p| p == c).map_or(u32::MAX, |i| i as u32));
                b.cellnames.push(c.clone());
                map.insert(c.clone(), NameLoc::Cell(slot));
            }
            for f in &s.free {
                if s.kind == ScopeKind::Comprehension {
                    continue;
                }
                let slot = (nlocals + b.cellnames.len() + b.freenames.len()) as Reg;
                b.freenames.push(f.clone());
                b.free_slots.push(slot);
                if s.kind == ScopeKind::Class && s.bound.contains(f) {
                    b.passthrough_cells.insert(f.clone(), slot);
                } else {
                    map.insert(f.clone(), NameLoc::Cell(slot));
                }
            }
            b.next_temp = (nlocals + b.cellnames.len() + b.freenames.len()) as u32;
            if spill_params {
                b.next_temp = SLOT_LOCALS_MAX as u32;
                b.spill_map = b.next_temp as Reg;
                b.next_temp += 1;
                let names: Vec<Value> = b.varnames[SLOT_LOCALS_MAX..].iter().map(|n| new_str(n)).collect();
                let names = b.konst(None, crate::builtins::tuple::new_tuple(names));
                b.emit(Instr::SpillParams { map: b.spill_map, first: SLOT_LOCALS_MAX as u16, names });
            } else if !spilled.is_empty() && b.next_temp < u32::from(NO_REG) - 8 {
                b.spill_map = b.next_temp as Reg;
                b.next_temp += 1;
                b.emit(Instr::BuildMap { dst: b.spill_map, start: b.spill_map, count: 0 });
            }
        }
        if b.next_temp > u32::from(NO_REG) - 8 {
            let at = ast::Location { lineno: firstlineno, end_lineno: firstlineno, ..ast::Location::default() };
            return err("too many local variables", at);
        }
        b.max_slots = b.next_temp;
        b.name_maps.push((scope, map));
        Ok(b)
    }

    // ---- emission -------------------------------------------------------------------

    pub fn emit(&mut self, i: Instr) -> usize {
        self.instrs.push(i);
        self.locs.push(self.loc);
        self.instrs.len() - 1
    }

    pub fn pc(&self) -> u32 {
        self.instrs.len() as u32
    }

    /// Points the jump at `at` to `target`.
    pub fn patch(&mut self, at: usize, target: u32) {
        match &mut self.instrs[at] {
            Instr::Jump { target: t }
            | Instr::JumpBack { target: t, .. }
            | Instr::JumpIfFalse { target: t, .. }
            | Instr::JumpIfTrue { target: t, .. }
            | Instr::CompareJumpIfFalse { target: t, .. }
            | Instr::CompareKJumpIfFalse { target: t, .. } => *t = target,
            Instr::ForIter { exit, .. } => *exit = target,
            _ => {}
        }
    }

    pub fn set_loc(&mut self, l: &ast::Location) {
        self.loc = Loc { line: l.lineno, end_line: l.end_lineno, col: l.col_offset, end_col: l.end_col_offset, anchor: Anchor::default(), no_carets: false };
    }

    pub fn temp(&mut self) -> CResult<Reg> {
        let r = self.next_temp;
        self.next_temp += 1;
        if self.next_temp >= u32::from(NO_REG) {
            let at = ast::Location { lineno: self.loc.line, col_offset: self.loc.col, end_lineno: self.loc.end_line, end_col_offset: self.loc.end_col };
            return err("too many registers in one function", at);
        }
        self.max_slots = self.max_slots.max(self.next_temp);
        Ok(r as Reg)
    }

    pub fn temps(&mut self, n: usize) -> CResult<Reg> {
        let first = self.next_temp as Reg;
        for _ in 0..n {
            self.temp()?;
        }
        Ok(first)
    }

    pub fn release(&mut self, mark: u32) {
        self.next_temp = mark;
    }

    /// After `del`: the free temporaries still hold what earlier statements computed
    /// (`next(g)` leaves `g` in its argument register), so they are cleared, and the
    /// deleted object dies here; the `Clear` also runs the finalizers that queued (a
    /// generator's `finally`) before the next statement, as CPython does.
    fn clear_free_temps(&mut self) -> CResult<()> {
        let mark = self.next_temp;
        let end = self.max_slots.max(mark + 1);
        for r in mark..end {
            let slot = self.temp()?;
            debug_assert_eq!(u32::from(slot), r);
            self.emit(Instr::Clear { slot });
        }
        self.release(mark);
        Ok(())
    }

    pub fn konst(&mut self, key: Option<String>, v: Value) -> u32 {
        if let Some(k) = &key {
            if let Some(&i) = self.const_keys.get(k) {
                return i;
            }
        }
        let i = self.consts.len() as u32;
        if let Some(h) = v.header() {
            // Code constants are immortal: loading one costs no refcount traffic.
            h.make_immortal();
        }
        self.consts.push(v);
        if let Some(k) = key {
            self.const_keys.insert(k, i);
        }
        i
    }

    pub fn load_none(&mut self, dst: Reg) {
        let k = self.konst(Some("N".into()), none());
        self.emit(Instr::LoadConst { dst, idx: k });
    }

    pub fn name_idx(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.name_keys.get(name) {
            return i;
        }
        let i = self.names.len() as u32;
        self.names.push(crate::builtins::str::intern(name));
        self.name_keys.insert(name.to_string(), i);
        i
    }

    /// The name index for a global load/store/delete of `name`, recorded as *explicit*
    /// when it must skip the frame's locals mapping, as CPython's `LOAD_GLOBAL` /
    /// `STORE_GLOBAL` do in a class body: the name is declared `global` in the scope that
    /// resolves it, or a comprehension inlined into a class body reads it (comprehension
    /// names do not see the class namespace). A name an enclosing function binds is left
    /// to the namespace lookup (the class body does not receive that cell).
    /// An explicit use gets a name entry of its own (the same string), so the other
    /// uses of the name in this code keep going through the namespace.
    pub fn global_name(&mut self, name: &str) -> u32 {
        if !self.explicit_global(name) {
            return self.name_idx(name);
        }
        let key = format!("\u{0}{name}");
        if let Some(&i) = self.name_keys.get(&key) {
            return i;
        }
        let i = self.names.len() as u32;
        self.names.push(crate::builtins::str::intern(name));
        self.name_keys.insert(key, i);
        self.explicit_globals.push(i);
        i
    }

    fn explicit_global(&self, name: &str) -> bool {
        let mut in_comprehension = false;
        for (scope, map) in self.name_maps.iter().rev() {
            if map.contains_key(name) {
                return false;
            }
            let s = &self.m.table.scopes[*scope];
            if s.kind == ScopeKind::Comprehension {
                in_comprehension = true;
                continue;
            }
            if s.globals.contains(name) {
                return true;
            }
            if !(in_comprehension && s.kind == ScopeKind::Class) {
                return false;
            }
            let mut up = s.parent;
            while let Some(id) = up {
                let p = &self.m.table.scopes[id];
                if p.kind != ScopeKind::Class && p.kind != ScopeKind::Module && matches!(p.resolved.get(name), Some(Resolution::Local | Resolution::Cell | Resolution::Free)) {
                    return false;
                }
                up = p.parent;
            }
            return true;
        }
        false
    }

    /// Where `name` lives, looking through inlined comprehension scopes.
    pub fn lookup(&self, name: &str) -> NameLoc {
        for (scope, map) in self.name_maps.iter().rev() {
            if let Some(l) = map.get(name) {
                return *l;
            }
            match self.m.table.scopes[*scope].resolved.get(name) {
                Some(Resolution::Inherit) | None if self.m.table.scopes[*scope].kind == ScopeKind::Comprehension => continue,
                Some(Resolution::Global) => return NameLoc::Global,
                _ => {}
            }
            if self.m.table.scopes[*scope].kind != ScopeKind::Comprehension {
                break;
            }
        }
        NameLoc::Global
    }

    // ---- module / function bodies --------------------------------------------------

    /// Compiles a function or module body, recording its docstring.
    pub fn body_with_doc(&mut self, stmts: &'a [Stmt]) -> CResult<()> {
        if let Some(Stmt { kind: StmtKind::Expr { value }, .. }) = stmts.first() {
            if let ExprKind::Constant { value: ast::Constant::Str(s), .. } = &value.kind {
                self.docstring = Some(super::docstring::clean_doc(&String::from_utf8_lossy(s.as_wtf8())));
            }
        }
        self.body(stmts)
    }

    pub fn body(&mut self, stmts: &'a [Stmt]) -> CResult<()> {
        for s in stmts {
            self.stmt(s)?;
        }
        Ok(())
    }

    pub fn finish(mut self) -> Value {
        // Implicit `return None`.
        // Also when the last instruction is a `return` that a branch jumps past (a body
        // ending in `if x: return y`).
        let end = self.instrs.len() as u32;
        let needs_return = !matches!(self.instrs.last(), Some(Instr::Return { .. })) || self.instrs.iter().any(|i| i.branch_target() == Some(end));
        if needs_return || self.instrs.is_empty() {
            let t = self.next_temp as Reg;
            self.max_slots = self.max_slots.max(self.next_temp + 1);
            self.load_none(t);
            self.emit(Instr::Return { src: t });
        }
        let n = self.instrs.len();
        let caches = CodeData::side_tables(n);
        let hot = CodeData::loop_table(&mut self.instrs);
        let fast_call = !self.flags.varargs
            && !self.flags.varkw
            && !self.flags.generator
            && self.kwonly == 0
            && self.cell_params.is_empty()
            && self.free_slots.is_empty();
        // A call binds every parameter into the frame before `SpillParams` runs.
        let nslots = self.max_slots.max(self.varnames.len() as u32) + 1;
        new_code(CodeData {
            name: self.name,
            qualname: self.qualname,
            filename: self.m.filename.to_string(),
            firstlineno: self.firstlineno,
            instrs: self.instrs,
            locs: self.locs,
            consts: self.consts,
            names: self.names,
            nlocals: self.varnames.len() as u32,
            varnames: self.varnames,
            cellnames: self.cellnames,
            freenames: self.freenames,
            argcount: self.argcount,
            posonlyargcount: self.posonly,
            kwonlyargcount: self.kwonly,
            nslots,
            cell_params: self.cell_params,
            free_slots: self.free_slots,
            exc_table: self.exc_table,
            flags: self.flags,
            caches,
            hot,
            source: Some(self.m.source.clone()),
            docstring: self.docstring,
            fast_call,
            explicit_globals: self.explicit_globals.into_boxed_slice(),
        })
    }

    // ---- statements -----------------------------------------------------------------

    pub fn stmt(&mut self, s: &'a Stmt) -> CResult<()> {
        self.set_loc(&s.loc);
        let mark = self.next_temp;
        match &s.kind {
            StmtKind::Expr { value } => {
                self.expr(value, None)?;
            }
            StmtKind::Assign { targets, value, .. } => {
                if targets.len() == 1 {
                    if let ExprKind::Name { id, .. } = &targets[0].kind {
                        if let NameLoc::Slot(slot) = self.lookup(id) {
                            if writes_dst_once(value) {
                                self.mark_no_carets_call(s, value);
                                self.expr(value, Some(slot))?;
                                self.release(mark);
                                return Ok(());
                            }
                        }
                    }
                }
                if targets.len() == 1 && self.parallel_assign(&targets[0], value)? {
                    self.release(mark);
                    return Ok(());
                }
                self.mark_no_carets_call(s, value);
                let v = self.expr(value, None)?;
                for t in targets {
                    self.store(t, v)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value)?,
            StmtKind::AnnAssign { target, value, .. } => {
                if let Some(v) = value {
                    let r = self.expr(v, None)?;
                    self.store(target, r)?;
                }
                self.note_conditional_annotation(s)?;
            }
            StmtKind::Return { value } => {
                if self.m.table.scopes[self.scope].kind == ScopeKind::Module {
                    return err("'return' outside function", s.loc);
                }
                let r = match value {
                    Some(v) => {
                        self.mark_no_carets_call(s, v);
                        let r = self.expr(v, None)?;
                        if self.unwind.is_empty() {
                            r
                        } else {
                            let t = self.temp()?;
                            self.emit(Instr::Move { dst: t, src: r });
                            t
                        }
                    }
                    None => {
                        let t = self.temp()?;
                        self.load_none(t);
                        t
                    }
                };
                self.unwind_all(None)?;
                self.set_loc(&s.loc);
                self.emit(Instr::Return { src: r });
            }
            StmtKind::If { test, body, orelse } => {
                let jf = self.cond_jump_false(test)?;
                self.release(mark);
                self.body(body)?;
                if orelse.is_empty() {
                    let end = self.pc();
                    for j in jf {
                        self.patch(j, end);
                    }
                } else {
                    let jend = self.emit(Instr::Jump { target: 0 });
                    let else_pc = self.pc();
                    for j in jf {
                        self.patch(j, else_pc);
                    }
                    self.body(orelse)?;
                    let end = self.pc();
                    self.patch(jend, end);
                }
            }
            StmtKind::While { test, body, orelse } => {
                let top = self.pc();
                let jf = if is_true_constant(test) { Vec::new() } else { self.cond_jump_false(test)? };
                self.release(mark);
                self.unwind.push(Unwind::Loop { continue_target: top, breaks: Vec::new() });
                self.body(body)?;
                self.set_loc(&s.loc);
                self.emit(Instr::JumpBack { target: top, hot: 0 });
                let Some(Unwind::Loop { breaks, .. }) = self.unwind.pop() else { unreachable!("loop block") };
                let else_pc = self.pc();
                for j in jf {
                    self.patch(j, else_pc);
                }
                self.body(orelse)?;
                let end = self.pc();
                for b in breaks {
                    self.patch(b, end);
                }
            }
            StmtKind::For(f) => self.for_loop(s, f)?,
            StmtKind::AsyncFor(_) | StmtKind::AsyncWith(_) | StmtKind::AsyncFunctionDef(_) => {
                return err("async code is not supported yet", s.loc);
            }
            StmtKind::Break | StmtKind::Continue => {
                let is_break = matches!(s.kind, StmtKind::Break);
                let Some(depth) = self.unwind.iter().rposition(|u| matches!(u, Unwind::Loop { .. })) else {
                    return err(if is_break { "'break' outside loop" } else { "'continue' not properly in loop" }, s.loc);
                };
                self.unwind_all(Some(depth))?;
                self.set_loc(&s.loc);
                if is_break {
                    let j = self.emit(Instr::Jump { target: 0 });
                    if let Some(Unwind::Loop { breaks, .. }) = self.unwind.get_mut(depth) {
                        breaks.push(j);
                    }
                } else if let Some(Unwind::Loop { continue_target, .. }) = self.unwind.get(depth) {
                    let t = *continue_target;
                    self.emit(Instr::JumpBack { target: t, hot: 0 });
                }
            }
            StmtKind::Pass => {}
            StmtKind::FunctionDef(f) => {
                let func = self.make_function(s, f)?;
                self.store_name(&f.name, func)?;
            }
            StmtKind::ClassDef { .. } => self.class_def(s)?,
            StmtKind::Delete { targets } => {
                for t in targets {
                    self.delete(t)?;
                }
                self.clear_free_temps()?;
            }
            StmtKind::Global { .. } | StmtKind::Nonlocal { .. } => {}
            StmtKind::Raise { exc, cause } => {
                let e = match exc {
                    Some(e) => self.expr(e, None)?,
                    None => NO_REG,
                };
                let c = match cause {
                    Some(c) => self.expr(c, None)?,
                    None => NO_REG,
                };
                self.set_loc(&s.loc);
                self.emit(Instr::Raise { exc: e, cause: c });
            }
            StmtKind::Assert { .. } if crate::compiler::optimize_level() > 0 => {}
            StmtKind::Assert { test, msg } => {
                let jt = self.jump_if(test, true)?;
                let m = match msg {
                    Some(m) => self.expr(m, None)?,
                    None => NO_REG,
                };
                self.set_loc(&test.loc);
                self.emit(Instr::RaiseAssertion { msg: m });
                let end = self.pc();
                for j in jt {
                    self.patch(j, end);
                }
            }
            StmtKind::Try(t) => self.try_stmt(t, false)?,
            StmtKind::TryStar(t) => self.try_stmt(t, true)?,
            StmtKind::With(w) => self.with_stmt(&w.items, &w.body)?,
            StmtKind::Import { names } => {
                for a in names {
                    let m = self.temp()?;
                    let n = self.name_idx(&a.name);
                    self.emit(Instr::ImportName { dst: m, name: n, fromlist: NO_REG, level: 0 });
                    match &a.asname {
                        Some(asname) => {
                            // `import a.b as c` binds the submodule.
                            let mut cur = m;
                            for part in a.name.split('.').skip(1) {
                                let pn = self.name_idx(part);
                                let t = self.temp()?;
                                self.emit(Instr::LoadAttr { dst: t, obj: cur, name: pn });
                                cur = t;
                            }
                            self.store_name(asname, cur)?;
                        }
                        None => {
                            let top = a.name.split('.').next().unwrap_or(&a.name).to_string();
                            self.store_name(&top, m)?;
                        }
                    }
                }
            }
            StmtKind::ImportFrom { module, names, level } => {
                let m = self.temp()?;
                let n = self.name_idx(module.as_deref().unwrap_or(""));
                let fl = self.temp()?;
                let items: Vec<Value> = names.iter().map(|a| new_str(&a.name)).collect();
                let k = self.konst(None, crate::builtins::tuple::new_tuple(items));
                self.emit(Instr::LoadConst { dst: fl, idx: k });
                self.emit(Instr::ImportName { dst: m, name: n, fromlist: fl, level: *level as u16 });
                for a in names {
                    if a.name == "*" {
                        self.emit(Instr::ImportStar { module: m });
                        continue;
                    }
                    let t = self.temp()?;
                    let an = self.name_idx(&a.name);
                    self.emit(Instr::ImportFrom { dst: t, module: m, name: an });
                    self.store_name(a.asname.as_deref().unwrap_or(&a.name), t)?;
                }
            }
            StmtKind::Match { subject, cases } => self.match_stmt(subject, cases)?,
            StmtKind::TypeAlias { .. } => return err("internal: type alias not rewritten", s.loc),
        }
        self.release(mark);
        Ok(())
    }

    /// CPython omits carets for `return NAME(...)` / `NAME = NAME(...)` spanning the rest
    /// of the statement; remember that on the call's instruction.
    /// `a, b = x, y` with as many plain items on each side: CPython evaluates every
    /// right-hand item, then assigns the targets left to right. Doing exactly that through
    /// fresh temporaries needs no tuple and no unpacking (`a, b = b, a` is four moves, and
    /// `x[i], x[j] = x[j], x[i]` evaluates the subscripts at store time as before).
    /// Returns false, emitting nothing, for any other shape.
    fn parallel_assign(&mut self, target: &'a Expr, value: &'a Expr) -> CResult<bool> {
        let (ExprKind::Tuple { elts: lhs, .. } | ExprKind::List { elts: lhs, .. }) = &target.kind else { return Ok(false) };
        let ExprKind::Tuple { elts: rhs, .. } = &value.kind else { return Ok(false) };
        let starred = |e: &Expr| matches!(e.kind, ExprKind::Starred { .. });
        if lhs.len() != rhs.len() || lhs.len() > UNPACK_TO_SLOTS_MAX || lhs.iter().any(starred) || rhs.iter().any(starred) {
            return Ok(false);
        }
        let start = self.temps(rhs.len())?;
        for (i, x) in rhs.iter().enumerate() {
            let t = start + i as Reg;
            let r = self.expr(x, Some(t))?;
            if r != t {
                self.emit(Instr::Move { dst: t, src: r });
            }
        }
        for (i, t) in lhs.iter().enumerate() {
            self.store(t, start + i as Reg)?;
        }
        Ok(true)
    }

    fn mark_no_carets_call(&mut self, s: &Stmt, value: &Expr) {
        let simple_target = match &s.kind {
            StmtKind::Return { .. } => true,
            StmtKind::Assign { targets, .. } => targets.len() == 1 && matches!(targets[0].kind, ExprKind::Name { .. }),
            _ => false,
        };
        if let ExprKind::Call { func, .. } = &value.kind {
            if simple_target
                && matches!(func.kind, ExprKind::Name { .. })
                && value.loc.end_lineno == s.loc.end_lineno
                && value.loc.end_col_offset == s.loc.end_col_offset
            {
                self.no_carets_call = Some(loc_key(&value.loc));
            }
        }
    }

    /// Replays exit actions of blocks above `down_to` (a loop index; `None` = all).
    pub fn unwind_all(&mut self, down_to: Option<usize>) -> CResult<()> {
        let start = down_to.map_or(0, |d| d + 1);
        let mut i = self.unwind.len();
        while i > start {
            i -= 1;
            match &self.unwind[i] {
                Unwind::Loop { .. } => {}
                Unwind::Finally(body) => {
                    let body: &'a [Stmt] = body;
                    // Compile the finally body with only the outer blocks active.
                    let saved: Vec<Unwind<'a>> = self.unwind.drain(i..).collect();
                    let loc = self.loc;
                    self.body(body)?;
                    self.loc = loc;
                    self.unwind.extend(saved);
                }
                Unwind::Handler { name } => {
                    let name = *name;
                    self.emit(Instr::PopExcInfo);
                    if let Some(slot) = name {
                        // `except E as n:` left early: `n = None; del n`.
                        let t = self.temp()?;
                        self.load_none(t);
                        self.emit(Instr::Move { dst: slot, src: t });
                        self.emit(Instr::DeleteFast { slot });
                    }
                }
                Unwind::With { exit } => {
                    let exit = *exit;
                    let t = self.temp()?;
                    self.emit(Instr::WithExit { dst: t, exit, exc: NO_REG });
                }
            }
        }
        Ok(())
    }

    fn for_loop(&mut self, s: &'a Stmt, f: &'a ast::For) -> CResult<()> {
        let mark = self.next_temp;
        let src = self.expr(&f.iter, None)?;
        let it = self.temp()?;
        self.set_loc(&f.iter.loc);
        self.emit(Instr::GetIter { dst: it, src });
        let top = self.pc();
        let (dst, simple) = match &f.target.kind {
            ExprKind::Name { id, .. } => match self.lookup(id) {
                NameLoc::Slot(r) => (r, true),
                _ => (self.temp()?, false),
            },
            _ => (self.temp()?, false),
        };
        self.set_loc(&f.iter.loc);
        let fi = self.emit(Instr::ForIter { iter: it, dst, exit: 0 });
        if !simple {
            self.store(&f.target, dst)?;
        }
        self.unwind.push(Unwind::Loop { continue_target: top, breaks: Vec::new() });
        self.body(&f.body)?;
        self.set_loc(&s.loc);
        self.emit(Instr::JumpBack { target: top, hot: 0 });
        let Some(Unwind::Loop { breaks, .. }) = self.unwind.pop() else { unreachable!("loop block") };
        let else_pc = self.pc();
        self.patch(fi, else_pc);
        // The iterator dies when the loop ends (as CPython pops it), so an abandoned
        // generator is finalized right there.
        self.emit(Instr::Clear { slot: it });
        self.body(&f.orelse)?;
        let skip_clear = self.emit(Instr::Jump { target: 0 });
        let end = self.pc();
        for b in breaks {
            self.patch(b, end);
        }
        self.emit(Instr::Clear { slot: it });
        let after = self.pc();
        self.patch(skip_clear, after);
        self.release(mark);
        Ok(())
    }

    fn try_stmt(&mut self, t: &'a ast::Try, star: bool) -> CResult<()> {
        if !t.finalbody.is_empty() {
            let exc = self.temp()?;
            let start = self.pc();
            self.unwind.push(Unwind::Finally(&t.finalbody));
            if t.handlers.is_empty() {
                self.body(&t.body)?;
                self.body(&t.orelse)?;
            } else if star {
                self.try_except_star(t)?;
            } else {
                self.try_except(t)?;
            }
            self.unwind.pop();
            let end = self.pc();
            // Normal exit: run the finally body inline.
            self.body(&t.finalbody)?;
            let jend = self.emit(Instr::Jump { target: 0 });
            // Exceptional exit.
            let handler = self.pc();
            self.exc_table.push(ExcEntry { start, end, handler, exc });
            self.emit(Instr::PushExcInfo { exc });
            let cleanup_exc = self.temp()?;
            let body_start = self.pc();
            self.body(&t.finalbody)?;
            self.emit(Instr::PopExcInfo);
            self.emit(Instr::Reraise { exc });
            let body_end = self.pc();
            let cleanup = self.pc();
            self.exc_table.push(ExcEntry { start: body_start, end: body_end, handler: cleanup, exc: cleanup_exc });
            self.emit(Instr::PopExcInfo);
            self.emit(Instr::Reraise { exc: cleanup_exc });
            let after = self.pc();
            self.patch(jend, after);
            return Ok(());
        }
        if star {
            return self.try_except_star(t);
        }
        self.try_except(t)
    }

    fn try_except(&mut self, t: &'a ast::Try) -> CResult<()> {
        let exc = self.temp()?;
        let start = self.pc();
        self.body(&t.body)?;
        let end = self.pc();
        self.body(&t.orelse)?;
        let jend = self.emit(Instr::Jump { target: 0 });
        let handler = self.pc();
        self.exc_table.push(ExcEntry { start, end, handler, exc });
        self.emit(Instr::PushExcInfo { exc });
        let mut exits = vec![jend];
        let cleanup_exc = self.temp()?;
        let mut cleanup_ranges: Vec<(u32, u32, Option<Reg>)> = Vec::new();
        for h in &t.handlers {
            self.set_loc(&h.loc);
            let mut next_jump = None;
            if let Some(ty) = &h.type_ {
                let mark = self.next_temp;
                let tr = self.expr(ty, None)?;
                let c = self.temp()?;
                self.emit(Instr::CheckExcMatch { dst: c, exc, ty: tr });
                next_jump = Some(self.emit(Instr::JumpIfFalse { cond: c, target: 0 }));
                self.release(mark);
            }
            let name_slot = match &h.name {
                Some(n) => {
                    self.store_name(n, exc)?;
                    match self.lookup(n) {
                        NameLoc::Slot(r) => Some(r),
                        _ => None,
                    }
                }
                None => None,
            };
            let hb_start = self.pc();
            self.unwind.push(Unwind::Handler { name: name_slot });
            self.body(&h.body)?;
            self.unwind.pop();
            let hb_end = self.pc();
            cleanup_ranges.push((hb_start, hb_end, name_slot));
            self.emit(Instr::PopExcInfo);
            if let Some(n) = &h.name {
                self.delete_name_quiet(n)?;
            }
            // The handled exception (and the frames its traceback keeps) dies here, as
            // CPython's stack pops it; its finalizers run before the next statement.
            self.emit(Instr::Clear { slot: exc });
            exits.push(self.emit(Instr::Jump { target: 0 }));
            if let Some(j) = next_jump {
                let here = self.pc();
                self.patch(j, here);
            }
        }
        // No handler matched: re-raise.
        self.emit(Instr::PopExcInfo);
        self.emit(Instr::Reraise { exc });
        let cleanup = self.pc();
        for (s, e, _) in &cleanup_ranges {
            self.exc_table.push(ExcEntry { start: *s, end: *e, handler: cleanup, exc: cleanup_exc });
        }
        self.emit(Instr::PopExcInfo);
        self.emit(Instr::Reraise { exc: cleanup_exc });
        let after = self.pc();
        for j in exits {
            self.patch(j, after);
        }
        Ok(())
    }

    fn with_stmt(&mut self, items: &'a [ast::WithItem], body: &'a [Stmt]) -> CResult<()> {
        let Some((first, rest)) = items.split_first() else { return self.body(body) };
        self.set_loc(&first.context_expr.loc);
        let mgr = self.expr(&first.context_expr, None)?;
        let exit = self.temp()?;
        let entered = self.temp()?;
        self.emit(Instr::WithEnter { dst: entered, exit, mgr });
        if let Some(target) = &first.optional_vars {
            self.store(target, entered)?;
        }
        let exc = self.temp()?;
        let start = self.pc();
        self.unwind.push(Unwind::With { exit });
        if rest.is_empty() {
            self.body(body)?;
        } else {
            self.with_stmt(rest, body)?;
        }
        self.unwind.pop();
        let end = self.pc();
        let r = self.temp()?;
        // CPython 3.12+ reports the implicit `__exit__` call at the context expression.
        self.set_loc(&first.context_expr.loc);
        self.emit(Instr::WithExit { dst: r, exit, exc: NO_REG });
        let jend = self.emit(Instr::Jump { target: 0 });
        let handler = self.pc();
        self.exc_table.push(ExcEntry { start, end, handler, exc });
        self.emit(Instr::PushExcInfo { exc });
        let cleanup_exc = self.temp()?;
        let cstart = self.pc();
        self.emit(Instr::WithExit { dst: r, exit, exc });
        let cend = self.pc();
        let jsuppress = self.emit(Instr::JumpIfTrue { cond: r, target: 0 });
        self.emit(Instr::PopExcInfo);
        self.emit(Instr::Reraise { exc });
        let cleanup = self.pc();
        self.exc_table.push(ExcEntry { start: cstart, end: cend, handler: cleanup, exc: cleanup_exc });
        self.emit(Instr::PopExcInfo);
        self.emit(Instr::Reraise { exc: cleanup_exc });
        let suppress = self.pc();
        self.patch(jsuppress, suppress);
        self.emit(Instr::PopExcInfo);
        let after = self.pc();
        self.patch(jend, after);
        Ok(())
    }

    fn aug_assign(&mut self, target: &'a Expr, op: ast::Operator, value: &'a Expr) -> CResult<()> {
        let opcode = crate::object::BinOp::ALL[op as usize];
        match &target.kind {
            ExprKind::Name { id, .. } => {
                let cur = self.load_name(id, None, &target.loc)?;
                let v = self.expr(value, None)?;
                self.set_loc(&target.loc.until(value.loc));
                self.loc.anchor = self.binop_anchor(target, value);
                let dst = match self.lookup(id) {
                    NameLoc::Slot(r) => r,
                    _ => self.temp()?,
                };
                self.emit(Instr::Inplace { op: opcode, dst, a: cur, b: v });
                if !matches!(self.lookup(id), NameLoc::Slot(_)) {
                    self.store_name(id, dst)?;
                }
            }
            ExprKind::Attribute { value: obj, attr, .. } => {
                let o = self.expr(obj, None)?;
                let n = self.name_idx(attr);
                let cur = self.temp()?;
                self.set_loc(&target.loc);
                self.emit(Instr::LoadAttr { dst: cur, obj: o, name: n });
                let v = self.expr(value, None)?;
                self.set_loc(&target.loc.until(value.loc));
                self.emit(Instr::Inplace { op: opcode, dst: cur, a: cur, b: v });
                self.emit(Instr::StoreAttr { obj: o, name: n, src: cur });
            }
            ExprKind::Subscript { value: obj, slice, .. } => {
                let o = self.expr(obj, None)?;
                let k = self.expr(slice, None)?;
                let cur = self.temp()?;
                self.set_loc(&target.loc);
                self.emit(Instr::Subscript { dst: cur, obj: o, key: k });
                let v = self.expr(value, None)?;
                self.set_loc(&target.loc.until(value.loc));
                self.emit(Instr::Inplace { op: opcode, dst: cur, a: cur, b: v });
                self.emit(Instr::StoreSubscript { obj: o, key: k, src: cur });
            }
            _ => return err("'expression' is an illegal expression for augmented assignment", target.loc),
        }
        Ok(())
    }

    // ---- stores -----------------------------------------------------------------------

    pub fn store_name(&mut self, name: &str, src: Reg) -> CResult<()> {
        match self.lookup(name) {
            NameLoc::Slot(r) => {
                if r != src {
                    self.emit(Instr::Move { dst: r, src });
                }
            }
            NameLoc::Cell(c) => {
                self.emit(Instr::StoreDeref { cell: c, src });
            }
            NameLoc::Global => {
                let n = self.global_name(name);
                self.emit(Instr::StoreGlobal { src, name: n });
            }
            NameLoc::Spilled(n) => {
                self.emit(Instr::StoreSpilled { map: self.spill_map, name: n, src });
            }
        }
        Ok(())
    }

    pub(super) fn delete_name_quiet(&mut self, name: &str) -> CResult<()> {
        // `except E as n:` ends with `n = None; del n` (deleting what we just bound).
        match self.lookup(name) {
            NameLoc::Slot(r) => {
                let t = self.temp()?;
                self.load_none(t);
                self.emit(Instr::Move { dst: r, src: t });
                self.emit(Instr::DeleteFast { slot: r });
            }
            NameLoc::Cell(c) => {
                let t = self.temp()?;
                self.load_none(t);
                self.emit(Instr::StoreDeref { cell: c, src: t });
                self.emit(Instr::DeleteDeref { cell: c });
            }
            NameLoc::Spilled(n) => {
                let t = self.temp()?;
                self.load_none(t);
                self.emit(Instr::StoreSpilled { map: self.spill_map, name: n, src: t });
                self.emit(Instr::DeleteSpilled { map: self.spill_map, name: n });
            }
            NameLoc::Global => {
                let t = self.temp()?;
                self.load_none(t);
                let n = self.global_name(name);
                self.emit(Instr::StoreGlobal { src: t, name: n });
                self.emit(Instr::DeleteGlobal { name: n });
            }
        }
        Ok(())
    }

    pub fn store(&mut self, target: &'a Expr, src: Reg) -> CResult<()> {
        match &target.kind {
            ExprKind::Name { id, .. } => self.store_name(id, src),
            ExprKind::Attribute { value, attr, .. } => {
                let o = self.expr(value, None)?;
                let n = self.name_idx(attr);
                self.set_loc(&target.loc);
                self.emit(Instr::StoreAttr { obj: o, name: n, src });
                Ok(())
            }
            ExprKind::Subscript { value, slice, .. } => {
                let o = self.expr(value, None)?;
                let k = self.expr(slice, None)?;
                self.set_loc(&target.loc);
                self.emit(Instr::StoreSubscript { obj: o, key: k, src });
                Ok(())
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                let star = elts.iter().position(|e| matches!(e.kind, ExprKind::Starred { .. }));
                if elts.iter().filter(|e| matches!(e.kind, ExprKind::Starred { .. })).count() > 1 {
                    return err("multiple starred expressions in assignment", target.loc);
                }
                if star.is_some_and(|i| i > 255 || elts.len() - i > 1 << 24) {
                    // CPython's limits: 255 names before the star, 2**24 after it.
                    return err("too many expressions in star-unpacking assignment", target.loc);
                }
                if elts.len() > UNPACK_TO_SLOTS_MAX || star.is_some_and(|i| elts.len() - i - 1 > 255) {
                    return self.store_unpacked_via_list(elts, star, src, target);
                }
                let mark = self.next_temp;
                self.set_loc(&target.loc);
                let dst = self.temps(elts.len())?;
                match star {
                    None => {
                        self.emit(Instr::UnpackSequence { src, dst, count: elts.len() as u16 });
                    }
                    Some(i) => {
                        self.emit(Instr::UnpackEx { src, dst, before: i as u8, after: (elts.len() - i - 1) as u8 });
                    }
                }
                for (i, e) in elts.iter().enumerate() {
                    let e = match &e.kind {
                        ExprKind::Starred { value, .. } => value,
                        _ => e,
                    };
                    self.store(e, dst + i as Reg)?;
                }
                self.release(mark);
                Ok(())
            }
            ExprKind::Starred { .. } => err("starred assignment target must be in a list or tuple", target.loc),
            _ => err("cannot assign to expression", target.loc),
        }
    }

    /// An unpacking assignment with more targets than the register file has room for,
    /// or more names after the star than `UnpackEx`'s byte: the items go into one list,
    /// then each target is stored from it in turn.
    fn store_unpacked_via_list(&mut self, elts: &'a [Expr], star: Option<usize>, src: Reg, target: &'a Expr) -> CResult<()> {
        let mark = self.next_temp;
        let shape: Vec<Value> = match star {
            None => vec![new_int(elts.len() as i64)],
            Some(i) => vec![new_int(i as i64), new_int((elts.len() - i - 1) as i64)],
        };
        let shape = self.konst(None, crate::builtins::tuple::new_tuple(shape));
        let list = self.temp()?;
        self.set_loc(&target.loc);
        self.emit(Instr::UnpackToList { dst: list, src, shape });
        for (i, e) in elts.iter().enumerate() {
            let e = match &e.kind {
                ExprKind::Starred { value, .. } => value,
                _ => e,
            };
            let item_mark = self.next_temp;
            let key = self.temp()?;
            let idx = self.konst(Some(format!("i{i}")), new_int(i as i64));
            self.emit(Instr::LoadConst { dst: key, idx });
            let item = self.temp()?;
            self.emit(Instr::Subscript { dst: item, obj: list, key });
            self.store(e, item)?;
            self.release(item_mark);
        }
        self.release(mark);
        Ok(())
    }

    fn delete(&mut self, target: &'a Expr) -> CResult<()> {
        self.set_loc(&target.loc);
        match &target.kind {
            ExprKind::Name { id, .. } => {
                match self.lookup(id) {
                    NameLoc::Slot(r) => {
                        self.emit(Instr::DeleteFast { slot: r });
                    }
                    NameLoc::Cell(c) => {
                        self.emit(Instr::DeleteDeref { cell: c });
                    }
                    NameLoc::Spilled(n) => {
                        self.emit(Instr::DeleteSpilled { map: self.spill_map, name: n });
                    }
                    NameLoc::Global => {
                        let n = self.global_name(id);
                        self.emit(Instr::DeleteGlobal { name: n });
                    }
                }
                Ok(())
            }
            ExprKind::Attribute { value, attr, .. } => {
                let o = self.expr(value, None)?;
                let n = self.name_idx(attr);
                self.set_loc(&target.loc);
                self.emit(Instr::DeleteAttr { obj: o, name: n });
                Ok(())
            }
            ExprKind::Subscript { value, slice, .. } => {
                let o = self.expr(value, None)?;
                let k = self.expr(slice, None)?;
                self.set_loc(&target.loc);
                self.emit(Instr::DeleteSubscript { obj: o, key: k });
                Ok(())
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                for e in elts {
                    self.delete(e)?;
                }
                Ok(())
            }
            _ => err("cannot delete expression", target.loc),
        }
    }

    // ---- functions ------------------------------------------------------------------

    pub fn make_function(&mut self, s: &'a Stmt, f: &'a ast::FunctionDef) -> CResult<Reg> {
        let mark = self.next_temp;
        let mut decorators = Vec::new();
        for d in &f.decorator_list {
            decorators.push(self.expr_to_temp(d)?);
        }
        let scope = *self.m.table.by_loc.get(&loc_key(&s.loc)).ok_or_else(|| CompileError { msg: "internal: function scope not found".into(), loc: s.loc })?;
        let qual = self.child_qualname(&f.name);
        let mut child = FnBuilder::new(self.m, scope, &f.name, &qual, Some(&f.args), s.loc.lineno)?;
        child.body_with_doc(&f.body)?;
        let func = self.build_function(child, &f.args, mark)?;
        self.function_annotations(s, f, func)?;
        let mut cur = func;
        for d in decorators.into_iter().rev() {
            let base = self.temps(2)?;
            self.emit(Instr::Move { dst: base, src: d });
            self.emit(Instr::Move { dst: base + 1, src: cur });
            self.emit(Instr::Call { dst: base, func: base, argc: 1, kwnames: u32::MAX, method: false });
            cur = base;
        }
        Ok(cur)
    }

    pub fn child_qualname(&self, name: &str) -> String {
        // What a PEP 695 helper (`type_params.rs`) defines is named as if the helper
        // were not there: `C.m`, not `C.<generic parameters of m>.<locals>.m`.
        if let Some(outer) = self.qualname.strip_suffix('>').and_then(|q| q.rsplit_once("<generic parameters of ")).map(|(outer, _)| outer) {
            return format!("{outer}{name}");
        }
        match self.m.table.scopes[self.scope].kind {
            ScopeKind::Module => name.to_string(),
            ScopeKind::Class => format!("{}.{name}", self.qualname),
            _ => format!("{}.<locals>.{name}", self.qualname),
        }
    }

    /// Emits MAKE_FUNCTION for a finished child builder; returns the register.
    pub fn build_function(&mut self, child: FnBuilder<'m, 'a>, args: &'a ast::Arguments, _mark: u32) -> CResult<Reg> {
        let freenames = child.freenames.clone();
        let code = child.finish();
        let base = self.temps(3)?;
        // Defaults.
        if args.defaults.is_empty() {
            self.load_none(base);
        } else {
            let mark = self.next_temp;
            let start = self.temps(args.defaults.len())?;
            for (i, d) in args.defaults.iter().enumerate() {
                self.expr(d, Some(start + i as Reg))?;
            }
            self.emit(Instr::BuildTuple { dst: base, start, count: args.defaults.len() as u16 });
            self.release(mark);
        }
        // Keyword-only defaults.
        let kw: Vec<(&ast::Arg, &Expr)> = args.kwonlyargs.iter().zip(&args.kw_defaults).filter_map(|(a, d)| d.as_ref().map(|d| (a, d))).collect();
        if kw.is_empty() {
            self.load_none(base + 1);
        } else {
            let mark = self.next_temp;
            let start = self.temps(kw.len() * 2)?;
            for (i, (a, d)) in kw.iter().enumerate() {
                let k = self.konst(Some(format!("s{}", a.arg)), new_str(&a.arg));
                self.emit(Instr::LoadConst { dst: start + 2 * i as Reg, idx: k });
                self.expr(d, Some(start + 2 * i as Reg + 1))?;
            }
            self.emit(Instr::BuildMap { dst: base + 1, start, count: kw.len() as u16 });
            self.release(mark);
        }
        // Closure.
        if freenames.is_empty() {
            self.load_none(base + 2);
        } else {
            let mark = self.next_temp;
            let start = self.temps(freenames.len())?;
            for (i, n) in freenames.iter().enumerate() {
                match (self.lookup(n), self.passthrough_cells.get(n)) {
                    (_, Some(&c)) | (NameLoc::Cell(c), None) => {
                        self.emit(Instr::Move { dst: start + i as Reg, src: c });
                    }
                    _ => return err(format!("internal: free variable '{n}' has no cell"), ast::Location::default()),
                }
            }
            self.emit(Instr::BuildTuple { dst: base + 2, start, count: freenames.len() as u16 });
            self.release(mark);
        }
        let k = self.konst(None, code);
        self.emit(Instr::MakeFunction { dst: base, code: k, base });
        Ok(base)
    }

    pub fn const_value(&mut self, c: &ast::Constant) -> (Option<String>, Value) {
        use ast::Constant as C;
        match c {
            C::None => (Some("N".into()), none()),
            C::True => (Some("T".into()), py_bool(true)),
            C::False => (Some("F".into()), py_bool(false)),
            C::Ellipsis => (Some("E".into()), Value::from_static(&ELLIPSIS)),
            C::Int(ast::Int::Small(i)) => (Some(format!("i{i}")), crate::builtins::int::new_int(*i)),
            C::Int(ast::Int::Big(s)) => {
                // Literals too large for a machine word come as their source text; the
                // digit limit does not apply to literals.
                let v = crate::numeric::int_text::parse_int(s, 0, 0).unwrap_or_default();
                (Some(format!("I{s}")), new_bigint(v))
            }
            C::Float(f) => (Some(format!("f{}", f.to_bits())), crate::builtins::float::new_float(*f)),
            C::Complex { imag } => (
                Some(format!("j{}", imag.to_bits())),
                crate::builtins::complex::new_complex(crate::numeric::complex::Complex::new(0.0, *imag)),
            ),
            C::Str(s) => match s.as_str() {
                Some(text) => (Some(format!("s{text}")), new_str(text)),
                // Lone surrogates: keyed by the exact bytes, kept in the str.
                None => (Some(format!("w{:?}", s.as_wtf8())), crate::builtins::str::new_str_wtf8(s.as_wtf8())),
            },
            C::Bytes(b) => (None, crate::builtins::bytes::new_bytes(b.clone())),
        }
    }
}

/// True for expressions whose instruction writes its destination once, after reading
/// all operands (so the destination may be the assigned variable itself).
fn writes_dst_once(e: &Expr) -> bool {
    matches!(
        e.kind,
        ExprKind::BinOp { .. }
            | ExprKind::UnaryOp { .. }
            | ExprKind::Constant { .. }
            | ExprKind::Call { .. }
            | ExprKind::Subscript { .. }
            | ExprKind::Attribute { .. }
            | ExprKind::List { .. }
            | ExprKind::Tuple { .. }
            | ExprKind::Dict { .. }
            | ExprKind::JoinedStr { .. }
    ) && !contains_walrus(e)
}

fn contains_walrus(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::NamedExpr { .. } => true,
        ExprKind::BinOp { left, right, .. } => contains_walrus(left) || contains_walrus(right),
        ExprKind::UnaryOp { operand, .. } => contains_walrus(operand),
        ExprKind::Call { func, args, keywords } => contains_walrus(func) || args.iter().any(contains_walrus) || keywords.iter().any(|k| contains_walrus(&k.value)),
        ExprKind::Subscript { value, slice, .. } => contains_walrus(value) || contains_walrus(slice),
        ExprKind::Attribute { value, .. } => contains_walrus(value),
        ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => elts.iter().any(contains_walrus),
        ExprKind::Dict { keys, values } => keys.iter().flatten().any(contains_walrus) || values.iter().any(contains_walrus),
        _ => false,
    }
}

fn is_true_constant(e: &Expr) -> bool {
    matches!(&e.kind, ExprKind::Constant { value: ast::Constant::True, .. })
        || matches!(&e.kind, ExprKind::Constant { value: ast::Constant::Int(ast::Int::Small(i)), .. } if *i != 0)
}
