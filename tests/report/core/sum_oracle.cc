#include "sum_oracle.h"

#include <algorithm>
#include <map>
#include <set>

#include "absl/numeric/int128.h"
#include "absl/strings/str_cat.h"

namespace gongkai::report::testing {
namespace {

struct Given {
  bool amount = false;
  absl::int128 units = 0;
  int scale = 0;
  v1::MoneyUnit unit = v1::MONEY_UNIT_UNSPECIFIED;
};

absl::int128 Pow10(int n) {
  absl::int128 p = 1;
  while (n-- > 0) p *= 10;
  return p;
}

// a + b at the finer of the two scales.
Given Plus(Given a, const Given& b) {
  const int scale = std::max(a.scale, b.scale);
  a.units = a.units * Pow10(scale - a.scale) + b.units * Pow10(scale - b.scale);
  a.scale = scale;
  return a;
}

std::string Show(const Given& g) {
  return absl::StrCat(static_cast<int64_t>(g.units), "e-", g.scale, " unit ",
                      v1::MoneyUnit_Name(g.unit));
}

}  // namespace

std::string DiffFromRuleSum(const v1::AnnualReport& sum,
                            const std::vector<const v1::AnnualReport*>& members) {
  // Each key's cells as the members give them.
  std::map<std::string, std::vector<Given>> cells;
  std::set<std::string> ids;
  for (const v1::AnnualReport* m : members) {
    for (const v1::Cell& cell : m->cells()) {
      Given g;
      g.amount = cell.has_amount();
      g.units = g.amount ? cell.amount().units() : cell.count();
      g.scale = g.amount ? cell.amount().scale() : 0;
      g.unit = cell.unit();
      cells[cell.key()].push_back(g);
    }
    if (m->member_ids_size() > 0) {
      ids.insert(m->member_ids().begin(), m->member_ids().end());
    } else {
      ids.insert(m->agency().id());
    }
  }
  std::map<std::string, Given> expected;
  for (const auto& [key, given] : cells) {
    std::set<v1::MoneyUnit> units;
    for (const Given& g : given) {
      if (g.unit != v1::MONEY_UNIT_UNSPECIFIED) units.insert(g.unit);
    }
    const bool in_yuan = units.size() > 1;
    Given total;
    total.amount = given[0].amount;
    total.unit = in_yuan         ? v1::MONEY_UNIT_YUAN
                 : units.empty() ? v1::MONEY_UNIT_UNSPECIFIED
                                 : *units.begin();
    for (Given g : given) {
      if (in_yuan && g.unit == v1::MONEY_UNIT_WAN_YUAN) g.units *= 10000;
      total = Plus(total, g);
    }
    expected[key] = total;
  }
  if (sum.cells_size() != static_cast<int>(expected.size())) {
    return absl::StrCat(sum.cells_size(), " cells, but the members give ", expected.size(),
                        " keys");
  }
  for (const v1::Cell& cell : sum.cells()) {
    auto it = expected.find(cell.key());
    if (it == expected.end()) return absl::StrCat(cell.key(), ": no member gives it");
    Given got;
    got.amount = cell.has_amount();
    got.units = got.amount ? cell.amount().units() : cell.count();
    got.scale = got.amount ? cell.amount().scale() : 0;
    got.unit = cell.unit();
    const Given& want = it->second;
    if (got.amount != want.amount || got.units != want.units || got.scale != want.scale ||
        got.unit != want.unit) {
      return absl::StrCat(cell.key(), ": ", Show(got), ", but the rule gives ", Show(want));
    }
    if (cell.provenance().source() != v1::SOURCE_MERGED) {
      return absl::StrCat(cell.key(), ": provenance ", v1::Source_Name(cell.provenance().source()));
    }
  }
  if (!std::equal(sum.member_ids().begin(), sum.member_ids().end(), ids.begin(), ids.end())) {
    return absl::StrCat("member ids ", sum.member_ids_size(), ", but the rule gives ", ids.size());
  }
  return "";
}

}  // namespace gongkai::report::testing
