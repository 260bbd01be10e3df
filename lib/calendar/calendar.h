// The official working-day calendar: which civil days are working days (工作日), and
// working-day arithmetic in O(1) per query over 2008–2100.
#ifndef GONGKAI_LIB_CALENDAR_CALENDAR_H_
#define GONGKAI_LIB_CALENDAR_CALENDAR_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/civil_time.h"
#include "common/years.h"
#include "gongkai/v1/calendar.pb.h"
#include "gongkai/v1/common.pb.h"

namespace gongkai::calendar {

// The dates the library computes with; anything outside is OutOfRange. The last year is the
// library's (common/years.h).
inline constexpr int kFirstYear = 2008;
using ::gongkai::kLastYear;

// Why a day is or is not a working day.
enum class DayKind {
  kWeekday,    // Monday–Friday, no schedule entry
  kWeekend,    // Saturday or Sunday, no schedule entry
  kDayOff,     // inside a schedule's days off (a holiday)
  kMakeupDay,  // a make-up working day (调休上班) on a weekend
};

struct DayInfo {
  absl::CivilDay day;
  bool working = false;
  DayKind kind = DayKind::kWeekday;
  // The festival, for kDayOff ("春节"); which layer said so, for kDayOff and kMakeupDay.
  std::string name;
  std::string layer;
  // True when no layer's schedule covers the day's year: the weekday rule was used.
  bool provisional = false;
};

// An immutable calendar: the built-in national one, or layers over it. Safe to share across
// threads.
class Calendar {
 public:
  // Applies `layers` in order (the first is the base). InvalidArgument naming the layer, year
  // and date for: a date that does not exist, a range ending before it starts, a make-up
  // working day on a weekday, a date both off and a make-up day in one layer, a date outside
  // 2008–2100, a layer without id.
  static absl::StatusOr<std::shared_ptr<const Calendar>> Build(
      std::vector<v1::CalendarSpec> layers);

  // The national calendar compiled into the library (lib/calendar/data/cn-national.textproto).
  static std::shared_ptr<const Calendar> National();

  // The layers, as given.
  const std::vector<v1::CalendarSpec>& layers() const { return layers_; }
  // "cn-national@2026-11-29+xz-local@1": the ids and versions of the layers.
  const std::string& version() const { return version_; }

  // Whether `day` is in 2008–2100; every other method requires it.
  static bool InRange(absl::CivilDay day);
  // OutOfRange naming `what` unless InRange(day).
  static absl::Status CheckRange(absl::CivilDay day, absl::string_view what);

  bool IsWorkingDay(absl::CivilDay day) const;
  DayInfo Info(absl::CivilDay day) const;
  // True when no layer covers the day's year.
  bool IsProvisional(absl::CivilDay day) const;
  // True when any day in [from, to] is provisional.
  bool AnyProvisional(absl::CivilDay from, absl::CivilDay to) const;

  // The number of working days in (from, to]; negative if to < from.
  int64_t WorkingDaysBetween(absl::CivilDay from, absl::CivilDay to) const;
  // The n-th working day after `from` (n >= 1), not counting `from` itself. OutOfRange if it
  // falls beyond 2100.
  absl::StatusOr<absl::CivilDay> AddWorkingDays(absl::CivilDay from, int64_t n) const;
  // The first working day on or after `day`.
  absl::StatusOr<absl::CivilDay> NextWorkingDayOnOrAfter(absl::CivilDay day) const;

  // Days off and make-up working days in [from, to], in date order (for explanations and
  // `gongkai calendar`).
  std::vector<DayInfo> Exceptions(absl::CivilDay from, absl::CivilDay to) const;

 private:
  Calendar() = default;
  int Index(absl::CivilDay day) const;

  std::vector<v1::CalendarSpec> layers_;
  std::string version_;
  // Per day from kFirstYear-01-01: the kind and an index into names_ (0 = none).
  std::vector<uint8_t> kind_;
  std::vector<uint16_t> name_;
  std::vector<std::pair<std::string, std::string>> names_;  // (festival, layer)
  std::vector<bool> covered_year_;                          // by year - kFirstYear
  // cumulative_[i] = working days among the first i days; working_[k] = the k-th working day,
  // kept as a civil day because making one from an offset costs Abseil a normalisation loop that
  // is most of a lookup's time (docs/performance.md, "Deadlines").
  std::vector<int32_t> cumulative_;
  std::vector<absl::CivilDay> working_;
};

// OK for kFirstYear <= year <= kLastYear; else OutOfRange "<field>: <year> is outside 2008..2100".
absl::Status CheckYear(int year, absl::string_view field);

// What `cal` says about calendar year `year` (1 January to 31 December): runs of days off with
// their festival, and make-up working days. Requires kFirstYear <= year <= kLastYear.
v1::YearSchedule YearView(const Calendar& cal, int year);

// Civil dates across the API.
absl::StatusOr<absl::CivilDay> FromProto(const v1::Date& date, absl::string_view field);
// The day `date` names when FromProto would accept it (a real date inside the range), else
// nullopt: the check alone, for callers that name the field only when it fails.
std::optional<absl::CivilDay> ValidDay(const v1::Date& date);
// FromProto with the field's name made by `field()` only for a date it refuses: checking
// millions of records' dates then builds no strings.
template <typename FieldFn>
absl::StatusOr<absl::CivilDay> FromProtoNamed(const v1::Date& date, FieldFn field) {
  if (std::optional<absl::CivilDay> day = ValidDay(date)) return *day;
  return FromProto(date, field());
}
v1::Date ToProto(absl::CivilDay day);
// "2019-05-15".
std::string FormatDay(absl::CivilDay day);
// Parses "YYYY-MM-DD"; InvalidArgument naming `field` for anything else or a day that does not
// exist (2019-02-29).
absl::StatusOr<absl::CivilDay> ParseDay(absl::string_view text, absl::string_view field);

}  // namespace gongkai::calendar

#endif  // GONGKAI_LIB_CALENDAR_CALENDAR_H_
