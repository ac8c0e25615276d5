//! The abstract syntax tree, node for node as CPython 3.14's `Parser/Python.asdl`.
//!
//! Why mirror the ASDL exactly: the compiler, `ast.dump` compatibility and every error
//! message that names a node ("cannot assign to function call") are all phrased in CPython's
//! node vocabulary, so keeping the same kinds and field names (in snake_case) removes a whole
//! class of translation bugs. Each ASDL sum type is a Rust struct holding a `kind` enum plus
//! the node's [`Location`]; each ASDL product type is a plain struct. Children are boxed where
//! the ASDL has a single child, `Vec` where it has `*`, `Option` where it has `?`.
//!
//! Positions: every node that has `attributes (lineno, col_offset, end_lineno, end_col_offset)`
//! in the ASDL carries a [`Location`] counted exactly as CPython counts them: lines from 1,
//! columns as UTF-8 **byte** offsets from the start of the line, from 0, end exclusive.
//!
//! Deep trees: a left-nested chain such as `1+1+...+1` yields a tree as deep as it is long.
//! Dropping or walking such a tree recurses once per level, so callers that accept untrusted
//! input run on a thread with a large stack (the `braid` binary does; see `lib.rs`).

/// Source position of a node, as CPython records it (1-based lines, 0-based UTF-8 byte columns,
/// end exclusive).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Location {
    /// First line of the node (1-based).
    pub lineno: u32,
    /// UTF-8 byte offset of the node's first byte within `lineno`.
    pub col_offset: u32,
    /// Last line of the node (1-based).
    pub end_lineno: u32,
    /// UTF-8 byte offset just past the node's last byte within `end_lineno`.
    pub end_col_offset: u32,
}

impl Location {
    /// The span from the start of `self` to the end of `end`.
    #[must_use]
    pub fn until(self, end: Location) -> Location {
        Location {
            lineno: self.lineno,
            col_offset: self.col_offset,
            end_lineno: end.end_lineno,
            end_col_offset: end.end_col_offset,
        }
    }
}

// ------------------------------------------------------------------------------------------
// mod
// ------------------------------------------------------------------------------------------

/// `Module(stmt* body, type_ignore* type_ignores)`: a file or `exec` source.
#[derive(Clone, Debug, PartialEq)]
pub struct Module {
    /// The statements of the module.
    pub body: Vec<Stmt>,
    /// `# type: ignore` comments (only collected with type comments enabled; braid never
    /// enables them, so this stays empty, as CPython's default `ast.parse` leaves it).
    pub type_ignores: Vec<TypeIgnore>,
}

/// `Interactive(stmt* body)`: one interactive-mode input.
#[derive(Clone, Debug, PartialEq)]
pub struct Interactive {
    /// The statements typed at the prompt.
    pub body: Vec<Stmt>,
}

/// `Expression(expr body)`: an `eval` source.
#[derive(Clone, Debug, PartialEq)]
pub struct Expression {
    /// The single expression.
    pub body: Box<Expr>,
}

/// `FunctionType(expr* argtypes, expr returns)`: a `# type:` function signature.
#[derive(Clone, Debug, PartialEq)]
pub struct FunctionType {
    /// Argument types.
    pub argtypes: Vec<Expr>,
    /// Return type.
    pub returns: Box<Expr>,
}

/// `TypeIgnore(int lineno, string tag)`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TypeIgnore {
    /// Line of the comment.
    pub lineno: u32,
    /// Text after `ignore`.
    pub tag: String,
}

// ------------------------------------------------------------------------------------------
// stmt
// ------------------------------------------------------------------------------------------

/// A statement node: its kind plus its position.
#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    /// Which statement, with its fields.
    pub kind: StmtKind,
    /// Where it is in the source.
    pub loc: Location,
}

/// The fields shared by `FunctionDef` and `AsyncFunctionDef`.
#[derive(Clone, Debug, PartialEq)]
pub struct FunctionDef {
    /// Function name.
    pub name: String,
    /// Parameters.
    pub args: Box<Arguments>,
    /// Body statements.
    pub body: Vec<Stmt>,
    /// Decorators, outermost first (as written, top to bottom).
    pub decorator_list: Vec<Expr>,
    /// Return annotation.
    pub returns: Option<Box<Expr>>,
    /// `# type:` comment (never collected by braid; always `None`).
    pub type_comment: Option<String>,
    /// PEP 695 type parameters (`def f[T](...)`).
    pub type_params: Vec<TypeParam>,
}

