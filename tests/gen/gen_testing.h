// Helpers for the generator's tests: records collected into vectors, a data folder in memory.
#ifndef GONGKAI_TESTS_GEN_GEN_TESTING_H_
#define GONGKAI_TESTS_GEN_GEN_TESTING_H_

#include <map>
#include <string>
#include <vector>

#include "gen/folder.h"
#include "gen/generate.h"
#include "gongkai/v1/application.pb.h"
#include "gongkai/v1/disclosure.pb.h"
#include "gongkai/v1/remedy.pb.h"
#include "gongkai/v1/slip.pb.h"

namespace gongkai::gen::testing {

struct Records {
  std::vector<v1::Disclosure> disclosures;
  std::vector<v1::IssuanceSlip> slips;
  std::vector<v1::Application> applications;
  std::vector<v1::Remedy> remedies;
};

// Every record of `options`, or a test failure.
Records Collect(const GenOptions& options);
std::vector<v1::Application> Applications(const GenOptions& options);

// The data folder of `options` in memory: file name → content.
std::map<std::string, std::string> Folder(const GenOptions& options,
                                          messages::Encoding encoding = messages::Encoding::kJson);

// Small options for fast tests.
GenOptions Small(uint64_t seed, int year = 2025);

// The n-th working day after `day` on the national calendar.
absl::CivilDay AddWorkingDays(absl::CivilDay day, int n);
absl::CivilDay Day(const v1::Date& date);

}  // namespace gongkai::gen::testing

#endif  // GONGKAI_TESTS_GEN_GEN_TESTING_H_
