"""TestCase: the assert methods, fixtures, cleanups, subTest, and skipping."""

import sys

from .util import safe_repr, strclass

__unittest = True

_subtest_msg_sentinel = object()


class SkipTest(Exception):
    """Raised to skip a test: raise SkipTest('reason') or self.skipTest('reason')."""


class _ShouldStop(Exception):
    pass


class _UnexpectedSuccess(Exception):
    pass


def _id(obj):
    return obj


def skip(reason):
    """Unconditionally skips the decorated test (or class)."""
    def decorator(test_item):
        if not isinstance(test_item, type):
            def skip_wrapper(*args, **kwargs):
                raise SkipTest(reason)
            skip_wrapper.__name__ = getattr(test_item, "__name__", "skip_wrapper")
            skip_wrapper.__qualname__ = getattr(test_item, "__qualname__", "skip_wrapper")
            skip_wrapper.__doc__ = getattr(test_item, "__doc__", None)
            test_item = skip_wrapper
        test_item.__unittest_skip__ = True
        test_item.__unittest_skip_why__ = reason
        return test_item

    if isinstance(reason, type(skip)) and not isinstance(reason, str):
        test_item = reason
        reason = ""
        return decorator(test_item)
    return decorator


def skipIf(condition, reason):
    if condition:
        return skip(reason)
    return _id


def skipUnless(condition, reason):
    if not condition:
        return skip(reason)
    return _id


def expectedFailure(test_item):
    test_item.__unittest_expecting_failure__ = True
    return test_item


_module_cleanups = []


def addModuleCleanup(function, /, *args, **kwargs):
    _module_cleanups.append((function, args, kwargs))


def enterModuleContext(cm):
    result = type(cm).__enter__(cm)
    addModuleCleanup(type(cm).__exit__, cm, None, None, None)
    return result


def doModuleCleanups():
    exceptions = []
    while _module_cleanups:
        function, args, kwargs = _module_cleanups.pop()
        try:
            function(*args, **kwargs)
        except Exception as exc:
            exceptions.append(exc)
    if exceptions:
        raise exceptions[0]


class _Outcome:
    """What happened while running one test: success so far, expected failure, the
    result to report to."""

    def __init__(self, result):
        self.result = result
        self.success = True
        self.expecting_failure = False
        self.expected_failure = None
        self.result_supports_subtests = hasattr(result, "addSubTest")

    def run(self, test_case, fn, subtest=None, is_cleanup=False):
        """Calls fn, turning what it raises into the result's record; True if it
        returned normally."""
        old_success = self.success
        self.success = True
        try:
            fn()
        except KeyboardInterrupt:
            raise
        except SkipTest as e:
            self.success = False
            _add_skip(self.result, test_case, str(e))
        except _ShouldStop:
            pass
        except BaseException as exc:
            if self.expecting_failure and not is_cleanup:
                self.expected_failure = exc
            else:
                self.success = False
                if subtest is not None:
                    self.result.addSubTest(test_case, subtest, exc)
                else:
                    _add_error(self.result, test_case, exc)
        else:
            if subtest is not None and self.result_supports_subtests:
                self.result.addSubTest(test_case, subtest, None)
        ok = self.success
        self.success = self.success and old_success
        return ok


def _add_skip(result, test_case, reason):
    add = getattr(result, "addSkip", None)
    if add is not None:
        add(test_case, reason)
    else:
        result.addSuccess(test_case)


def _add_error(result, test, exc):
    if exc is not None:
        if isinstance(exc, test.failureException):
            result.addFailure(test, exc)
        else:
            result.addError(test, exc)


