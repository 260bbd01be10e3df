#include "common/utf8.h"

#include <cstdint>
#include <cstring>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "port/cpu.h"

namespace gongkai {

std::optional<size_t> FindAsciiControl(absl::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    if (absl::ascii_iscntrl(static_cast<unsigned char>(text[i]))) return i;
  }
  return std::nullopt;
}

std::optional<size_t> FindInvalidUtf8(absl::string_view text) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    if (n - i >= 8) {  // eight ASCII bytes at once
      uint64_t word;
      std::memcpy(&word, s + i, 8);
      if ((word & 0x8080808080808080ull) == 0) {
        i += 8;
        continue;
      }
    }
    const uint8_t c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t len;
    uint8_t lo = 0x80, hi = 0xBF;  // allowed range of the second byte (RFC 3629 table)
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      if (c == 0xE0) lo = 0xA0;  // overlong
      if (c == 0xED) hi = 0x9F;  // surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      if (c == 0xF0) lo = 0x90;  // overlong
      if (c == 0xF4) hi = 0x8F;  // above U+10FFFF
    } else {
      return i;
    }
    if (n - i < len) return i;
    if (s[i + 1] < lo || s[i + 1] > hi) return i;
    for (size_t k = 2; k < len; ++k) {
      if ((s[i + k] & 0xC0) != 0x80) return i;
    }
    i += len;
  }
  return std::nullopt;
}

char32_t NextCodePoint(absl::string_view text, size_t* i) {
  const unsigned char b = static_cast<unsigned char>(text[*i]);
  size_t n = 0;
  char32_t c = b;
  if (b >= 0x80) {
    if ((b & 0xE0) == 0xC0) {
      n = 1, c = b & 0x1F;
    } else if ((b & 0xF0) == 0xE0) {
      n = 2, c = b & 0x0F;
    } else if ((b & 0xF8) == 0xF0) {
      n = 3, c = b & 0x07;
    } else {
      ++*i;
      return kNotUtf8;
    }
  }
  for (size_t k = 1; k <= n; ++k) {
    if (*i + k >= text.size() || (static_cast<unsigned char>(text[*i + k]) & 0xC0) != 0x80) {
      ++*i;
      return kNotUtf8;
    }
    c = (c << 6) | (static_cast<unsigned char>(text[*i + k]) & 0x3F);
  }
  *i += n + 1;
  return c;
}

void AppendUtf8(char32_t c, std::string* out) {
  if (c < 0x80) {
    out->push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (c >> 6)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (c >> 12)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (c >> 18)));
    out->push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

bool IsWellFormedUtf8Scalar(const uint8_t* text, size_t size) {
  return !FindInvalidUtf8(absl::string_view(reinterpret_cast<const char*>(text), size)).has_value();
}

}  // namespace gongkai

#if GONGKAI_X86
GONGKAI_SSSE3_BEGIN
#include "port/utf8_ssse3.h"
namespace gongkai {
namespace {
bool Vectorised(const uint8_t* text, size_t size, const uint8_t* readable_end) {
  return port::ssse3::IsWellFormedUtf8(text, size, readable_end);
}
}  // namespace
}  // namespace gongkai
GONGKAI_SSSE3_END
#endif

namespace gongkai {

bool IsWellFormedUtf8(const uint8_t* text, size_t size, const uint8_t* readable_end) {
#if GONGKAI_X86
  if (port::HaveSsse3()) return Vectorised(text, size, readable_end);
#endif
  (void)readable_end;
  return IsWellFormedUtf8Scalar(text, size);
}

std::string EscapeUnprintable(absl::string_view text, bool c_escapes) {
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    const size_t start = i;
    const char32_t c = NextCodePoint(text, &i);
    const absl::string_view bytes = text.substr(start, i - start);
    // NextCodePoint decodes overlongs and surrogates; FindInvalidUtf8 refuses them.
    const bool well_formed = c != kNotUtf8 && !FindInvalidUtf8(bytes).has_value();
    if (c == '\\' || (c_escapes && (c == '"' || c == '\''))) {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c_escapes && c == '\n') {
      out += "\\n";
    } else if (c_escapes && c == '\r') {
      out += "\\r";
    } else if (c_escapes && c == '\t') {
      out += "\\t";
    } else if (!well_formed || c < 0x20 || (c >= 0x7f && c < 0xa0)) {
      for (unsigned char b : bytes) absl::StrAppend(&out, "\\x", absl::Hex(b, absl::kZeroPad2));
    } else {
      out.append(bytes.data(), bytes.size());
    }
  }
  return out;
}

std::string QuoteForMessage(absl::string_view text) {
  return absl::StrCat("\"", EscapeUnprintable(text, /*c_escapes=*/true), "\"");
}

}  // namespace gongkai
