#include "port/cpu.h"

#include <cstdlib>
#include <cstring>

namespace gongkai::port {
namespace {

bool PortableForced() {
  const char* value = std::getenv("GONGKAI_PORTABLE");
  return value != nullptr && value[0] != '\0' && std::strcmp(value, "0") != 0;
}

}  // namespace

bool HaveSsse3() {
#if GONGKAI_X86
  static const bool have = !PortableForced() && __builtin_cpu_supports("ssse3");
  return have;
#else
  return false;
#endif
}

}  // namespace gongkai::port
