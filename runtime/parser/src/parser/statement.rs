//! Statements: the file, blocks, simple statements (assignments, imports, `del`, ...) and
//! compound statements (`if`, loops, `try`, `with`, definitions, `match`, `type`).
//!
//! Positions: a simple statement spans its first to its last token (the NEWLINE or `;` is
//! not included); a compound statement ends where its last nested statement ends; a
//! decorated definition starts at `def`/`class`/`async`, not at the first decorator.

use super::expression::{mk, starts_expression};
use super::{PResult, Parser};
use crate::ast::{
    Alias, ExceptHandler, Expr, ExprContext, ExprKind, For, FunctionDef, Location, Module, Operator, Stmt, StmtKind, Try,
    TypeParam, TypeParamKind, With, WithItem,
};
use crate::token::{Token, T};

fn stmt(kind: StmtKind, loc: Location) -> Stmt {
    Stmt { kind, loc }
}

fn augassign_op(kind: T) -> Option<Operator> {
    Some(match kind {
        T::PlusEqual => Operator::Add,
        T::MinEqual => Operator::Sub,
        T::StarEqual => Operator::Mult,
        T::AtEqual => Operator::MatMult,
        T::SlashEqual => Operator::Div,
        T::PercentEqual => Operator::Mod,
        T::AmperEqual => Operator::BitAnd,
        T::VBarEqual => Operator::BitOr,
        T::CircumflexEqual => Operator::BitXor,
        T::LeftShiftEqual => Operator::LShift,
        T::RightShiftEqual => Operator::RShift,
        T::DoubleStarEqual => Operator::Pow,
        T::DoubleSlashEqual => Operator::FloorDiv,
        _ => return None,
    })
}

