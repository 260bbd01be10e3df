"""Applications from Python: history, deadlines, table 三."""

import datetime
import json
import unittest

import gongkai
from gongkai import cases

D = datetime.date

APP = {"id": "2024-0007", "channel": "CHANNEL_IN_PERSON",
       "applicant": {"category": "APPLICANT_CATEGORY_NATURAL_PERSON", "name": "MARKER-NAME"},
       "received": {"year": 2024, "month": 2, "day": 2},
       "events": [{"type": "EVENT_TYPE_REGISTERED", "date": {"year": 2024, "month": 2, "day": 2}}]}
DECIDE = {"type": "EVENT_TYPE_DECIDED", "date": {"year": 2024, "month": 2, "day": 20}, "outcome": "OUTCOME_PARTIAL"}


class HistoryTest(unittest.TestCase):
    def test_apply_and_refuse(self):
        cases.check(APP)
        decided = cases.apply_event(APP, DECIDE)
        self.assertEqual(decided["events"][-1]["outcome"], "OUTCOME_PARTIAL")
        self.assertEqual(len(APP["events"]), 1)  # the input is not changed
        archived = cases.apply_event(decided, {"type": "EVENT_TYPE_ARCHIVED",
                                               "date": {"year": 2024, "month": 2, "day": 21}})
        with self.assertRaises(gongkai.FailedPreconditionError) as caught:
            cases.apply_event(archived, DECIDE)
        self.assertIn("2024-0007", str(caught.exception))
        self.assertNotIn("MARKER", str(caught.exception))

    def test_protobuf_form(self):
        from gongkai.v1 import application_pb2
        app = gongkai.from_json(application_pb2.Application, json.dumps(APP))
        event = gongkai.from_json(application_pb2.Event, json.dumps(DECIDE))
        self.assertIsInstance(cases.apply_event(app, event), application_pb2.Application)


class DeadlineTest(unittest.TestCase):
    def test_reply_due_over_spring_festival(self):
        report = cases.deadlines(APP, D(2024, 2, 20))
        reply = next(d for d in report["deadlines"] if d["kind"] == "DEADLINE_KIND_REPLY")
        self.assertEqual(reply["due"], D(2024, 3, 6))
        self.assertEqual(reply["workingDaysLeft"], 11)
        self.assertIn("春节", json.dumps(reply, ensure_ascii=False, default=str))
        same_day = cases.deadlines(APP, "2024-02-20", count_start_day=True)
        reply = next(d for d in same_day["deadlines"] if d["kind"] == "DEADLINE_KIND_REPLY")
        self.assertEqual(reply["due"], D(2024, 3, 5))

    def test_bad_as_of(self):
        with self.assertRaises(gongkai.InvalidArgumentError):
            cases.deadlines(APP, "2024-02-30")


class Table3Test(unittest.TestCase):
    def test_shards_merge(self):
        decided = cases.apply_event(APP, DECIDE)
        with cases.Table3(2024) as a, cases.Table3(2024) as b:
            a.add([APP])
            b.add([decided, {"id": "x2"}])
            a.merge(b)
            result = a.result({"id": "d1"})
        self.assertEqual(result["recordsSeen"], 3)
        cells = {c["key"]: c.get("count", 0) for c in result["report"]["cells"]}
        self.assertEqual(cells["t3.new.natural_person"], 2)
        self.assertEqual(cells["t3.partial.natural_person"], 1)
        self.assertEqual(cells["t3.carried_forward.natural_person"], 1)
        self.assertEqual(result["problemSamples"][0]["applicationId"], "x2")
        self.assertNotIn("MARKER", json.dumps(result, ensure_ascii=False, default=str))
        _, errors = gongkai.report.validate(result["report"])
        self.assertEqual(errors, 0)

    def test_errors(self):
        with self.assertRaises(gongkai.OutOfRangeError):
            cases.Table3(2018)
        with self.assertRaises(gongkai.NotFoundError):
            cases.Table3(2024, "2030")
        with self.assertRaises(gongkai.InvalidArgumentError):
            cases.Table3(2024).merge(cases.Table3(2023))


if __name__ == "__main__":
    unittest.main()
