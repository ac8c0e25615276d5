//! Parameter lists (`def`, `lambda`) and call arguments.
//!
//! Both are parsed in one left-to-right pass that records which section (positional-only,
//! positional, keyword-only) it is in, so that every ordering mistake gets CPython's
//! specific message instead of a generic `invalid syntax`.

use super::expression::{mk, starts_expression};
use super::{PResult, Parser};
use crate::ast::{Arg, Arguments, Expr, ExprContext, ExprKind, Keyword};
use crate::token::{Token, T};

impl Parser<'_> {
    /// Parses `( arguments )` after a callee and builds the `Call`.
    pub fn call(&mut self, func: Expr, start: Token) -> PResult<Expr> {
        let open = self.bump();
        self.enter()?;
        self.brackets += 1;
        let result = self.call_inner(func, start, open);
        self.brackets -= 1;
        result
    }

    fn call_inner(&mut self, func: Expr, start: Token, open: Token) -> PResult<Expr> {
        let class_args = std::mem::take(&mut self.class_args);
        let mut args: Vec<Expr> = Vec::new();
        let mut keywords: Vec<Keyword> = Vec::new();
        let mut seen_kw_unpack = false;
        loop {
            if self.peek() == T::RPar {
                break;
            }
            let arg_start = self.cur();
            match self.peek() {
                T::Star => {
                    let before = self.prev();
                    if matches!(self.peek_at(1), T::RPar | T::Comma) {
                        self.bump();
                        let t = self.cur();
                        self.leave();
                        return Err(self.err_tok(t, "Invalid star expression"));
                    }
                    let e = self.starred_expression()?;
                    if seen_kw_unpack {
                        self.leave();
                        let loc = self.loc_of(before).until(e.loc);
                        return Err(self.err_at(loc, "iterable argument unpacking follows keyword argument unpacking"));
                    }
                    args.push(e);
                }
                T::DoubleStar => {
                    self.bump();
                    let value = self.expression()?;
                    let loc = self.loc_from(arg_start);
                    keywords.push(Keyword { arg: None, value, loc });
                    seen_kw_unpack = true;
                }
                T::Name if self.peek_at(1) == T::Equal => {
                    let name = self.bump();
                    let eq = self.bump();
                    if !starts_expression(self.peek()) && self.peek() != T::Error {
                        self.leave();
                        return Err(self.err_at(self.loc_of(name).until(self.loc_of(eq)), "expected argument value expression"));
                    }
                    let value = self.expression()?;
                    if matches!(self.peek(), T::For | T::Async) {
                        self.leave();
                        let loc = self.loc_of(name).until(self.loc_of(eq));
                        return Err(self.err_at(loc, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"));
                    }
                    let loc = self.loc_from(name);
                    keywords.push(Keyword { arg: Some(self.identifier(name)), value, loc });
                }
                _ => {
                    let e = self.named_expression_unchecked()?;
                    if matches!(self.peek(), T::For | T::Async) {
                        if class_args {
                            let t = self.cur();
                            self.leave();
                            return Err(self.invalid_syntax_at(t));
                        }
                        let generators = self.comprehension_clauses()?;
                        if args.is_empty() && keywords.is_empty() && self.peek() == T::RPar {
                            self.bump();
                            let genexp = mk(ExprKind::GeneratorExp { elt: Box::new(e), generators }, self.loc_from(open));
                            self.leave();
                            let loc = self.loc_from(start);
                            return Ok(mk(ExprKind::Call { func: Box::new(func), args: vec![genexp], keywords: Vec::new() }, loc));
                        }
                        let end = self.loc_of(self.prev());
                        self.leave();
                        return Err(self.err_at(e.loc.until(end), "Generator expression must be parenthesized"));
                    }
                    if self.peek() == T::Equal {
                        self.leave();
                        return Err(self.bad_keyword_argument(&e));
                    }
                    if !keywords.is_empty() {
                        self.leave();
                        let msg = if seen_kw_unpack {
                            "positional argument follows keyword argument unpacking"
                        } else {
                            "positional argument follows keyword argument"
                        };
                        let t = self.cur();
                        return Err(self.err_tok(t, msg));
                    }
                    args.push(e);
                }
            }
            if !self.eat(T::Comma) {
                break;
            }
        }
        if self.peek() != T::RPar {
            self.leave();
            return Err(self.invalid_syntax());
        }
        self.bump();
        self.leave();
        let loc = self.loc_from(start);
        Ok(mk(ExprKind::Call { func: Box::new(func), args, keywords }, loc))
    }

    fn bad_keyword_argument(&mut self, e: &Expr) -> super::ParseError {
        let eq = self.cur();
        match &e.kind {
            ExprKind::Constant { value: crate::ast::Constant::True | crate::ast::Constant::False | crate::ast::Constant::None, .. } => {
                let what = self.text(self.tok(self.pos - 1)).to_string();
                self.err_at(e.loc.until(self.loc_of(eq)), format!("cannot assign to {what}"))
            }
            _ => self.err_at(e.loc.until(self.loc_of(eq)), "expression cannot contain assignment, perhaps you meant \"==\"?"),
        }
    }

    /// `'*' expression` as a call argument.
    fn starred_expression(&mut self) -> PResult<Expr> {
        let star = self.bump();
        let value = self.expression()?;
        let loc = self.loc_from(star);
        Ok(mk(ExprKind::Starred { value: Box::new(value), ctx: ExprContext::Load }, loc))
    }

    /// Parameters of a `def` (inside the parentheses) or a `lambda` (up to the `:`).
    pub fn parameters(&mut self, is_lambda: bool) -> PResult<Arguments> {
        let close = if is_lambda { T::Colon } else { T::RPar };
        let mut a = Arguments::default();
        let mut positional: Vec<Arg> = Vec::new();
        let mut defaults: Vec<Expr> = Vec::new();
        let mut seen_slash = false;
        let mut seen_star = false;
        loop {
            if self.peek() == close {
                break;
            }
            let tok = self.cur();
            match self.peek() {
                T::Slash => {
                    self.bump();
                    if seen_slash {
                        return Err(self.err_tok(tok, "/ may appear only once"));
                    }
                    if seen_star {
                        return Err(self.err_tok(tok, "/ must be ahead of *"));
                    }
                    if positional.is_empty() {
                        return Err(self.err_tok(tok, "at least one argument must precede /"));
                    }
                    seen_slash = true;
                    a.posonlyargs = std::mem::take(&mut positional);
                }
                T::Star => {
                    self.bump();
                    if seen_star {
                        return Err(self.err_tok(tok, "* argument may appear only once"));
                    }
                    seen_star = true;
                    if self.peek() == T::Comma || self.peek() == close {
                        // Bare `*`: keyword-only parameters must follow.
                        let after = self.peek_at(1);
                        if self.peek() == close || after == close || after == T::DoubleStar {
                            // `def` points at the `*`; `lambda` at the last token read.
                            let at = match (is_lambda, self.peek() == close) {
                                (false, _) => tok,
                                (true, true) => self.cur(),
                                (true, false) => self.tok(self.pos + 1),
                            };
                            return Err(self.err_tok(at, "named arguments must follow bare *"));
                        }
                    } else {
                        let arg = self.parameter(is_lambda, true)?;
                        if self.peek() == T::Equal {
                            let t = self.cur();
                            return Err(self.err_tok(t, "var-positional argument cannot have default value"));
                        }
                        a.vararg = Some(Box::new(arg));
                    }
                }
                T::DoubleStar => {
                    self.bump();
                    let arg = self.parameter(is_lambda, false)?;
                    if self.peek() == T::Equal {
                        let t = self.cur();
                        return Err(self.err_tok(t, "var-keyword argument cannot have default value"));
                    }
                    a.kwarg = Some(Box::new(arg));
                    self.eat(T::Comma);
                    if self.peek() != close {
                        let t = self.cur();
                        return Err(self.err_tok(t, "arguments cannot follow var-keyword argument"));
                    }
                    break;
                }
                T::Name => {
                    let arg = self.parameter(is_lambda, false)?;
                    let default = if self.eat(T::Equal) { Some(self.expression()?) } else { None };
                    if seen_star {
                        a.kwonlyargs.push(arg);
                        a.kw_defaults.push(default);
                    } else {
                        match default {
                            Some(d) => defaults.push(d),
                            None if !defaults.is_empty() => {
                                return Err(self.err_at(arg.loc, "parameter without a default follows parameter with a default"));
                            }
                            None => {}
                        }
                        positional.push(arg);
                    }
                }
                _ => return Err(self.invalid_syntax()),
            }
            if !self.eat(T::Comma) {
                break;
            }
        }
        a.args = positional;
        a.defaults = defaults;
        Ok(a)
    }

    /// One parameter name with its optional annotation (`*args: *Ts` allowed when `star`).
    fn parameter(&mut self, is_lambda: bool, star: bool) -> PResult<Arg> {
        let name = self.expect_name()?;
        let annotation = if !is_lambda && self.eat(T::Colon) {
            Some(Box::new(if star && self.peek() == T::Star { self.starred_bitwise()? } else { self.expression()? }))
        } else {
            None
        };
        let loc = self.loc_from(name);
        Ok(Arg { arg: self.identifier(name), annotation, type_comment: None, loc })
    }

    /// `lambda [params]: expression`
    pub fn lambda(&mut self) -> PResult<Expr> {
        let kw = self.bump();
        self.enter()?;
        let args = self.parameters(true)?;
        self.expect(T::Colon)?;
        let body = self.expression()?;
        self.leave();
        let loc = self.loc_from(kw);
        Ok(mk(ExprKind::Lambda { args: Box::new(args), body: Box::new(body) }, loc))
    }
}
