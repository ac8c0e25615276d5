//! The compiler: AST -> scopes -> register bytecode in code objects.
//!
//! * [`symtable`]: scope analysis (local / cell / free / global; class and
//!   comprehension scopes).
//! * [`code`]: the instruction set, code objects, line tables, side tables.
//! * `codegen.rs` (statements), `expr.rs` (expressions), `patterns.rs` (`match`).
//! * [`dis`]: the disassembler behind `braid --dis`.

pub mod code;
mod codegen;
pub mod dis;
mod expr;
mod patterns;
pub mod symtable;

use std::sync::Arc;

use braid_parser::ast;

pub use codegen::CompileError;

use crate::object::Value;

/// Compiles a parsed module into a code object.
pub fn compile_module(module: &ast::Module, filename: &str, source: &str) -> Result<Value, CompileError> {
    let table = symtable::analyze(module).map_err(|e| CompileError { msg: e.msg, loc: e.loc })?;
    let m = codegen::Module { table: &table, filename, source: Arc::from(source), lines: source.lines().collect() };
    let mut b = codegen::FnBuilder::new(&m, 0, "<module>", "<module>", None, 1)?;
    b.body(&module.body)?;
    Ok(b.finish())
}
