"""The annual report: layouts, validation with explanations, roll-up, import (a grid or a whole
published document), the narrative check, rendering.

A report may be given in three forms, and results come back in the form of the report given:
  - a gongkai.v1.report_pb2.AnnualReport object (results are protobuf objects);
  - a str of JSON (the protobuf JSON mapping; results are JSON str, as the library wrote them);
  - a dict (results are dicts). In dicts, counts and other int64 fields are int and dates are
    datetime.date, both ways (gongkai._values); a dict given may also use the JSON mapping's
    forms ("12", {"year": 2025, "month": 1, "day": 2}).
"""

import ctypes
import json

from . import _native
from . import _values
from .errors import InvalidArgumentError, OutOfRangeError

__all__ = ["layout_ids", "layout", "validate", "merge", "import_grid", "import_document", "check_narrative",
           "render", "RENDER_OUTPUTS"]

# The enum gongkai_format of include/gongkai/common.h.
FORMAT_BINARY = 0
FORMAT_JSON = 1

# The enum gongkai_render_output of include/gongkai/report.h, by the names render() takes.
RENDER_OUTPUT_VALUES = {"text": 1, "markdown": 2, "csv": 3, "csv-labels": 4, "json": 5, "html": 6,
                        "html-document": 7}
RENDER_OUTPUTS = tuple(RENDER_OUTPUT_VALUES)


class _Form:
    """How a caller gave a message, so that results come back the same way."""

    def __init__(self, value):
        from .messages import _is_message
        if _is_message(value):
            self.kind, self.format = "message", FORMAT_BINARY
        elif isinstance(value, str):
            self.kind, self.format = "json", FORMAT_JSON
        elif isinstance(value, dict):
            _values.require_protobuf()  # before the call, not after it succeeded
            self.kind, self.format = "dict", FORMAT_JSON
        else:
            raise TypeError(f"expected a protobuf message, a JSON str or a dict, not {type(value).__name__}")

    def encode(self, value):
        """`value` as the bytes the C API takes in this form's format."""
        if self.kind == "message":
            return value.SerializeToString()
        if isinstance(value, dict):
            value = _values.dumps(value)
        if not isinstance(value, str):
            raise TypeError(f"expected {self.kind}, not {type(value).__name__}")
        return value.encode("utf-8", "surrogatepass")

    def encode_stream(self, values):
        """Several messages as one stream: length-delimited binary, or JSON lines."""
        if self.kind != "message":
            return b"".join(self.encode(v).replace(b"\n", b" ") + b"\n" for v in values)
        out = bytearray()
        for v in values:
            data = v.SerializeToString()
            size = len(data)
            while True:  # varint length prefix
                byte = size & 0x7F
                size >>= 7
                out.append(byte | (0x80 if size else 0))
                if not size:
                    break
            out += data
        return bytes(out)

    def decode(self, data, full_name):
        """The library's output `data`, a message of type `full_name` ("gongkai.v1.Notice") in
        this form's format, as a protobuf object, a JSON str or a Pythonic dict."""
        if self.kind == "message":
            return _values.message_class(full_name).FromString(data)
        if self.kind == "dict":
            return _values.loads(data, full_name)
        return data.decode("utf-8")


def _name(value, what):
    if not isinstance(value, str):
        raise TypeError(f"{what} must be a str, not {type(value).__name__}")
    if "\0" in value:
        raise InvalidArgumentError(f"{what}: {value!r} contains a NUL character")
    return value.encode("utf-8")


def _choice(value, values, what):
    """The C enum value of name `value` in `values` (name -> value)."""
    if not isinstance(value, str):
        raise TypeError(f"{what} must be a str, not {type(value).__name__}")
    if value not in values:
        raise InvalidArgumentError(f"{what}: {value!r} is not one of {', '.join(values)}")
    return values[value]


def _pb2(name):
    """The generated class gongkai.v1.<name> (needs the protobuf runtime)."""
    return _values.message_class(f"gongkai.v1.{name}")


