#include "annual/builder.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"
#include "calendar/working_days.h"
#include "cases/history.h"
#include "common/status_macros.h"

namespace gongkai::annual {
namespace {

constexpr std::pair<RecordKind, absl::string_view> kKindNames[] = {
    {RecordKind::kDisclosure, "disclosure"},
    {RecordKind::kSlip, "slip"},
    {RecordKind::kApplication, "application"},
    {RecordKind::kRemedy, "remedy"},
};

std::string DayText(const v1::Date& d) {
  return calendar::FormatDay(absl::CivilDay(d.year(), d.month(), d.day()));
}

absl::Status Prefixed(absl::string_view prefix, const absl::Status& status) {
  return absl::Status(status.code(), absl::StrCat(prefix, status.message()));
}

absl::StatusOr<calendar::DayOne> DayOneOf(v1::DayOneRule rule) {
  switch (rule) {
    case v1::DAY_ONE_RULE_UNSPECIFIED:
    case v1::DAY_ONE_RULE_NEXT_DAY:
      return calendar::DayOne::kNextDay;
    case v1::DAY_ONE_RULE_SAME_DAY:
      return calendar::DayOne::kSameDay;
    default:
      return absl::InvalidArgumentError(
          absl::StrCat("options.day_one: ", static_cast<int>(rule), " is not a rule"));
  }
}

// Grows `log` before the change it will record, so that recording it cannot fail: a change
// the journal missed could not be undone.
template <typename T>
void RoomForOneMore(std::vector<T>& log) {
  if (log.size() == log.capacity()) log.reserve(std::max<size_t>(64, 2 * log.capacity()));
}

}  // namespace

absl::string_view RecordKindName(RecordKind kind) {
  for (const auto& [k, name] : kKindNames) {
    if (k == kind) return name;
  }
  return "record";
}

absl::StatusOr<RecordKind> ParseRecordKind(absl::string_view name) {
  for (const auto& [kind, n] : kKindNames) {
    if (n == name) return kind;
  }
  return absl::InvalidArgumentError(
      absl::StrCat("record kind \"", absl::CHexEscape(name),
                   "\" is not one of disclosure, slip, application, remedy"));
}

absl::StatusOr<AnnualBuilder> AnnualBuilder::Create(const v1::AnnualRequest& request,
                                                    std::shared_ptr<const calendar::Calendar> cal) {
  if (cal == nullptr) return absl::InvalidArgumentError("calendar: null");
  if (request.agency().id().empty()) return absl::InvalidArgumentError("agency.id: empty");
  RETURN_IF_ERROR(report::CheckReportYear(request.year()));
  const v1::AnnualOptions& options = request.options();
  ASSIGN_OR_RETURN(const report::Layout* layout,
                   report::LayoutFor(options.layout(), request.year()));

  AnnualBuilder b;
  b.request_ = request;
  b.cal_ = std::move(cal);
  b.layout_ = layout;

  v1::AnnualReport entered = request.entered();
  if (!entered.layout().empty() && entered.layout() != layout->id()) {
    return absl::InvalidArgumentError(absl::StrCat("entered.layout: ", entered.layout(),
                                                   " is not the report's layout ", layout->id()));
  }
  entered.set_year(request.year());
  entered.set_layout(layout->id());
  absl::StatusOr<report::Figures> figures = report::ReadFigures(entered);
  if (!figures.ok()) return Prefixed("entered: ", figures.status());
  b.entered_ = *std::move(figures);

  ASSIGN_OR_RETURN(cases::Table3Aggregator t3,
                   cases::Table3Aggregator::Create(
                       request.year(), *layout,
                       options.has_outcome_mapping() ? &options.outcome_mapping() : nullptr));
  b.t3_.emplace(std::move(t3));
  disclosure::TimelinessOptions timeliness;
  ASSIGN_OR_RETURN(timeliness.day_one, DayOneOf(options.day_one()));
  if (options.publication_limit_days() < 0 || options.publication_limit_days() > 365) {
    return absl::InvalidArgumentError(
        absl::StrCat("options.publication_limit_days: ", options.publication_limit_days(),
                     " is outside 0..365"));
  }
  timeliness.limit_days = options.publication_limit_days();
  ASSIGN_OR_RETURN(
      disclosure::DisclosureCounter disclosures,
      disclosure::DisclosureCounter::Create(request.year(), *layout, b.cal_, timeliness));
  b.disclosures_.emplace(std::move(disclosures));
  ASSIGN_OR_RETURN(remedy::Table4Counter t4,
                   remedy::Table4Counter::Create(request.year(), *layout));
  b.t4_.emplace(std::move(t4));

  // A derived figure typed in would silently lose to the records: refuse it instead.
  for (int i = 0; i < request.entered().cells_size(); ++i) {
    const std::string& key = request.entered().cells(i).key();
    const std::optional<int> cell = layout->FindCell(key);
    bool derived = false;
    for (const report::TableCounter* counter : b.counters()) {
      derived = derived || (cell && counter->Value(*cell).has_value());
    }
    if (derived) {
      return absl::InvalidArgumentError(absl::StrCat(
          "entered.cells[", i, "]: ", key, " is derived from records and cannot be entered"));
    }
  }

  b.workflows_ = slip::Workflows::Builtin();
  for (const v1::SlipWorkflow& workflow : options.workflows()) {
    absl::Status added = b.workflows_.Add(workflow);
    if (!added.ok()) return Prefixed("options.", added);
  }
  if (!options.trace_cell().empty()) {
    const std::optional<int> cell = layout->FindCell(options.trace_cell());
    if (!cell) {
      return absl::NotFoundError(absl::StrCat("options.trace_cell: layout ", layout->id(),
                                              " has no cell \"",
                                              absl::CHexEscape(options.trace_cell()), "\""));
    }
    b.trace_cell_ = *cell;
    const auto counters = b.counters();
    for (size_t k = 0; k < counters.size() && b.traced_counter_ < 0; ++k) {
      if (counters[k]->Value(*cell)) b.traced_counter_ = static_cast<int>(k);
    }
  }
  b.check_index_scheme_ = !options.index_scheme().template_().empty();
  absl::StatusOr<disclosure::IndexScheme> scheme =
      disclosure::IndexScheme::Create(options.index_scheme());
  if (!scheme.ok()) return Prefixed("options.", scheme.status());
  b.index_scheme_.emplace(*std::move(scheme));
  return b;
}

void AnnualBuilder::Problems::Add(absl::string_view kind, absl::string_view id,
                                  absl::string_view rule, v1::Severity severity,
                                  std::string message) {
  ++count;
  if (kept.size() >= kMaxProblems) return;
  v1::RecordProblem& p = kept.emplace_back();
  p.set_record_kind(std::string(kind));
  p.set_record_id(std::string(id));
  p.set_rule(std::string(rule));
  p.set_severity(severity);
  p.set_message(std::move(message));
}

bool AnnualBuilder::OtherAgency(absl::string_view kind, absl::string_view id,
                                absl::string_view agency_id) {
  if (agency_id.empty() || agency_id == request_.agency().id()) return false;
  Problem(
      kind, id, "X-other-agency", v1::SEVERITY_WARNING,
      absl::StrCat(kind, " ", absl::CHexEscape(id), ": agency_id \"", absl::CHexEscape(agency_id),
                   "\" is not ", request_.agency().id(), "; left out"));
  return true;
}

std::optional<int64_t> AnnualBuilder::TracedValue() const {
  if (traced_counter_ < 0) return std::nullopt;
  return counters()[traced_counter_]->Value(trace_cell_);
}

template <typename AddFn>
void AnnualBuilder::Traced(absl::string_view id, AddFn add) {
  if (trace_cell_ < 0) {
    add();
    return;
  }
  const std::optional<int64_t> before = TracedValue();
  add();
  if (TracedValue() != before) trace_.emplace_back(id);
}

void AnnualBuilder::AddDisclosure(const v1::Disclosure& r) {
  records_.set_disclosures(records_.disclosures() + 1);
  constexpr absl::string_view kKind = "disclosure";
  if (OtherAgency(kKind, r.id(), r.agency_id())) return;
  if (absl::Status ok = disclosure::CheckDisclosure(r); !ok.ok()) {
    Problem(kKind, r.id(), "D-invalid", v1::SEVERITY_ERROR, std::string(ok.message()));
    return;
  }
  if (r.index_number().empty()) {
    Problem(kKind, r.id(), "D-index-missing", v1::SEVERITY_WARNING,
            absl::StrCat("disclosure ", absl::CHexEscape(r.id()), ": no 索引号 (第十二条)"));
  } else {
    if (check_index_scheme_) {
      if (absl::StatusOr<disclosure::IndexScheme::Parsed> parsed =
              index_scheme_->Parse(r.index_number());
          !parsed.ok()) {
        Problem(
            kKind, r.id(), "D-index-scheme", v1::SEVERITY_ERROR,
            absl::StrCat("disclosure ", absl::CHexEscape(r.id()), ": ", parsed.status().message()));
      }
    }
    const uint64_t index = FingerprintSet::Of(r.index_number());
    if (journal_ != nullptr) RoomForOneMore(journal_->indexes);
    if (!indexes_.Insert(index)) {
      Problem(kKind, r.id(), "D-duplicate-index", v1::SEVERITY_ERROR,
              absl::StrCat("disclosure ", absl::CHexEscape(r.id()), ": index_number \"",
                           absl::CHexEscape(r.index_number()),
                           "\" is already used by an earlier disclosure; left out"));
      return;
    }
    if (journal_ != nullptr) journal_->indexes.push_back(index);
  }
  absl::StatusOr<disclosure::DisclosureFacts> facts;
  Traced(r.id(), [&] { facts = disclosures_->Add(r); });
  if (!facts.ok()) {
    Problem(kKind, r.id(), "D-invalid", v1::SEVERITY_ERROR, std::string(facts.status().message()));
    return;
  }
  // Named only for a problem: most records have none.
  const auto who = [&] { return absl::StrCat("disclosure ", absl::CHexEscape(r.id())); };
  const bool published = facts->first_published.has_value();
  if (published && r.attribute() != v1::PUBLIC_ATTRIBUTE_PROACTIVE) {
    Problem(kKind, r.id(), "D-published-not-proactive", v1::SEVERITY_ERROR,
            absl::StrCat(who(), ": published, but its attribute is ",
                         v1::PublicAttribute_Name(r.attribute()),
                         " (only 主动公开 records are published proactively)"));
  }
  if (facts->late_in_year) {
    Problem(kKind, r.id(), "D-late", v1::SEVERITY_WARNING,
            absl::StrCat(who(), ": first published ", calendar::FormatDay(*facts->first_published),
                         ", ", facts->timeliness.working_days_late(),
                         " working days after the due date ", DayText(facts->timeliness.due()),
                         " (第二十六条)"));
  }
  if (facts->overdue_at_year_end) {
    Problem(kKind, r.id(), "D-overdue", v1::SEVERITY_WARNING,
            absl::StrCat(who(), ": not published by 31 December, due ",
                         DayText(facts->timeliness.due()), " (第二十六条)"));
  }
  if (!r.slip_id().empty()) links_.Add(r.id(), r.slip_id(), r.attribute(), published);
}

void AnnualBuilder::AddSlip(const v1::IssuanceSlip& r) {
  records_.set_slips(records_.slips() + 1);
  constexpr absl::string_view kKind = "slip";
  if (OtherAgency(kKind, r.id(), r.agency_id())) return;
  SlipFacts facts{v1::PUBLIC_ATTRIBUTE_UNSPECIFIED, false};
  absl::StatusOr<v1::SlipState> state = slip::ReplaySlip(r, workflows_);
  if (state.ok()) {
    facts = {state->signed_attribute(), state->may_publish()};
  } else {
    Problem(kKind, r.id(), "SLIP-invalid", v1::SEVERITY_ERROR,
            std::string(state.status().message()));
  }
  if (r.id().empty()) return;
  if (journal_ != nullptr) RoomForOneMore(journal_->slips);
  const auto [slip, added] = slips_.try_emplace(r.id(), facts);
  if (!added) {
    Problem(kKind, r.id(), "SLIP-duplicate", v1::SEVERITY_ERROR,
            absl::StrCat("slip ", absl::CHexEscape(r.id()), ": the id is used twice; left out"));
  } else if (journal_ != nullptr) {
    journal_->slips.push_back(slip);
  }
}

void AnnualBuilder::AddApplication(const v1::Application& r) {
  records_.set_applications(records_.applications() + 1);
  if (OtherAgency("application", r.id(), r.agency_id())) return;
  if (absl::StatusOr<cases::Replay> replay = cases::ReplayHistory(r, *cal_); !replay.ok()) {
    Problem("application", r.id(), "A-history", v1::SEVERITY_ERROR,
            std::string(replay.status().message()));
  }
  Traced(r.id(), [&] { t3_->Add(r); });
}

void AnnualBuilder::AddRemedy(const v1::Remedy& r) {
  records_.set_remedies(records_.remedies() + 1);
  constexpr absl::string_view kKind = "remedy";
  if (OtherAgency(kKind, r.id(), r.agency_id())) return;
  absl::StatusOr<bool> counted;
  Traced(r.id(), [&] { counted = t4_->Add(r); });
  if (!counted.ok()) {
    Problem(kKind, r.id(), "R-invalid", v1::SEVERITY_ERROR,
            std::string(counted.status().message()));
  }
}

}  // namespace gongkai::annual
