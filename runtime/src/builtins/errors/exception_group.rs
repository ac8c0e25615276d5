//! `BaseExceptionGroup` and `ExceptionGroup` (PEP 654): construction with CPython's
//! checks, `message`/`exceptions`, `split`, `subgroup` and `derive`.
//!
//! A group is an ordinary exception instance (same body as every exception) whose
//! `args` are `(message, exceptions_as_given)`; the validated `message` and the
//! `exceptions` tuple live in the instance's extra attributes, so attribute lookup,
//! `repr` and the traceback printer need nothing special to read them.
//!
//! CPython's `ExceptionGroup` derives from both `BaseExceptionGroup` and `Exception`.
//! Built-in types have a single base here, so `ExceptionGroup` derives from `Exception`
//! (what `except Exception` needs) and [`is_virtual_subtype`] supplies the second edge
//! for `except BaseExceptionGroup` / `except* ` matching.

use crate::builtins::exceptions::{as_exception, get_extra, new_exception, set_extra, ExceptionData, BASE_EXCEPTION, EXCEPTION};
use crate::builtins::list::as_list;
use crate::builtins::singletons::none;
use crate::builtins::str::{as_str, new_str};
use crate::builtins::tuple::{as_tuple, new_tuple};
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::header::Header;
use crate::object::{Kind, MethodDef, Obj, Slots, TypeData, TypeObject, Value};

const GROUP_SLOTS: Slots = Slots { str: Some(group_str), new: Some(group_new), ..crate::builtins::exceptions::EXC_SLOTS };

const GROUP_METHODS: &[MethodDef] = &[
    MethodDef::method("split", group_split),
    MethodDef::method("subgroup", group_subgroup),
    MethodDef::method("derive", group_derive),
];

/// The built-in `BaseExceptionGroup` type.
pub static BASE_EXCEPTION_GROUP: TypeObject = Obj {
    header: Header::immortal(&crate::builtins::type_::TYPE_TYPE),
    body: TypeData {
        name: "BaseExceptionGroup",
        kind: Kind::Exception,
        base: Some(&BASE_EXCEPTION),
        dealloc: crate::object::value::dealloc_box::<ExceptionData>,
        slots: GROUP_SLOTS,
        methods: GROUP_METHODS,
        state: crate::object::type_state::TypeState::builtin(),
    },
};

/// The built-in `ExceptionGroup` type.
pub static EXCEPTION_GROUP: TypeObject = Obj {
    header: Header::immortal(&crate::builtins::type_::TYPE_TYPE),
    body: TypeData {
        name: "ExceptionGroup",
        kind: Kind::Exception,
        base: Some(&EXCEPTION),
        dealloc: crate::object::value::dealloc_box::<ExceptionData>,
        slots: GROUP_SLOTS,
        methods: GROUP_METHODS,
        state: crate::object::type_state::TypeState::builtin(),
    },
};

/// The group types, for the builtins module.
pub static GROUP_TYPES: &[&TypeObject] = &[&BASE_EXCEPTION_GROUP, &EXCEPTION_GROUP];

/// True when `v` is an exception group instance.
pub fn is_group(v: &Value) -> bool {
    !v.is_small_int() && (v.ty().body.is_subtype(&BASE_EXCEPTION_GROUP.body) || v.ty().body.is_subtype(&EXCEPTION_GROUP.body))
}

/// The second base of `ExceptionGroup` that single inheritance cannot express.
pub fn is_virtual_subtype(t: &'static TypeObject, base: &'static TypeObject) -> bool {
    std::ptr::eq(base, &BASE_EXCEPTION_GROUP) && t.body.is_subtype(&EXCEPTION_GROUP.body)
}

/// The sub-exceptions of a group (empty for anything else).
pub fn group_exceptions(v: &Value) -> Vec<Value> {
    get_extra(v, "exceptions").and_then(|t| as_tuple(&t).map(<[Value]>::to_vec)).unwrap_or_default()
}

