//! The built-in exception hierarchy and exception instances.
//!
//! Exception types are static type objects with `Kind::Exception` and a single base,
//! so `isinstance` and `except` walk the base chain. An instance holds `args`, its
//! traceback (a chain of traceback objects, see `traceback_obj.rs`), and the chaining fields `__cause__`, `__context__`, `__suppress_context__`.

use crate::builtins::singletons::{is_none, none, py_bool};
use crate::builtins::str::{as_str, new_str};
use crate::builtins::tuple::{as_tuple, new_tuple};
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::header::Header;
use crate::object::{Flag, Kind, Locked, MethodDef, Obj, Slots, TypeData, TypeObject, Value};

/// The body of an exception instance.
pub struct ExceptionData {
    /// `args` tuple.
    pub args: Locked<Value>,
    /// `__traceback__`: the head (outermost frame) of the traceback object chain.
    pub traceback: Locked<crate::builtins::traceback_obj::TbRecord>,
    /// `__cause__`.
    pub cause: Locked<Option<Value>>,
    /// `__context__`.
    pub context: Locked<Option<Value>>,
    /// `__suppress_context__`.
    pub suppress_context: Flag,
    /// `__notes__` (strings added with `add_note`).
    pub notes: Locked<Vec<Value>>,
    /// Extra attributes some exceptions carry (`name` and `obj` of AttributeError and
    /// NameError, used for "Did you mean" suggestions).
    pub extra: Locked<Vec<(&'static str, Value)>>,
    /// The instance `__dict__` (attributes set from Python), created on first use.
    pub dict: Locked<Option<Value>>,
}

/// Attaches an extra attribute (`name`, `obj`) to an exception.
pub fn set_extra(exc: &Value, key: &'static str, value: Value) {
    if let Some(e) = as_exception(exc) {
        let mut extra = e.extra.lock(exc);
        extra.retain(|(k, _)| *k != key);
        extra.push((key, value));
    }
}

/// Reads an extra attribute.
pub fn get_extra(exc: &Value, key: &str) -> Option<Value> {
    as_exception(exc).and_then(|e| e.extra.lock(exc).iter().find(|(k, _)| *k == key).map(|(_, v)| v.clone()))
}

pub(crate) const EXC_SLOTS: Slots = Slots {
    traverse: Some(crate::builtins::gc_slots::exception_traverse),
    clear: Some(crate::builtins::gc_slots::exception_clear),
    repr: Some(exc_repr),
    str: Some(exc_str_slot),
    hash: Some(crate::builtins::type_::identity_hash),
    getattr: Some(exc_getattr),
    setattr: Some(exc_setattr),
    new: Some(exc_new),
    ..Slots::EMPTY
};

const EXC_METHODS: &[MethodDef] = &[MethodDef::method("with_traceback", exc_with_traceback), MethodDef::method("add_note", exc_add_note)];

macro_rules! exception_types {
    ($(($static_name:ident, $name:expr, $base:expr)),* $(,)?) => {
        $(
            #[doc = concat!("The built-in `", $name, "` type.")]
            pub static $static_name: TypeObject = Obj {
                header: Header::immortal(&crate::builtins::type_::TYPE_TYPE),
                body: TypeData {
                    name: $name,
                    kind: Kind::Exception,
                    base: $base,
                    dealloc: crate::object::value::dealloc_box::<ExceptionData>,
                    slots: EXC_SLOTS,
                    methods: EXC_METHODS,
                    state: crate::object::type_state::TypeState::builtin(),
                },
            };
        )*
        /// Every built-in exception type, for the builtins module.
        pub static ALL_EXCEPTION_TYPES: &[&TypeObject] = &[$(&$static_name),*];
    };
}

exception_types! {
    (BASE_EXCEPTION, "BaseException", Some(&crate::builtins::type_::OBJECT_TYPE)),
    (SYSTEM_EXIT, "SystemExit", Some(&BASE_EXCEPTION)),
    (KEYBOARD_INTERRUPT, "KeyboardInterrupt", Some(&BASE_EXCEPTION)),
    (GENERATOR_EXIT, "GeneratorExit", Some(&BASE_EXCEPTION)),
    (EXCEPTION, "Exception", Some(&BASE_EXCEPTION)),
    (STOP_ITERATION, "StopIteration", Some(&EXCEPTION)),
    (STOP_ASYNC_ITERATION, "StopAsyncIteration", Some(&EXCEPTION)),
    (ARITHMETIC_ERROR, "ArithmeticError", Some(&EXCEPTION)),
    (FLOATING_POINT_ERROR, "FloatingPointError", Some(&ARITHMETIC_ERROR)),
    (OVERFLOW_ERROR, "OverflowError", Some(&ARITHMETIC_ERROR)),
    (ZERO_DIVISION_ERROR, "ZeroDivisionError", Some(&ARITHMETIC_ERROR)),
    (ASSERTION_ERROR, "AssertionError", Some(&EXCEPTION)),
    (ATTRIBUTE_ERROR, "AttributeError", Some(&EXCEPTION)),
    (BUFFER_ERROR, "BufferError", Some(&EXCEPTION)),
    (EOF_ERROR, "EOFError", Some(&EXCEPTION)),
    (IMPORT_ERROR, "ImportError", Some(&EXCEPTION)),
    (MODULE_NOT_FOUND_ERROR, "ModuleNotFoundError", Some(&IMPORT_ERROR)),
    (LOOKUP_ERROR, "LookupError", Some(&EXCEPTION)),
    (INDEX_ERROR, "IndexError", Some(&LOOKUP_ERROR)),
    (KEY_ERROR, "KeyError", Some(&LOOKUP_ERROR)),
    (MEMORY_ERROR, "MemoryError", Some(&EXCEPTION)),
    (NAME_ERROR, "NameError", Some(&EXCEPTION)),
    (UNBOUND_LOCAL_ERROR, "UnboundLocalError", Some(&NAME_ERROR)),
    (OS_ERROR, "OSError", Some(&EXCEPTION)),
    (FILE_NOT_FOUND_ERROR, "FileNotFoundError", Some(&OS_ERROR)),
    (FILE_EXISTS_ERROR, "FileExistsError", Some(&OS_ERROR)),
    (PERMISSION_ERROR, "PermissionError", Some(&OS_ERROR)),
    (IS_A_DIRECTORY_ERROR, "IsADirectoryError", Some(&OS_ERROR)),
    (NOT_A_DIRECTORY_ERROR, "NotADirectoryError", Some(&OS_ERROR)),
    (BLOCKING_IO_ERROR, "BlockingIOError", Some(&OS_ERROR)),
    (CHILD_PROCESS_ERROR, "ChildProcessError", Some(&OS_ERROR)),
    (CONNECTION_ERROR, "ConnectionError", Some(&OS_ERROR)),
    (BROKEN_PIPE_ERROR, "BrokenPipeError", Some(&CONNECTION_ERROR)),
    (CONNECTION_ABORTED_ERROR, "ConnectionAbortedError", Some(&CONNECTION_ERROR)),
    (CONNECTION_REFUSED_ERROR, "ConnectionRefusedError", Some(&CONNECTION_ERROR)),
    (CONNECTION_RESET_ERROR, "ConnectionResetError", Some(&CONNECTION_ERROR)),
    (INTERRUPTED_ERROR, "InterruptedError", Some(&OS_ERROR)),
    (PROCESS_LOOKUP_ERROR, "ProcessLookupError", Some(&OS_ERROR)),
    (TIMEOUT_ERROR, "TimeoutError", Some(&OS_ERROR)),
    (REFERENCE_ERROR, "ReferenceError", Some(&EXCEPTION)),
    (RUNTIME_ERROR, "RuntimeError", Some(&EXCEPTION)),
    (NOT_IMPLEMENTED_ERROR, "NotImplementedError", Some(&RUNTIME_ERROR)),
    (RECURSION_ERROR, "RecursionError", Some(&RUNTIME_ERROR)),
    (PYTHON_FINALIZATION_ERROR, "PythonFinalizationError", Some(&RUNTIME_ERROR)),
    (SYNTAX_ERROR, "SyntaxError", Some(&EXCEPTION)),
    (INDENTATION_ERROR, "IndentationError", Some(&SYNTAX_ERROR)),
    (TAB_ERROR, "TabError", Some(&INDENTATION_ERROR)),
    (SYSTEM_ERROR, "SystemError", Some(&EXCEPTION)),
    (TYPE_ERROR, "TypeError", Some(&EXCEPTION)),
    (VALUE_ERROR, "ValueError", Some(&EXCEPTION)),
    (UNICODE_ERROR, "UnicodeError", Some(&VALUE_ERROR)),
    (UNICODE_DECODE_ERROR, "UnicodeDecodeError", Some(&UNICODE_ERROR)),
    (UNICODE_ENCODE_ERROR, "UnicodeEncodeError", Some(&UNICODE_ERROR)),
    (UNICODE_TRANSLATE_ERROR, "UnicodeTranslateError", Some(&UNICODE_ERROR)),
    (WARNING, "Warning", Some(&EXCEPTION)),
    (USER_WARNING, "UserWarning", Some(&WARNING)),
    (DEPRECATION_WARNING, "DeprecationWarning", Some(&WARNING)),
    (RUNTIME_WARNING, "RuntimeWarning", Some(&WARNING)),
    (SYNTAX_WARNING, "SyntaxWarning", Some(&WARNING)),
    (PENDING_DEPRECATION_WARNING, "PendingDeprecationWarning", Some(&WARNING)),
    (FUTURE_WARNING, "FutureWarning", Some(&WARNING)),
    (IMPORT_WARNING, "ImportWarning", Some(&WARNING)),
    (UNICODE_WARNING, "UnicodeWarning", Some(&WARNING)),
    (BYTES_WARNING, "BytesWarning", Some(&WARNING)),
    (RESOURCE_WARNING, "ResourceWarning", Some(&WARNING)),
    (ENCODING_WARNING, "EncodingWarning", Some(&WARNING)),
}

/// A new exception instance of `ty` with `args`.
pub fn new_exception(ty: &'static TypeObject, args: Vec<Value>) -> Value {
    crate::object::alloc(
        ty,
        ExceptionData {
            args: Locked::new(new_tuple(args)),
            traceback: Locked::new(crate::builtins::traceback_obj::TbRecord::default()),
            cause: Locked::new(None),
            context: Locked::new(None),
            suppress_context: Flag::new(false),
            notes: Locked::new(Vec::new()),
            extra: Locked::new(Vec::new()),
            dict: Locked::new(None),
        },
    )
}

/// The exception body, if `v` is an exception instance.
pub fn as_exception(v: &Value) -> Option<&ExceptionData> {
    if !v.is_small_int() && v.ty().body.kind == Kind::Exception && v.ty().body.is_subtype(&BASE_EXCEPTION.body) && !std::ptr::eq(v.ty(), &crate::builtins::type_::TYPE_TYPE) {
        // SAFETY: instances of exception types are Obj<ExceptionData>.
        Some(unsafe { v.body_unchecked::<ExceptionData>() })
    } else {
        None
    }
}

/// True when `v` is an exception *type* (a class deriving from BaseException).
pub fn is_exception_type(v: &Value) -> Option<&'static TypeObject> {
    crate::builtins::type_::as_type(v).filter(|t| t.body.is_subtype(&BASE_EXCEPTION.body))
}

