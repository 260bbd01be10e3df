"""pip installs the binding offline into a venv that sees Debian's python3-protobuf.

The exact commands of bindings/python/README.md ("Installing with pip"), run on a copy of
bindings/python in a temporary directory (setuptools writes build/ and *.egg-info next to
pyproject.toml; the source tree stays clean), with the generated modules taken from the CMake
build (GONGKAI_BUILD_DIR). The installed package is then imported from outside the build tree,
with PYTHONPATH unset, and called.
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest
import zipfile

SOURCE = os.environ.get("GONGKAI_PYTHON_SOURCE_DIR",
                        os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "bindings", "python"))

PROBE = """
import datetime, os, sys
import gongkai
from gongkai import cases
from gongkai.v1 import common_pb2
assert gongkai.__file__.startswith(sys.prefix), (gongkai.__file__, sys.prefix)
assert gongkai.reply_due(datetime.date(2025, 1, 24)) == datetime.date(2025, 2, 27)
report = cases.deadlines({"id": "a", "received": datetime.date(2025, 1, 24),
                          "events": [{"type": "EVENT_TYPE_REGISTERED", "date": datetime.date(2025, 1, 24)}]},
                         datetime.date(2025, 2, 3))
assert report["asOf"] == datetime.date(2025, 2, 3), report["asOf"]
assert gongkai.from_json(common_pb2.Agency, '{"id": "a1"}').id == "a1"
print(gongkai.__version__, gongkai.version())
"""


def run(args, **kwargs):
    done = subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=240,
                          **kwargs)
    if done.returncode != 0:
        raise AssertionError(f"{' '.join(args)} exited {done.returncode}:\n{done.stdout}")
    return done.stdout


class PipTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="gongkai-pip-")
        cls.src = os.path.join(cls.tmp, "src")
        shutil.copytree(SOURCE, cls.src, ignore=shutil.ignore_patterns("build", "*.egg-info", "__pycache__"))
        cls.venv = os.path.join(cls.tmp, "venv")
        # Debian's interpreter (the one ctest runs); --system-site-packages lets the venv see
        # python3-protobuf, python3-setuptools and python3-wheel.
        run([sys.executable, "-m", "venv", "--system-site-packages", cls.venv])
        cls.python = os.path.join(cls.venv, "bin", "python")
        cls.env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
        cls.env["GONGKAI_BUILD_DIR"] = os.environ["GONGKAI_BUILD_DIR"]
        cls.env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
        # No configuration file: a find-links of the machine's could otherwise supply packages.
        cls.env["PIP_CONFIG_FILE"] = os.devnull
        cls.install_log = run([cls.python, "-m", "pip", "install", "--no-index", "--no-build-isolation", cls.src],
                              env=cls.env, cwd=cls.tmp)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def test_installs_offline_with_the_system_protobuf(self):
        self.assertIn("Successfully installed gongkai-", self.install_log)
        # The dependency is met by Debian's package: nothing was downloaded or installed for it.
        self.assertRegex(self.install_log, r"Requirement already satisfied: protobuf>=3\.21 in /usr/lib/python3/dist-packages")
        self.assertNotIn("Installing collected packages: protobuf", self.install_log)
        shown = run([self.python, "-m", "pip", "show", "gongkai"], env=self.env, cwd=self.tmp)
        self.assertIn("Requires: protobuf", shown)

    def test_import_and_call_from_the_venv(self):
        out = run([self.python, "-c", PROBE], env=self.env, cwd=self.tmp)
        with open(os.path.join(os.environ["GONGKAI_HEADER_DIR"], "version.h"), encoding="utf-8") as f:
            header_version = re.search(r'GONGKAI_VERSION_STRING "([^"]+)"', f.read()).group(1)
        self.assertEqual(out.split(), [header_version, header_version])

    def test_the_wheel_holds_the_generated_modules_and_no_library(self):
        wheels = os.path.join(self.tmp, "wheels")
        run([self.python, "-m", "pip", "wheel", "--no-index", "--no-build-isolation", "--no-deps", "-w", wheels,
             self.src], env=self.env, cwd=self.tmp)
        (wheel,) = os.listdir(wheels)
        names = zipfile.ZipFile(os.path.join(wheels, wheel)).namelist()
        self.assertIn("gongkai/v1/common_pb2.py", names)
        self.assertIn("gongkai/_values.py", names)
        self.assertFalse([n for n in names if ".so" in n], names)

        # Without any site-packages (python -S), so without protobuf: plain JSON and reply_due
        # work, a dict result says which package is missing.
        unpacked = os.path.join(self.tmp, "unpacked")
        zipfile.ZipFile(os.path.join(wheels, wheel)).extractall(unpacked)
        probe = ("import gongkai\n"
                 "print(gongkai.to_json('gongkai.v1.Agency', gongkai.from_json('gongkai.v1.Agency', '{\"id\": \"a\"}')))\n"
                 "print(gongkai.reply_due('2025-01-24'))\n"
                 "try:\n"
                 "    gongkai.Calendar.national().year(2025)\n"
                 "except ImportError as e:\n"
                 "    print(e)\n")
        out = run([sys.executable, "-S", "-c", probe], env=dict(self.env, PYTHONPATH=unpacked), cwd=self.tmp)
        lines = out.splitlines()
        self.assertEqual(lines[:2], ['{"id":"a"}', "2025-02-27"])
        self.assertIn("python3-protobuf", lines[2])
        self.assertIn("pip install 'protobuf>=3.21'", lines[2])

    def test_missing_generated_modules_are_named(self):
        env = dict(self.env, GONGKAI_BUILD_DIR=os.path.join(self.tmp, "no-build"))
        done = subprocess.run([self.python, "-m", "pip", "install", "--no-index", "--no-build-isolation", "--no-deps",
                               self.src], env=env, cwd=self.tmp, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              text=True, timeout=240)
        self.assertNotEqual(done.returncode, 0)
        self.assertIn("no generated protobuf modules", done.stdout)
        self.assertIn("GONGKAI_BUILD_DIR", done.stdout)


if __name__ == "__main__":
    unittest.main()
