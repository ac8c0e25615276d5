//! `braid -m unittest` and `unittest.main()` at process level: discovery of test*.py in
//! the current directory (packages included, other modules not imported), the report on
//! stderr, and the exit codes (0 passed, 1 failed, 5 no tests ran). Expected texts are
//! CPython 3.13's for the same commands in the same layout (timings replaced by `X`).

use std::path::PathBuf;
use std::process::Command;

const EXE: &str = env!("CARGO_BIN_EXE_braid");

struct Tree(PathBuf);

impl Tree {
    fn new(test: &str) -> Tree {
        let dir = std::env::temp_dir().join(format!("braid_unittest_{}_{test}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        for (path, text) in FILES {
            let file = dir.join(path);
            std::fs::create_dir_all(file.parent().expect("parent")).expect("create dirs");
            std::fs::write(file, text).expect("write file");
        }
        Tree(dir.canonicalize().expect("canonical dir"))
    }
}

impl Drop for Tree {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

const FILES: &[(&str, &str)] = &[
    (
        "test_alpha.py",
        "import unittest\n\nclass AlphaTests(unittest.TestCase):\n    def test_one(self):\n        self.assertEqual(1 + 1, 2)\n\n    def test_two(self):\n        self.assertEqual([1, 2], [1, 2])\n\n    @unittest.skip(\"later\")\n    def test_three(self):\n        pass\n",
    ),
    (
        "test_beta.py",
        "import unittest\n\nclass BetaTests(unittest.TestCase):\n    def test_fails(self):\n        self.assertTrue(1 > 2, \"one is not greater\")\n\nif __name__ == \"__main__\":\n    unittest.main()\n",
    ),
    ("helper.py", "raise RuntimeError(\"not a test module, never imported\")\n"),
    ("pkg/__init__.py", ""),
    ("pkg/test_gamma.py", "import unittest\n\nclass Gamma(unittest.TestCase):\n    def test_in_package(self):\n        self.assertIn(\"a\", \"abc\")\n"),
];

/// (exit status, stderr with the tree's path as ROOT and the timing as X).
fn run(tree: &Tree, args: &[&str]) -> (Option<i32>, String) {
    let out = Command::new(EXE).args(args).current_dir(&tree.0).env_remove("PYTHONPATH").output().expect("run braid");
    let root = tree.0.to_string_lossy().into_owned();
    let err = String::from_utf8_lossy(&out.stderr).replace(&root, "ROOT");
    let err = err
        .lines()
        .map(|l| match (l.starts_with("Ran "), l.rfind(" in ")) {
            (true, Some(i)) => format!("{} in X", &l[..i]),
            _ => l.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n");
    (out.status.code(), err)
}

#[test]
fn discovery_reports_and_fails() {
    let tree = Tree::new("discover");
    let (code, err) = run(&tree, &["-m", "unittest"]);
    assert_eq!(code, Some(1));
    assert_eq!(
        err,
        "..s.F\n\
         ======================================================================\n\
         FAIL: test_fails (test_beta.BetaTests.test_fails)\n\
         ----------------------------------------------------------------------\n\
         Traceback (most recent call last):\n  File \"ROOT/test_beta.py\", line 5, in test_fails\n    self.assertTrue(1 > 2, \"one is not greater\")\n    ~~~~~~~~~~~~~~~^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n\
         AssertionError: False is not true : one is not greater\n\n\
         ----------------------------------------------------------------------\n\
         Ran 5 tests in X\n\nFAILED (failures=1, skipped=1)"
    );
}

#[test]
fn named_tests_verbose_and_exit_codes() {
    let tree = Tree::new("named");
    let (code, err) = run(&tree, &["-m", "unittest", "-v", "test_alpha"]);
    assert_eq!(code, Some(0));
    assert_eq!(
        err,
        "test_one (test_alpha.AlphaTests.test_one) ... ok\n\
         test_three (test_alpha.AlphaTests.test_three) ... skipped 'later'\n\
         test_two (test_alpha.AlphaTests.test_two) ... ok\n\n\
         ----------------------------------------------------------------------\n\
         Ran 3 tests in X\n\nOK (skipped=1)"
    );
    let (code, err) = run(&tree, &["-m", "unittest", "-k", "one"]);
    assert_eq!((code, err.lines().last()), (Some(0), Some("OK")));
    let (code, _) = run(&tree, &["-m", "unittest", "test_alpha.AlphaTests.test_one"]);
    assert_eq!(code, Some(0));
    let (code, err) = run(&tree, &["-m", "unittest", "discover", "-p", "nomatch*.py"]);
    assert_eq!((code, err.lines().last()), (Some(5), Some("NO TESTS RAN")));
    let (code, err) = run(&tree, &["test_beta.py"]);
    assert_eq!((code, err.lines().last()), (Some(1), Some("FAILED (failures=1)")));
}
