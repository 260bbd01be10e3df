// Remedies (第五十一条, table 四): reconsiderations and lawsuits about the generated applications'
// decisions, filed in the report year or the year before, concluded with a result or pending.
#include <algorithm>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "context.h"
#include "generate.h"
#include "plans.h"

namespace gongkai::gen {
namespace {

constexpr v1::RemedyKind kKinds[] = {v1::REMEDY_KIND_RECONSIDERATION,
                                     v1::REMEDY_KIND_DIRECT_LAWSUIT,
                                     v1::REMEDY_KIND_LAWSUIT_AFTER_RECONSIDERATION};
constexpr int kKindWeights[] = {60, 25, 15};

constexpr v1::RemedyResult kResults[] = {v1::REMEDY_RESULT_UPHELD, v1::REMEDY_RESULT_CORRECTED,
                                         v1::REMEDY_RESULT_OTHER};
constexpr int kResultWeights[] = {72, 10, 18};

// Calendar days from the decision to filing, and from filing to the conclusion.
int64_t FilingWait(v1::RemedyKind kind, Rng& rng) {
  // 复议: within 60 days; 起诉: within 6 months; after a reconsideration: once it concluded.
  return kind == v1::REMEDY_KIND_RECONSIDERATION  ? rng.Uniform(5, 55)
         : kind == v1::REMEDY_KIND_DIRECT_LAWSUIT ? rng.Uniform(10, 150)
                                                  : rng.Uniform(75, 160);
}
int64_t Duration(v1::RemedyKind kind, Rng& rng) {
  return kind == v1::REMEDY_KIND_RECONSIDERATION ? rng.Uniform(25, 90) : rng.Uniform(60, 200);
}

bool Contested(v1::Outcome o) {
  return o != v1::OUTCOME_GRANTED && o != v1::OUTCOME_ALREADY_PUBLIC;
}

// Draws the conclusion: a result on a working day, or pending (no date) when that falls after
// the data's date or the case simply has not ended (5%).
void Conclude(const Context& ctx, Rng& rng, RemedyPlan* p) {
  const absl::CivilDay day = ctx.OnOrAfter(p->filed + Duration(p->kind, rng));
  const v1::RemedyResult result = kResults[rng.Pick(kResultWeights, std::size(kResultWeights))];
  const bool stalled = rng.Chance(5, 100);
  if (day > ctx.as_of() || stalled) return;
  p->concluded = day;
  p->result = result;
}

RemedyPlan EarlierPlan(const Context& ctx, int64_t k, Rng& rng) {
  RemedyPlan p;
  p.kind = kKinds[rng.Pick(kKindWeights, std::size(kKindWeights))];
  p.filed = ctx.RandomWorkingDay(ctx.year() - 1, 9, 1, 12, 31, rng);
  // About an application of the year before, which is not among the records.
  p.application_id =
      absl::StrFormat("%d-%05d", ctx.year() - 1, ctx.options().applications + 100 + k);
  Conclude(ctx, rng, &p);
  // Cases that ended before 1 January are not in this year's table; these run into it.
  if (p.concluded && *p.concluded < ctx.first()) {
    p.concluded = ctx.OnOrAfter(ctx.first() + rng.Uniform(3, 80));
  }
  return p;
}

RemedyPlan MainPlan(const Context& ctx, Rng& rng) {
  RemedyPlan p;
  p.kind = kKinds[rng.Pick(kKindWeights, std::size(kKindWeights))];
  const int64_t wait = FilingWait(p.kind, rng);
  const int64_t apps = ctx.options().applications;
  v1::Application a;
  // Look for a contested decision early enough to be followed by this filing in the year.
  for (int attempt = 0; apps > 0 && attempt < 64; ++attempt) {
    const int64_t j = rng.Uniform(0, apps - 1);
    MakeApplication(ctx, j, &a);
    for (const v1::Event& e : a.events()) {
      if (e.type() != v1::EVENT_TYPE_DECIDED || !Contested(e.outcome())) continue;
      const absl::CivilDay filed = ctx.OnOrAfter(FromDate(e.date()) + wait);
      if (filed < ctx.first() || filed > ctx.last()) continue;
      p.filed = filed;
      p.application_id = a.id();
      Conclude(ctx, rng, &p);
      return p;
    }
  }
  // None found (few applications): a case about proactive disclosure, with no application.
  p.filed = ctx.RandomWorkingDay(ctx.year(), 1, 1, 12, 31, rng);
  Conclude(ctx, rng, &p);
  return p;
}

std::string Body(const Context& ctx, v1::RemedyKind kind) {
  const AgencyNames& n = ctx.names();
  // The reconsideration body is the government one level up; a lawsuit against a county-level
  // government goes to the intermediate court.
  if (kind == v1::REMEDY_KIND_RECONSIDERATION) {
    return n.city == n.place ? absl::StrCat(n.place, "人民政府") : absl::StrCat(n.city, "人民政府");
  }
  return absl::StrCat(n.city, "中级人民法院");
}

}  // namespace

absl::Status GenerateRemedies(const GenOptions& options,
                              absl::FunctionRef<void(const v1::Remedy&)> visit) {
  absl::StatusOr<Context> ctx = Context::Make(options);
  if (!ctx.ok()) return ctx.status();
  const Blocks b = ctx->remedy_blocks();
  v1::Remedy r;
  for (int64_t i = 0; i < options.remedies; ++i) {
    Rng rng = Rng::For(options.seed, Stream::kRemedy, static_cast<uint64_t>(i));
    const RemedyPlan p = i < b.scenarios               ? ScenarioRemedyPlan(*ctx, i, rng)
                         : i < b.scenarios + b.earlier ? EarlierPlan(*ctx, i - b.scenarios, rng)
                                                       : MainPlan(*ctx, rng);
    r.Clear();
    r.set_id(absl::StrFormat("%s-%d-%04d", p.kind == v1::REMEDY_KIND_RECONSIDERATION ? "FY" : "SS",
                             static_cast<int>(p.filed.year()), i + 1));
    r.set_agency_id(options.agency_id);
    r.set_kind(p.kind);
    r.set_application_id(p.application_id);
    *r.mutable_filed() = ToDate(p.filed);
    if (p.concluded) {
      *r.mutable_concluded() = ToDate(*p.concluded);
      r.set_result(p.result);
    }
    r.set_body(Body(*ctx, p.kind));
    visit(r);
  }
  return absl::OkStatus();
}

}  // namespace gongkai::gen
