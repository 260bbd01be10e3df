#include "cases/aggregate/messages.h"

#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"
#include "gongkai/v1/application.pb.h"

namespace gongkai::cases {
namespace {

std::string OutcomeText(int outcome) {
  return v1::Outcome_IsValid(outcome) ? v1::Outcome_Name(static_cast<v1::Outcome>(outcome))
                                      : absl::StrCat(outcome);
}

}  // namespace

std::string Who(absl::string_view id) {
  return id.empty() ? std::string("application (no id)")
                    : absl::StrCat("application ", absl::CHexEscape(id));
}

std::string UnknownCategoryMessage(absl::string_view id, int category) {
  return category == 0 ? absl::StrCat(Who(id), ": applicant.category unspecified")
                       : absl::StrCat(Who(id), ": applicant.category ", category,
                                      " is not a table 三 column");
}

std::string UnknownOutcomeMessage(absl::string_view id, int decisive_at, int decisive) {
  return absl::StrCat(Who(id), ": events[", decisive_at, "] (DECIDED) outcome ",
                      decisive == 0 ? std::string("unspecified")
                                    : absl::StrCat(decisive, " is not an outcome"));
}

std::string UnmappedOutcomeMessage(absl::string_view id, int decisive, int decisive_at,
                                   absl::string_view layout_id) {
  return absl::StrCat(Who(id), ": outcome ", OutcomeText(decisive), " (events[", decisive_at,
                      "]) has no table 三 row in the mapping for layout ", layout_id);
}

}  // namespace gongkai::cases
