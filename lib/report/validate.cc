#include "report/validate.h"

#include <memory>
#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "common/status_macros.h"
#include "report/figures.h"
#include "report/merge.h"

namespace gongkai::report {
namespace {

// A layout's rules resolved to sections and leaf indices once, instead of by key on every
// check: the term of a sum rule is a row index (per-column rules) or a column index.
struct SumPlan {
  const v1::SumRule* rule;
  const Section* section;
  bool per_column;
  std::vector<int> lhs, rhs;
};
struct StockPlan {
  const v1::StockRule* rule;
  const Section* section;
  int stock, inflow, outflow;  // column indices; outflow -1 when the rule has none
};
// The cross-year rules between this layout and the previous report's: cell indices in each
// (-1 where the previous layout has no such cell: nothing to compare).
struct CarryPlan {
  const v1::CarryRule* rule;
  const Section* section;
  std::vector<std::pair<int, int>> to_from;  // by column: (cell, previous cell)
};
struct StockYearPlan {
  struct Row {
    int stock, inflow, outflow;   // outflow -1 when the rule has none
    int prev_stock, prev_inflow;  // in the previous layout, or -1
  };
  const v1::StockRule* rule;
  const Section* section;
  std::vector<Row> rows;
};
struct CrossPlan {
  std::vector<CarryPlan> carries;
  std::vector<StockYearPlan> stocks;
};
struct Plan {
  std::vector<SumPlan> sums;
  std::vector<StockPlan> stocks;
  PerBuiltinLayout<CrossPlan> across;  // by previous layout
};

CrossPlan MakeCrossPlan(const Layout& layout, const Layout& prev) {
  auto find = [&](const std::string& key) { return prev.FindCell(key).value_or(-1); };
  CrossPlan plan;
  for (const v1::CarryRule& rule : layout.spec().carry_rules()) {
    const Section& s = layout.sections()[*layout.FindSection(rule.table(), rule.section())];
    CarryPlan p{&rule, &s, {}};
    for (int c = 0; c < s.columns(); ++c) {
      p.to_from.emplace_back(
          s.CellAt(s.RowIndex(rule.to_row()), c),
          find(absl::StrCat(s.key_prefix, rule.from_row(), ".", s.column(c).key())));
    }
    plan.carries.push_back(std::move(p));
  }
  for (const v1::StockRule& rule : layout.spec().stock_rules()) {
    const Section& s = layout.sections()[*layout.FindSection(rule.table(), rule.section())];
    StockYearPlan p{&rule, &s, {}};
    for (int r = 0; r < s.rows(); ++r) {
      const std::string prefix = absl::StrCat(s.key_prefix, s.row(r).key(), ".");
      p.rows.push_back(
          {s.CellAt(r, s.ColumnIndex(rule.stock_column())),
           s.CellAt(r, s.ColumnIndex(rule.inflow_column())),
           rule.outflow_column().empty() ? -1 : s.CellAt(r, s.ColumnIndex(rule.outflow_column())),
           find(absl::StrCat(prefix, rule.stock_column())),
           find(absl::StrCat(prefix, rule.inflow_column()))});
    }
    plan.stocks.push_back(std::move(p));
  }
  return plan;
}

// The layout checked its rules when it was built (Layout::CheckRules): every name resolves.
Plan MakePlan(const Layout& layout) {
  Plan plan;
  for (const v1::SumRule& rule : layout.spec().sum_rules()) {
    const Section& s = layout.sections()[*layout.FindSection(rule.table(), rule.section())];
    SumPlan p{&rule, &s, rule.axis() == v1::SUM_AXIS_PER_COLUMN, {}, {}};
    for (const std::string& key : rule.lhs())
      p.lhs.push_back(p.per_column ? s.RowIndex(key) : s.ColumnIndex(key));
    for (const std::string& key : rule.rhs())
      p.rhs.push_back(p.per_column ? s.RowIndex(key) : s.ColumnIndex(key));
    plan.sums.push_back(std::move(p));
  }
  for (const v1::StockRule& rule : layout.spec().stock_rules()) {
    const Section& s = layout.sections()[*layout.FindSection(rule.table(), rule.section())];
    plan.stocks.push_back(
        {&rule, &s, s.ColumnIndex(rule.stock_column()), s.ColumnIndex(rule.inflow_column()),
         rule.outflow_column().empty() ? -1 : s.ColumnIndex(rule.outflow_column())});
  }
  plan.across =
      PerBuiltinLayout<CrossPlan>([&](const Layout& prev) { return MakeCrossPlan(layout, prev); });
  return plan;
}

// The cross-year plan from `plan` for a previous report in `prev`, else made into *scratch.
const CrossPlan& CrossPlanFor(const Plan& plan, const Layout& layout, const Layout& prev,
                              std::unique_ptr<CrossPlan>* scratch) {
  if (const CrossPlan* cross = plan.across.Find(prev)) return *cross;
  *scratch = std::make_unique<CrossPlan>(MakeCrossPlan(layout, prev));
  return **scratch;
}

// The plan of `layout`: made once for each built-in layout (the only ones reports use; they
// live as long as the process), else made for the call into *scratch.
const Plan& PlanFor(const Layout& layout, std::unique_ptr<Plan>* scratch) {
  static const auto* builtin = new PerBuiltinLayout<Plan>(MakePlan);
  if (const Plan* plan = builtin->Find(layout)) return *plan;
  *scratch = std::make_unique<Plan>(MakePlan(layout));
  return **scratch;
}

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
    finding.set_explanation_en(
        absl::StrCat("a ", year, " report does not normally use the ", layout_.id(), " layout"));
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
      finding.set_explanation_en(
          absl::StrCat("counts and amounts cannot be negative: ", info.label));
    }
  }

  absl::Status Sum(const SumPlan& plan) {
    const v1::SumRule& rule = *plan.rule;
    const Section& s = *plan.section;
    const bool per_column = plan.per_column;
    const int lines = per_column ? s.columns() : s.rows();
    for (int line = 0; line < lines; ++line) {
      // The cell of term `term` (a row or column index) on this line.
      auto cell_of = [&](int term) {
        return per_column ? s.CellAt(term, line) : s.CellAt(line, term);
      };
      // Whole numbers that fit: summed directly. Anything else (a scale, an overflow): term by
      // term as Add does, for its exact value or its error.
      auto whole_sum = [&](const std::vector<int>& terms, int64_t* sum) {
        *sum = 0;
        for (int term : terms) {
          const Dec& d = f_.values[cell_of(term)];
          if (d.scale != 0 || __builtin_add_overflow(*sum, d.units, sum)) return false;
        }
        return true;
      };
      int64_t lhs_units, rhs_units;
      Dec lhs, rhs;
      if (whole_sum(plan.lhs, &lhs_units) && whole_sum(plan.rhs, &rhs_units)) {
        if (lhs_units == rhs_units) continue;
        lhs = Dec{lhs_units, 0};
        rhs = Dec{rhs_units, 0};
      } else {
        for (int term : plan.lhs) {
          ASSIGN_OR_RETURN(lhs, Add(lhs, f_.values[cell_of(term)]));
        }
        for (int term : plan.rhs) {
          ASSIGN_OR_RETURN(rhs, Add(rhs, f_.values[cell_of(term)]));
        }
        if (Compare(lhs, rhs) == 0) continue;
      }
      v1::Finding& finding = NewFinding(rule.id(), rule.severity());
      for (const auto* terms : {&plan.lhs, &plan.rhs}) {
        for (int term : *terms) Ref(&finding, cell_of(term));
      }
      const std::string where =
          per_column ? PathLabel(s.column_paths[line]) : PathLabel(s.row_paths[line]);
      Explain(&finding, rule.explanation_zh(), rule.explanation_en(), where, rhs, lhs);
    }
    return absl::OkStatus();
  }

  // The part of a stock rule that needs no other year: an opening count plus its change
  // cannot be negative.
  absl::Status StockWithinYear(const StockPlan& plan) {
    const v1::StockRule& rule = *plan.rule;
    if (!rule.stock_is_opening()) return absl::OkStatus();
    const Section& s = *plan.section;
    for (int r = 0; r < s.rows(); ++r) {
      const int stock = s.CellAt(r, plan.stock);
      const int delta = s.CellAt(r, plan.inflow);
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
  absl::Status AcrossYears(const Figures& prev, const CrossPlan& plan) {
    for (const CarryPlan& carry : plan.carries) {
      const v1::CarryRule& rule = *carry.rule;
      const Section& s = *carry.section;
      for (int c = 0; c < s.columns(); ++c) {
        const auto [to, from] = carry.to_from[c];
        if (from < 0) continue;  // the previous layout has no such cell: nothing to compare
        if (Compare(f_.values[to], prev.values[from]) == 0) continue;
        v1::Finding& finding = NewFinding(rule.id(), rule.severity());
        Ref(&finding, to);
        Explain(&finding, rule.explanation_zh(), rule.explanation_en(),
                PathLabel(s.column_paths[c]), prev.values[from], f_.values[to]);
      }
    }
    for (const StockYearPlan& stock_plan : plan.stocks) {
      const v1::StockRule& rule = *stock_plan.rule;
      const Section& s = *stock_plan.section;
      for (int r = 0; r < s.rows(); ++r) {
        const StockYearPlan::Row& row = stock_plan.rows[r];
        if (row.prev_stock < 0) continue;
        Dec expected;
        if (rule.stock_is_opening()) {
          if (row.prev_inflow < 0) continue;
          ASSIGN_OR_RETURN(expected,
                           Add(prev.values[row.prev_stock], prev.values[row.prev_inflow]));
        } else {
          ASSIGN_OR_RETURN(expected, Add(prev.values[row.prev_stock], f_.values[row.inflow]));
          if (row.outflow >= 0) {
            ASSIGN_OR_RETURN(expected, Subtract(expected, f_.values[row.outflow]));
          }
        }
        if (Compare(expected, f_.values[row.stock]) == 0) continue;
        v1::Finding& finding = NewFinding(rule.id(), rule.severity());
        Ref(&finding, row.stock);
        if (!rule.stock_is_opening()) Ref(&finding, row.inflow);
        Explain(&finding, rule.explanation_zh(), rule.explanation_en(), PathLabel(s.row_paths[r]),
                expected, f_.values[row.stock]);
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
      if (std::find(exempt.begin(), exempt.end(), s.column(info.column).key()) != exempt.end())
        continue;
      if (Compare(f_.values[c], sum.values[c]) == 0 && f_.units[c] == sum.units[c]) continue;
      v1::Finding& finding = NewFinding(kRollUp, s.table->rollup_severity());
      Ref(&finding, static_cast<int>(c));
      finding.set_expected(absl::StrCat(Format(sum.values[c]), UnitSuffix(sum.units[c])));
      finding.set_actual(absl::StrCat(Format(f_.values[c]), UnitSuffix(f_.units[c])));
      finding.set_explanation_zh(absl::StrCat("汇总报告应等于", members, "份成员报告之和：",
                                              info.label, "应为 ", finding.expected(), "，实为 ",
                                              finding.actual()));
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
    finding->set_explanation_zh(
        absl::StrCat(zh, "（", where, "）：应为 ", Format(expected), "，实为 ", Format(actual)));
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
  // No check looks at provenance: the figures are read without it.
  Figures figures;
  RETURN_IF_ERROR(internal::ReadFiguresInto(report, /*with_provenance=*/false, &figures));
  std::optional<Figures> previous;
  if (context.previous != nullptr) {
    const v1::AnnualReport& prev = *context.previous;
    if (prev.year() != report.year() - 1) {
      return absl::InvalidArgumentError(
          absl::StrCat("previous.year: ", prev.year(), ", expected ", report.year() - 1));
    }
    if (!prev.agency().id().empty() && !report.agency().id().empty() &&
        prev.agency().id() != report.agency().id()) {
      return absl::InvalidArgumentError("previous.agency.id: not the same agency as the report");
    }
    previous.emplace();
    if (absl::Status read = internal::ReadFiguresInto(prev, /*with_provenance=*/false, &*previous);
        !read.ok()) {
      return Prefixed("previous", read);
    }
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

  std::unique_ptr<Plan> scratch;
  const Plan& plan = PlanFor(*figures.layout, &scratch);
  Checker checker(figures);
  checker.LayoutYear(report.year());
  checker.NonNegative();
  for (const SumPlan& sum_plan : plan.sums) RETURN_IF_ERROR(checker.Sum(sum_plan));
  for (const StockPlan& stock_plan : plan.stocks)
    RETURN_IF_ERROR(checker.StockWithinYear(stock_plan));
  if (previous) {
    std::unique_ptr<CrossPlan> cross_scratch;
    RETURN_IF_ERROR(checker.AcrossYears(
        *previous, CrossPlanFor(plan, *figures.layout, *previous->layout, &cross_scratch)));
  }
  if (sum) checker.RollUp(*sum, context.members.size());
  return std::move(checker).Take();
}

absl::StatusOr<v1::ValidationResult> CheckRollUp(const Figures& figures, const Figures& sum,
                                                 size_t members) {
  if (sum.layout != figures.layout) {
    return absl::InvalidArgumentError(absl::StrCat("members: in layout ", sum.layout->id(),
                                                   ", but the report is in layout ",
                                                   figures.layout->id()));
  }
  Checker checker(figures);
  checker.RollUp(sum, members);
  return std::move(checker).Take();
}

}  // namespace gongkai::report
