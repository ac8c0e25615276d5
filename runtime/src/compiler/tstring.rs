//! Code generation for PEP 750 template strings.
//!
//! `t"a{x!r:>{w}}b"` evaluates its parts left to right into consecutive temporaries:
//! literal strings as constants, each `{...}` field as a `BuildInterpolation` (value,
//! then the format spec, which is itself an f-string), and ends with one
//! `BuildTemplate` over those temporaries. The expression text of each field is a str
//! constant of the code object.

use braid_parser::ast::{Expr, ExprKind};

use super::code::{Instr, Reg, NO_REG};
use super::codegen::{err, CResult, FnBuilder};
use crate::builtins::str::new_str;

impl<'m, 'a> FnBuilder<'m, 'a> {
    /// Compiles a `TemplateStr` (or a lone `Interpolation`, treated as a one-part
    /// template) into `dst` or a new temporary.
    pub(super) fn template_str(&mut self, e: &'a Expr, dst: Option<Reg>) -> CResult<Reg> {
        let parts: &'a [Expr] = match &e.kind {
            ExprKind::TemplateStr { values } => values,
            ExprKind::Interpolation { .. } => std::slice::from_ref(e),
            _ => return err("internal: expected a template string", e.loc),
        };
        let count = u16::try_from(parts.len()).map_err(|_| super::codegen::CompileError { msg: "too many parts in a template string".into(), loc: e.loc })?;
        let start = self.temps(parts.len())?;
        let mark = self.next_temp;
        for (i, part) in parts.iter().enumerate() {
            let slot = start + i as Reg;
            match &part.kind {
                ExprKind::Interpolation { value, str: text, conversion, format_spec } => {
                    let v = self.expr(value, None)?;
                    let spec = match format_spec {
                        Some(s) => self.expr(s, None)?,
                        None => NO_REG,
                    };
                    let conv = super::codegen::conversion_code(*conversion);
                    let expr = self.konst(Some(format!("s{text}")), new_str(text));
                    self.set_loc(&value.loc);
                    self.emit(Instr::BuildInterpolation { dst: slot, value: v, expr, conv, spec });
                }
                _ => {
                    self.expr(part, Some(slot))?;
                }
            }
            self.release(mark);
        }
        let d = match dst {
            Some(d) => d,
            None => self.temp()?,
        };
        self.set_loc(&e.loc);
        self.emit(Instr::BuildTemplate { dst: d, start, count });
        Ok(d)
    }
}
