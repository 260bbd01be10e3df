#include "notice/notice_testing.h"

#include <cstdio>

#include "cases/history/fixture.h"

namespace gongkai::notice::testing {

const calendar::Calendar& National() { return *calendar::Calendar::National(); }

v1::NoticeTemplate DistrictTemplate() {
  v1::NoticeTemplate t;
  t.set_agency_name("示范市临江区人民政府");
  t.set_number_template("临政依申〔{yyyy}〕{#}号");
  t.set_contact("联系单位：示范市临江区政务公开办公室　联系电话：0000-00000000");
  t.set_reconsideration_body("示范市人民政府");
  t.set_court("示范市临江区人民法院");
  return t;
}

v1::Application Case(absl::string_view received, const std::vector<std::string>& events) {
  v1::Application a = cases::fixture::Record(events);
  v1::Date* d = a.mutable_received();
  int y = 0, m = 0, day = 0;
  std::sscanf(std::string(received).c_str(), "%d-%d-%d", &y, &m, &day);
  d->set_year(y);
  d->set_month(m);
  d->set_day(day);
  a.mutable_applicant()->set_name("张三（虚构）");
  a.set_request("示例街道2024年度财政预算和决算");
  return a;
}

v1::NoticeRequest Request(v1::NoticeKind kind, const v1::Application& application) {
  v1::NoticeRequest r;
  r.set_kind(kind);
  *r.mutable_application() = application;
  *r.mutable_template_() = DistrictTemplate();
  v1::NoticeDetails* d = r.mutable_details();
  d->add_correction_items("请明确所申请公开政府信息的名称或者文号");
  d->set_consulted_party("示例青禾科技有限公司（虚构）");
  d->set_information("所涉信息为该公司提交的环境影响评价报告。");
  d->set_fee_standard("按件计收，每件100元");
  d->set_payment_method("通过非税收入缴款系统缴纳");
  d->set_reason("该信息涉及第三方商业秘密");
  d->set_legal_basis("本机关政府信息公开工作规定第十条");
  return r;
}

}  // namespace gongkai::notice::testing
