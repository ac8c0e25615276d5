//! I/O objects: files from `open()` (`file`), `sys.stdin`/`stdout`/`stderr` (`stdio`), and
//! the stdout buffer `print` and `sys.stdout` share (`stdout_buf`).

pub mod file;
pub mod stdio;
pub mod stdout_buf;
