// The firewall every extern "C" entry point runs its body through: absl::Status becomes a
// gongkai_code plus the thread's last-error message, and no exception crosses into C.
#ifndef GONGKAI_LIB_CAPI_GUARD_H_
#define GONGKAI_LIB_CAPI_GUARD_H_

#include <exception>
#include <new>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "absl/time/civil_time.h"
#include "gongkai/buffer.h"
#include "gongkai/common.h"
#include "google/protobuf/message.h"
#include "messages/stream.h"

namespace gongkai::capi {

// Records `status` as this thread's last error (prefixed with the function name) and returns
// its code. OK statuses leave the last error alone.
gongkai_code SetLastError(absl::string_view function, const absl::Status& status);

// Runs `body` (returning absl::Status) and converts its outcome. Bodies must write their
// outputs only after everything that can fail has succeeded, so a failure changes nothing.
template <typename Body>
gongkai_code Guard(absl::string_view function, Body&& body) noexcept {
  try {
    return SetLastError(function, body());
  } catch (const std::bad_alloc&) {
    return SetLastError(function, absl::ResourceExhaustedError("out of memory"));
  } catch (const std::exception& e) {
    return SetLastError(function,
                        absl::InternalError(absl::StrCat("unexpected exception: ", e.what())));
  } catch (...) {
    return SetLastError(function, absl::InternalError("unexpected exception"));
  }
}

// InvalidArgument naming `param` when `p` is NULL.
absl::Status RequireNonNull(const void* p, absl::string_view param);

// The date `text` ("YYYY-MM-DD"); InvalidArgument naming `param` when it is NULL or malformed.
absl::StatusOr<absl::CivilDay> DateArg(const char* text, absl::string_view param);

// Views `data[0..size)`; InvalidArgument naming `param` if data is NULL with a nonzero size.
absl::Status ViewBytes(const void* data, size_t size, absl::string_view param,
                       absl::string_view* out);

// The message encoding GONGKAI_FORMAT_BINARY / _JSON stands for; InvalidArgument otherwise.
absl::StatusOr<messages::Encoding> ToEncoding(gongkai_format format);

// Parses `data[0..size)` (NULL allowed with size 0) into `message`; errors are prefixed with
// `param`.
absl::Status ParseArg(gongkai_format format, const void* data, size_t size, absl::string_view param,
                      google::protobuf::Message* message);

// Serializes `message` in `format` into a new buffer for the caller (the last step of a body).
absl::Status Output(gongkai_format format, const google::protobuf::Message& message,
                    gongkai_buffer** out);

// InvalidArgument naming `param` if `flags` has a bit outside `known`.
absl::Status CheckFlags(unsigned int flags, unsigned int known, absl::string_view param);

}  // namespace gongkai::capi

#endif  // GONGKAI_LIB_CAPI_GUARD_H_
