"""unittest.main() and `braid -m unittest`: the command line."""

import os
import sys

from . import loader, runner

__unittest = True

_NO_TESTS_EXITCODE = 5

_USAGE = """usage: %(prog)s [-h] [-v] [-q] [-f] [-k TESTNAMEPATTERNS] [tests ...]
"""

_DISCOVER_USAGE = """usage: %(prog)s discover [-h] [-v] [-q] [-f] [-k TESTNAMEPATTERNS] [-s START] [-p PATTERN] [-t TOP] [start] [pattern] [top]
"""


class TestProgram:
    """Loads the tests named on the command line (or all of a module's, or discovered
    ones), runs them and exits with 0 on success, 1 on failure, 5 if none ran."""

    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = testNamePatterns = None

    def __init__(self, module="__main__", defaultTest=None, argv=None, testRunner=None,
                 testLoader=loader.defaultTestLoader, exit=True, verbosity=1, failfast=None,
                 catchbreak=None, buffer=None, warnings=None, *, tb_locals=False,
                 durations=None):
        if isinstance(module, str):
            self.module = __import__(module)
            for part in module.split(".")[1:]:
                self.module = getattr(self.module, part)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.durations = durations
        self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = os.path.basename(argv[0])
        self.parseArgs(argv)
        self.runTests()

    def _usage_error(self, message, discover=False):
        usage = (_DISCOVER_USAGE if discover else _USAGE) % {"prog": self.progName}
        sys.stderr.write(usage)
        sys.stderr.write("%s: error: %s\n" % (self.progName, message))
        sys.exit(2)

    def _parse_options(self, args, discover=False):
        """Common options; returns the positional arguments."""
        rest = []
        i = 0
        while i < len(args):
            a = args[i]
            if a in ("-v", "--verbose"):
                self.verbosity = 2
            elif a in ("-q", "--quiet"):
                self.verbosity = 0
            elif a in ("-f", "--failfast"):
                self.failfast = True
            elif a in ("-b", "--buffer", "-c", "--catch", "--locals"):
                pass
            elif a == "-k" or a.startswith("-k"):
                if a == "-k":
                    i += 1
                    if i >= len(args):
                        self._usage_error("argument -k: expected one argument", discover)
                    pattern = args[i]
                else:
                    pattern = a[2:]
                if "*" not in pattern:
                    pattern = "*%s*" % pattern
                if self.testNamePatterns is None:
                    self.testNamePatterns = []
                self.testNamePatterns.append(pattern)
            elif discover and a in ("-s", "--start-directory", "-p", "--pattern", "-t", "--top-level-directory"):
                i += 1
                if i >= len(args):
                    self._usage_error("argument %s: expected one argument" % a, discover)
                key = {"-s": "start", "--start-directory": "start", "-p": "pattern",
                       "--pattern": "pattern", "-t": "top", "--top-level-directory": "top"}[a]
                setattr(self, "_discover_" + key, args[i])
            elif a in ("-h", "--help"):
                sys.stdout.write((_DISCOVER_USAGE if discover else _USAGE) % {"prog": self.progName})
                sys.exit(0)
            elif a.startswith("-") and a != "-":
                self._usage_error("unrecognized arguments: %s" % a, discover)
            else:
                rest.append(a)
            i += 1
        return rest

    def parseArgs(self, argv):
        args = list(argv[1:])
        if self.module is None and args and args[0].lower() == "discover":
            self._do_discovery(args[1:])
            return
        self.testNames = self._parse_options(args)
        if self.module is None and not self.testNames:
            # `-m unittest [options]` without test names discovers.
            self._do_discovery([])
            return
        if self.testNames:
            self.testNames = [_convert_name(n) for n in self.testNames]
        elif self.defaultTest is not None:
            self.testNames = [self.defaultTest] if isinstance(self.defaultTest, str) else list(self.defaultTest)
        else:
            self.testNames = None
        self.createTests()

    def createTests(self, from_discovery=False, Loader=None):
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def _do_discovery(self, argv):
        self._discover_start = "."
        self._discover_pattern = "test*.py"
        self._discover_top = None
        self.progName = "python -m unittest"
        positional = self._parse_options(argv, discover=True)
        for key, value in zip(("start", "pattern", "top"), positional):
            setattr(self, "_discover_" + key, value)
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        self.test = self.testLoader.discover(self._discover_start, self._discover_pattern,
                                             self._discover_top)

    def runTests(self):
        if self.testRunner is None:
            self.testRunner = runner.TextTestRunner
        if isinstance(self.testRunner, type):
            try:
                testRunner = self.testRunner(verbosity=self.verbosity, failfast=self.failfast,
                                             buffer=self.buffer, warnings=self.warnings,
                                             tb_locals=self.tb_locals, durations=self.durations)
            except TypeError:
                testRunner = self.testRunner(verbosity=self.verbosity, failfast=self.failfast,
                                             buffer=self.buffer, warnings=self.warnings)
        else:
            testRunner = self.testRunner
        self.result = testRunner.run(self.test)
        if self.exit:
            if self.result.testsRun == 0 and len(self.result.skipped) == 0:
                sys.exit(_NO_TESTS_EXITCODE)
            sys.exit(not self.result.wasSuccessful())


def _convert_name(name):
    """A file path given as a test name becomes its module name."""
    if os.path.isfile(name) and name.lower().endswith(".py"):
        if os.path.isabs(name):
            rel = os.path.relpath(name, os.getcwd())
            if os.path.isabs(rel) or rel.startswith(os.pardir):
                return name
            name = rel
        return os.path.normpath(name)[:-3].replace("\\", ".").replace("/", ".")
    return name


main = TestProgram
