// The annual-report module of the C API: a thin layer over lib/annual.
#include "gongkai/annual.h"

#include <string>

#include "absl/strings/str_cat.h"
#include "annual/builder.h"
#include "capi/buffer.h"
#include "capi/guard.h"
#include "capi/handles.h"
#include "common/file_reader.h"
#include "common/status_macros.h"

struct gongkai_annual {
  gongkai::annual::AnnualBuilder builder;
  int threads = 1;  // gongkai_annual_set_threads
};

namespace {
namespace capi = gongkai::capi;
namespace v1 = gongkai::v1;

// The builder's record kind for a gongkai_record_kind; InvalidArgument for any other value.
absl::StatusOr<gongkai::annual::RecordKind> ToRecordKind(gongkai_record_kind kind) {
  using gongkai::annual::RecordKind;
  switch (static_cast<int>(kind)) {
    case GONGKAI_RECORD_DISCLOSURE:
      return RecordKind::kDisclosure;
    case GONGKAI_RECORD_SLIP:
      return RecordKind::kSlip;
    case GONGKAI_RECORD_APPLICATION:
      return RecordKind::kApplication;
    case GONGKAI_RECORD_REMEDY:
      return RecordKind::kRemedy;
    default:
      return absl::InvalidArgumentError(
          absl::StrCat("kind: ", static_cast<int>(kind),
                       " is not a gongkai_record_kind (GONGKAI_RECORD_DISCLOSURE (1), "
                       "_SLIP (2), _APPLICATION (3) or _REMEDY (4))"));
  }
}

// One gongkai_read_fn call: how many bytes it gave, or why that is not a count.
absl::StatusOr<size_t> CallReader(gongkai_read_fn read, void* context, char* buffer, size_t size) {
  const int64_t n = read(context, reinterpret_cast<uint8_t*>(buffer), size);
  if (n < 0)
    return absl::UnavailableError(absl::StrCat("read: the reader failed (returned ", n, ")"));
  if (static_cast<uint64_t>(n) > size) {
    return absl::InvalidArgumentError(
        absl::StrCat("read: returned ", n, ", more than the ", size, " bytes asked for"));
  }
  return static_cast<size_t>(n);
}

// Adds a stream read by `read`, on the builder's threads.
absl::Status AddFromReader(gongkai_annual* annual, gongkai::annual::RecordKind kind,
                           gongkai::messages::Encoding encoding, gongkai::messages::ReadFn read) {
  return annual->builder.AddReader(kind, encoding, read, gongkai::messages::kDefaultBlockSize,
                                   annual->threads);
}

}  // namespace

extern "C" {

gongkai_code gongkai_annual_new(gongkai_annual** out, const gongkai_calendar* calendar,
                                gongkai_format format, const uint8_t* request, size_t size) {
  return capi::Guard(__func__, [&]() -> absl::Status {
    RETURN_IF_ERROR(capi::RequireNonNull(out, "out"));
    v1::AnnualRequest parsed;
    RETURN_IF_ERROR(gongkai::capi::ParseArg(format, request, size, "request", &parsed));
    ASSIGN_OR_RETURN(gongkai::annual::AnnualBuilder builder,
                     gongkai::annual::AnnualBuilder::Create(
                         parsed, calendar == nullptr ? gongkai::calendar::Calendar::National()
                                                     : calendar->calendar));
    *out = new gongkai_annual{std::move(builder)};
    return absl::OkStatus();
  });
}

void gongkai_annual_free(gongkai_annual* annual) { delete annual; }

gongkai_code gongkai_annual_add(gongkai_annual* annual, gongkai_format format,
                                gongkai_record_kind kind, const uint8_t* stream, size_t size) {
  return capi::Guard(__func__, [&]() -> absl::Status {
    RETURN_IF_ERROR(capi::RequireNonNull(annual, "annual"));
    ASSIGN_OR_RETURN(gongkai::annual::RecordKind parsed, ToRecordKind(kind));
    absl::string_view bytes;
    RETURN_IF_ERROR(gongkai::capi::ViewBytes(stream, size, "stream", &bytes));
    ASSIGN_OR_RETURN(gongkai::messages::Encoding encoding, gongkai::capi::ToEncoding(format));
    return annual->builder.AddStream(parsed, encoding, bytes, annual->threads);
  });
}

gongkai_code gongkai_annual_set_threads(gongkai_annual* annual, int threads) {
  return capi::Guard(__func__, [&]() -> absl::Status {
    RETURN_IF_ERROR(capi::RequireNonNull(annual, "annual"));
    RETURN_IF_ERROR(gongkai::messages::CheckStreamThreads(threads, absl::StatusCode::kOutOfRange));
    annual->threads = threads;
    return absl::OkStatus();
  });
}

gongkai_code gongkai_annual_add_reader(gongkai_annual* annual, gongkai_format format,
                                       gongkai_record_kind kind, gongkai_read_fn read,
                                       void* context) {
  return capi::Guard(__func__, [&]() -> absl::Status {
    RETURN_IF_ERROR(capi::RequireNonNull(annual, "annual"));
    ASSIGN_OR_RETURN(gongkai::annual::RecordKind parsed, ToRecordKind(kind));
    if (read == nullptr) return absl::InvalidArgumentError("read: NULL");
    ASSIGN_OR_RETURN(gongkai::messages::Encoding encoding, gongkai::capi::ToEncoding(format));
    return AddFromReader(annual, parsed, encoding, [&](char* buffer, size_t size) {
      return CallReader(read, context, buffer, size);
    });
  });
}

gongkai_code gongkai_annual_add_file(gongkai_annual* annual, gongkai_format format,
                                     gongkai_record_kind kind, const char* path) {
  return capi::Guard(__func__, [&]() -> absl::Status {
    RETURN_IF_ERROR(capi::RequireNonNull(annual, "annual"));
    ASSIGN_OR_RETURN(gongkai::annual::RecordKind parsed, ToRecordKind(kind));
    RETURN_IF_ERROR(capi::RequireNonNull(path, "path"));
    ASSIGN_OR_RETURN(gongkai::messages::Encoding encoding, gongkai::capi::ToEncoding(format));
    ASSIGN_OR_RETURN(gongkai::FileReader file, gongkai::FileReader::Open(path, path));
    return AddFromReader(annual, parsed, encoding,
                         [&](char* buffer, size_t size) { return file.Read(buffer, size); });
  });
}

gongkai_code gongkai_annual_merge(gongkai_annual* into, const gongkai_annual* from) {
  return capi::Guard(__func__, [&]() -> absl::Status {
    RETURN_IF_ERROR(capi::RequireNonNull(into, "into"));
    RETURN_IF_ERROR(capi::RequireNonNull(from, "from"));
    if (into == from) return absl::InvalidArgumentError("from: the same builder as into");
    return into->builder.Merge(from->builder);
  });
}

gongkai_code gongkai_annual_finish(gongkai_buffer** out, const gongkai_annual* annual,
                                   gongkai_format format) {
  return capi::Guard(__func__, [&]() -> absl::Status {
    RETURN_IF_ERROR(capi::RequireNonNull(out, "out"));
    RETURN_IF_ERROR(capi::RequireNonNull(annual, "annual"));
    ASSIGN_OR_RETURN(v1::AnnualResult result, annual->builder.Finish());
    return gongkai::capi::Output(format, result, out);
  });
}

}  // extern "C"
