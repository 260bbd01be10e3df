#include "report/validate.h"

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "common/status_macros.h"
#include "report/figures.h"
#include "report/merge.h"

namespace gongkai::report {
namespace {

// The rules that are code rather than layout data, with their explanations.
constexpr absl::string_view kNonNeg = "nonneg";
constexpr absl::string_view kLayoutYear = "layout-year";
constexpr absl::string_view kRollUp = "roll-up";

class Checker {
 public:
  explicit Checker(const Figures& f) : f_(f), layout_(*f.layout) {}

  v1::ValidationResult Take() && { return std::move(result_); }

  void LayoutYear(int year) {
    if (layout_.Covers(year)) return;
    v1::Finding& finding = NewFinding(kLayoutYear, v1::SEVERITY_WARNING);
    finding.set_expected(absl::StrCat("a layout covering ", year));
    finding.set_actual(layout_.id());
    finding.set_explanation_zh(absl::StrCat(year, "年度报告通常不使用", layout_.id(), "年格式"));
    finding.set_explanation_en(absl::StrCat("a ", year, " report does not normally use the ",
                                            layout_.id(), " layout"));
  }

  void NonNegative() {
    for (size_t c = 0; c < layout_.cells().size(); ++c) {
      const CellInfo& info = layout_.cells()[c];
      if (info.kind == v1::VALUE_KIND_SIGNED_COUNT || f_.values[c].units >= 0) continue;
      v1::Finding& finding = NewFinding(kNonNeg, v1::SEVERITY_ERROR);
      Ref(&finding, static_cast<int>(c));
      finding.set_expected(">= 0");
      finding.set_actual(Format(f_.values[c]));
      finding.set_explanation_zh(absl::StrCat("数量和金额不能为负：", info.label));
      finding.set_explanation_en(absl::StrCat("counts and amounts cannot be negative: ", info.label));
    }
  }

  absl::Status Sum(const v1::SumRule& rule) {
    const Section& s = layout_.sections()[*layout_.FindSection(rule.table(), rule.section())];
    const bool per_column = rule.axis() == v1::SUM_AXIS_PER_COLUMN;
    const int lines = per_column ? s.columns() : s.rows();
    for (int line = 0; line < lines; ++line) {
      // The cell of term `key` on this line.
      auto cell_of = [&](const std::string& key) {
        return per_column ? s.CellAt(s.RowIndex(key), line) : s.CellAt(line, s.ColumnIndex(key));
      };
      Dec lhs, rhs;
      for (const std::string& key : rule.lhs()) {
        ASSIGN_OR_RETURN(lhs, Add(lhs, f_.values[cell_of(key)]));
      }
      for (const std::string& key : rule.rhs()) {
        ASSIGN_OR_RETURN(rhs, Add(rhs, f_.values[cell_of(key)]));
      }
      if (Compare(lhs, rhs) == 0) continue;
      v1::Finding& finding = NewFinding(rule.id(), rule.severity());
      for (const auto* terms : {&rule.lhs(), &rule.rhs()}) {
        for (const std::string& key : *terms) Ref(&finding, cell_of(key));
      }
      const std::string where = per_column ? PathLabel(s.column_paths[line]) : PathLabel(s.row_paths[line]);
      Explain(&finding, rule.explanation_zh(), rule.explanation_en(), where, rhs, lhs);
    }
    return absl::OkStatus();
  }

  // The part of a stock rule that needs no other year: an opening count plus its change
  // cannot be negative.
  absl::Status StockWithinYear(const v1::StockRule& rule) {
    if (!rule.stock_is_opening()) return absl::OkStatus();
    const Section& s = layout_.sections()[*layout_.FindSection(rule.table(), rule.section())];
    for (int r = 0; r < s.rows(); ++r) {
      const int stock = s.CellAt(r, s.ColumnIndex(rule.stock_column()));
      const int delta = s.CellAt(r, s.ColumnIndex(rule.inflow_column()));
      ASSIGN_OR_RETURN(Dec now, Add(f_.values[stock], f_.values[delta]));
      if (now.units >= 0) continue;
      v1::Finding& finding = NewFinding(rule.id(), v1::SEVERITY_ERROR);
      Ref(&finding, stock);
      Ref(&finding, delta);
      Explain(&finding, rule.explanation_zh(), rule.explanation_en(), PathLabel(s.row_paths[r]),
              Dec{0, 0}, now);
      finding.set_expected(">= 0");
    }
    return absl::OkStatus();
  }

