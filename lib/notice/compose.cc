// ComposeNotice: the notice a request asks for, from the application's replayed history.
#include <optional>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "calendar/calendar.h"
#include "cases/deadline/deadline.h"
#include "cases/history.h"
#include "common/status_macros.h"
#include "disclosure/index_scheme.h"
#include "notice/catalog.h"
#include "notice/notice.h"
#include "notice/template.h"
#include "notice/text.h"

namespace gongkai::notice {
namespace {

// add_x()->assign, not add_x(std::string): protobuf 3.21's RepeatedPtrField<std::string>::Add
// counts the element before allocating it, so running out of memory there leaves a garbage
// pointer the destructor frees (docs/hardening.md).
void Append(google::protobuf::RepeatedPtrField<std::string>* field, absl::string_view text) {
  field->Add()->assign(text.data(), text.size());
}

// What one kind of notice draws from the history.
struct Basis {
  absl::CivilDay date;   // the event the notice belongs to
  absl::CivilDay as_of;  // the day its deadline is computed as of
  v1::DeadlineKind deadline = v1::DEADLINE_KIND_UNSPECIFIED;
  int deadline_index = 0;
  v1::ConsultationParty party = v1::CONSULTATION_PARTY_UNSPECIFIED;
};

class Composer {
 public:
  Composer(const v1::NoticeRequest& request, const v1::NoticeKindRule& rule,
           const calendar::Calendar& cal)
      : request_(request), app_(request.application()), rule_(rule), cal_(cal) {}

  absl::StatusOr<v1::Notice> Compose();

 private:
  absl::Status Refuse(absl::string_view why) const {
    return absl::FailedPreconditionError(
        absl::StrCat("application ", app_.id(), ": no ", rule_.title(), ": ", why));
  }
  // `text`, which may not be empty, as one line (Flatten).
  absl::StatusOr<std::string> Require(absl::string_view text, absl::string_view field,
                                      absl::string_view why) const {
    if (!text.empty()) return Flatten(text, field);
    return absl::InvalidArgumentError(absl::StrCat(field, " is empty: ", why));
  }
  absl::StatusOr<Basis> Support();
  absl::Status KindValues(const v1::Deadline* deadline);
  absl::Status ReplyValues();
  absl::Status Number(absl::CivilDay date);
  const v1::NoticeKindTemplate* KindTemplate() const {
    for (const v1::NoticeKindTemplate& k : request_.template_().kinds()) {
      if (k.kind() == rule_.kind()) return &k;
    }
    return nullptr;
  }
  void Date(absl::string_view element, absl::CivilDay day) {
    v1::NoticeDate* d = notice_.add_dates();
    d->set_element(std::string(element));
    *d->mutable_date() = calendar::ToProto(day);
  }

