// Every renderer on the sample report of both layouts, compared with the files in golden/.
// GONGKAI_UPDATE_GOLDEN=1 rewrites the files instead (review the diff before committing).
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "report/render/render.h"
#include "sample_report.h"

namespace gongkai::report {
namespace {

struct Case {
  const char* layout;
  RenderFormat format;
  const char* extension;
};

std::string GoldenPath(const Case& c) {
  return absl::StrCat(GONGKAI_RENDER_GOLDEN_DIR, "/", c.layout, "_", RenderFormatName(c.format),
                      ".", c.extension);
}

class Golden : public ::testing::TestWithParam<Case> {};

TEST_P(Golden, MatchesTheFile) {
  absl::StatusOr<std::string> out =
      Render(testing::SampleReport(GetParam().layout), GetParam().format);
  ASSERT_TRUE(out.ok()) << out.status();
  const std::string path = GoldenPath(GetParam());
  const char* update = std::getenv("GONGKAI_UPDATE_GOLDEN");
  if (update != nullptr && std::string(update) == "1") {
    std::ofstream(path, std::ios::binary) << *out;
    GTEST_SKIP() << "rewrote " << path;
  }
  std::ifstream in(path, std::ios::binary);
  ASSERT_TRUE(in) << path << " is missing; run with GONGKAI_UPDATE_GOLDEN=1 to write it";
  std::stringstream golden;
  golden << in.rdbuf();
  EXPECT_EQ(*out, golden.str()) << "differs from " << path
                                << " (GONGKAI_UPDATE_GOLDEN=1 rewrites it)";
}

std::vector<Case> AllCases() {
  std::vector<Case> cases;
  for (const char* layout : {"2019", "2021"}) {
    cases.push_back({layout, RenderFormat::kText, "txt"});
    cases.push_back({layout, RenderFormat::kMarkdown, "md"});
    cases.push_back({layout, RenderFormat::kCsv, "csv"});
    cases.push_back({layout, RenderFormat::kCsvWithLabels, "csv"});
    cases.push_back({layout, RenderFormat::kJson, "json"});
    cases.push_back({layout, RenderFormat::kHtml, "html"});
    cases.push_back({layout, RenderFormat::kHtmlDocument, "html"});
  }
  return cases;
}

INSTANTIATE_TEST_SUITE_P(AllFormats, Golden, ::testing::ValuesIn(AllCases()), [](const auto& info) {
  std::string name =
      absl::StrCat("Layout", info.param.layout, "_", RenderFormatName(info.param.format));
  for (char& ch : name) {
    if (ch == '-') ch = '_';
  }
  return name;
});

}  // namespace
}  // namespace gongkai::report