/// The fields shared by `For` and `AsyncFor`.
#[derive(Clone, Debug, PartialEq)]
pub struct For {
    /// Loop target (Store context).
    pub target: Box<Expr>,
    /// Iterable.
    pub iter: Box<Expr>,
    /// Loop body.
    pub body: Vec<Stmt>,
    /// `else:` block.
    pub orelse: Vec<Stmt>,
    /// `# type:` comment (always `None`).
    pub type_comment: Option<String>,
}

/// The fields shared by `With` and `AsyncWith`.
#[derive(Clone, Debug, PartialEq)]
pub struct With {
    /// Context managers.
    pub items: Vec<WithItem>,
    /// Body.
    pub body: Vec<Stmt>,
    /// `# type:` comment (always `None`).
    pub type_comment: Option<String>,
}

/// The fields shared by `Try` and `TryStar`.
#[derive(Clone, Debug, PartialEq)]
pub struct Try {
    /// `try:` block.
    pub body: Vec<Stmt>,
    /// `except` clauses.
    pub handlers: Vec<ExceptHandler>,
    /// `else:` block.
    pub orelse: Vec<Stmt>,
    /// `finally:` block.
    pub finalbody: Vec<Stmt>,
}

/// Every statement kind of the ASDL `stmt` sum.
#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    /// `def name[type_params](args) -> returns: body`.
    FunctionDef(FunctionDef),
    /// `async def ...`.
    AsyncFunctionDef(FunctionDef),
    /// `class name[type_params](bases, keywords): body`.
    ClassDef {
        /// Class name.
        name: String,
        /// Positional bases.
        bases: Vec<Expr>,
        /// Keyword arguments (`metaclass=...`, `**kw`).
        keywords: Vec<Keyword>,
        /// Body.
        body: Vec<Stmt>,
        /// Decorators.
        decorator_list: Vec<Expr>,
        /// PEP 695 type parameters.
        type_params: Vec<TypeParam>,
    },
    /// `return [value]`.
    Return {
        /// Returned value.
        value: Option<Box<Expr>>,
    },
    /// `del targets`.
    Delete {
        /// Targets (Del context).
        targets: Vec<Expr>,
    },
    /// `t1 = t2 = value`.
    Assign {
        /// Targets, left to right (Store context).
        targets: Vec<Expr>,
        /// Assigned value.
        value: Box<Expr>,
        /// `# type:` comment (always `None`).
        type_comment: Option<String>,
    },
    /// `type name[type_params] = value` (PEP 695).
    TypeAlias {
        /// The alias name (a `Name` in Store context).
        name: Box<Expr>,
        /// Type parameters.
        type_params: Vec<TypeParam>,
        /// The aliased expression (evaluated lazily).
        value: Box<Expr>,
    },
    /// `target op= value`.
    AugAssign {
        /// Target (Store context).
        target: Box<Expr>,
        /// The operator.
        op: Operator,
        /// Right-hand side.
        value: Box<Expr>,
    },
    /// `target: annotation [= value]`.
    AnnAssign {
        /// Target (Store context).
        target: Box<Expr>,
        /// Annotation.
        annotation: Box<Expr>,
        /// Optional value.
        value: Option<Box<Expr>>,
        /// 1 when the target is a plain name not in parentheses, else 0.
        simple: u8,
    },
    /// `for target in iter: body else: orelse`.
    For(For),
    /// `async for ...`.
    AsyncFor(For),
    /// `while test: body else: orelse`.
    While {
        /// Condition.
        test: Box<Expr>,
        /// Body.
        body: Vec<Stmt>,
        /// `else:` block.
        orelse: Vec<Stmt>,
    },
    /// `if test: body elif/else: orelse` (`elif` is a nested `If` in `orelse`).
    If {
        /// Condition.
        test: Box<Expr>,
        /// Body.
        body: Vec<Stmt>,
        /// `elif`/`else` part.
        orelse: Vec<Stmt>,
    },
    /// `with items: body`.
    With(With),
    /// `async with ...`.
    AsyncWith(With),
    /// `match subject: cases`.
    Match {
        /// The subject expression.
        subject: Box<Expr>,
        /// `case` blocks.
        cases: Vec<MatchCase>,
    },
    /// `raise [exc [from cause]]`.
    Raise {
        /// Exception.
        exc: Option<Box<Expr>>,
        /// `from` cause.
        cause: Option<Box<Expr>>,
    },
    /// `try: ... except ...: ... else: ... finally: ...`.
    Try(Try),
    /// `try: ... except* ...: ...`.
    TryStar(Try),
    /// `assert test[, msg]`.
    Assert {
        /// Condition.
        test: Box<Expr>,
        /// Message.
        msg: Option<Box<Expr>>,
    },
    /// `import a.b as c, d`.
    Import {
        /// Imported names.
        names: Vec<Alias>,
    },
    /// `from ..module import names`.
    ImportFrom {
        /// Module name (dotted), `None` for `from . import x`.
        module: Option<String>,
        /// Imported names (`*` is an alias named `*`).
        names: Vec<Alias>,
        /// Number of leading dots.
        level: u32,
    },
    /// `global names`.
    Global {
        /// Names.
        names: Vec<String>,
    },
    /// `nonlocal names`.
    Nonlocal {
        /// Names.
        names: Vec<String>,
    },
    /// An expression statement.
    Expr {
        /// The expression.
        value: Box<Expr>,
    },
    /// `pass`.
    Pass,
    /// `break`.
    Break,
    /// `continue`.
    Continue,
}

