// CheckTemplate: an agency's template against what the law requires of each kind.
#include <set>

#include "absl/strings/str_cat.h"
#include "common/status_macros.h"
#include "disclosure/index_scheme.h"
#include "notice/catalog.h"
#include "notice/notice.h"
#include "notice/template.h"
#include "notice/text.h"

namespace gongkai::notice {
namespace {

// Every element `pieces` names is one `allowed` holds; every `required` one is named.
absl::Status CheckElements(const Pieces& pieces, absl::string_view field,
                           const google::protobuf::RepeatedPtrField<std::string>& required,
                           const google::protobuf::RepeatedPtrField<std::string>& optional,
                           absl::string_view what) {
  for (const std::string& name : required) {
    if (!Names(pieces, name)) {
      return absl::InvalidArgumentError(absl::StrCat(
          field, ": drops {", name, "} (", ElementLabel(name), "), which ", what, " must contain"));
    }
  }
  for (const Piece& p : pieces) {
    if (!p.element) continue;
    bool known = false;
    for (const std::string& name : required) known = known || name == p.text;
    for (const std::string& name : optional) known = known || name == p.text;
    if (!known) {
      return absl::InvalidArgumentError(absl::StrCat(field, ": names {", p.text, "} (",
                                                     ElementLabel(p.text), "), which ", what,
                                                     " does not have"));
    }
  }
  return absl::OkStatus();
}

}  // namespace

absl::Status CheckNumberTemplate(absl::string_view scheme, absl::string_view field) {
  v1::IndexScheme spec;
  spec.set_template_(std::string(scheme));
  return disclosure::IndexScheme::Create(spec, field, "文号").status();
}

absl::Status CheckKindBody(const v1::NoticeKindRule& rule, absl::string_view body,
                           absl::string_view field) {
  ASSIGN_OR_RETURN(Pieces pieces, ParseTemplate(body, field));
  return CheckElements(pieces, field, rule.required(), rule.optional(),
                       absl::StrCat("a ", rule.title()));
}

absl::Status CheckDecision(const v1::NoticeOutcomeRule& rule, absl::string_view decision,
                           absl::string_view field) {
  ASSIGN_OR_RETURN(Pieces pieces, ParseTemplate(decision, field));
  google::protobuf::RepeatedPtrField<std::string> required;
  if (!rule.articles().empty()) required.Add("article");
  for (const std::string& detail : rule.required_details()) required.Add(std::string(detail));
  return CheckElements(
      pieces, field, required, Catalog().decision_elements(),
      absl::StrCat("the decision of a reply with outcome ", v1::Outcome_Name(rule.outcome())));
}

absl::Status CheckTemplate(const v1::NoticeTemplate& t) {
  RETURN_IF_ERROR(CheckLine(t.agency_name(), "template.agency_name"));
  RETURN_IF_ERROR(CheckLine(t.letterhead(), "template.letterhead"));
  RETURN_IF_ERROR(CheckLine(t.contact(), "template.contact"));
  RETURN_IF_ERROR(CheckLine(t.reconsideration_body(), "template.reconsideration_body"));
  RETURN_IF_ERROR(CheckLine(t.court(), "template.court"));
  if (!t.number_template().empty()) {
    RETURN_IF_ERROR(CheckNumberTemplate(t.number_template(), "template.number_template"));
  }
  std::set<int> kinds;
  for (int i = 0; i < t.kinds_size(); ++i) {
    const v1::NoticeKindTemplate& k = t.kinds(i);
    const std::string field = absl::StrCat("template.kinds[", i, "]");
    const v1::NoticeKindRule* rule = FindKindRule(k.kind());
    if (rule == nullptr) {
      return absl::InvalidArgumentError(
          absl::StrCat(field, ".kind: ", static_cast<int>(k.kind()), " is not a notice kind"));
    }
    if (!kinds.insert(k.kind()).second) {
      return absl::InvalidArgumentError(
          absl::StrCat(field, ": a second template for ", rule->name()));
    }
    RETURN_IF_ERROR(CheckLine(k.title(), absl::StrCat(field, ".title")));
    if (!k.body().empty()) RETURN_IF_ERROR(CheckKindBody(*rule, k.body(), field + ".body"));
    if (!k.number_template().empty()) {
      RETURN_IF_ERROR(CheckNumberTemplate(k.number_template(), field + ".number_template"));
    }
  }
  std::set<int> outcomes;
  for (int i = 0; i < t.outcomes_size(); ++i) {
    const v1::NoticeOutcomeTemplate& o = t.outcomes(i);
    const std::string field = absl::StrCat("template.outcomes[", i, "]");
    const v1::NoticeOutcomeRule* rule = FindOutcomeRule(o.outcome());
    if (rule == nullptr || !rule->reply()) {
      return absl::InvalidArgumentError(absl::StrCat(field,
                                                     ".outcome: ", static_cast<int>(o.outcome()),
                                                     " is not an outcome that has a reply"));
    }
    if (!outcomes.insert(o.outcome()).second) {
      return absl::InvalidArgumentError(
          absl::StrCat(field, ": a second decision for ", v1::Outcome_Name(rule->outcome())));
    }
    if (!o.decision().empty()) {
      RETURN_IF_ERROR(CheckDecision(*rule, o.decision(), field + ".decision"));
    }
    if (o.has_reconsideration_first() && !rule->reconsideration_first_open()) {
      return absl::InvalidArgumentError(absl::StrCat(
          field, ".reconsideration_first: the law settles 复议前置 for ",
          v1::Outcome_Name(rule->outcome()), " (", Catalog().remedy().reconsideration_first_basis(),
          "); a template may choose it only where the law leaves it open"));
    }
  }
  return absl::OkStatus();
}

}  // namespace gongkai::notice
