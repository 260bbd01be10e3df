#include "sqlite_table3.h"

#include <sqlite3.h>

#include <cstdio>
#include <cstdlib>

namespace gongkai::bench {
namespace {

void Check(int rc, sqlite3* db, const char* what) {
  if (rc == SQLITE_OK || rc == SQLITE_DONE || rc == SQLITE_ROW) return;
  std::fprintf(stderr, "sqlite: %s: %s\n", what, sqlite3_errmsg(db));
  std::abort();
}

void Exec(sqlite3* db, const char* sql) {
  Check(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), db, sql);
}

constexpr int kOpen = 99999999;

}  // namespace

const char* SqliteTable3::Query() {
  // One row per (category, outcome): how many were received in the year (new), how many in
  // all (new + carried over), how many concluded by 31 December (the rest are carried forward).
  return "SELECT category, outcome, sum(received >= ?1), count(*), sum(concluded <= ?2) "
         "FROM applications WHERE received <= ?2 AND concluded >= ?1 "
         "GROUP BY category, outcome";
}

SqliteTable3::SqliteTable3(const ApplicationColumns& records, Index index) {
  Check(sqlite3_open(":memory:", &db_), db_, "open");
  Exec(db_, "PRAGMA journal_mode = OFF");
  Exec(db_, "PRAGMA synchronous = OFF");
  Exec(db_,
       "CREATE TABLE applications (id INTEGER PRIMARY KEY, received INTEGER NOT NULL, "
       "concluded INTEGER NOT NULL, category INTEGER NOT NULL, outcome INTEGER NOT NULL)");
  Exec(db_, "BEGIN");
  sqlite3_stmt* insert = nullptr;
  Check(sqlite3_prepare_v2(db_,
                           "INSERT INTO applications (received, concluded, category, outcome) "
                           "VALUES (?1, ?2, ?3, ?4)",
                           -1, &insert, nullptr),
        db_, "prepare insert");
  for (size_t i = 0; i < records.size(); ++i) {
    const int32_t concluded = records.concluded()[i];
    sqlite3_bind_int(insert, 1, records.received()[i]);
    sqlite3_bind_int(insert, 2, concluded == cases::kNever ? kOpen : concluded);
    sqlite3_bind_int(insert, 3, records.category()[i]);
    sqlite3_bind_int(insert, 4, records.outcome()[i]);
    Check(sqlite3_step(insert), db_, "insert");
    sqlite3_reset(insert);
  }
  sqlite3_finalize(insert);
  Exec(db_, "COMMIT");
  Exec(db_, index == Index::kGroupColumns
                ? "CREATE INDEX by_group ON applications (category, outcome, received, concluded)"
                : "CREATE INDEX by_date ON applications (received, concluded, category, outcome)");
  Exec(db_, "ANALYZE");
  Check(sqlite3_prepare_v2(db_, Query(), -1, &query_, nullptr), db_, "prepare query");
}

int64_t SqliteTable3::DatabaseBytes() {
  int64_t bytes = 1;
  for (const char* pragma : {"PRAGMA page_count", "PRAGMA page_size"}) {
    sqlite3_stmt* stmt = nullptr;
    Check(sqlite3_prepare_v2(db_, pragma, -1, &stmt, nullptr), db_, pragma);
    Check(sqlite3_step(stmt), db_, pragma);
    bytes *= sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
  }
  return bytes;
}

SqliteTable3::~SqliteTable3() {
  sqlite3_finalize(query_);
  sqlite3_close(db_);
}

std::vector<int64_t> SqliteTable3::Count(int year, const cases::Table3Index& index) {
  constexpr int kCategories = cases::Table3Index::kCategories;
  std::vector<int64_t> grid(cases::Table3Index::kMaxRows * kCategories, 0);
  sqlite3_bind_int(query_, 1, year * 10000 + 101);
  sqlite3_bind_int(query_, 2, year * 10000 + 1231);
  int rc;
  while ((rc = sqlite3_step(query_)) == SQLITE_ROW) {
    const int category = sqlite3_column_int(query_, 0);
    const int outcome = sqlite3_column_int(query_, 1);
    const int64_t fresh = sqlite3_column_int64(query_, 2);
    const int64_t all = sqlite3_column_int64(query_, 3);
    const int64_t concluded = sqlite3_column_int64(query_, 4);
    grid[index.new_row * kCategories + category] += fresh;
    grid[index.carried_over_row * kCategories + category] += all - fresh;
    if (concluded > 0) grid[index.row_of_outcome[outcome] * kCategories + category] += concluded;
    grid[index.carried_forward_row * kCategories + category] += all - concluded;
  }
  Check(rc, db_, "query");
  sqlite3_reset(query_);
  return grid;
}

}  // namespace gongkai::bench
