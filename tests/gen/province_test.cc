// gen/province.h: the tree's shape, a small province filed into a registry that verifies, and
// `gongkai-gen --profile province`.
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <set>
#include <string>

#include "gen/province.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "registry/registry.h"

namespace gongkai::gen {
namespace {

std::filesystem::path Scratch(const std::string& name) {
  const std::filesystem::path dir =
      std::filesystem::path(::testing::TempDir()) / ("gongkai_gen_province_" + name);
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

TEST(Province, FourLevelsParentsFirst) {
  ProvinceOptions o;
  o.agencies = 20000;
  const v1::RegistryAgencyList list = ProvinceAgencies(o);
  ASSERT_EQ(list.agencies_size(), 20000);
  std::map<std::string, int> depth;
  std::set<std::string> parents;
  for (const v1::RegistryAgency& a : list.agencies()) {
    const std::string& parent = a.agency().parent_id();
    if (parent.empty()) {
      depth[a.agency().id()] = 0;
    } else {
      ASSERT_TRUE(depth.contains(parent)) << a.agency().id();  // parents come first
      depth[a.agency().id()] = depth[parent] + 1;
      parents.insert(parent);
    }
  }
  EXPECT_EQ(depth.size(), 20000u);  // ids are unique
  std::map<int, int> per_level;
  for (const auto& [id, d] : depth) ++per_level[d];
  EXPECT_EQ(per_level, (std::map<int, int>{{0, 1}, {1, 16}, {2, 192}, {3, 19791}}));
  const std::vector<std::string> listed = ProvinceParents(o);
  EXPECT_EQ(std::set<std::string>(listed.begin(), listed.end()), parents);
}

TEST(Province, FilesASmallProvinceThatVerifies) {
  ProvinceOptions o;
  o.agencies = 40;
  o.years = 2;
  o.all_versions = true;
  const std::filesystem::path dir = Scratch("small");
  registry::OpenOptions create;
  create.create = true;
  auto store = registry::Registry::Open((dir / "p.db").string(), create);
  ASSERT_TRUE(store.ok()) << store.status();
  ASSERT_TRUE(FileProvince(o, **store).ok());
  auto status = (*store)->Status(2025);
  ASSERT_TRUE(status.ok()) << status.status();
  EXPECT_EQ(status->expected(), 40);
  EXPECT_GT(status->accepted(), 20);
  EXPECT_LT(status->accepted(), 40);
  int corrections = 0, with_findings = 0;
  const v1::RegistryAgencyList agencies = ProvinceAgencies(o);
  for (const v1::RegistryAgency& a : agencies.agencies()) {
    auto versions = (*store)->ListVersions(a.agency().id(), 2025);
    ASSERT_TRUE(versions.ok());
    for (const v1::FiledVersion& v : *versions) {
      if (!v.reason().empty()) ++corrections;
      if (v.error_count() > 0) ++with_findings;
    }
  }
  EXPECT_GT(corrections, 20);
  EXPECT_GT(with_findings, 5);
  auto verification = (*store)->Verify();
  ASSERT_TRUE(verification.ok());
  EXPECT_TRUE(verification->problems().empty());
}

TEST(Province, TheProgramMakesOneAndRefusesToOverwrite) {
  const std::filesystem::path dir = Scratch("cli");
  const std::string out = (dir / "p.db").string();
  const std::string command = std::string("'") + GONGKAI_GEN_PATH +
                              "' --profile province --agencies 12 --years 1 --out '" + out + "'";
  const std::string quiet = " 2>/dev/null";
  EXPECT_EQ(WEXITSTATUS(std::system((command + quiet).c_str())), 0);
  auto store = registry::Registry::Open(out);
  ASSERT_TRUE(store.ok()) << store.status();
  auto agencies = (*store)->ListAgencies();
  ASSERT_TRUE(agencies.ok());
  EXPECT_EQ(agencies->agencies_size(), 12);
  EXPECT_EQ(WEXITSTATUS(std::system((command + quiet).c_str())), 2);  // it exists
  EXPECT_EQ(WEXITSTATUS(std::system((command + "x --disclosures 5" + quiet).c_str())), 2);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace gongkai::gen
