// Two processes on one store at once, as a filing agency and its reviewer would be: one files
// versions (some with findings), the other reads their findings, explains them, accepts versions
// and asks for the status and the roll-up. Every call either succeeds or fails with Unavailable
// ("busy"), never anything else; afterwards every version filed is there and Verify finds no
// problem.
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <random>
#include <set>
#include <string>

#include "absl/strings/match.h"
#include "robustness.h"

namespace gongkai::registry::testing {
namespace {

constexpr int kAgencies = 4;
constexpr int kFilings = 400;
constexpr int kReviews = 800;

// Calls that got "busy" in this process: printed by each child, to show that the two did meet.
int busy = 0;

// Exit codes of the children: 0 all calls ok or busy; 1 another error (printed on stderr).
bool Acceptable(const absl::Status& s, const char* what) {
  if (s.ok()) return true;
  if (s.code() == absl::StatusCode::kUnavailable && absl::StrContains(s.message(), "busy")) {
    ++busy;
    return true;
  }
  std::fprintf(stderr, "%s: %s\n", what, s.ToString().c_str());
  return false;
}

// A short wait for the other writer, so that "busy" does happen.
OpenOptions Options() {
  OpenOptions options;
  options.busy_timeout = absl::Milliseconds(20);
  return options;
}

[[noreturn]] void Filer(const std::string& path) {
  auto store = Registry::Open(path, Options());
  if (!Acceptable(store.status(), "open")) _exit(1);
  std::mt19937_64 rng(7);
  int filed = 0;
  for (int i = 0; i < kFilings; ++i) {
    const std::string agency = absl::StrCat("A", i % kAgencies);
    // A version after the first is a correction and needs a reason.
    auto versions = (*store)->ListVersions(agency, kYear);
    if (!Acceptable(versions.status(), "ListVersions")) _exit(1);
    if (!versions.ok()) continue;
    auto version = (*store)->File(Report(agency, i, rng() % 3 == 0), Actor{"filer"},
                                  versions->empty() ? "" : "更正");
    if (!Acceptable(version.status(), "File")) _exit(1);
    if (version.ok()) ++filed;
  }
  std::printf("filer: %d of %d filings stored, %d calls busy\n", filed, kFilings, busy);
  std::fflush(stdout);
  _exit(filed > 0 ? 0 : 2);
}

absl::Status Review(Registry& store, const std::string& agency, std::set<std::string>* accepted) {
  auto versions = store.ListVersions(agency, kYear);
  if (!versions.ok()) return versions.status();
  if (versions->empty()) return absl::OkStatus();
  const int number = versions->back().number();
  auto findings = store.Findings(agency, kYear, number);
  if (!findings.ok()) return findings.status();
  for (const v1::RegistryFinding& f : findings->findings()) {
    if (f.disposition() != v1::DISPOSITION_UNSPECIFIED) continue;
    absl::Status s = store.Dispose(agency, kYear, f.fingerprint(), v1::DISPOSITION_EXPLAINED,
                                   "口径说明", Actor{"reviewer"});
    if (!s.ok()) return s;
  }
  if (!accepted->insert(absl::StrCat(agency, "/", number)).second) return absl::OkStatus();
  auto done = store.Accept(agency, kYear, number, Actor{"reviewer"});
  if (!done.ok()) accepted->erase(absl::StrCat(agency, "/", number));
  return done.status();
}

[[noreturn]] void Reviewer(const std::string& path) {
  auto store = Registry::Open(path, Options());
  if (!Acceptable(store.status(), "open")) _exit(1);
  std::set<std::string> accepted;
  for (int i = 0; i < kReviews; ++i) {
    if (!Acceptable(Review(**store, absl::StrCat("A", i % kAgencies), &accepted), "review")) {
      _exit(1);
    }
    if (i % 10 == 0) {
      if (!Acceptable((*store)->Status(kYear).status(), "Status")) _exit(1);
      if (!Acceptable((*store)->Rollup("P", kYear).status(), "Rollup")) _exit(1);
    }
  }
  std::printf("reviewer: %d accepted, %d calls busy\n", static_cast<int>(accepted.size()), busy);
  std::fflush(stdout);
  _exit(0);
}

TEST(Processes, FilingAndReviewingAtOnce) {
  ScratchDir dir;
  ASSERT_FALSE(dir.path().empty());
  const std::string path = (dir.path() / "store.db").string();
  ASSERT_NO_FATAL_FAILURE(CreateStore(path, kAgencies));
  const pid_t filer = fork();
  ASSERT_GE(filer, 0);
  if (filer == 0) Filer(path);
  const pid_t reviewer = fork();
  ASSERT_GE(reviewer, 0);
  if (reviewer == 0) Reviewer(path);
  for (auto [pid, name] : {std::pair{filer, "filer"}, std::pair{reviewer, "reviewer"}}) {
    int status = 0;
    ASSERT_EQ(waitpid(pid, &status, 0), pid);
    ASSERT_TRUE(WIFEXITED(status)) << name << " was killed by signal " << WTERMSIG(status);
    EXPECT_EQ(WEXITSTATUS(status), 0) << name << " got an error other than busy (see stderr)";
  }
  auto store = Registry::Open(path);
  ASSERT_TRUE(store.ok()) << store.status();
  int versions = 0;
  for (int a = 0; a < kAgencies; ++a) {
    auto list = (*store)->ListVersions(absl::StrCat("A", a), kYear);
    ASSERT_TRUE(list.ok()) << list.status();
    for (size_t i = 0; i < list->size(); ++i) {
      EXPECT_EQ((*list)[i].number(), static_cast<int>(i + 1));
    }
    versions += list->size();
  }
  EXPECT_GT(versions, 0);
  auto verification = (*store)->Verify();
  ASSERT_TRUE(verification.ok()) << verification.status();
  EXPECT_EQ(verification->versions(), versions);
  EXPECT_TRUE(verification->problems().empty()) << verification->problems(0);
}

}  // namespace
}  // namespace gongkai::registry::testing
