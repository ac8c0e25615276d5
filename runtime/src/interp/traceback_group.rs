//! The box layout CPython uses for exception groups in tracebacks:
//!
//! ```text
//!   + Exception Group Traceback (most recent call last):
//!   |   File "t.py", line 1, in <module>
//!   | ExceptionGroup: eg (2 sub-exceptions)
//!   +-+---------------- 1 ----------------
//!     | ValueError: 1
//!     +---------------- 2 ----------------
//!     | TypeError: x
//!     +------------------------------------
//! ```
//!
//! Every line printed inside a group is prefixed by two spaces per nesting level and a
//! margin character (`|`, or `+` on the top-level header). At most 15 sub-exceptions
//! are shown per group and groups nested deeper than 10 levels are cut, as in CPython.
//! The rest of the rendering (frames, chains, final line) is `traceback.rs`'s; it
//! routes its text through [`GroupCtx::emit`] so the same code serves both layouts.

use crate::builtins::exception_group::group_exceptions;
use crate::interp::traceback::{format_chain, format_exception_only, format_stack, RenderEnv};
use crate::object::Value;

const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

/// Where the printer is inside nested groups.
#[derive(Default)]
pub struct GroupCtx {
    depth: usize,
    need_close: bool,
}

impl GroupCtx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// Appends `text` with every line (blank ones too) prefixed by the box margin.
    pub fn emit(&self, out: &mut String, text: &str, margin: Option<char>) {
        let mut prefix = self.indent();
        if self.depth > 0 {
            prefix.push(margin.unwrap_or('|'));
            prefix.push(' ');
        }
        for line in text.split_inclusive('\n') {
            out.push_str(&prefix);
            out.push_str(line);
        }
    }
}

/// An exception group: its own frames and final line, then each sub-exception (with
/// its chain) in a numbered section.
pub fn format_group(exc: &Value, env: &RenderEnv, out: &mut String, seen: &mut Vec<usize>, ctx: &mut GroupCtx) {
    if ctx.depth > MAX_GROUP_DEPTH {
        ctx.emit(out, &format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"), None);
        return;
    }
    let toplevel = ctx.depth == 0;
    if toplevel {
        ctx.depth += 1;
    }
    let mut stack = String::new();
    if format_stack(exc, env, &mut stack) {
        ctx.emit(out, "Exception Group Traceback (most recent call last):\n", if toplevel { Some('+') } else { None });
        ctx.emit(out, &stack, None);
    }
    let mut only = String::new();
    format_exception_only(exc, env, &mut only);
    ctx.emit(out, &only, None);
    let excs = group_exceptions(exc);
    let shown = excs.len().min(MAX_GROUP_WIDTH + 1);
    ctx.need_close = false;
    for i in 0..shown {
        let last = i + 1 == shown;
        if last {
            ctx.need_close = true;
        }
        let truncated = i >= MAX_GROUP_WIDTH;
        let title = if truncated { "...".to_string() } else { (i + 1).to_string() };
        out.push_str(&format!("{}{}+---------------- {title} ----------------\n", ctx.indent(), if i == 0 { "+-" } else { "  " }));
        ctx.depth += 1;
        if truncated {
            let remaining = excs.len() - MAX_GROUP_WIDTH;
            ctx.emit(out, &format!("and {remaining} more exception{}\n", if remaining > 1 { "s" } else { "" }), None);
        } else {
            format_chain(&excs[i], env, out, seen, ctx);
        }
        if last && ctx.need_close {
            out.push_str(&format!("{}+------------------------------------\n", ctx.indent()));
            ctx.need_close = false;
        }
        ctx.depth -= 1;
    }
    if toplevel {
        ctx.depth = 0;
    }
}
