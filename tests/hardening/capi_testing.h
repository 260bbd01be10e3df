// Small helpers the hardening tests share: they call the C API only, as an integrator does.
#ifndef GONGKAI_TESTS_HARDENING_CAPI_TESTING_H_
#define GONGKAI_TESTS_HARDENING_CAPI_TESTING_H_

#include <cstdint>
#include <string>

#include "gongkai/gongkai.h"

namespace gongkai::testing {

inline const uint8_t* U(const std::string& s) { return reinterpret_cast<const uint8_t*>(s.data()); }

// The buffer's bytes; frees the buffer.
inline std::string Take(gongkai_buffer* b) {
  std::string s(reinterpret_cast<const char*>(gongkai_buffer_data(b)), gongkai_buffer_size(b));
  gongkai_buffer_free(b);
  return s;
}

// The length prefix of a length-delimited stream.
inline std::string Varint(uint64_t n) {
  std::string out;
  while (n >= 0x80) {
    out.push_back(static_cast<char>(n | 0x80));
    n >>= 7;
  }
  out.push_back(static_cast<char>(n));
  return out;
}

// The built-in national calendar, made once and shared (calendars are immutable).
inline const gongkai_calendar* National() {
  static gongkai_calendar* cal = [] {
    gongkai_calendar* c = nullptr;
    gongkai_calendar_national(&c);
    return c;
  }();
  return cal;
}

}  // namespace gongkai::testing

#endif  // GONGKAI_TESTS_HARDENING_CAPI_TESTING_H_
