// 索引号 (the catalogue index number, 第十二条): a configurable scheme that makes and checks them,
// and a registry that refuses duplicates.
//
// No national standard exists. A scheme is a template (gongkai.v1.IndexScheme): {org} the
// organisation code, {yyyy} the year, {mm} the month, and {n…} the serial zero-padded to as many
// digits as there are n, or {#} the serial as it is (1 to 9 digits), as in a 文号 "〔2025〕12号".
// The default "{org}/{yyyy}-{nnnnn}" is the dominant shape. The notices' 文号 use the same
// schemes (notice/notice.h).
#ifndef GONGKAI_LIB_DISCLOSURE_INDEX_SCHEME_H_
#define GONGKAI_LIB_DISCLOSURE_INDEX_SCHEME_H_

#include <algorithm>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/time/civil_time.h"
#include "gongkai/v1/disclosure.pb.h"

namespace gongkai::disclosure {

inline constexpr absl::string_view kDefaultIndexTemplate = "{org}/{yyyy}-{nnnnn}";

class IndexScheme {
 public:
  // Parses the template (empty means the default). InvalidArgument naming
  // "index_scheme.template" for an unknown or unclosed placeholder, a template without exactly
  // one serial and one {yyyy}, a serial wider than 9 digits, a placeholder used twice, or an
  // {org} not followed by literal text. An empty organisation code is allowed: Parse then
  // accepts any code, and Format fails.
  // `field` and `noun` name the template and what it makes in messages, for schemes that are
  // not the 索引号's ("template.number_template", "文号").
  static absl::StatusOr<IndexScheme> Create(const v1::IndexScheme& spec,
                                            absl::string_view field = "index_scheme.template",
                                            absl::string_view noun = "索引号");

  // The index of serial `serial` in the period of `day`. OutOfRange when the serial does not
  // fit the width (or is below 1); FailedPrecondition naming index_scheme.organisation_code
  // when the template has {org} and the code is empty.
  absl::StatusOr<std::string> Format(absl::CivilDay day, int64_t serial) const;

  // What an index says, when it fits the scheme.
  struct Parsed {
    int year = 0;
    int month = 0;  // 0 when the template has no {mm}
    int64_t serial = 0;
  };
  // InvalidArgument ("索引号 \"X\" does not fit the scheme \"{org}/{yyyy}-{nnnnn}\": ...") when
  // `index` does not fit.
  absl::StatusOr<Parsed> Parse(absl::string_view index) const;

  const std::string& text() const { return template_; }
  bool monthly() const { return monthly_; }

 private:
  enum class Kind { kLiteral, kOrg, kYear, kMonth, kSerial };
  struct Part {
    Kind kind;
    std::string literal;  // kLiteral: the text; kOrg: the code
    int width = 0;        // kSerial; 0 for {#}, unpadded
  };
  std::string template_;
  std::string field_;
  std::string noun_;
  std::vector<Part> parts_;
  bool monthly_ = false;
};

// The 索引号 already used by an agency. Not thread-safe.
class IndexRegistry {
 public:
  explicit IndexRegistry(IndexScheme scheme) : scheme_(std::move(scheme)) {}

  // Records `index` as used by record `owner`. AlreadyExists naming both records when it is
  // taken; InvalidArgument for an empty index. When `check_scheme` is set, also the errors of
  // IndexScheme::Parse. Nothing is recorded on error.
  absl::Status Add(absl::string_view index, absl::string_view owner, bool check_scheme = true);

  // Makes, records for `owner` and returns the next free index of the period of `day`: one
  // past the highest serial used in that period. OutOfRange when the period's serials are
  // exhausted.
  absl::StatusOr<std::string> Next(absl::CivilDay day, absl::string_view owner);

  // Adds every index of `other` (sorted, for a stable order), calling `duplicate(index, owner
  // here, owner there)` for each one already taken here instead of adding it.
  template <typename OnDuplicate>
  void Merge(const IndexRegistry& other, OnDuplicate duplicate);

  size_t size() const { return owners_.size(); }
  const IndexScheme& scheme() const { return scheme_; }

 private:
  IndexScheme scheme_;
  // Node-based maps: a failed allocation leaves them intact (this Abseil's flat_hash_map is left
  // broken), so Add can fail with nothing changed.
  std::unordered_map<std::string, std::string> owners_;  // index → record id
  std::unordered_map<int, int64_t> highest_serial_;      // period (yyyymm or yyyy00) → serial
};

template <typename OnDuplicate>
void IndexRegistry::Merge(const IndexRegistry& other, OnDuplicate duplicate) {
  std::vector<const std::pair<const std::string, std::string>*> entries;
  entries.reserve(other.owners_.size());
  for (const auto& entry : other.owners_) entries.push_back(&entry);
  std::sort(entries.begin(), entries.end(),
            [](const auto* a, const auto* b) { return a->first < b->first; });
  for (const auto* entry : entries) {
    auto [it, inserted] = owners_.try_emplace(entry->first, entry->second);
    if (!inserted) duplicate(entry->first, it->second, entry->second);
  }
  for (const auto& [period, serial] : other.highest_serial_) {
    int64_t& highest = highest_serial_[period];
    if (serial > highest) highest = serial;
  }
}

}  // namespace gongkai::disclosure

#endif  // GONGKAI_LIB_DISCLOSURE_INDEX_SCHEME_H_
