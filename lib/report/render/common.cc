#include "report/render/common.h"

#include <algorithm>
#include <iterator>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "common/utf8.h"
#include "google/protobuf/descriptor.h"
#include "google/protobuf/message.h"
#include "report/decimal.h"

namespace gongkai::report {
namespace {

// The statutory name of the document, after the agency and the year.
constexpr absl::string_view kReportTitle = "年政府信息公开工作年度报告";

struct Range {
  char32_t first, last;
};

// East Asian Width W and F (Unicode 15, UAX #11), merged into ranges; sorted.
constexpr Range kWide[] = {
    {0x1100, 0x115F},   {0x231A, 0x231B},   {0x2329, 0x232A},   {0x23E9, 0x23EC},
    {0x23F0, 0x23F0},   {0x23F3, 0x23F3},   {0x25FD, 0x25FE},   {0x2614, 0x2615},
    {0x2648, 0x2653},   {0x267F, 0x267F},   {0x2693, 0x2693},   {0x26A1, 0x26A1},
    {0x26AA, 0x26AB},   {0x26BD, 0x26BE},   {0x26C4, 0x26C5},   {0x26CE, 0x26CE},
    {0x26D4, 0x26D4},   {0x26EA, 0x26EA},   {0x26F2, 0x26F3},   {0x26F5, 0x26F5},
    {0x26FA, 0x26FA},   {0x26FD, 0x26FD},   {0x2705, 0x2705},   {0x270A, 0x270B},
    {0x2728, 0x2728},   {0x274C, 0x274C},   {0x274E, 0x274E},   {0x2753, 0x2755},
    {0x2757, 0x2757},   {0x2795, 0x2797},   {0x27B0, 0x27B0},   {0x27BF, 0x27BF},
    {0x2B1B, 0x2B1C},   {0x2B50, 0x2B50},   {0x2B55, 0x2B55},   {0x2E80, 0x303E},
    {0x3041, 0x33FF},   {0x3400, 0x4DBF},   {0x4E00, 0x9FFF},   {0xA000, 0xA4CF},
    {0xA960, 0xA97F},   {0xAC00, 0xD7A3},   {0xF900, 0xFAFF},   {0xFE10, 0xFE19},
    {0xFE30, 0xFE6F},   {0xFF00, 0xFF60},   {0xFFE0, 0xFFE6},   {0x16FE0, 0x16FE4},
    {0x17000, 0x18CFF}, {0x1AFF0, 0x1B2FF}, {0x1F004, 0x1F004}, {0x1F0CF, 0x1F0CF},
    {0x1F18E, 0x1F18E}, {0x1F191, 0x1F19A}, {0x1F200, 0x1F2FF}, {0x1F300, 0x1F64F},
    {0x1F680, 0x1F6FF}, {0x1F7E0, 0x1F7EB}, {0x1F90C, 0x1F9FF}, {0x1FA70, 0x1FAFF},
    {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD},
};

// Characters that take no column of their own; sorted.
constexpr Range kZero[] = {
    {0x0000, 0x001F}, {0x007F, 0x009F}, {0x0300, 0x036F}, {0x200B, 0x200F},
    {0x2028, 0x202E}, {0x2060, 0x2064}, {0xFE00, 0xFE0F}, {0xFEFF, 0xFEFF},
};

template <size_t N>
bool In(const Range (&ranges)[N], char32_t c) {
  auto it = std::upper_bound(std::begin(ranges), std::end(ranges), c,
                             [](char32_t v, const Range& r) { return v < r.first; });
  return it != std::begin(ranges) && c <= std::prev(it)->last;
}

}  // namespace

int DisplayWidth(absl::string_view utf8) {
  int width = 0;
  for (size_t i = 0; i < utf8.size();) {
    const char32_t c = NextCodePoint(utf8, &i);
    if (c == kNotUtf8) {
      width += 1;
    } else if (In(kWide, c)) {
      width += 2;
    } else if (!In(kZero, c)) {
      width += 1;
    }
  }
  return width;
}

std::string ReportTitle(const v1::AnnualReport& report) {
  return absl::StrCat(report.agency().name(), report.year(), kReportTitle);
}

std::string TableHeading(const v1::TableSpec& table) {
  return absl::StrCat(table.number(), "、", table.title());
}

absl::StatusOr<std::vector<ReportPart>> ReportParts(const v1::AnnualReport& report,
                                                    const Layout& layout) {
  std::vector<ReportPart> parts;
  // A vector, not a flat_hash_set: this Abseil's hash set is left broken (and crashes when
  // destroyed) if allocation fails while it grows (tests/hardening/alloc_failure_test.cc).
  std::vector<const v1::TableSpec*> placed;
  const google::protobuf::Descriptor* descriptor = report.GetDescriptor();
  for (const v1::ReportSectionSpec& section : layout.spec().report_sections()) {
    ReportPart part;
    part.heading = absl::StrCat(section.number(), "、", section.title());
    const std::string where =
        absl::StrCat("layout ", layout.id(), ": report section ", part.heading);
    if (!section.table().empty()) {
      part.table = layout.FindTable(section.table());
      if (part.table == nullptr) {
        return absl::InvalidArgumentError(
            absl::StrCat(where, " names no table \"", section.table(), "\""));
      }
      placed.push_back(part.table);
    } else if (!section.narrative().empty()) {
      const google::protobuf::FieldDescriptor* field =
          descriptor->FindFieldByName(section.narrative());
      if (field == nullptr || field->is_repeated() ||
          field->type() != google::protobuf::FieldDescriptor::TYPE_STRING) {
        return absl::InvalidArgumentError(absl::StrCat(where, " names no text field \"",
                                                       section.narrative(), "\" of ",
                                                       descriptor->full_name()));
      }
      part.text = report.GetReflection()->GetString(report, field);
    }
    parts.push_back(std::move(part));
  }
  for (const v1::TableSpec& table : layout.spec().tables()) {
    if (std::find(placed.begin(), placed.end(), &table) != placed.end()) continue;
    ReportPart part;
    part.heading = TableHeading(table);
    part.table = &table;
    parts.push_back(std::move(part));
  }
  return parts;
}

std::vector<absl::string_view> Paragraphs(absl::string_view text) {
  std::vector<absl::string_view> out;
  for (absl::string_view line : absl::StrSplit(text, '\n')) {
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!line.empty()) out.push_back(line);
  }
  return out;
}

