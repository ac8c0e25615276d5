//! `_tbformat`: the source line and PEP 657 carets of one traceback entry, exactly as
//! braid prints them for an uncaught exception, for Python code that formats
//! tracebacks itself (unittest's failure reports).
//!
//! The carets need the anchors the compiler stores with each instruction's location,
//! which `co_positions()` does not carry, so the formatting stays native and shared
//! with the interpreter's own printer (`interp/traceback_carets.rs`).

use crate::builtins::int::{as_int, IntRef};
use crate::builtins::str::new_str;
use crate::compiler::code::as_code;
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::modules::args;
use crate::object::Value;

/// Builds `_tbformat`.
pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    Ok(super::make_module(
        "_tbformat",
        &[("source_lines", source_lines)],
    ))
}

/// `source_lines(code, lasti)`: the indented source line(s) and caret line of the
/// instruction at `lasti` (`tb_lasti` units), each ending in a newline; '' when the code
/// object has no source.
fn source_lines(_vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = args::positional("source_lines", a, kw, 2, 2)?;
    let code = as_code(&p[0]).ok_or_else(|| {
        PyErr::type_error(format!(
            "source_lines() argument 1 must be code, not {}",
            p[0].ty().body.name
        ))
    })?;
    let lasti = match as_int(&p[1]) {
        Some(IntRef::Small(i)) if i >= 0 => i as usize,
        _ => {
            return Err(PyErr::value_error(
                "source_lines(): lasti must be a non-negative int",
            ))
        }
    };
    let mut out = String::new();
    if let (Some(src), Some(loc)) = (&code.source, code.locs.get(lasti / 2)) {
        crate::interp::traceback_carets::format_source(&mut out, src, loc);
    }
    Ok(new_str(&out))
}
