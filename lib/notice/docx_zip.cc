// ZipParts (docx_zip.h): libzip writing into a growable buffer source, never a file.
#include "notice/docx_zip.h"

#include <zip.h>

#include <ctime>
#include <memory>

#include "absl/strings/str_cat.h"

namespace gongkai::notice {
namespace {

struct SourceFree {
  void operator()(zip_source_t* source) const { zip_source_free(source); }
};
struct ArchiveDiscard {
  void operator()(zip_t* archive) const { zip_discard(archive); }
};

absl::Status Error(absl::string_view what, zip_error_t* error) {
  absl::Status status =
      absl::InternalError(absl::StrCat("docx: ", what, ": ", zip_error_strerror(error)));
  zip_error_fini(error);
  return status;
}

// libzip turns a time_t into a DOS date with localtime; the local time_t of 1980-01-01 00:00
// gives that date in every time zone.
time_t FixedTime() {
  std::tm tm{};
  tm.tm_year = 80;
  tm.tm_mday = 1;
  tm.tm_isdst = -1;
  return std::mktime(&tm);
}

// The bytes `source` holds once its archive is closed.
absl::StatusOr<std::string> Contents(zip_source_t* source) {
  if (zip_source_open(source) < 0) {
    return absl::InternalError(
        absl::StrCat("docx: reading the zip: ", zip_error_strerror(zip_source_error(source))));
  }
  std::string out;
  char chunk[16 << 10];
  zip_int64_t n = 0;
  while ((n = zip_source_read(source, chunk, sizeof chunk)) > 0) out.append(chunk, n);
  if (n < 0) {
    absl::Status status = absl::InternalError(
        absl::StrCat("docx: reading the zip: ", zip_error_strerror(zip_source_error(source))));
    zip_source_close(source);
    return status;
  }
  zip_source_close(source);
  return out;
}

}  // namespace

absl::StatusOr<std::string> ZipParts(
    const std::vector<std::pair<std::string, std::string>>& parts) {
  zip_error_t error;
  zip_error_init(&error);
  std::unique_ptr<zip_source_t, SourceFree> buffer(zip_source_buffer_create(nullptr, 0, 0, &error));
  if (buffer == nullptr) return Error("creating the buffer", &error);
  zip_t* opened = zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &error);
  if (opened == nullptr) return Error("opening the zip", &error);
  zip_error_fini(&error);
  // The archive now owns a reference to the buffer; ours keeps it past zip_close.
  zip_source_keep(buffer.get());
  std::unique_ptr<zip_t, ArchiveDiscard> archive(opened);
  const time_t mtime = FixedTime();
  for (const auto& [name, content] : parts) {
    // The contents stay alive until zip_close, which reads them.
    zip_source_t* member = zip_source_buffer(archive.get(), content.data(), content.size(), 0);
    if (member == nullptr) {
      return absl::InternalError(absl::StrCat("docx: ", name, ": ", zip_strerror(archive.get())));
    }
    const zip_int64_t index = zip_file_add(archive.get(), name.c_str(), member, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
      zip_source_free(member);
      return absl::InternalError(absl::StrCat("docx: ", name, ": ", zip_strerror(archive.get())));
    }
    if (zip_file_set_mtime(archive.get(), index, mtime, 0) < 0) {
      return absl::InternalError(absl::StrCat("docx: ", name, ": ", zip_strerror(archive.get())));
    }
  }
  if (zip_close(archive.get()) < 0) {
    return absl::InternalError(
        absl::StrCat("docx: writing the zip: ", zip_strerror(archive.get())));
  }
  archive.release();  // zip_close freed it
  return Contents(buffer.get());
}

}  // namespace gongkai::notice
