//! PEP 695 type parameters (`def f[T]`, `class C[T]`, `type X[T] = ...`), rewritten
//! before the symbol table runs into statements the rest of the compiler already knows.
//!
//! CPython gives each parameter list its own *annotation scope*, a function that creates
//! the `TypeVar`s and then the function, class or alias that uses them. The rewrite
//! builds exactly that function, named `<generic parameters of NAME>` as CPython names
//! it, so the parameters are locals of it and closures in the definition see them:
//!
//! ```text
//! @deco                         def <generic parameters of f>():
//! def f[T: int](x: T): ...   ->     T = _typing_forms._type_param(0, "T", lambda: int)
//!                                   def f(x: T): ...
//!                                   f.__type_params__ = (T,)
//!                                   return f
//!                               f = deco(<generic parameters of f>())
//!                               del <generic parameters of f>
//! ```
//!
//! A class also gets `Generic[T]` appended to its bases and `__type_params__` in its
//! namespace; `type X = v` becomes a `TypeAliasType` whose value is a lambda evaluated
//! on first access of `__value__`. Bounds, constraints and defaults are lambdas too (PEP
//! 695/696 evaluate them lazily). The objects live in the embedded `_typing_forms`
//! module, which the rewritten code imports on first use, as CPython's intrinsics reach
//! `typing` for `Generic`. The helper's name is bound in the enclosing scope only while
//! the definition runs; the names cannot collide with identifiers.
//!
//! Synthetic nodes need source positions of their own, because the symbol table keys
//! scopes by position: the helper function sits at a zero-width position at the start
//! of the statement, each lazily evaluated lambda at a zero-width position at the start
//! of its expression. No real node has a zero-width span.

use std::borrow::Cow;

use braid_parser::ast::{self, Expr, ExprContext, ExprKind, Location, Stmt, StmtKind, TypeParam, TypeParamKind};

/// `module` with every PEP 695 construct rewritten (borrowed unchanged when it has none).
pub fn desugar(module: &ast::Module) -> Cow<'_, ast::Module> {
    if !module.body.iter().any(stmt_has_type_params) {
        return Cow::Borrowed(module);
    }
    let mut m = module.clone();
    m.body = rewrite_body(std::mem::take(&mut m.body));
    Cow::Owned(m)
}

fn any_has(body: &[Stmt]) -> bool {
    body.iter().any(stmt_has_type_params)
}

fn stmt_has_type_params(s: &Stmt) -> bool {
    match &s.kind {
        StmtKind::FunctionDef(f) | StmtKind::AsyncFunctionDef(f) => !f.type_params.is_empty() || any_has(&f.body),
        StmtKind::ClassDef { type_params, body, .. } => !type_params.is_empty() || any_has(body),
        StmtKind::TypeAlias { .. } => true,
        StmtKind::For(f) | StmtKind::AsyncFor(f) => any_has(&f.body) || any_has(&f.orelse),
        StmtKind::While { body, orelse, .. } | StmtKind::If { body, orelse, .. } => any_has(body) || any_has(orelse),
        StmtKind::With(w) | StmtKind::AsyncWith(w) => any_has(&w.body),
        StmtKind::Match { cases, .. } => cases.iter().any(|c| any_has(&c.body)),
        StmtKind::Try(t) | StmtKind::TryStar(t) => any_has(&t.body) || t.handlers.iter().any(|h| any_has(&h.body)) || any_has(&t.orelse) || any_has(&t.finalbody),
        _ => false,
    }
}

fn rewrite_body(body: Vec<Stmt>) -> Vec<Stmt> {
    let mut out = Vec::with_capacity(body.len());
    for s in body {
        rewrite_stmt(s, &mut out);
    }
    out
}

