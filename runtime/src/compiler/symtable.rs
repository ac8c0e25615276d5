//! Scope analysis: decides for every name in every scope whether it is a local slot,
//! a cell (a local captured by an inner function), a free variable (captured from an
//! enclosing function), or a global (explicit `global`, or implicit at module level
//! and for names never bound in any enclosing function).
//!
//! Two passes, as in CPython's symtable: the first walks the AST recording what each
//! scope binds, declares and uses; the second resolves names top-down, marking the
//! binding scope's variable as a cell when an inner scope refers to it. Class scopes
//! are skipped when resolving free variables (their names are not visible to methods).
//! List/set/dict comprehensions are scopes for this analysis but the code generator
//! inlines them (PEP 709); generator expressions and lambdas are real functions.

use std::collections::{HashMap, HashSet};

use braid_parser::ast::{self, Expr, ExprKind, Stmt, StmtKind};

/// Index of a scope in [`SymTable::scopes`].
pub type ScopeId = usize;

/// What kind of block a scope is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    /// Module body.
    Module,
    /// `def` or `lambda`.
    Function,
    /// Class body.
    Class,
    /// List/set/dict comprehension (inlined).
    Comprehension,
    /// Generator expression (a real function).
    GenExpr,
}

/// How a name resolves in a scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resolution {
    /// A slot of this frame.
    Local,
    /// A local captured by an inner scope: lives in a cell.
    Cell,
    /// Captured from an enclosing function: a cell received through the closure.
    Free,
    /// Module global (explicit or implicit).
    Global,
    /// In an inlined comprehension: resolve in the enclosing scope.
    Inherit,
}

/// One scope.
#[derive(Debug)]
pub struct Scope {
    /// Kind.
    pub kind: ScopeKind,
    /// Enclosing scope.
    pub parent: Option<ScopeId>,
    /// Names bound here (assignment, parameter, import, def, for target ...).
    pub bound: Vec<String>,
    bound_set: HashSet<String>,
    /// Parameters in order.
    pub params: Vec<String>,
    /// Names declared `global`.
    pub globals: HashSet<String>,
    /// Names declared `nonlocal`.
    pub nonlocals: HashSet<String>,
    /// Names used (read) here.
    pub used: Vec<String>,
    /// Final resolution of every name seen here.
    pub resolved: HashMap<String, Resolution>,
    /// Free variables in first-use order.
    pub free: Vec<String>,
    /// Contains yield.
    pub is_generator: bool,
    /// Child scopes in source order.
    pub children: Vec<ScopeId>,
    /// An annotation scope of a class (the class's own or a method's): its global names
    /// are looked up in the class namespace first, through the `__classdict__` cell.
    pub classdict: bool,
}

/// All scopes of a module; scope 0 is the module.
#[derive(Debug, Default)]
pub struct SymTable {
    /// Scopes.
    pub scopes: Vec<Scope>,
    /// Scope of each function/lambda/comprehension node, keyed by its location.
    pub by_loc: HashMap<(u32, u32, u32, u32), ScopeId>,
    /// The annotation scope (PEP 649 `__annotate__`) of a `def` or `class` statement,
    /// keyed by the statement's location; the module's is keyed by `MODULE_KEY`.
    pub annotate_by_loc: HashMap<(u32, u32, u32, u32), ScopeId>,
    /// `from __future__ import annotations`: annotations are strings, no scopes.
    pub future_annotations: bool,
}

/// The `annotate_by_loc` key of the module's annotation scope.
pub const MODULE_KEY: (u32, u32, u32, u32) = (0, 0, 0, 0);

/// Error found during analysis (a SyntaxError).
#[derive(Debug)]
pub struct ScopeError {
    /// Message.
    pub msg: String,
    /// Where.
    pub loc: ast::Location,
}

fn key(loc: &ast::Location) -> (u32, u32, u32, u32) {
    (loc.lineno, loc.col_offset, loc.end_lineno, loc.end_col_offset)
}

struct Builder {
    table: SymTable,
    cur: ScopeId,
    errors: Vec<ScopeError>,
    /// Locations of the class statements being visited, innermost last.
    class_locs: Vec<(u32, u32, u32, u32)>,
}