class _AssertRaisesContext:
    """What assertRaises returns without a callable: a context manager that checks the
    block raised the exception and keeps it as .exception."""

    def __init__(self, expected, test_case, msg=None):
        self.expected = expected
        self.test_case = test_case
        self.msg = msg
        self.exception = None
        self.obj_name = None

    def handle(self, name, args, kwargs):
        if not _is_subtype(self.expected, BaseException):
            raise TypeError("%s() arg 1 must be an exception type or tuple of "
                            "exception types" % name)
        if not args:
            self.msg = kwargs.pop("msg", None)
            if kwargs:
                raise TypeError("%r is an invalid keyword argument for this function"
                                % (next(iter(kwargs)),))
            return self
        callable_obj, *args = args
        try:
            self.obj_name = callable_obj.__name__
        except AttributeError:
            self.obj_name = str(callable_obj)
        with self:
            callable_obj(*args, **kwargs)
        return None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            try:
                exc_name = self.expected.__name__
            except AttributeError:
                exc_name = str(self.expected)
            if self.obj_name:
                self.test_case.fail(self.test_case._formatMessage(
                    self.msg, f"{exc_name} not raised by {self.obj_name}"))
            self.test_case.fail(self.test_case._formatMessage(self.msg, f"{exc_name} not raised"))
        if not issubclass(exc_type, self.expected):
            return False
        self.exception = exc_value.with_traceback(None)
        return True


def _is_subtype(expected, basetype):
    if isinstance(expected, tuple):
        return all(_is_subtype(e, basetype) for e in expected)
    return isinstance(expected, type) and issubclass(expected, basetype)


class _SubTest:
    def __init__(self, test_case, message, params):
        self.test_case = test_case
        self._message = message
        self.params = params
        self.failureException = test_case.failureException

    def runTest(self):
        raise NotImplementedError("subtests cannot be run directly")

    def _subDescription(self):
        parts = []
        if self._message is not _subtest_msg_sentinel:
            parts.append("[{}]".format(self._message))
        if self.params:
            params_desc = ", ".join("{}={!r}".format(k, v) for (k, v) in self.params.items())
            parts.append("({})".format(params_desc))
        return " ".join(parts) or "(<subtest>)"

    def id(self):
        return "{} {}".format(self.test_case.id(), self._subDescription())

    def shortDescription(self):
        return self.test_case.shortDescription()

    def __str__(self):
        return "{} {}".format(self.test_case, self._subDescription())


class _SubTestContext:
    def __init__(self, case, msg, params):
        self.case = case
        self.msg = msg
        self.params = params

    def __enter__(self):
        case = self.case
        parent = case._subtest
        # The inner subtest's parameters first, then the outer ones it does not override.
        params = dict(self.params)
        if parent is not None:
            for key, value in parent.params.items():
                params.setdefault(key, value)
        case._subtest = _SubTest(case, self.msg, params)
        self.parent = parent
        return None

    def __exit__(self, exc_type, exc, tb):
        case = self.case
        outcome = case._outcome
        subtest = case._subtest
        try:
            if outcome is None or not outcome.result_supports_subtests:
                return False
            if exc_type is None:
                outcome.result.addSubTest(case, subtest, None)
                return True
            if issubclass(exc_type, SkipTest):
                _add_skip(outcome.result, subtest, str(exc))
                outcome.success = False
                return True
            if issubclass(exc_type, KeyboardInterrupt):
                return False
            if outcome.expecting_failure:
                outcome.expected_failure = exc
                outcome.success = False
                return True
            outcome.success = False
            outcome.result.addSubTest(case, subtest, exc)
            return True
        finally:
            case._subtest = self.parent


