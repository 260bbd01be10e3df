#include "cases/aggregate/messages.h"

#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "gongkai/v1/application.pb.h"

namespace gongkai::cases {
namespace {

std::string OutcomeText(int outcome) {
  return v1::Outcome_IsValid(outcome) ? v1::Outcome_Name(static_cast<v1::Outcome>(outcome))
                                      : absl::StrCat(outcome);
}

std::string DateText(const v1::Date& d) {
  return absl::StrFormat("%04d-%02d-%02d", d.year(), d.month(), d.day());
}

const char* ConcludingName(const v1::Event& e) {
  return e.type() == v1::EVENT_TYPE_DECIDED ? "DECIDED" : "WITHDRAWN";
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
  return absl::StrCat(
      Who(id), ": events[", decisive_at, "] (DECIDED) outcome ",
      decisive == 0 ? std::string("unspecified") : absl::StrCat(decisive, " is not an outcome"));
}

std::string UnmappedOutcomeMessage(absl::string_view id, int decisive, int decisive_at,
                                   absl::string_view layout_id) {
  return absl::StrCat(Who(id), ": outcome ", OutcomeText(decisive), " (events[", decisive_at,
                      "]) has no table 三 row in the mapping for layout ", layout_id);
}

std::string ProblemMessage(const v1::Application& a, const ApplicationFacts& facts,
                           PlacementProblem problem, absl::string_view layout_id) {
  switch (problem) {
    case PlacementProblem::kNoReceiptDate:
      return a.has_received() ? absl::StrCat(Who(a.id()), ": received ", DateText(a.received()),
                                             " is not a real date")
                              : absl::StrCat(Who(a.id()), ": no receipt date");
    case PlacementProblem::kBadConclusionDate: {
      const int i = facts.bad_conclusion_at;
      const v1::Event& e = a.events(i);
      return absl::StrCat(Who(a.id()), ": events[", i, "] (", ConcludingName(e), ") ",
                          e.has_date()
                              ? absl::StrCat("date ", DateText(e.date()), " is not a real date")
                              : std::string("has no date"));
    }
    case PlacementProblem::kConcludedBeforeReceived: {
      const v1::Event& e = a.events(facts.concluded_at);
      return absl::StrCat(Who(a.id()), ": concluded ", DateText(e.date()), " (events[",
                          facts.concluded_at, "], ", ConcludingName(e), ") before received ",
                          DateText(a.received()));
    }
    case PlacementProblem::kUnknownCategory:
      return UnknownCategoryMessage(a.id(), facts.category);
    case PlacementProblem::kUnknownOutcome:
      return UnknownOutcomeMessage(a.id(), facts.decisive_at, facts.decisive);
    case PlacementProblem::kUnmappedOutcome:
      return UnmappedOutcomeMessage(a.id(), facts.decisive, facts.decisive_at, layout_id);
  }
  return Who(a.id());
}

}  // namespace gongkai::cases