// ------------------------------------------------------------------------------------------
// expr
// ------------------------------------------------------------------------------------------

/// An expression node: its kind plus its position.
#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    /// Which expression, with its fields.
    pub kind: ExprKind,
    /// Where it is in the source.
    pub loc: Location,
}

/// Every expression kind of the ASDL `expr` sum.
#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    /// `a and b and c` / `a or b`: one node per run of the same operator.
    BoolOp {
        /// `And` or `Or`.
        op: BoolOp,
        /// Two or more operands.
        values: Vec<Expr>,
    },
    /// `target := value`.
    NamedExpr {
        /// A `Name` in Store context.
        target: Box<Expr>,
        /// Value.
        value: Box<Expr>,
    },
    /// `left op right`.
    BinOp {
        /// Left operand.
        left: Box<Expr>,
        /// Operator.
        op: Operator,
        /// Right operand.
        right: Box<Expr>,
    },
    /// `op operand`.
    UnaryOp {
        /// Operator.
        op: UnaryOp,
        /// Operand.
        operand: Box<Expr>,
    },
    /// `lambda args: body`.
    Lambda {
        /// Parameters.
        args: Box<Arguments>,
        /// Body expression.
        body: Box<Expr>,
    },
    /// `body if test else orelse`.
    IfExp {
        /// Condition.
        test: Box<Expr>,
        /// Value when true.
        body: Box<Expr>,
        /// Value when false.
        orelse: Box<Expr>,
    },
    /// `{k: v, **m}`: a `None` key marks a `**m` entry (its value is `m`).
    Dict {
        /// Keys (`None` for `**` unpacking).
        keys: Vec<Option<Expr>>,
        /// Values.
        values: Vec<Expr>,
    },
    /// `{a, b}`.
    Set {
        /// Elements.
        elts: Vec<Expr>,
    },
    /// `[elt for ...]`.
    ListComp {
        /// Element.
        elt: Box<Expr>,
        /// `for`/`if` clauses.
        generators: Vec<Comprehension>,
    },
    /// `{elt for ...}`.
    SetComp {
        /// Element.
        elt: Box<Expr>,
        /// Clauses.
        generators: Vec<Comprehension>,
    },
    /// `{key: value for ...}`.
    DictComp {
        /// Key.
        key: Box<Expr>,
        /// Value.
        value: Box<Expr>,
        /// Clauses.
        generators: Vec<Comprehension>,
    },
    /// `(elt for ...)`.
    GeneratorExp {
        /// Element.
        elt: Box<Expr>,
        /// Clauses.
        generators: Vec<Comprehension>,
    },
    /// `await value`.
    Await {
        /// Awaited value.
        value: Box<Expr>,
    },
    /// `yield [value]`.
    Yield {
        /// Yielded value.
        value: Option<Box<Expr>>,
    },
    /// `yield from value`.
    YieldFrom {
        /// Delegated iterable.
        value: Box<Expr>,
    },
    /// `left op1 c1 op2 c2 ...`.
    Compare {
        /// First operand.
        left: Box<Expr>,
        /// Operators.
        ops: Vec<CmpOp>,
        /// Right operands, one per operator.
        comparators: Vec<Expr>,
    },
    /// `func(args, keywords)`.
    Call {
        /// Callee.
        func: Box<Expr>,
        /// Positional arguments (`*x` is a `Starred`).
        args: Vec<Expr>,
        /// Keyword arguments (`**x` has `arg == None`).
        keywords: Vec<Keyword>,
    },
    /// A `{value!conversion:format_spec}` field of an f-string.
    FormattedValue {
        /// The expression.
        value: Box<Expr>,
        /// -1 (none), or `'s'`, `'r'`, `'a'` as their code points (115, 114, 97).
        conversion: i32,
        /// The format spec, a `JoinedStr`.
        format_spec: Option<Box<Expr>>,
    },
    /// A `{value!conversion:format_spec}` field of a t-string (PEP 750).
    Interpolation {
        /// The expression.
        value: Box<Expr>,
        /// The expression's source text as written (the ASDL `constant str`); with a
        /// trailing `=` debug marker it includes the text up to and including `=`.
        str: String,
        /// -1 (none), or `'s'`, `'r'`, `'a'` as their code points.
        conversion: i32,
        /// The format spec, a `JoinedStr`.
        format_spec: Option<Box<Expr>>,
    },
    /// An f-string: `Constant` (str) and `FormattedValue` parts.
    JoinedStr {
        /// The parts.
        values: Vec<Expr>,
    },
    /// A t-string (PEP 750): `Constant` (str) and `Interpolation` parts.
    TemplateStr {
        /// The parts.
        values: Vec<Expr>,
    },
    /// A literal.
    Constant {
        /// The value.
        value: Constant,
        /// `Some("u")` for a `u"..."` string, else `None`.
        kind: Option<String>,
    },
    /// `value.attr`.
    Attribute {
        /// Object.
        value: Box<Expr>,
        /// Attribute name (NFKC-normalized).
        attr: String,
        /// Load/Store/Del.
        ctx: ExprContext,
    },
    /// `value[slice]`.
    Subscript {
        /// Object.
        value: Box<Expr>,
        /// Index: an expression, a `Slice`, or a `Tuple` of them.
        slice: Box<Expr>,
        /// Load/Store/Del.
        ctx: ExprContext,
    },
    /// `*value`.
    Starred {
        /// Starred expression.
        value: Box<Expr>,
        /// Load/Store/Del.
        ctx: ExprContext,
    },
    /// An identifier.
    Name {
        /// The name (NFKC-normalized).
        id: String,
        /// Load/Store/Del.
        ctx: ExprContext,
    },
    /// `[elts]`.
    List {
        /// Elements.
        elts: Vec<Expr>,
        /// Load/Store/Del.
        ctx: ExprContext,
    },
    /// `(elts)` or `a, b`.
    Tuple {
        /// Elements.
        elts: Vec<Expr>,
        /// Load/Store/Del.
        ctx: ExprContext,
    },
    /// `lower:upper:step` (only inside a subscript).
    Slice {
        /// Start.
        lower: Option<Box<Expr>>,
        /// Stop.
        upper: Option<Box<Expr>>,
        /// Step.
        step: Option<Box<Expr>>,
    },
}

