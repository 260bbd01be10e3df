"""The binding's declarations agree with the public C headers (include/gongkai/*.h).

Parses every `GONGKAI_API <return type> gongkai_xxx(<parameters>);` prototype and checks that
gongkai._native.FUNCTIONS declares exactly the same functions, each with the same arity and a
ctypes type that fits every parameter and the result; and that the codes, the enums of choices,
the JSON flags and the major version mirrored in Python match the header's.
"""

import ctypes
import os
import pathlib
import re
import unittest

from gongkai import _native, annual, errors, messages, registry, report

HEADER_DIR = pathlib.Path(os.environ.get(
    "GONGKAI_HEADER_DIR",
    pathlib.Path(__file__).resolve().parents[2] / "include" / "gongkai"))

_PROTOTYPE = re.compile(
    r"\bGONGKAI_API\s+([\w\s*]+?)\s*\b(gongkai_\w+)\s*\(([^()]*)\)\s*;")
_INTEGER_TYPES = {
    # C type -> the ctypes type with its size and signedness
    "int": ctypes.c_int,
    "gongkai_code": ctypes.c_int,  # a C enum whose values all fit int
    "gongkai_format": ctypes.c_int,  # the enums of fixed choices: every value fits int
    "gongkai_record_kind": ctypes.c_int,
    "gongkai_render_output": ctypes.c_int,
    "gongkai_disposition": ctypes.c_int,
    "unsigned int": ctypes.c_uint,  # bit flags
    "long": ctypes.c_long,
    "size_t": ctypes.c_size_t,
    "int64_t": ctypes.c_int64,
}
_OPAQUE_STRUCTS = {"gongkai_buffer", "gongkai_validate_options", "gongkai_calendar",
                   "gongkai_deadline_options", "gongkai_table3", "gongkai_index_registry",
                   "gongkai_annual", "gongkai_registry"}
# The function pointer types of the headers: (result, parameters) as ctypes sees them.
_CALLBACKS = {
    # typedef int64_t (*gongkai_read_fn)(void* context, uint8_t* buffer, size_t capacity);
    "gongkai_read_fn": (ctypes.c_int64,
                        (ctypes.c_void_p, ctypes.POINTER(ctypes.c_uint8), ctypes.c_size_t)),
}
# ctypes' simple type codes: signed and unsigned integers.
_SIGNED_CODES = set("bhilq")
_UNSIGNED_CODES = set("BHILQ")


def header_text():
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(HEADER_DIR.glob("*.h")))


def strip_c(text):
    """The text without comments or preprocessor lines (continuations included)."""
    text = re.sub(r"/\*.*?\*/", " ", text, flags=re.S)
    text = re.sub(r"//[^\n]*", " ", text)
    text = re.sub(r"^[ \t]*#(?:[^\n]*\\\n)*[^\n]*", " ", text, flags=re.M)
    return text


def parse_prototypes(text):
    """{name: (return type, [parameter types])} with types normalised like "const char*"."""
    def normalise(c_type):
        return re.sub(r"\s*\*\s*", "*", " ".join(c_type.split())).strip()

    prototypes = {}
    for ret, name, params in _PROTOTYPE.findall(strip_c(text)):
        types = []
        params = " ".join(params.split())
        if params != "void":
            for param in params.split(","):
                m = re.fullmatch(r"\s*(.*?[\s*])(\w+)\s*", param)
                assert m, f"{name}: cannot read parameter {param!r} (every parameter is named)"
                types.append(normalise(m.group(1)))
        assert name not in prototypes, f"{name} is declared twice"
        prototypes[name] = (normalise(ret), types)
    return prototypes


def c_shape(c_type):
    """("void",) | ("int", size, signed) | ("ptr", depth, base) for a normalised C type."""
    base = " ".join(re.sub(r"\bconst\b", " ", c_type).replace("*", " * ").split())
    base = base.replace(" *", "*")
    depth = base.count("*")
    base = base.rstrip("*").strip()
    if depth:
        return ("ptr", depth, base)
    if base == "void":
        return ("void",)
    if base in _CALLBACKS:
        return ("fn", base)
    if base not in _INTEGER_TYPES:
        raise AssertionError(f"the test does not know the C type {c_type!r}; add it")
    t = _INTEGER_TYPES[base]
    return ("int", ctypes.sizeof(t), t._type_ in _SIGNED_CODES)


