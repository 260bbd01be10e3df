// The values each kind of notice fills its template with, and the 文号.
#include <optional>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/strip.h"
#include "calendar/calendar.h"
#include "common/status_macros.h"
#include "disclosure/index_scheme.h"
#include "notice/catalog.h"
#include "notice/composer.h"
#include "notice/template.h"
#include "notice/text.h"

namespace gongkai::notice {

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
  const bool first = ReconsiderationFirst(*rule, t);
  const std::string& clause = first             ? r.reconsideration_first()
                              : rule->lawsuit() ? r.both()
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
  if (first) Append(notice_.mutable_articles(), r.reconsideration_first_basis());
  Append(notice_.mutable_articles(), r.reconsideration_basis());
  if (first) {
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

}  // namespace gongkai::notice
