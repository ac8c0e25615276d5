//! Compile-time syntax checks that CPython makes after parsing (in its symbol table and
//! code generator), so that `braid FILE` rejects the same programs before running anything:
//! `'return' outside function`, `'break' outside loop`, `'continue' not properly in loop`,
//! `'yield' outside function`, `'await' outside function` / `outside async function`, and
//! `nonlocal declaration not allowed at module level`.
//!
//! `ast.parse` accepts all of these (they are not grammar errors), which is why they live
//! here and not in the parser. Symbol-table errors are reported before code-generation
//! errors, whatever their order in the file, as CPython does. When braid's compiler lands
//! it can take these over; until then this pass is the single place they are decided.

use crate::ast::*;
use crate::{SyntaxError, SyntaxErrorKind};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Scope {
    Module,
    Class,
    Function { is_async: bool },
    Lambda,
}

struct Checker {
    scope: Scope,
    in_loop: bool,
    /// Pass 1 reports symbol-table errors only, pass 2 code-generation errors only.
    symtable_pass: bool,
    /// The expression being visited may be a `*x` (display element, call argument).
    star_ok: bool,
    found: Option<(Location, String)>,
    /// Inside a `finally:` block of the current function (PEP 765 warnings).
    in_finally: bool,
    /// Inside a loop that is itself inside that `finally:` block.
    loop_in_finally: bool,
    warnings: Vec<crate::ParseWarning>,
}

/// Runs the checks on a parsed module; `source` and `filename` are those given to the parser
/// (for the error's text line).
pub fn check_module(module: &Module, source: &[u8], filename: &str) -> Result<(), SyntaxError> {
    check_module_with_warnings(module, source, filename).0
}

/// Like [`check_module`], also returning the code generator's syntax warnings in source
/// order: `"is" with 'int' literal. Did you mean "=="?` and PEP 765's
/// `'return' in a 'finally' block` (likewise `break`, `continue`).
pub fn check_module_with_warnings(module: &Module, source: &[u8], filename: &str) -> (Result<(), SyntaxError>, Vec<crate::ParseWarning>) {
    let mut warnings = Vec::new();
    let found = crate::with_big_stack(|| {
        if let Some(err) = crate::scopes::check_future(module) {
            return Some(err);
        }
        let mut c = Checker {
            scope: Scope::Module,
            in_loop: false,
            symtable_pass: true,
            star_ok: false,
            found: None,
            in_finally: false,
            loop_in_finally: false,
            warnings: Vec::new(),
        };
        c.stmts(&module.body);
        let (declaration, unbound_nonlocal) = crate::scopes::check_declarations(module);
        let earliest = match (c.found.take(), declaration) {
            (Some(a), Some(b)) => Some(if (b.0.lineno, b.0.col_offset) < (a.0.lineno, a.0.col_offset) { b } else { a }),
            (a, b) => a.or(b),
        };
        if earliest.is_some() {
            return earliest;
        }
        if unbound_nonlocal.is_some() {
            return unbound_nonlocal;
        }
        c.symtable_pass = false;
        c.stmts(&module.body);
        warnings = std::mem::take(&mut c.warnings);
        c.found
    });
    let Some((loc, msg)) = found else { return (Ok(()), warnings) };
    let text = crate::decode_source(source, filename).unwrap_or_default();
    (Err(error_at(&text, filename, loc, &msg)), warnings)
}

fn error_at(text: &str, filename: &str, loc: Location, msg: &str) -> SyntaxError {
    let line_text = |n: u32| text.split_inclusive('\n').nth(n.saturating_sub(1) as usize);
    let char_col = |line: u32, col: u32| -> u32 {
        let t = line_text(line).unwrap_or("");
        let col = (col as usize).min(t.len());
        t.get(..col).map_or(col, |p| p.chars().count()) as u32 + 1
    };
    SyntaxError {
        kind: SyntaxErrorKind::SyntaxError,
        msg: msg.to_string(),
        filename: filename.to_string(),
        lineno: Some(loc.lineno),
        offset: Some(char_col(loc.lineno, loc.col_offset)),
        end_lineno: Some(loc.end_lineno),
        end_offset: Some(char_col(loc.end_lineno, loc.end_col_offset)),
        text: line_text(loc.lineno).map(str::to_string),
    }
}

