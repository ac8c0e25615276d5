//! The `operator` module: Python's operators as functions, plus the callable types
//! `itemgetter`, `attrgetter` and `methodcaller` (`getters.rs`).
//!
//! Every function goes through the same protocol functions the interpreter uses
//! (`ops::binary`, `ops::inplace`, `ops::compare` ...), so `operator.add(a, b)` behaves
//! exactly as `a + b` does, error texts included. The functions are declared through
//! small macros by arity, since CPython's argument checks differ only by arity: two-
//! and three-argument functions use `_PyArg_CheckPositional` (`add expected 2
//! arguments, got 1`), one-argument ones are METH_O and name their module
//! (`_operator.neg() takes exactly one argument (0 given)`). The module also carries
//! the `__add__`-style aliases that `operator.py` defines.

mod getters;

use crate::builtins::int::new_int;
use crate::builtins::singletons::{none, py_bool};
use crate::builtins::str::as_str;
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::modules::args;
use crate::object::{BinOp, CompareOp, Kind, NativeFn, UnaryOp, Value};

fn two<'a>(name: &str, args: &'a [Value], kwnames: &[Value]) -> PyResult<&'a [Value]> {
    args::no_keywords(&format!("_operator.{name}"), kwnames)?;
    args::count(name, args, 2, 2)
}

fn one<'a>(name: &str, args: &'a [Value], kwnames: &[Value]) -> PyResult<&'a Value> {
    args::one_arg(&format!("_operator.{name}"), args, kwnames)
}

macro_rules! binops {
    ($(($f:ident, $name:expr, $op:expr, $how:ident)),* $(,)?) => {$(
        fn $f(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
            let a = two($name, args, kwnames)?;
            crate::ops::$how(vm, $op, &a[0], &a[1])
        }
    )*};
}

binops!(
    (add, "add", BinOp::Add, binary),
    (sub, "sub", BinOp::Sub, binary),
    (mul, "mul", BinOp::Mul, binary),
    (matmul, "matmul", BinOp::MatMul, binary),
    (truediv, "truediv", BinOp::TrueDiv, binary),
    (floordiv, "floordiv", BinOp::FloorDiv, binary),
    (mod_, "mod", BinOp::Mod, binary),
    (pow, "pow", BinOp::Pow, binary),
    (lshift, "lshift", BinOp::LShift, binary),
    (rshift, "rshift", BinOp::RShift, binary),
    (and_, "and_", BinOp::And, binary),
    (or_, "or_", BinOp::Or, binary),
    (xor, "xor", BinOp::Xor, binary),
    (iadd, "iadd", BinOp::Add, inplace),
    (isub, "isub", BinOp::Sub, inplace),
    (imul, "imul", BinOp::Mul, inplace),
    (imatmul, "imatmul", BinOp::MatMul, inplace),
    (itruediv, "itruediv", BinOp::TrueDiv, inplace),
    (ifloordiv, "ifloordiv", BinOp::FloorDiv, inplace),
    (imod, "imod", BinOp::Mod, inplace),
    (ipow, "ipow", BinOp::Pow, inplace),
    (ilshift, "ilshift", BinOp::LShift, inplace),
    (irshift, "irshift", BinOp::RShift, inplace),
    (iand, "iand", BinOp::And, inplace),
    (ior, "ior", BinOp::Or, inplace),
    (ixor, "ixor", BinOp::Xor, inplace),
);

macro_rules! compares {
    ($(($f:ident, $name:expr, $op:expr)),* $(,)?) => {$(
        fn $f(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
            let a = two($name, args, kwnames)?;
            crate::ops::compare(vm, &a[0], &a[1], $op)
        }
    )*};
}

compares!(
    (lt, "lt", CompareOp::Lt),
    (le, "le", CompareOp::Le),
    (eq, "eq", CompareOp::Eq),
    (ne, "ne", CompareOp::Ne),
    (gt, "gt", CompareOp::Gt),
    (ge, "ge", CompareOp::Ge),
);

macro_rules! unaries {
    ($(($f:ident, $name:expr, $op:expr)),* $(,)?) => {$(
        fn $f(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
            let x = one($name, args, kwnames)?;
            crate::ops::unary(vm, $op, x)
        }
    )*};
}

