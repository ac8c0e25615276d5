//! The `traverse` and `clear` slots of the container types, for the cycle collector.
//!
//! `traverse` calls a visitor once per reference the object holds (CPython's
//! `tp_traverse`): the collector subtracts these internal references from the counts to
//! find objects reachable only from a cycle. `clear` drops the references that can form
//! a cycle (`tp_clear`) so that an unreachable cycle falls apart through ordinary
//! reference counting. As in CPython, immutable containers whose fields cannot be
//! emptied in place (tuple, slice, module, bound method) have `traverse` only: breaking
//! the cycle at any mutable member is enough.
//!
//! The functions live together here rather than in each type's file so the rules are
//! read (and checked against CPython's) in one place; each type's `Slots` names them.

use crate::builtins::{dict, exceptions, function, list, module, set, slice, tuple};
use crate::interp::generator::{self, GenState};
use crate::object::Value;

/// Visits each reference held by a list.
pub fn list_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(l) = list::as_list(v) {
        l.items().iter().for_each(visit);
    }
}

/// Empties a list.
pub fn list_clear(v: &Value) {
    if let Some(l) = list::as_list(v) {
        drop(std::mem::take(l.items_mut()));
    }
}

/// Visits each item of a tuple.
pub fn tuple_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(t) = tuple::as_tuple(v) {
        t.iter().for_each(visit);
    }
}

/// Visits each key and value of a dict.
pub fn dict_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(d) = dict::as_dict(v) {
        for e in d.table().iter() {
            visit(&e.key);
            visit(&e.value);
        }
    }
}

/// Empties a dict.
pub fn dict_clear(v: &Value) {
    if let Some(d) = dict::as_dict(v) {
        drop(d.table_mut().clear());
    }
}

/// Visits each element of a set or frozenset.
pub fn set_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(s) = set::as_set(v) {
        s.table().iter().for_each(|(k, _)| visit(k));
    }
}

/// Empties a set or frozenset (a frozenset can be in a cycle through its elements).
pub fn set_clear(v: &Value) {
    if let Some(s) = set::as_set(v) {
        s.table_mut().clear();
    }
}

/// Visits a function's code, globals, name, qualname, defaults, closure cells, dict, doc.
pub fn function_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    let Some(f) = function::as_function(v) else { return };
    visit(&f.code);
    visit(&f.globals);
    visit(&f.name.lock(v));
    visit(&f.qualname.lock(v));
    f.defaults.lock(v).iter().for_each(&mut *visit);
    for (k, x) in f.kwdefaults.lock(v).iter() {
        visit(k);
        visit(x);
    }
    f.closure.iter().for_each(&mut *visit);
    if let Some(d) = f.dict.lock(v).as_ref() {
        visit(d);
    }
    visit(&f.doc.lock(v));
    if let Some(x) = f.annotate.lock(v).as_ref() {
        visit(x);
    }
    if let Some(x) = f.annotations.lock(v).as_ref() {
        visit(x);
    }
}

/// Drops a function's mutable references: defaults, keyword defaults, dict, doc.
pub fn function_clear(v: &Value) {
    let Some(f) = function::as_function(v) else { return };
    drop(std::mem::take(&mut *f.defaults.lock(v)));
    drop(std::mem::take(&mut *f.kwdefaults.lock(v)));
    drop(f.dict.lock(v).take());
    drop(std::mem::replace(&mut *f.doc.lock(v), crate::builtins::singletons::none()));
    drop(f.annotate.lock(v).take());
    drop(f.annotations.lock(v).take());
}

/// Visits the receiver of a bound built-in method.
pub fn builtin_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(b) = function::as_builtin(v).and_then(|b| b.bound_self.as_ref()) {
        visit(b);
    }
}

/// Visits a cell's content.
pub fn cell_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(x) = function::as_cell(v).and_then(|c| c.value.lock(v).clone()) {
        visit(&x);
    }
}

/// Empties a cell.
pub fn cell_clear(v: &Value) {
    if let Some(c) = function::as_cell(v) {
        drop(c.value.lock(v).take());
    }
}

/// Visits a module's namespace.
pub fn module_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(m) = module::as_module(v) {
        visit(&m.dict);
    }
}

