#include "calendar/calendar.h"

#include <algorithm>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "common/status_macros.h"
#include "common/utf8.h"

namespace gongkai::calendar {
namespace {

const absl::CivilDay kFirstDay(kFirstYear, 1, 1);
const absl::CivilDay kLastDay(kLastYear, 12, 31);
const int kDays = static_cast<int>(kLastDay - kFirstDay) + 1;

bool IsWeekend(absl::CivilDay day) {
  const absl::Weekday w = absl::GetWeekday(day);
  return w == absl::Weekday::saturday || w == absl::Weekday::sunday;
}

// Every day's kind before any layer: weekday or weekend. Built once, since making each of the
// 34,000 civil days from an offset costs Abseil a normalisation loop (most of a Build's time).
const std::vector<uint8_t>& WeekKinds() {
  static const std::vector<uint8_t>* const kinds = [] {
    auto* v = new std::vector<uint8_t>(kDays);
    absl::CivilDay day = kFirstDay;
    for (int i = 0; i < kDays; ++i, ++day) {
      (*v)[i] = static_cast<uint8_t>(IsWeekend(day) ? DayKind::kWeekend : DayKind::kWeekday);
    }
    return v;
  }();
  return *kinds;
}

}  // namespace

absl::StatusOr<absl::CivilDay> FromProto(const v1::Date& date, absl::string_view field) {
  const absl::CivilDay day(date.year(), date.month(), date.day());
  if (day.year() != date.year() || day.month() != date.month() || day.day() != date.day()) {
    return absl::InvalidArgumentError(absl::StrFormat("%s: %04d-%02d-%02d is not a date", field,
                                                      date.year(), date.month(), date.day()));
  }
  RETURN_IF_ERROR(Calendar::CheckRange(day, field));
  return day;
}

std::optional<absl::CivilDay> ValidDay(const v1::Date& date) {
  const absl::CivilDay day(date.year(), date.month(), date.day());
  if (day.year() != date.year() || day.month() != date.month() || day.day() != date.day() ||
      !Calendar::InRange(day)) {
    return std::nullopt;
  }
  return day;
}

v1::Date ToProto(absl::CivilDay day) {
  v1::Date date;
  date.set_year(static_cast<int32_t>(day.year()));
  date.set_month(day.month());
  date.set_day(day.day());
  return date;
}

std::string FormatDay(absl::CivilDay day) {
  return absl::StrFormat("%04d-%02d-%02d", day.year(), day.month(), day.day());
}

absl::StatusOr<absl::CivilDay> ParseDay(absl::string_view text, absl::string_view field) {
  std::vector<absl::string_view> parts = absl::StrSplit(text, '-');
  int y, m, d;
  if (parts.size() != 3 || parts[0].size() != 4 || parts[1].size() != 2 || parts[2].size() != 2 ||
      !absl::SimpleAtoi(parts[0], &y) || !absl::SimpleAtoi(parts[1], &m) ||
      !absl::SimpleAtoi(parts[2], &d)) {
    return absl::InvalidArgumentError(
        absl::StrCat(field, ": ", QuoteForMessage(text), " is not a date of the form YYYY-MM-DD"));
  }
  v1::Date date;
  date.set_year(y);
  date.set_month(m);
  date.set_day(d);
  return FromProto(date, field);
}

bool Calendar::InRange(absl::CivilDay day) { return day >= kFirstDay && day <= kLastDay; }

absl::Status Calendar::CheckRange(absl::CivilDay day, absl::string_view what) {
  if (InRange(day)) return absl::OkStatus();
  return absl::OutOfRangeError(absl::StrCat(what, ": ", FormatDay(day), " is outside ", kFirstYear,
                                            "-01-01 .. ", kLastYear, "-12-31"));
}

int Calendar::Index(absl::CivilDay day) const { return static_cast<int>(day - kFirstDay); }

absl::StatusOr<std::shared_ptr<const Calendar>> Calendar::Build(
    std::vector<v1::CalendarSpec> layers) {
  std::shared_ptr<Calendar> cal(new Calendar());
  cal->kind_ = WeekKinds();
  cal->name_.assign(kDays, 0);
  cal->names_.push_back({"", ""});
  cal->covered_year_.assign(kLastYear - kFirstYear + 1, false);
  std::vector<std::string> versions;
  for (size_t l = 0; l < layers.size(); ++l) {
    const v1::CalendarSpec& layer = layers[l];
    if (layer.id().empty()) {
      return absl::InvalidArgumentError(absl::StrCat("layers[", l, "]: id is empty"));
    }
    versions.push_back(absl::StrCat(layer.id(), "@", layer.version()));
    std::vector<uint8_t> set_here(kDays, 0);  // 1 = day off, 2 = make-up day, in this layer
    for (const v1::YearSchedule& year : layer.years()) {
      const std::string where = absl::StrCat("calendar ", layer.id(), " year ", year.year());
      if (year.year() < kFirstYear || year.year() > kLastYear) {
        return absl::OutOfRangeError(
            absl::StrCat(where, ": outside ", kFirstYear, "..", kLastYear));
      }
      cal->covered_year_[year.year() - kFirstYear] = true;
      for (const v1::DayOffRange& range : year.days_off()) {
        ASSIGN_OR_RETURN(absl::CivilDay first,
                         FromProto(range.first(), absl::StrCat(where, " days_off.first")));
        ASSIGN_OR_RETURN(absl::CivilDay last,
                         FromProto(range.last(), absl::StrCat(where, " days_off.last")));
        if (last < first) {
          return absl::InvalidArgumentError(absl::StrCat(
              where, ": days off", range.name().empty() ? "" : " ", range.name(), " end (",
              FormatDay(last), ") before they start (", FormatDay(first), ")"));
        }
        if (last - first > 31) {
          return absl::InvalidArgumentError(absl::StrCat(where, ": days off",
                                                         range.name().empty() ? "" : " ",
                                                         range.name(), " span more than a month"));
        }
        cal->names_.push_back({range.name(), layer.id()});
        for (absl::CivilDay d = first; d <= last; ++d) {
          if (set_here[cal->Index(d)] == 2) {
            return absl::InvalidArgumentError(absl::StrCat(
                where, ": ", FormatDay(d), " is both a day off and a make-up working day"));
          }
          set_here[cal->Index(d)] = 1;
          cal->kind_[cal->Index(d)] = static_cast<uint8_t>(DayKind::kDayOff);
          cal->name_[cal->Index(d)] = static_cast<uint16_t>(cal->names_.size() - 1);
        }
      }
      for (const v1::Date& date : year.makeup_working_days()) {
        ASSIGN_OR_RETURN(absl::CivilDay d,
                         FromProto(date, absl::StrCat(where, " makeup_working_days")));
        if (!IsWeekend(d)) {
          return absl::InvalidArgumentError(
              absl::StrCat(where, ": make-up working day ", FormatDay(d),
                           " is a weekday; make-up days fall on weekends"));
        }
        if (set_here[cal->Index(d)] == 1) {
          return absl::InvalidArgumentError(absl::StrCat(
              where, ": ", FormatDay(d), " is both a day off and a make-up working day"));
        }
        set_here[cal->Index(d)] = 2;
        cal->names_.push_back({"", layer.id()});
        cal->kind_[cal->Index(d)] = static_cast<uint8_t>(DayKind::kMakeupDay);
        cal->name_[cal->Index(d)] = static_cast<uint16_t>(cal->names_.size() - 1);
      }
      if (cal->names_.size() > 60000)
        return absl::ResourceExhaustedError("calendar: too many entries");
    }
  }
  cal->version_ = absl::StrJoin(versions, "+");
  cal->cumulative_.assign(kDays + 1, 0);
  cal->working_.reserve(kDays);
  absl::CivilDay day = kFirstDay;
  for (int i = 0; i < kDays; ++i, ++day) {
    const auto kind = static_cast<DayKind>(cal->kind_[i]);
    const bool working = kind == DayKind::kWeekday || kind == DayKind::kMakeupDay;
    cal->cumulative_[i + 1] = cal->cumulative_[i] + (working ? 1 : 0);
    if (working) cal->working_.push_back(day);
  }
  cal->working_.shrink_to_fit();
  cal->layers_ = std::move(layers);
  return std::shared_ptr<const Calendar>(std::move(cal));
}

bool Calendar::IsWorkingDay(absl::CivilDay day) const {
  const int i = Index(day);
  return cumulative_[i + 1] != cumulative_[i];
}

bool Calendar::IsProvisional(absl::CivilDay day) const {
  return !covered_year_[day.year() - kFirstYear];
}

bool Calendar::AnyProvisional(absl::CivilDay from, absl::CivilDay to) const {
  for (auto y = from.year(); y <= to.year(); ++y) {
    if (y < kFirstYear || y > kLastYear || !covered_year_[y - kFirstYear]) return true;
  }
  return false;
}

DayInfo Calendar::Info(absl::CivilDay day) const {
  const int i = Index(day);
  DayInfo info;
  info.day = day;
  info.kind = static_cast<DayKind>(kind_[i]);
  info.working = IsWorkingDay(day);
  info.name = names_[name_[i]].first;
  info.layer = names_[name_[i]].second;
  info.provisional = IsProvisional(day);
  return info;
}

int64_t Calendar::WorkingDaysBetween(absl::CivilDay from, absl::CivilDay to) const {
  return int64_t{cumulative_[Index(to) + 1]} - cumulative_[Index(from) + 1];
}

absl::StatusOr<absl::CivilDay> Calendar::AddWorkingDays(absl::CivilDay from, int64_t n) const {
  if (n < 1)
    return absl::InvalidArgumentError(absl::StrCat("working days: ", n, " is not positive"));
  const int64_t k = int64_t{cumulative_[Index(from) + 1]} + n - 1;  // ordinal of the target
  if (k >= static_cast<int64_t>(working_.size())) {
    return absl::OutOfRangeError(absl::StrCat(n, " working days after ", FormatDay(from),
                                              " falls beyond ", kLastYear, "-12-31"));
  }
  return working_[k];
}

absl::StatusOr<absl::CivilDay> Calendar::NextWorkingDayOnOrAfter(absl::CivilDay day) const {
  if (IsWorkingDay(day)) return day;
  return AddWorkingDays(day, 1);
}

std::vector<DayInfo> Calendar::Exceptions(absl::CivilDay from, absl::CivilDay to) const {
  std::vector<DayInfo> out;
  for (absl::CivilDay d = std::max(from, kFirstDay); d <= std::min(to, kLastDay); ++d) {
    const auto kind = static_cast<DayKind>(kind_[Index(d)]);
    if (kind == DayKind::kDayOff || kind == DayKind::kMakeupDay) out.push_back(Info(d));
  }
  return out;
}

absl::Status CheckYear(int year, absl::string_view field) {
  if (year >= kFirstYear && year <= kLastYear) return absl::OkStatus();
  return absl::OutOfRangeError(
      absl::StrCat(field, ": ", year, " is outside ", kFirstYear, "..", kLastYear));
}

v1::YearSchedule YearView(const Calendar& cal, int year) {
  v1::YearSchedule view;
  view.set_year(year);
  v1::DayOffRange* run = nullptr;
  absl::CivilDay last_off;
  for (const DayInfo& info :
       cal.Exceptions(absl::CivilDay(year, 1, 1), absl::CivilDay(year, 12, 31))) {
    if (info.kind == DayKind::kMakeupDay) {
      *view.add_makeup_working_days() = ToProto(info.day);
      continue;
    }
    if (run == nullptr || info.day != last_off + 1 || run->name() != info.name) {
      run = view.add_days_off();
      *run->mutable_first() = ToProto(info.day);
      run->set_name(info.name);
    }
    *run->mutable_last() = ToProto(info.day);
    last_off = info.day;
  }
  return view;
}

}  // namespace gongkai::calendar
