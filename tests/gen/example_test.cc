// examples/district: the committed files are what `gongkai-gen --profile example` writes, and
// the example profile covers every table row and procedure that matters, whatever the seed.
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>

#include "calendar/calendar.h"
#include "cases/aggregate/aggregate.h"
#include "cases/history.h"
#include "gen_testing.h"
#include "gtest/gtest.h"
#include "report/layout.h"

namespace gongkai::gen {
namespace {

using testing::AddWorkingDays;
using testing::Day;

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(GenExample, CommittedFilesAreWhatTheGeneratorWrites) {
  const std::filesystem::path dir = GONGKAI_EXAMPLE_DIR;
  const std::map<std::string, std::string> expected = testing::Folder(ExampleOptions());
  std::set<std::string> present;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    // Written by hand, for gongkai notice: not records, so not the generator's.
    if (name == "README.md" || name.starts_with("notice_")) continue;
    present.insert(name);
    ASSERT_TRUE(expected.contains(name)) << "examples/district/" << name << " is not generated";
  }
  for (const auto& [name, content] : expected) {
    ASSERT_TRUE(present.contains(name)) << "examples/district/" << name << " is missing";
    EXPECT_TRUE(ReadFile(dir / name) == content)
        << "examples/district/" << name
        << " differs from the generator; regenerate it (examples/district/README.md)";
  }
}

// What the example must exercise (examples/district/README.md), for the options given.
void CheckCoverage(const GenOptions& o) {
  const testing::Records r = testing::Collect(o);
  const int y = o.year;
  const absl::CivilDay first(y, 1, 1), last(y, 12, 31);
  const auto cal = calendar::Calendar::National();

  // Table 三: every leaf row nonzero, several applicant columns.
  const report::Layout& layout = **report::LayoutFor("", y);
  absl::StatusOr<cases::Table3Aggregator> t3 = cases::Table3Aggregator::Create(y, layout);
  ASSERT_TRUE(t3.ok());
  t3->AddAll(r.applications);
  EXPECT_EQ(t3->problems().total(), 0);
  const report::Section& section = layout.sections()[*layout.FindSection("t3", "")];
  for (int row = 0; row < section.rows(); ++row) {
    EXPECT_GT(*t3->Value(section.CellAt(row, section.ColumnIndex("total"))), 0)
        << section.row(row).key();
  }
  int columns = 0;
  for (const char* column :
       {"natural_person", "commercial", "research", "public_interest", "legal_services", "other"}) {
    columns += *t3->Value(section.CellAt(section.RowIndex("new"), section.ColumnIndex(column))) > 0;
  }
  EXPECT_EQ(columns, 6);

  // The procedures, each at least once.
  int restarted = 0, objected = 0, extended = 0, fee_paid = 0, fee_unpaid = 0, withdrawn = 0;
  for (const v1::Application& a : r.applications) {
    const cases::Replay f = *cases::ReplayHistory(a, *cal);
    if (f.correction_received && f.decided && *f.decided > AddWorkingDays(f.received, 20) &&
        *f.decided <= AddWorkingDays(*f.correction_received, 20)) {
      ++restarted;
    }
    for (const cases::Consultation& c : f.consultations) {
      objected += c.objected && f.outcome == v1::OUTCOME_REFUSED_THIRD_PARTY;
    }
    extended += f.extension_approved.has_value();
    fee_paid += f.fee_paid.has_value();
    fee_unpaid += f.outcome == v1::OUTCOME_UNPAID_FEE;
    withdrawn += f.withdrawn.has_value();
  }
  EXPECT_GT(restarted, 0);
  EXPECT_GT(objected, 0);
  EXPECT_GT(extended, 0);
  EXPECT_GT(fee_paid, 0);
  EXPECT_GT(fee_unpaid, 0);
  EXPECT_GT(withdrawn, 0);

  // Table 四: every kind with every result, pending included.
  std::set<std::pair<int, int>> t4;
  for (const v1::Remedy& x : r.remedies) {
    const bool concluded_in_year =
        x.has_concluded() && Day(x.concluded()) >= first && Day(x.concluded()) <= last;
    if (concluded_in_year) t4.insert({x.kind(), x.result()});
    if (!x.has_concluded() && Day(x.filed()) <= last) t4.insert({x.kind(), 0});
  }
  for (int kind = 1; kind <= 3; ++kind) {
    for (int result = 0; result <= 3; ++result) {
      EXPECT_TRUE(t4.contains({kind, result})) << "kind " << kind << " result " << result;
    }
  }
  EXPECT_TRUE(std::any_of(r.remedies.begin(), r.remedies.end(),
                          [&](const v1::Remedy& x) { return Day(x.filed()).year() == y - 1; }));

  // Table 二 item （一）: rules and normative documents issued, repealed and in force.
  for (v1::DocumentKind kind : {v1::DOCUMENT_KIND_RULE, v1::DOCUMENT_KIND_NORMATIVE_DOCUMENT}) {
    int issued = 0, repealed = 0, in_force = 0, earlier_in_force = 0;
    for (const v1::Disclosure& d : r.disclosures) {
      if (d.kind() != kind) continue;
      const absl::CivilDay written = Day(d.written());
      issued += written.year() == y;
      repealed += d.has_repealed() && Day(d.repealed()).year() == y;
      const bool in_force_now = written <= last && (!d.has_repealed() || Day(d.repealed()) > last);
      in_force += in_force_now;
      earlier_in_force += in_force_now && written.year() < y;
    }
    EXPECT_GT(issued, 0) << kind;
    EXPECT_GT(repealed, 0) << kind;
    EXPECT_GT(in_force, 0) << kind;
    EXPECT_GT(earlier_in_force, 0) << kind;
  }

  // Publication: late, overdue, companions of every kind, several channels.
  int late = 0, overdue = 0, three_channels = 0;
  std::set<int> companion_kinds, channels;
  for (const v1::Disclosure& d : r.disclosures) {
    absl::CivilDay formed = Day(d.generated());
    if (d.has_changed()) formed = std::max(formed, Day(d.changed()));
    const absl::CivilDay due =
        AddWorkingDays(formed, d.publication_limit_days() > 0 ? d.publication_limit_days() : 20);
    std::optional<absl::CivilDay> published;
    for (const v1::Publication& p : d.publications()) {
      channels.insert(p.channel());
      if (!published || Day(p.date()) < *published) published = Day(p.date());
    }
    late += published && *published > due && published->year() == y;
    overdue += !published && d.attribute() == v1::PUBLIC_ATTRIBUTE_PROACTIVE && due < last;
    three_channels += d.publications_size() == 3;
    for (const v1::Companion& c : d.companions()) companion_kinds.insert(c.kind());
  }
  EXPECT_GT(late, 0);
  EXPECT_GT(overdue, 0);
  EXPECT_GT(three_channels, 0);
  EXPECT_EQ(companion_kinds.size(), 3u);
  EXPECT_GE(channels.size(), 6u);

  // Slips: a return, a withholding with its ground, a 依申请公开, a 第十八条 change.
  int returns = 0, withheld = 0, on_request = 0, changes = 0;
  for (const v1::IssuanceSlip& s : r.slips) {
    for (const v1::SlipEvent& e : s.events()) {
      returns += e.action() == v1::SLIP_ACTION_RETURN;
      withheld +=
          e.action() == v1::SLIP_ACTION_SIGN && e.attribute() == v1::PUBLIC_ATTRIBUTE_WITHHELD;
      on_request +=
          e.action() == v1::SLIP_ACTION_SIGN && e.attribute() == v1::PUBLIC_ATTRIBUTE_ON_REQUEST;
      changes += e.action() == v1::SLIP_ACTION_PROPOSE_CHANGE;
      if (e.attribute() == v1::PUBLIC_ATTRIBUTE_WITHHELD &&
          e.role() == v1::SLIP_ROLE_DRAFTING_UNIT) {
        EXPECT_NE(e.ground(), v1::WITHHOLD_GROUND_UNSPECIFIED) << s.id();
      }
    }
  }
  EXPECT_GT(returns, 0);
  EXPECT_GT(withheld, 0);
  EXPECT_GT(on_request, 0);
  EXPECT_GT(changes, 0);
}

TEST(GenExample, TheExampleCoversEveryRowAndProcedure) { CheckCoverage(ExampleOptions()); }

TEST(GenExample, TheScenariosCoverWhateverTheSeedAndYear) {
  for (uint64_t seed : {1u, 99u, 123456789u}) {
    for (int year : {2021, 2023, 2026}) {
      GenOptions o = ExampleOptions();
      o.seed = seed;
      o.year = year;
      SCOPED_TRACE(::testing::Message() << "seed " << seed << " year " << year);
      CheckCoverage(o);
    }
  }
}

}  // namespace
}  // namespace gongkai::gen
