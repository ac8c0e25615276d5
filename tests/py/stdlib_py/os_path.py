import posixpath
import os
print(posixpath is os.path, posixpath.join(b"a", b"b"), os.path.split(b"/x/y"))
print(os.listdir(b"/tmp") is not None, type(os.listdir(b"/tmp")[0]) if os.listdir(b"/tmp") else bytes)
try: os.path.join("a", b"b")
except TypeError as e: print(e)
try: os.path.join("a", 1)
except TypeError as e: print(e)
print(os.path.expanduser("~") == os.environ["HOME"], os.path.expanduser("x~"))
os.environ["BR_V"] = "val"
print(os.path.expandvars("$BR_V/${BR_V}/$NOPE_X/${NOPE_X}/$"))
print(os.path.abspath("a/../b") == os.getcwd() + "/b")
print(os.path.realpath("/tmp/../tmp/./"), os.path.splitroot("//a/b"), os.path.splitroot("///a"))
try: os.DirEntry()
except TypeError as e: print(e)
print(os.stat_result.n_fields, os.stat_result.n_sequence_fields)
try: os.stat_result(range(3))
except TypeError as e: print(e)
import stat
print(stat.filemode(0o100644), stat.filemode(0o40755), stat.S_ISDIR(os.stat("/tmp").st_mode))
print(os.path.relpath("/a", "/a"), os.path.normpath("a/b/../../.."))
try: os.path.relpath("")
except ValueError as e: print(e)
try: os.path.commonpath([])
except ValueError as e: print(e)
try: os.path.commonpath(["/a", "b"])
except ValueError as e: print(e)
try: os.listdir("/nonexistent_dir_x")
except FileNotFoundError as e: print(e)
try: os.remove("/tmp")
except OSError as e: print(type(e).__name__, e)
print(os.strerror(2), os.access("/tmp", os.W_OK))
try: os.putenv('a=b','c')
except ValueError as e: print(e)
print(os.get_exec_path(env={"PATH": "/a:/b"}))
# More pure path operations.
for p in ["", "/", "//", "///", "a", "a/", "/a/b", "a//b/./c/..", "../../x", "./."]:
    print(repr(p), os.path.split(p), os.path.normpath(p), os.path.dirname(p), repr(os.path.basename(p)), os.path.splitext(p))
for parts in [("a",), ("a", ""), ("", "b"), ("/", "x"), ("a/", "b"), ("a", "/b", "c")]:
    print(parts, os.path.join(*parts))
for name in ["x.py", "x.", ".x.y", "..", "a/b.c/d", "a.b/c"]:
    print(name, os.path.splitext(name))
print(os.path.commonprefix([]), os.path.commonprefix(["abc", "abd", "ab"]), os.path.commonpath(["a/b/c", "a/b/d", "a/b"]))
print(os.path.relpath("/x/y", "/x/y/z/w"), os.path.relpath(b"/x/y", b"/x"))
print(os.path.expanduser("~/" + "x") == os.environ["HOME"].rstrip("/") + "/x")
del os.environ["BR_V"]
