// Status codes, the thread-local last error, and the argument checks shared by entry points.
#include <algorithm>
#include <optional>
#include <string>

#include "absl/strings/str_format.h"
#include "calendar/calendar.h"
#include "capi/buffer.h"
#include "capi/guard.h"
#include "common/status_macros.h"
#include "common/utf8.h"
#include "gongkai/common.h"
#include "gongkai/report.h"

namespace gongkai::capi {
namespace {

thread_local std::string last_error;

gongkai_code ToCode(absl::StatusCode code) {
  switch (code) {
    case absl::StatusCode::kOk:
      return GONGKAI_OK;
    case absl::StatusCode::kInvalidArgument:
      return GONGKAI_INVALID_ARGUMENT;
    case absl::StatusCode::kNotFound:
      return GONGKAI_NOT_FOUND;
    case absl::StatusCode::kAlreadyExists:
      return GONGKAI_ALREADY_EXISTS;
    case absl::StatusCode::kResourceExhausted:
      return GONGKAI_RESOURCE_EXHAUSTED;
    case absl::StatusCode::kFailedPrecondition:
    // A file the process may not open or write (the registry's): the state of the system, not
    // the input, refuses it, and one more code would not tell a caller more.
    case absl::StatusCode::kPermissionDenied:
      return GONGKAI_FAILED_PRECONDITION;
    case absl::StatusCode::kOutOfRange:
      return GONGKAI_OUT_OF_RANGE;
    case absl::StatusCode::kUnavailable:
      return GONGKAI_UNAVAILABLE;
    case absl::StatusCode::kDataLoss:
      return GONGKAI_DATA_LOSS;
    default:
      return GONGKAI_INTERNAL;  // the core never means to produce anything else
  }
}

// The C0 controls and DEL, NUL included (hence the explicit length).
constexpr absl::string_view kControls(
    "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f"
    "\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f\x7f",
    33);

// The message as gongkai/common.h promises it: one line of UTF-8 without NUL. Messages quote
// ids and names the caller gave, which may hold any byte; control characters and bytes that are
// not UTF-8 are written \xNN.
std::string OneLineOfUtf8(absl::string_view text) {
  std::string out;
  out.reserve(text.size());
  auto escape = [&out](unsigned char c) { absl::StrAppendFormat(&out, "\\x%02x", c); };
  while (!text.empty()) {
    const std::optional<size_t> bad = FindInvalidUtf8(text);
    const size_t good = bad.value_or(text.size());
    // Copied in runs between control characters: messages are mostly long runs of text.
    const absl::string_view valid = text.substr(0, good);
    for (size_t i = 0; i < good;) {
      const size_t control = std::min(valid.find_first_of(kControls, i), good);
      out.append(text.data() + i, control - i);
      if (control == good) break;
      escape(static_cast<unsigned char>(text[control]));
      i = control + 1;
    }
    if (!bad) break;
    escape(static_cast<unsigned char>(text[good]));
    text.remove_prefix(good + 1);
  }
  return out;
}

}  // namespace

gongkai_code SetLastError(absl::string_view function, const absl::Status& status) {
  if (status.ok()) return GONGKAI_OK;
  try {
    last_error = absl::StrCat(function, ": ", OneLineOfUtf8(status.message()));
  } catch (...) {
    // Out of memory while reporting. A std::string holds this many characters without
    // allocating, so the message still says what happened.
    last_error.assign("out of memory");
  }
  return ToCode(status.code());
}

absl::Status RequireNonNull(const void* p, absl::string_view param) {
  if (p != nullptr) return absl::OkStatus();
  return absl::InvalidArgumentError(absl::StrCat(param, " is NULL"));
}

absl::StatusOr<absl::CivilDay> DateArg(const char* text, absl::string_view param) {
  RETURN_IF_ERROR(RequireNonNull(text, param));
  return calendar::ParseDay(text, param);
}

absl::Status ViewBytes(const void* data, size_t size, absl::string_view param,
                       absl::string_view* out) {
  if (data == nullptr && size != 0) {
    return absl::InvalidArgumentError(absl::StrCat(param, " is NULL but its size is ", size));
  }
  *out = size == 0 ? absl::string_view() : absl::string_view(static_cast<const char*>(data), size);
  return absl::OkStatus();
}

absl::StatusOr<messages::Encoding> ToEncoding(gongkai_format format) {
  // A C caller may pass any int: compare as int, so a value outside the enum is an error.
  switch (static_cast<int>(format)) {
    case GONGKAI_FORMAT_BINARY:
      return messages::Encoding::kBinary;
    case GONGKAI_FORMAT_JSON:
      return messages::Encoding::kJson;
    default:
      return absl::InvalidArgumentError(
          absl::StrCat("format: ", static_cast<int>(format), " is neither ",
                       "GONGKAI_FORMAT_BINARY (0) nor GONGKAI_FORMAT_JSON (1)"));
  }
}

absl::Status ParseArg(gongkai_format format, const void* data, size_t size, absl::string_view param,
                      google::protobuf::Message* message) {
  absl::string_view bytes;
  RETURN_IF_ERROR(ViewBytes(data, size, param, &bytes));
  ASSIGN_OR_RETURN(messages::Encoding encoding, ToEncoding(format));
  absl::Status status = messages::ParseAs(encoding, bytes, message);
  if (status.ok()) return status;
  return absl::Status(status.code(), absl::StrCat(param, ": ", status.message()));
}

absl::Status Output(gongkai_format format, const google::protobuf::Message& message,
                    gongkai_buffer** out) {
  ASSIGN_OR_RETURN(messages::Encoding encoding, ToEncoding(format));
  ASSIGN_OR_RETURN(std::string bytes, messages::SerializeAs(encoding, message));
  *out = NewBuffer(std::move(bytes));
  return absl::OkStatus();
}

absl::Status CheckFlags(unsigned int flags, unsigned int known, absl::string_view param) {
  if ((flags & ~known) == 0) return absl::OkStatus();
  return absl::InvalidArgumentError(
      absl::StrFormat("%s: unknown bits 0x%x (known: 0x%x)", param, flags & ~known, known));
}

}  // namespace gongkai::capi

extern "C" {

const char* gongkai_code_name(int code) {
  switch (code) {
    case GONGKAI_OK:
      return "OK";
    case GONGKAI_INVALID_ARGUMENT:
      return "INVALID_ARGUMENT";
    case GONGKAI_NOT_FOUND:
      return "NOT_FOUND";
    case GONGKAI_ALREADY_EXISTS:
      return "ALREADY_EXISTS";
    case GONGKAI_RESOURCE_EXHAUSTED:
      return "RESOURCE_EXHAUSTED";
    case GONGKAI_FAILED_PRECONDITION:
      return "FAILED_PRECONDITION";
    case GONGKAI_OUT_OF_RANGE:
      return "OUT_OF_RANGE";
    case GONGKAI_INTERNAL:
      return "INTERNAL";
    case GONGKAI_UNAVAILABLE:
      return "UNAVAILABLE";
    case GONGKAI_DATA_LOSS:
      return "DATA_LOSS";
    default:
      return "UNKNOWN";
  }
}

const char* gongkai_last_error_message(void) { return gongkai::capi::last_error.c_str(); }

}  // extern "C"
