// A deterministic report for the golden tests of the renderers.
#ifndef GONGKAI_TESTS_REPORT_RENDER_SAMPLE_REPORT_H_
#define GONGKAI_TESTS_REPORT_RENDER_SAMPLE_REPORT_H_

#include "absl/strings/string_view.h"
#include "gongkai/v1/report.pb.h"

namespace gongkai::report::testing {

// A report of layout `layout_id` for the layout's first year. Cell i of the layout holds i + 1,
// except: 2021 本年收费金额 12.50 (万元), 2019 行政许可 本年增/减 −3, 2019 采购总金额 3021.45 元;
// 四's last cell is absent (reads as 0); one cell carries provenance; the narratives are set.
v1::AnnualReport SampleReport(absl::string_view layout_id);

}  // namespace gongkai::report::testing

#endif  // GONGKAI_TESTS_REPORT_RENDER_SAMPLE_REPORT_H_
