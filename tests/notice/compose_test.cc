// ComposeNotice: each kind from the history that supports it, refused where the history does
// not, with every date from the case engine.
#include <string>

#include "absl/strings/match.h"
#include "absl/strings/str_join.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "notice/notice.h"
#include "notice/notice_testing.h"

namespace gongkai::notice {
namespace {

using ::testing::HasSubstr;
using testing::Case;
using testing::National;
using testing::Request;

std::string Text(const v1::NoticeRequest& request) {
  absl::StatusOr<std::string> text = WriteNotice(request, National());
  EXPECT_TRUE(text.ok()) << text.status();
  return text.ok() ? *text : "";
}

TEST(ComposeTest, CorrectionStatesItemsPeriodAndDueDate) {
  v1::Application a = Case("2019-05-20", {"REGISTERED 2019-05-20",
                                          "CORRECTION_REQUESTED 2019-05-22 correction_period_days=10"});
  const std::string text = Text(Request(v1::NOTICE_KIND_CORRECTION, a));
  EXPECT_THAT(text, HasSubstr("政府信息公开申请补正告知书"));
  EXPECT_THAT(text, HasSubstr("张三（虚构）："));
  EXPECT_THAT(text, HasSubstr("本机关于2019年5月20日收到"));
  EXPECT_THAT(text, HasSubstr("第三十条"));
  EXPECT_THAT(text, HasSubstr("请明确所申请公开政府信息的名称或者文号。"));
  // Ten working days after 2019-05-22: 23, 24, 27..31, 6-3, 6-4, 6-5 (6-7 is 端午).
  EXPECT_THAT(text, HasSubstr("请您于2019年6月5日前（含当日，共10个工作日）"));
  EXPECT_THAT(text, HasSubstr("视为放弃申请"));
  EXPECT_THAT(text, HasSubstr("2019年5月22日\n"));
  std::cout << text;
}

TEST(ComposeTest, ReplyCitesTheOutcomeAndTheRemedy) {
  v1::Application a = Case("2019-05-20", {"REGISTERED 2019-05-20", "DECIDED 2019-06-03 outcome=REFUSED_STATE_SECRET"});
  v1::NoticeRequest r = Request(v1::NOTICE_KIND_REPLY, a);
  r.mutable_details()->clear_reason();
  r.set_serial(12);
  const std::string text = Text(r);
  EXPECT_THAT(text, HasSubstr("临政依申〔2019〕12号"));
  EXPECT_THAT(text, HasSubstr("第三十六条第（三）项、第十四条"));
  EXPECT_THAT(text, HasSubstr("应当先自知道或者应当知道本答复之日起六十日内向示范市人民政府申请行政复议"));
  std::cout << text;
}

TEST(ComposeTest, ExtensionWithoutApprovalIsRefusedWithTheRule) {
  v1::Application a = Case("2019-05-20", {"REGISTERED 2019-05-20"});
  absl::StatusOr<v1::Notice> n = ComposeNotice(Request(v1::NOTICE_KIND_EXTENSION, a), National());
  EXPECT_EQ(n.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(n.status().message(), HasSubstr("第三十三条第二款"));
  EXPECT_THAT(std::string(n.status().message()), ::testing::Not(HasSubstr("张三")));
}

}  // namespace
}  // namespace gongkai::notice
