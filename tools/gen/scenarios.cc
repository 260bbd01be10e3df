// The fixed scenario records of the example profile (GenOptions::scenarios): whatever the seed,
// they make every leaf row of table 三 (2021 layout) nonzero, every kind and result of table 四
// appear, table 二 item （一） issue, repeal and keep in force rules and normative documents, and
// they show each procedure once (docs in examples/district/README.md). Only their personal data,
// wording and a few minor dates depend on the seed.
#include <algorithm>

#include "absl/strings/str_format.h"
#include "context.h"
#include "plans.h"

namespace gongkai::gen {
namespace {

using v1::Channel;
using v1::Outcome;

// When a scenario application is received.
enum class When { kYear, kCarriedOver, kYearEnd };

struct AppScenario {
  Outcome outcome;
  v1::ApplicantCategory category;
  Channel channel;
  int items = 1;
  Correction correction = Correction::kNone;
  Consult consult = Consult::kNone;
  bool extension = false;
  Fee fee = Fee::kNone;
  bool late = false;
  bool open = false;
  When when = When::kYear;
  // Fixed timings (AppPlan).
  int correction_after = 0, correction_period = 0, correction_answer_after = 0, decide_after = 0;
};

constexpr v1::ApplicantCategory kPerson = v1::APPLICANT_CATEGORY_NATURAL_PERSON;
constexpr v1::ApplicantCategory kCompany = v1::APPLICANT_CATEGORY_COMMERCIAL;
constexpr v1::ApplicantCategory kResearch = v1::APPLICANT_CATEGORY_RESEARCH;
constexpr v1::ApplicantCategory kPublicInterest = v1::APPLICANT_CATEGORY_PUBLIC_INTEREST;
constexpr v1::ApplicantCategory kLegal = v1::APPLICANT_CATEGORY_LEGAL_SERVICES;
constexpr v1::ApplicantCategory kOther = v1::APPLICANT_CATEGORY_OTHER;

// One per outcome (every leaf row of table 三), then one per procedure, then the carries. The
// remedy scenarios refer to some by index (kRefusedApps, kPendingApps): append, never reorder.
// clang-format off
const AppScenario kApps[] = {
    /* 0*/ {.outcome = v1::OUTCOME_GRANTED, .category = kPerson, .channel = v1::CHANNEL_ONLINE},
    /* 1*/ {.outcome = v1::OUTCOME_ALREADY_PUBLIC, .category = kPerson,
            .channel = v1::CHANNEL_IN_PERSON},
    /* 2*/ {.outcome = v1::OUTCOME_PARTIAL, .category = kCompany,
            .channel = v1::CHANNEL_SIGNED_POST, .consult = Consult::kThirdPartyObjected},
    /* 3*/ {.outcome = v1::OUTCOME_REFUSED_STATE_SECRET, .category = kPerson,
            .channel = v1::CHANNEL_SIGNED_POST},
    /* 4*/ {.outcome = v1::OUTCOME_REFUSED_PROHIBITED, .category = kLegal,
            .channel = v1::CHANNEL_ONLINE},
    /* 5*/ {.outcome = v1::OUTCOME_REFUSED_SECURITY, .category = kPerson,
            .channel = v1::CHANNEL_ONLINE},
    // A third party's reasoned objection (第三十二条).
    /* 6*/ {.outcome = v1::OUTCOME_REFUSED_THIRD_PARTY, .category = kCompany,
            .channel = v1::CHANNEL_ONLINE, .consult = Consult::kThirdPartyObjected},
    /* 7*/ {.outcome = v1::OUTCOME_REFUSED_INTERNAL, .category = kPerson,
            .channel = v1::CHANNEL_ORDINARY_LETTER},
    /* 8*/ {.outcome = v1::OUTCOME_REFUSED_PROCESS, .category = kResearch,
            .channel = v1::CHANNEL_ONLINE},
    /* 9*/ {.outcome = v1::OUTCOME_REFUSED_ENFORCEMENT, .category = kLegal,
            .channel = v1::CHANNEL_SIGNED_POST},
    /*10*/ {.outcome = v1::OUTCOME_REFUSED_INQUIRY, .category = kPerson,
            .channel = v1::CHANNEL_IN_PERSON},
    /*11*/ {.outcome = v1::OUTCOME_UNABLE_NOT_EXIST, .category = kPerson,
            .channel = v1::CHANNEL_ONLINE},
    /*12*/ {.outcome = v1::OUTCOME_UNABLE_NOT_THIS_AGENCY, .category = kOther,
            .channel = v1::CHANNEL_FAX},
    /*13*/ {.outcome = v1::OUTCOME_UNABLE_NEEDS_CREATION, .category = kPublicInterest,
            .channel = v1::CHANNEL_ONLINE},
    /*14*/ {.outcome = v1::OUTCOME_UNABLE_UNCLEAR, .category = kPerson,
            .channel = v1::CHANNEL_ONLINE, .correction = Correction::kReceived},
    /*15*/ {.outcome = v1::OUTCOME_NOT_PROCESSED_PETITION, .category = kPerson,
            .channel = v1::CHANNEL_SIGNED_POST},
    /*16*/ {.outcome = v1::OUTCOME_NOT_PROCESSED_REPEAT, .category = kPerson,
            .channel = v1::CHANNEL_ONLINE},
    /*17*/ {.outcome = v1::OUTCOME_NOT_PROCESSED_PUBLICATION, .category = kResearch,
            .channel = v1::CHANNEL_ONLINE},
    /*18*/ {.outcome = v1::OUTCOME_NOT_PROCESSED_EXCESSIVE, .category = kPerson,
            .channel = v1::CHANNEL_ONLINE, .items = 8},
    /*19*/ {.outcome = v1::OUTCOME_NOT_PROCESSED_CONFIRMATION, .category = kCompany,
            .channel = v1::CHANNEL_ONLINE},
    // No correction within the period given (第三十条).
    /*20*/ {.outcome = v1::OUTCOME_NO_CORRECTION, .category = kPerson,
            .channel = v1::CHANNEL_ONLINE, .correction = Correction::kLapsed},
    // A fee notice never paid (国办函〔2020〕109号).
    /*21*/ {.outcome = v1::OUTCOME_UNPAID_FEE, .category = kCompany, .channel = v1::CHANNEL_ONLINE,
            .items = 25, .fee = Fee::kUnpaid},
    /*22*/ {.outcome = v1::OUTCOME_WITHDRAWN, .category = kPerson, .channel = v1::CHANNEL_ONLINE},
    /*23*/ {.outcome = v1::OUTCOME_OTHER, .category = kOther, .channel = v1::CHANNEL_SIGNED_POST},
    // The correction restarts the clock: decided 15 working days after the corrected
    // application arrived, which is after the 20 counted from receipt.
    /*24*/ {.outcome = v1::OUTCOME_GRANTED, .category = kPerson, .channel = v1::CHANNEL_ONLINE,
            .correction = Correction::kReceived, .correction_after = 5, .correction_period = 15,
            .correction_answer_after = 12, .decide_after = 15},
    // Extended (第三十三条), and decided after the first 20 working days.
    /*25*/ {.outcome = v1::OUTCOME_GRANTED, .category = kPublicInterest,
            .channel = v1::CHANNEL_ONLINE, .extension = true, .decide_after = 18},
    // A fee notice, paid.
    /*26*/ {.outcome = v1::OUTCOME_GRANTED, .category = kLegal, .channel = v1::CHANNEL_ONLINE,
            .items = 15, .fee = Fee::kPaid},
    // Another agency consulted (第三十四条).
    /*27*/ {.outcome = v1::OUTCOME_GRANTED, .category = kPerson, .channel = v1::CHANNEL_ONLINE,
            .consult = Consult::kOtherAgency},
    // Decided after the deadline.
    /*28*/ {.outcome = v1::OUTCOME_GRANTED, .category = kPerson,
            .channel = v1::CHANNEL_SIGNED_POST, .late = true},
    // Received last year, concluded this year (table 三 row 二).
    /*29*/ {.outcome = v1::OUTCOME_GRANTED, .category = kPerson,
            .channel = v1::CHANNEL_SIGNED_POST, .when = When::kCarriedOver},
    /*30*/ {.outcome = v1::OUTCOME_PARTIAL, .category = kCompany, .channel = v1::CHANNEL_ONLINE,
            .extension = true, .when = When::kCarriedOver},
    // Open at 31 December (row 四): a consultation, and an awaited correction.
    /*31*/ {.outcome = v1::OUTCOME_GRANTED, .category = kPerson, .channel = v1::CHANNEL_ONLINE,
            .consult = Consult::kThirdPartyAgreed, .open = true, .when = When::kYearEnd},
    /*32*/ {.outcome = v1::OUTCOME_NO_CORRECTION, .category = kCompany,
            .channel = v1::CHANNEL_ONLINE, .correction = Correction::kLapsed, .open = true,
            .when = When::kYearEnd},
};
// clang-format on

// The scenario applications remedies refer to (indices into kApps): concluded cases, one per
// remedy, and for the pending ones the latest decisions.
constexpr int kRefusedApps[] = {3, 4, 5, 6, 7, 8, 9, 10, 11};
constexpr int kPendingApps[] = {28, 16, 17};

}  // namespace

int64_t ScenarioApplicationCount() { return static_cast<int64_t>(std::size(kApps)); }

AppPlan ScenarioAppPlan(const Context& ctx, int64_t j) {
  const AppScenario& s = kApps[j];
  AppPlan p;
  p.category = s.category;
  p.channel = s.channel;
  p.item_count = s.items;
  p.outcome = s.outcome;
  p.correction = s.correction;
  p.consult = s.consult;
  p.extension = s.extension;
  p.fee = s.fee;
  p.late = s.late;
  p.open = s.open;
  p.correction_after = s.correction_after;
  p.correction_period = s.correction_period;
  p.correction_answer_after = s.correction_answer_after;
  p.decide_after = s.decide_after;
  const std::vector<absl::CivilDay>& days = ctx.year_days();
  switch (s.when) {
    case When::kYear:
      p.received = days[std::min<size_t>(4 + 6 * j, days.size() - 1)];
      break;
    case When::kCarriedOver:
      p.received = ctx.OnOrAfter(j % 2 == 0 ? absl::CivilDay(ctx.year() - 1, 12, 12)
                                            : absl::CivilDay(ctx.year() - 1, 11, 26));
      p.conclude_from = ctx.OnOrAfter(ctx.first());
      break;
    case When::kYearEnd:
      p.received = days[days.size() - (j % 2 == 0 ? 3 : 8)];
      break;
  }
  return p;
}

// ---- disclosures ----

int64_t ScenarioDisclosureCount() { return 22; }

DiscPlan ScenarioDiscPlan(const Context& ctx, int64_t j) {
  const std::vector<absl::CivilDay>& days = ctx.year_days();
  auto day = [&](size_t k) { return days[std::min(k, days.size() - 1)]; };
  auto earlier = [&](int years_back, int month, int d) {
    return ctx.OnOrAfter(absl::CivilDay(ctx.year() - years_back, month, d));
  };
  const int y = ctx.year();
  DiscPlan p;
  p.draw_channels = false;
  p.delay = 1;
  // An official document reviewed on a slip that proposes, and signs, 主动公开.
  auto official = [&](bool by_government) {
    p.official = true;
    p.by_government = by_government;
    p.slip.present = true;
  };
  auto normative = [&](absl::CivilDay generated, bool rule) {
    p.kind = rule ? v1::DOCUMENT_KIND_RULE : v1::DOCUMENT_KIND_NORMATIVE_DOCUMENT;
    p.article20_item = 1;
    official(true);
    p.generated = generated;
    p.effective = generated + 10;
    p.extra_channels = {v1::PUBLICATION_CHANNEL_GAZETTE};
  };
  switch (j) {
    case 0:  // issued this year, three channels and every kind of companion
      normative(day(20), false);
      p.extra_channels = {v1::PUBLICATION_CHANNEL_GAZETTE, v1::PUBLICATION_CHANNEL_NEW_MEDIA};
      p.interpretation = p.graphic = p.video = true;
      break;
    case 1:  // issued this year; the disclosure office sent the slip back once
      normative(day(60), false);
      p.slip.return_by = v1::SLIP_ROLE_DISCLOSURE_OFFICE;
      p.interpretation = true;
      break;
    case 2:  // issued two years ago, in force
      normative(earlier(2, 6, 15), false);
      p.effective = p.generated + 30;
      break;
    case 3:  // issued four years ago, repealed this year
      normative(earlier(4, 3, 10), false);
      p.repealed = absl::CivilDay(y, 6, 30);
      break;
    case 4:  // a rule issued this year; the secrecy review sent the slip back once
      normative(day(100), true);
      p.effective = p.generated + 30;
      p.extra_channels = {v1::PUBLICATION_CHANNEL_GAZETTE, v1::PUBLICATION_CHANNEL_NEWSPAPER};
      p.slip.return_by = v1::SLIP_ROLE_SECRECY_REVIEWER;
      p.interpretation = true;
      break;
    case 5:  // a rule issued three years ago, in force
      normative(earlier(3, 9, 1), true);
      break;
    case 6:  // a rule issued five years ago, repealed this year
      normative(earlier(5, 4, 1), true);
      p.repealed = absl::CivilDay(y, 9, 1);
      break;
    case 7:  // published late (第二十六条: 20 working days)
      p.generated = day(80);
      p.delay = 28;
      p.publish = Publish::kLate;
      break;
    case 8:  // proactive, never published, overdue at 31 December
      p.article20_item = 13;
      p.generated = day(150);
      p.publish = Publish::kOverdue;
      break;
    case 9:  // 不予公开 on the slip, with its ground
      official(false);
      p.generated = day(40);
      p.publish = Publish::kNever;
      p.slip.proposed = p.slip.decided = v1::PUBLIC_ATTRIBUTE_WITHHELD;
      p.slip.ground = v1::WITHHOLD_GROUND_INTERNAL_AFFAIRS;
      break;
    case 10:  // 依申请公开 on the slip, with its reason
      official(false);
      p.generated = day(70);
      p.publish = Publish::kNever;
      p.slip.proposed = p.slip.decided = v1::PUBLIC_ATTRIBUTE_ON_REQUEST;
      break;
    case 11:  // withheld as process information, changed to 主动公开 under 第十八条
      official(true);
      p.article20_item = 15;
      p.generated = day(30);
      p.publish = Publish::kNever;
      p.slip.proposed = p.slip.decided = v1::PUBLIC_ATTRIBUTE_WITHHELD;
      p.slip.ground = v1::WITHHOLD_GROUND_PROCESS;
      p.slip.change_after_days = 120;
      p.extra_channels = {v1::PUBLICATION_CHANNEL_NEW_MEDIA};
      break;
    case 12:  // proposed 依申请公开, the signer decides 主动公开 (with a reason)
      official(false);
      p.article20_item = 11;
      p.generated = day(90);
      p.slip.proposed = v1::PUBLIC_ATTRIBUTE_ON_REQUEST;
      p.slip.decided = v1::PUBLIC_ATTRIBUTE_PROACTIVE;
      p.slip.return_by = v1::SLIP_ROLE_SIGNER;
      break;
    case 13:  // a penalty decision, within its own limit of 7 working days
      p.article20_item = 6;
      p.limit_days = 7;
      p.generated = day(110);
      p.delay = 3;
      break;
    case 14:  // a licensing decision, late against its own limit of 7 working days
      p.article20_item = 5;
      p.limit_days = 7;
      p.generated = day(120);
      p.delay = 10;
      p.publish = Publish::kLate;
      break;
    case 15:  // a plan on three channels with a graphic explanation
      p.article20_item = 3;
      p.generated = day(130);
      p.extra_channels = {v1::PUBLICATION_CHANNEL_NEW_MEDIA,
                          v1::PUBLICATION_CHANNEL_PRESS_CONFERENCE};
      p.graphic = true;
      break;
    case 16:  // statistics whose content changed after they were formed
      p.article20_item = 4;
      p.generated = day(140);
      p.changed_after_days = 20;
      break;
    case 17:  // issued this year, in force from 1 January next year
      normative(day(200), false);
      p.effective = absl::CivilDay(y + 1, 1, 1);
      p.interpretation = true;
      break;
    case 18:  // issued and repealed this year
      normative(day(10), false);
      p.repealed = absl::CivilDay(y, 11, 30);
      break;
    case 19:  // issued last year as the lead of a joint document, in force
      normative(earlier(1, 11, 20), false);
      p.slip.origin = v1::DOCUMENT_ORIGIN_JOINT_LEAD;
      p.interpretation = true;
      break;
    case 20:  // social security information on the portal, in the reading room and on TV
      p.article20_item = 11;
      p.generated = day(170);
      p.extra_channels = {v1::PUBLICATION_CHANNEL_READING_ROOM, v1::PUBLICATION_CHANNEL_BROADCAST};
      break;
    default:  // formed in the last days of the year, published after 31 December: not overdue
      p.article20_item = 15;
      p.generated = days[days.size() - 2];
      p.delay = 6;
      break;
  }
  return p;
}

// ---- remedies ----

int64_t ScenarioRemedyCount() { return 14; }

namespace {

// The decision date of scenario application kApps[app], if it exists and is decided.
std::optional<absl::CivilDay> Decided(const Context& ctx, int app) {
  if (app >= ctx.options().applications) return std::nullopt;
  v1::Application a;
  MakeApplication(ctx, app, &a);
  for (const v1::Event& e : a.events()) {
    if (e.type() == v1::EVENT_TYPE_DECIDED) return FromDate(e.date());
  }
  return std::nullopt;
}

}  // namespace

RemedyPlan ScenarioRemedyPlan(const Context& ctx, int64_t j, Rng& rng) {
  RemedyPlan p;
  const int y = ctx.year();
  if (j >= 12) {  // filed the year before: concluded this year, or still pending
    p.kind = j == 12 ? v1::REMEDY_KIND_RECONSIDERATION : v1::REMEDY_KIND_DIRECT_LAWSUIT;
    p.filed = ctx.OnOrAfter(j == 12 ? absl::CivilDay(y - 1, 11, 10) : absl::CivilDay(y - 1, 9, 1));
    if (j == 12) {
      p.result = v1::REMEDY_RESULT_UPHELD;
      p.concluded = ctx.OnOrAfter(absl::CivilDay(y, 1, 20));
    }
    p.application_id = absl::StrFormat("%d-%05d", y - 1, ctx.options().applications + 1 + j);
    return p;
  }
  constexpr v1::RemedyKind kKinds[] = {v1::REMEDY_KIND_RECONSIDERATION,
                                       v1::REMEDY_KIND_DIRECT_LAWSUIT,
                                       v1::REMEDY_KIND_LAWSUIT_AFTER_RECONSIDERATION};
  constexpr v1::RemedyResult kResults[] = {v1::REMEDY_RESULT_UPHELD, v1::REMEDY_RESULT_CORRECTED,
                                           v1::REMEDY_RESULT_OTHER, v1::REMEDY_RESULT_UNSPECIFIED};
  p.kind = kKinds[j / 4];
  p.result = kResults[j % 4];
  const bool pending = p.result == v1::REMEDY_RESULT_UNSPECIFIED;
  const int app = pending ? kPendingApps[j / 4] : kRefusedApps[j - j / 4];
  const std::optional<absl::CivilDay> decided = Decided(ctx, app);
  const int64_t wait = p.kind == v1::REMEDY_KIND_LAWSUIT_AFTER_RECONSIDERATION ? 70 : 15;
  if (decided) {
    p.application_id = ApplicationId(ctx, app);
    p.filed = ctx.OnOrAfter(*decided + wait + rng.Uniform(0, 5));
  } else {
    p.filed = ctx.OnOrAfter(absl::CivilDay(y, 3, 1) + 20 * j);
  }
  if (pending) {
    p.filed = std::max(p.filed, ctx.OnOrAfter(absl::CivilDay(y, 11, 20)));
  } else {
    const int64_t takes = p.kind == v1::REMEDY_KIND_RECONSIDERATION ? 50 : 80;
    p.concluded = ctx.OnOrAfter(p.filed + takes + rng.Uniform(0, 5));
  }
  if (p.filed > ctx.last()) p.filed = ctx.Back(ctx.last(), 1);
  if (p.concluded && *p.concluded > ctx.as_of()) {
    p.concluded.reset();
    p.result = v1::REMEDY_RESULT_UNSPECIFIED;
  }
  return p;
}

}  // namespace gongkai::gen
