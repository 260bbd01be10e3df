// RenderNotice: plain text and a printable A4 page; DOCX in docx.cc.
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "calendar/calendar.h"
#include "common/status_macros.h"
#include "notice/lines.h"
#include "notice/notice.h"
#include "notice/text.h"

namespace gongkai::notice {
namespace {

constexpr absl::string_view kIndent = "\u3000\u3000";

// GB/T 9704-2012 (党政机关公文格式) in outline: A4, margins 37/26/35/28 mm, 仿宋 三号 (16 pt)
// body, 小标宋 二号 (22 pt) title; fonts fall back to what the reader has.
constexpr absl::string_view kStyle = R"(@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
body { font-family: "FangSong", "仿宋", "STFangsong", "Noto Serif CJK SC", serif; font-size: 16pt;
  line-height: 1.75; margin: 0; }
p { margin: 0; }
.letterhead { text-align: center; font-size: 22pt; color: #c00; }
.title { text-align: center; font-size: 22pt; font-family: "SimSun", "宋体", serif; font-weight: bold;
  margin: 1em 0 0.5em; }
.number { text-align: center; margin-bottom: 1em; }
.signature { text-align: right; margin-top: 2em; }
.date { text-align: right; }
.contact { margin-top: 2em; font-size: 12pt; }
)";

std::string RenderText(const std::vector<Line>& lines) {
  std::string out;
  for (const Line& line : lines) {
    if (!out.empty() && BlankBefore(line.role)) out += '\n';
    absl::StrAppend(&out, line.text, "\n");
  }
  return out;
}

std::string RenderHtml(const v1::Notice& notice, const std::vector<Line>& lines) {
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>";
  out += Escaped(notice.title());
  absl::StrAppend(&out, "</title>\n<style>\n", kStyle, "</style>\n</head>\n<body>\n");
  for (const Line& line : lines) {
    absl::StrAppend(&out, "<p class=\"", RoleName(line.role), "\">");
    out += Escaped(line.text);
    out += "</p>\n";
  }
  out += "</body>\n</html>\n";
  return out;
}

}  // namespace

absl::string_view RoleName(Role role) {
  switch (role) {
    case Role::kLetterhead:
      return "letterhead";
    case Role::kTitle:
      return "title";
    case Role::kNumber:
      return "number";
    case Role::kAddressee:
      return "addressee";
    case Role::kParagraph:
      return "body";
    case Role::kSignature:
      return "signature";
    case Role::kDate:
      return "date";
    case Role::kContact:
      return "contact";
  }
  return "body";
}

bool BlankBefore(Role role) {
  return role == Role::kAddressee || role == Role::kSignature || role == Role::kContact;
}

absl::StatusOr<std::vector<Line>> LinesOf(const v1::Notice& notice) {
  if (notice.title().empty()) return absl::InvalidArgumentError("notice.title is empty");
  if (notice.signature().empty()) return absl::InvalidArgumentError("notice.signature is empty");
  ASSIGN_OR_RETURN(absl::CivilDay date, calendar::FromProto(notice.date(), "notice.date"));
  std::vector<Line> lines;
  if (!notice.letterhead().empty()) lines.push_back({Role::kLetterhead, notice.letterhead()});
  lines.push_back({Role::kTitle, notice.title()});
  if (!notice.number().empty()) lines.push_back({Role::kNumber, notice.number()});
  if (!notice.addressee().empty()) {
    lines.push_back({Role::kAddressee, absl::StrCat(notice.addressee(), "：")});
  }
  for (const std::string& p : notice.paragraphs()) {
    lines.push_back({Role::kParagraph, absl::StrCat(kIndent, p)});
  }
  lines.push_back({Role::kSignature, notice.signature()});
  lines.push_back({Role::kDate, ChineseDate(date)});
  if (!notice.contact().empty()) lines.push_back({Role::kContact, notice.contact()});
  for (size_t i = 0; i < lines.size(); ++i) {
    RETURN_IF_ERROR(CheckLine(lines[i].text, absl::StrCat("notice line ", i + 1)));
  }
  return lines;
}

absl::StatusOr<std::string> RenderNotice(const v1::Notice& notice, v1::NoticeFormat format) {
  ASSIGN_OR_RETURN(std::vector<Line> lines, LinesOf(notice));
  switch (format) {
    case v1::NOTICE_FORMAT_UNSPECIFIED:
    case v1::NOTICE_FORMAT_TEXT:
      return RenderText(lines);
    case v1::NOTICE_FORMAT_HTML:
      return RenderHtml(notice, lines);
    case v1::NOTICE_FORMAT_DOCX:
      return RenderDocx(lines);
    default:
      return absl::InvalidArgumentError(
          absl::StrCat("format: ", static_cast<int>(format), " is not a notice format"));
  }
}

}  // namespace gongkai::notice
