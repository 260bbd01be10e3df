// Raw SQL on a registry file, as someone who can write the file but bypasses the library would
// run it: for the tests of what the registry detects and refuses.
#ifndef GONGKAI_TESTS_REGISTRY_SQL_H_
#define GONGKAI_TESTS_REGISTRY_SQL_H_

#include <sqlite3.h>

#include <string>

#include "gtest/gtest.h"

namespace gongkai::registry::testing {

inline void RawSql(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  char* error = nullptr;
  EXPECT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error), SQLITE_OK)
      << (error ? error : "") << " in " << sql;
  sqlite3_free(error);
  sqlite3_close(db);
}

}  // namespace gongkai::registry::testing

#endif  // GONGKAI_TESTS_REGISTRY_SQL_H_