/// The annotations of a `def`, in CPython's `__annotations__` order: ordinary
/// parameters, positional-only ones, `*args`, keyword-only, `**kwargs`, then `return`.
pub fn function_annotation_items(f: &ast::FunctionDef) -> Vec<(&str, &Expr)> {
    let a = &f.args;
    let params = a.args.iter().chain(&a.posonlyargs).chain(a.vararg.as_deref()).chain(&a.kwonlyargs).chain(a.kwarg.as_deref());
    let mut out: Vec<(&str, &Expr)> = params.filter_map(|p| p.annotation.as_deref().map(|e| (p.arg.as_str(), e))).collect();
    if let Some(r) = f.returns.as_deref() {
        out.push(("return", r));
    }
    out
}

fn function_annotations(f: &ast::FunctionDef) -> Vec<&Expr> {
    function_annotation_items(f).into_iter().map(|(_, e)| e).collect()
}

/// Whether the module starts (after its docstring) with `from __future__ import annotations`.
pub fn has_future_annotations(body: &[Stmt]) -> bool {
    let mut rest = body;
    if let Some(Stmt { kind: StmtKind::Expr { value }, .. }) = rest.first() {
        if matches!(value.kind, ExprKind::Constant { value: ast::Constant::Str(_), .. }) {
            rest = &rest[1..];
        }
    }
    for s in rest {
        match &s.kind {
            StmtKind::ImportFrom { module: Some(m), names, level: 0 } if m == "__future__" => {
                if names.iter().any(|a| a.name == "annotations") {
                    return true;
                }
            }
            _ => return false,
        }
    }
    false
}

impl Builder {
    fn new_scope(&mut self, kind: ScopeKind, loc: Option<&ast::Location>) -> ScopeId {
        let id = self.table.scopes.len();
        self.table.scopes.push(Scope {
            kind,
            parent: if id == 0 { None } else { Some(self.cur) },
            bound: Vec::new(),
            bound_set: HashSet::new(),
            params: Vec::new(),
            globals: HashSet::new(),
            nonlocals: HashSet::new(),
            used: Vec::new(),
            resolved: HashMap::new(),
            free: Vec::new(),
            is_generator: false,
            children: Vec::new(),
            classdict: false,
        });
        if id != 0 {
            self.table.scopes[self.cur].children.push(id);
        }
        if let Some(l) = loc {
            self.table.by_loc.insert(key(l), id);
        }
        id
    }

    /// The annotation scope registered under `key`, made (a child of the current scope,
    /// with the one parameter `.format`) on first use.
    fn annotation_scope(&mut self, key: (u32, u32, u32, u32)) -> ScopeId {
        if let Some(&id) = self.table.annotate_by_loc.get(&key) {
            return id;
        }
        let in_class = self.table.scopes[self.cur].kind == ScopeKind::Class;
        if in_class {
            self.bind("__classdict__");
        }
        let saved = self.cur;
        let id = self.new_scope(ScopeKind::Function, None);
        self.table.annotate_by_loc.insert(key, id);
        self.cur = id;
        self.bind(".format");
        self.table.scopes[id].params.push(".format".into());
        if in_class {
            self.table.scopes[id].classdict = true;
            self.use_name("__classdict__");
        }
        self.cur = saved;
        id
    }

    /// CPython 3.14's SyntaxError for `what` inside an annotation scope (also inside a
    /// comprehension there).
    fn not_in_annotation(&mut self, what: &str, loc: &ast::Location) {
        let mut s = self.cur;
        while self.table.scopes[s].kind == ScopeKind::Comprehension {
            s = self.table.scopes[s].parent.unwrap_or(0);
        }
        if self.table.scopes[s].params.first().is_some_and(|p| p == ".format") {
            self.errors.push(ScopeError { msg: format!("{what} cannot be used within an annotation"), loc: *loc });
        }
    }

    /// Visits `annotations` inside the annotation scope under `key`.
    fn annotations(&mut self, key: (u32, u32, u32, u32), annotations: &[&Expr]) {
        if self.table.future_annotations || annotations.is_empty() {
            return;
        }
        let id = self.annotation_scope(key);
        let saved = self.cur;
        self.cur = id;
        for a in annotations {
            self.expr(a);
        }
        self.cur = saved;
    }

    fn bind(&mut self, name: &str) {
        let s = &mut self.table.scopes[self.cur];
        if s.bound_set.insert(name.to_string()) {
            s.bound.push(name.to_string());
        }
    }

    fn bind_in(&mut self, scope: ScopeId, name: &str) {
        let s = &mut self.table.scopes[scope];
        if s.bound_set.insert(name.to_string()) {
            s.bound.push(name.to_string());
        }
    }

