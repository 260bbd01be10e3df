#include "messages/registry.h"

#include <algorithm>

#include "gmock/gmock.h"
#include "gongkai/v1/common.pb.h"
#include "gtest/gtest.h"

namespace gongkai::messages {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

TEST(Registry, ListsEveryGongkaiTypeSortedAndNothingElse) {
  std::vector<std::string> names = MessageTypeNames();
  EXPECT_TRUE(std::is_sorted(names.begin(), names.end()));
  EXPECT_NE(std::find(names.begin(), names.end(), "gongkai.v1.Agency"), names.end());
  EXPECT_NE(std::find(names.begin(), names.end(), "gongkai.v1.Date"), names.end());
  for (const std::string& name : names) EXPECT_EQ(name.rfind("gongkai.v1.", 0), 0u) << name;
}

TEST(Registry, FindsOnlyGongkaiTypes) {
  EXPECT_TRUE(FindMessageType("gongkai.v1.Agency").ok());
  for (const char* name :
       {"gongkai.v1.Nope", "Agency", "google.protobuf.Timestamp", "gongkai.v1.AgencyLevel", ""}) {
    auto found = FindMessageType(name);
    ASSERT_FALSE(found.ok()) << name;
    EXPECT_EQ(found.status().code(), absl::StatusCode::kNotFound);
    EXPECT_THAT(std::string(found.status().message()), HasSubstr("type_name"));
  }
}

TEST(Registry, RoundTripsBinaryAndJson) {
  v1::Agency agency;
  agency.set_id("11110105000000000X");
  agency.set_name("北京市朝阳区人民政府");
  agency.set_level(v1::AGENCY_LEVEL_COUNTY);
  auto json = BinaryToJson("gongkai.v1.Agency", agency.SerializeAsString(), {});
  ASSERT_TRUE(json.ok()) << json.status();
  EXPECT_EQ(*json,
            "{\"id\":\"11110105000000000X\",\"name\":\"北京市朝阳区人民政府\","
            "\"level\":\"AGENCY_LEVEL_COUNTY\"}");
  auto bytes = JsonToBinary("gongkai.v1.Agency", *json, false);
  ASSERT_TRUE(bytes.ok()) << bytes.status();
  v1::Agency back;
  ASSERT_TRUE(back.ParseFromString(*bytes));
  EXPECT_EQ(back.SerializeAsString(), agency.SerializeAsString());
}

TEST(Registry, PrintOptionsChangeTheJson) {
  v1::Agency agency;
  agency.set_parent_id("p");
  JsonPrintOptions options;
  options.proto_field_names = true;
  options.emit_defaults = true;
  auto json = BinaryToJson("gongkai.v1.Agency", agency.SerializeAsString(), options);
  ASSERT_TRUE(json.ok());
  EXPECT_THAT(*json, HasSubstr("\"parent_id\":\"p\""));
  EXPECT_THAT(*json, HasSubstr("\"name\":\"\""));
  options = {};
  options.pretty = true;
  json = BinaryToJson("gongkai.v1.Agency", agency.SerializeAsString(), options);
  ASSERT_TRUE(json.ok());
  EXPECT_THAT(*json, HasSubstr("\n \"parentId\": \"p\""));
}

TEST(Registry, JsonMayStartWithAByteOrderMark) {
  v1::Agency agency;
  ASSERT_TRUE(ParseJson("\xEF\xBB\xBF{\"id\":\"x\"}", false, &agency).ok());
  EXPECT_EQ(agency.id(), "x");
  // Offsets of bad bytes count the mark, as an editor shows the file.
  absl::Status bad = ParseJson("\xEF\xBB\xBF{\"id\":\"\xFF\"}", false, &agency);
  EXPECT_THAT(std::string(bad.message()), HasSubstr("not UTF-8 at byte 10"));
  // Only at the start: a mark inside is not JSON.
  EXPECT_FALSE(ParseJson("{\"id\":\"x\"}\xEF\xBB\xBF", false, &agency).ok());
}

TEST(Registry, RejectsMalformedBinaryNamingTheType) {
  for (const std::string& bad : {std::string("\x0a\x05"
                                             "ab",
                                             4),                  // truncated length-delimited
                                 std::string("\xff\xff\xff", 3),  // bad tag varint
                                 std::string("\x12\x02\xff\xfe", 4)}) {  // name not UTF-8
    auto json = BinaryToJson("gongkai.v1.Agency", bad, {});
    ASSERT_FALSE(json.ok());
    EXPECT_EQ(json.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_THAT(std::string(json.status().message()), HasSubstr("gongkai.v1.Agency"));
  }
}

TEST(Registry, EmptyBytesAreTheEmptyMessage) {
  auto json = BinaryToJson("gongkai.v1.Agency", "", {});
  ASSERT_TRUE(json.ok());
  EXPECT_EQ(*json, "{}");
}

TEST(Registry, RejectsBadJsonNamingTheProblem) {
  struct Case {
    std::string json;
    std::string mentions;
  } cases[] = {
      {"{\"name\":\"\xff\"}", "not UTF-8 at byte 9"},
      {"{\"name\":", "gongkai.v1.Agency"},
      {"{\"nmae\":\"x\"}", "nmae"},
      {"{\"level\":\"AGENCY_LEVEL_GALACTIC\"}", "level"},
      {"{\"name\":5}", "name"},
      {"[]", "gongkai.v1.Agency"},
  };
  for (const Case& c : cases) {
    auto bytes = JsonToBinary("gongkai.v1.Agency", c.json, false);
    ASSERT_FALSE(bytes.ok()) << c.json;
    EXPECT_EQ(bytes.status().code(), absl::StatusCode::kInvalidArgument) << c.json;
    EXPECT_THAT(std::string(bytes.status().message()), HasSubstr(c.mentions)) << c.json;
  }
}

TEST(Registry, JsonErrorsNeverQuoteTheInput) {
  for (const char* json :
       {"{\"id\":\"PERSONAL-MARKER\", \"name\": 1 oops}", "{\"level\":\"PERSONAL-MARKER\"}",
        "{\"id\":\"x\" \"name\":\"PERSONAL-MARKER\"}"}) {
    auto bytes = JsonToBinary("gongkai.v1.Agency", json, false);
    ASSERT_FALSE(bytes.ok()) << json;
    EXPECT_THAT(std::string(bytes.status().message()), Not(HasSubstr("MARKER"))) << json;
    EXPECT_THAT(std::string(bytes.status().message()), Not(HasSubstr("\n"))) << json;
  }
  auto bytes = JsonToBinary("gongkai.v1.Agency", "{\"level\":\"PERSONAL-MARKER\"}", false);
  EXPECT_THAT(
      std::string(bytes.status().message()),
      HasSubstr("(level): invalid value for type type.googleapis.com/gongkai.v1.AgencyLevel"));
}

TEST(Registry, IgnoreUnknownFieldsWhenAsked) {
  auto bytes = JsonToBinary("gongkai.v1.Agency", "{\"nmae\":\"x\",\"id\":\"a\"}", true);
  ASSERT_TRUE(bytes.ok()) << bytes.status();
  v1::Agency agency;
  ASSERT_TRUE(agency.ParseFromString(*bytes));
  EXPECT_EQ(agency.id(), "a");
}

}  // namespace
}  // namespace gongkai::messages
