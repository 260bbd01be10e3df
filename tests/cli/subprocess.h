// Running the built gongkai binary as a child process and collecting what it wrote.
#ifndef GONGKAI_TESTS_CLI_SUBPROCESS_H_
#define GONGKAI_TESTS_CLI_SUBPROCESS_H_

#include <filesystem>
#include <string>
#include <vector>

namespace gongkai::cli::testing {

// What one run of the tool produced.
struct Result {
  int exit_code = -1;  // -1 if the child did not exit normally (killed by a signal)
  std::string out;
  std::string err;
};

// Runs `program` with `args`, feeding it `input` on stdin. stdout and stderr go through files
// in `scratch`, not pipes, so a large output cannot deadlock the test. If `stdout_path` is not
// empty, stdout goes there instead and Result::out stays empty.
Result RunProgram(const std::string& program, const std::vector<std::string>& args,
                  const std::string& input, const std::filesystem::path& scratch,
                  const std::string& stdout_path = "");

}  // namespace gongkai::cli::testing

#endif  // GONGKAI_TESTS_CLI_SUBPROCESS_H_
