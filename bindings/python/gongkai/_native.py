"""Loading libgongkai with ctypes, the declarations of its C functions, and call helpers.

Private to the package. The library is looked up, in this order:
  1. the file named by the environment variable GONGKAI_LIBRARY (a path to the .so); when the
     variable is set and not empty it is the only place tried;
  2. libgongkai.so.<MAJOR> next to this package's __init__.py;
  3. in an installed package (cmake --install, the python3-gongkai Debian package), the
     library directory of the same install prefix, which cmake --install records in
     gongkai/_installed.py as a path relative to the package;
  4. libgongkai.so.<MAJOR> through the system's dynamic loader (LD_LIBRARY_PATH, ld.so.cache,
     the default directories);
  5. the name ctypes.util.find_library("gongkai") gives (ldconfig's cache, then the compiler's
     search path), if it is another name than step 4's.
If none loads, or the library's major version is not EXPECTED_MAJOR, importing gongkai raises
ImportError saying where it looked and why each place failed.
"""

import ctypes
import ctypes.util
import os

from . import errors

# The major version this binding is written against; the SONAME carries it too.
EXPECTED_MAJOR = 1
LIBRARY_ENV = "GONGKAI_LIBRARY"
SONAME = f"libgongkai.so.{EXPECTED_MAJOR}"


class gongkai_buffer(ctypes.Structure):
    """The opaque C struct gongkai_buffer; only pointers to it are ever used."""


_buffer_p = ctypes.POINTER(gongkai_buffer)


class gongkai_validate_options(ctypes.Structure):
    """The opaque C struct gongkai_validate_options."""


_validate_options_p = ctypes.POINTER(gongkai_validate_options)


class gongkai_calendar(ctypes.Structure):
    """The opaque C struct gongkai_calendar."""


_calendar_p = ctypes.POINTER(gongkai_calendar)


class gongkai_deadline_options(ctypes.Structure):
    """The opaque C struct gongkai_deadline_options."""


class gongkai_table3(ctypes.Structure):
    """The opaque C struct gongkai_table3."""


class gongkai_index_registry(ctypes.Structure):
    """The opaque C struct gongkai_index_registry."""


class gongkai_annual(ctypes.Structure):
    """The opaque C struct gongkai_annual."""


class gongkai_registry(ctypes.Structure):
    """The opaque C struct gongkai_registry."""


_deadline_options_p = ctypes.POINTER(gongkai_deadline_options)
_table3_p = ctypes.POINTER(gongkai_table3)
_index_registry_p = ctypes.POINTER(gongkai_index_registry)
_annual_p = ctypes.POINTER(gongkai_annual)
# gongkai_read_fn of annual.h: (context, buffer, capacity) -> bytes given, 0 at the end, < 0 failed.
read_fn = ctypes.CFUNCTYPE(ctypes.c_int64, ctypes.c_void_p, ctypes.POINTER(ctypes.c_uint8),
                           ctypes.c_size_t)
_registry_p = ctypes.POINTER(gongkai_registry)
_code = ctypes.c_int  # the C enum gongkai_code
# The C enums of fixed choices (gongkai_format, gongkai_record_kind, gongkai_render_output,
# gongkai_disposition): every value fits int, which is how the compilers this library supports
# pass them.
_format = ctypes.c_int
_record_kind = ctypes.c_int
_render_output = ctypes.c_int
_disposition = ctypes.c_int
_flags = ctypes.c_uint  # bit flags (GONGKAI_JSON_*) combined into an unsigned int

