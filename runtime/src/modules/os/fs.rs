//! File-system calls of `posix`: directories, names, metadata.

use std::os::unix::fs::{MetadataExt, PermissionsExt};

use super::{name_value, os_error, path_arg, PathArg, PATH_LIKE};
use crate::builtins::int::{as_int, new_int, IntRef};
use crate::builtins::list::new_list;
use crate::builtins::singletons::{is_none, none, py_bool};
use crate::builtins::tuple::new_tuple;
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::modules::args;
use crate::object::Value;

fn one_path(vm: &mut Vm, name: &str, args_: &[Value], kw: &[Value]) -> PyResult<PathArg> {
    let p = args::bind(name, args_, kw, &["path"], 0, 1, 1)?;
    path_arg(vm, name, p[0].as_ref().expect("required"), PATH_LIKE)
}

fn int_arg(v: &Value) -> PyResult<i64> {
    match as_int(v) {
        Some(IntRef::Small(i)) => Ok(i),
        Some(IntRef::Big(_)) => Err(PyErr::overflow_error(
            "Python int too large to convert to C int",
        )),
        None => Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            v.ty().body.name
        ))),
    }
}

/// `getcwd()`.
pub fn getcwd(_vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    args::positional("getcwd", a, kw, 0, 0)?;
    let d = std::env::current_dir().map_err(|e| crate::builtins::io::errno::from_io(&e, None))?;
    Ok(name_value(d.as_os_str(), false))
}

/// `getcwdb()`.
pub fn getcwdb(_vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    args::positional("getcwdb", a, kw, 0, 0)?;
    let d = std::env::current_dir().map_err(|e| crate::builtins::io::errno::from_io(&e, None))?;
    Ok(name_value(d.as_os_str(), true))
}

/// `chdir(path)`.
pub fn chdir(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = one_path(vm, "chdir", a, kw)?;
    std::env::set_current_dir(&p.path).map_err(|e| os_error(&e, &p, None))?;
    Ok(none())
}

/// The directory argument of `listdir`/`scandir`: `None` or absent is `'.'`.
fn dir_arg(vm: &mut Vm, name: &str, a: &[Value], kw: &[Value]) -> PyResult<PathArg> {
    let p = args::bind(name, a, kw, &["path"], 0, 1, 0)?;
    match &p[0] {
        None => Ok(PathArg {
            path: ".".into(),
            bytes: false,
            value: crate::builtins::str::new_str("."),
        }),
        Some(v) if is_none(v) => Ok(PathArg {
            path: ".".into(),
            bytes: false,
            value: crate::builtins::str::new_str("."),
        }),
        Some(v) if as_int(v).is_some() => Err(PyErr::new(
            &crate::builtins::exceptions::NOT_IMPLEMENTED_ERROR,
            format!("{name}() of a file descriptor is not supported by braid"),
        )),
        Some(v) => path_arg(vm, name, v, "string, bytes, os.PathLike, integer or None"),
    }
}

/// `listdir(path='.')`: the names in directory order, without `.` and `..`.
pub fn listdir(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = dir_arg(vm, "listdir", a, kw)?;
    let rd = std::fs::read_dir(&p.path).map_err(|e| os_error(&e, &p, None))?;
    let mut out = Vec::new();
    for entry in rd {
        let entry = entry.map_err(|e| os_error(&e, &p, None))?;
        out.push(name_value(&entry.file_name(), p.bytes));
    }
    Ok(new_list(out))
}

