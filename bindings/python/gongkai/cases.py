"""Disclosure applications (依申请公开): history checks, events, deadlines, and table 三.

Records and events are given as protobuf objects (gongkai.v1.application_pb2), JSON str or
dicts; results come back in the form of the record given. In dicts, dates are datetime.date
and counts int, both ways (gongkai._values). Date arguments are datetime.date or "YYYY-MM-DD".
The national calendar is used unless a gongkai.Calendar is passed. reply_due() is the short
call for the most common question.
"""

import ctypes
import datetime
import json

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


def _day(value, what):
    """`value` (a datetime.date or "YYYY-MM-DD") as a datetime.date."""
    if isinstance(value, datetime.datetime):
        raise TypeError(f"{what} must be a datetime.date, not a datetime.datetime: give .date()")
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            raise InvalidArgumentError(f"{what}: {value!r} is not a date (YYYY-MM-DD)") from None
    raise TypeError(f"{what} must be a datetime.date or a str, not {type(value).__name__}")


def reply_due(received, *, extension_days=0, correction_requested=None, correction_received=None,
              pauses=(), count_start_day=False, calendar=None):
    """The reply due date (答复期限, 第三十三条) of an application received on `received`: 20
    working days, counted from the next working day, over the official calendar.

    Args:
      received: the receipt date under 第三十一条 (datetime.date or "YYYY-MM-DD").
      extension_days: an approved extension (延期), 0..20 working days.
      correction_received: the day a corrected application arrived (补正): the 20 days restart
        from it (第三十条).
      correction_requested: the day the correction was requested; defaults to `received`. Given
        without `correction_received`, the clock is stopped and the result is None.
      pauses: consultations (征求意见, 第三十二、三十四条) as (start, end) pairs of dates, one
        after another; the working days in (start, end] are not counted. Overlapping pauses
        raise FailedPreconditionError (one consultation at a time).
      count_start_day: count `received` itself as day 1 when it is a working day.
      calendar: a gongkai.Calendar; the national calendar when None.
    Returns:
      The due date, a datetime.date (None while an awaited correction stops the clock). The
      same date as the first line of `gongkai deadline --received ...`; cases.deadlines() gives
      the explanation.
    Raises:
      InvalidArgumentError: a malformed date, an extension outside 0..20, dates out of order.
      OutOfRangeError: a date outside 2008–2100.
    """
    received = _day(received, "received")
    events = [(received, {"type": "EVENT_TYPE_REGISTERED"})]
    start = received
    if correction_requested is not None or correction_received is not None:
        requested = received if correction_requested is None else _day(correction_requested,
                                                                       "correction_requested")
        # The period given to the applicant bounds only the correction's own deadline, not the
        # reply's; the longest the library accepts keeps a late correction from mattering here.
        events.append((requested, {"type": "EVENT_TYPE_CORRECTION_REQUESTED", "correctionPeriodDays": 60}))
        if correction_received is None:
            start = None
        else:
            start = _day(correction_received, "correction_received")
            events.append((start, {"type": "EVENT_TYPE_CORRECTION_RECEIVED"}))
    if isinstance(extension_days, bool) or not isinstance(extension_days, int):
        raise TypeError(f"extension_days must be an int, not {type(extension_days).__name__}")
    if extension_days and start is not None:
        events.append((start, {"type": "EVENT_TYPE_EXTENSION_APPROVED", "extensionDays": extension_days,
                                 "approver": "政府信息公开工作机构负责人"}))  # 第三十三条
    spans = []
    for i, pause in enumerate(pauses):
        try:
            first, last = pause
        except (TypeError, ValueError):
            raise TypeError(f"pauses[{i}] must be a (start, end) pair of dates") from None
        first, last = _day(first, f"pauses[{i}] start"), _day(last, f"pauses[{i}] end")
        if last < first:
            raise InvalidArgumentError(f"pauses[{i}]: end {last} is before start {first}")
        spans.append((first, last))
    for first, last in sorted(spans):  # in any order given; one ending the day the next starts
        party = {"party": "CONSULTATION_PARTY_THIRD_PARTY"}
        events.append((first, dict(type="EVENT_TYPE_CONSULTATION_STARTED", **party)))
        events.append((last, dict(type="EVENT_TYPE_CONSULTATION_ANSWERED", **party)))
    events.sort(key=lambda e: e[0])  # stable: same-day events keep the order above
    as_of = max(day for day, _ in events)
    application = {"id": "reply_due", "received": received,
                   "events": [dict(event, date=day) for day, event in events]}
    report = json.loads(deadlines(_values.dumps(application), as_of, calendar,
                                  count_start_day=count_start_day))
    reply = next(d for d in report["deadlines"] if d.get("kind") == "DEADLINE_KIND_REPLY")
    due = reply.get("due")
    return None if due is None else datetime.date(due["year"], due["month"], due["day"])


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
