// ComposeNotice: each kind from the history that supports it, refused where the history does
// not, with every date from the case engine on the national calendar.
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "notice/catalog.h"
#include "notice/notice.h"
#include "notice/notice_testing.h"

namespace gongkai::notice {
namespace {

using testing::Case;
using ::testing::HasSubstr;
using testing::National;
using ::testing::Not;
using testing::Request;

std::string Text(const v1::NoticeRequest& request) {
  absl::StatusOr<std::string> text = WriteNotice(request, National());
  EXPECT_TRUE(text.ok()) << text.status().ToString();
  return text.ok() ? *text : "";
}

absl::Status Error(const v1::NoticeRequest& request) {
  return ComposeNotice(request, National()).status();
}

TEST(ComposeTest, CorrectionStatesItemsPeriodAndDueDate) {
  v1::Application a =
      Case("2019-05-20",
           {"REGISTERED 2019-05-20", "CORRECTION_REQUESTED 2019-05-22 correction_period_days=10"});
  const std::string text = Text(Request(v1::NOTICE_KIND_CORRECTION, a));
  EXPECT_THAT(text, HasSubstr("政府信息公开申请补正告知书"));
  EXPECT_THAT(text, HasSubstr("张三（虚构）："));
  EXPECT_THAT(text, HasSubstr("本机关于2019年5月20日收到"));
  EXPECT_THAT(text, HasSubstr("《中华人民共和国政府信息公开条例》第三十条"));
  EXPECT_THAT(text, HasSubstr("请明确所申请公开政府信息的名称或者文号。"));
  // Ten working days after 2019-05-22: 23, 24, 27..31, 6-3, 6-4, 6-5 (6-7 is 端午).
  EXPECT_THAT(text, HasSubstr("请您于2019年6月5日前（含当日，共10个工作日）"));
  EXPECT_THAT(text, HasSubstr("答复期限自本机关收到补正的申请之日起计算"));
  EXPECT_THAT(text, HasSubstr("视为放弃申请"));
  EXPECT_THAT(text, HasSubstr("\n2019年5月22日\n"));
}

TEST(ComposeTest, CorrectionPeriodSpansSpringFestival) {
  // 2025: 1-28..2-4 off, 1-26 and 2-8 worked. From 1-22: 23, 24, 26, 27, 2-5, 6, 7, 8, 10, 11.
  v1::Application a =
      Case("2025-01-20",
           {"REGISTERED 2025-01-20", "CORRECTION_REQUESTED 2025-01-22 correction_period_days=10"});
  absl::StatusOr<v1::Notice> n = ComposeNotice(Request(v1::NOTICE_KIND_CORRECTION, a), National());
  ASSERT_TRUE(n.ok()) << n.status();
  bool found = false;
  for (const v1::NoticeDate& d : n->dates()) {
    if (d.element() != "correction_due") continue;
    found = true;
    EXPECT_EQ(d.date().year(), 2025);
    EXPECT_EQ(d.date().month(), 2);
    EXPECT_EQ(d.date().day(), 11);
  }
  EXPECT_TRUE(found);
  EXPECT_FALSE(n->provisional());
}

TEST(ComposeTest, ExtensionAcrossNationalDay) {
  // 20 working days from 2025-09-01 end on 9-28 (a make-up Sunday); 20 more skip 10-1..10-8,
  // count 10-11 (a make-up Saturday) and end on 10-31.
  v1::Application a = Case("2025-09-01", {"REGISTERED 2025-09-01",
                                          "EXTENSION_APPROVED 2025-09-25 extension_days=20 "
                                          "approver=政务公开办公室负责人"});
  const std::string text = Text(Request(v1::NOTICE_KIND_EXTENSION, a));
  EXPECT_THAT(text, HasSubstr("经政府信息公开工作机构负责人同意"));
  EXPECT_THAT(text, HasSubstr("答复期限延长20个工作日"));
  EXPECT_THAT(text, HasSubstr("本机关将于2025年10月31日前（含当日）作出答复"));
  EXPECT_THAT(text, HasSubstr("第三十三条第二款"));
}

TEST(ComposeTest, ExtensionDuringAConsultationSaysTheDueDateMoves) {
  v1::Application a = Case(
      "2025-09-01", {"REGISTERED 2025-09-01", "CONSULTATION_STARTED 2025-09-10 party=THIRD_PARTY",
                     "EXTENSION_APPROVED 2025-09-25 extension_days=10 "
                     "approver=负责人"});
  EXPECT_THAT(Text(Request(v1::NOTICE_KIND_EXTENSION, a)),
              HasSubstr("征求意见所需时间不计算在答复期限内"));
}

TEST(ComposeTest, ConsultationNamesTheArticleOfTheParty) {
  v1::Application a = Case(
      "2019-05-20", {"REGISTERED 2019-05-20", "CONSULTATION_STARTED 2019-05-22 party=THIRD_PARTY",
                     "CONSULTATION_ANSWERED 2019-05-30 party=THIRD_PARTY",
                     "CONSULTATION_STARTED 2019-06-03 party=OTHER_AGENCY"});
  v1::NoticeRequest r = Request(v1::NOTICE_KIND_CONSULTATION, a);
  r.set_consultation(0);
  std::string text = Text(r);
  EXPECT_THAT(text, HasSubstr("示例青禾科技有限公司（虚构）："));
  EXPECT_THAT(text, Not(HasSubstr("张三")));
  EXPECT_THAT(text, HasSubstr("第三十二条"));
  EXPECT_THAT(text, HasSubstr("由本机关依照《中华人民共和国政府信息公开条例》的规定决定是否公开"));
  // 15 working days after 5-22: 5-23 … 6-13 (6-7 is 端午).
  EXPECT_THAT(text, HasSubstr("请您于2019年6月13日前（含当日）"));
  r.clear_consultation();  // the last one: another agency
  text = Text(r);
  EXPECT_THAT(text, HasSubstr("第三十四条"));
  EXPECT_THAT(text, HasSubstr("逾期未提出意见的，视为同意公开。"));
  r.set_consultation(2);
  EXPECT_EQ(Error(r).code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(Error(r).message(), HasSubstr("has 2 consultations"));
}

TEST(ComposeTest, FeeNoticeStatesAmountStandardAndPaymentDay) {
  v1::Application a = Case("2019-05-20", {"REGISTERED 2019-05-20",
                                          "FEE_NOTICE_SENT 2019-05-22 fee_fen=12345 "
                                          "fee_notice_received=2019-05-24"});
  const std::string text = Text(Request(v1::NOTICE_KIND_FEE, a));
  EXPECT_THAT(text, HasSubstr("收费数额：人民币123.45元"));
  EXPECT_THAT(text, HasSubstr("按件计收"));
  EXPECT_THAT(text, HasSubstr("国办函〔2020〕109号"));
  // 20 working days from 5-25: 5-27 … 6-24 (6-7 is 端午).
  EXPECT_THAT(text, HasSubstr("（即2019年6月24日前，含当日）"));
  EXPECT_THAT(text, HasSubstr("逾期未缴纳的，视为放弃申请"));
}

// The history each outcome needs before its decision.
std::vector<std::string> HistoryFor(v1::Outcome outcome) {
  std::vector<std::string> events = {"REGISTERED 2019-05-20"};
  if (outcome == v1::OUTCOME_NO_CORRECTION || outcome == v1::OUTCOME_UNABLE_UNCLEAR) {
    events.push_back("CORRECTION_REQUESTED 2019-05-21 correction_period_days=5");
  }
  if (outcome == v1::OUTCOME_UNABLE_UNCLEAR) events.push_back("CORRECTION_RECEIVED 2019-05-23");
  if (outcome == v1::OUTCOME_UNPAID_FEE) {
    events.push_back("FEE_NOTICE_SENT 2019-05-21 fee_fen=100 fee_notice_received=2019-05-22");
  }
  events.push_back(absl::StrCat("DECIDED 2019-06-28 outcome=",
                                v1::Outcome_Name(outcome).substr(std::string("OUTCOME_").size())));
  return events;
}

// What each reply must cite and which remedies it must name, transcribed from
// shared/spec/notices.md §2 and §3 rather than read from the catalogue that writes the text:
// 复议前置 for the 第三十六条（三） refusals (and, by docs/notices.md's documented default, for
// 部分公开); no suit where courts accept none (加工/汇总, 公开出版物: 法释〔2011〕 第二条).
struct ReplyLaw {
  v1::Outcome outcome;
  std::vector<std::string> cites;
  bool reconsideration_first;
  bool lawsuit;
};
const std::vector<ReplyLaw>& Law() {
  const std::string secret = "第三十六条第（三）项";
  static const std::vector<ReplyLaw> law = {
      {v1::OUTCOME_GRANTED, {"第三十六条第（二）项"}, false, true},
      {v1::OUTCOME_ALREADY_PUBLIC, {"第三十六条第（一）项"}, false, true},
      {v1::OUTCOME_PARTIAL, {"第三十七条"}, true, true},
      {v1::OUTCOME_REFUSED_STATE_SECRET, {secret, "第十四条"}, true, true},
      {v1::OUTCOME_REFUSED_PROHIBITED, {secret, "第十四条"}, true, true},
      {v1::OUTCOME_REFUSED_SECURITY, {secret, "第十四条"}, true, true},
      {v1::OUTCOME_REFUSED_THIRD_PARTY, {secret, "第十五条"}, true, true},
      {v1::OUTCOME_REFUSED_INTERNAL, {secret, "第十六条第一款"}, true, true},
      {v1::OUTCOME_REFUSED_PROCESS, {secret, "第十六条第二款"}, true, true},
      {v1::OUTCOME_REFUSED_ENFORCEMENT, {secret, "第十六条第二款"}, true, true},
      {v1::OUTCOME_REFUSED_INQUIRY, {"第三十六条第（七）项"}, false, true},
      {v1::OUTCOME_UNABLE_NOT_EXIST, {"第三十六条第（四）项"}, false, true},
      {v1::OUTCOME_UNABLE_NOT_THIS_AGENCY, {"第三十六条第（五）项"}, false, true},
      {v1::OUTCOME_UNABLE_NEEDS_CREATION, {"第三十八条"}, false, false},
      {v1::OUTCOME_UNABLE_UNCLEAR, {"第三十条"}, false, true},
      {v1::OUTCOME_NOT_PROCESSED_PETITION, {"第三十九条第一款"}, false, true},
      {v1::OUTCOME_NOT_PROCESSED_REPEAT, {"第三十六条第（六）项"}, false, true},
      {v1::OUTCOME_NOT_PROCESSED_PUBLICATION, {"第三十九条第二款"}, false, false},
      {v1::OUTCOME_NOT_PROCESSED_EXCESSIVE, {"第三十五条"}, false, true},
      // No article of the 条例 governs these: the caller's legal basis, or the fee rules.
      {v1::OUTCOME_NOT_PROCESSED_CONFIRMATION, {}, false, true},
      {v1::OUTCOME_NO_CORRECTION, {"第三十条"}, false, true},
      {v1::OUTCOME_UNPAID_FEE, {"国办函〔2020〕109号"}, false, true},
      {v1::OUTCOME_OTHER, {}, false, true},
  };
  return law;
}

TEST(ComposeTest, EveryOutcomeHasTheReplyTheLawAsks) {
  ASSERT_EQ(Law().size() + 2, static_cast<size_t>(v1::Outcome_MAX + 1))  // + UNSPECIFIED, WITHDRAWN
      << "an outcome is missing from the table";
  for (const ReplyLaw& law : Law()) {
    SCOPED_TRACE(v1::Outcome_Name(law.outcome));
    ASSERT_NE(FindOutcomeRule(law.outcome), nullptr) << "the catalogue lacks an outcome";
    v1::NoticeRequest r =
        Request(v1::NOTICE_KIND_REPLY, Case("2019-05-20", HistoryFor(law.outcome)));
    absl::StatusOr<v1::Notice> n = ComposeNotice(r, National());
    ASSERT_TRUE(n.ok()) << n.status();
    EXPECT_EQ(n->outcome(), law.outcome);
    std::string text;
    for (const std::string& p : n->paragraphs()) absl::StrAppend(&text, p, "\n");
    for (const std::string& cite : law.cites) EXPECT_THAT(text, HasSubstr(cite));
    EXPECT_THAT(text, HasSubstr("六十日内向示范市人民政府申请行政复议"));
    if (law.reconsideration_first) {
      EXPECT_THAT(text, HasSubstr("应当先"));
      EXPECT_THAT(text, HasSubstr("十五日内向示范市临江区人民法院提起行政诉讼"));
    } else if (law.lawsuit) {
      EXPECT_THAT(text, Not(HasSubstr("应当先")));
      EXPECT_THAT(text, HasSubstr("六个月内向示范市临江区人民法院提起行政诉讼"));
    } else {
      EXPECT_THAT(text, Not(HasSubstr("行政诉讼")));
    }
    EXPECT_EQ(n->date().month(), 6);
    EXPECT_EQ(n->date().day(), 28);
  }
}

TEST(ComposeTest, AWithdrawnApplicationHasNoReply) {
  ASSERT_NE(FindOutcomeRule(v1::OUTCOME_WITHDRAWN), nullptr);
  v1::Application a = Case("2019-05-20", {"REGISTERED 2019-05-20", "WITHDRAWN 2019-05-27"});
  absl::Status s = Error(Request(v1::NOTICE_KIND_REPLY, a));
  EXPECT_EQ(s.code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(s.message(), HasSubstr("withdrew"));
}

TEST(ComposeTest, RefusalsGiveTheCataloguesReasonUnlessTheCallerGivesOne) {
  v1::NoticeRequest r =
      Request(v1::NOTICE_KIND_REPLY, Case("2019-05-20", HistoryFor(v1::OUTCOME_REFUSED_PROCESS)));
  r.mutable_details()->clear_reason();
  EXPECT_THAT(Text(r), HasSubstr("过程性信息"));
  r.mutable_details()->set_reason("该信息系内部讨论记录");
  EXPECT_THAT(Text(r), HasSubstr("经审查，该信息系内部讨论记录。"));
}

TEST(ComposeTest, DetailsAnOutcomeRequiresAreNamedWhenMissing) {
  v1::NoticeRequest r =
      Request(v1::NOTICE_KIND_REPLY, Case("2019-05-20", HistoryFor(v1::OUTCOME_ALREADY_PUBLIC)));
  r.mutable_details()->clear_information();
  absl::Status s = Error(r);
  EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(s.message(), HasSubstr("details.information is empty"));
  r.mutable_details()->set_information("该信息已在本机关门户网站“政府信息公开”栏目公开。");
  EXPECT_TRUE(Error(r).ok());

  r = Request(v1::NOTICE_KIND_REPLY, Case("2019-05-20", HistoryFor(v1::OUTCOME_OTHER)));
  r.mutable_details()->clear_legal_basis();
  EXPECT_THAT(Error(r).message(), HasSubstr("details.legal_basis is empty"));

  r = Request(v1::NOTICE_KIND_CORRECTION,
              Case("2019-05-20", {"REGISTERED 2019-05-20",
                                  "CORRECTION_REQUESTED 2019-05-21 correction_period_days=5"}));
  r.mutable_details()->clear_correction_items();
  EXPECT_THAT(Error(r).message(), HasSubstr("details.correction_items is empty"));
  r.mutable_details()->add_correction_items("");
  EXPECT_THAT(Error(r).message(), HasSubstr("details.correction_items[0] is empty"));

  r = Request(
      v1::NOTICE_KIND_FEE,
      Case("2019-05-20", {"REGISTERED 2019-05-20",
                          "FEE_NOTICE_SENT 2019-05-21 fee_fen=1 fee_notice_received=2019-05-22"}));
  r.mutable_details()->clear_payment_method();
  EXPECT_THAT(Error(r).message(), HasSubstr("details.payment_method is empty"));
}

TEST(ComposeTest, SeveralCorrectionItemsAreNumbered) {
  v1::NoticeRequest r = Request(
      v1::NOTICE_KIND_CORRECTION,
      Case("2019-05-20",
           {"REGISTERED 2019-05-20", "CORRECTION_REQUESTED 2019-05-21 correction_period_days=5"}));
  r.mutable_details()->add_correction_items("请提供身份证明。");
  EXPECT_THAT(
      Text(r),
      HasSubstr("如下：（1）请明确所申请公开政府信息的名称或者文号；（2）请提供身份证明。"));
}

TEST(ComposeTest, NoticesTheHistoryDoesNotSupportAreRefusedWithTheRule) {
  const v1::Application registered = Case("2019-05-20", {"REGISTERED 2019-05-20"});
  struct Want {
    v1::NoticeKind kind;
    const char* rule;
  };
  for (const Want& w : std::vector<Want>{
           {v1::NOTICE_KIND_CORRECTION, "no correction request (CORRECTION_REQUESTED, 第三十条)"},
           {v1::NOTICE_KIND_EXTENSION,
            "no approved extension (EXTENSION_APPROVED, 第三十三条第二款)"},
           {v1::NOTICE_KIND_CONSULTATION, "no consultation"},
           {v1::NOTICE_KIND_FEE, "no fee notice"},
           {v1::NOTICE_KIND_REPLY, "no decision (DECIDED"}}) {
    absl::Status s = Error(Request(w.kind, registered));
    EXPECT_EQ(s.code(), absl::StatusCode::kFailedPrecondition) << s;
    EXPECT_THAT(s.message(), HasSubstr("application 2019-0042: no "));
    EXPECT_THAT(s.message(), HasSubstr(w.rule));
  }
  // Not even registered: the first event must be REGISTERED, so nothing is supported.
  EXPECT_EQ(Error(Request(v1::NOTICE_KIND_REPLY, Case("2019-05-20", {}))).code(),
            absl::StatusCode::kFailedPrecondition);
  // A reply before registration breaks the history itself.
  absl::Status s = Error(
      Request(v1::NOTICE_KIND_REPLY, Case("2019-05-20", {"DECIDED 2019-05-21 outcome=GRANTED"})));
  EXPECT_EQ(s.code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(s.message(), HasSubstr("the first event must be REGISTERED"));
  // A second extension, too.
  s = Error(Request(
      v1::NOTICE_KIND_EXTENSION,
      Case("2019-05-20",
           {"REGISTERED 2019-05-20", "EXTENSION_APPROVED 2019-06-10 extension_days=5 approver=a",
            "EXTENSION_APPROVED 2019-06-11 extension_days=5 approver=a"})));
  EXPECT_EQ(s.code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(s.message(), HasSubstr("extended only once"));
}

TEST(ComposeTest, TheNumberFollowsTheScheme) {
  v1::NoticeRequest r =
      Request(v1::NOTICE_KIND_REPLY, Case("2019-05-20", HistoryFor(v1::OUTCOME_GRANTED)));
  r.set_serial(7);
  EXPECT_EQ(ComposeNotice(r, National())->number(), "临政依申〔2019〕7号");
  v1::NoticeKindTemplate* k = r.mutable_template_()->add_kinds();
  k->set_kind(v1::NOTICE_KIND_REPLY);
  k->set_number_template("临政公复〔{yyyy}〕{nnn}号");
  EXPECT_EQ(ComposeNotice(r, National())->number(), "临政公复〔2019〕007号");
  r.set_serial(1000);
  EXPECT_EQ(Error(r).code(), absl::StatusCode::kOutOfRange);
  r.set_serial(-1);
  EXPECT_EQ(Error(r).code(), absl::StatusCode::kInvalidArgument);
  r.set_serial(0);
  EXPECT_EQ(ComposeNotice(r, National())->number(), "");
}

TEST(ComposeTest, BadRequestsNameTheField) {
  const v1::Application a = Case("2019-05-20", HistoryFor(v1::OUTCOME_GRANTED));
  v1::NoticeRequest r = Request(v1::NOTICE_KIND_UNSPECIFIED, a);
  EXPECT_THAT(Error(r).message(), HasSubstr("kind: 0 is not a notice kind"));
  r = Request(static_cast<v1::NoticeKind>(99), a);
  EXPECT_EQ(Error(r).code(), absl::StatusCode::kInvalidArgument);
  r = Request(v1::NOTICE_KIND_REPLY, a);
  r.set_format(static_cast<v1::NoticeFormat>(9));
  EXPECT_THAT(Error(r).message(), HasSubstr("format: 9"));

  r = Request(v1::NOTICE_KIND_REPLY, a);
  r.mutable_template_()->clear_reconsideration_body();
  EXPECT_THAT(Error(r).message(), HasSubstr("template.reconsideration_body is empty"));
  r = Request(v1::NOTICE_KIND_REPLY, a);
  r.mutable_template_()->clear_agency_name();
  EXPECT_THAT(Error(r).message(), HasSubstr("template.agency_name is empty"));

  r = Request(v1::NOTICE_KIND_REPLY, a);
  r.mutable_application()->mutable_applicant()->clear_name();
  EXPECT_THAT(Error(r).message(), HasSubstr("application.applicant.name is empty"));
  r = Request(v1::NOTICE_KIND_REPLY, a);
  r.mutable_application()->clear_request();
  EXPECT_THAT(Error(r).message(), HasSubstr("application.request is empty"));

  // Control characters and broken UTF-8 are refused, naming the field and never the text.
  r = Request(v1::NOTICE_KIND_REPLY, a);
  r.mutable_application()->mutable_applicant()->set_name(std::string("张三\x01", 7));
  absl::Status s = Error(r);
  // docs/notices.md, "Personal data", quotes this message.
  EXPECT_THAT(s.message(),
              HasSubstr("application.applicant.name: has a control character at byte 6"));
  EXPECT_THAT(s.message(), Not(HasSubstr("张三")));
  r = Request(v1::NOTICE_KIND_REPLY, a);
  r.mutable_details()->set_information("\xff\xfe");
  EXPECT_THAT(Error(r).message(), HasSubstr("details.information: not UTF-8 at byte 0"));
  // Line breaks in free text become spaces: a request typed over two lines is one paragraph.
  r = Request(v1::NOTICE_KIND_REPLY, a);
  r.mutable_application()->set_request("第一行\r\n第二行");
  EXPECT_THAT(Text(r), HasSubstr("“第一行 第二行”"));

  // A history that breaks the record's own rules keeps the history's error.
  r = Request(v1::NOTICE_KIND_REPLY, a);
  r.mutable_application()->mutable_received()->set_month(13);
  EXPECT_EQ(Error(r).code(), absl::StatusCode::kInvalidArgument);
}

TEST(ComposeTest, ADateBeyondTheCalendarIsMarkedProvisional) {
  // No schedule is published for 2101; the period runs past the last covered year? The
  // calendar covers up to its last layer's year, so a late-December request in that year is
  // counted by the weekday rule into the next.
  v1::Application a =
      Case("2026-12-21",
           {"REGISTERED 2026-12-21", "CORRECTION_REQUESTED 2026-12-23 correction_period_days=15"});
  absl::StatusOr<v1::Notice> n = ComposeNotice(Request(v1::NOTICE_KIND_CORRECTION, a), National());
  ASSERT_TRUE(n.ok()) << n.status();
  EXPECT_TRUE(n->provisional());
}

TEST(ComposeTest, EveryRenderingShowsTheSameLines) {
  v1::NoticeRequest r =
      Request(v1::NOTICE_KIND_REPLY, Case("2019-05-20", HistoryFor(v1::OUTCOME_PARTIAL)));
  r.set_format(v1::NOTICE_FORMAT_HTML);
  absl::StatusOr<std::string> html = WriteNotice(r, National());
  ASSERT_TRUE(html.ok()) << html.status();
  EXPECT_THAT(*html, HasSubstr("size: A4"));
  EXPECT_THAT(*html, HasSubstr("<p class=\"title\">政府信息公开申请答复书</p>"));
  EXPECT_THAT(*html, HasSubstr("第三十七条"));
  r.mutable_application()->mutable_applicant()->set_name("<b>&");
  html = WriteNotice(r, National());
  ASSERT_TRUE(html.ok());
  EXPECT_THAT(*html, HasSubstr("&lt;b&gt;&amp;："));
}

}  // namespace
}  // namespace gongkai::notice
