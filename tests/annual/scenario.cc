#include "scenario.h"

#include "calendar/calendar.h"
#include "cases/history.h"
#include "slip/slip.h"

namespace gongkai::annual::testing {
namespace {

v1::Date D(int y, int m, int d) { return calendar::ToProto(absl::CivilDay(y, m, d)); }

v1::SlipEvent SlipStep(v1::SlipAction action, v1::SlipRole role, v1::Date date,
                       v1::PublicAttribute attribute = v1::PUBLIC_ATTRIBUTE_UNSPECIFIED) {
  v1::SlipEvent e;
  e.set_action(action);
  e.set_role(role);
  *e.mutable_date() = date;
  e.set_attribute(attribute);
  if (attribute == v1::PUBLIC_ATTRIBUTE_PROACTIVE && action != v1::SLIP_ACTION_SIGN) {
    *e.mutable_planned_disclosure() = date;
    e.add_planned_channels("政府网站");
  }
  if (attribute == v1::PUBLIC_ATTRIBUTE_ON_REQUEST || action == v1::SLIP_ACTION_PROPOSE_CHANGE) {
    e.set_reason("涉及具体个人事项，依申请公开");
  }
  return e;
}

void Grow(v1::IssuanceSlip* slip, const v1::SlipEvent& event) {
  absl::StatusOr<v1::IssuanceSlip> next = slip::ApplySlipEvent(*slip, event);
  ASSERT_TRUE(next.ok()) << next.status();
  *slip = *std::move(next);
}

// The common workflow from proposal to signature, all on `day`..day+3.
v1::IssuanceSlip Signed(const std::string& id, absl::CivilDay day, v1::PublicAttribute attribute) {
  v1::IssuanceSlip s;
  s.set_id(id);
  s.set_agency_id(kAgencyId);
  s.set_title("关于印发某某办法的通知");
  Grow(&s, SlipStep(v1::SLIP_ACTION_PROPOSE, v1::SLIP_ROLE_DRAFTING_UNIT, calendar::ToProto(day),
                    attribute));
  Grow(&s, SlipStep(v1::SLIP_ACTION_APPROVE, v1::SLIP_ROLE_DISCLOSURE_OFFICE,
                    calendar::ToProto(day + 1)));
  Grow(&s, SlipStep(v1::SLIP_ACTION_PASS_SECRECY, v1::SLIP_ROLE_SECRECY_REVIEWER,
                    calendar::ToProto(day + 2)));
  Grow(&s,
       SlipStep(v1::SLIP_ACTION_SIGN, v1::SLIP_ROLE_SIGNER, calendar::ToProto(day + 3), attribute));
  return s;
}

v1::Disclosure Document(const std::string& id, const std::string& index, v1::Date generated,
                        v1::DocumentKind kind, const std::string& slip_id) {
  v1::Disclosure d;
  d.set_id(id);
  d.set_agency_id(kAgencyId);
  d.set_index_number(index);
  d.set_title("文件");
  *d.mutable_generated() = generated;
  *d.mutable_written() = generated;
  d.set_kind(kind);
  d.set_attribute(v1::PUBLIC_ATTRIBUTE_PROACTIVE);
  d.set_slip_id(slip_id);
  return d;
}

void Publish(v1::Disclosure* d, v1::PublicationChannel channel, v1::Date date) {
  v1::Publication* p = d->add_publications();
  p->set_channel(channel);
  *p->mutable_date() = date;
}

v1::Event Ev(v1::EventType type, v1::Date date) {
  v1::Event e;
  e.set_type(type);
  *e.mutable_date() = date;
  e.set_actor("区政府办公室");
  return e;
}

v1::Event Decided(v1::Date date, v1::Outcome outcome) {
  v1::Event e = Ev(v1::EVENT_TYPE_DECIDED, date);
  e.set_outcome(outcome);
  return e;
}

void Grow(v1::Application* a, const v1::Event& e) {
  absl::StatusOr<v1::Application> next = cases::ApplyEvent(*a, e, *calendar::Calendar::National());
  ASSERT_TRUE(next.ok()) << next.status();
  *a = *std::move(next);
}

v1::Application Applied(const std::string& id, v1::Date received, v1::ApplicantCategory category) {
  v1::Application a;
  a.set_id(id);
  a.set_agency_id(kAgencyId);
  a.mutable_applicant()->set_category(category);
  a.mutable_applicant()->set_name("张某");
  a.set_channel(v1::CHANNEL_ONLINE);
  *a.mutable_received() = received;
  a.set_request("申请公开某项目的批复文件");
  Grow(&a, Ev(v1::EVENT_TYPE_REGISTERED, received));
  return a;
}

}  // namespace

v1::AnnualRequest Request() {
  return Json<v1::AnnualRequest>(R"json({
    "agency": {"id": "11110105MB0000000X", "name": "示范市临江区人民政府", "level": "AGENCY_LEVEL_COUNTY"},
    "year": 2025,
    "entered": {
      "cells": [
        {"key": "t2.item5.licensing.decisions", "count": "1520", "provenance": {"source": "SOURCE_ENTERED", "detail": "审批系统"}},
        {"key": "t2.item6.penalty.decisions", "count": "310"},
        {"key": "t2.item6.compulsion.decisions", "count": "12"},
        {"key": "t2.item8.fees.amount", "amount": {"units": "1235", "scale": 2}}
      ],
      "overview": "2025年，临江区坚持以公开为常态、不公开为例外。",
      "problems": "政策解读形式仍较单一。",
      "otherMatters": "本年度未收取信息处理费。"
    }
  })json");
}

