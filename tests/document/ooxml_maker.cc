#include "ooxml_maker.h"

#include <zip.h>

#include <cstdlib>
#include <iostream>

#include "absl/strings/str_cat.h"

namespace gongkai::document::testing {
namespace {

[[noreturn]] void Fail(const std::string& what) {
  std::cerr << "ooxml_maker: " << what << "\n";
  std::abort();
}

constexpr char kRelationshipsNs[] = "http://schemas.openxmlformats.org/package/2006/relationships";
constexpr char kOfficeRel[] = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

std::string Relationships(const std::vector<std::pair<std::string, std::string>>& type_target) {
  std::string xml = absl::StrCat(
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"",
      kRelationshipsNs, "\">");
  int id = 0;
  for (const auto& [type, target] : type_target) {
    absl::StrAppend(&xml, "<Relationship Id=\"rId", ++id, "\" Type=\"", type, "\" Target=\"",
                    target, "\"/>");
  }
  return absl::StrCat(xml, "</Relationships>");
}

std::string ContentTypes(const std::string& overrides) {
  return absl::StrCat(
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      "<Default Extension=\"rels\" "
      "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      "<Default Extension=\"xml\" ContentType=\"application/xml\"/>",
      overrides, "</Types>");
}

}  // namespace

std::string MakeZip(const std::vector<Member>& members) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_t* archive = buffer == nullptr ? nullptr : zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  if (archive == nullptr) Fail(zip_error_strerror(&error));
  zip_source_keep(buffer);  // to read the result after zip_close
  for (const Member& m : members) {
    zip_source_t* source = zip_source_buffer(archive, m.data.data(), m.data.size(), 0);
    const zip_int64_t index =
        source == nullptr ? -1 : zip_file_add(archive, m.name.c_str(), source, ZIP_FL_ENC_UTF_8);
    if (index < 0 ||
        zip_set_file_compression(archive, index, m.stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 9) !=
            0 ||
        (!m.password.empty() &&
         zip_file_set_encryption(archive, index, ZIP_EM_AES_256, m.password.c_str()) != 0)) {
      Fail(absl::StrCat(m.name, ": ", zip_strerror(archive)));
    }
  }
  if (zip_close(archive) != 0) Fail(zip_strerror(archive));
  zip_stat_t stat;
  if (zip_source_open(buffer) != 0 || zip_source_stat(buffer, &stat) != 0) Fail("reopen");
  std::string bytes(stat.size, '\0');
  if (zip_source_read(buffer, bytes.data(), bytes.size()) != static_cast<zip_int64_t>(stat.size)) {
    Fail("read back");
  }
  zip_source_close(buffer);
  zip_source_free(buffer);
  zip_error_fini(&error);
  return bytes;
}

std::vector<Member> DocxMembers(const std::string& body, const std::string& title) {
  std::vector<Member> members = {
      {"[Content_Types].xml",
       ContentTypes("<Override PartName=\"/word/document.xml\" ContentType=\"application/"
                    "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                    "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/"
                    "vnd.openxmlformats-package.core-properties+xml\"/>")},
      {"_rels/.rels",
       Relationships({{absl::StrCat(kOfficeRel, "/officeDocument"), "word/document.xml"},
                      {"http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
                       "core-properties",
                       "docProps/core.xml"}})},
      {"word/document.xml",
       absl::StrCat("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    "<w:document xmlns:w=\"",
                    kW, "\" xmlns:r=\"", kOfficeRel, "\"><w:body>", body,
                    "<w:sectPr/></w:body></w:document>")},
  };
  if (!title.empty()) {
    members.push_back(
        {"docProps/core.xml",
         absl::StrCat("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                      "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/"
                      "2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/"
                      "1.1/\"><dc:creator>someone</dc:creator><dc:title>",
                      title, "</dc:title></cp:coreProperties>")});
  }
  return members;
}

std::string MakeDocx(const std::string& body, const std::string& title) {
  return MakeZip(DocxMembers(body, title));
}

std::vector<Member> XlsxMembers(const std::vector<Sheet>& sheets, const std::string& shared) {
  constexpr char kMain[] = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  std::string overrides =
      "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
      "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>";
  std::string workbook = absl::StrCat(
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<workbook xmlns=\"", kMain,
      "\" xmlns:r=\"", kOfficeRel, "\"><sheets>");
  std::vector<std::pair<std::string, std::string>> rels;
  std::vector<Member> members;
  for (size_t i = 0; i < sheets.size(); ++i) {
    const std::string part = absl::StrCat("worksheets/sheet", i + 1, ".xml");
    absl::StrAppend(&workbook, "<sheet name=\"", sheets[i].name, "\" sheetId=\"", i + 1,
                    "\" r:id=\"rId", i + 1, "\"/>");
    rels.push_back({absl::StrCat(kOfficeRel, "/worksheet"), part});
    absl::StrAppend(&overrides, "<Override PartName=\"/xl/", part,
                    "\" ContentType=\"application/"
                    "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
    members.push_back(
        {absl::StrCat("xl/", part), absl::StrCat("<?xml version=\"1.0\" encoding=\"UTF-8\" "
                                                 "standalone=\"yes\"?>\n<worksheet xmlns=\"",
                                                 kMain, "\" xmlns:r=\"", kOfficeRel, "\">",
                                                 sheets[i].content, "</worksheet>")});
  }
  absl::StrAppend(&workbook, "</sheets></workbook>");
  if (!shared.empty()) {
    rels.push_back({absl::StrCat(kOfficeRel, "/sharedStrings"), "sharedStrings.xml"});
    members.push_back(
        {"xl/sharedStrings.xml", absl::StrCat("<?xml version=\"1.0\" encoding=\"UTF-8\" "
                                              "standalone=\"yes\"?>\n<sst xmlns=\"",
                                              kMain, "\">", shared, "</sst>")});
  }
  members.insert(
      members.begin(),
      {{"[Content_Types].xml", ContentTypes(overrides)},
       {"_rels/.rels",
        Relationships({{absl::StrCat(kOfficeRel, "/officeDocument"), "xl/workbook.xml"}})},
       {"xl/workbook.xml", workbook},
       {"xl/_rels/workbook.xml.rels", Relationships(rels)}});
  return members;
}

std::string MakeXlsx(const std::vector<Sheet>& sheets, const std::string& shared) {
  return MakeZip(XlsxMembers(sheets, shared));
}

std::vector<Member> Without(std::vector<Member> members, const std::string& name) {
  std::erase_if(members, [&](const Member& m) { return m.name == name; });
  return members;
}

std::vector<Member> With(std::vector<Member> members, const std::string& name, std::string data) {
  for (Member& m : members) {
    if (m.name == name) {
      m.data = std::move(data);
      return members;
    }
  }
  members.push_back({name, std::move(data)});
  return members;
}

std::vector<std::vector<std::string>> Grid(const Table& table) {
  std::vector<std::vector<std::string>> grid;
  for (const std::vector<Cell>& row : table.rows) {
    grid.emplace_back();
    for (const Cell& cell : row) grid.back().push_back(cell.covered ? "^" : cell.text);
  }
  return grid;
}

}  // namespace gongkai::document::testing