    fn use_name(&mut self, name: &str) {
        self.table.scopes[self.cur].used.push(name.to_string());
        if name == "super" && self.table.scopes[self.cur].kind != ScopeKind::Class {
            // Zero-argument `super()` reads the implicit `__class__` cell, as CPython's
            // compiler arranges for any function that names `super`.
            self.use_name("__class__");
        }
        // Inlined comprehensions read the enclosing function's variables directly, so a
        // use inside one is a use in the nearest enclosing non-comprehension scope.
        let mut s = self.cur;
        while self.table.scopes[s].kind == ScopeKind::Comprehension {
            s = self.table.scopes[s].parent.unwrap_or(0);
            self.table.scopes[s].used.push(name.to_string());
        }
    }

    fn stmts(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn args(&mut self, args: &ast::Arguments) {
        for d in &args.defaults {
            self.expr(d);
        }
        for d in args.kw_defaults.iter().flatten() {
            self.expr(d);
        }
    }

    fn params(&mut self, args: &ast::Arguments) {
        let mut names: Vec<&str> = Vec::new();
        for a in args.posonlyargs.iter().chain(&args.args) {
            names.push(&a.arg);
        }
        for a in &args.kwonlyargs {
            names.push(&a.arg);
        }
        if let Some(a) = &args.vararg {
            names.push(&a.arg);
        }
        if let Some(a) = &args.kwarg {
            names.push(&a.arg);
        }
        for n in names {
            self.bind(n);
            self.table.scopes[self.cur].params.push(n.to_string());
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::FunctionDef(f) | StmtKind::AsyncFunctionDef(f) => {
                for d in &f.decorator_list {
                    self.expr(d);
                }
                self.args(&f.args);
                self.annotations(key(&s.loc), &function_annotations(f));
                self.bind(&f.name);
                let saved = self.cur;
                let id = self.new_scope(ScopeKind::Function, Some(&s.loc));
                self.cur = id;
                self.params(&f.args);
                self.stmts(&f.body);
                self.cur = saved;
            }
            StmtKind::ClassDef { name, bases, keywords, body, decorator_list, .. } => {
                for e in decorator_list.iter().chain(bases) {
                    self.expr(e);
                }
                for k in keywords {
                    self.expr(&k.value);
                }
                self.bind(name);
                let saved = self.cur;
                let id = self.new_scope(ScopeKind::Class, Some(&s.loc));
                self.cur = id;
                // The implicit `__class__` cell: resolved Local unless a method captures
                // it (then Cell, see `find_enclosing`).
                self.bind("__class__");
                self.class_locs.push(key(&s.loc));
                self.stmts(body);
                self.class_locs.pop();
                self.cur = saved;
            }
            StmtKind::Return { value } => {
                if let Some(v) = value {
                    self.expr(v);
                }
            }
            StmtKind::Delete { targets } => {
                for t in targets {
                    self.target(t);
                }
            }
            StmtKind::Assign { targets, value, .. } => {
                self.expr(value);
                for t in targets {
                    self.target(t);
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value);
                if let ExprKind::Name { id, .. } = &target.kind {
                    self.use_name(id);
                }
                self.target(target);
            }
            StmtKind::AnnAssign { target, value, annotation, simple } => {
                let owner = match self.table.scopes[self.cur].kind {
                    ScopeKind::Module => Some(MODULE_KEY),
                    ScopeKind::Class => self.class_locs.last().copied(),
                    _ => None,
                };
                if let (Some(k), ExprKind::Name { .. }, 1) = (owner, &target.kind, *simple) {
                    self.annotations(k, &[annotation]);
                }
                if let Some(v) = value {
                    self.expr(v);
                    self.target(target);
                } else if let ExprKind::Name { id, .. } = &target.kind {
                    // An annotation alone makes the name local in a function.
                    if self.table.scopes[self.cur].kind == ScopeKind::Function {
                        self.bind(id);
                    }
                }
            }
            StmtKind::For(f) | StmtKind::AsyncFor(f) => {
                self.expr(&f.iter);
                self.target(&f.target);
                self.stmts(&f.body);
                self.stmts(&f.orelse);
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(test);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::With(w) | StmtKind::AsyncWith(w) => {
                for item in &w.items {
                    self.expr(&item.context_expr);
                    if let Some(v) = &item.optional_vars {
                        self.target(v);
                    }
                }
                self.stmts(&w.body);
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject);
                for c in cases {
                    self.pattern(&c.pattern);
                    if let Some(g) = &c.guard {
                        self.expr(g);
                    }
                    self.stmts(&c.body);
                }
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e);
                }
                if let Some(c) = cause {
                    self.expr(c);
                }
            }
            StmtKind::Try(t) | StmtKind::TryStar(t) => {
                self.stmts(&t.body);
                for h in &t.handlers {
                    if let Some(ty) = &h.type_ {
                        self.expr(ty);
                    }
                    if let Some(n) = &h.name {
                        self.bind(n);
                    }
                    self.stmts(&h.body);
                }
                self.stmts(&t.orelse);
                self.stmts(&t.finalbody);
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test);
                if let Some(m) = msg {
                    self.expr(m);
                }
            }
            StmtKind::Import { names } => {
                for a in names {
                    let n = a.asname.as_deref().unwrap_or_else(|| a.name.split('.').next().unwrap_or(&a.name));
                    self.bind(n);
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if a.name != "*" {
                        self.bind(a.asname.as_deref().unwrap_or(&a.name));
                    }
                }
            }
            StmtKind::Global { names } => {
                for n in names {
                    self.table.scopes[self.cur].globals.insert(n.clone());
                }
            }
            StmtKind::Nonlocal { names } => {
                for n in names {
                    if self.table.scopes[self.cur].kind == ScopeKind::Module {
                        self.errors.push(ScopeError { msg: "nonlocal declaration not allowed at module level".into(), loc: s.loc });
                    }
                    self.table.scopes[self.cur].nonlocals.insert(n.clone());
                }
            }
            StmtKind::Expr { value } => self.expr(value),
            StmtKind::TypeAlias { name, value, .. } => {
                self.expr(value);
                self.target(name);
            }
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
    }

    fn pattern(&mut self, p: &ast::Pattern) {
        use ast::PatternKind as P;
        match &p.kind {
            P::MatchValue { value } => self.expr(value),
            P::MatchSingleton { .. } => {}
            P::MatchSequence { patterns } | P::MatchOr { patterns } => {
                for q in patterns {
                    self.pattern(q);
                }
            }
            P::MatchMapping { keys, patterns, rest } => {
                for k in keys {
                    self.expr(k);
                }
                for q in patterns {
                    self.pattern(q);
                }
                if let Some(r) = rest {
                    self.bind(r);
                }
            }
            P::MatchClass { cls, patterns, kwd_patterns, .. } => {
                self.expr(cls);
                for q in patterns.iter().chain(kwd_patterns) {
                    self.pattern(q);
                }
            }
            P::MatchStar { name } => {
                if let Some(n) = name {
                    self.bind(n);
                }
            }
            P::MatchAs { pattern, name } => {
                if let Some(q) = pattern {
                    self.pattern(q);
                }
                if let Some(n) = name {
                    self.bind(n);
                }
            }
        }
    }

    fn target(&mut self, t: &Expr) {
        match &t.kind {
            ExprKind::Name { id, .. } => self.bind(id),
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                for e in elts {
                    self.target(e);
                }
            }
            ExprKind::Starred { value, .. } => self.target(value),
            ExprKind::Attribute { value, .. } => self.expr(value),
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value);
                self.expr(slice);
            }
            _ => self.expr(t),
        }
    }

    fn comprehension(&mut self, kind: ScopeKind, loc: &ast::Location, generators: &[ast::Comprehension], elts: &[&Expr]) {
        // The first iterable is evaluated in the enclosing scope.
        if let Some(first) = generators.first() {
            self.expr(&first.iter);
        }
        let saved = self.cur;
        let id = self.new_scope(kind, Some(loc));
        self.cur = id;
        if kind == ScopeKind::GenExpr {
            self.table.scopes[id].is_generator = true;
            self.table.scopes[id].params.push(".0".into());
            self.bind(".0");
        }
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter);
            }
            self.target(&g.target);
            for c in &g.ifs {
                self.expr(c);
            }
        }
        for e in elts {
            self.expr(e);
        }
        self.cur = saved;
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::BoolOp { values, .. } => {
                for v in values {
                    self.expr(v);
                }
            }
            ExprKind::NamedExpr { target, value } => {
                self.not_in_annotation("named expression", &e.loc);
                self.expr(value);
                if let ExprKind::Name { id, .. } = &target.kind {
                    // Walrus in a comprehension binds in the enclosing function.
                    let mut s = self.cur;
                    while matches!(self.table.scopes[s].kind, ScopeKind::Comprehension | ScopeKind::GenExpr) {
                        s = self.table.scopes[s].parent.unwrap_or(0);
                    }
                    self.bind_in(s, id);
                    if s != self.cur {
                        let mut c = self.cur;
                        while c != s {
                            self.table.scopes[c].nonlocals.insert(id.clone());
                            c = self.table.scopes[c].parent.unwrap_or(0);
                        }
                        if self.table.scopes[s].kind == ScopeKind::Module {
                            let mut c = self.cur;
                            while c != s {
                                self.table.scopes[c].nonlocals.remove(id);
                                self.table.scopes[c].globals.insert(id.clone());
                                c = self.table.scopes[c].parent.unwrap_or(0);
                            }
                        }
                    }
                }
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left);
                self.expr(right);
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand),
            ExprKind::Lambda { args, body } => {
                self.args(args);
                let saved = self.cur;
                let id = self.new_scope(ScopeKind::Function, Some(&e.loc));
                self.cur = id;
                self.params(args);
                self.expr(body);
                self.cur = saved;
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test);
                self.expr(body);
                self.expr(orelse);
            }
            ExprKind::Dict { keys, values } => {
                for k in keys.iter().flatten() {
                    self.expr(k);
                }
                for v in values {
                    self.expr(v);
                }
            }
            ExprKind::Set { elts } | ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
                for v in elts {
                    self.expr(v);
                }
            }
            ExprKind::ListComp { elt, generators } | ExprKind::SetComp { elt, generators } => {
                self.comprehension(ScopeKind::Comprehension, &e.loc, generators, &[elt]);
            }
            ExprKind::DictComp { key, value, generators } => {
                self.comprehension(ScopeKind::Comprehension, &e.loc, generators, &[key, value]);
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(ScopeKind::GenExpr, &e.loc, generators, &[elt]);
            }
            ExprKind::Await { value } | ExprKind::YieldFrom { value } => {
                let what = if matches!(e.kind, ExprKind::Await { .. }) { "await expression" } else { "yield expression" };
                self.not_in_annotation(what, &e.loc);
                self.table.scopes[self.cur].is_generator = true;
                self.expr(value);
            }
            ExprKind::Yield { value } => {
                self.not_in_annotation("yield expression", &e.loc);
                self.table.scopes[self.cur].is_generator = true;
                if let Some(v) = value {
                    self.expr(v);
                }
            }
            ExprKind::Compare { left, comparators, .. } => {
                self.expr(left);
                for c in comparators {
                    self.expr(c);
                }
            }
            ExprKind::Call { func, args, keywords } => {
                self.expr(func);
                for a in args {
                    self.expr(a);
                }
                for k in keywords {
                    self.expr(&k.value);
                }
            }
            ExprKind::FormattedValue { value, format_spec, .. } | ExprKind::Interpolation { value, format_spec, .. } => {
                self.expr(value);
                if let Some(f) = format_spec {
                    self.expr(f);
                }
            }
            ExprKind::JoinedStr { values } | ExprKind::TemplateStr { values } => {
                for v in values {
                    self.expr(v);
                }
            }
            ExprKind::Constant { .. } => {}
            ExprKind::Attribute { value, .. } => self.expr(value),
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value);
                self.expr(slice);
            }
            ExprKind::Starred { value, .. } => self.expr(value),
            ExprKind::Name { id, ctx } => match ctx {
                ast::ExprContext::Load => self.use_name(id),
                _ => self.bind(id),
            },
            ExprKind::Slice { lower, upper, step } => {
                for p in [lower, upper, step].into_iter().flatten() {
                    self.expr(p);
                }
            }
        }
    }
}

