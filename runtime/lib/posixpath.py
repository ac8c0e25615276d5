"""os.path for POSIX systems: pure string operations on paths, plus the few queries
(exists, isdir, getsize, realpath...) that ask the file system through os.stat.

Every function takes str, bytes or an os.PathLike and answers in the same kind; mixing
str and bytes raises CPython's TypeError.
"""

import os
import stat as _stat

__all__ = ["normcase", "isabs", "join", "splitdrive", "splitroot", "split", "splitext",
           "basename", "dirname", "commonprefix", "getsize", "getmtime", "getatime",
           "getctime", "islink", "exists", "lexists", "isdir", "isfile", "ismount",
           "expanduser", "expandvars", "normpath", "abspath", "samefile", "sameopenfile",
           "samestat", "curdir", "pardir", "sep", "pathsep", "defpath", "altsep",
           "extsep", "devnull", "realpath", "supports_unicode_filenames", "relpath",
           "commonpath", "isjunction", "isdevdrive"]

curdir = "."
pardir = ".."
extsep = "."
sep = "/"
pathsep = ":"
defpath = "/bin:/usr/bin"
altsep = None
devnull = "/dev/null"
supports_unicode_filenames = False


def _seps(p):
    """(sep, curdir, pardir, empty) in the kind of p."""
    if isinstance(p, bytes):
        return b"/", b".", b"..", b""
    return "/", ".", "..", ""


def _check_arg_types(funcname, *args):
    has_str = has_bytes = False
    for s in args:
        if isinstance(s, str):
            has_str = True
        elif isinstance(s, bytes):
            has_bytes = True
        else:
            raise TypeError(f"{funcname}() argument must be str, bytes, or "
                            f"os.PathLike object, not {type(s).__name__!r}") from None
    if has_str and has_bytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


def _path(p, funcname):
    try:
        return os.fspath(p)
    except TypeError:
        _check_arg_types(funcname, p)
        raise


def normcase(s):
    """Case is significant on POSIX: the path unchanged."""
    return os.fspath(s)


def isabs(s):
    s = os.fspath(s)
    return s.startswith(_seps(s)[0])


def join(a, *p):
    """Joins components; an absolute component discards everything before it."""
    a = _path(a, "join")
    parts = [_path(b, "join") for b in p]
    _check_arg_types("join", a, *parts)
    slash = _seps(a)[0]
    path = a
    for b in parts:
        if b.startswith(slash):
            path = b
        elif not path or path.endswith(slash):
            path += b
        else:
            path += slash + b
    return path


def splitdrive(p):
    p = os.fspath(p)
    return p[:0], p


def splitroot(p):
    """(drive, root, tail): root is '', '/' or '//' (exactly two slashes are kept)."""
    p = os.fspath(p)
    slash, _, _, empty = _seps(p)
    if not p.startswith(slash):
        return empty, empty, p
    if not p[1:2] == slash or p[2:3] == slash:
        return empty, slash, p[1:]
    return empty, p[:2], p[2:]


def split(p):
    """(head, tail): tail is after the last slash; head loses its trailing slashes
    unless it is all slashes."""
    p = _path(p, "split")
    slash = _seps(p)[0]
    i = p.rfind(slash) + 1
    head, tail = p[:i], p[i:]
    if head and head != slash * len(head):
        head = head.rstrip(slash)
    return head, tail


def splitext(p):
    """(root, ext): ext starts at the last dot of the last component, unless the
    component only has leading dots ('.bashrc' has no extension)."""
    p = _path(p, "splitext")
    slash = _seps(p)[0]
    dot = b"." if isinstance(p, bytes) else "."
    sep_index = p.rfind(slash)
    dot_index = p.rfind(dot)
    if dot_index > sep_index:
        i = sep_index + 1
        while i < dot_index:
            if p[i:i + 1] != dot:
                return p[:dot_index], p[dot_index:]
            i += 1
    return p, p[:0]