Scenario Build() {
  Scenario s;
  // Slips: a normative document signed 主动公开, a withheld one, and one changed later (第十八条).
  s.slips.push_back(Signed("S-01", absl::CivilDay(2025, 2, 24), v1::PUBLIC_ATTRIBUTE_PROACTIVE));
  v1::IssuanceSlip withheld;
  withheld.set_id("S-02");
  withheld.set_agency_id(kAgencyId);
  v1::SlipEvent propose = SlipStep(v1::SLIP_ACTION_PROPOSE, v1::SLIP_ROLE_DRAFTING_UNIT,
                                   D(2025, 4, 1), v1::PUBLIC_ATTRIBUTE_WITHHELD);
  propose.set_reason("属于内部事务信息");
  propose.set_ground(v1::WITHHOLD_GROUND_INTERNAL_AFFAIRS);
  Grow(&withheld, propose);
  Grow(&withheld,
       SlipStep(v1::SLIP_ACTION_APPROVE, v1::SLIP_ROLE_DISCLOSURE_OFFICE, D(2025, 4, 2)));
  Grow(&withheld,
       SlipStep(v1::SLIP_ACTION_PASS_SECRECY, v1::SLIP_ROLE_SECRECY_REVIEWER, D(2025, 4, 2)));
  v1::SlipEvent sign = SlipStep(v1::SLIP_ACTION_SIGN, v1::SLIP_ROLE_SIGNER, D(2025, 4, 3),
                                v1::PUBLIC_ATTRIBUTE_WITHHELD);
  Grow(&withheld, sign);
  s.slips.push_back(withheld);
  v1::IssuanceSlip changed =
      Signed("S-03", absl::CivilDay(2025, 1, 6), v1::PUBLIC_ATTRIBUTE_ON_REQUEST);
  Grow(&changed, SlipStep(v1::SLIP_ACTION_PROPOSE_CHANGE, v1::SLIP_ROLE_DRAFTING_UNIT,
                          D(2025, 6, 2), v1::PUBLIC_ATTRIBUTE_PROACTIVE));
  Grow(&changed, SlipStep(v1::SLIP_ACTION_APPROVE, v1::SLIP_ROLE_DISCLOSURE_OFFICE, D(2025, 6, 3)));
  Grow(&changed,
       SlipStep(v1::SLIP_ACTION_PASS_SECRECY, v1::SLIP_ROLE_SECRECY_REVIEWER, D(2025, 6, 4)));
  Grow(&changed, SlipStep(v1::SLIP_ACTION_SIGN, v1::SLIP_ROLE_SIGNER, D(2025, 6, 5),
                          v1::PUBLIC_ATTRIBUTE_PROACTIVE));
  s.slips.push_back(changed);

  // Disclosures.
  v1::Disclosure normative = Document("D-01", "11110105MB0000000X/2025-00001", D(2025, 3, 3),
                                      v1::DOCUMENT_KIND_NORMATIVE_DOCUMENT, "S-01");
  Publish(&normative, v1::PUBLICATION_CHANNEL_PORTAL, D(2025, 3, 10));
  Publish(&normative, v1::PUBLICATION_CHANNEL_NEW_MEDIA, D(2025, 3, 11));
  v1::Companion* reading = normative.add_companions();
  reading->set_kind(v1::COMPANION_KIND_INTERPRETATION);
  reading->set_title("《某某办法》政策解读");
  v1::Publication* p = reading->add_publications();
  p->set_channel(v1::PUBLICATION_CHANNEL_PORTAL);
  *p->mutable_date() = D(2025, 3, 10);
  s.disclosures.push_back(normative);

  v1::Disclosure internal = Document("D-02", "11110105MB0000000X/2025-00002", D(2025, 4, 3),
                                     v1::DOCUMENT_KIND_OTHER, "S-02");
  internal.set_attribute(v1::PUBLIC_ATTRIBUTE_WITHHELD);
  s.disclosures.push_back(internal);

  // Published after the change of attribute, and late: formed 2025-06-05, due 2025-07-03.
  v1::Disclosure late = Document("D-03", "11110105MB0000000X/2025-00003", D(2025, 6, 5),
                                 v1::DOCUMENT_KIND_OTHER, "S-03");
  Publish(&late, v1::PUBLICATION_CHANNEL_PORTAL, D(2025, 7, 8));
  s.disclosures.push_back(late);

  // A normative document of 2023, repealed in 2025; and a rule still in force.
  v1::Disclosure repealed = Document("D-04", "11110105MB0000000X/2023-00017", D(2023, 5, 4),
                                     v1::DOCUMENT_KIND_NORMATIVE_DOCUMENT, "");
  Publish(&repealed, v1::PUBLICATION_CHANNEL_GAZETTE, D(2023, 5, 12));
  *repealed.mutable_repealed() = D(2025, 6, 30);
  s.disclosures.push_back(repealed);
  v1::Disclosure rule =
      Document("D-05", "11110105MB0000000X/2024-00031", D(2024, 9, 2), v1::DOCUMENT_KIND_RULE, "");
  Publish(&rule, v1::PUBLICATION_CHANNEL_PORTAL, D(2024, 9, 6));
  s.disclosures.push_back(rule);

  // Applications.
  v1::Application corrected = Applied("A-01", D(2025, 3, 3), v1::APPLICANT_CATEGORY_NATURAL_PERSON);
  v1::Event correction = Ev(v1::EVENT_TYPE_CORRECTION_REQUESTED, D(2025, 3, 5));
  correction.set_correction_period_days(10);
  Grow(&corrected, correction);
  Grow(&corrected, Ev(v1::EVENT_TYPE_CORRECTION_RECEIVED, D(2025, 3, 12)));
  Grow(&corrected, Decided(D(2025, 4, 8), v1::OUTCOME_GRANTED));
  Grow(&corrected, Ev(v1::EVENT_TYPE_DELIVERED, D(2025, 4, 9)));
  Grow(&corrected, Ev(v1::EVENT_TYPE_ARCHIVED, D(2025, 4, 10)));
  s.applications.push_back(corrected);

  v1::Application objected = Applied("A-02", D(2025, 5, 6), v1::APPLICANT_CATEGORY_COMMERCIAL);
  v1::Event consult = Ev(v1::EVENT_TYPE_CONSULTATION_STARTED, D(2025, 5, 8));
  consult.set_party(v1::CONSULTATION_PARTY_THIRD_PARTY);
  Grow(&objected, consult);
  v1::Event answer = Ev(v1::EVENT_TYPE_CONSULTATION_ANSWERED, D(2025, 5, 20));
  answer.set_party(v1::CONSULTATION_PARTY_THIRD_PARTY);
  answer.set_objected(true);
  Grow(&objected, answer);
  Grow(&objected, Decided(D(2025, 5, 30), v1::OUTCOME_REFUSED_THIRD_PARTY));
  s.applications.push_back(objected);

  v1::Application extended = Applied("A-03", D(2025, 8, 4), v1::APPLICANT_CATEGORY_NATURAL_PERSON);
  v1::Event extension = Ev(v1::EVENT_TYPE_EXTENSION_APPROVED, D(2025, 8, 25));
  extension.set_extension_days(20);
  extension.set_approver("区政府办公室主任");
  Grow(&extended, extension);
  Grow(&extended, Decided(D(2025, 9, 19), v1::OUTCOME_PARTIAL));
  s.applications.push_back(extended);

  v1::Application carried = Applied("A-04", D(2024, 12, 23), v1::APPLICANT_CATEGORY_LEGAL_SERVICES);
  Grow(&carried, Decided(D(2025, 1, 10), v1::OUTCOME_GRANTED));
  s.applications.push_back(carried);

  s.applications.push_back(Applied("A-05", D(2025, 12, 22), v1::APPLICANT_CATEGORY_NATURAL_PERSON));

  v1::Application abandoned = Applied("A-06", D(2025, 6, 9), v1::APPLICANT_CATEGORY_NATURAL_PERSON);
  v1::Event notice = Ev(v1::EVENT_TYPE_CORRECTION_REQUESTED, D(2025, 6, 10));
  notice.set_correction_period_days(10);
  Grow(&abandoned, notice);
  Grow(&abandoned, Decided(D(2025, 7, 1), v1::OUTCOME_NO_CORRECTION));
  s.applications.push_back(abandoned);

  v1::Application withdrawn = Applied("A-07", D(2025, 10, 13), v1::APPLICANT_CATEGORY_RESEARCH);
  Grow(&withdrawn, Ev(v1::EVENT_TYPE_WITHDRAWN, D(2025, 10, 20)));
  s.applications.push_back(withdrawn);

  // Remedies: one upheld, one lawsuit pending at year end.
  s.remedies.push_back(Json<v1::Remedy>(R"json({"id": "R-01", "agencyId": "11110105MB0000000X",
      "kind": "REMEDY_KIND_RECONSIDERATION", "applicationId": "A-02",
      "filed": {"year": 2025, "month": 6, "day": 16}, "concluded": {"year": 2025, "month": 8, "day": 14},
      "result": "REMEDY_RESULT_UPHELD", "body": "示范市人民政府"})json"));
  s.remedies.push_back(Json<v1::Remedy>(R"json({"id": "R-02", "agencyId": "11110105MB0000000X",
      "kind": "REMEDY_KIND_DIRECT_LAWSUIT", "applicationId": "A-03",
      "filed": {"year": 2025, "month": 11, "day": 3}, "body": "示范市临江区人民法院"})json"));
  return s;
}

}  // namespace gongkai::annual::testing
