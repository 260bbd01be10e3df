// Two processes filing, reviewing and reading one store at once: every call succeeds or says
// the store is busy, nothing else; afterwards every version reported as stored is there and the
// store verifies.
#include <sys/wait.h>
#include <unistd.h>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "registry/fixture.h"

namespace gongkai::registry::testing {
namespace {

constexpr int kRounds = 15;

// The child's work: file a version (a correction after the first), accept it, read the status.
// Exit code: the versions stored, or 100 + n after an error other than busy.
[[noreturn]] void Work(const std::string& path, const std::string& agency, int seed) {
  OpenOptions options;
  options.busy_timeout = absl::Seconds(10);
  auto opened = Registry::Open(path, options);
  if (!opened.ok()) _exit(200);
  std::mt19937 rng(seed);
  int stored = 0;
  for (int i = 0; i < kRounds; ++i) {
    auto filed =
        (*opened)->File(ValidReport(agency, 2025, rng), Actor{"clerk"}, stored ? "更正" : "");
    if (!filed.ok()) {
      if (absl::IsUnavailable(filed.status())) continue;
      _exit(100 + i);
    }
    ++stored;
    absl::Status accepted = (*opened)->Accept(agency, 2025, 0, Actor{"reviewer"}).status();
    if (!accepted.ok() && !absl::IsUnavailable(accepted)) _exit(150 + i);
    if (!(*opened)->Status(2025).ok()) _exit(190);
  }
  opened->reset();
  _exit(stored);
}

TEST_F(RegistryTest, TwoProcessesFileAndReviewAtOnce) {
  registry_.reset();  // no connection crosses fork
  const char* agencies[] = {"county-a", "county-b"};
  pid_t children[2];
  for (int c = 0; c < 2; ++c) {
    children[c] = fork();
    ASSERT_GE(children[c], 0);
    if (children[c] == 0) Work(path(), agencies[c], 100 + c);
  }
  int stored[2];
  for (int c = 0; c < 2; ++c) {
    int status = 0;
    ASSERT_EQ(waitpid(children[c], &status, 0), children[c]);
    ASSERT_TRUE(WIFEXITED(status));
    stored[c] = WEXITSTATUS(status);
    ASSERT_LE(stored[c], kRounds) << "child " << c << " failed with code " << stored[c];
  }
  auto opened = Registry::Open(path());
  ASSERT_TRUE(opened.ok()) << opened.status();
  for (int c = 0; c < 2; ++c) {
    auto versions = (*opened)->ListVersions(agencies[c], 2025);
    ASSERT_TRUE(versions.ok());
    EXPECT_EQ(static_cast<int>(versions->size()), stored[c]);
  }
  auto verification = (*opened)->Verify();
  ASSERT_TRUE(verification.ok()) << verification.status();
  EXPECT_THAT(verification->problems(), ::testing::IsEmpty());
}

}  // namespace
}  // namespace gongkai::registry::testing
