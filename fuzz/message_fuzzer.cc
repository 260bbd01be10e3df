// gongkai_message_to_json / gongkai_message_from_json over every message type.
//
// Input: selector, then the message. Selector bit 0: the message is JSON (1) or binary (0);
// bits 1-3: flags; the next byte picks the type (modulo the number of types).
// Promises checked beyond fuzz_support.h: what converts one way converts back, and the JSON of the
// converted-back message is as long as the first (same content; map order may differ).
#include <string>
#include <vector>

#include "fuzz_support.h"

namespace {

using gongkai::fuzz::CallForBuffer;
using gongkai::fuzz::Fail;
using gongkai::fuzz::Required;

const std::vector<std::string>& TypeNames() {
  static const std::vector<std::string>* names = [] {
    auto* v = new std::vector<std::string>;
    const std::string text = Required("gongkai_message_type_names", [](gongkai_buffer** out) {
      return gongkai_message_type_names(out);
    });
    size_t start = 0;
    for (size_t end; (end = text.find('\n', start)) != std::string::npos; start = end + 1) {
      v->push_back(text.substr(start, end - start));
    }
    return v;
  }();
  return *names;
}

std::string ToJson(const std::string& type, const std::string& bytes, int flags,
                   gongkai_code* code) {
  std::string json;
  *code = CallForBuffer(
      "gongkai_message_to_json",
      [&](gongkai_buffer** out) {
        return gongkai_message_to_json(out, flags, type.c_str(), gongkai::fuzz::Bytes(bytes),
                                       bytes.size());
      },
      &json);
  return json;
}

std::string FromJson(const std::string& type, const std::string& json, int flags,
                     gongkai_code* code) {
  std::string bytes;
  *code = CallForBuffer(
      "gongkai_message_from_json",
      [&](gongkai_buffer** out) {
        return gongkai_message_from_json(out, flags, type.c_str(), json.data(), json.size());
      },
      &bytes);
  return bytes;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  gongkai::fuzz::Input in(data, size);
  const uint8_t selector = in.Byte();
  const std::vector<std::string>& types = TypeNames();
  const std::string& type = types[in.Byte() % types.size()];
  const std::string message = in.Rest();
  const int print_flags = (selector >> 1) & 7;  // PRETTY | PROTO_NAMES | EMIT_DEFAULTS
  gongkai_code code;

  std::string bytes;
  if (selector & 1) {
    bytes = FromJson(type, message, (selector >> 4) & 1 /* IGNORE_UNKNOWN */, &code);
    if (code != GONGKAI_OK) return 0;
  } else {
    bytes = message;
  }
  const std::string json = ToJson(type, bytes, print_flags, &code);
  if (code != GONGKAI_OK) {
    if (selector & 1) Fail("to_json", "bytes made by from_json do not convert back");
    return 0;
  }
  const std::string again = FromJson(type, json, 0, &code);
  if (code != GONGKAI_OK) Fail("from_json", "JSON made by to_json does not parse back");
  const std::string json_again = ToJson(type, again, print_flags, &code);
  if (code != GONGKAI_OK) Fail("to_json", "a round trip's bytes do not convert");
  if (json_again.size() != json.size()) Fail("round trip", "JSON changed on the way back");
  return 0;
}
