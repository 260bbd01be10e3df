#include "document/html_charset.h"

#include <string>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "common/utf8.h"

namespace gongkai::document {
namespace {

constexpr size_t kPrescanBytes = 4096;

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Reads through the tag or markup declaration that starts at text[*i] == '<', whether it is
// one or not, and returns the attributes of a <meta> (lower-case names) in *meta.
class Prescan {
 public:
  explicit Prescan(absl::string_view text) : text_(text) {}

  // The charset of the first <meta> that names one, or empty.
  std::string Run() {
    while (i_ < text_.size()) {
      if (text_[i_] != '<') {
        ++i_;
      } else if (absl::StartsWith(text_.substr(i_), "<!--")) {
        // The comment ends at the first "-->", whose dashes may be those of "<!--".
        const size_t end = text_.find("-->", i_ + 2);
        if (end == absl::string_view::npos) return "";
        i_ = end + 3;
      } else if (TagNameIs("meta")) {
        i_ += 5;
        if (std::string charset = MetaCharset(); !charset.empty()) return charset;
      } else if (i_ + 1 < text_.size() && absl::ascii_isalpha(text_[i_ + 1])) {
        ++i_;
        while (i_ < text_.size() && !IsSpace(text_[i_]) && text_[i_] != '>') ++i_;
        SkipAttributes();
      } else {
        const size_t end = text_.find('>', i_ + 1);  // </x>, <!DOCTYPE>, <?xml?>, ...
        if (end == absl::string_view::npos) return "";
        i_ = end + 1;
      }
    }
    return "";
  }

 private:
  bool TagNameIs(absl::string_view name) const {
    const size_t end = i_ + 1 + name.size();
    return end < text_.size() && absl::EqualsIgnoreCase(text_.substr(i_ + 1, name.size()), name) &&
           (IsSpace(text_[end]) || text_[end] == '/');
  }

  // One attribute at text_[i_] into *name and *value; false at the tag's end.
  bool NextAttribute(std::string* name, std::string* value) {
    while (i_ < text_.size() && (IsSpace(text_[i_]) || text_[i_] == '/')) ++i_;
    if (i_ >= text_.size() || text_[i_] == '>') {
      ++i_;
      return false;
    }
    name->clear();
    value->clear();
    do {
      name->push_back(absl::ascii_tolower(static_cast<unsigned char>(text_[i_++])));
    } while (i_ < text_.size() && !IsSpace(text_[i_]) && text_[i_] != '/' && text_[i_] != '>' &&
             text_[i_] != '=');
    while (i_ < text_.size() && IsSpace(text_[i_])) ++i_;
    if (i_ >= text_.size() || text_[i_] != '=') return true;
    ++i_;
    while (i_ < text_.size() && IsSpace(text_[i_])) ++i_;
    if (i_ < text_.size() && (text_[i_] == '"' || text_[i_] == '\'')) {
      const size_t end = text_.find(text_[i_], i_ + 1);
      const size_t stop = end == absl::string_view::npos ? text_.size() : end;
      *value = std::string(text_.substr(i_ + 1, stop - i_ - 1));
      i_ = stop + 1;
      return true;
    }
    while (i_ < text_.size() && !IsSpace(text_[i_]) && text_[i_] != '>')
      value->push_back(text_[i_++]);
    return true;
  }

  void SkipAttributes() {
    std::string name, value;
    while (NextAttribute(&name, &value)) {
    }
  }

  std::string MetaCharset() {
    std::string name, value, charset, content;
    bool content_type = false;
    while (NextAttribute(&name, &value)) {
      if (name == "charset" && charset.empty()) charset = value;
      if (name == "content" && content.empty()) content = value;
      if (name == "http-equiv") content_type = absl::EqualsIgnoreCase(value, "content-type");
    }
    if (!charset.empty()) return std::string(absl::StripAsciiWhitespace(charset));
    return content_type ? FromContent(content) : "";
  }

  // "text/html; charset=gb2312" -> "gb2312".
  static std::string FromContent(absl::string_view content) {
    const std::string lower = absl::AsciiStrToLower(content);
    for (size_t at = lower.find("charset"); at != std::string::npos;
         at = lower.find("charset", at + 1)) {
      size_t j = at + 7;
      while (j < lower.size() && IsSpace(lower[j])) ++j;
      if (j >= lower.size() || lower[j] != '=') continue;
      ++j;
      while (j < lower.size() && IsSpace(lower[j])) ++j;
      if (j < lower.size() && (lower[j] == '"' || lower[j] == '\'')) {
        const size_t end = lower.find(lower[j], j + 1);
        if (end == std::string::npos) return "";
        return std::string(content.substr(j + 1, end - j - 1));
      }
      size_t end = j;
      while (end < lower.size() && !IsSpace(lower[end]) && lower[end] != ';') ++end;
      return std::string(content.substr(j, end - j));
    }
    return "";
  }

  absl::string_view text_;
  size_t i_ = 0;
};

bool HasByteOrderMark(absl::string_view bytes) {
  return absl::StartsWith(bytes, "\xEF\xBB\xBF") || absl::StartsWith(bytes, "\xFF\xFE") ||
         absl::StartsWith(bytes, "\xFE\xFF");
}

bool HasNonAscii(absl::string_view bytes) {
  for (char c : bytes) {
    if (static_cast<unsigned char>(c) >= 0x80) return true;
  }
  return false;
}

}  // namespace

std::string DeclaredCharset(absl::string_view bytes) {
  return Prescan(bytes.substr(0, kPrescanBytes)).Run();
}

absl::StatusOr<Decoded> DecodeHtml(absl::string_view bytes) {
  if (HasByteOrderMark(bytes)) return ToUtf8(bytes, "", "html");
  std::string declared = DeclaredCharset(bytes);
  const std::string lower = absl::AsciiStrToLower(declared);
  if (absl::StartsWith(lower, "utf-16") || absl::StartsWith(lower, "utf16")) declared = "utf-8";
  if (IsGbCharset(declared) && HasNonAscii(bytes) && !FindInvalidUtf8(bytes)) {
    return Decoded{std::string(bytes), "UTF-8",
                   absl::StrCat("read as UTF-8 although it declares ", declared,
                                " (the bytes are valid UTF-8, which GB text almost never is)")};
  }
  return ToUtf8(bytes, declared, "html");
}

}  // namespace gongkai::document
