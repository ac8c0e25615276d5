//! The `co_*` attributes and methods of code objects beyond the plain name/count fields
//! `compiler/code.rs` answers itself: flags in CPython's bit values, names and constants
//! as tuples, and the position tables (`co_lines()`, `co_positions()`).
//!
//! braid's bytecode is not CPython's, so everything measured in instructions is given
//! in CPython's unit (2 bytes per instruction index) over braid's own instructions:
//! `co_lines()` ranges agree with `tb_lasti` / `f_lasti`, which use the same unit.

use crate::builtins::int::new_int;
use crate::builtins::list::new_list;
use crate::builtins::singletons::none;
use crate::builtins::str::new_str;
use crate::builtins::tuple::new_tuple;
use crate::compiler::code::{as_code, CodeData};
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::{MethodDef, Value};

/// CPython's `co_flags` bits (Include/cpython/code.h, `inspect.CO_*`).
pub mod flag {
    /// Locals are slots (every function).
    pub const OPTIMIZED: u32 = 0x1;
    /// A new locals namespace per call (every function).
    pub const NEWLOCALS: u32 = 0x2;
    /// Has `*args`.
    pub const VARARGS: u32 = 0x4;
    /// Has `**kwargs`.
    pub const VARKEYWORDS: u32 = 0x8;
    /// Defined inside a function.
    pub const NESTED: u32 = 0x10;
    /// A generator function.
    pub const GENERATOR: u32 = 0x20;
    /// Has a docstring (3.14).
    pub const HAS_DOCSTRING: u32 = 0x400_0000;
}

/// True for module-level code (its locals are its globals).
pub fn is_module_code(code: &CodeData) -> bool {
    code.name == "<module>" && code.varnames.is_empty()
}

/// `co_flags` as CPython 3.14 computes it, for what braid's code objects record.
pub fn co_flags(code: &CodeData) -> u32 {
    if is_module_code(code) {
        return 0;
    }
    let mut flags = flag::OPTIMIZED | flag::NEWLOCALS;
    if code.flags.varargs {
        flags |= flag::VARARGS;
    }
    if code.flags.varkw {
        flags |= flag::VARKEYWORDS;
    }
    if code.flags.generator {
        flags |= flag::GENERATOR;
    }
    // Code defined in a function scope has `<locals>` in its qualified name.
    if code.qualname.contains("<locals>") {
        flags |= flag::NESTED;
    }
    if code.docstring.is_some() {
        flags |= flag::HAS_DOCSTRING;
    }
    flags
}

/// The attributes `code_getattr` in compiler/code.rs leaves to this file.
pub fn code_attr(code: &CodeData, name: &str) -> Option<Value> {
    let strings = |list: &[String]| new_tuple(list.iter().map(|n| new_str(n)).collect());
    Some(match name {
        "co_flags" => new_int(i64::from(co_flags(code))),
        "co_names" => new_tuple(code.names.clone()),
        // braid's constant pool: literals the code loads, in first-use order.
        "co_consts" => new_tuple(code.consts.clone()),
        "co_nlocals" => new_int(i64::from(code.nlocals)),
        "co_stacksize" => new_int(i64::from(code.nslots.saturating_sub(code.nlocals))),
        "co_localsplusnames" => {
            let mut names: Vec<String> = code.varnames.clone();
            names.extend(code.cellnames.iter().filter(|c| !code.varnames.contains(c)).cloned());
            names.extend(code.freenames.iter().cloned());
            strings(&names)
        }
        _ => return None,
    })
}

/// Methods of code objects.
pub const CODE_METHODS: &[MethodDef] = &[MethodDef::method("co_lines", co_lines), MethodDef::method("co_positions", co_positions)];

fn code_self<'a>(args: &'a [Value], method: &str) -> PyResult<&'a CodeData> {
    let code = args.first().and_then(as_code).ok_or_else(|| PyErr::type_error(format!("descriptor '{method}' requires a 'code' object")))?;
    if args.len() != 1 {
        return Err(PyErr::type_error(format!("code.{method}() takes no arguments ({} given)", args.len() - 1)));
    }
    Ok(code)
}

/// Runs of equal lines as (start, end, line) with offsets in CPython units.
pub fn line_ranges(code: &CodeData) -> Vec<(u32, u32, u32)> {
    let mut out: Vec<(u32, u32, u32)> = Vec::new();
    for (i, loc) in code.locs.iter().enumerate() {
        let pc = i as u32 * 2;
        match out.last_mut() {
            Some(last) if last.2 == loc.line => last.1 = pc + 2,
            _ => out.push((pc, pc + 2, loc.line)),
        }
    }
    out
}

/// `code.co_lines()`: an iterator of `(start, end, lineno)` (lineno None for line 0).
fn co_lines(vm: &mut Vm, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    let code = code_self(args, "co_lines")?;
    let line = |l: u32| if l == 0 { none() } else { new_int(i64::from(l)) };
    let items = line_ranges(code).into_iter().map(|(s, e, l)| new_tuple(vec![new_int(i64::from(s)), new_int(i64::from(e)), line(l)])).collect();
    crate::ops::iter(vm, &new_list(items))
}

/// `code.co_positions()`: one `(lineno, end_lineno, col, end_col)` per instruction.
fn co_positions(vm: &mut Vm, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    let code = code_self(args, "co_positions")?;
    let num = |n: u32| new_int(i64::from(n));
    let items = code
        .locs
        .iter()
        .map(|l| {
            if l.line == 0 {
                new_tuple(vec![none(), none(), none(), none()])
            } else {
                new_tuple(vec![num(l.line), num(l.end_line), num(l.col), num(l.end_col)])
            }
        })
        .collect();
    crate::ops::iter(vm, &new_list(items))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compiler::code::Loc;

    fn code_with_lines(lines: &[u32]) -> CodeData {
        CodeData {
            name: "f".into(),
            qualname: "f".into(),
            filename: "t.py".into(),
            firstlineno: 1,
            instrs: Vec::new(),
            locs: lines.iter().map(|&line| Loc { line, ..Loc::default() }).collect(),
            consts: Vec::new(),
            names: Vec::new(),
            varnames: Vec::new(),
            cellnames: Vec::new(),
            freenames: Vec::new(),
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            nlocals: 0,
            nslots: 0,
            cell_params: Vec::new(),
            free_slots: Vec::new(),
            exc_table: Vec::new(),
            flags: Default::default(),
            caches: CodeData::side_tables(0),
            hot: Box::new([]),
            source: None,
            docstring: None,
            fast_call: false,
            explicit_globals: Box::new([]),
        }
    }

    #[test]
    fn line_ranges_merge_runs_of_one_line() {
        let c = code_with_lines(&[1, 1, 2, 2, 2, 1]);
        assert_eq!(line_ranges(&c), vec![(0, 4, 1), (4, 10, 2), (10, 12, 1)]);
    }

    #[test]
    fn flags_follow_cpython_bits() {
        let mut c = code_with_lines(&[1]);
        assert_eq!(co_flags(&c), flag::OPTIMIZED | flag::NEWLOCALS);
        c.flags.varargs = true;
        c.flags.generator = true;
        c.qualname = "outer.<locals>.f".into();
        assert_eq!(co_flags(&c), 0x1 | 0x2 | 0x4 | 0x10 | 0x20);
        c.name = "<module>".into();
        assert_eq!(co_flags(&c), 0);
    }
}
