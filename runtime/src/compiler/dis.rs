//! `braid --dis FILE`: a readable listing of every code object.

use std::fmt::Write;

use super::code::{as_code, CodeData, Instr};
use crate::object::Value;

/// Disassembles `code` and its nested code objects.
pub fn disassemble(code: &Value) -> String {
    let mut out = String::new();
    let mut stack = vec![code.clone()];
    let mut first = true;
    while let Some(c) = stack.pop() {
        let Some(cd) = as_code(&c) else { continue };
        if !first {
            out.push('\n');
        }
        first = false;
        dis_one(cd, &mut out);
        for k in cd.consts.iter().rev() {
            if as_code(k).is_some() {
                stack.push(k.clone());
            }
        }
    }
    out
}

fn dis_one(c: &CodeData, out: &mut String) {
    let _ = writeln!(
        out,
        "Disassembly of <code {}> (file \"{}\", line {}): args={} posonly={} kwonly={} locals={:?} cells={:?} free={:?} slots={}",
        c.qualname, c.filename, c.firstlineno, c.argcount, c.posonlyargcount, c.kwonlyargcount, c.varnames, c.cellnames, c.freenames, c.nslots
    );
    let mut last_line = 0;
    for (pc, ins) in c.instrs.iter().enumerate() {
        let loc = c.locs[pc];
        let line = if loc.line != last_line { format!("{:>4}", loc.line) } else { "    ".to_string() };
        last_line = loc.line;
        let mut text = format!("{ins:?}");
        match ins {
            Instr::LoadConst { idx, .. } => {
                let k = &c.consts[*idx as usize];
                let mut vm = crate::interp::Vm::scratch();
                let r = crate::ops::repr_string(&mut vm, k).unwrap_or_default();
                let _ = write!(text, "    ; {r}");
            }
            Instr::LoadGlobal { name, .. } | Instr::StoreGlobal { name, .. } | Instr::LoadAttr { name, .. } | Instr::LoadMethod { name, .. } | Instr::StoreAttr { name, .. } => {
                let _ = write!(text, "    ; {}", crate::builtins::str::as_str(&c.names[*name as usize]).unwrap_or("?"));
            }
            _ => {}
        }
        let _ = writeln!(out, "{line} {pc:>5}  {text}");
    }
    for e in &c.exc_table {
        let _ = writeln!(out, "  exception table: {}..{} -> {} (exc in slot {})", e.start, e.end, e.handler, e.exc);
    }
}
