// What the registry's robustness tests (crash_test.cc, processes_test.cc) share: a store of a
// few agencies, reports that balance or break on purpose, and a scratch directory. Both tests
// fork processes that write the same SQLite file, as separate programs would.
#ifndef GONGKAI_TESTS_REGISTRY_ROBUSTNESS_H_
#define GONGKAI_TESTS_REGISTRY_ROBUSTNESS_H_

#include <stdlib.h>

#include <cstdint>
#include <filesystem>
#include <string>

#include "absl/strings/str_cat.h"
#include "gongkai/v1/registry.pb.h"
#include "gongkai/v1/report.pb.h"
#include "gtest/gtest.h"
#include "registry/registry.h"

namespace gongkai::registry::testing {

inline constexpr int kYear = 2023;

// "A0".."A{n-1}" under "P".
inline v1::RegistryAgencyList Agencies(int n) {
  v1::RegistryAgencyList list;
  v1::Agency* parent = list.add_agencies()->mutable_agency();
  parent->set_id("P");
  parent->set_name("示例市人民政府");
  for (int i = 0; i < n; ++i) {
    v1::Agency* a = list.add_agencies()->mutable_agency();
    a->set_id(absl::StrCat("A", i));
    a->set_name(absl::StrCat("示例市第", i, "区人民政府"));
    a->set_parent_id("P");
  }
  return list;
}

// `agency`'s report for kYear in which `n` applications were all granted; with `broken`,
// 一、本年新收 of the 自然人 column is one more than the row's total (two error findings).
inline v1::AnnualReport Report(const std::string& agency, int64_t n, bool broken = false) {
  v1::AnnualReport r;
  r.mutable_agency()->set_id(agency);
  r.set_year(kYear);
  r.set_layout("2021");
  auto cell = [&](const char* key, int64_t value) {
    v1::Cell* c = r.add_cells();
    c->set_key(key);
    c->set_count(value);
  };
  cell("t3.new.natural_person", broken ? n + 1 : n);
  cell("t3.new.total", n);
  cell("t3.granted.natural_person", n);
  cell("t3.granted.total", n);
  cell("t3.total.natural_person", n);
  cell("t3.total.total", n);
  return r;
}

// The count of `key` in `report`, or -1.
inline int64_t CountOf(const v1::AnnualReport& report, absl::string_view key) {
  for (const v1::Cell& c : report.cells()) {
    if (c.key() == key) return c.count();
  }
  return -1;
}

// A fresh directory removed with the test.
class ScratchDir {
 public:
  ScratchDir() {
    std::string pattern = std::filesystem::temp_directory_path() / "gongkai_registry.XXXXXX";
    if (mkdtemp(pattern.data()) != nullptr) path_ = pattern;
  }
  ~ScratchDir() {
    std::error_code ignored;
    if (!path_.empty()) std::filesystem::remove_all(path_, ignored);
  }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

// Creates the store at `path` with Agencies(n).
inline void CreateStore(const std::string& path, int n) {
  OpenOptions options;
  options.create = true;
  auto store = Registry::Open(path, options);
  ASSERT_TRUE(store.ok()) << store.status();
  ASSERT_TRUE((*store)->PutAgencies(Agencies(n)).ok());
}

}  // namespace gongkai::registry::testing

#endif  // GONGKAI_TESTS_REGISTRY_ROBUSTNESS_H_
