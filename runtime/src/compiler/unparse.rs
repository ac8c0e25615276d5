//! Expression -> source text, the form `from __future__ import annotations` stores.
//!
//! CPython does not keep the annotation's original text: it unparses the AST, so
//! spacing and parentheses are normalised (`Dict[str,int]` -> `'Dict[str, int]'`,
//! `(int)` -> `'int'`, a string constant -> its repr). This follows the same
//! precedence rules: an operand is parenthesised only when its operator binds less
//! tightly than its context requires; the top level is a "test" (so a bare tuple gets
//! its parentheses back).

use braid_parser::ast::{self, BoolOp, CmpOp, Constant, Expr, ExprKind, Operator, UnaryOp};

// Precedence levels, loosest first.
const TUPLE: u8 = 0;
const TEST: u8 = 1;
const OR: u8 = 2;
const AND: u8 = 3;
const NOT: u8 = 4;
const CMP: u8 = 5;
const BOR: u8 = 6;
const BXOR: u8 = 7;
const BAND: u8 = 8;
const SHIFT: u8 = 9;
const ARITH: u8 = 10;
const TERM: u8 = 11;
const FACTOR: u8 = 12;
const POWER: u8 = 13;
const AWAIT: u8 = 14;
const ATOM: u8 = 15;

/// The normalised source text of `e`.
pub fn unparse(e: &Expr) -> String {
    let mut out = String::new();
    expr(&mut out, e, TEST);
    out
}

fn binop(op: Operator) -> (&'static str, u8) {
    use Operator as O;
    match op {
        O::Add => ("+", ARITH),
        O::Sub => ("-", ARITH),
        O::Mult => ("*", TERM),
        O::MatMult => ("@", TERM),
        O::Div => ("/", TERM),
        O::Mod => ("%", TERM),
        O::FloorDiv => ("//", TERM),
        O::Pow => ("**", POWER),
        O::LShift => ("<<", SHIFT),
        O::RShift => (">>", SHIFT),
        O::BitOr => ("|", BOR),
        O::BitXor => ("^", BXOR),
        O::BitAnd => ("&", BAND),
    }
}

fn cmpop(op: CmpOp) -> &'static str {
    use CmpOp as C;
    match op {
        C::Eq => "==",
        C::NotEq => "!=",
        C::Lt => "<",
        C::LtE => "<=",
        C::Gt => ">",
        C::GtE => ">=",
        C::Is => "is",
        C::IsNot => "is not",
        C::In => "in",
        C::NotIn => "not in",
    }
}

fn join(out: &mut String, items: &[Expr], level: u8) {
    for (i, e) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        expr(out, e, level);
    }
}

fn constant(out: &mut String, c: &Constant) {
    match c {
        Constant::None => out.push_str("None"),
        Constant::True => out.push_str("True"),
        Constant::False => out.push_str("False"),
        Constant::Ellipsis => out.push_str("..."),
        Constant::Int(ast::Int::Small(i)) => out.push_str(&i.to_string()),
        Constant::Int(ast::Int::Big(s)) => out.push_str(&crate::numeric::int_text::parse_int(s, 0, 0).map_or_else(|_| s.clone(), |v| v.to_string())),
        Constant::Float(f) if f.is_infinite() => out.push_str("1e309"),
        Constant::Float(f) => out.push_str(&crate::builtins::float::float_repr(*f)),
        Constant::Complex { imag } if imag.is_infinite() => out.push_str("1e309j"),
        Constant::Complex { imag } => {
            out.push_str(crate::builtins::float::float_repr(*imag).trim_end_matches(".0"));
            out.push('j');
        }
        Constant::Str(s) => out.push_str(&crate::builtins::str::repr_str(&String::from_utf8_lossy(s.as_wtf8()))),
        Constant::Bytes(b) => out.push_str(&crate::text::repr::bytes_repr(b)),
    }
}

fn comprehensions(out: &mut String, generators: &[ast::Comprehension]) {
    for g in generators {
        out.push_str(if g.is_async != 0 { " async for " } else { " for " });
        expr(out, &g.target, TUPLE);
        out.push_str(" in ");
        expr(out, &g.iter, TEST + 1);
        for c in &g.ifs {
            out.push_str(" if ");
            expr(out, c, TEST + 1);
        }
    }
}

