// SHA-256 (nettle) and the length-prefixed encoding every registry digest covers: each field
// as a varint of its length followed by its bytes, integers as decimal text, so that no two
// different sequences of fields encode alike.
#ifndef GONGKAI_LIB_REGISTRY_HASH_H_
#define GONGKAI_LIB_REGISTRY_HASH_H_

#include <cstdint>
#include <string>

#include "absl/strings/string_view.h"

namespace gongkai::registry {

// SHA-256 of `bytes` as 64 lowercase hex digits.
std::string Sha256Hex(absl::string_view bytes);

// The hash before the first chain entry: 64 zeros.
inline constexpr absl::string_view kGenesisHash =
    "0000000000000000000000000000000000000000000000000000000000000000";

// Builds a length-prefixed encoding field by field.
class Canonical {
 public:
  Canonical& Add(absl::string_view field);
  Canonical& Add(int64_t value);
  Canonical& Add(int value) { return Add(static_cast<int64_t>(value)); }
  const std::string& bytes() const { return bytes_; }
  std::string Sha256() const { return Sha256Hex(bytes_); }

 private:
  std::string bytes_;
};

}  // namespace gongkai::registry

#endif  // GONGKAI_LIB_REGISTRY_HASH_H_
