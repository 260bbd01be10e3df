"""Disclosure applications (依申请公开): history checks, events, deadlines, and table 三.

Records and events are given as protobuf objects (gongkai.v1.application_pb2), JSON str or
dicts; results come back in the form of the record given. In dicts, dates are datetime.date
and counts int, both ways (gongkai._values). Date arguments are datetime.date or "YYYY-MM-DD".
The national calendar is used unless a gongkai.Calendar is passed. reply_due() is the short
call for the most common question.
"""

import ctypes
import datetime

from . import _native
from . import _values
from .calendar import Calendar, _date_arg
from .errors import InvalidArgumentError
from .report import _Form, _name, FORMAT_BINARY

__all__ = ["reply_due", "check", "apply_event", "deadlines", "Table3"]

_national = None


def _calendar(calendar):
    global _national
    if calendar is not None:
        return calendar._handle
    if _national is None:
        _national = Calendar.national()
    return _national._handle


def check(application, calendar=None):
    """Raises if the record or any event of its history breaks the rules (FailedPreconditionError
    for an event not allowed where it stands; InvalidArgumentError for malformed data)."""
    form = _Form(application)
    data = form.encode(application)
    _native.check(_native.lib.gongkai_application_check(_calendar(calendar), form.format, data, len(data)))


def apply_event(application, event, calendar=None):
    """A new record: `application` with `event` appended, if its history allows the event."""
    form = _Form(application)
    data, ev = form.encode(application), form.encode(event)
    out = _native.call_for_buffer("gongkai_application_apply_event", _calendar(calendar), form.format,
                                  data, len(data), ev, len(ev))
    return form.decode(out, "gongkai.v1.Application")


def deadlines(application, as_of, calendar=None, *, count_start_day=False, fee_wait_stops_clock=True):
    """The record's deadlines as of `as_of` (a gongkai.v1.DeadlineReport in the record's form),
    each with its due date, status, working days left and an explanation."""
    form = _Form(application)
    data = form.encode(application)
    options = _native._deadline_options_p()
    try:
        _native.check(_native.lib.gongkai_deadline_options_new(ctypes.byref(options)))
        _native.check(_native.lib.gongkai_deadline_options_set_count_start_day(options, int(count_start_day)))
        _native.check(_native.lib.gongkai_deadline_options_set_fee_wait_stops_clock(options,
                                                                                    int(fee_wait_stops_clock)))
        out = _native.call_for_buffer("gongkai_application_deadlines", _calendar(calendar), options,
                                      form.format, data, len(data), _date_arg(as_of, "as_of"))
    finally:
        _native.lib.gongkai_deadline_options_free(options)
    return form.decode(out, "gongkai.v1.DeadlineReport")


def reply_due(received, *, extension_days=0, correction_received=None, pauses=(), count_start_day=False,
              calendar=None):
    """The reply due date (答复期限, 第三十三条) of an application received on `received`: 20
    working days, counted from the next working day, over the official calendar
    (gongkai_reply_due).

    Args:
      received: the receipt date under 第三十一条 (datetime.date or "YYYY-MM-DD").
      extension_days: an approved extension (延期), 0..20 working days.
      correction_received: the day a corrected application arrived (补正): the 20 days restart
        from it (第三十条).
      pauses: finished consultations (征求意见, 第三十二条) as (start, end) pairs of dates, in
        any order, one after another; the working days in (start, end] are not counted.
      count_start_day: count `received` itself as day 1 when it is a working day.
      calendar: a gongkai.Calendar; the national calendar when None.
    Returns:
      The due date, a datetime.date: the first line of `gongkai deadline --received ...`;
      cases.deadlines() gives the explanation, and the deadline while a consultation is open.
    Raises:
      InvalidArgumentError: a malformed date, an extension outside 0..20, dates out of order,
        overlapping pauses.
      OutOfRangeError: a date outside 2008–2100.
    """
    if isinstance(extension_days, bool) or not isinstance(extension_days, int):
        raise TypeError(f"extension_days must be an int, not {type(extension_days).__name__}")
    starts, ends = [], []
    for i, pause in enumerate(pauses):
        try:
            first, last = pause
        except (TypeError, ValueError):
            raise TypeError(f"pauses[{i}] must be a (start, end) pair of dates") from None
        starts.append(_date_arg(first, f"pause_starts[{i}]"))
        ends.append(_date_arg(last, f"pause_ends[{i}]"))
    strings = ctypes.c_char_p * len(starts)
    out = ctypes.create_string_buffer(11)  # GONGKAI_DATE_SIZE
    options = _native._deadline_options_p()
    try:
        _native.check(_native.lib.gongkai_deadline_options_new(ctypes.byref(options)))
        _native.check(_native.lib.gongkai_deadline_options_set_count_start_day(options, int(count_start_day)))
        _native.check(_native.lib.gongkai_reply_due(
            out, None, _calendar(calendar), options, _date_arg(received, "received"), extension_days,
            None if correction_received is None else _date_arg(correction_received, "correction_received"),
            strings(*starts), strings(*ends), len(starts)))
    finally:
        _native.lib.gongkai_deadline_options_free(options)
    return datetime.date.fromisoformat(out.value.decode("ascii"))


class Table3(_native.Handle):
    """Table 三 of one report year counted from applications. Add records in batches, merge
    aggregators of different shards, then take the result. Not for two threads at once."""

    FREE = "gongkai_table3_free"

    def __init__(self, year, layout="", mapping=None):
        self._handle = _native._table3_p()
        fmt, data = FORMAT_BINARY, None
        if mapping is not None:
            form = _Form(mapping)
            fmt, data = form.format, form.encode(mapping)
        _native.check(_native.lib.gongkai_table3_new(ctypes.byref(self._handle), fmt, int(year),
                                                     _name(layout, "layout"), data,
                                                     0 if data is None else len(data)))

    def add(self, records):
        """Adds applications: a list of records (protobuf objects, JSON str or dicts) sent as one
        stream, or bytes that already are a length-delimited stream."""
        if isinstance(records, (bytes, bytearray, memoryview)):
            fmt, stream = FORMAT_BINARY, bytes(records)
        else:
            records = list(records)
            if not records:
                return
            form = _Form(records[0])
            fmt, stream = form.format, form.encode_stream(records)
        _native.check(_native.lib.gongkai_table3_add(self._handle, fmt, stream, len(stream)))

    def merge(self, other):
        """Adds `other`'s counts (same year, layout and mapping)."""
        _native.check(_native.lib.gongkai_table3_merge(self._handle, other._handle))

    def result(self, agency=None):
        """A dict (gongkai.v1.Table3Result): the report with table 三, record counts, problems.
        With a protobuf Agency, a Table3Result object."""
        if agency is None:
            agency = {}
        form = _Form(agency)
        data = form.encode(agency)
        out = _native.call_for_buffer("gongkai_table3_result", self._handle, form.format, data, len(data))
        return form.decode(out, "gongkai.v1.Table3Result")
