"""TestLoader: finds the tests of a class, a module, a dotted name, or a directory
tree (discover)."""

import os
import sys

from . import case, suite, util

__unittest = True


def _make_failed_test(methodname, exception, suiteClass, message):
    """A suite of one test that raises exception: how a module that fails to import
    shows up in the report."""
    def testFailure(self):
        raise exception
    TestClass = type("_FailedTest", (case.TestCase,), {methodname: testFailure})
    TestClass.__module__ = "unittest.loader"
    return suiteClass((TestClass(methodname),)), message


class TestLoader:
    """Makes suites from classes, modules and names."""

    testMethodPrefix = "test"
    suiteClass = suite.TestSuite
    testNamePatterns = None
    _top_level_dir = None

    def __init__(self):
        self.errors = []
        self._loading_packages = set()

    @staticmethod
    def sortTestMethodsUsing(a, b):
        return (a > b) - (a < b)

    def loadTestsFromTestCase(self, testCaseClass):
        if issubclass(testCaseClass, suite.TestSuite):
            raise TypeError("Test cases should not be derived from TestSuite. "
                            "Maybe you meant to derive from TestCase?")
        if testCaseClass in (case.TestCase, case.FunctionTestCase):
            testCaseNames = []
        else:
            testCaseNames = self.getTestCaseNames(testCaseClass)
            if not testCaseNames and hasattr(testCaseClass, "runTest"):
                testCaseNames = ["runTest"]
        return self.suiteClass(map(testCaseClass, testCaseNames))

    def loadTestsFromModule(self, module, *, pattern=None):
        tests = []
        for name in dir(module):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, case.TestCase) and obj not in (
                    case.TestCase, case.FunctionTestCase):
                tests.append(self.loadTestsFromTestCase(obj))
        load_tests = getattr(module, "load_tests", None)
        tests = self.suiteClass(tests)
        if load_tests is not None:
            return load_tests(self, tests, pattern)
        return tests

    def loadTestsFromName(self, name, module=None):
        """The tests named by a dotted name: a module, class, method or suite."""
        parts = name.split(".")
        if module is None:
            parts_copy = parts[:]
            while parts_copy:
                try:
                    module_name = ".".join(parts_copy)
                    module = __import__(module_name)
                    for part in parts_copy[1:]:
                        module = getattr(module, part)
                    break
                except ImportError:
                    del parts_copy[-1]
                    if not parts_copy:
                        raise
            parts = parts[len(parts_copy):]
        obj = module
        parent = None
        for part in parts:
            parent, obj = obj, getattr(obj, part)
        if isinstance(obj, type(sys)):
            return self.loadTestsFromModule(obj)
        if isinstance(obj, type) and issubclass(obj, case.TestCase):
            return self.loadTestsFromTestCase(obj)
        if (callable(obj) and isinstance(parent, type) and issubclass(parent, case.TestCase)):
            name = parts[-1]
            inst = parent(name)
            if not callable(getattr(inst, name)):
                return self.suiteClass([inst])
            return self.suiteClass([inst])
        if isinstance(obj, suite.TestSuite):
            return obj
        if callable(obj):
            test = obj()
            if isinstance(test, suite.TestSuite):
                return test
            if isinstance(test, case.TestCase):
                return self.suiteClass([test])
            raise TypeError("calling %s returned %s, not a test" % (obj, test))
        raise TypeError("don't know how to make test from: %s" % obj)

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(name, module) for name in names])

    def getTestCaseNames(self, testCaseClass):
        """The names of the test methods of a class, sorted."""
        def should_include(name):
            if not name.startswith(self.testMethodPrefix):
                return False
            if not callable(getattr(testCaseClass, name)):
                return False
            if not self.testNamePatterns:
                return True
            full_name = "%s.%s.%s" % (testCaseClass.__module__, testCaseClass.__qualname__, name)
            return any(util.glob_match(full_name, p) for p in self.testNamePatterns)
        names = [n for n in dir(testCaseClass) if should_include(n)]
        if self.sortTestMethodsUsing is TestLoader.sortTestMethodsUsing:
            names.sort()
        else:
            from functools import cmp_to_key
            names.sort(key=cmp_to_key(self.sortTestMethodsUsing))
        return names

    def discover(self, start_dir, pattern="test*.py", top_level_dir=None):
        """The tests of every module matching pattern under start_dir (packages are
        searched when they have an __init__.py)."""
        if top_level_dir is None:
            top_level_dir = start_dir
        top_level_dir = os.path.abspath(top_level_dir)
        start_dir = os.path.abspath(start_dir)
        if top_level_dir not in sys.path:
            sys.path.insert(0, top_level_dir)
        if not os.path.isdir(start_dir):
            raise ImportError("Start directory is not importable: %r" % start_dir)
        self._top_level_dir = top_level_dir
        tests = list(self._find_tests(start_dir, pattern))
        return self.suiteClass(tests)

    def _module_name(self, path):
        rel = os.path.relpath(os.path.splitext(path)[0], self._top_level_dir)
        return rel.replace(os.path.sep, ".")

    def _find_tests(self, start_dir, pattern):
        for name in sorted(os.listdir(start_dir)):
            full_path = os.path.join(start_dir, name)
            if os.path.isfile(full_path):
                base, ext = os.path.splitext(name)
                if ext != ".py" or not base.isidentifier() or not util.glob_match(name, pattern):
                    continue
                module_name = self._module_name(full_path)
                try:
                    __import__(module_name)
                except case.SkipTest as e:
                    yield _make_skipped(module_name, str(e), self.suiteClass)
                    continue
                except Exception as e:
                    message = "Failed to import test module: %s\n%s" % (
                        module_name, util.format_exception(e, lambda f: False))
                    test, msg = _make_failed_test(module_name, ImportError(message),
                                                  self.suiteClass, message)
                    self.errors.append(msg)
                    yield test
                    continue
                yield self.loadTestsFromModule(sys.modules[module_name], pattern=pattern)
            elif os.path.isdir(full_path):
                if not name.isidentifier() or not os.path.isfile(os.path.join(full_path, "__init__.py")):
                    continue
                module_name = self._module_name(full_path)
                __import__(module_name)
                package = sys.modules[module_name]
                load_tests = getattr(package, "load_tests", None)
                tests = self.loadTestsFromModule(package, pattern=pattern)
                if load_tests is not None:
                    yield tests
                    continue
                yield tests
                yield from self._find_tests(full_path, pattern)


def _make_skipped(methodname, reason, suiteClass):
    @case.skip(reason)
    def testSkipped(self):
        pass
    TestClass = type("ModuleSkipped", (case.TestCase,), {methodname: testSkipped})
    TestClass.__module__ = "unittest.loader"
    return suiteClass((TestClass(methodname),))


defaultTestLoader = TestLoader()