def ctypes_fits(c_type, py_type):
    """Whether ctypes type `py_type` (None for void) passes or returns C type `c_type` safely."""
    shape = c_shape(c_type)
    if shape[0] == "void":
        return py_type is None
    if py_type is None:
        return False
    if shape[0] == "fn":  # a CFUNCTYPE of the same result and parameters
        restype, argtypes = _CALLBACKS[shape[1]]
        return (getattr(py_type, "_restype_", None) is restype
                and tuple(getattr(py_type, "_argtypes_", ())) == argtypes)
    if shape[0] == "int":
        code = getattr(py_type, "_type_", None)
        if not isinstance(code, str) or code not in _SIGNED_CODES | _UNSIGNED_CODES:
            return False
        return (ctypes.sizeof(py_type), code in _SIGNED_CODES) == shape[1:]
    _, depth, base = shape
    if depth == 1 and base in ("char", "uint8_t"):  # bytes in, bytes or an address out
        return py_type in (ctypes.c_char_p, ctypes.c_void_p)
    if depth == 1 and base == "void":  # a caller's context, passed back untouched
        return py_type is ctypes.c_void_p
    if depth == 2 and base == "char":  # an array of strings in
        return py_type is ctypes.POINTER(ctypes.c_char_p)
    if depth == 1 and base in _INTEGER_TYPES:  # an integer out-parameter
        if not (isinstance(py_type, type) and issubclass(py_type, ctypes._Pointer)):
            return False
        target, want = py_type._type_, _INTEGER_TYPES[base]
        return (ctypes.sizeof(target), target._type_ in _SIGNED_CODES) == (
            ctypes.sizeof(want), want._type_ in _SIGNED_CODES)
    # Pointers to opaque structs must use the ctypes struct of the same name, level by level.
    while depth > 1:
        if not (isinstance(py_type, type) and issubclass(py_type, ctypes._Pointer)):
            return False
        py_type, depth = py_type._type_, depth - 1
    if base in _OPAQUE_STRUCTS:
        if py_type is ctypes.c_void_p:
            return True
        return (isinstance(py_type, type) and issubclass(py_type, ctypes._Pointer)
                and issubclass(py_type._type_, ctypes.Structure)
                and py_type._type_.__name__ == base)
    return False


class ParserTest(unittest.TestCase):
    """The checker itself: it reads multi-line prototypes and tells types apart."""

    def test_parses_multiline_prototypes(self):
        text = """
        #define GONGKAI_API __attribute__((visibility("default")))
        /* GONGKAI_API int gongkai_in_comment(void); */
        GONGKAI_API gongkai_code gongkai_f(gongkai_buffer** out,
                                           const uint8_t* data,
                                           size_t size);
        GONGKAI_API const char* gongkai_g(void);
        """
        self.assertEqual(parse_prototypes(text), {
            "gongkai_f": ("gongkai_code", ["gongkai_buffer**", "const uint8_t*", "size_t"]),
            "gongkai_g": ("const char*", []),
        })

    def test_type_compatibility(self):
        self.assertTrue(ctypes_fits("size_t", ctypes.c_size_t))
        self.assertFalse(ctypes_fits("size_t", ctypes.c_int))
        self.assertFalse(ctypes_fits("int", ctypes.c_uint))
        self.assertFalse(ctypes_fits("long", ctypes.c_int))
        self.assertFalse(ctypes_fits("int", ctypes.c_char_p))
        self.assertFalse(ctypes_fits("const char*", ctypes.c_size_t))
        self.assertFalse(ctypes_fits("void", ctypes.c_int))
        self.assertFalse(ctypes_fits("gongkai_buffer**", ctypes.POINTER(_native.gongkai_buffer)))
        self.assertTrue(ctypes_fits("gongkai_buffer**",
                                    ctypes.POINTER(ctypes.POINTER(_native.gongkai_buffer))))


class HeaderAgreementTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.text = header_text()
        cls.prototypes = parse_prototypes(cls.text)

    def test_every_api_declaration_is_parsed(self):
        declared = len(re.findall(r"\bGONGKAI_API\b", strip_c(self.text)))
        self.assertGreater(declared, 0, f"no prototypes found in {HEADER_DIR}")
        self.assertEqual(len(self.prototypes), declared,
                         "a GONGKAI_API declaration has a form the test cannot read")

    def test_same_functions(self):
        self.assertEqual(set(_native.FUNCTIONS), set(self.prototypes))

    def test_same_signatures(self):
        for name, (ret, params) in sorted(self.prototypes.items()):
            if name not in _native.FUNCTIONS:
                continue  # reported by test_same_functions
            restype, argtypes = _native.FUNCTIONS[name]
            with self.subTest(function=name):
                self.assertEqual(len(argtypes), len(params), f"{name}: arity")
                self.assertTrue(ctypes_fits(ret, restype),
                                f"{name}: returns {ret}, declared {restype}")
                for i, (c_type, py_type) in enumerate(zip(params, argtypes)):
                    self.assertTrue(ctypes_fits(c_type, py_type),
                                    f"{name}: parameter {i} is {c_type}, declared {py_type}")

    def test_declarations_are_applied(self):
        for name, (restype, argtypes) in _native.FUNCTIONS.items():
            with self.subTest(function=name):
                function = getattr(_native.lib, name)
                self.assertIs(function.restype, restype)
                self.assertEqual(tuple(function.argtypes), tuple(argtypes))

    def test_same_codes(self):
        enum = re.search(r"typedef enum gongkai_code \{(.*?)\} gongkai_code;", strip_c(self.text), re.S)
        self.assertIsNotNone(enum)
        header_codes = {m[0]: int(m[1]) for m in re.findall(r"GONGKAI_(\w+) = (\d+)", enum.group(1))}
        self.assertEqual(header_codes, {c.name: c.value for c in errors.Code})

    def enum(self, name):
        """{constant without GONGKAI_: value} of `typedef enum name {...} name;`."""
        body = re.search(r"typedef enum %s (?:GONGKAI_ENUM_BASE )?\{(.*?)\} %s;" % (name, name), strip_c(self.text), re.S)
        self.assertIsNotNone(body, name)
        return {m[0]: int(m[1]) for m in re.findall(r"GONGKAI_(\w+) = (\d+)", body.group(1))}

    def test_same_json_flags(self):
        flags = {**self.enum("gongkai_json_print_flag"), **self.enum("gongkai_json_parse_flag")}
        self.assertEqual(flags, {name: getattr(messages, name) for name in dir(messages)
                                 if name.startswith("JSON_")})

    def test_same_choices(self):
        self.assertEqual(self.enum("gongkai_format"),
                         {"FORMAT_BINARY": report.FORMAT_BINARY, "FORMAT_JSON": report.FORMAT_JSON})
        self.assertEqual(self.enum("gongkai_record_kind"),
                         {"RECORD_" + k.upper(): v for k, v in annual.RECORD_KIND_VALUES.items()})
        self.assertEqual(self.enum("gongkai_render_output"),
                         {"RENDER_" + k.upper().replace("-", "_"): v
                          for k, v in report.RENDER_OUTPUT_VALUES.items()})
        self.assertEqual(self.enum("gongkai_disposition"),
                         {"DISPOSITION_" + k.upper(): v for k, v in registry.DISPOSITION_VALUES.items()})

    def test_same_major_version(self):
        major = re.search(r"#define GONGKAI_VERSION_MAJOR (\d+)", self.text)
        self.assertEqual(int(major.group(1)), _native.EXPECTED_MAJOR)


if __name__ == "__main__":
    unittest.main()