/// A constant value (ASDL `constant`).
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    /// `None`.
    None,
    /// `True`.
    True,
    /// `False`.
    False,
    /// `...`.
    Ellipsis,
    /// An integer literal (never negative: `-1` is `UnaryOp(USub, 1)`).
    Int(Int),
    /// A float literal.
    Float(f64),
    /// An imaginary literal `<imag>j` (its real part is 0.0).
    Complex {
        /// The imaginary part.
        imag: f64,
    },
    /// A string (after escape processing and implicit concatenation).
    Str(PyStr),
    /// A bytes literal.
    Bytes(Vec<u8>),
}

/// An integer literal's value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Int {
    /// Fits in an `i64`.
    Small(i64),
    /// Larger than `i64::MAX`: its digits as written, lowercase, without underscores and
    /// with the `0x`/`0o`/`0b` prefix when not decimal (no sign, no leading zeros). Kept in
    /// its own base so that a huge hex literal costs linear time (Python's `int(s, 0)`
    /// reads it back).
    Big(String),
}

/// A Python `str` value: a sequence of code points, which unlike Rust's `String` may contain
/// lone surrogates (`"\ud800"` is a valid Python literal).
///
/// Stored as WTF-8: UTF-8 extended so that a surrogate code point U+D800..U+DFFF is encoded as
/// its ordinary 3-byte sequence. Without surrogates the bytes are plain UTF-8 and
/// [`PyStr::as_str`] succeeds.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
pub struct PyStr {
    wtf8: Vec<u8>,
}