# Every function of include/gongkai/*.h: name -> (restype, argtypes). tests/python checks this
# table against the header, so a function is added here exactly when it is added there.
FUNCTIONS = {
    # common.h
    "gongkai_code_name": (ctypes.c_char_p, (ctypes.c_int,)),
    "gongkai_last_error_message": (ctypes.c_char_p, ()),
    # version.h
    "gongkai_version_string": (ctypes.c_char_p, ()),
    "gongkai_version_number": (ctypes.c_long, ()),
    # buffer.h; data is read as an address and copied with ctypes.string_at.
    "gongkai_buffer_data": (ctypes.c_void_p, (_buffer_p,)),
    "gongkai_buffer_size": (ctypes.c_size_t, (_buffer_p,)),
    "gongkai_buffer_free": (None, (_buffer_p,)),
    # message.h; byte inputs are passed as c_char_p (Python bytes) with an explicit size.
    "gongkai_message_to_json": (
        _code, (ctypes.POINTER(_buffer_p), _flags, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_size_t)),
    "gongkai_message_from_json": (
        _code, (ctypes.POINTER(_buffer_p), _flags, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_size_t)),
    "gongkai_message_type_names": (_code, (ctypes.POINTER(_buffer_p),)),
    # report.h; messages are bytes (c_char_p) with an explicit size; names are NUL-terminated.
    "gongkai_layout_ids": (_code, (ctypes.POINTER(_buffer_p),)),
    "gongkai_layout_get": (_code, (ctypes.POINTER(_buffer_p), _format, ctypes.c_char_p, ctypes.c_int)),
    "gongkai_validate_options_new": (_code, (ctypes.POINTER(_validate_options_p),)),
    "gongkai_validate_options_free": (None, (_validate_options_p,)),
    "gongkai_validate_options_set_previous": (
        _code, (_validate_options_p, _format, ctypes.c_char_p, ctypes.c_size_t)),
    "gongkai_validate_options_set_members": (
        _code, (_validate_options_p, _format, ctypes.c_char_p, ctypes.c_size_t)),
    "gongkai_report_validate": (
        _code, (ctypes.POINTER(_buffer_p), ctypes.POINTER(ctypes.c_int), _validate_options_p, _format,
                ctypes.c_char_p, ctypes.c_size_t)),
    "gongkai_report_merge": (
        _code, (ctypes.POINTER(_buffer_p), _format, ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p,
                ctypes.c_size_t)),
    "gongkai_report_import_grid": (
        _code, (ctypes.POINTER(_buffer_p), _format, ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p,
                ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p)),
    "gongkai_report_import_document": (
        _code, (ctypes.POINTER(_buffer_p), _format, ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p,
                ctypes.c_size_t)),
    "gongkai_report_check_narrative": (
        _code, (ctypes.POINTER(_buffer_p), _format, ctypes.c_char_p, ctypes.c_size_t)),
    # calendar.h; dates are NUL-terminated "YYYY-MM-DD", written into 11-byte buffers.
    "gongkai_calendar_national": (_code, (ctypes.POINTER(_calendar_p),)),
    "gongkai_calendar_layer": (
        _code, (ctypes.POINTER(_calendar_p), _calendar_p, _format, ctypes.c_char_p, ctypes.c_size_t)),
    "gongkai_calendar_free": (None, (_calendar_p,)),
    "gongkai_calendar_version": (_code, (ctypes.POINTER(_buffer_p), _calendar_p)),
    "gongkai_calendar_is_working_day": (
        _code, (ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_int), _calendar_p, ctypes.c_char_p)),
    "gongkai_calendar_add_working_days": (
        _code, (ctypes.c_char_p, ctypes.POINTER(ctypes.c_int), _calendar_p, ctypes.c_char_p, ctypes.c_int64)),
    "gongkai_calendar_working_days_between": (
        _code, (ctypes.POINTER(ctypes.c_int64), _calendar_p, ctypes.c_char_p, ctypes.c_char_p)),
    "gongkai_calendar_year": (_code, (ctypes.POINTER(_buffer_p), _calendar_p, _format, ctypes.c_int)),
    # cases.h
    "gongkai_application_check": (_code, (_calendar_p, _format, ctypes.c_char_p, ctypes.c_size_t)),
    "gongkai_application_apply_event": (
        _code, (ctypes.POINTER(_buffer_p), _calendar_p, _format, ctypes.c_char_p, ctypes.c_size_t,
                ctypes.c_char_p, ctypes.c_size_t)),
    "gongkai_deadline_options_new": (_code, (ctypes.POINTER(_deadline_options_p),)),
    "gongkai_deadline_options_free": (None, (_deadline_options_p,)),
    "gongkai_deadline_options_set_count_start_day": (_code, (_deadline_options_p, ctypes.c_int)),
    "gongkai_deadline_options_set_fee_wait_stops_clock": (_code, (_deadline_options_p, ctypes.c_int)),
    "gongkai_application_deadlines": (
        _code, (ctypes.POINTER(_buffer_p), _calendar_p, _deadline_options_p, _format, ctypes.c_char_p,
                ctypes.c_size_t, ctypes.c_char_p)),
    "gongkai_reply_due": (
        _code, (ctypes.c_char_p, ctypes.POINTER(ctypes.c_int), _calendar_p, _deadline_options_p,
                ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.POINTER(ctypes.c_char_p),
                ctypes.POINTER(ctypes.c_char_p), ctypes.c_size_t)),
    "gongkai_table3_new": (
        _code, (ctypes.POINTER(_table3_p), _format, ctypes.c_int, ctypes.c_char_p, ctypes.c_char_p,
                ctypes.c_size_t)),
    "gongkai_table3_free": (None, (_table3_p,)),
    "gongkai_table3_add": (_code, (_table3_p, _format, ctypes.c_char_p, ctypes.c_size_t)),
    "gongkai_table3_merge": (_code, (_table3_p, _table3_p)),
    "gongkai_table3_result": (
        _code, (ctypes.POINTER(_buffer_p), _table3_p, _format, ctypes.c_char_p, ctypes.c_size_t)),
    "gongkai_report_render": (
        _code, (ctypes.POINTER(_buffer_p), _format, _render_output, ctypes.c_char_p, ctypes.c_size_t)),
    # disclosure.h
    "gongkai_disclosure_check": (_code, (_format, ctypes.c_char_p, ctypes.c_size_t)),
    "gongkai_disclosure_timeliness": (
        _code, (ctypes.POINTER(_buffer_p), _calendar_p, _deadline_options_p, _format, ctypes.c_char_p,
                ctypes.c_size_t, ctypes.c_char_p)),
    "gongkai_index_registry_new": (
        _code, (ctypes.POINTER(_index_registry_p), _format, ctypes.c_char_p, ctypes.c_size_t)),
    "gongkai_index_registry_free": (None, (_index_registry_p,)),
    "gongkai_index_registry_add": (_code, (_index_registry_p, ctypes.c_char_p, ctypes.c_char_p)),
    "gongkai_index_registry_next": (
        _code, (ctypes.POINTER(_buffer_p), _index_registry_p, ctypes.c_char_p, ctypes.c_char_p)),
    # slip.h
    "gongkai_slip_replay": (
        _code, (ctypes.POINTER(_buffer_p), _format, ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p,
                ctypes.c_size_t)),
    "gongkai_slip_apply_event": (
        _code, (ctypes.POINTER(_buffer_p), _format, ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p,
                ctypes.c_size_t, ctypes.c_char_p, ctypes.c_size_t)),
    # notice.h
    "gongkai_notice_write": (
        _code, (ctypes.POINTER(_buffer_p), _calendar_p, _format, ctypes.c_char_p, ctypes.c_size_t)),
    "gongkai_notice_compose": (
        _code, (ctypes.POINTER(_buffer_p), _calendar_p, _format, ctypes.c_char_p, ctypes.c_size_t)),
    "gongkai_notice_check": (
        _code, (ctypes.POINTER(_buffer_p), _calendar_p, _format, ctypes.c_char_p, ctypes.c_size_t,
                ctypes.c_char_p, ctypes.c_size_t)),
    "gongkai_notice_template_check": (_code, (_format, ctypes.c_char_p, ctypes.c_size_t)),
    # remedy.h
    "gongkai_remedy_check": (_code, (_format, ctypes.c_char_p, ctypes.c_size_t)),
    # annual.h
    "gongkai_annual_new": (
        _code, (ctypes.POINTER(_annual_p), _calendar_p, _format, ctypes.c_char_p, ctypes.c_size_t)),
    "gongkai_annual_free": (None, (_annual_p,)),
    "gongkai_annual_add": (_code, (_annual_p, _format, _record_kind, ctypes.c_char_p, ctypes.c_size_t)),
    "gongkai_annual_set_threads": (_code, (_annual_p, ctypes.c_int)),
    "gongkai_annual_add_reader": (_code, (_annual_p, _format, _record_kind, read_fn, ctypes.c_void_p)),
    "gongkai_annual_add_file": (_code, (_annual_p, _format, _record_kind, ctypes.c_char_p)),
    "gongkai_annual_merge": (_code, (_annual_p, _annual_p)),
    "gongkai_annual_finish": (_code, (ctypes.POINTER(_buffer_p), _annual_p, _format)),
    # registry.h; ids, actors and reasons are NUL-terminated, messages bytes with a size.
    "gongkai_registry_open": (_code, (ctypes.POINTER(_registry_p), ctypes.c_char_p, ctypes.c_int)),
    "gongkai_registry_free": (None, (_registry_p,)),
    "gongkai_registry_agencies_put": (_code, (_registry_p, _format, ctypes.c_char_p, ctypes.c_size_t)),
    "gongkai_registry_agencies_import": (_code, (_registry_p, ctypes.c_char_p, ctypes.c_size_t)),
    "gongkai_registry_agencies_list": (_code, (ctypes.POINTER(_buffer_p), _registry_p, _format)),
    "gongkai_registry_file": (
        _code, (ctypes.POINTER(_buffer_p), _registry_p, _format, ctypes.c_char_p, ctypes.c_size_t,
                ctypes.c_char_p, ctypes.c_char_p)),
    "gongkai_registry_version_get": (
        _code, (ctypes.POINTER(_buffer_p), _registry_p, _format, ctypes.c_char_p, ctypes.c_int, ctypes.c_int)),
    "gongkai_registry_report_get": (
        _code, (ctypes.POINTER(_buffer_p), _registry_p, _format, ctypes.c_char_p, ctypes.c_int, ctypes.c_int)),
    "gongkai_registry_lock": (
        _code, (ctypes.POINTER(_buffer_p), _registry_p, _format, ctypes.c_char_p, ctypes.c_int, ctypes.c_int,
                ctypes.c_char_p)),
    "gongkai_registry_findings": (
        _code, (ctypes.POINTER(_buffer_p), _registry_p, _format, ctypes.c_char_p, ctypes.c_int, ctypes.c_int)),
    "gongkai_registry_dispose": (
        _code, (_registry_p, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, _disposition, ctypes.c_char_p,
                ctypes.c_char_p)),
    "gongkai_registry_accept": (
        _code, (ctypes.POINTER(_buffer_p), _registry_p, _format, ctypes.c_char_p, ctypes.c_int, ctypes.c_int,
                ctypes.c_char_p)),
    "gongkai_registry_diff": (
        _code, (ctypes.POINTER(_buffer_p), _registry_p, _format, ctypes.c_char_p, ctypes.c_int, ctypes.c_int,
                ctypes.c_int)),
    "gongkai_registry_rollup": (
        _code, (ctypes.POINTER(_buffer_p), _registry_p, _format, ctypes.c_char_p, ctypes.c_int)),
    "gongkai_registry_status": (
        _code, (ctypes.POINTER(_buffer_p), _registry_p, _format, ctypes.c_int, ctypes.c_char_p)),
    "gongkai_registry_verify": (_code, (ctypes.POINTER(_buffer_p), _registry_p, _format)),
    "gongkai_registry_head": (_code, (ctypes.POINTER(_buffer_p), _registry_p, _format)),
    "gongkai_registry_check_receipt": (_code, (_registry_p, _format, ctypes.c_char_p, ctypes.c_size_t)),
}


