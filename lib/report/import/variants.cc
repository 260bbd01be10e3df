#include "report/import/variants.h"

#include "absl/strings/str_cat.h"
#include "report/import/label.h"

namespace gongkai::report::importer {
namespace {

struct Description {
  const char* zh;
  const char* en;
};

// Indexed by Variant.
constexpr Description kDescriptions[] = {
    {"文件开头有 UTF-8 字节顺序标记（BOM）", "a UTF-8 byte order mark at the start"},
    {"文件按 GB18030（GBK）编码读取，而非 UTF-8", "was read as GB18030 (GBK), not UTF-8"},
    {"行尾多余的空白单元格已忽略", "empty cells after the last number ignored"},
    {"空白单元格按 0 读取", "blank cells read as 0"},
    {"“-”“—”按 0 读取", "dashes read as 0"},
    {"“／”按 0 读取", "slashes read as 0"},
    {"数字前后有空格", "spaces around numbers"},
    {"数字使用全角字符", "full-width digits or signs in numbers"},
    {"数字含千位分隔符", "thousands separators in numbers"},
    {"标签使用半角括号", "half-width brackets in labels"},
    {"标签标点与法定文本不同", "label punctuation differs from the statutory text"},
    {"标签含空格", "spaces in labels"},
    {"", ""},  // kLabelTypo: built from the misprint
};

bool IsLabelVariant(Variant v) { return v >= Variant::kLabelBrackets; }

}  // namespace

void VariantLog::Add(Variant variant, int row, int cell, absl::string_view text, int typo) {
  for (Entry& e : entries_) {
    if (e.variant == variant && e.typo == typo) {
      ++e.count;
      return;
    }
  }
  entries_.push_back(Entry{variant, typo, 1, row, cell, std::string(text)});
}

std::vector<v1::Finding> VariantLog::Findings(const Figures& figures, absl::string_view source,
                                              RowNames where) const {
  std::vector<v1::Finding> out;
  for (const Entry& e : entries_) {
    v1::Finding f;
    f.set_rule("import-variant");
    f.set_severity(v1::SEVERITY_WARNING);
    if (e.cell >= 0) {
      const CellInfo& info = figures.layout->cells()[e.cell];
      v1::CellRef* ref = f.add_cells();
      ref->set_key(info.key);
      ref->set_label(info.label);
      if (figures.present[e.cell]) ref->set_value(Format(figures.values[e.cell]));
    }
    std::string zh = kDescriptions[static_cast<int>(e.variant)].zh;
    std::string en = kDescriptions[static_cast<int>(e.variant)].en;
    if (e.variant == Variant::kLabelTypo) {
      const LabelTypo& typo = KnownLabelTypos()[e.typo];
      zh = absl::StrCat("标签误作“", typo.printed, "”（法定文本为“", typo.statutory, "”）");
      en = absl::StrCat("the misprint “", typo.printed, "” for “", typo.statutory, "” in labels");
    }
    const bool quote = IsLabelVariant(e.variant);
    if (e.variant == Variant::kBom || e.variant == Variant::kGb18030) {
      f.set_explanation_zh(absl::StrCat(zh, "（", source, "）"));
      f.set_explanation_en(e.variant == Variant::kBom ? absl::StrCat(en, " of ", source)
                                                      : absl::StrCat(source, " ", en));
    } else {
      const auto [where_zh, where_en] = where(e.row);
      f.set_explanation_zh(absl::StrCat(zh, "：共 ", e.count, " 处，首见于 ", where_zh,
                                        quote ? absl::StrCat("（“", e.text, "”）") : ""));
      f.set_explanation_en(absl::StrCat(en, ": ", e.count, e.count == 1 ? " cell" : " cells",
                                        ", first on ", where_en,
                                        quote ? absl::StrCat(" (“", e.text, "”)") : ""));
    }
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace gongkai::report::importer