impl Checker {
    /// A code-generation error (reported in pass 2).
    fn report(&mut self, loc: Location, msg: impl Into<String>) {
        if self.found.is_none() && !self.symtable_pass {
            self.found = Some((loc, msg.into()));
        }
    }

    /// A symbol-table error (reported in pass 1, before any code-generation error).
    fn report_symtable(&mut self, loc: Location, msg: impl Into<String>) {
        if self.found.is_none() && self.symtable_pass {
            self.found = Some((loc, msg.into()));
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

    fn with_scope(&mut self, scope: Scope, f: impl FnOnce(&mut Self)) {
        let saved = (self.scope, self.in_loop, self.in_finally, self.loop_in_finally);
        self.scope = scope;
        self.in_loop = false;
        self.in_finally = false;
        self.loop_in_finally = false;
        f(self);
        (self.scope, self.in_loop, self.in_finally, self.loop_in_finally) = saved;
    }

    fn warn(&mut self, loc: Location, msg: String) {
        if !self.symtable_pass && self.found.is_none() {
            self.warnings.push(crate::ParseWarning { category: "SyntaxWarning", msg, lineno: loc.lineno });
        }
    }

    /// PEP 765: leaving a `finally:` block with `return`/`break`/`continue`.
    fn finally_exit(&mut self, st: &Stmt, what: &str) {
        let leaves = if what == "return" { self.in_finally } else { self.in_finally && !self.loop_in_finally };
        if leaves {
            self.warn(st.loc, format!("'{what}' in a 'finally' block"));
        }
    }

    /// Symbol table: a type parameter name may appear once per list.
    fn duplicate_type_params(&mut self, params: &[TypeParam]) {
        let mut seen = std::collections::HashSet::new();
        for p in params {
            let name = type_param_name(p);
            if !seen.insert(name) {
                self.report_symtable(p.loc, format!("duplicate type parameter '{name}'"));
                return;
            }
        }
    }

    fn function(&mut self, f: &FunctionDef, is_async: bool) {
        self.duplicate_type_params(&f.type_params);
        self.exprs(&f.decorator_list);
        self.debug_params(&f.args);
        self.arguments(&f.args);
        self.duplicate_arguments(&f.args);
        if let Some(r) = &f.returns {
            self.expr(r);
        }
        self.with_scope(Scope::Function { is_async }, |c| c.stmts(&f.body));
    }

    fn arguments(&mut self, a: &Arguments) {
        self.exprs(&a.defaults);
        for d in a.kw_defaults.iter().flatten() {
            self.expr(d);
        }
        for arg in a.posonlyargs.iter().chain(&a.args).chain(&a.kwonlyargs).chain(a.kwarg.as_deref()) {
            if let Some(ann) = &arg.annotation {
                self.expr(ann);
            }
        }
        // `*args: *Ts` (PEP 646) is the one annotation that may be starred.
        if let Some(ann) = a.vararg.as_deref().and_then(|v| v.annotation.as_deref()) {
            self.expr_star_ok(ann);
        }
    }

    /// `__debug__` cannot be a parameter name.
    fn debug_params(&mut self, a: &Arguments) {
        let all = a.posonlyargs.iter().chain(&a.args).chain(a.vararg.as_deref()).chain(&a.kwonlyargs).chain(a.kwarg.as_deref());
        for arg in all {
            if arg.arg == "__debug__" {
                self.report(arg.loc, "cannot assign to __debug__");
            }
        }
    }

    fn duplicate_arguments(&mut self, a: &Arguments) {
        let all: Vec<&Arg> =
            a.posonlyargs.iter().chain(&a.args).chain(a.vararg.as_deref()).chain(&a.kwonlyargs).chain(a.kwarg.as_deref()).collect();
        // A set, not a scan of the earlier ones: generated code has 70,000 parameters.
        let mut seen = std::collections::HashSet::with_capacity(all.len());
        for arg in &all {
            if !seen.insert(&arg.arg) {
                self.report_symtable(arg.loc, format!("duplicate argument '{}' in function definition", arg.arg));
                return;
            }
        }
    }

    fn loop_body(&mut self, body: &[Stmt], orelse: &[Stmt]) {
        let saved = (self.in_loop, self.loop_in_finally);
        self.in_loop = true;
        self.loop_in_finally = self.in_finally;
        self.stmts(body);
        (self.in_loop, self.loop_in_finally) = saved;
        self.stmts(orelse);
    }

    fn stmt(&mut self, st: &Stmt) {
        match &st.kind {
            StmtKind::FunctionDef(f) => self.function(f, false),
            StmtKind::AsyncFunctionDef(f) => self.function(f, true),
            StmtKind::ClassDef { bases, keywords, body, decorator_list, type_params, .. } => {
                self.duplicate_type_params(type_params);
                self.exprs(decorator_list);
                for b in bases {
                    self.expr_star_ok(b);
                }
                for k in keywords {
                    self.expr(&k.value);
                }
                self.with_scope(Scope::Class, |c| c.stmts(body));
            }
            StmtKind::Return { value } => {
                if !matches!(self.scope, Scope::Function { .. }) {
                    self.report(st.loc, "'return' outside function");
                }
                self.finally_exit(st, "return");
                if let Some(v) = value {
                    self.expr(v);
                }
            }
            StmtKind::Break => {
                if !self.in_loop {
                    self.report(st.loc, "'break' outside loop");
                }
                self.finally_exit(st, "break");
            }
            StmtKind::Continue => {
                if !self.in_loop {
                    self.report(st.loc, "'continue' not properly in loop");
                }
                self.finally_exit(st, "continue");
            }
            StmtKind::Delete { targets } => self.exprs(targets),
            StmtKind::Assign { targets, value, .. } => {
                self.expr(value);
                for t in targets {
                    if let ExprKind::Starred { .. } = t.kind {
                        self.report(t.loc, "starred assignment target must be in a list or tuple");
                    }
                    self.expr_star_ok(t);
                }
            }
            StmtKind::TypeAlias { value, type_params, .. } => {
                self.duplicate_type_params(type_params);
                self.expr(value);
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(target);
                self.expr(value);
            }
            StmtKind::AnnAssign { target, annotation, value, .. } => {
                self.expr(target);
                self.expr(annotation);
                if let Some(v) = value {
                    self.expr(v);
                }
            }
            StmtKind::For(f) | StmtKind::AsyncFor(f) => {
                if matches!(st.kind, StmtKind::AsyncFor(_)) {
                    self.check_async(st.loc, "'async for' outside async function");
                }
                self.expr(&f.iter);
                self.expr(&f.target);
                self.loop_body(&f.body, &f.orelse);
            }
            StmtKind::While { test, body, orelse } => {
                self.expr(test);
                self.loop_body(body, orelse);
            }
            StmtKind::If { test, body, orelse } => {
                self.expr(test);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::With(w) | StmtKind::AsyncWith(w) => {
                if matches!(st.kind, StmtKind::AsyncWith(_)) {
                    self.check_async(st.loc, "'async with' outside async function");
                }
                for item in &w.items {
                    self.expr(&item.context_expr);
                    if let Some(v) = &item.optional_vars {
                        self.expr(v);
                    }
                }
                self.stmts(&w.body);
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject);
                for (i, case) in cases.iter().enumerate() {
                    let allow_irrefutable = case.guard.is_some() || i + 1 == cases.len();
                    let mut bound = Vec::new();
                    self.pattern(&case.pattern, allow_irrefutable, &mut bound);
                    if let Some(g) = &case.guard {
                        self.expr(g);
                    }
                    self.stmts(&case.body);
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
                if let Some(bare) = t.handlers.iter().take(t.handlers.len().saturating_sub(1)).find(|h| h.type_.is_none()) {
                    self.report(bare.loc, "default 'except:' must be last");
                }
                self.stmts(&t.body);
                for h in &t.handlers {
                    if let Some(ty) = &h.type_ {
                        self.expr(ty);
                    }
                    self.stmts(&h.body);
                }
                self.stmts(&t.orelse);
                let saved = (self.in_finally, self.loop_in_finally);
                self.in_finally = true;
                self.loop_in_finally = false;
                self.stmts(&t.finalbody);
                (self.in_finally, self.loop_in_finally) = saved;
            }
            StmtKind::Assert { test, msg } => {
                if matches!(&test.kind, ExprKind::Tuple { elts, .. } if !elts.is_empty()) {
                    self.warn(st.loc, "assertion is always true, perhaps remove parentheses?".to_string());
                }
                self.expr(test);
                if let Some(m) = msg {
                    self.expr(m);
                }
            }
            StmtKind::Expr { value } => self.expr(value),
            StmtKind::Nonlocal { .. } => {
                if self.scope == Scope::Module {
                    self.report_symtable(st.loc, "nonlocal declaration not allowed at module level");
                }
            }
            StmtKind::Import { names } | StmtKind::ImportFrom { names, .. } => {
                if names.iter().any(|a| a.asname.as_deref().unwrap_or(&a.name) == "__debug__") {
                    self.report(st.loc, "cannot assign to __debug__");
                }
            }
            StmtKind::Global { .. } | StmtKind::Pass => {}
        }
    }

    /// The code generator's pattern checks: unreachable alternatives and cases, repeated
    /// names, starred names, class keyword attributes and mapping keys.
    fn pattern(&mut self, p: &Pattern, allow_irrefutable: bool, bound: &mut Vec<String>) {
        if self.found.is_some() {
            return;
        }
        match &p.kind {
            PatternKind::MatchAs { pattern, name } => {
                match pattern {
                    None if !allow_irrefutable => match name {
                        Some(n) => self.report(p.loc, format!("name capture '{n}' makes remaining patterns unreachable")),
                        None => self.report(p.loc, "wildcard makes remaining patterns unreachable"),
                    },
                    None => {}
                    Some(sub) => self.pattern(sub, allow_irrefutable, bound),
                }
                if let Some(n) = name {
                    self.bind_pattern_name(p.loc, n, bound);
                }
            }
            PatternKind::MatchStar { name } => {
                if let Some(n) = name {
                    self.bind_pattern_name(p.loc, n, bound);
                }
            }
            PatternKind::MatchSequence { patterns } => {
                if patterns.iter().filter(|x| matches!(x.kind, PatternKind::MatchStar { .. })).count() > 1 {
                    self.report(p.loc, "multiple starred names in sequence pattern");
                    return;
                }
                for x in patterns {
                    self.pattern(x, true, bound);
                }
            }
            PatternKind::MatchMapping { keys, patterns, rest } => {
                let mut seen: Vec<String> = Vec::new();
                for k in keys {
                    let key = match &k.kind {
                        ExprKind::Constant { value, .. } => {
                            let mut r = String::new();
                            crate::dump::repr_constant(&mut r, value);
                            r
                        }
                        ExprKind::UnaryOp { op: UnaryOp::USub, operand } => match &operand.kind {
                            ExprKind::Constant { value, .. } => {
                                let mut r = String::from("-");
                                crate::dump::repr_constant(&mut r, value);
                                r
                            }
                            _ => continue,
                        },
                        _ => continue,
                    };
                    if seen.contains(&key) {
                        self.report(p.loc, format!("mapping pattern checks duplicate key ({key})"));
                        return;
                    }
                    seen.push(key);
                }
                for x in patterns {
                    self.pattern(x, true, bound);
                }
                if let Some(r) = rest {
                    self.bind_pattern_name(p.loc, r, bound);
                }
            }
            PatternKind::MatchClass { patterns, kwd_attrs, kwd_patterns, .. } => {
                for x in patterns {
                    self.pattern(x, true, bound);
                }
                let mut seen = std::collections::HashSet::new();
                for (attr, x) in kwd_attrs.iter().zip(kwd_patterns) {
                    if !seen.insert(attr) {
                        self.report(x.loc, format!("attribute name repeated in class pattern: {attr}"));
                        return;
                    }
                    self.pattern(x, true, bound);
                }
            }
            PatternKind::MatchOr { patterns } => {
                let mut first_names: Option<Vec<String>> = None;
                for (i, alt) in patterns.iter().enumerate() {
                    let mut alt_names = Vec::new();
                    self.pattern(alt, allow_irrefutable && i + 1 == patterns.len(), &mut alt_names);
                    match &first_names {
                        None => first_names = Some(alt_names),
                        Some(first) => {
                            let mut a = first.clone();
                            let mut b = alt_names.clone();
                            a.sort();
                            b.sort();
                            if a != b {
                                self.report(p.loc, "alternative patterns bind different names");
                                return;
                            }
                        }
                    }
                }
                for n in first_names.unwrap_or_default() {
                    self.bind_pattern_name(p.loc, &n, bound);
                }
            }
            PatternKind::MatchValue { .. } | PatternKind::MatchSingleton { .. } => {}
        }
    }

    fn bind_pattern_name(&mut self, loc: Location, name: &str, bound: &mut Vec<String>) {
        if bound.iter().any(|b| b == name) {
            self.report(loc, format!("multiple assignments to name '{name}' in pattern"));
        } else {
            bound.push(name.to_string());
        }
    }

    fn check_async(&mut self, loc: Location, msg: &'static str) {
        if !matches!(self.scope, Scope::Function { is_async: true }) {
            self.report(loc, msg);
        }
    }

    fn exprs(&mut self, v: &[Expr]) {
        for e in v {
            self.expr(e);
        }
    }

    fn expr(&mut self, e: &Expr) {
        if self.found.is_some() {
            return;
        }
        let star_ok = std::mem::take(&mut self.star_ok);
        if let ExprKind::Starred { ctx: ExprContext::Load, .. } = e.kind {
            if !star_ok {
                self.report(e.loc, "can't use starred expression here");
            }
        }
        stacker::maybe_grow(64 * 1024, 4 << 20, || self.expr_inner(e));
    }

    /// Visits an expression that may be a `*x` (a display element or call argument).
    fn expr_star_ok(&mut self, e: &Expr) {
        self.star_ok = true;
        self.expr(e);
        self.star_ok = false;
    }

    fn expr_inner(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Yield { value } => {
                if matches!(self.scope, Scope::Module | Scope::Class) {
                    self.report(e.loc, "'yield' outside function");
                }
                if let Some(v) = value {
                    self.expr(v);
                }
            }
            ExprKind::YieldFrom { value } => {
                if matches!(self.scope, Scope::Module | Scope::Class) {
                    self.report(e.loc, "'yield' outside function");
                }
                if self.scope == (Scope::Function { is_async: true }) {
                    self.report(e.loc, "'yield from' inside async function");
                }
                self.expr(value);
            }
            ExprKind::Await { value } => {
                match self.scope {
                    Scope::Module | Scope::Class => self.report(e.loc, "'await' outside function"),
                    Scope::Function { is_async: false } | Scope::Lambda => {
                        self.report(e.loc, "'await' outside async function");
                    }
                    Scope::Function { is_async: true } => {}
                }
                self.expr(value);
            }
            ExprKind::Lambda { args, body } => {
                self.debug_params(args);
                self.arguments(args);
                self.duplicate_arguments(args);
                self.with_scope(Scope::Lambda, |c| c.expr(body));
            }
            ExprKind::BoolOp { values, .. } => self.exprs(values),
            ExprKind::NamedExpr { target, value } => {
                self.expr(target);
                self.expr(value);
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left);
                self.expr(right);
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand),
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test);
                self.expr(body);
                self.expr(orelse);
            }
            ExprKind::Dict { keys, values } => {
                for k in keys.iter().flatten() {
                    self.expr(k);
                }
                self.exprs(values);
            }
            ExprKind::Set { elts } | ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
                for x in elts {
                    self.expr_star_ok(x);
                }
            }
            ExprKind::GeneratorExp { elt, generators } => {
                // A generator expression is its own function: `await` inside makes it an
                // asynchronous generator, which any scope may create.
                let saved = self.scope;
                if matches!(self.scope, Scope::Function { .. } | Scope::Lambda) {
                    self.scope = Scope::Function { is_async: true };
                }
                self.comprehension(generators);
                self.expr(elt);
                self.scope = saved;
            }
            ExprKind::ListComp { elt, generators } | ExprKind::SetComp { elt, generators } => {
                self.comprehension(generators);
                self.expr(elt);
            }
            ExprKind::DictComp { key, value, generators } => {
                self.comprehension(generators);
                self.expr(key);
                self.expr(value);
            }
            ExprKind::Compare { left, ops, comparators } => {
                let mut lhs: &Expr = left;
                for (op, rhs) in ops.iter().zip(comparators) {
                    if matches!(op, CmpOp::Is | CmpOp::IsNot) {
                        if let Some(kind) = literal_kind(lhs).or_else(|| literal_kind(rhs)) {
                            let (word, hint) = if *op == CmpOp::Is { ("is", "==") } else { ("is not", "!=") };
                            self.warn(e.loc, format!("\"{word}\" with '{kind}' literal. Did you mean \"{hint}\"?"));
                        }
                    }
                    lhs = rhs;
                }
                self.expr(left);
                self.exprs(comparators);
            }
            ExprKind::Call { func, args, keywords } => {
                self.expr(func);
                for a in args {
                    self.expr_star_ok(a);
                }
                let mut seen = std::collections::HashSet::new();
                for k in keywords {
                    if k.arg.as_deref() == Some("__debug__") {
                        self.report(k.loc, "cannot assign to __debug__");
                    }
                    if let Some(name) = &k.arg {
                        if !seen.insert(name) {
                            self.report(k.loc, format!("keyword argument repeated: {name}"));
                        }
                    }
                    self.expr(&k.value);
                }
            }
            ExprKind::FormattedValue { value, format_spec, .. } | ExprKind::Interpolation { value, format_spec, .. } => {
                self.expr(value);
                if let Some(s) = format_spec {
                    self.expr(s);
                }
            }
            ExprKind::JoinedStr { values } | ExprKind::TemplateStr { values } => self.exprs(values),
            ExprKind::Attribute { value, attr, ctx } => {
                if attr == "__debug__" && *ctx != ExprContext::Load {
                    let verb = if *ctx == ExprContext::Del { "delete" } else { "assign to" };
                    self.report(e.loc, format!("cannot {verb} __debug__"));
                }
                self.expr(value);
            }
            ExprKind::Starred { value, .. } => self.expr(value),
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value);
                self.expr(slice);
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.expr(part);
                }
            }
            ExprKind::Name { id, ctx } => {
                if id == "__debug__" && *ctx != ExprContext::Load {
                    let verb = if *ctx == ExprContext::Del { "delete" } else { "assign to" };
                    self.report(e.loc, format!("cannot {verb} __debug__"));
                }
            }
            ExprKind::Constant { .. } => {}
        }
    }

    fn comprehension(&mut self, generators: &[Comprehension]) {
        for g in generators {
            self.expr(&g.iter);
            self.expr(&g.target);
            self.exprs(&g.ifs);
        }
    }
}

/// The type name of a literal that `is` should not be used with (CPython's `check_is_arg`:
/// any constant but `None`, `True`, `False`, `...`; tuples of constants are folded first).
fn literal_kind(e: &Expr) -> Option<&'static str> {
    match &e.kind {
        ExprKind::Constant { value, .. } => match value {
            Constant::Int(_) => Some("int"),
            Constant::Float(_) => Some("float"),
            Constant::Complex { .. } => Some("complex"),
            Constant::Str(_) => Some("str"),
            Constant::Bytes(_) => Some("bytes"),
            _ => None,
        },
        ExprKind::Tuple { elts, ctx: ExprContext::Load } if elts.iter().all(is_constant) => Some("tuple"),
        _ => None,
    }
}

fn is_constant(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Constant { .. } => true,
        ExprKind::Tuple { elts, ctx: ExprContext::Load } => elts.iter().all(is_constant),
        _ => false,
    }
}

fn type_param_name(p: &TypeParam) -> &str {
    match &p.kind {
        TypeParamKind::TypeVar { name, .. } | TypeParamKind::ParamSpec { name, .. } | TypeParamKind::TypeVarTuple { name, .. } => name,
    }
}
