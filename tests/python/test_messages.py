"""Messages through the binding: protobuf objects and plain JSON, success and error paths."""

import json
import unittest

import gongkai
from gongkai.v1 import common_pb2

AGENCY = "gongkai.v1.Agency"


def sample_agency():
    return common_pb2.Agency(id="11110105000023456X", name="北京市朝阳区人民政府",
                             level=common_pb2.AGENCY_LEVEL_COUNTY, parent_id="beijing")


class TypeNamesTest(unittest.TestCase):

    def test_lists_every_generated_type_sorted(self):
        names = gongkai.message_type_names()
        self.assertEqual(names, sorted(names))
        self.assertIn(AGENCY, names)
        self.assertIn("gongkai.v1.Date", names)
        # The Python descriptors come from the same .proto files.
        for message in common_pb2.DESCRIPTOR.message_types_by_name.values():
            self.assertIn(message.full_name, names)


class RoundTripTest(unittest.TestCase):

    def test_protobuf_object_through_json(self):
        agency = sample_agency()
        text = gongkai.to_json(agency)
        self.assertEqual(json.loads(text), {
            "id": "11110105000023456X", "name": "北京市朝阳区人民政府",
            "level": "AGENCY_LEVEL_COUNTY", "parentId": "beijing"})
        back = gongkai.from_json(common_pb2.Agency, text)
        self.assertIsInstance(back, common_pb2.Agency)
        self.assertEqual(back, agency)

    def test_bytes_through_json(self):
        data = sample_agency().SerializeToString()
        text = gongkai.to_json(AGENCY, data)
        back = gongkai.from_json(AGENCY, text)
        self.assertIsInstance(back, bytes)
        self.assertEqual(common_pb2.Agency.FromString(back), sample_agency())

    def test_plain_json_without_protobuf_objects(self):
        text = '{"id": "a1", "name": "某县人民政府", "level": "AGENCY_LEVEL_COUNTY"}'
        data = gongkai.from_json(AGENCY, text)
        self.assertEqual(json.loads(gongkai.to_json(AGENCY, data)),
                         {"id": "a1", "name": "某县人民政府", "level": "AGENCY_LEVEL_COUNTY"})

    def test_json_as_utf8_bytes(self):
        text = '{"name": "某县人民政府"}'
        self.assertEqual(gongkai.from_json(AGENCY, text.encode("utf-8")),
                         gongkai.from_json(AGENCY, text))

    def test_empty_message(self):
        self.assertEqual(gongkai.to_json(AGENCY, b""), "{}")
        self.assertEqual(gongkai.to_json(common_pb2.Agency()), "{}")
        self.assertEqual(gongkai.from_json(AGENCY, "{}"), b"")

    def test_bytes_like_data(self):
        data = sample_agency().SerializeToString()
        self.assertEqual(gongkai.to_json(AGENCY, bytearray(data)), gongkai.to_json(AGENCY, data))
        self.assertEqual(gongkai.to_json(AGENCY, memoryview(data)), gongkai.to_json(AGENCY, data))


class JsonFlagsTest(unittest.TestCase):

    def test_default_is_compact_camel_case_without_defaults(self):
        text = gongkai.to_json(common_pb2.Agency(parent_id="p"))
        self.assertEqual(text, '{"parentId":"p"}')

    def test_pretty(self):
        text = gongkai.to_json(sample_agency(), pretty=True)
        lines = text.splitlines()
        self.assertEqual(lines[0], "{")
        self.assertEqual(lines[-1], "}")
        self.assertEqual(len(lines), 6)  # one field per line
        self.assertTrue(all(line.startswith(" ") for line in lines[1:-1]))
        self.assertEqual(json.loads(text), json.loads(gongkai.to_json(sample_agency())))

    def test_proto_names(self):
        text = gongkai.to_json(common_pb2.Agency(parent_id="p"), proto_names=True)
        self.assertEqual(json.loads(text), {"parent_id": "p"})

    def test_emit_defaults(self):
        text = gongkai.to_json(common_pb2.Agency(), emit_defaults=True)
        self.assertEqual(json.loads(text), {"id": "", "name": "", "level": "AGENCY_LEVEL_UNSPECIFIED",
                                            "parentId": ""})

    def test_flags_combine(self):
        text = gongkai.to_json(AGENCY, b"", pretty=True, proto_names=True, emit_defaults=True)
        self.assertIn("\n", text)
        self.assertEqual(json.loads(text)["parent_id"], "")

    def test_ignore_unknown(self):
        text = '{"name": "n", "noSuchField": 1}'
        with self.assertRaises(gongkai.InvalidArgumentError):
            gongkai.from_json(AGENCY, text)
        self.assertEqual(gongkai.from_json(common_pb2.Agency, text, ignore_unknown=True),
                         common_pb2.Agency(name="n"))


