#include "input.h"

#include <cstdio>

#include "text.h"

namespace gongkai::cli {

std::string InputName(absl::string_view path) {
  return path == kStdinName ? "<stdin>" : Printable(path);
}

absl::StatusOr<FileReader> OpenInput(absl::string_view path) {
  if (path == kStdinName) return FileReader::Borrow(stdin, InputName(path));
  return FileReader::Open(std::string(path), InputName(path));
}

absl::StatusOr<std::string> ReadInput(absl::string_view path) {
  absl::StatusOr<FileReader> file = OpenInput(path);
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
