"""TestSuite: an ordered collection of tests, with the class and module fixtures
(setUpClass/tearDownClass, setUpModule/tearDownModule) run around them."""

import sys

from . import case, util

__unittest = True


class _ErrorHolder:
    """Stands for a fixture (setUpClass ...) that failed, in the result's lists."""

    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __repr__(self):
        return "<ErrorHolder description=%r>" % (self.description,)

    def __str__(self):
        return self.id()

    def run(self, result):
        pass

    def __call__(self, result):
        return self.run(result)

    def countTestCases(self):
        return 0


class TestSuite:
    """Tests and suites, run in order."""

    _cleanup = True

    def __init__(self, tests=()):
        self._tests = []
        self._removed_tests = 0
        self.addTests(tests)

    def __repr__(self):
        return "<%s tests=%s>" % (util.strclass(self.__class__), list(self))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return list(self) == list(other)

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        cases = self._removed_tests
        for test in self:
            if test:
                cases += test.countTestCases()
        return cases

    def addTest(self, test):
        if not callable(test):
            raise TypeError("{} is not callable".format(repr(test)))
        if isinstance(test, type) and issubclass(test, (case.TestCase, TestSuite)):
            raise TypeError("TestCases and TestSuites must be instantiated "
                            "before passing them to addTest()")
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a string")
        for test in tests:
            self.addTest(test)

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        for test in self:
            test.debug()

    def run(self, result, debug=False):
        top_level = False
        if not getattr(result, "_testRunEntered", False):
            result._testRunEntered = top_level = True
        for index, test in enumerate(self):
            if result.shouldStop:
                break
            if _isnotsuite(test):
                self._tearDownPreviousClass(test, result)
                self._handleModuleFixture(test, result)
                self._handleClassSetUp(test, result)
                result._previousTestClass = test.__class__
                if (getattr(test.__class__, "_classSetupFailed", False)
                        or getattr(result, "_moduleSetUpFailed", False)):
                    continue
            test(result)
            if self._cleanup:
                self._tests[index] = None
                self._removed_tests += test.countTestCases()
        if top_level:
            self._tearDownPreviousClass(None, result)
            self._handleModuleTearDown(result)
            result._testRunEntered = False
        return result

    def _handleClassSetUp(self, test, result):
        previousClass = getattr(result, "_previousTestClass", None)
        currentClass = test.__class__
        if currentClass == previousClass:
            return
        if result._moduleSetUpFailed:
            return
        if getattr(currentClass, "__unittest_skip__", False):
            return
        currentClass._classSetupFailed = False
        setUpClass = getattr(currentClass, "setUpClass", None)
        doClassCleanups = getattr(currentClass, "doClassCleanups", None)
        if setUpClass is not None:
            try:
                setUpClass()
            except Exception as e:
                currentClass._classSetupFailed = True
                className = util.strclass(currentClass)
                self._createClassOrModuleLevelException(result, e, "setUpClass", className)
                if doClassCleanups is not None:
                    doClassCleanups()
                    for exc in currentClass.tearDown_exceptions:
                        self._createClassOrModuleLevelException(result, exc, "setUpClass", className)

    def _get_previous_module(self, result):
        previousModule = None
        previousClass = getattr(result, "_previousTestClass", None)
        if previousClass is not None:
            previousModule = previousClass.__module__
        return previousModule

    def _handleModuleFixture(self, test, result):
        previousModule = self._get_previous_module(result)
        currentModule = test.__class__.__module__
        if currentModule == previousModule:
            return
        self._handleModuleTearDown(result)
        result._moduleSetUpFailed = False
        module = sys.modules.get(currentModule)
        if module is None:
            return
        setUpModule = getattr(module, "setUpModule", None)
        if setUpModule is not None:
            try:
                setUpModule()
            except Exception as e:
                result._moduleSetUpFailed = True
                self._createClassOrModuleLevelException(result, e, "setUpModule", currentModule)
                try:
                    case.doModuleCleanups()
                except Exception as exc:
                    self._createClassOrModuleLevelException(result, exc, "setUpModule", currentModule)

    def _createClassOrModuleLevelException(self, result, exc, method_name, parent, info=None):
        errorName = f"{method_name} ({parent})"
        error = _ErrorHolder(errorName)
        if isinstance(exc, case.SkipTest):
            result.addSkip(error, str(exc))
        else:
            result.addError(error, exc)

    def _handleModuleTearDown(self, result):
        previousModule = self._get_previous_module(result)
        if previousModule is None:
            return
        if result._moduleSetUpFailed:
            return
        module = sys.modules.get(previousModule)
        if module is None:
            return
        tearDownModule = getattr(module, "tearDownModule", None)
        if tearDownModule is not None:
            try:
                tearDownModule()
            except Exception as e:
                self._createClassOrModuleLevelException(result, e, "tearDownModule", previousModule)
        try:
            case.doModuleCleanups()
        except Exception as e:
            self._createClassOrModuleLevelException(result, e, "tearDownModule", previousModule)

    def _tearDownPreviousClass(self, test, result):
        previousClass = getattr(result, "_previousTestClass", None)
        currentClass = test.__class__ if test is not None else None
        if currentClass == previousClass or previousClass is None:
            return
        if getattr(previousClass, "_classSetupFailed", False):
            return
        if getattr(result, "_moduleSetUpFailed", False):
            return
        if getattr(previousClass, "__unittest_skip__", False):
            return
        tearDownClass = getattr(previousClass, "tearDownClass", None)
        doClassCleanups = getattr(previousClass, "doClassCleanups", None)
        if tearDownClass is not None:
            try:
                tearDownClass()
            except Exception as e:
                className = util.strclass(previousClass)
                self._createClassOrModuleLevelException(result, e, "tearDownClass", className)
        if doClassCleanups is not None:
            doClassCleanups()
            for exc in previousClass.tearDown_exceptions:
                className = util.strclass(previousClass)
                self._createClassOrModuleLevelException(result, exc, "tearDownClass", className)


def _isnotsuite(test):
    try:
        iter(test)
    except TypeError:
        return True
    return False