class TestCase:
    """A test case: each method whose name starts with 'test' is one test."""

    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    _classSetupFailed = False
    _class_cleanups = []

    def __init__(self, methodName="runTest"):
        self._testMethodName = methodName
        self._outcome = None
        self._testMethodDoc = "No test"
        try:
            testMethod = getattr(self, methodName)
        except AttributeError:
            if methodName != "runTest":
                raise ValueError("no such test method in %s: %s" % (self.__class__, methodName))
        else:
            self._testMethodDoc = testMethod.__doc__
        self._cleanups = []
        self._subtest = None

    def __init_subclass__(cls, *args, **kwargs):
        cls._classSetupFailed = False
        cls._class_cleanups = []
        super().__init_subclass__(*args, **kwargs)

    # --- fixtures -----------------------------------------------------------------

    def setUp(self):
        pass

    def tearDown(self):
        pass

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def addCleanup(self, function, /, *args, **kwargs):
        self._cleanups.append((function, args, kwargs))

    def enterContext(self, cm):
        result = type(cm).__enter__(cm)
        self.addCleanup(type(cm).__exit__, cm, None, None, None)
        return result

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        cls._class_cleanups.append((function, args, kwargs))

    @classmethod
    def enterClassContext(cls, cm):
        result = type(cm).__enter__(cm)
        cls.addClassCleanup(type(cm).__exit__, cm, None, None, None)
        return result

    def doCleanups(self):
        outcome = self._outcome or _Outcome(None)
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            outcome.run(self, lambda: function(*args, **kwargs), is_cleanup=True)
        return outcome.success

    @classmethod
    def doClassCleanups(cls):
        cls.tearDown_exceptions = []
        while cls._class_cleanups:
            function, args, kwargs = cls._class_cleanups.pop()
            try:
                function(*args, **kwargs)
            except Exception as exc:
                cls.tearDown_exceptions.append(exc)

    # --- identity -----------------------------------------------------------------

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        from .result import TestResult
        return TestResult()

    def shortDescription(self):
        doc = self._testMethodDoc
        return doc.strip().split("\n")[0].strip() if doc else None

    def id(self):
        return "%s.%s" % (strclass(self.__class__), self._testMethodName)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._testMethodName == other._testMethodName

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def __str__(self):
        return "%s (%s.%s)" % (self._testMethodName, strclass(self.__class__), self._testMethodName)

    def __repr__(self):
        return "<%s testMethod=%s>" % (strclass(self.__class__), self._testMethodName)

    def subTest(self, msg=_subtest_msg_sentinel, **params):
        """A context manager: a failure inside it is reported with msg and params and
        the test goes on."""
        return _SubTestContext(self, msg, params)

    # --- running ------------------------------------------------------------------

    def run(self, result=None):
        if result is None:
            result = self.defaultTestResult()
            startTestRun = getattr(result, "startTestRun", None)
            if startTestRun is not None:
                startTestRun()
        result.startTest(self)
        try:
            testMethod = getattr(self, self._testMethodName)
            if (getattr(self.__class__, "__unittest_skip__", False)
                    or getattr(testMethod, "__unittest_skip__", False)):
                why = (getattr(self.__class__, "__unittest_skip_why__", "")
                       or getattr(testMethod, "__unittest_skip_why__", ""))
                _add_skip(result, self, why)
                return result
            expecting_failure = (getattr(self, "__unittest_expecting_failure__", False)
                                 or getattr(testMethod, "__unittest_expecting_failure__", False))
            outcome = _Outcome(result)
            self._outcome = outcome
            try:
                outcome.expecting_failure = expecting_failure
                if outcome.run(self, self.setUp):
                    outcome.run(self, testMethod)
                    outcome.expecting_failure = False
                    outcome.run(self, self.tearDown)
                self.doCleanups()
                if outcome.success:
                    if expecting_failure:
                        if outcome.expected_failure is not None:
                            result.addExpectedFailure(self, outcome.expected_failure)
                        else:
                            result.addUnexpectedSuccess(self)
                    else:
                        result.addSuccess(self)
                return result
            finally:
                outcome.expected_failure = None
                self._outcome = None
        finally:
            result.stopTest(self)

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        self.setUp()
        getattr(self, self._testMethodName)()
        self.tearDown()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop(-1)
            function(*args, **kwargs)

    def skipTest(self, reason):
        raise SkipTest(reason)

    def fail(self, msg=None):
        raise self.failureException(msg)

    def _formatMessage(self, msg, standardMsg):
        if not self.longMessage:
            return msg or standardMsg
        if msg is None:
            return standardMsg
        try:
            return "%s : %s" % (standardMsg, msg)
        except UnicodeDecodeError:
            return "%s : %s" % (safe_repr(standardMsg), safe_repr(msg))

    # --- assertions ---------------------------------------------------------------

    def assertFalse(self, expr, msg=None):
        if expr:
            self.fail(self._formatMessage(msg, "%s is not false" % safe_repr(expr)))

    def assertTrue(self, expr, msg=None):
        if not expr:
            self.fail(self._formatMessage(msg, "%s is not true" % safe_repr(expr)))

    def assertRaises(self, expected_exception, *args, **kwargs):
        """Without a callable, a context manager; with one, calls it and checks it
        raises expected_exception."""
        context = _AssertRaisesContext(expected_exception, self)
        try:
            return context.handle("assertRaises", args, kwargs)
        finally:
            context = None

    def _needs(self, what, module):
        raise NotImplementedError(f"unittest's {what} needs the {module} module, which braid "
                                  "does not have yet")

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        self._needs("assertRaisesRegex", "re")

    def assertWarns(self, expected_warning, *args, **kwargs):
        self._needs("assertWarns", "warnings")

    def assertWarnsRegex(self, expected_warning, expected_regex, *args, **kwargs):
        self._needs("assertWarnsRegex", "warnings")

    def assertLogs(self, logger=None, level=None):
        self._needs("assertLogs", "logging")

    def assertNoLogs(self, logger=None, level=None):
        self._needs("assertNoLogs", "logging")

    def assertRegex(self, text, expected_regex, msg=None):
        self._needs("assertRegex", "re")

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        self._needs("assertNotRegex", "re")

    def assertEqual(self, first, second, msg=None):
        if not first == second:
            standardMsg = "%s != %s" % (safe_repr(first), safe_repr(second))
            self.fail(self._formatMessage(msg, standardMsg))

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            msg = self._formatMessage(msg, "%s == %s" % (safe_repr(first), safe_repr(second)))
            raise self.failureException(msg)

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if delta is not None:
            if diff <= delta:
                return
            standardMsg = "%s != %s within %s delta (%s difference)" % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(diff))
        else:
            if places is None:
                places = 7
            if round(diff, places) == 0:
                return
            standardMsg = "%s != %s within %r places (%s difference)" % (
                safe_repr(first), safe_repr(second), places, safe_repr(diff))
        msg = self._formatMessage(msg, standardMsg)
        raise self.failureException(msg)

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if delta is not None:
            if not (first == second) and diff > delta:
                return
            standardMsg = "%s == %s within %s delta (%s difference)" % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(diff))
        else:
            if places is None:
                places = 7
            if not (first == second) and round(diff, places) != 0:
                return
            standardMsg = "%s == %s within %r places" % (safe_repr(first), safe_repr(second), places)
        msg = self._formatMessage(msg, standardMsg)
        raise self.failureException(msg)

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        if seq_type is not None:
            seq_type_name = seq_type.__name__
            if not isinstance(seq1, seq_type):
                raise self.failureException("First sequence is not a %s: %s" % (seq_type_name, safe_repr(seq1)))
            if not isinstance(seq2, seq_type):
                raise self.failureException("Second sequence is not a %s: %s" % (seq_type_name, safe_repr(seq2)))
        self.assertEqual(seq1, seq2, msg)

    def assertListEqual(self, list1, list2, msg=None):
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        try:
            difference1 = set1.difference(set2)
        except TypeError as e:
            self.fail("invalid type when attempting set difference: %s" % e)
        except AttributeError as e:
            self.fail("first argument does not support set difference: %s" % e)
        try:
            difference2 = set2.difference(set1)
        except TypeError as e:
            self.fail("invalid type when attempting set difference: %s" % e)
        except AttributeError as e:
            self.fail("second argument does not support set difference: %s" % e)
        if not (difference1 or difference2):
            return
        lines = []
        if difference1:
            lines.append("Items in the first set but not the second:")
            for item in difference1:
                lines.append(repr(item))
        if difference2:
            lines.append("Items in the second set but not the first:")
            for item in difference2:
                lines.append(repr(item))
        self.fail(self._formatMessage(msg, "\n".join(lines)))

    def assertDictEqual(self, d1, d2, msg=None):
        self.assertIsInstance(d1, dict, "First argument is not a dictionary")
        self.assertIsInstance(d2, dict, "Second argument is not a dictionary")
        self.assertEqual(d1, d2, msg)

    def assertMultiLineEqual(self, first, second, msg=None):
        self.assertIsInstance(first, str, "First argument is not a string")
        self.assertIsInstance(second, str, "Second argument is not a string")
        self.assertEqual(first, second, msg)

    def assertCountEqual(self, first, second, msg=None):
        """Same elements, each the same number of times, in any order."""
        first_seq, second_seq = list(first), list(second)
        differences = []
        for elem in _unique(first_seq + second_seq):
            cnt_s = _count(first_seq, elem)
            cnt_t = _count(second_seq, elem)
            if cnt_s != cnt_t:
                differences.append((cnt_s, cnt_t, elem))
        if differences:
            standardMsg = "Element counts were not equal:\n"
            lines = ["First has %d, Second has %d:  %r" % diff for diff in differences]
            diffMsg = "\n".join(lines)
            msg = self._formatMessage(msg, standardMsg + diffMsg)
            self.fail(msg)

    def assertIn(self, member, container, msg=None):
        if member not in container:
            standardMsg = "%s not found in %s" % (safe_repr(member), safe_repr(container))
            self.fail(self._formatMessage(msg, standardMsg))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            standardMsg = "%s unexpectedly found in %s" % (safe_repr(member), safe_repr(container))
            self.fail(self._formatMessage(msg, standardMsg))

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            standardMsg = "%s is not %s" % (safe_repr(expr1), safe_repr(expr2))
            self.fail(self._formatMessage(msg, standardMsg))

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            standardMsg = "unexpectedly identical: %s" % (safe_repr(expr1),)
            self.fail(self._formatMessage(msg, standardMsg))

    def assertLess(self, a, b, msg=None):
        if not a < b:
            self.fail(self._formatMessage(msg, "%s not less than %s" % (safe_repr(a), safe_repr(b))))

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            self.fail(self._formatMessage(msg, "%s not less than or equal to %s" % (safe_repr(a), safe_repr(b))))

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            self.fail(self._formatMessage(msg, "%s not greater than %s" % (safe_repr(a), safe_repr(b))))

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            self.fail(self._formatMessage(msg, "%s not greater than or equal to %s" % (safe_repr(a), safe_repr(b))))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self.fail(self._formatMessage(msg, "%s is not None" % (safe_repr(obj),)))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self.fail(self._formatMessage(msg, "unexpectedly None"))

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            standardMsg = "%s is not an instance of %r" % (safe_repr(obj), cls)
            self.fail(self._formatMessage(msg, standardMsg))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            standardMsg = "%s is an instance of %r" % (safe_repr(obj), cls)
            self.fail(self._formatMessage(msg, standardMsg))


def _unique(items):
    out = []
    for x in items:
        if not any(x is y or x == y for y in out):
            out.append(x)
    return out


def _count(items, elem):
    return sum(1 for x in items if x is elem or x == elem)


class FunctionTestCase(TestCase):
    """A test case around a plain function, with optional setUp/tearDown functions."""

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super().__init__()
        self._setUpFunc = setUp
        self._tearDownFunc = tearDown
        self._testFunc = testFunc
        self._description = description

    def setUp(self):
        if self._setUpFunc is not None:
            self._setUpFunc()

    def tearDown(self):
        if self._tearDownFunc is not None:
            self._tearDownFunc()

    def runTest(self):
        self._testFunc()

    def id(self):
        return self._testFunc.__name__

    def __str__(self):
        return "%s (%s)" % (strclass(self.__class__), self._testFunc.__name__)

    def __repr__(self):
        return "<%s tec=%s>" % (strclass(self.__class__), self._testFunc)

    def shortDescription(self):
        if self._description is not None:
            return self._description
        doc = self._testFunc.__doc__
        return doc and doc.split("\n")[0].strip() or None
