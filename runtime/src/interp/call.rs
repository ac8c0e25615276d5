//! Calling Python functions: argument binding (with CPython's error messages) and
//! frame setup.
//!
//! The interpreter's CALL pushes the callee frame and keeps looping
//! ([`push_frame`]); native code that must call a Python function uses
//! [`call_python_function`], which pushes an *entry* frame and runs a nested loop until
//! that frame returns.

use crate::builtins::dict::{as_dict, new_dict};
use crate::builtins::function::{as_function, new_cell, FunctionData};
use crate::builtins::str::as_str;
use crate::builtins::tuple::new_tuple;
use crate::compiler::code::{CodeData, Reg};
use crate::error::{PyErr, PyResult};
use crate::interp::{Frame, Vm};
use crate::object::Value;

/// Result of starting a call.
pub enum Started {
    /// A frame was pushed; the loop continues in the callee.
    Pushed,
    /// The call finished immediately (a generator function returns its generator).
    Done(Value),
}

fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("{n} {one}")
    } else {
        format!("{n} {many}")
    }
}

fn name_list(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match quoted.len() {
        0 => String::new(),
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    }
}

/// Binds `args` (positional then keyword values named by `kwnames`) into `slots`;
/// `f` is the body of `func`.
pub fn bind_arguments(func: &Value, f: &FunctionData, code: &CodeData, args: &[Value], kwnames: &[Value], slots: &mut [Option<Value>]) -> PyResult<()> {
    let nkw = kwnames.len();
    let npos = args.len() - nkw;
    let argcount = code.argcount as usize;
    let kwonly = code.kwonlyargcount as usize;
    let fname = || format!("{}()", as_str(&f.qualname.lock(func)).unwrap_or("?"));

    // Fast path: exact positional call, no kwargs, no varargs.
    if nkw == 0 && npos == argcount && kwonly == 0 && !code.flags.varargs && !code.flags.varkw {
        for (slot, a) in slots.iter_mut().zip(args) {
            *slot = Some(a.clone());
        }
        return Ok(());
    }
    // Positional call leaving trailing parameters to their defaults (`clamp(v)` for
    // `def clamp(v, lo=0, hi=255)`): no keyword matching needed.
    if nkw == 0 && npos < argcount && kwonly == 0 && !code.flags.varargs && !code.flags.varkw {
        let defaults = f.defaults.lock(func);
        if defaults.len() <= argcount && npos >= argcount - defaults.len() {
            let first_default = argcount - defaults.len();
            for (slot, a) in slots.iter_mut().zip(args) {
                *slot = Some(a.clone());
            }
            for (slot, d) in slots[npos..argcount].iter_mut().zip(&defaults[npos - first_default..]) {
                *slot = Some(d.clone());
            }
            return Ok(());
        }
    }

    let ntake = npos.min(argcount);
    for i in 0..ntake {
        slots[i] = Some(args[i].clone());
    }
    let mut next_slot = argcount + kwonly;
    if code.flags.varargs {
        slots[next_slot] = Some(new_tuple(args[ntake..npos].to_vec()));
        next_slot += 1;
    } else if npos > argcount {
        let kw_given = kwnames.iter().filter(|k| {
            let k = as_str(k).unwrap_or("");
            code.varnames[argcount..argcount + kwonly].iter().any(|n| n == k)
        }).count();
        let ndefaults = f.defaults.lock(func).len();
        let takes = if ndefaults > 0 {
            format!("from {} to {}", argcount - ndefaults, argcount)
        } else {
            argcount.to_string()
        };
        let arg_word = if argcount == 1 && ndefaults == 0 { "argument" } else { "arguments" };
        let given = if kw_given > 0 {
            format!(
                "{} positional argument{} (and {} keyword-only argument{}) were given",
                npos,
                if npos == 1 { "" } else { "s" },
                kw_given,
                if kw_given == 1 { "" } else { "s" }
            )
        } else {
            format!("{npos} {}", if npos == 1 { "was given" } else { "were given" })
        };
        return Err(PyErr::type_error(format!("{} takes {takes} positional {arg_word} but {given}", fname())));
    }
    let varkw_dict = if code.flags.varkw {
        let d = new_dict();
        slots[next_slot] = Some(d.clone());
        Some(d)
    } else {
        None
    };

    let posonly = code.posonlyargcount as usize;
    let mut posonly_as_kw: Vec<&str> = Vec::new();
    for (k, v) in kwnames.iter().zip(&args[npos..]) {
        let key = as_str(k).ok_or_else(|| PyErr::type_error("keywords must be strings"))?;
        let found = code.varnames[posonly..argcount + kwonly].iter().position(|n| n == key).map(|p| p + posonly);
        match found {
            Some(i) => {
                if slots[i].is_some() {
                    return Err(PyErr::type_error(format!("{} got multiple values for argument '{key}'", fname())));
                }
                slots[i] = Some(v.clone());
            }
            None => {
                let is_posonly = code.varnames[..posonly].iter().any(|n| n == key);
                match &varkw_dict {
                    Some(d) => {
                        let mut vm = Vm::scratch();
                        as_dict(d).expect("dict").set(&mut vm, k.clone(), v.clone())?;
                    }
                    None if is_posonly => posonly_as_kw.push(key),
                    None => {
                        return Err(PyErr::type_error(format!("{} got an unexpected keyword argument '{key}'", fname())));
                    }
                }
            }
        }
    }
    if !posonly_as_kw.is_empty() {
        return Err(PyErr::type_error(format!(
            "{} got some positional-only arguments passed as keyword arguments: '{}'",
            fname(),
            posonly_as_kw.join(", ")
        )));
    }

    // Defaults for positional parameters.
    let mut missing: Vec<&str> = Vec::new();
    {
        let defaults = f.defaults.lock(func);
        let ndefaults = defaults.len();
        let first_default = argcount - ndefaults;
        for i in npos.min(argcount)..argcount {
            if slots[i].is_none() {
                if i >= first_default {
                    slots[i] = Some(defaults[i - first_default].clone());
                } else {
                    missing.push(&code.varnames[i]);
                }
            }
        }
    }
    if !missing.is_empty() {
        return Err(PyErr::type_error(format!(
            "{} missing {} {}",
            fname(),
            plural(missing.len(), "required positional argument:", "required positional arguments:"),
            name_list(&missing)
        )));
    }
    for (slot, name) in slots[argcount..argcount + kwonly].iter_mut().zip(&code.varnames[argcount..]) {
        if slot.is_none() {
            let default = f.kwdefaults.lock(func).iter().find(|(k, _)| as_str(k) == Some(name)).map(|(_, v)| v.clone());
            match default {
                Some(v) => *slot = Some(v),
                None => missing.push(name),
            }
        }
    }
    if !missing.is_empty() {
        return Err(PyErr::type_error(format!(
            "{} missing {} {}",
            fname(),
            plural(missing.len(), "required keyword-only argument:", "required keyword-only arguments:"),
            name_list(&missing)
        )));
    }
    Ok(())
}

