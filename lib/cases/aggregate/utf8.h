// UTF-8 validation for the wire reader (aggregate/wire.h): protobuf refuses a proto3 string
// field that is not well-formed UTF-8, so the reader must check every string it skips, at the
// speed of the rest of the reader. Well-formed is RFC 3629 (no overlongs, no surrogates,
// nothing above U+10FFFF), which is what protobuf 3.21's IsStructurallyValidUTF8 and
// common/utf8.h accept (tests/cases/aggregate/wire_test.cc, Utf8CheckIsProtobufs, compares them).
#ifndef GONGKAI_LIB_CASES_AGGREGATE_UTF8_H_
#define GONGKAI_LIB_CASES_AGGREGATE_UTF8_H_

#include <cstddef>
#include <cstdint>

#if defined(__x86_64__) && defined(__GNUC__)
#define GONGKAI_X86 1
#else
#define GONGKAI_X86 0
#endif

// Compile the code between these for SSSE3 (called only where HaveSsse3()). GCC takes a target
// pragma; clang ignores that pragma and needs the target attribute on each function instead.
#if defined(__clang__)
#define GONGKAI_SSSE3_BEGIN \
  _Pragma("clang attribute push(__attribute__((target(\"ssse3\"))), apply_to = function)")
#define GONGKAI_SSSE3_END _Pragma("clang attribute pop")
#else
#define GONGKAI_SSSE3_BEGIN _Pragma("GCC push_options") _Pragma("GCC target(\"ssse3\")")
#define GONGKAI_SSSE3_END _Pragma("GCC pop_options")
#endif

namespace gongkai::cases {

// Whether the CPU has SSSE3, which the vectorised paths need (false off x86-64).
bool HaveSsse3();

// Whether the `size` bytes at `text` are well-formed UTF-8. The bytes from `text` up to
// `readable_end` (>= text + size) may be read but do not count: the caller's buffer, so that
// the last block need not be copied. Vectorised (SSSE3, 16 bytes a step) where the CPU has it.
bool IsWellFormedUtf8(const uint8_t* text, size_t size, const uint8_t* readable_end);

// The same, one byte at a time: the reference for the vectorised path.
bool IsWellFormedUtf8Scalar(const uint8_t* text, size_t size);

}  // namespace gongkai::cases

#endif  // GONGKAI_LIB_CASES_AGGREGATE_UTF8_H_
