"""gongkai.reply_due against the CLI: `gongkai deadline` prints the same date on its first line."""

import datetime
import os
import subprocess
import unittest

import gongkai
from gongkai import cases

D = datetime.date
CLI = os.environ.get("GONGKAI_CLI")


def cli_due(received, extension=0, pauses=(), correction=None):
    # As of the last date given: the CLI, like the library, ignores what happens after as-of.
    as_of = max([received, *(day for pause in pauses for day in pause), *(correction or ())])
    args = [CLI, "deadline", "--received", received.isoformat(), "--as_of", as_of.isoformat()]
    if extension:
        args += ["--extension", str(extension)]
    if pauses:
        args += ["--pause", ",".join(f"{a.isoformat()}:{b.isoformat()}" for a, b in pauses)]
    if correction:
        args += ["--correction_requested", correction[0].isoformat(),
                 "--correction_received", correction[1].isoformat()]
    first = subprocess.run(args, check=True, stdout=subprocess.PIPE, text=True).stdout.splitlines()[0]
    return None if first == "-" else D.fromisoformat(first)


# Receipt dates around 春节 2025 (28 January – 4 February, make-up days 26 January and
# 8 February), 国庆 2025 and the 2024/2025 new year, and plain weeks.
RECEIVED = [D(2025, 1, 24), D(2025, 1, 20), D(2025, 1, 27), D(2025, 2, 5), D(2024, 2, 2),
            D(2025, 9, 26), D(2024, 12, 30), D(2023, 6, 14), D(2025, 1, 26)]


@unittest.skipUnless(CLI, "GONGKAI_CLI is not set")
class AgreesWithTheCliTest(unittest.TestCase):
    def test_received_only(self):
        for received in RECEIVED:
            with self.subTest(received=received):
                self.assertEqual(gongkai.reply_due(received), cli_due(received))
                self.assertEqual(gongkai.reply_due(received.isoformat()), cli_due(received))

    def test_spring_festival_2025(self):
        self.assertEqual(gongkai.reply_due(D(2025, 1, 24)), D(2025, 2, 27))
        self.assertEqual(cli_due(D(2025, 1, 24)), D(2025, 2, 27))

    def test_extension(self):
        for received in RECEIVED:
            for days in (1, 20):
                with self.subTest(received=received, days=days):
                    self.assertEqual(gongkai.reply_due(received, extension_days=days), cli_due(received, days))

    def test_pauses(self):
        for received, pauses in [
                (D(2025, 1, 24), [(D(2025, 1, 24), D(2025, 2, 14))]),
                (D(2025, 1, 20), [(D(2025, 1, 22), D(2025, 1, 27)), (D(2025, 2, 10), D(2025, 2, 12))]),
                (D(2024, 12, 30), [(D(2025, 1, 2), D(2025, 1, 20))])]:
            with self.subTest(received=received, pauses=pauses):
                self.assertEqual(gongkai.reply_due(received, pauses=pauses), cli_due(received, pauses=pauses))
                self.assertEqual(gongkai.reply_due(received, extension_days=20, pauses=pauses),
                                 cli_due(received, 20, pauses))

    def test_correction(self):
        received, requested, corrected = D(2025, 1, 24), D(2025, 1, 27), D(2025, 2, 10)
        expected = cli_due(received, correction=(requested, corrected))
        # The request's date does not move the reply: it restarts from the corrected application.
        self.assertEqual(gongkai.reply_due(received, correction_received=corrected), expected)
        self.assertEqual(gongkai.reply_due(received, correction_received=corrected, extension_days=5,
                                           pauses=[(D(2025, 2, 12), D(2025, 2, 20))]),
                         cli_due(received, 5, [(D(2025, 2, 12), D(2025, 2, 20))], (requested, corrected)))


class ReplyDueTest(unittest.TestCase):
    def test_same_as_the_deadline_report(self):
        app = {"id": "a", "received": D(2025, 1, 24),
               "events": [{"type": "EVENT_TYPE_REGISTERED", "date": D(2025, 1, 24)}]}
        for same_day in (False, True):
            report = cases.deadlines(app, D(2025, 1, 24), count_start_day=same_day)
            reply = next(d for d in report["deadlines"] if d["kind"] == "DEADLINE_KIND_REPLY")
            self.assertEqual(gongkai.reply_due(D(2025, 1, 24), count_start_day=same_day), reply["due"])
        self.assertIs(gongkai.reply_due, cases.reply_due)

    def test_pauses_in_any_order(self):
        pauses = [(D(2025, 2, 10), D(2025, 2, 12)), (D(2025, 2, 3), D(2025, 2, 10))]
        self.assertEqual(gongkai.reply_due(D(2025, 1, 24), pauses=pauses),
                         gongkai.reply_due(D(2025, 1, 24), pauses=pauses[::-1]))
        with self.assertRaises(gongkai.InvalidArgumentError) as caught:  # one consultation at a time
            gongkai.reply_due(D(2025, 1, 24), pauses=[(D(2025, 2, 3), D(2025, 2, 10)), (D(2025, 2, 5), D(2025, 2, 6))])
        self.assertIn("pause_starts[1] 2025-02-05 is before pause_ends[0] 2025-02-10", str(caught.exception))

    def test_local_calendar(self):
        local = gongkai.Calendar.national().layer(
            {"id": "local", "version": "1", "years": [{"year": 2025, "daysOff": [
                {"first": D(2025, 2, 26), "last": D(2025, 2, 26), "name": "地方节日"}]}]})
        self.assertEqual(gongkai.reply_due(D(2025, 1, 24), calendar=local), D(2025, 2, 28))

    def test_errors(self):
        with self.assertRaises(gongkai.InvalidArgumentError) as caught:
            gongkai.reply_due("2025-02-30")
        self.assertIn("received", str(caught.exception))
        with self.assertRaises(gongkai.InvalidArgumentError):
            gongkai.reply_due(D(2025, 1, 24), extension_days=21)
        with self.assertRaises(gongkai.InvalidArgumentError):
            gongkai.reply_due(D(2025, 1, 24), pauses=[(D(2025, 2, 10), D(2025, 2, 3))])
        with self.assertRaises(gongkai.OutOfRangeError):
            gongkai.reply_due(D(2007, 6, 1))
        with self.assertRaises(TypeError):
            gongkai.reply_due(20250124)
        with self.assertRaises(TypeError):
            gongkai.reply_due(datetime.datetime(2025, 1, 24, 9, 0))
        with self.assertRaises(TypeError):
            gongkai.reply_due(D(2025, 1, 24), pauses=[D(2025, 2, 3)])
        with self.assertRaises(TypeError):
            gongkai.reply_due(D(2025, 1, 24), extension_days="5")


if __name__ == "__main__":
    unittest.main()