/// Visits a slice's start, stop and step.
pub fn slice_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(s) = slice::as_slice(v) {
        visit(&s.start);
        visit(&s.stop);
        visit(&s.step);
    }
}

/// Visits a generator's function and its saved frame slots.
pub fn generator_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    let Some(g) = generator::as_generator(v) else { return };
    visit(&g.func);
    if g.state.get() != GenState::Running {
        g.slots.lock(v).iter().flatten().for_each(visit);
    }
}

/// Drops a generator's saved frame (it can no longer be resumed: it is closed).
pub fn generator_clear(v: &Value) {
    let Some(g) = generator::as_generator(v) else { return };
    if g.state.get() != GenState::Running {
        g.state.set(GenState::Closed);
        drop(std::mem::take(&mut *g.slots.lock(v)));
    }
}

/// Visits an exception's args, traceback, context, cause, notes, extra fields and dict.
pub fn exception_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    let Some(e) = exceptions::as_exception(v) else { return };
    visit(&e.args.lock(v));
    e.traceback.lock(v).for_each_ref(&mut *visit);
    if let Some(c) = e.context.lock(v).as_ref() {
        visit(c);
    }
    if let Some(c) = e.cause.lock(v).as_ref() {
        visit(c);
    }
    e.notes.lock(v).iter().for_each(&mut *visit);
    e.extra.lock(v).iter().for_each(|(_, x)| visit(x));
    if let Some(d) = e.dict.lock(v).as_ref() {
        visit(d);
    }
}

/// Drops an exception's references: args (to `()`), traceback, context, cause, notes,
/// extra fields and dict.
pub fn exception_clear(v: &Value) {
    let Some(e) = exceptions::as_exception(v) else { return };
    drop(std::mem::replace(&mut *e.args.lock(v), tuple::new_tuple(Vec::new())));
    drop(std::mem::take(&mut *e.traceback.lock(v)));
    drop(e.context.lock(v).take());
    drop(e.cause.lock(v).take());
    drop(std::mem::take(&mut *e.notes.lock(v)));
    drop(std::mem::take(&mut *e.extra.lock(v)));
    drop(e.dict.lock(v).take());
}

/// Visits what an iterator walks (its sequence, or its underlying iterators and function).
pub fn iterator_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    use crate::builtins::iterators::IterState as S;
    let Some(it) = crate::builtins::iterators::as_iter(v) else { return };
    match &*it.state.lock(v) {
        S::List { seq, .. } | S::Tuple { seq, .. } | S::Str { seq, .. } | S::Reversed { seq, .. } => visit(seq),
        S::Dict { dict, .. } => visit(dict),
        S::Set { set, .. } => visit(set),
        S::Enumerate { it, .. } | S::EnumerateBig { it, .. } => visit(it),
        S::Zip { its, .. } => its.iter().for_each(visit),
        S::Map { func, its } => {
            visit(func);
            its.iter().for_each(visit);
        }
        S::Filter { func, it } => {
            visit(func);
            visit(it);
        }
        S::Callable { func, sentinel } => {
            visit(func);
            visit(sentinel);
        }
        S::Range { .. } | S::BigRange { .. } | S::Done => {}
    }
}