def _candidates():
    """Yields the (description, path) pairs to try, in order; a path without a slash is a name
    for the dynamic loader. Later places are computed only when the earlier ones failed."""
    explicit = os.environ.get(LIBRARY_ENV)
    if explicit:
        yield f"{LIBRARY_ENV}={explicit}", os.path.abspath(explicit)
        return
    package_dir = os.path.dirname(os.path.abspath(__file__))
    beside = os.path.join(package_dir, SONAME)
    yield f"next to the package: {beside}", beside
    try:
        from . import _installed
    except ImportError:  # not an installed package (the build tree, a copy)
        pass
    else:
        path = os.path.normpath(os.path.join(package_dir, _installed.LIBRARY_DIR, SONAME))
        yield f"install prefix: {path}", path
    yield f"system loader: {SONAME}", SONAME
    found = ctypes.util.find_library("gongkai")
    if found and found != SONAME:
        yield f"ctypes.util.find_library: {found}", found


def _load():
    """Opens the first candidate library that loads; returns (CDLL, path it was opened as)."""
    failures = []
    for description, path in _candidates():
        if os.sep in path and not os.path.isfile(path):
            failures.append(f"{description}: no such file")
            continue
        try:
            return ctypes.CDLL(path), path
        except OSError as e:
            failures.append(f"{description}: {e}")
    raise ImportError(
        f"gongkai: cannot load the Gongkai library {SONAME}; tried, in order:\n  "
        + "\n  ".join(failures)
        + f"\nSet {LIBRARY_ENV} to the path of libgongkai.so.",
        name=__name__)


