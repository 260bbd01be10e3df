// The agency and the year of a published annual report, from its title:
// "XX区2023年政府信息公开工作年度报告", "2023年XX局政府信息公开工作年度报告",
// "XX市人民政府关于2023年度政府信息公开工作年度报告的说明_XX市政府门户网站".
#ifndef GONGKAI_LIB_REPORT_IMPORT_TITLE_H_
#define GONGKAI_LIB_REPORT_IMPORT_TITLE_H_

#include <string>

#include "document/document.h"

namespace gongkai::report::importer {

struct ReportTitle {
  std::string text;    // the title as printed, without a portal's suffix; empty if none found
  std::string agency;  // empty when the title names none
  int year = 0;        // 0 when the title has no year before its report phrase
};

// The first of the document's title and its first 40 paragraphs that contains
// "政府信息公开工作年度报告" (or "政府信息公开年度报告"), read: the year is the four digits
// before "年" closest before the phrase; the agency is the text before that year, or else the
// text between the year and the phrase, less "关于", "的", quotes and brackets.
ReportTitle FindReportTitle(const document::Document& doc);

}  // namespace gongkai::report::importer

#endif  // GONGKAI_LIB_REPORT_IMPORT_TITLE_H_
