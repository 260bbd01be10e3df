"""The full annual report and single disclosure records from Python."""

import datetime
import io
import json
import pathlib
import tempfile
import threading
import unittest

import gongkai
from gongkai import annual, disclosure

REQUEST = {"agency": {"id": "A1", "name": "示范区人民政府"}, "year": 2025,
           "entered": {"cells": [{"key": "t2.item5.licensing.decisions", "count": "12"}]},
           "options": {"traceCell": "t3.granted.total"}}


def application(app_id, received, outcome=None, category="APPLICANT_CATEGORY_NATURAL_PERSON"):
    y, m, d = received
    events = [{"type": "EVENT_TYPE_REGISTERED", "date": {"year": y, "month": m, "day": d}}]
    if outcome:
        events.append({"type": "EVENT_TYPE_DECIDED", "date": {"year": y, "month": m, "day": d + 5},
                       "outcome": outcome})
    return {"id": app_id, "applicant": {"category": category, "name": "MARKER-NAME"},
            "received": {"year": y, "month": m, "day": d}, "request": "MARKER-REQUEST", "events": events}


APPLICATIONS = [application("2025-1", (2025, 3, 3), "OUTCOME_GRANTED"),
                application("2025-2", (2025, 4, 7), "OUTCOME_PARTIAL", "APPLICANT_CATEGORY_COMMERCIAL"),
                application("2025-3", (2025, 12, 22))]
REMEDIES = [{"id": "R-1", "kind": "REMEDY_KIND_RECONSIDERATION", "filed": {"year": 2025, "month": 5, "day": 6},
             "concluded": {"year": 2025, "month": 7, "day": 1}, "result": "REMEDY_RESULT_CORRECTED"}]
LATE = {"id": "D-1", "indexNumber": "ORG/2025-00001", "generated": {"year": 2025, "month": 9, "day": 26},
        "kind": "DOCUMENT_KIND_NORMATIVE_DOCUMENT", "attribute": "PUBLIC_ATTRIBUTE_PROACTIVE",
        "publications": [{"channel": "PUBLICATION_CHANNEL_PORTAL", "date": {"year": 2025, "month": 10, "day": 31}}]}


def cell(report, key):
    for c in report["cells"]:
        if c["key"] == key:
            return int(c.get("count", 0))
    raise KeyError(key)


