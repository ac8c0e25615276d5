//! Printing uncaught exceptions exactly as CPython 3.14 does (no colour): header,
//! one entry per frame with its source line and PEP 657 carets, repeated-frame
//! folding, chained exceptions with their joining sentences, notes, and the final
//! `Type: message` line with "Did you mean" suggestions for NameError.

use crate::builtins::exceptions::{as_exception, exception_str, NAME_ERROR};
use crate::builtins::str::as_str;
use crate::compiler::code::as_code;
use crate::builtins::exception_group::is_group;
use crate::interp::traceback_group::{format_group, GroupCtx};
use crate::object::Value;

/// Renders `exc` and its chain as CPython's default excepthook would. `names` gives
/// NameError suggestion candidates (globals + builtins of the failing module).
pub fn format_exception(exc: &Value, names: &[String]) -> String {
    format_exception_in(exc, &RenderEnv { names, modules: None, limit: None, messages: &[] })
}

/// What the renderer may consult for suggestions.
pub struct RenderEnv<'a> {
    /// NameError candidates besides the failing frame's locals (globals + builtins).
    pub names: &'a [String],
    /// `sys.modules`, for ImportError suggestions (`dir()` of the module).
    pub modules: Option<&'a Value>,
    /// `sys.tracebacklimit`: print only the last N frames of each traceback (0: no
    /// frames and no header).
    pub limit: Option<usize>,
    /// `str()` of the exceptions of user classes in the chain, computed beforehand
    /// with the running interpreter (their `__str__` is Python code), by identity.
    pub messages: &'a [(usize, String)],
}

/// `str(e)` for every exception of a user class in `exc`'s chain (causes, contexts,
/// group members), for [`RenderEnv::messages`]; a failing `__str__` gives CPython's
/// `<exception str() failed>`.
pub fn user_messages(vm: &mut crate::interp::Vm, exc: &Value) -> Vec<(usize, String)> {
    let mut out: Vec<(usize, String)> = Vec::new();
    let mut todo = vec![exc.clone()];
    while let Some(x) = todo.pop() {
        if out.iter().any(|(k, _)| *k == x.raw()) || out.len() > 1000 {
            continue;
        }
        let Some(e) = as_exception(&x) else { continue };
        if x.ty().body.state.is_heap() {
            let text = crate::ops::str_string(vm, &x).unwrap_or_else(|_| "<exception str() failed>".to_string());
            out.push((x.raw(), text));
        } else {
            out.push((x.raw(), exception_str(&x)));
        }
        todo.extend(e.cause.lock(&x).clone());
        todo.extend(e.context.lock(&x).clone());
        if is_group(&x) {
            todo.extend(crate::builtins::exception_group::group_exceptions(&x));
        }
    }
    out
}

/// The exception type as the final line names it: `module.Qualname` for classes of
/// other modules, the bare name for built-in and `__main__` classes.
pub fn display_type_name(ty: &'static crate::object::TypeObject) -> String {
    if !ty.body.state.is_heap() {
        return ty.body.name.to_string();
    }
    let qual = crate::builtins::type_init::qualname_value(ty);
    let qual = as_str(&qual).unwrap_or(ty.body.name).to_string();
    match crate::builtins::instances::heap_type::module_name(ty) {
        Some(m) if m != "__main__" && m != "builtins" => format!("{m}.{qual}"),
        _ => qual,
    }
}

/// [`format_exception`] with the full suggestion environment.
pub fn format_exception_in(exc: &Value, env: &RenderEnv) -> String {
    let mut out = String::new();
    let mut seen: Vec<usize> = Vec::new();
    let mut ctx = GroupCtx::default();
    format_chain(exc, env, &mut out, &mut seen, &mut ctx);
    out
}

/// `exc` preceded by its cause/context chain (oldest first); inside exception groups
/// every line gets the box margin of `ctx`.
pub(crate) fn format_chain(exc: &Value, env: &RenderEnv, out: &mut String, seen: &mut Vec<usize>, ctx: &mut GroupCtx) {
    seen.push(exc.raw());
    if let Some(e) = as_exception(exc) {
        let cause = e.cause.lock(exc).clone();
        let context = e.context.lock(exc).clone();
        if let Some(c) = cause.filter(|c| !seen.contains(&c.raw())) {
            format_chain(&c, env, out, seen, ctx);
            ctx.emit(out, "\nThe above exception was the direct cause of the following exception:\n\n", None);
        } else if let Some(c) = context.filter(|c| !e.suppress_context.get() && !seen.contains(&c.raw())) {
            format_chain(&c, env, out, seen, ctx);
            ctx.emit(out, "\nDuring handling of the above exception, another exception occurred:\n\n", None);
        }
    }
    if is_group(exc) {
        format_group(exc, env, out, seen, ctx);
        return;
    }
    let mut stack = String::new();
    if format_stack(exc, env, &mut stack) {
        ctx.emit(out, "Traceback (most recent call last):\n", None);
        ctx.emit(out, &stack, None);
    }
    let mut only = String::new();
    format_exception_only(exc, env, &mut only);
    ctx.emit(out, &only, None);
}

