// Failure atomicity (gongkai/common.h, convention 3): a failed call leaves every handle and
// output exactly as it was. For each call that does several steps (a stream of records, a
// stream of member reports, a calendar layer over a base, a merge of two handles), the failure
// is put at each step in turn, and the handle is compared, through every output it has, with
// its state before the call. Counts never wrap: merging handles into each other until a count
// would pass 2^63 must fail with OUT_OF_RANGE and change nothing.
// Allocation failure is tested by alloc_failure_test.cc.
#include <cstring>
#include <functional>
#include <string>
#include <vector>

#include "capi_testing.h"
#include "gongkai/gongkai.h"
#include "gtest/gtest.h"

namespace {

using gongkai::testing::Take;
using gongkai::testing::U;
using gongkai::testing::Varint;

std::string Bin(const char* type, const std::string& json) {
  gongkai_buffer* b = nullptr;
  EXPECT_EQ(gongkai_message_from_json(&b, 0, type, json.data(), json.size()), GONGKAI_OK)
      << gongkai_last_error_message();
  return b == nullptr ? "" : Take(b);
}

// A stream of `records` (JSON) in `format`, with record `bad` (if >= 0) made malformed.
std::string Stream(gongkai_format format, const char* type, const std::vector<std::string>& records,
                   int bad) {
  std::string out;
  for (size_t i = 0; i < records.size(); ++i) {
    const bool broken = static_cast<int>(i) == bad;
    if (format == GONGKAI_FORMAT_JSON) {
      out += (broken ? records[i].substr(0, records[i].size() / 2) : records[i]) + "\n";
    } else {
      std::string bytes = Bin(type, records[i]);
      if (broken) bytes = std::string("\xff\xff\xff", 3) + bytes;  // field 0 does not exist
      out += Varint(bytes.size()) + bytes;
    }
  }
  return out;
}

std::string Application(int i, int year = 2024) {
  const std::string date = "{\"year\":" + std::to_string(year) +
                           ",\"month\":3,\"day\":" + std::to_string(1 + i % 27) + "}";
  return "{\"id\":\"A-" + std::to_string(i) +
         "\",\"agencyId\":\"d1\",\"applicant\":{\"category\":\"APPLICANT_CATEGORY_COMMERCIAL\"},"
         "\"received\":" +
         date + ",\"events\":[{\"type\":\"EVENT_TYPE_REGISTERED\",\"date\":" + date +
         "},{\"type\":\"EVENT_TYPE_DECIDED\",\"date\":" + date +
         ",\"outcome\":\"OUTCOME_GRANTED\"}]}";
}
std::vector<std::string> Applications(int n, int from = 0) {
  std::vector<std::string> v;
  for (int i = from; i < from + n; ++i) v.push_back(Application(i));
  return v;
}

std::vector<std::string> Records(const char* kind) {
  if (std::strcmp(kind, "application") == 0) return Applications(5);
  if (std::strcmp(kind, "remedy") == 0) {
    return {
        R"({"id":"R-1","agencyId":"d1","kind":"REMEDY_KIND_RECONSIDERATION","filed":{"year":2024,"month":3,"day":1}})",
        R"({"id":"R-2","agencyId":"d1","kind":"REMEDY_KIND_DIRECT_LAWSUIT","filed":{"year":2024,"month":4,"day":1},"concluded":{"year":2024,"month":6,"day":3},"result":"REMEDY_RESULT_UPHELD"})",
        R"({"id":"R-3","agencyId":"d1","kind":"REMEDY_KIND_RECONSIDERATION","filed":{"year":2023,"month":12,"day":1}})"};
  }
  if (std::strcmp(kind, "disclosure") == 0) {
    return {
        R"({"id":"D-1","agencyId":"d1","indexNumber":"d1/2024-00001","generated":{"year":2024,"month":2,"day":1},"attribute":"PUBLIC_ATTRIBUTE_PROACTIVE","kind":"DOCUMENT_KIND_NORMATIVE_DOCUMENT","documentNumber":"示政发〔2024〕1号","written":{"year":2024,"month":2,"day":1},"publications":[{"channel":"PUBLICATION_CHANNEL_PORTAL","date":{"year":2024,"month":2,"day":5}}]})",
        R"({"id":"D-2","agencyId":"d1","indexNumber":"d1/2024-00002","generated":{"year":2024,"month":5,"day":1},"attribute":"PUBLIC_ATTRIBUTE_PROACTIVE","publications":[{"channel":"PUBLICATION_CHANNEL_NEW_MEDIA","date":{"year":2024,"month":7,"day":5}}]})",
        R"({"id":"D-3","agencyId":"d1","indexNumber":"d1/2024-00002","generated":{"year":2024,"month":6,"day":1}})"};
  }
  // slip
  return {
      R"({"id":"S-1","agencyId":"d1","events":[{"action":"SLIP_ACTION_PROPOSE","date":{"year":2024,"month":3,"day":1},"role":"SLIP_ROLE_DRAFTING_UNIT","attribute":"PUBLIC_ATTRIBUTE_PROACTIVE"}]})",
      R"({"id":"S-2","agencyId":"d1","events":[{"action":"SLIP_ACTION_SIGN","date":{"year":2024,"month":3,"day":1},"role":"SLIP_ROLE_SIGNER"}]})"};
}

const char kRequest[] =
    R"({"agency":{"id":"d1"},"year":2024,"options":{"traceCell":"t3.granted.commercial"}})";

gongkai_annual* NewAnnual(const char* request = kRequest) {
  gongkai_annual* a = nullptr;
  EXPECT_EQ(gongkai_annual_new(&a, nullptr, GONGKAI_FORMAT_JSON,
                               reinterpret_cast<const uint8_t*>(request), std::strlen(request)),
            GONGKAI_OK)
      << gongkai_last_error_message();
  return a;
}
std::string Finish(const gongkai_annual* a) {
  gongkai_buffer* b = nullptr;
  EXPECT_EQ(gongkai_annual_finish(&b, a, GONGKAI_FORMAT_BINARY), GONGKAI_OK)
      << gongkai_last_error_message();
  return b == nullptr ? "" : Take(b);
}

gongkai_table3* NewTable3() {
  gongkai_table3* t = nullptr;
  EXPECT_EQ(gongkai_table3_new(&t, GONGKAI_FORMAT_JSON, 2024, "", nullptr, 0), GONGKAI_OK);
  return t;
}
// JSON with the problem map's entries: their order is not fixed, so the result is compared as
// the sorted list of its lines in pretty form.
std::string Result(const gongkai_table3* t) {
  gongkai_buffer* b = nullptr;
  EXPECT_EQ(gongkai_table3_result(&b, t, GONGKAI_FORMAT_BINARY, nullptr, 0), GONGKAI_OK);
  const std::string bytes = Take(b);
  EXPECT_EQ(gongkai_message_to_json(&b, GONGKAI_JSON_PRETTY, "gongkai.v1.Table3Result", U(bytes),
                                    bytes.size()),
            GONGKAI_OK);
  std::string json = Take(b);
  std::vector<std::string> lines;
  size_t start = 0;
  for (size_t end; (end = json.find('\n', start)) != std::string::npos; start = end + 1) {
    lines.push_back(json.substr(start, end - start));
  }
  std::sort(lines.begin(), lines.end());
  std::string sorted;
  for (const std::string& l : lines) sorted += l + "\n";
  return sorted;
}

class StreamTest : public testing::TestWithParam<int> {};  // the format

TEST_P(StreamTest, AFailedTable3AddAddsNothing) {
  const auto format = static_cast<gongkai_format>(GetParam());
  gongkai_table3* t = NewTable3();
  const std::string first = Stream(format, "gongkai.v1.Application", Applications(3, 100), -1);
  ASSERT_EQ(gongkai_table3_add(t, format, U(first), first.size()), GONGKAI_OK);
  const std::string before = Result(t);
  const std::vector<std::string> records = Applications(6);
  for (int bad = 0; bad < static_cast<int>(records.size()); ++bad) {
    const std::string stream = Stream(format, "gongkai.v1.Application", records, bad);
    EXPECT_EQ(gongkai_table3_add(t, format, U(stream), stream.size()), GONGKAI_INVALID_ARGUMENT);
    EXPECT_NE(std::strstr(gongkai_last_error_message(), ("message " + std::to_string(bad)).c_str()),
              nullptr)
        << gongkai_last_error_message();
    EXPECT_EQ(Result(t), before) << "bad record " << bad;
  }
  gongkai_table3_free(t);
}

TEST_P(StreamTest, AFailedAnnualAddAddsNothing) {
  const auto format = static_cast<gongkai_format>(GetParam());
  const char* types[] = {"gongkai.v1.Disclosure", "gongkai.v1.IssuanceSlip",
                         "gongkai.v1.Application", "gongkai.v1.Remedy"};
  const char* kinds[] = {"disclosure", "slip", "application", "remedy"};
  const gongkai_record_kind kind_values[] = {GONGKAI_RECORD_DISCLOSURE, GONGKAI_RECORD_SLIP,
                                             GONGKAI_RECORD_APPLICATION, GONGKAI_RECORD_REMEDY};
  gongkai_annual* a = NewAnnual();
  for (int k = 0; k < 4; ++k) {  // a builder that has seen some of everything
    const std::string s = Stream(format, types[k], Records(kinds[k]), -1);
    ASSERT_EQ(gongkai_annual_add(a, format, kind_values[k], U(s), s.size()), GONGKAI_OK)
        << gongkai_last_error_message();
  }
  const std::string before = Finish(a);
  for (int k = 0; k < 4; ++k) {
    const std::vector<std::string> records = Records(kinds[k]);
    for (int bad = 0; bad < static_cast<int>(records.size()); ++bad) {
      const std::string s = Stream(format, types[k], records, bad);
      EXPECT_EQ(gongkai_annual_add(a, format, kind_values[k], U(s), s.size()),
                GONGKAI_INVALID_ARGUMENT);
      EXPECT_EQ(Finish(a), before) << kinds[k] << " record " << bad;
    }
  }
  gongkai_annual_free(a);
}

TEST_P(StreamTest, AFailedSetMembersKeepsTheMembers) {
  const auto format = static_cast<gongkai_format>(GetParam());
  std::vector<std::string> members;
  for (int i = 0; i < 4; ++i) {
    members.push_back(R"({"agency":{"id":"m)" + std::to_string(i) +
                      R"("},"year":2023,"cells":[{"key":"t3.new.natural_person","count":")" +
                      std::to_string(i + 1) + R"("}]})");
  }
  const std::string consolidated = Bin(
      "gongkai.v1.AnnualReport",
      R"({"agency":{"id":"city"},"year":2023,"cells":[{"key":"t3.new.natural_person","count":"6"}]})");
  gongkai_validate_options* options = nullptr;
  ASSERT_EQ(gongkai_validate_options_new(&options), GONGKAI_OK);
  const std::string good =
      Stream(format, "gongkai.v1.AnnualReport", {members[0], members[1], members[2]}, -1);
  ASSERT_EQ(gongkai_validate_options_set_members(options, format, U(good), good.size()),
            GONGKAI_OK);
  const std::string previous =
      Bin("gongkai.v1.AnnualReport", R"({"agency":{"id":"city"},"year":2022})");
  ASSERT_EQ(gongkai_validate_options_set_previous(options, GONGKAI_FORMAT_BINARY, U(previous),
                                                  previous.size()),
            GONGKAI_OK);
  auto validate = [&] {
    gongkai_buffer* b = nullptr;
    int errors = -1;
    EXPECT_EQ(gongkai_report_validate(&b, &errors, options, GONGKAI_FORMAT_BINARY, U(consolidated),
                                      consolidated.size()),
              GONGKAI_OK)
        << gongkai_last_error_message();
    return std::to_string(errors) + (b == nullptr ? "" : Take(b));
  };
  const std::string before = validate();
  for (int bad = 0; bad < static_cast<int>(members.size()); ++bad) {
    const std::string s = Stream(format, "gongkai.v1.AnnualReport", members, bad);
    EXPECT_EQ(gongkai_validate_options_set_members(options, format, U(s), s.size()),
              GONGKAI_INVALID_ARGUMENT);
    EXPECT_EQ(validate(), before) << "bad member " << bad;
  }
  const std::string bad_previous =
      format == GONGKAI_FORMAT_JSON ? std::string("{\"year\":") : std::string("\xff\xff", 2);
  EXPECT_EQ(
      gongkai_validate_options_set_previous(options, format, U(bad_previous), bad_previous.size()),
      GONGKAI_INVALID_ARGUMENT);
  EXPECT_EQ(validate(), before);
  gongkai_validate_options_free(options);
}