class AnnualTest(unittest.TestCase):
    def build(self, request=REQUEST):
        with annual.AnnualBuilder(request) as b:
            b.add("application", APPLICATIONS)
            b.add("remedy", REMEDIES)
            b.add("disclosure", [LATE])
            return b.finish()

    def test_report_from_records(self):
        result = self.build()
        report = result["report"]
        self.assertEqual(cell(report, "t3.new.total"), 3)
        self.assertEqual(cell(report, "t3.carried_forward.natural_person"), 1)
        self.assertEqual(cell(report, "t4.cases.reconsideration_corrected"), 1)
        self.assertEqual(cell(report, "t2.item1.normative_documents.issued"), 1)
        self.assertEqual(cell(report, "t2.item5.licensing.decisions"), 12)
        self.assertEqual(result["trace"], ["2025-1"])
        self.assertEqual(result["validation"].get("errorCount", 0), 0)
        self.assertEqual([p["rule"] for p in result["problems"]], ["D-late"])
        self.assertEqual(int(result["headline"]["latePublications"]), 1)
        self.assertNotIn("MARKER", repr(result))
        text = annual.narrative_text(result)
        self.assertTrue(text.startswith("总体情况：由记录得出的数字\n  主动公开信息 "), text)
        self.assertIn("  超过第二十六条期限公开 1 条；截至12月31日逾期未公开 ", text)
        self.assertIn("  新收政府信息公开申请 3 件，", text)
        self.assertTrue(annual.narrative_text(result, markdown=True).startswith("## 总体情况：由记录得出的数字\n\n- "))

    def test_protobuf_form_and_shards(self):
        from gongkai.v1 import annual_pb2
        request = gongkai.from_json(annual_pb2.AnnualRequest, __import__("json").dumps(REQUEST))
        whole = annual.AnnualBuilder(request)
        whole.add("application", APPLICATIONS)
        whole.add("remedy", REMEDIES)
        first, second = annual.AnnualBuilder(request), annual.AnnualBuilder(request)
        first.add("application", APPLICATIONS)
        second.add("remedy", REMEDIES)
        first.merge(second)
        self.assertIsInstance(first.finish(), annual_pb2.AnnualResult)
        self.assertEqual(first.finish(), whole.finish())
        self.assertEqual(annual.narrative_text(whole.finish()),
                         annual.narrative_text(gongkai.to_json(whole.finish())))

    def test_errors(self):
        with self.assertRaises(gongkai.InvalidArgumentError) as caught:
            annual.AnnualBuilder({"year": 2025})
        self.assertIn("agency.id", str(caught.exception))
        with self.assertRaises(gongkai.OutOfRangeError):
            annual.AnnualBuilder({"agency": {"id": "A"}, "year": 2018})
        b = annual.AnnualBuilder(REQUEST)
        with self.assertRaises(gongkai.InvalidArgumentError):
            b.add("applications", APPLICATIONS)
        before = b.finish()
        with self.assertRaises(gongkai.InvalidArgumentError):
            b.add("application", '{"id": "x"}\n{"id":\n')
        self.assertEqual(b.finish(), before)

    def test_threads_with_separate_builders(self):
        results, failures = [], []

        def work():
            try:
                results.append(self.build())
            except Exception as e:  # noqa: BLE001 - reported below
                failures.append(e)

        threads = [threading.Thread(target=work) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(failures, [])
        self.assertTrue(all(r == results[0] for r in results))


class StreamTest(unittest.TestCase):
    """Big inputs: files and file objects read in blocks, and parsing on threads."""

    LINES = "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in APPLICATIONS).encode("utf-8")

    def expected(self):
        b = annual.AnnualBuilder(REQUEST)
        b.add("application", APPLICATIONS)
        return b.finish()

    def test_file_stream_and_threads_give_the_same_result(self):
        with tempfile.TemporaryDirectory() as folder:
            path = pathlib.Path(folder) / "applications.jsonl"
            path.write_bytes(self.LINES)
            for threads in (1, 2):
                from_file = annual.AnnualBuilder(REQUEST, threads=threads)
                from_file.add_file("application", path)
                self.assertEqual(from_file.finish(), self.expected())
                with open(path, "rb") as f:
                    from_stream = annual.AnnualBuilder(REQUEST, threads=threads)
                    from_stream.add_stream("application", f)
                self.assertEqual(from_stream.finish(), self.expected())

    def test_errors_add_nothing(self):
        b = annual.AnnualBuilder(REQUEST)
        before = b.finish()
        with self.assertRaises(gongkai.NotFoundError) as caught:
            b.add_file("application", "/no/such/records.jsonl")
        self.assertIn("/no/such/records.jsonl: No such file or directory", str(caught.exception))
        with self.assertRaises(ValueError):
            b.add_file("application", "records\0.jsonl")

        class Failing(io.RawIOBase):
            def __init__(self, data):
                self.data = data

            def read(self, size=-1):
                if not self.data:
                    raise OSError("the share went away")
                chunk, self.data = self.data[:size], self.data[size:]
                return chunk

        with self.assertRaises(OSError) as caught:
            b.add_stream("application", Failing(self.LINES))
        self.assertIn("the share went away", str(caught.exception))
        with self.assertRaises(gongkai.InvalidArgumentError):
            b.add_stream("application", io.BytesIO(b'{"id": "x"}\n{"id":\n'))
        with self.assertRaises(gongkai.OutOfRangeError):
            b.set_threads(0)
        with self.assertRaises(gongkai.OutOfRangeError):
            annual.AnnualBuilder(REQUEST, threads=65)
        self.assertEqual(b.finish(), before)


class DisclosureTest(unittest.TestCase):
    def test_timeliness_and_check(self):
        disclosure.check(LATE)
        t = disclosure.timeliness(LATE, "2025-12-31")
        self.assertEqual(t["due"], datetime.date(2025, 10, 30))
        self.assertTrue(t["late"])
        with self.assertRaises(gongkai.InvalidArgumentError) as caught:
            disclosure.check({"id": "D-2"})
        self.assertIn("disclosure D-2: generated", str(caught.exception))

    def test_index_registry(self):
        with disclosure.IndexRegistry({"template": "{org}/{yyyy}{mm}-{nnnnn}", "organisationCode": "ORG"}) as r:
            r.add("ORG/202110-00013", "doc-1")
            self.assertEqual(r.next("2021-10-20", "doc-2"), "ORG/202110-00014")
            with self.assertRaises(gongkai.AlreadyExistsError):
                r.add("ORG/202110-00013", "doc-3")

    def test_slip(self):
        slip = {"id": "S-1", "events": [{"action": "SLIP_ACTION_PROPOSE", "role": "SLIP_ROLE_DRAFTING_UNIT",
                                         "date": {"year": 2025, "month": 3, "day": 3},
                                         "attribute": "PUBLIC_ATTRIBUTE_WITHHELD", "reason": "内部事务",
                                         "ground": "WITHHOLD_GROUND_INTERNAL_AFFAIRS"}]}
        self.assertEqual(disclosure.slip_replay(slip)["status"], "SLIP_STATUS_IN_REVIEW")
        approved = disclosure.slip_apply_event(slip, {"action": "SLIP_ACTION_APPROVE",
                                                      "role": "SLIP_ROLE_DISCLOSURE_OFFICE",
                                                      "date": {"year": 2025, "month": 3, "day": 4}})
        self.assertEqual(len(approved["events"]), 2)
        with self.assertRaises(gongkai.FailedPreconditionError) as caught:
            disclosure.slip_apply_event(approved, {"action": "SLIP_ACTION_SIGN", "role": "SLIP_ROLE_SIGNER",
                                                   "date": {"year": 2025, "month": 3, "day": 5},
                                                   "attribute": "PUBLIC_ATTRIBUTE_WITHHELD"})
        self.assertIn("S-secrecy-first", str(caught.exception))

    def test_remedy(self):
        disclosure.remedy_check(REMEDIES[0])
        with self.assertRaises(gongkai.InvalidArgumentError):
            disclosure.remedy_check({"id": "R-2", "kind": "REMEDY_KIND_RECONSIDERATION"})


if __name__ == "__main__":
    unittest.main()
