//! Expressions: from `expression` (lambda, conditional) through boolean and comparison
//! chains, binary operators by precedence climbing, unary operators, `**`, `await`,
//! trailers (calls, attributes, subscripts) down to atoms (names, literals, displays,
//! comprehensions).
//!
//! Positions follow CPython: a parenthesised expression keeps the inner node's span (the
//! parentheses belong to nobody) except tuples and generator expressions, whose span
//! includes them; an unparenthesised tuple spans its first element to its last token,
//! trailing comma included.

use super::{PResult, Parser};
use crate::ast::{BoolOp, CmpOp, Comprehension, Constant, Expr, ExprContext, ExprKind, Int, Location, Operator, UnaryOp};
use crate::token::{Token, T};

pub(crate) fn mk(kind: ExprKind, loc: Location) -> Expr {
    Expr { kind, loc }
}

fn binary_op(kind: T) -> Option<(Operator, u8)> {
    Some(match kind {
        T::VBar => (Operator::BitOr, 1),
        T::Circumflex => (Operator::BitXor, 2),
        T::Amper => (Operator::BitAnd, 3),
        T::LeftShift => (Operator::LShift, 4),
        T::RightShift => (Operator::RShift, 4),
        T::Plus => (Operator::Add, 5),
        T::Minus => (Operator::Sub, 5),
        T::Star => (Operator::Mult, 6),
        T::Slash => (Operator::Div, 6),
        T::DoubleSlash => (Operator::FloorDiv, 6),
        T::Percent => (Operator::Mod, 6),
        T::At => (Operator::MatMult, 6),
        _ => return None,
    })
}

/// Can this token start an expression?
pub(crate) fn starts_expression(kind: T) -> bool {
    matches!(
        kind,
        T::Name
            | T::Number
            | T::String
            | T::FStringStart
            | T::TStringStart
            | T::LPar
            | T::LSqb
            | T::LBrace
            | T::Minus
            | T::Plus
            | T::Tilde
            | T::Not
            | T::Await
            | T::Lambda
            | T::None
            | T::True
            | T::False
            | T::Ellipsis
    )
}

