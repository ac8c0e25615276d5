//! Type objects: a name, a base, a `kind` tag and a table of slot functions.
//!
//! Built-in types are immortal statics, one per file under `builtins/`, each filling in
//! the [`Slots`] it supports and listing its methods in a static [`MethodDef`] table.
//! The interpreter's hot paths switch on [`Kind`] (a byte compare) for the types they
//! special-case (int, float, str, list, tuple, dict, range ...) and fall back to the slot
//! table for everything else. User classes become heap types with
//! `Kind::Instance` whose slots dispatch to `__dunder__` methods found in the class dict;
//! nothing here assumes a type is static except the built-in tables themselves. The
//! Python-visible side of a type (name values, bases, MRO, dict, version tag) is its
//! [`TypeData::state`], the same fields for built-in and heap types (`type_state.rs`).

use super::header::Header;
use super::value::{Obj, Value};
use crate::error::PyResult;
use crate::interp::Vm;

/// A type object.
pub type TypeObject = Obj<TypeData>;

/// Which layout an instance has; the fast paths switch on this.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum Kind {
    Object,
    Type,
    None,
    NotImplemented,
    Ellipsis,
    Bool,
    Int,
    Float,
    Complex,
    Str,
    Bytes,
    ByteArray,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    Function,
    BuiltinFunction,
    BoundMethod,
    Code,
    Cell,
    Generator,
    Module,
    Exception,
    Iterator,
    Property,
    Instance,
}

/// Binary operators, in `ast::Operator` order (also used for in-place forms).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    Or,
    Xor,
    And,
    FloorDiv,
}

impl BinOp {
    /// The operator's symbol as error messages print it.
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::MatMul => "@",
            BinOp::TrueDiv => "/",
            BinOp::Mod => "%",
            BinOp::Pow => "** or pow()",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::Or => "|",
            BinOp::Xor => "^",
            BinOp::And => "&",
            BinOp::FloorDiv => "//",
        }
    }
    /// All operators, indexable by `op as usize`.
    pub const ALL: [BinOp; 13] = [
        BinOp::Add,
        BinOp::Sub,
        BinOp::Mul,
        BinOp::MatMul,
        BinOp::TrueDiv,
        BinOp::Mod,
        BinOp::Pow,
        BinOp::LShift,
        BinOp::RShift,
        BinOp::Or,
        BinOp::Xor,
        BinOp::And,
        BinOp::FloorDiv,
    ];
}

/// Rich comparison operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum CompareOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CompareOp {
    /// The operator with its operands swapped (`a < b` is `b > a`).
    pub fn swapped(self) -> CompareOp {
        match self {
            CompareOp::Lt => CompareOp::Gt,
            CompareOp::Le => CompareOp::Ge,
            CompareOp::Eq => CompareOp::Eq,
            CompareOp::Ne => CompareOp::Ne,
            CompareOp::Gt => CompareOp::Lt,
            CompareOp::Ge => CompareOp::Le,
        }
    }
    /// The symbol for error messages.
    pub fn symbol(self) -> &'static str {
        match self {
            CompareOp::Lt => "<",
            CompareOp::Le => "<=",
            CompareOp::Eq => "==",
            CompareOp::Ne => "!=",
            CompareOp::Gt => ">",
            CompareOp::Ge => ">=",
        }
    }
    /// Applies the operator to an `Ordering`.
    pub fn test(self, ord: std::cmp::Ordering) -> bool {
        use std::cmp::Ordering::{Equal, Greater, Less};
        match self {
            CompareOp::Lt => ord == Less,
            CompareOp::Le => ord != Greater,
            CompareOp::Eq => ord == Equal,
            CompareOp::Ne => ord != Equal,
            CompareOp::Gt => ord == Greater,
            CompareOp::Ge => ord != Less,
        }
    }
}

/// Unary operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum UnaryOp {
    Neg,
    Pos,
    Invert,
}

/// A native function: `args` holds the positional arguments followed by the values of
/// the keyword arguments named in `kwnames` (CPython's vectorcall convention). Methods
/// receive `self` as `args[0]`.
pub type NativeFn = fn(&mut Vm, &[Value], &[Value]) -> PyResult<Value>;

