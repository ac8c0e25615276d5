import io
import unittest

ROOT = __file__.rsplit("/", 2)[0] + "/"
events = []


class BrokenClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError("class setup failed")

    def test_never(self):
        events.append("never")


@unittest.skip("whole class")
class SkippedClass(unittest.TestCase):
    def test_a(self):
        events.append("skipped class ran")

    def test_b(self):
        pass


class Lifecycle(unittest.TestCase):
    def setUp(self):
        events.append("setUp " + self._testMethodName)
        if self._testMethodName == "test_setup_error":
            raise ValueError("bad setUp")

    def tearDown(self):
        events.append("tearDown " + self._testMethodName)
        if self._testMethodName == "test_teardown_error":
            raise KeyError("bad tearDown")

    def test_setup_error(self):
        events.append("body should not run")

    def test_teardown_error(self):
        events.append("body ran")

    def test_cleanup_error(self):
        def broken():
            raise OSError("cleanup broke")
        self.addCleanup(broken)
        self.addCleanup(events.append, "second cleanup first")

    def test_chained(self):
        try:
            {}["k"]
        except KeyError as e:
            raise TypeError("while handling") from e

    def test_nested_subtests(self):
        with self.subTest(outer=1):
            with self.subTest(inner=2):
                self.assertEqual(1, 2)

    def test_skip_subtest(self):
        with self.subTest(n=1):
            self.skipTest("skip inside subtest")
        events.append("after skipped subtest")


def run(*classes, verbosity=2):
    loader = unittest.TestLoader()
    suite = unittest.TestSuite(loader.loadTestsFromTestCase(c) for c in classes)
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(suite)
    lines = []
    for line in stream.getvalue().replace(ROOT, "").splitlines():
        if line.startswith("Ran ") and " in " in line:
            line = line[:line.rindex(" in ")] + " in X"
        lines.append(line)
    print("\n".join(lines))
    print(result)
    return result


run(BrokenClass, SkippedClass)
run(Lifecycle)
print(events)
r = run(Lifecycle, verbosity=0)
print(r.wasSuccessful(), [str(t) for t, _ in r.errors])
