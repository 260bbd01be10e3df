// Every rule of docs/cases.md "The history and its rules", allowed and refused, as a table.
#include <ostream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "calendar/calendar.h"
#include "cases/history.h"
#include "fixture.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace gongkai::cases {
namespace {

using fixture::Ev;
using fixture::Record;
using ::testing::HasSubstr;
using ::testing::StartsWith;

// Steps that recur, dated so that each may follow the ones before it.
const std::string R = "REGISTERED 2019-05-20";
const std::string CR = "CORRECTION_REQUESTED 2019-05-21 correction_period_days=15";
const std::string CRCV = "CORRECTION_RECEIVED 2019-05-23";
const std::string CS3 = "CONSULTATION_STARTED 2019-05-24 party=THIRD_PARTY";
const std::string CA3 = "CONSULTATION_ANSWERED 2019-05-27 party=THIRD_PARTY";
const std::string FEE = "FEE_NOTICE_SENT 2019-05-24 fee_fen=10000 fee_notice_received=2019-05-27";
const std::string PAID = "FEE_PAID 2019-05-28";
const std::string EXT = "EXTENSION_APPROVED 2019-06-03 extension_days=20 approver=office-head";
const std::string DEC = "DECIDED 2019-06-12 outcome=GRANTED";
const std::string DEL = "DELIVERED 2019-06-13";
const std::string ARC = "ARCHIVED 2019-06-14";
const std::string WD = "WITHDRAWN 2019-05-22";

struct Case {
  const char* name;
  std::vector<std::string> history;
  std::string event;
  absl::StatusCode code;
  std::string message;  // a substring of the error; "" when allowed
};

constexpr auto kOk = absl::StatusCode::kOk;
constexpr auto kBad = absl::StatusCode::kInvalidArgument;
constexpr auto kRefused = absl::StatusCode::kFailedPrecondition;

const Case kCases[] = {
    // Order: REGISTERED first, on or after receipt, then dates never go back.
    {"RegisterOnReceipt", {}, R, kOk, ""},
    {"RegisterBeforeReceipt",
     {},
     "REGISTERED 2019-05-17",
     kBad,
     "dated before receipt (2019-05-20)"},
    {"NothingBeforeRegistration",
     {},
     DEC,
     kRefused,
     "in state RECEIVED: the first event must be REGISTERED"},
    {"RegisterTwice",
     {R},
     "REGISTERED 2019-05-21",
     kRefused,
     "in state REGISTERED: already registered on 2019-05-20"},
    {"SameDayAllowed", {R}, "DECIDED 2019-05-20 outcome=GRANTED", kOk, ""},
    {"DateGoesBack",
     {R, EXT},
     "DECIDED 2019-05-31 outcome=GRANTED",
     kBad,
     "dated before events[1] (2019-06-03)"},
    {"StateRefusalBeforeDateOrder",
     {R, DEC, ARC},
     "DECIDED 2019-06-01 outcome=GRANTED",
     kRefused,
     "in state ARCHIVED: nothing follows archiving"},
    {"TypeMissing", {R}, "UNSPECIFIED 2019-05-21", kBad, "type is not set"},
    {"ActorOnAnyEvent", {R}, "DECIDED 2019-05-21 outcome=GRANTED actor=office", kOk, ""},
    // CORRECTION_REQUESTED (第三十条).
    {"CorrectionOn7thWorkingDay",
     {R},
     "CORRECTION_REQUESTED 2019-05-29 correction_period_days=15",
     kOk,
     ""},
    {"CorrectionOn8thWorkingDay",
     {R},
     "CORRECTION_REQUESTED 2019-05-30 correction_period_days=15",
     kRefused,
     "within 7 working days of receipt (2019-05-20), by 2019-05-29"},
    {"CorrectionTwice",
     {R, CR, CRCV},
     "CORRECTION_REQUESTED 2019-05-24 correction_period_days=5",
     kRefused,
     "in state HANDLING: a correction may be requested only once (requested on 2019-05-21)"},
    {"CorrectionAfterDecision",
     {R, "DECIDED 2019-05-21 outcome=GRANTED"},
     CR,
     kRefused,
     "in state DECIDED: the application was decided on 2019-05-21; only DELIVERED and ARCHIVED "
     "may follow"},
    {"CorrectionDuringConsultation",
     {R, "CONSULTATION_STARTED 2019-05-21 party=OTHER_AGENCY"},
     "CORRECTION_REQUESTED 2019-05-22 correction_period_days=15",
     kRefused,
     "in state CONSULTING: a consultation is open"},
    {"CorrectionWhileFeeUnpaid",
     {R, "FEE_NOTICE_SENT 2019-05-21 fee_fen=100 fee_notice_received=2019-05-21"},
     "CORRECTION_REQUESTED 2019-05-22 correction_period_days=15",
     kRefused,
     "in state AWAITING_FEE: a fee notice is unpaid"},
    {"CorrectionPeriodZero",
     {R},
     "CORRECTION_REQUESTED 2019-05-21",
     kBad,
     "correction_period_days is 0, must be 1..60"},
    {"CorrectionPeriod60",
     {R},
     "CORRECTION_REQUESTED 2019-05-21 correction_period_days=60",
     kOk,
     ""},
    {"CorrectionPeriod61",
     {R},
     "CORRECTION_REQUESTED 2019-05-21 correction_period_days=61",
     kBad,
     "is 61, must be 1..60"},
    // CORRECTION_RECEIVED.
    {"CorrectionReceived", {R, CR}, CRCV, kOk, ""},
    {"CorrectionReceivedUnrequested",
     {R},
     CRCV,
     kRefused,
     "in state REGISTERED: no correction was requested"},
    {"CorrectionReceivedTwice", {R, CR, CRCV}, CRCV, kRefused, "already received on 2019-05-23"},
    // CONSULTATION_STARTED / _ANSWERED (第三十二、三十四条).
    {"ConsultationStarted", {R}, CS3, kOk, ""},
    {"ConsultationWithoutParty", {R}, "CONSULTATION_STARTED 2019-05-24", kBad, "party is not set"},
    {"ConsultationWhileOneIsOpen",
     {R, CS3},
     "CONSULTATION_STARTED 2019-05-25 party=OTHER_AGENCY",
     kRefused,
     "in state CONSULTING: the consultation started on 2019-05-24 is still open"},
    {"SecondConsultationAfterAnswer",
     {R, CS3, CA3},
     "CONSULTATION_STARTED 2019-05-28 party=OTHER_AGENCY",
     kOk,
     ""},
    {"ConsultationWhileAwaitingCorrection",
     {R, CR},
     CS3,
     kRefused,
     "in state AWAITING_CORRECTION: awaiting the applicant's correction (requested on 2019-05-21)"},
    {"ConsultationAfterCorrection", {R, CR, CRCV}, CS3, kOk, ""},
    {"ConsultationAfterDecision",
     {R, "DECIDED 2019-05-21 outcome=GRANTED"},
     CS3,
     kRefused,
     "in state DECIDED"},
    {"ConsultationStartObjected",
     {R},
     "CONSULTATION_STARTED 2019-05-24 party=THIRD_PARTY objected=true",
     kBad,
     "objected does not belong to a CONSULTATION_STARTED event"},
    {"ThirdPartyObjects",
     {R, CS3},
     "CONSULTATION_ANSWERED 2019-05-27 party=THIRD_PARTY objected=true",
     kOk,
     ""},
    {"AnswerWithoutConsultation",
     {R},
     CA3,
     kRefused,
     "in state REGISTERED: no consultation is open"},
    {"AnswerTwice", {R, CS3, CA3}, CA3, kRefused, "in state HANDLING: no consultation is open"},
    {"AnswerFromOtherParty",
     {R, CS3},
     "CONSULTATION_ANSWERED 2019-05-27 party=OTHER_AGENCY",
     kRefused,
     "the open consultation is with THIRD_PARTY, not OTHER_AGENCY"},
    {"AgencyObjects",
     {R, "CONSULTATION_STARTED 2019-05-24 party=OTHER_AGENCY"},
     "CONSULTATION_ANSWERED 2019-05-27 party=OTHER_AGENCY objected=true",
     kBad,
     "only a THIRD_PARTY objects"},
    // EXTENSION_APPROVED (第三十三条).
    {"Extension", {R}, EXT, kOk, ""},
    {"ExtensionZeroDays",
     {R},
     "EXTENSION_APPROVED 2019-06-03 approver=office-head",
     kBad,
     "extension_days is 0, must be 1..20"},
    {"Extension21Days",
     {R},
     "EXTENSION_APPROVED 2019-06-03 extension_days=21 approver=office-head",
     kBad,
     "is 21, must be 1..20"},
    {"ExtensionWithoutApprover",
     {R},
     "EXTENSION_APPROVED 2019-06-03 extension_days=5",
     kBad,
     "approver is empty"},
    {"ExtensionTwice",
     {R, EXT},
     "EXTENSION_APPROVED 2019-06-04 extension_days=1 approver=office-head",
     kRefused,
     "may be extended only once (extended on 2019-06-03)"},
    {"ExtensionAfterDecision",
     {R, "DECIDED 2019-05-31 outcome=GRANTED"},
     EXT,
     kRefused,
     "in state DECIDED"},
    // FEE_NOTICE_SENT / FEE_PAID (国办函〔2020〕109号).
    {"FeeNotice", {R}, FEE, kOk, ""},
    {"FeeZero",
     {R},
     "FEE_NOTICE_SENT 2019-05-24 fee_notice_received=2019-05-27",
     kBad,
     "fee_fen is 0, must be positive"},
    {"FeeNegative",
     {R},
     "FEE_NOTICE_SENT 2019-05-24 fee_fen=-5 fee_notice_received=2019-05-27",
     kBad,
     "fee_fen is -5"},
    {"FeeNoticeReceiptMissing",
     {R},
     "FEE_NOTICE_SENT 2019-05-24 fee_fen=100",
     kBad,
     "fee_notice_received is missing"},
    {"FeeNoticeReceivedBeforeSent",
     {R},
     "FEE_NOTICE_SENT 2019-05-24 fee_fen=100 fee_notice_received=2019-05-23",
     kBad,
     "fee_notice_received (2019-05-23) is before the notice was sent"},
    {"FeeNoticeTwice", {R, FEE}, FEE, kRefused, "a fee notice was already sent on 2019-05-24"},
    {"FeeNoticeAfterPayment",
     {R, FEE, PAID},
     "FEE_NOTICE_SENT 2019-05-29 fee_fen=100 fee_notice_received=2019-05-29",
     kRefused,
     "in state HANDLING: a fee notice was already sent on 2019-05-24"},
    {"FeeNoticeAfterDecision",
     {R, "DECIDED 2019-05-22 outcome=GRANTED"},
     FEE,
     kRefused,
     "in state DECIDED"},
    {"FeeNoticeWhileAwaitingCorrection", {R, CR}, FEE, kRefused, "in state AWAITING_CORRECTION"},
    {"FeePaid", {R, FEE}, PAID, kOk, ""},
    {"FeePaidWithoutNotice", {R}, PAID, kRefused, "no fee notice was sent"},
    {"FeePaidTwice",
     {R, FEE, PAID},
     PAID,
     kRefused,
     "in state HANDLING: the fee was already paid on 2019-05-28"},
    // DECIDED (第三十三、三十六–三十九条).
    {"Decided", {R}, DEC, kOk, ""},
    {"DecidedWithoutOutcome", {R}, "DECIDED 2019-06-12", kBad, "outcome is not set"},
    {"DecidedWithdrawnOutcome",
     {R},
     "DECIDED 2019-06-12 outcome=WITHDRAWN",
     kBad,
     "recorded by a WITHDRAWN event"},
    {"DecidedWithForeignDetail",
     {R},
     "DECIDED 2019-06-12 outcome=GRANTED extension_days=5",
     kBad,
     "extension_days does not belong to a DECIDED event"},
    {"DecidedDuringConsultation",
     {R, CS3},
     DEC,
     kRefused,
     "in state CONSULTING: the consultation started on 2019-05-24 is open; record its answer "
     "first"},
    {"DecidedAfterConsultation", {R, CS3, CA3}, DEC, kOk, ""},
    {"DecidedWhileAwaitingCorrection",
     {R, CR},
     DEC,
     kRefused,
     "in state AWAITING_CORRECTION: awaiting the applicant's correction"},
    {"NoCorrectionWhileAwaited", {R, CR}, "DECIDED 2019-06-12 outcome=NO_CORRECTION", kOk, ""},
    {"NoCorrectionWithoutRequest",
     {R},
     "DECIDED 2019-06-12 outcome=NO_CORRECTION",
     kRefused,
     "outcome NO_CORRECTION needs a correction that is awaited"},
    {"NoCorrectionAfterCorrection",
     {R, CR, CRCV},
     "DECIDED 2019-06-12 outcome=NO_CORRECTION",
     kRefused,
     "NO_CORRECTION"},
    {"UnclearAfterCorrection", {R, CR, CRCV}, "DECIDED 2019-06-12 outcome=UNABLE_UNCLEAR", kOk, ""},
    {"UnclearWithoutCorrection",
     {R},
     "DECIDED 2019-06-12 outcome=UNABLE_UNCLEAR",
     kRefused,
     "outcome UNABLE_UNCLEAR needs a received correction"},
    {"DecidedWhileFeeUnpaid",
     {R, FEE},
     DEC,
     kRefused,
     "in state AWAITING_FEE: the fee notice of 2019-05-24 is unpaid"},
    {"DecidedAfterFeePaid", {R, FEE, PAID}, DEC, kOk, ""},
    {"UnpaidFeeWhileUnpaid", {R, FEE}, "DECIDED 2019-06-25 outcome=UNPAID_FEE", kOk, ""},
    {"UnpaidFeeAfterPayment",
     {R, FEE, PAID},
     "DECIDED 2019-06-25 outcome=UNPAID_FEE",
     kRefused,
     "outcome UNPAID_FEE needs an unpaid fee notice"},
    {"DecidedTwice",
     {R, DEC},
     "DECIDED 2019-06-13 outcome=PARTIAL",
     kRefused,
     "the application was decided on 2019-06-12"},
    // DELIVERED, ARCHIVED (第四十五条).
    {"Delivered", {R, DEC}, DEL, kOk, ""},
    {"DeliveredUndecided", {R}, DEL, kRefused, "only a decision is delivered, and there is none"},
    {"DeliveredTwice",
     {R, DEC, DEL},
     DEL,
     kRefused,
     "in state DELIVERED: the decision was delivered on 2019-06-13; only ARCHIVED may follow"},
    {"ArchivedAfterDecision", {R, DEC}, ARC, kOk, ""},
    {"ArchivedAfterDelivery", {R, DEC, DEL}, ARC, kOk, ""},
    {"ArchivedAfterWithdrawal", {R, WD}, ARC, kOk, ""},
    {"ArchivedOpenCase",
     {R, CS3},
     ARC,
     kRefused,
     "only a decided or withdrawn application is archived"},
    {"ArchivedTwice", {R, DEC, ARC}, ARC, kRefused, "in state ARCHIVED: nothing follows archiving"},
    {"DeliveredAfterArchiving",
     {R, DEC, ARC},
     "DELIVERED 2019-06-15",
     kRefused,
     "in state ARCHIVED: nothing follows archiving"},
    // WITHDRAWN.
    {"WithdrawnWhileAwaitingCorrection", {R, CR}, WD, kOk, ""},
    {"WithdrawnDuringConsultation",
     {R, "CONSULTATION_STARTED 2019-05-21 party=THIRD_PARTY"},
     WD,
     kOk,
     ""},
    {"WithdrawnAfterDecision",
     {R, "DECIDED 2019-05-21 outcome=GRANTED"},
     WD,
     kRefused,
     "in state DECIDED"},
    {"DecidedAfterWithdrawal",
     {R, WD},
     DEC,
     kRefused,
     "in state WITHDRAWN: the application was withdrawn on 2019-05-22; only ARCHIVED may follow"},
    {"WithdrawnTwice", {R, WD}, WD, kRefused, "only ARCHIVED may follow"},
    {"WithdrawnWithOutcome",
     {R},
     "WITHDRAWN 2019-05-22 outcome=OTHER",
     kBad,
     "outcome does not belong to a WITHDRAWN event"},
};

// Failures name the case, not its bytes.
void PrintTo(const Case& c, std::ostream* os) { *os << c.name; }

class Rule : public ::testing::TestWithParam<Case> {};

TEST_P(Rule, AllowsOrRefuses) {
  const Case& c = GetParam();
  const v1::Application record = Record(c.history);
  const auto cal = calendar::Calendar::National();
  ASSERT_TRUE(ReplayHistory(record, *cal).ok()) << ReplayHistory(record, *cal).status();

  const v1::Event event = Ev(c.event);
  const std::string before = record.SerializeAsString();
  absl::StatusOr<v1::Application> next = ApplyEvent(record, event, *cal);
  ASSERT_EQ(next.status().code(), c.code) << next.status();
  EXPECT_EQ(record.SerializeAsString(), before) << "the input is never modified";
  if (c.code == kOk) {
    ASSERT_EQ(next->events_size(), record.events_size() + 1);
    EXPECT_TRUE(ReplayHistory(*next, *cal).ok()) << ReplayHistory(*next, *cal).status();
    return;
  }
  // Every refusal names the record, the event's type and its index; the rule says why.
  const std::string message(next.status().message());
  EXPECT_THAT(message,
              StartsWith(absl::StrCat("application 2019-0042: event ", EventTypeName(event.type()),
                                      " (events[", c.history.size(), "]")));
  EXPECT_THAT(message, HasSubstr(c.message));
  if (c.code == kRefused) {
    EXPECT_THAT(message, HasSubstr(") not allowed in state "));
  }

  // The same event inside a stored history is refused the same way by a replay.
  v1::Application stored = record;
  *stored.add_events() = event;
  EXPECT_EQ(ReplayHistory(stored, *cal).status(), next.status());
}

INSTANTIATE_TEST_SUITE_P(Rules, Rule, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<Case>& info) {
                           return std::string(info.param.name);
                         });

}  // namespace
}  // namespace gongkai::cases
