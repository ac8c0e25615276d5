//! The import system at process level: `-m` with packages and submodules, `sys.path` for
//! each way of giving a program, `PYTHONPATH` (and `-E`/`-I`/`-P` switching parts off), and
//! the 3.14 error texts for a module in the program's directory that a circular import
//! catches half-built. Expected outputs are CPython 3.13's for the same commands (run in the
//! same layout; the executable's path differs, and `<braid>/lib` stands where CPython's
//! standard library directories are), except the last test, whose texts are 3.14's own
//! (`Python/ceval.c` `_PyEval_ImportFrom`, `Objects/moduleobject.c`).

use std::path::PathBuf;
use std::process::Command;

const EXE: &str = env!("CARGO_BIN_EXE_braid");

/// A fresh directory with these files (path, text), removed when dropped.
struct Tree(PathBuf);

impl Tree {
    fn new(test: &str, files: &[(&str, &str)]) -> Tree {
        let dir = std::env::temp_dir().join(format!("braid_imports_{}_{test}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        for (path, text) in files {
            let file = dir.join(path);
            std::fs::create_dir_all(file.parent().expect("parent")).expect("create dirs");
            std::fs::write(file, text).expect("write file");
        }
        // Paths as the processes see them (the temp dir may be a symbolic link).
        Tree(dir.canonicalize().expect("canonical dir"))
    }
}

impl Drop for Tree {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// (exit status, stdout, stderr) of braid run in `dir` with `PYTHONPATH` set or not, with the
/// tree's path written as `ROOT` and the executable's as `EXE`.
fn run(tree: &Tree, dir: &str, args: &[&str], pythonpath: Option<&str>) -> (Option<i32>, String, String) {
    let mut cmd = Command::new(EXE);
    cmd.args(args).current_dir(tree.0.join(dir)).env_remove("PYTHONPATH");
    if let Some(p) = pythonpath {
        cmd.env("PYTHONPATH", p);
    }
    let out = cmd.output().expect("run braid");
    let root = tree.0.to_string_lossy().into_owned();
    let clean = |b: &[u8]| String::from_utf8_lossy(b).replace(EXE, "EXE").replace(&root, "ROOT");
    (out.status.code(), clean(&out.stdout), clean(&out.stderr))
}

const APP: &[(&str, &str)] = &[
    ("app/__init__.py", "print('app init', __name__)\n"),
    (
        "app/__main__.py",
        "import sys\nfrom . import tools\nfrom .tools import helper\n\
         print('main:', __name__, __package__, __spec__.name, __spec__.parent)\n\
         print('argv0 is file:', sys.argv[0] == __file__, sys.argv[1:])\nprint(helper.twice(21))\n",
    ),
    ("app/tools/__init__.py", ""),
    (
        "app/tools/helper.py",
        "def twice(x):\n    return 2 * x\n\n\nif __name__ == '__main__':\n    print('helper as main:', __package__, __spec__.name, twice(5))\n",
    ),
    ("extra/plugin/__init__.py", "NAME = 'plugin from PYTHONPATH'\n"),
    ("extra/plugin/__main__.py", "import plugin\nprint(plugin.NAME, __spec__.name)\n"),
    ("showpath.py", "import sys\nprint([p for p in sys.path if p != '<braid>/lib'])\n"),
    ("eager/__init__.py", "from . import mod\n"),
    ("eager/mod.py", "print('mod runs as', __name__)\n"),
];

#[test]
fn dash_m_runs_packages_and_submodules() {
    let t = Tree::new("dash_m", APP);
    let (code, out, err) = run(&t, ".", &["-m", "app", "x", "y"], None);
    assert_eq!((code, err.as_str()), (Some(0), ""));
    assert_eq!(out, "app init app\nmain: __main__ app app.__main__ app\nargv0 is file: True ['x', 'y']\n42\n");
    let (code, out, _) = run(&t, ".", &["-m", "app.tools.helper"], None);
    assert_eq!((code, out.as_str()), (Some(0), "app init app\nhelper as main: app.tools app.tools.helper 10\n"));
    let (code, out, err) = run(&t, ".", &["-m", "app.tools"], None);
    assert_eq!((code, out.as_str()), (Some(1), "app init app\n"));
    assert_eq!(err, "EXE: No module named app.tools.__main__; 'app.tools' is a package and cannot be directly executed\n");
    // From inside the package folder the same module is a top-level package of its own.
    let (code, out, _) = run(&t, "app", &["-m", "tools.helper"], None);
    assert_eq!((code, out.as_str()), (Some(0), "helper as main: tools tools.helper 10\n"));
    // -P leaves the current directory out of sys.path.
    let (code, _, err) = run(&t, ".", &["-P", "-m", "app"], None);
    assert_eq!((code, err.as_str()), (Some(1), "EXE: No module named app\n"));
    let (code, _, err) = run(&t, ".", &["-m", "app.tools.helper.x"], None);
    assert_eq!(code, Some(1));
    assert_eq!(
        err,
        "EXE: Error while finding module specification for 'app.tools.helper.x' (ModuleNotFoundError: __path__ attribute not found on 'app.tools.helper' while trying to find 'app.tools.helper.x')\n"
    );
    // runpy's warning when the package's own code already imported the module.
    let (code, out, err) = run(&t, ".", &["-m", "eager.mod"], None);
    assert_eq!((code, out.as_str()), (Some(0), "mod runs as eager.mod\nmod runs as __main__\n"));
    assert_eq!(
        err,
        "<frozen runpy>:128: RuntimeWarning: 'eager.mod' found in sys.modules after import of package 'eager', but prior to execution of 'eager.mod'; this may result in unpredictable behaviour\n"
    );
    // --dis finds the file the same way without running anything.
    let (code, out, _) = run(&t, ".", &["--dis", "-m", "app.tools.helper"], None);
    assert_eq!(code, Some(0));
    assert!(out.starts_with("code <module> (line 1)"), "{out}");
    let (code, _, err) = run(&t, ".", &["-m", "showpath.py"], None);
    assert_eq!(code, Some(1));
    assert_eq!(
        err,
        "EXE: Error while finding module specification for 'showpath.py' (ModuleNotFoundError: __path__ attribute not found on 'showpath' while trying to find 'showpath.py'). Try using 'showpath' instead of 'showpath.py' as the module name.\n"
    );
}

#[test]
fn pythonpath_entries_follow_the_program_directory() {
    let t = Tree::new("pythonpath", APP);
    let (code, out, err) = run(&t, ".", &["-m", "plugin"], Some("extra"));
    assert_eq!((code, out.as_str(), err.as_str()), (Some(0), "plugin from PYTHONPATH plugin.__main__\n", ""));
    let (code, _, err) = run(&t, ".", &["-m", "plugin"], None);
    assert_eq!((code, err.as_str()), (Some(1), "EXE: No module named plugin\n"));
    // -E and -I ignore PYTHONPATH.
    for flag in ["-E", "-I"] {
        let (code, _, err) = run(&t, ".", &[flag, "-m", "plugin"], Some("extra"));
        assert_eq!((code, err.as_str()), (Some(1), "EXE: No module named plugin\n"), "{flag}");
    }
    let (code, out, _) = run(&t, ".", &["-c", "import plugin.__main__"], Some("extra"));
    assert_eq!((code, out.as_str()), (Some(0), "plugin from PYTHONPATH plugin.__main__\n"));
    // Entries are made absolute and normalised; duplicates are dropped.
    let (_, out, _) = run(&t, ".", &["-c", "import sys; print(sys.path)"], Some("/nonexist/:extra/../extra::extra"));
    assert_eq!(out, "['', '/nonexist', 'ROOT/extra', 'ROOT', '<braid>/lib']\n");
}

#[test]
fn sys_path_starts_with_the_program_directory() {
    let t = Tree::new("sys_path", APP);
    let (_, out, _) = run(&t, ".", &["showpath.py"], Some("extra"));
    assert_eq!(out, "['ROOT', 'ROOT/extra']\n");
    // The script's own directory, however the script was named.
    let (_, out, _) = run(&t, "app", &["../showpath.py"], None);
    assert_eq!(out, "['ROOT']\n");
    let (_, out, _) = run(&t, "app", &["-I", "../showpath.py"], Some("x"));
    assert_eq!(out, "[]\n");
    let (_, out, _) = run(&t, "app", &["-c", "import sys; print(sys.path[0] == '', sys.path[-1])"], None);
    assert_eq!(out, "True <braid>/lib\n");
    let (_, out, _) = run(&t, "app", &["-m", "tools.helper"], None);
    assert!(out.starts_with("helper as main"), "{out}");
    let (_, out, _) = run(&t, "app", &["-c", "import tools.helper as h; print(h.__file__)"], None);
    assert_eq!(out, "ROOT/app/tools/helper.py\n", "'' on sys.path is the current directory, absolute in __file__");
}

#[test]
fn a_module_in_the_program_directory_caught_half_built() {
    // 3.14's texts: a module beside the script may be shadowing a library of the same name.
    let t = Tree::new("shadow", &[
        ("main.py", "import ma\n"),
        ("ma.py", "import mb\nx = 1\n"),
        ("mb.py", "from ma import x\n"),
        ("main2.py", "import mc\n"),
        ("mc.py", "import md\nx = 1\n"),
        ("md.py", "import mc\nmc.x\n"),
        ("sub/__init__.py", ""),
        ("sub/ma.py", "import sub.mb\nx = 1\n"),
        ("sub/mb.py", "from sub.ma import x\n"),
        ("main3.py", "import sub.ma\n"),
    ]);
    let last = |s: &str| s.lines().last().unwrap_or("").to_string();
    let (code, _, err) = run(&t, ".", &["main.py"], None);
    assert_eq!(code, Some(1));
    assert_eq!(last(&err), "ImportError: cannot import name 'x' from 'ma' (consider renaming 'ROOT/ma.py' if it has the same name as a library you intended to import)");
    let (_, _, err) = run(&t, ".", &["main2.py"], None);
    assert_eq!(last(&err), "AttributeError: module 'mc' has no attribute 'x' (consider renaming 'ROOT/mc.py' if it has the same name as a library you intended to import)");
    // Inside a package nothing is shadowed: the plain circular-import text.
    let (_, _, err) = run(&t, ".", &["main3.py"], None);
    assert_eq!(
        last(&err),
        "ImportError: cannot import name 'x' from partially initialized module 'sub.ma' (most likely due to a circular import) (ROOT/sub/ma.py)"
    );
}

#[test]
fn traceback_through_an_imported_module() {
    let t = Tree::new("traceback", &[("main.py", "import lib\nlib.go()\n"), ("lib.py", "def go():\n    return [][1]\n")]);
    let (code, _, err) = run(&t, ".", &["main.py"], None);
    assert_eq!(code, Some(1));
    assert_eq!(
        err,
        "Traceback (most recent call last):\n  File \"ROOT/main.py\", line 2, in <module>\n    lib.go()\n    ~~~~~~^^\n  File \"ROOT/lib.py\", line 2, in go\n    return [][1]\n           ~~^^^\nIndexError: list index out of range\n"
    );
}
