//! The dispatch loop.
//!
//! One `loop` over the current frame's instructions, with the frame's slot pointer,
//! code and pc in locals. Calls to Python functions push a frame and `continue 'frames`
//! to reload those locals; returns pop and reload. Errors `break 'exec` with the
//! exception and go to [`unwind`], which consults the exception table and either jumps
//! to a handler or pops the frame and retries in the caller.
//!
//! Small-int and float arithmetic and comparisons take the fast paths of
//! [`super::fast_arith`] inline here; everything else calls into the opcode-family files
//! or `crate::ops`.

use crate::builtins::function::as_function;
use crate::builtins::int::new_int;
use crate::builtins::iterators::{as_iter, IterState};
use crate::builtins::list::as_list;
use crate::builtins::singletons::{as_bool, none, py_bool};
use crate::compiler::code::{CodeData, Instr, Reg, NO_REG};
use crate::error::{PyErr, PyResult};
use crate::interp::call::{self, push_frame, Started};
use crate::interp::fast_arith::{binary as arith_fast, compare as compare_fast, truth as truth_fast};
use crate::interp::{op_containers, op_except_star, op_exceptions, op_names, op_template, Vm};
use crate::object::{CompareOp, UnaryOp, Value};

/// Reads slot `i` (labels are passed in because macro labels are hygienic), raising UnboundLocalError/NameError for an empty slot.
macro_rules! get {
    ($l:lifetime, $slots:expr, $code:expr, $i:expr) => {{
        // SAFETY: `$i < code.nslots` (the compiler only emits in-range slots) and the
        // slot stack was sized for this frame.
        let s = unsafe { &*$slots.add($i as usize) };
        match s {
            Some(v) => v,
            None => break $l op_names::unbound_error($code, $i),
        }
    }};
}

/// Writes slot `i`.
macro_rules! set {
    ($slots:expr, $i:expr, $v:expr) => {{
        let v = $v;
        // SAFETY: as in `get!`.
        unsafe { *$slots.add($i as usize) = Some(v) };
    }};
}

/// Unwraps a PyResult or leaves the instruction with the error.
macro_rules! tri {
    ($l:lifetime, $e:expr) => {
        match $e {
            Ok(v) => v,
            Err(e) => break $l e,
        }
    };
}

/// The values of `count` consecutive slots of the running frame.
macro_rules! collect {
    ($slots:expr, $start:expr, $count:expr) => {
        // SAFETY: the compiler emits in-range consecutive temporaries of this frame, all
        // written before the instruction that reads them runs.
        unsafe { op_containers::collect_slots($slots, $start, $count) }
    };
}

