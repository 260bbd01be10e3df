"""The working-day calendar from Python."""

import datetime
import threading
import unittest

import gongkai
from gongkai import Calendar

D = datetime.date


class CalendarTest(unittest.TestCase):
    def test_national_arithmetic(self):
        with Calendar.national() as cal:
            self.assertTrue(cal.version.startswith("cn-national@"))
            # Over 春节 2024 and its two make-up Sundays.
            self.assertEqual(cal.add_working_days(D(2024, 2, 2), 20), (D(2024, 3, 6), False))
            self.assertEqual(cal.add_working_days("2024-02-02", 7), (D(2024, 2, 18), False))
            self.assertEqual(cal.working_days_between(D(2024, 2, 2), D(2024, 3, 6)), 20)
            self.assertEqual(cal.is_working_day(D(2020, 2, 1)), (False, False))
            self.assertEqual(cal.is_working_day(D(2027, 1, 1)), (True, True))
            self.assertTrue(cal.add_working_days(D(2026, 12, 25), 5)[1])

    def test_year_view(self):
        year = Calendar.national().year(2020)
        spring = next(r for r in year["daysOff"] if r["name"] == "春节")
        self.assertEqual(spring["last"], D(2020, 2, 2))
        self.assertEqual(len(year["makeupWorkingDays"]), 6)

    def test_layers(self):
        local = {"id": "local", "version": "1", "years": [{"year": 2024, "daysOff": [
            {"first": {"year": 2024, "month": 3, "day": 5}, "last": {"year": 2024, "month": 3, "day": 5},
             "name": "地方节日"}]}]}
        national = Calendar.national()
        layered = national.layer(local)
        self.assertEqual(layered.add_working_days(D(2024, 2, 2), 20)[0], D(2024, 3, 7))
        self.assertEqual(national.add_working_days(D(2024, 2, 2), 20)[0], D(2024, 3, 6))
        self.assertTrue(layered.version.endswith("+local@1"))

    def test_errors(self):
        cal = Calendar.national()
        with self.assertRaises(gongkai.InvalidArgumentError) as caught:
            cal.add_working_days("2019-02-29", 1)
        self.assertIn("2019-02-29 is not a date", str(caught.exception))
        with self.assertRaises(gongkai.OutOfRangeError):
            cal.is_working_day(D(2007, 12, 31))
        with self.assertRaises(gongkai.InvalidArgumentError):
            cal.add_working_days(D(2019, 3, 1), 0)
        with self.assertRaises(gongkai.InvalidArgumentError) as caught:
            cal.layer({"id": "bad", "years": [{"year": 2024, "makeupWorkingDays": [
                {"year": 2024, "month": 3, "day": 13}]}]})
        self.assertIn("weekday", str(caught.exception))
        with self.assertRaises(TypeError):
            cal.is_working_day(20240313)

    def test_one_handle_many_threads(self):
        cal = Calendar.national()
        results = []

        def work():
            results.append(all(cal.add_working_days(D(2024, 2, 2), 20)[0] == D(2024, 3, 6) for _ in range(500)))

        threads = [threading.Thread(target=work) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(results, [True] * 8)


if __name__ == "__main__":
    unittest.main()
