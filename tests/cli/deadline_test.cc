// gongkai deadline and gongkai calendar, run as a disclosure office's script would. Dates are
// checked by hand against shared/spec/holidays.md ("wd" = working day).
#include <string>
#include <vector>

#include "fixture.h"
#include "gmock/gmock.h"

namespace gongkai::cli::testing {
namespace {

using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;
using ::testing::StartsWith;

std::string FirstLine(const std::string& text) { return text.substr(0, text.find('\n')); }

TEST_F(CliTest, DeadlinePrintsTheReplyDueDateFirst) {
  // Received Mon 2024-02-05: Feb 6-9 (4); 春节 Feb 10-17 off; Sun Feb 18 make-up (5);
  // Feb 19-23 (10), Feb 26-Mar 1 (15), Mar 4-8 (20): 2024-03-08.
  Result r = Run({"deadline", "--received", "2024-02-05"});
  EXPECT_EQ(r.exit_code, kOk) << r.err;
  EXPECT_EQ(FirstLine(r.out), "2024-03-08");
  EXPECT_THAT(r.out, HasSubstr("reply due (答复期限): 2024-03-08"));
  EXPECT_THAT(r.out, HasSubstr("correction notice due (补正告知期限): 2024-02-20"));
  EXPECT_THAT(r.out, Not(HasSubstr("春节")));
  EXPECT_THAT(r.err, IsEmpty());
}

TEST_F(CliTest, DeadlineExplainListsTheSkippedFestival) {
  Result r = Run({"deadline", "--received=2024-02-05", "--channel=in_person", "--explain"});
  EXPECT_EQ(r.exit_code, kOk) << r.err;
  EXPECT_EQ(FirstLine(r.out), "2024-03-08");
  EXPECT_THAT(r.out, HasSubstr("skipped days off 2024-02-10 … 2024-02-17 (春节)"));
  EXPECT_THAT(r.out, HasSubstr("跳过休息日 2024-02-10 … 2024-02-17 春节"));
  EXPECT_THAT(r.out, HasSubstr("counted make-up working day 2024-02-18 (Sunday)"));
  EXPECT_THAT(r.out, HasSubstr("in person: the day of submission"));
}

TEST_F(CliTest, DeadlineStatesAsOfADate) {
  // Due 03-08; as of Mon 03-11 one working day past; as of Fri 03-01: Mar 4-8 = 5 left.
  Result r = Run({"deadline", "--received=2024-02-05", "--as_of=2024-03-11"});
  EXPECT_THAT(r.out, HasSubstr("reply due (答复期限): 2024-03-08, overdue, 1 working day past"));
  r = Run({"deadline", "--received=2024-02-05", "--as_of=2024-03-01"});
  EXPECT_THAT(r.out, HasSubstr("reply due (答复期限): 2024-03-08, 5 working days left"));
  EXPECT_THAT(r.out, HasSubstr("as of 2024-03-01, calendar cn-national@"));
}

TEST_F(CliTest, DeadlineWithCorrectionPausesExtensionAndSameDay) {
  // Correction received Mon 02-19 restarts: Feb 20-23 (4), Feb 26-Mar 1 (9), Mar 4-8 (14),
  // Mar 11-15 (19), Mar 18 (20): 2024-03-18.
  Result r = Run({"deadline", "--received=2024-02-05", "--correction_requested=2024-02-07",
                  "--correction_received=2024-02-19"});
  EXPECT_EQ(r.exit_code, kOk) << r.err;
  EXPECT_EQ(FirstLine(r.out), "2024-03-18");
  // Awaited: no due date.
  r = Run({"deadline", "--received=2024-02-05", "--correction_requested=2024-02-07",
           "--as_of=2024-02-08"});
  EXPECT_EQ(r.exit_code, kOk) << r.err;
  EXPECT_EQ(FirstLine(r.out), "-");
  EXPECT_THAT(r.out, HasSubstr("reply due (答复期限): -, not running"));
  // A consultation 02-20 → 02-23 stops Feb 21-23 (3 wd), and 5 wd of extension: 03-08 + 8 wd
  // = Mar 11-15 (5), Mar 18-20 (8): 2024-03-20.
  r = Run({"deadline", "--received=2024-02-05", "--pause=2024-02-20:2024-02-23", "--extension=5",
           "--as_of=2024-03-01"});
  EXPECT_EQ(FirstLine(r.out), "2024-03-20");
  EXPECT_THAT(r.out, HasSubstr("third-party answer due (征求意见答复期限) #1"));
  // Still open as of 02-23: due as if it ended then, flagged paused.
  r = Run({"deadline", "--received=2024-02-05", "--pause=2024-02-20:", "--as_of=2024-02-23"});
  EXPECT_EQ(FirstLine(r.out), "2024-03-13");
  EXPECT_THAT(r.out, HasSubstr("2024-03-13, 13 working days left, paused"));
  // The start date as day 1: one working day earlier.
  EXPECT_EQ(FirstLine(Run({"deadline", "--received=2024-02-05", "--same_day"}).out), "2024-03-07");
}

TEST_F(CliTest, DeadlineInto2027IsProvisional) {
  // Tue 2026-12-15: Dec 16-18 (3), 21-25 (8), 28-31 (12), Fri 2027-01-01 by the weekday rule
  // (13), Jan 4-8 (18), Jan 11-12 (20).
  Result r = Run({"deadline", "--received=2026-12-15", "--as_of=2026-12-15"});
  EXPECT_EQ(FirstLine(r.out), "2027-01-12");
  EXPECT_THAT(r.out, HasSubstr("provisional"));
}

TEST_F(CliTest, DeadlineJsonIsADeadlineReport) {
  Result r = Run({"deadline", "--received=2024-02-05", "--as_of=2024-02-05", "--output=json"});
  EXPECT_EQ(r.exit_code, kOk) << r.err;
  EXPECT_THAT(r.out, StartsWith("{"));
  EXPECT_THAT(r.out, HasSubstr(R"("kind": "DEADLINE_KIND_REPLY")"));
  EXPECT_THAT(r.out, HasSubstr(R"("workingDaysLeft": 20)"));
}

TEST_F(CliTest, DeadlineRefusesBadDatesNamingTheFlag) {
  for (const char* bad : {"2019-02-29", "2019-13-01", "yesterday", ""}) {
    Result r = Run({"deadline", "--received", bad});
    EXPECT_EQ(r.exit_code, kUnusable) << bad;
    EXPECT_THAT(r.err, HasSubstr("--received")) << bad;
    EXPECT_THAT(r.out, IsEmpty()) << bad;
  }
  struct Case {
    std::vector<std::string> args;
    const char* flag;
  };
  const Case cases[] = {
      {{"--as_of=2024-02-30"}, "--as_of"},
      {{"--pause=2024-02-20"}, "--pause"},
      {{"--pause=2024-02-20:someday"}, "--pause"},
      {{"--extension=21"}, "--extension"},
      {{"--extension=many"}, "--extension"},
      {{"--channel=pigeon"}, "--channel"},
      {{"--correction_received=2024-02-19"}, "--correction_received"},
      {{"--as_of=2024-02-01"}, "as_of"},  // before the receipt
  };
  for (const Case& k : cases) {
    std::vector<std::string> args = {"deadline", "--received=2024-02-05"};
    args.insert(args.end(), k.args.begin(), k.args.end());
    Result r = Run(args);
    EXPECT_EQ(r.exit_code, kUnusable) << k.args[0];
    EXPECT_THAT(r.err, HasSubstr(k.flag)) << k.args[0];
  }
  EXPECT_EQ(Run({"deadline"}).exit_code, kUnusable);
}

TEST_F(CliTest, DeadlineFlagsMayBeSpelledWithDashes) {
  // As the issue writes them: --correction-requested D --correction-received D.
  // Restart on 2024-02-20; 20 working days: 2/21-23, 2/26-3/1, 3/4-8, 3/11-15, 3/18, 3/19.
  Result r = Run({"deadline", "--received", "2024-02-05", "--correction-requested", "2024-02-06",
                  "--correction-received", "2024-02-20", "--correction-period", "10"});
  EXPECT_EQ(r.exit_code, kOk) << r.err;
  EXPECT_EQ(r.out.substr(0, 11), "2024-03-19\n");
  r = Run({"deadline", "--received", "2024-02-05", "--correction-requested", "2024-02-30"});
  EXPECT_EQ(r.exit_code, kUnusable);
  EXPECT_THAT(r.err, HasSubstr("correction_requested"));
}

TEST_F(CliTest, CalendarListsAYearsDaysOffAndMakeupDays) {
  Result r = Run({"calendar", "--year", "2020"});
  EXPECT_EQ(r.exit_code, kOk) << r.err;
  EXPECT_THAT(r.err, IsEmpty());
  EXPECT_THAT(r.out, HasSubstr("off  2020-01-01  元旦\n"));
  EXPECT_THAT(r.out, HasSubstr("off  2020-01-24 … 2020-02-02  春节\n"));
  EXPECT_THAT(r.out, HasSubstr("off  2020-10-01 … 2020-10-08  国庆节、中秋节\n"));
  for (const char* day :
       {"2020-01-19", "2020-04-26", "2020-05-09", "2020-06-28", "2020-09-27", "2020-10-10"}) {
    EXPECT_THAT(r.out, HasSubstr(std::string("work ") + day + "  调休上班")) << day;
  }
  EXPECT_THAT(r.out, HasSubstr("work 2020-05-09  调休上班 (Saturday)"));
}

TEST_F(CliTest, CalendarOfAnUnknownYearIsEmptyWithANote) {
  Result r = Run({"calendar", "--year=2030"});
  EXPECT_EQ(r.exit_code, kOk);
  EXPECT_THAT(r.out, IsEmpty());
  EXPECT_THAT(r.err, HasSubstr("2030 has no holiday schedule"));
  EXPECT_THAT(r.err, HasSubstr("provisional"));
  r = Run({"calendar", "--year=1999"});
  EXPECT_EQ(r.exit_code, kUnusable);
  EXPECT_THAT(r.err, HasSubstr("--year"));
  EXPECT_EQ(Run({"calendar"}).exit_code, kUnusable);
}

}  // namespace
}  // namespace gongkai::cli::testing