def basename(p):
    p = _path(p, "basename")
    return p[p.rfind(_seps(p)[0]) + 1:]


def dirname(p):
    p = _path(p, "dirname")
    slash = _seps(p)[0]
    head = p[:p.rfind(slash) + 1]
    if head and head != slash * len(head):
        head = head.rstrip(slash)
    return head


def commonprefix(m):
    """The longest common leading string of the items (character by character)."""
    if not m:
        return ""
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    lo = min(m)
    hi = max(m)
    for i, c in enumerate(lo):
        if c != hi[i]:
            return lo[:i]
    return lo


def commonpath(paths):
    """The longest common sub-path of the paths, by whole components."""
    paths = tuple(map(os.fspath, paths))
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    _check_arg_types("commonpath", *paths)
    slash, cur, _, empty = _seps(paths[0])
    split_paths = [p.split(slash) for p in paths]
    absolute = {p.startswith(slash) for p in paths}
    if len(absolute) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in s if c and c != cur] for s in split_paths]
    lo = min(split_paths)
    hi = max(split_paths)
    common = lo
    for i, c in enumerate(lo):
        if c != hi[i]:
            common = lo[:i]
            break
    prefix = slash if absolute.pop() else empty
    return prefix + slash.join(common)


def getsize(filename):
    return os.stat(filename).st_size


def getmtime(filename):
    return os.stat(filename).st_mtime


def getatime(filename):
    return os.stat(filename).st_atime


def getctime(filename):
    return os.stat(filename).st_ctime


def _stat_or_none(path, follow=True):
    try:
        return os.stat(path, follow_symlinks=follow)
    except (OSError, ValueError):
        return None


def exists(path):
    return _stat_or_none(path) is not None


def lexists(path):
    return _stat_or_none(path, False) is not None


def isdir(s):
    st = _stat_or_none(s)
    return st is not None and _stat.S_ISDIR(st.st_mode)


def isfile(path):
    st = _stat_or_none(path)
    return st is not None and _stat.S_ISREG(st.st_mode)


def islink(path):
    st = _stat_or_none(path, False)
    return st is not None and _stat.S_ISLNK(st.st_mode)


def isjunction(path):
    os.fspath(path)
    return False


def isdevdrive(path):
    os.fspath(path)
    return False


def ismount(path):
    """Whether path is a mount point: its parent is on another device, or is itself."""
    st = _stat_or_none(path, False)
    if st is None or _stat.S_ISLNK(st.st_mode):
        return False
    path = os.fspath(path)
    parent = join(path, _seps(path)[2])
    pst = _stat_or_none(parent, False)
    if pst is None:
        return False
    return st.st_dev != pst.st_dev or st.st_ino == pst.st_ino


def samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    return samestat(os.fstat(fp1), os.fstat(fp2))


def _home_of(user):
    """The home directory of user from /etc/passwd, or None."""
    try:
        with open("/etc/passwd", encoding="utf-8", errors="replace") as f:
            for line in f:
                fields = line.rstrip("\n").split(":")
                if len(fields) >= 6 and fields[0] == user:
                    return fields[5]
    except OSError:
        pass
    return None


def expanduser(path):
    """'~' and '~user' at the start become the home directory ($HOME for '~')."""
    path = os.fspath(path)
    is_bytes = isinstance(path, bytes)
    tilde = b"~" if is_bytes else "~"
    if not path.startswith(tilde):
        return path
    slash = _seps(path)[0]
    i = path.find(slash, 1)
    if i < 0:
        i = len(path)
    if i == 1:
        home = os.environ.get("HOME")
        if home is None:
            import posix
            home = _home_of_uid(posix.getuid())
            if home is None:
                return path
    else:
        name = path[1:i]
        if is_bytes:
            name = name.decode("utf-8", "surrogateescape")
        home = _home_of(name)
        if home is None:
            return path
    if is_bytes:
        home = home.encode("utf-8", "surrogateescape")
    home = home.rstrip(slash)
    return (home + path[i:]) or slash


