// gongkai types: the names a --type flag accepts.
#include <string>

#include "command.h"
#include "exit_codes.h"
#include "messages/registry.h"

namespace gongkai::cli {
namespace {

int Run(const Invocation& in) {
  for (const std::string& name : messages::MessageTypeNames()) *in.out << name << "\n";
  return kExitOk;
}

const RegisterCommand kRegistration({
    .name = "types",
    .summary = "List the message types, one full name per line",
    .usage = "gongkai types\n\n"
             "Prints the full name of every Gongkai protobuf message type (package\n"
             "gongkai.v1, nested types included), sorted, one per line.",
    .run = &Run,
});

}  // namespace
}  // namespace gongkai::cli
