"""The report API from Python: every form of input, findings, roll-up, import, rendering."""

import json
import pathlib
import unittest

import gongkai
from gongkai import report
from gongkai.v1 import common_pb2, report_pb2

DOCX = pathlib.Path(__file__).resolve().parents[1] / "data" / "documents" / "ooxml" / "report-2021.docx"

BROKEN = {"agency": {"id": "d2"}, "year": 2022,
          "cells": [{"key": "t3.new.natural_person", "count": "1"}]}


class LayoutTest(unittest.TestCase):
    def test_ids_and_specs(self):
        self.assertEqual(report.layout_ids(), ["2019", "2021"])
        spec = report.layout("2021")
        self.assertEqual(spec.document, "国办公开办函〔2021〕30号")
        self.assertEqual(report.layout("", 2020).id, "2019")
        self.assertIn("（七）总计", report.layout("2019", as_json=True))

    def test_unknown_layout(self):
        with self.assertRaises(gongkai.NotFoundError) as caught:
            report.layout("2008")
        self.assertIn("known: 2019, 2021", str(caught.exception))
        self.assertIsInstance(caught.exception, KeyError)


class ValidateTest(unittest.TestCase):
    def test_dict_in_dict_out(self):
        result, errors = report.validate(BROKEN)
        self.assertEqual(errors, 2)
        self.assertEqual(result["errorCount"], 2)
        rules = sorted(f["rule"] for f in result["findings"])
        self.assertEqual(rules, ["T3-balance", "T3-total-col"])
        balance = next(f for f in result["findings"] if f["rule"] == "T3-balance")
        self.assertEqual(balance["cells"][0]["key"], "t3.new.natural_person")
        self.assertEqual(balance["expected"], "0")
        self.assertEqual(balance["actual"], "1")

    def test_json_in_json_out(self):
        result, errors = report.validate(json.dumps(BROKEN))
        self.assertEqual(errors, 2)
        self.assertIsInstance(result, str)
        self.assertIn("一、本年新收政府信息公开申请数量", result)

    def test_protobuf_in_protobuf_out(self):
        r = report_pb2.AnnualReport(year=2022)
        r.cells.add(key="t3.new.natural_person", count=1)
        result, errors = report.validate(r)
        self.assertIsInstance(result, report_pb2.ValidationResult)
        self.assertEqual(errors, 2)
        self.assertEqual(result.findings[0].severity, report_pb2.SEVERITY_ERROR)

    def test_previous_and_members(self):
        previous = {"agency": {"id": "d2"}, "year": 2021,
                    "cells": [{"key": "t3.carried_forward.total", "count": "5"}]}
        result, errors = report.validate({"agency": {"id": "d2"}, "year": 2022}, previous=previous)
        self.assertEqual(errors, 0)
        self.assertEqual([f["rule"] for f in result["findings"]], ["cross-year"])
        merged = report.merge([BROKEN, BROKEN], {"id": "city"})
        _, errors = report.validate(merged, members=[BROKEN, BROKEN])
        self.assertEqual(errors, 2)  # the members' own errors, doubled into the sum; no roll-up error

    def test_unusable_input_raises(self):
        with self.assertRaises(gongkai.InvalidArgumentError) as caught:
            report.validate({"year": 2022, "cells": [{"key": "t3.nope.total", "count": "1"}]})
        self.assertIn("cells[0].key", str(caught.exception))
        with self.assertRaises(gongkai.OutOfRangeError):
            report.validate({"year": 2101})
        with self.assertRaises(gongkai.InvalidArgumentError):
            report.validate({"year": 2022}, previous={"year": 2020})
        with self.assertRaises(TypeError):
            report.validate(42)


class MergeTest(unittest.TestCase):
    def test_sum_and_members(self):
        merged = report.merge([BROKEN, {"agency": {"id": "d1"}, "year": 2022}], {"id": "city"})
        self.assertEqual(merged["memberIds"], ["d1", "d2"])
        cell = next(c for c in merged["cells"] if c["key"] == "t3.new.natural_person")
        self.assertEqual(cell["count"], 1)

    def test_protobuf_stream(self):
        a = report_pb2.AnnualReport(year=2022, agency=common_pb2.Agency(id="a"))
        a.cells.add(key="t4.cases.direct_total", count=3)
        merged = report.merge([a, a, a], common_pb2.Agency(id="p"))
        self.assertEqual({c.key: c.count for c in merged.cells}["t4.cases.direct_total"], 9)
        self.assertEqual(list(merged.member_ids), ["a"])

    def test_mismatch(self):
        with self.assertRaises(gongkai.InvalidArgumentError) as caught:
            report.merge([{"year": 2022}, {"year": 2023}], {})
        self.assertIn("reports[1].year", str(caught.exception))
        with self.assertRaises(gongkai.InvalidArgumentError):
            report.merge([], {})


