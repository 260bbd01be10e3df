#include "fixture.h"

#include <stdlib.h>

#include <fstream>

namespace gongkai::cli::testing {

void CliTest::SetUp() {
  std::string pattern = (std::filesystem::temp_directory_path() / "gongkai_cli_test.XXXXXX");
  ASSERT_NE(mkdtemp(pattern.data()), nullptr);
  dir_ = pattern;
}

void CliTest::TearDown() {
  std::error_code ignored;
  if (!dir_.empty()) std::filesystem::remove_all(dir_, ignored);
}

Result CliTest::Run(const std::vector<std::string>& args, const std::string& input) {
  return RunProgram(GONGKAI_CLI_PATH, args, input, dir_);
}

Result CliTest::RunTo(const std::string& stdout_path, const std::vector<std::string>& args) {
  return RunProgram(GONGKAI_CLI_PATH, args, "", dir_, stdout_path);
}

std::string CliTest::WriteFile(const std::string& name, const std::string& contents) {
  const std::filesystem::path path = dir_ / name;
  std::ofstream(path, std::ios::binary | std::ios::trunc) << contents;
  return path.string();
}

}  // namespace gongkai::cli::testing