fn rewrite_stmt(mut s: Stmt, out: &mut Vec<Stmt>) {
    match &mut s.kind {
        StmtKind::FunctionDef(f) | StmtKind::AsyncFunctionDef(f) => {
            f.body = rewrite_body(std::mem::take(&mut f.body));
            if !f.type_params.is_empty() {
                let params = std::mem::take(&mut f.type_params);
                let decorators = std::mem::take(&mut f.decorator_list);
                let name = f.name.clone();
                let loc = s.loc;
                let attrs = vec![assign(attribute(name_load(&name, loc), "__type_params__", ExprContext::Store, loc), param_tuple(&params, loc), loc)];
                return generic_definition(&name, &params, s, attrs, decorators, loc, out);
            }
        }
        StmtKind::ClassDef { name, bases, body, decorator_list, type_params, .. } => {
            *body = rewrite_body(std::mem::take(body));
            if !type_params.is_empty() {
                let params = std::mem::take(type_params);
                let decorators = std::mem::take(decorator_list);
                let loc = s.loc;
                bases.push(call(helper("_generic_base", loc), vec![param_tuple(&params, loc)], loc));
                // `__type_params__` goes into the namespace after the docstring.
                let at = usize::from(matches!(body.first(), Some(Stmt { kind: StmtKind::Expr { value }, .. }) if matches!(value.kind, ExprKind::Constant { value: ast::Constant::Str(_), .. })));
                body.insert(at, assign(name_store("__type_params__", loc), param_tuple(&params, loc), loc));
                let name = name.clone();
                return generic_definition(&name, &params, s, Vec::new(), decorators, loc, out);
            }
        }
        StmtKind::TypeAlias { .. } => return type_alias(s, out),
        StmtKind::For(f) | StmtKind::AsyncFor(f) => {
            f.body = rewrite_body(std::mem::take(&mut f.body));
            f.orelse = rewrite_body(std::mem::take(&mut f.orelse));
        }
        StmtKind::While { body, orelse, .. } | StmtKind::If { body, orelse, .. } => {
            *body = rewrite_body(std::mem::take(body));
            *orelse = rewrite_body(std::mem::take(orelse));
        }
        StmtKind::With(w) | StmtKind::AsyncWith(w) => w.body = rewrite_body(std::mem::take(&mut w.body)),
        StmtKind::Match { cases, .. } => {
            for c in cases {
                c.body = rewrite_body(std::mem::take(&mut c.body));
            }
        }
        StmtKind::Try(t) | StmtKind::TryStar(t) => {
            t.body = rewrite_body(std::mem::take(&mut t.body));
            for h in &mut t.handlers {
                h.body = rewrite_body(std::mem::take(&mut h.body));
            }
            t.orelse = rewrite_body(std::mem::take(&mut t.orelse));
            t.finalbody = rewrite_body(std::mem::take(&mut t.finalbody));
        }
        _ => {}
    }
    out.push(s);
}

/// The helper function around a generic `def` or `class` (`definition`, its type
/// parameters and decorators already taken off), its call, and the binding.
fn generic_definition(name: &str, params: &[TypeParam], definition: Stmt, after: Vec<Stmt>, decorators: Vec<Expr>, loc: Location, out: &mut Vec<Stmt>) {
    let helper_name = format!("<generic parameters of {name}>");
    let mut body = param_bindings(params);
    body.push(definition);
    body.extend(after);
    body.push(Stmt { kind: StmtKind::Return { value: Some(Box::new(name_load(name, loc))) }, loc });
    out.push(helper_function(&helper_name, body, loc));
    let mut value = call(name_load(&helper_name, loc), Vec::new(), loc);
    for d in decorators.into_iter().rev() {
        value = call(d, vec![value], loc);
    }
    out.push(assign(name_store(name, loc), value, loc));
    out.push(Stmt { kind: StmtKind::Delete { targets: vec![name_expr(&helper_name, ExprContext::Del, loc)] }, loc });
}

/// `type X[params] = value`.
fn type_alias(s: Stmt, out: &mut Vec<Stmt>) {
    let StmtKind::TypeAlias { name, type_params, value } = s.kind else { unreachable!("a type alias") };
    let loc = s.loc;
    let alias_name = match &name.kind {
        ExprKind::Name { id, .. } => id.clone(),
        _ => String::new(),
    };
    let make = |params: Expr| {
        let lazy = lambda(*value.clone(), zero_width(value.loc));
        call(helper("_type_alias", loc), vec![str_const(&alias_name, loc), params, lazy], loc)
    };
    if type_params.is_empty() {
        out.push(assign(*name, make(tuple(Vec::new(), loc)), loc));
        return;
    }
    let helper_name = format!("<generic parameters of {alias_name}>");
    let mut body = param_bindings(&type_params);
    body.push(Stmt { kind: StmtKind::Return { value: Some(Box::new(make(param_tuple(&type_params, loc)))) }, loc });
    out.push(helper_function(&helper_name, body, loc));
    out.push(assign(*name, call(name_load(&helper_name, loc), Vec::new(), loc), loc));
    out.push(Stmt { kind: StmtKind::Delete { targets: vec![name_expr(&helper_name, ExprContext::Del, loc)] }, loc });
}

