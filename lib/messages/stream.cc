#include "messages/stream.h"

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "common/coding.h"
#include "common/status_macros.h"
#include "messages/registry.h"

namespace gongkai::messages {

namespace pb = google::protobuf;

absl::Status ParseAs(Encoding encoding, absl::string_view data, pb::Message* message) {
  if (encoding == Encoding::kJson) return ParseJson(data, /*ignore_unknown_fields=*/false, message);
  message->Clear();
  return ParseBinary(data, message);
}

absl::StatusOr<std::string> SerializeAs(Encoding encoding, const pb::Message& message) {
  if (encoding == Encoding::kJson) return MessageToJson(message, {});
  std::string bytes;
  if (!message.SerializeToString(&bytes)) {
    return absl::InternalError(absl::StrCat("serializing ", message.GetDescriptor()->full_name()));
  }
  return bytes;
}

absl::Status ForEachInStream(Encoding encoding, absl::string_view stream, pb::Message* scratch,
                             const std::function<absl::Status(size_t, const pb::Message&)>& visit) {
  size_t index = 0;
  auto located = [&](const absl::Status& status, absl::string_view where) {
    return absl::Status(status.code(),
                        absl::StrCat("message ", index, where, ": ", status.message()));
  };
  if (encoding == Encoding::kJson) {
    size_t line = 0;
    while (!stream.empty()) {
      const size_t end = stream.find('\n');
      absl::string_view text = stream.substr(0, end);
      stream.remove_prefix(end == absl::string_view::npos ? stream.size() : end + 1);
      ++line;
      if (absl::StripAsciiWhitespace(text).empty()) continue;
      if (absl::Status s = ParseAs(encoding, text, scratch); !s.ok()) {
        return located(s, absl::StrCat(" (line ", line, ")"));
      }
      RETURN_IF_ERROR(visit(index, *scratch));
      ++index;
    }
    return absl::OkStatus();
  }
  const auto* p = reinterpret_cast<const uint8_t*>(stream.data());
  const uint8_t* const limit = p + stream.size();
  size_t offset = 0;
  while (offset < stream.size()) {
    uint64_t size = 0;
    const uint8_t* const record = GetVarint64Ptr(p + offset, limit, &size);
    if (record == nullptr) {
      return located(absl::InvalidArgumentError("bad length prefix"),
                     absl::StrCat(" (byte ", offset, ")"));
    }
    offset = static_cast<size_t>(record - p);
    if (size > stream.size() - offset) {
      return located(absl::InvalidArgumentError(
                         absl::StrCat("length ", size, " runs past the end of the stream (",
                                      stream.size() - offset, " bytes left)")),
                     absl::StrCat(" (byte ", offset, ")"));
    }
    if (absl::Status s = ParseAs(encoding, stream.substr(offset, size), scratch); !s.ok()) {
      return located(s, absl::StrCat(" (byte ", offset, ")"));
    }
    offset += size;
    RETURN_IF_ERROR(visit(index, *scratch));
    ++index;
  }
  return absl::OkStatus();
}

absl::Status AppendToStream(Encoding encoding, const pb::Message& message, std::string* stream) {
  ASSIGN_OR_RETURN(std::string bytes, SerializeAs(encoding, message));
  if (encoding == Encoding::kJson) {
    absl::StrAppend(stream, bytes, "\n");
    return absl::OkStatus();
  }
  PutVarint64(stream, bytes.size());
  stream->append(bytes);
  return absl::OkStatus();
}

}  // namespace gongkai::messages
