#include "document/html_nesting.h"

#include <gumbo.h>

#include <algorithm>
#include <string>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "document/html_stack.h"

namespace gongkai::document {
namespace {

// Steps through open elements the model may take: gumbo takes about as many, about half a
// second for this many, the model twice that. Real pages take under a step per byte (the
// portal page of tests/data/documents/html, 0.06).
constexpr long long kMaxSteps = 1LL << 27;

// What BoundNesting renames, by prefixing kPrefix: the formatting elements, the start of SVG,
// MathML, templates and framesets, <isindex>, and "<!doctype" (which becomes a bogus comment).
constexpr absl::string_view kRenamed[] = {
    "a",      "b",      "big", "code", "em",  "font", "i",        "nobr",     "s",       "small",
    "strike", "strong", "tt",  "u",    "svg", "math", "template", "frameset", "isindex", "doctype"};
constexpr absl::string_view kPrefix = "gk-";

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// A page's tokens as HTML's tokenizer splits them (tags, text, comments, raw text), fed to the
// model of the tree they build.
class Tokens {
 public:
  Tokens(absl::string_view html, int max_depth)
      : html_(html), max_depth_(max_depth), model_(max_depth) {}

  absl::Status Run() {
    while (i_ < html_.size()) {
      const size_t lt = std::min(html_.find('<', i_), html_.size());
      if (lt > i_) model_.Text(html_.substr(i_, lt - i_));
      MoveTo(lt);
      if (i_ == html_.size()) break;
      if (absl::Status s = Markup(); !s.ok()) return s;
      if (model_.steps() > kMaxSteps) {
        return absl::InvalidArgumentError(absl::StrCat(
            "html line ", line_, ": more than ", kMaxSteps,
            " steps through open elements (very many tags inside deeply nested elements; the "
            "parser's time grows with their product)"));
      }
    }
    return absl::OkStatus();
  }

 private:
  absl::Status TooDeep() const {
    return absl::InvalidArgumentError(absl::StrCat(
        "html line ", line_, ": elements nested more than ", max_depth_, " deep (max_depth)"));
  }

  // Whether an end tag for `name` starts at html_[at]: "</name" and a space, '/' or '>'.
  bool EndTagAt(size_t at, absl::string_view name) const {
    const size_t after = at + 2 + name.size();
    return after < html_.size() && html_.substr(at, 2) == "</" &&
           absl::EqualsIgnoreCase(html_.substr(at + 2, name.size()), name) &&
           (IsSpace(html_[after]) || html_[after] == '/' || html_[after] == '>');
  }

  absl::Status Markup();
  void SkipComment();
  void SkipRawText(absl::string_view name);
  void SkipScript();

  void MoveTo(size_t to) {
    to = std::min(to, html_.size());
    line_ += std::count(html_.begin() + i_, html_.begin() + to, '\n');
    i_ = to;
  }

