// ComposeNotice: the notice a request asks for, from the application's replayed history.
#include <optional>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "calendar/calendar.h"
#include "cases/deadline/deadline.h"
#include "cases/history.h"
#include "common/status_macros.h"
#include "notice/catalog.h"
#include "notice/composer.h"
#include "notice/notice.h"
#include "notice/template.h"
#include "notice/text.h"

namespace gongkai::notice {

absl::StatusOr<Basis> Composer::Support() {
  Basis b;
  switch (rule_.kind()) {
    case v1::NOTICE_KIND_CORRECTION:
      if (!facts_.correction_requested) {
        return Refuse("the history has no correction request (CORRECTION_REQUESTED, 第三十条)");
      }
      if (facts_.correction_period_days <= 0) {
        return Refuse(
            "the correction request gives no period (correction_period_days): the notice must "
            "state a reasonable period (第三十条)");
      }
      b.date = b.as_of = *facts_.correction_requested;
      b.deadline = v1::DEADLINE_KIND_CORRECTION;
      return b;
    case v1::NOTICE_KIND_EXTENSION:
      if (!facts_.extension_approved) {
        return Refuse(
            "the history has no approved extension (EXTENSION_APPROVED, 第三十三条第二款)");
      }
      b.date = b.as_of = *facts_.extension_approved;
      b.deadline = v1::DEADLINE_KIND_REPLY;
      return b;
    case v1::NOTICE_KIND_CONSULTATION: {
      const int n = static_cast<int>(facts_.consultations.size());
      if (n == 0) {
        return Refuse(
            "the history has no consultation (CONSULTATION_STARTED, 第三十二条、第三十四条)");
      }
      const int index = request_.has_consultation() ? request_.consultation() : n - 1;
      if (index < 0 || index >= n) {
        return absl::InvalidArgumentError(
            absl::StrCat("consultation: ", index, ", but application ", app_.id(), " has ", n,
                         n == 1 ? " consultation" : " consultations", " (0-based)"));
      }
      b.date = b.as_of = facts_.consultations[index].start;
      b.deadline = v1::DEADLINE_KIND_THIRD_PARTY_ANSWER;
      b.deadline_index = index;
      b.party = facts_.consultations[index].party;
      return b;
    }
    case v1::NOTICE_KIND_FEE:
      if (!facts_.fee_notice_sent) {
        return Refuse("the history has no fee notice (FEE_NOTICE_SENT, 国办函〔2020〕109号)");
      }
      // The history requires the day the applicant received the notice: the payment period
      // runs from the next day, and the deadline is computed as of it.
      b.date = *facts_.fee_notice_sent;
      b.as_of = facts_.fee_notice_received.value_or(b.date);
      b.deadline = v1::DEADLINE_KIND_FEE_PAYMENT;
      return b;
    case v1::NOTICE_KIND_REPLY:
      if (!facts_.decided) {
        if (facts_.withdrawn) {
          return Refuse(FindOutcomeRule(v1::OUTCOME_WITHDRAWN)->no_reply());
        }
        return Refuse("the history has no decision (DECIDED, 第三十六条至第三十九条)");
      }
      b.date = b.as_of = *facts_.decided;
      return b;
    default:
      return absl::InternalError("unreachable notice kind");
  }
}

absl::StatusOr<v1::Notice> Composer::Compose() {
  const v1::NoticeTemplate& t = request_.template_();
  RETURN_IF_ERROR(
      Require(t.agency_name(), "template.agency_name", "a notice names the agency that issues it")
          .status());
  ASSIGN_OR_RETURN(facts_, cases::ReplayHistory(app_, cal_));
  ASSIGN_OR_RETURN(Basis basis, Support());

  const v1::Deadline* deadline = nullptr;
  v1::DeadlineReport report;
  if (basis.deadline != v1::DEADLINE_KIND_UNSPECIFIED) {
    // From the replay already made, not a second reading of the events (ClockOf).
    ASSIGN_OR_RETURN(
        report, cases::ComputeDeadlines(cases::ClockFromReplay(app_, facts_), basis.as_of, cal_));
    int seen = 0;
    for (const v1::Deadline& d : report.deadlines()) {
      if (d.kind() == basis.deadline && seen++ == basis.deadline_index) deadline = &d;
    }
    if (deadline != nullptr) notice_.set_provisional(deadline->provisional());
  }

  notice_.set_kind(rule_.kind());
  notice_.set_application_id(app_.id());
  const v1::Applicant& applicant = app_.applicant();
  const std::string& addressee =
      applicant.organisation().empty() ? applicant.name() : applicant.organisation();
  ASSIGN_OR_RETURN(
      values_["applicant"],
      Flatten(addressee, applicant.organisation().empty() ? "application.applicant.name"
                                                          : "application.applicant.organisation"));
  if (rule_.kind() != v1::NOTICE_KIND_CONSULTATION) {
    RETURN_IF_ERROR(Require(addressee, "application.applicant.name",
                            "a notice is addressed to the applicant (第二十九条第二款第（一）项)")
                        .status());
    notice_.set_addressee(values_["applicant"]);
  }
  values_["agency"] = t.agency_name();
  values_["received"] = ChineseDate(facts_.received);
  values_["date"] = ChineseDate(basis.date);
  Date("received", facts_.received);
  Date("date", basis.date);
  for (const v1::NoticeFixedText& text : rule_.texts()) {
    values_[text.element()] = std::string(FixedText(rule_, text.element(), basis.party));
  }
  if (const absl::string_view b = FixedText(rule_, "basis", basis.party); !b.empty()) {
    Append(notice_.mutable_articles(), b);
  }
  RETURN_IF_ERROR(KindValues(deadline));

  const v1::NoticeKindTemplate* k = KindTemplate();
  const std::string& body = k != nullptr && !k->body().empty() ? k->body() : rule_.body();
  const std::string field = k != nullptr && !k->body().empty() ? "template body" : "catalogue body";
  ASSIGN_OR_RETURN(Pieces pieces, ParseTemplate(body, field));
  if (Names(pieces, "request")) {
    ASSIGN_OR_RETURN(std::string request, Require(app_.request(), "application.request",
                                                  "the notice states what was requested"));
    values_["request"] = absl::StrCat("“", request, "”");
  }
  ASSIGN_OR_RETURN(std::string text, Fill(pieces, values_, field));
  for (absl::string_view line : absl::StrSplit(text, '\n', absl::SkipWhitespace())) {
    Append(notice_.mutable_paragraphs(), line);
  }
  notice_.set_letterhead(t.letterhead().empty() ? t.agency_name() : t.letterhead());
  notice_.set_title(k != nullptr && !k->title().empty() ? k->title() : rule_.title());
  notice_.set_signature(t.agency_name());
  notice_.set_contact(t.contact());
  *notice_.mutable_date() = calendar::ToProto(basis.date);
  RETURN_IF_ERROR(Number(basis.date));
  return std::move(notice_);
}

v1::NoticeKind KindFromName(absl::string_view name) {
  for (const v1::NoticeKindRule& rule : Catalog().kinds()) {
    if (rule.name() == name) return rule.kind();
  }
  return v1::NOTICE_KIND_UNSPECIFIED;
}

std::string KindName(v1::NoticeKind kind) {
  const v1::NoticeKindRule* rule = FindKindRule(kind);
  return rule == nullptr ? "" : rule->name();
}

absl::StatusOr<v1::Notice> ComposeNotice(const v1::NoticeRequest& request,
                                         const calendar::Calendar& cal) {
  const v1::NoticeKindRule* rule = FindKindRule(request.kind());
  if (rule == nullptr) {
    return absl::InvalidArgumentError(
        absl::StrCat("kind: ", static_cast<int>(request.kind()),
                     " is not a notice kind (correction, extension, consultation, fee, reply)"));
  }
  if (!v1::NoticeFormat_IsValid(request.format())) {
    return absl::InvalidArgumentError(
        absl::StrCat("format: ", static_cast<int>(request.format()), " is not a notice format"));
  }
  RETURN_IF_ERROR(CheckTemplate(request.template_()));
  return Composer(request, *rule, cal).Compose();
}

absl::StatusOr<std::string> WriteNotice(const v1::NoticeRequest& request,
                                        const calendar::Calendar& cal) {
  ASSIGN_OR_RETURN(v1::Notice notice, ComposeNotice(request, cal));
  return RenderNotice(notice, request.format());
}

}  // namespace gongkai::notice
