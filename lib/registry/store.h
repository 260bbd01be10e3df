// The SQLite connection under a Registry: prepared statements that finalize themselves, one
// function that turns every SQLite error into a Status naming the operation, and transactions
// that commit entirely or roll back.
#ifndef GONGKAI_LIB_REGISTRY_STORE_H_
#define GONGKAI_LIB_REGISTRY_STORE_H_

#include <cstdint>
#include <functional>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/time/time.h"

struct sqlite3;
struct sqlite3_stmt;

namespace gongkai::registry {

class Db;

// A prepared statement; finalized when it goes out of scope. Bind* take 1-based indices,
// column readers 0-based ones (as SQLite's own functions).
class Stmt {
 public:
  Stmt(const Db* db, sqlite3_stmt* stmt, absl::string_view op) : db_(db), stmt_(stmt), op_(op) {}
  Stmt(Stmt&& other) noexcept;
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;
  ~Stmt();

  Stmt& Bind(int i, absl::string_view text);
  Stmt& Bind(int i, const char* text) { return Bind(i, absl::string_view(text)); }
  Stmt& Bind(int i, const std::string& text) { return Bind(i, absl::string_view(text)); }
  Stmt& Bind(int i, int64_t value);
  Stmt& Bind(int i, int value) { return Bind(i, static_cast<int64_t>(value)); }
  Stmt& BindBlob(int i, absl::string_view bytes);
  Stmt& BindNull(int i);
  // Text, or NULL when `text` is empty.
  Stmt& BindOrNull(int i, absl::string_view text);

  // The next row: true when there is one, false when done.
  absl::StatusOr<bool> Step();
  // Steps to the end, for statements that return no rows.
  absl::Status Run();
  // Ready to run again (with new bindings).
  void Reset();

  int64_t Int(int column) const;
  std::string Text(int column) const;  // "" for NULL
  absl::string_view Blob(int column) const;
  bool IsNull(int column) const;

 private:
  const Db* db_;
  sqlite3_stmt* stmt_;
  absl::string_view op_;  // a literal: what the statement does, for messages
};

class Db {
 public:
  Db(sqlite3* db, std::string path, absl::Duration busy_timeout)
      : db_(db), path_(std::move(path)), busy_timeout_(busy_timeout) {}
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;
  ~Db();

  sqlite3* handle() const { return db_; }
  const std::string& path() const { return path_; }

  // The Status of SQLite result `rc` during `op` ("filing a version"): Unavailable when busy,
  // ResourceExhausted for a full disk or memory, DataLoss for a damaged file or one that is not
  // a database, Internal for the rest; the message names the file and the operation.
  absl::Status Error(int rc, absl::string_view op) const;

  // `op` must outlive the statement (a literal).
  absl::StatusOr<Stmt> Prepare(absl::string_view sql, absl::string_view op) const;
  // Runs statements without results (DDL, pragmas, BEGIN).
  absl::Status Exec(absl::string_view sql, absl::string_view op) const;

  // Runs `body` in a write transaction (BEGIN IMMEDIATE: the wait for other writers happens
  // before anything is read); commits when it returns OK, rolls back otherwise.
  absl::Status Write(absl::string_view op, const std::function<absl::Status()>& body) const;
  // Runs `body` in a read transaction: every statement sees the same snapshot.
  absl::Status Read(absl::string_view op, const std::function<absl::Status()>& body) const;

 private:
  sqlite3* db_;
  std::string path_;
  absl::Duration busy_timeout_;
};

}  // namespace gongkai::registry

#endif  // GONGKAI_LIB_REGISTRY_STORE_H_
