//! The `match` statement (PEP 634) and its patterns.
//!
//! `match` and `case` are soft keywords: a line starting with `match` is first tried as a
//! match statement header (`match <subject>:` NEWLINE INDENT `case`); if that shape is not
//! there, the parser rewinds and reads the line as an ordinary statement, so `match = 1`
//! and `match(x)` keep working.

use super::expression::{mk, parse_number, starts_expression};
use super::{PResult, Parser};
use crate::ast::{Constant, Expr, ExprContext, ExprKind, MatchCase, Operator, Pattern, PatternKind, Stmt, StmtKind, UnaryOp};
use crate::token::{Token, T};

fn pat(kind: PatternKind, loc: crate::ast::Location) -> Pattern {
    Pattern { kind, loc }
}

impl Parser<'_> {
    /// Tries `match subject: cases`; returns `None` (position restored) when the line is not
    /// a match statement.
    pub fn try_match_statement(&mut self) -> PResult<Option<Stmt>> {
        let save = self.pos;
        let save_far = self.furthest;
        let save_brackets = self.brackets;
        let kw = self.bump();
        if !(starts_expression(self.peek()) || self.peek() == T::Star) {
            self.pos = save;
            return Ok(None);
        }
        let subject = match self.match_subject() {
            Ok(s) if self.peek() == T::Colon => s,
            Ok(_) if self.peek() == T::Newline => {
                let prev = self.prev();
                return Err(self.err_tok(prev, "expected ':'").at_end());
            }
            _ => {
                self.pos = save;
                self.fetched = self.fetched.max(self.furthest);
        self.furthest = save_far;
                self.brackets = save_brackets;
                return Ok(None);
            }
        };
        self.bump();
        if !self.eat(T::Newline) {
            return Err(self.invalid_syntax());
        }
        if self.peek() != T::Indent {
            let t = self.cur();
            return Err(self.expected_indent(t, format!("expected an indented block after 'match' statement on line {}", kw.line)));
        }
        self.bump();
        let mut cases = Vec::new();
        while self.at_name("case") {
            cases.push(self.case_block()?);
        }
        if self.peek() != T::Dedent {
            return Err(self.invalid_syntax());
        }
        self.bump();
        let end = self.last_nonws_loc();
        Ok(Some(Stmt { kind: StmtKind::Match { subject: Box::new(subject), cases }, loc: self.loc_of(kw).until(end) }))
    }

    fn match_subject(&mut self) -> PResult<Expr> {
        let start_tok = self.cur();
        let first = self.star_named_expression()?;
        if self.peek() != T::Comma {
            if let ExprKind::Starred { .. } = first.kind {
                return Err(self.invalid_syntax());
            }
            return Ok(first);
        }
        let start = self.loc_of(start_tok);
        let mut elts = vec![first];
        while self.eat(T::Comma) {
            if self.peek() == T::Colon {
                break;
            }
            elts.push(self.star_named_expression()?);
        }
        Ok(mk(ExprKind::Tuple { elts, ctx: ExprContext::Load }, self.span_from(start)))
    }

    fn case_block(&mut self) -> PResult<MatchCase> {
        let kw = self.bump();
        let pattern = self.patterns()?;
        let guard = if self.eat(T::If) { Some(Box::new(self.named_expression()?)) } else { None };
        self.expect_colon()?;
        let body = self.case_body(kw)?;
        Ok(MatchCase { pattern, guard, body })
    }

    fn case_body(&mut self, kw: Token) -> PResult<Vec<Stmt>> {
        // Same as `block`, with the 'case' message.
        if self.peek() == T::Newline && self.peek_at(1) != T::Indent {
            self.bump();
            let t = self.cur();
            return Err(self.expected_indent(t, format!("expected an indented block after 'case' statement on line {}", kw.line)));
        }
        let mut body = Vec::new();
        if self.eat(T::Newline) {
            self.bump();
            while self.peek() != T::Dedent && self.peek() != T::EndMarker {
                if self.peek() == T::Error {
                    return Err(self.invalid_syntax());
                }
                self.statement(&mut body)?;
            }
            self.eat(T::Dedent);
        } else {
            self.simple_statements(&mut body)?;
        }
        Ok(body)
    }

    /// `patterns: open_sequence_pattern | pattern`
    fn patterns(&mut self) -> PResult<Pattern> {
        let start = self.cur();
        let first = self.maybe_star_pattern()?;
        if self.peek() != T::Comma {
            if let PatternKind::MatchStar { .. } = first.kind {
                return Ok(pat(PatternKind::MatchSequence { patterns: vec![first] }, self.loc_from(start)));
            }
            return Ok(first);
        }
        let mut patterns = vec![first];
        while self.eat(T::Comma) {
            if matches!(self.peek(), T::Colon | T::If) {
                break;
            }
            patterns.push(self.maybe_star_pattern()?);
        }
        Ok(pat(PatternKind::MatchSequence { patterns }, self.loc_from(start)))
    }

    fn maybe_star_pattern(&mut self) -> PResult<Pattern> {
        if self.peek() == T::Star {
            let star = self.bump();
            let n = self.expect_name()?;
            let name = self.identifier(n);
            let name = if name == "_" { None } else { Some(name) };
            return Ok(pat(PatternKind::MatchStar { name }, self.loc_from(star)));
        }
        self.pattern()
    }

    /// `pattern: or_pattern ['as' NAME]`
    fn pattern(&mut self) -> PResult<Pattern> {
        self.enter()?;
        let start = self.cur();
        let or = self.or_pattern()?;
        let result = if self.eat(T::As) {
            let n = self.cur();
            if n.kind != T::Name {
                self.leave();
                return Err(self.invalid_syntax());
            }
            self.bump();
            let name = self.identifier(n);
            if name == "_" {
                self.leave();
                return Err(self.err_tok(n, "cannot use '_' as a target"));
            }
            pat(PatternKind::MatchAs { pattern: Some(Box::new(or)), name: Some(name) }, self.loc_from(start))
        } else {
            or
        };
        self.leave();
        Ok(result)
    }

    fn or_pattern(&mut self) -> PResult<Pattern> {
        let start_tok = self.cur();
        let first = self.closed_pattern()?;
        if self.peek() != T::VBar {
            return Ok(first);
        }
        let start = self.loc_of(start_tok);
        let mut patterns = vec![first];
        while self.eat(T::VBar) {
            patterns.push(self.closed_pattern()?);
        }
        Ok(pat(PatternKind::MatchOr { patterns }, self.span_from(start)))
    }

    fn closed_pattern(&mut self) -> PResult<Pattern> {
        let t = self.cur();
        match self.peek() {
            T::None | T::True | T::False => {
                self.bump();
                let value = match t.kind {
                    T::None => Constant::None,
                    T::True => Constant::True,
                    _ => Constant::False,
                };
                Ok(pat(PatternKind::MatchSingleton { value }, self.loc_of(t)))
            }
            T::Number | T::Minus => {
                let value = self.signed_number_or_complex()?;
                let loc = value.loc;
                Ok(pat(PatternKind::MatchValue { value: Box::new(value) }, loc))
            }
            T::String => {
                let value = self.strings()?;
                let loc = value.loc;
                Ok(pat(PatternKind::MatchValue { value: Box::new(value) }, loc))
            }
            T::FStringStart | T::TStringStart => {
                let value = self.strings()?;
                Err(self.err_at(value.loc, "patterns may only match literals and attribute lookups"))
            }
            T::Name => {
                let first = self.bump();
                let mut e = self.name_expr(first, ExprContext::Load);
                let mut dotted = false;
                while self.peek() == T::Dot {
                    self.bump();
                    let n = self.expect_name()?;
                    let loc = self.loc_from(first);
                    e = mk(ExprKind::Attribute { value: Box::new(e), attr: self.identifier(n), ctx: ExprContext::Load }, loc);
                    dotted = true;
                }
                if self.peek() == T::LPar {
                    return self.class_pattern(e);
                }
                if dotted {
                    let loc = e.loc;
                    return Ok(pat(PatternKind::MatchValue { value: Box::new(e) }, loc));
                }
                let name = self.identifier(first);
                if name == "_" {
                    return Ok(pat(PatternKind::MatchAs { pattern: None, name: None }, self.loc_of(first)));
                }
                Ok(pat(PatternKind::MatchAs { pattern: None, name: Some(name) }, self.loc_of(first)))
            }
            T::LPar => {
                let open = self.bump();
                if self.eat(T::RPar) {
                    return Ok(pat(PatternKind::MatchSequence { patterns: Vec::new() }, self.loc_from(open)));
                }
                let first = self.maybe_star_pattern()?;
                if self.eat(T::RPar) {
                    if let PatternKind::MatchStar { .. } = first.kind {
                        return Ok(pat(PatternKind::MatchSequence { patterns: vec![first] }, self.loc_from(open)));
                    }
                    return Ok(first);
                }
                let mut patterns = vec![first];
                while self.eat(T::Comma) {
                    if self.peek() == T::RPar {
                        break;
                    }
                    patterns.push(self.maybe_star_pattern()?);
                }
                self.expect_closing(T::RPar)?;
                Ok(pat(PatternKind::MatchSequence { patterns }, self.loc_from(open)))
            }
            T::LSqb => {
                let open = self.bump();
                let mut patterns = Vec::new();
                while self.peek() != T::RSqb {
                    patterns.push(self.maybe_star_pattern()?);
                    if !self.eat(T::Comma) {
                        break;
                    }
                }
                self.expect_closing(T::RSqb)?;
                Ok(pat(PatternKind::MatchSequence { patterns }, self.loc_from(open)))
            }
            T::LBrace => self.mapping_pattern(),
            _ => Err(self.invalid_syntax()),
        }
    }

    /// `signed_number ['+'|'-' imaginary]` as used by literal patterns and mapping keys.
    fn signed_number_or_complex(&mut self) -> PResult<Expr> {
        let start = self.cur();
        let neg = self.eat(T::Minus);
        let n = self.cur();
        if n.kind != T::Number {
            return Err(self.invalid_syntax());
        }
        self.bump();
        let number = parse_number(self.text(n)).map_err(|msg| self.err_at(self.loc_of(n), msg))?;
        let mut value = mk(ExprKind::Constant { value: number, kind: None }, self.loc_of(n));
        if neg {
            value = mk(ExprKind::UnaryOp { op: UnaryOp::USub, operand: Box::new(value) }, self.loc_from(start));
        }
        if matches!(self.peek(), T::Plus | T::Minus) && self.peek_at(1) == T::Number {
            let op = if self.bump().kind == T::Plus { Operator::Add } else { Operator::Sub };
            let im = self.bump();
            let number = parse_number(self.text(im)).map_err(|msg| self.err_at(self.loc_of(im), msg))?;
            let right = mk(ExprKind::Constant { value: number, kind: None }, self.loc_of(im));
            if !matches!(right.kind, ExprKind::Constant { value: Constant::Complex { .. }, .. }) {
                return Err(self.err_at(right.loc, "imaginary number required in complex literal"));
            }
            let loc = self.loc_from(start);
            value = mk(ExprKind::BinOp { left: Box::new(value), op, right: Box::new(right) }, loc);
        }
        Ok(value)
    }

    fn mapping_pattern(&mut self) -> PResult<Pattern> {
        let open = self.bump();
        let mut keys = Vec::new();
        let mut patterns = Vec::new();
        let mut rest = None;
        while self.peek() != T::RBrace {
            if self.eat(T::DoubleStar) {
                let n = self.expect_name()?;
                if self.text(n) == "_" {
                    return Err(self.invalid_syntax_at(n));
                }
                rest = Some(self.identifier(n));
                self.eat(T::Comma);
                break;
            }
            let key = match self.peek() {
                T::Number | T::Minus => self.signed_number_or_complex()?,
                T::String => self.strings()?,
                T::None | T::True | T::False => {
                    let t = self.bump();
                    let value = match t.kind {
                        T::None => Constant::None,
                        T::True => Constant::True,
                        _ => Constant::False,
                    };
                    mk(ExprKind::Constant { value, kind: None }, self.loc_of(t))
                }
                T::Name => {
                    let first = self.bump();
                    let mut e = self.name_expr(first, ExprContext::Load);
                    if self.peek() != T::Dot {
                        return Err(self.invalid_syntax());
                    }
                    while self.eat(T::Dot) {
                        let n = self.expect_name()?;
                        let loc = self.loc_from(first);
                        e = mk(ExprKind::Attribute { value: Box::new(e), attr: self.identifier(n), ctx: ExprContext::Load }, loc);
                    }
                    e
                }
                _ => return Err(self.invalid_syntax()),
            };
            self.expect(T::Colon)?;
            keys.push(key);
            patterns.push(self.pattern()?);
            if !self.eat(T::Comma) {
                break;
            }
        }
        self.expect_closing(T::RBrace)?;
        Ok(pat(PatternKind::MatchMapping { keys, patterns, rest }, self.loc_from(open)))
    }

    fn class_pattern(&mut self, cls: Expr) -> PResult<Pattern> {
        self.bump();
        let mut patterns = Vec::new();
        let mut kwd_attrs = Vec::new();
        let mut kwd_patterns = Vec::new();
        while self.peek() != T::RPar {
            if self.peek() == T::Name && self.peek_at(1) == T::Equal {
                let n = self.bump();
                self.bump();
                kwd_attrs.push(self.identifier(n));
                kwd_patterns.push(self.pattern()?);
            } else {
                let p = self.pattern()?;
                if !kwd_attrs.is_empty() {
                    return Err(self.err_at(p.loc, "positional patterns follow keyword patterns"));
                }
                patterns.push(p);
            }
            if !self.eat(T::Comma) {
                break;
            }
        }
        self.expect_closing(T::RPar)?;
        let loc = self.span_from(cls.loc);
        Ok(pat(PatternKind::MatchClass { cls: Box::new(cls), patterns, kwd_attrs, kwd_patterns }, loc))
    }
}
