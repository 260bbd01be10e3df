"""Gongkai's protobuf messages between their binary form and the protobuf JSON mapping.

A message is given either as a protobuf object of a generated `_pb2` class (gongkai.v1.*_pb2,
built with the package; needs Debian's python3-protobuf), or as a full type name such as
"gongkai.v1.Agency" plus serialized bytes. Plain-JSON use needs no protobuf runtime.
"""

from . import _native
from .errors import InvalidArgumentError

__all__ = ["message_type_names", "to_json", "from_json"]

# Flag bits of include/gongkai/message.h (the enums gongkai_json_print_flag and
# gongkai_json_parse_flag), combined into the unsigned int `flags`.
JSON_PRETTY = 1
JSON_PROTO_NAMES = 2
JSON_EMIT_DEFAULTS = 4
JSON_IGNORE_UNKNOWN = 1


def _message_base():
    """google.protobuf.message.Message, or None when protobuf is not installed."""
    try:
        from google.protobuf.message import Message
    except ImportError:
        return None
    return Message


def _is_message(obj):
    base = _message_base()
    return base is not None and isinstance(obj, base)


def _is_message_class(obj):
    base = _message_base()
    return base is not None and isinstance(obj, type) and issubclass(obj, base)


def _type_name_arg(type_name):
    """A type name as the NUL-terminated UTF-8 the C API takes."""
    if not isinstance(type_name, str):
        raise TypeError(f"type name must be a str, not {type(type_name).__name__}")
    if "\0" in type_name:
        raise InvalidArgumentError(f"type_name: {type_name!r} contains a NUL character")
    return type_name.encode("utf-8", "surrogatepass")


def message_type_names():
    """The full names of every Gongkai message type, sorted, e.g. ["gongkai.v1.Agency", ...]."""
    return _native.call_for_buffer("gongkai_message_type_names").decode("utf-8").splitlines()


def to_json(message_or_type_name, data=None, *, pretty=False, proto_names=False,
            emit_defaults=False):
    """A message as JSON text (the standard protobuf JSON mapping), printed by the library.

    Args:
      message_or_type_name: a protobuf message object of a gongkai.v1 type (then `data` must
        be None), or a full type name such as "gongkai.v1.Agency".
      data: with a type name, the serialized message (bytes-like; b"" is the empty message).
      pretty: indented, one field per line.
      proto_names: use the .proto field names (snake_case) instead of lowerCamelCase.
      emit_defaults: also print fields holding their default value.
    Returns:
      The JSON as a str.
    Raises:
      NotFoundError: no Gongkai message type has that name.
      InvalidArgumentError: the bytes do not parse as that type.
      TypeError: the arguments do not fit either form above.
    """
    if _is_message(message_or_type_name):
        if data is not None:
            raise TypeError("to_json: give data only with a type name, not with a message")
        type_name = message_or_type_name.DESCRIPTOR.full_name
        data = message_or_type_name.SerializeToString()
    else:
        type_name = message_or_type_name
        if data is None:
            raise TypeError("to_json: a type name needs data, the serialized message (bytes)")
        if isinstance(data, str):
            raise TypeError("to_json: data must be the serialized message as bytes, not str")
        data = bytes(data)
    flags = ((JSON_PRETTY if pretty else 0) | (JSON_PROTO_NAMES if proto_names else 0)
             | (JSON_EMIT_DEFAULTS if emit_defaults else 0))
    out = _native.call_for_buffer("gongkai_message_to_json", flags, _type_name_arg(type_name), data,
                                  len(data))
    return out.decode("utf-8")


def from_json(type_name_or_class, json_text, *, ignore_unknown=False):
    """Parses JSON text (the standard protobuf JSON mapping) as a Gongkai message.

    Args:
      type_name_or_class: a full type name such as "gongkai.v1.Agency", or a generated message
        class such as gongkai.v1.common_pb2.Agency.
      json_text: the JSON, as str or as UTF-8 bytes (the library checks the encoding).
      ignore_unknown: skip fields the type does not have instead of failing.
    Returns:
      The serialized message (bytes) for a type name; a new message object for a class.
    Raises:
      NotFoundError: no Gongkai message type has that name.
      InvalidArgumentError: the text is not UTF-8, not JSON, or does not fit the type; the
        message names the type and the field.
      TypeError: an argument has the wrong type.
    """
    message_class = None
    if _is_message_class(type_name_or_class):
        message_class = type_name_or_class
        type_name = message_class.DESCRIPTOR.full_name
    else:
        type_name = type_name_or_class
    if isinstance(json_text, str):
        # Lone surrogates pass through as invalid UTF-8, for the library to reject.
        json_text = json_text.encode("utf-8", "surrogatepass")
    else:
        json_text = bytes(json_text)
    flags = JSON_IGNORE_UNKNOWN if ignore_unknown else 0
    data = _native.call_for_buffer("gongkai_message_from_json", flags, _type_name_arg(type_name),
                                   json_text, len(json_text))
    return data if message_class is None else message_class.FromString(data)
