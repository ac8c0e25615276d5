"""The platform module: what interpreter this is and what system it runs on.

The system facts come from uname(2) and confstr (os.uname, os.confstr); the interpreter
facts from sys. python_implementation() is 'braid', the name sys.implementation gives
(CPython answers 'CPython', PyPy 'PyPy'): scripts that compare it with 'CPython' learn
the truth.
"""

import os
import sys
from collections import namedtuple as _namedtuple

__version__ = "1.0.9"


def python_implementation():
    """The interpreter's name: 'braid'."""
    return sys.implementation.name


def python_version():
    """'major.minor.patchlevel' of the Python language implemented."""
    return "%d.%d.%d" % tuple(sys.version_info[:3])


def python_version_tuple():
    return tuple(str(x) for x in sys.version_info[:3])


def _version_bracket():
    v = sys.version
    i = v.find("[")
    j = v.find("]", i + 1)
    return v[i + 1:j] if i >= 0 and j > i else ""


def python_compiler():
    """What compiled the interpreter, as sys.version says ('rustc')."""
    return _version_bracket()


def python_build():
    """(build number, build date): braid records neither, so both are ''."""
    return ("", "")


def python_branch():
    return ""


def python_revision():
    return ""


_uname_cache = None


class uname_result(_namedtuple("uname_result", "system node release version machine")):
    """os.uname's answer with `processor`, as platform.uname() gives it."""

    _fields = ("system", "node", "release", "version", "machine", "processor")

    @property
    def processor(self):
        return processor()

    def __iter__(self):
        return iter(super().__getitem__(slice(None)) + (self.processor,))

    def __len__(self):
        return 6

    def __getitem__(self, key):
        return tuple(iter(self))[key]


def uname():
    """(system, node, release, version, machine) plus .processor."""
    global _uname_cache
    if _uname_cache is None:
        u = os.uname()
        _uname_cache = uname_result(u.sysname, u.nodename, u.release, u.version, u.machine)
    return _uname_cache


def system():
    return uname()[0]


def node():
    return uname()[1]


def release():
    return uname()[2]


def version():
    return uname()[3]


def machine():
    return uname()[4]


def processor():
    """'' on Linux, where `uname -p` (CPython's source for it) says 'unknown'."""
    return ""


def architecture(executable=sys.executable, bits="", linkage=""):
    """(bits, linkage) of the interpreter: ('64bit', 'ELF') on 64-bit Linux."""
    if not bits:
        bits = "64bit" if sys.maxsize > 2**32 else "32bit"
    if not linkage and sys.platform.startswith("linux"):
        linkage = "ELF"
    return bits, linkage


def libc_ver(executable=None, lib="", version="", chunksize=16384):
    """(lib, version) of the C library the interpreter runs on: ('glibc', '2.36')."""
    try:
        answer = os.confstr("CS_GNU_LIBC_VERSION")
    except (ValueError, OSError):
        answer = None
    if answer:
        name, _, ver = answer.partition(" ")
        return name, ver
    return lib, version


def _join_platform(*parts):
    text = "-".join(p for p in parts if p)
    for ch in " /\\:;\"()":
        text = text.replace(ch, "_" if ch == " " else "-")
    text = text.replace("unknown", "")
    while "--" in text:
        text = text.replace("--", "-")
    return text.rstrip("-")


def platform(aliased=False, terse=False):
    """'system-release-machine-with-libcversion', e.g.
    'Linux-6.1.0-x86_64-with-glibc2.36' (on Linux `terse` changes nothing, as in
    CPython)."""
    u = uname()
    system_, release_, machine_ = u[0], u[2], u[4]
    if system_ == "Linux":
        lib, ver = libc_ver()
        return _join_platform(system_, release_, machine_, processor(), "with", lib + ver)
    if terse:
        return _join_platform(system_, release_)
    return _join_platform(system_, release_, machine_, processor())


def freedesktop_os_release():
    """The fields of /etc/os-release (or /usr/lib/os-release) as a dict."""
    for candidate in ("/etc/os-release", "/usr/lib/os-release"):
        try:
            with open(candidate, encoding="utf-8") as f:
                text = f.read()
        except OSError:
            continue
        info = {"NAME": "Linux", "ID": "linux", "PRETTY_NAME": "Linux"}
        for line in text.splitlines():
            line = line.strip()
            if not line or line.startswith("#") or "=" not in line:
                continue
            key, _, value = line.partition("=")
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
                value = value[1:-1].replace('\\"', '"').replace("\\\\", "\\")
            info[key] = value
        return info
    raise OSError(2, "No such file or directory", "/etc/os-release")


def mac_ver(release="", versioninfo=("", "", ""), machine=""):
    return release, versioninfo, machine


def win32_ver(release="", version="", csd="", ptype=""):
    return release, version, csd, ptype


def win32_edition():
    return None


def win32_is_iot():
    return False


def java_ver(release="", vendor="", vminfo=("", "", ""), osinfo=("", "", "")):
    return release, vendor, vminfo, osinfo
