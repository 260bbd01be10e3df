// CheckNoticeText: the notices WriteNotice renders check clean; edited ones give the finding
// that names what the edit broke.
#include <string>
#include <vector>

#include "absl/strings/str_replace.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "notice/notice.h"
#include "notice/notice_testing.h"

namespace gongkai::notice {
namespace {

using testing::Case;
using ::testing::Contains;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using testing::National;
using ::testing::Not;
using testing::Request;

const std::vector<std::string> kCorrection = {
    "REGISTERED 2019-05-20", "CORRECTION_REQUESTED 2019-05-22 correction_period_days=10"};

v1::NoticeRequest Reply(const std::string& outcome) {
  return Request(
      v1::NOTICE_KIND_REPLY,
      Case("2019-05-20", {"REGISTERED 2019-05-20", "DECIDED 2019-06-03 outcome=" + outcome}));
}

std::string Text(const v1::NoticeRequest& request) {
  absl::StatusOr<std::string> text = WriteNotice(request, National());
  EXPECT_TRUE(text.ok()) << text.status();
  return text.ok() ? *text : "";
}

v1::NoticeCheck Check(absl::string_view text, const v1::NoticeRequest& request) {
  absl::StatusOr<v1::NoticeCheck> check = CheckNoticeText(text, request, National());
  EXPECT_TRUE(check.ok()) << check.status();
  return check.ok() ? *check : v1::NoticeCheck();
}

std::vector<std::string> Codes(const v1::NoticeCheck& check) {
  std::vector<std::string> codes;
  for (const v1::NoticeFinding& f : check.findings()) codes.push_back(f.code());
  return codes;
}

const v1::NoticeFinding* Find(const v1::NoticeCheck& check, absl::string_view code) {
  for (const v1::NoticeFinding& f : check.findings()) {
    if (f.code() == code) return &f;
  }
  return nullptr;
}

TEST(CheckTest, EveryKindAsWrittenChecksClean) {
  const std::vector<std::pair<v1::NoticeKind, std::vector<std::string>>> cases = {
      {v1::NOTICE_KIND_CORRECTION, kCorrection},
      {v1::NOTICE_KIND_EXTENSION,
       {"REGISTERED 2019-05-20",
        "EXTENSION_APPROVED 2019-06-03 extension_days=20 "
        "approver=office-head"}},
      {v1::NOTICE_KIND_CONSULTATION,
       {"REGISTERED 2019-05-20", "CONSULTATION_STARTED 2019-05-24 party=THIRD_PARTY"}},
      {v1::NOTICE_KIND_CONSULTATION,
       {"REGISTERED 2019-05-20", "CONSULTATION_STARTED 2019-05-24 party=OTHER_AGENCY"}},
      {v1::NOTICE_KIND_FEE,
       {"REGISTERED 2019-05-20",
        "FEE_NOTICE_SENT 2019-05-24 fee_fen=10000 fee_notice_received=2019-05-27"}},
      {v1::NOTICE_KIND_REPLY, {"REGISTERED 2019-05-20", "DECIDED 2019-06-03 outcome=GRANTED"}},
  };
  for (const auto& [kind, events] : cases) {
    const v1::NoticeRequest r = Request(kind, Case("2019-05-20", events));
    const std::string text = Text(r);
    const v1::NoticeCheck check = Check(text, r);
    EXPECT_THAT(Codes(check), IsEmpty()) << KindName(kind) << "\n" << text;
    EXPECT_EQ(check.kind(), kind);
  }
}

TEST(CheckTest, RepliesOfSeveralOutcomesCheckClean) {
  for (const std::string outcome :
       {"GRANTED", "ALREADY_PUBLIC", "PARTIAL", "REFUSED_STATE_SECRET", "REFUSED_PROCESS",
        "UNABLE_NOT_EXIST", "UNABLE_NEEDS_CREATION", "NOT_PROCESSED_PETITION",
        "NOT_PROCESSED_PUBLICATION", "NOT_PROCESSED_EXCESSIVE", "OTHER"}) {
    const v1::NoticeRequest r = Reply(outcome);
    const std::string text = Text(r);
    EXPECT_THAT(Codes(Check(text, r)), IsEmpty()) << outcome << "\n" << text;
  }
}

TEST(CheckTest, AnotherOutcomesItemIsAWrongArticle) {
  const v1::NoticeRequest r = Reply("GRANTED");
  const std::string text =
      absl::StrReplaceAll(Text(r), {{"第三十六条第（二）项", "第三十六条第（一）项"}});
  const v1::NoticeCheck check = Check(text, r);
  const v1::NoticeFinding* f = Find(check, "wrong-article");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->found(), "第三十六条第（一）项");
  EXPECT_EQ(f->expected(), "第三十六条第（二）项");
  EXPECT_THAT(Codes(check), Contains("missing-article"));
}

TEST(CheckTest, CitationFormsAreRead) {
  const v1::NoticeRequest r = Reply("REFUSED_PROCESS");
  for (const std::string form : {"第三十六条（三）", "第三十六条第三项", "第三十六条第(三)项"}) {
    const std::string text = absl::StrReplaceAll(Text(r), {{"第三十六条第（三）项", form}});
    EXPECT_THAT(Codes(Check(text, r)), IsEmpty()) << form;
  }
  // 第十六条 alone is less than the 第二款 the outcome cites.
  const std::string text = absl::StrReplaceAll(Text(r), {{"第十六条第二款", "第十六条"}});
  const v1::NoticeCheck check = Check(text, r);
  const v1::NoticeFinding* f = Find(check, "missing-article");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->expected(), "第十六条第二款");
}