/// Runs until the innermost *entry* frame returns (or yields), and returns its value.
pub fn run(vm: &mut Vm) -> PyResult<Value> {
    // Python code must never run under an object lock (object/sync.rs).
    crate::object::sync::assert_unlocked();
    if let Some(e) = vm.pending_throw.take() {
        // `gen.throw()`: raise at the suspension point.
        if let Some(v) = unwind_loop(vm, e)? {
            return Ok(v);
        }
    }
    'frames: loop {
        let frame = vm.frames.last().expect("run() needs a frame");
        // SAFETY: the frame's function (or, for module code, the code object in
        // `func`) keeps its code object alive; the reference is not used after the
        // frame is popped.
        let code: &CodeData = unsafe { &*frame.code };
        // SAFETY: a borrowed copy of the frame's globals word, without a refcount: the
        // frame (which owns a reference) stays on the frame stack for as long as this
        // copy is used (until the next `continue 'frames`), and ManuallyDrop never
        // decrefs it.
        let globals = std::mem::ManuallyDrop::new(unsafe { Value::from_raw(frame.globals.raw()) });
        let globals: &Value = &globals;
        let locals: Option<Value> = frame.locals.clone();
        // The frame's slots: on the fixed-capacity slot stack, or in its generator.
        let slots: *mut Option<Value> = frame.slots;
        let mut pc = frame.pc as usize;
        if pc == 0 {
            if let Err(e) = vm.safepoint() {
                vm.frames.last_mut().expect("frame").pc = 1;
                match unwind_loop(vm, e)? {
                    Some(v) => return Ok(v),
                    None => continue 'frames,
                }
            }
        }
        let instrs: &[Instr] = &code.instrs;
        let err: PyErr = 'exec: loop {
            let instr = instrs[pc];
            pc += 1;
            match instr {
                Instr::LoadConst { dst, idx } => set!(slots, dst, code.consts[idx as usize].clone()),
                Instr::Move { dst, src } => {
                    // SAFETY: as in `get!`.
                    let v = unsafe { (*slots.add(src as usize)).clone() };
                    // SAFETY: as in `get!`.
                    unsafe { *slots.add(dst as usize) = v };
                }
                Instr::LoadFast { dst, src } => {
                    let v = get!('exec, slots, code, src).clone();
                    set!(slots, dst, v);
                }
                Instr::Clear { slot } => {
                    // SAFETY: as in `get!`.
                    let old = unsafe { (*slots.add(slot as usize)).take() };
                    drop(old);
                    if crate::interp::generator::finalizers_pending() {
                        vm.frames.last_mut().expect("frame").pc = pc as u32;
                        crate::interp::generator::run_pending_finalizers(vm);
                    }
                }
                Instr::DeleteFast { slot } => {
                    let _ = get!('exec, slots, code, slot);
                    // SAFETY: as in `get!`.
                    unsafe { *slots.add(slot as usize) = None };
                }
                Instr::LoadGlobal { dst, name } => {
                    if let Some(l) = locals.as_ref().filter(|_| !code.explicit_globals.contains(&name)) {
                        if let Some(v) = tri!('exec, op_names::load_local_mapping(vm, l, &code.names[name as usize])) {
                            set!(slots, dst, v);
                            continue;
                        }
                    }
                    let v = tri!('exec, op_names::load_global(vm, code, globals, pc - 1, name));
                    set!(slots, dst, v);
                }
                Instr::StoreGlobal { src, name } => {
                    let v = get!('exec, slots, code, src).clone();
                    tri!('exec, op_names::store_global(vm, code, op_names::store_target(code, &locals, globals, name), name, Some(v)));
                }
                Instr::DeleteGlobal { name } => {
                    tri!('exec, op_names::store_global(vm, code, op_names::store_target(code, &locals, globals, name), name, None));
                }
                Instr::LoadSpilled { dst, map, name } => {
                    let m = get!('exec, slots, code, map);
                    let v = tri!('exec, op_names::load_spilled(code, m, name));
                    set!(slots, dst, v);
                }
                Instr::StoreSpilled { map, name, src } => {
                    let m = get!('exec, slots, code, map).clone();
                    let v = get!('exec, slots, code, src).clone();
                    tri!('exec, op_names::store_spilled(vm, code, &m, name, v));
                }
                Instr::SpillParams { map, first, names } => {
                    // SAFETY: the frame has a slot for every parameter (`nslots` covers
                    // `varnames`), so `first + names.len()` slots exist.
                    let d = tri!('exec, unsafe { op_names::spill_params(vm, slots.add(first as usize), &code.consts[names as usize]) });
                    set!(slots, map, d);
                }
                Instr::DeleteSpilled { map, name } => {
                    let m = get!('exec, slots, code, map).clone();
                    tri!('exec, op_names::delete_spilled(vm, code, &m, name));
                }
                Instr::LoadDeref { dst, cell } => {
                    let c = get!('exec, slots, code, cell);
                    let v = tri!('exec, op_names::load_deref(code, c, cell));
                    set!(slots, dst, v);
                }
                Instr::StoreDeref { cell, src } => {
                    let v = get!('exec, slots, code, src).clone();
                    let c = get!('exec, slots, code, cell);
                    op_names::store_deref(c, Some(v));
                }
                Instr::DeleteDeref { cell } => {
                    let c = get!('exec, slots, code, cell);
                    tri!('exec, op_names::load_deref(code, c, cell));
                    op_names::store_deref(c, None);
                }
                Instr::MakeCell { slot } => set!(slots, slot, crate::builtins::function::new_cell(None)),
                Instr::Binary { op, dst, a, b } => {
                    let x = get!('exec, slots, code, a);
                    let y = get!('exec, slots, code, b);
                    let r = match arith_fast(op, x, y) {
                        Some(r) => r,
                        None => tri!('exec, crate::ops::binary(vm, op, x, y)),
                    };
                    set!(slots, dst, r);
                }
                Instr::BinaryK { op, dst, a, k } => {
                    let x = get!('exec, slots, code, a);
                    let y = &code.consts[k as usize];
                    let r = match arith_fast(op, x, y) {
                        Some(r) => r,
                        None => tri!('exec, crate::ops::binary(vm, op, x, y)),
                    };
                    set!(slots, dst, r);
                }
                Instr::CompareKJumpIfFalse { op, a, k, target } => {
                    let x = get!('exec, slots, code, a);
                    let y = &code.consts[k as usize];
                    let t = match compare_fast(op, x, y) {
                        Some(t) => t,
                        None => tri!('exec, compare_truth_slow(vm, op, x, y)),
                    };
                    if !t {
                        pc = target as usize;
                    }
                }
                Instr::Inplace { op, dst, a, b } => {
                    let x = get!('exec, slots, code, a);
                    let y = get!('exec, slots, code, b);
                    let r = match arith_fast(op, x, y) {
                        Some(r) => r,
                        None => tri!('exec, crate::ops::inplace(vm, op, x, y)),
                    };
                    set!(slots, dst, r);
                }
                Instr::Unary { op, dst, src } => {
                    let x = get!('exec, slots, code, src);
                    let r = match (op, x.as_small_int().and_then(crate::interp::fast_arith::negate)) {
                        (UnaryOp::Neg, Some(i)) => new_int(i),
                        _ => tri!('exec, crate::ops::unary(vm, op, x)),
                    };
                    set!(slots, dst, r);
                }
                Instr::Not { dst, src } => {
                    let x = get!('exec, slots, code, src);
                    let t = match truth_fast(x) {
                        Some(t) => t,
                        None => tri!('exec, crate::ops::truthy(vm, x)),
                    };
                    set!(slots, dst, py_bool(!t));
                }
                Instr::Compare { op, dst, a, b } => {
                    let x = get!('exec, slots, code, a);
                    let y = get!('exec, slots, code, b);
                    let r = match compare_fast(op, x, y) {
                        Some(t) => py_bool(t),
                        None => tri!('exec, crate::ops::compare(vm, x, y, op)),
                    };
                    set!(slots, dst, r);
                }
                Instr::CompareJumpIfFalse { op, a, b, target } => {
                    let x = get!('exec, slots, code, a);
                    let y = get!('exec, slots, code, b);
                    let t = match compare_fast(op, x, y) {
                        Some(t) => t,
                        None => tri!('exec, compare_truth_slow(vm, op, x, y)),
                    };
                    if !t {
                        pc = target as usize;
                    }
                }
                Instr::Is { dst, a, b, negate } => {
                    let x = get!('exec, slots, code, a);
                    let y = get!('exec, slots, code, b);
                    set!(slots, dst, py_bool(x.is(y) != negate));
                }
                Instr::Contains { dst, item, container, negate } => {
                    let x = get!('exec, slots, code, item);
                    let c = get!('exec, slots, code, container);
                    let r = tri!('exec, crate::ops::contains(vm, c, x));
                    set!(slots, dst, py_bool(r != negate));
                }
                Instr::Jump { target } => pc = target as usize,
                Instr::JumpBack { target, hot } => {
                    if vm.trace_engine.is_some() {
                        loop_header_reached(vm, code, slots, pc - 1, target, hot);
                    }
                    tri!('exec, vm.safepoint());
                    pc = target as usize;
                }
                Instr::JumpIfFalse { cond, target } => {
                    let c = get!('exec, slots, code, cond);
                    let t = match truth_fast(c) {
                        Some(t) => t,
                        None => tri!('exec, crate::ops::truthy(vm, c)),
                    };
                    if !t {
                        pc = target as usize;
                    }
                }
                Instr::JumpIfTrue { cond, target } => {
                    let c = get!('exec, slots, code, cond);
                    let t = match truth_fast(c) {
                        Some(t) => t,
                        None => tri!('exec, crate::ops::truthy(vm, c)),
                    };
                    if t {
                        pc = target as usize;
                    }
                }
                Instr::GetIter { dst, src } => {
                    let x = get!('exec, slots, code, src);
                    let it = tri!('exec, crate::ops::iter(vm, x));
                    set!(slots, dst, it);
                }
                Instr::ForIter { iter, dst, exit } => {
                    let it = get!('exec, slots, code, iter);
                    // Fast paths: range and list iterators step without allocating.
                    if let Some(data) = as_iter(it) {
                        // SAFETY: see `IterData::state_for_loop`: no other reference to
                        // the state is live, and none of this runs Python code.
                        let state = unsafe { data.state_for_loop() };
                        match &mut *state {
                            IterState::Range { next, remaining, step } => {
                                if *remaining == 0 {
                                    pc = exit as usize;
                                } else {
                                    let v = *next;
                                    *remaining -= 1;
                                    *next = next.wrapping_add(*step);
                                    set!(slots, dst, new_int(v));
                                }
                                continue;
                            }
                            IterState::List { seq, index } => {
                                let item = as_list(seq).and_then(|l| l.items().get(*index).cloned());
                                match item {
                                    Some(v) => {
                                        *index += 1;
                                        set!(slots, dst, v);
                                    }
                                    None => {
                                        *state = IterState::Done;
                                        pc = exit as usize;
                                    }
                                }
                                continue;
                            }
                            _ => {}
                        }
                    }
                    if it.ty().body.kind == crate::object::Kind::Generator {
                        // A generator: run its frame in this loop (see `push_inline`).
                        let it = it.clone();
                        vm.frames.last_mut().expect("frame").pc = pc as u32;
                        if tri!('exec, crate::interp::generator::push_inline(vm, &it, dst, crate::builtins::singletons::none())) {
                            continue 'frames;
                        }
                    }
                    let it = it.clone();
                    match tri!('exec, crate::ops::next(vm, &it)) {
                        Some(v) => set!(slots, dst, v),
                        None => pc = exit as usize,
                    }
                }
                Instr::BuildList { dst, start, count } => {
                    let v = collect!(slots, start, count);
                    set!(slots, dst, crate::builtins::list::new_list(v));
                }
                Instr::BuildTuple { dst, start, count } => {
                    let v = collect!(slots, start, count);
                    set!(slots, dst, crate::builtins::tuple::new_tuple(v));
                }
                Instr::BuildSet { dst, start, count } => {
                    let v = collect!(slots, start, count);
                    let s = tri!('exec, crate::builtins::set::set_from_values(vm, v));
                    set!(slots, dst, s);
                }
                Instr::BuildMap { dst, start, count } => {
                    let v = collect!(slots, start, count * 2);
                    let d = tri!('exec, op_containers::build_map(vm, v));
                    set!(slots, dst, d);
                }
                Instr::BuildString { dst, start, count } => {
                    let v = collect!(slots, start, count);
                    set!(slots, dst, op_containers::build_string(&v));
                }
                Instr::BuildSlice { dst, start, count } => {
                    let v = collect!(slots, start, count);
                    let mut it = v.into_iter();
                    let a = it.next().unwrap_or_else(none);
                    let b = it.next().unwrap_or_else(none);
                    let c = it.next().unwrap_or_else(none);
                    set!(slots, dst, crate::builtins::slice::new_slice(a, b, c));
                }
                Instr::ListAppend { list, item } => {
                    let x = get!('exec, slots, code, item).clone();
                    let l = get!('exec, slots, code, list);
                    if let Some(l) = as_list(l) {
                        l.items_mut().push(x);
                    }
                }
                Instr::ListExtend { list, src } => {
                    let s = get!('exec, slots, code, src);
                    let items = tri!('exec, crate::ops::collect_iterable(vm, s));
                    let l = get!('exec, slots, code, list);
                    if let Some(l) = as_list(l) {
                        l.items_mut().extend(items);
                    }
                }
                Instr::SetAdd { set, item } => {
                    let x = get!('exec, slots, code, item).clone();
                    let s = get!('exec, slots, code, set);
                    tri!('exec, crate::builtins::set::set_add_value(vm, s, x));
                }
                Instr::SetUpdate { set, src } => {
                    let src_v = get!('exec, slots, code, src).clone();
                    let s = get!('exec, slots, code, set);
                    tri!('exec, crate::builtins::set::update_from_value(vm, s, &src_v));
                }
                Instr::MapAdd { map, key, value } => {
                    let k = get!('exec, slots, code, key).clone();
                    let v = get!('exec, slots, code, value).clone();
                    let m = get!('exec, slots, code, map);
                    if let Some(d) = crate::builtins::dict::as_dict(m) {
                        tri!('exec, d.set(vm, k, v));
                    }
                }
                Instr::DictUpdate { map, src } => {
                    let s = get!('exec, slots, code, src);
                    let m = get!('exec, slots, code, map);
                    tri!('exec, op_containers::dict_update(vm, m, s));
                }
                Instr::DictMerge { map, src, func } => {
                    let s = get!('exec, slots, code, src);
                    let m = get!('exec, slots, code, map);
                    let f = get!('exec, slots, code, func);
                    tri!('exec, op_containers::dict_merge(vm, m, s, f));
                }
                Instr::ListToTuple { dst, src } => {
                    let s = get!('exec, slots, code, src);
                    let items = as_list(s).map(|l| l.items().clone()).unwrap_or_default();
                    set!(slots, dst, crate::builtins::tuple::new_tuple(items));
                }
                Instr::Subscript { dst, obj, key } => {
                    let o = get!('exec, slots, code, obj);
                    let k = get!('exec, slots, code, key);
                    let r = match (as_list(o), k.as_small_int()) {
                        (Some(l), Some(i)) => match crate::builtins::slice::normalize_index(i, l.items().len()) {
                            Some(j) => l.items()[j].clone(),
                            None => break 'exec PyErr::index_error("list index out of range"),
                        },
                        _ => tri!('exec, crate::ops::getitem(vm, o, k)),
                    };
                    set!(slots, dst, r);
                }
                Instr::StoreSubscript { obj, key, src } => {
                    let v = get!('exec, slots, code, src).clone();
                    let o = get!('exec, slots, code, obj);
                    let k = get!('exec, slots, code, key);
                    if let (Some(l), Some(i)) = (as_list(o), k.as_small_int()) {
                        let items = l.items_mut();
                        if let Some(j) = crate::builtins::slice::normalize_index(i, items.len()) {
                            let old = std::mem::replace(&mut items[j], v);
                            drop(old);
                            continue;
                        }
                    }
                    tri!('exec, crate::ops::setitem(vm, o, k, v));
                }
                Instr::DeleteSubscript { obj, key } => {
                    let o = get!('exec, slots, code, obj);
                    let k = get!('exec, slots, code, key);
                    tri!('exec, crate::ops::delitem(vm, o, k));
                }
                Instr::LoadAttr { dst, obj, name } => {
                    let o = get!('exec, slots, code, obj);
                    // A getter may read this frame's line (`frame.f_lineno`).
                    vm.frames.last_mut().expect("frame").pc = pc as u32;
                    let r = tri!('exec, op_names::load_attr(vm, code, pc - 1, o, name));
                    set!(slots, dst, r);
                }
                Instr::StoreAttr { obj, name, src } => {
                    let v = get!('exec, slots, code, src).clone();
                    let o = get!('exec, slots, code, obj);
                    tri!('exec, op_names::store_attr(vm, code, pc - 1, o, name, v));
                }
                Instr::DeleteAttr { obj, name } => {
                    let o = get!('exec, slots, code, obj);
                    let n = crate::builtins::str::as_str(&code.names[name as usize]).unwrap_or("");
                    tri!('exec, crate::ops::setattr(vm, o, n, None));
                }
                Instr::LoadMethod { dst, obj, name } => {
                    let o = get!('exec, slots, code, obj).clone();
                    let (m, bound_self) = tri!('exec, op_names::load_method(vm, code, pc - 1, &o, name));
                    set!(slots, dst, m);
                    // SAFETY: as in `get!`; dst+1 is reserved by the compiler.
                    unsafe { *slots.add(dst as usize + 1) = bound_self };
                }
                Instr::Call { dst, func, argc, kwnames, method } => {
                    let f = get!('exec, slots, code, func).clone();
                    let mut start = func as usize + 1;
                    let mut n = argc as usize;
                    if method {
                        // SAFETY: as in `get!`.
                        if unsafe { (*slots.add(start)).is_some() } {
                            n += 1;
                        } else {
                            start += 1;
                        }
                    }
                    // SAFETY: the compiler placed `n` evaluated arguments at `start..`;
                    // Option<Value> and Value share a layout (niche), and every one of
                    // these slots is Some (checked below in debug builds).
                    let args: &[Value] = unsafe { std::slice::from_raw_parts(slots.add(start) as *const Value, n) };
                    debug_assert!((0..n).all(|i| unsafe { (*slots.add(start + i)).is_some() }));
                    let kwn: &[Value] = if kwnames == u32::MAX {
                        &[]
                    } else {
                        crate::builtins::tuple::as_tuple(&code.consts[kwnames as usize]).unwrap_or(&[])
                    };
                    if let Some(fd) = as_function(&f) {
                        let callee = fd.code();
                        vm.frames.last_mut().expect("frame").pc = pc as u32;
                        if callee.fast_call && kwn.is_empty() && n == callee.argcount as usize && vm.frames.len() < vm.recursion_limit {
                            // Fast path: copy the arguments into the new frame's slots.
                            let base = vm.frames.last().expect("frame").stack_top();
                            let nslots = callee.nslots as usize;
                            if base + nslots <= vm.stack.len() {
                                // Slots above the innermost frame are all None (see
                                // `Vm::stack`): only the arguments are written.
                                // SAFETY: base + nslots is within the fixed stack (checked
                                // above) and n <= nslots; overwriting None drops nothing.
                                unsafe {
                                    let p = vm.stack.as_mut_ptr().add(base);
                                    for (i, a) in args.iter().enumerate() {
                                        std::ptr::write(p.add(i), Some(a.clone()));
                                    }
                                }
                                let handled_depth = vm.handled.len();
                                // SAFETY: within the fixed capacity checked above.
                                let new_slots = unsafe { vm.stack.as_mut_ptr().add(base) };
                                vm.frames.reserve(1);
                                // SAFETY: `reserve` made room for one more frame; the record is
                                // written in place and then counted by `set_len`.
                                unsafe {
                                    let len = vm.frames.len();
                                    std::ptr::write(
                                        vm.frames.as_mut_ptr().add(len),
                                        crate::interp::Frame {
                                            func: f.clone(),
                                            code: callee as *const CodeData,
                                            globals: fd.globals.clone(),
                                            base,
                                            slots: new_slots,
                                            pc: 0,
                                            ret_dst: dst,
                                            entry: false,
                                            handled_depth,
                                            generator: None,
                                            locals: None,
                                            serial: 0,
                                            init: false,
                                        },
                                    );
                                    vm.frames.set_len(len + 1);
                                }
                                continue 'frames;
                            }
                        }
                        match tri!('exec, push_frame(vm, &f, args, kwn, dst, false)) {
                            Started::Pushed => continue 'frames,
                            Started::Done(v) => set!(slots, dst, v),
                        }
                    } else {
                        vm.frames.last_mut().expect("frame").pc = pc as u32;
                        // Finalizers queued since the last poll (`__del__` of an object
                        // released by the previous statements) run before the call.
                        tri!('exec, vm.safepoint());
                        if std::ptr::eq(f.ty(), &crate::builtins::type_::TYPE_TYPE) {
                            match tri!('exec, call::call_object(vm, &f, args, kwn, dst)) {
                                Started::Pushed => continue 'frames,
                                Started::Done(r) => set!(slots, dst, r),
                            }
                        } else {
                            let r = tri!('exec, crate::ops::call(vm, &f, args, kwn));
                            set!(slots, dst, r);
                            // A signal that arrived during a native call is handled
                            // before the next instruction.
                            tri!('exec, vm.safepoint());
                        }
                    }
                }
                Instr::CallEx { dst, func, args, kwargs } => {
                    let f = get!('exec, slots, code, func).clone();
                    let a = get!('exec, slots, code, args).clone();
                    let k = if kwargs == NO_REG { None } else { Some(get!('exec, slots, code, kwargs).clone()) };
                    let (argv, kwn) = tri!('exec, op_containers::spread_call_args(vm, &f, &a, k.as_ref()));
                    vm.frames.last_mut().expect("frame").pc = pc as u32;
                    if as_function(&f).is_some() {
                        match tri!('exec, push_frame(vm, &f, &argv, &kwn, dst, false)) {
                            Started::Pushed => continue 'frames,
                            Started::Done(v) => set!(slots, dst, v),
                        }
                    } else {
                        tri!('exec, vm.safepoint());
                        let r = tri!('exec, crate::ops::call(vm, &f, &argv, &kwn));
                        set!(slots, dst, r);
                        tri!('exec, vm.safepoint());
                    }
                }
                Instr::Return { src } => {
                    let v = get!('exec, slots, code, src).clone();
                    if vm.frames.last().expect("frame").init && !crate::builtins::singletons::is_none(&v) {
                        break 'exec call::init_return_error(&v);
                    }
                    let frame = vm.frames.pop().expect("frame");
                    if vm.frame_cache.has_live_objects() {
                        // A frame object made while this frame ran keeps its final state.
                        crate::builtins::frame_obj::frame_returned(vm, &frame, pc as u32 - 1);
                    }
                    vm.handled.truncate(frame.handled_depth);
                    vm.clear_frame_slots(&frame);
                    if frame.entry {
                        return Ok(v);
                    }
                    if let Some(g) = &frame.generator {
                        // A generator resumed inline by its caller finished.
                        crate::interp::generator::finish(g);
                        drop(frame);
                        generator_returned(vm, v);
                        continue 'frames;
                    }
                    let caller = vm.frames.last().expect("caller frame");
                    if !frame.init {
                        // SAFETY: ret_dst is a slot of the caller, whose slots are live.
                        unsafe { *caller.slots.add(frame.ret_dst as usize) = Some(v) };
                    }
                    continue 'frames;
                }
                Instr::MakeFunction { dst, code: idx, base } => {
                    let globals = globals.clone();
                    let defaults = get!('exec, slots, code, base).clone();
                    let kwdefaults = get!('exec, slots, code, base + 1).clone();
                    let closure = get!('exec, slots, code, base + 2).clone();
                    let f = tri!('exec, op_names::make_function(code.consts[idx as usize].clone(), globals, &defaults, &kwdefaults, &closure));
                    if code.name == "<module>" {
                        // Functions defined at module level are shared by every caller (and
                        // thread): deferred refcounting (docs/architecture.md).
                        if let Some(h) = f.header() {
                            h.make_deferred();
                        }
                    }
                    set!(slots, dst, f);
                }
                Instr::Raise { exc, cause } => {
                    let e = if exc == NO_REG { None } else { Some(get!('exec, slots, code, exc).clone()) };
                    let c = if cause == NO_REG { None } else { Some(get!('exec, slots, code, cause).clone()) };
                    break 'exec op_exceptions::do_raise(vm, e, c);
                }
                Instr::Reraise { exc } => {
                    let e = get!('exec, slots, code, exc).clone();
                    vm.frames.last_mut().expect("frame").pc = pc as u32;
                    vm.reraising = true;
                    break 'exec PyErr { exc: e };
                }
                Instr::StarBegin { state, exc } => {
                    let e = get!('exec, slots, code, exc).clone();
                    set!(slots, state, op_except_star::begin(e));
                }
                Instr::StarMatch { dst, state, ty } => {
                    let s = get!('exec, slots, code, state).clone();
                    let t = get!('exec, slots, code, ty).clone();
                    let m = tri!('exec, op_except_star::match_clause(vm, &s, &t));
                    set!(slots, dst, m);
                }
                Instr::StarRaised { state, exc } => {
                    let s = get!('exec, slots, code, state).clone();
                    let e = get!('exec, slots, code, exc).clone();
                    op_except_star::record_raised(&s, e);
                }
                Instr::StarEnd { state } => {
                    let s = get!('exec, slots, code, state).clone();
                    if let Some(e) = tri!('exec, op_except_star::finish(vm, &s)) {
                        vm.frames.last_mut().expect("frame").pc = pc as u32;
                        vm.reraising = true;
                        break 'exec PyErr { exc: e };
                    }
                }
                Instr::PushExcInfo { exc } => {
                    let e = get!('exec, slots, code, exc).clone();
                    vm.handled.push(e);
                }
                Instr::PopExcInfo => {
                    vm.handled.pop();
                }
                Instr::CheckExcMatch { dst, exc, ty } => {
                    let e = get!('exec, slots, code, exc);
                    let t = get!('exec, slots, code, ty);
                    let r = tri!('exec, op_exceptions::exception_matches(e, t));
                    set!(slots, dst, py_bool(r));
                }
                Instr::UnpackSequence { src, dst, count } => {
                    let s = get!('exec, slots, code, src).clone();
                    // SAFETY: the compiler gives `count` consecutive slots from `dst`.
                    tri!('exec, unsafe { op_containers::unpack_to_slots(vm, &s, count as usize, slots.add(dst as usize)) });
                }
                Instr::UnpackEx { src, dst, before, after } => {
                    let s = get!('exec, slots, code, src).clone();
                    let items = tri!('exec, op_containers::unpack_ex(vm, &s, before as usize, after as usize));
                    for (i, v) in items.into_iter().enumerate() {
                        set!(slots, dst as usize + i, v);
                    }
                }
                Instr::UnpackToList { dst, src, shape } => {
                    let s = get!('exec, slots, code, src).clone();
                    let l = tri!('exec, op_containers::unpack_to_list(vm, &s, &code.consts[shape as usize]));
                    set!(slots, dst, l);
                }
                Instr::FormatValue { dst, src, conv, spec } => {
                    let v = get!('exec, slots, code, src).clone();
                    let sp = if spec == NO_REG { None } else { Some(get!('exec, slots, code, spec).clone()) };
                    let r = tri!('exec, op_containers::format_value(vm, &v, conv, sp.as_ref()));
                    set!(slots, dst, r);
                }
                Instr::BuildInterpolation { dst, value, expr, conv, spec } => {
                    let v = get!('exec, slots, code, value).clone();
                    let sp = if spec == NO_REG { None } else { Some(get!('exec, slots, code, spec).clone()) };
                    let r = tri!('exec, op_template::build_interpolation(v, &code.consts[expr as usize], conv, sp));
                    set!(slots, dst, r);
                }
                Instr::BuildTemplate { dst, start, count } => {
                    let v = collect!(slots, start, count);
                    let r = tri!('exec, op_template::build_template(&v));
                    set!(slots, dst, r);
                }
                Instr::ImportName { dst, name, fromlist, level } => {
                    let fl = if fromlist == NO_REG { None } else { Some(get!('exec, slots, code, fromlist).clone()) };
                    let n = crate::builtins::str::as_str(&code.names[name as usize]).unwrap_or("").to_string();
                    let m = tri!('exec, crate::modules::import_module(vm, &n, Some(globals), fl.as_ref(), level));
                    set!(slots, dst, m);
                }
                Instr::ImportFrom { dst, module, name } => {
                    let m = get!('exec, slots, code, module).clone();
                    let n = crate::builtins::str::as_str(&code.names[name as usize]).unwrap_or("").to_string();
                    let v = tri!('exec, crate::modules::import_from(vm, &m, &n));
                    set!(slots, dst, v);
                }
                Instr::ImportStar { module } => {
                    let m = get!('exec, slots, code, module).clone();
                    tri!('exec, crate::modules::import_star(vm, &m, globals));
                }
                Instr::Yield { dst, src } => {
                    let v = get!('exec, slots, code, src).clone();
                    if let Some(r) = yield_out(vm, pc as u32, dst, v) {
                        return Ok(r);
                    }
                    continue 'frames;
                }
                Instr::YieldFrom { dst, iter } => {
                    let sub = get!('exec, slots, code, iter).clone();
                    let sent = get!('exec, slots, code, dst).clone();
                    if sub.ty().body.kind == crate::object::Kind::Generator {
                        // Delegation to a generator: run its frame in this loop.
                        vm.frames.last_mut().expect("frame").pc = pc as u32;
                        if tri!('exec, crate::interp::generator::push_inline(vm, &sub, dst, sent.clone())) {
                            continue 'frames;
                        }
                    }
                    match tri!('exec, op_exceptions::yield_from_step(vm, &sub, sent)) {
                        Ok(item) => {
                            // Resume at this same instruction with the sent value in dst.
                            if let Some(r) = yield_out(vm, (pc - 1) as u32, dst, item) {
                                return Ok(r);
                            }
                            continue 'frames;
                        }
                        Err(done) => set!(slots, dst, done),
                    }
                }
                Instr::RaiseAssertion { msg } => {
                    let m = if msg == NO_REG { None } else { Some(get!('exec, slots, code, msg).clone()) };
                    break 'exec match m {
                        Some(m) => PyErr::with_arg(&crate::builtins::exceptions::ASSERTION_ERROR, m),
                        None => PyErr::bare(&crate::builtins::exceptions::ASSERTION_ERROR),
                    };
                }
                Instr::WithEnter { dst, exit, mgr } => {
                    let m = get!('exec, slots, code, mgr).clone();
                    let (entered, exit_fn) = tri!('exec, op_exceptions::with_enter(vm, &m));
                    set!(slots, exit, exit_fn);
                    set!(slots, dst, entered);
                }
                Instr::WithExit { dst, exit, exc } => {
                    let f = get!('exec, slots, code, exit).clone();
                    let e = if exc == NO_REG { None } else { Some(get!('exec, slots, code, exc).clone()) };
                    let r = tri!('exec, op_exceptions::with_exit(vm, &f, e.as_ref()));
                    set!(slots, dst, r);
                }
                Instr::MatchSequence { dst, src, count, at_least } => {
                    let s = get!('exec, slots, code, src);
                    let r = tri!('exec, op_containers::match_sequence(vm, s, count as usize, at_least));
                    set!(slots, dst, py_bool(r));
                }
                Instr::MatchMapping { dst, src } => {
                    let s = get!('exec, slots, code, src);
                    set!(slots, dst, py_bool(crate::builtins::dict::as_dict(s).is_some()));
                }
                Instr::MatchClass { dst, src, cls, npos, names, out } => {
                    let s = get!('exec, slots, code, src).clone();
                    let c = get!('exec, slots, code, cls).clone();
                    let r = tri!('exec, op_containers::match_class(vm, &s, &c, npos as usize, &code.consts[names as usize]));
                    match r {
                        Some(vals) => {
                            for (i, v) in vals.into_iter().enumerate() {
                                set!(slots, out as usize + i, v);
                            }
                            set!(slots, dst, py_bool(true));
                        }
                        None => set!(slots, dst, py_bool(false)),
                    }
                }
                Instr::MatchKeys { dst, src, keys, count, out } => {
                    let s = get!('exec, slots, code, src).clone();
                    let ks = collect!(slots, keys, count);
                    let r = tri!('exec, op_containers::match_keys(vm, &s, &ks));
                    match r {
                        Some(vals) => {
                            for (i, v) in vals.into_iter().enumerate() {
                                set!(slots, out as usize + i, v);
                            }
                            set!(slots, dst, py_bool(true));
                        }
                        None => set!(slots, dst, py_bool(false)),
                    }
                }
                Instr::CopyDictWithout { dst, src, keys, count } => {
                    let s = get!('exec, slots, code, src).clone();
                    let ks = collect!(slots, keys, count);
                    let r = tri!('exec, op_containers::copy_dict_without(vm, &s, &ks));
                    set!(slots, dst, r);
                }
            }
        };
        vm.frames.last_mut().expect("frame").pc = pc as u32;
        match unwind_loop(vm, err)? {
            Some(v) => return Ok(v),
            None => continue 'frames,
        }
    }
}

/// Suspends the current (generator) frame, yielding `v`. Returns `Some(v)` when the
/// loop must return it to the resumer (the frame was entered from Rust).
///
/// A generator resumed inline hands the value to its caller: a FOR_ITER gets it as the
/// loop variable; a YIELD_FROM (delegation) yields it onwards, so the delegating
/// generator is suspended too, at that YIELD_FROM, and the value travels up the chain.
fn yield_out(vm: &mut Vm, resume_pc: u32, dst: Reg, v: Value) -> Option<Value> {
    let (mut resume_pc, mut dst) = (resume_pc, dst);
    loop {
        let frame = vm.frames.pop().expect("frame");
        if vm.frame_cache.has_live_objects() {
            // A frame object made during this resumption keeps its state at the yield.
            crate::builtins::frame_obj::frame_returned(vm, &frame, resume_pc);
        }
        vm.handled.truncate(frame.handled_depth);
        // A generator frame's slots already live in the generator: only the pc is saved.
        if let Some(g) = &frame.generator {
            crate::interp::generator::suspend(g, resume_pc, dst);
        }
        if frame.entry {
            vm.yielded = true;
            return Some(v);
        }
        let caller = vm.frames.last().expect("caller frame");
        let at = caller.pc.wrapping_sub(1);
        match caller.code().instrs.get(at as usize).copied() {
            Some(Instr::YieldFrom { dst: d, .. }) => (resume_pc, dst) = (at, d),
            _ => {
                // SAFETY: ret_dst (the FOR_ITER target) is a slot of the live caller.
                unsafe { *caller.slots.add(frame.ret_dst as usize) = Some(v) };
                return None;
            }
        }
    }
}

/// The generator frame just popped was resumed inline and returned `v`: a FOR_ITER
/// caller leaves its loop; a YIELD_FROM caller gets `v` as the value of the expression.
fn generator_returned(vm: &mut Vm, v: Value) {
    let caller = vm.frames.last_mut().expect("caller frame");
    let at = caller.pc.wrapping_sub(1) as usize;
    match caller.code().instrs.get(at).copied() {
        Some(Instr::ForIter { exit, .. }) => caller.pc = exit,
        // SAFETY: dst is a slot of the live caller.
        Some(Instr::YieldFrom { dst, .. }) => unsafe { *caller.slots.add(dst as usize) = Some(v) },
        _ => {}
    }
}

/// Unwinds after an error: records the traceback entry, jumps to a handler in this or an
/// outer frame, or returns the error out of the entry frame. `Ok(None)` means "continue
/// the loop in the (possibly new) current frame".
fn unwind_loop(vm: &mut Vm, mut err: PyErr) -> PyResult<Option<Value>> {
    if vm.tstate.break_requested() {
        // A blocking call interrupted by a signal: its handler runs now (signals.rs).
        err = crate::thread::signals::after_interrupted_call(vm, err);
    }
    loop {
        let reraise = std::mem::replace(&mut vm.reraising, false);
        let depth = vm.frames.len() - 1;
        let frame = vm.frames.last_mut().expect("frame");
        let pc = frame.pc.saturating_sub(1);
        if !reraise {
            let serial = vm.frame_cache.serial_of(frame);
            op_exceptions::add_traceback(&err, frame, depth, serial, pc);
            op_exceptions::set_context(&vm.handled, &err);
        }
        let frame = vm.frames.last_mut().expect("frame");
        let code = frame.code();
        if let Some(entry) = code.exc_table.iter().find(|e| e.start <= pc && pc < e.end) {
            let (handler, exc_slot) = (entry.handler, entry.exc);
            frame.pc = handler;
            // SAFETY: exc_slot is a slot of this live frame.
            unsafe { *frame.slots.add(exc_slot as usize) = Some(err.exc) };
            return Ok(None);
        }
        let frame = vm.frames.pop().expect("frame");
        crate::builtins::frame_obj::frame_unwound(vm, &frame, depth, &err.exc);
        vm.clear_frame_slots(&frame);
        vm.handled.truncate(frame.handled_depth);
        if frame.entry {
            return Err(err);
        }
        if let Some(g) = &frame.generator {
            // An inline-resumed generator died: the error goes on into its FOR_ITER.
            crate::interp::generator::finish(g);
            err = crate::interp::generator::stop_iteration_to_runtime_error(err);
        }
    }
}

/// The slow path of the fused compare-and-branch instructions: a full rich comparison
/// whose result is then tested for truth. Kept out of line so the hot arms in the
/// dispatch loop stay small.
#[cold]
#[inline(never)]
fn compare_truth_slow(vm: &mut Vm, op: CompareOp, x: &Value, y: &Value) -> PyResult<bool> {
    let r = crate::ops::compare(vm, x, y, op)?;
    match as_bool(&r) {
        Some(t) => Ok(t),
        None => crate::ops::truthy(vm, &r),
    }
}

/// A back-edge reached the loop header `target` with a trace engine installed: counts it
/// in the header's entry (load and store, see [`crate::compiler::code::LoopHot`]) and
/// reports the loop to the engine when the count reaches the threshold. Out of line: it
/// runs only with the JIT on.
#[inline(never)]
fn loop_header_reached(vm: &mut Vm, code: &CodeData, slots: *mut Option<Value>, back_edge: usize, target: u32, hot: u16) {
    use std::sync::atomic::Ordering::Relaxed;
    let (Some(engine), Some(entry)) = (&vm.trace_engine, code.hot.get(usize::from(hot))) else { return };
    let threshold = engine.hot_threshold();
    let n = entry.count.load(Relaxed);
    if n >= threshold {
        return;
    }
    entry.count.store(n + 1, Relaxed);
    if n + 1 == threshold {
        let engine = engine.clone();
        // The frame resumes at the header: that is where a recorded trace starts.
        vm.frames.last_mut().expect("frame").pc = target;
        let at = crate::interp::HotLoop { code, slots, header_pc: target, back_edge_pc: back_edge as u32, entry };
        engine.loop_became_hot(vm, at);
    }
}
