//! The `io` module (and `_io`): `open`, the stream classes and `DEFAULT_BUFFER_SIZE`.
//! The classes live in `builtins/io/`; this file only names them.

use crate::builtins::io::{buffered, memory, raw, text, UNSUPPORTED_OPERATION};
use crate::builtins::type_::type_value;
use crate::error::PyResult;
use crate::interp::Vm;
use crate::object::Value;

/// Builds the module.
pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let m = super::make_module("io", &[("open", crate::builtins::file::builtin_open)]);
    let set = |name: &str, v: Value| super::module_set(&m, name, v);
    // `io.open is open`, as in CPython.
    if let Some(open) = vm
        .builtins()
        .and_then(crate::builtins::dict::as_dict)
        .and_then(|d| d.get_str("open"))
    {
        set("open", open);
    }
    set(
        "DEFAULT_BUFFER_SIZE",
        crate::builtins::int::new_int(crate::builtins::io::DEFAULT_BUFFER_SIZE as i64),
    );
    set("SEEK_SET", crate::builtins::int::new_int(0));
    set("SEEK_CUR", crate::builtins::int::new_int(1));
    set("SEEK_END", crate::builtins::int::new_int(2));
    set("FileIO", type_value(&raw::FILEIO_TYPE));
    set(
        "BufferedReader",
        type_value(&buffered::BUFFERED_READER_TYPE),
    );
    set(
        "BufferedWriter",
        type_value(&buffered::BUFFERED_WRITER_TYPE),
    );
    set(
        "BufferedRandom",
        type_value(&buffered::BUFFERED_RANDOM_TYPE),
    );
    set("TextIOWrapper", type_value(&text::TEXTIO_TYPE));
    set("StringIO", type_value(&memory::STRINGIO_TYPE));
    set("BytesIO", type_value(&memory::BYTESIO_TYPE));
    set("UnsupportedOperation", type_value(&UNSUPPORTED_OPERATION));
    Ok(m)
}
