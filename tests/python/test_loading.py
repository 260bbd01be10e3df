"""Finding the shared library: the environment variable, next to the package, the install
prefix (an installed package's _installed.py), the system.

Each case runs a fresh interpreter, since a process loads the library once.
"""

import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import textwrap
import unittest

import gongkai
from gongkai import _native

LIBRARY = os.path.realpath(os.environ[_native.LIBRARY_ENV])
PACKAGE_DIR = pathlib.Path(gongkai.__file__).resolve().parent

# Prints "OK <path loaded>" or "ImportError <message>"; anything else is a test failure.
PROBE = textwrap.dedent("""
    try:
        import gongkai
        from gongkai import _native
    except ImportError as e:
        print("ImportError", e)
    else:
        print("OK", _native.path, gongkai.version())
""")


class LoadingTest(unittest.TestCase):

    def setUp(self):
        tmp = tempfile.TemporaryDirectory()
        self.addCleanup(tmp.cleanup)
        self.tmp = pathlib.Path(tmp.name)

    def probe(self, library_env=None, pythonpath=None, ld_library_path=None):
        env = {k: v for k, v in os.environ.items()
               if k not in (_native.LIBRARY_ENV, "LD_LIBRARY_PATH", "PYTHONPATH")}
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        env["PYTHONPATH"] = str(pythonpath or PACKAGE_DIR.parent)
        if library_env is not None:
            env[_native.LIBRARY_ENV] = library_env
        if ld_library_path is not None:
            env["LD_LIBRARY_PATH"] = ld_library_path
        done = subprocess.run([sys.executable, "-c", PROBE], env=env, cwd=self.tmp,
                              capture_output=True, text=True, timeout=60)
        self.assertEqual(done.returncode, 0, done.stderr)
        return done.stdout.strip()

    def package_copy(self, with_library):
        """A copy of the package in a fresh directory; returns the directory to put on the path."""
        root = self.tmp / "site"
        shutil.copytree(PACKAGE_DIR, root / "gongkai")
        if with_library:
            os.symlink(LIBRARY, root / "gongkai" / _native.SONAME)
        return root

    def test_environment_variable(self):
        out = self.probe(library_env=LIBRARY)
        self.assertEqual(out, f"OK {LIBRARY} {gongkai.version()}")

    def test_environment_variable_missing_file(self):
        missing = str(self.tmp / "nowhere" / "libgongkai.so.1")
        out = self.probe(library_env=missing)
        self.assertTrue(out.startswith("ImportError"), out)
        self.assertIn(f"GONGKAI_LIBRARY={missing}: no such file", out)

    def test_environment_variable_is_the_only_place_tried(self):
        # Even with a library next to the package, a wrong explicit path is an error.
        missing = str(self.tmp / "missing.so")
        out = self.probe(library_env=missing, pythonpath=self.package_copy(with_library=True))
        self.assertTrue(out.startswith("ImportError"), out)
        self.assertIn(missing, out)
        self.assertNotIn("next to the package", out)

    def test_environment_variable_not_a_library(self):
        bogus = self.tmp / "libgongkai.so.1"
        bogus.write_text("not an ELF file\n")
        out = self.probe(library_env=str(bogus))
        self.assertTrue(out.startswith("ImportError"), out)
        self.assertIn(f"GONGKAI_LIBRARY={bogus}", out)

    def test_next_to_the_package(self):
        root = self.package_copy(with_library=True)
        out = self.probe(pythonpath=root)
        self.assertEqual(out, f"OK {root / 'gongkai' / _native.SONAME} {gongkai.version()}")

    def test_install_prefix(self):
        # As cmake --install lays it out: PREFIX/lib/python3/dist-packages/gongkai with an
        # _installed.py naming PREFIX/lib relative to the package.
        prefix = self.tmp / "prefix"
        site = prefix / "lib" / "python3" / "dist-packages"
        shutil.copytree(PACKAGE_DIR, site / "gongkai")
        (site / "gongkai" / "_installed.py").write_text('LIBRARY_DIR = "../../../../lib"\n')
        os.symlink(LIBRARY, prefix / "lib" / _native.SONAME)
        out = self.probe(pythonpath=site)
        self.assertEqual(out, f"OK {prefix / 'lib' / _native.SONAME} {gongkai.version()}")

    def test_install_prefix_without_the_library(self):
        site = self.tmp / "site"
        shutil.copytree(PACKAGE_DIR, site / "gongkai")
        (site / "gongkai" / "_installed.py").write_text('LIBRARY_DIR = "../lib"\n')
        out = self.probe(pythonpath=site, library_env="")
        if out.startswith("OK"):
            self.skipTest(f"{_native.SONAME} is installed on this system")
        self.assertIn(f"install prefix: {site / 'lib' / _native.SONAME}: no such file", out)

    def test_system_loader(self):
        lib_dir = self.tmp / "lib"
        lib_dir.mkdir()
        os.symlink(LIBRARY, lib_dir / _native.SONAME)
        out = self.probe(pythonpath=self.package_copy(with_library=False),
                         ld_library_path=str(lib_dir))
        self.assertEqual(out, f"OK {_native.SONAME} {gongkai.version()}")

    def test_nowhere(self):
        root = self.package_copy(with_library=False)
        out = self.probe(pythonpath=root, library_env="")
        if out.startswith("OK"):
            self.skipTest(f"{_native.SONAME} is installed on this system")
        self.assertTrue(out.startswith("ImportError"), out)
        self.assertIn(f"next to the package: {root / 'gongkai' / _native.SONAME}: no such file", out)
        self.assertIn(f"system loader: {_native.SONAME}", out)
        self.assertIn("Set GONGKAI_LIBRARY", out)


if __name__ == "__main__":
    unittest.main()
