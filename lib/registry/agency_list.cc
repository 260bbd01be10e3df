// Registry::ParseAgencyList: an agency list as CSV or as JSON.
#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "common/status_macros.h"
#include "common/utf8.h"
#include "document/csv.h"
#include "messages/registry.h"
#include "registry/registry.h"

namespace gongkai::registry {
namespace {

// The levels by their Chinese names, as common.proto's AgencyLevel comments them.
struct LevelName {
  absl::string_view name;
  v1::AgencyLevel level;
};
constexpr LevelName kLevelNames[] = {
    {"国家级", v1::AGENCY_LEVEL_NATIONAL}, {"国务院部门", v1::AGENCY_LEVEL_NATIONAL},
    {"省级", v1::AGENCY_LEVEL_PROVINCIAL}, {"地市级", v1::AGENCY_LEVEL_CITY},
    {"市级", v1::AGENCY_LEVEL_CITY},       {"县级", v1::AGENCY_LEVEL_COUNTY},
    {"乡镇", v1::AGENCY_LEVEL_TOWNSHIP},   {"乡镇级", v1::AGENCY_LEVEL_TOWNSHIP},
    {"街道", v1::AGENCY_LEVEL_TOWNSHIP},
};

absl::StatusOr<v1::AgencyLevel> ParseLevel(absl::string_view text) {
  if (text.empty()) return v1::AGENCY_LEVEL_UNSPECIFIED;
  int number = 0;
  if (absl::SimpleAtoi(text, &number)) {
    if (number >= 1 && number <= 5) return static_cast<v1::AgencyLevel>(number);
  } else {
    for (const LevelName& l : kLevelNames) {
      if (l.name == text) return l.level;
    }
  }
  return absl::InvalidArgumentError(
      absl::StrCat("\"", text, "\" is not a level (1..5 or 国家级, 省级, 地市级, 县级, 乡镇)"));
}

absl::StatusOr<int> ParseYear(absl::string_view text) {
  if (text.empty()) return 0;
  int year = 0;
  if (!absl::SimpleAtoi(text, &year)) {
    return absl::InvalidArgumentError(absl::StrCat("\"", text, "\" is not a year"));
  }
  return year;
}

absl::StatusOr<v1::RegistryAgencyList> ParseCsv(absl::string_view text) {
  // Lists exported from spreadsheets on Chinese Windows are often GBK: say so, with the line.
  if (const std::optional<size_t> at = FindInvalidUtf8(text)) {
    const size_t line = 1 + std::count(text.begin(), text.begin() + *at, '\n');
    return absl::InvalidArgumentError(
        absl::StrCat("agency list: line ", line, " is not UTF-8 (byte ", *at + 1,
                     " of the file); save the list as UTF-8 (in Excel: CSV UTF-8)"));
  }
  ASSIGN_OR_RETURN(const document::CsvText csv, document::SplitCsv(text, "agency list"));
  if (csv.records.empty()) return absl::InvalidArgumentError("agency list: no header line");
  // Column index of each field; -1 when absent.
  enum Field { kId, kName, kLevel, kParent, kFirstYear, kLastYear, kFields };
  constexpr absl::string_view kNames[kFields] = {"id",     "name",       "level",
                                                 "parent", "first_year", "last_year"};
  int column[kFields] = {-1, -1, -1, -1, -1, -1};
  const document::CsvRecord& header = csv.records[0];
  for (size_t c = 0; c < header.cells.size(); ++c) {
    std::string name = absl::AsciiStrToLower(absl::StripAsciiWhitespace(header.cells[c]));
    if (name == "parent_id") name = "parent";
    bool known = false;
    for (int f = 0; f < kFields; ++f) {
      if (kNames[f] != name) continue;
      known = true;
      column[f] = static_cast<int>(c);
    }
    if (!known) {
      return absl::InvalidArgumentError(absl::StrCat("agency list: line ", header.line, ", column ",
                                                     c + 1, ": \"", name,
                                                     "\" is not id, name, level, parent, "
                                                     "first_year or last_year"));
    }
  }
  for (int f : {kId, kName, kLevel, kParent}) {
    if (column[f] < 0) {
      return absl::InvalidArgumentError(absl::StrCat("agency list: line ", header.line,
                                                     ": the header has no column ", kNames[f]));
    }
  }
  v1::RegistryAgencyList list;
  for (size_t r = 1; r < csv.records.size(); ++r) {
    const document::CsvRecord& record = csv.records[r];
    auto cell = [&](Field f) -> absl::string_view {
      const int c = column[f];
      if (c < 0 || static_cast<size_t>(c) >= record.cells.size()) return "";
      return absl::StripAsciiWhitespace(record.cells[c]);
    };
    auto fail = [&](Field f, const absl::Status& s) {
      return absl::InvalidArgumentError(absl::StrCat("agency list: line ", record.line, ", column ",
                                                     kNames[f], ": ", s.message()));
    };
    v1::RegistryAgency* a = list.add_agencies();
    a->mutable_agency()->set_id(std::string(cell(kId)));
    a->mutable_agency()->set_name(std::string(cell(kName)));
    a->mutable_agency()->set_parent_id(std::string(cell(kParent)));
    absl::StatusOr<v1::AgencyLevel> level = ParseLevel(cell(kLevel));
    if (!level.ok()) return fail(kLevel, level.status());
    a->mutable_agency()->set_level(*level);
    for (Field f : {kFirstYear, kLastYear}) {
      absl::StatusOr<int> year = ParseYear(cell(f));
      if (!year.ok()) return fail(f, year.status());
      f == kFirstYear ? a->set_first_year(*year) : a->set_last_year(*year);
    }
  }
  return list;
}

}  // namespace

absl::StatusOr<v1::RegistryAgencyList> Registry::ParseAgencyList(absl::string_view text) {
  absl::string_view body = absl::StripLeadingAsciiWhitespace(text);
  if (absl::StartsWith(body, "\xEF\xBB\xBF")) body.remove_prefix(3);
  if (absl::StartsWith(body, "{")) {
    v1::RegistryAgencyList list;
    if (absl::Status s = messages::ParseJson(body, /*ignore_unknown_fields=*/false, &list);
        !s.ok()) {
      return absl::InvalidArgumentError(absl::StrCat("agency list (JSON): ", s.message()));
    }
    return list;
  }
  return ParseCsv(text);
}

}  // namespace gongkai::registry
