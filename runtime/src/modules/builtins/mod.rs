//! The `builtins` module: built-in functions, types and exceptions.
//!
//! stdout's buffer (shared with `sys.stdout`) is `builtins::stdout_buf`; `ascii()`'s
//! escaping is braid-core's `text::repr::ascii_escape`. Both are re-exported here under
//! their old paths.
//!
//! Beside this file: [`numeric`] (`abs`, `divmod`, `pow`, `round`, `hex`/`oct`/`bin`) and
//! [`names`] (`__import__`, `exit`/`quit`).

pub mod names;
pub mod numeric;

use crate::builtins::dict::{as_dict, new_dict};
use crate::builtins::exceptions::ALL_EXCEPTION_TYPES;
use crate::builtins::float::{as_float, new_float};
use crate::builtins::int::{index_i64, new_int};
use crate::builtins::list::{new_list, sort_options, sort_values};
use crate::builtins::singletons::{is_none, none, py_bool, ELLIPSIS, NOT_IMPLEMENTED};
use crate::builtins::str::{as_str, new_str, new_str_owned};
use crate::builtins::type_::{as_type, type_value};
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::{BinOp, CompareOp, NativeFn, TypeObject, Value};

pub use crate::builtins::stdout_buf::{flush_stdout, write_stdout, write_stdout_str};
pub use crate::text::repr::ascii_escape;


static FUNCTIONS: &[(&str, NativeFn)] = &[
    ("print", builtin_print),
    ("len", builtin_len),
    ("repr", builtin_repr),
    ("ascii", builtin_ascii),
    ("abs", super::builtins_numeric::builtin_abs),
    ("min", builtin_min),
    ("max", builtin_max),
    ("sum", builtin_sum),
    ("sorted", builtin_sorted),
    ("any", builtin_any),
    ("all", builtin_all),
    ("isinstance", builtin_isinstance),
    ("issubclass", builtin_issubclass),
    ("iter", builtin_iter),
    ("next", builtin_next),
    ("id", builtin_id),
    ("hash", builtin_hash),
    ("callable", builtin_callable),
    ("chr", builtin_chr),
    ("ord", builtin_ord),
    ("hex", super::builtins_numeric::builtin_hex),
    ("oct", super::builtins_numeric::builtin_oct),
    ("bin", super::builtins_numeric::builtin_bin),
    ("round", super::builtins_numeric::builtin_round),
    ("divmod", super::builtins_numeric::builtin_divmod),
    ("pow", super::builtins_numeric::builtin_pow),
    ("format", builtin_format),
    ("getattr", builtin_getattr),
    ("setattr", builtin_setattr),
    ("hasattr", builtin_hasattr),
    ("delattr", builtin_delattr),
    ("__import__", super::builtins_names::builtin_import),
    ("__build_class__", crate::builtins::instances::build_class::build_class),
    ("exit", super::builtins_names::builtin_exit),
    ("quit", super::builtins_names::builtin_exit),
    ("input", builtin_input),
    ("globals", builtin_globals),
    ("locals", builtin_locals),
    ("vars", builtin_vars),
    ("dir", builtin_dir),
    ("exec", builtin_exec),
    ("eval", builtin_eval),
    ("compile", builtin_compile),
    ("open", crate::builtins::file::builtin_open),
];

/// Builds the builtins dict.
pub fn make_builtins_dict() -> Value {
    let dict = new_dict();
    let d = as_dict(&dict).expect("new dict");
    for (name, f) in FUNCTIONS {
        d.set_str(name, crate::builtins::function::new_builtin_function(name, *f, None));
    }
    for t in crate::builtins::registry::BUILTIN_TYPES {
        d.set_str(t.body.name, type_value(t));
    }
    for t in ALL_EXCEPTION_TYPES.iter().chain(crate::builtins::exception_group::GROUP_TYPES) {
        d.set_str(t.body.name, type_value(t));
    }
    d.set_str("NotImplemented", Value::from_static(&NOT_IMPLEMENTED));
    d.set_str("Ellipsis", Value::from_static(&ELLIPSIS));
    d.set_str("None", none());
    d.set_str("True", py_bool(true));
    d.set_str("False", py_bool(false));
    d.set_str("__debug__", py_bool(crate::compiler::optimize_level() == 0));
    // Aliases kept by CPython for compatibility.
    d.set_str("EnvironmentError", type_value(&crate::builtins::exceptions::OS_ERROR));
    d.set_str("IOError", type_value(&crate::builtins::exceptions::OS_ERROR));
    d.set_str("__name__", new_str("builtins"));
    if let Some(h) = dict.header() {
        h.make_deferred();
    }
    dict
}

