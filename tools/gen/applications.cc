// Applications (依申请公开): a plan drawn with realistic proportions, turned into a history the
// case engine accepts (lib/cases/history.h, docs/cases.md), cut at the data's date.
#include <algorithm>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "context.h"
#include "generate.h"
#include "personal.h"
#include "plans.h"

namespace gongkai::gen {
namespace {

// Outcomes of concluded applications, per 10,000: most granted, every row of table 三 present
// (proportions after published district reports).
constexpr v1::Outcome kOutcomes[] = {
    v1::OUTCOME_GRANTED,
    v1::OUTCOME_ALREADY_PUBLIC,
    v1::OUTCOME_PARTIAL,
    v1::OUTCOME_REFUSED_STATE_SECRET,
    v1::OUTCOME_REFUSED_PROHIBITED,
    v1::OUTCOME_REFUSED_SECURITY,
    v1::OUTCOME_REFUSED_THIRD_PARTY,
    v1::OUTCOME_REFUSED_INTERNAL,
    v1::OUTCOME_REFUSED_PROCESS,
    v1::OUTCOME_REFUSED_ENFORCEMENT,
    v1::OUTCOME_REFUSED_INQUIRY,
    v1::OUTCOME_UNABLE_NOT_EXIST,
    v1::OUTCOME_UNABLE_NOT_THIS_AGENCY,
    v1::OUTCOME_UNABLE_NEEDS_CREATION,
    v1::OUTCOME_UNABLE_UNCLEAR,
    v1::OUTCOME_NOT_PROCESSED_PETITION,
    v1::OUTCOME_NOT_PROCESSED_REPEAT,
    v1::OUTCOME_NOT_PROCESSED_PUBLICATION,
    v1::OUTCOME_NOT_PROCESSED_EXCESSIVE,
    v1::OUTCOME_NOT_PROCESSED_CONFIRMATION,
    v1::OUTCOME_NO_CORRECTION,
    v1::OUTCOME_UNPAID_FEE,
    v1::OUTCOME_WITHDRAWN,
    v1::OUTCOME_OTHER,
};
constexpr int kOutcomeWeights[] = {3630, 900, 550, 10,  40,  20, 90, 60,  150, 60, 180, 1700,
                                   500,  300, 80,  350, 300, 30, 40, 120, 200, 15, 500, 175};
static_assert(std::size(kOutcomes) == std::size(kOutcomeWeights));

constexpr v1::ApplicantCategory kCategories[] = {
    v1::APPLICANT_CATEGORY_NATURAL_PERSON, v1::APPLICANT_CATEGORY_COMMERCIAL,
    v1::APPLICANT_CATEGORY_RESEARCH,       v1::APPLICANT_CATEGORY_PUBLIC_INTEREST,
    v1::APPLICANT_CATEGORY_LEGAL_SERVICES, v1::APPLICANT_CATEGORY_OTHER};
constexpr int kCategoryWeights[] = {860, 70, 5, 8, 30, 27};

constexpr v1::Channel kChannels[] = {v1::CHANNEL_ONLINE, v1::CHANNEL_SIGNED_POST,
                                     v1::CHANNEL_IN_PERSON, v1::CHANNEL_ORDINARY_LETTER,
                                     v1::CHANNEL_FAX};
constexpr int kChannelWeights[] = {550, 230, 130, 50, 40};

constexpr int kCorrectionPeriods[] = {10, 15, 15, 20};

// 信息处理费 by the item (国办函〔2020〕109号): items 1–10 free, 11–30 at 100 元, 31–100 at 200 元,
// then 100 元 more per band of 10. In 分.
int64_t FeeFen(int items) {
  int64_t yuan = 0;
  for (int k = 11; k <= items; ++k) {
    yuan += k <= 30 ? 100 : k <= 100 ? 200 : 200 + 100 * ((k - 101) / 10 + 1);
  }
  return yuan * 100;
}

bool OnTheMerits(v1::Outcome o) {
  return o != v1::OUTCOME_NO_CORRECTION && o != v1::OUTCOME_UNPAID_FEE &&
         o != v1::OUTCOME_WITHDRAWN;
}

// Appends events in date order.
class History {
 public:
  History(const Context& ctx, v1::Application* a) : ctx_(ctx), a_(a) {}

