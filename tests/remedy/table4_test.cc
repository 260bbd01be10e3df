#include "remedy/table4.h"

#include <map>
#include <random>
#include <string>

#include "absl/strings/str_cat.h"
#include "calendar/calendar.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace gongkai::remedy {
namespace {

using ::testing::HasSubstr;

v1::Date D(int y, int m, int d) { return calendar::ToProto(absl::CivilDay(y, m, d)); }

v1::Remedy Case(const std::string& id, v1::RemedyKind kind, v1::Date filed) {
  v1::Remedy r;
  r.set_id(id);
  r.set_kind(kind);
  *r.mutable_filed() = filed;
  return r;
}

v1::Remedy Concluded(v1::Remedy r, v1::Date when, v1::RemedyResult result) {
  *r.mutable_concluded() = when;
  r.set_result(result);
  return r;
}

int64_t Cell(const Table4Counter& c, const std::string& key) {
  return c.Value(*(*report::FindLayout("2021"))->FindCell(key)).value_or(-1);
}

Table4Counter Counter(int year) {
  auto c = Table4Counter::Create(year, **report::FindLayout("2021"));
  EXPECT_TRUE(c.ok()) << c.status();
  return *std::move(c);
}

TEST(Table4Counter, ResultsPendingAndTotals) {
  Table4Counter c = Counter(2025);
  const v1::Remedy cases[] = {
      Concluded(Case("r1", v1::REMEDY_KIND_RECONSIDERATION, D(2025, 2, 1)), D(2025, 4, 1),
                v1::REMEDY_RESULT_UPHELD),
      Concluded(Case("r2", v1::REMEDY_KIND_RECONSIDERATION, D(2025, 3, 1)), D(2025, 5, 1),
                v1::REMEDY_RESULT_CORRECTED),
      Case("r3", v1::REMEDY_KIND_RECONSIDERATION, D(2025, 12, 1)),  // pending at year end
      Concluded(Case("r4", v1::REMEDY_KIND_DIRECT_LAWSUIT, D(2024, 11, 1)), D(2025, 3, 1),
                v1::REMEDY_RESULT_OTHER),
      Concluded(Case("r5", v1::REMEDY_KIND_DIRECT_LAWSUIT, D(2025, 11, 1)), D(2026, 2, 1),
                v1::REMEDY_RESULT_UPHELD),
      Case("r6", v1::REMEDY_KIND_LAWSUIT_AFTER_RECONSIDERATION, D(2023, 6, 1)),  // still pending
      Concluded(Case("r7", v1::REMEDY_KIND_LAWSUIT_AFTER_RECONSIDERATION, D(2023, 6, 1)),
                D(2024, 12, 31), v1::REMEDY_RESULT_UPHELD),
      Case("r8", v1::REMEDY_KIND_RECONSIDERATION, D(2026, 1, 5)),  // after the year
  };
  std::vector<bool> counted;
  for (const v1::Remedy& r : cases) counted.push_back(*c.Add(r));
  EXPECT_THAT(counted, ::testing::ElementsAre(true, true, true, true, true, true, false, false));
  EXPECT_EQ(Cell(c, "t4.cases.reconsideration_upheld"), 1);
  EXPECT_EQ(Cell(c, "t4.cases.reconsideration_corrected"), 1);
  EXPECT_EQ(Cell(c, "t4.cases.reconsideration_pending"), 1);
  EXPECT_EQ(Cell(c, "t4.cases.reconsideration_total"), 3);
  EXPECT_EQ(Cell(c, "t4.cases.direct_other"), 1);
  EXPECT_EQ(Cell(c, "t4.cases.direct_pending"), 1);  // concluded only in 2026
  EXPECT_EQ(Cell(c, "t4.cases.direct_total"), 2);
  EXPECT_EQ(Cell(c, "t4.cases.after_reconsideration_pending"), 1);
  EXPECT_EQ(Cell(c, "t4.cases.after_reconsideration_total"), 1);
  EXPECT_EQ(c.counted(), 6);
  EXPECT_EQ(c.filed_in_year(), 4);
}

// docs/remedy.md, "Counting a year", stated apart from Table4Counter: the cell a case adds one to
// in year `y` (besides its group's 总计), or "" when the year does not count it.
std::string RuleCell(const v1::Remedy& r, int y) {
  if (r.filed().year() > y) return "";  // filed after 31 December
  std::string column = "pending";
  if (r.has_concluded()) {
    if (r.concluded().year() < y) return "";  // concluded before 1 January
    if (r.concluded().year() == y) {
      switch (r.result()) {
        case v1::REMEDY_RESULT_UPHELD:
          column = "upheld";
          break;
        case v1::REMEDY_RESULT_CORRECTED:
          column = "corrected";
          break;
        case v1::REMEDY_RESULT_OTHER:
          column = "other";
          break;
        default:
          return "bad result";
      }
    }
  }
  switch (r.kind()) {
    case v1::REMEDY_KIND_RECONSIDERATION:
      return "t4.cases.reconsideration_" + column;
    case v1::REMEDY_KIND_DIRECT_LAWSUIT:
      return "t4.cases.direct_" + column;
    case v1::REMEDY_KIND_LAWSUIT_AFTER_RECONSIDERATION:
      return "t4.cases.after_reconsideration_" + column;
    default:
      return "bad kind";
  }
}

// Property: for random cases, many filed or concluded on the days around 1 January, every cell is
// what the rule gives; each group's 总计 is the sum of its four results (T4-total); shards merged
// equal one counter.
TEST(Table4Counter, RandomCasesFollowTheRuleBalanceAndMerge) {
  std::mt19937 rng(20251231);
  Table4Counter all = Counter(2025), odd = Counter(2025), even = Counter(2025);
  std::map<std::string, int64_t> expected;
  int64_t counted = 0;
  for (int i = 0; i < 4000; ++i) {
    // Half anywhere from 2023 to 2026, half within a week of either end of 2025.
    const absl::CivilDay filed =
        i % 2 ? absl::CivilDay(2023, 1, 1) + static_cast<int>(rng() % 1200)
              : absl::CivilDay(rng() % 2 ? 2024 : 2025, 12, 31) + static_cast<int>(rng() % 15) - 7;
    v1::Remedy r = Case(absl::StrCat("r", i), static_cast<v1::RemedyKind>(1 + rng() % 3),
                        calendar::ToProto(filed));
    if (rng() % 3) {
      const int days = static_cast<int>(i % 2 ? rng() % 300 : rng() % 10);
      r = Concluded(r, calendar::ToProto(filed + days),
                    static_cast<v1::RemedyResult>(1 + rng() % 3));
    }
    const std::string cell = RuleCell(r, 2025);
    auto added = all.Add(r);
    ASSERT_TRUE(added.ok()) << added.status();
    EXPECT_EQ(*added, !cell.empty()) << r.ShortDebugString();
    if (!cell.empty()) {
      ++expected[cell];
      ++counted;
    }
    ASSERT_TRUE((i % 2 ? odd : even).Add(r).ok());
  }
  EXPECT_EQ(all.counted(), counted);
  for (const char* group : {"reconsideration", "direct", "after_reconsideration"}) {
    int64_t sum = 0;
    for (const char* result : {"upheld", "corrected", "other", "pending"}) {
      const std::string key = absl::StrCat("t4.cases.", group, "_", result);
      EXPECT_EQ(Cell(all, key), expected[key]) << key;
      sum += Cell(all, key);
    }
    EXPECT_EQ(sum, Cell(all, absl::StrCat("t4.cases.", group, "_total"))) << group;
  }
  ASSERT_TRUE(odd.Merge(even).ok());
  for (int cell : all.derived_cells()) EXPECT_EQ(all.Value(cell), odd.Value(cell));
}

// The days at either end of the year, one case each.
TEST(Table4Counter, TheYearRunsFromTheFirstOfJanuaryToTheThirtyFirstOfDecember) {
  Table4Counter c = Counter(2025);
  const auto upheld = v1::REMEDY_RESULT_UPHELD;
  const auto kind = v1::REMEDY_KIND_RECONSIDERATION;
  struct Day {
    v1::Remedy remedy;
    bool counted;
  } days[] = {
      {Concluded(Case("a", kind, D(2024, 6, 1)), D(2024, 12, 31), upheld), false},
      {Concluded(Case("b", kind, D(2024, 6, 1)), D(2025, 1, 1), upheld), true},    // upheld
      {Concluded(Case("c", kind, D(2025, 6, 1)), D(2025, 12, 31), upheld), true},  // upheld
      {Concluded(Case("d", kind, D(2025, 12, 31)), D(2026, 1, 1), upheld), true},  // pending
      {Case("e", kind, D(2025, 12, 31)), true},                                    // pending
      {Case("f", kind, D(2026, 1, 1)), false},
  };
  for (const Day& d : days) EXPECT_EQ(*c.Add(d.remedy), d.counted) << d.remedy.id();
  EXPECT_EQ(Cell(c, "t4.cases.reconsideration_upheld"), 2);
  EXPECT_EQ(Cell(c, "t4.cases.reconsideration_pending"), 2);
  EXPECT_EQ(Cell(c, "t4.cases.reconsideration_total"), 4);
  EXPECT_EQ(c.filed_in_year(), 3);
}

TEST(Table4Counter, BadCasesNameTheFieldAndCountNothing) {
  Table4Counter c = Counter(2025);
  struct Bad {
    v1::Remedy remedy;
    absl::StatusCode code;
    const char* message;
  };
  v1::Remedy no_id = Case("", v1::REMEDY_KIND_RECONSIDERATION, D(2025, 1, 2));
  v1::Remedy no_kind = Case("k", v1::REMEDY_KIND_UNSPECIFIED, D(2025, 1, 2));
  v1::Remedy no_filed = Case("f", v1::REMEDY_KIND_RECONSIDERATION, D(2025, 1, 2));
  no_filed.clear_filed();
  v1::Remedy bad_date = Case("d", v1::REMEDY_KIND_RECONSIDERATION, D(2025, 1, 2));
  bad_date.mutable_filed()->set_day(32);
  v1::Remedy early = Case("e", v1::REMEDY_KIND_RECONSIDERATION, D(2007, 1, 2));
  v1::Remedy no_result = Case("n", v1::REMEDY_KIND_RECONSIDERATION, D(2025, 1, 2));
  *no_result.mutable_concluded() = D(2025, 2, 1);
  v1::Remedy no_conclusion = Case("c", v1::REMEDY_KIND_RECONSIDERATION, D(2025, 1, 2));
  no_conclusion.set_result(v1::REMEDY_RESULT_UPHELD);
  v1::Remedy backwards = Concluded(Case("b", v1::REMEDY_KIND_DIRECT_LAWSUIT, D(2025, 3, 2)),
                                   D(2025, 3, 1), v1::REMEDY_RESULT_OTHER);
  v1::Remedy bad_result = Case("x", v1::REMEDY_KIND_DIRECT_LAWSUIT, D(2025, 3, 2));
  bad_result.set_result(static_cast<v1::RemedyResult>(8));
  const Bad bad[] = {
      {no_id, absl::StatusCode::kInvalidArgument, "id: empty"},
      {no_kind, absl::StatusCode::kInvalidArgument, "remedy k: kind"},
      {no_filed, absl::StatusCode::kInvalidArgument, "remedy f: filed: missing"},
      {bad_date, absl::StatusCode::kInvalidArgument, "remedy d: filed"},
      {early, absl::StatusCode::kOutOfRange, "remedy e: filed"},
      {no_result, absl::StatusCode::kInvalidArgument, "result: missing"},
      {no_conclusion, absl::StatusCode::kInvalidArgument, "concluded: missing"},
      {backwards, absl::StatusCode::kInvalidArgument, "concluded: before filed"},
      {bad_result, absl::StatusCode::kInvalidArgument, "result: 8"},
  };
  for (const Bad& b : bad) {
    const auto added = c.Add(b.remedy);
    EXPECT_EQ(added.status().code(), b.code) << b.message;
    EXPECT_THAT(added.status().message(), HasSubstr(b.message));
  }
  EXPECT_EQ(c.counted(), 0);
  EXPECT_EQ(c.filed_in_year(), 0);
}

}  // namespace
}  // namespace gongkai::remedy
