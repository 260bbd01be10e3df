// Applications that cannot be placed in table 三, counted by kind and sampled with bounded
// memory. Every message names the application by its id and says what is wrong; none repeats
// the applicant's data or the request.
#ifndef GONGKAI_LIB_CASES_AGGREGATE_PROBLEMS_H_
#define GONGKAI_LIB_CASES_AGGREGATE_PROBLEMS_H_

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"

namespace gongkai::cases {

// Why an application could not be placed. An application has at most one: the first found.
enum class PlacementProblem : uint8_t {
  kNoReceiptDate,            // `received` missing or not a real date
  kBadConclusionDate,        // a DECIDED or WITHDRAWN event without a real date
  kConcludedBeforeReceived,  // concluded before the receipt date
  kUnknownCategory,          // applicant.category UNSPECIFIED or undefined
  kUnknownOutcome,           // a DECIDED outcome UNSPECIFIED or undefined
  kUnmappedOutcome,          // an outcome the layout's mapping leaves out
};
inline constexpr int kPlacementProblemKinds = 6;

// "no_receipt_date", "bad_conclusion_date", ... (stable; for logs and tests).
absl::string_view PlacementProblemName(PlacementProblem kind);

// One sampled problem.
struct PlacementIssue {
  std::string application_id;  // as in the record (may be empty)
  PlacementProblem kind;
  // "application 2019-0042: concluded 2019-03-01 (events[4]) before received 2019-03-05".
  std::string message;
};

// Counts per kind (exact) and the first kMaxSamples issues (in the order found; after a
// Merge, this aggregator's first, then the other's).
class PlacementProblems {
 public:
  static constexpr size_t kMaxSamples = 100;

  int64_t count(PlacementProblem kind) const { return counts_[static_cast<int>(kind)]; }
  // Sum of every kind: the applications left out of the table.
  int64_t total() const;
  const std::vector<PlacementIssue>& samples() const { return samples_; }

  // Counts one problem; `message` is called only while samples are still kept.
  template <typename MakeMessage>
  void Add(absl::string_view application_id, PlacementProblem kind, MakeMessage make_message) {
    ++counts_[static_cast<int>(kind)];
    if (samples_.size() < kMaxSamples) {
      samples_.push_back({std::string(application_id), kind, make_message()});
    }
  }

  // Adds `other`'s counts and samples (up to kMaxSamples). OutOfRange, changing nothing,
  // if a count would overflow.
  absl::Status Merge(const PlacementProblems& other);

 private:
  std::array<int64_t, kPlacementProblemKinds> counts_{};
  std::vector<PlacementIssue> samples_;
};

}  // namespace gongkai::cases

#endif  // GONGKAI_LIB_CASES_AGGREGATE_PROBLEMS_H_
