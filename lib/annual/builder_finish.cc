// AnnualBuilder: merging shards, and the result.
#include <utility>

#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"
#include "annual/builder.h"
#include "annual/narrative.h"
#include "cases/aggregate/outcome.h"
#include "common/status_macros.h"
#include "google/protobuf/util/message_differencer.h"
#include "report/validate.h"

namespace gongkai::annual {
absl::Status AnnualBuilder::Merge(const AnnualBuilder& other) {
  RETURN_IF_ERROR(CheckNotBroken());
  RETURN_IF_ERROR(other.CheckNotBroken());
  if (!google::protobuf::util::MessageDifferencer::Equals(request_, other.request_)) {
    return absl::InvalidArgumentError("merge: the builders were made from different requests");
  }
  if (&other == this) return Merge(AnnualBuilder(other));
  // Counts never wrap: a sum past 2^63 fails the merge (the counters below check their own).
  const int64_t here[] = {records_.disclosures(), records_.slips(), records_.applications(),
                          records_.remedies(), problems_.count};
  const int64_t there[] = {other.records_.disclosures(), other.records_.slips(),
                           other.records_.applications(), other.records_.remedies(),
                           other.problems_.count};
  int64_t sum[5];
  for (int i = 0; i < 5; ++i) {
    if (__builtin_add_overflow(here[i], there[i], &sum[i])) {
      return absl::OutOfRangeError(
          absl::StrCat("merge: record counts ", here[i], " + ", there[i], " overflow 64 bits"));
    }
  }
  AnnualBuilder next = *this;
  RETURN_IF_ERROR(next.t3_->Merge(*other.t3_));
  RETURN_IF_ERROR(next.disclosures_->Merge(*other.disclosures_));
  RETURN_IF_ERROR(next.t4_->Merge(*other.t4_));
  next.records_.set_disclosures(sum[0]);
  next.records_.set_slips(sum[1]);
  next.records_.set_applications(sum[2]);
  next.records_.set_remedies(sum[3]);
  for (const v1::RecordProblem& p : other.problems_.kept) {
    if (next.problems_.kept.size() < kMaxProblems) next.problems_.kept.push_back(p);
  }
  next.problems_.count = sum[4];
  next.trace_.insert(next.trace_.end(), other.trace_.begin(), other.trace_.end());
  int64_t shared_indexes = 0;
  for (const uint64_t index : other.indexes_.Sorted())
    shared_indexes += !next.indexes_.Insert(index);
  if (shared_indexes > 0) {
    // Only fingerprints are kept (builder.h), so the records cannot be named here.
    next.Problem("disclosure", "", "D-duplicate-index", v1::SEVERITY_ERROR,
                 absl::StrCat(shared_indexes,
                              " index_number(s) of the merged shard are already used in this one "
                              "(found when merging shards; the records are not known here: look "
                              "for the same 索引号 in both shards)"));
  }
  for (const auto& [id, facts] : other.slips_) {
    if (!next.slips_.try_emplace(id, facts).second) {
      next.Problem("slip", id, "SLIP-duplicate", v1::SEVERITY_ERROR,
                   absl::StrCat("slip ", absl::CHexEscape(id),
                                ": the id is used twice (found when merging shards)"));
    }
  }
  next.links_.Append(other.links_);
  *this = std::move(next);
  return absl::OkStatus();
}

absl::StatusOr<v1::AnnualResult> AnnualBuilder::Finish() const {
  RETURN_IF_ERROR(CheckNotBroken());
  v1::AnnualResult result;
  report::Figures figures = entered_;
  for (const report::TableCounter* counter : counters())
    RETURN_IF_ERROR(counter->WriteTo(&figures));
  v1::AnnualReport& report = *result.mutable_report();
  *report.mutable_agency() = request_.agency();
  report.set_year(request_.year());
  report::WriteFigures(figures, &report);
  report.set_overview(request_.entered().overview());
  report.set_problems(request_.entered().problems());
  report.set_other_matters(request_.entered().other_matters());

  absl::StatusOr<v1::ValidationResult> validation = report::Validate(report);
  if (!validation.ok()) {
    return absl::InternalError(
        absl::StrCat("the derived report does not check: ", validation.status().message()));
  }
  *result.mutable_validation() = *std::move(validation);

  v1::Headline& headline = *result.mutable_headline();
  disclosures_->AddToHeadline(&headline);
  // The rows and column of table 三 are those of the placement data (outcome_rows.textproto).
  const v1::Table3Placement& placement = cases::BuiltinPlacement();
  const auto t3 = [&](absl::string_view row) -> int64_t {
    const std::optional<int> cell =
        layout_->FindCell(absl::StrCat("t3.", row, ".", placement.total_column()));
    return cell ? t3_->Value(*cell).value_or(0) : 0;
  };
  headline.set_applications_received(t3(placement.new_row()));
  headline.set_applications_carried_over(t3(placement.carried_over_row()));
  headline.set_applications_concluded(t3(placement.total_row()));
  headline.set_remedies_filed(t4_->filed_in_year());
  *result.mutable_narrative() = NarrativeOf(headline);
  *result.mutable_records() = records_;

  // Problems found only now: slips against the disclosures that name them, and the
  // applications table 三 could not place.
  Problems problems = problems_;
  links_.ForEach([&](const SlipLinks::Link& link) {
    const auto who = [&] {
      return absl::StrCat("disclosure ", absl::CHexEscape(link.disclosure_id));
    };
    const auto it = slips_.find(link.slip_id);
    if (it == slips_.end()) {
      problems.Add("disclosure", link.disclosure_id, "D-slip-missing", v1::SEVERITY_WARNING,
                   absl::StrCat(who(), ": slip ", absl::CHexEscape(link.slip_id),
                                " is not among the slips"));
      return;
    }
    if (link.published && !it->second.may_publish) {
      problems.Add("disclosure", link.disclosure_id, "D-slip-not-cleared", v1::SEVERITY_ERROR,
                   absl::StrCat(who(), ": published, but slip ", absl::CHexEscape(link.slip_id),
                                " was not signed 主动公开 after a passed confidentiality review"));
    }
    if (it->second.signed_attribute != v1::PUBLIC_ATTRIBUTE_UNSPECIFIED &&
        it->second.signed_attribute != link.attribute) {
      problems.Add(
          "disclosure", link.disclosure_id, "D-attribute-mismatch", v1::SEVERITY_ERROR,
          absl::StrCat(who(), ": attribute ", v1::PublicAttribute_Name(link.attribute),
                       " differs from the one signed on slip ", absl::CHexEscape(link.slip_id),
                       ", ", v1::PublicAttribute_Name(it->second.signed_attribute)));
    }
  });
  for (const cases::PlacementIssue& issue : t3_->problems().samples()) {
    problems.Add("application", issue.application_id, "A-unplaceable", v1::SEVERITY_ERROR,
                 issue.message);
  }
  // Unsampled placement problems still count.
  problems.count +=
      t3_->problems().total() - static_cast<int64_t>(t3_->problems().samples().size());
  for (v1::RecordProblem& p : problems.kept) *result.add_problems() = std::move(p);
  result.set_problem_count(problems.count);
  for (const std::string& id : trace_) result.add_trace(id);
  return result;
}

}  // namespace gongkai::annual
