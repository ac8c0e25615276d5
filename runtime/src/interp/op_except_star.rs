//! Opcode family for `try: ... except* T: ...` (PEP 654).
//!
//! The compiler keeps one bookkeeping list per `except*` statement in a frame slot:
//! `[original exception, unhandled rest (or None), [matched groups], [raised by handlers]]`.
//! Each clause splits the rest by its type; at the end the exceptions raised by the
//! handlers and the part left unhandled are combined the way CPython does: a naked
//! (non-group) exception is re-raised as is; for a group, the re-raised and unhandled
//! leaves are projected out of the original group (keeping its shape, traceback and
//! notes) and new exceptions are gathered next to it in an `ExceptionGroup("", ...)`.

use crate::builtins::exception_group::{group_exceptions, is_group, make_group, split_group, Matcher, BASE_EXCEPTION_GROUP, EXCEPTION_GROUP};
use crate::builtins::exceptions::{as_exception, is_exception_type};
use crate::builtins::list::{as_list, new_list};
use crate::builtins::singletons::{is_none, none};
use crate::builtins::str::new_str;
use crate::builtins::tuple::as_tuple;
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::Value;

const ORIG: usize = 0;
const REST: usize = 1;
const MATCHES: usize = 2;
const RAISED: usize = 3;

fn field(state: &Value, i: usize) -> Value {
    as_list(state).and_then(|l| l.items().get(i).cloned()).unwrap_or_else(none)
}

fn set_field(state: &Value, i: usize, v: Value) {
    if let Some(l) = as_list(state) {
        if let Some(slot) = l.items_mut().get_mut(i) {
            *slot = v;
        }
    }
}

fn push_to(state: &Value, i: usize, v: Value) {
    if let Some(l) = as_list(&field(state, i)) {
        l.items_mut().push(v);
    }
}

/// STAR_BEGIN: the bookkeeping list for the caught exception.
pub fn begin(exc: Value) -> Value {
    new_list(vec![exc.clone(), exc, new_list(Vec::new()), new_list(Vec::new())])
}

fn check_clause_type(ty: &Value) -> PyResult<()> {
    let items: Vec<Value> = match as_tuple(ty) {
        Some(t) => t.to_vec(),
        None => vec![ty.clone()],
    };
    for t in &items {
        let Some(tt) = is_exception_type(t) else {
            return Err(PyErr::type_error("catching classes that do not inherit from BaseException is not allowed"));
        };
        if tt.body.is_subtype(&BASE_EXCEPTION_GROUP.body) || tt.body.is_subtype(&EXCEPTION_GROUP.body) {
            return Err(PyErr::type_error("catching ExceptionGroup with except* is not allowed. Use except instead."));
        }
    }
    Ok(())
}

/// STAR_MATCH: the part of the unhandled rest matching `ty` (None when nothing does).
pub fn match_clause(vm: &mut Vm, state: &Value, ty: &Value) -> PyResult<Value> {
    check_clause_type(ty)?;
    let rest = field(state, REST);
    if is_none(&rest) {
        return Ok(none());
    }
    let (matched, new_rest) = if is_group(&rest) {
        split_group(vm, &rest, &Matcher::Types(ty.clone()), true)?
    } else if crate::interp::op_exceptions::exception_matches(&rest, ty)? {
        // A naked exception is wrapped in a group for the handler.
        let wrapper = make_group(&BASE_EXCEPTION_GROUP, new_str(""), new_list(vec![rest.clone()]))?;
        if let (Some(src), Some(dst)) = (as_exception(&rest), as_exception(&wrapper)) {
            let traceback = src.traceback.lock(&rest).clone();
            *dst.traceback.lock(&wrapper) = traceback;
        }
        (Some(wrapper), None)
    } else {
        (None, Some(rest))
    };
    set_field(state, REST, new_rest.unwrap_or_else(none));
    match matched {
        Some(m) => {
            push_to(state, MATCHES, m.clone());
            Ok(m)
        }
        None => Ok(none()),
    }
}

/// STAR_RAISED: a handler raised `exc`.
pub fn record_raised(state: &Value, exc: Value) {
    push_to(state, RAISED, exc);
}

fn leaves(v: &Value, out: &mut Vec<Value>) {
    if is_group(v) {
        for e in group_exceptions(v) {
            leaves(&e, out);
        }
    } else {
        out.push(v.clone());
    }
}

/// STAR_END: the exception to raise after the clauses, if any.
pub fn finish(vm: &mut Vm, state: &Value) -> PyResult<Option<Value>> {
    let orig = field(state, ORIG);
    let rest = field(state, REST);
    let matches: Vec<Value> = as_list(&field(state, MATCHES)).map(|l| l.items().to_vec()).unwrap_or_default();
    let raised: Vec<Value> = as_list(&field(state, RAISED)).map(|l| l.items().to_vec()).unwrap_or_default();
    if !is_group(&orig) {
        // Only one clause can have run for a naked exception.
        return Ok(raised.into_iter().next().or_else(|| (!is_none(&rest)).then_some(rest)));
    }
    let mut keep = Vec::new();
    if !is_none(&rest) {
        leaves(&rest, &mut keep);
    }
    let mut new_raised = Vec::new();
    for r in raised {
        if matches.iter().any(|m| m.is(&r)) {
            leaves(&r, &mut keep);
        } else {
            new_raised.push(r);
        }
    }
    if !keep.is_empty() {
        let (kept, _) = split_group(vm, &orig, &Matcher::Leaves(keep), false)?;
        new_raised.extend(kept);
    }
    Ok(match new_raised.len() {
        0 => None,
        1 => new_raised.pop(),
        _ => Some(make_group(&BASE_EXCEPTION_GROUP, new_str(""), new_list(new_raised))?),
    })
}
