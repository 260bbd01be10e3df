// What the registry tests share: a fresh store in a temporary directory with a fixed clock,
// a small tree of agencies, and reports that pass validation.
#ifndef GONGKAI_TESTS_REGISTRY_FIXTURE_H_
#define GONGKAI_TESTS_REGISTRY_FIXTURE_H_

#include <memory>
#include <random>
#include <string>

#include "absl/time/time.h"
#include "gtest/gtest.h"
#include "registry/registry.h"

namespace gongkai::registry::testing {

// A directory removed with everything in it when the test ends.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  std::string File(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

// 2026-03-01T08:00:00Z, advancing one minute at every reading.
OpenOptions FixedClock(bool create = true);

// A registry agency.
v1::RegistryAgency MakeAgency(const std::string& id, const std::string& name,
                              const std::string& parent, v1::AgencyLevel level, int first_year = 0,
                              int last_year = 0);

// city (示例市人民政府) with children county-a, county-b, county-c.
v1::RegistryAgencyList SmallTree();

// A report of the 2021 layout for (agency, year) that passes every rule.
v1::AnnualReport ValidReport(const std::string& agency_id, int year, std::mt19937& rng);

class RegistryTest : public ::testing::Test {
 protected:
  void SetUp() override;
  std::string path() const { return dir_.File("registry.db"); }

  TempDir dir_;
  std::unique_ptr<Registry> registry_;
  std::mt19937 rng_{2026};
  Actor clerk_{"张三 (县政府办)"};
  Actor reviewer_{"李四 (市政府办)"};
};

}  // namespace gongkai::registry::testing

#endif  // GONGKAI_TESTS_REGISTRY_FIXTURE_H_
