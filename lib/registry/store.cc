#include "registry/store.h"

#include <sqlite3.h>

#include <utility>

#include "absl/strings/str_cat.h"

namespace gongkai::registry {

Stmt::Stmt(Stmt&& other) noexcept : db_(other.db_), stmt_(other.stmt_), op_(other.op_) {
  other.stmt_ = nullptr;
}

Stmt::~Stmt() { sqlite3_finalize(stmt_); }

// Binding fails only for an index out of range or memory: the error resurfaces at Step, which
// returns SQLite's sticky error for the statement.
// A null data pointer would bind SQL NULL: an empty absl::string_view() is text "", not NULL.
Stmt& Stmt::Bind(int i, absl::string_view text) {
  sqlite3_bind_text(stmt_, i, text.data() != nullptr ? text.data() : "",
                    static_cast<int>(text.size()), SQLITE_TRANSIENT);
  return *this;
}
Stmt& Stmt::Bind(int i, int64_t value) {
  sqlite3_bind_int64(stmt_, i, value);
  return *this;
}
Stmt& Stmt::BindBlob(int i, absl::string_view bytes) {
  sqlite3_bind_blob(stmt_, i, bytes.data() != nullptr ? bytes.data() : "",
                    static_cast<int>(bytes.size()), SQLITE_TRANSIENT);
  return *this;
}
Stmt& Stmt::BindNull(int i) {
  sqlite3_bind_null(stmt_, i);
  return *this;
}
Stmt& Stmt::BindOrNull(int i, absl::string_view text) {
  return text.empty() ? BindNull(i) : Bind(i, text);
}

absl::StatusOr<bool> Stmt::Step() {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return db_->Error(rc, op_);
}

absl::Status Stmt::Run() {
  for (;;) {
    absl::StatusOr<bool> row = Step();
    if (!row.ok()) return row.status();
    if (!*row) return absl::OkStatus();
  }
}

void Stmt::Reset() { sqlite3_reset(stmt_); }

int64_t Stmt::Int(int column) const { return sqlite3_column_int64(stmt_, column); }

std::string Stmt::Text(int column) const {
  const unsigned char* text = sqlite3_column_text(stmt_, column);
  if (text == nullptr) return "";
  return std::string(reinterpret_cast<const char*>(text),
                     static_cast<size_t>(sqlite3_column_bytes(stmt_, column)));
}

absl::string_view Stmt::Blob(int column) const {
  const void* data = sqlite3_column_blob(stmt_, column);
  if (data == nullptr) return {};
  return absl::string_view(static_cast<const char*>(data),
                           static_cast<size_t>(sqlite3_column_bytes(stmt_, column)));
}

bool Stmt::IsNull(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }

Db::~Db() { sqlite3_close_v2(db_); }

absl::Status Db::Error(int rc, absl::string_view op) const {
  const std::string detail = db_ != nullptr ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
  switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return absl::UnavailableError(absl::StrCat("registry ", path_,
                                                 " is busy: another process is writing (waited ",
                                                 absl::ToDoubleSeconds(busy_timeout_), " s)"));
    case SQLITE_FULL:
      return absl::ResourceExhaustedError(
          absl::StrCat("registry ", path_, ": ", op, ": disk full"));
    case SQLITE_NOMEM:
      return absl::ResourceExhaustedError(
          absl::StrCat("registry ", path_, ": ", op, ": out of memory"));
    case SQLITE_NOTADB:
      return absl::DataLossError(absl::StrCat(
          "registry ", path_, " is damaged or not an SQLite database (", op, ": ", detail, ")"));
    case SQLITE_CORRUPT:
      return absl::DataLossError(
          absl::StrCat("registry ", path_, " is damaged (", op, ": ", detail, ")"));
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_AUTH:
      return absl::PermissionDeniedError(
          absl::StrCat("registry ", path_, ": ", op, ": not writable (", detail, ")"));
    case SQLITE_CANTOPEN:
      return absl::PermissionDeniedError(
          absl::StrCat("registry ", path_, ": ", op, ": cannot open (", detail, ")"));
    default:
      return absl::InternalError(absl::StrCat("registry ", path_, ": ", op, ": ", detail));
  }
}

absl::StatusOr<Stmt> Db::Prepare(absl::string_view sql, absl::string_view op) const {
  sqlite3_stmt* stmt = nullptr;
  const int rc = sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr);
  if (rc != SQLITE_OK) {
    sqlite3_finalize(stmt);
    return Error(rc, op);
  }
  return Stmt(this, stmt, op);
}

absl::Status Db::Exec(absl::string_view sql, absl::string_view op) const {
  const std::string text(sql);
  const int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, nullptr);
  return rc == SQLITE_OK ? absl::OkStatus() : Error(rc, op);
}

namespace {

// Rolls back, when it goes out of scope, a transaction still open: after a failed body or
// COMMIT, and also when the body throws (std::bad_alloc, which the C API turns into
// RESOURCE_EXHAUSTED); a transaction left open would swallow every later change of the handle.
class RollbackUnlessDone {
 public:
  explicit RollbackUnlessDone(sqlite3* db) : db_(db) {}
  ~RollbackUnlessDone() {
    // After a failed COMMIT SQLite may already have rolled back; ROLLBACK then only reports that.
    if (!sqlite3_get_autocommit(db_)) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
  }
  RollbackUnlessDone(const RollbackUnlessDone&) = delete;
  RollbackUnlessDone& operator=(const RollbackUnlessDone&) = delete;

 private:
  sqlite3* db_;
};

absl::Status InTransaction(const Db& db, absl::string_view begin, absl::string_view op,
                           const std::function<absl::Status()>& body) {
  // Already inside one (a method running another's work): the outer transaction decides.
  if (!sqlite3_get_autocommit(db.handle())) return body();
  if (absl::Status s = db.Exec(begin, op); !s.ok()) return s;
  RollbackUnlessDone guard(db.handle());
  absl::Status status = body();
  if (status.ok()) status = db.Exec("COMMIT", op);
  return status;
}

}  // namespace

absl::Status Db::Write(absl::string_view op, const std::function<absl::Status()>& body) const {
  return InTransaction(*this, "BEGIN IMMEDIATE", op, body);
}

absl::Status Db::Read(absl::string_view op, const std::function<absl::Status()>& body) const {
  return InTransaction(*this, "BEGIN", op, body);
}

}  // namespace gongkai::registry
