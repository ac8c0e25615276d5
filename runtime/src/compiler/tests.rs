//! Unit tests of scope analysis and code generation.

use super::symtable::{analyze, Resolution, ScopeKind};
use super::code::{as_code, Instr};

fn table(src: &str) -> super::symtable::SymTable {
    let module = braid_parser::parse_module(src.as_bytes(), "<test>").expect("parses");
    analyze(&module).expect("analyses")
}

fn resolution(t: &super::symtable::SymTable, scope: usize, name: &str) -> Option<Resolution> {
    t.scopes[scope].resolved.get(name).copied()
}

#[test]
fn locals_globals_cells_and_frees() {
    let t = table("g = 1\ndef f(a):\n    b = a + g\n    def inner():\n        return b\n    return inner\n");
    assert_eq!(resolution(&t, 0, "g"), Some(Resolution::Global));
    assert_eq!(t.scopes[1].kind, ScopeKind::Function);
    assert_eq!(resolution(&t, 1, "a"), Some(Resolution::Local));
    assert_eq!(resolution(&t, 1, "b"), Some(Resolution::Cell));
    assert_eq!(resolution(&t, 1, "g"), Some(Resolution::Global));
    assert_eq!(resolution(&t, 2, "b"), Some(Resolution::Free));
    assert_eq!(t.scopes[2].free, vec!["b".to_string()]);
}

#[test]
fn global_and_nonlocal_declarations() {
    let t = table("def f():\n    global x\n    x = 1\n    y = 2\n    def g():\n        nonlocal y\n        y = 3\n");
    assert_eq!(resolution(&t, 1, "x"), Some(Resolution::Global));
    assert_eq!(resolution(&t, 1, "y"), Some(Resolution::Cell));
    assert_eq!(resolution(&t, 2, "y"), Some(Resolution::Free));
}

#[test]
fn class_scopes_are_skipped_by_free_variables() {
    let t = table("def f():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n            return x\n");
    // `m` sees f's x, not the class attribute.
    let m = t.scopes.iter().position(|s| s.kind == ScopeKind::Function && s.params == ["self"]).expect("method scope");
    assert_eq!(resolution(&t, m, "x"), Some(Resolution::Free));
    assert_eq!(resolution(&t, 1, "x"), Some(Resolution::Cell));
}

#[test]
fn comprehensions_are_inlined_scopes() {
    let t = table("def f(n):\n    return [i * n for i in range(n)]\n");
    let comp = t.scopes.iter().position(|s| s.kind == ScopeKind::Comprehension).expect("comprehension");
    assert_eq!(resolution(&t, comp, "i"), Some(Resolution::Local));
    // `n` is read straight from f's slot: no cell is needed for an inlined comprehension.
    assert_eq!(resolution(&t, comp, "n"), Some(Resolution::Inherit));
    assert_eq!(resolution(&t, 1, "n"), Some(Resolution::Local));
}

#[test]
fn walrus_in_comprehension_binds_in_enclosing_function() {
    let t = table("def f(xs):\n    [last := x for x in xs]\n    return last\n");
    assert_eq!(resolution(&t, 1, "last"), Some(Resolution::Local));
}

#[test]
fn generator_expressions_are_generator_functions() {
    let t = table("s = sum(x for x in range(3))\n");
    let g = t.scopes.iter().position(|s| s.kind == ScopeKind::GenExpr).expect("genexpr");
    assert!(t.scopes[g].is_generator);
    assert_eq!(t.scopes[g].params, vec![".0".to_string()]);
}

#[test]
fn code_objects_have_a_location_per_instruction() {
    let src = "def f(a, b):\n    return a + b\n";
    let module = braid_parser::parse_module(src.as_bytes(), "<test>").expect("parses");
    let code = super::compile_module(&module, "<test>", src).expect("compiles");
    let c = as_code(&code).expect("code");
    assert_eq!(c.instrs.len(), c.locs.len());
    let f = c.consts.iter().find_map(as_code).expect("function code");
    assert_eq!(f.argcount, 2);
    assert_eq!(f.varnames, vec!["a".to_string(), "b".to_string()]);
    let add = f.instrs.iter().position(|i| matches!(i, Instr::Binary { op: crate::object::BinOp::Add, .. })).expect("add instruction");
    let loc = f.locs[add];
    assert_eq!((loc.line, loc.col, loc.end_col), (2, 11, 16));
    assert_eq!((loc.anchor.start, loc.anchor.end), (13, 14));
}

#[test]
fn loops_use_backward_jumps_for_safepoints() {
    let src = "i = 0\nwhile i < 10:\n    i += 1\n";
    let module = braid_parser::parse_module(src.as_bytes(), "<test>").expect("parses");
    let code = super::compile_module(&module, "<test>", src).expect("compiles");
    let c = as_code(&code).expect("code");
    assert!(c.instrs.iter().any(|i| matches!(i, Instr::JumpBack { .. })));
    assert!(c.instrs.iter().any(|i| matches!(i, Instr::CompareKJumpIfFalse { .. })));
}