def layout_ids():
    """The ids of the built-in layouts, e.g. ["2019", "2021"]."""
    return _native.call_for_buffer("gongkai_layout_ids").decode("utf-8").splitlines()


def layout(layout_id="", year=0, *, as_json=False):
    """The layout `layout_id`, or the one in force for `year` when the id is empty, as a
    gongkai.v1.LayoutSpec (or its JSON str with as_json=True): tables, cell keys, statutory
    labels, value kinds and rules. Raises NotFoundError for an unknown id or year."""
    fmt = FORMAT_JSON if as_json else FORMAT_BINARY
    data = _native.call_for_buffer("gongkai_layout_get", fmt, _name(layout_id, "layout_id"), int(year))
    return data.decode("utf-8") if as_json else _pb2("LayoutSpec").FromString(data)


def validate(report, *, previous=None, members=()):
    """Checks `report` against every rule of its layout.

    Args:
      report: the report (see the module docstring for its forms).
      previous: the same agency's report of the year before, for the cross-year rules.
      members: the reports `report` consolidates, for the roll-up rule.
    Returns:
      (result, error_count): a gongkai.v1.ValidationResult in the report's form, and the number
      of error-level findings. Findings are not exceptions.
    Raises:
      InvalidArgumentError, NotFoundError, OutOfRangeError: input that cannot be checked (a key
        the layout lacks, a previous report of another year, members of another layout...).
    """
    form = _Form(report)
    data = form.encode(report)
    options = _native._validate_options_p()
    errors = ctypes.c_int(0)
    try:
        _native.check(_native.lib.gongkai_validate_options_new(ctypes.byref(options)))
        if previous is not None:
            prev = form.encode(previous)
            _native.check(_native.lib.gongkai_validate_options_set_previous(options, form.format, prev, len(prev)))
        if members:
            stream = form.encode_stream(list(members))
            _native.check(_native.lib.gongkai_validate_options_set_members(options, form.format, stream,
                                                                           len(stream)))
        out = _native.call_for_buffer("gongkai_report_validate", ctypes.byref(errors), options, form.format,
                                      data, len(data))
    finally:
        _native.lib.gongkai_validate_options_free(options)
    return form.decode(out, "gongkai.v1.ValidationResult"), errors.value


def merge(reports, parent):
    """The consolidated report of `parent` (a gongkai.v1.Agency in the reports' form) as the
    cell-wise sum of `reports` (one year, one layout). Associative and commutative."""
    reports = list(reports)
    if not reports:
        raise InvalidArgumentError("merge: no reports given")
    form = _Form(reports[0])
    stream = form.encode_stream(reports)
    agency = form.encode(parent)
    out = _native.call_for_buffer("gongkai_report_merge", form.format, agency, len(agency), stream, len(stream))
    return form.decode(out, "gongkai.v1.AnnualReport")


def import_grid(report, table, csv_text, source_name=None):
    """Reads table `table` ("t2", "t3" or "t4") from a CSV grid copied from a spreadsheet or a
    published page into `report`. Returns a gongkai.v1.ImportResult in the report's form: the
    report with that table filled in, and the warnings for accepted variants of the text."""
    form = _Form(report)
    data = form.encode(report)
    csv_bytes = csv_text.encode("utf-8", "surrogatepass") if isinstance(csv_text, str) else bytes(csv_text)
    source = None if source_name is None else _name(source_name, "source_name")
    out = _native.call_for_buffer("gongkai_report_import_grid", form.format, data, len(data),
                                  _name(table, "table"), csv_bytes, len(csv_bytes), source)
    return form.decode(out, "gongkai.v1.ImportResult")


