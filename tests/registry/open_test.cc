// Opening: a new store, and every file that is not a usable registry.
#include <fstream>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "registry/fixture.h"
#include "registry/sql.h"

namespace gongkai::registry::testing {
namespace {

using ::testing::HasSubstr;

TEST(Open, CreatesOnlyWhenAsked) {
  TempDir dir;
  auto missing = Registry::Open(dir.File("r.db"));
  EXPECT_EQ(missing.status().code(), absl::StatusCode::kNotFound);
  auto created = Registry::Open(dir.File("r.db"), FixedClock());
  ASSERT_TRUE(created.ok()) << created.status();
  EXPECT_EQ((*created)->schema_version(), kSchemaVersion);
  created->reset();
  auto reopened = Registry::Open(dir.File("r.db"));
  ASSERT_TRUE(reopened.ok()) << reopened.status();
  auto head = (*reopened)->Head();
  ASSERT_TRUE(head.ok());
  EXPECT_EQ(head->sequence(), 0);
}

TEST(Open, InMemoryStoresAreEachTheirOwn) {
  EXPECT_EQ(Registry::Open(":memory:").status().code(), absl::StatusCode::kNotFound);
  auto first = Registry::Open(":memory:", FixedClock());
  auto second = Registry::Open(":memory:", FixedClock());
  ASSERT_TRUE(first.ok()) << first.status();
  ASSERT_TRUE(second.ok()) << second.status();
  ASSERT_TRUE((*first)->PutAgencies(SmallTree()).ok());
  EXPECT_EQ((*first)->ListAgencies()->agencies_size(), SmallTree().agencies_size());
  EXPECT_EQ((*second)->ListAgencies()->agencies_size(), 0);
  auto verified = (*first)->Verify();
  ASSERT_TRUE(verified.ok()) << verified.status();
  EXPECT_THAT(verified->problems(), ::testing::IsEmpty());
}

TEST(Open, RefusesAnotherApplicationsDatabase) {
  TempDir dir;
  RawSql(dir.File("other.db"), "PRAGMA application_id = 42; CREATE TABLE t (x);");
  auto opened = Registry::Open(dir.File("other.db"), FixedClock());
  EXPECT_EQ(opened.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(opened.status().message(),
              HasSubstr("is an SQLite database but not a Gongkai registry"));
  RawSql(dir.File("plain.db"), "CREATE TABLE t (x);");
  EXPECT_THAT(Registry::Open(dir.File("plain.db")).status().message(),
              HasSubstr("not a Gongkai registry"));
}

TEST(Open, RefusesATextFileAsDamaged) {
  TempDir dir;
  std::ofstream(dir.File("notes.txt")) << std::string(4096, 'x') << "\n";
  auto opened = Registry::Open(dir.File("notes.txt"));
  EXPECT_EQ(opened.status().code(), absl::StatusCode::kDataLoss);
  EXPECT_THAT(opened.status().message(), HasSubstr("not an SQLite database"));
}

TEST(Open, RefusesANewerSchema) {
  TempDir dir;
  ASSERT_TRUE(Registry::Open(dir.File("r.db"), FixedClock()).ok());
  RawSql(dir.File("r.db"), "PRAGMA user_version = 3");
  auto opened = Registry::Open(dir.File("r.db"));
  EXPECT_EQ(opened.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(opened.status().message(), HasSubstr("schema 3 is newer than this library's 1"));
}

}  // namespace
}  // namespace gongkai::registry::testing
