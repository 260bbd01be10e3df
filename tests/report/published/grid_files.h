// Reading the hand-transcribed grids of tests/data/published, shared by its tests.
#ifndef GONGKAI_TESTS_REPORT_PUBLISHED_GRID_FILES_H_
#define GONGKAI_TESTS_REPORT_PUBLISHED_GRID_FILES_H_

#include <fstream>
#include <sstream>
#include <string>

#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "absl/strings/strip.h"

namespace gongkai::report::testing {

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// The value of a "# name: value" comment line of a grid file.
inline std::string Comment(const std::string& text, absl::string_view name) {
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    absl::string_view rest = line;
    if (absl::ConsumePrefix(&rest, absl::StrCat("# ", name, ": "))) return std::string(rest);
  }
  return "";
}

}  // namespace gongkai::report::testing

#endif  // GONGKAI_TESTS_REPORT_PUBLISHED_GRID_FILES_H_
