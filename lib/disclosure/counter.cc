#include "disclosure/counter.h"

#include <string>
#include <type_traits>
#include <utility>

#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"
#include "common/status_macros.h"

namespace gongkai::disclosure {
namespace {

// Table 二 第二十条第（一）项 in the layout data: its rows are document kinds, its columns
// measures. Keys of both built-in layouts; see docs/disclosure.md for the definitions.
constexpr absl::string_view kTable = "t2";
constexpr absl::string_view kSection = "item1";
constexpr std::pair<absl::string_view, v1::DocumentKind> kRowKinds[] = {
    {"rules", v1::DOCUMENT_KIND_RULE},
    {"normative_documents", v1::DOCUMENT_KIND_NORMATIVE_DOCUMENT},
};

std::string Who(const v1::Disclosure& r) {
  return r.id().empty() ? std::string("disclosure (no id)")
                        : absl::StrCat("disclosure ", absl::CHexEscape(r.id()));
}

// `field` is a name, or a function giving one: made only for a date that is wrong.
template <typename Field>
absl::Status CheckDate(const v1::Disclosure& r, bool present, const v1::Date& date, Field field) {
  if (!present || calendar::ValidDay(date)) return absl::OkStatus();
  if constexpr (std::is_invocable_v<Field>) {
    return calendar::FromProto(date, absl::StrCat(Who(r), ": ", field())).status();
  } else {
    return calendar::FromProto(date, absl::StrCat(Who(r), ": ", field)).status();
  }
}

// `prefix()` gives what goes before "publications[i]" in a message, made only for one.
template <typename PrefixFn>
absl::Status CheckPublications(const v1::Disclosure& r,
                               const google::protobuf::RepeatedPtrField<v1::Publication>& pubs,
                               PrefixFn prefix) {
  for (int i = 0; i < pubs.size(); ++i) {
    const v1::Publication& p = pubs[i];
    const auto field = [&] { return absl::StrCat(prefix(), "publications[", i, "]"); };
    if (p.channel() == v1::PUBLICATION_CHANNEL_UNSPECIFIED ||
        !v1::PublicationChannel_IsValid(p.channel())) {
      return absl::InvalidArgumentError(
          absl::StrCat(Who(r), ": ", field(), ".channel: ", p.channel(), " is not a channel"));
    }
    if (!p.has_date()) {
      return absl::InvalidArgumentError(absl::StrCat(Who(r), ": ", field(), ".date: missing"));
    }
    RETURN_IF_ERROR(CheckDate(r, true, p.date(), [&] { return absl::StrCat(field(), ".date"); }));
  }
  return absl::OkStatus();
}

absl::CivilDay Day(const v1::Date& d) { return absl::CivilDay(d.year(), d.month(), d.day()); }

}  // namespace

absl::Status CheckDisclosure(const v1::Disclosure& r) {
  const auto bad = [&](absl::string_view what) {
    return absl::InvalidArgumentError(absl::StrCat(Who(r), ": ", what));
  };
  if (r.id().empty()) return bad("id: empty");
  if (!v1::DocumentKind_IsValid(r.kind()))
    return bad(absl::StrCat("kind: ", r.kind(), " is unknown"));
  if (!v1::PublicAttribute_IsValid(r.attribute())) {
    return bad(absl::StrCat("attribute: ", r.attribute(), " is unknown"));
  }
  if (r.article20_item() < 0 || r.article20_item() > 15) {
    return bad(absl::StrCat("article20_item: ", r.article20_item(), " is outside 0..15"));
  }
  if (!r.has_generated()) return bad("generated: missing (生成日期)");
  RETURN_IF_ERROR(CheckDate(r, true, r.generated(), "generated"));
  RETURN_IF_ERROR(CheckDate(r, r.has_written(), r.written(), "written"));
  RETURN_IF_ERROR(CheckDate(r, r.has_effective(), r.effective(), "effective"));
  RETURN_IF_ERROR(CheckDate(r, r.has_repealed(), r.repealed(), "repealed"));
  RETURN_IF_ERROR(CheckDate(r, r.has_changed(), r.changed(), "changed"));
  if (r.has_written() && r.has_repealed() && Day(r.repealed()) < Day(r.written())) {
    return bad("repealed: before written (废止日期 before 成文日期)");
  }
  RETURN_IF_ERROR(CheckPublications(r, r.publications(), [] { return std::string(); }));
  for (int i = 0; i < r.companions_size(); ++i) {
    const v1::Companion& c = r.companions(i);
    if (c.kind() == v1::COMPANION_KIND_UNSPECIFIED || !v1::CompanionKind_IsValid(c.kind())) {
      return bad(absl::StrCat("companions[", i, "].kind: ", c.kind(), " is not a companion kind"));
    }
    RETURN_IF_ERROR(CheckPublications(r, c.publications(),
                                      [i] { return absl::StrCat("companions[", i, "]."); }));
  }
  return absl::OkStatus();
}

absl::StatusOr<DisclosureCounter> DisclosureCounter::Create(
    int year, const report::Layout& layout, std::shared_ptr<const calendar::Calendar> cal,
    TimelinessOptions options) {
  RETURN_IF_ERROR(report::CheckReportYear(year));
  static constexpr std::pair<absl::string_view, Measure> kColumnMeasures[] = {
      {"issued", Measure::kIssued},                       // 2021 本年制发件数
      {"repealed", Measure::kRepealed},                   // 2021 本年废止件数
      {"in_force", Measure::kInForce},                    // 2021 现行有效件数
      {"made", Measure::kIssued},                         // 2019 本年新制作数量
      {"published", Measure::kFirstPublished},            // 2019 本年新公开数量
      {"published_total", Measure::kPublishedByYearEnd},  // 2019 对外公开总数量
  };
  DisclosureCounter c;
  c.year_ = year;
  c.layout_ = &layout;
  c.cal_ = std::move(cal);
  c.options_ = options;
  if (std::optional<int> s = layout.FindSection(kTable, kSection)) {
    const report::Section& section = layout.sections()[*s];
    for (const auto& [row_key, kind] : kRowKinds) {
      const int row = section.RowIndex(row_key);
      if (row < 0) continue;
      for (const auto& [column_key, measure] : kColumnMeasures) {
        const int column = section.ColumnIndex(column_key);
        if (column < 0) continue;
        c.cells_.push_back(section.CellAt(row, column));
        c.derived_.push_back({kind, measure});
      }
    }
  }
  c.values_.assign(c.cells_.size(), 0);
  return c;
}

bool DisclosureCounter::Counts(const Derived& d, const v1::Disclosure& r, absl::CivilDay issued,
                               const DisclosureFacts& facts) const {
  if (r.kind() != d.kind) return false;
  const absl::CivilDay last(year_, 12, 31);
  switch (d.measure) {
    case Measure::kIssued:
      return issued.year() == year_;
    case Measure::kRepealed:
      return r.has_repealed() && r.repealed().year() == year_;
    case Measure::kInForce:
      return issued <= last && !(r.has_repealed() && Day(r.repealed()) <= last);
    case Measure::kFirstPublished:
      return facts.published_in_year;
    case Measure::kPublishedByYearEnd:
      return facts.first_published && *facts.first_published <= last;
  }
  return false;
}

absl::StatusOr<DisclosureFacts> DisclosureCounter::Add(const v1::Disclosure& r) {
  RETURN_IF_ERROR(CheckDisclosure(r));
  const absl::CivilDay last(year_, 12, 31);
  DisclosureFacts facts;
  ASSIGN_OR_RETURN(facts.timeliness, CheckTimeliness(r, *cal_, last, options_));
  ASSIGN_OR_RETURN(facts.first_published, FirstPublication(r));
  const bool proactive = r.attribute() == v1::PUBLIC_ATTRIBUTE_PROACTIVE;
  facts.published_in_year = facts.first_published && facts.first_published->year() == year_;
  facts.late_in_year = proactive && facts.published_in_year && facts.timeliness.late();
  const absl::CivilDay formed = Day(facts.timeliness.formed());
  const absl::CivilDay due = Day(facts.timeliness.due());
  facts.overdue_at_year_end = proactive && formed <= last && due < last &&
                              !(facts.first_published && *facts.first_published <= last);

  const absl::CivilDay issued = Day(r.has_written() ? r.written() : r.generated());
  for (size_t i = 0; i < derived_.size(); ++i) {
    if (Counts(derived_[i], r, issued, facts)) ++values_[i];
  }
  ++records_;
  if (facts.published_in_year) ++documents_published_;
  if (facts.late_in_year) ++late_;
  if (facts.overdue_at_year_end) ++overdue_;
  const auto count_channels = [&](const auto& publications) {
    for (const v1::Publication& p : publications) {
      if (p.date().year() == year_) ++channels_[p.channel()];
    }
  };
  count_channels(r.publications());
  for (const v1::Companion& companion : r.companions()) {
    count_channels(companion.publications());
    bool before = false, within = false;
    for (const v1::Publication& p : companion.publications()) {
      before |= p.date().year() < year_;
      within |= p.date().year() == year_;
    }
    if (within && !before) ++companions_published_;
  }
  return facts;
}

absl::Status DisclosureCounter::Merge(const DisclosureCounter& other) {
  if (other.year_ != year_ || other.layout_ != layout_) {
    return absl::InvalidArgumentError(absl::StrCat("disclosure counts of ", other.year_, "/",
                                                   other.layout_->id(), " cannot merge into ",
                                                   year_, "/", layout_->id()));
  }
  for (size_t i = 0; i < values_.size(); ++i) values_[i] += other.values_[i];
  for (size_t i = 0; i < channels_.size(); ++i) channels_[i] += other.channels_[i];
  records_ += other.records_;
  documents_published_ += other.documents_published_;
  companions_published_ += other.companions_published_;
  late_ += other.late_;
  overdue_ += other.overdue_;
  return absl::OkStatus();
}

std::optional<int64_t> DisclosureCounter::Value(int cell) const {
  return report::ValueOfCell(cells_, values_, cell);
}

absl::Status DisclosureCounter::WriteTo(report::Figures* figures) const {
  return report::WriteDerivedCells(cells_, values_, layout_->id(), "counter",
                                   absl::StrCat(records_, " disclosure records"), figures);
}

void DisclosureCounter::AddToHeadline(v1::Headline* h) const {
  h->set_documents_published(h->documents_published() + documents_published_);
  h->set_interpretations_published(h->interpretations_published() + companions_published_);
  h->set_items_published(h->items_published() + documents_published_ + companions_published_);
  h->set_late_publications(h->late_publications() + late_);
  h->set_overdue_at_year_end(h->overdue_at_year_end() + overdue_);
  for (size_t ch = 1; ch < channels_.size(); ++ch) {
    if (channels_[ch] == 0) continue;
    v1::ChannelCount* c = h->add_channels();
    c->set_channel(static_cast<v1::PublicationChannel>(ch));
    c->set_publications(channels_[ch]);
  }
}

}  // namespace gongkai::disclosure
