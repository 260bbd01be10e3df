"""Notices from Python: write, compose, check and check_template on a small application."""

import datetime
import json
import unittest

import gongkai
from gongkai import notice


def _date(y, m, d):
    return {"year": y, "month": m, "day": d}


APP = {"id": "2019-0042", "applicant": {"name": "MARKER-NAME"}, "request": "MARKER-REQUEST",
       "received": _date(2019, 5, 20),
       "events": [{"type": "EVENT_TYPE_REGISTERED", "date": _date(2019, 5, 20)},
                  {"type": "EVENT_TYPE_CORRECTION_REQUESTED", "date": _date(2019, 5, 22),
                   "correctionPeriodDays": 10}]}
TEMPLATE = {"agencyName": "示范市临江区人民政府", "numberTemplate": "临政依申〔{yyyy}〕{#}号",
            "reconsiderationBody": "示范市人民政府", "court": "示范市临江区人民法院"}


def request(kind="NOTICE_KIND_CORRECTION", **more):
    r = {"kind": kind, "application": APP, "template": TEMPLATE,
         "details": {"correctionItems": ["请明确所申请公开政府信息的名称或者文号"]}, "serial": 7}
    r.update(more)
    return r


class WriteTest(unittest.TestCase):
    def test_correction_text(self):
        text = notice.write(request()).decode("utf-8")
        self.assertIn("补正告知书", text)
        self.assertIn("临政依申〔2019〕7号", text)
        self.assertIn("MARKER-NAME：", text)
        # Ten working days after 2019-05-22; 端午 (2019-06-07) is after the end.
        self.assertIn("2019年6月5日", text)

    def test_html_and_json_str(self):
        page = notice.write(json.dumps(request(format="NOTICE_FORMAT_HTML"), ensure_ascii=False))
        self.assertTrue(page.startswith(b"<!DOCTYPE html>"))

    def test_docx(self):
        document = notice.write(request(format="NOTICE_FORMAT_DOCX"))
        self.assertEqual(document[:4], b"PK\x03\x04")

    def test_refusal_gives_the_rule_not_the_name(self):
        with self.assertRaises(gongkai.FailedPreconditionError) as caught:
            notice.write(request("NOTICE_KIND_EXTENSION"))
        self.assertIn("第三十三条第二款", str(caught.exception))
        self.assertIn("2019-0042", str(caught.exception))
        self.assertNotIn("MARKER", str(caught.exception))

    def test_missing_detail_names_the_field(self):
        with self.assertRaises(gongkai.InvalidArgumentError) as caught:
            notice.write(request(details={}))
        self.assertIn("details.correction_items", str(caught.exception))


class ComposeTest(unittest.TestCase):
    def test_dict_in_dict_out(self):
        composed = notice.compose(request())
        self.assertEqual(composed["kind"], "NOTICE_KIND_CORRECTION")
        self.assertEqual(composed["number"], "临政依申〔2019〕7号")
        due = next(d for d in composed["dates"] if d["element"] == "correction_due")
        self.assertEqual(due["date"], datetime.date(2019, 6, 5))

    def test_protobuf_form(self):
        from gongkai.v1 import notice_pb2
        message = gongkai.from_json(notice_pb2.NoticeRequest, json.dumps(request(), ensure_ascii=False))
        composed = notice.compose(message)
        self.assertIsInstance(composed, notice_pb2.Notice)
        self.assertEqual(composed.application_id, "2019-0042")


class CheckTest(unittest.TestCase):
    def test_own_notice_agrees(self):
        text = notice.write(request()).decode("utf-8")
        result = notice.check(request(), text)
        self.assertEqual(result.get("applicationId"), "2019-0042")
        self.assertEqual(result.get("findings", []), [])

    def test_missing_due_date_is_found(self):
        result = notice.check(request(), "政府信息公开申请补正告知书\n请补正。\n")
        self.assertIn("correction_due", [f.get("element") for f in result.get("findings", [])])

    def test_bad_text(self):
        with self.assertRaises(gongkai.InvalidArgumentError):
            notice.check(request(), b"\xff")
        with self.assertRaises(TypeError):
            notice.check(request(), 5)


class TemplateTest(unittest.TestCase):
    def test_check_template(self):
        notice.check_template(TEMPLATE)
        with self.assertRaises(gongkai.InvalidArgumentError) as caught:
            notice.check_template({"agencyName": "x", "kinds": [{"kind": "NOTICE_KIND_CORRECTION",
                                                                 "body": "请补正。"}]})
        self.assertIn("template.kinds[0].body", str(caught.exception))


if __name__ == "__main__":
    unittest.main()
