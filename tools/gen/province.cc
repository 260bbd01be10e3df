#include "gen/province.h"

#include <algorithm>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "annual/builder.h"
#include "common/status_macros.h"
#include "gen/generate.h"
#include "gen/rng.h"

namespace gongkai::gen {
namespace {

constexpr int kDistinctReports = 8;
constexpr int kCountiesPerCity = 12;

struct Shape {
  int cities;
  int counties;
  int leaves;
};

Shape ShapeOf(const ProvinceOptions& o) {
  Shape s;
  s.cities = std::max(1, o.agencies / 1250);
  s.counties = std::min(s.cities * kCountiesPerCity, o.agencies - 1 - s.cities - 1);
  s.leaves = o.agencies - 1 - s.cities - s.counties;
  return s;
}

std::string CityId(int c) { return absl::StrFormat("C%02d", c); }
std::string CountyId(int k) { return absl::StrFormat("C%02dK%03d", k % 100, k); }
std::string LeafId(int k, int t) { return absl::StrFormat("%sT%04d", CountyId(k), t); }

// A district-sized report of 2025 from generated records, with only its nonzero cells (no
// provenance, no narrative): what a filing holds, kept small so a province fits on a disk.
absl::StatusOr<v1::AnnualReport> BaseReport(uint64_t seed) {
  GenOptions options;
  options.seed = seed;
  options.disclosures = 600;
  options.applications = 150;
  options.remedies = 20;
  v1::AnnualRequest request;
  ASSIGN_OR_RETURN(*request.mutable_agency(), GenerateAgency(options));
  request.set_year(options.year);
  ASSIGN_OR_RETURN(*request.mutable_entered(), GenerateEntered(options));
  ASSIGN_OR_RETURN(annual::AnnualBuilder builder, annual::AnnualBuilder::Create(request));
  RETURN_IF_ERROR(GenerateDisclosuresAndSlips(
      options, [&](const v1::Disclosure& d) { builder.AddDisclosure(d); },
      [&](const v1::IssuanceSlip& s) { builder.AddSlip(s); }));
  RETURN_IF_ERROR(
      GenerateApplications(options, [&](const v1::Application& a) { builder.AddApplication(a); }));
  RETURN_IF_ERROR(GenerateRemedies(options, [&](const v1::Remedy& r) { builder.AddRemedy(r); }));
  ASSIGN_OR_RETURN(v1::AnnualResult result, builder.Finish());
  v1::AnnualReport full = result.report();
  v1::AnnualReport report;
  report.set_layout(full.layout());
  for (v1::Cell& c : *full.mutable_cells()) {
    const bool zero = c.has_amount() ? c.amount().units() == 0 : c.count() == 0;
    if (zero) continue;
    c.clear_provenance();
    *report.add_cells() = std::move(c);
  }
  return report;
}

// 一、本年新收 of the 自然人 column one more than the row's total: two error findings.
void Break(v1::AnnualReport* report) {
  for (v1::Cell& c : *report->mutable_cells()) {
    if (c.key() == "t3.new.natural_person") {
      c.set_count(c.count() + 1);
      return;
    }
  }
  v1::Cell* c = report->add_cells();
  c->set_key("t3.new.natural_person");
  c->set_count(1);
}

}  // namespace

absl::Status CheckProvinceOptions(const ProvinceOptions& o) {
  if (o.agencies < 4) {
    return absl::InvalidArgumentError(absl::StrCat("agencies ", o.agencies, " is fewer than 4"));
  }
  if (o.years < 1 || o.last_year - o.years + 1 < 2021 || o.last_year > 2099) {
    return absl::InvalidArgumentError(absl::StrCat("years ", o.last_year - o.years + 1, "..",
                                                   o.last_year, " are not within 2021..2099"));
  }
  if (o.versions < 1 || o.versions > 9) {
    return absl::InvalidArgumentError(absl::StrCat("versions ", o.versions, " is outside 1..9"));
  }
  return absl::OkStatus();
}

v1::RegistryAgencyList ProvinceAgencies(const ProvinceOptions& o) {
  const Shape s = ShapeOf(o);
  v1::RegistryAgencyList list;
  auto add = [&](std::string id, std::string name, v1::AgencyLevel level, std::string parent) {
    v1::RegistryAgency* a = list.add_agencies();
    a->mutable_agency()->set_id(std::move(id));
    a->mutable_agency()->set_name(std::move(name));
    a->mutable_agency()->set_level(level);
    a->mutable_agency()->set_parent_id(std::move(parent));
  };
  add("P", "示范省人民政府", v1::AGENCY_LEVEL_PROVINCIAL, "");
  for (int c = 0; c < s.cities; ++c) {
    add(CityId(c), absl::StrCat("示范省第", c + 1, "市人民政府"), v1::AGENCY_LEVEL_CITY, "P");
  }
  for (int k = 0; k < s.counties; ++k) {
    add(CountyId(k),
        absl::StrCat("示范省第", k % s.cities + 1, "市第", k / s.cities + 1, "县人民政府"),
        v1::AGENCY_LEVEL_COUNTY, CityId(k % s.cities));
  }
  for (int t = 0; t < s.leaves; ++t) {
    const int k = t % s.counties;
    add(LeafId(k, t / s.counties), absl::StrCat(k + 1, "县第", t / s.counties + 1, "乡镇人民政府"),
        v1::AGENCY_LEVEL_TOWNSHIP, CountyId(k));
  }
  return list;
}

std::vector<std::string> ProvinceParents(const ProvinceOptions& o) {
  const Shape s = ShapeOf(o);
  std::vector<std::string> ids = {"P"};
  for (int c = 0; c < s.cities; ++c) ids.push_back(CityId(c));
  for (int k = 0; k < s.counties; ++k) ids.push_back(CountyId(k));
  return ids;
}

absl::Status FileProvince(const ProvinceOptions& o, registry::Registry& store,
                          const std::function<void(int, int64_t)>& progress) {
  RETURN_IF_ERROR(CheckProvinceOptions(o));
  const v1::RegistryAgencyList agencies = ProvinceAgencies(o);
  RETURN_IF_ERROR(store.PutAgencies(agencies));
  std::vector<v1::AnnualReport> bases;
  for (int i = 0; i < kDistinctReports; ++i) {
    ASSIGN_OR_RETURN(v1::AnnualReport base, BaseReport(o.seed * 1000 + i));
    bases.push_back(std::move(base));
  }
  const registry::Actor filer{"填报人"};
  const registry::Actor reviewer{"审核人"};
  int64_t filed = 0;
  for (int year = o.last_year - o.years + 1; year <= o.last_year; ++year) {
    for (int i = 0; i < agencies.agencies_size(); ++i) {
      const std::string& id = agencies.agencies(i).agency().id();
      Rng rng = Rng::For(o.seed, Stream::kProvince, static_cast<uint64_t>(year) << 32 | i);
      if (rng.Chance(1, 50)) continue;  // not filed this year
      const int versions =
          o.all_versions ? o.versions : static_cast<int>(rng.Uniform(1, o.versions));
      const bool keeps_findings = rng.Chance(1, 20);  // explained, not corrected
      int number = 0;
      for (int v = 1; v <= versions; ++v) {
        v1::AnnualReport report = bases[(i + year + v) % kDistinctReports];
        report.mutable_agency()->set_id(id);
        report.set_year(year);
        if ((v < versions && rng.Chance(1, 2)) || (v == versions && keeps_findings)) {
          Break(&report);
        }
        ASSIGN_OR_RETURN(v1::FiledVersion version,
                         store.File(report, filer, v == 1 ? "" : "更正：修改有误的数字"));
        number = version.number();
        ++filed;
      }
      if (keeps_findings) {
        ASSIGN_OR_RETURN(v1::RegistryFindingList findings, store.Findings(id, year, number));
        for (const v1::RegistryFinding& f : findings.findings()) {
          RETURN_IF_ERROR(store.Dispose(id, year, f.fingerprint(), v1::DISPOSITION_EXPLAINED,
                                        "统计口径不同，已说明", reviewer));
        }
      }
      const int64_t fate = rng.Uniform(0, 19);  // 0, 1: left filed; even: locked; else accepted
      if (fate % 2 == 0) RETURN_IF_ERROR(store.Lock(id, year, number, filer).status());
      if (fate >= 2) RETURN_IF_ERROR(store.Accept(id, year, number, reviewer).status());
    }
    if (progress) progress(year, filed);
  }
  return absl::OkStatus();
}

}  // namespace gongkai::gen