  // Rules comparing this year with the previous year's report.
  absl::Status AcrossYears(const Figures& prev) {
    for (const v1::CarryRule& rule : layout_.spec().carry_rules()) {
      const Section& s = layout_.sections()[*layout_.FindSection(rule.table(), rule.section())];
      for (int c = 0; c < s.columns(); ++c) {
        const int to = s.CellAt(s.RowIndex(rule.to_row()), c);
        std::optional<int> from = prev.layout->FindCell(
            absl::StrCat(s.key_prefix, rule.from_row(), ".", s.column(c).key()));
        if (!from) continue;  // the previous layout has no such cell: nothing to compare
        if (Compare(f_.values[to], prev.values[*from]) == 0) continue;
        v1::Finding& finding = NewFinding(rule.id(), rule.severity());
        Ref(&finding, to);
        Explain(&finding, rule.explanation_zh(), rule.explanation_en(), PathLabel(s.column_paths[c]),
                prev.values[*from], f_.values[to]);
      }
    }
    for (const v1::StockRule& rule : layout_.spec().stock_rules()) {
      const Section& s = layout_.sections()[*layout_.FindSection(rule.table(), rule.section())];
      for (int r = 0; r < s.rows(); ++r) {
        auto prev_cell = [&](const std::string& column) {
          return prev.layout->FindCell(absl::StrCat(s.key_prefix, s.row(r).key(), ".", column));
        };
        const int stock = s.CellAt(r, s.ColumnIndex(rule.stock_column()));
        const int inflow = s.CellAt(r, s.ColumnIndex(rule.inflow_column()));
        std::optional<int> prev_stock = prev_cell(rule.stock_column());
        if (!prev_stock) continue;
        Dec expected;
        if (rule.stock_is_opening()) {
          std::optional<int> prev_delta = prev_cell(rule.inflow_column());
          if (!prev_delta) continue;
          ASSIGN_OR_RETURN(expected, Add(prev.values[*prev_stock], prev.values[*prev_delta]));
        } else {
          ASSIGN_OR_RETURN(expected, Add(prev.values[*prev_stock], f_.values[inflow]));
          if (!rule.outflow_column().empty()) {
            const int outflow = s.CellAt(r, s.ColumnIndex(rule.outflow_column()));
            ASSIGN_OR_RETURN(expected, Subtract(expected, f_.values[outflow]));
          }
        }
        if (Compare(expected, f_.values[stock]) == 0) continue;
        v1::Finding& finding = NewFinding(rule.id(), rule.severity());
        Ref(&finding, stock);
        if (!rule.stock_is_opening()) Ref(&finding, inflow);
        Explain(&finding, rule.explanation_zh(), rule.explanation_en(), PathLabel(s.row_paths[r]),
                expected, f_.values[stock]);
      }
    }
    return absl::OkStatus();
  }

  void RollUp(const Figures& sum, size_t members) {
    for (size_t c = 0; c < layout_.cells().size(); ++c) {
      const CellInfo& info = layout_.cells()[c];
      const Section& s = layout_.sections()[info.section];
      if (s.table->rollup_severity() == v1::SEVERITY_UNSPECIFIED) continue;
      const auto& exempt = s.table->rollup_exempt_columns();
      if (std::find(exempt.begin(), exempt.end(), s.column(info.column).key()) != exempt.end()) continue;
      if (Compare(f_.values[c], sum.values[c]) == 0 && f_.units[c] == sum.units[c]) continue;
      v1::Finding& finding = NewFinding(kRollUp, s.table->rollup_severity());
      Ref(&finding, static_cast<int>(c));
      finding.set_expected(absl::StrCat(Format(sum.values[c]), UnitSuffix(sum.units[c])));
      finding.set_actual(absl::StrCat(Format(f_.values[c]), UnitSuffix(f_.units[c])));
      finding.set_explanation_zh(absl::StrCat("汇总报告应等于", members, "份成员报告之和：", info.label,
                                              "应为 ", finding.expected(), "，实为 ", finding.actual()));
      finding.set_explanation_en(absl::StrCat("a consolidated report must equal the sum of its ",
                                              members, " members: ", info.label, ": expected ",
                                              finding.expected(), ", found ", finding.actual()));
    }
  }