INSTANTIATE_TEST_SUITE_P(Formats, StreamTest,
                         testing::Values(GONGKAI_FORMAT_BINARY, GONGKAI_FORMAT_JSON),
                         [](const testing::TestParamInfo<int>& info) {
                           return std::string(info.param == GONGKAI_FORMAT_JSON ? "Json"
                                                                                : "Binary");
                         });

TEST(Atomicity, AFailedCalendarLayerLeavesTheBaseAndTheOutput) {
  gongkai_calendar* base = nullptr;
  ASSERT_EQ(gongkai_calendar_national(&base), GONGKAI_OK);
  gongkai_buffer* b = nullptr;
  ASSERT_EQ(gongkai_calendar_year(&b, base, GONGKAI_FORMAT_JSON, 2026), GONGKAI_OK);
  const std::string year_before = Take(b);
  ASSERT_EQ(gongkai_calendar_version(&b, base), GONGKAI_OK);
  const std::string version_before = Take(b);
  // The failure at each year of the layer: the first years are fine, year `bad` is not.
  for (int bad = 0; bad < 4; ++bad) {
    std::string spec = R"({"id":"local","years":[)";
    for (int y = 0; y < 4; ++y) {
      const std::string year = std::to_string(2026 + y);
      const std::string day = y == bad ? "30" : "14";  // 2026-02-30 does not exist
      spec += std::string(y ? "," : "") + R"({"year":)" + year +
              R"(,"daysOff":[{"first":{"year":)" + year + R"(,"month":2,"day":)" + day +
              R"(},"last":{"year":)" + year + R"(,"month":2,"day":)" + day + "}}]}";
    }
    spec += "]}";
    gongkai_calendar* out = base;  // must stay as it is
    EXPECT_EQ(gongkai_calendar_layer(&out, base, GONGKAI_FORMAT_JSON, U(spec), spec.size()),
              GONGKAI_INVALID_ARGUMENT);
    EXPECT_EQ(out, base);
  }
  ASSERT_EQ(gongkai_calendar_year(&b, base, GONGKAI_FORMAT_JSON, 2026), GONGKAI_OK);
  EXPECT_EQ(Take(b), year_before);
  ASSERT_EQ(gongkai_calendar_version(&b, base), GONGKAI_OK);
  EXPECT_EQ(Take(b), version_before);
  gongkai_calendar_free(base);
}

