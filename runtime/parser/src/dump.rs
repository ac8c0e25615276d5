//! `ast.dump(tree)` / `ast.dump(tree, include_attributes=True)` exactly as CPython 3.11
//! prints them, so braid's AST can be diffed byte for byte against the oracle.
//!
//! 3.11's rules: fields in ASDL order; an optional (`?`) field that is `None` is left out; a
//! list is always printed, `[]` included; with attributes, positions follow the fields.
//! Fields that 3.12+ added to old nodes (`type_params` of definitions) are printed only when
//! non-empty, which is what makes a 3.11-parsable file dump identically; 3.14-only nodes
//! (`TypeAlias`, `TypeVar`, `TemplateStr`, `Interpolation` ...) print with their 3.14 fields.
//!
//! f-string positions: 3.11 did not give the parts of an f-string their own positions. Its
//! literal parts and `FormattedValue`s carry the span of the whole (possibly concatenated)
//! string; a format spec's `JoinedStr` carries the span of the one string token it sits in,
//! as does the literal that ends a format spec. The AST keeps 3.12+ positions; this module
//! maps them back when `FStringPositions::Py311` is asked for (it needs the string token
//! spans, which [`crate::parse_module_for_dump`] returns).

use crate::ast::*;
use braid_core::numeric::float_repr;
use braid_core::text::repr as text_repr;
use std::fmt::Write as _;

/// How to print the positions of f-string parts.
#[derive(Clone, Debug)]
pub enum FStringPositions {
    /// As stored in the AST (3.12+ style).
    AsParsed,
    /// As CPython 3.11 reported them; holds the spans of every f-string token.
    Py311(Vec<Location>),
}

/// Dumps a module like `ast.dump`.
#[must_use]
pub fn dump_module(m: &Module, include_attributes: bool, fstrings: &FStringPositions) -> String {
    let mut d = Dumper { out: String::with_capacity(4096), attrs: include_attributes, fstrings, whole: None };
    d.out.push_str("Module(body=");
    d.stmts(&m.body);
    d.out.push_str(", type_ignores=[])");
    d.out
}

struct Dumper<'a> {
    out: String,
    attrs: bool,
    fstrings: &'a FStringPositions,
    /// With 3.11 positions: the span of the enclosing top-level f-string.
    whole: Option<Location>,
}

fn list<T>(d: &mut Dumper<'_>, items: &[T], mut f: impl FnMut(&mut Dumper<'_>, &T)) {
    d.out.push('[');
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            d.out.push_str(", ");
        }
        f(d, x);
    }
    d.out.push(']');
}