/// Creates cells and installs closure cells after binding.
pub fn init_cells(f: &FunctionData, code: &CodeData, slots: &mut [Option<Value>]) {
    let nlocals = code.nlocals as usize;
    for (i, &param) in code.cell_params.iter().enumerate() {
        let initial = if param == u32::MAX { None } else { slots[param as usize].clone() };
        slots[nlocals + i] = Some(new_cell(initial));
    }
    for (j, &slot) in code.free_slots.iter().enumerate() {
        slots[slot as usize] = f.closure.get(j).cloned();
    }
}

/// Starts a call of Python function `func`: binds arguments into a new frame on top of
/// the slot stack and pushes it (or, for a generator function, returns the generator).
pub fn push_frame(vm: &mut Vm, func: &Value, args: &[Value], kwnames: &[Value], ret_dst: Reg, entry: bool) -> PyResult<Started> {
    let f = as_function(func).ok_or_else(|| PyErr::type_error("expected function"))?;
    let code = f.code();
    if vm.frames.len() >= vm.recursion_limit {
        return Err(PyErr::recursion());
    }
    let base = vm.frames.last().map_or(0, Frame::stack_top);
    let nslots = code.nslots as usize;
    if base + nslots > vm.stack.len() {
        return Err(PyErr::recursion());
    }
    if code.flags.generator {
        let mut slots: Vec<Option<Value>> = vec![None; nslots];
        bind_arguments(func, f, code, args, kwnames, &mut slots)?;
        init_cells(f, code, &mut slots);
        return Ok(Started::Done(crate::interp::generator::new_generator(func.clone(), slots)));
    }
    // Slots above the innermost frame are all empty (see `Vm::stack`).
    let slots = &mut vm.stack[base..base + nslots];
    if let Err(e) = bind_arguments(func, f, code, args, kwnames, slots) {
        vm.clear_slots(base, nslots);
        return Err(e);
    }
    if !code.cell_params.is_empty() || !code.free_slots.is_empty() {
        init_cells(f, code, &mut vm.stack[base..base + nslots]);
    }
    let handled_depth = vm.handled.len();
    // SAFETY: the slot stack has fixed capacity, so this pointer stays valid while the
    // frame lives (base + nslots <= capacity was checked above).
    let slots_ptr = unsafe { vm.stack.as_mut_ptr().add(base) };
    vm.frames.push(Frame {
        func: func.clone(),
        code: code as *const CodeData,
        globals: f.globals.clone(),
        base,
        slots: slots_ptr,
        pc: 0,
        ret_dst,
        entry,
        handled_depth,
        generator: None,
        locals: None,
        serial: 0,
        init: false,
    });
    Ok(Started::Pushed)
}

