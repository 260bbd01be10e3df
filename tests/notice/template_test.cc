// Templates: parsing, the elements the law requires of each kind, and an agency's own wording
// in the composed notice.
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "notice/notice.h"
#include "notice/notice_testing.h"
#include "notice/template.h"

namespace gongkai::notice {
namespace {

using testing::Case;
using testing::DistrictTemplate;
using ::testing::HasSubstr;
using testing::National;
using testing::Request;

TEST(TemplateTest, ParsesElementsAndLiteralBraces) {
  absl::StatusOr<Pieces> p = ParseTemplate("于{received}收到。{{不是元素}}", "t");
  ASSERT_TRUE(p.ok()) << p.status();
  ASSERT_EQ(p->size(), 3u);
  EXPECT_EQ((*p)[0].text, "于");
  EXPECT_TRUE((*p)[1].element);
  EXPECT_EQ((*p)[1].text, "received");
  EXPECT_EQ((*p)[2].text, "收到。{不是元素}");
}

TEST(TemplateTest, BadTextNamesTheFieldAndTheByte) {
  struct Bad {
    std::string text;
    const char* why;
  };
  for (const Bad& b : std::vector<Bad>{{"收到{received", "unclosed '{' at byte 6"},
                                       {"收到{rec\neived}", "unclosed '{' at byte 6"},
                                       {"收到}", "a '}' without its '{' at byte 6"},
                                       {"收到{}", "an empty {} at byte 6"},
                                       {"{名字}", "names no element: {\\xe5\\x90\\x8d"},
                                       {std::string("a\0b", 3), "control character at byte 1"},
                                       {"a\tb", "control character at byte 1"},
                                       {"\xe5\x90", "not UTF-8 at byte 0"},
                                       {std::string(kMaxTemplateBytes + 1, 'a'), "65537 bytes"}}) {
    absl::StatusOr<Pieces> p = ParseTemplate(b.text, "template.kinds[0].body");
    EXPECT_EQ(p.status().code(), absl::StatusCode::kInvalidArgument) << b.why;
    EXPECT_THAT(p.status().message(), HasSubstr("template.kinds[0].body: "));
    EXPECT_THAT(p.status().message(), HasSubstr(b.why));
  }
}

v1::NoticeTemplate WithBody(v1::NoticeKind kind, const std::string& body) {
  v1::NoticeTemplate t = DistrictTemplate();
  v1::NoticeKindTemplate* k = t.add_kinds();
  k->set_kind(kind);
  k->set_body(body);
  return t;
}

TEST(TemplateTest, ATemplateThatDropsARequiredElementIsRefusedNamingIt) {
  absl::Status s = CheckTemplate(WithBody(v1::NOTICE_KIND_CORRECTION,
                                          "{received}{basis}{correction_items}{correction_restart}"
                                          "{correction_consequence}{agency}{date}"));
  EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(s.message(),
              HasSubstr("template.kinds[0].body: drops {correction_due} (补正期限的最后一日), "
                        "which a 政府信息公开申请补正告知书 must contain"));
  s = CheckTemplate(WithBody(v1::NOTICE_KIND_REPLY, "{received}{decision}{agency}{date}"));
  EXPECT_THAT(s.message(), HasSubstr("drops {remedy} (救济途径)"));
  s = CheckTemplate(
      WithBody(v1::NOTICE_KIND_EXTENSION,
               "{received}{extension_approval}{extension_days}{reply_due}{agency}{date}"));
  EXPECT_THAT(s.message(), HasSubstr("drops {basis} (法律依据)"));
}

TEST(TemplateTest, AnElementTheKindDoesNotHaveIsRefused) {
  absl::Status s = CheckTemplate(
      WithBody(v1::NOTICE_KIND_REPLY, "{received}{decision}{remedy}{agency}{date}{fee_amount}"));
  EXPECT_THAT(s.message(),
              HasSubstr("names {fee_amount} (收费数额), which a 政府信息公开申请答复书 "
                        "does not have"));
}

TEST(TemplateTest, DecisionsKeepTheirCitationAndDetails) {
  v1::NoticeTemplate t = DistrictTemplate();
  v1::NoticeOutcomeTemplate* o = t.add_outcomes();
  o->set_outcome(v1::OUTCOME_UNABLE_NOT_EXIST);
  o->set_decision("经查，该信息不存在。");
  EXPECT_THAT(CheckTemplate(t).message(),
              HasSubstr("template.outcomes[0].decision: drops {article} (引用的条款)"));
  o->set_outcome(v1::OUTCOME_ALREADY_PUBLIC);
  o->set_decision("根据{article}，已公开。");
  EXPECT_THAT(CheckTemplate(t).message(), HasSubstr("drops {information}"));
  o->set_outcome(v1::OUTCOME_WITHDRAWN);
  EXPECT_THAT(CheckTemplate(t).message(), HasSubstr("not an outcome that has a reply"));
  o->set_outcome(v1::OUTCOME_GRANTED);
  o->set_decision("根据{article}，提供。{remedy}");
  EXPECT_THAT(CheckTemplate(t).message(), HasSubstr("names {remedy}"));
}

TEST(TemplateTest, DuplicatesUnknownKindsAndBadNumbersAreRefused) {
  v1::NoticeTemplate t = DistrictTemplate();
  t.add_kinds()->set_kind(v1::NOTICE_KIND_FEE);
  t.add_kinds()->set_kind(v1::NOTICE_KIND_FEE);
  EXPECT_THAT(CheckTemplate(t).message(),
              HasSubstr("template.kinds[1]: a second template for fee"));
  t = DistrictTemplate();
  t.add_kinds()->set_kind(static_cast<v1::NoticeKind>(99));
  EXPECT_THAT(CheckTemplate(t).message(), HasSubstr("template.kinds[0].kind: 99"));
  t = DistrictTemplate();
  t.set_number_template("临政〔{yyyy}〕号");
  EXPECT_THAT(CheckTemplate(t).message(), HasSubstr("template.number_template: "));
  EXPECT_THAT(CheckTemplate(t).message(), HasSubstr("one serial"));
  t = DistrictTemplate();
  t.set_agency_name("示范市\n临江区");
  EXPECT_THAT(CheckTemplate(t).message(), HasSubstr("template.agency_name: has a control"));
  EXPECT_TRUE(CheckTemplate(DistrictTemplate()).ok());
  EXPECT_TRUE(CheckTemplate(v1::NoticeTemplate()).ok());  // empty: the catalogue's wording
}

TEST(TemplateTest, ReconsiderationFirstIsTheTemplatesChoiceOnlyWhereTheLawIsSilent) {
  v1::NoticeRequest r =
      Request(v1::NOTICE_KIND_REPLY,
              Case("2019-05-20", {"REGISTERED 2019-05-20", "DECIDED 2019-06-03 outcome=PARTIAL"}));
  absl::StatusOr<std::string> text = WriteNotice(r, National());
  ASSERT_TRUE(text.ok()) << text.status();
  EXPECT_THAT(*text, HasSubstr("应当先"));  // the default, 国办函〔2021〕132号's reading
  v1::NoticeOutcomeTemplate* o = r.mutable_template_()->add_outcomes();
  o->set_outcome(v1::OUTCOME_PARTIAL);
  o->set_reconsideration_first(false);
  text = WriteNotice(r, National());
  ASSERT_TRUE(text.ok()) << text.status();
  EXPECT_THAT(*text, ::testing::Not(HasSubstr("应当先")));
  EXPECT_THAT(*text, HasSubstr("六个月内向示范市临江区人民法院提起行政诉讼"));
  absl::StatusOr<v1::NoticeCheck> check = CheckNoticeText(*text, r, National());
  ASSERT_TRUE(check.ok()) << check.status();
  EXPECT_EQ(check->findings_size(), 0);

  o->set_outcome(v1::OUTCOME_REFUSED_STATE_SECRET);
  absl::Status s = CheckTemplate(r.template_());
  EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(s.message(), HasSubstr("template.outcomes[0].reconsideration_first: the law settles "
                                     "复议前置 for OUTCOME_REFUSED_STATE_SECRET"));
}

TEST(TemplateTest, AnAgencysWordingIsUsed) {
  v1::NoticeRequest r = Request(
      v1::NOTICE_KIND_REPLY,
      Case("2019-05-20", {"REGISTERED 2019-05-20", "DECIDED 2019-06-03 outcome=UNABLE_NOT_EXIST"}));
  v1::NoticeTemplate* t = r.mutable_template_();
  t->set_letterhead("示范市临江区人民政府办公室");
  v1::NoticeKindTemplate* k = t->add_kinds();
  k->set_kind(v1::NOTICE_KIND_REPLY);
  k->set_title("政府信息公开答复告知书");
  k->set_body(
      "{applicant}于{received}向本机关申请公开{request}。\n{decision}\n{remedy}\n{agency}\n{date}");
  v1::NoticeOutcomeTemplate* o = t->add_outcomes();
  o->set_outcome(v1::OUTCOME_UNABLE_NOT_EXIST);
  o->set_decision("经本机关检索，未找到该信息。根据{article}的规定，告知如上。");
  absl::StatusOr<std::string> text = WriteNotice(r, National());
  ASSERT_TRUE(text.ok()) << text.status();
  EXPECT_THAT(*text, HasSubstr("示范市临江区人民政府办公室\n政府信息公开答复告知书\n"));
  EXPECT_THAT(*text, HasSubstr("张三（虚构）于2019年5月20日向本机关申请公开“示例街道"));
  EXPECT_THAT(*text, HasSubstr("经本机关检索，未找到该信息。根据《中华人民共和国政府信息公开条例》"
                               "第三十六条第（四）项的规定"));
  EXPECT_THAT(*text, HasSubstr("六个月内"));
}

}  // namespace
}  // namespace gongkai::notice
