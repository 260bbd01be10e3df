#include "context.h"

#include <algorithm>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"

namespace gongkai::gen {
namespace {

// The administrative units a place name is made of, in the order they nest.
constexpr absl::string_view kUnits[] = {"自治区", "自治州", "自治县", "省", "市", "盟",  "地区",
                                        "区",     "县",     "旗",     "镇", "乡", "街道"};

// Where the last unit suffix of `place` ends that is not the end of `place`: 示范市临江区 → 3
// (after 示范市). 0 when `place` is a single unit.
size_t LastSplit(absl::string_view place) {
  size_t best = 0;
  for (absl::string_view unit : kUnits) {
    for (size_t at = place.find(unit); at != absl::string_view::npos;
         at = place.find(unit, at + 1)) {
      const size_t end = at + unit.size();
      if (end < place.size() && end > best) best = end;
    }
  }
  return best;
}

// The first UTF-8 character of `text`.
std::string FirstChar(absl::string_view text) {
  if (text.empty()) return "";
  const unsigned char c = static_cast<unsigned char>(text[0]);
  const size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  return std::string(text.substr(0, std::min(n, text.size())));
}

Blocks Split(int64_t total, int64_t scenarios, int64_t earlier_per_mille) {
  Blocks b;
  b.scenarios = std::min(total, scenarios);
  const int64_t rest = total - b.scenarios;
  b.earlier = (rest * earlier_per_mille + 500) / 1000;
  b.main = rest - b.earlier;
  return b;
}

}  // namespace

AgencyNames DeriveNames(absl::string_view agency_name) {
  AgencyNames n;
  n.full = std::string(agency_name);
  absl::string_view place = agency_name;
  n.is_government = absl::ConsumeSuffix(&place, "人民政府");
  n.place = std::string(place);
  const size_t split = LastSplit(place);
  n.local = std::string(place.substr(split));
  n.city = split == 0 ? n.place : std::string(place.substr(0, split));
  n.short_form = FirstChar(n.local);
  n.office = absl::StrCat(n.full, "办公室");
  n.disclosure_office = absl::StrCat(n.local, "政务公开办公室");
  return n;
}

v1::Date ToDate(absl::CivilDay day) { return calendar::ToProto(day); }

absl::CivilDay FromDate(const v1::Date& d) { return absl::CivilDay(d.year(), d.month(), d.day()); }

absl::StatusOr<Context> Context::Make(const GenOptions& options) {
  if (absl::Status s = CheckOptions(options); !s.ok()) return s;
  Context c;
  c.options_ = &options;
  c.cal_ = options.calendar ? options.calendar : calendar::Calendar::National();
  c.names_ = DeriveNames(options.agency_name);
  c.first_ = absl::CivilDay(options.year, 1, 1);
  c.last_ = absl::CivilDay(options.year, 12, 31);
  c.as_of_ = options.as_of.value_or(c.last_);
  c.year_days_ = c.WorkingDays(c.first_, c.last_);
  c.disclosures_ =
      Split(options.disclosures, options.scenarios ? ScenarioDisclosureCount() : 0, /*earlier=*/16);
  c.applications_ = Split(options.applications, options.scenarios ? ScenarioApplicationCount() : 0,
                          /*earlier=*/50);
  c.remedies_ = Split(options.remedies, options.scenarios ? ScenarioRemedyCount() : 0,
                      /*earlier=*/200);
  return c;
}

// CheckOptions keeps every date the generator makes within 2008..2100, so the calendar's
// OutOfRange cannot happen here.
absl::CivilDay Context::Add(absl::CivilDay day, int64_t n) const {
  if (n <= 0) return day;
  return *cal_->AddWorkingDays(day, n);
}

absl::CivilDay Context::Back(absl::CivilDay day, int64_t n) const {
  while (n > 0) {
    --day;
    if (cal_->IsWorkingDay(day)) --n;
  }
  return day;
}

absl::CivilDay Context::OnOrAfter(absl::CivilDay day) const {
  return *cal_->NextWorkingDayOnOrAfter(day);
}

int64_t Context::Between(absl::CivilDay from, absl::CivilDay to) const {
  return cal_->WorkingDaysBetween(from, to);
}

std::vector<absl::CivilDay> Context::WorkingDays(absl::CivilDay from, absl::CivilDay to) const {
  std::vector<absl::CivilDay> days;
  for (absl::CivilDay d = from; d <= to; ++d) {
    if (cal_->IsWorkingDay(d)) days.push_back(d);
  }
  return days;
}

absl::CivilDay Context::Spread(const std::vector<absl::CivilDay>& days, int64_t k, int64_t n,
                               Rng& rng) {
  // floor((k + u) * |days| / n) with u in [0, 1) in steps of 1/1024: never decreases with k.
  const int64_t scaled = k * 1024 + rng.Uniform(0, 1023);
  const auto at = static_cast<size_t>(static_cast<unsigned __int128>(scaled) * days.size() /
                                      (static_cast<unsigned __int128>(n) * 1024));
  return days[std::min(at, days.size() - 1)];
}

absl::CivilDay Context::RandomWorkingDay(int year, int from_month, int from_day, int to_month,
                                         int to_day, Rng& rng) const {
  const absl::CivilDay from(year, from_month, from_day), to(year, to_month, to_day);
  const absl::CivilDay day = from + rng.Uniform(0, to - from);
  return OnOrAfter(day);
}

absl::Status CheckOptions(const GenOptions& o) {
  auto bad = [](auto&&... parts) { return absl::InvalidArgumentError(absl::StrCat(parts...)); };
  if (o.year < 2019 || o.year > 2099) return bad("year is ", o.year, ", must be 2019..2099");
  if (o.disclosures < 0) return bad("disclosures is ", o.disclosures, ", must be >= 0");
  if (o.applications < 0) return bad("applications is ", o.applications, ", must be >= 0");
  if (o.remedies < 0) return bad("remedies is ", o.remedies, ", must be >= 0");
  // Serials and ids stay below this, and the work stays finite.
  constexpr int64_t kMaxRecords = int64_t{1} << 40;
  if (o.disclosures > kMaxRecords || o.applications > kMaxRecords || o.remedies > kMaxRecords) {
    return bad("a record count exceeds ", kMaxRecords);
  }
  if (o.agency_id.empty()) return bad("agency_id is empty");
  if (o.agency_name.empty()) return bad("agency_name is empty");
  if (!v1::AgencyLevel_IsValid(o.agency_level)) {
    return bad("agency_level ", static_cast<int>(o.agency_level), " is not an AgencyLevel value");
  }
  if (o.as_of) {
    const absl::CivilDay from(o.year, 12, 31), to(o.year + 1, 12, 31);
    if (*o.as_of < from || *o.as_of > to) {
      return bad("as_of is ", calendar::FormatDay(*o.as_of), ", must be ",
                 calendar::FormatDay(from), "..", calendar::FormatDay(to));
    }
  }
  return absl::OkStatus();
}

}  // namespace gongkai::gen
