"""Generated protobuf modules of package gongkai.v1 (e.g. common_pb2), built by protoc.

They need the protobuf runtime for Python; without it, importing this package raises an
ImportError naming the Debian and the pip package that provide it.
"""

PROTOBUF_MISSING = (
    "gongkai: the protobuf runtime for Python is not installed; it is needed for protobuf "
    "message objects and for records given as dicts. Install Debian's python3-protobuf "
    "(apt-get install python3-protobuf; in a venv, create it with --system-site-packages) or "
    "the pip package protobuf (pip install 'protobuf>=3.21'). Plain JSON str and bytes work "
    "without it.")

try:
    import google.protobuf
except ImportError as e:
    raise ImportError(PROTOBUF_MISSING, name="google.protobuf") from e


def _too_old(version):
    """True for a protobuf runtime older than the generated code needs (3.20: the builder
    module protoc 3.21's Python output imports)."""
    try:
        major, minor = (int(part) for part in version.split(".")[:2])
    except ValueError:
        return False
    return (major, minor) < (3, 20)


if _too_old(getattr(google.protobuf, "__version__", "")):
    raise ImportError(
        f"gongkai: the protobuf runtime for Python is version {google.protobuf.__version__}; the "
        "generated modules need 3.20 or later (Debian 12's python3-protobuf, or pip install "
        "'protobuf>=3.21')", name="google.protobuf")