unaries!((neg, "neg", UnaryOp::Neg), (pos, "pos", UnaryOp::Pos), (invert, "invert", UnaryOp::Invert), (inv, "inv", UnaryOp::Invert));

fn abs(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let x = one("abs", args, kwnames)?;
    crate::modules::builtins_numeric::abs_value(vm, x)
}

fn not_(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let x = one("not_", args, kwnames)?;
    Ok(py_bool(!crate::ops::truthy(vm, x)?))
}

fn truth(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let x = one("truth", args, kwnames)?;
    Ok(py_bool(crate::ops::truthy(vm, x)?))
}

fn is_(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = two("is_", args, kwnames)?;
    Ok(py_bool(a[0].is(&a[1])))
}

fn is_not(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = two("is_not", args, kwnames)?;
    Ok(py_bool(!a[0].is(&a[1])))
}

fn is_none(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let x = one("is_none", args, kwnames)?;
    Ok(py_bool(crate::builtins::singletons::is_none(x)))
}

fn is_not_none(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let x = one("is_not_none", args, kwnames)?;
    Ok(py_bool(!crate::builtins::singletons::is_none(x)))
}

/// `PyNumber_Index`: an exact int (a bool becomes 0 or 1), else `__index__`.
pub fn index_value(vm: &mut Vm, x: &Value) -> PyResult<Value> {
    if let Some(i) = crate::builtins::int::as_int(x) {
        if x.ty().body.kind == Kind::Bool {
            return Ok(new_int(i.to_i64().unwrap_or(0)));
        }
        return Ok(x.clone());
    }
    if x.ty().body.kind == Kind::Instance {
        if let Some(f) = crate::ops::getattr_opt(vm, x, "__index__")? {
            let r = crate::ops::call(vm, &f, &[], &[])?;
            if crate::builtins::int::as_int(&r).is_none() {
                return Err(PyErr::type_error(format!("__index__ returned non-int (type {})", r.ty().body.name)));
            }
            return Ok(r);
        }
    }
    Err(crate::builtins::int::not_an_integer(x))
}

fn index(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let x = one("index", args, kwnames)?;
    index_value(vm, x)
}

/// `PySequence_Check`: what `concat` accepts on its left.
fn is_sequence(v: &Value) -> bool {
    let t = v.ty();
    !v.is_small_int() && t.body.kind != Kind::Dict && t.body.slot(|s| s.getitem).is_some()
}

fn concat(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = two("concat", args, kwnames)?;
    if !is_sequence(&a[0]) {
        return Err(PyErr::type_error(format!("'{}' object can't be concatenated", a[0].ty().body.name)));
    }
    crate::ops::binary(vm, BinOp::Add, &a[0], &a[1])
}

fn iconcat(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = two("iconcat", args, kwnames)?;
    if !is_sequence(&a[0]) {
        return Err(PyErr::type_error(format!("'{}' object can't be concatenated", a[0].ty().body.name)));
    }
    crate::ops::inplace(vm, BinOp::Add, &a[0], &a[1])
}

fn contains(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = two("contains", args, kwnames)?;
    Ok(py_bool(crate::ops::contains(vm, &a[0], &a[1])?))
}

/// Walks `seq` for `countOf` / `indexOf`: identity or equality, as `PySequence_Count`.
fn seq_iter(vm: &mut Vm, seq: &Value) -> PyResult<Value> {
    crate::ops::iter(vm, seq).map_err(|e| {
        if e.matches(&crate::builtins::exceptions::TYPE_ERROR) {
            PyErr::type_error(format!("argument of type '{}' is not iterable", seq.ty().body.name))
        } else {
            e
        }
    })
}

fn count_of(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = two("countOf", args, kwnames)?;
    let it = seq_iter(vm, &a[0])?;
    let mut n = 0i64;
    while let Some(x) = crate::ops::next(vm, &it)? {
        if x.is(&a[1]) || crate::ops::eq(vm, &x, &a[1])? {
            n += 1;
        }
    }
    Ok(new_int(n))
}