/// True when `scope` binds `name` as a function-level variable visible to inner scopes.
fn binds_locally(table: &SymTable, scope: ScopeId, name: &str) -> bool {
    let s = &table.scopes[scope];
    s.bound_set.contains(name) && !s.globals.contains(name) && !s.nonlocals.contains(name)
}

fn resolve(table: &mut SymTable, id: ScopeId, errors: &mut Vec<ScopeError>) {
    let kind = table.scopes[id].kind;
    let mut names: Vec<String> = table.scopes[id].bound.clone();
    // A set beside the ordered list keeps this linear in the number of names.
    let mut seen: std::collections::HashSet<String> = names.iter().cloned().collect();
    for u in table.scopes[id].used.clone().into_iter().chain(table.scopes[id].nonlocals.clone()) {
        if seen.insert(u.clone()) {
            names.push(u);
        }
    }
    for name in names {
        let s = &table.scopes[id];
        let r = if s.globals.contains(&name) || kind == ScopeKind::Module {
            Resolution::Global
        } else if kind == ScopeKind::Comprehension && !s.bound_set.contains(&name) {
            // Inlined: the enclosing scope's variable is used directly (this includes
            // walrus targets, which the comprehension declares nonlocal).
            Resolution::Inherit
        } else if s.nonlocals.contains(&name) {
            match find_enclosing(table, id, &name) {
                Some(_) => Resolution::Free,
                None => {
                    errors.push(ScopeError { msg: format!("no binding for nonlocal '{name}' found"), loc: ast::Location::default() });
                    Resolution::Global
                }
            }
        } else if s.bound_set.contains(&name) {
            Resolution::Local
        } else if kind == ScopeKind::Comprehension {
            Resolution::Inherit
        } else if find_enclosing(table, id, &name).is_some() {
            Resolution::Free
        } else {
            Resolution::Global
        };
        table.scopes[id].resolved.insert(name.clone(), r);
        if r == Resolution::Free {
            mark_captured(table, id, &name);
        }
    }
    for child in table.scopes[id].children.clone() {
        resolve(table, child, errors);
    }
}