/// The inside of an f-string: literal parts with braces doubled, replacement fields.
fn fstring_body(out: &mut String, values: &[Expr]) {
    for v in values {
        match &v.kind {
            ExprKind::Constant { value: Constant::Str(s), .. } => out.push_str(&String::from_utf8_lossy(s.as_wtf8()).replace('{', "{{").replace('}', "}}")),
            ExprKind::FormattedValue { value, conversion, format_spec } => {
                let mut inner = String::new();
                expr(&mut inner, value, TEST + 1);
                out.push('{');
                if inner.starts_with('{') {
                    out.push(' ');
                }
                out.push_str(&inner);
                if let Ok(c) = u8::try_from(*conversion) {
                    out.push('!');
                    out.push(c as char);
                }
                if let Some(spec) = format_spec {
                    out.push(':');
                    if let ExprKind::JoinedStr { values } = &spec.kind {
                        fstring_body(out, values);
                    }
                }
                out.push('}');
            }
            _ => {}
        }
    }
}

fn expr(out: &mut String, e: &Expr, level: u8) {
    let open = |out: &mut String, cond: bool| {
        if cond {
            out.push('(');
        }
    };
    let close = |out: &mut String, cond: bool| {
        if cond {
            out.push(')');
        }
    };
    match &e.kind {
        ExprKind::BoolOp { op, values } => {
            let (word, pr) = if *op == BoolOp::And { (" and ", AND) } else { (" or ", OR) };
            open(out, level > pr);
            for (i, v) in values.iter().enumerate() {
                if i > 0 {
                    out.push_str(word);
                }
                expr(out, v, pr + 1);
            }
            close(out, level > pr);
        }
        ExprKind::NamedExpr { target, value } => {
            open(out, level > TUPLE);
            expr(out, target, ATOM);
            out.push_str(" := ");
            expr(out, value, ATOM);
            close(out, level > TUPLE);
        }
        ExprKind::BinOp { left, op, right } => {
            let (sym, pr) = binop(*op);
            let rassoc = u8::from(*op == Operator::Pow);
            open(out, level > pr);
            expr(out, left, pr + rassoc);
            out.push(' ');
            out.push_str(sym);
            out.push(' ');
            expr(out, right, pr + 1 - rassoc);
            close(out, level > pr);
        }
        ExprKind::UnaryOp { op, operand } => {
            let (sym, pr) = match op {
                UnaryOp::Not => ("not ", NOT),
                UnaryOp::Invert => ("~", FACTOR),
                UnaryOp::UAdd => ("+", FACTOR),
                UnaryOp::USub => ("-", FACTOR),
            };
            open(out, level > pr);
            out.push_str(sym);
            expr(out, operand, pr);
            close(out, level > pr);
        }
        ExprKind::Lambda { args, body } => {
            open(out, level > TEST);
            let names: Vec<&str> = args.posonlyargs.iter().chain(&args.args).map(|a| a.arg.as_str()).collect();
            out.push_str("lambda");
            if !names.is_empty() {
                out.push(' ');
                out.push_str(&names.join(", "));
            }
            out.push_str(": ");
            expr(out, body, TEST);
            close(out, level > TEST);
        }
        ExprKind::IfExp { test, body, orelse } => {
            open(out, level > TEST);
            expr(out, body, TEST + 1);
            out.push_str(" if ");
            expr(out, test, TEST + 1);
            out.push_str(" else ");
            expr(out, orelse, TEST);
            close(out, level > TEST);
        }
        ExprKind::Dict { keys, values } => {
            out.push('{');
            for (i, (k, v)) in keys.iter().zip(values).enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                match k {
                    Some(k) => {
                        expr(out, k, TEST);
                        out.push_str(": ");
                        expr(out, v, TEST);
                    }
                    None => {
                        out.push_str("**");
                        expr(out, v, BOR);
                    }
                }
            }
            out.push('}');
        }
        ExprKind::Set { elts } if elts.is_empty() => out.push_str("{*()}"),
        ExprKind::Set { elts } => {
            out.push('{');
            join(out, elts, TEST);
            out.push('}');
        }
        ExprKind::ListComp { elt, generators } | ExprKind::SetComp { elt, generators } | ExprKind::GeneratorExp { elt, generators } => {
            let (l, r) = match &e.kind {
                ExprKind::ListComp { .. } => ('[', ']'),
                ExprKind::SetComp { .. } => ('{', '}'),
                _ => ('(', ')'),
            };
            out.push(l);
            expr(out, elt, TEST);
            comprehensions(out, generators);
            out.push(r);
        }
        ExprKind::DictComp { key, value, generators } => {
            out.push('{');
            expr(out, key, TEST);
            out.push_str(": ");
            expr(out, value, TEST);
            comprehensions(out, generators);
            out.push('}');
        }
        ExprKind::Await { value } => {
            open(out, level > AWAIT);
            out.push_str("await ");
            expr(out, value, ATOM);
            close(out, level > AWAIT);
        }
        ExprKind::Yield { value } => {
            out.push_str("(yield");
            if let Some(v) = value {
                out.push(' ');
                expr(out, v, TEST);
            }
            out.push(')');
        }
        ExprKind::YieldFrom { value } => {
            out.push_str("(yield from ");
            expr(out, value, TEST);
            out.push(')');
        }
        ExprKind::Compare { left, ops, comparators } => {
            open(out, level > CMP);
            expr(out, left, CMP + 1);
            for (op, c) in ops.iter().zip(comparators) {
                out.push(' ');
                out.push_str(cmpop(*op));
                out.push(' ');
                expr(out, c, CMP + 1);
            }
            close(out, level > CMP);
        }
        ExprKind::Call { func, args, keywords } => {
            expr(out, func, ATOM);
            if let ([only @ Expr { kind: ExprKind::GeneratorExp { .. }, .. }], []) = (args.as_slice(), keywords.as_slice()) {
                expr(out, only, TEST);
                return;
            }
            out.push('(');
            join(out, args, TEST);
            for (i, k) in keywords.iter().enumerate() {
                if i > 0 || !args.is_empty() {
                    out.push_str(", ");
                }
                match &k.arg {
                    Some(n) => {
                        out.push_str(n);
                        out.push('=');
                    }
                    None => out.push_str("**"),
                }
                expr(out, &k.value, TEST);
            }
            out.push(')');
        }
        ExprKind::FormattedValue { .. } | ExprKind::Interpolation { .. } => {}
        ExprKind::JoinedStr { values } | ExprKind::TemplateStr { values } => {
            let mut body = String::new();
            fstring_body(&mut body, values);
            out.push(if matches!(e.kind, ExprKind::TemplateStr { .. }) { 't' } else { 'f' });
            out.push_str(&crate::builtins::str::repr_str(&body));
        }
        ExprKind::Constant { value, .. } => constant(out, value),
        ExprKind::Attribute { value, attr, .. } => {
            expr(out, value, ATOM);
            if matches!(value.kind, ExprKind::Constant { value: Constant::Int(_), .. }) {
                out.push(' ');
            }
            out.push('.');
            out.push_str(attr);
        }
        ExprKind::Subscript { value, slice, .. } => {
            expr(out, value, ATOM);
            out.push('[');
            match &slice.kind {
                ExprKind::Tuple { elts, .. } if !elts.is_empty() => {
                    join(out, elts, TEST);
                    if elts.len() == 1 {
                        out.push(',');
                    }
                }
                _ => expr(out, slice, TUPLE),
            }
            out.push(']');
        }
        ExprKind::Starred { value, .. } => {
            out.push('*');
            expr(out, value, BOR);
        }
        ExprKind::Name { id, .. } => out.push_str(id),
        ExprKind::List { elts, .. } => {
            out.push('[');
            join(out, elts, TEST);
            out.push(']');
        }
        ExprKind::Tuple { elts, .. } => {
            if elts.is_empty() {
                out.push_str("()");
                return;
            }
            open(out, level > TUPLE);
            join(out, elts, TEST);
            if elts.len() == 1 {
                out.push(',');
            }
            close(out, level > TUPLE);
        }
        ExprKind::Slice { lower, upper, step } => {
            if let Some(l) = lower {
                expr(out, l, TEST);
            }
            out.push(':');
            if let Some(u) = upper {
                expr(out, u, TEST);
            }
            if let Some(s) = step {
                out.push(':');
                expr(out, s, TEST);
            }
        }
    }
}
