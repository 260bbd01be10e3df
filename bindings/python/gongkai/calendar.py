"""The official working-day calendar (工作日) and working-day arithmetic.

Dates are datetime.date objects (a "YYYY-MM-DD" str is accepted too) within 2008–2100. Results
that depend on a year no schedule covers are computed by the weekday rule and flagged
provisional.
"""

import ctypes
import datetime

from . import _native
from . import _values
from .errors import InvalidArgumentError

__all__ = ["Calendar"]

_DATE_SIZE = 11  # GONGKAI_DATE_SIZE


def _date_arg(value, what):
    if isinstance(value, datetime.datetime):
        raise TypeError(f"{what} must be a datetime.date, not a datetime.datetime: give .date()")
    if isinstance(value, datetime.date):
        return value.isoformat().encode("ascii")
    if isinstance(value, str):
        if "\0" in value:
            raise InvalidArgumentError(f"{what}: contains a NUL character")
        return value.encode("utf-8")
    raise TypeError(f"{what} must be a datetime.date or a str, not {type(value).__name__}")


class Calendar(_native.Handle):
    """An immutable calendar handle; safe to share between threads. Use Calendar.national(), or
    layer() a gongkai.v1.CalendarSpec (a protobuf object, a JSON str or a dict) over one."""

    FREE = "gongkai_calendar_free"

    def __init__(self, handle):
        self._handle = handle

    @classmethod
    def national(cls):
        """The built-in national calendar (the State Council schedules 2019–2026)."""
        handle = _native._calendar_p()
        _native.check(_native.lib.gongkai_calendar_national(ctypes.byref(handle)))
        return cls(handle)

    @classmethod
    def weekdays_only(cls, layer):
        """A calendar made of `layer` alone over plain weekdays."""
        return cls._layered(None, layer)

    def layer(self, spec):
        """A new calendar: this one with `spec` applied over it (its days win)."""
        return Calendar._layered(self._handle, spec)

    @classmethod
    def _layered(cls, base, spec):
        from .messages import _is_message
        if _is_message(spec):
            fmt, data = 0, spec.SerializeToString()
        else:
            fmt = 1
            data = (_values.dumps(spec) if isinstance(spec, dict) else spec).encode("utf-8")
        handle = _native._calendar_p()
        _native.check(_native.lib.gongkai_calendar_layer(ctypes.byref(handle), base, fmt, data, len(data)))
        return cls(handle)

    @property
    def version(self):
        """The layers and their versions, e.g. "cn-national@2026-11-29+local@3"."""
        return _native.call_for_buffer("gongkai_calendar_version", self._handle).decode("utf-8")

    def is_working_day(self, date):
        """(working, provisional) for `date`."""
        working, provisional = ctypes.c_int(), ctypes.c_int()
        _native.check(_native.lib.gongkai_calendar_is_working_day(
            ctypes.byref(working), ctypes.byref(provisional), self._handle, _date_arg(date, "date")))
        return bool(working.value), bool(provisional.value)

    def add_working_days(self, start, n):
        """(date, provisional): the n-th working day after `start` (n >= 1, `start` not counted)."""
        out = ctypes.create_string_buffer(_DATE_SIZE)
        provisional = ctypes.c_int()
        _native.check(_native.lib.gongkai_calendar_add_working_days(
            out, ctypes.byref(provisional), self._handle, _date_arg(start, "from"), int(n)))
        return datetime.date.fromisoformat(out.value.decode("ascii")), bool(provisional.value)

    def working_days_between(self, start, end):
        """The number of working days in (start, end]; negative when end is before start."""
        out = ctypes.c_int64()
        _native.check(_native.lib.gongkai_calendar_working_days_between(
            ctypes.byref(out), self._handle, _date_arg(start, "from"), _date_arg(end, "to")))
        return out.value

    def year(self, year):
        """The year's days off and make-up working days, as a dict (gongkai.v1.YearSchedule)
        whose dates are datetime.date."""
        data = _native.call_for_buffer("gongkai_calendar_year", self._handle, 1, int(year))
        return _values.loads(data, "gongkai.v1.YearSchedule")
