"""Pythonic values in the dict form: int64 fields come back as int and gongkai.v1.Date as
datetime.date from every call that returns a dict, datetime.date is accepted wherever a record
dict holds a Date, and the JSON str form stays the library's JSON mapping. Without the protobuf
runtime the dict form raises an ImportError naming the packages to install."""

import datetime
import json
import os
import subprocess
import sys
import unittest

import gongkai
from gongkai import annual, cases, disclosure, notice, report
from gongkai import _values

D = datetime.date
INT64 = {"TYPE_INT64", "TYPE_UINT64", "TYPE_SINT64", "TYPE_FIXED64", "TYPE_SFIXED64"}


def walk(test, value, descriptor, path="", seen=None):
    """Asserts that `value` (a dict result of message type `descriptor`) holds int for every
    int64 field and datetime.date for every Date; counts what it checked into `seen`."""
    from google.protobuf.descriptor import FieldDescriptor
    int64 = {getattr(FieldDescriptor, name) for name in INT64}
    seen = {"int64": 0, "date": 0} if seen is None else seen
    fields = {f.json_name: f for f in descriptor.fields}
    for key, item in value.items():
        field = fields[key]
        where = f"{path}.{key}"
        entry = field.message_type
        if entry is not None and entry.GetOptions().map_entry:
            items = list(item.values())
            field = entry.fields_by_name["value"]
        elif field.label == FieldDescriptor.LABEL_REPEATED:
            items = item
        else:
            items = [item]
        for one in items:
            if field.type in int64:
                test.assertIs(type(one), int, where)
                seen["int64"] += 1
            elif field.message_type is not None and field.message_type.full_name == "gongkai.v1.Date":
                test.assertIs(type(one), D, where)
                seen["date"] += 1
            elif field.message_type is not None:
                test.assertIsInstance(one, dict, where)
                walk(test, one, field.message_type, where, seen)
            else:
                test.assertNotIsInstance(one, (D, dict), where)
    return seen


APP = {"id": "2024-0007", "channel": "CHANNEL_IN_PERSON",
       "applicant": {"category": "APPLICANT_CATEGORY_NATURAL_PERSON"},
       "received": D(2024, 2, 2),
       "events": [{"type": "EVENT_TYPE_REGISTERED", "date": D(2024, 2, 2)},
                  {"type": "EVENT_TYPE_FEE_NOTICE_SENT", "date": D(2024, 2, 5), "feeFen": 15000,
                   "feeNoticeReceived": D(2024, 2, 6)}]}
PAID = {"type": "EVENT_TYPE_FEE_PAID", "date": D(2024, 2, 7)}
DECIDE = {"type": "EVENT_TYPE_DECIDED", "date": D(2024, 2, 20), "outcome": "OUTCOME_PARTIAL"}