impl PyStr {
    /// An empty string.
    #[must_use]
    pub fn new() -> PyStr {
        PyStr { wtf8: Vec::new() }
    }

    /// The string as `&str` when it holds no lone surrogate.
    #[must_use]
    pub fn as_str(&self) -> Option<&str> {
        std::str::from_utf8(&self.wtf8).ok()
    }

    /// The raw WTF-8 bytes.
    #[must_use]
    pub fn as_wtf8(&self) -> &[u8] {
        &self.wtf8
    }

    /// Appends a Rust string.
    pub fn push_str(&mut self, s: &str) {
        self.wtf8.extend_from_slice(s.as_bytes());
    }

    /// Appends one code point (0..=0x10FFFF, surrogates allowed).
    pub fn push_code_point(&mut self, cp: u32) {
        if let Some(c) = char::from_u32(cp) {
            let mut buf = [0u8; 4];
            self.wtf8.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
        } else {
            // A surrogate (or out of range, which callers never pass): 3-byte form.
            self.wtf8.push(0xE0 | ((cp >> 12) & 0x0F) as u8);
            self.wtf8.push(0x80 | ((cp >> 6) & 0x3F) as u8);
            self.wtf8.push(0x80 | (cp & 0x3F) as u8);
        }
    }

    /// Appends another `PyStr`.
    pub fn push_pystr(&mut self, other: &PyStr) {
        self.wtf8.extend_from_slice(&other.wtf8);
    }

    /// True when the string is empty.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.wtf8.is_empty()
    }

    /// The code points, surrogates included.
    pub fn code_points(&self) -> impl Iterator<Item = u32> + '_ {
        Wtf8CodePoints { bytes: &self.wtf8, pos: 0 }
    }
}

impl From<&str> for PyStr {
    fn from(s: &str) -> PyStr {
        PyStr { wtf8: s.as_bytes().to_vec() }
    }
}

impl From<String> for PyStr {
    fn from(s: String) -> PyStr {
        PyStr { wtf8: s.into_bytes() }
    }
}

/// Decodes WTF-8 (which is always well formed here: only `PyStr`'s methods build it).
struct Wtf8CodePoints<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Iterator for Wtf8CodePoints<'_> {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        let b0 = u32::from(*self.bytes.get(self.pos)?);
        let cont = |i: usize| u32::from(self.bytes.get(self.pos + i).copied().unwrap_or(0x80) & 0x3F);
        let (cp, len) = if b0 < 0x80 {
            (b0, 1)
        } else if b0 < 0xE0 {
            (((b0 & 0x1F) << 6) | cont(1), 2)
        } else if b0 < 0xF0 {
            (((b0 & 0x0F) << 12) | (cont(1) << 6) | cont(2), 3)
        } else {
            (((b0 & 0x07) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3), 4)
        };
        self.pos += len;
        Some(cp)
    }
}

/// `expr_context`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ExprContext {
    /// Read.
    Load,
    /// Assigned.
    Store,
    /// Deleted.
    Del,
}

/// `boolop`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BoolOp {
    /// `and`.
    And,
    /// `or`.
    Or,
}

/// `operator` (binary operators, also used by `AugAssign`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Operator {
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `*`
    Mult,
    /// `@`
    MatMult,
    /// `/`
    Div,
    /// `%`
    Mod,
    /// `**`
    Pow,
    /// `<<`
    LShift,
    /// `>>`
    RShift,
    /// `|`
    BitOr,
    /// `^`
    BitXor,
    /// `&`
    BitAnd,
    /// `//`
    FloorDiv,
}

/// `unaryop`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnaryOp {
    /// `~`
    Invert,
    /// `not`
    Not,
    /// `+`
    UAdd,
    /// `-`
    USub,
}

