"""Builds the gongkai wheel: the .py files of this folder plus the generated protobuf modules.

pyproject.toml holds the metadata; this file names the packages, reads the version from
gongkai/__init__.py (without importing it: that loads the library) and adds
gongkai/v1/*_pb2.py, which protoc writes
during the CMake build (bindings/python/CMakeLists.txt assembles them in
<build>/python/gongkai/v1/). They are taken from, in order:
  1. this folder's gongkai/v1/, when they are there (a copy of the assembled package);
  2. $GONGKAI_BUILD_DIR/python/gongkai/v1/, the CMake build directory named by the variable;
  3. ../../build/python/gongkai/v1/, the build directory the top README uses.
"""

import glob
import os
import re
import shutil

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = os.path.dirname(os.path.abspath(__file__))
PB2 = os.path.join("gongkai", "v1", "*_pb2.py")


def _version():
    """gongkai.__version__, read from the source."""
    with open(os.path.join(HERE, "gongkai", "__init__.py"), encoding="utf-8") as f:
        return re.search(r'^__version__ = "([^"]+)"', f.read(), re.M).group(1)


def _pb2_modules():
    """The generated modules' paths; raises SystemExit saying what to do when there are none."""
    places = [HERE]
    if os.environ.get("GONGKAI_BUILD_DIR"):
        places.append(os.path.join(os.path.abspath(os.environ["GONGKAI_BUILD_DIR"]), "python"))
    else:
        places.append(os.path.join(HERE, os.pardir, os.pardir, "build", "python"))
    for place in places:
        found = sorted(glob.glob(os.path.join(place, PB2)))
        if found:
            return found
    raise SystemExit(
        "gongkai: no generated protobuf modules (gongkai/v1/*_pb2.py) in "
        + " or ".join(os.path.normpath(os.path.join(p, os.path.dirname(PB2))) for p in places)
        + ": run `cmake --build BUILD` first and set GONGKAI_BUILD_DIR=BUILD")


class BuildWithGenerated(build_py):
    """build_py that also copies the generated _pb2 modules into the package."""

    def run(self):
        super().run()
        target = os.path.join(self.build_lib, "gongkai", "v1")
        self.mkpath(target)
        for path in _pb2_modules():
            shutil.copyfile(path, os.path.join(target, os.path.basename(path)))


setup(version=_version(), packages=["gongkai", "gongkai.v1"], cmdclass={"build_py": BuildWithGenerated})
