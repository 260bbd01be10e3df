// gongkai_calendar_layer: calendar files (gongkai.v1.CalendarSpec), and the arithmetic over what
// they build.
//
// Input: selector, then the layer. Selector bit 0: JSON or binary; bit 1: over the built-in
// national calendar (1) or over nothing (0); bits 2-7: n for the working-day arithmetic.
// Promises checked beyond fuzz_support.h, for a layer that is accepted: its make-up days are
// working days and its days off are not (the last layer wins); adding n working days to a date
// and counting the working days between give n back; the year view and version print.
#include <string>

#include "fuzz_support.h"
#include "gongkai/v1/calendar.pb.h"

namespace {

using gongkai::fuzz::Bytes;
using gongkai::fuzz::CallForBuffer;
using gongkai::fuzz::Checked;
using gongkai::fuzz::Fail;
using gongkai::fuzz::National;
namespace v1 = gongkai::v1;

bool Valid(int y, int m, int d) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 2008 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return d <= kDays[m - 1] + (m == 2 && leap ? 1 : 0);
}

std::string Text(const v1::Date& d) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year(), d.month(), d.day());
  return buf;
}

int Working(const gongkai_calendar* cal, const std::string& date) {
  int working = -1, provisional = -1;
  if (Checked(gongkai_calendar_is_working_day(&working, &provisional, cal, date.c_str()),
              "gongkai_calendar_is_working_day") != GONGKAI_OK) {
    Fail("is_working_day of a date the layer accepted", gongkai_last_error_message());
  }
  if ((working != 0 && working != 1) || (provisional != 0 && provisional != 1)) {
    Fail("is_working_day", "not 0 or 1");
  }
  return working;
}

// Adds n working days to `from` and counts them back.
void Arithmetic(const gongkai_calendar* cal, const std::string& from, int64_t n) {
  char due[GONGKAI_DATE_SIZE];
  int provisional = -1;
  if (Checked(gongkai_calendar_add_working_days(due, &provisional, cal, from.c_str(), n),
              "gongkai_calendar_add_working_days") != GONGKAI_OK) {
    return;  // beyond 2100
  }
  if (due[GONGKAI_DATE_SIZE - 1] != '\0') Fail("add_working_days", "result not NUL-terminated");
  if (Working(cal, due) != 1) Fail("add_working_days", "landed on a day off");
  int64_t between = -1;
  Checked(gongkai_calendar_working_days_between(&between, cal, from.c_str(), due),
          "gongkai_calendar_working_days_between");
  if (between != n) Fail("working_days_between", "does not count back to n");
  int64_t back = 1;
  Checked(gongkai_calendar_working_days_between(&back, cal, due, from.c_str()),
          "gongkai_calendar_working_days_between");
  if (back != -n) Fail("working_days_between", "is not antisymmetric");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  gongkai::fuzz::Input in(data, size);
  const uint8_t selector = in.Byte();
  const gongkai_format format = gongkai::fuzz::FormatOf(selector);
  const gongkai_calendar* base = (selector & 2) ? National() : nullptr;
  const int64_t n = 1 + (selector >> 2);
  const std::string layer = in.Rest();

  gongkai_calendar* cal = reinterpret_cast<gongkai_calendar*>(gongkai::fuzz::Sentinel());
  if (Checked(gongkai_calendar_layer(&cal, base, format, Bytes(layer), layer.size()),
              "gongkai_calendar_layer") != GONGKAI_OK) {
    if (cal != reinterpret_cast<gongkai_calendar*>(gongkai::fuzz::Sentinel())) {
      Fail("gongkai_calendar_layer", "a failed call changed its output argument");
    }
    return 0;
  }

  std::string bytes = layer;
  if (format == GONGKAI_FORMAT_JSON) {
    CallForBuffer(
        "gongkai_message_from_json",
        [&](gongkai_buffer** out) {
          return gongkai_message_from_json(out, 0, "gongkai.v1.CalendarSpec", layer.data(),
                                           layer.size());
        },
        &bytes);
  }
  v1::CalendarSpec spec;
  if (!spec.ParseFromString(bytes)) Fail("calendar layer", "accepted bytes that do not parse");

  int checked = 0;
  for (const v1::YearSchedule& year : spec.years()) {
    for (const v1::Date& d : year.makeup_working_days()) {
      if (++checked > 64) break;
      if (!Valid(d.year(), d.month(), d.day()))
        Fail("calendar layer", "accepted a date that does not exist");
      if (Working(cal, Text(d)) != 1) Fail("calendar layer", "a make-up day is not a working day");
      Arithmetic(cal, Text(d), n);
    }
    for (const v1::DayOffRange& r : year.days_off()) {
      if (++checked > 64) break;
      if (!Valid(r.first().year(), r.first().month(), r.first().day()) ||
          !Valid(r.last().year(), r.last().month(), r.last().day())) {
        Fail("calendar layer", "accepted a range with a date that does not exist");
      }
      if (Working(cal, Text(r.first())) != 0 || Working(cal, Text(r.last())) != 0) {
        Fail("calendar layer", "a day off is a working day");
      }
      Arithmetic(cal, Text(r.first()), n);
    }
    if (year.year() >= 2008 && year.year() <= 2100) {
      CallForBuffer(
          "gongkai_calendar_year",
          [&](gongkai_buffer** out) {
            return gongkai_calendar_year(out, cal, format, year.year());
          },
          nullptr);
    }
  }
  CallForBuffer(
      "gongkai_calendar_version",
      [&](gongkai_buffer** out) { return gongkai_calendar_version(out, cal); }, nullptr);
  gongkai_calendar_free(cal);
  return 0;
}
