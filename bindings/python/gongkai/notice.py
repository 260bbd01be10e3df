"""The written notices of an application (补正告知书, 延期答复告知书, 征求意见书, 收费通知书,
答复书), composed from its history with every date from the case engine (docs/notices.md).

A request is a gongkai.v1.NoticeRequest (notice_pb2) as a protobuf object, JSON str or dict;
results come back in the form of the request given (in dicts, dates are datetime.date). A notice holds personal data (the
applicant's name, the request): it is the document itself. Error messages never do. The national
calendar is used unless a gongkai.Calendar is passed.
"""

from . import _native
from .cases import _calendar
from .report import _Form

__all__ = ["write", "compose", "check", "check_template"]


def write(request, calendar=None):
    """The notice rendered in request's format, as bytes: UTF-8 text or HTML, or a .docx file.
    FailedPreconditionError, giving the rule, when the history does not support the notice;
    InvalidArgumentError naming the field for a bad request, template or missing detail."""
    form = _Form(request)
    data = form.encode(request)
    return _native.call_for_buffer("gongkai_notice_write", _calendar(calendar), form.format, data, len(data))


def compose(request, calendar=None):
    """The notice before rendering (a gongkai.v1.Notice in the request's form): paragraphs, 文号,
    the provisions cited and the dates stated. Errors as for write()."""
    form = _Form(request)
    data = form.encode(request)
    out = _native.call_for_buffer("gongkai_notice_compose", _calendar(calendar), form.format, data, len(data))
    return form.decode(out, "gongkai.v1.Notice")


def check(request, text, calendar=None):
    """Checks `text` (str or UTF-8 bytes), a notice of request's kind written elsewhere, against
    the case: a gongkai.v1.NoticeCheck whose findings are the disagreements (none: it agrees)."""
    form = _Form(request)
    data = form.encode(request)
    if isinstance(text, str):
        text = text.encode("utf-8", "surrogatepass")
    elif not isinstance(text, (bytes, bytearray, memoryview)):
        raise TypeError(f"text must be str or bytes, not {type(text).__name__}")
    text = bytes(text)
    out = _native.call_for_buffer("gongkai_notice_check", _calendar(calendar), form.format, data, len(data),
                                  text, len(text))
    return form.decode(out, "gongkai.v1.NoticeCheck")


def check_template(notice_template):
    """Raises InvalidArgumentError, naming the field and any element the law requires that it
    drops, unless `notice_template` (a gongkai.v1.NoticeTemplate) is usable."""
    form = _Form(notice_template)
    data = form.encode(notice_template)
    _native.check(_native.lib.gongkai_notice_template_check(form.format, data, len(data)))
