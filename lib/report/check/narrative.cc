#include "report/check/narrative.h"

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "absl/strings/str_cat.h"
#include "common/status_macros.h"
#include "report/check/numbers.h"
#include "report/decimal.h"
#include "report/figures.h"
#include "report/import/text.h"

namespace gongkai::report::check {
namespace {

using importer::Decode;
using importer::Encode;
using importer::Trim;

// What a clause must say to restate a figure. Every term of `all` (each a list of
// alternatives) must appear before the number, none of `none` anywhere in the clause.
struct Rule {
  const char* id;
  std::vector<std::vector<std::u32string_view>> all;
  std::vector<std::u32string_view> none;
  // The cells whose sum the figure restates; keys a layout lacks are left out, and a rule
  // with no cell in the report's layout is not checked.
  std::vector<const char*> cells;
  const char* zh;  // what the figure is, for the explanation
  const char* en;
};

// Words that make a number something other than the figure itself: a change, a share, a
// subset, another period.
const std::vector<std::u32string_view> kHedges = {
    U"同比", U"增长", U"下降", U"减少", U"增加", U"较上年", U"较去年", U"上年同期",
    U"%",    U"％",   U"百分", U"其中", U"平均", U"累计",   U"以来",   U"占"};

const std::vector<Rule>& Rules() {
  static const auto* const kRules = new std::vector<Rule>{
      {"N-new",
       {{U"申请"}, {U"新收", U"收到", U"受理", U"接收", U"共收"}},
       {U"结转", U"办结", U"答复", U"予以公开", U"部分公开", U"不予公开", U"主动公开", U"复议",
        U"诉讼"},
       {"t3.new.total"},
       "本年新收政府信息公开申请数量",
       "applications received this year"},
      {"N-carried-over",
       {{U"上年结转", U"上一年度结转", U"上年度结转", U"结转上年"}},
       {U"下年", U"下一年"},
       {"t3.carried_over.total"},
       "上年结转政府信息公开申请数量",
       "applications carried over from last year"},
      {"N-concluded",
       {{U"办结", U"办理完毕", U"答复完毕"}},
       {U"结转", U"上年"},
       {"t3.total.total"},
       "本年度办理结果总计",
       "applications concluded this year"},
      {"N-carried-forward",
       {{U"结转下年", U"结转到下", U"结转至下", U"转入下一年", U"结转下一年"}},
       {U"上年"},
       {"t3.carried_forward.total"},
       "结转下年度继续办理",
       "applications carried forward"},
      {"N-granted-and-partial",
       {{U"予以公开"}, {U"部分公开"}},
       {U"不予公开"},
       {"t3.granted.total", "t3.partial.total"},
       "予以公开与部分公开之和",
       "applications granted in whole or in part"},
      {"N-reconsideration",
       {{U"行政复议"}},
       {U"诉讼", U"复议后"},
       {"t4.cases.reconsideration_total"},
       "政府信息公开行政复议总计",
       "administrative reconsiderations"},
      {"N-litigation",
       {{U"行政诉讼"}},
       {U"复议"},
       {"t4.cases.direct_total", "t4.cases.after_reconsideration_total"},
       "政府信息公开行政诉讼总计（未经复议直接起诉与复议后起诉）",
       "administrative lawsuits"},
      {"N-rules",
       {{U"规章"}, {U"制发", U"制定", U"出台", U"印发", U"发布"}},
       {U"规范性文件", U"废止", U"现行有效"},
       {"t2.item1.rules.issued", "t2.item1.rules.made"},
       "本年制发规章件数",
       "regulations issued this year"},
      {"N-normative",
       {{U"规范性文件"}, {U"制发", U"制定", U"出台", U"印发"}},
       {U"规章", U"废止", U"现行有效", U"清理"},
       {"t2.item1.normative_documents.issued", "t2.item1.normative_documents.made"},
       "本年制发行政规范性文件件数",
       "normative documents issued this year"},
  };
  return *kRules;
}

// Count units a restated figure ends with.
bool IsCountUnit(char32_t c) {
  return std::u32string_view(U"件条起宗个份项次").find(c) != std::u32string_view::npos;
}

bool Contains(std::u32string_view text, std::u32string_view word) {
  return text.find(word) != std::u32string_view::npos;
}

// Where the last alternative of `terms` ends in `text`, or npos if one term is missing.
size_t TermsEnd(std::u32string_view text,
                const std::vector<std::vector<std::u32string_view>>& all) {
  size_t end = 0;
  for (const auto& alternatives : all) {
    size_t found = std::u32string_view::npos;
    for (std::u32string_view word : alternatives) {
      const size_t at = text.find(word);
      if (at != std::u32string_view::npos) {
        found = std::min(found == std::u32string_view::npos ? at : found, at);
        end = std::max(end, at + word.size());
      }
    }
    if (found == std::u32string_view::npos) return std::u32string_view::npos;
  }
  return end;
}

bool IsClauseEnd(char32_t c) {
  return std::u32string_view(U"，,；;。！？!?\n：:").find(c) != std::u32string_view::npos;
}

bool IsSentenceEnd(char32_t c) {
  return std::u32string_view(U"。；;！？!?\n").find(c) != std::u32string_view::npos;
}

}  // namespace

absl::StatusOr<std::vector<v1::Finding>> CheckNarrative(const v1::AnnualReport& report) {
  ASSIGN_OR_RETURN(Figures figures, ReadFigures(report));
  const Layout& layout = *figures.layout;
  std::vector<v1::Finding> out;
  for (const std::string* section :
       {&report.overview(), &report.problems(), &report.other_matters()}) {
    const std::u32string text = Decode(*section);
    size_t sentence_start = 0;
    for (size_t i = 0; i <= text.size(); ++i) {
      if (i < text.size() && !IsSentenceEnd(text[i])) continue;
      const std::u32string_view sentence =
          std::u32string_view(text).substr(sentence_start, i - sentence_start);
      size_t clause_start = 0;
      for (size_t j = 0; j <= sentence.size(); ++j) {
        if (j < sentence.size() && !IsClauseEnd(sentence[j])) continue;
        const std::u32string_view clause = sentence.substr(clause_start, j - clause_start);
        clause_start = j + 1;
        bool hedged = false;
        for (std::u32string_view hedge : kHedges) hedged = hedged || Contains(clause, hedge);
        if (hedged) continue;
        for (const Rule& rule : Rules()) {
          const size_t end = TermsEnd(clause, rule.all);
          if (end == std::u32string_view::npos) continue;
          bool excluded = false;
          for (std::u32string_view word : rule.none) excluded = excluded || Contains(clause, word);
          if (excluded) continue;
          const ProseNumber* figure = nullptr;
          const std::vector<ProseNumber> numbers = FindNumbers(clause);
          for (const ProseNumber& n : numbers) {
            if (n.begin >= end && IsCountUnit(n.unit)) {
              figure = &n;
              break;
            }
          }
          if (figure == nullptr) continue;
          Dec expected;
          std::vector<int> cells;
          bool summed = true;
          for (const char* key : rule.cells) {
            if (std::optional<int> cell = layout.FindCell(key)) {
              cells.push_back(*cell);
              absl::StatusOr<Dec> sum = Add(expected, figures.values[*cell]);
              summed = summed && sum.ok();
              if (sum.ok()) expected = *sum;
            }
          }
          if (cells.empty() || !summed || Compare(expected, Dec{figure->value, 0}) == 0) continue;
          v1::Finding f;
          f.set_rule(rule.id);
          f.set_severity(v1::SEVERITY_WARNING);
          for (int cell : cells) {
            v1::CellRef* ref = f.add_cells();
            ref->set_key(layout.cells()[cell].key);
            ref->set_label(layout.cells()[cell].label);
            ref->set_value(Format(figures.values[cell]));
          }
          f.set_expected(Format(expected));
          f.set_actual(absl::StrCat(figure->value));
          const std::string quote = Encode(Trim(sentence));
          f.set_explanation_zh(absl::StrCat("正文“", quote, "”称", rule.zh, "为 ", figure->value,
                                            "，表格为 ", Format(expected)));
          f.set_explanation_en(absl::StrCat("the narrative says ", figure->value, " ", rule.en,
                                            " (“", quote, "”); the tables say ", Format(expected)));
          out.push_back(std::move(f));
        }
      }
      sentence_start = i + 1;
    }
  }
  return out;
}

}  // namespace gongkai::report::check
