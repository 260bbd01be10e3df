// The catalogue of Gongkai's protobuf message types, and their binary <-> JSON conversion.
#ifndef GONGKAI_LIB_MESSAGES_REGISTRY_H_
#define GONGKAI_LIB_MESSAGES_REGISTRY_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "google/protobuf/descriptor.h"
#include "google/protobuf/message.h"

namespace gongkai::messages {

// How MessageToJson prints; the defaults follow the protobuf JSON mapping.
struct JsonPrintOptions {
  bool pretty = false;
  bool proto_field_names = false;
  bool emit_defaults = false;
};

// The descriptor of the Gongkai message type `full_name` (package gongkai.v1).
// NotFound for any other name, including protobuf's own types.
absl::StatusOr<const google::protobuf::Descriptor*> FindMessageType(absl::string_view full_name);

// Full names of every Gongkai message type, nested ones included, sorted.
std::vector<std::string> MessageTypeNames();

// A new, empty message of the type `full_name`.
absl::StatusOr<std::unique_ptr<google::protobuf::Message>> NewMessage(absl::string_view full_name);

// Parses `bytes` as a `type` message. InvalidArgument, naming the type, if they do not parse.
absl::Status ParseBinary(absl::string_view bytes, google::protobuf::Message* message);

// Prints a message in the protobuf JSON mapping.
absl::StatusOr<std::string> MessageToJson(const google::protobuf::Message& message,
                                          const JsonPrintOptions& options);

// Parses JSON into `message`, which is cleared first; a leading UTF-8 byte order mark is
// skipped. InvalidArgument for text that is not UTF-8 (with the byte offset), not JSON, or does
// not fit the type (protobuf names the field). Records take a fast reader (json_fast.h) that gives
// the same messages; anything it is unsure of, every refusal included, is protobuf's. With the
// environment variable GONGKAI_JSON_PROTOBUF set (to anything but "" or "0") when first called,
// it is ParseJsonWithProtobuf for the whole process: for measuring (bench/main-job.sh).
absl::Status ParseJson(absl::string_view json, bool ignore_unknown_fields,
                       google::protobuf::Message* message);

// ParseJson through protobuf's parser alone, without the fast reader (json_fast.h) it tries
// first: the reference the differential tests, the fuzz target and the benchmark compare with.
absl::Status ParseJsonWithProtobuf(absl::string_view json, bool ignore_unknown_fields,
                                   google::protobuf::Message* message);

// Binary bytes of message `type_name` to JSON, and back.
absl::StatusOr<std::string> BinaryToJson(absl::string_view type_name, absl::string_view bytes,
                                         const JsonPrintOptions& options);
absl::StatusOr<std::string> JsonToBinary(absl::string_view type_name, absl::string_view json,
                                         bool ignore_unknown_fields);

}  // namespace gongkai::messages

#endif  // GONGKAI_LIB_MESSAGES_REGISTRY_H_
