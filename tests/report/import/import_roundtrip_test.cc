// import ∘ export is the identity, for every table of every built-in layout, with and without
// the label columns; and the exported grids have the shapes the issue states.
#include <random>
#include <vector>

#include "absl/strings/str_split.h"
#include "gmock/gmock.h"
#include "grid_text.h"
#include "gtest/gtest.h"
#include "report/import/grid.h"

namespace gongkai::report {
namespace {

using testing::RandomTable;
using testing::RenderGrid;

struct Case {
  const char* layout;
  const char* table;
  std::vector<int> cells_per_line;  // of the numbers-only grid
};

const Case kCases[] = {
    {"2021", "t2", {3, 3, 1, 1, 1, 1}},
    {"2021", "t3", std::vector<int>(25, 7)},
    {"2021", "t4", {15}},
    {"2019", "t2", {3, 3, 3, 3, 3, 3, 2, 2}},
    {"2019", "t3", std::vector<int>(23, 7)},
    {"2019", "t4", {15}},
};

class RoundTrip : public ::testing::TestWithParam<Case> {
 protected:
  const Layout& layout() const { return **FindLayout(GetParam().layout); }
  std::string table() const { return GetParam().table; }
};

TEST_P(RoundTrip, NumbersOnlyGridsHaveTheStatutoryShape) {
  std::mt19937 rng(1);
  const std::string grid = RenderGrid(RandomTable(layout(), table(), rng), table(), false);
  std::vector<int> shape;
  for (absl::string_view line : absl::StrSplit(grid, '\n', absl::SkipEmpty())) {
    shape.push_back(
        static_cast<int>(std::vector<absl::string_view>(absl::StrSplit(line, ',')).size()));
  }
  EXPECT_EQ(shape, GetParam().cells_per_line);
}

TEST_P(RoundTrip, ImportOfExportIsTheIdentity) {
  std::mt19937 rng(20211);
  for (bool labels : {false, true}) {
    for (int i = 0; i < 50; ++i) {
      const Figures original = RandomTable(layout(), table(), rng);
      const std::string grid = RenderGrid(original, table(), labels);
      absl::StatusOr<ImportResult> imported = ImportGrid(layout(), table(), grid, "grid.csv");
      ASSERT_TRUE(imported.ok()) << imported.status() << "\n" << grid;
      EXPECT_THAT(imported->warnings, ::testing::IsEmpty()) << grid;
      const Figures& f = imported->figures;
      for (size_t c = 0; c < f.values.size(); ++c) {
        ASSERT_EQ(f.present[c], original.present[c]) << layout().cells()[c].key;
        ASSERT_EQ(f.values[c].units, original.values[c].units) << layout().cells()[c].key;
        ASSERT_EQ(f.values[c].scale, original.values[c].scale) << layout().cells()[c].key;
      }
      EXPECT_EQ(RenderGrid(f, table(), labels), grid);
    }
  }
}

TEST_P(RoundTrip, ProvenanceNamesTheSourceAndLine) {
  std::mt19937 rng(3);
  const std::string grid =
      "# exported by hand\n\n" + RenderGrid(RandomTable(layout(), table(), rng), table(), false);
  absl::StatusOr<ImportResult> imported = ImportGrid(layout(), table(), grid, "t.csv");
  ASSERT_TRUE(imported.ok()) << imported.status();
  const Section& first = *std::find_if(layout().sections().begin(), layout().sections().end(),
                                       [&](const Section& s) { return s.table->key() == table(); });
  const v1::Provenance& p = imported->figures.provenance[first.CellAt(0, 0)];
  EXPECT_EQ(p.source(), v1::SOURCE_IMPORTED);
  EXPECT_EQ(p.detail(), "t.csv line 3");  // the comment and the blank line count
}

INSTANTIATE_TEST_SUITE_P(AllTables, RoundTrip, ::testing::ValuesIn(kCases), [](const auto& info) {
  return std::string("Layout") + info.param.layout + "_" + info.param.table;
});

}  // namespace
}  // namespace gongkai::report