def _import_options(source_name, document_format, year, agency, agency_id, layout, as_json):
    """The gongkai.v1.ImportOptions of import_document's arguments, in JSON with as_json, else
    binary; None when every one is left at its default."""
    fields, agency_fields = {}, {}
    for value, what, into, key in ((source_name, "source_name", fields, "source_name"),
                                   (document_format, "document_format", fields, "document_format"),
                                   (layout, "layout", fields, "layout"),
                                   (agency, "agency", agency_fields, "name"),
                                   (agency_id, "agency_id", agency_fields, "id")):
        if value is not None:
            _name(value, what)
            into[key] = value
    if agency_fields:
        fields["agency"] = agency_fields
    if year is not None:
        if isinstance(year, bool) or not isinstance(year, int):
            raise TypeError(f"year must be an int, not {type(year).__name__}")
        if not -2**31 <= year < 2**31:
            raise OutOfRangeError(f"year: {year} is outside the library's range")
        fields["year"] = year
    if not fields:
        return None
    if as_json:  # the JSON parser takes the .proto field names too
        return json.dumps(fields, ensure_ascii=False).encode("utf-8")
    return _pb2("ImportOptions")(**fields).SerializeToString()


def import_document(document, source_name=None, document_format=None, year=None, agency=None,
                    agency_id=None, layout=None, *, as_json=False):
    """Reads a whole published annual report: a saved web page, a Word (.docx) or Excel (.xlsx)
    file, a PDF, or a CSV/text export, in UTF-8 or GB18030/GBK.

    Finds tables 二, 三 and 四 by their statutory labels, tells the layout from their shape and
    the agency and year from the title.

    Args:
      document: the file's contents, as bytes (not a path: open(path, "rb").read()).
      source_name: names the document in provenance and messages ("report.docx").
      document_format: "html", "docx", "xlsx", "pdf", "csv" or "text"; None or "auto" to tell
        it from the content.
      year, agency, agency_id: override the year and the agency's name and id the title gives.
      layout: a layout id ("2019", "2021"); None for the one the document's tables are.
      as_json: return the JSON str rather than a protobuf object.
    Returns:
      a gongkai.v1.ImportResult (like layout(), a protobuf object, or its JSON str with
      as_json=True): the report (each cell's provenance naming the table, row and column it was
      read from; the narrative sections), the warnings, the document's format and title.
    Raises:
      TypeError: document is not bytes, or an option is of the wrong type.
      InvalidArgumentError: a document that cannot be read, one without a year in its title
        when none is given, or tables no layout explains (the message says which table was not
        found or which row did not read); an unknown document_format.
      NotFoundError: an unknown layout.
      OutOfRangeError: a year outside the library's range.
    """
    if not isinstance(document, (bytes, bytearray, memoryview)):
        raise TypeError(f"document must be bytes (the file's contents), not {type(document).__name__}")
    data = bytes(document)
    fmt = FORMAT_JSON if as_json else FORMAT_BINARY
    options = _import_options(source_name, document_format, year, agency, agency_id, layout, as_json)
    out = _native.call_for_buffer("gongkai_report_import_document", fmt, options,
                                  0 if options is None else len(options), data, len(data))
    return out.decode("utf-8") if as_json else _pb2("ImportResult").FromString(out)


def check_narrative(report):
    """Compares the figures the report's narrative (overview, problems, other_matters) states
    with the table cells they restate. Returns a gongkai.v1.ValidationResult of warnings (rules
    "N-...") in the report's form. Raises InvalidArgumentError for a malformed report,
    NotFoundError for an unknown layout."""
    form = _Form(report)
    data = form.encode(report)
    out = _native.call_for_buffer("gongkai_report_check_narrative", form.format, data, len(data))
    return form.decode(out, "gongkai.v1.ValidationResult")


def render(report, output="text"):
    """The report as text: one of RENDER_OUTPUTS ("text", "markdown", "csv", "csv-labels",
    "json", "html", "html-document")."""
    form = _Form(report)
    data = form.encode(report)
    out = _native.call_for_buffer("gongkai_report_render", form.format,
                                  _choice(output, RENDER_OUTPUT_VALUES, "output"), data, len(data))
    return out.decode("utf-8")
