#include "port/cpu.h"

#include <cstdlib>
#include <cstring>

namespace gongkai::port {

#if GONGKAI_X86
namespace {

bool PortableForced() {
  const char* value = std::getenv("GONGKAI_PORTABLE");
  return value != nullptr && value[0] != '\0' && std::strcmp(value, "0") != 0;
}

}  // namespace

bool HaveSsse3() {
  static const bool have = !PortableForced() && __builtin_cpu_supports("ssse3");
  return have;
}
#else
bool HaveSsse3() { return false; }
#endif

}  // namespace gongkai::port
