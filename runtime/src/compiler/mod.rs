//! The compiler: AST -> scopes -> register bytecode in code objects.
//!
//! * [`symtable`]: scope analysis (local / cell / free / global; class and
//!   comprehension scopes).
//! * [`instr_table`]: the instruction table, from which `Instr` and its queries derive.
//! * [`code`]: code objects, line tables, side tables.
//! * `codegen.rs` (statements), `expr.rs` (expressions), `patterns.rs` (`match`).
//! * [`dis`]: the disassembler behind `braid --dis`.

pub mod code;
pub mod instr_table;
mod annotations;
mod class_def;
mod codegen;
mod const_fold;
mod const_set;
mod docstring;
mod except_star;
pub mod dis;
mod expr;
mod patterns;
pub mod symtable;
mod tstring;
mod type_params;
mod unparse;

#[cfg(test)]
mod tests;

use std::sync::Arc;

use braid_parser::ast;

pub use codegen::CompileError;

use crate::object::Value;

/// The `-O` level for this process (0 keeps asserts and `__debug__` true).
static OPTIMIZE_LEVEL: std::sync::atomic::AtomicU8 = std::sync::atomic::AtomicU8::new(0);

/// Sets the `-O` level used by every later compilation (set once at start-up).
pub fn set_optimize_level(level: u8) {
    OPTIMIZE_LEVEL.store(level, std::sync::atomic::Ordering::Relaxed);
}

/// The `-O` level: above 0, `assert` statements compile to nothing and `__debug__` is False.
pub fn optimize_level() -> u8 {
    OPTIMIZE_LEVEL.load(std::sync::atomic::Ordering::Relaxed)
}

/// Compiles a parsed module into a code object.
pub fn compile_module(module: &ast::Module, filename: &str, source: &str) -> Result<Value, CompileError> {
    compile_mode(module, filename, source, false)
}

/// Compiles for `eval()`: the module must be a single expression statement, whose value
/// the code returns.
pub fn compile_eval(module: &ast::Module, filename: &str, source: &str) -> Result<Value, CompileError> {
    compile_mode(module, filename, source, true)
}

fn compile_mode(module: &ast::Module, filename: &str, source: &str, eval: bool) -> Result<Value, CompileError> {
    let module = &*type_params::desugar(module);
    let table = symtable::analyze(module).map_err(|e| CompileError { msg: e.msg, loc: e.loc })?;
    let m = codegen::Module { table: &table, filename, source: Arc::from(source), lines: source.lines().collect() };
    let mut b = codegen::FnBuilder::new(&m, 0, "<module>", "<module>", None, 1)?;
    if eval {
        match module.body.as_slice() {
            [ast::Stmt { kind: ast::StmtKind::Expr { value }, .. }] => {
                let r = b.expr(value, None)?;
                b.emit(code::Instr::Return { src: r });
            }
            [] => return Err(CompileError { msg: "invalid syntax".into(), loc: ast::Location { lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 0 } }),
            [first, ..] => return Err(CompileError { msg: "invalid syntax".into(), loc: first.loc }),
        }
    } else {
        b.module_annotations_prologue(&module.body)?;
        b.body_with_doc(&module.body)?;
        b.module_annotations_epilogue(&module.body)?;
    }
    Ok(b.finish())
}
