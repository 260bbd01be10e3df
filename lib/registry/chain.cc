#include "registry/chain.h"

#include "absl/strings/str_cat.h"
#include "common/status_macros.h"
#include "registry/hash.h"
#include "registry/impl.h"
#include "registry/registry.h"

namespace gongkai::registry {

std::string EntryHash(const ChainEntry& e) {
  return Canonical()
      .Add(e.sequence)
      .Add(e.kind)
      .Add(e.agency_id)
      .Add(e.year)
      .Add(e.number)
      .Add(e.subject)
      .Add(e.payload)
      .Add(e.at)
      .Add(e.actor)
      .Add(e.prev)
      .Sha256();
}

std::string FiledPayload(absl::string_view digest, absl::string_view reason) {
  return Canonical().Add(digest).Add(reason).Sha256();
}

std::string DisposedPayload(absl::string_view fingerprint, int disposition,
                            absl::string_view explanation) {
  return Canonical().Add(fingerprint).Add(disposition).Add(explanation).Sha256();
}

absl::StatusOr<v1::RegistryReceipt> ChainHead(const Db& db) {
  ASSIGN_OR_RETURN(Stmt stmt, db.Prepare("SELECT sequence, hash FROM chain ORDER BY sequence "
                                         "DESC LIMIT 1",
                                         "reading the chain's head"));
  ASSIGN_OR_RETURN(const bool row, stmt.Step());
  v1::RegistryReceipt head;
  head.set_sequence(row ? stmt.Int(0) : 0);
  head.set_hash(row ? stmt.Text(1) : std::string(kGenesisHash));
  return head;
}

absl::StatusOr<v1::RegistryReceipt> AppendEntry(const Db& db, ChainEntry e) {
  ASSIGN_OR_RETURN(const v1::RegistryReceipt head, ChainHead(db));
  e.sequence = head.sequence() + 1;
  e.prev = head.hash();
  e.hash = EntryHash(e);
  ASSIGN_OR_RETURN(Stmt stmt,
                   db.Prepare("INSERT INTO chain (sequence, kind, agency_id, year, number, "
                              "subject, payload, at, actor, prev, hash) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                              "appending to the chain"));
  stmt.Bind(1, e.sequence)
      .Bind(2, e.kind)
      .Bind(3, e.agency_id)
      .Bind(4, e.year)
      .Bind(5, e.number)
      .Bind(6, e.subject)
      .Bind(7, e.payload)
      .Bind(8, e.at)
      .Bind(9, e.actor)
      .Bind(10, e.prev)
      .Bind(11, e.hash);
  RETURN_IF_ERROR(stmt.Run());
  v1::RegistryReceipt receipt;
  receipt.set_sequence(e.sequence);
  receipt.set_hash(e.hash);
  return receipt;
}

absl::Status ForEachEntry(const Db& db, const std::function<void(const ChainEntry&)>& visit) {
  ASSIGN_OR_RETURN(Stmt stmt, db.Prepare("SELECT sequence, kind, agency_id, year, number, "
                                         "subject, payload, at, actor, prev, hash FROM chain "
                                         "ORDER BY sequence",
                                         "reading the chain"));
  ChainEntry e;
  for (;;) {
    ASSIGN_OR_RETURN(const bool row, stmt.Step());
    if (!row) return absl::OkStatus();
    e.sequence = stmt.Int(0);
    e.kind = stmt.Text(1);
    e.agency_id = stmt.Text(2);
    e.year = static_cast<int>(stmt.Int(3));
    e.number = static_cast<int>(stmt.Int(4));
    e.subject = stmt.Text(5);
    e.payload = stmt.Text(6);
    e.at = stmt.Text(7);
    e.actor = stmt.Text(8);
    e.prev = stmt.Text(9);
    e.hash = stmt.Text(10);
    visit(e);
  }
}

absl::StatusOr<v1::RegistryReceipt> Registry::Head() const {
  v1::RegistryReceipt head;
  RETURN_IF_ERROR(impl_->db->Read("reading the chain's head", [&]() -> absl::Status {
    ASSIGN_OR_RETURN(head, ChainHead(*impl_->db));
    return absl::OkStatus();
  }));
  return head;
}

absl::Status Registry::CheckReceipt(const v1::RegistryReceipt& receipt) const {
  const Db& db = *impl_->db;
  std::string hash;
  bool found = false;
  RETURN_IF_ERROR(db.Read("checking a receipt", [&]() -> absl::Status {
    ASSIGN_OR_RETURN(Stmt stmt,
                     db.Prepare("SELECT hash FROM chain WHERE sequence = ?", "checking a receipt"));
    stmt.Bind(1, receipt.sequence());
    ASSIGN_OR_RETURN(found, stmt.Step());
    if (found) hash = stmt.Text(0);
    return absl::OkStatus();
  }));
  if (receipt.sequence() == 0 && receipt.hash() == kGenesisHash) return absl::OkStatus();
  if (!found) {
    return absl::FailedPreconditionError(absl::StrCat("receipt ", receipt.sequence(),
                                                      " does not match: the chain has no entry ",
                                                      receipt.sequence()));
  }
  if (hash != receipt.hash()) {
    return absl::FailedPreconditionError(
        absl::StrCat("receipt ", receipt.sequence(), " does not match: chain entry ",
                     receipt.sequence(), " has hash ", hash, ", the receipt ", receipt.hash()));
  }
  return absl::OkStatus();
}

}  // namespace gongkai::registry
