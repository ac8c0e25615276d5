import io
import sys
import unittest

log = []

def setUpModule():
    log.append("setUpModule")

def tearDownModule():
    log.append("tearDownModule")


class Arith(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("setUpClass")

    @classmethod
    def tearDownClass(cls):
        log.append("tearDownClass")

    def setUp(self):
        self.x = 2
        self.addCleanup(log.append, "cleanup " + self._testMethodName)

    def tearDown(self):
        log.append("tearDown " + self._testMethodName)

    def test_add(self):
        """Adds two numbers."""
        self.assertEqual(self.x + 2, 4)

    def test_fail(self):
        self.assertEqual(self.x * 3, 7)

    def test_error(self):
        {}["missing"]

    def test_raises(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            1 / 0
        self.assertIsInstance(cm.exception, ZeroDivisionError)
        self.assertRaises(KeyError, {}.__getitem__, 1)

    def test_raises_missing(self):
        with self.assertRaises(ValueError):
            pass

    @unittest.skip("not today")
    def test_skipped(self):
        self.fail("never")

    @unittest.skipIf(True, "condition")
    def test_skip_if(self):
        pass

    @unittest.skipUnless(True, "runs")
    def test_skip_unless(self):
        self.skipTest("inside")

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertTrue(False)

    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

    def test_subtest_msg(self):
        with self.subTest("named", k="v"):
            self.assertIn(3, [1, 2])


class Messages(unittest.TestCase):
    def check(self, f, *args, **kw):
        try:
            f(*args, **kw)
        except AssertionError as e:
            print(type(e).__name__ + ":", e)
        else:
            print("passed")

    def test_messages(self):
        c = self.check
        c(self.assertEqual, 1, 2)
        c(self.assertEqual, 1, 2, "custom")
        c(self.assertNotEqual, "a", "a")
        c(self.assertTrue, 0)
        c(self.assertFalse, [1])
        c(self.assertIs, None, 0)
        c(self.assertIsNot, None, None)
        c(self.assertIsNone, 5)
        c(self.assertIsNotNone, None)
        c(self.assertIn, 1, ())
        c(self.assertNotIn, 1, [1])
        c(self.assertIsInstance, 1, str)
        c(self.assertNotIsInstance, 1, int)
        c(self.assertGreater, 1, 2)
        c(self.assertGreaterEqual, 1, 2)
        c(self.assertLess, 2, 1)
        c(self.assertLessEqual, 2, 1)
        c(self.assertAlmostEqual, 1.0, 1.1)
        c(self.assertAlmostEqual, 1.0, 1.00000001)
        c(self.assertAlmostEqual, 1.0, 1.5, delta=0.1)
        c(self.assertNotAlmostEqual, 1.0, 1.0)
        c(self.assertNotAlmostEqual, 1.0, 1.05, delta=0.1)
        c(self.assertCountEqual, [1, 2, 2], [2, 1, 2])
        c(self.assertCountEqual, [1, 2, 2], [1, 1, 2])
        c(self.assertSetEqual, {1, 2}, {2, 3})
        c(self.assertListEqual, (1,), [1])
        c(self.assertTupleEqual, (1,), [1])
        c(self.assertDictEqual, [], {})
        c(self.assertMultiLineEqual, "a", 1)
        c(self.fail, "boom")
        c(self.assertRaises, KeyError, lambda: None)
        self.longMessage = False
        c(self.assertEqual, 1, 2, "only this")
        try:
            self.assertRaises(1)
        except TypeError as e:
            print(e)


class Plain(unittest.TestCase):
    def runTest(self):
        pass


ROOT = __file__.rsplit("/", 2)[0] + "/"


def strip_time(text):
    text = text.replace(ROOT, "")
    out = []
    for line in text.splitlines():
        if line.startswith("Ran ") and " in " in line:
            line = line[:line.rindex(" in ")] + " in X"
        out.append(line)
    return "\n".join(out)


for verbosity in (1, 2):
    stream = io.StringIO()
    log.clear()
    prog = unittest.main(argv=["prog", "Arith"], exit=False, verbosity=verbosity,
                         testRunner=unittest.TextTestRunner(stream=stream, verbosity=verbosity))
    print(strip_time(stream.getvalue()))
    r = prog.result
    print(r.testsRun, len(r.failures), len(r.errors), len(r.skipped), len(r.expectedFailures), len(r.unexpectedSuccesses), r.wasSuccessful())
    print(log)

suite = unittest.TestLoader().loadTestsFromTestCase(Messages)
unittest.TextTestRunner(stream=io.StringIO()).run(suite)
print(unittest.TestLoader().getTestCaseNames(Arith))
print(Arith("test_add").id(), str(Arith("test_add")), repr(Arith("test_add")), Arith("test_add").shortDescription())
print(Plain().id(), unittest.TestSuite([Arith("test_add"), Plain()]).countTestCases())
try:
    Arith("nope")
except ValueError as e:
    print(e)
loader = unittest.TestLoader()
loader.testNamePatterns = ["*raises*"]
print([t._testMethodName for t in loader.loadTestsFromTestCase(Arith)])
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, failfast=True).run(unittest.TestLoader().loadTestsFromNames(["Arith.test_fail", "Arith.test_add"], sys.modules[__name__]))
print(result.testsRun, strip_time(stream.getvalue()).splitlines()[-1])
stream = io.StringIO()
unittest.TextTestRunner(stream=stream).run(unittest.TestSuite())
print(strip_time(stream.getvalue()))
ft = unittest.FunctionTestCase(lambda: None, description="a function")
print(ft.shortDescription(), unittest.TextTestRunner(stream=io.StringIO()).run(ft).wasSuccessful())
