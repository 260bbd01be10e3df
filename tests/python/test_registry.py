"""gongkai.Registry: the filing season of issue #18 from Python (import a tree, file, find, dispose,
accept, lock, correct, diff, roll up with a missing child, then complete), and its refusals."""

import json
import os
import tempfile
import unittest

import gongkai
from gongkai.v1 import registry_pb2

AGENCIES = "id,name,level,parent\nP,示范市人民政府,3,\nC1,示范市教育局,3,P\nC2,示范市财政局,3,P\n"


def report(agency, **cells):
    """A 2022 report of `agency` with table 三 cells given as row__column=count."""
    return {"agency": {"id": agency}, "year": 2022,
            "cells": [{"key": "t3." + k.replace("__", "."), "count": v} for k, v in cells.items()]}


# One application received and none concluded or carried forward: T3-balance fails twice.
UNBALANCED = report("C1", new__natural_person=1, new__total=1)
CORRECTED = report("C1", new__natural_person=1, new__total=1, carried_forward__natural_person=1,
                   carried_forward__total=1)
SECOND = report("C2", new__natural_person=2, new__total=2, carried_forward__natural_person=2,
                carried_forward__total=2)


class RegistryTest(unittest.TestCase):

    def setUp(self):
        # Under the build tree when ctest runs us, like the C tests' stores.
        self._dir = tempfile.TemporaryDirectory(dir=os.environ.get("GONGKAI_BUILD_DIR"))
        self.path = os.path.join(self._dir.name, "season.db")

    def tearDown(self):
        self._dir.cleanup()

    def test_filing_season(self):
        with gongkai.Registry.open(self.path, create=True) as reg:
            reg.import_agencies(AGENCIES)
            self.assertEqual([a.agency.id for a in reg.agencies().agencies], ["C1", "C2", "P"])

            filed = reg.file(UNBALANCED, actor="填报人")  # a dict in, a dict out
            self.assertEqual(filed["number"], 1)
            self.assertEqual(filed["errorCount"], 2)
            findings = reg.findings("C1", 2022)
            self.assertIsInstance(findings, registry_pb2.RegistryFindingList)
            self.assertEqual([f.finding.rule for f in findings.findings], ["T3-balance"] * 2)

            with self.assertRaises(gongkai.FailedPreconditionError) as refused:
                reg.accept("C1", 2022, 1, actor="审核人")
            self.assertIn("T3-balance", str(refused.exception))
            for f in findings.findings:
                reg.dispose("C1", 2022, f.fingerprint, "explained", "该申请于次年初办结", actor="审核人")
            self.assertEqual({f.disposition for f in reg.findings("C1", 2022, 1).findings},
                             {registry_pb2.DISPOSITION_EXPLAINED})
            self.assertTrue(reg.accept("C1", 2022, 1, actor="审核人").accepted_at)
            self.assertTrue(reg.lock("C1", 2022, actor="填报人").locked_at)

            with self.assertRaises(gongkai.InvalidArgumentError):
                reg.file(CORRECTED, actor="填报人")  # a correction needs its reason
            corrected = reg.file(json.dumps(CORRECTED), actor="填报人", reason="更正：补填结转")
            self.assertEqual(json.loads(corrected)["number"], 2)  # a JSON str in, one out
            diff = reg.diff("C1", 2022, 1, 2)
            self.assertEqual(sorted(c.key for c in diff.changes),
                             ["t3.carried_forward.natural_person", "t3.carried_forward.total"])
            # Version 1 omits the cells: empty, not "0".
            self.assertEqual({(c.from_value, c.to_value) for c in diff.changes}, {("", "1")})
            reg.accept("C1", 2022, actor="审核人")

            rollup = reg.rollup("P", 2022)
            self.assertFalse(rollup.complete)
            states = {m.agency_id: m.state for m in rollup.members}
            self.assertEqual(states, {"C1": registry_pb2.RollupMember.STATE_ACCEPTED,
                                      "C2": registry_pb2.RollupMember.STATE_MISSING})

            reg.file(SECOND, actor="填报人")
            reg.accept("C2", 2022, actor="审核人")
            rollup = reg.rollup("P", 2022)
            self.assertTrue(rollup.complete)
            cells = {c.key: c.count for c in rollup.report.cells}
            self.assertEqual(cells["t3.new.total"], 3)

            status = reg.status(2022, "P")
            self.assertEqual((status.accepted, status.missing), (2, 1))  # P's own report is missing
            self.assertFalse(status.complete)
            verification = reg.verify()
            self.assertEqual(list(verification.problems), [])
            self.assertEqual(verification.versions, 3)
            self.assertEqual(reg.head(), verification.head)
            reg.check_receipt(reg.head())
            reg.check_receipt(reg.head(as_json=True))
            with self.assertRaises(gongkai.FailedPreconditionError) as forged:
                reg.check_receipt({"sequence": 2, "hash": "0" * 64})
            self.assertIn("receipt 2", str(forged.exception))
            self.assertEqual(json.loads(reg.head(as_json=True))["hash"], verification.head.hash)
            self.assertEqual(reg.report("C1", 2022, 2).agency.id, "C1")
            self.assertEqual(reg.version("C1", 2022).number, 2)

        # Closed by the with block; still there when opened again.
        with gongkai.Registry(self.path) as reg:
            self.assertEqual(reg.version("C1", 2022, 1).filed_by, "填报人")

    def test_refusals(self):
        with self.assertRaises(gongkai.NotFoundError):
            gongkai.Registry.open(self.path)  # create=False
        with open(self.path, "wb") as f:
            f.write(b"not a registry, not even SQLite " * 64)
        with self.assertRaises(gongkai.DataLossError) as damaged:
            gongkai.Registry.open(self.path)
        self.assertEqual(damaged.exception.code, gongkai.Code.DATA_LOSS)
        os.remove(self.path)

        with gongkai.Registry.open(self.path, create=True) as reg:
            reg.import_agencies(AGENCIES.encode("utf-8"))
            with self.assertRaises(gongkai.InvalidArgumentError) as negative:
                reg.version("C1", 2022, -1)
            self.assertIn("number: -1 is negative", str(negative.exception))
            with self.assertRaises(gongkai.InvalidArgumentError):
                reg.dispose("C1", 2022, "00", "ignored", actor="审核人")
            with self.assertRaises(gongkai.NotFoundError):
                reg.file(report("X9", new__total=0), actor="填报人")
            with self.assertRaises(TypeError):
                reg.import_agencies(42)
        with self.assertRaises(ValueError):
            reg.head()  # closed

    def test_a_store_in_memory_and_a_list_saved_as_gbk(self):
        with gongkai.Registry(":memory:", create=True) as reg:
            with self.assertRaises(gongkai.InvalidArgumentError) as gbk:
                reg.import_agencies(AGENCIES.encode("gbk"))
            self.assertIn("line 2 is not UTF-8", str(gbk.exception))
            reg.import_agencies(AGENCIES.encode("utf-8"))
            self.assertEqual(len(reg.agencies().agencies), 3)
        with gongkai.Registry(":memory:", create=True) as other:
            self.assertEqual(len(other.agencies().agencies), 0)


if __name__ == "__main__":
    unittest.main()
