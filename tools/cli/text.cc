#include "text.h"

#include "absl/strings/str_cat.h"
#include "common/utf8.h"

namespace gongkai::cli {

std::string Printable(absl::string_view text) {
  return EscapeUnprintable(text, /*c_escapes=*/false);
}

std::string Quote(absl::string_view text) { return absl::StrCat("\"", Printable(text), "\""); }

}  // namespace gongkai::cli
