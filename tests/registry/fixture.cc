#include "registry/fixture.h"

#include <stdlib.h>

#include <filesystem>

#include "report/core/random_report.h"
#include "report/layout.h"

namespace gongkai::registry::testing {

TempDir::TempDir() {
  std::string tmpl = (std::filesystem::temp_directory_path() / "gongkai-registry-XXXXXX").string();
  path_ = mkdtemp(tmpl.data());
}

TempDir::~TempDir() { std::filesystem::remove_all(path_); }

OpenOptions FixedClock(bool create) {
  OpenOptions options;
  options.create = create;
  auto t = std::make_shared<absl::Time>(
      absl::FromCivil(absl::CivilSecond(2026, 3, 1, 8, 0, 0), absl::UTCTimeZone()));
  options.now = [t] {
    *t += absl::Minutes(1);
    return *t;
  };
  return options;
}

v1::RegistryAgency MakeAgency(const std::string& id, const std::string& name,
                              const std::string& parent, v1::AgencyLevel level, int first_year,
                              int last_year) {
  v1::RegistryAgency a;
  a.mutable_agency()->set_id(id);
  a.mutable_agency()->set_name(name);
  a.mutable_agency()->set_parent_id(parent);
  a.mutable_agency()->set_level(level);
  a.set_first_year(first_year);
  a.set_last_year(last_year);
  return a;
}

v1::RegistryAgencyList SmallTree() {
  v1::RegistryAgencyList list;
  *list.add_agencies() = MakeAgency("city", "示例市人民政府", "", v1::AGENCY_LEVEL_CITY);
  *list.add_agencies() = MakeAgency("county-a", "甲县人民政府", "city", v1::AGENCY_LEVEL_COUNTY);
  *list.add_agencies() = MakeAgency("county-b", "乙县人民政府", "city", v1::AGENCY_LEVEL_COUNTY);
  *list.add_agencies() = MakeAgency("county-c", "丙县人民政府", "city", v1::AGENCY_LEVEL_COUNTY);
  return list;
}

v1::AnnualReport ValidReport(const std::string& agency_id, int year, std::mt19937& rng) {
  v1::AnnualReport report =
      report::testing::RandomReport(**report::FindLayout("2021"), year, agency_id, rng);
  report.mutable_agency()->set_id(agency_id);
  return report;
}

void RegistryTest::SetUp() {
  auto opened = Registry::Open(path(), FixedClock());
  ASSERT_TRUE(opened.ok()) << opened.status();
  registry_ = std::move(*opened);
  ASSERT_TRUE(registry_->PutAgencies(SmallTree()).ok());
}

}  // namespace gongkai::registry::testing