TEST(Atomicity, AFailedRegistryAddRecordsNothing) {
  gongkai_index_registry* r = nullptr;
  gongkai_index_registry* twin = nullptr;
  const std::string scheme = R"({"template":"{org}/{yyyy}-{nnn}","organisationCode":"d1"})";
  ASSERT_EQ(gongkai_index_registry_new(&r, GONGKAI_FORMAT_JSON, U(scheme), scheme.size()),
            GONGKAI_OK);
  ASSERT_EQ(gongkai_index_registry_new(&twin, GONGKAI_FORMAT_JSON, U(scheme), scheme.size()),
            GONGKAI_OK);
  for (gongkai_index_registry* x : {r, twin})
    ASSERT_EQ(gongkai_index_registry_add(x, "d1/2024-001", "D-1"), GONGKAI_OK);
  EXPECT_EQ(gongkai_index_registry_add(r, "d1/2024-001", "D-2"), GONGKAI_ALREADY_EXISTS);
  EXPECT_EQ(gongkai_index_registry_add(r, "d2/2024-002", "D-2"), GONGKAI_INVALID_ARGUMENT);
  EXPECT_EQ(gongkai_index_registry_add(r, "d1/2024-1000", "D-2"), GONGKAI_INVALID_ARGUMENT);
  EXPECT_EQ(gongkai_index_registry_add(r, "", "D-2"), GONGKAI_INVALID_ARGUMENT);
  gongkai_buffer* out = nullptr;
  EXPECT_EQ(gongkai_index_registry_next(&out, r, "2024-13-01", "D-3"), GONGKAI_INVALID_ARGUMENT);
  EXPECT_EQ(out, nullptr);
  // Both make the same indexes from here on: the failures recorded nothing.
  for (int i = 0; i < 5; ++i) {
    gongkai_buffer* a = nullptr;
    gongkai_buffer* b = nullptr;
    ASSERT_EQ(gongkai_index_registry_next(&a, r, "2024-06-01", "D"), GONGKAI_OK);
    ASSERT_EQ(gongkai_index_registry_next(&b, twin, "2024-06-01", "D"), GONGKAI_OK);
    EXPECT_EQ(Take(a), Take(b));
  }
  gongkai_index_registry_free(r);
  gongkai_index_registry_free(twin);
}

