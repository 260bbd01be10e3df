"""Proactive disclosure records, the issuance-slip review, 索引号, and remedy cases, one record
at a time (a whole year becomes a report through gongkai.annual).

Records are given as protobuf objects (gongkai.v1.disclosure_pb2, slip_pb2, remedy_pb2), JSON
str or dicts; results come back in the form of the record given. In dicts, dates are
datetime.date and counts int, both ways (gongkai._values).
"""

import ctypes

from . import _native
from .calendar import _date_arg
from .cases import _calendar
from .report import _Form, _name, FORMAT_BINARY

__all__ = ["check", "timeliness", "IndexRegistry", "slip_replay", "slip_apply_event", "remedy_check"]


def check(record):
    """Raises InvalidArgumentError (OutOfRangeError for dates outside 2008–2100) naming the field
    when a gongkai.v1.Disclosure is malformed."""
    form = _Form(record)
    data = form.encode(record)
    _native.check(_native.lib.gongkai_disclosure_check(form.format, data, len(data)))


def timeliness(record, as_of, calendar=None, *, count_start_day=False):
    """第二十六条 for `record` as of `as_of`: a gongkai.v1.PublicationTimeliness (due date, late,
    working days late, overdue) in the record's form."""
    form = _Form(record)
    data = form.encode(record)
    options = _native._deadline_options_p()
    try:
        _native.check(_native.lib.gongkai_deadline_options_new(ctypes.byref(options)))
        _native.check(_native.lib.gongkai_deadline_options_set_count_start_day(options, int(count_start_day)))
        out = _native.call_for_buffer("gongkai_disclosure_timeliness", _calendar(calendar), options, form.format,
                                      data, len(data), _date_arg(as_of, "as_of"))
    finally:
        _native.lib.gongkai_deadline_options_free(options)
    return form.decode(out, "gongkai.v1.PublicationTimeliness")


class IndexRegistry(_native.Handle):
    """The 索引号 an agency has used, under a scheme (gongkai.v1.IndexScheme as a protobuf
    object, JSON str or dict; None for the default "{org}/{yyyy}-{nnnnn}" with any code).
    Not for two threads at once."""

    FREE = "gongkai_index_registry_free"

    def __init__(self, scheme=None):
        self._handle = _native._index_registry_p()
        fmt, data = FORMAT_BINARY, None
        if scheme is not None:
            form = _Form(scheme)
            fmt, data = form.format, form.encode(scheme)
        _native.check(_native.lib.gongkai_index_registry_new(ctypes.byref(self._handle), fmt, data,
                                                             0 if data is None else len(data)))

    def add(self, index, owner):
        """Records `index` for record `owner`; AlreadyExistsError naming both when it is taken."""
        _native.check(_native.lib.gongkai_index_registry_add(self._handle, _name(index, "index"),
                                                             _name(owner, "owner")))

    def next(self, date, owner):
        """Makes, records and returns the next free 索引号 of `date`'s period for `owner`."""
        out = _native.call_for_buffer("gongkai_index_registry_next", self._handle, _date_arg(date, "date"),
                                      _name(owner, "owner"))
        return out.decode("utf-8")


def _workflows(form, workflows):
    if not workflows:
        return None, 0
    stream = form.encode_stream(list(workflows))
    return stream, len(stream)


def slip_replay(slip, workflows=()):
    """The gongkai.v1.SlipState an issuance slip's history establishes. `workflows` adds review
    workflows (gongkai.v1.SlipWorkflow, in the slip's form) to the built-in ones. Raises
    FailedPreconditionError naming the rule (e.g. S-secrecy-first) for a step not allowed."""
    form = _Form(slip)
    data = form.encode(slip)
    extra, size = _workflows(form, workflows)
    out = _native.call_for_buffer("gongkai_slip_replay", form.format, data, len(data), extra, size)
    return form.decode(out, "gongkai.v1.SlipState")


def slip_apply_event(slip, event, workflows=()):
    """A new slip: `slip` with `event` (gongkai.v1.SlipEvent) appended, if the review allows it."""
    form = _Form(slip)
    data, ev = form.encode(slip), form.encode(event)
    extra, size = _workflows(form, workflows)
    out = _native.call_for_buffer("gongkai_slip_apply_event", form.format, data, len(data), ev, len(ev),
                                  extra, size)
    return form.decode(out, "gongkai.v1.IssuanceSlip")


def remedy_check(record):
    """Raises InvalidArgumentError naming the field when a gongkai.v1.Remedy is malformed."""
    form = _Form(record)
    data = form.encode(record)
    _native.check(_native.lib.gongkai_remedy_check(form.format, data, len(data)))
