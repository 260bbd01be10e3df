// A file read in blocks: for inputs too big to hold whole (a year of records can be gigabytes).
#ifndef GONGKAI_LIB_COMMON_FILE_READER_H_
#define GONGKAI_LIB_COMMON_FILE_READER_H_

#include <cstddef>
#include <cstdio>
#include <memory>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace gongkai {

// Reads a file front to back. Errors name the file as `name` (its path, or what the caller
// calls it) and give the system's reason; never any of its contents.
class FileReader {
 public:
  // Opens `path`. NotFound when it does not exist (or a folder on the way does not);
  // InvalidArgument for every other reason the system gives (no permission, too many files).
  static absl::StatusOr<FileReader> Open(const std::string& path, absl::string_view name);
  // Reads from a stream the caller keeps open (standard input); never closes it.
  static FileReader Borrow(FILE* file, absl::string_view name);

  // Up to `size` bytes into `buffer`: how many, 0 at the end. InvalidArgument when the system
  // fails the read (a folder gives "Is a directory").
  absl::StatusOr<size_t> Read(char* buffer, size_t size);

 private:
  FileReader(std::string name, FILE* file, bool owned);
  std::string name_;
  std::unique_ptr<FILE, int (*)(FILE*)> owned_;
  FILE* file_;
};

}  // namespace gongkai

#endif  // GONGKAI_LIB_COMMON_FILE_READER_H_
