import os, os.path, sys
print(os.name, os.sep, os.linesep == "\n", os.devnull, os.path is sys.modules["os.path"])
print(os.path.join("a", "b", "/c", "d"), os.path.split("/a/b/"), os.path.splitext("x/.bashrc"), os.path.splitext("a.tar.gz"))
print(os.path.normpath("//a/./b/../c//"), os.path.normpath("///x"), os.path.normpath(""), os.path.normpath("../a/.."))
print(os.path.basename("/a/b.txt"), os.path.dirname("/a/b.txt"), os.path.dirname("//x"))
print(os.path.commonprefix(["/usr/lib", "/usr/local"]), os.path.commonpath(["/usr/lib", "/usr/local"]))
print(os.path.relpath("/a/b/c", "/a/d"), os.path.isabs("/x"))
d = "/tmp/braid_e2e_stdlib_os_files"
os.makedirs(d + "/x/y", exist_ok=True)
with open(d + "/x/f.txt", "w") as f: f.write("hello")
print(sorted(os.listdir(d + "/x")), os.path.getsize(d + "/x/f.txt"), os.path.isfile(d + "/x/f.txt"), os.path.isdir(d + "/x/y"))
st = os.stat(d + "/x/f.txt")
print(st.st_size, type(st.st_mtime).__name__, len(st), st[6], isinstance(st, tuple))
for root, dirs, files in os.walk(d):
    dirs.sort()
    print(root[len(d):], sorted(dirs), sorted(files))
with os.scandir(d + "/x") as it:
    for e in sorted(it, key=lambda e: e.name):
        print(e, e.name, e.path[len(d):], e.is_file(), e.is_dir(), e.is_symlink())
try: os.mkdir(d)
except FileExistsError as e: print(type(e).__name__, e.errno, e.strerror, e.filename == d)
try: os.stat(d + "/nope")
except OSError as e: print(type(e).__name__, str(e)[len(d)+30:])
try: os.rmdir(d)
except OSError as e: print(type(e).__name__, e.errno)
os.rename(d + "/x/f.txt", d + "/x/g.txt")
os.remove(d + "/x/g.txt")
os.rmdir(d + "/x/y"); os.rmdir(d + "/x"); os.rmdir(d)
print(os.path.exists(d))
os.environ["BRAID_T"] = "1"
print(os.environ["BRAID_T"], os.getenv("BRAID_T"), "BRAID_T" in os.environ)
del os.environ["BRAID_T"]
print(os.getenv("BRAID_T", "gone"))
try: os.environ[1]
except TypeError as e: print(e)
try: os.fspath(1)
except TypeError as e: print(e)
class P:
    def __fspath__(self): return "/tmp"
print(os.fspath(P()), os.path.join(P(), "x"), isinstance(P(), os.PathLike))
print(len(os.urandom(8)), type(os.getpid()).__name__, os.cpu_count() >= 1)
print(os.terminal_size((80, 24)), os.stat_result(range(10)).st_atime)
try: os.stat([])
except TypeError as e: print(e)
try: os.rename('nope1','nope2')
except OSError as e: print(e, e.filename, e.filename2)
cwd = os.getcwd(); os.chdir("/tmp"); print(os.getcwd()); os.chdir(cwd)
