#include "document/read.h"

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "document/html.h"
#include "document/ooxml.h"
#include "document/pdf.h"
#include "document/text.h"

namespace gongkai::document {
namespace {

// The zip's local file headers name its members in the clear; the central directory is at
// the end. Either holds the names, so a search of the bytes suffices to tell the two apart.
Format SniffZip(absl::string_view bytes) {
  if (absl::StrContains(bytes, "word/document.xml")) return Format::kDocx;
  if (absl::StrContains(bytes, "xl/workbook.xml")) return Format::kXlsx;
  return Format::kAuto;
}

bool LooksLikeHtml(absl::string_view bytes) {
  // Only the first 4 KB: a page's first tag comes early, and a CSV never has one there.
  const std::string head = absl::AsciiStrToLower(bytes.substr(0, 4096));
  for (absl::string_view tag :
       {"<!doctype html", "<html", "<head", "<body", "<meta", "<table", "<div", "<p>", "<p "}) {
    if (absl::StrContains(head, tag)) return true;
  }
  return false;
}

}  // namespace

Format Sniff(absl::string_view bytes) {
  if (absl::StartsWith(bytes, "%PDF-")) return Format::kPdf;
  if (absl::StartsWith(bytes, "PK\x03\x04")) {
    const Format zip = SniffZip(bytes);
    return zip == Format::kAuto ? Format::kDocx : zip;
  }
  if (LooksLikeHtml(bytes)) return Format::kHtml;
  for (absl::string_view line : absl::StrSplit(bytes.substr(0, 4096), '\n')) {
    if (line.empty() || line[0] == '#') continue;
    const bool separated = absl::StrContains(line, ",") || absl::StrContains(line, "\t") ||
                           absl::StrContains(line, ";");
    // A text report's first line is its title; a CSV's first line has separators and no
    // sentence punctuation of Chinese prose.
    return separated && !absl::StrContains(line, "。") ? Format::kCsv : Format::kText;
  }
  return Format::kText;
}

absl::StatusOr<Document> Read(absl::string_view bytes, Format format, const Limits& limits) {
  if (format == Format::kAuto) format = Sniff(bytes);
  if (bytes.size() > limits.max_input_bytes) {
    return absl::InvalidArgumentError(absl::StrCat(FormatName(format), ": ", bytes.size(),
                                                   " bytes, more than the limit of ",
                                                   limits.max_input_bytes));
  }
  switch (format) {
    case Format::kHtml:
      return ReadHtml(bytes, limits);
    case Format::kDocx:
      return ReadDocx(bytes, limits);
    case Format::kXlsx:
      return ReadXlsx(bytes, limits);
    case Format::kPdf:
      return ReadPdf(bytes, limits);
    case Format::kCsv:
      return ReadCsv(bytes, limits);
    case Format::kText:
    case Format::kAuto:
      break;
  }
  return ReadText(bytes, limits);
}

}  // namespace gongkai::document
