// A fast JSON reader for record streams (#19): simdjson tokenizes, descriptors and reflection
// fill the message. It takes only the inputs it is sure protobuf 3.21's JsonStringToMessage reads
// the same way, and gives up on anything else, so that ParseJson can fall back to protobuf, which
// stays the reference for every refusal and every error message.
#ifndef GONGKAI_LIB_MESSAGES_JSON_FAST_H_
#define GONGKAI_LIB_MESSAGES_JSON_FAST_H_

#include "absl/strings/string_view.h"
#include "google/protobuf/message.h"

namespace gongkai::messages {

// Clears `message` and parses `json` (UTF-8, no byte order mark) into it. True only if it did,
// and the message is then exactly what protobuf's JSON parser gives with the same
// `ignore_unknown_fields`. False for anything it is not sure of (null, duplicate or repeated
// keys, numbers with a fraction or exponent or out of range for integers, float, double and bytes
// fields, maps, oneofs and proto3 optional, proto2 and well-known types, enum names it does not
// know, invalid or deep JSON, a top level that is not an object, inputs above 4 MiB); the message
// is then in an unspecified state.
bool ParseJsonFast(absl::string_view json, bool ignore_unknown_fields,
                   google::protobuf::Message* message);

}  // namespace gongkai::messages

#endif  // GONGKAI_LIB_MESSAGES_JSON_FAST_H_
