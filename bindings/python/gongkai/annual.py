"""The full annual report from records.

    builder = gongkai.annual.AnnualBuilder(request)      # gongkai.v1.AnnualRequest
    builder.add("application", applications)             # records, or a stream as bytes/str
    result = builder.finish()                            # gongkai.v1.AnnualResult
    print(gongkai.annual.narrative_text(result))         # section 一's sentences

The request may be a protobuf object, a JSON str or a dict; finish() answers in the same form
(in a dict, counts are int and dates datetime.date: gongkai._values).
Records of one add() call share a form (protobuf objects, JSON str or dicts); bytes are a
length-delimited stream and str without a list is JSON lines. add_file() and add_stream() read
big inputs in blocks, never whole. A builder is not for two threads at once: build one per thread
over shards of the records and merge them, or let one builder parse on several (threads=N).
"""

import ctypes
import os

from . import _native
from .report import _Form, _choice, FORMAT_BINARY, FORMAT_JSON

__all__ = ["AnnualBuilder", "RECORD_KINDS", "narrative_text"]

# The enum gongkai_record_kind of include/gongkai/annual.h, by the names add() takes.
RECORD_KIND_VALUES = {"disclosure": 1, "slip": 2, "application": 3, "remedy": 4}
RECORD_KINDS = tuple(RECORD_KIND_VALUES)


class AnnualBuilder(_native.Handle):
    """Tables 二 三 四 derived from records, entered figures and narratives attached, validated."""

    FREE = "gongkai_annual_free"

    def __init__(self, request, calendar=None, threads=1):
        self._form = _Form(request)
        data = self._form.encode(request)
        self._handle = _native._annual_p()
        _native.check(_native.lib.gongkai_annual_new(ctypes.byref(self._handle),
                                                     None if calendar is None else calendar._handle,
                                                     self._form.format, data, len(data)))
        if threads != 1:
            self.set_threads(threads)

    def set_threads(self, threads):
        """Parses the records of later adds on `threads` threads (1..64; OutOfRangeError
        otherwise), the calling one among them. The result is that of one thread; it pays only
        for streams of megabytes (docs/performance.md)."""
        _native.check(_native.lib.gongkai_annual_set_threads(self._handle, int(threads)))

    def add(self, kind, records):
        """Adds records of `kind` ("disclosure", "slip", "application" or "remedy"). A malformed
        stream raises InvalidArgumentError and adds nothing; a record that breaks a rule is
        reported among the result's problems instead."""
        if isinstance(records, (bytes, bytearray, memoryview)):
            fmt, stream = FORMAT_BINARY, bytes(records)
        elif isinstance(records, str):
            fmt, stream = FORMAT_JSON, records.encode("utf-8", "surrogatepass")
        else:
            records = list(records)
            if not records:
                return
            form = _Form(records[0])
            fmt, stream = form.format, form.encode_stream(records)
        value = _choice(kind, RECORD_KIND_VALUES, "kind")
        _native.check(_native.lib.gongkai_annual_add(self._handle, fmt, value, stream, len(stream)))

    def add_file(self, kind, path, binary=False):
        """Adds the records of the file `path` (str, bytes or os.PathLike), read in blocks, never
        whole: JSON lines, or with binary=True a length-delimited stream. NotFoundError if it
        does not exist, InvalidArgumentError if it cannot be read or is malformed; then nothing
        of it is added."""
        value = _choice(kind, RECORD_KIND_VALUES, "kind")
        name = os.fsencode(path)
        if b"\0" in name:
            raise ValueError("path: contains a NUL character")
        _native.check(_native.lib.gongkai_annual_add_file(
            self._handle, FORMAT_BINARY if binary else FORMAT_JSON, value, name))

    def add_stream(self, kind, stream, binary=False):
        """Adds the records read from `stream`, a binary file object (open(path, "rb"),
        io.BytesIO, a socket's makefile("rb")), in blocks as add_file does. An exception its
        read() raises is raised again here, and nothing of the stream is added."""
        value = _choice(kind, RECORD_KIND_VALUES, "kind")
        failure = []

        def read(_context, buffer, capacity):
            try:
                data = stream.read(capacity)
                if not isinstance(data, (bytes, bytearray)):
                    raise TypeError(f"stream.read() returned {type(data).__name__}, not bytes")
                if len(data) > capacity:
                    raise ValueError(f"stream.read({capacity}) returned {len(data)} bytes")
                ctypes.memmove(buffer, bytes(data), len(data))
                return len(data)
            except BaseException as e:  # noqa: B902 - carried across the C call, raised below
                failure.append(e)
                return -1

        callback = _native.read_fn(read)  # kept alive for the whole call
        code = _native.lib.gongkai_annual_add_reader(
            self._handle, FORMAT_BINARY if binary else FORMAT_JSON, value, callback, None)
        if failure:
            raise failure[0]
        _native.check(code)

    def merge(self, other):
        """Adds what `other` (made from the same request) has seen."""
        _native.check(_native.lib.gongkai_annual_merge(self._handle, other._handle))

    def finish(self):
        """The gongkai.v1.AnnualResult in the request's form: report, validation, headline and
        its sentences (narrative), records read, problems, trace."""
        out = _native.call_for_buffer("gongkai_annual_finish", self._handle, self._form.format)
        return self._form.decode(out, "gongkai.v1.AnnualResult")


def narrative_text(result, markdown=False):
    """Section 一's sentences of `result` (an AnnualResult from finish(), in any form) as the CLI
    prints them: the title on its own line ("## " before it and a blank line after it in
    markdown), then each sentence after a bullet ("- " in markdown, two spaces otherwise), a
    channel two more spaces in. The sentences are the library's (AnnualResult.narrative)."""
    if isinstance(result, str):
        result = __import__("json").loads(result)
    if isinstance(result, dict):
        narrative = result.get("narrative", {})
        title = narrative.get("title", "")
        lines = [(int(line.get("depth", 0)), line.get("text", "")) for line in narrative.get("lines", [])]
    else:
        title = result.narrative.title
        lines = [(line.depth, line.text) for line in result.narrative.lines]
    text = f"## {title}\n\n" if markdown else f"{title}\n"
    bullet = "- " if markdown else "  "
    return text + "".join(f"{bullet}{'  ' * depth}{line}\n" for depth, line in lines)
