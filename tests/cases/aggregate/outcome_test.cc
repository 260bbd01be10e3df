// The outcome → row mapping: the built-in one per layout (transcribed here independently from
// shared/spec/tables.md), overrides, and the overrides refused.
#include "cases/aggregate/outcome.h"

#include <map>
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "records.h"

namespace gongkai::cases::testing {
namespace {

using ::testing::AllOf;
using ::testing::HasSubstr;

// tables.md, "Where each concluded application lands"; the four （六） rows differ by layout.
std::map<v1::Outcome, std::string> ExpectedRows(const std::string& layout) {
  const bool y2021 = layout == "2021";
  return {
      {v1::OUTCOME_GRANTED, "granted"},
      {v1::OUTCOME_ALREADY_PUBLIC, "granted"},
      {v1::OUTCOME_PARTIAL, "partial"},
      {v1::OUTCOME_REFUSED_STATE_SECRET, "refused_state_secret"},
      {v1::OUTCOME_REFUSED_PROHIBITED, "refused_prohibited"},
      {v1::OUTCOME_REFUSED_SECURITY, "refused_security"},
      {v1::OUTCOME_REFUSED_THIRD_PARTY, "refused_third_party"},
      {v1::OUTCOME_REFUSED_INTERNAL, "refused_internal"},
      {v1::OUTCOME_REFUSED_PROCESS, "refused_process"},
      {v1::OUTCOME_REFUSED_ENFORCEMENT, "refused_enforcement"},
      {v1::OUTCOME_REFUSED_INQUIRY, "refused_inquiry"},
      {v1::OUTCOME_UNABLE_NOT_EXIST, "unable_not_held"},
      {v1::OUTCOME_UNABLE_NOT_THIS_AGENCY, "unable_not_held"},
      {v1::OUTCOME_UNABLE_NEEDS_CREATION, "unable_needs_creation"},
      {v1::OUTCOME_UNABLE_UNCLEAR, "unable_unclear"},
      {v1::OUTCOME_NOT_PROCESSED_PETITION, "not_processed_petition"},
      {v1::OUTCOME_NOT_PROCESSED_REPEAT, "not_processed_repeat"},
      {v1::OUTCOME_NOT_PROCESSED_PUBLICATION, "not_processed_publication"},
      {v1::OUTCOME_NOT_PROCESSED_EXCESSIVE, "not_processed_excessive"},
      {v1::OUTCOME_NOT_PROCESSED_CONFIRMATION, "not_processed_confirmation"},
      {v1::OUTCOME_NO_CORRECTION, y2021 ? "other_no_correction" : "other_processing"},
      {v1::OUTCOME_UNPAID_FEE, y2021 ? "other_unpaid_fee" : "other_processing"},
      {v1::OUTCOME_WITHDRAWN, y2021 ? "other_other" : "other_processing"},
      {v1::OUTCOME_OTHER, y2021 ? "other_other" : "other_processing"},
  };
}

class OutcomeRowsTest : public ::testing::TestWithParam<const char*> {};

TEST_P(OutcomeRowsTest, EveryOutcomeLandsInItsRow) {
  const report::Layout& layout = *report::FindLayout(GetParam()).value();
  const auto expected = ExpectedRows(layout.id());
  ASSERT_EQ(expected.size(), static_cast<size_t>(v1::Outcome_ARRAYSIZE - 1));
  for (const auto& [outcome, row] : expected) {
    Table3Aggregator a = MustCreate(2021, layout);
    v1::Application r = Received("2021-0001", absl::CivilDay(2021, 3, 1));
    if (outcome == v1::OUTCOME_WITHDRAWN) {
      Withdraw(&r, absl::CivilDay(2021, 3, 2));
    } else {
      Decide(&r, absl::CivilDay(2021, 3, 2), outcome);
    }
    a.Add(r);
    SCOPED_TRACE(v1::Outcome_Name(outcome));
    EXPECT_EQ(At(a, row, "natural_person"), 1);
    EXPECT_EQ(At(a, "total", "natural_person"), 1);
    EXPECT_EQ(At(a, "new", "natural_person"), 1);
    EXPECT_EQ(At(a, "carried_forward", "natural_person"), 0);
    // Nowhere else in 三.
    const report::Section& t3 = layout.sections()[*layout.FindSection("t3", "")];
    int64_t sum = 0;
    for (int i = 0; i < t3.rows(); ++i) {
      const std::string& key = t3.row(i).key();
      if (key != "new" && key != "carried_over" && key != "total" && key != "carried_forward") {
        sum += At(a, key, "total");
      }
    }
    EXPECT_EQ(sum, 1);
  }
}

TEST_P(OutcomeRowsTest, BuiltInMappingIsTheDocumentedOne) {
  absl::StatusOr<v1::OutcomeMapping> m = DefaultOutcomeMapping(GetParam());
  ASSERT_TRUE(m.ok()) << m.status();
  std::map<v1::Outcome, std::string> rows;
  for (const v1::OutcomeRow& r : m->rows()) rows[r.outcome()] = r.row();
  EXPECT_EQ(rows, ExpectedRows(GetParam()));
}

INSTANTIATE_TEST_SUITE_P(Layouts, OutcomeRowsTest, ::testing::Values("2019", "2021"));

TEST(OutcomeMappingTest, UnknownLayoutHasNoBuiltInMapping) {
  absl::StatusOr<v1::OutcomeMapping> m = DefaultOutcomeMapping("1999");
  ASSERT_EQ(m.status().code(), absl::StatusCode::kNotFound);
  EXPECT_THAT(std::string(m.status().message()), AllOf(HasSubstr("1999"), HasSubstr("2019, 2021")));
}

TEST(OutcomeMappingTest, OverrideReplacesTheBuiltInMapping) {
  // An agency that counts 第三十六条（五） under （六） instead of （四）1.
  v1::OutcomeMapping m = DefaultOutcomeMapping("2021").value();
  for (v1::OutcomeRow& r : *m.mutable_rows()) {
    if (r.outcome() == v1::OUTCOME_UNABLE_NOT_THIS_AGENCY) r.set_row("other_other");
  }
  absl::StatusOr<Table3Aggregator> a = Table3Aggregator::Create(2022, Layout2021(), &m);
  ASSERT_TRUE(a.ok()) << a.status();
  v1::Application r = Received("2022-0001", absl::CivilDay(2022, 5, 1));
  Decide(&r, absl::CivilDay(2022, 5, 9), v1::OUTCOME_UNABLE_NOT_THIS_AGENCY);
  a->Add(r);
  EXPECT_EQ(At(*a, "other_other", "total"), 1);
  EXPECT_EQ(At(*a, "unable_not_held", "total"), 0);
}

TEST(OutcomeMappingTest, OverrideMayLeaveOutcomesOutAndThoseAreReported) {
  v1::OutcomeMapping m;
  v1::OutcomeRow* row = m.add_rows();
  row->set_outcome(v1::OUTCOME_GRANTED);
  row->set_row("granted");
  absl::StatusOr<Table3Aggregator> a = Table3Aggregator::Create(2022, Layout2021(), &m);
  ASSERT_TRUE(a.ok()) << a.status();
  v1::Application r = Received("2022-0002", absl::CivilDay(2022, 5, 1));
  Decide(&r, absl::CivilDay(2022, 5, 9), v1::OUTCOME_OTHER);
  a->Add(r);
  EXPECT_EQ(a->records_counted(), 0);
  EXPECT_EQ(a->problems().count(PlacementProblem::kUnmappedOutcome), 1);
  ASSERT_EQ(a->problems().samples().size(), 1u);
  EXPECT_THAT(a->problems().samples()[0].message,
              AllOf(HasSubstr("2022-0002"), HasSubstr("OUTCOME_OTHER"), HasSubstr("2021")));
}

TEST(OutcomeMappingTest, BadOverridesAreRefusedNamingOutcomeAndRow) {
  struct Case {
    int outcome;
    std::string row;
    std::string layout;
    std::string says;
  };
  const Case cases[] = {
      {v1::OUTCOME_GRANTED, "granted_typo", "", "OUTCOME_GRANTED, row \"granted_typo\""},
      {v1::OUTCOME_GRANTED, "refused", "", "row \"refused\""},  // a group row
      {v1::OUTCOME_GRANTED, "total", "", "row \"total\""},
      {v1::OUTCOME_GRANTED, "new", "", "row \"new\""},
      {v1::OUTCOME_GRANTED, "carried_over", "", "row \"carried_over\""},
      {v1::OUTCOME_GRANTED, "carried_forward", "", "row \"carried_forward\""},
      {v1::OUTCOME_NO_CORRECTION, "other_no_correction", "2019", "OUTCOME_NO_CORRECTION"},
      {v1::OUTCOME_UNSPECIFIED, "granted", "", "OUTCOME_UNSPECIFIED"},
      {99, "granted", "", "outcome 99"},
  };
  for (const Case& c : cases) {
    v1::OutcomeMapping m;
    v1::OutcomeRow* row = m.add_rows();
    row->set_outcome(static_cast<v1::Outcome>(c.outcome));
    row->set_row(c.row);
    const report::Layout& layout = c.layout == "2019" ? Layout2019() : Layout2021();
    absl::StatusOr<Table3Aggregator> a = Table3Aggregator::Create(2021, layout, &m);
    ASSERT_FALSE(a.ok()) << c.row;
    EXPECT_EQ(a.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_THAT(std::string(a.status().message()),
                AllOf(HasSubstr("mapping.rows[0]"), HasSubstr(c.says)));
  }
}

TEST(OutcomeMappingTest, DuplicateOutcomeAndWrongLayoutAreRefused) {
  v1::OutcomeMapping m = DefaultOutcomeMapping("2021").value();
  *m.add_rows() = m.rows(0);
  absl::StatusOr<Table3Aggregator> a = Table3Aggregator::Create(2021, Layout2021(), &m);
  ASSERT_EQ(a.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(a.status().message()),
              AllOf(HasSubstr("mapping.rows[24]"), HasSubstr("OUTCOME_GRANTED"), HasSubstr("twice"),
                    HasSubstr("rows[0]")));

  v1::OutcomeMapping other = DefaultOutcomeMapping("2019").value();
  a = Table3Aggregator::Create(2021, Layout2021(), &other);
  ASSERT_EQ(a.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(a.status().message()), HasSubstr("mapping.layout: \"2019\""));
}

TEST(OutcomeMappingTest, YearOutsideTheReportYearsIsRefused) {
  EXPECT_EQ(Table3Aggregator::Create(2018, Layout2019()).status().code(),
            absl::StatusCode::kOutOfRange);
  EXPECT_EQ(Table3Aggregator::Create(2101, Layout2021()).status().code(),
            absl::StatusCode::kOutOfRange);
}

}  // namespace
}  // namespace gongkai::cases::testing
