"""The os module: braid's Python layer over the native `posix` module.

The system calls are native (runtime/src/modules/os/); this file gives them CPython's
shapes: os.environ as a mapping that writes through to the process environment,
stat_result and DirEntry objects, scandir as a context manager, walk, makedirs, and
os.path (the posixpath module).
"""

import sys
import posix
from posix import (getcwd, getcwdb, chdir, listdir, mkdir, rmdir, remove, unlink, rename,
                   replace, access, readlink, symlink, chmod, getpid, getppid, getuid,
                   getgid, cpu_count, urandom, strerror, putenv, unsetenv, isatty, umask,
                   _exit, confstr, confstr_names, F_OK, R_OK, W_OK, X_OK)
from _structseq import structseq as _structseq
import abc as _abc

name = "posix"
linesep = "\n"
curdir = "."
pardir = ".."
extsep = "."
sep = "/"
pathsep = ":"
defpath = "/bin:/usr/bin"
altsep = None
devnull = "/dev/null"
error = OSError
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
supports_bytes_environ = True


def fspath(path):
    """The str or bytes form of a path: path itself, or what its __fspath__ returns."""
    if isinstance(path, (str, bytes)):
        return path
    kind = type(path)
    try:
        method = kind.__fspath__
    except AttributeError:
        raise TypeError("expected str, bytes or os.PathLike object, not " + kind.__name__) from None
    result = method(path)
    if isinstance(result, (str, bytes)):
        return result
    raise TypeError(f"expected {kind.__name__}.__fspath__() to return str or bytes, "
                    f"not {type(result).__name__}")


class PathLike(_abc.ABC):
    """The ABC of objects with __fspath__."""

    @_abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, "__fspath__")
        return NotImplemented


def fsencode(filename):
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode("utf-8", "surrogateescape")
    return filename


def fsdecode(filename):
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode("utf-8", "surrogateescape")
    return filename


def get_exec_path(env=None):
    if env is None:
        env = environ
    return env.get("PATH", "/bin:/usr/bin").split(":")


def process_cpu_count():
    return cpu_count()


# --- os.environ ---------------------------------------------------------------------

from collections.abc import MutableMapping as _MutableMapping


def _check_env_str(value):
    if not isinstance(value, str):
        raise TypeError("str expected, not %s" % type(value).__name__)
    return value