fn kwarg<'a>(args: &'a [Value], kwnames: &[Value], name: &str) -> Option<&'a Value> {
    let npos = args.len() - kwnames.len();
    kwnames.iter().position(|k| as_str(k) == Some(name)).map(|i| &args[npos + i])
}

fn check_kwargs(fname: &str, kwnames: &[Value], allowed: &[&str]) -> PyResult<()> {
    for k in kwnames {
        let k = as_str(k).unwrap_or("");
        if !allowed.contains(&k) {
            return Err(PyErr::type_error(format!("{fname}() got an unexpected keyword argument '{k}'")));
        }
    }
    Ok(())
}

/// CPython's checks for a builtin taking `min..=max` positional-only arguments:
/// `getattr expected at least 2 arguments, got 1`, `setattr expected 3 arguments, got 1`,
/// `hasattr() takes no keyword arguments`.
fn positional_only(fname: &str, args: &[Value], kwnames: &[Value], min: usize, max: usize) -> PyResult<()> {
    if !kwnames.is_empty() {
        return Err(PyErr::type_error(format!("{fname}() takes no keyword arguments")));
    }
    let n = args.len();
    let plural = |k: usize| if k == 1 { "argument" } else { "arguments" };
    if min == max && n != min {
        return Err(PyErr::type_error(format!("{fname} expected {min} {}, got {n}", plural(min))));
    }
    if n < min {
        return Err(PyErr::type_error(format!("{fname} expected at least {min} {}, got {n}", plural(min))));
    }
    if n > max {
        return Err(PyErr::type_error(format!("{fname} expected at most {max} {}, got {n}", plural(max))));
    }
    Ok(())
}

fn exactly_one<'a>(fname: &str, args: &'a [Value], kwnames: &[Value]) -> PyResult<&'a Value> {
    if !kwnames.is_empty() {
        return Err(PyErr::type_error(format!("{fname}() takes no keyword arguments")));
    }
    if args.len() != 1 {
        return Err(PyErr::type_error(format!("{fname}() takes exactly one argument ({} given)", args.len())));
    }
    Ok(&args[0])
}

fn builtin_print(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    check_kwargs("print", kwnames, &["sep", "end", "file", "flush"])?;
    let npos = args.len() - kwnames.len();
    let text_arg = |name: &str, default: &str| -> PyResult<String> {
        match kwarg(args, kwnames, name) {
            None => Ok(default.to_string()),
            Some(v) if is_none(v) => Ok(default.to_string()),
            Some(v) => as_str(v).map(str::to_string).ok_or_else(|| PyErr::type_error(format!("{name} must be None or a string, not {}", v.ty().body.name))),
        }
    };
    let sep = text_arg("sep", " ")?;
    let end = text_arg("end", "\n")?;
    // No `file`: whatever sys.stdout is now (None drops the output, as in CPython).
    let current = match kwarg(args, kwnames, "file").filter(|f| !is_none(f)) {
        Some(f) => Some(f.clone()),
        None => match crate::builtins::stdio::target(vm, "stdout")? {
            crate::builtins::stdio::Target::Original => None,
            crate::builtins::stdio::Target::Nothing => return Ok(none()),
            crate::builtins::stdio::Target::Object(o) => Some(o),
        },
    };
    let file = current.as_ref();
    if file.is_some_and(|f| !is_builtin_text_stream(f)) {
        // Any other object sees each piece in its own `write` call, as CPython writes them.
        return print_piecewise(vm, args, kwnames, npos, file);
    }
    if ["sep", "end"].iter().any(|k| kwarg(args, kwnames, k).is_some_and(|v| crate::builtins::str::as_str_data(v).is_some_and(|d| d.has_surrogates()))) {
        return print_piecewise(vm, args, kwnames, npos, file);
    }
    let mut out = String::new();
    for (i, a) in args[..npos].iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        if let Some(d) = crate::builtins::str::as_exact_str_data(a) {
            if d.has_surrogates() {
                return print_piecewise(vm, args, kwnames, npos, file);
            }
            out.push_str(d.as_str());
        } else if a.is_small_int() {
            out.push_str(&crate::ops::str_string(vm, a)?);
        } else {
            let s = crate::ops::str_(vm, a)?;
            if crate::builtins::str::as_str_data(&s).is_some_and(|d| d.has_surrogates()) {
                return print_piecewise(vm, args, kwnames, npos, file);
            }
            out.push_str(crate::builtins::str::as_str(&s).unwrap_or(""));
        }
    }
    out.push_str(&end);
    match file {
        Some(f) => {
            let write = crate::ops::getattr(vm, f, "write")?;
            crate::ops::call(vm, &write, &[new_str_owned(out.into())], &[])?;
        }
        None => write_stdout(&out)?,
    }
    if kwarg(args, kwnames, "flush").is_some_and(|f| !is_none(f) && crate::builtins::singletons::as_bool(f) != Some(false)) {
        match file {
            Some(f) => {
                let flush = crate::ops::getattr(vm, f, "flush")?;
                crate::ops::call(vm, &flush, &[], &[])?;
            }
            None => flush_stdout()?,
        }
    }
    Ok(none())
}

