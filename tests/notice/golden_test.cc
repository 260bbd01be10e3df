// Golden notices: the text of each kind, and of the reply for the outcomes whose wording
// differs most, compared byte for byte with tests/notice/golden/*.txt. Each golden file was
// read against the statutory text it quotes (shared/spec/notices.md); a change to the wording
// shows up here as a diff to review. GONGKAI_UPDATE_GOLDEN=1 rewrites the files.
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "notice/notice.h"
#include "notice/notice_testing.h"

namespace gongkai::notice {
namespace {

using testing::Case;
using testing::National;
using testing::Request;

struct Golden {
  const char* name;
  v1::NoticeRequest request;
};

v1::NoticeRequest Reply(absl::string_view decided) {
  v1::NoticeRequest r = Request(
      v1::NOTICE_KIND_REPLY,
      Case("2025-03-03", {"REGISTERED 2025-03-03", absl::StrCat("DECIDED 2025-03-28 ", decided)}));
  r.set_serial(18);
  return r;
}

std::vector<Golden> Goldens() {
  std::vector<Golden> g;
  v1::NoticeRequest r = Request(
      v1::NOTICE_KIND_CORRECTION,
      Case("2025-01-20",
           {"REGISTERED 2025-01-20", "CORRECTION_REQUESTED 2025-01-22 correction_period_days=10"}));
  r.set_serial(3);
  g.push_back({"correction_spring_festival", r});
  r = Request(
      v1::NOTICE_KIND_EXTENSION,
      Case("2025-09-01", {"REGISTERED 2025-09-01",
                          "EXTENSION_APPROVED 2025-09-25 extension_days=20 approver=负责人"}));
  r.set_serial(4);
  g.push_back({"extension_national_day", r});
  r = Request(v1::NOTICE_KIND_CONSULTATION,
              Case("2025-04-01",
                   {"REGISTERED 2025-04-01", "CONSULTATION_STARTED 2025-04-02 party=THIRD_PARTY"}));
  g.push_back({"consultation_third_party", r});
  r = Request(v1::NOTICE_KIND_CONSULTATION,
              Case("2025-04-01", {"REGISTERED 2025-04-01",
                                  "CONSULTATION_STARTED 2025-04-02 party=OTHER_AGENCY"}));
  r.mutable_details()->set_consulted_party("示范市临江区财政局");
  g.push_back({"consultation_other_agency", r});
  r = Request(v1::NOTICE_KIND_FEE, Case("2025-04-01", {"REGISTERED 2025-04-01",
                                                       "FEE_NOTICE_SENT 2025-04-03 fee_fen=20000 "
                                                       "fee_notice_received=2025-04-07"}));
  g.push_back({"fee", r});
  r = Reply("outcome=GRANTED");
  r.mutable_details()->set_information("所申请的信息见附件。");
  g.push_back({"reply_granted", r});
  r = Reply("outcome=PARTIAL");
  r.mutable_details()->set_information("可以公开的内容见附件。");
  g.push_back({"reply_partial", r});
  r = Reply("outcome=REFUSED_STATE_SECRET");
  r.mutable_details()->clear_reason();
  g.push_back({"reply_refused_state_secret", r});
  g.push_back({"reply_not_exist", Reply("outcome=UNABLE_NOT_EXIST")});
  r = Reply("outcome=UNABLE_NOT_THIS_AGENCY");
  r.mutable_details()->clear_reason();
  r.mutable_details()->set_competent_agency(
      "该信息由示范市临江区住房和城乡建设委员会负责公开，联系电话：0000-00000001。");
  g.push_back({"reply_not_this_agency", r});
  g.push_back({"reply_needs_creation", Reply("outcome=UNABLE_NEEDS_CREATION")});
  r = Reply("outcome=NOT_PROCESSED_REPEAT");
  r.mutable_details()->set_earlier_reply(
      "本机关已于2025年2月10日作出答复（临政依申〔2025〕9号）。");
  g.push_back({"reply_repeat", r});
  return g;
}

std::string Read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(GoldenTest, NoticesReadAsReviewed) {
  const bool update = std::getenv("GONGKAI_UPDATE_GOLDEN") != nullptr;
  for (Golden& g : Goldens()) {
    SCOPED_TRACE(g.name);
    absl::StatusOr<std::string> text = WriteNotice(g.request, National());
    ASSERT_TRUE(text.ok()) << text.status().ToString();
    const std::string path = absl::StrCat(GONGKAI_NOTICE_GOLDEN_DIR, "/", g.name, ".txt");
    if (update) {
      std::ofstream(path, std::ios::binary) << *text;
      continue;
    }
    EXPECT_EQ(*text, Read(path)) << "GONGKAI_UPDATE_GOLDEN=1 rewrites " << path;
  }
}

}  // namespace
}  // namespace gongkai::notice