/// The frame entries of `exc`'s traceback, outermost first; false when it has none.
pub(crate) fn format_stack(exc: &Value, env: &RenderEnv, out: &mut String) -> bool {
    let Some(e) = as_exception(exc) else { return false };
    let tb = e.traceback.lock(exc).entries();
    let skip = env.limit.map_or(0, |n| tb.len().saturating_sub(n));
    if tb.len() <= skip {
        return false;
    }
    let mut last: Option<(String, u32, String)> = None;
    let mut repeat = 0usize;
    for (code, pc) in tb.iter().skip(skip) {
        let Some(code) = as_code(code) else { continue };
        let loc = code.locs.get(*pc as usize).copied().unwrap_or_default();
        let key = (code.filename.clone(), loc.line, code.name.clone());
        if last.as_ref() == Some(&key) {
            repeat += 1;
            if repeat >= 3 {
                continue;
            }
        } else {
            flush_repeats(out, repeat);
            repeat = 0;
            last = Some(key);
        }
        out.push_str(&format!("  File \"{}\", line {}, in {}\n", code.filename, loc.line, code.name));
        if let Some(src) = &code.source {
            crate::interp::traceback_carets::format_source(out, src, &loc);
        }
    }
    flush_repeats(out, repeat);
    true
}

/// The final `Type: message` line (with suggestions) followed by the notes.
pub(crate) fn format_exception_only(exc: &Value, env: &RenderEnv, out: &mut String) {
    match syntax_error_details(exc) {
        Some(details) => out.push_str(&details.render()),
        None => {
            out.push_str(&final_line(exc, env));
            out.push('\n');
        }
    }
    if let Some(e) = as_exception(exc) {
        for note in e.notes.lock(exc).clone().iter() {
            out.push_str(as_str(note).unwrap_or(""));
            out.push('\n');
        }
    }
}

fn flush_repeats(out: &mut String, repeat: usize) {
    if repeat > 2 {
        let n = repeat - 2;
        out.push_str(&format!("  [Previous line repeated {n} more time{}]\n", if n == 1 { "" } else { "s" }));
    }
}

/// Modules of the standard library, for "Did you forget to import 'x'?".
const STDLIB_MODULES: &[&str] = &[
    "abc", "argparse", "array", "ast", "asyncio", "base64", "bisect", "builtins", "calendar", "collections", "contextlib",
    "copy", "csv", "dataclasses", "datetime", "decimal", "enum", "fractions", "functools", "gc", "glob", "hashlib",
    "heapq", "inspect", "io", "itertools", "json", "logging", "math", "operator", "os", "pathlib", "pickle", "platform",
    "pprint", "queue", "random", "re", "shutil", "signal", "socket", "statistics", "string", "struct", "subprocess",
    "sys", "tempfile", "textwrap", "threading", "time", "timeit", "traceback", "types", "typing", "unicodedata",
    "unittest", "uuid", "warnings", "weakref", "zlib",
];

/// `Type: message` (plus suggestions).
pub fn final_line(exc: &Value, env: &RenderEnv) -> String {
    let ty = exc.ty();
    let msg = match env.messages.iter().find(|(k, _)| *k == exc.raw()) {
        Some((_, m)) => m.clone(),
        None => exception_str(exc),
    };
    let tyname = display_type_name(ty);
    let mut line = if msg.is_empty() { tyname } else { format!("{tyname}: {msg}") };
    if ty.body.is_subtype(&NAME_ERROR.body) && !ty.body.is_subtype(&crate::builtins::exceptions::UNBOUND_LOCAL_ERROR.body) {
        if let Some(name) = msg.strip_prefix("name '").and_then(|m| m.strip_suffix("' is not defined")) {
            let mut candidates: Vec<String> = innermost_frame_names(exc);
            candidates.extend(env.names.iter().cloned());
            let suggestion = suggest(name, &candidates);
            let stdlib = STDLIB_MODULES.contains(&name);
            match (suggestion, stdlib) {
                (Some(s), true) => line.push_str(&format!(". Did you mean: '{s}'? Or did you forget to import '{name}'?")),
                (Some(s), false) => line.push_str(&format!(". Did you mean: '{s}'?")),
                (None, true) => line.push_str(&format!(". Did you forget to import '{name}'?")),
                (None, false) => {}
            }
        }
    }
    if ty.body.is_subtype(&crate::builtins::exceptions::ATTRIBUTE_ERROR.body) {
        let name = crate::builtins::exceptions::get_extra(exc, "name");
        let obj = crate::builtins::exceptions::get_extra(exc, "obj");
        if let (Some(name), Some(obj)) = (name, obj) {
            let mut vm = crate::interp::Vm::scratch();
            let candidates = crate::ops::attribute_names(&mut vm, &obj);
            if let Some(s) = as_str(&name).and_then(|n| suggest(n, &candidates)) {
                line.push_str(&format!(". Did you mean: '{s}'?"));
            }
        }
    }
    if ty.body.is_subtype(&crate::builtins::exceptions::IMPORT_ERROR.body) {
        // `from m import wrong`: candidates are dir(sys.modules[m]).
        let module_name = crate::builtins::exceptions::get_extra(exc, "name");
        let wrong = crate::builtins::exceptions::get_extra(exc, "name_from");
        let module = module_name.zip(env.modules.and_then(crate::builtins::dict::as_dict)).and_then(|(n, d)| d.get_str(as_str(&n)?));
        if let (Some(module), Some(wrong)) = (module, wrong) {
            let mut vm = crate::interp::Vm::scratch();
            let candidates = crate::ops::attribute_names(&mut vm, &module);
            if let Some(s) = as_str(&wrong).and_then(|n| suggest(n, &candidates)) {
                line.push_str(&format!(". Did you mean: '{s}'?"));
            }
        }
    }
    line
}

