"""unittest: test cases, suites, loading, running and reporting, with CPython's
command line (`unittest.main()`, `braid -m unittest`) and output format.

braid's own smaller implementation. Not there yet: the detailed diffs of assertEqual on
containers and long strings (they need difflib; the message is `first != second`), the
assert methods that need re, warnings or logging (assertRaisesRegex, assertRegex,
assertWarns, assertLogs raise NotImplementedError), carets in the printed tracebacks,
async test cases, and mock.
"""

__unittest = True

from .case import (TestCase, FunctionTestCase, SkipTest, skip, skipIf, skipUnless,
                   expectedFailure, addModuleCleanup, doModuleCleanups, enterModuleContext)
from .suite import TestSuite
from .result import TestResult
from .loader import TestLoader, defaultTestLoader
from .runner import TextTestRunner, TextTestResult
from .main import main, TestProgram

__all__ = ["TestResult", "TestCase", "TestSuite", "TextTestRunner", "TestLoader",
           "FunctionTestCase", "main", "defaultTestLoader", "SkipTest", "skip", "skipIf",
           "skipUnless", "expectedFailure", "TextTestResult", "addModuleCleanup",
           "doModuleCleanups", "enterModuleContext", "TestProgram"]