 private:
  static std::string UnitSuffix(v1::MoneyUnit unit) {
    return unit == v1::MONEY_UNIT_YUAN ? " 元" : unit == v1::MONEY_UNIT_WAN_YUAN ? " 万元" : "";
  }

  v1::Finding& NewFinding(absl::string_view rule, v1::Severity severity) {
    if (severity == v1::SEVERITY_ERROR) {
      result_.set_error_count(result_.error_count() + 1);
    } else {
      result_.set_warning_count(result_.warning_count() + 1);
    }
    v1::Finding* finding = result_.add_findings();
    finding->set_rule(std::string(rule));
    finding->set_severity(severity);
    return *finding;
  }

  void Ref(v1::Finding* finding, int cell) {
    const CellInfo& info = layout_.cells()[cell];
    v1::CellRef* ref = finding->add_cells();
    ref->set_key(info.key);
    ref->set_label(info.label);
    ref->set_value(f_.present[cell] ? Format(f_.values[cell]) : "");
  }

  static void Explain(v1::Finding* finding, absl::string_view zh, absl::string_view en,
                      absl::string_view where, Dec expected, Dec actual) {
    finding->set_expected(Format(expected));
    finding->set_actual(Format(actual));
    finding->set_explanation_zh(absl::StrCat(zh, "（", where, "）：应为 ", Format(expected),
                                             "，实为 ", Format(actual)));
    finding->set_explanation_en(absl::StrCat(en, " (", where, "): expected ", Format(expected),
                                             ", found ", Format(actual)));
  }

  const Figures& f_;
  const Layout& layout_;
  v1::ValidationResult result_;
};

absl::Status Prefixed(absl::string_view what, const absl::Status& status) {
  return absl::Status(status.code(), absl::StrCat(what, ": ", status.message()));
}

}  // namespace

absl::StatusOr<v1::ValidationResult> Validate(const v1::AnnualReport& report,
                                              const ValidationContext& context) {
  ASSIGN_OR_RETURN(Figures figures, ReadFigures(report));
  std::optional<Figures> previous;
  if (context.previous != nullptr) {
    const v1::AnnualReport& prev = *context.previous;
    if (prev.year() != report.year() - 1) {
      return absl::InvalidArgumentError(absl::StrCat("previous.year: ", prev.year(),
                                                     ", expected ", report.year() - 1));
    }
    if (!prev.agency().id().empty() && !report.agency().id().empty() &&
        prev.agency().id() != report.agency().id()) {
      return absl::InvalidArgumentError("previous.agency.id: not the same agency as the report");
    }
    auto read = ReadFigures(prev);
    if (!read.ok()) return Prefixed("previous", read.status());
    previous = *std::move(read);
  }
  std::optional<Figures> sum;
  if (!context.members.empty()) {
    ASSIGN_OR_RETURN(sum, SumFigures(context.members, "members"));
    if (sum->layout != figures.layout || context.members[0]->year() != report.year()) {
      return absl::InvalidArgumentError(absl::StrCat(
          "members: for ", context.members[0]->year(), " in layout ", sum->layout->id(),
          ", but the report is for ", report.year(), " in layout ", figures.layout->id()));
    }
  }

  Checker checker(figures);
  checker.LayoutYear(report.year());
  checker.NonNegative();
  for (const v1::SumRule& rule : figures.layout->spec().sum_rules()) RETURN_IF_ERROR(checker.Sum(rule));
  for (const v1::StockRule& rule : figures.layout->spec().stock_rules()) {
    RETURN_IF_ERROR(checker.StockWithinYear(rule));
  }
  if (previous) RETURN_IF_ERROR(checker.AcrossYears(*previous));
  if (sum) checker.RollUp(*sum, context.members.size());
  return std::move(checker).Take();
}

}  // namespace gongkai::report
