// Placement by column and by year: the boundaries of the statistical year, carried over and
// carried forward, and the several-decisions rule (部分公开 wins).
#include "cases/aggregate/aggregate.h"

#include <optional>
#include <string>
#include <utility>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "records.h"
#include "report/validate.h"

namespace gongkai::cases::testing {
namespace {

using absl::CivilDay;

TEST(Table3ColumnsTest, EachCategoryHasItsColumnAndTheTotalSumsThem) {
  const std::pair<v1::ApplicantCategory, const char*> columns[] = {
      {v1::APPLICANT_CATEGORY_NATURAL_PERSON, "natural_person"},
      {v1::APPLICANT_CATEGORY_COMMERCIAL, "commercial"},
      {v1::APPLICANT_CATEGORY_RESEARCH, "research"},
      {v1::APPLICANT_CATEGORY_PUBLIC_INTEREST, "public_interest"},
      {v1::APPLICANT_CATEGORY_LEGAL_SERVICES, "legal_services"},
      {v1::APPLICANT_CATEGORY_OTHER, "other"},
  };
  Table3Aggregator a = MustCreate(2021, Layout2021());
  int n = 0;
  for (const auto& [category, column] : columns) {
    ++n;
    for (int i = 0; i < n; ++i) {  // n applications in the n-th column
      v1::Application r = Received("x", CivilDay(2021, 6, 1), category);
      Decide(&r, CivilDay(2021, 6, 10), v1::OUTCOME_GRANTED);
      a.Add(r);
    }
  }
  n = 0;
  for (const auto& [category, column] : columns) {
    ++n;
    EXPECT_EQ(At(a, "new", column), n) << column;
    EXPECT_EQ(At(a, "granted", column), n) << column;
    EXPECT_EQ(At(a, "total", column), n) << column;
  }
  EXPECT_EQ(At(a, "new", "total"), 21);
  EXPECT_EQ(At(a, "granted", "total"), 21);
  EXPECT_EQ(At(a, "total", "total"), 21);
  EXPECT_EQ(a.records_counted(), 21);
}

// One application of 2021 per case, by receipt and conclusion date.
struct YearCase {
  const char* name;
  CivilDay received;
  std::optional<CivilDay> concluded;
  // Expected in 2021: new, carried over, concluded (granted), carried forward; or outside.
  int new_, carried_over, granted, carried_forward;
};

TEST(Table3YearTest, BoundariesOfTheStatisticalYear) {
  const YearCase cases[] = {
      {"received Jan 1, open", CivilDay(2021, 1, 1), std::nullopt, 1, 0, 0, 1},
      {"received Dec 31, open", CivilDay(2021, 12, 31), std::nullopt, 1, 0, 0, 1},
      {"received Dec 31 2020, open", CivilDay(2020, 12, 31), std::nullopt, 0, 1, 0, 1},
      {"received Jan 1 2022", CivilDay(2022, 1, 1), std::nullopt, 0, 0, 0, 0},
      {"received Dec 31, concluded that day", CivilDay(2021, 12, 31), CivilDay(2021, 12, 31), 1, 0,
       1, 0},
      {"received Dec 31, concluded Jan 1", CivilDay(2021, 12, 31), CivilDay(2022, 1, 1), 1, 0, 0,
       1},
      {"received 2020, concluded Jan 1", CivilDay(2020, 12, 1), CivilDay(2021, 1, 1), 0, 1, 1, 0},
      {"received 2020, concluded Dec 31 2020", CivilDay(2020, 12, 1), CivilDay(2020, 12, 31), 0, 0,
       0, 0},
      {"received 2020, concluded Dec 31", CivilDay(2020, 12, 1), CivilDay(2021, 12, 31), 0, 1, 1,
       0},
      {"received 2019, concluded 2023", CivilDay(2019, 5, 1), CivilDay(2023, 2, 1), 0, 1, 0, 1},
      {"received Jan 1, concluded Jan 1", CivilDay(2021, 1, 1), CivilDay(2021, 1, 1), 1, 0, 1, 0},
  };
  for (const YearCase& c : cases) {
    SCOPED_TRACE(c.name);
    Table3Aggregator a = MustCreate(2021, Layout2021());
    v1::Application r = Received("2021-0007", c.received, v1::APPLICANT_CATEGORY_RESEARCH);
    if (c.concluded) Decide(&r, *c.concluded, v1::OUTCOME_GRANTED);
    a.Add(r);
    EXPECT_EQ(At(a, "new", "research"), c.new_);
    EXPECT_EQ(At(a, "carried_over", "research"), c.carried_over);
    EXPECT_EQ(At(a, "granted", "research"), c.granted);
    EXPECT_EQ(At(a, "total", "research"), c.granted);
    EXPECT_EQ(At(a, "carried_forward", "research"), c.carried_forward);
    const bool outside = c.new_ + c.carried_over == 0;
    EXPECT_EQ(a.records_outside_year(), outside ? 1 : 0);
    EXPECT_EQ(a.records_counted(), outside ? 0 : 1);
    EXPECT_EQ(a.problems().total(), 0);
  }
}

TEST(Table3YearTest, WithdrawnConcludesOnItsDate) {
  Table3Aggregator a = MustCreate(2021, Layout2021());
  v1::Application r = Received("2020-0100", CivilDay(2020, 11, 1));
  Withdraw(&r, CivilDay(2021, 2, 1));
  a.Add(r);
  EXPECT_EQ(At(a, "carried_over", "natural_person"), 1);
  EXPECT_EQ(At(a, "other_other", "natural_person"), 1);
  EXPECT_EQ(At(a, "carried_forward", "natural_person"), 0);
}

TEST(Table3SeveralDecisionsTest, PartialWinsElseTheLastDecisionCountsOnce) {
  Table3Aggregator a = MustCreate(2021, Layout2021());
  v1::Application partial_first = Received("A", CivilDay(2021, 3, 1));
  Decide(&partial_first, CivilDay(2021, 3, 5), v1::OUTCOME_PARTIAL);
  Decide(&partial_first, CivilDay(2021, 3, 9), v1::OUTCOME_REFUSED_PROCESS);
  a.Add(partial_first);
  v1::Application partial_last = Received("B", CivilDay(2021, 3, 1));
  Decide(&partial_last, CivilDay(2021, 3, 5), v1::OUTCOME_GRANTED);
  Decide(&partial_last, CivilDay(2021, 3, 9), v1::OUTCOME_PARTIAL);
  Decide(&partial_last, CivilDay(2021, 3, 12), v1::OUTCOME_OTHER);
  a.Add(partial_last);
  v1::Application last = Received("C", CivilDay(2021, 3, 1));
  Decide(&last, CivilDay(2021, 3, 5), v1::OUTCOME_GRANTED);
  Decide(&last, CivilDay(2021, 3, 9), v1::OUTCOME_REFUSED_INTERNAL);
  a.Add(last);
  EXPECT_EQ(At(a, "partial", "total"), 2);
  EXPECT_EQ(At(a, "refused_internal", "total"), 1);
  EXPECT_EQ(At(a, "granted", "total"), 0);
  EXPECT_EQ(At(a, "total", "total"), 3);
  EXPECT_EQ(At(a, "new", "total"), 3);
}

TEST(Table3SeveralDecisionsTest, TheFirstConclusionDecidesTheYear) {
  // Decided in 2021, decided again in 2022: concluded in 2021, not open at its end.
  v1::Application r = Received("D", CivilDay(2021, 12, 1));
  Decide(&r, CivilDay(2021, 12, 20), v1::OUTCOME_GRANTED);
  Decide(&r, CivilDay(2022, 1, 10), v1::OUTCOME_REFUSED_SECURITY);
  Table3Aggregator y2021 = MustCreate(2021, Layout2021());
  Table3Aggregator y2022 = MustCreate(2022, Layout2021());
  y2021.Add(r);
  y2022.Add(r);
  EXPECT_EQ(At(y2021, "refused_security", "total"), 1);
  EXPECT_EQ(At(y2021, "carried_forward", "total"), 0);
  EXPECT_EQ(y2022.records_outside_year(), 1);
}

TEST(Table3OutputTest, WritesEveryCellDerivedAndTheReportValidates) {
  Table3Aggregator a = MustCreate(2020, Layout2019());
  v1::Application open = Received("E", CivilDay(2019, 12, 30), v1::APPLICANT_CATEGORY_COMMERCIAL);
  v1::Application done = Received("F", CivilDay(2020, 2, 3), v1::APPLICANT_CATEGORY_OTHER);
  Decide(&done, CivilDay(2020, 2, 20), v1::OUTCOME_UNPAID_FEE);
  a.Add(open);
  a.Add(done);
  v1::Agency agency;
  agency.set_id("agency");
  const v1::AnnualReport report = a.ToReport(agency);
  EXPECT_EQ(report.year(), 2020);
  EXPECT_EQ(report.layout(), "2019");
  EXPECT_EQ(report.agency().id(), "agency");
  int t3 = 0;
  for (const v1::Cell& cell : report.cells()) {
    if (cell.key().rfind("t3.", 0) != 0) {
      EXPECT_FALSE(cell.has_provenance()) << cell.key();
      continue;
    }
    ++t3;
    EXPECT_EQ(cell.provenance().source(), v1::SOURCE_DERIVED) << cell.key();
    EXPECT_EQ(cell.provenance().detail(), "2 applications");
  }
  EXPECT_EQ(t3, 23 * 7);
  absl::StatusOr<v1::ValidationResult> v = report::Validate(report);
  ASSERT_TRUE(v.ok()) << v.status();
  EXPECT_EQ(v->findings_size(), 0) << v->DebugString();
  EXPECT_EQ(At(a, "carried_over", "commercial"), 1);
  EXPECT_EQ(At(a, "carried_forward", "commercial"), 1);
  EXPECT_EQ(At(a, "other_processing", "other"), 1);

  report::Figures other = report::Figures::Empty(Layout2021());
  EXPECT_EQ(a.WriteTo(&other).code(), absl::StatusCode::kInvalidArgument);
  // Every cell of table 三 and no other: table 四's first cell is not the aggregator's.
  const report::Section& section = Layout2019().sections()[*Layout2019().FindSection("t3", "")];
  ASSERT_EQ(a.derived_cells().size(), 23u * 7u);
  EXPECT_EQ(a.derived_cells().front(), section.first_cell);
  for (int cell : a.derived_cells()) EXPECT_TRUE(a.Value(cell).has_value()) << cell;
  EXPECT_FALSE(a.Value(section.first_cell - 1).has_value());
  EXPECT_FALSE(a.Value(*Layout2019().FindCell("t4.cases.direct_total")).has_value());
  EXPECT_FALSE(a.Value(-1).has_value());
}

TEST(Table3OutputTest, DeriveTable3ReportFromAStream) {
  std::string stream;
  v1::Application r = Received("G", CivilDay(2023, 4, 1));
  Decide(&r, CivilDay(2023, 4, 20), v1::OUTCOME_REFUSED_THIRD_PARTY);
  ASSERT_TRUE(messages::AppendToStream(messages::Encoding::kBinary, r, &stream).ok());
  v1::Application bad = Received("H", CivilDay(2023, 4, 1), v1::APPLICANT_CATEGORY_UNSPECIFIED);
  ASSERT_TRUE(messages::AppendToStream(messages::Encoding::kBinary, bad, &stream).ok());
  v1::Agency agency;
  agency.set_id("agency");
  PlacementProblems problems;
  absl::StatusOr<v1::AnnualReport> report =
      DeriveTable3Report(agency, 2023, "", messages::Encoding::kBinary, stream, nullptr, &problems);
  ASSERT_TRUE(report.ok()) << report.status();
  EXPECT_EQ(report->layout(), "2021");
  EXPECT_EQ(problems.count(PlacementProblem::kUnknownCategory), 1);
  bool found = false;
  for (const v1::Cell& cell : report->cells()) {
    if (cell.key() == "t3.refused_third_party.natural_person") found = cell.count() == 1;
  }
  EXPECT_TRUE(found);
  EXPECT_EQ(
      DeriveTable3Report(agency, 2023, "1999", messages::Encoding::kBinary, stream).status().code(),
      absl::StatusCode::kNotFound);
}

}  // namespace
}  // namespace gongkai::cases::testing
