//! Native modules and the import machinery.
//!
//! Each module is one file, or one folder when it spans several (`builtins/`, `math/`),
//! exposing `pub fn init(vm) -> Value`; [`NATIVE_MODULES`] is
//! the registry. The import system itself is [`importer`]: `import` looks in
//! `sys.modules`, then this registry, then `sys.path` (which ends with braid's embedded
//! library of Python modules, `runtime/lib/`).

pub mod args;
pub mod atexit;
pub mod bisect;
pub mod builtins;
pub mod collections;
pub mod functools;
pub mod heapq;
pub mod importer;
pub mod importlib;
pub mod io;
pub mod itertools;
pub mod operator;
pub mod os;
pub mod random;
pub mod math;
pub mod signal;
pub mod string;
pub mod sys;
pub mod tbformat;
pub mod time;
pub mod weakref;

// The files of the `builtins` module, at their old paths.
pub use builtins::{names as builtins_names, numeric as builtins_numeric};

use crate::builtins::dict::{as_dict, new_dict};
use crate::builtins::module::{as_module, new_module};
use crate::error::PyResult;
use crate::interp::Vm;
use crate::object::Value;

/// A native module: name and constructor.
pub struct NativeModule {
    /// Import name.
    pub name: &'static str,
    /// Builds the module.
    pub init: fn(&mut Vm) -> PyResult<Value>,
}

/// Every native module.
pub static NATIVE_MODULES: &[NativeModule] = &[
    NativeModule { name: "sys", init: sys::init },
    NativeModule { name: "math", init: math::init },
    NativeModule { name: "time", init: time::init },
    NativeModule { name: "io", init: io::init },
    NativeModule { name: "_io", init: io::init },
    NativeModule { name: "_string", init: string::init },
    NativeModule { name: "string.templatelib", init: string::init_templatelib },
    NativeModule { name: "importlib", init: importlib::init },
    NativeModule { name: "importlib.util", init: importlib::init_util },
    NativeModule { name: "itertools", init: itertools::init },
    NativeModule { name: "operator", init: operator::init },
    NativeModule { name: "heapq", init: heapq::init },
    NativeModule { name: "bisect", init: bisect::init },
    NativeModule { name: "random", init: random::init },
    NativeModule { name: "_collections", init: collections::init_native },
    NativeModule { name: "_functools", init: functools::init_native },
    NativeModule { name: "posix", init: os::init },
    NativeModule { name: "_tbformat", init: tbformat::init },
    NativeModule { name: "_signal", init: signal::init },
    NativeModule { name: "_weakref", init: weakref::init },
    NativeModule { name: "atexit", init: atexit::init },
];

/// Helper for module files: a module with the given functions.
pub fn make_module(name: &str, funcs: &[(&'static str, crate::object::NativeFn)]) -> Value {
    let dict = new_dict();
    let d = as_dict(&dict).expect("new dict");
    for (n, f) in funcs {
        d.set_str(n, crate::builtins::function::new_builtin_function(n, *f, None));
    }
    new_module(name, dict)
}

/// Sets an attribute of a module being built.
pub fn module_set(module: &Value, name: &str, value: Value) {
    if let Some(d) = as_module(module).and_then(|m| as_dict(&m.dict)) {
        d.set_str(name, value);
    }
}

/// `import name` (see [`importer::import_module`]).
pub use importer::{import_from, import_module, import_star};
