// What an agency's disclosure records give its annual report: table 二 第二十条第（一）项 (规章
// and 行政规范性文件 issued, repealed and in force; in the 2019 layout made, newly published and
// published in all) and the headline figures of section 一 (items published by channel, late and
// overdue publications under 第二十六条). docs/disclosure.md, "Table 二 from records".
//
// Which measure each item1 column counts is keyed by the column's key in the layout data
// (kColumnMeasures in counter.cc); a column it does not know stays an entered figure.
#ifndef GONGKAI_LIB_DISCLOSURE_COUNTER_H_
#define GONGKAI_LIB_DISCLOSURE_COUNTER_H_

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "calendar/calendar.h"
#include "disclosure/timeliness.h"
#include "gongkai/v1/annual.pb.h"
#include "gongkai/v1/disclosure.pb.h"
#include "report/counter.h"
#include "report/figures.h"
#include "report/layout.h"

namespace gongkai::disclosure {

// Checks a record's own fields: a non-empty id; known enum values; article20_item in 0..15;
// generated present; every date real and in 2008–2100; repealed not before written;
// a channel and a date on every publication (companions' too). InvalidArgument (OutOfRange for
// a date outside 2008–2100) naming the record and the field.
absl::Status CheckDisclosure(const v1::Disclosure& record);

// The facts about one record the annual report uses.
struct DisclosureFacts {
  v1::PublicationTimeliness timeliness;
  std::optional<absl::CivilDay> first_published;
  bool published_in_year = false;  // first published within the report year
  bool late_in_year = false;       // ... and late (only 主动公开 records can be late)
  bool overdue_at_year_end = false;
};

// Table 二's report::TableCounter: it derives the cells of 第二十条第（一）项 it knows a measure
// for.
class DisclosureCounter final : public report::TableCounter {
 public:
  // `layout` and `cal` must outlive the counter. OutOfRange for a year outside 2019..2100.
  static absl::StatusOr<DisclosureCounter> Create(int year, const report::Layout& layout,
                                                  std::shared_ptr<const calendar::Calendar> cal,
                                                  TimelinessOptions options = {});

  // Checks and counts one record, returning its facts. On error (those of CheckDisclosure and
  // CheckTimeliness) nothing is counted.
  absl::StatusOr<DisclosureFacts> Add(const v1::Disclosure& record);
  // Adds `other`'s counts. InvalidArgument unless both have the same year and layout.
  absl::Status Merge(const DisclosureCounter& other);

  // report::TableCounter; WriteTo's detail is "<records> disclosure records".
  const std::vector<int>& derived_cells() const override { return cells_; }
  std::optional<int64_t> Value(int cell) const override;
  absl::Status WriteTo(report::Figures* figures) const override;
  // Adds the disclosure headline figures (items, channels, late, overdue).
  void AddToHeadline(v1::Headline* headline) const;
  int64_t records() const { return records_; }

 private:
  enum class Measure { kIssued, kRepealed, kInForce, kFirstPublished, kPublishedByYearEnd };
  struct Derived {
    v1::DocumentKind kind;
    Measure measure;
  };
  DisclosureCounter() = default;
  bool Counts(const Derived& d, const v1::Disclosure& r, absl::CivilDay issued,
              const DisclosureFacts& facts) const;

  int year_ = 0;
  const report::Layout* layout_ = nullptr;
  std::shared_ptr<const calendar::Calendar> cal_;
  TimelinessOptions options_;
  std::vector<int> cells_;
  std::vector<Derived> derived_;
  std::vector<int64_t> values_;
  int64_t records_ = 0;
  int64_t documents_published_ = 0;
  int64_t companions_published_ = 0;
  int64_t late_ = 0;
  int64_t overdue_ = 0;
  std::array<int64_t, v1::PublicationChannel_ARRAYSIZE> channels_{};
};

}  // namespace gongkai::disclosure

#endif  // GONGKAI_LIB_DISCLOSURE_COUNTER_H_