/// The message of a group.
pub fn group_message(v: &Value) -> String {
    get_extra(v, "message").and_then(|m| as_str(&m).map(str::to_string)).unwrap_or_default()
}

/// Builds a group as `BaseExceptionGroup(message, excs)` would: an `ExceptionGroup`
/// when every member is an `Exception`. `requested` is the class that was called.
pub fn make_group(requested: &'static TypeObject, message: Value, excs_given: Value) -> PyResult<Value> {
    let Some(msg) = as_str(&message) else {
        return Err(PyErr::type_error(format!("BaseExceptionGroup.__new__() argument 1 must be str, not {}", crate::builtins::method_args::arg_type_name(&message))));
    };
    let _ = msg;
    let items: Vec<Value> = if let Some(l) = as_list(&excs_given) {
        l.items().to_vec()
    } else if let Some(t) = as_tuple(&excs_given) {
        t.to_vec()
    } else {
        return Err(PyErr::type_error("second argument (exceptions) must be a sequence"));
    };
    if items.is_empty() {
        return Err(PyErr::value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let mut all_exceptions = true;
    for (i, e) in items.iter().enumerate() {
        if as_exception(e).is_none() {
            return Err(PyErr::value_error(format!("Item {i} of second argument (exceptions) is not an exception")));
        }
        if !e.ty().body.is_subtype(&EXCEPTION.body) {
            all_exceptions = false;
        }
    }
    let ty: &'static TypeObject = if std::ptr::eq(requested, &BASE_EXCEPTION_GROUP) {
        if all_exceptions {
            &EXCEPTION_GROUP
        } else {
            &BASE_EXCEPTION_GROUP
        }
    } else {
        if !all_exceptions {
            return Err(PyErr::type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
        requested
    };
    let group = new_exception(ty, vec![message.clone(), excs_given]);
    set_extra(&group, "message", message);
    set_extra(&group, "exceptions", new_tuple(items));
    Ok(group)
}

fn group_new(_vm: &mut Vm, t: &'static TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if !kwnames.is_empty() {
        return Err(PyErr::type_error(format!("{}() takes no keyword arguments", t.body.name)));
    }
    if args.len() != 2 {
        return Err(PyErr::type_error(format!("BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)", args.len())));
    }
    make_group(t, args[0].clone(), args[1].clone())
}

fn group_str(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(new_str(&group_text(v)))
}

/// `str(group)`: `message (N sub-exceptions)`.
pub fn group_text(v: &Value) -> String {
    let n = group_exceptions(v).len();
    format!("{} ({n} sub-exception{})", group_message(v), if n == 1 { "" } else { "s" })
}

/// `group.derive(excs)` plus the metadata copy `split`/`subgroup` perform.
fn derive_with_metadata(vm: &mut Vm, group: &Value, excs: Vec<Value>) -> PyResult<Value> {
    let derive = crate::ops::getattr(vm, group, "derive")?;
    let new = crate::ops::call(vm, &derive, &[crate::builtins::list::new_list(excs)], &[])?;
    if let (Some(src), Some(dst)) = (as_exception(group), as_exception(&new)) {
        let traceback = src.traceback.lock(group).clone();
        *dst.traceback.lock(&new) = traceback;
        let cause = src.cause.lock(group).clone();
        *dst.cause.lock(&new) = cause;
        let context = src.context.lock(group).clone();
        *dst.context.lock(&new) = context;
        dst.suppress_context.set(src.suppress_context.get());
        let notes = src.notes.lock(group).clone();
        *dst.notes.lock(&new) = notes;
    }
    Ok(new)
}

/// What `split`/`subgroup` test each exception (and each nested group) against.
pub enum Matcher {
    /// An exception class or tuple of classes.
    Types(Value),
    /// A predicate called with each exception.
    Predicate(Value),
    /// Leaves identical (by identity) to one of these.
    Leaves(Vec<Value>),
}

impl Matcher {
    /// Interprets the argument of `split`/`subgroup`/`except*`.
    pub fn from_arg(cond: &Value) -> PyResult<Matcher> {
        let is_type_or_tuple = crate::builtins::exceptions::is_exception_type(cond).is_some()
            || as_tuple(cond).is_some_and(|t| t.iter().all(|c| crate::builtins::exceptions::is_exception_type(c).is_some()));
        if is_type_or_tuple {
            Ok(Matcher::Types(cond.clone()))
        } else if crate::ops::callable(cond) {
            Ok(Matcher::Predicate(cond.clone()))
        } else {
            Err(PyErr::type_error("expected an exception type, a tuple of exception types, or a callable (other than a class)"))
        }
    }

    fn test(&self, vm: &mut Vm, e: &Value) -> PyResult<bool> {
        match self {
            Matcher::Types(t) => crate::interp::op_exceptions::exception_matches(e, t),
            Matcher::Predicate(f) => {
                let r = crate::ops::call(vm, f, std::slice::from_ref(e), &[])?;
                crate::ops::truthy(vm, &r)
            }
            Matcher::Leaves(ls) => Ok(!is_group(e) && ls.iter().any(|l| l.is(e))),
        }
    }
}

/// Splits `group` into (matching part, rest), each `None` when empty.
pub fn split_group(vm: &mut Vm, group: &Value, m: &Matcher, want_rest: bool) -> PyResult<(Option<Value>, Option<Value>)> {
    if m.test(vm, group)? {
        return Ok((Some(group.clone()), None));
    }
    let mut matched = Vec::new();
    let mut rest = Vec::new();
    for e in group_exceptions(group) {
        if is_group(&e) {
            let (a, b) = split_group(vm, &e, m, want_rest)?;
            matched.extend(a);
            rest.extend(b);
        } else if m.test(vm, &e)? {
            matched.push(e);
        } else if want_rest {
            rest.push(e);
        }
    }
    let matched = if matched.is_empty() { None } else { Some(derive_with_metadata(vm, group, matched)?) };
    let rest = if rest.is_empty() || !want_rest { None } else { Some(derive_with_metadata(vm, group, rest)?) };
    Ok((matched, rest))
}

fn self_group(args: &[Value]) -> PyResult<&Value> {
    args.first().filter(|g| is_group(g)).ok_or_else(|| PyErr::type_error("descriptor requires a 'BaseExceptionGroup' object"))
}

fn one_arg<'a>(args: &'a [Value], kwnames: &[Value], name: &str) -> PyResult<&'a Value> {
    if !kwnames.is_empty() {
        return Err(PyErr::type_error(format!("BaseExceptionGroup.{name}() takes no keyword arguments")));
    }
    if args.len() != 2 {
        return Err(PyErr::type_error(format!("BaseExceptionGroup.{name}() takes exactly one argument ({} given)", args.len().saturating_sub(1))));
    }
    Ok(&args[1])
}

fn group_split(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let group = self_group(args)?;
    let m = Matcher::from_arg(one_arg(args, kwnames, "split")?)?;
    let (a, b) = split_group(vm, group, &m, true)?;
    Ok(new_tuple(vec![a.unwrap_or_else(none), b.unwrap_or_else(none)]))
}

fn group_subgroup(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let group = self_group(args)?;
    let m = Matcher::from_arg(one_arg(args, kwnames, "subgroup")?)?;
    let (a, _) = split_group(vm, group, &m, false)?;
    Ok(a.unwrap_or_else(none))
}

fn group_derive(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let group = self_group(args)?;
    let excs = one_arg(args, kwnames, "derive")?;
    make_group(&BASE_EXCEPTION_GROUP, get_extra(group, "message").unwrap_or_else(|| new_str("")), excs.clone())
}
