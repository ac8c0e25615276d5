//! The scope rules CPython checks before generating code: `from __future__` imports
//! (`future.c`) and `global`/`nonlocal` declarations (`symtable.c`).
//!
//! This is a deliberately small symbol table: per function scope it records, in source
//! order, which names were used, assigned or are parameters, which is all these messages
//! need. The full symbol table (cells, free variables) belongs to the compiler.

use crate::ast::*;
use std::collections::HashSet;

/// An error found by these checks: where, and CPython's message.
pub(crate) type Found = (Location, String);

/// `__future__` features CPython 3.14 knows.
const FUTURE_FEATURES: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

/// `future.c`: feature names, and `from __future__` only at the top of the module.
pub(crate) fn check_future(module: &Module) -> Option<(Location, String)> {
    let mut at_top = true;
    for (i, st) in module.body.iter().enumerate() {
        match &st.kind {
            StmtKind::Expr { value } if i == 0 && matches!(value.kind, ExprKind::Constant { value: Constant::Str(_), .. }) => {}
            StmtKind::ImportFrom { module: Some(m), names, level: 0 } if m == "__future__" => {
                let point = Location { end_lineno: st.loc.lineno, end_col_offset: st.loc.col_offset, ..st.loc };
                if !at_top {
                    return Some((point, "from __future__ imports must occur at the beginning of the file".into()));
                }
                for alias in names {
                    if alias.name == "braces" {
                        return Some((point, "not a chance".into()));
                    }
                    if !FUTURE_FEATURES.contains(&alias.name.as_str()) {
                        return Some((point, format!("future feature {} is not defined", alias.name)));
                    }
                }
            }
            _ => at_top = false,
        }
    }
    None
}

#[derive(Default)]
struct Scope {
    is_function: bool,
    is_class: bool,
    params: HashSet<String>,
    used: HashSet<String>,
    assigned: HashSet<String>,
    globals: HashSet<String>,
    nonlocals: Vec<(String, Location)>,
    /// Every name bound anywhere in the scope (filled by a pre-scan), for `nonlocal` lookup.
    bound_anywhere: HashSet<String>,
}

/// `symtable.c`'s declaration errors: the first one in visiting order, and the first
/// `nonlocal` without a binding (CPython finds those only after the whole table is built).
pub(crate) fn check_declarations(module: &Module) -> (Option<Found>, Option<Found>) {
    let mut s = Scopes { stack: vec![Scope::default()], found: None, unbound_nonlocal: None };
    s.stmts(&module.body);
    (s.found, s.unbound_nonlocal)
}

struct Scopes {
    stack: Vec<Scope>,
    found: Option<(Location, String)>,
    unbound_nonlocal: Option<(Location, String)>,
}

impl Scopes {
    fn top(&mut self) -> &mut Scope {
        let last = self.stack.len() - 1;
        &mut self.stack[last]
    }

    fn report(&mut self, loc: Location, msg: String) {
        if self.found.is_none() {
            self.found = Some((loc, msg));
        }
    }

    fn stmts(&mut self, body: &[Stmt]) {
        for st in body {
            if self.found.is_some() {
                return;
            }
            stacker::maybe_grow(64 * 1024, 4 << 20, || self.stmt(st));
        }
    }

    fn declare(&mut self, st: &Stmt, names: &[String], keyword: &str) {
        for name in names {
            let scope = self.top();
            let msg = if scope.params.contains(name) {
                format!("name '{name}' is parameter and {keyword}")
            } else if scope.used.contains(name) {
                format!("name '{name}' is used prior to {keyword} declaration")
            } else if scope.assigned.contains(name) {
                format!("name '{name}' is assigned to before {keyword} declaration")
            } else {
                if keyword == "global" {
                    scope.globals.insert(name.clone());
                } else {
                    scope.nonlocals.push((name.clone(), st.loc));
                }
                continue;
            };
            self.report(st.loc, msg);
            return;
        }
    }