/// CALL of anything but a Python function, from the dispatch loop. A class whose
/// instances start with a plain Python `__init__` gets the new instance written to the
/// caller's `dst` at once and `__init__` pushed as an ordinary frame (marked `init`, so
/// its return value is checked and dropped): no nested interpreter loop per object.
#[inline(never)]
pub fn call_object(vm: &mut Vm, f: &Value, args: &[Value], kwnames: &[Value], dst: Reg) -> PyResult<Started> {
    if let Some((inst, init)) = crate::builtins::instances::type_call::inline_init(f) {
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(inst.clone());
        all.extend_from_slice(args);
        let caller_slots = vm.frames.last().expect("frame").slots;
        // SAFETY: `dst` is a slot of the running (calling) frame, whose slots are live.
        unsafe { *caller_slots.add(dst as usize) = Some(inst.clone()) };
        return match push_frame(vm, &init, &all, kwnames, dst, false)? {
            Started::Pushed => {
                vm.frames.last_mut().expect("frame").init = true;
                Ok(Started::Pushed)
            }
            Started::Done(v) if crate::builtins::singletons::is_none(&v) => Ok(Started::Done(inst)),
            Started::Done(v) => Err(PyErr::type_error(format!("__init__() should return None, not '{}'", v.ty().body.name))),
        };
    }
    crate::ops::call(vm, f, args, kwnames).map(Started::Done)
}

/// The TypeError for an `__init__` that returned something other than None.
#[cold]
#[inline(never)]
pub fn init_return_error(v: &Value) -> PyErr {
    PyErr::type_error(format!("__init__() should return None, not '{}'", v.ty().body.name))
}

/// Calls a Python function from native code (re-enters the dispatch loop).
pub fn call_python_function(vm: &mut Vm, func: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    vm.enter_native()?;
    let r = match push_frame(vm, func, args, kwnames, 0, true) {
        Ok(Started::Pushed) => crate::interp::dispatch::run(vm),
        Ok(Started::Done(v)) => Ok(v),
        Err(e) => Err(e),
    };
    vm.leave_native();
    r
}

/// Calls the Python function `func` (taking no arguments) with `locals` as its frame's
/// locals mapping: how a class body runs (its names read and write the namespace).
pub fn call_with_locals(vm: &mut Vm, func: &Value, locals: Value) -> PyResult<Value> {
    vm.enter_native()?;
    let r = match push_frame(vm, func, &[], &[], 0, true) {
        Ok(Started::Pushed) => {
            vm.frames.last_mut().expect("frame").locals = Some(locals);
            crate::interp::dispatch::run(vm)
        }
        Ok(Started::Done(v)) => Ok(v),
        Err(e) => Err(e),
    };
    vm.leave_native();
    r
}

/// Runs module-level code in `globals`.
pub fn run_module_code(vm: &mut Vm, code: Value, globals: Value) -> PyResult<Value> {
    run_module_code_with_locals(vm, code, globals, None)
}

/// Runs module-level code with a separate locals mapping (`exec(code, g, l)`).
pub fn run_module_code_with_locals(vm: &mut Vm, code: Value, globals: Value, locals: Option<Value>) -> PyResult<Value> {
    let c = crate::compiler::code::as_code(&code).ok_or_else(|| PyErr::type_error("expected code"))?;
    if let Some(doc) = &c.docstring {
        // A module's docstring becomes its `__doc__`, as CPython's module prologue stores it.
        let namespace = locals.as_ref().unwrap_or(&globals);
        if let Some(d) = crate::builtins::dict::as_dict(namespace) {
            d.set_str("__doc__", crate::builtins::str::new_str(doc));
        }
    }
    let base = vm.frames.last().map_or(0, Frame::stack_top);
    let nslots = c.nslots as usize;
    if base + nslots > vm.stack.len() {
        return Err(PyErr::recursion());
    }
    let code_ptr = c as *const CodeData;
    let handled_depth = vm.handled.len();
    // SAFETY: fixed-capacity stack; base + nslots <= capacity was checked above.
    let slots_ptr = unsafe { vm.stack.as_mut_ptr().add(base) };
    // The depth check comes before the push, so a RecursionError leaves no frame behind.
    vm.enter_native()?;
    vm.frames.push(Frame { func: code, code: code_ptr, globals, base, slots: slots_ptr, pc: 0, ret_dst: 0, entry: true, init: false, handled_depth, generator: None, locals, serial: 0 });
    let r = crate::interp::dispatch::run(vm);
    vm.leave_native();
    r
}