impl Dumper<'_> {
    fn loc(&mut self, loc: Location) {
        if self.attrs {
            let _ = write!(
                self.out,
                ", lineno={}, col_offset={}, end_lineno={}, end_col_offset={}",
                loc.lineno, loc.col_offset, loc.end_lineno, loc.end_col_offset
            );
        }
    }

    /// Positions for a node that is the only content of its parentheses.
    fn loc_alone(&mut self, loc: Location) {
        if self.attrs {
            let _ = write!(
                self.out,
                "lineno={}, col_offset={}, end_lineno={}, end_col_offset={}",
                loc.lineno, loc.col_offset, loc.end_lineno, loc.end_col_offset
            );
        }
    }

    fn s(&mut self, s: &str) {
        repr_str(&mut self.out, &PyStr::from(s));
    }

    fn stmts(&mut self, body: &[Stmt]) {
        list(self, body, |d, s| d.stmt(s));
    }

    fn exprs(&mut self, v: &[Expr]) {
        list(self, v, |d, e| d.expr(e));
    }

    fn names(&mut self, v: &[String]) {
        list(self, v, |d, n| d.s(n));
    }

    fn opt_expr(&mut self, field: &str, e: Option<&Expr>) {
        if let Some(e) = e {
            let _ = write!(self.out, ", {field}=");
            self.expr(e);
        }
    }

    fn opt_name(&mut self, field: &str, n: Option<&String>) {
        if let Some(n) = n {
            let _ = write!(self.out, ", {field}=");
            self.s(n);
        }
    }

    fn stmt(&mut self, st: &Stmt) {
        self.stack_guard(|d| d.stmt_inner(st));
    }

    fn stack_guard(&mut self, f: impl FnOnce(&mut Self)) {
        stacker::maybe_grow(64 * 1024, 4 << 20, || f(self));
    }

    fn function_def(&mut self, name: &str, f: &FunctionDef) {
        let _ = write!(self.out, "{name}(name=");
        self.s(&f.name);
        self.out.push_str(", args=");
        self.arguments(&f.args);
        self.out.push_str(", body=");
        self.stmts(&f.body);
        self.out.push_str(", decorator_list=");
        self.exprs(&f.decorator_list);
        self.opt_expr("returns", f.returns.as_deref());
        self.type_params(&f.type_params);
    }

    fn type_params(&mut self, tp: &[TypeParam]) {
        if !tp.is_empty() {
            self.out.push_str(", type_params=");
            list(self, tp, |d, p| d.type_param(p));
        }
    }

    fn stmt_inner(&mut self, st: &Stmt) {
        match &st.kind {
            StmtKind::FunctionDef(f) => self.function_def("FunctionDef", f),
            StmtKind::AsyncFunctionDef(f) => self.function_def("AsyncFunctionDef", f),
            StmtKind::ClassDef { name, bases, keywords, body, decorator_list, type_params } => {
                self.out.push_str("ClassDef(name=");
                self.s(name);
                self.out.push_str(", bases=");
                self.exprs(bases);
                self.out.push_str(", keywords=");
                list(self, keywords, |d, k| d.keyword(k));
                self.out.push_str(", body=");
                self.stmts(body);
                self.out.push_str(", decorator_list=");
                self.exprs(decorator_list);
                self.type_params(type_params);
            }
            StmtKind::Return { value } => {
                self.out.push_str("Return(");
                if let Some(v) = value {
                    self.out.push_str("value=");
                    self.expr(v);
                    self.loc(st.loc);
                } else {
                    self.loc_alone(st.loc);
                }
                self.out.push(')');
                return;
            }
            StmtKind::Delete { targets } => {
                self.out.push_str("Delete(targets=");
                self.exprs(targets);
            }
            StmtKind::Assign { targets, value, .. } => {
                self.out.push_str("Assign(targets=");
                self.exprs(targets);
                self.out.push_str(", value=");
                self.expr(value);
            }
            StmtKind::TypeAlias { name, type_params, value } => {
                self.out.push_str("TypeAlias(name=");
                self.expr(name);
                self.out.push_str(", type_params=");
                list(self, type_params, |d, p| d.type_param(p));
                self.out.push_str(", value=");
                self.expr(value);
            }
            StmtKind::AugAssign { target, op, value } => {
                self.out.push_str("AugAssign(target=");
                self.expr(target);
                let _ = write!(self.out, ", op={}(), value=", operator_name(*op));
                self.expr(value);
            }
            StmtKind::AnnAssign { target, annotation, value, simple } => {
                self.out.push_str("AnnAssign(target=");
                self.expr(target);
                self.out.push_str(", annotation=");
                self.expr(annotation);
                self.opt_expr("value", value.as_deref());
                let _ = write!(self.out, ", simple={simple}");
            }
            StmtKind::For(f) | StmtKind::AsyncFor(f) => {
                let name = if matches!(st.kind, StmtKind::For(_)) { "For" } else { "AsyncFor" };
                let _ = write!(self.out, "{name}(target=");
                self.expr(&f.target);
                self.out.push_str(", iter=");
                self.expr(&f.iter);
                self.out.push_str(", body=");
                self.stmts(&f.body);
                self.out.push_str(", orelse=");
                self.stmts(&f.orelse);
            }
            StmtKind::While { test, body, orelse } => {
                self.out.push_str("While(test=");
                self.expr(test);
                self.out.push_str(", body=");
                self.stmts(body);
                self.out.push_str(", orelse=");
                self.stmts(orelse);
            }
            StmtKind::If { test, body, orelse } => {
                self.out.push_str("If(test=");
                self.expr(test);
                self.out.push_str(", body=");
                self.stmts(body);
                self.out.push_str(", orelse=");
                self.stmts(orelse);
            }
            StmtKind::With(w) | StmtKind::AsyncWith(w) => {
                let name = if matches!(st.kind, StmtKind::With(_)) { "With" } else { "AsyncWith" };
                let _ = write!(self.out, "{name}(items=");
                list(self, &w.items, |d, i| {
                    d.out.push_str("withitem(context_expr=");
                    d.expr(&i.context_expr);
                    d.opt_expr("optional_vars", i.optional_vars.as_deref());
                    d.out.push(')');
                });
                self.out.push_str(", body=");
                self.stmts(&w.body);
            }
            StmtKind::Match { subject, cases } => {
                self.out.push_str("Match(subject=");
                self.expr(subject);
                self.out.push_str(", cases=");
                list(self, cases, |d, c| {
                    d.out.push_str("match_case(pattern=");
                    d.pattern(&c.pattern);
                    d.opt_expr("guard", c.guard.as_deref());
                    d.out.push_str(", body=");
                    d.stmts(&c.body);
                    d.out.push(')');
                });
            }
            StmtKind::Raise { exc, cause } => {
                self.out.push_str("Raise(");
                let mut first = true;
                if let Some(e) = exc {
                    self.out.push_str("exc=");
                    self.expr(e);
                    first = false;
                }
                if let Some(c) = cause {
                    if !first {
                        self.out.push_str(", ");
                    }
                    self.out.push_str("cause=");
                    self.expr(c);
                    first = false;
                }
                if first {
                    self.loc_alone(st.loc);
                } else {
                    self.loc(st.loc);
                }
                self.out.push(')');
                return;
            }
            StmtKind::Try(t) | StmtKind::TryStar(t) => {
                let name = if matches!(st.kind, StmtKind::Try(_)) { "Try" } else { "TryStar" };
                let _ = write!(self.out, "{name}(body=");
                self.stmts(&t.body);
                self.out.push_str(", handlers=");
                list(self, &t.handlers, |d, h| {
                    d.out.push_str("ExceptHandler(");
                    if let Some(ty) = &h.type_ {
                        d.out.push_str("type=");
                        d.expr(ty);
                        d.out.push_str(", ");
                    }
                    if let Some(n) = &h.name {
                        d.out.push_str("name=");
                        d.s(n);
                        d.out.push_str(", ");
                    }
                    d.out.push_str("body=");
                    d.stmts(&h.body);
                    d.loc(h.loc);
                    d.out.push(')');
                });
                self.out.push_str(", orelse=");
                self.stmts(&t.orelse);
                self.out.push_str(", finalbody=");
                self.stmts(&t.finalbody);
            }
            StmtKind::Assert { test, msg } => {
                self.out.push_str("Assert(test=");
                self.expr(test);
                self.opt_expr("msg", msg.as_deref());
            }
            StmtKind::Import { names } => {
                self.out.push_str("Import(names=");
                self.aliases(names);
            }
            StmtKind::ImportFrom { module, names, level } => {
                self.out.push_str("ImportFrom(");
                if let Some(m) = module {
                    self.out.push_str("module=");
                    self.s(m);
                    self.out.push_str(", ");
                }
                self.out.push_str("names=");
                self.aliases(names);
                let _ = write!(self.out, ", level={level}");
            }
            StmtKind::Global { names } => {
                self.out.push_str("Global(names=");
                self.names(names);
            }
            StmtKind::Nonlocal { names } => {
                self.out.push_str("Nonlocal(names=");
                self.names(names);
            }
            StmtKind::Expr { value } => {
                self.out.push_str("Expr(value=");
                self.expr(value);
            }
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {
                let name = match st.kind {
                    StmtKind::Pass => "Pass",
                    StmtKind::Break => "Break",
                    _ => "Continue",
                };
                let _ = write!(self.out, "{name}(");
                self.loc_alone(st.loc);
                self.out.push(')');
                return;
            }
        }
        self.loc(st.loc);
        self.out.push(')');
    }

    fn aliases(&mut self, names: &[Alias]) {
        list(self, names, |d, a| {
            d.out.push_str("alias(name=");
            d.s(&a.name);
            d.opt_name("asname", a.asname.as_ref());
            d.loc(a.loc);
            d.out.push(')');
        });
    }

    fn keyword(&mut self, k: &Keyword) {
        self.out.push_str("keyword(");
        if let Some(a) = &k.arg {
            self.out.push_str("arg=");
            self.s(a);
            self.out.push_str(", ");
        }
        self.out.push_str("value=");
        self.expr(&k.value);
        self.loc(k.loc);
        self.out.push(')');
    }

    fn arg(&mut self, a: &Arg) {
        self.out.push_str("arg(arg=");
        self.s(&a.arg);
        self.opt_expr("annotation", a.annotation.as_deref());
        self.loc(a.loc);
        self.out.push(')');
    }

    fn arguments(&mut self, a: &Arguments) {
        self.out.push_str("arguments(posonlyargs=");
        list(self, &a.posonlyargs, |d, x| d.arg(x));
        self.out.push_str(", args=");
        list(self, &a.args, |d, x| d.arg(x));
        if let Some(v) = &a.vararg {
            self.out.push_str(", vararg=");
            self.arg(v);
        }
        self.out.push_str(", kwonlyargs=");
        list(self, &a.kwonlyargs, |d, x| d.arg(x));
        self.out.push_str(", kw_defaults=");
        list(self, &a.kw_defaults, |d, x| match x {
            Some(e) => d.expr(e),
            None => d.out.push_str("None"),
        });
        if let Some(k) = &a.kwarg {
            self.out.push_str(", kwarg=");
            self.arg(k);
        }
        self.out.push_str(", defaults=");
        self.exprs(&a.defaults);
        self.out.push(')');
    }

    fn type_param(&mut self, p: &TypeParam) {
        match &p.kind {
            TypeParamKind::TypeVar { name, bound, default_value } => {
                self.out.push_str("TypeVar(name=");
                self.s(name);
                self.opt_expr("bound", bound.as_deref());
                self.opt_expr("default_value", default_value.as_deref());
            }
            TypeParamKind::ParamSpec { name, default_value } => {
                self.out.push_str("ParamSpec(name=");
                self.s(name);
                self.opt_expr("default_value", default_value.as_deref());
            }
            TypeParamKind::TypeVarTuple { name, default_value } => {
                self.out.push_str("TypeVarTuple(name=");
                self.s(name);
                self.opt_expr("default_value", default_value.as_deref());
            }
        }
        self.loc(p.loc);
        self.out.push(')');
    }

    fn comprehensions(&mut self, gens: &[Comprehension]) {
        list(self, gens, |d, c| {
            d.out.push_str("comprehension(target=");
            d.expr(&c.target);
            d.out.push_str(", iter=");
            d.expr(&c.iter);
            d.out.push_str(", ifs=");
            d.exprs(&c.ifs);
            let _ = write!(d.out, ", is_async={})", c.is_async);
        });
    }

    fn expr(&mut self, e: &Expr) {
        self.stack_guard(|d| d.expr_inner(e, None));
    }

    /// Dumps `e`; `loc_override` replaces its position (3.11 f-string parts).
    fn expr_inner(&mut self, e: &Expr, loc_override: Option<Location>) {
        let loc = loc_override.unwrap_or(e.loc);
        match &e.kind {
            ExprKind::BoolOp { op, values } => {
                let _ = write!(self.out, "BoolOp(op={}(), values=", if *op == BoolOp::And { "And" } else { "Or" });
                self.exprs(values);
            }
            ExprKind::NamedExpr { target, value } => {
                self.out.push_str("NamedExpr(target=");
                self.expr(target);
                self.out.push_str(", value=");
                self.expr(value);
            }
            ExprKind::BinOp { left, op, right } => {
                self.out.push_str("BinOp(left=");
                self.expr(left);
                let _ = write!(self.out, ", op={}(), right=", operator_name(*op));
                self.expr(right);
            }
            ExprKind::UnaryOp { op, operand } => {
                let name = match op {
                    UnaryOp::Invert => "Invert",
                    UnaryOp::Not => "Not",
                    UnaryOp::UAdd => "UAdd",
                    UnaryOp::USub => "USub",
                };
                let _ = write!(self.out, "UnaryOp(op={name}(), operand=");
                self.expr(operand);
            }
            ExprKind::Lambda { args, body } => {
                self.out.push_str("Lambda(args=");
                self.arguments(args);
                self.out.push_str(", body=");
                self.expr(body);
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.out.push_str("IfExp(test=");
                self.expr(test);
                self.out.push_str(", body=");
                self.expr(body);
                self.out.push_str(", orelse=");
                self.expr(orelse);
            }
            ExprKind::Dict { keys, values } => {
                self.out.push_str("Dict(keys=");
                list(self, keys, |d, k| match k {
                    Some(k) => d.expr(k),
                    None => d.out.push_str("None"),
                });
                self.out.push_str(", values=");
                self.exprs(values);
            }
            ExprKind::Set { elts } => {
                self.out.push_str("Set(elts=");
                self.exprs(elts);
            }
            ExprKind::ListComp { elt, generators } | ExprKind::SetComp { elt, generators } | ExprKind::GeneratorExp { elt, generators } => {
                let name = match e.kind {
                    ExprKind::ListComp { .. } => "ListComp",
                    ExprKind::SetComp { .. } => "SetComp",
                    _ => "GeneratorExp",
                };
                let _ = write!(self.out, "{name}(elt=");
                self.expr(elt);
                self.out.push_str(", generators=");
                self.comprehensions(generators);
            }
            ExprKind::DictComp { key, value, generators } => {
                self.out.push_str("DictComp(key=");
                self.expr(key);
                self.out.push_str(", value=");
                self.expr(value);
                self.out.push_str(", generators=");
                self.comprehensions(generators);
            }
            ExprKind::Await { value } => {
                self.out.push_str("Await(value=");
                self.expr(value);
            }
            ExprKind::Yield { value } => {
                self.out.push_str("Yield(");
                match value {
                    Some(v) => {
                        self.out.push_str("value=");
                        self.expr(v);
                        self.loc(loc);
                    }
                    None => self.loc_alone(loc),
                }
                self.out.push(')');
                return;
            }
            ExprKind::YieldFrom { value } => {
                self.out.push_str("YieldFrom(value=");
                self.expr(value);
            }
            ExprKind::Compare { left, ops, comparators } => {
                self.out.push_str("Compare(left=");
                self.expr(left);
                self.out.push_str(", ops=");
                list(self, ops, |d, op| {
                    let _ = write!(d.out, "{}()", cmpop_name(*op));
                });
                self.out.push_str(", comparators=");
                self.exprs(comparators);
            }
            ExprKind::Call { func, args, keywords } => {
                self.out.push_str("Call(func=");
                self.expr(func);
                self.out.push_str(", args=");
                self.exprs(args);
                self.out.push_str(", keywords=");
                list(self, keywords, |d, k| d.keyword(k));
            }
            ExprKind::FormattedValue { value, conversion, format_spec } => {
                self.out.push_str("FormattedValue(value=");
                match &value.kind {
                    // 3.11 parsed a field as `(expr)` with the parentheses in place of the
                    // braces, so a bare tuple spans from `{` to one past its end.
                    ExprKind::Tuple { elts, .. }
                        if matches!(self.fstrings, FStringPositions::Py311(_))
                            && elts.first().is_some_and(|f| f.loc.col_offset == value.loc.col_offset && f.loc.lineno == value.loc.lineno) =>
                    {
                        let l = Location { lineno: e.loc.lineno, col_offset: e.loc.col_offset, end_lineno: value.loc.end_lineno, end_col_offset: value.loc.end_col_offset + 1 };
                        self.stack_guard(|d| d.expr_inner(value, Some(l)));
                    }
                    _ => self.expr(value),
                }
                let _ = write!(self.out, ", conversion={conversion}");
                if let Some(spec) = format_spec {
                    self.out.push_str(", format_spec=");
                    self.format_spec(spec);
                }
            }
            ExprKind::Interpolation { value, str, conversion, format_spec } => {
                self.out.push_str("Interpolation(value=");
                self.expr(value);
                self.out.push_str(", str=");
                self.s(str);
                let _ = write!(self.out, ", conversion={conversion}");
                if let Some(spec) = format_spec {
                    self.out.push_str(", format_spec=");
                    self.format_spec(spec);
                }
            }
            ExprKind::JoinedStr { values } | ExprKind::TemplateStr { values } => {
                let name = if matches!(e.kind, ExprKind::JoinedStr { .. }) { "JoinedStr" } else { "TemplateStr" };
                let _ = write!(self.out, "{name}(values=");
                let saved = self.whole;
                let py311 = matches!(self.fstrings, FStringPositions::Py311(_));
                if py311 {
                    self.whole = Some(loc);
                }
                list(self, values, |d, v| {
                    let part_loc = if py311 { Some(loc) } else { None };
                    d.stack_guard(|d| d.expr_inner(v, part_loc));
                });
                self.whole = saved;
            }
            ExprKind::Constant { value, kind } => {
                self.out.push_str("Constant(value=");
                repr_constant(&mut self.out, value);
                if let Some(k) = kind {
                    self.out.push_str(", kind=");
                    self.s(k);
                }
            }
            ExprKind::Attribute { value, attr, ctx } => {
                self.out.push_str("Attribute(value=");
                self.expr(value);
                self.out.push_str(", attr=");
                self.s(attr);
                let _ = write!(self.out, ", ctx={}()", ctx_name(*ctx));
            }
            ExprKind::Subscript { value, slice, ctx } => {
                self.out.push_str("Subscript(value=");
                self.expr(value);
                self.out.push_str(", slice=");
                self.expr(slice);
                let _ = write!(self.out, ", ctx={}()", ctx_name(*ctx));
            }
            ExprKind::Starred { value, ctx } => {
                self.out.push_str("Starred(value=");
                self.expr(value);
                let _ = write!(self.out, ", ctx={}()", ctx_name(*ctx));
            }
            ExprKind::Name { id, ctx } => {
                self.out.push_str("Name(id=");
                self.s(id);
                let _ = write!(self.out, ", ctx={}()", ctx_name(*ctx));
            }
            ExprKind::List { elts, ctx } | ExprKind::Tuple { elts, ctx } => {
                let name = if matches!(e.kind, ExprKind::List { .. }) { "List" } else { "Tuple" };
                let _ = write!(self.out, "{name}(elts=");
                self.exprs(elts);
                let _ = write!(self.out, ", ctx={}()", ctx_name(*ctx));
            }
            ExprKind::Slice { lower, upper, step } => {
                self.out.push_str("Slice(");
                let mut first = true;
                for (field, v) in [("lower", lower), ("upper", upper), ("step", step)] {
                    if let Some(v) = v {
                        if !first {
                            self.out.push_str(", ");
                        }
                        let _ = write!(self.out, "{field}=");
                        self.expr(v);
                        first = false;
                    }
                }
                if first {
                    self.loc_alone(loc);
                } else {
                    self.loc(loc);
                }
                self.out.push(')');
                return;
            }
        }
        self.loc(loc);
        self.out.push(')');
    }

    /// A format spec `JoinedStr`: with 3.11 positions it takes the span of the string token
    /// it is in, as does its trailing literal; its other parts take the whole string's span.
    fn format_spec(&mut self, spec: &Expr) {
        let FStringPositions::Py311(spans) = self.fstrings else {
            self.expr(spec);
            return;
        };
        let ExprKind::JoinedStr { values } = &spec.kind else {
            self.expr(spec);
            return;
        };
        let token = innermost_span(spans, spec.loc).unwrap_or(spec.loc);
        let whole = self.whole.unwrap_or(token);
        self.out.push_str("JoinedStr(values=");
        let n = values.len();
        list(self, values, |d, v| {
            let is_last_literal = matches!(v.kind, ExprKind::Constant { .. }) && std::ptr::eq(v, &values[n - 1]);
            let l = if is_last_literal { token } else { whole };
            d.stack_guard(|d| d.expr_inner(v, Some(l)));
        });
        self.loc(token);
        self.out.push(')');
    }

    fn pattern(&mut self, p: &Pattern) {
        self.stack_guard(|d| d.pattern_inner(p));
    }

    fn pattern_inner(&mut self, p: &Pattern) {
        match &p.kind {
            PatternKind::MatchValue { value } => {
                self.out.push_str("MatchValue(value=");
                self.expr(value);
            }
            PatternKind::MatchSingleton { value } => {
                self.out.push_str("MatchSingleton(value=");
                repr_constant(&mut self.out, value);
            }
            PatternKind::MatchSequence { patterns } => {
                self.out.push_str("MatchSequence(patterns=");
                list(self, patterns, |d, x| d.pattern(x));
            }
            PatternKind::MatchMapping { keys, patterns, rest } => {
                self.out.push_str("MatchMapping(keys=");
                self.exprs(keys);
                self.out.push_str(", patterns=");
                list(self, patterns, |d, x| d.pattern(x));
                self.opt_name("rest", rest.as_ref());
            }
            PatternKind::MatchClass { cls, patterns, kwd_attrs, kwd_patterns } => {
                self.out.push_str("MatchClass(cls=");
                self.expr(cls);
                self.out.push_str(", patterns=");
                list(self, patterns, |d, x| d.pattern(x));
                self.out.push_str(", kwd_attrs=");
                self.names(kwd_attrs);
                self.out.push_str(", kwd_patterns=");
                list(self, kwd_patterns, |d, x| d.pattern(x));
            }
            PatternKind::MatchStar { name } => {
                self.out.push_str("MatchStar(");
                match name {
                    Some(n) => {
                        self.out.push_str("name=");
                        self.s(n);
                        self.loc(p.loc);
                    }
                    None => self.loc_alone(p.loc),
                }
                self.out.push(')');
                return;
            }
            PatternKind::MatchAs { pattern, name } => {
                self.out.push_str("MatchAs(");
                let mut first = true;
                if let Some(sub) = pattern {
                    self.out.push_str("pattern=");
                    self.pattern(sub);
                    first = false;
                }
                if let Some(n) = name {
                    if !first {
                        self.out.push_str(", ");
                    }
                    self.out.push_str("name=");
                    self.s(n);
                    first = false;
                }
                if first {
                    self.loc_alone(p.loc);
                } else {
                    self.loc(p.loc);
                }
                self.out.push(')');
                return;
            }
            PatternKind::MatchOr { patterns } => {
                self.out.push_str("MatchOr(patterns=");
                list(self, patterns, |d, x| d.pattern(x));
            }
        }
        self.loc(p.loc);
        self.out.push(')');
    }
}