/// Finishes an iterator, dropping what it walks.
pub fn iterator_clear(v: &Value) {
    if let Some(it) = crate::builtins::iterators::as_iter(v) {
        drop(std::mem::replace(&mut *it.state.lock(v), crate::builtins::iterators::IterState::Done));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::builtins::int::new_int;
    use crate::builtins::str::new_str;
    use crate::run::{compile_source, new_main_vm, RunOptions};

    /// The references `v`'s type's traverse slot reports.
    fn visited(v: &Value) -> Vec<Value> {
        let traverse = v.ty().body.slot(|s| s.traverse).expect("type has a traverse slot");
        let mut out = Vec::new();
        traverse(v, &mut |x| out.push(x.clone()));
        out
    }

    fn clear(v: &Value) {
        (v.ty().body.slot(|s| s.clear).expect("type has a clear slot"))(v);
    }

    #[test]
    fn containers_visit_every_reference() {
        let (a, b) = (new_str("a"), new_int(7));
        let l = list::new_list(vec![a.clone(), b.clone(), a.clone()]);
        assert_eq!(visited(&l).len(), 3);
        let t = tuple::new_tuple(vec![l.clone(), b.clone()]);
        assert!(visited(&t)[0].is(&l));
        let d = dict::new_dict();
        dict::as_dict(&d).expect("dict").set_str("k", l.clone());
        let seen = visited(&d);
        assert_eq!(seen.len(), 2);
        assert!(seen[1].is(&l));
        let mut vm = crate::interp::Vm::new();
        let s = set::set_from_values(&mut vm, vec![a.clone(), b.clone()]).expect("set");
        assert_eq!(visited(&s).len(), 2);
        let sl = slice::new_slice(b.clone(), a.clone(), crate::builtins::singletons::none());
        assert_eq!(visited(&sl).len(), 3);
        let it = crate::ops::iter(&mut vm, &l).expect("iter");
        assert!(visited(&it)[0].is(&l));
        clear(&it);
        assert_eq!(visited(&it).len(), 0);
        let cell = function::new_cell(Some(l.clone()));
        assert!(visited(&cell)[0].is(&l));
        // clear breaks the references.
        clear(&l);
        assert_eq!(visited(&l).len(), 0);
        clear(&d);
        assert_eq!(visited(&d).len(), 0);
        clear(&s);
        assert_eq!(visited(&s).len(), 0);
        clear(&cell);
        assert_eq!(visited(&cell).len(), 0);
    }

    #[test]
    fn functions_generators_exceptions_and_modules_visit_their_parts() {
        let mut vm = new_main_vm(&RunOptions::default(), None);
        let src = "def outer(k):\n    def gen(a, b=2, *, c=3):\n        yield a + b + c + k\n    return gen\n\
                   g = outer(1)\nit = g(5)\nnext(it)\n\
                   try:\n    try:\n        1 / 0\n    except ZeroDivisionError as z:\n        raise KeyError('x') from z\n\
                   except KeyError as e:\n    exc = e\n    exc.add_note('n')\n";
        let code = compile_source(src.as_bytes(), "<test>").expect("compiles");
        let globals = dict::new_dict();
        let gd = dict::as_dict(&globals).expect("dict");
        gd.set_str("__builtins__", vm.builtins().cloned().expect("builtins"));
        crate::interp::call::run_module_code(&mut vm, code, globals.clone()).expect("runs");
        // code, globals, name, qualname, one default, two kw-default items, one closure
        // cell, doc.
        let g = gd.get_str("g").expect("g");
        assert_eq!(visited(&g).len(), 9);
        clear(&g);
        assert_eq!(visited(&g).len(), 6);
        // The suspended generator: its function and its live slots (a, b, c, the cell k).
        let it = gd.get_str("it").expect("it");
        let seen = visited(&it);
        assert!(seen[0].ty().body.kind == crate::object::Kind::Function);
        assert!(seen.len() >= 5, "{} references", seen.len());
        clear(&it);
        assert_eq!(visited(&it).len(), 1);
        assert!(matches!(crate::interp::generator::resume(&mut vm, &it, crate::builtins::singletons::none(), None), Ok(generator::Resumed::Returned(_))));
        // args, two traceback entries' code and globals, context and cause, one note.
        let exc = gd.get_str("exc").expect("exc");
        let seen = visited(&exc);
        assert!(seen.len() >= 5, "{} references", seen.len());
        // The traceback object (one entry, no tb_next): code, globals and its frame
        // object, which visits its own code and globals.
        let tb = crate::ops::getattr(&mut vm, &exc, "__traceback__").expect("traceback");
        let frame = crate::ops::getattr(&mut vm, &tb, "tb_frame").expect("frame");
        let seen = visited(&tb);
        assert_eq!(seen.len(), 3);
        assert!(seen.iter().any(|x| x.is(&frame)));
        assert!(visited(&frame).len() >= 2);
        clear(&exc);
        assert_eq!(visited(&exc).len(), 1, "only the emptied args remain");
        let m = module::new_module("m", globals.clone());
        assert!(visited(&m)[0].is(&globals));
        let bound = vm.builtins_dict().get_str("print").expect("print");
        let _ = visited(&bound);
    }
}
