"""TestResult: the record of a test run (failures, errors, skips ...)."""

from . import util

__unittest = True


def _is_unittest_frame(frame):
    return "__unittest" in frame.f_globals


class TestResult:
    """Collects the outcome of each test; failures and errors hold (test, traceback
    text) pairs."""

    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.collectedDurations = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False

    def printErrors(self):
        pass

    def startTest(self, test):
        self.testsRun += 1

    def startTestRun(self):
        pass

    def stopTest(self, test):
        pass

    def stopTestRun(self):
        pass

    def _failfast(self):
        if self.failfast:
            self.stop()

    def addError(self, test, err):
        self.errors.append((test, self._exc_info_to_string(err, test)))
        self._failfast()

    def addFailure(self, test, err):
        self.failures.append((test, self._exc_info_to_string(err, test)))
        self._failfast()

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if isinstance(err, test.failureException):
                errors = self.failures
            else:
                errors = self.errors
            errors.append((subtest, self._exc_info_to_string(err, test)))
            self._failfast()

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def addDuration(self, test, elapsed):
        self.collectedDurations.append((str(test), elapsed))

    def wasSuccessful(self):
        return ((len(self.failures) == len(self.errors) == 0)
                and (not hasattr(self, "unexpectedSuccesses") or len(self.unexpectedSuccesses) == 0))

    def stop(self):
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        """The traceback text of err without the frames of unittest itself."""
        if isinstance(err, tuple):
            err = err[1]
        return util.format_exception(err, _is_unittest_frame)

    def __repr__(self):
        return ("<%s run=%i errors=%i failures=%i>" %
                (util.strclass(self.__class__), self.testsRun, len(self.errors),
                 len(self.failures)))