impl Parser<'_> {
    /// `expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef`
    pub fn expression(&mut self) -> PResult<Expr> {
        if self.peek() == T::Lambda {
            return self.lambda();
        }
        self.enter()?;
        let start = self.cur();
        let start_idx = self.pos;
        let body = self.disjunction()?;
        if self.brackets > 0 && !self.no_invalid && starts_expression(self.peek()) {
            if let Some(err) = self.forgot_comma(start_idx, &body) {
                self.leave();
                return Err(err);
            }
        }
        let result = if self.peek() == T::If {
            self.bump();
            let test = self.disjunction()?;
            if !self.eat(T::Else) {
                self.leave();
                return Err(self.missing_else(&body));
            }
            if !starts_expression(self.peek()) && self.peek() != T::Error {
                let t = self.cur();
                self.leave();
                return Err(self.err_tok(t, "expected expression after 'else', but statement is given"));
            }
            let orelse = self.expression()?;
            let loc = self.loc_from(start);
            mk(ExprKind::IfExp { test: Box::new(test), body: Box::new(body), orelse: Box::new(orelse) }, loc)
        } else {
            body
        };
        self.leave();
        Ok(result)
    }

    /// CPython's `invalid_expression`: inside brackets, an expression directly followed by
    /// another one is reported as a missing comma (unless the first is `NAME STRING` or starts
    /// with a soft keyword). Returns the error if the second expression parses.
    fn forgot_comma(&mut self, start_idx: usize, first: &Expr) -> Option<super::ParseError> {
        let start = self.tok(start_idx);
        if start.kind == T::Name {
            let word = self.text(start);
            if matches!(word, "match" | "case" | "type" | "_") {
                return None;
            }
            if self.tok(start_idx + 1).kind == T::String {
                return None;
            }
        }
        let (save, save_far, save_brackets) = (self.pos, self.furthest, self.brackets);
        let saved_no_invalid = std::mem::replace(&mut self.no_invalid, true);
        let second = self.expression();
        self.no_invalid = saved_no_invalid;
        let end = self.loc_of(self.prev());
        self.pos = save;
        self.fetched = self.fetched.max(self.furthest);
        self.furthest = save_far;
        self.brackets = save_brackets;
        match second {
            Ok(_) => Some(self.err_at(first.loc.until(end), "invalid syntax. Perhaps you forgot a comma?")),
            Err(_) => None,
        }
    }

    fn missing_else(&mut self, body: &Expr) -> super::ParseError {
        if starts_expression(self.peek()) || self.peek() == T::Star {
            return self.invalid_syntax();
        }
        let end = self.loc_of(self.prev());
        self.err_at(body.loc.until(end), "expected 'else' after 'if' expression")
    }

    /// `named_expression: NAME ':=' expression | expression !':='`
    pub fn named_expression(&mut self) -> PResult<Expr> {
        let e = self.named_expression_unchecked()?;
        if self.peek() == T::Equal {
            if let Some(err) = self.misplaced_equal(&e) {
                return Err(err);
            }
        }
        Ok(e)
    }

    /// CPython's `invalid_named_expression`: `NAME = value` or `target = value` where an
    /// expression is expected (an `if` condition, a list element ...).
    fn misplaced_equal(&mut self, e: &Expr) -> Option<super::ParseError> {
        let (save, save_far, save_brackets) = (self.pos, self.furthest, self.brackets);
        self.bump();
        let value = self.bitwise_or();
        let followed_by_assign = matches!(self.peek(), T::Equal | T::ColonEqual);
        let end = self.loc_of(self.prev());
        self.pos = save;
        self.fetched = self.fetched.max(self.furthest);
        self.furthest = save_far;
        self.brackets = save_brackets;
        if value.is_err() || followed_by_assign {
            return None;
        }
        match &e.kind {
            ExprKind::Name { .. } => Some(self.err_at(e.loc.until(end), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")),
            ExprKind::List { .. }
            | ExprKind::Tuple { .. }
            | ExprKind::GeneratorExp { .. }
            | ExprKind::Constant { value: Constant::True | Constant::False | Constant::None, .. }
            | ExprKind::Compare { .. }
            | ExprKind::BoolOp { .. }
            | ExprKind::IfExp { .. }
            | ExprKind::Lambda { .. }
            | ExprKind::UnaryOp { op: UnaryOp::Not, .. } => None,
            _ => Some(self.err_at(
                e.loc,
                format!("cannot assign to {} here. Maybe you meant '==' instead of '='?", super::targets::describe(e)),
            )),
        }
    }

    /// `named_expression` without the misplaced-`=` diagnosis (call arguments diagnose
    /// `f(a.b=1)` themselves).
    pub fn named_expression_unchecked(&mut self) -> PResult<Expr> {
        if self.peek() == T::Name && self.peek_at(1) == T::ColonEqual {
            let name_tok = self.bump();
            self.bump();
            let value = self.expression()?;
            let target = self.name_expr(name_tok, ExprContext::Store);
            let loc = self.loc_from(name_tok);
            return Ok(mk(ExprKind::NamedExpr { target: Box::new(target), value: Box::new(value) }, loc));
        }
        let e = self.expression()?;
        if self.peek() == T::ColonEqual {
            let what = super::targets::describe(&e);
            return Err(self.err_at(e.loc, format!("cannot use assignment expressions with {what}")));
        }
        Ok(e)
    }

    /// `star_named_expression: '*' bitwise_or | named_expression`
    pub fn star_named_expression(&mut self) -> PResult<Expr> {
        if self.peek() == T::Star {
            return self.starred_bitwise();
        }
        self.named_expression()
    }

    pub fn starred_bitwise(&mut self) -> PResult<Expr> {
        let star = self.bump();
        let value = self.bitwise_or()?;
        let loc = self.loc_from(star);
        Ok(mk(ExprKind::Starred { value: Box::new(value), ctx: ExprContext::Load }, loc))
    }

    /// `star_expression: '*' bitwise_or | expression`
    pub fn star_expression(&mut self) -> PResult<Expr> {
        if self.peek() == T::Star {
            return self.starred_bitwise();
        }
        self.expression()
    }

    /// `star_expressions`: one `star_expression`, or a tuple of them.
    pub fn star_expressions(&mut self) -> PResult<Expr> {
        let start_tok = self.cur();
        let first = self.star_expression()?;
        if self.peek() != T::Comma {
            return Ok(first);
        }
        let start = self.loc_of(start_tok);
        let mut elts = vec![first];
        while self.eat(T::Comma) {
            if !(starts_expression(self.peek()) || self.peek() == T::Star) {
                break;
            }
            elts.push(self.star_expression()?);
        }
        let loc = self.span_from(start);
        Ok(mk(ExprKind::Tuple { elts, ctx: ExprContext::Load }, loc))
    }

    /// `star_named_expressions` after a first element, used by tuple/list/set displays.
    fn rest_of_display(&mut self, first: Expr, close: T) -> PResult<Vec<Expr>> {
        let mut elts = vec![first];
        while self.eat(T::Comma) {
            if self.peek() == close {
                break;
            }
            elts.push(self.star_named_expression()?);
        }
        Ok(elts)
    }

    pub fn disjunction(&mut self) -> PResult<Expr> {
        let start = self.cur();
        let first = self.conjunction()?;
        if self.peek() != T::Or {
            return Ok(first);
        }
        let mut values = vec![first];
        while self.eat(T::Or) {
            values.push(self.conjunction()?);
        }
        Ok(mk(ExprKind::BoolOp { op: BoolOp::Or, values }, self.loc_from(start)))
    }

    fn conjunction(&mut self) -> PResult<Expr> {
        let start = self.cur();
        let first = self.inversion()?;
        if self.peek() != T::And {
            return Ok(first);
        }
        let mut values = vec![first];
        while self.eat(T::And) {
            values.push(self.inversion()?);
        }
        Ok(mk(ExprKind::BoolOp { op: BoolOp::And, values }, self.loc_from(start)))
    }

    fn inversion(&mut self) -> PResult<Expr> {
        if self.peek() == T::Not {
            let not = self.bump();
            self.enter()?;
            let operand = self.inversion()?;
            self.leave();
            let loc = self.loc_from(not);
            return Ok(mk(ExprKind::UnaryOp { op: UnaryOp::Not, operand: Box::new(operand) }, loc));
        }
        self.comparison()
    }

    fn comparison(&mut self) -> PResult<Expr> {
        let start = self.cur();
        let left = self.bitwise_or()?;
        let mut ops = Vec::new();
        let mut comparators = Vec::new();
        loop {
            let op = match self.peek() {
                T::EqEqual => CmpOp::Eq,
                T::NotEqual => {
                    let t = self.cur();
                    if self.text(t) == "<>" {
                        return Err(self.invalid_syntax_at(t));
                    }
                    CmpOp::NotEq
                }
                T::Less => CmpOp::Lt,
                T::LessEqual => CmpOp::LtE,
                T::Greater => CmpOp::Gt,
                T::GreaterEqual => CmpOp::GtE,
                T::In => CmpOp::In,
                T::Not if self.peek_at(1) == T::In => {
                    self.bump();
                    CmpOp::NotIn
                }
                T::Is => {
                    if self.peek_at(1) == T::Not {
                        self.bump();
                        CmpOp::IsNot
                    } else {
                        CmpOp::Is
                    }
                }
                _ => break,
            };
            self.bump();
            ops.push(op);
            comparators.push(self.bitwise_or()?);
        }
        if ops.is_empty() {
            return Ok(left);
        }
        let loc = self.loc_from(start);
        Ok(mk(ExprKind::Compare { left: Box::new(left), ops, comparators }, loc))
    }

    pub fn bitwise_or(&mut self) -> PResult<Expr> {
        self.binary(1)
    }

    /// Precedence climbing over the binary operators (all left-associative).
    fn binary(&mut self, min_prec: u8) -> PResult<Expr> {
        let start = self.cur();
        let mut left = self.factor()?;
        let mut chain = 0u32;
        while let Some((op, prec)) = binary_op(self.peek()) {
            if prec < min_prec {
                break;
            }
            self.bump();
            let right = if prec < 6 { self.binary(prec + 1)? } else { self.factor()? };
            chain += 1;
            self.check_chain(chain)?;
            let loc = self.loc_from(start);
            left = mk(ExprKind::BinOp { left: Box::new(left), op, right: Box::new(right) }, loc);
        }
        Ok(left)
    }

    fn factor(&mut self) -> PResult<Expr> {
        let op = match self.peek() {
            T::Plus => UnaryOp::UAdd,
            T::Minus => UnaryOp::USub,
            T::Tilde => UnaryOp::Invert,
            _ => return self.power(),
        };
        let tok = self.bump();
        self.enter()?;
        let operand = self.factor()?;
        self.leave();
        let loc = self.loc_from(tok);
        Ok(mk(ExprKind::UnaryOp { op, operand: Box::new(operand) }, loc))
    }

    fn power(&mut self) -> PResult<Expr> {
        let start = self.cur();
        let base = self.await_primary()?;
        if self.peek() != T::DoubleStar {
            return Ok(base);
        }
        self.bump();
        self.enter()?;
        let exp = self.factor()?;
        self.leave();
        let loc = self.loc_from(start);
        Ok(mk(ExprKind::BinOp { left: Box::new(base), op: Operator::Pow, right: Box::new(exp) }, loc))
    }

    fn await_primary(&mut self) -> PResult<Expr> {
        if self.peek() == T::Await {
            let tok = self.bump();
            let value = self.primary()?;
            let loc = self.loc_from(tok);
            return Ok(mk(ExprKind::Await { value: Box::new(value) }, loc));
        }
        self.primary()
    }

    /// `primary`: an atom followed by `.name`, `(args)` and `[slices]` trailers.
    pub fn primary(&mut self) -> PResult<Expr> {
        let start = self.cur();
        let mut e = self.atom()?;
        let mut chain = 0u32;
        loop {
            match self.peek() {
                T::Dot => {
                    self.bump();
                    let name = self.expect_name()?;
                    let loc = self.loc_from(start);
                    let attr = self.identifier(name);
                    e = mk(ExprKind::Attribute { value: Box::new(e), attr, ctx: ExprContext::Load }, loc);
                }
                T::LPar => e = self.call(e, start)?,
                T::LSqb => {
                    self.bump();
                    self.brackets += 1;
                    let slice = self.slices()?;
                    self.brackets -= 1;
                    self.expect_closing(T::RSqb)?;
                    let loc = self.loc_from(start);
                    e = mk(ExprKind::Subscript { value: Box::new(e), slice: Box::new(slice), ctx: ExprContext::Load }, loc);
                }
                _ => break,
            }
            chain += 1;
            self.check_chain(chain)?;
        }
        Ok(e)
    }

    pub fn expect_closing(&mut self, close: T) -> PResult<Token> {
        if self.peek() == close {
            return Ok(self.bump());
        }
        Err(self.invalid_syntax())
    }

    pub fn expect_name(&mut self) -> PResult<Token> {
        if self.peek() == T::Name {
            Ok(self.bump())
        } else {
            Err(self.invalid_syntax())
        }
    }

    pub fn identifier(&self, t: Token) -> String {
        crate::names::normalize_identifier(self.text(t))
    }

    pub fn name_expr(&self, t: Token, ctx: ExprContext) -> Expr {
        mk(ExprKind::Name { id: self.identifier(t), ctx }, self.loc_of(t))
    }

    /// `slices: slice !',' | ','.(slice | starred_expression)+ [',']`
    fn slices(&mut self) -> PResult<Expr> {
        let start_tok = self.cur();
        let first = self.slice()?;
        if self.peek() != T::Comma {
            if let ExprKind::Starred { .. } = first.kind {
                // `a[*b]` is a one-element tuple.
                let loc = first.loc;
                return Ok(mk(ExprKind::Tuple { elts: vec![first], ctx: ExprContext::Load }, loc));
            }
            return Ok(first);
        }
        let start = self.loc_of(start_tok);
        let mut elts = vec![first];
        while self.eat(T::Comma) {
            if self.peek() == T::RSqb {
                break;
            }
            elts.push(self.slice()?);
        }
        let loc = self.span_from(start);
        Ok(mk(ExprKind::Tuple { elts, ctx: ExprContext::Load }, loc))
    }

    fn slice(&mut self) -> PResult<Expr> {
        if self.peek() == T::Star {
            return self.starred_bitwise();
        }
        let start_tok = self.cur();
        let lower = if self.peek() == T::Colon { None } else { Some(self.named_expression()?) };
        if self.peek() != T::Colon {
            return lower.ok_or_else(|| self.invalid_syntax());
        }
        self.bump();
        let upper = if matches!(self.peek(), T::Colon | T::Comma | T::RSqb) { None } else { Some(Box::new(self.expression()?)) };
        let step = if self.eat(T::Colon) {
            if matches!(self.peek(), T::Comma | T::RSqb) { None } else { Some(Box::new(self.expression()?)) }
        } else {
            None
        };
        let loc = self.loc_from(start_tok);
        Ok(mk(ExprKind::Slice { lower: lower.map(Box::new), upper, step }, loc))
    }

    fn atom(&mut self) -> PResult<Expr> {
        let t = self.cur();
        match self.peek() {
            T::Name => {
                self.bump();
                Ok(self.name_expr(t, ExprContext::Load))
            }
            T::True | T::False | T::None => {
                self.bump();
                let value = match t.kind {
                    T::True => Constant::True,
                    T::False => Constant::False,
                    _ => Constant::None,
                };
                Ok(mk(ExprKind::Constant { value, kind: None }, self.loc_of(t)))
            }
            T::Ellipsis => {
                self.bump();
                Ok(mk(ExprKind::Constant { value: Constant::Ellipsis, kind: None }, self.loc_of(t)))
            }
            T::Number => {
                self.bump();
                let value = parse_number(self.text(t)).map_err(|msg| self.err_at(self.loc_of(t), msg))?;
                Ok(mk(ExprKind::Constant { value, kind: None }, self.loc_of(t)))
            }
            T::String | T::FStringStart | T::TStringStart => self.strings(),
            T::LPar => self.paren_atom(),
            T::LSqb => self.list_atom(),
            T::LBrace => self.brace_atom(),
            _ => Err(self.invalid_syntax()),
        }
    }

    fn paren_atom(&mut self) -> PResult<Expr> {
        let open = self.bump();
        self.enter()?;
        self.brackets += 1;
        let result = self.paren_atom_inner(open);
        self.brackets -= 1;
        self.leave();
        result
    }

    fn paren_atom_inner(&mut self, open: Token) -> PResult<Expr> {
        if self.peek() == T::RPar {
            self.bump();
            return Ok(mk(ExprKind::Tuple { elts: Vec::new(), ctx: ExprContext::Load }, self.loc_from(open)));
        }
        if self.peek() == T::Yield {
            let y = self.yield_expr()?;
            self.expect_closing(T::RPar)?;
            return Ok(y);
        }
        let first = self.star_named_expression()?;
        match self.peek() {
            T::For | T::Async if !matches!(first.kind, ExprKind::Starred { .. }) => {
                let generators = self.comprehension_clauses()?;
                self.expect_closing(T::RPar)?;
                Ok(mk(ExprKind::GeneratorExp { elt: Box::new(first), generators }, self.loc_from(open)))
            }
            T::Comma => {
                let elts = self.rest_of_display(first, T::RPar)?;
                self.expect_closing(T::RPar)?;
                Ok(mk(ExprKind::Tuple { elts, ctx: ExprContext::Load }, self.loc_from(open)))
            }
            T::RPar => {
                self.bump();
                if let ExprKind::Starred { .. } = first.kind {
                    return Err(self.err_at(first.loc, "cannot use starred expression here"));
                }
                Ok(first)
            }
            _ => Err(self.invalid_syntax()),
        }
    }

    fn list_atom(&mut self) -> PResult<Expr> {
        let open = self.bump();
        self.enter()?;
        self.brackets += 1;
        let result = (|| {
            if self.peek() == T::RSqb {
                self.bump();
                return Ok(mk(ExprKind::List { elts: Vec::new(), ctx: ExprContext::Load }, self.loc_from(open)));
            }
            let first = self.star_named_expression()?;
            if matches!(self.peek(), T::For | T::Async) && !matches!(first.kind, ExprKind::Starred { .. }) {
                let generators = self.comprehension_clauses()?;
                self.expect_closing(T::RSqb)?;
                return Ok(mk(ExprKind::ListComp { elt: Box::new(first), generators }, self.loc_from(open)));
            }
            let elts = self.rest_of_display(first, T::RSqb)?;
            self.expect_closing(T::RSqb)?;
            Ok(mk(ExprKind::List { elts, ctx: ExprContext::Load }, self.loc_from(open)))
        })();
        self.brackets -= 1;
        self.leave();
        result
    }

    fn brace_atom(&mut self) -> PResult<Expr> {
        let open = self.bump();
        self.enter()?;
        self.brackets += 1;
        let result = self.brace_atom_inner(open);
        self.brackets -= 1;
        self.leave();
        result
    }

    fn brace_atom_inner(&mut self, open: Token) -> PResult<Expr> {
        if self.peek() == T::RBrace {
            self.bump();
            return Ok(mk(ExprKind::Dict { keys: Vec::new(), values: Vec::new() }, self.loc_from(open)));
        }
        if self.peek() == T::DoubleStar {
            return self.dict_rest(open, Vec::new(), Vec::new());
        }
        let first = self.star_named_expression()?;
        if self.peek() == T::Colon {
            self.bump();
            let value = self.expression()?;
            if matches!(self.peek(), T::For | T::Async) {
                let generators = self.comprehension_clauses()?;
                self.expect_closing(T::RBrace)?;
                return Ok(mk(
                    ExprKind::DictComp { key: Box::new(first), value: Box::new(value), generators },
                    self.loc_from(open),
                ));
            }
            if self.peek() == T::RBrace {
                self.bump();
                return Ok(mk(ExprKind::Dict { keys: vec![Some(first)], values: vec![value] }, self.loc_from(open)));
            }
            if self.peek() != T::Comma {
                return Err(self.invalid_syntax());
            }
            self.bump();
            return self.dict_rest(open, vec![Some(first)], vec![value]);
        }
        if matches!(self.peek(), T::For | T::Async) && !matches!(first.kind, ExprKind::Starred { .. }) {
            let generators = self.comprehension_clauses()?;
            self.expect_closing(T::RBrace)?;
            return Ok(mk(ExprKind::SetComp { elt: Box::new(first), generators }, self.loc_from(open)));
        }
        let elts = self.rest_of_display(first, T::RBrace)?;
        self.expect_closing(T::RBrace)?;
        Ok(mk(ExprKind::Set { elts }, self.loc_from(open)))
    }

    /// Remaining `key: value` / `**mapping` entries of a dict display.
    fn dict_rest(&mut self, open: Token, mut keys: Vec<Option<Expr>>, mut values: Vec<Expr>) -> PResult<Expr> {
        loop {
            if self.peek() == T::RBrace {
                break;
            }
            if self.eat(T::DoubleStar) {
                keys.push(None);
                values.push(self.bitwise_or()?);
            } else {
                let key = self.expression()?;
                if self.peek() != T::Colon {
                    if matches!(self.peek(), T::Comma | T::RBrace) {
                        return Err(self.err_at(key.loc, "':' expected after dictionary key"));
                    }
                    return Err(self.invalid_syntax());
                }
                self.bump();
                keys.push(Some(key));
                values.push(self.expression()?);
            }
            if !self.eat(T::Comma) {
                break;
            }
        }
        self.expect_closing(T::RBrace)?;
        Ok(mk(ExprKind::Dict { keys, values }, self.loc_from(open)))
    }

    /// `for_if_clauses`: one or more `[async] for targets in disjunction (if disjunction)*`.
    pub fn comprehension_clauses(&mut self) -> PResult<Vec<Comprehension>> {
        let mut generators = Vec::new();
        while matches!(self.peek(), T::For | T::Async) {
            let is_async = u8::from(self.eat(T::Async));
            if !self.eat(T::For) {
                return Err(self.invalid_syntax());
            }
            let target = self.star_targets_until_in()?;
            if !self.eat(T::In) {
                let t = self.cur();
                if t.kind == T::Error {
                    return Err(self.invalid_syntax());
                }
                return Err(self.err_tok(t, "'in' expected after for-loop variables"));
            }
            let iter = self.disjunction()?;
            let mut ifs = Vec::new();
            while self.eat(T::If) {
                ifs.push(self.disjunction()?);
            }
            generators.push(Comprehension { target, iter, ifs, is_async });
        }
        Ok(generators)
    }

    /// Targets of a `for` (statement or comprehension): elements at `bitwise_or` level so
    /// that `in` is not swallowed as a comparison, converted to Store context.
    pub fn star_targets_until_in(&mut self) -> PResult<Expr> {
        let start_tok = self.cur();
        let first = if self.peek() == T::Star { self.starred_bitwise()? } else { self.bitwise_or()? };
        let target = if self.peek() == T::Comma {
            let start = self.loc_of(start_tok);
            let mut elts = vec![first];
            while self.eat(T::Comma) {
                if self.peek() == T::In {
                    break;
                }
                elts.push(if self.peek() == T::Star { self.starred_bitwise()? } else { self.bitwise_or()? });
            }
            let loc = self.span_from(start);
            mk(ExprKind::Tuple { elts, ctx: ExprContext::Load }, loc)
        } else {
            first
        };
        self.to_target(target, ExprContext::Store)
    }

    /// `yield [star_expressions] | yield from expression`
    pub fn yield_expr(&mut self) -> PResult<Expr> {
        let tok = self.bump();
        if self.eat(T::From) {
            let value = self.expression()?;
            let loc = self.loc_from(tok);
            return Ok(mk(ExprKind::YieldFrom { value: Box::new(value) }, loc));
        }
        if starts_expression(self.peek()) || self.peek() == T::Star {
            let value = self.star_expressions()?;
            let loc = self.loc_from(tok);
            return Ok(mk(ExprKind::Yield { value: Some(Box::new(value)) }, loc));
        }
        Ok(mk(ExprKind::Yield { value: None }, self.loc_of(tok)))
    }
}

/// Converts a number token's text to a constant (the lexer has validated its shape).
pub(crate) fn parse_number(text: &str) -> Result<Constant, String> {
    let clean: String = text.chars().filter(|&c| c != '_').collect();
    let lower = clean.to_ascii_lowercase();
    if let Some(imag) = lower.strip_suffix('j') {
        return Ok(Constant::Complex { imag: imag.parse::<f64>().unwrap_or(f64::INFINITY) });
    }
    let (digits, radix) = if let Some(d) = lower.strip_prefix("0x") {
        (d, 16)
    } else if let Some(d) = lower.strip_prefix("0o") {
        (d, 8)
    } else if let Some(d) = lower.strip_prefix("0b") {
        (d, 2)
    } else if lower.contains(['.', 'e']) {
        return Ok(Constant::Float(lower.parse::<f64>().unwrap_or(f64::INFINITY)));
    } else {
        (lower.as_str(), 10)
    };
    if let Ok(v) = i64::from_str_radix(digits, radix) {
        return Ok(Constant::Int(Int::Small(v)));
    }
    if radix != 10 {
        // Kept as written: converting to decimal here would be quadratic in the length.
        return Ok(Constant::Int(Int::Big(lower)));
    }
    let limit = crate::int_max_str_digits();
    if limit > 0 && digits.len() > limit {
        return Err(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.",
            digits.len()
        ));
    }
    Ok(Constant::Int(Int::Big(lower)))
}

