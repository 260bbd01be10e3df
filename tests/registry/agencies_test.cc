// Agencies: the checks of PutAgencies, nothing stored on error, and the agency list readers.
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "registry/fixture.h"

namespace gongkai::registry::testing {
namespace {

using ::testing::HasSubstr;

TEST_F(RegistryTest, ListsAgenciesInIdOrder) {
  auto list = registry_->ListAgencies();
  ASSERT_TRUE(list.ok()) << list.status();
  ASSERT_EQ(list->agencies_size(), 4);
  EXPECT_EQ(list->agencies(0).agency().id(), "city");
  EXPECT_EQ(list->agencies(1).agency().parent_id(), "city");
  EXPECT_EQ(list->agencies(3).agency().name(), "丙县人民政府");
}

TEST_F(RegistryTest, RefusesAnUnknownParentNamingTheEntry) {
  v1::RegistryAgencyList list;
  *list.add_agencies() = MakeAgency("town-1", "一镇", "county-a", v1::AGENCY_LEVEL_TOWNSHIP);
  *list.add_agencies() = MakeAgency("town-2", "二镇", "county-x", v1::AGENCY_LEVEL_TOWNSHIP);
  const absl::Status s = registry_->PutAgencies(list);
  EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(s.message(), HasSubstr("agencies[1] (id town-2): parent county-x is not known"));
  EXPECT_EQ(registry_->ListAgencies()->agencies_size(), 4);  // nothing stored
}

TEST_F(RegistryTest, RefusesACycleShowingIt) {
  v1::RegistryAgencyList list;
  *list.add_agencies() = MakeAgency("city", "示例市人民政府", "county-a", v1::AGENCY_LEVEL_CITY);
  const absl::Status s = registry_->PutAgencies(list);
  EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(s.message(), HasSubstr("would make a cycle: city → county-a → city"));
  v1::RegistryAgencyList self;
  *self.add_agencies() = MakeAgency("x", "X", "x", v1::AGENCY_LEVEL_CITY);
  EXPECT_THAT(registry_->PutAgencies(self).message(), HasSubstr("cycle: x → x"));
}

TEST_F(RegistryTest, RefusesEmptyFieldsAndBadYears) {
  struct Case {
    v1::RegistryAgency agency;
    const char* message;
  } cases[] = {
      {MakeAgency("", "无", "", v1::AGENCY_LEVEL_CITY), "agencies[0]: id is empty"},
      {MakeAgency("a", "", "", v1::AGENCY_LEVEL_CITY), "agencies[0] (id a): name is empty"},
      {MakeAgency("a", "A", "", v1::AGENCY_LEVEL_CITY, 2024, 2020),
       "first_year 2024 is after last_year 2020"},
      {MakeAgency("a", "A", "", v1::AGENCY_LEVEL_CITY, 2018), "first_year 2018 is outside"},
      {MakeAgency("a", "A", "", v1::AGENCY_LEVEL_CITY, 0, 2101), "last_year 2101 is outside"},
      // Found by fuzz/registry_fuzzer.cc: stored, such text did not list back as protobuf.
      {MakeAgency("a",
                  "示\xE4"
                  "B",
                  "", v1::AGENCY_LEVEL_CITY),
       "agencies[0]: name is not UTF-8 (byte 4)"},
      {MakeAgency("a\x18", "A", "", v1::AGENCY_LEVEL_CITY),
       "agencies[0]: id has a control character (byte 2)"},
      {MakeAgency("a", "A", "p\xFF", v1::AGENCY_LEVEL_CITY),
       "agencies[0]: parent_id is not UTF-8 (byte 2)"},
  };
  for (const Case& c : cases) {
    v1::RegistryAgencyList list;
    *list.add_agencies() = c.agency;
    const absl::Status s = registry_->PutAgencies(list);
    EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument) << c.message;
    EXPECT_THAT(s.message(), HasSubstr(c.message));
  }
}

TEST_F(RegistryTest, UpdatesAnExistingAgency) {
  v1::RegistryAgencyList list;
  *list.add_agencies() =
      MakeAgency("county-c", "丙区人民政府", "city", v1::AGENCY_LEVEL_COUNTY, 2019, 2023);
  ASSERT_TRUE(registry_->PutAgencies(list).ok());
  auto stored = registry_->ListAgencies();
  EXPECT_EQ(stored->agencies(3).agency().name(), "丙区人民政府");
  EXPECT_EQ(stored->agencies(3).last_year(), 2023);
}

TEST(ParseAgencyList, ReadsCsvWithLevelsAsNumbersOrNames) {
  auto list = Registry::ParseAgencyList(
      "id,name,level,parent,first_year,last_year\n"
      "city,示例市人民政府,地市级,,,\n"
      "county-a,甲县人民政府,4,city,2019,\n"
      "town,\"一镇, 东区\",乡镇,county-a,,2024\n");
  ASSERT_TRUE(list.ok()) << list.status();
  ASSERT_EQ(list->agencies_size(), 3);
  EXPECT_EQ(list->agencies(0).agency().level(), v1::AGENCY_LEVEL_CITY);
  EXPECT_EQ(list->agencies(1).agency().level(), v1::AGENCY_LEVEL_COUNTY);
  EXPECT_EQ(list->agencies(1).first_year(), 2019);
  EXPECT_EQ(list->agencies(2).agency().name(), "一镇, 东区");
  EXPECT_EQ(list->agencies(2).agency().parent_id(), "county-a");
  EXPECT_EQ(list->agencies(2).last_year(), 2024);
}

TEST(ParseAgencyList, NamesTheLineAndColumn) {
  auto bad_level = Registry::ParseAgencyList("id,name,level,parent\na,A,7,\n");
  EXPECT_EQ(bad_level.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(bad_level.status().message(), HasSubstr("line 2, column level"));
  auto bad_year = Registry::ParseAgencyList("id,name,level,parent,first_year\na,A,1,,x\n");
  EXPECT_THAT(bad_year.status().message(), HasSubstr("line 2, column first_year"));
  auto no_parent = Registry::ParseAgencyList("id,name,level\na,A,1\n");
  EXPECT_THAT(no_parent.status().message(), HasSubstr("no column parent"));
}

TEST(ParseAgencyList, NamesTheLineThatIsNotUtf8) {
  // 示例区 in GBK, as a spreadsheet on Chinese Windows saves it.
  auto gbk = Registry::ParseAgencyList("id,name,level,parent\na,\xCA\xBE\xC0\xFD\xC7\xF8,3,\n");
  EXPECT_EQ(gbk.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(gbk.status().message(),
              HasSubstr("agency list: line 2 is not UTF-8 (byte 26 of the file); save the list "
                        "as UTF-8"));
}

TEST(ParseAgencyList, ReadsJson) {
  auto list = Registry::ParseAgencyList(
      R"({"agencies": [{"agency": {"id": "a", "name": "A", "level": "AGENCY_LEVEL_CITY"},
                        "firstYear": 2020}]})");
  ASSERT_TRUE(list.ok()) << list.status();
  EXPECT_EQ(list->agencies(0).first_year(), 2020);
  EXPECT_EQ(Registry::ParseAgencyList("{\"agencies\": 3}").status().code(),
            absl::StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace gongkai::registry::testing
