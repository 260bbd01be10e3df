#include "text.h"

#include "absl/strings/str_cat.h"

namespace gongkai::cli {

std::string Printable(absl::string_view text) {
  std::string out;
  for (unsigned char c : text) {
    if (c == '\\') {
      out += "\\\\";
    } else if (c < 0x20 || c == 0x7f) {
      absl::StrAppend(&out, "\\x", absl::Hex(c, absl::kZeroPad2));
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

std::string Quote(absl::string_view text) { return absl::StrCat("\"", Printable(text), "\""); }

}  // namespace gongkai::cli