    fn function(&mut self, args: &Arguments, body: FunctionBody<'_>) {
        let mut scope = Scope { is_function: true, ..Scope::default() };
        for a in args.posonlyargs.iter().chain(&args.args).chain(args.vararg.as_deref()).chain(&args.kwonlyargs).chain(args.kwarg.as_deref()) {
            scope.params.insert(a.arg.clone());
        }
        scope.bound_anywhere = scope.params.clone();
        match body {
            FunctionBody::Stmts(stmts) => collect_bindings(stmts, &mut scope.bound_anywhere),
            FunctionBody::Expr(e) => collect_expr_bindings(e, &mut scope.bound_anywhere),
        }
        self.stack.push(scope);
        match body {
            FunctionBody::Stmts(stmts) => self.stmts(stmts),
            FunctionBody::Expr(e) => self.expr(e),
        }
        let scope = self.stack.pop().unwrap_or_default();
        for (name, loc) in &scope.nonlocals {
            // Methods see the class's implicit `__class__` cell.
            let implicit_class_cell = name == "__class__" && self.stack.iter().any(|s| s.is_class);
            let bound = implicit_class_cell
                || self.stack.iter().rev().filter(|s| s.is_function).any(|s| {
                    (s.bound_anywhere.contains(name) && !s.globals.contains(name)) || s.nonlocals.iter().any(|(n, _)| n == name)
                });
            if !bound && self.unbound_nonlocal.is_none() {
                self.unbound_nonlocal = Some((*loc, format!("no binding for nonlocal '{name}' found")));
            }
        }
    }

    fn stmt(&mut self, st: &Stmt) {
        match &st.kind {
            StmtKind::FunctionDef(f) | StmtKind::AsyncFunctionDef(f) => {
                for d in &f.decorator_list {
                    self.expr(d);
                }
                self.top().assigned.insert(f.name.clone());
                self.function(&f.args, FunctionBody::Stmts(&f.body));
            }
            StmtKind::ClassDef { name, body, decorator_list, bases, .. } => {
                for e in decorator_list.iter().chain(bases) {
                    self.expr(e);
                }
                self.top().assigned.insert(name.clone());
                self.stack.push(Scope { is_class: true, ..Scope::default() });
                self.stmts(body);
                self.stack.pop();
            }
            StmtKind::Global { names } => self.declare(st, names, "global"),
            StmtKind::Nonlocal { names } => {
                if self.stack.len() > 1 {
                    self.declare(st, names, "nonlocal");
                }
            }
            StmtKind::Import { names } | StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    let bound = a.asname.clone().unwrap_or_else(|| a.name.split('.').next().unwrap_or("").to_string());
                    self.top().assigned.insert(bound);
                }
            }
            _ => visit_stmt_children(st, &mut |child| match child {
                Child::Expr(e) => self.expr(e),
                Child::Block(b) => self.stmts(b),
                Child::Bound(n) => {
                    self.top().assigned.insert(n.to_string());
                }
            }),
        }
    }

    fn expr(&mut self, e: &Expr) {
        if self.found.is_some() {
            return;
        }
        stacker::maybe_grow(64 * 1024, 4 << 20, || match &e.kind {
            ExprKind::Name { id, ctx } => {
                let scope = self.top();
                if *ctx == ExprContext::Load {
                    scope.used.insert(id.clone());
                } else {
                    scope.assigned.insert(id.clone());
                }
            }
            ExprKind::Lambda { args, body } => self.function(args, FunctionBody::Expr(body)),
            _ => visit_expr_children(e, &mut |c| self.expr(c)),
        });
    }
}

