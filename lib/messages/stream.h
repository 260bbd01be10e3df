// Streams of messages: length-delimited binary (varint size, then the message, as protobuf's
// writeDelimitedTo writes them) or JSON lines (one message per line; blank lines skipped).
#ifndef GONGKAI_LIB_MESSAGES_STREAM_H_
#define GONGKAI_LIB_MESSAGES_STREAM_H_

#include <functional>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "google/protobuf/message.h"

namespace gongkai::messages {

enum class Encoding { kBinary, kJson };

// Parses `data` as a message of `message`'s type in `encoding`. Errors name the type and,
// for JSON, the field (never the input text).
absl::Status ParseAs(Encoding encoding, absl::string_view data, google::protobuf::Message* message);

// Serializes `message` in `encoding` (compact JSON for kJson).
absl::StatusOr<std::string> SerializeAs(Encoding encoding,
                                        const google::protobuf::Message& message);

// Calls `visit(index, message)` for each message of the stream in turn, reusing `scratch`
// (cleared before each parse). Stops at the first error, from the stream (InvalidArgument
// naming the message index, and for JSON the line) or from `visit`.
absl::Status ForEachInStream(
    Encoding encoding, absl::string_view stream, google::protobuf::Message* scratch,
    const std::function<absl::Status(size_t index, const google::protobuf::Message&)>& visit);

// Appends one message to a stream in `encoding`.
absl::Status AppendToStream(Encoding encoding, const google::protobuf::Message& message,
                            std::string* stream);

}  // namespace gongkai::messages

#endif  // GONGKAI_LIB_MESSAGES_STREAM_H_
