#include "subprocess.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <stdexcept>

extern char** environ;

namespace gongkai::cli::testing {
namespace {

std::string Slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void Check(int error, const char* what) {
  if (error != 0) throw std::runtime_error(std::string(what) + ": " + std::strerror(error));
}

}  // namespace

Result RunProgram(const std::string& program, const std::vector<std::string>& args,
                  const std::string& input, const std::filesystem::path& scratch,
                  const std::string& stdout_path) {
  const std::filesystem::path in_path = scratch / "child.stdin";
  const std::filesystem::path out_path =
      stdout_path.empty() ? scratch / "child.stdout" : std::filesystem::path(stdout_path);
  const std::filesystem::path err_path = scratch / "child.stderr";
  std::ofstream(in_path, std::ios::binary | std::ios::trunc) << input;

  posix_spawn_file_actions_t actions;
  Check(posix_spawn_file_actions_init(&actions), "posix_spawn_file_actions_init");
  Check(posix_spawn_file_actions_addopen(&actions, 0, in_path.c_str(), O_RDONLY, 0), "stdin");
  Check(posix_spawn_file_actions_addopen(&actions, 1, out_path.c_str(),
                                         O_WRONLY | O_CREAT | O_TRUNC, 0644),
        "stdout");
  Check(posix_spawn_file_actions_addopen(&actions, 2, err_path.c_str(),
                                         O_WRONLY | O_CREAT | O_TRUNC, 0644),
        "stderr");
  std::vector<char*> argv;
  argv.push_back(const_cast<char*>(program.c_str()));
  for (const std::string& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
  argv.push_back(nullptr);

  pid_t pid;
  int spawned = posix_spawn(&pid, program.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  Check(spawned, program.c_str());
  int status = 0;
  while (waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) Check(errno, "waitpid");
  }
  Result result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  if (stdout_path.empty()) result.out = Slurp(out_path);
  result.err = Slurp(err_path);
  return result;
}

}  // namespace gongkai::cli::testing
