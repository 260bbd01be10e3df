#include "registry/hash.h"

#include <nettle/sha2.h>

#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"
#include "common/coding.h"

namespace gongkai::registry {

std::string Sha256Hex(absl::string_view bytes) {
  sha256_ctx ctx;
  sha256_init(&ctx);
  sha256_update(&ctx, bytes.size(), reinterpret_cast<const uint8_t*>(bytes.data()));
  uint8_t digest[SHA256_DIGEST_SIZE];
  sha256_digest(&ctx, sizeof(digest), digest);
  return absl::BytesToHexString(
      absl::string_view(reinterpret_cast<const char*>(digest), sizeof(digest)));
}

Canonical& Canonical::Add(absl::string_view field) {
  PutVarint64(&bytes_, field.size());
  bytes_.append(field.data(), field.size());
  return *this;
}

Canonical& Canonical::Add(int64_t value) { return Add(absl::StrCat(value)); }

}  // namespace gongkai::registry
