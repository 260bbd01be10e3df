#include "input.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

#include "absl/strings/str_cat.h"
#include "text.h"

namespace gongkai::cli {
namespace {

absl::Status ReadError(absl::string_view path, absl::string_view doing, int error) {
  return absl::InvalidArgumentError(
      absl::StrCat("cannot ", doing, " ", InputName(path), ": ", std::strerror(error)));
}

}  // namespace

std::string InputName(absl::string_view path) {
  return path == kStdinName ? "<stdin>" : Printable(path);
}

absl::StatusOr<std::string> ReadInput(absl::string_view path) {
  // stdio, not iostreams: it reports why a read failed (e.g. a directory gives EISDIR).
  std::unique_ptr<FILE, int (*)(FILE*)> owned(nullptr, &std::fclose);
  FILE* file = stdin;
  if (path != kStdinName) {
    owned.reset(std::fopen(std::string(path).c_str(), "rb"));
    if (owned == nullptr) return ReadError(path, "open", errno);
    file = owned.get();
  }
  std::string bytes;
  char chunk[1 << 16];
  size_t n;
  while ((n = std::fread(chunk, 1, sizeof chunk, file)) > 0) bytes.append(chunk, n);
  if (std::ferror(file)) return ReadError(path, "read", errno);
  return bytes;
}

}  // namespace gongkai::cli