class ValuesTest(unittest.TestCase):
    def check(self, value, type_name, int64=0, dates=0):
        seen = walk(self, value, _values.message_class(type_name).DESCRIPTOR)
        self.assertGreaterEqual(seen["int64"], int64, type_name)
        self.assertGreaterEqual(seen["date"], dates, type_name)

    def test_cases(self):
        cases.check(APP)
        paid = cases.apply_event(APP, PAID)
        self.check(paid, "gongkai.v1.Application", int64=1, dates=5)
        self.assertEqual(paid["events"][1]["feeFen"], 15000)
        self.assertEqual(paid["received"], D(2024, 2, 2))
        decided = cases.apply_event(paid, DECIDE)  # a result goes back in as it came out
        self.assertEqual(decided["events"][-1]["date"], D(2024, 2, 20))
        deadlines = cases.deadlines(decided, D(2024, 3, 1))
        self.check(deadlines, "gongkai.v1.DeadlineReport", dates=5)
        self.assertEqual(deadlines["asOf"], D(2024, 3, 1))
        with cases.Table3(2024) as table:
            table.add([decided, {"id": "x2"}])
            result = table.result({"id": "d1"})
        self.check(result, "gongkai.v1.Table3Result", int64=4)
        self.assertEqual(result["recordsSeen"], 2)
        self.assertTrue(result["problemCounts"])
        self.assertTrue(all(type(n) is int for n in result["problemCounts"].values()))

    def test_report(self):
        r = {"agency": {"id": "d1"}, "year": 2022, "cells": [{"key": "t3.new.natural_person", "count": 2}]}
        merged = report.merge([r, dict(r, agency={"id": "d2"})], {"id": "city"})
        self.check(merged, "gongkai.v1.AnnualReport", int64=1)
        self.assertEqual(next(c for c in merged["cells"] if c["key"] == "t3.new.natural_person")["count"], 4)
        result, _ = report.validate(merged, previous=dict(merged, year=2021), members=[r, dict(r, agency={"id": "d2"})])
        self.check(result, "gongkai.v1.ValidationResult")
        imported = report.import_grid({"year": 2022}, "t4", "1,2,3,4,5,6,7,8,9,10,11,12,13,14,15\n")
        self.check(imported, "gongkai.v1.ImportResult", int64=15)
        self.check(report.check_narrative(dict(merged, overview="全年共收到政府信息公开申请5件。")),
                   "gongkai.v1.ValidationResult")

    def test_annual(self):
        from test_annual import APPLICATIONS, LATE, REMEDIES, REQUEST
        with annual.AnnualBuilder(REQUEST) as b:
            b.add("application", [cases.apply_event(APP, PAID)] + APPLICATIONS)
            b.add("remedy", REMEDIES)
            b.add("disclosure", [dict(LATE, generated=D(2025, 9, 26))])
            result = b.finish()
        self.check(result, "gongkai.v1.AnnualResult", int64=10)
        self.assertEqual(result["headline"]["latePublications"], 1)
        self.assertEqual(result["headline"]["applicationsReceived"], 3)

    def test_disclosure(self):
        from test_annual import LATE
        record = dict(LATE, generated=D(2025, 9, 26),
                      publications=[{"channel": "PUBLICATION_CHANNEL_PORTAL", "date": D(2025, 10, 31)}])
        disclosure.check(record)
        timeliness = disclosure.timeliness(record, D(2025, 12, 31))
        self.check(timeliness, "gongkai.v1.PublicationTimeliness", dates=2)
        self.assertEqual(timeliness["due"], D(2025, 10, 30))
        slip = {"id": "S-1", "events": [{"action": "SLIP_ACTION_PROPOSE", "role": "SLIP_ROLE_DRAFTING_UNIT",
                                         "date": D(2025, 3, 3), "attribute": "PUBLIC_ATTRIBUTE_PROACTIVE",
                                         "plannedDisclosure": D(2025, 3, 15),
                                         "plannedChannels": ["PUBLICATION_CHANNEL_PORTAL"]}]}
        self.check(disclosure.slip_replay(slip), "gongkai.v1.SlipState")
        approved = disclosure.slip_apply_event(slip, {"action": "SLIP_ACTION_APPROVE",
                                                      "role": "SLIP_ROLE_DISCLOSURE_OFFICE", "date": D(2025, 3, 4)})
        self.check(approved, "gongkai.v1.IssuanceSlip", dates=3)
        disclosure.remedy_check({"id": "R-1", "kind": "REMEDY_KIND_RECONSIDERATION", "filed": D(2025, 5, 6)})

    def test_notice(self):
        from test_notice import request
        composed = notice.compose(request(application=dict(APP, applicant={"name": "MARKER-NAME"}, events=[
            {"type": "EVENT_TYPE_REGISTERED", "date": D(2024, 2, 2)},
            {"type": "EVENT_TYPE_CORRECTION_REQUESTED", "date": D(2024, 2, 5), "correctionPeriodDays": 10}])))
        self.check(composed, "gongkai.v1.Notice", dates=1)
        self.check(notice.check(request(), "不是一份告知书"), "gongkai.v1.NoticeCheck")

    def test_calendar(self):
        cal = gongkai.Calendar.national()
        year = cal.year(2025)
        self.check(year, "gongkai.v1.YearSchedule", dates=10)
        self.assertIn(D(2025, 1, 26), year["makeupWorkingDays"])
        local = cal.layer({"id": "local", "version": "1", "years": [{"year": 2025, "daysOff": [
            {"first": D(2025, 3, 5), "last": D(2025, 3, 5), "name": "地方节日"}]}]})
        local_day = next(r for r in local.year(2025)["daysOff"] if r["name"] == "地方节日")
        self.assertEqual(local_day["first"], D(2025, 3, 5))
        self.assertEqual(local.is_working_day(D(2025, 3, 5)), (False, False))

    def test_json_str_form_is_the_library_mapping(self):
        out = cases.deadlines(json.dumps({"id": "a", "received": {"year": 2024, "month": 2, "day": 2}}), "2024-02-20")
        self.assertIsInstance(out, str)
        self.assertIn('"asOf":{"year":2024,"month":2,"day":20}', out)
        with cases.Table3(2024) as table:
            table.add(['{"id": "x"}'])
            self.assertIn('"recordsSeen":"1"', table.result('{"id": "d1"}'))

    def test_old_dict_forms_still_accepted(self):
        old = {"id": "a", "received": {"year": 2024, "month": 2, "day": 2},
               "events": [{"type": "EVENT_TYPE_REGISTERED", "date": {"year": 2024, "month": 2, "day": 2}},
                          {"type": "EVENT_TYPE_FEE_NOTICE_SENT", "date": {"year": 2024, "month": 2, "day": 5},
                           "feeFen": "15000", "feeNoticeReceived": {"year": 2024, "month": 2, "day": 6}}]}
        self.assertEqual(cases.apply_event(old, PAID)["events"][1]["feeFen"], 15000)

    def test_datetime_is_not_a_date(self):
        with self.assertRaises(TypeError) as caught:
            cases.check(dict(APP, received=datetime.datetime(2024, 2, 2, 9, 30)))
        self.assertIn(".date()", str(caught.exception))
        with self.assertRaises(TypeError):
            gongkai.Calendar.national().is_working_day(datetime.datetime(2024, 2, 2))
        with self.assertRaises(TypeError):
            cases.check(dict(APP, received=object()))