  v1::Event* Add(v1::EventType type, absl::CivilDay day) {
    v1::Event* e = a_->add_events();
    e->set_type(type);
    *e->mutable_date() = ToDate(day);
    e->set_actor(ctx_.names().disclosure_office);
    return e;
  }

  // DECIDED, then DELIVERED and ARCHIVED.
  void Conclude(absl::CivilDay day, v1::Outcome outcome, v1::Channel channel, Rng& rng) {
    Add(v1::EVENT_TYPE_DECIDED, day)->set_outcome(outcome);
    const bool by_hand = channel == v1::CHANNEL_ONLINE || channel == v1::CHANNEL_IN_PERSON;
    const absl::CivilDay delivered = day + (by_hand ? rng.Uniform(0, 1) : rng.Uniform(1, 5));
    Add(v1::EVENT_TYPE_DELIVERED, delivered);
    Archive(delivered, rng);
  }

  void Archive(absl::CivilDay after, Rng& rng) {
    Add(v1::EVENT_TYPE_ARCHIVED, ctx_.OnOrAfter(after + rng.Uniform(3, 25)));
  }

  // Drops the events after the data's date: a prefix of a legal history is legal.
  void Cut() {
    while (a_->events_size() > 0 &&
           FromDate(a_->events(a_->events_size() - 1).date()) > ctx_.as_of()) {
      a_->mutable_events()->RemoveLast();
    }
  }

