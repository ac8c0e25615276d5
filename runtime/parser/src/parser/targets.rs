//! Assignment, deletion and loop targets.
//!
//! The parser reads a target as an ordinary expression and then converts it here: the
//! context of every name/attribute/subscript/starred/tuple/list node in target position
//! becomes Store (or Del), and anything else is rejected with CPython's message, naming the
//! first offending sub-expression the way `_PyPegen_get_invalid_target` finds it.

use super::{PResult, ParseError, Parser};
use crate::ast::{Constant, Expr, ExprContext, ExprKind};

/// CPython's name for an expression kind in "cannot assign to ..." messages.
pub(crate) fn describe(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred { .. } => "starred",
        ExprKind::Name { .. } => "name",
        ExprKind::List { .. } => "list",
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield { .. } | ExprKind::YieldFrom { .. } => "yield expression",
        ExprKind::Await { .. } => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set { .. } => "set display",
        ExprKind::JoinedStr { .. } | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::TemplateStr { .. } | ExprKind::Interpolation { .. } => "t-string expression",
        ExprKind::Constant { value, .. } => match value {
            Constant::None => "None",
            Constant::True => "True",
            Constant::False => "False",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// The first sub-expression that cannot be a target, if any.
pub(crate) fn invalid_target(e: &Expr, ctx: ExprContext) -> Option<&Expr> {
    match &e.kind {
        ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => elts.iter().find_map(|x| invalid_target(x, ctx)),
        ExprKind::Starred { value, .. } => {
            if ctx == ExprContext::Del {
                Some(e)
            } else {
                invalid_target(value, ctx)
            }
        }
        ExprKind::Name { .. } | ExprKind::Subscript { .. } | ExprKind::Attribute { .. } => None,
        _ => Some(e),
    }
}

fn set_context(e: &mut Expr, ctx: ExprContext) {
    match &mut e.kind {
        ExprKind::Name { ctx: c, .. } | ExprKind::Attribute { ctx: c, .. } | ExprKind::Subscript { ctx: c, .. } => *c = ctx,
        ExprKind::Starred { value, ctx: c } => {
            *c = ctx;
            set_context(value, ctx);
        }
        ExprKind::List { elts, ctx: c } | ExprKind::Tuple { elts, ctx: c } => {
            *c = ctx;
            for x in elts {
                set_context(x, ctx);
            }
        }
        _ => {}
    }
}

impl Parser<'_> {
    /// Converts `e` to a Store/Del target or fails with "cannot assign to/delete ...".
    pub fn to_target(&self, mut e: Expr, ctx: ExprContext) -> PResult<Expr> {
        if let Some(bad) = invalid_target(&e, ctx) {
            return Err(self.target_error(bad, ctx));
        }
        set_context(&mut e, ctx);
        Ok(e)
    }

    pub fn target_error(&self, bad: &Expr, ctx: ExprContext) -> ParseError {
        let verb = if ctx == ExprContext::Del { "delete" } else { "assign to" };
        self.err_at(bad.loc, format!("cannot {verb} {}", describe(bad)))
    }

    /// The target of an assignment statement `t = ...`; `last` is true for the target just
    /// before the value, where CPython suggests `==`.
    pub fn assignment_target(&self, e: Expr, last_before_value: bool, eq_loc: crate::ast::Location) -> PResult<Expr> {
        if let Some(bad) = invalid_target(&e, ExprContext::Store) {
            let top_is_container = matches!(
                e.kind,
                ExprKind::List { .. } | ExprKind::Tuple { .. } | ExprKind::GeneratorExp { .. }
                    | ExprKind::Constant { value: Constant::True | Constant::False | Constant::None, .. }
            );
            let bitwise_level = !matches!(
                e.kind,
                ExprKind::Compare { .. } | ExprKind::BoolOp { .. } | ExprKind::Lambda { .. } | ExprKind::IfExp { .. }
                    | ExprKind::UnaryOp { op: crate::ast::UnaryOp::Not, .. } | ExprKind::NamedExpr { .. }
                    | ExprKind::Starred { .. } | ExprKind::Yield { .. } | ExprKind::YieldFrom { .. }
            );
            if matches!(e.kind, ExprKind::Yield { .. } | ExprKind::YieldFrom { .. }) {
                return Err(self.err_at(e.loc, "assignment to yield expression not possible"));
            }
            if last_before_value && !top_is_container && bitwise_level {
                let _ = eq_loc;
                return Err(self.err_at(
                    bad.loc,
                    format!("cannot assign to {} here. Maybe you meant '==' instead of '='?", describe(bad)),
                ));
            }
            return Err(self.target_error(bad, ExprContext::Store));
        }
        self.to_target(e, ExprContext::Store)
    }
}
