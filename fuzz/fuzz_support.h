// What every fuzz target shares: cutting the input into parts, and the promises every C API
// call keeps whatever its input, checked after each call (docs/hardening.md, "Fuzzing").
//
// An input is a selector byte, then parts: each part but the last ends at a backslash followed by
// any byte other than a backslash ("\\\\" stands for one backslash inside a part), the last part
// is the rest. fuzz/make_corpus.py writes seeds in this form. (It is the encoding of libFuzzer's
// FuzzedDataProvider::ConsumeRandomLengthString, re-implemented so that the targets also build
// without clang, as the replay tests in tests/hardening do.)
#ifndef GONGKAI_FUZZ_FUZZ_SUPPORT_H_
#define GONGKAI_FUZZ_FUZZ_SUPPORT_H_

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "gongkai/gongkai.h"
#include "google/protobuf/stubs/logging.h"

namespace gongkai::fuzz {

// A report of a broken promise: the fuzzer sees an abort as a crash and keeps the input.
[[noreturn]] inline void Fail(const char* what, const char* detail) {
  std::fprintf(stderr, "fuzz: %s: %s\n", what, detail == nullptr ? "" : detail);
  std::abort();
}

#define GONGKAI_FUZZ_CHECK(cond, detail)                                  \
  do {                                                                    \
    if (!(cond)) ::gongkai::fuzz::Fail("check failed: " #cond, (detail)); \
  } while (0)

// Protobuf's own log lines (invalid UTF-8 in a string field, ...) would flood the fuzzer's
// output; the C API reports the same through codes and messages.
inline const bool kQuietProtobuf = [] {
  google::protobuf::SetLogHandler(
      [](google::protobuf::LogLevel, const char*, int, const std::string&) {});
  return true;
}();

class Input {
 public:
  Input(const uint8_t* data, size_t size) : p_(data), left_(size) {}

  // The next byte, or 0 when the input is used up.
  uint8_t Byte() {
    if (left_ == 0) return 0;
    --left_;
    return *p_++;
  }

  // The next part (see the file comment).
  std::string Part() {
    std::string part;
    while (left_ != 0) {
      char c = static_cast<char>(*p_++);
      --left_;
      if (c == '\\' && left_ != 0) {
        c = static_cast<char>(*p_++);
        --left_;
        if (c != '\\') break;
      }
      part.push_back(c);
    }
    return part;
  }

  // Everything not yet consumed.
  std::string Rest() {
    std::string rest(reinterpret_cast<const char*>(p_), left_);
    p_ += left_;
    left_ = 0;
    return rest;
  }

 private:
  const uint8_t* p_;
  size_t left_;
};

inline const uint8_t* Bytes(const std::string& s) {
  return reinterpret_cast<const uint8_t*>(s.data());
}

// Whether `text` is one line of well-formed UTF-8 (no control characters, no overlongs,
// surrogates or code points above U+10FFFF): what gongkai_last_error_message promises.
inline bool OneLineOfUtf8(const char* text) {
  const auto* p = reinterpret_cast<const unsigned char*>(text);
  while (*p != 0) {
    const unsigned char c = *p;
    if (c < 0x80) {
      if (c < 0x20 || c == 0x7f) return false;
      ++p;
      continue;
    }
    int n;
    unsigned min;
    unsigned cp;
    if ((c & 0xe0) == 0xc0)
      n = 1, min = 0x80, cp = c & 0x1f;
    else if ((c & 0xf0) == 0xe0)
      n = 2, min = 0x800, cp = c & 0x0f;
    else if ((c & 0xf8) == 0xf0)
      n = 3, min = 0x10000, cp = c & 0x07;
    else
      return false;
    for (int i = 1; i <= n; ++i) {
      if ((p[i] & 0xc0) != 0x80) return false;
      cp = (cp << 6) | (p[i] & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return false;
    p += n + 1;
  }
  return true;
}

// The promises of gongkai/common.h for a call that returned `code`: a code from the list (never
// INTERNAL, which is a bug by definition), and on failure a message that is one line of UTF-8.
inline gongkai_code Checked(gongkai_code code, const char* call) {
  switch (code) {
    case GONGKAI_OK:
      return code;
    case GONGKAI_INVALID_ARGUMENT:
    case GONGKAI_NOT_FOUND:
    case GONGKAI_ALREADY_EXISTS:
    case GONGKAI_RESOURCE_EXHAUSTED:
    case GONGKAI_FAILED_PRECONDITION:
    case GONGKAI_OUT_OF_RANGE:
      if (gongkai_last_error_message()[0] == '\0') Fail(call, "failed without a message");
      if (!OneLineOfUtf8(gongkai_last_error_message()))
        Fail(call, "a message that is not one line of UTF-8");
      return code;
    default:
      std::fprintf(stderr, "fuzz: %s returned %d (%s): %s\n", call, static_cast<int>(code),
                   gongkai_code_name(code), gongkai_last_error_message());
      std::abort();
  }
}

// An output argument's value before the call; a failed call must leave it so.
inline gongkai_buffer* Sentinel() {
  static char sentinel;
  return reinterpret_cast<gongkai_buffer*>(&sentinel);
}

// Calls `fn(&out)` (a function writing a gongkai_buffer*), checks the code and that a failure
// left `out` alone and a success made a NUL-terminated buffer, and returns the buffer's bytes
// (empty on failure) and the code.
template <typename Fn>
gongkai_code CallForBuffer(const char* call, Fn fn, std::string* bytes) {
  gongkai_buffer* out = Sentinel();
  const gongkai_code code = Checked(fn(&out), call);
  if (code != GONGKAI_OK) {
    if (out != Sentinel()) Fail(call, "a failed call changed its output argument");
    if (bytes != nullptr) bytes->clear();
    return code;
  }
  if (out == Sentinel() || out == nullptr) Fail(call, "succeeded without an output");
  const uint8_t* data = gongkai_buffer_data(out);
  const size_t size = gongkai_buffer_size(out);
  if (data == nullptr || data[size] != 0) Fail(call, "output buffer without a trailing NUL");
  if (bytes != nullptr) bytes->assign(reinterpret_cast<const char*>(data), size);
  gongkai_buffer_free(out);
  return code;
}

// A call that must succeed (its input is one the library accepted or made): its output's
// bytes, or a reported broken promise naming the call and its message.
template <typename Fn>
std::string Required(const char* call, Fn fn) {
  std::string bytes;
  if (CallForBuffer(call, fn, &bytes) != GONGKAI_OK) Fail(call, gongkai_last_error_message());
  return bytes;
}

// The message formats, chosen by one bit of a selector.
// The built-in national calendar, made once and shared by every input (calendars are immutable).
inline const gongkai_calendar* National() {
  static gongkai_calendar* national = [] {
    gongkai_calendar* c = nullptr;
    if (gongkai_calendar_national(&c) != GONGKAI_OK)
      Fail("gongkai_calendar_national", gongkai_last_error_message());
    return c;
  }();
  return national;
}

inline gongkai_format FormatOf(uint8_t selector) {
  return (selector & 1) ? GONGKAI_FORMAT_JSON : GONGKAI_FORMAT_BINARY;
}

}  // namespace gongkai::fuzz

#endif  // GONGKAI_FUZZ_FUZZ_SUPPORT_H_
