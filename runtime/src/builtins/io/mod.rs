//! I/O objects, as CPython's `io` stack: the raw layer (`raw`, `_io.FileIO`), bounded
//! buffers over it (`buffered`), text over a buffer (`text`), in-memory streams
//! (`memory`: `StringIO`, `BytesIO`), `open()` building the stack (`open`), OS error
//! mapping (`errno`); `sys.stdin`/`stdout`/`stderr` (`stdio`) and the stdout buffer
//! `print` and `sys.stdout` share (`stdout_buf`).

pub mod buffered;
pub mod errno;
pub mod file;
pub mod memory;
pub mod raw;
pub mod stdio;
pub mod stdout_buf;
pub mod text;
pub mod text_decode;

use crate::builtins::bytes::as_bytes;
use crate::builtins::exceptions::{ExceptionData, EXC_SLOTS, OS_ERROR};
use crate::builtins::singletons::py_bool;
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::header::Header;
use crate::object::typeobj::{TypeData, TypeObject};
use crate::object::{Kind, Obj, Value};

/// `io.DEFAULT_BUFFER_SIZE`.
pub const DEFAULT_BUFFER_SIZE: usize = 8192;

/// `io.UnsupportedOperation` (an `OSError`; CPython's also derives from `ValueError`,
/// which needs multiple inheritance of built-in types).
pub static UNSUPPORTED_OPERATION: TypeObject = Obj {
    header: Header::immortal(&crate::builtins::type_::TYPE_TYPE),
    body: TypeData {
        name: "io.UnsupportedOperation",
        kind: Kind::Exception,
        base: Some(&OS_ERROR),
        dealloc: crate::object::value::dealloc_box::<ExceptionData>,
        slots: EXC_SLOTS,
        methods: &[],
        state: crate::object::type_state::TypeState::builtin(),
    },
};

/// `io.UnsupportedOperation(msg)`.
pub fn unsupported(msg: &str) -> PyErr {
    PyErr::new(&UNSUPPORTED_OPERATION, msg.to_string())
}

/// The raw layer's closed-file error.
pub fn closed_file() -> PyErr {
    PyErr::value_error("I/O operation on closed file.")
}

/// The bytes of a bytes-like argument of `write`.
pub fn bytes_like(v: &Value) -> PyResult<Vec<u8>> {
    as_bytes(v).map(<[u8]>::to_vec).ok_or_else(|| {
        PyErr::type_error(format!(
            "a bytes-like object is required, not '{}'",
            v.ty().body.name
        ))
    })
}

/// Binds the arguments of a constructor or function `name` to `params` by position and
/// keyword; `args` holds no receiver. The first `required` parameters must be given.
pub fn bind_args<'a>(
    name: &str,
    args: &'a [Value],
    kwnames: &[Value],
    params: &[&str],
    required: usize,
) -> PyResult<Vec<Option<&'a Value>>> {
    let npos = args.len() - kwnames.len();
    if npos > params.len() {
        return Err(PyErr::type_error(format!(
            "{name}() takes at most {} arguments ({npos} given)",
            params.len()
        )));
    }
    let mut out: Vec<Option<&Value>> = vec![None; params.len()];
    for (slot, a) in out.iter_mut().zip(&args[..npos]) {
        *slot = Some(a);
    }
    for (k, v) in kwnames.iter().zip(&args[npos..]) {
        let k = crate::builtins::str::as_str(k)
            .ok_or_else(|| PyErr::type_error("keywords must be strings"))?;
        let Some(i) = params.iter().position(|p| *p == k) else {
            return Err(PyErr::type_error(format!(
                "{name}() got an unexpected keyword argument '{k}'"
            )));
        };
        if out[i].is_some() {
            return Err(PyErr::type_error(format!(
                "argument for {name}() given by name ('{k}') and position ({})",
                i + 1
            )));
        }
        out[i] = Some(v);
    }
    if let Some(i) = out[..required].iter().position(Option::is_none) {
        return Err(PyErr::type_error(format!(
            "{name}() missing required argument '{}' (pos {})",
            params[i],
            i + 1
        )));
    }
    Ok(out)
}

/// `__iter__` of the file types: the object itself.
pub fn iter_self(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(v.clone())
}

/// `__enter__`: the object itself (a closed file raises).
pub fn enter(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let closed = crate::ops::getattr(vm, &args[0], "closed")?;
    if crate::ops::truthy(vm, &closed)? {
        return Err(closed_file());
    }
    Ok(args[0].clone())
}

/// `__exit__`: closes the object; exceptions propagate.
pub fn exit_closes(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let close = crate::ops::getattr(vm, &args[0], "close")?;
    crate::ops::call(vm, &close, &[], &[])?;
    Ok(py_bool(false))
}