/// The innermost span in `spans` that contains the start of `loc`.
fn innermost_span(spans: &[Location], loc: Location) -> Option<Location> {
    let key = (loc.lineno, loc.col_offset);
    spans
        .iter()
        .filter(|s| (s.lineno, s.col_offset) <= key && key < (s.end_lineno, s.end_col_offset))
        .min_by_key(|s| (s.end_lineno - s.lineno, s.end_col_offset.wrapping_sub(s.col_offset)))
        .copied()
}

fn operator_name(op: Operator) -> &'static str {
    match op {
        Operator::Add => "Add",
        Operator::Sub => "Sub",
        Operator::Mult => "Mult",
        Operator::MatMult => "MatMult",
        Operator::Div => "Div",
        Operator::Mod => "Mod",
        Operator::Pow => "Pow",
        Operator::LShift => "LShift",
        Operator::RShift => "RShift",
        Operator::BitOr => "BitOr",
        Operator::BitXor => "BitXor",
        Operator::BitAnd => "BitAnd",
        Operator::FloorDiv => "FloorDiv",
    }
}

fn cmpop_name(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "Eq",
        CmpOp::NotEq => "NotEq",
        CmpOp::Lt => "Lt",
        CmpOp::LtE => "LtE",
        CmpOp::Gt => "Gt",
        CmpOp::GtE => "GtE",
        CmpOp::Is => "Is",
        CmpOp::IsNot => "IsNot",
        CmpOp::In => "In",
        CmpOp::NotIn => "NotIn",
    }
}