/// `str(exc)` as a Rust string (never fails; used by the traceback printer).
pub fn exception_str(v: &Value) -> String {
    let Some(e) = as_exception(v) else { return String::new() };
    if crate::builtins::exception_group::is_group(v) {
        return crate::builtins::exception_group::group_text(v);
    }
    let args = e.args.lock(v).clone();
    let items = as_tuple(&args).unwrap_or(&[]);
    let mut vm = crate::interp::Vm::scratch();
    if v.ty().body.is_subtype(&SYNTAX_ERROR.body) && items.len() == 2 {
        let msg = as_str(&items[0]).unwrap_or("").to_string();
        let details = as_tuple(&items[1]).unwrap_or(&[]);
        let file = details.first().and_then(as_str).map(str::to_string);
        let line = details.get(1).and_then(|l| l.as_small_int());
        return match (file, line) {
            (Some(f), Some(l)) => format!("{msg} ({f}, line {l})"),
            (Some(f), None) => format!("{msg} ({f})"),
            (None, Some(l)) => format!("{msg} (line {l})"),
            (None, None) => msg,
        };
    }
    if v.ty().body.is_subtype(&OS_ERROR.body) {
        if let (Some(errno), Some(strerror)) = (get_extra(v, "errno"), get_extra(v, "strerror")) {
            let mut vm = crate::interp::Vm::scratch();
            let base = format!(
                "[Errno {}] {}",
                crate::ops::str_string(&mut vm, &errno).unwrap_or_default(),
                as_str(&strerror).unwrap_or("")
            );
            let repr = |vm: &mut crate::interp::Vm, f: &Value| crate::ops::repr_string(vm, f).unwrap_or_default();
            return match (get_extra(v, "filename").filter(|f| !is_none(f)), get_extra(v, "filename2").filter(|f| !is_none(f))) {
                (Some(f), Some(f2)) => format!("{base}: {} -> {}", repr(&mut vm, &f), repr(&mut vm, &f2)),
                (Some(f), None) => format!("{base}: {}", repr(&mut vm, &f)),
                _ => base,
            };
        }
    }
    match items {
        [] => String::new(),
        [one] => {
            if v.ty().body.is_subtype(&KEY_ERROR.body) {
                crate::ops::repr_string(&mut vm, one).unwrap_or_default()
            } else if let Some(d) = crate::builtins::str::as_str_data(one).filter(|d| d.has_surrogates()) {
                // Shown as stderr shows it (backslashreplace): `ValueError: \ud800`.
                let cps: Vec<u32> = d.code_points().collect();
                let shown = crate::text::codecs::encode_code_points(&cps, crate::text::codecs::Codec::Utf8, "backslashreplace");
                String::from_utf8(shown.unwrap_or_default()).unwrap_or_default()
            } else if let Some(s) = as_str(one) {
                s.to_string()
            } else {
                crate::ops::str_(&mut vm, one).ok().and_then(|s| as_str(&s).map(str::to_string)).unwrap_or_else(|| "<exception str() failed>".into())
            }
        }
        _ => crate::ops::repr_string(&mut vm, &args).unwrap_or_default(),
    }
}

