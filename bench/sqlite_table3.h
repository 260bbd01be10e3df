// The baseline a document-management system's database gives for table 三: the applications in
// an indexed SQLite table, counted by one GROUP BY query (docs/performance.md, "Table 三").
#ifndef GONGKAI_BENCH_SQLITE_TABLE3_H_
#define GONGKAI_BENCH_SQLITE_TABLE3_H_

#include <cstdint>
#include <vector>

#include "cases/aggregate/outcome.h"
#include "columns.h"

struct sqlite3;
struct sqlite3_stmt;

namespace gongkai::bench {

class SqliteTable3 {
 public:
  // The one index of the table.
  enum class Index {
    kGroupColumns =
        0,          // (category, outcome, received, concluded): covers the query, in GROUP BY order
    kReceived = 1,  // (received, concluded, category, outcome): covers it, in date order
  };

  // An in-memory database holding `records` as rows
  //   applications(id INTEGER PRIMARY KEY, received INTEGER, concluded INTEGER,
  //                category INTEGER, outcome INTEGER)
  // (days as yyyymmdd, concluded 99999999 while open) with `index`: the records the columns
  // hold (those that cannot be placed in any year are not among them).
  SqliteTable3(const ApplicationColumns& records, Index index);
  ~SqliteTable3();
  SqliteTable3(const SqliteTable3&) = delete;
  SqliteTable3& operator=(const SqliteTable3&) = delete;

  // Table 三 of `year` by the one GROUP BY query, as counts [leaf row][category] of `index`
  // (the same placement as the library's), totals left out.
  std::vector<int64_t> Count(int year, const cases::Table3Index& index);

  // The database's size (page count times page size), for bytes per second.
  int64_t DatabaseBytes();

  static const char* Query();

 private:
  sqlite3* db_ = nullptr;
  sqlite3_stmt* query_ = nullptr;
};

}  // namespace gongkai::bench

#endif  // GONGKAI_BENCH_SQLITE_TABLE3_H_
