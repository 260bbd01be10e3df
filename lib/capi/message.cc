#include "gongkai/message.h"

#include "absl/strings/str_cat.h"
#include "capi/buffer.h"
#include "capi/guard.h"
#include "common/status_macros.h"
#include "messages/registry.h"

namespace {

namespace capi = gongkai::capi;
namespace messages = gongkai::messages;

constexpr unsigned int kToJsonFlags =
    GONGKAI_JSON_PRETTY | GONGKAI_JSON_PROTO_NAMES | GONGKAI_JSON_EMIT_DEFAULTS;
constexpr unsigned int kFromJsonFlags = GONGKAI_JSON_IGNORE_UNKNOWN;

}  // namespace

extern "C" {

gongkai_code gongkai_message_to_json(gongkai_buffer** out, unsigned int flags,
                                     const char* type_name, const uint8_t* data, size_t size) {
  return capi::Guard(__func__, [&]() -> absl::Status {
    RETURN_IF_ERROR(capi::RequireNonNull(out, "out"));
    RETURN_IF_ERROR(capi::RequireNonNull(type_name, "type_name"));
    absl::string_view bytes;
    RETURN_IF_ERROR(capi::ViewBytes(data, size, "data", &bytes));
    RETURN_IF_ERROR(capi::CheckFlags(flags, kToJsonFlags, "flags"));
    messages::JsonPrintOptions options;
    options.pretty = (flags & GONGKAI_JSON_PRETTY) != 0;
    options.proto_field_names = (flags & GONGKAI_JSON_PROTO_NAMES) != 0;
    options.emit_defaults = (flags & GONGKAI_JSON_EMIT_DEFAULTS) != 0;
    ASSIGN_OR_RETURN(std::string json, messages::BinaryToJson(type_name, bytes, options));
    *out = capi::NewBuffer(std::move(json));
    return absl::OkStatus();
  });
}

gongkai_code gongkai_message_from_json(gongkai_buffer** out, unsigned int flags,
                                       const char* type_name, const char* json, size_t size) {
  return capi::Guard(__func__, [&]() -> absl::Status {
    RETURN_IF_ERROR(capi::RequireNonNull(out, "out"));
    RETURN_IF_ERROR(capi::RequireNonNull(type_name, "type_name"));
    absl::string_view text;
    RETURN_IF_ERROR(capi::ViewBytes(json, size, "json", &text));
    RETURN_IF_ERROR(capi::CheckFlags(flags, kFromJsonFlags, "flags"));
    const bool ignore_unknown = (flags & GONGKAI_JSON_IGNORE_UNKNOWN) != 0;
    ASSIGN_OR_RETURN(std::string bytes, messages::JsonToBinary(type_name, text, ignore_unknown));
    *out = capi::NewBuffer(std::move(bytes));
    return absl::OkStatus();
  });
}

gongkai_code gongkai_message_type_names(gongkai_buffer** out) {
  return capi::Guard(__func__, [&]() -> absl::Status {
    RETURN_IF_ERROR(capi::RequireNonNull(out, "out"));
    std::string text;
    for (const std::string& name : messages::MessageTypeNames()) absl::StrAppend(&text, name, "\n");
    *out = capi::NewBuffer(std::move(text));
    return absl::OkStatus();
  });
}

}  // extern "C"