/// `cmpop`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CmpOp {
    /// `==`
    Eq,
    /// `!=`
    NotEq,
    /// `<`
    Lt,
    /// `<=`
    LtE,
    /// `>`
    Gt,
    /// `>=`
    GtE,
    /// `is`
    Is,
    /// `is not`
    IsNot,
    /// `in`
    In,
    /// `not in`
    NotIn,
}

/// `comprehension = (expr target, expr iter, expr* ifs, int is_async)` (no position).
#[derive(Clone, Debug, PartialEq)]
pub struct Comprehension {
    /// Loop target (Store context).
    pub target: Expr,
    /// Iterable.
    pub iter: Expr,
    /// `if` filters.
    pub ifs: Vec<Expr>,
    /// 1 for `async for`, else 0.
    pub is_async: u8,
}

/// `ExceptHandler(expr? type, identifier? name, stmt* body)` (the only `excepthandler`).
#[derive(Clone, Debug, PartialEq)]
pub struct ExceptHandler {
    /// Exception type(s) (`except A, B:` gives a `Tuple`).
    pub type_: Option<Box<Expr>>,
    /// `as` name.
    pub name: Option<String>,
    /// Handler body.
    pub body: Vec<Stmt>,
    /// Position: from `except` to the end of the body.
    pub loc: Location,
}

/// `arguments` (no position).
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Arguments {
    /// Parameters before `/`.
    pub posonlyargs: Vec<Arg>,
    /// Ordinary parameters.
    pub args: Vec<Arg>,
    /// `*args`.
    pub vararg: Option<Box<Arg>>,
    /// Parameters after `*` or `*args`.
    pub kwonlyargs: Vec<Arg>,
    /// Defaults of `kwonlyargs`, `None` where a parameter has none.
    pub kw_defaults: Vec<Option<Expr>>,
    /// `**kwargs`.
    pub kwarg: Option<Box<Arg>>,
    /// Defaults of the last `defaults.len()` positional parameters.
    pub defaults: Vec<Expr>,
}

/// `arg = (identifier arg, expr? annotation, string? type_comment)`.
#[derive(Clone, Debug, PartialEq)]
pub struct Arg {
    /// Parameter name.
    pub arg: String,
    /// Annotation.
    pub annotation: Option<Box<Expr>>,
    /// `# type:` comment (always `None`).
    pub type_comment: Option<String>,
    /// Position.
    pub loc: Location,
}

/// `keyword = (identifier? arg, expr value)`: `arg=value` or `**value`.
#[derive(Clone, Debug, PartialEq)]
pub struct Keyword {
    /// Keyword name, `None` for `**value`.
    pub arg: Option<String>,
    /// Value.
    pub value: Expr,
    /// Position.
    pub loc: Location,
}

/// `alias = (identifier name, identifier? asname)`.
#[derive(Clone, Debug, PartialEq)]
pub struct Alias {
    /// Imported (dotted) name, or `*`.
    pub name: String,
    /// `as` name.
    pub asname: Option<String>,
    /// Position.
    pub loc: Location,
}

/// `withitem = (expr context_expr, expr? optional_vars)` (no position).
#[derive(Clone, Debug, PartialEq)]
pub struct WithItem {
    /// Context manager expression.
    pub context_expr: Expr,
    /// `as` target (Store context).
    pub optional_vars: Option<Box<Expr>>,
}

/// `match_case = (pattern pattern, expr? guard, stmt* body)` (no position).
#[derive(Clone, Debug, PartialEq)]
pub struct MatchCase {
    /// Pattern.
    pub pattern: Pattern,
    /// `if` guard.
    pub guard: Option<Box<Expr>>,
    /// Body.
    pub body: Vec<Stmt>,
}

// ------------------------------------------------------------------------------------------
// pattern
// ------------------------------------------------------------------------------------------

/// A pattern node: its kind plus its position.
#[derive(Clone, Debug, PartialEq)]
pub struct Pattern {
    /// Which pattern.
    pub kind: PatternKind,
    /// Position.
    pub loc: Location,
}