class ImportRenderTest(unittest.TestCase):
    def test_import_then_render_csv_round_trip(self):
        grid = "0,1,0,0,1,0,0,0,2,2,0,0,0,0,0\n"
        result = report.import_grid({"year": 2022}, "t4", grid, "t4.csv")
        self.assertEqual(result.get("warnings", []), [])
        csv = report.render(result["report"], "csv")
        self.assertIn(grid, csv)

    def test_import_warns_about_variants(self):
        grid = "０,1,,0,1,0,0,0,2,2,0,0,0,0,0\n"
        result = report.import_grid({"year": 2022}, "t4", grid)
        self.assertEqual(len(result["warnings"]), 2)

    def test_bad_grid_names_the_line(self):
        with self.assertRaises(gongkai.InvalidArgumentError) as caught:
            report.import_grid({"year": 2022}, "t4", "# header\n1,2,3\n")
        self.assertIn("line 2", str(caught.exception))

    def test_render_outputs(self):
        for output in report.RENDER_OUTPUTS:
            text = report.render(BROKEN, output)
            self.assertTrue(text, output)
        self.assertIn("rowspan", report.render(BROKEN, "html"))
        with self.assertRaises(gongkai.InvalidArgumentError):
            report.render(BROKEN, "pdf")


class ImportDocumentTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.docx = DOCX.read_bytes()

    def test_docx(self):
        result = report.import_document(self.docx)
        self.assertIsInstance(result, report_pb2.ImportResult)
        self.assertEqual(result.report.agency.name, "示例市市场监督管理局")
        self.assertEqual(result.report.year, 2021)
        self.assertEqual(result.report.layout, "2021")
        self.assertEqual(result.document_format, "docx")
        self.assertTrue(result.report.cells)
        self.assertIn("table", result.report.cells[0].provenance.detail)

    def test_options_override_the_title(self):
        result = report.import_document(self.docx, source_name="示例.docx", year=2022, agency_id="a1")
        self.assertEqual(result.report.year, 2022)
        self.assertEqual(result.report.agency.id, "a1")
        self.assertEqual(result.report.agency.name, "示例市市场监督管理局")
        self.assertIn("示例.docx", result.report.cells[0].provenance.detail)
        as_json = json.loads(report.import_document(self.docx, year=2022, document_format="docx", as_json=True))
        self.assertEqual(as_json["report"]["year"], 2022)

    def test_junk_names_what_was_not_found(self):
        with self.assertRaises(gongkai.InvalidArgumentError) as caught:
            report.import_document(b"junk, not a report\n", year=2021)
        self.assertIn("not found", str(caught.exception))
        self.assertIn("table", str(caught.exception))
        with self.assertRaises(gongkai.InvalidArgumentError):
            report.import_document(self.docx, document_format="odt")
        with self.assertRaises(gongkai.NotFoundError):
            report.import_document(self.docx, layout="2008")

    def test_document_is_bytes(self):
        with self.assertRaises(TypeError) as caught:
            report.import_document(str(DOCX))
        self.assertIn("document", str(caught.exception))
        with self.assertRaises(TypeError):
            report.import_document(self.docx, year="2021")


class CheckNarrativeTest(unittest.TestCase):
    REPORT = {"year": 2021, "layout": "2021", "overview": "全年共收到政府信息公开申请2500件。",
              "cells": [{"key": "t3.new.total", "count": "2400"}]}

    def test_figure_that_differs_from_the_table(self):
        result = report.check_narrative(self.REPORT)
        self.assertEqual([f["rule"] for f in result["findings"]], ["N-new"])
        self.assertEqual(result["findings"][0]["actual"], "2500")
        self.assertEqual(result["findings"][0]["expected"], "2400")
        message = report.check_narrative(gongkai.from_json(report_pb2.AnnualReport, json.dumps(self.REPORT)))
        self.assertIsInstance(message, report_pb2.ValidationResult)
        self.assertEqual([f.rule for f in message.findings], ["N-new"])
        self.assertIsInstance(report.check_narrative(json.dumps(self.REPORT)), str)

    def test_agreeing_narrative_and_malformed_report(self):
        agreeing = dict(self.REPORT, cells=[{"key": "t3.new.total", "count": "2500"}])
        self.assertEqual(report.check_narrative(agreeing).get("findings", []), [])
        with self.assertRaises(gongkai.InvalidArgumentError):
            report.check_narrative({"year": 2021, "cells": [{"key": "t3.nope", "count": "1"}]})


if __name__ == "__main__":
    unittest.main()
