// gongkai calendar: one year's days off and make-up working days in the national calendar.
#include <string>

#include "absl/flags/flag.h"
#include "absl/strings/str_cat.h"
#include "calendar/calendar.h"
#include "command.h"
#include "exit_codes.h"
#include "flags.h"

namespace gongkai::cli {
namespace {

std::string Day(const v1::Date& date) {
  return calendar::FormatDay(absl::CivilDay(date.year(), date.month(), date.day()));
}

const char* WeekdayName(const v1::Date& date) {
  return absl::GetWeekday(absl::CivilDay(date.year(), date.month(), date.day())) ==
                 absl::Weekday::saturday
             ? "Saturday"
             : "Sunday";
}

int Run(const Invocation& in) {
  const int year = absl::GetFlag(FLAGS_year);
  if (absl::Status ok = calendar::CheckYear(year, "--year"); !ok.ok()) {
    return Fail(in, ok.message());
  }
  const calendar::Calendar& cal = *calendar::Calendar::National();
  const v1::YearSchedule view = calendar::YearView(cal, year);
  // A year without a schedule is not an error: deadlines into it are computed, as provisional.
  if (cal.IsProvisional(absl::CivilDay(year, 1, 1))) {
    *in.err << "gongkai calendar: " << year << " has no holiday schedule in " << cal.version()
            << ": its days follow the weekday rule, and deadlines reaching it are provisional\n";
  }
  for (const v1::DayOffRange& run : view.days_off()) {
    const std::string first = Day(run.first()), last = Day(run.last());
    *in.out << "off  " << (first == last ? first : absl::StrCat(first, " … ", last)) << "  "
            << run.name() << "\n";
  }
  for (const v1::Date& day : view.makeup_working_days()) {
    *in.out << "work " << Day(day) << "  调休上班 (" << WeekdayName(day) << ")\n";
  }
  return kExitOk;
}

const RegisterCommand kRegistration({
    .name = "calendar",
    .summary = "List a year's days off and make-up working days (national calendar)",
    .usage = "gongkai calendar --year YYYY\n\n"
             "Prints one line per run of days off (\"off  FIRST … LAST  festival\", weekend days\n"
             "inside included, as the State Council notices list them) and one per make-up\n"
             "working day (\"work DAY  调休上班\"), from 1 January to 31 December. A year with no\n"
             "known schedule (2027 and later, before 2019) prints what the neighbouring years'\n"
             "schedules put in it, usually nothing, with a note on stderr, and exits 0.",
    .flags = {Required("year")},
    .run = &Run,
});

}  // namespace
}  // namespace gongkai::cli
