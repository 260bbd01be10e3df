// The rules an event answers to on its own and against the record's origin (docs/slip.md,
// "Rules", S-action to S-change-reason): InvalidArgument or OutOfRange; the state is not
// consulted.
#include <cstdint>
#include <cstdlib>

#include "absl/strings/str_cat.h"
#include "calendar/calendar.h"
#include "slip/names.h"
#include "slip/rules.h"
#include "slip/state.h"

namespace gongkai::slip {
namespace {

using calendar::FormatDay;

constexpr uint32_t Bit(int action) { return uint32_t{1} << action; }
// The actions that name an attribute, and those that propose one.
constexpr uint32_t kDecides =
    Bit(v1::SLIP_ACTION_PROPOSE) | Bit(v1::SLIP_ACTION_PROPOSE_CHANGE) | Bit(v1::SLIP_ACTION_SIGN);
constexpr uint32_t kProposes = Bit(v1::SLIP_ACTION_PROPOSE) | Bit(v1::SLIP_ACTION_PROPOSE_CHANGE);

// The event fields and the actions they belong to, as data: a field set on another action is
// refused, so that a misplaced value is never silently ignored. `actor` belongs to every event.
struct Detail {
  const char* name;
  bool (*set)(const v1::SlipEvent&);
  uint32_t actions;
};
constexpr Detail kDetails[] = {
    {"attribute", [](const v1::SlipEvent& e) { return e.attribute() != 0; }, kDecides},
    {"reason", [](const v1::SlipEvent& e) { return !e.reason().empty(); },
     kDecides | Bit(v1::SLIP_ACTION_RETURN)},
    {"ground", [](const v1::SlipEvent& e) { return e.ground() != 0; }, kDecides},
    // The plan is the proposer's; the proto gives the signer no plan of their own.
    {"planned_disclosure", [](const v1::SlipEvent& e) { return e.has_planned_disclosure(); },
     kProposes},
    {"planned_channels", [](const v1::SlipEvent& e) { return e.planned_channels_size() > 0; },
     kProposes},
};

// 国办发〔2016〕80号: 依申请公开 and 不予公开 are explained in writing, 不予公开 with the article
// that allows it (第十四–十六条); 主动公开 says when and where it will be published (第二十三–
// 二十六条).
constexpr AttributeNeeds kNeeds[] = {
    {v1::PUBLIC_ATTRIBUTE_PROACTIVE, false, false, true},
    {v1::PUBLIC_ATTRIBUTE_ON_REQUEST, true, false, false},
    {v1::PUBLIC_ATTRIBUTE_WITHHELD, true, true, false},
};

// Joint documents take the lead agency's attribute, forwarded ones the forwarded document's
// (procedure.md §2, step 5).
struct OriginRule {
  v1::DocumentOrigin origin;
  bool inherits;
};
constexpr OriginRule kOrigins[] = {
    {v1::DOCUMENT_ORIGIN_UNSPECIFIED, false}, {v1::DOCUMENT_ORIGIN_OWN, false},
    {v1::DOCUMENT_ORIGIN_JOINT_LEAD, false},  {v1::DOCUMENT_ORIGIN_JOINT_PARTNER, true},
    {v1::DOCUMENT_ORIGIN_FORWARDED, true},
};

// A date field: S-date when it is not a date, S-date-range outside 2008–2100.
absl::StatusOr<absl::CivilDay> DateOf(const v1::Date& date, absl::string_view field,
                                      absl::string_view where) {
  absl::StatusOr<absl::CivilDay> day = calendar::FromProto(date, field);
  if (day.ok()) return day;
  const Rule rule =
      day.status().code() == absl::StatusCode::kOutOfRange ? Rule::kDateRange : Rule::kDate;
  return Refuse(rule, where, day.status().message());
}

// The publication plan of a 主动公开 proposal.
absl::Status CheckPlan(const v1::SlipEvent& e, absl::CivilDay date, absl::string_view where) {
  if (!e.has_planned_disclosure()) {
    return Refuse(Rule::kPlanRequired, where,
                  "PROACTIVE needs planned_disclosure, the day it will be published");
  }
  absl::StatusOr<absl::CivilDay> planned =
      DateOf(e.planned_disclosure(), "planned_disclosure", where);
  if (!planned.ok()) return planned.status();
  if (e.planned_channels_size() == 0) {
    return Refuse(Rule::kPlanRequired, where,
                  "PROACTIVE needs at least one planned_channels entry, where it will be "
                  "published");
  }
  for (int i = 0; i < e.planned_channels_size(); ++i) {
    if (e.planned_channels(i).empty()) {
      return Refuse(Rule::kPlanRequired, where, absl::StrCat("planned_channels[", i, "] is empty"));
    }
  }
  if (*planned < date) {
    return Refuse(
        Rule::kPlanBeforeEvent, where,
        absl::StrCat("planned_disclosure (", FormatDay(*planned), ") is before the event"));
  }
  return absl::OkStatus();
}

// The attribute of a PROPOSE, PROPOSE_CHANGE or SIGN, and what it requires. For a SIGN, the
// reason and ground depend on the proposal: CheckTransition checks them.
absl::Status CheckAttribute(const v1::IssuanceSlip& slip, const v1::SlipEvent& e,
                            absl::CivilDay date, absl::string_view where) {
  const int a = e.attribute();
  if (a == v1::PUBLIC_ATTRIBUTE_UNSPECIFIED) {
    return Refuse(Rule::kAttributeRequired, where,
                  "attribute is not set: no slip proceeds without an attribute");
  }
  if (!v1::PublicAttribute_IsValid(a)) {
    return Refuse(Rule::kAttributeRequired, where,
                  absl::StrCat("attribute ", a, " is not a PublicAttribute value"));
  }
  // CheckRecord has checked the origin.
  if (Inherits(slip.origin()) && a != slip.inherited_attribute()) {
    return Refuse(
        Rule::kInheritedAttribute, where,
        absl::StrCat("origin ", OriginName(slip.origin()), " takes the attribute ",
                     AttributeName(slip.inherited_attribute()), ", not ", AttributeName(a)));
  }
  const AttributeNeeds& needs = NeedsOf(static_cast<v1::PublicAttribute>(a));
  if (e.ground() != 0 && !v1::WithholdGround_IsValid(e.ground())) {
    return Refuse(Rule::kGroundRequired, where,
                  absl::StrCat("ground ", e.ground(), " is not a WithholdGround value"));
  }
  if (e.ground() != 0 && !needs.ground) {
    return Refuse(Rule::kGroundMisplaced, where,
                  absl::StrCat("ground ", GroundName(e.ground()), " is set for ", AttributeName(a),
                               "; a ground belongs to WITHHELD only"));
  }
  if (e.action() == v1::SLIP_ACTION_SIGN) return absl::OkStatus();
  if (e.action() == v1::SLIP_ACTION_PROPOSE_CHANGE && e.reason().empty()) {
    return Refuse(Rule::kChangeReason, where,
                  "reason is empty: a change of attribute (第十八条) says why");
  }
  if (needs.reason && e.reason().empty()) {
    return Refuse(Rule::kReasonRequired, where,
                  absl::StrCat("reason is empty: ", AttributeName(a), " needs a written reason"));
  }
  if (needs.ground && e.ground() == 0) {
    return Refuse(Rule::kGroundRequired, where,
                  absl::StrCat("ground is not set: ", AttributeName(a),
                               " needs its legal ground (第十四–十六条)"));
  }
  if (needs.plan) return CheckPlan(e, date, where);
  if (e.has_planned_disclosure() || e.planned_channels_size() > 0) {
    return Refuse(Rule::kPlanMisplaced, where,
                  absl::StrCat("a publication plan is set for ", AttributeName(a),
                               "; it belongs to PROACTIVE only"));
  }
  return absl::OkStatus();
}

}  // namespace

const AttributeNeeds& NeedsOf(v1::PublicAttribute attribute) {
  for (const AttributeNeeds& n : kNeeds) {
    if (n.attribute == attribute) return n;
  }
  std::abort();  // callers pass a checked attribute; a value missing above is a build defect
}

bool Inherits(v1::DocumentOrigin origin) {
  for (const OriginRule& o : kOrigins) {
    if (o.origin == origin) return o.inherits;
  }
  std::abort();  // callers pass a checked origin
}

std::string EventWhere(const v1::IssuanceSlip& slip, const v1::SlipEvent& e, int index,
                       const absl::CivilDay* date) {
  return absl::StrCat("slip ", slip.id(), ": events[", index, "] ", ActionName(e.action()),
                      date ? absl::StrCat(" (", FormatDay(*date), ")") : "", " by ",
                      RoleName(e.role()));
}

absl::StatusOr<absl::CivilDay> CheckEventAlone(const v1::IssuanceSlip& slip, const v1::SlipEvent& e,
                                               int index) {
  const std::string undated = EventWhere(slip, e, index, nullptr);
  if (e.action() == v1::SLIP_ACTION_UNSPECIFIED) {
    return Refuse(Rule::kAction, undated, "action is not set");
  }
  if (!v1::SlipAction_IsValid(e.action())) {
    return Refuse(Rule::kAction, undated,
                  absl::StrCat("action ", e.action(), " is not a SlipAction value"));
  }
  if (e.role() == v1::SLIP_ROLE_UNSPECIFIED) return Refuse(Rule::kRole, undated, "role is not set");
  if (!v1::SlipRole_IsValid(e.role())) {
    return Refuse(Rule::kRole, undated,
                  absl::StrCat("role ", e.role(), " is not a SlipRole value"));
  }
  if (!e.has_date()) return Refuse(Rule::kDate, undated, "date is missing");
  absl::StatusOr<absl::CivilDay> date = DateOf(e.date(), "date", undated);
  if (!date.ok()) return date.status();
  const std::string where = EventWhere(slip, e, index, &*date);
  for (const Detail& d : kDetails) {
    if (d.set(e) && (d.actions & Bit(e.action())) == 0) {
      return Refuse(
          Rule::kDetailMisplaced, where,
          absl::StrCat(d.name, " does not belong to a ", ActionName(e.action()), " event"));
    }
  }
  if ((kDecides & Bit(e.action())) != 0) {
    if (absl::Status s = CheckAttribute(slip, e, *date, where); !s.ok()) return s;
  }
  if (e.action() == v1::SLIP_ACTION_RETURN && e.reason().empty()) {
    return Refuse(Rule::kReturnReason, where, "reason is empty: a RETURN says why");
  }
  return *date;
}

}  // namespace gongkai::slip