  const v1::NoticeRequest& request_;
  const v1::Application& app_;
  const v1::NoticeKindRule& rule_;
  const calendar::Calendar& cal_;
  cases::Replay facts_;
  Values values_;
  v1::Notice notice_;
};

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

absl::Status Composer::KindValues(const v1::Deadline* deadline) {
  const v1::NoticeDetails& d = request_.details();
  const auto due = [&](absl::string_view element) -> absl::StatusOr<absl::CivilDay> {
    if (deadline == nullptr || !deadline->has_due()) {
      return absl::InternalError(
          absl::StrCat("application ", app_.id(), ": no due date for ", ElementLabel(element)));
    }
    ASSIGN_OR_RETURN(absl::CivilDay day, calendar::FromProto(deadline->due(), "due"));
    Date(element, day);
    return day;
  };
  switch (rule_.kind()) {
    case v1::NOTICE_KIND_CORRECTION: {
      if (d.correction_items().empty()) {
        return absl::InvalidArgumentError(
            "details.correction_items is empty: a 补正告知书 says what to correct, all of it at "
            "once (第三十条)");
      }
      std::vector<std::string> items;
      for (int i = 0; i < d.correction_items_size(); ++i) {
        const std::string field = absl::StrCat("details.correction_items[", i, "]");
        if (d.correction_items(i).empty()) {
          return absl::InvalidArgumentError(
              absl::StrCat(field, " is empty: each item says what to correct"));
        }
        ASSIGN_OR_RETURN(std::string flat, Flatten(d.correction_items(i), field));
        absl::string_view item = flat;
        while (absl::ConsumeSuffix(&item, "。") || absl::ConsumeSuffix(&item, "；")) {
        }
        items.push_back(d.correction_items_size() == 1 ? std::string(item)
                                                       : absl::StrCat("（", i + 1, "）", item));
      }
      values_["correction_items"] = absl::StrCat(absl::StrJoin(items, "；"), "。");
      values_["correction_days"] = absl::StrCat(facts_.correction_period_days);
      ASSIGN_OR_RETURN(absl::CivilDay day, due("correction_due"));
      values_["correction_due"] = ChineseDate(day);
      return absl::OkStatus();
    }
    case v1::NOTICE_KIND_EXTENSION: {
      values_["extension_days"] = absl::StrCat(facts_.extension_days);
      ASSIGN_OR_RETURN(absl::CivilDay day, due("reply_due"));
      values_["reply_due"] = ChineseDate(day);
      if (deadline->paused()) {
        // 第三十三条第三款: the time a consultation takes is not counted.
        values_["reply_due"] += "（征求意见所需时间不计算在答复期限内，答复期限相应顺延）";
      }
      return absl::OkStatus();
    }
    case v1::NOTICE_KIND_CONSULTATION: {
      ASSIGN_OR_RETURN(std::string party,
                       Require(d.consulted_party(), "details.consulted_party",
                               "a 征求意见书 is addressed to the third party or agency consulted"));
      ASSIGN_OR_RETURN(values_["information"],
                       Require(d.information(), "details.information",
                               "a 征求意见书 says which information is concerned"));
      notice_.set_addressee(party);
      values_["party"] = party;
      ASSIGN_OR_RETURN(absl::CivilDay day, due("consultation_due"));
      values_["consultation_due"] = ChineseDate(day);
      return absl::OkStatus();
    }
    case v1::NOTICE_KIND_FEE: {
      ASSIGN_OR_RETURN(
          values_["fee_standard"],
          Require(d.fee_standard(), "details.fee_standard",
                  "a 收费通知书 states the standard, 按件 or 按量 (国办函〔2020〕109号)"));
      ASSIGN_OR_RETURN(values_["payment_method"],
                       Require(d.payment_method(), "details.payment_method",
                               "a 收费通知书 states how to pay (国办函〔2020〕109号)"));
      values_["fee_amount"] = Yuan(facts_.fee_fen);
      ASSIGN_OR_RETURN(absl::CivilDay day, due("fee_due"));
      values_["fee_due"] = absl::StrCat("（即", ChineseDate(day), "前，含当日）");
      return absl::OkStatus();
    }
    case v1::NOTICE_KIND_REPLY:
      return ReplyValues();
    default:
      return absl::InternalError("unreachable notice kind");
  }
}

absl::Status Composer::ReplyValues() {
  const v1::NoticeDetails& d = request_.details();
  const v1::NoticeOutcomeRule* rule = FindOutcomeRule(facts_.outcome);
  if (rule == nullptr) {
    return Refuse(absl::StrCat("outcome ", v1::Outcome_Name(facts_.outcome),
                               " has no reply in the catalogue"));
  }
  if (!rule->reply()) return Refuse(rule->no_reply());
  notice_.set_outcome(facts_.outcome);
  for (const std::string& detail : rule->required_details()) {
    const google::protobuf::FieldDescriptor* field =
        v1::NoticeDetails::descriptor()->FindFieldByName(detail);
    if (field == nullptr || d.GetReflection()->GetString(d, field).empty()) {
      return absl::InvalidArgumentError(
          absl::StrCat("details.", detail, " is empty: a reply with outcome ",
                       v1::Outcome_Name(rule->outcome()), " states ", ElementLabel(detail)));
    }
  }
  const v1::NoticeTemplate& t = request_.template_();
  RETURN_IF_ERROR(Require(t.reconsideration_body(), "template.reconsideration_body",
                          "a reply names the 行政复议机关 (《中华人民共和国行政复议法》第二十条)")
                      .status());

  const std::string& act = Catalog().act();
  std::string article;
  for (const std::string& a : rule->articles()) {
    absl::StrAppend(&article, article.empty() ? act : "、", a);
    Append(notice_.mutable_articles(), absl::StrCat(act, a));
  }
  Values v = values_;
  v["article"] = article;
  ASSIGN_OR_RETURN(v["reason"], Flatten(d.reason(), "details.reason"));
  if (v["reason"].empty()) v["reason"] = rule->reason();
  ASSIGN_OR_RETURN(v["information"], Flatten(d.information(), "details.information"));
  ASSIGN_OR_RETURN(v["competent_agency"],
                   Flatten(d.competent_agency(), "details.competent_agency"));
  ASSIGN_OR_RETURN(v["earlier_reply"], Flatten(d.earlier_reply(), "details.earlier_reply"));
  ASSIGN_OR_RETURN(v["legal_basis"], Flatten(d.legal_basis(), "details.legal_basis"));
  std::string decision_text = rule->decision();
  std::string field = "catalogue decision";
  for (int i = 0; i < t.outcomes_size(); ++i) {
    if (t.outcomes(i).outcome() == rule->outcome() && !t.outcomes(i).decision().empty()) {
      decision_text = t.outcomes(i).decision();
      field = absl::StrCat("template.outcomes[", i, "].decision");
    }
  }
  if (v["reason"].empty() && absl::StrContains(decision_text, "{reason}")) {
    return absl::InvalidArgumentError(absl::StrCat("details.reason is empty: a reply with outcome ",
                                                   v1::Outcome_Name(rule->outcome()),
                                                   " gives its reasons"));
  }
  ASSIGN_OR_RETURN(Pieces decision, ParseTemplate(decision_text, field));
  ASSIGN_OR_RETURN(values_["decision"], Fill(decision, v, field));

  const v1::NoticeRemedyRule& r = Catalog().remedy();
  const std::string& clause = rule->reconsideration_first() ? r.reconsideration_first()
                              : rule->lawsuit()             ? r.both()
                                                            : r.reconsideration_only();
  Values rv = {
      {"reconsideration_body", t.reconsideration_body()},
      {"court", t.court().empty() ? r.default_court() : t.court()},
      {"reconsideration_period", r.reconsideration_period()},
      {"reconsideration_basis", r.reconsideration_basis()},
      {"reconsideration_first_basis", r.reconsideration_first_basis()},
      {"lawsuit_period", r.lawsuit_period()},
      {"lawsuit_basis", r.lawsuit_basis()},
      {"after_reconsideration_period", r.after_reconsideration_period()},
      {"after_reconsideration_basis", r.after_reconsideration_basis()},
  };
  ASSIGN_OR_RETURN(Pieces remedy, ParseTemplate(clause, "catalogue remedy"));
  ASSIGN_OR_RETURN(values_["remedy"], Fill(remedy, rv, "catalogue remedy"));
  if (rule->reconsideration_first())
    Append(notice_.mutable_articles(), r.reconsideration_first_basis());
  Append(notice_.mutable_articles(), r.reconsideration_basis());
  if (rule->reconsideration_first()) {
    Append(notice_.mutable_articles(), r.after_reconsideration_basis());
  } else if (rule->lawsuit()) {
    Append(notice_.mutable_articles(), r.lawsuit_basis());
  }
  return absl::OkStatus();
}

absl::Status Composer::Number(absl::CivilDay date) {
  if (request_.serial() == 0) return absl::OkStatus();
  if (request_.serial() < 0) {
    return absl::InvalidArgumentError(
        absl::StrCat("serial: ", request_.serial(), " is negative; 0 means no 文号"));
  }
  const v1::NoticeKindTemplate* k = KindTemplate();
  std::string scheme = rule_.number_template();
  std::string field = "catalogue number_template";
  if (k != nullptr && !k->number_template().empty()) {
    scheme = k->number_template();
    field = "template.kinds.number_template";
  } else if (!request_.template_().number_template().empty()) {
    scheme = request_.template_().number_template();
    field = "template.number_template";
  }
  v1::IndexScheme spec;
  spec.set_template_(scheme);
  ASSIGN_OR_RETURN(disclosure::IndexScheme s, disclosure::IndexScheme::Create(spec, field, "文号"));
  ASSIGN_OR_RETURN(*notice_.mutable_number(), s.Format(date, request_.serial()));
  return absl::OkStatus();
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
    ASSIGN_OR_RETURN(report, cases::ComputeDeadlines(app_, basis.as_of, cal_));
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

}  // namespace

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