fn index_of(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = two("indexOf", args, kwnames)?;
    let it = seq_iter(vm, &a[0])?;
    let mut i = 0i64;
    while let Some(x) = crate::ops::next(vm, &it)? {
        if x.is(&a[1]) || crate::ops::eq(vm, &x, &a[1])? {
            return Ok(new_int(i));
        }
        i += 1;
    }
    Err(PyErr::value_error("sequence.index(x): x not in sequence"))
}

fn getitem(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = two("getitem", args, kwnames)?;
    crate::ops::getitem(vm, &a[0], &a[1])
}

fn setitem(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    args::no_keywords("_operator.setitem", kwnames)?;
    let a = args::count("setitem", args, 3, 3)?;
    crate::ops::setitem(vm, &a[0], &a[1], a[2].clone())?;
    Ok(none())
}

fn delitem(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = two("delitem", args, kwnames)?;
    crate::ops::delitem(vm, &a[0], &a[1])?;
    Ok(none())
}

/// `call(obj, /, *args, **kwargs)`.
fn call(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if args.len() == kwnames.len() {
        return Err(PyErr::type_error("call expected at least 1 argument, got 0"));
    }
    crate::ops::call(vm, &args[0], &args[1..], kwnames)
}

/// The remaining length of one of the built-in iterators, where it is known.
fn builtin_iter_remaining(v: &Value) -> Option<usize> {
    use crate::builtins::iterators::IterState as S;
    let it = crate::builtins::iterators::as_iter(v)?;
    let st = it.state.lock(v);
    Some(match &*st {
        S::List { seq, index } => crate::builtins::list::as_list(seq).map_or(0, |l| l.items().len().saturating_sub(*index)),
        S::Tuple { seq, index } => crate::builtins::tuple::as_tuple(seq).map_or(0, |t| t.len().saturating_sub(*index)),
        S::Range { remaining, .. } => *remaining as usize,
        S::Dict { dict, pos, initial_len, .. } => {
            let d = crate::builtins::dict::as_dict(dict)?;
            if d.len() != *initial_len {
                return Some(0);
            }
            d.table().entries.iter().skip(*pos).filter(|e| e.is_some()).count()
        }
        S::Done => 0,
        _ => return None,
    })
}

/// `length_hint(obj, default=0)`: `len(obj)`, else `obj.__length_hint__()`, else default.
pub fn length_hint_value(vm: &mut Vm, obj: &Value, default: usize) -> PyResult<usize> {
    let has_len = if obj.ty().body.state.is_heap() {
        // A class's len slot dispatches to `__len__`, which it may not define.
        crate::ops::getattr_opt(vm, &crate::builtins::type_::type_value(obj.ty()), "__len__")?.is_some()
    } else {
        obj.ty().body.slot(|s| s.len).is_some()
    };
    if has_len {
        return crate::ops::len(vm, obj);
    }
    if let Some(n) = builtin_iter_remaining(obj) {
        return Ok(n);
    }
    let Some(f) = crate::ops::getattr_opt(vm, obj, "__length_hint__")? else { return Ok(default) };
    let r = match crate::ops::call(vm, &f, &[], &[]) {
        Ok(r) => r,
        Err(e) if e.matches(&crate::builtins::exceptions::TYPE_ERROR) => return Ok(default),
        Err(e) => return Err(e),
    };
    if r.is_static(&crate::builtins::singletons::NOT_IMPLEMENTED) {
        return Ok(default);
    }
    let Some(i) = crate::builtins::int::as_int(&r) else {
        return Err(PyErr::type_error(format!("__length_hint__ must be an integer, not {}", r.ty().body.name)));
    };
    if i.is_negative() {
        return Err(PyErr::value_error("__length_hint__() should return >= 0"));
    }
    Ok(i.to_i64().map_or(usize::MAX, |n| n as usize))
}

fn length_hint(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    args::no_keywords("_operator.length_hint", kwnames)?;
    let a = args::count("length_hint", args, 1, 2)?;
    let default = match a.get(1) {
        Some(d) => {
            let d = crate::builtins::int::index_i64(d)?;
            if d < 0 {
                return Err(PyErr::value_error("__length_hint__() should return >= 0"));
            }
            d as usize
        }
        None => 0,
    };
    Ok(new_int(length_hint_value(vm, &a[0], default)? as i64))
}