/// "Type: message" for debugging output.
pub fn describe(v: &Value) -> String {
    let msg = exception_str(v);
    if msg.is_empty() {
        v.ty().body.name.to_string()
    } else {
        format!("{}: {msg}", v.ty().body.name)
    }
}

fn exc_str_slot(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    // `str(e)` of a single str argument holding surrogates is that str, surrogates kept.
    if let Some(e) = as_exception(v).filter(|_| !v.ty().body.is_subtype(&KEY_ERROR.body) && !crate::builtins::exception_group::is_group(v)) {
        let args = e.args.lock(v).clone();
        if let Some([one]) = as_tuple(&args) {
            if crate::builtins::str::as_str_data(one).is_some_and(|d| d.has_surrogates()) {
                return Ok(one.clone());
            }
        }
    }
    Ok(new_str(&exception_str(v)))
}

fn exc_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let e = as_exception(v).ok_or_else(|| PyErr::type_error("expected exception"))?;
    let args = e.args.lock(v).clone();
    let items = as_tuple(&args).unwrap_or(&[]);
    let inner = if items.len() == 1 {
        crate::ops::repr_string(vm, &items[0])?
    } else {
        let r = crate::ops::repr_string(vm, &args)?;
        r.trim_start_matches('(').trim_end_matches(')').trim_end_matches(',').to_string()
    };
    Ok(new_str(&format!("{}({inner})", v.ty().body.name)))
}

