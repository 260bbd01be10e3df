"""Gongkai, the library for China's government information disclosure work, for Python.

A ctypes binding of the C API in include/gongkai/gongkai.h: no compile step. Importing the
package loads libgongkai.so.1 ($GONGKAI_LIBRARY, else next to this file, else the install
prefix's library directory, else the system loader; gongkai._native lists the order) and raises
ImportError if it cannot, or if the library's major version differs.
Failed calls raise gongkai.Error subclasses (see gongkai.errors). Every function may be called
from any thread.

Generated protobuf modules live in the subpackage, e.g. gongkai.v1.common_pb2.

    gongkai.reply_due(datetime.date(2025, 1, 24))   # datetime.date(2025, 2, 27), over 春节
"""

# The binding's version, the release of the library it comes with (include/gongkai/version.h;
# tests/python/test_pip.py checks that they agree). It works with any library of major version 1.
__version__ = "1.5.0"

from . import _native
from .errors import (
    AlreadyExistsError,
    Code,
    Error,
    FailedPreconditionError,
    InternalError,
    InvalidArgumentError,
    NotFoundError,
    OutOfRangeError,
    ResourceExhaustedError,
    UnavailableError,
    DataLossError,
)
from .messages import from_json, message_type_names, to_json
from . import report
from .calendar import Calendar
from . import cases
from .cases import reply_due
from . import disclosure
from . import annual
from . import notice
from .registry import Registry

from . import errors as _errors

__all__ = ["__version__", "version", "version_number", "reply_due", "message_type_names", "to_json", "from_json",
           "report", "Calendar", "cases", "disclosure", "annual", "notice", "Registry"] + [
    name for name in _errors.__all__ if name != "from_code"
]


def version():
    """The running library's version as "MAJOR.MINOR.PATCH"."""
    return _native.lib.gongkai_version_string().decode("ascii")


def version_number():
    """The running library's version as MAJOR * 1000000 + MINOR * 1000 + PATCH."""
    return _native.lib.gongkai_version_number()
