// The gongkai-gen program, run as a child process: what it writes, and its exit status.
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "gen_testing.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace gongkai::gen {
namespace {

using ::testing::HasSubstr;

struct Result {
  int status = -1;
  std::string out, err;
};

std::string Read(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string Quote(const std::string& word) {
  std::string q = "'";
  for (char c : word) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

class GenCli : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::path(::testing::TempDir()) /
           ("gongkai_gen_cli_" +
            std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  Result Run(const std::vector<std::string>& args) {
    std::string command = Quote(GONGKAI_GEN_PATH);
    for (const std::string& a : args) command += " " + Quote(a);
    command += " >" + Quote((dir_ / "stdout").string()) + " 2>" + Quote((dir_ / "stderr").string());
    const int raw = std::system(command.c_str());
    Result r;
    r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    r.out = Read(dir_ / "stdout");
    r.err = Read(dir_ / "stderr");
    return r;
  }

  std::filesystem::path dir_;
};

TEST_F(GenCli, WritesWhatTheLibraryGenerates) {
  const std::string out = (dir_ / "data").string();
  const Result r =
      Run({"--out", out, "--seed", "7", "--year=2024", "--disclosures", "50", "--applications",
           "30", "--remedies", "5", "--marker", "MK", "--agency-id", "11110105MB0000001X"});
  ASSERT_EQ(r.status, 0) << r.err;
  GenOptions o;
  o.seed = 7;
  o.year = 2024;
  o.disclosures = 50;
  o.applications = 30;
  o.remedies = 5;
  o.marker = "MK";
  o.agency_id = "11110105MB0000001X";
  for (const auto& [name, content] : testing::Folder(o)) {
    EXPECT_TRUE(Read(std::filesystem::path(out) / name) == content) << name;
  }
}

TEST_F(GenCli, BinaryFormatWritesLengthDelimitedStreams) {
  const std::string out = (dir_ / "data").string();
  const Result r = Run({"--out", out, "--seed", "3", "--disclosures", "20", "--applications", "10",
                        "--remedies", "2", "--format", "binary"});
  ASSERT_EQ(r.status, 0) << r.err;
  GenOptions o;
  o.seed = 3;
  o.disclosures = 20;
  o.applications = 10;
  o.remedies = 2;
  const auto expected = testing::Folder(o, messages::Encoding::kBinary);
  EXPECT_TRUE(expected.contains("applications.binpb"));
  for (const auto& [name, content] : expected) {
    EXPECT_TRUE(Read(std::filesystem::path(out) / name) == content) << name;
  }
}

TEST_F(GenCli, ExampleProfileWritesTheCommittedExample) {
  const std::string out = (dir_ / "district").string();
  const Result r = Run({"--profile", "example", "--out", out});
  ASSERT_EQ(r.status, 0) << r.err;
  for (const auto& [name, content] : testing::Folder(ExampleOptions())) {
    EXPECT_TRUE(Read(std::filesystem::path(out) / name) == content) << name;
  }
}

TEST_F(GenCli, BadUsageExitsTwoNamingTheFlag) {
  const std::string out = (dir_ / "x").string();
  struct Case {
    std::vector<std::string> args;
    const char* says;
  };
  const Case cases[] = {
      {{"--seed", "1"}, "--out"},
      {{"--out", out, "--colour", "red"}, "--colour"},
      {{"--out", out, "--format", "xml"}, "--format"},
      {{"--out", out, "--disclosures", "-3"}, "--disclosures"},
      {{"--out", out, "--applications", "many"}, "--applications"},
      {{"--out", out, "--year", "2010"}, "--year"},
      {{"--out", out, "--as-of", "2025-02-30"}, "--as_of"},
      {{"--out", out, "--profile", "huge"}, "--profile"},
      {{"--out", out, "stray"}, "stray"},
      {{"--out"}, "--out"},
  };
  for (const Case& c : cases) {
    const Result r = Run(c.args);
    EXPECT_EQ(r.status, 2) << c.says;
    EXPECT_THAT(r.err, HasSubstr(c.says));
    EXPECT_THAT(r.err, HasSubstr("usage:"));
  }
  EXPECT_FALSE(std::filesystem::exists(out));
}

TEST_F(GenCli, AFolderThatCannotBeWrittenExitsOne) {
  std::ofstream(dir_ / "file") << "not a directory";
  const Result r = Run({"--out", (dir_ / "file" / "data").string(), "--disclosures", "1",
                        "--applications", "1", "--remedies", "1"});
  EXPECT_EQ(r.status, 1);
  EXPECT_THAT(r.err, HasSubstr("gongkai-gen: "));
}

TEST_F(GenCli, HelpExitsZero) {
  const Result r = Run({"--help"});
  EXPECT_EQ(r.status, 0);
  EXPECT_THAT(r.out, HasSubstr("usage: gongkai-gen --out DIR"));
}

}  // namespace
}  // namespace gongkai::gen