/// Local variable names of the frame where the exception was raised.
fn innermost_frame_names(exc: &Value) -> Vec<String> {
    let Some(e) = as_exception(exc) else { return Vec::new() };
    let tb = e.traceback.lock(exc).entries();
    let Some(code) = tb.last().and_then(|(c, _)| as_code(c)) else { return Vec::new() };
    if code.name == "<module>" {
        return Vec::new();
    }
    code.varnames.iter().chain(&code.cellnames).chain(&code.freenames).cloned().collect()
}

/// CPython's suggestion algorithm (Levenshtein with case-aware costs).
pub fn suggest(wrong: &str, candidates: &[String]) -> Option<String> {
    if candidates.len() > 750 || wrong.chars().count() > 40 {
        return None;
    }
    let wlen = wrong.chars().count();
    let mut best: Option<&String> = None;
    let mut best_dist = wlen * 2;
    for cand in candidates {
        if cand == wrong || (cand.starts_with('_') && !wrong.starts_with('_')) {
            continue;
        }
        let clen = cand.chars().count();
        let max = (clen + wlen + 3) * 2 / 6;
        let d = levenshtein(wrong, cand);
        if d <= max && d < best_dist {
            best = Some(cand);
            best_dist = d;
        }
    }
    best.cloned()
}

fn levenshtein(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).map(|j| j * 2).collect();
    for i in 1..=a.len() {
        let mut cur = vec![i * 2; b.len() + 1];
        for j in 1..=b.len() {
            let sub = if a[i - 1] == b[j - 1] {
                0
            } else if a[i - 1].to_lowercase().eq(b[j - 1].to_lowercase()) {
                1
            } else {
                2
            };
            cur[j] = (prev[j - 1] + sub).min(prev[j] + 2).min(cur[j - 1] + 2);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// A SyntaxError carrying location details (`args == (msg, (filename, lineno, offset,
/// text, end_lineno, end_offset))`) is shown as the parser shows it: a `File` line,
/// the source line, carets, then `SyntaxError: msg`.
fn syntax_error_details(exc: &Value) -> Option<braid_parser::SyntaxError> {
    use crate::builtins::exceptions::{INDENTATION_ERROR, SYNTAX_ERROR, TAB_ERROR};
    let ty = exc.ty();
    if !ty.body.is_subtype(&SYNTAX_ERROR.body) {
        return None;
    }
    let e = as_exception(exc)?;
    let args = e.args.lock(exc).clone();
    let [msg, details] = crate::builtins::tuple::as_tuple(&args)? else { return None };
    let details = crate::builtins::tuple::as_tuple(details)?;
    let int_at = |i: usize| details.get(i).and_then(crate::builtins::int::as_int).and_then(|n| n.to_i64()).and_then(|n| u32::try_from(n).ok());
    let kind = if ty.body.is_subtype(&TAB_ERROR.body) {
        braid_parser::SyntaxErrorKind::TabError
    } else if ty.body.is_subtype(&INDENTATION_ERROR.body) {
        braid_parser::SyntaxErrorKind::IndentationError
    } else {
        braid_parser::SyntaxErrorKind::SyntaxError
    };
    Some(braid_parser::SyntaxError {
        kind,
        msg: as_str(msg).unwrap_or("").to_string(),
        filename: details.first().and_then(as_str).unwrap_or("<string>").to_string(),
        lineno: int_at(1),
        offset: int_at(2),
        text: details.get(3).and_then(as_str).map(str::to_string),
        end_lineno: int_at(4),
        end_offset: int_at(5),
    })
}