PROBE = """
import sys
sys.modules["google.protobuf"] = None  # as if python3-protobuf were not installed
import gongkai
print(gongkai.to_json("gongkai.v1.Agency", gongkai.from_json("gongkai.v1.Agency", '{"id": "a"}')))
print(gongkai.reply_due("2025-01-24"))
print(gongkai.cases.deadlines('{"id": "a", "received": {"year": 2025, "month": 1, "day": 24}}', "2025-02-01")[:1])
for attempt in (lambda: gongkai.cases.deadlines({"id": "a"}, "2025-02-01"),
                lambda: __import__("gongkai.v1.common_pb2"),
                lambda: gongkai.report.layout("2021")):
    try:
        attempt()
        print("no error")
    except ImportError as e:
        print(type(e).__name__, e.name, e)
"""


class WithoutProtobufTest(unittest.TestCase):
    def test_clear_import_error(self):
        done = subprocess.run([sys.executable, "-c", PROBE], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              text=True, env=os.environ)
        self.assertEqual(done.returncode, 0, done.stdout)
        lines = done.stdout.splitlines()
        self.assertEqual(lines[:3], ['{"id":"a"}', "2025-02-27", "{"])
        self.assertEqual(len(lines), 6, done.stdout)
        for line in lines[3:]:
            self.assertTrue(line.startswith("ImportError google.protobuf gongkai: "), line)
            self.assertIn("python3-protobuf", line)
            self.assertIn("pip install 'protobuf>=3.21'", line)


if __name__ == "__main__":
    unittest.main()