fn ctx_name(c: ExprContext) -> &'static str {
    match c {
        ExprContext::Load => "Load",
        ExprContext::Store => "Store",
        ExprContext::Del => "Del",
    }
}

/// `repr()` of a constant.
pub fn repr_constant(out: &mut String, c: &Constant) {
    match c {
        Constant::None => out.push_str("None"),
        Constant::True => out.push_str("True"),
        Constant::False => out.push_str("False"),
        Constant::Ellipsis => out.push_str("Ellipsis"),
        Constant::Int(Int::Small(v)) => {
            let _ = write!(out, "{v}");
        }
        Constant::Int(Int::Big(digits)) => out.push_str(&crate::parser::big_literal_decimal(digits)),
        Constant::Float(f) => out.push_str(&float_repr::repr(*f)),
        Constant::Complex { imag } => {
            out.push_str(&float_repr::repr_no_dot_zero(*imag));
            out.push('j');
        }
        Constant::Str(s) => repr_str(out, s),
        Constant::Bytes(b) => out.push_str(&text_repr::bytes_repr(b)),
    }
}

/// `repr()` of a str constant: the runtime's own `repr(str)`, so the dump and a running
/// program agree on quotes and escapes, with one difference: the dump is CPython 3.11's
/// `ast.dump`, whose `repr` knows Unicode 14, so characters assigned since then (printable
/// for the runtime) are escaped as 3.11 escapes them.
fn repr_str(out: &mut String, s: &PyStr) {
    let repr = match s.as_str() {
        Some(text) => text_repr::str_repr(text),
        None => text_repr::str_repr_code_points(&s.code_points().collect::<Vec<u32>>()),
    };
    if !repr.chars().any(assigned_after_unicode_14) {
        out.push_str(&repr);
        return;
    }
    for ch in repr.chars() {
        match ch as u32 {
            _ if !assigned_after_unicode_14(ch) => out.push(ch),
            cp @ ..=0xFFFF => out.push_str(&format!("\\u{cp:04x}")),
            cp => out.push_str(&format!("\\U{cp:08x}")),
        }
    }
}

