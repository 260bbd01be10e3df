"""The exceptions Gongkai raises, one class per gongkai_code of include/gongkai/common.h.

Every failed library call raises a subclass of `Error` carrying the code, its name and the
library's message (from gongkai_last_error_message()). Where a code has an obvious Python
counterpart the class also derives from it, so ordinary Python handlers catch it too:

    code                   class                      also a
    INVALID_ARGUMENT       InvalidArgumentError       ValueError
    NOT_FOUND              NotFoundError              KeyError
    ALREADY_EXISTS         AlreadyExistsError         -
    RESOURCE_EXHAUSTED     ResourceExhaustedError     -  (not MemoryError: the limit need not be
                                                         memory, and Python reserves MemoryError
                                                         for its own heap running out)
    FAILED_PRECONDITION    FailedPreconditionError    -
    OUT_OF_RANGE           OutOfRangeError            ValueError (as Python's own out-of-range
                                                         arguments are, e.g. datetime.date(10000, 1, 1))
    INTERNAL               InternalError              -
    UNAVAILABLE            UnavailableError           -  (busy: another writer holds a store;
                                                         the same call may succeed later)
    DATA_LOSS              DataLossError              -
    any other nonzero      Error                      -
"""

import enum

__all__ = [
    "Code",
    "Error",
    "InvalidArgumentError",
    "NotFoundError",
    "AlreadyExistsError",
    "ResourceExhaustedError",
    "FailedPreconditionError",
    "OutOfRangeError",
    "InternalError",
    "UnavailableError",
    "DataLossError",
    "from_code",
]


class Code(enum.IntEnum):
    """The values of the C enum gongkai_code, without the GONGKAI_ prefix."""

    OK = 0
    INVALID_ARGUMENT = 3
    NOT_FOUND = 5
    ALREADY_EXISTS = 6
    RESOURCE_EXHAUSTED = 8
    FAILED_PRECONDITION = 9
    OUT_OF_RANGE = 11
    INTERNAL = 13
    UNAVAILABLE = 14
    DATA_LOSS = 15


class Error(Exception):
    """A Gongkai call failed. The base class of every exception the library raises.

    Attributes:
      code: the gongkai_code as an int (compare with `Code` members; a newer library may
        return a value `Code` does not list).
      code_name: the code's name as the library gives it, e.g. "NOT_FOUND"; "UNKNOWN" for a
        value this binding does not know.
      message: what failed, naming the function and the argument or field.
    str() of the exception is the message alone.
    """

    code = None  # each subclass sets its own

    def __init__(self, message, *, code=None, code_name=None):
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code
        if code_name is None:
            try:
                code_name = Code(self.code).name
            except ValueError:
                code_name = "UNKNOWN"
        self.code_name = code_name

    def __str__(self):
        # Also what keeps NotFoundError from printing its message in quotes, as KeyError does.
        return self.message

    def __repr__(self):
        return f"{type(self).__name__}({self.message!r}, code={self.code_name})"


class InvalidArgumentError(Error, ValueError):
    """Malformed input: bad bytes, bad JSON, invalid UTF-8, a date that does not exist."""

    code = Code.INVALID_ARGUMENT


class NotFoundError(Error, KeyError):
    """A named thing (message type, record, layout) does not exist.

    A KeyError, but str() gives the plain message rather than KeyError's quoted repr.
    """

    code = Code.NOT_FOUND


class AlreadyExistsError(Error):
    """The thing to be created exists already (a duplicate id)."""

    code = Code.ALREADY_EXISTS


class ResourceExhaustedError(Error):
    """Memory or another limit of the library ran out."""

    code = Code.RESOURCE_EXHAUSTED


class FailedPreconditionError(Error):
    """Well-formed input that is not allowed in the current state (an illegal transition)."""

    code = Code.FAILED_PRECONDITION


class OutOfRangeError(Error, ValueError):
    """A number or date outside the range the library supports, or a sum that would overflow."""

    code = Code.OUT_OF_RANGE


class InternalError(Error):
    """A bug in Gongkai; please report it with the message."""

    code = Code.INTERNAL


class UnavailableError(Error):
    """Busy: another writer holds a store longer than the wait allows. Nothing was changed; the
    same call may succeed later."""

    code = Code.UNAVAILABLE


class DataLossError(Error):
    """A store is damaged (or is not what it should be at all): its data cannot be trusted."""

    code = Code.DATA_LOSS


_BY_CODE = {cls.code: cls for cls in (
    InvalidArgumentError,
    NotFoundError,
    AlreadyExistsError,
    ResourceExhaustedError,
    FailedPreconditionError,
    OutOfRangeError,
    InternalError,
    UnavailableError,
    DataLossError,
)}


def from_code(code, code_name, message):
    """The exception for a nonzero gongkai_code: its class from the table above, else Error."""
    cls = _BY_CODE.get(code, Error)
    return cls(message, code=code, code_name=code_name)