TEST(Atomicity, AFailedMergeLeavesTheTarget) {
  gongkai_annual* a = NewAnnual();
  gongkai_annual* other = NewAnnual(R"({"agency":{"id":"d2"},"year":2024})");
  const std::string s = Stream(GONGKAI_FORMAT_JSON, "", Applications(4), -1);
  ASSERT_EQ(gongkai_annual_add(a, GONGKAI_FORMAT_JSON, GONGKAI_RECORD_APPLICATION, U(s), s.size()),
            GONGKAI_OK);
  ASSERT_EQ(
      gongkai_annual_add(other, GONGKAI_FORMAT_JSON, GONGKAI_RECORD_APPLICATION, U(s), s.size()),
      GONGKAI_OK);
  const std::string before = Finish(a);
  EXPECT_EQ(gongkai_annual_merge(a, other), GONGKAI_INVALID_ARGUMENT);
  EXPECT_EQ(gongkai_annual_merge(a, a), GONGKAI_INVALID_ARGUMENT);
  EXPECT_EQ(Finish(a), before);

  gongkai_table3* t = NewTable3();
  gongkai_table3* t2020 = nullptr;
  ASSERT_EQ(gongkai_table3_new(&t2020, GONGKAI_FORMAT_JSON, 2020, "", nullptr, 0), GONGKAI_OK);
  ASSERT_EQ(gongkai_table3_add(t, GONGKAI_FORMAT_JSON, U(s), s.size()), GONGKAI_OK);
  const std::string t_before = Result(t);
  EXPECT_EQ(gongkai_table3_merge(t, t2020), GONGKAI_INVALID_ARGUMENT);
  EXPECT_EQ(gongkai_table3_merge(t, t), GONGKAI_INVALID_ARGUMENT);
  EXPECT_EQ(Result(t), t_before);
  gongkai_table3_free(t2020);
  gongkai_table3_free(t);
  gongkai_annual_free(other);
  gongkai_annual_free(a);
}

