// The registry's hash chain: an append-only log with one entry per change. Each entry's hash
// is SHA-256 over the length-prefixed encoding (hash.h) of all its other fields, the previous
// entry's hash among them, so the head covers every entry before it.
#ifndef GONGKAI_LIB_REGISTRY_CHAIN_H_
#define GONGKAI_LIB_REGISTRY_CHAIN_H_

#include <cstdint>
#include <functional>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "gongkai/v1/registry.pb.h"
#include "registry/store.h"

namespace gongkai::registry {

// What an entry records (the column `kind`).
inline constexpr absl::string_view kFiled = "filed";        // a version; payload: FiledPayload
inline constexpr absl::string_view kLocked = "locked";      // payload: the version's digest
inline constexpr absl::string_view kAccepted = "accepted";  // payload: the version's digest
inline constexpr absl::string_view kDisposed = "disposed";  // subject: the fingerprint
inline constexpr absl::string_view kAgencies = "agencies";  // payload: AgenciesDigest

struct ChainEntry {
  int64_t sequence = 0;
  std::string kind;
  std::string agency_id;  // empty for kAgencies
  int year = 0;
  int number = 0;  // the version, for filed / locked / accepted
  std::string subject;
  std::string payload;
  std::string at;
  std::string actor;
  std::string prev;
  std::string hash;
};

// SHA-256 over every field but `hash`.
std::string EntryHash(const ChainEntry& entry);

// Appends `entry` after the head (its sequence, prev and hash are set here). Inside the
// caller's write transaction.
absl::StatusOr<v1::RegistryReceipt> AppendEntry(const Db& db, ChainEntry entry);

// The last entry; sequence 0 and kGenesisHash for an empty chain.
absl::StatusOr<v1::RegistryReceipt> ChainHead(const Db& db);

// Calls `visit` for every entry in sequence order.
absl::Status ForEachEntry(const Db& db, const std::function<void(const ChainEntry&)>& visit);

// The payloads: what each kind of entry vouches for.
std::string FiledPayload(absl::string_view digest, absl::string_view reason);
std::string DisposedPayload(absl::string_view fingerprint, int disposition,
                            absl::string_view explanation);

}  // namespace gongkai::registry

#endif  // GONGKAI_LIB_REGISTRY_CHAIN_H_