/// Characters printable under Unicode 15.1 (the runtime's table, as CPython 3.13) that
/// Unicode 14 (CPython 3.11) had not assigned: the difference of `str.isprintable()`
/// between python3.11 and python3.13 over every code point, as ranges.
const ASSIGNED_AFTER_UNICODE_14: &[(u32, u32)] = &[
    (0x0CF3, 0x0CF3), (0x0ECE, 0x0ECE), (0x2FFC, 0x2FFF), (0x31EF, 0x31EF), (0x10EFD, 0x10EFF),
    (0x1123F, 0x11241), (0x11B00, 0x11B09), (0x11F00, 0x11F10), (0x11F12, 0x11F3A),
    (0x11F3E, 0x11F59), (0x1342F, 0x1342F), (0x13440, 0x13455), (0x1B132, 0x1B132),
    (0x1B155, 0x1B155), (0x1D2C0, 0x1D2D3), (0x1DF25, 0x1DF2A), (0x1E030, 0x1E06D),
    (0x1E08F, 0x1E08F), (0x1E4D0, 0x1E4F9), (0x1F6DC, 0x1F6DC), (0x1F774, 0x1F776),
    (0x1F77B, 0x1F77F), (0x1F7D9, 0x1F7D9), (0x1FA75, 0x1FA77), (0x1FA87, 0x1FA88),
    (0x1FAAD, 0x1FAAF), (0x1FABB, 0x1FABD), (0x1FABF, 0x1FABF), (0x1FACE, 0x1FACF),
    (0x1FADA, 0x1FADB), (0x1FAE8, 0x1FAE8), (0x1FAF7, 0x1FAF8), (0x2B739, 0x2B739),
    (0x2EBF0, 0x2EE5D), (0x31350, 0x323AF),
];

fn assigned_after_unicode_14(ch: char) -> bool {
    let cp = ch as u32;
    ASSIGNED_AFTER_UNICODE_14.iter().any(|&(lo, hi)| (lo..=hi).contains(&cp))
}