/// Whether `print` may join its pieces into one `write`: a built-in text stream, where
/// nothing can tell one write from several.
fn is_builtin_text_stream(f: &Value) -> bool {
    std::ptr::eq(f.ty(), &crate::builtins::io::text::TEXTIO_TYPE) || std::ptr::eq(f.ty(), &crate::builtins::io::memory::STRINGIO_TYPE)
}

/// `print` writing each piece in turn, as CPython's `print` does: to any `file` object
/// other than a built-in text stream (a class with a `write` method sees `'a'`, `' '`,
/// `'b'`, `'\n'`), and when some piece holds lone surrogates (to stdout, strict UTF-8,
/// the text before the offending piece is written and the piece raises
/// `UnicodeEncodeError`; to a `file` every piece goes to its `write` with the surrogates
/// kept).
#[cold]
fn print_piecewise(vm: &mut Vm, args: &[Value], kwnames: &[Value], npos: usize, file: Option<&Value>) -> PyResult<Value> {
    let text_value = |name: &str, default: &str| match kwarg(args, kwnames, name) {
        Some(v) if !is_none(v) => v.clone(),
        _ => new_str(default),
    };
    let (sep, end) = (text_value("sep", " "), text_value("end", "\n"));
    let write = match file {
        Some(f) => Some(crate::ops::getattr(vm, f, "write")?),
        None => None,
    };
    for (i, a) in args[..npos].iter().enumerate() {
        let piece = crate::ops::str_(vm, a)?;
        let pieces = if i > 0 { vec![sep.clone(), piece] } else { vec![piece] };
        for p in &pieces {
            match &write {
                Some(w) => drop(crate::ops::call(vm, w, std::slice::from_ref(p), &[])?),
                None => write_stdout_str(p)?,
            }
        }
    }
    match &write {
        Some(w) => drop(crate::ops::call(vm, w, &[end], &[])?),
        None => write_stdout_str(&end)?,
    }
    Ok(none())
}


fn builtin_len(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let x = exactly_one("len", args, kwnames)?;
    Ok(new_int(crate::ops::len(vm, x)? as i64))
}

fn builtin_repr(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let x = exactly_one("repr", args, kwnames)?;
    crate::ops::repr(vm, x)
}


fn builtin_ascii(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let x = exactly_one("ascii", args, kwnames)?;
    let r = crate::ops::repr_string(vm, x)?;
    Ok(new_str(&ascii_escape(&r)))
}


