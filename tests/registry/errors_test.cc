// What the store does when the file is busy, full or damaged: a clear error, never a damaged
// store, and nothing half-written.
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "registry/fixture.h"
#include "registry/sql.h"

namespace gongkai::registry::testing {
namespace {

using ::testing::HasSubstr;
using ::testing::IsEmpty;

TEST_F(RegistryTest, AWriterWaitingTooLongIsToldTheStoreIsBusy) {
  OpenOptions options = FixedClock(false);
  options.busy_timeout = absl::Milliseconds(200);
  auto second = Registry::Open(path(), options);
  ASSERT_TRUE(second.ok()) << second.status();
  // Another process holds the write lock.
  sqlite3* other = nullptr;
  ASSERT_EQ(sqlite3_open(path().c_str(), &other), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);

  auto filed = (*second)->File(ValidReport("county-a", 2025, rng_), clerk_);
  EXPECT_EQ(filed.status().code(), absl::StatusCode::kUnavailable);
  EXPECT_THAT(filed.status().message(),
              HasSubstr("is busy: another process is writing (waited 0.2 s)"));
  // Readers do not wait.
  EXPECT_TRUE((*second)->Status(2025).ok());
  EXPECT_TRUE((*second)->Head().ok());

  ASSERT_EQ(sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(other);
  EXPECT_TRUE((*second)->File(ValidReport("county-a", 2025, rng_), clerk_).ok());
  auto verification = registry_->Verify();
  ASSERT_TRUE(verification.ok());
  EXPECT_THAT(verification->problems(), IsEmpty());
}

// Every connection SQLite opens in this process while it is registered gets this limit: the
// registry's own connection included, which no test can otherwise reach.
int g_max_pages = 0;
int LimitPages(sqlite3* db, const char**, const struct sqlite3_api_routines*) {
  const std::string sql = "PRAGMA max_page_count = " + std::to_string(g_max_pages);
  sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);
  return SQLITE_OK;
}

TEST_F(RegistryTest, AFullDiskIsResourceExhaustedAndLeavesTheStoreIntact) {
  registry_.reset();
  sqlite3* raw = nullptr;
  ASSERT_EQ(sqlite3_open(path().c_str(), &raw), SQLITE_OK);
  sqlite3_stmt* stmt = nullptr;
  sqlite3_prepare_v2(raw, "PRAGMA page_count", -1, &stmt, nullptr);
  ASSERT_EQ(sqlite3_step(stmt), SQLITE_ROW);
  g_max_pages = sqlite3_column_int(stmt, 0) + 6;
  sqlite3_finalize(stmt);
  sqlite3_close(raw);

  sqlite3_auto_extension(reinterpret_cast<void (*)(void)>(LimitPages));
  auto full = Registry::Open(path(), FixedClock(false));
  ASSERT_TRUE(full.ok()) << full.status();
  int stored = 0;
  absl::Status status;
  for (int i = 0; i < 200 && status.ok(); ++i) {
    status =
        (*full)->File(ValidReport("county-a", 2025, rng_), clerk_, i > 0 ? "更正" : "").status();
    if (status.ok()) ++stored;
  }
  sqlite3_cancel_auto_extension(reinterpret_cast<void (*)(void)>(LimitPages));
  EXPECT_EQ(status.code(), absl::StatusCode::kResourceExhausted);
  EXPECT_THAT(status.message(), HasSubstr("disk full"));
  full->reset();

  auto reopened = Registry::Open(path());
  ASSERT_TRUE(reopened.ok()) << reopened.status();
  EXPECT_EQ((*reopened)->ListVersions("county-a", 2025)->size(), static_cast<size_t>(stored));
  auto verification = (*reopened)->Verify();
  ASSERT_TRUE(verification.ok()) << verification.status();
  EXPECT_THAT(verification->problems(), IsEmpty());
}

TEST_F(RegistryTest, ATruncatedStoreIsReportedAsDamaged) {
  for (int i = 0; i < 20; ++i) {
    ASSERT_TRUE(
        registry_->File(ValidReport("county-a", 2025, rng_), clerk_, i > 0 ? "更正" : "").ok());
  }
  registry_.reset();
  const auto size = std::filesystem::file_size(path());
  ASSERT_EQ(truncate(path().c_str(), static_cast<off_t>(size / 2)), 0);
  auto opened = Registry::Open(path());
  if (!opened.ok()) {
    EXPECT_EQ(opened.status().code(), absl::StatusCode::kDataLoss) << opened.status();
    return;
  }
  auto verification = (*opened)->Verify();
  if (!verification.ok()) {
    EXPECT_EQ(verification.status().code(), absl::StatusCode::kDataLoss) << verification.status();
    EXPECT_THAT(verification.status().message(), HasSubstr("is damaged"));
  } else {
    EXPECT_THAT(verification->problems(), ::testing::Not(IsEmpty()));
  }
}

TEST_F(RegistryTest, ADamagedHeaderIsDataLoss) {
  registry_.reset();
  {
    std::fstream file(path(), std::ios::in | std::ios::out | std::ios::binary);
    file.seekp(0);
    file.write("not a database!!", 16);
  }
  auto opened = Registry::Open(path());
  EXPECT_EQ(opened.status().code(), absl::StatusCode::kDataLoss);
  EXPECT_THAT(opened.status().message(), HasSubstr("damaged or not an SQLite database"));
}

TEST_F(RegistryTest, FailedCallsStoreNothing) {
  auto head = registry_->Head();
  EXPECT_FALSE(registry_->Accept("county-a", 2025, 0, reviewer_).ok());
  EXPECT_FALSE(registry_->Lock("county-a", 2025, 0, reviewer_).ok());
  EXPECT_FALSE(
      registry_->Dispose("county-a", 2025, "x", v1::DISPOSITION_MUST_CORRECT, "", reviewer_).ok());
  v1::RegistryAgencyList bad = SmallTree();
  bad.mutable_agencies(2)->mutable_agency()->set_parent_id("nowhere");
  EXPECT_FALSE(registry_->PutAgencies(bad).ok());
  EXPECT_EQ(registry_->Head()->sequence(), head->sequence());
}

}  // namespace
}  // namespace gongkai::registry::testing
