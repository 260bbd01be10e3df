"""Pythonic values for messages given and returned as dicts.

The protobuf JSON mapping writes int64 fields as strings ("134") and gongkai.v1.Date as
{"year": ..., "month": ..., "day": ...}. Dicts are for Python code, so in a dict the binding
gives every int64 as an int and every Date as a datetime.date, walking the message's schema (the
generated modules' descriptors; needs the protobuf runtime). On the way in a dict may hold
datetime.date wherever a Date goes, and ints or digit strings for int64 fields. JSON str input
and output are the library's JSON mapping, unchanged.
"""

import datetime
import importlib
import json
import pkgutil

_DATE = "gongkai.v1.Date"
_classes = None  # full message name -> generated class
_int64_types = None
_fields = {}  # descriptor full name -> {JSON or proto field name: field descriptor}


def require_protobuf():
    """Raises ImportError, naming the Debian and the pip package, without the protobuf runtime."""
    from . import v1  # noqa: F401 - its import checks the runtime


def message_class(full_name):
    """The generated class of top-level message `full_name` ("gongkai.v1.DeadlineReport").
    Raises ImportError (naming the packages to install) without the protobuf runtime."""
    global _classes
    if _classes is None:
        from . import v1
        classes = {}
        for module_info in pkgutil.iter_modules(v1.__path__):
            if not module_info.name.endswith("_pb2"):
                continue
            module = importlib.import_module(f"{v1.__name__}.{module_info.name}")
            for name, descriptor in module.DESCRIPTOR.message_types_by_name.items():
                classes[descriptor.full_name] = getattr(module, name)
        _classes = classes
    return _classes[full_name]


def json_default(value):
    """json.dumps's `default`: a datetime.date as a gongkai.v1.Date object."""
    if isinstance(value, datetime.datetime):
        raise TypeError(f"a datetime.datetime ({value}) where a date goes: give value.date()")
    if isinstance(value, datetime.date):
        return {"year": value.year, "month": value.month, "day": value.day}
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def dumps(value):
    """`value` (a dict or list) as JSON text for the library, dates as gongkai.v1.Date."""
    return json.dumps(value, ensure_ascii=False, default=json_default)


def _date(value):
    """A datetime.date from a Date object of the JSON mapping; the object itself when it is no
    calendar date (an unset or partial Date, which the library echoes as it was given)."""
    try:
        return datetime.date(int(value.get("year", 0)), int(value.get("month", 0)), int(value.get("day", 0)))
    except (ValueError, TypeError, AttributeError):
        return value


def _field_map(descriptor):
    fields = _fields.get(descriptor.full_name)
    if fields is None:
        fields = {}
        for field in descriptor.fields:
            fields[field.name] = field
            fields[field.json_name] = field
        _fields[descriptor.full_name] = fields
    return fields


def _single(value, field):
    if field.type in _int64_types:
        return int(value)
    if field.message_type is not None:
        if field.message_type.full_name == _DATE:
            return _date(value)
        if isinstance(value, dict):
            return to_python(value, field.message_type)
    return value


def _field_value(value, field):
    from google.protobuf.descriptor import FieldDescriptor
    message_type = field.message_type
    if message_type is not None and message_type.GetOptions().map_entry:
        value_field = message_type.fields_by_name["value"]
        return {k: _single(v, value_field) for k, v in value.items()}
    if field.label == FieldDescriptor.LABEL_REPEATED and isinstance(value, list):
        return [_single(v, field) for v in value]
    return _single(value, field)


def to_python(value, descriptor):
    """A new dict: `value` (a message of type `descriptor` in the JSON mapping, as json.loads
    gives it) with int64 fields as int and Date fields as datetime.date, at every depth."""
    global _int64_types
    if _int64_types is None:
        from google.protobuf.descriptor import FieldDescriptor as F
        _int64_types = {F.TYPE_INT64, F.TYPE_UINT64, F.TYPE_SINT64, F.TYPE_FIXED64, F.TYPE_SFIXED64}
    fields = _field_map(descriptor)
    out = {}
    for key, item in value.items():
        field = fields.get(key)
        out[key] = item if field is None else _field_value(item, field)
    return out


def loads(data, full_name):
    """The library's JSON output `data` (bytes) of message `full_name` as a Pythonic dict."""
    return to_python(json.loads(data.decode("utf-8")), message_class(full_name).DESCRIPTOR)