fn min_max(vm: &mut Vm, args: &[Value], kwnames: &[Value], fname: &str, op: CompareOp) -> PyResult<Value> {
    let npos = args.len() - kwnames.len();
    if npos == 0 {
        return Err(PyErr::type_error(format!("{fname} expected at least 1 argument, got 0")));
    }
    check_kwargs(fname, kwnames, &["key", "default"])?;
    let key = kwarg(args, kwnames, "key").filter(|k| !is_none(k)).cloned();
    let default = kwarg(args, kwnames, "default").cloned();
    let items = match npos {
        0 => return Err(PyErr::type_error(format!("{fname} expected at least 1 argument, got 0"))),
        1 => crate::ops::collect_iterable(vm, &args[0])?,
        _ => {
            if default.is_some() {
                return Err(PyErr::type_error(format!("Cannot specify a default for {fname}() with multiple positional arguments")));
            }
            args[..npos].to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for item in items {
        let k = match &key {
            Some(f) => crate::ops::call(vm, f, std::slice::from_ref(&item), &[])?,
            None => item.clone(),
        };
        let better = match &best {
            None => true,
            Some((bk, _)) => crate::ops::compare_bool(vm, &k, bk, op)?,
        };
        if better {
            best = Some((k, item));
        }
    }
    match best {
        Some((_, v)) => Ok(v),
        None => default.ok_or_else(|| PyErr::value_error(format!("{fname}() iterable argument is empty"))),
    }
}

fn builtin_min(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    min_max(vm, args, kwnames, "min", CompareOp::Lt)
}

fn builtin_max(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    min_max(vm, args, kwnames, "max", CompareOp::Gt)
}

fn builtin_sum(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if args.len() > 2 {
        return Err(PyErr::type_error(format!("sum() takes at most 2 arguments ({} given)", args.len())));
    }
    let npos = args.len() - kwnames.len();
    if npos == 0 {
        return Err(PyErr::type_error("sum() takes at least 1 positional argument (0 given)"));
    }
    check_kwargs("sum", kwnames, &["start"])?;
    if npos == 0 {
        return Err(PyErr::type_error("sum() takes at least 1 positional argument (0 given)"));
    }
    let mut acc = if npos > 1 { args[1].clone() } else { kwarg(args, kwnames, "start").cloned().unwrap_or_else(|| new_int(0)) };
    if as_str(&acc).is_some() {
        return Err(PyErr::type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    let it = crate::ops::iter(vm, &args[0])?;
    // Float accumulation uses a plain f64 (CPython 3.12+ uses compensated summation).
    let mut fsum: Option<(f64, f64)> = None;
    while let Some(x) = crate::ops::next(vm, &it)? {
        if let (Some(a), Some(b)) = (acc.as_small_int(), x.as_small_int()) {
            if let Some(s) = a.checked_add(b) {
                acc = new_int(s);
                continue;
            }
        }
        if let (Some(a), Some(b)) = (as_float(&acc), as_float(&x)) {
            let (s, c) = fsum.unwrap_or((a, 0.0));
            // Neumaier compensated summation, as CPython 3.12+ does for floats.
            let t = s + b;
            let c = if s.abs() >= b.abs() { c + ((s - t) + b) } else { c + ((b - t) + s) };
            fsum = Some((t, c));
            acc = new_float(t);
            continue;
        }
        if let Some((s, c)) = fsum.take() {
            acc = new_float(s + c);
        }
        acc = crate::ops::binary(vm, BinOp::Add, &acc, &x)?;
    }
    if let Some((s, c)) = fsum {
        if c.is_finite() {
            return Ok(new_float(s + c));
        }
    }
    Ok(acc)
}

fn builtin_sorted(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kwnames.len();
    if npos != 1 {
        return Err(PyErr::type_error(format!("sorted expected 1 argument, got {npos}")));
    }
    let (key, reverse) = sort_options(vm, args, kwnames, "sort")?;
    let mut items = crate::ops::collect_iterable(vm, &args[0])?;
    sort_values(vm, &mut items, key.as_ref(), reverse)?;
    Ok(new_list(items))
}

fn builtin_any(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let x = exactly_one("any", args, kwnames)?;
    let it = crate::ops::iter(vm, x)?;
    while let Some(v) = crate::ops::next(vm, &it)? {
        if crate::ops::truthy(vm, &v)? {
            return Ok(py_bool(true));
        }
    }
    Ok(py_bool(false))
}

fn builtin_all(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let x = exactly_one("all", args, kwnames)?;
    let it = crate::ops::iter(vm, x)?;
    while let Some(v) = crate::ops::next(vm, &it)? {
        if !crate::ops::truthy(vm, &v)? {
            return Ok(py_bool(false));
        }
    }
    Ok(py_bool(true))
}

/// `isinstance`/`issubclass` against a class whose metaclass (a user class) defines
/// `__instancecheck__`/`__subclasscheck__`: its answer (`None`: no such hook).
fn metaclass_check(vm: &mut Vm, cls: &Value, hook: &'static str, x: &Value) -> PyResult<Option<bool>> {
    if cls.is_small_int() || !cls.ty().body.state.is_heap() {
        return Ok(None);
    }
    if hook == "__instancecheck__" && as_type(cls).is_some_and(|t| x.ty().body.is_subtype(&t.body)) {
        // An exact match needs no hook (CPython's fast path).
        return Ok(Some(true));
    }
    match crate::builtins::instances::protocol::call_hook(vm, cls, hook, std::slice::from_ref(x))? {
        Some(r) => crate::ops::truthy(vm, &r).map(Some),
        None => Ok(None),
    }
}

fn class_check(cls: &Value, fname: &str, test: &dyn Fn(&'static TypeObject) -> bool) -> PyResult<bool> {
    if let Some(items) = crate::builtins::tuple::as_tuple(cls) {
        for c in items {
            if class_check(c, fname, test)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    crate::builtins::generic_alias::check_not_alias(cls, fname)?;
    if crate::builtins::union_type::as_union(cls).is_some() {
        return crate::builtins::union_type::check_members(cls, fname, test);
    }
    match as_type(cls) {
        Some(t) => Ok(test(t)),
        None if fname == "issubclass" => Err(PyErr::type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union")),
        None => Err(PyErr::type_error(format!("{fname}() arg 2 must be a type, a tuple of types, or a union"))),
    }
}

fn builtin_isinstance(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    positional_only("isinstance", args, kwnames, 2, 2)?;
    Ok(py_bool(object_isinstance(vm, &args[0], &args[1])?))
}

/// `isinstance(v, cls)`: a tuple is checked item by item, each through its
/// metaclass's `__instancecheck__` when it has one (as CPython recurses).
fn object_isinstance(vm: &mut Vm, v: &Value, cls: &Value) -> PyResult<bool> {
    if let Some(items) = crate::builtins::tuple::as_tuple(cls) {
        for c in items {
            if object_isinstance(vm, v, c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(r) = metaclass_check(vm, cls, "__instancecheck__", v)? {
        return Ok(r);
    }
    class_check(cls, "isinstance", &|t| crate::ops::isinstance(v, t))
}

fn builtin_issubclass(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    positional_only("issubclass", args, kwnames, 2, 2)?;
    Ok(py_bool(object_issubclass(vm, &args[0], &args[1])?))
}

/// `issubclass(x, cls)`, with the same tuple recursion as [`object_isinstance`].
fn object_issubclass(vm: &mut Vm, x: &Value, cls: &Value) -> PyResult<bool> {
    if let Some(items) = crate::builtins::tuple::as_tuple(cls) {
        for c in items {
            if object_issubclass(vm, x, c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(r) = metaclass_check(vm, cls, "__subclasscheck__", x)? {
        return Ok(r);
    }
    let sub = as_type(x).ok_or_else(|| PyErr::type_error("issubclass() arg 1 must be a class"))?;
    class_check(cls, "issubclass", &|t| sub.body.is_subtype(&t.body) || crate::builtins::exception_group::is_virtual_subtype(sub, t))
}

fn builtin_iter(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if args.len() == 2 && kwnames.is_empty() {
        if !crate::ops::callable(&args[0]) {
            return Err(PyErr::type_error("iter(v, w): v must be callable"));
        }
        return Ok(crate::builtins::iterators::new_iter(
            &crate::builtins::iterators::CALLABLE_ITER_TYPE,
            crate::builtins::iterators::IterState::Callable { func: args[0].clone(), sentinel: args[1].clone() },
        ));
    }
    if args.len() > 2 {
        return Err(PyErr::type_error(format!("iter expected at most 2 arguments, got {}", args.len())));
    }
    if !kwnames.is_empty() {
        return Err(PyErr::type_error("iter() takes no keyword arguments"));
    }
    if args.is_empty() {
        return Err(PyErr::type_error("iter expected at least 1 argument, got 0"));
    }
    let x = exactly_one("iter", args, kwnames)?;
    crate::ops::iter(vm, x)
}

fn builtin_next(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    positional_only("next", args, kwnames, 1, 2)?;
    let it = args.first().ok_or_else(|| PyErr::type_error("next expected at least 1 argument, got 0"))?;
    if crate::interp::generator::as_generator(it).is_some() && args.len() == 1 {
        // A generator's return value travels in the StopIteration.
        return match crate::interp::generator::resume(vm, it, none(), None)? {
            crate::interp::generator::Resumed::Yielded(v) => Ok(v),
            crate::interp::generator::Resumed::Returned(r) if is_none(&r) => Err(PyErr::bare(&crate::builtins::exceptions::STOP_ITERATION)),
            crate::interp::generator::Resumed::Returned(r) => Err(PyErr::with_arg(&crate::builtins::exceptions::STOP_ITERATION, r)),
        };
    }
    match crate::ops::next(vm, it)? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(PyErr::bare(&crate::builtins::exceptions::STOP_ITERATION)),
        },
    }
}

fn builtin_id(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let x = exactly_one("id", args, kwnames)?;
    Ok(new_int(x.raw() as i64))
}

fn builtin_hash(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let x = exactly_one("hash", args, kwnames)?;
    Ok(new_int(crate::ops::hash(vm, x)?))
}

fn builtin_callable(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let x = exactly_one("callable", args, kwnames)?;
    Ok(py_bool(crate::ops::callable(x)))
}

fn builtin_chr(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let x = exactly_one("chr", args, kwnames)?;
    let x = &crate::builtins::instances::protocol::index_value(vm, x)?;
    // An int past 64 bits is out of range too (ValueError, as CPython 3.13+).
    let i = match crate::builtins::int::as_int(x) {
        Some(i) => i.to_i64().unwrap_or(i64::MAX),
        None => index_i64(x)?,
    };
    match u32::try_from(i).ok().filter(|&cp| cp < 0x11_0000) {
        Some(cp) => Ok(crate::builtins::str::code_point_str(cp)),
        None => Err(PyErr::value_error("chr() arg not in range(0x110000)")),
    }
}

fn builtin_ord(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let x = exactly_one("ord", args, kwnames)?;
    if let Some(b) = crate::builtins::bytes::as_bytes(x) {
        return match b {
            [byte] => Ok(new_int(i64::from(*byte))),
            _ => Err(PyErr::type_error(format!("ord() expected a character, but string of length {} found", b.len()))),
        };
    }
    let Some(d) = crate::builtins::str::as_str_data(x) else {
        return Err(PyErr::type_error(format!("ord() expected string of length 1, but {} found", x.ty().body.name)));
    };
    if d.has_surrogates() && d.char_len() == 1 {
        return Ok(new_int(i64::from(d.code_points().next().unwrap_or(0xFFFD))));
    }
    let s = d.as_str();
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(new_int(c as i64)),
        _ => Err(PyErr::type_error(format!("ord() expected a character, but string of length {} found", s.chars().count()))),
    }
}







fn builtin_format(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    positional_only("format", args, kwnames, 1, 2)?;
    let x = args.first().ok_or_else(|| PyErr::type_error("format expected at least 1 argument, got 0"))?;
    let spec = match args.get(1) {
        Some(s) => as_str(s).ok_or_else(|| PyErr::type_error(format!("format() argument 2 must be str, not {}", crate::builtins::method_args::arg_type_name(s))))?.to_string(),
        None => String::new(),
    };
    crate::builtins::str_format::format_value(vm, x, &spec)
}

fn attr_name<'a>(v: &'a Value, fname: &str) -> PyResult<&'a str> {
    as_str(v).ok_or_else(|| PyErr::type_error(format!("{fname}(): attribute name must be string, not '{}'", v.ty().body.name)))
}

fn builtin_getattr(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    positional_only("getattr", args, kwnames, 2, 3)?;
    let name = attr_name(&args[1], "getattr")?;
    match crate::ops::getattr_opt(vm, &args[0], name) {
        Ok(Some(v)) => Ok(v),
        Ok(None) => match args.get(2) {
            Some(d) => Ok(d.clone()),
            None => Err(crate::ops::attribute_error(&args[0], name)),
        },
        // A default replaces an AttributeError raised by a getter or `__getattr__`.
        Err(e) if args.len() == 3 && e.matches(&crate::builtins::exceptions::ATTRIBUTE_ERROR) => Ok(args[2].clone()),
        Err(e) => Err(e),
    }
}

fn builtin_setattr(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    positional_only("setattr", args, kwnames, 3, 3)?;
    let name = attr_name(&args[1], "setattr")?;
    crate::ops::setattr(vm, &args[0], name, Some(args[2].clone()))?;
    Ok(none())
}

fn builtin_hasattr(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    positional_only("hasattr", args, kwnames, 2, 2)?;
    let name = attr_name(&args[1], "hasattr")?;
    match crate::ops::getattr_opt(vm, &args[0], name) {
        Ok(found) => Ok(py_bool(found.is_some())),
        Err(e) if e.matches(&crate::builtins::exceptions::ATTRIBUTE_ERROR) => Ok(py_bool(false)),
        Err(e) => Err(e),
    }
}

fn builtin_input(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if !kwnames.is_empty() {
        return Err(PyErr::type_error("input() takes no keyword arguments"));
    }
    if args.len() > 1 {
        return Err(PyErr::type_error(format!("input expected at most 1 argument, got {}", args.len())));
    }
    crate::builtins::stdio::input(vm, args.first())
}

fn current_globals(vm: &Vm) -> Value {
    vm.frames.last().map_or_else(none, |f| f.globals.clone())
}

fn builtin_globals(vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(current_globals(vm))
}

/// `locals()`: a snapshot dict of the running function's variables (the module's
/// globals at module level).
fn builtin_locals(vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(frame) = vm.frames.last() else { return Ok(new_dict()) };
    let code = frame.code();
    if let Some(l) = &frame.locals {
        // A class body (or exec with a locals mapping): its namespace.
        return Ok(l.clone());
    }
    if code.name == "<module>" {
        return Ok(frame.globals.clone());
    }
    let out = new_dict();
    let d = as_dict(&out).expect("new dict");
    let slots = frame.slots;
    // SAFETY: the running frame's slots are live and nslots long.
    let slot_at = |i: usize| -> Option<Value> { unsafe { (*slots.add(i)).clone() } };
    for (i, name) in code.varnames.iter().chain(&code.cellnames).enumerate() {
        let slot = slot_at(i);
        let value = if i >= code.varnames.len() {
            slot.and_then(|cell| crate::builtins::function::as_cell(&cell).and_then(|c| c.value.lock(&cell).clone()))
        } else if code.cellnames.contains(name) {
            None
        } else {
            slot
        };
        if let Some(v) = value {
            d.set_str(name, v);
        }
    }
    for (name, &slot) in code.freenames.iter().zip(&code.free_slots) {
        let cell = slot_at(slot as usize);
        if let Some(v) = cell.and_then(|cell| crate::builtins::function::as_cell(&cell).and_then(|c| c.value.lock(&cell).clone())) {
            d.set_str(name, v);
        }
    }
    Ok(out)
}

fn builtin_delattr(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    positional_only("delattr", args, kwnames, 2, 2)?;
    let name = attr_name(&args[1], "delattr")?;
    crate::ops::setattr(vm, &args[0], name, None)?;
    Ok(none())
}

fn builtin_vars(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    positional_only("vars", args, kwnames, 0, 1)?;
    match args.first() {
        None => builtin_locals(vm, args, kwnames),
        Some(obj) => crate::ops::getattr_opt(vm, obj, "__dict__")?
            .ok_or_else(|| PyErr::type_error("vars() argument must have __dict__ attribute")),
    }
}

fn builtin_dir(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if !kwnames.is_empty() {
        return Err(PyErr::type_error("dir() takes no keyword arguments"));
    }
    if args.len() > 1 {
        return Err(PyErr::type_error(format!("dir expected at most 1 argument, got {}", args.len())));
    }
    let names = match args.first() {
        None => {
            let l = builtin_locals(vm, args, kwnames)?;
            let mut names: Vec<String> = as_dict(&l).map(|d| d.items().iter().filter_map(|(k, _)| as_str(k).map(str::to_string)).collect()).unwrap_or_default();
            names.sort();
            names
        }
        Some(obj) => {
            if let Some(r) = crate::builtins::instances::protocol::call_hook(vm, obj, "__dir__", &[])? {
                // `dir()` sorts whatever iterable `__dir__` returns.
                let mut items = crate::ops::collect_iterable(vm, &r)?;
                crate::builtins::list::sort_values(vm, &mut items, None, false)?;
                return Ok(new_list(items));
            }
            crate::ops::attribute_names(vm, obj)
        }
    };
    Ok(new_list(names.iter().map(|n| new_str(n)).collect()))
}

fn code_arg(vm: &mut Vm, src: &Value, fname: &str, eval: bool, filename: &str) -> PyResult<Value> {
    if crate::compiler::code::as_code(src).is_some() {
        return Ok(src.clone());
    }
    let decoded;
    let (text, raw) = match (as_str(src), crate::builtins::bytes::as_bytes(src)) {
        (Some(text), _) => (text, None),
        (None, Some(raw)) => {
            // Source bytes are parsed as a file's are (PEP 263 declaration, BOM); the
            // decoded text gives the lines that errors show.
            decoded = braid_parser::decode_source(raw, filename).map_err(|e| crate::builtins::exceptions::syntax_error(&e))?;
            (decoded.as_str(), Some(raw))
        }
        (None, None) => return Err(PyErr::type_error(format!("{fname}() arg 1 must be a string, bytes or code object"))),
    };
    let _ = vm;
    let text = if eval { text.trim_start_matches([' ', '\t']) } else { text };
    let raw: &[u8] = match &raw {
        Some(b) if eval => &b[b.iter().take_while(|c| matches!(c, b' ' | b'\t')).count()..],
        Some(b) => b,
        None => text.as_bytes(),
    };
    let parsed = braid_parser::with_big_stack(|| braid_parser::parse_module(raw, filename));
    let module = parsed.map_err(|e| crate::builtins::exceptions::syntax_error(&e))?;
    let compiled = if eval {
        crate::compiler::compile_eval(&module, filename, text)
    } else {
        crate::compiler::compile_module(&module, filename, text)
    };
    // Errors found by the compiler carry their location like the parser's.
    compiled.map_err(|e| {
        // CPython reads the line back from the file named `filename`, so strings
        // compiled under a pseudo-name like `<string>` show no source line.
        let line = std::fs::read_to_string(filename).ok().and_then(|t| t.lines().nth(e.loc.lineno.saturating_sub(1) as usize).map(|l| format!("{l}\n")));
        crate::builtins::exceptions::syntax_error(&e.into_syntax_error(filename, line))
    })
}

fn exec_or_eval(vm: &mut Vm, args: &[Value], fname: &str, eval: bool) -> PyResult<Value> {
    let src = args.first().ok_or_else(|| PyErr::type_error(format!("{fname} expected at least 1 argument, got 0")))?;
    let code = code_arg(vm, src, fname, eval, "<string>")?;
    let globals = match args.get(1).filter(|g| !is_none(g)) {
        Some(g) => {
            let d = as_dict(g).ok_or_else(|| PyErr::type_error(format!("{fname}() globals must be a dict, not {}", g.ty().body.name)))?;
            if d.get_str("__builtins__").is_none() {
                if let Some(b) = vm.builtins().cloned() {
                    d.set_str("__builtins__", b);
                }
            }
            g.clone()
        }
        None => current_globals(vm),
    };
    let locals = args.get(2).filter(|l| !is_none(l)).cloned();
    let r = crate::interp::call::run_module_code_with_locals(vm, code, globals, locals)?;
    Ok(if eval { r } else { none() })
}

fn builtin_exec(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    exec_or_eval(vm, args, "exec", false)
}

fn builtin_eval(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    exec_or_eval(vm, args, "eval", true)
}

fn builtin_compile(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kwnames.len();
    if npos < 3 {
        return Err(PyErr::type_error("compile() missing required argument 'mode' (pos 3)"));
    }
    let mode = as_str(&args[2]).unwrap_or("");
    let eval = match mode {
        "exec" | "single" => false,
        "eval" => true,
        _ => return Err(PyErr::value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    let filename = crate::ops::str_string(vm, &args[1])?;
    code_arg(vm, &args[0], "compile", eval, &filename)
}
