// A writer killed (SIGKILL) at random moments, a few hundred times: after each kill the store
// opens, holds every version the writer said was stored (it reports a version only after File
// returned), each with the figures it was filed with, version numbers without gaps, and Verify
// finds no problem. GONGKAI_SOAK_ROUNDS sets the number of kills (default 200); the store is
// started afresh every kRoundsPerStore kills so Verify's cost stays bounded.
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <thread>
#include <utility>

#include "absl/strings/numbers.h"
#include "robustness.h"

namespace gongkai::registry::testing {
namespace {

constexpr int kAgencies = 6;
constexpr int kRoundsPerStore = 25;
// What the writer sends once the store is open.
constexpr char kReady[] = "R\n";

int Rounds() {
  int rounds = 200;
  const char* env = std::getenv("GONGKAI_SOAK_ROUNDS");
  if (env != nullptr && (!absl::SimpleAtoi(env, &rounds) || rounds < 1)) rounds = 200;
  return rounds;
}

// The child: opens the store, writes kReady to `fd`, then until killed files versions (a third
// with error findings) and follows each with another change: a clean version is locked or
// accepted, a broken one gets a disposition of one of its findings. It writes
// "AGENCY NUMBER COUNT\n" after each File returns; a line is shorter than PIPE_BUF, so it
// arrives whole or not at all. Never returns; its exit code says what failed.
[[noreturn]] void Writer(const std::string& path, int fd, uint64_t seed) {
  auto store = Registry::Open(path);
  if (!store.ok()) _exit(3);
  if (write(fd, kReady, 2) != 2) _exit(6);
  std::mt19937_64 rng(seed);
  const Actor actor{"writer"};
  for (;;) {
    const std::string agency = absl::StrCat("A", rng() % kAgencies);
    auto versions = (*store)->ListVersions(agency, kYear);
    if (!versions.ok() && versions.status().code() != absl::StatusCode::kNotFound) _exit(4);
    const int64_t count = static_cast<int64_t>(rng() % 1000);
    const bool broken = rng() % 3 == 0;
    auto filed = (*store)->File(Report(agency, count, broken), actor,
                                !versions.ok() || versions->empty() ? "" : "更正");
    if (!filed.ok()) _exit(5);
    const std::string line = absl::StrCat(agency, " ", filed->number(), " ", count, "\n");
    if (write(fd, line.data(), line.size()) != static_cast<ssize_t>(line.size())) _exit(6);
    const int number = filed->number();
    const uint64_t next = rng() % 3;
    if (broken) {
      auto findings = (*store)->Findings(agency, kYear, number);
      if (!findings.ok() || findings->findings().empty()) _exit(7);
      const v1::Disposition d =
          next == 0 ? v1::DISPOSITION_MUST_CORRECT : v1::DISPOSITION_EXPLAINED;
      if (!(*store)
               ->Dispose(agency, kYear, findings->findings(0).fingerprint(), d, "说明", actor)
               .ok()) {
        _exit(8);
      }
    } else if (next == 0 && !(*store)->Lock(agency, kYear, number, actor).ok()) {
      _exit(9);
    } else if (next == 1 && !(*store)->Accept(agency, kYear, number, actor).ok()) {
      _exit(10);
    }
  }
}

// Everything `fd` holds until end of file.
std::string Drain(int fd) {
  std::string all;
  char buffer[4096];
  for (ssize_t n; (n = read(fd, buffer, sizeof buffer)) > 0;) all.append(buffer, n);
  return all;
}

// Reads from `fd` into *text until it holds `lines` lines; false at end of file.
bool ReadLines(int fd, int lines, std::string* text) {
  char c;
  while (lines > 0 && read(fd, &c, 1) == 1) {
    *text += c;
    if (c == '\n') --lines;
  }
  return lines == 0;
}

// Checks the store at `path` against the versions reported so far, (agency, number) -> count.
void CheckStore(const std::string& path,
                const std::map<std::pair<std::string, int>, int64_t>& stored, int round) {
  auto store = Registry::Open(path);
  ASSERT_TRUE(store.ok()) << "round " << round << ": " << store.status();
  for (const auto& [key, count] : stored) {
    auto report = (*store)->GetReport(key.first, kYear, key.second);
    ASSERT_TRUE(report.ok()) << "round " << round << ": " << key.first << " version " << key.second
                             << " reported as stored: " << report.status();
    EXPECT_EQ(CountOf(*report, "t3.new.total"), count)
        << "round " << round << ": " << key.first << " version " << key.second;
  }
  for (int a = 0; a < kAgencies; ++a) {
    auto versions = (*store)->ListVersions(absl::StrCat("A", a), kYear);
    ASSERT_TRUE(versions.ok()) << versions.status();
    for (size_t i = 0; i < versions->size(); ++i) {
      EXPECT_EQ((*versions)[i].number(), static_cast<int>(i + 1)) << "round " << round;
    }
  }
  auto verification = (*store)->Verify();
  ASSERT_TRUE(verification.ok()) << "round " << round << ": " << verification.status();
  EXPECT_TRUE(verification->problems().empty())
      << "round " << round << ": " << verification->problems(0);
}

TEST(Crash, KilledWriterLosesNothingReported) {
  ScratchDir dir;
  ASSERT_FALSE(dir.path().empty());
  const int rounds = Rounds();
  std::mt19937_64 rng(20260206);
  std::map<std::pair<std::string, int>, int64_t> stored;
  std::string path;
  int reported = 0;
  int64_t filing_us = 2000;  // a filing's length, as last seen
  for (int round = 0; round < rounds; ++round) {
    if (round % kRoundsPerStore == 0) {
      path = (dir.path() / absl::StrCat("store", round / kRoundsPerStore, ".db")).string();
      stored.clear();
      ASSERT_NO_FATAL_FAILURE(CreateStore(path, kAgencies));
    }
    int fds[2];
    ASSERT_EQ(pipe(fds), 0);
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
      close(fds[0]);
      Writer(path, fds[1], rng());
    }
    close(fds[1]);
    // One kill in ten falls in the first 5 ms (opening the store included). The others wait
    // for the store to be open and 0..2 filings to be reported, then fall at a random point of
    // the next filing, whose length is estimated from the filings seen so far: however slow a
    // loaded disk makes each commit, the kills land inside filings.
    std::string seen;
    if (rng() % 10 == 0) {
      std::this_thread::sleep_for(std::chrono::microseconds(rng() % 5000));
    } else {
      const int wait_for = static_cast<int>(rng() % 3);
      const auto start = std::chrono::steady_clock::now();
      ASSERT_TRUE(ReadLines(fds[0], 1 + wait_for, &seen)) << "round " << round;
      if (wait_for > 0) {
        const auto took = std::chrono::duration_cast<std::chrono::microseconds>(
            std::chrono::steady_clock::now() - start);
        filing_us = (3 * filing_us + took.count() / wait_for) / 4;
      }
      std::this_thread::sleep_for(std::chrono::microseconds(rng() % (filing_us + 1)));
    }
    kill(child, SIGKILL);
    int status = 0;
    ASSERT_EQ(waitpid(child, &status, 0), child);
    // A child that stopped by itself found an error: its exit code says where.
    ASSERT_TRUE(WIFSIGNALED(status))
        << "round " << round << ": the writer exited with " << WEXITSTATUS(status);
    std::string rest = seen + Drain(fds[0]);
    close(fds[0]);
    if (rest.starts_with(kReady)) rest.erase(0, 2);
    std::istringstream lines(rest);
    std::string agency;
    int number = 0;
    int64_t count = 0;
    while (lines >> agency >> number >> count) {
      stored[{agency, number}] = count;
      ++reported;
    }
    ASSERT_NO_FATAL_FAILURE(CheckStore(path, stored, round));
  }
  // The kills fell while versions were being filed, not only before the first.
  EXPECT_GT(reported, rounds / 4);
  std::printf("%d kills, %d versions reported stored, all found intact\n", rounds, reported);
}

}  // namespace
}  // namespace gongkai::registry::testing
