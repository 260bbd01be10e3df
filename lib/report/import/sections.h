// The narrative sections of a published report (一、总体情况, 五、存在的主要问题及改进情况,
// 六、其他需要报告的事项): the paragraphs between a section's heading and the next heading.
#ifndef GONGKAI_LIB_REPORT_IMPORT_SECTIONS_H_
#define GONGKAI_LIB_REPORT_IMPORT_SECTIONS_H_

#include "document/document.h"
#include "gongkai/v1/report.pb.h"
#include "report/layout.h"

namespace gongkai::report::importer {

// Sets report->overview, problems and other_matters (as the layout's report_sections name
// them) to the paragraphs after each heading, joined by "\n". A heading is a paragraph that
// starts with the section's number and title ("一、总体情况", "一. 总体情况", "（一）总体情况"
// are not: the statute numbers sections 一、…六、) as MatchLabel compares text; a section
// ends at the next heading of any section. A section without a heading stays empty. When no
// paragraph is a heading (a portal that sets the whole article in a layout table), the
// sections are cut from long table cells at the headings as printed.
void ReadNarrative(const Layout& layout, const document::Document& doc, v1::AnnualReport* report);

}  // namespace gongkai::report::importer

#endif  // GONGKAI_LIB_REPORT_IMPORT_SECTIONS_H_
