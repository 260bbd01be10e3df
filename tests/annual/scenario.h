// One district's year 2025 for the annual-report tests, built the way an office system would
// build it: every slip and application grows one checked event at a time.
#ifndef GONGKAI_TESTS_ANNUAL_SCENARIO_H_
#define GONGKAI_TESTS_ANNUAL_SCENARIO_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "gongkai/v1/annual.pb.h"
#include "gongkai/v1/application.pb.h"
#include "gongkai/v1/disclosure.pb.h"
#include "gongkai/v1/remedy.pb.h"
#include "gongkai/v1/slip.pb.h"
#include "gtest/gtest.h"
#include "messages/stream.h"

namespace gongkai::annual::testing {

inline constexpr char kAgencyId[] = "11110105MB0000000X";

// Parses protobuf JSON into T; a malformed literal fails the test that wrote it.
template <typename T>
T Json(absl::string_view json) {
  T message;
  const absl::Status parsed = messages::ParseAs(messages::Encoding::kJson, json, &message);
  if (!parsed.ok()) ADD_FAILURE() << parsed << "\n" << json;
  return message;
}

struct Scenario {
  std::vector<v1::IssuanceSlip> slips;
  std::vector<v1::Disclosure> disclosures;
  std::vector<v1::Application> applications;
  std::vector<v1::Remedy> remedies;
};

// The request: the agency, 2025, entered table 二 figures and narratives.
v1::AnnualRequest Request();
// The records (their histories grown through ApplySlipEvent / cases::ApplyEvent; a refused
// step fails the test).
Scenario Build();

// The scenario's records of each kind as a JSON-lines stream.
template <typename T>
std::string Stream(const std::vector<T>& records) {
  std::string out;
  for (const T& r : records) {
    const absl::Status appended = messages::AppendToStream(messages::Encoding::kJson, r, &out);
    if (!appended.ok()) ADD_FAILURE() << appended;
  }
  return out;
}

}  // namespace gongkai::annual::testing

#endif  // GONGKAI_TESTS_ANNUAL_SCENARIO_H_
