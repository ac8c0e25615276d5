//! Running `str` methods on strings that hold lone surrogates.
//!
//! The text algorithms of `crate::text` work on `&str`, which cannot hold a surrogate.
//! Rather than duplicate each of them over generalized UTF-8, a method called with a
//! surrogate-holding str (as receiver, argument, or item of a tuple argument) runs on
//! proxies: each such str is replaced by an ordinary str in which every surrogate is a
//! stand-in code point of a private-use block that none of the involved texts uses
//! ([`ProxyBlock`]); the method runs unchanged, and stand-ins in the result (a str, or a
//! list or tuple of strs) become surrogates again. Stand-ins behave like surrogates for
//! every str algorithm (no case, not alphanumeric, space, digit or printable, one code
//! point each, so indices and counts are the same); `repr` of a str made during the call
//! shows them as the surrogates they stand for ([`active_proxy_code_points`]).
//!
//! Ordinary calls pay one flag test per argument ([`involves_surrogates`]).

use std::cell::Cell;

use crate::builtins::list::{as_list, new_list};
use crate::builtins::str::{as_str_data, as_wtf8, new_str, new_str_wtf8};
use crate::builtins::tuple::{as_tuple, new_tuple};
use crate::error::PyResult;
use crate::interp::Vm;
use crate::object::{Kind, NativeFn, Value};
use crate::text::wtf8::ProxyBlock;

thread_local! {
    /// The block of the innermost proxied call running on this thread.
    static ACTIVE: Cell<Option<ProxyBlock>> = const { Cell::new(None) };
}

fn is_flagged(v: &Value) -> bool {
    as_str_data(v).is_some_and(|d| d.has_surrogates())
}

/// True when some argument is a str holding surrogates, or a tuple holding one.
#[inline]
pub fn involves_surrogates(args: &[Value]) -> bool {
    args.iter().any(|v| {
        if v.is_small_int() {
            return false;
        }
        match v.ty().body.kind {
            Kind::Str => is_flagged(v),
            Kind::Tuple => tuple_involves_surrogates(v),
            _ => false,
        }
    })
}

#[cold]
fn tuple_involves_surrogates(v: &Value) -> bool {
    as_tuple(v).is_some_and(|t| t.iter().any(is_flagged))
}

/// Calls `f` (a str method) on `args`, through proxies when a str holding surrogates is
/// involved. If no proxy block is free (the texts use code points from every private-use
/// block of planes 15 and 16), `f` runs on the strs' lossy views.
#[inline]
pub fn call(vm: &mut Vm, args: &[Value], kw: &[Value], f: NativeFn) -> PyResult<Value> {
    if !involves_surrogates(args) {
        return f(vm, args, kw);
    }
    call_proxied(vm, args, kw, f)
}

#[cold]
fn call_proxied(vm: &mut Vm, args: &[Value], kw: &[Value], f: NativeFn) -> PyResult<Value> {
    let mut texts: Vec<&[u8]> = Vec::new();
    for v in args {
        if let Some(t) = as_wtf8(v) {
            texts.push(t);
        } else if let Some(items) = as_tuple(v) {
            texts.extend(items.iter().filter_map(as_wtf8));
        }
    }
    let Some(block) = ProxyBlock::choose(&texts) else { return f(vm, args, kw) };
    let to_proxy = |v: &Value| match as_str_data(v) {
        Some(d) if d.has_surrogates() => new_str(&block.to_proxy(d.as_wtf8())),
        _ => v.clone(),
    };
    let proxied: Vec<Value> = args
        .iter()
        .map(|v| match as_tuple(v) {
            Some(items) if items.iter().any(is_flagged) => new_tuple(items.iter().map(to_proxy).collect()),
            _ => to_proxy(v),
        })
        .collect();
    let outer = ACTIVE.with(|a| a.replace(Some(block)));
    let result = f(vm, &proxied, kw);
    ACTIVE.with(|a| a.set(outer));
    Ok(unproxy(result?, block))
}

/// `v` with the stand-ins of `block` turned back into surrogates, in a str or in the
/// strs of a list or tuple.
fn unproxy(v: Value, block: ProxyBlock) -> Value {
    let back = |v: &Value| match as_str_data(v) {
        Some(d) if block.occurs_in(d.as_str()) => new_str_wtf8(&block.from_proxy(d.as_str())),
        _ => v.clone(),
    };
    if as_str_data(&v).is_some() {
        return back(&v);
    }
    if let Some(items) = as_tuple(&v) {
        return new_tuple(items.iter().map(back).collect());
    }
    if let Some(list) = as_list(&v) {
        let items: Vec<Value> = list.items().iter().map(back).collect();
        return new_list(items);
    }
    v
}

/// Runs the text function `f` on a proxy of `text` (which holds surrogates), `others`
/// being the other texts that `f` sees (so the block avoids their code points), and
/// returns its result as a str with the surrogates back. Without a free block `f` runs on
/// the lossy view.
pub fn map_text<E>(text: &crate::builtins::str::StrData, others: &[&[u8]], f: impl FnOnce(&str) -> Result<String, E>) -> Result<Value, E> {
    let mut texts = vec![text.as_wtf8()];
    texts.extend_from_slice(others);
    let Some(block) = ProxyBlock::choose(&texts) else { return f(text.as_str()).map(|s| new_str(&s)) };
    let out = f(&block.to_proxy(text.as_wtf8()))?;
    Ok(new_str_wtf8(&block.from_proxy(&out)))
}

/// For `repr`: the code points of `s` with stand-ins of the active proxy block read as
/// surrogates, if a proxied call is running and `s` holds one.
#[inline]
pub fn active_proxy_code_points(s: &str) -> Option<Vec<u32>> {
    let block = ACTIVE.with(Cell::get)?;
    if !block.occurs_in(s) {
        return None;
    }
    Some(s.chars().map(|c| if block.holds(c) { block.surrogate_of(c) } else { u32::from(c) }).collect())
}

/// Wraps a str method so that it sees surrogates through proxies ([`call`]).
macro_rules! surrogate_safe {
    ($f:path) => {{
        fn wrapped(
            vm: &mut $crate::interp::Vm,
            args: &[$crate::object::Value],
            kw: &[$crate::object::Value],
        ) -> $crate::error::PyResult<$crate::object::Value> {
            $crate::builtins::str_surrogates::call(vm, args, kw, $f)
        }
        wrapped
    }};
}
pub(crate) use surrogate_safe;
