//! A RecursionError raised by the depth check when a frame would be entered leaves the
//! frame stack as it was: the check runs before the push, so no half-entered frame is
//! left for the unwinder to take as the current one (it would run the wrong frame's
//! handlers and skip the caller's `except RecursionError`).
//!
//! Python code cannot reach the native-depth limit on the main thread without first
//! reaching the frame limit (each native re-entry also pushes a frame, and the machine
//! stack is large), so these tests raise the native depth by hand.

use crate::builtins::dict::{as_dict, new_dict};
use crate::builtins::exceptions::RECURSION_ERROR;
use crate::interp::generator::{as_generator, resume, GenState};
use crate::interp::Vm;
use crate::object::Value;
use crate::run::{compile_source, new_main_vm, RunOptions};

fn run(vm: &mut Vm, src: &str) -> Value {
    let code = compile_source(src.as_bytes(), "<test>").expect("compiles");
    let globals = new_dict();
    as_dict(&globals).expect("dict").set_str("__builtins__", vm.builtins().cloned().expect("builtins"));
    crate::interp::call::run_module_code(vm, code, globals.clone()).expect("runs");
    globals
}

fn global(globals: &Value, name: &str) -> Value {
    as_dict(globals).expect("dict").get_str(name).expect("defined")
}

#[test]
fn generator_resume_past_native_limit_pushes_nothing() {
    let mut vm = new_main_vm(&RunOptions::default(), None);
    let g = run(&mut vm, "def gen():\n    yield 1\n    yield 2\ng = gen()\nnext(g)\n");
    let gen = global(&g, "g");
    let saved = vm.native_depth;
    vm.native_depth = u32::MAX / 2;
    let r = resume(&mut vm, &gen, crate::builtins::singletons::none(), None);
    assert!(matches!(&r, Err(e) if e.matches(&RECURSION_ERROR)));
    assert_eq!(vm.frames.len(), 0, "no frame left behind");
    assert_eq!(vm.native_depth, u32::MAX / 2, "depth balanced");
    assert_eq!(as_generator(&gen).expect("generator").state.get(), GenState::Suspended);
    // Once the depth is back to normal the generator goes on where it was.
    vm.native_depth = saved;
    let r = resume(&mut vm, &gen, crate::builtins::singletons::none(), None);
    assert!(matches!(r, Ok(crate::interp::generator::Resumed::Yielded(v)) if v.as_small_int() == Some(2)));
}

#[test]
fn module_code_past_native_limit_pushes_nothing() {
    let mut vm = new_main_vm(&RunOptions::default(), None);
    let code = compile_source(b"x = 1\n", "<test>").expect("compiles");
    vm.native_depth = u32::MAX / 2;
    let r = crate::interp::call::run_module_code(&mut vm, code, new_dict());
    assert!(matches!(&r, Err(e) if e.matches(&RECURSION_ERROR)));
    assert_eq!(vm.frames.len(), 0, "no frame left behind");
}
