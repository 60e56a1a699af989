"""A tiny unit-test framework: test discovery by name on classes, setUp/tearDown, assertion
helpers, expected exceptions via a context manager, skips, and a summary with failure details."""
import traceback


class SkipTest(Exception):
    pass


class AssertionFailed(AssertionError):
    pass


class Raises:
    def __init__(self, kind):
        self.kind, self.exception = kind, None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            raise AssertionFailed(f"{self.kind.__name__} not raised")
        if not issubclass(exc_type, self.kind):
            return False
        self.exception = exc
        return True


class TestCase:
    def setUp(self):
        pass

    def tearDown(self):
        pass

    def assertEqual(self, a, b):
        if a != b:
            raise AssertionFailed(f"{a!r} != {b!r}")

    def assertTrue(self, x, msg="expected true"):
        if not x:
            raise AssertionFailed(msg)

    def assertAlmostEqual(self, a, b, places=7):
        if round(abs(a - b), places) != 0:
            raise AssertionFailed(f"{a!r} != {b!r} within {places} places")

    def assertRaises(self, kind):
        return Raises(kind)

    def skip(self, reason):
        raise SkipTest(reason)


def run_tests(*classes):
    results = {"pass": [], "fail": [], "error": [], "skip": []}
    for cls in classes:
        for name in sorted(n for n in dir(cls) if n.startswith("test")):
            case = cls()
            label = f"{cls.__name__}.{name}"
            try:
                case.setUp()
                try:
                    getattr(case, name)()
                finally:
                    case.tearDown()
            except SkipTest as exc:
                results["skip"].append((label, str(exc)))
            except AssertionError as exc:
                results["fail"].append((label, str(exc) or type(exc).__name__))
            except Exception as exc:
                frames = traceback.extract_tb(exc.__traceback__)
                results["error"].append((label, f"{type(exc).__name__}: {exc} (in {frames[-1].name})"))
            else:
                results["pass"].append((label, ""))
    return results


class StackTests(TestCase):
    log = []

    def setUp(self):
        self.stack = [1, 2, 3]
        self.log.append("setUp")

    def tearDown(self):
        self.log.append("tearDown")

    def test_push(self):
        self.stack.append(4)
        self.assertEqual(self.stack[-1], 4)

    def test_pop_empty(self):
        with self.assertRaises(IndexError) as ctx:
            [].pop()
        self.assertTrue("empty" in str(ctx.exception), "message mentions empty")

    def test_wrong_expectation(self):
        self.assertEqual(sorted(self.stack, reverse=True), [3, 1, 2])

    def test_not_raised(self):
        with self.assertRaises(KeyError):
            {}.get("x")


class MathTests(TestCase):
    def test_float(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.3)

    def test_float_strict(self):
        self.assertAlmostEqual(1 / 3, 0.333, places=4)

    def test_division(self):
        return helper_divide(1, 0)

    def test_skipped(self):
        self.skip("not on this platform")

    def test_plain_assert(self):
        assert 2 + 2 == 5

    def test_wrong_exception(self):
        with self.assertRaises(KeyError):
            int("x")


def helper_divide(a, b):
    return a / b


results = run_tests(StackTests, MathTests)
for kind in ("pass", "fail", "error", "skip"):
    for label, detail in results[kind]:
        print(f"{kind.upper():<5} {label}" + (f": {detail}" if detail else ""))
total = sum(len(v) for v in results.values())
print(f"\nRan {total} tests: " + ", ".join(f"{len(v)} {k}" for k, v in results.items()))
print("setUp/tearDown calls:", StackTests.log.count("setUp"), StackTests.log.count("tearDown"))
print("OK" if not results["fail"] and not results["error"] else "FAILED")
