#include "input.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <utility>

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

InputFile::InputFile(std::string path, FILE* file)
    : path_(std::move(path)), owned_(file == stdin ? nullptr : file, &std::fclose), file_(file) {}

absl::StatusOr<InputFile> InputFile::Open(absl::string_view path) {
  // stdio, not iostreams: it reports why a read failed (e.g. a directory gives EISDIR).
  if (path == kStdinName) return InputFile(std::string(path), stdin);
  FILE* file = std::fopen(std::string(path).c_str(), "rb");
  if (file == nullptr) return ReadError(path, "open", errno);
  return InputFile(std::string(path), file);
}

absl::StatusOr<size_t> InputFile::Read(char* buffer, size_t size) {
  const size_t n = std::fread(buffer, 1, size, file_);
  if (n == 0 && std::ferror(file_)) return ReadError(path_, "read", errno);
  return n;
}

absl::StatusOr<std::string> ReadInput(absl::string_view path) {
  absl::StatusOr<InputFile> file = InputFile::Open(path);
  if (!file.ok()) return file.status();
  std::string bytes;
  char chunk[1 << 16];
  for (;;) {
    absl::StatusOr<size_t> n = file->Read(chunk, sizeof chunk);
    if (!n.ok()) return n.status();
    if (*n == 0) return bytes;
    bytes.append(chunk, *n);
  }
}

}  // namespace gongkai::cli