/// The decimal digits of a big literal as [`Int::Big`] holds it (decimal, or prefixed
/// `0x`/`0o`/`0b` digits).
pub(crate) fn big_literal_decimal(text: &str) -> String {
    match text.get(..2) {
        Some("0x") => radix_to_decimal(&text[2..], 16),
        Some("0o") => radix_to_decimal(&text[2..], 8),
        Some("0b") => radix_to_decimal(&text[2..], 2),
        _ => text.to_owned(),
    }
}

/// Converts digits in `radix` to decimal text, with base-10^9 limbs.
pub(crate) fn radix_to_decimal(digits: &str, radix: u32) -> String {
    const BASE: u64 = 1_000_000_000;
    let mut limbs: Vec<u64> = vec![0]; // little-endian base 1e9
    for c in digits.chars() {
        let Some(d) = c.to_digit(radix) else { continue };
        let mut carry = u64::from(d);
        for limb in &mut limbs {
            let v = *limb * u64::from(radix) + carry;
            *limb = v % BASE;
            carry = v / BASE;
        }
        while carry > 0 {
            limbs.push(carry % BASE);
            carry /= BASE;
        }
    }
    let mut out = String::new();
    let mut iter = limbs.iter().rev();
    if let Some(top) = iter.next() {
        out.push_str(&top.to_string());
    }
    for limb in iter {
        out.push_str(&format!("{limb:09}"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integer_literals_keep_their_value() {
        assert_eq!(parse_number("1_000"), Ok(Constant::Int(Int::Small(1000))));
        assert_eq!(parse_number("0x_ff"), Ok(Constant::Int(Int::Small(255))));
        assert_eq!(parse_number("0b101"), Ok(Constant::Int(Int::Small(5))));
        assert_eq!(parse_number("0o17"), Ok(Constant::Int(Int::Small(15))));
        assert_eq!(parse_number("9223372036854775808"), Ok(Constant::Int(Int::Big("9223372036854775808".into()))));
        assert_eq!(parse_number("0xFFFFFFFFFFFFFFFFFFFF"), Ok(Constant::Int(Int::Big("0xffffffffffffffffffff".into()))));
        assert_eq!(big_literal_decimal("0xffffffffffffffffffff"), "1208925819614629174706175");
        assert_eq!(big_literal_decimal("0o1777777777777777777777"), "18446744073709551615");
        assert_eq!(parse_number("1e3"), Ok(Constant::Float(1000.0)));
        assert_eq!(parse_number("1_0.5j"), Ok(Constant::Complex { imag: 10.5 }));
        assert_eq!(parse_number("1e400"), Ok(Constant::Float(f64::INFINITY)));
        assert!(parse_number(&"1".repeat(4301)).unwrap_err().starts_with("Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits"));
        assert!(matches!(parse_number(&format!("0x{}", "f".repeat(5000))), Ok(Constant::Int(Int::Big(_)))));
    }
}
