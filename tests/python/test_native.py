"""The loaded library: version agreement and freeing of every buffer."""

import ctypes
import os
import re
import unittest
from unittest import mock

import gongkai
from gongkai import _native
from gongkai.v1 import common_pb2


class VersionTest(unittest.TestCase):

    def test_string_and_number_agree(self):
        major, minor, patch = map(int, re.fullmatch(r"(\d+)\.(\d+)\.(\d+)", gongkai.version()).groups())
        self.assertEqual(gongkai.version_number(), major * 1000000 + minor * 1000 + patch)
        self.assertEqual(major, _native.EXPECTED_MAJOR)

    def test_loaded_from_the_environment_variable(self):
        self.assertEqual(os.path.realpath(_native.path),
                         os.path.realpath(os.environ[_native.LIBRARY_ENV]))

    def test_other_major_is_refused(self):
        _native.check_version(_native.EXPECTED_MAJOR * 1000000 + 999999, "/x/libgongkai.so.0")
        with self.assertRaises(ImportError) as cm:
            _native.check_version((_native.EXPECTED_MAJOR + 1) * 1000000 + 2003, "/x/libgongkai.so.1")
        message = str(cm.exception)
        self.assertIn("/x/libgongkai.so.1", message)
        self.assertIn(f"{_native.EXPECTED_MAJOR + 1}.2.3", message)
        self.assertIn(f"major version {_native.EXPECTED_MAJOR}", message)
        self.assertEqual(cm.exception.path, "/x/libgongkai.so.1")


class BufferTest(unittest.TestCase):
    """Every buffer the library returns is freed exactly once, on success and on failure."""

    def setUp(self):
        real_free = _native.lib.gongkai_buffer_free
        self.freed = []

        def counting_free(buffer):
            self.freed.append(ctypes.cast(buffer, ctypes.c_void_p).value)
            real_free(buffer)

        patcher = mock.patch.object(_native.lib, "gongkai_buffer_free", counting_free)
        patcher.start()
        self.addCleanup(patcher.stop)

    def test_success_frees_one_buffer_per_call(self):
        data = gongkai.from_json("gongkai.v1.Agency", '{"name": "n"}')
        gongkai.to_json("gongkai.v1.Agency", data)
        gongkai.from_json(common_pb2.Agency, "{}")
        gongkai.to_json(common_pb2.Agency())
        gongkai.message_type_names()
        self.assertEqual(len(self.freed), 5)
        self.assertTrue(all(self.freed), "a successful call returns a non-NULL buffer")

    def test_failure_frees_nothing_but_null(self):
        with self.assertRaises(gongkai.NotFoundError):
            gongkai.to_json("nope", b"")
        with self.assertRaises(gongkai.InvalidArgumentError):
            gongkai.from_json("gongkai.v1.Agency", "{")
        self.assertEqual(self.freed, [None, None])  # free(NULL): the call left *out alone

    def test_empty_buffer(self):
        self.assertEqual(gongkai.from_json("gongkai.v1.Agency", "{}"), b"")
        self.assertEqual(len(self.freed), 1)
        self.assertTrue(self.freed[0])

    def test_binary_contents_are_copied_whole(self):
        # An embedded and a trailing NUL byte: the size, not the C terminator, counts.
        data = gongkai.from_json("gongkai.v1.Agency", '{"id": "a\\u0000b\\u0000"}')
        self.assertEqual(data, b"\x0a\x04a\x00b\x00")
        named = common_pb2.Agency(id="a\0b\0")
        self.assertEqual(gongkai.from_json(common_pb2.Agency, gongkai.to_json(named)), named)


class ThreadTest(unittest.TestCase):
    """The last error is per thread: concurrent failures each report their own message."""

    def test_concurrent_errors(self):
        import concurrent.futures

        def fail(i):
            try:
                gongkai.to_json(f"gongkai.v1.Missing{i}", b"")
            except gongkai.NotFoundError as e:
                return i, str(e)
            return i, None

        with concurrent.futures.ThreadPoolExecutor(8) as pool:
            for i, message in pool.map(fail, range(200)):
                self.assertIn(f'"gongkai.v1.Missing{i}"', message)


if __name__ == "__main__":
    unittest.main()