class ErrorPathTest(unittest.TestCase):

    def test_unknown_type_name(self):
        for call in (lambda: gongkai.to_json("gongkai.v1.NoSuchType", b""),
                     lambda: gongkai.from_json("gongkai.v1.NoSuchType", "{}"),
                     lambda: gongkai.to_json("google.protobuf.Empty", b"")):
            with self.assertRaises(gongkai.NotFoundError) as cm:
                call()
            e = cm.exception
            self.assertIsInstance(e, KeyError)
            self.assertIsInstance(e, gongkai.Error)
            self.assertEqual(e.code, gongkai.Code.NOT_FOUND)
            self.assertEqual(e.code_name, "NOT_FOUND")
            self.assertIn("no Gongkai message type named", str(e))
            self.assertFalse(str(e).startswith("'"), "str() must not quote like KeyError")

    def test_malformed_bytes(self):
        with self.assertRaises(gongkai.InvalidArgumentError) as cm:
            gongkai.to_json(AGENCY, b"\x0a\x05ab")  # field 1, length 5, only 2 bytes follow
        e = cm.exception
        self.assertIsInstance(e, ValueError)
        self.assertEqual(e.code, gongkai.Code.INVALID_ARGUMENT)
        self.assertEqual(e.code_name, "INVALID_ARGUMENT")
        self.assertIn(AGENCY, str(e))
        self.assertIn("gongkai_message_to_json", str(e))

    def test_string_field_not_utf8(self):
        with self.assertRaises(gongkai.InvalidArgumentError):
            gongkai.to_json(AGENCY, b"\x12\x02\xff\xfe")  # name = two bytes that are not UTF-8

    def test_json_not_utf8(self):
        with self.assertRaises(gongkai.InvalidArgumentError) as cm:
            gongkai.from_json(AGENCY, b'{"name": "\xff"}')
        self.assertIn("not UTF-8 at byte 10", str(cm.exception))
        self.assertIn(AGENCY, str(cm.exception))

    def test_str_with_lone_surrogate(self):
        with self.assertRaises(gongkai.InvalidArgumentError) as cm:
            gongkai.from_json(AGENCY, '{"name": "\ud800"}')
        self.assertIn("not UTF-8", str(cm.exception))

    def test_not_json(self):
        for text in ("", "{", "[]", '{"name": 5}', "not json"):
            with self.subTest(text=text), self.assertRaises(gongkai.InvalidArgumentError) as cm:
                gongkai.from_json(AGENCY, text)
            self.assertIn(AGENCY, str(cm.exception))

    def test_unknown_field(self):
        with self.assertRaises(gongkai.InvalidArgumentError) as cm:
            gongkai.from_json(common_pb2.Agency, '{"noSuchField": 1}')
        self.assertIn("noSuchField", str(cm.exception))

    def test_nul_in_type_name(self):
        with self.assertRaises(gongkai.InvalidArgumentError):
            gongkai.to_json(AGENCY + "\0junk", b"")

    def test_argument_types(self):
        with self.assertRaises(TypeError):
            gongkai.to_json(AGENCY)  # no data
        with self.assertRaises(TypeError):
            gongkai.to_json(AGENCY, "text")
        with self.assertRaises(TypeError):
            gongkai.to_json(sample_agency(), b"")
        with self.assertRaises(TypeError):
            gongkai.to_json(common_pb2.Agency, b"")  # a class, not a message
        with self.assertRaises(TypeError):
            gongkai.from_json(42, "{}")

    def test_error_leaves_later_calls_working(self):
        with self.assertRaises(gongkai.NotFoundError):
            gongkai.to_json("nope", b"")
        self.assertEqual(gongkai.to_json(AGENCY, b""), "{}")


if __name__ == "__main__":
    unittest.main()