/// Every pattern kind of the ASDL `pattern` sum.
#[derive(Clone, Debug, PartialEq)]
pub enum PatternKind {
    /// A literal or dotted-name value pattern.
    MatchValue {
        /// The value expression.
        value: Box<Expr>,
    },
    /// `None`, `True`, `False`.
    MatchSingleton {
        /// One of `Constant::None/True/False`.
        value: Constant,
    },
    /// `[p, *rest]` / `(p, q)`.
    MatchSequence {
        /// Sub-patterns (`*x` is a `MatchStar`).
        patterns: Vec<Pattern>,
    },
    /// `{key: p, **rest}`.
    MatchMapping {
        /// Keys (literals or dotted names).
        keys: Vec<Expr>,
        /// Value patterns.
        patterns: Vec<Pattern>,
        /// `**rest` name.
        rest: Option<String>,
    },
    /// `Cls(p, kw=q)`.
    MatchClass {
        /// The class (a name or dotted name).
        cls: Box<Expr>,
        /// Positional sub-patterns.
        patterns: Vec<Pattern>,
        /// Keyword names.
        kwd_attrs: Vec<String>,
        /// Keyword sub-patterns.
        kwd_patterns: Vec<Pattern>,
    },
    /// `*name` / `*_` inside a sequence pattern.
    MatchStar {
        /// Bound name (`None` for `*_`).
        name: Option<String>,
    },
    /// `p as name`, a capture `name`, or the wildcard `_` (both `None`).
    MatchAs {
        /// Sub-pattern.
        pattern: Option<Box<Pattern>>,
        /// Bound name.
        name: Option<String>,
    },
    /// `p | q | ...`.
    MatchOr {
        /// Alternatives.
        patterns: Vec<Pattern>,
    },
}

// ------------------------------------------------------------------------------------------
// type_param
// ------------------------------------------------------------------------------------------

/// A PEP 695 type parameter node: its kind plus its position.
#[derive(Clone, Debug, PartialEq)]
pub struct TypeParam {
    /// Which parameter kind.
    pub kind: TypeParamKind,
    /// Position.
    pub loc: Location,
}

/// Every kind of the ASDL `type_param` sum (PEP 696 defaults included).
#[derive(Clone, Debug, PartialEq)]
pub enum TypeParamKind {
    /// `T`, `T: bound`, `T = default`.
    TypeVar {
        /// Name.
        name: String,
        /// Bound or constraints tuple.
        bound: Option<Box<Expr>>,
        /// PEP 696 default.
        default_value: Option<Box<Expr>>,
    },
    /// `**P`.
    ParamSpec {
        /// Name.
        name: String,
        /// PEP 696 default.
        default_value: Option<Box<Expr>>,
    },
    /// `*Ts`.
    TypeVarTuple {
        /// Name.
        name: String,
        /// PEP 696 default.
        default_value: Option<Box<Expr>>,
    },
}

// ------------------------------------------------------------------------------------------
// Dropping deep trees
// ------------------------------------------------------------------------------------------

impl Expr {
    /// A node that owns nothing, used to take children out of a node being dropped.
    const EMPTY: Expr = Expr { kind: ExprKind::Constant { value: Constant::None, kind: None }, loc: Location { lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } };

    /// Takes the node's kind out, leaving a childless placeholder (`Expr` implements `Drop`,
    /// so its fields cannot be moved out by pattern matching).
    pub fn take_kind(&mut self) -> ExprKind {
        std::mem::replace(&mut self.kind, ExprKind::Constant { value: Constant::None, kind: None })
    }
}

/// Left-nested chains (`a+b+c...`, `x.a.b...`, `f()()...`, `x[0][0]...`) are the only shapes
/// whose depth the parser does not bound by its recursion limit, so their left spine is
/// detached and dropped in a loop instead of by recursion.
impl Drop for Expr {
    fn drop(&mut self) {
        let mut next = take_left_spine(&mut self.kind);
        while let Some(mut child) = next {
            next = take_left_spine(&mut child.kind);
        }
    }
}

fn take_left_spine(kind: &mut ExprKind) -> Option<Expr> {
    let left = match kind {
        ExprKind::BinOp { left, .. } => left,
        ExprKind::Attribute { value, .. } | ExprKind::Subscript { value, .. } => value,
        ExprKind::Call { func, .. } => func,
        _ => return None,
    };
    if matches!(left.kind, ExprKind::BinOp { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } | ExprKind::Call { .. }) {
        Some(std::mem::replace(&mut **left, Expr::EMPTY))
    } else {
        None
    }
}