TEST(CheckTest, CorrectionDueDateOffByOneDay) {
  const v1::NoticeRequest r = Request(v1::NOTICE_KIND_CORRECTION, Case("2019-05-20", kCorrection));
  const std::string text = absl::StrReplaceAll(Text(r), {{"2019年6月5日", "2019年6月6日"}});
  const v1::NoticeCheck check = Check(text, r);
  ASSERT_EQ(check.findings_size(), 2) << check.DebugString();
  EXPECT_EQ(check.findings(0).code(), "missing-date");
  EXPECT_EQ(check.findings(0).element(), "correction_due");
  EXPECT_EQ(check.findings(0).expected(), "2019年6月5日");
  EXPECT_EQ(check.findings(1).code(), "unknown-date");
  EXPECT_EQ(check.findings(1).found(), "2019年6月6日");
}

TEST(CheckTest, ChineseNumeralAndFullWidthDatesAreRead) {
  const v1::NoticeRequest r = Request(v1::NOTICE_KIND_CORRECTION, Case("2019-05-20", kCorrection));
  const std::string text = Text(r);
  for (const std::string form : {"二〇一九年六月五日", "２０１９年６月５日", "2019年06月05日"}) {
    EXPECT_THAT(Codes(Check(absl::StrReplaceAll(text, {{"2019年6月5日", form}}), r)), IsEmpty())
        << form;
  }
  const v1::NoticeCheck check =
      Check(absl::StrReplaceAll(text, {{"2019年6月5日", "二〇一九年六月二十五日"}}), r);
  const v1::NoticeFinding* f = Find(check, "unknown-date");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->found(), "二〇一九年六月二十五日");
}

TEST(CheckTest, DeletedRemedyIsMissing) {
  const v1::NoticeRequest r = Reply("GRANTED");
  std::string text = Text(r);
  const size_t from = text.find("如您对本答复不服");
  ASSERT_NE(from, std::string::npos);
  text.erase(from, text.find('\n', from) - from);
  const v1::NoticeCheck check = Check(text, r);
  EXPECT_THAT(Codes(check), Contains("missing-remedy"));
  EXPECT_THAT(Codes(check), Contains("missing-remedy-period"));
  EXPECT_THAT(Codes(check), Not(Contains("missing-article")));
}

TEST(CheckTest, RefusalWithoutReconsiderationFirst) {
  const v1::NoticeRequest r = Reply("REFUSED_STATE_SECRET");
  const std::string text = absl::StrReplaceAll(Text(r), {{"应当先", "可以"}});
  const v1::NoticeCheck check = Check(text, r);
  ASSERT_EQ(check.findings_size(), 1) << check.DebugString();
  EXPECT_EQ(check.findings(0).code(), "missing-reconsideration-first");
  EXPECT_EQ(check.findings(0).element(), "remedy");
}

TEST(CheckTest, OtherActsCitationsAreNotTheRegulations) {
  // 《行政复议法》第二十三条第一款第（四）项 is no item of the 条例's 第二十三条.
  const v1::NoticeRequest r = Reply("REFUSED_STATE_SECRET");
  const std::string text = Text(r) + "\n依据《中华人民共和国行政诉讼法》第三十六条第（一）项。";
  EXPECT_THAT(Codes(Check(text, r)), IsEmpty());
}

TEST(CheckTest, NoTemplateIsNeeded) {
  v1::NoticeRequest r = Reply("ALREADY_PUBLIC");
  const std::string text = Text(r);
  r.clear_template_();
  r.clear_details();
  EXPECT_THAT(Codes(Check(text, r)), IsEmpty());
}