def _declare(library, path):
    """Sets restype and argtypes of every function in FUNCTIONS on `library`."""
    for name, (restype, argtypes) in FUNCTIONS.items():
        try:
            function = getattr(library, name)
        except AttributeError:
            raise ImportError(f"gongkai: {path} does not export {name}; is it libgongkai?",
                              name=__name__, path=path) from None
        function.restype = restype
        function.argtypes = argtypes


def check_version(number, path):
    """Raises ImportError unless version number `number` (MAJOR * 1000000 + ...) has major
    EXPECTED_MAJOR."""
    major = number // 1000000
    if major != EXPECTED_MAJOR:
        found = f"{major}.{number // 1000 % 1000}.{number % 1000}"
        raise ImportError(
            f"gongkai: {path} is version {found}, but this binding needs major version "
            f"{EXPECTED_MAJOR}", name=__name__, path=path)


lib, path = _load()
_declare(lib, path)
check_version(lib.gongkai_version_number(), path)


def check(code):
    """Raises the errors.Error subclass for a nonzero gongkai_code, with the thread's last
    error message. Must run on the thread that made the failed call, before any other call."""
    if code != errors.Code.OK:
        message = lib.gongkai_last_error_message().decode("utf-8", "replace")
        code_name = lib.gongkai_code_name(code).decode("ascii")
        raise errors.from_code(code, code_name, message)


class Handle:
    """Owns one library handle: frees it with the C function named by FREE on close(), at the
    end of a with block, or when collected, whichever comes first."""

    FREE = None

    def close(self):
        """Frees the handle now (also done when the object is collected)."""
        if getattr(self, "_handle", None):
            getattr(lib, self.FREE)(self._handle)
            self._handle = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        self.close()


def call_for_buffer(name, *args):
    """Calls C function `name` with a fresh gongkai_buffer** followed by `args`, and returns
    the buffer's contents as bytes. The buffer is freed whatever happens."""
    buffer = _buffer_p()
    try:
        check(getattr(lib, name)(ctypes.byref(buffer), *args))
        size = lib.gongkai_buffer_size(buffer)
        return ctypes.string_at(lib.gongkai_buffer_data(buffer), size) if size else b""
    finally:
        lib.gongkai_buffer_free(buffer)  # a no-op for NULL, which a failed call leaves