/// `T = _type_param(kind, "T", bound, constraints, default)` for each parameter.
fn param_bindings(params: &[TypeParam]) -> Vec<Stmt> {
    params
        .iter()
        .map(|p| {
            let loc = p.loc;
            let lazy = |e: &Option<Box<Expr>>| e.as_ref().map_or_else(|| none(loc), |e| lambda((**e).clone(), zero_width(e.loc)));
            let (kind, name, bound, constraints, default) = match &p.kind {
                TypeParamKind::TypeVar { name, bound, default_value } => match bound.as_deref() {
                    Some(b) if matches!(b.kind, ExprKind::Tuple { .. }) => (0, name, none(loc), lazy(bound), lazy(default_value)),
                    _ => (0, name, lazy(bound), none(loc), lazy(default_value)),
                },
                TypeParamKind::ParamSpec { name, default_value } => (1, name, none(loc), none(loc), lazy(default_value)),
                TypeParamKind::TypeVarTuple { name, default_value } => (2, name, none(loc), none(loc), lazy(default_value)),
            };
            let kind = Expr { kind: ExprKind::Constant { value: ast::Constant::Int(ast::Int::Small(kind)), kind: None }, loc };
            assign(name_store(name, loc), call(helper("_type_param", loc), vec![kind, str_const(name, loc), bound, constraints, default], loc), loc)
        })
        .collect()
}

fn param_name(p: &TypeParam) -> &str {
    match &p.kind {
        TypeParamKind::TypeVar { name, .. } | TypeParamKind::ParamSpec { name, .. } | TypeParamKind::TypeVarTuple { name, .. } => name,
    }
}

fn param_tuple(params: &[TypeParam], loc: Location) -> Expr {
    tuple(params.iter().map(|p| name_load(param_name(p), loc)).collect(), loc)
}

fn helper_function(name: &str, body: Vec<Stmt>, loc: Location) -> Stmt {
    let def = ast::FunctionDef {
        name: name.to_string(),
        args: Box::default(),
        body,
        decorator_list: Vec::new(),
        returns: None,
        type_comment: None,
        type_params: Vec::new(),
    };
    Stmt { kind: StmtKind::FunctionDef(def), loc: zero_width(loc) }
}

/// `__import__("_typing_forms").attr`.
fn helper(attr: &str, loc: Location) -> Expr {
    let module = call(name_load("__import__", loc), vec![str_const("_typing_forms", loc)], loc);
    attribute(module, attr, ExprContext::Load, loc)
}

fn zero_width(l: Location) -> Location {
    Location { lineno: l.lineno, col_offset: l.col_offset, end_lineno: l.lineno, end_col_offset: l.col_offset }
}

fn lambda(body: Expr, loc: Location) -> Expr {
    Expr { kind: ExprKind::Lambda { args: Box::default(), body: Box::new(body) }, loc }
}

fn call(func: Expr, args: Vec<Expr>, loc: Location) -> Expr {
    Expr { kind: ExprKind::Call { func: Box::new(func), args, keywords: Vec::new() }, loc }
}

fn attribute(value: Expr, attr: &str, ctx: ExprContext, loc: Location) -> Expr {
    Expr { kind: ExprKind::Attribute { value: Box::new(value), attr: attr.to_string(), ctx }, loc }
}

fn name_expr(id: &str, ctx: ExprContext, loc: Location) -> Expr {
    Expr { kind: ExprKind::Name { id: id.to_string(), ctx }, loc }
}

fn name_load(id: &str, loc: Location) -> Expr {
    name_expr(id, ExprContext::Load, loc)
}

fn name_store(id: &str, loc: Location) -> Expr {
    name_expr(id, ExprContext::Store, loc)
}

fn str_const(s: &str, loc: Location) -> Expr {
    Expr { kind: ExprKind::Constant { value: ast::Constant::Str(s.into()), kind: None }, loc }
}

fn none(loc: Location) -> Expr {
    Expr { kind: ExprKind::Constant { value: ast::Constant::None, kind: None }, loc }
}

fn tuple(elts: Vec<Expr>, loc: Location) -> Expr {
    Expr { kind: ExprKind::Tuple { elts, ctx: ExprContext::Load }, loc }
}

fn assign(target: Expr, value: Expr, loc: Location) -> Stmt {
    Stmt { kind: StmtKind::Assign { targets: vec![target], value: Box::new(value), type_comment: None }, loc }
}