TEST(CheckTest, EmptyTextFindsEverythingMissing) {
  const v1::NoticeCheck reply = Check("", Reply("REFUSED_STATE_SECRET"));
  EXPECT_THAT(Codes(reply), Contains("missing-article"));
  EXPECT_THAT(Codes(reply), Contains("missing-remedy"));
  EXPECT_THAT(Codes(reply), Contains("missing-remedy-period"));
  EXPECT_THAT(Codes(reply), Contains("missing-reconsideration-first"));
  const v1::NoticeCheck correction =
      Check("", Request(v1::NOTICE_KIND_CORRECTION, Case("2019-05-20", kCorrection)));
  EXPECT_THAT(Codes(correction), Contains("missing-date"));
  EXPECT_THAT(Codes(correction), Contains("missing-article"));
  for (const v1::NoticeFinding& f : reply.findings()) {
    EXPECT_THAT(f.message(), Not(HasSubstr("张三")));
    EXPECT_THAT(f.message(), Not(HasSubstr("示例街道")));
  }
}

TEST(CheckTest, BadInput) {
  const v1::NoticeRequest r = Reply("GRANTED");
  EXPECT_EQ(CheckNoticeText("\xff\xfe", r, National()).status().code(),
            absl::StatusCode::kInvalidArgument);
  const v1::NoticeRequest undecided =
      Request(v1::NOTICE_KIND_REPLY, Case("2019-05-20", {"REGISTERED 2019-05-20"}));
  EXPECT_EQ(CheckNoticeText("", undecided, National()).status().code(),
            absl::StatusCode::kFailedPrecondition);
}

// A reply in the shape of the reference replies many agencies still use (a pre-2019 template,
// shared/spec/notices.md [旧样]), written here for the test: its remedy clause offers the old
// choice of 上级主管部门 or 同级人民政府, which is wrong for a reply dated from 2024 on.
TEST(CheckTest, TheOldChoiceOfReconsiderationBodyIsFoundInRepliesFrom2024) {
  const std::string text =
      "示范市临江区人民政府政府信息公开申请答复书\n"
      "临政公复〔2025〕3号\n"
      "张三（虚构）：\n"
      "我单位于2025年3月3日收到您提出的政府信息公开申请。经研究，现答复如下：\n"
      "根据《中华人民共和国政府信息公开条例》第三十六条第二项的规定，以信函邮寄的方式向您提供该"
      "政府信息。\n"
      "如您不服本答复，可以在收到本答复书之日起60日内向示范市临江区人民政府的上级主管部门或者"
      "示范市人民政府申请行政复议；或者6个月内依法向人民法院提起行政诉讼。\n"
      "2025年3月28日\n";
  v1::NoticeRequest r =
      Request(v1::NOTICE_KIND_REPLY,
              Case("2025-03-03", {"REGISTERED 2025-03-03", "DECIDED 2025-03-28 outcome=GRANTED"}));
  v1::NoticeCheck check = Check(text, r);
  EXPECT_THAT(Codes(check), ::testing::ElementsAre("old-reconsideration-choice"));
  EXPECT_THAT(check.findings(0).message(), HasSubstr("from 2024-01-01"));
  EXPECT_THAT(check.findings(0).message(), Not(HasSubstr("张三")));

  // The same clause in a reply of 2023 was what the law then allowed.
  std::string old = absl::StrReplaceAll(text, {{"2025年3月3日", "2023年3月3日"},
                                               {"2025年3月28日", "2023年3月28日"},
                                               {"〔2025〕", "〔2023〕"}});
  r = Request(v1::NOTICE_KIND_REPLY,
              Case("2023-03-03", {"REGISTERED 2023-03-03", "DECIDED 2023-03-28 outcome=GRANTED"}));
  EXPECT_THAT(Codes(Check(old, r)), IsEmpty());

  // The period's "知道或者应当知道" joins no bodies.
  std::string period = absl::StrReplaceAll(
      text, {{"在收到本答复书之日起60日内向示范市临江区人民政府的上级主管部门或者示范市人民政府",
              "自知道或者应当知道本答复之日起60日内向上一级主管部门示范市税务局"}});
  r = Request(v1::NOTICE_KIND_REPLY,
              Case("2025-03-03", {"REGISTERED 2025-03-03", "DECIDED 2025-03-28 outcome=GRANTED"}));
  EXPECT_THAT(Codes(Check(period, r)), IsEmpty());

  // One body, even a 上一级主管部门 (第二十七条: 海关、税务 …), is no finding.
  std::string one = absl::StrReplaceAll(
      text, {{"示范市临江区人民政府的上级主管部门或者示范市人民政府", "示范市税务局"}});
  r = Request(v1::NOTICE_KIND_REPLY,
              Case("2025-03-03", {"REGISTERED 2025-03-03", "DECIDED 2025-03-28 outcome=GRANTED"}));
  EXPECT_THAT(Codes(Check(one, r)), IsEmpty());
}

}  // namespace
}  // namespace gongkai::notice