/// The module's functions: public name, implementation, and the `__dunder__` alias
/// `operator.py` gives it (empty for none).
const FUNCTIONS: &[(&str, NativeFn, &str)] = &[
    ("abs", abs, "__abs__"),
    ("add", add, "__add__"),
    ("and_", and_, "__and__"),
    ("call", call, "__call__"),
    ("concat", concat, "__concat__"),
    ("contains", contains, "__contains__"),
    ("countOf", count_of, ""),
    ("delitem", delitem, "__delitem__"),
    ("eq", eq, "__eq__"),
    ("floordiv", floordiv, "__floordiv__"),
    ("ge", ge, "__ge__"),
    ("getitem", getitem, "__getitem__"),
    ("gt", gt, "__gt__"),
    ("iadd", iadd, "__iadd__"),
    ("iand", iand, "__iand__"),
    ("iconcat", iconcat, "__iconcat__"),
    ("ifloordiv", ifloordiv, "__ifloordiv__"),
    ("ilshift", ilshift, "__ilshift__"),
    ("imatmul", imatmul, "__imatmul__"),
    ("imod", imod, "__imod__"),
    ("imul", imul, "__imul__"),
    ("index", index, "__index__"),
    ("indexOf", index_of, ""),
    ("inv", inv, "__inv__"),
    ("invert", invert, "__invert__"),
    ("ior", ior, "__ior__"),
    ("ipow", ipow, "__ipow__"),
    ("irshift", irshift, "__irshift__"),
    ("is_", is_, ""),
    ("is_none", is_none, ""),
    ("is_not", is_not, ""),
    ("is_not_none", is_not_none, ""),
    ("isub", isub, "__isub__"),
    ("itruediv", itruediv, "__itruediv__"),
    ("ixor", ixor, "__ixor__"),
    ("le", le, "__le__"),
    ("length_hint", length_hint, ""),
    ("lshift", lshift, "__lshift__"),
    ("lt", lt, "__lt__"),
    ("matmul", matmul, "__matmul__"),
    ("mod", mod_, "__mod__"),
    ("mul", mul, "__mul__"),
    ("ne", ne, "__ne__"),
    ("neg", neg, "__neg__"),
    ("not_", not_, "__not__"),
    ("or_", or_, "__or__"),
    ("pos", pos, "__pos__"),
    ("pow", pow, "__pow__"),
    ("rshift", rshift, "__rshift__"),
    ("setitem", setitem, "__setitem__"),
    ("sub", sub, "__sub__"),
    ("truediv", truediv, "__truediv__"),
    ("truth", truth, ""),
    ("xor", xor, "__xor__"),
];

/// Builds `operator`.
pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let funcs: Vec<(&'static str, NativeFn)> = FUNCTIONS.iter().map(|(n, f, _)| (*n, *f)).collect();
    let m = super::make_module("operator", &funcs);
    let dict = crate::builtins::module::as_module(&m).map(|md| md.dict.clone());
    if let Some(d) = dict.as_ref().and_then(crate::builtins::dict::as_dict) {
        for (name, _, alias) in FUNCTIONS {
            if !alias.is_empty() {
                if let Some(f) = d.get_str(name) {
                    d.set_str(alias, f);
                }
            }
        }
    }
    super::module_set(&m, "itemgetter", crate::builtins::type_::type_value(&getters::ITEMGETTER_TYPE));
    super::module_set(&m, "attrgetter", crate::builtins::type_::type_value(&getters::ATTRGETTER_TYPE));
    super::module_set(&m, "methodcaller", crate::builtins::type_::type_value(&getters::METHODCALLER_TYPE));
    let mut all: Vec<Value> = FUNCTIONS.iter().map(|(n, _, _)| crate::builtins::str::new_str(n)).collect();
    for n in ["attrgetter", "itemgetter", "methodcaller"] {
        all.push(crate::builtins::str::new_str(n));
    }
    all.sort_by(|a, b| as_str(a).cmp(&as_str(b)));
    super::module_set(&m, "__all__", crate::builtins::list::new_list(all));
    Ok(m)
}
