// Disclosures, slips, remedies and the entered figures: each follows its contract, and a
// district-size year has realistic proportions.
#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>

#include "calendar/calendar.h"
#include "gen_testing.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "report/validate.h"

namespace gongkai::gen {
namespace {

using testing::AddWorkingDays;
using testing::Day;

// ---- slips: the built-in "common" workflow (proto/gongkai/v1/slip.proto) ----

struct SlipStepSpec {
  v1::SlipAction action;
  v1::SlipRole role;
};
constexpr SlipStepSpec kCommon[] = {
    {v1::SLIP_ACTION_PROPOSE, v1::SLIP_ROLE_DRAFTING_UNIT},
    {v1::SLIP_ACTION_APPROVE, v1::SLIP_ROLE_DISCLOSURE_OFFICE},
    {v1::SLIP_ACTION_PASS_SECRECY, v1::SLIP_ROLE_SECRECY_REVIEWER},
    {v1::SLIP_ACTION_SIGN, v1::SLIP_ROLE_SIGNER},
};

// What a slip's history establishes, checked step by step; "" if it follows the workflow.
struct SlipFacts {
  std::string error;
  v1::PublicAttribute signed_attribute = v1::PUBLIC_ATTRIBUTE_UNSPECIFIED;
  std::optional<absl::CivilDay> first_signed, public_since;
  int returns = 0, changes = 0;
  bool withheld_with_ground = false;
};

SlipFacts CheckSlip(const v1::IssuanceSlip& slip) {
  SlipFacts f;
  size_t next = 0;
  bool signed_once = false;
  v1::PublicAttribute proposed = v1::PUBLIC_ATTRIBUTE_UNSPECIFIED;
  std::optional<absl::CivilDay> last;
  for (int i = 0; i < slip.events_size() && f.error.empty(); ++i) {
    const v1::SlipEvent& e = slip.events(i);
    const std::string where = slip.id() + " events[" + std::to_string(i) + "]: ";
    const absl::CivilDay day = Day(e.date());
    if (last && day < *last) f.error = where + "dated before the event before it";
    last = day;
    auto check_proposal = [&] {
      if (e.role() != v1::SLIP_ROLE_DRAFTING_UNIT)
        f.error = where + "not proposed by the drafting unit";
      if (e.attribute() == v1::PUBLIC_ATTRIBUTE_UNSPECIFIED) f.error = where + "no attribute";
      if (e.attribute() != v1::PUBLIC_ATTRIBUTE_PROACTIVE && e.reason().empty()) {
        f.error = where + "no reason";
      }
      if (e.attribute() == v1::PUBLIC_ATTRIBUTE_WITHHELD) {
        if (e.ground() == v1::WITHHOLD_GROUND_UNSPECIFIED) f.error = where + "no ground";
        f.withheld_with_ground = true;
      } else if (e.ground() != v1::WITHHOLD_GROUND_UNSPECIFIED) {
        f.error = where + "a ground without 不予公开";
      }
      if (e.attribute() == v1::PUBLIC_ATTRIBUTE_PROACTIVE &&
          (!e.has_planned_disclosure() || e.planned_channels().empty())) {
        f.error = where + "主动公开 without planned disclosure and channels";
      }
      proposed = e.attribute();
    };
    if (e.action() == v1::SLIP_ACTION_PROPOSE_CHANGE) {
      if (next != std::size(kCommon) || !signed_once) f.error = where + "change before signature";
      check_proposal();
      if (e.attribute() == f.signed_attribute) f.error = where + "change to the same attribute";
      if (e.reason().empty()) f.error = where + "change without reason";
      ++f.changes;
      next = 1;
      continue;
    }
    if (e.action() == v1::SLIP_ACTION_RETURN) {
      if (next == 0 || next >= std::size(kCommon))
        f.error = where + "return out of place";
      else if (e.role() != kCommon[next].role)
        f.error = where + "returned by the wrong role";
      if (e.reason().empty()) f.error = where + "return without reason";
      ++f.returns;
      next = 0;
      continue;
    }
    if (next >= std::size(kCommon) || e.action() != kCommon[next].action ||
        e.role() != kCommon[next].role) {
      f.error = where + "not the step the workflow expects";
      continue;
    }
    if (e.action() == v1::SLIP_ACTION_PROPOSE) check_proposal();
    if (e.action() == v1::SLIP_ACTION_SIGN) {
      if (e.attribute() == v1::PUBLIC_ATTRIBUTE_UNSPECIFIED)
        f.error = where + "signed without attribute";
      if (e.attribute() != proposed && e.reason().empty())
        f.error = where + "differs without reason";
      f.signed_attribute = e.attribute();
      if (!signed_once) f.first_signed = day;
      if (e.attribute() == v1::PUBLIC_ATTRIBUTE_PROACTIVE && !f.public_since) f.public_since = day;
      signed_once = true;
    }
    ++next;
  }
  if (f.error.empty() && !signed_once) f.error = slip.id() + ": never signed";
  return f;
}

// ---- disclosures ----

struct Timeliness {
  bool published = false, late = false, overdue = false;
};

Timeliness TimelinessOf(const v1::Disclosure& d, absl::CivilDay as_of) {
  absl::CivilDay formed = Day(d.generated());
  if (d.has_changed()) formed = std::max(formed, Day(d.changed()));
  const int limit = d.publication_limit_days() > 0 ? d.publication_limit_days() : 20;
  const absl::CivilDay due = AddWorkingDays(formed, limit);
  Timeliness t;
  std::optional<absl::CivilDay> first;
  for (const v1::Publication& p : d.publications()) {
    if (!first || Day(p.date()) < *first) first = Day(p.date());
  }
  t.published = first.has_value();
  t.late = first && *first > due;
  t.overdue = !first && d.attribute() == v1::PUBLIC_ATTRIBUTE_PROACTIVE && due < as_of;
  return t;
}

void CheckDisclosuresAndSlips(const testing::Records& r, int year) {
  std::map<std::string, const v1::IssuanceSlip*> slips;
  for (const v1::IssuanceSlip& s : r.slips) slips[s.id()] = &s;
  const absl::CivilDay last(year, 12, 31);
  for (const v1::Disclosure& d : r.disclosures) {
    SCOPED_TRACE(d.id());
    EXPECT_FALSE(d.title().empty());
    EXPECT_FALSE(d.summary().empty());
    EXPECT_LE(Day(d.generated()), last);
    std::optional<absl::CivilDay> public_since;
    if (!d.slip_id().empty()) {
      ASSERT_TRUE(slips.contains(d.slip_id()));
      const v1::IssuanceSlip& s = *slips[d.slip_id()];
      const SlipFacts f = CheckSlip(s);
      ASSERT_EQ(f.error, "");
      EXPECT_EQ(s.workflow(), "common");
      EXPECT_EQ(s.title(), d.title());
      EXPECT_EQ(s.document_number(), d.document_number());
      EXPECT_EQ(d.attribute(), f.signed_attribute);
      EXPECT_EQ(Day(d.written()), *f.first_signed);
      for (const v1::SlipEvent& e : s.events()) EXPECT_LE(Day(e.date()), last);
      public_since = f.public_since;
    } else {
      EXPECT_EQ(d.attribute(), v1::PUBLIC_ATTRIBUTE_PROACTIVE);
      public_since = Day(d.generated());
    }
    if (d.attribute() != v1::PUBLIC_ATTRIBUTE_PROACTIVE) {
      EXPECT_EQ(d.publications_size(), 0);
    }
    EXPECT_LE(d.publications_size(), 3);
    std::set<int> channels;
    for (const v1::Publication& p : d.publications()) {
      EXPECT_TRUE(channels.insert(p.channel()).second);
      EXPECT_GE(Day(p.date()), *public_since);
      EXPECT_LE(Day(p.date()), last);
    }
    for (const v1::Companion& c : d.companions()) {
      EXPECT_GT(c.publications_size(), 0);
      for (const v1::Publication& p : c.publications()) EXPECT_LE(Day(p.date()), last);
    }
    if (d.kind() != v1::DOCUMENT_KIND_OTHER) {
      EXPECT_EQ(d.article20_item(), 1);
      EXPECT_TRUE(d.has_written() && d.has_effective());
      EXPECT_FALSE(d.document_number().empty());
      EXPECT_FALSE(d.slip_id().empty());
      if (d.has_repealed()) {
        EXPECT_GT(Day(d.repealed()), Day(d.written()));
      }
    } else {
      EXPECT_FALSE(d.has_effective() || d.has_repealed());
    }
  }
}

TEST(GenRecords, DisclosuresAndSlipsKeepTheirContracts) {
  for (uint64_t seed : {1u, 2u, 3u}) {
    GenOptions o = testing::Small(seed, 2019 + static_cast<int>(seed));
    o.disclosures = 3000;
    o.scenarios = seed == 2;
    CheckDisclosuresAndSlips(testing::Collect(o), o.year);
  }
}

TEST(GenRecords, ADistrictYearOfDisclosuresHasRealisticProportions) {
  GenOptions o;
  o.seed = 5;
  o.applications = 0;
  o.remedies = 0;  // the default 35,000 disclosures
  const testing::Records r = testing::Collect(o);
  CheckDisclosuresAndSlips(r, o.year);
  const absl::CivilDay last(o.year, 12, 31);
  int normative = 0, rules = 0, late = 0, overdue = 0, unpublished_by_attribute = 0, companions = 0;
  int returns = 0, changes = 0, withheld = 0, published = 0;
  for (const v1::Disclosure& d : r.disclosures) {
    normative += d.kind() == v1::DOCUMENT_KIND_NORMATIVE_DOCUMENT;
    rules += d.kind() == v1::DOCUMENT_KIND_RULE;
    const Timeliness t = TimelinessOf(d, last);
    published += t.published;
    late += t.late;
    overdue += t.overdue;
    unpublished_by_attribute += d.attribute() != v1::PUBLIC_ATTRIBUTE_PROACTIVE;
    companions += d.companions_size();
  }
  for (const v1::IssuanceSlip& s : r.slips) {
    const SlipFacts f = CheckSlip(s);
    returns += f.returns;
    changes += f.changes;
    withheld += f.withheld_with_ground;
  }
  const int n = static_cast<int>(r.disclosures.size());
  EXPECT_EQ(n, 35000);
  EXPECT_EQ(rules, 0);  // a district government makes no 规章
  EXPECT_GT(normative, n / 100);
  EXPECT_LT(normative, n * 3 / 100);
  EXPECT_GT(late, 0);
  EXPECT_LT(late, published * 4 / 100);
  EXPECT_GT(overdue, 0);
  EXPECT_LT(overdue, n / 100);
  EXPECT_GT(unpublished_by_attribute, 0);
  EXPECT_LT(unpublished_by_attribute, n / 100);
  EXPECT_GT(companions, normative / 2);
  EXPECT_GT(returns, 0);
  EXPECT_GT(changes, 0);
  EXPECT_GT(withheld, 0);
}

TEST(GenRecords, CitiesMakeRules) {
  GenOptions o = testing::Small(8);
  o.agency_level = v1::AGENCY_LEVEL_CITY;
  o.agency_name = "示范市人民政府";
  o.disclosures = 20000;
  int rules = 0;
  ASSERT_TRUE(GenerateDisclosures(o, [&](const v1::Disclosure& d) {
                rules += d.kind() == v1::DOCUMENT_KIND_RULE;
              }).ok());
  EXPECT_GT(rules, 0);
}

// ---- remedies ----

TEST(GenRecords, RemediesFollowDecisionsAndCountInTheYear) {
  GenOptions o = testing::Small(21);
  o.remedies = 300;
  const testing::Records r = testing::Collect(o);
  std::map<std::string, const v1::Application*> apps;
  for (const v1::Application& a : r.applications) apps[a.id()] = &a;
  std::set<std::pair<int, int>> seen;  // (kind, result)
  for (const v1::Remedy& x : r.remedies) {
    SCOPED_TRACE(x.id());
    EXPECT_NE(x.kind(), v1::REMEDY_KIND_UNSPECIFIED);
    EXPECT_FALSE(x.body().empty());
    const absl::CivilDay filed = Day(x.filed());
    EXPECT_GE(filed, absl::CivilDay(o.year - 1, 1, 1));
    EXPECT_LE(filed, absl::CivilDay(o.year, 12, 31));
    EXPECT_EQ(x.has_concluded(), x.result() != v1::REMEDY_RESULT_UNSPECIFIED);
    if (x.has_concluded()) {
      EXPECT_GE(Day(x.concluded()), filed);
      EXPECT_GE(Day(x.concluded()), absl::CivilDay(o.year, 1, 1));
      EXPECT_LE(Day(x.concluded()), absl::CivilDay(o.year, 12, 31));
    }
    seen.insert({x.kind(), x.result()});
    if (filed.year() == o.year && !x.application_id().empty()) {
      ASSERT_TRUE(apps.contains(x.application_id()));
      bool decided_before = false;
      for (const v1::Event& e : apps[x.application_id()]->events()) {
        decided_before |= e.type() == v1::EVENT_TYPE_DECIDED && Day(e.date()) < filed;
      }
      EXPECT_TRUE(decided_before);
    }
  }
  EXPECT_GE(seen.size(), 10u);
}

// ---- entered figures ----

TEST(GenRecords, EnteredFiguresAreTheOtherSystemsCellsOfTheLayout) {
  for (int year : {2019, 2020, 2021, 2025}) {
    GenOptions o = testing::Small(3, year);
    const absl::StatusOr<v1::AnnualReport> r = GenerateEntered(o);
    ASSERT_TRUE(r.ok()) << r.status();
    EXPECT_EQ(r->year(), year);
    EXPECT_EQ(r->layout(), year <= 2020 ? "2019" : "2021");
    EXPECT_EQ(r->agency().id(), o.agency_id);
    std::set<std::string> keys;
    for (const v1::Cell& c : r->cells()) {
      keys.insert(c.key());
      EXPECT_EQ(c.provenance().source(), v1::SOURCE_ENTERED) << c.key();
      EXPECT_TRUE(c.key().starts_with("t2.item5.") || c.key().starts_with("t2.item6.") ||
                  c.key().starts_with("t2.item8.") || c.key().starts_with("t2.item9."))
          << c.key();
      if (c.has_amount()) {
        EXPECT_EQ(c.amount().scale(), 2) << c.key();
      }
    }
    if (year >= 2021) {
      EXPECT_EQ(keys,
                (std::set<std::string>{"t2.item5.licensing.decisions", "t2.item6.penalty.decisions",
                                       "t2.item6.compulsion.decisions", "t2.item8.fees.amount"}));
    } else {
      EXPECT_EQ(keys.size(), 16u);
      EXPECT_TRUE(keys.contains("t2.item9.procurement.amount"));
      EXPECT_TRUE(keys.contains("t2.item5.other_services.delta"));
    }
    EXPECT_FALSE(r->overview().empty());
    EXPECT_FALSE(r->problems().empty());
    EXPECT_FALSE(r->other_matters().empty());
    const absl::StatusOr<v1::ValidationResult> v = report::Validate(*r);
    ASSERT_TRUE(v.ok()) << v.status();
    EXPECT_EQ(v->error_count(), 0) << v->DebugString();
  }
}

}  // namespace
}  // namespace gongkai::gen
