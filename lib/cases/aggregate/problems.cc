#include "cases/aggregate/problems.h"

#include "absl/strings/str_cat.h"

namespace gongkai::cases {

absl::string_view PlacementProblemName(PlacementProblem kind) {
  switch (kind) {
    case PlacementProblem::kNoReceiptDate:
      return "no_receipt_date";
    case PlacementProblem::kBadConclusionDate:
      return "bad_conclusion_date";
    case PlacementProblem::kConcludedBeforeReceived:
      return "concluded_before_received";
    case PlacementProblem::kUnknownCategory:
      return "unknown_category";
    case PlacementProblem::kUnknownOutcome:
      return "unknown_outcome";
    case PlacementProblem::kUnmappedOutcome:
      return "unmapped_outcome";
  }
  return "unknown";
}

int64_t PlacementProblems::total() const {
  int64_t sum = 0;
  for (int64_t c : counts_) sum += c;  // bounded by the records seen (Merge checks the sum)
  return sum;
}

absl::Status PlacementProblems::Merge(const PlacementProblems& other) {
  if (&other == this) return Merge(PlacementProblems(other));
  int64_t sum = 0;
  if (__builtin_add_overflow(total(), other.total(), &sum)) {
    return absl::OutOfRangeError(
        absl::StrCat("merge: problem counts ", total(), " + ", other.total(), " overflow 64 bits"));
  }
  for (int k = 0; k < kPlacementProblemKinds; ++k) counts_[k] += other.counts_[k];
  for (const PlacementIssue& issue : other.samples_) {
    if (samples_.size() >= kMaxSamples) break;
    samples_.push_back(issue);
  }
  return absl::OkStatus();
}

}  // namespace gongkai::cases
