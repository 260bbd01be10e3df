// What the CPU can do, and how code compiled for more than the baseline is marked. The one
// place that knows about CPU features: every SIMD path sits behind a check here and has a
// portable fallback that runs everywhere else.
//
// GONGKAI_PORTABLE: when this environment variable is set (to anything but "" or "0") at the
// first check, the library runs as on a CPU without the optional features: the portable
// fallbacks everywhere. Read once per process. The tests use it to run the fallbacks on x86-64
// (tests/common/CMakeLists.txt).
#ifndef GONGKAI_LIB_PORT_CPU_H_
#define GONGKAI_LIB_PORT_CPU_H_

// Whether this is x86-64 built by GCC or clang: the SSSE3 paths exist only there. Building with
// -DGONGKAI_X86=0 leaves them out on x86-64 too (the code as other CPUs compile it).
#ifndef GONGKAI_X86
#if defined(__x86_64__) && defined(__GNUC__)
#define GONGKAI_X86 1
#else
#define GONGKAI_X86 0
#endif
#endif

// Compile the code between these for SSSE3 (called only where HaveSsse3()). GCC takes a target
// pragma; clang ignores that pragma and needs the target attribute on each function instead.
// Include every header that the marked code needs before GONGKAI_SSSE3_BEGIN, except the
// kernels written for it (port/utf8_ssse3.h).
#if defined(__clang__)
#define GONGKAI_SSSE3_BEGIN \
  _Pragma("clang attribute push(__attribute__((target(\"ssse3\"))), apply_to = function)")
#define GONGKAI_SSSE3_END _Pragma("clang attribute pop")
#else
#define GONGKAI_SSSE3_BEGIN _Pragma("GCC push_options") _Pragma("GCC target(\"ssse3\")")
#define GONGKAI_SSSE3_END _Pragma("GCC pop_options")
#endif

namespace gongkai::port {

// Whether the CPU has SSSE3 and GONGKAI_PORTABLE is not set (false off x86-64). Cheap: the
// answer is computed once.
bool HaveSsse3();

}  // namespace gongkai::port

#endif  // GONGKAI_LIB_PORT_CPU_H_
