// What every record generator shares: the checked options, the calendar and the dates of the
// year, and the names derived from the agency's (internal to tools/gen).
#ifndef GONGKAI_TOOLS_GEN_CONTEXT_H_
#define GONGKAI_TOOLS_GEN_CONTEXT_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/time/civil_time.h"
#include "calendar/calendar.h"
#include "generate.h"
#include "gongkai/v1/application.pb.h"
#include "gongkai/v1/common.pb.h"
#include "rng.h"

namespace gongkai::gen {

// Names an agency's documents and offices use, derived from its name: for 示范市临江区人民政府
// the place 示范市临江区, the district 临江区, the short form 临 (as in 临政发), the city 示范市.
struct AgencyNames {
  std::string full;               // 示范市临江区人民政府
  std::string place;              // 示范市临江区 (the name without 人民政府)
  std::string local;              // 临江区: the last administrative unit of `place`
  std::string short_form;         // 临
  std::string city;               // 示范市, or `place` when there is no higher unit in the name
  std::string office;             // 示范市临江区人民政府办公室
  std::string disclosure_office;  // 临江区政务公开办公室
  bool is_government = true;      // the name ends in 人民政府
};
AgencyNames DeriveNames(absl::string_view agency_name);

// How the records of one kind are split into blocks (GenerateDisclosures' order).
struct Blocks {
  int64_t scenarios = 0;
  int64_t earlier = 0;  // records of earlier years
  int64_t main = 0;     // the year's own records
};

class Context {
 public:
  // InvalidArgument for options CheckOptions refuses.
  static absl::StatusOr<Context> Make(const GenOptions& options);

  const GenOptions& options() const { return *options_; }
  const calendar::Calendar& cal() const { return *cal_; }
  const AgencyNames& names() const { return names_; }
  int year() const { return options_->year; }
  absl::CivilDay first() const { return first_; }  // 1 January
  absl::CivilDay last() const { return last_; }    // 31 December
  absl::CivilDay as_of() const { return as_of_; }

  // The n-th working day after `day` (n >= 1), or `day` itself for n <= 0.
  absl::CivilDay Add(absl::CivilDay day, int64_t n) const;
  // The n-th working day before `day` (n >= 1), or `day` itself for n <= 0.
  absl::CivilDay Back(absl::CivilDay day, int64_t n) const;
  // `day` if it is a working day, else the next one.
  absl::CivilDay OnOrAfter(absl::CivilDay day) const;
  // Working days in (from, to].
  int64_t Between(absl::CivilDay from, absl::CivilDay to) const;
  // The working days from `from` to `to`, in order (both within 2008..2100).
  std::vector<absl::CivilDay> WorkingDays(absl::CivilDay from, absl::CivilDay to) const;
  // The working days of the report year.
  const std::vector<absl::CivilDay>& year_days() const { return year_days_; }
  // The working day for record k of n spread evenly (with jitter) over `days`: non-decreasing
  // in k, so records in index order are in date order.
  static absl::CivilDay Spread(const std::vector<absl::CivilDay>& days, int64_t k, int64_t n,
                               Rng& rng);
  // A random working day of year `year`, between month/day `from` and `to` inclusive.
  absl::CivilDay RandomWorkingDay(int year, int from_month, int from_day, int to_month, int to_day,
                                  Rng& rng) const;

  // Blocks of each record kind.
  Blocks disclosure_blocks() const { return disclosures_; }
  Blocks application_blocks() const { return applications_; }
  Blocks remedy_blocks() const { return remedies_; }

 private:
  Context() = default;

  const GenOptions* options_ = nullptr;
  std::shared_ptr<const calendar::Calendar> cal_;
  AgencyNames names_;
  absl::CivilDay first_, last_, as_of_;
  std::vector<absl::CivilDay> year_days_;
  Blocks disclosures_, applications_, remedies_;
};

v1::Date ToDate(absl::CivilDay day);
absl::CivilDay FromDate(const v1::Date& date);

// How many scenario records of each kind exist (scenarios.cc).
int64_t ScenarioDisclosureCount();
int64_t ScenarioApplicationCount();
int64_t ScenarioRemedyCount();

// Application `index` of the stream, written into `out` (cleared first). Used by remedies to
// find the decision an application's remedy follows.
void MakeApplication(const Context& ctx, int64_t index, v1::Application* out);

// The id of application `index`.
std::string ApplicationId(const Context& ctx, int64_t index);

}  // namespace gongkai::gen

#endif  // GONGKAI_TOOLS_GEN_CONTEXT_H_
