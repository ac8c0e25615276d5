//! The three compile modes: `exec` (module), `eval` (expression), `single` (interactive).

use braid_parser::ast::{ExprKind, StmtKind};
use braid_parser::{parse_expression, parse_interactive, parse_module};

#[test]
fn eval_mode_parses_one_expression_list() {
    let e = parse_expression(b"1 + 2, x\n\n", "<string>").expect("parses");
    assert!(matches!(e.body.kind, ExprKind::Tuple { .. }));
    let err = parse_expression(b"x = 1", "<string>").unwrap_err();
    assert_eq!(err.msg, "invalid syntax");
    assert_eq!(err.offset, Some(3));
}

#[test]
fn single_mode_takes_exactly_one_statement() {
    let i = parse_interactive(b"if x:\n    y = 1\n\n", "<stdin>").expect("parses");
    assert_eq!(i.body.len(), 1);
    assert!(matches!(i.body[0].kind, StmtKind::If { .. }));
    let err = parse_interactive(b"x = 1\ny = 2\n", "<stdin>").unwrap_err();
    assert_eq!(err.msg, "multiple statements found while compiling a single statement");
    assert!(parse_interactive(b"", "<stdin>").expect("empty input").body.is_empty());
}

#[test]
fn exec_mode_keeps_source_order_and_positions() {
    let m = parse_module("é = 'ü'\nprint(é)\n".as_bytes(), "<string>").expect("parses");
    assert_eq!(m.body.len(), 2);
    // Columns are UTF-8 byte offsets, as in CPython.
    assert_eq!((m.body[0].loc.col_offset, m.body[0].loc.end_col_offset), (0, 9));
}
