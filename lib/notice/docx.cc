// RenderDocx: the lines as a WordprocessingML document (one w:p per line, styled by role as the
// HTML page is: GB/T 9704 in outline), zipped in memory by docx_zip.cc.
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "notice/docx_zip.h"
#include "notice/lines.h"
#include "notice/text.h"

namespace gongkai::notice {
namespace {

constexpr absl::string_view kXmlHeader =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
constexpr absl::string_view kW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr absl::string_view kRelationships =
    "http://schemas.openxmlformats.org/package/2006/relationships";
constexpr absl::string_view kOfficeRel =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

// One blank line of the text rendering: the body's exact 28 pt line pitch, in twips.
constexpr int kLinePitch = 560;

// The style id of a line in styles.xml: its role's name; addressee and body paragraphs use the
// default (Normal).
absl::string_view StyleOf(Role role) {
  return role == Role::kAddressee || role == Role::kParagraph ? "" : RoleName(role);
}

std::string Fonts(absl::string_view ascii, absl::string_view east_asia) {
  return absl::StrCat("<w:rFonts w:ascii=\"", ascii, "\" w:hAnsi=\"", ascii, "\" w:eastAsia=\"",
                      east_asia, "\" w:cs=\"", ascii, "\"/>");
}

std::string Style(absl::string_view id, absl::string_view name, absl::string_view ppr,
                  absl::string_view rpr) {
  return absl::StrCat("<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"", id,
                      "\"><w:name w:val=\"", name, "\"/><w:basedOn w:val=\"Normal\"/><w:pPr>", ppr,
                      "</w:pPr><w:rPr>", rpr, "</w:rPr></w:style>");
}

std::string Styles() {
  constexpr absl::string_view kCenter = "<w:jc w:val=\"center\"/>";
  constexpr absl::string_view kRight = "<w:jc w:val=\"right\"/>";
  // Children in the schema's order (spacing before jc, color before sz), which Word enforces.
  constexpr absl::string_view kBig = "<w:sz w:val=\"44\"/><w:szCs w:val=\"44\"/>";
  // 仿宋 三号 (16 pt) on a 28 pt pitch, as the HTML page's line-height 1.75.
  return absl::StrCat(
      kXmlHeader, "<w:styles xmlns:w=\"", kW, "\"><w:docDefaults><w:rPrDefault><w:rPr>",
      Fonts("FangSong", "仿宋"),
      "<w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/><w:lang w:val=\"zh-CN\" w:eastAsia=\"zh-CN\"/>"
      "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" "
      "w:line=\"",
      kLinePitch,
      "\" w:lineRule=\"exact\"/></w:pPr></w:pPrDefault></w:docDefaults>"
      "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\">"
      "<w:name w:val=\"Normal\"/></w:style>",
      Style(RoleName(Role::kLetterhead), "Letterhead", kCenter,
            absl::StrCat("<w:color w:val=\"CC0000\"/>", kBig)),
      Style(RoleName(Role::kTitle), "Notice Title",
            absl::StrCat("<w:spacing w:line=\"800\" w:lineRule=\"exact\"/>", kCenter),
            absl::StrCat(Fonts("SimSun", "宋体"), "<w:b/><w:bCs/>", kBig)),
      Style(RoleName(Role::kNumber), "Number", kCenter, ""),
      Style(RoleName(Role::kSignature), "Signature", kRight, ""),
      Style(RoleName(Role::kDate), "Date", kRight, ""),
      Style(RoleName(Role::kContact), "Contact", "", "<w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/>"),
      "</w:styles>");
}

std::string Body(const std::vector<Line>& lines) {
  std::string out = absl::StrCat(kXmlHeader, "<w:document xmlns:w=\"", kW, "\"><w:body>");
  for (size_t i = 0; i < lines.size(); ++i) {
    const Line& line = lines[i];
    const absl::string_view style = StyleOf(line.role);
    // The text rendering's blank line, as spacing: every paragraph read back is a line of text.
    const bool blank = i > 0 && BlankBefore(line.role);
    out += "<w:p>";
    if (!style.empty() || blank) {
      out += "<w:pPr>";
      if (!style.empty()) absl::StrAppend(&out, "<w:pStyle w:val=\"", style, "\"/>");
      if (blank) absl::StrAppend(&out, "<w:spacing w:before=\"", kLinePitch, "\"/>");
      out += "</w:pPr>";
    }
    out += "<w:r><w:t xml:space=\"preserve\">";
    out += Escaped(line.text);
    out += "</w:t></w:r></w:p>";
  }
  // A4; margins 37/26/35/28 mm in twips (1 mm = 56.7 twips).
  out +=
      "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"2098\" w:right=\"1474\" "
      "w:bottom=\"1985\" w:left=\"1588\" w:header=\"851\" w:footer=\"992\" w:gutter=\"0\"/>"
      "</w:sectPr></w:body></w:document>";
  return out;
}

std::string Core(const std::vector<Line>& lines) {
  std::string out = absl::StrCat(
      kXmlHeader,
      "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/"
      "metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>");
  for (const Line& line : lines) {
    if (line.role == Role::kTitle) out += Escaped(line.text);
  }
  out += "</dc:title></cp:coreProperties>";
  return out;
}

}  // namespace

absl::StatusOr<std::string> RenderDocx(const std::vector<Line>& lines) {
  const std::string main_type = "application/vnd.openxmlformats-officedocument.wordprocessingml";
  std::vector<std::pair<std::string, std::string>> parts;
  parts.emplace_back(
      "[Content_Types].xml",
      absl::StrCat(kXmlHeader,
                   "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                   "<Default Extension=\"rels\" ContentType=\"application/"
                   "vnd.openxmlformats-package.relationships+xml\"/>"
                   "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                   "<Override PartName=\"/word/document.xml\" ContentType=\"",
                   main_type, ".document.main+xml\"/>",
                   "<Override PartName=\"/word/styles.xml\" ContentType=\"", main_type,
                   ".styles+xml\"/><Override PartName=\"/docProps/core.xml\" ContentType=\""
                   "application/vnd.openxmlformats-package.core-properties+xml\"/></Types>"));
  parts.emplace_back(
      "_rels/.rels",
      absl::StrCat(kXmlHeader, "<Relationships xmlns=\"", kRelationships,
                   "\"><Relationship Id=\"rId1\" Type=\"", kOfficeRel,
                   "/officeDocument\" Target=\"word/document.xml\"/><Relationship Id=\"rId2\" "
                   "Type=\"http://schemas.openxmlformats.org/package/2006/relationships/"
                   "metadata/core-properties\" Target=\"docProps/core.xml\"/></Relationships>"));
  parts.emplace_back("docProps/core.xml", Core(lines));
  parts.emplace_back("word/document.xml", Body(lines));
  parts.emplace_back("word/styles.xml", Styles());
  parts.emplace_back("word/_rels/document.xml.rels",
                     absl::StrCat(kXmlHeader, "<Relationships xmlns=\"", kRelationships,
                                  "\"><Relationship Id=\"rId1\" Type=\"", kOfficeRel,
                                  "/styles\" Target=\"styles.xml\"/></Relationships>"));
  return ZipParts(parts);
}

}  // namespace gongkai::notice
