// The base of the CLI tests: a scratch directory and a way to run the built tool in it.
#ifndef GONGKAI_TESTS_CLI_FIXTURE_H_
#define GONGKAI_TESTS_CLI_FIXTURE_H_

#include <filesystem>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "subprocess.h"

namespace gongkai::cli::testing {

// The exit codes the tool promises (tools/cli/exit_codes.h), restated: the tests check the
// contract as a script sees it, not the header's current values.
inline constexpr int kOk = 0;
inline constexpr int kUnusable = 2;

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override;
  void TearDown() override;

  // Runs build/bin/gongkai with `args` and `input` on stdin.
  Result Run(const std::vector<std::string>& args, const std::string& input = "");
  // Same, with stdout going to `stdout_path` (e.g. /dev/full).
  Result RunTo(const std::string& stdout_path, const std::vector<std::string>& args);

  // Writes `contents` to a file in the scratch directory; returns its path.
  std::string WriteFile(const std::string& name, const std::string& contents);

  std::filesystem::path dir_;
};

}  // namespace gongkai::cli::testing

#endif  // GONGKAI_TESTS_CLI_FIXTURE_H_
