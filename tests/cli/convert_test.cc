// gongkai types and gongkai convert, run as a user would.
#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "fixture.h"
#include "gmock/gmock.h"

namespace gongkai::cli::testing {
namespace {

using ::testing::Contains;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;

// Compact JSON exactly as protobuf prints it, so output can be compared as text.
constexpr char kAgencyJson[] = R"({"id":"11110105000000000X","name":"北京市朝阳区人民政府",)"
                               R"("level":"AGENCY_LEVEL_COUNTY","parentId":"11110000000000000X"})";

std::vector<std::string> Convert(const std::string& from, const std::string& to,
                                 std::vector<std::string> more = {}) {
  std::vector<std::string> args = {"convert", "--type=gongkai.v1.Agency", "--from=" + from,
                                   "--to=" + to};
  args.insert(args.end(), more.begin(), more.end());
  return args;
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

TEST_F(CliTest, TypesListsTheMessageTypes) {
  Result r = Run({"types"});
  EXPECT_EQ(r.exit_code, kOk);
  EXPECT_EQ(r.err, "");
  std::vector<std::string> lines = Lines(r.out);
  EXPECT_THAT(lines, Contains("gongkai.v1.Agency"));
  EXPECT_TRUE(std::is_sorted(lines.begin(), lines.end()));
  for (const std::string& line : lines) EXPECT_EQ(line.rfind("gongkai.v1.", 0), 0u) << line;
}

TEST_F(CliTest, KnownBinaryEncoding) {
  // Field 1 (id), length-delimited: tag 0x0a, length 2.
  Result r = Run(Convert("json", "binary"), R"({"id":"x1"})");
  EXPECT_EQ(r.exit_code, kOk) << r.err;
  EXPECT_EQ(r.out, std::string("\x0a\x02x1"));
  EXPECT_EQ(r.err, "");
}

TEST_F(CliTest, RoundTripThroughFiles) {
  Result binary = Run(Convert("json", "binary", {WriteFile("agency.json", kAgencyJson)}));
  ASSERT_EQ(binary.exit_code, kOk) << binary.err;
  EXPECT_THAT(binary.out, Not(IsEmpty()));
  EXPECT_EQ(binary.err, "");

  Result json = Run(Convert("binary", "json", {WriteFile("agency.bin", binary.out)}));
  EXPECT_EQ(json.exit_code, kOk) << json.err;
  EXPECT_EQ(json.out, std::string(kAgencyJson) + "\n");
  EXPECT_EQ(json.err, "");
}

TEST_F(CliTest, RoundTripThroughStdin) {
  Result binary = Run(Convert("json", "binary"), kAgencyJson);  // no FILE: stdin
  ASSERT_EQ(binary.exit_code, kOk) << binary.err;

  Result json = Run(Convert("binary", "json", {"-"}), binary.out);
  EXPECT_EQ(json.exit_code, kOk) << json.err;
  EXPECT_EQ(json.out, std::string(kAgencyJson) + "\n");

  Result again = Run(Convert("binary", "binary", {"--", "-"}), binary.out);
  EXPECT_EQ(again.exit_code, kOk) << again.err;
  EXPECT_EQ(again.out, binary.out);
}

TEST_F(CliTest, FlagValueAsTheNextWord) {
  Result r = Run({"convert", "--type", "gongkai.v1.Agency", "--from", "json", "--to", "json"},
                 kAgencyJson);
  EXPECT_EQ(r.exit_code, kOk) << r.err;
  EXPECT_EQ(r.out, std::string(kAgencyJson) + "\n");
}

TEST_F(CliTest, JsonOutputOptions) {
  Result pretty = Run(Convert("json", "json", {"--pretty"}), kAgencyJson);
  EXPECT_EQ(pretty.exit_code, kOk) << pretty.err;
  EXPECT_GT(Lines(pretty.out).size(), 4u);

  for (const char* off : {"--nopretty", "--pretty=false"}) {
    Result compact = Run(Convert("json", "json", {"--pretty", off}), kAgencyJson);
    EXPECT_EQ(compact.out, std::string(kAgencyJson) + "\n") << off;
  }

  Result names = Run(Convert("json", "json", {"--proto_names"}), kAgencyJson);
  EXPECT_THAT(names.out, HasSubstr("\"parent_id\""));

  Result defaults = Run(Convert("json", "json", {"--emit_defaults"}), R"({"id":"x"})");
  EXPECT_THAT(defaults.out, HasSubstr("\"parentId\":\"\""));
}

TEST_F(CliTest, EmptyBinaryIsTheEmptyMessage) {
  Result r = Run(Convert("binary", "json"), "");
  EXPECT_EQ(r.exit_code, kOk) << r.err;
  EXPECT_EQ(r.out, "{}\n");
}

TEST_F(CliTest, MalformedJson) {
  Result r = Run(Convert("json", "binary"), R"({"id": "x1",)");
  EXPECT_EQ(r.exit_code, kUnusable);
  EXPECT_EQ(r.out, "");
  EXPECT_THAT(r.err, HasSubstr("gongkai convert: <stdin>: "));
  EXPECT_THAT(r.err, HasSubstr("not a valid gongkai.v1.Agency"));
}

TEST_F(CliTest, UnknownJsonFieldIsNamedUnlessIgnored) {
  Result strict = Run(Convert("json", "json"), R"({"nosuchField":1})");
  EXPECT_EQ(strict.exit_code, kUnusable);
  EXPECT_EQ(strict.out, "");
  EXPECT_THAT(strict.err, HasSubstr("nosuchField"));

  Result lenient = Run(Convert("json", "json", {"--ignore_unknown"}), R"({"nosuchField":1})");
  EXPECT_EQ(lenient.exit_code, kOk) << lenient.err;
  EXPECT_EQ(lenient.out, "{}\n");
}

TEST_F(CliTest, MalformedBinaryIsNotEchoed) {
  // Says field 1 is 16 bytes long, then ends early.
  const std::string bytes = std::string("\x0a\x10") + "SECRET";
  Result r = Run(Convert("binary", "json", {WriteFile("bad.bin", bytes)}));
  EXPECT_EQ(r.exit_code, kUnusable);
  EXPECT_EQ(r.out, "");
  EXPECT_THAT(r.err, HasSubstr("bad.bin"));
  EXPECT_THAT(r.err, HasSubstr("do not parse as gongkai.v1.Agency"));
  EXPECT_THAT(r.err, Not(HasSubstr("SECRET")));
}

TEST_F(CliTest, UnknownType) {
  Result r = Run({"convert", "--type=gongkai.v1.NoSuchType", "--from=json", "--to=json"}, "{}");
  EXPECT_EQ(r.exit_code, kUnusable);
  EXPECT_EQ(r.out, "");
  EXPECT_THAT(r.err, HasSubstr("--type"));
  EXPECT_THAT(r.err, HasSubstr("\"gongkai.v1.NoSuchType\""));
}

TEST_F(CliTest, UnknownFormat) {
  Result r = Run(Convert("yaml", "json"), "{}");
  EXPECT_EQ(r.exit_code, kUnusable);
  EXPECT_THAT(r.err, HasSubstr("--from"));
  EXPECT_THAT(r.err, HasSubstr("\"yaml\""));
}

TEST_F(CliTest, MissingFileIsNamed) {
  const std::string path = (dir_ / "不存在.json").string();
  Result r = Run(Convert("json", "binary", {path}));
  EXPECT_EQ(r.exit_code, kUnusable);
  EXPECT_EQ(r.out, "");
  EXPECT_THAT(r.err, HasSubstr("cannot open " + path));
}

TEST_F(CliTest, DirectoryIsNotAnInput) {
  Result r = Run(Convert("json", "binary", {dir_.string()}));
  EXPECT_EQ(r.exit_code, kUnusable);
  EXPECT_EQ(r.out, "");
  EXPECT_THAT(r.err, HasSubstr(dir_.string()));
}

}  // namespace
}  // namespace gongkai::cli::testing