/// The nearest enclosing function-like scope that binds `name` (class scopes skipped).
fn find_enclosing(table: &SymTable, id: ScopeId, name: &str) -> Option<ScopeId> {
    let mut cur = table.scopes[id].parent;
    while let Some(p) = cur {
        let s = &table.scopes[p];
        match s.kind {
            ScopeKind::Module => return None,
            // A class scope is invisible to its methods except for the implicit
            // `__class__` cell every class body provides, and the `__classdict__` cell
            // of one with annotation scopes.
            ScopeKind::Class if name == "__class__" || name == "__classdict__" => return Some(p),
            ScopeKind::Class => {}
            _ => {
                if s.globals.contains(name) {
                    return None;
                }
                if binds_locally(table, p, name) || (s.nonlocals.contains(name) && find_enclosing(table, p, name).is_some()) {
                    return Some(p);
                }
            }
        }
        cur = s.parent;
    }
    None
}

/// Marks `name` free in every scope between `id` and its binder, and a cell in the binder.
fn mark_captured(table: &mut SymTable, id: ScopeId, name: &str) {
    if !table.scopes[id].free.iter().any(|n| n == name) {
        table.scopes[id].free.push(name.to_string());
    }
    let Some(binder) = find_enclosing(table, id, name) else { return };
    let mut cur = table.scopes[id].parent;
    while let Some(p) = cur {
        if p == binder {
            break;
        }
        // A class body in between carries the cell too: it builds its methods'
        // closures (CPython lists such names in the class body's free variables).
        if table.scopes[p].kind != ScopeKind::Comprehension {
            if !table.scopes[p].free.iter().any(|n| n == name) {
                table.scopes[p].free.push(name.to_string());
            }
            table.scopes[p].resolved.entry(name.to_string()).or_insert(Resolution::Free);
        }
        cur = table.scopes[p].parent;
    }
    if table.scopes[binder].nonlocals.contains(name) {
        mark_captured(table, binder, name);
    } else {
        table.scopes[binder].resolved.insert(name.to_string(), Resolution::Cell);
    }
}

/// Analyses a module.
pub fn analyze(module: &ast::Module) -> Result<SymTable, ScopeError> {
    let mut b = Builder { table: SymTable::default(), cur: 0, errors: Vec::new(), class_locs: Vec::new() };
    b.table.future_annotations = has_future_annotations(&module.body);
    b.new_scope(ScopeKind::Module, None);
    b.stmts(&module.body);
    let mut errors = std::mem::take(&mut b.errors);
    let mut table = b.table;
    // Resolve parents before children so that Cell marks survive (a child's capture
    // upgrades the parent's Local to Cell after the parent resolved).
    resolve(&mut table, 0, &mut errors);
    match errors.into_iter().next() {
        Some(e) => Err(e),
        None => Ok(table),
    }
}