std::vector<const Section*> SectionsOf(const Layout& layout, const v1::TableSpec& table) {
  std::vector<const Section*> out;
  for (const Section& section : layout.sections()) {
    if (section.table == &table) out.push_back(&section);
  }
  return out;
}

std::string CellText(const Figures& figures, int index, bool with_unit) {
  std::string text = Format(figures.values[index]);
  if (with_unit && figures.layout->cells()[index].unit == v1::MONEY_UNIT_UNSPECIFIED) {
    absl::StrAppend(&text, UnitLabel(figures.units[index]));
  }
  return text;
}

absl::string_view UnitLabel(v1::MoneyUnit unit) {
  switch (unit) {
    case v1::MONEY_UNIT_YUAN:
      return "元";
    case v1::MONEY_UNIT_WAN_YUAN:
      return "万元";
    default:
      return "";
  }
}

int LeafCount(const std::vector<std::vector<const v1::HeaderNode*>>& paths,
              const v1::HeaderNode* node) {
  return static_cast<int>(std::count_if(paths.begin(), paths.end(), [&](const auto& path) {
    return std::find(path.begin(), path.end(), node) != path.end();
  }));
}

int Depth(const std::vector<std::vector<const v1::HeaderNode*>>& paths) {
  size_t depth = 0;
  for (const auto& path : paths) depth = std::max(depth, path.size());
  return static_cast<int>(depth);
}

bool StartsAt(const std::vector<std::vector<const v1::HeaderNode*>>& paths, int i, int level) {
  const size_t l = static_cast<size_t>(level);
  if (l >= paths[i].size()) return false;
  return i == 0 || paths[i - 1].size() <= l || paths[i - 1][l] != paths[i][l];
}

bool HasRowLabels(const Section& section) {
  if (!section.spec->corner().empty()) return true;
  for (const auto& path : section.row_paths) {
    for (const v1::HeaderNode* node : path) {
      if (!node->label().empty()) return true;
    }
  }
  return false;
}

}  // namespace gongkai::report
