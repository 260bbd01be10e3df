// Properties of notices over generated histories (tools/gen): every kind of notice for every
// application either composes or is refused with the history's rule, exactly as the replayed
// history supports it; a due date a notice states is the statutory number of working days
// after its start on the calendar; no placeholder survives; no error repeats personal data.
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "calendar/calendar.h"
#include "cases/history.h"
#include "gen/generate.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "notice/notice.h"
#include "notice/notice_testing.h"

namespace gongkai::notice {
namespace {

using testing::National;
using testing::Request;

constexpr char kMarker[] = "PLANTED-MARKER";

bool Supported(v1::NoticeKind kind, const cases::Replay& f) {
  switch (kind) {
    case v1::NOTICE_KIND_CORRECTION:
      return f.correction_requested.has_value() && f.correction_period_days > 0;
    case v1::NOTICE_KIND_EXTENSION:
      return f.extension_approved.has_value();
    case v1::NOTICE_KIND_CONSULTATION:
      return !f.consultations.empty();
    case v1::NOTICE_KIND_FEE:
      return f.fee_notice_sent.has_value();
    case v1::NOTICE_KIND_REPLY:
      return f.decided.has_value();
    default:
      return false;
  }
}

// The start and statutory working days of the due date `kind` states; {nullopt, 0} for none.
std::pair<std::optional<absl::CivilDay>, int> Period(v1::NoticeKind kind, const cases::Replay& f) {
  switch (kind) {
    case v1::NOTICE_KIND_CORRECTION:
      return {f.correction_requested, f.correction_period_days};
    case v1::NOTICE_KIND_CONSULTATION:
      return {f.consultations.back().start, 15};
    case v1::NOTICE_KIND_FEE:
      return {f.fee_notice_received, 20};
    default:
      return {std::nullopt, 0};
  }
}

TEST(NoticePropertyTest, GeneratedHistoriesGetExactlyTheNoticesTheySupport) {
  const calendar::Calendar& cal = National();
  int composed[6] = {}, refused = 0;
  for (uint64_t seed : {1, 2, 3}) {
    gen::GenOptions options;
    options.seed = seed;
    options.applications = 600;
    options.scenarios = seed == 1;
    options.marker = kMarker;
    std::vector<v1::Application> applications;
    ASSERT_TRUE(gen::GenerateApplications(options, [&](const v1::Application& a) {
                  applications.push_back(a);
                }).ok());
    for (const v1::Application& a : applications) {
      absl::StatusOr<cases::Replay> facts = cases::ReplayHistory(a, cal);
      ASSERT_TRUE(facts.ok()) << facts.status();
      for (int k = v1::NOTICE_KIND_CORRECTION; k <= v1::NOTICE_KIND_REPLY; ++k) {
        const auto kind = static_cast<v1::NoticeKind>(k);
        SCOPED_TRACE(a.id() + " " + KindName(kind));
        absl::StatusOr<v1::Notice> n = ComposeNotice(Request(kind, a), cal);
        EXPECT_THAT(n.status().message(), ::testing::Not(::testing::HasSubstr(kMarker)));
        if (!Supported(kind, *facts) ||
            (kind == v1::NOTICE_KIND_REPLY && facts->outcome == v1::OUTCOME_WITHDRAWN)) {
          EXPECT_EQ(n.status().code(), absl::StatusCode::kFailedPrecondition) << n.status();
          ++refused;
          continue;
        }
        ASSERT_TRUE(n.ok()) << n.status();
        ++composed[k];
        absl::StatusOr<std::string> text = RenderNotice(*n, v1::NOTICE_FORMAT_TEXT);
        ASSERT_TRUE(text.ok());
        EXPECT_FALSE(absl::StrContains(*text, "{")) << *text;
        const auto [start, days] = Period(kind, *facts);
        if (!start) continue;
        for (const v1::NoticeDate& d : n->dates()) {
          if (d.element() == "received" || d.element() == "date") continue;
          const absl::CivilDay due(d.date().year(), d.date().month(), d.date().day());
          EXPECT_TRUE(cal.IsWorkingDay(due));
          EXPECT_EQ(cal.WorkingDaysBetween(*start, due), days);
        }
      }
    }
  }
  // The generator's histories reach every kind.
  for (int k = v1::NOTICE_KIND_CORRECTION; k <= v1::NOTICE_KIND_REPLY; ++k) {
    EXPECT_GT(composed[k], 0) << KindName(static_cast<v1::NoticeKind>(k));
  }
  EXPECT_GT(refused, 0);
}

}  // namespace
}  // namespace gongkai::notice
