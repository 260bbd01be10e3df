// The page a reviewer opens after `gongkai check --output html`: every report in the statutory
// layout with the cells of each finding marked, and the findings listed beside the tables.
#ifndef GONGKAI_LIB_REPORT_CHECK_PAGE_H_
#define GONGKAI_LIB_REPORT_CHECK_PAGE_H_

#include <string>

#include "gongkai/v1/report.pb.h"

namespace gongkai::report::check {

// A complete UTF-8 HTML page. Per document: a <section class="document"> with its source and
// title, a verdict line (<p class="verdict error|warning|ok|unreadable">), and for a readable
// one each statutory table (render/html.h, marked) beside an <ol class="findings"> whose items
// are numbered as the marks are; findings that name no cell are listed after the tables. All
// text is escaped; the page loads nothing from elsewhere.
std::string CheckPage(const v1::CheckResult& result);

// One line per document and a summary, as `gongkai check` prints by default:
// "report.html: 示例区 2023 (layout 2021): 2 errors, 3 warnings".
std::string CheckText(const v1::CheckResult& result);

}  // namespace gongkai::report::check

#endif  // GONGKAI_LIB_REPORT_CHECK_PAGE_H_
