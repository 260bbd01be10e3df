// gongkai version: the version of the tool, which is that of the library it is built from.
#include "command.h"
#include "exit_codes.h"
#include "gongkai/version.h"

namespace gongkai::cli {
namespace {

int Run(const Invocation& in) {
  *in.out << "gongkai " GONGKAI_VERSION_STRING "\n";
  return kExitOk;
}

const RegisterCommand kRegistration({
    .name = "version",
    .summary = "Print the version (also: gongkai --version)",
    .usage = "gongkai version\n\nPrints \"gongkai MAJOR.MINOR.PATCH\".",
    .run = &Run,
});

}  // namespace
}  // namespace gongkai::cli
