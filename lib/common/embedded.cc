#include "common/embedded.h"

#include <cstdlib>

#include "google/protobuf/text_format.h"

namespace gongkai {

void ParseEmbeddedOrDie(const char* text, google::protobuf::Message* message) {
  if (!google::protobuf::TextFormat::ParseFromString(text, message)) std::abort();
}

}  // namespace gongkai
