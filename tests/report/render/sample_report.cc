#include "sample_report.h"

#include <map>

#include "report/layout.h"

namespace gongkai::report::testing {

v1::AnnualReport SampleReport(absl::string_view layout_id) {
  const Layout& layout = **FindLayout(layout_id);
  v1::AnnualReport report;
  report.mutable_agency()->set_id("sample-agency");
  report.mutable_agency()->set_name("示例市人民政府办公室");
  report.mutable_agency()->set_level(v1::AGENCY_LEVEL_CITY);
  report.set_year(layout.spec().first_year());
  report.set_layout(layout.id());
  report.set_overview(
      "本年度，本机关认真贯彻落实《中华人民共和国政府信息公开条例》。\n"
      "全年主动公开政府信息1280条，办结政府信息公开申请137件。");
  report.set_problems(
      "一是政务公开栏目更新不够及时；二是答复文书格式有待统一。\n"
      "下一步将建立栏目巡查机制。");
  report.set_other_matters("本年度未收取信息处理费。");
  const std::map<std::string, v1::Cell> special = [&] {
    std::map<std::string, v1::Cell> m;
    v1::Cell fee, delta, procurement;
    fee.mutable_amount()->set_units(1250);
    fee.mutable_amount()->set_scale(2);
    delta.set_count(-3);
    procurement.mutable_amount()->set_units(302145);
    procurement.mutable_amount()->set_scale(2);
    procurement.set_unit(v1::MONEY_UNIT_YUAN);
    m["t2.item8.fees.amount"] = fee;
    m["t2.item5.licensing.delta"] = delta;
    m["t2.item9.procurement.amount"] = procurement;
    return m;
  }();
  const size_t n = layout.cells().size();
  for (size_t i = 0; i < n; ++i) {
    const CellInfo& info = layout.cells()[i];
    if (info.key == "t4.cases.after_reconsideration_total") continue;  // absent: reads as 0
    v1::Cell cell;
    if (auto it = special.find(info.key); it != special.end()) {
      cell = it->second;
    } else if (info.kind == v1::VALUE_KIND_AMOUNT) {
      cell.mutable_amount()->set_units(static_cast<int64_t>(i) + 1);
    } else {
      cell.set_count(static_cast<int64_t>(i) + 1);
    }
    cell.set_key(info.key);
    if (info.key == "t3.new.natural_person") {
      cell.mutable_provenance()->set_source(v1::SOURCE_DERIVED);
      cell.mutable_provenance()->set_detail("120 applications");
    }
    *report.add_cells() = std::move(cell);
  }
  return report;
}

}  // namespace gongkai::report::testing