fn exc_new(_vm: &mut Vm, t: &'static TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kwnames.len();
    if t.body.state.is_heap() {
        // BaseException.__new__ ignores keywords; its __init__ (or the class's) judges
        // them. OSError's arguments are parsed here unless the class has its own
        // `__init__` (which then passes them to `OSError.__init__`), as in CPython.
        if (2..=5).contains(&npos) && t.body.is_subtype(&OS_ERROR.body) && !crate::builtins::instances::heap_type::heap_defines(t, "__init__") {
            return Ok(new_os_error(t, &args[..npos]));
        }
        return Ok(new_exception(t, args[..npos].to_vec()));
    }
    if (2..=5).contains(&npos) && kwnames.is_empty() && t.body.is_subtype(&OS_ERROR.body) {
        return Ok(new_os_error(t, args));
    }
    let exc = new_exception(t, args[..npos].to_vec());
    init_keywords(&exc, &args[npos..], kwnames)?;
    Ok(exc)
}

/// The keyword arguments `BaseException.__init__` and its subclasses take:
/// `AttributeError(name=, obj=)`, `NameError(name=)`, `ImportError(name=, path=,
/// name_from=)`, stored as the exception's attributes; CPython's errors otherwise.
pub fn init_keywords(exc: &Value, values: &[Value], kwnames: &[Value]) -> PyResult<()> {
    if kwnames.is_empty() {
        return Ok(());
    }
    let t = &exc.ty().body;
    let (owner, allowed): (&str, &[&'static str]) = if t.is_subtype(&ATTRIBUTE_ERROR.body) {
        ("AttributeError", &["name", "obj"])
    } else if t.is_subtype(&NAME_ERROR.body) {
        ("NameError", &["name"])
    } else if t.is_subtype(&IMPORT_ERROR.body) {
        ("ImportError", &["name", "path", "name_from"])
    } else {
        return Err(PyErr::type_error(format!("{}() takes no keyword arguments", t.name)));
    };
    for (k, v) in kwnames.iter().zip(values) {
        let k = as_str(k).unwrap_or("");
        match allowed.iter().find(|a| **a == k) {
            Some(a) => set_extra(exc, a, v.clone()),
            None => {
                let names: Vec<String> = allowed.iter().map(|a| a.to_string()).collect();
                let hint = crate::interp::traceback::suggest(k, &names).map_or(String::new(), |s| format!(". Did you mean '{s}'?"));
                return Err(PyErr::type_error(format!("{owner}() got an unexpected keyword argument '{k}'{hint}")));
            }
        }
    }
    Ok(())
}

/// `BaseException.__init__(self, *args, **kw)` on an existing exception: replaces
/// `args` (and, for an OSError, the fields its arguments set).
pub fn reinit(exc: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<()> {
    let Some(e) = as_exception(exc) else { return Ok(()) };
    let npos = args.len() - kwnames.len();
    init_keywords(exc, &args[npos..], kwnames)?;
    let pos = &args[..npos];
    if (2..=5).contains(&npos) && exc.ty().body.is_subtype(&OS_ERROR.body) {
        *e.args.lock(exc) = new_tuple(pos[..2].to_vec());
        set_os_fields(exc, pos);
    } else {
        *e.args.lock(exc) = new_tuple(pos.to_vec());
    }
    Ok(())
}

/// `OSError(errno, strerror[, filename[, winerror[, filename2]]])` as CPython builds it:
/// `OSError` itself becomes the subclass for the errno (`OSError(2, ...)` is a
/// `FileNotFoundError`), `args` keeps `(errno, strerror)`, and the attributes are set.
fn new_os_error(t: &'static TypeObject, args: &[Value]) -> Value {
    let mut ty = t;
    if std::ptr::eq(t, &OS_ERROR) {
        if let Some(n) = args[0].as_small_int().and_then(|n| i32::try_from(n).ok()) {
            ty = crate::builtins::io::errno::type_for_errno(n);
        }
    }
    let exc = new_exception(ty, args[..2].to_vec());
    set_os_fields(&exc, args);
    exc
}

/// `errno`, `strerror`, `filename` and `filename2` from OSError's 2 to 5 arguments.
fn set_os_fields(exc: &Value, args: &[Value]) {
    set_extra(exc, "errno", args[0].clone());
    set_extra(exc, "strerror", args[1].clone());
    set_extra(exc, "filename", args.get(2).cloned().unwrap_or_else(none));
    if let Some(f2) = args.get(4) {
        set_extra(exc, "filename2", f2.clone());
    }
}

fn exc_getattr(_vm: &mut Vm, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(e) = as_exception(v) else { return Ok(None) };
    let first_arg = || as_tuple(&e.args.lock(v)).and_then(|t| t.first().cloned()).unwrap_or_else(none);
    if let Some(v) = e.extra.lock(v).iter().find(|(k, _)| *k == name).map(|(_, v)| v.clone()) {
        return Ok(Some(v));
    }
    if let Some(found) = e.dict.lock(v).as_ref().and_then(crate::builtins::dict::as_dict).and_then(|d| d.get_str(name)) {
        return Ok(Some(found));
    }
    if name == "characters_written" && v.ty().body.is_subtype(&OS_ERROR.body) {
        // Set only by BlockingIOError's third argument; CPython's getter raises with the bare name.
        return Err(PyErr::attribute_error("characters_written"));
    }
    Ok(match name {
        "__dict__" => Some(exception_dict(v, e)),
        "args" => Some(e.args.lock(v).clone()),
        "__cause__" => Some(e.cause.lock(v).clone().unwrap_or_else(none)),
        "__context__" => Some(e.context.lock(v).clone().unwrap_or_else(none)),
        "__suppress_context__" => Some(py_bool(e.suppress_context.get())),
        "__traceback__" => Some(e.traceback.lock(v).materialize(_vm).unwrap_or_else(none)),
        "__notes__" if !e.notes.lock(v).is_empty() => Some(crate::builtins::list::new_list(e.notes.lock(v).clone())),
        "value" if v.ty().body.is_subtype(&STOP_ITERATION.body) => Some(first_arg()),
        "msg" if v.ty().body.is_subtype(&SYNTAX_ERROR.body) => Some(first_arg()),
        "filename" | "lineno" | "offset" | "text" | "end_lineno" | "end_offset" if v.ty().body.is_subtype(&SYNTAX_ERROR.body) => {
            let args = e.args.lock(v).clone();
            let details = as_tuple(&args).and_then(|t| t.get(1).cloned());
            let index = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"].iter().position(|n| *n == name).unwrap_or(0);
            Some(details.as_ref().and_then(as_tuple).and_then(|t| t.get(index).cloned()).unwrap_or_else(none))
        }
        "code" if v.ty().body.is_subtype(&SYSTEM_EXIT.body) => {
            let args = e.args.lock(v).clone();
            Some(match as_tuple(&args).map(<[Value]>::len) {
                Some(0) | None => none(),
                Some(1) => first_arg(),
                Some(_) => args,
            })
        }
        _ => member_of_subclass(v, e, name),
    })
}

/// The data attributes (CPython members) specific exception classes define themselves,
/// as `dir()` lists them; [`member_of_subclass`] gives their values.
pub fn exception_data_attributes(t: &'static TypeData) -> &'static [&'static str] {
    let is = |ty: &'static TypeObject| std::ptr::eq(t, &ty.body);
    if is(&BASE_EXCEPTION) {
        &["__cause__", "__context__", "__dict__", "__suppress_context__", "__traceback__", "args"]
    } else if is(&OS_ERROR) {
        &["characters_written", "errno", "filename", "filename2", "strerror"]
    } else if is(&IMPORT_ERROR) {
        &["msg", "name", "name_from", "path"]
    } else if is(&ATTRIBUTE_ERROR) {
        &["name", "obj"]
    } else if is(&NAME_ERROR) {
        &["name"]
    } else if is(&SYNTAX_ERROR) {
        &["end_lineno", "end_offset", "filename", "lineno", "msg", "offset", "print_file_and_line", "text"]
    } else if is(&STOP_ITERATION) {
        &["value"]
    } else if is(&SYSTEM_EXIT) {
        &["code"]
    } else if is(&UNICODE_DECODE_ERROR) || is(&UNICODE_ENCODE_ERROR) || is(&UNICODE_TRANSLATE_ERROR) {
        &["encoding", "end", "object", "reason", "start"]
    } else if crate::builtins::exception_group::GROUP_TYPES.iter().any(|g| is(g)) {
        &["exceptions", "message"]
    } else {
        &[]
    }
}

/// Members of exception subclasses not stored by the runtime (`extra`): derived from
/// `args` as CPython's constructors store them, or None when unset.
fn member_of_subclass(v: &Value, e: &ExceptionData, name: &str) -> Option<Value> {
    let t = &v.ty().body;
    let args = e.args.lock(v).clone();
    let items = as_tuple(&args).map(<[Value]>::to_vec).unwrap_or_default();
    let arg = |i: usize| items.get(i).cloned().unwrap_or_else(none);
    match name {
        "errno" | "strerror" | "filename" | "filename2" if t.is_subtype(&OS_ERROR.body) => {
            if !(2..=5).contains(&items.len()) {
                return Some(none());
            }
            Some(match name {
                "errno" => arg(0),
                "strerror" => arg(1),
                "filename" => arg(2),
                _ if items.len() == 5 => arg(4),
                _ => none(),
            })
        }
        "msg" if t.is_subtype(&IMPORT_ERROR.body) => Some(if items.len() == 1 { arg(0) } else { none() }),
        "name" | "path" | "name_from" if t.is_subtype(&IMPORT_ERROR.body) => Some(none()),
        "name" | "obj" if t.is_subtype(&ATTRIBUTE_ERROR.body) => Some(none()),
        "name" if t.is_subtype(&NAME_ERROR.body) => Some(none()),
        "print_file_and_line" if t.is_subtype(&SYNTAX_ERROR.body) => Some(none()),
        "encoding" | "object" | "start" | "end" | "reason"
            if [&UNICODE_DECODE_ERROR, &UNICODE_ENCODE_ERROR, &UNICODE_TRANSLATE_ERROR].iter().any(|u| t.is_subtype(&u.body)) =>
        {
            let fields: &[&str] = if t.is_subtype(&UNICODE_TRANSLATE_ERROR.body) {
                &["object", "start", "end", "reason"]
            } else {
                &["encoding", "object", "start", "end", "reason"]
            };
            Some(match fields.iter().position(|f| *f == name) {
                Some(i) if items.len() == fields.len() => arg(i),
                _ => none(),
            })
        }
        _ => None,
    }
}

fn exc_setattr(_vm: &mut Vm, v: &Value, name: &str, value: Option<Value>) -> PyResult<()> {
    let e = as_exception(v).ok_or_else(|| PyErr::type_error("expected exception"))?;
    if value.is_none() && name == "__traceback__" {
        return Err(PyErr::type_error("__traceback__ may not be deleted"));
    }
    let deleting = value.is_none();
    let value = value.unwrap_or_else(none);
    match name {
        "__cause__" | "__context__" if !is_none(&value) && as_exception(&value).is_none() => {
            let which = if name == "__cause__" { "cause" } else { "context" };
            return Err(PyErr::type_error(format!("exception {which} must be None or derive from BaseException")));
        }
        "__cause__" => {
            e.suppress_context.set(true);
            *e.cause.lock(v) = if is_none(&value) { None } else { Some(value) };
        }
        "__context__" => *e.context.lock(v) = if is_none(&value) { None } else { Some(value) },
        "__suppress_context__" => e.suppress_context.set(crate::builtins::singletons::as_bool(&value).unwrap_or(true)),
        "args" => *e.args.lock(v) = value,
        "__traceback__" => {
            let tb = crate::builtins::traceback_obj::check_traceback(&value)?;
            let old = std::mem::replace(&mut *e.traceback.lock(v), crate::builtins::traceback_obj::TbRecord::from_head(tb));
            drop(old);
        }
        "__dict__" => {
            if crate::builtins::dict::as_dict(&value).is_none() {
                return Err(PyErr::type_error(format!("__dict__ must be set to a dictionary, not a '{}'", value.ty().body.name)));
            }
            *e.dict.lock(v) = Some(value);
        }
        _ => {
            let d = exception_dict(v, e);
            if let Some(d) = crate::builtins::dict::as_dict(&d) {
                if deleting {
                    if d.remove(_vm, &crate::builtins::str::new_str(name))?.is_none() {
                        return Err(crate::ops::attribute_error(v, name));
                    }
                } else {
                    d.set_str(name, value);
                }
            }
        }
    }
    Ok(())
}

/// The exception's instance dict, created on first use.
fn exception_dict(v: &Value, e: &ExceptionData) -> Value {
    e.dict.lock(v).get_or_insert_with(crate::builtins::dict::new_dict).clone()
}

/// The exception's instance dict if it has one (pickling support).
pub fn exception_dict_if_any(v: &Value) -> Option<Value> {
    as_exception(v).and_then(|e| e.dict.lock(v).clone())
}

/// `BaseException.__setstate__(state)`: sets each attribute of the `state` dict.
pub fn exception_setstate(vm: &mut Vm, v: &Value, state: &Value) -> PyResult<Value> {
    if is_none(state) {
        return Ok(none());
    }
    let Some(d) = crate::builtins::dict::as_dict(state) else {
        return Err(PyErr::type_error("state is not a dictionary"));
    };
    for (k, val) in d.items() {
        let name = crate::builtins::str::as_str(&k).ok_or_else(|| PyErr::type_error("attribute name must be string"))?.to_string();
        exc_setattr(vm, v, &name, Some(val))?;
    }
    Ok(none())
}

/// `exc.with_traceback(tb)`: makes `tb` the traceback (None drops it); frames the
/// exception passes through later are put in front of it.
fn exc_with_traceback(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let e = as_exception(&args[0]).ok_or_else(|| PyErr::type_error("descriptor 'with_traceback' requires a 'BaseException' object"))?;
    if !kwnames.is_empty() || args.len() != 2 {
        return Err(PyErr::type_error(format!("BaseException.with_traceback() takes exactly one argument ({} given)", args.len().saturating_sub(1))));
    }
    let tb = crate::builtins::traceback_obj::check_traceback(&args[1])?;
    let old = std::mem::replace(&mut *e.traceback.lock(&args[0]), crate::builtins::traceback_obj::TbRecord::from_head(tb));
    drop(old);
    Ok(args[0].clone())
}

fn exc_add_note(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let e = as_exception(&args[0]).ok_or_else(|| PyErr::type_error("expected exception"))?;
    let note = args.get(1).ok_or_else(|| PyErr::type_error("add_note() takes exactly one argument (0 given)"))?;
    if as_str(note).is_none() {
        return Err(PyErr::type_error(format!("note must be a str, not '{}'", note.ty().body.name)));
    }
    e.notes.lock(&args[0]).push(note.clone());
    Ok(none())
}

/// Appends a note to an exception (`exc.add_note(text)` from native code).
pub fn add_note_text(exc: &Value, text: &str) {
    if let Some(e) = as_exception(exc) {
        e.notes.lock(exc).push(new_str(text));
    }
}

/// A SyntaxError instance carrying the parser's location details, as CPython builds it:
/// `args = (msg, (filename, lineno, offset, text, end_lineno, end_offset))`.
pub fn syntax_error(e: &braid_parser::SyntaxError) -> PyErr {
    use crate::builtins::int::new_int;
    let opt_int = |v: Option<u32>| v.map_or_else(none, |n| new_int(i64::from(n)));
    let details = new_tuple(vec![
        new_str(&e.filename),
        opt_int(e.lineno),
        opt_int(e.offset),
        e.text.as_deref().map_or_else(none, new_str),
        opt_int(e.end_lineno),
        opt_int(e.end_offset),
    ]);
    let ty = match e.kind.name() {
        "IndentationError" => &INDENTATION_ERROR,
        "TabError" => &TAB_ERROR,
        _ => &SYNTAX_ERROR,
    };
    PyErr { exc: new_exception(ty, vec![new_str(&e.msg), details]) }
}

/// An OSError (or subclass) as CPython builds it from an errno: `args = (errno,
/// strerror)`, with `errno`, `strerror` and `filename` attributes, printed as
/// `[Errno N] strerror: 'filename'`.
pub fn os_error_with(ty: &'static TypeObject, errno: i32, strerror: &str, filename: Option<&str>) -> PyErr {
    let exc = new_exception(ty, vec![crate::builtins::int::new_int(i64::from(errno)), new_str(strerror)]);
    set_extra(&exc, "errno", crate::builtins::int::new_int(i64::from(errno)));
    set_extra(&exc, "strerror", new_str(strerror));
    set_extra(&exc, "filename", filename.map_or_else(none, new_str));
    PyErr { exc }
}