// Two handles merged into each other in turn double their counts (Fibonacci, in fact); before
// 2^63 a merge must refuse with OUT_OF_RANGE and leave the target as it was.
TEST(CountsNeverWrap, Table3MergeStopsBeforeOverflow) {
  gongkai_table3* x = NewTable3();
  gongkai_table3* y = NewTable3();
  const std::string s = Stream(GONGKAI_FORMAT_JSON, "", Applications(1), -1);
  ASSERT_EQ(gongkai_table3_add(x, GONGKAI_FORMAT_JSON, U(s), s.size()), GONGKAI_OK);
  ASSERT_EQ(gongkai_table3_add(y, GONGKAI_FORMAT_JSON, U(s), s.size()), GONGKAI_OK);
  int merges = 0;
  gongkai_code code = GONGKAI_OK;
  std::string before;
  for (; merges < 200; ++merges) {
    gongkai_table3* into = merges % 2 ? x : y;
    before = Result(into);
    code = gongkai_table3_merge(into, merges % 2 ? y : x);
    if (code != GONGKAI_OK) {
      EXPECT_EQ(Result(into), before);
      break;
    }
  }
  EXPECT_EQ(code, GONGKAI_OUT_OF_RANGE) << gongkai_last_error_message();
  EXPECT_LT(merges, 100);
  gongkai_table3_free(x);
  gongkai_table3_free(y);
}

TEST(CountsNeverWrap, AnnualMergeStopsBeforeOverflow) {
  const char request[] = R"({"agency":{"id":"d1"},"year":2024})";
  gongkai_annual* x = NewAnnual(request);
  gongkai_annual* y = NewAnnual(request);
  const std::string apps = Stream(GONGKAI_FORMAT_JSON, "", Applications(1), -1);
  const std::string remedies = Stream(GONGKAI_FORMAT_JSON, "", {Records("remedy")[0]}, -1);
  const std::string disclosures = Stream(GONGKAI_FORMAT_JSON, "", {Records("disclosure")[1]}, -1);
  for (gongkai_annual* a : {x, y}) {
    ASSERT_EQ(gongkai_annual_add(a, GONGKAI_FORMAT_JSON, GONGKAI_RECORD_APPLICATION, U(apps),
                                 apps.size()),
              GONGKAI_OK);
    ASSERT_EQ(gongkai_annual_add(a, GONGKAI_FORMAT_JSON, GONGKAI_RECORD_REMEDY, U(remedies),
                                 remedies.size()),
              GONGKAI_OK);
    ASSERT_EQ(gongkai_annual_add(a, GONGKAI_FORMAT_JSON, GONGKAI_RECORD_DISCLOSURE, U(disclosures),
                                 disclosures.size()),
              GONGKAI_OK);
  }
  int merges = 0;
  gongkai_code code = GONGKAI_OK;
  for (; merges < 200; ++merges) {
    gongkai_annual* into = merges % 2 ? x : y;
    const std::string before = Finish(into);
    code = gongkai_annual_merge(into, merges % 2 ? y : x);
    if (code != GONGKAI_OK) {
      EXPECT_EQ(Finish(into), before);
      break;
    }
  }
  EXPECT_EQ(code, GONGKAI_OUT_OF_RANGE) << gongkai_last_error_message();
  EXPECT_LT(merges, 100);
  gongkai_annual_free(x);
  gongkai_annual_free(y);
}

}  // namespace