 private:
  const Context& ctx_;
  v1::Application* a_;
};

void Build(const Context& ctx, const AppPlan& p, Rng& rng, v1::Application* a) {
  History h(ctx, a);
  // A carried-over application concludes in the report year, in its first weeks.
  auto floor = [&](absl::CivilDay day) {
    if (!p.conclude_from || day >= *p.conclude_from) return day;
    return ctx.Add(*p.conclude_from - 1, rng.Uniform(1, 8));
  };
  h.Add(v1::EVENT_TYPE_REGISTERED, p.received);
  absl::CivilDay t = p.received;
  absl::CivilDay clock = p.received;  // where the 20 working days run from
  int64_t stops = 0;

  if (p.correction != Correction::kNone) {
    const int after =
        p.correction_after > 0 ? p.correction_after : static_cast<int>(rng.Uniform(1, 5));
    const int period = p.correction_period > 0 ? p.correction_period : rng.Of(kCorrectionPeriods);
    const absl::CivilDay requested = ctx.Add(p.received, after);
    h.Add(v1::EVENT_TYPE_CORRECTION_REQUESTED, requested)->set_correction_period_days(period);
    if (p.correction == Correction::kLapsed) {
      if (p.open) return h.Cut();
      // Deemed abandoned once the period has run out (第三十条).
      const absl::CivilDay day = floor(ctx.Add(requested, period + rng.Uniform(1, 5)));
      h.Conclude(day, v1::OUTCOME_NO_CORRECTION, p.channel, rng);
      return h.Cut();
    }
    const int answer = p.correction_answer_after > 0 ? p.correction_answer_after
                                                     : static_cast<int>(rng.Uniform(1, period));
    t = clock = ctx.Add(requested, answer);
    h.Add(v1::EVENT_TYPE_CORRECTION_RECEIVED, t);  // the reply period restarts
  }

  if (p.outcome == v1::OUTCOME_WITHDRAWN) {
    const absl::CivilDay day = floor(ctx.Add(t, rng.Uniform(1, 10)));
    h.Add(v1::EVENT_TYPE_WITHDRAWN, day);
    h.Archive(day, rng);
    return h.Cut();
  }

  if (p.consult != Consult::kNone) {
    const v1::ConsultationParty party = p.consult == Consult::kOtherAgency
                                            ? v1::CONSULTATION_PARTY_OTHER_AGENCY
                                            : v1::CONSULTATION_PARTY_THIRD_PARTY;
    const absl::CivilDay started = ctx.Add(t, rng.Uniform(1, 5));
    h.Add(v1::EVENT_TYPE_CONSULTATION_STARTED, started)->set_party(party);
    // The answer, or the end of the 15 working days (第三十二、三十四条).
    const absl::CivilDay answered = ctx.Add(started, rng.Uniform(3, 15));
    v1::Event* e = h.Add(v1::EVENT_TYPE_CONSULTATION_ANSWERED, answered);
    e->set_party(party);
    e->set_objected(p.consult == Consult::kThirdPartyObjected);
    stops += ctx.Between(started, answered);
    t = answered;
  }

  if (p.fee != Fee::kNone) {
    const absl::CivilDay sent = ctx.Add(t, rng.Uniform(1, 3));
    const absl::CivilDay received = sent + rng.Uniform(0, 4);
    v1::Event* e = h.Add(v1::EVENT_TYPE_FEE_NOTICE_SENT, sent);
    e->set_fee_fen(FeeFen(std::max(p.item_count, 11)));
    *e->mutable_fee_notice_received() = ToDate(received);
    if (p.fee == Fee::kUnpaid) {
      if (p.open) return h.Cut();
      // Not paid within 20 working days from the day after receipt: deemed abandoned.
      const absl::CivilDay day = floor(ctx.Add(received, 20 + rng.Uniform(1, 5)));
      h.Conclude(day, v1::OUTCOME_UNPAID_FEE, p.channel, rng);
      return h.Cut();
    }
    const absl::CivilDay paid = ctx.Add(received, rng.Uniform(1, 15));
    h.Add(v1::EVENT_TYPE_FEE_PAID, paid);
    stops += ctx.Between(received, paid);
    t = paid;
  }

  int64_t extension = 0;
  auto extend = [&](absl::CivilDay day, int64_t days) {
    v1::Event* e = h.Add(v1::EVENT_TYPE_EXTENSION_APPROVED, day);
    e->set_extension_days(static_cast<int>(days));
    e->set_approver(absl::StrCat(ctx.names().disclosure_office, "负责人"));
    extension = days;
  };
  // Approved shortly before the first deadline runs out (or at once, if it already has).
  const absl::CivilDay first_due = ctx.Add(clock, 20 + stops);
  auto extension_day = [&] { return std::max(t, ctx.Back(first_due, rng.Uniform(1, 5))); };
  if (p.extension) {
    const absl::CivilDay day = extension_day();
    const int64_t days = rng.Chance(3, 4) ? 20 : rng.Uniform(10, 19);
    extend(day, days);
    t = day;
  }
  if (p.open) return h.Cut();

  const absl::CivilDay due = ctx.Add(clock, 20 + extension + stops);
  absl::CivilDay day;
  if (p.decide_after > 0) {
    day = ctx.Add(t, p.decide_after);
  } else if (p.late) {
    day = ctx.Add(std::max(due, t), rng.Uniform(1, 8));
  } else if (p.channel == v1::CHANNEL_IN_PERSON && t == p.received &&
             p.outcome == v1::OUTCOME_ALREADY_PUBLIC && rng.Chance(1, 2)) {
    day = p.received;  // answered on the spot
  } else {
    const int64_t room = ctx.Between(t, due);
    const int64_t quick = OnTheMerits(p.outcome) ? 18 : 10;
    day = ctx.Add(t, room >= 1 ? rng.Uniform(1, std::min(room, quick)) : 1);
  }
  day = floor(day);
  if (day > due && !p.late && extension == 0 && p.decide_after == 0) {
    // The carry into January needs the one extension 第三十三条 allows.
    extend(std::min(extension_day(), day), 20);
  }
  h.Conclude(day, p.outcome, p.channel, rng);
  h.Cut();
}

// Received in the last weeks of the year before, so that some are still open on 1 January.
std::vector<absl::CivilDay> CarriedOverDays(const Context& ctx) {
  return ctx.WorkingDays(absl::CivilDay(ctx.year() - 1, 11, 20),
                         absl::CivilDay(ctx.year() - 1, 12, 31));
}

absl::CivilDay ReceivedOf(const Context& ctx, int64_t index, Rng& rng, AppPlan* plan,
                          const std::vector<absl::CivilDay>& carried_days) {
  const Blocks b = ctx.application_blocks();
  if (index < b.scenarios) {
    *plan = ScenarioAppPlan(ctx, index);
  } else if (index < b.scenarios + b.earlier) {
    *plan = RandomAppPlan(rng);
    plan->received = Context::Spread(carried_days, index - b.scenarios, b.earlier, rng);
    plan->conclude_from = ctx.OnOrAfter(ctx.first());
  } else {
    *plan = RandomAppPlan(rng);
    plan->received = Context::Spread(ctx.year_days(), index - b.scenarios - b.earlier, b.main, rng);
  }
  return plan->received;
}

void Make(const Context& ctx, int64_t index, const std::vector<absl::CivilDay>& carried_days,
          v1::Application* a) {
  Rng rng = Rng::For(ctx.options().seed, Stream::kApplication, static_cast<uint64_t>(index));
  AppPlan plan;
  const absl::CivilDay received = ReceivedOf(ctx, index, rng, &plan, carried_days);
  a->Clear();
  a->set_id(absl::StrFormat("%d-%05d", static_cast<int>(received.year()), index + 1));
  a->set_agency_id(ctx.options().agency_id);
  a->mutable_applicant()->set_category(plan.category);
  a->set_channel(plan.channel);
  *a->mutable_received() = ToDate(received);
  a->set_item_count(plan.item_count);
  FillPersonal(ctx.names(), ctx.options().marker, index + 1, rng, a);
  Build(ctx, plan, rng, a);
}

}  // namespace

AppPlan RandomAppPlan(Rng& rng) {
  AppPlan p;
  p.outcome = kOutcomes[rng.Pick(kOutcomeWeights, std::size(kOutcomeWeights))];
  p.category = kCategories[rng.Pick(kCategoryWeights, std::size(kCategoryWeights))];
  p.channel = kChannels[rng.Pick(kChannelWeights, std::size(kChannelWeights))];
  const size_t volume = rng.Pick({850, 120, 20, 10});
  p.item_count = volume == 0   ? 1
                 : volume == 1 ? static_cast<int>(rng.Uniform(2, 5))
                 : volume == 2 ? static_cast<int>(rng.Uniform(6, 10))
                               : static_cast<int>(rng.Uniform(11, 40));
  switch (p.outcome) {
    case v1::OUTCOME_NO_CORRECTION:
      p.correction = Correction::kLapsed;
      return p;
    case v1::OUTCOME_UNABLE_UNCLEAR:
      p.correction = Correction::kReceived;
      break;
    case v1::OUTCOME_UNPAID_FEE:
      p.item_count = static_cast<int>(rng.Uniform(11, 40));
      p.fee = Fee::kUnpaid;
      return p;
    case v1::OUTCOME_REFUSED_THIRD_PARTY:
      if (rng.Chance(85, 100)) p.consult = Consult::kThirdPartyObjected;
      break;
    case v1::OUTCOME_PARTIAL:
      if (rng.Chance(15, 100))
        p.consult = Consult::kThirdPartyObjected;
      else if (rng.Chance(10, 100))
        p.consult = Consult::kThirdPartyAgreed;
      break;
    case v1::OUTCOME_GRANTED:
      if (rng.Chance(3, 100))
        p.consult = Consult::kThirdPartyAgreed;
      else if (rng.Chance(2, 100))
        p.consult = Consult::kOtherAgency;
      break;
    default:
      break;
  }
  if (p.correction == Correction::kNone && rng.Chance(5, 100)) p.correction = Correction::kReceived;
  if (p.outcome == v1::OUTCOME_WITHDRAWN) return p;
  const bool provided = p.outcome == v1::OUTCOME_GRANTED || p.outcome == v1::OUTCOME_PARTIAL;
  if (provided && p.item_count > 10 && rng.Chance(4, 5)) p.fee = Fee::kPaid;
  p.extension = rng.Chance(p.consult != Consult::kNone ? 35 : 4, 100);
  p.late = rng.Chance(25, 1000);
  return p;
}

std::string ApplicationId(const Context& ctx, int64_t index) {
  Rng rng = Rng::For(ctx.options().seed, Stream::kApplication, static_cast<uint64_t>(index));
  AppPlan plan;
  const absl::CivilDay received = ReceivedOf(ctx, index, rng, &plan, CarriedOverDays(ctx));
  return absl::StrFormat("%d-%05d", static_cast<int>(received.year()), index + 1);
}

void MakeApplication(const Context& ctx, int64_t index, v1::Application* out) {
  Make(ctx, index, CarriedOverDays(ctx), out);
}

absl::Status GenerateApplications(const GenOptions& options,
                                  absl::FunctionRef<void(const v1::Application&)> visit) {
  absl::StatusOr<Context> ctx = Context::Make(options);
  if (!ctx.ok()) return ctx.status();
  const std::vector<absl::CivilDay> carried_days = CarriedOverDays(*ctx);
  v1::Application record;
  for (int64_t i = 0; i < options.applications; ++i) {
    Make(*ctx, i, carried_days, &record);
    visit(record);
  }
  return absl::OkStatus();
}

}  // namespace gongkai::gen
