#include "gen_testing.h"

#include "calendar/calendar.h"
#include "gtest/gtest.h"

namespace gongkai::gen::testing {

Records Collect(const GenOptions& options) {
  Records r;
  EXPECT_TRUE(GenerateDisclosuresAndSlips(
                  options, [&](const v1::Disclosure& d) { r.disclosures.push_back(d); },
                  [&](const v1::IssuanceSlip& s) { r.slips.push_back(s); })
                  .ok());
  r.applications = Applications(options);
  EXPECT_TRUE(
      GenerateRemedies(options, [&](const v1::Remedy& x) { r.remedies.push_back(x); }).ok());
  return r;
}

std::vector<v1::Application> Applications(const GenOptions& options) {
  std::vector<v1::Application> out;
  const absl::Status s =
      GenerateApplications(options, [&](const v1::Application& a) { out.push_back(a); });
  EXPECT_TRUE(s.ok()) << s;
  return out;
}

std::map<std::string, std::string> Folder(const GenOptions& options, messages::Encoding encoding) {
  std::map<std::string, std::string> files;
  const absl::Status s =
      GenerateFolder(options, encoding, [&](absl::string_view name, absl::string_view bytes) {
        files[std::string(name)].append(bytes.data(), bytes.size());
        return absl::OkStatus();
      });
  EXPECT_TRUE(s.ok()) << s;
  return files;
}

GenOptions Small(uint64_t seed, int year) {
  GenOptions o;
  o.seed = seed;
  o.year = year;
  o.disclosures = 900;
  o.applications = 300;
  o.remedies = 40;
  return o;
}

absl::CivilDay AddWorkingDays(absl::CivilDay day, int n) {
  return *calendar::Calendar::National()->AddWorkingDays(day, n);
}

absl::CivilDay Day(const v1::Date& d) { return absl::CivilDay(d.year(), d.month(), d.day()); }

}  // namespace gongkai::gen::testing
