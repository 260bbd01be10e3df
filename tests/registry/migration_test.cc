// Migrations: a store made from every frozen earlier schema (tests/registry/schemas/vN.sql)
// opens, is brought to kSchemaVersion, and works. A schema version 2 adds its migration in
// lib/registry/schema.cc and freezes its DDL here as v2.sql; this test then covers it too.
#include <filesystem>
#include <fstream>
#include <sstream>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "registry/fixture.h"
#include "registry/schema.h"
#include "registry/sql.h"

namespace gongkai::registry::testing {
namespace {

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(Migration, SchemaOneIsFrozen) {
  EXPECT_EQ(SchemaV1(), ReadFile(std::filesystem::path(GONGKAI_REGISTRY_SCHEMAS) / "v1.sql"));
}

TEST(Migration, OpensAStoreOfEveryFrozenSchema) {
  int schemas = 0;
  for (const auto& entry : std::filesystem::directory_iterator(GONGKAI_REGISTRY_SCHEMAS)) {
    const std::string name = entry.path().filename().string();  // "v1.sql"
    const int version = std::stoi(name.substr(1));
    ++schemas;
    SCOPED_TRACE(name);
    TempDir dir;
    const std::string path = dir.File("old.db");
    RawSql(path, ReadFile(entry.path()) +
                     "PRAGMA application_id = " + std::to_string(kApplicationId) +
                     "; PRAGMA user_version = " + std::to_string(version) + ";");
    auto opened = Registry::Open(path, FixedClock(false));
    ASSERT_TRUE(opened.ok()) << opened.status();
    Registry& registry = **opened;
    EXPECT_EQ(registry.schema_version(), kSchemaVersion);
    std::mt19937 rng(version);
    ASSERT_TRUE(registry.PutAgencies(SmallTree()).ok());
    ASSERT_TRUE(registry.File(ValidReport("county-a", 2025, rng), Actor{"clerk"}).ok());
    ASSERT_TRUE(registry.Accept("county-a", 2025, 0, Actor{"reviewer"}).ok());
    ASSERT_TRUE(registry.Rollup("city", 2025).ok());
    auto verification = registry.Verify();
    ASSERT_TRUE(verification.ok()) << verification.status();
    EXPECT_THAT(verification->problems(), ::testing::IsEmpty());
  }
  EXPECT_EQ(schemas, kSchemaVersion);  // one frozen file per version
}

TEST(Migration, AnOlderSchemaWithoutMigrateIsRefused) {
  if (kSchemaVersion == 1) GTEST_SKIP() << "no schema older than version 1 yet";
  TempDir dir;
  const std::string path = dir.File("old.db");
  RawSql(path, std::string(SchemaV1()) + "PRAGMA application_id = " +
                   std::to_string(kApplicationId) + "; PRAGMA user_version = 1;");
  OpenOptions options;
  options.migrate = false;
  EXPECT_EQ(Registry::Open(path, options).status().code(), absl::StatusCode::kFailedPrecondition);
}

}  // namespace
}  // namespace gongkai::registry::testing