  absl::string_view html_;
  const int max_depth_;
  OpenElements model_;
  size_t i_ = 0;
  long long line_ = 1;
};

// The markup at html_[i_] == '<', as HTML's tokenizer reads it.
absl::Status Tokens::Markup() {
  const absl::string_view rest = html_.substr(i_);
  if (absl::StartsWith(rest, "<!--")) {
    SkipComment();
    return absl::OkStatus();
  }
  const bool end = rest.size() > 1 && rest[1] == '/';
  const size_t name_at = end ? 2 : 1;
  if (rest.size() <= name_at || !absl::ascii_isalpha(static_cast<unsigned char>(rest[name_at]))) {
    if (rest.size() > 1 && (rest[1] == '!' || rest[1] == '?' || end)) {
      const size_t close = html_.find('>', i_ + 1);  // a doctype, a bogus comment, </>
      MoveTo(close == absl::string_view::npos ? html_.size() : close + 1);
    } else {
      MoveTo(i_ + 1);  // a '<' in text
    }
    return absl::OkStatus();
  }
  size_t j = i_ + name_at;
  while (j < html_.size() && !IsSpace(html_[j]) && html_[j] != '/' && html_[j] != '>') ++j;
  const std::string name = absl::AsciiStrToLower(html_.substr(i_ + name_at, j - i_ - name_at));
  // The attributes: a quote opens a value only after '='. (A self-closing "/>" means nothing
  // to an HTML element.)
  while (j < html_.size() && html_[j] != '>') {
    if (IsSpace(html_[j]) || html_[j] == '/') {
      ++j;
      continue;
    }
    ++j;  // an attribute's name, whose first character may be '=' or a quote
    while (j < html_.size() && !IsSpace(html_[j]) && html_[j] != '/' && html_[j] != '>' &&
           html_[j] != '=') {
      ++j;
    }
    while (j < html_.size() && IsSpace(html_[j])) ++j;
    if (j >= html_.size() || html_[j] != '=') continue;
    ++j;
    while (j < html_.size() && IsSpace(html_[j])) ++j;
    if (j < html_.size() && (html_[j] == '"' || html_[j] == '\'')) {
      const size_t close = html_.find(html_[j], j + 1);
      j = close == absl::string_view::npos ? html_.size() : close + 1;
    } else {
      while (j < html_.size() && !IsSpace(html_[j]) && html_[j] != '>') ++j;
    }
  }
  MoveTo(j + 1);
  const GumboTag tag = gumbo_tagn_enum(name.data(), static_cast<unsigned>(name.size()));
  if (end) {
    model_.End(tag);
    return absl::OkStatus();
  }
  if (!model_.Start(tag)) return TooDeep();
  if (!model_.raw_text()) return absl::OkStatus();
  if (tag == GUMBO_TAG_SCRIPT) {
    SkipScript();
  } else {
    SkipRawText(name);
  }
  return absl::OkStatus();
}

// From "<!--" to "-->" or "--!>"; "<!-->" and "<!--->" are whole comments.
void Tokens::SkipComment() {
  size_t at = i_ + 4;
  if (html_.substr(at, 1) == ">") return MoveTo(at + 1);
  if (html_.substr(at, 2) == "->") return MoveTo(at + 2);
  for (at = html_.find("--", at); at != absl::string_view::npos; at = html_.find("--", at + 1)) {
    if (html_.substr(at + 2, 1) == ">") return MoveTo(at + 3);
    if (html_.substr(at + 2, 2) == "!>") return MoveTo(at + 4);
  }
  MoveTo(html_.size());
}

// Up to the end tag that closes the raw text element `name` (the whole rest for <plaintext>).
void Tokens::SkipRawText(absl::string_view name) {
  if (name == "plaintext") return MoveTo(html_.size());
  size_t at = html_.find("</", i_);
  while (at != absl::string_view::npos && !EndTagAt(at, name)) at = html_.find("</", at + 2);
  MoveTo(at);
}

// Up to the </script> that ends a script, which is not every one: inside "<!--" a "<script>"
// starts a part that a "</script>" only ends, and "-->" ends both (HTML's script data states).
void Tokens::SkipScript() {
  enum { kData, kEscaped, kDoubleEscaped } state = kData;
  int dashes = 0;
  for (size_t at = i_; at < html_.size(); ++at) {
    const char c = html_[at];
    if (state == kData) {
      if (c == '<' && EndTagAt(at, "script")) return MoveTo(at);
      if (c == '<' && html_.substr(at, 4) == "<!--") {
        state = kEscaped;
        dashes = 2;
        at += 3;
      }
      continue;
    }
    if (c == '-') {
      ++dashes;
      continue;
    }
    const bool closes_comment = c == '>' && dashes >= 2;
    dashes = 0;
    if (closes_comment) {
      state = kData;
    } else if (c == '<' && EndTagAt(at, "script")) {
      if (state == kEscaped) return MoveTo(at);
      state = kEscaped;
      at += 8;
    } else if (c == '<' && state == kEscaped) {
      const size_t after = at + 7;
      if (after < html_.size() && absl::EqualsIgnoreCase(html_.substr(at + 1, 6), "script") &&
          (IsSpace(html_[after]) || html_[after] == '/' || html_[after] == '>')) {
        state = kDoubleEscaped;
        at += 6;
      }
    }
  }
  MoveTo(html_.size());
}

}  // namespace

absl::StatusOr<std::string> BoundNesting(absl::string_view html, int max_depth) {
  // Every tag named in kRenamed gets the prefix wherever it is: in a script or a comment that
  // changes nothing read, and the renaming need not know where tags are.
  std::string text;
  text.reserve(html.size() + html.size() / 16);
  size_t copied = 0;
  for (size_t at = html.find('<'); at != absl::string_view::npos; at = html.find('<', at + 1)) {
    size_t name_at = at + 1;
    if (name_at < html.size() && (html[name_at] == '/' || html[name_at] == '!')) ++name_at;
    for (absl::string_view name : kRenamed) {
      const size_t after = name_at + name.size();
      const bool doctype = name == "doctype";  // whatever follows: "<!DOCTYPEhtml>" is one
      if (doctype != (html[name_at - 1] == '!') || after > html.size() ||
          !absl::EqualsIgnoreCase(html.substr(name_at, name.size()), name)) {
        continue;
      }
      if (doctype || (after < html.size() &&
                      (IsSpace(html[after]) || html[after] == '/' || html[after] == '>'))) {
        absl::StrAppend(&text, html.substr(copied, name_at - copied), kPrefix);
        copied = name_at;
        break;
      }
    }
  }
  absl::StrAppend(&text, html.substr(copied));
  if (absl::Status s = Tokens(text, max_depth).Run(); !s.ok()) return s;
  return text;
}

bool IsRenamed(absl::string_view name) {
  if (!absl::StartsWithIgnoreCase(name, kPrefix)) return false;
  name.remove_prefix(kPrefix.size());
  return absl::EqualsIgnoreCase(name, "svg") || absl::EqualsIgnoreCase(name, "math") ||
         absl::EqualsIgnoreCase(name, "template") || absl::EqualsIgnoreCase(name, "frameset");
}

}  // namespace gongkai::document
