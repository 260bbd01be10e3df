#include "document/charset.h"

#include <errno.h>
#include <iconv.h>

#include <optional>

#include "absl/strings/ascii.h"
#include "absl/strings/escaping.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "common/utf8.h"

namespace gongkai::document {
namespace {

// Lower case without '-' and '_': "GB-2312" and "gb_2312" are "gb2312".
std::string Canonical(absl::string_view name) {
  std::string out;
  for (char c : absl::StripAsciiWhitespace(name)) {
    if (c != '-' && c != '_') out.push_back(absl::ascii_tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

bool IsUtf8Name(absl::string_view name) {
  const std::string c = Canonical(name);
  return c == "utf8" || c == "unicode11utf8";
}

class Iconv {
 public:
  explicit Iconv(const char* from) : cd_(iconv_open("UTF-8", from)) {}
  ~Iconv() {
    if (ok()) iconv_close(cd_);
  }
  Iconv(const Iconv&) = delete;
  Iconv& operator=(const Iconv&) = delete;
  bool ok() const { return cd_ != reinterpret_cast<iconv_t>(-1); }

  // The UTF-8 form of `in`, or the offset of the first byte that does not decode.
  std::optional<std::string> Convert(absl::string_view in, size_t* bad) {
    std::string out(in.size() * 2 + 16, '\0');
    char* src = const_cast<char*>(in.data());
    size_t src_left = in.size();
    char* dst = out.data();
    size_t dst_left = out.size();
    while (src_left > 0) {
      if (iconv(cd_, &src, &src_left, &dst, &dst_left) != static_cast<size_t>(-1)) break;
      if (errno == E2BIG) {
        const size_t used = out.size() - dst_left;
        out.resize(out.size() * 2);
        dst = out.data() + used;
        dst_left = out.size() - used;
        continue;
      }
      *bad = in.size() - src_left;  // EILSEQ or EINVAL (a sequence cut off at the end)
      return std::nullopt;
    }
    out.resize(out.size() - dst_left);
    return out;
  }

 private:
  iconv_t cd_;
};

absl::StatusOr<Decoded> Transcode(absl::string_view bytes, const char* from, absl::string_view what,
                                  std::string note) {
  Iconv cd(from);
  if (!cd.ok()) {
    return absl::InternalError(absl::StrCat(what, ": this system's iconv cannot read ", from));
  }
  size_t bad = 0;
  std::optional<std::string> text = cd.Convert(bytes, &bad);
  if (!text) {
    return absl::InvalidArgumentError(
        absl::StrCat(what, ", byte ", bad + 1, ": not valid ", from, " (", note, ")"));
  }
  return Decoded{*std::move(text), from, absl::StrCat("decoded from ", from, " (", note, ")")};
}

absl::Status NotUtf8(absl::string_view what, size_t offset, absl::string_view why) {
  return absl::InvalidArgumentError(
      absl::StrCat(what, ", byte ", offset + 1, ": not valid UTF-8 (", why, ")"));
}

}  // namespace

bool IsGbCharset(absl::string_view name) {
  const std::string c = Canonical(name);
  return c == "gb18030" || c == "gbk" || c == "gb2312" || c == "cp936" || c == "windows936" ||
         c == "xgbk" || c == "euccn" || c == "csgb2312" || c == "chinese";
}

absl::StatusOr<Decoded> ToUtf8(absl::string_view bytes, absl::string_view declared,
                               absl::string_view what) {
  if (absl::StartsWith(bytes, "\xEF\xBB\xBF")) {
    bytes.remove_prefix(3);
    if (std::optional<size_t> bad = FindInvalidUtf8(bytes)) {
      return NotUtf8(what, *bad + 3, "it starts with a UTF-8 byte order mark");
    }
    return Decoded{std::string(bytes), "UTF-8 with a byte order mark",
                   "read as UTF-8 (it starts with a byte order mark)"};
  }
  if (absl::StartsWith(bytes, "\xFF\xFE") || absl::StartsWith(bytes, "\xFE\xFF")) {
    const bool little = bytes[0] == '\xFF';
    bytes.remove_prefix(2);
    absl::StatusOr<Decoded> d = Transcode(bytes, little ? "UTF-16LE" : "UTF-16BE", what,
                                          "it starts with a UTF-16 byte order mark");
    if (!d.ok()) return d.status();
    return d;
  }
  if (!declared.empty() && !IsUtf8Name(declared) && !IsGbCharset(declared)) {
    const std::string name = Canonical(declared);
    // Pages often declare a Western charset by template while writing UTF-8: trust the bytes
    // only when they prove it (they are ASCII or valid UTF-8), as browsers effectively do.
    if (name == "iso88591" || name == "windows1252" || name == "usascii" || name == "ascii") {
      if (!FindInvalidUtf8(bytes)) {
        return Decoded{std::string(bytes), "UTF-8",
                       absl::StrCat("read as UTF-8 although it declares ", declared)};
      }
    }
    return absl::InvalidArgumentError(
        absl::StrCat(what, ": declares the charset \"", absl::CEscape(declared.substr(0, 40)),
                     "\", which is not read here (UTF-8, GB18030, GBK, GB2312 and UTF-16 are)"));
  }
  if (IsGbCharset(declared)) {
    return Transcode(bytes, "GB18030", what, absl::StrCat("declared ", declared));
  }
  const std::optional<size_t> bad = FindInvalidUtf8(bytes);
  if (!bad) return Decoded{std::string(bytes), "UTF-8", ""};
  if (IsUtf8Name(declared)) return NotUtf8(what, *bad, "as it declares");
  absl::StatusOr<Decoded> gb =
      Transcode(bytes, "GB18030", what, "no charset was declared and the bytes are not UTF-8");
  if (gb.ok()) return gb;
  return absl::InvalidArgumentError(absl::StrCat(what, ", byte ", *bad + 1,
                                                 ": neither UTF-8 nor GB18030 (no charset was "
                                                 "declared)"));
}

}  // namespace gongkai::document