/// `_scandir(path='.')`: `(name, kind, inode)` per entry, kind being what the directory
/// entry itself says (`d_type`): 1 directory, 2 regular file, 3 symlink, 0 other; `os.py`
/// builds the `DirEntry` objects.
pub fn scandir(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    use std::os::unix::fs::DirEntryExt;
    let p = dir_arg(vm, "scandir", a, kw)?;
    let rd = std::fs::read_dir(&p.path).map_err(|e| os_error(&e, &p, None))?;
    let mut out = Vec::new();
    for entry in rd {
        let entry = entry.map_err(|e| os_error(&e, &p, None))?;
        let kind = match entry.file_type() {
            Ok(t) if t.is_symlink() => 3,
            Ok(t) if t.is_dir() => 1,
            Ok(t) if t.is_file() => 2,
            _ => 0,
        };
        out.push(new_tuple(vec![
            name_value(&entry.file_name(), p.bytes),
            new_int(kind),
            crate::builtins::int::new_bigint(entry.ino().into()),
        ]));
    }
    Ok(new_tuple(vec![py_bool(p.bytes), new_list(out)]))
}

/// `mkdir(path, mode=0o777)`.
pub fn mkdir(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    use std::os::unix::fs::DirBuilderExt;
    let p = args::bind("mkdir", a, kw, &["path", "mode"], 0, 2, 1)?;
    let path = path_arg(vm, "mkdir", p[0].as_ref().expect("required"), PATH_LIKE)?;
    let mode = match &p[1] {
        Some(m) => int_arg(m)?,
        None => 0o777,
    };
    std::fs::DirBuilder::new()
        .mode(mode as u32)
        .create(&path.path)
        .map_err(|e| os_error(&e, &path, None))?;
    Ok(none())
}

/// `rmdir(path)`.
pub fn rmdir(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = one_path(vm, "rmdir", a, kw)?;
    std::fs::remove_dir(&p.path).map_err(|e| os_error(&e, &p, None))?;
    Ok(none())
}

/// `remove(path)` and `unlink(path)`.
pub fn unlink(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = one_path(vm, "remove", a, kw)?;
    std::fs::remove_file(&p.path).map_err(|e| os_error(&e, &p, None))?;
    Ok(none())
}

/// `rename(src, dst)` and `replace(src, dst)` (the same `rename(2)` on POSIX).
pub fn rename(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = args::bind("rename", a, kw, &["src", "dst"], 0, 2, 2)?;
    let src = path_arg(vm, "rename", p[0].as_ref().expect("required"), PATH_LIKE)?;
    let dst = path_arg(vm, "rename", p[1].as_ref().expect("required"), PATH_LIKE)?;
    std::fs::rename(&src.path, &dst.path).map_err(|e| os_error(&e, &src, Some(&dst)))?;
    Ok(none())
}

/// `_stat(path_or_fd, follow_symlinks)`: the fields of `os.stat_result` as a tuple
/// (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime, atime_ns, mtime_ns,
/// ctime_ns, blksize, blocks, rdev), seconds as ints.
pub fn stat(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = args::positional("_stat", a, kw, 2, 2)?;
    let follow = crate::ops::truthy(vm, &p[1])?;
    let md = if let Some(IntRef::Small(fd)) = as_int(&p[0]) {
        let fd =
            i32::try_from(fd).map_err(|_| PyErr::overflow_error("fd is greater than maximum"))?;
        // SAFETY: fstat writes one `struct stat` through a valid pointer; a bad fd is
        // reported through errno.
        let mut st: libc::stat = unsafe { std::mem::zeroed() };
        // SAFETY: as above.
        if unsafe { libc::fstat(fd, &mut st) } != 0 {
            return Err(crate::builtins::io::errno::last_os_error(None));
        }
        return Ok(stat_tuple(&StatFields::from_libc(&st)));
    } else {
        let path = path_arg(vm, "stat", &p[0], "string, bytes, os.PathLike or integer")?;
        let r = if follow {
            std::fs::metadata(&path.path)
        } else {
            std::fs::symlink_metadata(&path.path)
        };
        r.map_err(|e| os_error(&e, &path, None))?
    };
    Ok(stat_tuple(&StatFields::from_metadata(&md)))
}

struct StatFields([i128; 16]);