impl Parser<'_> {
    /// `file: [statements] ENDMARKER`
    pub fn file(&mut self) -> PResult<Module> {
        let mut body = Vec::new();
        loop {
            match self.peek() {
                T::EndMarker => break,
                T::Newline => {
                    self.bump();
                }
                _ => self.statement(&mut body)?,
            }
        }
        Ok(Module { body, type_ignores: Vec::new() })
    }

    /// One statement line (a compound statement, or `;`-separated simple statements).
    pub fn statement(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        match self.peek() {
            T::Def | T::If | T::Class | T::With | T::For | T::Try | T::While | T::At => {
                out.push(self.compound_statement()?);
                Ok(())
            }
            T::Async if matches!(self.peek_at(1), T::Def | T::With | T::For) => {
                out.push(self.compound_statement()?);
                Ok(())
            }
            T::Name if self.at_name("match") => {
                if let Some(s) = self.try_match_statement()? {
                    out.push(s);
                    return Ok(());
                }
                self.simple_statements(out)
            }
            T::Indent => {
                let t = self.cur();
                Err(self.invalid_syntax_at(t))
            }
            _ => self.simple_statements(out),
        }
    }

    fn compound_statement(&mut self) -> PResult<Stmt> {
        self.enter()?;
        let result = match self.peek() {
            T::Def => self.function_def(Vec::new(), None),
            T::Class => self.class_def(Vec::new()),
            T::At => self.decorated(),
            T::If => self.if_statement(),
            T::While => self.while_statement(),
            T::For => self.for_statement(None),
            T::With => self.with_statement(None),
            T::Try => self.try_statement(),
            T::Async => {
                let a = self.bump();
                match self.peek() {
                    T::Def => self.function_def(Vec::new(), Some(a)),
                    T::For => self.for_statement(Some(a)),
                    _ => self.with_statement(Some(a)),
                }
            }
            _ => Err(self.invalid_syntax()),
        };
        self.leave();
        result
    }

    /// `simple_stmt (';' simple_stmt)* [';'] NEWLINE`
    pub fn simple_statements(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        loop {
            let s = self.simple_statement()?;
            if matches!(s.kind, StmtKind::Pass | StmtKind::Break | StmtKind::Continue) && self.peek() == T::If {
                return Err(self.err_at(s.loc, "expected expression before 'if', but statement is given"));
            }
            out.push(s);
            if self.eat(T::Semi) {
                if self.peek() == T::Newline {
                    self.bump();
                    return Ok(());
                }
                continue;
            }
            if self.peek() == T::Newline {
                self.bump();
                return Ok(());
            }
            return Err(self.invalid_syntax());
        }
    }

    fn simple_statement(&mut self) -> PResult<Stmt> {
        let start = self.cur();
        let kind = match self.peek() {
            T::Pass => {
                self.bump();
                StmtKind::Pass
            }
            T::Break => {
                self.bump();
                StmtKind::Break
            }
            T::Continue => {
                self.bump();
                StmtKind::Continue
            }
            T::Return => {
                self.bump();
                let value = if starts_expression(self.peek()) || self.peek() == T::Star {
                    Some(Box::new(self.star_expressions()?))
                } else {
                    None
                };
                StmtKind::Return { value }
            }
            T::Raise => {
                self.bump();
                let mut exc = None;
                let mut cause = None;
                if starts_expression(self.peek()) {
                    exc = Some(Box::new(self.expression()?));
                    if self.eat(T::From) {
                        cause = Some(Box::new(self.expression()?));
                    }
                }
                StmtKind::Raise { exc, cause }
            }
            T::Global | T::Nonlocal => {
                let kw = self.bump();
                let mut names = Vec::new();
                loop {
                    let n = self.expect_name()?;
                    names.push(self.identifier(n));
                    if !self.eat(T::Comma) {
                        break;
                    }
                }
                if kw.kind == T::Global {
                    StmtKind::Global { names }
                } else {
                    StmtKind::Nonlocal { names }
                }
            }
            T::Del => {
                self.bump();
                let mut targets = Vec::new();
                loop {
                    let e = self.star_expression()?;
                    targets.push(self.to_target(e, ExprContext::Del)?);
                    if !self.eat(T::Comma) {
                        break;
                    }
                    if !starts_expression(self.peek()) && self.peek() != T::Star {
                        break;
                    }
                }
                StmtKind::Delete { targets }
            }
            T::Assert => {
                self.bump();
                let test = Box::new(self.expression()?);
                let msg = if self.eat(T::Comma) { Some(Box::new(self.expression()?)) } else { None };
                StmtKind::Assert { test, msg }
            }
            T::Import => self.import_statement()?,
            T::From => self.import_from_statement()?,
            T::Name if self.at_name("type") && self.peek_at(1) == T::Name && matches!(self.peek_at(2), T::Equal | T::LSqb) => {
                self.type_alias()?
            }
            _ => self.expression_or_assignment(start)?,
        };
        Ok(stmt(kind, self.loc_from(start)))
    }

    fn expression_or_assignment(&mut self, start: Token) -> PResult<StmtKind> {
        let first = if self.peek() == T::Yield { self.yield_expr()? } else { self.star_expressions()? };
        match self.peek() {
            T::Colon => {
                let colon = self.cur();
                let simple = u8::from(start.kind != T::LPar && matches!(first.kind, ExprKind::Name { .. }));
                match &first.kind {
                    ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
                    ExprKind::Tuple { elts, .. } => {
                        // Unparenthesised `a, b: int` points at the first element only.
                        let loc = match elts.first() {
                            Some(e) if start.kind != T::LPar => e.loc,
                            _ => first.loc,
                        };
                        return Err(self.err_at(loc, "only single target (not tuple) can be annotated"));
                    }
                    ExprKind::List { .. } => {
                        return Err(self.err_at(first.loc, "only single target (not list) can be annotated"));
                    }
                    _ => return Err(self.err_at(first.loc, "illegal target for annotation")),
                }
                self.bump();
                let _ = colon;
                let target = self.to_target(first, ExprContext::Store)?;
                let annotation = Box::new(self.expression()?);
                let value = if self.eat(T::Equal) { Some(Box::new(self.annotated_rhs()?)) } else { None };
                Ok(StmtKind::AnnAssign { target: Box::new(target), annotation, value, simple })
            }
            T::Equal => {
                let mut targets = vec![first];
                let mut value;
                loop {
                    let eq = self.bump();
                    value = self.annotated_rhs()?;
                    if self.peek() != T::Equal {
                        // CPython suggests `==` only for a single `target = value`.
                        let single = targets.len() == 1;
                        let mut checked = Vec::with_capacity(targets.len());
                        for t in targets {
                            checked.push(self.assignment_target(t, single, self.loc_of(eq))?);
                        }
                        targets = checked;
                        break;
                    }
                    targets.push(value);
                }
                Ok(StmtKind::Assign { targets, value: Box::new(value), type_comment: None })
            }
            k if augassign_op(k).is_some() => {
                let op = augassign_op(k).unwrap_or(Operator::Add);
                if !matches!(first.kind, ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }) {
                    return Err(self.err_at(
                        first.loc,
                        format!("'{}' is an illegal expression for augmented assignment", super::targets::describe(&first)),
                    ));
                }
                self.bump();
                let target = self.to_target(first, ExprContext::Store)?;
                let value = Box::new(self.annotated_rhs()?);
                Ok(StmtKind::AugAssign { target: Box::new(target), op, value })
            }
            _ => {
                if let ExprKind::Name { id, .. } = &first.kind {
                    if (id == "print" || id == "exec") && starts_expression(self.peek()) {
                        let loc = first.loc.until(self.loc_of(self.cur()));
                        let _ = loc;
                        let msg = format!("Missing parentheses in call to '{id}'. Did you mean {id}(...)?");
                        let stmt_start = first.loc;
                        let save = self.pos;
                        let rest = self.star_expressions();
                        let end = self.loc_of(self.prev());
                        self.pos = save;
                        if rest.is_ok() && matches!(self.peek_after_expr(), T::Newline | T::Semi | T::EndMarker) {
                            return Err(self.err_at(stmt_start.until(end), msg));
                        }
                    }
                }
                Ok(StmtKind::Expr { value: Box::new(first) })
            }
        }
    }

    /// After a speculative parse restored `pos`, what token follows the next expression?
    fn peek_after_expr(&mut self) -> T {
        let save = self.pos;
        let _ = self.star_expressions();
        let k = self.peek();
        self.pos = save;
        k
    }

    /// `annotated_rhs: yield_expr | star_expressions`
    fn annotated_rhs(&mut self) -> PResult<Expr> {
        if self.peek() == T::Yield {
            self.yield_expr()
        } else {
            self.star_expressions()
        }
    }

    fn dotted_name(&mut self) -> PResult<(String, Token)> {
        let first = self.expect_name()?;
        let mut name = self.identifier(first);
        while self.peek() == T::Dot && self.peek_at(1) == T::Name {
            self.bump();
            let n = self.bump();
            name.push('.');
            name.push_str(&self.identifier(n));
        }
        Ok((name, first))
    }

    fn import_statement(&mut self) -> PResult<StmtKind> {
        self.bump();
        if self.peek() == T::Newline {
            let t = self.cur();
            return Err(self.err_tok(t, "Expected one or more names after 'import'"));
        }
        let mut names = Vec::new();
        loop {
            let (name, first) = self.dotted_name()?;
            let asname = if self.eat(T::As) { Some(self.expect_name().map(|t| self.identifier(t))?) } else { None };
            names.push(Alias { name, asname, loc: self.loc_from(first) });
            if !self.eat(T::Comma) {
                break;
            }
        }
        Ok(StmtKind::Import { names })
    }

    fn import_from_statement(&mut self) -> PResult<StmtKind> {
        self.bump();
        let mut level = 0u32;
        loop {
            match self.peek() {
                T::Dot => level += 1,
                T::Ellipsis => level += 3,
                _ => break,
            }
            self.bump();
        }
        let module = if self.peek() == T::Name { Some(self.dotted_name()?.0) } else { None };
        if module.is_none() && level == 0 {
            return Err(self.invalid_syntax());
        }
        if !self.eat(T::Import) {
            return Err(self.invalid_syntax());
        }
        let mut names = Vec::new();
        if self.peek() == T::Newline {
            let t = self.cur();
            return Err(self.err_tok(t, "Expected one or more names after 'import'"));
        }
        if self.peek() == T::Star {
            let t = self.bump();
            names.push(Alias { name: "*".to_string(), asname: None, loc: self.loc_of(t) });
        } else {
            let paren = self.eat(T::LPar);
            loop {
                let first = self.expect_name()?;
                let name = self.identifier(first);
                let asname = if self.eat(T::As) { Some(self.expect_name().map(|t| self.identifier(t))?) } else { None };
                names.push(Alias { name, asname, loc: self.loc_from(first) });
                if !self.eat(T::Comma) {
                    break;
                }
                if paren && self.peek() == T::RPar {
                    break;
                }
                if !paren && self.peek() != T::Name {
                    let after = self.cur();
                    return Err(self.err_tok(after, "trailing comma not allowed without surrounding parentheses"));
                }
            }
            if paren {
                self.expect_closing(T::RPar)?;
            }
        }
        Ok(StmtKind::ImportFrom { module, names, level })
    }

    fn type_alias(&mut self) -> PResult<StmtKind> {
        self.bump();
        let name_tok = self.bump();
        let name = self.name_expr(name_tok, ExprContext::Store);
        let type_params = if self.peek() == T::LSqb { self.type_params()? } else { Vec::new() };
        self.expect(T::Equal)?;
        let value = self.expression()?;
        Ok(StmtKind::TypeAlias { name: Box::new(name), type_params, value: Box::new(value) })
    }

    /// `'[' type_param (',' type_param)* [','] ']'`
    fn type_params(&mut self) -> PResult<Vec<TypeParam>> {
        let open = self.bump();
        let mut params: Vec<TypeParam> = Vec::new();
        let mut seen_default = false;
        loop {
            if self.peek() == T::RSqb {
                break;
            }
            let start = self.cur();
            let kind = match self.peek() {
                T::Star => {
                    self.bump();
                    let n = self.expect_name()?;
                    if self.peek() == T::Colon {
                        let colon = self.bump();
                        let _ = self.expression();
                        return Err(self.err_at(self.loc_from(colon), "cannot use bound with TypeVarTuple"));
                    }
                    let default_value = if self.eat(T::Equal) {
                        Some(Box::new(if self.peek() == T::Star { self.starred_bitwise()? } else { self.expression()? }))
                    } else {
                        None
                    };
                    TypeParamKind::TypeVarTuple { name: self.identifier(n), default_value }
                }
                T::DoubleStar => {
                    self.bump();
                    let n = self.expect_name()?;
                    if self.peek() == T::Colon {
                        let colon = self.bump();
                        let _ = self.expression();
                        return Err(self.err_at(self.loc_from(colon), "cannot use bound with ParamSpec"));
                    }
                    let default_value = if self.eat(T::Equal) { Some(Box::new(self.expression()?)) } else { None };
                    TypeParamKind::ParamSpec { name: self.identifier(n), default_value }
                }
                _ => {
                    let n = self.expect_name()?;
                    let bound = if self.eat(T::Colon) { Some(Box::new(self.expression()?)) } else { None };
                    let default_value = if self.eat(T::Equal) { Some(Box::new(self.expression()?)) } else { None };
                    TypeParamKind::TypeVar { name: self.identifier(n), bound, default_value }
                }
            };
            let has_default = match &kind {
                TypeParamKind::TypeVar { default_value, .. }
                | TypeParamKind::ParamSpec { default_value, .. }
                | TypeParamKind::TypeVarTuple { default_value, .. } => default_value.is_some(),
            };
            let loc = self.loc_from(start);
            if seen_default && !has_default {
                let name = match &kind {
                    TypeParamKind::TypeVar { name, .. } | TypeParamKind::ParamSpec { name, .. } | TypeParamKind::TypeVarTuple { name, .. } => name.clone(),
                };
                return Err(self.err_at(loc, format!("non-default type parameter '{name}' follows default type parameter")));
            }
            seen_default |= has_default;
            params.push(TypeParam { kind, loc });
            if !self.eat(T::Comma) {
                break;
            }
        }
        if params.is_empty() && self.peek() == T::RSqb {
            let close = self.cur();
            let _ = open;
            return Err(self.err_tok(close, "Type parameter list cannot be empty"));
        }
        self.expect_closing(T::RSqb)?;
        Ok(params)
    }

    /// A block after `:`: an indented suite or simple statements on the same line.
    fn block(&mut self, what: &str, header: Token) -> PResult<Vec<Stmt>> {
        let mut body = Vec::new();
        if self.peek() == T::Newline {
            self.bump();
            if self.peek() != T::Indent {
                let t = self.cur();
                if t.kind == T::Error {
                    return Err(self.invalid_syntax());
                }
                return Err(self.expected_indent(t, format!("expected an indented block after {what} on line {}", header.line)));
            }
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

    fn decorated(&mut self) -> PResult<Stmt> {
        let mut decorators = Vec::new();
        while self.eat(T::At) {
            decorators.push(self.named_expression()?);
            self.expect(T::Newline)?;
        }
        match self.peek() {
            T::Def => self.function_def(decorators, None),
            T::Class => self.class_def(decorators),
            T::Async if self.peek_at(1) == T::Def => {
                let a = self.bump();
                self.function_def(decorators, Some(a))
            }
            _ => Err(self.invalid_syntax()),
        }
    }

    fn function_def(&mut self, decorator_list: Vec<Expr>, async_tok: Option<Token>) -> PResult<Stmt> {
        let def = self.bump();
        let start = async_tok.unwrap_or(def);
        let name_tok = self.expect_name()?;
        let type_params = if self.peek() == T::LSqb { self.type_params()? } else { Vec::new() };
        if self.peek() != T::LPar {
            return Err(self.invalid_syntax());
        }
        self.bump();
        let args = self.parameters(false)?;
        self.expect_closing(T::RPar)?;
        let returns = if self.peek() == T::RArrow {
            let arrow = self.bump();
            if !starts_expression(self.peek()) {
                return Err(self.err_tok(arrow, "expected ':'"));
            }
            Some(Box::new(self.expression()?))
        } else {
            None
        };
        self.expect_colon_forced()?;
        let body = self.block("function definition", def)?;
        let loc = self.loc_of(start).until(self.last_nonws_loc());
        let f = FunctionDef {
            name: self.identifier(name_tok),
            args: Box::new(args),
            body,
            decorator_list,
            returns,
            type_comment: None,
            type_params,
        };
        Ok(stmt(if async_tok.is_some() { StmtKind::AsyncFunctionDef(f) } else { StmtKind::FunctionDef(f) }, loc))
    }

    fn class_def(&mut self, decorator_list: Vec<Expr>) -> PResult<Stmt> {
        let class = self.bump();
        let name_tok = self.expect_name()?;
        let type_params = if self.peek() == T::LSqb { self.type_params()? } else { Vec::new() };
        let (mut bases, mut keywords) = (Vec::new(), Vec::new());
        if self.peek() == T::LPar {
            let placeholder = mk(ExprKind::Name { id: String::new(), ctx: ExprContext::Load }, self.loc_of(name_tok));
            self.class_args = true;
            let mut call = self.call(placeholder, name_tok)?;
            if let ExprKind::Call { args, keywords: kw, .. } = call.take_kind() {
                bases = args;
                keywords = kw;
            }
        }
        self.expect_colon()?;
        let body = self.block("class definition", class)?;
        let loc = self.loc_of(class).until(self.last_nonws_loc());
        Ok(stmt(
            StmtKind::ClassDef { name: self.identifier(name_tok), bases, keywords, body, decorator_list, type_params },
            loc,
        ))
    }

    fn if_statement(&mut self) -> PResult<Stmt> {
        let kw = self.bump();
        let what = if kw.kind == T::If { "'if' statement" } else { "'elif' statement" };
        let test = self.named_expression()?;
        self.expect_colon()?;
        let body = self.block(what, kw)?;
        let orelse = match self.peek() {
            T::Elif => vec![self.if_statement()?],
            T::Else => {
                let e = self.bump();
                self.expect_colon_forced()?;
                self.block("'else' statement", e)?
            }
            _ => Vec::new(),
        };
        if self.peek() == T::Elif {
            let t = self.cur();
            return Err(self.err_tok(t, "'elif' block follows an 'else' block"));
        }
        let end = self.last_nonws_loc();
        Ok(stmt(StmtKind::If { test: Box::new(test), body, orelse }, self.loc_of(kw).until(end)))
    }

    fn while_statement(&mut self) -> PResult<Stmt> {
        let kw = self.bump();
        let test = self.named_expression()?;
        self.expect_colon()?;
        let body = self.block("'while' statement", kw)?;
        let orelse = self.else_block()?;
        let end = self.last_nonws_loc();
        Ok(stmt(StmtKind::While { test: Box::new(test), body, orelse }, self.loc_of(kw).until(end)))
    }

    fn else_block(&mut self) -> PResult<Vec<Stmt>> {
        if self.peek() != T::Else {
            return Ok(Vec::new());
        }
        let e = self.bump();
        self.expect_colon_forced()?;
        self.block("'else' statement", e)
    }

    fn for_statement(&mut self, async_tok: Option<Token>) -> PResult<Stmt> {
        let kw = self.bump();
        let target = self.star_targets_until_in()?;
        if !self.eat(T::In) {
            return Err(self.invalid_syntax());
        }
        let iter = self.star_expressions()?;
        self.expect_colon_forced()?;
        let body = self.block("'for' statement", kw)?;
        let orelse = self.else_block()?;
        let start = async_tok.unwrap_or(kw);
        let end = self.last_nonws_loc();
        let f = For { target: Box::new(target), iter: Box::new(iter), body, orelse, type_comment: None };
        Ok(stmt(if async_tok.is_some() { StmtKind::AsyncFor(f) } else { StmtKind::For(f) }, self.loc_of(start).until(end)))
    }

    fn with_item(&mut self) -> PResult<WithItem> {
        let context_expr = self.expression()?;
        let optional_vars = if self.eat(T::As) {
            let target = if self.peek() == T::Star { self.starred_bitwise()? } else { self.expression()? };
            Some(Box::new(self.to_target(target, ExprContext::Store)?))
        } else {
            None
        };
        Ok(WithItem { context_expr, optional_vars })
    }

    fn with_statement(&mut self, async_tok: Option<Token>) -> PResult<Stmt> {
        let kw = self.bump();
        let mut items = None;
        if self.peek() == T::LPar {
            // Parenthesised items `with (a as b, c):` -- only if the whole form fits.
            let save = self.pos;
            let save_far = self.furthest;
            let save_brackets = self.brackets;
            self.bump();
            self.brackets += 1;
            let mut parsed = Vec::new();
            let ok = loop {
                match self.with_item() {
                    Ok(item) => parsed.push(item),
                    Err(e) if !e.generic && !e.from_lexer => {
                        self.brackets = save_brackets;
                        return Err(e);
                    }
                    Err(_) => break false,
                }
                if !self.eat(T::Comma) {
                    break self.peek() == T::RPar;
                }
                if self.peek() == T::RPar {
                    break true;
                }
            };
            self.brackets = save_brackets;
            if ok && self.peek() == T::RPar && self.peek_at(1) == T::Colon {
                self.bump();
                items = Some(parsed);
            } else {
                self.pos = save;
                self.fetched = self.fetched.max(self.furthest);
        self.furthest = save_far;
            }
        }
        let items = match items {
            Some(items) => items,
            None => {
                let mut items = vec![self.with_item()?];
                while self.eat(T::Comma) {
                    items.push(self.with_item()?);
                }
                items
            }
        };
        self.expect_colon()?;
        let body = self.block("'with' statement", kw)?;
        let start = async_tok.unwrap_or(kw);
        let end = self.last_nonws_loc();
        let w = With { items, body, type_comment: None };
        Ok(stmt(if async_tok.is_some() { StmtKind::AsyncWith(w) } else { StmtKind::With(w) }, self.loc_of(start).until(end)))
    }

    fn try_statement(&mut self) -> PResult<Stmt> {
        let kw = self.bump();
        self.expect_colon_forced()?;
        let body = self.block("'try' statement", kw)?;
        let mut handlers = Vec::new();
        let mut star: Option<bool> = None;
        while self.peek() == T::Except {
            let ex = self.bump();
            let is_star = self.eat(T::Star);
            if let Some(prev) = star {
                if prev != is_star {
                    return Err(self.err_tok(ex, "cannot have both 'except' and 'except*' on the same 'try'"));
                }
            }
            star = Some(is_star);
            let mut type_ = None;
            let mut name = None;
            if self.peek() != T::Colon {
                let first = self.expression()?;
                let ty = if self.peek() == T::Comma {
                    let start = first.loc;
                    let mut elts = vec![first];
                    while self.eat(T::Comma) {
                        if self.peek() == T::Colon || self.peek() == T::As {
                            break;
                        }
                        elts.push(self.expression()?);
                    }
                    let loc = self.span_from(start);
                    if self.peek() == T::As {
                        return Err(self.err_at(loc, "multiple exception types must be parenthesized when using 'as'"));
                    }
                    mk(ExprKind::Tuple { elts, ctx: ExprContext::Load }, loc)
                } else {
                    first
                };
                type_ = Some(Box::new(ty));
                if self.eat(T::As) {
                    let n = self.expect_name()?;
                    name = Some(self.identifier(n));
                }
            } else if is_star {
                let t = self.cur();
                return Err(self.err_tok(t, "expected one or more exception types"));
            }
            self.expect_colon()?;
            let what = if is_star { "'except*' statement" } else { "'except' statement" };
            let hbody = self.block(what, ex)?;
            let loc = self.loc_of(ex).until(self.last_nonws_loc());
            handlers.push(ExceptHandler { type_, name, body: hbody, loc });
        }
        let orelse = if handlers.is_empty() { Vec::new() } else { self.else_block()? };
        let finalbody = if self.peek() == T::Finally {
            let f = self.bump();
            self.expect_colon_forced()?;
            self.block("'finally' statement", f)?
        } else {
            Vec::new()
        };
        if handlers.is_empty() && finalbody.is_empty() {
            let t = self.cur();
            return Err(self.err_tok(t, "expected 'except' or 'finally' block"));
        }
        let end = self.last_nonws_loc();
        let t = Try { body, handlers, orelse, finalbody };
        Ok(stmt(if star == Some(true) { StmtKind::TryStar(t) } else { StmtKind::Try(t) }, self.loc_of(kw).until(end)))
    }
}
