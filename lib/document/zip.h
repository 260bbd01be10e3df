// The zip container of an Office Open XML file, read from memory with libzip: members read by
// name within Limits, so that a zip bomb fails with a message instead of exhausting memory.
#ifndef GONGKAI_LIB_DOCUMENT_ZIP_H_
#define GONGKAI_LIB_DOCUMENT_ZIP_H_

#include <cstddef>
#include <memory>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "document/document.h"

struct zip;

namespace gongkai::document {

// A read-only zip archive over bytes it does not own. Not thread-safe (libzip keeps one read
// position per archive); one per reader call.
class ZipArchive {
 public:
  // Opens `bytes`, which must outlive the archive. `format` ("docx", "xlsx") starts every
  // message. InvalidArgument "docx: not a zip file (...)" for empty, truncated or non-zip
  // input (saying so when it is an OLE compound file: an encrypted Office file or a .doc).
  static absl::StatusOr<ZipArchive> Open(absl::string_view bytes, absl::string_view format,
                                         const Limits& limits);

  ZipArchive(ZipArchive&&) noexcept;
  ZipArchive& operator=(ZipArchive&&) noexcept;
  ~ZipArchive();

  // Whether the archive has a member `name` (compared without case, as OPC part names are).
  bool Has(absl::string_view name) const;

  // The uncompressed bytes of member `name`. InvalidArgument naming the member when it is
  // missing or encrypted, when its declared size would take the members read so far past
  // limits.max_unzipped_bytes, when it expands more than limits.max_zip_ratio times, when it
  // yields more bytes than it declared, and for anything libzip cannot read (an unsupported
  // compression method, a CRC error).
  absl::StatusOr<std::string> Read(absl::string_view name);

 private:
  struct Closer {
    void operator()(struct zip* archive) const;
  };
  ZipArchive(struct zip* archive, absl::string_view format, const Limits& limits);

  std::unique_ptr<struct zip, Closer> archive_;
  std::string format_;
  size_t unzipped_left_;  // what is left of limits.max_unzipped_bytes
  size_t max_ratio_;
};

}  // namespace gongkai::document

#endif  // GONGKAI_LIB_DOCUMENT_ZIP_H_
