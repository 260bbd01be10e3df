// The command line itself: help, version, and the exit-2 errors for a bad command line.
#include <set>
#include <sstream>
#include <string>

#include "fixture.h"
#include "gmock/gmock.h"
#include "gongkai/version.h"

namespace gongkai::cli::testing {
namespace {

using ::testing::HasSubstr;
using ::testing::IsSupersetOf;
using ::testing::StartsWith;

// The command names in the "Commands:" section of the overview.
std::set<std::string> ListedCommands(const std::string& overview) {
  std::set<std::string> names;
  std::istringstream lines(overview);
  std::string line;
  bool in_list = false;
  while (std::getline(lines, line)) {
    if (line == "Commands:") {
      in_list = true;
    } else if (in_list && line.empty()) {
      break;
    } else if (in_list) {
      std::istringstream words(line);
      std::string name;
      words >> name;
      names.insert(name);
    }
  }
  return names;
}

TEST_F(CliTest, VersionFlagAndCommandPrintTheHeaderVersion) {
  for (const char* word : {"--version", "version"}) {
    Result r = Run({word});
    EXPECT_EQ(r.exit_code, kOk) << word;
    EXPECT_EQ(r.out, "gongkai " GONGKAI_VERSION_STRING "\n") << word;
    EXPECT_EQ(r.err, "") << word;
  }
}

TEST_F(CliTest, OverviewOnRequestGoesToStdout) {
  for (const char* word : {"--help", "-h", "help"}) {
    Result r = Run({word});
    EXPECT_EQ(r.exit_code, kOk) << word;
    EXPECT_THAT(r.out, HasSubstr("Commands:")) << word;
    EXPECT_THAT(r.out, HasSubstr("Exit status:")) << word;
    EXPECT_EQ(r.err, "") << word;
  }
}

TEST_F(CliTest, EveryCommandHasHelp) {
  std::set<std::string> commands = ListedCommands(Run({"help"}).out);
  EXPECT_THAT(commands, IsSupersetOf({"convert", "help", "types", "version"}));
  for (const std::string& name : commands) {
    Result via_help = Run({"help", name});
    EXPECT_EQ(via_help.exit_code, kOk) << name;
    EXPECT_THAT(via_help.out, StartsWith("Usage: gongkai " + name)) << name;
    EXPECT_THAT(via_help.out, HasSubstr("Exit status:")) << name;
    EXPECT_EQ(via_help.err, "") << name;

    Result via_flag = Run({name, "--help"});
    EXPECT_EQ(via_flag.exit_code, kOk) << name;
    EXPECT_EQ(via_flag.out, via_help.out) << name;
    EXPECT_EQ(via_flag.err, "") << name;
  }
}

TEST_F(CliTest, HelpWinsOverOtherwiseBadFlags) {
  Result r = Run({"convert", "--frobnicate", "--help"});
  EXPECT_EQ(r.exit_code, kOk);
  EXPECT_THAT(r.out, StartsWith("Usage: gongkai convert"));
}

TEST_F(CliTest, ConvertHelpListsItsFlags) {
  Result r = Run({"convert", "--help"});
  for (const char* flag : {"--type=VALUE", "--from=VALUE", "--to=VALUE", "--pretty",
                           "--proto_names", "--emit_defaults", "--ignore_unknown"}) {
    EXPECT_THAT(r.out, HasSubstr(flag));
  }
}

TEST_F(CliTest, NoCommandPrintsTheOverviewOnStderr) {
  Result r = Run({});
  EXPECT_EQ(r.exit_code, kUnusable);
  EXPECT_EQ(r.out, "");
  EXPECT_THAT(r.err, HasSubstr("Commands:"));
}

TEST_F(CliTest, UnknownCommand) {
  Result r = Run({"frobnicate"});
  EXPECT_EQ(r.exit_code, kUnusable);
  EXPECT_EQ(r.out, "");
  EXPECT_THAT(r.err, HasSubstr("unknown command \"frobnicate\""));
  EXPECT_THAT(r.err, HasSubstr("gongkai help"));
}

TEST_F(CliTest, UnknownFlagBeforeTheCommand) {
  Result r = Run({"--frobnicate"});
  EXPECT_EQ(r.exit_code, kUnusable);
  EXPECT_EQ(r.out, "");
  EXPECT_THAT(r.err, HasSubstr("--frobnicate"));
}

TEST_F(CliTest, HelpForAnUnknownCommand) {
  Result r = Run({"help", "frobnicate"});
  EXPECT_EQ(r.exit_code, kUnusable);
  EXPECT_EQ(r.out, "");
  EXPECT_THAT(r.err, HasSubstr("\"frobnicate\""));
}

TEST_F(CliTest, UnknownFlagIsNamed) {
  for (const char* word : {"--frobnicate", "--frobnicate=1", "-frobnicate"}) {
    Result r = Run({"convert", word});
    EXPECT_EQ(r.exit_code, kUnusable) << word;
    EXPECT_EQ(r.out, "") << word;
    EXPECT_THAT(r.err, HasSubstr("unknown flag --frobnicate")) << word;
    EXPECT_THAT(r.err, HasSubstr("gongkai convert --help")) << word;
  }
}

TEST_F(CliTest, FlagOfAnotherCommandIsRejected) {
  for (const char* word : {"--pretty", "--nopretty", "--type=gongkai.v1.Agency"}) {
    Result r = Run({"types", word});
    EXPECT_EQ(r.exit_code, kUnusable) << word;
    EXPECT_EQ(r.out, "") << word;
    EXPECT_THAT(r.err, HasSubstr("does not take the flag --")) << word;
    EXPECT_THAT(r.err, HasSubstr("gongkai types --help")) << word;
  }
}

TEST_F(CliTest, MissingRequiredFlagIsNamed) {
  Result r = Run({"convert", "--from=json", "--to=json"}, "{}");
  EXPECT_EQ(r.exit_code, kUnusable);
  EXPECT_EQ(r.out, "");
  EXPECT_THAT(r.err, HasSubstr("missing the required flag --type"));
}

TEST_F(CliTest, FlagWithoutItsValue) {
  Result r = Run({"convert", "--from=json", "--to=json", "--type"});
  EXPECT_EQ(r.exit_code, kUnusable);
  EXPECT_THAT(r.err, HasSubstr("a value must follow --type"));
}

TEST_F(CliTest, BadBooleanValue) {
  Result r = Run(
      {"convert", "--type=gongkai.v1.Agency", "--from=json", "--to=json", "--pretty=maybe"}, "{}");
  EXPECT_EQ(r.exit_code, kUnusable);
  EXPECT_EQ(r.out, "");
  EXPECT_THAT(r.err, HasSubstr("--pretty"));
  EXPECT_THAT(r.err, HasSubstr("maybe"));
}

TEST_F(CliTest, NegatedBooleanTakesNoValue) {
  Result r = Run(
      {"convert", "--type=gongkai.v1.Agency", "--from=json", "--to=json", "--nopretty=true"}, "{}");
  EXPECT_EQ(r.exit_code, kUnusable);
  EXPECT_THAT(r.err, HasSubstr("--nopretty"));
}

TEST_F(CliTest, TooManyArguments) {
  Result types = Run({"types", "extra"});
  EXPECT_EQ(types.exit_code, kUnusable);
  EXPECT_THAT(types.err, HasSubstr("\"extra\""));

  Result convert =
      Run({"convert", "--type=gongkai.v1.Agency", "--from=json", "--to=json", "a.json", "b.json"});
  EXPECT_EQ(convert.exit_code, kUnusable);
  EXPECT_THAT(convert.err, HasSubstr("at most 1"));
}

TEST_F(CliTest, ControlBytesInWordsAreEscaped) {
  Result r = Run({"bad\x1b[31mcommand"});
  EXPECT_EQ(r.exit_code, kUnusable);
  EXPECT_THAT(r.err, HasSubstr("bad\\x1b[31mcommand"));
  EXPECT_EQ(r.err.find('\x1b'), std::string::npos);
}

TEST_F(CliTest, FailureToWriteStdoutIsAnError) {
  if (!std::filesystem::exists("/dev/full")) GTEST_SKIP() << "no /dev/full";
  Result r = RunTo("/dev/full", {"types"});
  EXPECT_EQ(r.exit_code, kUnusable);
  EXPECT_THAT(r.err, HasSubstr("cannot write"));
}

}  // namespace
}  // namespace gongkai::cli::testing