impl StatFields {
    fn from_metadata(m: &std::fs::Metadata) -> Self {
        let ns = |s: i64, n: i64| i128::from(s) * 1_000_000_000 + i128::from(n);
        StatFields([
            m.mode().into(),
            m.ino().into(),
            m.dev().into(),
            m.nlink().into(),
            m.uid().into(),
            m.gid().into(),
            m.size().into(),
            m.atime().into(),
            m.mtime().into(),
            m.ctime().into(),
            ns(m.atime(), m.atime_nsec()),
            ns(m.mtime(), m.mtime_nsec()),
            ns(m.ctime(), m.ctime_nsec()),
            m.blksize().into(),
            m.blocks().into(),
            m.rdev().into(),
        ])
    }

    fn from_libc(st: &libc::stat) -> Self {
        let ns = |s: i64, n: i64| i128::from(s) * 1_000_000_000 + i128::from(n);
        #[allow(clippy::unnecessary_cast, clippy::useless_conversion)]
        StatFields([
            i128::from(st.st_mode),
            i128::from(st.st_ino),
            i128::from(st.st_dev),
            i128::from(st.st_nlink as u64),
            i128::from(st.st_uid),
            i128::from(st.st_gid),
            i128::from(st.st_size),
            i128::from(st.st_atime),
            i128::from(st.st_mtime),
            i128::from(st.st_ctime),
            ns(st.st_atime, st.st_atime_nsec),
            ns(st.st_mtime, st.st_mtime_nsec),
            ns(st.st_ctime, st.st_ctime_nsec),
            i128::from(st.st_blksize as i64),
            i128::from(st.st_blocks as i64),
            i128::from(st.st_rdev),
        ])
    }
}

fn stat_tuple(f: &StatFields) -> Value {
    new_tuple(
        f.0.iter()
            .map(|&x| match i64::try_from(x) {
                Ok(i) => new_int(i),
                Err(_) => crate::builtins::int::new_bigint(x.into()),
            })
            .collect(),
    )
}

/// `access(path, mode)`.
pub fn access(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = args::bind("access", a, kw, &["path", "mode"], 0, 2, 2)?;
    let path = path_arg(
        vm,
        "access",
        p[0].as_ref().expect("required"),
        "string, bytes, os.PathLike or integer",
    )?;
    let mode = int_arg(p[1].as_ref().expect("required"))?;
    let c = std::ffi::CString::new(std::os::unix::ffi::OsStrExt::as_bytes(
        path.path.as_os_str(),
    ))
    .map_err(|_| PyErr::value_error("access: embedded null character in path"))?;
    // SAFETY: c is a valid NUL-terminated path; access only reads it.
    let rc = unsafe { libc::access(c.as_ptr(), mode as i32) };
    Ok(py_bool(rc == 0))
}

/// `readlink(path)`.
pub fn readlink(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = one_path(vm, "readlink", a, kw)?;
    let target = std::fs::read_link(&p.path).map_err(|e| os_error(&e, &p, None))?;
    Ok(name_value(target.as_os_str(), p.bytes))
}

/// `symlink(src, dst)`.
pub fn symlink(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = args::bind(
        "symlink",
        a,
        kw,
        &["src", "dst", "target_is_directory"],
        0,
        3,
        2,
    )?;
    let src = path_arg(vm, "symlink", p[0].as_ref().expect("required"), PATH_LIKE)?;
    let dst = path_arg(vm, "symlink", p[1].as_ref().expect("required"), PATH_LIKE)?;
    std::os::unix::fs::symlink(&src.path, &dst.path).map_err(|e| os_error(&e, &src, Some(&dst)))?;
    Ok(none())
}

/// `chmod(path, mode)`.
pub fn chmod(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = args::bind("chmod", a, kw, &["path", "mode"], 0, 2, 2)?;
    let path = path_arg(
        vm,
        "chmod",
        p[0].as_ref().expect("required"),
        "string, bytes, os.PathLike or integer",
    )?;
    let mode = int_arg(p[1].as_ref().expect("required"))?;
    std::fs::set_permissions(&path.path, std::fs::Permissions::from_mode(mode as u32))
        .map_err(|e| os_error(&e, &path, None))?;
    Ok(none())
}