def _home_of_uid(uid):
    try:
        with open("/etc/passwd", encoding="utf-8", errors="replace") as f:
            for line in f:
                fields = line.rstrip("\n").split(":")
                if len(fields) >= 6 and fields[2] == str(uid):
                    return fields[5]
    except OSError:
        pass
    return None


def _is_name_char(c):
    return c.isascii() and (c.isalnum() or c == "_")


def expandvars(path):
    """$name and ${name} become the environment variable's value; unknown names and
    malformed references stay as they are."""
    path = os.fspath(path)
    if isinstance(path, bytes):
        return expandvars(path.decode("utf-8", "surrogateescape")).encode("utf-8", "surrogateescape")
    if "$" not in path:
        return path
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c != "$":
            out.append(c)
            i += 1
            continue
        if path[i + 1:i + 2] == "{":
            end = path.find("}", i + 2)
            if end < 0:
                out.append(path[i:])
                break
            name = path[i + 2:end]
            nxt = end + 1
        else:
            j = i + 1
            while j < n and _is_name_char(path[j]):
                j += 1
            name = path[i + 1:j]
            nxt = j
        if name and name in os.environ:
            out.append(os.environ[name])
        else:
            out.append(path[i:nxt] if nxt > i + 1 else "$")
        i = max(nxt, i + 1)
    return "".join(out)


def normpath(path):
    """Collapses 'a//b', 'a/./b' and 'a/x/../b' to 'a/b' without looking at the disk."""
    path = _path(path, "normpath")
    slash, cur, par, empty = _seps(path)
    if path == empty:
        return cur
    _, initial, rest = splitroot(path)
    comps = []
    for comp in rest.split(slash):
        if comp == empty or comp == cur:
            continue
        if comp != par or (not initial and not comps) or (comps and comps[-1] == par):
            comps.append(comp)
        elif comps:
            comps.pop()
    return (initial + slash.join(comps)) or cur


def abspath(path):
    path = _path(path, "abspath")
    if not isabs(path):
        cwd = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """The canonical path: absolute, with every symbolic link resolved."""
    filename = _path(filename, "realpath")
    slash, cur, par, empty = _seps(filename)
    path = _resolve(empty, filename, strict, {})
    return abspath(path)


def _resolve(path, rest, strict, seen):
    slash, cur, par, empty = _seps(rest)
    if rest.startswith(slash):
        rest = rest[1:]
        path = slash
    for name in rest.split(slash):
        if not name or name == cur:
            continue
        if name == par:
            if path:
                head, tail = split(path)
                path = join(head, par, par) if tail == par else head
            else:
                path = par
            continue
        newpath = join(path, name)
        try:
            st = os.lstat(newpath)
        except OSError:
            if strict:
                raise
            path = newpath
            continue
        if not _stat.S_ISLNK(st.st_mode):
            path = newpath
            continue
        if newpath in seen:
            known = seen[newpath]
            if known is not None:
                path = known
                continue
            if strict:
                os.stat(newpath)
            path = newpath
            continue
        seen[newpath] = None
        path = _resolve(path, os.readlink(newpath), strict, seen)
        seen[newpath] = path
    return path


def relpath(path, start=None):
    """path relative to start (default: the current directory)."""
    path = os.fspath(path)
    if not path:
        raise ValueError("no path specified")
    slash, cur, par, empty = _seps(path)
    if start is None:
        start = cur
    else:
        start = os.fspath(start)
    _check_arg_types("relpath", path, start)
    start_list = [x for x in abspath(start).split(slash) if x]
    path_list = [x for x in abspath(path).split(slash) if x]
    i = len(commonprefix([start_list, path_list]))
    rel = [par] * (len(start_list) - i) + path_list[i:]
    if not rel:
        return cur
    return join(*rel)
