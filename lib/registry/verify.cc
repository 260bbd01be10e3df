// Registry::Verify: the chain recomputed entry by entry, every version's digest recomputed from
// its stored report, and the stored versions, locks, acceptances, dispositions and agencies
// compared with what the chain records.
#include <map>
#include <string>
#include <tuple>
#include <utility>

#include "absl/strings/str_cat.h"
#include "common/status_macros.h"
#include "registry/agencies.h"
#include "registry/canonical.h"
#include "registry/cells.h"
#include "registry/chain.h"
#include "registry/hash.h"
#include "registry/impl.h"
#include "registry/versions.h"

namespace gongkai::registry {
namespace {

using VersionKey = std::tuple<std::string, int, int>;              // agency, year, number
using DispositionKey = std::tuple<std::string, int, std::string>;  // agency, year, fingerprint

// What the chain says, indexed for the comparison with the tables.
struct Recorded {
  std::map<VersionKey, ChainEntry> filed, locked, accepted;
  std::map<DispositionKey, ChainEntry> disposed;  // the latest per finding
  std::optional<ChainEntry> agencies;             // the latest
};

std::string Name(const VersionKey& k) {
  return VersionName(std::get<0>(k), std::get<1>(k), std::get<2>(k));
}

std::string Name(const DispositionKey& k) {
  return absl::StrCat("the disposition of finding ", std::get<2>(k), " of agency ", std::get<0>(k),
                      " for ", std::get<1>(k));
}

absl::Status CheckChain(const Db& db, Recorded* recorded, v1::RegistryVerification* out) {
  int64_t expected = 1;
  std::string prev(kGenesisHash);
  return ForEachEntry(db, [&](const ChainEntry& e) {
    auto problem = [&](const std::string& text) { out->add_problems(text); };
    out->set_entries(out->entries() + 1);
    for (; expected < e.sequence; ++expected) {
      problem(absl::StrCat("chain entry ", expected, " is missing"));
    }
    expected = e.sequence + 1;
    if (e.prev != prev) {
      problem(absl::StrCat("chain entry ", e.sequence,
                           " does not follow the entry before it (its previous hash differs)"));
    }
    if (EntryHash(e) != e.hash) {
      problem(absl::StrCat("chain entry ", e.sequence, " (", e.kind,
                           ") was altered: its hash does not match its fields"));
    }
    prev = e.hash;
    out->mutable_head()->set_sequence(e.sequence);
    out->mutable_head()->set_hash(e.hash);
    const VersionKey version{e.agency_id, e.year, e.number};
    if (e.kind == kFiled) {
      recorded->filed[version] = e;
    } else if (e.kind == kLocked) {
      recorded->locked[version] = e;
    } else if (e.kind == kAccepted) {
      recorded->accepted[version] = e;
    } else if (e.kind == kDisposed) {
      recorded->disposed[{e.agency_id, e.year, e.subject}] = e;
    } else if (e.kind == kAgencies) {
      recorded->agencies = e;
    } else {
      problem(absl::StrCat("chain entry ", e.sequence, " has an unknown kind \"", e.kind, "\""));
    }
  });
}

// A lock or an acceptance: stored as (at, by), recorded as an entry vouching for the digest.
void CheckMark(const VersionKey& key, absl::string_view what, const std::string& at,
               const std::string& by, const std::string& digest,
               std::map<VersionKey, ChainEntry>& entries, v1::RegistryVerification* out) {
  auto it = entries.find(key);
  if (it == entries.end()) {
    if (!at.empty()) {
      out->add_problems(
          absl::StrCat(Name(key), " is ", what, " (", at, ") but the chain records no such event"));
    }
    return;
  }
  const ChainEntry& e = it->second;
  if (at.empty()) {
    out->add_problems(absl::StrCat(Name(key), " was ", what, " (chain entry ", e.sequence,
                                   ") but the store says it is not"));
  } else if (e.at != at || e.actor != by || e.payload != digest) {
    out->add_problems(absl::StrCat(Name(key), ": when, by whom or which report was ", what,
                                   " differs from chain entry ", e.sequence));
  }
  entries.erase(it);
}

absl::Status CheckVersions(const Db& db, Recorded* recorded, v1::RegistryVerification* out) {
  ASSIGN_OR_RETURN(Stmt stmt,
                   db.Prepare("SELECT v.agency_id, v.year, v.number, v.digest, c.report, "
                              "c.cells, v.filed_by, v.filed_at, v.reason, v.locked_at, "
                              "v.locked_by, v.accepted_at, v.accepted_by, v.sequence "
                              "FROM versions v LEFT JOIN contents c USING (agency_id, "
                              "year, number) ORDER BY v.agency_id, v.year, v.number",
                              "verifying versions"));
  for (;;) {
    ASSIGN_OR_RETURN(const bool row, stmt.Step());
    if (!row) break;
    out->set_versions(out->versions() + 1);
    const VersionKey key{stmt.Text(0), static_cast<int>(stmt.Int(1)),
                         static_cast<int>(stmt.Int(2))};
    const std::string digest = stmt.Text(3);
    const absl::string_view bytes = stmt.Blob(4);
    auto problem = [&](absl::string_view text) {
      out->add_problems(absl::StrCat(Name(key), text));
    };
    if (Sha256Hex(bytes) != digest) {
      problem(": its report does not match its digest (the stored report was altered)");
    }
    v1::AnnualReport report;
    absl::StatusOr<CanonicalReport> canonical;
    if (report.ParseFromArray(bytes.data(), static_cast<int>(bytes.size()))) {
      canonical = Canonicalize(report);
    }
    if (!canonical.ok() || canonical->bytes != bytes) {
      problem(": its stored report is not in canonical form");
    } else if (EncodeCells(canonical->figures, canonical->report.member_ids()) != stmt.Blob(5)) {
      problem(": its compact cells do not match its report");
    }
    auto filed = recorded->filed.find(key);
    if (filed == recorded->filed.end()) {
      problem(" is not recorded in the chain");
    } else {
      const ChainEntry& e = filed->second;
      if (e.payload != FiledPayload(digest, stmt.Text(8))) {
        problem(absl::StrCat(": its digest or reason differs from chain entry ", e.sequence));
      }
      if (e.at != stmt.Text(7) || e.actor != stmt.Text(6) || e.sequence != stmt.Int(13)) {
        problem(absl::StrCat(": who filed it or when differs from chain entry ", e.sequence));
      }
      recorded->filed.erase(filed);
    }
    CheckMark(key, "locked", stmt.Text(9), stmt.Text(10), digest, recorded->locked, out);
    CheckMark(key, "accepted", stmt.Text(11), stmt.Text(12), digest, recorded->accepted, out);
  }
  // What the chain records and the tables lack.
  for (const auto& [key, e] : recorded->filed) {
    out->add_problems(absl::StrCat(Name(key), " is recorded in the chain (entry ", e.sequence,
                                   ") but missing from the store"));
  }
  for (const auto* marks : {&recorded->locked, &recorded->accepted}) {
    for (const auto& [key, e] : *marks) {
      out->add_problems(absl::StrCat(Name(key), " was ", e.kind, " (chain entry ", e.sequence,
                                     ") but is missing from the store"));
    }
  }
  return absl::OkStatus();
}

absl::Status CheckDispositions(const Db& db, Recorded* recorded, v1::RegistryVerification* out) {
  ASSIGN_OR_RETURN(Stmt stmt, db.Prepare("SELECT agency_id, year, fingerprint, disposition, "
                                         "explanation, reviewer, decided_at, sequence "
                                         "FROM dispositions",
                                         "verifying dispositions"));
  for (;;) {
    ASSIGN_OR_RETURN(const bool row, stmt.Step());
    if (!row) break;
    const DispositionKey key{stmt.Text(0), static_cast<int>(stmt.Int(1)), stmt.Text(2)};
    auto it = recorded->disposed.find(key);
    if (it == recorded->disposed.end()) {
      out->add_problems(absl::StrCat(Name(key), " is not recorded in the chain"));
      continue;
    }
    const ChainEntry& e = it->second;
    if (e.payload !=
            DisposedPayload(std::get<2>(key), static_cast<int>(stmt.Int(3)), stmt.Text(4)) ||
        e.actor != stmt.Text(5) || e.at != stmt.Text(6) || e.sequence != stmt.Int(7)) {
      out->add_problems(absl::StrCat(Name(key), " differs from chain entry ", e.sequence));
    }
    recorded->disposed.erase(it);
  }
  for (const auto& [key, e] : recorded->disposed) {
    out->add_problems(absl::StrCat(Name(key), " is recorded in the chain (entry ", e.sequence,
                                   ") but missing from the store"));
  }
  return absl::OkStatus();
}

absl::Status CheckAgencies(const Db& db, const Recorded& recorded, v1::RegistryVerification* out) {
  ASSIGN_OR_RETURN(const v1::RegistryAgencyList agencies, LoadAgencies(db));
  if (!recorded.agencies) {
    if (agencies.agencies_size() > 0)
      out->add_problems("the agencies are not recorded in the chain");
    return absl::OkStatus();
  }
  if (recorded.agencies->payload != AgenciesDigest(agencies)) {
    out->add_problems(absl::StrCat("the agencies differ from those chain entry ",
                                   recorded.agencies->sequence, " recorded"));
  }
  return absl::OkStatus();
}

absl::Status CheckFile(const Db& db, v1::RegistryVerification* out) {
  ASSIGN_OR_RETURN(Stmt stmt, db.Prepare("PRAGMA quick_check", "verifying the file"));
  for (;;) {
    ASSIGN_OR_RETURN(const bool row, stmt.Step());
    if (!row) return absl::OkStatus();
    if (stmt.Text(0) != "ok") out->add_problems(absl::StrCat("the file: ", stmt.Text(0)));
  }
}

}  // namespace

absl::StatusOr<v1::RegistryVerification> Registry::Verify() const {
  const Db& db = *impl_->db;
  v1::RegistryVerification out;
  RETURN_IF_ERROR(db.Read("verifying", [&]() -> absl::Status {
    RETURN_IF_ERROR(CheckFile(db, &out));
    Recorded recorded;
    out.mutable_head()->set_hash(std::string(kGenesisHash));
    RETURN_IF_ERROR(CheckChain(db, &recorded, &out));
    RETURN_IF_ERROR(CheckVersions(db, &recorded, &out));
    RETURN_IF_ERROR(CheckDispositions(db, &recorded, &out));
    return CheckAgencies(db, recorded, &out);
  }));
  return out;
}

}  // namespace gongkai::registry