/// One entry of a type's method table.
pub struct MethodDef {
    /// Attribute name.
    pub name: &'static str,
    /// Implementation.
    pub func: NativeFn,
    /// True for static/class-level functions that do not take `self`.
    pub is_static: bool,
}

impl MethodDef {
    /// A method that takes `self` as `args[0]`.
    pub const fn method(name: &'static str, func: NativeFn) -> MethodDef {
        MethodDef { name, func, is_static: false }
    }
    /// A function stored on the type that takes no `self` (e.g. `dict.fromkeys`).
    pub const fn static_fn(name: &'static str, func: NativeFn) -> MethodDef {
        MethodDef { name, func, is_static: true }
    }
}

#[allow(missing_docs)]
pub type ReprFn = fn(&mut Vm, &Value) -> PyResult<Value>;
#[allow(missing_docs)]
pub type HashFn = fn(&mut Vm, &Value) -> PyResult<i64>;
#[allow(missing_docs)]
pub type CompareFn = fn(&mut Vm, &Value, &Value, CompareOp) -> PyResult<Option<Value>>;
#[allow(missing_docs)]
pub type BinOpFn = fn(&mut Vm, BinOp, &Value, &Value) -> PyResult<Option<Value>>;
#[allow(missing_docs)]
pub type UnaryFn = fn(&mut Vm, UnaryOp, &Value) -> PyResult<Option<Value>>;
#[allow(missing_docs)]
pub type LenFn = fn(&mut Vm, &Value) -> PyResult<usize>;
#[allow(missing_docs)]
pub type GetItemFn = fn(&mut Vm, &Value, &Value) -> PyResult<Value>;
#[allow(missing_docs)]
pub type SetItemFn = fn(&mut Vm, &Value, &Value, Value) -> PyResult<()>;
#[allow(missing_docs)]
pub type DelItemFn = fn(&mut Vm, &Value, &Value) -> PyResult<()>;
#[allow(missing_docs)]
pub type ContainsFn = fn(&mut Vm, &Value, &Value) -> PyResult<bool>;
#[allow(missing_docs)]
pub type IterFn = fn(&mut Vm, &Value) -> PyResult<Value>;
#[allow(missing_docs)]
pub type NextFn = fn(&mut Vm, &Value) -> PyResult<Option<Value>>;
#[allow(missing_docs)]
pub type CallFn = fn(&mut Vm, &Value, &[Value], &[Value]) -> PyResult<Value>;
#[allow(missing_docs)]
pub type GetAttrFn = fn(&mut Vm, &Value, &str) -> PyResult<Option<Value>>;
#[allow(missing_docs)]
pub type SetAttrFn = fn(&mut Vm, &Value, &str, Option<Value>) -> PyResult<()>;
/// Calls the visitor once per reference the object holds (the cycle collector's
/// `tp_traverse`).
pub type TraverseFn = fn(&Value, &mut dyn FnMut(&Value));
/// Drops the references of the object that can form a cycle (`tp_clear`).
pub type ClearFn = fn(&Value);
#[allow(missing_docs)]
pub type NewFn = fn(&mut Vm, &'static TypeObject, &[Value], &[Value]) -> PyResult<Value>;
#[allow(missing_docs)]
pub type BoolFn = fn(&mut Vm, &Value) -> PyResult<bool>;

/// The slot table. `None` means "not supported"; the protocol functions in
/// `crate::ops` produce CPython's error message for it.
#[allow(missing_docs)]
pub struct Slots {
    pub repr: Option<ReprFn>,
    pub str: Option<ReprFn>,
    pub hash: Option<HashFn>,
    pub compare: Option<CompareFn>,
    pub binop: Option<BinOpFn>,
    pub unary: Option<UnaryFn>,
    pub truth: Option<BoolFn>,
    pub len: Option<LenFn>,
    pub getitem: Option<GetItemFn>,
    pub setitem: Option<SetItemFn>,
    pub delitem: Option<DelItemFn>,
    pub contains: Option<ContainsFn>,
    pub iter: Option<IterFn>,
    pub next: Option<NextFn>,
    pub call: Option<CallFn>,
    pub getattr: Option<GetAttrFn>,
    pub setattr: Option<SetAttrFn>,
    pub new: Option<NewFn>,
    /// Set by every type whose instances hold references (see `builtins/gc_slots.rs`).
    pub traverse: Option<TraverseFn>,
    pub clear: Option<ClearFn>,
}

impl Slots {
    /// No slots at all; types write `Slots { repr: Some(..), ..Slots::EMPTY }`.
    pub const EMPTY: Slots = Slots {
        repr: None,
        str: None,
        hash: None,
        compare: None,
        binop: None,
        unary: None,
        truth: None,
        len: None,
        getitem: None,
        setitem: None,
        delitem: None,
        contains: None,
        iter: None,
        next: None,
        call: None,
        getattr: None,
        setattr: None,
        new: None,
        traverse: None,
        clear: None,
    };
}

/// The body of a type object.
pub struct TypeData {
    /// `__name__` (and `__qualname__` for built-ins).
    pub name: &'static str,
    /// Instance layout tag for the fast paths.
    pub kind: Kind,
    /// Single base class (`None` only for `object`).
    pub base: Option<&'static TypeObject>,
    /// Frees an instance (usually `dealloc_box::<Body>`).
    pub dealloc: unsafe fn(*mut Header),
    /// Protocol slots.
    pub slots: Slots,
    /// Methods and static functions, looked up by name.
    pub methods: &'static [MethodDef],
    /// Names, bases, MRO, dict, version tag, subclasses (see `type_state`).
    pub state: super::type_state::TypeState,
}

impl TypeData {
    /// The type and its bases, nearest first: the MRO of a heap type, the base chain of
    /// a built-in type (built-in types have single inheritance).
    #[inline]
    pub fn mro(&'static self) -> MroIter {
        match self.state.heap_mro() {
            Some(list) => MroIter::List(list.iter()),
            None => MroIter::Chain(Some(self)),
        }
    }

    /// True when `self` is `other` or derives from it.
    pub fn is_subtype(&'static self, other: &'static TypeData) -> bool {
        self.mro().any(|t| std::ptr::eq(t, other))
    }

    /// Finds a method along the MRO.
    pub fn find_method(&'static self, name: &str) -> Option<&'static MethodDef> {
        self.mro().find_map(|t| t.methods.iter().find(|m| m.name == name))
    }

    /// First slot along the MRO for which `pick` returns `Some`.
    pub fn slot<F: Copy>(&'static self, pick: impl Fn(&Slots) -> Option<F>) -> Option<F> {
        self.mro().find_map(|t| pick(&t.slots))
    }
}

/// Iterator over a type's MRO (see [`TypeData::mro`]).
pub enum MroIter {
    /// Built-in types: follow `base`.
    Chain(Option<&'static TypeData>),
    /// Heap types: their computed MRO.
    List(std::slice::Iter<'static, &'static TypeData>),
}

impl Iterator for MroIter {
    type Item = &'static TypeData;
    #[inline]
    fn next(&mut self) -> Option<&'static TypeData> {
        match self {
            MroIter::Chain(next) => {
                let cur = (*next)?;
                *next = cur.base.map(|b| &b.body);
                Some(cur)
            }
            MroIter::List(it) => it.next().copied(),
        }
    }
}

/// Declares a static built-in type: `builtin_type!(NAME, "name", Kind::X, Body, base, slots, methods)`.
#[macro_export]
macro_rules! builtin_type {
    ($static_name:ident, $name:expr, $kind:expr, $body:ty, $base:expr, $slots:expr, $methods:expr) => {
        /// The built-in type object.
        pub static $static_name: $crate::object::typeobj::TypeObject = $crate::object::value::Obj {
            header: $crate::object::header::Header::immortal(&$crate::builtins::type_::TYPE_TYPE),
            body: $crate::object::typeobj::TypeData {
                name: $name,
                kind: $kind,
                base: $base,
                dealloc: $crate::object::value::dealloc_box::<$body>,
                slots: $slots,
                methods: $methods,
                state: $crate::object::type_state::TypeState::builtin(),
            },
        };
    };
}
