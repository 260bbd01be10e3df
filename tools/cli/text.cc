#include "text.h"

#include "absl/strings/str_cat.h"
#include "common/utf8.h"

namespace gongkai::cli {

std::string Printable(absl::string_view text) {
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    const size_t start = i;
    const char32_t c = NextCodePoint(text, &i);
    const absl::string_view bytes = text.substr(start, i - start);
    // NextCodePoint decodes overlongs and surrogates: FindInvalidUtf8 says whether they are UTF-8.
    const bool well_formed = c != kNotUtf8 && !FindInvalidUtf8(bytes).has_value();
    if (c == '\\') {
      out += "\\\\";
    } else if (!well_formed || c < 0x20 || (c >= 0x7f && c < 0xa0)) {
      for (unsigned char b : bytes) absl::StrAppend(&out, "\\x", absl::Hex(b, absl::kZeroPad2));
    } else {
      out.append(bytes.data(), bytes.size());
    }
  }
  return out;
}

std::string Quote(absl::string_view text) { return absl::StrCat("\"", Printable(text), "\""); }

}  // namespace gongkai::cli