class _Environ(_MutableMapping):
    """The process environment as a mapping: setting and deleting keys calls
    putenv/unsetenv, so child processes and C code see the change."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            return self._data[_check_env_str(key)]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        _check_env_str(key)
        _check_env_str(value)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        _check_env_str(key)
        unsetenv(key)
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return isinstance(key, str) and key in self._data

    def __repr__(self):
        items = ", ".join(f"{k!r}: {v!r}" for k, v in self._data.items())
        return f"environ({{{items}}})"

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        new = dict(self._data)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        new = dict(other)
        new.update(self._data)
        return new


environ = _Environ(dict(posix._environ()))


def getenv(key, default=None):
    """environ.get(key, default)."""
    return environ.get(key, default)


# --- stat ---------------------------------------------------------------------------


class stat_result(_structseq):
    """The result of os.stat: a 10-tuple (int times) with st_* attributes (float times,
    nanosecond times, block size...)."""

    _visible = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
                "st_atime", "st_mtime", "st_ctime")
    _extra = ("st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns",
              "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev")
    _reprname = "os.stat_result"
    n_unnamed_fields = 3

    def __new__(cls, sequence, dict=None):
        self = super().__new__(cls, sequence, dict)
        extra = list(self._extra_values)
        for i in range(3):
            if extra[i] is None:
                extra[i] = self[7 + i]
        self._extra_values = tuple(extra)
        return self


def _make_stat(fields):
    mode, ino, dev, nlink, uid, gid, size, at, mt, ct, at_ns, mt_ns, ct_ns, blksize, blocks, rdev = fields
    floats = [s + (ns - s * 1_000_000_000) * 1e-9 for s, ns in ((at, at_ns), (mt, mt_ns), (ct, ct_ns))]
    return stat_result((mode, ino, dev, nlink, uid, gid, size, at, mt, ct,
                        floats[0], floats[1], floats[2], at_ns, mt_ns, ct_ns, blksize, blocks, rdev))


def stat(path, *, dir_fd=None, follow_symlinks=True):
    """Metadata of a file (following symbolic links unless follow_symlinks is false)."""
    if dir_fd is not None:
        raise NotImplementedError("stat(): dir_fd is not supported by braid")
    return _make_stat(posix._stat(path, follow_symlinks))


def lstat(path, *, dir_fd=None):
    """Metadata of a file, not following a final symbolic link."""
    if dir_fd is not None:
        raise NotImplementedError("lstat(): dir_fd is not supported by braid")
    return _make_stat(posix._stat(path, False))


def fstat(fd):
    if not isinstance(fd, int):
        raise TypeError(f"'{type(fd).__name__}' object cannot be interpreted as an integer")
    return _make_stat(posix._stat(fd, True))


# --- scandir ------------------------------------------------------------------------

_DT_DIR, _DT_REG, _DT_LNK = 1, 2, 3


class DirEntry:
    """One entry of scandir(): name and path, with is_dir()/is_file() answered from the
    directory listing when it says, and stat() cached."""

    __slots__ = ("name", "path", "_kind", "_ino", "_stat", "_lstat")

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 'posix.DirEntry' instances")

    @classmethod
    def _new(cls, directory, name, kind, ino):
        self = object.__new__(cls)
        self.name = name
        self.path = path.join(directory, name)
        self._kind = kind
        self._ino = ino
        self._stat = None
        self._lstat = None
        return self

    def inode(self):
        return self._ino

    def is_symlink(self):
        if self._kind:
            return self._kind == _DT_LNK
        return path.islink(self.path)

    def _is(self, kind, test, follow_symlinks):
        if self._kind and self._kind != _DT_LNK:
            return self._kind == kind
        if self._kind == _DT_LNK and not follow_symlinks:
            return False
        try:
            st = self.stat(follow_symlinks=follow_symlinks)
        except FileNotFoundError:
            return False
        return test(st.st_mode)

    def is_dir(self, *, follow_symlinks=True):
        import stat as _st
        return self._is(_DT_DIR, _st.S_ISDIR, follow_symlinks)

    def is_file(self, *, follow_symlinks=True):
        import stat as _st
        return self._is(_DT_REG, _st.S_ISREG, follow_symlinks)

    def is_junction(self):
        return False

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            if self._stat is None:
                self._stat = stat(self.path)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return f"<DirEntry {self.name!r}>"


class _ScandirIterator:
    """The iterator scandir() returns; also a context manager (close() ends it)."""

    def __init__(self, directory, entries):
        self._directory = directory
        self._entries = iter(entries)

    def __iter__(self):
        return self

    def __next__(self):
        name, kind, ino = next(self._entries)
        return DirEntry._new(self._directory, name, kind, ino)

    def close(self):
        self._entries = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


def scandir(path=None):
    """An iterator of DirEntry objects for the entries of a directory."""
    is_bytes, entries = posix._scandir(path)
    if path is None:
        directory = "."
    else:
        directory = fspath(path)
    return _ScandirIterator(directory, entries)


# --- walking and making trees -------------------------------------------------------


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Yields (dirpath, dirnames, filenames) for top and each directory below it;
    top-down, the caller may prune dirnames in place."""
    stack = [fspath(top)]
    while stack:
        top = stack.pop()
        if isinstance(top, tuple):
            yield top
            continue
        dirs = []
        nondirs = []
        walk_into = []
        try:
            it = scandir(top)
        except OSError as error:
            if onerror is not None:
                onerror(error)
            continue
        with it:
            while True:
                try:
                    entry = next(it)
                except StopIteration:
                    break
                except OSError as error:
                    if onerror is not None:
                        onerror(error)
                    break
                try:
                    is_dir = entry.is_dir()
                except OSError:
                    is_dir = False
                if is_dir:
                    dirs.append(entry.name)
                else:
                    nondirs.append(entry.name)
                if not topdown and is_dir:
                    if followlinks:
                        walk_into.append(entry.path)
                    else:
                        try:
                            link = entry.is_symlink()
                        except OSError:
                            link = False
                        if not link:
                            walk_into.append(entry.path)
        if topdown:
            yield top, dirs, nondirs
            for d in reversed(dirs):
                new_path = path.join(top, d)
                if followlinks or not path.islink(new_path):
                    stack.append(new_path)
        else:
            stack.append((top, dirs, nondirs))
            for new_path in reversed(walk_into):
                stack.append(new_path)


def makedirs(name, mode=0o777, exist_ok=False):
    """mkdir with every missing parent; exist_ok=True accepts an existing directory."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = bytes(curdir, "ASCII")
        if tail == cdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """rmdir name, then each parent as long as it is empty."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    """rename, creating the new parents and removing the emptied old ones."""
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


# --- terminal and system ------------------------------------------------------------


class terminal_size(_structseq):
    """(columns, lines) of a terminal."""

    _visible = ("columns", "lines")
    _reprname = "os.terminal_size"


def get_terminal_size(fd=1):
    """The size of the terminal on fd (OSError when fd is not a terminal)."""
    return terminal_size(posix._terminal_size(fd))


class uname_result(_structseq):
    _visible = ("sysname", "nodename", "release", "version", "machine")
    _reprname = "posix.uname_result"


def uname():
    return uname_result(posix._uname())


# os.path is posixpath; imported last because posixpath imports os.
import posixpath as path

sys.modules["os.path"] = path
