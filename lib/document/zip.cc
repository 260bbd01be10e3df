#include "document/zip.h"

#include <zip.h>

#include <algorithm>
#include <string>
#include <utility>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"

namespace gongkai::document {
namespace {

// Read in pieces of this size, so that memory grows with the bytes that actually arrive, not
// with the size a member declares.
constexpr size_t kChunk = 64 << 10;

// Encrypted Office files, and the old binary .doc/.xls, are OLE compound files, not zips.
constexpr absl::string_view kOleMagic = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

}  // namespace

void ZipArchive::Closer::operator()(zip_t* archive) const { zip_discard(archive); }

ZipArchive::ZipArchive(zip_t* archive, absl::string_view format, const Limits& limits)
    : archive_(archive),
      format_(format),
      unzipped_left_(limits.max_unzipped_bytes),
      max_ratio_(limits.max_zip_ratio) {}

ZipArchive::ZipArchive(ZipArchive&&) noexcept = default;
ZipArchive& ZipArchive::operator=(ZipArchive&&) noexcept = default;
ZipArchive::~ZipArchive() = default;

absl::StatusOr<ZipArchive> ZipArchive::Open(absl::string_view bytes, absl::string_view format,
                                            const Limits& limits) {
  if (bytes.size() > limits.max_input_bytes) {
    return absl::InvalidArgumentError(absl::StrCat(
        format, ": ", bytes.size(), " bytes, more than the limit of ", limits.max_input_bytes));
  }
  // libzip opens zero bytes as an empty archive; for a reader that is not a zip at all.
  if (bytes.empty()) {
    return absl::InvalidArgumentError(absl::StrCat(format, ": not a zip file (empty input)"));
  }
  if (absl::StartsWith(bytes, kOleMagic)) {
    return absl::InvalidArgumentError(absl::StrCat(
        format,
        ": not a zip file (an OLE compound file: a password-protected Office file, or an old "
        "binary .doc/.xls)"));
  }
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  zip_t* archive = nullptr;
  if (source != nullptr) {
    archive = zip_open_from_source(source, ZIP_RDONLY, &error);
    if (archive == nullptr) zip_source_free(source);
  }
  if (archive == nullptr) {
    std::string message =
        absl::StrCat(format, ": not a zip file (", zip_error_strerror(&error), ")");
    zip_error_fini(&error);
    return absl::InvalidArgumentError(message);
  }
  zip_error_fini(&error);
  return ZipArchive(archive, format, limits);
}

bool ZipArchive::Has(absl::string_view name) const {
  return zip_name_locate(archive_.get(), std::string(name).c_str(), ZIP_FL_NOCASE) >= 0;
}

absl::StatusOr<std::string> ZipArchive::Read(absl::string_view name) {
  const std::string what = absl::StrCat(format_, ": ", name);
  const zip_int64_t index =
      zip_name_locate(archive_.get(), std::string(name).c_str(), ZIP_FL_NOCASE);
  if (index < 0) {
    return absl::InvalidArgumentError(absl::StrCat(format_, ": the file has no ", name));
  }
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat_index(archive_.get(), index, 0, &stat) != 0) {
    return absl::InvalidArgumentError(absl::StrCat(what, ": ", zip_strerror(archive_.get())));
  }
  if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) != 0 && stat.encryption_method != ZIP_EM_NONE) {
    return absl::InvalidArgumentError(absl::StrCat(what, " is encrypted"));
  }
  if ((stat.valid & ZIP_STAT_SIZE) == 0 || (stat.valid & ZIP_STAT_COMP_SIZE) == 0) {
    return absl::InvalidArgumentError(absl::StrCat(what, ": the zip does not give its size"));
  }
  if (stat.size > unzipped_left_) {
    return absl::InvalidArgumentError(absl::StrCat(what, " unzips to ", stat.size,
                                                   " bytes, more than the ", unzipped_left_,
                                                   " left of the limit of unzipped bytes"));
  }
  if (stat.size > 0 && (stat.comp_size == 0 || stat.size / stat.comp_size > max_ratio_)) {
    return absl::InvalidArgumentError(absl::StrCat(
        what, " expands ", stat.comp_size == 0 ? stat.size : stat.size / stat.comp_size,
        " times, more than the limit of ", max_ratio_, " (a zip bomb?)"));
  }
  const std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> file(
      zip_fopen_index(archive_.get(), index, 0), &zip_fclose);
  if (file == nullptr) {
    return absl::InvalidArgumentError(
        absl::StrCat(what, ": cannot unzip (", zip_strerror(archive_.get()), ")"));
  }
  std::string out;
  out.reserve(std::min<zip_uint64_t>(stat.size, size_t{16} << 20));
  absl::Status status;
  while (status.ok()) {
    const size_t had = out.size();
    out.resize(had + kChunk);
    const zip_int64_t n = zip_fread(file.get(), out.data() + had, kChunk);
    out.resize(had + static_cast<size_t>(std::max<zip_int64_t>(n, 0)));
    if (n < 0) {
      status = absl::InvalidArgumentError(
          absl::StrCat(what, ": cannot unzip (", zip_file_strerror(file.get()), ")"));
    } else if (n == 0) {
      break;
    } else if (out.size() > stat.size) {
      // The checks above trusted the declared size; the bytes themselves must keep to it.
      status = absl::InvalidArgumentError(
          absl::StrCat(what, " holds more than the ", stat.size, " bytes it declares"));
    }
  }
  if (!status.ok()) return status;
  unzipped_left_ -= out.size();
  return out;
}

}  // namespace gongkai::document
