// Reading a notice written elsewhere (CheckNoticeText): the dates it states, the provisions of
// the 条例 it cites, and the remedy phrases, whatever digits and brackets its author used.
#ifndef GONGKAI_LIB_NOTICE_CHECK_TEXT_H_
#define GONGKAI_LIB_NOTICE_CHECK_TEXT_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "absl/time/civil_time.h"

namespace gongkai::notice {

// A date written YYYY年M月D日, and how it was written.
struct WrittenDate {
  absl::CivilDay day;
  std::string written;
};

// Every valid date in `text` (UTF-8): a year of four digits (ASCII, full-width or 〇一…九, one
// per digit), then 年, a month, 月, a day, 日; months and days in one or two digits (zero-padded
// or not) or as Chinese numerals (八, 十二, 二十三). A year right after another numeral is not
// read (it is the tail of a longer number). lib/report's FindNumbers is not used: it reads
// 二〇二五 as no number.
std::vector<WrittenDate> FindDates(absl::string_view text);

// A citation of an article; paragraph (款) and item (项) are 0 when not given.
struct Citation {
  int article = 0;
  int paragraph = 0;
  int item = 0;
  std::string written;
};

// The citations of the 条例 in `text` (UTF-8): 第N条, then optionally 第N款, then an item as
// 第（N）项, （N）, (N), 第(N)项 or 第N项; numbers in Chinese numerals or digits. A citation is
// another act's when the last act its clause names before it (back to 。；，：！？ or a line end,
// at most 200 characters) is one: a 《…》 title other than the 条例's, 行政复议法 or 行政诉讼法.
// A clause naming no act cites the 条例: a notice's own provisions are the 条例's.
std::vector<Citation> FindCitations(absl::string_view text);

// Whether `found` cites `expected`: the same article, and the paragraph and item `expected`
// names (a more precise citation matches a less precise one).
bool Cites(const Citation& found, const Citation& expected);

// Whether `text` states `period` ("六十日", "六个月") or its digit form ("60日"), other than as
// the tail of a longer number or of a date ("1月15日" does not state 十五日).
bool StatesPeriod(absl::string_view text, absl::string_view period);

// Whether `text` tells the applicant to seek reconsideration first: 复议前置, or 应当先, 应先 or
// 先向 followed in the same sentence by 申请行政复议.
bool StatesReconsiderationFirst(absl::string_view text);

// Whether one sentence of `text` that says 申请行政复议 offers the applicant the choice of the
// 1999 law, "上级主管部门" or "人民政府" joined by 或 (either order), which the 2023 revision of
// the 行政复议法 replaced with one competent body (第二十四条至第二十八条).
bool OffersOldReconsiderationChoice(absl::string_view text);

}  // namespace gongkai::notice

#endif  // GONGKAI_LIB_NOTICE_CHECK_TEXT_H_