#[derive(Clone, Copy)]
enum FunctionBody<'a> {
    Stmts(&'a [Stmt]),
    Expr(&'a Expr),
}

/// Names bound anywhere in a function body, not looking into nested scopes.
fn collect_bindings(body: &[Stmt], out: &mut HashSet<String>) {
    for st in body {
        match &st.kind {
            StmtKind::FunctionDef(f) | StmtKind::AsyncFunctionDef(f) => {
                out.insert(f.name.clone());
            }
            StmtKind::ClassDef { name, .. } => {
                out.insert(name.clone());
            }
            StmtKind::Import { names } | StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    out.insert(a.asname.clone().unwrap_or_else(|| a.name.split('.').next().unwrap_or("").to_string()));
                }
            }
            StmtKind::Global { .. } | StmtKind::Nonlocal { .. } => {}
            _ => visit_stmt_children(st, &mut |child| match child {
                Child::Expr(e) => collect_expr_bindings(e, out),
                Child::Block(b) => collect_bindings(b, out),
                Child::Bound(n) => {
                    out.insert(n.to_string());
                }
            }),
        }
    }
}

fn collect_expr_bindings(e: &Expr, out: &mut HashSet<String>) {
    stacker::maybe_grow(64 * 1024, 4 << 20, || match &e.kind {
        ExprKind::Name { id, ctx } if *ctx != ExprContext::Load => {
            out.insert(id.clone());
        }
        ExprKind::Lambda { .. } => {}
        _ => visit_expr_children(e, &mut |c| collect_expr_bindings(c, out)),
    });
}

