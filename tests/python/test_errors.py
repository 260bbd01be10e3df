"""The exception hierarchy and the mapping from gongkai_code to classes."""

import unittest

import gongkai
from gongkai import errors

EXPECTED = {
    gongkai.Code.INVALID_ARGUMENT: (gongkai.InvalidArgumentError, ValueError),
    gongkai.Code.NOT_FOUND: (gongkai.NotFoundError, KeyError),
    gongkai.Code.ALREADY_EXISTS: (gongkai.AlreadyExistsError, None),
    gongkai.Code.RESOURCE_EXHAUSTED: (gongkai.ResourceExhaustedError, None),
    gongkai.Code.FAILED_PRECONDITION: (gongkai.FailedPreconditionError, None),
    gongkai.Code.OUT_OF_RANGE: (gongkai.OutOfRangeError, ValueError),
    gongkai.Code.INTERNAL: (gongkai.InternalError, None),
    gongkai.Code.UNAVAILABLE: (gongkai.UnavailableError, None),
    gongkai.Code.DATA_LOSS: (gongkai.DataLossError, None),
}


class HierarchyTest(unittest.TestCase):

    def test_every_nonzero_code_has_a_class(self):
        self.assertEqual(set(EXPECTED), set(gongkai.Code) - {gongkai.Code.OK})

    def test_from_code(self):
        for code, (cls, builtin) in EXPECTED.items():
            with self.subTest(code=code.name):
                e = errors.from_code(int(code), code.name, "f: it failed")
                self.assertIs(type(e), cls)
                self.assertIsInstance(e, gongkai.Error)
                if builtin is not None:
                    self.assertIsInstance(e, builtin)
                self.assertEqual(e.code, code)
                self.assertEqual(e.code_name, code.name)
                self.assertEqual(e.message, "f: it failed")
                self.assertEqual(str(e), "f: it failed")

    def test_classes_without_a_builtin_are_not_value_or_key_errors(self):
        for cls in (gongkai.AlreadyExistsError, gongkai.ResourceExhaustedError,
                    gongkai.FailedPreconditionError, gongkai.InternalError, gongkai.UnavailableError,
                    gongkai.DataLossError):
            self.assertFalse(issubclass(cls, (ValueError, KeyError, MemoryError)), cls)

    def test_unknown_code_is_the_base_class(self):
        e = errors.from_code(42, "UNKNOWN", "f: new code")
        self.assertIs(type(e), gongkai.Error)
        self.assertEqual(e.code, 42)
        self.assertEqual(e.code_name, "UNKNOWN")
        self.assertEqual(str(e), "f: new code")

    def test_library_names_the_codes_as_the_binding_does(self):
        from gongkai import _native
        for code in gongkai.Code:
            self.assertEqual(_native.lib.gongkai_code_name(int(code)).decode(), code.name)
        self.assertEqual(_native.lib.gongkai_code_name(42), b"UNKNOWN")

    def test_raised_directly(self):
        e = gongkai.NotFoundError("no such record")
        self.assertEqual(e.code, gongkai.Code.NOT_FOUND)
        self.assertEqual(e.code_name, "NOT_FOUND")
        self.assertEqual(str(e), "no such record")  # not "'no such record'" as KeyError gives
        self.assertIn("NotFoundError", repr(e))

    def test_caught_as_builtin(self):
        with self.assertRaises(KeyError):
            gongkai.to_json("nope", b"")
        with self.assertRaises(ValueError):
            gongkai.to_json("gongkai.v1.Agency", b"\xff")


if __name__ == "__main__":
    unittest.main()
