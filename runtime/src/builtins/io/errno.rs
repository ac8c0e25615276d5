//! OS errors as CPython presents them: the errno picks the `OSError` subclass (the
//! table CPython's `OSError.__new__` uses), and `strerror` is the C library's text for
//! the errno, never Rust's `... (os error N)` rendering.

use crate::builtins::exceptions as exc;
use crate::error::PyErr;
use crate::object::TypeObject;

/// The `OSError` subclass CPython raises for `errno`.
pub fn type_for_errno(errno: i32) -> &'static TypeObject {
    match errno {
        libc::EPERM | libc::EACCES => &exc::PERMISSION_ERROR,
        libc::ENOENT => &exc::FILE_NOT_FOUND_ERROR,
        libc::ESRCH => &exc::PROCESS_LOOKUP_ERROR,
        libc::EINTR => &exc::INTERRUPTED_ERROR,
        libc::ECHILD => &exc::CHILD_PROCESS_ERROR,
        libc::EAGAIN | libc::EALREADY | libc::EINPROGRESS => &exc::BLOCKING_IO_ERROR,
        libc::EEXIST => &exc::FILE_EXISTS_ERROR,
        libc::ENOTDIR => &exc::NOT_A_DIRECTORY_ERROR,
        libc::EISDIR => &exc::IS_A_DIRECTORY_ERROR,
        libc::EPIPE | libc::ESHUTDOWN => &exc::BROKEN_PIPE_ERROR,
        libc::ECONNABORTED => &exc::CONNECTION_ABORTED_ERROR,
        libc::ECONNRESET => &exc::CONNECTION_RESET_ERROR,
        libc::ECONNREFUSED => &exc::CONNECTION_REFUSED_ERROR,
        libc::ETIMEDOUT => &exc::TIMEOUT_ERROR,
        _ => &exc::OS_ERROR,
    }
}

/// The C library's message for `errno` (`No such file or directory`), as `os.strerror`.
pub fn strerror(errno: i32) -> String {
    let mut buf = [0 as libc::c_char; 256];
    // SAFETY: buf is writable for its length; the XSI strerror_r writes a NUL-terminated
    // message into it (truncated if needed) and returns 0 on success.
    let rc = unsafe { libc::strerror_r(errno, buf.as_mut_ptr(), buf.len()) };
    if rc != 0 {
        return format!("Unknown error {errno}");
    }
    // SAFETY: strerror_r succeeded, so buf holds a NUL-terminated string.
    unsafe { std::ffi::CStr::from_ptr(buf.as_ptr()) }
        .to_string_lossy()
        .into_owned()
}

/// The `OSError` (subclass chosen by errno) for an OS error number, with `filename`.
pub fn from_errno(errno: i32, filename: Option<&str>) -> PyErr {
    exc::os_error_with(type_for_errno(errno), errno, &strerror(errno), filename)
}

/// The `OSError` for a failed `std::io` operation.
pub fn from_io(e: &std::io::Error, filename: Option<&str>) -> PyErr {
    match e.raw_os_error() {
        Some(n) => from_errno(n, filename),
        None => PyErr::new(&exc::OS_ERROR, e.to_string()),
    }
}

/// The `OSError` for the last failed libc call (`errno`).
pub fn last_os_error(filename: Option<&str>) -> PyErr {
    from_errno(errno(), filename)
}

/// The calling thread's `errno`.
pub fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strerror_texts_are_the_c_library_ones() {
        assert_eq!(strerror(libc::ENOENT), "No such file or directory");
        assert_eq!(strerror(libc::ENOSPC), "No space left on device");
        assert_eq!(strerror(libc::EPIPE), "Broken pipe");
    }

    #[test]
    fn errno_picks_the_subclass() {
        assert!(std::ptr::eq(
            type_for_errno(libc::ENOENT),
            &exc::FILE_NOT_FOUND_ERROR
        ));
        assert!(std::ptr::eq(
            type_for_errno(libc::EPIPE),
            &exc::BROKEN_PIPE_ERROR
        ));
        assert!(std::ptr::eq(type_for_errno(libc::ENOSPC), &exc::OS_ERROR));
    }
}
