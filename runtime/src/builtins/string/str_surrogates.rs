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
//! Ordinary calls pay one flag test per argument ([`involves_surrogates`]). Formatting
//! (`format`, `format_map`, `%`) scans nothing: see [`call_formatting`].

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
    /// Set when formatting wrote a surrogate outside a proxied call (a str holding one, or
    /// `%c`/`{:c}` of a surrogate int): the formatting call runs again through a proxy.
    static REQUESTED: Cell<bool> = const { Cell::new(false) };
}

/// The character to write for surrogate `cp` made by formatting an int (`'%c' % 0xd800`):
/// its stand-in inside a proxied call; otherwise U+FFFD, and the enclosing formatting call
/// ([`call_formatting`]) runs again through a proxy.
pub fn surrogate_char(cp: u32) -> char {
    match ACTIVE.with(Cell::get) {
        Some(block) => block.stand_in(cp),
        None => {
            REQUESTED.with(|r| r.set(true));
            '\u{FFFD}'
        }
    }
}

/// Forgets an earlier request for a proxied rerun (before a formatting call starts).
#[inline]
pub fn clear_request() {
    REQUESTED.with(|r| r.set(false));
}

/// True (once) when formatting since [`clear_request`] wrote a surrogate.
#[inline]
pub fn take_request() -> bool {
    REQUESTED.with(|r| r.replace(false))
}

/// Runs the formatting function `f` through proxies even if no argument holds a
/// surrogate (after [`take_request`] said its output needs one).
#[cold]
pub fn call_formatting_proxied(vm: &mut Vm, args: &[Value], kw: &[Value], f: NativeFn) -> PyResult<Value> {
    call_proxied(vm, args, kw, f, true)
}

/// The active proxy block, if a proxied call is running.
pub fn active_block() -> Option<ProxyBlock> {
    ACTIVE.with(Cell::get)
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

/// The formatting methods (`format`, `format_map`, `%`, `args[0]` being the template)
/// meet strs anywhere (`'{0[1]}'.format(xs)`, `'%(k)s' % d`), so they do not scan their
/// arguments: they run plainly, and the formatting engine reads every str it writes
/// through [`text_for_output`], which asks for a rerun when one holds a surrogate. The
/// rerun is proxied: strs met on the way are written as stand-ins, and the result is
/// mapped back. Only a template holding surrogates is proxied from the start.
pub fn call_formatting(vm: &mut Vm, args: &[Value], kw: &[Value], f: NativeFn) -> PyResult<Value> {
    if !args.first().is_some_and(is_flagged) {
        clear_request();
        let result = f(vm, args, kw);
        if !take_request() {
            return result;
        }
    }
    call_proxied(vm, args, kw, f, true)
}

/// The text a formatting engine writes for str `d`: the text itself; for a str holding
/// surrogates, its proxy inside a proxied call, or else its lossy view after asking the
/// enclosing [`call_formatting`] for a proxied rerun.
#[inline]
pub fn text_for_output(d: &crate::builtins::str::StrData) -> std::borrow::Cow<'_, str> {
    if !d.has_surrogates() {
        return std::borrow::Cow::Borrowed(d.as_str());
    }
    match ACTIVE.with(Cell::get) {
        Some(block) => std::borrow::Cow::Owned(block.to_proxy(d.as_wtf8())),
        None => {
            REQUESTED.with(|r| r.set(true));
            std::borrow::Cow::Borrowed(d.as_str())
        }
    }
}

/// The items (for a dict, the values) of a list, tuple or dict; empty otherwise.
fn container_items(v: &Value) -> Vec<Value> {
    if v.is_small_int() {
        return Vec::new();
    }
    match v.ty().body.kind {
        Kind::Tuple => as_tuple(v).map(<[Value]>::to_vec).unwrap_or_default(),
        Kind::List => as_list(v).map(|l| l.items().clone()).unwrap_or_default(),
        Kind::Dict => crate::builtins::dict::as_dict(v).map(|d| d.items().into_iter().map(|(_, x)| x).collect()).unwrap_or_default(),
        _ => Vec::new(),
    }
}

/// Calls `f` (a str method) on `args`, through proxies when a str holding surrogates is
/// involved. If no proxy block is free (the texts use code points from every private-use
/// block of planes 15 and 16), `f` runs on the strs' lossy views.
#[inline]
pub fn call(vm: &mut Vm, args: &[Value], kw: &[Value], f: NativeFn) -> PyResult<Value> {
    if !involves_surrogates(args) {
        return f(vm, args, kw);
    }
    call_proxied(vm, args, kw, f, false)
}

#[cold]
fn call_proxied(vm: &mut Vm, args: &[Value], kw: &[Value], f: NativeFn, deep: bool) -> PyResult<Value> {
    let nested: Vec<Vec<Value>> = args.iter().map(|v| if deep { container_items(v) } else { as_tuple(v).map(<[Value]>::to_vec).unwrap_or_default() }).collect();
    let mut texts: Vec<&[u8]> = args.iter().filter_map(as_wtf8).collect();
    texts.extend(nested.iter().flatten().filter_map(as_wtf8));
    let Some(block) = ProxyBlock::choose(&texts) else { return f(vm, args, kw) };
    let to_proxy = |v: &Value| match as_str_data(v) {
        Some(d) if d.has_surrogates() => new_str(&block.to_proxy(d.as_wtf8())),
        _ => v.clone(),
    };
    let mut proxied: Vec<Value> = Vec::with_capacity(args.len());
    for (v, items) in args.iter().zip(&nested) {
        if !items.iter().any(is_flagged) {
            proxied.push(to_proxy(v));
        } else if let Some(d) = crate::builtins::dict::as_dict(v) {
            let copy = crate::builtins::dict::new_dict();
            if let Some(c) = crate::builtins::dict::as_dict(&copy) {
                for (k, x) in d.items() {
                    c.set(vm, k, to_proxy(&x))?;
                }
            }
            proxied.push(copy);
        } else if as_list(v).is_some() {
            proxied.push(new_list(items.iter().map(to_proxy).collect()));
        } else {
            proxied.push(new_tuple(items.iter().map(to_proxy).collect()));
        }
    }
    let outer = ACTIVE.with(|a| a.replace(Some(block)));
    let result = f(vm, &proxied, kw);
    ACTIVE.with(|a| a.set(outer));
    Ok(unproxy(result?, block, args, &proxied))
}

/// `v` with the stand-ins of `block` turned back into surrogates, in a str or in the
/// strs of a list or tuple. A proxy returned as is (`s.strip()` with nothing to strip)
/// becomes the original argument again, so identity is kept as in CPython.
fn unproxy(v: Value, block: ProxyBlock, originals: &[Value], proxies: &[Value]) -> Value {
    let back = |v: &Value| {
        if let Some(i) = proxies.iter().position(|p| p.is(v)) {
            return originals[i].clone();
        }
        match as_str_data(v) {
            Some(d) if block.occurs_in(d.as_str()) => new_str_wtf8(&block.from_proxy(d.as_str())),
            _ => v.clone(),
        }
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
    (formatting $f:path) => {{
        fn wrapped(
            vm: &mut $crate::interp::Vm,
            args: &[$crate::object::Value],
            kw: &[$crate::object::Value],
        ) -> $crate::error::PyResult<$crate::object::Value> {
            $crate::builtins::str_surrogates::call_formatting(vm, args, kw, $f)
        }
        wrapped
    }};
}
pub(crate) use surrogate_safe;
