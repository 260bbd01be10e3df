// Office Open XML files made in memory for the reader tests: a zip of named members (libzip),
// and minimal .docx/.xlsx packages around a body or a few sheets.
#ifndef GONGKAI_TESTS_DOCUMENT_OOXML_MAKER_H_
#define GONGKAI_TESTS_DOCUMENT_OOXML_MAKER_H_

#include <string>
#include <utility>
#include <vector>

#include "document/document.h"

namespace gongkai::document::testing {

struct Member {
  Member(std::string name, std::string data, bool stored = false)
      : name(std::move(name)), data(std::move(data)), stored(stored) {}

  std::string name;
  std::string data;
  bool stored = false;   // else deflated
  std::string password;  // when set, the member is AES-256 encrypted with it
};

// A zip of `members`, in order.
std::string MakeZip(const std::vector<Member>& members);

// The WordprocessingML namespace, bound to w: in MakeDocx's document element.
inline constexpr char kW[] = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

// The members of a .docx whose word/document.xml has `body` as the content of w:body, plus a
// docProps/core.xml with dc:title `title` when it is not empty.
std::vector<Member> DocxMembers(const std::string& body, const std::string& title = "");
std::string MakeDocx(const std::string& body, const std::string& title = "");

// One worksheet: its name and the content of its <worksheet> element (<sheetData>...).
struct Sheet {
  std::string name;
  std::string content;
};

// The members of an .xlsx with `sheets` (xl/worksheets/sheetN.xml) and, when not empty, the
// shared strings `shared` (the content of <sst>).
std::vector<Member> XlsxMembers(const std::vector<Sheet>& sheets, const std::string& shared = "");
std::string MakeXlsx(const std::vector<Sheet>& sheets, const std::string& shared = "");

// `members` without the one named `name`.
std::vector<Member> Without(std::vector<Member> members, const std::string& name);
// `members` with the data of `name` replaced (or the member added).
std::vector<Member> With(std::vector<Member> members, const std::string& name, std::string data);

// A table's texts, "^" for a covered position: what the tests compare.
std::vector<std::vector<std::string>> Grid(const Table& table);

}  // namespace gongkai::document::testing

#endif  // GONGKAI_TESTS_DOCUMENT_OOXML_MAKER_H_
