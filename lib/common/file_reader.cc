#include "common/file_reader.h"

#include <cerrno>
#include <cstring>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

namespace gongkai {
namespace {

absl::Status SystemError(absl::string_view doing, absl::string_view name, int error) {
  std::string message = absl::StrCat("cannot ", doing, " ", name, ": ", std::strerror(error));
  if (error == ENOENT || error == ENOTDIR) return absl::NotFoundError(message);
  return absl::InvalidArgumentError(message);
}

int NoClose(FILE*) { return 0; }

}  // namespace

FileReader::FileReader(std::string name, FILE* file, bool owned)
    : name_(std::move(name)), owned_(file, owned ? &std::fclose : &NoClose), file_(file) {}

absl::StatusOr<FileReader> FileReader::Open(const std::string& path, absl::string_view name) {
  // stdio, not iostreams: it says why a read failed (a folder gives EISDIR at the first read).
  FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) return SystemError("open", name, errno);
  return FileReader(std::string(name), file, /*owned=*/true);
}

FileReader FileReader::Borrow(FILE* file, absl::string_view name) {
  return FileReader(std::string(name), file, /*owned=*/false);
}

absl::StatusOr<size_t> FileReader::Read(char* buffer, size_t size) {
  const size_t n = std::fread(buffer, 1, size, file_);
  if (n == 0 && std::ferror(file_)) return SystemError("read", name_, errno);
  return n;
}

}  // namespace gongkai