/// A statement's direct children, in evaluation order.
enum Child<'a> {
    Expr(&'a Expr),
    Block(&'a [Stmt]),
    /// A name bound without an expression (`except ... as name`, match captures).
    Bound(&'a str),
}

fn visit_stmt_children<'a>(st: &'a Stmt, f: &mut dyn FnMut(Child<'a>)) {
    match &st.kind {
        StmtKind::Return { value } => value.iter().for_each(|v| f(Child::Expr(v))),
        StmtKind::Delete { targets } => targets.iter().for_each(|t| f(Child::Expr(t))),
        StmtKind::Assign { targets, value, .. } => {
            f(Child::Expr(value));
            targets.iter().for_each(|t| f(Child::Expr(t)));
        }
        StmtKind::TypeAlias { name, .. } => f(Child::Expr(name)),
        StmtKind::AugAssign { target, value, .. } => {
            f(Child::Expr(value));
            f(Child::Expr(target));
        }
        StmtKind::AnnAssign { target, annotation, value, .. } => {
            f(Child::Expr(annotation));
            value.iter().for_each(|v| f(Child::Expr(v)));
            f(Child::Expr(target));
        }
        StmtKind::For(l) | StmtKind::AsyncFor(l) => {
            f(Child::Expr(&l.iter));
            f(Child::Expr(&l.target));
            f(Child::Block(&l.body));
            f(Child::Block(&l.orelse));
        }
        StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
            f(Child::Expr(test));
            f(Child::Block(body));
            f(Child::Block(orelse));
        }
        StmtKind::With(w) | StmtKind::AsyncWith(w) => {
            for item in &w.items {
                f(Child::Expr(&item.context_expr));
                item.optional_vars.iter().for_each(|v| f(Child::Expr(v)));
            }
            f(Child::Block(&w.body));
        }
        StmtKind::Match { subject, cases } => {
            f(Child::Expr(subject));
            for c in cases {
                pattern_names(&c.pattern, &mut |n| f(Child::Bound(n)));
                c.guard.iter().for_each(|g| f(Child::Expr(g)));
                f(Child::Block(&c.body));
            }
        }
        StmtKind::Raise { exc, cause } => {
            exc.iter().for_each(|e| f(Child::Expr(e)));
            cause.iter().for_each(|e| f(Child::Expr(e)));
        }
        StmtKind::Try(t) | StmtKind::TryStar(t) => {
            f(Child::Block(&t.body));
            for h in &t.handlers {
                h.type_.iter().for_each(|e| f(Child::Expr(e)));
                if let Some(n) = &h.name {
                    f(Child::Bound(n));
                }
                f(Child::Block(&h.body));
            }
            f(Child::Block(&t.orelse));
            f(Child::Block(&t.finalbody));
        }
        StmtKind::Assert { test, msg } => {
            f(Child::Expr(test));
            msg.iter().for_each(|m| f(Child::Expr(m)));
        }
        StmtKind::Expr { value } => f(Child::Expr(value)),
        _ => {}
    }
}

fn pattern_names<'a>(p: &'a Pattern, on_bound: &mut dyn FnMut(&'a str)) {
    match &p.kind {
        PatternKind::MatchAs { pattern, name } => {
            if let Some(sub) = pattern {
                pattern_names(sub, on_bound);
            }
            if let Some(n) = name {
                on_bound(n);
            }
        }
        PatternKind::MatchStar { name: Some(n) } => on_bound(n),
        PatternKind::MatchMapping { patterns, rest, .. } => {
            patterns.iter().for_each(|x| pattern_names(x, on_bound));
            if let Some(r) = rest {
                on_bound(r);
            }
        }
        PatternKind::MatchSequence { patterns } | PatternKind::MatchOr { patterns } => {
            patterns.iter().for_each(|x| pattern_names(x, on_bound));
        }
        PatternKind::MatchClass { patterns, kwd_patterns, .. } => {
            patterns.iter().chain(kwd_patterns).for_each(|x| pattern_names(x, on_bound));
        }
        _ => {}
    }
}

/// Calls `f` on each direct child expression (comprehension parts included).
fn visit_expr_children(e: &Expr, f: &mut dyn FnMut(&Expr)) {
    match &e.kind {
        ExprKind::BoolOp { values, .. } | ExprKind::JoinedStr { values } | ExprKind::TemplateStr { values } => values.iter().for_each(&mut *f),
        ExprKind::NamedExpr { target, value } => {
            f(value);
            f(target);
        }
        ExprKind::BinOp { left, right, .. } => {
            f(left);
            f(right);
        }
        ExprKind::UnaryOp { operand, .. } => f(operand),
        ExprKind::Lambda { args, .. } => {
            args.defaults.iter().for_each(&mut *f);
            args.kw_defaults.iter().flatten().for_each(&mut *f);
        }
        ExprKind::IfExp { test, body, orelse } => {
            f(test);
            f(body);
            f(orelse);
        }
        ExprKind::Dict { keys, values } => {
            keys.iter().flatten().for_each(&mut *f);
            values.iter().for_each(&mut *f);
        }
        ExprKind::Set { elts } | ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => elts.iter().for_each(&mut *f),
        ExprKind::ListComp { elt, generators } | ExprKind::SetComp { elt, generators } | ExprKind::GeneratorExp { elt, generators } => {
            for g in generators {
                f(&g.iter);
                f(&g.target);
                g.ifs.iter().for_each(&mut *f);
            }
            f(elt);
        }
        ExprKind::DictComp { key, value, generators } => {
            for g in generators {
                f(&g.iter);
                f(&g.target);
                g.ifs.iter().for_each(&mut *f);
            }
            f(key);
            f(value);
        }
        ExprKind::Await { value } | ExprKind::YieldFrom { value } | ExprKind::Attribute { value, .. } | ExprKind::Starred { value, .. } => f(value),
        ExprKind::Yield { value } => value.iter().for_each(|v| f(v)),
        ExprKind::Compare { left, comparators, .. } => {
            f(left);
            comparators.iter().for_each(&mut *f);
        }
        ExprKind::Call { func, args, keywords } => {
            f(func);
            args.iter().for_each(&mut *f);
            keywords.iter().for_each(|k| f(&k.value));
        }
        ExprKind::FormattedValue { value, format_spec, .. } | ExprKind::Interpolation { value, format_spec, .. } => {
            f(value);
            if let Some(spec) = format_spec {
                f(spec);
            }
        }
        ExprKind::Subscript { value, slice, .. } => {
            f(value);
            f(slice);
        }
        ExprKind::Slice { lower, upper, step } => {
            for part in [lower, upper, step].into_iter().flatten() {
                f(part);
            }
        }
        ExprKind::Constant { .. } | ExprKind::Name { .. } => {}
    }
}
